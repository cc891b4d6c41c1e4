#!/usr/bin/env bash
# Formats scout's tracked C++ sources (*.cpp, *.hpp) with clang-format and the repository's
# .clang-format. Dev helper only: the build never needs it.
#   scripts/format.sh            rewrite the files in place
#   scripts/format.sh --check    change nothing; list the files that need formatting and
#                                exit 1 if there are any (for CI or a pre-commit hook)
#   scripts/format.sh [--check] FILE...   only these files
# CLANG_FORMAT names the binary (default: clang-format).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
clang_format=${CLANG_FORMAT:-clang-format}

check=0
if [[ ${1:-} == --check ]]; then
  check=1
  shift
fi
case ${1:-} in
  -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  -*) echo "format.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
esac

if ! command -v "$clang_format" >/dev/null 2>&1; then
  echo "format.sh: '$clang_format' not found; install it with: sudo apt-get install -y clang-format" >&2
  exit 2
fi

cd "$root"
if [[ $# -gt 0 ]]; then
  files=("$@")
else
  mapfile -t files < <(git ls-files -- '*.cpp' '*.hpp')
fi
if [[ ${#files[@]} -eq 0 ]]; then
  echo "format.sh: no files to format" >&2
  exit 0
fi

if [[ $check -eq 0 ]]; then
  printf '%s\0' "${files[@]}" | xargs -0 -n 50 "$clang_format" -i --style=file
  echo "format.sh: formatted ${#files[@]} file(s)"
  exit 0
fi

# --check: compare each file with its formatted form, touching nothing.
unformatted=0
for file in "${files[@]}"; do
  if ! "$clang_format" --style=file "$file" | cmp -s - "$file"; then
    echo "needs formatting: $file"
    unformatted=$((unformatted + 1))
  fi
done
if [[ $unformatted -gt 0 ]]; then
  echo "format.sh: $unformatted of ${#files[@]} file(s) need formatting; run scripts/format.sh" >&2
  exit 1
fi
echo "format.sh: all ${#files[@]} file(s) formatted"
