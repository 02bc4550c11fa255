"""Sinks: where records go: atomic output files, one file per input (--out-dir), and one
writer per output format.
"""
