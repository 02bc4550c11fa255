"""Overlays: records added, replaced or dropped on top of the shipped KB, with file:line
errors; the one KB setting; the index cache keyed on the overlays."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from entity_cli.errors import UsageError
from entity_cli.kb.check import check_kb, lookup_name
from entity_cli.kb.load import load_index
from entity_cli.kb.overlays import ENVIRONMENT, apply_overlays, overlay_paths
from entity_cli.kb.records import KnowledgeBaseError, load_records
from entity_cli.kb.setting import KBSetting

# Invented actors: no real person or group is described here.
MINISTER = {"id": "person/karim-zaydan-tabbal", "canonical": "Karim Zaydan al-Tabbal",
            "label": "PERSON", "kind": "minister", "country": "IQ",
            "roles": [{"title": "Minister of Water Resources of Iraq", "from": "2031-01-04"}]}
MILITIA = {"id": "org/saraya-al-nahrayn", "canonical": "Saraya al-Nahrayn", "label": "ORG",
           "kind": "militia", "country": "IQ", "aliases": ["Brigades of the Two Rivers"]}


def write(path: Path, *lines: object) -> str:
    path.write_text("".join((ln if isinstance(ln, str) else json.dumps(ln)) + "\n"
                            for ln in lines), encoding="utf-8")
    return str(path)


@pytest.fixture(scope="module")
def shipped():
    return load_records()


def test_new_records_are_added(tmp_path, shipped):
    overlay = write(tmp_path / "mine.jsonl", MINISTER, MILITIA)
    merged = {r.id: r for r in apply_overlays(shipped, [overlay])}
    assert len(merged) == len(shipped) + 2
    assert merged["org/saraya-al-nahrayn"].aliases == ("Brigades of the Two Rivers",)
    assert merged["person/karim-zaydan-tabbal"].origin == f"{overlay}:1"


def test_an_existing_id_is_replaced_and_a_drop_removes(tmp_path, shipped):
    replaced = {"id": "person/mustafa-al-kadhimi", "canonical": "Mustafa al-Kadhimi",
                "label": "PERSON", "country": "IQ"}
    first = write(tmp_path / "a.jsonl", replaced)
    second = write(tmp_path / "b.jsonl", {"id": "place/baghdad", "drop": True})
    merged = {r.id: r for r in apply_overlays(shipped, [first, second])}
    assert merged["person/mustafa-al-kadhimi"].roles == ()  # the overlay's record, whole
    assert "place/baghdad" not in merged
    assert len(merged) == len(shipped) - 1


def test_a_later_overlay_wins(tmp_path, shipped):
    one = write(tmp_path / "one.jsonl", {**MILITIA, "kind": "armed_group"})
    two = write(tmp_path / "two.jsonl", MILITIA)
    merged = {r.id: r for r in apply_overlays(shipped, [one, two])}
    assert merged["org/saraya-al-nahrayn"].kind == "militia"


@pytest.mark.parametrize(("line", "problem"), [
    ("{not json", "invalid JSON"),
    ({"id": "person/nobody-here", "drop": True}, "cannot drop 'person/nobody-here'"),
    ({"id": "place/baghdad", "drop": True, "label": "GPE"}, "holds only"),
    ({"id": "place/baghdad", "drop": False}, '"drop" must be true'),
    ({**MILITIA, "label": "MILITIA"}, "bad label"),
    ({**MILITIA, "id": "Saraya"}, "bad id"),
])
def test_overlay_problems_name_file_and_line(tmp_path, shipped, line, problem):
    overlay = write(tmp_path / "bad.jsonl", MINISTER, line)
    with pytest.raises(KnowledgeBaseError) as caught:
        apply_overlays(shipped, [overlay])
    assert str(caught.value).startswith(f"{overlay}:2: ")
    assert problem in str(caught.value)


def test_check_kb_reports_overlay_errors_and_counts_records(tmp_path):
    good = write(tmp_path / "good.jsonl", MINISTER, MILITIA)
    report = check_kb(overlays=[good])
    assert report["errors"] == []
    assert report["records"] == len(load_records()) + 2
    bad = write(tmp_path / "bad.jsonl", MILITIA, {"id": "org/x", "canonical": "X"})
    report = check_kb(overlays=[bad])
    assert report["errors"] == [f'{bad}:2: missing "label"']


def test_lookup_and_index_see_the_overlay(tmp_path, monkeypatch):
    monkeypatch.setenv("ENTITY_CLI_CACHE_DIR", str(tmp_path / "cache"))
    overlay = write(tmp_path / "mine.jsonl", MINISTER, MILITIA)
    assert lookup_name("Saraya al-Nahrayn") == []
    (match,) = lookup_name("Brigades of the Two Rivers", overlays=[overlay])
    assert match["id"] == "org/saraya-al-nahrayn"
    assert "org/saraya-al-nahrayn" in load_index(None, [overlay]).records
    assert "org/saraya-al-nahrayn" not in load_index().records


def test_the_cache_keys_on_the_overlay_contents(tmp_path, monkeypatch):
    monkeypatch.setenv("ENTITY_CLI_CACHE_DIR", str(tmp_path / "cache"))
    overlay = tmp_path / "mine.jsonl"
    write(overlay, MILITIA)
    from entity_cli.kb.cache import fingerprint

    before = fingerprint([], [overlay])
    write(overlay, MILITIA, MINISTER)
    assert fingerprint([], [overlay]) != before


def test_environment_overlays_come_first(tmp_path, monkeypatch):
    env = [write(tmp_path / "env1.jsonl", MILITIA), write(tmp_path / "env2.jsonl", MINISTER)]
    monkeypatch.setenv(ENVIRONMENT, ":".join(env))
    given = write(tmp_path / "cli.jsonl", MILITIA)
    assert overlay_paths([given]) == (*env, given)
    assert overlay_paths([env[0]]) == tuple(env)  # each once, in its first place
    monkeypatch.delenv(ENVIRONMENT)
    assert overlay_paths() == ()


def test_setting_checks_paths_before_any_work(tmp_path):
    with pytest.raises(UsageError, match="no such file"):
        KBSetting.resolve(overlays=[tmp_path / "missing.jsonl"])
    with pytest.raises(UsageError, match="not a models folder"):
        KBSetting.resolve(models_dir=tmp_path)
    assert KBSetting.resolve() == KBSetting(None, ())
