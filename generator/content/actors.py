"""Registry upkeep: merge one actor into another, or remove one, rewriting the entries that name it.

``merge_actors`` (``actors merge OLD NEW``): OLD's name and aliases become aliases of NEW, OLD's
item leaves ``actors.yaml``, and every entry naming OLD (its ``actors``, its events' ``actors``,
its quotes' ``speaker``) names NEW instead (once). ``remove_actor`` (``actors remove SLUG``): the
slug leaves every entry (a quote keeps its text with no speaker) and its registry item gets
``hidden: true``, so later articles never bring it back. ``rename_actor`` (``actors rename OLD
NEW``): a new slug for one actor, in the registry and every entry.

Hand edits are kept: only the scalars holding the slug change (found by composing the YAML, so
flow lists, quotes and comments are all fine); every other byte of an entry stays as it was. An
entry nobody edited gets its digest stamped again, so it stays "not edited"; an edited one stays
edited. In the registry only OLD's item and the fields of NEW that change are rewritten. Every file
is written whole (``write_atomic``), the entries first and the registry last: a run stopped half
way leaves entries that name NEW, which the registry has either way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.content import entries as content_io
from generator.content.registry import REGISTRY_FILE, parse_registry
from generator.content.yamlio import dump_yaml, read_text, write_atomic
from generator.core.errors import closest
from generator.core.model import Actor
from generator.core.slugs import is_slug, slugify


class ActorsError(Exception):
    """The command cannot run: the message names what is wrong and the fix. ``usage``: the command
    was given something that is not there (exit 2), else the content folder needs fixing (exit 1)."""

    def __init__(self, message: str, usage: bool = True):
        super().__init__(message)
        self.usage = usage


@dataclass(frozen=True)
class Change:
    """What a merge or removal changes (or would change, with ``--dry-run``)."""

    registry: tuple[str, ...]  # what happens in actors.yaml, one line each
    entries: tuple[tuple[str, bool], ...]  # (entry path relative to content/, edited by hand) rewritten
    texts: tuple[tuple[Path, str], ...] = ()  # the files and their new texts, entries first
    unreadable: tuple[str, ...] = ()  # entries that may name the actor but cannot be read: left alone
    slug: str = ""  # the slug that goes

    def lines(self, shown_content: str) -> list[str]:
        out = [f"{shown_content}/{REGISTRY_FILE}: {line}" for line in self.registry]
        for rel, edited in self.entries:
            kept = "edited by hand: the edit kept, still edited" if edited else "not edited: digest stamped again"
            out.append(f"{shown_content}/{rel}: slug rewritten ({kept})")
        for rel in self.unreadable:
            out.append(
                f"{shown_content}/{rel}: left alone: it cannot be read (check says why); "
                f"fix it, then replace '{self.slug}' in it by hand"
            )
        return out


# --------------------------------------------------------------------------- commands
def merge_actors(content: Path, old: str, new: str, dry_run: bool = False) -> Change:
    """Merge actor ``old`` into ``new`` in the content folder (nothing written with ``dry_run``)."""
    registry_text, registry = _read_registry(content)
    _known(registry, old, new)
    if old == new:
        raise ActorsError(f"'{old}' is both actors: give the slug to merge away, then the slug to keep")
    new_registry, said = merged_registry(registry_text, registry[old], registry[new])
    change = _rewrite_entries(content, old, new, said, ((content / REGISTRY_FILE, new_registry),))
    return _apply(change, dry_run)


def rename_actor(content: Path, old: str, new: str, dry_run: bool = False) -> Change:
    """Give actor ``old`` the slug ``new`` (free, and a slug) in the registry and every entry."""
    registry_text, registry = _read_registry(content)
    _known(registry, old)
    if not is_slug(new):
        raise ActorsError(f"'{new}' is not a slug: use lower-case letters, digits and hyphens ('{slugify(new)}')")
    if new in registry:
        raise ActorsError(
            f"'{new}' is an actor already: to make the two one, run: python -m generator actors merge {old} {new}"
        )
    items = _registry_items(registry_text)
    key = items[old][0]
    written = _scalar(new, key) if isinstance(key, yaml.ScalarNode) else new
    new_registry = _applied(registry_text, [(key.start_mark.index, key.end_mark.index, written)])
    said = (f"'{old}' renamed '{new}'",)
    return _apply(_rewrite_entries(content, old, new, said, ((content / REGISTRY_FILE, new_registry),)), dry_run)


def remove_actor(content: Path, slug: str, dry_run: bool = False) -> Change:
    """Drop ``slug`` from every entry and hide it in the registry (nothing written with ``dry_run``)."""
    registry_text, registry = _read_registry(content)
    _known(registry, slug)
    new_registry = hidden_registry(registry_text, slug)
    said = ("'" + slug + "' hidden (hidden: true): later articles leave it out",) if new_registry else ()
    writes = ((content / REGISTRY_FILE, new_registry),) if new_registry else ()
    return _apply(_rewrite_entries(content, slug, None, said, writes), dry_run)


def _apply(change: Change, dry_run: bool) -> Change:
    if not dry_run:
        for path, text in change.texts:
            write_atomic(path, text)
    return change


def _read_registry(content: Path) -> tuple[str, dict[str, Actor]]:
    path = content / REGISTRY_FILE
    if not path.is_file():
        raise ActorsError(f"no actor registry: {path} does not exist (build the project first)", usage=False)
    text = read_text(path)
    registry, problems = parse_registry(REGISTRY_FILE, text)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise ActorsError(
            f"{path} has problems; fix them first (python -m generator check lists them): {errors[0]}", usage=False
        )
    return text, registry


def _known(registry: dict[str, Actor], *slugs: str) -> None:
    for slug in slugs:
        if slug not in registry:
            near = closest(slug, registry)
            hint = f"did you mean '{near}'?" if near else "the slugs are the keys of content/actors.yaml"
            raise ActorsError(f"unknown actor '{slug}' ({hint})")


def _rewrite_entries(
    content: Path, old: str, new: str | None, said: tuple[str, ...], registry_writes: tuple[tuple[Path, str], ...]
) -> Change:
    rewritten: list[tuple[str, bool]] = []
    texts: list[tuple[Path, str]] = []
    unreadable: list[str] = []
    for path in content_io.entry_files(content):
        rel = path.relative_to(content).as_posix()
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            text = path.read_bytes().decode("utf-8", "replace")
        changed = entry_with_actor(text, old, new)
        if changed is not None:
            rewritten.append((rel, content_io.is_edited(text)))
            texts.append((path, changed))
        elif old in text and content_io.parse_entry(rel, text)[0] is None:
            unreadable.append(rel)
    return Change(said, tuple(rewritten), tuple(texts) + registry_writes, tuple(unreadable), old)


# --------------------------------------------------------------------------- entries
def entry_with_actor(text: str, old: str, new: str | None) -> str | None:
    """An entry's text with actor ``old`` replaced by ``new`` (None: dropped; a quote's speaker
    becomes ``null``) wherever an actor slug goes; None when the entry does not name ``old``.
    Every other byte stays; an entry nobody edited is stamped again (it stays not edited)."""
    opening = content_io._OPENING.match(text)
    parts = content_io.split_front_matter(text)
    if opening is None or parts is None or old not in parts[0]:
        return None
    front = parts[0]
    try:
        root = yaml.compose(front, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None  # the build reports it; nothing to rewrite safely
    if not isinstance(root, yaml.MappingNode):
        return None
    edits: list[tuple[int, int, str]] = []
    for key, value in root.value:
        if key.value == "actors":
            edits += _list_edits(front, key, value, old, new)
        elif key.value in ("events", "quotes") and isinstance(value, yaml.SequenceNode):
            field = "actors" if key.value == "events" else "speaker"
            for item in value.value:
                if not isinstance(item, yaml.MappingNode):
                    continue
                for k, v in item.value:
                    if k.value == field and field == "actors":
                        edits += _list_edits(front, k, v, old, new)
                    elif k.value == field and isinstance(v, yaml.ScalarNode) and v.value == old:
                        edits.append((v.start_mark.index, v.end_mark.index, _scalar(new, v) if new else "null"))
    if not edits:
        return None
    new_front = _applied(front, edits)
    start = opening.end()
    out = text[:start] + new_front + text[start + len(front) :]
    if content_io.is_edited(text):
        return out
    return content_io.stamp_digest(content_io._DIGEST_LINE.sub(lambda m: m.group(1) + "''", out, count=1))


def _list_edits(text: str, key: yaml.Node, value: yaml.Node, old: str, new: str | None) -> list[tuple[int, int, str]]:
    """The edits that take ``old`` out of a list of slugs (a lone slug is a list of one), putting
    ``new`` in its place unless the list has it already."""
    if isinstance(value, yaml.ScalarNode):
        if value.value != old:
            return []
        return [(value.start_mark.index, value.end_mark.index, _scalar(new, value) if new else "[]")]
    if not isinstance(value, yaml.SequenceNode):
        return []
    items = value.value
    values = [i.value for i in items if isinstance(i, yaml.ScalarNode)]
    if old not in values:
        return []
    drop = [i for i in items if isinstance(i, yaml.ScalarNode) and i.value == old]
    if new is not None and new not in values:
        first, drop = drop[0], drop[1:]
        edits = [(first.start_mark.index, first.end_mark.index, _scalar(new, first))]
    else:
        edits = []
    if not drop:
        return edits
    if value.flow_style:
        kept = [
            next((e[2] for e in edits if e[0] == i.start_mark.index), text[i.start_mark.index : i.end_mark.index])
            for i in items
            if i not in drop
        ]
        return [(value.start_mark.index, value.end_mark.index, "[" + ", ".join(kept) + "]")]
    for item in drop:  # a block list: the item's line goes
        line_start = text.rfind("\n", 0, item.start_mark.index) + 1
        line_end = text.find("\n", item.end_mark.index)
        edits.append((line_start, len(text) if line_end < 0 else line_end + 1, ""))
    if len(drop) == len(items):  # nothing left: 'actors: []', as the generator writes it
        colon = text.find(":", key.end_mark.index)
        edits.append((colon + 1, colon + 1, " []"))
    return edits


def _scalar(slug: str, like: yaml.ScalarNode) -> str:
    """``slug`` written as the scalar it replaces was (plain, or in the same quotes)."""
    if like.style in ("'", '"'):
        return f"{like.style}{slug}{like.style}"
    return dump_yaml(slug).removesuffix("\n...\n").removesuffix("\n")  # 'true', '123' need quotes


def _applied(text: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


# --------------------------------------------------------------------------- the registry
def merged_registry(text: str, old: Actor, new: Actor) -> tuple[str, tuple[str, ...]]:
    """The registry text with ``old`` merged into ``new``, and what that did (one line each)."""
    items = _registry_items(text)
    taken = {new.name.lower(), *(a.lower() for a in new.aliases)}
    moved = [a for a in dict.fromkeys((old.name, *old.aliases)) if a.lower() not in taken]
    fields: dict[str, Any] = {}
    said = [f"'{old.slug}' removed, merged into '{new.slug}'"]
    if moved:
        fields["aliases"] = [*new.aliases, *moved]
        said.append(f"'{new.slug}' gets the aliases {', '.join(repr(a) for a in moved)}")
    kind = reconciled_kind(old.kind, new.kind)
    if kind != new.kind:
        fields["kind"] = kind
        said.append(f"'{new.slug}' is now a {kind} (as '{old.slug}' was; it was 'other')")
    elif old.kind not in (new.kind, "other"):
        said.append(f"'{new.slug}' stays a {new.kind} ('{old.slug}' was a {old.kind}; correct the kind if need be)")
    for name in ("role", "description"):
        if getattr(old, name) and not getattr(new, name):
            fields[name] = getattr(old, name)
            said.append(f"'{new.slug}' takes the {name} of '{old.slug}'")
    links = [x for x in old.links if x not in new.links]
    if links:
        fields["links"] = [*new.links, *links]
        said.append(f"'{new.slug}' gets the links of '{old.slug}'")
    edits = [_item_span(text, items[old.slug])]
    edits += _field_edits(text, items[new.slug], fields)
    return _applied(text, [(s, e, r) for s, e, r in edits]), tuple(said)


def reconciled_kind(old: str, new: str) -> str:
    """The merged actor's kind: NEW's, unless NEW's says nothing ('other') and OLD's does."""
    return old if new == "other" and old != "other" else new


def hidden_registry(text: str, slug: str) -> str | None:
    """The registry text with ``hidden: true`` on ``slug`` (None when it is hidden already)."""
    items = _registry_items(text)
    _, value = items[slug]
    for k, v in value.value:
        if k.value == "hidden" and v.value == "true":
            return None
    return _applied(text, _field_edits(text, items[slug], {"hidden": True}))


def _registry_items(text: str) -> dict[str, tuple[yaml.Node, yaml.MappingNode]]:
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    if not isinstance(root, yaml.MappingNode) or root.flow_style:
        raise ActorsError(
            f"{REGISTRY_FILE} is not written as a plain YAML mapping ('slug:' at the start of a line, fields "
            "indented below it); rewrite it so, or merge by hand: move the aliases, delete the item"
        )
    items = {}
    for key, value in root.value:
        if isinstance(value, yaml.MappingNode):
            if value.flow_style:
                raise ActorsError(
                    f"the item '{key.value}' of {REGISTRY_FILE} is written on one line ({{...}}); write its "
                    "fields on lines of their own, indented below 'slug:', then run the command again"
                )
            items[str(key.value)] = (key, value)
    return items


def _content_end(text: str, node: yaml.Node) -> int:
    """Where the last line holding any of ``node``'s values ends (after its newline)."""
    last = node.end_mark.index
    if isinstance(node, yaml.MappingNode | yaml.SequenceNode) and not node.flow_style and node.value:
        tail = node.value[-1]
        last = _content_end(text, tail[1] if isinstance(tail, tuple) else tail)
        return last
    end = text.find("\n", max(last - 1, 0))
    return len(text) if end < 0 else end + 1


def _item_span(text: str, item: tuple[yaml.Node, yaml.MappingNode]) -> tuple[int, int, str]:
    """The edit that deletes a registry item: from its key's line to its last value's line."""
    key, value = item
    start = text.rfind("\n", 0, key.start_mark.index) + 1
    return start, _content_end(text, value), ""


def _field_edits(
    text: str, item: tuple[yaml.Node, yaml.MappingNode], fields: dict[str, Any]
) -> list[tuple[int, int, str]]:
    """Edits that set ``fields`` on a registry item: a field there is rewritten in place, a new one
    goes after the item's last line; each written as the generator writes it."""
    key, value = item
    indent = " " * value.value[0][0].start_mark.column if value.value else "  "
    present = {str(k.value): (k, v) for k, v in value.value}
    edits = []
    added = ""
    for name, wanted in fields.items():
        lines = dump_yaml({name: wanted}).splitlines(keepends=True)
        if name in present:
            k, v = present[name]
            edits.append((k.start_mark.index, _content_end(text, v), lines[0] + "".join(indent + x for x in lines[1:])))
        else:
            added += "".join(indent + x for x in lines)
    if added:
        at_end = _content_end(text, value)
        edits.append((at_end, at_end, added if text[at_end - 1 : at_end] in ("\n", "") else "\n" + added))
    return edits
