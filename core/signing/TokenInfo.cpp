#include "signing/TokenInfo.h"

namespace vanban {

QStringList TokenInfo::pinWarnings() const {
    QStringList warnings;
    if (pinLocked)
        warnings << tr("The user PIN is locked after too many wrong entries; the token cannot sign until it is "
                       "unblocked with the SO PIN (PUK) by its issuer or your administrator.");
    else if (pinFinalTry)
        warnings << tr("Only one PIN try is left: one more wrong PIN locks the token.");
    else if (pinCountLow)
        warnings << tr("Few PIN tries are left before the token locks.");
    if (pinToBeChanged)
        warnings << tr("The token asks for its PIN to be changed.");
    return warnings;
}

QString TokenInfo::displayName() const {
    if (serial.isEmpty())
        return label;
    return tr("%1 (serial %2)").arg(label, serial);
}

} // namespace vanban
