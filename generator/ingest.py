"""Ingest: annotate the seeds that have no entry yet into content/ (entries, and new actors
appended to the registry). The one path from a seed to an entry: the build, ``ingest`` and the
accuracy tests all go through ``ingest``."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from generator.content import entries as content_io
from generator.content import registry as registry_io
from generator.content.yamlio import write_atomic
from generator.core.errors import Problem, sort_problems
from generator.core.model import Actor, Annotation, Entry
from generator.project import Project, build_lock
from generator.seeds.reader import Seed, display_path, read_seeds


@dataclass(frozen=True)
class IngestReport:
    annotated: tuple[str, ...] = ()  # entry paths written
    problems: tuple[Problem, ...] = ()


def ingest(
    seeds: tuple[Seed, ...],
    content: Path,
    shown_content: str,
    force: bool = False,
    existing: tuple[Entry, ...] | None = None,
    registry: Mapping[str, Actor] | None = None,
    registry_problems: tuple[Problem, ...] = (),
) -> IngestReport:
    """Annotate the seeds that have no entry yet, or whose text changed under an entry nobody edited.

    ``force`` re-annotates even edited entries (the explicit ``ingest --force``). Entries are
    written one by one, so an interrupted run keeps what it finished. A caller that has read the
    content folder passes its entries, the registry and the registry's problems.
    """
    if not seeds:
        return IngestReport()
    problems: list[Problem] = []
    if existing is None or registry is None:  # ``ingest`` on its own: read the content folder here
        existing, registry, problems = _load_entries(content, shown_content)
        registry_problems = tuple(problems)
    index = _index(existing, shown_content)
    loaded = {_relative(e.path, shown_content) for e in existing}
    registry_errors = [p for p in registry_problems if p.severity == "error"]
    if registry_errors:
        # Annotating against a registry we could not read whole would append actors it already has.
        return IngestReport(
            problems=tuple(problems)
            + (
                Problem(
                    f"{shown_content}/{registry_io.REGISTRY_FILE}",
                    registry_errors[0].line,
                    "new seeds were not annotated",
                    "fix the problems in the actor registry first",
                    severity="warning",
                ),
            )
        )
    on_disk = {p.relative_to(content).as_posix() for p in content_io.entry_files(content)}
    unreadable = {rel: (content / rel).read_bytes().decode("utf-8", "replace") for rel in sorted(on_disk - loaded)}
    seedless = {_relative(e.path, shown_content) for e in existing if not e.seed}
    written: list[str] = []
    taken = set(on_disk)  # never write over a file that exists, readable or not
    for seed in seeds:
        entry = index.get(seed.path) or index.get("sha:" + seed.sha256)
        if entry is None:
            broken = next((rel for rel, text in unreadable.items() if seed.path in text or seed.sha256 in text), None)
            if broken is not None:
                problems.append(
                    Problem(
                        seed.path,
                        None,
                        f"not annotated: its entry {shown_content}/{broken} could not be read",
                        "fix the problem reported for that file; the build then uses it as it is",
                    )
                )
                continue
        if entry is not None and not force:
            if entry.seed_sha256 == seed.sha256:
                continue
            if entry.edited:
                problems.append(
                    Problem(
                        seed.path,
                        None,
                        f"seed changed, but {shown_content}/{entry.path} was edited by hand, so it was kept",
                        "to re-annotate on purpose (losing those edits) run: "
                        f"python -m generator ingest --force {seed.path}",
                        severity="warning",
                    )
                )
                continue
        annotation = _annotate(seed, registry)
        if seed.title:  # the article's own headline (a 'title:' line in the seed) over the annotator's
            annotation = replace(annotation, title=seed.title)
        if entry is None:
            lost = _lost_entry(content_io.entry_path(seed.date, annotation.title, set()), unreadable, seedless)
            if lost is not None:  # its entry lost the lines that name it: a second one would be a duplicate
                problems.append(
                    Problem(seed.path, None, f"not annotated: its entry {shown_content}/{lost[0]} {lost[1]}", lost[2])
                )
                continue
        new_actors = new_registry_actors(annotation, registry)
        owned = owned_names(registry)
        refused = registry_io.append_registry(
            content, new_actors, owned, f"{shown_content}/{registry_io.REGISTRY_FILE}"
        )
        if refused is not None:  # an entry naming actors the registry does not have would only be errors
            hint = f"{refused.hint}; the next build annotates the seeds left"
            problems.append(replace(refused, message=refused.message + "; new seeds were not annotated", hint=hint))
            break
        registry = {**registry, **{a.slug: a for a in new_actors}}
        path = entry.path if entry is not None else content_io.entry_path(seed.date, annotation.title, taken)
        taken.add(path)
        body = content_io.seed_body_markdown(seed.blocks, seed.credit)
        source = {"url": seed.url, "outlet": seed.outlet, "author": seed.author}
        text = content_io.format_entry(annotation, seed.path, seed.sha256, seed.date, body, source)
        write_atomic(content / path, text)
        written.append(path)
    return IngestReport(annotated=tuple(written), problems=tuple(problems))


def _lost_entry(path: str, unreadable: Mapping[str, str], seedless: set[str]) -> tuple[str, str, str] | None:
    """(entry, what is wrong, hint) when the entry a seed would get is a file there already that
    cannot be read, or that names no seed: an edit that lost its 'seed:' line, most likely."""
    if path in unreadable:
        return path, "could not be read", "fix the problem reported for that file; the build then uses it as it is"
    if path in seedless:
        return (
            path,
            "has no 'seed:' line",
            "add the seed's path to it as 'seed: ...' (or rename it if it is another article)",
        )
    return None


def _load_entries(content: Path, shown_content: str) -> tuple[tuple[Entry, ...], Mapping[str, Actor], list[Problem]]:
    """The entries that parse (shown as ``shown_content/...``) and the registry of a content folder."""
    registry, problems = registry_io.load_registry(content, f"{shown_content}/{registry_io.REGISTRY_FILE}")
    entries = []
    for path in content_io.entry_files(content):
        shown = f"{shown_content}/{path.relative_to(content).as_posix()}"
        entry, _ = content_io.load_entry(path, shown)  # its problems are the build's (or check's) to report
        if entry is not None:
            entries.append(entry)
    return tuple(entries), registry, list(problems)


def _relative(path: str, shown_content: str) -> str:
    prefix = shown_content.rstrip("/") + "/" if shown_content else ""
    return path[len(prefix) :] if prefix and path.startswith(prefix) else path


def _index(entries: tuple[Entry, ...], shown_content: str) -> dict[str, Entry]:
    """Entries by seed path and by seed hash (a renamed seed is not a new article); their paths made
    relative to the content folder."""
    index: dict[str, Entry] = {}
    for entry in entries:
        if not entry.seed:
            continue
        entry = replace(entry, path=_relative(entry.path, shown_content))
        index.setdefault(entry.seed, entry)
        if entry.seed_sha256:
            index.setdefault("sha:" + entry.seed_sha256, entry)
    return index


def _annotate(seed: Seed, registry: Mapping[str, Actor]) -> Annotation:
    from generator.annotate.pipeline import annotate  # spaCy loads only when there is something to annotate

    return annotate(seed, registry)


def new_registry_actors(annotation: Annotation, registry: Mapping[str, Actor]) -> tuple[Actor, ...]:
    """The actors an annotation adds to the registry, without the aliases another actor already
    owns, in the registry or earlier in this list (a registry alias names one actor)."""
    owned = owned_names(registry)
    added = []
    for a in annotation.actors:
        if a.slug in registry:
            continue
        aliases = tuple(x for x in a.aliases if x.lower() not in owned)
        owned.update(x.lower() for x in (a.name, *aliases))
        added.append(Actor(slug=a.slug, name=a.name, kind=a.kind, aliases=aliases, role=a.role))
    return tuple(added)


def owned_names(registry: Mapping[str, Actor]) -> set[str]:
    """Every name and alias of the registry's actors, lower case."""
    return {s.lower() for a in registry.values() for s in (a.name, *a.aliases)}


def run_ingest(seed_paths: tuple[Path, ...], content: Path, force: bool, root: Path) -> IngestReport:
    """``python -m generator ingest SEED... --content DIR``: the same code path as the build."""
    seeds, problems = read_seeds(seed_paths, root)
    with build_lock(Project(Path(content).resolve().parent)):  # not at the same time as a build or serve
        report = ingest(seeds, content, display_path(content, root), force=force)
    return IngestReport(report.annotated, sort_problems(problems + report.problems))
