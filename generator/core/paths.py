"""Where the generator's own files are: its package (an input of every build) and its themes."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]


def builtin_themes(package: Path = PACKAGE) -> Path:
    """The folder of the shipped themes (default and broadsheet).

    An installed wheel carries them as the package data of ``generator.themes`` (pyproject.toml maps
    the top-level ``themes/`` folder there), so they are in the package; a source checkout or an
    editable install has them beside the package, in ``themes/``. The package's own copy wins: beside
    an installed package is site-packages, where a ``themes`` folder would be someone else's.
    """
    installed = package / "themes"
    return installed if installed.is_dir() else package.parent / "themes"


BUILTIN_THEMES = builtin_themes()
