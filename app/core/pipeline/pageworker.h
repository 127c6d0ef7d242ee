// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Blackout {

/// The page worker process of the window (`blackout --page-worker`): reads PageJobs from standard input, one
/// line each, and answers on standard output (ProcessedPageCodec). It keeps the last document open between
/// jobs for the same file and one PageProcessor (and so one OCR engine) for as long as it lives, so the cost
/// of starting it is paid once, not per page. A crash or hang in a library here costs the window one page.
namespace PageWorker {
/// Serves jobs until standard input closes; returns the process exit code.
int run();
} // namespace PageWorker

} // namespace Blackout
