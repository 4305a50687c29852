#pragma once
// Feeds QXmlStreamReader from a device one piece of markup or text at a time, so the reader never holds more
// than the piece it is parsing, and lets the caller take long text (attachment base64) straight from the input
// buffer instead: QXmlStreamReader collects a text node whole before it reports it, which for a 300 MB
// attachment would be 600 MB of QString. Assumes an ASCII-compatible encoding (UTF-8); startsLikeUtf16() tells.

#include <QByteArray>
#include <QString>
#include <functional>

class QIODevice;
class QXmlStreamReader;

namespace vanban::edxml {

class EdxmlInput {
public:
    enum class Step { Fed, Stopped, End, ReadError, MarkupTooLong, TextTooLong };
    using TextSink = std::function<bool(const char* data, qsizetype size)>;

    EdxmlInput(QIODevice& device, QXmlStreamReader& xml, qint64 maxPiece);

    // Gives the reader the next piece: markup up to and including its '>', or text up to the next '<'.
    Step feedUnit();
    // Whether the next input byte is text (not '<'). Reads more when needed.
    bool nextIsText();
    // Passes the text up to the next '<' (not included) to sink, bypassing the reader. Fed when '<' is next,
    // Stopped when the sink returned false.
    Step scanText(const TextSink& sink);

    bool startsLikeUtf16();
    qint64 consumed() const { return m_consumed; }
    QString errorString() const;

private:
    bool fill();

    QIODevice& m_device;
    QXmlStreamReader& m_xml;
    qint64 m_maxPiece;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    qint64 m_textRun = 0;
    bool m_eof = false;
    bool m_readError = false;
};

} // namespace vanban::edxml
