-- RSA signing keys: the public half as X.509 SubjectPublicKeyInfo, the private half as PKCS#8.
-- A kid is unique for all time: keys are never updated or deleted by the store.
CREATE TABLE mooc_signing_key (
  kid         VARCHAR(255)                NOT NULL,
  public_key  VARBINARY                   NOT NULL,
  private_key VARBINARY                   NOT NULL,
  created_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL,
  active_from TIMESTAMP(9) WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP(9) WITH TIME ZONE NOT NULL,
  CONSTRAINT mooc_signing_key_pk PRIMARY KEY (kid)
);

CREATE INDEX mooc_signing_key_created ON mooc_signing_key (created_at, kid);
