// SPDX-License-Identifier: GPL-3.0-or-later
// EmailDocument: MIME parsing with GMime, Blackout's own layout and its text layer.
#include "document/emaildocument.h"
#include "document/mboxdocument.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace Blackout;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(path));
    return f.readAll();
}

QString fixture(const char *name) { return QStringLiteral(BLACKOUT_TEST_DATA "/email/") + QLatin1String(name); }

std::unique_ptr<Document> open(const QString &path)
{
    auto doc = EmailDocument::fromData(readFile(path), {});
    if (!doc)
        qWarning("%s: %s", qPrintable(path), qPrintable(doc.error().message));
    return doc ? std::move(doc).value() : nullptr;
}

/// All pages' layer text, one page after another.
QString allText(const Document &doc)
{
    QString text;
    for (int i = 0; i < doc.pageCount(); ++i) {
        auto page = doc.page(i);
        if (!page)
            return {};
        for (const TextLayer &layer : page->layers)
            text += layer.text() + QLatin1Char('\n');
    }
    return text;
}

/// Joins wrapped lines so that a phrase can be found whatever the layout did with it.
QString flat(const QString &text) { return QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified(); }

bool hasInk(const QImage &image, const QRect &rect)
{
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            if (qGray(image.pixel(x, y)) < 160)
                return true;
    return false;
}

QString people(const DocumentMetadata &meta)
{
    QStringList out;
    for (const Person &p : meta.people)
        out << p.name + QLatin1Char('|') + p.address;
    return out.join(QLatin1Char(';'));
}

} // namespace

class TestEmailDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(BLACKOUT_CORPUS "/email"));
        const QStringList files = dir.entryList({QStringLiteral("*.eml"), QStringLiteral("*.msg")}, QDir::Files);
        if (files.isEmpty())
            QSKIP("the shared corpus is not available");
        for (const QString &f : files)
            QTest::addRow("%s", qPrintable(f)) << dir.filePath(f);
    }
    void corpus()
    {
        QFETCH(QString, path);
        auto doc = EmailDocument::fromData(readFile(path), {});
        if (path.endsWith(QLatin1String(".msg"))) {
            QVERIFY(!doc);
            QCOMPARE(doc.error().code, ErrorCode::UnsupportedFormat);
            QVERIFY2(doc.error().message.contains(QLatin1String("Outlook")), qPrintable(doc.error().message));
            return;
        }
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
        QVERIFY(doc.value()->pageCount() >= 1);
        auto page = doc.value()->page(0);
        QVERIFY(page);
        QCOMPARE(page->image.size(), QSize(1600, 2200));
        // To look at the pages: BLACKOUT_DUMP_DIR=/tmp/pages ./test_emaildocument corpus
        const QString dump = qEnvironmentVariable("BLACKOUT_DUMP_DIR");
        for (int i = 0; !dump.isEmpty() && i < qMin(3, doc.value()->pageCount()); ++i)
            doc.value()->page(i)->image.save(
                QStringLiteral("%1/%2-%3.png").arg(dump, QFileInfo(path).completeBaseName()).arg(i));
        QCOMPARE(page->layers.size(), 1);
        QCOMPARE(page->layers.first().source(), TextSource::Layout);
        // The header block is always there, so every page 0 names at least "From:" or "To:".
        QVERIFY2(page->layers.first().text().contains(QLatin1String("From:")) ||
                     page->layers.first().text().contains(QLatin1String("To:")),
                 qPrintable(page->layers.first().text().left(200)));
    }

    void notEmail_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("needle");
        QTest::addRow("ole2") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12) << QStringLiteral("Outlook");
        QTest::addRow("binary") << QByteArray("\x01\x02\x03\xff\xfe\x00\x10garbage\x00\x7f", 16) << QStringLiteral("no headers");
        QTest::addRow("prose") << QByteArray("Just some words.\nNo headers at all.\n") << QStringLiteral("no headers");
        QTest::addRow("empty") << QByteArray() << QStringLiteral("empty");
    }
    void notEmail()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, needle);
        auto doc = EmailDocument::fromData(data, {});
        QVERIFY(!doc);
        QVERIFY2(doc.error().message.contains(needle), qPrintable(doc.error().message));
    }

    void headersDecoded()
    {
        auto doc = open(fixture("headers_latin1_qp.eml"));
        QVERIFY(doc);
        QCOMPARE(doc->metadata().title, QStringLiteral("Grüße aus Köln – Unterlagen"));
        const QString who = people(doc->metadata());
        QVERIFY2(who.contains(QStringLiteral("Jürgen Müller|juergen.mueller@example.org")), qPrintable(who)); // UTF-8 Q
        QVERIFY2(who.contains(QStringLiteral("Zoë Çelik|zoe.celik@example.com")), qPrintable(who));           // UTF-8 B
        QVERIFY2(who.contains(QStringLiteral("Renée François|renee@example.net")), qPrintable(who));          // Latin-1 Q
        QVERIFY2(who.contains(QStringLiteral("|plain@example.com")), qPrintable(who));
        QVERIFY2(who.contains(QStringLiteral("Help Desk|help@example.org")), qPrintable(who));
        const QString text = flat(allText(*doc));
        QVERIFY2(text.contains(QStringLiteral("From: Jürgen Müller <juergen.mueller@example.org>")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Cc: Renée François <renee@example.net>")));
        QVERIFY(text.contains(QStringLiteral("Date: Tue, 03 Mar 2020 14:05:09 +0100")));
        QVERIFY(text.contains(QStringLiteral("Subject: Grüße aus Köln – Unterlagen")));
    }

    void latin1QuotedPrintableBody()
    {
        auto doc = open(fixture("headers_latin1_qp.eml"));
        QVERIFY(doc);
        const QString text = flat(allText(*doc));
        QVERIFY2(text.contains(QStringLiteral("Hallo Jürgen,")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("für Köln. Meine Nummer: +49 221 5550199.")));
        // The soft line breaks inside the long word are joined again.
        QVERIFY(text.contains(QStringLiteral("Donaudampfschifffahrtsgesellschaftskapitän.")));
        QVERIFY(text.contains(QStringLiteral("Grüße Renée")));
        QVERIFY(!text.contains(QLatin1Char('=')));
    }

    void alternativePrefersHtmlAndListsAttachments()
    {
        auto doc = open(fixture("alternative_attachments.eml"));
        QVERIFY(doc);
        const QString text = flat(allText(*doc));
        QVERIFY2(text.contains(QStringLiteral("Htmlversion shown here.")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Plainversion")));
        QVERIFY(text.contains(QStringLiteral("Attachments:")));
        QVERIFY2(text.contains(QStringLiteral("report.pdf (1000 bytes)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Lebenslauf Müller.docx")));
    }

    void htmlOnlyLayer()
    {
        auto doc = open(fixture("html_only.eml"));
        QVERIFY(doc);
        auto page = doc->page(0);
        QVERIFY(page);
        const TextLayer &layer = page->layers.first();
        const QString text = flat(layer.text());
        QVERIFY2(text.contains(QStringLiteral("Hello reader, please call Margaret Hamilton at 555 0100 today.")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Visit our office at 12 Example Street.")));
        QVERIFY(text.contains(QStringLiteral("Cell one")));
        QVERIFY(!text.contains(QStringLiteral("Scripttext")));
        QVERIFY(!text.contains(QStringLiteral("Hidden title")));
        QVERIFY(page->ocrRegions.isEmpty()); // the remote image is neither fetched nor drawn

        // Every character box of a word lies on ink; the gap between two words of a line holds none.
        const QList<Word> words = layer.words();
        QVERIFY(words.size() > 20);
        int checkedGaps = 0;
        for (int w = 0; w < words.size(); ++w) {
            const Word &word = words.at(w);
            for (int i = 0; i < word.text.size(); ++i) {
                const QChar c = word.text.at(i);
                if (!c.isLetterOrNumber())
                    continue;
                const QRect box = layer.charBox(word.start + i).toAlignedRect();
                QVERIFY2(box.width() > 2 && box.height() > 10, qPrintable(word.text));
                QVERIFY2(hasInk(page->image, box), qPrintable(QStringLiteral("%1 in %2").arg(c).arg(word.text)));
            }
            if (w + 1 < words.size() && words.at(w + 1).line == word.line) {
                const QRectF a = word.box, b = words.at(w + 1).box;
                if (b.left() - a.right() > 4) {
                    const QRect gap = QRectF(QPointF(a.right() + 1, a.top()), QPointF(b.left() - 1, a.bottom()))
                                          .toAlignedRect().adjusted(1, 0, -1, 0);
                    QVERIFY2(!hasInk(page->image, gap), qPrintable(word.text + QLatin1Char('|') + words.at(w + 1).text));
                    ++checkedGaps;
                }
            }
        }
        QVERIFY(checkedGaps > 10);
    }

    void cidImagePlaced()
    {
        auto doc = open(fixture("cid_image.eml"));
        QVERIFY(doc);
        auto page = doc->page(0);
        QVERIFY(page);
        QCOMPARE(page->ocrRegions.size(), 1);
        const QRect r = page->ocrRegions.first();
        QCOMPARE(r.size(), QSize(400, 160)); // 200 x 80 px at device pixel ratio 2
        // The image's own colour fills its region...
        const QColor centre = page->image.pixelColor(r.center());
        QVERIFY2(qAbs(centre.red() - 20) < 8 && qAbs(centre.blue() - 160) < 8, qPrintable(centre.name()));
        // ...between the paragraph above and the one below.
        const TextLayer &layer = page->layers.first();
        const int above = layer.text().indexOf(QStringLiteral("Above"));
        const int below = layer.text().indexOf(QStringLiteral("Below"));
        QVERIFY(above >= 0 && below >= 0);
        QVERIFY(layer.charBox(above).bottom() <= r.top() + 1);
        QVERIFY(layer.charBox(below).top() >= r.bottom() - 1);
    }

    void longMailPaginates()
    {
        auto doc = open(fixture("long.eml"));
        QVERIFY(doc);
        QVERIFY2(doc->pageCount() >= 3, qPrintable(QString::number(doc->pageCount())));
        const QString text = allText(*doc);
        for (int i = 1; i <= 300; ++i)
            QVERIFY2(text.contains(QStringLiteral("Line %1 of the long mail").arg(i, 4, 10, QLatin1Char('0'))),
                     qPrintable(QString::number(i)));
        QVERIFY(text.contains(QStringLiteral("The very last line.")));
        // No line is cut by a page edge: every box lies inside its page.
        for (int p = 0; p < doc->pageCount(); ++p) {
            auto page = doc->page(p);
            QVERIFY(page);
            const TextLayer &layer = page->layers.first();
            QVERIFY(!layer.isEmpty());
            for (int i = 0; i < layer.size(); ++i)
                if (!layer.charBox(i).isNull())
                    QVERIFY(QRectF(page->image.rect()).contains(layer.charBox(i)));
        }
    }

    void sampleMemo()
    {
        auto doc = open(QStringLiteral(BLACKOUT_SOURCE_DIR "/resources/samples/leaked-memo.eml"));
        QVERIFY(doc);
        QCOMPARE(doc->metadata().title, QStringLiteral("Confidential: Q3 write-down – do not forward"));
        auto page = doc->page(0);
        QVERIFY(page);
        const TextLayer &layer = page->layers.first();
        const QString needle = QStringLiteral("+1 (617) 555-0148");
        int at = layer.text().indexOf(needle);
        QVERIFY2(at >= 0, qPrintable(layer.text()));
        const QList<QRectF> boxes = layer.spanBoxes(at, int(needle.size()));
        QVERIFY(!boxes.isEmpty());
        for (const QRectF &b : boxes)
            QVERIFY(hasInk(page->image, b.toAlignedRect()));
        QVERIFY(people(doc->metadata()).contains(QStringLiteral("Renée Castellanos|rcastellanos@hallorancapital.example")));
    }

    void limits_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("needle");
        QByteArray deep = "From: a@example.com\nSubject: deep\nMIME-Version: 1.0\n";
        for (int i = 0; i < 40; ++i)
            deep += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\n\n--b" +
                    QByteArray::number(i) + "\n";
        deep += "Content-Type: text/plain\n\nbottom\n";
        QTest::addRow("depth") << deep << QStringLiteral("nested more than 32 levels");
        QByteArray many = "From: a@example.com\nSubject: many\nMIME-Version: 1.0\n"
                          "Content-Type: multipart/mixed; boundary=\"b\"\n\n";
        for (int i = 0; i < 1100; ++i)
            many += "--b\nContent-Type: text/plain\n\npart\n";
        many += "--b--\n";
        QTest::addRow("parts") << many << QStringLiteral("more than 1000 parts");
    }
    void limits()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, needle);
        auto doc = EmailDocument::fromData(data, {});
        QVERIFY(!doc);
        QCOMPARE(doc.error().code, ErrorCode::LimitExceeded);
        QVERIFY2(doc.error().message.contains(needle), qPrintable(doc.error().message));
    }

    void concurrentPages()
    {
        auto doc = open(fixture("long.eml"));
        QVERIFY(doc);
        const auto first = doc->page(1);
        QVERIFY(first);
        QList<QImage> images(8);
        QList<QThread *> threads;
        for (int i = 0; i < images.size(); ++i)
            threads << QThread::create([&doc, &images, i] {
                auto p = doc->page(1);
                if (p)
                    images[i] = p->image;
            });
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        for (const QImage &img : images)
            QCOMPARE(img, first->image);
    }
};

QTEST_MAIN(TestEmailDocument) // a QGuiApplication: laying out text needs Qt's font system
#include "test_emaildocument.moc"
