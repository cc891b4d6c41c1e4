# `scout nightly` through faults: the replay servers answer seeded random requests with a 5xx,
# a 429 with Retry-After, a truncated body, malformed JSON or a stalled connection (each once),
# and one GitHub user's path with 500 for good. The run completes, retries the transient faults,
# reports the permanent one (exit 3, the task in `scout status` with its error), and its
# database holds the same data (data_dump.sql) and its exports the same shortlist as a run that
# met only the permanent fault. $FAULT_SEED (printed) picks the faulted requests.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/shared_world.sh"

seed=${FAULT_SEED:-20261201}
RANDOM=$seed
echo "nightly_faults: seed $seed (rerun with FAULT_SEED=$seed)"
start_shared_world 0
# Fast retries and a short request timeout, so the stalled connection costs a second.
nightly_config() {
  shared_config "$1" "$SEEDS_FORWARD" 20 4
  sed -i 's/^\[crawl\]$/[crawl]\nmax_attempts = 4\nbackoff_base_ms = 20\nbackoff_max_ms = 200\nrequest_timeout_ms = 1500/' \
    "$WORK/$1.toml"
  printf '[nightly]\nformats = ["csv", "html"]\ntop = 20\n' >>"$WORK/$1.toml"
}
nightly_config clean
nightly_config faulty

# fault SERVER JSON: adds a fault at runtime through the replay control API.
fault() { curl -sf -X POST --data "$2" "$1/__replay/faults" >/dev/null || fail "replay refused fault $2"; }
reset_servers() { for url in "$GITHUB_URL" "$HF_URL" "$ARXIV_URL"; do curl -sf -X POST --data "" "$url/__replay/reset" >/dev/null; done; }

# pick LIST: sets $picked to a seeded random element (no $(...): a subshell would not advance $RANDOM).
pick() { local -n list=$1; picked=${list[RANDOM % ${#list[@]}]}; }

# requested_paths SERVER [EXCLUDE]: the paths the last run asked SERVER for (from its stats).
requested_paths() {
  curl -sf "$1/__replay/stats" | python3 -c '
import json, sys
exclude = sys.argv[1]
for route in sorted(json.load(sys.stdin)["by_path"]):
    path = route.split(" ", 1)[1]
    if not exclude or not path.startswith(exclude):
        print(path)' "${2:-}"
}

# The permanent fault: one user profile (and, by prefix, their repositories) answers 500 always.
mapfile -t gh_users < <(python3 - "$WORK/world/github" <<'PY'
import glob, json, re, sys
paths = set()
for f in glob.glob(sys.argv[1] + "/**/*.json", recursive=True):
    data = json.load(open(f))
    for e in data if isinstance(data, list) else [data]:
        if re.fullmatch(r"/users/[^/]+", e["request"]["path"]):
            paths.add(e["request"]["path"])
print("\n".join(sorted(paths)))
PY
)
pick gh_users; broken=$picked
fault "$GITHUB_URL" "{\"kind\":\"status\",\"status\":500,\"path_prefix\":\"$broken\"}"
echo "nightly_faults: $broken fails for good"

# The baseline: only the permanent fault.
expect_exit 3 "$SCOUT" nightly --config "$WORK/clean.toml" --export-dir "$WORK/clean-exports"
clean_summary=$(cat "$WORK/out")
data_dump "$WORK/clean.db" >"$WORK/clean.dump"

# The faulty run: the same, plus one of each transient fault at seeded random requests among
# those the baseline made (so each is met).
mapfile -t gh_paths < <(requested_paths "$GITHUB_URL" "$broken")
mapfile -t hf_paths < <(requested_paths "$HF_URL")
# Malformed JSON only where JSON is served: half a raw README.md is still a (shorter) README.
mapfile -t gh_json < <(printf '%s\n' "${gh_paths[@]}" | grep -v '/README.md$')
mapfile -t hf_json < <(printf '%s\n' "${hf_paths[@]}" | grep -v '/README.md$')
reset_servers
points=""
add_transient() {  # add_transient SERVER PATHS_ARRAY JSON-KIND-PART
  local path=$2
  [ "${2:0:1}" = / ] || { pick "$2"; path=$picked; }
  fault "$1" "{\"path_prefix\":\"$path\",\"count\":1,$3}"
  points+=" $path{$3}"
}
for server in github huggingface; do
  if [ $server = github ]; then url=$GITHUB_URL; paths_var=gh_paths; json_var=gh_json
  else url=$HF_URL; paths_var=hf_paths; json_var=hf_json; fi
  add_transient "$url" "$paths_var" '"kind":"status","status":502'
  add_transient "$url" "$paths_var" '"kind":"status","status":429,"retry_after":1'
  add_transient "$url" "$paths_var" '"kind":"truncate"'
  add_transient "$url" "$json_var" '"kind":"malform"'
  add_transient "$url" "$paths_var" '"kind":"latency","ms":3000'
done
add_transient "$ARXIV_URL" /api/query '"kind":"status","status":503'
echo "nightly_faults: transient faults at$points"
expect_exit 3 "$SCOUT" nightly --config "$WORK/faulty.toml" --export-dir "$WORK/faulty-exports"
faulty_summary=$(cat "$WORK/out")
echo "nightly_faults: baseline: $clean_summary"
echo "nightly_faults: faulty:   $faulty_summary"

# Every transient fault was met (none left) and retried.
left=$(for url in "$GITHUB_URL" "$HF_URL" "$ARXIV_URL"; do curl -sf "$url/__replay/faults"; echo; done \
       | python3 -c 'import json, sys; print(sum(f.get("count", 0) or 0 for line in sys.stdin if line.strip() for f in json.loads(line)["faults"]))')
[ "$left" -eq 0 ] || fail "$left transient faults were never met: the crawl skipped requests (seed $seed)"
retries=$(sqlite3 "$WORK/faulty.db" "SELECT retries FROM crawl_runs ORDER BY id DESC LIMIT 1")
[ "$retries" -ge 6 ] || fail "only $retries retries for 11 transient faults (seed $seed, faults at$points)"

# What failed for good is the broken user, in both runs, and status says why.
failed=$(sqlite3 "$WORK/faulty.db" "SELECT url FROM crawl_tasks WHERE state = 'failed' ORDER BY url")
want=$(sqlite3 "$WORK/clean.db" "SELECT url FROM crawl_tasks WHERE state = 'failed' ORDER BY url")
[ -n "$want" ] || fail "the baseline run has no failed task for $broken"
[ "$failed" = "$want" ] || fail "failed tasks differ (seed $seed, faults at$points): got $failed, want $want"
expect_exit 0 "$SCOUT" status --config "$WORK/faulty.toml"
grep -qF "$broken" "$WORK/out" || fail "status does not list the failed task for $broken: $(cat "$WORK/out")"
grep -q "attempts: .*500" "$WORK/out" || fail "status does not give the failed task's error: $(cat "$WORK/out")"

# Everything else is as if the transient faults never happened.
expect_same_data "$WORK/clean.dump" "$WORK/faulty.db" "nightly through faults (seed $seed, faults at$points)"
clean_csv=$(find "$WORK/clean-exports" -name '*.csv' | sort)
faulty_csv=$(find "$WORK/faulty-exports" -name '*.csv' | sort)
[ -n "$clean_csv" ] || fail "the baseline nightly wrote no CSV export"
[ "$(echo "$clean_csv" | wc -l)" -eq "$(echo "$faulty_csv" | wc -l)" ] || fail "different export files: $faulty_csv"
paste -d' ' <(echo "$clean_csv") <(echo "$faulty_csv") | while read -r want_csv got_csv; do
  cmp -s "$want_csv" "$got_csv" || fail "shortlist differs (seed $seed): $(diff "$want_csv" "$got_csv" | head -5)"
done
echo "nightly_faults: ok (retries $retries; permanent failure $broken reported with exit 3)"
