"""From documents to output records (DESIGN.md's schema), as plain dictionaries.

The record builder is the single place where spaCy spans become JSON-ready data, so every
writer prints the same facts.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from entity_cli.documents import Document
from entity_cli.labels import LABELS, TEMPORAL_LABELS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

Record = dict[str, Any]
_POSSESSIVE_SUFFIXES = ("'s", "’s", "'S", "’S")
# The statistical component (ner) sees a long text in pieces of about this many
# characters, cut at paragraph or sentence ends: its working memory grows with the
# tokens of a batch, so one long article would otherwise set the peak memory of a whole
# run. The pieces are joined again before the rule components, which see the document.
PIECE_CHARS = 2_000


def extract_records(
    documents: Iterable[Document],
    nlp: Language,
    labels: Iterable[str] = LABELS,
    batch_size: int = 32,
    include_text: bool = False,
    piece_chars: int = PIECE_CHARS,
) -> Iterator[Record]:
    """Run ``nlp`` over ``documents`` in order, yielding one record per document.

    Failed documents travel through as empty texts so that output order always equals
    input order. The statistical part runs on pieces of at most ``piece_chars`` (never
    truncated: every piece is processed and the pieces joined with their offsets), the
    knowledge-base and date components on the joined document. ``include_text`` adds the
    text as ``text`` (for writers that show it: html, conll, spacy).
    """
    wanted = frozenset(labels)
    rules = rule_components(nlp)
    for document, doc in statistical_docs(documents, nlp, batch_size, piece_chars):
        if doc is None:
            yield error_record(document)
            continue
        record = document_record(document, apply_rules(doc, rules), wanted)
        if include_text:
            record["text"] = document.text
        yield record


def rule_components(nlp: Language) -> list[tuple[str, Callable[[Doc], Doc]]]:
    """entity-cli's enabled components, in pipeline order: they work on whole documents
    (linking needs every mention), so they run outside ``nlp.pipe``."""
    from entity_cli.pipeline import OUR_COMPONENTS

    return [(name, proc) for name, proc in nlp.pipeline if name in OUR_COMPONENTS]


def apply_rules(doc: Doc, rules: list[tuple[str, Callable[[Doc], Doc]]]) -> Doc:
    for _name, proc in rules:
        doc = proc(doc)
    return doc


def statistical_docs(
    documents: Iterable[Document],
    nlp: Language,
    batch_size: int = 32,
    piece_chars: int = PIECE_CHARS,
) -> Iterator[tuple[Document, Doc | None]]:
    """(document, its Doc after the statistical components) in input order; the Doc is
    None for a document that could not be read. ``doc._.doc_date`` is set."""
    from spacy.tokens import Doc

    piece_chars = min(piece_chars, nlp.max_length)
    rules = [name for name, _ in rule_components(nlp)]
    pieces: list[Doc] = []
    stream = nlp.pipe(_pieces(nlp, documents, piece_chars), as_tuples=True,
                      batch_size=batch_size, disable=rules)
    for doc, (document, last) in stream:
        if document.failed:
            yield document, None
            continue
        pieces.append(doc)
        if not last:
            continue
        whole = pieces[0] if len(pieces) == 1 else Doc.from_docs(pieces, ensure_whitespace=False)
        pieces = []
        if document.doc_date is not None:
            whole._.doc_date = document.doc_date.isoformat()
        yield document, whole


def _pieces(nlp: Language, documents: Iterable[Document], piece_chars: int):
    """(doc, (document, is_last_piece)) for every piece of every document."""
    for document in documents:
        if document.failed:
            yield nlp.make_doc(""), (document, True)
            continue
        text = analysed_text(document.text)
        bounds = split_points(text, piece_chars)
        for k, (start, end) in enumerate(bounds):
            yield nlp.make_doc(text[start:end]), (document, k == len(bounds) - 1)


def analysed_text(text: str) -> str:
    """The text the pipeline sees: Windows (CRLF) and old Mac (CR) line ends as plain
    newlines, so that line ends never change the entities. Offsets in the output still
    refer to the input text, carriage returns included (see ``original_offsets``)."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def original_offsets(text: str) -> Callable[[int], int] | None:
    """For a text with CRLF line ends, a map from offsets in ``analysed_text(text)`` back to
    offsets in ``text``; None when the two are the same."""
    if "\r\n" not in text:
        return None
    removed, shift, start = [], 0, 0
    while (found := text.find("\r\n", start)) != -1:
        removed.append(found - shift)  # where the dropped CR stood, in analysed offsets
        shift += 1
        start = found + 2
    return lambda offset: offset + bisect.bisect_left(removed, offset)


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


def entity_records(doc: Doc, labels: frozenset[str], text: str) -> list[Record]:
    """The JSON form of the entities of ``doc``, whose text is ``text``."""
    return [entity for ent in doc.ents
            if ent.label_ in labels and (entity := entity_record(ent, text)) is not None]


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
    if document.encoding is not None:
        record["encoding"] = document.encoding
    if document.warnings:
        record["warnings"] = list(document.warnings)
    entities = entity_records(doc, labels, analysed_text(document.text))
    back = original_offsets(document.text)
    if back is not None:
        for entity in entities:
            entity["start"], entity["end"] = back(entity["start"]), back(entity["end"])
            entity["text"] = document.text[entity["start"]:entity["end"]]
    record["entities"] = entities
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
    if ent.label_ in TEMPORAL_LABELS:
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
