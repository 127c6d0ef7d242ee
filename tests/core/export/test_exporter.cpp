// SPDX-License-Identifier: GPL-3.0-or-later
// The exporter on the bytes and pixels of files it really wrote.
#include "export/exporter.h"
#include "imagefilechunks.h"
#include "redact/burnin.h"

#include <QColorSpace>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Blackout;

Q_DECLARE_METATYPE(Blackout::ImageFormat)

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A white page with a line of text every lineStep pixels; lines[i] gets the ink rows of line i.
QImage textPage(int width, int height, int lineStep, QList<QPair<int, int>> *lines = nullptr)
{
    QImage page(width, height, QImage::Format_RGB32);
    page.fill(Qt::white);
    QFont font;
    font.setPixelSize(lineStep / 2);
    QPainter p(&page);
    p.setFont(font);
    p.setPen(Qt::black);
    for (int y = lineStep; y < height - lineStep / 2; y += lineStep)
        p.drawText(20, y, QStringLiteral("Dear Amy, the quarterly figures (gjpqy) are attached. Line %1").arg(y));
    p.end();
    if (lines) {
        int start = -1;
        for (int y = 0; y <= height; ++y) {
            bool ink = false;
            if (y < height) {
                const auto *row = reinterpret_cast<const QRgb *>(page.constScanLine(y));
                for (int x = 0; x < width && !ink; ++x)
                    ink = row[x] != qRgb(255, 255, 255);
            }
            if (ink && start < 0)
                start = y;
            if (!ink && start >= 0) {
                lines->append({start, y - 1});
                start = -1;
            }
        }
    }
    return page;
}

QImage noise(int width, int height, quint32 seed)
{
    QRandomGenerator rng(seed);
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = 0xff000000 | (rng.generate() & 0xffffff);
    }
    return image;
}

ExportRequest requestFor(const QImage &burnt, const QString &preset, ImageFormat format, const QString &dir)
{
    ExportRequest r;
    r.burnt = burnt;
    r.preset = ExportPreset::byId(preset).value();
    r.format = format;
    r.outputDir = dir;
    r.stem = QStringLiteral("mail");
    return r;
}

// Every preset in PNG and JPEG; WebP (slow to encode) with the presets whose paths differ most.
void addPresetFormatRows()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<ImageFormat>("format");
    for (const ExportPreset &p : ExportPreset::all())
        for (ImageFormat f : {ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::Webp}) {
            if (f == ImageFormat::Webp && p.id != QLatin1String("original") && p.id != QLatin1String("bluesky"))
                continue;
            QTest::addRow("%s %s", qPrintable(p.id), qPrintable(imageFormatId(f))) << p.id << f;
        }
}

} // namespace

class TestExporter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void presetsAreComplete()
    {
        const QStringList ids = {QStringLiteral("original"), QStringLiteral("x"), QStringLiteral("mastodon"),
                                 QStringLiteral("bluesky"), QStringLiteral("instagram")};
        QCOMPARE(ExportPreset::all().size(), ids.size());
        for (const QString &id : ids) {
            const auto p = ExportPreset::byId(id);
            QVERIFY(p);
            QVERIFY(!p->displayName.isEmpty());
            if (id == QLatin1String("original")) {
                QCOMPARE(p->maxBytes, 0);
                QCOMPARE(p->maxWidth, 0);
                continue;
            }
            QVERIFY(p->maxWidth > 0 && p->maxHeight > 0 && p->maxBytes > 0 && p->maxImages > 0 && p->altTextLimit > 0);
        }
        QCOMPARE(ExportPreset::byId(QStringLiteral("instagram"))->aspect, 0.8);
        QVERIFY(!ExportPreset::byId(QStringLiteral("myspace")));
    }

    void originalKeepsExactPixels_data()
    {
        QTest::addColumn<ImageFormat>("format");
        QTest::addRow("png") << ImageFormat::Png;
        QTest::addRow("jpeg") << ImageFormat::Jpeg;
        QTest::addRow("webp") << ImageFormat::Webp;
    }
    void originalKeepsExactPixels()
    {
        QFETCH(ImageFormat, format);
        QTemporaryDir dir;
        // Tall enough that a social preset would tile it: original never does.
        const QImage page = textPage(600, 1600, 40);
        const auto files = Exporter::exportPage(requestFor(page, QStringLiteral("original"), format, dir.path()));
        QVERIFY2(files.ok(), files.ok() ? "" : qPrintable(files.error().message));
        QCOMPARE(files->size(), 1);
        QCOMPARE(QFileInfo(files->first().path).fileName(),
                 QStringLiteral("mail-p1.") + (format == ImageFormat::Jpeg ? QStringLiteral("jpg") : imageFormatId(format)));
        const QImage written(files->first().path);
        QCOMPARE(written.size(), page.size());
        if (format == ImageFormat::Png)
            QCOMPARE(written.convertToFormat(QImage::Format_RGB32), page);
    }

    void cropExportsOnlyTheRegion()
    {
        QTemporaryDir dir;
        const QImage page = textPage(700, 500, 40);
        ExportRequest r = requestFor(page, QStringLiteral("original"), ImageFormat::Png, dir.path());
        r.crop = QRect(10, 30, 300, 100);
        const auto files = Exporter::exportPage(r);
        QVERIFY(files.ok());
        const QImage written(files->first().path);
        QCOMPARE(written.size(), QSize(300, 100));
        QCOMPARE(written.convertToFormat(QImage::Format_RGB32), page.copy(r.crop));
        r.crop = QRect(800, 800, 10, 10);
        r.overwrite = true;
        QCOMPARE(Exporter::exportPage(r).error().code, ErrorCode::InvalidArgument);
    }

    // A large noisy image cannot be compressed: only lower quality and smaller size get it under the limit.
    void filesStayWithinPixelAndByteLimits_data() { addPresetFormatRows(); }
    void filesStayWithinPixelAndByteLimits()
    {
        QFETCH(QString, preset);
        QFETCH(ImageFormat, format);
        if (preset == QLatin1String("original"))
            QSKIP("original has no limits");
        QTemporaryDir dir;
        const ExportPreset p = ExportPreset::byId(preset).value();
        // Big enough to exceed Bluesky's limit in every format and X's in PNG.
        const QImage page = format == ImageFormat::Png ? noise(1800, 1200, 7) : noise(1300, 900, 7);
        const auto files = Exporter::exportPage(requestFor(page, preset, format, dir.path()));
        QVERIFY2(files.ok(), files.ok() ? "" : qPrintable(files.error().message));
        for (const ExportedFile &f : files.value()) {
            const QByteArray bytes = readAll(f.path);
            QCOMPARE(qint64(bytes.size()), f.bytes);
            QVERIFY2(bytes.size() <= p.maxBytes, qPrintable(QStringLiteral("%1 bytes").arg(bytes.size())));
            const QImage img = QImage::fromData(bytes);
            QCOMPARE(img.size(), f.size);
            QVERIFY(img.width() <= p.maxWidth && img.height() <= p.maxHeight);
            if (p.maxPixels > 0)
                QVERIFY(qint64(img.width()) * img.height() <= p.maxPixels);
            if (p.aspect > 0)
                QVERIFY(std::abs(double(img.width()) / img.height() - p.aspect) < 0.01);
            // Shrunk only as much as needed: not a thumbnail.
            QVERIFY(img.width() >= 256);
        }
    }

    void instagramPadsToPortraitWithoutCropping()
    {
        const QImage page = textPage(1200, 400, 40);
        const auto tiles = Exporter::renderTiles(requestFor(page, QStringLiteral("instagram"), ImageFormat::Png, {}));
        QVERIFY(tiles.ok());
        QCOMPARE(tiles->size(), 1);
        const ExportTile &t = tiles->first();
        QCOMPARE(t.image.size(), QSize(1080, 1350));
        // All of the page lands inside the image; the bands above and below are white padding.
        const QRect mapped = t.toImage.mapRect(QRectF(page.rect())).toAlignedRect();
        QVERIFY(QRect(QPoint(0, 0), t.image.size()).contains(mapped));
        QCOMPARE(mapped.width(), 1080);
        QCOMPARE(t.image.pixel(540, 5), qRgb(255, 255, 255));
        QCOMPARE(t.image.pixel(540, 1344), qRgb(255, 255, 255));
    }

    void everyAcceptedBoxIsUniformAfterExport_data() { addPresetFormatRows(); }
    void everyAcceptedBoxIsUniformAfterExport()
    {
        QFETCH(QString, preset);
        QFETCH(ImageFormat, format);
        QTemporaryDir dir;
        // Tall enough to be tiled by the timeline presets, wide enough to be scaled down by Instagram.
        const QImage page = textPage(900, 2000, 40);
        Hit hit;
        hit.type = PiiType::Name;
        hit.text = QStringLiteral("Amy");
        hit.boxes = {QRect(100, 15, 400, 32), QRect(300, 1015, 560, 32), QRect(60, 1935, 800, 32)};
        Hit rejected = hit;
        rejected.boxes = {QRect(100, 615, 400, 32)};
        RedactionSet set({hit, rejected});
        set.setDecision(1, Decision::Rejected);
        const QImage burnt = BurnIn::apply(page, set);
        const QList<QRect> filled = BurnIn::filledBoxes(page, set);
        const ExportRequest request = requestFor(burnt, preset, format, dir.path());
        const auto files = Exporter::exportPage(request);
        QVERIFY(files.ok());
        if (preset != QLatin1String("original") && preset != QLatin1String("instagram"))
            QVERIFY(files->size() > 1);
        const bool lossy = format != ImageFormat::Png;
        int checked = 0;
        for (int i = 0; i < files->size(); ++i) {
            const QImage img = QImage(files->at(i).path).convertToFormat(QImage::Format_RGB32);
            const ExportedFile &t = files->at(i);
            QCOMPARE(img.size(), t.size);
            for (const QRect &box : filled) {
                const QRect part = box & t.source;
                if (part.height() < 8)
                    continue;
                // Interior of the mapped box: the edge pixels blend fill and page when scaled.
                const int margin = lossy ? 3 : 1;
                const QRect inside = t.toImage.mapRect(QRectF(part)).toAlignedRect().adjusted(margin, margin, -margin, -margin);
                for (int y = inside.top(); y <= inside.bottom(); ++y)
                    for (int x = inside.left(); x <= inside.right(); ++x) {
                        const QRgb c = img.pixel(x, y);
                        if (lossy)
                            QVERIFY2(qRed(c) < 40 && qGreen(c) < 40 && qBlue(c) < 40, qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
                        else
                            QCOMPARE(c, qRgb(0, 0, 0));
                    }
                ++checked;
            }
        }
        QCOMPARE(checked, 3);
        // The rejected hit's text is still there (dark pixels inside its box in the page image).
        QCOMPARE(burnt.copy(rejected.boxes.first()), page.copy(rejected.boxes.first()));
    }

    void tilesCutOnlyOnBlankRows_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("lineStep");
        QTest::addRow("x, 3 tiles") << QStringLiteral("x") << 4000 << 36;
        QTest::addRow("bluesky, very long: at most 4") << QStringLiteral("bluesky") << 12000 << 30;
        QTest::addRow("instagram, tight lines") << QStringLiteral("instagram") << 5000 << 24;
        QTest::addRow("mastodon, short page: one tile") << QStringLiteral("mastodon") << 900 << 36;
    }
    void tilesCutOnlyOnBlankRows()
    {
        QFETCH(QString, preset);
        QFETCH(int, height);
        QFETCH(int, lineStep);
        QList<QPair<int, int>> lines;
        const QImage page = textPage(800, height, lineStep, &lines);
        QVERIFY(lines.size() > 10);
        const ExportPreset p = ExportPreset::byId(preset).value();
        const QList<int> cuts = Exporter::tileCuts(page, p);
        QVERIFY(cuts.size() + 1 <= p.maxImages);
        if (height <= 800 * p.tileAspect)
            QVERIFY(cuts.isEmpty());
        else
            QVERIFY(!cuts.isEmpty());
        for (int cut : cuts)
            for (const auto &line : lines)
                QVERIFY2(cut < line.first || cut > line.second,
                         qPrintable(QStringLiteral("cut at %1 inside line %2-%3").arg(cut).arg(line.first).arg(line.second)));
        // The written tiles are numbered in order and together show the whole page.
        QTemporaryDir dir;
        const auto files = Exporter::exportPage(requestFor(page, preset, ImageFormat::Png, dir.path()));
        QVERIFY(files.ok());
        QCOMPARE(files->size(), cuts.size() + 1);
        int expectedTop = 0;
        for (int i = 0; i < files->size(); ++i) {
            if (files->size() > 1)
                QCOMPARE(QFileInfo(files->at(i).path).fileName(), QStringLiteral("mail-p1-%1.png").arg(i + 1));
            QCOMPARE(files->at(i).source.top(), expectedTop);
            expectedTop = files->at(i).source.bottom() + 1;
        }
        QCOMPARE(expectedTop, height);
    }

    void writtenFilesCarryNoMetadata_data() { addPresetFormatRows(); }
    void writtenFilesCarryNoMetadata()
    {
        QFETCH(QString, preset);
        QFETCH(ImageFormat, format);
        QTemporaryDir dir;
        // A source image loaded with every kind of metadata Qt could carry over.
        QImage page = textPage(900, 700, 40);
        page.setText(QStringLiteral("Author"), QStringLiteral("Amy Pascal"));
        page.setText(QStringLiteral("Description"), QStringLiteral("amy.pascal@example.com"));
        page.setColorSpace(QColorSpace(QColorSpace::DisplayP3));
        page.setDotsPerMeterX(11811);
        const auto files = Exporter::exportPage(requestFor(page, preset, format, dir.path()));
        QVERIFY(files.ok());
        for (const ExportedFile &f : files.value()) {
            const QByteArray bytes = readAll(f.path);
            QVERIFY(!bytes.contains("Amy Pascal") && !bytes.contains("pascal@"));
            switch (format) {
            case ImageFormat::Png:
                for (const QString &chunk : Test::pngChunks(bytes))
                    QVERIFY2(QStringList({"IHDR", "PLTE", "IDAT", "IEND"}).contains(chunk), qPrintable(chunk));
                break;
            case ImageFormat::Jpeg:
                for (const QString &seg : Test::jpegSegments(bytes))
                    // SOI is not listed; APP0 JFIF, quantisation and Huffman tables, frame, restart, scan.
                    QVERIFY2(QStringList({"E0", "DB", "C0", "C1", "C2", "C4", "DD", "DA"}).contains(seg), qPrintable(seg));
                break;
            case ImageFormat::Webp:
                QCOMPARE(Test::webpChunks(bytes).size(), 1);
                QVERIFY(QStringList({"VP8 ", "VP8L"}).contains(Test::webpChunks(bytes).first()));
                break;
            }
            QVERIFY(!QImage::fromData(bytes).isNull());
        }
    }

    void existingFileIsNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mail-p1.png"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("precious");
        existing.close();
        ExportRequest r = requestFor(textPage(300, 200, 40), QStringLiteral("original"), ImageFormat::Png, dir.path());
        const auto refused = Exporter::exportPage(r);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("mail-p1.png")));
        QCOMPARE(readAll(path), QByteArray("precious"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("mail-p1.png")});
        r.overwrite = true;
        QVERIFY(Exporter::exportPage(r).ok());
        QVERIFY(readAll(path).startsWith("\x89PNG"));
        QCOMPARE(QImage(path).size(), QSize(300, 200));
    }

    void altTextAndFolderAreWritten()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("new/sub"));
        ExportRequest r = requestFor(textPage(300, 200, 40), QStringLiteral("instagram"), ImageFormat::Jpeg, out);
        r.altText = QString(1500, QLatin1Char('a'));
        r.stem = QStringLiteral("../escape");
        r.pageNumber = 3;
        const auto files = Exporter::exportPage(r);
        QVERIFY(files.ok());
        QCOMPARE(files->first().path, QDir(out).filePath(QStringLiteral(".._escape-p3.jpg")));
        const QByteArray alt = readAll(QDir(out).filePath(QStringLiteral(".._escape-p3.txt")));
        QCOMPARE(alt.size(), ExportPreset::byId(QStringLiteral("instagram"))->altTextLimit);
    }

    void nothingToExportIsAnError()
    {
        ExportRequest r;
        r.outputDir = QDir::tempPath();
        r.preset = ExportPreset::byId(QStringLiteral("x")).value();
        const auto result = Exporter::exportPage(r);
        QVERIFY(!result.ok());
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(Exporter::render(r).isEmpty());
    }
};

QTEST_MAIN(TestExporter)
#include "test_exporter.moc"
