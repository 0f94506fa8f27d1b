package org.moocinterop.xapi.internal.lrs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.moocinterop.xapi.lrs.LrsException;

/**
 * Passes a request body through and throws a 413 {@link LrsException} as soon as more than the
 * cap has been read, so an oversized body is never buffered whole.
 */
public final class BoundedInputStream extends FilterInputStream {

  private final long cap;
  private long count;

  public BoundedInputStream(InputStream in, long cap) {
    super(in);
    this.cap = cap;
  }

  /** The 413 answer for a body over {@code cap} bytes. */
  public static LrsException tooLarge(long cap) {
    return new LrsException(413, Rules.BODY_TOO_LARGE, "xAPI-Communication 3.2",
        "the request body is larger than this LRS accepts (" + cap + " bytes)");
  }

  /** Reads all of {@code in}, at most {@code cap} bytes. */
  public static byte[] readAll(InputStream in, long cap) {
    try (InputStream bounded = new BoundedInputStream(in, cap)) {
      return bounded.readAllBytes();
    } catch (IOException e) {
      throw new LrsException(400, "LRS.body-unreadable", "xAPI-Communication 3.2",
          "the request body could not be read");
    }
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counted(skipped);
    return skipped;
  }

  private void counted(long n) {
    count += n;
    if (count > cap) {
      throw tooLarge(cap);
    }
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
