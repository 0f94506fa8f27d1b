-- Single-use values (OIDC nonces, JWT ids). The value is kept as its SHA-256 digest: fixed size
-- whatever a client sends, and nothing a reader of the database could replay.
CREATE TABLE mooc_nonce (
  scope      VARCHAR(1000)                 NOT NULL,
  value_hash BINARY(32)                    NOT NULL,
  expires_at TIMESTAMP(9) WITH TIME ZONE   NOT NULL,
  CONSTRAINT mooc_nonce_pk PRIMARY KEY (scope, value_hash)
);

-- purgeExpired deletes by expiry.
CREATE INDEX mooc_nonce_expires_at ON mooc_nonce (expires_at);
