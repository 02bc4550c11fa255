"""Turn inputs into :class:`Document` objects, one reader per kind of input.

- text (.txt, .md and anything else): bytes decoded (UTF-8, BOMs, else charset-normalizer);
- HTML (.html, .htm): the article's main text and publication date, by trafilatura
  (boilerplate dropped; offsets refer to the extracted text);
- JSONL (.jsonl): one document a line, {"text", "id", "date"}; a bad line is an error
  record for that line, never the end of the file;
- ``-``: standard input, read as text.
A file that cannot be read or decoded becomes a failed Document, so a batch goes on.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from entity_cli.dates.docdate import parse_date
from entity_cli.errors import InputError, UsageError
from entity_cli.sources.decoding import Decoded, decode
from entity_cli.sources.documents import Document
from entity_cli.sources.inputs import STDIN, InputFile, is_jsonl

STDIN_SOURCE = "<stdin>"
HTML_SUFFIXES = (".html", ".htm")


def read_input(item: InputFile, doc_date: dt.date | None = None,
               stdin: BinaryIO | None = None) -> Iterator[Document]:
    """Every document of one input: one for a text or HTML file, one per JSONL line."""
    if item.missing:
        yield Document(source=item.path, error=f"{item.path}: no such file", group=item.group)
    elif item.path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield _text_document(STDIN_SOURCE, stream.read, doc_date, item.group)
    elif is_jsonl(item.path):
        yield from _jsonl_documents(item, doc_date)
    else:
        yield read_file(item, doc_date)


def read_file(item: InputFile, doc_date: dt.date | None = None) -> Document:
    """One text or HTML file as a Document (run in worker processes for batches)."""
    if item.path.lower().endswith(HTML_SUFFIXES):
        return _html_document(item, doc_date)
    return _text_document(item.path, Path(item.path).read_bytes, doc_date, item.group)


def _decoded(source: str, read, group: int) -> Decoded | Document:
    """The decoded text of ``read()``, or a failed Document saying why there is none."""
    try:
        return decode(read(), source)
    except InputError as exc:
        return Document(source=source, error=str(exc), group=group)
    except OSError as exc:
        return Document(source=source, error=_os_error(source, exc), group=group)


def _text_document(source: str, read, doc_date: dt.date | None, group: int = 0) -> Document:
    decoded = _decoded(source, read, group)
    if isinstance(decoded, Document):
        return decoded
    text = decoded.text
    date, date_source = (doc_date, "option") if doc_date else _detect_date(text, source)
    return Document(source=source, text=text, doc_date=date, doc_date_source=date_source,
                    group=group, encoding=decoded.encoding, warnings=_warnings(decoded))


def _warnings(decoded: Decoded) -> tuple[str, ...]:
    return (decoded.warning,) if decoded.warning else ()


def _html_document(item: InputFile, doc_date: dt.date | None) -> Document:
    source = item.path
    decoded = _decoded(source, Path(source).read_bytes, item.group)
    if isinstance(decoded, Document):
        return decoded
    from entity_cli.sources.html_text import extract_article

    text, published = extract_article(decoded.text)
    if doc_date:
        date, date_source = doc_date, "option"
    elif published:
        date, date_source = published, "text"
    else:
        date, date_source = _detect_date(text, source)
    return Document(source=source, text=text, doc_date=date, doc_date_source=date_source,
                    group=item.group, encoding=decoded.encoding, warnings=_warnings(decoded))


def _os_error(source: str, exc: OSError) -> str:
    return f"{source}: cannot read ({exc.strerror or exc})"


def _detect_date(text: str, source: str | None) -> tuple[dt.date | None, str | None]:
    """The date a text gives itself (a dated line, a dateline), else its file name's."""
    from entity_cli.dates import detect_doc_date

    name = None if source in (None, STDIN_SOURCE) else Path(source.split(":")[0]).name
    return detect_doc_date(text, name)


def _jsonl_documents(item: InputFile, doc_date: dt.date | None) -> Iterator[Document]:
    path = item.path
    try:
        handle = open(path, "rb")  # noqa: SIM115  (closed below; lines stream)
    except OSError as exc:
        yield Document(source=path, error=_os_error(path, exc), group=item.group)
        return
    with handle:
        number = 0
        while True:
            try:
                raw = handle.readline()
            except OSError as exc:
                yield Document(source=f"{path}:{number + 1}", error=_os_error(path, exc),
                               group=item.group)
                return
            if not raw:
                return
            number += 1
            if raw.strip():
                yield _jsonl_record(f"{path}:{number}", raw, doc_date, item.group)


def _jsonl_record(source: str, raw: bytes, doc_date: dt.date | None, group: int = 0) -> Document:
    try:
        decoded = decode(raw, source)
        record = json.loads(decoded.text)
    except InputError as exc:
        return Document(source=source, error=str(exc), group=group)
    except ValueError as exc:
        return Document(source=source, error=f"{source}: invalid JSON ({exc})", group=group)
    if not isinstance(record, dict):
        return Document(source=source, error=f"{source}: a line must hold a JSON object",
                        group=group)
    doc_id = record.get("id")
    doc_id = None if doc_id is None else str(doc_id)
    if not isinstance(record.get("text"), str):
        return Document(source=source, doc_id=doc_id,
                        error=f'{source}: record has no "text" string', group=group)
    date, date_source = doc_date, ("option" if doc_date else None)
    if date is None and record.get("date") not in (None, "") and not isinstance(record["date"], str):
        return Document(source=source, doc_id=doc_id, group=group,
                        error=f'{source}: "date" must be a string in YYYY-MM-DD form, '
                        f"not {json.dumps(record['date'])}")
    if date is None and record.get("date"):
        try:
            date, date_source = parse_date(str(record["date"]), source), "record"
        except UsageError as exc:
            return Document(source=source, doc_id=doc_id, error=str(exc), group=group)
    if date is None:
        date, date_source = _detect_date(record["text"], None)
    return Document(source=source, text=record["text"], doc_id=doc_id, doc_date=date,
                    doc_date_source=date_source, group=group, encoding=decoded.encoding,
                    warnings=_warnings(decoded))
