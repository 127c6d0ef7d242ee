// SPDX-License-Identifier: GPL-3.0-or-later
// What reading pages in worker processes costs the window: the time from openFile() until every page is
// read, for each sample, with pages read in threads of the window and in page workers (cold: the first
// document starts the workers; warm: they are kept), alternating in one run. Not run by CTest.
//   QT_QPA_PLATFORM=offscreen bench_pageworkers [rounds] [files...]
#include "mainwindow.h"
#include "pagejobs.h"
#include "review/reviewsession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Blackout;

namespace {
qint64 timeOpen(MainWindow &window, const QString &path)
{
    QElapsedTimer clock;
    clock.start();
    window.openFile(path);
    while (!(window.session()->document() && !window.jobs()->isRunning() && window.session()->readyPageCount() == window.session()->pageCount()))
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    return clock.elapsed();
}

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QStringList args = app.arguments().mid(1);
    const int rounds = args.isEmpty() ? 3 : args.takeFirst().toInt();
    if (args.isEmpty())
        args = {QStringLiteral(BLACKOUT_SAMPLES "/leaked-memo.eml"), QStringLiteral(BLACKOUT_SAMPLES "/webmail-screenshot.png"),
                QStringLiteral(BLACKOUT_SAMPLES "/invoice-dispute.pdf")};
    std::printf("%-28s %10s %10s %10s %8s\n", "file", "thread ms", "cold ms", "warm ms", "warm/thr");
    QTemporaryDir work; // the window may save a review beside a document: never beside the samples
    for (const QString &original : args) {
        const QString path = work.filePath(QFileInfo(original).fileName());
        QFile::copy(original, path);
        QList<qint64> threads, cold, warm;
        for (int r = 0; r < rounds; ++r) {
            {
                MainWindow window;
                window.show();
                threads.append(timeOpen(window, path));
            }
            MainWindow window;
            window.jobs()->setWorker(QStringLiteral(BLACKOUT_GUI_BINARY), {QStringLiteral("--page-worker")});
            window.show();
            cold.append(timeOpen(window, path));
            warm.append(timeOpen(window, path));
        }
        std::printf("%-28s %10lld %10lld %10lld %8.2f\n", qPrintable(QFileInfo(path).fileName()), median(threads),
                    median(cold), median(warm), double(median(warm)) / std::max<qint64>(1, median(threads)));
        std::fflush(stdout);
    }
    return 0;
}
