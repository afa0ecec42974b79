#!/usr/bin/env python3
"""Counts, over a corpus of papers, how many papers cite each source, with
Apache Spark doing the distribution and `opcit extract --jsonl` the reading.

Each paper becomes one JSON line {"id": path, "text": content}; `RDD.pipe`
streams a partition's lines through one opcit process, which answers with one
JSON line per paper ({"id", "ok", "summary", "diagnostics_by_code",
"references": [normalised author|year|title keys]}). Spark then sums the
summaries and counts, for every source key, the papers that list it.

Local mode (the default, on every core of this machine):

    python3 examples/spark/corpus_sources.py --opcit target/release/opcit papers/

On a cluster, ship the binary with the job (see examples/spark/README.md):

    spark-submit --master yarn --files target/release/opcit \
        examples/spark/corpus_sources.py --opcit ./opcit hdfs:///corpus/papers

Writes one JSON object (schema "opcit/spark-corpus/1") to standard output or
--output: documents, failed, citations, resolved, diagnostics_by_code, and
sources (key -> number of papers), keys sorted so the output is deterministic.
"""

import argparse
import json
import os
import shlex
import shutil
import sys

EXTENSIONS = (".txt", ".md", ".markdown", ".html", ".htm")


def list_papers(inputs):
    """Files as `opcit batch` takes them: files as given, directories walked
    recursively for the known extensions in sorted order."""
    out = []
    for p in inputs:
        if "://" in p:
            out.append(p)  # a cluster path (hdfs://, s3a://): Spark lists it
        elif os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    if f.lower().endswith(EXTENSIONS):
                        out.append(os.path.join(root, f))
        else:
            out.append(p)
    return out


def paper_id(spark_path, roots):
    """`file:/abs/dir/x.txt` back to the path as the user gave it."""
    path = spark_path[len("file:"):] if spark_path.startswith("file:") else spark_path
    for given, absolute in roots:
        if path == absolute or path.startswith(absolute + os.sep):
            return given + path[len(absolute):]
    return spark_path


def to_line(pair, roots):
    path, text = pair
    return json.dumps({"id": paper_id(path, roots), "text": text}, ensure_ascii=False)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", help="papers or directories of papers")
    ap.add_argument("--opcit", default=os.environ.get("OPCIT") or shutil.which("opcit") or "opcit",
                    help="the opcit binary as the executors see it (default: $OPCIT, else opcit on PATH)")
    ap.add_argument("--master", default=None, help="Spark master (default: local[*] unless spark-submit set one)")
    ap.add_argument("--partitions", type=int, default=None, help="partitions of the corpus (default: Spark's)")
    ap.add_argument("--output", default=None, help="write the JSON here instead of standard output")
    args = ap.parse_args(argv)

    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName("opcit-corpus-sources")
    if args.master:
        conf.setMaster(args.master)
    elif not conf.contains("spark.master"):
        conf.setMaster("local[*]")
    conf.set("spark.ui.enabled", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        files = list_papers(args.paths)
        roots = [(p.rstrip(os.sep), os.path.abspath(p).rstrip(os.sep)) for p in args.paths if "://" not in p]
        roots.sort(key=lambda r: -len(r[1]))
        papers = sc.wholeTextFiles(",".join(files), minPartitions=args.partitions or sc.defaultParallelism)
        command = shlex.join([args.opcit, "extract", "--jsonl", "--jobs", "1"])
        results = papers.map(lambda pair: to_line(pair, roots)).pipe(command).map(json.loads).cache()

        def totals(r):
            s = r.get("summary") or {}
            return (1, 0 if r.get("ok") else 1, s.get("citations", 0), s.get("resolved", 0))

        documents, failed, citations, resolved = results.map(totals).fold(
            (0, 0, 0, 0), lambda a, b: tuple(x + y for x, y in zip(a, b)))
        by_code = dict(results.flatMap(lambda r: list((r.get("diagnostics_by_code") or {}).items()))
                       .reduceByKey(lambda a, b: a + b).collect())
        sources = dict(results.flatMap(lambda r: [(k, 1) for k in set(r.get("references") or [])])
                       .reduceByKey(lambda a, b: a + b).collect())
        errors = sorted((r.get("id"), r.get("error")) for r in results.filter(lambda r: not r.get("ok")).collect())
    finally:
        sc.stop()

    out = {
        "schema": "opcit/spark-corpus/1",
        "documents": documents,
        "failed": failed,
        "citations": citations,
        "resolved": resolved,
        "diagnostics_by_code": dict(sorted(by_code.items())),
        "sources": dict(sorted(sources.items())),
        "errors": [{"id": i, "error": e} for i, e in errors],
    }
    text = json.dumps(out, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    shared = sum(1 for n in sources.values() if n > 1)
    print(f"{documents} paper(s), {failed} failed, {citations} citation(s), "
          f"{len(sources)} source(s), {shared} cited by two papers or more", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
