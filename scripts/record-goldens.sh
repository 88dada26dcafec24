#!/usr/bin/env bash
# Re-record the expected output of every golden script from real TensorFlow (the oracle).
#
#   scripts/record-goldens.sh                 # every test/golden/**/*.py and test/python/**/*.py
#   scripts/record-goldens.sh test/golden/tensor/reduce.py ...   # just these
#
# Each NAME.py is run the way test/golden.test.ts runs tfts: cwd = the script's directory, the bare
# file name as the path (`python NAME.py`), no arguments. Written next to it:
#   NAME.out     stdout, exact bytes (always)
#   NAME.exit    the exit status, only when it is non-zero
#   NAME.err     the last non-empty stderr line, only when the exit status is non-zero
#                (empty file when the script failed without writing to stderr, e.g. sys.exit(3))
#   NAME.stderr  the whole stderr, with the script's directory written {GOLDEN_DIR}, only when the exit
#                status is non-zero, the traceback names no file outside that directory and TF wrote no
#                log lines (pure-Python and syntax errors): pins the traceback layout itself. TF errors
#                carry site-packages frames and TF's absl log lines, and get no .stderr
# Stale .exit/.err/.stderr files are removed when a script now succeeds.
set -euo pipefail

ORACLE=${ORACLE:-/work/oracle/bin/python}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
golden="$root/test/golden"

if ! "$ORACLE" -c 'import tensorflow' >/dev/null 2>&1; then
  echo "record-goldens: oracle '$ORACLE' cannot import tensorflow (set ORACLE=/path/to/python)" >&2
  exit 2
fi
TF_CPP_MIN_LOG_LEVEL=3 "$ORACLE" -c 'import sys, tensorflow as tf, numpy as np; print("oracle: python", sys.version.split()[0], "tensorflow", tf.__version__, "numpy", np.__version__)' 2>/dev/null

if [ $# -gt 0 ]; then
  scripts=()
  for f in "$@"; do scripts+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done
else
  # (one leading _, not a dunder such as __init__, marks a helper module the scripts import)
  mapfile -t scripts < <(find "$golden" "$root/test/python" -name '*.py' ! -name '_[!_]*' -type f 2>/dev/null | LC_ALL=C sort)
fi

# oneDNN on, whatever this CPU is: TF turns it on by default only on CPUs with AVX512_VNNI/BF16,
# AVX_VNNI or AMX (src/runtime/onednn.ts), and it changes error texts and numerics. The golden
# harness runs tfts with the same setting; a script may still set it itself before importing TF.
# (Recorded on a CPU without AVX-512, TF's oneDNN kernels round some float32 results differently
# from the AVX-512 ones tfts emulates.)
export TF_CPP_MIN_LOG_LEVEL=3 TF_ENABLE_ONEDNN_OPTS=1 PYTHONDONTWRITEBYTECODE=1 PYTHONIOENCODING=utf-8
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS || true

# numpy's AVX512_SKX group, as test/golden.test.ts checks it.
has_avx512_skx() {
  local f
  for f in avx512f avx512cd avx512bw avx512dq avx512vl; do grep -qw "$f" /proc/cpuinfo || return 1; done
}

fail=0
for script in "${scripts[@]}"; do
  dir=$(dirname "$script")
  name=$(basename "$script" .py)
  rel=${script#"$root"/}
  errfile=$(mktemp)
  set +e
  # On a CPU without AVX-512 a script that has a NAME.noavx512.out variant records that one
  # (numpy picks its exp/log loops by CPU; test/golden.test.ts picks the expectation likewise).
  outfile="$name.out"
  if [ -f "$dir/$name.noavx512.out" ] && ! has_avx512_skx; then outfile="$name.noavx512.out"; fi
  (cd "$dir" && timeout 300 "$ORACLE" "$name.py" </dev/null >"$outfile" 2>"$errfile")
  status=$?
  set -e
  rm -f "$dir/$name.exit" "$dir/$name.err" "$dir/$name.stderr"
  if [ "$status" -ne 0 ]; then
    echo "$status" >"$dir/$name.exit"
    # last non-empty line of stderr (an empty .err when stderr is empty)
    { grep -v '^[[:space:]]*$' "$errfile" | tail -n 1 || true; } >"$dir/$name.err"
    # CPython prints the main script's path absolute ("/…/test/golden/errors/NAME.py"): store the
    # directory as {GOLDEN_DIR}, which the harness substitutes back.
    sed "s#\"$dir/#\"{GOLDEN_DIR}/#g" "$errfile" >"$errfile.rel"
    if ! grep -qE '^  File "/' "$errfile.rel" && ! grep -qE 'absl::InitializeLog|^[IWEF][0-9]{4} ' "$errfile.rel"; then
      cp "$errfile.rel" "$dir/$name.stderr"
    fi
    rm -f "$errfile.rel"
    echo "$rel: exit $status: $(cat "$dir/$name.err")"
  else
    echo "$rel: ok ($(wc -l <"$dir/$outfile") lines in $outfile)"
  fi
  # TF log noise or Python warnings would make the expectation unreproducible: flag them (unless
  # the script says it prints warnings on purpose, with a `# golden: prints warnings` line).
  if ! grep -qx '# golden: prints warnings' "$dir/$name.py" &&
    grep -qE '^(WARNING|INFO|E0000|I0000|W0000)|oneDNN|cuda|Warning:' "$dir/$outfile"; then
    echo "  !! $rel: stdout contains log/warning noise" >&2; fail=1
  fi
  # TF 2.21 always writes its absl/oneDNN start-up banner to stderr, even with TF_CPP_MIN_LOG_LEVEL=3;
  # mention anything else that looks like a warning.
  other=$(grep -vE 'absl::InitializeLog|oneDNN custom operations' "$errfile" | grep -m1 -E 'Warning|WARNING' || true)
  if [ "$status" -eq 0 ] && [ -n "$other" ]; then
    echo "  note: $rel writes a warning to stderr: $other" >&2
  fi
  if [ "$status" -eq 124 ]; then echo "  !! $rel: timed out" >&2; fail=1; fi
  rm -f "$errfile"
done
exit $fail
