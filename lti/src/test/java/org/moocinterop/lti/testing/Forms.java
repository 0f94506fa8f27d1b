package org.moocinterop.lti.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads auto-submitting forms and query strings, as a browser would. */
public final class Forms {

  private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"");
  private static final Pattern INPUT =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");

  private Forms() {}

  public static String action(String html) {
    Matcher m = ACTION.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no form in " + html);
    }
    return unescape(m.group(1));
  }

  public static Map<String, String> fields(String html) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher m = INPUT.matcher(html);
    while (m.find()) {
      fields.put(unescape(m.group(1)), unescape(m.group(2)));
    }
    return fields;
  }

  public static Map<String, String> query(URI uri) {
    Map<String, String> q = new LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null) {
      return q;
    }
    for (String pair : raw.split("&", -1)) {
      int eq = pair.indexOf('=');
      q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return q;
  }

  static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }
}
