#pragma once
// Command-line parsing for vanban-cli: words (the command and its positional arguments) and --options, in any
// order. "--name value" and "--name=value" both work; flags take no value; some options repeat.

#include <QHash>
#include <QStringList>

namespace vanban::cli {

class CliArguments {
public:
    // Returns an empty string on success, otherwise the usage error.
    QString parse(const QStringList& argv);

    const QStringList& words() const { return m_words; }
    bool has(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name) const { return m_values.value(name).value(0); }
    QStringList values(const QString& name) const { return m_values.value(name); }
    QStringList optionNames() const { return m_values.keys(); }

    static bool isFlag(const QString& name);

private:
    QStringList m_words;
    QHash<QString, QStringList> m_values;
};

} // namespace vanban::cli
