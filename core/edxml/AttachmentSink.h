#pragma once
// Where the decoded bytes of one attachment go while the base64 text is read: a temporary file in the
// attachment folder, its size and SHA-256, and — when the bytes start with the zip signature — the file of the
// zip extracted at the same time into a second temporary file. finish() decides which one is the attachment:
// the transport zip of Bkav / VPCP producers is unpacked, a document that is itself a zip (.docx, .odt …) or a
// zip the sender attached as such is kept. Both temporary files are removed unless the caller takes the result.

#include "edxml/ZipEntryExtractor.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryFile>
#include <memory>

struct evp_md_ctx_st;

namespace vanban::edxml {

// SHA-256 through OpenSSL (several times faster than QCryptographicHash in Qt 6.4 on CPUs with SHA extensions).
class Sha256 {
public:
    Sha256();
    void add(const char* data, qsizetype size);
    QByteArray result();

private:
    struct Free {
        void operator()(evp_md_ctx_st* ctx) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_ctx;
};

class AttachmentSink {
public:
    enum class Failure { None, Create, Write, TooLarge, Zip };

    AttachmentSink(const QString& dir, qint64 maxBytes);
    ~AttachmentSink();
    AttachmentSink(const AttachmentSink&) = delete;
    AttachmentSink& operator=(const AttachmentSink&) = delete;

    bool open();
    bool write(const char* data, qsizetype size);
    // All bytes are in. `name` and `declaredType` are the AttachmentName and ContentType of the package.
    bool finish(const QString& name, const QString& declaredType);

    Failure failure() const { return m_failure; }
    ZipEntryExtractor::Failure zipFailure() const;
    qint64 decodedBytes() const { return m_raw.size; } // so far, before unpacking

    // After a successful finish(): the chosen file (still a temporary name), which the caller renames. Taking it
    // stops the sink from removing it.
    QString takeFile();
    qint64 size() const { return m_chosen ? m_chosen->size : 0; }
    QString sha256() const { return m_chosen ? m_chosenDigest : QString(); }
    bool unzipped() const { return m_chosen == &m_extracted; }
    QString zipEntryName() const { return m_extractor ? m_extractor->entryName() : QString(); }

    // Names of document formats that are zip archives themselves (docx, odt …).
    static bool isZipBasedDocument(const QString& name, const QString& contentType);

private:
    struct Output {
        std::unique_ptr<QTemporaryFile> file;
        Sha256 hash;
        qint64 size = 0;
        QByteArray head; // the first bytes, for sniffing
    };
    bool put(Output& out, const char* data, qsizetype size);
    bool fail(Failure f);

    QString m_dir;
    qint64 m_maxBytes;
    Failure m_failure = Failure::None;
    Output m_raw;
    Output m_extracted;
    bool m_extractedTooLarge = false;
    bool m_extractedWriteFailed = false;
    bool m_sniffed = false;
    std::unique_ptr<ZipEntryExtractor> m_extractor;
    bool m_extractorFailed = false;
    Output* m_chosen = nullptr;
    QString m_chosenDigest;
};

} // namespace vanban::edxml
