"""entity-cli: named entities in English news about the Middle East.

Importing the package is cheap on purpose: `entity-cli --help` and `--version` must not
pay for spaCy. The library API lives in :mod:`entity_cli.api`; :func:`load` gives the
pipeline itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

__version__ = "0.1.0"


def load(models_dir: str | Path | None = None, overlays: Iterable[str | Path] = ()) -> Language:
    """A new entity-cli pipeline: ``nlp(text)`` and ``nlp.pipe(texts)`` give the entities
    ``entity-cli extract`` prints (``entity_cli.api.doc_entities(doc)`` turns a Doc into
    those records).

    ``models_dir`` replaces the shipped knowledge base; ``overlays`` (JSONL files) add or
    replace records on top of it, after those ENTITY_CLI_KB names. A relative date resolves
    against the date the text gives itself; set ``doc._.me_doc_date`` (YYYY-MM-DD) on a Doc
    made with ``nlp.make_doc`` to give another. The CLI reads Windows line ends as plain
    newlines; ``nlp(text)`` sees the text as it is.
    """
    from entity_cli.kb.setting import KBSetting
    from entity_cli.nlp.pipeline import build_pipeline

    setting = KBSetting.resolve(models_dir, overlays)
    return build_pipeline(setting.models_dir, setting.overlays)
