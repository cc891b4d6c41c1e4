# The real binary's exit codes and messages: 0 success, 2 usage/config, 1 runtime.
source "$(dirname "$0")/lib.sh"

expect_exit 0 "$SCOUT" init --db "$WORK/x.db"
expect_exit 0 "$SCOUT" init --db "$WORK/x.db"
[ "$(sqlite3 "$WORK/x.db" 'PRAGMA user_version')" -ge 3 ] || fail "schema not at latest version"

printf '[crawl]\nconcurrency = "many"\n' >"$WORK/bad_type.toml"
expect_exit 2 "$SCOUT" init --config "$WORK/bad_type.toml" --db "$WORK/x.db"
expect_in_err "$WORK/bad_type.toml:2"
expect_in_err "crawl.concurrency"

printf '[crawl]\nconcurrency = 4\nturbo = true\n' >"$WORK/unknown.toml"
expect_exit 2 "$SCOUT" status --config "$WORK/unknown.toml"
expect_in_err "$WORK/unknown.toml:3"
expect_in_err "crawl.turbo"

expect_exit 2 "$SCOUT" init --config "$WORK/missing.toml"
expect_in_err "$WORK/missing.toml"

expect_exit 2 "$SCOUT" export --format pdf --db "$WORK/x.db"
expect_exit 1 "$SCOUT" status --db "$WORK/nothing-here.db"
expect_in_err "scout init"
expect_exit 0 "$SCOUT" status --db "$WORK/x.db"
grep -q "crawl_tasks" "$WORK/out" || fail "status output lacks tables"
echo "cli_exit_codes: ok"
