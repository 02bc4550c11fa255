"""The JSON index cache gives back exactly the index a fresh build makes."""

from __future__ import annotations

from pathlib import Path

from entity_cli.kb import cache
from entity_cli.kb.index import ActorIndex
from entity_cli.kb.names import load_common_words, load_transliteration
from entity_cli.kb.records import load_records


def build(key):
    return ActorIndex.build(load_records, load_transliteration(), load_common_words, cache_key=key)


def test_cached_index_equals_fresh_build(tmp_path, monkeypatch):
    monkeypatch.setenv("ENTITY_CLI_CACHE_DIR", str(tmp_path))
    fresh = build("k1")
    assert (tmp_path / "index-k1.json").exists()
    cached = build("k1")
    assert cached.records == fresh.records
    assert cached.strong == fresh.strong
    assert cached.weak == fresh.weak and cached.ambiguous == fresh.ambiguous
    assert cached.exact_surfaces == fresh.exact_surfaces
    assert cached.phonetic == fresh.phonetic
    assert cached.person_keys == fresh.person_keys and cached.max_words == fresh.max_words
    assert cached.person_key_ids == fresh.person_key_ids and cached.generic == fresh.generic
    build("k2")
    assert [p.name for p in tmp_path.glob("index-*.json")] == ["index-k2.json"]
    assert not list(tmp_path.glob("*.tmp"))  # written atomically, nothing left over


def test_corrupt_or_disabled_cache_means_a_fresh_build(tmp_path, monkeypatch):
    monkeypatch.setenv("ENTITY_CLI_CACHE_DIR", str(tmp_path))
    (tmp_path / "index-bad.json").write_text("{not json", encoding="utf-8")
    index = build("bad")
    assert index.get_strong("baghdad", "Baghdad") is not None
    monkeypatch.setenv("ENTITY_CLI_CACHE_DIR", "off")
    assert cache.cache_dir() is None
    assert build("other").get_strong("baghdad", "Baghdad") is not None


def test_fingerprint_changes_with_the_data(tmp_path):
    data = tmp_path / "kb.jsonl"
    data.write_text("a", encoding="utf-8")
    first = cache.fingerprint([data])
    data.write_text("b", encoding="utf-8")
    assert cache.fingerprint([data]) != first
    assert cache.fingerprint([Path(data)]) == cache.fingerprint([data])


def test_every_field_of_the_index_has_a_codec():
    from dataclasses import fields

    from entity_cli.kb.stored import CODECS

    assert set(CODECS) == {f.name for f in fields(ActorIndex)} - {"tables"}


def test_lazy_tables_read_the_same_every_way():
    table = cache.LazyMapping({"a": "1", "b": "2"}, int)
    assert table["a"] == 1 and table.get("b") == 2 and table.get("c") is None
    assert dict(table) == {"a": 1, "b": 2} == dict(table.items())
    assert list(table.values()) == [1, 2] and "a" in table and len(table) == 2
    assert {**table} == {"a": 1, "b": 2}
