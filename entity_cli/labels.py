"""The entity labels entity-cli reports (OntoNotes names, as spaCy uses them)."""

from __future__ import annotations

from entity_cli.errors import UsageError

LABELS: tuple[str, ...] = ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "DATE")
# Reported only when asked for (--labels ...,TIME): times of day, with TIMEX3 values.
OPTIONAL_LABELS: tuple[str, ...] = ("TIME",)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
TEMPORAL_LABELS = frozenset({"DATE", "TIME"})  # entities with a TIMEX3 value, not an actor


def parse_labels(spec: str | None) -> frozenset[str]:
    """Turn ``"PERSON,org"`` into a label set; an unknown label is a usage error."""
    if spec is None:
        return frozenset(LABELS)
    wanted = [part.strip().upper() for part in spec.split(",") if part.strip()]
    if not wanted:
        raise UsageError(f"--labels {spec!r}: give at least one label; valid labels: "
                         f"{', '.join(LABELS + OPTIONAL_LABELS)}")
    unknown = [label for label in wanted if label not in LABELS + OPTIONAL_LABELS]
    if unknown:
        raise UsageError(
            f"unknown label {', '.join(unknown)}; valid labels: "
            f"{', '.join(LABELS + OPTIONAL_LABELS)}"
        )
    return frozenset(wanted)
