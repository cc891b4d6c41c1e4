-- A canonical dump of what a crawl stored, for comparing two databases: `sqlite3 DB < data_dump.sql`.
-- Every source table, every column, with two kinds left out:
--  * surrogate ids (accounts.id, link_evidence.id): numbered in the order rows were first
--    written, so they differ between crawl orders; accounts are named by (source, handle) instead;
--  * bookkeeping times (accounts.first_seen_at / updated_at, every fetched_at,
--    link_evidence.created_at): when scout wrote the row, which differs between any two runs.
-- Times that come from the APIs (created_at, pushed_at, published_at, ...) are compared.
-- Not dumped: crawl_runs, crawl_tasks, raw_responses and http_cache (how the crawl went, not what
-- it found; a killed run legitimately leaves an interrupted run and other fetch times), and
-- people/person_accounts/suppressions (written by `scout link`/`forget`, never by a crawl).
.mode list
.separator '|'
CREATE TEMP VIEW name_of AS SELECT id, source || ':' || handle AS name FROM accounts;

SELECT 'accounts', source, handle, kind, quote(display_name) FROM accounts ORDER BY source, handle;
SELECT 'github_profiles', n.name, github_id, quote(p.name), quote(company), quote(blog), quote(location), quote(bio),
       quote(twitter_username), quote(email), quote(hireable), quote(followers), quote(public_repos), quote(created_at)
  FROM github_profiles p JOIN name_of n ON n.id = p.account_id ORDER BY n.name;
SELECT 'hf_profiles', n.name, quote(fullname), quote(is_pro), quote(num_models), quote(num_datasets), quote(num_spaces),
       quote(num_papers), quote(num_followers), quote(orgs_json)
  FROM hf_profiles p JOIN name_of n ON n.id = p.account_id ORDER BY n.name;
SELECT 'github_repos', r.id, full_name, quote(n.name), r.name, quote(description), fork, archived, stargazers_count,
       forks_count, quote(language), quote(license), topics_json, quote(created_at), quote(pushed_at)
  FROM github_repos r LEFT JOIN name_of n ON n.id = r.owner_account_id ORDER BY r.id;
SELECT 'github_contributions', repo_full_name, n.name, contributions
  FROM github_contributions c JOIN name_of n ON n.id = c.account_id ORDER BY repo_full_name, n.name;
SELECT 'github_repo_identity', full_name, quote(homepage), quote(parent_full_name) FROM github_repos ORDER BY id;
SELECT 'github_social_accounts', n.name, provider, url
  FROM github_social_accounts s JOIN name_of n ON n.id = s.account_id ORDER BY n.name, url;
SELECT 'hf_profile_identity', n.name, quote(details), quote(created_at)
  FROM hf_profiles p JOIN name_of n ON n.id = p.account_id ORDER BY n.name;
SELECT 'hf_datasets', d.id, n.name, tags_json, likes, quote(downloads), quote(downloads_all_time), quote(created_at),
       quote(last_modified)
  FROM hf_datasets d JOIN name_of n ON n.id = d.author_account_id ORDER BY d.id;
SELECT 'hf_spaces', s.id, n.name, tags_json, likes, quote(sdk), quote(created_at), quote(last_modified)
  FROM hf_spaces s JOIN name_of n ON n.id = s.author_account_id ORDER BY s.id;
SELECT 'hf_models', m.id, quote(n.name), quote(sha), downloads, likes, quote(pipeline_tag), quote(library_name), gated,
       quote(created_at), quote(last_modified), quote(card_license), quote(card_base_model), card_datasets_json,
       card_language_json, eval_results_json, quote(card_length), card_sections_json, quote(card_is_template),
       quote(downloads_all_time), quote(parameter_count)
  FROM hf_models m LEFT JOIN name_of n ON n.id = m.author_account_id ORDER BY m.id;
SELECT 'hf_model_tags', model_id, kind, value FROM hf_model_tags ORDER BY model_id, kind, value;
SELECT 'hf_model_base_models', model_id, base_model_id, relation FROM hf_model_base_models ORDER BY model_id, base_model_id;
SELECT 'arxiv_papers', id, version, title, abstract, quote(published_at), quote(updated_at), quote(primary_category),
       categories_json, quote(comment), quote(journal_ref), quote(doi), links_json
  FROM arxiv_papers ORDER BY id;
SELECT 'arxiv_authorships', paper_id, position, n.name, author_name, quote(affiliation)
  FROM arxiv_authorships a JOIN name_of n ON n.id = a.account_id ORDER BY paper_id, position;
SELECT 'link_evidence', f.name, coalesce(t.name, ''), to_ref, e.kind, detail, confidence, quote(source_url)
  FROM link_evidence e JOIN name_of f ON f.id = e.from_account_id LEFT JOIN name_of t ON t.id = e.to_account_id
  ORDER BY 2, 3, 4, 5, 6, 7, 8;
