"""The build, top to bottom: annotate new seeds into content/, then render content/ into site/.

    read seeds -> annotate the new ones -> write entries (+ new actors)      (ingest)
    load content -> site model -> pages -> render -> feeds, exports, static -> write site/

Only ``read_*``/``load_*``/``write_*`` touch the disk. Problems are collected and returned;
pages are rendered into a staging folder and reach site/ only once everything is rendered.
"""

from __future__ import annotations

import fcntl
import gc
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator, Mapping

from . import entries as content_io
from . import registry as registry_io
from . import siteconfig
from .errors import BuildError, Problem, sort_problems
from .incremental import (CACHE_DIR, BuildState, EntryCache, Memo, Observed, code_fingerprint, digest, list_entries, observe,
                          patched_site_fingerprint, save_state, site_fingerprint)
from .model import Actor, Entry
from .plan import entry_keys, plan_jobs
from .produce import produce, produce_into, static_digests
from .render import Output
from .seeds import Seed, display_path, list_seed_files, read_seeds
from .sitemodel import make_site
from .theme import find_theme
from .write import clean_stale, patched_site, staged_site
from .yamlio import write_atomic


@dataclass(frozen=True)
class Project:
    """The folders of a timeline project."""

    root: Path

    @property
    def seeds(self) -> Path:
        return self.root / "seeds"

    @property
    def content(self) -> Path:
        return self.root / "content"

    @property
    def themes(self) -> Path:
        return self.root / "themes"

    @property
    def site(self) -> Path:
        return self.root / "site"

    def shown(self, path: Path) -> str:
        """A path as shown in messages and stored in entries: relative to the project when inside it."""
        text, prefix = str(path), str(self.root) + os.sep
        if text.startswith(prefix) and os.sep + ".." not in text:  # the common case: a path we built from root
            return text[len(prefix):].replace(os.sep, "/")
        return display_path(path, self.root)


@dataclass(frozen=True)
class IngestReport:
    annotated: tuple[str, ...] = ()  # entry paths written
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class BuildReport:
    ingest: IngestReport
    problems: tuple[Problem, ...]
    pages: int = 0
    files: int = 0
    written: int = 0
    reused: int = 0
    seconds: float = 0.0
    timings: tuple[tuple[str, float], ...] = ()  # (stage, seconds), in order

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    def summary(self) -> str:
        return (f"built {self.pages} pages, {self.files} files ({self.written} written, {self.reused} unchanged) "
                f"in {self.seconds:.2f}s")


class _Stopwatch:
    """Seconds per build stage, for ``build --timings`` and the benchmark."""

    def __init__(self) -> None:
        self.laps: tuple[tuple[str, float], ...] = ()
        self._last = time.perf_counter()

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.laps += ((stage, round(now - self._last, 3)),)
        self._last = now


@contextmanager
def build_lock(project: Project) -> Iterator[None]:
    """One build at a time per project: a second one waits for the first (and says so)."""
    project.root.mkdir(parents=True, exist_ok=True)
    with open(project.root / ".build.lock", "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print("another build of this project is running; waiting for it to finish", flush=True)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build(root: Path, strict: bool = False, observed: Observed | None = None, exiting: bool = False) -> BuildReport:
    """Annotate new seeds, then render the site. The whole job of ``make build``.

    ``observed``: the project's fingerprints, when the caller has just taken them (``build`` on the
    command line does, to answer "nothing changed" early); otherwise they are taken here.
    ``exiting``: the process ends right after (the command line), so the build's million objects are
    left to the end of the process instead of being freed one by one (0.2 s at N = 10,000)."""
    project = Project(Path(root).resolve())
    started = time.perf_counter()
    clock = _Stopwatch()
    with build_lock(project), _cycle_collector_paused():
        # Before reading: an edit made during the build is seen by the next one. Taken before the lock,
        # they are taken again if another build has finished since (its entries, its site).
        if observed is None or observed.state_changed(project.root):
            observed = observe(project.root)
        clean_stale(project.site)
        seed_files, listing_problems = list_seed_files(project.seeds)
        seeds, seed_problems = read_seeds(seed_files, project.root)
        clock.lap("read seeds")
        cache = EntryCache(project.root, code_fingerprint())
        memo = Memo(project.root, "exports", code_fingerprint())
        content, fps = load_content(project, cache, observed.entries)
        clock.lap("load content")
        registry_file = project.shown(project.content / registry_io.REGISTRY_FILE)
        ingested = ingest(seeds, project.content, project.shown(project.content), existing=content.entries, registry=content.registry,
                          registry_problems=tuple(p for p in content.problems if p.path == registry_file))
        if ingested.annotated:  # (the inputs fingerprint stays the one taken before: the next build re-plans once)
            content, fps = load_content(project, cache)
        clock.lap("annotate")
        site, model_problems = make_site(content.config, content.entries, content.registry)
        clock.lap("site model")
        theme = find_theme(project.themes, site.config.theme)
        keys, base, static = entry_keys(site, fps), _base_key(theme, site.config), static_digests(theme)
        previous = _reusable_keys(project, observed)
        # With nothing to reuse, every output is rendered: the keys are for the next build only, and
        # are worked out in this process while the workers render.
        jobs = plan_jobs(site, keys, base, static, keyed=bool(previous))
        todo = tuple(j for j in jobs if previous.get(j.path) != j.key)
        keyed_jobs = [jobs] if previous else []

        def meanwhile() -> None:  # in this process, after the exports, while the pages render
            cache.save()  # the parsed entries and the exports' fragments are good whatever happens next
            memo.save()
            if not keyed_jobs:
                keyed_jobs.append(plan_jobs(site, keys, base, static))

        clock.lap("plan")
        problems = sort_problems(listing_problems + seed_problems + ingested.problems + content.problems + model_problems)
        if strict and problems:
            return BuildReport(ingested, problems, seconds=time.perf_counter() - started)
        paths = [j.path for j in jobs]
        made = set(paths)
        gone = [p for p in sorted(previous) if p not in made]
        if previous:  # site/ is what the last build wrote: change only the files whose key changed
            writer = patched_site(project.site, paths, [j.path for j in todo], gone)
        else:
            writer = staged_site(project.site, paths)
        with writer as staging:
            written, reused = produce_into(site, theme, todo, tuple(p for p in paths if p.endswith(".html")),
                                           staging, project.site, keys, memo, project.root / CACHE_DIR / "templates",
                                           also=meanwhile)
            clock.lap("render")
        reused += len(jobs) - len(todo)
        clock.lap("write site")
        jobs = keyed_jobs[0]
        report = BuildReport(ingested, problems, pages=sum(1 for j in jobs if j.path.endswith(".html")), files=len(jobs),
                             written=written, reused=reused, seconds=time.perf_counter() - started, timings=clock.laps)
        site_fp = patched_site_fingerprint(observed.site_files, project.site, [j.path for j in todo], gone) if previous \
            else site_fingerprint(project.site)
        save_state(project.root, BuildState(inputs=observed.inputs, site=site_fp,
                                            keys=tuple((j.path, j.key) for j in jobs),
                                            report=tuple(str(p) for p in problems), summary=report.summary(),
                                            exit_code=1 if report.errors else 0))
        if exiting:
            _LEFT_FOR_EXIT.append(locals())
    return report


_LEFT_FOR_EXIT: list = []  # what ``build(exiting=True)`` keeps alive until the process ends


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """A build makes millions of objects and next to no cyclic garbage, so Python's cycle collector
    would only walk them again and again (in forked workers too): 10-20% of a clean build's CPU,
    measured at N = 10,000, for a few MB of peak memory. Reference counting still frees the rest."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # What the build made is counted as young: the first collection after enabling would walk
            # all of it (0.1 s and more at N = 10,000). Filed with the old objects instead, it is walked
            # only by the rare full collection.
            gc.freeze()
            gc.enable()
            gc.unfreeze()


def _base_key(theme, config) -> str:
    """What every output depends on: the generator's code, the theme's templates, the config."""
    templates = tuple((str(p.relative_to(folder)), p.read_bytes()) for folder in theme.chain
                      for p in sorted((folder / "templates").rglob("*")) if p.is_file())
    return digest(code_fingerprint(), theme.name, templates, repr(config))


def _reusable_keys(project: Project, observed: Observed) -> dict[str, str]:
    """The previous build's output keys, if site/ is still exactly what it wrote (else none)."""
    state = observed.state
    if not state.keys or not observed.site or not project.site.is_dir() or observed.site != state.site:
        return {}
    return state.key_map()


def render_site(site, project: Project) -> tuple[Output, ...]:
    """Every file of the site, in memory (a clean build's outputs). Raises BuildError for a theme problem."""
    theme = find_theme(project.themes, site.config.theme)
    jobs = plan_jobs(site, {}, "", static_digests(theme), keyed=False)
    return produce(site, theme, jobs, tuple(j.path for j in jobs if j.path.endswith(".html")))


# --------------------------------------------------------------------------- content
def load_content(project: Project, cache: EntryCache | None = None,
                 listing: tuple[tuple[str, tuple[int, int]], ...] | None = None) -> tuple[content_io.Content, dict[str, str]]:
    """The content folder, and a digest of each entry file (by its shown path). ``listing``: the
    entry files as the caller just listed them (``incremental.entry_listing``), else listed here."""
    c = project.content
    config, p1 = siteconfig.load_config(c, project.shown(c / siteconfig.CONFIG_FILE))
    registry, p2 = registry_io.load_registry(c, project.shown(c / registry_io.REGISTRY_FILE))
    loaded: list[Entry] = []
    problems = list(p1 + p2)
    fps: dict[str, str] = {}
    folder = c / content_io.ENTRIES_DIR
    if listing is None:
        listing = list_entries(folder)
    where, shown = str(folder) + os.sep, project.shown(folder) + "/"
    files = [(where + rel, shown + rel, stamp) for rel, stamp in listing]
    parse = content_io.load_entry_and_digest
    parsed = cache.get_many(files, parse) if cache else [parse(path, shown) for path, shown, _ in files]
    for entry, p, sha in parsed:
        problems.extend(p)
        if entry is not None:
            loaded.append(entry)
            fps[entry.path] = sha
    return content_io.Content(entries=tuple(loaded), registry=registry, config=config, problems=tuple(problems)), fps


# --------------------------------------------------------------------------- ingest
def ingest(seeds: tuple[Seed, ...], content: Path, shown_content: str, force: bool = False,
           existing: tuple[Entry, ...] | None = None, registry: Mapping[str, Actor] | None = None,
           registry_problems: tuple[Problem, ...] = ()) -> IngestReport:
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
        return IngestReport(problems=tuple(problems) + (Problem(
            f"{shown_content}/{registry_io.REGISTRY_FILE}", registry_errors[0].line, "new seeds were not annotated",
            "fix the problems in the actor registry first", severity="warning"),))
    on_disk = {p.relative_to(content).as_posix() for p in content_io.entry_files(content)}
    unreadable = {rel: (content / rel).read_bytes().decode("utf-8", "replace") for rel in sorted(on_disk - loaded)}
    written: list[str] = []
    taken = set(on_disk)  # never write over a file that exists, readable or not
    for seed in seeds:
        entry = index.get(seed.path) or index.get("sha:" + seed.sha256)
        if entry is None:
            broken = next((rel for rel, text in unreadable.items() if seed.path in text or seed.sha256 in text), None)
            if broken is not None:
                problems.append(Problem(seed.path, None, f"not annotated: its entry {shown_content}/{broken} could not be read",
                                        "fix the problem reported for that file; the build then uses it as it is"))
                continue
        if entry is not None and not force:
            if entry.seed_sha256 == seed.sha256:
                continue
            if entry.edited:
                problems.append(Problem(seed.path, None, f"seed changed, but {shown_content}/{entry.path} was edited by hand, so it was kept",
                                        f"to re-annotate on purpose (losing those edits) run: python -m generator ingest --force {seed.path}",
                                        severity="warning"))
                continue
        annotation = _annotate(seed, registry)
        new_actors = tuple(Actor(slug=a.slug, name=a.name, kind=a.kind, aliases=a.aliases, role=a.role)
                           for a in annotation.actors if a.slug not in registry)
        registry = {**registry, **{a.slug: a for a in new_actors}}
        path = entry.path if entry is not None else content_io.entry_path(seed.date, annotation.title, taken)
        taken.add(path)
        body = content_io.seed_body_markdown(seed.blocks, seed.credit)
        text = content_io.format_entry(annotation, seed.path, seed.sha256, seed.date, body)
        registry_io.append_registry(content, new_actors)
        write_atomic(content / path, text)
        written.append(path)
    return IngestReport(annotated=tuple(written), problems=tuple(problems))


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
    return path[len(prefix):] if prefix and path.startswith(prefix) else path


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


def _annotate(seed: Seed, registry: Mapping[str, Actor]):
    from .annotate import annotate  # spaCy loads only when there is something to annotate

    return annotate(seed, registry)


def run_ingest(seed_paths: tuple[Path, ...], content: Path, force: bool, root: Path) -> IngestReport:
    """``python -m generator ingest SEED... --content DIR``: the same code path as the build."""
    seeds, problems = read_seeds(seed_paths, root)
    with build_lock(Project(Path(content).resolve().parent)):  # not at the same time as a build or serve
        report = ingest(seeds, content, display_path(content, root), force=force)
    return IngestReport(report.annotated, sort_problems(problems + report.problems))


def check(root: Path) -> tuple[Problem, ...]:
    """Every problem the content and seeds have, without writing anything."""
    project = Project(Path(root).resolve())
    seed_files, p1 = list_seed_files(project.seeds)
    _, p2 = read_seeds(seed_files, project.root)
    content, _ = load_content(project)
    site, p3 = make_site(content.config, content.entries, content.registry)
    try:
        render_site(site, project)
        p4: tuple[Problem, ...] = ()
    except BuildError as err:
        p4 = err.problems
    return sort_problems(p1 + p2 + content.problems + p3 + p4)


__all__ = ["build", "check", "run_ingest", "render_site", "load_content", "Project", "BuildReport"]
