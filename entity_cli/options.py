"""The one options object of an extraction run, typed once and passed from stage to stage.

The CLI builds it from its command line; a Python user builds it directly. The sources read
``globs`` and ``files_from``, the engines get the whole object (pickled to worker processes:
it holds only plain values), the pipeline its ``kb`` setting, the sinks ``out_dir`` and
``resume``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from entity_cli.kb.setting import KBSetting
from entity_cli.labels import LABELS
from entity_cli.sources.inputs import DEFAULT_GLOBS

ENGINES = ("local", "dask")
# How DATE spans are drawn (--date-spans): as OntoNotes and the model do, or as ISO-TimeML's
# TIMEX3s (nlp/timex_extents.py). The first is the default.
DATE_SPANS = ("ontonotes", "timeml")


@dataclass(frozen=True)
class ExtractOptions:
    """What an extraction produces and how it runs."""

    labels: frozenset[str] = frozenset(LABELS)
    doc_date: dt.date | None = None  # the documents' date, over any they give themselves
    include_text: bool = False  # each record carries its text (html, conll, spacy need it)
    globs: tuple[str, ...] = DEFAULT_GLOBS  # files taken from folders
    files_from: str | None = None  # a file (or "-") listing more input paths, one a line
    jobs: int | None = None  # worker processes; None: one per CPU
    engine: str = "local"  # "local" or "dask"
    scheduler: str | None = None  # with engine "dask": tcp://HOST:PORT; None: a local cluster
    # The models folder and overlays; by default the shipped KB with ENTITY_CLI_KB's overlays.
    kb: KBSetting = field(default_factory=KBSetting.resolve)
    out_dir: Path | None = None  # one JSON file per input, mirroring the input tree
    resume: bool = False  # with out_dir: skip inputs whose output is complete
    batch_size: int = 16  # pieces of text a ner batch (each at most PIECE_CHARS)
    # DATE spans as OntoNotes draws them ("ontonotes") or as ISO-TimeML's TIMEX3s ("timeml")
    date_spans: str = "ontonotes"


def options_from_strings(*, labels: str | None = None, doc_date: str | None = None,
                         glob: str | None = None, **fields) -> ExtractOptions:
    """ExtractOptions from the strings a command line gives: ``labels`` "PERSON,ORG",
    ``doc_date`` "2021-08-09", ``glob`` "*.txt *.md" (UsageError for a bad one); the other
    fields as they are."""
    from entity_cli.dates.docdate import parse_date
    from entity_cli.labels import parse_labels
    from entity_cli.sources.inputs import parse_globs

    return ExtractOptions(labels=parse_labels(labels),
                          doc_date=parse_date(doc_date, "--doc-date") if doc_date else None,
                          globs=parse_globs(glob), **fields)
