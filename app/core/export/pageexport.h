// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exporter.h"
#include "export/leakcheck.h"
#include "model/textlayer.h"
#include "redact/burnin.h"
#include "redact/redactionset.h"

namespace Blackout {

struct PageExportOptions {
    RedactionOptions redaction;
    bool leakCheck = true;        ///< read the written pixels again for what was redacted
    bool fullLeakCheck = false;   ///< read laid-out pages again whole too (--leak-check full)
    QString ocrLanguage;          ///< for the leak check's OCR
};

struct PageExportOutcome {
    QList<ExportedFile> files;
    QList<Leak> leaks;            ///< still readable after the repair (the files are written all the same)
    QString leakCheck;            ///< which check ran: "none", "targeted" or "full" (the report's leak_check)
};

/**
 * The one export routine of the window and the batch (issue #19): burn in, render and encode the tiles once,
 * leak-check exactly those tiles (the targeted check for pages Blackout laid out itself, the full re-read
 * otherwise), cover what was found and check again, then write those same bytes atomically.
 */
class PageExport {
public:
    /// page and layers: the page as processed; set: its redactions, grown by a repair; request: where and how
    /// to write (its burnt image is made here).
    static Result<PageExportOutcome> run(const QImage &page, const QList<TextLayer> &layers, RedactionSet &set,
                                         ExportRequest request, const PageExportOptions &options);
};

} // namespace Blackout
