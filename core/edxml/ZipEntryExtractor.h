#pragma once
// Extracts the one file of a zip archive while its bytes arrive (forward only, nothing buffered but the zlib
// window): local headers, stored or deflated data, data descriptors (also zip64), CRC and size checks. Directory
// entries are ignored; a second file, an encrypted entry or an unknown method is refused. The central directory
// at the end is not needed and is skipped.

#include <QByteArray>
#include <QString>
#include <functional>
#include <memory>

namespace vanban::edxml {

class ZipEntryExtractor {
public:
    enum class Failure { None, Damaged, Encrypted, SeveralFiles, Method, NoFile, Output };
    // Receives the extracted bytes; returning false stops extraction with Failure::Output.
    using Sink = std::function<bool(const char* data, qsizetype size)>;

    explicit ZipEntryExtractor(Sink sink);
    ~ZipEntryExtractor();
    ZipEntryExtractor(const ZipEntryExtractor&) = delete;
    ZipEntryExtractor& operator=(const ZipEntryExtractor&) = delete;

    // False once extraction has failed; failure() says why.
    bool feed(const char* data, qsizetype size);
    // All bytes are in: false when the archive ended early or held no file.
    bool finish();
    Failure failure() const { return m_failure; }
    QString entryName() const { return m_entryName; }

private:
    enum class State { Header, NameAndExtra, Data, Descriptor, Signature, Trailer };
    bool fail(Failure f);
    bool startEntry();
    bool endData();
    bool checkEntry(quint32 crc, quint64 compressed, quint64 uncompressed);
    bool output(const char* data, qsizetype size);

    struct Inflater;
    Sink m_sink;
    std::unique_ptr<Inflater> m_inflater;
    Failure m_failure = Failure::None;
    State m_state = State::Signature;
    QByteArray m_need; // bytes collected for the current fixed-size part
    qsizetype m_needed = 4;
    // The current entry.
    quint16 m_flags = 0;
    quint16 m_method = 0;
    quint32 m_crc = 0;
    quint64 m_compressed = 0;
    quint64 m_uncompressed = 0;
    bool m_zip64 = false;
    bool m_directory = false;
    quint64 m_dataRead = 0; // compressed bytes consumed
    quint64 m_written = 0;  // uncompressed bytes produced
    quint32 m_runningCrc = 0;
    bool m_descriptorSignatureChecked = false;
    int m_files = 0;
    QString m_entryName;
};

} // namespace vanban::edxml
