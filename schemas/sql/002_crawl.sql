-- scout schema, migration 2: the crawl engine's own state (frontier, HTTP cache, raw
-- archive, run accounting). Written only by the crawler's writer.

CREATE TABLE crawl_runs (
  id           INTEGER PRIMARY KEY,
  started_at   TEXT NOT NULL,
  finished_at  TEXT,
  status       TEXT NOT NULL DEFAULT 'running'
               CHECK (status IN ('running', 'succeeded', 'partial', 'failed', 'interrupted')),
  command      TEXT NOT NULL DEFAULT '',
  requests     INTEGER NOT NULL DEFAULT 0,
  status_2xx   INTEGER NOT NULL DEFAULT 0,
  status_3xx   INTEGER NOT NULL DEFAULT 0,
  status_4xx   INTEGER NOT NULL DEFAULT 0,
  status_5xx   INTEGER NOT NULL DEFAULT 0,
  not_modified INTEGER NOT NULL DEFAULT 0,
  transport_errors INTEGER NOT NULL DEFAULT 0,
  retries      INTEGER NOT NULL DEFAULT 0,
  bytes        INTEGER NOT NULL DEFAULT 0,
  tasks_done   INTEGER NOT NULL DEFAULT 0,
  tasks_failed INTEGER NOT NULL DEFAULT 0,
  wait_json    TEXT NOT NULL DEFAULT '{}',  -- seconds waited per rate-limit bucket
  message      TEXT
);

-- The persistent frontier. A task's results and its 'done' mark commit in one
-- transaction; tasks left 'in_flight' by a killed run go back to 'pending' on start.
CREATE TABLE crawl_tasks (
  id              INTEGER PRIMARY KEY,
  source          TEXT NOT NULL CHECK (source IN ('github', 'huggingface', 'arxiv')),
  kind            TEXT NOT NULL,        -- e.g. github.user, hf.author_models, arxiv.query_page
  url             TEXT NOT NULL,
  parent_id       INTEGER REFERENCES crawl_tasks(id) ON DELETE SET NULL,
  state           TEXT NOT NULL DEFAULT 'pending'
                  CHECK (state IN ('pending', 'in_flight', 'done', 'failed')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL DEFAULT 0,   -- unix epoch milliseconds
  last_error      TEXT,
  last_status     INTEGER,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  done_at         TEXT,
  done_ms         INTEGER,          -- unix epoch milliseconds of done_at, for freshness
  run_id          INTEGER REFERENCES crawl_runs(id) ON DELETE SET NULL,
  UNIQUE (kind, url)
);
CREATE INDEX crawl_tasks_due ON crawl_tasks (state, next_attempt_at);
CREATE INDEX crawl_tasks_by_parent ON crawl_tasks (parent_id);

-- Every response body, compressed, keyed by URL and fetch time: lets `crawl --reparse`
-- replay a run offline and gives a 304 the body it refers to.
CREATE TABLE raw_responses (
  id           INTEGER PRIMARY KEY,
  url          TEXT NOT NULL,
  fetched_at   TEXT NOT NULL,
  status       INTEGER NOT NULL,
  headers_json TEXT NOT NULL DEFAULT '{}',
  encoding     TEXT NOT NULL DEFAULT 'zstd' CHECK (encoding IN ('identity', 'zstd')),
  body         BLOB NOT NULL,
  body_bytes   INTEGER NOT NULL   -- uncompressed size
);
CREATE INDEX raw_responses_by_url ON raw_responses (url, fetched_at);

-- Conditional-request validators per URL, and the archived body a 304 refers to.
CREATE TABLE http_cache (
  url             TEXT PRIMARY KEY,
  etag            TEXT,
  last_modified   TEXT,
  status          INTEGER NOT NULL,
  fetched_at      TEXT NOT NULL,
  raw_response_id INTEGER REFERENCES raw_responses(id) ON DELETE SET NULL
);
