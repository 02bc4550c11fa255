"""CoNLL output: one token and its IOB2 tag a line, one sentence a block.

The format annotation and sequence-labelling tools read. Tokens come from spaCy's blank
English tokenizer with the rule-based sentencizer (no model: cheap, and the same tokenizer
rules as the pipeline), so the output needs no statistical model to reproduce. Entity
character offsets map to tokens with ``char_span(alignment_mode="expand")``: a span that
starts or ends inside a token takes the whole token.

Each document starts with a ``# source = ...`` comment (and ``# doc_date = ...`` when
known) and the CoNLL-2003 ``-DOCSTART- -X- O O`` line (tools that do not skip ``#``
comments, such as ``spacy convert -c ner``, read it once those lines are dropped). A
paragraph break also ends a sentence, and a sentence never ends inside an entity, so every
block starts with ``O`` or ``B-``. Whitespace tokens are left out. A failed document is a
``# error = ...`` comment and no tokens.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from entity_cli.sinks.writers import WriterOptions

DOCSTART = "-DOCSTART- -X- O O"  # CoNLL-2003's line, as spacy convert expects it


@lru_cache(maxsize=1)
def blank_english() -> Language:
    """spacy.blank("en") with a sentencizer, built once: it is shared by conll and docbin."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def write_conll(records: Iterable[dict[str, Any]], stream: TextIO, options: WriterOptions) -> None:
    nlp = blank_english()
    for record in records:
        stream.write(f"# source = {_one_line(record.get('source', ''))}\n")
        if record.get("error"):
            stream.write(f"# error = {_one_line(record['error'])}\n\n")
            stream.flush()
            continue
        if record.get("doc_date"):
            stream.write(f"# doc_date = {record['doc_date']}\n")
        stream.write(f"{DOCSTART}\n\n")
        doc = nlp(record.get("text") or "")
        for sentence in sentences(doc, iob_tags(doc, record.get("entities") or [])):
            stream.write("".join(f"{token}\t{tag}\n" for token, tag in sentence))
            stream.write("\n")
        stream.flush()




def _one_line(value: Any) -> str:
    return " ".join(str(value).split())


def iob_tags(doc: Doc, entities: list[dict[str, Any]]) -> list[str]:
    """An IOB2 tag per token of ``doc``; an entity overlapping an earlier one is dropped."""
    tags = ["O"] * len(doc)
    for entity in sorted(entities, key=lambda e: (e["start"], -e["end"])):
        span = doc.char_span(entity["start"], entity["end"], alignment_mode="expand")
        if span is None or len(span) == 0 or any(tags[i] != "O" for i in range(span.start, span.end)):
            continue
        label = entity["label"]
        tags[span.start] = f"B-{label}"
        for i in range(span.start + 1, span.end):
            tags[i] = f"I-{label}"
    return tags


def sentences(doc: Doc, tags: list[str]) -> Iterator[list[tuple[str, str]]]:
    """(token, tag) blocks: the sentencizer's sentences, also broken at line breaks."""
    block: list[tuple[str, str]] = []
    for token in doc:
        starts = token.is_sent_start or (token.i > 0 and "\n" in doc[token.i - 1].text)
        if block and starts and not tags[token.i].startswith("I-"):
            yield block
            block = []
        if token.is_space:
            continue
        block.append((token.text, tags[token.i]))
    if block:
        yield block
