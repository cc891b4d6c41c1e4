# Two nightly runs against the replay servers, the recorded world changing in between (a new
# paper, a new model, more commits: sample/night2/README.md). The second run is
# incremental (mostly 304s), writes a new dated folder without touching the first, and its
# changes.md names exactly the people and reasons the world changed by.
source "$(dirname "$0")/lib.sh"

mkdir -p "$WORK/world"
cp -r "$ROOT/sample/replay/." "$WORK/world/"

# serve SOURCE [PORT]: (re)starts SOURCE's server over $WORK/world/SOURCE, on PORT when
# given (the second night keeps the first night's URLs, so the crawler's conditional
# requests go to the same place); sets PORT_<SOURCE>.
declare -A PORT PID
serve() {
  local source=$1 port=${2:-0} port_file="$WORK/$1.port"
  rm -f "$port_file"
  "$REPLAY" --root "$WORK/world/$source" --port "$port" --port-file "$port_file" --auto-etag \
    >/dev/null 2>"$WORK/replay-$source.err" &
  PID[$source]=$!
  REPLAY_PIDS+=(${PID[$source]})
  for _ in $(seq 100); do
    [ -s "$port_file" ] && { PORT[$source]=$(cat "$port_file"); return; }
    sleep 0.05
  done
  fail "replay server for $source did not start: $(cat "$WORK/replay-$source.err")"
}
for source in github huggingface arxiv; do serve "$source"; done

sed -e "s#@GITHUB@#http://127.0.0.1:${PORT[github]}#" -e "s#@HUGGINGFACE@#http://127.0.0.1:${PORT[huggingface]}#" \
    -e "s#@ARXIV@#http://127.0.0.1:${PORT[arxiv]}/api/query#" "$ROOT/sample/demo.toml.in" >"$WORK/scout.toml"
cat >>"$WORK/scout.toml" <<TOML
[nightly]
formats = ["html", "csv", "markdown"]
specialisations = ["inference"]
top = 50
export_dir = "$WORK/exports"
keep_backups = 1
backup_dir = "$WORK/backups"
TOML

# Night one: everything is new; nothing to compare with.
expect_exit 0 "$SCOUT" nightly --config "$WORK/scout.toml"
first=$(sed -n 's/.*; exports in //p' "$WORK/out")
[ -n "$first" ] && [ -d "$first" ] || fail "night one named no export folder: $(cat "$WORK/out")"
[[ "$(basename "$first")" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]] || fail "night one's folder is not dated: $first"
for file in shortlist.html shortlist.csv shortlist.md shortlist-inference.html changes.md; do
  [ -s "$first/$file" ] || fail "night one wrote no $file"
done
grep -q "^First nightly run: nothing to compare with yet" "$first/changes.md" || fail "night one's changes.md: $(cat "$first/changes.md")"
(cd "$first" && sha256sum ./*) >"$WORK/first.sums"

# Night two: the world changed; same servers' addresses.
for source in github huggingface arxiv; do kill "${PID[$source]}"; wait "${PID[$source]}" 2>/dev/null || true; done
cp -r "$ROOT/sample/night2/." "$WORK/world/"
for source in github huggingface arxiv; do serve "$source" "${PORT[$source]}"; done
expect_exit 0 "$SCOUT" nightly --config "$WORK/scout.toml"
grep -q "^nightly: " "$WORK/out" || fail "no summary line: $(cat "$WORK/out")"
[ "$(wc -l <"$WORK/out")" -eq 1 ] || fail "more than one line on stdout: $(cat "$WORK/out")"
second=$(sed -n 's/.*; exports in //p' "$WORK/out")
[ "$second" = "$first-2" ] || fail "a second run on one day wrote $second, wanted $first-2"
(cd "$first" && sha256sum -c --quiet "$WORK/first.sums") || fail "night two changed night one's exports"

# Incremental: the unchanged majority answered 304 Not Modified.
read -r requests not_modified < <(sqlite3 -separator ' ' "$WORK/scout.db" \
  "SELECT requests, not_modified FROM crawl_runs ORDER BY id DESC LIMIT 1")
[ "$requests" -gt 0 ] && [ $((100 * not_modified / requests)) -ge 75 ] \
  || fail "night two was not incremental: $not_modified of $requests requests were 304s"
grep -qF "$requests requests, $((100 * not_modified / requests))% answered 304" "$WORK/out" \
  || grep -qF "$requests requests, $(( (100 * not_modified + requests / 2) / requests ))% answered 304" "$WORK/out" \
  || fail "the summary line's 304 share disagrees with crawl_runs: $(cat "$WORK/out")"

# What changed: exactly the three people the world changed, with the reason.
changes="$second/changes.md"
sed -n '/^## New evidence$/,/^## /p' "$changes" | grep '^- ' | sed 's/ (person [0-9]*, #[0-9]*)//' >"$WORK/evidence.got"
cat >"$WORK/evidence.want" <<'TXT'
- 李明: new model: liming-ai/kvq-mistral-7b-dpo: 8.1k downloads, all in the last 30 days, 64 likes, card documents 2 of 5 governance sections, quantisation of mistralai/Mistral-7B-Instruct-v0.2 (no fine-tune credit)
- Amara Okafor: new paper: 2611.04242 "Preference Optimization on a Budget: Small Models, Small Data": author 1 of 2, cs.CL
- kwatanabe: more commits: 150 commits to vllm-project/vllm (was 23)
- Kenji Watanabe: new paper: 2611.04242 "Preference Optimization on a Budget: Small Models, Small Data": author 2 of 2, cs.CL
TXT
diff -u "$WORK/evidence.want" "$WORK/evidence.got" || fail "changes.md's new evidence differs: $(cat "$changes")"
sed -n '/^## A first of a kind/,/^## /p' "$changes" | grep -q '^nobody$' || fail "a first of a kind listed: $(cat "$changes")"
# Kenji Watanabe's second paper lifts him past Sebastian Müller, who gained nothing.
sed -n '/^## Biggest movers/,/^## /p' "$changes" | grep '^- ' | sed 's/ (person [0-9]*)//' >"$WORK/movers.got"
cat >"$WORK/movers.want" <<'TXT'
- Kenji Watanabe: #8 → #7 (up 1); new paper: 2611.04242 "Preference Optimization on a Budget: Small Models, Small Data": author 2 of 2, cs.CL
- Sebastian Müller: #7 → #8 (down 1); no new evidence of their own
TXT
diff -u "$WORK/movers.want" "$WORK/movers.got" || fail "changes.md's movers differ: $(cat "$changes")"
grep -q "top movers: Kenji Watanabe +1, Sebastian Müller -1; " "$WORK/out" || fail "the summary names other movers: $(cat "$WORK/out")"
grep -q '<section id="changes">' "$second/shortlist.html" || fail "the HTML shortlist has no changes section"
grep -q '<section id="changes">' "$second/shortlist-inference.html" && fail "the changes section belongs on the overall page only"
[ "$(sqlite3 "$WORK/scout.db" "SELECT count(*) || ' ' || count(DISTINCT ranking_run_id) FROM nightly_runs")" = "2 2" ] \
  || fail "nightly_runs does not hold both runs with their own rankings"
# keep_backups = 1: each night backs the database up; only the newest backup is kept.
backups=("$WORK"/backups/scout-backup-*.db)
[ "${#backups[@]}" -eq 1 ] && [ -f "${backups[0]}" ] || fail "wanted exactly one backup, found: ${backups[*]}"
[ "$(sqlite3 "${backups[0]}" 'PRAGMA integrity_check')" = ok ] || fail "the backup is damaged"
[ "$(sqlite3 "${backups[0]}" 'SELECT count(*) FROM ranking_runs')" -ge 1 ] || fail "the backup holds no ranking"
echo "nightly_twice: ok"
