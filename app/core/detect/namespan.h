// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

#include <utility>

namespace Blackout {

class NameLexicon;

/**
 * The whole of a name around the part of it that a rule found: given and middle names, initials (J., J),
 * particles (van, de, bin, al-), hyphenated and double surnames, suffixes (Jr., III, PhD), and the given names
 * of the inverted form "Bradford, David J.". A title (Mr., Dr., Frau) is evidence, not the person: it is left
 * outside the span.
 */
class NameSpan {
public:
    /// stopWords: folded words that are never part of a name (days, months, "Team").
    NameSpan(const NameLexicon &lexicon, const QSet<QString> &givenNames, const QSet<QString> &stopWords);

    /// [start, end) of text grown to the whole name and without a leading title.
    std::pair<int, int> widen(const QString &text, int start, int end) const;

    static bool isTitle(QStringView word);
    static bool isSuffix(QStringView word);
    static bool isParticle(QStringView word);

private:
    struct Word {
        int start = -1;
        int end = -1;   ///< after a following '.' for initials, titles and suffixes
        bool valid() const { return start >= 0; }
    };
    static Word wordAt(const QString &text, int start);
    /// The word after position at on the same line, one or two blanks away (or ", " when allowComma).
    static Word nextWord(const QString &text, int at, bool allowComma = false);
    static Word previousWord(const QString &text, int at);
    static bool isInitial(const QString &text, const Word &w);
    /// A capitalised word that the name lists know and that is no common word or stop word.
    bool isKnownNameWord(QStringView word) const;
    /// A capitalised word that may be a surname where the shape says a name continues (after an initial).
    bool couldBeSurname(QStringView word) const;
    int widenRight(const QString &text, int end, bool singleWord) const;
    int widenLeft(const QString &text, int start, bool singleWord) const;

    const NameLexicon &m_lexicon;
    const QSet<QString> &m_givenNames;
    const QSet<QString> &m_stopWords;
};

} // namespace Blackout
