"""The entity labels entity-cli reports (OntoNotes names, as spaCy uses them)."""

from __future__ import annotations

from entity_cli.errors import UsageError

LABELS: tuple[str, ...] = ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "DATE")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def parse_labels(spec: str | None) -> frozenset[str]:
    """Turn ``"PERSON,org"`` into a label set; an unknown label is a usage error."""
    if spec is None:
        return frozenset(LABELS)
    wanted = [part.strip().upper() for part in spec.split(",") if part.strip()]
    if not wanted:
        raise UsageError(f"--labels {spec!r}: give at least one label; valid labels: "
                         f"{', '.join(LABELS)}")
    unknown = [label for label in wanted if label not in LABELS]
    if unknown:
        raise UsageError(
            f"unknown label {', '.join(unknown)}; valid labels: {', '.join(LABELS)}"
        )
    return frozenset(wanted)
