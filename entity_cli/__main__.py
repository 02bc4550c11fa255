"""`python -m entity_cli` runs the same CLI as the `entity-cli` script."""

from entity_cli.cli import main

main()
