"""spaCy DocBin output (``--format spacy``): the entities as spaCy training data.

``DocBin().from_disk(path).get_docs(spacy.blank("en").vocab)`` gives one Doc per document
with ``doc.ents`` set, ready to correct in an annotation tool or to train on. The Docs are
tokenised by ``spacy.blank("en")``; an entity offset inside a token widens to the token
(``alignment_mode="expand"``). What a Doc cannot hold goes in ``doc.user_data["entity_cli"]``:
the source, the document date and the full entity records (exact offsets, canonical name,
id, country, title; value, type and mod of dates; the list loads back as a tuple, as
msgpack gives it). The knowledge-base id is also each
span's ``kb_id_``.

A DocBin is binary, so the writer needs the byte stream under the text stream the CLI
opens (``stream.buffer``); the CLI insists on ``-o FILE`` for this format. Failed
documents are left out (the CLI reports them on stderr).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

from entity_cli.errors import OutputError

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from entity_cli.sinks.writers import WriterOptions

USER_DATA_KEY = "entity_cli"


def write_docbin(records: Iterable[dict[str, Any]], stream: TextIO, options: WriterOptions) -> None:
    from spacy.tokens import DocBin

    from entity_cli.sinks.writers.conll import blank_english

    binary = getattr(stream, "buffer", None)
    if binary is None:
        raise OutputError("--format spacy writes binary data: it needs a file (-o FILE)")
    nlp = blank_english()
    docbin = DocBin(store_user_data=True)
    for record in records:
        if record.get("error"):
            continue
        docbin.add(record_doc(nlp.make_doc(record.get("text") or ""), record))
    stream.flush()  # anything already written as text goes first
    binary.write(docbin.to_bytes())
    binary.flush()




def record_doc(doc: Doc, record: dict[str, Any]) -> Doc:
    """Set ``doc.ents`` and the user data from one record; ``doc`` is the record's text."""
    spans: list[Span] = []
    taken: set[int] = set()
    entities = record.get("entities") or []
    for entity in sorted(entities, key=lambda e: (e["start"], -e["end"])):
        span = doc.char_span(
            entity["start"], entity["end"], label=entity["label"],
            kb_id=entity.get("id") or "", alignment_mode="expand",
        )
        if span is None or len(span) == 0 or taken.intersection(range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        spans.append(span)
    doc.ents = spans
    doc.user_data[USER_DATA_KEY] = {
        "source": record.get("source"),
        "id": record.get("id"),
        "doc_date": record.get("doc_date"),
        "entities": entities,
    }
    return doc
