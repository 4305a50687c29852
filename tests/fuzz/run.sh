#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default 30).
#   tests/fuzz/run.sh [SECONDS] [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:-30}
build=${2:-$root/build-fuzz}
targets=(fuzz_backup fuzz_query fuzz_edxml)
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

for target in "${targets[@]}"; do
    corpus="$build/corpus-$target"
    mkdir -p "$corpus"
    echo "== $target for ${seconds}s"
    "$build/tests/fuzz/$target" -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=2048 "$corpus" 2>&1 | tail -3
done
