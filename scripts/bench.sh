#!/usr/bin/env bash
# Builds and runs the benchmarks (Release, in build-bench/), printing their figures.
# bench.sh [URLS=2000]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-bench"
"$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
cmake --build "$build" -j "${SCOUT_JOBS:-$(nproc)}" --target crawl_bench >/dev/null
"$build/bench/crawl_bench" "${1:-2000}"
