"""A document's tokens as plain strings, shared by the rule components.

Creating spaCy Token objects is the main cost of a rule layer written over ``doc[i]``;
reading the token strings once per document into lists (``words_of``) and working on those
is several times faster, so every component that scans tokens uses this.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator

from spacy.tokens import Doc

from entity_cli.kb.names import fold, folded_words


class Words:
    """A document's tokens as plain strings (creating spaCy Token objects is the cost, so
    it is done once per document and shared by the components through ``words_of``)."""

    __slots__ = ("texts", "spaces", "folded", "_text", "__weakref__")

    def __init__(self, doc: Doc) -> None:
        from spacy.attrs import ORTH, SPACY

        strings = doc.vocab.strings
        array = doc.to_array([ORTH, SPACY]).tolist() if len(doc) else []
        self.texts = [strings[orth] for orth, _ in array]
        self.spaces = [" " if space else "" for _, space in array]
        self.folded = [fold(t) for t in self.texts]
        self._text: str | None = None

    @property
    def text(self) -> str:
        """The document's text, joined once from the strings (``doc.text`` builds a Token
        object per token every time it is read)."""
        if self._text is None:
            self._text = "".join(t + s for t, s in zip(self.texts, self.spaces, strict=True))
        return self._text

    def span_text(self, start: int, end: int) -> str:
        return "".join(self.texts[k] + self.spaces[k] for k in range(start, end - 1)) + self.texts[end - 1]


_WORDS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def words_of(doc: Doc) -> Words:
    """The Words of ``doc``, computed on first use (tokens never change after tokenising)."""
    words = _WORDS.get(doc)
    if words is None:
        words = _WORDS[doc] = Words(doc)
    return words


# Punctuation that never sits inside a name ("Mohammad (Javad) Zarif" is not one key).
NAME_BREAKS = frozenset("()[]{},;:!?\"“”«»|")


def name_keys(words: Words, i: int, max_words: int,
              covered: set[int] | frozenset[int] = frozenset()) -> Iterator[tuple[int, str]]:
    """(end, folded key) for each run of tokens from ``i`` that could be one name, shortest
    first: a run never crosses a name break, a space token, a line break or a token in
    ``covered``, and tokens that fold to nothing add no key of their own. Callers stop
    early (``break``) once no KB key starts with the key."""
    texts, spaces, folded = words.texts, words.spaces, words.folded
    key = ""
    for j in range(i, min(len(texts), i + max_words)):
        if (j in covered or texts[j].isspace() or texts[j] in NAME_BREAKS
                or (j > i and "\n" in spaces[j - 1])):
            return
        key += folded[j]
        if folded[j]:
            yield j + 1, key


def word_breaks(surface: str) -> set[int]:
    """Where words end, counted in folded characters ("Al-Kadhimi": {2, 9})."""
    ends, position = set(), 0
    for word in folded_words(surface):
        position += len(word)
        ends.add(position)
    return ends


def capitalised(words: Words, start: int, end: int, lowercase: frozenset[str],
                 generic: frozenset[str] = frozenset()) -> bool:
    """Every content word starts with a capital or digit; the last word is not a particle
    (generic extension words such as "base" excepted)."""
    texts, folded = words.texts, words.folded
    last = end - 1
    while last > start and (_glued(words, last) or texts[last] in generic):
        last -= 1
    if not (texts[last][:1].isupper() or texts[last][:1].isdigit()):
        return False
    for k in range(start, end):
        text = texts[k]
        if (not folded[k] or folded[k] in lowercase or (k > start and _glued(words, k))
                or (k > start and text in generic)):
            continue
        if not (text[:1].isupper() or text[:1].isdigit()):
            return False
    return True


def _glued(words: Words, k: int) -> bool:
    """A token written against the previous one ("Shi" + "'ite"): not a word of its own."""
    return not words.spaces[k - 1] and not words.texts[k][:1].isalnum()
