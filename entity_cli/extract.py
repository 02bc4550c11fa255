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
# Longer texts are processed in pieces: the statistical NER needs memory in proportion to
# the text, and nothing is gained by giving it a whole book at once.
MAX_PIECE_CHARS = 100_000


def extract_records(
    documents: Iterable[Document],
    nlp: Language,
    labels: Iterable[str] = LABELS,
    batch_size: int = 32,
    include_text: bool = False,
    max_chars: int = MAX_PIECE_CHARS,
) -> Iterator[Record]:
    """Run ``nlp`` over ``documents`` in order, yielding one record per document.

    Failed documents travel through the pipe as empty texts so that output order always
    equals input order. A text longer than ``max_chars`` is cut at paragraph or sentence
    boundaries, each piece processed, and the entities merged back with offsets into the
    whole text: never truncated. ``include_text`` adds the text as ``text`` (for writers
    that show it: html, conll, spacy).
    """
    wanted = frozenset(labels)
    max_chars = min(max_chars, nlp.max_length)
    current: tuple[Document, Record] | None = None
    for doc, (document, offset, last, piece) in nlp.pipe(
        _pieces(nlp, documents, max_chars), as_tuples=True, batch_size=batch_size
    ):
        if document.failed:
            yield error_record(document)
            continue
        if current is None or current[0] is not document:
            current = (document, document_record(document, doc, wanted, offset, piece))
        else:
            current[1]["entities"].extend(piece_entities(doc, wanted, offset, piece))
        if last:
            record = current[1]
            if include_text:
                record["text"] = document.text
            current = None
            yield record


def _pieces(nlp: Language, documents: Iterable[Document], max_chars: int):
    """(doc, (document, offset, is_last_piece, piece_text)) for every piece of every document."""
    for document in documents:
        if document.failed:
            yield nlp.make_doc(""), (document, 0, True, "")
            continue
        bounds = split_points(document.text, max_chars)
        for k, (start, end) in enumerate(bounds):
            piece = document.text[start:end]
            doc = nlp.make_doc(piece)
            if document.doc_date is not None:
                doc._.doc_date = document.doc_date.isoformat()
            yield doc, (document, start, k == len(bounds) - 1, piece)


def split_points(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Cut ``text`` into pieces of at most ``max_chars``: at a paragraph break if there is
    one in the second half of the window, else a line break, a sentence end, a space, and
    only as a last resort mid-word."""
    if len(text) <= max_chars:
        return [(0, len(text))]
    bounds = []
    start = 0
    while len(text) - start > max_chars:
        window_end = start + max_chars
        cut = -1
        for separator in ("\n\n", "\n", ". ", "? ", "! ", " "):
            found = text.rfind(separator, start + max_chars // 2, window_end)
            if found != -1:
                cut = found + len(separator)
                break
        if cut <= start:
            cut = window_end
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def piece_entities(doc: Doc, labels: frozenset[str], offset: int,
                   text: str | None = None) -> list[Record]:
    """Entities of one piece (whose text is ``text``), offsets moved into the whole text."""
    text = doc.text if text is None else text
    entities = []
    for ent in doc.ents:
        if ent.label_ in labels and (entity := entity_record(ent, text)) is not None:
            entity["start"] += offset
            entity["end"] += offset
            entities.append(entity)
    return entities


def document_header(document: Document) -> Record:
    record: Record = {"source": document.source}
    if document.doc_id is not None:
        record["id"] = document.doc_id
    return record


def error_record(document: Document) -> Record:
    record = document_header(document)
    record["error"] = document.error
    return record


def document_record(document: Document, doc: Doc, labels: frozenset[str],
                    offset: int = 0, text: str | None = None) -> Record:
    record = document_header(document)
    record["doc_date"] = document.doc_date.isoformat() if document.doc_date else None
    record["doc_date_source"] = document.doc_date_source
    record["entities"] = piece_entities(doc, labels, offset, text)
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
