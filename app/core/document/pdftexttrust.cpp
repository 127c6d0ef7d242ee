// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/pdftexttrust.h"

#include <QtGlobal>

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace Blackout {

namespace {

inline int luma(QRgb c)
{
    return (qRed(c) * 11 + qGreen(c) * 16 + qBlue(c) * 5) / 32;
}

enum class WordLook { TooSmall, Drawn, Scanned, Hidden };

// Thresholds below were set on the shared corpus (born-digital pages, JPEG/JPX/JBIG2 scans with OCR
// layers, bad redactions) at 150-300 DPI; they are ratios, so they do not depend on the resolution.
constexpr int MinContrast = 48;          // less than this between darkest and lightest: no glyph
constexpr double MinEdgeRatio = 0.04;    // anti-aliased edge pixels per ink pixel, below: 1-bit scan
constexpr double MinSolidShare = 0.25;   // share of ink pixels in the exact fill colour, below: noisy scan
constexpr int MinJudgedHeight = 28;
constexpr double CoveredShare = 0.6;     // dark pixels covering more of a word box than this: covered
constexpr double ScannedPageShare = 0.5; // this share of scanned-looking words makes the page a scan
constexpr double WholePageArea = 0.6;    // regions covering more than this become the whole page

WordLook judgeWord(const QImage &image, const QRect &box)
{
    const QRect r = box.intersected(image.rect());
    if (r.width() < 3 || r.height() < 4)
        return WordLook::TooSmall;
    int minL = 255;
    int maxL = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = r.left(); x <= r.right(); ++x) {
            const int l = luma(line[x]);
            minL = std::min(minL, l);
            maxL = std::max(maxL, l);
        }
    }
    if (maxL - minL < MinContrast)
        return WordLook::Hidden;

    // Ink is the minority side of the midpoint: dark glyphs on paper, or light glyphs on a dark fill.
    const int mid = (minL + maxL) / 2;
    const int band = (maxL - minL) / 5;
    int darkCount = 0;
    int total = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = r.left(); x <= r.right(); ++x)
            darkCount += luma(line[x]) < mid ? 1 : 0;
    }
    total = r.width() * r.height();
    // Mostly dark: the word sits under a box (solid or cross-hatched). Dark glyphs never fill most of
    // their own box; light text on a dark fill is judged hidden too, which costs an OCR pass, no more.
    if (darkCount > CoveredShare * total && minL < 100)
        return WordLook::Hidden;
    const bool darkInk = darkCount * 2 <= total;
    const int extreme = darkInk ? minL : maxL;
    int ink = 0;
    int edge = 0;
    int solid = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = r.left(); x <= r.right(); ++x) {
            const int l = luma(line[x]);
            if (l > minL + band && l < maxL - band)
                ++edge;
            if ((l < mid) == darkInk) {
                ++ink;
                if (std::abs(l - extreme) <= 6)
                    ++solid;
            }
        }
    }
    if (ink < 8)
        return WordLook::TooSmall;
    const double edgeRatio = double(edge) / ink;
    const double solidShare = double(solid) / ink;
    // Below about 28 px (11 pt at 150 DPI) a word has too few interior pixels to tell drawn from scanned.
    if (r.height() < MinJudgedHeight)
        return WordLook::Drawn;
    if (edgeRatio < MinEdgeRatio || solidShare < MinSolidShare)
        return WordLook::Scanned;
    return WordLook::Drawn;
}

QString comparable(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

// Two words drawn over each other with different text: one of them is not what the reader sees.
QList<int> conflictingWords(const QList<Word> &words)
{
    QList<int> result;
    std::vector<bool> marked(words.size(), false);
    for (int i = 0; i < words.size(); ++i) {
        const QRectF a = words.at(i).box;
        const double areaA = a.width() * a.height();
        if (areaA <= 0)
            continue;
        for (int j = i + 1; j < words.size(); ++j) {
            const QRectF b = words.at(j).box;
            const QRectF overlap = a.intersected(b);
            if (overlap.isEmpty())
                continue;
            const double areaB = b.width() * b.height();
            if (overlap.width() * overlap.height() < 0.5 * std::min(areaA, areaB))
                continue;
            const QString ta = comparable(words.at(i).text);
            const QString tb = comparable(words.at(j).text);
            if (ta == tb || ta.isEmpty() || tb.isEmpty())
                continue;   // a duplicate (fake bold, shadow) shows the same text
            for (int k : {i, j}) {
                if (!marked[k]) {
                    marked[k] = true;
                    result.append(k);
                }
            }
        }
    }
    return result;
}

// Merges rectangles that touch until none do.
QList<QRect> mergeRects(QList<QRect> rects)
{
    bool merged = true;
    while (merged) {
        merged = false;
        for (int i = 0; i < rects.size() && !merged; ++i) {
            for (int j = i + 1; j < rects.size(); ++j) {
                if (rects.at(i).intersects(rects.at(j))) {
                    rects[i] = rects.at(i).united(rects.at(j));
                    rects.removeAt(j);
                    merged = true;
                    break;
                }
            }
        }
    }
    return rects;
}

// Regions of textured ink (strokes crossing in both directions) that no word of the layer explains.
QList<QRect> uncoveredInk(const QImage &image, const QList<Word> &words, int *cellCount)
{
    const int cell = std::max(16, image.width() / 50);
    const int cols = (image.width() + cell - 1) / cell;
    const int rows = (image.height() + cell - 1) / cell;
    std::vector<char> covered(size_t(cols) * rows, 0);
    for (const Word &w : words) {
        const QRect box = w.box.toAlignedRect().adjusted(-cell / 2, -cell / 2, cell / 2, cell / 2);
        const int c0 = std::max(0, box.left() / cell);
        const int c1 = std::min(cols - 1, box.right() / cell);
        const int r0 = std::max(0, box.top() / cell);
        const int r1 = std::min(rows - 1, box.bottom() / cell);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                covered[size_t(r) * cols + c] = 1;
    }

    const int width = image.width();
    const int height = image.height();
    // Transition counts per cell: text has many in both directions, a rule or a box edge in one only.
    // Every second row is enough to see strokes and halves the cost on a 300 DPI page.
    std::vector<int> horizontal(size_t(cols) * rows, 0);
    std::vector<int> vertical(size_t(cols) * rows, 0);
    std::vector<int> columnCell(width);
    for (int x = 0; x < width; ++x)
        columnCell[x] = x / cell;
    std::vector<char> previousRow(width, 0);
    std::vector<char> row(width, 0);
    for (int y = 0; y < height; y += 2) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < width; ++x)
            row[x] = luma(line[x]) < 160 ? 1 : 0;
        int *h = horizontal.data() + size_t(y / cell) * cols;
        int *v = vertical.data() + size_t(y / cell) * cols;
        for (int x = 1; x < width; ++x)
            h[columnCell[x]] += row[x] != row[x - 1];
        if (y > 0) {
            for (int x = 0; x < width; ++x)
                v[columnCell[x]] += row[x] != previousRow[x];
        }
        row.swap(previousRow);
    }

    std::vector<char> textured(size_t(cols) * rows, 0);
    int count = 0;
    for (size_t i = 0; i < textured.size(); ++i) {
        if (!covered[i] && horizontal[i] >= cell / 2 && vertical[i] >= cell / 2) {
            textured[i] = 1;
            ++count;
        }
    }
    *cellCount = count;

    // Connected components, letting a one-cell gap join (the spaces between words and lines).
    QList<QRect> regions;
    std::vector<char> seen(textured.size(), 0);
    for (int start = 0; start < int(textured.size()); ++start) {
        if (!textured[start] || seen[start])
            continue;
        std::vector<int> stack{start};
        seen[start] = 1;
        int minC = cols, maxC = -1, minR = rows, maxR = -1, size = 0;
        while (!stack.empty()) {
            const int i = stack.back();
            stack.pop_back();
            const int r = i / cols;
            const int c = i % cols;
            ++size;
            minC = std::min(minC, c);
            maxC = std::max(maxC, c);
            minR = std::min(minR, r);
            maxR = std::max(maxR, r);
            for (int dr = -2; dr <= 2; ++dr) {
                for (int dc = -2; dc <= 2; ++dc) {
                    const int nr = r + dr;
                    const int nc = c + dc;
                    if (nr < 0 || nc < 0 || nr >= rows || nc >= cols)
                        continue;
                    const int n = nr * cols + nc;
                    if (textured[n] && !seen[n]) {
                        seen[n] = 1;
                        stack.push_back(n);
                    }
                }
            }
        }
        if (size < 3)
            continue;   // a stray mark, a stamp dot, a signature tick
        regions.append(QRect(minC * cell, minR * cell, (maxC - minC + 1) * cell, (maxR - minR + 1) * cell)
                           .adjusted(-cell / 2, -cell / 2, cell / 2, cell / 2)
                           .intersected(image.rect()));
    }
    return regions;
}

qint64 area(const QRect &r)
{
    return qint64(r.width()) * r.height();
}

} // namespace

PdfTextTrust::Verdict PdfTextTrust::assess(const QImage &input, const TextLayer &layer)
{
    Verdict verdict;
    if (input.isNull())
        return verdict;
    const QImage image = input.format() == QImage::Format_RGB32 || input.format() == QImage::Format_ARGB32
        ? input
        : input.convertToFormat(QImage::Format_RGB32);
    const QList<Word> words = layer.words();
    if (words.isEmpty()) {
        verdict.wholePage = true;
        verdict.regions = {image.rect()};
        return verdict;
    }

    const int pad = std::max(2, image.width() / 400);
    QList<QRect> suspicious;
    for (const Word &w : words) {
        const QRect box = w.box.toAlignedRect();
        switch (judgeWord(image, box)) {
        case WordLook::TooSmall:
            continue;
        case WordLook::Drawn:
            break;
        case WordLook::Scanned:
            ++verdict.scanned;
            break;
        case WordLook::Hidden:
            ++verdict.hidden;
            suspicious.append(box.adjusted(-pad, -pad, pad, pad));
            break;
        }
        ++verdict.words;
    }
    const QList<int> conflicts = conflictingWords(words);
    verdict.conflicting = int(conflicts.size());
    for (int i : conflicts)
        suspicious.append(words.at(i).box.toAlignedRect().adjusted(-pad, -pad, pad, pad));

    if (verdict.words > 0 && verdict.scanned >= ScannedPageShare * verdict.words) {
        verdict.wholePage = true;
        verdict.regions = {image.rect()};
        return verdict;
    }

    QList<QRect> regions = uncoveredInk(image, words, &verdict.uncoveredCells);
    regions.append(suspicious);
    regions = mergeRects(regions);
    qint64 total = 0;
    for (const QRect &r : regions)
        total += area(r.intersected(image.rect()));
    if (total > WholePageArea * area(image.rect())) {
        verdict.wholePage = true;
        regions = {image.rect()};
    }
    verdict.regions = regions;
    return verdict;
}

} // namespace Blackout
