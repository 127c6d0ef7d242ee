// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

namespace Blackout {

/// Check digits and validity rules of national identity and tax numbers (IdDetector). Every function takes the
/// number without separators, in upper case, and answers false (or a null QChar, or -1) for a wrong shape.
class IdNumbers {
public:
    /// A calendar date; a two-digit year is taken as 19yy or 20yy, whichever makes it valid (both do).
    static bool validDate(int year, int month, int day);

    /// UK National Insurance number: two prefix letters (not D, F, I, Q, U, V; second not O; not BG, GB, KN,
    /// NK, NT, TN, ZZ), six digits, suffix A-D.
    static bool isValidNino(QStringView compact);

    /// German Steuer-ID: the ISO 7064 MOD 11,10 check digit of the first ten digits (-1 for a wrong shape).
    static int steuerIdCheckDigit(QStringView firstTen);
    /// Eleven digits, no leading zero, in the first ten one digit twice or three times (the three not all
    /// adjacent) and the others at most once, and the check digit.
    static bool isValidSteuerId(QStringView digits);

    /// French NIR: the key 97 - (n mod 97) of the first thirteen characters (Corsica 2A/2B count as 19/18);
    /// -1 for a wrong shape.
    static int nirKey(QStringView firstThirteen);
    /// Sex 1, 2 (or 3, 4, 7, 8 for provisional numbers), a month 01-12 or a special code (20-42, 50-99),
    /// a department, and the key.
    static bool isValidNir(QStringView compact);

    /// The Spanish DNI letter of a number (also of an NIE with X, Y, Z read as 0, 1, 2).
    static QChar dniLetter(int number);
    /// A DNI (eight digits and a letter) or NIE (X, Y or Z, seven digits and a letter) with its letter.
    static bool isValidDniOrNie(QStringView compact);

    /// The check character of an Italian codice fiscale's first fifteen characters (null for a wrong shape).
    static QChar codiceFiscaleCheck(QStringView firstFifteen);
    /// Sixteen characters in the codice fiscale shape (digits may be replaced by the omocodia letters) with a
    /// valid check character.
    static bool isValidCodiceFiscale(QStringView compact);

    /// Dutch BSN: nine digits passing the 11-proef (9a + 8b + ... + 2h - i divisible by 11), not all zero.
    static bool isValidBsn(QStringView digits);

    /// Luhn over all digits.
    static bool luhn(QStringView digits);
    /// Swedish personnummer or samordningsnummer (day + 60): YYMMDDNNNC or YYYYMMDDNNNC, a valid date and Luhn
    /// over the last ten digits.
    static bool isValidPersonnummer(QStringView digits);
    /// Norwegian fødselsnummer (D-number: day + 40, H-number: month + 40) with both mod-11 check digits.
    static bool isValidFodselsnummer(QStringView digits);
    /// Danish CPR number DDMMYYSSSS: a valid date (no check digit since 2007).
    static bool isValidCpr(QStringView digits);
    /// The check character of a Finnish henkilötunnus from its nine digits DDMMYYNNN (null for a wrong shape).
    static QChar henkilotunnusCheck(QStringView nineDigits);
    /// DDMMYY, a century sign (+, -, A-F, U-Y), NNN and the mod-31 check character; a valid date.
    static bool isValidHenkilotunnus(QStringView compact);
};

} // namespace Blackout
