#include "CliArguments.h"

#include <QCoreApplication>

namespace vanban::cli {

bool CliArguments::isFlag(const QString& name) {
    static const QStringList flags = {
        QStringLiteral("json"),    QStringLiteral("help"),    QStringLiteral("force-duplicate"), QStringLiteral("once"),
        QStringLiteral("version"), QStringLiteral("offline"), QStringLiteral("invisible")};
    return flags.contains(name);
}

QString CliArguments::parse(const QStringList& argv) {
    for (int i = 0; i < argv.size(); ++i) {
        const QString& arg = argv[i];
        if (arg == QLatin1String("--")) {
            m_words += argv.mid(i + 1);
            break;
        }
        if (!arg.startsWith(QLatin1String("--")) || arg.size() == 2) {
            m_words << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        const int eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            if (isFlag(name))
                return QCoreApplication::translate("Cli", "The option --%1 takes no value.").arg(name);
        } else if (!isFlag(name)) {
            if (i + 1 >= argv.size())
                return QCoreApplication::translate("Cli", "The option --%1 needs a value.").arg(name);
            value = argv[++i];
        }
        m_values[name] << value;
    }
    return {};
}

} // namespace vanban::cli
