"""Actor ruler: knowledge-base matches, merged with the statistical NER.

Conflict policy (stated here and in the README, "How the rules treat the model"):
1. the ruler finds the leftmost-longest strong KB names in the text (case rules in
   entity_cli.kb.index; every content word of the match must be capitalised);
2. a KB match that is at least as long as every model entity it overlaps replaces them,
   with the KB's label (the KB is unambiguous for strong names): the KB name covers the
   whole span; origin is "model+rule" when a model entity overlapped, "rule" when the
   model missed it;
3. the longest name wins: a model entity strictly longer than an overlapping KB match
   keeps its span and label ("Kuwait Airways", "New York Stock Exchange", "52 million US
   dollars"), unless it is nothing but KB names and filler (lowercase words, numbers,
   punctuation, a title before a KB person; on a title-case headline also common words),
   and it has no organisation or facility head word: "Houthi militia", "U.S. military";
4. the model keeps everything the KB does not know.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from entity_cli.kb.names import fold
from entity_cli.kb.words import load_words
from entity_cli.labels import PLACE_LABELS
from entity_cli.nlp.components.extensions import ensure_extensions, respan
from entity_cli.nlp.components.headlines import headline_tokens
from entity_cli.nlp.components.knowledge import KB_CONFIG, KnowledgeComponent
from entity_cli.nlp.components.token_words import (
    Words,
    capitalised,
    name_keys,
    word_breaks,
    words_of,
)
from entity_cli.nlp.components.towns import add_towns


@Language.factory("me_actors", assigns=["doc.ents", "span._.me_origin"], requires=["doc.ents"],
                  default_config={"overwrite_labels": True, **KB_CONFIG})
def make_actor_ruler(nlp: Language, name: str, overwrite_labels: bool, models_dir: str | None,
                     overlays: list[str]) -> ActorRuler:
    return ActorRuler(models_dir=models_dir, overwrite_labels=overwrite_labels,
                      overlays=overlays)


class ActorRuler(KnowledgeComponent):
    def __init__(self, models_dir: str | None = None, overwrite_labels: bool = True,
                 overlays: Iterable[str] = ()) -> None:
        ensure_extensions()
        self.overwrite_labels = overwrite_labels
        super().__init__(models_dir, overlays)

    def _reset(self) -> None:
        self._extension_words: frozenset[str] = frozenset()
        self._lowercase_words: frozenset[str] | None = None  # None: not derived yet

    @property
    def index(self):
        index = self._kb_index()
        if self._lowercase_words is None:
            # Words a name may hold in lowercase: "of", "the", particles such as "al".
            words = load_words(self.models_dir)
            self._lowercase_words = words.name_connectors | words.name_particles
            # Generic words of place extensions ("Taji military base") may stay lowercase.
            self._extension_words = frozenset(
                word for suffixes in index.tables.kind_suffixes.values()
                for suffix in suffixes for word in suffix.split() if word.islower()
            )
        return index

    def __call__(self, doc: Doc) -> Doc:
        matches = self.find(doc)
        if not matches:
            return doc
        model_ents = list(doc.ents)
        model_at = {t: i for i, e in enumerate(model_ents) for t in range(e.start, e.end)}
        match_at = {t: k for k, m in enumerate(matches) for t in range(m.start, m.end)}
        kept: list[Span] = []
        taken = [False] * len(model_ents)
        yielding = {i for i, e in enumerate(model_ents)
                    if self._decomposes(e, _inside(e, matches, match_at))}
        for match in matches:
            overlapping = sorted({model_at[t] for t in range(match.start, match.end)
                                  if t in model_at})
            if any(len(model_ents[i]) > len(match) and not taken[i] and i not in yielding
                   for i in overlapping):
                continue
            for i in overlapping:
                taken[i] = True
            exact = [model_ents[i] for i in overlapping
                     if (model_ents[i].start, model_ents[i].end) == (match.start, match.end)]
            if exact and not self.overwrite_labels:
                match = respan(match, label=exact[0].label)
            # A model span at the same offsets shares its extension values (its title).
            match._.me_origin = "model+rule" if overlapping else "rule"
            kept.append(match)
        spans = kept + [e for i, e in enumerate(model_ents) if not taken[i]]
        doc.ents = sorted(spans, key=lambda s: s.start)
        return doc

    def _decomposes(self, ent: Span, inside: list[Span]) -> bool:
        """Whether a longer model span is only KB names plus filler ("Shi'ite Iran",
        "Houthi militia", "U.S. military", "Idlib 300 km"): then the KB names win.

        Filler is punctuation, numbers and lowercase words. A capitalised word the KB does
        not cover is part of a longer name ("Kuwait Airways", "New York Stock Exchange",
        "University of Chicago"): the longest name wins and the model keeps its span. A
        currency ("US dollars", MONEY) holds a place name by nature and is never split."""
        if ent.label_ in ("DATE", "TIME", "PERSON", "MONEY"):
            return False  # "Baha Mousa" is a man, whatever places share his names
        if not inside or any((m.start, m.end) == (ent.start, ent.end) for m in inside):
            return False
        if ent.label_ == "NORP" and all(m.label_ == "NORP" for m in inside):
            return False  # "Sunni Muslim" is one group
        covered = {i for m in inside for i in range(m.start, m.end)}
        # A title written before a KB person is no part of a name ("PM Abadi").
        for m in inside:
            if m.label_ == "PERSON":
                covered.update(range(self._title_start(ent, m.start), m.start))
        words = load_words(self.models_dir)
        # On a title-case headline a capital is no evidence: common words are filler there.
        headline = headline_tokens(ent.doc, self.index.generic)
        for token in ent:
            if token.i in covered:
                continue
            text = token.text
            key = fold(text)
            if key in words.heads:
                return False  # "Kuwait airways", "Basra port": a name with its head word
            if not text[:1].isalpha() or text[:1].islower():
                continue
            if token.i in headline and key in self.index.generic:
                continue
            return False
        return True

    def _title_start(self, ent: Span, start: int) -> int:
        """Where the titles right before ``start`` (inside ``ent``) begin."""
        from entity_cli.kb.titles import load_titles, title_prefix_length

        titles = load_titles(self.models_dir)
        words = words_of(ent.doc).folded
        for k in range(ent.start, start):
            if title_prefix_length(words[k:start], titles) == start - k:
                return k
        return start

    def _title_length(self, words: list[str]) -> int:
        from entity_cli.kb.titles import load_titles, title_prefix_length

        used = title_prefix_length(words, load_titles(self.models_dir))
        return used if used < len(words) else 0

    def find(self, doc: Doc) -> list[Span]:
        """Leftmost-longest strong KB names, as spans carrying kb_id.

        Works on plain lists of token strings (creating spaCy Token objects is the cost
        here) and stops extending a candidate as soon as no KB key starts with it."""
        _ = self.index  # loads the index and the word classes on first use
        words = words_of(doc)
        texts, folded = words.texts, words.folded
        lowercase = self._lowercase_words
        spans: list[Span] = []
        i = 0
        while i < len(texts):
            text = texts[i]
            best = None
            if (text[:1].isupper() or folded[i] in lowercase) and not text.isspace():
                best = self._longest_at(words, i)
            if best is None:
                i += 1
                continue
            end, found = best
            start = i
            if found.record.label == "PERSON":
                # An alias may carry an honorific ("Sayyed Hassan Nasrallah"): it stays out.
                start += self._title_length(folded[i:end])
            span = Span(doc, start, end, label=found.record.label, kb_id=found.record.id)
            if start > i:
                span._.me_title = words.span_text(i, start)
            spans.append(span)
            i = end
        index = self._kb_index()
        if index.contextual:
            spans = add_towns(doc, words, spans, index, load_words(self.models_dir), lowercase)
        return spans

    def _longest_at(self, words: Words, i: int):
        """(end, match) of the longest strong KB name starting at token ``i``, or None."""
        index = self._kb_index()
        lowercase = self._lowercase_words
        best = None
        for end, key in name_keys(words, i, index.max_words):
            if key not in index.strong:
                if not index.has_prefix(key):
                    break
                continue
            strict = capitalised(words, i, end, lowercase)
            if not strict and not capitalised(words, i, end, lowercase, self._extension_words):
                continue
            surface = words.span_text(i, end)
            found = index.get_strong(key, surface)
            # Lowercase generic words only in place names ("Taji military base").
            if (found is not None and (strict or found.record.label in PLACE_LABELS)
                    and word_breaks(surface) <= word_breaks(found.variant.surface)):
                best = (end, found)
        return best


def _inside(ent: Span, matches: list[Span], match_at: dict[int, int]) -> list[Span]:
    """The KB matches lying wholly inside ``ent`` (found through their tokens)."""
    found = {match_at[t] for t in range(ent.start, ent.end) if t in match_at}
    return [matches[k] for k in sorted(found)
            if ent.start <= matches[k].start and matches[k].end <= ent.end]
