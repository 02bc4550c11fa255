"""Name normalisation shared by the variant generator, the index and the components.

``fold`` is the matching key: case, diacritics, spaces, hyphens and apostrophes do not
distinguish names ("al-Kadhimi" == "Al Kadhimi" == "AlKadhimi"). ``phonetic`` is a coarser
key for spellings never seen ("Kazimi" ~ "Kadhimi").
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from entity_cli.kb.records import models_dir, models_json
from entity_cli.kb.words import load_words


@functools.lru_cache(maxsize=20_000)
def fold(text: str) -> str:
    """Lowercase ASCII letters and digits only."""
    if text.isascii():
        return "".join(ch for ch in text.lower() if ch.isalnum() or ch == "+")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(
        ch for ch in decomposed.lower() if (ch.isalnum() or ch == "+") and not unicodedata.combining(ch)
    ).replace("ı", "i")


def folded_words(text: str) -> list[str]:
    """The folded words of a name, a hyphen splitting words: "al-Kadhimi" -> ["al", "kadhimi"].
    A word of punctuation only folds to ""."""
    return [fold(word) for word in text.replace("-", " ").split()]


def is_acronym(text: str) -> bool:
    """One word of capitals, at most eight letters ("UN", "U.S.", "CENTCOM"): such names
    match only as written, and get no spelling variants."""
    letters = [c for c in text if c.isalpha()]
    return (bool(letters) and len(letters) <= 8 and all(c.isupper() for c in letters)
            and " " not in text.strip())


@dataclass(frozen=True)
class Transliteration:
    """The tables of models/transliteration.json and models/patterns.json."""

    articles: frozenset[str]
    article_forms: tuple[str, ...]
    particle_groups: tuple[tuple[str, ...], ...]
    servant_prefixes: tuple[str, ...]
    servant_forms: tuple[str, ...]
    name_groups: dict[str, tuple[str, ...]]
    letter_rules: tuple[tuple[str, str], ...]
    phonetic_rules: tuple[tuple[str, str], ...]
    honorifics: frozenset[str]
    kind_suffixes: dict[str, tuple[str, ...]]
    kind_prefixes: dict[str, tuple[str, ...]]
    context_kinds: frozenset[str]  # places whose names need context in the text ("town")
    place_word_groups: dict[str, tuple[str, ...]]  # "tell" -> tell, tall, tal, tel
    place_endings: tuple[tuple[str, ...], ...]  # -iyah, -iya, -iyeh: one ending
    sun_letters: tuple[str, ...]  # the article written ez-/as-/ar- before them, longest first
    article_countries: frozenset[str]  # place names there take or drop al- ("Al Anbar")
    name_particles: frozenset[str]  # models/words.json

    @functools.cached_property
    def article_words(self) -> frozenset[str]:
        """The article as a word of its own, whether the table writes it "al" or "al-"."""
        return frozenset(a.rstrip("-") for a in self.articles)

    @functools.cached_property
    def place_article_words(self) -> frozenset[str]:
        """Place names also write the article as the sun letter sounds ("ez-Zor")."""
        return self.article_words | {v + s for s in self.sun_letters for v in "ae"}

    @property
    def particles(self) -> frozenset[str]:
        """Lowercase words that belong inside a name although not capitalised."""
        words = set(self.article_words)
        for group in self.particle_groups:
            words.update(group)
        return frozenset(words | self.name_particles)

    def phonetic(self, folded: str) -> str:
        """A coarse sound key: vowels and digraphs merged, doubled letters collapsed."""
        key = folded
        for old, new in self.phonetic_rules:
            key = key.replace(old, new)
        out = []
        for ch in key:
            if not out or out[-1] != ch:
                out.append(ch)
        return "".join(out)


def load_transliteration(directory: str | None = None) -> Transliteration:
    """Cached per folder: ``load_transliteration()`` and ``load_transliteration(None)`` share one result."""
    return _load_transliteration(directory)


@functools.lru_cache(maxsize=4)
def _load_transliteration(directory: str | None) -> Transliteration:
    data = models_json("transliteration.json", directory)
    patterns = models_json("patterns.json", directory)
    return Transliteration(
        articles=frozenset(data["articles"]),
        article_forms=tuple(data["article_forms"]),
        particle_groups=tuple(tuple(g) for g in data["particle_groups"]),
        servant_prefixes=tuple(sorted(data["servant_prefixes"], key=len, reverse=True)),
        servant_forms=tuple(data["servant_forms"]),
        name_groups=_groups(data["name_groups"]),
        letter_rules=tuple((a, b) for a, b in data["letter_rules"]),
        phonetic_rules=tuple((a, b) for a, b in data["phonetic_rules"]),
        honorifics=frozenset(data["honorifics"]),
        kind_suffixes={k: tuple(v) for k, v in patterns["kind_suffixes"].items()},
        kind_prefixes={k: tuple(v) for k, v in patterns["kind_prefixes"].items()},
        context_kinds=frozenset(patterns["context_kinds"]),
        place_word_groups=_groups(data["place_word_groups"]),
        place_endings=tuple(tuple(g) for g in data["place_endings"]),
        sun_letters=tuple(sorted(data["sun_letters"], key=len, reverse=True)),
        article_countries=frozenset(data["article_countries"]),
        name_particles=load_words(directory).name_particles,
    )


def _groups(groups: list[list[str]]) -> dict[str, tuple[str, ...]]:
    """Each member of a spelling group mapped to the whole group (folded, in order)."""
    by_member: dict[str, tuple[str, ...]] = {}
    for group in groups:
        members = tuple(dict.fromkeys(fold(m) for m in group))
        for member in members:
            by_member[member] = members
    return by_member


def load_common_words(directory: str | None = None) -> frozenset[str]:
    """Cached per folder: ``load_common_words()`` and ``load_common_words(None)`` share one result."""
    return _load_common_words(directory)


@functools.lru_cache(maxsize=4)
def _load_common_words(directory: str | None) -> frozenset[str]:
    """Frequent English words (models/common_english.txt), folded."""
    path = models_dir(directory) / "common_english.txt"
    words = path.read_text(encoding="utf-8").split()
    return frozenset(fold(w) for w in words if not w.startswith("#"))
