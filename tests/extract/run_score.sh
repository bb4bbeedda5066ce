#!/usr/bin/env bash
# Runs the shared scorer on one folder of labelled cases:
#   run_score.sh BIN CASES_DIR MIN_SCORE [MAX_INVENTION]
# The scorer fails a folder whose invention rate (values where the label is null)
# is above 0.10. MAX_INVENTION replaces that bound for a holdout that landed above
# it (a regression guard at what the extractor did then: a holdout is not tuned on,
# so its rate can only be lowered by fixes found elsewhere).
# CASES_DIR may start with "$SHARED/" (replaced by $LEAKWATCH_SHARED). Exits 77
# (ctest: skipped) when LEAKWATCH_SHARED or the folder is missing.
set -euo pipefail
bin=$1 dir=$2 min=$3 max_invention=${4:-}
shared=${LEAKWATCH_SHARED:-}
if [[ -z "$shared" || ! -f "$shared/tools/score_extraction.py" ]]; then
  echo "skip: LEAKWATCH_SHARED not set or has no tools/score_extraction.py"; exit 77
fi
dir=${dir/\$SHARED/$shared}
if [[ ! -d "$dir" ]] || ! ls "$dir"/*/source.txt >/dev/null 2>&1; then
  echo "skip: no cases in $dir"; exit 77
fi
if [[ -z "$max_invention" ]]; then
  exec python3 "$shared/tools/score_extraction.py" "$dir" --bin "$bin" --min "$min"
fi
out=$(python3 "$shared/tools/score_extraction.py" "$dir" --bin "$bin" --min "$min") || true
echo "$out"
# "extraction score S over N cases, invention rate R (T s)" (S and R as printed, to three
# places). (No such line: read fails, and the check below says so.)
read -r score rate < <(sed -n 's/^extraction score \([0-9.]*\) over .* invention rate \([0-9.]*\) .*/\1 \2/p' <<<"$out") || true
if [[ -z "${score:-}" ]]; then
  echo "run_score.sh: no score line in the scorer's output" >&2
  exit 1
fi
awk -v s="$score" -v r="$rate" -v min="$min" -v max="$max_invention" 'BEGIN {
  if (s + 0 < min + 0) { print "score " s " is below " min; exit 1 }
  if (r + 0 > max + 0) { print "invention rate " r " is above " max; exit 1 }
  exit 0 }'
