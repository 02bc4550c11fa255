"""JSON and JSONL writers.

JSONL is one record a line, flushed as each document finishes. JSON is one object for a
single input document and an array otherwise; the array is streamed element by element.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from entity_cli.sinks.writers import WriterOptions


def dumps(record: dict[str, Any], indent: int | None = None) -> str:
    return json.dumps(record, ensure_ascii=False, indent=indent)


def write_jsonl(records: Iterable[dict[str, Any]], stream: TextIO, options: WriterOptions) -> None:
    for record in records:
        stream.write(dumps(record))
        stream.write("\n")
        stream.flush()


def write_json(records: Iterable[dict[str, Any]], stream: TextIO, options: WriterOptions) -> None:
    if options.single:
        for record in records:
            stream.write(dumps(record, indent=2))
            stream.write("\n")
        return
    stream.write("[")
    first = True
    for record in records:
        stream.write("\n" if first else ",\n")
        stream.write(_indent(dumps(record, indent=2)))
        first = False
    stream.write("\n]\n" if not first else "]\n")


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())
