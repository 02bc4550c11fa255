"""Span cleanup: what the statistical model leaves inside entity spans comes out.

Policy (README, "How the rules treat the model"): a model entity is deleted, relabelled,
shrunk or split only on specific evidence, never on word frequency. Here the evidence is:
- shape: a possessive ('s, ’s) and trailing punctuation are never part of a name, nor is a
  bracket or a line break inside one; an inner possessive splits a span only after a name
  the KB knows ("Israel's Defense Ministry", not "People's Bank of China"); a PERSON with
  digits ("600bn") is no name;
- the title table (models/titles.jsonl): titles, ranks and honorifics ("Maj Gen", "Prime
  Minister", "Mr") leave PERSON spans for the span's ``title``; a span that is only titles
  goes; a word of a title before a name is no organisation; a demonym at the head of a
  PERSON span ("Iranian President X") becomes its own NORP span; after "<title> for/of
  the", a KB place followed by a name is split from it;
- closed word classes (models/words.json): a lowercase "the" and a sentence-initial "The"
  are outside names, and so is a leading preposition ("Near Kefraya"); a PERSON span
  ending in an organisation or facility head word ("Nasser Hospital") is ORG or FAC;
  bylines and photo credits (components.bylines) give their people and agencies;
- title-case headlines (components.headlines): there a capitalised common word at the edge
  of a span is the headline's, not the name's ("Warns Gulf States").
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from entity_cli.kb.names import fold
from entity_cli.kb.titles import TitleTable
from entity_cli.kb.words import WordClasses, load_words
from entity_cli.labels import PLACE_LABELS, TEMPORAL_LABELS
from entity_cli.nlp.components.bylines import byline_spans
from entity_cli.nlp.components.extensions import ensure_extensions
from entity_cli.nlp.components.headlines import headline_tokens
from entity_cli.nlp.components.knowledge import KB_CONFIG, KnowledgeComponent
from entity_cli.nlp.components.span_edges import (
    make_span,
    non_overlapping,
    sentence_initial,
    split_at_brackets,
    split_at_possessives,
    title_length,
    without_possessives,
)


@Language.factory(
    "me_span_cleanup",
    assigns=["doc.ents"],
    requires=["doc.ents"],
    default_config={"possessives": True, "titles": True, **KB_CONFIG},
)
def make_span_cleanup(
    nlp: Language, name: str, possessives: bool, titles: bool, models_dir: str | None,
    overlays: list[str],
) -> SpanCleanup:
    return SpanCleanup(possessives=possessives, titles=titles, models_dir=models_dir,
                       overlays=overlays)


class SpanCleanup(KnowledgeComponent):
    def __init__(self, possessives: bool = True, titles: bool = True,
                 models_dir: str | None = None, overlays: Iterable[str] = ()) -> None:
        ensure_extensions()
        self.possessives = possessives
        self.use_titles = titles
        super().__init__(models_dir, overlays)

    def _reset(self) -> None:
        self._titles: TitleTable | None = None
        self._longest_title = 0
        self._demonyms: frozenset[str] | None = None
        self._generic: frozenset[str] = frozenset()
        self._name_words: frozenset[str] = frozenset()
        self._words: WordClasses | None = None

    def initialize(self, get_examples=None, nlp: Language | None = None) -> None:
        self._load()

    def _load(self) -> None:
        from entity_cli.kb.titles import load_titles

        self._titles = load_titles(self.models_dir)
        self._longest_title = max((len(t) for t in self._titles), default=0)
        index = self._kb_index()
        self._demonyms = index.norp_keys
        self._generic = index.generic
        self._name_words = index.name_words
        self._words = load_words(self.models_dir)

    def __call__(self, doc: Doc) -> Doc:
        if self._titles is None:
            self._load()
        ents: list[Span] = []
        headline = headline_tokens(doc, self._generic)
        for ent in doc.ents:
            for piece in split_at_brackets(doc, ent):
                for part in split_at_possessives(doc, piece, self._is_known):
                    ents.extend(self._clean(doc, part, headline))
        ents = non_overlapping(ents)
        ents = self._drop_title_words(doc, ents) if self.use_titles else ents
        doc.ents = self._credits(doc, ents)
        return doc

    def _credits(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Inside a byline or photo credit, its people and agencies replace the model's
        spans (see components.bylines)."""
        found, ranges = byline_spans(doc, self._words.byline_cues)
        if not ranges:
            return ents
        inside = {k for a, b in ranges for k in range(a, b)}
        kept = [e for e in ents if not any(k in inside for k in range(e.start, e.end))]
        return sorted(kept + found, key=lambda s: s.start)

    def _is_known(self, name: str) -> bool:
        """Whether the KB knows ``name`` for certain (a strong key)."""
        return self._kb_index().get_strong(fold(name), name) is not None

    def _drop_title_words(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """A word of a title written before a name ("Secretary of State John Kerry",
        "Supreme Leader Ayatollah Ali Khamenei") is not an organisation or a place."""
        titled = [(self._title_start(doc, e.start), e.start) for e in ents if e.label_ == "PERSON"]
        titled = [(a, b) for a, b in titled if a < b]
        if not titled:
            return ents
        return [e for e in ents if e.label_ in ("PERSON", "DATE", "TIME")
                or not any(a <= e.start and e.end <= b for a, b in titled)]

    def _title_start(self, doc: Doc, start: int) -> int:
        """Where the titles written right before ``start`` begin (``start`` if none)."""
        from entity_cli.kb.titles import title_prefix_length

        low = max(0, start - 2 * self._longest_title)
        window = [fold(t.text) for t in doc[low:start]]
        first = start
        for k in range(start - 1, low - 1, -1):
            words = window[k - low:]
            if doc[k].text[:1].isupper() and title_prefix_length(words, self._titles) == len(words):
                first = k
        return first

    def _clean(self, doc: Doc, ent: Span, headline: frozenset[int]) -> list[Span]:
        start, end = ent.start, ent.end
        if ent.label_ not in TEMPORAL_LABELS:
            start, end = self._trim_edges(doc, ent, start, end)
            start, end = self._trim_headline_words(doc, start, end, ent.label_, headline)
        elif self.possessives:
            end = without_possessives(doc, start, end)
        if (ent.label_ in PLACE_LABELS or ent.label_ == "ORG") and self.use_titles:
            split = self._office_then_name(doc, start, end, ent)
            if split:
                return split
        out: list[Span] = []
        title = None
        if ent.label_ == "PERSON":
            relabelled = self._head_word_label(doc, start, end, ent)
            if relabelled is not None:
                return relabelled
            if any(t.like_num or any(c.isdigit() for c in t.text) for t in doc[start:end]):
                return out  # "600bn", "20000": not a name
            start = self._skip_headline_verbs(doc, start, end, headline)
            if self.use_titles:
                start, title, whole = self._titles_out(doc, ent, start, end, out)
                if whole:
                    return out  # nothing but a title: not a name
        if start >= end:
            return out
        span = ent if (start, end) == (ent.start, ent.end) else make_span(doc, start, end, ent.label_, ent)
        if title:
            span._.me_title = " ".join(title.replace(".", "").split())
        out.append(span)
        return out

    def _trim_edges(self, doc: Doc, ent: Span, start: int, end: int) -> tuple[int, int]:
        """Possessives and punctuation at the end, a leading "the", a leading preposition,
        "pro-"/"anti-" before a name."""
        if self.possessives:
            end = without_possessives(doc, start, end)
        # A leading "the" is no part of a name; capitalised, it is only where it is not
        # the first word of a sentence ("The National").
        if end - start > 1 and (doc[start].text == "the" or (
                doc[start].text == "The" and sentence_initial(doc, start))):
            start += 1
        # A preposition is never the first word of a name: "Near Kefraya" in a list of strikes.
        if (end - start > 1 and doc[start].text[:1].isupper()
                and doc[start].lower_ in self._words.prepositions
                and not self._is_known(doc[start:end].text)):  # "At Tabqah" is a town
            start += 1
        # Only the name inside a compound: pro-[Iranian], anti-[Israel].
        if end - start > 2 and doc[start].lower_ in ("pro", "anti") and doc[start + 1].text == "-":
            start += 2
        return start, end

    def _head_word_label(self, doc: Doc, start: int, end: int, ent: Span) -> list[Span] | None:
        """A head word last makes an organisation or a facility of what the model read as a
        person: "Nasser Hospital", "Charles Beseler Co.", "Queen's Lancashire Regiment"."""
        if end - start <= 1:
            return None
        head = fold(doc[end - 1].text.rstrip("."))
        if head in self._words.organisation_heads or head in self._words.facility_heads:
            label = "ORG" if head in self._words.organisation_heads else "FAC"
            return [make_span(doc, start, end, label, ent)]
        return None

    def _skip_headline_verbs(self, doc: Doc, start: int, end: int,
                             headline: frozenset[int]) -> int:
        """A leading -ing word the model swept in from a headline: "Retaking Falluja". Only
        where a capital is no evidence: at the start of a line or sentence, or on a
        headline ("said Sterling Pratt" keeps its name)."""
        while (start < end - 1 and (start in headline or sentence_initial(doc, start))
               and doc[start].lower_.endswith("ing") and len(doc[start]) > 5
               and fold(doc[start].text) not in self._name_words):
            start += 1
        return start

    def _titles_out(self, doc: Doc, ent: Span, start: int, end: int,
                    out: list[Span]) -> tuple[int, str | None, bool]:
        """Titles out of a PERSON span: (new start, the title, whether the span was only a
        title). "Iranian President X" adds the NORP "Iranian" to ``out``."""
        title = None
        words = [fold(t.text) for t in doc[start:end]]
        if words and words[0] in self._demonyms and end - start > 2:
            used = title_length(words[1:], self._titles)
            if used:
                out.append(make_span(doc, start, start + 1, "NORP", ent))
                title = doc[start + 1 : start + 1 + used].text
                start += 1 + used
        used = title_length([fold(t.text) for t in doc[start:end]], self._titles)
        if used >= end - start:
            return start, title, True
        if used:
            title = doc[start : start + used].text
            start += used
        elif title is None:
            title = self._preceding_title(doc, start)
        return start, title, False

    def _trim_headline_words(self, doc: Doc, start: int, end: int, label: str,
                             headline: frozenset[int]) -> tuple[int, int]:
        """On a title-case headline, capitalised common words at the start of a span (and,
        but for people, at its end) are the headline's verbs and nouns ("Warns Gulf
        States", "Tel Aviv Market Shooting"), not name words. A span is never emptied this
        way: a common word can be the whole name ("Taliban")."""
        if start not in headline:
            return start, end

        def filler(k: int) -> bool:
            token = doc[k]
            return (not token.is_alpha and not token.like_num) or token.is_lower or (
                fold(token.text) in self._generic)

        first, last = start, end
        while first < last and filler(first):
            first += 1
        while label != "PERSON" and last > first and filler(last - 1):
            last -= 1
        return (first, last) if first < last else (start, end)

    def _office_then_name(self, doc: Doc, start: int, end: int, ent: Span) -> list[Span]:
        """ "The Minister for the Middle East Jane Doe": after a title and "for"/"of", a
        span that is a KB name followed by capitalised words is the office's place or body,
        then the holder's name; the model's one span becomes two."""
        k = start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k < 1 or doc[k].lower_ not in ("for", "of") or not self._preceding_title(doc, k):
            return []
        for cut in range(end - 1, start, -1):
            rest = doc[cut:end]
            if not all(t.text[:1].isupper() for t in rest if t.is_alpha) or not rest[0].is_alpha:
                continue
            name = doc[start:cut].text
            found = self._kb_index().get_strong(fold(name), name)
            if found is not None and (found.record.label in PLACE_LABELS
                                      or found.record.label == "ORG"):
                person = make_span(doc, cut, end, "PERSON", ent)
                person._.me_origin = "rule"
                return [make_span(doc, start, cut, found.record.label, ent), person]
        return []

    def _preceding_title(self, doc: Doc, start: int) -> str | None:
        for size in range(min(self._longest_title, start), 0, -1):
            words = tuple(fold(t.text) for t in doc[start - size : start])
            if words in self._titles and doc[start - size].text[:1].isupper():
                return doc[start - size : start].text
        return None
