"""The hand-kept tables and name filters of scripts/build_places.py."""
