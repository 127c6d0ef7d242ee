// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/idnumbers.h"

#include "detect/carddetector.h"

#include <QDate>

#include <array>

namespace Blackout {

namespace {

bool allDigits(QStringView s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

int digit(QStringView s, int i)
{
    return s.at(i).unicode() - '0';
}

int number(QStringView s, int from, int count)
{
    int n = 0;
    for (int i = from; i < from + count; ++i)
        n = n * 10 + digit(s, i);
    return n;
}

} // namespace

bool IdNumbers::validDate(int year, int month, int day)
{
    if (year < 100)
        return QDate::isValid(2000 + year, month, day) || QDate::isValid(1900 + year, month, day);
    return QDate::isValid(year, month, day);
}

bool IdNumbers::isValidNino(QStringView compact)
{
    if (compact.size() != 9 || !allDigits(compact.mid(2, 6)))
        return false;
    const QChar a = compact.at(0);
    const QChar b = compact.at(1);
    const QChar suffix = compact.at(8);
    static const QString notFirst = QStringLiteral("DFIQUV");
    static const QString notSecond = QStringLiteral("DFIOQUV");
    if (a < QLatin1Char('A') || a > QLatin1Char('Z') || b < QLatin1Char('A') || b > QLatin1Char('Z')
        || notFirst.contains(a) || notSecond.contains(b)) {
        return false;
    }
    static const QStringList notPrefix = {QStringLiteral("BG"), QStringLiteral("GB"), QStringLiteral("KN"),
                                          QStringLiteral("NK"), QStringLiteral("NT"), QStringLiteral("TN"),
                                          QStringLiteral("ZZ")};
    if (notPrefix.contains(compact.left(2).toString()))
        return false;
    return suffix >= QLatin1Char('A') && suffix <= QLatin1Char('D');
}

int IdNumbers::steuerIdCheckDigit(QStringView firstTen)
{
    if (firstTen.size() != 10 || !allDigits(firstTen))
        return -1;
    int product = 10;
    for (int i = 0; i < 10; ++i) {
        int sum = (digit(firstTen, i) + product) % 10;
        if (sum == 0)
            sum = 10;
        product = (sum * 2) % 11;
    }
    const int check = 11 - product;
    return check == 10 ? 0 : check;
}

bool IdNumbers::isValidSteuerId(QStringView digits)
{
    if (digits.size() != 11 || !allDigits(digits) || digits.at(0) == QLatin1Char('0'))
        return false;
    std::array<int, 10> counts{};
    for (int i = 0; i < 10; ++i)
        ++counts[size_t(digit(digits, i))];
    int repeated = -1;
    for (int d = 0; d < 10; ++d) {
        if (counts[size_t(d)] > 3 || (counts[size_t(d)] > 1 && repeated >= 0))
            return false;
        if (counts[size_t(d)] > 1)
            repeated = d;
    }
    if (repeated < 0)
        return false;
    if (counts[size_t(repeated)] == 3) {
        for (int i = 0; i + 2 < 10; ++i) {
            if (digit(digits, i) == repeated && digit(digits, i + 1) == repeated
                && digit(digits, i + 2) == repeated) {
                return false;
            }
        }
    }
    return steuerIdCheckDigit(digits.left(10)) == digit(digits, 10);
}

int IdNumbers::nirKey(QStringView firstThirteen)
{
    if (firstThirteen.size() != 13)
        return -1;
    QString s = firstThirteen.toString();
    // Corsica: 2A and 2B in the department count as 19 and 18.
    if (s.mid(5, 2) == QLatin1String("2A"))
        s.replace(5, 2, QStringLiteral("19"));
    else if (s.mid(5, 2) == QLatin1String("2B"))
        s.replace(5, 2, QStringLiteral("18"));
    if (!allDigits(s))
        return -1;
    return int(97 - s.toLongLong() % 97);
}

bool IdNumbers::isValidNir(QStringView compact)
{
    if (compact.size() != 15 || !allDigits(compact.left(5)) || !allDigits(compact.mid(7)))
        return false;
    static const QString sexes = QStringLiteral("123478");
    if (!sexes.contains(compact.at(0)))
        return false;
    const int month = number(compact, 3, 2);
    if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50))
        return false;
    const QStringView department = compact.mid(5, 2);
    if (!allDigits(department) && department != QLatin1String("2A") && department != QLatin1String("2B"))
        return false;
    return nirKey(compact.left(13)) == number(compact, 13, 2);
}

QChar IdNumbers::dniLetter(int number)
{
    static const char table[] = "TRWAGMYFPDXBNJZSQVHLCKE";
    return number < 0 ? QChar() : QLatin1Char(table[number % 23]);
}

bool IdNumbers::isValidDniOrNie(QStringView compact)
{
    if (compact.size() != 9)
        return false;
    QString digits = compact.left(8).toString();
    static const QString nie = QStringLiteral("XYZ");
    const int prefix = int(nie.indexOf(digits.at(0)));
    if (prefix >= 0)
        digits[0] = QLatin1Char(char('0' + prefix));
    if (!allDigits(digits))
        return false;
    return dniLetter(digits.toInt()) == compact.at(8);
}

QChar IdNumbers::codiceFiscaleCheck(QStringView firstFifteen)
{
    if (firstFifteen.size() != 15)
        return {};
    // Values of characters in odd positions (1st, 3rd, ...): digits as the letters A-J.
    static const int odd[26] = {1,  0, 5,  7,  9,  13, 15, 17, 19, 21, 2,  4,  18,
                                20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        const QChar c = firstFifteen.at(i);
        int v;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            v = c.unicode() - '0';
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            v = c.unicode() - 'A';
        else
            return {};
        sum += (i % 2 == 0) ? odd[v] : v;
    }
    return QLatin1Char(char('A' + sum % 26));
}

bool IdNumbers::isValidCodiceFiscale(QStringView compact)
{
    if (compact.size() != 16)
        return false;
    // Digits may be replaced by these letters (omocodia) when two people would get the same code.
    static const QString omocodia = QStringLiteral("LMNPQRSTUV");
    static const QString months = QStringLiteral("ABCDEHLMPRST");
    QString plain = compact.toString();
    for (int i = 0; i < 16; ++i) {
        const QChar c = plain.at(i);
        const bool digitPlace = i == 6 || i == 7 || i == 9 || i == 10 || i == 12 || i == 13 || i == 14;
        if (digitPlace) {
            const int o = int(omocodia.indexOf(c));
            if (o >= 0)
                plain[i] = QLatin1Char(char('0' + o));
            else if (!c.isDigit() || c.unicode() > 0x7f)
                return false;
        } else if (c < QLatin1Char('A') || c > QLatin1Char('Z')) {
            return false;
        }
    }
    if (!months.contains(plain.at(8)))
        return false;
    const int day = number(plain, 9, 2);
    if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71)))
        return false;
    return codiceFiscaleCheck(compact.left(15)) == compact.at(15);
}

bool IdNumbers::isValidBsn(QStringView digits)
{
    if (digits.size() != 9 || !allDigits(digits) || digits == QLatin1String("000000000"))
        return false;
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (9 - i) * digit(digits, i);
    sum -= digit(digits, 8);
    return sum % 11 == 0;
}

bool IdNumbers::luhn(QStringView digits)
{
    return allDigits(digits) && CardDetector::luhnValid(digits);
}

bool IdNumbers::isValidPersonnummer(QStringView digits)
{
    if ((digits.size() != 10 && digits.size() != 12) || !allDigits(digits))
        return false;
    int year;
    QStringView last = digits;
    if (digits.size() == 12) {
        const int century = number(digits, 0, 2);
        if (century < 18 || century > 20)
            return false;
        year = number(digits, 0, 4);
        last = digits.mid(2);
    } else {
        year = number(digits, 0, 2);
    }
    const int month = number(last, 2, 2);
    int day = number(last, 4, 2);
    if (day > 60)
        day -= 60; // samordningsnummer
    return validDate(year, month, day) && luhn(last);
}

bool IdNumbers::isValidFodselsnummer(QStringView digits)
{
    if (digits.size() != 11 || !allDigits(digits))
        return false;
    int day = number(digits, 0, 2);
    int month = number(digits, 2, 2);
    if (day > 40)
        day -= 40; // D-number
    if (month > 40)
        month -= 40; // H-number
    if (!validDate(number(digits, 4, 2), month, day))
        return false;
    static const int w1[9] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    static const int w2[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int s1 = 0;
    for (int i = 0; i < 9; ++i)
        s1 += w1[i] * digit(digits, i);
    int k1 = 11 - s1 % 11;
    if (k1 == 11)
        k1 = 0;
    if (k1 == 10 || k1 != digit(digits, 9))
        return false;
    int s2 = 0;
    for (int i = 0; i < 10; ++i)
        s2 += w2[i] * digit(digits, i);
    int k2 = 11 - s2 % 11;
    if (k2 == 11)
        k2 = 0;
    return k2 != 10 && k2 == digit(digits, 10);
}

bool IdNumbers::isValidCpr(QStringView digits)
{
    if (digits.size() != 10 || !allDigits(digits))
        return false;
    return validDate(number(digits, 4, 2), number(digits, 2, 2), number(digits, 0, 2));
}

QChar IdNumbers::henkilotunnusCheck(QStringView nineDigits)
{
    if (nineDigits.size() != 9 || !allDigits(nineDigits))
        return {};
    static const char table[] = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    return QLatin1Char(table[nineDigits.toString().toInt() % 31]);
}

bool IdNumbers::isValidHenkilotunnus(QStringView compact)
{
    if (compact.size() != 11)
        return false;
    static const QString centuries = QStringLiteral("+-ABCDEFUVWXY");
    if (!centuries.contains(compact.at(6)) || !allDigits(compact.left(6)))
        return false;
    if (!validDate(number(compact, 4, 2), number(compact, 2, 2), number(compact, 0, 2)))
        return false;
    const QString nine = compact.left(6).toString() + compact.mid(7, 3).toString();
    const int individual = allDigits(compact.mid(7, 3)) ? number(compact, 7, 3) : 0;
    if (individual < 2)
        return false;
    return henkilotunnusCheck(nine) == compact.at(10);
}

} // namespace Blackout
