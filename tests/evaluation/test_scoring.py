"""entity_cli.evaluation.scoring: gold reading, and score() against hand-made gold/system pairs.

score() must give exactly the numbers of the shared reference scorer (shared/tools/score.py),
so one test runs both on the same files and compares the whole result.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from entity_cli.errors import UsageError
from entity_cli.evaluation.scoring import GoldFileError, read_gold, score
from entity_cli.labels import LABELS

SCORE_PY = Path(__file__).resolve().parents[2] / ".." / "shared" / "tools" / "score.py"

TEXT = (
    "Mustafa al-Kadhimi flew to Baghdad on 9 August 2021 to meet the Pentagon envoy. "
    "Mr Kadhimi told Kadhimi's aides that the weekend talks in Iraq went well."
)


def ent(text: str, surface: str, label: str, nth: int = 0, **extra: Any) -> dict[str, Any]:
    """An entity for the ``nth`` occurrence of ``surface`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    entity = {"start": start, "end": start + len(surface), "label": label, "text": surface}
    entity.update(extra)
    return entity


def gold_doc(entities: list[dict[str, Any]], doc_id: str = "d1", text: str = TEXT) -> dict:
    return {"id": doc_id, "doc_date": "2021-08-09", "text": text, "entities": entities}


def system_record(entities: list[dict[str, Any]], doc_id: str = "d1") -> dict:
    return {"source": f"corpus/{doc_id}.txt", "entities": entities}


KADHIMI = "Mustafa al-Kadhimi"
GOLD_ENTITIES = [
    ent(TEXT, KADHIMI, "PERSON", canonical=KADHIMI),
    ent(TEXT, "Baghdad", "GPE", canonical="Baghdad"),
    ent(TEXT, "9 August 2021", "DATE", value="2021-08-09"),
    ent(TEXT, "the Pentagon", "ORG", canonical="Pentagon"),
    ent(TEXT, "Mr Kadhimi", "PERSON", canonical=KADHIMI),
    ent(TEXT, "Kadhimi", "PERSON", nth=2, canonical=KADHIMI),
    ent(TEXT, "the weekend", "DATE", value="2021-W32-WE"),
    ent(TEXT, "Iraq", "GPE", canonical="Iraq"),
]


def test_perfect_match_scores_one():
    result = score([gold_doc(GOLD_ENTITIES)], [system_record(GOLD_ENTITIES)])
    for table in ("strict", "coarse"):
        assert result[table]["ALL"]["f"] == 1.0
        assert result[table]["ALL"]["tp"] == len(GOLD_ENTITIES)
    assert set(result["strict"]) == {"PERSON", "GPE", "DATE", "ORG", "ALL"}
    assert set(result["coarse"]) == {"PERSON", "PLACE", "DATE", "ORG", "ALL"}
    assert result["date_value_accuracy"] == 1.0
    assert result["date_values_scored"] == 2  # both values start with a four-digit year
    assert result["actor_resolution"]["f"] == 1.0
    assert result["missing_documents"] == [] and result["offset_errors"] == 0


def test_missed_entity_lowers_recall_only():
    system = [e for e in GOLD_ENTITIES if e["text"] != "Baghdad"]
    result = score([gold_doc(GOLD_ENTITIES)], [system_record(system)])
    gpe = result["strict"]["GPE"]
    assert (gpe["tp"], gpe["fp"], gpe["fn"]) == (1, 0, 1)
    assert (gpe["p"], gpe["r"]) == (1.0, 0.5)
    assert result["strict"]["ALL"]["fn"] == 1 and result["strict"]["ALL"]["p"] == 1.0


def test_wrong_place_label_counts_strictly_but_not_coarsely():
    system = [dict(e, label="LOC") if e["text"] == "Baghdad" else e for e in GOLD_ENTITIES]
    result = score([gold_doc(GOLD_ENTITIES)], [system_record(system)])
    assert result["strict"]["GPE"]["fn"] == 1
    assert result["strict"]["LOC"] == {"p": 0.0, "r": 0.0, "f": 0.0, "tp": 0, "fp": 1, "fn": 0}
    assert result["coarse"]["PLACE"]["f"] == 1.0


def test_wrong_label_outside_places_is_wrong_in_both():
    system = [dict(e, label="ORG") if e["text"] == KADHIMI else e for e in GOLD_ENTITIES]
    result = score([gold_doc(GOLD_ENTITIES)], [system_record(system)])
    for table in ("strict", "coarse"):
        assert result[table]["PERSON"]["fn"] == 1 and result[table]["ORG"]["fp"] == 1


def test_leading_the_is_forgiven_except_on_dates():
    system = [
        ent(TEXT, "Pentagon", "ORG", canonical="Pentagon"),  # gold: "the Pentagon"
        ent(TEXT, "weekend", "DATE", value="2021-W32-WE"),  # gold: "the weekend"
    ]
    gold = [e for e in GOLD_ENTITIES if e["text"] in ("the Pentagon", "the weekend")]
    result = score([gold_doc(gold)], [system_record(system)])
    assert result["strict"]["ORG"]["tp"] == 1
    assert (result["strict"]["DATE"]["tp"], result["strict"]["DATE"]["fn"]) == (0, 1)


def test_date_value_accuracy_over_exact_spans_with_a_calendar_value():
    gold = [
        ent(TEXT, "9 August 2021", "DATE", value="2021-08-09"),
        ent(TEXT, "the weekend", "DATE", value="2021-W32-WE"),
        ent(TEXT, "Baghdad", "DATE", value="PRESENT_REF"),  # no calendar value: not scored
    ]
    system = [
        ent(TEXT, "9 August 2021", "DATE", value="2021-08-08"),  # wrong value
        ent(TEXT, "the weekend", "DATE", value="2021-W32-WE"),
        ent(TEXT, "Baghdad", "DATE", value="PRESENT_REF"),
    ]
    result = score([gold_doc(gold)], [system_record(system)])
    assert result["date_values_scored"] == 2
    assert result["date_value_accuracy"] == 0.5
    assert result["date_errors"] == [["d1", "9 August 2021", "2021-08-09", "2021-08-08"]]
    # a DATE the system missed is not a value error: it is already a span error
    result = score([gold_doc(gold)], [system_record(system[1:])])
    assert (result["date_values_scored"], result["date_value_accuracy"]) == (1, 1.0)


def _people(*canonicals: str) -> list[dict[str, Any]]:
    surfaces = [(KADHIMI, 0), ("Mr Kadhimi", 0), ("Kadhimi", 2)]
    return [ent(TEXT, s, "PERSON", nth=n, canonical=c)
            for (s, n), c in zip(surfaces, canonicals, strict=True)]


def test_actor_resolution_keys_ignore_case_spaces_and_punctuation():
    gold = _people(KADHIMI, KADHIMI, KADHIMI)
    system = _people("Mustafa Al Kadhimi", "mustafa al-kadhimi", "MUSTAFA AL KADHIMI")
    actors = score([gold_doc(gold)], [system_record(system)])["actor_resolution"]
    assert (actors["p"], actors["r"], actors["f"], actors["surfaces"]) == (1.0, 1.0, 1.0, 3)


def test_actor_resolution_unresolved_titles_lose_recall():
    gold = _people(KADHIMI, KADHIMI, KADHIMI)
    system = _people(KADHIMI, "Mr Kadhimi", "Kadhimi")  # canonical = surface: no merging
    actors = score([gold_doc(gold)], [system_record(system)])["actor_resolution"]
    assert (actors["p"], actors["r"], actors["f"]) == (0.0, 0.0, 0.0)
    system = _people(KADHIMI, "Kadhimi", "Kadhimi")  # "Mr Kadhimi"/"Kadhimi" share a key
    actors = score([gold_doc(gold)], [system_record(system)])["actor_resolution"]
    assert (actors["p"], actors["r"]) == (1.0, 1 / 3)


def test_actor_resolution_counts_each_surface_form_once_per_document():
    text = "Kadhimi met Sadr. Kadhimi left."
    gold = [ent(text, "Kadhimi", "PERSON", canonical="Kadhimi"),
            ent(text, "Sadr", "PERSON", canonical="Muqtada al-Sadr"),
            ent(text, "Kadhimi", "PERSON", nth=1, canonical="Kadhimi")]
    system = [dict(e, canonical="Someone") for e in gold]  # merges everyone: wrong
    result = score([gold_doc(gold, text=text)], [system_record(system)])
    assert result["actor_resolution"]["surfaces"] == 2
    assert result["actor_resolution"]["p"] == 0.0  # the one system pair is not a gold pair
    assert result["actor_resolution_mentions"]["mentions"] == 3


def test_missing_system_document_counts_as_all_missed():
    result = score([gold_doc(GOLD_ENTITIES)], [system_record(GOLD_ENTITIES, doc_id="other")])
    assert result["missing_documents"] == ["d1"]
    assert result["strict"]["ALL"]["fn"] == len(GOLD_ENTITIES)


def test_labels_restrict_both_sides():
    result = score([gold_doc(GOLD_ENTITIES)], [system_record(GOLD_ENTITIES)], labels={"GPE"})
    assert set(result["strict"]) == {"GPE", "ALL"}


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def _reference_case() -> tuple[list[dict], list[dict]]:
    """Gold and system output that exercise every branch of the scorer at once."""
    text2 = "The Kurdish leaders met in the Erbil citadel; Barzani and Mr Barzani agreed."
    gold = [
        gold_doc(GOLD_ENTITIES),
        gold_doc([ent(text2, "Kurdish", "NORP", canonical="Kurdish"),
                  ent(text2, "the Erbil citadel", "FAC", canonical="Erbil Citadel"),
                  ent(text2, "Barzani", "PERSON", canonical="Masoud Barzani"),
                  ent(text2, "Mr Barzani", "PERSON", canonical="Masoud Barzani")],
                 doc_id="d2", text=text2),
        gold_doc([], doc_id="d3", text="Nothing here."),
    ]
    system = [
        system_record([
            ent(TEXT, KADHIMI, "PERSON", canonical="Kadhimi"),
            ent(TEXT, "Baghdad", "LOC", canonical="Baghdad"),
            ent(TEXT, "9 August 2021", "DATE", value="2021-08-08"),
            ent(TEXT, "Pentagon", "ORG"),
            ent(TEXT, "Mr Kadhimi", "PERSON", canonical="kadhimi"),
            ent(TEXT, "Kadhimi", "PERSON", nth=2, canonical="Kadhimi"),
            ent(TEXT, "weekend", "DATE", value=None),
            dict(ent(TEXT, "Iraq", "GPE"), text="Iran"),  # offset error
            ent(TEXT, "Iraq", "MONEY"),  # not a scored label
        ]),
        {"id": "d2", "entities": [
            ent(text2, "Erbil citadel", "GPE", canonical="Erbil"),
            ent(text2, "Barzani", "PERSON"),
            ent(text2, "Mr Barzani", "PERSON", canonical="Mr Barzani"),
        ]},
    ]
    return gold, system


@pytest.mark.skipif(not SCORE_PY.exists(), reason=f"reference scorer not found at {SCORE_PY}")
@pytest.mark.parametrize("labels", [None, "PERSON,GPE,FAC,DATE"])
def test_same_numbers_as_reference_scorer(tmp_path, labels):
    gold, system = _reference_case()
    command = [sys.executable, str(SCORE_PY), str(_write_jsonl(tmp_path / "gold.jsonl", gold)),
               str(_write_jsonl(tmp_path / "system.jsonl", system)), "--json"]
    if labels:
        command += ["--labels", labels]
    reference = json.loads(subprocess.run(command, capture_output=True, text=True,
                                          check=True).stdout)
    ours = score(gold, system, labels=labels.split(",") if labels else LABELS)
    assert json.loads(json.dumps(ours)) == reference
    assert reference["offset_errors"] == 1 and reference["missing_documents"] == ["d3"]


# --- read_gold -----------------------------------------------------------------------------


def test_read_gold_round_trip(tmp_path):
    gold, _ = _reference_case()
    path = _write_jsonl(tmp_path / "gold.jsonl", gold)
    path.write_text(path.read_text(encoding="utf-8") + "\n\n", encoding="utf-8")
    assert read_gold(path) == gold


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"text": "Iraq.", "entities": []}', '"id"'),
        ('{"id": "x", "entities": []}', '"text"'),
        ('{"id": "x", "text": "Iraq."}', '"entities"'),
        ('{"id": "x", "text": "Iraq.", "doc_date": "9/8/2021", "entities": []}', "YYYY-MM-DD"),
        ('{"id": "x", "text": "Iraq.", "entities": [{"start": 0, "end": 9, "label": "GPE"}]}',
         "bad offsets"),
        ('{"id": "x", "text": "Iraq.", "entities": [{"start": 0, "end": 4}]}', '"label"'),
        ('{"id": "x", "text": "Iraq.", '
         '"entities": [{"start": 0, "end": 4, "label": "GPE", "text": "Iran"}]}', "Iran"),
        ('{"id": "d1", "text": "Iraq.", "entities": []}', "repeats line 1"),
    ],
)
def test_malformed_gold_names_file_and_line(tmp_path, line, reason):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "d1", "text": "Iran.", "entities": []}\n' + line + "\n")
    with pytest.raises(GoldFileError) as caught:
        read_gold(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:2: ") and reason in message
    assert "\n" not in message
    assert isinstance(caught.value, UsageError) and caught.value.exit_code == 2


def test_missing_gold_file(tmp_path):
    with pytest.raises(GoldFileError, match="no such file"):
        read_gold(tmp_path / "missing.jsonl")
