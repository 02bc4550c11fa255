"""Cost of each entity-cli component, as ratios against the core pipeline, in one run.

Runs on ../shared/bench/bbc (or --corpus DIR) over --docs documents, best of --repeat
(the pipelines timed in turn, round after round):
  core: the base model's ner + span cleanup (what the core issue shipped)
  + KB: core + actor ruler, mention linker and canonicaliser (knowledge base loaded)
  full: + date normaliser (the shipped pipeline)
and prints words/s and the ratios (KB vs core: target >= 0.9x; dates add < 5%).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "bench" / "bbc"


def build(components: tuple[str, ...]):
    import spacy

    import entity_cli.nlp.components.registry  # noqa: F401
    from entity_cli.nlp.pipeline import EXCLUDE, MODEL_PACKAGE, NER_OVERRIDE

    # The shipped ner (pieces, numpy's BLAS), so that the ratios are those of a real run.
    nlp = spacy.load(MODEL_PACKAGE, exclude=list(EXCLUDE), config=NER_OVERRIDE)
    for name in components:
        nlp.add_pipe(name)
        component = nlp.get_pipe(name)
        if hasattr(component, "initialize"):
            component.initialize()
    return nlp


def one_pass(nlp, texts: list[str]) -> float:
    start = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=32):
        doc._.me_doc_date = "2021-08-09"
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    paths = sorted(args.corpus.rglob("*.txt"))[: args.docs]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    setups = {
        "core (ner, cleanup)": ("me_span_cleanup",),
        "+ KB (ruler, linker, canonicaliser)": ("me_span_cleanup", "me_actors", "me_linker",
                                                "me_canonical"),
        "full (+ date normaliser)": ("me_span_cleanup", "me_actors", "me_linker",
                                     "me_canonical", "me_dates"),
    }
    # All pipelines are built and warmed first, then timed in turn, round after round: the
    # one measured first would otherwise pay for whatever the process warms up later.
    pipelines = {name: build(components) for name, components in setups.items()}
    for nlp in pipelines.values():
        one_pass(nlp, texts[:20])
    best = dict.fromkeys(pipelines, float("inf"))
    for _ in range(args.repeat):
        for name, nlp in pipelines.items():
            best[name] = min(best[name], one_pass(nlp, texts))
    words = sum(len(t.split()) for t in texts)
    results = {name: words / seconds for name, seconds in best.items()}
    for name, rate in results.items():
        print(f"{name:<40} {rate:>10,.0f} words/s")
    core, kb, full = results.values()
    print(f"{len(texts)} documents, {words:,} words, best of {args.repeat}")
    print(f"KB / core: {kb / core:.3f}x  (target >= 0.9x)")
    print(f"date normaliser adds: {(kb / full - 1) * 100:.1f}% time  (target < 5%)")


if __name__ == "__main__":
    main()
