"""`--format spacy`: a DocBin that loads back with the extracted entities."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from entity_cli.errors import OutputError
from entity_cli.sinks.writers import WriterOptions, get_writer
from entity_cli.sinks.writers.docbin import USER_DATA_KEY

TEXT = "Mr Hadi al-Amiri met Iranian envoys in Baghdad on Sunday."


def ent(text: str, label: str, **extra) -> dict:
    start = TEXT.index(text)
    return {"text": text, "label": label, "start": start, "end": start + len(text), **extra}


RECORDS = [
    {"source": "a.txt", "doc_date": "2021-08-08", "text": TEXT, "entities": [
        ent("Hadi al-Amiri", "PERSON", canonical="Hadi al-Amiri", id="person/hadi-al-amiri",
            country="IQ", title="Mr"),
        ent("Iranian", "NORP", canonical="Iranian"),
        ent("Baghdad", "GPE", canonical="Baghdad", id="place/baghdad"),
        ent("Sunday", "DATE", value="2021-08-08", type="DATE", mod=None),
    ]},
    {"source": "b.txt", "error": "b.txt: not text"},
    {"source": "c.txt", "doc_date": None, "text": "", "entities": []},
]


def spans(doc) -> list[tuple[str, str, int, int]]:
    return [(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents]


def load(path: Path) -> list:
    return list(DocBin().from_disk(path).get_docs(spacy.blank("en").vocab))


def test_round_trip(tmp_path: Path):
    path = tmp_path / "out.spacy"
    with open(path, "w", encoding="utf-8", newline="") as stream:
        get_writer("spacy").write(iter(RECORDS), stream, WriterOptions())
    docs = load(path)
    assert len(docs) == 2  # the failed document is left out
    first = docs[0]
    assert first.text == TEXT
    assert spans(first) == [(e["text"], e["label"], e["start"], e["end"]) for e in RECORDS[0]["entities"]]
    assert [e.kb_id_ for e in first.ents] == ["person/hadi-al-amiri", "", "place/baghdad", ""]
    data = first.user_data[USER_DATA_KEY]
    assert data["source"] == "a.txt" and data["doc_date"] == "2021-08-08"
    assert list(data["entities"]) == RECORDS[0]["entities"]  # msgpack gives a tuple
    assert docs[1].text == "" and list(docs[1].ents) == []


def test_offsets_inside_a_token_widen_to_it(tmp_path: Path):
    text = "Baghdadi officials"
    record = {"source": "x", "text": text, "entities": [
        {"text": "Baghdad", "label": "GPE", "start": 0, "end": 7}]}
    path = tmp_path / "x.spacy"
    with open(path, "w", encoding="utf-8", newline="") as stream:
        get_writer("spacy").write([record], stream, WriterOptions())
    doc = load(path)[0]
    assert spans(doc) == [("Baghdadi", "GPE", 0, 8)]
    assert doc.user_data[USER_DATA_KEY]["entities"][0]["end"] == 7  # the exact offsets survive


def test_a_text_stream_without_bytes_underneath_is_refused():
    with pytest.raises(OutputError, match="binary"):
        get_writer("spacy").write(iter(RECORDS), io.StringIO(), WriterOptions())


def test_needs_text():
    assert get_writer("spacy").needs_text is True


def test_cli_spacy_needs_an_output_file(invoke, tmp_path: Path):
    article = tmp_path / "note.txt"
    article.write_text("Iraq.", encoding="utf-8")
    result = invoke("extract", str(article), "--format", "spacy")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "entity-cli: --format spacy writes a binary DocBin: give -o FILE.spacy\n"


def test_cli_spacy_round_trips_the_json_output(invoke, tmp_path: Path):
    article = tmp_path / "note.txt"
    article.write_text(
        "Prime Minister Mustafa al-Kadhimi visited Washington on Monday with Iraqi officials.\n",
        encoding="utf-8",
    )
    out = tmp_path / "note.spacy"  # the suffix picks the format
    result = invoke("extract", str(article), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    extracted = json.loads(invoke("extract", str(article), "--format", "json").stdout)["entities"]
    assert extracted
    docs = load(out)
    assert len(docs) == 1
    assert spans(docs[0]) == [(e["text"], e["label"], e["start"], e["end"]) for e in extracted]
    assert list(docs[0].user_data[USER_DATA_KEY]["entities"]) == extracted
