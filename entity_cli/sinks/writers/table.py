"""Human-readable tables: per document, entities grouped by label, then canonical name.

Rich does the layout. Colour only where the output is a terminal and NO_COLOR is unset
(rich's Console honours NO_COLOR itself).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

from entity_cli.labels import LABELS, TEMPORAL_LABELS

if TYPE_CHECKING:
    from entity_cli.sinks.writers import WriterOptions

LABEL_STYLES = {
    "PERSON": "bold cyan",
    "NORP": "magenta",
    "ORG": "bold yellow",
    "GPE": "green",
    "LOC": "bright_green",
    "FAC": "blue",
    "DATE": "red",
}


def group_entities(entities: Iterable[dict[str, Any]]) -> list[tuple[str, str, int, list[str]]]:
    """(label, name, mentions, distinct surface forms) rows in label order, then by name.

    A DATE groups by its resolved value where it has one, else by its text.
    """
    groups: dict[tuple[str, str], list[str]] = {}
    for entity in entities:
        if entity["label"] in TEMPORAL_LABELS:
            name = entity.get("value") or entity["text"]
        else:
            name = entity.get("canonical") or entity["text"]
        groups.setdefault((entity["label"], name), []).append(" ".join(entity["text"].split()))
    order = {label: i for i, label in enumerate(LABELS)}
    rows = []
    for (label, name), forms in sorted(
        groups.items(), key=lambda item: (order.get(item[0][0], 99), item[0][1].casefold())
    ):
        rows.append((label, name, len(forms), list(dict.fromkeys(forms))))
    return rows


def with_references(rows: list[tuple[str, str, int, list[str]]],
                    references: Iterable[dict[str, Any]]) -> list[tuple[str, str, int, list[str], int]]:
    """``rows`` with how many office references resolve to each ("Iraq's prime minister"
    counts for the prime minister's row; a holder never named gets a row of their own)."""
    counts: dict[str, int] = {}
    for ref in references:
        if ref.get("actor"):
            counts[ref["actor"]] = counts.get(ref["actor"], 0) + 1
    out = [(label, name, n, forms, counts.pop(name, 0) if label == "PERSON" else 0)
           for label, name, n, forms in rows]
    out += [("PERSON", name, 0, [], n) for name, n in sorted(counts.items())]
    return out


def write_table(records: Iterable[dict[str, Any]], stream: TextIO, options: WriterOptions) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(
        file=stream,
        force_terminal=options.color,
        no_color=not options.color,
        width=options.width,
        highlight=False,
        soft_wrap=False,
    )
    for record in records:
        title = record["source"]
        if record.get("doc_date"):
            title += f"  ({record['doc_date']})"
        if record.get("error"):
            console.print(f"{title}: failed: {record['error']}")
            continue
        table = Table(title=title, title_justify="left", expand=False)
        table.add_column("Label", no_wrap=True)
        table.add_column("Entity")
        table.add_column("Mentions", justify="right")
        references = record.get("references") or []
        if references:
            table.add_column("References", justify="right")
        table.add_column("Surface forms")
        for label, name, count, forms, refs in with_references(
                group_entities(record["entities"]), references):
            style = LABEL_STYLES.get(label, "")
            cells = [f"[{style}]{label}[/]" if options.color else label, _plain(name), str(count)]
            cells += [str(refs)] if references else []
            table.add_row(*cells, _plain(", ".join(forms)))
        if not record["entities"] and not references:
            console.print(f"{title}: no entities")
        else:
            console.print(table)
        stream.flush()


def _plain(text: str) -> str:
    from rich.markup import escape

    return escape(text)
