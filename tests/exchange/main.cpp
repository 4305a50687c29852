#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char** argv) {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("VANBAN_SECRET_STORE", "encrypted"); // no desktop keychain in tests
    // One key file for this run, shared with the vanban-cli processes the tests start.
    QTemporaryDir keyDir;
    qputenv("VANBAN_SECRET_KEY_FILE", keyDir.filePath(QStringLiteral("secret.key")).toUtf8());
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
