// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocr/spellmarkremover.h"

#include <algorithm>
#include <vector>

namespace Blackout {

namespace {

// How much redder than green and blue a pixel is; the squiggle's core is pure red, its anti-aliased edge pink.
int redness(QRgb pixel)
{
    return qRed(pixel) - std::max(qGreen(pixel), qBlue(pixel));
}

constexpr int kCoreRedness = 60;
constexpr int kEdgeRedness = 20;
// A squiggle is 3-4 pixels high at device scale 1 and about twice that at scale 2; glyphs of text are taller
// than that once they have any width.
constexpr int kMaxHeight = 9;
constexpr int kMinWidth = 10;

struct Component {
    std::vector<int> pixels;   // indices into the image, row-major
    int left = 0, right = 0, top = 0, bottom = 0;
};

Component collect(const QImage &colour, int start, std::vector<uchar> &seen)
{
    const int w = colour.width();
    const int h = colour.height();
    Component c;
    c.left = c.right = start % w;
    c.top = c.bottom = start / w;
    std::vector<int> stack{start};
    seen[size_t(start)] = 1;
    while (!stack.empty()) {
        const int at = stack.back();
        stack.pop_back();
        c.pixels.push_back(at);
        const int x = at % w;
        const int y = at / w;
        c.left = std::min(c.left, x);
        c.right = std::max(c.right, x);
        c.top = std::min(c.top, y);
        c.bottom = std::max(c.bottom, y);
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
                const int nx = x + dx;
                const int ny = y + dy;
                if (nx < 0 || ny < 0 || nx >= w || ny >= h)
                    continue;
                const int next = ny * w + nx;
                if (seen[size_t(next)] || redness(reinterpret_cast<const QRgb *>(colour.constScanLine(ny))[nx]) < kCoreRedness)
                    continue;
                seen[size_t(next)] = 1;
                stack.push_back(next);
            }
        }
    }
    return c;
}

// A wave: the topmost pixel of its columns goes up and down along its whole length, where a glyph's top or a
// straight underline stays level.
bool isWavy(const Component &c, int width)
{
    const int columns = c.right - c.left + 1;
    std::vector<int> top(size_t(columns), c.bottom + 1);
    for (const int at : c.pixels) {
        const int x = at % width - c.left;
        top[size_t(x)] = std::min(top[size_t(x)], at / width);
    }
    int turns = 0;
    int direction = 0;
    for (int x = 1; x < columns; ++x) {
        const int step = top[size_t(x)] - top[size_t(x - 1)];
        if (step == 0)
            continue;
        const int now = step > 0 ? 1 : -1;
        if (direction != 0 && now != direction)
            ++turns;
        direction = now;
    }
    // A squiggle turns every two to four pixels at scale 1 (every four to eight at scale 2).
    return turns * 10 >= columns;
}

// The background of the line the mark is under: the most common gray level just above and below its box
// (descenders above and a table's rule below are a few pixels of many).
uchar backgroundAround(const QImage &gray, const Component &c)
{
    int histogram[256] = {};
    for (const int y : {c.top - 1, c.bottom + 1, c.bottom + 2}) {
        if (y < 0 || y >= gray.height())
            continue;
        const uchar *row = gray.constScanLine(y);
        for (int x = c.left; x <= c.right; ++x)
            ++histogram[row[x]];
    }
    return uchar(std::max_element(std::begin(histogram), std::end(histogram)) - std::begin(histogram));
}

} // namespace

int SpellMarkRemover::remove(const QImage &colour, QImage &gray)
{
    if (colour.isNull() || gray.size() != colour.size() || gray.format() != QImage::Format_Grayscale8
        || (colour.depth() <= 16 && colour.isGrayscale()))
        return 0;
    const QImage rgb = colour.format() == QImage::Format_RGB32 || colour.format() == QImage::Format_ARGB32
                           ? colour
                           : colour.convertToFormat(QImage::Format_RGB32);
    const int w = rgb.width();
    const int h = rgb.height();
    std::vector<uchar> seen(size_t(w) * size_t(h), 0);
    int cleared = 0;
    for (int y = 0; y < h; ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            const int at = y * w + x;
            if (seen[size_t(at)] || redness(row[x]) < kCoreRedness)
                continue;
            const Component c = collect(rgb, at, seen);
            const int height = c.bottom - c.top + 1;
            const int width = c.right - c.left + 1;
            if (height > kMaxHeight || width < std::max(kMinWidth, 3 * height) || !isWavy(c, w))
                continue;
            const uchar background = backgroundAround(gray, c);
            // The pink fringe around the core goes too: left, it reads as a dotted line.
            for (int py = std::max(0, c.top - 1); py <= std::min(h - 1, c.bottom + 1); ++py) {
                const auto *src = reinterpret_cast<const QRgb *>(rgb.constScanLine(py));
                uchar *dst = gray.scanLine(py);
                for (int px = std::max(0, c.left - 1); px <= std::min(w - 1, c.right + 1); ++px) {
                    if (redness(src[px]) >= kEdgeRedness && dst[px] != background) {
                        dst[px] = background;
                        ++cleared;
                    }
                }
            }
        }
    }
    return cleared;
}

} // namespace Blackout
