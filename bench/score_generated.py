#!/usr/bin/env python3
"""Scores `logveil scan` on a file made by ../shared/bench/gen_corpus.py
against the key the generator writes next to it (FILE.key.tsv: offset,
length, type, value per planted value; `neg_*` types are planted hard
negatives). Per type: planted values, values found with their exact span,
findings, findings that touch no planted value of the type ("false"), and
how many of those land on each kind of planted negative. The key holds a
coordinate pair as one value and logveil reports each number of it, so
GEO's "found" counts only the few single numbers; read its "false".

Usage: bench/score_generated.py LOGVEIL FILE
  e.g. bench/score_generated.py build/rel/logveil bench/out/corpus-64M/text.log
"""
import bisect
import collections
import json
import subprocess
import sys

# logveil label -> generator types.
KINDS = {
    'EMAIL': ['email', 'email_urlenc'], 'PHONE': ['phone', 'phone_urlenc'],
    'IPV4': ['ipv4'], 'IPV6': ['ipv6'], 'MAC': ['mac'], 'CARD': ['cc'],
    'IBAN': ['iban'], 'GEO': ['geo'],
}


def line_starts(data):
    starts = [0]
    at = data.find(b'\n')
    while at != -1:
        starts.append(at + 1)
        at = data.find(b'\n', at + 1)
    return starts


def read_key(path):
    key = collections.defaultdict(list)
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            if line.startswith('#'):
                continue
            offset, length, kind, _ = line.rstrip('\n').split('\t', 3)
            key[kind].append((int(offset), int(offset) + int(length)))
    return key


def read_findings(logveil, path, starts):
    out = subprocess.run([logveil, 'scan', path], capture_output=True,
                         check=True).stdout
    findings = collections.defaultdict(list)
    for line in out.splitlines():
        f = json.loads(line)
        base = starts[f['record'] - 1]
        findings[f['type']].append((base + f['start'], base + f['end']))
    return findings


def touching(ranges, r):
    """The first of the sorted (begin, end, ...) `ranges` that overlaps r."""
    i = bisect.bisect_left(ranges, (r[1],)) - 1
    while i >= 0 and ranges[i][0] > r[0] - 4096:
        if ranges[i][0] < r[1] and r[0] < ranges[i][1]:
            return ranges[i]
        i -= 1
    return None


def main():
    logveil, path = sys.argv[1], sys.argv[2]
    with open(path, 'rb') as f:
        starts = line_starts(f.read())
    key = read_key(path + '.key.tsv')
    findings = read_findings(logveil, path, starts)
    negatives = sorted((b, e, kind) for kind, spans in key.items()
                       if kind.startswith('neg') for b, e in spans)
    print('type   values  found   recall  findings  false  on negatives')
    for label, kinds in KINDS.items():
        planted = sorted(r for kind in kinds for r in key[kind])
        found = findings.get(label, [])
        exact = len(set(planted) & set(found))
        false = collections.Counter()
        for r in found:
            if touching(planted, r) is None:
                negative = touching(negatives, r)
                false[negative[2] if negative else 'other'] += 1
        print(f'{label:6} {len(planted):7} {exact:7} '
              f'{exact / max(1, len(planted)):.4f} {len(found):8} '
              f'{sum(false.values()):6}  {dict(false)}')


if __name__ == '__main__':
    main()
