#!/bin/sh
# End-to-end check of the scout-replay executable: port 0 + --port-file, faults from
# flags, the control API, exit 0 on SIGTERM, exit 2 on bad usage and bad fixtures.
# Usage: cli_smoke.sh path/to/scout-replay tests/fixtures/replay_selftest
set -eu
bin=$1
root=$2
work=$(mktemp -d)
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fetch() { curl --noproxy '*' -s "$@"; }

"$bin" --root "$root" --port 0 --port-file "$work/port" --auto-etag \
  --fault '{"kind":"status","status":503,"count":1}' --fault '{"kind":"latency","ms":1}' \
  >"$work/out" 2>"$work/err" &
pid=$!
i=0
while [ ! -s "$work/port" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
port=$(cat "$work/port")
base="http://127.0.0.1:$port"
grep -q "listening on $base" "$work/out"

test "$(fetch -o /dev/null -w '%{http_code}' "$base/users/octocat")" = 503
test "$(fetch -o /dev/null -w '%{http_code}' "$base/users/octocat")" = 200
fetch -D - -o /dev/null "$base/api/models/google-bert/bert-base-uncased" | grep -qi '^etag: "'
fetch "$base/__replay/faults" | grep -q '"kind":"latency"'
fetch "$base/__replay/stats" | grep -q '"requests":3'

kill -TERM "$pid"
wait "$pid"
pid=

# An enforced limit in Hugging Face style, plus global latency.
rm -f "$work/port"
"$bin" --root "$root" --port-file "$work/port" --rate-limit 1 --rate-window 60 --rate-style hf \
  --latency-ms 1 --threads 4 >"$work/out" 2>"$work/err" &
pid=$!
i=0
while [ ! -s "$work/port" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
base="http://127.0.0.1:$(cat "$work/port")"
test "$(fetch -o /dev/null -w '%{http_code}' "$base/users/octocat")" = 200
fetch -D - -o /dev/null "$base/users/octocat" >"$work/limited"
grep -q '^HTTP/1.1 429' "$work/limited"
grep -qi '^ratelimit-policy: "fixed window";"api";q=1;w=60' "$work/limited"
grep -qi '^retry-after: ' "$work/limited"
kill -INT "$pid"
wait "$pid"
pid=

rc=0
"$bin" --root "$root" --host 0.0.0.0 2>"$work/err2" || rc=$?
test "$rc" = 2
grep -q "refusing to bind a non-loopback address" "$work/err2"

mkdir "$work/bad"
echo '{"request": {"path": "/x"}, "respnse": {}}' >"$work/bad/broken.json"
rc=0
"$bin" --root "$work/bad" 2>"$work/err3" || rc=$?
test "$rc" = 2
grep -q "broken.json: exchange: unknown key \"respnse\"" "$work/err3"

rc=0
"$bin" --root "$root" --fault '{"kind":"nope"}' 2>"$work/err4" || rc=$?
test "$rc" = 2
grep -q "kind: must be one of" "$work/err4"
echo "cli smoke: ok"
