#pragma once
// The sample công văn of the widget tests (ui/LetterPdf with its default content). Needs a QGuiApplication.

#include "LetterPdf.h"

namespace vanban::test {

inline bool writeLetterPdf(const QString& path, int pages = 2) {
    return ui::writeLetterPdf(path, ui::Letter(), pages);
}

} // namespace vanban::test
