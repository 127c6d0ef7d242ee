// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/samedatum.h"

#include <QTest>

using namespace Blackout;

namespace {
Hit hitAt(PiiType type, const QString &text, int y, TextSource source = TextSource::Ocr)
{
    Hit h;
    h.type = type;
    h.text = text;
    h.source = source;
    h.boxes = {QRect(10, y, 300, 20)};
    return h;
}
} // namespace

class TestSameDatum : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void snap_data()
    {
        QTest::addColumn<QString>("clean");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("reading");
        QTest::addColumn<QString>("expected");

        const int email = int(PiiType::Email);
        const int unread = int(PiiType::Unread);
        QTest::addRow("@ read as a letter") << "grace.gallagher@tailspintoys.com" << unread
                                            << "grace.gallagherGtailspintoys.com" << "grace.gallagher@tailspintoys.com";
        QTest::addRow("@ read as ®") << "l.hoffmann@gmx.de" << email << "l.hoffmann®gmx.de" << "l.hoffmann@gmx.de";
        QTest::addRow("cut at a column's edge") << "danielpatel@yahoo.co.uk" << email << "danielpatel@yahoo.co"
                                                << "danielpatel@yahoo.co.uk";
        QTest::addRow("a space inside") << "marcus.patel@yahoo.co.uk" << email << "marcus .patel@yahoo.co.uk"
                                        << "marcus.patel@yahoo.co.uk";
        QTest::addRow("too short to tell") << "dan@yahoo.com" << email << "dan@yahoo.co" << "dan@yahoo.co";
        QTest::addRow("cut too short") << "danielpatel@yahoo.co.uk" << email << "danielpatel@" << "danielpatel@";
        QTest::addRow("another address") << "peter.pan@example.com" << email << "grace.gallagher@example.com"
                                         << "grace.gallagher@example.com";
        QTest::addRow("unread text of another shape") << "grace.gallagher@tailspintoys.com" << unread
                                                      << "Grace wrote on Monday, 12 May" << "Grace wrote on Monday, 12 May";
    }

    void snap()
    {
        QFETCH(QString, clean);
        QFETCH(int, type);
        QFETCH(QString, reading);
        QFETCH(QString, expected);
        QList<Hit> hits{hitAt(PiiType::Email, clean, 10), hitAt(PiiType(type), reading, 200)};
        SameDatum::snapEmailAddresses(hits);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(1).text, expected);
        if (expected != reading)
            QCOMPARE(hits.at(1).type, PiiType::Email);
        else
            QCOMPARE(hits.at(1).type, PiiType(type));
    }

    void twoAddressesAsNearSnapToNeither()
    {
        QList<Hit> hits{hitAt(PiiType::Email, QStringLiteral("anna.berg@example.com"), 10),
                        hitAt(PiiType::Email, QStringLiteral("anne.berg@example.com"), 40),
                        hitAt(PiiType::Email, QStringLiteral("ann.berg@example.com"), 200)};
        SameDatum::snapEmailAddresses(hits);
        QCOMPARE(hits.at(2).text, QStringLiteral("ann.berg@example.com"));
    }

    void textLayersAreTakenAsWritten()
    {
        // A PDF's text layer does not slip: a near address there is another address.
        QList<Hit> hits{hitAt(PiiType::Email, QStringLiteral("danielpatel@yahoo.co.uk"), 10),
                        hitAt(PiiType::Email, QStringLiteral("danielpatel@yahoo.co"), 200, TextSource::Text)};
        SameDatum::snapEmailAddresses(hits);
        QCOMPARE(hits.at(1).text, QStringLiteral("danielpatel@yahoo.co"));
    }

    void aSecondReadingOfTheSameLineJoinsTheFirst()
    {
        QList<Hit> hits{hitAt(PiiType::Email, QStringLiteral("grace.gallagher@tailspintoys.com"), 10),
                        hitAt(PiiType::Unread, QStringLiteral("grace.gallagherGtailspintoys.com"), 12)};
        hits[1].boxes = {QRect(12, 12, 310, 20)};
        SameDatum::snapEmailAddresses(hits);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().boxes.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSameDatum)
#include "test_samedatum.moc"
