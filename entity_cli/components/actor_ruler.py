"""Actor ruler: knowledge-base matches, merged with the statistical NER.

Conflict policy (stated here and in the README):
1. the ruler finds the leftmost-longest strong KB names in the text (case rules in
   entity_cli.kb.index; every content word of the match must be capitalised);
2. a KB match that is at least as long as every model entity it overlaps replaces them,
   with the KB's label (the KB is unambiguous for strong names); origin is "model+rule"
   when a model entity overlapped, "rule" when the model missed it;
3. a model entity strictly longer than an overlapping KB match keeps its span and label;
4. the model keeps everything the KB does not know.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from entity_cli.components.extensions import ensure_extensions
from entity_cli.kb.names import fold

# Punctuation that never sits inside a name ("Mohammad (Javad) Zarif" is not one key).
_BREAKS = frozenset("()[]{},;:!?\"“”«»|")
_PLACES = frozenset({"GPE", "LOC", "FAC"})
FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "la", "le", "des",
                            "al", "el", "bin", "ibn", "bint", "ben", "abu", "umm", "ul", "a"})


@Language.factory("me_actors", default_config={"models_dir": None, "overwrite_labels": True})
def make_actor_ruler(nlp: Language, name: str, models_dir: str | None,
                     overwrite_labels: bool) -> ActorRuler:
    return ActorRuler(models_dir=models_dir, overwrite_labels=overwrite_labels)


class ActorRuler:
    def __init__(self, models_dir: str | None = None, overwrite_labels: bool = True) -> None:
        ensure_extensions()
        self.models_dir = models_dir
        self.overwrite_labels = overwrite_labels
        self._index = None
        self._generic: frozenset[str] = frozenset()
        self._generic_cache: frozenset[str] | None = None

    @property
    def index(self):
        if self._index is None:
            from entity_cli.kb.index import load_index

            self._index = load_index(self.models_dir)
            # Generic words of place extensions ("Taji military base") may stay lowercase.
            self._generic = frozenset(
                word for suffixes in self._index.tables.kind_suffixes.values()
                for suffix in suffixes for word in suffix.split() if word.islower()
            )
        return self._index

    def initialize(self, get_examples=None, nlp: Language | None = None) -> None:
        """Load the knowledge base now rather than on the first document."""
        _ = self.index

    def __call__(self, doc: Doc) -> Doc:
        matches = self.find(doc)
        if not matches:
            return doc
        model_ents = list(doc.ents)
        kept: list[Span] = []
        taken = [False] * len(model_ents)
        yielding = {i for i, e in enumerate(model_ents) if self._decomposes(e, matches)}
        for match in matches:
            overlapping = [i for i, e in enumerate(model_ents)
                           if e.start < match.end and match.start < e.end]
            if any(len(model_ents[i]) > len(match) and not taken[i] and i not in yielding
                   for i in overlapping):
                continue
            for i in overlapping:
                taken[i] = True
            exact = [model_ents[i] for i in overlapping
                     if (model_ents[i].start, model_ents[i].end) == (match.start, match.end)]
            if exact and not self.overwrite_labels:
                match = Span(doc, match.start, match.end, label=exact[0].label)
            match._.origin = "model+rule" if overlapping else "rule"
            if exact and exact[0]._.title:
                match._.title = exact[0]._.title
            kept.append(match)
        spans = kept + [e for i, e in enumerate(model_ents) if not taken[i]]
        doc.ents = sorted(spans, key=lambda s: s.start)
        return doc

    def _decomposes(self, ent: Span, matches: list[Span]) -> bool:
        """Whether a longer model span is only KB names plus filler ("Shi'ite Iran",
        "Houthi militia", "U.S. military", "Idlib 300 km"): then the KB names win.

        Filler is punctuation, numbers, lowercase words and, in ORG and PERSON spans,
        common English words that name no actor ("Warns", "Government")."""
        if ent.label_ in ("DATE", "PERSON"):
            return False  # "Baha Mousa" is a man, whatever places share his names
        inside = [m for m in matches if ent.start <= m.start and m.end <= ent.end]
        if not inside or any((m.start, m.end) == (ent.start, ent.end) for m in inside):
            return False
        if ent.label_ == "NORP" and all(m.label_ == "NORP" for m in inside):
            return False  # "Sunni Muslim" is one group
        covered = {i for m in inside for i in range(m.start, m.end)}
        # In ORG spans, common words that name no actor are filler; in names of people
        # they are not (first names such as "Allison" are common words too).
        generic = self._generic_words if ent.label_ == "ORG" else frozenset()
        for token in ent:
            if token.i in covered:
                continue
            text = token.text
            if not text[:1].isalpha() or text[:1].islower() or fold(text) in generic:
                continue
            return False
        return True

    def _title_length(self, words: list[str]) -> int:
        from entity_cli.kb.titles import load_titles, title_prefix_length

        used = title_prefix_length(words, load_titles(self.models_dir))
        return used if used < len(words) else 0

    @property
    def _generic_words(self) -> frozenset[str]:
        if self._generic_cache is None:
            self._generic_cache = self.index.generic_words()
        return self._generic_cache

    def find(self, doc: Doc) -> list[Span]:
        """Leftmost-longest strong KB names, as spans carrying kb_id."""
        index = self.index
        folded = [fold(t.text) for t in doc]
        max_words = index.max_words
        spans: list[Span] = []
        i = 0
        n = len(doc)
        while i < n:
            token = doc[i]
            if not (token.text[:1].isupper() or folded[i] in FUNCTION_WORDS) or token.is_space:
                i += 1
                continue
            best = None
            key = ""
            for j in range(i, min(n, i + max_words)):
                tok = doc[j]
                if (tok.is_space or (j > i and "\n" in doc[j - 1].whitespace_)
                        or tok.text in _BREAKS):
                    break
                key += folded[j]
                if not folded[j] or key not in index.strong:
                    continue
                strict = _capitalised(doc, i, j + 1, folded)
                if not strict and not _capitalised(doc, i, j + 1, folded, self._generic):
                    continue
                found = index.get_strong(key, doc[i : j + 1].text)
                # Lowercase generic words only in place names ("Taji military base").
                if found is not None and (strict or found.record.label in _PLACES):
                    best = (j + 1, found)
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
                span._.title = doc[i:start].text
            spans.append(span)
            i = end
        return spans


def _capitalised(doc: Doc, start: int, end: int, folded: list[str],
                 generic: frozenset[str] = frozenset()) -> bool:
    """Every content word starts with a capital or digit; the last word is not a particle
    (generic extension words such as "base" excepted)."""
    last = end - 1
    while last > start and (_glued(doc, last) or doc[last].text in generic):
        last -= 1
    if not (doc[last].text[:1].isupper() or doc[last].text[:1].isdigit()):
        return False
    for k in range(start, end):
        text = doc[k].text
        if (not folded[k] or folded[k] in FUNCTION_WORDS or (k > start and _glued(doc, k))
                or (k > start and text in generic)):
            continue
        if not (text[:1].isupper() or text[:1].isdigit()):
            return False
    return True


def _glued(doc: Doc, k: int) -> bool:
    """A token written against the previous one ("Shi" + "'ite"): not a word of its own."""
    return not doc[k - 1].whitespace_ and not doc[k].text[:1].isalnum()
