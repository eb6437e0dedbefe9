"""Checks of examples/spark/nergraph_job.py in one Spark session (run by
tests/spark/run under spark-submit, with the binary shipped by --files and
the job by --py-files):

    check.py NERGRAPH WORKDIR ARTICLES.jsonl PER_ARTICLE.jsonl

* parquet: `--mode parquet` writes one row per article, and each row is the
  line `nergraph extract --per-article` writes for that article;
* keep-going: a small input with a bad line, blank lines and more partitions
  than articles (most of them empty) merges to the bytes of a
  single-process `extract --keep-going`;
* bad input: without --keep-going the job fails, with nergraph's message;
* pipe: plain `RDD.pipe(..., checkCode=True)` through `extract --jsonl -
  --per-article`, with empty partitions.

Prints one line per check (`spark: NAME: ok (...)` or `spark: NAME: FAILED`)
and a count; exits 1 on a failure.
"""

import json
import os
import subprocess
import sys
import traceback

from pyspark.sql import SparkSession

import nergraph_job


def check_parquet(spark, nergraph, work, articles, per_article):
    out = os.path.join(work, "graphs.parquet")
    nergraph_job.run(spark, nergraph_job.parse_args(
        [articles, out, "--mode", "parquet", "--partitions", "3"]))
    rows = spark.read.parquet(out).collect()
    want = {}
    with open(per_article, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            want[json.loads(line)["articles"][0]["id"]] = line
    got = {r["id"]: r["graph"] for r in rows}
    assert len(rows) == len(want), f"{len(rows)} rows, {len(want)} articles"
    assert set(got) == set(want), f"ids differ: {sorted(set(got) ^ set(want))[:5]}"
    bad = [i for i in want if got[i] != want[i]]
    assert not bad, f"{len(bad)} graphs differ from extract --per-article, e.g. {bad[:3]}"
    return f"{len(rows)} rows, each equal to extract --per-article"


def small_input(work):
    path = os.path.join(work, "small.jsonl")
    lines = [
        {"id": "a", "text": "Vladimir Putin met Kim Jong Un in Pyongyang."},
        {"id": "b", "text": "Chile praised Peru.", "date": "2024-06-19"},
        "",
        "{this is not JSON}",
        {"id": 3, "text": "Xi Jinping visited Moscow.", "source": "Example Wire"},
        "",
    ]
    with open(path, "w", encoding="utf-8") as w:
        for l in lines:
            w.write((l if isinstance(l, str) else json.dumps(l)) + "\n")
    return path


def check_keep_going(spark, nergraph, work):
    small = small_input(work)
    out = os.path.join(work, "small.spark.json")
    nergraph_job.run(spark, nergraph_job.parse_args(
        [small, out, "--partitions", "6", "--fan-in", "3", "--keep-going"]))
    single = subprocess.run(
        [nergraph, "extract", "--jsonl", small, "--keep-going", "--quiet"],
        capture_output=True, check=True).stdout
    with open(out, "rb") as f:
        got = f.read()
    assert got == single, "merged graph differs from extract --keep-going"
    return f"6 partitions, bad line skipped, {len(got)} bytes equal to extract --keep-going"


def check_bad_input_fails(spark, nergraph, work):
    small = os.path.join(work, "small.jsonl")
    out = os.path.join(work, "small.fail.json")
    try:
        nergraph_job.run(spark, nergraph_job.parse_args([small, out, "--partitions", "2"]))
    except Exception as e:  # Py4JJavaError, with the Python traceback inside
        msg = str(e)
        assert "invalid JSON" in msg and "exited with code 1" in msg, msg[-2000:]
        assert not os.path.exists(out), "an output was written"
        return "the task failed with nergraph's message"
    raise AssertionError("the job succeeded on a bad line without --keep-going")


def check_pipe(spark, nergraph, work):
    """RDD.pipe alone, as docs/scale-out.md shows it: partitions without
    articles are an empty corpus for `extract --jsonl -`, not a failure."""
    from pyspark import SparkFiles
    path = os.path.join(work, "two.jsonl")
    with open(path, "w", encoding="utf-8") as w:
        w.write(json.dumps({"id": "a", "text": "Vladimir Putin met Kim Jong Un."}) + "\n")
        w.write(json.dumps({"id": "b", "text": "Chile praised Peru."}) + "\n")
    lines = spark.sparkContext.textFile(path, 8)
    empty = lines.glom().map(len).collect().count(0)
    assert empty > 0, "no empty partition to test"
    command = f"{SparkFiles.get('nergraph')} extract --jsonl - --per-article --quiet -j 1"
    graphs = lines.pipe(command, checkCode=True).collect()
    ids = sorted(json.loads(g)["articles"][0]["id"] for g in graphs)
    assert ids == ["a", "b"], ids
    return f"{lines.getNumPartitions()} partitions, {empty} empty, checkCode=True"


def main():
    nergraph, work, articles, per_article = sys.argv[1:5]
    spark = SparkSession.builder.appName("nergraph-check").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    checks = [
        ("parquet", lambda: check_parquet(spark, nergraph, work, articles, per_article)),
        ("keep-going", lambda: check_keep_going(spark, nergraph, work)),
        ("bad input", lambda: check_bad_input_fails(spark, nergraph, work)),
        ("pipe", lambda: check_pipe(spark, nergraph, work)),
    ]
    passed = failed = 0
    try:
        for name, check in checks:
            try:
                print(f"spark: {name}: ok ({check()})", flush=True)
                passed += 1
            except Exception:
                print(f"spark: {name}: FAILED\n{traceback.format_exc()}", flush=True)
                failed += 1
    finally:
        spark.stop()
    print(f"check.py: passed {passed}, failed {failed}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
