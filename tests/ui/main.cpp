#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "AsyncTask.h"
#include "MessageBox.h"

#include <QApplication>
#include <QStandardPaths>

// Widget tests run without a screen (offscreen platform) and never show a message box.
int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    vanban::ui::MessageBox::setTestMode(true);
    const int rc = Catch::Session().run(argc, argv);
    vanban::ui::AsyncTask::waitForAll();
    return rc;
}
