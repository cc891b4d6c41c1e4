-- scout schema, migration 3: ranking runs and their explained scores. A run is kept whole
-- so that two weight settings can be compared side by side.

CREATE TABLE ranking_runs (
  id           INTEGER PRIMARY KEY,
  created_at   TEXT NOT NULL,
  weights_path TEXT NOT NULL DEFAULT '',
  weights_hash TEXT NOT NULL DEFAULT '',
  weights_json TEXT NOT NULL DEFAULT '{}',
  people       INTEGER NOT NULL DEFAULT 0,
  note         TEXT
);

CREATE TABLE scores (
  run_id         INTEGER NOT NULL REFERENCES ranking_runs(id) ON DELETE CASCADE,
  person_id      INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  total          REAL NOT NULL,
  rank           INTEGER NOT NULL,
  specialization TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (run_id, person_id)
);
-- The shortlist query: one run's people by rank.
CREATE INDEX scores_by_rank ON scores (run_id, rank);
CREATE INDEX scores_by_person ON scores (person_id);

-- One row per signal: value measured, weight applied, contribution to total, and a
-- sentence a recruiter can read.
CREATE TABLE score_components (
  run_id       INTEGER NOT NULL,
  person_id    INTEGER NOT NULL,
  signal       TEXT NOT NULL,
  value        REAL NOT NULL,
  weight       REAL NOT NULL,
  contribution REAL NOT NULL,
  explanation  TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (run_id, person_id, signal),
  FOREIGN KEY (run_id, person_id) REFERENCES scores(run_id, person_id) ON DELETE CASCADE
);
