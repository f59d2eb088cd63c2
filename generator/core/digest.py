"""Stable keys of values and texts: the same input gives the same key in every run and process."""

from __future__ import annotations

import hashlib


def digest(*parts: object) -> str:
    """A stable key for a tuple of strings/numbers (repr of builtins is stable across runs)."""
    return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=16).hexdigest()


def text_digest(text: str) -> str:
    """A key for a text that the caller joined unambiguously (cheaper than ``digest`` of a tuple)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogateescape"), digest_size=16).hexdigest()
