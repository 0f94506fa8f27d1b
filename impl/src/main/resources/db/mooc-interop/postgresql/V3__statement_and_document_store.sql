-- xAPI statements. The statement is kept as the exact UTF-8 JSON the codec wrote; the columns
-- beside it serve lookups by id, paging in stored order, voiding and StatementRef propagation.
CREATE SEQUENCE mooc_statement_seq;

CREATE TABLE mooc_statement (
  seq       BIGINT                      NOT NULL,
  id        UUID                        NOT NULL,
  stored    TIMESTAMPTZ NOT NULL,
  voided    BOOLEAN                     NOT NULL,
  voiding   BOOLEAN                     NOT NULL,
  target_id UUID,
  body      BYTEA                   NOT NULL,
  CONSTRAINT mooc_statement_pk PRIMARY KEY (seq),
  CONSTRAINT mooc_statement_id_unique UNIQUE (id)
);

-- Unfiltered pages: newest (or oldest) first by (stored, seq).
CREATE INDEX mooc_statement_order ON mooc_statement (stored, seq);
-- Statements whose object is a StatementRef, found when their target arrives.
CREATE INDEX mooc_statement_target ON mooc_statement (target_id);

-- One row per filter key of a statement (verb, agent, related agent, activity, related activity,
-- registration, authority), including the keys inherited from the statement it targets. The key
-- text is hashed (SHA-256, first 16 bytes): fixed width whatever the IRI length.
CREATE TABLE mooc_statement_key (
  kind     SMALLINT                    NOT NULL,
  key_hash BYTEA                       NOT NULL,
  stored   TIMESTAMPTZ NOT NULL,
  seq      BIGINT                      NOT NULL,
  CONSTRAINT mooc_statement_key_pk PRIMARY KEY (kind, key_hash, stored, seq)
);

CREATE INDEX mooc_statement_key_seq ON mooc_statement_key (seq);

-- Canonical activity definitions (the JSON of a carrier statement, see the store).
CREATE TABLE mooc_activity (
  id_hash     BYTEA         NOT NULL,
  activity_id TEXT          NOT NULL,
  definition  BYTEA,
  CONSTRAINT mooc_activity_pk PRIMARY KEY (id_hash)
);

-- Names seen for an agent identifier, in the order first seen.
CREATE TABLE mooc_agent_name (
  agent_hash BYTEA      NOT NULL,
  name_hash  BYTEA      NOT NULL,
  name       TEXT       NOT NULL,
  first_seq  BIGINT     NOT NULL,
  CONSTRAINT mooc_agent_name_pk PRIMARY KEY (agent_hash, name_hash)
);

-- Attachment payloads by their lowercase hex SHA-2.
CREATE TABLE mooc_attachment (
  sha2    VARCHAR(128) NOT NULL,
  content BYTEA    NOT NULL,
  CONSTRAINT mooc_attachment_pk PRIMARY KEY (sha2)
);

-- State, activity profile and agent profile documents.
CREATE SEQUENCE mooc_document_seq;

CREATE TABLE mooc_document (
  scope_hash   BYTEA                       NOT NULL,
  doc_hash     BYTEA                       NOT NULL,
  kind         SMALLINT                    NOT NULL,
  document_id  TEXT                        NOT NULL,
  content      BYTEA                   NOT NULL,
  content_type TEXT                        NOT NULL,
  etag         CHAR(40)                    NOT NULL,
  updated      TIMESTAMPTZ NOT NULL,
  seq          BIGINT                      NOT NULL,
  CONSTRAINT mooc_document_pk PRIMARY KEY (scope_hash, doc_hash)
);

CREATE INDEX mooc_document_scope_seq ON mooc_document (scope_hash, seq);
