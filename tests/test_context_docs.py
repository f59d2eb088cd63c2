"""The theme contract is documented: every context field has help text, and themes/README.md holds
the current output of `python -m generator context-docs`."""

from __future__ import annotations

import dataclasses
import typing
from pathlib import Path

from generator.render import context
from generator.render.outputs import PAGE_CONTEXTS
from generator.scaffold import context_docs

REPO = Path(__file__).resolve().parent.parent
README = REPO / "themes" / "README.md"
MARKER = "<!-- context-docs: generated below, do not edit by hand -->\n"


def context_classes():
    return [
        obj
        for obj in vars(context).values()
        if isinstance(obj, type) and dataclasses.is_dataclass(obj) and obj.__module__ == context.__name__
    ]


def test_every_field_has_help_text():
    missing = []
    for cls in context_classes():
        assert (cls.__doc__ or "").strip(), f"{cls.__name__} has no docstring"
        hints = typing.get_type_hints(cls, include_extras=True)
        for f in dataclasses.fields(cls):
            meta = getattr(hints[f.name], "__metadata__", ())
            if not meta or not str(meta[0]).strip():
                missing.append(f"{cls.__name__}.{f.name}")
    assert not missing, "context fields without help text (use Annotated[type, 'help']): " + ", ".join(missing)


def test_every_page_context_has_a_default_template():
    templates = REPO / "themes" / "default" / "templates"
    for name in PAGE_CONTEXTS:
        assert (templates / name).is_file(), name


def test_readme_table_is_current():
    text = README.read_text(encoding="utf-8")
    assert MARKER in text, f"themes/README.md lost its marker line {MARKER.strip()!r}"
    generated = text.split(MARKER, 1)[1]
    assert generated == context_docs(), (
        "themes/README.md is stale: replace everything below the marker with the output of "
        "`python -m generator context-docs`"
    )


def test_readme_mentions_every_field():
    """Belt and braces: a field added without regenerating the README is caught by name too."""
    text = README.read_text(encoding="utf-8")
    for cls in context_classes():
        assert f"`{cls.__name__}`" in text, cls.__name__
        for f in dataclasses.fields(cls):
            assert f"| `{f.name}` |" in text, f"{cls.__name__}.{f.name}"
