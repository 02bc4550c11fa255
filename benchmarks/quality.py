"""Quality ablation: what each rule component adds or takes away, on three kinds of text.

Stages, in pipeline order (each row adds one component to the row before it):

  bare model      en_core_web_sm's ner on the whole text (exactly general_news.py's baseline)
  ner             the same model on entity-cli's bounded pieces, no rule component
  +me_doc_date, +me_span_cleanup, +me_actors, +me_linker, +me_canonical, +me_dates
                  the last row is the shipped pipeline: the records `entity-cli extract` prints

Feedback sets:

  dev        ../shared/eval/dev (21 Middle East articles). The rules were developed on
             these: their figures are the optimistic ones.
  ontonotes  the OntoNotes 5 development split (general news, 7 labels), read through
             ../shared/tools/general_news.py from a local copy of the public repository
             marcovzla/OntoNotes-5.0-NER-BIO (--ontonotes DIR, or $ONTONOTES_MIRROR).
             Only the development split is read; nothing of it is stored anywhere.
  timebank   TempEval-3's TBAQ-cleaned training corpus (dates), through
             ../shared/tools/timeml_eval.py, from a local copy of the public repository
             qiangning/StructTempRel-EMNLP17 (--timebank DIR, or $TIMEBANK_MIRROR). Only
             data/TempEval3/Training/TBAQ-cleaned is read. Scored twice: with the DATE
             spans the model draws (--date-spans ontonotes, the default) and with TimeML's
             TIMEX3 extents (--date-spans timeml), the scheme TimeBank is annotated in.

Prints P/R/F per label for every stage, the change in F each component makes, and the
targets of the quality issues. Usage:

    python benchmarks/quality.py [--sets dev,ontonotes,timebank] [--limit N] [--errors N]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from ablation import all_stages, read_documents  # benchmarks/ablation.py, beside this script

from entity_cli.options import DATE_SPANS  # entity-cli extract --date-spans

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev"
TOOLS = SHARED / "tools"
DEV_LABELS = ("PERSON", "NORP", "ORG", "PLACE", "DATE", "ALL")
ONTO_LABELS = ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "DATE", "ALL")
TBAQ = "data/TempEval3/Training/TBAQ-cleaned"


def tool(name: str):
    """A module of ../shared/tools, imported from its file (they are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"shared_{name}", TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- scoring ----------------------------------------------------------------------------------


def score_dev(records: list[dict]) -> dict:
    from entity_cli.evaluation.scoring import read_gold, score

    result = score(read_gold(DEV / "gold.jsonl"), records)
    table = {k: (v["p"], v["r"], v["f"]) for k, v in result["coarse"].items()}
    return {"table": table, "date_value_accuracy": result["date_value_accuracy"],
            "actor_f": result["actor_resolution"]["f"],
            "missing": len(result["missing_documents"]), "offset_errors": result["offset_errors"]}


def score_ontonotes(records: list[dict], built: list) -> dict:
    from entity_cli.evaluation.scoring import prf

    gn = tool("general_news")
    by_id = {r.get("id"): r for r in records}
    counts: Counter = Counter()
    for i, (_text, words, tags, starts, ends) in enumerate(built):
        gold = gn.gold_spans(tags, words)
        spans, unaligned = gn.system_spans(by_id.get(f"onto{i:04d}", {}), words, starts, ends)
        counts["ALL", "fp"] += unaligned
        for key in ONTO_LABELS:
            g = gold if key == "ALL" else {x for x in gold if x[2] == key}
            p = spans if key == "ALL" else {x for x in spans if x[2] == key}
            counts[key, "tp"] += len(g & p)
            counts[key, "fp"] += len(p - g)
            counts[key, "fn"] += len(g - p)
    return {"table": {k: prf(counts[k, "tp"], counts[k, "fp"], counts[k, "fn"]) for k in ONTO_LABELS}}


def print_ablation(title: str, scores: dict[str, dict], labels: tuple[str, ...]) -> None:
    print(f"\n== {title}")
    print(f"{'stage':18s} {'label':7s} {'P':>6s} {'R':>6s} {'F':>6s} {'dF':>7s} {'dF bare':>8s}")
    names = list(scores)
    for n, name in enumerate(names):
        table = scores[name]["table"]
        for label in labels:
            p, r, f = table.get(label, (0.0, 0.0, 0.0))
            prev = scores[names[n - 1]]["table"].get(label, (0, 0, 0))[2] if n else f
            bare = scores[names[0]]["table"].get(label, (0, 0, 0))[2]
            print(f"{name if label == labels[0] else '':18s} {label:7s} {p:6.3f} {r:6.3f} {f:6.3f}"
                  f" {f - prev:+7.3f} {f - bare:+8.3f}")
        extra = [f"{k} {scores[name][k]:.3f}" for k in ("date_value_accuracy", "actor_f")
                 if k in scores[name]]
        if extra:
            print(f"{'':18s} {', '.join(extra)}")
    print(f"\n{'F by stage':18s} " + " ".join(f"{label:>7s}" for label in labels))
    for name in names:
        table = scores[name]["table"]
        print(f"{name:18s} " + " ".join(f"{table.get(lb, (0, 0, 0))[2]:7.3f}" for lb in labels))


def check(name: str, value: float, target: float, op: str = ">=") -> str:
    ok = value >= target - 1e-12 if op == ">=" else value <= target + 1e-12
    return f"  {name:48s} {value:7.3f}  (target {op} {target:.3f})  {'met' if ok else 'MISSED'}"


# --- the three sets -----------------------------------------------------------------------------


def run_dev(nlp, errors: int) -> None:
    documents = read_documents(DEV / "docs.jsonl")
    results = all_stages(nlp, documents)
    scores = {name: score_dev(records) for name, records in results.items()}
    print_ablation(f"dev: {DEV} ({len(documents)} articles; the rules were developed on "
                   "these, so read these figures as optimistic), coarse labels", scores, DEV_LABELS)
    shipped = scores[list(scores)[-1]]
    table = shipped["table"]
    print("\ntargets, dev (shipped pipeline):")
    for label, target in (("ALL", 0.956), ("PERSON", 0.96), ("ORG", 0.93), ("PLACE", 0.96)):
        print(check(f"coarse {label} F", table[label][2], target))
    print(check("actor resolution F", shipped["actor_f"], 0.95))
    print(check("DATE value accuracy", shipped["date_value_accuracy"], 0.97))
    print(check("DATE span F", table["DATE"][2], 0.94))
    print(f"  missing documents {shipped['missing']}, offset errors {shipped['offset_errors']}")


def run_ontonotes(nlp, mirror: str, limit: int, errors: int) -> None:
    gn = tool("general_news")
    documents = gn.read_documents(mirror)
    if limit and limit < len(documents):
        documents = documents[:: -(-len(documents) // limit)]
    built = [gn.build(d) for d in documents]
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "docs.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for i, (text, *_rest) in enumerate(built):
                fh.write(json.dumps({"id": f"onto{i:04d}", "date": "", "text": text}) + "\n")
        docs = read_documents(path)
    results = all_stages(nlp, docs)
    scores = {name: score_ontonotes(records, built) for name, records in results.items()}
    print_ablation(f"OntoNotes 5 development split ({len(built)} documents, general news; "
                   "the rules were not developed on it)", scores, ONTO_LABELS)
    bare, shipped = scores["bare model"]["table"], scores[list(scores)[-1]]["table"]
    print("\ntargets, OntoNotes development split (shipped pipeline against the bare model):")
    print(check("ALL F minus bare", shipped["ALL"][2] - bare["ALL"][2], 0.0))
    for label in ("PERSON", "ORG", "GPE", "NORP", "DATE"):
        print(check(f"{label} F minus bare", shipped[label][2] - bare[label][2], -0.003))
    if errors:
        print_errors(gn, built, results["bare model"], results[list(results)[-1]], errors)


def print_errors(gn, built, bare: list[dict], shipped: list[dict], n: int) -> None:
    """Entities the bare model had right and the pipeline lost, and the pipeline's new false
    positives: a sample per label, for reading (never for tuning to)."""
    import random

    b_by, s_by = {r["id"]: r for r in bare}, {r["id"]: r for r in shipped}
    examples = defaultdict(list)
    for i, (_text, words, tags, starts, ends) in enumerate(built):
        key = f"onto{i:04d}"
        gold = gn.gold_spans(tags, words)
        b = gn.system_spans(b_by.get(key, {}), words, starts, ends)[0]
        s = gn.system_spans(s_by.get(key, {}), words, starts, ends)[0]

        def show(x, words=words):
            return " ".join(words[x[0]:x[1]]), " ".join(words[max(0, x[0] - 6):x[1] + 4])
        for x in (b & gold) - s:
            examples["lost", x[2]].append(show(x))
        for x in s - gold - b:
            examples["new false positive", x[2]].append(show(x))
    rng = random.Random(0)
    for (kind, label), items in sorted(examples.items()):
        print(f"\n{kind}, {label}: {len(items)}")
        for span, context in rng.sample(items, min(n, len(items))):
            print(f"  {span!r:36s} | {context}")


def run_timebank(mirror: str, limit: int) -> None:
    """TempEval-3 measures on TBAQ-cleaned, through timeml_eval.py's convert and score."""
    timeml = str(TOOLS / "timeml_eval.py")
    with tempfile.TemporaryDirectory() as work:
        tml = Path(work) / "tml"
        tml.mkdir()
        archive = subprocess.run(["git", "-C", mirror, "archive", "HEAD", f"{TBAQ}/TimeBank",
                                  f"{TBAQ}/AQUAINT"], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tml)], input=archive, check=True)
        out = Path(work) / "out"
        subprocess.run([sys.executable, timeml, "convert", str(tml), str(out)], check=True,
                       stdout=subprocess.DEVNULL)
        docs = out / "docs.jsonl"
        if limit:
            lines = docs.read_text(encoding="utf-8").splitlines()
            docs.write_text("\n".join(lines[:: -(-len(lines) // limit)]) + "\n", encoding="utf-8")
        for spans in DATE_SPANS:
            system = out / f"system_{spans}.jsonl"
            with system.open("w", encoding="utf-8") as fh:
                subprocess.run(["entity-cli", "extract", str(docs), "--format", "jsonl",
                                "--quiet", "--labels", "DATE,TIME", "--date-spans", spans],
                               stdout=fh, check=False)
            print("\n== TempEval-3 TBAQ-cleaned (training corpus; dates and times: --labels "
                  f"DATE,TIME --date-spans {spans}), timeml_eval.py score")
            subprocess.run([sys.executable, timeml, "score", str(out / "gold.jsonl"),
                            str(system)], check=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="dev,ontonotes",
                    help="comma-separated: dev, ontonotes, timebank (default dev,ontonotes)")
    ap.add_argument("--ontonotes", default=os.environ.get("ONTONOTES_MIRROR"),
                    help="local copy of marcovzla/OntoNotes-5.0-NER-BIO (a git directory)")
    ap.add_argument("--timebank", default=os.environ.get("TIMEBANK_MIRROR"),
                    help="local copy of qiangning/StructTempRel-EMNLP17 (a git directory)")
    ap.add_argument("--limit", type=int, default=0, help="score about N OntoNotes documents")
    ap.add_argument("--errors", type=int, default=0, help="print N OntoNotes error examples")
    args = ap.parse_args()
    wanted = {s.strip() for s in args.sets.split(",") if s.strip()}

    from entity_cli.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    if "dev" in wanted:
        run_dev(nlp, args.errors)
    if "ontonotes" in wanted:
        if not args.ontonotes:
            print("\nontonotes: skipped (give --ontonotes DIR or set ONTONOTES_MIRROR)")
        else:
            run_ontonotes(nlp, args.ontonotes, args.limit, args.errors)
    if "timebank" in wanted:
        if not args.timebank:
            print("\ntimebank: skipped (give --timebank DIR or set TIMEBANK_MIRROR)")
        else:
            run_timebank(args.timebank, args.limit)


if __name__ == "__main__":
    main()
