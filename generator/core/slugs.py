"""Slugs: ASCII, lower case, ``[a-z0-9-]``, never empty, never a path, unique on request."""

from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_SLUG = 60


def slugify(text: str, max_length: int = MAX_SLUG) -> str:
    """``"Antony Blinken"`` -> ``antony-blinken``; ``"Zürich"`` -> ``zurich``.

    Text with no Latin letters or digits gets a stable hash slug (``x-1a2b3c4d``), so a slug is
    never empty and never contains a dot, a slash or anything a file system or URL treats specially.
    """
    folded = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii").lower()
    folded = folded.replace("&", " and ").replace("'", "").replace("’", "")
    slug = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] if "-" in slug[:max_length] else slug[:max_length]
        slug = slug.strip("-")
    if not slug:
        slug = "x-" + hashlib.sha256(str(text).encode("utf-8")).hexdigest()[:8]
    return slug


def unique_slug(base: str, taken: set[str] | frozenset[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... : the first one not in ``taken``."""
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def is_slug(text: str) -> bool:
    return bool(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", text or ""))
