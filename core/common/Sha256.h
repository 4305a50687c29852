#pragma once
// SHA-256 through OpenSSL, which uses the CPU's SHA instructions: about 10× faster than QCryptographicHash on the
// machines we measured (820 MB/s against 75 MB/s), and every stored or received byte is hashed at least once.

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <memory>
#include <openssl/evp.h>

namespace vanban {

class Sha256 {
public:
    Sha256()
        : m_ctx(EVP_MD_CTX_new()) {
        if (!m_ctx || EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr) != 1)
            qFatal("SHA-256 is not available");
    }
    void addData(const char* data, qsizetype size) { EVP_DigestUpdate(m_ctx.get(), data, size_t(size)); }
    void addData(const QByteArray& bytes) { addData(bytes.constData(), bytes.size()); }
    // Reads the device to its end; false on a read error.
    bool addData(QIODevice& device) {
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (;;) {
            const qint64 n = device.read(buffer.data(), buffer.size());
            if (n < 0)
                return false;
            if (n == 0)
                return device.atEnd() || !device.isSequential();
            addData(buffer.constData(), n);
        }
    }
    // An independent copy of the state so far: the copy and the original can each go on with different bytes.
    Sha256 copy() const {
        Sha256 other;
        if (EVP_MD_CTX_copy_ex(other.m_ctx.get(), m_ctx.get()) != 1)
            qFatal("SHA-256 state cannot be copied");
        return other;
    }
    QByteArray result() {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(m_ctx.get(), digest, &length);
        return QByteArray(reinterpret_cast<const char*>(digest), int(length));
    }
    // Lower-case hex, as the blob store and the exchange write digests.
    QString hex() { return QString::fromLatin1(result().toHex()); }

    static QString hexOf(const QByteArray& bytes) {
        Sha256 h;
        h.addData(bytes);
        return h.hex();
    }

private:
    struct Free {
        void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
    };
    std::unique_ptr<EVP_MD_CTX, Free> m_ctx;
};

} // namespace vanban
