// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressline.h"

#include <QString>

#include <unistd.h>

namespace Blackout {

ProgressLine::ProgressLine(FILE *stream) : m_stream(stream), m_active(isatty(fileno(stream)) != 0) {}

void ProgressLine::update(const BatchProgress &p)
{
    if (!m_active)
        return;
    // Redrawing more than ten times a second only costs time.
    if (p.filesDone < p.filesTotal && p.elapsedMs - m_lastDrawMs < 100)
        return;
    m_lastDrawMs = p.elapsedMs;
    const int width = 28;
    const int filled = p.filesTotal > 0 ? width * p.filesDone / p.filesTotal : width;
    const double seconds = std::max<qint64>(1, p.elapsedMs) / 1000.0;
    const double pagesPerSecond = p.pagesDone / seconds;
    QString eta = QStringLiteral("--:--");
    if (p.filesDone > 0 && p.filesDone < p.filesTotal) {
        const qint64 left = qint64(seconds * (p.filesTotal - p.filesDone) / p.filesDone);
        eta = QStringLiteral("%1:%2").arg(left / 60, 2, 10, QLatin1Char('0')).arg(left % 60, 2, 10, QLatin1Char('0'));
    }
    const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
    const QString line = tr("[%1] %2/%3 files, %4 files/s, %5 pages, %6 pages/s, %7 left")
                             .arg(bar).arg(p.filesDone).arg(p.filesTotal).arg(p.filesDone / seconds, 0, 'f', 1)
                             .arg(p.pagesDone).arg(pagesPerSecond, 0, 'f', 1).arg(eta);
    std::fprintf(m_stream, "\r\033[2K%s", line.toLocal8Bit().constData());
    std::fflush(m_stream);
}

void ProgressLine::finish()
{
    if (!m_active)
        return;
    std::fprintf(m_stream, "\r\033[2K");
    std::fflush(m_stream);
}

} // namespace Blackout
