package org.moocinterop.lti.servlet;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.moocinterop.lti.testing.FuzzInputs.HttpInput;

/**
 * A servlet request and response in memory (dynamic proxies of the servlet interfaces), so that a
 * fuzz test can call {@link LtiServlet} thousands of times a second without a container. The
 * request answers what {@link LtiServlet} asks; the response records status, headers and body.
 */
final class FakeExchange {

  private final HttpInput input;
  private int status = 200;
  private final List<String> headers = new ArrayList<>();
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  FakeExchange(HttpInput input) {
    this.input = input;
  }

  HttpServletRequest request() {
    byte[] bytes = input.body();
    ServletInputStream in = new ServletInputStream() {
      private final ByteArrayInputStream data = new ByteArrayInputStream(bytes);

      @Override
      public int read() {
        return data.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return data.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return data.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException();
      }
    };
    return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getMethod" -> input.method();
          case "getRequestURI" -> input.path();
          case "getQueryString" -> input.query().orElse(null);
          case "getContentType" -> input.header("Content-Type").orElse(null);
          case "getContentLengthLong" -> contentLength(bytes.length);
          case "getContentLength" -> (int) Math.min(Integer.MAX_VALUE, contentLength(bytes.length));
          case "getInputStream" -> in;
          case "getCookies" -> cookies();
          case "getHeader" -> input.header((String) args[0]).orElse(null);
          case "toString" -> "FakeRequest";
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  HttpServletResponse response() {
    ServletOutputStream out = new ServletOutputStream() {
      @Override
      public void write(int b) {
        body.write(b);
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        throw new UnsupportedOperationException();
      }
    };
    return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
          switch (method.getName()) {
            case "setStatus" -> status = (Integer) args[0];
            case "addHeader", "setHeader" -> headers.add(args[0] + ": " + args[1]);
            case "setContentLength", "setContentLengthLong" -> { }
            case "getOutputStream" -> {
              return out;
            }
            case "toString" -> {
              return "FakeResponse";
            }
            case "hashCode" -> {
              return System.identityHashCode(proxy);
            }
            case "equals" -> {
              return proxy == args[0];
            }
            default -> throw new UnsupportedOperationException(method.getName());
          }
          return null;
        });
  }

  int status() {
    return status;
  }

  List<String> headers() {
    return List.copyOf(headers);
  }

  String body() {
    return body.toString(StandardCharsets.UTF_8);
  }

  private long contentLength(int actual) {
    String declared = input.header("Content-Length").orElse("");
    try {
      return Long.parseLong(declared);
    } catch (NumberFormatException e) {
      return actual;
    }
  }

  private Cookie[] cookies() {
    List<Cookie> cookies = new ArrayList<>();
    for (String pair : input.header("Cookie").orElse("").split(";", -1)) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      try {
        cookies.add(new Cookie(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip()));
      } catch (IllegalArgumentException e) {
        // a name the container would not have parsed as a cookie
      }
    }
    return cookies.isEmpty() ? null : cookies.toArray(new Cookie[0]);
  }
}
