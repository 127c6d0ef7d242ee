// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "export/exporter.h"
#include "model/cancellation.h"
#include "model/settings.h"
#include "pipeline/inputwalker.h"
#include "redact/burnin.h"
#include "report/report.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

#include <optional>

#include <functional>

namespace Blackout {

/// What a batch does with each file.
struct JobOptions {
    Settings settings;
    LoadOptions load;
    bool exportPages = false;      ///< redact: burn in and export; scan: only find
    QString outputRoot;            ///< the -o folder; the input's relative folders are kept below it
    ExportPreset preset;
    ImageFormat format = ImageFormat::Png;
    RedactionOptions redaction;
    bool leakCheck = true;         ///< OCR every export again and look for what was redacted
    bool fullLeakCheck = false;    ///< also pages Blackout laid out itself are read again whole (--leak-check full)
    bool applySession = false;     ///< apply <file>.blackout.json review decisions where one exists
    bool skipExisting = false;     ///< do nothing for a file whose every page output already exists
    bool overwrite = true;         ///< a batch re-run replaces its own earlier outputs
    int fileTimeoutSeconds = 300;  ///< --file-timeout: a file still working after this stops with an error; 0: none
};

/// What happened to one file.
struct JobResult {
    ReportFile file;
    bool skippedAsDone = false;    ///< --skip-existing found all outputs
    bool cancelled = false;
    QStringList leakMessages;      ///< one line per leak the check found after self-repair
    QStringList notes;             ///< limits that shortened the work without failing it, one line each
    /// The report entry as a worker process made it (see JobCodec); when set, the report takes it as it is
    /// and file holds only what the summary counts.
    std::optional<QJsonObject> entry;
};

/// Runs one file through the whole path: open, every page processed, redacted, exported and checked.
/// Pages are processed one after another and released, so memory stays flat over a long batch.
class FileJob {
    Q_DECLARE_TR_FUNCTIONS(Blackout::FileJob)
public:
    static JobResult run(const BatchInput &input, const QString &stem, const JobOptions &options,
                         const Cancellation &cancel, const std::function<void()> &pageDone = {});

    /// The one-line error of a file stopped by --file-timeout.
    static QString timeoutMessage(int seconds);

    /// The folder outputs of input go to.
    static QString outputDir(const BatchInput &input, const JobOptions &options);
};

} // namespace Blackout
