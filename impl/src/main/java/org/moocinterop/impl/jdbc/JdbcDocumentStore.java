package org.moocinterop.impl.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.moocinterop.api.spi.DocumentKey;
import org.moocinterop.api.spi.DocumentPrecondition;
import org.moocinterop.api.spi.DocumentScope;
import org.moocinterop.api.spi.DocumentStore;
import org.moocinterop.api.spi.DocumentWrite;
import org.moocinterop.api.spi.StoredDocument;
import org.moocinterop.impl.internal.jdbc.Hashes;
import org.moocinterop.impl.internal.jdbc.Sql;
import org.moocinterop.impl.internal.jdbc.SqlErrors;
import org.moocinterop.impl.internal.jdbc.Timestamps;

/**
 * A {@link DocumentStore} in table {@code mooc_document} of a {@link JdbcDatabase}. Every
 * conditional write is one SQL statement, so it is atomic across nodes: a write expecting an
 * entity tag is {@code UPDATE ... WHERE etag = ?}, a write expecting no document is an insert
 * that does nothing when the key exists, an unconditional write is an upsert.
 *
 * <p>Documents are keyed by digests of their scope and id, so ids and IRIs of any length fit.
 * The write time is kept to the microsecond. Thread-safe.
 */
public final class JdbcDocumentStore implements DocumentStore {

  private static final String COLUMNS =
      "scope_hash, doc_hash, kind, document_id, content, content_type, etag, updated, seq";

  private final JdbcDatabase database;
  private final Clock clock;
  private final String insertIfAbsent;
  private final String upsert;
  private final String update;

  /** A store in {@code database} that stamps writes with the time of {@code clock}. */
  public JdbcDocumentStore(JdbcDatabase database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
    JdbcDatabase.Vendor vendor = database.vendor();
    String next = Sql.nextValue(vendor, "mooc_document_seq");
    String values = "?, ?, ?, ?, ?, ?, ?, ?, " + next;
    this.insertIfAbsent = switch (vendor) {
      case POSTGRESQL -> "INSERT INTO mooc_document (" + COLUMNS + ") VALUES (" + values
          + ") ON CONFLICT DO NOTHING";
      case H2 -> "INSERT INTO mooc_document (" + COLUMNS + ") SELECT " + values
          + " FROM (VALUES (0)) WHERE NOT EXISTS (SELECT 1 FROM mooc_document"
          + " WHERE scope_hash = ? AND doc_hash = ?)";
    };
    this.upsert = switch (vendor) {
      case POSTGRESQL -> "INSERT INTO mooc_document (" + COLUMNS + ") VALUES (" + values
          + ") ON CONFLICT (scope_hash, doc_hash) DO UPDATE SET content = EXCLUDED.content,"
          + " content_type = EXCLUDED.content_type, etag = EXCLUDED.etag,"
          + " updated = EXCLUDED.updated, seq = EXCLUDED.seq";
      case H2 -> "MERGE INTO mooc_document (" + COLUMNS + ") KEY (scope_hash, doc_hash) VALUES ("
          + values + ")";
    };
    this.update = "UPDATE mooc_document SET content = ?, content_type = ?, etag = ?, updated = ?,"
        + " seq = " + next + " WHERE scope_hash = ? AND doc_hash = ?";
  }

  /** A store in {@code database} on the system UTC clock. */
  public JdbcDocumentStore(JdbcDatabase database) {
    this(database, Clock.systemUTC());
  }

  @Override
  public Optional<StoredDocument> find(DocumentKey key) {
    Objects.requireNonNull(key, "key");
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT content, content_type, updated"
            + " FROM mooc_document WHERE scope_hash = ? AND doc_hash = ?")) {
      ps.setBytes(1, scopeHash(key.scope()));
      ps.setBytes(2, Hashes.sha256(key.documentId()));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(StoredDocument.of(rs.getBytes(1), rs.getString(2),
                Timestamps.read(rs, "updated")))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw SqlErrors.storeException("read a document", e);
    }
  }

  @Override
  public List<String> ids(DocumentScope scope, Optional<Instant> since) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(since, "since");
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT document_id FROM mooc_document"
            + " WHERE scope_hash = ?" + (since.isPresent() ? " AND updated > ?" : "")
            + " ORDER BY seq")) {
      ps.setBytes(1, scopeHash(scope));
      if (since.isPresent()) {
        Timestamps.bind(ps, 2, since.get());
      }
      List<String> ids = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw SqlErrors.storeException("list documents", e);
    }
  }

  @Override
  public DocumentWrite put(
      DocumentKey key, byte[] content, String contentType, DocumentPrecondition precondition) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(precondition, "precondition");
    StoredDocument document =
        StoredDocument.of(content, contentType, Timestamps.stored(clock.instant()));
    byte[] scope = scopeHash(key.scope());
    byte[] doc = Hashes.sha256(key.documentId());
    try (Connection c = database.dataSource().getConnection()) {
      int changed;
      if (precondition instanceof DocumentPrecondition.None) {
        try (PreparedStatement ps = c.prepareStatement(upsert)) {
          bindRow(ps, key, scope, doc, document);
          changed = ps.executeUpdate();
        }
      } else if (precondition instanceof DocumentPrecondition.Absent) {
        try (PreparedStatement ps = c.prepareStatement(insertIfAbsent)) {
          bindRow(ps, key, scope, doc, document);
          if (database.vendor() == JdbcDatabase.Vendor.H2) {
            ps.setBytes(9, scope);
            ps.setBytes(10, doc);
          }
          changed = ps.executeUpdate();
        } catch (SQLException e) {
          if (!SqlErrors.isUniqueViolation(e)) {
            throw e;
          }
          changed = 0;
        }
      } else {
        String sql = update + (precondition instanceof DocumentPrecondition.Matches ? " AND etag = ?" : "");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setBytes(1, document.content());
          ps.setString(2, document.contentType());
          ps.setString(3, document.etag());
          Timestamps.bind(ps, 4, document.updated());
          ps.setBytes(5, scope);
          ps.setBytes(6, doc);
          if (precondition instanceof DocumentPrecondition.Matches matches) {
            ps.setString(7, matches.etag());
          }
          changed = ps.executeUpdate();
        }
      }
      return changed > 0
          ? new DocumentWrite.Done(Optional.of(document))
          : new DocumentWrite.Refused(find(key));
    } catch (SQLException e) {
      throw SqlErrors.storeException("write a document", e);
    }
  }

  @Override
  public DocumentWrite delete(DocumentKey key, DocumentPrecondition precondition) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(precondition, "precondition");
    if (precondition instanceof DocumentPrecondition.Absent) {
      Optional<StoredDocument> current = find(key);
      return current.isEmpty()
          ? new DocumentWrite.Done(Optional.empty()) : new DocumentWrite.Refused(current);
    }
    boolean matches = precondition instanceof DocumentPrecondition.Matches;
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("DELETE FROM mooc_document"
            + " WHERE scope_hash = ? AND doc_hash = ?" + (matches ? " AND etag = ?" : ""))) {
      ps.setBytes(1, scopeHash(key.scope()));
      ps.setBytes(2, Hashes.sha256(key.documentId()));
      if (precondition instanceof DocumentPrecondition.Matches m) {
        ps.setString(3, m.etag());
      }
      int deleted = ps.executeUpdate();
      if (deleted > 0 || precondition instanceof DocumentPrecondition.None) {
        return new DocumentWrite.Done(Optional.empty());
      }
      return new DocumentWrite.Refused(find(key));
    } catch (SQLException e) {
      throw SqlErrors.storeException("delete a document", e);
    }
  }

  @Override
  public int deleteAll(DocumentScope scope) {
    Objects.requireNonNull(scope, "scope");
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("DELETE FROM mooc_document WHERE scope_hash = ?")) {
      ps.setBytes(1, scopeHash(scope));
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw SqlErrors.storeException("delete documents", e);
    }
  }

  private static void bindRow(PreparedStatement ps, DocumentKey key, byte[] scope, byte[] doc,
      StoredDocument document) throws SQLException {
    ps.setBytes(1, scope);
    ps.setBytes(2, doc);
    ps.setInt(3, switch (key.kind()) {
      case STATE -> 1;
      case ACTIVITY_PROFILE -> 2;
      case AGENT_PROFILE -> 3;
    });
    ps.setString(4, key.documentId());
    ps.setBytes(5, document.content());
    ps.setString(6, document.contentType());
    ps.setString(7, document.etag());
    Timestamps.bind(ps, 8, document.updated());
  }

  /** The digest of the scope's canonical text: kind, activity, agent and registration. */
  private static byte[] scopeHash(DocumentScope scope) {
    // Each part is length-prefixed, so no two scopes share a text.
    StringBuilder text = new StringBuilder(scope.kind().name());
    for (Optional<String> part : List.of(scope.activityId(), scope.agentKey(),
        scope.registration().map(Object::toString))) {
      text.append('|').append(part.map(p -> p.length() + ":" + p).orElse("-"));
    }
    return Hashes.sha256(text.toString());
  }

  @Override
  public String toString() {
    return "JdbcDocumentStore[" + database + "]";
  }
}
