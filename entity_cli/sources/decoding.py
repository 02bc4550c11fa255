"""Bytes to text: UTF-8 first, then a single-byte code page, binary refused.

News scraped from the web arrives in UTF-8 with or without a BOM, in cp1252, latin-1 or
UTF-16. The offsets we report refer to the decoded text, so decoding must be deterministic,
and it must not turn a whole article into mojibake because of a few bad bytes:

- a BOM decides (UTF-8 or UTF-16);
- valid UTF-8 is UTF-8;
- text that is overwhelmingly UTF-8 (at least as many valid multi-byte characters as
  invalid bytes) is UTF-8 with each invalid byte replaced by U+FFFD, and a warning counts
  them;
- otherwise, Latin-script text (its accented letters inside otherwise ASCII words) is
  Windows-1252 where that decodes, else Latin-1: the code pages English news uses ("Genève", "Ñúñez"), which a
  detector guessing from a few accented letters often confuses with Central European
  ones; anything else goes to charset-normalizer.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from entity_cli.errors import InputError

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# The share of non-ASCII bytes that must sit in words with ASCII letters for a text to be
# read as Western European.
LATIN_WORD_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # the codec used, as Python names it
    warning: str | None = None


def decode_bytes(data: bytes, source: str) -> str:
    """The text of ``data`` (see ``decode``)."""
    return decode(data, source).text


def decode(data: bytes, source: str) -> Decoded:
    """Decode ``data``; raise :class:`InputError` naming ``source`` when it is not text."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        bom = True
    elif data.startswith(_UTF16_BOMS):
        try:
            return Decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: invalid UTF-16 text ({exc.reason})") from None
    else:
        bom = False
    if b"\x00" in data:
        raise InputError(f"{source}: binary content (NUL bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8-sig" if bom else "utf-8")
    except UnicodeDecodeError:
        pass
    bad, good = _utf8_damage(data)
    if bom or good >= bad:
        text = data.decode("utf-8", errors="replace")
        noun = "byte" if bad == 1 else "bytes"
        return Decoded(text, "utf-8", f"{source}: {bad} invalid UTF-8 {noun} replaced by U+FFFD")
    if _looks_english(data):
        for codec in ("cp1252", "latin-1"):
            try:
                return Decoded(data.decode(codec), codec)
            except UnicodeDecodeError:
                continue
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{source}: not valid UTF-8 and no other text encoding fits")
    return Decoded(str(best), best.encoding)


def _utf8_damage(data: bytes) -> tuple[int, int]:
    """(invalid bytes, valid multi-byte characters) of ``data`` read as UTF-8: with
    surrogateescape each invalid byte becomes one lone surrogate (U+DC80-U+DCFF)."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    good = sum(1 for ch in text if ord(ch) > 127) - bad
    return bad, good


def _looks_english(data: bytes) -> bool:
    """Latin-script text with accented letters here and there ("Genève", "Ñúñez"): nearly
    every word holding a non-ASCII byte also holds an ASCII letter. Text in a non-Latin
    script (Cyrillic, Greek, Arabic code pages) has whole words of high bytes instead."""
    mixed = alien = 0
    for word in data.split():
        high = sum(1 for b in word if b > 127)
        if not high:
            continue
        if any(65 <= b <= 90 or 97 <= b <= 122 for b in word):
            mixed += high
        else:
            alien += high
    return mixed + alien > 0 and mixed / (mixed + alien) >= LATIN_WORD_SHARE
