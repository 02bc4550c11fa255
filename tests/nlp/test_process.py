"""Record building: offsets, possessives, labels; and the offset invariant on any text."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entity_cli.api import extract_text
from entity_cli.nlp.process import trim_offsets


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kadhimi's", "Kadhimi"),
        ("Al Kadhimi’s", "Al Kadhimi"),
        (" Iraq ", "Iraq"),
        ("'s", ""),
        ("Iraq ’s 's", "Iraq"),
        ("Boris", "Boris"),
    ],
)
def test_trim_offsets(text, expected):
    start, end = trim_offsets(text, 0, len(text))
    assert text[start:end] == expected


def test_possessives_trimmed_from_model_spans(nlp):
    text = "Mustafa Al Kadhimi's visit followed Emmanuel Macron’s call to Baghdad."
    record = extract_text(text)
    texts = [e["text"] for e in record["entities"]]
    assert "Mustafa Al Kadhimi" in texts
    assert not any(t.endswith(("'s", "’s")) for t in texts)
    for entity in record["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]


def test_schema_of_entities(nlp):
    record = extract_text("Iraq said on Monday that Hezbollah would leave.",
                          labels=["GPE", "DATE", "ORG"])
    iraq, monday, hezbollah = record["entities"]
    assert iraq == {"text": "Iraq", "label": "GPE", "start": 0, "end": 4, "canonical": "Iraq",
                    "id": "place/iraq", "country": "IQ", "geonames_id": 99237,
                    "origin": "model+rule"}
    assert (hezbollah["sector"], hezbollah["code"]) == ("rebel", "LB/REB")
    assert {"value", "type", "mod", "origin"} <= set(monday)
    assert "canonical" not in monday


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=300))
def test_any_text_gives_valid_json_and_exact_offsets(nlp, text):
    record = extract_text(text)
    parsed = json.loads(json.dumps(record, ensure_ascii=False))
    for entity in parsed["entities"]:
        assert 0 <= entity["start"] < entity["end"] <= len(text)
        assert text[entity["start"] : entity["end"]] == entity["text"]
        assert entity["text"] == entity["text"].strip()


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.sampled_from(["Iraq", "Baghdad", "’s", "'s", " ", "\n", "Mr", "Kadhimi", "ISIS",
                         "December 31", ",", "\u00a0", "🙂", "Ali", "al-", "Maj Gen"]),
        max_size=40,
    )
)
def test_entity_like_text_keeps_offsets(nlp, parts):
    text = " ".join(parts)
    for entity in extract_text(text)["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]
        assert not entity["text"].endswith(("'s", "’s"))
