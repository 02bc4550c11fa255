"""HTML report: the text with its entities highlighted, the actors, the dates on a timeline.

An analyst would rather look than read JSON. The report is one self-contained file (inline
CSS and script, no fonts, images or network; a Content-Security-Policy says so to the
browser) that opens offline from a mail attachment. Input text is untrusted: every piece of
it goes through ``html.escape`` before it becomes markup, and nothing from a record is ever
put inside the ``<script>``.

The writer collects the records (the index of a multi-document report needs them all); the
other writers stream.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from html import escape
from typing import TYPE_CHECKING, Any, TextIO

from entity_cli import __version__
from entity_cli.labels import LABELS, TEMPORAL_LABELS
from entity_cli.sinks.writers.html_assets import CSP, SCRIPT, STYLE, css_class, label_css
from entity_cli.sinks.writers.html_tables import (
    actor_table,
    collect_actors,
    index_section,
    reference_table,
)
from entity_cli.sinks.writers.html_timeline import TimelineItem, timeline_svg

if TYPE_CHECKING:
    from entity_cli.sinks.writers import WriterOptions

# A sentence ends after . ! ? (and a closing quote or bracket) followed by space, or at a
# line break: enough to quote a date in context without loading a sentence splitter.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)\]]*\s+|\n\s*")


def write_html(records: Iterable[dict[str, Any]], stream: TextIO, options: WriterOptions) -> None:
    stream.write(render_report(list(records)))
    stream.flush()




def render_report(records: list[dict[str, Any]]) -> str:
    """The whole page for ``records`` (each with ``text`` for a successful document)."""
    labels = _labels_present(records)
    entity_total = sum(len(r.get("entities") or []) for r in records)
    if len(records) == 1:
        title = f"Entities: {records[0].get('source', '')}"
    else:
        title = f"Entities: {len(records)} documents"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="entity-cli {escape(__version__)}">',
        f"<title>{escape(title)}</title>",
        f"<style>{STYLE}\n{label_css(labels)}</style>",
        "</head><body>",
        f"<header><h1>{escape(title)}</h1>",
        f'<p class="meta">{len(records)} document{"s" if len(records) != 1 else ""}, '
        f"{entity_total} entities. Hover over a highlighted entity for its canonical name, "
        "id, title or date value; click a table heading to sort; click a date on a "
        "timeline to find it in the text.</p>",
        _legend(labels),
        "</header>",
    ]
    if len(records) > 1:
        parts.append(index_section(records, labels))
    for number, record in enumerate(records):
        parts.append(render_document(number, record))
    parts.append(f"<script>{SCRIPT}</script>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _labels_present(records: list[dict[str, Any]]) -> list[str]:
    """Labels to show in the legend: those present, in the usual order, else all of them."""
    seen = {e["label"] for r in records for e in r.get("entities") or ()}
    if not seen:
        return list(LABELS)
    return [label for label in LABELS if label in seen] + sorted(seen - set(LABELS))


def _legend(labels: list[str]) -> str:
    items = "".join(
        f'<li class="{css_class(label)}">{escape(label)}</li>' for label in labels
    )
    return f'<ul class="legend" aria-label="Legend">{items}</ul>'


def render_document(number: int, record: dict[str, Any]) -> str:
    """One document's section; a failed document shows its error instead of text."""
    source = escape(str(record.get("source", "")))
    head = f'<article class="document" id="doc-{number}"><h2>{source}</h2>'
    if record.get("error"):
        return (
            head + '<p class="failed"><strong>Failed:</strong> '
            f"{escape(str(record['error']))}</p></article>"
        )
    text = record.get("text")
    entities = record.get("entities") or []
    meta = f"{len(entities)} entities"
    if record.get("doc_date"):
        meta += f"; document date {escape(record['doc_date'])}"
        if record.get("doc_date_source"):
            meta += f" (from {escape(str(record['doc_date_source']))})"
    if text is None:  # a record without its text (not from the CLI): tables only
        body = '<p class="empty">The document text is not in the record.</p>'
        marks: dict[int, str] = {}
    else:
        body, marks = highlight(text, entities, f"d{number}")
    dates = [
        TimelineItem(
            value=entity["value"],
            text=entity["text"],
            sentence=sentence_of(text, entity["start"], entity["end"]) if text else "",
            anchor=marks[index],
        )
        for index, entity in enumerate(entities)
        if entity["label"] == "DATE" and entity.get("value") and index in marks
    ]
    return (
        head
        + f'<p class="meta">{meta}</p>'
        + "<h3>Timeline</h3>"
        + timeline_svg(dates, f"Timeline of {record.get('source', '')}")
        + "<h3>Text</h3>"
        + f'<div class="text">{body}</div>'
        + "<h3>Actors</h3>"
        + actor_table(collect_actors([(number, entities)], record.get("references") or ()))
        + reference_table(record.get("references") or [])
        + "</article>"
    )


def highlight(text: str, entities: list[dict[str, Any]], prefix: str) -> tuple[str, dict[int, str]]:
    """The escaped text with one ``<mark>`` per entity, and each entity's anchor id.

    Entities are placed by their character offsets. One that overlaps an earlier one or
    falls outside the text is left unmarked rather than producing broken markup.
    """
    order = sorted(range(len(entities)), key=lambda i: (entities[i]["start"], -entities[i]["end"]))
    pieces: list[str] = []
    anchors: dict[int, str] = {}
    position = 0
    for index in order:
        entity = entities[index]
        start, end = entity["start"], entity["end"]
        if start < position or end > len(text) or start >= end:
            continue
        anchor = f"{prefix}-e{index}"
        anchors[index] = anchor
        label = str(entity["label"])
        pieces.append(escape(text[position:start]))
        pieces.append(
            f'<mark class="ent {css_class(label)}" id="{anchor}" data-label="{escape(label)}" '
            f'title="{escape(hover_text(entity))}">{escape(text[start:end])}</mark>'
        )
        position = end
    pieces.append(escape(text[position:]))
    return "".join(pieces), anchors


def hover_text(entity: dict[str, Any]) -> str:
    """What the tooltip says: the resolved value of a date, the actor's identity otherwise."""
    label = entity["label"]
    if label in TEMPORAL_LABELS:
        value = entity.get("value")
        if not value:
            return f"{label}: not resolved"
        details = ", ".join(str(part) for part in (entity.get("type"), entity.get("mod")) if part)
        return f"{label}: {value}" + (f" ({details})" if details else "")
    lines = [f"{label}: {entity.get('canonical') or entity['text']}"]
    if entity.get("title"):
        lines.append(f"title: {entity['title']}")
    if entity.get("id"):
        lines.append(f"id: {entity['id']}")
    if entity.get("country"):
        lines.append(f"country: {entity['country']}")
    return "\n".join(lines)


def sentence_of(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``, on one line, for a timeline tooltip."""
    bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    first = bounds[bisect_right(bounds, start) - 1]
    following = [b for b in bounds if b >= end]
    last = following[0] if following else len(text)
    return " ".join(text[first:last].split())
