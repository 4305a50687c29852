#include "signing/ModuleDiscovery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#ifndef VANBAN_P11KIT_MODULE_PATH
#define VANBAN_P11KIT_MODULE_PATH "/usr/lib/x86_64-linux-gnu/pkcs11"
#endif
#ifndef VANBAN_P11KIT_SYSTEM_CONFIG_MODULES
#define VANBAN_P11KIT_SYSTEM_CONFIG_MODULES "/etc/pkcs11/modules"
#endif
#ifndef VANBAN_P11KIT_PACKAGE_CONFIG_MODULES
#define VANBAN_P11KIT_PACKAGE_CONFIG_MODULES "/usr/share/p11-kit/modules"
#endif

namespace vanban {

namespace {
// The value of the first `module:` line of a p11-kit module config; empty when there is none.
QString moduleLine(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.startsWith(QLatin1Char('#')))
            continue;
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0 && line.left(colon).trimmed() == QLatin1String("module"))
            return line.mid(colon + 1).trimmed();
    }
    return {};
}
} // namespace

QStringList ModuleDiscovery::defaultP11KitConfigDirectories() {
    return {QStringLiteral(VANBAN_P11KIT_SYSTEM_CONFIG_MODULES), QStringLiteral(VANBAN_P11KIT_PACKAGE_CONFIG_MODULES)};
}

QString ModuleDiscovery::defaultP11KitModuleDirectory() {
    return QStringLiteral(VANBAN_P11KIT_MODULE_PATH);
}

QList<ModuleCandidate> ModuleDiscovery::p11KitModules(const QStringList& configDirectories,
                                                      const QString& moduleDirectory) {
    QList<ModuleCandidate> modules;
    QSet<QString> seenNames;
    for (const QString& directory : configDirectories) {
        const QFileInfoList files =
            QDir(directory).entryInfoList({QStringLiteral("*.module")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo& file : files) {
            const QString name = file.completeBaseName();
            if (seenNames.contains(name))
                continue; // p11-kit: a config of the same name in an earlier (system) directory overrides
            seenNames.insert(name);
            const QString module = moduleLine(file.absoluteFilePath());
            if (module.isEmpty())
                continue;
            ModuleCandidate c;
            c.name = name;
            c.source = ModuleCandidate::Source::P11Kit;
            c.path = QDir::isAbsolutePath(module) ? QDir::cleanPath(module)
                                                  : QDir::cleanPath(QDir(moduleDirectory).filePath(module));
            c.exists = QFileInfo::exists(c.path);
            modules << c;
        }
    }
    return modules;
}

QList<VendorModule> ModuleDiscovery::windowsVendorModules() {
    static const QList<VendorModule> modules = {
        {QStringLiteral("Viettel-CA"), QStringLiteral("viettel-ca_v6.dll")},
        {QStringLiteral("Viettel-CA"), QStringLiteral("viettel-ca_v6_s.dll")},
        {QStringLiteral("Viettel-CA"), QStringLiteral("viettel-ca_v5.dll")},
        {QStringLiteral("Viettel-CA"), QStringLiteral("viettel-ca_v4.dll")},
        {QStringLiteral("Viettel-CA"), QStringLiteral("viettel-ca_v2.dll")},
        {QStringLiteral("Viettel-CA (SafeNet)"), QStringLiteral("eTPKCS11.dll")},
        {QStringLiteral("VNPT-CA"), QStringLiteral("vnpt-ca_csp11.dll")},
        {QStringLiteral("VNPT-CA"), QStringLiteral("vnpt-ca_csp11_x64.dll")},
        {QStringLiteral("VNPT-CA"), QStringLiteral("VNPT-CA_v34.dll")},
        {QStringLiteral("VNPT-CA"), QStringLiteral("vnptca_p11_v6.dll")},
        {QStringLiteral("VNPT-CA"), QStringLiteral("vnptca_p11_v8.dll")},
        {QStringLiteral("VNPT-CA"), QStringLiteral("vnpt-ca_cl_v1.dll")},
        {QStringLiteral("FPT-CA"), QStringLiteral("SignatureP11.dll")},
        {QStringLiteral("FPT-CA"), QStringLiteral("fpt-ca.dll")},
        {QStringLiteral("FPT-CA"), QStringLiteral("FPT_Token.dll")},
        {QStringLiteral("BKAV-CA"), QStringLiteral("BkavCA.dll")},
        {QStringLiteral("BKAV-CA"), QStringLiteral("BkavCAPKCS11.dll")},
        {QStringLiteral("BKAV-CA"), QStringLiteral("bkavca_p11.dll")},
        {QStringLiteral("I-CA"), QStringLiteral("ica_csp11_v1.dll")},
        {QStringLiteral("NCCA"), QStringLiteral("ncca_csp11_v1.dll")},
        {QStringLiteral("Feitian ePass2003"), QStringLiteral("eps2003csp11.dll")},
        {QStringLiteral("CA2"), QStringLiteral("ShuttleCsp11_3003.dll")},
        {QStringLiteral("WatchData"), QStringLiteral("wdpkcs.dll")},
        {QStringLiteral("VGCA (unverified)"), QStringLiteral("gclib.dll")},
    };
    return modules;
}

QList<ModuleCandidate> ModuleDiscovery::vendorModulesIn(const QStringList& directories) {
    QList<ModuleCandidate> found;
    for (const QString& directory : directories) {
        const QDir dir(directory);
        for (const VendorModule& m : windowsVendorModules()) {
            const QString path = dir.filePath(m.fileName);
            if (!QFileInfo::exists(path))
                continue;
            ModuleCandidate c;
            c.path = QDir::cleanPath(path);
            c.name = m.fileName;
            c.vendor = m.vendor;
            c.source = ModuleCandidate::Source::VendorDll;
            c.exists = true;
            found << c;
        }
    }
    return found;
}

QList<ModuleCandidate> ModuleDiscovery::discover(const QString& administratorPath) {
    QList<ModuleCandidate> all;
    if (!administratorPath.trimmed().isEmpty()) {
        ModuleCandidate c;
        c.path = QDir::cleanPath(administratorPath.trimmed());
        c.name = QFileInfo(c.path).fileName();
        c.source = ModuleCandidate::Source::Administrator;
        c.exists = QFileInfo::exists(c.path);
        all << c;
    }
#if defined(Q_OS_WIN)
    const QString windows = qEnvironmentVariable("SystemRoot", QStringLiteral("C:/Windows"));
    all += vendorModulesIn({windows + QStringLiteral("/System32"), windows + QStringLiteral("/SysWOW64")});
#else
    all += p11KitModules(defaultP11KitConfigDirectories(), defaultP11KitModuleDirectory());
#endif
    QList<ModuleCandidate> unique;
    QSet<QString> paths;
    for (const ModuleCandidate& c : all) {
        const QString key =
            QFileInfo(c.path).canonicalFilePath().isEmpty() ? c.path : QFileInfo(c.path).canonicalFilePath();
        if (paths.contains(key))
            continue;
        paths.insert(key);
        unique << c;
    }
    return unique;
}

} // namespace vanban
