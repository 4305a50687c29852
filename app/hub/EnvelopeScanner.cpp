#include "EnvelopeScanner.h"

#include <QXmlStreamReader>

namespace vanban::hub {

namespace {
Error invalid(const QString& element, const QString& reason) {
    return Error::invalid(element, QStringLiteral("%1: %2").arg(element, reason));
}

void appendOnce(QStringList& list, const QString& value) {
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}
} // namespace

Result<EnvelopeInfo> EnvelopeScanner::scan(QIODevice& device) {
    QXmlStreamReader xml(&device);
    EnvelopeInfo info;
    QStringList path; // local names from the root down to the current element
    bool sawHeader = false;
    bool sawMessageHeader = false;
    bool headerClosed = false;
    while (!headerClosed && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString();
            if (path.isEmpty() && name != QLatin1String("edXML"))
                return invalid(QStringLiteral("edXML"),
                               QStringLiteral("the root element is <%1>, not an edXML package").arg(name));
            const QString parent = path.value(path.size() - 1);
            const QString grandParent = path.value(path.size() - 2);
            path.append(name);
            if (name == QLatin1String("edXMLHeader"))
                sawHeader = true;
            if (name == QLatin1String("MessageHeader") && parent == QLatin1String("edXMLHeader"))
                sawMessageHeader = true;
            if (!sawMessageHeader)
                continue;
            const bool inMessageHeader = grandParent == QLatin1String("MessageHeader");
            if (name == QLatin1String("OrganId") && inMessageHeader) {
                const QString value = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                path.removeLast();
                if (parent == QLatin1String("From"))
                    info.fromOrganId = value;
                else if (parent == QLatin1String("To"))
                    appendOnce(info.toOrganIds, value);
                else if (parent == QLatin1String("ResponseFor"))
                    appendOnce(info.responseForOrganIds, value);
            } else if (parent == QLatin1String("MessageHeader") &&
                       (name == QLatin1String("StatusCode") || name == QLatin1String("DocumentId"))) {
                const QString value = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                path.removeLast();
                if (name == QLatin1String("StatusCode")) {
                    info.hasStatusCode = true;
                    info.statusCode = value;
                } else {
                    info.documentId = value;
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("edXMLHeader"))
                headerClosed = true;
            if (!path.isEmpty())
                path.removeLast();
        }
    }
    if (!headerClosed && xml.hasError())
        return invalid(QStringLiteral("edXML"), QStringLiteral("not well-formed XML (line %1, column %2): %3")
                                                    .arg(xml.lineNumber())
                                                    .arg(xml.columnNumber())
                                                    .arg(xml.errorString()));
    if (!sawHeader)
        return invalid(QStringLiteral("edXMLHeader"), QStringLiteral("missing"));
    if (!sawMessageHeader)
        return invalid(QStringLiteral("MessageHeader"), QStringLiteral("missing"));
    if (!headerClosed)
        return invalid(QStringLiteral("edXMLHeader"), QStringLiteral("not closed"));
    if (info.fromOrganId.isEmpty())
        return invalid(QStringLiteral("From/OrganId"), QStringLiteral("missing or empty"));
    if (info.isStatus() && info.statusCode.isEmpty())
        return invalid(QStringLiteral("StatusCode"), QStringLiteral("empty"));
    if (info.isStatus() && info.responseForOrganIds.isEmpty())
        return invalid(QStringLiteral("ResponseFor/OrganId"), QStringLiteral("a status package names no recipient"));
    if (!info.isStatus() && info.toOrganIds.isEmpty())
        return invalid(QStringLiteral("To/OrganId"), QStringLiteral("the package names no recipient"));
    return info;
}

} // namespace vanban::hub
