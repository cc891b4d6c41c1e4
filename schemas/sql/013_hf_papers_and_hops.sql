-- scout schema, migration 13: what the Hugging Face papers API says about a paper, and the
-- accounts a crawl reached one hop out by following link evidence (issue 12, "follow the
-- evidence").

-- GET /api/papers/{arxiv_id}: the Hub's page of an arXiv paper. Fetched for every stored
-- arXiv paper, whoever found it; a paper the Hub does not know (404) has no row.
CREATE TABLE hf_papers (
  arxiv_id    TEXT PRIMARY KEY,  -- without version, as arxiv_papers.id; the paper need not be stored yet
  github_repo TEXT,              -- `githubRepo`: the code repository URL set on the paper page; NULL when none
  upvotes     INTEGER,           -- `upvotes`: Hub users who upvoted the page; NULL when the answer lacked it
  fetched_at  TEXT NOT NULL
);

-- The paper page's authors in order (`authors[]`). hf_user is the Hub account that claimed
-- the authorship (`authors[].user.user`); NULL when nobody claimed it, and NULL as well when
-- the author hid the claim (`hidden: true`): a hidden claim is never stored.
CREATE TABLE hf_paper_authors (
  arxiv_id TEXT NOT NULL REFERENCES hf_papers(arxiv_id) ON DELETE CASCADE,
  position INTEGER NOT NULL,  -- 0-based, the page's order
  name     TEXT NOT NULL,     -- the name as the page prints it
  hf_user  TEXT,              -- the claiming Hub user name, NULL when unclaimed or hidden
  PRIMARY KEY (arxiv_id, position)
);
CREATE INDEX hf_paper_authors_by_user ON hf_paper_authors (hf_user) WHERE hf_user IS NOT NULL;

-- Accounts scout crawled only because link evidence pointed at them ([crawl]
-- evidence_hop_budget caps how many a run adds). An account listed here is crawled like any
-- other, but its own evidence starts no further hop: the crawl goes one hop out, no more.
CREATE TABLE evidence_hops (
  source      TEXT NOT NULL CHECK (source IN ('github', 'huggingface')),
  handle      TEXT NOT NULL,    -- as accounts.handle stores it
  kind        TEXT NOT NULL,    -- the evidence kind that pointed at it (hf_paper_claim, hf_card_github, ...)
  pointed_by  TEXT NOT NULL,    -- who pointed: "huggingface:alice", "arxiv:2305.18290", "github:bob"
  crawl_run_id INTEGER NOT NULL, -- the run that added it (the budget counts a run's rows)
  created_at  TEXT NOT NULL,
  PRIMARY KEY (source, handle)
);
CREATE INDEX evidence_hops_by_run ON evidence_hops (crawl_run_id);
