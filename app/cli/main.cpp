// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // Laying out emails needs Qt's font system, which comes with a GUI application; the CLI never shows a
    // window, so it runs on the offscreen platform and works without a display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Blackout::CliApp(app).run();
}
