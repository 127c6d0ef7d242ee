// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "i18n/translations.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

namespace Blackout {

CliApp::CliApp(QCoreApplication &app) : m_app(app)
{
    QCoreApplication::setApplicationName(QStringLiteral("blackout-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BLACKOUT_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Blackout"));
    installTranslations(app);
}

int CliApp::run()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Find and black out personal data in emails, PDFs and images.\n\n"
           "Commands:\n"
           "  scan INPUT...            find personal data and print the JSON report\n"
           "  redact INPUT... -o DIR   redact every hit and export every page\n"
           "  bench ocr FILE...        measure OCR speed against the tesseract command\n\n"
           "Run 'blackout-cli COMMAND --help' for the options of a command."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("scan, redact or bench"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(m_app);

    const QStringList args = parser.positionalArguments();
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << tr("blackout-cli: no command given; see 'blackout-cli --help'") << Qt::endl;
        return ExitUsage;
    }
    err << tr("blackout-cli: unknown command '%1'; see 'blackout-cli --help'").arg(args.first()) << Qt::endl;
    return ExitUsage;
}

} // namespace Blackout
