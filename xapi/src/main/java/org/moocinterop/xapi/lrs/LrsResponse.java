package org.moocinterop.xapi.lrs;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * What the LRS answers: a status, header fields and a body, either as bytes or written on demand
 * (for large statement results with attachments). Immutable.
 *
 * @param status the HTTP status code
 * @param headers the header fields, {@code Content-Type} among them when there is a body
 * @param body the body
 */
public record LrsResponse(int status, LrsHeaders headers, Body body) {

  public LrsResponse {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("not an HTTP status: " + status);
    }
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
  }

  /** A response without a body, such as {@code 204 No Content}. */
  public static LrsResponse empty(int status) {
    return new LrsResponse(status, LrsHeaders.empty(), new None());
  }

  /** A response with {@code content} of media type {@code contentType}. */
  public static LrsResponse of(int status, String contentType, byte[] content) {
    return new LrsResponse(status, LrsHeaders.empty().replacing("Content-Type", contentType),
        new Bytes(content));
  }

  /** A copy with one more header value. */
  public LrsResponse withHeader(String name, String value) {
    return new LrsResponse(status, headers.with(name, value), body);
  }

  /** A copy in which {@code name} has exactly the value {@code value}. */
  public LrsResponse replacingHeader(String name, String value) {
    return new LrsResponse(status, headers.replacing(name, value), body);
  }

  /** A copy with the same status and headers and no body, as HEAD answers. */
  public LrsResponse withoutBody() {
    return new LrsResponse(status, headers, new None());
  }

  /** The body bytes, when the body is held in memory. */
  public Optional<byte[]> bodyBytes() {
    return body instanceof Bytes bytes ? Optional.of(bytes.content()) : Optional.empty();
  }

  /** A response body. */
  public sealed interface Body permits None, Bytes, Streamed {
    /** Writes the body to {@code out}. */
    void writeTo(OutputStream out) throws IOException;

    /** The length in bytes, if known in advance. */
    default java.util.OptionalLong length() {
      return java.util.OptionalLong.empty();
    }
  }

  /** The absence of a body. */
  public record None() implements Body {
    @Override
    public void writeTo(OutputStream out) {
      // nothing to write
    }

    @Override
    public java.util.OptionalLong length() {
      return java.util.OptionalLong.of(0);
    }
  }

  /** A body held in memory. */
  public static final class Bytes implements Body {
    private final byte[] content;

    /** A body of {@code content} (copied). */
    public Bytes(byte[] content) {
      this.content = Objects.requireNonNull(content, "content").clone();
    }

    /** A copy of the bytes. */
    public byte[] content() {
      return content.clone();
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      out.write(content);
    }

    @Override
    public java.util.OptionalLong length() {
      return java.util.OptionalLong.of(content.length);
    }
  }

  /** A body produced while it is written, of unknown length. */
  @FunctionalInterface
  public non-sealed interface Streamed extends Body {}
}
