// SPDX-License-Identifier: GPL-3.0-or-later
// The window at document scale (issue 19): opens a generated text PDF of many pages in the window (offscreen,
// with its page workers), waits for the first page on screen, then walks every page as a person scrolling
// would, each drawn before the next. Prints the time to the first page, the time to walk, and the window
// process's peak resident memory (VmHWM; the workers are processes of their own). The baseline, in the
// same run: the same walk with the pixel budget unbounded (every page's pixels kept, as before the cache),
// over fewer pages, in a child process so that its peak is its own. Not run by CTest.
//   QT_QPA_PLATFORM=offscreen bench_window_pages [pages=1000] [baseline pages=100]
#include "mainwindow.h"
#include "pagejobs.h"
#include "pageview.h"
#include "review/reviewsession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Blackout;

namespace {

// Pages of a letter with a name, an address and a phone number each, as text (a trusted text layer).
void writePdf(const QString &path, int pages)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(11);
    painter.setFont(font);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        int y = 200;
        painter.drawText(200, y, QStringLiteral("Page %1 of the minutes").arg(p + 1));
        for (int line = 0; line < 40; ++line) {
            y += 60;
            painter.drawText(200, y, QStringLiteral("Line %1: Dana Whitfield (dana.whitfield%2@example.com) "
                                                    "called +1 617 555 0148 about the shipment.")
                                         .arg(line + 1)
                                         .arg(p));
        }
    }
}

long long peakKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void waitFor(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
}

// One walk in this process; prints one line.
int walk(const QString &pdf, bool unbounded)
{
    MainWindow window;
    window.jobs()->setWorker(QStringLiteral(BLACKOUT_GUI_BINARY), {QStringLiteral("--page-worker")});
    if (unbounded)
        window.session()->setPixelBudget(std::numeric_limits<qint64>::max());
    window.resize(1400, 900);
    window.show();
    ReviewSession *session = window.session();
    QElapsedTimer clock;
    clock.start();
    window.openFile(pdf);
    waitFor([&] { return session->document() && !session->pageImage(0).isNull(); });
    const qint64 firstPage = clock.elapsed();
    const int pages = session->pageCount();
    for (int p = 0; p < pages; ++p) {
        waitFor([&] { return session->isPageReady(p); });
        window.pageView()->scrollToPage(p);
        waitFor([&] { return !session->pageImage(p).isNull(); });
    }
    const qint64 walked = clock.elapsed();
    std::printf("%-10s %6d %14lld %10.1f %12lld %14.1f\n", unbounded ? "unbounded" : "cache", pages, firstPage,
                walked / 1000.0, peakKib() / 1024, double(session->pixelBytes()) / (1 << 20));
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QStringList args = app.arguments().mid(1);
    if (args.size() == 3 && (args.at(0) == QLatin1String("--walk") || args.at(0) == QLatin1String("--walk-unbounded")))
        return walk(args.at(1), args.at(0) == QLatin1String("--walk-unbounded"));
    const int pages = args.value(0, QStringLiteral("1000")).toInt();
    const int baselinePages = args.value(1, QStringLiteral("100")).toInt();
    QTemporaryDir work;
    const QString big = work.filePath(QStringLiteral("big.pdf"));
    const QString small = work.filePath(QStringLiteral("small.pdf"));
    writePdf(big, pages);
    writePdf(small, baselinePages);
    std::printf("%-10s %6s %14s %10s %12s %14s\n", "pixels", "pages", "first page ms", "walk s", "peak MiB",
                "cache end MiB");
    std::fflush(stdout);
    // Each walk in a process of its own, so that each peak is that walk's.
    const QString self = QCoreApplication::applicationFilePath();
    for (const auto &[mode, pdf] : {std::pair{QStringLiteral("--walk-unbounded"), small},
                                    std::pair{QStringLiteral("--walk"), small}, std::pair{QStringLiteral("--walk"), big}}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(self, {mode, pdf, QStringLiteral("x")});
        child.waitForFinished(-1);
    }
    return 0;
}
