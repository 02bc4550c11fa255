"""What a parser knows about the expression it is resolving.

Tense is read lazily: most spans (explicit years, durations) never need it,
and reading it costs a few regex scans over the sentence.
"""

from __future__ import annotations

import datetime as dt
from functools import cached_property

from .tense import FUTURE, PAST, read_tense


class Ctx:
    """Document date, sentence and raw expression for one resolution."""

    __slots__ = ("doc", "sentence", "expr", "day_first", "lead", "__dict__")

    def __init__(
        self, doc: dt.date | None, sentence: str, expr: str, day_first: bool | None, lead: str = ""
    ) -> None:
        self.doc = doc
        self.sentence = sentence
        self.expr = expr
        self.day_first = day_first
        # A preposition stripped off the span ("by", "until", "since").
        self.lead = lead

    @cached_property
    def tense(self) -> str | None:
        if self.lead in ("by", "until", "till"):
            # A deadline is ahead, unless the sentence tells of it in the past ("By
            # Wednesday the talks had collapsed", "Until Friday they had called him a witness").
            said = read_tense(self.sentence, self.expr) if self.sentence else None
            return PAST if said == PAST else FUTURE
        if self.lead in ("ahead of", "starting"):
            return FUTURE
        if self.lead in ("since",):
            return PAST
        if self.lead == "effective":
            return None
        return read_tense(self.sentence, self.expr) if self.sentence else None


__all__ = ["Ctx", "FUTURE", "PAST"]
