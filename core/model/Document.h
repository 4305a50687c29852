#pragma once
// A registered document with the canonical fields of DOMAIN.md §3 (edXML element names in camelCase).

#include "model/Enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace vanban {

struct DocumentFile {
    qint64 id = 0;
    int position = 0; // 0 = main document, then attachments
    QString name;
    qint64 size = 0;
    QString sha256;
    QString textState; // pending / done / none / failed (full-text extraction)
    // Digital signatures, verified when the file was registered: pending / unsigned / valid / invalid / unreadable /
    // not-pdf, and the verifier's JSON report ({"signatures": […], "allValid": …} or {"error": …}).
    QString signatureState;
    QString signatureReport;
};

struct HistoryEntry {
    QDateTime at;
    QString userLogin;
    QString userFullName;
    QString action;  // registered, …
    QString details; // JSON object
};

struct Document {
    qint64 id = 0;
    Direction direction = Direction::Incoming;
    QString bookId;
    int year = 0;
    int number = 0; // arrivalNumber for incoming documents, the number (số) given to outgoing ones
    bool secretSequence = false;
    QDateTime arrivalDate; // local time
    QString codeNumber;    // số
    QString codeNotation;  // ký hiệu, case-sensitive
    QDate issuedDate;
    QString typeName;
    QString subject;
    QString organId;   // incoming: the sender; outgoing: the issuing agency (this workspace's)
    QString organName; // idem
    QString signerFullName;
    QString signerPosition; // SignerInfo/Position, e.g. "Chủ tịch"
    QString toPlaces;       // nơi nhận of an outgoing document, free text (one recipient a line)
    Priority priority = Priority::Normal;
    Secrecy secrecy = Secrecy::None;
    QDate dueDate;
    int pageAmount = 0; // 0 = not given
    QString status;
    QList<DocumentFile> files;

    // "01" … "09", "10" …: numbers below 10 are shown zero-padded (Nghị định 30).
    static QString numberText(int number) {
        return number < 10 ? QStringLiteral("0%1").arg(number) : QString::number(number);
    }
    // "12/QĐ-UBND"
    QString code() const {
        if (codeNotation.isEmpty())
            return codeNumber;
        return codeNumber.isEmpty() ? codeNotation : codeNumber + QLatin1Char('/') + codeNotation;
    }
};

} // namespace vanban
