#!/usr/bin/env bash
# Installs the Debian 12 packages logveil builds and tests with, if missing.
# Safe to run again: it does nothing when everything is present.
# Usage: scripts/install-deps.sh [--test]   (--test adds what only the test
# suite needs: clang-format for its formatting check)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libvectorscan-dev libre2-dev libsimdjson-dev libcli11-dev catch2
  libbenchmark-dev libyaml-cpp-dev libssl-dev libphonenumber-dev
  libhwy-dev librdkafka-dev zlib1g-dev libzstd-dev
)
[[ "${1:-}" == "--test" ]] && packages+=(clang-format)

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "logveil: installing ${missing[*]}" >&2
sudo=""
[[ $(id -u) -eq 0 ]] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
