"""CSV writer: one row per entity and per office reference, the document's source first
(RFC 4180 quoting). ``kind`` says which a row is: an entity, or a reference ("Iraq's prime
minister"), whose ``canonical`` and ``id`` are the office holder on the document date and
whose ``office`` is the office."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from entity_cli.sinks.writers import WriterOptions

COLUMNS = ("source", "kind", "label", "text", "canonical", "id", "start", "end", "value",
           "office", "origin")


def write_csv(records: Iterable[dict[str, Any]], stream: TextIO, options: WriterOptions) -> None:
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for record in records:
        rows = [(entity["start"], 0, _entity_row(record["source"], entity))
                for entity in record.get("entities") or ()]
        rows += [(ref["start"], 1, _reference_row(record["source"], ref))
                 for ref in record.get("references") or ()]
        writer.writerows(row for *_, row in sorted(rows, key=lambda r: r[:2]))
        stream.flush()


def _entity_row(source: str, entity: dict[str, Any]) -> list[Any]:
    return [source, "entity", entity["label"], entity["text"], entity.get("canonical") or "",
            entity.get("id") or "", entity["start"], entity["end"], entity.get("value") or "",
            "", entity.get("origin") or ""]


def _reference_row(source: str, ref: dict[str, Any]) -> list[Any]:
    return [source, "reference", "PERSON", ref["text"], ref.get("actor") or "",
            ref.get("id") or "", ref["start"], ref["end"], "", ref["office"], "rule"]
