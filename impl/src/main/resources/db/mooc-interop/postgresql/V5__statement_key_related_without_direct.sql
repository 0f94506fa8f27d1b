-- A related agent (3) or related activity (5) row is kept only for a statement that has no agent
-- (2) or activity (4) row with the same hash: a related filter reads the rows of both kinds, so
-- such a row duplicates its direct row. Delete the related rows that older versions wrote beside
-- their direct rows (kind codes as in the statement store; they never change).
DELETE FROM mooc_statement_key r
WHERE r.kind = 3 AND EXISTS (SELECT 1 FROM mooc_statement_key d
  WHERE d.kind = 2 AND d.key_hash = r.key_hash AND d.stored = r.stored AND d.seq = r.seq);

DELETE FROM mooc_statement_key r
WHERE r.kind = 5 AND EXISTS (SELECT 1 FROM mooc_statement_key d
  WHERE d.kind = 4 AND d.key_hash = r.key_hash AND d.stored = r.stored AND d.seq = r.seq);
