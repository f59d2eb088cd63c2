"""Interface words translated once, when a template compiles, instead of on every page.

A build renders every page in one language, so ``{{ _("Actors") }}`` gives the same words on
10,000 pages. Jinja's i18n extension calls gettext for it on each page (through the sandbox's call
checks and newstyle gettext's Markup formatting: 36 calls an entry page, most of the cost of
rendering one). This extension rewrites a call of ``_`` with one string literal and nothing else
into that string's translation, as trusted markup, exactly what newstyle gettext returns at render
time: ``Markup(gettext(s)) % {}``. Calls with variables, ``ngettext``, ``pgettext`` and
``{% trans %}`` blocks keep Jinja's runtime path.

Compiled templates then depend on the language and its catalog: ``theme.make_environment`` keys
the bytecode cache by both (``cache_key``). Off with ``TIMELINE_REFERENCE=statictrans``; the test
compares every page both ways.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator

from jinja2.ext import Extension
from jinja2.lexer import Token, TokenStream
from markupsafe import Markup


class StaticGettext(Extension):
    """Replaces ``_("literal")`` by ``("translation"|safe)``, which Jinja folds into a constant."""

    def filter_stream(self, stream: TokenStream) -> Iterator[Token]:
        translate = self.environment.static_gettext  # type: ignore[attr-defined]
        window: list[Token] = []
        previous = None
        for token in stream:
            window.append(token)
            if len(window) < 4:
                continue
            first, paren, literal, close = window
            if (
                first.type == "name"
                and first.value == "_"
                and (previous is None or previous.type != "dot")
                and paren.type == "lparen"
                and literal.type == "string"
                and close.type == "rparen"
            ):
                translated = _formatted(translate(literal.value))
                if translated is not None:
                    line = first.lineno
                    yield Token(line, "lparen", "(")
                    yield Token(line, "string", translated)
                    yield Token(line, "pipe", "|")
                    yield Token(line, "name", "safe")
                    yield Token(line, "rparen", ")")
                    previous = close
                    window = []
                    continue
            previous = window.pop(0)
            yield previous
        yield from window


def _formatted(translation: str) -> str | None:
    """What newstyle gettext returns for a call without variables: the translation as markup, %-formatted
    with no values ('%%' -> '%'); None when that would fail at render time too (left to the runtime)."""
    try:
        return str(Markup(translation) % {})
    except (KeyError, TypeError, ValueError):
        return None


def cache_key(language: str, catalog: bytes) -> str:
    """A folder name for compiled templates of one language and one version of its catalog."""
    return f"{language}-{hashlib.sha256(catalog).hexdigest()[:16]}"
