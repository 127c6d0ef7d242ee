// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocr/missedtextfinder.h"

#include "ocr/ocrpreprocessor.h"
#include "ocr/ruleremover.h"

#include <leptonica/allheaders.h>

#include <algorithm>

namespace Blackout {

namespace {

// A line needs this many glyphs to be worth reading again: fewer are icons, bullets and dust.
constexpr int kMinGlyphs = 4;

// Whether the words read cover most of box's width. A component can be as wide as a cell's text (see below),
// and a word read next to it that reaches into its first letters does not mean the rest was read.
bool mostlyRead(const QRect &box, const QList<QRect> &read)
{
    QList<std::pair<int, int>> spans;
    for (const QRect &r : read) {
        const QRect overlap = r.intersected(box);
        if (!overlap.isEmpty())
            spans.append({overlap.left(), overlap.right() + 1});
    }
    std::sort(spans.begin(), spans.end());
    int covered = 0;
    int end = box.left();
    for (const auto &[left, right] : std::as_const(spans)) {
        covered += std::max(0, right - std::max(left, end));
        end = std::max(end, right);
    }
    return covered * 2 > box.width();
}

QList<QRect> glyphBoxes(const QImage &prepared, double glyphHeight, const QList<QRect> &read)
{
    QList<QRect> glyphs;
    // The prepared image has a white background; faint grey UI text only survives a generous threshold. At
    // that threshold a table's light grey grid is ink too, which the preprocessor's rule removal (at the
    // page's own threshold) left: without it, a cell's text touching the grid joins the whole table.
    constexpr int kInkBelow = 200;
    QImage withoutRules = prepared.convertToFormat(QImage::Format_Grayscale8);
    RuleRemover::remove(withoutRules, glyphHeight, kInkBelow);
    Pix *gray = OcrPreprocessor::toPix(withoutRules);
    if (!gray)
        return glyphs;
    Pix *binary = pixThresholdToBinary(gray, kInkBelow);
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
        // touching letters, and a spell checker's wavy underline joins a whole cell's text into one component
        // (every address in a spreadsheet's email column), so a component may be as wide as a line of words.
        if (h < glyphHeight * 0.4 || h > glyphHeight * 2.2)
            continue;
        const QRect box(x, y, w, h);
        if (!mostlyRead(box, read))
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
    // The caller reads a bounded number of lines: the longest first, for icons and dust in a toolbar come
    // as short lines and must not crowd out a column of addresses the layout dropped.
    std::stable_sort(open.begin(), open.end(), [](const Line &a, const Line &b) { return a.glyphs > b.glyphs; });
    // Little margin above and below: rows of a list or table sit close, and a margin that takes in the
    // descenders of the row above makes Tesseract read nothing at all.
    const int pad = std::max(2, int(glyphHeight * 0.5));
    const int verticalPad = std::max(2, int(glyphHeight * 0.2));
    for (const Line &line : std::as_const(open)) {
        // As tall as letters: a row of short marks (what rule removal leaves of graph paper) is no text.
        if (line.glyphs >= kMinGlyphs && line.box.width() >= 2 * line.box.height()
            && line.box.height() >= 0.6 * glyphHeight)
            lines.append(line.box.adjusted(-pad, -verticalPad, pad, verticalPad).intersected(prepared.rect()));
    }
    return lines;
}

} // namespace Blackout
