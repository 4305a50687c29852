#!/usr/bin/env bash
# Fails when a user-visible string of the sources has no Vietnamese translation: runs lupdate on a copy of
# vanban_vi.ts and lists every unfinished message. (Add the translation to vanban_vi.ts, or to
# translations/pending/*.tsv and run translations/apply-pending.py after lupdate.)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$here/vanban_vi.ts" "$tmp/vanban_vi.ts"
(cd "$here" && "$lupdate" -silent -no-obsolete -locations none ../app ../core ../ui -ts "$tmp/vanban_vi.ts")
python3 - "$tmp/vanban_vi.ts" <<'PY'
import sys, xml.etree.ElementTree as ET
missing = []
for context in ET.parse(sys.argv[1]).getroot().iter("context"):
    for message in context.iter("message"):
        t = message.find("translation")
        if t is not None and t.get("type") == "unfinished":
            missing.append(f"[{context.findtext('name')}] {message.findtext('source')!r}")
if missing:
    print(f"{len(missing)} string(s) without a Vietnamese translation:")
    print("\n".join(missing))
    sys.exit(1)
print("vanban_vi.ts: every string is translated")
PY
