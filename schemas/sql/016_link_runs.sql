-- scout schema, migration 16: one row per `scout link` that stored people.
-- The ranker's feature cache is keyed by the crawl state (store/ranking_cache.cpp,
-- crawl_fingerprint). Who is whom changed only when a link run rewrote person_accounts (in
-- the same transaction that adds the row here) or an erasure deleted accounts and people
-- (which the fingerprint counts), so the latest id stands for the whole table: before this,
-- the fingerprint summed a checksum over every person_accounts row, 0.4 s of each re-rank
-- of a million people. AUTOINCREMENT: an id is never reused, even after rows are deleted.
CREATE TABLE link_runs (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  linked_at TEXT NOT NULL,     -- ISO 8601 UTC, when the run's transaction was written
  people    INTEGER NOT NULL,  -- people stored
  accounts  INTEGER NOT NULL   -- accounts placed in them (rows of person_accounts)
);
