"""Scoring entity-cli against a gold JSONL set: the measures of shared/tools/score.py.

The reference scorer lives outside the package (it is shared with other extractors), so
``entity-cli evaluate`` carries its own copy of the arithmetic. It must give exactly the
same numbers: tests/evaluation/test_scoring.py runs both on the same input and compares them.

Gold format, one document a line::

    {"id": "doc-01", "doc_date": "2021-08-09", "text": "...",
     "entities": [{"start": 0, "end": 4, "label": "GPE", "text": "Iraq",
                   "canonical": "Iraq"}]}

A DATE entity carries ``value`` instead of ``canonical``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from entity_cli.errors import UsageError
from entity_cli.labels import LABELS

Record = dict[str, Any]

COARSE = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
ACTOR_LABELS = frozenset({"PERSON", "ORG", "PLACE"})
_THE = re.compile(r"(?i)the\s+")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_YEAR_FIRST = re.compile(r"\d{4}")


class GoldFileError(UsageError):
    """The gold file is not in the expected format: the user passed the wrong file."""


# --- reading -----------------------------------------------------------------------------


def read_gold(path: str | Path) -> list[Record]:
    """The gold documents of a JSONL file, checked so that scoring cannot fail halfway.

    Raises GoldFileError (a UsageError, exit code 2) naming the file and the line.
    """
    path = Path(path)
    if path.is_dir():
        raise GoldFileError(f"{path}: is a directory, not a gold JSONL file")
    if not path.exists():
        raise GoldFileError(f"{path}: no such file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise GoldFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        lines = raw.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise GoldFileError(f"{path}: not UTF-8 text") from None
    docs: list[Record] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        doc = _check_gold_line(line, f"{path}:{number}")
        key = doc_key(doc)
        if key in seen:
            raise GoldFileError(
                f"{path}:{number}: document id {doc['id']!r} repeats line {seen[key]}"
            )
        seen[key] = number
        docs.append(doc)
    return docs


def _check_gold_line(line: str, where: str) -> Record:
    """One parsed gold document, or GoldFileError saying what is wrong with it."""
    try:
        doc = json.loads(line)
    except ValueError as exc:
        raise GoldFileError(f"{where}: invalid JSON ({exc})") from None
    if not isinstance(doc, dict):
        raise GoldFileError(f"{where}: not a JSON object")
    if not isinstance(doc.get("id"), str) or not doc["id"].strip():
        raise GoldFileError(f'{where}: no "id" string')
    if not isinstance(doc.get("text"), str):
        raise GoldFileError(f'{where}: no "text" string')
    if doc.get("doc_date") is not None:
        try:
            dt.date.fromisoformat(str(doc["doc_date"]))
        except ValueError:
            raise GoldFileError(
                f'{where}: "doc_date" {doc["doc_date"]!r} is not a YYYY-MM-DD date'
            ) from None
    entities = doc.get("entities")
    if not isinstance(entities, list):
        raise GoldFileError(f'{where}: no "entities" list')
    text = doc["text"]
    for i, entity in enumerate(entities):
        if not isinstance(entity, dict) or not isinstance(entity.get("label"), str):
            raise GoldFileError(f'{where}: entity {i} has no "label"')
        start, end = entity.get("start"), entity.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise GoldFileError(f"{where}: entity {i} has bad offsets {start!r}..{end!r}")
        if "text" in entity and text[start:end] != entity["text"]:
            raise GoldFileError(
                f"{where}: entity {i} text {entity['text']!r} is not text[{start}:{end}]"
            )
    return doc


# --- scoring -----------------------------------------------------------------------------


def doc_key(record: Record) -> str:
    """What pairs a system record with its gold document: the stem of its id or source."""
    return Path(str(record.get("id") or record.get("source") or "")).stem


def name_key(name: str) -> str:
    """A name compared without case, spaces or punctuation: spelling is not resolution."""
    return _NOT_ALNUM.sub("", name.lower())


def coarse_label(label: str | None) -> str | None:
    return COARSE.get(label, label) if label is not None else None


def scored_span(entity: Record, text: str) -> tuple[int, int]:
    """(start, end) with a leading "the " dropped from non-DATE spans.

    Whether "the" belongs to "the Pentagon" is a convention, not an error, so neither
    side is punished for it.
    """
    start, end = entity["start"], entity["end"]
    if entity.get("label") != "DATE":
        match = _THE.match(text, start, end)
        if match and match.end() < end:
            start = match.end()
    return start, end


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1, each 0.0 where undefined."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _pairwise(items: list[tuple[str, str]]) -> tuple[float, float, float]:
    """Pairwise P/R/F of a clustering: pairs the system joins vs pairs gold joins."""

    def pairs(counts: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    same_gold = pairs(Counter(g for g, _ in items))
    same_sys = pairs(Counter(s for _, s in items))
    same_both = pairs(Counter(items))
    return prf(same_both, same_sys - same_both, same_gold - same_both)


def _prf_table(counts: dict[str, Counter]) -> dict[str, Record]:
    """Per-label rows (sorted) plus ALL, each {p, r, f, tp, fp, fn}."""
    rows: dict[str, Record] = {}
    total = Counter({"tp": 0, "fp": 0, "fn": 0})
    for label in sorted(counts):
        c = counts[label]
        rows[label] = dict(zip(("p", "r", "f"), prf(c["tp"], c["fp"], c["fn"]), strict=True),
                           tp=c["tp"], fp=c["fp"], fn=c["fn"])
        total.update(c)
    rows["ALL"] = dict(zip(("p", "r", "f"), prf(total["tp"], total["fp"], total["fn"]),
                           strict=True), tp=total["tp"], fp=total["fp"], fn=total["fn"])
    return rows


def _count_spans(table: dict[str, Counter], gold: set[tuple], system: set[tuple]) -> None:
    """Add one document's exact-span matches, label by label, to ``table``."""
    for label in {t[2] for t in gold | system}:
        g = {t for t in gold if t[2] == label}
        s = {t for t in system if t[2] == label}
        table[label]["tp"] += len(g & s)
        table[label]["fp"] += len(s - g)
        table[label]["fn"] += len(g - s)


def score(
    gold_docs: list[Record],
    system_records: Iterable[Record],
    labels: Iterable[str] | None = LABELS,
) -> Record:
    """The scores of ``system_records`` (entity-cli output records) against ``gold_docs``.

    Keys as score.py's --json output: documents, missing_documents, offset_errors, strict,
    coarse, date_value_accuracy, date_values_scored, date_errors, actor_resolution,
    actor_resolution_mentions. ``labels=None`` scores every label.
    """
    wanted = None if labels is None else frozenset(labels)
    system = {doc_key(r): r for r in system_records}
    tally = _Tally()
    for gold in gold_docs:
        doc_id = doc_key(gold)
        record = system.get(doc_id)
        if record is None:
            tally.missing.append(doc_id)
            record = {"entities": []}
        g_ents = [e for e in gold["entities"] if wanted is None or e["label"] in wanted]
        s_ents = [e for e in record.get("entities", [])
                  if wanted is None or e.get("label") in wanted]
        tally.add(doc_id, gold["text"], g_ents, s_ents)
    return tally.report(len(gold_docs))


@dataclass
class _Tally:
    """What ``score`` counts over the documents."""

    strict: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    coarse: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    date_total: int = 0
    date_right: int = 0
    offset_errors: int = 0
    date_errors: list[list[Any]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    # (gold key, system key, (document, label, surface)) of every matched actor mention
    actors: list[tuple[str, str, tuple[str, str, str]]] = field(default_factory=list)

    def add(self, doc_id: str, text: str, g_ents: list[Record], s_ents: list[Record]) -> None:
        self.offset_errors += sum(
            1 for e in s_ents if "text" in e and text[e["start"]:e["end"]] != e["text"])
        for table, mapper in ((self.strict, lambda x: x), (self.coarse, coarse_label)):
            _count_spans(table,
                         {(*scored_span(e, text), mapper(e["label"])) for e in g_ents},
                         {(*scored_span(e, text), mapper(e.get("label"))) for e in s_ents})
        by_span = {scored_span(e, text): e for e in s_ents}
        for e in g_ents:
            found = by_span.get(scored_span(e, text))
            if found is not None:
                self._matched(doc_id, text[e["start"]:e["end"]], e, found)

    def _matched(self, doc_id: str, surface: str, e: Record, found: Record) -> None:
        """A gold entity the system found at the same span: its date value, its actor."""
        if (e["label"] == "DATE" and _YEAR_FIRST.match(str(e.get("value") or ""))
                and found.get("label") == "DATE"):
            self.date_total += 1
            if str(found.get("value")) == str(e["value"]):
                self.date_right += 1
            else:
                self.date_errors.append([doc_id, surface, e["value"], found.get("value")])
        label = coarse_label(e["label"])
        if label in ACTOR_LABELS and coarse_label(found.get("label")) == label:
            gold_key = f"{label}:{name_key(e.get('canonical') or surface)}"
            sys_name = found.get("canonical") or found.get("text") or surface
            self.actors.append((gold_key, f"{label}:{name_key(sys_name)}",
                                (doc_id, label, name_key(surface))))

    def report(self, documents: int) -> Record:
        # One item per distinct surface form in a document (its first occurrence), so that
        # repeating the same string cannot inflate the score.
        first: dict[tuple[str, str, str], tuple[str, str]] = {}
        for gold_key, sys_key, surface in self.actors:
            first.setdefault(surface, (gold_key, sys_key))
        resolution = dict(zip(("p", "r", "f"), _pairwise(list(first.values())), strict=True))
        by_mention = dict(zip(("p", "r", "f"), _pairwise([a[:2] for a in self.actors]),
                              strict=True))
        return {
            "documents": documents,
            "missing_documents": self.missing,
            "offset_errors": self.offset_errors,
            "strict": _prf_table(self.strict),
            "coarse": _prf_table(self.coarse),
            "date_value_accuracy": self.date_right / self.date_total if self.date_total else 0.0,
            "date_values_scored": self.date_total,
            "date_errors": self.date_errors,
            "actor_resolution": {**resolution, "surfaces": len(first)},
            "actor_resolution_mentions": {**by_mention, "mentions": len(self.actors)},
        }


def evaluate_gold(gold_path: str | Path, labels: Iterable[str] = LABELS,
                  models_dir: str | None = None, overlays: Iterable[str] = ()) -> Record:
    """Run the pipeline on every gold document's text (with its doc_date) and score it.

    The document id is passed as the record's source, so records pair with gold by id.
    """
    from entity_cli.api import extract_text

    wanted = tuple(labels)
    gold_docs = read_gold(gold_path)
    records = []
    for doc in gold_docs:
        date = dt.date.fromisoformat(doc["doc_date"]) if doc.get("doc_date") else None
        records.append(extract_text(doc["text"], doc_date=date, labels=wanted, source=doc["id"],
                                    models_dir=models_dir, overlays=overlays))
    return score(gold_docs, records, wanted)
