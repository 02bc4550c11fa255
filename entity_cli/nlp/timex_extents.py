"""DATE entities as TimeML draws them (``--date-spans timeml``; dates/extents.py says what
changes): the record builder's DATE entities become the TIMEX3s of ISO-TimeML."""

from __future__ import annotations

from typing import TYPE_CHECKING

from entity_cli.records import EntityRecord

if TYPE_CHECKING:
    from spacy.tokens import Span


def timeml_entities(ent: Span, entity: EntityRecord) -> list[EntityRecord]:
    """The TIMEX3s of one DATE entity (its record ``entity``): none for an age, the two
    ends of a range, the period and the day of "the quarter ended Sept. 30", else the
    entity itself."""
    from entity_cli.dates import extents
    from entity_cli.dates.ages import is_age
    from entity_cli.nlp.components.date_normaliser import apposed_age

    surface = entity["text"]
    if is_age(surface) or apposed_age(ent.doc, ent) is not None:
        return []
    value = entity.get("value")
    pieces = extents.range_pieces(surface, value) or extents.ended_pieces(
        surface, value, lambda head, day: _period_value(ent, head, day))
    if not pieces:
        return [entity]
    out: list[EntityRecord] = []
    for piece in pieces:
        part: EntityRecord = {**entity, "text": surface[piece.start:piece.end],
                              "start": entity["start"] + piece.start,
                              "end": entity["start"] + piece.end}
        part["value"], part["type"], part["mod"] = piece.value, piece.type, piece.mod
        out.append(part)
    return out


def _period_value(ent: Span, head: str, day: str):
    from entity_cli.dates import resolve_date
    from entity_cli.dates.extents import period_value
    from entity_cli.nlp.components.date_normaliser import doc_date_of, sentence_of

    return period_value(head, day, resolve_date(head, doc_date_of(ent.doc),
                                                sentence=sentence_of(ent)))
