#!/usr/bin/env bash
# The whole test suite from a fresh Debian 12 machine: installs what is missing, builds with -Werror, checks the
# formatting against .clang-format, runs the fuzz targets briefly, and runs every test (core, CLI, widgets
# offscreen, the window under Xvfb). The ctest summary is the last thing it prints.
#   tests/run.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build="${1:-$root/build-tests}"
"$root/packaging/install-deps.sh"

echo "== formatting (.clang-format)"
mapfile -t sources < <(cd "$root" && git ls-files '*.cpp' '*.h' 2>/dev/null || find app core ui tests -name '*.cpp' -o -name '*.h')
(cd "$root" && clang-format --dry-run --Werror "${sources[@]}")

echo "== build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVANBAN_WERROR=ON
cmake --build "$build"

echo "== fuzzing (libFuzzer, clang, ASan+UBSan)"
"$root/tests/fuzz/run.sh" "${VANBAN_FUZZ_SECONDS:-15}" "$build-fuzz"

echo "== tests"
ctest --test-dir "$build" --output-on-failure --timeout 1200
