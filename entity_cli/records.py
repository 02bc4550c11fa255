"""The typed records a run produces: the output schema of the README's "Output schema"."""

from __future__ import annotations

from typing import NamedTuple, NotRequired, TypedDict


class EntityRecord(TypedDict):
    """One entity. Names carry ``canonical`` (and ``id``/``country`` when the KB knows the
    actor); DATE and TIME carry their TIMEX3 ``value``, ``type`` and ``mod``."""

    text: str
    label: str
    start: int
    end: int
    canonical: NotRequired[str]
    id: NotRequired[str]
    country: NotRequired[str]
    sector: NotRequired[str]  # government, military, rebel, ... (models/sectors.json)
    code: NotRequired[str]  # the actor code: country/SECTOR ("IQ/GOV"), or "IGO"
    geonames_id: NotRequired[int]
    wikipedia: NotRequired[str]  # the English Wikipedia title, where a source confirmed it
    value: NotRequired[str | None]
    type: NotRequired[str | None]
    mod: NotRequired[str | None]
    origin: str
    title: NotRequired[str]


# "from" is a Python keyword: the functional form of TypedDict.
ReferenceRecord = TypedDict("ReferenceRecord", {
    "text": str,
    "start": int,
    "end": int,
    "office": str,  # the KB role title ("Prime Minister of Iraq")
    "actor": str | None,  # canonical name of the holder on the document date; None: unknown
    "id": str | None,
    "from": str | None,  # the holder's role dates
    "to": str | None,
})
ReferenceRecord.__doc__ = """An office named in the text ("Iraq's prime minister"), with its holder
on the document date when the KB's dated roles make it certain (README, "Office
references")."""


class DocumentRecord(TypedDict):
    """One input document: its entities, or the ``error`` that kept it from being read."""

    source: str
    id: NotRequired[str]
    doc_date: NotRequired[str | None]
    doc_date_source: NotRequired[str | None]
    encoding: NotRequired[str]
    warnings: NotRequired[list[str]]
    entities: NotRequired[list[EntityRecord]]
    references: NotRequired[list[ReferenceRecord]]
    error: NotRequired[str]
    text: NotRequired[str]


class Result(NamedTuple):
    """A record as an engine returns it, with what the run needs to know about it."""

    group: int  # which input (file) it came from: --out-dir writes one file per input
    record: DocumentRecord
    words: int  # words of its text, for the words/s of the progress bar and summary
