"""From documents to output records (DESIGN.md's schema), as plain dictionaries.

The record builder is the single place where spaCy spans become JSON-ready data, so every
writer prints the same facts.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from entity_cli.documents import Document
from entity_cli.labels import LABELS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

Record = dict[str, Any]
_POSSESSIVE_SUFFIXES = ("'s", "’s", "'S", "’S")


def extract_records(
    documents: Iterable[Document],
    nlp: Language,
    labels: Iterable[str] = LABELS,
    batch_size: int = 32,
    include_text: bool = False,
) -> Iterator[Record]:
    """Run ``nlp`` over ``documents`` in order, yielding one record per document.

    Failed documents travel through the pipe as empty texts so that output order always
    equals input order. ``include_text`` adds the document's text as ``text`` (for writers
    that show it: html, conll, spacy).
    """
    wanted = frozenset(labels)
    pairs = ((_make_doc(nlp, document), document) for document in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        if document.failed:
            yield error_record(document)
            continue
        record = document_record(document, doc, wanted)
        if include_text:
            record["text"] = document.text
        yield record


def _make_doc(nlp: Language, document: Document) -> Doc:
    """Tokenise, and attach the document date the components resolve against."""
    doc = nlp.make_doc(document.text if not document.failed else "")
    if document.doc_date is not None:
        doc._.doc_date = document.doc_date.isoformat()
    return doc


def document_header(document: Document) -> Record:
    record: Record = {"source": document.source}
    if document.doc_id is not None:
        record["id"] = document.doc_id
    return record


def error_record(document: Document) -> Record:
    record = document_header(document)
    record["error"] = document.error
    return record


def document_record(document: Document, doc: Doc, labels: frozenset[str]) -> Record:
    record = document_header(document)
    record["doc_date"] = document.doc_date.isoformat() if document.doc_date else None
    record["doc_date_source"] = document.doc_date_source
    text = document.text
    record["entities"] = [
        entity
        for ent in doc.ents
        if ent.label_ in labels and (entity := entity_record(ent, text)) is not None
    ]
    return record


def entity_record(ent: Span, text: str | None = None) -> Record | None:
    """The JSON form of one entity span; None if nothing is left after trimming.

    ``text`` is the document's text (``doc.text`` rebuilds it from the tokens each time)."""
    text = ent.doc.text if text is None else text
    start, end = trim_offsets(text, ent.start_char, ent.end_char)
    if not any(char.isalnum() for char in text[start:end]):
        return None
    surface = text[start:end]
    entity: Record = {"text": surface, "label": ent.label_, "start": start, "end": end}
    if ent.label_ == "DATE":
        entity["value"] = ent._.value
        entity["type"] = ent._.type
        entity["mod"] = ent._.mod
    else:
        entity["canonical"] = ent._.canonical or " ".join(surface.split())
        if ent.kb_id_:
            entity["id"] = ent.kb_id_
        if ent._.country:
            entity["country"] = ent._.country
    entity["origin"] = ent._.origin or "model"
    if ent._.title:
        entity["title"] = ent._.title
    return entity


def trim_offsets(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding whitespace and a trailing possessive from ``text[start:end]``.

    A character-level guard behind the token-level span cleanup: it also catches a
    possessive the tokenizer left glued to the name.
    """
    while start < end and text[start].isspace():
        start += 1
    previous = -1
    while end != previous:
        previous = end
        while end > start and text[end - 1].isspace():
            end -= 1
        for suffix in _POSSESSIVE_SUFFIXES:
            if text.endswith(suffix, start, end):
                end -= len(suffix)
                break
    return start, end
