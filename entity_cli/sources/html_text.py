"""The main text and publication date of an HTML article, by trafilatura.

Boilerplate (navigation, adverts, comments) is dropped: entity offsets then refer to the
extracted text, which is what the output's ``text`` and offsets describe.
"""

from __future__ import annotations

import datetime as dt


def extract_article(html: str) -> tuple[str, dt.date | None]:
    """(main text, publication date or None); empty text when no article is found."""
    import trafilatura

    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                         include_tables=False)
    if result is None:
        return "", None
    data = result if isinstance(result, dict) else result.as_dict()
    text = data.get("text") or ""
    published = None
    raw = data.get("date")
    if raw:
        try:
            published = dt.date.fromisoformat(str(raw)[:10])
        except ValueError:
            published = None
    return text, published
