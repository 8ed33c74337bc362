#!/bin/sh
# Builds the libFuzzer targets (the fuzz preset: clang, ASan + UBSan) and runs each on its seed corpus:
# `tests/fuzz/run.sh 20000` runs 20000 inputs each (CI); `tests/fuzz/run.sh 0 600` runs each for ten minutes.
# A crash stops with the input in build/fuzz/artifacts/; keep it in tests/fuzz/regressions/<target>/.
set -eu
cd "$(dirname "$0")/../.."
runs="${1:-20000}"
seconds="${2:-0}"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
mkdir -p build/fuzz/artifacts
passed=0
for target in fuzz_import fuzz_daylio fuzz_database; do
    work="build/fuzz/work/$target" # new inputs go here; the seed corpus in the tree stays as it is
    log="build/fuzz/$target.log"
    mkdir -p "$work"
    dict="-dict=tests/fuzz/csv.dict"
    [ "$target" = fuzz_database ] && dict="-dict=tests/fuzz/sqlite.dict"
    # -timeout: an input that takes longer is a hang, which is a failure too.
    if ! "build/fuzz/fuzz/$target" -runs="$runs" -max_total_time="$seconds" "$dict" -timeout=20 \
        -artifact_prefix="build/fuzz/artifacts/$target-" "$work" "tests/fuzz/corpus/$target" >"$log" 2>&1; then
        tail -n 60 "$log"
        echo "fuzz: $passed passed, 1 failed ($target; the input is in build/fuzz/artifacts/)"
        exit 1
    fi
    echo "$target: $(grep -E '^Done [0-9]+ runs' "$log" | tail -n 1)"
    passed=$((passed + 1))
done
echo "fuzz: $passed passed, 0 failed"
