// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/testfault.h"

#include <QFileInfo>

#include <chrono>
#include <cstdlib>
#include <memory>
#include <thread>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace Blackout::TestFault {

namespace {
/// A reader that wants ever more memory: only under a memory limit (MemoryLimit), where it ends the process
/// the way a real one would; without one it would take the machine, so it aborts at once instead.
[[noreturn]] void allocateWithoutEnd()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_DATA, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        std::abort();
#endif
    constexpr std::size_t kChunk = 16 << 20;
    std::vector<std::unique_ptr<char[]>> held;
    for (;;) {
        held.push_back(std::make_unique<char[]>(kChunk)); // zeroed, so the pages are really taken
    }
}

void faultAt(const QString &path, const QString &prefix, int index = -1)
{
    const QString fault = qEnvironmentVariable("BLACKOUT_TEST_FAULT");
    if (fault.isEmpty())
        return;
    const QString kind = fault.section(QLatin1Char(':'), 0, 0);
    QString name = fault.section(QLatin1Char(':'), 1);
    const qsizetype hash = name.lastIndexOf(QLatin1Char('#'));
    if (hash > 0 && index >= 0) {
        if (name.mid(hash + 1).toInt() != index + 1)
            return;
        name.truncate(hash);
    }
    if (name.isEmpty() || QFileInfo(path).fileName() != name)
        return;
    if (kind == prefix + QLatin1String("abort"))
        std::abort();
    if (kind == prefix + QLatin1String("hang")) {
        for (;;)
            std::this_thread::sleep_for(std::chrono::seconds(1));
    }
    if (kind == prefix + QLatin1String("hog"))
        allocateWithoutEnd();
}

} // namespace

void atFileStart(const QString &path)
{
    faultAt(path, QString());
}

void atPageStart(const QString &path, int index)
{
    faultAt(path, QStringLiteral("page"), index);
}

} // namespace Blackout::TestFault
