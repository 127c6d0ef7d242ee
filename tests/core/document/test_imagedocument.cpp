// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/imagedocument.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QTest>

using namespace Blackout;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(BLACKOUT_TEST_DATA "/image/") + name;
}

QColor centreColour(const QImage &image, int x, int y)
{
    return image.pixelColor(x, y);
}

bool near(const QColor &a, const QColor &b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestImageDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void opensFormats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QColor>("colour");
        QTest::addRow("png") << "green.png" << QSize(19, 11) << QColor(0, 128, 0);
        QTest::addRow("webp") << "green.webp" << QSize(17, 9) << QColor(0, 128, 0);
        QTest::addRow("bmp") << "green.bmp" << QSize(18, 10) << QColor(0, 128, 0);
        QTest::addRow("gif first frame") << "animated.gif" << QSize(12, 10) << QColor(Qt::red);
        QTest::addRow("transparent onto white") << "transparent.png" << QSize(16, 8) << QColor(Qt::white);
    }
    void opensFormats()
    {
        QFETCH(QString, file);
        QFETCH(QSize, size);
        QFETCH(QColor, colour);
        auto result = ImageDocument::fromFile(fixture(file), LoadOptions{});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const auto &doc = result.value();
        QCOMPARE(doc->kind(), DocumentKind::Image);
        QCOMPARE(doc->pageCount(), 1);
        QCOMPARE(doc->pageSize(0), size);
        QCOMPARE(doc->metadata().title, file);
        auto page = doc->page(0);
        QVERIFY(page.ok());
        QCOMPARE(page->image.size(), size);
        QCOMPARE(page->image.format(), QImage::Format_RGB32);
        QVERIFY(page->layers.isEmpty());
        QCOMPARE(page->ocrRegions, QList<QRect>{QRect(QPoint(0, 0), size)});
        QVERIFY2(near(centreColour(page->image, size.width() / 2, size.height() / 2), colour),
                 qPrintable(centreColour(page->image, size.width() / 2, size.height() / 2).name()));
    }

    void exifOrientationApplied()
    {
        // Stored 40x20, red left, blue right, Orientation=6: a viewer shows 20x40, red on top.
        auto result = ImageDocument::fromFile(fixture(QStringLiteral("exif_righttop.jpg")), LoadOptions{});
        QVERIFY(result.ok());
        const QImage image = result.value()->page(0)->image;
        QCOMPARE(image.size(), QSize(20, 40));
        QCOMPARE(result.value()->pageSize(0), QSize(20, 40));
        QVERIFY(near(image.pixelColor(10, 5), QColor(Qt::red)));
        QVERIFY(near(image.pixelColor(10, 35), QColor(Qt::blue)));
    }

    void tiffEveryPage()
    {
        auto result = ImageDocument::fromFile(fixture(QStringLiteral("multipage.tif")), LoadOptions{});
        QVERIFY(result.ok());
        const auto &doc = result.value();
        QCOMPARE(doc->pageCount(), 3);
        const QList<QSize> sizes{QSize(30, 20), QSize(31, 21), QSize(32, 22)};
        const QList<QColor> colours{QColor(Qt::red), QColor(Qt::green), QColor(Qt::blue)};
        // Sizes come from the headers; pages after the first are decoded only when asked for.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(doc->pageSize(i), sizes.at(i));
        for (int i = 2; i >= 0; --i) {
            auto page = doc->page(i);
            QVERIFY(page.ok());
            QCOMPARE(page->index, i);
            QCOMPARE(page->image.size(), sizes.at(i));
            QVERIFY(near(page->image.pixelColor(5, 5), colours.at(i)));
        }
        QCOMPARE(doc->page(3).error().code, ErrorCode::InvalidArgument);

        LoadOptions capped;
        capped.maxPages = 2;
        auto two = ImageDocument::fromFile(fixture(QStringLiteral("multipage.tif")), capped);
        QVERIFY(two.ok());
        QCOMPARE(two.value()->pageCount(), 2);
    }

    void bombRefusedBeforeDecoding()
    {
        auto result = ImageDocument::fromFile(fixture(QStringLiteral("bomb_60000x60000.png")), LoadOptions{});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::TooLarge);
        QVERIFY2(result.error().message.contains(QString::fromUtf8("60000 × 60000")), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QLatin1String("200 million pixels")), qPrintable(result.error().message));
        QCOMPARE(result.error().limit, Limit::Pixels);
    }

    void limitFromOptions()
    {
        LoadOptions small;
        small.maxImagePixels = 100;
        auto result = ImageDocument::fromFile(fixture(QStringLiteral("green.png")), small);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::TooLarge);
        QVERIFY(result.error().message.contains(QString::fromUtf8("19 × 11")));
    }

    void brokenInputRefused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("name");
        QFile truncated(fixture(QStringLiteral("truncated.png")));
        QVERIFY(truncated.open(QIODevice::ReadOnly));
        QTest::addRow("truncated png") << truncated.readAll() << "truncated.png";
        QTest::addRow("text named png") << QByteArray("this is not an image at all") << "fake.png";
        QTest::addRow("empty") << QByteArray() << "empty.jpg";
        QTest::addRow("png signature only") << QByteArray("\x89PNG\r\n\x1a\n", 8) << "x.png";
    }
    void brokenInputRefused()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, name);
        auto result = ImageDocument::fromData(data, name, LoadOptions{});
        QVERIFY(!result.ok());
        QVERIFY(result.error().code == ErrorCode::Damaged || result.error().code == ErrorCode::UnsupportedFormat);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(result.error().message.endsWith(QLatin1Char('.')));
    }

    void missingFile()
    {
        auto result = ImageDocument::fromFile(fixture(QStringLiteral("nope.png")), LoadOptions{});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::NotFound);
    }

    void fromDataAndImage()
    {
        QFile file(fixture(QStringLiteral("green.webp")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto result = ImageDocument::fromData(file.readAll(), QStringLiteral("clip.webp"), LoadOptions{});
        QVERIFY(result.ok());
        QCOMPARE(result.value()->pageSize(0), QSize(17, 9));

        QImage argb(5, 4, QImage::Format_ARGB32);
        argb.fill(QColor(0, 0, 0, 0));
        argb.setPixelColor(1, 1, QColor(255, 0, 0, 255));
        auto doc = ImageDocument::fromImage(argb, QStringLiteral("Clipboard"));
        QCOMPARE(doc->pageCount(), 1);
        QCOMPARE(doc->metadata().title, QStringLiteral("Clipboard"));
        const QImage page = doc->page(0)->image;
        QCOMPARE(page.format(), QImage::Format_RGB32);
        QCOMPARE(page.pixelColor(0, 0), QColor(Qt::white));
        QCOMPARE(page.pixelColor(1, 1), QColor(Qt::red));
    }

    void corpusImagesOpen_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(BLACKOUT_CORPUS "/image"));
        const QStringList files = dir.entryList(QDir::Files);
        if (files.isEmpty())
            QSKIP("the shared corpus is not available");
        for (const QString &f : files)
            QTest::addRow("%s", qPrintable(f)) << dir.filePath(f);
    }
    void corpusImagesOpen()
    {
        QFETCH(QString, path);
        auto result = ImageDocument::fromFile(path, LoadOptions{});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const auto &doc = result.value();
        QVERIFY(doc->pageCount() >= 1);
        auto page = doc->page(0);
        QVERIFY(page.ok());
        QCOMPARE(page->image.format(), QImage::Format_RGB32);
        QCOMPARE(page->image.size(), doc->pageSize(0));
        // Never resampled: the page is the file's own pixel size (no corpus image has an EXIF rotation).
        QImageReader reader(path);
        QCOMPARE(page->image.size(), reader.size());
    }

    void sampleScreenshot()
    {
        const QString path = QStringLiteral(BLACKOUT_SAMPLES "/webmail-screenshot.png");
        auto result = ImageDocument::fromFile(path, LoadOptions{});
        QVERIFY(result.ok());
        QCOMPARE(result.value()->pageSize(0), QSize(1280, 800));
        QFile text(QStringLiteral(BLACKOUT_SAMPLES "/webmail-screenshot.txt"));
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(text.readAll().contains("tomasz.wielgosz@northmail.example"));
    }
};

QTEST_GUILESS_MAIN(TestImageDocument)
#include "test_imagedocument.moc"
