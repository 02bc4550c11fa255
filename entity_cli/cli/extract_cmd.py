"""`entity-cli extract`: parse options, stream records through one writer."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from entity_cli.cli.errors import fail, reported_errors
from entity_cli.cli.kb_options import KB_OVERLAYS, MODELS_DIR, kb_setting
from entity_cli.options import DATE_SPANS, ENGINES, ExtractOptions

if TYPE_CHECKING:
    from entity_cli.api import Extraction
    from entity_cli.cli.progress import RunStats


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    html = "html"
    conll = "conll"
    spacy = "spacy"


def choose_format(requested: Format | None, output: Path | None) -> str:
    """Explicit --format; else by the -o suffix; else table on a terminal, json in a pipe."""
    from entity_cli.api import output_format

    return output_format(requested.value if requested else None, output, sys.stdout.isatty())


# The choices the library defines (options.ENGINES, options.DATE_SPANS), as Typer's enums.
Engine = StrEnum("Engine", {name: name for name in ENGINES})
DateSpans = StrEnum("DateSpans", {name: name for name in DATE_SPANS})


PATHS = typer.Argument(
    None, metavar="PATH...",
    help="Files, folders (walked recursively), .jsonl files (one document a line), or - for stdin.",
)
FORMAT = typer.Option(
    None, "--format", "-f",
    help="Output format: table, json, jsonl, csv, html (a report), conll, or spacy (a DocBin; "
    "needs -o). Default: table on a terminal, json otherwise (or from -o's suffix).",
)
OUTPUT = typer.Option(None, "--output", "-o", help="Write to FILE (atomically) instead of stdout.")
LABELS = typer.Option(
    None, "--labels", "-l", metavar="LABEL,...",
    help="Labels to report. Default: PERSON,NORP,ORG,GPE,LOC,FAC,DATE.",
)
DOC_DATE = typer.Option(
    None, "--doc-date", metavar="YYYY-MM-DD",
    help="The documents' date, used to resolve relative dates.",
)
GLOB = typer.Option(
    None, "--glob", metavar="PATTERNS",
    help="File patterns to take from folders. Default: '*.txt *.md *.html *.htm *.jsonl'.",
)
FILES_FROM = typer.Option(
    None, "--files-from", metavar="FILE",
    help="Read input paths from FILE (or - for stdin), one a line.",
)
JOBS = typer.Option(
    None, "--jobs", "-j", min=1, help="Worker processes. Default: the number of cores.")
OUT_DIR = typer.Option(
    None, "--out-dir", metavar="DIR",
    help="Write one JSON file per input into DIR, mirroring the input tree.",
)
RESUME = typer.Option(
    False, "--resume", help="With --out-dir: skip inputs whose output is already complete.")
QUIET = typer.Option(False, "--quiet", "-q", help="No progress bar, no summary.")
ENGINE = typer.Option(
    Engine("local"), "--engine", help="local (processes on this machine) or dask (a cluster).")
DATE_SPANS = typer.Option(
    DateSpans(DATE_SPANS[0]), "--date-spans",
    help="How DATE spans are drawn: ontonotes (as the model and OntoNotes draw them) or "
    "timeml (ISO-TimeML TIMEX3 extents: no ages, a range's two ends, 'the quarter ended "
    "Sept. 30' as the period and its day).",
)
SCHEDULER = typer.Option(
    None, "--scheduler", metavar="tcp://HOST:PORT",
    help="With --engine dask: the scheduler to use. Default: a local cluster.",
)


def extract_command(
    paths: list[str] = PATHS,
    format: Format | None = FORMAT,
    output: Path | None = OUTPUT,
    labels: str | None = LABELS,
    doc_date: str | None = DOC_DATE,
    glob: str | None = GLOB,
    files_from: str | None = FILES_FROM,
    jobs: int | None = JOBS,
    out_dir: Path | None = OUT_DIR,
    resume: bool = RESUME,
    quiet: bool = QUIET,
    engine: Engine = ENGINE,
    scheduler: str | None = SCHEDULER,
    date_spans: DateSpans = DATE_SPANS,
    models_dir: Path | None = MODELS_DIR,
    kb: list[Path] | None = KB_OVERLAYS,
) -> None:
    """Extract entities from PATH... and print or export them.

    A .jsonl input holds one document a line: {"id", "date", "text"}.
    Exit codes: 0 all inputs processed, 1 some failed, 2 usage error, 130 interrupted.
    """
    from entity_cli.api import options_from_strings

    with reported_errors():
        options = options_from_strings(
            labels=labels, doc_date=doc_date, glob=glob, files_from=files_from, jobs=jobs,
            engine=engine.value, scheduler=scheduler, kb=kb_setting(models_dir, kb),
            out_dir=out_dir, resume=resume, date_spans=date_spans.value,
        )
        request = _request(paths or [], options, format, output)
        stats = run_extract(request, quiet=quiet)
        if request.output is None and options.out_dir is None:
            sys.stdout.flush()  # a failure to write shows here, not at interpreter exit
    if stats.failed:
        raise typer.Exit(1)


@dataclass(frozen=True)
class ExtractRequest:
    """The parsed command line of `extract`: the run, and where its records go."""

    extraction: Extraction
    fmt: str
    output: Path | None


def _request(paths: list[str], options: ExtractOptions, format: Format | None,
             output: Path | None) -> ExtractRequest:
    """Check what only the command line decides (the output), after the library checked
    the run."""
    from entity_cli.api import check_output, needs_text, run
    from entity_cli.errors import UsageError

    if output is not None and options.out_dir is not None:
        raise UsageError("give either --output or --out-dir, not both")
    if output is None and options.out_dir is None and sys.stdout is None:
        raise UsageError("standard output is closed: give -o FILE or --out-dir DIR")
    fmt = choose_format(format, output) if options.out_dir is None else "json"
    if fmt == "spacy" and output is None:
        raise UsageError("--format spacy writes a binary DocBin: give -o FILE.spacy")
    options = replace(options, include_text=needs_text(fmt))
    extraction = run(paths, options, warn=fail)
    if output is not None:
        check_output(output, extraction)
    return ExtractRequest(extraction, fmt, output)


def run_extract(request: ExtractRequest, quiet: bool = False) -> RunStats:
    """Run the extraction a request describes; returns the run's statistics."""
    from entity_cli.api import write_records
    from entity_cli.cli.progress import RunStats, track

    stats = RunStats()
    extraction = request.extraction
    batch = not extraction.single
    show_bar = batch and not quiet and sys.stderr.isatty()
    total = extraction.count_documents() if show_bar else None
    tracked = track(extraction, stats, show_bar, total, fail)
    if extraction.options.out_dir is not None:
        for _ in tracked:
            pass  # each input's file is written as it completes
    else:
        color = (request.output is None and request.fmt == "table" and sys.stdout.isatty()
                 and not os.environ.get("NO_COLOR"))
        write_records((result.record for result in tracked), request.fmt, request.output,
                      single=extraction.single, color=color)
    stats.skipped = extraction.skipped
    if batch and not quiet:
        sys.stderr.write(stats.summary() + "\n")
    return stats
