"""The model's ``ner``, run on bounded pieces of a long document.

The statistical component's working memory grows with the tokens of a batch, so one long
article would otherwise set the peak memory of a whole run. This subclass of spaCy's
EntityRecognizer cuts a document longer than ``piece_chars`` characters into pieces at
paragraph or sentence ends (never mid-token), predicts each piece (pieces of different
documents share batches) and writes the entities back onto the whole document, so the
rule components after it see one Doc. The weights, moves and serialisation are the
model's own: the pipeline loads it as the model's ``ner`` with only the factory changed
(``pipeline.load_pipeline``), and ``nlp.to_disk`` / ``spacy.load`` keep it.

Its matrix products go to numpy's BLAS (``use_blis = false``) instead of thinc's bundled
blis: a third of ``ner``'s time is those products, and numpy's OpenBLAS picks the CPU's own
kernels at run time where blis, on the 2-core machine measured here, ran its products about
three times slower. Same weights, same arithmetic up to the order of float additions: the
entities came out identical on the BBC corpus and both quality sets
(``benchmarks/throughput.py`` prints the bare model with both backends).
"""

from __future__ import annotations

import bisect
from collections import deque
from collections.abc import Iterable, Iterator

from spacy.attrs import NORM, ORTH, SPACY
from spacy.language import Language
from spacy.pipeline.ner import DEFAULT_NER_MODEL, EntityRecognizer
from spacy.tokens import Doc, Span
from thinc.api import Model, NumpyOps

from entity_cli.nlp.components.token_words import words_of

# About this many characters a piece, cut at paragraph or sentence ends.
PIECE_CHARS = 2_000
# Where a piece may end, best first: a paragraph break, a line break, a sentence end, a
# space, and only as a last resort anywhere.
SEPARATORS = ("\n\n", "\n", ". ", "? ", "! ", " ")


@Language.factory(
    "me_ner",
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
    default_config={
        "moves": None,
        "update_with_oracle_cut_size": 100,
        "model": DEFAULT_NER_MODEL,
        "incorrect_spans_key": None,
        "scorer": {"@scorers": "spacy.ner_scorer.v1"},
        "piece_chars": PIECE_CHARS,
        "use_blis": False,
    },
    default_score_weights={"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
)
def make_piecewise_ner(nlp: Language, name: str, model, moves, update_with_oracle_cut_size: int,
                       incorrect_spans_key: str | None, scorer, piece_chars: int,
                       use_blis: bool) -> PiecewiseNER:
    if not use_blis:
        numpy_blas(model)
    return PiecewiseNER(nlp.vocab, model, name=name, moves=moves,
                        update_with_oracle_cut_size=update_with_oracle_cut_size,
                        incorrect_spans_key=incorrect_spans_key, scorer=scorer,
                        piece_chars=piece_chars)


def numpy_blas(model: Model) -> None:
    """Give every layer of ``model`` thinc's CPU ops with numpy's BLAS, where it has CPU
    ops now (a GPU or another backend is left as it is)."""
    ops = NumpyOps(use_blis=False)
    for node in model.walk():
        if type(node.ops) is NumpyOps:
            node.ops = ops


class PiecewiseNER(EntityRecognizer):
    """spaCy's EntityRecognizer on pieces of at most ``piece_chars`` characters."""

    def __init__(self, *args, piece_chars: int = PIECE_CHARS, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.piece_chars = piece_chars

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc], batch_size=1)))

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 256) -> Iterator[Doc]:
        """The documents of ``stream`` in order, each with the entities of its pieces."""
        owners: deque[tuple[Doc, int, bool]] = deque()

        def pieces() -> Iterator[Doc]:
            for doc in stream:
                bounds = piece_bounds(doc, self.piece_chars)
                if len(bounds) == 1:
                    owners.append((doc, -1, True))
                    yield doc
                    continue
                for k, (start, end) in enumerate(bounds):
                    owners.append((doc, start, k == len(bounds) - 1))
                    yield piece_doc(doc, start, end)

        found: list[Span] = []
        for piece in super().pipe(pieces(), batch_size=batch_size):
            doc, offset, last = owners.popleft()
            if offset < 0:
                yield piece
                continue
            found.extend(Span(doc, ent.start + offset, ent.end + offset, label=ent.label,
                              kb_id=ent.kb_id) for ent in piece.ents)
            if last:
                doc.set_ents(found, default="outside")
                found = []
                yield doc


def piece_doc(doc: Doc, start: int, end: int) -> Doc:
    """Tokens start..end of ``doc`` as a Doc of their own, with what ``ner`` reads of them
    (the words, their spacing and the tokenizer's norms). ``Span.as_doc`` copies every
    attribute and looks up each word's vector: five times the cost, for the same entities."""
    rows = doc.to_array([ORTH, SPACY, NORM])[start:end]
    strings = doc.vocab.strings
    piece = Doc(doc.vocab, words=[strings[orth] for orth in rows[:, 0].tolist()],
                spaces=rows[:, 1].astype(bool).tolist())
    piece.from_array([NORM], rows[:, 2:3])
    return piece


def piece_bounds(doc: Doc, max_chars: int) -> list[tuple[int, int]]:
    """Token ranges of the pieces of ``doc``: one range for a short document."""
    if not len(doc) or doc[-1].idx + len(doc[-1]) <= max_chars:
        return [(0, len(doc))]
    from spacy.attrs import IDX

    starts = doc.to_array([IDX]).ravel().tolist()
    bounds, first = [], 0
    for _start, cut in split_points(words_of(doc).text, max_chars)[:-1]:
        end = bisect.bisect_left(starts, cut)  # the first token at or after the cut
        if end > first:
            bounds.append((first, end))
            first = end
    bounds.append((first, len(doc)))
    return bounds


def split_points(text: str, max_chars: int) -> list[tuple[int, int]]:
    """Cut ``text`` into pieces of at most ``max_chars``: at the best SEPARATORS found in
    the second half of each window."""
    if len(text) <= max_chars:
        return [(0, len(text))]
    bounds = []
    start = 0
    while len(text) - start > max_chars:
        window_end = start + max_chars
        cut = -1
        for separator in SEPARATORS:
            found = text.rfind(separator, start + max_chars // 2, window_end)
            if found != -1:
                cut = found + len(separator)
                break
        if cut <= start:
            cut = window_end
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds
