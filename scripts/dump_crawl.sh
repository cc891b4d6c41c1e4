#!/usr/bin/env bash
# dump_crawl.sh SCOUT REPLAY OUT [BASE_PORT]: crawls the demo world (sample/replay) into a
# fresh database, twice as the demo does (the second run answered 304), and writes a
# canonical dump of every table to OUT. Two dumps made by different builds are equal when
# the builds crawl alike: `diff` them to show a refactoring changed no behaviour.
#
# Left out of the dump, because they differ between any two runs of the same build: row ids
# (the three sources are crawled at once) and bookkeeping times (when scout wrote a row or
# fetched a URL); and the subject_* columns of migration 9, so a dump made before that
# migration compares with one made after it.
# The replay servers listen on BASE_PORT, +1 and +2 (default 47611) in every run: their
# URLs are in the archived bodies, which are compressed, so a port cannot be edited out.
set -euo pipefail
scout=$1
replay=$2
out=$3
port=${4:-47611}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

start_replay() {  # start_replay SOURCE PORT
  "$replay" --root "$root/sample/replay/$1" --port "$2" --port-file "$work/$1.port" --auto-etag \
    >/dev/null 2>"$work/replay-$1.log" &
  pids+=($!)
  for _ in $(seq 100); do
    [ -s "$work/$1.port" ] && return
    sleep 0.05
  done
  echo "dump_crawl: replay server for $1 did not start on port $2: $(cat "$work/replay-$1.log")" >&2
  exit 1
}
start_replay github "$port"
start_replay huggingface $((port + 1))
start_replay arxiv $((port + 2))

sed -e "s#@GITHUB@#http://127.0.0.1:$port#" -e "s#@HUGGINGFACE@#http://127.0.0.1:$((port + 1))#" \
  -e "s#@ARXIV@#http://127.0.0.1:$((port + 2))/api/query#" "$root/sample/demo.toml.in" >"$work/scout.toml"
"$scout" init --config "$work/scout.toml" >/dev/null
"$scout" crawl --config "$work/scout.toml" 2>"$work/crawl1.log"
"$scout" crawl --config "$work/scout.toml" 2>"$work/crawl2.log"
db=$work/scout.db

# The records, canonically (tests/e2e/data_dump.sql: no surrogate ids, no write times).
sqlite3 "$db" <"$root/tests/e2e/data_dump.sql" >"$out"
# The crawl's own state, canonically: rows named by natural keys (a task by kind and URL, a
# body by URL), since row ids follow the order in which the three sources' pages came back.
# Left out: times of writes and fetches, wait_json (seconds waited) and subject_* columns.
sqlite3 "$db" >>"$out" <<'SQL'
.mode list
.separator '|'
SELECT 'crawl_runs', id, status, command, requests, status_2xx, status_3xx, status_4xx, status_5xx, not_modified,
       transport_errors, retries, bytes, tasks_done, tasks_failed, quote(message) FROM crawl_runs ORDER BY id;
SELECT 'crawl_tasks', t.source, t.kind, t.url, coalesce(p.kind || ' ' || p.url, ''), t.state, t.attempts,
       quote(t.last_error), quote(t.last_status)
  FROM crawl_tasks t LEFT JOIN crawl_tasks p ON p.id = t.parent_id ORDER BY t.kind, t.url;
SELECT 'raw_responses', url, status, headers_json, encoding, hex(body), body_bytes, quote(parser_version)
  FROM raw_responses ORDER BY url, hex(body);
SELECT 'http_cache', c.url, quote(c.etag), quote(c.last_modified), c.status, coalesce(r.url || ' ' || r.body_bytes, '')
  FROM http_cache c LEFT JOIN raw_responses r ON r.id = c.raw_response_id ORDER BY c.url;
SQL
# Response headers the replay server dates.
sed -i -E 's/\["Date","[^"]*"\]/["Date","-"]/g' "$out"
echo "dump_crawl: $(wc -l <"$out") lines in $out"
