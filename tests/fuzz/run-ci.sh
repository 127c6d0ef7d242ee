#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (clang, ASan + UBSan) and runs each for a short time on its seeds, JOBS
# targets at a time (default: the number of cores). packaging/test.sh runs it after the CTest suite.
# FUZZ_TARGETS="fuzz_pdf ..." runs only those; BUILD_DIR chooses the build (default build-fuzz).
#   tests/fuzz/run-ci.sh [SECONDS_PER_TARGET]   (default 60)
# Exit status is non-zero if any target finds a crash, a leak or a timeout; the reproducer is left in
# build-fuzz/fuzz-crashes and the target's log in build-fuzz/fuzz-work/<target>.log.
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$src/build-fuzz}
seconds=${1:-60}
jobs=${JOBS:-$(nproc)}
read -r -a targets <<< "${FUZZ_TARGETS:-fuzz_email fuzz_mbox fuzz_pdf fuzz_image fuzz_detect fuzz_session}"
if [ ! -f "$build/build.ninja" ]; then
    mkdir -p "$build"
    CC=clang CXX=clang++ cmake -S "$src" -B "$build" -G Ninja -DBLACKOUT_FUZZ=ON -DBLACKOUT_BUILD_TESTS=OFF \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo > "$build/configure.log" 2>&1 ||
        { cat "$build/configure.log"; exit 1; }
fi
cmake --build "$build" --parallel "$jobs" --target "${targets[@]}"
bash "$src/tests/fuzz/seeds.sh" "$build" > /dev/null
mkdir -p "$build/fuzz-crashes" "$build/fuzz-work"
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export LSAN_OPTIONS=suppressions=$src/tests/fuzz/lsan.supp:print_suppressions=0

run_target() { # target: fuzzes it, leaves its log and "ok" or "FAILED" in fuzz-work/<target>.status
    local target=$1 work=$build/fuzz-work/$1
    mkdir -p "$work"
    # -rss_limit_mb: a decompression bomb that gets past a guard shows up as a finding, not a dead machine.
    if "$build/tests/fuzz/$target" "$work" "$build/fuzz-seeds/$target" -max_total_time="$seconds" \
        -rss_limit_mb=3072 -timeout=60 -max_len=262144 -artifact_prefix="$build/fuzz-crashes/$target-" \
        -print_final_stats=1 > "$build/fuzz-work/$target.log" 2>&1; then
        echo ok > "$build/fuzz-work/$target.status"
    else
        echo FAILED > "$build/fuzz-work/$target.status"
    fi
}

running=0
for target in "${targets[@]}"; do
    rm -f "$build/fuzz-work/$target.status"
    if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
    run_target "$target" &
    running=$((running + 1))
done
wait

status=0
for target in "${targets[@]}"; do
    log=$build/fuzz-work/$target.log
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
    if [ "$(cat "$build/fuzz-work/$target.status" 2>/dev/null)" = ok ]; then
        echo "$target: ok, ${runs:-?} runs in ${seconds} s, ${cov:-no coverage line}"
    else
        echo "$target: FOUND A PROBLEM (see $log)"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" | head -5 || true
        status=1
    fi
done
exit $status
