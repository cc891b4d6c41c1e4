-- scout schema, migration 1: what the crawler stores about the three sources and the
-- people merged from their accounts. Timestamps are ISO-8601 UTC text ("2026-11-23T16:40:00Z")
-- so that they sort and read the same in sqlite3 and in exports.

-- One row per account on one source. handle is the login (GitHub), the user or org
-- name (Hugging Face) or the normalised author name (arXiv: lower case, single spaces).
CREATE TABLE accounts (
  id            INTEGER PRIMARY KEY,
  source        TEXT NOT NULL CHECK (source IN ('github', 'huggingface', 'arxiv')),
  handle        TEXT NOT NULL,
  kind          TEXT NOT NULL DEFAULT 'user' CHECK (kind IN ('user', 'org', 'bot', 'author')),
  display_name  TEXT,
  first_seen_at TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  UNIQUE (source, handle)
);

-- GitHub /users/{login}: the profile fields a recruiter reads.
CREATE TABLE github_profiles (
  account_id       INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
  github_id        INTEGER,
  name             TEXT,
  company          TEXT,
  blog             TEXT,
  location         TEXT,
  bio              TEXT,
  twitter_username TEXT,
  email            TEXT,
  hireable         INTEGER,
  followers        INTEGER,
  public_repos     INTEGER,
  created_at       TEXT,
  fetched_at       TEXT NOT NULL
);

-- Hugging Face /api/users/{u}/overview or /api/organizations/{o}/overview.
CREATE TABLE hf_profiles (
  account_id    INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
  fullname      TEXT,
  is_pro        INTEGER,
  num_models    INTEGER,
  num_datasets  INTEGER,
  num_spaces    INTEGER,
  num_papers    INTEGER,
  num_followers INTEGER,
  orgs_json     TEXT,
  fetched_at    TEXT NOT NULL
);

-- A merged identity: the accounts (on one or more sources) of one practitioner.
CREATE TABLE people (
  id           INTEGER PRIMARY KEY,
  display_name TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);

CREATE TABLE person_accounts (
  account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
  person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE
);
CREATE INDEX person_accounts_by_person ON person_accounts (person_id);

-- Why two accounts are believed to be one person: the evidence is kept, never inferred
-- again silently. kind names the rule (github_blog_url, hf_arxiv_tag, paper_author_list,
-- readme_link, hf_paper_claim, ...); detail holds the matched value; source_url where it was seen.
CREATE TABLE link_evidence (
  id              INTEGER PRIMARY KEY,
  from_account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  to_account_id   INTEGER REFERENCES accounts(id) ON DELETE CASCADE,
  to_ref          TEXT NOT NULL DEFAULT '',  -- a thing pointed at, e.g. "arxiv:2305.18290", "url:..."
  kind            TEXT NOT NULL,
  detail          TEXT NOT NULL DEFAULT '',
  confidence      REAL NOT NULL DEFAULT 1.0 CHECK (confidence >= 0 AND confidence <= 1),
  source_url      TEXT,
  created_at      TEXT NOT NULL
);
-- One row per piece of evidence (NULLs are distinct in a plain UNIQUE, hence coalesce).
CREATE UNIQUE INDEX link_evidence_unique
  ON link_evidence (from_account_id, kind, detail, to_ref, coalesce(to_account_id, 0));
CREATE INDEX link_evidence_by_to ON link_evidence (to_account_id);
CREATE INDEX link_evidence_by_ref ON link_evidence (to_ref);

CREATE TABLE github_repos (
  id               INTEGER PRIMARY KEY,   -- GitHub's repository id
  full_name        TEXT NOT NULL UNIQUE,  -- "owner/name"
  owner_account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
  name             TEXT NOT NULL,
  description      TEXT,
  fork             INTEGER NOT NULL DEFAULT 0,
  archived         INTEGER NOT NULL DEFAULT 0,
  stargazers_count INTEGER NOT NULL DEFAULT 0,
  forks_count      INTEGER NOT NULL DEFAULT 0,
  language         TEXT,
  license          TEXT,
  topics_json      TEXT NOT NULL DEFAULT '[]',
  created_at       TEXT,
  pushed_at        TEXT,
  fetched_at       TEXT NOT NULL
);
CREATE INDEX github_repos_by_owner ON github_repos (owner_account_id);

-- /repos/{o}/{r}/contributors: commits of one account to one repository. Keyed by the
-- repository's full name because contributors are often crawled before (or without) the
-- repository itself; join github_repos on full_name.
CREATE TABLE github_contributions (
  repo_full_name TEXT NOT NULL,
  account_id     INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  contributions  INTEGER NOT NULL,
  fetched_at     TEXT NOT NULL,
  PRIMARY KEY (repo_full_name, account_id)
);
CREATE INDEX github_contributions_by_account ON github_contributions (account_id);

CREATE TABLE hf_models (
  id                TEXT PRIMARY KEY,   -- canonical repo id "org/name" (after redirects)
  author_account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
  sha               TEXT,
  downloads         INTEGER NOT NULL DEFAULT 0,
  likes             INTEGER NOT NULL DEFAULT 0,
  pipeline_tag      TEXT,
  library_name      TEXT,
  gated             TEXT NOT NULL DEFAULT 'false',
  created_at        TEXT,
  last_modified     TEXT,
  card_license      TEXT,
  card_base_model   TEXT,
  card_datasets_json TEXT NOT NULL DEFAULT '[]',
  card_language_json TEXT NOT NULL DEFAULT '[]',
  eval_results_json TEXT NOT NULL DEFAULT '[]',
  card_length       INTEGER,            -- bytes of the README body, NULL until fetched
  card_sections_json TEXT NOT NULL DEFAULT '[]',  -- governance sections present
  card_is_template  INTEGER,
  fetched_at        TEXT NOT NULL
);
CREATE INDEX hf_models_by_author ON hf_models (author_account_id);

-- Structured tags of a model: kind is arxiv, base_model, dataset, license or tag.
CREATE TABLE hf_model_tags (
  model_id TEXT NOT NULL REFERENCES hf_models(id) ON DELETE CASCADE,
  kind     TEXT NOT NULL,
  value    TEXT NOT NULL,
  PRIMARY KEY (model_id, kind, value)
);
CREATE INDEX hf_model_tags_by_value ON hf_model_tags (kind, value);

CREATE TABLE arxiv_papers (
  id               TEXT PRIMARY KEY,   -- without version: "2305.18290", "astro-ph/0601001"
  version          INTEGER NOT NULL DEFAULT 1,
  title            TEXT NOT NULL,
  abstract         TEXT NOT NULL DEFAULT '',
  published_at     TEXT,
  updated_at       TEXT,
  primary_category TEXT,
  categories_json  TEXT NOT NULL DEFAULT '[]',
  comment          TEXT,
  journal_ref      TEXT,
  doi              TEXT,
  links_json       TEXT NOT NULL DEFAULT '[]',
  fetched_at       TEXT NOT NULL
);
CREATE INDEX arxiv_papers_by_published ON arxiv_papers (published_at);

CREATE TABLE arxiv_authorships (
  paper_id    TEXT NOT NULL REFERENCES arxiv_papers(id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,   -- 0 = first author
  account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  author_name TEXT NOT NULL,      -- as printed on the paper
  affiliation TEXT,
  PRIMARY KEY (paper_id, position)
);
CREATE INDEX arxiv_authorships_by_account ON arxiv_authorships (account_id);

-- People who asked to be erased. Matched on (source, handle) before anything is stored,
-- so a suppressed account never comes back in a later crawl.
CREATE TABLE suppressions (
  id         INTEGER PRIMARY KEY,
  source     TEXT NOT NULL CHECK (source IN ('github', 'huggingface', 'arxiv')),
  handle     TEXT NOT NULL,
  reason     TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  UNIQUE (source, handle)
);
