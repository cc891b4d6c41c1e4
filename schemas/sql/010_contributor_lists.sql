-- scout schema, migration 10: what GitHub's contributors list leaves out, and dated
-- contributions from GET /repos/{o}/{r}/stats/contributors.
--
-- /repos/{o}/{r}/contributors names at most the first 500 contributors (truncated = 1 when
-- a list reached that), and a repository whose history is too large answers 403 "The
-- history or contributor list is too large to list contributors ..." (too_large = 1).
-- Either makes scout ask for the statistics instead. One row per repository that had one.
CREATE TABLE github_contributor_lists (
  repo_full_name         TEXT PRIMARY KEY,  -- "owner/name", as github_contributions
  contributors_truncated INTEGER NOT NULL DEFAULT 0 CHECK (contributors_truncated IN (0, 1)),
  contributors_too_large INTEGER NOT NULL DEFAULT 0 CHECK (contributors_too_large IN (0, 1)),
  fetched_at             TEXT NOT NULL
);

-- One row per person in a repository's stats/contributors answer: commits in total (the
-- answer's `total`) and the first and last week with a commit, as the date of the week's
-- Sunday (YYYY-MM-DD, from `weeks[].w` with `c` > 0; NULL when no week has one). Kept apart
-- from github_contributions, whose count comes from the contributors list.
CREATE TABLE github_contributor_stats (
  repo_full_name TEXT NOT NULL,
  account_id     INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  commits        INTEGER NOT NULL,
  first_week     TEXT,
  last_week      TEXT,
  fetched_at     TEXT NOT NULL,
  PRIMARY KEY (repo_full_name, account_id)
);
CREATE INDEX github_contributor_stats_by_account ON github_contributor_stats (account_id);
