"""The actor registry (content/actors.yaml): slug -> name, kind, aliases. Builds only append to it."""

from __future__ import annotations

import re
from collections.abc import Collection
from pathlib import Path
from typing import Any

from generator.content.yamlio import dump_yaml, load_yaml, locate, read_text, str_list, write_atomic
from generator.core.errors import Problem, did_you_mean
from generator.core.model import ACTOR_KINDS, Actor
from generator.core.slugs import is_slug, slugify
from generator.core.text import scrub_fields

REGISTRY_FILE = "actors.yaml"

REGISTRY_HEADER = """\
# The actor registry: one item per actor, keyed by its slug.
#   name, kind (person | organization | country | other), aliases (every surface form),
#   optional description, role, links, hidden: true (keeps a false actor off the site).
# Edit freely: builds only ever append actors they have not seen, and never rewrite an item.
"""


def parse_registry(path: str, text: str) -> tuple[dict[str, Actor], tuple[Problem, ...]]:
    data, lines, err = load_yaml(path, text)
    if err:
        return {}, (err,)
    if data is None:
        return {}, ()
    if not isinstance(data, dict):
        return {}, (
            Problem(
                path,
                1,
                "the actor registry must map slugs to actors",
                "write 'slug:' then indented 'name:', 'kind:', 'aliases:'",
            ),
        )
    problems = _keys_given_twice(path, text)
    if "\\" in text:  # only an escape in double quotes (\0, \e) writes an invisible character
        data = scrub_fields(path, data, lambda key: lines.get(str(key)), problems, "actor {key!r}")
    alias_owner: dict[str, str] = {}  # alias (lower case) -> the slug that has it first
    actors: dict[str, Actor] = {}
    for key, item in data.items():
        actor = _actor(path, text, str(key), item, lines, alias_owner, problems)
        if actor is not None:
            actors[actor.slug] = actor
    return actors, tuple(problems)


def _keys_given_twice(path: str, text: str) -> list[Problem]:
    """YAML keeps the last of two equal keys, silently: each repeated top-level key is a problem."""
    problems: list[Problem] = []
    seen_keys: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), 1):
        m = re.match(r"""^(?:"([^"]+)"|'([^']+)'|([^\s#'"][^:#]*?))\s*:(?:\s|$)""", line)
        if m:
            key = next(g for g in m.groups() if g is not None)
            if key in seen_keys:
                problems.append(
                    Problem(
                        path,
                        number,
                        f"actor '{key}' is defined twice (first on line {seen_keys[key]})",
                        "keep one item and move what the other says into it",
                    )
                )
            seen_keys.setdefault(key, number)
    return problems


def _actor(
    path: str, text: str, slug: str, item: Any, lines, alias_owner: dict[str, str], problems: list[Problem]
) -> Actor | None:
    """The registry item ``slug``, or None (with a problem) when it cannot be used."""
    if not is_slug(slug):
        fixed = slugify(slug)
        problems.append(Problem(path, lines.get(slug), f"actor key {slug!r} is not a slug", f"rename it to '{fixed}'"))
        return None
    if not isinstance(item, dict):
        problems.append(
            Problem(path, lines.get(slug), f"actor '{slug}' must be a mapping", "give it 'name:' and 'kind:'")
        )
        return None
    name = item.get("name")
    if not isinstance(name, (str, int)) or not str(name).strip():
        problems.append(Problem(path, lines.get(slug), f"actor '{slug}' has no name", "add 'name: Full Name'"))
        return None
    kind = str(item.get("kind") or "other")
    if kind not in ACTOR_KINDS:
        hint = did_you_mean(kind, ACTOR_KINDS) or "use person, organization, country or other"
        problems.append(Problem(path, lines.get(slug), f"actor '{slug}' has unknown kind {kind!r}", hint))
        kind = "other"
    aliases = str_list(item.get("aliases"))
    links = str_list(item.get("links"))
    if aliases is None or links is None:
        problems.append(
            Problem(
                path,
                lines.get(slug),
                f"actor '{slug}': aliases and links must be lists of text",
                "write 'aliases: [a, b]'",
            )
        )
        aliases, links = aliases or (), links or ()
    clean_aliases = _own_aliases(path, text, slug, aliases, alias_owner, lines.get(slug), problems)
    return Actor(
        slug=slug,
        name=" ".join(str(name).split()),
        kind=kind,
        aliases=tuple(clean_aliases),
        description=str(item.get("description") or "").strip(),
        role=str(item.get("role") or "").strip(),
        links=links,
        hidden=bool(item.get("hidden", False)),
    )


def _own_aliases(
    path: str, text: str, slug: str, aliases, alias_owner: dict[str, str], line, problems: list[Problem]
) -> list[str]:
    """The aliases of ``slug`` that no earlier actor has (an alias names one actor); the others are problems."""
    clean_aliases = []
    for alias in aliases:
        low = alias.strip().lower()
        owner = alias_owner.get(low)
        if owner and owner != slug:
            at = locate(text, 0, slug, alias) or line
            problems.append(
                Problem(
                    path,
                    at,
                    f"alias {alias!r} of '{slug}' is already an alias of '{owner}'",
                    "keep it on one actor only; merge the two actors if they are the same",
                )
            )
            continue
        alias_owner[low] = slug
        clean_aliases.append(alias.strip())
    return clean_aliases


def format_new_actors(actors: tuple[Actor, ...], owned: Collection[str] = ()) -> str:
    """YAML text for actors to append to the registry (existing items are never rewritten).
    ``owned``: names and aliases (lower case) other actors have already."""
    out = []
    taken = set(owned)
    for a in actors:
        # The name is an alias too (unless another actor has it): merging this actor into another
        # later (moving its aliases) then also redirects its slug, which is the slug of its name.
        name = [] if a.name.lower() in taken else [a.name]
        aliases = name + [x for x in a.aliases if x != a.name]
        taken.update(x.lower() for x in aliases)
        item: dict[str, Any] = {"name": a.name, "kind": a.kind, "aliases": aliases}
        if a.role:
            item["role"] = a.role
        out.append(dump_yaml({a.slug: item}))
    return "".join(out)


def load_registry(content: Path, shown: str) -> tuple[dict[str, Actor], tuple[Problem, ...]]:
    path = content / REGISTRY_FILE
    if not path.exists():
        return {}, ()
    try:
        return parse_registry(shown, read_text(path))
    except UnicodeDecodeError:
        return {}, (Problem(shown, None, "not valid UTF-8", "re-save the file as UTF-8"),)


def append_registry(content: Path, actors: tuple[Actor, ...], owned: Collection[str] = ()) -> None:
    """Append new actors to the registry file, keeping every byte an editor wrote."""
    if not actors:
        return
    path = content / REGISTRY_FILE
    old = read_text(path) if path.exists() else REGISTRY_HEADER
    if old and not old.endswith("\n"):
        old += "\n"
    write_atomic(path, old + format_new_actors(actors, owned))
