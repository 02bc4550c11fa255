"""Office references in text, resolved on the document date (benchmarks/data/
office_references.jsonl: sentences written for this project, ten offices, dates on both
sides of a change of holder)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CASES = Path(__file__).resolve().parents[3] / "benchmarks" / "data" / "office_references.jsonl"

pytestmark = pytest.mark.slow


def _references(nlp, text: str, doc_date: str | None) -> list[tuple[str, str | None, str]]:
    doc = nlp.make_doc(text)
    doc._.me_doc_date = doc_date or ""
    doc = nlp(doc)
    return [(s.label_, s.kb_id_ or None, s.text) for s in doc.spans["me_references"]]


def test_every_reference_is_right_or_left_empty_never_wrong(nlp):
    cases = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines()]
    right = empty = 0
    for case in cases:
        found = _references(nlp, case["text"], case["doc_date"])
        if case["office"] is None:
            assert found == [], case["text"]
            right += 1
            continue
        assert [office for office, _, _ in found] == [case["office"]], case["text"]
        holder = found[0][1]
        assert holder in (case["holder"], None), (case, holder)  # never the wrong person
        right += holder == case["holder"]
        empty += holder is None and case["holder"] is not None
    assert len(cases) >= 30 and right >= 27, (right, empty)


def test_references_are_not_entities(nlp):
    doc = nlp.make_doc("Iraq's prime minister met the UN secretary-general.")
    doc._.me_doc_date = "2021-08-09"
    doc = nlp(doc)
    assert [e.text for e in doc.ents] == ["Iraq", "UN"]
    assert [s.text for s in doc.spans["me_references"]] == ["Iraq's prime minister",
                                                            "UN secretary-general"]


def test_output_records_carry_references(invoke):
    result = invoke("extract", "-", "--doc-date", "2021-08-09", "--format", "json",
                    input="Iraq's prime minister spoke.\n")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["references"] == [{
        "text": "Iraq's prime minister", "start": 0, "end": 21,
        "office": "Prime Minister of Iraq", "actor": "Mustafa Al-Kadhimi",
        "id": "person/mustafa-al-kadhimi", "from": "2020-05-07", "to": "2022-10-27"}]
    only_places = invoke("extract", "-", "--doc-date", "2021-08-09", "--labels", "GPE",
                         "--format", "json", input="Iraq's prime minister spoke.\n")
    assert json.loads(only_places.stdout)["references"] == []  # references name PERSONs
    csv = invoke("extract", "-", "--doc-date", "2021-08-09", "--format", "csv",
                 input="Iraq's prime minister spoke.\n")
    rows = csv.stdout.splitlines()
    assert rows[0] == "source,kind,label,text,canonical,id,start,end,value,office,origin"
    assert rows[2] == ("<stdin>,reference,PERSON,Iraq's prime minister,Mustafa Al-Kadhimi,"
                       "person/mustafa-al-kadhimi,0,21,,Prime Minister of Iraq,rule")
