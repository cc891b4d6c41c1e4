-- scout schema, migration 12: link evidence stored before evidence confidence by kind
-- (crawler/links/link_evidence.cpp, k_kinds; README "Evidence confidence") kept the column's
-- default 1.0, and the store's upsert keeps the highest confidence a row has had, so a
-- re-crawl never lowered them. This sets each row from its kind and what it points at, by
-- the same table, so an old database agrees with a new crawl. Kinds the table does not
-- know keep their value. The tests (tests/unit/app/test_evidence_confidence_migration.cpp)
-- check every row of the table against crawler::links::evidence_confidence.
--
-- What a row points at, as points_at() reads it: an account when to_account_id is set; a
-- paper for "arxiv:..."; an account for "github:owner"; a repository (or model, dataset,
-- Space) for "github:owner/name" and "hf:..."; anything else otherwise.
UPDATE link_evidence SET confidence = (
  WITH target(points) AS (
    SELECT CASE
      WHEN to_account_id IS NOT NULL THEN 'account'
      WHEN substr(to_ref, 1, 6) = 'arxiv:' THEN 'paper'
      WHEN substr(to_ref, 1, 7) = 'github:' AND instr(to_ref, '/') = 0 THEN 'account'
      WHEN substr(to_ref, 1, 7) = 'github:' OR substr(to_ref, 1, 3) = 'hf:' THEN 'repository'
      ELSE 'any'
    END
  )
  SELECT CASE
    WHEN kind IN ('github_blog_url', 'github_twitter', 'hf_paper_claim') THEN 0.9
    WHEN kind IN ('readme_link', 'hf_card_github') AND points = 'account' THEN 0.9
    WHEN kind IN ('readme_link', 'hf_card_github') AND points = 'repository' THEN 0.6
    WHEN kind = 'readme_link' AND points = 'paper' THEN 0.3
    WHEN kind IN ('hf_card_arxiv', 'hf_arxiv_tag') THEN 0.3
    WHEN kind IN ('paper_code_link', 'paper_hf_link') THEN 0.6
    ELSE confidence
  END
  FROM target
);
