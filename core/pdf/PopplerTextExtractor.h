#pragma once

#include "search/TextIndexer.h"

namespace vanban {

class PopplerTextExtractor : public TextExtractor {
public:
    Result<QString> extractText(const QString& pdfPath) override;
};

} // namespace vanban
