"""Document date: the anchor of relative dates, found in the text when nobody gave one.

The CLI's readers set ``doc._.me_doc_date`` before the pipeline runs (from --doc-date, a JSONL
record's ``date``, the text or the file name), writing ``""`` when they looked and found
none. A Doc made from a bare string (``entity_cli.load()(text)``) arrives with ``None``:
this component then reads the date from the text as the readers do, so a library user
gets the CLI's dates.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from entity_cli.nlp.components.extensions import ensure_extensions
from entity_cli.nlp.components.token_words import words_of


@Language.factory("me_doc_date", assigns=["doc._.me_doc_date"], default_config={})
def make_doc_date(nlp: Language, name: str) -> DocDate:
    return DocDate()


class DocDate:
    def __init__(self) -> None:
        ensure_extensions()

    def __call__(self, doc: Doc) -> Doc:
        if doc._.me_doc_date is None:
            from entity_cli.dates import detect_doc_date

            date, _source = detect_doc_date(words_of(doc).text)
            doc._.me_doc_date = date.isoformat() if date else ""
        return doc
