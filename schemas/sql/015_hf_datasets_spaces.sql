-- scout schema, migration 15: Hugging Face datasets and Spaces by author (issue 12), from
-- /api/datasets?author=X and /api/spaces?author=X with expand[] naming the fields below.
-- A published dataset is evidence of pre-training, alignment (preference data) or evaluation
-- work; a Space is the demo of application and agents work. Tags are kept as the Hub sends
-- them (JSON array of text, prefixed ones included: "arxiv:...", "task_categories:...").

CREATE TABLE hf_datasets (
  id                 TEXT PRIMARY KEY,  -- "org/name"
  author_account_id  INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  tags_json          TEXT NOT NULL DEFAULT '[]',
  likes              INTEGER NOT NULL DEFAULT 0,
  downloads          INTEGER,           -- the Hub's `downloads`: the last 30 days
  downloads_all_time INTEGER,           -- `downloadsAllTime`
  created_at         TEXT,
  last_modified      TEXT,
  fetched_at         TEXT NOT NULL
);
CREATE INDEX hf_datasets_by_author ON hf_datasets (author_account_id);

CREATE TABLE hf_spaces (
  id                TEXT PRIMARY KEY,  -- "org/name"
  author_account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  tags_json         TEXT NOT NULL DEFAULT '[]',
  likes             INTEGER NOT NULL DEFAULT 0,
  sdk               TEXT,              -- gradio, streamlit, docker, static
  created_at        TEXT,
  last_modified     TEXT,
  fetched_at        TEXT NOT NULL
);
CREATE INDEX hf_spaces_by_author ON hf_spaces (author_account_id);
