#!/bin/sh
# Prints the full accuracy report that docs/accuracy.md quotes: precision,
# recall and F1 per type and per source on ../shared/corpus/labeled, the
# cases left out and why, misses by class with examples, and the findings
# per real log file with false positives per MiB.
#
# Usage: bench/evaluate.sh [BUILD_DIR] [EXAMPLES_PER_CLASS]
#   BUILD_DIR           a build with -DLOGVEIL_BUILD_TESTS=ON (build/dev)
#   EXAMPLES_PER_CLASS  cases listed per miss class (6)
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build/dev}
binary=$build/tests/accuracy_tests
if [ ! -x "$binary" ]; then
  echo "evaluate.sh: no $binary; build the accuracy_tests target" >&2
  exit 2
fi
# The report is the stdout of the hidden [table] test; drop Catch's banner
# and summary lines around it.
LOGVEIL_ACCURACY_EXAMPLES=${2:-6} "$binary" "[table]" --use-colour no |
  sed -e '/^Filters: /d' -e '/^=\{20,\}$/d' -e '/^All tests passed/d'
