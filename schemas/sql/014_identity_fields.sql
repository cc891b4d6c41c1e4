-- scout schema, migration 14: what identity linking needs from the profiles (issue 12).
--
-- GET /users/{login}/social_accounts: the accounts a GitHub user lists on their profile
-- (X, LinkedIn, Mastodon, Bluesky, a personal site as "generic", ...). Each answer replaces
-- the user's rows; their links also become link_evidence of kind github_social_account.
CREATE TABLE github_social_accounts (
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  provider   TEXT NOT NULL,  -- as GitHub names it: twitter, linkedin, mastodon, bluesky, generic, ...
  url        TEXT NOT NULL,
  fetched_at TEXT NOT NULL,
  PRIMARY KEY (account_id, url)
);

-- A repository's website field (listings and GET /repos/{o}/{r} carry it); NULL when unset.
ALTER TABLE github_repos ADD COLUMN homepage TEXT;
-- The repository a fork was made from ("owner/name"): only GET /repos/{o}/{r} names it, so
-- it is NULL until that answer was read, and a listing that rewrites the row keeps it.
ALTER TABLE github_repos ADD COLUMN parent_full_name TEXT;

-- The Hub overview's free-text bio ("details") and the account's createdAt.
ALTER TABLE hf_profiles ADD COLUMN details TEXT;
ALTER TABLE hf_profiles ADD COLUMN created_at TEXT;
