#!/usr/bin/env bash
# Spark integration test: pipes a few hundred documents through the portable binary in local[2] mode, several
# partitions, with the README's recipe (examples/spark_analyze.py); then checks that every input line has its
# output line and that `compare --from` over the part files equals one `analyze` over the same documents, byte
# for byte. Needs PySpark and Java 17 (.ci/run installs them) and dist/quotient (scripts/build-portable.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 Tests/Spark/make_documents.py 300 "$work/documents.jsonl"
SPARK_MASTER="local[2]" python3 examples/spark_analyze.py dist/quotient "$work/documents.jsonl" "$work/analysis" 6 \
    2> "$work/spark.log" || { tail -40 "$work/spark.log"; exit 1; }
parts=$(ls "$work/analysis" | grep -c '^part-')
inputs=$(wc -l < "$work/documents.jsonl")
outputs=$(cat "$work/analysis"/part-* | wc -l)
dist/quotient analyze --input jsonl --format jsonl "$work/documents.jsonl" > "$work/one-run.jsonl" 2> /dev/null || true
dist/quotient compare --format json --from "$work/analysis" > "$work/from-parts.json"
dist/quotient compare --format json --from "$work/one-run.jsonl" > "$work/from-one-run.json"
ids=$(cat "$work/analysis"/part-* | python3 -c 'import sys, json; print(sum(1 for l in sys.stdin if json.loads(l).get("id") is not None))')
passed=0
failed=0
check() {
    if eval "$2"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $1"; fi
}
check "the job wrote several part files ($parts)" '[ "$parts" -ge 2 ]'
check "one output line per input line ($outputs for $inputs)" '[ "$outputs" -eq "$inputs" ]'
check "every row but the blank line joins back by id ($ids of $((inputs - 1)))" '[ "$ids" -eq "$((inputs - 1))" ]'
check "compare over the parts equals one run, byte for byte" 'cmp -s "$work/from-parts.json" "$work/from-one-run.json"'
check "the comparison has speakers" 'grep -q "Ilse Varga" "$work/from-parts.json"'
# The portable binary runs where the Swift toolchain is not: here with its folder hidden in a mount namespace.
toolchain=$(dirname "$(dirname "$(command -v swift)")")
check "the binary runs with the toolchain ($toolchain) out of reach" \
    'unshare -m sh -c "mount -t tmpfs none \"$toolchain\" && dist/quotient score --text \"It works.\"" > /dev/null'
echo "spark: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
