#!/usr/bin/env bash
# Installs the Debian packages scout builds with. Idempotent: asks apt only for what is
# missing, so a machine that has everything does no network access at all.
set -euo pipefail

packages=(
  build-essential cmake pkg-config git sqlite3 curl
  libcurl4-openssl-dev   # HTTP client (multi interface)
  rapidjson-dev          # JSON parsing and JSON Schema validation
  libsqlitecpp-dev libsqlite3-dev  # the store
  libtbb-dev             # parallel parsing and scoring
  doctest-dev            # unit tests
  libtomlplusplus-dev    # TOML config files
  libcli11-dev           # command line
  libcpp-httplib-dev     # the local replay server
  libpugixml-dev         # arXiv's Atom XML
  libcmark-dev           # CommonMark: README and model-card headings and links as a reader sees them
  libzstd-dev            # compressed raw-response archive
  python3                # e2e test helpers
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "scout: installing ${missing[*]}" >&2
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
