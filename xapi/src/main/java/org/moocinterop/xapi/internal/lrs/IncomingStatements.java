package org.moocinterop.xapi.internal.lrs;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.moocinterop.api.statement.Attachment;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.xapi.json.XapiJson;
import org.moocinterop.xapi.lrs.LrsException;
import org.moocinterop.xapi.lrs.LrsRequest;

/**
 * The statements of a PUT or POST body, {@code application/json} or {@code multipart/mixed}
 * (xAPI Communication 1.5.2), with the attachment payloads checked against their hash headers
 * and against the statements' attachment metadata (xAPI Data 2.4.11).
 *
 * @param array whether the statement JSON is an array (a batch) rather than one object
 * @param statements the statements, validated
 * @param payloads the attachment parts by lower-case {@code sha2}
 */
record IncomingStatements(boolean array, List<Statement> statements, Map<String, byte[]> payloads) {

  static final String SIGNATURE_USAGE = "http://adlnet.gov/expapi/attachments/signature";

  /** Reads and checks the body of {@code request}. */
  static IncomingStatements read(LrsRequest request, XapiJson codec, long maxBodyBytes) {
    String contentType = request.headers().first("Content-Type").orElse("application/json");
    String mediaType = AlternateSyntax.mediaType(contentType);
    if (mediaType.equals("multipart/mixed")) {
      return multipart(MultipartBody.read(request.body(), contentType), codec);
    }
    if (!mediaType.equals("application/json") && !mediaType.isEmpty()) {
      throw new LrsException(400, Rules.CONTENT_TYPE,
          "xAPI-Communication 1.5",
          "statements are sent as application/json or multipart/mixed, not " + Values.abbreviate(mediaType));
    }
    byte[] body = BoundedInputStream.readAll(request.body(), maxBodyBytes);
    List<Statement> statements = codec.readStatements(body);
    requireNoRawAttachments(statements);
    return new IncomingStatements(isArray(body, codec), statements, Map.of());
  }

  /**
   * Whether a JSON document that read as statements is an array: its first byte after a UTF-8
   * byte order mark and white space, which saves parsing the body a second time; in any other
   * encoding, its tree.
   */
  static boolean isArray(byte[] json, XapiJson codec) {
    int i = json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB
        && (json[2] & 0xFF) == 0xBF ? 3 : 0;
    while (i < json.length && (json[i] == ' ' || json[i] == '\t' || json[i] == '\n'
        || json[i] == '\r')) {
      i++;
    }
    if (i < json.length && (json[i] == '[' || json[i] == '{')) {
      return json[i] == '[';
    }
    return codec.readTree(json).isArray();
  }

  private static IncomingStatements multipart(List<MultipartBody.Part> parts, XapiJson codec) {
    MultipartBody.Part first = parts.get(0);
    String firstType = first.header("Content-Type").map(AlternateSyntax::mediaType).orElse("");
    if (!firstType.equals("application/json")) {
      throw MultipartBody.malformed(
          "the first part of a multipart statement request must be application/json, not '"
              + Values.abbreviate(firstType) + "'");
    }
    List<Statement> statements = codec.readStatements(first.content());
    Map<String, byte[]> payloads = new HashMap<>();
    for (MultipartBody.Part part : parts.subList(1, parts.size())) {
      String hash = part.header("X-Experience-API-Hash").orElseThrow(() -> attachment(
          "every attachment part needs an X-Experience-API-Hash header"));
      String encoding = part.header("Content-Transfer-Encoding").orElse("binary");
      if (!encoding.equalsIgnoreCase("binary")) {
        throw attachment("attachment parts are sent with Content-Transfer-Encoding: binary, not '"
            + Values.abbreviate(encoding) + "'");
      }
      if (part.header("Content-Type").isEmpty()) {
        throw attachment("every attachment part needs a Content-Type header");
      }
      String sha2 = hash.toLowerCase(Locale.ROOT);
      if (!digestMatches(sha2, part.content())) {
        throw attachment("the content of the part with X-Experience-API-Hash " + Values.abbreviate(hash)
            + " does not have that SHA-2 hash");
      }
      payloads.put(sha2, part.content());
    }
    requirePartsMatch(statements, payloads);
    return new IncomingStatements(isArray(first.content(), codec), statements, Map.copyOf(payloads));
  }

  /** In a JSON body, every attachment must be a {@code fileUrl} attachment. */
  private static void requireNoRawAttachments(List<Statement> statements) {
    for (Statement statement : statements) {
      for (Attachment a : statement.attachments()) {
        if (a.fileUrl().isEmpty()) {
          throw attachment("an attachment without fileUrl must be sent in a multipart/mixed "
              + "request with its content (sha2 " + Values.abbreviate(a.sha2()) + ")");
        }
      }
    }
  }

  /**
   * Every attachment without {@code fileUrl} has its part; every part belongs to an attachment
   * with the same hash; signature attachments are {@code application/octet-stream}.
   */
  private static void requirePartsMatch(List<Statement> statements, Map<String, byte[]> payloads) {
    Set<String> declared = new HashSet<>();
    for (Statement statement : statements) {
      for (Attachment a : statement.attachments()) {
        String sha2 = a.sha2().toLowerCase(Locale.ROOT);
        declared.add(sha2);
        boolean signature = a.usageType().value().equals(SIGNATURE_USAGE);
        if (signature && !AlternateSyntax.mediaType(a.contentType()).equals("application/octet-stream")) {
          throw new LrsException(400, Rules.SIGNATURE, "xAPI-Data 2.6",
              "a signature attachment has contentType application/octet-stream");
        }
        if (a.fileUrl().isEmpty() && !payloads.containsKey(sha2)) {
          throw attachment("no part carries the attachment with sha2 " + Values.abbreviate(a.sha2()));
        }
        if (signature && !payloads.containsKey(sha2)) {
          throw new LrsException(400, Rules.SIGNATURE, "xAPI-Data 2.6",
              "a signature attachment must be sent as a part, not by fileUrl");
        }
      }
    }
    for (String sha2 : payloads.keySet()) {
      if (!declared.contains(sha2)) {
        throw attachment("the part with X-Experience-API-Hash " + Values.abbreviate(sha2)
            + " matches no attachment of the statements");
      }
    }
  }

  /** Whether {@code content} hashes to {@code sha2} with the SHA-2 variant its length names. */
  static boolean digestMatches(String sha2, byte[] content) {
    Optional<String> algorithm = switch (sha2.length()) {
      case 56 -> Optional.of("SHA-224");
      case 64 -> Optional.of("SHA-256");
      case 96 -> Optional.of("SHA-384");
      case 128 -> Optional.of("SHA-512");
      default -> Optional.empty();
    };
    if (algorithm.isEmpty()) {
      return false;
    }
    try {
      byte[] digest = MessageDigest.getInstance(algorithm.get()).digest(content);
      return HexFormat.of().formatHex(digest).equals(sha2);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides " + algorithm.get(), e);
    }
  }

  private static LrsException attachment(String message) {
    return new LrsException(400, Rules.ATTACHMENT_PART, "xAPI-Data 2.4.11", message);
  }
}
