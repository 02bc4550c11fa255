"""`entity-cli evaluate` through Typer's CliRunner: json and table reports, usage errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

TEXT = "Iraq and Iran signed a trade deal in Baghdad on Monday, officials said."


def _span(surface: str) -> dict[str, int | str]:
    start = TEXT.index(surface)
    return {"start": start, "end": start + len(surface), "text": surface}


GOLD = {
    "id": "g1",
    "doc_date": "2021-08-11",
    "text": TEXT,
    "entities": [
        {**_span("Iraq"), "label": "GPE", "canonical": "Iraq"},
        {**_span("Iran"), "label": "GPE", "canonical": "Iran"},
        {**_span("Baghdad"), "label": "GPE", "canonical": "Baghdad"},
        {**_span("Monday"), "label": "DATE", "value": "2021-08-09"},
    ],
}


@pytest.fixture()
def evaluate(runner, nlp):
    """Run `evaluate ARGS...` in-process with the shared pipeline already loaded."""
    from entity_cli.cli import app

    def run(*args: str):
        return runner.invoke(app, ["evaluate", *args])

    return run


@pytest.fixture()
def gold_path(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    return path


def test_json_report(evaluate, gold_path):
    result = evaluate(str(gold_path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["documents"] == 1 and report["missing_documents"] == []
    assert report["offset_errors"] == 0
    strict_all = report["strict"]["ALL"]
    assert strict_all["tp"] + strict_all["fn"] == len(GOLD["entities"])
    assert report["strict"]["GPE"]["tp"] >= 2  # the model knows Iraq, Iran and Baghdad
    assert report["coarse"]["PLACE"]["tp"] == report["strict"]["GPE"]["tp"]
    assert {"p", "r", "f", "surfaces"} <= set(report["actor_resolution"])
    assert 0.0 <= report["date_value_accuracy"] <= 1.0


def test_json_report_equals_library(evaluate, gold_path):
    from entity_cli.evaluation.scoring import evaluate_gold

    result = evaluate(str(gold_path), "-f", "json")
    assert json.loads(result.stdout) == json.loads(json.dumps(evaluate_gold(gold_path)))


def test_labels_restrict_the_report(evaluate, gold_path):
    result = evaluate(str(gold_path), "-f", "json", "--labels", "gpe")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert set(report["strict"]) <= {"GPE", "ALL"}
    assert report["strict"]["ALL"]["tp"] + report["strict"]["ALL"]["fn"] == 3


def test_table_is_the_default(evaluate, gold_path):
    result = evaluate(str(gold_path))
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "\x1b[" not in out  # not a terminal: no colour codes
    for expected in ("Label", "GPE", "PLACE", "ALL", "tp", "fp", "fn",
                     "DATE value accuracy", "Actor resolution"):
        assert expected in out
    assert result.stderr == ""


def test_missing_gold_file_is_usage_error(evaluate, tmp_path):
    missing = tmp_path / "missing.jsonl"
    result = evaluate(str(missing))
    assert result.exit_code == 2
    assert result.stderr == f"entity-cli: {missing}: no such file\n"
    assert result.stdout == ""


def test_malformed_gold_is_usage_error(evaluate, tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD) + "\n{not json\n", encoding="utf-8")
    result = evaluate(str(path), "-f", "json")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"entity-cli: {path}:2: invalid JSON")
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_unknown_label_is_usage_error(evaluate, gold_path):
    result = evaluate(str(gold_path), "--labels", "PERSON,MONEY")
    assert result.exit_code == 2
    assert "unknown label MONEY" in result.stderr


def test_help_mentions_exit_codes(evaluate):
    result = evaluate("--help")
    assert result.exit_code == 0
    assert "--format" in result.stdout and "Exit codes" in result.stdout
