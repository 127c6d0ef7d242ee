#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's test command: install what is missing, build, run the whole CTest suite.
# Exits non-zero on any failure. BLACKOUT_SANITIZE=1 builds and tests with ASan+UBSan in build-asan/.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
if [ "${BLACKOUT_SANITIZE:-0}" = 1 ]; then
  export BLACKOUT_BUILD_DIR=${BLACKOUT_BUILD_DIR:-$here/build-asan}
  export BLACKOUT_CMAKE_ARGS="-DBLACKOUT_SANITIZE=ON ${BLACKOUT_CMAKE_ARGS:-}"
  export BUILD_TYPE=${BUILD_TYPE:-Debug}
fi
export BLACKOUT_BUILD_DIR=${BLACKOUT_BUILD_DIR:-$here/build}
export BUILD_TYPE=${BUILD_TYPE:-Release}
bash "$here/packaging/build.sh"
cd "$BLACKOUT_BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc)" --timeout 1500 ${BLACKOUT_CTEST_ARGS:-}
