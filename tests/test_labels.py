"""--labels parsing."""

import pytest

from entity_cli.errors import UsageError
from entity_cli.labels import LABELS, parse_labels


def test_default_and_case():
    assert parse_labels(None) == frozenset(LABELS)
    assert parse_labels(" person, gpe ") == {"PERSON", "GPE"}


def test_unknown():
    with pytest.raises(UsageError, match="unknown label CARDINAL; valid labels: PERSON"):
        parse_labels("PERSON,CARDINAL")
