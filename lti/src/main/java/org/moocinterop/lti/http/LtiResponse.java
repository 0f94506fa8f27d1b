package org.moocinterop.lti.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.moocinterop.lti.LtiLaunchException;
import org.moocinterop.lti.internal.Html;

/**
 * An HTTP response of an LTI endpoint. Every response built here forbids caching.
 *
 * @param status the HTTP status
 * @param headers the headers, in order (several {@code Set-Cookie} are several entries)
 * @param body the body, UTF-8 when written
 */
public record LtiResponse(int status, List<Header> headers, String body) {

  /**
   * One header.
   *
   * @param name the header name
   * @param value the header value
   */
  public record Header(String name, String value) {
    public Header {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("a header value must not contain CR or LF");
      }
    }
  }

  public LtiResponse {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("invalid status " + status);
    }
    headers = List.copyOf(headers);
    Objects.requireNonNull(body, "body");
  }

  /** A {@code 302 Found} to {@code location}. */
  public static LtiResponse redirect(URI location) {
    return of(302, "text/plain; charset=utf-8", "").withHeader("Location", location.toString());
  }

  /** An HTML page. */
  public static LtiResponse html(int status, String html) {
    return of(status, "text/html; charset=utf-8", html);
  }

  /** A JSON document. */
  public static LtiResponse json(int status, String json) {
    return of(status, "application/json", json);
  }

  /**
   * The response to a refused request: the reason's status and a JSON body
   * {@code {"error":"REASON","message":"..."}}. The message never holds secrets.
   */
  public static LtiResponse error(LtiLaunchException e) {
    String message = Optional.ofNullable(e.getMessage()).orElse(e.reason().name());
    return json(e.reason().httpStatus(),
        "{\"error\":" + Html.jsString(e.reason().name()) + ",\"message\":" + Html.jsString(message) + "}");
  }

  private static LtiResponse of(int status, String contentType, String body) {
    return new LtiResponse(status, List.of(new Header("Content-Type", contentType),
        new Header("Cache-Control", "no-store"), new Header("Pragma", "no-cache")), body);
  }

  /** This response with one more header. */
  public LtiResponse withHeader(String name, String value) {
    List<Header> copy = new ArrayList<>(headers);
    copy.add(new Header(name, value));
    return new LtiResponse(status, copy, body);
  }

  /** This response setting {@code cookie}. */
  public LtiResponse withCookie(ResponseCookie cookie) {
    return withHeader("Set-Cookie", cookie.toHeaderValue());
  }

  /** The first value of header {@code name} (case-insensitive). */
  public Optional<String> header(String name) {
    return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value)
        .findFirst();
  }

  /** Every value of header {@code name} (case-insensitive). */
  public List<String> headers(String name) {
    return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value)
        .toList();
  }
}
