// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/hit.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Blackout {

/// One hit as the report shows it.
struct ReportHit {
    Hit hit;
    bool redacted = true;
};

struct ReportPage {
    int index = 0;
    int width = 0;
    int height = 0;
    QStringList outputs;
    QList<ReportHit> hits;
    QString leakCheck;       ///< "full", "targeted" or "none" for an exported page; empty: not exported
};

/// One input file's entry (../shared/report-schema.md).
struct ReportFile {
    QString input;
    QString kind;            ///< "email", "pdf" or "image"; empty when not even the kind is known
    bool ok = true;
    QString error;           ///< one line, when !ok
    QList<ReportPage> pages;
    int leaks = 0;           ///< leak-check findings (not part of the schema; for the summary)
};

/// The JSON report of blackout-cli, version 1. Kept exactly to the schema: other tools read it.
class Report {
public:
    static constexpr int kVersion = 1;

    QList<ReportFile> files;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    static QJsonObject fileToJson(const ReportFile &file);
};

} // namespace Blackout
