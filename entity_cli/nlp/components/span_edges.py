"""Token-level edits of entity spans the span cleanup makes: where a span ends (trailing
possessives and punctuation), where sentences start, splits at brackets and possessives."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from entity_cli.kb.titles import TitleTable
from entity_cli.kb.words import POSSESSIVE_CLITICS, POSSESSIVES

TRAILING = frozenset({".", ",", ";", ":", "-", "–", "—", "'", "’", '"', "”", ")", "("})


def without_possessives(doc: Doc, start: int, end: int) -> int:
    while end > start + 1 and (doc[end - 1].lower_ in POSSESSIVES or doc[end - 1].text in TRAILING):
        end -= 1
    return end


def sentence_initial(doc: Doc, i: int) -> bool:
    """Whether token ``i`` starts a line or follows a sentence end."""
    if i == 0:
        return True
    before = doc[i - 1].text
    return "\n" in before or before in (".", "!", "?", ":", '"', "“", "‘")


# Penn Treebank spellings of brackets, as in text that was tokenised before it reached us.
_BRACKETS = frozenset({"(", ")", "[", "]", "-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-"})


def split_at_brackets(doc: Doc, ent: Span) -> list[Span]:
    """A name never holds a bracket or a line break: "Daesh (Islamic State" is two names,
    not one, and so is a name that runs on into the next line."""
    if not any(t.text in _BRACKETS or "\n" in t.text for t in ent):
        return [ent]
    pieces, start = [], ent.start
    for k in range(ent.start, ent.end + 1):
        if k == ent.end or doc[k].text in _BRACKETS or "\n" in doc[k].text:
            if k > start and any(t.is_alpha for t in doc[start:k]):
                pieces.append(make_span(doc, start, k, ent.label_, ent))
            start = k + 1
    return pieces


def split_at_possessives(doc: Doc, ent: Span, is_known: Callable[[str], bool]) -> list[Span]:
    """ "Israel’s Defense Ministry" is two names: a possessive inside a span ends a name
    when what comes before it is a name the KB knows. Without that evidence the possessive
    belongs to the name ("People's Bank of China", "Moody's Investors Service")."""
    inner = [t.i for t in ent[:-1] if t.lower_ in POSSESSIVE_CLITICS and t.i > ent.start]
    if not inner:
        return [ent]
    pieces, start = [], ent.start
    for k in [*inner, ent.end]:
        if k < ent.end and not is_known(doc[start:k].text):
            continue
        if k > start:
            pieces.append(make_span(doc, start, k, ent.label_, ent))
        start = k + 1
    return pieces


def title_length(words: list[str], titles: TitleTable) -> int:
    from entity_cli.kb.titles import title_prefix_length

    return title_prefix_length(words, titles)


def make_span(doc: Doc, start: int, end: int, label: str, source: Span) -> Span:
    span = Span(doc, start, end, label=label, kb_id=source.kb_id)
    if source._.me_origin:
        span._.me_origin = source._.me_origin
    return span


def non_overlapping(spans: list[Span]) -> list[Span]:
    from spacy.util import filter_spans

    return sorted(filter_spans(spans), key=lambda s: s.start)
