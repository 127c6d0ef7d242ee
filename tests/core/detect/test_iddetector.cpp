// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/iddetector.h"
#include "detect/idnumbers.h"
#include "detecttesthelpers.h"
#include "warningcollector.h"

#include <QTest>

using namespace Blackout;

namespace {

// Valid numbers are made here from the check functions (a range of bodies and their check digits); invalid
// ones by changing one digit of a valid one. Each family also has hand-written numbers from public documents.

void row(const QString &name, const QString &text, const QStringList &expected)
{
    QTest::addRow("%s", qPrintable(name)) << text << expected;
}

QString tag(const char *family, int i)
{
    return QStringLiteral("%1 %2").arg(QLatin1String(family)).arg(i);
}

QString tag(const char *family, const QString &what)
{
    return QStringLiteral("%1 %2").arg(QLatin1String(family), what);
}

// The i-th context (round robin) before a number.
QString after(const QStringList &contexts, int i, const QString &number)
{
    return contexts.at(i % contexts.size()) + QLatin1Char(' ') + number;
}

// One digit changed (the digit at position i, counted over digits only): every check here catches that.
QString changeDigit(const QString &number, int i)
{
    QString out = number;
    int seen = 0;
    for (int k = 0; k < out.size(); ++k) {
        if (!out.at(k).isDigit())
            continue;
        if (seen++ == i) {
            out[k] = QLatin1Char(char('0' + (out.at(k).unicode() - '0' + 1) % 10));
            break;
        }
    }
    return out;
}

QString pad(qint64 n, int width)
{
    return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
}

QStringList ninos()
{
    const QString first = QStringLiteral("ABCEGHJKLMNOPRSTWXYZ");
    const QString second = QStringLiteral("ABCEGHJKLMNPRSTWXYZ");
    QStringList out;
    for (int i = 0; out.size() < 24; ++i) {
        const QString prefix = QString(first.at(i % first.size())) + second.at((i * 7) % second.size());
        const QString nino = prefix + pad((123456 + i * 37171) % 1000000, 6) + QLatin1Char(char('A' + i % 4));
        if (IdNumbers::isValidNino(nino))
            out.append(nino);
    }
    return out;
}

QString ninoSpaced(const QString &n)
{
    return QStringList{n.left(2), n.mid(2, 2), n.mid(4, 2), n.mid(6, 2), n.mid(8)}.join(QLatin1Char(' '));
}

QStringList steuerIds()
{
    QStringList out = {QStringLiteral("86095742719"), QStringLiteral("47036892816"), QStringLiteral("65929970489"),
                       QStringLiteral("57549285017"), QStringLiteral("25768131411")};
    for (qint64 body = 1023456789; out.size() < 30; body += 7919 * 131) {
        const QString ten = QString::number(body);
        const QString id = ten + QString::number(IdNumbers::steuerIdCheckDigit(ten));
        if (IdNumbers::isValidSteuerId(id)) // the digit-repetition rule
            out.append(id);
    }
    return out;
}

QString steuerSpaced(const QString &s)
{
    return s.left(2) + QLatin1Char(' ') + s.mid(2, 3) + QLatin1Char(' ') + s.mid(5, 3) + QLatin1Char(' ') + s.mid(8);
}

QStringList nirs()
{
    QStringList out = {QStringLiteral("184127645108946")};
    const char *const departments[] = {"75", "2A", "2B", "13", "69", "33", "59", "97"};
    for (int i = 0; out.size() < 24; ++i) {
        const QString thirteen = QString::number(1 + i % 2) + pad(50 + i * 3 % 50, 2) + pad(1 + i % 12, 2)
                                 + QLatin1String(departments[i % 8]) + pad(100 + i * 37 % 900, 3)
                                 + pad(1 + i * 53 % 999, 3);
        out.append(thirteen + pad(IdNumbers::nirKey(thirteen), 2));
    }
    return out;
}

QString nirSpaced(const QString &n)
{
    return QStringList{n.left(1), n.mid(1, 2), n.mid(3, 2), n.mid(5, 2), n.mid(7, 3), n.mid(10, 3), n.mid(13)}.join(
        QLatin1Char(' '));
}

QStringList dnis()
{
    QStringList out = {QStringLiteral("12345678Z"), QStringLiteral("00000000T")};
    for (int n = 10000017; out.size() < 16; n += 4801223)
        out.append(pad(n, 8) + IdNumbers::dniLetter(n));
    return out;
}

QStringList nies()
{
    QStringList out = {QStringLiteral("X1234567L")};
    for (int i = 0; out.size() < 10; ++i) {
        const int prefix = i % 3;
        const int n = 1000003 + i * 871231 % 9000000;
        out.append(QLatin1Char(char("XYZ"[prefix])) + pad(n, 7) + IdNumbers::dniLetter(prefix * 10000000 + n));
    }
    return out;
}

QStringList codiciFiscali()
{
    QStringList out = {QStringLiteral("RSSMRA85T10A562S")};
    const char *const names[] = {"RSSMRA", "BNCLRA", "VRDGPP", "FRRNNA", "CLMCST", "BRNMRC", "GLLFNC", "MRTMTT"};
    const char months[] = "ABCDEHLMPRST";
    const char *const places[] = {"H501", "F205", "A562", "L219", "G273", "D612"};
    for (int i = 0; out.size() < 20; ++i) {
        const int day = 1 + i * 7 % 28 + (i % 2 ? 40 : 0);
        QString fifteen = QLatin1String(names[i % 8]) + pad(50 + i * 3 % 50, 2) + QLatin1Char(months[i % 12])
                          + pad(day, 2) + QLatin1String(places[i % 6]);
        if (i % 5 == 4)
            fifteen[14] = QLatin1Char("LMNPQRSTUV"[fifteen.at(14).unicode() - '0']); // omocodia
        out.append(fifteen + IdNumbers::codiceFiscaleCheck(fifteen));
    }
    return out;
}

QStringList bsns()
{
    QStringList out = {QStringLiteral("111222333"), QStringLiteral("123456782")};
    for (int k = 0; out.size() < 24; ++k) {
        const QString eight = pad(10000003 + qint64(k) * 3713917 % 89999989, 8);
        int sum = 0;
        for (int i = 0; i < 8; ++i)
            sum += (9 - i) * (eight.at(i).unicode() - '0');
        const int last = sum % 11; // 9a + ... + 2h - i = 0 (mod 11)
        if (last < 10)
            out.append(eight + QString::number(last));
    }
    return out;
}

QString luhnCheck(const QString &nine)
{
    for (int d = 0; d < 10; ++d) {
        if (IdNumbers::luhn(nine + QString::number(d)))
            return nine + QString::number(d);
    }
    return {};
}

// Swedish: YYMMDD-NNNC.
QStringList personnummer()
{
    QStringList out = {QStringLiteral("811228-9874")};
    for (int i = 0; out.size() < 16; ++i) {
        const int day = 1 + i * 5 % 28 + (i % 7 == 6 ? 60 : 0); // a samordningsnummer now and then
        const QString date = pad(40 + i * 3 % 60, 2) + pad(1 + i % 12, 2) + pad(day, 2);
        const QString ten = luhnCheck(date + pad(100 + i * 47 % 900, 3));
        out.append(ten.left(6) + QLatin1Char('-') + ten.mid(6));
    }
    return out;
}

// Norwegian: DDMMYYIIIKK with both check digits.
QStringList fodselsnummer()
{
    QStringList out = {QStringLiteral("15076500565")};
    for (int i = 0; out.size() < 20; ++i) {
        const QString nine = pad(1 + i * 5 % 28 + (i % 6 == 5 ? 40 : 0), 2) + pad(1 + i % 12, 2)
                             + pad(40 + i * 3 % 60, 2) + pad(100 + i * 61 % 900, 3);
        for (int k = 0; k < 100; ++k) {
            const QString candidate = nine + pad(k, 2);
            if (IdNumbers::isValidFodselsnummer(candidate)) {
                out.append(candidate);
                break;
            }
        }
    }
    return out;
}

// Finnish: DDMMYY-NNNC, the official example first.
QStringList henkilotunnus()
{
    QStringList out = {QStringLiteral("131052-308T")};
    const QString signs = QStringLiteral("-A+-AB");
    for (int i = 0; out.size() < 14; ++i) {
        const QString date = pad(1 + i * 5 % 28, 2) + pad(1 + i % 12, 2) + pad(40 + i * 3 % 60, 2);
        const QString individual = pad(2 + i * 67 % 897, 3);
        out.append(date + signs.at(i % signs.size()) + individual + IdNumbers::henkilotunnusCheck(date + individual));
    }
    return out;
}

} // namespace

class TestIdDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void find_data();
    void find();
    void ocrSlips_data();
    void ocrSlips();
    void checks();
    void everyPatternCompiles();
};

void TestIdDetector::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    // UK National Insurance number.
    {
        const QStringList contexts = {"NI number", "National Insurance No.", "NINO:", "NI No",
                                      "National Insurance number"};
        const QStringList all = ninos();
        for (int i = 0; i < all.size(); ++i) {
            const QString n = all.at(i);
            if (i % 2 == 0) {
                row(tag("nino context", i), after(contexts, i, n), {n});
            } else {
                row(tag("nino spaced", i), QStringLiteral("Her number is %1.").arg(ninoSpaced(n)),
                    {ninoSpaced(n)});
            }
        }
        row("nino compact without context", "my number AB123456C", {});
        row("nino compact part code", "part HJ654321A in stock", {});
        for (const char *prefix : {"DA", "FA", "IA", "QQ", "UA", "VA", "AO", "BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}) {
            const QString p = QLatin1String(prefix);
            row(tag("nino prefix", p), QStringLiteral("NI number ") + p + QStringLiteral("123456C"), {});
        }
        row("nino suffix E", "NI number AB123456E", {});
        row("nino five digits", "NI number AB12345C", {});
        row("nino seven digits", "NI number AB1234567C", {});
        row("nino lower case", "NI number ab123456c", {});
        row("nino inside word", "NI number XAB123456C", {});
    }

    // German Steuer-ID.
    {
        const QStringList contexts = {"Steuer-ID:", "Steueridentifikationsnummer", "IdNr.", "Steuer-ID", "Tax ID",
                                      "steuerliche Identifikationsnummer:"};
        const QStringList all = steuerIds();
        for (int i = 0; i < all.size(); ++i) {
            const QString s = all.at(i);
            if (i % 3 == 0)
                row(tag("steuer-id context", i), after(contexts, i, s), {s});
            else if (i % 3 == 1)
                row(tag("steuer-id spaced", i), after(contexts, i, steuerSpaced(s)) + QStringLiteral(" bitte"),
                    {steuerSpaced(s)});
            else
                row(tag("steuer-id alone", i), QStringLiteral("Meine Nummer: %1").arg(s), {s});
            // One digit changed: the check digit catches it.
            row(tag("steuer-id changed", i), QStringLiteral("Steuer-ID %1").arg(changeDigit(s, i % 11)), {});
        }
        const QString s = all.first();
        row("steuer-id order", "Order " + s, {});
        row("steuer-id order hash", "order #" + s, {});
        row("steuer-id invoice", "Rechnungsnummer " + s, {});
        row("steuer-id tracking", "Tracking: " + s, {});
        row("steuer-id phone", "Tel. " + s, {});
        row("steuer-id plus", "+" + s, {});
        row("steuer-id longer", "Steuer-ID " + s + "4", {});
        row("steuer-id leading zero", "Steuer-ID 01234567890", {});
        const auto withCheck = [](const QString &ten) {
            return ten + QString::number(IdNumbers::steuerIdCheckDigit(ten));
        };
        row("steuer-id no repetition", "Steuer-ID " + withCheck(QStringLiteral("1234567890")), {});
        row("steuer-id triple adjacent", "Steuer-ID " + withCheck(QStringLiteral("1112345678")), {});
        row("steuer-id version", "version 1." + s, {});
    }

    // French NIR.
    {
        const QStringList contexts = {"NIR", "N° de sécurité sociale :", "numéro de sécurité sociale", "INSEE",
                                      "Carte Vitale"};
        const QStringList all = nirs();
        for (int i = 0; i < all.size(); ++i) {
            const QString n = all.at(i);
            const QString shape = i % 2 ? nirSpaced(n) : n;
            if (i % 3 == 0)
                row(tag("nir alone", i), QStringLiteral("le numéro %1 figure").arg(shape), {shape});
            else
                row(tag("nir context", i), after(contexts, i, shape), {shape});
            row(tag("nir changed", i), QStringLiteral("NIR %1").arg(changeDigit(shape, 8 + i % 5)), {});
        }
        row("nir brief sample", "1 84 12 76 451 089 46", {"1 84 12 76 451 089 46"});
        row("nir sex 5", "NIR 5" + all.at(2).mid(1), {});
        row("nir tracking", "Tracking number " + all.at(3), {});
        row("nir longer", "NIR " + all.at(4) + "1", {});
    }

    // Spanish DNI and NIE.
    {
        const QStringList contexts = {"DNI", "DNI:", "NIF", "D.N.I.", "Documento Nacional de Identidad", "NIE"};
        const QStringList all = dnis() + nies();
        for (int i = 0; i < all.size(); ++i) {
            const QString d = all.at(i);
            const QString shape = i % 4 == 3 ? d.left(d.size() - 1) + QLatin1Char('-') + d.right(1) : d;
            row(tag("dni context", i), after(contexts, i, shape), {shape});
            QString wrong = d;
            wrong[8] = IdNumbers::dniLetter(int(QStringLiteral("TRWAGMYFPDXBNJZSQVHLCKE").indexOf(d.at(8))) + 1);
            row(tag("dni wrong letter", i), QStringLiteral("DNI %1").arg(wrong), {});
            if (i % 3 == 0)
                row(tag("dni without context", i), QStringLiteral("value %1").arg(d), {});
        }
        row("dni dotted", "DNI 12.345.678-Z", {"12.345.678-Z"});
        row("dni lower case letter", "DNI 12345678z", {});
        row("dni seven digits", "DNI 1234567Z", {});
        row("nie W prefix", "NIE W1234567L", {});
    }

    // Italian codice fiscale.
    {
        const QStringList all = codiciFiscali();
        for (int i = 0; i < all.size(); ++i) {
            const QString cf = all.at(i);
            const QString text = i % 2 ? QStringLiteral("Codice fiscale: %1") : QStringLiteral("il mio %1 ok");
            row(tag("cf", i), text.arg(cf), {cf});
            QString wrong = cf;
            wrong[15] = QLatin1Char(char('A' + (cf.at(15).unicode() - 'A' + 1) % 26));
            row(tag("cf wrong check", i), QStringLiteral("Codice fiscale %1").arg(wrong), {});
        }
        row("cf month letter F", "CF RSSMRA85F10A562S", {});
        row("cf lower case", "cf rssmra85t10a562s", {});
        row("cf day 35", "CF RSSMRA85T35A562" + QString(IdNumbers::codiceFiscaleCheck(u"RSSMRA85T35A562")), {});
        row("cf inside token", "XRSSMRA85T10A562S", {});
    }

    // Dutch BSN: only with words.
    {
        const QStringList contexts = {"BSN", "BSN:", "burgerservicenummer", "Sofinummer", "BSN-nummer"};
        const QStringList all = bsns();
        for (int i = 0; i < all.size(); ++i) {
            const QString b = all.at(i);
            const QString dotted = QStringList{b.left(4), b.mid(4, 2), b.mid(6)}.join(QLatin1Char('.'));
            const QString shape = i % 3 == 2 ? dotted : b;
            row(tag("bsn context", i), after(contexts, i, shape), {shape});
            row(tag("bsn without context", i), QStringLiteral("nummer %1").arg(b), {});
            if (i % 2 == 0)
                row(tag("bsn changed", i), QStringLiteral("BSN %1").arg(changeDigit(b, i % 9)), {});
        }
        row("bsn after", "123456782 (BSN)", {"123456782"});
        row("bsn zeros", "BSN 000000000", {});
        row("bsn ten digits", "BSN 1234567820", {});
    }

    // Nordic personal numbers.
    {
        const QStringList seContexts = {"personnummer", "Personnummer:", "pnr", "samordningsnummer",
                                        "Personal identity number"};
        const QStringList se = personnummer();
        for (int i = 0; i < se.size(); ++i) {
            const QString p = se.at(i);
            row(tag("se context", i), after(seContexts, i, p), {p});
            row(tag("se without context", i), QStringLiteral("value %1").arg(p), {});
            row(tag("se changed", i), QStringLiteral("personnummer %1").arg(changeDigit(p, 6 + i % 4)), {});
        }
        row("se twelve digits", "Personnummer 19811228-9874", {"19811228-9874"});
        row("se twelve digits compact", "personnummer 198112289874", {"198112289874"});
        row("se hundred plus", "personnummer 811228+9874", {"811228+9874"});
        row("se compact", "personnummer 8112289874", {"8112289874"});
        row("se date order number", "Order 20240312-0042", {});

        const QStringList no = fodselsnummer();
        for (int i = 0; i < no.size(); ++i) {
            const QString f = no.at(i);
            if (i % 2)
                row(tag("no context", i), QStringLiteral("Fødselsnummer: %1").arg(f), {f});
            else
                row(tag("no alone", i), QStringLiteral("nummer %1 ok").arg(f), {f});
            row(tag("no changed", i), QStringLiteral("fødselsnummer %1").arg(changeDigit(f, 6 + i % 5)), {});
        }
        row("no spaced", "fødselsnummer 150765 00565", {"150765 00565"});
        row("no invoice", "Invoice " + no.first(), {});
        row("no phone", "call +47 " + no.first(), {});

        QStringList cprs = {"010190-1234", "311299-4321", "290200-1111", "150875-2222", "0101901234"};
        for (int i = 0; cprs.size() < 18; ++i) {
            cprs.append(pad(1 + i * 5 % 28, 2) + pad(1 + i % 12, 2) + pad(i * 7 % 100, 2)
                        + (i % 3 ? QStringLiteral("-") : QString()) + pad(1000 + i * 433 % 9000, 4));
        }
        for (const QString &c : std::as_const(cprs)) {
            row(tag("dk context", c), QStringLiteral("CPR-nr.: %1").arg(c), {c});
            row(tag("dk bad day", c), QStringLiteral("CPR %1").arg(QStringLiteral("4") + c.mid(1)), {});
            row(tag("dk without context", c), QStringLiteral("sag %1").arg(c), {});
        }
                row("dk month 13", "CPR 011390-1234", {});
        row("dk feb 30", "CPR-nummer 300290-1234", {});

        const QStringList fi = henkilotunnus();
        for (int i = 0; i < fi.size(); ++i) {
            const QString h = fi.at(i);
            const bool weak = (h.at(6) == QLatin1Char('-') || h.at(6) == QLatin1Char('+')) && h.at(10).isDigit();
            row(tag("fi context", i), QStringLiteral("henkilötunnus %1").arg(h), {h});
            row(tag("fi alone", i), QStringLiteral("nro %1 ok").arg(h), weak ? QStringList{} : QStringList{h});
            QString wrong = h;
            const QString checks = QStringLiteral("0123456789ABCDEFHJKLMNPRSTUVWXY");
            wrong[10] = checks.at((checks.indexOf(h.at(10)) + 1) % checks.size());
            row(tag("fi wrong check", i), QStringLiteral("hetu %1").arg(wrong), {});
        }
        row("fi bad date", "hetu 321052-308T", {});
        row("fi bad century", "hetu 131052G308T", {});
    }

    // Passport, identity card and driving licence numbers: the number after the label.
    {
        row("passport no", "Passport No. L01X00T47 issued in Berlin", {"L01X00T47"});
        row("passport number colon", "Passport Number: 123456789", {"123456789"});
        row("passport number country", "Passport Number: 123456789 UK", {"123456789"});
        row("passport hash", "passport # 533401372", {"533401372"});
        row("passport line below", "Passport number\nC01X00T47", {"C01X00T47"});
        row("reisepass", "Reisepass: C01X00T47", {"C01X00T47"});
        row("reisepassnummer", "Reisepassnummer C4J2K8LM9", {"C4J2K8LM9"});
        row("pass-nr", "Pass-Nr. C01X00T47", {"C01X00T47"});
        row("passeport", "numéro de passeport : 15AB12345", {"15AB12345"});
        row("pasaporte", "Pasaporte: PAA123456", {"PAA123456"});
        row("passaporto", "passaporto YA1234567", {"YA1234567"});
        row("paspoort", "paspoortnummer NXC3RP8L5", {"NXC3RP8L5"});
        row("passport is", "my passport is 912803456", {"912803456"});
        row("drivers license", "Driver's License: D1234-5678-9012", {"D1234-5678-9012"});
        row("driver license number", "driver license number S530-7812-3456", {"S530-7812-3456"});
        row("driving licence uk", "Driving licence: MORGA753116SM9IJ", {"MORGA753116SM9IJ"});
        row("dl hash", "DL# S12345678", {"S12345678"});
        row("dl no", "DL No. 123-456-789", {"123-456-789"});
        row("fuehrerschein", "Führerschein-Nr. B072RRE2I55", {"B072RRE2I55"});
        row("fuehrerscheinnummer", "Führerscheinnummer: J010000SD51", {"J010000SD51"});
        row("permis", "permis de conduire n° 123456789012", {"123456789012"});
        row("carnet", "carnet de conducir 12345678Z", {"12345678Z"});
        row("personalausweis", "Personalausweis: L01X00T47", {"L01X00T47"});
        row("ausweisnummer", "Ausweisnummer T22000129", {"T22000129"});
        row("id card", "ID card number: 123456789", {"123456789"});
        row("carte identite", "carte d'identité 880692310285", {"880692310285"});
        row("passport us", "US passport number: 963545637", {"963545637"});
        row("passport label line", "Passport No.:\n   X12345678", {"X12345678"});
        row("drivers license spaced", "Driver's licence no. 123 456 789", {"123 456 789"});
        row("dl number", "DL number: A123-4567-8901", {"A123-4567-8901"});
        row("rijbewijs", "rijbewijsnummer 5123456789", {"5123456789"});
        row("id card hash", "Identity card # 18AB45678", {"18AB45678"});
        // Not numbers after a label.
        row("passport then card", "Passport No. and card 4111 1111 1111 1111", {});
        row("passport and date", "Passport expiry date: 12.03.2030", {});
        row("passport issued", "passport issued 2019-04-01", {});
        row("passport lower case number", "passport no. c01x00t47", {});
        row("passport photo", "Please bring a passport photo", {});
        row("passport expires", "Passport expires 2030", {});
        row("passport year", "Passport: 2030", {});
        row("passport lower case word", "passport number unknown", {});
        row("passport no digits", "Passport No. PENDING", {});
        row("passport one digit", "Passport No. ABCDE1", {});
        row("passport office", "the passport office at 9", {});
        row("passport too long", "Passport No. 123456789012345678901234", {});
        row("license key", "License key: ABCD-1234-EFGH-5678", {});
        row("license number software", "License number 12345-67890", {});
        row("boarding pass", "boarding pass 12345678", {});
        row("pass word", "Pass: hunter2", {});
        row("dl not a label", "download dl 12345", {});
        row("passport tokens after words", "Passport checked, ticket 12345678", {});
    }

    // Dates of birth: the date only, next to the words.
    {
        const QStringList labels = {"DOB:", "D.O.B.", "Date of birth:", "born", "born on", "birthday:", "geb.",
                                    "geboren am", "Geburtsdatum:", "né le", "née le", "fecha de nacimiento:",
                                    "Birth date:", "date de naissance :", "data di nascita"};
        const QStringList dates = {"1984-03-12", "12/03/1984", "12.03.1984", "12 March 1984", "March 12, 1984",
                                   "12. März 1984", "3 avril 1990", "12 de marzo de 1984", "03/12/84", "1.2.1975",
                                   "Jan 5, 1990", "5th of May 1960", "29.02.2000", "31/12/1999", "7 juillet 1988"};
        for (int i = 0; i < labels.size(); ++i) {
            const QString date = dates.at(i);
            row(tag("dob", i), QStringLiteral("%1 %2").arg(labels.at(i), date), {date});
            const QString other = dates.at((i + 7) % dates.size());
            row(tag("dob in sentence", i), QStringLiteral("Patient %1 %2, seen today").arg(labels.at(i), other),
                {other});
        }
        row("dob dashes month", "DOB: 12-Mar-1984", {"12-Mar-1984"});
        row("dob dashes month lower", "dob 05-jun-1971", {"05-jun-1971"});
        row("dob born in a place", "born in Berlin on 12 March 1984", {"12 March 1984"});
        row("dob label line above", "Date of birth\n12.03.1984", {"12.03.1984"});
        row("dob format hint", "Date of birth (DD.MM.YYYY): 12.03.1984", {"12.03.1984"});
        row("dob and sent", "DOB 12/03/1984, sent 12.03.2024", {"12/03/1984"});
        // Dates that are not birth dates.
        row("dob sent", "sent 12.03.2024", {});
        row("dob header", "Date: Tue, 12 Mar 2024 10:00:00 +0100", {});
        row("dob on", "On 12 March 2024 Amy wrote:", {});
        row("dob year only", "born in 1984", {});
        row("dob birthday then header", "Happy birthday!\nSent: 12.03.2024", {});
        row("dob sentence between", "She was born. Sent 12.03.2024", {});
        row("dob invalid date", "DOB: 31.02.1984", {});
        row("dob month 13", "DOB: 13/13/1984", {});
        row("dob year 1800", "DOB: 12.03.1800", {});
        row("dob far", "born and raised far away from home and all the family, the meeting is 12.03.2024", {});
        row("dob version", "DOB version 1.2.3", {});
        row("dob time", "DOB: 10:30", {});
        row("dob number between", "born 1984, updated 12.03.2024", {});
        row("dob unknown", "DOB: unknown", {});
        row("dob updated iso", "updated 2024-03-12", {});
        row("dob birthday party", "birthday party on 12.03.2024", {});
        row("dob birthday of", "Birthday of the team, 12.03.2024", {});
        row("dob geburtstag", "Geburtstag 12.03.1984", {"12.03.1984"});
        row("dob quoted header after", "I was born there.\n> On 12 March 2024, Amy wrote:", {});
        row("dob paragraph after", "born and raised\n\n12.03.2024 meeting", {});
        row("dob header line after", "DOB\nSent: 12.03.2024", {});
        row("dob sentence after", "Tell me when you were born. 12.03.2024 works for me", {});
        row("steuer-id sentence after", "Steuer-ID folgt. 86095742719", {"86095742719"});
        row("dni sentence after", "Falta el DNI. 12345678Z", {});
        row("dni num", "DNI núm. 12345678Z", {"12345678Z"});
        row("bsn nr", "BSN nr. 123456782", {"123456782"});
        row("dob ne le without accent", "ne le 12.03.2024 pas", {});
    }

    // Other detectors' data and everyday numbers.
    {
        row("iban", "IBAN DE89 3704 0044 0532 0130 00", {});
        row("iban compact", "DE89370400440532013000", {});
        row("card", "Card 4111 1111 1111 1111", {});
        row("card compact", "4111111111111111", {});
        row("phone de", "Tel. +49 30 12345678", {});
        row("phone mobile", "Mobil 0151 23456789", {});
        row("phone compact", "01512345678", {});
        row("isbn", "ISBN 978-3-16-148410-0", {});
        row("isbn 10", "ISBN 3161484100", {});
        row("ups tracking", "Tracking 1Z999AA10123456784", {});
        row("fedex tracking", "tracking 123456789012345", {});
        row("order", "Order #58213 shipped on 12.03.2024", {});
        row("invoice", "Invoice INV-2024-00123", {});
        row("version", "Version 10.0.19045.1234", {});
        row("time", "at 10:30:45", {});
        row("postcode", "10115 Berlin", {});
        row("year", "since 1984", {});
        row("number in a link query", "https://shop.example.com/track?id=86095742719", {});
        row("number in a link path", "see https://example.com/u/86095742719 now", {});
        row("number as email local part", "write to 86095742719@example.com", {});
        row("nir in a link", "www.example.fr/dossier/184127645108946", {});
        row("uuid", "id 123e4567-e89b-12d3-a456-426614174000", {});
    }
}

void TestIdDetector::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    IdDetector detector;
    QCOMPARE(foundTexts(detector, text), expected);
}

void TestIdDetector::ocrSlips_data()
{
    // Text read by OCR: O for 0 and l or I for 1 beside digits are read back when the check then passes. The
    // same text from a layout or a PDF text layer means what it says.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("ocr");
    QTest::addColumn<QStringList>("plain");
    const auto slip = [](const char *name, const QString &text, const QStringList &ocr, const QStringList &plain) {
        QTest::addRow("%s", name) << text << ocr << plain;
    };
    slip("steuer-id O for 0", "Steuer-ID 86O95742719", {"86O95742719"}, {});
    slip("steuer-id O for 0 again", "Steuer-ID 47O36892816", {"47O36892816"}, {});
    slip("steuer-id l for 1", "Steuer-ID 575492850l7", {"575492850l7"}, {});
    slip("two slips side by side stay", "Steuer-ID 57549285Ol7", {}, {});
    slip("nir I for 1", "NIR 1 84 12 76 45I 089 46", {"1 84 12 76 45I 089 46"}, {});
    slip("nir lone I stays", "NIR I 84 12 76 451 089 46", {}, {});
    slip("bsn o for 0 invalid", "BSN 12345678o", {}, {});
    slip("bsn l for 1", "BSN l23456782", {"l23456782"}, {});
    slip("folded but invalid", "Steuer-ID 86O95742718", {}, {});
    slip("nino untouched", "NI number AB123456C", {"AB123456C"}, {"AB123456C"});
    slip("cf untouched", "CF RSSMRA85T10A562S", {"RSSMRA85T10A562S"}, {"RSSMRA85T10A562S"});
    slip("clean number", "Steuer-ID 86095742719", {"86095742719"}, {"86095742719"});
}

void TestIdDetector::ocrSlips()
{
    QFETCH(QString, text);
    QFETCH(QStringList, ocr);
    QFETCH(QStringList, plain);
    IdDetector detector;
    DetectionContext context;
    context.ocrText = true;
    QCOMPARE(foundTexts(detector, text, context), ocr);
    QCOMPARE(foundTexts(detector, text), plain);
}

void TestIdDetector::checks()
{
    // Published examples.
    QVERIFY(IdNumbers::isValidSteuerId(u"86095742719"));
    QCOMPARE(IdNumbers::dniLetter(12345678), QLatin1Char('Z'));
    QVERIFY(IdNumbers::isValidDniOrNie(u"X1234567L"));
    QCOMPARE(IdNumbers::codiceFiscaleCheck(u"RSSMRA85T10A562"), QLatin1Char('S'));
    QVERIFY(IdNumbers::isValidBsn(u"111222333"));
    QVERIFY(IdNumbers::isValidPersonnummer(u"8112289874"));
    QVERIFY(IdNumbers::isValidPersonnummer(u"198112289874"));
    QCOMPARE(IdNumbers::henkilotunnusCheck(u"131052308"), QLatin1Char('T'));
    QVERIFY(IdNumbers::isValidHenkilotunnus(u"131052-308T"));
    QVERIFY(IdNumbers::isValidNir(u"184127645108946"));
    QVERIFY(IdNumbers::isValidNino(u"AB123456C"));
    QVERIFY(!IdNumbers::isValidNino(u"QQ123456C")); // HMRC's placeholder: its prefix is never issued
    QVERIFY(IdNumbers::isValidCpr(u"0101901234"));
    // Corsica: 2A counts as 19.
    QCOMPARE(IdNumbers::nirKey(u"184052A123456"), IdNumbers::nirKey(u"1840519123456"));
}

void TestIdDetector::everyPatternCompiles()
{
    // A pattern that does not compile finds nothing, silently but for a warning (see test_detectpatterns):
    // a text that reaches every pattern, context words and decoy words included.
    const QString text = QStringLiteral(
        "NI number AB123456C, Steuer-ID 86095742719, NIR 1 84 12 76 451 089 46, DNI 12345678Z, "
        "CF RSSMRA85T10A562S, BSN 123456782, personnummer 811228-9874, fødselsnummer 15076500565, "
        "CPR 010190-1234, hetu 131052-308T, order 47036892816, Passport No. L01X00T47, DOB 12 March 1984, "
        "born 12-Mar-1984, Birthday: March 12, 1984, geb. 1984-03-12, 123456782 (BSN), 86O95742719");
    IdDetector detector;
    DetectionContext ocr;
    ocr.ocrText = true;
    int found = 0;
    QStringList warnings;
    {
        const WarningCollector collector;
        found = int(detector.find(text, {}).size()) + int(detector.find(text, ocr).size());
        warnings = WarningCollector::warnings();
    }
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QVERIFY(found > 30);
}

QTEST_GUILESS_MAIN(TestIdDetector)
#include "test_iddetector.moc"
