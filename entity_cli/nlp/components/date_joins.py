"""DATE spans the model cut in two: "the spring of" + "2022" is one expression.

A DATE span that ends in "of" needs the words after it to name anything ("the spring of"
alone has no value, or a wrong one); when the model tags those words as a DATE span of
their own, right after it, the two are one DATE ("the spring of 2022", "the first half of
2021"), as OntoNotes and TimeML both draw it.
"""

from __future__ import annotations

from spacy.tokens import Span


def join_split_dates(ents: list[Span]) -> tuple[list[Span], bool]:
    """``ents`` with each DATE ending in "of" joined to the DATE right after it."""
    out: list[Span] = []
    changed = False
    for ent in ents:
        last = out[-1] if out else None
        if (last is not None and ent.label_ == "DATE" and last.label_ == "DATE"
                and last.end == ent.start and last[-1].lower_ == "of"):
            joined = Span(ent.doc, last.start, ent.end, label="DATE")
            joined._.me_origin = last._.me_origin
            out[-1] = joined
            changed = True
            continue
        out.append(ent)
    return out, changed
