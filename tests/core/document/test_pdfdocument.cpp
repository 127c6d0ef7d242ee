// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/pdfdocument.h"
#include "document/pdftexttrust.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QtConcurrent>

using namespace Blackout;

namespace {

QString corpusPdf(const QString &name)
{
    return QStringLiteral(BLACKOUT_CORPUS "/pdf/") + name;
}

QString samplePdf()
{
    return QStringLiteral(BLACKOUT_SAMPLES "/invoice-dispute.pdf");
}

LoadOptions atDpi(int dpi)
{
    LoadOptions options;
    options.dpi = dpi;
    return options;
}

std::unique_ptr<Document> openOrFail(const QString &path, const LoadOptions &options = {})
{
    auto result = PdfDocument::fromFile(path, options);
    if (!result.ok()) {
        qWarning("%s: %s", qPrintable(path), qPrintable(result.error().message));
        return nullptr;
    }
    return std::move(result).value();
}

// Share of pixels inside box darker than mid-grey.
double inkShare(const QImage &image, const QRect &box)
{
    const QRect r = box.intersected(image.rect());
    int dark = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    return r.isEmpty() ? 0.0 : double(dark) / (r.width() * r.height());
}

std::optional<Word> findWord(const TextLayer &layer, const QString &text)
{
    for (const Word &w : layer.words()) {
        if (w.text == text)
            return w;
    }
    return std::nullopt;
}

qint64 area(const QRect &r)
{
    return qint64(r.width()) * r.height();
}

// A PDF of pageCount pages sharing one content stream, written by hand so no fixture is needed.
QByteArray manyPagesPdf(int pageCount)
{
    QList<QByteArray> objects;
    QByteArray kids;
    for (int i = 0; i < pageCount; ++i)
        kids += QByteArray::number(5 + i) + " 0 R ";
    const QByteArray content = "BT /F1 24 Tf 72 700 Td (Many pages) Tj ET";
    objects << "<< /Type /Catalog /Pages 2 0 R >>"
            << "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pageCount) + " >>"
            << "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
            << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream";
    for (int i = 0; i < pageCount; ++i)
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                   "/Contents 4 0 R >>";
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

struct BboxWord {
    QString text;
    QRectF box;   // points
};

// Words as pdftotext -bbox sees them on one page.
QList<BboxWord> pdftotextWords(const QString &pdftotext, const QString &path, int page)
{
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page + 1),
                              QStringLiteral("-l"), QString::number(page + 1), path, QStringLiteral("-")});
    process.waitForFinished(-1);
    const QString html = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<BboxWord> words;
    for (const QRegularExpressionMatch &m : word.globalMatch(html)) {
        QString text = m.captured(5);
        text.replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&apos;"), QLatin1String("'"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        const QPointF topLeft(m.captured(1).toDouble(), m.captured(2).toDouble());
        const QPointF bottomRight(m.captured(3).toDouble(), m.captured(4).toDouble());
        words.append({text.normalized(QString::NormalizationForm_KC), QRectF(topLeft, bottomRight)});
    }
    return words;
}

} // namespace

class TestPdfDocument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Issue 2: render page 1 of the bundled sample.
    void samplePageRenders()
    {
        auto doc = openOrFail(samplePdf());
        QVERIFY(doc);
        QCOMPARE(doc->kind(), DocumentKind::Pdf);
        QCOMPARE(doc->pageCount(), 1);
        QCOMPARE(doc->metadata().title, QStringLiteral("Invoice dispute (Blackout sample)"));
        QVERIFY(doc->metadata().people.isEmpty());
        // QPdfWriter's A4 is 595 × 842 pt: 2479 × 3508 px at 300 DPI.
        QCOMPARE(doc->pageSize(0), QSize(2479, 3508));
        auto page = doc->page(0);
        QVERIFY(page.ok());
        QCOMPARE(page->image.size(), QSize(2479, 3508));
        QCOMPARE(page->image.format(), QImage::Format_RGB32);
        QCOMPARE(page->image.pixelColor(5, 5), QColor(Qt::white));
        QVERIFY(inkShare(page->image, page->image.rect()) > 0.005);

        QCOMPARE(page->layers.size(), 1);
        const TextLayer &layer = page->layers.first();
        QCOMPARE(layer.source(), TextSource::Text);
        const auto okafor = findWord(layer, QStringLiteral("Okafor"));
        QVERIFY(okafor);
        const QRect box = okafor->box.toAlignedRect();
        QVERIFY2(box.width() > 60 && box.height() > 25, qPrintable(QStringLiteral("%1x%2").arg(box.width()).arg(box.height())));
        QVERIFY2(inkShare(page->image, box) > 0.1, "the word's box has no ink under it");
        // The "fi" ligature in the embedded font comes back as two letters, so the address is whole.
        QVERIFY(layer.text().contains(QLatin1String("daniel.finch@marlowe-finch.example")));
        QVERIFY(layer.text().contains(QLatin1String("4111 1111 1111 1111")));
        // Lines are kept: the letter's first two lines are separate lines of the layer.
        QVERIFY(layer.text().startsWith(QLatin1String("Marlowe & Finch Interiors Ltd.\n48 Larkspur Avenue")));
        // A clean text page needs no OCR.
        QVERIFY(page->ocrRegions.isEmpty());
    }

    void wordBoxesMatchPdftotext_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("page");
        QTest::addRow("certificate of service") << corpusPdf(QStringLiteral("court_certificate_of_service_text_layer_emails_phones.pdf")) << 0;
        QTest::addRow("eval-dev 0001") << QStringLiteral(BLACKOUT_SOURCE_DIR "/../shared/eval-dev/cases/files/pdf/0001.pdf") << 0;
        QTest::addRow("rotated page") << QStringLiteral(BLACKOUT_TEST_DATA "/pdf/rotated90.pdf") << 0;
        QTest::addRow("sample") << samplePdf() << 0;
    }
    void wordBoxesMatchPdftotext()
    {
        QFETCH(QString, path);
        QFETCH(int, page);
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        if (!QFile::exists(path))
            QSKIP("the document is not available");
        auto doc = openOrFail(path);
        QVERIFY(doc);
        auto content = doc->page(page);
        QVERIFY(content.ok());
        QCOMPARE(content->layers.size(), 1);
        const TextLayer &layer = content->layers.first();
        const QList<BboxWord> theirs = pdftotextWords(pdftotext, path, page);
        QVERIFY(theirs.size() >= 8);
        const double scale = 300.0 / 72.0;
        int matched = 0;
        QSet<int> used;
        for (const BboxWord &their : theirs) {
            const QRectF expected(their.box.left() * scale, their.box.top() * scale, their.box.width() * scale,
                                  their.box.height() * scale);
            // By characters, not words: a word Poppler glues to the next across a font change
            // ("A" + "TTORNEYS" in small caps) is one word for us but has the same character boxes.
            bool found = false;
            for (int at = layer.text().indexOf(their.text); at >= 0 && !found;
                 at = layer.text().indexOf(their.text, at + 1)) {
                QRectF got;
                for (int i = at; i < at + their.text.size(); ++i)
                    got = got.united(layer.charBox(i));
                if (used.contains(at) || !got.intersects(expected))
                    continue;
                const double worst = std::max({std::abs(got.left() - expected.left()),
                                               std::abs(got.top() - expected.top()),
                                               std::abs(got.right() - expected.right()),
                                               std::abs(got.bottom() - expected.bottom())});
                QVERIFY2(worst <= 2.0, qPrintable(QStringLiteral("%1 is %2 px off").arg(their.text).arg(worst)));
                used.insert(at);
                found = true;
                ++matched;
            }
            if (!found && qEnvironmentVariableIsSet("BLACKOUT_TEST_VERBOSE"))
                qInfo("unmatched %s", qPrintable(their.text));
        }
        QVERIFY2(matched >= 0.98 * theirs.size(),
                 qPrintable(QStringLiteral("%1 of %2 words matched").arg(matched).arg(theirs.size())));
    }

    void rotatedPage()
    {
        auto doc = openOrFail(QStringLiteral(BLACKOUT_TEST_DATA "/pdf/rotated90.pdf"));
        QVERIFY(doc);
        // /Rotate 90 on a Letter page: the page as shown is landscape.
        QCOMPARE(doc->pageSize(0), QSize(3300, 2550));
        auto page = doc->page(0);
        QVERIFY(page.ok());
        QCOMPARE(page->image.size(), QSize(3300, 2550));
        const auto email = findWord(page->layers.first(), QStringLiteral("alex@rotated.example"));
        QVERIFY(email);
        // The text runs downwards on the shown page, and the ink is under the box.
        QVERIFY(email->box.height() > 4 * email->box.width());
        QVERIFY(inkShare(page->image, email->box.toAlignedRect()) > 0.05);
    }

    void corpusOpensOrFailsClearly_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("opens");
        const QDir dir(QStringLiteral(BLACKOUT_CORPUS "/pdf"));
        const QStringList files = dir.entryList({QStringLiteral("*.pdf")}, QDir::Files);
        if (files.isEmpty())
            QSKIP("the shared corpus is not available");
        for (const QString &f : files)
            QTest::addRow("%s", qPrintable(f)) << dir.filePath(f) << !f.contains(QLatin1String("user_password"));
    }
    void corpusOpensOrFailsClearly()
    {
        QFETCH(QString, path);
        QFETCH(bool, opens);
        auto result = PdfDocument::fromFile(path, atDpi(36));
        if (!opens) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, ErrorCode::PasswordRequired);
            QCOMPARE(result.error().message, QStringLiteral("The PDF is password-protected."));
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const auto &doc = result.value();
        QVERIFY(doc->pageCount() >= 1);
        QVERIFY(!doc->metadata().title.isEmpty());
        auto page = doc->page(0);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
        QCOMPARE(page->image.size(), doc->pageSize(0));
        QCOMPARE(page->image.format(), QImage::Format_RGB32);
        // Every page is either read through its text layer or offered to OCR.
        QVERIFY(!page->layers.isEmpty() || !page->ocrRegions.isEmpty());
    }

    void encrypted_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expectedWord");
        QTest::addRow("rc4") << "encrypted_rc4_user_password_openpassword.pdf" << "openpassword" << "Lorem";
        QTest::addRow("aes256") << "encrypted_aes256_user_password_password.pdf" << "password" << "crazy";
    }
    void encrypted()
    {
        QFETCH(QString, file);
        QFETCH(QString, password);
        QFETCH(QString, expectedWord);
        const QString path = corpusPdf(file);
        if (!QFile::exists(path))
            QSKIP("the shared corpus is not available");
        LoadOptions options = atDpi(72);
        options.password = password;
        auto right = PdfDocument::fromFile(path, options);
        QVERIFY2(right.ok(), qPrintable(right.ok() ? QString() : right.error().message));
        auto page = right.value()->page(0);
        QVERIFY(page.ok());
        QVERIFY2(page->layers.first().text().contains(expectedWord, Qt::CaseInsensitive),
                 qPrintable(page->layers.first().text().left(200)));

        options.password = QStringLiteral("not-the-password");
        auto wrong = PdfDocument::fromFile(path, options);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, ErrorCode::WrongPassword);
        QVERIFY(!wrong.error().message.isEmpty());

        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto none = PdfDocument::fromData(f.readAll(), atDpi(72));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::PasswordRequired);
    }

    void ownerPasswordOnlyOpens()
    {
        const QString path = corpusPdf(QStringLiteral("encrypted_owner_password_only_opens_without_password.pdf"));
        if (!QFile::exists(path))
            QSKIP("the shared corpus is not available");
        auto doc = openOrFail(path, atDpi(72));
        QVERIFY(doc);
        QVERIFY(doc->page(0)->layers.first().text().contains(QLatin1String("asdfzxcv")));
    }

    void damagedInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("not a pdf") << QByteArray("Hello, this is plain text and not a PDF at all.");
        QTest::addRow("header only") << QByteArray("%PDF-1.7\n");
        QFile sample(samplePdf());
        QVERIFY(sample.open(QIODevice::ReadOnly));
        const QByteArray bytes = sample.readAll();
        QTest::addRow("first 300 bytes of a pdf") << bytes.left(300);
    }
    void damagedInput()
    {
        QFETCH(QByteArray, data);
        auto result = PdfDocument::fromData(data, LoadOptions{});
        if (result.ok()) {
            // Poppler repaired it: pages must still render or fail cleanly.
            auto page = result.value()->page(0);
            QVERIFY(page.ok() || !page.error().message.isEmpty());
            return;
        }
        QCOMPARE(result.error().code, ErrorCode::Damaged);
        QVERIFY(result.error().message.endsWith(QLatin1Char('.')));
    }

    void repairedXref()
    {
        const QString path = corpusPdf(QStringLiteral("damaged_xref_keyword_missing.pdf"));
        if (!QFile::exists(path))
            QSKIP("the shared corpus is not available");
        auto doc = openOrFail(path, atDpi(144));
        QVERIFY(doc);
        auto page = doc->page(0);
        QVERIFY(page.ok());
        QCOMPARE(page->image.size(), QSize(400, 100));
        QVERIFY(!page->layers.isEmpty());
    }

    void maxPagesCaps()
    {
        const QString path = corpusPdf(QStringLiteral("court_search_warrant_scanned_jbig2_names_addresses.pdf"));
        if (!QFile::exists(path))
            QSKIP("the shared corpus is not available");
        LoadOptions options = atDpi(36);
        options.maxPages = 3;
        auto result = PdfDocument::fromFile(path, options);
        QVERIFY(result.ok());
        auto *pdf = static_cast<PdfDocument *>(result.value().get());
        QCOMPARE(pdf->pageCount(), 3);
        QCOMPARE(pdf->totalPageCount(), 10);
        QVERIFY(pdf->page(2).ok());
        QCOMPARE(pdf->page(3).error().code, ErrorCode::InvalidArgument);
        QVERIFY(pdf->pageSize(3).isEmpty());
    }

    void manyPagesOnDemand()
    {
        const QByteArray pdf = manyPagesPdf(500);
        auto result = PdfDocument::fromData(pdf, atDpi(72));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const auto &doc = result.value();
        QCOMPARE(doc->pageCount(), 500);
        QCOMPARE(doc->pageSize(499), QSize(612, 792));
        auto last = doc->page(499);
        QVERIFY(last.ok());
        QCOMPARE(last->index, 499);
        QVERIFY(last->layers.first().text().contains(QLatin1String("Many pages")));

        LoadOptions capped = atDpi(72);
        capped.maxPages = 100;
        auto few = PdfDocument::fromData(pdf, capped);
        QVERIFY(few.ok());
        QCOMPARE(few.value()->pageCount(), 100);
        QCOMPARE(static_cast<PdfDocument *>(few.value().get())->totalPageCount(), 500);
        QCOMPARE(few.value()->page(100).error().code, ErrorCode::InvalidArgument);
    }

    void renderLimit()
    {
        LoadOptions options = atDpi(300);
        options.maxImagePixels = 1'000'000;
        auto doc = openOrFail(samplePdf(), options);
        QVERIFY(doc);
        auto page = doc->page(0);
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, ErrorCode::TooLarge);
    }

    void renderStopsWhenCancelled()
    {
        // A page of 50,000 drawing operators: Poppler asks between them whether to go on, so a file's deadline
        // (or the user's Cancel) stops the render with a clear error instead of waiting for it.
        QByteArray content;
        for (int i = 0; i < 50000; ++i)
            content += QByteArray::number(i % 600) + " " + QByteArray::number((i / 600) % 790) + " 1 1 re f\n";
        QByteArray pdf = manyPagesPdf(1);
        const QByteArray original = "BT /F1 24 Tf 72 700 Td (Many pages) Tj ET";
        pdf.replace("/Length " + QByteArray::number(original.size()), "/Length " + QByteArray::number(content.size()));
        pdf.replace(original, content);
        // The xref offsets of manyPagesPdf are stale now; Poppler reconstructs them, as it does for real files.
        auto doc = PdfDocument::fromData(pdf, atDpi(150));
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().message));
        QVERIFY(doc.value()->page(0).ok());

        Cancellation cancelled;
        cancelled.cancel();
        const auto stopped = doc.value()->page(0, cancelled);
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
        QVERIFY(stopped.error().message.contains(QLatin1String("page 1")));
        const auto late = doc.value()->page(0, Cancellation().withDeadline(std::chrono::milliseconds(1)));
        QCOMPARE(late.error().code, ErrorCode::Cancelled);
    }

    void pagesFromSeveralThreads()
    {
        const QString path = corpusPdf(QStringLiteral("court_certificate_of_service_text_layer_emails_phones.pdf"));
        if (!QFile::exists(path))
            QSKIP("the shared corpus is not available");
        auto doc = openOrFail(path, atDpi(72));
        QVERIFY(doc);
        const Document *shared = doc.get();
        const QList<int> pages{0, 1, 0, 1, 1, 0};
        const QList<QString> texts = QtConcurrent::blockingMapped(pages, [shared](int i) {
            auto page = shared->page(i);
            return page.ok() ? page->layers.first().text() : QString();
        });
        QCOMPARE(texts.at(0), texts.at(2));
        QCOMPARE(texts.at(1), texts.at(3));
        QVERIFY(!texts.at(0).isEmpty());
        QVERIFY(texts.at(0) != texts.at(1));
    }

    // What the trust check decides for the corpus's traps (see PdfTextTrust).
    void untrustworthyText_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("hiddenWord");   // a word that must end up inside an OCR region
        QTest::addColumn<bool>("wholePage");
        QTest::addRow("text under black boxes")
            << "court_filing_bad_redaction_text_under_black_boxes.pdf" << "relevant" << false;
        QTest::addRow("text under cross-hatched boxes")
            << "court_filing_bad_redaction_cross_hatched_boxes.pdf" << "Giuliani" << false;
        QTest::addRow("hidden layer over visible text")
            << "court_filing_hidden_text_layer_over_visible_text.pdf" << "TROOPPER," << false;
        QTest::addRow("ocr layer over a scan") << "scanned_book_pages_with_ocr_text_layer.pdf" << "" << true;
        QTest::addRow("scan with only a stamp as text")
            << "court_affidavit_of_surety_scanned_partial_ssn.pdf" << "" << true;
    }
    void untrustworthyText()
    {
        QFETCH(QString, file);
        QFETCH(QString, hiddenWord);
        QFETCH(bool, wholePage);
        const QString path = corpusPdf(file);
        if (!QFile::exists(path))
            QSKIP("the shared corpus is not available");
        auto doc = openOrFail(path, atDpi(150));
        QVERIFY(doc);
        auto page = doc->page(0);
        QVERIFY(page.ok());
        // Both results are kept: the text layer is still there.
        QCOMPARE(page->layers.size(), 1);
        QVERIFY(!page->layers.first().isEmpty());
        QVERIFY(!page->ocrRegions.isEmpty());
        if (wholePage)
            QCOMPARE(page->ocrRegions, QList<QRect>{page->image.rect()});
        if (hiddenWord.isEmpty())
            return;
        bool covered = false;
        for (const Word &w : page->layers.first().words()) {
            if (w.text != hiddenWord)
                continue;
            for (const QRect &r : page->ocrRegions)
                covered = covered || r.contains(w.box.toAlignedRect().adjusted(1, 1, -1, -1));
        }
        QVERIFY2(covered, qPrintable(hiddenWord + QStringLiteral(" is in no OCR region")));
        if (!wholePage) {
            qint64 total = 0;
            for (const QRect &r : page->ocrRegions)
                total += area(r);
            QVERIFY2(total < area(page->image.rect()) / 5, "only the untrustworthy parts need OCR");
        }
    }

    void trustedText_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addRow("certificate of service") << corpusPdf(QStringLiteral("court_certificate_of_service_text_layer_emails_phones.pdf"));
        QTest::addRow("black box over whitespace") << corpusPdf(QStringLiteral("court_filing_black_box_over_whitespace_only.pdf"));
        QTest::addRow("text on dark rectangles") << corpusPdf(QStringLiteral("court_filing_text_drawn_on_dark_rectangles_not_redaction.pdf"));
        QTest::addRow("irs w-9") << corpusPdf(QStringLiteral("irs_form_w9_2018_blank_xfa.pdf"));
    }
    void trustedText()
    {
        QFETCH(QString, path);
        if (!QFile::exists(path))
            QSKIP("the shared corpus is not available");
        auto doc = openOrFail(path, atDpi(150));
        QVERIFY(doc);
        auto page = doc->page(0);
        QVERIFY(page.ok());
        qint64 total = 0;
        for (const QRect &r : page->ocrRegions)
            total += area(r);
        // Clean text pages cost (almost) no OCR.
        QVERIFY2(total < area(page->image.rect()) / 50,
                 qPrintable(QStringLiteral("%1 regions, %2 px").arg(page->ocrRegions.size()).arg(total)));
    }

    void trustOnSyntheticPage()
    {
        // Three words: one drawn, one under a black box, one over nothing.
        QImage image(600, 200, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        // Glyph-like strokes without a font (a core test has no font database): anti-aliased rings.
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(Qt::black, 5));
        for (int i = 0; i < 5; ++i)
            p.drawEllipse(QRectF(15 + i * 29, 22, 24, 36));
        p.fillRect(QRect(250, 10, 150, 60), Qt::black);
        p.end();
        TextLayer layer(TextSource::Text);
        layer.appendWordSplitEvenly(QStringLiteral("Visible"), QRectF(10, 15, 150, 50));
        layer.appendWordSplitEvenly(QStringLiteral("Covered"), QRectF(255, 15, 140, 50));
        layer.appendWordSplitEvenly(QStringLiteral("Nothing"), QRectF(420, 15, 140, 50));
        const PdfTextTrust::Verdict verdict = PdfTextTrust::assess(image, layer);
        QCOMPARE(verdict.words, 3);
        QCOMPARE(verdict.hidden, 2);
        QVERIFY(!verdict.wholePage);
        QCOMPARE(verdict.regions.size(), 2);
        for (const QRect &r : verdict.regions)
            QVERIFY(r.left() > 200);
    }
};

QTEST_GUILESS_MAIN(TestPdfDocument)
#include "test_pdfdocument.moc"
