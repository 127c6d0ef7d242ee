// SPDX-License-Identifier: GPL-3.0-or-later
// EmailDocument: MIME parsing with GMime, Blackout's own layout and its text layer.
#include "document/emaildocument.h"
#include "document/mboxdocument.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
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
        // Nothing is laid out beyond the page's edges, where it could be neither seen nor redacted.
        const TextLayer &layer = page->layers.first();
        const QRectF bounds = QRectF(page->image.rect()).adjusted(-1, -1, 1, 1);
        for (int i = 0; i < layer.size(); ++i)
            if (!layer.charBox(i).isNull())
                QVERIFY2(bounds.contains(layer.charBox(i)),
                         qPrintable(QStringLiteral("%1 at %2,%3").arg(layer.text().mid(qMax(0, i - 20), 40))
                                        .arg(layer.charBox(i).x()).arg(layer.charBox(i).y())));
        // The header block is always there, so every page 0 names at least "From:" or "To:".
        QVERIFY2(page->layers.first().text().contains(QLatin1String("From:")) ||
                     page->layers.first().text().contains(QLatin1String("To:")),
                 qPrintable(page->layers.first().text().left(200)));
    }

    /// What a reader must see in real mails, decoded independently (Python's email package).
    void corpusContent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("shown");
        QTest::addRow("utf-8 labelled us-ascii") << "utf8_8bit_body_declared_us_ascii.eml" << "plain text"
                                                 << QStringList{"Mathematics and sciences:", "ℕ ⊆ ℕ₀ ⊂ ℤ ⊂ ℚ ⊂ ℝ ⊂ ℂ,"};
        QTest::addRow("raw utf-8 headers") << "raw_utf8_headers_rfc6532.eml" << "Säying Hello"
                                           << QStringList{"From: Jöhn Doe <jdöe@mächine.example>"};
        QTest::addRow("iso-2022-jp") << "japanese_iso2022jp_body.eml" << "まみむめも" << QStringList{"すみません。"};
        QTest::addRow("shift_jis") << "japanese_shift_jis_body.eml" << "test"
                                   << QStringList{"このメールはテスト用のメールです。"};
        QTest::addRow("ks_c_5601-1987") << "korean_ks_c_5601_1987_body.eml" << "test" << QStringList{"스티해"};
        QTest::addRow("gb2312") << "spam_zh_gb2312_plain_rfc2047_headers.eml" << "代开各地增值税发票"
                                << QStringList{"From: 张先生 <baoguan@hotmail.com>", "13662615434"};
        QTest::addRow("latin-1 subject, attachment name")
            << "estonian_latin1_subject_jpeg_non_ascii_filename.eml" << "Eelanalüüsi päring"
            << QStringList{"Eelanalüüsi päring.jpg"};
        QTest::addRow("tnef listed") << "outlook_tnef_winmail_dat_attachment.eml" << QString()
                                     << QStringList{"Attachments:", "winmail.dat"};
        QTest::addRow("forwarded windows-1251")
            << "forwarded_rfc822_windows1251_8bit.eml" << QString()
            << QStringList{"Attached message:", "Добрый день, уважаемые коллеги!"};
        QTest::addRow("latin-1 display name") << "norwegian_latin1_name_empty_header_values.eml" << QString()
                                              << QStringList{"Jørn Støylen"};
    }
    void corpusContent()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QFETCH(QStringList, shown);
        const QString path = QStringLiteral(BLACKOUT_CORPUS "/email/") + file;
        if (!QFile::exists(path))
            QSKIP("the shared corpus is not available");
        auto doc = open(path);
        QVERIFY(doc);
        if (!title.isEmpty())
            QCOMPARE(doc->metadata().title, title);
        const QString text = flat(allText(*doc));
        for (const QString &s : shown)
            QVERIFY2(text.contains(s), qPrintable(s + QLatin1String(" not in: ") + text.left(600)));
    }

    void leadingJunkTolerated_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addRow("blank lines") << QByteArray("\r\n\n  \n");
        QTest::addRow("mbox From line") << QByteArray("From someone@example.com Mon Mar  9 10:00:00 2020\n");
    }
    void leadingJunkTolerated()
    {
        QFETCH(QByteArray, prefix);
        auto doc = EmailDocument::fromData(prefix + readFile(fixture("alternative_attachments.eml")), {});
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
        QCOMPARE(doc.value()->metadata().title, QStringLiteral("Alternative test"));
    }

    /// Damaged mails (cut short, bytes overwritten) open or fail with a message; they never crash.
    void damaged_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QStringList sources{fixture("alternative_attachments.eml"), fixture("cid_image.eml"),
                                  fixture("headers_latin1_qp.eml"),
                                  QStringLiteral(BLACKOUT_CORPUS "/email/forwarded_rfc822_windows1251_8bit.eml")};
        QRandomGenerator random(20261128);
        for (const QString &source : sources) {
            if (!QFile::exists(source))
                continue;
            const QByteArray original = readFile(source);
            for (int cut = 1; cut <= 6; ++cut)
                QTest::addRow("%s cut %d", qPrintable(QFileInfo(source).fileName()), cut)
                    << original.left(original.size() * cut / 7);
            for (int n = 0; n < 6; ++n) {
                QByteArray mutated = original;
                for (int k = 0; k < 12; ++k)
                    mutated[random.bounded(int(mutated.size()))] = char(random.bounded(256));
                QTest::addRow("%s flip %d", qPrintable(QFileInfo(source).fileName()), n) << mutated;
            }
        }
    }
    void damaged()
    {
        QFETCH(QByteArray, data);
        auto doc = EmailDocument::fromData(data, {});
        if (!doc) {
            QVERIFY(!doc.error().message.isEmpty());
            return;
        }
        QVERIFY(doc.value()->pageCount() >= 1);
        QVERIFY(doc.value()->page(0));
    }

    /// Input built to make naive patterns quadratic still opens (the test would take hours otherwise).
    void hostileHtml_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addRow("unclosed scripts") << QByteArray("<p>x</p>") + QByteArray("<script>").repeated(20000);
        QTest::addRow("unclosed comments") << QByteArray("<p>x</p>") + QByteArray("<!-- ").repeated(20000);
        QTest::addRow("unclosed img tags") << QByteArray("<p>x</p>") + QByteArray("<img src=a ").repeated(20000);
        QTest::addRow("long token") << QByteArray("<p>x ") + QByteArray("a").repeated(100000) + "</p>";
        QTest::addRow("open head") << QByteArray("<html><head><p>Visible after an open head</p>");
    }
    void hostileHtml()
    {
        QFETCH(QByteArray, html);
        const QByteArray mail = "From: a@example.com\nSubject: hostile\nContent-Type: text/html\n\n" + html;
        auto doc = EmailDocument::fromData(mail, {});
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().message));
        QVERIFY(doc.value()->page(0));
        if (html.contains("Visible"))
            QVERIFY(allText(*doc.value()).contains(QStringLiteral("Visible after an open head")));
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

    /// Right-to-left and mixed lines, combining marks: every letter's box still lies on its ink.
    void scriptsBoxesOnInk_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("oneDirection"); // words that follow in the text also stand side by side
        QTest::addRow("hebrew") << QStringLiteral("שלום עולם, מספר הטלפון שלי תודה רבה") << true;
        QTest::addRow("arabic") << QStringLiteral("مرحبا بالعالم رقم الهاتف شكرا") << true;
        QTest::addRow("mixed") << QStringLiteral("Call דני כהן at +972 3 555 0101 today") << false;
        QTest::addRow("combining") << QStringLiteral("Zoe\u0308 Ren\u0065\u0301e and ﬁne oﬃce ligatures") << true;
    }
    void scriptsBoxesOnInk()
    {
        QFETCH(QString, body);
        QFETCH(bool, oneDirection);
        const QByteArray mail = "From: a@example.com\nSubject: scripts\nMIME-Version: 1.0\n"
                                "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" +
                                body.toUtf8() + "\n";
        auto doc = EmailDocument::fromData(mail, {});
        QVERIFY(doc);
        auto page = doc.value()->page(0);
        QVERIFY(page);
        const TextLayer &layer = page->layers.first();
        QVERIFY2(flat(layer.text()).contains(body.normalized(QString::NormalizationForm_C)) ||
                     flat(layer.text()).contains(body),
                 qPrintable(layer.text()));
        const int bodyStart = layer.text().indexOf(body.left(3));
        QVERIFY(bodyStart > 0);
        for (int i = bodyStart; i < layer.size(); ++i) {
            const QChar c = layer.text().at(i);
            if (!c.isLetterOrNumber() || c.isMark())
                continue;
            QVERIFY2(hasInk(page->image, layer.charBox(i).toAlignedRect()),
                     qPrintable(QStringLiteral("%1 at %2").arg(c).arg(i)));
        }
        if (!oneDirection)
            return;
        const QList<Word> words = layer.words();
        int gaps = 0;
        for (int w = 0; w + 1 < words.size(); ++w) {
            if (words.at(w).start < bodyStart || words.at(w + 1).line != words.at(w).line)
                continue;
            const QRectF a = words.at(w).box, b = words.at(w + 1).box;
            const qreal left = qMin(a.right(), b.right()), right = qMax(a.left(), b.left());
            if (right - left <= 6)
                continue;
            const QRect gap = QRectF(QPointF(left + 2, a.top()), QPointF(right - 2, a.bottom())).toAlignedRect();
            QVERIFY2(!hasInk(page->image, gap), qPrintable(words.at(w).text + QLatin1Char('|') + words.at(w + 1).text));
            ++gaps;
        }
        QVERIFY(gaps >= 3);
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

    /// Opt-in measurement (BLACKOUT_EVAL_DEV=/path/to/eval-dev): how many of the dev set's personal data
    /// strings appear in the layout's text layer. Prints the misses; fails only if a mail does not open.
    void evalDevCoverage()
    {
        const QString root = qEnvironmentVariable("BLACKOUT_EVAL_DEV");
        if (root.isEmpty())
            QSKIP("set BLACKOUT_EVAL_DEV to measure");
        const QJsonObject cases =
            QJsonDocument::fromJson(readFile(root + QStringLiteral("/cases/truth.json"))).object().value(QStringLiteral("cases")).toObject();
        int found = 0, total = 0, mails = 0, pages = 0, boxes = 0, inked = 0;
        qint64 openNs = 0, pageNs = 0;
        QElapsedTimer timer;
        for (auto it = cases.begin(); it != cases.end(); ++it) {
            if (!it.key().startsWith(QLatin1String("mail/")))
                continue;
            const QByteArray data = readFile(root + QStringLiteral("/cases/files/") + it.key());
            timer.start();
            auto doc = EmailDocument::fromData(data, {});
            openNs += timer.nsecsElapsed();
            QVERIFY2(doc, qPrintable(it.key()));
            ++mails;
            timer.start();
            const QString text = flat(allText(*doc.value()));
            pageNs += timer.nsecsElapsed();
            pages += doc.value()->pageCount();
            for (int p = 0; p < doc.value()->pageCount(); ++p) {
                const auto page = doc.value()->page(p);
                const TextLayer &layer = page->layers.first();
                for (int i = 0; i < layer.size(); ++i) {
                    if (!layer.text().at(i).isLetterOrNumber())
                        continue;
                    ++boxes;
                    if (hasInk(page->image, layer.charBox(i).toAlignedRect()))
                        ++inked;
                }
            }
            if (const QString dump = qEnvironmentVariable("BLACKOUT_DUMP_DIR"); !dump.isEmpty())
                doc.value()->page(0)->image.save(QStringLiteral("%1/eval-%2.png").arg(dump, QFileInfo(it.key()).completeBaseName()));
            for (const QJsonValue &v : it.value().toObject().value(QStringLiteral("pii")).toArray()) {
                const QString needle = v.toObject().value(QStringLiteral("text")).toString().simplified();
                ++total;
                if (text.contains(needle))
                    ++found;
                else
                    qInfo("%s: missing %s", qPrintable(it.key()), qPrintable(needle));
            }
        }
        qInfo("eval-dev mail: %d of %d personal data strings in the text layer", found, total);
        qInfo("%d of %d letter and digit boxes hold ink", inked, boxes);
        qInfo("%d mails, %d pages: %.1f ms to open a mail, %.1f ms to render a page", mails, pages,
              openNs / 1e6 / qMax(1, mails), pageNs / 1e6 / qMax(1, pages));
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
