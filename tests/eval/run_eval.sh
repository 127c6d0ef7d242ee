#!/usr/bin/env bash
# Runs ../shared/eval-dev/run.sh with the gates in thresholds.txt (one scorer flag per line, # comments).
set -uo pipefail
cli=$1 eval_dir=$2 thresholds=$3 out=$4
if [ ! -x "$eval_dir/run.sh" ]; then
  echo "eval-dev not found at $eval_dir: skipped"
  exit 77
fi
mapfile -t gates < <(grep -v '^\s*#' "$thresholds" | grep -v '^\s*$' | tr -s ' ' '\n')
export EVAL_OUT=$out
"$eval_dir/run.sh" "$cli" "${gates[@]}"
