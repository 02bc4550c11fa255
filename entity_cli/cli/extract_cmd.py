"""`entity-cli extract`: parse options, stream records through one writer."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from entity_cli.cli.errors import fail, reported_errors


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    html = "html"
    conll = "conll"
    spacy = "spacy"


class _ErrorCounter:
    """Passes records through, reporting each failed document on stderr as it goes."""

    def __init__(self) -> None:
        self.failed = 0

    def watch(self, records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for record in records:
            if record.get("error"):
                self.failed += 1
                fail(record["error"])
            yield record


def choose_format(requested: Format | None, output: Path | None) -> str:
    """Explicit --format; else by the -o suffix; else table on a terminal, json in a pipe."""
    from entity_cli.writers import SUFFIX_FORMATS

    if requested is not None:
        return requested.value
    if output is not None:
        return SUFFIX_FORMATS.get(output.suffix.lower(), "json")
    return "table" if sys.stdout.isatty() else "json"


def extract_command(
    paths: list[str] = typer.Argument(
        ..., metavar="PATH...",
        help="Text files, .jsonl files (one document a line), or - for stdin.",
    ),
    format: Format | None = typer.Option(
        None, "--format", "-f",
        help="Output format: table, json, jsonl, csv, html (a report), conll, or spacy "
        "(a DocBin; needs -o). Default: table on a terminal, json otherwise (or from -o's "
        "suffix).",
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write to FILE (atomically) instead of stdout."
    ),
    labels: str | None = typer.Option(
        None, "--labels", "-l", metavar="LABEL,...",
        help="Labels to report. Default: PERSON,NORP,ORG,GPE,LOC,FAC,DATE.",
    ),
    doc_date: str | None = typer.Option(
        None, "--doc-date", metavar="YYYY-MM-DD",
        help="The documents' date, used to resolve relative dates.",
    ),
) -> None:
    """Extract entities from PATH... and print or export them.

    A .jsonl input holds one document a line: {"id", "date", "text"}.
    Exit codes: 0 all inputs processed, 1 some failed, 2 usage error, 130 interrupted.
    """
    with reported_errors():
        from entity_cli.api import extract_paths
        from entity_cli.errors import UsageError
        from entity_cli.labels import parse_labels
        from entity_cli.output import check_output_path, open_output
        from entity_cli.readers import check_paths, parse_date
        from entity_cli.writers import WriterOptions, get_writer

        wanted = parse_labels(labels)
        date = parse_date(doc_date, "--doc-date") if doc_date else None
        checked = check_paths(paths)
        if output is not None:
            check_output_path(output, checked)
        fmt = choose_format(format, output)
        if fmt == "spacy" and output is None:
            raise UsageError("--format spacy writes a binary DocBin: give -o FILE.spacy")
        single = len(checked) == 1 and not checked[0].lower().endswith(".jsonl")
        color = (
            output is None and fmt == "table" and sys.stdout.isatty()
            and not os.environ.get("NO_COLOR")
        )
        writer = get_writer(fmt)
        counter = _ErrorCounter()
        records = counter.watch(extract_paths(
            checked, labels=wanted, doc_date=date,
            include_text=getattr(writer, "needs_text", False),
        ))
        with open_output(output) as stream:
            writer(records, stream, WriterOptions(single=single, color=color))
    if counter.failed:
        raise typer.Exit(1)
