"""Themes: ``themes/<name>/templates/*.html`` and ``static/``; a theme overrides what it has and
falls back to ``default`` (the project's, else the one shipped with the generator)."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import jinja2.runtime
import jinja2.sandbox

from generator.core import fastpaths
from generator.core.errors import BuildError, Problem, did_you_mean
from generator.core.paths import BUILTIN_THEMES
from generator.render import context
from generator.render.i18n import catalog_bytes, load_translations
from generator.render.statictrans import StaticGettext, cache_key


@dataclass(frozen=True)
class Theme:
    name: str
    chain: tuple[Path, ...]  # theme folders, most specific first
    trusted: bool = False  # site.yaml's ``trusted_theme: true``: templates render outside the sandbox

    @property
    def shipped(self) -> bool:
        """Every folder of the chain is one of the generator's own themes (no project folder in it):
        its templates are the generator's code, reviewed with it, not code from elsewhere."""
        home = BUILTIN_THEMES.resolve()
        return all(folder.resolve().is_relative_to(home) for folder in self.chain)

    def static_files(self) -> tuple[tuple[str, Path], ...]:
        """(output path under static/, source file); a file in a more specific theme wins. Only regular
        files that resolve inside their theme's folder: a link out of it (to /etc/passwd, say, which
        404.html would inline) raises BuildError naming it."""
        found: dict[str, Path] = {}
        for folder in reversed(self.chain):
            static = folder / "static"
            if static.is_dir():
                inside = os.path.realpath(folder) + os.sep
                for p in sorted(static.rglob("*")):
                    rel = p.relative_to(static)
                    if any(part.startswith(".") for part in rel.parts) or not p.is_file():
                        continue
                    if not os.path.realpath(p).startswith(inside):
                        raise BuildError([_outside(folder, f"static/{rel.as_posix()}")])
                    found[rel.as_posix()] = p
        return tuple(sorted(found.items()))


def _outside(folder: Path, rel: str) -> Problem:
    return Problem(
        f"{folder.parent.name}/{folder.name}/{rel}",
        None,
        "is a link to a file outside the theme; themes publish only their own files",
        "copy the file into the theme folder instead of linking to it",
    )


class _ThemeLoader(jinja2.FileSystemLoader):
    """A theme's templates/: a template that resolves outside its theme folder (a link) is refused."""

    def __init__(self, folder: Path, theme_folder: Path):
        super().__init__(str(folder))
        self.theme_folder = theme_folder
        self.inside = os.path.realpath(theme_folder) + os.sep

    def get_source(self, environment, template):
        source, filename, uptodate = super().get_source(environment, template)
        if not os.path.realpath(filename).startswith(self.inside):
            rel = Path(filename).relative_to(self.theme_folder).as_posix()
            raise BuildError([_outside(self.theme_folder, rel)])
        return source, filename, uptodate


def _is_theme(folder: Path) -> bool:
    """A theme has templates, static files or both (a theme may only add CSS)."""
    return (folder / "templates").is_dir() or (folder / "static").is_dir()


def find_theme(themes_dir: Path, name: str, trusted: bool = False) -> Theme:
    """The theme and its fallbacks. Raises BuildError naming the themes there are. ``trusted``: the
    site's explicit opt-in to render it with Jinja's full environment, outside the sandbox."""
    chain: list[Path] = []
    for folder in (themes_dir / name, BUILTIN_THEMES / name):
        if _is_theme(folder):
            chain.append(folder)
            break
    if not chain:
        known = sorted(
            {p.name for d in (themes_dir, BUILTIN_THEMES) if d.is_dir() for p in d.iterdir() if _is_theme(p)}
        )
        hint = did_you_mean(name, known) or f"themes available: {', '.join(known) or 'none'}"
        raise BuildError([Problem("content/site.yaml", None, f"unknown theme {name!r}", hint)])
    for folder in (themes_dir / "default", BUILTIN_THEMES / "default"):
        if _is_theme(folder) and folder.resolve() not in {c.resolve() for c in chain}:
            chain.append(folder)
    return Theme(name=name, chain=tuple(chain), trusted=trusted)


class _ViewSandbox(jinja2.sandbox.SandboxedEnvironment):
    """Jinja's sandbox, with one fast path: an attribute of the generator's own view dataclasses
    (render/context.py; data only, frozen) not starting with "_" is read directly. The sandbox would
    allow exactly those (its checks refuse "_" names and the internals of functions, frames and the
    like, which these objects are not); everything else, strings and tuples included, goes through
    its checks. Measured 2026-12-05, CPU time of rendering the 607 pages of a 133-real-article site
    (9 rounds interleaved, medians): plain Environment 0.279 s, SandboxedEnvironment 0.421 s (1.51x),
    this 0.319 s (1.14x). Off with TIMELINE_REFERENCE=sandbox (tests/test_fastpaths.py compares them)."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) in _VIEW_TYPES and attribute[:1] != "_":
            try:
                return getattr(obj, attribute)
            except AttributeError:
                pass
        return super().getattr(obj, attribute)

    def call(self, context: jinja2.runtime.Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        """A template's own macro is called without the sandbox's checks (``is_safe_callable``, the
        str.format check), which it always passes. Measured 2026-12-05 with the next fast path's figures."""
        if type(obj) is jinja2.runtime.Macro:
            return context.call(obj, *args, **kwargs)
        return super().call(context, obj, *args, **kwargs)


_VIEW_TYPES = frozenset(
    c
    for c in vars(context).values()
    if isinstance(c, type) and dataclasses.is_dataclass(c) and c.__module__ == context.__name__
)


def make_environment(theme: Theme, bytecode_dir: Path | None = None, language: str = "en") -> jinja2.Environment:
    """Autoescape on (article text is untrusted), StrictUndefined (a typo fails the build), and Jinja's
    sandbox (a theme is code from elsewhere: ``cycler.__init__.__globals__`` and the like raise
    SecurityError, which names the template) unless the site trusts the theme (``trusted_theme``)
    or the generator ships it (``environment_kind``).
    ``bytecode_dir``: where compiled templates are kept between builds (Jinja checks each against
    its source), so a small rebuild does not compile every template again. ``language``: the
    interface strings' language (``_()``, ``ngettext()`` and ``{% trans %}``, render/i18n.py)."""
    # A template name finds the most specific theme's file; "default/<name>" always finds the shipped
    # default theme's, so a theme can extend a default template and override only some of its blocks.
    shipped = BUILTIN_THEMES / "default" / "templates"
    default_folder = shipped.parent if shipped.is_dir() else theme.chain[-1]
    default = _ThemeLoader(default_folder / "templates", default_folder)
    loader = jinja2.ChoiceLoader(
        [_ThemeLoader(folder / "templates", folder) for folder in theme.chain]
        + [jinja2.PrefixLoader({"default": default})]
    )
    kind = environment_kind(theme)
    env = kind(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # one environment per build: no stat of the template per page
        # compiled templates hold the interface's words (statictrans): one cache per language and catalog
        bytecode_cache=_bytecode_cache(bytecode_dir and bytecode_dir / _cache_folder(kind, language)),
    )
    # The interface's words: with newstyle gettext a translation is trusted markup and its %(name)s
    # values are escaped. A call of _() with a string alone is translated when the template compiles
    # (statictrans: the same words on every page of a build); the rest at render time.
    translations = load_translations(language)
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_translations(translations, newstyle=True)  # type: ignore[attr-defined]
    if fastpaths.enabled("statictrans"):
        env.static_gettext = translations.gettext  # type: ignore[attr-defined]
        env.static_pgettext = translations.pgettext  # type: ignore[attr-defined]
        env.add_extension(StaticGettext)
    # Jinja's own Template and markupsafe.escape. Writing {{ ... }} through markupsafe's private _escape_inner
    # (by overriding Jinja's private Template._from_namespace) rendered 2,014 real entry pages 0.93-1.16x
    # as fast, under 2% of a clean build: removed 2026-12-05 (bench/fastpaths.py, bench/README.md).
    return env


def environment_kind(theme: Theme) -> type[jinja2.Environment]:
    """Jinja's full environment for a theme the site trusts, or one the generator ships (fast path
    ``shipped``: its templates are the generator's own code; a project's theme, even a copy of a
    shipped one, is sandboxed); else the sandbox."""
    if theme.trusted or (theme.shipped and fastpaths.enabled("shipped")):
        return jinja2.Environment
    return _ViewSandbox if fastpaths.enabled("sandbox") else jinja2.sandbox.SandboxedEnvironment


def _cache_folder(kind: type[jinja2.Environment], language: str) -> str:
    """Compiled templates differ in and out of the sandbox (calls go through its checks): one folder each,
    so that a template compiled for the full environment never runs in the sandbox, nor the other way."""
    return cache_key(language, catalog_bytes(language)) + ("" if kind.sandboxed else "-full")


def _bytecode_cache(folder: Path | None) -> jinja2.BytecodeCache | None:
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))
