#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default 30).
#   tests/fuzz/run.sh [SECONDS] [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:-30}
build=${2:-$root/build-fuzz}
targets=(fuzz_backup fuzz_query fuzz_edxml fuzz_signature fuzz_font_subset)
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVANBAN_FUZZ=ON \
    -DBUILD_TESTING=ON -DVANBAN_GUI_TESTS=OFF -DVANBAN_BENCHMARKS=OFF >/dev/null
cmake --build "$build" --target "${targets[@]}"

# Seeds for the edXML reader, made here (never kept in the repository): a small document with a raw and a zipped
# attachment, and the status sample of the shared test data when it is there.
seeds="$build/corpus-fuzz_edxml"
mkdir -p "$seeds"
python3 - "$seeds" <<'PY'
import base64, io, sys, zipfile
z = io.BytesIO()
with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as f:
    f.writestr("x.edxml", "Tờ trình " * 20)
head = ('<?xml version="1.0" encoding="utf-8"?>\n<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016">'
        '<edXML:edXMLEnvelope xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXML:edXMLHeader>'
        '<edXML:MessageHeader><edXML:From><edXML:OrganId>000.00.11.H53</edXML:OrganId></edXML:From>'
        '<edXML:To><edXML:OrganId>000.00.01.A53</edXML:OrganId></edXML:To>'
        '<edXML:DocumentId>000.00.11.H53,2020/10/30,2491/STC-BCTC</edXML:DocumentId>'
        '<edXML:Code><edXML:CodeNumber>2491</edXML:CodeNumber><edXML:CodeNotation>STC</edXML:CodeNotation></edXML:Code>'
        '<edXML:PromulgationInfo><edXML:PromulgationDate>30/10/2020</edXML:PromulgationDate></edXML:PromulgationInfo>'
        '<edXML:Subject>Báo cáo</edXML:Subject></edXML:MessageHeader><edXML:TraceHeaderList><edXML:Bussiness>'
        '<edXML:BussinessDocType>2</edXML:BussinessDocType></edXML:Bussiness></edXML:TraceHeaderList>'
        '<Signature><SignedInfo/></Signature></edXML:edXMLHeader><edXML:edXMLBody><edXML:edXMLManifest>'
        '<edXML:Reference><edXML:ContentId>cid:1</edXML:ContentId><edXML:AttachmentName>a.doc</edXML:AttachmentName>'
        '</edXML:Reference><edXML:Reference><edXML:ContentId>cid:2</edXML:ContentId></edXML:Reference>'
        '</edXML:edXMLManifest></edXML:edXMLBody></edXML:edXMLEnvelope><AttachmentEncoded>')
att = ('<Attachment><ContentId>cid:1</ContentId><ContentType>application/zip</ContentType>'
       '<edXML:ContentTransferEncoded xmlns:edXML="http://www.mic.gov.vn/TBT/QCVN_102_2016">%s'
       '</edXML:ContentTransferEncoded></Attachment><Attachment><ContentId>2</ContentId>'
       '<ContentTransferEncoded>%s</ContentTransferEncoded></Attachment></AttachmentEncoded></edXML>\n') % (
    base64.b64encode(z.getvalue()).decode(), base64.b64encode(b"%PDF-1.5 raw").decode())
open(sys.argv[1] + "/seed-edoc.edxml", "w", encoding="utf-8").write(head + att)
PY
status="$root/../shared/testdata/edxml/status_05.edxml"
if [ -f "$status" ]; then cp "$status" "$seeds/seed-status.edxml"; fi

# Seeds for the signature verifier: the signed PDFs of the shared test data (selector byte 2), their CMS blobs
# (selector 0), and a ByteRange geometry case (selector 1).
seeds="$build/corpus-fuzz_signature"
mkdir -p "$seeds"
python3 - "$seeds" "$root/../shared/testdata/pdf/inputs" <<'PY'
import os, re, struct, sys
out, inputs = sys.argv[1], sys.argv[2]
for name in ("minimal-signed-twice-both-created.pdf", "separate-annots-kids-indir.pdf", "minimal.pdf"):
    path = os.path.join(inputs, name)
    if not os.path.exists(path):
        continue
    data = open(path, "rb").read()
    open(os.path.join(out, "pdf-" + name), "wb").write(b"\x02" + data)
    for i, m in enumerate(re.finditer(rb"/Contents\s*<([0-9a-fA-F]+)>", data)):
        cms = bytes.fromhex(m.group(1).decode()).rstrip(b"\0")
        open(os.path.join(out, "cms-%d-%s" % (i, name)), "wb").write(b"\x00" + cms)
    br = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", data)
    if br:
        nums = [int(x) for x in br.groups()]
        open(os.path.join(out, "geometry-" + name), "wb").write(b"\x01" + struct.pack("<4i", *nums) + data[:3000])
PY

# Seed for the font subsetter: glyph ids 3 and 1, then a TrueType file of four glyphs made here (.notdef, a simple
# glyph, an empty one, a composite of glyph 1 twice) with every table the subsetter reads.
seeds="$build/corpus-fuzz_font_subset"
mkdir -p "$seeds"
python3 - "$seeds/seed-tiny.ttf" <<'PY'
import struct, sys
simple = struct.pack(">hhhhh", 1, 0, 0, 500, 700) + struct.pack(">H", 2) + struct.pack(">H", 0) + bytes([1, 1, 1]) \
    + struct.pack(">hhh", 0, 500, 0) + struct.pack(">hhh", 0, 700, -700)
simple += b"\0" * (-len(simple) % 4)
composite = struct.pack(">hhhhh", -1, 0, 0, 500, 700) + struct.pack(">HHbb", 0x0020 | 0x0002, 1, 0, 0) \
    + struct.pack(">HHhh", 0x0001 | 0x0002, 1, 100, 0)
glyphs = [simple, simple, b"", composite]
glyf, loca = b"", []
for g in glyphs:
    loca.append(len(glyf))
    glyf += g
loca.append(len(glyf))
tables = {
    b"head": struct.pack(">IIII", 0x10000, 0, 0, 0x5F0F3CF5) + struct.pack(">HH", 0, 1000) + b"\0" * 16
             + struct.pack(">hhhhHHhhh", 0, 0, 500, 700, 0, 8, 2, 1, 0),
    b"hhea": struct.pack(">I", 0x10000) + struct.pack(">hhh", 800, -200, 0) + b"\0" * 24 + struct.pack(">H", 4),
    b"maxp": struct.pack(">IH", 0x5000, 4),
    b"hmtx": b"".join(struct.pack(">Hh", 500, 0) for _ in glyphs),
    b"loca": b"".join(struct.pack(">I", o) for o in loca),
    b"glyf": glyf,
    b"post": struct.pack(">I", 0x30000) + b"\0" * 28,
}
out = struct.pack(">IHHHH", 0x10000, len(tables), 64, 2, 16 * len(tables) - 64)
offset, body = 12 + 16 * len(tables), b""
for tag in sorted(tables):
    data = tables[tag] + b"\0" * (-len(tables[tag]) % 4)
    out += tag + struct.pack(">III", 0, offset + len(body), len(tables[tag]))
    body += data
open(sys.argv[1], "wb").write(struct.pack(">HH", 3, 1) + out + body)
PY

for target in "${targets[@]}"; do
    corpus="$build/corpus-$target"
    mkdir -p "$corpus"
    echo "== $target for ${seconds}s"
    max_len=4096
    [[ $target == fuzz_signature ]] && max_len=131072 # signed PDFs and their CMS are larger
    "$build/tests/fuzz/$target" -max_total_time="$seconds" -max_len="$max_len" -rss_limit_mb=2048 "$corpus" 2>&1 | tail -3
done
