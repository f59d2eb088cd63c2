"""Where the generator's own files are: its package (an input of every build) and its themes."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
BUILTIN_THEMES = PACKAGE.parent / "themes"  # default and broadsheet, shipped beside the package
