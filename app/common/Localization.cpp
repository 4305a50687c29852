#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QTranslator>

namespace vanban {

bool Localization::install(const QString& language) {
    if (language != QLatin1String("vi") && language != QLatin1String("en"))
        return false;
    QLocale::setDefault(QLocale(language == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English,
                                language == QLatin1String("vi") ? QLocale::Vietnam : QLocale::UnitedKingdom));
    // Switching languages replaces the translators installed before.
    static QList<QTranslator*> installed;
    for (QTranslator* t : installed) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installed.clear();
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/vanban_") + language + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(own);
        installed << own;
    } else {
        delete own;
    }
    if (language == QLatin1String("vi")) {
        auto* qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_vi"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
            qt->load(QStringLiteral(":/i18n/qtbase_vi.qm"))) {
            QCoreApplication::installTranslator(qt);
            installed << qt;
        } else {
            delete qt;
        }
    }
    return true;
}

QString Localization::languageFromEnvironment() {
    const QString env = qEnvironmentVariable("VANBAN_LANG");
    return env.isEmpty() ? QStringLiteral("vi") : env;
}

} // namespace vanban
