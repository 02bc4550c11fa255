"""Mention linker: within one document, short mentions point to the full name.

- a PERSON mention whose words end another PERSON mention's name ("Rasool", "Mr Al Kadhimi")
  takes that mention's actor; a misspelt one ("Khadimi") does too when it is close enough;
- an acronym defined in the text ("Popular Mobilisation Forces (PMF)") takes its expansion's
  actor everywhere in the document, and its bare mentions become entities.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from entity_cli.components.extensions import ensure_extensions
from entity_cli.kb.names import fold

PARTICLES = frozenset({"al", "el", "bin", "ibn", "ben", "abu", "abou", "umm", "bint", "ul",
                       "de", "van", "von"})


@Language.factory("me_linker", default_config={"fuzzy_threshold": 85.0})
def make_mention_linker(nlp: Language, name: str, fuzzy_threshold: float) -> MentionLinker:
    return MentionLinker(fuzzy_threshold=fuzzy_threshold)


class MentionLinker:
    def __init__(self, fuzzy_threshold: float = 85.0) -> None:
        ensure_extensions()
        self.fuzzy_threshold = fuzzy_threshold
        self._given: frozenset[str] | None = None

    def __call__(self, doc: Doc) -> Doc:
        self._link_acronyms(doc)
        self._relabel_given_names(doc)
        self._relabel_surnames(doc)
        self._add_bare_surnames(doc)
        self._link_people(doc)
        self._link_organisations(doc)
        return doc

    def _link_organisations(self, doc: Doc) -> None:
        """A short ORG mention whose words all occur in one longer ORG of the document is
        that organisation ("the Defense Ministry" after "Israel's Defense Ministry")."""
        orgs = [(e, set(_org_words(e.text))) for e in doc.ents if e.label_ == "ORG"]
        for ent, words in orgs:
            if ent.kb_id_ or not words:
                continue
            longer = {fold(o.text): o for o, ow in orgs if len(ow) > len(words) and words <= ow}
            if len(longer) == 1:
                target = next(iter(longer.values()))
                ent._.canonical = target._.canonical or " ".join(target.text.split())
                if target.kb_id_:
                    _set_kb(doc, ent, target.kb_id_)

    def _relabel_given_names(self, doc: Doc) -> None:
        """A two- or three-word ORG/GPE/LOC/FAC span the KB does not know, starting with a
        first name of a known person ("Tareq Abu Azzoum"), is a person."""
        given = self._given_names()
        ents, changed = [], False
        for e in doc.ents:
            if (e.label_ in ("ORG", "GPE", "LOC", "FAC") and not e.kb_id_ and 2 <= len(e) <= 4
                    and fold(e[0].text) in given and all(t.text[:1].isupper() for t in e
                                                         if t.is_alpha and len(t) > 3)):
                origin = e._.origin
                e = Span(doc, e.start, e.end, label="PERSON")
                e._.origin = origin
                changed = True
            ents.append(e)
        if changed:
            doc.ents = ents

    def _given_names(self) -> frozenset[str]:
        if self._given is None:
            from entity_cli.kb.index import load_index

            self._given = load_index().given_names
        return self._given

    def _add_bare_surnames(self, doc: Doc) -> None:
        """Once a person is named in full, a bare capitalised surname the model missed is
        that person too ("John Kerry ... Kerry said")."""
        surnames = {}
        for e in doc.ents:
            words = _name_words(e.text) if e.label_ == "PERSON" else []
            if len(words) > 1 and len(words[-1]) > 2:
                surnames[words[-1]] = e
        if not surnames:
            return
        covered = {i for e in doc.ents for i in range(e.start, e.end)}
        added = []
        for token in doc:
            if (token.i not in covered and token.text[:1].isupper() and token.is_alpha
                    and fold(token.text) in surnames):
                span = Span(doc, token.i, token.i + 1, label="PERSON")
                span._.origin = "rule"
                added.append(span)
        if added:
            doc.ents = sorted([*doc.ents, *added], key=lambda s: s.start)

    def _relabel_surnames(self, doc: Doc) -> None:
        """A one-word name the model called ORG, GPE or NORP that is the surname of a person
        named in full in the same document is that person ("Trump" after "Donald Trump")."""
        surnames = {
            words[-1]
            for e in doc.ents
            if e.label_ == "PERSON" and len(words := _name_words(e.text)) > 1
        }
        if not surnames:
            return
        ents, changed = [], False
        for e in doc.ents:
            words = _name_words(e.text)
            if (e.label_ not in ("PERSON", "DATE") and not e.kb_id_ and len(words) == 1
                    and words[0] in surnames):
                origin = e._.origin
                e = Span(doc, e.start, e.end, label="PERSON")
                e._.origin = origin
                changed = True
            ents.append(e)
        if changed:
            doc.ents = ents

    def _link_people(self, doc: Doc) -> None:
        people = [e for e in doc.ents if e.label_ == "PERSON"]
        full = [(e, _name_words(e.text)) for e in people if len(_name_words(e.text)) > 1]
        self._merge_spellings(full)
        for ent in people:
            words = _name_words(ent.text)
            if not words or len(words) > 1:
                continue
            target = self._find_full(ent, words, full)
            if target is not None:
                # The document's own full name beats a KB guess from a surname alone:
                # "Hashimi" after "Hisham al-Hashimi" is Hisham, whoever else the KB knows.
                ent._.canonical = " ".join(target.text.split())
                if ent.kb_id_ != target.kb_id_:
                    _set_kb(doc, ent, target.kb_id_)

    def _merge_spellings(self, full: list[tuple[Span, list[str]]]) -> None:
        """Two spellings of one full name in a text ("Khosrow"/"Khosro") are one person."""
        from rapidfuzz import fuzz

        for k, (ent, words) in enumerate(full):
            for other, other_words in full[:k]:
                if (len(words) == len(other_words) and words[-1] == other_words[-1]
                        and fuzz.ratio(" ".join(words), " ".join(other_words)) >= 90
                        and not ent.kb_id_):
                    ent._.canonical = other._.canonical or " ".join(other.text.split())
                    break

    def _find_full(self, ent: Span, words: list[str], full: list[tuple[Span, list[str]]]):
        best = first = None
        firsts: set[str] = set()
        for other, other_words in full:
            if other is ent or len(other_words) <= len(words):
                continue
            ends_with = other_words[-len(words) :] == words
            contains = len(words) == 1 and words[0] in other_words[1:]
            if len(words) == 1 and other_words[0] == words[0]:
                firsts.add(fold(other.text))
                first = other
            longer = best is None or len(other_words) > len(_name_words(best.text))
            if (ends_with or contains) and longer:
                best = other
        if best is None and len(firsts) == 1:
            return first  # a first name alone, when one person in the text has it
        if best is not None or len(words) != 1 or len(words[0]) < 5:
            return best
        from rapidfuzz import fuzz

        scored = [(fuzz.ratio(words[0], ow[-1]), other) for other, ow in full]
        scored = [s for s in scored if s[0] >= self.fuzzy_threshold]
        targets = {fold(o.text) for _, o in scored}
        return scored[0][1] if len(targets) == 1 else None

    def _link_acronyms(self, doc: Doc) -> None:
        definitions: dict[str, Span] = {}
        for ent in doc.ents:
            end = ent.end
            if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
                acronym = doc[end + 1].text
                if acronym.isupper() and 2 <= len(acronym) <= 8 and acronym.isalpha():
                    definitions[acronym] = ent
        if not definitions:
            return
        ents = list(doc.ents)
        covered = {i for e in ents for i in range(e.start, e.end)}
        added = []
        for token in doc:
            expansion = definitions.get(token.text)
            if expansion is None:
                continue
            if token.i in covered:
                for e in ents:
                    if e.start == token.i and e.end == token.i + 1 and not e.kb_id_:
                        e._.canonical = " ".join(expansion.text.split())
                        if expansion.kb_id_:
                            _set_kb(doc, e, expansion.kb_id_)
                continue
            span = Span(doc, token.i, token.i + 1, label=expansion.label, kb_id=expansion.kb_id)
            span._.origin = "rule"
            span._.canonical = " ".join(expansion.text.split())
            added.append(span)
        if added:
            doc.ents = sorted(ents + added, key=lambda s: s.start)


def _set_kb(doc: Doc, ent: Span, kb_id: str) -> None:
    """Give ``ent`` an actor id: spans are views, so rebuild doc.ents with it."""
    ents = []
    for e in doc.ents:
        if (e.start, e.end) == (ent.start, ent.end):
            new = Span(doc, e.start, e.end, label=e.label, kb_id=kb_id)
            ents.append(new)
        else:
            ents.append(e)
    doc.ents = ents


def _name_words(text: str) -> list[str]:
    """Folded words of a name without particles: "Al Kadhimi" -> ["kadhimi"]."""
    words = [fold(w) for w in text.replace("-", " ").split()]
    return [w for w in words if w and w not in PARTICLES]


def _org_words(text: str) -> list[str]:
    words = [fold(w) for w in text.replace("-", " ").split()]
    return [w for w in words if w and w not in {"the", "of", "for", "and"}]
