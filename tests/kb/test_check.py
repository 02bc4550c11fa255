"""What `actors check` counts beside its errors: interoperable id coverage."""

from __future__ import annotations

from entity_cli.kb.check import id_coverage
from entity_cli.kb.records import ActorRecord


def test_id_coverage_counts_geonames_on_places_and_wikipedia_on_actors():
    records = [
        ActorRecord(id="place/a", canonical="A", label="GPE", extra={"geonames_id": 1}),
        ActorRecord(id="place/b", canonical="B", label="FAC"),
        ActorRecord(id="person/c", canonical="C", label="PERSON", extra={"wikipedia": "C"}),
        ActorRecord(id="org/d", canonical="D", label="ORG"),
        ActorRecord(id="norp/e", canonical="E", label="NORP"),  # neither kind of id applies
    ]
    assert id_coverage(records) == {"geonames_id": [1, 2], "wikipedia": [1, 2]}
