// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Blackout::MemoryLimit {

/// The exit status of a worker process that ran out of the memory MemoryLimit::apply gave it; the process
/// that started it reports the file as needing more memory instead of as a crash.
constexpr int kExitOutOfMemory = 86;

/// This machine's physical memory in megabytes (16 GiB where the system does not say).
long long physicalMegabytes();

/// The memory limit of one worker process when the person set none, in megabytes: a fair share of this
/// machine's memory among `workers` processes (three quarters of it in all), at least 2 GiB, at most 8 GiB.
int defaultMegabytes(int workers);

/// Limits this process's data memory (heap and anonymous mappings, RLIMIT_DATA; not the shared libraries) to
/// megabytes (0: no limit), and makes a failed allocation end the process with kExitOutOfMemory instead of
/// an abort. For worker processes only: their parent turns that status into a one-line error.
void apply(int megabytes);

} // namespace Blackout::MemoryLimit
