// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/unreadtextfinder.h"

#include <QRegularExpression>

#include <algorithm>

namespace Blackout {

namespace {

int alphanumerics(const QString &word)
{
    return int(std::count_if(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }));
}

// A doubtful reading in the shape of the data Blackout looks for: an address, a link, a query, a phone number.
// Doubtful readings of ordinary words ("messages", a toolbar's "@Tag" beside its icon) are left alone: on
// screenshots of real programs they were three in five of all doubtful words, and every one a needless box.
bool looksLikeData(const QString &word)
{
    static const QRegularExpression shape(QStringLiteral(R"([@©®](?![A-Z][a-z]+$)|\w=\w|:/|www|\w[.,]\w+[.,]\w)"));
    // A toolbar's buttons read as one word: capitalised labels between icons and button edges ("®@Tag",
    // "Forward]@Archive]|"); an address or a link always has a dot or a digit somewhere.
    static const QRegularExpression toolbar(QStringLiteral(R"(\|\||^[@©®\[\]|]*(?:[A-Z][a-z]+[@©®\[\]|]*)+$)"));
    if (toolbar.match(word).hasMatch())
        return false;
    // A scheme or "www." alone: the host after it was read with confidence as a word of its own.
    static const QRegularExpression prefixOnly(QStringLiteral(R"(^(?:https?:?[/\\|]*|www\.?)$)"), QRegularExpression::CaseInsensitiveOption);
    if (prefixOnly.match(word).hasMatch())
        return false;
    if (shape.match(word).hasMatch())
        return true;
    // A long number only with a '+' (an international phone number): a doubtful bare number was an order or
    // reference number in every case of eval-dev, and the detectors of numbers forgive OCR slips themselves.
    return word.contains(QLatin1Char('+'))
        && std::count_if(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); }) >= 6;
}

// A capital and four or more lower-case letters: a given name or surname as a list row shows it.
bool looksLikeName(const QString &word)
{
    static const QRegularExpression name(QStringLiteral(R"(^\p{Lu}\p{Ll}{3,}[,.]?$)"));
    return name.match(word).hasMatch();
}

bool isDoubtful(const Word &word)
{
    // Fewer than three letters or digits: punctuation, icons and bullets, which hold no datum.
    if (alphanumerics(word.text) < 3)
        return false;
    // Text too small to read is never trusted unless read with high confidence, when it has the shape of a
    // name ("Hannah" in a thumbnail's inbox) or of data. Specks and grid lines (a scanned sheet of graph
    // paper) read as "meee", "nen", "cocos": no shape.
    // A dashed rule of a scanned grid can read as a word too ("Besmet" across 173 x 6 pixels): letters are
    // never several times wider than tall.
    if (word.box.height() < UnreadTextFinder::kTinyGlyph) {
        const bool glyphShaped = word.box.width() <= 1.5 * word.box.height() * std::max<qsizetype>(1, word.text.size());
        return glyphShaped && word.confidence < UnreadTextFinder::kTinyTrustedFrom
            && (looksLikeName(word.text) || looksLikeData(word.text));
    }
    return word.confidence < UnreadTextFinder::kDoubtfulBelow && looksLikeData(word.text);
}

// Whether most of box lies under words read with confidence (the second reading of a doubtful line).
bool readElsewhere(const QRectF &box, const QList<Word> &confident)
{
    const qreal area = box.width() * box.height();
    if (area <= 0)
        return false;
    qreal covered = 0;
    for (const Word &w : confident) {
        const QRectF common = box.intersected(w.box);
        covered += common.width() * common.height();
    }
    return covered >= 0.5 * area;
}

bool overlapsAny(int start, int end, const QList<Match> &matches)
{
    return std::any_of(matches.cbegin(), matches.cend(),
                       [&](const Match &m) { return start < m.start + m.length && m.start < end; });
}

} // namespace

QList<Match> UnreadTextFinder::find(const TextLayer &layer, const QList<Match> &read)
{
    QList<Match> out;
    if (layer.source() != TextSource::Ocr)
        return out;
    const QList<Word> words = layer.words();
    QList<Word> confident;
    for (const Word &w : words) {
        if (w.confidence >= 0.7f && alphanumerics(w.text) >= 2)
            confident.append(w);
    }
    int runLine = -1;
    for (const Word &w : words) {
        const int end = w.start + int(w.text.size());
        if (!isDoubtful(w) || readElsewhere(w.box, confident) || overlapsAny(w.start, end, read)) {
            runLine = -1;
            continue;
        }
        if (runLine == w.line && !out.isEmpty()) {
            out.last().length = end - out.last().start;
            continue;
        }
        out.append(Match{PiiType::Unread, w.start, end - w.start, 0.5});
        runLine = w.line;
    }
    return out;
}

} // namespace Blackout
