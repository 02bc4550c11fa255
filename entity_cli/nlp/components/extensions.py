"""Custom attributes that entity-cli's components set on entity spans.

Span extensions are keyed by character offsets in ``doc.user_data``, so they survive
``doc.ents`` being rebuilt as long as the span keeps its offsets.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

# Namespaced (me_), so they never clash with another library's extensions on the same Doc.
# me_doc_date: ISO date string the date normaliser and canonicaliser resolve against
# ("": known to have none; None: not looked for yet, see components/doc_date.py).
DOC_ATTRIBUTES = ("me_doc_date",)
# The actor id is spaCy's own Span.kb_id.
# me_actor: what the KB adds to a linked entity besides its id (sector, actor code,
# geonames_id); me_reference: on the spans of doc.spans["me_references"].
SPAN_ATTRIBUTES = ("me_origin", "me_canonical", "me_country", "me_title", "me_value", "me_type",
                   "me_mod", "me_actor", "me_reference")


def respan(span: Span, label: str | None = None, kb_id: str | None = None) -> Span:
    """The same span with another label or actor id. Its extension values (title,
    origin, canonical ...) follow the offsets, so they need no copying."""
    return Span(span.doc, span.start, span.end, label=label if label is not None else span.label,
                kb_id=kb_id if kb_id is not None else span.kb_id)


def ensure_extensions() -> None:
    """Register the span attributes once per process (idempotent)."""
    for name in SPAN_ATTRIBUTES:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    for name in DOC_ATTRIBUTES:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
