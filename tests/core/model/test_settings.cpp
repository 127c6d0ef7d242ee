// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/settings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Blackout;

class TestSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsEveryField()
    {
        QTemporaryDir dir;
        Settings written;
        written.ocrLanguage = QStringLiteral("deu");
        written.dpi = 200;
        written.phoneRegion = QStringLiteral("DE");
        written.enabledTypes = {PiiType::Email, PiiType::Iban};
        written.watchList = {QStringLiteral("Amy Pascal")};
        written.customPatterns = {QStringLiteral("case-\\d+")};
        written.style = RedactionStyleKind::Label;
        written.styleColour = QColor(Qt::darkBlue);
        written.hideWidth = true;
        written.preset = QStringLiteral("mastodon");
        written.format = QStringLiteral("jpeg");
        written.links = LinkPolicy::All;
        {
            QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
            written.save(store);
        }
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Settings read;
        read.load(store);
        QCOMPARE(read.ocrLanguage, written.ocrLanguage);
        QCOMPARE(read.dpi, 200);
        QCOMPARE(read.effectivePhoneRegion(), QStringLiteral("DE"));
        QCOMPARE(read.enabledTypes, written.enabledTypes);
        QVERIFY(read.isEnabled(PiiType::Iban));
        QVERIFY(!read.isEnabled(PiiType::Phone));
        QCOMPARE(read.watchList, written.watchList);
        QCOMPARE(read.customPatterns, written.customPatterns);
        QCOMPARE(read.style, RedactionStyleKind::Label);
        QCOMPARE(read.styleColour, QColor(Qt::darkBlue));
        QVERIFY(read.hideWidth);
        QCOMPARE(read.preset, QStringLiteral("mastodon"));
        QCOMPARE(read.format, QStringLiteral("jpeg"));
        QCOMPARE(read.links, LinkPolicy::All);
    }

    // A store from before the link policy with bare domains on boxed every link; it still does.
    void bareDomainsOfOldStoresMeanAllLinks()
    {
        QTemporaryDir dir;
        {
            QSettings store(dir.filePath(QStringLiteral("old.ini")), QSettings::IniFormat);
            store.setValue(QStringLiteral("detect/bareDomainsAreUrls"), true);
        }
        QSettings store(dir.filePath(QStringLiteral("old.ini")), QSettings::IniFormat);
        Settings read;
        read.load(store);
        QCOMPARE(read.links, LinkPolicy::All);
        QVERIFY(read.bareDomainsAreUrls);
        Settings fresh;
        QSettings empty(dir.filePath(QStringLiteral("new.ini")), QSettings::IniFormat);
        fresh.load(empty);
        QCOMPARE(fresh.links, LinkPolicy::Personal);
    }

    void linkPolicyIds()
    {
        QCOMPARE(linkPolicyId(LinkPolicy::Personal), QStringLiteral("personal"));
        QCOMPARE(linkPolicyFromId(QStringLiteral("ALL")), std::optional<LinkPolicy>(LinkPolicy::All));
        QVERIFY(!linkPolicyFromId(QStringLiteral("some")).has_value());
    }

    // What the window re-reads an open document for: what is found, not how it is exported.
    void findsDifferently()
    {
        const Settings base;
        Settings other = base;
        other.style = RedactionStyleKind::Label;
        other.preset = QStringLiteral("x");
        QVERIFY(!other.findsDifferentlyFrom(base));
        other.watchList = {QStringLiteral("Amy Pascal")};
        QVERIFY(other.findsDifferentlyFrom(base));
        other = base;
        other.enabledTypes = {PiiType::Email};
        QVERIFY(other.findsDifferentlyFrom(base));
        other = base;
        other.ocrLanguage = QStringLiteral("deu");
        QVERIFY(other.findsDifferentlyFrom(base));
        other = base;
        other.links = LinkPolicy::All;
        QVERIFY(other.findsDifferentlyFrom(base));
    }

    void emptyEnabledSetMeansAll()
    {
        Settings s;
        for (PiiType t : allPiiTypes())
            QVERIFY(s.isEnabled(t));
    }

    void typeIdsRoundTrip()
    {
        for (PiiType t : allPiiTypes())
            QCOMPARE(piiTypeFromId(piiTypeId(t)), std::optional<PiiType>(t));
        QVERIFY(!piiTypeFromId(QStringLiteral("nonsense")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
