#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds VanBan and starts it.
#   packaging/run.sh            start on your workspace (first start: a dialog creates it)
#   packaging/run.sh --demo     start on a demo workspace with a few hundred realistic documents
# Any other arguments are passed to `vanban` (see `vanban --help`).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/packaging/install-deps.sh"
build="${VANBAN_BUILD_DIR:-$root/build}"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target vanban vanban-cli
exec "$build/app/vanban" "$@"
