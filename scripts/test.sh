#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, runs every test through ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
cd "${SCOUT_BUILD_DIR:-$root/build}"
ctest --output-on-failure -j "${SCOUT_JOBS:-$(nproc)}" --timeout 300
