"""Custom attributes that entity-cli's components set on entity spans.

Span extensions are keyed by character offsets in ``doc.user_data``, so they survive
``doc.ents`` being rebuilt as long as the span keeps its offsets.
"""

from __future__ import annotations

from spacy.tokens import Span

SPAN_ATTRIBUTES = ("origin", "canonical", "kb_id", "country", "title", "value", "type", "mod")


def ensure_extensions() -> None:
    """Register the span attributes once per process (idempotent)."""
    for name in SPAN_ATTRIBUTES:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
