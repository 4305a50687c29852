// Where PKCS#11 modules are found: p11-kit registrations, the Windows vendor DLL names, the administrator's path.
#include "signing/ModuleDiscovery.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace vanban;

namespace {
void write(const QString& path, const QByteArray& text) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
}
} // namespace

TEST_CASE("p11-kit module registrations are read, relative names resolved against the module directory") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QDir root(dir.path());
    REQUIRE(root.mkpath(QStringLiteral("etc")));
    REQUIRE(root.mkpath(QStringLiteral("share")));
    REQUIRE(root.mkpath(QStringLiteral("lib")));
    const QString etc = root.filePath(QStringLiteral("etc"));
    const QString share = root.filePath(QStringLiteral("share"));
    const QString lib = root.filePath(QStringLiteral("lib"));
    write(lib + QStringLiteral("/opensc-pkcs11.so"), "not really a library");
    write(share + QStringLiteral("/opensc.module"), "# comment\n# module: commented.so\nmodule: opensc-pkcs11.so\n");
    write(share + QStringLiteral("/vendor.module"), "priority: 2\nmodule:   /opt/vendor/libvendor-p11.so  \n");
    write(share + QStringLiteral("/trust.module"), "trust-policy: yes\n"); // no module line: ignored
    write(share + QStringLiteral("/softhsm2.module"), "module: /usr/lib/softhsm/libsofthsm2.so\n");
    write(etc + QStringLiteral("/softhsm2.module"), "module: /etc-override/libsofthsm2.so\n"); // wins over share
    write(share + QStringLiteral("/README"), "module: not-a-module-file.so\n");                // wrong extension

    const QList<ModuleCandidate> found = ModuleDiscovery::p11KitModules({etc, share}, lib);
    QHash<QString, ModuleCandidate> byName;
    for (const ModuleCandidate& c : found)
        byName.insert(c.name, c);
    CHECK(found.size() == 3);
    REQUIRE(byName.contains(QStringLiteral("opensc")));
    CHECK(byName[QStringLiteral("opensc")].path == QDir::cleanPath(lib + QStringLiteral("/opensc-pkcs11.so")));
    CHECK(byName[QStringLiteral("opensc")].exists);
    CHECK(byName[QStringLiteral("opensc")].source == ModuleCandidate::Source::P11Kit);
    REQUIRE(byName.contains(QStringLiteral("vendor")));
    CHECK(byName[QStringLiteral("vendor")].path == QStringLiteral("/opt/vendor/libvendor-p11.so"));
    CHECK_FALSE(byName[QStringLiteral("vendor")].exists);
    REQUIRE(byName.contains(QStringLiteral("softhsm2")));
    CHECK(byName[QStringLiteral("softhsm2")].path == QStringLiteral("/etc-override/libsofthsm2.so"));
    CHECK_FALSE(byName.contains(QStringLiteral("trust")));
}

TEST_CASE("The Windows vendor module names of DOMAIN.md 7.4 are known and probed in given folders") {
    const QList<VendorModule> modules = ModuleDiscovery::windowsVendorModules();
    QStringList names;
    for (const VendorModule& m : modules)
        names << m.fileName;
    for (const char* expected : {"viettel-ca_v6.dll", "vnpt-ca_csp11.dll", "vnptca_p11_v8.dll", "SignatureP11.dll",
                                 "BkavCAPKCS11.dll", "eps2003csp11.dll", "ShuttleCsp11_3003.dll", "wdpkcs.dll",
                                 "eTPKCS11.dll", "ica_csp11_v1.dll", "ncca_csp11_v1.dll"})
        CHECK(names.contains(QString::fromLatin1(expected)));

    QTemporaryDir system32;
    REQUIRE(system32.isValid());
    write(system32.filePath(QStringLiteral("BkavCAPKCS11.dll")), "MZ");
    write(system32.filePath(QStringLiteral("unrelated.dll")), "MZ");
    const QList<ModuleCandidate> found = ModuleDiscovery::vendorModulesIn({system32.path()});
    REQUIRE(found.size() == 1);
    CHECK(found.first().vendor == QStringLiteral("BKAV-CA"));
    CHECK(found.first().source == ModuleCandidate::Source::VendorDll);
}

TEST_CASE("The administrator's module path comes first, even when it does not exist") {
    const QList<ModuleCandidate> found = ModuleDiscovery::discover(QStringLiteral("/opt/token/libadmin-p11.so"));
    REQUIRE_FALSE(found.isEmpty());
    CHECK(found.first().source == ModuleCandidate::Source::Administrator);
    CHECK(found.first().path == QStringLiteral("/opt/token/libadmin-p11.so"));
    CHECK_FALSE(found.first().exists);
    // Without it, whatever p11-kit registers on this machine; never the administrator entry.
    for (const ModuleCandidate& c : ModuleDiscovery::discover())
        CHECK(c.source != ModuleCandidate::Source::Administrator);
}
