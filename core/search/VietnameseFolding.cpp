#include "search/VietnameseFolding.h"

namespace vanban {

QString VietnameseFolding::fold(const QString& text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        const char16_t u = c.unicode();
        if (u == 0x0111 || u == 0x0110 || u == 0x00F0 || u == 0x0189) // đ Đ ð Ɖ
            out += QLatin1Char('d');
        else
            out += c.toCaseFolded();
    }
    return out;
}

QStringList VietnameseFolding::words(const QString& text) {
    const QString folded = fold(text);
    QStringList out;
    QString current;
    for (QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

} // namespace vanban
