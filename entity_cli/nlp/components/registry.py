"""Importing this module registers every entity-cli factory with spaCy.

pyproject's ``spacy_factories`` entry points do the same for any pipeline after
``pip install``, so ``nlp.add_pipe("me_actors")`` works without importing entity_cli.
"""

from entity_cli.nlp.components import (  # noqa: F401
    actor_ruler,
    canonicaliser,
    date_normaliser,
    doc_date,
    mention_linker,
    office_references,
    piecewise_ner,
    span_cleanup,
)
