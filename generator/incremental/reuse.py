"""Reuse: everything a build takes over from the last one, behind one object the stages never see.

The build asks it four things: the entry files and their parses (``parse_entries``: cached by
stat), the plan of outputs with the ones to render (``plan``: keys against the last build's), a
writer for site/ (the whole site swapped in, or a few files patched), and, at the end, to record
this build (``finish``). Deleting ``.cache/`` only makes the next build a clean one.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from generator.core.digest import digest
from generator.core.errors import Problem
from generator.incremental.state import (
    CACHE_DIR,
    BuildState,
    EntryCache,
    Memo,
    Observed,
    code_fingerprint,
    observe,
    patched_site_fingerprint,
    save_state,
    site_fingerprint,
)
from generator.project import Project
from generator.render.plan import Job, entry_keys, plan_jobs
from generator.render.produce import static_digests
from generator.render.search import index_keys
from generator.render.theme import Theme
from generator.write import SPARE_PREFIX, Spare, drop_spares, patched_site, spare_folder, staged_site


@dataclass(frozen=True)
class Plan:
    """The outputs of this build: all of them, the ones to render, and the ones of the last build that are gone."""

    jobs: tuple[Job, ...]  # every output (keyed only when something can be reused)
    todo: tuple[Job, ...]  # the outputs to render
    gone: tuple[str, ...]  # paths the last build wrote that this one does not
    entry_keys: dict[str, str]  # entry slug -> key (the exports reuse unchanged entries' fragments by it)
    patch: bool  # site/ is what the last build wrote: change only the files whose key changed

    @property
    def paths(self) -> list[str]:
        return [j.path for j in self.jobs]

    @property
    def pages(self) -> tuple[str, ...]:
        return tuple(j.path for j in self.jobs if j.path.endswith(".html"))


class Reuse:
    """The caches and the state of one project's builds (``.cache/``)."""

    def __init__(self, project: Project, observed: Observed | None = None):
        # Before reading: an edit made during the build is seen by the next one. Taken before the lock,
        # they are taken again if another build has finished since (its entries, its site).
        if observed is None or observed.state_changed(project.root):
            observed = observe(project.root)
        self.project = project
        self.observed = observed
        self.entries = EntryCache(project.root, code_fingerprint())
        self.memo = Memo(project.root, "exports", code_fingerprint())
        self.bytecode_dir = project.root / CACHE_DIR / "templates"
        self._listing = observed.entries  # the entry files as observed; used once (a re-read lists them again)
        self._keyed: tuple[Job, ...] | None = None
        self._later: Callable[[], tuple[Job, ...]] | None = None
        self._spare = spare_folder(project.root / CACHE_DIR)  # where this build keeps the site it replaces

    def entry_listing(self):
        """The entry files as the up-to-date check listed them (the first time), else None: list again."""
        listing, self._listing = self._listing, None
        return listing

    def parse_entries(self, files, parse, known=None) -> list:
        return self.entries.get_many(files, parse, known)

    def plan(self, site, theme: Theme, entry_fps: dict[str, str]) -> Plan:
        """Every output with its key; those whose key the last build also had are left as they are."""
        keys, base, static = entry_keys(site, entry_fps), _base_key(theme, site.config), static_digests(theme)
        previous = self._reusable_keys()
        # With nothing to reuse, every output is rendered: the keys are for the next build only, and
        # are worked out in this process while the workers render (``meanwhile``).
        # The search index's files are keyed one by one from what each holds, which the memo keeps.
        search_keys = lambda: index_keys(site, keys, self.memo.get)  # noqa: E731
        jobs = plan_jobs(
            site, keys, base, static, keyed=bool(previous), search_keys=search_keys() if previous else None
        )
        self._keyed = jobs if previous else None
        self._later = lambda: plan_jobs(site, keys, base, static, search_keys=search_keys())
        made = {j.path for j in jobs}
        return Plan(
            jobs=jobs,
            todo=tuple(j for j in jobs if previous.get(j.path) != j.key),
            gone=tuple(p for p in sorted(previous) if p not in made),
            entry_keys=keys,
            patch=bool(previous),
        )

    def writer(self, plan: Plan) -> AbstractContextManager[Path]:
        """The staging folder of the next site/: a whole new site swapped in, or the changed files patched
        in (starting from the spare the last build kept, when there is one). Either way the site it
        replaces is kept as the next build's spare."""
        site, state, cache = self.project.site, self.observed.state, self.project.root / CACHE_DIR
        ours = state.spare.startswith(SPARE_PREFIX) and "/" not in state.spare  # a name this code gave
        spare = Spare(cache / state.spare) if plan.patch and ours else None
        drop_spares(cache, but=spare.folder if spare else None)
        if plan.patch:
            return patched_site(
                site, plan.paths, [j.path for j in plan.todo], list(plan.gone), spare=spare, keep=self._spare
            )
        return staged_site(site, plan.paths, keep=self._spare)

    def meanwhile(self) -> None:
        """Work that overlaps rendering: keep the parsed entries and the exports' fragments, key the outputs."""
        self.entries.save()
        self.memo.save()
        if self._keyed is None and self._later is not None:
            self._keyed = self._later()

    def finish(self, plan: Plan, problems: tuple[Problem, ...], summary: str, exit_code: int) -> tuple[Job, ...]:
        """Record this build for the next one; returns the keyed outputs."""
        if self._keyed is None:
            self.meanwhile()
        assert self._keyed is not None
        site = self.project.site
        site_fp = (
            patched_site_fingerprint(self.observed.site_files, site, [j.path for j in plan.todo], plan.gone)
            if plan.patch
            else site_fingerprint(site)
        )
        save_state(
            self.project.root,
            BuildState(
                inputs=self.observed.inputs,
                site=site_fp,
                keys=tuple((j.path, j.key) for j in self._keyed),
                report=tuple(str(p) for p in problems),
                summary=summary,
                exit_code=exit_code,
                spare=self._spare.name if self._spare.is_dir() else "",
            ),
        )
        return self._keyed

    def _reusable_keys(self) -> dict[str, str]:
        """The previous build's output keys, if site/ is still exactly what it wrote (else none)."""
        observed, site = self.observed, self.project.site
        state = observed.state
        if not state.keys or not observed.site or not site.is_dir() or observed.site != state.site:
            return {}
        return state.key_map()


def _base_key(theme: Theme, config) -> str:
    """What every output depends on: the generator's code, the theme's templates, the config."""
    templates = tuple(
        (str(p.relative_to(folder)), p.read_bytes())
        for folder in theme.chain
        for p in sorted((folder / "templates").rglob("*"))
        if p.is_file()
    )
    return digest(code_fingerprint(), theme.name, templates, repr(config))
