#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, runs every test through ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
# No debug information in the test build (-O2 as RelWithDebInfo, without -g): the build is
# most of this command's time, and debug information for this template-heavy code is a large
# share of it. SCOUT_BUILD_TYPE=Debug scripts/test.sh builds for a debugger instead.
if [ -z "${SCOUT_BUILD_TYPE:-}" ]; then
  "$root/scripts/build.sh" -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -DNDEBUG"
else
  "$root/scripts/build.sh"
fi
cd "${SCOUT_BUILD_DIR:-$root/build}"
ctest --output-on-failure -j "${SCOUT_JOBS:-$(nproc)}" --timeout 300
