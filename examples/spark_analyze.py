"""Analyze JSON Lines documents with Quotient on Spark: the recipe of the README, and the code the Spark
integration test runs (Tests/Spark/run.sh).

Each executor gets the binary with SparkContext.addFile; SparkFiles.get finds it on the executor (RDD.pipe
would start "./quotient" in the executor's working directory, where addFile does not put it). Every input line
gives exactly one output line, in order: an analysis, an error row that keeps the line's id, or a blank-line
marker; so the output joins back to the input by id.

    python3 examples/spark_analyze.py dist/quotient articles.jsonl analysis/ [PARTITIONS]
    quotient compare --from analysis/
"""
import os
import subprocess
import sys

from pyspark import SparkFiles


def analyze_partition(lines):
    """Runs quotient over one partition on the executor, one thread per process."""
    lines = list(lines)
    if not lines:
        return iter(())
    binary = SparkFiles.get("quotient")
    if not os.access(binary, os.X_OK):
        os.chmod(binary, 0o755)
    run = subprocess.run(
        [binary, "analyze", "--input", "jsonl", "--format", "jsonl", "--threads", "1", "--no-fail-on-error"],
        input=("\n".join(lines) + "\n").encode("utf-8"), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    rows = run.stdout.decode("utf-8").splitlines()
    # Error rows are kept in place (--no-fail-on-error); a failure of the process, or a row missing, stops the job.
    if run.returncode != 0 or len(rows) != len(lines):
        raise RuntimeError(f"quotient failed ({run.returncode}, {len(rows)} rows for {len(lines)} lines): "
                           f"{run.stderr.decode('utf-8', 'replace')[:500]}")
    return iter(rows)


def analyze(spark, binary, source, destination, partitions=4):
    """Reads JSON Lines from `source`, writes one analysis per line as part files under `destination`."""
    spark.sparkContext.addFile(binary)
    documents = spark.sparkContext.textFile(source, partitions)
    documents.mapPartitions(analyze_partition).saveAsTextFile(destination)


if __name__ == "__main__":
    from pyspark.sql import SparkSession

    binary, source, destination = sys.argv[1:4]
    partitions = int(sys.argv[4]) if len(sys.argv) > 4 else 4
    spark = (SparkSession.builder.master(os.environ.get("SPARK_MASTER", "local[2]"))
             .appName("quotient-analyze").getOrCreate())
    try:
        analyze(spark, os.path.abspath(binary), os.path.abspath(source), os.path.abspath(destination), partitions)
    finally:
        spark.stop()
