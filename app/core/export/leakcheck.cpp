// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/leakcheck.h"

#include "model/textfold.h"

#include <algorithm>

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

} // namespace

Result<QList<Leak>> LeakCheck::check(const QList<QImage> &images, const QStringList &redactedTexts,
                                     const OcrOptions &options)
{
    QStringList patterns;
    QStringList originals;
    for (const QString &t : redactedTexts) {
        const QString f = fold(t);
        if (!f.isEmpty() && !patterns.contains(f)) {
            patterns.append(f);
            originals.append(t);
        }
    }
    QList<Leak> leaks;
    if (patterns.isEmpty() || images.isEmpty())
        return leaks;

    auto engine = OcrEngine::forCurrentThread(options);
    if (!engine)
        return engine.error();

    for (qsizetype index = 0; index < images.size(); ++index) {
        const auto layer = engine.value()->recognize(images.at(index));
        if (!layer)
            return layer.error();
        const Reading reading = readingOf(layer.value());
        for (qsizetype p = 0; p < patterns.size(); ++p) {
            const QString &pattern = patterns.at(p);
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
                            leaks.append(Leak{originals.at(p), int(index), wordsBox(reading, first, last)});
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
                leaks.append(Leak{originals.at(p), int(index),
                                  wordsBox(reading, reading.owner.at(start), reading.owner.at(o.end))});
            }
        }
    }
    return leaks;
}

} // namespace Blackout
