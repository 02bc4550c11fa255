"""`entity-cli extract` through Typer's CliRunner: exit codes and output, failures included."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

TEXT = "Prime Minister Haider al-Abadi met Kurdish leaders in Erbil on Monday.\n"


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_json_single_file_is_one_object(invoke, article):
    result = invoke("extract", str(article), "--format", "json")
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert record["source"] == str(article)
    assert record["doc_date"] is None
    texts = {(e["text"], e["label"]) for e in record["entities"]}
    assert "Erbil" in {text for text, _ in texts}
    assert ("Monday", "DATE") in texts
    for entity in record["entities"]:
        assert TEXT[entity["start"] : entity["end"]] == entity["text"]


def test_default_format_off_terminal_is_json(invoke, article):
    result = invoke("extract", str(article))
    assert result.exit_code == 0
    assert isinstance(json.loads(result.stdout), dict)


def test_json_several_inputs_is_array(invoke, article, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Tehran said on Sunday that talks would go on.", encoding="utf-8")
    result = invoke("extract", str(article), str(other), "-f", "json")
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert [r["source"] for r in records] == [str(article), str(other)]


def test_jsonl_one_line_per_document(invoke, article):
    result = invoke("extract", str(article), "-", "--format", "jsonl", input="Iraq and Iran.")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert json.loads(lines[1])["source"] == "<stdin>"


def test_stdin(invoke):
    result = invoke("extract", "-", "-f", "json", input="Baghdad is the capital of Iraq.")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["source"] == "<stdin>"
    assert {"Baghdad", "Iraq"} <= {e["text"] for e in record["entities"]}


def test_csv_parses_with_header(invoke, article):
    result = invoke("extract", str(article), "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["source", "kind", "label", "text", "canonical", "id", "start", "end",
                       "value", "office", "origin"]
    assert len(rows) > 2
    for row in rows[1:]:
        assert row[0] == str(article) and row[1] in ("entity", "reference")
        assert TEXT[int(row[6]) : int(row[7])] == row[3]


def test_csv_quotes_commas_and_quotes(invoke, tmp_path):
    path = tmp_path / 'odd,"name".txt'
    path.write_text("Iraq and Syria.", encoding="utf-8")
    result = invoke("extract", str(path), "-f", "csv")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[1][0] == str(path)


def test_table_groups_mentions(invoke, tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("Iraq said on Monday that Iraq would talk to Iran.", encoding="utf-8")
    result = invoke("extract", str(path), "--format", "table")
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout  # not a terminal: no colour codes
    iraq_rows = [line for line in result.stdout.splitlines() if " Iraq " in line]
    assert len(iraq_rows) == 1 and " 2 " in iraq_rows[0]
    assert "DATE" in result.stdout and "Monday" in result.stdout


def test_output_file_written_atomically(invoke, article, tmp_path):
    out = tmp_path / "out.jsonl"
    result = invoke("extract", str(article), "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["source"] == str(article)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_output_into_missing_folder_is_usage_error(invoke, article, tmp_path):
    result = invoke("extract", str(article), "-o", str(tmp_path / "nope" / "out.json"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_output_over_input_refused(invoke, article):
    result = invoke("extract", str(article), "-o", str(article))
    assert result.exit_code == 2
    assert article.read_text(encoding="utf-8") == TEXT


def test_labels_filter(invoke, article):
    result = invoke("extract", str(article), "-f", "json", "--labels", "gpe,DATE")
    assert result.exit_code == 0
    labels = {e["label"] for e in json.loads(result.stdout)["entities"]}
    assert labels and labels <= {"GPE", "DATE"}


def test_unknown_label_is_usage_error(invoke, article):
    result = invoke("extract", str(article), "--labels", "PERSON,MONEY")
    assert result.exit_code == 2
    assert "unknown label MONEY" in result.stderr
    assert "PERSON, NORP, ORG, GPE, LOC, FAC, DATE" in result.stderr


def test_doc_date_carried(invoke, article):
    result = invoke("extract", str(article), "-f", "json", "--doc-date", "2021-08-09")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["doc_date"] == "2021-08-09"
    assert record["doc_date_source"] == "option"


def test_bad_doc_date_is_usage_error(invoke, article):
    result = invoke("extract", str(article), "--doc-date", "09/08/2021")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_jsonl_input_keeps_ids_and_dates(invoke, tmp_path):
    path = tmp_path / "docs.jsonl"
    lines = [
        {"id": "a1", "date": "2020-01-03", "text": "Qasem Soleimani was killed in Baghdad."},
        {"id": "a2", "text": "Beirut is in Lebanon."},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    result = invoke("extract", str(path), "-f", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["a1", "a2"]
    assert records[0]["source"] == f"{path}:1"
    assert records[0]["doc_date"] == "2020-01-03" and records[0]["doc_date_source"] == "record"
    assert records[1]["doc_date"] is None


def test_broken_jsonl_line_is_an_error_record(invoke, tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text('{"text": "Iraq."}\n{not json\n{"id": 3}\n{"text": "Iran."}\n')
    result = invoke("extract", str(path), "-f", "jsonl")
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 4
    assert "invalid JSON" in records[1]["error"] and records[1]["source"] == f"{path}:2"
    assert '"text"' in records[2]["error"]
    assert records[3]["entities"][0]["text"] == "Iran"
    errors, summary = result.stderr.strip().splitlines()[:2], result.stderr.strip().splitlines()[-1]
    assert all(line.startswith(f"entity-cli: {path}:") for line in errors)
    assert summary.startswith("entity-cli: 2 documents ok, 2 failed, 2 entities, ")


def test_missing_path_is_usage_error(invoke, tmp_path):
    result = invoke("extract", str(tmp_path / "missing.txt"))
    assert result.exit_code == 2
    assert result.stderr == f"entity-cli: {tmp_path / 'missing.txt'}: no such file or folder\n"
    assert result.stdout == ""


def test_binary_file_fails_with_message(invoke, tmp_path, article):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = invoke("extract", str(binary), str(article), "-f", "jsonl")
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0] == f"entity-cli: {binary}: binary content (NUL bytes), not text"
    assert lines[1].startswith("entity-cli: 1 document ok, 1 failed")
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first == {"source": str(binary), "error": first["error"]} and "entities" not in first
    assert second["entities"]  # the good file is still processed


def test_unreadable_file(invoke, tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("Iraq", encoding="utf-8")
    original = Path.read_bytes

    def deny(self):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", deny)
    result = invoke("extract", str(path), "-f", "json")
    assert result.exit_code == 1
    assert result.stderr.strip() == f"entity-cli: {path}: cannot read (Permission denied)"
    assert "Traceback" not in result.stderr


def test_latin1_text_is_decoded(invoke, tmp_path):
    path = tmp_path / "latin1.txt"
    text = "Le président François Hollande est arrivé à Bagdad, où l'armée irakienne..."
    path.write_bytes(text.encode("latin-1"))
    result = invoke("extract", str(path), "-f", "json")
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    for entity in record["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]


def test_empty_file_is_valid_output(invoke, tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    result = invoke("extract", str(path), "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["entities"] == []


def test_no_paths_is_usage_error(invoke):
    result = invoke("extract")
    assert result.exit_code == 2


def test_help_lists_formats_and_exit_codes(invoke):
    result = invoke("extract", "--help")
    assert result.exit_code == 0
    assert "--format" in result.stdout and "--doc-date" in result.stdout
    assert "Exit codes" in result.stdout


@pytest.mark.parametrize(("option", "message"), [
    ("--kb", "no such file"), ("--models-dir", "not a models folder"),
])
def test_kb_paths_are_checked_before_any_work(runner, tmp_path, article, option, message):
    from entity_cli.cli import app

    target = tmp_path / ("gone.jsonl" if option == "--kb" else "empty-folder")
    target.parent.mkdir(exist_ok=True)
    if option == "--models-dir":
        target.mkdir()
    result = runner.invoke(app, ["extract", str(article), option, str(target)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr


def test_environment_overlay_reaches_extract(invoke, tmp_path, monkeypatch):
    from tests.kb.test_overlays import MILITIA, write

    text = "Saraya al-Nahrayn fighters were seen near Mosul."
    monkeypatch.setenv("ENTITY_CLI_KB", write(tmp_path / "env.jsonl", MILITIA))
    result = invoke("extract", "-", "-f", "json", input=text)
    assert result.exit_code == 0, result.stderr
    ids = {e["text"]: e.get("id") for e in json.loads(result.stdout)["entities"]}
    assert ids["Saraya al-Nahrayn"] == "org/saraya-al-nahrayn"
