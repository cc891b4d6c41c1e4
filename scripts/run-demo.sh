#!/usr/bin/env bash
# run-demo.sh SCOUT REPLAY WORKDIR: the demo pipeline with given binaries. Starts one
# replay server per API over sample/replay/<source>, writes WORKDIR/scout.toml pointing
# at them, and runs every pipeline step that is built so far.
set -euo pipefail
scout=$1
replay=$2
work=$3
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$work"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

# The recorded world, copied so that the second night can change it (sample/night2/).
rm -rf "$work/world"
mkdir -p "$work/world"
cp -r "$root/sample/replay/." "$work/world/"

# start_replay SOURCE [PORT]: starts its server over $work/world/SOURCE in this shell (so the
# EXIT trap sees the pid), on PORT when given, and sets $base_url and ${pid_of[SOURCE]}.
# Not for use inside $(...).
declare -A pid_of
start_replay() {
  local port_file="$work/.replay-$1.port"
  rm -f "$port_file"
  "$replay" --root "$work/world/$1" --port "${2:-0}" --port-file "$port_file" --auto-etag \
    >/dev/null 2>"$work/replay-$1.log" &
  pids+=($!)
  pid_of[$1]=$!
  for _ in $(seq 100); do
    [ -s "$port_file" ] && { base_url="http://127.0.0.1:$(cat "$port_file")"; return; }
    sleep 0.05
  done
  echo "replay server for $1 did not start: $(cat "$work/replay-$1.log")" >&2
  exit 1
}

start_replay github; github=$base_url
start_replay huggingface; huggingface=$base_url
start_replay arxiv; arxiv=$base_url

sed -e "s#@GITHUB@#$github#" -e "s#@HUGGINGFACE@#$huggingface#" -e "s#@ARXIV@#$arxiv/api/query#" \
  "$root/sample/demo.toml.in" >"$work/scout.toml"

echo "== scout init" >&2
"$scout" init --config "$work/scout.toml"
echo "== scout crawl (fetches every seed through the crawl engine; profiles, repositories, models, cards, papers and link evidence)" >&2
"$scout" crawl --config "$work/scout.toml"
echo "== scout crawl again (unchanged data: answered 304 Not Modified)" >&2
"$scout" crawl --config "$work/scout.toml"
echo "== scout config show (API base URLs point at the local replay servers)" >&2
"$scout" config show --config "$work/scout.toml" | grep -E '^(\[|api_url|path)'
echo "== scout link (accounts merged into people from the evidence; each person with more than one account)" >&2
"$scout" link --config "$work/scout.toml" --show-people
echo "== scout status" >&2
"$scout" status --config "$work/scout.toml"
echo "== scout rank (people scored per sub-specialisation; the top ten)" >&2
"$scout" rank --config "$work/scout.toml"
echo "== scout explain hf:josemartinez (the evidence behind one person, and their score signal by signal)" >&2
"$scout" explain --config "$work/scout.toml" hf:josemartinez
echo "== scout evaluate (how well the default weights order a recruiter's labelled list, sample/labels.csv)" >&2
"$scout" evaluate --config "$work/scout.toml" --labels "$root/sample/labels.csv"
echo "== scout export (the shortlist a recruiter opens: HTML in a browser, CSV in a spreadsheet)" >&2
mkdir -p "$work/shortlist"
"$scout" export --config "$work/scout.toml" --format html --out "$work/shortlist/shortlist.html"
"$scout" export --config "$work/scout.toml" --format csv --out "$work/shortlist/shortlist.csv"
echo "shortlist written: $work/shortlist/shortlist.html (open in a browser) and $work/shortlist/shortlist.csv (open in a spreadsheet)"
echo "== scout nightly (crawl, link, rank and export in one run under the writer lock; the first nightly run has nothing to compare with)" >&2
"$scout" nightly --config "$work/scout.toml" --export-dir "$work/exports"
echo "== the world changes overnight (sample/night2: a new paper, a new model, more commits); scout nightly again" >&2
for source in github huggingface arxiv; do
  port=$(cat "$work/.replay-$source.port")
  kill "${pid_of[$source]}"
  wait "${pid_of[$source]}" 2>/dev/null || true
  cp -r "$root/sample/night2/$source/." "$work/world/$source/"
  start_replay "$source" "$port"
done
summary=$("$scout" nightly --config "$work/scout.toml" --export-dir "$work/exports")
echo "$summary"
folder=${summary##*; exports in }
echo "== $folder/changes.md (what changed since the last nightly run)" >&2
cat "$folder/changes.md"
