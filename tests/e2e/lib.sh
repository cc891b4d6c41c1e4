# Shared helpers for e2e scenarios: sourced, never run.
set -euo pipefail
SCOUT=$1
REPLAY=$2
ROOT=$3
WORK=$(mktemp -d)
REPLAY_PIDS=()
cleanup() {
  for pid in "${REPLAY_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

# expect_exit CODE CMD... : runs CMD, checks its exit code, leaves stderr in $WORK/err.
expect_exit() {
  local want=$1; shift
  set +e; "$@" >"$WORK/out" 2>"$WORK/err"; local got=$?; set -e
  [ "$got" -eq "$want" ] || fail "exit $got (wanted $want) from: $* -- stderr: $(cat "$WORK/err")"
}

expect_in_err() { grep -qF -- "$1" "$WORK/err" || fail "stderr lacks '$1': $(cat "$WORK/err")"; }

# start_replay DIR [flags...]: starts a replay server on a free port and sets $BASE_URL.
# Call it directly, not inside $(...), so the EXIT trap can stop the server.
start_replay() {
  local dir=$1; shift
  local port_file; port_file=$(mktemp "$WORK/port.XXXX")
  "$REPLAY" --root "$dir" --port 0 --port-file "$port_file" "$@" >/dev/null 2>"$WORK/replay.err" &
  REPLAY_PIDS+=($!)
  for _ in $(seq 100); do
    [ -s "$port_file" ] && { BASE_URL="http://127.0.0.1:$(cat "$port_file")"; return; }
    sleep 0.05
  done
  fail "replay server did not start: $(cat "$WORK/replay.err")"
}

# org_users_fixture DIR N: a GitHub fixture of N organisation pages /users/user0.. (the parser
# queues no follow-ups for organisations, so a crawl of them is exactly N pages), and sets
# $USER_SEEDS to the TOML list of their logins.
org_users_fixture() {
  python3 - "$1" "$2" <<'PY'
import json, os, sys
root, n = sys.argv[1], int(sys.argv[2])
os.makedirs(root)
exchanges = [{"request": {"path": f"/users/user{i}"},
              "response": {"status": 200,
                           "headers": {"Content-Type": "application/json; charset=utf-8", "ETag": f'"u{i}"'},
                           "body_json": {"login": f"user{i}", "id": i, "type": "Organization", "name": f"Usér {i}"}}}
             for i in range(n)]
json.dump(exchanges, open(os.path.join(root, "users.json"), "w"))
PY
  USER_SEEDS=$(python3 -c "print(', '.join('\"user%d\"' % i for i in range($2)))")
}

# users_config NAME CONCURRENCY: $WORK/NAME.toml crawling $USER_SEEDS from $BASE_URL into
# $WORK/NAME.db, GitHub only.
users_config() {
  cat >"$WORK/$1.toml" <<TOML
[database]
path = "$WORK/$1.db"
[crawl]
concurrency = $2
[sources.github]
api_url = "$BASE_URL"
token_env = "SCOUT_E2E_NO_TOKEN"
seed_repos = []
seed_users = [$USER_SEEDS]
max_concurrency = 4
[sources.huggingface]
enabled = false
[sources.arxiv]
enabled = false
TOML
}
