package org.moocinterop.xapi.internal;

/** Small string helpers for messages. */
public final class Texts {
  private static final int MAX = 80;

  private Texts() {}

  /** The text, cut to 80 characters, in quotes, for error messages. */
  public static String abbreviate(String text) {
    String cut = text.length() <= MAX ? text : text.substring(0, MAX) + "...";
    StringBuilder out = new StringBuilder(cut.length() + 2).append('"');
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
