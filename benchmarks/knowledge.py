"""The knowledge base at scale: what it holds, how far its ids and dates reach, and how
office references resolve.

Prints:
  1. places per country (the region's states and the rest) and per kind;
  2. coverage: `geonames_id` on places, `wikipedia` on people and organisations, dated
     roles on people who hold an office, roles confirmed current, sectors;
  3. office references on benchmarks/data/office_references.jsonl (sentences written for
     this project: ten offices, dates on both sides of a change of holder): right, left
     empty, wrong;
  4. the targets of the knowledge issue, met or missed.
Usage: python benchmarks/knowledge.py [--models-dir DIR] [--no-references]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from entity_cli.kb.records import ActorRecord, kb_files, load_records  # noqa: E402
from entity_cli.kb.roles import is_dated  # noqa: E402

CASES = ROOT / "benchmarks" / "data" / "office_references.jsonl"
PLACES = ("GPE", "LOC", "FAC")


def share(part: int, whole: int) -> str:
    return f"{part:,} of {whole:,} ({part / whole:.1%})" if whole else "0 of 0"


def places_report(records: list[ActorRecord]) -> list[ActorRecord]:
    places = [r for r in records if r.label in PLACES]
    by_country = Counter(r.country or "--" for r in places)
    # The region is where the gazetteer has towns (scripts/build_places.py decides it).
    region = sorted({r.country for r in places if r.kind == "town" and r.country},
                    key=lambda cc: -by_country[cc])
    print(f"places: {len(places):,}")
    print("  per country, the region:")
    for cc in region:
        kinds = Counter(r.kind or "-" for r in places if r.country == cc)
        detail = ", ".join(f"{k} {n}" for k, n in kinds.most_common())
        print(f"    {cc}  {by_country[cc]:>5,}   {detail}")
    rest = sum(n for cc, n in by_country.items() if cc not in region)
    print(f"  elsewhere: {rest:,} in {len([c for c in by_country if c not in region])} countries")
    print("  per kind: " + ", ".join(f"{k} {n:,}" for k, n in
                                     Counter(r.kind or "-" for r in places).most_common()))
    return places


def coverage_report(records: list[ActorRecord], places: list[ActorRecord],
                    models_dir: str | None) -> dict[str, float]:
    geo = sum(1 for r in places if r.extra.get("geonames_id"))
    named = [r for r in records if r.label in ("PERSON", "ORG")]
    wiki = sum(1 for r in named if r.extra.get("wikipedia"))
    holders = [r for r in records if r.label == "PERSON" and r.roles]
    dated = sum(1 for r in holders if any(is_dated(x) for x in r.roles))
    current = sum(1 for r in holders for x in r.roles if x.get("current"))
    print("coverage:")
    print(f"  geonames_id on places                  {share(geo, len(places))}")
    print(f"  wikipedia on people and organisations  {share(wiki, len(named))}")
    print(f"  dated roles on people holding an office {share(dated, len(holders))}")
    print(f"  roles confirmed current (with as_of)   {current:,}")
    print(f"  a sector on people and organisations   {share(sectors_of(named, models_dir), len(named))}")
    return {"places": len(places), "geonames": geo / max(1, len(places)),
            "wikipedia": wiki / max(1, len(named)), "dated": dated / max(1, len(holders))}


def sectors_of(named: list[ActorRecord], models_dir: str | None) -> int:
    """How many of ``named`` get a sector (models/sectors.json), on no particular date."""
    from entity_cli.kb.load import load_index
    from entity_cli.kb.sectors import Sectors, load_sectors

    sectors = Sectors(load_index(models_dir), load_sectors(models_dir))
    return sum(1 for r in named if sectors.code(r, None) is not None)


def references_report(models_dir: str | None) -> dict[str, int]:
    """Run the shipped pipeline on the reference sentences; count right, empty, wrong."""
    import entity_cli

    nlp = entity_cli.load(models_dir)
    counts = Counter()
    for line in CASES.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        doc = nlp.make_doc(case["text"])
        doc._.me_doc_date = case["doc_date"] or ""
        found = [(s.label_, s.kb_id_ or None) for s in nlp(doc).spans["me_references"]]
        if case["office"] is None:
            verdict = "right" if not found else "wrong"
        elif found == [(case["office"], case["holder"])]:
            verdict = "right"
        elif found == [(case["office"], None)]:
            verdict = "empty"
        else:
            verdict = "wrong"
            print(f"  WRONG: {case['text']!r} on {case['doc_date']}: {found}")
        counts[verdict] += 1
    total = sum(counts.values())
    print(f"office references ({total} sentences): right {counts['right']}, "
          f"left empty {counts['empty']}, wrong {counts['wrong']}")
    return dict(counts)


def targets(cov: dict[str, float], refs: dict[str, int] | None) -> None:
    rows = [("places", cov["places"], 10_000, f"{cov['places']:,}"),
            ("geonames_id on places", cov["geonames"], 0.98, f"{cov['geonames']:.1%}"),
            ("wikipedia on people and organisations", cov["wikipedia"], 0.90,
             f"{cov['wikipedia']:.1%}"),
            ("dated roles on office holders", cov["dated"], 0.95, f"{cov['dated']:.1%}")]
    print("targets:")
    for name, value, goal, shown in rows:
        print(f"  {name:<40} {shown:>8}  (target >= {goal:,})  "
              f"{'met' if value >= goal else 'MISSED'}")
    if refs is not None:
        wrong = refs.get("wrong", 0)
        print(f"  {'office references resolved wrong':<40} {wrong:>8}  (target 0)  "
              f"{'met' if wrong == 0 else 'MISSED'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models-dir", default=None)
    parser.add_argument("--no-references", action="store_true",
                        help="skip the reference sentences (they load the model)")
    args = parser.parse_args()
    files = kb_files(Path(args.models_dir) / "kb") if args.models_dir else None
    records = load_records(files)
    print(f"records: {len(records):,}")
    places = places_report(records)
    cov = coverage_report(records, places, args.models_dir)
    refs = None if args.no_references else references_report(args.models_dir)
    targets(cov, refs)


if __name__ == "__main__":
    main()
