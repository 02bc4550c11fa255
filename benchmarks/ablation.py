"""The stages of the quality ablation (benchmarks/quality.py): the bare model, then
entity-cli's statistical part, then its rule components added one by one."""

from __future__ import annotations

from pathlib import Path


def read_documents(path: Path):
    """The documents of a JSONL file, read exactly as `entity-cli extract FILE` reads them."""
    from entity_cli.sources.inputs import InputFile
    from entity_cli.sources.readers import read_input

    return list(read_input(InputFile(path=str(path), rel=path.name, group=0)))


def stages(nlp) -> list[tuple[str, tuple[str, ...]]]:
    from entity_cli.nlp.pipeline import OUR_COMPONENTS

    out = [("ner", ())]
    for k, name in enumerate(OUR_COMPONENTS):
        out.append((f"+{name}", OUR_COMPONENTS[: k + 1]))
    return out


def bare_records(documents) -> list[dict]:
    """The bare model as general_news.py runs it: the model package loaded afresh (its own
    tokenizer), ner alone, on each whole text."""
    import spacy

    from entity_cli.nlp.pipeline import EXCLUDE, MODEL_PACKAGE

    nlp = spacy.load(MODEL_PACKAGE, exclude=list(EXCLUDE))
    docs = nlp.pipe((d.text for d in documents), batch_size=32)
    return [{"id": d.doc_id, "source": d.source,
             "entities": [{"text": e.text, "label": e.label_, "start": e.start_char,
                           "end": e.end_char} for e in doc.ents]}
            for d, doc in zip(documents, docs, strict=True)]


def all_stages(nlp, documents) -> dict[str, list[dict]]:
    """Records of every stage. The statistical part runs once; each stage applies its rule
    components to a copy of its output, exactly as extract_records does."""
    from entity_cli.labels import LABELS
    from entity_cli.nlp.process import document_record, error_record, statistical_docs

    results: dict[str, list[dict]] = {"bare model": bare_records(documents)}
    names = stages(nlp)
    for name, _ in names:
        results[name] = []
    pipes = dict(nlp.pipeline)
    wanted = frozenset(LABELS)
    for document, doc in statistical_docs(documents, nlp):
        for name, components in names:
            if doc is None:
                results[name].append(error_record(document))
                continue
            copy = doc.copy()
            for component in components:
                copy = pipes[component](copy)
            results[name].append(document_record(document, copy, wanted))
    return results
