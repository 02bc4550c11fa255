"""The report's tables: the actor summary of one document and the index of many.

Actors are grouped by knowledge-base id where there is one, else by label and canonical
name, so "Kadhimi" and "Mustafa Al Kadhimi" count as one actor, as in the table writer.
Every value is escaped here, at the point it becomes HTML.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape
from typing import Any

from entity_cli.labels import LABELS, TEMPORAL_LABELS
from entity_cli.sinks.writers.html_assets import css_class


@dataclass
class Actor:
    """One actor (a non-DATE entity) and what the document(s) say about it."""

    canonical: str
    label: str
    id: str | None = None
    country: str | None = None
    mentions: int = 0
    references: int = 0  # office references resolved to this actor ("Iraq's prime minister")
    forms: dict[str, None] = field(default_factory=dict)  # insertion-ordered set
    documents: dict[int, None] = field(default_factory=dict)


def actor_key(entity: dict[str, Any]) -> tuple[str, str]:
    if entity.get("id"):
        return ("id", entity["id"])
    return (entity["label"], entity.get("canonical") or " ".join(entity["text"].split()))


def collect_actors(documents: Iterable[tuple[int, list[dict[str, Any]]]],
                   references: Iterable[dict[str, Any]] = ()) -> list[Actor]:
    """Actors of (document number, entities) pairs, most mentioned first; ``references``
    (office references of those documents) count towards the actor they resolve to."""
    actors: dict[tuple[str, str], Actor] = {}
    for ref in references:
        if ref.get("id"):
            actor = actors.setdefault(("id", ref["id"]), Actor(ref["actor"], "PERSON", ref["id"]))
            actor.references += 1
    for number, entities in documents:
        for entity in entities:
            if entity["label"] in TEMPORAL_LABELS:
                continue
            key = actor_key(entity)
            actor = actors.get(key)
            if actor is None:
                actor = actors[key] = Actor(
                    canonical=entity.get("canonical") or " ".join(entity["text"].split()),
                    label=entity["label"],
                    id=entity.get("id"),
                )
            actor.country = actor.country or entity.get("country")
            actor.mentions += 1
            actor.forms[" ".join(entity["text"].split())] = None
            actor.documents[number] = None
    order = {label: i for i, label in enumerate(LABELS)}
    return sorted(
        actors.values(),
        key=lambda a: (-a.mentions - a.references, order.get(a.label, 99), a.canonical.casefold()),
    )


def _label_cell(label: str) -> str:
    return f'<td><span class="swatch {css_class(label)}">{escape(label)}</span></td>'


def _name_cell(actor: Actor) -> str:
    title = f' title="{escape(actor.id)}"' if actor.id else ""
    return f"<td{title}>{escape(actor.canonical)}</td>"


def actor_table(actors: list[Actor]) -> str:
    """The sortable actor summary of one document."""
    if not actors:
        return '<p class="empty">No actors.</p>'
    rows = []
    for actor in actors:
        rows.append(
            "<tr>"
            + _name_cell(actor)
            + _label_cell(actor.label)
            + f"<td>{escape(actor.country or '')}</td>"
            + f'<td class="num">{actor.mentions}</td>'
            + f'<td class="num">{actor.references}</td>'
            + f"<td>{escape(', '.join(actor.forms))}</td>"
            + "</tr>"
        )
    return (
        '<table class="sortable actors"><thead><tr>'
        '<th scope="col">Canonical</th><th scope="col">Label</th><th scope="col">Country</th>'
        '<th scope="col" class="num">Mentions</th><th scope="col" class="num">References</th>'
        '<th scope="col">Surface forms</th>'
        "</tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table>"
    )


def reference_table(references: list[dict[str, Any]]) -> str:
    """The office references of one document and who held the office on its date."""
    if not references:
        return ""
    rows = []
    for ref in references:
        dates = " to ".join(d or "" for d in (ref.get("from"), ref.get("to"))) if ref.get("id") else ""
        rows.append(
            f"<tr><td>{escape(ref['text'])}</td><td>{escape(ref['office'])}</td>"
            f"<td title=\"{escape(ref.get('id') or '')}\">{escape(ref.get('actor') or 'unknown')}</td>"
            f"<td>{escape(dates)}</td></tr>"
        )
    return (
        "<h3>Office references</h3>"
        '<table class="sortable references"><thead><tr>'
        '<th scope="col">Text</th><th scope="col">Office</th><th scope="col">Holder on the date</th>'
        '<th scope="col">In office</th></tr></thead><tbody>\n' + "\n".join(rows)
        + "\n</tbody></table>"
    )


def index_section(records: list[dict[str, Any]], labels: list[str]) -> str:
    """For several documents: per-document counts, then the actors seen in more than one."""
    head = "".join(f'<th scope="col" class="num">{escape(label)}</th>' for label in labels)
    rows = []
    for number, record in enumerate(records):
        link = f'<a href="#doc-{number}">{escape(str(record.get("source", "")))}</a>'
        if record.get("error"):
            rows.append(
                f'<tr class="failed-row"><td>{link}</td><td></td>'
                f'<td colspan="{len(labels) + 1}">failed: {escape(str(record["error"]))}</td></tr>'
            )
            continue
        entities = record.get("entities") or []
        counts = {label: 0 for label in labels}
        for entity in entities:
            counts[entity["label"]] = counts.get(entity["label"], 0) + 1
        cells = "".join(f'<td class="num">{counts[label]}</td>' for label in labels)
        rows.append(
            f"<tr><td>{link}</td><td>{escape(record.get('doc_date') or '')}</td>"
            f'<td class="num">{len(entities)}</td>{cells}</tr>'
        )
    documents = (
        '<table class="sortable documents"><thead><tr><th scope="col">Document</th>'
        '<th scope="col">Date</th><th scope="col" class="num">Entities</th>'
        + head
        + "</tr></thead><tbody>\n"
        + "\n".join(rows)
        + "\n</tbody></table>"
    )
    actors = collect_actors(
        (number, record.get("entities") or [])
        for number, record in enumerate(records)
        if not record.get("error")
    )
    recurring = [actor for actor in actors if len(actor.documents) > 1]
    return (
        '<section id="index"><h2>Index</h2>'
        f"<p class=\"meta\">{len(records)} documents.</p>"
        + documents
        + "<h3>Actors in more than one document</h3>"
        + _recurring_table(recurring, records)
        + "</section>"
    )


def _recurring_table(actors: list[Actor], records: list[dict[str, Any]]) -> str:
    if not actors:
        return '<p class="empty">No actor appears in more than one document.</p>'
    rows = []
    for actor in sorted(actors, key=lambda a: (-len(a.documents), -a.mentions)):
        links = ", ".join(
            f'<a href="#doc-{number}">{escape(str(records[number].get("source", "")))}</a>'
            for number in actor.documents
        )
        rows.append(
            "<tr>"
            + _name_cell(actor)
            + _label_cell(actor.label)
            + f"<td>{escape(actor.country or '')}</td>"
            + f'<td class="num">{len(actor.documents)}</td>'
            + f'<td class="num">{actor.mentions}</td>'
            + f'<td class="num">{actor.references}</td>'
            + f"<td>{links}</td></tr>"
        )
    return (
        '<table class="sortable recurring"><thead><tr>'
        '<th scope="col">Canonical</th><th scope="col">Label</th><th scope="col">Country</th>'
        '<th scope="col" class="num">Documents</th><th scope="col" class="num">Mentions</th>'
        '<th scope="col">In</th></tr></thead><tbody>\n' + "\n".join(rows) + "\n</tbody></table>"
    )
