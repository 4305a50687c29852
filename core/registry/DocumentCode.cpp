#include "registry/DocumentCode.h"

#include <QRegularExpression>

namespace vanban {

Result<DocumentCode> DocumentCode::parse(const QString& text) {
    QString s = text.normalized(QString::NormalizationForm_C).simplified();
    static const QRegularExpression prefix(QStringLiteral("^[Ss][Ốố]\\s*:?\\s*"));
    s.remove(prefix);
    s.remove(QLatin1Char(' '));
    if (s.isEmpty())
        return Error::invalid(QStringLiteral("code"),
                              tr("Number and notation (số, ký hiệu) is empty; expected e.g. 12/QĐ-UBND."));
    const int slash = s.indexOf(QLatin1Char('/'));
    DocumentCode code;
    if (slash < 0) {
        // Only a number ("15") or only a notation.
        bool digits = true;
        for (QChar c : s)
            digits = digits && c.isDigit();
        if (digits)
            code.number = s;
        else
            code.notation = s;
    } else {
        code.number = s.left(slash);
        code.notation = s.mid(slash + 1);
    }
    static const QRegularExpression number(QStringLiteral("^[0-9]{1,11}[a-zA-Z]?$"));
    if (!code.number.isEmpty() && !number.match(code.number).hasMatch())
        return Error::invalid(
            QStringLiteral("code"),
            tr("The number “%1” in “%2” is not a document number; expected e.g. 12/QĐ-UBND.").arg(code.number, text));
    if (code.notation.size() > 30)
        return Error::invalid(QStringLiteral("code"),
                              tr("The notation (ký hiệu) “%1” is longer than 30 characters.").arg(code.notation));
    if (code.notation.startsWith(QLatin1Char('-')) || code.notation.endsWith(QLatin1Char('-')) ||
        code.notation.contains(QLatin1String("//")))
        return Error::invalid(
            QStringLiteral("code"),
            tr("The notation (ký hiệu) “%1” is malformed; expected e.g. QĐ-UBND.").arg(code.notation));
    return code;
}

} // namespace vanban
