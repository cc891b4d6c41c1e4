# Erasure end to end over the demo's recorded world: after `scout forget` of one person (a
# GitHub user linked to a Hugging Face user and an arXiv author), no text column of any table
# and no decompressed archived response mentions any of their handles; the suppression list
# holds only salted hashes; and a re-crawl whose seeds include them stores nothing about them.
source "$(dirname "$0")/lib.sh"

start_replay "$ROOT/sample/replay/github"; github=$BASE_URL
start_replay "$ROOT/sample/replay/huggingface"; huggingface=$BASE_URL
start_replay "$ROOT/sample/replay/arxiv"; arxiv=$BASE_URL
write_demo_config() {  # write_demo_config FILE FRESHNESS_HOURS
  sed -e "s#@GITHUB@#$github#" -e "s#@HUGGINGFACE@#$huggingface#" -e "s#@ARXIV@#$arxiv/api/query#" \
      -e "s#^freshness_hours = .*#freshness_hours = $2#" -e "s#^min_interval_ms = .*#min_interval_ms = 0#" \
      "$ROOT/sample/demo.toml.in" >"$1"
}
write_demo_config "$WORK/scout.toml" 20
write_demo_config "$WORK/refresh.toml" 0
db=$WORK/scout.db
q() { sqlite3 "$db" "$1"; }

# scan PATTERN...: prints "table.column" or "raw_responses#id" for every place a pattern
# (case-insensitive substring, stricter than the erasure's whole-word match) still appears.
scan() {
  python3 - "$db" "$@" <<'PY'
import sqlite3, subprocess, sys
db, needles = sys.argv[1], [n.lower() for n in sys.argv[2:]]
con = sqlite3.connect(db)
found = []
for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
    for column in con.execute(f"PRAGMA table_info('{table}')"):
        name = column[1]
        for (value,) in con.execute(f'SELECT "{name}" FROM "{table}"'):
            text = value.decode('utf-8', 'replace') if isinstance(value, bytes) and table != 'raw_responses' else value
            if isinstance(text, str) and any(n in text.lower() for n in needles):
                found.append(f"{table}.{name}")
                break
for rid, encoding, body in con.execute("SELECT id, encoding, body FROM raw_responses"):
    if encoding == 'zstd':
        body = subprocess.run(['zstd', '-d', '-c', '-q'], input=body, capture_output=True, check=True).stdout
    if any(n in body.decode('utf-8', 'replace').lower() for n in needles):
        found.append(f"raw_responses#{rid}")
print(" ".join(sorted(set(found))))
PY
}
needles=(jmartinez-nlp josemartinez "josé martínez")

expect_exit 0 "$SCOUT" crawl --config "$WORK/scout.toml"
expect_exit 0 "$SCOUT" link --config "$WORK/scout.toml"
[ -n "$(scan "${needles[@]}")" ] || fail "the crawl stored nothing about the person to forget"
person=$(q "SELECT person_id FROM person_accounts pa JOIN accounts a ON a.id = pa.account_id
            WHERE a.source = 'github' AND a.handle = 'jmartinez-nlp'")
[ "$(q "SELECT count(*) FROM person_accounts WHERE person_id = $person")" = 3 ] \
  || fail "jmartinez-nlp should be one person with three accounts before the erasure"
others=$(q "SELECT count(*) FROM accounts")

# 1. forget, naming one account: the whole person goes.
expect_exit 0 "$SCOUT" forget --config "$WORK/scout.toml" github:jmartinez-nlp
expect_in_err "forget: 3 account(s) erased and suppressed"
left=$(scan "${needles[@]}")
[ -z "$left" ] || fail "after forget, still mentioned in: $left"
[ "$(q "SELECT count(*) FROM suppressions")" = 3 ] || fail "three suppressions expected"
[ "$(q "SELECT count(*) FROM suppressions WHERE length(handle_hash) = 64 AND handle_hash GLOB '[0-9a-f]*'")" = 3 ] \
  || fail "suppressions must hold hex hashes only"
[ "$(q "SELECT count(*) FROM accounts")" -gt $((others - 10)) ] || fail "forget erased far more than one person"
[ "$(q "SELECT count(*) FROM accounts WHERE handle = 'lnowak-ml'")" = 1 ] || fail "another person was erased"

# 2. a re-crawl of everything (freshness 0) whose seeds include jmartinez-nlp stores nothing about them.
expect_exit 0 "$SCOUT" crawl --config "$WORK/refresh.toml"
expect_exit 0 "$SCOUT" link --config "$WORK/refresh.toml"
left=$(scan "${needles[@]}")
[ -z "$left" ] || fail "after a re-crawl, stored again in: $left"
[ "$(q "SELECT count(*) FROM accounts WHERE handle = 'lnowak-ml'")" = 1 ] || fail "the re-crawl lost another person"

# 3. forgetting by person id works the same way.
other=$(q "SELECT pa.person_id FROM person_accounts pa JOIN accounts a ON a.id = pa.account_id WHERE a.handle = 'amara-okafor'")
expect_exit 0 "$SCOUT" forget --config "$WORK/scout.toml" "$other"
left=$(scan amara-okafor amaraokafor "amara okafor")
[ -z "$left" ] || fail "after forget by person id, still mentioned in: $left"
echo "forget: ok"
