"""Turn command-line paths into :class:`Document` objects, one reader per input kind.

A path is checked before anything runs (missing path or folder: usage error); a file
that cannot be read or decoded becomes a failed Document so the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from entity_cli.decoding import decode_bytes
from entity_cli.documents import Document
from entity_cli.errors import InputError, UsageError

STDIN = "-"
STDIN_SOURCE = "<stdin>"


def parse_date(value: str, what: str) -> dt.date:
    """Parse a YYYY-MM-DD date; raise UsageError mentioning ``what`` otherwise."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{what}: {value!r} is not a date in YYYY-MM-DD form") from None


def check_paths(paths: Iterable[str]) -> list[str]:
    """Fail early, before any work, on paths that cannot be inputs."""
    checked = []
    for path in paths:
        if path != STDIN:
            p = Path(path)
            if p.is_dir():
                raise UsageError(
                    f"{path}: is a directory; folders are not yet supported, pass files"
                )
            if not p.exists():
                raise UsageError(f"{path}: no such file")
        checked.append(path)
    if not checked:
        raise UsageError("no input: pass a file, or - for standard input")
    return checked


def read_documents(
    paths: Iterable[str], doc_date: dt.date | None = None, stdin: BinaryIO | None = None
) -> Iterator[Document]:
    """Yield one Document per text file or stdin, one per line of a ``.jsonl`` file."""
    for path in paths:
        if path == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield _text_document(STDIN_SOURCE, lambda s=stream: s.read(), doc_date)
        elif path.lower().endswith(".jsonl"):
            yield from _jsonl_documents(path, doc_date)
        else:
            yield _text_document(path, Path(path).read_bytes, doc_date)


def _text_document(source: str, read, doc_date: dt.date | None) -> Document:
    try:
        text = decode_bytes(read(), source)
    except InputError as exc:
        return Document(source=source, error=str(exc))
    except OSError as exc:
        return Document(source=source, error=f"{source}: cannot read ({exc.strerror or exc})")
    date, date_source = (doc_date, "option") if doc_date else _detect_date(text, source)
    return Document(source=source, text=text, doc_date=date, doc_date_source=date_source)


def _detect_date(text: str, source: str | None) -> tuple[dt.date | None, str | None]:
    """The date a text gives itself (a dated line, a dateline), else its file name's."""
    from entity_cli.dates import detect_doc_date

    name = None if source in (None, STDIN_SOURCE) else Path(source.split(":")[0]).name
    return detect_doc_date(text, name)


def _jsonl_documents(path: str, doc_date: dt.date | None) -> Iterator[Document]:
    try:
        with open(path, "rb") as handle:
            raw_lines = handle.read().splitlines()
    except OSError as exc:
        yield Document(source=path, error=f"{path}: cannot read ({exc.strerror or exc})")
        return
    for number, raw in enumerate(raw_lines, start=1):
        if not raw.strip():
            continue
        yield _jsonl_record(f"{path}:{number}", raw, doc_date)


def _jsonl_record(source: str, raw: bytes, doc_date: dt.date | None) -> Document:
    try:
        record = json.loads(decode_bytes(raw, source))
    except InputError as exc:
        return Document(source=source, error=str(exc))
    except ValueError as exc:
        return Document(source=source, error=f"{source}: invalid JSON ({exc})")
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return Document(source=source, error=f'{source}: record has no "text" string')
    doc_id = record.get("id")
    doc_id = None if doc_id is None else str(doc_id)
    date, date_source = doc_date, ("option" if doc_date else None)
    if date is None and record.get("date"):
        try:
            date, date_source = parse_date(str(record["date"]), source), "record"
        except UsageError as exc:
            return Document(source=source, doc_id=doc_id, error=str(exc))
    if date is None:
        date, date_source = _detect_date(record["text"], None)
    return Document(
        source=source,
        text=record["text"],
        doc_id=doc_id,
        doc_date=date,
        doc_date_source=date_source,
    )
