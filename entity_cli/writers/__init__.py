"""Output formats: one writer per format, chosen by name.

Every writer takes an iterable of records (DESIGN.md's schema) and a text stream, and
consumes the records as they come, so JSONL and CSV stream with constant memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TextIO

from entity_cli.writers.conll import write_conll
from entity_cli.writers.csv_writer import write_csv
from entity_cli.writers.docbin import write_docbin
from entity_cli.writers.html import write_html
from entity_cli.writers.json_writer import write_json, write_jsonl
from entity_cli.writers.table import write_table

Writer = Callable[[Iterable[dict[str, Any]], TextIO, "WriterOptions"], None]

__all__ = ["FORMATS", "WRITERS", "WriterOptions", "get_writer"]


class WriterOptions:
    """What a writer may need to know beyond the records."""

    def __init__(self, single: bool = False, color: bool = False, width: int | None = None):
        self.single = single  # one input document: json writes an object, not an array
        self.color = color
        self.width = width


WRITERS: dict[str, Writer] = {
    "table": write_table,
    "json": write_json,
    "jsonl": write_jsonl,
    "csv": write_csv,
    "html": write_html,
    "conll": write_conll,
    "spacy": write_docbin,
}
FORMATS = tuple(WRITERS)
SUFFIX_FORMATS = {
    ".json": "json", ".jsonl": "jsonl", ".csv": "csv", ".txt": "table",
    ".html": "html", ".conll": "conll", ".spacy": "spacy",
}


def get_writer(name: str) -> Writer:
    return WRITERS[name]
