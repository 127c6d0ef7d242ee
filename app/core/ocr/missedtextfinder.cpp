// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocr/missedtextfinder.h"

#include "ocr/ocrpreprocessor.h"

#include <leptonica/allheaders.h>

#include <algorithm>

namespace Blackout {

namespace {

// A line needs this many glyphs to be worth reading again: fewer are icons, bullets and dust.
constexpr int kMinGlyphs = 4;

QList<QRect> glyphBoxes(const QImage &prepared, double glyphHeight, const QList<QRect> &read)
{
    QList<QRect> glyphs;
    Pix *gray = OcrPreprocessor::toPix(prepared);
    if (!gray)
        return glyphs;
    // The prepared image has a white background; faint grey UI text only survives a generous threshold.
    Pix *binary = pixThresholdToBinary(gray, 200);
    pixDestroy(&gray);
    if (!binary)
        return glyphs;
    Boxa *boxes = pixConnCompBB(binary, 8);
    pixDestroy(&binary);
    if (!boxes)
        return glyphs;
    const int n = boxaGetCount(boxes);
    for (int i = 0; i < n; ++i) {
        l_int32 x, y, w, h;
        if (boxaGetBoxGeometry(boxes, i, &x, &y, &w, &h) != 0)
            continue;
        // Glyph-sized: not dust or rules, not panels, avatars or pictures. Small text binarises into runs of
        // touching letters, so a component may be as wide as a word.
        if (h < glyphHeight * 0.4 || h > glyphHeight * 2.2 || w > glyphHeight * 15)
            continue;
        const QRect box(x, y, w, h);
        const bool covered = std::any_of(read.cbegin(), read.cend(), [&](const QRect &r) { return r.intersects(box); });
        if (!covered)
            glyphs.append(box);
    }
    boxaDestroy(&boxes);
    return glyphs;
}

} // namespace

QList<QRect> MissedTextFinder::find(const QImage &prepared, const QList<QRect> &read, double glyphHeight)
{
    QList<QRect> lines;
    if (prepared.isNull() || glyphHeight <= 0)
        return lines;
    QList<QRect> glyphs = glyphBoxes(prepared, glyphHeight, read);
    std::sort(glyphs.begin(), glyphs.end(), [](const QRect &a, const QRect &b) { return a.left() < b.left(); });

    // Glyphs left to right join the line they overlap vertically when the gap is at most a word space.
    struct Line {
        QRect box;
        int glyphs = 0;
    };
    QList<Line> open;
    const int maxGap = int(glyphHeight * 1.5);
    for (const QRect &g : std::as_const(glyphs)) {
        Line *target = nullptr;
        for (Line &line : open) {
            const int overlap = std::min(line.box.bottom(), g.bottom()) - std::max(line.box.top(), g.top());
            if (overlap > 0.4 * std::min(line.box.height(), g.height()) && g.left() - line.box.right() <= maxGap) {
                target = &line;
                break;
            }
        }
        // A run of touching letters counts as the letters it holds.
        const int letters = std::max(1, int(g.width() / (0.6 * g.height())));
        if (target) {
            target->box = target->box.united(g);
            target->glyphs += letters;
        } else {
            open.append(Line{g, letters});
        }
    }
    const int pad = std::max(2, int(glyphHeight * 0.5));
    for (const Line &line : std::as_const(open)) {
        if (line.glyphs >= kMinGlyphs && line.box.width() >= 2 * line.box.height())
            lines.append(line.box.adjusted(-pad, -pad, pad, pad).intersected(prepared.rect()));
    }
    return lines;
}

} // namespace Blackout
