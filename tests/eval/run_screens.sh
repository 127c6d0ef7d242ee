#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end over tests/data/screens (screenshots of real programs, with truth): runs blackout-cli and scores
# it with ../shared/eval-dev/score.py, gated by screens_thresholds.txt (one scorer flag per line, # comments).
#   run_screens.sh CLI SCREENS_DIR SCORER THRESHOLDS OUT
set -uo pipefail
cli=$1 cases=$2 scorer=$3 thresholds=$4 out=$5
if [ ! -f "$scorer" ]; then
  echo "scorer not found at $scorer: skipped"
  exit 77
fi
rm -rf "$out" && mkdir -p "$out"
# Exit status 1 also means "a leak was found in an export", which the scorer counts and gates like its own
# (--max-leaks); a failed file is gated by --max-errors. Only a missing report is the CLI's failure.
"$cli" redact "$cases/files" -o "$out/export" --preset original --report "$out/report.json" --jobs 2 \
  >"$out/cli.log" 2>&1
cli_rc=$?
grep '^LEAK' "$out/cli.log"
if [ $cli_rc -gt 1 ] || [ ! -s "$out/report.json" ]; then
  echo "blackout-cli failed (exit $cli_rc):"; tail -n 20 "$out/cli.log"; exit 1
fi
mapfile -t gates < <(grep -v '^\s*#' "$thresholds" | grep -v '^\s*$' | tr -s ' ' '\n')
python3 "$scorer" --cases "$cases" --report "$out/report.json" --outdir "$out/score" --exports "$out/export" \
  --jobs 2 "${gates[@]}"
rc=$?
echo "misses and leaks: $out/score/details.txt"
exit $rc
