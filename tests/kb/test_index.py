"""The index over the shipped KB: collision policy, case rules, person resolution."""

from __future__ import annotations

from collections import defaultdict

import pytest

from entity_cli.kb.load import load_index
from entity_cli.kb.names import fold, load_common_words
from entity_cli.kb.records import load_records


@pytest.fixture(scope="module")
def index():
    return load_index()


def test_kb_size_and_labels():
    records = load_records()
    assert len(records) >= 1500
    labels = {r.label for r in records}
    assert labels == {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}


def test_no_generated_variant_names_two_actors(index):
    """Over the whole KB: every key that can create an entity names exactly one actor, and
    no generated variant took a key another actor lists explicitly."""
    from entity_cli.kb.variants import record_variants

    owners = defaultdict(set)
    explicit = defaultdict(set)
    for record in index.records.values():
        if record.kind in index.tables.context_kinds:
            continue  # towns never claim a key another actor has (tests/kb/test_towns.py)
        for variant in record_variants(record, index.tables):
            owners[fold(variant.surface)].add(record.id)
            if variant.explicit:
                explicit[fold(variant.surface)].add(record.id)
    for key, (rid, _variant) in index.strong.items():
        if len(owners[key]) > 1:
            # shared keys survive only for the single actor that lists the name itself
            assert explicit[key] == {rid}, key
    for key, items in index.ambiguous.items():
        assert key not in index.strong and len({rid for rid, _ in items}) > 1


def test_no_strong_generated_variant_is_a_common_word(index):
    common = load_common_words()
    for key, (_rid, variant) in index.strong.items():
        if not variant.explicit and " " not in variant.surface.strip():
            assert key not in common, variant.surface


def test_acronyms_match_case_exactly(index):
    assert index.get_strong("us", "US").record.id == "place/united-states"
    assert index.get_strong("us", "U.S.").record.id == "place/united-states"
    assert index.get_strong("us", "us") is None
    assert index.get_strong("is", "is") is None


def test_shared_surname_is_ambiguous_until_the_date_decides(index):
    assert index.get_strong(fold("Assad"), "Assad") is None
    assert index.resolve_person("Assad") is None
    assert index.resolve_person("Assad", "2016-05-01").record.id == "person/bashar-al-assad"


def test_person_resolution_paths(index):
    assert index.resolve_person("Mustafa al-Kadhimi").strength == "strong"
    assert index.resolve_person("Trump").strength == "weak"  # a common word: never a span alone
    assert index.resolve_person("Khadimi").record.id == "person/mustafa-al-kadhimi"
    assert index.resolve_person("Zzyzx Qwerty") is None


@pytest.mark.parametrize(("surface", "expected"), [
    ("Khadimi", "person/mustafa-al-kadhimi"),  # sounds alike and is spelt close
    ("Al Sistany", "person/ali-al-sistani"),
    ("Netanyahoo", "person/benjamin-netanyahu"),  # near spelling (fuzzy)
    ("Pele", None),  # sounds like "Pillay" but is spelt far from it
    ("Mark Miller", None),  # near "Mark Milley", but Miller is a name the KB knows
])
def test_sound_alikes_and_near_spellings_must_be_close_word_by_word(index, surface, expected):
    match = index.resolve_person(surface)
    assert (match.record.id if match else None) == expected
    if match:
        assert match.strength in {"phonetic", "fuzzy"}
