# Secrets never leave the process: with distinctive token values in the environment, the whole
# pipeline (crawl in both log formats, link, rank, every export format, status, config show,
# backup, and `scout nightly` once it is built) runs against the replay servers, and then the
# database file, its -wal, a text dump of it, the backup, every log line and every export are
# grepped for the tokens. A positive control (the tokens file itself) shows the grep can find them.
source "$(dirname "$0")/lib.sh"

# Two GitHub tokens: with more than one, the crawl also asks GET /user which account each is.
GH1=ghp_SCOUTCANARY$(printf '%08d' $RANDOM)aaaaaaaaaaaaaaaaaaaa
GH2=ghp_SCOUTCANARY$(printf '%08d' $RANDOM)bbbbbbbbbbbbbbbbbbbb
HF1=hf_SCOUTCANARY$(printf '%08d' $RANDOM)cccccccccccccccccccc
export SCOUT_CANARY_GH1=$GH1 SCOUT_CANARY_GH2=$GH2 SCOUT_CANARY_HF=$HF1
printf 'GITHUB_TOKEN=%s\nHF_TOKEN=%s\n' "$GH1" "$HF1" >"$WORK/tokens.env"

start_replay "$ROOT/sample/replay/github" --auto-etag --rate-limit 5000 --rate-window 3600; github=$BASE_URL
start_replay "$ROOT/sample/replay/huggingface" --auto-etag --rate-limit 500 --rate-window 300 --rate-style hf
huggingface=$BASE_URL
start_replay "$ROOT/sample/replay/arxiv" --auto-etag; arxiv=$BASE_URL
sed -e "s#@GITHUB@#$github#" -e "s#@HUGGINGFACE@#$huggingface#" -e "s#@ARXIV@#$arxiv/api/query#" \
    "$ROOT/sample/demo.toml.in" >"$WORK/scout.toml"
# The demo sends no token; this test sends the canaries to GitHub and Hugging Face.
python3 - "$WORK/scout.toml" <<'PY'
import sys
path = sys.argv[1]
text = open(path).read()
gh, hf = '["SCOUT_CANARY_GH1", "SCOUT_CANARY_GH2"]', '["SCOUT_CANARY_HF"]'
parts = text.split('token_env = "SCOUT_DEMO_NO_TOKEN"')
assert len(parts) == 3, "demo.toml.in changed: expected two token_env lines"
open(path, "w").write(parts[0] + f"token_env = {gh}" + parts[1] + f"token_env = {hf}" + parts[2])
PY
mkdir "$WORK/logs" "$WORK/exports"
config=(--config "$WORK/scout.toml")

# run NAME ARGS...: one scout command, stdout and stderr kept under logs/ for the grep.
run() {
  local name=$1; shift
  set +e; "$SCOUT" "$@" >"$WORK/logs/$name.out" 2>"$WORK/logs/$name.err"; local got=$?; set -e
  [ "$got" -eq 0 ] || fail "scout $* exited $got: $(cat "$WORK/logs/$name.err")"
}

run config_show config show "${config[@]}"
grep -q "SCOUT_CANARY_GH1.*set" "$WORK/logs/config_show.out" \
  || fail "config show does not see the canary token as set: $(cat "$WORK/logs/config_show.out")"
run init init "${config[@]}"
run crawl_text crawl "${config[@]}" -vv
run crawl_json crawl "${config[@]}" -vv --log-format json
grep -q '"run":"' "$WORK/logs/crawl_json.err" || fail "json crawl logs carry no run ID"
run link link "${config[@]}" -v --log-format json
run rank rank "${config[@]}" -v
for format in csv jsonl md html; do
  run "export_$format" export "${config[@]}" --format "$format" --out "$WORK/exports/shortlist.$format"
done
run explain explain "${config[@]}" hf:josemartinez
run status status "${config[@]}" --check
run status_json status "${config[@]}" --json --log-format json
run backup backup "${config[@]}" "$WORK/backup.db"
# `scout nightly` joins in once it is built (before, it says so and exits 1).
set +e
"$SCOUT" nightly "${config[@]}" --export-dir "$WORK/exports/nightly" -v --log-format json \
  >"$WORK/logs/nightly.out" 2>"$WORK/logs/nightly.err"
nightly=$?
set -e
if grep -q "not built yet" "$WORK/logs/nightly.err"; then
  echo "token_secrecy: scout nightly is not built yet; crawl, link, rank and export checked instead"
else
  [ "$nightly" -eq 0 ] || [ "$nightly" -eq 3 ] || fail "scout nightly exited $nightly: $(cat "$WORK/logs/nightly.err")"
  echo "token_secrecy: scout nightly ran (exit $nightly)"
fi

accounts=$(sqlite3 "$WORK/scout.db" "SELECT count(*) FROM accounts")
[ "$accounts" -gt 0 ] || fail "the crawl stored no accounts: nothing was checked"
sqlite3 "$WORK/scout.db" .dump >"$WORK/scout.dump"
# Everything written: the database and its side files, its dump, the backup, logs, exports.
targets=("$WORK"/scout.db* "$WORK/scout.dump" "$WORK/backup.db" "$WORK/logs" "$WORK/exports")
grep -rqaF "SCOUTCANARY" "$WORK/tokens.env" || fail "positive control: grep cannot find the canary"
# Any fragment carrying the marker counts, not only the whole token.
if leaks=$(grep -rlaF "SCOUTCANARY" "${targets[@]}"); then
  fail "a token leaked into: $leaks"
fi
echo "token_secrecy: no token in $(find "${targets[@]}" -type f | wc -l) files (database, -wal, dump, backup, logs, exports)"
