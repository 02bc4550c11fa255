"""entity_cli.load(): the pipeline is the product, saved and loaded like any spaCy pipeline."""

from __future__ import annotations

import json

import pytest

import entity_cli
from entity_cli.api import doc_entities
from tests.kb.test_overlays import MILITIA, MINISTER, write

TEXTS = [
    "BAGHDAD, Aug 3, 2021 (Reuters) - Iraqi Prime Minister Mustafa al-Kadhimi met U.S. "
    "officials on Monday. Kadhimi said the U.S.-led coalition would leave by December 31.",
    "The Taliban seized Kabul. Judy said that Customs would act.",
    "Fighters of Saraya al-Nahrayn shelled a town near Mosul on Sunday, a statement said.",
]


@pytest.fixture(scope="module")
def loaded():
    return entity_cli.load()


def cli_entities(invoke, text: str, *options: str) -> list[dict]:
    result = invoke("extract", "-", "--format", "json", *options, input=text)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["entities"]


@pytest.mark.slow
@pytest.mark.parametrize("text", TEXTS)
def test_load_gives_what_the_cli_prints(loaded, invoke, text):
    assert doc_entities(loaded(text)) == cli_entities(invoke, text)


@pytest.mark.slow
def test_pipe_equals_call_and_the_seed_matches_the_cli(loaded, invoke, seed_text):
    assert [doc_entities(d) for d in loaded.pipe(TEXTS)] == [doc_entities(loaded(t)) for t in TEXTS]
    assert doc_entities(loaded(seed_text)) == cli_entities(invoke, seed_text)


@pytest.mark.slow
def test_a_long_text_is_processed_in_pieces_and_whole(loaded, invoke):
    paragraph = ("Iraqi officials met Kurdish leaders in Erbil on Sunday to discuss the "
                 "budget, a spokesman for Prime Minister Mustafa al-Kadhimi said. ")
    text = "\n\n".join(paragraph * 3 for _ in range(40))  # about 20,000 characters
    ner = loaded.get_pipe("ner")
    assert ner.piece_chars < len(text)
    entities = doc_entities(loaded(text))
    assert sum(e["text"] == "Erbil" for e in entities) == 120
    assert entities == cli_entities(invoke, text)


@pytest.mark.slow
def test_overlays_reach_the_pipeline(invoke, tmp_path):
    overlay = write(tmp_path / "mine.jsonl", MINISTER, MILITIA)
    text = TEXTS[2]
    nlp = entity_cli.load(overlays=[overlay])
    found = {e["text"]: e for e in doc_entities(nlp(text))}
    assert found["Saraya al-Nahrayn"]["id"] == "org/saraya-al-nahrayn"
    assert found["Saraya al-Nahrayn"]["label"] == "ORG"
    assert doc_entities(nlp(text)) == cli_entities(invoke, text, "--kb", overlay)
    shipped = {e["text"]: e for e in cli_entities(invoke, text)}
    assert "id" not in shipped.get("Saraya al-Nahrayn", {})


@pytest.mark.slow
def test_to_disk_and_spacy_load_round_trip(tmp_path):
    import spacy

    overlay = write(tmp_path / "mine.jsonl", MILITIA)
    nlp = entity_cli.load(overlays=[overlay])
    nlp.to_disk(tmp_path / "pipeline")
    (tmp_path / "mine.jsonl").unlink()  # the saved pipeline holds its own copy
    again = spacy.load(tmp_path / "pipeline")
    assert again.pipe_names == nlp.pipe_names
    for text in TEXTS:
        assert doc_entities(again(text)) == doc_entities(nlp(text))


@pytest.mark.slow
def test_components_declare_what_they_assign(loaded):
    analysis = loaded.analyze_pipes()
    assert analysis["problems"] == {name: [] for name in loaded.pipe_names}
    assert "doc.ents" in loaded.get_pipe_meta("me_actors").assigns
