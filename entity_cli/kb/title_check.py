"""Titles in text against the KB's roles: `entity-cli actors check --text FILE`.

"President Joe Biden" in a text of 2021-08-09 agrees with the KB when Joe Biden has a role
of that office (models/offices.json) that may cover the date. A title that names an office
(President, Prime Minister, Foreign Minister, King, ...) on a KB person who has no role of
that office, or whose every role of it is dated before or after the document's date, is
reported: either the text means
another time, or the KB lacks or misdates a role. A report for KB maintainers; titles that
name no office ("Maj Gen", "Mr") and documents without a date are not checked.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from entity_cli.kb.names import fold
from entity_cli.kb.offices import OfficeTable
from entity_cli.kb.records import ActorRecord, pad_date


def title_conflicts(records: Iterable[dict[str, Any]], people: dict[str, ActorRecord],
                    table: OfficeTable) -> list[dict[str, Any]]:
    """One finding per PERSON entity whose office title the KB's dated roles contradict."""
    found = []
    for record in records:
        date = record.get("doc_date")
        if not date:
            continue
        for entity in record.get("entities") or ():
            person = people.get(entity.get("id") or "")
            office = table.phrases.get(("country", fold(entity.get("title") or "")))
            if person is None or office is None:
                continue
            roles = [r for r in person.roles if office.titles.match(str(r.get("title", "")))]
            if roles and not all(_outside(r, date) for r in roles):
                continue  # a role of the office may cover the date
            found.append({
                "source": record["source"], "start": entity["start"], "text": entity["text"],
                "title": entity["title"], "id": person.id, "doc_date": date,
                "roles": [_span(r) for r in roles],
                "problem": ("every role of that office is dated before or after the date"
                            if roles else "no role of that office in the KB"),
            })
    return found


def _outside(role: dict[str, Any], date: str) -> bool:
    """Whether the role's dates certainly leave ``date`` out (read the way that covers
    most: a contradiction must be certain too)."""
    start, end = role.get("from"), role.get("to")
    return bool((start and date < pad_date(str(start), "-01-01"))
                or (end and date > pad_date(str(end), "-12-31")))


def _span(role: dict[str, Any]) -> str:
    return f"{role.get('title')} ({role.get('from') or '?'} to {role.get('to') or 'open'})"
