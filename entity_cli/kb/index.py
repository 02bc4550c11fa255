"""The lookup index over all records and their variants, with its collision policy.

Keys are folded names (see names.fold). Policy, so that no name means two things silently:
- a key that only one actor has is *strong*: it can create an entity in text;
- a key that several actors have goes to the actor whose KB entry lists it explicitly
  (canonical or alias) when exactly one does; otherwise it is *ambiguous*: it never creates
  an entity, and resolves a model PERSON span only where the document's date picks one
  actor by the dated roles;
- a generated single-word variant that is a common English word, and every surname form
  shared or common, is *weak*: it only resolves spans the statistical model already found.
Acronyms and aliases listed as ambiguous_aliases match only with the exact case written.

Places of a *context kind* (patterns.json ``context_kinds``: the thousands of generated
towns and villages) never take a key another actor has, nor one two of them share; their
own keys are *contextual*: the ruler takes one only when the text gives evidence that the
place is meant (its country named, a place preposition, "the town of X", "X district").
A contextual key that is also a common English word (or made of nothing else: "Old City"),
a word of a KB person's or organisation's name, or four letters or fewer is *guarded*: a
place preposition alone is not enough for it.
"""

from __future__ import annotations

import bisect
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from entity_cli.kb import cache
from entity_cli.kb.matches import Match
from entity_cli.kb.names import (
    Transliteration,
    fold,
    folded_words,
    is_acronym,
)
from entity_cli.kb.people import PersonResolution
from entity_cli.kb.records import ActorRecord
from entity_cli.kb.stored import restore, stored_tables
from entity_cli.kb.variants import Variant, record_variants


@dataclass(eq=False)
class ActorIndex(PersonResolution):
    records: dict[str, ActorRecord]
    tables: Transliteration
    strong: dict[str, tuple[str, Variant]] = field(default_factory=dict)
    exact_surfaces: dict[str, frozenset[str]] = field(default_factory=dict)
    weak: dict[str, list[tuple[str, Variant]]] = field(default_factory=dict)
    contextual: dict[str, tuple[str, Variant]] = field(default_factory=dict)
    guarded: frozenset[str] = frozenset()
    ambiguous: dict[str, list[tuple[str, Variant]]] = field(default_factory=dict)
    phonetic: dict[str, set[str]] = field(default_factory=dict)
    person_keys: list[str] = field(default_factory=list)
    person_key_ids: list[str] = field(default_factory=list)
    max_words: int = 1
    collisions: list[str] = field(default_factory=list)
    name_words: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()
    generic: frozenset[str] = frozenset()  # common English words naming no actor ("warns")
    norp_keys: frozenset[str] = frozenset()
    # People with roles, in record order: what office references search, known without
    # converting every stored record at the first document.
    office_holders: list[str] = field(default_factory=list)
    demonyms: dict[str, list[str]] = field(default_factory=dict)  # country id -> NORP ids

    @classmethod
    def build(cls, records: Iterable[ActorRecord] | Callable[[], Iterable[ActorRecord]],
              tables: Transliteration,
              common_words: frozenset[str] | Callable[[], frozenset[str]],
              cache_key: str | None = None) -> ActorIndex:
        """Build the index; with ``cache_key``, read it from the cache when it is there
        (then ``records`` and ``common_words``, given as callables, are never loaded)."""
        index = cls(records={}, tables=tables)
        if cache_key is not None:
            stored = cache.load(cache_key)
            if stored is not None and restore(index, stored):
                return index
        index.records = {r.id: r for r in (records() if callable(records) else records)}
        common = common_words() if callable(common_words) else common_words
        index._build_tables(common)
        index._build_person_keys()
        index._build_word_sets(common)
        index._build_office_tables()
        if cache_key is not None:
            cache.save(cache_key, stored_tables(index))
        return index

    def _build_office_tables(self) -> None:
        """Who holds an office and what a country's people are called, for the office
        references, without converting every stored record at the first document."""
        self.office_holders = [r.id for r in self.records.values()
                               if r.label == "PERSON" and r.roles]
        for r in self.records.values():
            if r.label == "NORP" and r.extra.get("of"):
                self.demonyms.setdefault(r.extra["of"], []).append(r.id)

    def _build_tables(self, common_words: frozenset[str]) -> None:
        entries: dict[str, list[tuple[str, Variant]]] = defaultdict(list)
        for record in self.records.values():
            for variant in record_variants(record, self.tables):
                entries[fold(variant.surface)].append((record.id, variant))
        exact: dict[str, set[str]] = defaultdict(set)
        for key, items in entries.items():
            items = self._contextual_claims(key, items)
            if not items:
                continue
            ids = {rid for rid, _ in items}
            explicit_ids = {rid for rid, v in items if v.explicit}
            if len(ids) == 1:
                rid, variant = min(items, key=lambda item: not item[1].explicit)
                common = key in common_words
                weak_surname = variant.how == "surname" and (common or len(key) < 4)
                weak_generated = not variant.explicit and (common or len(key) < 3)
                if weak_surname or weak_generated:
                    self.weak[key] = [(rid, variant)]
                else:
                    self._add_strong(key, rid, variant, exact, (v for _, v in items))
            elif len(explicit_ids) == 1:
                rid = next(iter(explicit_ids))
                variant = next(v for r, v in items if r == rid and v.explicit)
                self._add_strong(key, rid, variant, exact, (v for r, v in items if r == rid))
            else:
                if len(explicit_ids) > 1:
                    names = sorted(self.records[r].origin for r in explicit_ids)
                    self.collisions.append(f"{key!r} is listed by {', '.join(names)}")
                self.ambiguous[key] = items
        self.exact_surfaces = {k: frozenset(v) for k, v in exact.items()}

    def _contextual_claims(self, key: str, items: list[tuple[str, Variant]]):
        """The claims on ``key`` left once context-kind places are set apart: a key only one
        such place has becomes contextual; one other actors have is theirs alone."""
        kinds = self.tables.context_kinds
        places = [item for item in items if self.records[item[0]].kind in kinds]
        if not places:
            return items
        others = [item for item in items if self.records[item[0]].kind not in kinds]
        if not others and len({rid for rid, _ in places}) == 1:
            self.contextual[key] = min(places, key=lambda item: not item[1].explicit)
            self.max_words = max(self.max_words, _word_count(places[0][1].surface))
        return others

    def _add_strong(self, key: str, rid: str, variant: Variant, exact: dict[str, set[str]],
                    siblings: Iterable[Variant] = ()):
        """Make ``key`` name ``rid``; acronym-like keys accept every spelling the KB lists
        for it ("US" and "U.S.") and nothing else (not "us")."""
        self.strong[key] = (rid, variant)
        record = self.records[rid]
        if variant.surface in record.ambiguous_aliases or is_acronym(variant.surface):
            for surface in {variant.surface, *(v.surface for v in siblings)}:
                exact[key].add(_exact_form(surface))
        self.max_words = max(self.max_words, _word_count(variant.surface))

    def _build_person_keys(self) -> None:
        phonetic: dict[str, set[str]] = defaultdict(set)
        for key, (rid, _variant) in self.strong.items():
            if self.records[rid].label == "PERSON":
                phonetic[self.tables.phonetic(key)].add(rid)
                self.person_keys.append(key)
                self.person_key_ids.append(rid)
        for key, items in self.weak.items():
            for rid, _ in items:
                if self.records[rid].label == "PERSON":
                    phonetic[self.tables.phonetic(key)].add(rid)
        self.phonetic = dict(phonetic)

    @functools.cached_property
    def _sorted_keys(self) -> list[str]:
        return sorted(self.strong)

    @functools.cached_property
    def _sorted_contextual(self) -> list[str]:
        return sorted(self.contextual)

    def has_prefix(self, prefix: str) -> bool:
        """Whether some strong key starts with ``prefix`` (lets the ruler stop early)."""
        return _has_prefix(self._sorted_keys, prefix)

    def has_contextual_prefix(self, prefix: str) -> bool:
        return _has_prefix(self._sorted_contextual, prefix)

    def get_contextual(self, key: str) -> Match | None:
        """The context-kind place only ``key`` names, or None (its use needs context)."""
        hit = self.contextual.get(key)
        if hit is None:
            return None
        rid, variant = hit
        return Match(self.records[rid], variant, "contextual")

    def _build_word_sets(self, common: frozenset[str]) -> None:
        actor_words: set[str] = set()
        for record in self.records.values():
            if record.label in ("PERSON", "ORG"):
                for name in (record.name, *record.aliases):
                    actor_words.update(folded_words(name))
        self.guarded = frozenset(
            key for key, (_, variant) in self.contextual.items()
            if len(key) <= 4 or key in common or key in actor_words
            or all(word in common for word in folded_words(variant.surface)))
        self.name_words = self._name_words()
        self.given_names = self._given_names()
        self.generic = frozenset(common - self.name_words)
        self.norp_keys = frozenset(
            key for key, (rid, _) in self.strong.items() if self.records[rid].label == "NORP"
        )

    def _name_words(self) -> frozenset[str]:
        """Every folded word of every KB name: these are never "just English words"."""
        words: set[str] = set()
        for record in self.records.values():
            for name in (record.name, *record.aliases):
                words.update(folded_words(name))
        return frozenset(words)

    def _given_names(self) -> frozenset[str]:
        """First words of KB people's names ("Tareq", "Samia"), for mislabelled people."""
        places_orgs = {key for key, (rid, _) in self.strong.items()
                       if self.records[rid].label != "PERSON"}
        names = set()
        for record in self.records.values():
            if record.label == "PERSON":
                first = fold(record.name.split()[0])
                if len(first) >= 3 and first not in places_orgs:
                    names.add(first)
        return frozenset(names - self.tables.name_particles)

    def get_strong(self, key: str, surface: str) -> Match | None:
        """The actor a text span names with certainty, or None."""
        hit = self.strong.get(key)
        if hit is None:
            return None
        surfaces = self.exact_surfaces.get(key)
        if surfaces is not None and _exact_form(surface) not in surfaces:
            return None
        rid, variant = hit
        return Match(self.records[rid], variant, "strong")

    def lookup(self, name: str) -> list[Match]:
        """Every way ``name`` resolves, for people asking (entity-cli actors lookup)."""
        key = fold(name)
        matches = []
        if key in self.strong:
            rid, variant = self.strong[key]
            matches.append(Match(self.records[rid], variant, "strong"))
        for table, strength in ((self.weak, "weak"), (self.ambiguous, "ambiguous")):
            for rid, variant in table.get(key, ()):
                matches.append(Match(self.records[rid], variant, strength))
        if (town := self.get_contextual(key)) is not None:
            matches.append(town)
        if not matches:
            person = self.resolve_person(name)
            if person is not None:
                matches.append(person)
        return matches


def _has_prefix(keys: list[str], prefix: str) -> bool:
    i = bisect.bisect_left(keys, prefix)
    return i < len(keys) and keys[i].startswith(prefix)


def _word_count(surface: str) -> int:
    return len(surface.replace("-", " - ").split())


def _exact_form(surface: str) -> str:
    """Case kept, spacing and full stops not: "U.S", "U.S." and "US" are one written form."""
    return "".join(surface.replace(".", "").split())
