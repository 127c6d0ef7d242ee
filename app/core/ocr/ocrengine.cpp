// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocr/ocrengine.h"

#include "ocr/ocrpreprocessor.h"
#include "ocr/missedtextfinder.h"
#include "ocr/panelsplitter.h"

#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include <omp.h>

#include <clocale>
#include <climits>
#include <cstring>
#include <map>

namespace Blackout {

namespace {

// Debian's libtesseract uses OpenMP; on a machine with few cores its default team per parallel region
// competes with our own worker threads and makes a page several times slower. The limit is an ICV of the
// calling thread (and the environment is read only when libgomp loads, so OMP_THREAD_LIMIT set in main()
// is too late): each thread that runs Tesseract limits itself. Tesseract's LSTM asks for teams with an
// explicit num_threads() clause, which overrides omp_set_num_threads(); only "no active parallel level"
// turns those teams into the calling thread alone.
void limitOpenMpForThisThread()
{
    thread_local bool limited = false;
    if (limited)
        return;
    omp_set_max_active_levels(0);
    omp_set_num_threads(1);
    limited = true;
}

// Tesseract parses its parameters and traineddata with the C library in the current numeric locale; under a
// locale with a decimal comma (de_DE after QCoreApplication's setlocale) it misreads them. setlocale is
// process-wide, so engines created on several threads at once take turns.
class CNumericLocale {
public:
    CNumericLocale() : m_locker(&mutex())
    {
        const char *current = std::setlocale(LC_NUMERIC, nullptr);
        m_saved = current ? current : "C";
        std::setlocale(LC_NUMERIC, "C");
    }
    ~CNumericLocale() { std::setlocale(LC_NUMERIC, m_saved.c_str()); }

private:
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    QMutexLocker<QMutex> m_locker;
    std::string m_saved;
};

struct Monitor : tesseract::ETEXT_DESC {
    const Cancellation *cancellation = nullptr;
    const std::function<void(int)> *progressFunction = nullptr;
    int lastProgress = -1;

    static bool cancelled(void *self, int)
    {
        const auto *m = static_cast<Monitor *>(self);
        return m->cancellation && m->cancellation->isCancelled();
    }
    static bool progressed(tesseract::ETEXT_DESC *desc, int, int, int, int)
    {
        auto *m = static_cast<Monitor *>(desc);
        if (m->progressFunction && *m->progressFunction && desc->progress != m->lastProgress) {
            m->lastProgress = desc->progress;
            (*m->progressFunction)(std::clamp<int>(desc->progress, 0, 100));
        }
        return true;
    }
};

QString fromUtf8(char *text)
{
    const QString s = QString::fromUtf8(text ? text : "");
    delete[] text;
    return s;
}

QRectF boxAt(const tesseract::ResultIterator &it, tesseract::PageIteratorLevel level)
{
    int l = 0, t = 0, r = 0, b = 0;
    if (!it.BoundingBox(level, &l, &t, &r, &b))
        return {};
    return QRectF(l, t, r - l, b - t);
}

constexpr qreal kMergeGap = 0.45;


// The box around the ink inside box: Tesseract's boxes can reach into neighbouring lines or blur margins,
// while a hit's box must sit on the glyphs it hides. image is the prepared image (dark text on light). Ink is
// a pixel at least a quarter of the box's contrast darker than its lightest, so that the anti-aliased
// edges of grey text count too while JPEG noise on the background does not.
// The gray level below which a pixel of area is ink, or -1 where area holds too little contrast for any.
int inkThreshold(const QImage &image, const QRect &area)
{
    int darkest = 255, lightest = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = area.left(); x <= area.right(); ++x) {
            darkest = std::min<int>(darkest, row[x]);
            lightest = std::max<int>(lightest, row[x]);
        }
    }
    return lightest - darkest < 48 ? -1 : lightest - (lightest - darkest) / 4;
}

QRectF inkBox(const QImage &image, const QRectF &box)
{
    const QRect area = box.toAlignedRect().intersected(image.rect());
    const int threshold = inkThreshold(image, area);
    if (threshold < 0)
        return box;
    int left = area.right() + 1, right = area.left() - 1, top = area.bottom() + 1, bottom = area.top() - 1;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = area.left(); x <= area.right(); ++x) {
            if (row[x] < threshold) {
                left = std::min(left, x);
                right = std::max(right, x);
                top = std::min(top, y);
                bottom = std::max(bottom, y);
            }
        }
    }
    if (right < left)
        return box;
    return QRectF(left, top, right - left + 1, bottom - top + 1);
}

struct PendingWord {
    QString text;
    QRectF box;
    float confidence = 0;
    QList<QPair<QString, QRectF>> symbols;
};

// Tesseract sometimes splits an address at its '@', where proportional fonts leave side bearings that look
// like a narrow space at small sizes (measured: 0.2-0.35 of the word height), and a domain before its dot
// ("northwindtraders .com", seen in terminal fonts, where the dot's cell is mostly empty). A space written
// there on purpose is rare, and reading "me @ home" as one token only errs on the side of redacting.
bool splitsAnIdentifier(const QString &left, const QString &right)
{
    if (left.endsWith(QLatin1Char('@')) || right.startsWith(QLatin1Char('@')))
        return true;
    // ".com", ".co.uk/path", ".com>": a dot and a top-level domain of two letters or more after a name part.
    static const QRegularExpression domainTail(QStringLiteral(R"(^\.[a-z]{2,}(?:\W\S*)?$)"));
    static const QRegularExpression domainHead(QStringLiteral(R"([\w-]{2,}$)"));
    return domainTail.match(right).hasMatch() && domainHead.match(left).hasMatch();
}

void mergeSplitIdentifiers(QList<PendingWord> &words)
{
    for (int i = int(words.size()) - 1; i > 0; --i) {
        PendingWord &a = words[i - 1];
        const PendingWord &b = words.at(i);
        if (!splitsAnIdentifier(a.text, b.text))
            continue;
        const qreal gap = b.box.left() - a.box.right();
        const qreal height = std::max(a.box.height(), b.box.height());
        if (gap > kMergeGap * height)
            continue;
        a.text += b.text;
        a.box = a.box.united(b.box);
        a.confidence = std::min(a.confidence, b.confidence);
        a.symbols += b.symbols;
        words.removeAt(i);
    }
}

// A word that ends in a comma, full stop or colon ("Dubois," in a greeting): the punctuation is the last
// run of ink columns in the word; the letter before it reaches up to that run. LSTM symbol boxes and the split
// by shape both misplace that edge by a few pixels, enough to leave the last letter of a name readable.
void fitTrailingPunctuation(const QImage &image, const QRectF &wordBox, const QString &word, QList<QRectF> &boxes)
{
    if (word.size() < 2 || boxes.size() != word.size() || !QStringLiteral(",.;:!?").contains(word.back()))
        return;
    const QRect area = wordBox.toAlignedRect().intersected(image.rect());
    if (area.isEmpty())
        return;
    const int threshold = inkThreshold(image, area);
    if (threshold < 0)
        return;
    const auto inked = [&](int x) {
        for (int y = area.top(); y <= area.bottom(); ++y) {
            if (image.constScanLine(y)[x] < threshold)
                return true;
        }
        return false;
    };
    int right = area.right();
    while (right > area.left() && !inked(right))
        --right;
    int start = right;
    while (start > area.left() && inked(start - 1))
        --start;
    // The run must be narrow (a mark, not a letter) and have ink before it.
    if (right - start + 1 > area.height() / 3 || start <= area.left() + 1)
        return;
    int gapStart = start - 1;
    while (gapStart > area.left() && !inked(gapStart))
        --gapStart;
    QRectF &mark = boxes.last();
    QRectF &letter = boxes[boxes.size() - 2];
    mark.setLeft(start);
    mark.setRight(std::max<qreal>(mark.right(), right + 1));
    letter.setRight(std::max<qreal>(letter.right(), gapStart + 1));
}

// Character boxes of one word: Tesseract's symbol boxes where they spell the word, clipped to the word's
// box (LSTM symbol positions can stray), else the word box split by the characters' usual widths.
void appendWord(TextLayer &layer, const QImage &image, const QString &word, const QRectF &wordBox,
                float confidence, const QList<QPair<QString, QRectF>> &symbols)
{
    QString spelled;
    for (const auto &symbol : symbols)
        spelled += symbol.first;
    QList<QRectF> boxes;
    const auto splitByShape = [&] { boxes = TextLayer::boxesByShape(word, inkBox(image, wordBox)); };
    if (spelled != word || symbols.isEmpty()) {
        splitByShape();
    } else {
        for (const auto &symbol : symbols) {
            QRectF box = symbol.second.intersected(wordBox);
            if (box.isEmpty()) {
                splitByShape();
                break;
            }
            box = inkBox(image, box);
            // A symbol of several QChars (a ligature, a surrogate pair) shares its box evenly.
            const int n = int(symbol.first.size());
            const qreal w = box.width() / n;
            for (int i = 0; i < n; ++i)
                boxes.append(QRectF(box.left() + i * w, box.top(), w, box.height()));
        }
    }
    fitTrailingPunctuation(image, wordBox, word, boxes);
    layer.appendWord(word, boxes, confidence);
}

// Appends what the engine recognised last to layer, a line per text line, and the word boxes to read.
// One line as Tesseract read it, kept apart until the doubtful lines have been read again.
struct ReadLine {
    QList<PendingWord> words;

    QRectF box() const
    {
        QRectF r;
        for (const PendingWord &w : words)
            r = r.united(w.box);
        return r;
    }
    /// Mean word confidence, weighted by length: one short misread word weighs less than a long one.
    float confidence() const
    {
        float sum = 0;
        int weight = 0;
        for (const PendingWord &w : words) {
            sum += w.confidence * float(w.text.size());
            weight += int(w.text.size());
        }
        return weight > 0 ? sum / float(weight) : 0.0f;
    }
};

QList<ReadLine> readLines(tesseract::TessBaseAPI &api)
{
    QList<ReadLine> lines;
    std::unique_ptr<tesseract::ResultIterator> it(api.GetIterator());
    if (!it)
        return lines;
    ReadLine line;
    PendingWord word;
    auto flushWord = [&] {
        if (!word.text.isEmpty())
            line.words.append(word);
        word = PendingWord();
    };
    auto flushLine = [&] {
        flushWord();
        mergeSplitIdentifiers(line.words);
        if (!line.words.isEmpty())
            lines.append(line);
        line = ReadLine();
    };
    do {
        if (it->Empty(tesseract::RIL_SYMBOL))
            continue;
        if (it->IsAtBeginningOf(tesseract::RIL_TEXTLINE))
            flushLine();
        if (it->IsAtBeginningOf(tesseract::RIL_WORD)) {
            flushWord();
            word.text = fromUtf8(it->GetUTF8Text(tesseract::RIL_WORD)).trimmed();
            word.box = boxAt(*it, tesseract::RIL_WORD);
            word.confidence = std::clamp(it->Confidence(tesseract::RIL_WORD) / 100.0f, 0.0f, 1.0f);
        }
        word.symbols.append({fromUtf8(it->GetUTF8Text(tesseract::RIL_SYMBOL)), boxAt(*it, tesseract::RIL_SYMBOL)});
    } while (it->Next(tesseract::RIL_SYMBOL));
    flushLine();
    return lines;
}

void appendLines(TextLayer &layer, const QImage &prepared, const QList<ReadLine> &lines, QList<QRect> &read)
{
    for (const ReadLine &line : lines) {
        const PendingWord *previous = nullptr;
        for (const PendingWord &w : line.words) {
            // Words far apart on one line stand in different columns: more than two and a half glyph heights
            // of empty space, where a space between words is a third of one and justified text stretches it to one.
            if (previous && w.box.left() - previous->box.right() > 2.5 * std::max(w.box.height(), previous->box.height()))
                layer.appendColumnGap();
            previous = &w;
            appendWord(layer, prepared, w.text, w.box, w.confidence, w.symbols);
            read.append(w.box.toAlignedRect());
        }
        layer.endLine();
    }
}

// A line read with low confidence is often one that the page's preprocessing or layout spoilt (a line under
// a dark status bar, list rows merged with their neighbours). Prepared again on its own from the source
// pixels and read as one line, it often comes out right. Tesseract's confidences do not say which reading
// is right (a line split into many short words scores high), so both are kept: detection reads both, and
// hits on the same pixels merge.
constexpr float kDoubtfulLine = 0.80f;
constexpr int kMaxDoubtfulLines = 40;

QString lettersOf(const ReadLine &line)
{
    QString out;
    for (const PendingWord &w : line.words) {
        for (const QChar c : w.text) {
            if (c.isLetterOrNumber())
                out += c.toCaseFolded();
        }
    }
    return out;
}

/// One line of the page read again on its own: box (in the page's prepared pixels) is prepared afresh from
/// the source pixels with a white border, so that the rows above and below it cannot take part, and read as
/// a single line. The words come back in the page's prepared pixels, where every other line is.
ReadLine readOneLine(tesseract::TessBaseAPI &api, const QImage &source, const PreparedImage &page, const QRectF &box,
                     const PreprocessOptions &options)
{
    ReadLine line;
    const QRectF inSource = page.toSource.mapRect(box);
    const qreal margin = inSource.height() * 0.3;
    const QRect area =
        inSource.adjusted(-margin, -margin * 0.5, margin, margin * 0.5).toAlignedRect().intersected(source.rect());
    PreprocessOptions one = options;
    one.deskew = false;
    one.singleLine = true;
    const PreparedImage prepared = OcrPreprocessor::prepare(source, area, one);
    Pix *pix = prepared.image.isNull() ? nullptr : OcrPreprocessor::toPix(prepared.image);
    if (!pix)
        return line;
    api.SetImage(pix);
    api.SetSourceResolution(prepared.resolution);
    if (api.Recognize(nullptr) == 0) {
        for (const ReadLine &part : readLines(api))
            line.words += part.words;
    }
    pixDestroy(&pix);
    const QTransform map = prepared.toSource * page.toSource.inverted();
    for (PendingWord &w : line.words) {
        w.box = map.mapRect(w.box);
        for (auto &symbol : w.symbols)
            symbol.second = map.mapRect(symbol.second);
    }
    return line;
}

/// One line of the page's prepared pixels read on its own: box is cut out onto a white ground, so that the
/// rows above and below it (close in a list or a table) cannot take part; with them in its margin Tesseract
/// often reads nothing at all. The words come back in the page's prepared pixels.
ReadLine readCutOutLine(tesseract::TessBaseAPI &api, const PreparedImage &page, const QRect &box)
{
    ReadLine line;
    const QRect cut = box.intersected(page.image.rect());
    if (cut.isEmpty())
        return line;
    const int margin = std::max(4, cut.height() / 2);
    QImage ground(cut.width() + 2 * margin, cut.height() + 2 * margin, QImage::Format_Grayscale8);
    ground.fill(255);
    // Stretched so that its darkest ink is black: faint text (a mail client's green header names on a dark
    // theme come out light grey) is what Tesseract drops, and alone in the cut-out it is all there is.
    int darkest = 255;
    for (int y = 0; y < cut.height(); ++y) {
        const uchar *row = page.image.constScanLine(y + cut.top()) + cut.left();
        darkest = std::min(darkest, int(*std::min_element(row, row + cut.width())));
    }
    const int range = std::max(1, 255 - darkest);
    for (int y = 0; y < cut.height(); ++y) {
        const uchar *from = page.image.constScanLine(y + cut.top()) + cut.left();
        uchar *to = ground.scanLine(y + margin) + margin;
        for (int x = 0; x < cut.width(); ++x)
            to[x] = uchar((from[x] - darkest) * 255 / range);
    }
    Pix *pix = OcrPreprocessor::toPix(ground);
    if (!pix)
        return line;
    api.SetImage(pix);
    api.SetSourceResolution(page.resolution);
    // The single-line mode still finds the line's blobs first, and drops all or part of a line whose text
    // a spell checker's wavy underline joins into one blob (a spreadsheet's email column read nothing, or
    // "@eirmail" of a whole address); the raw-line mode takes the cut-out as the line it is. The reading
    // that spans more of the line wins.
    const auto readAs = [&](tesseract::PageSegMode mode) {
        ReadLine read;
        api.SetPageSegMode(mode);
        if (api.Recognize(nullptr) == 0) {
            for (const ReadLine &part : readLines(api))
                read.words += part.words;
        }
        return read;
    };
    const auto span = [](const ReadLine &read) { return read.words.isEmpty() ? 0.0 : read.box().width(); };
    line = readAs(tesseract::PSM_SINGLE_LINE);
    if (span(line) < 0.7 * cut.width()) {
        ReadLine raw = readAs(tesseract::PSM_RAW_LINE);
        if (span(raw) > span(line))
            line = std::move(raw);
    }
    api.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
    pixDestroy(&pix);
    // Raw-line boxes can take in the white margin, and with it, once back on the page, the next rows' ink:
    // nothing read here lies outside the cut.
    const QPointF offset(cut.left() - margin, cut.top() - margin);
    const QRectF within(cut);
    for (PendingWord &w : line.words) {
        w.box = w.box.translated(offset).intersected(within);
        for (auto &symbol : w.symbols)
            symbol.second = symbol.second.translated(offset).intersected(within);
    }
    return line;
}

/// The second reading of every doubtful line, by the line's index (an empty line where there is none).
QList<ReadLine> rereadDoubtfulLines(tesseract::TessBaseAPI &api, const QImage &source, const PreparedImage &page,
                                    const QList<ReadLine> &lines, const PreprocessOptions &options,
                                    const Cancellation &cancel)
{
    QList<ReadLine> alternatives(lines.size());
    int reread = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ReadLine &line = lines.at(i);
        if (reread >= kMaxDoubtfulLines || cancel.isCancelled())
            break;
        if (line.confidence() >= kDoubtfulLine || lettersOf(line).size() < 4)
            continue;
        ++reread;
        ReadLine again = readOneLine(api, source, page, line.box(), options);
        if (again.words.isEmpty() || lettersOf(again) == lettersOf(line))
            continue;
        alternatives[i] = again;
    }
    return alternatives;
}

constexpr int kMaxRereadLines = 40;

// Blackout wants words and their boxes, not a page's structure. Tesseract's table finder (ColumnFinder::
// FindBlocks -> TableFinder::LocateTables) runs inside layout analysis, before recognition, where the
// monitor's cancel callback is never asked: on a scanned sheet of graph paper (every cell a candidate
// table cell) TableFinder::GridMergeTableRegions ran for more than six minutes of CPU, past any
// --file-timeout. Tables only regroup text into blocks: without them 5 of the 48 development pages read
// in another order or grouping, and the same 202/204 (screenshots) and 159/164 (scans) addresses and
// numbers are found.
void switchOffUnusedLayoutAnalysis(tesseract::TessBaseAPI &api)
{
    api.SetVariable("textord_tabfind_find_tables", "0");       // table detection (TableFinder)
    api.SetVariable("textord_tablefind_recognize_tables", "0"); // table structure (off by default; kept off)
    api.SetVariable("textord_equation_detect", "0");          // equation regions (off by default; kept off)
}

} // namespace

QString OcrOptions::key() const
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(language, tessdataPath)
        .arg(int(layout))
        .arg(preprocess)
        .arg(targetTextHeight);
}

struct OcrEngine::Private {
    OcrOptions options;
    std::unique_ptr<tesseract::TessBaseAPI> api;

    tesseract::PageSegMode pageSegMode() const
    {
        return options.layout == OcrOptions::Layout::Sparse ? tesseract::PSM_SPARSE_TEXT : tesseract::PSM_AUTO;
    }
};

OcrEngine::OcrEngine() : d(std::make_unique<Private>()) {}

OcrEngine::~OcrEngine()
{
    if (d && d->api)
        d->api->End();
}

const OcrOptions &OcrEngine::options() const
{
    return d->options;
}

QString OcrEngine::tessdataFolder(const QString &tessdataPath)
{
    auto hasData = [](const QString &dir) {
        return !dir.isEmpty() && !QDir(dir).entryList({QStringLiteral("*.traineddata")}, QDir::Files).isEmpty();
    };
    if (!tessdataPath.isEmpty())
        return tessdataPath;
    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!prefix.isEmpty()) {
        // Tesseract 4+ means the folder itself; older setups point at its parent.
        if (hasData(prefix) || !hasData(prefix + QStringLiteral("/tessdata")))
            return QDir::cleanPath(prefix);
        return QDir::cleanPath(prefix + QStringLiteral("/tessdata"));
    }
    const QStringList candidates = {
        QStringLiteral("/usr/share/tesseract-ocr/5/tessdata"),
        QStringLiteral("/usr/share/tesseract-ocr/4.00/tessdata"),
        QStringLiteral("/usr/share/tessdata"),
        QStringLiteral("/usr/local/share/tessdata"),
    };
    for (const QString &dir : candidates) {
        if (hasData(dir))
            return dir;
    }
    return candidates.first();
}

QStringList OcrEngine::availableLanguages(const QString &tessdataPath)
{
    QStringList languages;
    const QDir dir(tessdataFolder(tessdataPath));
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.traineddata")}, QDir::Files, QDir::Name)) {
        // osd is orientation detection, not a language to read.
        if (info.completeBaseName() != QLatin1String("osd"))
            languages.append(info.completeBaseName());
    }
    return languages;
}

QString OcrEngine::automaticLanguage(const QString &tessdataPath)
{
    return availableLanguages(tessdataPath).contains(QLatin1String("Latin")) ? QStringLiteral("Latin")
                                                                              : QStringLiteral("eng");
}

Result<std::unique_ptr<OcrEngine>> OcrEngine::create(const OcrOptions &options)
{
    limitOpenMpForThisThread();
    const QString folder = tessdataFolder(options.tessdataPath);
    const QString chosen = options.language.isEmpty() ? automaticLanguage(options.tessdataPath) : options.language;
    const QStringList wanted = chosen.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    if (wanted.isEmpty())
        return Error{ErrorCode::InvalidArgument, tr("No OCR language was chosen.")};
    const QStringList installed = availableLanguages(options.tessdataPath);
    for (const QString &language : wanted) {
        if (installed.contains(language))
            continue;
        // Tesseract's script models (Latin, Cyrillic, ...) are capitalised and packaged by script code.
        if (language.at(0).isUpper()) {
            return Error{ErrorCode::OcrUnavailable,
                         tr("The OCR script “%1” is not installed; install its package, e.g. tesseract-ocr-script-latn for Latin.")
                             .arg(language)};
        }
        return Error{ErrorCode::OcrUnavailable,
                     tr("The OCR language “%1” is not installed; install the package tesseract-ocr-%1.").arg(language)};
    }

    std::unique_ptr<OcrEngine> engine(new OcrEngine);
    engine->d->options = options;
    try {
        CNumericLocale locale;
        auto api = std::make_unique<tesseract::TessBaseAPI>();
        const QByteArray path = QFile::encodeName(folder);
        const QByteArray language = wanted.join(QLatin1Char('+')).toUtf8();
        if (api->Init(path.constData(), language.constData(), tesseract::OEM_LSTM_ONLY) != 0) {
            return Error{ErrorCode::OcrUnavailable,
                         tr("The text recognition engine could not start with the language data in %1.")
                             .arg(QDir::toNativeSeparators(folder))};
        }
        // Tesseract's diagnostics ("Empty page!!" for a line read again that holds nothing) are no user's business.
        api->SetVariable("debug_file", "/dev/null");
        // We fix polarity ourselves; Tesseract's own retry of every doubtful line inverted costs time.
        api->SetVariable("tessedit_do_invert", "0");
        switchOffUnusedLayoutAnalysis(*api);
        engine->d->api = std::move(api);
        engine->d->api->SetPageSegMode(engine->d->pageSegMode());
    } catch (...) {
        return Error{ErrorCode::OcrUnavailable, tr("The text recognition engine could not start.")};
    }
    return engine;
}

Result<OcrEngine *> OcrEngine::forCurrentThread(const OcrOptions &options)
{
    limitOpenMpForThisThread();
    thread_local std::map<QString, std::unique_ptr<OcrEngine>> engines;
    const QString key = options.key();
    auto it = engines.find(key);
    if (it != engines.end())
        return it->second.get();
    auto created = create(options);
    if (!created)
        return created.error();
    OcrEngine *engine = created.value().get();
    engines.emplace(key, std::move(created.value()));
    return engine;
}

Result<TextLayer> OcrEngine::recognize(const QImage &image, const QRect &region, const Cancellation &cancel,
                                       const std::function<void(int)> &progress)
{
    limitOpenMpForThisThread();
    if (image.isNull())
        return Error{ErrorCode::InvalidArgument, tr("There is no image to read text from.")};
    if (cancel.isCancelled())
        return Error{ErrorCode::Cancelled, tr("Reading the text was cancelled.")};

    const QRect area = region.isNull() ? image.rect() : region.intersected(image.rect());
    QList<QRect> panels{area};
    if (d->options.preprocess && !area.isEmpty()) {
        panels = PanelSplitter::split(image.copy(area).convertToFormat(QImage::Format_Grayscale8));
        for (QRect &panel : panels)
            panel.translate(area.topLeft());
    }
    TextLayer layer(TextSource::Ocr);
    for (int i = 0; i < panels.size(); ++i) {
        auto panelProgress = [&](int percent) {
            if (progress)
                progress(int((i * 100 + percent) / panels.size()));
        };
        Result<TextLayer> part = readArea(image, panels.at(i), cancel, panelProgress);
        if (!part)
            return part.error();
        layer.appendLayer(part.value());
    }
    if (progress)
        progress(100);
    return layer;
}

Result<TextLayer> OcrEngine::recognizeLines(const QImage &image, const QList<QRect> &lines)
{
    TextLayer layer(TextSource::Ocr);
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    // The lines stacked into one image, read in one pass as a block of lines: a Recognize() per line cost
    // four times as much per line as reading them together.
    QList<QRect> cuts;
    QList<int> tops;
    int width = 0, height = 0, tallest = 0, lowest = INT_MAX;
    for (const QRect &line : lines) {
        const QRect cut = line.intersected(gray.rect());
        if (cut.height() < 4 || cut.width() < 4)
            continue;
        cuts.append(cut);
        width = std::max(width, cut.width());
        tallest = std::max(tallest, cut.height());
        lowest = std::min(lowest, cut.height());
    }
    if (cuts.isEmpty())
        return layer;
    const int gap = std::max(4, tallest / 2);
    height = gap;
    for (const QRect &cut : std::as_const(cuts)) {
        tops.append(height);
        height += cut.height() + gap;
    }
    QImage stack(width + 2 * gap, height, QImage::Format_Grayscale8);
    stack.fill(255);
    for (qsizetype i = 0; i < cuts.size(); ++i) {
        const QRect &cut = cuts.at(i);
        for (int y = 0; y < cut.height(); ++y)
            std::memcpy(stack.scanLine(tops.at(i) + y) + gap, gray.constScanLine(y + cut.top()) + cut.left(), size_t(cut.width()));
    }
    Pix *pix = OcrPreprocessor::toPix(stack);
    if (!pix)
        return Error{ErrorCode::TooLarge, tr("The image is too large to read its text.")};
    tesseract::TessBaseAPI &api = *d->api;
    try {
        api.SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
        api.SetImage(pix);
        // The lowest cut is one line of text with a margin; its glyphs, about half its height, are 1/12 inch
        // tall as OcrPreprocessor assumes (a taller cut holds a paragraph's wrapped lines).
        api.SetSourceResolution(std::clamp(int(lowest * 0.5 * 12), 70, 1200));
        const int status = api.Recognize(nullptr);
        const QList<ReadLine> read = status == 0 ? readLines(api) : QList<ReadLine>();
        api.SetPageSegMode(d->pageSegMode());
        api.Clear();
        pixDestroy(&pix);
        if (status != 0)
            return Error{ErrorCode::Unknown, tr("The text recognition engine could not read this image.")};
        for (const ReadLine &line : read) {
            for (const PendingWord &w : line.words) {
                // Back to the line it was cut from.
                const qreal middle = w.box.center().y();
                qsizetype i = cuts.size() - 1;
                while (i > 0 && tops.at(i) > middle)
                    --i;
                const QPointF offset(cuts.at(i).left() - gap, cuts.at(i).top() - tops.at(i));
                layer.appendWordSplitEvenly(w.text, w.box.translated(offset), w.confidence);
            }
            layer.endLine();
        }
    } catch (...) {
        api.SetPageSegMode(d->pageSegMode());
        api.Clear();
        pixDestroy(&pix);
        return Error{ErrorCode::Unknown, tr("The text recognition engine failed on this image.")};
    }
    return layer;
}

Result<TextLayer> OcrEngine::readArea(const QImage &image, const QRect &region, const Cancellation &cancel,
                                      const std::function<void(int)> &progress)
{
    PreprocessOptions pre;
    pre.targetTextHeight = d->options.targetTextHeight;
    PreparedImage prepared;
    if (d->options.preprocess) {
        prepared = OcrPreprocessor::prepare(image, region, pre);
    } else {
        const QRect area = region.isNull() ? image.rect() : region.intersected(image.rect());
        if (!area.isEmpty()) {
            prepared.image = image.copy(area).convertToFormat(QImage::Format_Grayscale8);
            prepared.toSource = QTransform::fromTranslate(area.left(), area.top());
        }
    }
    TextLayer layer(TextSource::Ocr);
    if (prepared.image.isNull())
        return layer;

    tesseract::TessBaseAPI &api = *d->api;
    try {
        Pix *pix = OcrPreprocessor::toPix(prepared.image);
        if (!pix)
            return Error{ErrorCode::TooLarge, tr("The image is too large to read its text.")};
        api.SetImage(pix);
        if (d->options.preprocess)
            api.SetSourceResolution(prepared.resolution);
        Monitor monitor;
        monitor.cancellation = &cancel;
        monitor.progressFunction = &progress;
        monitor.cancel = &Monitor::cancelled;
        monitor.cancel_this = &monitor;
        monitor.progress_callback2 = &Monitor::progressed;
        const int status = api.Recognize(&monitor);
        if (cancel.isCancelled()) {
            pixDestroy(&pix);
            api.Clear();
            return Error{ErrorCode::Cancelled, tr("Reading the text was cancelled.")};
        }
        if (status != 0) {
            pixDestroy(&pix);
            api.Clear();
            return Error{ErrorCode::Unknown, tr("The text recognition engine could not read this image.")};
        }

        QList<ReadLine> lines = readLines(api);
        QList<QRect> read;
        for (const ReadLine &line : std::as_const(lines)) {
            for (const PendingWord &w : line.words)
                read.append(w.box.toAlignedRect());
        }
        QList<ReadLine> missedLines;
        QList<ReadLine> alternatives(lines.size());
        if (d->options.preprocess && prepared.textHeight > 0) {
            // Lines the page layout dropped are read again one at a time; a bounded number, so that a page of
            // noise cannot multiply the work.
            const QList<QRect> missed = MissedTextFinder::find(prepared.image, read, prepared.textHeight * prepared.scale);
            api.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
            for (const QRect &box : missed.mid(0, kMaxRereadLines)) {
                if (cancel.isCancelled())
                    break;
                ReadLine line = readCutOutLine(api, prepared, box);
                if (!line.words.isEmpty())
                    missedLines.append(line);
            }
            // Last, for it gives Tesseract other images than the page's.
            alternatives = rereadDoubtfulLines(api, image, prepared, lines, pre, cancel);
            api.SetPageSegMode(d->pageSegMode());
        }
        // A second reading follows the line it reads again, so that text spanning two entries of the layer
        // stays in one place on the page.
        for (qsizetype i = 0; i < lines.size(); ++i) {
            appendLines(layer, prepared.image, {lines.at(i)}, read);
            if (!alternatives.at(i).words.isEmpty())
                appendLines(layer, prepared.image, {alternatives.at(i)}, read);
        }
        appendLines(layer, prepared.image, missedLines, read);
        pixDestroy(&pix);
        api.Clear();
    } catch (...) {
        api.Clear();
        return Error{ErrorCode::Unknown, tr("The text recognition engine failed on this image.")};
    }
    layer.transform(prepared.toSource);
    return layer;
}

} // namespace Blackout
