#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing and builds into ${BLACKOUT_BUILD_DIR:-build} (type ${BUILD_TYPE:-Release}).
# Re-running it only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
build_dir=${BLACKOUT_BUILD_DIR:-build}
if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" ${BLACKOUT_CMAKE_ARGS:-}
fi
cmake --build "$build_dir" --parallel "$(nproc)"
