"""Headlines in title case: lines where a capital letter is no evidence of a name.

In "Iran Warns Gulf States" or "Protesters Storm Parliament" every word is capitalised, so
the statistical model reads verbs and common nouns as parts of names. A line counts as a
headline when it has no sentence-final full stop, at most ``MAX_WORDS`` words, and its words
of four letters or more are (nearly) all capitalised, with common English words among them:
the first line of a text (its title) needs one such word, any other line three (so that a list of
names, "John Smith, Ali Hassan and Jane Doe", is not a headline), and a line with "by" in it
is a byline or a credit, never a headline. Only there may the rule
components treat a capitalised common word as not part of a name.
"""

from __future__ import annotations

import bisect
import weakref

from spacy.tokens import Doc

from entity_cli.kb.names import fold
from entity_cli.nlp.components.token_words import words_of

MAX_WORDS = 20
_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def headline_tokens(doc: Doc, generic: frozenset[str]) -> frozenset[int]:
    """Indices of the tokens that lie on title-case headline lines of ``doc``.

    Lines are judged on the text (string operations, no Token objects); only the tokens of
    a headline line are looked up."""
    cached = _CACHE.get(doc)
    if cached is not None:
        return cached
    text = words_of(doc).text
    ranges: list[tuple[int, int]] = []
    offset, first = 0, True
    for line in text.split("\n"):
        if line.strip():
            if _is_headline(line, generic, 1 if first else 3):
                ranges.append((offset, offset + len(line)))
            first = False
        offset += len(line) + 1
    result: frozenset[int] = frozenset()
    if ranges:
        from spacy.attrs import IDX

        starts = doc.to_array([IDX]).ravel().tolist() if len(doc) else []
        found = set()
        for begin, end in ranges:
            k = bisect.bisect_left(starts, begin)
            while k < len(starts) and starts[k] < end:
                found.add(k)
                k += 1
        result = frozenset(found)
    _CACHE[doc] = result
    return result


_EDGES = "\"'“”‘’()[]{}.,;:!?–—-"


def _is_headline(line: str, generic: frozenset[str], needed: int) -> bool:
    if line.rstrip().endswith("."):
        return False
    words = [w.strip(_EDGES) for w in line.split()]
    if len(words) > MAX_WORDS:
        return False
    if any(w.lower() == "by" for w in words):
        return False  # a byline or a credit ("Writing by Tom Perry; Editing by ...")
    long_words = [w for w in words if len(w) >= 4 and w.isalpha() and not w.isupper()]
    if len(long_words) < 3:
        return False
    capitalised = [w for w in long_words if w[:1].isupper()]
    if len(capitalised) < 0.8 * len(long_words):
        return False
    return sum(fold(w) in generic for w in capitalised) >= needed
