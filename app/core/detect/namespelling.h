// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/person.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Blackout {

class NameLexicon;

/**
 * How the names that a page already knows are spelt: the words of its people's display names as written
 * ("Größler"), the name parts of personal addresses (michael.whitfield@…), and the words of names read in
 * full on the page. OCR's slips in a found name are read as the name they slipped from ("Hichael kritfield"
 * is Michael Whitfield, "GröBler" is Größler), so that the report, the review and the people of the archive
 * carry the name a person reads on the screen, not Tesseract's slip. A word that is itself a name or a common
 * word (Hansen beside a known Jansen) is taken as read.
 */
class NameSpelling {
public:
    explicit NameSpelling(const NameLexicon &lexicon);

    void addPeople(const QList<Person> &people);
    /// Name parts (TextFold::nameKey) known without a spelling: spelt capitalised until a reading spells them.
    void addKeys(const QSet<QString> &keys);
    /// A word of a name read in full on the page, timesOnPage times: a spelling to follow when the lexicon
    /// knows the word or the page spells it so more often than the slip.
    void addRead(const QString &word, int timesOnPage);
    bool isEmpty() const { return m_spellings.isEmpty(); }

    /// The reading with each slipped word spelt as the name it slipped from; empty where nothing changed.
    /// timesOnPage: how often each name key occurs on the page.
    QString correct(const QString &reading, const QHash<QString, int> &timesOnPage) const;

private:
    struct Spelling {
        QString word;
        int timesOnPage = 0;
        bool sure = false; ///< from the people, an address or the lexicon: followed whatever the counts
    };
    QString knownSpelling(const QString &word, int timesOnPage) const;

    QHash<QString, Spelling> m_spellings; ///< by name key
    const NameLexicon &m_lexicon;
};

} // namespace Blackout
