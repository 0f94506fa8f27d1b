package org.moocinterop.xapi.internal.lrs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.moocinterop.api.spi.StatementStore;
import org.moocinterop.api.statement.Attachment;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.xapi.Format;
import org.moocinterop.xapi.StatementResult;
import org.moocinterop.xapi.json.XapiJson;
import org.moocinterop.xapi.lrs.LrsResponse;

/**
 * Writes the answer of a statement GET: JSON, or with {@code attachments=true} a
 * {@code multipart/mixed} body whose first part is the JSON and whose other parts are the
 * attachment payloads, each with {@code X-Experience-API-Hash} and
 * {@code Content-Transfer-Encoding: binary} (xAPI Communication 1.5.2, 2.1.3).
 */
final class Output {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final byte[] CRLF = {'\r', '\n'};

  private final XapiJson codec;
  private final Format format;
  private final List<Locale> languages;
  private final boolean attachments;
  private final StatementStore store;

  Output(XapiJson codec, Format format, List<Locale> languages, boolean attachments,
      StatementStore store) {
    this.codec = codec;
    this.format = format;
    this.languages = languages;
    this.attachments = attachments;
    this.store = store;
  }

  LrsResponse single(Statement statement) {
    return answer(codec.write(withTimestamp(statement), format, languages), List.of(statement));
  }

  LrsResponse result(StatementResult result) {
    StatementResult shown = StatementResult.of(
        result.statements().stream().map(Output::withTimestamp).toList(), result.more());
    return answer(codec.write(shown, format, languages), result.statements());
  }

  /** A statement sent without timestamp is shown with its stored instant (Data 2.4.7). */
  private static Statement withTimestamp(Statement statement) {
    if (statement.timestamp().isPresent() || statement.stored().isEmpty()) {
      return statement;
    }
    return statement.toBuilder().timestamp(statement.stored().get()).build();
  }

  private LrsResponse answer(byte[] json, List<Statement> statements) {
    if (!attachments) {
      return LrsResponse.of(200, Responses.JSON_TYPE, json);
    }
    Map<String, Attachment> bySha2 = new LinkedHashMap<>();
    for (Statement s : statements) {
      for (Attachment a : s.attachments()) {
        bySha2.putIfAbsent(a.sha2().toLowerCase(Locale.ROOT), a);
      }
    }
    byte[] nonce = new byte[12];
    RANDOM.nextBytes(nonce);
    String boundary = "xapi-" + HexFormat.of().formatHex(nonce);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    part(out, boundary, "Content-Type: application/json; charset=utf-8\r\n", json);
    for (Map.Entry<String, Attachment> e : bySha2.entrySet()) {
      Optional<byte[]> payload = store.attachment(e.getKey());
      if (payload.isPresent()) {
        part(out, boundary, "Content-Type: " + e.getValue().contentType() + "\r\n"
            + "Content-Transfer-Encoding: binary\r\n"
            + "X-Experience-API-Hash: " + e.getKey() + "\r\n", payload.get());
      }
    }
    out.writeBytes(("--" + boundary + "--").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(CRLF);
    return LrsResponse.of(200, "multipart/mixed; boundary=" + boundary, out.toByteArray());
  }

  private static void part(ByteArrayOutputStream out, String boundary, String headers, byte[] content) {
    out.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes(CRLF);
  }
}
