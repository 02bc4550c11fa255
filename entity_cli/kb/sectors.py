"""Actor sectors and codes (models/sectors.json): "IQ/GOV", "LB/REB", "IGO".

Why: event-data coders join actors by type, not by name (CAMEO/PLOVER agent types). An
organisation's sector follows from its kind. A person's follows from what they were on the
document date: the role that certainly covers the date (kb.offices), by the organisation its
title names ("Secretary-General of Hezbollah" takes Hezbollah's sector) or by the first
title pattern that matches; without such a role, the one sector all their roles agree on;
else from the person's kind.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from entity_cli.kb.names import fold
from entity_cli.kb.offices import covers, holding
from entity_cli.kb.records import ActorRecord, models_json

if TYPE_CHECKING:
    from entity_cli.kb.index import ActorIndex


@dataclass(frozen=True, slots=True)
class SectorTable:
    codes: dict[str, str]  # sector -> code ("government" -> "GOV")
    organisation_kinds: dict[str, str]
    person_kinds: dict[str, str]
    role_titles: tuple[tuple[re.Pattern[str], str], ...]


def load_sectors(directory: str | None = None) -> SectorTable:
    return _load_sectors(directory)


@functools.lru_cache(maxsize=4)
def _load_sectors(directory: str | None) -> SectorTable:
    data = models_json("sectors.json", directory)
    return SectorTable(
        codes=dict(data["sectors"]),
        organisation_kinds=dict(data["organisation_kinds"]),
        person_kinds=dict(data["person_kinds"]),
        role_titles=tuple((re.compile(p), s) for p, s in data["role_titles"]),
    )


class Sectors:
    """The sector of KB actors on a date, for one index (title lookups cached)."""

    def __init__(self, index: ActorIndex, table: SectorTable) -> None:
        self.index = index
        self.table = table
        self._by_title: dict[str, str | None] = {}

    def code(self, record: ActorRecord, date: str | None) -> tuple[str, str] | None:
        """(sector, actor code) of ``record`` on ``date``, or None for no sector."""
        sector = self.sector(record, date)
        if sector is None or sector not in self.table.codes:
            return None
        short = self.table.codes[sector]
        # An international official acts for the body, not for their nationality.
        national = record.country and sector != "international"
        return sector, f"{record.country}/{short}" if national else short

    def sector(self, record: ActorRecord, date: str | None) -> str | None:
        if record.label == "ORG":
            return self.table.organisation_kinds.get(record.kind)
        if record.label != "PERSON":
            return None
        for role in record.roles if date else ():
            held = holding(record, role)
            if covers(held, date):
                found = self.of_title(held.title)
                if found is not None:
                    return found
        # No role known on the date: the one sector all the person's roles agree on.
        said = {self.of_title(str(role.get("title", ""))) for role in record.roles} - {None}
        if len(said) == 1:
            return next(iter(said))
        return self.table.person_kinds.get(record.kind)

    def of_title(self, title: str) -> str | None:
        """The sector a role title says: the KB organisation it names, else a pattern."""
        if title not in self._by_title:
            self._by_title[title] = self._organisation_sector(title) or next(
                (sector for pattern, sector in self.table.role_titles if pattern.search(title)),
                None)
        return self._by_title[title]

    def _organisation_sector(self, title: str) -> str | None:
        # Words of the title, a possessive dropped ("Hezbollah's Media Relations").
        words = re.findall(r"[\w-]+(?:['’](?!s\b)\w+)*", title)
        for size in range(min(len(words), self.index.max_words), 0, -1):
            for start in range(len(words) - size + 1):
                name = " ".join(words[start : start + size])
                match = self.index.get_strong(fold(name), name)
                if match is not None and match.record.label == "ORG":
                    return self.table.organisation_kinds.get(match.record.kind)
        return None
