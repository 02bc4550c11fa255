"""The real model on the seed article (slow: runs the full pipeline)."""

from __future__ import annotations

import pytest

from entity_cli.api import extract_paths

pytestmark = pytest.mark.slow


def test_seed_entities(seed_path, seed_text):
    (record,) = list(extract_paths([str(seed_path)]))
    found = {(e["label"], e["text"]) for e in record["entities"]}
    for expected in [
        ("PERSON", "Mustafa Al Kadhimi"),
        ("GPE", "Baghdad"),
        ("ORG", "ISIS"),
        ("DATE", "December 31"),
    ]:
        assert expected in found
    for entity in record["entities"]:
        assert seed_text[entity["start"] : entity["end"]] == entity["text"]
        assert not entity["text"].endswith(("'s", "’s"))
