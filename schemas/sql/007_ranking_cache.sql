-- scout schema, migration 7: ranking a million people in seconds.
-- A run stores every ranked person's scores in compact blocks (score_blocks) and the
-- per-row detail (scores, specialisation_scores, score_components, score_evidence) only for
-- the people explained: the top of the overall ranking and of each specialisation.
-- Features extracted from the crawled tables are cached (ranking_feature_cache) under a
-- fingerprint of the crawl state, so a weight change re-scores without re-reading.

-- The taxonomy keys in index order, space-separated: how score_blocks name specialisations.
ALTER TABLE ranking_runs ADD COLUMN specialisation_keys TEXT NOT NULL DEFAULT '';
-- How many people have their detail rows (scores, components, evidence) in the run.
ALTER TABLE ranking_runs ADD COLUMN detailed INTEGER NOT NULL DEFAULT 0;

-- Every ranked person of a run, by rank, packed (little-endian): person id (int64), total
-- (double), primary specialisation index (int8, -1 for none), count n (uint8), then n x
-- (specialisation index uint8, score float). Block b holds the people after those of
-- blocks 0 .. b-1.
CREATE TABLE score_blocks (
  run_id INTEGER NOT NULL REFERENCES ranking_runs(id) ON DELETE CASCADE,
  block  INTEGER NOT NULL,
  people INTEGER NOT NULL,
  data   BLOB NOT NULL,
  PRIMARY KEY (run_id, block)
);

-- One cached feature set (the latest), in chunks; key = crawl-state fingerprint, taxonomy
-- hash, extraction weights and feature version. A different key is a miss.
CREATE TABLE ranking_feature_cache (
  key   TEXT NOT NULL,
  chunk INTEGER NOT NULL,
  data  BLOB NOT NULL,
  PRIMARY KEY (key, chunk)
);
