"""The report's inline CSS and JavaScript, and the colour of each label.

Kept inline on purpose: the report is one file an analyst can mail or open offline, and the
Content-Security-Policy in its head forbids every network fetch, so nothing here may refer
to an outside resource. The script only sorts tables; the report reads fine without it.
"""

from __future__ import annotations

import re

LABEL_COLOURS: dict[str, str] = {
    "PERSON": "#a5d8ff",
    "NORP": "#eebefa",
    "ORG": "#ffec99",
    "GPE": "#b2f2bb",
    "LOC": "#96f2d7",
    "FAC": "#d0bfff",
    "DATE": "#ffc078",
}
FALLBACK_COLOURS = ("#ffd8a8", "#c5f6fa", "#fcc2d7", "#d8f5a2", "#e9ecef")

# No network, no plugins, no frames: inline style and script only, images only as data:.
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)


def css_class(label: str) -> str:
    """A CSS-safe class name for a label (labels come from the model; trust nothing)."""
    return "ent-" + re.sub(r"[^A-Za-z0-9_-]", "_", label)


def label_colour(label: str) -> str:
    if label in LABEL_COLOURS:
        return LABEL_COLOURS[label]
    return FALLBACK_COLOURS[sum(map(ord, label)) % len(FALLBACK_COLOURS)]


def label_css(labels: list[str]) -> str:
    """One rule per label present, so a custom model's labels get a colour too."""
    return "\n".join(
        f".{css_class(label)} {{ background: {label_colour(label)}; }}" for label in labels
    )


STYLE = """
:root { color-scheme: light; }
body { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  margin: 0 auto; max-width: 1100px; padding: 1.5rem; color: #212529; background: #fff; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #dee2e6; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
.meta { color: #495057; font-size: .9rem; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem; margin: .5rem 0 1rem; padding: 0; }
.legend li { list-style: none; padding: .1rem .5rem; border-radius: .3rem; font-size: .85rem; }
.document { border-top: 3px solid #343a40; margin-top: 2rem; padding-top: .5rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, serif;
  font-size: 1rem; line-height: 1.8; background: #f8f9fa; padding: 1rem; border-radius: .4rem; }
mark.ent { color: inherit; padding: .05rem .15rem; border-radius: .25rem; cursor: help;
  box-decoration-break: clone; -webkit-box-decoration-break: clone; scroll-margin-top: 40vh; }
mark.ent::after { content: attr(data-label); font: 600 .6rem/1 system-ui, sans-serif;
  margin-left: .25rem; vertical-align: middle; opacity: .6; }
mark.ent:hover { outline: 2px solid #495057; }
mark.ent:target { outline: 3px solid #e8590c; animation: flash 1.5s ease-out 2; }
@keyframes flash { 50% { background: #ff922b; } }
table.sortable, table.plain { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #dee2e6;
  vertical-align: top; }
td.num, th.num { text-align: right; }
table.sortable th { cursor: pointer; user-select: none; background: #f1f3f5; white-space: nowrap; }
table.sortable th::after { content: " \\2195"; color: #adb5bd; }
table.sortable th[aria-sort="ascending"]::after { content: " \\2191"; color: #212529; }
table.sortable th[aria-sort="descending"]::after { content: " \\2193"; color: #212529; }
.swatch { display: inline-block; padding: 0 .4rem; border-radius: .25rem; font-size: .8rem; }
.failed { background: #fff5f5; border: 1px solid #ffa8a8; padding: .6rem 1rem;
  border-radius: .4rem; }
svg.timeline { width: 100%; height: auto; background: #fff; font: 11px system-ui, sans-serif; }
svg.timeline .axis { stroke: #495057; stroke-width: 1.5; }
svg.timeline .tick { stroke: #adb5bd; }
svg.timeline .ticklabel { fill: #495057; text-anchor: middle; }
svg.timeline a:hover .marker { stroke: #212529; stroke-width: 2; }
svg.timeline a:hover text { text-decoration: underline; }
svg.timeline .marker { fill: #ff922b; stroke: #d9480f; }
.empty { color: #868e96; font-style: italic; }
"""

SCRIPT = """
(function () {
  function key(cell, numeric) {
    var v = cell.getAttribute('data-sort');
    if (v === null) { v = cell.textContent.trim(); }
    return numeric ? parseFloat(v) || 0 : v.toLowerCase();
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = table.querySelectorAll('thead th');
    heads.forEach(function (th, col) {
      th.setAttribute('tabindex', '0');
      function sort() {
        var numeric = th.classList.contains('num');
        var current = th.getAttribute('aria-sort');
        var asc = current ? current !== 'ascending' : !numeric;  // counts: largest first
        heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[col], numeric), y = key(b.cells[col], numeric);
          var c = x < y ? -1 : x > y ? 1 : 0;
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); }
      });
    });
  });
})();
"""
