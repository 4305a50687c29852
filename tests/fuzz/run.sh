#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default 30).
#   tests/fuzz/run.sh [SECONDS] [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:-30}
build=${2:-$root/build-fuzz}
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVANBAN_FUZZ=ON \
    -DBUILD_TESTING=ON -DVANBAN_GUI_TESTS=OFF -DVANBAN_BENCHMARKS=OFF >/dev/null
cmake --build "$build" --target fuzz_backup fuzz_query
for target in fuzz_backup fuzz_query; do
    corpus="$build/corpus-$target"
    mkdir -p "$corpus"
    echo "== $target for ${seconds}s"
    "$build/tests/fuzz/$target" -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=2048 "$corpus" 2>&1 | tail -3
done
