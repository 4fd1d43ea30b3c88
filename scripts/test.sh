#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs what is missing, then
#   1. a Release build with warnings as errors and every ctest suite;
#   2. an AddressSanitizer + UndefinedBehaviorSanitizer build running the
#      unit, pattern, golden and CLI suites;
#   3. a ThreadSanitizer build running the tests that use several threads
#      (pipeline workers, batch jobs, per-thread keys and validators).
# Usage: scripts/test.sh [--fast]   (--fast skips the sanitizer builds)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh --test
jobs=$(nproc)

run_suite() {  # build_dir cmake_args... -- ctest_args...   ($targets: what to build)
  local dir=$1; shift
  local cmake_args=() ctest_args=()
  while [[ $# -gt 0 && $1 != -- ]]; do cmake_args+=("$1"); shift; done
  [[ $# -gt 0 ]] && shift
  ctest_args=("$@")
  cmake -S . -B "$dir" -G Ninja -DLOGVEIL_BUILD_TESTS=ON -DLOGVEIL_WERROR=ON \
    "${cmake_args[@]}" >/dev/null
  # shellcheck disable=SC2086
  cmake --build "$dir" -j "$jobs" ${targets:+--target $targets}
  (cd "$dir" && ctest --output-on-failure -j "$jobs" "${ctest_args[@]}")
}

echo "=== clang-format check ==="
git ls-files '*.cc' '*.h' | while read -r f; do [[ -f $f ]] && echo "$f"; done |
  xargs clang-format --dry-run -Werror

echo "=== Release build, all suites ==="
run_suite build/release -DCMAKE_BUILD_TYPE=Release

if [[ "${1:-}" != "--fast" ]]; then
  echo "=== ASan + UBSan build: unit, patterns, golden ==="
  run_suite build/asan -DCMAKE_BUILD_TYPE=Debug \
    -DLOGVEIL_SANITIZE=address,undefined -- -L 'unit|patterns|golden'
  echo "=== ThreadSanitizer build: the multi-threaded tests ==="
  targets="logveil unit_tests golden_tests" run_suite build/tsan \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLOGVEIL_SANITIZE=thread -- \
    -R 'thread|jobs|chunk boundaries|in pieces|per thread'
fi
