"""Scores each line of a file with vaderSentiment 3.3.2 and writes JSON Lines, as `quotient score --format
jsonl` does: the peer side of compare_vader.sh."""
import json
import sys

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

analyzer = SentimentIntensityAnalyzer()
with open(sys.argv[1], encoding="utf-8", newline="") as source:
    lines = source.read().split("\n")
if lines and lines[-1] == "":
    lines.pop()
write = sys.stdout.write
for text in lines:
    write(json.dumps({"text": text, **analyzer.polarity_scores(text)}, ensure_ascii=False) + "\n")
