"""The library API behind the CLI: plain functions that take options and return data.

>>> from entity_cli.api import extract_paths
>>> for record in extract_paths(["seeds/article.txt"]):
...     print(record["entities"][0])
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from entity_cli.labels import LABELS

Record = dict[str, Any]


def extract_paths(
    paths: Iterable[str],
    labels: Iterable[str] = LABELS,
    doc_date: dt.date | None = None,
    stdin: BinaryIO | None = None,
    include_text: bool = False,
) -> Iterator[Record]:
    """Yield one output record per input document, in input order.

    Paths are checked first (UsageError on a missing path or a folder); a document that
    cannot be read yields an error record and the rest go on.
    """
    from entity_cli.extract import extract_records
    from entity_cli.pipeline import load_pipeline
    from entity_cli.readers import check_paths, read_documents

    checked = check_paths(paths)
    nlp = load_pipeline()
    documents = read_documents(checked, doc_date=doc_date, stdin=stdin)
    yield from extract_records(documents, nlp, labels, include_text=include_text)


def extract_text(text: str, doc_date: dt.date | None = None, labels: Iterable[str] = LABELS,
                 source: str = "<text>") -> Record:
    """Extract the entities of one text held in memory."""
    from entity_cli.documents import Document
    from entity_cli.extract import extract_records
    from entity_cli.pipeline import load_pipeline

    document = Document(source=source, text=text, doc_date=doc_date,
                        doc_date_source="option" if doc_date else None)
    return next(extract_records([document], load_pipeline(), labels))
