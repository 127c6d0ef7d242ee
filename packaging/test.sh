#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's test command: install what is missing, build, run the whole CTest suite, then run every
# fuzz target for a minute on its seeds (tests/fuzz/run-ci.sh: a clang ASan+UBSan build in build-fuzz/).
# Exits non-zero on any failure. BLACKOUT_SANITIZE=1 builds and tests with ASan+UBSan in build-asan/;
# BLACKOUT_FUZZ_SECONDS sets the time per fuzz target (default 60; 0 leaves fuzzing out).
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
(cd "$BLACKOUT_BUILD_DIR" && ctest --output-on-failure --parallel "$(nproc)" --timeout 1500 ${BLACKOUT_CTEST_ARGS:-})
fuzz_seconds=${BLACKOUT_FUZZ_SECONDS:-60}
if [ "$fuzz_seconds" != 0 ]; then
  bash "$here/tests/fuzz/run-ci.sh" "$fuzz_seconds"
fi
