#pragma once
// Loads VanBan's translations (embedded .qm files) for vi (default) or en, plus the Vietnamese translation of
// Qt's standard dialogs: Debian's Qt ships none, so VanBan carries its own (translations/qtbase_vi.ts), and a
// system qtbase_vi.qm is preferred when one is installed.

#include <QString>

namespace vanban {

class Localization {
public:
    // language: "vi" or "en". Returns false if the language is unknown.
    static bool install(const QString& language);
    static QString languageFromEnvironment(); // VANBAN_LANG, default "vi"
};

} // namespace vanban
