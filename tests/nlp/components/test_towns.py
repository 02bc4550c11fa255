"""Generated towns in running text: taken only on evidence in the same text (the policy of
entity_cli.nlp.components.towns), on sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from entity_cli.api import extract_text
from entity_cli.kb.load import load_index
from entity_cli.kb.words import load_words
from entity_cli.nlp.components.token_words import words_of
from entity_cli.nlp.components.towns import add_towns


def places(text: str) -> dict[str, str | None]:
    return {e["text"]: e.get("id") for e in extract_text(text)["entities"]
            if e["label"] in ("GPE", "LOC", "FAC")}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "town", "rid"), [
    # a place noun or follower in the text says it is a place
    ("Troops raided Qalandiya refugee camp at dawn.", "Qalandiya", "place/qalandiya-ps"),
    ("Residents of the village of Zawita fled at dawn.", "Zawita", "place/zawitah-iq"),
    # the town's country is named in the same text
    ("Fighters moved to Zawita in Iraq's Kurdistan region.", "Zawita", "place/zawitah-iq"),
    ("Two people were hurt in Kfar Kila overnight, the Lebanese army said.", "Kfar Kila",
     "place/kfar-kila-lb"),
    # generated spellings
    ("Fighters moved to Zawitah in northern Iraq.", "Zawitah", "place/zawitah-iq"),
])
def test_a_town_with_evidence_is_a_linked_place(text, town, rid):
    assert places(text).get(town) == rid


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name"), [
    ("Qalandiya was quiet, residents said.", "Qalandiya"),  # no country, no place word
    ("Kfar Kila is small.", "Kfar Kila"),
])
def test_a_town_name_alone_is_no_place(text, name):
    assert name not in places(text)


@pytest.mark.slow
def test_a_guarded_name_needs_a_preposition_as_well_as_its_country():
    # "Selim" is a Turkish town and a word of KB people's names: the country is not enough.
    assert "Selim" not in places("Selim told Turkish reporters the talks went well.")
    assert places("Troops were sent to Selim, in eastern Turkey.").get("Selim") == "place/selim-tr"


def _towns(words: list[str], person: tuple[int, int] | None, country_at: int) -> list[str]:
    """add_towns on a hand-made Doc (no model): a strong KB span for the country at
    ``country_at`` and, optionally, a model PERSON span."""
    index = load_index()
    doc = Doc(spacy.blank("en").vocab, words=words)
    if person:
        doc.ents = [Span(doc, *person, label="PERSON")]
    country = Span(doc, country_at, country_at + 1, label="GPE", kb_id="place/lebanon")
    lowercase = load_words().name_connectors | load_words().name_particles
    spans = add_towns(doc, words_of(doc), [country], index, load_words(), lowercase)
    return [s.text for s in spans if s.kb_id_ != "place/lebanon"]


def test_a_town_takes_a_model_person_only_with_a_preposition():
    words = ["Kfar", "Kila", "said", "Lebanon", "would", "talk", "."]
    assert _towns(words, None, 3) == ["Kfar Kila"]  # the model saw nothing: country enough
    assert _towns(words, (0, 2), 3) == []  # the model's PERSON: country alone is not enough
    words = ["Shells", "fell", "in", "Kfar", "Kila", ",", "Lebanon", "said", "."]
    assert _towns(words, (3, 5), 6) == ["Kfar Kila"]


def test_a_town_shown_once_is_that_town_at_every_mention():
    words = ["Kfar", "Kila", "said", "the", "village", "of", "Kfar", "Kila", "was", "hit", "."]
    # The model's PERSON at the first mention yields: the text calls the name a village.
    assert _towns(words + ["Lebanon"], (0, 2), 11) == ["Kfar Kila", "Kfar Kila"]


def test_a_model_place_with_a_guarded_name_links_only_with_its_country():
    index = load_index()
    assert "santa" in index.guarded  # an Egyptian village, and an English word
    words = ["Fans", "wore", "Santa", "hats", "in", "Lebanon", "."]
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, 2, 3, label="GPE")]
    lebanon = Span(doc, 5, 6, label="GPE", kb_id="place/lebanon")
    lowercase = load_words().name_connectors | load_words().name_particles
    assert add_towns(doc, words_of(doc), [lebanon], index, load_words(), lowercase) == [lebanon]


def test_a_town_needs_its_own_country_not_any():
    words = ["Kfar", "Kila", "said", "Lebanon", "would", "talk", "."]
    index = load_index()
    doc = Doc(spacy.blank("en").vocab, words=words)
    iraq = Span(doc, 3, 4, label="GPE", kb_id="place/iraq")
    lowercase = load_words().name_connectors | load_words().name_particles
    assert add_towns(doc, words_of(doc), [iraq], index, load_words(), lowercase) == [iraq]
