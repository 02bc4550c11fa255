"""Mention linker: within one document, short mentions point to the full name.

The evidence is the document's own text (README, "How the rules treat the model"):
- a PERSON mention whose words end another PERSON mention's name ("Rasool", "Mr Al Kadhimi")
  takes that mention's actor; a first name alone, or a misspelt surname ("Khadimi"), does
  too when only one person of the text fits;
- a one-word ORG/GPE/NORP span that is such a surname is relabelled PERSON, and bare
  capitalised surnames the model missed become PERSON entities, but only from full names
  that look like names (no never-name word, no head word last: models/words.json);
- an ORG/place span the KB does not know that starts with a known first name is a person;
- a name the text calls a place ("the town of X", "X refugee camp", "near X", "X-based")
  is GPE throughout the document;
- an Islamic month or feast ("Ramadan") is a DATE;
- an acronym defined in the text ("Popular Mobilisation Forces (PMF)") takes its expansion's
  actor everywhere in the document, and its bare mentions become entities;
- a short ORG mention whose words all occur in one longer ORG takes that organisation.
Work is done once per distinct name, so long documents stay linear in their entities.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from entity_cli.kb.names import fold
from entity_cli.kb.words import POSSESSIVE_CLITICS, WordClasses, load_words
from entity_cli.nlp.components.extensions import ensure_extensions, respan
from entity_cli.nlp.components.knowledge import KB_CONFIG, KnowledgeComponent
from entity_cli.nlp.components.mention_words import (
    calendar_names,
    called_a_place,
    looks_like_a_name,
    name_words,
)
from entity_cli.nlp.components.organisation_linking import OrganisationLinking


@Language.factory("me_linker", assigns=["doc.ents", "span._.me_canonical"], requires=["doc.ents"],
                  default_config={"fuzzy_threshold": 85.0, **KB_CONFIG})
def make_mention_linker(nlp: Language, name: str, fuzzy_threshold: float,
                        models_dir: str | None, overlays: list[str]) -> MentionLinker:
    return MentionLinker(fuzzy_threshold=fuzzy_threshold, models_dir=models_dir,
                         overlays=overlays)


class MentionLinker(OrganisationLinking, KnowledgeComponent):
    def __init__(self, fuzzy_threshold: float = 85.0, models_dir: str | None = None,
                 overlays: Iterable[str] = ()) -> None:
        ensure_extensions()
        self.fuzzy_threshold = fuzzy_threshold
        super().__init__(models_dir, overlays)

    def _reset(self) -> None:
        self._given: frozenset[str] | None = None

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        ents = calendar_names(ents)
        ents = self._link_acronyms(doc, ents)
        ents = self._relabel(doc, ents)
        ents = self._places_by_context(doc, ents)
        ents = self._add_bare_surnames(doc, ents)
        kb_ids: dict[tuple[int, int], str] = {}
        self._link_people(ents, kb_ids)
        self._link_organisations(doc, ents, kb_ids)
        if kb_ids:
            ents = [respan(e, kb_id=kb_ids[(e.start, e.end)]) if (e.start, e.end) in kb_ids
                    else e for e in ents]
        doc.ents = ents
        return doc

    # -- relabelling -------------------------------------------------------------------

    def _words(self) -> WordClasses:
        return load_words(self.models_dir)

    def _name_words(self, text: str) -> list[str]:
        return name_words(text, self._words().name_particles)

    def _given_names(self) -> frozenset[str]:
        if self._given is None:
            self._given = self._kb_index().given_names
        return self._given

    def _relabel(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Given names ("Tareq Abu Azzoum" as ORG) and full-name surnames ("Trump" as ORG
        after "Donald Trump") make PERSON spans of what the model called something else."""
        given = self._given_names()
        surnames = {w[-1] for e in ents if e.label_ == "PERSON" and len(w := self._name_words(e.text)) > 1
                    and looks_like_a_name(e, self._words())}
        out = []
        for e in ents:
            if e.label_ not in ("PERSON", "DATE", "TIME") and not e.kb_id_:
                words = self._name_words(e.text)
                by_given = (e.label_ != "NORP" and 2 <= len(e) <= 4 and fold(e[0].text) in given
                            and all(t.text[:1].isupper() for t in e if t.is_alpha and len(t) > 3)
                            and looks_like_a_name(e, self._words())
                            and not any(t.text == "&" or t.text in POSSESSIVE_CLITICS for t in e))
                by_surname = len(words) == 1 and words[0] in surnames
                if by_given or by_surname:
                    e = respan(e, label="PERSON")
            out.append(e)
        return out

    def _places_by_context(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A name the text itself calls a place is one: "the town of al-Qarara", "the
        district of Nuaimiya", "two villages, al Foua and Kefraya", "the Qalandiya refugee
        camp". Such a definition is evidence against the model's ORG or PERSON for that
        name everywhere in the document, and its capitalised mentions the model missed
        become places too. Names the KB knows are left to the KB."""
        from entity_cli.nlp.components.token_words import words_of

        words = words_of(doc)
        classes = self._words()
        keys: set[tuple[str, ...]] = set()
        for e in ents:
            if e.label_ in ("ORG", "PERSON") and not e.kb_id_ and called_a_place(words, e, classes):
                keys.add(tuple(words.folded[e.start:e.end]))
        if not keys:
            return ents
        out = [respan(e, label="GPE") if e.label_ in ("ORG", "PERSON") and not e.kb_id_
               and tuple(words.folded[e.start:e.end]) in keys else e for e in ents]
        covered = {i for e in out for i in range(e.start, e.end)}
        added = []
        for key in keys:
            size = len(key)
            for i in range(len(words.texts) - size + 1):
                if (words.folded[i] == key[0] and tuple(words.folded[i:i + size]) == key
                        and words.texts[i][:1].isupper()
                        and not any(k in covered for k in range(i, i + size))):
                    span = Span(doc, i, i + size, label="GPE")
                    span._.me_origin = "rule"
                    added.append(span)
                    covered.update(range(i, i + size))
        return sorted(out + added, key=lambda s: s.start) if added else out

    def _add_bare_surnames(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Once a person is named in full, a bare capitalised surname the model missed is
        that person too ("John Kerry ... Kerry said").

        This creates entities from nothing, so one model error would repeat through the
        text: the full name must look like a person's (capitalised words, no leading
        "The": not "The Adam Smith Lecture", not "broadcaster BSkyB")."""
        surnames = {w[-1] for e in ents
                    if e.label_ == "PERSON" and len(w := self._name_words(e.text)) > 1 and len(w[-1]) > 2
                    and looks_like_a_name(e, self._words())}
        if not surnames:
            return ents
        from entity_cli.nlp.components.token_words import words_of

        covered = {i for e in ents for i in range(e.start, e.end)}
        words = words_of(doc)
        added = []
        for i, key in enumerate(words.folded):
            text = words.texts[i]
            if (key in surnames and i not in covered and text[:1].isupper()
                    and text.isalpha()):
                span = Span(doc, i, i + 1, label="PERSON")
                span._.me_origin = "rule"
                added.append(span)
        return sorted(ents + added, key=lambda s: s.start) if added else ents

    # -- people --------------------------------------------------------------------------

    def _link_people(self, ents: list[Span], kb_ids: dict[tuple[int, int], str]) -> None:
        people = [e for e in ents if e.label_ == "PERSON"]
        full: dict[str, tuple[Span, list[str]]] = {}
        for e in people:
            words = self._name_words(e.text)
            if len(words) > 1:
                full.setdefault(fold(e.text), (e, words))
        merged = self._merge_spellings(list(full.values()))
        targets: dict[tuple[str, ...], Span | None] = {}
        for ent in people:
            words = self._name_words(ent.text)
            if len(words) > 1:
                other = merged.get(fold(ent.text))
                if other is not None and not ent.kb_id_:
                    ent._.me_canonical = other._.me_canonical or " ".join(other.text.split())
                continue
            if not words:
                continue
            key = tuple(words)
            if key not in targets:
                targets[key] = self._find_full(words, list(full.values()))
            target = targets[key]
            if target is not None:
                # The document's own full name beats a KB guess from a surname alone:
                # "Hashimi" after "Hisham al-Hashimi" is Hisham, whoever else the KB knows.
                ent._.me_canonical = " ".join(target.text.split())
                if ent.kb_id_ != target.kb_id_:
                    kb_ids[(ent.start, ent.end)] = target.kb_id_

    def _merge_spellings(self, full: list[tuple[Span, list[str]]]) -> dict[str, Span]:
        """Two spellings of one full name in a text ("Khosrow"/"Khosro") are one person:
        the later spelling points to the earlier one."""
        from rapidfuzz import fuzz

        merged: dict[str, Span] = {}
        by_surname: dict[str, list[tuple[Span, list[str]]]] = {}
        for ent, words in full:
            for other, other_words in by_surname.get(words[-1], ()):
                if (len(words) == len(other_words) and not ent.kb_id_
                        and fuzz.ratio(" ".join(words), " ".join(other_words)) >= 90):
                    merged[fold(ent.text)] = other
                    break
            by_surname.setdefault(words[-1], []).append((ent, words))
        return merged

    def _find_full(self, words: list[str], full: list[tuple[Span, list[str]]]) -> Span | None:
        best, best_len, firsts, first = None, 0, set(), None
        for other, other_words in full:
            if len(other_words) <= len(words):
                continue
            if len(words) == 1 and other_words[0] == words[0]:
                firsts.add(fold(other.text))
                first = other
            ends_with = other_words[-len(words):] == words
            contains = len(words) == 1 and words[0] in other_words[1:]
            if (ends_with or contains) and len(other_words) > best_len:
                best, best_len = other, len(other_words)
        if best is None and len(firsts) == 1:
            return first  # a first name alone, when one person in the text has it
        if best is not None or len(words) != 1 or len(words[0]) < 5:
            return best
        from rapidfuzz import fuzz

        close = {fold(o.text): o for o, ow in full
                 if fuzz.ratio(words[0], ow[-1]) >= self.fuzzy_threshold}
        return next(iter(close.values())) if len(close) == 1 else None
