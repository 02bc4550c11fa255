"""Offices and who held them when: the KB's dated roles, read by office and date.

"Iraq's prime minister" in a text of 2021-08-09 names whoever held the office that day. The
office table (models/offices.json) says how news names an office and which role titles of
the KB are that office; a role counts for a country (or an organisation) only when its title
names it ("Prime Minister of Iraq", "Chief of Staff of the Iraqi Army"). The holder on a date
is resolved only when the KB's dates make it certain: a role covers a date when its start is
known and no later than the date and its end (or, for a role confirmed current, the date it
was confirmed) no earlier, both read the way that covers least ("2024-11" starts on the last
day of November). Two people covering one date, or none, resolve to nobody: never a guess.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from entity_cli.kb.names import fold
from entity_cli.kb.records import ActorRecord, models_json, pad_date


@dataclass(frozen=True, slots=True)
class Office:
    name: str  # "prime minister"
    scope: str  # "country" or "organisation"
    titles: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class OfficeTable:
    phrases: dict[tuple[str, str], Office]  # (scope, folded phrase) -> office
    max_words: int
    modifiers: frozenset[str]


@dataclass(frozen=True, slots=True)
class Holding:
    """Who held an office on a date, with the role that says so."""

    record: ActorRecord
    title: str
    start: str | None  # the role's "from"
    end: str | None  # its "to" (None: open, or current)
    certain_until: str | None  # its "to", or "as_of" for a role confirmed current


def load_offices(directory: str | None = None) -> OfficeTable:
    return _load_offices(directory)


@functools.lru_cache(maxsize=4)
def _load_offices(directory: str | None) -> OfficeTable:
    data = models_json("offices.json", directory)
    phrases: dict[tuple[str, str], Office] = {}
    words = 1
    for scope, key in (("country", "country_offices"), ("organisation", "organisation_offices")):
        for name, spec in data[key].items():
            office = Office(name, scope, re.compile("|".join(f"(?:{t})" for t in spec["titles"])))
            for phrase in spec["phrases"]:
                phrases[(scope, fold(phrase))] = office
                words = max(words, len(phrase.split()) * 2)  # hyphens are tokens too
    return OfficeTable(phrases, words, frozenset(fold(m) for m in data["modifiers"]))


def names_in_title(title: str, names: tuple[str, ...]) -> bool:
    """Whether a role title names one of ``names`` as whole words."""
    return any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", title) for n in names if n)


def holdings(people: list[ActorRecord], office: Office, names: tuple[str, ...]) -> list[Holding]:
    """Every role of ``people`` that is ``office`` of the place or body called ``names``."""
    found = []
    for record in people:
        for role in record.roles:
            title = str(role.get("title", ""))
            if office.titles.match(title) and names_in_title(title, names):
                found.append(holding(record, role))
    return found


def holding(record: ActorRecord, role: dict[str, Any]) -> Holding:
    """``record``'s ``role`` read as a Holding (its confirmation date counts as its end
    when the role is confirmed current)."""
    end = role.get("to")
    until = end or (role.get("as_of") if role.get("current") else None)
    return Holding(record, str(role.get("title", "")), role.get("from"), end, until)


def holder_on(candidates: list[Holding], date: str | None) -> Holding | None:
    """The one person whose role certainly covers ``date`` (YYYY-MM-DD), or None."""
    if not date:
        return None
    covering = [h for h in candidates if covers(h, date)]
    people = {h.record.id for h in covering}
    return covering[0] if len(people) == 1 else None


def covers(holding: Holding, date: str) -> bool:
    """Whether the role certainly covers ``date`` (the module docstring's reading)."""
    if not holding.start or pad_date(str(holding.start), "-12-31") > date:
        return False
    until = holding.certain_until
    return bool(until) and date <= pad_date(str(until), "-01-01")
