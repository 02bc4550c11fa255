"""Inputs become Documents; path problems are usage errors raised before any work."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from entity_cli.dates.docdate import parse_date
from entity_cli.errors import UsageError
from entity_cli.sources.inputs import InputFile, check_inputs
from entity_cli.sources.readers import read_input

HTML = """<html><head><title>Talks</title>
<meta property="article:published_time" content="2021-08-09T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Talks in Baghdad</h1>
<p>Delegations from Riyadh and Tehran met in Baghdad on Monday, officials said, in the first
round of direct talks between the two rivals in years.</p>
<p>The Iraqi prime minister hosted the meeting and promised a second round next month.</p>
</article><footer>Copyright 2021 Example News</footer></body></html>"""


def test_check_inputs(tmp_path):
    with pytest.raises(UsageError, match="no such file"):
        check_inputs([str(tmp_path / "x.txt")])
    with pytest.raises(UsageError, match="no input"):
        check_inputs([])
    with pytest.raises(UsageError, match="only once"):
        check_inputs(["-"], files_from="-")
    assert check_inputs(["-", str(tmp_path)]) == ["-", str(tmp_path)]


def test_parse_date():
    assert parse_date("2021-08-09", "--doc-date") == dt.date(2021, 8, 9)
    with pytest.raises(UsageError, match="--doc-date"):
        parse_date("yesterday", "--doc-date")


def test_stdin_document():
    (doc,) = read_input(InputFile("-", "stdin", 0), stdin=io.BytesIO(b"Gaza"))
    assert doc.source == "<stdin>" and doc.text == "Gaza" and not doc.failed


def test_option_date_wins_over_record_date(tmp_path):
    path = tmp_path / "d.jsonl"
    path.write_text('{"text": "x", "date": "2020-01-01"}\n\n{"text": "y", "date": "bad"}\n')
    item = InputFile(str(path), "d.jsonl", 0)
    first, second = read_input(item, doc_date=dt.date(2022, 2, 2))
    assert first.doc_date == dt.date(2022, 2, 2) and first.doc_date_source == "option"
    assert second.source == f"{path}:3"
    (_, bad) = read_input(item)
    assert bad.failed and "not a date" in bad.error


def test_html_main_text_and_publication_date(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    (doc,) = read_input(InputFile(str(path), "page.html", 0))
    assert "Delegations from Riyadh and Tehran met in Baghdad" in doc.text
    assert "Copyright" not in doc.text and "Sport" not in doc.text
    assert doc.doc_date == dt.date(2021, 8, 9) and doc.doc_date_source == "text"


def test_missing_listed_file_is_an_error_document(tmp_path):
    (doc,) = read_input(InputFile(str(tmp_path / "gone.txt"), "gone.txt", 3, missing=True))
    assert doc.failed and doc.error.endswith("gone.txt: no such file") and doc.group == 3
