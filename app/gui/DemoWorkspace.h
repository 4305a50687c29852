#pragma once
// The demo workspace (--demo): UBND huyện Nam Đàn with four accounts, 412 sample incoming documents and 64
// outgoing ones, created on first use in a folder of its own, never in the real workspace.

#include "common/Result.h"
#include "model/User.h"

#include <QCoreApplication>

namespace vanban::gui {

struct DemoAccount {
    const char* login;
    const char* password;
};

class DemoWorkspace {
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    // <default workspace>-demo, i.e. the sibling folder "workspace-demo".
    static QString defaultLocation();
    // UBND huyện Nam Đàn, 000.00.12.H41.
    static AgencyProfile defaultAgency();
    // Creates the demo workspace of `agency` in dir unless one exists there.
    static Status ensure(const QString& dir, const AgencyProfile& agency = defaultAgency());
    static const QList<DemoAccount>& accounts();
    // "Demo accounts: vanthu / vanthu123 (records clerk), …"
    static QString hint();
};

} // namespace vanban::gui
