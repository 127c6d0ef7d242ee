// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/namespelling.h"

#include "detect/namelexicon.h"
#include "detect/namespan.h"
#include "model/textfold.h"

#include <QRegularExpression>

namespace Blackout {

namespace {

// Shorter words are too often another name one letter away (Anna, Anne, Hanna).
constexpr int kShortestSlip = 4;

bool isAllCaps(const QString &word)
{
    bool letters = false;
    for (const QChar c : word) {
        if (c.isLower())
            return false;
        letters = letters || c.isLetter();
    }
    return letters;
}

QString capitalised(const QString &word)
{
    return word.isEmpty() ? word : word.at(0).toUpper() + word.mid(1).toLower();
}

// Tesseract reads the German ß as a B or b ("GröBler", "Weib"): inside a word, after a small letter, each is
// read back as ß for the comparison with the names the page knows (only those, so Robert stays Robert).
QString sharpSForB(const QString &word)
{
    QString out = word;
    for (qsizetype i = 1; i < out.size(); ++i) {
        if ((out.at(i) == QLatin1Char('B') || out.at(i) == QLatin1Char('b')) && out.at(i - 1).isLower())
            out[i] = QChar(0x00DF);
    }
    return out;
}

} // namespace

NameSpelling::NameSpelling(const NameLexicon &lexicon) : m_lexicon(lexicon) {}

void NameSpelling::addPeople(const QList<Person> &people)
{
    static const QRegularExpression split(QStringLiteral(R"([\s,;"'()<>\[\]|/]+)"));
    for (const Person &p : people) {
        for (const QString &word : p.name.split(split, Qt::SkipEmptyParts)) {
            const QString key = TextFold::nameKey(word);
            if (key.size() >= kShortestSlip && !word.contains(QLatin1Char('@')) && !NameSpan::isTitle(word)
                && !NameSpan::isSuffix(word) && !m_spellings.contains(key)) {
                m_spellings.insert(key, Spelling{isAllCaps(word) ? capitalised(word) : word, 0, true});
            }
        }
    }
}

void NameSpelling::addKeys(const QSet<QString> &keys)
{
    for (const QString &key : keys) {
        if (key.size() >= kShortestSlip && !m_spellings.contains(key))
            m_spellings.insert(key, Spelling{capitalised(key), 0, true});
    }
}

void NameSpelling::addRead(const QString &word, int timesOnPage)
{
    const QString key = TextFold::nameKey(word);
    if (key.size() < kShortestSlip)
        return;
    const auto known = m_spellings.find(key);
    // An address gives the letters but not their accents: a reading of the same letters gives both.
    if (known != m_spellings.end()) {
        if (known->word == capitalised(key) && !isAllCaps(word))
            known->word = word;
        return;
    }
    const bool sure = m_lexicon.isNameWord(TextFold::fold(word));
    m_spellings.insert(key, Spelling{isAllCaps(word) ? capitalised(word) : word, timesOnPage, sure});
}

QString NameSpelling::knownSpelling(const QString &word, int timesOnPage) const
{
    const QString key = TextFold::nameKey(word);
    if (key.size() < kShortestSlip)
        return {};
    // Before the lexicon: GröBler reads as a surname of its own, Grobler.
    const QString sharp = TextFold::nameKey(sharpSForB(word));
    if (sharp != key && m_spellings.contains(sharp))
        return m_spellings.value(sharp).word;
    const auto known = m_spellings.constFind(key);
    if (known != m_spellings.cend() && known->sure)
        return {};
    const QString folded = TextFold::fold(word);
    if (m_lexicon.isNameWord(folded) || m_lexicon.isCommonWord(folded))
        return {};
    // The one known name nearest to the word, within OCR's usual slips; none where two are as near.
    const int allowed = key.size() >= 8 ? 2 : 1;
    int best = allowed + 1;
    QString spelling;
    bool tie = false;
    for (auto it = m_spellings.cbegin(); it != m_spellings.cend(); ++it) {
        if (it.key() == key || !(it->sure || it->timesOnPage > timesOnPage))
            continue;
        const int d = TextFold::editDistance(key, it.key(), allowed);
        if (d < best) {
            best = d;
            spelling = it->word;
            tie = false;
        } else if (d == best && d <= allowed) {
            tie = tie || spelling != it->word;
        }
    }
    return best <= allowed && !tie ? spelling : QString();
}

QString NameSpelling::correct(const QString &reading, const QHash<QString, int> &timesOnPage) const
{
    if (m_spellings.isEmpty())
        return {};
    QString out;
    bool changed = false;
    qsizetype i = 0;
    while (i < reading.size()) {
        if (!reading.at(i).isLetter()) {
            out += reading.at(i++);
            continue;
        }
        const qsizetype start = i;
        while (i < reading.size() && (reading.at(i).isLetter() || reading.at(i).isMark()))
            ++i;
        const QString word = reading.mid(start, i - start);
        QString spelling = knownSpelling(word, timesOnPage.value(TextFold::nameKey(word), 1));
        if (spelling.isEmpty()) {
            out += word;
            continue;
        }
        out += isAllCaps(word) ? spelling.toUpper() : spelling;
        changed = true;
    }
    return changed ? out : QString();
}

} // namespace Blackout
