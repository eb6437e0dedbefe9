"""nergraph under Apache Spark: JSON Lines of articles in, graphs out.

    spark-submit --master yarn --files target/release/nergraph \\
        examples/spark/nergraph_job.py news.jsonl graph.json
    spark-submit ... examples/spark/nergraph_job.py news.jsonl graphs.parquet --mode parquet

Each partition of the input is fed to one `nergraph extract --jsonl -`
process on standard input (see docs/scale-out.md):

* `--mode merge` (default): every partition is extracted into one graph, and
  the partition graphs are merged by `nergraph merge`, in a tree of
  `--fan-in` graphs per merge, on the executors. The one graph left is
  written to OUTPUT, a file on the driver. Merging is associative and
  commutative, so the bytes are those of a single `nergraph extract` of the
  same input, whatever the partitioning and whatever order Spark runs in.
* `--mode parquet`: `extract --per-article`, one row per article
  (`id`, `graph`: the article's compact JSON graph) written to the Parquet
  directory OUTPUT.

An article without a `source` is given the one a single-process run gives
it, `FILE:LINE` (FILE as given on the command line, or `--source-name`), so
that the positions of its lines in the input survive the partitioning.

The binary is found with SparkFiles.get when shipped with
`spark-submit --files .../nergraph` (the default, `--nergraph nergraph`), or
at an absolute path that exists on every executor (`--nergraph /opt/bin/nergraph`).
A non-zero exit of nergraph fails the task, with nergraph's messages in the
exception (and in the executor's standard error, where they also go).
"""

import argparse
import collections
import json
import os
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time

from pyspark import SparkFiles
from pyspark.sql import SparkSession
from pyspark.sql.types import StringType, StructField, StructType


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog="nergraph_job.py",
        description="Extract entity graphs from JSON Lines of articles with nergraph on Spark.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="JSON Lines of articles (any path Spark reads: local, hdfs://, s3a://, globs)")
    p.add_argument("output", metavar="OUTPUT",
                   help="merge: the JSON graph file to write on the driver; parquet: the output directory")
    p.add_argument("--mode", choices=["merge", "parquet"], default="merge")
    p.add_argument("--nergraph", default="nergraph",
                   help="the binary: a file name shipped with --files (default: nergraph) or an "
                        "absolute path present on every executor")
    p.add_argument("--partitions", type=int, default=0,
                   help="minimum number of input partitions (default: Spark's split of the input "
                        "by size); aim for 10-50 MB of text each, see docs/scale-out.md")
    p.add_argument("--threads", type=int, default=0,
                   help="nergraph threads per task (default: spark.task.cpus, usually 1)")
    p.add_argument("--fan-in", type=int, default=8,
                   help="graphs merged by one `nergraph merge` in the merge tree (default 8)")
    p.add_argument("--keep-going", action="store_true",
                   help="skip bad articles with a warning instead of failing the task")
    p.add_argument("--source-name", default=None,
                   help="the FILE of the FILE:LINE source given to articles without one "
                        "(default: the input as given; only with one input)")
    p.add_argument("--no-line-sources", action="store_true",
                   help="do not number the input's lines (saves one pass over it): articles "
                        "without a source get <stdin>:LINE, the line within their partition")
    p.add_argument("--extract-args", default="",
                   help="more options for `nergraph extract`, one shell-quoted string, e.g. "
                        "--extract-args='--window paragraph' (with '='). Not filters (--top, --min-weight, ...): filtering "
                        "partitions before merging changes the result; filter the merged graph "
                        "with `nergraph merge graph.json --top 40` instead. Files such as "
                        "gazetteers must be shipped with --files and named by file name.")
    a = p.parse_args(argv)
    if a.source_name is not None and len(a.inputs) > 1:
        p.error("--source-name needs a single input")
    if a.fan_in < 2:
        p.error("--fan-in must be at least 2")
    return a


# --- running nergraph on an executor ---------------------------------------

def binary(name):
    """The nergraph binary on this executor (or driver)."""
    path = name if os.path.isabs(name) else SparkFiles.get(name)
    if not os.path.isfile(path):
        raise RuntimeError(
            f"nergraph binary not found at {path}: ship it with spark-submit --files "
            f"path/to/nergraph, or give --nergraph an absolute path present on every executor")
    if not os.access(path, os.X_OK):
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def shipped(arg):
    """A file-name argument of --extract-args shipped with --files, or the argument."""
    if os.sep in arg or arg.startswith("-"):
        return arg
    try:
        path = SparkFiles.get(arg)
    except Exception:
        return arg
    return path if os.path.exists(path) else arg


class NergraphFailed(RuntimeError):
    pass


def run_nergraph(argv, lines=None):
    """Runs nergraph with `lines` (bytes, newline-terminated) on standard input
    and yields its standard output line by line, as bytes. Standard error goes
    to this process's standard error as it comes, and its last lines into the
    exception raised when nergraph exits non-zero."""
    proc = subprocess.Popen(
        argv,
        stdin=subprocess.PIPE if lines is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    tail = collections.deque(maxlen=40)

    def pump_stderr():
        for line in proc.stderr:
            tail.append(line.decode("utf-8", "replace").rstrip("\n"))
            sys.stderr.write(line.decode("utf-8", "replace"))
        sys.stderr.flush()

    feed_error = []

    def feed_stdin():
        try:
            for line in lines:
                proc.stdin.write(line)
        except BrokenPipeError:
            pass  # nergraph stopped reading: its exit code says why
        except BaseException as e:  # an error reading the partition
            feed_error.append(e)
        finally:
            try:
                proc.stdin.close()
            except BrokenPipeError:
                pass

    threads = [threading.Thread(target=pump_stderr, daemon=True)]
    if lines is not None:
        threads.append(threading.Thread(target=feed_stdin, daemon=True))
    for t in threads:
        t.start()
    try:
        yield from proc.stdout
    finally:
        proc.stdout.close()
        rc = proc.wait()
        for t in threads:
            t.join()
    if feed_error:
        raise feed_error[0]
    if rc != 0:
        raise NergraphFailed(
            f"{shlex.join(argv)} exited with code {rc}:\n" + "\n".join(tail))


def nonblank(lines):
    """The partition's non-blank lines, newline-terminated; None when there
    are none (no process is started for an empty partition)."""
    it = (l if l.endswith(b"\n") else l + b"\n" for l in lines if l.strip())
    first = next(it, None)
    if first is None:
        return None

    def chain():
        yield first
        yield from it
    return chain()


def extract_partition(conf, per_article):
    """mapPartitions function: the partition's lines through `nergraph
    extract`; yields one pretty JSON graph, or one compact graph line per
    article with --per-article."""
    def run(lines):
        lines = nonblank(lines)
        if lines is None:
            return
        argv = [binary(conf["nergraph"]), "extract", "--jsonl", "-", "--quiet",
                "--threads", str(conf["threads"])]
        if per_article:
            argv.append("--per-article")
        if conf["keep_going"]:
            argv.append("--keep-going")
        argv += [shipped(a) for a in conf["extract_args"]]
        out = run_nergraph(argv, lines)
        try:
            if per_article:
                yield from out
            else:
                yield b"".join(out)
        except NergraphFailed as e:
            # With --keep-going, a partition none of whose articles could be
            # read is not an error: the others still make the graph.
            if conf["keep_going"] and "could be read; nothing written" in str(e):
                return
            raise
    return run


def merge_graphs(conf):
    """Merges a group of JSON graphs (bytes) with one `nergraph merge`."""
    def run(graphs):
        graphs = list(graphs)
        if len(graphs) == 1:
            return graphs[0]
        d = tempfile.mkdtemp(prefix="nergraph-merge-")
        try:
            files = []
            for i, g in enumerate(graphs):
                f = os.path.join(d, f"{i}.json")
                with open(f, "wb") as w:
                    w.write(g)
                files.append(f)
            return b"".join(run_nergraph([binary(conf["nergraph"]), "merge", *files]))
        finally:
            shutil.rmtree(d, ignore_errors=True)
    return run


# --- the input, with sources ------------------------------------------------

def with_source(name):
    """Gives a JSON Lines article without a `source` the `FILE:LINE` of a
    single-process run. The field is appended as the line's last key (the
    last of duplicate keys wins in nergraph's reader), so the line is not
    re-serialised; lines that are not JSON objects are passed on unchanged
    for nergraph to report."""
    def run(pair):
        line, index = pair
        body = line.rstrip()
        if not body.endswith(b"}"):
            return line
        if b'"source"' in body:
            try:
                obj = json.loads(body)
            except ValueError:
                return line
            if not isinstance(obj, dict) or obj.get("source") is not None:
                return line
        if body[:-1].strip() in (b"{", b""):
            return line  # `{}`: nothing to add to
        tag = json.dumps(f"{name}:{index + 1}", ensure_ascii=False).encode("utf-8")
        return body[:-1] + b',"source":' + tag + b"}"
    return run


def read_articles(sc, args):
    rdds = []
    for path in args.inputs:
        name = args.source_name if args.source_name is not None else path
        lines = sc.textFile(path, minPartitions=args.partitions or None, use_unicode=False)
        if not args.no_line_sources:
            lines = lines.zipWithIndex().map(with_source(name))
        rdds.append(lines)
    return rdds[0] if len(rdds) == 1 else sc.union(rdds)


# --- the two modes ----------------------------------------------------------

def merge_mode(spark, args, conf):
    """Partition graphs, then a tree of `nergraph merge` calls on the
    executors, each merging up to --fan-in graphs, until one is left."""
    articles = read_articles(spark.sparkContext, args)
    extract = extract_partition(conf, per_article=False)
    # (partition index, graph): an empty partition has no graph.
    keyed = articles.mapPartitionsWithIndex(lambda i, lines: ((i, g) for g in extract(lines)))
    count = keyed.getNumPartitions()
    fan_in = args.fan_in
    merge = merge_graphs(conf)
    while count > 1:
        count = (count + fan_in - 1) // fan_in
        keyed = (keyed.map(lambda kv, f=fan_in: (kv[0] // f, kv[1]))
                 .groupByKey(numPartitions=count)
                 .mapValues(merge))
    result = keyed.collect()
    if not result:
        raise SystemExit("nergraph_job: no articles in the input")
    (_, graph), = result
    tmp = args.output + ".tmp"
    with open(tmp, "wb") as w:
        w.write(graph)
    os.replace(tmp, args.output)
    print(f"nergraph_job: wrote {args.output} ({len(graph)} bytes)", file=sys.stderr)


# How `extract --per-article` lines start: the first article's id (a JSON
# string) follows the opening quote.
GRAPH_LINE_START = '{"format":"nergraph","version":1,"articles":[{"id":"'


def parquet_mode(spark, args, conf):
    """One row per article: its id and its compact JSON graph."""
    articles = read_articles(spark.sparkContext, args)
    lines = articles.mapPartitions(extract_partition(conf, per_article=True))

    def row(line):
        text = line.decode("utf-8").rstrip("\n")
        if text.startswith(GRAPH_LINE_START):  # the id without parsing the graph
            return (json.decoder.scanstring(text, len(GRAPH_LINE_START))[0], text)
        return (json.loads(text)["articles"][0]["id"], text)

    schema = StructType([
        StructField("id", StringType(), nullable=False),
        StructField("graph", StringType(), nullable=False),
    ])
    df = spark.createDataFrame(lines.map(row), schema)
    df.write.mode("overwrite").parquet(args.output)
    print(f"nergraph_job: wrote {args.output}", file=sys.stderr)


def run(spark, args):
    """Runs the job described by `args` (from parse_args) in `spark`."""
    sc = spark.sparkContext
    conf = {
        "nergraph": args.nergraph,
        "threads": args.threads or int(sc.getConf().get("spark.task.cpus", "1")),
        "keep_going": args.keep_going,
        "extract_args": shlex.split(args.extract_args),
    }
    started = time.monotonic()
    if args.mode == "merge":
        merge_mode(spark, args, conf)
    else:
        parquet_mode(spark, args, conf)
    print(f"nergraph_job: {args.mode} took {time.monotonic() - started:.1f} s", file=sys.stderr)


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    spark = SparkSession.builder.appName("nergraph").getOrCreate()
    try:
        run(spark, args)
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
