#!/usr/bin/env bash
# End-to-end throughput comparison, all measured in one run on the same files:
# logveil (1 and N threads; text and JSON; file and pipe) against cat, cat|cat,
# ripgrep, sed and a Python re.sub chain counting or replacing the same kinds,
# and simdjson's own parse + walk of the JSON file. Prints MB/s and ratios.
#
# Usage: bench/compare.sh [SIZE]      (SIZE for each corpus file, default 256M)
#        RUNS=N bench/compare.sh      (best of N runs per row, default 5: a
#                                      shared VM's noise only ever slows a run)
# Needs a Release build: cmake -S . -B build/release -DLOGVEIL_BUILD_BENCH=ON
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-256M}
out=bench/out
corpus=$out/corpus-$size
build=build/release
mkdir -p "$out"

command -v rg >/dev/null || apt-get install -y -qq ripgrep >/dev/null 2>&1 || true
cmake -S . -B $build -G Ninja -DCMAKE_BUILD_TYPE=Release -DLOGVEIL_BUILD_BENCH=ON >/dev/null
cmake --build $build --target logveil simdjson_walk -j "$(nproc)" >/dev/null
[[ -f $corpus/text.log ]] || python3 ../shared/bench/gen_corpus.py \
  --out "$corpus" --text-size "$size" --json-size "$size" >/dev/null
text=$corpus/text.log
json=$corpus/events.jsonl
logveil=$build/logveil
cores=$(nproc)

runs=${RUNS:-5}

# Wall and CPU time (user + system, of every process of the command) of one
# run of a shell command that reads file $1, in seconds: "wall cpu".
# The file is read once first: these VMs drop page-cache pages of files
# left alone for a few seconds (~15 MB of 256 in 25 s), and a run that
# reads from disk measures the disk. Each run writes a new output file, and
# the last run's is removed and written back to disk first: truncating its
# 256 MiB cost ~80 ms, and the kernel writing it back while the next run is
# timed took one of the two cores from that run.
time_run() {
  rm -f "$out/o"
  sync
  cat "$1" >/dev/null
  local TIMEFORMAT="%R %U %S"
  { time bash -c "$2" >/dev/null 2>&1; } 2>&1 | awk '{ print $1, $2 + $3 }'
}

# Best wall time of $runs runs of a shell command reading file $1.
best_of_runs() {
  local best=1e9
  for _ in $(seq "$runs"); do
    best=$(time_run "$1" "$2" | awk -v best="$best" '{ print ($1 < best ? $1 : best) }')
  done
  echo "$best"
}

# Runs commands 2 and 3, both reading file $1, back to back $runs times and
# prints the medians of time(2) / time(3), wall and CPU. A ratio of rows
# measured minutes apart moves with the machine's speed (up to 40 % here),
# one within a pair much less. The CPU ratio tells a program that scales
# badly (it spends more CPU with more threads) from two vCPUs that slow
# each other down (on some minutes the same work takes ~25 % more CPU when
# both run: shared cores on the host).
paired_ratio() {
  for _ in $(seq "$runs"); do
    echo "$(time_run "$1" "$2") $(time_run "$1" "$3")"
  done | python3 -c "
import statistics, sys
rows = [list(map(float, line.split())) for line in sys.stdin]
wall = statistics.median(r[0] / r[2] for r in rows)
cpu = statistics.median(r[3] / r[1] for r in rows)
print(f'{wall:.2f}x wall; {cpu:.2f}x the CPU time')"
}

declare -A mbps
measure() {  # name file command
  local bytes seconds
  bytes=$(stat -c %s "$2")
  seconds=$(best_of_runs "$2" "$3")
  mbps[$1]=$(python3 -c "print(round($bytes/1e6/$seconds))")
  printf "%-34s %8s MB/s\n" "$1" "${mbps[$1]}"
}

# The eight kinds, as plain regexes for the peers.
email='[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}'
ipv4='\b([0-9]{1,3}\.){3}[0-9]{1,3}\b'
ipv6='\b([0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{1,4}\b'
mac='\b([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}\b'
card='\b([0-9][ -]?){13,19}\b'
iban='\b[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}\b'
phone='\+[0-9][0-9 ().-]{7,17}[0-9]'
geo='-?[0-9]{1,2}\.[0-9]{4,}, ?-?[0-9]{1,3}\.[0-9]{4,}'
kinds=("$email" "$ipv4" "$ipv6" "$mac" "$card" "$iban" "$phone" "$geo")
rg_args="" sed_args="" py_list=""
for k in "${kinds[@]}"; do
  rg_args+=" -e '$k'"
  sed_args+=" -e 's/$k/[X]/g'"
  py_list+="r'''$k''',"
done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "date: $(date -u +%Y-%m-%d)  corpus: $size text + $size JSON (gen_corpus.py)  best of $runs"
echo
measure "cat f > out"                   "$text" "cat $text > $out/o"
measure "cat f | cat"                   "$text" "cat $text | cat > $out/o"
measure "logveil -j1 text (file)"       "$text" "$logveil -j1 $text -o $out/o"
measure "logveil -j$cores text (file)"  "$text" "$logveil -j$cores $text -o $out/o"
measure "cat f | logveil | cat"         "$text" "cat $text | $logveil | cat > $out/o"
measure "logveil -j1 JSON (file)"       "$json" "$logveil -j1 $json -o $out/o"
measure "logveil -j$cores JSON (file)"  "$json" "$logveil -j$cores $json -o $out/o"
measure "simdjson DOM parse + walk"     "$json" "$build/bench/simdjson_walk $json"
if command -v rg >/dev/null; then
  measure "rg -j1 --count-matches (8 kinds)" "$text" "rg -j1 --count-matches $rg_args $text"
fi
head -c 16000000 "$text" > "$out/text16.log"
measure "LC_ALL=C sed -E (8 kinds, 16 MB)" "$out/text16.log" "LC_ALL=C sed -E $sed_args $out/text16.log > $out/o"
measure "python re.sub chain (16 MB)" "$out/text16.log" \
  "python3 -c \"import re,sys
p=[re.compile(x) for x in [$py_list]]
for l in open('$out/text16.log', errors='surrogateescape'):
  for r in p: l=r.sub('[X]', l)
  sys.stdout.write(l)\" > $out/o"

ratio() { python3 -c "print(f'{${mbps[$1]}/${mbps[$2]}:.2f}x')"; }
echo
echo "logveil -j1 text / cat|cat:        $(ratio "logveil -j1 text (file)" "cat f | cat")"
echo "logveil -j$cores text / -j1:             $(ratio "logveil -j$cores text (file)" "logveil -j1 text (file)")" \
  "(paired runs: $(paired_ratio "$text" "$logveil -j1 $text -o $out/o" "$logveil -j$cores $text -o $out/o"))"
echo "cat|logveil|cat / cat|cat:         $(ratio "cat f | logveil | cat" "cat f | cat")"
[[ -n ${mbps["rg -j1 --count-matches (8 kinds)"]:-} ]] &&
  echo "logveil -j1 text / ripgrep:        $(ratio "logveil -j1 text (file)" "rg -j1 --count-matches (8 kinds)")"
echo "logveil -j1 text / sed:            $(ratio "logveil -j1 text (file)" "LC_ALL=C sed -E (8 kinds, 16 MB)")"
echo "logveil -j1 text / python:         $(ratio "logveil -j1 text (file)" "python re.sub chain (16 MB)")"
echo "logveil -j$cores JSON / -j1:             $(ratio "logveil -j$cores JSON (file)" "logveil -j1 JSON (file)")" \
  "(paired runs: $(paired_ratio "$json" "$logveil -j1 $json -o $out/o" "$logveil -j$cores $json -o $out/o"))"
echo "logveil -j1 JSON / simdjson walk:  $(ratio "logveil -j1 JSON (file)" "simdjson DOM parse + walk")"
