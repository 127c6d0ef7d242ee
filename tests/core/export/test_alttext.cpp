// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/alttext.h"

#include <QTest>

using namespace Blackout;

namespace {

// "Write to amy@example.com today" / "Call Amy Pascal now", words 10 px per character, lines 30 px apart.
TextLayer layer()
{
    TextLayer l(TextSource::Layout);
    int x = 0;
    const auto word = [&](const QString &w, int y) {
        l.appendWordSplitEvenly(w, QRectF(x, y, 10 * w.size(), 20));
        x += 10 * (w.size() + 1);
    };
    for (const QString &w : {QStringLiteral("Write"), QStringLiteral("to"), QStringLiteral("amy@example.com"), QStringLiteral("today")})
        word(w, 0);
    l.endLine();
    x = 0;
    for (const QString &w : {QStringLiteral("Call"), QStringLiteral("Amy"), QStringLiteral("Pascal"), QStringLiteral("now")})
        word(w, 30);
    return l;
}

Hit spanHit(const TextLayer &l, const QString &text, PiiType type)
{
    Hit h;
    h.type = type;
    h.text = text;
    h.layer = 0;
    h.start = int(l.text().indexOf(text));
    h.length = int(text.size());
    for (const QRectF &b : l.spanBoxes(h.start, h.length))
        h.boxes.append(b.toAlignedRect());
    return h;
}

} // namespace

class TestAltText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void redactionsBecomePlaceholders()
    {
        const TextLayer l = layer();
        RedactionSet set({spanHit(l, QStringLiteral("amy@example.com"), PiiType::Email),
                          spanHit(l, QStringLiteral("Amy Pascal"), PiiType::Name)});
        QCOMPARE(AltText::forPage({l}, set, {}, 0),
                 QStringLiteral("Write to [redacted] today\nCall [redacted] now"));
        set.setDecision(1, Decision::Rejected);
        QCOMPARE(AltText::forPage({l}, set, {}, 0),
                 QStringLiteral("Write to [redacted] today\nCall Amy Pascal now"));
    }

    void manualRegionsHideTheirCharacters()
    {
        const TextLayer l = layer();
        RedactionSet set;
        set.addRegion(QRect(0, 25, 45, 30));   // "Call"
        QCOMPARE(AltText::forPage({l}, set, {}, 0),
                 QStringLiteral("Write to amy@example.com today\n[redacted] Amy Pascal now"));
    }

    void cropKeepsOnlyTheExportedPart()
    {
        const TextLayer l = layer();
        RedactionSet set({spanHit(l, QStringLiteral("Amy Pascal"), PiiType::Name)});
        QCOMPARE(AltText::forPage({l}, set, QRect(0, 25, 1000, 40), 0), QStringLiteral("Call [redacted] now"));
    }

    void trimmedToTheLimitAtAWord_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("expected");
        QTest::addRow("inside a word") << 12 << QStringLiteral("Write to…");
        QTest::addRow("inside the placeholder") << 16 << QStringLiteral("Write to…");
        QTest::addRow("generous") << 1000 << QStringLiteral("Write to [redacted] today\nCall Amy Pascal now");
    }
    void trimmedToTheLimitAtAWord()
    {
        QFETCH(int, limit);
        QFETCH(QString, expected);
        const TextLayer l = layer();
        RedactionSet set({spanHit(l, QStringLiteral("amy@example.com"), PiiType::Email)});
        const QString alt = AltText::forPage({l}, set, {}, limit);
        QCOMPARE(alt, expected);
        QVERIFY(alt.size() <= limit);
        QVERIFY(!alt.contains(QStringLiteral("amy@")));
    }
};

QTEST_GUILESS_MAIN(TestAltText)
#include "test_alttext.moc"
