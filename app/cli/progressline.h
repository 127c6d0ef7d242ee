// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/batchrunner.h"

#include <QCoreApplication>

#include <cstdio>

namespace Blackout {

/// A one-line progress bar redrawn in place on a terminal; silent when the stream is not a terminal.
class ProgressLine {
    Q_DECLARE_TR_FUNCTIONS(Blackout::ProgressLine)
public:
    explicit ProgressLine(FILE *stream);
    bool isActive() const { return m_active; }
    void update(const BatchProgress &progress);
    /// Clears the line so that what follows starts at column 0.
    void finish();

private:
    FILE *m_stream;
    bool m_active;
    qint64 m_lastDrawMs = -1000;
};

} // namespace Blackout
