// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/carddetector.h"

#include "model/textfold.h"

#include <QRegularExpression>

#include <algorithm>

namespace Blackout {

bool CardDetector::luhnValid(QStringView digits)
{
    int sum = 0;
    bool dbl = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (d < 0)
            return false;
        if (dbl) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        dbl = !dbl;
    }
    return sum % 10 == 0;
}

bool CardDetector::knownIssuer(QStringView d)
{
    const int n = int(d.size());
    auto prefix = [&](int len) { return d.left(len).toInt(); };
    if (d.startsWith(QLatin1Char('4')))
        return n == 13 || n == 16 || n == 19; // Visa
    const int p2 = prefix(2);
    const int p3 = prefix(3);
    const int p4 = prefix(4);
    const int p6 = prefix(6);
    if ((p2 >= 51 && p2 <= 55) || (p6 >= 222100 && p6 <= 272099))
        return n == 16; // Mastercard
    if (p2 == 34 || p2 == 37)
        return n == 15; // American Express
    if (p4 == 6011 || p2 == 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925))
        return n >= 16 && n <= 19; // Discover
    if (p2 == 36 || p2 == 38 || p2 == 39 || (p3 >= 300 && p3 <= 305) || p3 == 309)
        return n >= 14 && n <= 19; // Diners Club
    if (p4 >= 3528 && p4 <= 3589)
        return n >= 16 && n <= 19; // JCB
    if (p2 == 62)
        return n >= 16 && n <= 19; // UnionPay
    if (p2 == 50 || (p2 >= 56 && p2 <= 69))
        return n >= 12 && n <= 19; // Maestro
    if (p4 == 2200 || p4 == 2201 || p4 == 2202 || p4 == 2203 || p4 == 2204)
        return n >= 16 && n <= 19; // Mir
    return false;
}

namespace {

// Words that make a short Maestro number (12 digits, a length order and tracking numbers share) a card.
bool saysCard(const QString &text, int start)
{
    static const QRegularExpression re(QStringLiteral(R"(\b(?:card|maestro|debit|karte|carte|tarjeta|carta)\b)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(QStringView(text).mid(std::max(0, start - 40), std::min(40, start))).hasMatch();
}

// A bare run right after a label that names it something else ("Tracking: 4000...", "IMEI 3569...") is that
// thing, even when it happens to pass Luhn. Grouped cards (4111 1111 ...) are written as cards.
bool labelledOtherwise(const QString &text, int start)
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:tracking|sendungsnummer|order|invoice|ticket|ref|reference|isbn|imei|serial|s/n|awb|)"
                       R"(consignment|parcel|shipment|booking|confirmation|transaction|txn)\s*(?:no\.?|number|nr\.?|id|#)?\s*[:#.]?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(QStringView(text).mid(std::max(0, start - 32), std::min(32, start))).hasMatch();
}

} // namespace

QList<Match> CardDetector::find(const QString &text, const DetectionContext &) const
{
    QList<Match> out;
    // 12-19 digits, single spaces or dashes between them (or a line break: wrapped text), not glued to more
    // digits, a plus sign (+4915112345678 is a phone) or letters (a hash, a tracking number such as 1Z..., a serial is no card).
    static const QRegularExpression re(
        QStringLiteral(R"((?<![\p{L}\d.,/+-])\d(?:(?:[ -]\n?|\n)?\d){11,18}(?![\p{L}\d]|[.,/-]\d))"));
    // The digits after an IBAN's country and check digits ("DE95 4111 1111 1111 1111 00") are its account
    // number, not a card, even when a card-like head of them happens to pass Luhn.
    static const QRegularExpression ibanHead(QStringLiteral(R"((?<![\p{L}\d])[A-Z]{2}\d{2}[ -]?$)"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const int from = int(m.capturedStart());
        if (ibanHead.match(QStringView(text).mid(std::max(0, from - 6), std::min(6, from))).hasMatch())
            continue;
        const QString digits = TextFold::digits(m.captured());
        if (digits.size() == m.capturedLength() && labelledOtherwise(text, from))
            continue;
        // A longer run may hold a card followed by other digits: try the known lengths from the left, longest
        // first (Discover, JCB, UnionPay and Maestro also issue 17 and 18 digits).
        for (int len = 19; len >= 12; --len) {
            if (digits.size() < len)
                continue;
            const QStringView head = QStringView(digits).left(len);
            if (!luhnValid(head) || !knownIssuer(head))
                continue;
            if (len == 12 && !saysCard(text, int(m.capturedStart())))
                continue;
            // Map len digits back to a span.
            int seen = 0;
            int end = int(m.capturedStart());
            while (seen < len) {
                if (text.at(end).isDigit())
                    ++seen;
                ++end;
            }
            if (end < text.size() && text.at(end).isDigit())
                continue; // the card would end inside a group of digits
            out.append(Match{PiiType::Card, int(m.capturedStart()), end - int(m.capturedStart()), 0.97});
            break;
        }
    }
    // Dotted groups, as some write cards in Europe: 4111.1111.1111.1111, 3782.822463.10005. Only the
    // card's own grouping, so that decimals and versions stay out.
    static const QRegularExpression dotted(
        QStringLiteral(R"((?<![\w.,/+-])(?:\d{4}(?:\.\d{4}){3}|\d{4}\.\d{6}\.\d{4,5})(?![\w]|[.,/-]\d))"));
    auto itd = dotted.globalMatch(text);
    while (itd.hasNext()) {
        const QRegularExpressionMatch m = itd.next();
        const QString digits = TextFold::digits(m.captured());
        if (luhnValid(digits) && knownIssuer(digits))
            out.append(Match{PiiType::Card, int(m.capturedStart()), int(m.capturedLength()), 0.95});
    }
    return out;
}

} // namespace Blackout
