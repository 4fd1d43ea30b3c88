#!/usr/bin/env bash
# Regenerates patterns/tlds.txt from Debian's copy of the Public Suffix List.
set -euo pipefail
psl=/usr/share/publicsuffix/public_suffix_list.dat
out="$(dirname "$0")/../patterns/tlds.txt"
{
  echo "# Top-level domains accepted at the end of an email address, one per line."
  echo "# Generated from the Public Suffix List (MPL-2.0, Debian package publicsuffix) by"
  echo "# scripts/update-tlds.sh: its ASCII single-label suffixes. Internationalized TLDs"
  echo "# appear only in their ASCII (xn--) form when the list gives one."
  grep -v '^//' "$psl" | grep -v '^\s*$' | grep -v '[.!*]' | LC_ALL=C grep -v '[^a-z0-9-]' | sort -u
} > "$out"
