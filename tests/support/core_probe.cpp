// Links only vanban_core: its link line (CMake's link.txt) is what test_boundary inspects.
#include "model/Document.h"

int main() {
    return vanban::Document::numberText(1) == QStringLiteral("01") ? 0 : 1;
}
