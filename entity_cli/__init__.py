"""entity-cli: named entities in English news about the Middle East.

Importing the package is cheap on purpose: `entity-cli --help` and `--version` must not
pay for spaCy. The library API lives in :mod:`entity_cli.api`.
"""

__version__ = "0.1.0"
