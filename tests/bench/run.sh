#!/usr/bin/env bash
# Runs every benchmark and prints the numbers that go into docs/PERFORMANCE.md.
#   tests/bench/run.sh BUILD_DIR [DATA_DIR]
# BUILD_DIR must be a Release (or RelWithDebInfo) build. DATA_DIR (default /tmp/vanban-bench) receives the
# generated workspaces: about 100 MB for 100,000 documents and 1 GB for 1,000,000.
set -euo pipefail
build=${1:?usage: tests/bench/run.sh BUILD_DIR [DATA_DIR]}
data=${2:-/tmp/vanban-bench}
mkdir -p "$data"
bench="$build/tests/bench"

echo "== machine"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores"
echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"

for n in 100000 1000000; do
    ws="$data/ws-$n"
    if [ ! -f "$ws/vanban.db" ]; then
        echo "== bulk registration of $n documents"
        "$bench/vanban-bench-generate" "$ws" "$n" 2>/dev/null
    fi
    echo "== search over $n documents"
    "$bench/vanban-bench-search" "$ws" 5 | tail -1
    if [ -x "$bench/vanban-bench-register-view" ]; then
        echo "== register view over $n documents"
        QT_QPA_PLATFORM=offscreen "$bench/vanban-bench-register-view" "$ws" 5 2>/dev/null | tail -2
    fi
done

echo "== CLI cold start (median of 11 runs)"
cli="$build/app/vanban-cli"
ws="$data/ws-100000"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
printf 'help: %s ms\n' "$(for i in $(seq 11); do time_ms "$cli" --help; done | median)"
printf 'check of a missing workspace: %s ms\n' "$(for i in $(seq 11); do time_ms "$cli" --workspace "$data/none" check; done | median)"
printf 'incoming list --limit 20 as a user (includes the scrypt password check): %s ms\n' \
    "$(for i in $(seq 11); do VANBAN_PASSWORD=bench-admin time_ms "$cli" --workspace "$ws" --as admin incoming list --limit 20; done | median)"

echo "== edXML: write and read a 300 MB package"
"$bench/vanban-bench-edxml" "$data/edxml" 300

echo "== PDF signature verification (1 MB, 50 MB) against pdfsig"
"$bench/vanban-bench-verify" "$data/verify" 5

echo "== PAdES signing (1 MB, 50 MB; B-B, B-T) against the floor and pdfsig -add-signature"
"$bench/vanban-bench-sign" "$data/sign" 9
