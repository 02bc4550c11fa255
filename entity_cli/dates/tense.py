"""Reading the tense around a date expression.

A month, day or weekday without a year is resolved against the document
date, and which side of it (past or future) depends on the sentence.  The
rule here is "nearest cue wins": every tense cue in the sentence is located,
and the one closest to the expression decides.  Prepositions directly in
front of the expression ("by", "until", "since", "ago") are the strongest
cues and always win ("by the" is no deadline: "signed by the March 3 accord"; a
past perfect turns a deadline to the past only near it).  Regular past participles ("-ed" words) are weak
cues (they also occur in future passives), so they count as further away.
"""

from __future__ import annotations

import re
from functools import lru_cache

PAST = "PAST"
FUTURE = "FUTURE"

_FUTURE_LOCAL = re.compile(
    r"\b(?:by|until|till|til|ahead\s+of|starting|next|as\s+soon\s+as|as\s+early\s+as|"
    r"upcoming|coming|due\s+on|due|set\s+for|scheduled\s+for|"
    r"slated\s+for|planned\s+for)\s*(?:the\s+|on\s+|in\s+|this\s+)?$"
)
_PAST_LOCAL = re.compile(r"\b(?:since|last|earlier|previous|past|ago)\s*(?:the\s+|on\s+|in\s+)?$")
_DEADLINE = re.compile(r"\b(?:by|until|till|til)\b")
# "effective Feb. 1": a start date either side of the report; the nearest occurrence decides.
_NEUTRAL_LOCAL = re.compile(r"\beffective\s*(?:from\s+|on\s+|as\s+of\s+)?$")
_PAST_PERFECT = re.compile(r"\bhad\b(?!\s+to\b)")
_PAST_AUX = re.compile(r"\b(?:was|were|had|had been|been)\s*$")
# A participle after "be"/"to" ("will be held", "to be signed") is no past tense.
_PASSIVE = re.compile(r"\b(?:be|being|to|will|shall|would|could|should|may|might|must)\s+$")
_PAST_AFTER = re.compile(r"^\W*(?:ago|earlier|before|previously)\b")

_FUTURE_CUES = re.compile(
    r"\b(?:will|won't|wont|shall|'ll|going\s+to|gonna|is\s+set\s+to|are\s+set\s+to|"
    r"(?:is|are|be)\s+(?:expected|due|scheduled|slated|planned|poised|likely|"
    r"supposed|meant|set)\s+to|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|aims?\s+to|"
    r"hopes?\s+to|is\s+to|are\s+to|to\s+be\s+held|scheduled|slated|upcoming|"
    r"forthcoming|next(?!\s+to\b)|expects?|deadline|would(?!\s+have)|"
    # a schedule told in the present ("the envoys meet Monday", "the truce ends Friday"; not
    # an infinitive, "to meet demand")
    r"(?<!to )(?:meets?|begins|starts|opens|leaves|arrives|visits|resumes|ends|expires|"
    r"takes\s+effect))\b"
)
# Irregular simple-past forms that are no other common word (no "read", "set", "put",
# "ground", "wound", "lay": those are also presents, nouns or participles of other verbs).
_IRREGULAR_PAST = (
    r"arose|ate|awoke|beheld|bit|bled|blew|bore|bought|bred|brought|built|caught|chose|"
    r"clung|dealt|drank|drew|drove|dug|flew|forbade|forgave|forgot|fought|found|froze|got|"
    r"grew|hid|hung|kept|knew|lent|lit|meant|mistook|oversaw|overcame|overtook|paid|ran|"
    r"rang|rode|rose|sang|sank|sat|shook|shot|shrank|slept|slid|sold|sought|sped|spent|"
    r"spoke|stood|stole|strove|stuck|stung|swam|swept|swore|swung|taught|thought|threw|tore|"
    r"understood|undertook|upheld|withdrew|withheld|woke|wore|wept|wrote"
)
_PAST_CUES = re.compile(
    r"\b(?:would\s+have|could\s+have|should\s+have|said|says|was|were|had|did|told|ago|last"
    r"|earlier|since|began|took|"
    r"came|went|made|gave|held|met|saw|left|fled|fell|won|lost|led|became|"
    r"broke|struck|killed|announced|reported|agreed|signed|launched|"
    r"arrived|died|claimed|confirmed|stormed|" + _IRREGULAR_PAST + r")\b"
)
_ED_WORD = re.compile(r"\b[a-z]{3,}ed\b")
# A participle after a determiner is an adjective ("the reduced dividend"), no past tense.
_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$")
_NOT_PAST_ED = frozenset(
    {
        "scheduled",
        "expected",
        "planned",
        "slated",
        "proposed",
        "supposed",
        "intended",
        "needed",
        "indeed",
        "hundred",
        "united",
        "based",
        "red",
        "armed",
        "led",
        "related",
        "limited",
        "detained",
    }
)
_WEAK_PENALTY = 25
_WOULD_PENALTY = 20


def _strength(word: str) -> int:
    return _WOULD_PENALTY if word == "would" else 0


@lru_cache(maxsize=8192)
def read_tense(sentence: str, expr: str) -> str | None:
    """Return PAST, FUTURE or None for expr as used in sentence.

    The expression's first occurrence in the (lower-cased) sentence is the
    reference point; without a sentence, or with no cue at all, None.
    """
    s = sentence.lower().replace("\u2019", "'")
    e = expr.lower().replace("\u2019", "'")
    if not s:
        return None
    pos = s.find(e) if e else -1
    if pos < 0:
        pos, end = len(s), len(s)
    else:
        end = pos + len(e)
    before = s[max(0, pos - 30) : pos]
    if _PAST_AFTER.search(s[end : end + 20]):
        return PAST
    if _NEUTRAL_LOCAL.search(before):
        return None
    fut = _FUTURE_LOCAL.search(before)
    if fut and _DEADLINE.match(fut.group(0)) and fut.group(0).rstrip().endswith("the"):
        fut = None  # "laid down by the Feb. 23 accord": an agent or a name, no deadline
    if fut:
        # "was scheduled for", "had been set for": a plan reported in the past.
        if _PAST_AUX.search(before[: fut.start()]):
            return PAST
        # A deadline is ahead unless the sentence tells of it in the past perfect ("Until
        # Thursday they had not called him a suspect", "by Friday the talks had collapsed");
        # a reporting verb ("must leave by Friday, officials said") is no such sign.
        if _DEADLINE.match(fut.group(0)) and _PAST_PERFECT.search(s, max(0, pos - 40)):
            return PAST
        return FUTURE
    if _PAST_LOCAL.search(before):
        return PAST
    return _nearest_cue(s, pos, end)


def _nearest_cue(s: str, pos: int, end: int) -> str | None:
    """The tense of the cue nearest to s[pos:end] (weak cues count as further away)."""
    best: tuple[int, str] | None = None

    def consider(start: int, stop: int, tense: str, penalty: int) -> None:
        nonlocal best
        if start >= end:
            dist = start - end
        elif stop <= pos:
            dist = pos - stop
        else:
            return
        dist += penalty
        if best is None or dist < best[0]:
            best = (dist, tense)

    for m in _FUTURE_CUES.finditer(s):
        consider(m.start(), m.end(), FUTURE, _strength(m.group(0)))
    for m in _PAST_CUES.finditer(s):
        if not _PASSIVE.search(s, 0, m.start()):
            consider(m.start(), m.end(), PAST, 0)
    for m in _ED_WORD.finditer(s):
        if (m.group(0) not in _NOT_PAST_ED and not _PASSIVE.search(s, 0, m.start())
                and not _DETERMINER.search(s, 0, m.start())):
            consider(m.start(), m.end(), PAST, _WEAK_PENALTY)
    return best[1] if best else None
