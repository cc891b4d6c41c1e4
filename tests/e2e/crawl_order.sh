# The same data crawled in different orders gives the same database (issue 7, defect 3).
# The shared-contributors world (shared_world.py): seed repositories whose contributors overlap,
# some people only on a late page, so a contributors row naming a person can come before or
# after their profile. Crawled with the seeds forward and reversed, one request at a time so the
# order is the one configured, and forward with eight in flight; then a re-crawl of the unchanged
# data (answered 304, every page parsed and written again in a new order) changes nothing.
# Compared: every source table without row ids and write times (data_dump.sql says why).
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/shared_world.sh"

start_shared_world 0
shared_config forward "$SEEDS_FORWARD" 20 1
shared_config reversed "$SEEDS_REVERSED" 20 1
shared_config parallel "$SEEDS_FORWARD" 20 8
shared_config refresh "$SEEDS_REVERSED" 0 8
for name in forward reversed parallel; do
  expect_exit 0 "$SCOUT" crawl --config "$WORK/$name.toml"
  expect_in_err "succeeded (drained)"
done

# Every GitHub account with a profile is named by it (its name, or its login without one).
misnamed=$(sqlite3 "$WORK/forward.db" "SELECT group_concat(a.handle || '=' || a.display_name, ', ') FROM accounts a
  JOIN github_profiles p ON p.account_id = a.id WHERE a.display_name IS NOT coalesce(p.name, a.handle)")
[ -z "$misnamed" ] || fail "accounts not named by their profile: $misnamed"
data_dump "$WORK/forward.db" >"$WORK/forward.dump"
grep -qF "accounts|github|shared0|user|'Usér 0 ✓'" "$WORK/forward.dump" || fail "the world is not the one expected"

expect_same_data "$WORK/forward.dump" "$WORK/reversed.db" "seed repositories reversed"
expect_same_data "$WORK/forward.dump" "$WORK/parallel.db" "eight requests in flight"

expect_exit 0 "$SCOUT" crawl --config "$WORK/refresh.toml" --db "$WORK/reversed.db"
not_modified=$(sqlite3 "$WORK/reversed.db" "SELECT not_modified FROM crawl_runs ORDER BY id DESC LIMIT 1")
[ "$not_modified" -gt 50 ] || fail "the re-crawl was answered 304 only $not_modified times"
expect_same_data "$WORK/forward.dump" "$WORK/reversed.db" "re-crawl of unchanged data"
echo "crawl_order: ok"
