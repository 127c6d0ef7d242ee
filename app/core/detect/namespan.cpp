// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/namespan.h"

#include "detect/namelexicon.h"
#include "model/textfold.h"

namespace Blackout {

namespace {

bool isNameChar(const QString &text, int i)
{
    const QChar c = text.at(i);
    if (c.isLetter() || c.isMark())
        return true;
    // O'Brien, Jean-Luc, al-Amin: an apostrophe or hyphen between letters.
    const bool joiner = c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-');
    return joiner && i > 0 && i + 1 < text.size() && text.at(i - 1).isLetter() && text.at(i + 1).isLetter();
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QChar(0x00A0);
}

// Two capitals in a row and no small letter: "LEVANDOWSKI", not "D. " or "Bradford".
bool isAllCaps(QStringView text)
{
    bool pair = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isLower())
            return false;
        pair = pair || (i > 0 && text.at(i).isUpper() && text.at(i - 1).isUpper());
    }
    return pair;
}

// Whether the sentence that goes on at from ends with a question mark (looked for a few lines ahead).
bool endsInAQuestion(const QString &text, int from)
{
    constexpr int kLookAhead = 240;
    const int end = int(std::min<qsizetype>(text.size(), from + kLookAhead));
    for (int i = from; i < end; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('?'))
            return true;
        if (c == QLatin1Char('.') || c == QLatin1Char('!'))
            return false;
    }
    return false;
}

} // namespace

NameSpan::NameSpan(const NameLexicon &lexicon, const QSet<QString> &givenNames, const QSet<QString> &stopWords)
    : m_lexicon(lexicon), m_givenNames(givenNames), m_stopWords(stopWords)
{
}

bool NameSpan::isTitle(QStringView word)
{
    static const QSet<QString> titles{
        QStringLiteral("mr"),   QStringLiteral("mrs"),  QStringLiteral("ms"),   QStringLiteral("miss"),
        QStringLiteral("mx"),   QStringLiteral("dr"),   QStringLiteral("prof"), QStringLiteral("professor"),
        QStringLiteral("herr"), QStringLiteral("frau"), QStringLiteral("sir"),  QStringLiteral("dame"),
        QStringLiteral("mme"),  QStringLiteral("mlle"), QStringLiteral("sra"),  QStringLiteral("sr"),
        QStringLiteral("srta"), QStringLiteral("judge"), QStringLiteral("justice"), QStringLiteral("hon"),
        QStringLiteral("rev"),  QStringLiteral("m")};
    QStringView w = word;
    if (w.endsWith(QLatin1Char('.')))
        w.chop(1);
    // "M." is Monsieur only with its dot; a lone "M" is an initial.
    if (w.size() == 1 && word.size() == 1)
        return false;
    return titles.contains(TextFold::fold(w.toString()));
}

bool NameSpan::isSuffix(QStringView word)
{
    static const QSet<QString> suffixes{QStringLiteral("jr"),  QStringLiteral("sr"),  QStringLiteral("ii"),
                                        QStringLiteral("iii"), QStringLiteral("iv"),  QStringLiteral("phd"),
                                        QStringLiteral("md"),  QStringLiteral("esq")};
    QString w = word.toString();
    // "jun." and "sen." (German junior, senior) only with their dot: "Jun" alone is June in an inbox row.
    if (w.endsWith(QLatin1Char('.')) && (TextFold::fold(w) == QLatin1String("jun.") || TextFold::fold(w) == QLatin1String("sen.")))
        return true;
    w.remove(QLatin1Char('.'));
    return suffixes.contains(TextFold::fold(w));
}

bool NameSpan::isParticle(QStringView word)
{
    static const QSet<QString> particles{
        QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("de"),  QStringLiteral("da"),
        QStringLiteral("di"),  QStringLiteral("del"), QStringLiteral("della"), QStringLiteral("der"),
        QStringLiteral("den"), QStringLiteral("le"),  QStringLiteral("la"),  QStringLiteral("du"),
        QStringLiteral("dos"), QStringLiteral("das"), QStringLiteral("bin"),
        QStringLiteral("ibn"), QStringLiteral("al"),  QStringLiteral("el"),  QStringLiteral("ter"),
        QStringLiteral("ten"), QStringLiteral("zu"),  QStringLiteral("y"),   QStringLiteral("af"),
        QStringLiteral("av")};
    // Lower case only: "Van" and "De" at a name's start are part of the surname anyway.
    return !word.isEmpty() && word.at(0).isLower() && particles.contains(word.toString());
}

NameSpan::Word NameSpan::wordAt(const QString &text, int start)
{
    if (start < 0 || start >= text.size() || !text.at(start).isLetter())
        return {};
    int end = start;
    while (end < text.size() && isNameChar(text, end))
        ++end;
    Word w{start, end};
    // Initials, titles and suffixes keep their dot ("J.", "Dr.", "Jr.").
    if (end < text.size() && text.at(end) == QLatin1Char('.')) {
        const QStringView bare = QStringView(text).mid(start, end - start);
        if (bare.size() == 1 || isTitle(bare) || isSuffix(bare))
            w.end = end + 1;
    }
    return w;
}

NameSpan::Word NameSpan::nextWord(const QString &text, int at, bool allowComma)
{
    int i = at;
    if (allowComma && i < text.size() && text.at(i) == QLatin1Char(','))
        ++i;
    const int blanksFrom = i;
    while (i < text.size() && isBlank(text.at(i)))
        ++i;
    if (i - blanksFrom < 1 || i - blanksFrom > 2)
        return {};
    return wordAt(text, i);
}

NameSpan::Word NameSpan::previousWord(const QString &text, int at)
{
    int i = at;
    const int blanksTo = i;
    while (i > 0 && isBlank(text.at(i - 1)))
        --i;
    if (blanksTo - i < 1 || blanksTo - i > 2 || i == 0)
        return {};
    int end = i;
    if (text.at(end - 1) == QLatin1Char('.'))
        --end;
    int start = end;
    while (start > 0 && isNameChar(text, start - 1))
        --start;
    if (start == end || (start > 0 && text.at(start - 1).isLetterOrNumber()))
        return {};
    const Word w = wordAt(text, start);
    return w.end == i ? w : Word{};
}

bool NameSpan::isInitial(const QString &text, const Word &w)
{
    const int letters = (w.end > w.start && text.at(w.end - 1) == QLatin1Char('.')) ? w.end - w.start - 1 : w.end - w.start;
    return letters == 1 && text.at(w.start).isUpper();
}

bool NameSpan::isKnownNameWord(QStringView word) const
{
    if (word.size() < 2 || !word.at(0).isUpper())
        return false;
    const QString f = TextFold::fold(word.toString());
    if (m_stopWords.contains(f) || m_lexicon.isCommonWord(f))
        return false;
    return m_givenNames.contains(f) || m_lexicon.isNameWord(f);
}

bool NameSpan::couldBeSurname(QStringView word) const
{
    // al-Sharif, el-Amin, d'Alembert: a particle joined to a capitalised surname.
    qsizetype joint = 0;
    while (joint < word.size() && word.at(joint) != QLatin1Char('-') && word.at(joint) != QLatin1Char('\'')
           && word.at(joint) != QChar(0x2019))
        ++joint;
    if (joint > 0 && joint + 1 < word.size() && isParticle(word.left(joint)) && word.at(joint + 1).isUpper())
        return true;
    if (word.size() < 2 || !word.at(0).isUpper())
        return false;
    const QString f = TextFold::fold(word.toString());
    return !m_stopWords.contains(f) && !isTitle(word) && !isSuffix(word);
}

int NameSpan::widenRight(const QString &text, int end, bool singleWord) const
{
    // "Bradford, David J.": a surname followed by a comma and a given name is written surname first.
    if (singleWord) {
        const Word given = nextWord(text, end, true);
        if (given.valid() && text.at(end) == QLatin1Char(',')
            && m_givenNames.contains(TextFold::fold(text.mid(given.start, given.end - given.start)))
            && !m_lexicon.isCommonWord(TextFold::fold(text.mid(given.start, given.end - given.start)))) {
            end = given.end;
            for (Word w = nextWord(text, end); w.valid() && isInitial(text, w); w = nextWord(text, end))
                end = w.end;
            return end;
        }
    }
    for (int step = 0; step < 5; ++step) {
        const Word w = nextWord(text, end);
        const Word suffix = nextWord(text, end, true);
        if (suffix.valid() && isSuffix(QStringView(text).mid(suffix.start, suffix.end - suffix.start))
            && (suffix.end - suffix.start > 2 || text.at(suffix.start).isUpper())) {
            return suffix.end;
        }
        if (!w.valid())
            break;
        const QStringView word = QStringView(text).mid(w.start, w.end - w.start);
        if (isInitial(text, w) || isParticle(word)) {
            // A middle initial or particles ("von der") continue a name only when a surname follows them.
            Word next = nextWord(text, w.end);
            while (next.valid() && isParticle(QStringView(text).mid(next.start, next.end - next.start)))
                next = nextWord(text, next.end);
            if (!next.valid() || !couldBeSurname(QStringView(text).mid(next.start, next.end - next.start)))
                break;
            end = next.end;
            continue;
        }
        if ((!isKnownNameWord(word) && !(word.at(0).isLower() && couldBeSurname(word))) || isTitle(word))
            break;
        end = w.end;
    }
    return end;
}

int NameSpan::widenLeft(const QString &text, int start, bool singleWord) const
{
    // "Bradford, David": a given name found alone after a surname and a comma is written surname first.
    if (singleWord && m_givenNames.contains(TextFold::fold(text.mid(start, wordAt(text, start).end - start)))) {
        int comma = start;
        while (comma > 0 && isBlank(text.at(comma - 1)))
            --comma;
        if (comma < start && comma > 1 && text.at(comma - 1) == QLatin1Char(',')) {
            int surname = comma - 1;
            while (surname > 0 && isNameChar(text, surname - 1))
                --surname;
            const QStringView word = QStringView(text).mid(surname, comma - 1 - surname);
            if (!word.isEmpty() && (surname == 0 || !text.at(surname - 1).isLetterOrNumber()) && isKnownNameWord(word))
                return surname;
        }
    }
    for (int step = 0; step < 4; ++step) {
        const Word w = previousWord(text, start);
        if (!w.valid())
            break;
        const QStringView word = QStringView(text).mid(w.start, w.end - w.start);
        if (isTitle(word))
            break;
        // "D. Bradford", "David J. Bradford"; a bare "I" or "A" is a word, not an initial.
        if (isInitial(text, w) && (text.at(w.end - 1) == QLatin1Char('.') || !QStringLiteral("IA").contains(word.at(0)))) {
            start = w.start;
            continue;
        }
        if (isParticle(word)) {
            const Word before = previousWord(text, w.start);
            if (!before.valid() || !isKnownNameWord(QStringView(text).mid(before.start, before.end - before.start)))
                break;
            start = before.start;
            continue;
        }
        // Given and middle names stand before a name: a word of the given-name lists, not just any name word
        // ("Postbox Priya Whitfield" is an app's name before a person's).
        const QString folded = TextFold::fold(word.toString());
        if (word.size() < 3 || !word.at(0).isUpper() || !m_givenNames.contains(folded))
            break;
        // "ask Will Thornton", "with May Chen": a given name of today that is also a word or a month counts
        // before a surname inside a sentence, and at its start or a row's ("Will Thornton from our London
        // office will meet you", "May Chen  may.chen@...") unless the sentence is a question, where it is the
        // verb ("Will Thornton join?").
        if (m_stopWords.contains(folded) || m_lexicon.isCommonWord(folded)) {
            int p = w.start - 1;
            while (p >= 0 && isBlank(text.at(p)))
                --p;
            const bool sentenceStart = p < 0 || QStringLiteral(".!?:;\n\"(").contains(text.at(p));
            if (!m_lexicon.isGivenNameOfToday(folded) || (sentenceStart && endsInAQuestion(text, w.end)))
                break;
        }
        start = w.start;
    }
    return start;
}

std::pair<int, int> NameSpan::widen(const QString &text, int start, int end) const
{
    // A leading title is evidence, not part of the name.
    for (Word w = wordAt(text, start); w.valid() && isTitle(QStringView(text).mid(w.start, w.end - w.start));) {
        int next = w.end;
        while (next < end && isBlank(text.at(next)))
            ++next;
        if (next >= end)
            break;
        start = next;
        w = wordAt(text, start);
    }
    const QStringView found = QStringView(text).mid(start, end - start);
    const bool singleWord = !found.contains(QLatin1Char(' ')) && !found.contains(QLatin1Char('\t'));
    // All-caps text widens only over all-caps words, and mixed case only over mixed case.
    const int right = widenRight(text, end, singleWord);
    const int left = widenLeft(text, start, singleWord);
    auto sameCase = [&](int from, int to) {
        // A suffix keeps its own case: "Robert Smith III", "Gregory House, MD".
        int last = to;
        while (last > from && (isNameChar(text, last - 1) || text.at(last - 1) == QLatin1Char('.')))
            --last;
        if (last < to && isSuffix(QStringView(text).mid(last, to - last)))
            to = last;
        while (to > from && (isBlank(text.at(to - 1)) || text.at(to - 1) == QLatin1Char(',')))
            --to;
        return from >= to || isAllCaps(QStringView(text).mid(from, to - from)) == isAllCaps(found);
    };
    return {sameCase(left, start) ? left : start, sameCase(end, right) ? right : end};
}

} // namespace Blackout
