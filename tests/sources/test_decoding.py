"""Bytes to text: UTF-8 with or without BOM, UTF-16, legacy encodings, binary refused."""

from __future__ import annotations

import codecs

import pytest

from entity_cli.errors import InputError
from entity_cli.sources.decoding import decode_bytes


def test_utf8_and_bom():
    assert decode_bytes("Erbil – Iraq".encode(), "x") == "Erbil – Iraq"
    assert decode_bytes(codecs.BOM_UTF8 + b"Iraq", "x") == "Iraq"


def test_utf16_with_bom():
    assert decode_bytes("Mosul".encode("utf-16"), "x") == "Mosul"


def test_cp1252_quotes_decoded():
    text = "\u201cWe will stay,\u201d said the minister in S\u00e9tif."
    assert decode_bytes(text.encode("cp1252"), "x") == text


def test_nul_bytes_are_binary():
    with pytest.raises(InputError, match=r"^f\.txt: binary content"):
        decode_bytes(b"abc\x00def", "f.txt")
