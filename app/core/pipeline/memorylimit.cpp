// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipeline/memorylimit.h"

#include <QtGlobal>

#include <algorithm>
#include <new>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace Blackout::MemoryLimit {

namespace {
constexpr long long kMinimumMb = 2048;
constexpr long long kMaximumMb = 8192;

[[noreturn]] void outOfMemory()
{
    // Nothing that allocates: the heap is what ran out. The parent names the limit in its message.
    _exit(kExitOutOfMemory);
}
} // namespace

long long physicalMegabytes()
{
    long long totalMb = kMaximumMb * 2;
#ifdef Q_OS_UNIX
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    if (pages > 0 && pageSize > 0)
        totalMb = (static_cast<long long>(pages) * pageSize) >> 20;
#endif
    return totalMb;
}

int defaultMegabytes(int workers)
{
    const long long share = physicalMegabytes() * 3 / 4 / std::max(1, workers);
    return int(std::clamp(share, kMinimumMb, kMaximumMb));
}

void apply(int megabytes)
{
    if (megabytes <= 0)
        return;
    std::set_new_handler(outOfMemory);
#ifdef Q_OS_UNIX
    const rlim_t bytes = rlim_t(megabytes) << 20;
    const rlimit limit{bytes, bytes};
    setrlimit(RLIMIT_DATA, &limit);
#endif
}

} // namespace Blackout::MemoryLimit
