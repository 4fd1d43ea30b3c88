#!/usr/bin/env bash
# Quick start: installs what is missing, builds logveil in Release and runs
# it on the bundled sample log, printing the scrubbed result.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/release --target logveil -j "$(nproc)"

sample=tests/golden/cases/mixed.input.log
echo
echo "=== $sample (input) ==="
cat "$sample"
echo
echo "=== build/release/logveil --stats $sample ==="
build/release/logveil --stats "$sample"
