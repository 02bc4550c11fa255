"""The HTML report of the seed article in a real browser (headless Chromium via Playwright).

Needs Debian's chromium (.ci/run installs it) and the playwright package (dev extra). It
never downloads a browser: Playwright is pointed at /usr/bin/chromium. Skips, saying why,
only when one of the two is missing.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT_COPY = Path("/tmp/entity-cli-report.png")
LAUNCH_ARGS = [
    "--no-sandbox", "--headless=new", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium): no browser to test in")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install playwright)"
    )
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory, seed_path, nlp):
    """The seed article's HTML report and its JSON record, both from the CLI."""
    from typer.testing import CliRunner

    from entity_cli.cli import app

    out = tmp_path_factory.mktemp("report") / "seed.html"
    runner = CliRunner()
    result = runner.invoke(app, ["extract", str(seed_path), "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    result = runner.invoke(app, ["extract", str(seed_path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return out, json.loads(result.stdout)


def test_seed_report_in_chromium(browser, seed_report, tmp_path: Path):
    path, record = seed_report
    entities = sorted(record["entities"], key=lambda e: e["start"])
    assert entities
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    outside: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: None if r.url.startswith("file:") else outside.append(r.url))
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(path.as_uri())

    # every entity is highlighted, with its exact text and a hover text
    marks = page.locator("mark.ent")
    assert marks.count() == len(entities)
    found = marks.evaluate_all(
        "els => els.map(e => [e.textContent, e.dataset.label, e.getAttribute('title')])"
    )
    assert [(text, label) for text, label, _ in found] == [(e["text"], e["label"]) for e in entities]
    for (_, _, title), entity in zip(found, entities, strict=True):
        assert title, entity
        if entity["label"] == "DATE":
            assert (entity["value"] or "not resolved") in title
        else:
            assert entity["canonical"] in title
            if entity.get("id"):
                assert entity["id"] in title
    assert marks.first.is_visible()
    marks.first.hover()

    # the actor table, the timeline and the legend are there and visible
    assert page.locator("table.actors").is_visible()
    assert page.locator("ul.legend li").count() == len({e["label"] for e in entities})
    timeline = page.locator("svg.timeline")
    assert timeline.is_visible()
    placeable = [
        e for e in entities if e["label"] == "DATE" and re.match(r"\d{4}", e.get("value") or "")
    ]
    links = page.locator("svg.timeline a")
    assert links.count() == len(placeable)

    # a timeline date leads to its highlighted mention
    anchor = links.first.get_attribute("href")
    links.first.locator(".marker").click()
    assert page.evaluate("location.hash") == anchor
    assert page.locator(f"mark{anchor}").is_visible()

    # the script sorts: a click on Mentions puts the most mentioned actor first
    page.locator("table.actors th", has_text="Mentions").click()
    counts = [int(c) for c in page.locator("table.actors tbody td:nth-child(4)").all_text_contents()]
    assert counts == sorted(counts, reverse=True)
    page.locator("table.actors th", has_text="Canonical").click()
    names = page.locator("table.actors tbody tr td:first-child").all_text_contents()
    assert names == sorted(names, key=str.lower)

    assert outside == [], "the report must not touch the network"
    assert errors == []

    page.evaluate("window.scrollTo(0, 0)")
    shot = tmp_path / "seed-report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    shutil.copyfile(shot, SCREENSHOT_COPY)
    page.close()
