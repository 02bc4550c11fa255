"""`entity-cli extract`: parse options, stream records through one writer."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
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


def choose_format(requested: Format | None, output: Path | None) -> str:
    """Explicit --format; else by the -o suffix; else table on a terminal, json in a pipe."""
    from entity_cli.writers import SUFFIX_FORMATS

    if requested is not None:
        return requested.value
    if output is not None:
        return SUFFIX_FORMATS.get(output.suffix.lower(), "json")
    return "table" if sys.stdout.isatty() else "json"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


def extract_command(
    paths: list[str] = typer.Argument(
        None, metavar="PATH...",
        help="Files, folders (walked recursively), .jsonl files (one document a line), "
        "or - for stdin.",
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
    glob: str | None = typer.Option(
        None, "--glob", metavar="PATTERNS",
        help="File patterns to take from folders. Default: '*.txt *.md *.html *.htm *.jsonl'.",
    ),
    files_from: str | None = typer.Option(
        None, "--files-from", metavar="FILE",
        help="Read input paths from FILE (or - for stdin), one a line.",
    ),
    jobs: int | None = typer.Option(
        None, "--jobs", "-j", min=1, help="Worker processes. Default: the number of cores.",
    ),
    out_dir: Path | None = typer.Option(
        None, "--out-dir", metavar="DIR",
        help="Write one JSON file per input into DIR, mirroring the input tree.",
    ),
    resume: bool = typer.Option(
        False, "--resume", help="With --out-dir: skip inputs whose output is already complete.",
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar, no summary."),
    engine: Engine = typer.Option(
        Engine.local, "--engine", help="local (processes on this machine) or dask (a cluster).",
    ),
    scheduler: str | None = typer.Option(
        None, "--scheduler", metavar="tcp://HOST:PORT",
        help="With --engine dask: the scheduler to use. Default: a local cluster.",
    ),
) -> None:
    """Extract entities from PATH... and print or export them.

    A .jsonl input holds one document a line: {"id", "date", "text"}.
    Exit codes: 0 all inputs processed, 1 some failed, 2 usage error, 130 interrupted.
    """
    with reported_errors():
        request = _parse(paths or [], format, output, labels, doc_date, glob, files_from,
                         jobs, out_dir, resume, engine, scheduler)
        stats = run_extract(request, quiet=quiet)
        if request.output is None and request.out_dir is None:
            sys.stdout.flush()  # a failure to write shows here, not at interpreter exit
    if stats.failed:
        raise typer.Exit(1)


class ExtractRequest:
    """The parsed command line of `extract`."""

    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)


def _parse(paths, format, output, labels, doc_date, glob, files_from, jobs, out_dir, resume,
           engine, scheduler) -> ExtractRequest:
    from entity_cli.errors import UsageError
    from entity_cli.inputs import check_inputs, parse_globs
    from entity_cli.labels import parse_labels
    from entity_cli.output import check_output_path
    from entity_cli.readers import is_jsonl, parse_date

    wanted = parse_labels(labels)
    date = parse_date(doc_date, "--doc-date") if doc_date else None
    checked = check_inputs(paths, files_from)
    globs = parse_globs(glob)
    if output is not None and out_dir is not None:
        raise UsageError("give either --output or --out-dir, not both")
    if resume and out_dir is None:
        raise UsageError("--resume needs --out-dir (it skips inputs whose output exists)")
    if scheduler and engine != Engine.dask:
        raise UsageError("--scheduler needs --engine dask")
    if scheduler:
        from entity_cli.dask_engine import check_scheduler

        check_scheduler(scheduler)
    if output is not None:
        check_output_path(output, checked)
    elif out_dir is None and sys.stdout is None:
        raise UsageError("standard output is closed: give -o FILE or --out-dir DIR")
    fmt = choose_format(format, output) if out_dir is None else "json"
    if fmt == "spacy" and output is None:
        raise UsageError("--format spacy writes a binary DocBin: give -o FILE.spacy")
    single = (len(checked) == 1 and files_from is None and checked[0] != "-"
              and not os.path.isdir(checked[0]) and not is_jsonl(checked[0])) or (
        checked == ["-"] and files_from is None)
    return ExtractRequest(
        paths=checked, fmt=fmt, output=output, labels=wanted, doc_date=date, globs=globs,
        files_from=files_from, jobs=jobs, out_dir=out_dir, resume=resume,
        engine=engine.value, scheduler=scheduler, single=single,
    )


def run_extract(request: ExtractRequest, quiet: bool = False):
    """Run the extraction a request describes; returns the run's statistics."""
    from entity_cli.api import iter_results
    from entity_cli.cli.progress import RunStats, track
    from entity_cli.writers import WriterOptions, get_writer

    stats = RunStats()
    batch = not request.single
    show_bar = batch and not quiet and sys.stderr.isatty()
    writer = get_writer(request.fmt) if request.out_dir is None else None
    listed = _listed_paths(request.files_from)
    outdir = _OutDirSink(request.out_dir, stats) if request.out_dir is not None else None
    results = iter_results(
        request.paths, globs=request.globs, listed=listed, labels=request.labels,
        doc_date=request.doc_date, include_text=getattr(writer, "needs_text", False),
        jobs=request.jobs, engine=request.engine, scheduler=request.scheduler,
        skip=outdir.skip if outdir and request.resume else None,
        seen=outdir.seen if outdir else None, warn=fail,
    )
    total = _count_inputs(request) if show_bar else None
    tracked = track(results, stats, show_bar, total, fail)
    if outdir is not None:
        outdir.consume(tracked)
    else:
        from entity_cli.output import open_output

        color = (request.output is None and request.fmt == "table" and sys.stdout.isatty()
                 and not os.environ.get("NO_COLOR"))
        with open_output(request.output) as stream:
            writer((record for _, record, _ in tracked), stream,
                   WriterOptions(single=request.single, color=color))
    if batch and not quiet:
        sys.stderr.write(stats.summary() + "\n")
    return stats


def _listed_paths(files_from: str | None) -> Iterator[str]:
    if files_from is None:
        return iter(())
    if files_from == "-":
        return (line.rstrip("\n") for line in sys.stdin)

    def lines() -> Iterator[str]:
        with open(files_from, encoding="utf-8", errors="surrogateescape") as handle:
            yield from (line.rstrip("\n") for line in handle)

    return lines()


def _count_inputs(request: ExtractRequest) -> int | None:
    """The number of documents, when known before the run (not with stdin): one per file,
    one per non-blank line of a JSONL file (a byte scan, no JSON parsed)."""
    from entity_cli.inputs import expand_inputs
    from entity_cli.readers import is_jsonl

    if request.files_from == "-" or "-" in request.paths:
        return None
    count = 0
    for item in expand_inputs(request.paths, request.globs, _listed_paths(request.files_from)):
        count += _jsonl_lines(item.path) if is_jsonl(item.path) and not item.missing else 1
    return count


def _jsonl_lines(path: str) -> int:
    """Non-blank lines of a JSONL file (each is one document or one error record)."""
    try:
        with open(path, "rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1  # unreadable: one error record


class _OutDirSink:
    """Groups results by input and writes one file per input as soon as it is complete."""

    def __init__(self, root: Path, stats) -> None:
        from entity_cli.outdir import OutDir

        self.out = OutDir(root)
        self.stats = stats
        self.items: dict[int, Any] = {}

    def skip(self, item) -> bool:
        if self.out.is_complete(item):
            self.stats.skipped += 1
            return True
        return False

    def seen(self, item) -> None:
        self.items[item.group] = item

    def consume(self, results) -> None:
        current, records = None, []
        for group, record, _words in results:
            if group != current:
                self._flush(current, records, upto=group)
                current, records = group, []
            records.append(record)
        self._flush(current, records, upto=None)

    def _flush(self, group, records, upto) -> None:
        if group is not None:
            self.out.write(self.items.pop(group), records)
        # Inputs that gave no document at all (an empty .jsonl) still get their file.
        for other in sorted(g for g in self.items if upto is None or g < upto):
            self.out.write(self.items.pop(other), [])
