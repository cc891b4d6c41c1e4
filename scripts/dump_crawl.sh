#!/usr/bin/env bash
# dump_crawl.sh SCOUT REPLAY OUT [BASE_PORT]: crawls the demo world (sample/replay) into a
# fresh database, twice as the demo does (the second run answered 304), and writes a
# canonical dump of every table to OUT. Two dumps made by different builds are equal when
# the builds crawl alike: `diff` them to show a refactoring changed no behaviour.
#
# Left out of the dump, because they differ between any two runs of the same build:
#  * bookkeeping times (when scout wrote a row or fetched a URL), listed in $skip below;
#  * columns named subject_* (the typed task subject of migration 9), so a dump made
#    before that migration compares with one made after it.
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

# table.column pairs that hold the time of a write or a fetch (API times are kept).
skip=" accounts.first_seen_at accounts.updated_at github_profiles.fetched_at hf_profiles.fetched_at
 github_repos.fetched_at github_contributions.fetched_at hf_models.fetched_at arxiv_papers.fetched_at
 link_evidence.created_at crawl_runs.started_at crawl_runs.finished_at crawl_runs.wait_json
 crawl_tasks.created_at crawl_tasks.updated_at crawl_tasks.done_at crawl_tasks.done_ms
 crawl_tasks.next_attempt_at raw_responses.fetched_at http_cache.fetched_at schema_migrations.applied_at "

: >"$out"
for table in $(sqlite3 "$db" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"); do
  columns=()
  for column in $(sqlite3 "$db" "SELECT name FROM pragma_table_info('$table') ORDER BY cid"); do
    case "$skip" in *" $table.$column "*) continue ;; esac
    case "$column" in subject_*) continue ;; esac
    columns+=("quote($column)")
  done
  list=$(IFS=,; echo "${columns[*]}")
  echo "== $table (${#columns[@]} columns)" >>"$out"
  sqlite3 "$db" "SELECT $list FROM \"$table\" ORDER BY $list" >>"$out"
done
# Response headers the replay server dates.
sed -i -E 's/\["Date","[^"]*"\]/["Date","-"]/g' "$out"
echo "dump_crawl: $(wc -l <"$out") lines in $out"
