#include "ExchangeFormat.h"

namespace vanban::ui {

QString ExchangeFormat::recipientState(const RecipientState& r) {
    const QString& s = r.state;
    if (s == QLatin1String("queued"))
        return tr("Waiting to be sent");
    if (s == QLatin1String("sent"))
        return tr("Sent");
    if (s == QLatin1String("arrived"))
        return tr("Arrived");
    if (s == QLatin1String("accepted"))
        return tr("Accepted");
    if (s == QLatin1String("returned"))
        return r.reason.isEmpty() ? tr("Returned") : tr("Returned (%1)").arg(r.reason);
    if (s == QLatin1String("assigned"))
        return tr("Assigned");
    if (s == QLatin1String("in-progress"))
        return tr("In progress");
    if (s == QLatin1String("done"))
        return tr("Completed");
    if (s == QLatin1String("failed"))
        return r.reason.isEmpty() ? tr("Failed") : tr("Failed (%1)").arg(r.reason);
    return s;
}

QString ExchangeFormat::businessType(int type) {
    switch (type) {
    case 1:
        return tr("Revoke");
    case 2:
        return tr("Update");
    case 3:
        return tr("Replace");
    default:
        return tr("New");
    }
}

QString ExchangeFormat::businessTypeHint(int type) {
    switch (type) {
    case 1:
        return tr("The sender revokes a document it sent before. Accepting agrees to the revocation; the document "
                  "already registered stays, with the order in its history.");
    case 2:
        return tr("The sender updates a document it sent before. Check what changed before registering it.");
    case 3:
        return tr("The sender replaces a document it sent before. Check which document it replaces before "
                  "registering it.");
    default:
        return {};
    }
}

QString ExchangeFormat::inboxState(const QString& state) {
    if (state == QLatin1String("pending"))
        return tr("Awaiting acceptance");
    if (state == QLatin1String("accepted"))
        return tr("Accepted");
    if (state == QLatin1String("returned"))
        return tr("Returned");
    return state;
}

QColor ExchangeFormat::attentionColor() {
    return QColor(0xc6, 0x28, 0x28);
}

} // namespace vanban::ui
