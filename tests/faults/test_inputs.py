"""Bad input: mis-encoded text, odd JSONL records, empty labels, linked folders, CRLF, and
malformed Dask addresses. One line on stderr each, the documented exit code, one record per
input."""

from __future__ import annotations

import json

import pytest

from tests.faults.conftest import TEXT, one_line, run

pytestmark = pytest.mark.slow


def test_utf8_with_a_few_bad_bytes_stays_utf8_with_a_warning(tmp_path):
    text = ("“Officials” in Baghdad met Kurdish leaders on Monday, said the minister’s aide. " * 8)
    raw = text.encode("utf-8")
    raw = raw[:200] + b"\xff\xfe" + raw[200:]
    path = tmp_path / "damaged.txt"
    path.write_bytes(raw)
    result = run("extract", str(path), "--format", "json")
    assert result.returncode == 0
    one_line(result, "2 invalid UTF-8 bytes replaced by U+FFFD")
    record = json.loads(result.stdout_text)
    assert record["encoding"] == "utf-8" and record["warnings"]
    decoded = raw.decode("utf-8", errors="replace")
    assert "“Officials”" in decoded
    for entity in record["entities"]:
        assert decoded[entity["start"]:entity["end"]] == entity["text"]


@pytest.mark.parametrize("name", ["Genève", "Ñúñez"])
def test_latin1_text_is_read_as_western_european(tmp_path, name):
    path = tmp_path / "latin1.txt"
    path.write_bytes(f"Talks in {name} ended on Monday, officials said.".encode("latin-1"))
    result = run("extract", str(path), "--format", "json")
    assert result.returncode == 0 and result.stderr_text == ""
    record = json.loads(result.stdout_text)
    assert record["encoding"] in ("cp1252", "latin-1")
    assert any(e["text"] == name for e in record["entities"]) or name == "Ñúñez"


def test_error_records_keep_their_jsonl_id_and_a_number_is_no_date(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "a1", "text": TEXT}),
        json.dumps({"id": "b2", "title": "no text here"}),
        json.dumps({"id": "c3", "date": 20210809, "text": TEXT}),
        "[1, 2, 3]",
    ]) + "\n", encoding="utf-8")
    result = run("extract", str(path), "--format", "jsonl", "--quiet")
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout_text.splitlines()]
    assert [r.get("id") for r in records] == ["a1", "b2", "c3", None]
    assert "entities" in records[0]
    assert records[1]["error"].endswith('record has no "text" string')
    assert '"date" must be a string in YYYY-MM-DD form, not 20210809' in records[2]["error"]
    assert "a line must hold a JSON object" in records[3]["error"]
    assert len(result.stderr_text.splitlines()) == 3


def test_empty_labels_are_a_usage_error(tmp_path):
    result = run("extract", "-", "--labels", "", input_bytes=b"text")
    assert result.returncode == 2
    one_line(result, "--labels '': give at least one label")


def test_a_folder_reached_through_a_symlink_is_no_loop(tmp_path):
    real = tmp_path / "corpus" / "real"
    real.mkdir(parents=True)
    (real / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "corpus" / "alias").symlink_to(real)
    (real / "loop").symlink_to(tmp_path / "corpus")
    result = run("extract", str(tmp_path / "corpus"), "--format", "jsonl")
    assert result.returncode == 0
    messages = result.stderr_text.splitlines()
    assert any("the same folder as" in m and "already read" in m for m in messages)
    assert any(m.endswith("symlink loop, not followed again") for m in messages)
    assert len(result.stdout_text.splitlines()) == 1  # the one file, read once
    assert messages[-1].startswith("entity-cli: 1 document ok, 0 failed, ")


def test_one_error_is_one_error(tmp_path):
    (tmp_path / "ok.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01binary")
    result = run("extract", str(tmp_path), "--format", "jsonl")
    assert result.returncode == 1
    assert "1 document ok, 1 failed" in result.stderr_text.splitlines()[-1]


def test_crlf_line_ends_change_no_entity_and_offsets_keep_the_carriage_returns(tmp_path):
    text = ("Iraq Protesters Storm Parliament\n\nV.1.0 - Powered by the Baghdad office.\n"
            "Prime Minister Mustafa al-Kadhimi met US envoys in Erbil on Monday.\n")
    (tmp_path / "lf.txt").write_bytes(text.encode())
    (tmp_path / "crlf.txt").write_bytes(text.replace("\n", "\r\n").encode())
    lf = json.loads(run("extract", str(tmp_path / "lf.txt"), "--format", "json").stdout_text)
    crlf = json.loads(run("extract", str(tmp_path / "crlf.txt"), "--format", "json").stdout_text)
    assert [(e["text"], e["label"]) for e in lf["entities"]] == [
        (e["text"], e["label"]) for e in crlf["entities"]]
    windows = text.replace("\n", "\r\n")
    for entity in crlf["entities"]:
        assert windows[entity["start"]:entity["end"]] == entity["text"]


@pytest.mark.parametrize("address", ["notaurl", "tcp://127.0.0.1:notaport", "http://127.0.0.1:8786",
                                     "tcp://127.0.0.1:99999"])
def test_a_malformed_scheduler_is_a_usage_error(address):
    result = run("extract", "-", "--engine", "dask", "--scheduler", address, input_bytes=b"x")
    assert result.returncode == 2
    one_line(result, "not a scheduler address")
