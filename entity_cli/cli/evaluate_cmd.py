"""`entity-cli evaluate`: parse options, score the pipeline on a gold file, print the report."""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from entity_cli.cli.errors import reported_errors
from entity_cli.cli.kb_options import KB_OVERLAYS, MODELS_DIR, kb_setting


class EvalFormat(StrEnum):
    table = "table"
    json = "json"


def evaluate_command(
    gold: Path = typer.Argument(
        ..., metavar="GOLD.jsonl",
        help='Gold JSONL: one {"id", "doc_date", "text", "entities"} document a line.',
    ),
    format: EvalFormat = typer.Option(
        EvalFormat.table, "--format", "-f", help="A readable report, or the scores as JSON."
    ),
    labels: str | None = typer.Option(
        None, "--labels", "-l", metavar="LABEL,...",
        help="Labels to score. Default: PERSON,NORP,ORG,GPE,LOC,FAC,DATE.",
    ),
    models_dir: Path | None = MODELS_DIR,
    kb: list[Path] | None = KB_OVERLAYS,
) -> None:
    """Run the pipeline on a gold set's texts and score it as shared/tools/score.py does.

    Exact-span P/R/F per label and on coarse labels (GPE/LOC/FAC -> PLACE), DATE value
    accuracy, and pairwise actor-resolution P/R/F.
    Exit codes: 0 scored, 2 usage error (missing or malformed gold file), 130 interrupted.
    """
    with reported_errors():
        from entity_cli.api import evaluate
        from entity_cli.labels import LABELS, parse_labels

        wanted = parse_labels(labels)
        result = evaluate(gold, labels=[label for label in LABELS if label in wanted],
                          kb=kb_setting(models_dir, kb))
    if format is EvalFormat.json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        print_report(result, color=color)


def print_report(result: dict[str, Any], color: bool = False) -> None:
    """The scores as two rich tables (strict and coarse labels) and summary lines."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(file=sys.stdout, force_terminal=color, no_color=not color,
                      highlight=False, soft_wrap=False)
    for name in ("strict", "coarse"):
        title = "Exact spans" + (" (coarse: GPE/LOC/FAC -> PLACE)" if name == "coarse" else "")
        table = Table(title=title, title_justify="left")
        table.add_column("Label", no_wrap=True)
        for column in ("P", "R", "F", "tp", "fp", "fn"):
            table.add_column(column, justify="right")
        for label, row in result[name].items():
            cells = [f"{row[k]:.3f}" for k in ("p", "r", "f")]
            cells += [str(row.get(k, 0)) for k in ("tp", "fp", "fn")]
            table.add_row(f"[bold]{label}[/]" if label == "ALL" else label, *cells)
        console.print(table)
    console.print(f"DATE value accuracy: {result['date_value_accuracy']:.3f} over "
                  f"{result['date_values_scored']} exact DATE spans with a calendar value")
    actors = result["actor_resolution"]
    console.print(f"Actor resolution: P {actors['p']:.3f}  R {actors['r']:.3f}  "
                  f"F {actors['f']:.3f} over {actors['surfaces']} distinct surface forms")
    console.print(f"Documents: {result['documents']}")
    if result["missing_documents"]:
        console.print(f"Missing documents: {escape(', '.join(result['missing_documents']))}")
    if result["offset_errors"]:
        console.print(f"Entities whose text is not text[start:end]: {result['offset_errors']}")
