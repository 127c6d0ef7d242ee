// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Blackout {

/// For tests only: makes one named file behave as if a library hung or crashed on it, so that a test can
/// show what a batch does then. The environment variable BLACKOUT_TEST_FAULT holds "hang:NAME" (the job
/// sleeps for ever and ignores cancellation, as a call inside Poppler or Tesseract would), "abort:NAME"
/// (the process aborts) or "hog:NAME" (it allocates until its memory limit ends it); NAME is a file name without folders. "pagehang:NAME" and "pageabort:NAME" do the
/// same when a page of the file is read, after it opened (the window's page workers); "pageabort:NAME#2"
/// only on its second page. Unset, nothing happens.
namespace TestFault {
void atFileStart(const QString &path);
void atPageStart(const QString &path, int index);
}

} // namespace Blackout
