#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's run command: install what is missing, build (Release), then the main job.
# With a display: the GUI on the bundled sample email. Without: blackout-cli redact over the bundled
# samples into ./blackout-out/.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out_dir=$PWD/blackout-out
BLACKOUT_BUILD_DIR=${BLACKOUT_BUILD_DIR:-$here/build} bash "$here/packaging/build.sh"
build_dir=${BLACKOUT_BUILD_DIR:-$here/build}
samples=$here/resources/samples
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$build_dir/app/gui/blackout" "$samples/leaked-memo.eml"
fi
echo "No display: redacting the bundled samples with blackout-cli."
"$build_dir/app/cli/blackout-cli" redact "$samples" -o "$out_dir" --report "$out_dir/report.json" "$@"
echo "Redacted pages and report.json are in $out_dir"
