#!/usr/bin/env python3
"""Process-level speed of the `quotient` binary against references, each figure a best of N runs in one
sitting (the machines here are noisy, so only ratios from one run mean much).

  start-up   `quotient score` and `quotient analyze` on empty input, against `/bin/true`
  floor      `quotient score --format jsonl` on realistic short texts against the C floor program of
             the shared speed references (`vader_floor.c`: split, strip, lowercase, look up, sum, print),
             process start included for both; both pinned to one core

Usage: Benchmarks/compare_floor.py [--shared DIR] [--megabytes N] [--runs N] [--quotient BINARY]
DIR is the shared material folder (default: ../shared beside the repository); the floor program is built
from DIR/bench/vader_floor.c into a temporary folder, never copied into the package.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
QUOTIENT = os.path.join(ROOT, ".build", "release", "quotient")


def best_time(command, runs, stdin_path=None, stdout=subprocess.DEVNULL):
    times = []
    for _ in range(runs):
        with open(stdin_path or os.devnull, "rb") as source:
            start = time.perf_counter()
            subprocess.run(command, stdin=source, stdout=stdout, stderr=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - start)
    return min(times)


def pinned(command):
    return (["taskset", "-c", "0"] if shutil.which("taskset") else []) + command


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    parser.add_argument("--megabytes", type=int, default=5)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--quotient", help="a quotient binary to measure instead of this package's release build")
    args = parser.parse_args()

    global QUOTIENT
    if args.quotient:
        QUOTIENT = os.path.abspath(args.quotient)
    else:
        subprocess.run(["swift", "build", "-c", "release", "--product", "quotient"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
    print(f"start-up, empty input, best of {args.runs}:")
    baseline = best_time(["/bin/true"], args.runs)
    print(f"  /bin/true                      {baseline * 1000:6.1f} ms")
    for command in (["score", "--format", "jsonl"], ["analyze"], ["analyze", "--input", "jsonl", "--format", "jsonl"]):
        elapsed = best_time([QUOTIENT] + command, args.runs)
        print(f"  quotient {' '.join(command):22s}{elapsed * 1000:6.1f} ms")

    bench = os.path.join(args.shared, "bench")
    if not os.path.exists(os.path.join(bench, "vader_floor.c")):
        print(f"no {bench}/vader_floor.c: floor comparison skipped")
        return 0
    with tempfile.TemporaryDirectory() as work:
        floor = os.path.join(work, "vader_floor")
        subprocess.run(["cc", "-O2", "-o", floor, os.path.join(bench, "vader_floor.c"), "-lm"], check=True)
        texts = os.path.join(work, "texts.txt")
        with open(texts, "wb") as out:
            subprocess.run([sys.executable, os.path.join(bench, "make_short_texts.py"), str(args.megabytes)],
                           cwd=bench, stdout=out, check=True)
        size = os.path.getsize(texts)
        runs = max(3, args.runs // 4)
        lexicon = os.path.join(ROOT, "lexicons", "vader_lexicon.txt")
        c_time = best_time(pinned([floor, lexicon, texts]), runs)
        q_time = best_time(pinned([QUOTIENT, "score", "--format", "jsonl", texts]), runs)
        print(f"short texts, {size / 1e6:.1f} MB, one core, best of {runs}:")
        print(f"  C floor (vader_floor.c)        {c_time:6.3f} s  {size / 1e6 / c_time:6.1f} MB/s")
        print(f"  quotient score --format jsonl  {q_time:6.3f} s  {size / 1e6 / q_time:6.1f} MB/s")
        print(f"  ratio quotient / floor: {q_time / c_time:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
