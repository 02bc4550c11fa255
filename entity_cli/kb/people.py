"""Resolving a span the model calls PERSON: by name, by date, by sound, by spelling.

A mixin of ActorIndex (kb.index), kept apart because it is the one part of the index that
works on people alone: strong and weak keys first, then the document's date among people
who share a name, then a phonetic key and a fuzzy match, each refused when the spelling is
not close word by word.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from entity_cli.kb.matches import Match
from entity_cli.kb.names import fold, folded_words
from entity_cli.kb.variants import Variant

if TYPE_CHECKING:
    from entity_cli.kb.records import ActorRecord

# Fuzzy look-ups remembered per index before the memory is cleared.
_FUZZY_CACHE_SIZE = 50_000


class PersonResolution:
    """Person resolution over the tables of an ActorIndex (records, strong, weak,
    ambiguous, phonetic, person keys, name words)."""

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
        rid = self._fuzzy_id(key)
        if rid is None:
            return None
        if not self._close_spelling(surface, self.records[rid]):
            return None  # "Jihad Mughniyeh" is not his father "Imad Mughniyeh"
        return Match(self.records[rid], Variant(surface, "fuzzy", False), "fuzzy")

    def _fuzzy_id(self, key: str) -> str | None:
        """The one record whose key is closest to `key`, if one stands out.

        A pure function of the key and the KB, so it is remembered: a batch asks about the
        same unknown names again and again, and each look-up scans a whole bucket.
        """
        cache = self._fuzzy_cache
        if key in cache:
            return cache[key]
        from rapidfuzz import fuzz, process

        # Misspellings keep the first letter ("Khadimi"); the bucket keeps this fast.
        keys, key_ids = self._person_buckets.get(key[0], ((), ()))
        best = process.extract(key, keys, scorer=fuzz.ratio, limit=3, score_cutoff=88)
        ids = {key_ids[i] for _, score, i in best if score >= best[0][1] - 3} if best else set()
        rid = next(iter(ids)) if len(ids) == 1 else None
        if len(cache) >= _FUZZY_CACHE_SIZE:
            cache.clear()  # bounded: a long batch must not grow without limit
        cache[key] = rid
        return rid

    @functools.cached_property
    def _fuzzy_cache(self) -> dict[str, str | None]:
        return {}

    @functools.cached_property
    def _person_buckets(self) -> dict[str, tuple[list[str], list[str]]]:
        buckets: dict[str, tuple[list[str], list[str]]] = {}
        for key, rid in zip(self.person_keys, self.person_key_ids, strict=True):
            keys, ids = buckets.setdefault(key[:1], ([], []))
            keys.append(key)
            ids.append(rid)
        return buckets


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
