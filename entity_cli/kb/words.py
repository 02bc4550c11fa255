"""Closed word classes used as evidence by the rule components (models/words.json).

One data file, loaded once per models folder, so that no component keeps its own copy of a
word list: organisation and facility head words ("Airways", "Hospital"), nouns that say a
name is a place ("the town of X", "X refugee camp"), words that never belong to a personal
name ("My", "Their"), and the cues of bylines and photo credits.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

# Possessive tokens as the tokenizer splits them (shapes, not words: not in words.json).
POSSESSIVE_CLITICS = frozenset({"'s", "’s"})
POSSESSIVES = POSSESSIVE_CLITICS | {"'", "’", "`s"}  # "Abbas' office", a typed backtick


@dataclass(frozen=True, slots=True)
class WordClasses:
    organisation_heads: frozenset[str]
    facility_heads: frozenset[str]
    place_nouns: frozenset[str]
    place_followers: tuple[tuple[str, ...], ...]  # longest first
    never_names: frozenset[str]
    place_compounds: frozenset[str]  # "X-based", "X-born": X is a place
    prepositions: frozenset[str]  # never the first word of a name ("Near Kefraya")
    place_prepositions: frozenset[str]  # "near X": X is a place
    location_prepositions: frozenset[str]  # "in X", "outside X": X may be a town of the KB
    byline_cues: tuple[tuple[str, ...], ...]  # longest first
    name_particles: frozenset[str]  # lowercase inside a name, no name alone: al, bin, abu
    name_connectors: frozenset[str]  # lowercase inside an organisation's name: of, the, for

    @property
    def heads(self) -> frozenset[str]:
        return self.organisation_heads | self.facility_heads


def load_words(directory: str | None = None) -> WordClasses:
    return _load_words(directory)


@functools.lru_cache(maxsize=4)
def _load_words(directory: str | None) -> WordClasses:
    from entity_cli.kb.records import models_json

    data = models_json("words.json", directory)
    cues = sorted((tuple(c.split()) for c in data["byline_cues"]), key=len, reverse=True)
    return WordClasses(
        organisation_heads=frozenset(data["organisation_heads"]),
        facility_heads=frozenset(data["facility_heads"]),
        place_nouns=frozenset(data["place_nouns"]),
        place_followers=tuple(sorted((tuple(f.split()) for f in data["place_noun_followers"]),
                                     key=len, reverse=True)),
        never_names=frozenset(data["never_names"]),
        place_compounds=frozenset(data["place_compounds"]),
        prepositions=frozenset(data["prepositions"]),
        place_prepositions=frozenset(data["place_prepositions"]),
        location_prepositions=frozenset(data["location_prepositions"]),
        byline_cues=tuple(cues),
        name_particles=frozenset(data["name_particles"]),
        name_connectors=frozenset(data["name_connectors"]),
    )
