package org.moocinterop.xapi.internal.lrs;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URLDecoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.moocinterop.xapi.lrs.LrsHeaders;
import org.moocinterop.xapi.lrs.LrsRequest;

/**
 * The xAPI 1.0.3 alternate request syntax: a {@code POST ?method=PUT} (or GET, DELETE, ...) whose
 * form-encoded body carries the header fields, the query parameters and, in {@code content}, the
 * body of the request it stands for. xAPI 2.0.0 removed it; the engine refuses it there.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#13-alternate-request-syntax">
 *     xAPI Communication 1.3 Alternate Request Syntax</a>
 */
public final class AlternateSyntax {

  public static final String METHOD_PARAMETER = "method";
  private static final Set<String> METHODS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");
  private static final Set<String> HEADER_FIELDS = caseInsensitive(
      "Authorization", "X-Experience-API-Version", "Content-Type", "Content-Length", "If-Match",
      "If-None-Match");
  private static final String FORM = "application/x-www-form-urlencoded";

  private final long maxBodyBytes;

  public AlternateSyntax(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Whether {@code request} uses the alternate syntax (it has a {@code method} parameter). */
  public static boolean isUsedBy(LrsRequest request) {
    return request.query().containsKey(METHOD_PARAMETER);
  }

  /**
   * The request that {@code request} stands for.
   *
   * @throws org.moocinterop.xapi.lrs.LrsException 400 when it is not a POST, has other query
   *     parameters, is not form-encoded, repeats a field, or a PUT or POST lacks {@code content}
   */
  public LrsRequest unwrap(LrsRequest request) {
    if (!request.method().equals("POST")) {
      throw refused("must be sent as POST, not " + request.method());
    }
    List<String> methods = request.query().getOrDefault(METHOD_PARAMETER, List.of());
    if (request.query().size() != 1 || methods.size() != 1) {
      throw refused("may have no query parameter besides one 'method'");
    }
    String method = methods.get(0).toUpperCase(Locale.ROOT);
    if (!METHODS.contains(method)) {
      throw refused("names an unknown method '" + Values.abbreviate(method) + "'");
    }
    String contentType = request.headers().first("Content-Type").orElse("");
    if (!mediaType(contentType).equals(FORM)) {
      throw refused("must have a body of type " + FORM);
    }
    Map<String, String> form = parseForm(new String(
        BoundedInputStream.readAll(request.body(), maxBodyBytes), UTF_8));
    LrsHeaders headers = request.headers().without("Content-Type").without("Content-Length");
    LrsRequest.Builder rewritten = LrsRequest.builder(method, request.path());
    byte[] content = new byte[0];
    boolean hasContent = false;
    for (Map.Entry<String, String> field : form.entrySet()) {
      if (HEADER_FIELDS.contains(field.getKey())) {
        headers = headers.replacing(field.getKey(), field.getValue());
      } else if (field.getKey().equals("content")) {
        content = field.getValue().getBytes(UTF_8);
        hasContent = true;
      } else {
        rewritten.queryParameter(field.getKey(), field.getValue());
      }
    }
    if ((method.equals("PUT") || method.equals("POST")) && !hasContent) {
      throw refused("for " + method + " needs the request body in form field 'content'");
    }
    if (hasContent && !headers.contains("Content-Type")) {
      headers = headers.replacing("Content-Type", "application/json");
    }
    request.principal().ifPresent(rewritten::principal);
    return rewritten.headers(headers).body(content).build();
  }

  private static Map<String, String> parseForm(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    if (body.isEmpty()) {
      return form;
    }
    for (String pair : body.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (form.putIfAbsent(name, value) != null) {
        throw refused("repeats the form field '" + Values.abbreviate(name) + "'");
      }
    }
    return form;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, UTF_8);
    } catch (IllegalArgumentException e) {
      throw refused("has a body that is not valid form encoding");
    }
  }

  static String mediaType(String contentType) {
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  static org.moocinterop.xapi.lrs.LrsException refused(String problem) {
    return Rules.badRequest(Rules.ALTERNATE_SYNTAX, "1.3", "an alternate request " + problem);
  }

  private static Set<String> caseInsensitive(String... names) {
    Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    set.addAll(Set.of(names));
    return set;
  }
}
