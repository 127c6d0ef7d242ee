// SPDX-License-Identifier: GPL-3.0-or-later
// The leak check reads the exported pixels again with Tesseract: it must fire when a redaction was left
// out and stay silent when the page was redacted properly.
#include "export/exporter.h"
#include "export/leakcheck.h"
#include "redact/burnin.h"

#include <QFont>
#include <QPainter>
#include <QTest>

using namespace Blackout;

namespace {

struct Page {
    QImage image;
    QRect email;   ///< where the address was drawn
    QRect phone;
};

// Two lines of 20 px text, like a screenshot of a mail.
Page drawPage()
{
    Page p;
    p.image = QImage(760, 140, QImage::Format_RGB32);
    p.image.fill(Qt::white);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(20);
    const QFontMetrics fm(font);
    QPainter painter(&p.image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    const QString prefix = QStringLiteral("Please write to ");
    const QString email = QStringLiteral("amy.pascal@example.com");
    painter.drawText(20, 50, prefix + email + QStringLiteral(" today."));
    const QString prefix2 = QStringLiteral("Or call ");
    const QString phone = QStringLiteral("+1 310 555 0147");
    painter.drawText(20, 100, prefix2 + phone + QStringLiteral(" after lunch."));
    painter.end();
    p.email = QRect(20 + fm.horizontalAdvance(prefix), 50 - fm.ascent(), fm.horizontalAdvance(email), fm.height());
    p.phone = QRect(20 + fm.horizontalAdvance(prefix2), 100 - fm.ascent(), fm.horizontalAdvance(phone), fm.height());
    return p;
}

// One line of 22 px text on white.
QImage lineOfText(const QString &text, int width)
{
    QImage image(width, 80, QImage::Format_RGB32);
    image.fill(Qt::white);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(22);
    QPainter p(&image);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(20, 50, text);
    return image;
}

Hit hit(PiiType type, const QString &text, const QRect &box)
{
    Hit h;
    h.type = type;
    h.text = text;
    h.boxes = {box};
    return h;
}

QList<QImage> exported(const QImage &burnt, const QString &preset)
{
    ExportRequest r;
    r.burnt = burnt;
    r.preset = ExportPreset::byId(preset).value();
    return Exporter::render(r);
}

} // namespace

class TestLeakCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const auto engine = OcrEngine::forCurrentThread({});
        if (!engine)
            QSKIP(qPrintable(engine.error().message));
    }

    void firesWhenARedactionWasLeftOut()
    {
        const Page page = drawPage();
        RedactionSet set({hit(PiiType::Email, QStringLiteral("amy.pascal@example.com"), page.email),
                          hit(PiiType::Phone, QStringLiteral("+1 310 555 0147"), page.phone)});
        // The person accepted both, but the burn-in of the address was "forgotten": only the phone is covered.
        RedactionSet onlyPhone = set;
        onlyPhone.setDecision(0, Decision::Rejected);
        const QImage burnt = BurnIn::apply(page.image, onlyPhone);
        const auto leaks = LeakCheck::check(exported(burnt, QStringLiteral("original")), set.redactedTexts());
        QVERIFY2(leaks.ok(), leaks.ok() ? "" : qPrintable(leaks.error().message));
        QCOMPARE(leaks->size(), 1);
        const Leak &leak = leaks->first();
        QCOMPARE(leak.text, QStringLiteral("amy.pascal@example.com"));
        QCOMPARE(leak.image, 0);
        // Where: the OCR word boxes of the address.
        QVERIFY2(leak.where.intersects(page.email), qPrintable(QStringLiteral("%1,%2 %3x%4").arg(leak.where.x()).arg(leak.where.y()).arg(leak.where.width()).arg(leak.where.height())));
        QVERIFY(!leak.where.intersects(page.phone));
    }

    void silentWhenRedactedProperly()
    {
        const Page page = drawPage();
        const RedactionSet set({hit(PiiType::Email, QStringLiteral("amy.pascal@example.com"), page.email),
                                hit(PiiType::Phone, QStringLiteral("+1 310 555 0147"), page.phone)});
        const QImage burnt = BurnIn::apply(page.image, set);
        const auto leaks = LeakCheck::check(exported(burnt, QStringLiteral("original")), set.redactedTexts());
        QVERIFY(leaks.ok());
        QVERIFY(leaks->isEmpty());
    }

    void shortStringsMustBeWholeWords()
    {
        // "Amy" is inside "Amyloid" on the page: not a leak. "lunch" (5) stands alone: a leak.
        const QImage image = lineOfText(QStringLiteral("Amyloid studies after lunch"), 500);
        const auto leaks = LeakCheck::check({image}, {QStringLiteral("Amy"), QStringLiteral("lunch")});
        QVERIFY(leaks.ok());
        QCOMPARE(leaks->size(), 1);
        QCOMPARE(leaks->first().text, QStringLiteral("lunch"));
    }

    void digitsInsideALongerNumberAreNotALeak()
    {
        const QImage image = lineOfText(QStringLiteral("Order 4831055501479 or 310 555 0147"), 560);
        const auto leaks = LeakCheck::check({image}, {QStringLiteral("3105550147")});
        QVERIFY(leaks.ok());
        QCOMPARE(leaks->size(), 1);   // the phone as written, not the digits inside the order number
        QVERIFY(leaks->first().where.left() > 280);
    }

    void foldsAsDetectionDoes()
    {
        // A redacted "Łukasz" that the export shows as "Lukasz" (or OCR reads so) is the same name.
        const QImage image = lineOfText(QStringLiteral("Signed by Lukasz Wojcik"), 500);
        const auto leaks = LeakCheck::check({image}, {QStringLiteral("Łukasz Wójcik")});
        QVERIFY(leaks.ok());
        QCOMPARE(leaks->size(), 1);
    }

    void nothingToLookForNeedsNoOcr()
    {
        const auto leaks = LeakCheck::check({QImage(10, 10, QImage::Format_RGB32)}, {});
        QVERIFY(leaks.ok());
        QVERIFY(leaks->isEmpty());
    }
};

QTEST_MAIN(TestLeakCheck)
#include "test_leakcheck.moc"
