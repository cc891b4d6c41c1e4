# Two writers on one database: the second exits at once naming the first (pid, start
# time), readers go on beside it, and the database ends equal to one crawl's.
source "$(dirname "$0")/lib.sh"

users=120
org_users_fixture "$WORK/fixtures" "$users"
start_replay "$WORK/fixtures" --latency-ms 25
users_config whole 4
users_config shared 4
users_config together 4

expect_exit 0 "$SCOUT" crawl --config "$WORK/whole.toml"

# A second crawl 0.2 s after the first.
"$SCOUT" crawl --config "$WORK/shared.toml" 2>"$WORK/first.err" &
first=$!
sleep 0.2
expect_exit 1 "$SCOUT" crawl --config "$WORK/shared.toml"
expect_in_err "another scout is writing to this database (pid $first, started 20"
expect_exit 1 "$SCOUT" init --config "$WORK/shared.toml"
expect_in_err "pid $first"
expect_exit 0 "$SCOUT" status --config "$WORK/shared.toml"  # a reader needs no lock
wait "$first" || fail "the first crawl failed: $(cat "$WORK/first.err")"

# Two crawls started together: exactly one runs.
"$SCOUT" crawl --config "$WORK/together.toml" 2>"$WORK/a.err" & a=$!
"$SCOUT" crawl --config "$WORK/together.toml" 2>"$WORK/b.err" & b=$!
set +e; wait "$a"; code_a=$?; wait "$b"; code_b=$?; set -e
[ $((code_a + code_b)) -eq 1 ] || fail "exit codes $code_a and $code_b (wanted one 0 and one 1): $(cat "$WORK/a.err" "$WORK/b.err")"
grep -q "another scout is writing" "$WORK/a.err" "$WORK/b.err" || fail "the refused crawl did not say why"
grep -q "migration" "$WORK/a.err" "$WORK/b.err" && fail "a migration failed: $(cat "$WORK/a.err" "$WORK/b.err")"

dump() {
  sqlite3 "$1" "SELECT kind, url, state, attempts FROM crawl_tasks ORDER BY url;
                SELECT url, etag, status FROM http_cache ORDER BY url;
                SELECT url, count(*) FROM raw_responses GROUP BY url ORDER BY url;
                SELECT source, handle, kind, display_name FROM accounts ORDER BY source, handle;
                SELECT status, requests, tasks_done, tasks_failed FROM crawl_runs ORDER BY id;"
}
for db in shared together; do
  diff <(dump "$WORK/whole.db") <(dump "$WORK/$db.db") >"$WORK/diff" || fail "$db differs from one crawl: $(head -20 "$WORK/diff")"
done
echo "concurrent_writers: ok (second writer refused naming pid $first; the databases equal one crawl's)"
