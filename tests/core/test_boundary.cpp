// The GUI-free core: no file of core/ outside the pdf adapter includes a GUI header, and vanban_core does not link
// QtGui (its declared link libraries, and what a program linking only vanban_core loads).
#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

TEST_CASE("No core file includes a GUI header") {
    const QRegularExpression gui(
        QStringLiteral(
            R"(^\s*#\s*include\s*[<"](QtGui|QtWidgets|QtPrintSupport|QtQuick|QtQml|poppler|QWidget|QApplication|QGuiApplication|QImage|QPixmap|QPainter|QColor|QFont|QIcon|QAction|QPdfWriter|QTextDocument)\b)"),
        QRegularExpression::MultilineOption);
    QDirIterator it(QStringLiteral(VANBAN_SOURCE_DIR "/core"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    QStringList offenders;
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QStringLiteral("/core/pdf/")))
            continue;
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        ++files;
        if (gui.match(QString::fromUtf8(f.readAll())).hasMatch())
            offenders << path;
    }
    CHECK(files > 20);
    INFO(offenders.join(QLatin1Char('\n')).toStdString());
    CHECK(offenders.isEmpty());
}

TEST_CASE("vanban_core links no GUI library") {
    // What CMake links vanban_core with (generated at configure time from the target's properties).
    QFile libs(QStringLiteral(VANBAN_CORE_LINK_LIBRARIES_FILE));
    REQUIRE(libs.open(QIODevice::ReadOnly));
    const QString declared = QString::fromUtf8(libs.readAll());
    CHECK(declared.contains(QStringLiteral("Qt6::Core")));
    for (const char* gui : {"Gui", "Widgets", "PrintSupport", "POPPLER", "poppler"})
        CHECK_FALSE(declared.contains(QString::fromLatin1(gui)));

    // What the dynamic linker loads for a program that links only vanban_core.
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), {QStringLiteral(VANBAN_CORE_PROBE)});
    REQUIRE(ldd.waitForFinished(30000));
    const QString loaded = QString::fromUtf8(ldd.readAllStandardOutput());
    CHECK(loaded.contains(QStringLiteral("libQt6Core")));
    CHECK_FALSE(loaded.contains(QStringLiteral("libQt6Gui")));
    CHECK_FALSE(loaded.contains(QStringLiteral("libQt6Widgets")));
    CHECK_FALSE(loaded.contains(QStringLiteral("poppler")));
}
