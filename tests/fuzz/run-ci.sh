#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for a short time on its seeds.
#   tests/fuzz/run-ci.sh [SECONDS_PER_TARGET]   (default 45)
# Exit status is non-zero if any target finds a crash; the reproducer is left in build-fuzz/fuzz-crashes.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$src/build-fuzz}
seconds=${1:-45}
if [ ! -f "$build/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$src" -B "$build" -G Ninja -DBLACKOUT_FUZZ=ON -DBLACKOUT_BUILD_TESTS=OFF \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --parallel "${JOBS:-2}" --target fuzz_email fuzz_mbox fuzz_pdf fuzz_image fuzz_detect fuzz_session
bash "$src/tests/fuzz/seeds.sh" "$build" > /dev/null
mkdir -p "$build/fuzz-crashes" "$build/fuzz-work"
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1
status=0
for target in fuzz_email fuzz_mbox fuzz_pdf fuzz_image fuzz_detect fuzz_session; do
    work=$build/fuzz-work/$target
    mkdir -p "$work"
    # -rss_limit_mb: a decompression bomb that gets past a guard shows up as a finding, not a dead machine.
    if ! "$build/tests/fuzz/$target" "$work" "$build/fuzz-seeds/$target" -max_total_time="$seconds" \
        -rss_limit_mb=3072 -timeout=60 -max_len=262144 -artifact_prefix="$build/fuzz-crashes/$target-" \
        -print_final_stats=1 > "$build/fuzz-work/$target.log" 2>&1; then
        echo "$target: FOUND A PROBLEM, see $build/fuzz-work/$target.log"; status=1
    fi
    grep -E '^stat::number_of_executed_units|cov: ' "$build/fuzz-work/$target.log" | tail -2 | tr '\n' ' '
    echo " ($target)"
done
exit $status
