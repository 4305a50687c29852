#include "signing/SignatureChecker.h"

#include "signing/TrustStore.h"
#include "signing/VerificationJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

namespace vanban {

VerifyOptions SignatureChecker::defaultOptions() {
    VerifyOptions options;
    if (Result<TrustStore> store = TrustStore::load(TrustStore::defaultDirectory()))
        options.trustAnchors = store->anchorsDer();
    return options;
}

Result<int> SignatureChecker::checkPending(int max) {
    Database& db = m_ws.database();
    auto q = db.exec(QStringLiteral("SELECT id, name, sha256 FROM document_files WHERE signature_state = 'pending' "
                                    "ORDER BY id LIMIT ?"),
                     {max});
    if (!q)
        return q.error();
    struct Pending {
        qint64 id;
        QString name;
        QString sha256;
    };
    QList<Pending> pending;
    while (q->next())
        pending << Pending{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()};
    q->finish();

    PdfSignatureVerifier verifier(m_options);
    for (const Pending& file : pending) {
        const QString path = m_ws.blobs().pathOf(file.sha256);
        QString state;
        QJsonObject report;
        QFile f(path);
        const bool isPdf = f.open(QIODevice::ReadOnly) && f.peek(1024).contains("%PDF-");
        f.close();
        if (!isPdf) {
            state = QStringLiteral("not-pdf");
        } else if (Result<PdfVerificationReport> verified = verifier.verifyFile(path); !verified) {
            state = QStringLiteral("unreadable");
            report = {{QStringLiteral("error"), verified.error().message}};
        } else {
            report = VerificationJson::report(verified.value());
            state = verified->signatures.isEmpty() ? QStringLiteral("unsigned")
                    : verified->allValid()         ? QStringLiteral("valid")
                                                   : QStringLiteral("invalid");
        }
        const QString now = m_clock.now().toString(Qt::ISODate);
        const Status saved = db.write([&]() -> Status {
            auto u =
                db.exec(QStringLiteral("UPDATE document_files SET signature_state = ? WHERE id = ?"), {state, file.id});
            if (!u)
                return u.error();
            if (report.isEmpty())
                return {};
            auto r =
                db.exec(QStringLiteral("INSERT INTO document_signature_checks (file_id, checked_at, report) VALUES "
                                       "(?, ?, ?) ON CONFLICT (file_id) DO UPDATE SET checked_at = "
                                       "excluded.checked_at, report = excluded.report"),
                        {file.id, now, QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Compact))});
            if (!r)
                return r.error();
            return {};
        });
        if (!saved)
            return saved.error();
    }
    return int(pending.size());
}

} // namespace vanban
