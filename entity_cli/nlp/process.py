"""From documents to output records (records.DocumentRecord, the README's schema).

The record builder is the single place where spaCy spans become JSON-ready data, so every
writer prints the same facts.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from entity_cli.kb.words import POSSESSIVE_CLITICS
from entity_cli.labels import LABELS, TEMPORAL_LABELS
from entity_cli.records import DocumentRecord, EntityRecord, ReferenceRecord
from entity_cli.sources.documents import Document

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# A possessive the tokenizer left glued to a name, in either case ("IRAQ'S").
_POSSESSIVE_SUFFIXES = tuple(sorted({form for clitic in POSSESSIVE_CLITICS
                                     for form in (clitic, clitic.upper())}))


def extract_records(
    documents: Iterable[Document],
    nlp: Language,
    labels: Iterable[str] = LABELS,
    batch_size: int = 32,
    include_text: bool = False,
    date_spans: str = "ontonotes",
) -> Iterator[DocumentRecord]:
    """Run ``nlp`` over ``documents`` in order, yielding one record per document.

    Failed documents travel through as empty texts so that output order always equals
    input order. ``include_text`` adds the text as ``text`` (for writers that show it:
    html, conll, spacy); ``date_spans`` "timeml" draws DATE entities as TimeML does.
    """
    wanted = frozenset(labels)
    for doc, document in nlp.pipe(_docs(nlp, documents), as_tuples=True,
                                  batch_size=batch_size):
        if document.failed:
            yield error_record(document)
            continue
        record = document_record(document, doc, wanted, date_spans)
        if include_text:
            record["text"] = document.text
        yield record


def rule_components(nlp: Language) -> list[tuple[str, Callable[[Doc], Doc]]]:
    """entity-cli's enabled components, in pipeline order."""
    from entity_cli.nlp.pipeline import OUR_COMPONENTS

    return [(name, proc) for name, proc in nlp.pipeline if name in OUR_COMPONENTS]


def apply_rules(doc: Doc, rules: list[tuple[str, Callable[[Doc], Doc]]]) -> Doc:
    for _name, proc in rules:
        doc = proc(doc)
    return doc


def statistical_docs(
    documents: Iterable[Document],
    nlp: Language,
    batch_size: int = 32,
) -> Iterator[tuple[Document, Doc | None]]:
    """(document, its Doc after the statistical components only) in input order, for the
    ablation; the Doc is None for a document that could not be read."""
    rules = [name for name, _ in rule_components(nlp)]
    stream = nlp.pipe(_docs(nlp, documents), as_tuples=True, batch_size=batch_size,
                      disable=rules)
    for doc, document in stream:
        yield document, (None if document.failed else doc)


def _docs(nlp: Language, documents: Iterable[Document]) -> Iterator[tuple[Doc, Document]]:
    """(doc, document) for every document, its date set (``""``: the reader found none)."""
    for document in documents:
        doc = nlp.make_doc("" if document.failed else analysed_text(document.text))
        doc._.me_doc_date = document.doc_date.isoformat() if document.doc_date else ""
        yield doc, document


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


def entity_records(doc: Doc, labels: frozenset[str], text: str,
                   date_spans: str = "ontonotes") -> list[EntityRecord]:
    """The JSON form of the entities of ``doc``, whose text is ``text``; with
    ``date_spans`` "timeml", DATE entities as TimeML draws them (nlp/timex_extents.py)."""
    entities = [(ent, entity) for ent in doc.ents
                if ent.label_ in labels and (entity := entity_record(ent, text)) is not None]
    if date_spans == "ontonotes":
        return [entity for _ent, entity in entities]
    from entity_cli.nlp.timex_extents import timeml_entities

    return [piece for ent, entity in entities
            for piece in (timeml_entities(ent, entity) if ent.label_ == "DATE" else [entity])]


def document_header(document: Document) -> DocumentRecord:
    record: DocumentRecord = {"source": document.source}
    if document.doc_id is not None:
        record["id"] = document.doc_id
    return record


def error_record(document: Document) -> DocumentRecord:
    record = document_header(document)
    record["error"] = document.error
    return record


def document_record(document: Document, doc: Doc, labels: frozenset[str],
                    date_spans: str = "ontonotes") -> DocumentRecord:
    record = document_header(document)
    record["doc_date"] = document.doc_date.isoformat() if document.doc_date else None
    record["doc_date_source"] = document.doc_date_source
    if document.encoding is not None:
        record["encoding"] = document.encoding
    if document.warnings:
        record["warnings"] = list(document.warnings)
    entities = entity_records(doc, labels, analysed_text(document.text), date_spans)
    # A reference names a person by their office: asked for with PERSON (--labels).
    references = reference_records(doc) if "PERSON" in labels else []
    back = original_offsets(document.text)
    if back is not None:
        for item in (*entities, *references):
            item["start"], item["end"] = back(item["start"]), back(item["end"])
            item["text"] = document.text[item["start"]:item["end"]]
    record["entities"] = entities
    record["references"] = references
    return record


def reference_records(doc: Doc) -> list[ReferenceRecord]:
    """The office references of ``doc`` (components/office_references.py), in text order."""
    out: list[ReferenceRecord] = []
    for span in doc.spans.get("me_references", ()):
        found = span._.me_reference or {}
        out.append({"text": span.text, "start": span.start_char, "end": span.end_char,
                    "office": found.get("office") or span.label_, "actor": found.get("actor"),
                    "id": span.kb_id_ or None, "from": found.get("from"), "to": found.get("to")})
    return out


def entity_record(ent: Span, text: str | None = None) -> EntityRecord | None:
    """The JSON form of one entity span; None if nothing is left after trimming.

    ``text`` is the document's text (``doc.text`` rebuilds it from the tokens each time)."""
    text = ent.doc.text if text is None else text
    start, end = trim_offsets(text, ent.start_char, ent.end_char)
    if not any(char.isalnum() for char in text[start:end]):
        return None
    surface = text[start:end]
    entity: EntityRecord = {"text": surface, "label": ent.label_, "start": start, "end": end}
    if ent.label_ in TEMPORAL_LABELS:
        entity["value"] = ent._.me_value
        entity["type"] = ent._.me_type
        entity["mod"] = ent._.me_mod
    else:
        entity["canonical"] = ent._.me_canonical or " ".join(surface.split())
        if ent.kb_id_:
            entity["id"] = ent.kb_id_
        if ent._.me_country:
            entity["country"] = ent._.me_country
        for key, value in (ent._.me_actor or {}).items():
            entity[key] = value  # sector, code, geonames_id
    entity["origin"] = ent._.me_origin or "model"
    if ent._.me_title:
        entity["title"] = ent._.me_title
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
