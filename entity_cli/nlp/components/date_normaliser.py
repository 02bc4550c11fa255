"""Date normaliser: TIMEX3 ``value``, ``type`` and ``mod`` on every DATE and TIME span.

Relative dates resolve against the document date (``doc._.me_doc_date``, set by the reader
from --doc-date, a JSONL record, a date line in the text or the file name), never against
today. Spans the model gets wrong in shape ("August 09, 2021, 4:07 PM") are trimmed first.
"""

from __future__ import annotations

import datetime as dt
import functools

from spacy.language import Language
from spacy.tokens import Doc, Span

from entity_cli.dates.values import DateValue
from entity_cli.nlp.components.extensions import ensure_extensions

_ENDS = frozenset({".", "!", "?"})


@Language.factory("me_dates", assigns=["doc.ents", "span._.me_value", "span._.me_type",
                                       "span._.me_mod"],
                  requires=["doc.ents"], default_config={"day_first": None})
def make_date_normaliser(nlp: Language, name: str, day_first: bool | None) -> DateNormaliser:
    return DateNormaliser(day_first=day_first)


class DateNormaliser:
    def __init__(self, day_first: bool | None = None) -> None:
        ensure_extensions()
        self.day_first = day_first

    def __call__(self, doc: Doc) -> Doc:
        from entity_cli.dates import resolve_date, trim_date_span
        from entity_cli.dates.narrative import Narrative, narrative_value
        from entity_cli.dates.numeric_order import document_day_first
        from entity_cli.dates.quarters import names_a_quarter
        from entity_cli.dates.times import resolve_time
        from entity_cli.nlp.components.date_joins import join_split_dates

        doc_date = doc_date_of(doc)
        day_first = self.day_first if self.day_first is not None else document_day_first(
            (ent.text for ent in doc.ents if ent.label_ == "DATE"), doc_date)
        ents = []
        source, changed = join_split_dates(list(doc.ents))
        quarter = None  # the quarter the text last named: "the quarter" refers to it
        narrative = Narrative()  # the date the text last named: "the following day"
        for ent in source:
            if ent.label_ != "DATE":
                ents.append(ent)
                continue
            # None: not a calendar date (an age, "15-year-old"); it stays a DURATION span.
            trimmed = trim_date_span(ent.text)
            if trimmed is not None and trimmed != (0, len(ent.text)):
                span = doc.char_span(ent.start_char + trimmed[0], ent.start_char + trimmed[1],
                                     label="DATE", alignment_mode="contract")
                if span is not None and len(span):
                    span._.me_origin = ent._.me_origin
                    ent, changed = span, True
            value = narrative_value(ent.text, narrative) or self._resolve(
                doc, ent, doc_date, quarter, resolve_date, day_first)
            if value.value is None and (years := apposed_age(doc, ent)) is not None:
                value = DateValue(f"P{years}Y", "DURATION")
            narrative = narrative.moved(value)
            if value.value and names_a_quarter(ent.text):
                quarter = value.value
            ent._.me_value, ent._.me_type, ent._.me_mod = value.value, value.type, value.mod
            ents.append(ent)
        self._times(doc, ents, doc_date, resolve_time)
        vague = vague_references(doc, ents)
        for span in vague:
            value = resolve_date(span.text.lower(), doc_date)
            span._.me_value, span._.me_type, span._.me_mod = value.value, value.type, value.mod
        if changed or vague:
            doc.ents = sorted(ents + vague, key=lambda span: span.start)
        return doc

    @staticmethod
    def _resolve(doc: Doc, ent: Span, doc_date, quarter, resolve_date, day_first):
        """ent's value, read with the word before it where that word makes the expression
        (``_with_determiner``), else as the model's span has it. ``day_first``: the
        configured order of numeric dates, else the one the document shows
        (dates/numeric_order.py)."""
        sentence = _sentence(doc, ent)
        text = _with_determiner(doc, ent)
        value = resolve_date(text, doc_date, sentence=sentence, day_first=day_first,
                             quarter=quarter)
        if value.value is None and text != ent.text:
            value = resolve_date(ent.text, doc_date, sentence=sentence,
                                 day_first=day_first, quarter=quarter)
        return value

    def _times(self, doc: Doc, ents: list[Span], doc_date, resolve_time) -> None:
        """TIME values; a time of day next to a DATE ("Tuesday" + "evening", "14:30 GMT"
        + "on Sunday") is on that date's day."""
        days = {}
        for ent in ents:
            if ent.label_ == "DATE" and ent._.me_value and len(ent._.me_value) == 10:
                days[ent.start] = days[ent.end] = ent._.me_value
        for ent in ents:
            if ent.label_ != "TIME":
                continue
            day = None
            for k in (ent.start, ent.end):
                day = day or days.get(k)
            if day is None and ent.start > 0 and doc[ent.start - 1].lower_ in ("on", ","):
                day = days.get(ent.start - 1)
            if day is None and ent.end < len(doc) and doc[ent.end].lower_ in ("on", ","):
                day = days.get(ent.end + 1)
            if day is None:  # "10:35 a.m. (0735 GMT) Friday": the day after the brackets
                day = days.get(_after_brackets(doc, ent.end))
            value = resolve_time(ent.text, doc_date, sentence=_sentence(doc, ent), day=day)
            ent._.me_value, ent._.me_type, ent._.me_mod = value.value, value.type, value.mod


# A calendar unit, weekday or month the model tags alone although the word in front of it
# makes the expression ("[this] year's results", "[each] Thursday", "[last] Tuesday"): the
# value needs the word ("year" alone has none; "each Thursday" is a set). The span stays the
# model's: OntoNotes, too, often tags the unit alone there.
_CONTEXT_WORDS = frozenset({"this", "last", "next", "that", "each", "every"})
_UNITS = frozenset({"year", "month", "week", "quarter", "weekend", "decade", "century"})


def _with_determiner(doc: Doc, ent: Span) -> str:
    """The text to resolve for ent: with the word on its left that makes the expression,
    when ent is one bare unit, weekday or month."""
    from entity_cli.dates.lexicon import MONTHS, SEASONS, WEEKDAYS

    word = ent[0].lower_ if len(ent) == 1 and ent.start > 0 else ""
    if not any(word in words for words in (_UNITS, SEASONS, WEEKDAYS, MONTHS)):
        return ent.text
    before = doc[ent.start - 1]
    if before.lower_ not in _CONTEXT_WORDS or before.ent_type_:
        return ent.text
    return f"{before.text} {ent.text}"


def apposed_age(doc: Doc, ent: Span) -> int | None:
    """The age in years when ent is a bare number set off by commas after a person's name
    ("Mr Mousa, 28, a receptionist", "Ali Hassan, 45.") or written after "aged" ("aged 30",
    the model tagging the number alone): the model tags it DATE and the ISO-TimeML value of
    an age is its duration (P28Y), as for "a 28-year-old"."""
    if len(ent) != 1 or not ent[0].is_digit or not 0 < int(ent[0].text) < 130:
        return None
    if ent.start > 0 and doc[ent.start - 1].lower_ == "aged":
        return int(ent[0].text)
    if ent.start < 2 or doc[ent.start - 1].text != "," or doc[ent.start - 2].ent_type_ != "PERSON":
        return None
    after = doc[ent.end].text if ent.end < len(doc) else ""
    return int(ent[0].text) if after in ("", ",", ".", ";", ")") else None


def _after_brackets(doc: Doc, i: int, longest: int = 6) -> int:
    """The token after a short bracketed aside opening at token ``i``, else -1."""
    if i >= len(doc) or doc[i].text != "(":
        return -1
    for k in range(i + 1, min(len(doc), i + longest)):
        if doc[k].text == ")":
            return k + 1
    return -1


def vague_references(doc: Doc, ents: list[Span]) -> list[Span]:
    """TIME spans for the vague references and sets TimeML tags and OntoNotes DATE leaves
    out ("now", "recently", "the future", "daily"; durations.VAGUE_SPANS), outside every
    entity. A capitalised word counts only at the start of a sentence, so that "Daily" of
    a newspaper's name the model missed is not a time."""
    from entity_cli.nlp.components.token_words import words_of

    texts = words_of(doc).texts
    covered = bytearray(len(texts))
    for ent in ents:
        covered[ent.start:ent.end] = b"\x01" * (ent.end - ent.start)
    found: list[Span] = []
    i = 0
    while i < len(texts):
        phrases = _vague_phrases().get(texts[i].lower())
        size = 0 if phrases is None or covered[i] or not _may_start(texts, i) \
            else _vague_at(texts, i, phrases)
        if size and not any(covered[i:i + size]):
            span = Span(doc, i, i + size, label="TIME")
            span._.me_origin = "rule"
            found.append(span)
            i += size
            continue
        i += 1
    return found


@functools.cache
def _vague_phrases() -> dict[str, list[tuple[str, ...]]]:
    """durations.VAGUE_SPANS by first word, longest first."""
    from entity_cli.dates.durations import VAGUE_SPANS

    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(VAGUE_SPANS, key=lambda p: -len(p.split())):
        words = tuple(phrase.split())
        table.setdefault(words[0], []).append(words)
    return table


def _may_start(texts: list[str], i: int) -> bool:
    word = texts[i]
    if word.islower():
        return True
    return word.istitle() and (i == 0 or texts[i - 1] in _ENDS or "\n" in texts[i - 1])


def _vague_at(texts: list[str], i: int, phrases: list[tuple[str, ...]]) -> int:
    """The token count of the longest of ``phrases`` (all starting with token ``i``'s word)
    that the text continues with; the words after the first must be lower case."""
    for words in phrases:
        rest = texts[i + 1:i + len(words)]
        if len(rest) == len(words) - 1 and tuple(rest) == words[1:]:
            return len(words)
    return 0


def doc_date_of(doc: Doc) -> dt.date | None:
    """The document's date (``doc._.me_doc_date``, set by the reader), or None."""
    raw = doc._.me_doc_date
    return dt.date.fromisoformat(raw) if raw else None


def sentence_of(ent: Span) -> str:
    """The sentence around ``ent``, as the normaliser reads it."""
    return _sentence(ent.doc, ent)


def _sentence(doc: Doc, ent: Span) -> str:
    """The tokens around the span up to sentence punctuation or a line break (no parser:
    and never ``doc.text``, which rebuilds the whole text from the tokens)."""
    from entity_cli.nlp.components.token_words import words_of

    words = words_of(doc)
    texts, spaces = words.texts, words.spaces
    start = ent.start
    while start > 0 and texts[start - 1] not in _ENDS and "\n" not in texts[start - 1] \
            and "\n" not in spaces[start - 1]:
        start -= 1
    end = ent.end
    while end < len(texts) and texts[end] not in _ENDS and "\n" not in texts[end] \
            and "\n" not in spaces[end - 1]:
        end += 1
    return words.span_text(start, end) if end > start else ent.text
