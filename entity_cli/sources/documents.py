"""The unit of work: one input document, or the reason it could not be read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Document:
    """A decoded input text and what is known about it.

    ``source`` names it for people and for the scorer: a path, ``<stdin>`` or
    ``FILE:LINE`` for a JSONL record. ``error`` is set instead of ``text`` when the
    document could not be read; it still travels through the batch so that every input
    appears exactly once in the output.
    """

    source: str
    text: str = ""
    doc_id: str | None = None
    doc_date: dt.date | None = None
    doc_date_source: str | None = None
    error: str | None = None
    group: int = 0  # which input file it came from (one output file per input with --out-dir)
    encoding: str | None = None  # how the input's bytes were decoded (None: given as text)
    warnings: tuple[str, ...] = ()  # said on stderr and kept on the record

    @property
    def failed(self) -> bool:
        return self.error is not None
