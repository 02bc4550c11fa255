"""The library API: the only door the CLI uses, so a Python user can do all the CLI does.

>>> from entity_cli.api import extract_paths
>>> for record in extract_paths(["seeds/national-2021-08-09-coalition-withdrawal-iraq.txt"]):
...     print(record["entities"][0])

``run`` is the whole batch route (folders, JSONL, --files-from, --out-dir, --resume, local or
Dask engine) for an ``ExtractOptions``; ``extract_text`` takes one text held in memory; and
``entity_cli.load()`` gives the pipeline itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, BinaryIO

from entity_cli.kb.setting import KBSetting
from entity_cli.labels import LABELS
from entity_cli.options import DATE_SPANS, ExtractOptions, options_from_strings

__all__ = [
    "Extraction", "ExtractOptions", "KBSetting", "check_knowledge_base", "doc_entities",
    "evaluate", "extract_paths", "extract_text", "info", "lookup_actor", "options_from_strings",
    "output_format", "run", "write_records",
]

if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any, TextIO

    from spacy.tokens import Doc

    from entity_cli.records import DocumentRecord, EntityRecord, Result
    from entity_cli.sources.documents import Document
    from entity_cli.sources.inputs import InputFile


def extract_paths(paths: Iterable[str], options: ExtractOptions | None = None,
                  stdin: BinaryIO | None = None) -> Iterator[DocumentRecord]:
    """Yield one output record per input document, in input order.

    Paths are files, folders (walked recursively) or ``-``; a missing path raises
    UsageError before any work; a document that cannot be read yields an error record
    and the rest go on.
    """
    for result in run(paths, options, stdin=stdin):
        yield result.record


def run(paths: Iterable[str], options: ExtractOptions | None = None, *,
        stdin: BinaryIO | None = None, warn: Callable[[str], None] | None = None) -> Extraction:
    """An extraction of ``paths`` (and the paths ``options.files_from`` lists), checked now:
    UsageError for a missing input or an unusable --out-dir, before any work."""
    return Extraction(list(paths), options or ExtractOptions(), stdin=stdin, warn=warn)


class Extraction:
    """One run over its inputs: iterate it for the results, in input order.

    With ``options.out_dir`` every input's records also go to their own file as soon as the
    input is complete; ``skipped`` counts the inputs --resume left out."""

    def __init__(self, paths: list[str], options: ExtractOptions, *,
                 stdin: BinaryIO | None = None,
                 warn: Callable[[str], None] | None = None) -> None:
        from entity_cli.errors import UsageError
        from entity_cli.sources.inputs import check_inputs, names_one_document

        if options.resume and options.out_dir is None:
            raise UsageError("--resume needs --out-dir (it skips inputs whose output exists)")
        if options.date_spans not in DATE_SPANS:
            raise UsageError(f"date spans {options.date_spans!r}: choose one of "
                             f"{', '.join(DATE_SPANS)}")
        if options.engine == "dask" and options.scheduler:
            from entity_cli.run.dask import check_scheduler

            check_scheduler(options.scheduler)
        elif options.scheduler:
            raise UsageError("--scheduler needs --engine dask")
        self.paths = check_inputs(paths, options.files_from)
        self.options = options
        self.single = names_one_document(self.paths, options.files_from)
        self._stdin = stdin
        self._warn = warn
        self._sink = None
        if options.out_dir is not None:
            from entity_cli.sinks.outdir import OutDirSink

            self._sink = OutDirSink(options.out_dir, resume=options.resume)

    @property
    def skipped(self) -> int:
        return self._sink.skipped if self._sink is not None else 0

    def count_documents(self) -> int | None:
        """How many documents the run will see, when that is known before it starts."""
        from entity_cli.sources.inputs import count_documents

        return count_documents(self.paths, self.options.globs, self.options.files_from)

    def __iter__(self) -> Iterator[Result]:
        results = _results(self._tasks(), self.options, self._warn)
        if self._sink is not None:
            results = self._sink.write_through(results)
        return iter(results)

    def _tasks(self) -> Iterator[Document | InputFile]:
        from entity_cli.sources.inputs import expand_inputs, is_jsonl, listed_paths
        from entity_cli.sources.readers import read_input

        options, sink = self.options, self._sink
        listed = listed_paths(options.files_from)
        for item in expand_inputs(self.paths, options.globs, listed, self._warn):
            if sink is not None:
                if sink.skip(item):
                    continue
                sink.seen(item)
            if item.path == "-" or item.missing or is_jsonl(item.path):
                yield from read_input(item, options.doc_date, self._stdin)
            else:
                yield item  # read by the worker that processes it


def _results(tasks: Iterable[Document | InputFile], options: ExtractOptions,
             warn: Callable[[str], None] | None) -> Iterator[Result]:
    from entity_cli.run.local import default_jobs, run_local

    if options.engine == "dask":
        from entity_cli.run.dask import run_dask

        yield from run_dask(tasks, options, jobs=options.jobs or default_jobs(),
                            scheduler=options.scheduler)
        return
    yield from run_local(tasks, options, jobs=options.jobs, warn=warn)


def doc_entities(doc: Doc, labels: Iterable[str] = LABELS,
                 date_spans: str = "ontonotes") -> list[EntityRecord]:
    """The entity records of a Doc that ``entity_cli.load()`` made, as the CLI prints them."""
    from entity_cli.nlp.process import entity_records

    return entity_records(doc, frozenset(labels), doc.text, date_spans)


def extract_text(text: str, doc_date: dt.date | None = None, labels: Iterable[str] = LABELS,
                 source: str = "<text>", models_dir: str | None = None,
                 overlays: Iterable[str] = (), date_spans: str = "ontonotes") -> DocumentRecord:
    """Extract the entities of one text held in memory."""
    from entity_cli.nlp.pipeline import load_pipeline
    from entity_cli.nlp.process import extract_records
    from entity_cli.sources.documents import Document

    document = Document(source=source, text=text, doc_date=doc_date,
                        doc_date_source="option" if doc_date else None)
    nlp = load_pipeline(models_dir, overlays)
    return next(extract_records([document], nlp, labels, date_spans=date_spans))


def output_format(requested: str | None, output: Path | None, terminal: bool) -> str:
    """The format asked for; else by ``output``'s suffix; else table on a terminal, json in
    a pipe."""
    from entity_cli.sinks.writers import SUFFIX_FORMATS

    if requested is not None:
        return requested
    if output is not None:
        return SUFFIX_FORMATS.get(output.suffix.lower(), "json")
    return "table" if terminal else "json"


def needs_text(fmt: str) -> bool:
    """Whether the records for ``fmt`` must carry their text (html, conll, spacy)."""
    from entity_cli.sinks.writers import get_writer

    return get_writer(fmt).needs_text


def check_output(output: Path, extraction: Extraction) -> None:
    """UsageError when ``output`` cannot be written or would overwrite an input."""
    from entity_cli.sinks.atomic import check_output_path

    check_output_path(output, extraction.paths)


def write_records(records: Iterable[DocumentRecord], fmt: str, output: Path | None = None, *,
                  single: bool = False, color: bool = False,
                  stdout: TextIO | None = None) -> None:
    """Write ``records`` in ``fmt`` to ``output`` (atomically), or to standard output."""
    from entity_cli.sinks.atomic import open_output
    from entity_cli.sinks.writers import WriterOptions, get_writer

    with open_output(output, stdout) as stream:
        get_writer(fmt).write(records, stream, WriterOptions(single=single, color=color))


def evaluate(gold: str | Path, labels: Iterable[str] = LABELS,
             kb: KBSetting | None = None) -> dict[str, Any]:
    """Run the pipeline on a gold file's texts and score it (``entity-cli evaluate``)."""
    from entity_cli.evaluation.scoring import evaluate_gold

    kb = kb or KBSetting.resolve()
    return evaluate_gold(gold, labels=labels, models_dir=kb.models_dir, overlays=kb.overlays)


def lookup_actor(name: str, kb: KBSetting | None = None) -> list[dict[str, Any]]:
    """How ``name`` resolves in the KB: each candidate, its variant, its strength."""
    from entity_cli.kb.check import lookup_name

    kb = kb or KBSetting.resolve()
    return lookup_name(name, kb.models_dir, kb.overlays)


def check_knowledge_base(kb: KBSetting | None = None,
                         texts: Iterable[str] = ()) -> dict[str, Any]:
    """Validate the KB and its overlays: {"records", "errors", "warnings", ...}; with
    ``texts`` (paths, as for extract), also check the titles written on the KB's people in
    them against their roles on each document's date ("titles": kb.title_check)."""
    from entity_cli.kb.check import check_kb

    kb = kb or KBSetting.resolve()
    report = check_kb(kb.models_dir, kb.overlays)
    texts = list(texts)
    if texts and not report["errors"]:
        from entity_cli.kb.load import load_index
        from entity_cli.kb.offices import load_offices
        from entity_cli.kb.title_check import title_conflicts

        index = load_index(kb.models_dir, kb.overlays)
        people = {rid: r for rid, r in index.records.items() if r.label == "PERSON"}
        records = extract_paths(texts, ExtractOptions(kb=kb))
        report["titles"] = title_conflicts(records, people, load_offices(kb.models_dir))
    return report


def info(kb: KBSetting | None = None) -> dict[str, Any]:
    """Versions, the pipeline's components and the knowledge base in use."""
    from entity_cli.info import get_info

    return get_info(kb)
