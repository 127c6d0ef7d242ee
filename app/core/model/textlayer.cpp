// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/textlayer.h"

#include <QTransform>

#include <algorithm>

namespace Blackout {

QString textSourceId(TextSource source)
{
    switch (source) {
    case TextSource::Layout:
        return QStringLiteral("layout");
    case TextSource::Text:
        return QStringLiteral("text");
    case TextSource::Ocr:
        break;
    }
    return QStringLiteral("ocr");
}

TextLayer::TextLayer(TextSource source) : m_source(source) {}

void TextLayer::appendChar(QChar c, const QRectF &box, float confidence)
{
    m_text.append(c);
    m_boxes.append(box);
    m_confidences.append(confidence);
}

void TextLayer::appendWord(const QString &word, const QList<QRectF> &boxes, float confidence)
{
    if (word.isEmpty())
        return;
    if (!m_text.isEmpty() && !m_text.endsWith(QLatin1Char('\n')) && !m_text.endsWith(QLatin1Char(' ')))
        appendChar(QLatin1Char(' '), QRectF(), 1.0f);
    for (int i = 0; i < word.size(); ++i)
        appendChar(word.at(i), i < boxes.size() ? boxes.at(i) : QRectF(), confidence);
}

void TextLayer::appendWordSplitEvenly(const QString &word, const QRectF &wordBox, float confidence)
{
    QList<QRectF> boxes;
    const int n = std::max<int>(1, int(word.size()));
    const qreal w = wordBox.width() / n;
    for (int i = 0; i < word.size(); ++i)
        boxes.append(QRectF(wordBox.left() + i * w, wordBox.top(), w, wordBox.height()));
    appendWord(word, boxes, confidence);
}

void TextLayer::appendColumnGap()
{
    if (m_text.isEmpty() || m_text.endsWith(QLatin1Char('\n')))
        return;
    while (!m_text.endsWith(QString(kColumnGapBlanks, QLatin1Char(' '))))
        appendChar(QLatin1Char(' '), QRectF(), 1.0f);
}

namespace {

// Typical advance widths relative to a lower-case letter, in sans and serif proportional fonts alike.
qreal shareOf(QChar c)
{
    if (c.isMark())
        return 0;
    if (QStringLiteral(".,;:'’`|!").contains(c))
        return 0.35;
    if (QStringLiteral("il1I()[]{}jftr\"-").contains(c))
        return 0.6;
    if (QStringLiteral("mwMW@%").contains(c))
        return 1.5;
    if (c.isUpper())
        return 1.25;
    return 1.0;
}

} // namespace

QList<QRectF> TextLayer::boxesByShape(const QString &word, const QRectF &wordBox)
{
    qreal total = 0;
    for (const QChar c : word)
        total += shareOf(c);
    QList<QRectF> boxes;
    qreal x = wordBox.left();
    for (const QChar c : word) {
        const qreal w = total > 0 ? wordBox.width() * shareOf(c) / total : wordBox.width() / qreal(word.size());
        boxes.append(QRectF(x, wordBox.top(), w, wordBox.height()));
        x += w;
    }
    return boxes;
}

void TextLayer::appendWordSplitByShape(const QString &word, const QRectF &wordBox, float confidence)
{
    appendWord(word, boxesByShape(word, wordBox), confidence);
}

void TextLayer::endLine()
{
    if (!m_text.isEmpty() && !m_text.endsWith(QLatin1Char('\n')))
        appendChar(QLatin1Char('\n'), QRectF(), 1.0f);
}

void TextLayer::appendLayer(const TextLayer &other)
{
    if (other.isEmpty())
        return;
    endLine();
    m_text.append(other.m_text);
    m_boxes.append(other.m_boxes);
    m_confidences.append(other.m_confidences);
}

QList<QRectF> TextLayer::spanBoxes(int start, int length, qreal padding) const
{
    QList<QRectF> result;
    QRectF current;
    const int end = std::min<int>(start + length, int(m_text.size()));
    auto flush = [&] {
        if (!current.isNull())
            result.append(current.adjusted(-padding, -padding, padding, padding));
        current = QRectF();
    };
    for (int i = std::max(0, start); i < end; ++i) {
        const QRectF box = m_boxes.at(i);
        if (m_text.at(i) == QLatin1Char('\n')) {
            flush();
            continue;
        }
        if (box.isNull())
            continue;
        // A character that does not overlap the fragment vertically starts a new fragment: layouts that
        // wrap without an explicit '\n' (and rotated OCR lines) still give one box per visual line.
        if (!current.isNull()) {
            const qreal overlap = std::min(current.bottom(), box.bottom()) - std::max(current.top(), box.top());
            if (overlap < 0.3 * std::min(current.height(), box.height()) || box.right() < current.left() - 1) {
                flush();
            }
        }
        current = current.isNull() ? box : current.united(box);
    }
    flush();
    return result;
}

float TextLayer::spanConfidence(int start, int length) const
{
    float lowest = 1.0f;
    const int end = std::min<int>(start + length, int(m_text.size()));
    for (int i = std::max(0, start); i < end; ++i) {
        if (!m_boxes.at(i).isNull())
            lowest = std::min(lowest, m_confidences.at(i));
    }
    return lowest;
}

QList<Word> TextLayer::words() const
{
    QList<Word> result;
    int line = 0;
    Word current;
    bool inWord = false;
    auto flush = [&] {
        if (inWord)
            result.append(current);
        inWord = false;
    };
    for (int i = 0; i < m_text.size(); ++i) {
        const QChar c = m_text.at(i);
        if (c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\t')) {
            flush();
            if (c == QLatin1Char('\n'))
                ++line;
            continue;
        }
        if (!inWord) {
            current = Word{QString(), i, line, QRectF(), 1.0f};
            inWord = true;
        }
        current.text.append(c);
        if (!m_boxes.at(i).isNull())
            current.box = current.box.isNull() ? m_boxes.at(i) : current.box.united(m_boxes.at(i));
        current.confidence = std::min(current.confidence, m_confidences.at(i));
    }
    flush();
    return result;
}

void TextLayer::transform(const QTransform &transform)
{
    for (QRectF &box : m_boxes) {
        if (!box.isNull())
            box = transform.mapRect(box);
    }
}

} // namespace Blackout
