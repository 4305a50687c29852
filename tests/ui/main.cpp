#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "AsyncTask.h"
#include "MessageBox.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

// Widget tests run without a screen (offscreen platform) and never show a message box.
int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    qputenv("VANBAN_SECRET_STORE", "encrypted"); // no desktop keychain in tests
    QTemporaryDir keyDir;
    qputenv("VANBAN_SECRET_KEY_FILE", keyDir.filePath(QStringLiteral("secret.key")).toUtf8());
    QApplication app(argc, argv);
    vanban::ui::MessageBox::setTestMode(true);
    const int rc = Catch::Session().run(argc, argv);
    vanban::ui::AsyncTask::waitForAll();
    return rc;
}
