#!/usr/bin/env python3
"""A tiny RFC 3161 time-stamping authority over HTTP on loopback, for the signing tests.

usage: tsa_server.py --config TSA_CONFIG [--port N]

POST a TimeStampReq (Content-Type: application/timestamp-query) to any path; the answer is the TimeStampResp made by
`openssl ts -reply` with the given config (written by make-test-pki.sh). Port 0 (the default) picks a free port. When
ready, prints one line `listening on http://127.0.0.1:PORT` and flushes. Stops on SIGTERM or SIGINT.
"""
import argparse
import http.server
import os
import signal
import subprocess
import sys
import tempfile
import threading

LOCK = threading.Lock()  # `openssl ts -reply` increments the serial file: one reply at a time


class Handler(http.server.BaseHTTPRequestHandler):
    config = ""

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        query = self.rfile.read(length)
        if self.headers.get("Content-Type", "").split(";")[0].strip() != "application/timestamp-query":
            self.send_error(415, "expected application/timestamp-query")
            return
        with LOCK, tempfile.TemporaryDirectory() as tmp:
            query_file = os.path.join(tmp, "query.tsq")
            reply_file = os.path.join(tmp, "reply.tsr")
            with open(query_file, "wb") as f:
                f.write(query)
            result = subprocess.run(
                ["openssl", "ts", "-reply", "-config", self.config, "-queryfile", query_file, "-out", reply_file],
                capture_output=True,
            )
            if result.returncode != 0 or not os.path.exists(reply_file):
                self.send_error(500, "openssl ts -reply failed: " + result.stderr.decode(errors="replace")[-200:])
                return
            with open(reply_file, "rb") as f:
                reply = f.read()
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, format, *args):  # quiet: the tests read stdout
        sys.stderr.write("tsa_server: " + (format % args) + "\n")


def main():
    parser = argparse.ArgumentParser(description="RFC 3161 test TSA over HTTP on loopback")
    parser.add_argument("--config", required=True, help="openssl ts config (tsa section)")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    Handler.config = os.path.abspath(args.config)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown).start())
    print("listening on http://127.0.0.1:%d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    server.server_close()


if __name__ == "__main__":
    main()
