"""The actor registry (content/actors.yaml): slug -> name, kind, aliases. Builds append actors to it,
and add the new names an article gives a known actor to that actor's aliases; nothing else."""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from generator.content.entries import load_fields
from generator.content.yamlio import dump_yaml, locate, read_text, str_list, write_atomic
from generator.core.errors import Problem, did_you_mean
from generator.core.model import ACTOR_KINDS, Actor
from generator.core.slugs import is_slug, slugify
from generator.core.text import scrub_fields

REGISTRY_FILE = "actors.yaml"

REGISTRY_HEADER = """\
# The actor registry: one item per actor, keyed by its slug.
#   name, kind (person | organization | country | other), aliases (every surface form),
#   optional description, role, links, hidden: true (keeps a false actor off the site).
# Edit freely: builds only append actors they have not seen and new names of known ones to their aliases.
"""


def parse_registry(path: str, text: str) -> tuple[dict[str, Actor], tuple[Problem, ...]]:
    data, lines, err = load_fields(path, text, typed=frozenset({"hidden"}))
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
    twice = {p.line for p in problems}  # the loader's own line for a repeated actor is said once
    problems += [p for p in lines.duplicates if p.line not in twice]
    if "\\" in text:  # only an escape in double quotes (\0, \e) writes an invisible character
        data = scrub_fields(path, data, lambda key: lines.get(str(key)), problems, "actor {key!r}")
    alias_owner: dict[str, str] = {}  # alias (lower case) -> the slug that has it first
    actors: dict[str, Actor] = {}
    for key, item in data.items():
        actor = _actor(path, text, str(key), item, lines, alias_owner, problems)
        if actor is not None:
            actors[actor.slug] = actor
    return actors, tuple(problems)


def key_lines(content: Path) -> dict[str, int]:
    """The line of each actor's key in the registry file (the first, for a key given twice)."""
    path = content / REGISTRY_FILE
    if not path.exists():
        return {}
    lines: dict[str, int] = {}
    for number, line in enumerate(read_text(path).splitlines(), 1):
        m = _KEY_LINE.match(line)
        if m:
            lines.setdefault(next(g for g in m.groups() if g is not None), number)
    return lines


_KEY_LINE = re.compile(r"""^(?:"([^"]+)"|'([^']+)'|([^\s#'"][^:#]*?))\s*:(?:\s|$)""")


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
    hidden = item.get("hidden")
    if hidden is not None and not isinstance(hidden, bool):  # 'false' in quotes, yes, 1: not a boolean
        problems.append(
            Problem(
                path,
                lines.get(slug),
                f"actor '{slug}': 'hidden' is {hidden!r}, not true or false; the actor is shown",
                "write 'hidden: true' or 'hidden: false', without quotes",
            )
        )
        hidden = False
    return Actor(
        slug=slug,
        name=" ".join(str(name).split()),
        kind=kind,
        aliases=tuple(clean_aliases),
        description=str(item.get("description") or "").strip(),
        role=str(item.get("role") or "").strip(),
        links=links,
        hidden=bool(hidden),
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


def _new_items(actors: tuple[Actor, ...], owned: Collection[str]) -> list[tuple[str, dict[str, Any]]]:
    """(slug, item) of each new actor, as the registry gets it. ``owned``: names and aliases (lower
    case) other actors have already."""
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
        out.append((a.slug, item))
    return out


def format_new_actors(actors: tuple[Actor, ...], owned: Collection[str] = ()) -> str:
    """YAML text for actors to append to the registry (existing items are never rewritten).
    ``owned``: names and aliases (lower case) other actors have already."""
    return "".join(dump_yaml({slug: item}) for slug, item in _new_items(actors, owned))


def registry_with_aliases(text: str, added: Mapping[str, Sequence[str]]) -> str:
    """The registry text with ``added`` (slug -> aliases an ingest learnt) put at the end of each
    item's ``aliases:`` list (or in a new one); every other byte kept. Read line by line, not
    parsed (a build rewrites the registry every few dozen seeds, and it grows with the corpus): an
    item written otherwise than as the generator writes it (a flow list, an item on one line) is
    left as it is, and so is any item whose edit would not read back as its aliases and the new ones."""
    wanted = {slug: forms for slug, forms in added.items() if forms}
    if not wanted:
        return text
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    edits: list[tuple[int, list[str]]] = []
    for start, end in _item_blocks(lines, set(wanted)):
        edit = _aliases_edit(lines, start, end, wanted[_key_of(lines[start])])
        edits += [edit] if edit else []
    for at, new in sorted(edits, reverse=True):
        lines[at:at] = new
    return "".join(lines) if edits else text


def _key_of(line: str) -> str:
    m = _KEY_LINE.match(line)
    return next(g for g in m.groups() if g is not None) if m else ""


def _item_blocks(lines: list[str], slugs: set[str]):
    """(first line, line after the last) of the item of each of ``slugs``: its key's line and the
    indented, blank or comment lines below it."""
    start = None
    for i, line in enumerate([*lines, "\0"]):
        top = line[:1] not in (" ", "\t", "\n", "#", "")
        if top and start is not None:
            end = i
            while end > start + 1 and not lines[end - 1].strip():
                end -= 1
            yield start, end
            start = None
        if top and line.partition(":")[0].strip("'\" ") in slugs and _key_of(line) in slugs:
            start = i


def _aliases_edit(lines: list[str], start: int, end: int, forms: Sequence[str]) -> tuple[int, list[str]] | None:
    """(where, the lines) that add ``forms`` to the block list of aliases of the item on lines
    ``start:end``, or a new list at its end; None for an item written another way."""
    fields = [i for i in range(start + 1, end) if re.match(r"\s+[^\s#-]", lines[i])]
    if not fields:
        return None
    indent = lines[fields[0]][: len(lines[fields[0]]) - len(lines[fields[0]].lstrip())]
    head = [i for i in fields if lines[i].startswith(indent + "aliases:")]
    if not head:
        at, new = end, [indent + x for x in dump_yaml({"aliases": list(forms)}).splitlines(keepends=True)]
    elif lines[head[0]].split(":", 1)[1].split("#")[0].strip():
        return None  # 'aliases: [A, B]'
    else:
        at = head[0] + 1
        while at < end and (lines[at].startswith(indent + "- ") or lines[at].startswith(indent + "  ")):
            at += 1
        new = [indent + x for x in dump_yaml(list(forms)).splitlines(keepends=True)]
    before = _item_aliases(lines[start:end])
    after = _item_aliases([*lines[start:at], *new, *lines[at:end]])
    return (at, new) if before is not None and after == [*before, *forms] else None


def _item_aliases(block: list[str]) -> list[str] | None:
    """The aliases of a registry item written as ``block`` (None when it does not read as one)."""
    try:
        data = yaml.load("".join(block), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None
    item = next(iter(data.values()), None) if isinstance(data, dict) and len(data) == 1 else None
    aliases = item.get("aliases", []) if isinstance(item, dict) else None
    return aliases if isinstance(aliases, list) else None


def load_registry(content: Path, shown: str) -> tuple[dict[str, Actor], tuple[Problem, ...]]:
    path = content / REGISTRY_FILE
    if not path.exists():
        return {}, ()
    try:
        return parse_registry(shown, read_text(path))
    except UnicodeDecodeError:
        return {}, (Problem(shown, None, "not valid UTF-8", "re-save the file as UTF-8"),)


def append_registry(
    content: Path,
    actors: tuple[Actor, ...],
    owned: Collection[str] = (),
    shown: str = REGISTRY_FILE,
    learned: Mapping[str, Sequence[str]] | None = None,
) -> Problem | None:
    """Append new actors to the registry file, keeping every byte an editor wrote (``learned``: new
    aliases of actors it has, added to their lists, :func:`registry_with_aliases`). A registry the
    new actors cannot be added to without changing what it says (written in a way an append would
    break, and no other way found) is left as it is: the Problem says so."""
    if not actors and not any((learned or {}).values()):
        return None
    path = content / REGISTRY_FILE
    old = read_text(path) if path.exists() else REGISTRY_HEADER
    old = registry_with_aliases(old, learned or {})
    new = appended_registry(old, actors, owned) if actors else old
    if new is None:
        return Problem(
            shown,
            None,
            f"{len(actors)} new actor(s) could not be added: the file is written in a way appending would break",
            "write it as a plain YAML mapping ('slug:' at the start of a line, fields indented below it)",
        )
    write_atomic(path, new)
    return None


# A line at column 0 that is a top-level key ('nato:', '"nato":'), and one that ends or starts a document.
_TOP_KEY = re.compile(r"""(?:"[^"]*"|'[^']*'|[^\s#'"&*!|>%@`?:,\[\]{}-][^#]*?)\s*:(?:\s|$)""")
_MARKER = re.compile(r"(?:\.\.\.|---)(?:\s|$)")


def _plain_append_is_safe(text: str) -> bool:
    """True when text is a block mapping with its keys at column 0 (what builds write): an item
    appended at its end is one more key of it. Decided line by line, without parsing."""
    started = False
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] in " \t":
            if not started:
                return False
            continue
        if _MARKER.match(line):
            if started or not line.startswith("---"):
                return False
            continue
        if not _TOP_KEY.match(line):
            return False
        started = True
    return True


def appended_registry(old: str, actors: tuple[Actor, ...], owned: Collection[str] = ()) -> str | None:
    """The registry text with the new actors added (None when no way of adding them keeps the rest).

    A plain append when the file is the usual block mapping; otherwise, checked by parsing: a plain
    append, the items before a document-end marker ``...``, or, for a flow mapping (JSON), JSON
    items before its closing brace."""
    if old and not old.endswith("\n"):
        old += "\n"
    block = format_new_actors(actors, owned)
    if _plain_append_is_safe(old):
        return old + block
    before, before_problems = parse_registry(REGISTRY_FILE, old)
    errors = sum(p.severity == "error" for p in before_problems)
    for candidate in _other_appends(old, block, actors, owned):
        after, problems = parse_registry(REGISTRY_FILE, candidate)
        if (
            sum(p.severity == "error" for p in problems) <= errors
            and all(after.get(slug) == actor for slug, actor in before.items())
            and all(a.slug in after for a in actors)
            and len(after) == len(before) + len(actors)
        ):
            return candidate
    return None


def _other_appends(old: str, block: str, actors: tuple[Actor, ...], owned: Collection[str]):
    yield old + block
    lines = old.splitlines(keepends=True)
    for i in range(len(lines) - 1, -1, -1):  # before the last document-end marker
        if lines[i].startswith("...") and _MARKER.match(lines[i]):
            yield "".join(lines[:i]) + block + "".join(lines[i:])
            break
    close = old.rfind("}")
    if close >= 0:  # a flow mapping (JSON): more items before its closing brace
        items = ",\n".join(
            f"  {json.dumps(slug, ensure_ascii=False)}: {json.dumps(item, ensure_ascii=False)}"
            for slug, item in _new_items(actors, owned)
        )
        head = old[:close].rstrip()
        comma = "" if head.endswith("{") else ","
        yield f"{head}{comma}\n{items}\n{old[close:]}"
