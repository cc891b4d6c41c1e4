# A crawl killed with SIGKILL mid-run and re-run ends with exactly the database an
# uninterrupted crawl makes: no lost results, no duplicate rows, no page fetched twice.
source "$(dirname "$0")/lib.sh"

users=300
org_users_fixture "$WORK/fixtures" "$users"
start_replay "$WORK/fixtures" --latency-ms 20
users_config whole 8
users_config killed 8

expect_exit 0 "$SCOUT" crawl --config "$WORK/whole.toml"

"$SCOUT" crawl --config "$WORK/killed.toml" 2>/dev/null &
crawler=$!
for _ in $(seq 200); do  # kill once a good part, but not all, is stored
  done_now=$(sqlite3 "$WORK/killed.db" "SELECT count(*) FROM crawl_tasks WHERE state='done'" 2>/dev/null || echo 0)
  [ "${done_now:-0}" -ge 60 ] && break
  sleep 0.05
done
kill -9 "$crawler"
wait "$crawler" 2>/dev/null || true
done_at_kill=$(sqlite3 "$WORK/killed.db" "SELECT count(*) FROM crawl_tasks WHERE state='done'")
[ "$done_at_kill" -lt "$users" ] || fail "the crawl finished before it could be killed"
requests_before=$(curl -s "$BASE_URL/__replay/stats" | python3 -c "import json,sys; print(json.load(sys.stdin)['requests'])")

expect_exit 0 "$SCOUT" crawl --config "$WORK/killed.toml"
expect_in_err "ended without finishing"

dump() {
  sqlite3 "$1" "SELECT kind, url, state, attempts FROM crawl_tasks ORDER BY url;
                SELECT url, etag, status FROM http_cache ORDER BY url;
                SELECT url, count(*) FROM raw_responses GROUP BY url ORDER BY url;"
}
diff <(dump "$WORK/whole.db") <(dump "$WORK/killed.db") >"$WORK/diff" || fail "databases differ: $(head -20 "$WORK/diff")"
dupes=$(sqlite3 "$WORK/killed.db" "SELECT count(*) FROM (SELECT url FROM raw_responses GROUP BY url HAVING count(*) > 1)")
[ "$dupes" -eq 0 ] || fail "$dupes pages stored twice"
requests_after=$(curl -s "$BASE_URL/__replay/stats" | python3 -c "import json,sys; print(json.load(sys.stdin)['requests'])")
resumed=$((requests_after - requests_before))
[ "$resumed" -le $((users - done_at_kill + 8)) ] || fail "resume fetched $resumed pages; $done_at_kill were already stored"
echo "kill_resume: ok ($done_at_kill of $users done at SIGKILL, resume made $resumed requests)"
