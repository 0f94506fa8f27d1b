-- The keys of a stored statement are computed from its JSON when a statement targeting it
-- arrives, so the key table needs no index by seq: one index entry less per key row.
DROP INDEX mooc_statement_key_seq;

-- Only statements whose object is a StatementRef have a target: index those alone.
DROP INDEX mooc_statement_target;
CREATE INDEX mooc_statement_target ON mooc_statement (target_id) WHERE target_id IS NOT NULL;
