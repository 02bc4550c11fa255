"""The Middle East actor knowledge base: records, name variants, and the lookup index.

The data lives in ``models/`` (shipped as ``entity_cli.models``); this package only knows
how to read it (``records``, ``overlays``, ``setting``), generate variants from it
(``names``, ``variants``) and look names up in it (``index``, cached by ``cache``/``stored``).
"""
