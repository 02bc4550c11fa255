"""The entity-span cache: the spans it returns are always those ``doc.ents`` would give."""

import spacy
from spacy.tokens import Span

from entity_cli.nlp.components.entities import entity_spans, set_entities


def _key(spans):
    return [(s.start, s.end, s.label_, s.kb_id_, s.id_) for s in spans]


def _doc(text="Ali Hassan met the Iraqi prime minister in Baghdad on Monday ."):
    return spacy.blank("en")(text)


def test_reads_what_doc_ents_gives():
    doc = _doc()
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 8, 9, label="GPE")]
    assert _key(entity_spans(doc)) == _key(doc.ents)


def test_a_second_read_returns_the_same_spans_without_rebuilding():
    doc = _doc()
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    assert entity_spans(doc) is entity_spans(doc)


def test_set_entities_sets_the_tokens_like_the_setter():
    doc, other = _doc(), _doc()
    spans = [Span(doc, 8, 9, label="GPE", kb_id="gpe/baghdad"), Span(doc, 0, 2, label="PERSON")]
    set_entities(doc, spans)
    other.ents = [Span(other, s.start, s.end, label=s.label_, kb_id=s.kb_id_) for s in spans]
    assert _key(entity_spans(doc)) == _key(doc.ents) == _key(other.ents)
    assert [t.ent_iob_ for t in doc] == [t.ent_iob_ for t in other]


def test_set_entities_drops_unlabelled_spans_and_clears_the_rest():
    doc = _doc()
    doc.ents = [Span(doc, 4, 6, label="NORP")]
    set_entities(doc, [Span(doc, 0, 2, label="PERSON"), Span(doc, 8, 9)])
    assert _key(entity_spans(doc)) == _key(doc.ents) == [(0, 2, "PERSON", "", "")]


def test_a_write_by_someone_else_is_seen():
    doc = _doc()
    set_entities(doc, [Span(doc, 0, 2, label="PERSON")])
    assert _key(entity_spans(doc)) == [(0, 2, "PERSON", "", "")]
    doc.ents = [Span(doc, 0, 2, label="ORG")]  # same offsets, another label
    assert _key(entity_spans(doc)) == [(0, 2, "ORG", "", "")]
    doc.ents = [Span(doc, 0, 2, label="ORG", kb_id="org/x")]  # only the kb id changes
    assert _key(entity_spans(doc)) == [(0, 2, "ORG", "org/x", "")]
    doc.set_ents([Span(doc, 8, 9, label="GPE")], default="unmodified")
    assert _key(entity_spans(doc)) == _key(doc.ents)


def test_a_stale_entity_id_is_read_back_as_doc_ents_reads_it():
    doc = _doc()
    doc.ents = [Span(doc, 0, 2, label="PERSON", span_id="p1")]
    # The setter keeps a token's entity id when the new span has none.
    set_entities(doc, [Span(doc, 0, 2, label="PERSON")])
    assert _key(entity_spans(doc)) == _key(doc.ents)
    assert entity_spans(doc)[0].id_ == "p1"


def test_empty_documents():
    doc = spacy.blank("en")("")
    set_entities(doc, [])
    assert entity_spans(doc) == ()


def test_documents_are_not_kept_alive():
    import gc
    import weakref

    from entity_cli.nlp.components.entities import CACHED_DOCS

    nlp = spacy.blank("en")
    refs = []
    for k in range(CACHED_DOCS + 6):
        doc = nlp(f"Ali Hassan visited Baghdad {k} times .")
        set_entities(doc, [Span(doc, 0, 2, label="PERSON")])
        entity_spans(doc)
        refs.append(weakref.ref(doc))
        del doc
    gc.collect()
    alive = [ref for ref in refs if ref() is not None]
    assert len(alive) <= CACHED_DOCS
    assert refs[0]() is None
