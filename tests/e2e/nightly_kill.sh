# kill -9 of `scout nightly` at seeded random moments of a second night (a re-crawl answered
# 304, then link, rank, exports), each killed run followed by another, until one finishes: the
# database ends with the same data (data_dump.sql) and the night's exports with the same
# shortlist as an uninterrupted second night, the first night's exports are untouched after
# every kill, and no half-written export folder is left. $KILL_SEED (printed) picks the moments.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/shared_world.sh"

seed=${KILL_SEED:-20261201}
RANDOM=$seed
echo "nightly_kill: seed $seed (rerun with KILL_SEED=$seed)"
start_shared_world 5
shared_config night "$SEEDS_FORWARD" 0 4   # freshness 0: every night re-visits everything (304s)
printf '[nightly]\nformats = ["csv", "html"]\ntop = 20\n' >>"$WORK/night.toml"

# Night one, then the same starting point for the killed and the uninterrupted second night.
expect_exit 0 "$SCOUT" nightly --config "$WORK/night.toml" --db "$WORK/killed.db" --export-dir "$WORK/killed-exports"
expect_exit 0 "$SCOUT" backup --config "$WORK/night.toml" --db "$WORK/killed.db" "$WORK/whole.db"
cp -r "$WORK/killed-exports" "$WORK/whole-exports"
expect_exit 0 "$SCOUT" backup --config "$WORK/night.toml" --db "$WORK/killed.db" "$WORK/night-one.db"
cp -r "$WORK/killed-exports" "$WORK/night-one-exports"
night_one=$(find "$WORK/killed-exports" -mindepth 1 -maxdepth 1 -type d)
[ "$(echo "$night_one" | wc -l)" -eq 1 ] || fail "night one wrote $(echo "$night_one" | wc -l) export folders"
(cd "$night_one" && find . -type f -exec sha256sum {} + | sort) >"$WORK/night_one.sums"

now_ms() { date +%s%3N; }
start=$(now_ms)
expect_exit 0 "$SCOUT" nightly --config "$WORK/night.toml" --db "$WORK/whole.db" --export-dir "$WORK/whole-exports"
span=$(($(now_ms) - start))
data_dump "$WORK/whole.db" >"$WORK/whole.dump"
echo "nightly_kill: uninterrupted second night ${span} ms"

# A run that finishes before its kill (the machine got faster than when the span was
# measured) ends the night too early to test anything: while fewer than 3 kills have landed,
# the night restarts from night one's state with kills aimed earlier.
restart_night() {
  rm -rf "$WORK/killed.db" "$WORK/killed.db-wal" "$WORK/killed.db-shm" "$WORK/killed-exports"
  cp "$WORK/night-one.db" "$WORK/killed.db"
  cp -r "$WORK/night-one-exports" "$WORK/killed-exports"
  span=$((span * 2 / 3))
  points+=" (restarted)"
}

points=""
kills=0
for _ in $(seq 20); do
  [ "$kills" -lt 10 ] || break
  at=$((span * (5 + RANDOM % 70) / 100))  # 5-74% of the uninterrupted night
  "$SCOUT" nightly --config "$WORK/night.toml" --db "$WORK/killed.db" --export-dir "$WORK/killed-exports" \
    >/dev/null 2>"$WORK/killed.err" &
  pid=$!
  sleep "$(printf '%d.%03d' $((at / 1000)) $((at % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  status=0; wait "$pid" 2>/dev/null || status=$?
  if [ "$status" -ne 137 ]; then  # it finished first: the second night is done
    [ "$status" -eq 0 ] || fail "a nightly run failed (exit $status): $(cat "$WORK/killed.err")"
    points+=" ${at}ms(finished)"
    if [ "$kills" -lt 3 ]; then restart_night; continue; fi
    break
  fi
  # A run records itself last, after its exports are published: a kill that lands between that
  # commit and the process's exit found the night already done (seen under CI load).
  if [ "$(sqlite3 "$WORK/killed.db" "SELECT count(*) FROM nightly_runs")" -eq 2 ]; then
    points+=" ${at}ms(after its record)"
    status=0
    if [ "$kills" -lt 3 ]; then restart_night; continue; fi
    break
  fi
  # Where the kill landed: in the crawl, in link/rank, or while exports were staged.
  if [ -n "$(find "$WORK/killed-exports" -mindepth 1 -maxdepth 1 -name '.*')" ]; then stage=exports
  elif [ "$(sqlite3 "$WORK/killed.db" "SELECT status FROM crawl_runs ORDER BY id DESC LIMIT 1")" = running ]; then stage=crawl
  else stage=link/rank; fi
  points+=" ${at}ms($stage)"
  kills=$((kills + 1))
  (cd "$night_one" && find . -type f -exec sha256sum {} + | sort) | cmp -s - "$WORK/night_one.sums" \
    || fail "night one's exports changed after a kill at ${at}ms (seed $seed)"
done
echo "nightly_kill: killed at$points"
[ "$kills" -ge 3 ] || fail "only $kills kills landed before the run finished (seed $seed)"
# Whatever the kills left, the next run finishes the night.
if [ "$status" -eq 137 ]; then
  expect_exit 0 "$SCOUT" nightly --config "$WORK/night.toml" --db "$WORK/killed.db" --export-dir "$WORK/killed-exports"
fi

expect_same_data "$WORK/whole.dump" "$WORK/killed.db" "nightly killed at$points (seed $seed)"
(cd "$night_one" && find . -type f -exec sha256sum {} + | sort) | cmp -s - "$WORK/night_one.sums" \
  || fail "night one's exports changed (seed $seed, killed at$points)"
leftovers=$(find "$WORK/killed-exports" -mindepth 1 -maxdepth 1 -name '.*')
[ -z "$leftovers" ] || fail "half-written export folders left: $leftovers"
runs=$(sqlite3 "$WORK/killed.db" "SELECT count(*) FROM nightly_runs")
[ "$runs" -eq 2 ] || fail "$runs nightly runs recorded after two nights (a killed run must record nothing)"
want=$(cd "$WORK/whole-exports" && find . -name '*.csv' | sort)
got=$(cd "$WORK/killed-exports" && find . -name '*.csv' | sort)
[ "$want" = "$got" ] || fail "export files differ: want $want, got $got"
for csv in $want; do
  cmp -s "$WORK/whole-exports/$csv" "$WORK/killed-exports/$csv" \
    || fail "$csv differs from the uninterrupted night's (seed $seed): $(diff "$WORK/whole-exports/$csv" "$WORK/killed-exports/$csv" | head -5)"
done
echo "nightly_kill: ok ($kills kills; seed $seed)"
