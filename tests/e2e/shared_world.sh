# Helpers for the scenarios over the shared-contributors world (shared_world.py): sourced
# after lib.sh, never run.

SEEDS_FORWARD='"alpha-lab/alpha", "beta-lab/beta", "gamma-lab/gamma", "vllm-project/vllm"'
SEEDS_REVERSED='"vllm-project/vllm", "gamma-lab/gamma", "beta-lab/beta", "alpha-lab/alpha"'

# start_shared_world LATENCY_MS: writes the world to $WORK/world and starts one replay server
# per API, each answering after LATENCY_MS; sets $GITHUB_URL, $HF_URL and $ARXIV_URL.
start_shared_world() {
  python3 "$ROOT/tests/e2e/shared_world.py" "$WORK/world" "$ROOT/sample/replay"
  start_replay "$WORK/world/github" --latency-ms "$1"; GITHUB_URL=$BASE_URL
  start_replay "$WORK/world/huggingface" --latency-ms "$1"; HF_URL=$BASE_URL
  start_replay "$WORK/world/arxiv" --latency-ms "$1"; ARXIV_URL=$BASE_URL
}

# shared_config NAME SEEDS FRESHNESS_HOURS CONCURRENCY: $WORK/NAME.toml crawling the world
# with the GitHub seed repositories in the order SEEDS lists them, into $WORK/NAME.db.
shared_config() {
  cat >"$WORK/$1.toml" <<TOML
[database]
path = "$WORK/$1.db"
[crawl]
concurrency = $4
freshness_hours = $3
[sources.github]
api_url = "$GITHUB_URL"
token_env = "SCOUT_E2E_NO_TOKEN"
seed_repos = [$2]
seed_users = ["jmartinez-nlp"]
search_queries = ["rlhf in:bio"]
[sources.huggingface]
api_url = "$HF_URL"
token_env = "SCOUT_E2E_NO_TOKEN"
seed_authors = ["HuggingFaceH4"]
search_queries = ["dpo"]
[sources.arxiv]
api_url = "$ARXIV_URL/api/query"
queries = ['cat:cs.CL AND abs:"preference optimization"']
page_size = 4
min_interval_ms = 0
TOML
}

# data_dump DB: what the crawl stored, row by row, without ids and write times (data_dump.sql).
data_dump() { sqlite3 "$1" <"$ROOT/tests/e2e/data_dump.sql"; }

# expect_same_data WANT_DUMP DB WHAT: fails with the first differing rows.
expect_same_data() {
  data_dump "$2" >"$WORK/got.dump"
  diff "$1" "$WORK/got.dump" >"$WORK/data.diff" || fail "$3: data differs from the uninterrupted crawl's:
$(head -20 "$WORK/data.diff")"
}
