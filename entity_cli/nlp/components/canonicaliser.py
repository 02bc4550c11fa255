"""Canonicaliser: ``canonical``, ``kb_id`` and ``country`` on every non-DATE entity.

An entity with a knowledge-base id takes the record's canonical name and country. A PERSON
the ruler did not match is resolved through the index (weak and ambiguous keys, the
document's date against dated roles, a phonetic key, then fuzzy matching); other labels by
their strong key. An actor the KB does not know keeps the normalised longest mention of it
in the document (set by the mention linker) or its own normalised text.

Policy: a name alone is weak evidence of which actor is meant. A bare surname or given
name links to a KB person only when the document names the person in full, a role of
theirs covers the document date, or their country is named in the document; an acronym of
a national body only when the text defines it or names its country. Otherwise the entity
stays the model's, without a link (and a span the KB alone created goes).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from entity_cli.kb.names import fold, is_acronym
from entity_cli.labels import PLACE_LABELS
from entity_cli.nlp.components.extensions import ensure_extensions, respan
from entity_cli.nlp.components.knowledge import KB_CONFIG, KnowledgeComponent
from entity_cli.nlp.components.mention_words import name_words


@Language.factory("me_canonical", requires=["doc.ents"],
                  assigns=["span._.me_canonical", "span._.me_country", "span._.me_actor"],
                  default_config={"resolve_people": True, **KB_CONFIG})
def make_canonicaliser(nlp: Language, name: str, resolve_people: bool, models_dir: str | None,
                       overlays: list[str]) -> Canonicaliser:
    return Canonicaliser(models_dir=models_dir, resolve_people=resolve_people,
                         overlays=overlays)


class Canonicaliser(KnowledgeComponent):
    def __init__(self, models_dir: str | None = None, resolve_people: bool = True,
                 overlays: Iterable[str] = ()) -> None:
        ensure_extensions()
        self.resolve_people = resolve_people
        super().__init__(models_dir, overlays)

    def _reset(self) -> None:
        self._sectors = None

    def __call__(self, doc: Doc) -> Doc:
        index = self._kb_index()
        doc_date = doc._.me_doc_date or None
        changed = False
        # Mentions the linker already tied to a longer name or a definition in this text.
        tied = {(e.start, e.end) for e in doc.ents
                if e._.me_canonical and fold(e._.me_canonical) != fold(e.text)}
        ents = []
        resolved: dict[tuple[str, str, str | None], object] = {}  # once per distinct name
        for ent in doc.ents:
            if ent.label_ in ("DATE", "TIME"):
                ents.append(ent)
                continue
            record = index.records.get(ent.kb_id_) if ent.kb_id_ else None
            if record is None:
                key = (ent.label_, ent.text, ent._.me_canonical)
                if key not in resolved:
                    resolved[key] = self._resolve(ent, doc_date)
                match = resolved[key]
                if match is not None and _compatible(ent.label_, match.record.label):
                    record = match.record
                    ent = respan(ent, kb_id=record.id)
                    changed = True
            if record is None and ent.label_ == "PERSON" and _article_name(ent):
                # "al-Mawasi", "al Foua": an article and one word, no known person of that
                # name and no full name in the text: in this region, a place.
                ent = respan(ent, label="GPE")
                changed = True
            if record is not None:
                ent._.me_canonical = record.canonical
                ent._.me_country = record.country
                ent._.me_actor = self._actor_facts(record, doc_date)
            elif not ent._.me_canonical:
                ent._.me_canonical = " ".join(ent.text.split())
            ents.append(ent)
        checked = self._check_context(ents, doc_date, tied)
        if changed or checked is not ents:
            doc.ents = checked
        return doc

    def _actor_facts(self, record, doc_date: str | None) -> dict[str, object] | None:
        """Sector and actor code ("IQ/GOV") on the document date, and the interoperable
        ids (a place's GeoNames id, an actor's English Wikipedia title): what the output
        carries beside the actor's own id."""
        if self._sectors is None:
            from entity_cli.kb.sectors import Sectors, load_sectors

            self._sectors = Sectors(self._kb_index(), load_sectors(self.models_dir))
        facts: dict[str, object] = {}
        coded = self._sectors.code(record, doc_date)
        if coded is not None:
            facts["sector"], facts["code"] = coded
        for key in ("geonames_id", "wikipedia"):
            if record.extra.get(key):
                facts[key] = record.extra[key]
        return facts or None

    def _check_context(self, ents: list[Span], doc_date: str | None,
                       tied: set[tuple[int, int]]) -> list[Span]:
        """The links that a name alone cannot carry need the document to agree.

        A bare surname or given name ("Williams", "Kadhimi") is the KB's person only when
        the person's full name is in the text (the linker then points it there), a role
        of theirs covers the document date, or their country is named in the document;
        an acronym of a national body ("CBI", "FSA") only when the text defines it or
        names its country. Otherwise the link goes; a span the KB alone created goes too,
        one the model found stays as the model's."""
        index = self._kb_index()
        particles = index.tables.name_particles
        suspects = [k for k, e in enumerate(ents)
                    if e.kb_id_ and (rec := index.records.get(e.kb_id_)) is not None
                    and (e.start, e.end) not in tied and _needs_context(e, rec, particles)]
        if not suspects:
            return ents
        checked = set(suspects)
        countries = {rec.country for k, e in enumerate(ents) if k not in checked
                     and e.kb_id_ and (rec := index.records.get(e.kb_id_)) is not None
                     and rec.country}
        out = list(ents)
        drop = set()
        for k in suspects:
            e = ents[k]
            record = index.records[e.kb_id_]
            if record.country in countries or (doc_date and record.active_on(doc_date)):
                continue
            if e._.me_origin == "rule":
                drop.add(k)
                continue
            out[k] = Span(e.doc, e.start, e.end, label=e.label)
            out[k]._.me_canonical = " ".join(e.text.split())
            out[k]._.me_country = None
            out[k]._.me_actor = None
            out[k]._.me_origin = "model"
        return [e for k, e in enumerate(out) if k not in drop]

    def _resolve(self, ent: Span, doc_date: str | None):
        index = self._kb_index()
        if ent.label_ == "PERSON" and self.resolve_people:
            # Linked to a full name in this document: resolve that name, never the bare
            # surname ("Hashimi" after "Hisham al-Hashimi" is not the KB's other Hashimi).
            names = [ent._.me_canonical] if ent._.me_canonical else [ent.text]
            for name in names:
                match = index.resolve_person(name, doc_date)
                if match is not None:
                    return match
            return None
        return index.get_strong(fold(ent.text), ent.text)


def _needs_context(ent: Span, record, particles: frozenset[str]) -> bool:
    """Whether ``ent`` names ``record`` by a bare name or a national acronym alone."""
    if record.label == "PERSON":
        return len(name_words(ent.text, particles)) == 1
    if record.label == "ORG" and record.country:
        return is_acronym(ent.text)
    return False


_ARTICLE = re.compile(r"^(?:al|el)[- ]?\w+$", re.IGNORECASE)


def _article_name(ent: Span) -> bool:
    linked = ent._.me_canonical and fold(ent._.me_canonical) != fold(ent.text)
    return not linked and len(ent) <= 3 and bool(_ARTICLE.match(ent.text))


def _compatible(model_label: str, kb_label: str) -> bool:
    """A model span takes a KB actor only when the types agree (places count as one)."""
    return model_label == kb_label or (model_label in PLACE_LABELS and kb_label in PLACE_LABELS)
