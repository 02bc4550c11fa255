"""A document's entity spans, read and written once per change instead of once per use.

Reading ``doc.ents`` builds a new Span for every entity, and spaCy's Span constructor makes
three Token objects to find its character offsets; writing ``doc.ents`` builds every Span
again before setting the tokens. The rule components read the entities about ten times a
document and write them five, which made those Span objects a quarter of the rule layer's
cost. ``entity_spans`` returns the spans last written by ``set_entities`` (or last read)
as long as the tokens' entity annotation is still the one they were taken from: a
fingerprint of that annotation (one array copy, no Python objects per token) is compared
on every read, so a write by anyone else (spaCy's ner, a user's own component, a test)
is never hidden. Span extension values are keyed by offsets, so a cached Span reads and
writes the same values as a fresh one.

The cache holds the last few documents only: a Span refers to its Doc, so a cache keyed by
weak references would keep every document alive (spaCy runs the rule components one
document at a time, so a handful of entries is all that is ever hit).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Doc, Span

_ATTRS = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]
CACHED_DOCS = 4
_CACHE: OrderedDict[Doc, tuple[bytes, tuple[Span, ...]]] = OrderedDict()


def _remember(doc: Doc, fingerprint: bytes, spans: tuple[Span, ...]) -> None:
    _CACHE[doc] = (fingerprint, spans)
    _CACHE.move_to_end(doc)
    while len(_CACHE) > CACHED_DOCS:
        _CACHE.popitem(last=False)


def _fingerprint(doc: Doc) -> bytes:
    return doc.to_array(_ATTRS).tobytes() if len(doc) else b""


def entity_spans(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``: the same spans, built only when the annotation changed."""
    cached = _CACHE.get(doc)
    fingerprint = _fingerprint(doc)
    if cached is not None and cached[0] == fingerprint:
        return cached[1]
    spans = doc.ents
    _remember(doc, fingerprint, spans)
    return spans


def set_entities(doc: Doc, spans: Iterable[Span]) -> None:
    """``doc.ents = spans`` for non-overlapping Spans of ``doc``: tokens outside them are
    outside any entity, exactly as the ``doc.ents`` setter does, without building each
    Span a second time."""
    spans = sorted((span for span in spans if span.label and span.start < span.end),
                   key=lambda span: span.start)
    doc.set_ents(spans, default="outside")
    array = doc.to_array(_ATTRS) if len(doc) else None
    if array is not None and array[:, 3].any():
        # A token kept an entity id of an earlier annotation (set_ents keeps it when the
        # new span has none): the spans read back would carry it, so read them back.
        _CACHE.pop(doc, None)
        return
    _remember(doc, array.tobytes() if array is not None else b"", tuple(spans))
