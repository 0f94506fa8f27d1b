package org.moocinterop.lti.internal;

/** Escaping for values put into HTML attributes, text and inline scripts. */
public final class Html {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Html() {}

  /** Escapes {@code & < > " '} so the value is safe in element text and quoted attributes. */
  public static String escape(String value) {
    if (!needsEscape(value)) {
      return value;
    }
    return escapeTo(new StringBuilder(value.length() + 16), value).toString();
  }

  /** Appends {@code value} escaped as by {@link #escape(String)} to {@code out}. */
  public static StringBuilder escapeTo(StringBuilder out, String value) {
    if (!needsEscape(value)) {
      return out.append(value);
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out;
  }

  private static boolean needsEscape(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
        return true;
      }
    }
    return false;
  }

  /**
   * A JavaScript string literal (double-quoted) of {@code value}, safe inside a {@code <script>}
   * element: every character outside printable ASCII letters, digits and a few safe punctuation
   * marks is a unicode escape.
   */
  public static String jsString(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || ".-_:/?=,;~ ".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
            .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
      }
    }
    return out.append('"').toString();
  }
}
