// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/ibandetector.h"

#include <QHash>
#include <QRegularExpression>

namespace Blackout {

namespace {

const QHash<QString, int> &lengths()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        const char *spec = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 "
                           "DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 "
                           "IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 "
                           "MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 "
                           "SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30";
        for (const QString &e : QString::fromLatin1(spec).split(QLatin1Char(' ')))
            t.insert(e.left(2), e.mid(2).toInt());
        return t;
    }();
    return table;
}

// What OCR reads instead of a digit in the digits-only parts of an IBAN.
QChar digitFor(QChar c)
{
    switch (c.toUpper().unicode()) {
    case 'O': case 'D': case 'Q': return QLatin1Char('0');
    case 'I': case 'L': return QLatin1Char('1');
    case 'Z': return QLatin1Char('2');
    case 'S': return QLatin1Char('5');
    case 'B': return QLatin1Char('8');
    case 'G': return QLatin1Char('6');
    default: return c;
    }
}

} // namespace

int IbanDetector::countryLength(QStringView country)
{
    return lengths().value(country.toString().toUpper(), 0);
}

bool IbanDetector::isValidIban(const QString &compact)
{
    if (compact.size() < 15 || compact.size() > 34 || countryLength(QStringView(compact).left(2)) != compact.size())
        return false;
    if (!compact.at(2).isDigit() || !compact.at(3).isDigit())
        return false;
    const QString rearranged = compact.mid(4) + compact.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        int v;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            v = c.unicode() - '0';
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            v = c.unicode() - 'A' + 10;
        else
            return false;
        remainder = (v >= 10 ? remainder * 100 + v : remainder * 10 + v) % 97;
    }
    return remainder == 1;
}

QList<Match> IbanDetector::find(const QString &text, const DetectionContext &) const
{
    QList<Match> out;
    // A country code and check digits (OCR may misread those digits too), at a word start.
    static const QRegularExpression startRe(QStringLiteral(R"((?<![\w])[A-Za-z]{2}[0-9OoIlSB]{2}(?=[ -]?[A-Za-z0-9]))"));
    auto it = startRe.globalMatch(text);
    int consumedUntil = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int start = int(m.capturedStart());
        if (start < consumedUntil)
            continue;
        const QString country = m.captured().left(2).toUpper();
        const int want = countryLength(country);
        if (want == 0)
            continue;
        // Collect letters and digits over single spaces or dashes (OCR merges and splits the groups).
        QString compact;
        QList<int> ends; // text index just after each collected character
        int i = start;
        while (i < text.size() && compact.size() < want) {
            const QChar c = text.at(i);
            if (c.isLetterOrNumber() && c.unicode() < 0x80) {
                compact += c.toUpper();
                ends.append(i + 1);
                ++i;
            } else if ((c == QLatin1Char(' ') || c == QLatin1Char('-')) && i + 1 < text.size()
                       && text.at(i + 1).isLetterOrNumber() && !compact.isEmpty()) {
                ++i;
            } else {
                break;
            }
        }
        if (compact.size() != want)
            continue;
        const int end = ends.last();
        // The IBAN must end where a word ends.
        if (end < text.size() && text.at(end).isLetterOrNumber())
            continue;
        double certainty = 0.98;
        if (!isValidIban(compact)) {
            // OCR slips: letters read where the check digits and digit-only runs should be.
            QString fixed = compact;
            for (int k = 2; k < fixed.size(); ++k) {
                if (k < 4 || country != QLatin1String("GB") || k >= 8)
                    fixed[k] = digitFor(fixed.at(k));
            }
            if (!isValidIban(fixed))
                continue;
            certainty = 0.8;
        }
        out.append(Match{PiiType::Iban, start, end - start, certainty});
        consumedUntil = end;
    }
    return out;
}

} // namespace Blackout
