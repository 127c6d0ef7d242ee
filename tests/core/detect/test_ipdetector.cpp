// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/ipdetector.h"
#include "detecttesthelpers.h"

#include <QTest>

using namespace Blackout;

class TestIpDetector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void find_data();
    void find();
};

void TestIpDetector::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::addRow("%s", name) << text << expected;
    };
    row("ipv4", "from 139.57.71.219 (Outlook)", {"139.57.71.219"});
    row("ipv4 edge", "0.0.0.0 and 255.255.255.255", {"0.0.0.0", "255.255.255.255"});
    row("ipv4 sentence end", "router IP is 192.0.2.74.", {"192.0.2.74"});
    row("ipv4 with port", "198.51.100.7:8080", {"198.51.100.7"});
    row("ipv6 full", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", {"2001:0db8:85a3:0000:0000:8a2e:0370:7334"});
    row("ipv6 short", "addr 2001:db8::1 here", {"2001:db8::1"});
    row("ipv6 mapped", "::ffff:192.0.2.128", {"::ffff:192.0.2.128"});
    row("octet too big", "256.1.1.1", {});
    row("version four part", "4.12.0.318", {});
    row("windows build", "10.0.19045.1234", {});
    row("five parts", "1.2.3.4.5", {});
    row("version word", "version 1.2.3.4", {});
    row("time", "10:30:00", {});
    row("date", "18.08.2024", {});
    row("mac-like time", "12:30", {});
}

void TestIpDetector::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    IpDetector detector;
    QCOMPARE(foundTexts(detector, text), expected);
}

QTEST_GUILESS_MAIN(TestIpDetector)
#include "test_ipdetector.moc"
