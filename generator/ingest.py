"""Ingest: annotate the seeds that have no entry yet into content/ (entries, and new actors
appended to the registry, new names of its actors added to their aliases). The one path from a
seed to an entry: the build, ``ingest`` and the accuracy tests all go through ``ingest``."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from generator.cluster import Result, annotate_all
from generator.content import entries as content_io
from generator.content import registry as registry_io
from generator.content.yamlio import write_atomic_many
from generator.core.errors import Problem, sort_problems
from generator.core.model import Actor, Annotation, Entry
from generator.core.progress import Progress
from generator.core.stopwatch import Stopwatch
from generator.project import Project, build_lock
from generator.seeds.reader import Seed, display_path, read_seeds

Parsed = tuple[Entry | None, tuple[Problem, ...], str]  # an entry file's entry, problems and sha256


@dataclass(frozen=True)
class IngestReport:
    annotated: tuple[str, ...] = ()  # entry paths written
    problems: tuple[Problem, ...] = ()
    regrouped: tuple[str, ...] = ()  # entries nobody edited whose happening ids changed (rewritten)
    # The entries written, as ``content.entries.load_entry_and_digest`` of each file gives them, by
    # shown path: the build takes them instead of reading and parsing the files again.
    parsed: Mapping[str, Parsed] = field(default_factory=dict, compare=False, repr=False)


def ingest(
    seeds: tuple[Seed, ...],
    content: Path,
    shown_content: str,
    force: bool = False,
    existing: tuple[Entry, ...] | None = None,
    registry: Mapping[str, Actor] | None = None,
    registry_problems: tuple[Problem, ...] = (),
    jobs: int | None = None,
    scheduler: str | None = None,
    progress: Progress | None = None,
    clock: Stopwatch | None = None,
) -> IngestReport:
    """Annotate the seeds that have no entry yet, or whose text changed under an entry nobody edited.

    ``force`` re-annotates even edited entries (the explicit ``ingest --force``). A caller that has
    read the content folder passes its entries, the registry and the registry's problems.

    Each seed is annotated on its own against the registry as read here (a snapshot), on ``jobs``
    worker processes (default: every core) or on the Dask cluster at ``scheduler``; the annotations
    are merged in seed order (a new actor an earlier seed added becomes that actor, ``rebase``),
    so ``content/`` gets the same bytes whatever the number of workers and the order they finish
    in. Entries are written one by one as the merge reaches them, so an interrupted run keeps what
    it finished. ``progress`` is told the number of seeds to annotate and each one done; ``clock``
    (the build's) gets a lap for the annotation and merge, and one for settling the happenings.
    """
    if not seeds:
        return IngestReport()
    problems: list[Problem] = []
    if existing is None or registry is None:  # ``ingest`` on its own: read the content folder here
        existing, registry, problems = _load_entries(content, shown_content)
        registry_problems = tuple(problems)
    index = _index(existing, shown_content)
    loaded = {_relative(e.path, shown_content) for e in existing}
    refused = _refused_for_the_registry(problems, registry_problems, shown_content)
    if refused is not None:
        return refused
    on_disk = {p.relative_to(content).as_posix() for p in content_io.entry_files(content)}
    unreadable = {rel: (content / rel).read_bytes().decode("utf-8", "replace") for rel in sorted(on_disk - loaded)}
    seedless = {_relative(e.path, shown_content) for e in existing if not e.seed}
    todo = _seeds_to_annotate(seeds, index, unreadable, shown_content, force, problems)
    if not todo:
        if any(_unsettled(e) for e in existing):  # content/ from before happenings: give them ids
            return IngestReport(
                problems=tuple(problems), regrouped=settle_happenings(content, shown_content, existing, ())
            )
        return IngestReport(problems=tuple(problems))
    merge = _Merge(content, shown_content, registry, unreadable, seedless, set(on_disk))
    _annotate_and_merge(todo, merge, registry, jobs, scheduler, progress)
    clock = clock or Stopwatch()
    clock.lap("annotate")
    written = tuple(merge.written)
    settled = _settle(content, shown_content, existing, written, merge.texts, merge.parsed) if written else None
    regrouped, parsed = settled or ((), {})
    clock.lap("settle happenings")
    return IngestReport(
        annotated=tuple(merge.written), problems=tuple(problems + merge.problems), regrouped=regrouped, parsed=parsed
    )


def _refused_for_the_registry(
    problems: list[Problem], registry_problems: tuple[Problem, ...], shown_content: str
) -> IngestReport | None:
    """The report of an ingest that annotates nothing because the registry has errors; else None."""
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
    return None


def _seeds_to_annotate(
    seeds: tuple[Seed, ...],
    index: Mapping[str, Entry],
    unreadable: Mapping[str, str],
    shown_content: str,
    force: bool,
    problems: list[Problem],
) -> list[tuple[Seed, Entry | None]]:
    """The seeds to annotate, with their entries; a problem in ``problems`` for each one passed over."""
    todo: list[tuple[Seed, Entry | None]] = []
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
        todo.append((seed, entry))
    return todo


def _annotate_and_merge(
    todo: list[tuple[Seed, Entry | None]],
    merge: _Merge,
    registry: Mapping[str, Actor],
    jobs: int | None,
    scheduler: str | None,
    progress: Progress | None,
) -> None:
    """Annotate the seeds of ``todo`` on the workers and merge their results in seed order."""
    progress = progress or Progress()
    progress.start(len(todo), "annotating")
    results = annotate_all([seed for seed, _ in todo], registry, jobs=jobs, scheduler=scheduler)
    waiting: dict[int, Result] = {}
    try:
        for i, result in results:
            progress.advance()
            waiting[i] = result
            while merge.done < len(todo) and merge.done in waiting:  # in seed order, whatever finished first
                seed, entry = todo[merge.done]
                if not merge.add(seed, entry, waiting.pop(merge.done)):
                    break
            if merge.stopped:
                break
        merge.flush()
    finally:
        close = getattr(results, "close", None)
        if close is not None:  # the work not started yet is cancelled
            close()
        progress.close()


def _unsettled(entry: Entry) -> bool:
    return not entry.edited and any(not e.happening for e in entry.events)


def settle_happenings(
    content: Path, shown_content: str, existing: tuple[Entry, ...], written: tuple[str, ...]
) -> tuple[str, ...]:
    """Cluster every event of content/ into happenings (``content.happenings.assign``, from scratch,
    so the ids do not depend on the order seeds came in) and rewrite the entries nobody edited
    whose ids changed. ``existing``: the entries as read before this ingest; ``written``: the
    entries it wrote (read again here). The paths rewritten."""
    return _settle(content, shown_content, existing, written, {})[0]


def _settle(
    content: Path,
    shown_content: str,
    existing: tuple[Entry, ...],
    written: tuple[str, ...],
    texts: Mapping[str, str],
    made: Mapping[str, Parsed] | None = None,
) -> tuple[tuple[str, ...], dict[str, Parsed]]:
    """``settle_happenings``, the entries written parsed from their ``texts`` (by path in content/)
    instead of read again, and handed on (``IngestReport.parsed``): each new entry parsed once, not
    three times (here, and by the build's second load of content/, before and after a rewrite).
    ``made``: the parses of ``texts`` the merge made already (while the workers annotated), by path.
    The rewrites are written several at once (``write_atomic_many``).
    10,000 raw bench articles: see bench/README.md's raw section."""
    from generator.content import happenings  # rapidfuzz, numpy and spaCy's stop words: only when needed

    made = made or {}
    entries = {_relative(e.path, shown_content): e for e in existing}
    parsed: dict[str, Parsed] = {}
    for rel in written:
        if rel in texts:
            shown = _shown(shown_content, rel)
            parsed[shown] = made.get(rel) or content_io.parse_entry_data(texts[rel].encode("utf-8"), shown)
            entry = parsed[shown][0]
        else:
            entry, _ = content_io.load_entry(content / rel, rel)
        if entry is not None:
            entries[rel] = entry
    reports = [
        happenings.Report(
            rel,
            e.date.isoformat(),
            i,
            ev,
            ev.happening if e.edited else "",
            happenings.content_key(e.seed_sha256, e.title, e.body),
        )
        for rel, e in sorted(entries.items())
        for i, ev in enumerate(e.events)
        if not (e.edited and not ev.happening)  # an editor's entry without ids is left as it is
    ]
    ids = happenings.assign(reports)
    rewrites = []  # (rel, the text before, the new text, the ids)
    for rel, entry in sorted(entries.items()):
        wanted = [ids.get((rel, i), ev.happening) for i, ev in enumerate(entry.events)]
        if entry.edited or wanted == [ev.happening for ev in entry.events]:
            continue
        text = (content / rel).read_text(encoding="utf-8")
        new = content_io.with_happenings(text, wanted) if not content_io.is_edited(text) else None
        if new is not None and new != text:
            rewrites.append((rel, text, new, wanted))
    write_atomic_many([(content / rel, new) for rel, _, new, _ in rewrites])
    for rel, text, new, wanted in rewrites:
        _regrouped(parsed, _shown(shown_content, rel), text == texts.get(rel), new, wanted)
    return tuple(rel for rel, *_ in rewrites), parsed


def _shown(shown_content: str, rel: str) -> str:
    return f"{shown_content}/{rel}" if shown_content else rel


def _regrouped(parsed: dict[str, Parsed], shown: str, as_written: bool, new: str, ids: list[str]) -> None:
    """The parse of an entry ``with_happenings`` rewrote: its parse before with the new ids (the only
    values the rewrite changes; a test compares it with the parse of the new text), when that parse
    had no problems and the file was as written; else none (the build parses the file)."""
    entry, problems, _ = parsed.pop(shown, (None, (), ""))
    data = new.encode("utf-8")
    if entry is None or problems or not as_written or len(data) > content_io.MAX_ENTRY_BYTES:
        return
    events = tuple(replace(ev, happening=hid) for ev, hid in zip(entry.events, ids, strict=True))
    parsed[shown] = (replace(entry, events=events), (), hashlib.sha256(data).hexdigest())


class _Merge:
    """The annotations, merged into content/ in seed order: each moved onto the registry as the
    seeds before it left it, its new actors added to the registry, its entry written.

    Written in groups (``GROUP`` seeds, or what came in the last ``GROUP_SECONDS``): the group's new
    actors appended to the registry in one write, then its entries, so the registry file is not
    rewritten once per seed (it grows with the corpus) and never names fewer actors than the entries
    on disk. An interrupted run keeps every group it finished."""

    GROUP = 64
    GROUP_SECONDS = 2.0

    def __init__(
        self,
        content: Path,
        shown_content: str,
        registry: Mapping[str, Actor],
        unreadable: Mapping[str, str],
        seedless: set[str],
        taken: set[str],
    ) -> None:
        from generator.annotate.pipeline import name_index

        self.content, self.shown_content = content, shown_content
        self.registry = dict(registry)
        self.names = name_index(registry)  # for rebase
        self.owned = owned_names(registry)  # names and aliases the registry's actors have, lower case
        self.unreadable, self.seedless = unreadable, seedless
        self.stems = {content_io.entry_stem(t) for t in taken}  # never write over a file that exists, readable or not
        self.written: list[str] = []
        self.texts: dict[str, str] = {}  # the text of each entry written, by its path
        self.parsed: dict[str, Parsed] = {}  # and its parse (``content_io.parse_entry_data``), by its path
        self.problems: list[Problem] = []
        self.done = 0  # seeds merged (or passed over) so far
        self.stopped = False
        self._owned_before = set(self.owned)  # what the registry file owns: the group's actors are not in it yet
        self._actors: list[Actor] = []  # the group's new actors, and its entries (path, text)
        self._learned: dict[str, list[str]] = {}  # slug -> aliases learnt by the group, for actors in the file
        self._entries: list[tuple[str, str, dict]] = []  # (path, text, its front matter as data)
        self._since = time.monotonic()

    def add(self, seed: Seed, entry: Entry | None, result: Result) -> bool:
        """Merge the next seed's annotation; False when the merge cannot go on (the registry refused)."""
        from generator.annotate.pipeline import add_to_index, rebase

        self.done += 1
        found, new_names, drafted = result
        moved = rebase(found, new_names, self.registry, self.names)
        # the entry as the worker made it, unless actors added since moved the annotation
        annotation, text = drafted if moved is found else content_io.new_entry(seed, moved)
        if entry is None:
            lost = _lost_entry(
                content_io.entry_path(seed.date, annotation.title, set()), self.unreadable, self.seedless
            )
            if lost is not None:  # its entry lost the lines that name it: a second one would be a duplicate
                self.problems.append(
                    Problem(
                        seed.path, None, f"not annotated: its entry {self.shown_content}/{lost[0]} {lost[1]}", lost[2]
                    )
                )
                return True
        new_actors = new_registry_actors(annotation, self.registry, self.owned)
        self.registry.update((a.slug, a) for a in new_actors)
        self.owned.update(x.lower() for a in new_actors for x in (a.name, *a.aliases))
        add_to_index(self.names, new_actors)
        self._learn(learned_aliases(annotation, self.registry, self.owned))
        path = entry.path if entry is not None else content_io.entry_path_among(seed.date, annotation.title, self.stems)
        self.stems.add(content_io.entry_stem(path))
        self._actors.extend(new_actors)
        self._entries.append((path, text, _written_fields(seed, annotation, text)))
        if len(self._entries) >= self.GROUP or time.monotonic() - self._since >= self.GROUP_SECONDS:
            return self.flush()
        return True

    def _learn(self, learned: Mapping[str, tuple[str, ...]]) -> None:
        """Add the aliases an article gave actors the registry has (or the group adds) to them."""
        from generator.annotate.pipeline import add_to_index

        pending = {a.slug: i for i, a in enumerate(self._actors)}
        for slug, forms in learned.items():
            actor = replace(self.registry[slug], aliases=(*self.registry[slug].aliases, *forms))
            self.registry[slug] = actor
            self.owned.update(x.lower() for x in forms)
            if slug in pending:
                self._actors[pending[slug]] = actor
            else:
                self._learned.setdefault(slug, []).extend(forms)
        add_to_index(self.names, [self.registry[slug] for slug in learned])

    def flush(self) -> bool:
        """Write the group: its new actors into the registry, then its entries. False (nothing
        written, a problem) when the registry cannot take them."""
        if self.stopped:
            return False
        refused = registry_io.append_registry(
            self.content,
            tuple(self._actors),
            self._owned_before,
            f"{self.shown_content}/{registry_io.REGISTRY_FILE}",
            learned=self._learned,
        )
        if refused is not None:  # an entry naming actors the registry does not have would only be errors
            hint = f"{refused.hint}; the next build annotates the seeds left"
            self.problems.append(
                replace(refused, message=refused.message + "; new seeds were not annotated", hint=hint)
            )
            self.stopped = True
            return False
        write_atomic_many([(self.content / path, text) for path, text, _ in self._entries])
        for path, text, fields in self._entries:
            self.written.append(path)
            self.texts[path] = text
            shown = _shown(self.shown_content, path)  # parsed here, while the workers annotate the next seeds
            self.parsed[path] = content_io.parse_entry_data(text.encode("utf-8"), shown, fields)
        self._owned_before.update(x.lower() for a in self._actors for x in (a.name, *a.aliases))
        self._owned_before.update(x.lower() for forms in self._learned.values() for x in forms)
        self._actors, self._entries, self._learned = [], [], {}
        self._since = time.monotonic()
        return True


def _written_fields(seed: Seed, annotation: Annotation, text: str) -> dict:
    """The front matter of the entry ``new_entry`` wrote as ``text``, as data (what reading its YAML
    gives), so that the merge parses the entry without reading the YAML it has just written: 1,000
    raw bench articles, see bench/README.md's issue #14 sections."""
    source = {"url": seed.url, "outlet": seed.outlet, "author": seed.author}
    fields = content_io.entry_fields(annotation, seed.path, seed.sha256, seed.date, source)
    fields["annotation"]["digest"] = content_io.recorded_digest(text)
    return fields


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


def new_registry_actors(
    annotation: Annotation, registry: Mapping[str, Actor], owned: set[str] | None = None
) -> tuple[Actor, ...]:
    """The actors an annotation adds to the registry, without the aliases another actor already
    owns, in the registry or earlier in this list (a registry alias names one actor). ``owned``:
    the registry's ``owned_names`` when the caller keeps them (it is not changed)."""
    owned = owned_names(registry) if owned is None else owned
    mine: set[str] = set()  # the names of the actors added before, in this list
    added = []
    for a in annotation.actors:
        if a.slug in registry:
            continue
        aliases = tuple(x for x in a.aliases if x.lower() not in owned and x.lower() not in mine)
        mine.update(x.lower() for x in (a.name, *aliases))
        added.append(Actor(slug=a.slug, name=a.name, kind=a.kind, aliases=aliases, role=a.role))
    return tuple(added)


def learned_aliases(
    annotation: Annotation, registry: Mapping[str, Actor], owned: set[str]
) -> dict[str, tuple[str, ...]]:
    """slug -> the forms an article gives an actor the registry has that no actor of it owns (lower
    case, ``owned``): 'Michael R. Pompeo' for the 'Mike Pompeo' an earlier article made, so that a
    later article naming him so finds him, and his page lists how he is named. A form that is a role
    without a name ('the President') is not learnt: another article's president is someone else."""
    from generator.content.advice import form_agrees, junk_reason

    learned: dict[str, tuple[str, ...]] = {}
    for a in annotation.actors:
        if a.slug not in registry:
            continue
        # the forms learnt for it above, beside ``owned``: looked up in both, not in a copy of ``owned``
        # (every name of the registry, copied for each actor of each article: it grows with the corpus)
        earlier = set(learned.get(a.slug, ()))
        forms = tuple(
            dict.fromkeys(
                x
                for x in a.aliases
                if x.strip() == x
                and x.lower() not in owned
                and x.lower() not in earlier
                and form_agrees(registry[a.slug], x)
                and not junk_reason(replace(registry[a.slug], name=x))
            )
        )
        forms = tuple(x for i, x in enumerate(forms) if x.lower() not in {y.lower() for y in forms[:i]})
        if forms:
            learned[a.slug] = (*learned.get(a.slug, ()), *forms)
    return learned


def owned_names(registry: Mapping[str, Actor]) -> set[str]:
    """Every name and alias of the registry's actors, lower case."""
    return {s.lower() for a in registry.values() for s in (a.name, *a.aliases)}


def run_ingest(
    seed_paths: tuple[Path, ...],
    content: Path,
    force: bool,
    root: Path,
    jobs: int | None = None,
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """``python -m generator ingest SEED... --content DIR``: the same code path as the build."""
    seeds, problems = read_seeds(seed_paths, root)
    with build_lock(Project(Path(content).resolve().parent)):  # not at the same time as a build or serve
        report = ingest(
            seeds, content, display_path(content, root), force=force, jobs=jobs, scheduler=scheduler, progress=progress
        )
    return IngestReport(report.annotated, sort_problems(problems + report.problems), report.regrouped)
