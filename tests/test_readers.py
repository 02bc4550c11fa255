"""Inputs become Documents; path problems are usage errors raised before any work."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from entity_cli.errors import UsageError
from entity_cli.readers import check_paths, parse_date, read_documents


def test_check_paths(tmp_path):
    with pytest.raises(UsageError, match="no such file"):
        check_paths([str(tmp_path / "x.txt")])
    with pytest.raises(UsageError, match="is a directory"):
        check_paths([str(tmp_path)])
    with pytest.raises(UsageError, match="no input"):
        check_paths([])
    assert check_paths(["-"]) == ["-"]


def test_parse_date():
    assert parse_date("2021-08-09", "--doc-date") == dt.date(2021, 8, 9)
    with pytest.raises(UsageError, match="--doc-date"):
        parse_date("yesterday", "--doc-date")


def test_stdin_document():
    (doc,) = read_documents(["-"], stdin=io.BytesIO(b"Gaza"))
    assert doc.source == "<stdin>" and doc.text == "Gaza" and not doc.failed


def test_option_date_wins_over_record_date(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"text": "x", "date": "2020-01-01"}\n\n{"text": "y", "date": "bad"}\n')
    first, second = read_documents([str(path)], doc_date=dt.date(2022, 2, 2))
    assert first.doc_date == dt.date(2022, 2, 2) and first.doc_date_source == "option"
    assert second.source == f"{path}:3"
    (_, bad) = read_documents([str(path)])
    assert bad.failed and "not a date" in bad.error
