"""Office references: "Iraq's prime minister", "the Saudi crown prince", "the UN
secretary-general", "the defence minister of Israel", resolved on the document date.

A reference is an office attached to a country or an organisation the text names (an entity
the KB linked: a country, its demonym, a body): "<country>'s <office>", "<demonym or
country> <office>", "<body> <office>", "<office> of <country or body>". It resolves to the
KB person whose dated role covers the document date (entity_cli.kb.offices); with no
document date, or no certain holder, it stays unresolved: never a guess. Not a reference:
an office right before a name ("Iraq's prime minister Mustafa al-Kadhimi": a title), and an
office after a modifier ("former", "deputy": models/offices.json). References go to
``doc.spans["me_references"]`` (label: the office; kb_id: the person), never to ``doc.ents``,
so they change no entity.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from entity_cli.kb.offices import Holding, Office, OfficeTable, holder_on, holdings, load_offices
from entity_cli.kb.words import POSSESSIVES
from entity_cli.nlp.components.extensions import ensure_extensions
from entity_cli.nlp.components.knowledge import KB_CONFIG, KnowledgeComponent
from entity_cli.nlp.components.token_words import Words, words_of

SPAN_KEY = "me_references"


@Language.factory("me_offices", assigns=["doc.spans", "span._.me_reference"],
                  requires=["doc.ents"], default_config=dict(KB_CONFIG))
def make_office_references(nlp: Language, name: str, models_dir: str | None,
                           overlays: list[str]) -> OfficeReferences:
    return OfficeReferences(models_dir=models_dir, overlays=overlays)


class OfficeReferences(KnowledgeComponent):
    def __init__(self, models_dir: str | None = None, overlays: Iterable[str] = ()) -> None:
        ensure_extensions()
        super().__init__(models_dir, overlays)

    def _reset(self) -> None:
        self._people = None
        self._names: dict[str, tuple[str, ...]] = {}
        self._holdings: dict[tuple[Office, str], list[Holding]] = {}

    def __call__(self, doc: Doc) -> Doc:
        found = self.find(doc)
        doc.spans[SPAN_KEY] = found
        return doc

    def find(self, doc: Doc) -> list[Span]:
        table = load_offices(self.models_dir)
        words = words_of(doc)
        person_at = {e.start for e in doc.ents if e.label_ == "PERSON"}
        date = doc._.me_doc_date or None
        spans: list[Span] = []
        taken: set[int] = set()
        for ent in doc.ents:
            anchor = self._anchor(ent)
            if anchor is None:
                continue
            hit = (_after(words, ent, anchor[0], table, person_at)
                   or _before(words, ent, anchor[0], table, person_at))
            if hit is None or any(t in taken for t in range(*hit[:2])):
                continue
            start, end, office = hit
            taken.update(range(start, end))
            spans.append(self._reference(doc, start, end, office, anchor[1], date))
        return sorted(spans, key=lambda s: s.start)

    def _anchor(self, ent: Span) -> tuple[str, str] | None:
        """(scope, record id) of the country or body an entity names, or None."""
        if not ent.kb_id_:
            return None
        index = self._kb_index()
        record = index.records.get(ent.kb_id_)
        if record is None:
            return None
        if record.label == "GPE" and record.kind in ("country", "territory"):
            return "country", record.id
        target = record.extra.get("of")
        if (record.label == "NORP" and target in index.records
                and index.records[target].kind in ("country", "territory")):
            return "country", target
        if record.label == "ORG":
            return "organisation", record.id
        return None

    def _reference(self, doc: Doc, start: int, end: int, office: Office, anchor: str,
                   date: str | None) -> Span:
        candidates = self._candidates(office, anchor)
        holding = holder_on(candidates, date)
        titles = sorted({h.title for h in candidates})
        title = holding.title if holding else (titles[0] if len(titles) == 1 else
                                               f"{office.name} ({self._label_of(anchor)})")
        span = Span(doc, start, end, label=title, kb_id=holding.record.id if holding else "")
        span._.me_reference = {
            "office": title,
            "actor": holding.record.canonical if holding else None,
            "from": holding.start if holding else None,
            "to": holding.end if holding else None,
        }
        return span

    def _label_of(self, anchor: str) -> str:
        return self._kb_index().records[anchor].canonical

    def _candidates(self, office: Office, anchor: str) -> list[Holding]:
        key = (office, anchor)
        if key not in self._holdings:
            index = self._kb_index()
            if self._people is None:
                self._people = [index.records[rid] for rid in index.office_holders]
            self._holdings[key] = holdings(self._people, office, self._names_of(anchor))
        return self._holdings[key]

    def _names_of(self, anchor: str) -> tuple[str, ...]:
        """The names a role title may call a country or body by: its names and, for a
        country, its demonyms ("Iraq", "Iraqi")."""
        if anchor not in self._names:
            index = self._kb_index()
            record = index.records[anchor]
            names = [record.name, *record.aliases]
            if record.kind in ("country", "territory"):
                names += [index.records[rid].name for rid in index.demonyms.get(anchor, ())]
            self._names[anchor] = tuple(dict.fromkeys(n for n in names if len(n) > 2))
        return self._names[anchor]


def _phrase_at(words: Words, i: int, scope: str, table: OfficeTable) -> tuple[int, Office] | None:
    """(end, office) of the longest office phrase starting at token ``i``."""
    best, key = None, ""
    for j in range(i, min(len(words.texts), i + table.max_words)):
        key += words.folded[j]
        if not words.folded[j]:
            continue
        office = table.phrases.get((scope, key))
        if office is not None:
            best = (j + 1, office)
    return best


def _after(words: Words, ent: Span, scope: str, table: OfficeTable,
           person_at: set[int]) -> tuple[int, int, Office] | None:
    """ "<country>'s <office>", "<demonym> <office>", "<body> <office>"."""
    j = ent.end
    if j < len(words.texts) and words.texts[j] in POSSESSIVES:
        j += 1
    elif ent.start > 0 and words.folded[ent.start - 1] in table.modifiers:
        return None  # "the former Iraqi prime minister"
    hit = _phrase_at(words, j, scope, table)
    if hit is None or hit[0] in person_at:
        return None  # none, or a title before a name
    return ent.start, hit[0], hit[1]


def _before(words: Words, ent: Span, scope: str, table: OfficeTable,
            person_at: set[int]) -> tuple[int, int, Office] | None:
    """ "<office> of <country or body>", "<office> of the <body>"."""
    k = ent.start - 1
    if k > 0 and words.folded[k] == "the":
        k -= 1
    if k < 1 or words.folded[k] != "of" or ent.end in person_at:
        return None
    for start in range(max(0, k - table.max_words), k):
        hit = _phrase_at(words, start, scope, table)
        if hit is not None and hit[0] == k:
            if start > 0 and words.folded[start - 1] in table.modifiers:
                return None
            return start, ent.end, hit[1]
    return None
