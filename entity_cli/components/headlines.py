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

import weakref

from spacy.tokens import Doc

MAX_WORDS = 20
_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def headline_tokens(doc: Doc, generic: frozenset[str]) -> frozenset[int]:
    """Indices of the tokens that lie on title-case headline lines of ``doc``."""
    cached = _CACHE.get(doc)
    if cached is not None:
        return cached
    from entity_cli.components.actor_ruler import words_of

    words = words_of(doc)
    found: set[int] = set()
    line: list[int] = []
    first = True
    for i, text in enumerate(words.texts):
        if "\n" in text:
            if line:
                first = _close(words, line, generic, first, found)
                line = []
            continue
        if not text.strip():
            continue
        line.append(i)
        if "\n" in words.spaces[i]:
            first = _close(words, line, generic, first, found)
            line = []
    if line:
        _close(words, line, generic, first, found)
    result = frozenset(found)
    _CACHE[doc] = result
    return result


def _close(words, line: list[int], generic: frozenset[str], first: bool, found: set[int]) -> bool:
    """Judge one line; return whether the next line is still the text's first."""
    if _is_headline(words, line, generic, 1 if first else 3):
        found.update(line)
    return False


def _is_headline(words, line: list[int], generic: frozenset[str], needed: int) -> bool:
    texts, folded = words.texts, words.folded
    if len(line) > MAX_WORDS + 10 or texts[line[-1]] == ".":
        return False
    if any(folded[k] == "by" for k in line):
        return False  # a byline or a credit ("Writing by Tom Perry; Editing by ...")
    long_words = [k for k in line if len(texts[k]) >= 4 and texts[k].isalpha()
                  and not texts[k].isupper()]
    if len(long_words) < 3 or sum(texts[k][:1].isalpha() for k in line) > MAX_WORDS:
        return False
    capitalised = [k for k in long_words if texts[k][:1].isupper()]
    if len(capitalised) < 0.8 * len(long_words):
        return False
    return sum(folded[k] in generic for k in capitalised) >= needed
