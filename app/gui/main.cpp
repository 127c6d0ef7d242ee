// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/translations.h"
#include "mainwindow.h"
#include "pagejobs.h"
#include "pipeline/memorylimit.h"
#include "pipeline/pageworker.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstring>

namespace {
constexpr char kPageWorker[] = "--page-worker";
}

int main(int argc, char *argv[])
{
    // Hidden: a page worker of the window (the window starts it from this program, see PageJobs). It never
    // shows anything: the offscreen platform gives it Qt's fonts for laying out emails without a display.
    if (argc == 2 && std::strcmp(argv[1], kPageWorker) == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        Blackout::MemoryLimit::apply(Blackout::PageJobs::workerMemoryMegabytes());
        QGuiApplication app(argc, argv);
        Blackout::installTranslations(app);
        return Blackout::PageWorker::run();
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("blackout"));
    QApplication::setApplicationDisplayName(QStringLiteral("Blackout"));
    QApplication::setApplicationVersion(QStringLiteral(BLACKOUT_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Blackout"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/blackout.svg")));
    // Lets Wayland compositors match the window to the desktop entry, and so to its icon.
    QApplication::setDesktopFileName(QStringLiteral("org.blackout.Blackout"));
    Blackout::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Black out personal data in emails, PDFs and screenshots."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("main", "Documents to open."),
                                 QStringLiteral("[files...]"));
    parser.process(app);

    Blackout::MainWindow window;
    window.jobs()->setWorker(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kPageWorker)});
    window.show();
    for (const QString &file : parser.positionalArguments())
        window.openFile(file);
    return app.exec();
}
