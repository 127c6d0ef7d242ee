// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Blackout {

/// Small text helpers the detectors share: folding for comparisons and word-boundary tests.
class TextFold {
public:
    /// Lower case without diacritics, one QChar per QChar so that positions stay valid.
    static QChar foldChar(QChar c);
    static QString fold(const QString &text);
    /// A looser key for comparing names: fold(), then ß→ss and the German vowel spellings (oe, ue, ae)
    /// reduced to one letter, so that Schröder, Schroder and Schroeder compare equal.
    static QString nameKey(const QString &text);
    /// Letters and digits, folded: what two readings of the same datum have in common.
    static QString lettersAndDigits(const QString &text);
    /// The digits of text, in order.
    static QString digits(const QString &text);
    static bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }
    /// True when no word character touches [start, start + length) on either side.
    static bool isWholeWord(const QString &text, int start, int length);
    /// The words of an address's local part or of a link's path segment: t.wielgosz → t, wielgosz.
    static QStringList handleParts(const QString &handle);
    /// The email addresses written in text, as written.
    static QStringList addressesIn(const QString &text);
    /// The Levenshtein distance of a and b, or maxEdits + 1 when it is larger (banded, so cheap).
    static int editDistance(QStringView a, QStringView b, int maxEdits);
    /// The line of text around position pos (without its '\n').
    static QStringView lineAround(const QString &text, int pos);
};

} // namespace Blackout
