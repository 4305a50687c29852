#include "Screenshots.h"

#include "DocumentDetailPane.h"
#include "ExchangeRecipientsWidget.h"
#include "InboxDetailPane.h"
#include "InboxView.h"
#include "MainWindow.h"
#include "PdfPreviewWidget.h"
#include "RegisterIncomingDialog.h"
#include "SignDialog.h"
#include "SignaturePanel.h"
#include "WindowCapture.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <cstdio>
#include <memory>

namespace vanban::gui {

namespace {
constexpr int kPreviewWaitMs = 1500;
constexpr int kMaxWaitMs = 15000;

void saveAndQuit(QWidget* widget, const QString& path) {
    const bool saved = ui::WindowCapture::save(widget, path);
    if (!saved)
        std::fprintf(stderr, "vanban: could not save the screenshot %s\n", qPrintable(path));
    QCoreApplication::exit(saved ? 0 : 1);
}
} // namespace

void scheduleWindowScreenshot(ui::MainWindow* window, const QString& pngPath) {
    QTimer::singleShot(0, window, [window, pngPath] {
        auto* poll = new QTimer(window);
        auto* clock = new QElapsedTimer;
        clock->start();
        auto selected = std::make_shared<bool>(false);
        QObject::connect(poll, &QTimer::timeout, window, [window, poll, clock, pngPath, selected] {
            const bool inbox = window->isInboxShown();
            if (!*selected) {
                if (inbox && window->inboxView()->isLoading() && clock->elapsed() < kMaxWaitMs)
                    return; // the received packages are read in the background
                window->selectFirstRow();
                *selected = true;
                // The outgoing document's exchange recipients, when it was sent.
                if (!inbox) {
                    auto* tabs = window->detailPane()->findChild<QTabWidget*>(QStringLiteral("detailTabs"));
                    auto* recipients = window->detailPane()->findChild<ui::ExchangeRecipientsWidget*>();
                    if (tabs && recipients && recipients->list()->topLevelItemCount() > 0)
                        tabs->setCurrentWidget(recipients);
                }
                clock->restart();
                return;
            }
            const bool rendering = inbox ? window->inboxView()->detail()->preview()->isRendering()
                                         : window->detailPane()->preview()->isRendering();
            if ((clock->elapsed() < kPreviewWaitMs || rendering) && clock->elapsed() < kMaxWaitMs)
                return;
            poll->stop();
            delete clock;
            saveAndQuit(window, pngPath);
        });
        poll->start(100);
    });
}

void scheduleDialogScreenshot(ui::MainWindow* window, const QString& pngPath, const QStringList& files) {
    // The dialog runs its own event loop; a timer started before it finds and photographs it.
    QTimer::singleShot(800, window, [pngPath, files] {
        auto* dialog = qobject_cast<ui::RegisterIncomingDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            std::fprintf(stderr, "vanban: the registration dialog did not open (is the user a records clerk?)\n");
            QCoreApplication::exit(1);
            return;
        }
        // Sample values (domain data).
        dialog->findChild<QLineEdit*>(QStringLiteral("codeEdit"))->setText(QStringLiteral("1250/STC-QLNS"));
        dialog->findChild<QComboBox*>(QStringLiteral("typeCombo"))->setCurrentText(QStringLiteral("Công văn"));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("subjectEdit"))
            ->setPlainText(QStringLiteral("V/v hướng dẫn lập dự toán ngân sách nhà nước năm 2027"));
        dialog->findChild<QLineEdit*>(QStringLiteral("organNameEdit"))
            ->setText(QStringLiteral("Sở Tài chính tỉnh Nghệ An"));
        dialog->findChild<QLineEdit*>(QStringLiteral("organIdEdit"))->setText(QStringLiteral("000.00.04.H41"));
        dialog->findChild<QLineEdit*>(QStringLiteral("signerEdit"))->setText(QStringLiteral("Nguyễn Văn Thành"));
        dialog->findChild<QComboBox*>(QStringLiteral("urgencyCombo"))->setCurrentIndex(1);
        dialog->addFiles(files);
        QTimer::singleShot(400, dialog, [dialog, pngPath] {
            const bool saved = ui::WindowCapture::save(dialog, pngPath);
            dialog->done(QDialog::Rejected);
            if (!saved)
                std::fprintf(stderr, "vanban: could not save the screenshot %s\n", qPrintable(pngPath));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    QTimer::singleShot(0, window, &ui::MainWindow::registerIncoming);
}

void scheduleSignaturesScreenshot(ui::MainWindow* window, const QString& pngPath, const QString& pdf) {
    QTimer::singleShot(0, window, [window, pngPath, pdf] {
        window->selectFirstRow();
        ui::DocumentDetailPane* pane = window->detailPane();
        pane->preview()->setFile(pdf);
        pane->signaturePanel()->setFile(pdf);
        pane->showSignatures();
        auto* poll = new QTimer(window);
        auto* clock = new QElapsedTimer;
        clock->start();
        QObject::connect(poll, &QTimer::timeout, window, [window, pane, poll, clock, pngPath] {
            const bool busy = pane->preview()->isRendering() || pane->signaturePanel()->isVerifying();
            if ((clock->elapsed() < kPreviewWaitMs || busy) && clock->elapsed() < kMaxWaitMs)
                return;
            poll->stop();
            delete clock;
            saveAndQuit(window, pngPath);
        });
        poll->start(100);
    });
}

void scheduleSignDialogScreenshot(ui::MainWindow* window, const QString& pngPath, const QString& module) {
    QTimer::singleShot(0, window, [window, pngPath, module] {
        window->selectFirstRow();
        if (window->detailPane()->mainPdf().isEmpty()) {
            std::fprintf(stderr, "vanban: the first document has no PDF to sign\n");
            QCoreApplication::exit(1);
            return;
        }
        auto* dialog = new ui::SignDialog(window->detailPane()->mainPdf(), window);
        dialog->show();
        if (!module.isEmpty())
            dialog->setModulePath(module);
        auto* poll = new QTimer(window);
        auto* clock = new QElapsedTimer;
        clock->start();
        QObject::connect(poll, &QTimer::timeout, window, [dialog, poll, clock, pngPath] {
            const bool busy = dialog->isBusy() || dialog->preview()->isRendering();
            if ((clock->elapsed() < 2 * kPreviewWaitMs || busy) && clock->elapsed() < kMaxWaitMs)
                return;
            poll->stop();
            delete clock;
            saveAndQuit(dialog, pngPath);
        });
        poll->start(100);
    });
}

} // namespace vanban::gui
