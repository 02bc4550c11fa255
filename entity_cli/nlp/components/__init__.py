"""spaCy components of entity-cli, registered as factories (see pyproject entry points)."""
