#pragma once
// A minimal DER encoder for the CMS structures VanBan builds itself (SignedData without signing-time, ESS
// signing-certificate-v2): tag-length-value, and the DER ordering of SET OF.

#include <QByteArray>
#include <QList>

namespace vanban::der {

QByteArray tlv(unsigned char tag, const QByteArray& content);
QByteArray sequence(const QByteArray& content);
// A SET OF: the elements sorted as DER requires (X.690 §11.6).
QByteArray setOf(QList<QByteArray> elements);
QByteArray octetString(const QByteArray& bytes);
QByteArray integer(int value); // small non-negative values
// An OBJECT IDENTIFIER from dotted text ("1.2.840.113549.1.7.2").
QByteArray oid(const char* dotted);
QByteArray null();
// Context-specific constructed [n] (EXPLICIT, or IMPLICIT for a constructed type).
QByteArray context(int number, const QByteArray& content);
// The tag and length of the element at `offset`: content start and length; false when malformed.
bool header(const QByteArray& der, qsizetype offset, unsigned char* tag, qsizetype* contentStart,
            qsizetype* contentLength);

} // namespace vanban::der
