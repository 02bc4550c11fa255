"""Output formats: one writer per format, chosen by name.

Every writer takes an iterable of records (records.DocumentRecord) and a text stream, and
consumes the records as they come, so JSONL and CSV stream with constant memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TextIO

from entity_cli.records import DocumentRecord
from entity_cli.sinks.writers.conll import write_conll
from entity_cli.sinks.writers.csv_writer import write_csv
from entity_cli.sinks.writers.docbin import write_docbin
from entity_cli.sinks.writers.html import write_html
from entity_cli.sinks.writers.json_writer import write_json, write_jsonl
from entity_cli.sinks.writers.table import write_table

WriteFunction = Callable[[Iterable[DocumentRecord], TextIO, "WriterOptions"], None]

__all__ = ["FORMATS", "WRITERS", "Writer", "WriterOptions", "get_writer"]


@dataclass(frozen=True)
class WriterOptions:
    """What a writer may need to know beyond the records."""

    single: bool = False  # one input document: json writes an object, not an array
    color: bool = False
    width: int | None = None


@dataclass(frozen=True)
class Writer:
    """One output format: its writer, and whether the records must carry their text."""

    write: WriteFunction
    needs_text: bool = False  # the format shows the text (html) or its tokens (conll, spacy)


WRITERS: dict[str, Writer] = {
    "table": Writer(write_table),
    "json": Writer(write_json),
    "jsonl": Writer(write_jsonl),
    "csv": Writer(write_csv),
    "html": Writer(write_html, needs_text=True),
    "conll": Writer(write_conll, needs_text=True),
    "spacy": Writer(write_docbin, needs_text=True),
}
FORMATS = tuple(WRITERS)
SUFFIX_FORMATS = {
    ".json": "json", ".jsonl": "jsonl", ".csv": "csv", ".txt": "table",
    ".html": "html", ".conll": "conll", ".spacy": "spacy",
}


def get_writer(name: str) -> Writer:
    return WRITERS[name]
