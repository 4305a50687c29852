#include "CliContext.h"

#include "auth/UserDirectory.h"

#include <QFile>
#include <QJsonDocument>
#include <cstdio>
#include <openssl/crypto.h>

namespace vanban::cli {

namespace {
void writeOut(FILE* stream, const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
    std::fflush(stream);
}
} // namespace

Result<Workspace*> CliContext::openWorkspace() {
    if (!m_workspace) {
        auto ws = Workspace::open(workspaceDir());
        if (!ws)
            return ws.error();
        m_workspace = std::move(ws).value();
    }
    return m_workspace.get();
}

void CliContext::close() {
    m_workspace.reset();
}

Result<QByteArray> CliContext::secretFrom(const QString& fileOption, const char* envVariable,
                                          const QString& what) const {
    if (m_args.has(fileOption)) {
        QFile f(m_args.value(fileOption));
        if (!f.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Invalid,
                         tr("Cannot read the %1 file %2: %3").arg(what, f.fileName(), f.errorString()), fileOption};
        QByteArray secret = f.readAll();
        while (secret.endsWith('\n') || secret.endsWith('\r'))
            secret.chop(1);
        return secret;
    }
    const QByteArray env = qgetenv(envVariable);
    if (!env.isEmpty())
        return env;
    return Error{ErrorCode::Invalid,
                 tr("The %1 is missing: give --%2 FILE or set %3 (never as an option value).")
                     .arg(what, fileOption, QString::fromLatin1(envVariable)),
                 fileOption};
}

Result<User> CliContext::authenticate() {
    const QString login = m_args.value(QStringLiteral("as"));
    if (login.isEmpty())
        return Error{
            ErrorCode::Permission,
            tr("This command acts as a user: give --as USER (password from --password-file or VANBAN_PASSWORD).")};
    auto ws = openWorkspace();
    if (!ws)
        return ws.error();
    auto password = secretFrom(QStringLiteral("password-file"), "VANBAN_PASSWORD", tr("password"));
    if (!password)
        return Error{ErrorCode::Permission, password.error().message};
    auto user = UserDirectory((*ws)->database()).authenticate(login, *password);
    OPENSSL_cleanse(password->data(), size_t(password->size()));
    return user;
}

Status CliContext::allowOptions(const QStringList& commandOptions) const {
    static const QStringList global = {QStringLiteral("workspace"),     QStringLiteral("db"),   QStringLiteral("as"),
                                       QStringLiteral("password-file"), QStringLiteral("json"), QStringLiteral("lang"),
                                       QStringLiteral("help")};
    for (const QString& name : m_args.optionNames()) {
        if (!global.contains(name) && !commandOptions.contains(name))
            return Error{ErrorCode::Usage, tr("Unknown option --%1 for this command (see --help).").arg(name)};
        if (m_args.values(name).size() > 1 && name != QLatin1String("file"))
            return Error{ErrorCode::Usage, tr("The option --%1 is given more than once.").arg(name)};
    }
    return {};
}

Result<QString> CliContext::required(const QString& option) const {
    const QString v = m_args.value(option);
    if (v.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, tr("The option --%1 is required.").arg(option), option};
    return v;
}

Result<QDate> CliContext::date(const QString& option) const {
    if (!m_args.has(option))
        return QDate();
    const QDate d = QDate::fromString(m_args.value(option), Qt::ISODate);
    if (!d.isValid())
        return Error{ErrorCode::Invalid,
                     tr("--%1: “%2” is not a date; expected YYYY-MM-DD.").arg(option, m_args.value(option)), option};
    return d;
}

Result<int> CliContext::integer(const QString& option, int fallback) const {
    if (!m_args.has(option))
        return fallback;
    bool ok = false;
    const int v = m_args.value(option).toInt(&ok);
    if (!ok || v < 0)
        return Error{ErrorCode::Invalid,
                     tr("--%1: “%2” is not a non-negative whole number.").arg(option, m_args.value(option)), option};
    return v;
}

ExitCode CliContext::succeed(const QJsonObject& json, const QString& text) {
    if (this->json())
        writeOut(stdout, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
    else if (!text.isEmpty())
        writeOut(stdout, text);
    return 0;
}

ExitCode CliContext::fail(const Error& error) {
    writeOut(stderr, tr("Error: %1").arg(error.message));
    if (json()) {
        QJsonObject e{{QStringLiteral("code"), int(error.code)}, {QStringLiteral("message"), error.message}};
        if (!error.field.isEmpty())
            e.insert(QStringLiteral("field"), error.field);
        writeOut(stdout, QString::fromUtf8(
                             QJsonDocument(QJsonObject{{QStringLiteral("error"), e}}).toJson(QJsonDocument::Indented)));
    }
    return int(error.code);
}

void CliContext::info(const QString& message) const {
    writeOut(stderr, message);
}

} // namespace vanban::cli
