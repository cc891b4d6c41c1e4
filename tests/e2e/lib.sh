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
