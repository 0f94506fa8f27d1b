package org.moocinterop.xapi.internal.validation;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.moocinterop.xapi.XapiVersion;

/**
 * The formats of single values that the validator checks with a pattern: the tree walk and the
 * codec's streaming reader share them, so that both accept exactly the same texts.
 */
public final class ValueFormats {

  private static final Pattern MAILTO = Pattern.compile("mailto:[^@\\s<>\"]+@[^@\\s<>\"]+");
  private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");
  private static final Pattern VERSION_103 = Pattern.compile("1\\.0(?:\\.(?:0|[1-9][0-9]{0,8}))?");
  private static final Pattern VERSION_200 =
      Pattern.compile("[12]\\.0(?:\\.(?:0|[1-9][0-9]{0,8}))?");
  private static final Pattern MEDIA_TYPE = Pattern.compile(
      "[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+(?:[ \\t]*;[ \\t]*[^;\\s=]+=(?:[^;\\s\"]+|\"[^\"]*\"))*[ \\t]*");
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

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
    return MAILTO.matcher(text).matches();
  }

  /** An mbox_sha1sum: 40 hexadecimal digits. */
  public static boolean isSha1(String text) {
    return SHA1.matcher(text).matches();
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
    return (n == 56 || n == 64 || n == 96 || n == 128) && HEX.matcher(text).matches();
  }
}
