#pragma once
// Streaming base64 decoder for attachment text: fed in pieces as the XML text arrives, it appends the decoded
// bytes to a caller's buffer. Whitespace and numeric character references to whitespace (&#13; &#xA; …, which
// some producers write between lines) are skipped; padding may end the data; anything else is refused.

#include <QByteArray>

namespace vanban::edxml {

class Base64Decoder {
public:
    // Decodes `size` bytes of text; appends to `out`. False when the text is not base64.
    bool feed(const char* text, qsizetype size, QByteArray& out);
    // The text is complete: false when it ends in the middle of a group.
    bool finish(QByteArray& out);

private:
    quint32 m_bits = 0;
    int m_count = 0;     // sextets in m_bits
    int m_padding = 0;   // '=' seen
    char m_ref[12] = {}; // a character reference being read ("&#13;")
    int m_refLength = -1;
};

} // namespace vanban::edxml
