package org.moocinterop.xapi.internal.validation;

import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.moocinterop.xapi.XapiVersion;

/**
 * The formats of single values that the validator checks with a pattern or a one-pass scan: the
 * tree walk and the codec's streaming reader share them, so that both accept exactly the same
 * texts.
 */
public final class ValueFormats {

  private static final String MAILTO = "mailto:";
  private static final Pattern VERSION_103 = Pattern.compile("1\\.0(?:\\.(?:0|[1-9][0-9]{0,8}))?");
  private static final Pattern VERSION_200 =
      Pattern.compile("[12]\\.0(?:\\.(?:0|[1-9][0-9]{0,8}))?");
  private static final Pattern MEDIA_TYPE = Pattern.compile(
      "[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+(?:[ \\t]*;[ \\t]*[^;\\s=]+=(?:[^;\\s\"]+|\"[^\"]*\"))*[ \\t]*");

  /** For each interaction type, the component lists it may use. */
  private static final Map<String, Set<String>> LISTS_BY_TYPE = Map.of(
      "true-false", Set.of(),
      "choice", Set.of("choices"),
      "fill-in", Set.of(),
      "long-fill-in", Set.of(),
      "matching", Set.of("source", "target"),
      "performance", Set.of("steps"),
      "sequencing", Set.of("choices"),
      "likert", Set.of("scale"),
      "numeric", Set.of(),
      "other", Set.of());

  private ValueFormats() {}

  /** One of the ten interaction types (xAPI-Data 2.4.4.1.1). */
  public static boolean isInteractionType(String text) {
    return LISTS_BY_TYPE.containsKey(text);
  }

  /** Whether an interaction of {@code interactionType} may have the component list {@code list}. */
  public static boolean usesComponentList(String interactionType, String list) {
    return LISTS_BY_TYPE.getOrDefault(interactionType, Set.of()).contains(list);
  }

  /** An mbox: {@code mailto:} and an address with one {@code @} (xAPI-Data 2.4.2.3). */
  public static boolean isMailto(String text) {
    // mailto:[^@\s<>"]+@[^@\s<>"]+ in one pass (\s as java.util.regex has it: ASCII only)
    int n = text.length();
    if (!text.startsWith(MAILTO)) {
      return false;
    }
    int at = -1;
    for (int i = MAILTO.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '@') {
        if (at >= 0) {
          return false;
        }
        at = i;
      } else if (c == ' ' || (c >= '\t' && c <= '\r') || c == '<' || c == '>' || c == '"') {
        return false;
      }
    }
    return at > MAILTO.length() && at < n - 1;
  }

  /** An mbox_sha1sum: 40 hexadecimal digits. */
  public static boolean isSha1(String text) {
    return text.length() == 40 && isHex(text);
  }

  /** A statement's version property in {@code version}. */
  public static boolean isVersion(String text, XapiVersion version) {
    return (version == XapiVersion.V2_0_0 ? VERSION_200 : VERSION_103).matcher(text).matches();
  }

  /** An Internet Media Type with optional parameters. */
  public static boolean isMediaType(String text) {
    return MEDIA_TYPE.matcher(text).matches();
  }

  /** A hexadecimal SHA-2 digest: 56, 64, 96 or 128 digits. */
  public static boolean isSha2(String text) {
    int n = text.length();
    return (n == 56 || n == 64 || n == 96 || n == 128) && isHex(text);
  }

  /** Only the digits 0-9, a-f and A-F, at least one. */
  private static boolean isHex(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (!HexFormat.isHexDigit(text.charAt(i))) {
        return false;
      }
    }
    return n > 0;
  }
}
