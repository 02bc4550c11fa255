"""Names: ASCII folding, comparison keys, and the filter GeoNames alternate names pass."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from english_words import get_english_words_set

ALIAS_STOP_TOKENS = {
    "province",
    "governorate",
    "muhafazat",
    "ostan",
    "shahrestan",
    "district",
    "county",
    "municipality",
    "region",
    "qada",
    "nahiyat",
    "oblast",
    "provincia",
    "provinz",
    "il",
    "ili",
    "ilcesi",
    "merkez",
    "city",
    "town",
    "village",
    "camp",
    "airport",
}
COMMON_WORDS = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
# The runtime's own list of frequent English words (inflected forms included, which web2
# lacks): an alternate name that is one of them ("Cars" for Kars) would make a place of
# every capitalised "Cars" in a headline.
RUNTIME_COMMON = set(
    (Path(__file__).resolve().parents[2] / "models" / "common_english.txt")
    .read_text(encoding="utf-8").split()
)
TRANSLIT = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ħ": "h",
    }
)
# Lowercase words allowed inside a name (Arabic and Romance particles).
PARTICLES = {
    "al",
    "el",
    "ad",
    "an",
    "ar",
    "as",
    "ash",
    "at",
    "az",
    "ed",
    "er",
    "es",
    "et",
    "ez",
    "bin",
    "ibn",
    "bint",
    "wa",
    "de",
    "du",
    "la",
    "le",
    "of",
    "the",
}
# Letter clusters typical of Slavic, Hungarian, Dutch or Baltic renderings, not of English news.
FOREIGN_RE = re.compile(r"'-|l'|dz|cz|sz|zs|ij|oe|^Eh|[a-z]{3}(?:as|ai|os|us|ion|um)$")
ALIAS_RE = re.compile(r"^[A-Z][A-Za-z' .-]*[A-Za-z.]$")
PARTICLE_RE = re.compile(r"\b(?:al|el|ad|adh|ar|as|ash|at|ath|az|an|ed|er|es|et|ez)[- ]", re.I)


def fold(text: str) -> str:
    """ASCII-fold a name: strip diacritics, normalise apostrophes (keep letters)."""
    text = re.sub(r"[‘’ʻʼʿʾ`´]", "'", text).translate(TRANSLIT)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.encode("ascii", "ignore").decode()
    return re.sub(r"\s+", " ", text).strip().lstrip("'")


def slug(text: str) -> str:
    """Lowercase ASCII slug with hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-")


def key(name: str) -> str:
    """Comparison key that ignores the mechanical variants the runtime already generates."""
    k = PARTICLE_RE.sub("", " " + fold(name).lower() + " ")
    k = re.sub(r"[^a-z]", "", k).replace("ou", "u")
    return re.sub(r"(.)\1+", r"\1", k)


def is_common(name: str) -> bool:
    """True if every token of the name is a common (lowercase dictionary) English word."""
    toks = [t for t in re.split(r"[ -]+", name.lower()) if t]
    return all(t in COMMON_WORDS for t in toks)


def parse_name(spec: str) -> tuple[str, list[str]]:
    """Split a 'canonical|alias|alias' table entry."""
    parts = spec.split("|")
    return parts[0], parts[1:]


def good_alternate(name: str) -> bool:
    """Hard filter for GeoNames alternate names: plain ASCII English-news transliterations."""
    if not name.isascii() or any(ch.isdigit() for ch in name) or not ALIAS_RE.match(name):
        return False
    if sum(ch.isalpha() for ch in name) < 4 or len(name.split()) > 3:
        return False
    if {t.lower() for t in re.split(r"[ -]+", name)} & ALIAS_STOP_TOKENS:
        return False
    for word in re.split(r"[ -]+", name):
        if (
            word
            and word.lower() not in PARTICLES
            and not re.fullmatch(r"[A-Z][a-z']+|[A-Z]\.?", word)
        ):
            return False  # all-caps, internal capitals, stray lowercase words
    if name.lower() in RUNTIME_COMMON:
        return False
    return not is_common(name) and not FOREIGN_RE.search(name)
