"""Towns and villages of the generated gazetteer: found only with evidence in the text.

The KB holds thousands of small places (patterns.json ``context_kinds``). Their names are
often also surnames, given names or words, so a name alone never makes one a place. The
ruler takes a town's name, in the text between the strong KB names, only when:
- the model already tagged exactly that span as a place (the KB then only links it; for a
  guarded name, see below, only when the town's country is named too); or
- the text says it is a place: "the town of X", "X district" (place nouns and followers,
  models/words.json); or
- the town's country is named in the document (by a strong KB name of that country: the
  country, a city, a demonym, a person or a body of it), and, for a guarded name (also an
  English word, a word of a KB person's or organisation's name, or four letters or fewer)
  or a span the model gave another label (a PERSON, an ORG), a location preposition stands
  right before it ("in", "near", "outside").
A town the text shows to be a place once is that place at each of its mentions.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from entity_cli.kb.index import ActorIndex, Match
from entity_cli.kb.words import WordClasses
from entity_cli.labels import PLACE_LABELS
from entity_cli.nlp.components.token_words import Words, capitalised, name_keys, word_breaks


def add_towns(doc: Doc, words: Words, spans: list[Span], index: ActorIndex,
              classes: WordClasses, lowercase: frozenset[str]) -> list[Span]:
    """``spans`` (the strong KB names) with the towns the text gives evidence for."""
    covered = {t for span in spans for t in range(span.start, span.end)}
    countries = {rec.country for span in spans
                 if (rec := index.records.get(span.kb_id_)) is not None and rec.country}
    model_places = {(e.start, e.end) for e in doc.ents if e.label_ in PLACE_LABELS}
    model_others = {t for e in doc.ents if e.label_ not in PLACE_LABELS
                    for t in range(e.start, e.end)}
    hits: list[tuple[int, int, Match, bool]] = []
    texts, i = words.texts, 0
    while i < len(texts):
        if i in covered or not (texts[i][:1].isupper() or words.folded[i] in lowercase):
            i += 1
            continue
        hit = _longest_town_at(words, i, covered, index, lowercase)
        if hit is None:
            i += 1
            continue
        end, found = hit
        hits.append((i, end, found, _evidence(words, i, end, found, index, classes, countries,
                                             (model_places, model_others))))
        i = end
    # One sense per text: a town the text shows to be a place is that place at every mention.
    shown = {found.record.id for _, _, found, evidence in hits if evidence}
    towns = [Span(doc, start, end, label=found.record.label, kb_id=found.record.id)
             for start, end, found, _ in hits if found.record.id in shown]
    return sorted(spans + towns, key=lambda s: s.start) if towns else spans


def _longest_town_at(words: Words, i: int, covered: set[int], index: ActorIndex,
                     lowercase: frozenset[str]) -> tuple[int, Match] | None:
    best = None
    for end, key in name_keys(words, i, index.max_words, covered):
        if key not in index.contextual:
            if not index.has_contextual_prefix(key):
                break
            continue
        surface = words.span_text(i, end)
        found = index.get_contextual(key)
        if (found is not None and capitalised(words, i, end, lowercase)
                and word_breaks(surface) <= word_breaks(found.variant.surface)):
            best = (end, found)
    return best


def _evidence(words: Words, start: int, end: int, found: Match, index: ActorIndex,
              classes: WordClasses, countries: set[str],
              model: tuple[set[tuple[int, int]], set[int]]) -> bool:
    """Whether the text says the town is meant (the rules of this module's docstring).
    ``model`` is the model's place spans and the tokens of its other entities."""
    model_places, model_others = model
    folded = words.folded
    key = "".join(folded[start:end])
    if (start, end) in model_places:
        # The model's place: the town only links it, unless its name is guarded ("Santa
        # hats" tagged GPE is no Egyptian village): then its country must be named too.
        return key not in index.guarded or found.record.country in countries
    before = folded[start - 1] if start > 0 else ""
    if before == "of" and start > 1 and folded[start - 2] in classes.place_nouns:
        return True  # "the town of X"
    after = tuple(folded[end : end + 2])
    if any(after[: len(f)] == f for f in classes.place_followers):
        return True  # "X district", "X refugee camp"
    if found.record.country not in countries:
        return False
    against_model = any(t in model_others for t in range(start, end))
    return (key not in index.guarded and not against_model) or before in classes.location_prepositions
