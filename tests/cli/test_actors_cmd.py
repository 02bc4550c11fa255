"""`entity-cli actors lookup` and `actors check`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from entity_cli.kb.records import models_dir


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


def test_check_reports_bad_records_and_collisions(invoke, tmp_path: Path):
    target = tmp_path / "models"
    shutil.copytree(models_dir(), target)
    (target / "kb" / "extra.jsonl").write_text(
        '{"id": "org/fake-islamic-state", "canonical": "Fake Group", "label": "ORG", '
        '"aliases": ["Daesh"]}\n', encoding="utf-8")
    result = invoke("actors", "check", "--models-dir", str(target))
    assert result.exit_code == 1
    assert "name collision" in result.stderr and "daesh" in result.stderr
    (target / "kb" / "extra.jsonl").write_text('{"id": "Bad Id", "canonical": "X", "label": "ORG"}\n')
    result = invoke("actors", "check", "--models-dir", str(target))
    assert result.exit_code == 1
    assert "extra.jsonl:1: bad id" in result.stderr


def test_check_rejects_a_place_possessive_inside_a_name(invoke, tmp_path: Path):
    target = tmp_path / "models"
    shutil.copytree(models_dir(), target)
    (target / "kb" / "extra.jsonl").write_text(
        '{"id": "org/harbour-board-test", "canonical": "Harbour Board", "label": "ORG", '
        '"aliases": ["Jordan\'s Harbour Board", "Workers\' Harbour Board"]}\n', encoding="utf-8")
    result = invoke("actors", "check", "--models-dir", str(target))
    assert result.exit_code == 1
    assert "extra.jsonl:1: \"Jordan's Harbour Board\" joins a place's possessive" in result.stderr
    assert "Workers" not in result.stderr
