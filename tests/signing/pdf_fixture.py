#!/usr/bin/env python3
"""Test-only PDF fixtures for the verifier tests (tests/signing/test_verify.cpp, tests/bench/bench_verify.cpp).

NOT a signer: VanBan's signer lives in core/signing (branch `signer`). This script writes just enough PDF to give the
verifier real signatures to check, using `openssl cms -sign -cades` for the CMS and `openssl ts` for timestamps.
It understands only the classic-xref PDFs it writes itself (and tests/support/PdfFixtures.h's minimalPdf).

  pdf_fixture.py make-pdf OUT [--size BYTES]            a one-page PDF, padded with a stream to about BYTES
  pdf_fixture.py certs PKI_DIR OUT_DIR                    software-key signer certificates from the test PKI's CAs
  pdf_fixture.py sign IN OUT --cert PEM --key PEM [--chain PEM] [--field NAME] [--pss] [--md sha256]
                 [--tsa-config CNF --tsa-cert PEM --tsa-key PEM] [--docmdp P] [--time D:YYYYMMDDHHMMSS]
  pdf_fixture.py add-page IN OUT                          incremental update: a second page (not allowed)
  pdf_fixture.py rewrite-content IN OUT                   incremental update: page 1 gets new content (not allowed)
  pdf_fixture.py stamp IN OUT                             incremental update: a FreeText "số đến" annotation
  pdf_fixture.py append-content IN OUT                    incremental update: a content stream appended to page 1
  pdf_fixture.py dss IN OUT --certs PEM... [--ocsps DER...] [--crls FILE...]
                                                          incremental update: a /DSS (certificates, OCSP, CRLs)
  pdf_fixture.py dss-shadow IN OUT                        incremental update: page content rewritten, hidden in /DSS
"""
import argparse
import datetime
import os
import re
import subprocess
import sys
import tempfile

CONTENTS_BYTES = 16384  # room for the CMS (hex doubles it)


# --- a minimal classic-xref PDF reader/appender ---------------------------------------------------------------
class Pdf:
    def __init__(self, data: bytes):
        self.data = data
        self.offsets = {}
        start = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
        self.last_xref = start
        self.trailer = None
        pos = start
        while pos is not None:
            m = re.compile(rb"xref\s*").match(data, pos)
            if not m:
                raise SystemExit("pdf_fixture: only classic xref tables are supported")
            p = m.end()
            while True:
                sm = re.compile(rb"(\d+) (\d+)\s*\r?\n").match(data, p)
                if not sm:
                    break
                first, count = int(sm.group(1)), int(sm.group(2))
                p = sm.end()
                for i in range(count):
                    entry = data[p:p + 20]
                    p += 20
                    if entry[17:18] == b"n":
                        self.offsets.setdefault(first + i, int(entry[0:10]))
            tm = re.compile(rb"\s*trailer\s*(<<.*?>>)\s*startxref", re.S).match(data, p)
            trailer = tm.group(1)
            if self.trailer is None:
                self.trailer = trailer
            prev = re.search(rb"/Prev\s+(\d+)", trailer)
            pos = int(prev.group(1)) if prev else None
        self.size = int(re.search(rb"/Size\s+(\d+)", self.trailer).group(1))
        self.root = int(re.search(rb"/Root\s+(\d+)\s+0\s+R", self.trailer).group(1))
        self.new = {}

    def obj(self, num: int) -> bytes:
        if num in self.new:
            return self.new[num]
        off = self.offsets[num]
        m = re.compile(rb"\d+\s+\d+\s+obj\s*(.*?)\s*endobj", re.S).match(self.data, off)
        return m.group(1)

    def alloc(self) -> int:
        n = self.size
        self.size += 1
        return n

    def set(self, num: int, body: bytes):
        self.new[num] = body

    def first_page(self) -> int:
        pages = int(re.search(rb"/Pages\s+(\d+)\s+0\s+R", self.obj(self.root)).group(1))
        return int(re.search(rb"/Kids\s*\[\s*(\d+)\s+0\s+R", self.obj(pages)).group(1))

    def pages_ref(self) -> int:
        return int(re.search(rb"/Pages\s+(\d+)\s+0\s+R", self.obj(self.root)).group(1))

    def update(self) -> bytes:
        out = bytearray(self.data)
        if not out.endswith(b"\n"):
            out += b"\n"
        offsets = {}
        for num in sorted(self.new):
            offsets[num] = len(out)
            out += b"%d 0 obj\n" % num + self.new[num] + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 1\n0000000000 65535 f \n"
        for num in sorted(offsets):
            out += b"%d 1\n%010d 00000 n \n" % (num, offsets[num])
        out += b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (
            self.size, self.root, self.last_xref, xref)
        return bytes(out)


def dict_add_to_array(body: bytes, key: bytes, ref: bytes) -> bytes:
    m = re.search(rb"/" + key + rb"\s*\[", body)
    if m:
        return body[:m.end()] + ref + b" " + body[m.end():]
    i = body.rindex(b">>")
    return body[:i] + b" /" + key + b" [" + ref + b"] " + body[i:]


def dict_set(body: bytes, key: bytes, value: bytes) -> bytes:
    m = re.search(rb"/" + key + rb"(\s+\d+\s+\d+\s+R|\s*<<.*?>>|\s*\[.*?\]|\s*/\w+|\s+\d+)", body, re.S)
    if m:
        return body[:m.start()] + b"/" + key + b" " + value + body[m.end():]
    i = body.rindex(b">>")
    return body[:i] + b" /" + key + b" " + value + b" " + body[i:]


def stream(content: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(content), extra) + content + b"\nendstream"


# --- DER editing (just enough to add an unsigned attribute to the SignerInfo) --------------------------------
def der_read(buf: bytes, pos: int):
    tag = buf[pos]
    length = buf[pos + 1]
    hdr = 2
    if length & 0x80:
        n = length & 0x7F
        length = int.from_bytes(buf[pos + 2:pos + 2 + n], "big")
        hdr += n
    return tag, pos + hdr, pos + hdr + length  # tag, content start, end


def der_children(buf: bytes, start: int, end: int):
    out = []
    while start < end:
        tag, cs, ce = der_read(buf, start)
        out.append((tag, start, cs, ce))
        start = ce
    return out


def der(tag: int, content: bytes) -> bytes:
    n = len(content)
    if n < 0x80:
        return bytes([tag, n]) + content
    lb = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(lb)]) + lb + content


def cms_signature_value(cms: bytes) -> bytes:
    signer_info = cms_signer_info(cms)
    kids = der_children(cms, signer_info[2], signer_info[3])
    octet = [k for k in kids if k[0] == 0x04][-1]
    return cms[octet[2]:octet[3]]


def cms_signer_info(cms: bytes):
    _, cs, ce = der_read(cms, 0)
    kids = der_children(cms, cs, ce)
    _, a0s, a0e = der_read(cms, kids[1][1])  # [0] EXPLICIT
    _, sds, sde = der_read(cms, a0s)
    sd = der_children(cms, sds, sde)
    infos = sd[-1]
    return der_children(cms, infos[2], infos[3])[0]


def cms_add_unsigned_attribute(cms: bytes, oid_der: bytes, value: bytes) -> bytes:
    _, cs, ce = der_read(cms, 0)
    ci = der_children(cms, cs, ce)
    _, a0s, a0e = der_read(cms, ci[1][1])
    _, sds, sde = der_read(cms, a0s)
    sd = der_children(cms, sds, sde)
    infos = sd[-1]
    si = der_children(cms, infos[2], infos[3])[0]
    si_kids = der_children(cms, si[2], si[3])
    attr = der(0x30, oid_der + der(0x31, value))
    new_si = der(0x30, b"".join(cms[k[1]:k[3]] for k in si_kids) + der(0xA1, attr))
    new_sd = der(0x30, b"".join(cms[k[1]:k[3]] for k in sd[:-1]) + der(0x31, new_si))
    return der(0x30, cms[ci[0][1]:ci[0][3]] + der(0xA0, new_sd))


OID_TIMESTAMP_TOKEN = bytes.fromhex("060b2a864886f70d010910020e")  # 1.2.840.113549.1.9.16.2.14


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)


def pdf_date(when: datetime.datetime) -> bytes:
    return when.strftime("D:%Y%m%d%H%M%S+00'00'").encode()


# --- commands ----------------------------------------------------------------------------------------------------
def cmd_make_pdf(a):
    text = b"BT /F1 18 Tf 72 720 Td (Van ban thu nghiem) Tj ET\n"
    pad = max(0, a.size - 1000)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> "
        b"/XObject << /Pad 6 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        stream(text),
        stream(os.urandom(pad), b"/Type /XObject /Subtype /Image /Width 1 /Height %d /ColorSpace /DeviceGray "
               b"/BitsPerComponent 8 " % max(1, pad)),
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    open(a.out, "wb").write(out)


def cmd_certs(a):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.x509.oid import AuthorityInformationAccessOID, NameOID

    def load(path):
        return open(os.path.join(a.pki, path), "rb").read()

    inter = x509.load_pem_x509_certificate(load("ca/intermediate.pem"))
    inter_key = serialization.load_pem_private_key(load("ca/intermediate.key"), None)
    uroot = x509.load_pem_x509_certificate(load("ca/untrusted-root.pem"))
    uroot_key = serialization.load_pem_private_key(load("ca/untrusted-root.key"), None)
    now = datetime.datetime.now(datetime.timezone.utc)
    os.makedirs(a.out, exist_ok=True)

    def issue(name, cn, org, key, ca, ca_key, start, end, ocsp=None):
        subject = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                             x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                             x509.NameAttribute(NameOID.COMMON_NAME, cn)])
        cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(ca.subject)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(start).not_valid_after(end)
                .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
                .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False))
        if ocsp:
            cert = cert.add_extension(x509.AuthorityInformationAccess([x509.AccessDescription(
                AuthorityInformationAccessOID.OCSP, x509.UniformResourceIdentifier(ocsp))]), False)
        cert = cert.sign(ca_key, hashes.SHA256())
        open(os.path.join(a.out, name + ".pem"), "wb").write(cert.public_bytes(serialization.Encoding.PEM))
        open(os.path.join(a.out, name + ".key"), "wb").write(key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        return cert

    year = datetime.timedelta(days=365)
    issue("signer-rsa", "Nguyễn Văn An", "UBND xã Thử Nghiệm", rsa.generate_private_key(65537, 2048),
          inter, inter_key, now - year, now + year)
    issue("signer-ec", "Trần Thị Bình", "UBND xã Thử Nghiệm", ec.generate_private_key(ec.SECP256R1()),
          inter, inter_key, now - year, now + year)
    issue("signer-expired", "Lê Văn Cường", "UBND xã Thử Nghiệm", rsa.generate_private_key(65537, 2048),
          inter, inter_key, datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc),
          datetime.datetime(2021, 1, 1, tzinfo=datetime.timezone.utc))
    issue("signer-untrusted", "Hoàng Thị Giang", "Tổ chức Không Tin Cậy", rsa.generate_private_key(65537, 2048),
          uroot, uroot_key, now - year, now + year)
    # Certificates naming an OCSP responder (port 9 on loopback: nothing answers there), and an `openssl ocsp -index`
    # file in which signer-revoked was revoked yesterday.
    url = "http://127.0.0.1:9/ocsp"
    good = issue("signer-ocsp", "Đỗ Văn Hùng", "UBND xã Thử Nghiệm", rsa.generate_private_key(65537, 2048),
                 inter, inter_key, now - year, now + year, url)
    bad = issue("signer-revoked", "Vũ Thị Lan", "UBND xã Thử Nghiệm", rsa.generate_private_key(65537, 2048),
                inter, inter_key, now - year, now + year, url)
    stamp = lambda t: t.strftime("%y%m%d%H%M%SZ")
    with open(os.path.join(a.out, "ocsp-index.txt"), "w") as f:
        f.write("V\t%s\t\t%X\tunknown\t/CN=good\n" % (stamp(now + year), good.serial_number))
        f.write("R\t%s\t%s\t%X\tunknown\t/CN=revoked\n" % (stamp(now + year), stamp(now - datetime.timedelta(days=1)),
                                                            bad.serial_number))


def cmd_sign(a):
    pdf = Pdf(open(a.input, "rb").read())
    page = pdf.first_page()
    sig = pdf.alloc()
    field = pdf.alloc()
    when = pdf_date(datetime.datetime.now(datetime.timezone.utc)) if not a.time else a.time.encode()
    reference = b""
    if a.docmdp:
        reference = (b"/Reference [<< /Type /SigRef /TransformMethod /DocMDP /TransformParams << /Type "
                     b"/TransformParams /P %d /V /1.2 >> >>] " % a.docmdp)
    placeholder = b"/ByteRange [0 0000000000 0000000000 0000000000]"
    pdf.set(sig, b"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached " + placeholder +
            b" /Contents <" + b"0" * (2 * CONTENTS_BYTES) + b"> /M (" + when + b") " + reference + b">>")
    pdf.set(field, b"<< /Type /Annot /Subtype /Widget /FT /Sig /T (%s) /V %d 0 R /Rect [0 0 0 0] /F 132 /P %d 0 R >>"
            % (a.field.encode(), sig, page))
    catalog = pdf.obj(pdf.root)
    m = re.search(rb"/AcroForm\s+(\d+)\s+0\s+R", catalog)
    if m:
        form = int(m.group(1))
        pdf.set(form, dict_add_to_array(pdf.obj(form), b"Fields", b"%d 0 R" % field))
    else:
        form = pdf.alloc()
        pdf.set(form, b"<< /Fields [%d 0 R] /SigFlags 3 >>" % field)
        catalog = dict_set(catalog, b"AcroForm", b"%d 0 R" % form)
    if a.docmdp:
        catalog = dict_set(catalog, b"Perms", b"<< /DocMDP %d 0 R >>" % sig)
    pdf.set(pdf.root, catalog)
    pdf.set(page, dict_add_to_array(pdf.obj(page), b"Annots", b"%d 0 R" % field))
    out = bytearray(pdf.update())

    start = out.index(b"/Contents <" + b"0" * 64, len(pdf.data)) + len(b"/Contents ")
    end = start + 2 + 2 * CONTENTS_BYTES
    br = b"/ByteRange [0 %d %d %d]" % (start, end, len(out) - end)
    p = out.index(placeholder, len(pdf.data))
    out[p:p + len(placeholder)] = br.ljust(len(placeholder), b" ")
    tbs = bytes(out[:start] + out[end:])

    with tempfile.TemporaryDirectory() as tmp:
        open(tmp + "/tbs", "wb").write(tbs)
        cmd = ["openssl", "cms", "-sign", "-binary", "-cades", "-nosmimecap", "-md", a.md, "-in", tmp + "/tbs",
               "-signer", a.cert, "-inkey", a.key, "-outform", "DER", "-out", tmp + "/cms"]
        if a.chain:
            cmd += ["-certfile", a.chain]
        if a.pss:
            cmd += ["-keyopt", "rsa_padding_mode:pss", "-keyopt", "rsa_pss_saltlen:32"]
        run(cmd)
        cms = open(tmp + "/cms", "rb").read()
        if a.tsa_config:
            open(tmp + "/sigvalue", "wb").write(cms_signature_value(cms))
            run(["openssl", "ts", "-query", "-data", tmp + "/sigvalue", "-sha256", "-cert", "-out", tmp + "/q"])
            run(["openssl", "ts", "-reply", "-config", a.tsa_config, "-queryfile", tmp + "/q", "-inkey", a.tsa_key,
                 "-signer", a.tsa_cert, "-token_out", "-out", tmp + "/tok"])
            cms = cms_add_unsigned_attribute(cms, OID_TIMESTAMP_TOKEN, open(tmp + "/tok", "rb").read())
    hexed = cms.hex().encode()
    if len(hexed) > 2 * CONTENTS_BYTES:
        raise SystemExit("pdf_fixture: the CMS does not fit")
    out[start + 1:start + 1 + len(hexed)] = hexed
    open(a.out, "wb").write(out)


def cmd_add_page(a):
    pdf = Pdf(open(a.input, "rb").read())
    pages = pdf.pages_ref()
    first = pdf.first_page()
    content, page = pdf.alloc(), pdf.alloc()
    pdf.set(content, stream(b"BT /F1 18 Tf 72 720 Td (Trang them sau khi ky) Tj ET"))
    body = re.sub(rb"/Contents\s+\d+\s+0\s+R", b"/Contents %d 0 R" % content, pdf.obj(first))
    body = re.sub(rb"/Annots\s*\[[^\]]*\]", b"", body)
    pdf.set(page, body)
    kids = pdf.obj(pages)
    kids = kids.replace(b"/Kids [", b"/Kids [%d 0 R " % page, 1)
    kids = re.sub(rb"/Count\s+(\d+)", lambda m: b"/Count %d" % (int(m.group(1)) + 1), kids)
    pdf.set(pages, kids)
    open(a.out, "wb").write(pdf.update())


def cmd_rewrite_content(a):
    pdf = Pdf(open(a.input, "rb").read())
    page = pdf.first_page()
    content = int(re.search(rb"/Contents\s+(\d+)\s+0\s+R", pdf.obj(page)).group(1))
    pdf.set(content, stream(b"BT /F1 18 Tf 72 720 Td (Noi dung da bi sua) Tj ET"))
    open(a.out, "wb").write(pdf.update())


def cmd_stamp(a):
    pdf = Pdf(open(a.input, "rb").read())
    page = pdf.first_page()
    ap, annot = pdf.alloc(), pdf.alloc()
    pdf.set(ap, stream(b"BT /Helv 10 Tf 2 4 Td (So den: 123) Tj ET", b"/Type /XObject /Subtype /Form "
                       b"/BBox [0 0 120 16] "))
    pdf.set(annot, b"<< /Type /Annot /Subtype /FreeText /Rect [400 800 520 816] /Contents (So den: 123) "
            b"/DA (/Helv 10 Tf 0 g) /F 4 /AP << /N %d 0 R >> /P %d 0 R >>" % (ap, page))
    pdf.set(page, dict_add_to_array(pdf.obj(page), b"Annots", b"%d 0 R" % annot))
    open(a.out, "wb").write(pdf.update())


def cmd_append_content(a):
    pdf = Pdf(open(a.input, "rb").read())
    page = pdf.first_page()
    body = pdf.obj(page)
    old = re.search(rb"/Contents\s+(\d+\s+0\s+R)", body).group(1)
    add = pdf.alloc()
    pdf.set(add, stream(b"q BT /F1 10 Tf 400 800 Td (So den: 123) Tj ET Q"))
    pdf.set(page, body.replace(b"/Contents " + old, b"/Contents [" + old + b" %d 0 R]" % add))
    open(a.out, "wb").write(pdf.update())


def cmd_dss(a):
    pdf = Pdf(open(a.input, "rb").read())
    refs = []
    for path in a.certs:
        derbytes = subprocess.run(["openssl", "x509", "-in", path, "-outform", "DER"], check=True,
                                  capture_output=True).stdout
        n = pdf.alloc()
        pdf.set(n, stream(derbytes))
        refs.append(b"%d 0 R" % n)
    ocsps = []
    for path in a.ocsps or []:
        n = pdf.alloc()
        pdf.set(n, stream(open(path, "rb").read()))
        ocsps.append(b"%d 0 R" % n)
    crls = []
    for path in a.crls or []:
        derbytes = subprocess.run(["openssl", "crl", "-in", path, "-outform", "DER"], check=True,
                                  capture_output=True).stdout
        n = pdf.alloc()
        pdf.set(n, stream(derbytes))
        crls.append(b"%d 0 R" % n)
    dss = pdf.alloc()
    pdf.set(dss, b"<< /Type /DSS /Certs [" + b" ".join(refs) + b"] " +
            (b"/OCSPs [" + b" ".join(ocsps) + b"] " if ocsps else b"") +
            (b"/CRLs [" + b" ".join(crls) + b"] " if crls else b"") + b">>")
    pdf.set(pdf.root, dict_set(pdf.obj(pdf.root), b"DSS", b"%d 0 R" % dss))
    open(a.out, "wb").write(pdf.update())


def cmd_dss_shadow(a):
    """An attack: the page content is rewritten and the rewritten stream is listed in a new /DSS as if it were
    validation data (a verifier that trusts everything reachable from /DSS would accept it)."""
    pdf = Pdf(open(a.input, "rb").read())
    page = pdf.first_page()
    content = int(re.search(rb"/Contents\s+(\d+)\s+0\s+R", pdf.obj(page)).group(1))
    pdf.set(content, stream(b"BT /F1 18 Tf 72 720 Td (Noi dung da bi sua) Tj ET"))
    dss = pdf.alloc()
    pdf.set(dss, b"<< /Type /DSS /Certs [%d 0 R] >>" % content)
    pdf.set(pdf.root, dict_set(pdf.obj(pdf.root), b"DSS", b"%d 0 R" % dss))
    open(a.out, "wb").write(pdf.update())


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("make-pdf")
    s.add_argument("out")
    s.add_argument("--size", type=int, default=0)
    s = sub.add_parser("certs")
    s.add_argument("pki")
    s.add_argument("out")
    s = sub.add_parser("sign")
    s.add_argument("input")
    s.add_argument("out")
    s.add_argument("--cert", required=True)
    s.add_argument("--key", required=True)
    s.add_argument("--chain")
    s.add_argument("--field", default="Signature1")
    s.add_argument("--pss", action="store_true")
    s.add_argument("--md", default="sha256")
    s.add_argument("--tsa-config")
    s.add_argument("--tsa-cert")
    s.add_argument("--tsa-key")
    s.add_argument("--docmdp", type=int)
    s.add_argument("--time")
    for name in ("add-page", "rewrite-content", "stamp", "append-content", "dss-shadow"):
        s = sub.add_parser(name)
        s.add_argument("input")
        s.add_argument("out")
    s = sub.add_parser("dss")
    s.add_argument("input")
    s.add_argument("out")
    s.add_argument("--certs", nargs="+", required=True)
    s.add_argument("--ocsps", nargs="+")
    s.add_argument("--crls", nargs="+")
    a = p.parse_args()
    try:
        globals()["cmd_" + a.cmd.replace("-", "_")](a)
    except subprocess.CalledProcessError as e:
        sys.stderr.write(e.stderr.decode(errors="replace"))
        raise SystemExit(3)


if __name__ == "__main__":
    main()
