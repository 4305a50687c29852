#pragma once
// Where the PKCS#11 modules (token drivers) are: on Linux the modules registered with p11-kit (the `module:` lines of
// its *.module files; a relative name is in p11-kit's module directory); on Windows the DLLs of the Vietnamese CAs'
// drivers (DOMAIN.md §7.4) found in System32 / SysWOW64; and a path the administrator set, always first.

#include <QList>
#include <QString>
#include <QStringList>

namespace vanban {

struct ModuleCandidate {
    enum class Source { Administrator, P11Kit, VendorDll };
    QString path;
    QString name;   // the .module file's name without extension ("softhsm2"), or the DLL's name
    QString vendor; // for vendor DLLs: "Viettel-CA", "VNPT-CA" …
    Source source = Source::P11Kit;
    bool exists = false;
};

struct VendorModule {
    QString vendor;
    QString fileName;
};

class ModuleDiscovery {
public:
    // Everything found on this system, the administrator's path first (listed even if it does not exist, so the
    // problem shows), without duplicates.
    static QList<ModuleCandidate> discover(const QString& administratorPath = {});

    // The p11-kit registrations in these config directories (later directories do not override earlier ones with the
    // same file name, as in p11-kit: the system directory /etc/pkcs11/modules wins over the package one when given
    // first). Relative module names resolve against moduleDirectory.
    static QList<ModuleCandidate> p11KitModules(const QStringList& configDirectories, const QString& moduleDirectory);
    static QStringList defaultP11KitConfigDirectories(); // /etc/pkcs11/modules, /usr/share/p11-kit/modules …
    static QString defaultP11KitModuleDirectory();       // e.g. /usr/lib/x86_64-linux-gnu/pkcs11

    // The known Windows module names of Vietnamese CA tokens (data; probed only on Windows).
    static QList<VendorModule> windowsVendorModules();
    // The vendor DLLs present in these directories (System32, SysWOW64 on Windows).
    static QList<ModuleCandidate> vendorModulesIn(const QStringList& directories);
};

} // namespace vanban
