#!/usr/bin/env bash
# Runs the shared scorer on one folder of labelled cases:
#   run_score.sh BIN CASES_DIR MIN_SCORE
# CASES_DIR may start with "$SHARED/" (replaced by $LEAKWATCH_SHARED). Exits 77
# (ctest: skipped) when LEAKWATCH_SHARED or the folder is missing.
set -euo pipefail
bin=$1 dir=$2 min=$3
shared=${LEAKWATCH_SHARED:-}
if [[ -z "$shared" || ! -f "$shared/tools/score_extraction.py" ]]; then
  echo "skip: LEAKWATCH_SHARED not set or has no tools/score_extraction.py"; exit 77
fi
dir=${dir/\$SHARED/$shared}
if [[ ! -d "$dir" ]] || ! ls "$dir"/*/source.txt >/dev/null 2>&1; then
  echo "skip: no cases in $dir"; exit 77
fi
exec python3 "$shared/tools/score_extraction.py" "$dir" --bin "$bin" --min "$min"
