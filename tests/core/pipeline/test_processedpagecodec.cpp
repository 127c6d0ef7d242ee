// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/processedpagecodec.h"

#include <QStandardPaths>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Blackout;

namespace {
TextLayer sampleLayer()
{
    TextLayer layer(TextSource::Text);
    layer.appendWord(QStringLiteral("Amy"), {QRectF(1.5, 2.25, 3, 4), QRectF(4.5, 2.25, 3, 4), QRectF(7.5, 2.25, 3.125, 4)},
                     0.75f);
    layer.appendWordSplitEvenly(QStringLiteral("amy@example.com"), QRectF(12, 2, 90.3, 4.1), 0.3f);
    layer.endLine();
    layer.appendWord(QStringLiteral("Ünïcödé😀"), QList<QRectF>(9, QRectF(0, 10, 1, 1)));
    return layer;
}

Hit sampleHit()
{
    Hit hit;
    hit.type = PiiType::Email;
    hit.text = QStringLiteral("amy@example.com");
    hit.boxes = {QRect(10, 0, 95, 9), QRect(0, 9, 4, 4)};
    hit.confidence = 0.3141592653589793;
    hit.source = TextSource::Text;
    hit.layer = 0;
    hit.start = 4;
    hit.length = 15;
    return hit;
}

void compareLayers(const TextLayer &a, const TextLayer &b)
{
    QCOMPARE(a.source(), b.source());
    QCOMPARE(a.text(), b.text());
    for (int i = 0; i < a.size(); ++i) {
        QCOMPARE(a.charBox(i), b.charBox(i));
        QCOMPARE(a.charBox(i).isNull(), b.charBox(i).isNull());
        QCOMPARE(a.confidence(i), b.confidence(i));
    }
}
} // namespace

class TestProcessedPageCodec : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void settingsRoundTrip()
    {
        Settings settings;
        settings.ocrLanguage = QStringLiteral("deu+eng");
        settings.dpi = 150;
        settings.phoneRegion = QStringLiteral("DE");
        settings.enabledTypes = {PiiType::Email, PiiType::Phone};
        settings.watchList = {QStringLiteral("Amy Pond"), QStringLiteral("Leadworth")};
        settings.customPatterns = {QStringLiteral("AB-\\d{4}")};
        settings.bareDomainsAreUrls = true;
        settings.style = RedactionStyleKind::Label;
        settings.styleColour = QColor(QStringLiteral("#123456"));
        settings.hideWidth = true;
        settings.preset = QStringLiteral("mastodon");
        settings.format = QStringLiteral("webp");
        const Settings back = ProcessedPageCodec::decodeSettings(ProcessedPageCodec::encodeSettings(settings));
        QCOMPARE(back.ocrLanguage, settings.ocrLanguage);
        QCOMPARE(back.dpi, settings.dpi);
        QCOMPARE(back.phoneRegion, settings.phoneRegion);
        QCOMPARE(back.enabledTypes, settings.enabledTypes);
        QCOMPARE(back.watchList, settings.watchList);
        QCOMPARE(back.customPatterns, settings.customPatterns);
        QCOMPARE(back.bareDomainsAreUrls, settings.bareDomainsAreUrls);
        QCOMPARE(back.style, settings.style);
        QCOMPARE(back.styleColour, settings.styleColour);
        QCOMPARE(back.hideWidth, settings.hideWidth);
        QCOMPARE(back.preset, settings.preset);
        QCOMPARE(back.format, settings.format);
        QVERIFY(!back.findsDifferentlyFrom(settings));

        const Settings defaults = ProcessedPageCodec::decodeSettings(ProcessedPageCodec::encodeSettings({}));
        QVERIFY(defaults.enabledTypes.isEmpty());
        QVERIFY(defaults.watchList.isEmpty());
        QCOMPARE(defaults.dpi, Settings().dpi);
    }

    void jobRoundTrip_data()
    {
        QTest::addColumn<bool>("open");
        QTest::addRow("open") << true;
        QTest::addRow("page") << false;
    }

    void jobRoundTrip()
    {
        QFETCH(bool, open);
        PageJob job;
        job.kind = open ? PageJob::Kind::Open : PageJob::Kind::Page;
        job.path = QStringLiteral("/tmp/a folder/Brief an Amy.pdf");
        job.load.dpi = 200;
        job.load.password = QStringLiteral("sécret \"quoted\"\n");
        job.page = 7;
        job.settings.watchList = {QStringLiteral("Rory")};
        job.imageDir = QStringLiteral("/tmp/blackout-pages-abc");
        const QByteArray line = ProcessedPageCodec::encodeJob(job);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1);
        const auto back = ProcessedPageCodec::decodeJob(line);
        QVERIFY(back);
        QCOMPARE(back->kind, job.kind);
        QCOMPARE(back->path, job.path);
        QCOMPARE(back->load.dpi, job.load.dpi);
        QCOMPARE(back->load.password, job.load.password);
        QCOMPARE(back->page, job.page);
        QCOMPARE(back->settings.watchList, job.settings.watchList);
        QCOMPARE(back->imageDir, job.imageDir);
    }

    // The export's leak check: images and the redacted texts go in, what is still readable comes back.
    void leakCheckRoundTrip()
    {
        PageJob job;
        job.kind = PageJob::Kind::LeakCheck;
        job.imagePaths = {QStringLiteral("/tmp/p/export-1.image"), QStringLiteral("/tmp/p/export-2.image")};
        job.redactedTexts = {QStringLiteral("amy@example.org"), QStringLiteral("Jürgen \"JW\" Weiß\n")};
        const auto back = ProcessedPageCodec::decodeJob(ProcessedPageCodec::encodeJob(job));
        QVERIFY(back);
        QCOMPARE(back->kind, PageJob::Kind::LeakCheck);
        QCOMPARE(back->imagePaths, job.imagePaths);
        QCOMPARE(back->redactedTexts, job.redactedTexts);
        job.imagePaths.clear(); // nothing to check is no job
        QVERIFY(!ProcessedPageCodec::decodeJob(ProcessedPageCodec::encodeJob(job)));

        PageJobResult result;
        result.leaks = {Leak{QStringLiteral("Weiß"), 1, QRect(10, 20, 30, 40)}};
        const auto answer = ProcessedPageCodec::decodeResult(ProcessedPageCodec::encodeResult(result));
        QVERIFY(answer && !answer->error);
        QCOMPARE(answer->leaks.size(), 1);
        QCOMPARE(answer->leaks.first().text, QStringLiteral("Weiß"));
        QCOMPARE(answer->leaks.first().image, 1);
        QCOMPARE(answer->leaks.first().where, QRect(10, 20, 30, 40));
    }

    void pageRoundTrip()
    {
        PageJobResult result;
        result.outline.kind = DocumentKind::Pdf;
        result.outline.pageSizes = {QSize(2480, 3508), QSize(3508, 2480), QSize(1, 1)};
        result.outline.metadata.title = QStringLiteral("Re: Übergabe");
        result.outline.metadata.people = {{QStringLiteral("Amy Pond"), QStringLiteral("amy@example.com")},
                                          {QString(), QStringLiteral("rory@example.com")}};
        result.outline.messages = {{QStringLiteral("First"), 0}, {QStringLiteral("Second"), 2}};
        result.page.index = 2;
        result.page.layers = {sampleLayer(), TextLayer(TextSource::Ocr)};
        result.page.hits = {sampleHit()};
        result.imagePath = QStringLiteral("/tmp/blackout-pages-abc/page-2.png");
        const QByteArray line = ProcessedPageCodec::encodeResult(result);
        QCOMPARE(line.count('\n'), 1);
        const auto back = ProcessedPageCodec::decodeResult(line);
        QVERIFY(back);
        QVERIFY(!back->error);
        QCOMPARE(back->outline.kind, DocumentKind::Pdf);
        QCOMPARE(back->outline.pageSizes, result.outline.pageSizes);
        QCOMPARE(back->outline.metadata.title, result.outline.metadata.title);
        QCOMPARE(back->outline.metadata.people, result.outline.metadata.people);
        QCOMPARE(back->outline.messages.size(), 2);
        QCOMPARE(back->outline.messages.at(1).title, QStringLiteral("Second"));
        QCOMPARE(back->outline.messages.at(1).firstPage, 2);
        const OutlineDocument document(back->outline);
        QCOMPARE(document.pageCount(), 3);
        QCOMPARE(document.pageSize(1), QSize(3508, 2480));
        QVERIFY(!document.page(0));
        QCOMPARE(document.messages().size(), 2);
        QCOMPARE(back->page.index, 2);
        QCOMPARE(back->imagePath, result.imagePath);
        QCOMPARE(back->page.layers.size(), 2);
        compareLayers(back->page.layers.at(0), result.page.layers.at(0));
        compareLayers(back->page.layers.at(1), result.page.layers.at(1));
        QCOMPARE(back->page.hits.size(), 1);
        const Hit &hit = back->page.hits.first();
        const Hit expected = sampleHit();
        QCOMPARE(hit.type, expected.type);
        QCOMPARE(hit.text, expected.text);
        QCOMPARE(hit.boxes, expected.boxes);
        QCOMPARE(hit.confidence, expected.confidence);
        QCOMPARE(hit.source, expected.source);
        QCOMPARE(hit.layer, expected.layer);
        QCOMPARE(hit.start, expected.start);
        QCOMPARE(hit.length, expected.length);
        // The words the review shows come out the same.
        QCOMPARE(back->page.layers.at(0).words().size(), result.page.layers.at(0).words().size());
    }

    void errorRoundTrip()
    {
        PageJobResult result;
        result.error = Error{ErrorCode::PasswordRequired, QStringLiteral("needs a password"), Limit::Pixels};
        const auto back = ProcessedPageCodec::decodeResult(ProcessedPageCodec::encodeResult(result));
        QVERIFY(back && back->error);
        QCOMPARE(back->error->code, ErrorCode::PasswordRequired);
        QCOMPARE(back->error->message, result.error->message);
        QCOMPARE(back->error->limit, Limit::Pixels);
    }

    void imageRoundTrip_data()
    {
        QTest::addColumn<QImage>("image");
        QImage rgb(37, 21, QImage::Format_RGB32);
        for (int y = 0; y < rgb.height(); ++y)
            for (int x = 0; x < rgb.width(); ++x)
                rgb.setPixel(x, y, qRgb(x * 7, y * 11, (x * y) % 256));
        rgb.setDotsPerMeterX(11811);
        rgb.setDotsPerMeterY(11811);
        QTest::addRow("rgb32") << rgb;
        QTest::addRow("argb32") << rgb.convertToFormat(QImage::Format_ARGB32);
        QTest::addRow("grayscale8, odd width") << rgb.convertToFormat(QImage::Format_Grayscale8);
        QTest::addRow("indexed8") << rgb.convertToFormat(QImage::Format_Indexed8);
        QTest::addRow("mono") << rgb.convertToFormat(QImage::Format_Mono);
    }

    void imageRoundTrip()
    {
        QFETCH(QImage, image);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("page.image"));
        QVERIFY(ProcessedPageCodec::writeImage(path, image));
        const QImage back = ProcessedPageCodec::readImage(path);
        QCOMPARE(back.format(), image.format());
        QCOMPARE(back, image);
        QCOMPARE(back.dotsPerMeterX(), image.dotsPerMeterX());
    }

    void brokenImagesAreRejected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("page.image"));
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(ProcessedPageCodec::writeImage(path, image));
        QFile file(path);
        QVERIFY(file.resize(file.size() - 1));   // cut short
        QVERIFY(ProcessedPageCodec::readImage(path).isNull());
        QVERIFY(ProcessedPageCodec::readImage(dir.filePath(QStringLiteral("missing"))).isNull());
        QVERIFY(!ProcessedPageCodec::writeImage(path, QImage()));
    }

    void garbageIsRejected_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("not json") << QByteArray("progress 40\n");
        QTest::addRow("array") << QByteArray("[1,2]\n");
    }

    void garbageIsRejected()
    {
        QFETCH(QByteArray, line);
        QVERIFY(!ProcessedPageCodec::decodeResult(line));
        QVERIFY(!ProcessedPageCodec::decodeJob(line));
        QVERIFY(!ProcessedPageCodec::decodeJob(R"({"job":"dance","path":"/x"})"));
        QVERIFY(!ProcessedPageCodec::decodeJob(R"({"job":"page","path":""})"));
    }
};

QTEST_GUILESS_MAIN(TestProcessedPageCodec)
#include "test_processedpagecodec.moc"
