#pragma once
// Puts the text of each main PDF into the search index. Extraction is done by an adapter (vanban_pdf, Poppler)
// behind the TextExtractor interface so that core stays GUI-free. The CLI indexes right after registering; the
// window does it on a worker thread.

#include "common/Result.h"
#include "workspace/Workspace.h"

namespace vanban {

class TextExtractor {
public:
    virtual ~TextExtractor() = default;
    virtual Result<QString> extractText(const QString& pdfPath) = 0;
};

class TextIndexer {
public:
    TextIndexer(Workspace& workspace, TextExtractor& extractor)
        : m_ws(workspace)
        , m_extractor(extractor) {}
    // Indexes up to max pending files; returns how many were processed.
    Result<int> indexPending(int max = 1000);

private:
    Workspace& m_ws;
    TextExtractor& m_extractor;
};

} // namespace vanban
