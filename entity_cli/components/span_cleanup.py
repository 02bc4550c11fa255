"""Span cleanup: trims what the statistical model leaves inside entity spans.

The model often returns "Mustafa Al Kadhimi's" as a PERSON; a possessive is never part of
a name, so it is removed from every entity span, whatever its label.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from entity_cli.components.extensions import ensure_extensions

POSSESSIVES = frozenset({"'s", "’s", "'", "’", "`s"})


@Language.factory("me_span_cleanup", default_config={"possessives": True})
def make_span_cleanup(nlp: Language, name: str, possessives: bool) -> SpanCleanup:
    return SpanCleanup(possessives=possessives)


class SpanCleanup:
    """Trim possessive tokens off the end of entity spans."""

    def __init__(self, possessives: bool = True) -> None:
        ensure_extensions()
        self.possessives = possessives

    def __call__(self, doc: Doc) -> Doc:
        if not self.possessives:
            return doc
        changed = False
        ents = []
        for ent in doc.ents:
            end = ent.end
            while end > ent.start + 1 and doc[end - 1].lower_ in POSSESSIVES:
                end -= 1
            if end != ent.end:
                changed = True
                ent = Span(doc, ent.start, end, label=ent.label, kb_id=ent.kb_id)
            ents.append(ent)
        if changed:
            doc.ents = ents
        return doc
