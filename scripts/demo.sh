#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, and runs scout end to
# end against the bundled replay server and sample data (no internet needed).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" >/dev/null
build=${SCOUT_BUILD_DIR:-$root/build}
exec "$root/scripts/run-demo.sh" "$build/app/scout" "$build/replay/scout-replay" "${1:-$root/demo}"
