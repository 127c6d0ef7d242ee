// SPDX-License-Identifier: GPL-3.0-or-later
#include "detect/detectioncontext.h"
#include "detect/namedetector.h"
#include "ocr/ocrengine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <omp.h>

#include <thread>

using namespace Blackout;

namespace {

struct TrueWord {
    QString text;
    QRectF box;
};

struct Fixture {
    QString file;
    QImage image;
    QStringList pii;
    QList<TrueWord> words;
    TextLayer layer;
};

qreal iou(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    if (i.isEmpty())
        return 0;
    const qreal inter = i.width() * i.height();
    return inter / (a.width() * a.height() + b.width() * b.height() - inter);
}

QString normalised(const QString &s)
{
    return QString(s).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")).trimmed();
}

} // namespace

class TestOcrEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void languages();
    void missingLanguage();
    void tessdataPrefix();
    void readsScreenshots();
    void wordBoxesLieOnGlyphs();
    void linesAreSeparated();
    void regionMapsToPagePixels();
    void deskewMapsBack_data();
    void deskewMapsBack();
    void darkModeAndEmpty();
    void progressAndCancel();
    void enginePerThread();
    void openMpLimitedInWorker();
    void readsDiacritics();
    void readsTheColumnTheLayoutDrops();
    void columnsOfAListStayApart();
    void nameBeforeACommaKeepsItsLastLetter();

private:
    QList<Fixture> m_fixtures;
};

void TestOcrEngine::initTestCase()
{
    QFile file(QStringLiteral(BLACKOUT_TEST_DATA "/ocr/truth.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray fixtures = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("fixtures")).toArray();
    QVERIFY(fixtures.size() >= 20);
    for (const QJsonValue &value : fixtures) {
        const QJsonObject o = value.toObject();
        Fixture f;
        f.file = o.value(QStringLiteral("file")).toString();
        f.image = QImage(QStringLiteral(BLACKOUT_TEST_DATA "/ocr/") + f.file);
        QVERIFY2(!f.image.isNull(), qPrintable(f.file));
        for (const QJsonValue &p : o.value(QStringLiteral("pii")).toArray())
            f.pii.append(p.toObject().value(QStringLiteral("text")).toString());
        for (const QJsonValue &w : o.value(QStringLiteral("words")).toArray()) {
            const QJsonArray b = w.toObject().value(QStringLiteral("box")).toArray();
            f.words.append({w.toObject().value(QStringLiteral("text")).toString(),
                            QRectF(b.at(0).toDouble(), b.at(1).toDouble(), b.at(2).toDouble(), b.at(3).toDouble())});
        }
        m_fixtures.append(f);
    }
    // Read every fixture once, on two workers with one engine each, as the app does.
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    const QList<Result<TextLayer>> layers = QtConcurrent::blockingMapped(&pool, m_fixtures, [](const Fixture &f) {
        auto engine = OcrEngine::forCurrentThread(OcrOptions());
        if (!engine)
            return Result<TextLayer>(engine.error());
        return engine.value()->recognize(f.image);
    });
    for (int i = 0; i < m_fixtures.size(); ++i) {
        QVERIFY2(layers.at(i).ok(), qPrintable(m_fixtures.at(i).file));
        m_fixtures[i].layer = layers.at(i).value();
        QCOMPARE(m_fixtures.at(i).layer.source(), TextSource::Ocr);
    }
}

void TestOcrEngine::languages()
{
    const QStringList languages = OcrEngine::availableLanguages();
    QVERIFY(languages.contains(QStringLiteral("eng")));
    QVERIFY(!languages.contains(QStringLiteral("osd")));
    OcrOptions options;
    options.language = QStringLiteral("eng+deu");
    if (!languages.contains(QStringLiteral("deu")))
        QSKIP("tesseract-ocr-deu is not installed");
    auto engine = OcrEngine::create(options);
    QVERIFY(engine.ok());
    QImage image(400, 60, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(20);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(QPointF(10, 40), QStringLiteral("Grüße aus München"));
    p.end();
    auto layer = engine.value()->recognize(image);
    QVERIFY(layer.ok());
    QVERIFY2(layer->text().contains(QStringLiteral("München")), qPrintable(layer->text()));
}

void TestOcrEngine::missingLanguage()
{
    OcrOptions options;
    options.language = QStringLiteral("eng+xyz");
    auto engine = OcrEngine::create(options);
    QVERIFY(!engine.ok());
    QCOMPARE(engine.error().code, ErrorCode::OcrUnavailable);
    QVERIFY2(engine.error().message.contains(QStringLiteral("“xyz”")), qPrintable(engine.error().message));
    QVERIFY(engine.error().message.contains(QStringLiteral("tesseract-ocr-xyz")));
    QVERIFY(!engine.error().message.contains(QLatin1Char('\n')));
    QVERIFY(!OcrEngine::forCurrentThread(options).ok());
}

void TestOcrEngine::tessdataPrefix()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString eng = OcrEngine::tessdataFolder() + QStringLiteral("/eng.traineddata");
    QVERIFY(QFile::link(eng, dir.filePath(QStringLiteral("eng.traineddata"))));
    QVERIFY(QFile::link(eng, dir.filePath(QStringLiteral("zzz.traineddata"))));
    const QByteArray saved = qgetenv("TESSDATA_PREFIX");
    qputenv("TESSDATA_PREFIX", QFile::encodeName(dir.path()));
    const QStringList languages = OcrEngine::availableLanguages();
    const QString folder = OcrEngine::tessdataFolder();
    if (saved.isNull())
        qunsetenv("TESSDATA_PREFIX");
    else
        qputenv("TESSDATA_PREFIX", saved);
    QCOMPARE(languages, (QStringList{QStringLiteral("eng"), QStringLiteral("zzz")}));
    QCOMPARE(folder, dir.path());
    QCOMPARE(OcrEngine::availableLanguages(dir.path()), languages);
}

void TestOcrEngine::readsScreenshots()
{
    int total = 0, exact = 0;
    for (const Fixture &f : std::as_const(m_fixtures)) {
        const QString text = normalised(f.layer.text());
        for (const QString &pii : f.pii) {
            ++total;
            if (text.contains(normalised(pii)))
                ++exact;
            else
                qInfo("%s: not read exactly: %s", qPrintable(f.file), qPrintable(pii));
        }
    }
    const double rate = double(exact) / total;
    qInfo("exact reads of email addresses and phone numbers: %d of %d (%.3f)", exact, total, rate);
    QVERIFY(total >= 120);
    QVERIFY2(rate >= 0.98, qPrintable(QString::number(rate)));
}

void TestOcrEngine::wordBoxesLieOnGlyphs()
{
    int checked = 0;
    for (const Fixture &f : std::as_const(m_fixtures)) {
        for (const Word &word : f.layer.words()) {
            // Only words read correctly have a true box to compare with; the best overlap among words with
            // the same text is the one this word is a reading of.
            const TrueWord *best = nullptr;
            qreal bestIou = 0;
            for (const TrueWord &t : f.words) {
                const qreal v = iou(word.box, t.box);
                if (t.text == word.text && v > bestIou) {
                    best = &t;
                    bestIou = v;
                }
            }
            bool sameTextExists = false;
            for (const TrueWord &t : f.words)
                sameTextExists = sameTextExists || t.text == word.text;
            if (!sameTextExists)
                continue;
            QVERIFY2(best && bestIou > 0.5,
                     qPrintable(QStringLiteral("%1: \"%2\" IoU %3, box %4,%5 %6x%7")
                                    .arg(f.file, word.text)
                                    .arg(bestIou)
                                    .arg(word.box.x())
                                    .arg(word.box.y())
                                    .arg(word.box.width())
                                    .arg(word.box.height())));
            const QRectF allowed = best->box.adjusted(-2, -2, 2, 2);
            for (int i = word.start; i < word.start + word.text.size(); ++i) {
                const QRectF c = f.layer.charBox(i);
                QVERIFY2(!c.isNull() && allowed.contains(c),
                         qPrintable(QStringLiteral("%1: char %2 of \"%3\" at %4,%5 %6x%7 outside its glyphs %8,%9 %10x%11")
                                        .arg(f.file).arg(i - word.start).arg(word.text)
                                        .arg(c.x()).arg(c.y()).arg(c.width()).arg(c.height())
                                        .arg(best->box.x()).arg(best->box.y()).arg(best->box.width())
                                        .arg(best->box.height())));
            }
            ++checked;
        }
    }
    QVERIFY(checked > 500);
}

void TestOcrEngine::linesAreSeparated()
{
    const Fixture &f = m_fixtures.first();
    const QList<Word> words = f.layer.words();
    QVERIFY(f.layer.text().count(QLatin1Char('\n')) >= 8);
    // Words of one line share a baseline region; different lines do not overlap vertically much.
    for (int i = 1; i < words.size(); ++i) {
        if (words.at(i).line == words.at(i - 1).line) {
            const QRectF a = words.at(i - 1).box, b = words.at(i).box;
            QVERIFY2(std::min(a.bottom(), b.bottom()) > std::max(a.top(), b.top()),
                     qPrintable(words.at(i - 1).text + QLatin1Char('|') + words.at(i).text));
        }
    }
    for (const Word &w : words)
        QVERIFY(w.confidence >= 0 && w.confidence <= 1);
}

void TestOcrEngine::regionMapsToPagePixels()
{
    const Fixture &f = m_fixtures.at(1);
    const QRect region(160, 50, 600, 130);
    auto engine = OcrEngine::forCurrentThread(OcrOptions());
    QVERIFY(engine.ok());
    auto layer = engine.value()->recognize(f.image, region);
    QVERIFY(layer.ok());
    const QList<Word> words = layer->words();
    QVERIFY(words.size() >= 10);
    int matched = 0;
    for (const Word &w : words) {
        QVERIFY2(QRectF(region).adjusted(-1, -1, 1, 1).contains(w.box), qPrintable(w.text));
        for (const TrueWord &t : f.words) {
            if (t.text == w.text && iou(t.box, w.box) > 0.5)
                ++matched;
        }
    }
    QVERIFY2(matched >= words.size() * 8 / 10, qPrintable(layer->text()));
}

void TestOcrEngine::deskewMapsBack_data()
{
    QTest::addColumn<double>("degrees");
    QTest::addRow("clockwise 2.5") << 2.5;
    QTest::addRow("anticlockwise 1.5") << -1.5;
}

void TestOcrEngine::deskewMapsBack()
{
    QFETCH(double, degrees);
    // A scan-like page: larger text, tilted about the centre.
    QImage flat(1000, 500, QImage::Format_RGB32);
    flat.fill(Qt::white);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(24);
    const QStringList lines = {QStringLiteral("Invoice for services rendered in March"),
                               QStringLiteral("Contact: jane.doe@example.com"),
                               QStringLiteral("Telephone +44 20 7946 0958"),
                               QStringLiteral("Thank you for your business")};
    QPainter p(&flat);
    p.setFont(font);
    p.setPen(Qt::black);
    for (int i = 0; i < lines.size(); ++i)
        p.drawText(QPointF(60, 100 + i * 60), lines.at(i));
    p.end();
    QTransform tilt;
    tilt.translate(500, 250);
    tilt.rotate(degrees);
    tilt.translate(-500, -250);
    QImage page(flat.size(), QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter q(&page);
    q.setRenderHint(QPainter::SmoothPixmapTransform);
    q.setTransform(tilt);
    q.drawImage(0, 0, flat);
    q.end();

    auto engine = OcrEngine::forCurrentThread(OcrOptions());
    QVERIFY(engine.ok());
    auto layer = engine.value()->recognize(page);
    QVERIFY(layer.ok());
    const QString text = normalised(layer->text());
    QVERIFY2(text.contains(QStringLiteral("jane.doe@example.com")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("+44 20 7946 0958")), qPrintable(text));
    // The address's box, mapped back, covers where the tilted glyphs really are.
    const QFontMetricsF fm(font);
    const qreal x = 60 + fm.horizontalAdvance(QStringLiteral("Contact: "));
    const QRectF flatBox = fm.tightBoundingRect(QStringLiteral("jane.doe@example.com")).translated(x, 160);
    const QRectF trueBox = tilt.mapRect(flatBox);
    const int at = layer->text().indexOf(QStringLiteral("jane.doe@example.com"));
    const QList<QRectF> boxes = layer->spanBoxes(at, 20);
    QVERIFY(!boxes.isEmpty());
    QRectF found;
    for (const QRectF &b : boxes)
        found = found.united(b);
    QVERIFY2(iou(found, trueBox) > 0.6, qPrintable(QStringLiteral("IoU %1").arg(iou(found, trueBox))));
}

void TestOcrEngine::darkModeAndEmpty()
{
    auto engine = OcrEngine::forCurrentThread(OcrOptions());
    QVERIFY(engine.ok());
    QImage blank(300, 200, QImage::Format_RGB32);
    blank.fill(QColor(0x202124));
    auto empty = engine.value()->recognize(blank);
    QVERIFY(empty.ok());
    QVERIFY(empty->isEmpty());
    auto none = engine.value()->recognize(QImage());
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::InvalidArgument);
    auto outside = engine.value()->recognize(blank, QRect(400, 400, 10, 10));
    QVERIFY(outside.ok());
    QVERIFY(outside->isEmpty());
}

void TestOcrEngine::progressAndCancel()
{
    auto engine = OcrEngine::forCurrentThread(OcrOptions());
    QVERIFY(engine.ok());
    const QImage &image = m_fixtures.first().image;

    QList<int> seen;
    auto layer = engine.value()->recognize(image, {}, {}, [&](int p) { seen.append(p); });
    QVERIFY(layer.ok());
    QVERIFY(seen.size() >= 2);
    QCOMPARE(seen.last(), 100);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));

    Cancellation before;
    before.cancel();
    auto cancelled = engine.value()->recognize(image, {}, before);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);

    // Cancelled from inside Tesseract, at its first progress report.
    Cancellation during;
    auto stopped = engine.value()->recognize(image, {}, during, [&](int p) {
        if (p > 0 && p < 100)
            during.cancel();
    });
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
    // The engine still works afterwards.
    QVERIFY(engine.value()->recognize(image).ok());
}

void TestOcrEngine::enginePerThread()
{
    auto a = OcrEngine::forCurrentThread(OcrOptions());
    auto b = OcrEngine::forCurrentThread(OcrOptions());
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a.value(), b.value());
    OcrOptions sparse;
    sparse.layout = OcrOptions::Layout::Sparse;
    auto c = OcrEngine::forCurrentThread(sparse);
    QVERIFY(c.ok());
    QVERIFY(c.value() != a.value());
    OcrEngine *other = nullptr;
    std::thread([&] { other = OcrEngine::forCurrentThread(OcrOptions()).value(); }).join();
    QVERIFY(other && other != a.value());
}

void TestOcrEngine::openMpLimitedInWorker()
{
    // A fresh thread has OpenMP's defaults until it uses an engine; afterwards Tesseract's parallel regions
    // run on the calling thread alone, whatever OMP_* said when the process started.
    int levels = -1, threads = -1;
    bool read = false;
    const QImage image = m_fixtures.first().image;
    std::thread([&] {
        auto engine = OcrEngine::forCurrentThread(OcrOptions());
        read = engine.ok() && engine.value()->recognize(image).ok();
        levels = omp_get_max_active_levels();
        threads = omp_get_max_threads();
    }).join();
    QVERIFY(read);
    QCOMPARE(levels, 0);
    QCOMPARE(threads, 1);
}

void TestOcrEngine::readsDiacritics()
{
    // The automatic model must read the names of European people as written: eng reads "Mufioz", "Cété".
    QCOMPARE(OcrEngine::automaticLanguage(), QStringLiteral("Latin"));
    const QStringList names{QStringLiteral("Jesús Muñoz"), QStringLiteral("Łukasz Nováková"), QStringLiteral("Joël Côté"),
                            QStringLiteral("Ştefan Größler"), QStringLiteral("Øystein Håkansson"), QStringLiteral("Íñigo Peña")};
    QImage image(700, 40 * int(names.size()) + 20, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(14);
    p.setFont(font);
    for (int i = 0; i < names.size(); ++i)
        p.drawText(20, 40 + 40 * i, QStringLiteral("From %1 on Friday").arg(names.at(i)));
    p.end();
    auto engine = OcrEngine::create(OcrOptions());
    QVERIFY(engine.ok());
    const Result<TextLayer> layer = engine.value()->recognize(image);
    QVERIFY(layer.ok());
    for (const QString &name : names)
        QVERIFY2(layer.value().text().contains(name), qPrintable(name + QStringLiteral(" not in: ") + layer.value().text()));
}

// A QGuiApplication (offscreen) because some cases paint their own text with QPainter; the engine itself needs none.
// LibreOffice Calc in a dark theme (tests/data/screens): Tesseract's layout takes the email column, every
// address underlined by the spell checker's red wave, for a picture and reads none of it. The lines it left
// are read one by one: most of the twelve come back as addresses, each in its own cell.
void TestOcrEngine::readsTheColumnTheLayoutDrops()
{
    const QImage sheet(QStringLiteral(BLACKOUT_TEST_DATA "/screens/files/calc/calc-dark-1280x800.png"));
    QVERIFY(!sheet.isNull());
    auto engine = OcrEngine::forCurrentThread(OcrOptions());
    QVERIFY(engine.ok());
    const Result<TextLayer> layer = engine.value()->recognize(sheet);
    QVERIFY(layer.ok());
    const QRectF emailColumn(215, 195, 265, 210); // column B, rows 2 to 13
    const qreal rowPitch = 17;
    int addresses = 0;
    for (const Word &w : layer.value().words()) {
        if (!w.text.contains(QLatin1Char('@')) || !emailColumn.contains(w.box.center()))
            continue;
        ++addresses;
        // Within its column, and about its row: the first row's address, read again as a doubtful line, takes
        // the blue handle of the cell cursor above it as a "T" and reaches two pixels into the header row.
        QVERIFY2(w.box.left() >= emailColumn.left() && w.box.right() <= emailColumn.right(), qPrintable(w.text));
        QVERIFY2(w.box.top() >= emailColumn.top() - 4 && w.box.bottom() <= emailColumn.bottom(), qPrintable(w.text));
        QVERIFY2(w.box.height() < 2 * rowPitch, qPrintable(w.text));
    }
    QVERIFY2(addresses >= 10, qPrintable(QString::number(addresses)));
}

void TestOcrEngine::columnsOfAListStayApart()
{
    // gitk's commit list: a subject ending "review by Mark", the author "Katarzyna Wójcik" in the next column.
    const QImage list(QStringLiteral(BLACKOUT_TEST_DATA "/screens/files/gitk/gitk-light-1280x800.png"));
    QVERIFY(!list.isNull());
    auto engine = OcrEngine::forCurrentThread(OcrOptions());
    QVERIFY(engine.ok());
    const Result<TextLayer> layer = engine.value()->recognize(list);
    QVERIFY(layer.ok());
    const QString text = layer.value().text();
    const qsizetype author = text.indexOf(QStringLiteral("Katarzyna"));
    QVERIFY(author > 3);
    QCOMPARE(text.mid(author - 3, 3), QStringLiteral("   "));   // a column gap, not a space
    QVERIFY(text.mid(author - 10, 7).contains(QStringLiteral("Mark")));
    const NameDetector names;
    DetectionContext context;
    context.ocrText = true;
    for (const Match &m : names.find(text, context)) {
        const QString hit = text.mid(m.start, m.length);
        QVERIFY2(!(hit.contains(QStringLiteral("Mark")) && hit.contains(QStringLiteral("Katarzyna"))), qPrintable(hit));
    }
}

void TestOcrEngine::nameBeforeACommaKeepsItsLastLetter()
{
    // A greeting in a proportional font, as webmail shows it: the name's box must reach the end of its last
    // letter, not stop where a comma's share of the word would begin.
    QImage page(700, 120, QImage::Format_RGB32);
    page.fill(Qt::white);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(18);
    QPainter p(&page);
    p.setFont(font);
    p.setPen(Qt::black);
    const QString hi = QStringLiteral("Hi ");
    const int x0 = 20;
    p.drawText(x0, 60, hi + QStringLiteral("Dubois, thanks for the call."));
    p.end();
    const QFontMetrics metrics(font);
    const int nameLeft = x0 + metrics.horizontalAdvance(hi);
    // The last column of the name's own ink, measured in the pixels.
    int inkRight = nameLeft;
    for (int x = nameLeft; x < nameLeft + metrics.horizontalAdvance(QStringLiteral("Dubois")) + 2; ++x) {
        for (int y = 30; y < 70; ++y)
            inkRight = qGray(page.pixel(x, y)) < 128 ? std::max(inkRight, x) : inkRight;
    }
    auto engine = OcrEngine::forCurrentThread(OcrOptions());
    QVERIFY(engine.ok());
    const Result<TextLayer> layer = engine.value()->recognize(page);
    QVERIFY(layer.ok());
    const qsizetype at = layer.value().text().indexOf(QStringLiteral("Dubois"));
    QVERIFY2(at >= 0, qPrintable(layer.value().text()));
    QRectF name;
    for (const QRectF &box : layer.value().spanBoxes(int(at), 6))
        name = name.united(box);
    QVERIFY2(name.right() >= inkRight, qPrintable(QStringLiteral("%1 < %2").arg(name.right()).arg(inkRight)));
}

QTEST_MAIN(TestOcrEngine)
#include "test_ocrengine.moc"
