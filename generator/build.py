"""The build, top to bottom: annotate new seeds into content/, then render content/ into site/.

    read seeds -> ingest (annotate the new ones into content/) -> load content -> site model
    -> plan outputs -> render them into the next site/ -> swap it in

Only ``read_*``/``load_*``/``write_*`` touch the disk. Problems are collected and returned; pages
are rendered into a staging folder and reach site/ only once everything is rendered. What can be
reused from the last build (parsed entries, unchanged outputs) is ``incremental.Reuse``'s
business: the stages never see it.
"""

from __future__ import annotations

import errno
import gc
import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.content import entries as content_io
from generator.content import registry as registry_io
from generator.content import siteconfig
from generator.content.listing import list_entries
from generator.core.errors import BuildError, Problem, sort_problems
from generator.core.model import Entry
from generator.core.progress import Progress
from generator.core.stopwatch import Stopwatch
from generator.incremental.reuse import Reuse
from generator.incremental.state import Observed
from generator.ingest import IngestReport, ingest
from generator.project import Project, build_lock
from generator.render import search
from generator.render.pages import Output
from generator.render.plan import plan_jobs
from generator.render.produce import produce, produce_into, static_digests
from generator.render.theme import find_theme
from generator.seeds.reader import list_seed_files, read_seeds
from generator.site.sitemodel import make_site
from generator.write import Placer, clean_stale


def build(
    root: Path,
    strict: bool = False,
    observed: Observed | None = None,
    jobs: int | None = None,
    scheduler: str | None = None,
    progress: Progress | None = None,
) -> BuildReport:
    """Annotate new seeds, then render the site. The whole job of ``make build``.

    ``observed``: the project's fingerprints, when the caller has just taken them (``build`` on the
    command line does, to answer "nothing changed" early); otherwise they are taken here. ``jobs``,
    ``scheduler``: where new seeds are annotated (``ingest``); ``progress``: shows it."""
    project = Project(Path(root).resolve())
    try:
        return _build(project, strict, observed, jobs, scheduler, progress)
    except OSError as err:  # the disk is full, a folder is read-only...: one line, nothing lost
        raise BuildError([environment_problem(project, err)]) from None


def _build(
    project: Project,
    strict: bool,
    observed: Observed | None,
    jobs: int | None,
    scheduler: str | None,
    progress: Progress | None,
) -> BuildReport:
    clock = Stopwatch()
    with build_lock(project), _cycle_collector_paused():
        reuse = Reuse(project, observed)
        clean_stale(project.site)
        content, fps = load_content(project, reuse)
        clock.lap("load content")
        seeds, seed_problems = read_project_seeds(project, content)
        clock.lap("read seeds")
        laps = len(clock.laps)
        ingested = ingest_new(seeds, project, content, jobs=jobs, scheduler=scheduler, progress=progress, clock=clock)
        if len(clock.laps) == laps:  # nothing to annotate: ingest took no laps of its own
            clock.lap("annotate")
        if ingested.annotated or ingested.regrouped:
            content, fps = load_content(project, reuse, ingested.parsed)
            clock.lap("load content again")
        site, model_problems = make_site(content.config, content.entries, content.registry)
        theme = find_theme(project.themes, site.config.theme, site.config.trusted_theme)
        clock.lap("site model")
        problems = sort_problems(seed_problems + ingested.problems + content.problems + model_problems)
        if strict and problems:
            return BuildReport(ingested, problems, seconds=clock.total())
        plan = reuse.plan(site, theme, fps)
        clock.lap("plan")
        with reuse.writer(plan) as staging:
            written, unchanged = produce_into(
                site,
                theme,
                plan.todo,
                plan.pages,
                lambda: Placer(staging, project.site),
                plan.entry_keys,
                reuse.memo.get,
                reuse.bytecode_dir,
                also=reuse.meanwhile,
            )
            clock.lap("render")
        search.forget_layout()  # the planner's layout of the search index holds the site: let it go
        clock.lap("write site")
        report = BuildReport(
            ingested,
            problems,
            pages=len(plan.pages),
            files=len(plan.jobs),
            written=written,
            reused=unchanged + len(plan.jobs) - len(plan.todo),
            seconds=clock.total(),
            timings=clock.laps,
        )
        reuse.finish(plan, problems, report.summary(), exit_code=1 if report.errors else 0)
    return report


_CANNOT_WRITE = {
    errno.ENOSPC: ("no space left on the disk", "free some space on the disk that holds {folder}, then build again"),
    errno.EDQUOT: ("over the disk quota", "free some space in your quota, then build again"),
    errno.EROFS: ("the file system is read-only", "build a copy of the project on a writable disk"),
    errno.EACCES: ("permission denied", "make {folder} writable (chmod u+w {folder}) or build as its owner"),
    errno.EPERM: ("operation not permitted", "make {folder} writable (chmod u+w {folder}) or build as its owner"),
}


def environment_problem(project: Project, err: OSError) -> Problem:
    """One line for a failure of the disk or the folders under a build: the path, what happened, the fix.
    Nothing is lost by then: site/ changes only in its last step, content/ files are written whole."""
    path = Path(err.filename) if err.filename else project.root
    shown = project.shown(path)
    staging = f".{project.site.name}.new-"
    if shown.startswith(staging):  # the folder of the next site: name the file it was to become
        shown = project.site.name + "/" + shown.partition("/")[2]
    what, hint = _CANNOT_WRITE.get(
        err.errno or 0, (err.strerror or str(err), "check the disk and the folder, then build again")
    )
    folder = project.shown(path.parent) if err.filename else project.shown(project.root)
    if folder.startswith(staging) or folder in ("", "."):
        folder = str(project.root)
    return Problem(
        shown or str(project.root),
        None,
        f"cannot write: {what}",
        hint.format(folder=folder) + f"; {project.site.name}/ and content/ are as they were",
    )


def read_project_seeds(project: Project, content: content_io.Content):
    """The project's seeds, and the problems of those that cannot be read. Of two seeds with the
    same article, the one an entry already names is kept."""
    seed_files, listing_problems = list_seed_files(project.seeds)
    seeds, seed_problems = read_seeds(seed_files, project.root, known={e.seed for e in content.entries if e.seed})
    return seeds, listing_problems + seed_problems


def ingest_new(
    seeds,
    project: Project,
    content: content_io.Content,
    jobs: int | None = None,
    scheduler: str | None = None,
    progress: Progress | None = None,
    clock: Stopwatch | None = None,
) -> IngestReport:
    """Annotate the seeds new to content/ (against the registry as the build has just read it)."""
    registry_file = project.shown(project.content / registry_io.REGISTRY_FILE)
    return ingest(
        seeds,
        project.content,
        project.shown(project.content),
        existing=content.entries,
        registry=content.registry,
        registry_problems=tuple(p for p in content.problems if p.path == registry_file),
        jobs=jobs,
        scheduler=scheduler,
        progress=progress,
        clock=clock,
    )


@dataclass(frozen=True)
class BuildReport:
    ingest: IngestReport
    problems: tuple[Problem, ...]
    pages: int = 0
    files: int = 0
    written: int = 0
    reused: int = 0
    seconds: float = 0.0
    timings: tuple[tuple[str, float, float], ...] = ()  # (stage, wall s, CPU s), in order

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    def summary(self) -> str:
        return (
            f"built {self.pages} pages, {self.files} files ({self.written} written, {self.reused} unchanged) "
            f"in {self.seconds:.2f}s"
        )


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


def render_site(site, project: Project) -> tuple[Output, ...]:
    """Every file of the site, in memory (a clean build's outputs). Raises BuildError for a theme problem."""
    theme = find_theme(project.themes, site.config.theme, site.config.trusted_theme)
    jobs = plan_jobs(site, {}, "", static_digests(theme), keyed=False)
    return produce(site, theme, jobs, tuple(j.path for j in jobs if j.path.endswith(".html")))


# --------------------------------------------------------------------------- content
def load_content(
    project: Project, reuse: Reuse | None = None, known: Mapping[str, tuple] | None = None
) -> tuple[content_io.Content, dict[str, str]]:
    """The content folder, and a digest of each entry file (by its shown path). With ``reuse``, the
    entry files as the up-to-date check listed them, and the parses of unchanged ones from its cache.
    ``known``: the parses of files just written, by shown path (``IngestReport.parsed``), taken as they are."""
    c = project.content
    config, p1 = siteconfig.load_config(c, project.shown(c / siteconfig.CONFIG_FILE))
    registry, p2 = registry_io.load_registry(c, project.shown(c / registry_io.REGISTRY_FILE))
    loaded: list[Entry] = []
    problems = list(p1 + p2)
    fps: dict[str, str] = {}
    folder = c / content_io.ENTRIES_DIR
    listing = reuse.entry_listing() if reuse else None
    if listing is None:
        listing = list_entries(folder)
    where, shown = str(folder) + os.sep, project.shown(folder) + "/"
    files = [(where + rel, shown + rel, stamp) for rel, stamp in listing]
    parse = content_io.load_entry_and_digest
    known = known or {}
    if reuse:
        parsed = reuse.parse_entries(files, parse, known)
    else:
        parsed = [known[shown] if shown in known else parse(path, shown) for path, shown, _ in files]
    for entry, p, sha in parsed:
        problems.extend(p)
        if entry is not None:
            loaded.append(entry)
            fps[entry.path] = sha
    return content_io.Content(entries=tuple(loaded), registry=registry, config=config, problems=tuple(problems)), fps


def check(root: Path) -> tuple[Problem, ...]:
    """Every problem the content and seeds have, without writing anything (the problems a build
    reports, no more, no fewer)."""
    return check_and_advise(root)[0]


def check_and_advise(root: Path) -> tuple[tuple[Problem, ...], tuple[Problem, ...]]:
    """``check``'s problems, and its advice on the actor registry (``actor_advice``)."""
    project = Project(Path(root).resolve())
    content, _ = load_content(project)
    _, p12 = read_project_seeds(project, content)
    site, p3 = make_site(content.config, content.entries, content.registry)
    try:
        render_site(site, project)
        p4: tuple[Problem, ...] = ()
    except BuildError as err:
        p4 = err.problems
    return sort_problems(p12 + content.problems + p3 + p4), sort_problems(actor_advice(project, content))


def actor_advice(project: Project, content: content_io.Content) -> tuple[Problem, ...]:
    """Likely duplicate and junk actors, each with the command that fixes it. Advice, not problems:
    ``check`` prints it apart (on stdout), no exit code or ``--strict`` counts it, and a build never
    works it out (so a build and ``check`` still report the same problems)."""
    from generator.content.advice import registry_advice

    uses: dict[str, int] = {}
    for entry in content.entries:
        for slug in entry.actors:
            uses[slug] = uses.get(slug, 0) + 1
    shown = project.shown(project.content / registry_io.REGISTRY_FILE)
    return registry_advice(content.registry, uses, shown, registry_io.key_lines(project.content))


__all__ = ["build", "check", "render_site", "load_content", "BuildReport"]
