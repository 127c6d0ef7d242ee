// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/namedetector.h"

#include "detect/namelexicon.h"
#include "detect/namespan.h"
#include "detect/namespelling.h"
#include "model/textfold.h"
#include "model/textlayer.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace Blackout {

namespace {

QStringList readList(const QString &resource)
{
    QStringList out;
    QFile f(resource);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return out;
    const QString all = QString::fromUtf8(f.readAll());
    for (const QString &line : all.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith(QLatin1Char('#')))
            out.append(t);
    }
    return out;
}

// One capitalised word of a name (O'Brien, Jean-Luc, Núñez, McDonald) or an initial (J.).
const QString kWord = QStringLiteral(R"((?:\p{Lu}[\p{L}'’-]*\p{L}|\p{Lu}\.))");
const QString kName = QStringLiteral("(%1(?:[ \\t]+%1){0,3})").arg(kWord);
const QString kTitle = QStringLiteral(R"((?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Herr|Frau|Sir|Dame|Mme|Mlle|Sra|Sr)\.?)");

// Role addresses say nothing about a person.
const QSet<QString> &roleWords()
{
    static const QSet<QString> roles{QStringLiteral("info"), QStringLiteral("mail"), QStringLiteral("contact"),
                                     QStringLiteral("admin"), QStringLiteral("sales"), QStringLiteral("support"),
                                     QStringLiteral("team"), QStringLiteral("hello"), QStringLiteral("office"),
                                     QStringLiteral("noreply"), QStringLiteral("reply"), QStringLiteral("no"),
                                     QStringLiteral("billing"), QStringLiteral("accounts"), QStringLiteral("hr"),
                                     QStringLiteral("jobs"), QStringLiteral("press"), QStringLiteral("news"),
                                     QStringLiteral("service"), QStringLiteral("help"), QStringLiteral("postmaster"),
                                     QStringLiteral("webmaster"), QStringLiteral("notifications"),
                                     QStringLiteral("newsletter"), QStringLiteral("mailer"), QStringLiteral("daemon")};
    return roles;
}

// The address inside "Name <address>" or "Name [mailto:address]".
QString addressIn(const QString &named)
{
    static const QRegularExpression address(QStringLiteral(R"([^<\[:\s]+@[^>\]\s]+)"));
    return address.match(named).captured();
}

// "Board Office <board.office@…>", "Support Team <support@…>": the display name of a role address names no
// one, unless it holds a given name ("Anna from Sales <sales@…>").
bool isRoleDisplayName(const QString &name, const QString &address)
{
    const QStringList parts = TextFold::handleParts(address.section(QLatin1Char('@'), 0, 0));
    const bool role = std::any_of(parts.cbegin(), parts.cend(),
                                  [](const QString &part) { return roleWords().contains(TextFold::fold(part)); });
    if (!role)
        return false;
    static const QRegularExpression words(QStringLiteral(R"([^\p{L}'’-]+)"));
    const QSet<QString> &given = NameDetector::knownGivenNames(false);
    for (const QString &word : name.split(words, Qt::SkipEmptyParts)) {
        if (given.contains(TextFold::fold(word)))
            return false;
    }
    return true;
}

const QRegularExpression &greetingPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:^|\n)[ \t>]*(?:(?i:hi|hello|hey|hiya|dear|morning|good (?:morning|afternoon|evening)|)"
                       R"(hallo|liebe|lieber|sehr geehrte|sehr geehrter|moin|servus|bonjour|salut|cher|chère|hola|)"
                       R"(querida|querido|ciao|thanks|thank you)),?[ \t]+((?:%1[ \t]+)?%2)(?=[ \t]*(?:[,!:.\n]|$| and | &)))")
            .arg(kTitle, kName));
    return re;
}

const QRegularExpression &signOffPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:^|\n)[ \t>]*(?i:best|best regards|kind regards|warm regards|warmest regards|regards|)"
                       R"(many thanks|thanks|thank you|thanks again|thanks so much|cheers|sincerely|yours|yours truly|)"
                       R"(yours sincerely|talk soon|take care|speak soon|all the best|best wishes|warmly|love|)"
                       R"(viele grüße|beste grüße|liebe grüße|schöne grüße|mit freundlichen grüßen|freundliche grüße|)"
                       R"(grüße|gruß|lg|vg|mfg|cordialement|bien à vous|amitiés|bises|saludos|un saludo|atentamente|)"
                       R"(un abrazo|cordiali saluti|saluti|[-–—]+)[ \t]*[,!.]?[ \t]*(?:\n[ \t>]*)?%1[ \t]*(?=\n|$|[,|]))")
            .arg(kName));
    return re;
}

const QRegularExpression &wrotePattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(%1(?:,[ \t]+%2)?[ \t]*(?:<[^>\n]*>|\[[^\]\n]*\]|\([^)\n]*\))?[ \t]*\n?[ \t]*)"
                       R"((?:wrote|writes|schrieb|a écrit|escribió|ha scritto|napisał)[ \t]*:)")
            .arg(kName, kWord));
    return re;
}

const QRegularExpression &titlePattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\p{L}])%1[ \t]+(%2))").arg(kTitle, QStringLiteral("%1(?:[ \\t]+%1){0,2}").arg(kWord)));
    return re;
}

const QRegularExpression &headerLinePattern()
{
    // Also a webmail's recipient line without a colon: "to Fuchs, Lena", "cc Michael Kowalski <...>".
    static const QRegularExpression re(QStringLiteral(R"((?:^|\n)[ \t>*]*(?:(?:From|To|Cc|CC|Bcc|BCC|Reply-To|Sender|)"
                                                      R"(Von|An|Kopie|Absender|De|À|A|Para|Da)[ \t]*:|(?:to|cc|bcc)[ \t]+(?=\p{Lu}))[ \t]*([^\n]+))"));
    return re;
}

} // namespace

const QSet<QString> &NameDetector::knownGivenNames(bool includeAmbiguous)
{
    static const QSet<QString> all = [] {
        QSet<QString> set = classicGivenNames();
        // The old Moby list holds rare names that are everyday words ("See", "Bar"): a common word is a given
        // name only when babies of today are still given it (the SSA list: "Will", "Grace", "Mark").
        const NameLexicon &lexicon = NameLexicon::bundled();
        for (auto it = set.begin(); it != set.end();)
            it = lexicon.isCommonWord(*it) && !lexicon.isGivenNameOfToday(*it) ? set.erase(it) : std::next(it);
        for (const QString &n : readList(QStringLiteral(":/data/given-names-us.txt")))
            set.insert(n);
        return set;
    }();
    static const QSet<QString> unambiguous = [] {
        QSet<QString> set = all;
        for (const QString &n : readList(QStringLiteral(":/data/ambiguous-given-names.txt")))
            set.remove(TextFold::fold(n));
        for (const QString &n : readList(QStringLiteral(":/data/not-names.txt")))
            set.remove(TextFold::fold(n));
        // "Will", "Grace", "Mark": a given name that is also a common word is no evidence on its own.
        const NameLexicon &lexicon = NameLexicon::bundled();
        for (auto it = set.begin(); it != set.end();)
            it = lexicon.isCommonWord(*it) ? set.erase(it) : std::next(it);
        return set;
    }();
    return includeAmbiguous ? all : unambiguous;
}

NameDetector::NameDetector() : m_givenNames(knownGivenNames()), m_lexicon(NameLexicon::bundled())
{
    for (const QString &n : readList(QStringLiteral(":/data/ambiguous-given-names.txt")))
        m_ambiguousGiven.insert(TextFold::fold(n));
    for (const QString &n : readList(QStringLiteral(":/data/not-names.txt")))
        m_stopWords.insert(TextFold::fold(n));
    for (const QString &n : readList(QStringLiteral(":/data/given-names-not-alone.txt")))
        m_notAlone.insert(TextFold::fold(n));
    m_span = std::make_unique<NameSpan>(m_lexicon, m_givenNames, m_stopWords);
}

NameDetector::~NameDetector() = default;

bool NameDetector::isAmbiguous(const QString &folded) const
{
    return m_ambiguousGiven.contains(folded) || m_lexicon.isCommonWord(folded);
}

namespace {

// Every given name of 4 letters or more, and each of its one-letter deletions, pointing at the names: two
// words within one edit share an entry (a deletion of one equals the other or a deletion of it).
const QHash<QString, QStringList> &fuzzyGivenIndex()
{
    static const QHash<QString, QStringList> index = [] {
        QHash<QString, QStringList> h;
        for (const QString &name : NameDetector::knownGivenNames(false)) {
            if (name.size() < 4)
                continue;
            h[name].append(name);
            for (int i = 0; i < name.size(); ++i)
                h[name.left(i) + name.mid(i + 1)].append(name);
        }
        return h;
    }();
    return index;
}

} // namespace

bool NameDetector::isGivenNameReading(const QString &folded, bool ocr, int minFuzzyLength) const
{
    if (m_givenNames.contains(folded))
        return true;
    // Anna-Lena, Jean-Luc, Hans-Peter: every part a given name.
    if (folded.contains(QLatin1Char('-'))) {
        const QStringList parts = folded.split(QLatin1Char('-'));
        return std::all_of(parts.cbegin(), parts.cend(), [&](const QString &p) { return m_givenNames.contains(p); });
    }
    if (!ocr || folded.size() < minFuzzyLength)
        return false;
    const QHash<QString, QStringList> &index = fuzzyGivenIndex();
    auto near = [&](const QString &key) {
        const auto it = index.constFind(key);
        if (it == index.cend())
            return false;
        for (const QString &name : it.value()) {
            if (TextFold::editDistance(folded, name, 1) <= 1)
                return true;
        }
        return false;
    };
    if (near(folded))
        return true;
    for (int i = 0; i < folded.size(); ++i) {
        if (near(folded.left(i) + folded.mid(i + 1)))
            return true;
    }
    return false;
}

QSet<QString> NameDetector::addressKeys(const QString &text) const
{
    QSet<QString> keys;
    for (const QString &address : TextFold::addressesIn(text)) {
        const QStringList parts = TextFold::handleParts(address.section(QLatin1Char('@'), 0, 0));
        if (parts.size() < 2)
            continue;
        // order.confirmation@… or team.berlin@… name nobody; a given name among the parts says a person does.
        const bool personal = std::any_of(parts.cbegin(), parts.cend(), [&](const QString &part) {
            const QString f = TextFold::fold(part);
            return m_givenNames.contains(f) && !isAmbiguous(f) && !isStopWord(f);
        });
        if (!personal)
            continue;
        for (const QString &part : parts) {
            const QString k = TextFold::nameKey(part);
            if (k.size() >= 3 && !isStopWord(TextFold::fold(part)))
                keys.insert(k);
        }
    }
    return keys;
}

void NameDetector::addListEntries(const QString &text, const QSet<QString> &keys, bool ocr, QList<Match> &out) const
{
    static const QString month = QStringLiteral("(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?");
    static const QRegularExpression entry(
        QStringLiteral(R"((?:^|\n)[ \t]*(%1(?:[ \t]+%1){0,2})[ \t]+(?:\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?|)"
                       R"(%2[ \t]+\d{1,2}(?:,[ \t]*\d{4})?|\d{1,2}\.?[ \t]+%2(?:[ \t]+\d{4})?|\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?|)"
                       R"(Yesterday|Today|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]*(?=\n|$))")
            .arg(kWord, month));
    auto it = entry.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        const QList<Token> words = tokenize(name);
        if (words.isEmpty())
            continue;
        bool known = false;
        for (int w = 0; w < words.size() && !known; ++w) {
            const QString word = name.mid(words.at(w).start, words.at(w).end - words.at(w).start);
            const QString folded = TextFold::fold(word);
            // The list's shape is evidence enough for a shorter OCR slip ("Arja" for Anja).
            known = keys.contains(TextFold::nameKey(word))
                || (w == 0 && !isStopWord(folded) && !isAmbiguous(folded) && isGivenNameReading(folded, ocr, 4));
        }
        if (known)
            addCandidate(text, int(m.capturedStart(1)), int(m.capturedEnd(1)), 0.75, out);
    }
}

const QSet<QString> &NameDetector::classicGivenNames()
{
    static const QSet<QString> classic = [] {
        QSet<QString> set;
        for (const QString &file : {QStringLiteral(":/data/given-names.txt"),
                                    QStringLiteral(":/data/given-names-international.txt")}) {
            for (const QString &n : readList(file))
                set.insert(TextFold::fold(n));
        }
        return set;
    }();
    return classic;
}

void NameDetector::addLoneGivenNames(const QString &text, const QList<Token> &tokens, QList<Match> &out) const
{
    const QSet<QString> &unambiguous = knownGivenNames(false);
    for (const Token &t : tokens) {
        if (!t.capitalised || t.end - t.start < 3)
            continue;
        const QString word = text.mid(t.start, t.end - t.start);
        // ALL CAPS is an acronym or a heading; a word glued to a colon is a key's label ("d:Del r:Reply").
        if ((word.size() > 1 && word.at(1).isUpper()) || (t.start > 0 && text.at(t.start - 1) == QLatin1Char(':')))
            continue;
        const QString folded = TextFold::fold(word);
        // Names of today taken from places (Brooklyn, London) need support; the classic names do not (David is
        // also a town in Panama).
        if (unambiguous.contains(folded) && !m_notAlone.contains(folded)
            && !(m_lexicon.isPlace(folded) && !classicGivenNames().contains(folded)))
            out.append(Match{PiiType::Name, t.start, t.end - t.start, 0.6});
    }
}

void NameDetector::widenAndDropPlaces(const QString &text, const QList<Token> &tokens, QList<Match> &matches,
                                      qsizetype from) const
{
    // Every name in full (middle names, initials, particles, suffixes, surname first); titles left out.
    for (qsizetype i = from; i < matches.size(); ++i) {
        Match &m = matches[i];
        const auto [s, e] = m_span->widen(text, m.start, m.start + m.length);
        m.start = s;
        m.length = e - s;
    }
    dropPlaces(text, tokens, matches);
}

void NameDetector::dropPlaces(const QString &text, const QList<Token> &tokens, QList<Match> &matches) const
{
    // Capitalised runs of two to four words that GeoNames knows as one place.
    QList<std::pair<int, int>> places;
    for (int i = 0; i < tokens.size(); ++i) {
        if (!tokens.at(i).capitalised)
            continue;
        for (int j = std::min(int(tokens.size()) - 1, i + 3); j > i; --j) {
            const int length = tokens.at(j).end - tokens.at(i).start;
            if (!tokens.at(j).capitalised || length > 48)
                continue;
            const QString phrase = text.mid(tokens.at(i).start, length);
            if (!phrase.contains(QLatin1Char('\n')) && m_lexicon.isPlace(TextFold::fold(phrase))) {
                places.append({tokens.at(i).start, tokens.at(j).end});
                i = j;
                break;
            }
        }
    }
    if (places.isEmpty())
        return;
    // What touches a place is no person ("San Francisco Division"), except the people of the headers (0.9):
    // "Paris Hilton <paris@…>" is a person.
    matches.erase(std::remove_if(matches.begin(), matches.end(), [&](const Match &m) {
                      return m.certainty < 0.9 && std::any_of(places.cbegin(), places.cend(), [&](const auto &p) {
                                 return p.first < m.start + m.length && m.start < p.second;
                             });
                  }),
                  matches.end());
}

bool NameDetector::isGivenName(const QString &word) const
{
    return m_givenNames.contains(TextFold::fold(word));
}

bool NameDetector::isStopWord(const QString &key) const
{
    return m_stopWords.contains(key);
}

QList<Person> NameDetector::peopleNamedIn(const QList<Hit> &hits)
{
    QList<Person> people;
    for (const Hit &hit : hits) {
        // One word alone ("David") says too little about who it is to be looked for elsewhere.
        const QString name = hit.text.simplified();
        if (hit.type == PiiType::Name && name.contains(QLatin1Char(' ')) && !name.contains(QLatin1Char('@')))
            people.append(Person{name, QString()});
    }
    return people;
}

QSet<QString> NameDetector::personKeys(const QList<Person> &people)
{
    static const QRegularExpression split(QStringLiteral(R"([\s,;"'()<>\[\]|/]+)"));
    const QSet<QString> &roles = roleWords();
    QSet<QString> keys;
    for (const Person &p : people) {
        const bool roleName = isRoleDisplayName(p.name, p.address);
        for (const QString &part : p.name.split(split, Qt::SkipEmptyParts)) {
            if (roleName)
                break;
            const QString k = TextFold::nameKey(part);
            // Titles and suffixes are no part of whom to look for (NameSpan's one list of them).
            if (k.size() >= 2 && !NameSpan::isTitle(part) && !NameSpan::isSuffix(part) && !part.contains(QLatin1Char('@')))
                keys.insert(k);
        }
        const QString local = p.address.section(QLatin1Char('@'), 0, 0);
        const QStringList parts = TextFold::handleParts(local);
        // A local part without separators ("mkowalski") is no name on its own, and the other words of a role
        // address (board.office, sales.berlin) are no names either.
        const bool roleAddress = std::any_of(parts.cbegin(), parts.cend(),
                                             [&](const QString &part) { return roles.contains(TextFold::fold(part)); });
        if (parts.size() >= 2 && !roleAddress) {
            for (const QString &part : parts) {
                const QString k = TextFold::nameKey(part);
                if (k.size() >= 3)
                    keys.insert(k);
            }
        }
    }
    return keys;
}

QList<NameDetector::Token> NameDetector::tokenize(const QString &text)
{
    QList<Token> tokens;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        if (!text.at(i).isLetter()) {
            ++i;
            continue;
        }
        const int start = i;
        while (i < n && (text.at(i).isLetter() || text.at(i).isMark()
                         || ((text.at(i) == QLatin1Char('\'') || text.at(i) == QChar(0x2019)
                              || text.at(i) == QLatin1Char('-'))
                             && i + 1 < n && text.at(i + 1).isLetter()))) {
            ++i;
        }
        int end = i;
        // A possessive is not part of the name: Kowalski's, Kowalski’s.
        if (end - start > 3 && (text.at(end - 2) == QLatin1Char('\'') || text.at(end - 2) == QChar(0x2019))
            && text.at(end - 1).toLower() == QLatin1Char('s')) {
            end -= 2;
        }
        // A word glued to digits or an @ is an identifier, not a name.
        const bool glued = (start > 0 && (text.at(start - 1).isDigit() || text.at(start - 1) == QLatin1Char('@')
                                          || text.at(start - 1) == QLatin1Char('_')))
            || (i < n && (text.at(i).isDigit() || text.at(i) == QLatin1Char('@') || text.at(i) == QLatin1Char('_')));
        // Dotted identifiers (matthias.schroder@..., www.contoso.com) are no running text either.
        const bool dotted = (start > 1 && text.at(start - 1) == QLatin1Char('.') && text.at(start - 2).isLetterOrNumber())
            || (i + 1 < n && text.at(i) == QLatin1Char('.') && text.at(i + 1).isLetterOrNumber());
        if (!glued && !dotted) {
            tokens.append(Token{start, end, QString(), text.at(start).isUpper()});
        }
    }
    return tokens;
}

void NameDetector::addJoinedNames(const QString &text, QList<Match> &out) const
{
    static const QRegularExpression joined(QStringLiteral(R"([\p{L}\p{M}\d]+(?:[_-][\p{L}\p{M}\d]+)+)"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    const auto capitalised = [](QStringView part) {
        return part.size() >= 2 && part.at(0).isUpper() && part.mid(1).toString().toLower() == part.mid(1).toString();
    };
    for (auto it = joined.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        struct Part {
            int start, end;
            QString folded;
        };
        QList<Part> parts;
        for (int i = int(m.capturedStart()); i < m.capturedEnd();) {
            int e = i;
            while (e < m.capturedEnd() && text.at(e) != QLatin1Char('_') && text.at(e) != QLatin1Char('-'))
                ++e;
            parts.append({i, e, TextFold::fold(text.mid(i, e - i))});
            i = e + 1;
        }
        for (int i = 0; i + 1 < parts.size(); ++i) {
            const Part &first = parts.at(i);
            if (!capitalised(QStringView(text).mid(first.start, first.end - first.start))
                || !m_givenNames.contains(first.folded))
                continue;
            // Further given names ("Anna-Lena"), then the surname: words of the name lists, no common words.
            // Places are let through: many surnames are also towns ("Castillo", "Thornton").
            int last = -1;
            for (int j = i + 1; j < parts.size(); ++j) {
                const Part &p = parts.at(j);
                const bool given = m_givenNames.contains(p.folded);
                const bool surname = m_lexicon.isNameWord(p.folded);
                if (!capitalised(QStringView(text).mid(p.start, p.end - p.start)) || m_lexicon.isCommonWord(p.folded)
                    || !(given || surname))
                    break;
                if (surname)
                    last = j;
                if (!given)
                    break;
            }
            if (last < 0)
                continue;
            out.append(Match{PiiType::Name, first.start, parts.at(last).end - first.start, 0.7});
            i = last;
        }
    }
}

void NameDetector::addCandidate(const QString &text, int start, int end, double certainty, QList<Match> &out) const
{
    // A name never spans a column gap (three blanks: see TextLayer::appendColumnGap): a list's subject ending
    // "review by Mark" and the author "Katarzyna Wójcik" beside it are two candidates. Of the segments, those
    // that start with a given name or hold two words, one of them a name, stay candidates.
    static const QRegularExpression columnGap(QStringLiteral("[ \\t]{%1,}").arg(TextLayer::kColumnGapBlanks));
    const QStringView span = QStringView(text).mid(start, end - start);
    if (columnGap.match(span).hasMatch()) {
        int from = start;
        auto gaps = columnGap.globalMatch(span);
        while (from < end) {
            const QRegularExpressionMatch gap = gaps.hasNext() ? gaps.next() : QRegularExpressionMatch();
            const int segmentEnd = gap.hasMatch() ? start + int(gap.capturedStart()) : end;
            const QString segment = text.mid(from, segmentEnd - from);
            const QList<Token> words = tokenize(segment);
            const bool givenFirst = !words.isEmpty()
                && knownGivenNames().contains(TextFold::fold(segment.mid(words.first().start, words.first().end - words.first().start)));
            if (givenFirst || (words.size() >= 2 && hasNameWord(segment)))
                addCandidate(text, from, segmentEnd, certainty, out);
            from = gap.hasMatch() ? start + int(gap.capturedEnd()) : end;
        }
        return;
    }
    // Trim words that are not names (days, "Team", "Regards") from both ends.
    const QList<Token> tokens = tokenize(text.mid(start, end - start));
    int first = 0;
    int last = int(tokens.size()) - 1;
    auto keyOf = [&](int t) { return TextFold::fold(text.mid(start + tokens.at(t).start, tokens.at(t).end - tokens.at(t).start)); };
    static const QRegularExpression titleRe(QStringLiteral("^%1$").arg(kTitle));
    auto isTitle = [&](int t) {
        return titleRe.match(text.mid(start + tokens.at(t).start, tokens.at(t).end - tokens.at(t).start)).hasMatch();
    };
    while (first <= last && isStopWord(keyOf(first)) && !isTitle(first))
        ++first;
    while (last >= first && (isStopWord(keyOf(last)) || isTitle(last)))
        --last;
    if (first > last)
        return;
    int s = start + tokens.at(first).start;
    int e = start + tokens.at(last).end;
    // A trailing initial keeps its dot.
    if (e < end && text.at(e) == QLatin1Char('.') && tokens.at(last).end - tokens.at(last).start == 1)
        ++e;
    out.append(Match{PiiType::Name, s, e - s, certainty});
}

void NameDetector::addContextNames(const QString &text, QList<Match> &out) const
{
    auto addAll = [&](const QRegularExpression &re, int group, double certainty) {
        auto it = re.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            addCandidate(text, int(m.capturedStart(group)), int(m.capturedEnd(group)), certainty, out);
        }
    };
    addAll(greetingPattern(), 1, 0.8);
    addAll(signOffPattern(), 1, 0.75);
    addScreenCues(text, out);
    auto titled = titlePattern().globalMatch(text);
    while (titled.hasNext()) {
        const QRegularExpressionMatch m = titled.next();
        // The title is the evidence: the first word after it is a name even when it is also a word
        // ("Mr. May"); further words only when they are no common words.
        const int first = int(m.capturedStart(1));
        int end = first;
        while (end < m.capturedEnd(1) && (text.at(end).isLetter() || text.at(end).isMark() || QStringLiteral("'’-.").contains(text.at(end))))
            ++end;
        if (end - first >= 2) {
            out.append(Match{PiiType::Name, first, end - first, 0.85});
            addCandidate(text, end, int(m.capturedEnd(1)), 0.85, out);
        }
    }
    static const QRegularExpression wroteWord(QStringLiteral("wrote|writes|schrieb|a écrit|escribió|ha scritto|napisał"));
    if (wroteWord.match(text).hasMatch()) {
        auto it = wrotePattern().globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const int e = m.capturedEnd(2) > 0 ? int(m.capturedEnd(2)) : int(m.capturedEnd(1));
            addCandidate(text, int(m.capturedStart(1)), e, 0.85, out);
        }
    }
    // "Name <address>" anywhere: inbox lists, signatures, forwarded headers the header pattern missed.
    static const QRegularExpression nameBeforeAddress(
        QStringLiteral(R"(%1[ \t]*<(?:mailto:)?[^<>\s@]+@[^<>\s]+>)").arg(kName));
    auto before = nameBeforeAddress.globalMatch(text);
    while (before.hasNext()) {
        const QRegularExpressionMatch m = before.next();
        if (isRoleDisplayName(m.captured(1), addressIn(m.captured(0))))
            continue;
        // Three words or more whose first is in no list: a label before the name ("Mailroom Joël Bérubé <…>",
        // a print of a webmail's page header), not its first word.
        int from = int(m.capturedStart(1));
        const QList<Token> words = tokenize(m.captured(1));
        if (words.size() >= 3) {
            const QString first = TextFold::fold(m.captured(1).mid(words.first().start, words.first().end - words.first().start));
            if (!m_lexicon.isNameWord(first) && !knownGivenNames().contains(first))
                from += words.at(1).start;
        }
        addCandidate(text, from, int(m.capturedEnd(1)), 0.85, out);
    }
    // From/To/Cc lines of quoted mails: the display names before the addresses, or a bare list of names.
    static const QRegularExpression named(QStringLiteral(R"re((?:"([^"\n]+)"|([^<>;"\n\[\]]+?))[ \t]*[<\[](?:mailto:)?[^>\]\n]*@[^>\]\n]*[>\]])re"));
    // "Kühn, Lena" is one person written surname first.
    static const QRegularExpression bareName(QStringLiteral(R"(^[ \t]*(%1(?:,?[ \t]+%1){0,3})[ \t]*$)").arg(kWord));
    auto it = headerLinePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch line = it.next();
        const QString content = line.captured(1);
        const int base = int(line.capturedStart(1));
        if (content.contains(QLatin1Char('@'))) {
            auto nit = named.globalMatch(content);
            while (nit.hasNext()) {
                const QRegularExpressionMatch nm = nit.next();
                const int g = nm.capturedStart(1) >= 0 ? 1 : 2;
                int s = int(nm.capturedStart(g));
                int e = int(nm.capturedEnd(g));
                while (s < e && (content.at(s).isSpace() || content.at(s) == QLatin1Char(',') || content.at(s) == QLatin1Char(';')))
                    ++s;
                while (e > s && content.at(e - 1).isSpace())
                    --e;
                const QString name = content.mid(s, e - s);
                if (name.isEmpty() || name.contains(QLatin1Char('@')) || !name.at(0).isLetter())
                    continue;
                if (isRoleDisplayName(name, addressIn(nm.captured(0))))
                    continue;
                addCandidate(text, base + s, base + e, 0.9, out);
            }
        } else {
            for (const QString &part : content.split(QLatin1Char(';'))) {
                const QRegularExpressionMatch bm = bareName.match(part);
                if (bm.hasMatch()) {
                    const int s = base + int(content.indexOf(part)) + int(bm.capturedStart(1));
                    addCandidate(text, s, s + int(bm.capturedLength(1)), 0.8, out);
                }
            }
        }
    }
}

bool NameDetector::hasNameWord(const QString &candidate) const
{
    for (const Token &t : tokenize(candidate)) {
        const QString folded = TextFold::fold(candidate.mid(t.start, t.end - t.start));
        if (!t.capitalised || isStopWord(folded) || isAmbiguous(folded))
            continue;
        if (knownGivenNames(false).contains(folded) || (t.end - t.start >= 4 && m_lexicon.isNameWord(folded)))
            return true;
    }
    return false;
}

void NameDetector::addScreenCues(const QString &text, QList<Match> &out) const
{
    // What apps write next to a person: "Omar Haddad commented", "Profile of Marisol Quintero",
    // "Signed in as …", "Reviewers: …". The cue says a person is named; the lists say which words are the name.
    static const QRegularExpression action(
        QStringLiteral(R"((?:^|\n|[ \t]{2,}|[•·|])[ \t]*(%1(?:[ \t]+%1){0,3})[ \t]+(?:reacted|commented|approved|)"
                       R"(requested|mentioned|replied|left a comment|opened|merged|pushed|committed|changed|added|)"
                       R"(assigned|joined|left the|is typing|shared|invited|liked|sent you|posted|edited|reviewed|)"
                       R"(accepted|declined|wants to|started|renamed|removed)\b)")
            .arg(kWord));
    static const QRegularExpression label(
        QStringLiteral(R"((?<![\p{L}])(?i:profile of|signed in as|logged in as|author|authors|reviewers?|assignees?|participants?|)"
                       R"(owner|created by|modified by|last modified by|assigned to|requested by|sent by|posted by|)"
                       R"(shared by|invited by|organi[sz]er|attendees?|committer|contact person|ansprechpartner(?:in)?|)"
                       R"(account holder|cardholder|name)[ \t]*:?[ \t]*\n?[ \t]*(%1(?:[ \t]+%1){0,3}))")
            .arg(kWord));
    for (const QRegularExpression *re : {&action, &label}) {
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (hasNameWord(m.captured(1)))
                addCandidate(text, int(m.capturedStart(1)), int(m.capturedEnd(1)), 0.75, out);
        }
    }
}

void NameDetector::addHeaderDisplayNames(const QString &text, QList<Match> &out) const
{
    // "From: Name <address>" on a mail header line: the words before the bracket are the sender's display
    // name, even when OCR slipped in both of them ("Froa: Hichael kritfield <michael.whitfield…>"). Role
    // accounts ("Sales Team <sales@…>") are no person.
    static const QRegularExpression header(QStringLiteral(
        R"((?:^|\n)[ \t]*(?:[A-Za-z]{2,5}|Reply-To|Bcc)[:;][ \t]+(\p{L}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’.-]*){0,3})[ \t]*<[^<>\n]{3,}[@.,][^<>\n]*>)"));
    static const QRegularExpression role(QStringLiteral(
        R"(\b(?:team|office|support|sales|info|admin|board|service|services|newsletter|no-?reply|notifications?|billing|help|desk|hr|it|accounts|invoices?|orders?|marketing|news|contact|mailer|daemon|postmaster)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    auto it = header.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (role.match(m.capturedView(1)).hasMatch())
            continue;
        out.append(Match{PiiType::Name, int(m.capturedStart(1)), int(m.capturedLength(1)), 0.7});
    }
}

void NameDetector::addGivenNamePairs(const QString &text, const QList<Token> &tokens, bool ocr, QList<Match> &out) const
{
    auto sameLineGap = [&](int a, int b) {
        // Only spaces (one or two) between two tokens.
        if (b - a < 1 || b - a > 2)
            return false;
        for (int i = a; i < b; ++i) {
            if (text.at(i) != QLatin1Char(' ') && text.at(i) != QLatin1Char('\t'))
                return false;
        }
        return true;
    };
    auto startsLine = [&](int at) {
        int p = at - 1;
        while (p >= 0 && (text.at(p) == QLatin1Char(' ') || text.at(p) == QLatin1Char('\t')))
            --p;
        return p < 0 || text.at(p) == QLatin1Char('\n');
    };
    // secondWord: right after the given name, where an all-caps row ("MARCUS LINDQVIST" in an inbox) may
    // hold a surname the lists do not know; a third word must be known ("JOHN DOE DEFENDANT" no).
    auto surnameLike = [&](const Token &t, bool allCapsName, bool secondWord) {
        if (!t.capitalised || t.end - t.start < 2)
            return false;
        const QString folded = TextFold::fold(text.mid(t.start, t.end - t.start));
        // "Dan May has an account": after a given name, a surname of the lists counts even when it is also
        // a month or a word, where a sentence goes on in lower case ("Dan May 5", "Madison Square Garden" no).
        if (isStopWord(folded)) {
            int next = t.end;
            while (next < text.size() && text.at(next) == QLatin1Char(' '))
                ++next;
            if (!m_lexicon.isNameWord(folded) || next == t.end || next >= text.size() || !text.at(next).isLower())
                return false;
        }
        // Contractions (I'm, I've) are no surnames; O'Brien keeps a capital after the apostrophe.
        for (int i = t.start + 1; i + 1 < t.end; ++i) {
            if ((text.at(i) == QLatin1Char('\'') || text.at(i) == QChar(0x2019)) && text.at(i + 1).isLower())
                return false;
        }
        // ALL CAPS words are acronyms (IBM, NASA), not surnames, except after an all-caps given name where
        // the lists know them ("ANTHONY SCOTT LEVANDOWSKI" in a court caption).
        // Letters only: "O'HARA" is all caps with its apostrophe.
        int upper = 0;
        int letters = 0;
        for (int i = t.start; i < t.end; ++i) {
            letters += text.at(i).isLetter() ? 1 : 0;
            upper += text.at(i).isUpper() ? 1 : 0;
        }
        if (upper < letters)
            return !allCapsName;
        if (!allCapsName)
            return false;
        return m_lexicon.isNameWord(folded)
            || (secondWord && t.end - t.start >= 4 && !m_lexicon.isCommonWord(folded) && !m_lexicon.isPlace(folded));
    };
    for (int i = 0; i + 1 < tokens.size(); ++i) {
        const Token &g = tokens.at(i);
        if (!g.capitalised)
            continue;
        const QString folded = TextFold::fold(text.mid(g.start, g.end - g.start));
        if (!isGivenNameReading(folded, ocr) || (isStopWord(folded) && !startsLine(g.start)))
            continue;
        const bool allCaps = g.end - g.start > 1 && text.at(g.start + 1).isUpper();
        if (allCaps && isAmbiguous(folded))
            continue;
        // A middle initial between the given name and the surname: "Rajesh J. Whitfield" (NameSpan keeps the
        // initial when it widens the pair).
        int next = i + 1;
        const Token &m = tokens.at(next);
        if (m.end - m.start == 1 && m.capitalised && next + 1 < tokens.size() && sameLineGap(g.end, m.start)) {
            const int after = m.end < text.size() && text.at(m.end) == QLatin1Char('.') ? m.end + 1 : m.end;
            if (sameLineGap(after, tokens.at(next + 1).start))
                ++next;
        }
        const Token &s = tokens.at(next);
        if ((next == i + 1 && !sameLineGap(g.end, s.start)) || !surnameLike(s, allCaps, next == i + 1))
            continue;
        if (isAmbiguous(folded) || isStopWord(folded)) {
            // "Grace Kowalski" anywhere, for the lists know Kowalski as a surname and as no word; "Will Smith"
            // only inside a sentence, never "Will Microsoft ..." at its start. At the start of a line, the row
            // of a list or chat ("Will Thornton 10:42", "May Chen wrote:") is a name where a sentence would go
            // on with a lower-case word ("Will Microsoft release") and the surname is one of the lists.
            const QString surname = TextFold::fold(text.mid(s.start, s.end - s.start));
            static const QRegularExpression rowGoesOn(QStringLiteral(
                R"(^[ \t]*(?:$|\n|[<(\[:,|•·\-–—]|\d|(?:wrote|writes|said|says|replied|commented|joined|left|changed|added|mentioned|reacted)\b))"));
            const bool knownSurname = m_lexicon.isNameWord(surname) && !m_lexicon.isCommonWord(surname);
            int p = g.start - 1;
            while (p >= 0 && (text.at(p) == QLatin1Char(' ') || text.at(p) == QLatin1Char('\t')))
                --p;
            const bool insideSentence = p >= 0 && !QStringLiteral(".!?:\n\"(").contains(text.at(p));
            // A stop word ("Will", "May") starts a pair only as a row's first word before a surname of the
            // lists; inside a sentence the widening of the surname's hit takes it.
            if (isStopWord(folded)) {
                if (!knownSurname || !startsLine(g.start) || !rowGoesOn.match(QStringView(text).mid(s.end)).hasMatch())
                    continue;
            } else if (!knownSurname && !insideSentence) {
                continue;
            }
        }
        int end = s.end;
        // A third word (middle name or double surname): Mary Ann Smith, José Núñez García. After a surname a
        // common word is the next thing on the line, not a second surname ("1/1: José Castaño Double charge…",
        // a terminal's status line with the subject after the sender).
        const auto commonAfterSurname = [&](const Token &third) {
            const QString second = TextFold::fold(text.mid(s.start, s.end - s.start));
            return !isGivenNameReading(second, false)
                && m_lexicon.isCommonWord(TextFold::fold(text.mid(third.start, third.end - third.start)));
        };
        if (next + 1 < tokens.size() && sameLineGap(s.end, tokens.at(next + 1).start)
            && surnameLike(tokens.at(next + 1), allCaps, false) && !commonAfterSurname(tokens.at(next + 1))) {
            end = tokens.at(next + 1).end;
            ++next;
        }
        out.append(Match{PiiType::Name, g.start, end - g.start, 0.7});
        i = next;
    }
}

void NameDetector::addNameWordPairs(const QString &text, const QList<Token> &tokens, QList<Match> &out) const
{
    // Given names the lists of today lack (Venkatesh, Oluwaseun) beside a surname: both words are names of the
    // 200,000 of the lists, neither an English word nor a place, written as names ("Venkatesh", not "VENKATESH"),
    // and the pair stands where a name does: after a lower-case word of a sentence, in a cell of its own
    // (a column gap or the line's edge on both sides), or before an address in brackets.
    const auto nameLike = [&](const Token &t) {
        if (!t.capitalised || t.end - t.start < 4)
            return false;
        for (int i = t.start + 1; i < t.end; ++i) {
            if (text.at(i).isUpper())
                return false;
        }
        const QString folded = TextFold::fold(text.mid(t.start, t.end - t.start));
        return m_lexicon.isNameWord(folded) && !m_lexicon.isCommonWord(folded) && !m_lexicon.isPlace(folded)
            && !isStopWord(folded);
    };
    const auto blanksBetween = [&](int from, int to) {
        for (int i = from; i < to; ++i) {
            if (text.at(i) != QLatin1Char(' ') && text.at(i) != QLatin1Char('\t'))
                return -1;
        }
        return to - from;
    };
    const auto cellEdge = [&](int at, int step) {
        int blanks = 0;
        for (int i = at; i >= 0 && i < text.size(); i += step) {
            if (text.at(i) == QLatin1Char('\n'))
                return true;
            if (text.at(i) != QLatin1Char(' ') && text.at(i) != QLatin1Char('\t'))
                return blanks >= TextLayer::kColumnGapBlanks;
            ++blanks;
        }
        return true;
    };
    for (int i = 0; i + 1 < tokens.size(); ++i) {
        const Token &g = tokens.at(i);
        const Token &s = tokens.at(i + 1);
        const int gap = blanksBetween(g.end, s.start);
        if (gap < 1 || gap > 2 || !nameLike(g) || !nameLike(s))
            continue;
        const Token *before = i > 0 ? &tokens.at(i - 1) : nullptr;
        const int blanksBefore = before ? blanksBetween(before->end, g.start) : -1;
        const bool inSentence = blanksBefore >= 1 && blanksBefore <= 2 && text.at(before->start).isLower()
            && before->end - before->start >= 2;
        static const QRegularExpression bracketedAddress(QStringLiteral(R"(^[ \t]*[(<\[][^()<>\[\]\n]*@)"));
        const bool standsAsName = inSentence || (cellEdge(g.start - 1, -1) && cellEdge(s.end, 1))
            || bracketedAddress.match(QStringView(text).mid(s.end, 80)).hasMatch();
        if (!standsAsName)
            continue;
        out.append(Match{PiiType::Name, g.start, s.end - g.start, 0.65});
        ++i;
    }
}

namespace {

// Within OCR's slips of a known name of five letters or more: one letter, two in a word of eight or more.
bool isSlipOfKnown(const QString &key, const QSet<QString> &known, const QString &except = {})
{
    if (key.size() < 5)
        return false;
    const int allowed = key.size() >= 8 ? 2 : 1;
    return std::any_of(known.cbegin(), known.cend(), [&](const QString &k) {
        return k.size() >= 5 && k != except && TextFold::editDistance(key, k, allowed) <= allowed;
    });
}

} // namespace

// A known person's given name right before their surname, with a letter lost or misread ("oël Mercier": an
// avatar's edge took the J). Only words of three to seven letters, no common word, so close to a known name and
// right before one.
void NameDetector::addSlippedGivenNames(const QString &text, const QList<Token> &tokens, const QSet<QString> &known,
                                        QList<Match> &raw) const
{
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        const Token &next = tokens.at(i + 1);
        if (known.contains(t.key) || !(known.contains(next.key) || isSlipOfKnown(next.key, known)) || t.key.size() < 2 || t.end - t.start < 3 || t.end - t.start > 7
            || next.start - t.end != 1 || text.at(t.end) != QLatin1Char(' ')
            || isStopWord(TextFold::fold(text.mid(t.start, t.end - t.start)))
            || m_lexicon.isCommonWord(TextFold::fold(text.mid(t.start, t.end - t.start)))) {
            continue;
        }
        for (const QString &key : known) {
            if (key != next.key && TextFold::editDistance(t.key, key, 1) <= 1) {
                raw.append(Match{PiiType::Name, t.start, t.end - t.start, 0.7});
                break;
            }
        }
    }
}

// A known person's surname right after a name found, misread in any letter including the first, whose case OCR
// also loses ("Hichael bhitfield" for Michael Whitfield in a bitmap font). Five letters or more, no common word.
void NameDetector::addSlippedSurnames(const QString &text, const QList<Token> &tokens, const QSet<QString> &known,
                                      QList<Match> &raw) const
{
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        const Token &before = tokens.at(i - 1);
        if (known.contains(t.key) || t.key.size() < 5 || t.start - before.end != 1 || text.at(before.end) != QLatin1Char(' ')
            || m_lexicon.isCommonWord(TextFold::fold(text.mid(t.start, t.end - t.start)))) {
            continue;
        }
        const bool afterName = std::any_of(raw.cbegin(), raw.cend(), [&](const Match &m) {
            return m.start <= before.start && before.end <= m.start + m.length;
        });
        if (!afterName)
            continue;
        if (isSlipOfKnown(t.key, known, before.key))
            raw.append(Match{PiiType::Name, t.start, t.end - t.start, 0.7});
    }
}

// A known name glued by OCR to the word before it ("HiLinnéa," for "Hi Linnéa,"): the capital inside the token
// starts the name.
void NameDetector::addGluedNames(const QString &text, const QList<Token> &tokens, const QSet<QString> &known,
                                 QList<Match> &raw) const
{
    for (const Token &t : tokens) {
        for (int at = t.start + 2; at + 3 <= t.end && at <= t.start + 6; ++at) {
            if (!text.at(at).isUpper() || !text.at(at - 1).isLower())
                continue;
            // Mc and Mac begin a surname; they glue nothing.
            const QStringView head = QStringView(text).mid(t.start, at - t.start);
            if (head == QLatin1String("Mc") || head == QLatin1String("Mac"))
                break;
            if (known.contains(TextFold::nameKey(text.mid(at, t.end - at))))
                raw.append(Match{PiiType::Name, at, t.end - at, 0.7});
            break;
        }
    }
}

QList<Match> NameDetector::find(const QString &text, const DetectionContext &context) const
{
    // OCR reads the O of O'Brien as a zero: the names are found in the same text with the letter, same length.
    static const QRegularExpression zeroForO(QStringLiteral(R"((?<![\w'’])0(?=['’]\p{Lu}\p{Ll}))"));
    if (context.ocrText && text.contains(QLatin1String("0")) && text.contains(zeroForO)) {
        QString letters = text;
        for (auto it = zeroForO.globalMatch(text); it.hasNext();)
            letters[int(it.next().capturedStart())] = QLatin1Char('O');
        return findIn(letters, context);
    }
    return findIn(text, context);
}

QList<Match> NameDetector::findIn(const QString &text, const DetectionContext &context) const
{
    QList<Match> raw;
    QList<Token> tokens = tokenize(text);
    // Name keys cost an allocation each: only pages with people or learned names need them.
    auto fillKeys = [&] {
        if (!tokens.isEmpty() && tokens.first().key.isEmpty()) {
            for (Token &t : tokens)
                t.key = TextFold::nameKey(text.mid(t.start, t.end - t.start));
        }
    };

    // (1) The people of the headers, any case; common words only when capitalised.
    QSet<QString> keys = personKeys(context.people);
    keys.unite(addressKeys(text));
    if (!keys.isEmpty()) {
        fillKeys();
        for (const Token &t : tokens) {
            if (!keys.contains(t.key)) {
                // OCR's slips in a capitalised word: "Wtritfield" is Whitfield when whitfield@… is on the page.
                if (context.ocrText && t.capitalised && t.key.size() >= 5) {
                    const int allowed = t.key.size() >= 8 ? 2 : 1;
                    for (const QString &key : keys) {
                        if (key.size() >= 5 && TextFold::editDistance(t.key, key, allowed) <= allowed) {
                            raw.append(Match{PiiType::Name, t.start, t.end - t.start, 0.7});
                            break;
                        }
                    }
                }
                continue;
            }
            if (!t.capitalised && (isStopWord(TextFold::fold(text.mid(t.start, t.end - t.start)))
                                   || isAmbiguous(t.key))) {
                continue;
            }
            raw.append(Match{PiiType::Name, t.start, t.end - t.start, 0.9});
        }
    }
    // (2) The watch list: whole words, any case, accent-insensitive; taken as the user wrote them.
    QList<Match> watched;
    if (!context.watchList.isEmpty()) {
        const QString folded = TextFold::fold(text);
        for (const QString &term : context.watchList) {
            const QString f = TextFold::fold(term.trimmed());
            if (f.isEmpty())
                continue;
            for (int at = int(folded.indexOf(f)); at >= 0; at = int(folded.indexOf(f, at + 1))) {
                if (TextFold::isWholeWord(folded, at, int(f.size())))
                    watched.append(Match{PiiType::Name, at, int(f.size()), 0.95});
            }
        }
    }
    // (3) Context, (4) given names.
    addContextNames(text, raw);
    if (context.ocrText)
        addHeaderDisplayNames(text, raw);
    addGivenNamePairs(text, tokens, context.ocrText, raw);
    addNameWordPairs(text, tokens, raw);
    addListEntries(text, keys, context.ocrText, raw);
    addLoneGivenNames(text, tokens, raw);
    widenAndDropPlaces(text, tokens, raw, 0);
    addJoinedNames(text, raw);

    // A name found in full once ("Matthias Schröder starts ...") is found again alone ("Matthias's SSN").
    QSet<QString> learned;
    for (const Match &m : std::as_const(raw)) {
        const QList<Token> parts = tokenize(text.mid(m.start, m.length));
        if (parts.size() < 2)
            continue;
        for (Token p : parts) {
            p.key = TextFold::nameKey(text.mid(m.start + p.start, p.end - p.start));
            const QString folded = TextFold::fold(text.mid(m.start + p.start, p.end - p.start));
            const QStringView word = QStringView(text).mid(m.start + p.start, p.end - p.start);
            if (p.end - p.start >= 3 && p.capitalised && !isStopWord(folded) && !isAmbiguous(folded)
                && !keys.contains(p.key) && !NameSpan::isSuffix(word) && !NameSpan::isTitle(word)) {
                learned.insert(p.key);
            }
        }
    }
    if (!learned.isEmpty()) {
        const qsizetype found = raw.size();
        fillKeys();
        for (const Token &t : tokens) {
            if (!learned.contains(t.key))
                continue;
            // OCR confuses the case of a first letter (j for J): there a learned name counts in any case.
            const bool slipOfCase = context.ocrText && t.end - t.start >= 4 && !isAmbiguous(t.key)
                && !isStopWord(TextFold::fold(text.mid(t.start, t.end - t.start)));
            if (t.capitalised || slipOfCase)
                raw.append(Match{PiiType::Name, t.start, t.end - t.start, 0.75});
        }
        widenAndDropPlaces(text, tokens, raw, found);
    }
    // OCR's slips beside the names known by now (the headers' people, the page's addresses, names learned
    // above), after the widening, which would drop a name with its first letter lost.
    if (context.ocrText && !(keys.isEmpty() && learned.isEmpty())) {
        fillKeys();
        const QSet<QString> known = keys + learned;
        addSlippedGivenNames(text, tokens, known, raw);
        addSlippedSurnames(text, tokens, known, raw);
        addGluedNames(text, tokens, known, raw);
    }
    raw.append(watched);

    // A terminal's key legend ("d:Del  r:Reply", the colon also read as "¿"): a word glued to a one-character
    // key and its separator is a command, not a name.
    raw.removeIf([&](const Match &m) {
        if (m.start < 2)
            return false;
        const QChar separator = text.at(m.start - 1);
        const QChar key = text.at(m.start - 2);
        const bool keyAlone = m.start < 3 || text.at(m.start - 3).isSpace();
        return keyAlone && !separator.isLetterOrNumber() && !separator.isSpace()
            && !QStringLiteral("\"'’‘“(<[-").contains(separator) && (key.isLetter() || key == QLatin1Char('?'));
    });
    // One match per name: overlapping spans merge, and so do spans separated by spaces on one line
    // ("Matthias" + "Schröder").
    std::sort(raw.begin(), raw.end(), [](const Match &a, const Match &b) { return a.start < b.start; });
    QList<Match> out;
    for (const Match &m : raw) {
        if (!out.isEmpty()) {
            Match &last = out.last();
            const int lastEnd = last.start + last.length;
            bool join = m.start <= lastEnd;
            if (!join && m.start - lastEnd <= 2) {
                join = true;
                for (int i = lastEnd; i < m.start; ++i) {
                    if (text.at(i) != QLatin1Char(' '))
                        join = false;
                }
            }
            if (join) {
                last.length = std::max(lastEnd, m.start + m.length) - last.start;
                last.certainty = std::max(last.certainty, m.certainty);
                continue;
            }
        }
        out.append(m);
    }
    if (context.ocrText && !out.isEmpty())
        spellAsKnown(text, tokens, keys, context.people, out);
    return out;
}

void NameDetector::spellAsKnown(const QString &text, QList<Token> &tokens, const QSet<QString> &keys,
                                const QList<Person> &people, QList<Match> &matches) const
{
    QHash<QString, int> timesOnPage;
    for (Token &t : tokens) {
        if (t.key.isEmpty())
            t.key = TextFold::nameKey(text.mid(t.start, t.end - t.start));
        ++timesOnPage[t.key];
    }
    NameSpelling spelling(m_lexicon);
    spelling.addPeople(people);
    spelling.addKeys(keys);
    for (const Match &m : std::as_const(matches)) {
        for (const Token &p : tokenize(text.mid(m.start, m.length))) {
            const QString word = text.mid(m.start + p.start, p.end - p.start);
            if (p.capitalised && !NameSpan::isTitle(word) && !NameSpan::isSuffix(word))
                spelling.addRead(word, timesOnPage.value(TextFold::nameKey(word)));
        }
    }
    if (spelling.isEmpty())
        return;
    for (Match &m : matches)
        m.reading = spelling.correct(text.mid(m.start, m.length), timesOnPage);
}

} // namespace Blackout
