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
    void findInOcrText();
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
    row("ipv4 commas for dots, bitmap font", "The home router IP is 192,0,2,74, in case", {"192,0,2,74"});
    row("ipv4 commas for dots, a list", "blocked requests from 192,0,2,66 and 198,51,100,247 between", {"192,0,2,66", "198,51,100,247"});
    row("thousands after an address", "from 192,0,2,66 and 1,250,000,000 more", {"192,0,2,66"});
    row("comma quads in a list without an address", "counts 12,0,2,66 and 18,51,100,247", {});
    row("ipv4 commas after from", "a new sign-in from 198,51,100,175 (Windows)", {"198,51,100,175"});
    row("commas in a list of numbers", "Rooms 12,14,16,18 are free", {});
    row("thousands are no address", "the IP budget is 1,250,000,000 a year", {});
    row("commas without context", "scores 10,20,30,40 in order", {});
    row("commas out of range", "IP is 300,1,2,3", {});
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
    // Every RFC form of IPv6, zone ids and CIDR suffixes inside the hit (issue #18).
    row("ipv6 loopback", "ping ::1 now", {"::1"});
    row("ipv6 loopback bracketed port", "http://[::1]:8080/", {"::1"});
    row("ipv6 unspecified bracketed", "bind [::]:80", {"::"});
    row("ipv6 unspecified after listen", "listening on :: port 443", {"::"});
    row("ipv6 unspecified cidr", "default route ::/0", {"::/0"});
    row("ipv6 link-local zone", "fe80::1%eth0 is up", {"fe80::1%eth0"});
    row("ipv6 link-local long zone", "via fe80::1ff:fe23:4567:890a%eth2.", {"fe80::1ff:fe23:4567:890a%eth2"});
    row("ipv6 zone url-encoded", "http://[fe80::1%25en0]/", {"fe80::1%25en0"});
    row("ipv6 mapped short", "client ::ffff:192.0.2.1 said", {"::ffff:192.0.2.1"});
    row("ipv6 mapped hex", "::ffff:c000:201", {"::ffff:c000:201"});
    row("ipv6 nat64", "64:ff9b::192.0.2.33", {"64:ff9b::192.0.2.33"});
    row("ipv6 embedded ipv4 full", "2001:db8:3333:4444:5555:6666:1.2.3.4", {"2001:db8:3333:4444:5555:6666:1.2.3.4"});
    row("ipv6 trailing compression", "prefix 2001:db8:: only", {"2001:db8::"});
    row("ipv6 leading compression", "::2:3:4:5:6:7:8", {"::2:3:4:5:6:7:8"});
    row("ipv6 one then compression", "1::", {"1::"});
    row("ipv6 seven then compression", "1:2:3:4:5:6:7::", {"1:2:3:4:5:6:7::"});
    row("ipv6 middle compression", "2001:db8:85a3::8a2e:370:7334", {"2001:db8:85a3::8a2e:370:7334"});
    row("ipv6 upper case", "2001:DB8::1", {"2001:DB8::1"});
    row("ipv6 leading zeros", "2001:0db8:0000:0000:0000:ff00:0042:8329", {"2001:0db8:0000:0000:0000:ff00:0042:8329"});
    row("ipv6 uncompressed zeros", "2001:db8:0:0:1:0:0:1", {"2001:db8:0:0:1:0:0:1"});
    row("ipv6 all groups", "2001:db8:3333:4444:5555:6666:7777:8888", {"2001:db8:3333:4444:5555:6666:7777:8888"});
    row("ipv6 multicast", "ff02::1 and ff02::1:ff00:1", {"ff02::1", "ff02::1:ff00:1"});
    row("ipv6 unique local", "fd12:3456:789a:1::1", {"fd12:3456:789a:1::1"});
    row("ipv6 6to4", "2002:c000:0204::1", {"2002:c000:0204::1"});
    row("ipv6 cidr 32", "allocated 2001:db8::/32 to us", {"2001:db8::/32"});
    row("ipv6 cidr 64", "2001:db8:abcd:12::/64,", {"2001:db8:abcd:12::/64"});
    row("ipv6 cidr 128", "2001:db8::1/128", {"2001:db8::1/128"});
    row("ipv6 cidr ula", "fd00::/8", {"fd00::/8"});
    row("ipv6 cidr link-local", "fe80::/10", {"fe80::/10"});
    row("ipv6 mail header", "Received: from mx ([IPv6:2001:db8:5581:a548::2405])", {"2001:db8:5581:a548::2405"});
    row("ipv6 sentence end", "My address is 2001:db8::42.", {"2001:db8::42"});
    row("ipv6 in parentheses", "(2001:db8::7)", {"2001:db8::7"});
    row("ipv4 cidr 24", "subnet 10.0.0.0/24 here", {"10.0.0.0/24"});
    row("ipv4 cidr 16", "192.168.0.0/16", {"192.168.0.0/16"});
    row("ipv4 cidr 12", "172.16.0.0/12,", {"172.16.0.0/12"});
    row("ipv4 cidr 0", "0.0.0.0/0", {"0.0.0.0/0"});
    row("ipv4 cidr 32", "host 203.0.113.7/32.", {"203.0.113.7/32"});
    row("ipv4 cidr too long", "10.0.0.1/33", {"10.0.0.1"});
    row("ipv4 path not cidr", "http://10.0.0.1/24/index.html", {"10.0.0.1"});
    row("ipv6 cidr too long", "2001:db8::/129", {"2001:db8::"});
    // Not addresses.
    row("cpp scope", "std::vector<int> v;", {});
    row("cpp qt scope", "Qt::AlignLeft | Qt::AlignTop", {});
    row("cpp hex-letter scope", "db::add(x); cafe::bead()", {});
    row("cpp global scope", "::operator new", {});
    row("haskell type", "length :: [a] -> Int", {});
    row("rst literal", "Example::", {});
    row("time seconds", "at 12:30:45 CET", {});
    row("time millis", "12:30:45.123", {});
    row("iso timestamp", "2024-03-19T12:30:45Z", {});
    row("mac colons", "00:1A:2B:3C:4D:5E", {});
    row("mac dashes", "00-1A-2B-3C-4D-5E", {});
    row("eui-64 pairs", "00:1a:2b:ff:fe:3c:4d:5e", {});
    row("nine groups", "1:2:3:4:5:6:7:8:9", {});
    row("two compressions", "2001:db8::1::2", {});
    row("not hex", "2001:db8:85a3::8a2e:370k:7334", {});
    row("group too long", "12345::1", {});
    row("sha1 hash", "commit 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b", {});
    row("uuid", "550e8400-e29b-41d4-a716-446655440000", {});
    row("ratio", "ratio 16:9 and 3:2", {});
    row("bible verse", "John 3:16", {});
    row("version with build", "10.0.19045.1234 (build 19045)", {});
    row("version four part 2", "app 4.12.0.318 released", {});
    row("ipv4 version word", "firmware 1.2.3.4/24", {});
}

void TestIpDetector::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    IpDetector detector;
    QCOMPARE(foundTexts(detector, text), expected);
}

void TestIpDetector::findInOcrText()
{
    DetectionContext ocr;
    ocr.ocrText = true;
    IpDetector detector;
    // A space before the first colon of an IPv6 address.
    QCOMPARE(foundTexts(detector, QStringLiteral("sign-in from 2001 :db8:b03e:865::52ba (Excel)"), ocr),
             QStringList{QStringLiteral("2001 :db8:b03e:865::52ba")});
    // Times and ratios with a space before a colon are no addresses.
    QCOMPARE(foundTexts(detector, QStringLiteral("at 10 :30:45 and score 3 :1"), ocr), QStringList{});
    // Outside OCR text a spaced colon stays as it is.
    QCOMPARE(foundTexts(detector, QStringLiteral("from 2001 :db8:b03e:865::52ba"), {}), QStringList{});
    // A space after a dot of small text, where the words before speak of an address.
    QCOMPARE(foundTexts(detector, QStringLiteral("a new sign-in to your account from 208. 177.242.50 (Excel)"), ocr),
             QStringList{QStringLiteral("208. 177.242.50")});
    QCOMPARE(foundTexts(detector, QStringLiteral("sign-in from 208. 177.242.50"), {}), QStringList{});
    // A sentence ending in a number before a dotted one is none.
    QCOMPARE(foundTexts(detector, QStringLiteral("It cost 12. 3.4.5 is the version"), ocr), QStringList{});
}

QTEST_GUILESS_MAIN(TestIpDetector)
#include "test_ipdetector.moc"
