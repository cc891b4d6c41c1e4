-- scout schema, migration 5: what `scout rank` adds to a run so that it can be explained
-- and compared: the as-of date recency was measured from, one score per person and
-- sub-specialisation with each signal's contribution, and the top evidence behind the
-- person's overall score with its public page.

ALTER TABLE ranking_runs ADD COLUMN as_of TEXT NOT NULL DEFAULT '';
ALTER TABLE ranking_runs ADD COLUMN taxonomy_hash TEXT NOT NULL DEFAULT '';

-- One row per person and specialisation with evidence; the signal columns hold each
-- signal's contribution (weight x normalised value x specialisation multiplier), so they
-- sum to score.
CREATE TABLE specialisation_scores (
  run_id         INTEGER NOT NULL,
  person_id      INTEGER NOT NULL,
  specialisation TEXT NOT NULL,
  score          REAL NOT NULL,
  contributions  REAL NOT NULL DEFAULT 0,
  own_repos      REAL NOT NULL DEFAULT 0,
  models         REAL NOT NULL DEFAULT 0,
  papers         REAL NOT NULL DEFAULT 0,
  breadth        REAL NOT NULL DEFAULT 0,
  depth          REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (run_id, person_id, specialisation),
  FOREIGN KEY (run_id, person_id) REFERENCES scores(run_id, person_id) ON DELETE CASCADE
) WITHOUT ROWID;

-- The strongest evidence behind each signal of a person's overall (primary
-- specialisation) score, best first.
CREATE TABLE score_evidence (
  run_id      INTEGER NOT NULL,
  person_id   INTEGER NOT NULL,
  signal      TEXT NOT NULL,
  position    INTEGER NOT NULL,
  description TEXT NOT NULL,
  url         TEXT NOT NULL,
  PRIMARY KEY (run_id, person_id, signal, position),
  FOREIGN KEY (run_id, person_id) REFERENCES scores(run_id, person_id) ON DELETE CASCADE
) WITHOUT ROWID;
