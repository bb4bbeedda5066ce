#!/usr/bin/env bash
# Replays the fuzz corpus (fuzz/corpus/extract) through `leakwatch extract`,
# in batches of 400 files: every input must give a record or a clear per-file
# error (exit 0, or 2 with a message on stderr), never a crash, an abort or a
# hang (ctest's timeout).
#   replay_fuzz_corpus.sh BIN CORPUS_DIR
set -uo pipefail
bin=$1 dir=$2
[ -d "$dir" ] || { echo "no corpus in $dir"; exit 1; }
mapfile -d '' files < <(find "$dir" -type f -print0 | sort -z)
[ "${#files[@]}" -gt 0 ] || { echo "no corpus in $dir"; exit 1; }
err=$(mktemp)
trap 'rm -f "$err"' EXIT
records=0 errors=0
for ((i = 0; i < ${#files[@]}; i += 400)); do
  batch=("${files[@]:i:400}")
  out=$("$bin" extract "${batch[@]}" 2>"$err")
  rc=$?
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then
    echo "FAIL: exit $rc on the batch starting at ${batch[0]}"
    tail -3 "$err"
    exit 1
  fi
  n=$(printf '%s' "$out" | grep -c '^{' || true)
  e=$(grep -c . "$err" || true)
  if [ $((n + e)) -ne ${#batch[@]} ]; then
    echo "FAIL: ${#batch[@]} files gave $n records and $e errors (batch at ${batch[0]})"
    exit 1
  fi
  records=$((records + n)) errors=$((errors + e))
done
echo "replayed ${#files[@]} corpus files: $records records, $errors per-file errors"
