#!/usr/bin/env bash
# Builds and runs the benchmarks, printing their figures. bench.sh [URLS=2000]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
SCOUT_BUILD_TYPE=Release SCOUT_BUILD_DIR="$root/build-bench" "$root/scripts/build.sh" --target crawl_bench >/dev/null
"$root/build-bench/bench/crawl_bench" "${1:-2000}"
