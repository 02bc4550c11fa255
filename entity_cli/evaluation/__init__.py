"""Evaluation: scoring records against gold annotations (``entity-cli evaluate``).
"""
