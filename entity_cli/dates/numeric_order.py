"""Which way round a document writes its numeric dates (03/04/2021), read from the document.

A numeric date whose first or second number is over 12 ("13/08/2021") shows the order, and
so does one that reads as the document's own date only one way round (a dateline
"09/08/2021" on a document of 2021-08-09). When every such date agrees, the document's
ambiguous ones are read the same way; when none shows the order, or they disagree, those
stay without a value (absolute.py refuses to guess).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from .shapes import NUMERIC


def document_day_first(texts: Iterable[str], doc_date: dt.date | None) -> bool | None:
    """True (day first), False (month first), or None, from the DATE texts of a document."""
    votes: set[bool] = set()
    for text in texts:
        m = NUMERIC.match(text.strip())
        if m is None:
            continue
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:
            votes.add(True)
        elif b > 12 >= a:
            votes.add(False)
        elif doc_date is not None and a != b and _same_year(m["y"], doc_date):
            if (b, a) == (doc_date.month, doc_date.day):
                votes.add(True)
            elif (a, b) == (doc_date.month, doc_date.day):
                votes.add(False)
    return votes.pop() if len(votes) == 1 else None


def _same_year(written: str, doc_date: dt.date) -> bool:
    return int(written) == (doc_date.year if len(written) == 4 else doc_date.year % 100)
