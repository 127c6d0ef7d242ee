// SPDX-License-Identifier: GPL-3.0-or-later
// bench_ocr FILES...: Blackout's OCR against the tesseract command on the same images, in one run.
// Prints per page: Blackout's time (engine initialised once), the tesseract command's time with
// OMP_THREAD_LIMIT=1, their ratio; then the throughput of 2 worker threads over 1 and the peak memory.
#include "ocr/ocrengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QThreadPool>
#include <QTextStream>

#include <sys/resource.h>
#include <time.h>

#include <atomic>
#include <cstdio>

using namespace Blackout;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double runPool(const QList<QImage> &images, int threads, const OcrOptions &options, int rounds)
{
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    pool.setExpiryTimeout(-1);   // keep the threads, and with them their engines
    std::atomic_int failures{0};
    auto runAll = [&](int n) {
        for (int r = 0; r < n; ++r) {
            for (const QImage &image : images) {
                pool.start([&, image] {
                    auto engine = OcrEngine::forCurrentThread(options);
                    if (!engine || !engine.value()->recognize(image))
                        ++failures;
                });
            }
        }
        pool.waitForDone();
    };
    // Warm every worker's engine first: initialisation is paid once per thread, not per page.
    for (int i = 0; i < threads; ++i)
        pool.start([&] { (void)OcrEngine::forCurrentThread(options); });
    pool.waitForDone();
    QElapsedTimer timer;
    timer.start();
    runAll(rounds);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (failures > 0)
        out() << "  (" << failures.load() << " pages failed)\n";
    return seconds;
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Blackout OCR benchmark"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Images to read"));
    QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("Tesseract language (default: Blackout's automatic one)"),
                                QStringLiteral("lang"), OcrEngine::automaticLanguage());
    QCommandLineOption sparse(QStringLiteral("sparse"), QStringLiteral("PSM_SPARSE_TEXT instead of PSM_AUTO"));
    QCommandLineOption raw(QStringLiteral("raw"), QStringLiteral("No preprocessing"));
    QCommandLineOption target(QStringLiteral("target"), QStringLiteral("Target glyph height"), QStringLiteral("px"),
                              QString::number(OcrOptions().targetTextHeight));
    QCommandLineOption textDir(QStringLiteral("text"), QStringLiteral("Write each page's OCR text to DIR/<name>.txt"),
                               QStringLiteral("dir"));
    QCommandLineOption noCli(QStringLiteral("no-cli"), QStringLiteral("Skip the tesseract command"));
    QCommandLineOption noThreads(QStringLiteral("no-threads"), QStringLiteral("Skip the 1 vs 2 thread run"));
    QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Passes over the files in the thread run"),
                              QStringLiteral("n"), QStringLiteral("2"));
    parser.addOptions({language, sparse, raw, target, textDir, noCli, noThreads, rounds});
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        parser.showHelp(1);

    OcrOptions options;
    options.language = parser.value(language);
    options.layout = parser.isSet(sparse) ? OcrOptions::Layout::Sparse : OcrOptions::Layout::Auto;
    options.preprocess = !parser.isSet(raw);
    options.targetTextHeight = parser.value(target).toDouble();

    QList<QImage> images;
    for (const QString &file : files) {
        QImage image(file);
        if (image.isNull()) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
            return 1;
        }
        images.append(image);
    }

    QElapsedTimer timer;
    timer.start();
    auto created = OcrEngine::create(options);
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return 1;
    }
    out() << "engine init: " << timer.nsecsElapsed() / 1e6 << " ms\n";
    OcrEngine &engine = *created.value();

    double ourTotal = 0, cliTotal = 0, ourCpuTotal = 0, cliCpuTotal = 0;
    // Wall time and CPU time: on a shared machine the CPU time is the fairer comparison.
    out() << "file\tblackout_s\ttesseract_s\tratio\tblackout_cpu\ttesseract_cpu\tcpu_ratio\tchars\n";
    for (int i = 0; i < files.size(); ++i) {
        timer.restart();
        const double cpuStart = threadCpuSeconds();
        auto layer = engine.recognize(images.at(i));
        const double ours = timer.nsecsElapsed() / 1e9;
        const double oursCpu = threadCpuSeconds() - cpuStart;
        ourTotal += ours;
        ourCpuTotal += oursCpu;
        const QString text = layer ? layer->text() : QStringLiteral("ERROR: ") + layer.error().message;
        if (parser.isSet(textDir)) {
            QDir().mkpath(parser.value(textDir));
            QFile f(parser.value(textDir) + QLatin1Char('/') + QFileInfo(files.at(i)).completeBaseName()
                    + QStringLiteral(".txt"));
            if (f.open(QIODevice::WriteOnly))
                f.write(text.toUtf8());
        }
        double cli = 0, cliCpu = 0;
        if (!parser.isSet(noCli)) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));
            process.setProcessEnvironment(env);
            timer.restart();
            const double childStart = childrenCpuSeconds();
            process.start(QStringLiteral("tesseract"), {files.at(i), QStringLiteral("stdout"), QStringLiteral("-l"),
                                                        options.language});
            process.waitForFinished(-1);
            cli = timer.nsecsElapsed() / 1e9;
            cliCpu = childrenCpuSeconds() - childStart;
            cliTotal += cli;
            cliCpuTotal += cliCpu;
        }
        out() << QFileInfo(files.at(i)).fileName() << '\t' << QString::number(ours, 'f', 3) << '\t'
              << QString::number(cli, 'f', 3) << '\t' << (cli > 0 ? QString::number(ours / cli, 'f', 2) : QString())
              << '\t' << QString::number(oursCpu, 'f', 3) << '\t' << QString::number(cliCpu, 'f', 3) << '\t'
              << (cliCpu > 0 ? QString::number(oursCpu / cliCpu, 'f', 2) : QString()) << '\t' << text.size() << '\n';
        out().flush();
    }
    out() << "total\t" << QString::number(ourTotal, 'f', 3) << '\t' << QString::number(cliTotal, 'f', 3) << '\t'
          << (cliTotal > 0 ? QString::number(ourTotal / cliTotal, 'f', 2) : QString()) << '\t'
          << QString::number(ourCpuTotal, 'f', 3) << '\t' << QString::number(cliCpuTotal, 'f', 3) << '\t'
          << (cliCpuTotal > 0 ? QString::number(ourCpuTotal / cliCpuTotal, 'f', 2) : QString()) << '\n';
    out() << "per page: blackout " << QString::number(ourTotal / files.size(), 'f', 3) << " s, tesseract "
          << QString::number(cliTotal / files.size(), 'f', 3) << " s\n";

    if (!parser.isSet(noThreads)) {
        const int n = std::max(1, parser.value(rounds).toInt());
        const double one = runPool(images, 1, options, n);
        const double two = runPool(images, 2, options, n);
        out() << "1 thread: " << QString::number(one, 'f', 2) << " s, 2 threads: " << QString::number(two, 'f', 2)
              << " s, speed-up " << QString::number(one / two, 'f', 2) << "x\n";
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out() << "peak memory: " << usage.ru_maxrss / 1024 << " MiB\n";
    return 0;
}
