#!/usr/bin/env python3
"""The test PKI's revocation services over HTTP on one loopback address, for the B-LT signing tests.

usage: revocation_server.py --host 127.x.y.z --port N --index INDEX --ca CA.pem --rsigner OCSP.pem --rkey OCSP.key
                            --crl-dir DIR

POST /ocsp with an OCSPRequest (Content-Type: application/ocsp-request): the answer is made by `openssl ocsp` as a
responder over the CA's index (`-index … -CA … -rsigner … -rkey … -reqin … -respout …`, one run per request), so it
is OpenSSL's own responder logic; `openssl ocsp -port` is not used because OpenSSL 3.0 binds it to every interface.
GET /crl/NAME serves the file NAME of --crl-dir. When ready, prints one line `listening on http://HOST:PORT` and
flushes. Stops on SIGTERM or SIGINT. (make-test-pki.sh chose the address and port and wrote them into the
certificates, see pki.env.)
"""
import argparse
import http.server
import os
import signal
import subprocess
import sys
import tempfile
import threading


class Handler(http.server.BaseHTTPRequestHandler):
    args = None

    def reply(self, body, content_type):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        request = self.rfile.read(length)
        if self.path != "/ocsp" or self.headers.get("Content-Type", "").split(";")[0].strip() != \
                "application/ocsp-request":
            self.send_error(415, "expected an OCSP request on /ocsp")
            return
        a = self.args
        with tempfile.TemporaryDirectory() as tmp:
            req = os.path.join(tmp, "req.der")
            resp = os.path.join(tmp, "resp.der")
            with open(req, "wb") as f:
                f.write(request)
            result = subprocess.run(["openssl", "ocsp", "-index", a.index, "-CA", a.ca, "-rsigner", a.rsigner,
                                     "-rkey", a.rkey, "-reqin", req, "-respout", resp, "-ndays", "1"],
                                    capture_output=True)
            if result.returncode != 0 or not os.path.exists(resp):
                self.send_error(500, "openssl ocsp failed: " + result.stderr.decode(errors="replace")[-200:])
                return
            with open(resp, "rb") as f:
                self.reply(f.read(), "application/ocsp-response")

    def do_GET(self):
        name = self.path[len("/crl/"):] if self.path.startswith("/crl/") else ""
        path = os.path.join(self.args.crl_dir, name)
        if not name or "/" in name or not os.path.isfile(path):
            self.send_error(404)
            return
        with open(path, "rb") as f:
            self.reply(f.read(), "application/pkix-crl")

    def log_message(self, format, *args):  # quiet: the tests read stdout
        sys.stderr.write("revocation_server: " + (format % args) + "\n")


def main():
    parser = argparse.ArgumentParser(description="OCSP responder and CRL server of the test PKI, on loopback")
    parser.add_argument("--host", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--index", required=True)
    parser.add_argument("--ca", required=True)
    parser.add_argument("--rsigner", required=True)
    parser.add_argument("--rkey", required=True)
    parser.add_argument("--crl-dir", required=True)
    args = parser.parse_args()
    if not args.host.startswith("127."):
        parser.error("--host must be a loopback address")
    Handler.args = args
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    server = http.server.ThreadingHTTPServer((args.host, args.port), Handler)
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    print("listening on http://%s:%d" % server.server_address, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    server.server_close()


if __name__ == "__main__":
    main()
