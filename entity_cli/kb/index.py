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
"""

from __future__ import annotations

import bisect
import functools
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from entity_cli.kb import cache
from entity_cli.kb.names import (
    Transliteration,
    fold,
    folded_words,
    is_acronym,
)
from entity_cli.kb.records import ActorRecord
from entity_cli.kb.stored import restore, stored_tables
from entity_cli.kb.variants import Variant, record_variants


@dataclass(frozen=True, slots=True)
class Match:
    record: ActorRecord
    variant: Variant
    strength: str  # strong, weak, ambiguous, phonetic, fuzzy


@dataclass(eq=False)
class ActorIndex:
    records: dict[str, ActorRecord]
    tables: Transliteration
    strong: dict[str, tuple[str, Variant]] = field(default_factory=dict)
    exact_surfaces: dict[str, frozenset[str]] = field(default_factory=dict)
    weak: dict[str, list[tuple[str, Variant]]] = field(default_factory=dict)
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
        if cache_key is not None:
            cache.save(cache_key, stored_tables(index))
        return index

    def _build_tables(self, common_words: frozenset[str]) -> None:
        entries: dict[str, list[tuple[str, Variant]]] = defaultdict(list)
        for record in self.records.values():
            for variant in record_variants(record, self.tables):
                entries[fold(variant.surface)].append((record.id, variant))
        exact: dict[str, set[str]] = defaultdict(set)
        for key, items in entries.items():
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

    def _add_strong(self, key: str, rid: str, variant: Variant, exact: dict[str, set[str]],
                    siblings: Iterable[Variant] = ()):
        """Make ``key`` name ``rid``; acronym-like keys accept every spelling the KB lists
        for it ("US" and "U.S.") and nothing else (not "us")."""
        self.strong[key] = (rid, variant)
        record = self.records[rid]
        if variant.surface in record.ambiguous_aliases or is_acronym(variant.surface):
            for surface in {variant.surface, *(v.surface for v in siblings)}:
                exact[key].add(_exact_form(surface))
        self.max_words = max(self.max_words, len(variant.surface.replace("-", " - ").split()))

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

    def has_prefix(self, prefix: str) -> bool:
        """Whether some strong key starts with ``prefix`` (lets the ruler stop early)."""
        keys = self._sorted_keys
        i = bisect.bisect_left(keys, prefix)
        return i < len(keys) and keys[i].startswith(prefix)

    def _build_word_sets(self, common: frozenset[str]) -> None:
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

    def resolve_person(self, surface: str, doc_date: str | None = None) -> Match | None:
        """Resolve a span the model calls PERSON: strong, weak, by date, phonetic, fuzzy."""
        key = fold(surface)
        if not key:
            return None
        match = self.get_strong(key, surface)
        if match is not None:
            return match
        for table, strength in ((self.weak, "weak"), (self.ambiguous, "ambiguous")):
            items = [(rid, v) for rid, v in table.get(key, ()) if self.records[rid].label == "PERSON"]
            chosen = self._pick(items, doc_date)
            if chosen is not None:
                return Match(self.records[chosen[0]], chosen[1], strength)
            if items:
                return None  # a known shared name: no guessing by sound or spelling
        ids = self.phonetic.get(self.tables.phonetic(key), set())
        if len(ids) == 1:
            rid = next(iter(ids))
            if self._close_spelling(surface, self.records[rid]):
                return Match(self.records[rid], Variant(surface, "phonetic", False), "phonetic")
            return None
        return self._fuzzy(key, surface)

    def _close_spelling(self, surface: str, record: ActorRecord) -> bool:
        """Whether ``surface``, which only sounds or looks like ``record``'s names, may be a
        spelling of one: close word by word to a written name ("Khadimi", "Al Sistany"),
        and not ending in a different name the KB knows ("Mark Miller" is not a misspelt
        "Mark Milley", "Pele" is not "Pillay")."""
        names = (record.name, *record.aliases)
        own = {w for n in names for w in folded_words(n)}
        words = folded_words(surface)
        if words and words[-1] in self.name_words and words[-1] not in own:
            return False
        return any(_same_given_and_family(surface, name, self.tables.name_particles)
                   for name in names)

    def _pick(self, items: list[tuple[str, Variant]], doc_date: str | None):
        ids = {rid for rid, _ in items}
        if len(ids) == 1:
            return items[0]
        if len(ids) > 1 and doc_date:
            active = [item for item in items if self.records[item[0]].active_on(doc_date)]
            if len({rid for rid, _ in active}) == 1:
                return active[0]
        return None

    def _fuzzy(self, key: str, surface: str) -> Match | None:
        if len(key) < 6:
            return None
        from rapidfuzz import fuzz, process

        # Misspellings keep the first letter ("Khadimi"); the bucket keeps this fast.
        keys, key_ids = self._person_buckets.get(key[0], ((), ()))
        best = process.extract(key, keys, scorer=fuzz.ratio, limit=3, score_cutoff=88)
        ids = {key_ids[i] for _, score, i in best if score >= best[0][1] - 3} if best else set()
        if len(ids) != 1:
            return None
        rid = next(iter(ids))
        if not self._close_spelling(surface, self.records[rid]):
            return None  # "Jihad Mughniyeh" is not his father "Imad Mughniyeh"
        return Match(self.records[rid], Variant(surface, "fuzzy", False), "fuzzy")

    @functools.cached_property
    def _person_buckets(self) -> dict[str, tuple[list[str], list[str]]]:
        buckets: dict[str, tuple[list[str], list[str]]] = {}
        for key, rid in zip(self.person_keys, self.person_key_ids, strict=True):
            keys, ids = buckets.setdefault(key[:1], ([], []))
            keys.append(key)
            ids.append(rid)
        return buckets

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
        if not matches:
            person = self.resolve_person(name)
            if person is not None:
                matches.append(person)
        return matches


def _exact_form(surface: str) -> str:
    """Case kept, spacing and full stops not: "U.S", "U.S." and "US" are one written form."""
    return "".join(surface.replace(".", "").split())


def _same_given_and_family(surface: str, name: str, particles: frozenset[str]) -> bool:
    """A fuzzy match must be close word by word at both ends of the name, not just overall."""
    from rapidfuzz import fuzz

    a = [w for w in folded_words(surface) if w not in particles]
    b = [w for w in folded_words(name) if w not in particles]
    if not a or not b:
        return False
    if len(a) == 1 or len(b) == 1:
        return fuzz.ratio(a[-1], b[-1]) >= 80
    return fuzz.ratio(a[0], b[0]) >= 75 and fuzz.ratio(a[-1], b[-1]) >= 75
