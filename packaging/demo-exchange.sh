#!/usr/bin/env bash
# Two agencies exchanging documents on this computer: builds VanBan if needed (like packaging/run.sh), starts the
# exchange simulator vanban-hub on 127.0.0.1 with two units, creates two demo workspaces — agency A “UBND huyện
# Nam Đàn” (000.00.12.H41) and agency B “UBND huyện Hưng Nguyên” (000.00.13.H41) — configures both for the hub,
# and opens one window per agency, signed in as the records clerk. The first time, B sends its newest outgoing
# document to A, so A's “Chờ tiếp nhận” has something to accept. Closing both windows stops the hub.
#
#   packaging/demo-exchange.sh            start (the workspaces are kept for the next time)
#   packaging/demo-exchange.sh --fresh    start from new workspaces
#
# Environment: VANBAN_BUILD_DIR (default build/), VANBAN_DEMO_EXCHANGE_DIR (where the workspaces and the hub's data
# live), VANBAN_DEMO_HUB_PORT (default 18088).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
fresh=0
for arg in "$@"; do
    case "$arg" in
    --fresh) fresh=1 ;;
    -h | --help)
        sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "demo-exchange.sh: unknown option $arg" >&2
        exit 1
        ;;
    esac
done

"$root/packaging/install-deps.sh"
build="${VANBAN_BUILD_DIR:-$root/build}"
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target vanban vanban-cli vanban-hub
vanban="$build/app/vanban"
cli="$build/app/vanban-cli"
hubexe="$build/app/vanban-hub"

demo="${VANBAN_DEMO_EXCHANGE_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/VanBan/exchange-demo}"
port="${VANBAN_DEMO_HUB_PORT:-18088}"
url="http://127.0.0.1:$port/"
if [[ $fresh == 1 ]]; then
    rm -rf "$demo"
fi
mkdir -p "$demo"
chmod 700 "$demo"

# The two units of the hub, with their secret keys (made once, kept with the demo).
if [[ ! -f "$demo/units.json" ]]; then
    secret_a=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    secret_b=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s' "$secret_a" >"$demo/secret-a"
    printf '%s' "$secret_b" >"$demo/secret-b"
    cat >"$demo/units.json" <<UNITS
[
  {"organId": "000.00.12.H41", "name": "UBND huyện Nam Đàn", "parentId": "000.00.00.H41",
   "systemId": "H41.12", "secret": "$secret_a"},
  {"organId": "000.00.13.H41", "name": "UBND huyện Hưng Nguyên", "parentId": "000.00.00.H41",
   "systemId": "H41.13", "secret": "$secret_b"}
]
UNITS
    chmod 600 "$demo/units.json" "$demo/secret-a" "$demo/secret-b"
fi
printf '%s' vanthu123 >"$demo/vanthu.password"
chmod 600 "$demo/vanthu.password"

# The hub, stopped when this script ends (windows closed, Ctrl+C or an error).
hub_pid=""
window_pids=()
cleanup() {
    for pid in "${window_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    if [[ -n $hub_pid ]] && kill -0 "$hub_pid" 2>/dev/null; then
        kill -TERM "$hub_pid"
        wait "$hub_pid" 2>/dev/null || true
        echo "The exchange simulator stopped."
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$demo/hub"
"$hubexe" --listen "127.0.0.1:$port" --data "$demo/hub" --units "$demo/units.json" \
    >"$demo/hub.out" 2>"$demo/hub.log" &
hub_pid=$!
for _ in $(seq 1 100); do
    grep -q '^listening on' "$demo/hub.out" 2>/dev/null && break
    if ! kill -0 "$hub_pid" 2>/dev/null; then
        echo "vanban-hub did not start (is port $port free? VANBAN_DEMO_HUB_PORT chooses another):" >&2
        cat "$demo/hub.log" >&2
        exit 1
    fi
    sleep 0.1
done
echo "Exchange simulator: $(head -n1 "$demo/hub.out")"

# The two workspaces with their demo data (created once), configured for the hub.
a="$demo/agency-a"
b="$demo/agency-b"
QT_QPA_PLATFORM=offscreen "$vanban" --demo --workspace "$a" --prepare-only
QT_QPA_PLATFORM=offscreen "$vanban" --demo --workspace "$b" --prepare-only \
    --demo-agency "000.00.13.H41=UBND huyện Hưng Nguyên"
as_admin() { VANBAN_PASSWORD=admin123 "$cli" --as admin "$@"; }
as_clerk() { VANBAN_PASSWORD=vanthu123 "$cli" --as vanthu "$@"; }
as_admin --workspace "$a" exchange configure --url "$url" --system-id H41.12 --secret-file "$demo/secret-a" >/dev/null
as_admin --workspace "$b" exchange configure --url "$url" --system-id H41.13 --secret-file "$demo/secret-b" >/dev/null

# The first time: the directories, then B sends its newest outgoing document to A.
if [[ ! -f "$demo/first-document-sent" ]]; then
    as_clerk --workspace "$a" sync --once >/dev/null || true
    as_clerk --workspace "$b" sync --once >/dev/null || true
    # The newest outgoing documents, newest first; the first one that may be sent (not secret, with a file).
    docs=$(as_clerk --workspace "$b" --json outgoing list --limit 5 | grep -o '"id": *"\{0,1\}[0-9][0-9]*' |
        grep -o '[0-9][0-9]*' || true)
    for doc in $docs; do
        if as_clerk --workspace "$b" exchange send "$doc" --to 000.00.12.H41 >/dev/null 2>&1; then
            as_clerk --workspace "$b" sync --once >/dev/null || true
            as_clerk --workspace "$a" sync --once >/dev/null || true
            touch "$demo/first-document-sent"
            echo "Agency B sent its outgoing document $doc to agency A; it waits in A's “Chờ tiếp nhận”."
            break
        fi
    done
fi

cat <<INFO
Two windows open, both signed in as the records clerk (vanthu / vanthu123):
  A  UBND huyện Nam Đàn      $a
  B  UBND huyện Hưng Nguyên  $b
Other accounts: lanhdao / lanhdao123, chuyenvien / chuyenvien123, admin / admin123 (exchange settings).
Ctrl+3 shows what arrived, Ctrl+Shift+S sends the selected outgoing document, Ctrl+R synchronises now.
Close both windows to stop the exchange simulator.
INFO
"$vanban" --workspace "$a" --user vanthu --password-file "$demo/vanthu.password" --section inbox &
window_pids+=($!)
"$vanban" --workspace "$b" --user vanthu --password-file "$demo/vanthu.password" &
window_pids+=($!)
for pid in "${window_pids[@]}"; do
    wait "$pid" || true
done
window_pids=()
