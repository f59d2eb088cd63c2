"""The site settings (content/site.yaml): every key optional, every mistake reported on its line."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.content.entries import load_fields
from generator.content.yamlio import read_text
from generator.core.errors import Problem, did_you_mean
from generator.core.model import SiteConfig
from generator.core.text import scrub_fields

if TYPE_CHECKING:
    from generator.content.yamlio import KeyLines

CONFIG_FILE = "site.yaml"


# The settings that are numbers or booleans (every other value is read as the text the editor typed).
_TYPED = frozenset(k for k, v in vars(SiteConfig()).items() if isinstance(v, (bool, int)))


def parse_config(path: str, text: str) -> tuple[SiteConfig, tuple[Problem, ...]]:
    """The site settings in ``text`` and their problems: each setting known and of its type, then the
    texts that must have a form checked; a bad setting is reported and left at its default."""
    data, lines, err = load_fields(path, text, typed=_TYPED)
    if err:
        return SiteConfig(), (err,)
    if data is None:
        return SiteConfig(), ()
    if not isinstance(data, dict):
        return SiteConfig(), (Problem(path, 1, "site config must be a mapping", "write 'title: ...' and so on"),)
    problems: list[Problem] = list(lines.duplicates)
    defaults = SiteConfig()
    data = scrub_fields(path, data, lambda key: lines.get(str(key)), problems)
    values = _known_values_of_their_type(path, data, lines, defaults, problems)
    _drop_malformed_names(path, values, lines, problems)
    _check_base_url(path, values, lines, problems)
    return replace(defaults, **values), tuple(problems)


def _known_values_of_their_type(
    path: str, data: dict, lines: KeyLines, defaults: SiteConfig, problems: list[Problem]
) -> dict[str, Any]:
    """The settings SiteConfig knows whose value is of its default's type (a bool, a positive whole number,
    text); a problem for each other one."""
    known = {f for f in SiteConfig.__dataclass_fields__ if f != "extra"}
    values: dict[str, Any] = {}
    for key, value in data.items():
        key = str(key)
        if key not in known:
            problems.append(
                Problem(
                    path,
                    lines.get(key),
                    f"unknown setting {key!r}",
                    did_you_mean(key, known) or f"known: {', '.join(sorted(known))}",
                )
            )
            continue
        want = type(getattr(defaults, key))
        if want is bool:
            if not isinstance(value, bool):
                problems.append(
                    Problem(
                        path, lines.get(key), f"{key!r} must be true or false", f"write '{key}: true' or '{key}: false'"
                    )
                )
                continue
        elif want is int:
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                problems.append(Problem(path, lines.get(key), f"{key!r} must be a positive whole number", None))
                continue
        elif not isinstance(value, str):
            problems.append(Problem(path, lines.get(key), f"{key!r} must be text", None))
            continue
        values[key] = value
    return values


def _drop_malformed_names(path: str, values: dict[str, Any], lines: KeyLines, problems: list[Problem]) -> None:
    """Drops (with a problem each) an empty title, a theme that is no folder name, a language that is no
    language tag."""
    if "title" in values and not values["title"].strip():
        problems.append(
            Problem(path, lines.get("title"), "the site title is empty", "write e.g. 'title: Ukraine war timeline'")
        )
        del values["title"]
    if "theme" in values and not re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.-]*", values["theme"]):
        problems.append(
            Problem(
                path,
                lines.get("theme"),
                f"theme {values['theme']!r} is not a theme folder name",
                "write the name of a folder in themes/, e.g. 'theme: default'",
            )
        )
        del values["theme"]
    if "language" in values and not re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*", values["language"].strip()):
        problems.append(
            Problem(
                path,
                lines.get("language"),
                f"language {values['language']!r} is not a language tag",
                "write e.g. 'language: en' or 'language: pt-BR'",
            )
        )
        del values["language"]


def _check_base_url(path: str, values: dict[str, Any], lines: KeyLines, problems: list[Problem]) -> None:
    """Drops (with a problem) a base_url that is no absolute http(s) URL; gives a good one its final '/'."""
    if "base_url" in values:
        url = values["base_url"].strip()
        if not re.fullmatch(r"https?://[A-Za-z0-9.\-\[\]:]+(?:/[^\s\"'<>\\`]*)?", url):
            problems.append(
                Problem(
                    path,
                    lines.get("base_url"),
                    f"base_url {url!r} is not an absolute http(s) URL",
                    "write e.g. 'base_url: https://example.org/timeline/'",
                )
            )
            del values["base_url"]
        else:
            values["base_url"] = url if url.endswith("/") else url + "/"


def load_config(content: Path, shown: str) -> tuple[SiteConfig, tuple[Problem, ...]]:
    path = content / CONFIG_FILE
    if not path.exists():
        return SiteConfig(), ()
    try:
        return parse_config(shown, read_text(path))
    except UnicodeDecodeError:
        return SiteConfig(), (Problem(shown, None, "not valid UTF-8", "re-save the file as UTF-8"),)
