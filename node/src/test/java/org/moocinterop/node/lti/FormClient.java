package org.moocinterop.node.lti;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser done by hand over {@link HttpClient}: no automatic redirects, cookies kept by name
 * (the JDK's cookie manager would not send {@code Secure} cookies over http, a browser on
 * loopback does), forms read from the HTML.
 */
final class FormClient {

  private static final Pattern INPUT = Pattern.compile(
      "<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");
  private static final Pattern ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"");
  private static final Pattern ID = Pattern.compile("id=\"([a-z-]+)\">([^<]*)<");

  private final HttpClient http = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, String> cookies = new LinkedHashMap<>();

  HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri).GET());
  }

  HttpResponse<String> post(URI uri, Map<String, String> form)
      throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
  }

  Map<String, String> cookies() {
    return cookies;
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies.entrySet().stream()
          .map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; ")));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    for (String header : response.headers().allValues("Set-Cookie")) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      String name = pair.substring(0, eq).trim();
      String value = pair.substring(eq + 1).trim();
      if (value.isEmpty() || header.contains("Max-Age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    return response;
  }

  static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** The hidden fields of the page's form. */
  static Map<String, String> hiddenFields(String html) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher m = INPUT.matcher(html);
    while (m.find()) {
      fields.put(unescape(m.group(1)), unescape(m.group(2)));
    }
    return fields;
  }

  /** The action of the page's post form. */
  static URI formAction(String html) {
    Matcher m = ACTION.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no post form in " + html);
    }
    return URI.create(unescape(m.group(1)));
  }

  /** The text of every element with an id, by id. */
  static Map<String, String> textsById(String html) {
    Map<String, String> texts = new LinkedHashMap<>();
    Matcher m = ID.matcher(html);
    while (m.find()) {
      texts.put(m.group(1), unescape(m.group(2)));
    }
    return texts;
  }

  /** The texts of the role list items. */
  static List<String> roles(String html) {
    return Pattern.compile("<li class=\"role\"[^>]*>([^<]*)</li>").matcher(html).results()
        .map(r -> unescape(r.group(1))).toList();
  }

  static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&#39;", "'").replace("&amp;", "&");
  }
}
