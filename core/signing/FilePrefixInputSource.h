#pragma once
// libqpdf's input for the first `length` bytes of a file: qpdf reads only what it needs (the cross-reference
// sections and the objects the caller resolves), through a 64 KiB window, and never sees bytes written after the
// prefix (a signer appends its update to the same file later). readAt() serves PdfSource's own structure checks.

#include <QByteArray>
#include <QFile>
#include <string>

#include <qpdf/InputSource.hh>

namespace vanban {

class FilePrefixInputSource : public InputSource {
public:
    // The file must be open for reading; `length` is at most its size.
    FilePrefixInputSource(const QString& path, qint64 length, const std::string& name);

    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_file.errorString(); }
    qint64 length() const { return m_length; }
    // Up to `count` bytes from `offset`, fewer at the end of the prefix; empty on a read error.
    QByteArray readAt(qint64 offset, qint64 count);

    // InputSource
    qpdf_offset_t findAndSkipNextEOL() override;
    std::string const& getName() const override { return m_name; }
    qpdf_offset_t tell() override { return m_position; }
    void seek(qpdf_offset_t offset, int whence) override;
    void rewind() override { m_position = 0; }
    size_t read(char* buffer, size_t length) override;
    void unreadCh(char ch) override;

private:
    bool fill(qint64 offset); // loads the window that starts at `offset`

    QFile m_file;
    qint64 m_length = 0;
    std::string m_name;
    qint64 m_position = 0;
    QByteArray m_window;
    qint64 m_windowStart = 0;
};

} // namespace vanban
