// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "batchcommand.h"
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
           "  redact INPUT... -o DIR   redact every hit and export every page\n\n"
           "Run 'blackout-cli COMMAND --help' for the options of a command."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("scan or redact"));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(m_app);

    const QStringList args = parser.positionalArguments();
    QTextStream err(stderr);
    if (args.isEmpty()) {
        err << tr("blackout-cli: no command given; see 'blackout-cli --help'") << Qt::endl;
        return ExitUsage;
    }
    const QString command = args.first();
    // The subcommand parses its own options: hand it everything from its name on.
    const QStringList rest = QStringList{QCoreApplication::arguments().first() + QLatin1Char(' ') + command}
                             + args.mid(1);
    if (command == QLatin1String("scan"))
        return BatchCommand(BatchCommand::Mode::Scan).run(rest);
    if (command == QLatin1String("redact"))
        return BatchCommand(BatchCommand::Mode::Redact).run(rest);
    // Hidden: a batch's worker process (`worker scan|redact OPTIONS...`), started by the batch itself.
    if (command == QLatin1String("worker") && args.size() >= 2) {
        const QStringList workerRest = QStringList{rest.first() + QLatin1Char(' ') + args.at(1)} + args.mid(2);
        if (args.at(1) == QLatin1String("scan"))
            return BatchCommand(BatchCommand::Mode::Scan).runWorker(workerRest);
        if (args.at(1) == QLatin1String("redact"))
            return BatchCommand(BatchCommand::Mode::Redact).runWorker(workerRest);
    }
    err << tr("blackout-cli: unknown command '%1'; see 'blackout-cli --help'").arg(command) << Qt::endl;
    return ExitUsage;
}

} // namespace Blackout
