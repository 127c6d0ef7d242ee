// SPDX-License-Identifier: GPL-3.0-or-later
// The window icon comes from blackout_gui's resources through Qt's SVG icon engine; when either is missing
// the window silently shows a generic icon, so this checks what the user would see: the drawn pixels.
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QTest>

class TestAppIcon : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void resourceIsLinked();
    void rendersRecognisably_data();
    void rendersRecognisably();
};

void TestAppIcon::resourceIsLinked()
{
    QFile svg(QStringLiteral(":/icons/blackout.svg"));
    QVERIFY2(svg.open(QIODevice::ReadOnly), "the icon resource is not linked into blackout_gui");
    QVERIFY(svg.readAll().contains("<svg"));
}

void TestAppIcon::rendersRecognisably_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 24, 32, 48, 256})
        QTest::addRow("%dpx", size) << size;
}

void TestAppIcon::rendersRecognisably()
{
    QFETCH(int, size);
    const QIcon icon(QStringLiteral(":/icons/blackout.svg"));
    QVERIFY2(!icon.isNull(), "no icon engine could read the SVG: is Qt's SVG icon engine plugin installed?");
    const QImage image = icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
    QCOMPARE(image.size(), QSize(size, size));

    // The redaction bar crosses the middle of the icon: solid black there at every size.
    const QColor middle = image.pixelColor(size / 2, size / 2);
    QCOMPARE(middle.alpha(), 255);
    QVERIFY2(middle.lightness() < 20, qPrintable(QStringLiteral("middle pixel is %1").arg(middle.name())));
    // The page is white above and below the bar, so the icon reads as a document, not a black square.
    const QColor page = image.pixelColor(size * 28 / 64, size * 54 / 64);
    QVERIFY2(page.lightness() > 200, qPrintable(QStringLiteral("page pixel is %1").arg(page.name())));
    // Outside the page the icon is transparent, so it sits on any panel colour.
    QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
    QCOMPARE(image.pixelColor(size - 1, size - 1).alpha(), 0);
}

QTEST_MAIN(TestAppIcon)
#include "test_appicon.moc"
