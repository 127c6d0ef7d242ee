// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/translations.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
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
    window.show();
    for (const QString &file : parser.positionalArguments())
        window.openFile(file);
    return app.exec();
}
