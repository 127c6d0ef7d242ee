// SPDX-License-Identifier: GPL-3.0-or-later
// The whole path from a document to hits, on the bundled samples: every datum in them is found, and the boxes
// of every hit cover each of its characters on the page.
#include "document/documentloader.h"
#include "pipeline/pageprocessor.h"
#include "model/textfold.h"

#include <QTest>

using namespace Blackout;

namespace {

struct Datum {
    PiiType type;
    QString text;
};

// The pages of a document, processed as the CLI and the GUI do.
QList<ProcessedPage> processAll(const QString &path)
{
    QList<ProcessedPage> pages;
    auto document = DocumentLoader::open(path);
    if (!document)
        return pages;
    const PageProcessor processor{Settings{}};
    for (int i = 0; i < document.value()->pageCount(); ++i) {
        auto page = processor.process(*document.value(), i);
        if (page)
            pages.append(page.value());
    }
    return pages;
}

QString letters(const QString &text)
{
    QString out;
    for (const QChar c : TextFold::fold(text)) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

} // namespace

class TestSamplesEndToEnd : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyDatumFound_data();
    void everyDatumFound();
};

void TestSamplesEndToEnd::everyDatumFound_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<Datum>>("data");
    QTest::newRow("sample email") << QStringLiteral("leaked-memo.eml") << QList<Datum>{
        {PiiType::Email, QStringLiteral("d.whitfield@hallorancapital.example")},
        {PiiType::Email, QStringLiteral("marcus.oyelaran@hallorancapital.example")},
        {PiiType::Email, QStringLiteral("rcastellanos@hallorancapital.example")},
        {PiiType::Phone, QStringLiteral("+1 (617) 555-0148")},
        {PiiType::Phone, QStringLiteral("617-555-0193")},
        {PiiType::Phone, QStringLiteral("+1 617 555 0148")},
        {PiiType::Iban, QStringLiteral("DE89 3704 0044 0532 0130 00")},
        {PiiType::Address, QStringLiteral("1185 Commonwealth Avenue, Suite 400, Boston, MA 02134")},
        {PiiType::Url, QStringLiteral("https://www.linkedin.com/in/dana-whitfield-cfo-7731")},
        {PiiType::Name, QStringLiteral("Dana Whitfield")},
        {PiiType::Name, QStringLiteral("Marcus Oyelaran")},
        {PiiType::Name, QStringLiteral("Renée Castellanos")},
        {PiiType::Name, QStringLiteral("Gerald Haverford")},
        {PiiType::Name, QStringLiteral("Marcus")},
        {PiiType::Name, QStringLiteral("Renée")},
        {PiiType::Name, QStringLiteral("Dana")},
    };
    QTest::newRow("webmail screenshot (OCR)") << QStringLiteral("webmail-screenshot.png") << QList<Datum>{
        {PiiType::Email, QStringLiteral("priya.raman@mailbox.example")},
        {PiiType::Email, QStringLiteral("tomasz.wielgosz@northmail.example")},
        {PiiType::Phone, QStringLiteral("(860) 555-0172")},
        {PiiType::Phone, QStringLiteral("860-555-0119")},
        {PiiType::Phone, QStringLiteral("+1 860 555 0172")},
        {PiiType::Address, QStringLiteral("4 Cedar Lane, Glastonbury, CT 06033")},
        {PiiType::Address, QStringLiteral("27 Elm Street, Hartford")},   // the town after the street belongs to it
        {PiiType::Url, QStringLiteral("https://photos.example/t.wielgosz/moving")},
        {PiiType::Name, QStringLiteral("Tomasz Wielgosz")},
        {PiiType::Name, QStringLiteral("Priya Raman")},
        {PiiType::Name, QStringLiteral("Oliver Brandt")},
        {PiiType::Name, QStringLiteral("Priya")},
        {PiiType::Name, QStringLiteral("Anna")},
        {PiiType::Name, QStringLiteral("Tomasz")},
    };
}

void TestSamplesEndToEnd::everyDatumFound()
{
    QFETCH(QString, file);
    QFETCH(QList<Datum>, data);
    const QList<ProcessedPage> pages = processAll(QStringLiteral(BLACKOUT_SAMPLES "/") + file);
    QVERIFY(!pages.isEmpty());

    for (const Datum &datum : std::as_const(data)) {
        bool found = false;
        for (const ProcessedPage &page : pages) {
            for (const Hit &hit : page.hits)
                found = found || (hit.type == datum.type && letters(hit.text) == letters(datum.text));
        }
        QVERIFY2(found, qPrintable(QStringLiteral("%1 (%2) not found").arg(datum.text, piiTypeId(datum.type))));
    }

    // Every character of every hit lies inside the hit's boxes, so burning the boxes hides all of it.
    for (const ProcessedPage &page : pages) {
        for (const Hit &hit : page.hits) {
            const TextLayer &layer = page.layers.at(hit.layer);
            for (int i = hit.start; i < hit.start + hit.length; ++i) {
                const QRectF glyph = layer.charBox(i);
                if (glyph.isNull() || layer.text().at(i).isSpace())
                    continue;
                bool covered = false;
                for (const QRect &box : hit.boxes)
                    covered = covered || QRectF(box).contains(glyph.adjusted(0.5, 0.5, -0.5, -0.5));
                QVERIFY2(covered, qPrintable(QStringLiteral("'%1' of %2 outside its boxes").arg(layer.text().at(i)).arg(hit.text)));
            }
        }
    }
}

QTEST_MAIN(TestSamplesEndToEnd)
#include "test_samplesendtoend.moc"
