// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocr/panelsplitter.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace Blackout {

namespace {

struct Border {
    int x = 0;
    int top = 0;     ///< first row of the edge's longest run
    int bottom = 0;  ///< last row of it
    int length() const { return bottom - top + 1; }
};

// A step of this many gray levels between neighbouring pixels is an edge; dark themes separate their panels
// by little more than that, and flat JPEG areas stay well below it.
constexpr int kEdgeStep = 8;
// Anti-aliased glyphs or a hover highlight touching the border may interrupt it for a few rows.
constexpr int kMaxGap = 4;

// For every column x, the longest run of rows (allowing short gaps) in which it differs from column x - 1.
// Row by row, so that the image is read in memory order.
QList<Border> longestEdgeRuns(const QImage &gray)
{
    const int w = gray.width();
    QList<Border> best(w);
    std::vector<int> runStart(size_t(w), -1);
    std::vector<int> lastEdge(size_t(w), -1);
    for (int x = 0; x < w; ++x)
        best[x] = Border{x, 0, -1};
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = 1; x < w; ++x) {
            if (std::abs(int(row[x]) - int(row[x - 1])) < kEdgeStep)
                continue;
            if (runStart[x] < 0 || y - lastEdge[x] > kMaxGap + 1)
                runStart[x] = y;
            lastEdge[x] = y;
            if (lastEdge[x] - runStart[x] > best[x].bottom - best[x].top)
                best[x] = Border{x, runStart[x], lastEdge[x]};
        }
    }
    return best;
}

} // namespace

QList<QRect> PanelSplitter::split(const QImage &gray)
{
    const QRect whole = gray.rect();
    if (gray.format() != QImage::Format_Grayscale8 || gray.width() < 200 || gray.height() < 100)
        return {whole};

    const int minLength = std::max(60, int(gray.height() * 0.4));
    const int margin = std::max(3, gray.width() / 100);
    const QList<Border> runs = longestEdgeRuns(gray);
    QList<Border> candidates;
    for (int x = margin; x < gray.width() - margin; ++x) {
        if (runs.at(x).length() >= minLength)
            candidates.append(runs.at(x));
    }
    if (candidates.isEmpty())
        return {whole};

    // A one-pixel rule has an edge on each side: keep the longer of neighbouring candidates.
    QList<Border> borders;
    for (const Border &b : std::as_const(candidates)) {
        if (!borders.isEmpty() && b.x - borders.last().x <= 4) {
            if (b.length() > borders.last().length())
                borders.last() = b;
            continue;
        }
        borders.append(b);
    }
    // The panels share one band of rows, the one the longest border spans; a shorter edge (a picture, a
    // button column) would cut the lines beside it.
    const Border longest = *std::max_element(borders.cbegin(), borders.cend(),
                                             [](const Border &a, const Border &b) { return a.length() < b.length(); });
    const int top = longest.top;
    const int bottom = longest.bottom;
    QList<int> cuts;
    const int minWidth = std::max(24, gray.width() / 30);
    for (const Border &b : std::as_const(borders)) {
        const int overlap = std::min(b.bottom, bottom) - std::max(b.top, top) + 1;
        if (overlap < 0.9 * longest.length())
            continue;
        const int previous = cuts.isEmpty() ? 0 : cuts.last();
        if (b.x - previous >= minWidth && gray.width() - b.x >= minWidth)
            cuts.append(b.x);
    }
    if (cuts.isEmpty())
        return {whole};

    QList<QRect> panels;
    if (top > 0)
        panels.append(QRect(0, 0, gray.width(), top));
    int left = 0;
    cuts.append(gray.width());
    for (int cut : std::as_const(cuts)) {
        panels.append(QRect(left, top, cut - left, bottom - top + 1));
        left = cut;
    }
    if (bottom + 1 < gray.height())
        panels.append(QRect(0, bottom + 1, gray.width(), gray.height() - bottom - 1));
    return panels;
}

} // namespace Blackout
