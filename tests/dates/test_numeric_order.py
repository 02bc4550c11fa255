"""A document's own numeric dates settle which way round its ambiguous ones are read."""

from __future__ import annotations

import datetime as dt

import pytest

from entity_cli.dates.numeric_order import document_day_first

DOC = dt.date(2021, 8, 9)


@pytest.mark.parametrize(("texts", "doc_date", "day_first"), [
    (["13/08/2021", "04/05/2021"], DOC, True),  # a day over 12 first
    (["08/13/2021", "04/05/2021"], DOC, False),  # a day over 12 second
    (["09/08/2021"], DOC, True),  # the document's own date, day first
    (["08/09/21"], DOC, False),  # the same, month first, two-digit year
    (["04/05/2021"], DOC, None),  # nothing shows the order
    (["13/08/2021", "08/13/2021"], DOC, None),  # the document disagrees with itself
    (["09/08/2021"], None, None),  # no document date to read it against
    (["Monday", "August 2021"], DOC, None),  # no numeric date at all
])
def test_document_day_first(texts, doc_date, day_first):
    assert document_day_first(texts, doc_date) is day_first


@pytest.mark.slow
def test_an_ambiguous_date_follows_the_documents_order():
    from entity_cli.api import extract_text

    def values(text):
        return [e["value"] for e in extract_text(text, doc_date=DOC)["entities"]
                if e["label"] == "DATE"]

    shown = values("The statement, issued on 04/05/2021, said 13/05/2021 was the deadline.")
    assert shown == ["2021-05-04", "2021-05-13"]
    unshown = values("The statement, issued on 04/05/2021, said 05/06/2021 was the deadline.")
    assert unshown[0] is None
