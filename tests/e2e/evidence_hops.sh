# Following the evidence one hop out (issue 12): in a small recorded world
# (tests/fixtures/evidence_hops/), the seed Hub author aokoro has a model whose card links the
# GitHub profile ada-okoro, and an arXiv paper that the query finds has a Hub page on which
# Tobias Lind claimed it as Hub user tlind and whose githubRepo is tobias-lind/sparse-shaping.
# None of tlind, ada-okoro, tobias-lind is a seed: the crawl reaches them one hop out, and
# `scout link` merges each into the person the evidence names. tlind's own card links a
# GitHub account that is not crawled (one hop, no more); Mira Castell's hidden claim is not kept.
source "$(dirname "$0")/lib.sh"

q() { sqlite3 "$db" "$1"; }
expect_sql() {  # expect_sql WANT SQL [WHAT]
  local got; got=$(q "$2")
  [ "$got" = "$1" ] || fail "${3:-$2}: got '$got', wanted '$1'"
}

world=$ROOT/tests/fixtures/evidence_hops
start_replay "$world/github"; github=$BASE_URL
start_replay "$world/huggingface"; huggingface=$BASE_URL
start_replay "$world/arxiv"; arxiv=$BASE_URL
write_config() {  # write_config NAME BUDGET [FRESHNESS_HOURS]
  cat >"$WORK/$1.toml" <<TOML
[database]
path = "$1.db"
[crawl]
evidence_hop_budget = $2
freshness_hours = ${3:-20}
[sources.github]
api_url = "$github"
token_env = "SCOUT_E2E_NO_TOKEN"
seed_repos = []
[sources.huggingface]
api_url = "$huggingface"
token_env = "SCOUT_E2E_NO_TOKEN"
seed_authors = ["aokoro"]
[sources.arxiv]
api_url = "$arxiv/api/query"
queries = ["ti:shaping"]
min_interval_ms = 0
[identity]
overrides = "$1-overrides.toml"
TOML
}

# --- 1. budget 10: all three accounts the evidence points at are crawled -----------------------
write_config hops 10
db=$WORK/hops.db
expect_exit 0 "$SCOUT" crawl --config "$WORK/hops.toml"
expect_in_err "crawl run 1 succeeded (drained)"
expect_in_err "account(s) one hop out"
expect_sql "github|ada-okoro|hf_card_github|huggingface:aokoro|1
github|tobias-lind|hf_paper_github|arxiv:ada okoro|1
huggingface|tlind|hf_paper_claim|arxiv:2410.05555|1" \
  "SELECT source, handle, kind, pointed_by, crawl_run_id FROM evidence_hops ORDER BY source, handle" "hops"
# Crawled like any account: their profiles are stored.
expect_sql "ada-okoro|Ada Okoro
tobias-lind|Tobias Lind" \
  "SELECT a.handle, p.name FROM github_profiles p JOIN accounts a ON a.id = p.account_id ORDER BY a.handle"
expect_sql "aokoro|Ada Okoro
tlind|Tobias Lind" \
  "SELECT a.handle, p.fullname FROM hf_profiles p JOIN accounts a ON a.id = p.account_id ORDER BY a.handle"
# The paper page: githubRepo, upvotes, the claims; the hidden one is not stored anywhere.
expect_sql "2410.05555|https://github.com/tobias-lind/sparse-shaping|12" "SELECT arxiv_id, github_repo, upvotes FROM hf_papers"
expect_sql "0|Mira Castell|
1|Tobias Lind|tlind
2|Ada Okoro|aokoro" "SELECT position, name, coalesce(hf_user, '') FROM hf_paper_authors ORDER BY position"
expect_sql "0" "SELECT count(*) FROM accounts WHERE handle = 'mcastell'" "the hidden claimant"
# One hop, no more: tlind's card links deep-hop-user, which is evidence but is not crawled.
expect_sql "1" "SELECT count(*) FROM link_evidence WHERE to_ref = 'github:deep-hop-user'" "the hop account's evidence"
expect_sql "0" "SELECT count(*) FROM crawl_tasks WHERE url LIKE '%deep-hop-user%'" "a second hop"
# Every paper page once, planned from the stored paper (not from the model's arxiv: tag).
expect_sql "hf.paper|2410.05555|0" "SELECT kind, subject_value, coalesce(parent_id, 0) FROM crawl_tasks WHERE kind = 'hf.paper'"
expect_sql "0" "SELECT count(*) FROM crawl_tasks WHERE state <> 'done'" "tasks not done"

# The evidence links them: each person holds the accounts the evidence names.
expect_exit 0 "$SCOUT" link --config "$WORK/hops.toml"
person_of() { q "SELECT group_concat(a.source || ':' || a.handle, ' ') FROM (SELECT a.source, a.handle FROM person_accounts pa
  JOIN accounts a ON a.id = pa.account_id WHERE pa.person_id = (SELECT pa2.person_id FROM person_accounts pa2
  JOIN accounts b ON b.id = pa2.account_id WHERE b.source || ':' || b.handle = '$1') ORDER BY a.source, a.handle) a"; }
[ "$(person_of huggingface:tlind)" = "arxiv:tobias lind github:tobias-lind huggingface:tlind" ] \
  || fail "tlind's person: $(person_of huggingface:tlind)"
[ "$(person_of huggingface:aokoro)" = "arxiv:ada okoro github:ada-okoro huggingface:aokoro" ] \
  || fail "aokoro's person: $(person_of huggingface:aokoro)"
expect_exit 0 "$SCOUT" explain --config "$WORK/hops.toml" github:tobias-lind
for want in "hf_paper_claim (strong" "paper_code_link (medium, names match)" "hf_paper_github: arxiv:tobias lind -> github:tobias-lind/sparse-shaping" \
            "github_blog_url (strong" "arxiv:tobias lind"; do
  grep -qF -- "$want" "$WORK/out" || fail "explain github:tobias-lind lacks '$want': $(cat "$WORK/out")"
done

# A re-crawl plans no new hop: every account evidence points at is crawled or a hop already.
expect_exit 0 "$SCOUT" crawl --config "$WORK/hops.toml"
expect_sql "3" "SELECT count(*) FROM evidence_hops" "hops after a re-crawl"
# Once stale, the hop accounts are re-visited like any crawled account, conditionally.
write_config stale 10 0
sed -i "s#^path = .*#path = \"hops.db\"#" "$WORK/stale.toml"
gets() { curl -s "$1/__replay/stats" | python3 -c "import json, sys; print(json.load(sys.stdin)['by_path'].get('GET $2', 0))"; }
expect_exit 0 "$SCOUT" crawl --config "$WORK/stale.toml"
[ "$(gets "$github" /users/tobias-lind)" = 2 ] || fail "tobias-lind asked $(gets "$github" /users/tobias-lind) times, wanted 2"
[ "$(gets "$huggingface" /api/users/tlind/overview)" = 2 ] || fail "tlind's overview not re-visited"
expect_sql "3|1" "SELECT count(*), max(crawl_run_id) FROM evidence_hops" "hops after a stale re-crawl (all from run 1)"

# --- 2. budget 1: the claimant first; the other two wait for a later run -------------------------
write_config one 1
db=$WORK/one.db
expect_exit 0 "$SCOUT" crawl --config "$WORK/one.toml"
expect_sql "huggingface|tlind" "SELECT source, handle FROM evidence_hops" "hops within a budget of 1"
expect_sql "0" "SELECT count(*) FROM github_profiles" "GitHub accounts crawled beyond the budget"
expect_exit 0 "$SCOUT" crawl --config "$WORK/one.toml"
expect_sql "github|ada-okoro" "SELECT source, handle FROM evidence_hops WHERE crawl_run_id = 2" "the next run's hop"

# --- 3. budget 0: no hop at all ------------------------------------------------------------------
write_config none 0
db=$WORK/none.db
expect_exit 0 "$SCOUT" crawl --config "$WORK/none.toml"
expect_sql "0" "SELECT count(*) FROM evidence_hops" "hops with the budget off"
expect_sql "1" "SELECT count(*) FROM hf_papers" "paper pages with the budget off"
echo "evidence_hops: ok"
