// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocr/ruleremover.h"

#include <algorithm>
#include <vector>

namespace Blackout {

namespace {

// Marks the pixels of every dark run of at least minRun pixels along one axis. step walks along the run,
// stride across runs; both in bytes of the mask, which is laid out like the image without padding.
void markLongRuns(const QImage &gray, int darkBelow, bool horizontal, int minRun, std::vector<uchar> &mask)
{
    const int w = gray.width();
    const int h = gray.height();
    const int lines = horizontal ? h : w;
    const int length = horizontal ? w : h;
    for (int line = 0; line < lines; ++line) {
        int start = -1;
        for (int i = 0; i <= length; ++i) {
            const int x = horizontal ? i : line;
            const int y = horizontal ? line : i;
            const bool dark = i < length && gray.constScanLine(y)[x] < darkBelow;
            if (dark && start < 0)
                start = i;
            if (!dark && start >= 0) {
                if (i - start >= minRun) {
                    for (int k = start; k < i; ++k)
                        mask[size_t(horizontal ? line : k) * size_t(w) + size_t(horizontal ? k : line)] = 1;
                }
                start = -1;
            }
        }
    }
}

// Across each marked run, a stack of at most maxThickness marked pixels is a rule and becomes background;
// a thicker stack is a bar or a picture and stays.
int clearThinStacks(QImage &gray, bool horizontal, int maxThickness, const std::vector<uchar> &mask)
{
    const int w = gray.width();
    const int h = gray.height();
    const int lines = horizontal ? w : h;    // across the runs
    const int length = horizontal ? h : w;
    int cleared = 0;
    for (int line = 0; line < lines; ++line) {
        int start = -1;
        for (int i = 0; i <= length; ++i) {
            const int x = horizontal ? line : i;
            const int y = horizontal ? i : line;
            const bool marked = i < length && mask[size_t(y) * size_t(w) + size_t(x)];
            if (marked && start < 0)
                start = i;
            if (!marked && start >= 0) {
                if (i - start <= maxThickness) {
                    for (int k = start; k < i; ++k) {
                        const int px = horizontal ? line : k;
                        const int py = horizontal ? k : line;
                        gray.scanLine(py)[px] = 255;
                        ++cleared;
                    }
                }
                start = -1;
            }
        }
    }
    return cleared;
}

} // namespace

int RuleRemover::remove(QImage &gray, double textHeight, int darkBelow)
{
    if (textHeight <= 0 || gray.isNull() || gray.format() != QImage::Format_Grayscale8)
        return 0;
    // The longest dark run inside a glyph is about its width (an em dash) across and a bracket's height down,
    // both under twice the median glyph height; rules are longer. A band thinner than a glyph holds no text
    // either: the strip of dark background that polarity normalisation leaves between a coloured bar and a
    // dark terminal's first line is such a band (about three quarters of a glyph with the glyph tops it touches).
    const int minHorizontal = std::max(24, int(textHeight * 5));
    const int minVertical = std::max(16, int(textHeight * 3));
    const int maxThickness = std::max(2, int(textHeight));
    int cleared = 0;
    for (const bool horizontal : {true, false}) {
        std::vector<uchar> mask(size_t(gray.width()) * size_t(gray.height()), 0);
        markLongRuns(gray, darkBelow, horizontal, horizontal ? minHorizontal : minVertical, mask);
        cleared += clearThinStacks(gray, horizontal, maxThickness, mask);
    }
    return cleared;
}

} // namespace Blackout
