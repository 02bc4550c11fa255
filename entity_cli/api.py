"""The library API behind the CLI: plain functions that take options and return data.

>>> from entity_cli.api import extract_paths
>>> for record in extract_paths(["seeds/article.txt"]):
...     print(record["entities"][0])
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

from entity_cli.labels import LABELS

if TYPE_CHECKING:
    from entity_cli.inputs import InputFile

Record = dict[str, Any]


def extract_paths(
    paths: Iterable[str],
    labels: Iterable[str] = LABELS,
    doc_date: dt.date | None = None,
    stdin: BinaryIO | None = None,
    include_text: bool = False,
    jobs: int = 1,
    globs: tuple[str, ...] | None = None,
) -> Iterator[Record]:
    """Yield one output record per input document, in input order.

    Paths are files, folders (walked recursively) or ``-``; a missing path raises
    UsageError before any work; a document that cannot be read yields an error record
    and the rest go on.
    """
    from entity_cli.inputs import check_inputs

    checked = check_inputs(paths)
    for _group, record, _words in iter_results(
        checked, globs=globs, labels=labels, doc_date=doc_date, include_text=include_text,
        jobs=jobs, stdin=stdin,
    ):
        yield record


def iter_results(
    paths: Iterable[str],
    *,
    globs: tuple[str, ...] | None = None,
    listed: Iterable[str] = (),
    labels: Iterable[str] = LABELS,
    doc_date: dt.date | None = None,
    include_text: bool = False,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    stdin: BinaryIO | None = None,
    skip: Callable[[InputFile], bool] | None = None,
    seen: Callable[[InputFile], None] | None = None,
    warn: Callable[[str], None] | None = None,
) -> Iterator[tuple[int, Record, int]]:
    """The batch route: (input group, record, words) for every document of every input
    (files, folders, ``-``, the ``listed`` paths of --files-from), in input order.

    ``skip`` drops inputs before any work (--resume); ``seen`` hears of every input that
    will be processed, before its results arrive (--out-dir needs to know each input).
    """
    from entity_cli.batch import RunOptions, default_jobs, run_local
    from entity_cli.inputs import DEFAULT_GLOBS, expand_inputs
    from entity_cli.readers import is_jsonl, read_input

    options = RunOptions(labels=frozenset(labels), include_text=include_text,
                         doc_date=doc_date)

    def tasks():
        for item in expand_inputs(paths, globs or DEFAULT_GLOBS, listed, warn):
            if skip is not None and skip(item):
                continue
            if seen is not None:
                seen(item)
            if item.path == "-" or item.missing or is_jsonl(item.path):
                yield from read_input(item, doc_date, stdin)
            else:
                yield item  # read by the worker that processes it

    if engine == "dask":
        from entity_cli.dask_engine import run_dask

        yield from run_dask(tasks(), options, jobs=jobs or default_jobs(), scheduler=scheduler)
        return
    yield from run_local(tasks(), options, jobs=jobs, warn=warn)


def extract_text(text: str, doc_date: dt.date | None = None, labels: Iterable[str] = LABELS,
                 source: str = "<text>") -> Record:
    """Extract the entities of one text held in memory."""
    from entity_cli.documents import Document
    from entity_cli.extract import extract_records
    from entity_cli.pipeline import load_pipeline

    document = Document(source=source, text=text, doc_date=doc_date,
                        doc_date_source="option" if doc_date else None)
    return next(extract_records([document], load_pipeline(), labels))
