"""Bylines and photo credits: "Writing by A; Editing by B", "Additional reporting by A, B
and C", "(Photo: Ali Hassan/AFP)", and by its shape alone "(Ali Hassan/AFP)".

The cue ("Editing by", "Photo:"; models/words.json) is specific evidence of what follows:
the names after it, up to the end of the clause, are people, each perhaps followed by
"/Agency", an organisation. The statistical model reads such lines poorly ("Ali
Hassan/AFP" as one person, "Writing" as a name), so within a credit these spans replace
the model's; everywhere else nothing changes.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

_ENDS = frozenset({";", ")", "]", ".", "|", "—", "–"})
_JOINS = frozenset({",", "and", "&"})


def byline_spans(doc: Doc, cues: tuple[tuple[str, ...], ...]) -> tuple[list[Span], list[tuple[int, int]]]:
    """(the people and agencies of every credit, the token ranges the credits cover)."""
    from entity_cli.nlp.components.token_words import words_of

    words = words_of(doc)
    folded, texts = words.folded, words.texts
    spans: list[Span] = []
    ranges: list[tuple[int, int]] = []
    i, n = 0, len(texts)
    while i < n:
        cue = _cue_at(folded, texts, i, cues)
        if not cue and texts[i] == "(" and _bare_credit(texts, i + 1):
            cue = 1  # "(Nasser Nasser/AP)": a credit by its shape alone
        if not cue:
            i += 1
            continue
        start = i
        i += cue
        found, i = _names(doc, texts, i)
        if found:
            spans.extend(found)
            ranges.append((start, i))
    return spans, ranges


@functools.lru_cache(maxsize=4)
def _first_words(cues: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(cue[0] for cue in cues)


def _bare_credit(texts: list[str], i: int) -> bool:
    """Whether a bracket opening before token ``i`` holds only "Name Name/Agency[/...]"."""
    seen_slash = False
    words = 0
    while i < len(texts) and texts[i] != ")":
        text = texts[i]
        if text == "/":
            if not words:
                return False
            seen_slash, words = True, 0
        elif text[:1].isupper() and text.replace("-", "").replace(".", "").isalpha():
            words += 1
        else:
            return False
        i += 1
    return i < len(texts) and seen_slash and words > 0


def _cue_at(folded: list[str], texts: list[str], i: int, cues) -> int:
    """The length of the cue starting at token ``i`` (with its colon), or 0."""
    if folded[i] not in _first_words(cues) or not texts[i][:1].isalpha():
        return 0
    for cue in cues:
        size = len(cue)
        if tuple(folded[i:i + size]) != cue:
            continue
        if cue[-1] == "by":
            return size
        if i + size < len(texts) and texts[i + size] == ":":  # "Photo:", "Credit:"
            return size + 1
    return 0


def _names(doc: Doc, texts: list[str], i: int) -> tuple[list[Span], int]:
    """Capitalised names after a cue, joined by commas and "and", each perhaps with
    "/Agency"; stops at the end of the clause or at the first word that is no name."""
    out: list[Span] = []
    label = "PERSON"
    n = len(texts)
    while i < n:
        text = texts[i]
        if "\n" in text or text in _ENDS:
            break
        if text.lower() in _JOINS:
            label = "PERSON"
            i += 1
            continue
        if text == "/":
            label = "ORG"
            i += 1
            continue
        if not text[:1].isupper():
            break
        end = i
        while end < n and (texts[end][:1].isupper() or texts[end] in ("-", "'", "’")) \
                and texts[end] not in ("/",) and "\n" not in texts[end]:
            end += 1
        span = Span(doc, i, end, label=label)
        span._.me_origin = "rule"
        out.append(span)
        i = end
    return out, i
