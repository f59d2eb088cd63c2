"""Themes: ``themes/<name>/templates/*.html`` and ``static/``; a theme overrides what it has and
falls back to ``default`` (the project's, else the one shipped with the generator)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import jinja2

from generator.core.errors import BuildError, Problem, did_you_mean
from generator.core.paths import BUILTIN_THEMES
from generator.render.i18n import load_translations


@dataclass(frozen=True)
class Theme:
    name: str
    chain: tuple[Path, ...]  # theme folders, most specific first

    def static_files(self) -> tuple[tuple[str, Path], ...]:
        """(output path under static/, source file); a file in a more specific theme wins."""
        found: dict[str, Path] = {}
        for folder in reversed(self.chain):
            static = folder / "static"
            if static.is_dir():
                for p in sorted(static.rglob("*")):
                    if p.is_file() and not any(part.startswith(".") for part in p.relative_to(static).parts):
                        found[p.relative_to(static).as_posix()] = p
        return tuple(sorted(found.items()))


def _is_theme(folder: Path) -> bool:
    """A theme has templates, static files or both (a theme may only add CSS)."""
    return (folder / "templates").is_dir() or (folder / "static").is_dir()


def find_theme(themes_dir: Path, name: str) -> Theme:
    """The theme and its fallbacks. Raises BuildError naming the themes there are."""
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
    return Theme(name=name, chain=tuple(chain))


def make_environment(theme: Theme, bytecode_dir: Path | None = None, language: str = "en") -> jinja2.Environment:
    """Autoescape on (article text is untrusted), StrictUndefined (a typo fails the build).
    ``bytecode_dir``: where compiled templates are kept between builds (Jinja checks each against
    its source), so a small rebuild does not compile every template again. ``language``: the
    interface strings' language (``_()``, ``ngettext()`` and ``{% trans %}``, render/i18n.py)."""
    # A template name finds the most specific theme's file; "default/<name>" always finds the shipped
    # default theme's, so a theme can extend a default template and override only some of its blocks.
    shipped = BUILTIN_THEMES / "default" / "templates"
    default = jinja2.FileSystemLoader(str(shipped if shipped.is_dir() else theme.chain[-1] / "templates"))
    loader = jinja2.ChoiceLoader(
        [jinja2.FileSystemLoader(str(folder / "templates")) for folder in theme.chain]
        + [jinja2.PrefixLoader({"default": default})]
    )
    env = jinja2.Environment(
        loader=loader,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # one environment per build: no stat of the template per page
        bytecode_cache=_bytecode_cache(bytecode_dir),
    )
    # The interface's words: translated at render time (the compiled templates call gettext), and with
    # newstyle gettext a translation is trusted markup and its %(name)s values are escaped.
    env.add_extension("jinja2.ext.i18n")
    env.install_gettext_translations(load_translations(language), newstyle=True)  # type: ignore[attr-defined]
    # Jinja's own Template and markupsafe.escape. Writing {{ ... }} through markupsafe's private _escape_inner
    # (by overriding Jinja's private Template._from_namespace) rendered 2,014 real entry pages 0.93-1.16x
    # as fast, under 2% of a clean build: removed 2026-12-05 (bench/fastpaths.py, bench/README.md).
    return env


def _bytecode_cache(folder: Path | None) -> jinja2.BytecodeCache | None:
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))
