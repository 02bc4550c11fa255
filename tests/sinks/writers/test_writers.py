"""Each writer on hand-made records, without the model."""

from __future__ import annotations

import csv
import io
import json

from entity_cli.sinks.writers import WriterOptions, get_writer
from entity_cli.sinks.writers.table import group_entities

RECORDS = [
    {"source": "a.txt", "doc_date": None, "doc_date_source": None, "entities": [
        {"text": "Iraq", "label": "GPE", "start": 0, "end": 4, "canonical": "Iraq",
         "origin": "model"},
        {"text": 'He said "no", then', "label": "PERSON", "start": 5, "end": 23,
         "canonical": 'He said "no", then', "origin": "model"},
        {"text": "Monday", "label": "DATE", "start": 30, "end": 36, "value": None,
         "type": None, "mod": None, "origin": "model"},
    ]},
    {"source": "b.txt", "error": "b.txt: binary content (NUL bytes), not text"},
]


def render(fmt: str, records=RECORDS, **options) -> str:
    out = io.StringIO()
    get_writer(fmt).write(iter(records), out, WriterOptions(**options))
    return out.getvalue()


def test_jsonl_streams_each_record():
    lines = render("jsonl").splitlines()
    assert [json.loads(line) for line in lines] == RECORDS


def test_json_array_and_single_object():
    assert json.loads(render("json")) == RECORDS
    assert json.loads(render("json", records=RECORDS[:1], single=True)) == RECORDS[0]
    assert json.loads(render("json", records=[])) == []


def test_csv_rfc4180():
    text = render("csv")
    assert text.startswith("source,kind,label,text,canonical,id,start,end,value,office,origin\r\n")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[2][3] == 'He said "no", then'
    assert len(rows) == 4  # header + three entities; the failed document has none
    assert '"He said ""no"", then"' in text


def test_table_plain_and_coloured():
    plain = render("table", width=100)
    assert "\x1b[" not in plain
    assert "b.txt: failed: b.txt: binary content" in plain
    coloured = render("table", records=RECORDS[:1], color=True, width=100)
    assert "\x1b[" in coloured


def test_group_entities_counts_and_orders():
    entities = [
        {"text": "Iraq", "label": "GPE", "canonical": "Iraq"},
        {"text": "Kadhimi", "label": "PERSON", "canonical": "Mustafa Al-Kadhimi"},
        {"text": "Iraq", "label": "GPE", "canonical": "Iraq"},
        {"text": "Mr  Kadhimi", "label": "PERSON", "canonical": "Mustafa Al-Kadhimi"},
    ]
    assert group_entities(entities) == [
        ("PERSON", "Mustafa Al-Kadhimi", 2, ["Kadhimi", "Mr Kadhimi"]),
        ("GPE", "Iraq", 2, ["Iraq"]),
    ]
