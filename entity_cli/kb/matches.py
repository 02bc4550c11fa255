"""What a lookup in the index returns: the actor, the variant that matched, how surely."""

from __future__ import annotations

from dataclasses import dataclass

from entity_cli.kb.records import ActorRecord
from entity_cli.kb.variants import Variant


@dataclass(frozen=True, slots=True)
class Match:
    record: ActorRecord
    variant: Variant
    strength: str  # strong, weak, ambiguous, phonetic, fuzzy
