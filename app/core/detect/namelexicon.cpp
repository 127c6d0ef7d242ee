// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/namelexicon.h"

namespace Blackout {

NameLexicon::NameLexicon()
    : m_givenToday(QStringLiteral(":/data/given-names-us.txt")),
      m_nameWords(QStringLiteral(":/data/name-words.txt")),
      m_commonWords(QStringLiteral(":/data/common-name-words.txt")),
      m_places(QStringLiteral(":/data/places.txt"))
{
}

const NameLexicon &NameLexicon::bundled()
{
    static const NameLexicon lexicon;
    return lexicon;
}

} // namespace Blackout
