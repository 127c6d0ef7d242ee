// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>
#include <QString>

class QTransform;

namespace Blackout {

/// Where the characters of a text layer came from (report-schema `source`).
enum class TextSource { Layout, Text, Ocr };
QString textSourceId(TextSource source);

/// One word of a text layer, derived on demand (see TextLayer::words()).
struct Word {
    QString text;
    int start = 0;   ///< index of the first character in TextLayer::text()
    int line = 0;    ///< 0-based line number
    QRectF box;      ///< union of the character boxes
    float confidence = 1.0f;
};

/**
 * The text of a page (or of a region of it) with a box for every character, in page pixels.
 *
 * The text is flat: words are separated by ' ' and lines by '\n'. Every QChar of text() has a box and a
 * confidence; separators that the producer inserted have a null box. Detectors search text() and map a
 * span back to boxes with spanBoxes(), which is why a hit can cover part of a word or several lines.
 */
class TextLayer {
public:
    explicit TextLayer(TextSource source = TextSource::Ocr);

    TextSource source() const { return m_source; }
    const QString &text() const { return m_text; }
    int size() const { return m_text.size(); }
    bool isEmpty() const { return m_text.isEmpty(); }

    QRectF charBox(int index) const { return m_boxes.at(index); }
    float confidence(int index) const { return m_confidences.at(index); }

    /// Appends one character with its box (null for a synthetic character) and confidence (0..1).
    void appendChar(QChar c, const QRectF &box, float confidence = 1.0f);
    /// Appends a word; inserts a ' ' first unless at the start of a line. boxes has one entry per QChar.
    void appendWord(const QString &word, const QList<QRectF> &boxes, float confidence = 1.0f);
    /// Appends a word whose characters share one box, split evenly across its width (for producers
    /// that only know word boxes).
    void appendWordSplitEvenly(const QString &word, const QRectF &wordBox, float confidence = 1.0f);
    /// The same, each character given the share of the width its shape usually takes in a proportional font
    /// (a comma a third of a letter, an "m" one and a half): OCR reads "Dubois," as one word, and an even split
    /// left the name's box a comma's share short of its last letter.
    void appendWordSplitByShape(const QString &word, const QRectF &wordBox, float confidence = 1.0f);
    /// The character boxes appendWordSplitByShape() gives.
    static QList<QRectF> boxesByShape(const QString &word, const QRectF &wordBox);
    /// Ends the current line (appends '\n' unless the text is empty or already ends a line).
    void endLine();
    /// Marks a wide gap between two words of one line (a table's or a list's columns) with three spaces, so
    /// that a name or an address is not read across it ("Mark" ending a subject, "Katarzyna Wójcik" the
    /// author in the next column).
    void appendColumnGap();
    /// How many blanks in a row mark a column gap (appendColumnGap); a name or an address never spans one.
    static constexpr int kColumnGapBlanks = 3;
    /// Appends all of other, on a new line.
    void appendLayer(const TextLayer &other);

    /// One box per line fragment covered by [start, start + length): the union of its character boxes,
    /// grown by padding on every side. Synthetic characters contribute nothing.
    QList<QRectF> spanBoxes(int start, int length, qreal padding = 0) const;
    /// The lowest confidence of the real characters in the span (1 when there are none).
    float spanConfidence(int start, int length) const;

    /// The words, with their line numbers and boxes.
    QList<Word> words() const;

    /// Maps every box (e.g. from a scaled or cropped OCR image back to page pixels).
    void transform(const QTransform &transform);

private:
    TextSource m_source;
    QString m_text;
    QList<QRectF> m_boxes;
    QList<float> m_confidences;
};

} // namespace Blackout
