-- The keys of a stored statement are computed from its JSON when a statement targeting it
-- arrives, so the key table needs no index by seq: one index entry less per key row.
DROP INDEX mooc_statement_key_seq;
