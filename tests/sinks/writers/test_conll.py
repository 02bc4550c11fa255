"""CoNLL output: tokens and IOB2 tags, one sentence a block, read back into spaCy Docs."""

from __future__ import annotations

import io
from pathlib import Path

import spacy
from spacy.tokens import Doc

from entity_cli.sinks.writers import WriterOptions, get_writer

TEXT = (
    "Kurdish leaders met Mustafa Al-Kadhimi in Erbil on Monday. Talks went on.\n\n"
    "Baghdadi officials said little"
)


def ent(text: str, label: str, start: int | None = None) -> dict:
    start = TEXT.index(text) if start is None else start
    return {"text": text, "label": label, "start": start, "end": start + len(text)}


RECORDS = [
    {"source": "a.txt", "doc_date": "2021-08-09", "text": TEXT, "entities": [
        ent("Kurdish", "NORP"),
        ent("Mustafa Al-Kadhimi", "PERSON"),
        ent("Erbil", "GPE"),
        ent("Monday", "DATE"),
        ent("Baghdad", "GPE"),  # ends inside the token "Baghdadi": widens to it
    ]},
    {"source": "bad\nname.txt", "error": "bad: not text"},
    {"source": "b.txt", "doc_date": None, "text": "Nothing here.", "entities": []},
]


def render(records=RECORDS) -> str:
    out = io.StringIO()
    get_writer("conll").write(iter(records), out, WriterOptions())
    return out.getvalue()


def read_conll(text: str) -> list[tuple[dict[str, str], list[list[tuple[str, str]]]]]:
    """(comments, sentences of (token, tag)) per document: the reader a user would write."""
    documents: list[tuple[dict[str, str], list[list[tuple[str, str]]]]] = []
    block: list[tuple[str, str]] = []
    for line in text.split("\n"):
        if line.startswith("# "):
            key, _, value = line[2:].partition(" = ")
            if key == "source":
                documents.append(({}, []))
            documents[-1][0][key] = value
        elif line.startswith("-DOCSTART-"):
            continue
        elif not line:
            if block:
                documents[-1][1].append(block)
            block = []
        else:
            token, tag = line.split("\t")
            block.append((token, tag))
    assert not block, "the output ends with a blank line"
    return documents


def test_needs_text():
    assert get_writer("conll").needs_text is True


def test_layout():
    text = render()
    assert text.startswith(
        "# source = a.txt\n# doc_date = 2021-08-09\n-DOCSTART- -X- O O\n\nKurdish\tB-NORP\n"
    )
    assert "# source = bad name.txt\n# error = bad: not text\n\n" in text
    assert text.endswith("\n\n")
    documents = read_conll(text)
    assert [d[0]["source"] for d in documents] == ["a.txt", "bad name.txt", "b.txt"]
    first = documents[0][1]
    # sentencizer sentences, and the paragraph break ends one too
    assert [" ".join(token for token, _ in sentence) for sentence in first] == [
        "Kurdish leaders met Mustafa Al - Kadhimi in Erbil on Monday .",
        "Talks went on .",
        "Baghdadi officials said little",
    ]
    assert documents[1][1] == []
    assert documents[2][1] == [[("Nothing", "O"), ("here", "O"), (".", "O")]]


def test_round_trip_into_spacy_docs():
    vocab = spacy.blank("en").vocab
    tokenizer = spacy.blank("en").tokenizer
    sentences = read_conll(render())[0][1]
    words = [token for sentence in sentences for token, _ in sentence]
    tags = [tag for sentence in sentences for _, tag in sentence]
    doc = Doc(vocab, words=words, ents=tags)
    got = [([t.text for t in span], span.label_) for span in doc.ents]
    expected = [([t.text for t in tokenizer(e["text"])], e["label"]) for e in RECORDS[0]["entities"]]
    expected[-1] = (["Baghdadi"], "GPE")
    assert got == expected
    assert tags[words.index("Mustafa"):words.index("Kadhimi") + 1] == [
        "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON"]


def test_a_sentence_never_ends_inside_an_entity():
    text = "He said Basra. Mosul was calm."
    record = {"source": "x", "text": text, "entities": [
        {"text": "Basra. Mosul", "label": "GPE", "start": 8, "end": 20}]}
    documents = read_conll(render([record]))
    assert documents[0][1] == [[
        ("He", "O"), ("said", "O"), ("Basra", "B-GPE"), (".", "I-GPE"), ("Mosul", "I-GPE"),
        ("was", "O"), ("calm", "O"), (".", "O"),
    ]]


def test_overlapping_entities_keep_the_first():
    text = "Abu Dhabi City"
    record = {"source": "x", "text": text, "entities": [
        {"text": "Abu Dhabi", "label": "GPE", "start": 0, "end": 9},
        {"text": "Dhabi City", "label": "GPE", "start": 4, "end": 14}]}
    assert read_conll(render([record]))[0][1] == [
        [("Abu", "B-GPE"), ("Dhabi", "I-GPE"), ("City", "O")]]


def test_cli_conll(invoke, tmp_path: Path):
    article = tmp_path / "note.txt"
    article.write_text("Baghdad said on Monday that Iraq agreed.\n", encoding="utf-8")
    result = invoke("extract", str(article), "--format", "conll")
    assert result.exit_code == 0, result.stderr
    documents = read_conll(result.stdout)
    assert documents[0][0]["source"] == str(article)
    tags = dict(documents[0][1][0])
    assert tags["Baghdad"] == "B-GPE" and tags["Iraq"] == "B-GPE" and tags["Monday"] == "B-DATE"
    out = tmp_path / "note.conll"
    assert invoke("extract", str(article), "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8") == result.stdout


def test_spacy_convert_reads_it_once_comments_are_dropped():
    from spacy.training.converters import conll_ner_to_docs

    lines = render(RECORDS[:1]).split("\n")
    docs = list(conll_ner_to_docs("\n".join(x for x in lines if not x.startswith("# ")),
                                  n_sents=0, no_print=True))
    assert len(docs) == 1
    assert [(e.text, e.label_) for e in docs[0].ents] == [
        ("Kurdish", "NORP"), ("Mustafa Al - Kadhimi", "PERSON"), ("Erbil", "GPE"),
        ("Monday", "DATE"), ("Baghdadi", "GPE"),
    ]
