// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "detect/wordlist.h"

namespace Blackout {

/**
 * The bundled word lists that tell a name from a word or a place (resources/data/SOURCES.md): given names
 * and surnames of many countries, the names that are also common English words, and the places of GeoNames.
 * Every query takes a key folded by TextFold::fold. Immutable once loaded, so shared by every thread.
 */
class NameLexicon {
public:
    /// The lists compiled into the program, loaded on first use.
    static const NameLexicon &bundled();

    /// A given name or surname of the name lists ("bradford", "grassgreen", "aiden").
    bool isNameWord(const QString &folded) const { return m_nameWords.contains(folded); }
    /// A given name that at least 1,000 US babies received since 1940 ("aiden", "will", "grace").
    bool isGivenNameOfToday(const QString &folded) const { return m_givenToday.contains(folded); }
    /// One of the most common English words ("see", "may", "will", "bar", "mark").
    bool isCommonWord(const QString &folded) const { return m_commonWords.contains(folded); }
    /// A town, city or region, one word or several ("san francisco", "st. louis").
    bool isPlace(const QString &folded) const { return m_places.contains(folded); }
    /// Memory the lists take, for the benchmark.
    qsizetype bytes() const { return m_givenToday.bytes() + m_nameWords.bytes() + m_commonWords.bytes() + m_places.bytes(); }

private:
    NameLexicon();
    WordList m_givenToday;
    WordList m_nameWords;
    WordList m_commonWords;
    WordList m_places;
};

} // namespace Blackout
