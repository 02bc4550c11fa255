"""Bytes to text: UTF-8 first, charset-normalizer for the rest, binary refused.

News scraped from the web arrives in UTF-8 with or without a BOM, in cp1252, latin-1 or
UTF-16. The offsets we report refer to the decoded text, so decoding must be deterministic.
"""

from __future__ import annotations

import codecs

from entity_cli.errors import InputError

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def decode_bytes(data: bytes, source: str) -> str:
    """Decode ``data``; raise :class:`InputError` naming ``source`` when it is not text."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith(_UTF16_BOMS):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: invalid UTF-16 text ({exc.reason})") from None
    if b"\x00" in data:
        raise InputError(f"{source}: binary content (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{source}: not valid UTF-8 and no other text encoding fits")
    return str(best)
