// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchcommand.h"

#include "cliapp.h"
#include "detect/customdetector.h"
#include "model/piitype.h"
#include "pipeline/jobcodec.h"
#include "pipeline/memorylimit.h"
#include "pipeline/workerclient.h"
#include "progressline.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>
#include <QThread>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>

#include <iostream>
#include <string>

#include <signal.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace Blackout {

namespace {
// After SIGINT or SIGTERM the files in flight get this long to notice; then the report is written without
// them and the process ends, within the 5 s a service manager or a person at the terminal waits.
constexpr std::chrono::milliseconds kStopGrace{2000};

Cancellation &interruption()
{
    static Cancellation flag;
    return flag;
}

// Written from the signal handler, so made beforehand: the handler may only write() bytes.
QByteArray &stoppingMessage()
{
    static QByteArray message;
    return message;
}

extern "C" void onStopSignal(int)
{
    // Only async-signal-safe calls: an atomic store, signal() and write(). Another SIGINT or SIGTERM after
    // this one ends the process at once, as usual.
    interruption().cancel();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    const QByteArray &message = stoppingMessage();
    [[maybe_unused]] const auto written = ::write(STDERR_FILENO, message.constData(), size_t(message.size()));
}

void installStopHandlers()
{
    (void)interruption(); // constructed here, never first inside the handler
    const QString message = BatchCommand::tr("blackout-cli: stopping; the report lists the finished files "
                                             "(press Ctrl+C again to quit at once)");
    stoppingMessage() = '\n' + message.toLocal8Bit() + '\n';
    struct sigaction action = {};
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString option(const char *name)
{
    return QString::fromLatin1(name);
}

// Reads --name as a whole number from min to max, times scale, into value when it is given. Returns the
// usage error, or nothing.
template <typename T>
QString readWholeNumber(const QCommandLineParser &parser, const char *name, qint64 min, qint64 max, T &value,
                        qint64 scale = 1)
{
    if (!parser.isSet(option(name)))
        return {};
    bool ok = false;
    const qint64 number = parser.value(option(name)).toLongLong(&ok);
    if (!ok || number < min || number > max)
        return BatchCommand::tr("--%1 takes a whole number from %2 to %3").arg(option(name)).arg(min).arg(max);
    value = T(number * scale);
    return {};
}
} // namespace

BatchCommand::BatchCommand(Mode mode) : m_mode(mode) {}

void BatchCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("inputs"), tr("Files and folders (walked recursively)."),
                                 QStringLiteral("INPUT..."));
    parser.addOptions({
        {option("report"), tr("Write the JSON report to FILE."), tr("FILE")},
        {option("types"), tr("Data types to find, comma-separated (default: all): %1.")
                              .arg(allPiiTypeIds().join(QLatin1Char(','))),
         tr("LIST")},
        {option("links"), tr("Links to find: personal (profiles, shared files, links with tokens or user names; "
                             "the default) or all."),
         tr("POLICY")},
        {option("lang"), tr("OCR language(s) or script, e.g. eng, eng+deu or Latin (default: Latin if installed, else eng)."), tr("LANG")},
        {option("region"), tr("Default country for phone numbers, e.g. US or DE (default: from the locale)."),
         tr("CC")},
        {option("watch"), tr("A file of names and terms to always find, one per line."), tr("FILE")},
        {option("pattern"), tr("A regular expression to find (type custom); repeatable."), tr("REGEX")},
        {option("password"), tr("Password for encrypted PDFs."), tr("PASSWORD")},
        {option("jobs"), tr("Files processed in parallel (default: the number of cores)."), tr("N")},
        {option("dpi"), tr("Working resolution of PDF pages (default: 300)."), tr("DPI")},
        {option("file-timeout"), tr("Stop working on a file after SECONDS and report it as an error "
                                    "(default: 300; 0: no limit)."), tr("SECONDS")},
        {option("max-pages"), tr("Pages taken from one file at most (default: 1000)."), tr("N")},
        {option("max-megapixels"), tr("Largest image or rendered page, in millions of pixels (default: 200)."),
         tr("N")},
        {option("max-message-mb"), tr("Largest email, raw or decoded, in megabytes (default: 256)."), tr("N")},
        {option("max-mime-parts"), tr("MIME parts in one email at most (default: 1000)."), tr("N")},
        {option("max-mime-depth"), tr("Nesting of parts and attached emails at most (default: 32)."), tr("N")},
        {option("max-memory-mb"), tr("Memory of each worker process at most, in megabytes (default: a share of this "
                                     "machine's memory, %1 here; 0: no limit).")
                                      .arg(MemoryLimit::defaultMegabytes(QThread::idealThreadCount())),
         tr("N")},
        {option("quiet"), tr("Print nothing but errors.")},
        {option("verbose"), tr("Print every file as it is done.")},
    });
    if (m_mode == Mode::Redact) {
        parser.addOptions({
            {{option("o"), option("output")}, tr("Folder for the redacted images (required)."), tr("OUTDIR")},
            {option("preset"), tr("Export preset: original, x, mastodon, bluesky or instagram (default: original)."),
             tr("PRESET")},
            {option("style"), tr("Redaction style: black, colour, label or mosaic (default: black)."), tr("STYLE")},
            {option("format"), tr("Image format: png, jpeg or webp (default: png)."), tr("FORMAT")},
            {option("session"), tr("Apply saved review decisions (<file>.blackout.json) where they exist.")},
            {option("skip-existing"), tr("Skip files whose outputs exist already (resume an interrupted run).")},
            {option("allow-leaks"), tr("Exit 0 even when the leak check reads redacted text again.")},
            {option("leak-check"),
             tr("How exports are read again: auto (pages Blackout laid out itself: their own text, the lines around "
                "every box and the boxes' pixels; other pages whole), full (every page whole) or none (default: auto)."),
             tr("MODE")},
            {option("no-leak-check"), tr("Do not read the exports again with OCR (faster, less safe).")},
        });
    }
}

QString BatchCommand::configure(const QCommandLineParser &parser)
{
    Settings &s = m_options.settings;
    if (parser.isSet(option("types"))) {
        for (const QString &id : parser.value(option("types")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto type = piiTypeFromId(id.trimmed());
            if (!type)
                return tr("unknown type '%1' in --types").arg(id.trimmed());
            s.enabledTypes.insert(*type);
        }
    }
    if (parser.isSet(option("links"))) {
        const auto links = linkPolicyFromId(parser.value(option("links")).trimmed());
        if (!links)
            return tr("unknown link policy '%1'; use personal or all").arg(parser.value(option("links")));
        s.links = *links;
    }
    if (parser.isSet(option("lang")))
        s.ocrLanguage = parser.value(option("lang"));
    if (parser.isSet(option("region")))
        s.phoneRegion = parser.value(option("region")).toUpper();
    if (parser.isSet(option("watch"))) {
        QFile file(parser.value(option("watch")));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return tr("cannot read the watch list %1").arg(file.fileName());
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1Char('#')))
                s.watchList.append(line.trimmed());
        }
    }
    for (const QString &pattern : parser.values(option("pattern"))) {
        const Status valid = CustomDetector::validatePattern(pattern);
        if (!valid)
            return tr("invalid --pattern '%1': %2").arg(pattern, valid.error().message);
        s.customPatterns.append(pattern);
    }
    m_options.load.password = parser.value(option("password"));
    m_jobs = QThread::idealThreadCount();
    LoadOptions &load = m_options.load;
    // The guards' upper ends keep the products in range; anything near them is no longer a guard.
    for (const QString &error : {readWholeNumber(parser, "jobs", 1, 256, m_jobs),
                                 readWholeNumber(parser, "dpi", 36, 1200, s.dpi),
                                 readWholeNumber(parser, "max-megapixels", 1, 100'000, load.maxImagePixels, 1'000'000),
                                 readWholeNumber(parser, "max-message-mb", 1, 2047, load.maxMessageBytes, 1 << 20),
                                 readWholeNumber(parser, "max-mime-parts", 1, 10'000'000, load.maxMimeParts),
                                 readWholeNumber(parser, "max-mime-depth", 1, 10'000, load.maxMimeDepth),
                                 readWholeNumber(parser, "max-memory-mb", 0, 1'000'000, m_maxMemoryMb)}) {
        if (!error.isEmpty())
            return error;
    }
    if (!parser.isSet(option("max-memory-mb")))
        m_maxMemoryMb = MemoryLimit::defaultMegabytes(m_jobs);
    load.dpi = s.dpi;
    if (parser.isSet(option("file-timeout"))) {
        bool ok = false;
        m_options.fileTimeoutSeconds = parser.value(option("file-timeout")).toInt(&ok);
        if (!ok || m_options.fileTimeoutSeconds < 0)
            return tr("--file-timeout takes a whole number of seconds (0: no limit)");
    }
    if (const QString error = readWholeNumber(parser, "max-pages", 1, 1'000'000, load.maxPages); !error.isEmpty())
        return error;
    m_reportPath = parser.value(option("report"));
    m_quiet = parser.isSet(option("quiet"));
    m_verbose = parser.isSet(option("verbose")) && !m_quiet;

    if (m_mode == Mode::Scan)
        return {};
    m_options.exportPages = true;
    m_options.outputRoot = parser.value(option("output"));
    if (m_options.outputRoot.isEmpty())
        return tr("redact needs an output folder: -o OUTDIR");
    const QString presetId = parser.isSet(option("preset")) ? parser.value(option("preset")) : s.preset;
    const auto preset = ExportPreset::byId(presetId);
    if (!preset)
        return tr("unknown preset '%1'; use original, x, mastodon, bluesky or instagram").arg(presetId);
    m_options.preset = *preset;
    if (parser.isSet(option("style"))) {
        const auto style = redactionStyleFromId(parser.value(option("style")));
        if (!style)
            return tr("unknown style '%1'; use black, colour, label or mosaic").arg(parser.value(option("style")));
        s.style = *style;
    }
    m_options.redaction = RedactionOptions::fromSettings(s);
    const QString formatId = parser.isSet(option("format")) ? parser.value(option("format")) : s.format;
    const auto format = imageFormatFromId(formatId);
    if (!format)
        return tr("unknown format '%1'; use png, jpeg or webp").arg(formatId);
    m_options.format = *format;
    m_options.applySession = parser.isSet(option("session"));
    m_options.skipExisting = parser.isSet(option("skip-existing"));
    const QString leakMode = parser.isSet(option("leak-check")) ? parser.value(option("leak-check")) : QStringLiteral("auto");
    if (leakMode != QLatin1String("auto") && leakMode != QLatin1String("full") && leakMode != QLatin1String("none"))
        return tr("unknown leak check '%1'; use auto, full or none").arg(leakMode);
    m_options.leakCheck = !parser.isSet(option("no-leak-check")) && leakMode != QLatin1String("none");
    m_options.fullLeakCheck = leakMode == QLatin1String("full");
    m_allowLeaks = parser.isSet(option("allow-leaks"));
    return {};
}

int BatchCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        err() << "blackout-cli: " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty()) {
        err() << tr("blackout-cli: no input given") << Qt::endl;
        return ExitUsage;
    }
    const QString problem = configure(parser);
    if (!problem.isEmpty()) {
        err() << "blackout-cli: " << problem << Qt::endl;
        return ExitUsage;
    }
    if (m_mode == Mode::Redact && InputWalker::isInsideAnInput(m_options.outputRoot, inputs)) {
        err() << tr("blackout-cli: the output folder %1 lies inside an input folder; choose another")
                     .arg(m_options.outputRoot)
              << Qt::endl;
        return ExitUsage;
    }

    const WalkResult walk = InputWalker::walk(inputs);
    for (const QString &missing : walk.missing)
        err() << tr("blackout-cli: %1: no such file or folder").arg(missing) << Qt::endl;
    if (m_verbose) {
        for (const QString &skipped : walk.skipped)
            err() << tr("skipped (not an email, PDF or image): %1").arg(skipped) << Qt::endl;
    }

    installStopHandlers();
    ProgressLine bar(stderr);
    BatchRunner runner(m_options, m_jobs, m_reportPath);
    runner.setStopGrace(kStopGrace);
    // Every file runs in a worker process started from this program, one per job slot: a hang or crash
    // inside a library costs that file, not the batch.
    // The limit goes explicitly: a worker's own default would share the memory among its single job.
    const QStringList workerArguments = QStringList{QStringLiteral("worker"), modeId()} + arguments.mid(1) +
                                        QStringList{QStringLiteral("--max-memory-mb"), QString::number(m_maxMemoryMb)};
    const QString program = QCoreApplication::applicationFilePath();
    const int fileTimeout = m_options.fileTimeoutSeconds;
    const int memoryLimitMb = m_maxMemoryMb;
    runner.setJobFunction([=](const BatchInput &input, const QString &stem, const Cancellation &cancel,
                              const std::function<void()> &pageDone) {
        thread_local std::unique_ptr<WorkerClient> client; // one worker per pool thread, kept across files
        if (!client)
            client = std::make_unique<WorkerClient>(program, workerArguments, fileTimeout, memoryLimitMb);
        return client->run(input, stem, cancel, pageDone);
    });
    int lastFilesDone = 0;
    const BatchSummary summary = runner.run(walk, interruption(), [&](const BatchProgress &p) {
        if (m_quiet)
            return;
        if (m_verbose && p.filesDone != lastFilesDone) {
            bar.finish();
            err() << tr("done: %1").arg(p.lastFile) << Qt::endl;
        }
        lastFilesDone = p.filesDone;
        bar.update(p);
    });
    bar.finish();

    if (m_mode == Mode::Scan && m_reportPath.isEmpty())
        QTextStream(stdout) << runner.reportJson();
    printSummary(summary, walk);

    const bool leaked = summary.leaks > 0 && !m_allowLeaks;
    const int status = summary.filesFailed > 0 || leaked || summary.cancelled || !walk.missing.isEmpty()
                           ? ExitSomeFailed
                           : ExitOk;
    if (summary.abandoned) {
        // Workers are still inside a library call and use this frame: end here, without destructors.
        std::fflush(stdout);
        std::fflush(stderr);
        std::_Exit(status);
    }
    return status;
}

QString BatchCommand::modeId() const
{
    return m_mode == Mode::Scan ? QStringLiteral("scan") : QStringLiteral("redact");
}

int BatchCommand::runWorker(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments) || !configure(parser).isEmpty())
        return ExitUsage;
    // Ctrl+C reaches the whole process group, and a service manager's SIGTERM the whole cgroup: the batch
    // decides what stops (and kills its workers). A worker never outlives its batch, however that ends.
    std::signal(SIGINT, SIG_IGN);
    std::signal(SIGTERM, SIG_IGN);
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    MemoryLimit::apply(m_maxMemoryMb);
    const auto send = [](const QByteArray &line) {
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
    };
    std::string line;
    while (std::getline(std::cin, line)) {
        const auto job = JobCodec::decodeJob(QByteArray::fromStdString(line));
        if (!job)
            return ExitUsage;
        const JobResult result = FileJob::run(job->first, job->second, m_options, Cancellation(),
                                              [&] { send(QByteArrayLiteral("page\n")); });
        send(JobCodec::encodeResult(result));
    }
    return ExitOk;
}

void BatchCommand::printSummary(const BatchSummary &summary, const WalkResult &walk) const
{
    for (const QString &error : summary.errors)
        err() << tr("error: %1").arg(error) << Qt::endl;
    for (const QString &note : summary.notes)
        err() << tr("note: %1").arg(note) << Qt::endl;
    for (const QString &leak : summary.leakMessages)
        err() << tr("LEAK: %1").arg(leak) << Qt::endl;
    if (m_quiet)
        return;
    QStringList byType;
    for (auto it = summary.hits.cbegin(); it != summary.hits.cend(); ++it)
        byType.append(QStringLiteral("%1 %2").arg(it.value()).arg(piiTypeId(it.key())));
    QString line = tr("%1 (%2 ok, %3 failed, %4 skipped as not documents), %5, hits: %6; %7; %8 s")
                       .arg(tr("%n file(s)", nullptr, summary.files))
                       .arg(summary.filesOk).arg(summary.filesFailed).arg(walk.skipped.size())
                       .arg(tr("%n page(s)", nullptr, summary.pages))
                       .arg(byType.isEmpty() ? tr("none") : byType.join(QStringLiteral(", ")))
                       .arg(tr("%n leak(s)", nullptr, summary.leaks))
                       .arg(summary.elapsedMs / 1000.0, 0, 'f', 1);
    if (summary.filesResumed > 0)
        line += tr("; %n file(s) already done by an earlier run", nullptr, summary.filesResumed);
    if (summary.cancelled)
        line += tr("; interrupted: the report lists what was finished");
    if (m_mode == Mode::Redact)
        line += tr("; output in %1").arg(QDir(m_options.outputRoot).absolutePath());
    // Scan writes its report to stdout: the summary goes to stderr so the JSON stays clean.
    if (m_mode == Mode::Scan)
        err() << line << Qt::endl;
    else
        QTextStream(stdout) << line << Qt::endl;
}

} // namespace Blackout
