# A re-check crawl of unchanged data (every answer a 304 or the same 404) must leave every
# record table byte-identical: the records of a body the current parsers already stored are
# not written again. `crawl --reparse` still re-derives them.
source "$(dirname "$0")/lib.sh"

start_replay "$ROOT/sample/replay/github" --auto-etag; github=$BASE_URL
start_replay "$ROOT/sample/replay/huggingface" --auto-etag; huggingface=$BASE_URL
start_replay "$ROOT/sample/replay/arxiv" --auto-etag; arxiv=$BASE_URL
sed -e "s#@GITHUB@#$github#" -e "s#@HUGGINGFACE@#$huggingface#" -e "s#@ARXIV@#$arxiv/api/query#" \
  "$ROOT/sample/demo.toml.in" >"$WORK/scout.toml"

# dump NAME: every row of every record table, in rowid order, to $WORK/NAME.dump.
dump() {
  python3 - "$WORK/scout.db" >"$WORK/$1.dump" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
for table in ["accounts", "github_profiles", "github_repos", "github_contributions", "hf_profiles", "hf_models",
              "hf_model_tags", "hf_model_base_models", "arxiv_papers", "arxiv_authorships", "link_evidence"]:
    rows = db.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
    print(f"== {table}: {len(rows)} rows")
    for row in rows:
        print(repr(row))
PY
}

expect_exit 0 "$SCOUT" init --config "$WORK/scout.toml"
expect_exit 0 "$SCOUT" crawl --config "$WORK/scout.toml"
dump first
grep -q "== accounts: [1-9]" "$WORK/first.dump" || fail "the first crawl stored no accounts"

# Write times are stored to the second: a rewrite in a later second would show.
sleep 1.1
expect_exit 0 "$SCOUT" crawl --config "$WORK/scout.toml"
expect_in_err "not modified"
not_modified=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(
  'SELECT not_modified FROM crawl_runs ORDER BY id DESC LIMIT 1').fetchone()[0])" "$WORK/scout.db")
[ "$not_modified" -gt 0 ] || fail "the re-check crawl got no 304s"
dump second
cmp -s "$WORK/first.dump" "$WORK/second.dump" \
  || fail "a re-check of unchanged data changed record tables: $(diff "$WORK/first.dump" "$WORK/second.dump" | head -20)"

# --reparse re-derives the records (they are written again, with a new write time).
sleep 1.1
expect_exit 0 "$SCOUT" crawl --config "$WORK/scout.toml" --reparse
dump reparsed
! cmp -s "$WORK/second.dump" "$WORK/reparsed.dump" || fail "crawl --reparse wrote no records"
echo "recheck_identical: ok"
