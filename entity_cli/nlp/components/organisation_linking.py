"""Organisation linking within a document, the mention linker's half that is about ORGs:
short mentions to the longer name they are part of, a place's possessive to the KB's
"<place> <organisation>", acronyms defined in the text to their expansion."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from entity_cli.kb.names import fold
from entity_cli.kb.words import POSSESSIVE_CLITICS
from entity_cli.nlp.components.extensions import respan
from entity_cli.nlp.components.mention_words import org_words


class OrganisationLinking:
    """Mixin of MentionLinker: needs ``self._kb_index()``."""

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
                orgs.setdefault(fold(e.text), (e, frozenset(org_words(e.text))))
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
            if owner is None or doc[ent.start - 1].lower_ not in POSSESSIVE_CLITICS:
                continue
            owned[ent.start] = owner
            name = f"{owner.text} {ent.text}"
            match = self._kb_index().get_strong(fold(name), name)
            if match is not None and match.record.label == "ORG":
                kb_ids[(ent.start, ent.end)] = match.record.id
        return owned

    # -- acronyms ------------------------------------------------------------------------

    def _link_acronyms(self, doc: Doc, ents: list[Span]) -> list[Span]:
        from entity_cli.nlp.components.token_words import words_of

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
