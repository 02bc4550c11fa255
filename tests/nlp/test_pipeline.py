"""The pipeline keeps only what NER needs: the facts EXCLUDE relies on hold for the model."""

from __future__ import annotations

import pytest

from entity_cli.nlp.pipeline import EXCLUDE, MODEL_PACKAGE, OUR_COMPONENTS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def full_model():
    import spacy

    return spacy.load(MODEL_PACKAGE)


def test_ner_does_not_listen_to_the_shared_tok2vec(full_model):
    # If a future model made ner a listener, excluding tok2vec would break it silently.
    assert "ner" not in full_model.get_pipe("tok2vec").listening_components
    assert set(full_model.get_pipe("tok2vec").listening_components) <= set(EXCLUDE)


def test_excluded_components_change_no_entity(full_model, nlp, seed_text):
    texts = [seed_text, "Mr Smith met Ali Khamenei in Tehran on Monday, 3 May 2021.", ""]
    with full_model.select_pipes(enable=["tok2vec", "ner"]):
        expected = [[(e.start_char, e.end_char, e.label_) for e in doc.ents]
                    for doc in full_model.pipe(texts)]
    with nlp.select_pipes(disable=list(OUR_COMPONENTS)):
        assert nlp.pipe_names == ["ner"]
        found = [[(e.start_char, e.end_char, e.label_) for e in doc.ents]
                 for doc in nlp.pipe(texts)]
    assert found == expected
    assert len(expected[0]) > 20



def test_ner_runs_its_products_on_numpy_blas(nlp):
    """Every layer of the shipped ner has thinc's CPU ops without blis (the speed choice
    piecewise_ner documents); the test above shows the entities are the stock model's."""
    from thinc.api import NumpyOps

    ops = {(type(node.ops), node.ops.use_blis) for node in nlp.get_pipe("ner").model.walk()}
    assert ops == {(NumpyOps, False)}
    assert nlp.get_pipe_config("ner")["use_blis"] is False
