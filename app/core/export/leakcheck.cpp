// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/leakcheck.h"

#include "model/textfold.h"

#include <QMap>
#include <QRegion>

#include <algorithm>
#include <climits>
#include <cmath>

namespace Blackout {

namespace {

// Detection's own fold (letters and digits, case and accents folded, Ł as l, ß as ss): a redacted "Łukasz"
// read back as "Lukasz" is the same string.
QString fold(const QString &s)
{
    return TextFold::nameKey(s);
}

int allowedErrors(qsizetype length)
{
    return length >= 16 ? 2 : length >= 8 ? 1 : 0;
}

struct Reading {
    QList<Word> words;
    QStringList folded;   ///< per word
    QString text;         ///< all folded words concatenated
    QList<int> owner;     ///< word index of every character of text
};

Reading readingOf(const TextLayer &layer)
{
    Reading r;
    r.words = layer.words();
    for (int w = 0; w < r.words.size(); ++w) {
        const QString f = fold(r.words.at(w).text);
        r.folded.append(f);
        r.text += f;
        for (qsizetype i = 0; i < f.size(); ++i)
            r.owner.append(w);
    }
    return r;
}

QRect wordsBox(const Reading &r, int first, int last)
{
    // Consecutive words of a reading can stand far apart (a line read again, a line found late, the next
    // row of a table): a box over both would black out what lies between, the neighbouring cells of a
    // spreadsheet among it. Only the last line's words are named; whatever stays readable of the rest is
    // found again by the next round.
    QRectF box;
    for (int w = first; w <= last; ++w) {
        if (r.words.at(w).line == r.words.at(last).line)
            box = box.united(r.words.at(w).box);
    }
    return box.toAlignedRect();
}

bool isTokenEnd(const Reading &r, qsizetype i)
{
    return i + 1 >= r.owner.size() || r.owner.at(i + 1) != r.owner.at(i);
}

bool isTokenStartNear(const Reading &r, qsizetype i, int slack)
{
    for (qsizetype j = std::max<qsizetype>(0, i - slack); j <= std::min(r.owner.size() - 1, i + slack); ++j) {
        if (j == 0 || r.owner.at(j - 1) != r.owner.at(j))
            return true;
    }
    return false;
}

struct Occurrence {
    qsizetype end = 0;
    int errors = 0;
};

// Every text position where an approximate occurrence of pattern ends (Sellers: edit distance with a
// free start), with its number of errors.
QList<Occurrence> approximateEnds(const QString &pattern, const QString &text, int maxErrors)
{
    const qsizetype m = pattern.size();
    QList<int> prev(m + 1), cur(m + 1);
    for (qsizetype i = 0; i <= m; ++i)
        prev[i] = int(i);
    QList<Occurrence> ends;
    for (qsizetype j = 0; j < text.size(); ++j) {
        cur[0] = 0;
        for (qsizetype i = 1; i <= m; ++i) {
            const int substitute = prev[i - 1] + (pattern.at(i - 1) == text.at(j) ? 0 : 1);
            cur[i] = std::min({substitute, prev[i] + 1, cur[i - 1] + 1});
        }
        if (cur[m] <= maxErrors)
            ends.append({j, cur[m]});
        std::swap(prev, cur);
    }
    return ends;
}

struct Patterns {
    QStringList folded;
    QStringList originals;
};

Patterns patternsOf(const QStringList &redactedTexts)
{
    Patterns p;
    for (const QString &t : redactedTexts) {
        const QString f = fold(t);
        if (!f.isEmpty() && !p.folded.contains(f)) {
            p.folded.append(f);
            p.originals.append(t);
        }
    }
    return p;
}

// The redacted strings that one reading of image `index` shows.
void findInReading(const Reading &reading, const Patterns &patterns, int index, QList<Leak> &leaks)
{
    for (qsizetype p = 0; p < patterns.folded.size(); ++p) {
        const QString &pattern = patterns.folded.at(p);
        if (pattern.size() < 6) {
            // Short strings match too much by accident inside other words: only whole tokens count,
            // or a run of whole tokens ("J Doe").
            for (int first = 0; first < reading.folded.size(); ++first) {
                QString joined;
                for (int last = first; last < std::min(int(reading.folded.size()), first + 4); ++last) {
                    if (reading.words.at(last).line != reading.words.at(first).line)
                        break;
                    joined += reading.folded.at(last);
                    if (joined == pattern) {
                        leaks.append(Leak{patterns.originals.at(p), index, wordsBox(reading, first, last)});
                        break;
                    }
                    if (joined.size() >= pattern.size())
                        break;
                }
            }
            continue;
        }
        const int errors = allowedErrors(pattern.size());
        const bool digitsOnly = std::all_of(pattern.cbegin(), pattern.cend(), [](QChar c) { return c.isDigit(); });
        // Neighbouring ends belong to one occurrence ("...014" and "...0147"): keep its best end.
        QList<Occurrence> best;
        for (const Occurrence &o : approximateEnds(pattern, reading.text, errors)) {
            const qsizetype start = std::max<qsizetype>(0, o.end - pattern.size() + 1);
            // A number inside a longer number (an order number containing a redacted phone's
            // digits) is not that phone: digit-only strings must start and end on token boundaries.
            if (digitsOnly && !(isTokenEnd(reading, o.end) && isTokenStartNear(reading, start, errors)))
                continue;
            if (!best.isEmpty() && o.end - best.last().end < pattern.size()) {
                if (o.errors <= best.last().errors)
                    best.last() = o;
                continue;
            }
            best.append(o);
        }
        for (const Occurrence &o : std::as_const(best)) {
            const qsizetype start = std::max<qsizetype>(0, o.end - pattern.size() + 1);
            leaks.append(Leak{patterns.originals.at(p), index,
                              wordsBox(reading, reading.owner.at(start), reading.owner.at(o.end))});
        }
    }
}

// A text folded as detection folds it, with the first and last character of the original behind every
// folded character, so that an occurrence found in the fold has its boxes.
struct FoldedText {
    QString text;
    QList<int> first;
    QList<int> last;
};

FoldedText foldedWithOrigins(const QString &text)
{
    FoldedText f;
    for (int i = 0; i < text.size(); ++i) {
        for (const QChar c : TextFold::nameKey(QString(text.at(i)))) {
            f.text += c;
            f.first.append(i);
            f.last.append(i);
        }
    }
    // TextFold::nameKey's digraphs, in its order, over the whole text as it does (left to right, not
    // overlapping), one pass each.
    for (const auto &[digraph, letter] : {std::pair{"oe", 'o'}, std::pair{"ue", 'u'}, std::pair{"ae", 'a'}}) {
        FoldedText next;
        for (qsizetype i = 0; i < f.text.size(); ++i) {
            const bool pair = i + 1 < f.text.size() && f.text.at(i) == QLatin1Char(digraph[0])
                && f.text.at(i + 1) == QLatin1Char(digraph[1]);
            next.text += pair ? QChar(QLatin1Char(letter)) : f.text.at(i);
            next.first.append(f.first.at(i));
            next.last.append(f.last.at(pair ? i + 1 : i));
            if (pair)
                ++i;
        }
        f = next;
    }
    return f;
}

// The tile that shows most of rect (page pixels), or -1.
int tileShowing(const QList<ExportTile> &tiles, const QRect &rect)
{
    int best = -1;
    qint64 bestArea = 0;
    for (int i = 0; i < tiles.size(); ++i) {
        const QRect common = tiles.at(i).source & rect;
        const qint64 area = qint64(common.width()) * common.height();
        if (area > bestArea) {
            best = i;
            bestArea = area;
        }
    }
    return best;
}

// (a) Every occurrence of a redacted string in the page's own text lies under the boxes, glyph box by glyph box.
void findUncoveredOccurrences(const QList<ExportTile> &tiles, const LaidOutPage &page, const Patterns &patterns,
                              QList<Leak> &leaks)
{
    QRegion burnt;
    for (const QRect &box : page.boxes)
        burnt += box;
    const QString &text = page.text.text();
    const FoldedText folded = foldedWithOrigins(text);
    for (qsizetype p = 0; p < patterns.folded.size(); ++p) {
        const QString &pattern = patterns.folded.at(p);
        const bool digitsOnly = std::all_of(pattern.cbegin(), pattern.cend(), [](QChar c) { return c.isDigit(); });
        for (qsizetype at = folded.text.indexOf(pattern); at >= 0; at = folded.text.indexOf(pattern, at + 1)) {
            const int first = folded.first.at(at);
            const int last = folded.last.at(at + pattern.size() - 1);
            // As the full check: short strings and numbers only as whole words.
            if ((pattern.size() < 6 || digitsOnly) && !TextFold::isWholeWord(text, first, last - first + 1))
                continue;
            // Glyph by glyph (two names redacted apart leave the space between them, which shows nothing), a
            // leak per line of the occurrence.
            QRect uncovered;
            const auto report = [&] {
                const int tile = uncovered.isEmpty() ? -1 : tileShowing(tiles, uncovered);
                if (tile >= 0)
                    leaks.append(Leak{patterns.originals.at(p), tile, tiles.at(tile).toImage.mapRect(uncovered)});
                uncovered = QRect();
            };
            for (int i = first; i <= last; ++i) {
                const QRectF glyph = page.text.charBox(i);
                if (glyph.isNull() || text.at(i).isSpace())
                    continue;
                // Inside its pixels: a box edge on a fraction of a pixel is no leak.
                const QRect inner = glyph.adjusted(0.5, 0.5, -0.5, -0.5).toAlignedRect();
                if ((QRegion(inner) - burnt).isEmpty())
                    continue;
                if (!uncovered.isEmpty() && (inner.top() > uncovered.bottom() || inner.bottom() < uncovered.top()))
                    report();
                uncovered |= inner;
            }
            report();
        }
    }
}

// (b) The page's text lines that a box touches, each with the line above and the line below (page pixels, one
// line of text each). Where the text layer has no line right above or below, the strip of a line's height
// there is read instead: text that is in the pixels only. A box that touches no line (an area the person
// drew) is read as a line of its own.
QList<QRect> linesAroundBoxes(const LaidOutPage &page, int pageWidth)
{
    QMap<int, QRectF> byNumber;
    for (const Word &w : page.text.words())
        byNumber[w.line] |= w.box;
    const QList<QRectF> lines = byNumber.values();   // in line order
    QList<QRect> read;
    const auto add = [&](const QRectF &r, bool wholeWidth) {
        const int grow = int(std::ceil(r.height() * 0.2));
        const int side = wholeWidth ? pageWidth : 2 * int(std::ceil(r.height()));
        const QRect rect = r.toAlignedRect().adjusted(-side, -grow, side, grow) & QRect(0, 0, pageWidth, INT_MAX);
        if (!rect.isEmpty() && !read.contains(rect))
            read.append(rect);
    };
    for (const QRect &box : page.boxes) {
        bool touches = false;
        for (qsizetype k = 0; k < lines.size(); ++k) {
            const QRectF line = lines.at(k);
            if (!line.intersects(QRectF(box)))
                continue;
            touches = true;
            add(line, false);
            const qreal h = line.height();
            if (k > 0 && line.top() - lines.at(k - 1).bottom() < 1.5 * h)
                add(lines.at(k - 1), false);
            else
                add(QRectF(0, line.top() - 1.5 * h, pageWidth, 1.5 * h), true);
            if (k + 1 < lines.size() && lines.at(k + 1).top() - line.bottom() < 1.5 * h)
                add(lines.at(k + 1), false);
            else
                add(QRectF(0, line.bottom(), pageWidth, 1.5 * h), true);
        }
        if (!touches)
            add(QRectF(box), false);
    }
    // A strip that overlaps a line read anyway (or another strip) by half its height is read once, as one.
    QList<QRect> merged;
    for (const QRect &r : std::as_const(read)) {
        auto same = std::find_if(merged.begin(), merged.end(), [&](const QRect &m) {
            const QRect common = m & r;
            return !common.isEmpty() && 2 * common.height() >= std::min(m.height(), r.height());
        });
        if (same != merged.end())
            *same |= r;
        else
            merged.append(r);
    }
    return merged;
}

// (c) The pixels inside every box are its fill; a scaled tile blends a box's edge, so a pixel of it is spared.
void findUnfilledBoxes(const QList<ExportTile> &tiles, const LaidOutPage &page, QList<Leak> &leaks)
{
    for (int t = 0; t < tiles.size(); ++t) {
        const ExportTile &tile = tiles.at(t);
        const int spare = tile.toImage.isScaling() ? 2 : 0;
        const QImage image = tile.image.convertToFormat(QImage::Format_RGB32);
        for (const QRect &box : page.boxes) {
            const QRect shown = box & tile.source;
            if (shown.isEmpty())
                continue;
            const QRect inside = tile.toImage.mapRect(shown).adjusted(spare, spare, -spare, -spare) & image.rect();
            bool filled = true;
            for (int y = inside.top(); filled && y <= inside.bottom(); ++y) {
                const QRgb *row = reinterpret_cast<const QRgb *>(image.constScanLine(y));
                for (int x = inside.left(); x <= inside.right(); ++x) {
                    if ((row[x] & 0xffffff) != (page.fill & 0xffffff)) {
                        filled = false;
                        break;
                    }
                }
            }
            if (!filled)
                leaks.append(Leak{LeakCheck::tr("a box that is not filled"), t, inside});
        }
    }
}

} // namespace

Result<QList<Leak>> LeakCheck::check(const QList<QImage> &images, const QStringList &redactedTexts,
                                     const OcrOptions &options)
{
    const Patterns patterns = patternsOf(redactedTexts);
    QList<Leak> leaks;
    if (patterns.folded.isEmpty() || images.isEmpty())
        return leaks;

    auto engine = OcrEngine::forCurrentThread(options);
    if (!engine)
        return engine.error();

    for (qsizetype index = 0; index < images.size(); ++index) {
        const auto layer = engine.value()->recognize(images.at(index));
        if (!layer)
            return layer.error();
        findInReading(readingOf(layer.value()), patterns, int(index), leaks);
    }
    return leaks;
}

Result<QList<Leak>> LeakCheck::checkTargeted(const QList<ExportTile> &tiles, const LaidOutPage &page,
                                             const QStringList &redactedTexts, const OcrOptions &options)
{
    const Patterns patterns = patternsOf(redactedTexts);
    QList<Leak> leaks;
    if (tiles.isEmpty())
        return leaks;
    findUnfilledBoxes(tiles, page, leaks);
    if (patterns.folded.isEmpty())
        return leaks;
    findUncoveredOccurrences(tiles, page, patterns, leaks);

    auto engine = OcrEngine::forCurrentThread(options);
    if (!engine)
        return engine.error();
    int pageWidth = 0;
    for (const ExportTile &tile : tiles)
        pageWidth = std::max(pageWidth, tile.source.right() + 1);
    const QList<QRect> lines = linesAroundBoxes(page, pageWidth);
    for (int t = 0; t < tiles.size(); ++t) {
        const ExportTile &tile = tiles.at(t);
        QList<QRect> shown;
        for (const QRect &line : lines) {
            if (line.intersects(tile.source))
                shown.append(tile.toImage.mapRect(line & tile.source) & tile.image.rect());
        }
        if (shown.isEmpty())
            continue;
        const auto layer = engine.value()->recognizeLines(tile.image, shown);
        if (!layer)
            return layer.error();
        findInReading(readingOf(layer.value()), patterns, t, leaks);
    }
    return leaks;
}

} // namespace Blackout
