"""An age set off by commas after a name is a duration in years, as ISO-TimeML values an
age ("a 28-year-old": P28Y); a number elsewhere keeps no value."""

from __future__ import annotations

import pytest


def _dates(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = nlp.make_doc(text)
    doc._.me_doc_date = "2021-08-09"
    doc = nlp(doc)
    return {e.text: (e._.me_value, e._.me_type) for e in doc.ents if e.label_ == "DATE"}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "age", "value"), [
    ("Father-of-two Mr Baha Mousa, 28, a hotel receptionist, was arrested in Basra.", "28",
     "P28Y"),
    ("Ali Hassan, 45, and two of his neighbours were killed in Mosul.", "45", "P45Y"),
])
def test_an_apposed_age_after_a_name_is_its_duration(nlp, text, age, value):
    assert _dates(nlp, text).get(age) == (value, "DURATION")


def test_apposed_age_needs_a_person_and_commas():
    """The rule itself, on a tokenizer and hand-set entities (no model)."""
    import spacy
    from spacy.tokens import Span

    from entity_cli.nlp.components.date_normaliser import apposed_age

    nlp = spacy.blank("en")
    doc = nlp("Ali Hassan, 45, spoke. Basra, 45, voted. Ali Hassan, 45 percent said.")
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 3, 4, "DATE"), Span(doc, 6, 7, "GPE"),
                Span(doc, 8, 9, "DATE"), Span(doc, 12, 14, "PERSON"), Span(doc, 15, 16, "DATE")]
    ages = [apposed_age(doc, ent) for ent in doc.ents if ent.label_ == "DATE"]
    assert ages == [45, None, None]
