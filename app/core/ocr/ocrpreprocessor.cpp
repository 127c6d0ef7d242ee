// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocr/ocrpreprocessor.h"

#include "ocr/ruleremover.h"
#include "ocr/spellmarkremover.h"

#include <leptonica/allheaders.h>

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <numeric>
#include <vector>

namespace Blackout {

// Leptonica wants an 8 bpp Pix; copy the rows and fix the byte order of its 32-bit words.
Pix *OcrPreprocessor::toPix(const QImage &gray)
{
    Pix *pix = pixCreate(gray.width(), gray.height(), 8);
    if (!pix)
        return nullptr;
    l_uint32 *data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    for (int y = 0; y < gray.height(); ++y)
        std::memcpy(data + y * wpl, gray.constScanLine(y), size_t(gray.width()));
    pixEndianByteSwap(pix);
    return pix;
}

namespace {

int otsuThreshold(const QImage &gray)
{
    std::array<double, 256> hist{};
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            hist[row[x]] += 1;
    }
    const double total = double(gray.width()) * gray.height();
    double sumAll = 0;
    for (int i = 0; i < 256; ++i)
        sumAll += i * hist[i];
    double sumB = 0, weightB = 0, best = -1;
    int threshold = 128;
    for (int t = 0; t < 256; ++t) {
        weightB += hist[t];
        if (weightB == 0)
            continue;
        const double weightF = total - weightB;
        if (weightF == 0)
            break;
        sumB += t * hist[t];
        const double meanB = sumB / weightB;
        const double meanF = (sumAll - sumB) / weightF;
        const double between = weightB * weightF * (meanB - meanF) * (meanB - meanF);
        if (between > best) {
            best = between;
            threshold = t;
        }
    }
    return threshold + 1;
}

// Dark pixels (text after polarity normalisation) become foreground.
Pix *binarise(const QImage &gray)
{
    Pix *pix8 = OcrPreprocessor::toPix(gray);
    if (!pix8)
        return nullptr;
    Pix *pix1 = pixThresholdToBinary(pix8, otsuThreshold(gray));
    pixDestroy(&pix8);
    return pix1;
}

using GrayBins = std::array<int, 32>;

// The gray levels of a tile in bins of 8, so that JPEG noise does not split the background.
GrayBins tileBins(const QImage &gray, const QRect &tile)
{
    GrayBins bins{};
    for (int y = tile.top(); y <= tile.bottom(); ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = tile.left(); x <= tile.right(); ++x)
            ++bins[row[x] >> 3];
    }
    return bins;
}

int modeOf(const GrayBins &bins)
{
    return int(std::max_element(bins.begin(), bins.end()) - bins.begin()) * 8 + 4;
}

// The most common gray level of a tile.
int tileBackground(const QImage &gray, const QRect &tile)
{
    return modeOf(tileBins(gray, tile));
}

// Whether a tile holds light marks on a background bg.
bool tileIsLightOnDark(const QImage &gray, const QRect &tile, int bg)
{
    long darker = 0, lighter = 0;
    for (int y = tile.top(); y <= tile.bottom(); ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = tile.left(); x <= tile.right(); ++x) {
            if (row[x] < bg - 40)
                ++darker;
            else if (row[x] > bg + 40)
                ++lighter;
        }
    }
    if (darker + lighter < 4)
        return bg < 128;   // an empty tile follows its brightness, so a dark panel is inverted as a whole
    return lighter > darker;
}

} // namespace

QImage OcrPreprocessor::toGray(const QImage &colour)
{
    QImage gray = colour.convertToFormat(QImage::Format_Grayscale8);
    if (colour.depth() <= 16 && colour.isGrayscale())
        return gray;   // a gray scan or a bitmap: no colour to keep (32-bit images are not scanned for it)
    const QImage rgb = colour.convertToFormat(QImage::Format_RGB32);
    // Coloured text on a dark grey panel (a dark theme's green or blue header values, links) is bright in one
    // channel and dark in luminance: Claws Mail's green "From:" names on #2D2D2D differ by 17 gray levels. There
    // the brightest channel is the text's lightness. Only marks get it, pixels within a stroke's width of the
    // panel's grey: a coloured bar on the panel (a selection) keeps the luminance that sets its text apart.
    constexpr int tileSize = 24;
    constexpr int stroke = 3;
    const auto spread = [](QRgb c) {
        return std::max({qRed(c), qGreen(c), qBlue(c)}) - std::min({qRed(c), qGreen(c), qBlue(c)});
    };
    const int w = gray.width();
    const int h = gray.height();
    std::vector<uchar> panel(size_t(w) * size_t(h), 0);   // neutral dark background pixels
    bool anyPanel = false;
    for (int ty = 0; ty < h; ty += tileSize) {
        for (int tx = 0; tx < w; tx += tileSize) {
            const QRect tile = QRect(tx, ty, tileSize, tileSize).intersected(gray.rect());
            const int background = tileBackground(gray, tile);
            if (background >= 96)
                continue;
            for (int y = tile.top(); y <= tile.bottom(); ++y) {
                const auto *row = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
                const uchar *level = gray.constScanLine(y);
                for (int x = tile.left(); x <= tile.right(); ++x) {
                    if (std::abs(level[x] - background) <= 8 && spread(row[x]) <= 16) {
                        panel[size_t(y) * size_t(w) + size_t(x)] = 1;
                        anyPanel = true;
                    }
                }
            }
        }
    }
    if (!anyPanel)
        return gray;
    // The panel's level within a stroke's width of (x, y), or -1.
    const auto panelNear = [&](int x, int y) {
        for (int d = 1; d <= stroke; ++d) {
            for (const auto [px, py] : {std::pair{x - d, y}, std::pair{x + d, y}, std::pair{x, y - d}, std::pair{x, y + d}}) {
                if (px >= 0 && py >= 0 && px < w && py < h && panel[size_t(py) * size_t(w) + size_t(px)])
                    return int(gray.constScanLine(py)[px]);
            }
        }
        return -1;
    };
    for (int y = 0; y < h; ++y) {
        const auto *row = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        uchar *level = gray.scanLine(y);
        for (int x = 0; x < w; ++x) {
            if (spread(row[x]) <= 40)
                continue;
            // Only where luminance loses the mark (the anti-aliased edge of its strokes too): cyan or light blue
            // text on black stands apart already, and a coloured bar's edge keeps the level of the rest of the bar.
            const int around = panelNear(x, y);
            // Twice its lightness above the panel: a mid-green stroke reads like the panel's light grey text.
            const int brightest = std::max({qRed(row[x]), qGreen(row[x]), qBlue(row[x])});
            if (around >= 0 && level[x] < around + 40)
                level[x] = uchar(std::clamp(around + 2 * (brightest - around), int(level[x]), 255));
        }
    }
    return gray;
}

bool OcrPreprocessor::hasWhiteBackground(const QImage &gray)
{
    constexpr int tileSize = 32;
    std::vector<int> backgrounds;
    for (int ty = 0; ty < gray.height(); ty += tileSize) {
        for (int tx = 0; tx < gray.width(); tx += tileSize)
            backgrounds.push_back(tileBackground(gray, QRect(tx, ty, tileSize, tileSize).intersected(gray.rect())));
    }
    if (backgrounds.empty())
        return true;
    std::sort(backgrounds.begin(), backgrounds.end());
    // Percentiles, so that a logo, a photo or a heading's solid strokes do not count as panels.
    const int low = backgrounds[backgrounds.size() / 20];
    const int high = backgrounds[backgrounds.size() - 1 - backgrounds.size() / 20];
    // Near white too: a dark theme inverted is uniform but grey, and dividing by it restores the contrast.
    return high - low < 40 && low >= 232;
}

bool OcrPreprocessor::normalisePolarity(QImage &gray, bool local)
{
    if (gray.isNull())
        return false;
    if (!local) {
        if (tileBackground(gray, gray.rect()) >= 128)
            return false;
        gray.invertPixels();
        return true;
    }
    // Tiles big enough to hold background around a glyph decide from their marks; their empty subtiles
    // then follow their own brightness, so a dark header's decision does not spill as a black band onto
    // the light panel below it.
    constexpr int tileSize = 24;
    constexpr int subSize = 4;
    const QImage original = gray;
    const int columns = (gray.width() + tileSize - 1) / tileSize;
    const int rows = (gray.height() + tileSize - 1) / tileSize;
    std::vector<GrayBins> bins(size_t(columns) * size_t(rows));
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c)
            bins[size_t(r) * size_t(columns) + size_t(c)] = tileBins(original, QRect(c * tileSize, r * tileSize, tileSize, tileSize).intersected(gray.rect()));
    }
    // A tile's background is its most common level, unless no level holds half of it: then the text is
    // denser than its background (bold bitmap terminal fonts fill a tile with strokes) and the tile and
    // its eight neighbours decide together.
    auto backgroundOf = [&](int r, int c) {
        const GrayBins &own = bins[size_t(r) * size_t(columns) + size_t(c)];
        const int area = std::accumulate(own.begin(), own.end(), 0);
        if (*std::max_element(own.begin(), own.end()) * 2 >= area)
            return modeOf(own);
        GrayBins around{};
        for (int nr = std::max(0, r - 1); nr <= std::min(rows - 1, r + 1); ++nr) {
            for (int nc = std::max(0, c - 1); nc <= std::min(columns - 1, c + 1); ++nc) {
                const GrayBins &n = bins[size_t(nr) * size_t(columns) + size_t(nc)];
                for (size_t i = 0; i < around.size(); ++i)
                    around[i] += n[i];
            }
        }
        return modeOf(around);
    };
    // Every 4x4 subtile: empty and dark, empty and light, or holding marks.
    enum class Sub : signed char { Marks, DarkEmpty, LightEmpty };
    const int subColumns = (gray.width() + subSize - 1) / subSize;
    const int subRows = (gray.height() + subSize - 1) / subSize;
    std::vector<Sub> subs(size_t(subColumns) * size_t(subRows), Sub::Marks);
    for (int sr = 0; sr < subRows; ++sr) {
        for (int sc = 0; sc < subColumns; ++sc) {
            const QRect sub = QRect(sc * subSize, sr * subSize, subSize, subSize).intersected(gray.rect());
            uchar lo = 255, hi = 0;
            for (int y = sub.top(); y <= sub.bottom(); ++y) {
                const uchar *row = original.constScanLine(y);
                for (int x = sub.left(); x <= sub.right(); ++x) {
                    lo = std::min(lo, row[x]);
                    hi = std::max(hi, row[x]);
                }
            }
            if (hi - lo < 24)
                subs[size_t(sr) * size_t(subColumns) + size_t(sc)] = (lo + hi) / 2 < 128 ? Sub::DarkEmpty : Sub::LightEmpty;
        }
    }
    const auto subAt = [&](int sr, int sc) { return subs[size_t(sr) * size_t(subColumns) + size_t(sc)]; };
    // A tile on the border of a dark bar and a light panel (a terminal's inverted help bar with the first
    // header line under it) holds text of both polarities: the tile's one decision inverted half a line.
    // There each pixel row follows its own pixels, here and in the tiles beside it (a row of text is mostly
    // background); a row through dense strokes, where no level holds four fifths (bold bitmap glyphs
    // fill more than half of some rows), follows the nearest row that is clear. A mid-grey row is light when
    // its marks are darker: black text on a terminal's cyan status bar.
    enum class Vote : signed char { Unclear, Dark, Light };
    std::vector<uchar> levels, sorted;   // kept between calls: a vote per pixel row and column of a page
    const auto voteOf = [&]() {
        sorted.assign(levels.cbegin(), levels.cend());
        std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
        const int median = sorted[sorted.size() / 2];
        int background = 0, darker = 0, lighter = 0;
        for (const uchar level : levels) {
            background += std::abs(level - median) <= 24;
            darker += level < median - 40;
            lighter += level > median + 40;
        }
        if (background * 5 < int(levels.size()) * 4)
            return Vote::Unclear;
        if (median < 100)
            return Vote::Dark;
        if (median > 155 || darker > lighter)
            return Vote::Light;
        return Vote::Unclear;
    };
    const auto rowVote = [&](int y, int tileColumn) {
        const int from = std::max(0, (tileColumn - 1) * tileSize);
        const int to = std::min(gray.width(), (tileColumn + 2) * tileSize);
        const uchar *row = original.constScanLine(y);
        levels.assign(row + from, row + to);
        return voteOf();
    };
    // The same across a vertical border: a spreadsheet's dark row numbers beside its white cells.
    const auto columnVote = [&](int x, int tileRow) {
        const int from = std::max(0, (tileRow - 1) * tileSize);
        const int to = std::min(gray.height(), (tileRow + 2) * tileSize);
        levels.clear();
        for (int y = from; y < to; ++y)
            levels.push_back(original.constScanLine(y)[x]);
        return voteOf();
    };
    const auto rowVotes = [&](const QRect &tile) {
        std::vector<Vote> votes;
        for (int y = tile.top(); y <= tile.bottom(); ++y)
            votes.push_back(rowVote(y, tile.left() / tileSize));
        return votes;
    };
    const auto columnVotes = [&](const QRect &tile) {
        std::vector<Vote> votes;
        for (int x = tile.left(); x <= tile.right(); ++x)
            votes.push_back(columnVote(x, tile.top() / tileSize));
        return votes;
    };
    const auto disagree = [](const std::vector<Vote> &votes) {
        return std::find(votes.cbegin(), votes.cend(), Vote::Dark) != votes.cend()
            && std::find(votes.cbegin(), votes.cend(), Vote::Light) != votes.cend();
    };
    const auto linesInverted = [&](const std::vector<Vote> &votes, bool fallback) {
        std::vector<bool> inverted(votes.size(), fallback);
        for (int i = 0; i < int(votes.size()); ++i) {
            for (int d = 0; d < int(votes.size()); ++d) {
                const Vote above = i - d >= 0 ? votes[size_t(i - d)] : Vote::Unclear;
                const Vote below = i + d < int(votes.size()) ? votes[size_t(i + d)] : Vote::Unclear;
                if (above == Vote::Unclear && below == Vote::Unclear)
                    continue;
                if (above != Vote::Unclear && below != Vote::Unclear && above != below)
                    break;   // as near above as below and they disagree: the tile decides
                inverted[size_t(i)] = (above != Vote::Unclear ? above : below) == Vote::Dark;
                break;
            }
        }
        return inverted;
    };
    // Which tiles hold empty background of each level; a tile whose own or vertical neighbours' background
    // is of both levels sits on a border between a dark and a light panel.
    std::vector<int> darkEmpty(bins.size(), 0), lightEmpty(bins.size(), 0);
    for (int sr = 0; sr < subRows; ++sr) {
        for (int sc = 0; sc < subColumns; ++sc) {
            const size_t t = size_t(sr * subSize / tileSize) * size_t(columns) + size_t(sc * subSize / tileSize);
            darkEmpty[t] += subAt(sr, sc) == Sub::DarkEmpty;
            lightEmpty[t] += subAt(sr, sc) == Sub::LightEmpty;
        }
    }
    const auto onBorder = [&](int r, int c) {
        bool dark = false, light = false;
        for (int nr = std::max(0, r - 1); nr <= std::min(rows - 1, r + 1); ++nr) {
            dark = dark || darkEmpty[size_t(nr) * size_t(columns) + size_t(c)] > 0;
            light = light || lightEmpty[size_t(nr) * size_t(columns) + size_t(c)] > 0;
        }
        const size_t own = size_t(r) * size_t(columns) + size_t(c);
        return dark && light && (darkEmpty[own] > 0 || lightEmpty[own] > 0);
    };
    const auto besideBorder = [&](int r, int c) {
        bool dark = false, light = false;
        for (int nc = std::max(0, c - 1); nc <= std::min(columns - 1, c + 1); ++nc) {
            dark = dark || darkEmpty[size_t(r) * size_t(columns) + size_t(nc)] > 0;
            light = light || lightEmpty[size_t(r) * size_t(columns) + size_t(nc)] > 0;
        }
        return dark && light;
    };
    bool any = false;
    for (int ty = 0; ty < gray.height(); ty += tileSize) {
        for (int tx = 0; tx < gray.width(); tx += tileSize) {
            const QRect tile = QRect(tx, ty, tileSize, tileSize).intersected(gray.rect());
            const bool tileInverted = tileIsLightOnDark(original, tile, backgroundOf(ty / tileSize, tx / tileSize));
            // A border whose bar is full of text has no empty background of its level; its rows still disagree.
            const std::vector<Vote> votes = rowVotes(tile);
            const bool rowsDisagree = disagree(votes);
            const std::vector<Vote> byColumn = rowsDisagree || !besideBorder(ty / tileSize, tx / tileSize)
                ? std::vector<Vote>() : columnVotes(tile);
            const bool columnsDisagree = disagree(byColumn);
            const bool mixed = rowsDisagree || onBorder(ty / tileSize, tx / tileSize);
            const std::vector<bool> inverted = columnsDisagree ? linesInverted(byColumn, tileInverted)
                : mixed ? linesInverted(votes, tileInverted) : std::vector<bool>();
            for (int y = tile.top(); y <= tile.bottom(); ++y) {
                uchar *row = gray.scanLine(y);
                for (int x = tile.left(); x <= tile.right(); ++x) {
                    const bool lineInverted = columnsDisagree ? inverted[size_t(x - tile.left())]
                        : mixed ? inverted[size_t(y - tile.top())] : tileInverted;
                    const Sub kind = subAt(y / subSize, x / subSize);
                    if (kind == Sub::Marks ? lineInverted : kind == Sub::DarkEmpty) {
                        row[x] = uchar(255 - row[x]);
                        any = true;
                    }
                }
            }
        }
    }
    return any;
}

bool OcrPreprocessor::normaliseLinePolarity(QImage &gray)
{
    if (gray.isNull())
        return false;
    // The mode is no background here: a title bar's gradient spreads its level over many bins, while white
    // bold text fills one. Each pixel row of a line is mostly background, so its median is; a row's marks
    // are what differ from it, and a sliver of the next panel (a row of its own level) holds none.
    long darker = 0, lighter = 0;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *row = gray.constScanLine(y);
        std::vector<uchar> sorted(row, row + gray.width());
        std::nth_element(sorted.begin(), sorted.begin() + sorted.size() / 2, sorted.end());
        const int median = sorted[sorted.size() / 2];
        for (int x = 0; x < gray.width(); ++x) {
            darker += row[x] < median - 40;
            lighter += row[x] > median + 40;
        }
    }
    if (lighter <= darker)
        return false;
    gray.invertPixels();
    return true;
}

void OcrPreprocessor::normaliseBackground(QImage &gray, int strokeWidth)
{
    // A grey closing larger than any stroke removes the text and leaves each panel's own background; dividing
    // by it turns every panel white and keeps the text dark, so one global threshold suits all panels.
    const int size = std::max(5, strokeWidth | 1);
    Pix *pix = OcrPreprocessor::toPix(gray);
    if (!pix)
        return;
    Pix *background = pixCloseGray(pix, size, size);
    pixDestroy(&pix);
    if (!background)
        return;
    const l_uint32 *data = pixGetData(background);
    const int wpl = pixGetWpl(background);
    for (int y = 0; y < gray.height(); ++y) {
        uchar *row = gray.scanLine(y);
        const l_uint32 *line = data + y * wpl;
        for (int x = 0; x < gray.width(); ++x) {
            const int bg = GET_DATA_BYTE(line, x);
            if (bg >= 64)
                row[x] = uchar(std::min(255, row[x] * 255 / bg));
        }
    }
    pixDestroy(&background);
}

namespace {

double medianGlyphHeight(Pix *pix1)
{
    Boxa *boxa = pixConnCompBB(pix1, 8);
    if (!boxa)
        return 0;
    std::vector<int> heights;
    const int n = boxaGetCount(boxa);
    for (int i = 0; i < n; ++i) {
        l_int32 x, y, w, h;
        if (boxaGetBoxGeometry(boxa, i, &x, &y, &w, &h) != 0)
            continue;
        // Glyph-sized: not dust, not rules, panels or pictures.
        if (h >= 5 && h <= 300 && w <= 3 * h && h <= 8 * std::max(w, 1))
            heights.push_back(h);
    }
    boxaDestroy(&boxa);
    if (heights.size() < 3)
        return 0;
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    return heights[heights.size() / 2];
}

double skewOf(Pix *pix1)
{
    l_float32 angle = 0, confidence = 0;
    const bool found = pixFindSkew(pix1, &angle, &confidence) == 0;
    // Leptonica's confidence is the ratio of the best to the worst line alignment score; below about 3 the
    // "skew" is noise, and below a tenth of a degree rotating only blurs.
    if (!found || confidence < 3.0f || std::abs(angle) < 0.1f)
        return 0;
    return angle;
}

} // namespace

double OcrPreprocessor::estimateTextHeight(const QImage &gray)
{
    Pix *pix1 = binarise(gray);
    if (!pix1)
        return 0;
    const double h = medianGlyphHeight(pix1);
    pixDestroy(&pix1);
    return h;
}

double OcrPreprocessor::estimateSkew(const QImage &gray)
{
    Pix *pix1 = binarise(gray);
    if (!pix1)
        return 0;
    const double angle = skewOf(pix1);
    pixDestroy(&pix1);
    return angle;
}

PreparedImage OcrPreprocessor::prepare(const QImage &image, const QRect &region, const PreprocessOptions &options)
{
    PreparedImage out;
    const QRect area = region.isNull() ? image.rect() : region.intersected(image.rect());
    if (area.isEmpty())
        return out;

    // Transparent pixels of screenshots and stickers read as black; put them on white first.
    QImage source = image.copy(area);
    if (source.hasAlphaChannel()) {
        QImage flat(source.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter p(&flat);
        p.drawImage(0, 0, source);
        p.end();
        source = flat;
    }
    QImage gray = toGray(source);
    SpellMarkRemover::remove(source, gray);
    out.inverted = options.singleLine ? normaliseLinePolarity(gray) : normalisePolarity(gray, options.localPolarity);
    if (Pix *pix1 = binarise(gray)) {
        out.textHeight = medianGlyphHeight(pix1);
        if (options.deskew)
            out.skewDegrees = skewOf(pix1);
        pixDestroy(&pix1);
    }
    // White paper and single-panel light pages gain nothing from it, and on a 300 dpi page it is a third of the work.
    if (options.normaliseBackground && !hasWhiteBackground(gray))
        normaliseBackground(gray, out.textHeight > 0 ? int(out.textHeight * 0.7) : 5);
    if (options.removeRules)
        RuleRemover::remove(gray, out.textHeight, otsuThreshold(gray));

    QTransform forward = QTransform::fromTranslate(-area.left(), -area.top());

    double scale = 1.0;
    if (out.textHeight > 0 && out.textHeight < options.targetTextHeight / 1.25)
        scale = std::min(options.maxScale, options.targetTextHeight / out.textHeight);
    // Upscaling is for the small text of screenshots. A page that is large already and whose "glyphs" are
    // tiny is mostly ink that is not text (the dots and dashes of a scanned sheet of graph paper): scaled
    // 2.8 times to 69 million pixels it kept Tesseract busy for minutes on words of noise.
    const double pixels = double(gray.width()) * gray.height();
    if (options.maxUpscaledPixels > 0 && scale > 1.0 && pixels * scale * scale > options.maxUpscaledPixels)
        scale = std::max(1.0, std::sqrt(options.maxUpscaledPixels / pixels));
    const QSize scaledSize(qRound(gray.width() * scale), qRound(gray.height() * scale));
    const double sx = double(scaledSize.width()) / gray.width();
    const double sy = double(scaledSize.height()) / gray.height();
    out.scale = sx;
    if (out.skewDegrees != 0) {
        // Scale and straighten in one resampling, rotating about the centre within the same canvas; the
        // corners that leave it are margins of a scan.
        const QPointF centre(scaledSize.width() / 2.0, scaledSize.height() / 2.0);
        QTransform geometry = QTransform::fromScale(sx, sy);
        geometry *= QTransform::fromTranslate(-centre.x(), -centre.y());
        QTransform rotation;
        rotation.rotate(out.skewDegrees);
        geometry *= rotation;
        geometry *= QTransform::fromTranslate(centre.x(), centre.y());
        QImage straight(scaledSize, QImage::Format_Grayscale8);
        straight.fill(255);
        QPainter p(&straight);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setTransform(geometry);
        p.drawImage(0, 0, gray);
        p.end();
        gray = straight;
        forward *= geometry;
    } else if (scale > 1.0) {
        gray = gray.scaled(scaledSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                   .convertToFormat(QImage::Format_Grayscale8);
        forward *= QTransform::fromScale(sx, sy);
    }

    const int b = options.border;
    QImage bordered(gray.width() + 2 * b, gray.height() + 2 * b, QImage::Format_Grayscale8);
    bordered.fill(255);
    for (int y = 0; y < gray.height(); ++y)
        std::memcpy(bordered.scanLine(y + b) + b, gray.constScanLine(y), size_t(gray.width()));
    forward *= QTransform::fromTranslate(b, b);

    out.image = bordered;
    out.toSource = forward.inverted();
    // A median glyph (mixed x-height and capitals) is about 1/12 inch tall in body text at any resolution;
    // telling Tesseract a consistent resolution keeps its size filters from discarding small text.
    const double glyph = out.textHeight > 0 ? out.textHeight * scale : 0;
    out.resolution = glyph > 0 ? std::clamp(int(std::lround(glyph * 12)), 70, 1200) : 300;
    return out;
}

} // namespace Blackout
