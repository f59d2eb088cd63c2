"""The interface's words in the site's language: gettext catalogs, compiled when a build loads them.

Every string a page shows that is not content (headings, labels, counts, the chart's words) is
English in the code and the templates, marked for translation: ``_()`` / ``ngettext()`` in the
templates (Jinja's i18n extension), ``Formatter.gettext`` / ``Formatter.ngettext`` in Python, and
``N_()`` for a string kept in a table and translated where it is used. ``locale/messages.pot``
holds them all (``pybabel extract``, see ``locale/README.md``); ``locale/<lang>/LC_MESSAGES/
messages.po`` the translations. A build reads the ``.po`` of its language and compiles it in memory
(no ``.mo`` files to keep current); English, and a language without a catalog, show the strings as
written.
"""

from __future__ import annotations

import functools
import gettext
import io
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "messages"


def N_(message: str) -> str:  # noqa: N802 (the name the extractor knows)
    """Marks a string for extraction; it is translated where it is shown."""
    return message


def catalog_names(language: str) -> tuple[str, ...]:
    """The catalogs that could serve a language tag, most specific first: 'pt-BR' -> pt_BR, pt."""
    parts = language.replace("-", "_").split("_")
    if not parts or not parts[0]:
        return ()
    lang = parts[0].lower()
    if len(parts) > 1 and parts[1]:
        return (f"{lang}_{parts[1].upper()}", lang)
    return (lang,)


def catalog_path(name: str, locale_dir: Path = LOCALE_DIR) -> Path:
    return locale_dir / name / "LC_MESSAGES" / f"{DOMAIN}.po"


def catalog_bytes(language: str) -> bytes:
    """The bytes of the catalog a language uses (b"" for English or a language without one)."""
    for name in catalog_names(language):
        path = catalog_path(name)
        if name != "en" and path.is_file():
            return path.read_bytes()
    return b""


@functools.lru_cache(maxsize=8)
def load_translations(language: str) -> gettext.NullTranslations:
    """The translations of a language (cached per process). English, or a language without a
    catalog: a NullTranslations, which gives every string back as written."""
    for name in catalog_names(language):
        path = catalog_path(name)
        if name != "en" and path.is_file():
            return compile_po(path.read_bytes(), name)
    return gettext.NullTranslations()


def compile_po(data: bytes, locale: str) -> gettext.GNUTranslations:
    """A .po catalog compiled to .mo in memory and read by gettext (fuzzy entries are left out)."""
    catalog = read_po(io.BytesIO(data), locale=locale, domain=DOMAIN)
    buf = io.BytesIO()
    write_mo(buf, catalog, use_fuzzy=False)
    buf.seek(0)
    return gettext.GNUTranslations(buf)
