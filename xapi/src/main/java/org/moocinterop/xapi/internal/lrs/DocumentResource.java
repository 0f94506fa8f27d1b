package org.moocinterop.xapi.internal.lrs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.moocinterop.api.spi.DocumentKey;
import org.moocinterop.api.spi.DocumentKind;
import org.moocinterop.api.spi.DocumentPrecondition;
import org.moocinterop.api.spi.DocumentStore;
import org.moocinterop.api.spi.DocumentWrite;
import org.moocinterop.api.spi.StoredDocument;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.lrs.AuthorizedRequest;
import org.moocinterop.xapi.lrs.LrsException;
import org.moocinterop.xapi.lrs.LrsResponse;

/**
 * The State, Activity Profile and Agent Profile resources: one class, three {@link DocumentKind}s.
 * Concurrency control rests on the store's compare-and-set writes: every write expects exactly
 * the document the request's preconditions were checked against.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#22-document-resources">
 *     xAPI Communication 2.2 to 2.7, 3.1</a>
 */
public final class DocumentResource {

  private static final int MERGE_ATTEMPTS = 10;
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final DocumentKind kind;
  private final DocumentStore store;
  private final AgentParser agents;
  private final Json json;
  private final Responses responses;
  private final long maxBodyBytes;

  public DocumentResource(
      DocumentKind kind, DocumentStore store, AgentParser agents, Json json, Responses responses,
      long maxBodyBytes) {
    this.kind = kind;
    this.store = store;
    this.agents = agents;
    this.json = json;
    this.responses = responses;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Answers a GET, PUT, POST or DELETE. */
  public LrsResponse handle(AuthorizedRequest call) {
    String method = call.request().method();
    DocumentTarget target = DocumentTarget.read(kind, method, call.request().query(), agents);
    Preconditions preconditions = Preconditions.of(call.request().headers());
    return switch (method) {
      case "GET" -> target.documentId().isPresent() ? getOne(target.key()) : list(target);
      case "PUT" -> put(call, target.key(), preconditions);
      case "POST" -> post(call, target.key(), preconditions);
      case "DELETE" -> delete(target, preconditions);
      default -> throw new IllegalStateException("the engine routes only document methods here");
    };
  }

  private LrsResponse getOne(DocumentKey key) {
    StoredDocument document = store.find(key).orElseThrow(() -> new LrsException(404, Rules.NOT_FOUND,
        "xAPI-Communication 2.2", "no document '" + key.documentId() + "' here"));
    return LrsResponse.of(200, document.contentType(), document.content())
        .replacingHeader("ETag", "\"" + document.etag() + "\"")
        .replacingHeader("Last-Modified", HTTP_DATE.format(document.updated()));
  }

  private LrsResponse list(DocumentTarget target) {
    ArrayNode ids = json.mapper().createArrayNode();
    store.ids(target.scope(), target.since()).forEach(ids::add);
    return responses.json(200, ids);
  }

  private LrsResponse put(AuthorizedRequest call, DocumentKey key, Preconditions preconditions) {
    byte[] body = BoundedInputStream.readAll(call.request().body(), maxBodyBytes);
    String contentType = contentType(call);
    if (preconditions.any()) {
      Optional<StoredDocument> current = store.find(key);
      if (!preconditions.holdFor(current)) {
        throw preconditionFailed();
      }
      if (!store.put(key, body, contentType, expecting(current)).done()) {
        throw preconditionFailed();
      }
      return LrsResponse.empty(204);
    }
    boolean blindOverwrite = kind == DocumentKind.STATE && call.version() == XapiVersion.V1_0_3;
    if (kind != DocumentKind.STATE && call.version() == XapiVersion.V1_0_3
        && store.find(key).isEmpty()) {
      // 1.0.3 asks profile PUTs for a precondition (Communication 2.6, 2.7; the ADL suite's
      // XAPI-00273 and 2.7 tests); an existing document still answers 409 below.
      throw Rules.badRequest(Rules.PRECONDITION_REQUIRED, "2.6",
          "under xAPI 1.0.3 a PUT of a profile document needs If-Match or If-None-Match");
    }
    DocumentPrecondition precondition =
        blindOverwrite ? DocumentPrecondition.none() : DocumentPrecondition.absent();
    if (!store.put(key, body, contentType, precondition).done()) {
      throw new LrsException(409, Rules.CONFLICT, "xAPI-Communication 3.1",
          "the document exists; GET it, then PUT again with If-Match set to its ETag "
              + "(or If-None-Match: * to create only)");
    }
    return LrsResponse.empty(204);
  }

  private LrsResponse post(AuthorizedRequest call, DocumentKey key, Preconditions preconditions) {
    byte[] body = BoundedInputStream.readAll(call.request().body(), maxBodyBytes);
    String contentType = contentType(call);
    Optional<ObjectNode> posted = isJson(contentType) ? Optional.of(object(body, "posted")) : Optional.empty();
    for (int attempt = 0; attempt < MERGE_ATTEMPTS; attempt++) {
      Optional<StoredDocument> current = store.find(key);
      if (preconditions.any() && !preconditions.holdFor(current)) {
        throw preconditionFailed();
      }
      DocumentWrite write;
      if (current.isEmpty()) {
        write = store.put(key, body, contentType, DocumentPrecondition.absent());
      } else {
        ObjectNode merged = merge(current.get(), posted);
        write = store.put(key, json.write(merged), "application/json", expecting(current));
      }
      if (write.done()) {
        return LrsResponse.empty(204);
      }
      if (preconditions.any()) {
        throw preconditionFailed();
      }
    }
    throw new LrsException(409, Rules.CONFLICT, "xAPI-Communication 3.1",
        "the document kept changing while it was merged; try again");
  }

  private ObjectNode merge(StoredDocument current, Optional<ObjectNode> posted) {
    if (posted.isEmpty() || !isJson(current.contentType())) {
      throw Rules.badRequest(Rules.MERGE, "2.2",
          "a POST merges JSON objects only: both the stored and the posted document must be "
              + "application/json");
    }
    ObjectNode merged = object(current.content(), "stored");
    merged.setAll(posted.get());
    return merged;
  }

  private LrsResponse delete(DocumentTarget target, Preconditions preconditions) {
    if (target.documentId().isEmpty()) {
      store.deleteAll(target.scope());
      return LrsResponse.empty(204);
    }
    DocumentKey key = target.key();
    DocumentPrecondition precondition = DocumentPrecondition.none();
    if (preconditions.any()) {
      Optional<StoredDocument> current = store.find(key);
      if (!preconditions.holdFor(current)) {
        throw preconditionFailed();
      }
      precondition = expecting(current);
    }
    if (!store.delete(key, precondition).done()) {
      throw preconditionFailed();
    }
    return LrsResponse.empty(204);
  }

  private ObjectNode object(byte[] content, String which) {
    return json.parse(content)
        .filter(ObjectNode.class::isInstance)
        .map(ObjectNode.class::cast)
        .orElseThrow(() -> Rules.badRequest(Rules.INVALID_JSON, "2.2",
            "the " + which + " application/json document is not a JSON object"));
  }

  private static DocumentPrecondition expecting(Optional<StoredDocument> current) {
    return current.map(d -> DocumentPrecondition.matches(d.etag())).orElse(DocumentPrecondition.absent());
  }

  private static String contentType(AuthorizedRequest call) {
    return call.request().headers().first("Content-Type").filter(t -> !t.isBlank())
        .orElse("application/octet-stream");
  }

  private static boolean isJson(String contentType) {
    return AlternateSyntax.mediaType(contentType).equals("application/json");
  }

  private static LrsException preconditionFailed() {
    return new LrsException(412, Rules.PRECONDITION, "xAPI-Communication 3.1",
        "the If-Match or If-None-Match precondition does not hold for the stored document");
  }
}
