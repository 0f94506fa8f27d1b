package org.moocinterop.xapi.internal.lrs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemHeaders;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.MultipartInput;
import org.apache.commons.fileupload2.core.ParameterParser;
import org.moocinterop.xapi.lrs.LrsException;
import org.moocinterop.xapi.lrs.LrsHeaders;

/**
 * Reads a {@code multipart/mixed} request body (xAPI Communication 1.5.2) with Apache Commons
 * FileUpload's {@link MultipartInput}, a streaming RFC 2046 parser: parts are read one after the
 * other as the (capped) body stream arrives, their content kept raw (xAPI requires
 * {@code Content-Transfer-Encoding: binary}). Part header blocks are parsed by FileUpload too.
 */
final class MultipartBody {

  /** One part: its header fields and its content. */
  static final class Part {
    private final LrsHeaders headers;
    private final byte[] content;

    Part(LrsHeaders headers, byte[] content) {
      this.headers = headers;
      this.content = content;
    }

    Optional<String> header(String name) {
      return headers.first(name).map(String::trim);
    }

    byte[] content() {
      return content;
    }
  }

  private static final int MAX_PARTS = 1000;
  private static final int MAX_HEADER_BYTES = 16 * 1024;
  private static final HeaderParser HEADERS = new HeaderParser();

  private MultipartBody() {}

  /**
   * The parts of {@code body}, whose {@code Content-Type} is {@code contentType}.
   *
   * @throws LrsException 400 when the body is not a well-formed multipart body of that boundary
   */
  static List<Part> read(InputStream body, String contentType) {
    ParameterParser parser = new ParameterParser();
    parser.setLowerCaseNames(true);
    Map<String, String> parameters = parser.parse(contentType, new char[] {';', ','});
    String boundary = parameters.get("boundary");
    if (boundary == null || boundary.isEmpty()) {
      throw malformed("the multipart/mixed Content-Type has no boundary parameter");
    }
    List<Part> parts = new ArrayList<>();
    try {
      MultipartInput input = MultipartInput.builder()
          .setInputStream(body)
          .setBoundary(boundary.getBytes(StandardCharsets.ISO_8859_1))
          .setPartHeaderSizeMax(MAX_HEADER_BYTES)
          .get();
      input.setHeaderCharset(StandardCharsets.UTF_8);
      boolean next = input.skipPreamble();
      while (next) {
        if (parts.size() == MAX_PARTS) {
          throw malformed("a statement request holds at most " + MAX_PARTS + " parts");
        }
        LrsHeaders headers = headers(HEADERS.getParsedHeaders(input.readHeaders()));
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        input.readBodyData(content);
        parts.add(new Part(headers, content.toByteArray()));
        next = input.readBoundary();
      }
    } catch (FileUploadException e) {
      throw malformed("the multipart body is malformed: " + e.getMessage());
    } catch (IOException e) {
      throw malformed("the multipart body could not be read");
    }
    if (parts.isEmpty()) {
      throw malformed("the multipart body has no parts");
    }
    return List.copyOf(parts);
  }

  private static LrsHeaders headers(FileItemHeaders parsed) {
    LrsHeaders headers = LrsHeaders.empty();
    for (Iterator<String> names = parsed.getHeaderNames(); names.hasNext(); ) {
      String name = names.next();
      for (Iterator<String> values = parsed.getHeaders(name); values.hasNext(); ) {
        headers = headers.with(name, values.next());
      }
    }
    return headers;
  }

  static LrsException malformed(String message) {
    return Rules.badRequest(Rules.MULTIPART, "1.5.2", message);
  }

  /** Exposes FileUpload's part header parser; it parses no request itself. */
  private static final class HeaderParser
      extends AbstractFileUpload<Void, DiskFileItem, DiskFileItemFactory> {

    @Override
    public FileItemInputIterator getItemIterator(Void request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, List<DiskFileItem>> parseParameterMap(Void request) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<DiskFileItem> parseRequest(Void request) {
      throw new UnsupportedOperationException();
    }
  }
}
