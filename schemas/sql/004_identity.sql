-- scout schema, migration 4: people as `scout link` builds them, and erasure that keeps no
-- readable personal data.

-- The normalised name of each linked account ("jose alvarez"), so `scout explain` finds
-- same-name accounts of other people without re-reading every profile.
ALTER TABLE person_accounts ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
CREATE INDEX person_accounts_by_name_key ON person_accounts (name_key) WHERE name_key <> '';

-- Every link the linker considered between two accounts (account_a < account_b): the rule
-- (an evidence kind such as github_blog_url, a pair rule such as shared_paper, or an
-- override), its configured strength, whether the names matched, and whether it was
-- accepted; reason says why a refused one was refused. Rewritten by every `scout link`.
CREATE TABLE identity_links (
  id         INTEGER PRIMARY KEY,
  account_a  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  account_b  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  rule       TEXT NOT NULL,
  strength   TEXT NOT NULL CHECK (strength IN ('weak', 'medium', 'strong')),
  name_match INTEGER NOT NULL DEFAULT 0,
  accepted   INTEGER NOT NULL,
  reason     TEXT NOT NULL DEFAULT '',
  source_url TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX identity_links_by_a ON identity_links (account_a);
CREATE INDEX identity_links_by_b ON identity_links (account_b);

-- The link_evidence rows behind each link.
CREATE TABLE identity_link_evidence (
  link_id     INTEGER NOT NULL REFERENCES identity_links(id) ON DELETE CASCADE,
  evidence_id INTEGER NOT NULL REFERENCES link_evidence(id) ON DELETE CASCADE,
  PRIMARY KEY (link_id, evidence_id)
);
CREATE INDEX identity_link_evidence_by_evidence ON identity_link_evidence (evidence_id);

-- Per-database secrets. suppression_salt is mixed into every suppression hash, so the
-- list cannot be checked against a dictionary of handles without this database.
CREATE TABLE secrets (
  name  TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO secrets (name, value) VALUES ('suppression_salt', lower(hex(randomblob(32))));

-- Suppressions keyed by a salted one-way hash of the handle instead of the handle:
-- handle_hash = sha256(salt || source || ':' || handle as stored). The C++ step of this
-- migration (store/suppressions.cpp) hashes the rows of suppressions_plain into the new
-- table and drops it, in the same transaction.
ALTER TABLE suppressions RENAME TO suppressions_plain;
CREATE TABLE suppressions (
  id          INTEGER PRIMARY KEY,
  source      TEXT NOT NULL CHECK (source IN ('github', 'huggingface', 'arxiv')),
  handle_hash TEXT NOT NULL,
  reason      TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  UNIQUE (source, handle_hash)
);
