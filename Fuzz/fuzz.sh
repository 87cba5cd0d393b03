#!/usr/bin/env bash
# Builds the libFuzzer targets with AddressSanitizer and runs each for a fixed budget.
# Usage: Fuzz/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
# Corpora grow in Fuzz/corpus/<target>/ (kept out of git); crashes land in Fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
flags=(-c debug --scratch-path .build-fuzz -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp)
swift build "${flags[@]}" >/dev/null
bin="$(swift build "${flags[@]}" --show-bin-path)"
mkdir -p crashes
# Let libFuzzer and AddressSanitizer report a trap themselves, not Swift's backtracer.
export SWIFT_BACKTRACE=enable=no
for target in FuzzSegmenter FuzzQuotes FuzzLexicon FuzzJSONLines; do
    mkdir -p "corpus/$target"
    if [ -z "$(ls -A "corpus/$target")" ]; then
        cp ../examples/*.txt "corpus/$target/" 2>/dev/null || true
        cp ../Tests/QuotientTests/Fixtures/articles/*.txt "corpus/$target/" 2>/dev/null || true
        printf '{"id": 1, "text": "“Yes,” she said."}' > "corpus/$target/line.json"
    fi
    echo "== $target ($seconds s)"
    "$bin/$target" -max_total_time="$seconds" -max_len=16384 -timeout=20 -rss_limit_mb=4096 \
        -artifact_prefix="crashes/$target-" -print_final_stats=1 "corpus/$target" 2>&1 \
        | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+==ERROR|SUMMARY|Done)" || true
done
