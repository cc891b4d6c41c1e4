# kill -9 at seeded random moments, during a first crawl and during a re-crawl of unchanged data
# (answered 304), each killed crawl resumed to the end: every resumed database holds the same
# data as an uninterrupted crawl's (data_dump.sql: every source table without row ids and write
# times). The world is shared_world.py's: seed repositories sharing contributors, where the order
# in which pages are written once decided people's display names (issue 7, defect 3).
#
# Cheap kill points: a chain kills the same crawl again and again (each resume is killed in turn)
# before one run finishes it, so one crawl's time buys several kill points; half the chains list
# the seeds in reverse. Kill moments are fractions of the uninterrupted crawl's time, drawn from
# $KILL_SEED (default: fixed); the seed and every kill point are printed, so a failure reruns
# with KILL_SEED=<seed>.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/shared_world.sh"

seed=${KILL_SEED:-20261130}
RANDOM=$seed
min_kills=20
echo "kill_random: seed $seed (rerun with KILL_SEED=$seed)"

start_shared_world 10
shared_config first "$SEEDS_FORWARD" 20 4          # the uninterrupted crawl
shared_config refresh "$SEEDS_FORWARD" 0 4         # re-visits everything: 304s
shared_config first_rev "$SEEDS_REVERSED" 20 4
shared_config refresh_rev "$SEEDS_REVERSED" 0 4

now_ms() { date +%s%3N; }
# timed_crawl CONFIG DB: an uninterrupted crawl; sets $elapsed_ms.
timed_crawl() {
  local start; start=$(now_ms)
  expect_exit 0 "$SCOUT" crawl --config "$WORK/$1.toml" --db "$2"
  expect_in_err "succeeded (drained)"
  elapsed_ms=$(($(now_ms) - start))
}

timed_crawl first "$WORK/whole.db"
first_ms=$elapsed_ms
data_dump "$WORK/whole.db" >"$WORK/first.dump"
sqlite3 "$WORK/whole.db" ".backup '$WORK/crawled.db'"  # the starting point of every re-crawl
timed_crawl refresh "$WORK/whole.db"
refresh_ms=$elapsed_ms
not_modified=$(sqlite3 "$WORK/whole.db" "SELECT not_modified FROM crawl_runs ORDER BY id DESC LIMIT 1")
[ "$not_modified" -gt 50 ] || fail "the re-crawl was answered 304 only $not_modified times"
# Re-crawling unchanged data changes no data: one dump is the answer for both kinds of chain.
expect_same_data "$WORK/first.dump" "$WORK/whole.db" "uninterrupted re-crawl"
echo "kill_random: uninterrupted first crawl ${first_ms} ms, re-crawl ${refresh_ms} ms"

# kill_chain NAME CONFIG START_DB SPAN_MS: copies START_DB (or starts empty), then up to four
# times starts a crawl and kills it -9 at a random moment within SPAN_MS; then one run finishes
# it. Adds to $kills, and to $recrawl_kills for re-crawls.
kills=0
recrawl_kills=0
kill_chain() {
  local name=$1 config=$2 start_db=$3 span=$4 db=$WORK/$1.db points="" at crawler status progress
  [ -z "$start_db" ] || cp "$start_db" "$db"
  for _ in 1 2 3 4; do
    at=$((span * (10 + RANDOM % 50) / 100))  # 10-59% of the uninterrupted crawl's time
    "$SCOUT" crawl --config "$WORK/$config.toml" --db "$db" 2>"$WORK/$name.err" &
    crawler=$!
    sleep "$(printf '%d.%03d' $((at / 1000)) $((at % 1000)))"
    kill -9 "$crawler" 2>/dev/null || true
    status=0; wait "$crawler" 2>/dev/null || status=$?
    if [ "$status" -ne 137 ]; then  # it ended before the kill: the chain's crawl is complete
      [ "$status" -eq 0 ] || fail "$name: a crawl failed (exit $status): $(cat "$WORK/$name.err")"
      points+=" ${at}ms(finished)"
      break
    fi
    progress=$(sqlite3 "$db" "SELECT sum(state = 'done') || '/' || count(*) FROM crawl_tasks" 2>/dev/null) \
      || progress="before the schema"
    points+=" ${at}ms($progress done)"
    kills=$((kills + 1))
    [[ $config == refresh* ]] && recrawl_kills=$((recrawl_kills + 1))
  done
  echo "kill_random: $name ($config): killed at$points"
  expect_exit 0 "$SCOUT" crawl --config "$WORK/$config.toml" --db "$db"
  expect_in_err "succeeded (drained)"
  pending=$(sqlite3 "$db" "SELECT count(*) FROM crawl_tasks WHERE state <> 'done'")
  [ "$pending" -eq 0 ] || fail "$name: $pending tasks not done after the resume"
  expect_same_data "$WORK/first.dump" "$db" "$name (seed $seed, killed at$points)"
}

chain=0
while [ "$kills" -lt $((min_kills + 4)) ] && [ "$chain" -lt 12 ]; do
  chain=$((chain + 1))
  case $((chain % 4)) in
    1) kill_chain "chain$chain" first "" "$first_ms" ;;
    2) kill_chain "chain$chain" refresh "$WORK/crawled.db" "$refresh_ms" ;;
    3) kill_chain "chain$chain" first_rev "" "$first_ms" ;;
    0) kill_chain "chain$chain" refresh_rev "$WORK/crawled.db" "$refresh_ms" ;;
  esac
done
[ "$kills" -ge "$min_kills" ] || fail "only $kills kills landed before their crawl finished (wanted $min_kills)"
[ "$recrawl_kills" -ge 5 ] || fail "only $recrawl_kills kills landed during a re-crawl"
echo "kill_random: ok ($kills kills in $chain chains, $recrawl_kills during re-crawls; seed $seed)"
