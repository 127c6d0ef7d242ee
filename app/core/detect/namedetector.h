// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/detector.h"
#include "model/hit.h"

#include <QSet>

#include <memory>

namespace Blackout {

class NameLexicon;
class NameSpan;

/**
 * Names of people, from four sources: the people in the document's headers (found again in any case,
 * accent-insensitive, as first or last name alone), the user's watch list, the context of a name (greetings,
 * sign-offs, titles, "X wrote:" and From/To/Cc lines of quoted mails) and a bundled list of given names
 * followed by a capitalised word.
 */
class NameDetector : public Detector {
public:
    NameDetector();
    ~NameDetector() override;
    PiiType type() const override { return PiiType::Name; }
    QList<Match> find(const QString &text, const DetectionContext &context) const override;

    /// The people that name hits of two words or more spell out in full, to be looked for on other pages.
    static QList<Person> peopleNamedIn(const QList<Hit> &hits);
    /// The name parts (TextFold::nameKey) of the people: words of display names and of address local parts.
    static QSet<QString> personKeys(const QList<Person> &people);
    bool isGivenName(const QString &word) const;
    /// The bundled given names (TextFold::fold), with or without those that are also common words.
    static const QSet<QString> &knownGivenNames(bool includeAmbiguous = true);
    /// The given names of the classic lists (Moby and international), without the SSA names of today.
    static const QSet<QString> &classicGivenNames();

private:
    struct Token {
        int start;
        int end;
        QString key;
        bool capitalised;
    };
    static QList<Token> tokenize(const QString &text);
    /// find() once OCR's slips of a character have been put right.
    QList<Match> findIn(const QString &text, const DetectionContext &context) const;
    /// Sets each match's reading where OCR slipped in a name the page knows (NameSpelling).
    void spellAsKnown(const QString &text, QList<Token> &tokens, const QSet<QString> &keys,
                      const QList<Person> &people, QList<Match> &matches) const;
    bool isStopWord(const QString &key) const;
    /// A given name that is also a common word ("Will", "Mark", "See"): a name only with support.
    bool isAmbiguous(const QString &folded) const;
    /// Grows matches [from, end) to whole names (NameSpan), then drops places.
    void widenAndDropPlaces(const QString &text, const QList<Token> &tokens, QList<Match> &matches,
                            qsizetype from) const;
    /// Drops what lies inside a place name ("San Francisco", "St. Louis"): places are not people.
    void dropPlaces(const QString &text, const QList<Token> &tokens, QList<Match> &matches) const;
    void addContextNames(const QString &text, QList<Match> &out) const;
    /// Names beside the cues of app screens: "X commented", "Profile of X", "Reviewers: X".
    void addScreenCues(const QString &text, QList<Match> &out) const;
    /// True when a capitalised word of candidate is a given name or a surname of the lists, and no common word.
    bool hasNameWord(const QString &candidate) const;
    void addGivenNamePairs(const QString &text, const QList<Token> &tokens, bool ocr, QList<Match> &out) const;
    /// Two names of the lists that are no words, inside a sentence or a list's cell ("ask Venkatesh Subramanian").
    void addNameWordPairs(const QString &text, const QList<Token> &tokens, QList<Match> &out) const;
    /// Entries of a message list: a name alone on its line before a time or date ("Käthe   12:12 PM").
    void addListEntries(const QString &text, const QSet<QString> &keys, bool ocr, QList<Match> &out) const;
    /// A bundled given name that is no word, place or brand, on its own ("… and Jürgen will send it").
    void addLoneGivenNames(const QString &text, const QList<Token> &tokens, QList<Match> &out) const;
    /// A given name and a surname joined into one word by '_' or '-', as file names and handles carry them
    /// ("Lebenslauf_Anna-Lena_Schmidt.pdf", "notes-from-Sofia-Castillo.txt").
    void addJoinedNames(const QString &text, QList<Match> &out) const;
    /// A known person's given name right before their surname, with one letter lost or misread (OCR).
    void addSlippedGivenNames(const QString &text, const QList<Token> &tokens, const QSet<QString> &known,
                              QList<Match> &raw) const;
    /// The display name before "<address>" on a mail header line read by OCR.
    void addHeaderDisplayNames(const QString &text, QList<Match> &out) const;
    /// A known name glued to the word before it by OCR ("HiLinnéa").
    /// A known person's surname misread by OCR right after a name found ("Hichael bhitfield").
    void addSlippedSurnames(const QString &text, const QList<Token> &tokens, const QSet<QString> &known,
                            QList<Match> &raw) const;
    void addGluedNames(const QString &text, const QList<Token> &tokens, const QSet<QString> &known,
                       QList<Match> &raw) const;
    /// A given name, or (for OCR text of minFuzzyLength letters or more) one OCR slip away from one: "Rajesk"
    /// for Rajesh.
    bool isGivenNameReading(const QString &folded, bool ocr, int minFuzzyLength = 6) const;
    /// Name keys of the personal addresses in text (one part a given name): rajesh.whitfield@… gives rajesh
    /// and whitfield, so a screenshot's people are found again without any header.
    QSet<QString> addressKeys(const QString &text) const;
    /// Trims common words off both ends of a candidate [start, end) and appends what remains.
    void addCandidate(const QString &text, int start, int end, double certainty, QList<Match> &out) const;

    QSet<QString> m_givenNames;      ///< TextFold::fold of each given name
    QSet<QString> m_ambiguousGiven;  ///< given names that are also common words (May, Will, Grant)
    QSet<QString> m_stopWords;       ///< never part of a name (folded)
    QSet<QString> m_notAlone;        ///< given names that are also places or brands (folded)
    const NameLexicon &m_lexicon;
    std::unique_ptr<NameSpan> m_span;
};

} // namespace Blackout
