# The source adapters end to end: `scout crawl` over the demo's recorded world (sample/replay/)
# stores profiles, repositories, contributions, models, tags, cards, papers, authorships and
# link evidence; a re-crawl is answered mostly 304 and changes nothing; and in a second, small
# world (tests/fixtures/sources_e2e/bad/) four answers of the wrong shape fail only their own
# tasks, with messages naming the URL and the problem, while everything else is stored.
source "$(dirname "$0")/lib.sh"

q() { sqlite3 "$db" "$1"; }
# expect_sql WANT SQL [WHAT]: the query's output must equal WANT.
expect_sql() {
  local got; got=$(q "$2")
  [ "$got" = "$1" ] || fail "${3:-$2}: got '$got', wanted '$1'"
}
replay_stats() { curl -s "$1/__replay/stats"; }

# ============================================================================================
# 1. The demo world: every recorded answer well formed
# ============================================================================================
start_replay "$ROOT/sample/replay/github"; github=$BASE_URL
start_replay "$ROOT/sample/replay/huggingface"; huggingface=$BASE_URL
start_replay "$ROOT/sample/replay/arxiv"; arxiv=$BASE_URL

# The demo's own seeds; freshness_hours is 20 for the first crawl and 0 for the re-crawl.
write_demo_config() {  # write_demo_config FILE FRESHNESS_HOURS
  sed -e "s#@GITHUB@#$github#" -e "s#@HUGGINGFACE@#$huggingface#" -e "s#@ARXIV@#$arxiv/api/query#" \
      -e "s#^freshness_hours = .*#freshness_hours = $2#" -e "s#^min_interval_ms = .*#min_interval_ms = 0#" \
      "$ROOT/sample/demo.toml.in" >"$1"
}
write_demo_config "$WORK/scout.toml" 20
write_demo_config "$WORK/refresh.toml" 0
db=$WORK/scout.db

expect_exit 0 "$SCOUT" crawl --config "$WORK/scout.toml"
expect_in_err "crawl run 1 succeeded (drained)"
expect_in_err " 0 failed"

# Every request had a recorded answer (the replay server answers others 404), each was made
# once, and the only 404s are the two recorded ones and the Hub pages of the three stored
# papers the world records none for (every stored paper's page is asked, not only those of
# papers tagged on models: 2203.02155, 2309.06180, cs/9605103).
for base in "$github" "$huggingface" "$arxiv"; do replay_stats "$base"; echo; done >"$WORK/stats1"
read -r not_found repeated <<<"$(python3 - "$WORK/stats1" <<'PY'
import json, sys
stats = [json.loads(line) for line in open(sys.argv[1])]
print(sum(s["by_status"].get("404", 0) for s in stats),
      ",".join(r for s in stats for r, n in s["by_route"].items() if n != 1) or "-")
PY
)"
[ "$repeated" = "-" ] || fail "requested more than once: $repeated"
[ "$not_found" -eq 5 ] || fail "$not_found answers were 404 (2 are recorded, 3 paper pages are not): $(q "SELECT url FROM crawl_tasks WHERE last_status = 404")"
expect_sql "0" "SELECT count(*) FROM crawl_tasks WHERE state <> 'done'" "tasks not done"
expect_sql "hf.paper|1910.09700|404
hf.paper|2203.02155|404
hf.paper|2309.06180|404
hf.paper|cs/9605103|404
hf.user_overview|HuggingFaceH4|404" \
  "SELECT kind, subject_value, last_status FROM crawl_tasks WHERE last_status NOT IN (200, 304) ORDER BY kind, subject_value" \
  "tasks answered other than 200"

# --- rows per table ----------------------------------------------------------------------------
counts() {
  q "SELECT 'accounts/' || source || '/' || kind, count(*) FROM accounts GROUP BY source, kind
     UNION ALL SELECT 'github_profiles', count(*) FROM github_profiles
     UNION ALL SELECT 'github_repos', count(*) FROM github_repos
     UNION ALL SELECT 'github_contributions', count(*) FROM github_contributions
     UNION ALL SELECT 'hf_profiles', count(*) FROM hf_profiles
     UNION ALL SELECT 'hf_models', count(*) FROM hf_models
     UNION ALL SELECT 'hf_model_tags/' || kind, count(*) FROM hf_model_tags GROUP BY kind
     UNION ALL SELECT 'arxiv_papers', count(*) FROM arxiv_papers
     UNION ALL SELECT 'arxiv_authorships', count(*) FROM arxiv_authorships
     UNION ALL SELECT 'link_evidence/' || kind, count(*) FROM link_evidence GROUP BY kind"
}
counts >"$WORK/counts1"
expected_counts='accounts/arxiv/author|64
accounts/github/org|1
accounts/github/user|7
accounts/huggingface/org|1
accounts/huggingface/user|8
github_profiles|7
github_repos|11
github_contributions|5
hf_profiles|5
hf_models|6
hf_model_tags/arxiv|9
hf_model_tags/base_model|6
hf_model_tags/dataset|6
hf_model_tags/license|5
hf_model_tags/tag|74
arxiv_papers|10
arxiv_authorships|67
link_evidence/github_blog_url|6
link_evidence/github_repo_homepage|1
link_evidence/github_social_account|5
link_evidence/github_twitter|4
link_evidence/hf_arxiv_tag|9
link_evidence/hf_card_arxiv|6
link_evidence/hf_card_github|7
link_evidence/hf_paper_claim|9
link_evidence/hf_paper_github|31
link_evidence/hf_profile_details|1
link_evidence/paper_code_link|34
link_evidence/paper_hf_link|11
link_evidence/readme_link|20'
# hf_paper_github: the Hub pages' githubRepo, one row per arXiv author of the paper (new with the
# papers API read for its code link).
# readme_link was 21: two READMEs of one owner linking huggingface.co/datasets/josemartinez/ultrafeedback-es,
# one before a ')' and one before a sentence's '.', gave two rows; the one link extractor drops the dot.
[ "$(cat "$WORK/counts1")" = "$expected_counts" ] \
  || fail "rows per table differ: $(diff <(echo "$expected_counts") "$WORK/counts1")"

# --- GitHub ------------------------------------------------------------------------------------
# Unicode names exactly as sent; absent fields NULL, not "".
expect_sql "jmartinez-nlp|José Martínez
kwatanabe|
li-ming-dev|李明
lnowak-ml|Łukasz Nowak
smueller|Sebastian Müller" \
  "SELECT a.handle, p.name FROM github_profiles p JOIN accounts a ON a.id = p.account_id
   WHERE a.handle IN ('lnowak-ml', 'li-ming-dev', 'jmartinez-nlp', 'smueller', 'kwatanabe') ORDER BY a.handle"
expect_sql "1" "SELECT count(*) FROM github_profiles WHERE name IS NULL AND blog IS NULL AND bio IS NULL" "kwatanabe's nulls"
expect_sql "priyar|1|priya@priya.dev" \
  "SELECT a.handle, p.hireable, p.email FROM github_profiles p JOIN accounts a ON a.id = p.account_id WHERE p.hireable = 1 AND p.email IS NOT NULL"
# Contributors: both pages, people only (no bots, no anonymous rows).
expect_sql "amara-okafor|41
kwatanabe|23
li-ming-dev|198
lnowak-ml|412
priyar|298" \
  "SELECT a.handle, c.contributions FROM github_contributions c JOIN accounts a ON a.id = c.account_id
   WHERE c.repo_full_name = 'vllm-project/vllm' ORDER BY a.handle"
expect_sql "1" "SELECT count(*) FROM crawl_tasks WHERE kind = 'github.repo_contributors' AND state = 'done'
  AND url LIKE '%/repositories/599547518/contributors?per_page=100&page=2&scout_repo=vllm-project/vllm'" \
  "contributors page 2 followed"
expect_sql "0" "SELECT count(*) FROM accounts WHERE handle LIKE '%[bot]' OR kind = 'bot' OR handle LIKE '%ci%runner%'" "bots stored"
expect_sql "0" "SELECT count(*) FROM crawl_tasks WHERE url LIKE '%bot%' OR url LIKE '%rlhf-collective%'" "bots or orgs followed"
# Repositories: licenses, forks, topics, stars.
expect_sql "lnowak-ml/speculative-decoding-bench|Apache-2.0|0|412|37|[\"llm\",\"inference\",\"speculative-decoding\",\"vllm\",\"benchmark\"]
lnowak-ml/vllm|Apache-2.0|1|0|0|[]
priyar/dotfiles|other|0|3|0|[]
priyar/paged-attention-notes||0|156|12|[\"vllm\",\"paged-attention\",\"llm-serving\"]" \
  "SELECT full_name, coalesce(license, ''), fork, stargazers_count, forks_count, topics_json FROM github_repos
   WHERE full_name IN ('lnowak-ml/speculative-decoding-bench', 'lnowak-ml/vllm', 'priyar/dotfiles',
                       'priyar/paged-attention-notes') ORDER BY full_name"
expect_sql "61840" "SELECT stargazers_count FROM github_repos WHERE full_name = 'vllm-project/vllm'" "seed repository"
# READMEs (base64 with embedded newlines) read for own, starred repositories only.
expect_sql "9" "SELECT count(*) FROM crawl_tasks WHERE kind = 'github.readme'" "README tasks"
expect_sql "0" "SELECT count(*) FROM crawl_tasks WHERE kind = 'github.readme' AND url LIKE '%lnowak-ml/vllm/%'" "fork README"
expect_sql "arxiv:2405.05678|arxiv.org/abs/2405.05678
hf:dataset/liming-ai/kvq-calib|huggingface.co/datasets/liming-ai/kvq-calib
hf:model/liming-ai/kvq-llama-3-8b-dpo|huggingface.co/liming-ai/kvq-llama-3-8b-dpo" \
  "SELECT e.to_ref, e.detail FROM link_evidence e JOIN accounts a ON a.id = e.from_account_id
   WHERE e.kind = 'readme_link' AND a.handle = 'li-ming-dev' ORDER BY e.to_ref"
expect_sql "arxiv:2203.02155
arxiv:2305.18290
arxiv:2310.16944
arxiv:cs/9605103" \
  "SELECT e.to_ref FROM link_evidence e JOIN accounts a ON a.id = e.from_account_id
   WHERE e.kind = 'readme_link' AND a.handle = 'smueller' ORDER BY e.to_ref"
expect_sql "0" "SELECT count(*) FROM link_evidence WHERE to_ref LIKE 'hf:dataset/huggingface/badges%'" "badge images taken for links"
# Profile links: a blog on huggingface.co names the Hub account; x.com names a Twitter handle.
expect_sql "jmartinez-nlp|huggingface|josemartinez
lnowak-ml|huggingface|lnowak" \
  "SELECT a.handle, b.source, b.handle FROM link_evidence e JOIN accounts a ON a.id = e.from_account_id
   JOIN accounts b ON b.id = e.to_account_id WHERE e.kind = 'github_blog_url' ORDER BY a.handle"
expect_sql "priyar|url:priya.dev
smueller|twitter:seb_mueller" \
  "SELECT a.handle, e.to_ref FROM link_evidence e JOIN accounts a ON a.id = e.from_account_id
   WHERE e.kind = 'github_blog_url' AND a.handle IN ('priyar', 'smueller') ORDER BY a.handle"

# --- Hugging Face -------------------------------------------------------------------------------
# The org: a 404 from the users endpoint, then its organization overview.
expect_sql "org|Hugging Face H4|65" \
  "SELECT a.kind, p.fullname, p.num_models FROM hf_profiles p JOIN accounts a ON a.id = p.account_id WHERE a.handle = 'HuggingFaceH4'"
expect_sql "李明 (Ming Li)|0|402" \
  "SELECT p.fullname, p.is_pro, p.num_followers FROM hf_profiles p JOIN accounts a ON a.id = p.account_id WHERE a.handle = 'liming-ai'"
expect_sql '["vllm-project"]' \
  "SELECT p.orgs_json FROM hf_profiles p JOIN accounts a ON a.id = p.account_id WHERE a.handle = 'lnowak'"
# Search paging: page 2 (cursor) found two more authors, whose lists and profiles were crawled.
expect_sql "1" "SELECT count(*) FROM crawl_tasks WHERE kind = 'hf.model_search' AND url LIKE '%cursor=%' AND state = 'done'" \
  "model search page 2"
expect_sql "amaraokafor
josemartinez
liming-ai
lnowak" "SELECT substr(url, instr(url, 'author=') + 7, instr(url, '&limit') - instr(url, 'author=') - 7)
  FROM crawl_tasks WHERE kind = 'hf.author_models' AND url NOT LIKE '%HuggingFaceH4%' ORDER BY 1" "authors found by search"
# Tags: arxiv:, base_model: (relation word dropped), dataset:.
expect_sql "arxiv|2305.18290
arxiv|2406.07890
base_model|HuggingFaceH4/zephyr-7b-beta
dataset|josemartinez/ultrafeedback-es
license|apache-2.0" \
  "SELECT kind, value FROM hf_model_tags WHERE model_id = 'josemartinez/zephyr-7b-dpo-es' AND kind <> 'tag' ORDER BY kind, value"
# Full objects: cardData and model-index.
expect_sql "mit|mistralai/Mistral-7B-v0.1|[\"en\"]|1|text-generation|684157" \
  "SELECT card_license, card_base_model, card_language_json, eval_results_json LIKE '%AI2 Reasoning Challenge%',
          pipeline_tag, downloads FROM hf_models WHERE id = 'HuggingFaceH4/zephyr-7b-beta'"
expect_sql "auto|llama3" "SELECT gated, card_license FROM hf_models WHERE id = 'liming-ai/kvq-llama-3-8b-dpo'"
expect_sql "1" "SELECT eval_results_json LIKE '%MT-Bench-es%' FROM hf_models WHERE id = 'josemartinez/zephyr-7b-dpo-es'" \
  "model-index read from cardData"
# Cards: governance sections, a template, front matter excluded from the length.
expect_sql 'HuggingFaceH4/zephyr-7b-beta|["intended_use","training_data","training_procedure","evaluation","limitations","citation"]|0
amaraokafor/tiny-dpo-ablations|1
lnowak/spec-draft-160m-dpo|["intended_use","training_data","evaluation"]|0' \
  "SELECT id, CASE WHEN card_is_template THEN '' ELSE card_sections_json || '|' END || card_is_template FROM hf_models
   WHERE id IN ('HuggingFaceH4/zephyr-7b-beta', 'amaraokafor/tiny-dpo-ablations', 'lnowak/spec-draft-160m-dpo')
   ORDER BY id = 'HuggingFaceH4/zephyr-7b-beta' DESC, id"
expect_sql "0" "SELECT count(*) FROM hf_models WHERE card_length IS NULL OR card_length = 0" "models without a card"
# Evidence: arxiv tags, BibTeX eprints in cards, paper claims, code links in cards.
expect_sql "arxiv:2406.07890|hf_arxiv_tag
arxiv:2406.07890|hf_card_arxiv" \
  "SELECT e.to_ref, e.kind FROM link_evidence e JOIN accounts a ON a.id = e.from_account_id
   WHERE a.handle = 'josemartinez' AND e.kind IN ('hf_arxiv_tag', 'hf_card_arxiv') AND e.to_ref LIKE '%2406%' ORDER BY e.kind"
expect_sql "amaraokafor|arxiv:2404.11111|Amara Okafor
amaraokafor|arxiv:2406.07890|Amara Okafor
josemartinez|arxiv:2406.07890|José Martínez" \
  "SELECT a.handle, e.to_ref, e.detail FROM link_evidence e JOIN accounts a ON a.id = e.from_account_id
   WHERE e.kind = 'hf_paper_claim' AND a.handle IN ('josemartinez', 'amaraokafor') ORDER BY a.handle, e.to_ref"
expect_sql "github:li-ming-dev/kv-cache-quant" \
  "SELECT e.to_ref FROM link_evidence e JOIN accounts a ON a.id = e.from_account_id WHERE e.kind = 'hf_card_github' AND a.handle = 'liming-ai'"

# --- What identity needs, and datasets and Spaces (issue 12) -----------------------------------
# Social accounts of each of the 7 candidates (4 list some), stored and read as evidence.
expect_sql "7" "SELECT count(*) FROM crawl_tasks WHERE kind = 'github.user_social_accounts' AND state = 'done'" \
  "social-accounts requests"
expect_sql "jmartinez-nlp|linkedin
li-ming-dev|generic
li-ming-dev|twitter
lnowak-ml|mastodon
priyar|twitter" "SELECT a.handle, s.provider FROM github_social_accounts s JOIN accounts a ON a.id = s.account_id
  ORDER BY a.handle, s.provider"
expect_sql "li-ming-dev|huggingface:liming-ai|0.9
li-ming-dev|twitter:liming_dev|0.9
priyar|twitter:priya_r|0.9" \
  "SELECT a.handle, coalesce(b.source || ':' || b.handle, e.to_ref), e.confidence FROM link_evidence e
   JOIN accounts a ON a.id = e.from_account_id LEFT JOIN accounts b ON b.id = e.to_account_id
   WHERE e.kind = 'github_social_account' AND a.handle IN ('li-ming-dev', 'priyar') ORDER BY 1, 2"
# Homepages (the seed's too); the one fork's parent from its own request (one, not per repository).
expect_sql "li-ming-dev/kv-cache-quant|https://huggingface.co/liming-ai/kvq-llama-3-8b-dpo|
lnowak-ml/vllm||vllm-project/vllm
vllm-project/vllm|https://docs.vllm.ai|" \
  "SELECT full_name, coalesce(homepage, ''), coalesce(parent_full_name, '') FROM github_repos
   WHERE homepage IS NOT NULL OR parent_full_name IS NOT NULL ORDER BY full_name"
expect_sql "github.fork_repo|lnowak-ml/vllm" "SELECT kind, subject_value FROM crawl_tasks WHERE kind = 'github.fork_repo'"
expect_sql "li-ming-dev|hf:model/liming-ai/kvq-llama-3-8b-dpo|0.6" \
  "SELECT a.handle, e.to_ref, e.confidence FROM link_evidence e JOIN accounts a ON a.id = e.from_account_id
   WHERE e.kind = 'github_repo_homepage'"
# Hub bios and account ages; a GitHub profile named in a bio.
expect_sql "lnowak|Inference @ vLLM · code at github.com/lnowak-ml|2022-08-30T09:00:00.000Z" \
  "SELECT a.handle, p.details, p.created_at FROM hf_profiles p JOIN accounts a ON a.id = p.account_id WHERE a.handle = 'lnowak'"
expect_sql "lnowak|github:lnowak-ml|0.9" "SELECT a.handle, e.to_ref, e.confidence FROM link_evidence e
  JOIN accounts a ON a.id = e.from_account_id WHERE e.kind = 'hf_profile_details'"
# Datasets and Spaces of the accounts whose overview counts some (lnowak counts none: not asked).
expect_sql "hf.author_datasets|HuggingFaceH4
hf.author_datasets|josemartinez
hf.author_datasets|liming-ai
hf.author_spaces|HuggingFaceH4
hf.author_spaces|amaraokafor" \
  "SELECT kind, subject_value FROM crawl_tasks WHERE kind IN ('hf.author_datasets', 'hf.author_spaces') ORDER BY 1, 2"
expect_sql "HuggingFaceH4/ultrachat_200k|HuggingFaceH4|612|21034|1860244
HuggingFaceH4/ultrafeedback_binarized|HuggingFaceH4|301|15880|904117
josemartinez/ultrafeedback-es|josemartinez|38|912|14250
liming-ai/kvq-calib|liming-ai|9|340|5120" \
  "SELECT d.id, a.handle, d.likes, d.downloads, d.downloads_all_time FROM hf_datasets d
   JOIN accounts a ON a.id = d.author_account_id ORDER BY d.id"
expect_sql "HuggingFaceH4/open_llm_leaderboard_old|docker|120
HuggingFaceH4/zephyr-chat|gradio|988
amaraokafor/dpo-ablation-explorer|streamlit|17" "SELECT id, sdk, likes FROM hf_spaces ORDER BY id"
expect_sql '["streamlit","dpo","evaluation","region:us"]' \
  "SELECT tags_json FROM hf_spaces WHERE id = 'amaraokafor/dpo-ablation-explorer'"

# --- arXiv --------------------------------------------------------------------------------------
# The search in two pages (page_size 4, six results) and the cited papers by id_list.
expect_sql "2" "SELECT count(*) FROM crawl_tasks WHERE kind = 'arxiv.query_page' AND state = 'done'" "query pages"
expect_sql "1" "SELECT count(*) FROM crawl_tasks WHERE kind = 'arxiv.query_page' AND url LIKE '%start=4%'" "query page 2"
expect_sql "1" "SELECT count(*) FROM crawl_tasks WHERE kind = 'arxiv.id_batch'
  AND url LIKE '%?id_list=1910.09700,2203.02155,2309.06180,cs\%2F9605103&start=0&max_results=4' ESCAPE '\'" "id_list batch"
expect_sql "1910.09700
2203.02155
2305.18290
2309.06180
2310.16944
2402.01234
2404.11111
2405.05678
2406.07890
cs/9605103" "SELECT id FROM arxiv_papers ORDER BY id"
expect_sql "2|Aligning Draft Models with Preference Optimization for Faster Speculative Decoding|cs.CL" \
  "SELECT version, title, primary_category FROM arxiv_papers WHERE id = '2402.01234'"
expect_sql "0|Łukasz Nowak|
1|Priya Raghavan|Lumen Labs
2|Kenji Watanabe|" \
  "SELECT position, author_name, coalesce(affiliation, '') FROM arxiv_authorships WHERE paper_id = '2402.01234' ORDER BY position"
expect_sql "2|1" "SELECT count(*), count(DISTINCT account_id) FROM arxiv_authorships WHERE author_name = 'Łukasz Nowak'" \
  "one arXiv account for an author of two papers"
expect_sql "Journal of Artificial Intelligence Research, Vol 4, (1996), 237-285|L. P. Kaelbling" \
  "SELECT p.journal_ref, a.author_name FROM arxiv_papers p JOIN arxiv_authorships a ON a.paper_id = p.id
   WHERE p.id = 'cs/9605103' AND a.position = 0"
# Code and model links in abstracts and comments, credited to every author of the paper.
expect_sql "3" "SELECT count(*) FROM link_evidence WHERE kind = 'paper_code_link' AND to_ref = 'github:lnowak-ml/speculative-decoding-bench'" \
  "paper_code_link per author"
# The overlap the linker will need: one person, three sources.
expect_sql "github_blog_url
hf_arxiv_tag
hf_card_arxiv
hf_paper_claim
readme_link" \
  "SELECT DISTINCT e.kind FROM link_evidence e JOIN accounts a ON a.id = e.from_account_id LEFT JOIN accounts b ON b.id = e.to_account_id
   WHERE (a.handle IN ('lnowak-ml', 'lnowak') AND (e.to_ref = 'arxiv:2402.01234' OR b.handle = 'lnowak')) ORDER BY 1"

# --- status: no failed tasks --------------------------------------------------------------------
expect_exit 0 "$SCOUT" status --config "$WORK/scout.toml"
# 69 tasks: 62 before the Hugging Face listings were expanded (six /api/models/{id} fewer), 56
# before issue 12's identity requests (7 social-accounts lists, 1 fork, 3 dataset and 2 Space lists).
# 3 more since every stored paper's Hub page is asked, not only tagged papers' (10 pages, not 7).
grep -q "^frontier: done=72$" "$WORK/out" || fail "status frontier line: $(grep frontier "$WORK/out")"
grep -q "failed tasks" "$WORK/out" && fail "status lists failed tasks: $(cat "$WORK/out")"

# ============================================================================================
# 2. The re-crawl with freshness_hours = 0: mostly 304, the same rows
# ============================================================================================
expect_exit 0 "$SCOUT" crawl --config "$WORK/refresh.toml"
expect_in_err "crawl run 2 succeeded (drained)"
read -r requests not_modified failed <<<"$(q "SELECT requests, not_modified, tasks_failed FROM crawl_runs WHERE id = 2" | tr '|' ' ')"
[ "$failed" -eq 0 ] || fail "re-crawl failed $failed tasks"
first_requests=$(q "SELECT requests FROM crawl_runs WHERE id = 1")
[ "$requests" -gt 0 ] && [ "$requests" -le "$first_requests" ] \
  || fail "re-crawl made $requests requests (the first crawl $first_requests)"
# Every recorded answer with a validator comes back 304; only the two arXiv query pages
# (arXiv sends no ETag), the two recorded 404s and the three paper pages the world lacks (404s) do not.
[ $((requests - not_modified)) -eq 7 ] || fail "re-crawl: only $not_modified of $requests answered 304"
counts >"$WORK/counts2"
diff "$WORK/counts1" "$WORK/counts2" >/dev/null || fail "re-crawl changed row counts: $(diff "$WORK/counts1" "$WORK/counts2")"
expect_sql "José Martínez" "SELECT p.name FROM github_profiles p JOIN accounts a ON a.id = p.account_id WHERE a.handle = 'jmartinez-nlp'" \
  "profile after the 304 re-parse"
# The listings expand every model field scout reads, so no model needed /api/models/{id}; each
# listing entry brought downloads of the last 30 days and of all time, and the parameter count.
expect_sql "0" "SELECT count(*) FROM crawl_tasks WHERE kind = 'hf.model'" "per-model requests beside expanded listings"
expect_sql "josemartinez/zephyr-7b-dpo-es|2874|61847|7241732096
liming-ai/kvq-llama-3-8b-dpo|15402|158930|8030261248" \
  "SELECT id, downloads, downloads_all_time, parameter_count FROM hf_models WHERE id IN
     ('josemartinez/zephyr-7b-dpo-es', 'liming-ai/kvq-llama-3-8b-dpo') ORDER BY id" "downloads and parameters"
# Base models keep their relation: a fine-tune is training work, a quantisation a re-upload.
expect_sql "HuggingFaceH4/mistral-7b-sft-beta|mistralai/Mistral-7B-v0.1|finetune
HuggingFaceH4/zephyr-7b-beta|mistralai/Mistral-7B-v0.1|finetune
amaraokafor/tiny-dpo-ablations|EleutherAI/pythia-410m|finetune
josemartinez/zephyr-7b-dpo-es|HuggingFaceH4/zephyr-7b-beta|finetune
liming-ai/kvq-llama-3-8b-dpo|meta-llama/Meta-Llama-3-8B-Instruct|quantized
lnowak/spec-draft-160m-dpo|EleutherAI/pythia-160m|finetune" \
  "SELECT model_id, base_model_id, relation FROM hf_model_base_models ORDER BY model_id" "base-model relations"
expect_sql '["intended_use","training_data","training_procedure","evaluation","limitations","citation"]|mit' \
  "SELECT card_sections_json, card_license FROM hf_models WHERE id = 'HuggingFaceH4/zephyr-7b-beta'" "card after the re-crawl"

# ============================================================================================
# 3. Bad shapes: only the broken answers' tasks fail
# ============================================================================================
bad=$ROOT/tests/fixtures/sources_e2e/bad
start_replay "$bad/github"; github=$BASE_URL
start_replay "$bad/huggingface"; huggingface=$BASE_URL
start_replay "$bad/arxiv"; arxiv=$BASE_URL
cat >"$WORK/bad.toml" <<TOML
[database]
path = "bad.db"
[crawl]
max_attempts = 2
backoff_base_ms = 10
backoff_max_ms = 20
[sources.github]
api_url = "$github"
token_env = "SCOUT_E2E_NO_TOKEN"
seed_repos = ["acme-ai/widgets"]
[sources.huggingface]
api_url = "$huggingface"
token_env = "SCOUT_E2E_NO_TOKEN"
seed_authors = ["acme-ai"]
[sources.arxiv]
api_url = "$arxiv/api/query"
queries = ["ti:widgets"]
min_interval_ms = 0
TOML
db=$WORK/bad.db
expect_exit 0 "$SCOUT" crawl --config "$WORK/bad.toml"
expect_in_err "crawl run 1 partial (drained)"
expect_in_err " 4 failed"
expect_sql "arxiv.id_batch
github.user|$github/users/bad-dev
hf.model|$huggingface/api/models/acme-ai/widget-1b
hf.user_overview|$huggingface/api/users/acme-ai/overview" \
  "SELECT kind || CASE WHEN kind = 'arxiv.id_batch' THEN '' ELSE '|' || url END FROM crawl_tasks WHERE state = 'failed' ORDER BY kind" \
  "failed tasks"
# widget-7b's expanded listing entry is complete; widget-1b's lacks downloadsAllTime, so only
# widget-1b asks for /api/models/{id} (and gets the broken answer). 15 = 10, + the social
# accounts of good-dev, + the Hub page of the stored paper 2402.00002 (404), + zoe-adler, who
# claimed 2401.00001, crawled one hop out (models, user and organisation overviews: 404s).
expect_sql "15" "SELECT count(*) FROM crawl_tasks WHERE state = 'done'" "tasks done beside the broken ones"
expect_sql "hf.model|acme-ai/widget-1b" "SELECT kind, subject_value FROM crawl_tasks WHERE kind = 'hf.model'" \
  "per-model requests in the bad world"
# Each message names the URL and what was wrong.
error_of() { q "SELECT last_error FROM crawl_tasks WHERE state = 'failed' AND kind = '$1'"; }
check_error() {  # check_error KIND TEXT...
  local kind=$1 message; shift; message=$(error_of "$kind")
  for text in "$@"; do
    [[ "$message" == *"$text"* ]] || fail "$kind's error lacks '$text': $message"
  done
}
check_error github.user "$github/users/bad-dev" "field 'id'" "expected integer, got string"
check_error hf.model "$huggingface/api/models/acme-ai/widget-1b" "field 'downloads'" "got nothing"
check_error hf.user_overview "$huggingface/api/users/acme-ai/overview" "expected JSON" "<!DOCTYPE html>"
check_error arxiv.id_batch "$arxiv/api/query?id_list=2401.00001"
# Everything else is stored.
expect_sql "1|2|2" "SELECT (SELECT count(*) FROM github_profiles), (SELECT count(*) FROM github_repos),
  (SELECT count(*) FROM github_contributions)" "GitHub rows beside the broken profile"
expect_sql "Zoë Ådler|https://huggingface.co/zoe-adler" \
  "SELECT name, blog FROM github_profiles" "the good profile"
expect_sql "acme-ai/widget-1b|||1
acme-ai/widget-7b|apache-2.0|mistralai/Mistral-7B-v0.1|1" \
  "SELECT id, coalesce(card_license, ''), coalesce(card_base_model, ''), card_length > 0 FROM hf_models ORDER BY id" \
  "models: the list entry and card kept when the full object is broken"
expect_sql "acme-ai/widget-1b||
acme-ai/widget-7b|48210|162322944" \
  "SELECT id, coalesce(downloads_all_time, ''), coalesce(parameter_count, '') FROM hf_models ORDER BY id" \
  "downloads of all time only where the listing gave them"
expect_sql "0" "SELECT count(*) FROM hf_profiles" "profiles from an HTML page"
expect_sql "arxiv|2401.00001" "SELECT kind, value FROM hf_model_tags WHERE kind = 'arxiv'" "arxiv tag"
expect_sql "2402.00002|Zoë Ådler" \
  "SELECT p.id, a.author_name FROM arxiv_papers p JOIN arxiv_authorships a ON a.paper_id = p.id" "papers"
expect_sql "github_blog_url|
hf_arxiv_tag|arxiv:2401.00001
hf_paper_claim|arxiv:2401.00001
readme_link|arxiv:2401.00001" "SELECT kind, to_ref FROM link_evidence ORDER BY kind, to_ref" "evidence"
# 1401.00001 is not an id arXiv could have issued (2014 ids have four digits after the dot):
# it is never taken from the README, so it cannot make arXiv reject a whole id_list batch.
expect_sql "0" "SELECT count(*) FROM link_evidence WHERE to_ref LIKE '%1401.00001%'" "malformed arXiv id ignored"
expect_exit 0 "$SCOUT" status --config "$WORK/bad.toml"
grep -q "failed=4" "$WORK/out" || fail "status does not count 4 failed tasks: $(cat "$WORK/out")"
for url in "$github/users/bad-dev" "$huggingface/api/models/acme-ai/widget-1b" "$huggingface/api/users/acme-ai/overview"; do
  grep -qF "$url after 2 attempts: $url: " "$WORK/out" || fail "status does not list $url with its error: $(cat "$WORK/out")"
done
# arXiv answers a bad request with HTTP 400 and an Atom feed whose one entry is the error; the
# message must carry its <summary>, on one line, not the start of the XML.
check_error arxiv.id_batch "arXiv error: incorrect id format for 2401.00001"
[ "$(error_of arxiv.id_batch | wc -l)" -eq 1 ] || fail "arxiv.id_batch's error spans lines: $(error_of arxiv.id_batch)"

echo "sources_crawl: ok"
