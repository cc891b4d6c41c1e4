#!/usr/bin/env bash
# Builds and runs a benchmark (Release, in build-bench/), printing its figures.
#   bench.sh crawl [URLS=2000]         the crawl engine against an in-process replay server
#   bench.sh link [ACCOUNTS=1000000]   `scout link` on a synthetic database of ACCOUNTS accounts
#   bench.sh rank [PEOPLE=1000000]     `scout rank` on a synthetic database of PEOPLE people
#   bench.sh store [RECORDS=500000]    scout's record writer against a plain SQLite upsert loop
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-bench"
case "${1:-}" in
  crawl) target=crawl_bench; arg=${2:-2000} ;;
  link) target=link_bench; arg=${2:-1000000} ;;
  rank) target=rank_bench; arg=${2:-1000000} ;;
  store) target=store_bench; arg=${2:-500000} ;;
  *) echo "usage: scripts/bench.sh crawl [URLS] | link [ACCOUNTS] | rank [PEOPLE] | store [RECORDS]" >&2; exit 2 ;;
esac
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" -j "${SCOUT_JOBS:-$(nproc)}" --target "$target" >/dev/null
"$build/bench/$target" "$arg"
