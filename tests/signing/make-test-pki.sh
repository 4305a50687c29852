#!/usr/bin/env bash
# make-test-pki.sh OUTDIR — a complete test PKI for the signing tests, everything inside OUTDIR:
#   * a SoftHSM2 token "VanBan Test" (user PIN 123456, SO PIN 12345678) with its own SOFTHSM2_CONF;
#   * keys generated ON the token: leader-rsa2048 (01), agency-rsa3072 (02), leader-p256 (03),
#     expired-rsa2048 (04), untrusted-rsa2048 (05), always-auth-p256 (06, CKA_ALWAYS_AUTHENTICATE);
#   * a test CA (root + intermediate) made with openssl, certificates for the token keys (public key read from the
#     token, issued with `openssl x509 -force_pubkey`) imported onto the token under the key's CKA_ID, the
#     intermediate CA certificate on the token too (the chain a real token carries);
#   * an expired certificate, a certificate from a second, untrusted root;
#   * a TSA key and certificate (extendedKeyUsage critical timeStamping) and an `openssl ts` config for
#     tests/signing/tsa_server.py;
#   * revocation (for B-LT): the certificates the intermediate CA issues name an OCSP responder (authorityInfoAccess)
#     and a CRL distribution point, the intermediate names the root's CRL, all on one loopback address and port
#     chosen here (REVOCATION_HOST:REVOCATION_PORT; a random 127.x.y.z, so parallel runs do not meet) where
#     tests/signing/revocation_server.py answers: OCSP by `openssl ocsp` over the CA's index (signed by a delegated
#     responder with id-pkix-ocsp-nocheck), and the CRLs made by `openssl ca -gencrl` (intermediate.crl in DER,
#     root.crl in PEM, as rootca.gov.vn serves it); a token key revoked-p256 (07) whose certificate is revoked in
#     the index;
#   * OUTDIR/pki.env: KEY=value lines (shell-quoted) naming the module, SOFTHSM2_CONF, PINs and files.
# Environment: VANBAN_SOFTHSM_MODULE overrides the module path (default /usr/lib/softhsm/libsofthsm2.so).
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 OUTDIR" >&2
    exit 1
fi
OUT=$(realpath -m "$1")
MODULE=${VANBAN_SOFTHSM_MODULE:-/usr/lib/softhsm/libsofthsm2.so}
TOKEN_LABEL="VanBan Test"
USER_PIN=123456
SO_PIN=12345678

for tool in softhsm2-util pkcs11-tool openssl; do
    command -v "$tool" >/dev/null || { echo "make-test-pki: $tool is not installed" >&2; exit 3; }
done
[[ -e $MODULE ]] || { echo "make-test-pki: no PKCS#11 module at $MODULE" >&2; exit 3; }

mkdir -p "$OUT/tokens" "$OUT/ca" "$OUT/certs" "$OUT/tsa"
cd "$OUT"

# --- SoftHSM2 token ----------------------------------------------------------------------------------------------
cat >softhsm2.conf <<EOF
directories.tokendir = $OUT/tokens
objectstore.backend = file
log.level = ERROR
slots.removable = false
EOF
export SOFTHSM2_CONF="$OUT/softhsm2.conf"
softhsm2-util --init-token --free --label "$TOKEN_LABEL" --pin "$USER_PIN" --so-pin "$SO_PIN" >/dev/null

p11() { pkcs11-tool --module "$MODULE" --token-label "$TOKEN_LABEL" "$@" >/dev/null 2>&1; }
p11_login() { p11 --login --pin "$USER_PIN" "$@"; }

# keygen ID LABEL TYPE [extra pkcs11-tool options]: a key pair generated on the token; its public key as PEM.
keygen() {
    local id=$1 label=$2 type=$3
    shift 3
    p11_login --keypairgen --key-type "$type" --id "$id" --label "$label" --usage-sign "$@"
    p11 --read-object --type pubkey --id "$id" -o "certs/$label.pub.der"
    openssl pkey -pubin -inform DER -in "certs/$label.pub.der" -out "certs/$label.pub.pem"
}
keygen 01 leader-rsa2048 rsa:2048
keygen 02 agency-rsa3072 rsa:3072
keygen 03 leader-p256 EC:prime256v1
keygen 04 expired-rsa2048 rsa:2048
keygen 05 untrusted-rsa2048 rsa:2048
keygen 06 always-auth-p256 EC:prime256v1 --always-auth
keygen 07 revoked-p256 EC:prime256v1

# --- Where the revocation services answer -----------------------------------------------------------------------
read -r REVOCATION_HOST REVOCATION_PORT < <(python3 - <<'PY'
import random, socket
for _ in range(100):
    host = "127.%d.%d.%d" % (random.randint(1, 254), random.randint(0, 255), random.randint(1, 254))
    s = socket.socket()
    try:
        s.bind((host, 0))
        print(host, s.getsockname()[1])
        break
    except OSError:
        pass
    finally:
        s.close()
PY
)
[[ -n $REVOCATION_PORT ]] || { echo "make-test-pki: no free loopback port" >&2; exit 3; }
REVOCATION_URL="http://$REVOCATION_HOST:$REVOCATION_PORT"

# --- Certificate authorities -----------------------------------------------------------------------------------
cat >ca/openssl.cnf <<EOF
[req]
distinguished_name = dn
string_mask = utf8only
utf8 = yes
prompt = no
[dn]
CN = unused
[v3_root]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[v3_intermediate]
basicConstraints = critical, CA:TRUE, pathlen:0
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
crlDistributionPoints = URI:$REVOCATION_URL/crl/root.crl
[v3_signer]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = emailProtection, 1.3.6.1.4.1.311.10.3.12
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
authorityInfoAccess = OCSP;URI:$REVOCATION_URL/ocsp
crlDistributionPoints = URI:$REVOCATION_URL/crl/intermediate.crl
[v3_tsa]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
authorityInfoAccess = OCSP;URI:$REVOCATION_URL/ocsp
crlDistributionPoints = URI:$REVOCATION_URL/crl/intermediate.crl
[v3_ocsp]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, OCSPSigning
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
noCheck = ignored
# openssl ca -gencrl: one section per CA (the index files are written by index_add below).
[ca_root]
database = $OUT/ca/root-index.txt
crlnumber = $OUT/ca/root-crlnumber
certificate = $OUT/ca/root.pem
private_key = $OUT/ca/root.key
default_md = sha256
default_crl_days = 30
unique_subject = no
[ca_intermediate]
database = $OUT/ca/intermediate-index.txt
crlnumber = $OUT/ca/intermediate-crlnumber
certificate = $OUT/ca/intermediate.pem
private_key = $OUT/ca/intermediate.key
default_md = sha256
default_crl_days = 30
unique_subject = no
EOF
CNF=ca/openssl.cnf

# selfsigned NAME SUBJECT: a root CA (RSA-3072 key in a file).
selfsigned() {
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out "ca/$1.key" 2>/dev/null
    openssl req -config "$CNF" -new -x509 -utf8 -sha256 -days 3650 -key "ca/$1.key" -subj "$2" \
        -extensions v3_root -out "ca/$1.pem"
}
# issue CAKEY CACERT SUBJECT EXTENSIONS OUTPEM [PUBKEY.pem]: a certificate issued from a throwaway CSR; with PUBKEY,
# the certificate carries that public key (from the token) instead of the throwaway one.
issue() {
    local cakey=$1 cacert=$2 subject=$3 ext=$4 out=$5 pubkey=${6:-}
    local tmp
    tmp=$(mktemp -d "$OUT/tmp.XXXXXX")
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$tmp/k.pem"
    openssl req -config "$CNF" -new -utf8 -key "$tmp/k.pem" -subj "$subject" -out "$tmp/req.pem"
    local force=()
    [[ -n $pubkey ]] && force=(-force_pubkey "$pubkey")
    openssl x509 -req -in "$tmp/req.pem" -CA "$cacert" -CAkey "$cakey" -CAcreateserial -sha256 -days 825 \
        -extfile "$CNF" -extensions "$ext" "${force[@]}" -out "$out" 2>/dev/null
    rm -rf "$tmp"
}

selfsigned root "/C=VN/O=Bộ Thử Nghiệm/CN=VanBan Test Root CA"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out ca/intermediate.key 2>/dev/null
issue ca/root.key ca/root.pem "/C=VN/O=Bộ Thử Nghiệm/CN=VanBan Test Intermediate CA" v3_intermediate \
    ca/intermediate.pem <(openssl pkey -in ca/intermediate.key -pubout)
cat ca/intermediate.pem ca/root.pem >ca/chain.pem

selfsigned untrusted-root "/C=VN/O=Tổ chức Không Tin Cậy/CN=Untrusted Test Root CA"

ORG="O=UBND xã Thử Nghiệm"
issue ca/intermediate.key ca/intermediate.pem "/C=VN/ST=Hà Nội/$ORG/CN=Nguyễn Văn An" v3_signer \
    certs/leader-rsa2048.pem certs/leader-rsa2048.pub.pem
issue ca/intermediate.key ca/intermediate.pem "/C=VN/ST=Hà Nội/$ORG/CN=UBND xã Thử Nghiệm" v3_signer \
    certs/agency-rsa3072.pem certs/agency-rsa3072.pub.pem
issue ca/intermediate.key ca/intermediate.pem "/C=VN/ST=Hà Nội/$ORG/CN=Trần Thị Bình" v3_signer \
    certs/leader-p256.pem certs/leader-p256.pub.pem
issue ca/intermediate.key ca/intermediate.pem "/C=VN/ST=Hà Nội/$ORG/CN=Phạm Văn Dũng" v3_signer \
    certs/always-auth-p256.pem certs/always-auth-p256.pub.pem
issue ca/intermediate.key ca/intermediate.pem "/C=VN/ST=Hà Nội/$ORG/CN=Đinh Văn Khoa" v3_signer \
    certs/revoked-p256.pem certs/revoked-p256.pub.pem
issue ca/untrusted-root.key ca/untrusted-root.pem "/C=VN/O=Tổ chức Không Tin Cậy/CN=Hoàng Thị Giang" v3_signer \
    certs/untrusted-rsa2048.pem certs/untrusted-rsa2048.pub.pem

# Expired: OpenSSL 3.0 cannot set past validity dates for a given public key (no -not_before; `x509 -preserve_dates`
# refuses a template that is not self-signed and valid), so python3-cryptography issues this one.
python3 - "$CNF" <<'PY'
import datetime, sys
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID, ExtendedKeyUsageOID

ca_cert = x509.load_pem_x509_certificate(open("ca/intermediate.pem", "rb").read())
ca_key = serialization.load_pem_private_key(open("ca/intermediate.key", "rb").read(), password=None)
public_key = serialization.load_pem_public_key(open("certs/expired-rsa2048.pub.pem", "rb").read())
subject = x509.Name([
    x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
    x509.NameAttribute(NameOID.ORGANIZATION_NAME, "UBND xã Thử Nghiệm"),
    x509.NameAttribute(NameOID.COMMON_NAME, "Lê Văn Cường"),
])
cert = (
    x509.CertificateBuilder()
    .subject_name(subject)
    .issuer_name(ca_cert.subject)
    .public_key(public_key)
    .serial_number(x509.random_serial_number())
    .not_valid_before(datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc))
    .not_valid_after(datetime.datetime(2021, 1, 1, tzinfo=datetime.timezone.utc))
    .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
    .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True, key_encipherment=False,
                                 data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                                 encipher_only=False, decipher_only=False), critical=True)
    .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
    .sign(ca_key, hashes.SHA256())
)
open("certs/expired-rsa2048.pem", "wb").write(cert.public_bytes(serialization.Encoding.PEM))
PY

# Put the certificates onto the token under their key's CKA_ID, and the intermediate CA certificate.
import_cert() {
    openssl x509 -in "certs/$2.pem" -outform DER -out "certs/$2.der"
    p11_login --write-object "certs/$2.der" --type cert --id "$1" --label "$2"
}
import_cert 01 leader-rsa2048
import_cert 02 agency-rsa3072
import_cert 03 leader-p256
import_cert 04 expired-rsa2048
import_cert 05 untrusted-rsa2048
import_cert 06 always-auth-p256
import_cert 07 revoked-p256
openssl x509 -in ca/intermediate.pem -outform DER -out ca/intermediate.der
p11_login --write-object ca/intermediate.der --type cert --id ca01 --label "VanBan Test Intermediate CA"

# --- Time-stamping authority ------------------------------------------------------------------------------------
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out tsa/tsa.key 2>/dev/null
issue ca/intermediate.key ca/intermediate.pem "/C=VN/O=Bộ Thử Nghiệm/CN=VanBan Test TSA" v3_tsa tsa/tsa.pem \
    <(openssl pkey -in tsa/tsa.key -pubout)
echo 01 >tsa/serial
cat >tsa/tsa.cnf <<EOF
[tsa]
default_tsa = tsa_config
[tsa_config]
dir = $OUT/tsa
serial = \$dir/serial
crypto_device = builtin
signer_cert = \$dir/tsa.pem
certs = $OUT/ca/intermediate.pem
signer_key = \$dir/tsa.key
signer_digest = sha256
default_policy = 1.3.6.1.4.1.99999.1.1
other_policies = 1.3.6.1.4.1.99999.1.2
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256
EOF

# --- Revocation: OCSP responder, CA indexes, CRLs ----------------------------------------------------------------
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ca/ocsp.key
issue ca/intermediate.key ca/intermediate.pem "/C=VN/O=Bộ Thử Nghiệm/CN=VanBan Test OCSP" v3_ocsp ca/ocsp.pem \
    <(openssl pkey -in ca/ocsp.key -pubout)

# index_add INDEX CERT.pem [revoked]: a line of an `openssl ca` database (the OCSP responder and -gencrl read it).
index_add() {
    python3 - "$@" <<'PY'
import datetime, sys
from cryptography import x509
index, path = sys.argv[1], sys.argv[2]
cert = x509.load_pem_x509_certificate(open(path, "rb").read())
end = getattr(cert, "not_valid_after_utc", None) or cert.not_valid_after
stamp = lambda t: t.strftime("%y%m%d%H%M%SZ")
serial = "%X" % cert.serial_number
serial = ("0" + serial) if len(serial) % 2 else serial
if len(sys.argv) > 3:
    revoked = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=1)
    line = "R\t%s\t%s\t%s\tunknown\t/CN=%s\n" % (stamp(end), stamp(revoked), serial, serial)
else:
    line = "V\t%s\t\t%s\tunknown\t/CN=%s\n" % (stamp(end), serial, serial)
open(index, "a").write(line)
PY
}
: >ca/root-index.txt
: >ca/intermediate-index.txt
echo 01 >ca/root-crlnumber
echo 01 >ca/intermediate-crlnumber
index_add ca/root-index.txt ca/intermediate.pem
for c in leader-rsa2048 agency-rsa3072 leader-p256 always-auth-p256; do
    index_add ca/intermediate-index.txt "certs/$c.pem"
done
index_add ca/intermediate-index.txt certs/revoked-p256.pem revoked
index_add ca/intermediate-index.txt tsa/tsa.pem
index_add ca/intermediate-index.txt ca/ocsp.pem
mkdir -p crl
openssl ca -gencrl -batch -config "$CNF" -name ca_root -out crl/root.crl 2>/dev/null
openssl ca -gencrl -batch -config "$CNF" -name ca_intermediate -out ca/intermediate-crl.pem 2>/dev/null
openssl crl -in ca/intermediate-crl.pem -outform DER -out crl/intermediate.crl

# --- Environment file -------------------------------------------------------------------------------------------
{
    printf 'PKCS11_MODULE=%q\n' "$MODULE"
    printf 'SOFTHSM2_CONF=%q\n' "$SOFTHSM2_CONF"
    printf 'TOKEN_LABEL=%q\n' "$TOKEN_LABEL"
    printf 'USER_PIN=%q\n' "$USER_PIN"
    printf 'SO_PIN=%q\n' "$SO_PIN"
    printf 'ROOT_CA=%q\n' "$OUT/ca/root.pem"
    printf 'INTERMEDIATE_CA=%q\n' "$OUT/ca/intermediate.pem"
    printf 'CA_CHAIN=%q\n' "$OUT/ca/chain.pem"
    printf 'UNTRUSTED_ROOT_CA=%q\n' "$OUT/ca/untrusted-root.pem"
    printf 'CERT_DIR=%q\n' "$OUT/certs"
    printf 'TSA_CERT=%q\n' "$OUT/tsa/tsa.pem"
    printf 'TSA_KEY=%q\n' "$OUT/tsa/tsa.key"
    printf 'TSA_CONFIG=%q\n' "$OUT/tsa/tsa.cnf"
    printf 'REVOCATION_HOST=%q\n' "$REVOCATION_HOST"
    printf 'REVOCATION_PORT=%q\n' "$REVOCATION_PORT"
    printf 'OCSP_INDEX=%q\n' "$OUT/ca/intermediate-index.txt"
    printf 'OCSP_CERT=%q\n' "$OUT/ca/ocsp.pem"
    printf 'OCSP_KEY=%q\n' "$OUT/ca/ocsp.key"
    printf 'CRL_DIR=%q\n' "$OUT/crl"
} >pki.env
echo "$OUT/pki.env"
