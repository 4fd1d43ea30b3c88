#!/usr/bin/env bash
# Regenerates patterns/tlds.txt from Debian's copy of the Public Suffix List
# (package publicsuffix): every single-label suffix, internationalized ones
# in their ASCII (xn--) form.
set -euo pipefail
psl=/usr/share/publicsuffix/public_suffix_list.dat
out="$(dirname "$0")/../patterns/tlds.txt"
{
  echo "# Top-level domains accepted at the end of an email address, one per line."
  echo "# Generated from the Public Suffix List (MPL-2.0, Debian package publicsuffix) by"
  echo "# scripts/update-tlds.sh: its single-label suffixes; internationalized TLDs in"
  echo "# their ASCII (xn--) form."
  python3 - "$psl" <<'PY'
import sys
tlds = set()
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.strip()
    if not line or line.startswith("//") or "." in line or line[0] in "!*":
        continue
    try:
        tlds.add(line.encode("idna").decode("ascii").lower())
    except UnicodeError:
        pass
print("\n".join(sorted(tlds)))
PY
} > "$out"
