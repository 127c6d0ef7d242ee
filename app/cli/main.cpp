// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return Blackout::CliApp(app).run();
}
