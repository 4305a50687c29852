#pragma once
// A read-only device over another one that computes the SHA-256 of every byte read through it, so a file can be
// parsed and hashed in one pass. digestHex() reads what the consumer left unread first.

#include "common/Sha256.h"

#include <QIODevice>

namespace vanban {

class HashingReader : public QIODevice {
public:
    explicit HashingReader(QIODevice& source)
        : m_source(source) {}

    bool open(OpenMode mode) override { return (mode & WriteOnly) ? false : QIODevice::open(ReadOnly | Unbuffered); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_source.bytesAvailable() + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_source.atEnd() && QIODevice::bytesAvailable() == 0; }

    // The digest of the whole source (lower-case hex), or an empty string when reading it failed.
    QString digestHex() {
        QByteArray rest(1 << 20, Qt::Uninitialized);
        qint64 n = 0;
        while ((n = read(rest.data(), rest.size())) > 0) {
        }
        if (n < 0)
            return {};
        return QString::fromLatin1(m_hash.result().toHex());
    }
    qint64 bytesHashed() const { return m_size; }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        const qint64 n = m_source.read(data, maxSize);
        if (n > 0) {
            m_hash.addData(data, n);
            m_size += n;
        }
        return n == 0 && !m_source.atEnd() ? -1 : n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QIODevice& m_source;
    Sha256 m_hash;
    qint64 m_size = 0;
};

} // namespace vanban
