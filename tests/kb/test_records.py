"""Validation of knowledge-base records: each problem is named with its file and line."""

from __future__ import annotations

import json

import pytest

from entity_cli.kb.records import KnowledgeBaseError, check_records, load_records, parse_record

GOOD = {"id": "org/saraya-al-nahrayn", "canonical": "Saraya al-Nahrayn", "label": "ORG",
        "country": "IQ", "aliases": ["SAN"], "ambiguous_aliases": ["SAN"],
        "roles": [{"title": "x", "from": "2020", "to": "2021-05-02"}]}


@pytest.mark.parametrize(("change", "problem"), [
    ({"id": None}, 'missing "id"'),
    ({"canonical": "  "}, 'missing "canonical"'),
    ({"id": "group/saraya"}, "bad id 'group/saraya'"),
    ({"id": "org/Saraya"}, "bad id 'org/Saraya'"),
    ({"label": "MILITIA"}, "bad label 'MILITIA'"),
    ({"country": "IRQ"}, "bad country 'IRQ'"),
    ({"aliases": "SAN"}, '"aliases" must be a list of strings'),
    ({"ambiguous_aliases": ["Nahrayn"]}, "ambiguous alias 'Nahrayn' is not among the aliases"),
    ({"roles": {"title": "x"}}, '"roles" must be a list'),
    ({"roles": ["x"]}, "each role must be an object"),
    ({"roles": [{"from": "May 2020"}]}, "role from date 'May 2020' is not YYYY"),
    ({"roles": [{"title": "x", "current": "yes", "as_of": "2026"}]},
     'role "current" must be true or false'),
    ({"roles": [{"title": "x", "current": True}]}, 'a "current" role has no "to" and says "as_of"'),
    ({"roles": [{"title": "x", "current": True, "to": "2024", "as_of": "2026"}]},
     'a "current" role has no "to"'),
    ({"wikipedia": ""}, '"wikipedia" must be the title'),
    ({"geonames_id": "99237"}, '"geonames_id" must be a GeoNames id'),
    ({"roles": [{"title": "x", "current": True, "as_of": "spring"}]},
     "role as_of date 'spring' is not YYYY"),
])
def test_each_problem_is_named(change, problem):
    data = {**GOOD, **change}
    record, found = parse_record(json.dumps(data), "mine.jsonl:7")
    assert record is None
    assert found.startswith(f"mine.jsonl:7: {problem}")


def test_a_current_role_confirmed_as_of_a_date_is_good():
    data = {**GOOD, "roles": [{"title": "x", "from": "2020", "current": True, "as_of": "2026-03"}]}
    record, problem = parse_record(json.dumps(data), "mine.jsonl:1")
    assert problem is None and record.roles[0]["current"] is True


def test_a_good_record_keeps_its_fields_and_extras():
    record, problem = parse_record(json.dumps({**GOOD, "wikipedia": "Saraya"}), "f:1")
    assert problem is None
    assert (record.id, record.label, record.country) == (GOOD["id"], "ORG", "IQ")
    assert record.aliases == ("SAN",) and record.extra == {"wikipedia": "Saraya"}
    assert record.origin == "f:1"


def test_not_json_and_not_an_object():
    assert parse_record("{oops", "f:2")[1].startswith("f:2: invalid JSON")
    assert parse_record("[1, 2]", "f:3")[1] == "f:3: not a JSON object"


def test_files_are_checked_together(tmp_path):
    first = tmp_path / "a.jsonl"
    second = tmp_path / "b.jsonl"
    first.write_text(json.dumps(GOOD) + "\n\n", encoding="utf-8")
    second.write_text(json.dumps({**GOOD, "canonical": "Other"}) + "\n{bad\n", encoding="utf-8")
    records, problems = check_records([first, second])
    assert records == []
    assert problems[0].startswith("b.jsonl:2: invalid JSON")
    assert problems[1] == f"b.jsonl:1: duplicate id {GOOD['id']} (first in a.jsonl:1)"
    with pytest.raises(KnowledgeBaseError) as caught:
        load_records([first, second])
    assert str(caught.value).endswith("(and 1 more)")
    assert caught.value.problems == problems


def test_unreadable_file(tmp_path):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b'{"id": "org/caf\xe9"}\n')
    _, problems = check_records([path])
    assert problems and problems[0].startswith(f"{path}: cannot read")
