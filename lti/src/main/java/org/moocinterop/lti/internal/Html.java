package org.moocinterop.lti.internal;

/** Escaping for values put into HTML attributes, text and inline scripts. */
public final class Html {

  private Html() {}

  /** Escapes {@code & < > " '} so the value is safe in element text and quoted attributes. */
  public static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
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
    return out.toString();
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
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }
}
