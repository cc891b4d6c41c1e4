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
# --db under a missing folder: exit 2 naming it, nothing created.
expect_exit 2 "$SCOUT" init --db "$WORK/missing/dir/s.db"
expect_in_err "folder $WORK/missing/dir does not exist"
[ ! -e "$WORK/missing" ] || fail "init created $WORK/missing"

# status --check: ok on a sound file; a damaged page is named and exits 1.
expect_exit 0 "$SCOUT" status --check --db "$WORK/x.db"
grep -q "integrity: ok" "$WORK/out" || fail "status --check did not report integrity"
cp "$WORK/x.db" "$WORK/damaged.db"
page_size=$(sqlite3 "$WORK/x.db" "PRAGMA page_size")
printf 'garbage%.0s' $(seq 200) | dd of="$WORK/damaged.db" bs=1 seek=$((page_size * 2)) conv=notrunc status=none
expect_exit 1 "$SCOUT" status --check --db "$WORK/damaged.db"
expect_in_err "PRAGMA quick_check found"

# A database newer than this build: status says so and exits 1.
cp "$WORK/x.db" "$WORK/newer.db"
sqlite3 "$WORK/newer.db" "PRAGMA user_version = 999"
expect_exit 1 "$SCOUT" status --db "$WORK/newer.db"
expect_in_err "schema version 999 is newer than this build of scout knows"

# A read-only database in a read-only folder (as another user when run as root, where
# permissions would not bite): status reads it without writing.
mkdir "$WORK/ro"
expect_exit 0 "$SCOUT" init --db "$WORK/ro/s.db"
rm -f "$WORK/ro/s.db.lock"
chmod 755 "$WORK"; chmod 444 "$WORK/ro/s.db"; chmod 555 "$WORK/ro"
as_reader=()
[ "$(id -u)" -eq 0 ] && as_reader=(setpriv --reuid=65534 --regid=65534 --clear-groups)
expect_exit 0 "${as_reader[@]}" "$SCOUT" status --check --db "$WORK/ro/s.db"
grep -q "integrity: ok" "$WORK/out" || fail "status on a read-only database: $(cat "$WORK/err")"
chmod 755 "$WORK/ro"
echo "cli_exit_codes: ok"
