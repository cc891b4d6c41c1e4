#!/usr/bin/env bash
# Configures and builds scout into build/ (or $SCOUT_BUILD_DIR). Used by the other scripts.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SCOUT_BUILD_DIR:-$root/build}
jobs=${SCOUT_JOBS:-$(nproc)}
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=${SCOUT_BUILD_TYPE:-RelWithDebInfo} "$@" >/dev/null
cmake --build "$build" -j "$jobs"
