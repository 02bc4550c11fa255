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

from entity_cli.kb.names import fold, folded_words
from entity_cli.kb.words import WordClasses, load_words
from entity_cli.nlp.components.extensions import ensure_extensions, respan
from entity_cli.nlp.components.knowledge import KB_CONFIG, KnowledgeComponent

PARTICLES = frozenset({"al", "el", "bin", "ibn", "ben", "abu", "abou", "umm", "bint", "ul",
                       "de", "van", "von"})
ORG_FILLER = frozenset({"the", "of", "for", "and"})


@Language.factory("me_linker", assigns=["doc.ents", "span._.me_canonical"], requires=["doc.ents"],
                  default_config={"fuzzy_threshold": 85.0, **KB_CONFIG})
def make_mention_linker(nlp: Language, name: str, fuzzy_threshold: float,
                        models_dir: str | None, overlays: list[str]) -> MentionLinker:
    return MentionLinker(fuzzy_threshold=fuzzy_threshold, models_dir=models_dir,
                         overlays=overlays)


class MentionLinker(KnowledgeComponent):
    def __init__(self, fuzzy_threshold: float = 85.0, models_dir: str | None = None,
                 overlays: Iterable[str] = ()) -> None:
        ensure_extensions()
        self.fuzzy_threshold = fuzzy_threshold
        super().__init__(models_dir, overlays)

    def _reset(self) -> None:
        self._given: frozenset[str] | None = None

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        ents = _calendar_names(ents)
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

    def _given_names(self) -> frozenset[str]:
        if self._given is None:
            self._given = self._kb_index().given_names
        return self._given

    def _relabel(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Given names ("Tareq Abu Azzoum" as ORG) and full-name surnames ("Trump" as ORG
        after "Donald Trump") make PERSON spans of what the model called something else."""
        given = self._given_names()
        surnames = {w[-1] for e in ents if e.label_ == "PERSON" and len(w := name_words(e.text)) > 1
                    and _looks_like_a_name(e, self._words())}
        out = []
        for e in ents:
            if e.label_ not in ("PERSON", "DATE", "TIME") and not e.kb_id_:
                words = name_words(e.text)
                by_given = (e.label_ != "NORP" and 2 <= len(e) <= 4 and fold(e[0].text) in given
                            and all(t.text[:1].isupper() for t in e if t.is_alpha and len(t) > 3)
                            and _looks_like_a_name(e, self._words())
                            and not any(t.text in ("&", "'s", "’s") for t in e))
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
        from entity_cli.nlp.components.actor_ruler import words_of

        words = words_of(doc)
        classes = self._words()
        keys: set[tuple[str, ...]] = set()
        for e in ents:
            if e.label_ in ("ORG", "PERSON") and not e.kb_id_ and _called_a_place(words, e, classes):
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
                    if e.label_ == "PERSON" and len(w := name_words(e.text)) > 1 and len(w[-1]) > 2
                    and _looks_like_a_name(e, self._words())}
        if not surnames:
            return ents
        from entity_cli.nlp.components.actor_ruler import words_of

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
            words = name_words(e.text)
            if len(words) > 1:
                full.setdefault(fold(e.text), (e, words))
        merged = self._merge_spellings(list(full.values()))
        targets: dict[tuple[str, ...], Span | None] = {}
        for ent in people:
            words = name_words(ent.text)
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

    # -- organisations -------------------------------------------------------------------

    def _link_organisations(self, doc: Doc, ents: list[Span],
                            kb_ids: dict[tuple[int, int], str]) -> None:
        """A short ORG mention whose words all occur in one longer ORG of the document is
        that organisation ("the Defense Ministry" after "Israel's Defense Ministry"); so is
        one with the same words in another order ("Ministry of Health", "Health Ministry");
        and an organisation after a place's possessive ("Gaza's Health Ministry") is the
        KB's "<place> <organisation>" where the KB knows one."""
        owned = self._link_owned(doc, ents, kb_ids)
        orgs: dict[str, tuple[Span, frozenset[str]]] = {}
        for e in ents:
            if e.label_ == "ORG":
                orgs.setdefault(fold(e.text), (e, frozenset(_org_words(e.text))))
        order = {key: n for n, key in enumerate(orgs)}

        def kb_of(span: Span) -> str:
            return span.kb_id_ or kb_ids.get((span.start, span.end), "")

        resolved: dict[str, Span | None] = {}
        for ent in ents:
            if ent.label_ != "ORG" or kb_of(ent):
                continue
            key = fold(ent.text)
            if key not in resolved:
                words = orgs[key][1]
                longer = [o for o, ow in orgs.values() if words and len(ow) > len(words)
                          and words <= ow]
                same = [o for k, (o, ow) in orgs.items() if k != key and words and ow == words]
                known = {kb_of(o) for o in same} - {""}
                if not longer and len(known) == 1:
                    longer = [o for o in same if kb_of(o)][:1]
                elif not longer:  # the form written first stands for the others
                    longer = [o for k, (o, ow) in orgs.items()
                              if ow == words and order[k] < order[key]][:1]
                resolved[key] = longer[0] if len(longer) == 1 else None
            target = resolved[key]
            if target is not None and not self._other_owner(ent, target, owned, kb_of(target)):
                ent._.me_canonical = target._.me_canonical or " ".join(target.text.split())
                if kb_of(target):
                    kb_ids[(ent.start, ent.end)] = kb_of(target)

    def _other_owner(self, ent: Span, target: Span, owned: dict[int, Span], target_kb: str) -> bool:
        """Whether ``ent`` belongs to another place than ``target`` does: "Israel's Health
        Ministry" is not Gaza's, whatever the words."""
        owner = owned.get(ent.start)
        if owner is None:
            return False
        other = owned.get(target.start)
        if other is not None:
            return fold(other.text) != fold(owner.text)
        if not target_kb:
            return False
        index = self._kb_index()
        match = index.get_strong(fold(owner.text), owner.text)
        place = index.records.get(owner.kb_id_) or (match.record if match else None)
        organisation = index.records.get(target_kb)
        # An owner of unknown country could be anyone's: no link to a KB organisation.
        return place is None or organisation is None or place.country != organisation.country

    def _link_owned(self, doc: Doc, ents: list[Span],
                    kb_ids: dict[tuple[int, int], str]) -> dict[int, Span]:
        """Link organisations written after a place's possessive; return them by start,
        with their owners."""
        owners = {e.end: e for e in ents if e.label_ in ("GPE", "LOC")}
        owned: dict[int, Span] = {}
        for ent in ents:
            if ent.label_ != "ORG" or ent.kb_id_ or ent.start < 2:
                continue
            owner = owners.get(ent.start - 1)
            if owner is None or doc[ent.start - 1].lower_ not in ("'s", "’s"):
                continue
            owned[ent.start] = owner
            name = f"{owner.text} {ent.text}"
            match = self._kb_index().get_strong(fold(name), name)
            if match is not None and match.record.label == "ORG":
                kb_ids[(ent.start, ent.end)] = match.record.id
        return owned

    # -- acronyms ------------------------------------------------------------------------

    def _link_acronyms(self, doc: Doc, ents: list[Span]) -> list[Span]:
        from entity_cli.nlp.components.actor_ruler import words_of

        texts = words_of(doc).texts  # plain strings: no Token objects for every word
        definitions: dict[str, Span] = {}
        for ent in ents:
            end = ent.end
            if end + 2 < len(texts) and texts[end] == "(" and texts[end + 2] == ")":
                acronym = texts[end + 1]
                if acronym.isupper() and 2 <= len(acronym) <= 8 and acronym.isalpha():
                    definitions[acronym] = ent
        if not definitions:
            return ents
        starts = {e.start: i for i, e in enumerate(ents)}
        covered = {i for e in ents for i in range(e.start, e.end)}
        out, added = list(ents), []
        for i, text in enumerate(texts):
            expansion = definitions.get(text)
            if expansion is None:
                continue
            canonical = " ".join(expansion.text.split())
            if i in covered:
                k = starts.get(i)
                if k is not None and out[k].end == i + 1 and not out[k].kb_id_:
                    out[k]._.me_canonical = canonical
                    if expansion.kb_id_:
                        out[k] = respan(out[k], kb_id=expansion.kb_id_)
                continue
            span = Span(doc, i, i + 1, label=expansion.label, kb_id=expansion.kb_id)
            span._.me_origin = "rule"
            span._.me_canonical = canonical
            added.append(span)
        return sorted(out + added, key=lambda s: s.start) if added else out


def _calendar_names(ents: list[Span]) -> list[Span]:
    """An Islamic month or feast ("Ramadan", "Muharram", "Eid al-Adha") is a DATE, even where
    the model or a KB surname says PERSON; a full name that ends in the word ("Taha Yassin
    Ramadan") keeps its bare mentions a person."""
    from entity_cli.dates.islamic import is_calendar_name

    surnames = {fold(e[-1].text) for e in ents if e.label_ == "PERSON" and len(e) > 1}
    out = []
    for e in ents:
        if (e.label_ in ("PERSON", "ORG", "NORP", "GPE") and len(e) <= 3 and is_calendar_name(e.text)
                and not (len(e) == 1 and fold(e.text) in surnames)):
            e = Span(e.doc, e.start, e.end, label="DATE")
        out.append(e)
    return out


def _called_a_place(words, ent: Span, classes: WordClasses) -> bool:
    """Whether the words around ``ent`` say it is a place: "<place noun> of X", "<place
    noun>, A and X", "X <place noun>" ("X refugee camp", "X district"), "near X" or
    "X-based"."""
    folded, texts = words.folded, words.texts
    if (ent.end + 1 < len(texts) and texts[ent.end] == "-" and not words.spaces[ent.end - 1]
            and folded[ent.end + 1] in classes.place_compounds):
        return True  # "Aberdeen-based", "Baghdad-born"
    for follower in classes.place_followers:
        size = len(follower)
        after = [k for k in range(ent.end, min(len(texts), ent.end + size + 1)) if folded[k]]
        if (len(after) >= size and tuple(folded[k] for k in after[:size]) == follower
                and texts[after[0]].islower()):
            return True
    k = ent.start - 1
    if (k >= 0 and folded[k] in classes.place_prepositions
            and not (ent.end < len(texts) and texts[ent.end] in ("'s", "’s"))):
        return True  # "near Kefraya" (but "near Smith's home")
    if k >= 1 and folded[k] in ("and", "or"):
        # the last of a list: walk back over its capitalised names and commas
        k -= 1
        while k >= 0 and (texts[k][:1].isupper() or texts[k] == "," or folded[k] in PARTICLES):
            k -= 1
        return k >= 0 and folded[k] in classes.place_nouns and texts[k].islower()
    if k >= 1 and folded[k] == "of":
        return folded[k - 1] in classes.place_nouns and texts[k - 1].islower()
    return False


def _looks_like_a_name(ent: Span, words: WordClasses) -> bool:
    """Capitalised words, particles aside; no article first ("The Adam Smith Lecture"), no
    word that never belongs to a personal name ("My First Sony"), and no organisation or
    facility head word last ("Sarona Market")."""
    if ent[0].lower_ == "the" or fold(ent[-1].text) in words.heads:
        return False
    if any(t.lower_ in words.never_names for t in ent):
        return False
    return all(t.text[:1].isupper() or t.lower_ in PARTICLES or not t.is_alpha for t in ent)


def name_words(text: str) -> list[str]:
    """Folded words of a name without particles: "Al Kadhimi" -> ["kadhimi"]."""
    return [w for w in folded_words(text) if w and w not in PARTICLES]


def _org_words(text: str) -> list[str]:
    return [w for w in folded_words(text) if w and w not in ORG_FILLER]
