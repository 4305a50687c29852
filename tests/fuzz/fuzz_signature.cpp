// libFuzzer target for the verifier's parsers: the first byte chooses
//   0: the CMS SignedData parser and attribute checks (CmsSignatureVerifier::inspect),
//   1: the raw ByteRange geometry checks and the PDF date parser,
//   2: the whole verifier over a PDF (qpdf reading, signature dictionaries, revision comparison), offline.
#include "signing/CmsSignatureVerifier.h"
#include "signing/PdfSignatureParser.h"
#include "signing/PdfSignatureVerifier.h"

#include <cstdint>
#include <cstring>

using namespace vanban;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    switch (data[0] % 3) {
    case 0:
        (void)CmsSignatureVerifier::inspect(bytes);
        break;
    case 1: {
        if (bytes.size() < 16)
            return 0;
        PdfSignatureDictionary s;
        for (int i = 0; i < 4; ++i) {
            qint32 v = 0;
            std::memcpy(&v, bytes.constData() + 4 * i, 4);
            s.byteRange << qint64(v);
        }
        const QByteArray pdf = bytes.mid(16);
        s.contents = QByteArray::fromHex(pdf.left(64));
        PdfSignatureParser::checkGeometry(pdf, s);
        (void)PdfSignatureParser::revisionEnds(pdf);
        (void)PdfSignatureParser::parsePdfDate(QString::fromLatin1(pdf.left(40)));
        break;
    }
    default: {
        VerifyOptions options;
        options.online = false;
        (void)PdfSignatureVerifier(options).verify(bytes);
        break;
    }
    }
    return 0;
}
