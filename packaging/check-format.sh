#!/bin/sh
# Fails when a C++ file under app/ or tests/ is not as .clang-format wants it (clang-format 14, Debian 12).
set -eu
cd "$(dirname "$0")/.."
files=$(find app tests -name '*.cpp' -o -name '*.h')
# shellcheck disable=SC2086
if ! clang-format --dry-run -Werror $files; then
    echo "Run: clang-format -i \$(find app tests -name '*.cpp' -o -name '*.h')" >&2
    exit 1
fi
echo "Every C++ file is formatted."
