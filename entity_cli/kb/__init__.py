"""The Middle East actor knowledge base: records, name variants, and the lookup index.

The data lives in ``models/`` (shipped as ``entity_cli.models``); this package only knows
how to read it, generate variants from it and look names up in it.
"""

from entity_cli.kb.index import ActorIndex, Match, load_index
from entity_cli.kb.records import ActorRecord, KnowledgeBaseError, load_records

__all__ = ["ActorIndex", "ActorRecord", "KnowledgeBaseError", "Match", "load_index", "load_records"]
