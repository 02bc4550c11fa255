"""CSV writer: one row per entity, the document's source first (RFC 4180 quoting)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from entity_cli.sinks.writers import WriterOptions

COLUMNS = ("source", "label", "text", "canonical", "start", "end", "value", "origin")


def write_csv(records: Iterable[dict[str, Any]], stream: TextIO, options: WriterOptions) -> None:
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for record in records:
        for entity in record.get("entities") or ():
            writer.writerow(
                [
                    record["source"],
                    entity["label"],
                    entity["text"],
                    entity.get("canonical") or "",
                    entity["start"],
                    entity["end"],
                    entity.get("value") or "",
                    entity.get("origin") or "",
                ]
            )
        stream.flush()
