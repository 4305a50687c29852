#include "TextIndexingController.h"

#include "WorkspaceWorker.h"
#include "pdf/PopplerTextExtractor.h"
#include "search/TextIndexer.h"
#include "signing/SignatureChecker.h"

namespace vanban::ui {

namespace {
constexpr int kFilesPerPass = 200;
}

TextIndexingController::TextIndexingController(const QString& workspaceDir, QObject* parent)
    : QObject(parent)
    , m_worker(new WorkspaceWorker(workspaceDir, this)) {}

void TextIndexingController::start() {
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_indexed = 0;
    emit runningChanged(true);
    runPass();
}

void TextIndexingController::runPass() {
    m_again = false;
    m_worker->post(
        this,
        [](Workspace& ws) {
            PopplerTextExtractor extractor;
            Result<int> indexed = TextIndexer(ws, extractor).indexPending(kFilesPerPass);
            if (!indexed)
                return indexed;
            // The same pass verifies the digital signatures of newly registered files (Nghị định 30 Art. 21).
            Result<int> checked = SignatureChecker(ws, SignatureChecker::defaultOptions()).checkPending(kFilesPerPass);
            if (!checked)
                return checked;
            return Result<int>(std::max(*indexed, *checked));
        },
        [this](Result<int> done) {
            if (!done) {
                m_running = false;
                emit runningChanged(false);
                emit failed(done.error().message);
                return;
            }
            m_indexed += *done;
            if (*done == kFilesPerPass || m_again) { // more may be pending
                runPass();
                return;
            }
            m_running = false;
            emit runningChanged(false);
            emit finished(m_indexed);
        });
}

} // namespace vanban::ui
