"""Knowledge-base records: reading and validating ``models/kb/*.jsonl``.

One JSON object a line per actor (see models/README.md). Validation errors name the file
and line, so a user extending the KB can fix them without reading code.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from entity_cli.errors import EntityCliError

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_ID = re.compile(r"^(person|org|place|norp)/[a-z0-9][a-z0-9-]*$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_PARENTHETICAL = re.compile(r"\s*\([^)]*\)\s*$")


class KnowledgeBaseError(EntityCliError):
    """A knowledge-base file is missing or malformed; ``problems`` lists every problem
    found (the message names the first), each with its file and line."""

    def __init__(self, message: str, problems: Iterable[str] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems) or [message]


@dataclass(frozen=True, slots=True)
class ActorRecord:
    """One actor: a person, organisation, place or group."""

    id: str
    canonical: str
    label: str
    kind: str = ""
    country: str | None = None
    aliases: tuple[str, ...] = ()
    ambiguous_aliases: tuple[str, ...] = ()
    roles: tuple[dict[str, Any], ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    origin: str = ""

    @property
    def name(self) -> str:
        """The canonical name as written in text: "John Kirby (admiral)" -> "John Kirby"."""
        return _PARENTHETICAL.sub("", self.canonical).strip()

    def active_on(self, date: str) -> bool | None:
        """Whether a dated role covers ``date`` (YYYY-MM-DD); None when no role has dates."""
        dated = [r for r in self.roles if r.get("from") or r.get("to")]
        if not dated:
            return None
        return any(
            pad_date(str(r.get("from") or "0001"), "-01-01") <= date
            <= pad_date(str(r.get("to") or "9999"), "-12-31")
            for r in dated
        )


def pad_date(partial: str, filler: str) -> str:
    """Complete YYYY or YYYY-MM with the first (or last) month and day."""
    return partial + filler[len(partial) - 4 :] if len(partial) < 10 else partial


def models_dir(directory: str | Path | None = None) -> Path:
    """The models folder in use: ``directory`` when one is given (``--models-dir``), else
    the folder of the shipped knowledge base.

    In a source checkout or editable install that is the top-level ``models/``; in an
    installed wheel it is the package ``entity_cli.models`` (pyproject maps one to the other).
    """
    if directory:
        return Path(directory)
    checkout = Path(__file__).resolve().parents[2] / "models"
    if (checkout / "kb").is_dir():
        return checkout
    return Path(__file__).resolve().parents[1] / "models"


def models_json(name: str, directory: str | Path | None = None) -> Any:
    """One JSON data file of the models folder in use (``words.json``, ``offices.json``...)."""
    return json.loads((models_dir(directory) / name).read_text(encoding="utf-8"))


def kb_files(directory: Path | None = None) -> list[Path]:
    directory = directory or models_dir() / "kb"
    if not directory.is_dir():
        raise KnowledgeBaseError(f"knowledge base folder {directory} not found")
    return sorted(directory.glob("*.jsonl"))


def load_records(files: Iterable[Path] | None = None) -> list[ActorRecord]:
    """Read and validate every record; raise KnowledgeBaseError listing what is wrong."""
    records: list[ActorRecord] = []
    problems: list[str] = []
    for path in files if files is not None else kb_files():
        for record, problem in _read_file(Path(path)):
            if problem:
                problems.append(problem)
            elif record is not None:
                records.append(record)
    seen: dict[str, str] = {}
    for record in records:
        if record.id in seen:
            problems.append(f"{record.origin}: duplicate id {record.id} (first in {seen[record.id]})")
        seen.setdefault(record.id, record.origin)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise KnowledgeBaseError(problems[0] + more, problems)
    return records


def check_records(files: Iterable[Path] | None = None) -> tuple[list[ActorRecord], list[str]]:
    """Like load_records, but return every problem instead of raising on the first."""
    try:
        return load_records(files), []
    except KnowledgeBaseError as exc:
        return [], list(exc.problems)


def _read_file(path: Path) -> Iterator[tuple[ActorRecord | None, str | None]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        yield None, f"{path}: cannot read ({exc})"
        return
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield parse_record(line, f"{path.name}:{number}")


def parse_record(line: str, where: str) -> tuple[ActorRecord | None, str | None]:
    try:
        data = json.loads(line)
    except ValueError as exc:
        return None, f"{where}: invalid JSON ({exc})"
    if not isinstance(data, dict):
        return None, f"{where}: not a JSON object"
    problem = _validate(data)
    if problem:
        return None, f"{where}: {problem}"
    known = {"id", "canonical", "label", "kind", "country", "aliases", "ambiguous_aliases", "roles"}
    return (
        ActorRecord(
            id=data["id"],
            canonical=data["canonical"].strip(),
            label=data["label"],
            kind=data.get("kind", ""),
            country=data.get("country"),
            aliases=tuple(a.strip() for a in data.get("aliases", ()) if a.strip()),
            ambiguous_aliases=tuple(data.get("ambiguous_aliases", ())),
            roles=tuple(data.get("roles", ())),
            extra={k: v for k, v in data.items() if k not in known},
            origin=where,
        ),
        None,
    )


def _validate(data: dict[str, Any]) -> str | None:
    for key in ("id", "canonical", "label"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            return f'missing "{key}"'
    if not _ID.match(data["id"]):
        return f"bad id {data['id']!r} (want person|org|place|norp/lowercase-slug)"
    if data["label"] not in ENTITY_LABELS:
        return f"bad label {data['label']!r} (want one of {', '.join(sorted(ENTITY_LABELS))})"
    country = data.get("country")
    if country is not None and not (isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country)):
        return f"bad country {country!r} (want ISO 3166-1 alpha-2)"
    for key in ("aliases", "ambiguous_aliases"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
            return f'"{key}" must be a list of strings'
    for alias in data.get("ambiguous_aliases", []):
        if alias not in data.get("aliases", []):
            return f"ambiguous alias {alias!r} is not among the aliases"
    if "wikipedia" in data and not (isinstance(data["wikipedia"], str) and data["wikipedia"].strip()):
        return '"wikipedia" must be the title of an English Wikipedia article'
    if "geonames_id" in data and not (isinstance(data["geonames_id"], int)
                                      and not isinstance(data["geonames_id"], bool)):
        return '"geonames_id" must be a GeoNames id (an integer)'
    roles = data.get("roles", [])
    if not isinstance(roles, list):
        return '"roles" must be a list'
    for role in roles:
        if not isinstance(role, dict):
            return "each role must be an object"
        for key in ("from", "to", "as_of"):
            value = role.get(key)
            if value is not None and not (isinstance(value, str) and _DATE.match(value)):
                return f"role {key} date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
        if "current" in role and not isinstance(role["current"], bool):
            return 'role "current" must be true or false'
        if role.get("current") and (role.get("to") or not role.get("as_of")):
            return 'a "current" role has no "to" and says "as_of" when it was confirmed'
    return None
