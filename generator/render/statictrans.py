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
    """Replaces ``_("literal")`` by ``("translation"|safe)``, which Jinja folds into a constant;
    ``_("literal", name=expression, ...)`` by ``(("translation"|safe) % {"name": (expression), ...})``,
    what newstyle gettext computes at render time without its three calls through the sandbox; and
    ``pgettext("context", "literal")`` by its translation, as ``_("literal")``."""

    def filter_stream(self, stream: TokenStream) -> Iterator[Token]:
        return self._rewrite(iter(stream))

    def _rewrite(self, tokens: Iterator[Token]) -> Iterator[Token]:
        previous: Token | None = None
        for token in tokens:
            if (
                token.type == "name"
                and token.value in ("_", "pgettext")
                and (previous is None or previous.type != "dot")
            ):
                call = _call_tokens(token, tokens)
                replaced = self._replacement(call)
                yield from call if replaced is None else replaced
                previous = call[-1]
                continue
            previous = token
            yield token

    def _replacement(self, call: list[Token]) -> list[Token] | None:
        """The tokens that replace a call (its name, '(' ... ')'), or None to keep it."""
        if len(call) < 4 or call[1].type != "lparen" or call[-1].type != "rparen":
            return None
        args = _split_args(call[2:-1])
        if args is None:
            return None
        first, line = call[0], call[0].lineno
        strings = [a[0].value for a in args if len(a) == 1 and a[0].type == "string"]
        if first.value == "pgettext":
            if len(args) != 2 or len(strings) != 2:
                return None
            text = self.environment.static_pgettext(*strings)  # type: ignore[attr-defined]
            return _constant(line, _formatted(text, {"context": strings[0]}))
        if not strings or len(args[0]) != 1 or args[0][0].type != "string":
            return None
        translated = self.environment.static_gettext(args[0][0].value)  # type: ignore[attr-defined]
        named = args[1:]
        if not named:
            return _constant(line, _formatted(translated, {}))
        if not all(len(a) > 2 and a[0].type == "name" and a[1].type == "assign" for a in named):
            return None
        out = [
            Token(line, "lparen", "("),
            *_constant_tokens(line, translated),
            Token(line, "mod", "%"),
            Token(line, "lbrace", "{"),
        ]
        for a in named:
            out += [Token(line, "string", a[0].value), Token(line, "colon", ":"), Token(line, "lparen", "(")]
            out += [*self._rewrite(iter(a[2:])), Token(line, "rparen", ")"), Token(line, "comma", ",")]
        return [*out, Token(line, "rbrace", "}"), Token(line, "rparen", ")")]


_OPEN = {"lparen": "rparen", "lbracket": "rbracket", "lbrace": "rbrace"}


def _call_tokens(name: Token, tokens: Iterator[Token]) -> list[Token]:
    """``name`` and, when '(' follows, the tokens up to its matching ')' (fewer at the end of the stream
    or a block's end, which a call never spans)."""
    call = [name]
    depth = 0
    for token in tokens:
        call.append(token)
        if len(call) == 2 and token.type != "lparen":
            break
        if token.type in _OPEN:
            depth += 1
        elif token.type in _OPEN.values():
            depth -= 1
            if depth == 0:
                break
        elif token.type in ("variable_end", "block_end", "data"):
            break
    return call


def _split_args(tokens: list[Token]) -> list[list[Token]] | None:
    """The arguments of a call (its tokens between the parentheses), split at the top-level commas."""
    args: list[list[Token]] = [[]]
    depth = 0
    for token in tokens:
        if token.type in _OPEN:
            depth += 1
        elif token.type in _OPEN.values():
            depth -= 1
        if token.type == "comma" and depth == 0:
            args.append([])
        else:
            args[-1].append(token)
    if args[-1] == [] and len(args) > 1:
        args.pop()  # a trailing comma
    return None if any(a == [] for a in args) else args


def _constant(line: int, text: str | None) -> list[Token] | None:
    return None if text is None else _constant_tokens(line, text)


def _constant_tokens(line: int, text: str) -> list[Token]:
    """``("text"|safe)``: trusted markup, folded into a constant when the template compiles."""
    return [
        Token(line, "lparen", "("),
        Token(line, "string", text),
        Token(line, "pipe", "|"),
        Token(line, "name", "safe"),
        Token(line, "rparen", ")"),
    ]


def _formatted(translation: str, variables: dict[str, str]) -> str | None:
    """What newstyle gettext returns for a call without variables: the translation as markup, %-formatted
    with none but ``variables`` ('%%' -> '%'); None when that would fail at render time too (left to the
    runtime)."""
    try:
        return str(Markup(translation) % variables)
    except (KeyError, TypeError, ValueError):
        return None


def cache_key(language: str, catalog: bytes) -> str:
    """A folder name for compiled templates of one language and one version of its catalog."""
    return f"{language}-{hashlib.sha256(catalog).hexdigest()[:16]}"
