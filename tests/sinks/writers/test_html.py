"""The HTML report on hand-made records (no model), plus one CliRunner run."""

from __future__ import annotations

import io
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from entity_cli.sinks.writers import WriterOptions, get_writer
from entity_cli.sinks.writers.html import hover_text, sentence_of
from entity_cli.sinks.writers.html_timeline import interval, year_fraction

TEXT_A = "Ali Hassan met the Iraqi army in Basra on Monday. He left in 2020.\n\nIt ended."
TEXT_B = "In Basra, <script>alert('x')</script> said Ali Hassan & co in March 2019."


def ent(text: str, doc: str, label: str, occurrence: int = 0, **extra) -> dict:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.index(text, start + 1)
    return {"text": text, "label": label, "start": start, "end": start + len(text),
            "origin": "model", **extra}


RECORD_A = {
    "source": "a.txt", "doc_date": "2021-08-09", "doc_date_source": "option", "text": TEXT_A,
    "entities": [
        ent("Ali Hassan", TEXT_A, "PERSON", canonical="Ali Hassan", id="person/ali-hassan",
            country="IQ", title="Minister"),
        ent("Iraqi", TEXT_A, "NORP", canonical="Iraqi"),
        ent("Basra", TEXT_A, "GPE", canonical="Basra", id="place/basra", country="IQ"),
        ent("Monday", TEXT_A, "DATE", value="2021-08-09", type="DATE", mod=None),
        ent("2020", TEXT_A, "DATE", value="2020", type="DATE", mod=None),
    ],
}
RECORD_B = {
    "source": "<b>b.txt</b>", "doc_date": None, "doc_date_source": None, "text": TEXT_B,
    "entities": [
        ent("Basra", TEXT_B, "GPE", canonical="Basra", id="place/basra", country="IQ"),
        ent("Ali Hassan", TEXT_B, "PERSON", canonical='Ali "><img src=x onerror=alert(1)>'),
        ent("March 2019", TEXT_B, "DATE", value="2019-03", type="DATE", mod=None),
    ],
}
FAILED = {"source": "c.txt", "error": "c.txt: binary content (NUL bytes), not text"}


class Marks(HTMLParser):
    """Collects every <mark> (its attributes and text) and every element id and tag."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict] = []
        self.ids: set[str] = set()
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self._open: dict | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append(tag)
        if "id" in attributes:
            self.ids.add(attributes["id"])
        if "href" in attributes:
            self.hrefs.append(attributes["href"])
        if tag == "mark":
            self._open = {**attributes, "text": ""}
            self.marks.append(self._open)

    def handle_endtag(self, tag):
        if tag == "mark":
            self._open = None

    def handle_data(self, data):
        if self._open is not None:
            self._open["text"] += data


def render(records: list[dict]) -> str:
    out = io.StringIO()
    get_writer("html").write(iter(records), out, WriterOptions(single=len(records) == 1))
    return out.getvalue()


def parse(page: str) -> Marks:
    parser = Marks()
    parser.feed(page)
    return parser


def test_writer_asks_for_the_text():
    assert get_writer("html").needs_text is True


def test_every_entity_is_highlighted_with_hover_text():
    page = render([RECORD_A])
    marks = parse(page).marks
    assert [m["text"] for m in marks] == [e["text"] for e in RECORD_A["entities"]]
    assert [m["data-label"] for m in marks] == [e["label"] for e in RECORD_A["entities"]]
    person = marks[0]
    assert "ent-PERSON" in person["class"]
    assert person["title"] == "PERSON: Ali Hassan\ntitle: Minister\nid: person/ali-hassan\ncountry: IQ"
    assert marks[3]["title"] == "DATE: 2021-08-09 (DATE)"
    assert page.startswith("<!DOCTYPE html>")
    assert 'class="legend"' in page and "ent-DATE" in page


def test_untrusted_text_is_escaped():
    page = render([RECORD_B])
    parsed = parse(page)
    assert parsed.tags.count("script") == 1  # ours only
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "<img" not in page and "img" not in parsed.tags
    assert "&lt;b&gt;b.txt&lt;/b&gt;" in page
    assert "Ali Hassan &amp; co" in page
    assert [m["text"] for m in parsed.marks] == ["Basra", "Ali Hassan", "March 2019"]


def test_self_contained():
    page = render([RECORD_A, FAILED])  # (RECORD_B quotes an <img src=...> as text)
    lowered = page.lower()
    for needle in ("http:", "https:", "src=", "<link", "@import", "url(", "<iframe"):
        assert needle not in lowered, needle
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_actor_table_groups_and_counts():
    page = render([RECORD_A])
    table = page[page.index('<table class="sortable actors"'):]
    table = table[: table.index("</table>")]
    assert table.count("<tr>") == 4  # header + Ali Hassan, Iraqi, Basra; no dates
    assert ">Ali Hassan</td>" in table and ">IQ</td>" in table
    assert "Surface forms" in table and "Monday" not in table
    assert "<script>" in page and "sortable" in page


def test_timeline_links_each_placed_date_to_its_mark():
    parsed = parse(render([RECORD_A]))
    date_marks = {m["id"] for m in parsed.marks if m["data-label"] == "DATE"}
    links = {href[1:] for href in parsed.hrefs if href.startswith("#d0-")}
    assert links == date_marks and len(links) == 2
    assert "svg" in parsed.tags


def test_unplaceable_dates_give_no_timeline():
    record = {**RECORD_A, "entities": [ent("Monday", TEXT_A, "DATE", value="PXY", type="DURATION")]}
    page = render([record])
    assert "<svg" not in page and "No resolved dates" in page


def test_several_documents_have_an_index_with_recurring_actors():
    page = render([RECORD_A, RECORD_B, FAILED])
    index = page[page.index('<section id="index">'): page.index("</section>")]
    assert "3 documents" in index
    assert 'href="#doc-0"' in index and 'href="#doc-2"' in index
    recurring = index[index.index('class="sortable recurring"'):]
    assert ">Basra</td>" in recurring  # by id, in a.txt and b.txt
    assert ">Ali Hassan</td>" not in recurring  # b.txt's one has no id and another canonical
    assert "Iraqi" not in recurring
    assert "failed: c.txt: binary content" in index
    assert 'id="doc-2"' in page and "<strong>Failed:</strong> c.txt: binary content" in page


def test_single_document_has_no_index():
    assert '<section id="index">' not in render([RECORD_A])


def test_overlapping_or_out_of_range_entities_do_not_break_markup():
    entities = [ent("Ali Hassan", TEXT_A, "PERSON"), ent("Hassan", TEXT_A, "PERSON"),
                {"text": "x", "label": "ORG", "start": 500, "end": 501}]
    marks = parse(render([{**RECORD_A, "entities": entities}])).marks
    assert [m["text"] for m in marks] == ["Ali Hassan"]


def test_hover_text_of_dates():
    assert hover_text({"label": "DATE", "text": "x", "value": None}) == "DATE: not resolved"
    assert hover_text({"label": "DATE", "text": "x", "value": "2021", "type": "DATE",
                       "mod": "END"}) == "DATE: 2021 (DATE, END)"


def test_sentence_of():
    start = TEXT_A.index("2020")
    assert sentence_of(TEXT_A, start, start + 4) == "He left in 2020."
    assert sentence_of(TEXT_A, 0, 3).startswith("Ali Hassan met")
    assert sentence_of(TEXT_A, len(TEXT_A) - 3, len(TEXT_A) - 1) == "It ended."


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021", (2021.0, 2022.0)),
        ("2021-01", (2021.0, 2021 + 31 / 365)),
        ("2021-12-31", (2021 + 364 / 365, 2022.0)),
        ("2020-H2", (2020 + 182 / 366, 2021.0)),
        ("2021-02-30", (2021.0, 2022.0)),
        ("PXY", None),
        ("PAST_REF", None),
        ("199", None),  # a decade: no bar
        (None, None),
    ],
)
def test_interval(value, expected):
    result = interval(value)
    if expected is None:
        assert result is None
    else:
        assert result == pytest.approx(expected)


def test_week_interval():
    start, end = interval("2021-W31")
    assert end - start == pytest.approx(7 / 365)
    assert 2021.5 < start < 2021.6
    assert year_fraction(date(2021, 1, 1)) == 2021.0


def test_cli_html_to_file(invoke, tmp_path: Path):
    article = tmp_path / "note.txt"
    article.write_text("Baghdad said on Monday that <script>x</script> Iraq agreed.", encoding="utf-8")
    out = tmp_path / "report.html"
    result = invoke("extract", str(article), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert "&lt;script&gt;x&lt;/script&gt;" in page
    assert {m["text"] for m in parse(page).marks} >= {"Baghdad", "Iraq", "Monday"}
