"""What the KB's dated roles say about themselves, for `entity-cli actors check`.

An office held by two people at once, or an office without dates, is where a resolution by
the document date goes wrong or cannot be made: the report lists both, so a maintainer can
date a role or end one. Only certain overlaps count: a date of a month or a year is read
the way that makes the roles overlap least (a "to" of "2016-05" may be May 1, a "from" of
"2016-05" may be May 31), an open end runs on, and a handover on one day is no overlap.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from entity_cli.kb.records import ActorRecord, pad_date

_OPEN_END = "9999-12-31"


def is_dated(role: dict[str, Any]) -> bool:
    """Whether a source dates the role: its start, its end, or a date it was confirmed on
    (``as_of`` of a current role)."""
    return bool(role.get("from") or role.get("to") or role.get("as_of"))


def role_report(records: Iterable[ActorRecord]) -> dict[str, Any]:
    """{"people_with_roles", "undated", "overlapping": ["title: A (from/to) and B (...)"]}."""
    people = [r for r in records if r.label == "PERSON" and r.roles]
    undated = sorted(r.id for r in people if not any(is_dated(role) for role in r.roles))
    return {"people_with_roles": len(people), "undated": undated,
            "overlapping": _overlaps(people)}


def _overlaps(people: list[ActorRecord]) -> list[str]:
    holders: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
    for record in people:
        for role in record.roles:
            if role.get("title") and (role.get("from") or role.get("to")):
                end = _day(role.get("to"), latest=False) or _OPEN_END
                start = min(_day(role.get("from"), latest=True) or "0001-01-01", end)
                holders[role["title"]].append((start, end, record.id, _span(role)))
    found = []
    for title, spans in sorted(holders.items()):
        spans.sort()
        for k, (_start, end, rid, shown) in enumerate(spans):
            for other_start, _other_end, other, other_shown in spans[k + 1:]:
                if other_start >= end:
                    break
                if other != rid:
                    found.append(f"{title}: {rid} ({shown}) and {other} ({other_shown})")
    return found


def _day(partial: Any, latest: bool) -> str | None:
    """A role date as a day: YYYY and YYYY-MM at their last day (``latest``) or first.
    ("-31" for every month: only the order of the strings matters here.)"""
    return pad_date(str(partial), "-12-31" if latest else "-01-01") if partial else None


def _span(role: dict[str, Any]) -> str:
    return f"{role.get('from') or '?'}/{role.get('to') or 'open'}"
