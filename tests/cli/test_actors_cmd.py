"""`entity-cli actors lookup` and `actors check`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from entity_cli.kb.records import models_dir
from tests.kb.test_overlays import MILITIA, MINISTER, write


@pytest.fixture()
def invoke(runner):
    """The actors commands read the KB only: no model, so they run in the fast lane."""
    from entity_cli.cli import app

    def run(*args: str):
        return runner.invoke(app, list(args))

    return run


def test_lookup_shows_record_and_variant(invoke):
    result = invoke("actors", "lookup", "Mr", "Al", "Kadhimi")
    assert result.exit_code == 0
    assert "Mustafa Al-Kadhimi" in result.stdout and "person/mustafa-al-kadhimi" in result.stdout
    assert "surname" in result.stdout


def test_lookup_json_and_unknown(invoke):
    result = invoke("actors", "lookup", "Daesh", "--json")
    assert json.loads(result.stdout)[0]["id"] == "org/islamic-state"
    result = invoke("actors", "lookup", "Xqzv Plorb")
    assert result.exit_code == 1
    assert result.stderr.strip() == "entity-cli: Xqzv Plorb: not in the knowledge base"


def test_check_passes_on_shipped_kb(invoke):
    result = invoke("actors", "check", "--json")
    assert result.exit_code == 0, result.stdout
    report = json.loads(result.stdout)
    assert report["errors"] == [] and report["records"] >= 1500
    have, places = report["ids"]["geonames_id"]
    assert places >= 10_000 and have / places > 0.95  # every generated place has its id


def check_with_extra(invoke, tmp_path: Path, line: str):
    """`actors check` on a copy of models/ with one more KB file holding ``line``."""
    target = tmp_path / "models"
    if not target.exists():
        shutil.copytree(models_dir(), target)
    (target / "kb" / "extra.jsonl").write_text(line + "\n", encoding="utf-8")
    return invoke("actors", "check", "--models-dir", str(target))


def test_check_reports_bad_records_and_collisions(invoke, tmp_path: Path):
    result = check_with_extra(
        invoke, tmp_path, '{"id": "org/fake-islamic-state", "canonical": "Fake Group", '
        '"label": "ORG", "aliases": ["Daesh"]}')
    assert result.exit_code == 1
    assert "name collision" in result.stderr and "daesh" in result.stderr
    result = check_with_extra(invoke, tmp_path, '{"id": "Bad Id", "canonical": "X", "label": "ORG"}')
    assert result.exit_code == 1
    assert "extra.jsonl:1: bad id" in result.stderr


def test_check_rejects_a_place_possessive_inside_a_name(invoke, tmp_path: Path):
    result = check_with_extra(
        invoke, tmp_path, '{"id": "org/harbour-board-test", "canonical": "Harbour Board", '
        '"label": "ORG", "aliases": ["Jordan\'s Harbour Board", "Workers\' Harbour Board"]}')
    assert result.exit_code == 1
    assert "extra.jsonl:1: \"Jordan's Harbour Board\" joins a place's possessive" in result.stderr
    assert "Workers" not in result.stderr


def test_check_rejects_a_never_name_word_in_a_person(invoke, tmp_path: Path):
    result = check_with_extra(
        invoke, tmp_path, '{"id": "person/their-majesty-test", "canonical": "Their Majesty Omar",'
        ' "label": "PERSON"}')
    assert result.exit_code == 1
    assert "'Their Majesty Omar' holds 'their', listed in words.json" in result.stderr


def test_lookup_and_check_take_overlays(invoke, tmp_path):
    overlay = write(tmp_path / "mine.jsonl", MINISTER, MILITIA)
    assert invoke("actors", "lookup", "Brigades", "of", "the", "Two", "Rivers").exit_code == 1
    result = invoke("actors", "lookup", "--kb", overlay, "Brigades of the Two Rivers", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["id"] == "org/saraya-al-nahrayn"
    result = invoke("actors", "check", "--kb", overlay)
    assert result.exit_code == 0 and "0 errors" in result.stdout


def test_check_names_the_overlay_line_at_fault(invoke, tmp_path):
    overlay = write(tmp_path / "bad.jsonl", MINISTER, {"id": "person/no-such-one", "drop": True})
    result = invoke("actors", "check", "--kb", overlay)
    assert result.exit_code == 1
    assert f"error: {overlay}:2: cannot drop 'person/no-such-one'" in result.stderr


def test_environment_overlays(invoke, tmp_path, monkeypatch):
    monkeypatch.setenv("ENTITY_CLI_KB", write(tmp_path / "env.jsonl", MILITIA))
    result = invoke("actors", "lookup", "Saraya al-Nahrayn")
    assert result.exit_code == 0 and "org/saraya-al-nahrayn" in result.stdout


@pytest.mark.parametrize("command", [("actors", "lookup", "Iraq"), ("actors", "check")])
def test_missing_kb_paths_are_usage_errors(invoke, tmp_path, command):
    result = invoke(*command, "--kb", str(tmp_path / "gone.jsonl"))
    assert result.exit_code == 2
    assert result.stderr.strip() == f"entity-cli: --kb {tmp_path / 'gone.jsonl'}: no such file"
    result = invoke(*command, "--models-dir", str(tmp_path))
    assert result.exit_code == 2
    assert "not a models folder" in result.stderr


def test_check_text_reports_titles_the_roles_contradict(invoke, tmp_path: Path):
    text = tmp_path / "note.txt"
    text.write_text("August 9, 2021\n\nPresident Joe Biden spoke. Prime Minister Haider "
                    "al-Abadi replied.\n", encoding="utf-8")
    result = invoke("actors", "check", "--text", str(text))
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stdout.splitlines() if line.startswith("title:")]
    # Biden was president on the date; al-Abadi's premiership ended in 2018.
    assert len(lines) == 1 and "'Prime Minister' on Haider al-Abadi" in lines[0]
    assert "Prime Minister of Iraq (2014-09-08 to 2018-10-25)" in lines[0]
    assert "titles: 1 contradicted by the KB's roles" in result.stdout
    report = json.loads(invoke("actors", "check", "--text", str(text), "--json").stdout)
    assert [t["id"] for t in report["titles"]] == ["person/haider-al-abadi"]


def test_check_text_with_a_missing_file_is_a_usage_error(invoke, tmp_path: Path):
    result = invoke("actors", "check", "--text", str(tmp_path / "none.txt"))
    assert result.exit_code == 2
    assert "Traceback" not in result.output
