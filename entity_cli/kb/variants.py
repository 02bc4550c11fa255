"""Transliteration variants, generated from the transliteration tables, not listed by hand.

For every name a record gives (canonical and aliases) the generator yields the spellings a
news article may use: article particles spaced, hyphenated, joined, or dropped (al-, Al,
El); bin/ibn/ben, Abu/Abou; Abd al-/Abdel/Abdul; the usual letter variants (Mohammed,
Muhammad ...; dh/z/th; ou/u; q/k/gh); "X base"-style extensions for places; and surname
forms for people. Each variant says how it was made, for `entity-cli actors lookup`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import NamedTuple

from entity_cli.kb.names import Transliteration, fold, is_acronym
from entity_cli.kb.records import ActorRecord
from entity_cli.labels import PLACE_LABELS

MAX_PER_NAME = 96
# Towns and villages (thousands of them) keep their likeliest spellings only: a cap per
# name keeps the index, the cache and start-up small.
MAX_PER_CONTEXT_NAME = 24


class Variant(NamedTuple):
    """One way of writing an actor's name (a tuple: the cached index makes 60,000 of them)."""

    surface: str
    how: str  # canonical, alias, transliteration, article, surname, extension
    explicit: bool  # written in the KB (canonical or alias) rather than generated


def record_variants(record: ActorRecord, tables: Transliteration) -> Iterator[Variant]:
    """Every surface form of ``record``, explicit ones first, without duplicates by key."""
    seen: set[str] = set()
    seen_surfaces: set[str] = set()

    def emit(surface: str, how: str, explicit: bool = False) -> Iterator[Variant]:
        # Explicit spellings are all kept ("US" and "U.S." share a key but both are listed);
        # a generated one only when its key is new.
        key = fold(surface)
        new = surface not in seen_surfaces if explicit else key not in seen
        if key and new:
            seen.add(key)
            seen_surfaces.add(surface)
            yield Variant(surface, how, explicit)

    bases = [(record.name, "canonical")] + [(a, "alias") for a in record.aliases]
    if record.canonical != record.name:
        bases.insert(0, (record.canonical, "canonical"))
    for base, how in bases:
        yield from emit(base, how, explicit=True)
    translit = record.label in {"PERSON", "ORG", "GPE", "LOC", "FAC"}
    cap = MAX_PER_CONTEXT_NAME if record.kind in tables.context_kinds else MAX_PER_NAME
    for base, _ in bases:
        if translit and not is_acronym(base):
            mode = "person" if record.label == "PERSON" else (
                "place" if record.label in PLACE_LABELS else "")
            for surface in name_variants(base, tables, letters=mode)[:cap]:
                yield from emit(surface, "transliteration")
    if record.label in PLACE_LABELS and record.country in tables.article_countries:
        # "Anbar" is also written "Al Anbar": the article a name may take.
        for base, _ in bases[:2]:
            first = split_name(base, tables.article_words)[0].lower().rstrip("-")
            if first not in tables.article_words:
                yield from emit(f"al-{base}", "article")
    for suffix in tables.kind_suffixes.get(record.kind, ()):
        for base, _ in bases[:2]:
            yield from emit(f"{base} {suffix}", "extension")
    for prefix in tables.kind_prefixes.get(record.kind, ()):
        yield from emit(f"{prefix} {record.name}", "extension")
    if record.label == "PERSON" and " of " in record.name:
        # Monarchs are titled by country: "Salman of Saudi Arabia" is written "King Salman".
        yield from emit(record.name.split(" of ")[0], "regnal")
    if record.label == "PERSON":
        for surface in surname_forms(record.name, tables):
            yield from emit(surface, "surname")



def split_name(name: str, articles: frozenset[str]) -> list[str]:
    """Words of a name, with a hyphenated article split off ("al-Sadr" -> "al-", "Sadr";
    in place names also "ez-Zor" -> "ez-", "Zor")."""
    words: list[str] = []
    for word in name.split():
        head, sep, tail = word.partition("-")
        if sep and tail and head.lower() in articles:
            words.extend([head + "-", tail])
        else:
            words.append(word)
    return words


def _word_alternatives(word: str, tables: Transliteration, letters: str) -> list[str]:
    """Spellings of one word: itself, article forms, particle group, name group, letters."""
    lower = word.lower()
    bare = lower.rstrip("-")
    if bare in tables.article_words:
        return [word, *(a.capitalize() for a in tables.article_forms), ""]
    for group in tables.particle_groups:
        if bare in group:
            return [word, *(g.capitalize() if word[:1].isupper() else g for g in group)]
    alternatives = [word]
    for prefix in tables.servant_prefixes:
        plain = prefix.replace(" ", "").replace("-", "")
        if fold(word).startswith(plain) and len(fold(word)) > len(plain) + 2:
            rest = fold(word)[len(plain) :]
            alternatives += [f"{form.title()}{rest}" for form in tables.servant_forms]
            break
    key = fold(word)
    if key in tables.name_groups:
        alternatives += [m.capitalize() for m in tables.name_groups[key]]
    if letters == "place":
        alternatives += _place_alternatives(word, key, tables)
    if letters == "person":
        for old, new in tables.letter_rules:
            if old in key:
                alternatives.append(key.replace(old, new).capitalize())
        for i in range(len(key) - 1):
            if key[i] == key[i + 1] and key[i].isalpha():
                alternatives.append((key[: i + 1] + key[i + 2 :]).capitalize())
    return list(dict.fromkeys(alternatives))


def _article_forms(article: str, following: str, tables: Transliteration) -> list[str]:
    """The article of a place name as news writes it before ``following``: al-/el- and,
    before a sun letter, its sound (Deir ez-Zor, Deir az-Zor, Deir al-Zor)."""
    key = fold(following)
    sun = next((s for s in tables.sun_letters if key.startswith(s)), None)
    forms = ["al-", "el-"] + ([f"a{sun}-", f"e{sun}-"] if sun else [])
    return [f.capitalize() if article[:1].isupper() else f for f in forms]


def _place_alternatives(word: str, key: str, tables: Transliteration) -> list[str]:
    """Spellings of one word of a place name: its spelling group ("Tell", "Tall", "Tal";
    "ez-", "az-", "al-"), its ending group ("-iyah", "-iya"), -ah/-a, one doubled letter
    written once ("Raqqa", "Raqa")."""
    out: list[str] = []
    hyphen = "-" if word.endswith("-") else ""
    group = tables.place_word_groups.get(key)
    if group:
        out += [(g.capitalize() if word[:1].isupper() else g) + hyphen for g in group]
    if len(key) <= 4:
        return out
    for endings in tables.place_endings:
        ending = next((e for e in endings if key.endswith(e)), None)
        if ending:
            out += [(key[: -len(ending)] + other).capitalize() for other in endings]
            break
    if key.endswith("ah"):  # "Fallujah"/"Falluja"
        out.append(key[:-1].capitalize())
    elif key.endswith("a"):
        out.append((key + "h").capitalize())
    out += [(key[: i + 1] + key[i + 2 :]).capitalize() for i in range(len(key) - 1)
            if key[i] == key[i + 1] and key[i].isalpha() and key[i] not in "aeiou"]
    return out


def name_variants(name: str, tables: Transliteration, letters: str = "person") -> list[str]:
    """Spellings of a multi-word name: the product of each word's alternatives, capped."""
    articles = tables.place_article_words if letters == "place" else tables.article_words
    words = split_name(name, articles)
    options = [_word_alternatives(w, tables, letters) for w in words]
    if len(words) > 1 and words[-1].lower() in tables.articles:
        options[-1] = [words[-1]]  # "Beit El": a last word is no article to drop
    if letters == "place":
        for k in range(len(words) - 1):
            if words[k].lower().rstrip("-") in articles:
                options[k] = _article_forms(words[k], words[k + 1], tables) + options[k]
    out = []
    for combo in itertools.islice(itertools.product(*options), MAX_PER_NAME * 4):
        parts = [p for p in combo if p]
        if not parts:
            continue
        out.append(_join(parts))
    # Variants that change one word at a time come first, so the cap keeps the likeliest.
    out.sort(key=lambda s: _distance(s, name))
    return out[:MAX_PER_NAME]


def _join(parts: list[str]) -> str:
    text = ""
    for part in parts:
        text += part if text.endswith("-") or not text else " " + part
    return text


def _distance(variant: str, name: str) -> int:
    a, b = variant.split(), name.split()
    return abs(len(a) - len(b)) + sum(x != y for x, y in zip(a, b, strict=False))


def surname_forms(name: str, tables: Transliteration) -> list[str]:
    """The family-name part alone: the last word with its particles ("Al Kadhimi", "Kadhimi",
    "bin Salman"), for people with at least two words in their name."""
    words = split_name(name, tables.article_words)
    if len(words) < 2:
        return []
    start = len(words) - 1
    while start > 1 and words[start - 1].lower().rstrip("-") in tables.particles:
        start -= 1
    surname = words[start:]
    forms = [_join(surname)]
    if len(surname) > 1 and surname[0].lower().rstrip("-") in tables.article_words:
        forms.append(_join(surname[1:]))
    variants: list[str] = []
    for form in forms:
        variants.append(form)
        variants += name_variants(form, tables)[:24]
    return list(dict.fromkeys(variants))
