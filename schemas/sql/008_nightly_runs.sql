-- scout schema, migration 8: `scout nightly`'s finished runs. Each records the crawl and
-- ranking runs it made and the folder its exports went to, so that the next nightly run
-- compares its ranking with this one's ("what changed") and `scout status` can list them.
-- A run killed before its exports are in place records nothing: the next one compares
-- with the last run that finished, and finishes the work.

CREATE TABLE nightly_runs (
  id             INTEGER PRIMARY KEY,
  started_at     TEXT NOT NULL,
  finished_at    TEXT NOT NULL,
  crawl_run_id   INTEGER NOT NULL,
  ranking_run_id INTEGER NOT NULL,
  export_dir     TEXT NOT NULL,          -- the dated folder, as written
  exit_code      INTEGER NOT NULL,       -- 0, or 3 when tasks failed permanently
  summary        TEXT NOT NULL DEFAULT ''  -- the run's one-line summary
);
