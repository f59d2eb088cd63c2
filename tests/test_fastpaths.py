"""Each fast path against its reference (``generator/core/fastpaths.py``, ``TIMELINE_REFERENCE``).

One is left, the workers' fork pool (the YAML reader and the escape hook were measured and removed,
bench/README.md). Its tests cannot pass by doing nothing: one asserts that the reference pool really
runs the work in other processes, the other builds a project of real annotated entries large enough
that both the parsing and the rendering go to other processes, with the CLI, each way.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.fastpaths import ingest_real, real_seed_paths, replicate  # noqa: E402
from generator.core import fastpaths, workers  # noqa: E402


@pytest.fixture
def switch(monkeypatch):
    """``switch("workers")`` turns that fast path off in this process, ``switch("")`` every one on."""

    def set_to(names: str) -> None:
        monkeypatch.setenv(fastpaths.VARIABLE, names)
        fastpaths.reset()

    yield set_to
    monkeypatch.delenv(fastpaths.VARIABLE, raising=False)
    fastpaths.reset()


@pytest.fixture(scope="module")
def real_content(tmp_path_factory) -> Path:
    """The seeds, tests/gold/dev and tests/gold/wide annotated by the product's ingest."""
    content = tmp_path_factory.mktemp("real") / "content"
    assert ingest_real(content) == len(real_seed_paths()) >= 50
    return content


# --------------------------------------------------------------------------- the switch
def test_the_switch_reads_all_or_a_list_and_rejects_unknown_names(switch):
    assert fastpaths.parse("") == frozenset()
    assert fastpaths.parse("all") == frozenset(fastpaths.NAMES)
    assert fastpaths.parse(" Workers ") == {"workers"}
    assert fastpaths.parse("yaml,escape") == frozenset()  # removed: the reference is the only path
    with pytest.raises(ValueError, match="unknown fast path worker"):
        fastpaths.parse("worker")
    switch("workers")
    assert not fastpaths.enabled("workers")
    switch("")
    assert all(fastpaths.enabled(name) for name in fastpaths.NAMES)


# --------------------------------------------------------------------------- workers
def _double_or_pid(part):
    return [(os.getpid(), x * 2) for x in part]


def test_reference_pool_runs_in_other_processes_and_keeps_the_order(switch, monkeypatch):
    monkeypatch.setattr(workers, "cores", lambda: 2)
    switch("workers")
    items = list(range(250))
    got = workers.map_in_processes(lambda x: (os.getpid(), x * x), items, chunk=7)
    assert [x for _, x in got] == [i * i for i in items]
    assert os.getpid() not in {pid for pid, _ in got}  # the executor's processes did the work
    parts, first = workers.share_in_processes(_double_or_pid, items, chunk=16, first=lambda: os.getpid())
    assert first == os.getpid() and [x for part in parts for _, x in part] == [i * 2 for i in items]
    assert os.getpid() not in {pid for part in parts for pid, _ in part}
    there, here = workers.fork_alongside(lambda: os.getpid(), lambda: os.getpid())
    assert here == os.getpid() != there
    with pytest.raises(KeyError):
        workers.share_in_processes(lambda chunk: {}[chunk[0]], items, chunk=4)


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_build_with_the_reference_pool_equals_a_normal_build(real_content, tmp_path):
    """Both with the CLI, in fresh processes: enough entries that the parsing (map_in_processes) and
    the rendering (share_in_processes) go to other processes."""
    from generator.core.workers import cores
    from generator.render.produce import PARALLEL_MIN_UNITS

    if cores() < 2:
        pytest.skip("one core: neither build forks, so there is nothing to compare")
    pristine = tmp_path / "pristine"
    entries = replicate(real_content, pristine / "content", 5)
    assert entries >= 200 and entries > PARALLEL_MIN_UNITS  # map_in_processes forks from 200 items
    env = {k: v for k, v in os.environ.items() if k != fastpaths.VARIABLE}
    env["PYTHONPATH"] = str(REPO)
    sites = {}
    for label, extra in (("fast", {}), ("reference", {fastpaths.VARIABLE: "workers"})):
        root = tmp_path / label
        shutil.copytree(pristine, root)
        done = subprocess.run(
            [sys.executable, "-m", "generator", "build", "--root", str(root)],
            env=dict(env, **extra),
            capture_output=True,
            text=True,
        )
        assert done.returncode in (0, 1) and "built" in done.stdout + done.stderr, done.stderr[-2000:]
        sites[label] = _tree(root / "site")
    assert len(sites["fast"]) > entries
    assert sorted(sites["fast"]) == sorted(sites["reference"])
    assert [p for p in sites["fast"] if sites["fast"][p] != sites["reference"][p]] == []


# --------------------------------------------------------------------------- sandbox
def test_the_sandbox_fast_path_renders_what_the_sandbox_renders(real_content, switch):
    """Every page of a real-article site, through the sandbox with and without its fast attribute
    path: the same bytes."""
    from generator.build import load_content
    from generator.project import Project
    from generator.render.outputs import OUTPUT_KINDS
    from generator.render.pages import render_page
    from generator.render.plan import plan_jobs
    from generator.render.theme import _ViewSandbox, find_theme, make_environment
    from generator.render.views import Views
    from generator.site.sitemodel import make_site

    content, _ = load_content(Project(real_content.parent))
    site, _ = make_site(content.config, content.entries, content.registry)
    theme = find_theme(REPO / "themes", "default")
    views = Views(site)
    jobs = plan_jobs(site, {}, "", (), keyed=False)
    pages = [OUTPUT_KINDS[j.kind].view(views, j) for j in jobs if OUTPUT_KINDS[j.kind].view is not None]
    assert len(pages) > 100
    switch("")
    fast = make_environment(theme)
    switch("sandbox")
    reference = make_environment(theme)
    assert isinstance(fast, _ViewSandbox) and not isinstance(reference, _ViewSandbox)
    assert [render_page(fast, p).data for p in pages] == [render_page(reference, p).data for p in pages]


@pytest.mark.parametrize(
    "expression",
    [
        "site.__class__",
        "site.__init__.__globals__",
        "page.__dataclass_fields__",
        "site.title.__class__.__mro__",
        "site.alternates.__class__",
    ],
)
def test_the_sandbox_fast_path_still_refuses_internals(expression, switch, tmp_path):
    """The fast path reads only public attributes of the view dataclasses: anything starting with
    '_' (and anything of other objects) still meets the sandbox."""
    import jinja2.sandbox

    from generator.render.context import FeedLink, PageView
    from generator.render.theme import _ViewSandbox

    switch("")
    env = _ViewSandbox(undefined=jinja2.StrictUndefined)
    page = PageView(title="t", description="d", kind="entry", canonical_url="u", alternates=())
    site = type("Site", (), {})()
    site = PageView(
        title="x", description="d", kind="k", canonical_url="u", alternates=(FeedLink("h", "t", "ty", "l"),)
    )
    with pytest.raises(jinja2.exceptions.SecurityError):
        env.from_string("{{ " + expression + " }}").render(site=site, page=page)


# --------------------------------------------------------------------------- statictrans
@pytest.mark.parametrize("language", ["en", "de", "fr"])
def test_words_translated_when_templates_compile_equal_words_translated_on_each_page(real_content, switch, language):
    """Every page of a real-article site in three languages: the same bytes whether ``_("...")`` is
    translated when a template compiles or by Jinja's i18n extension at render time."""
    import dataclasses

    from generator.build import load_content
    from generator.project import Project
    from generator.render.outputs import OUTPUT_KINDS
    from generator.render.pages import render_page
    from generator.render.plan import plan_jobs
    from generator.render.theme import find_theme, make_environment
    from generator.render.views import Views
    from generator.site.sitemodel import make_site

    content, _ = load_content(Project(real_content.parent))
    config = dataclasses.replace(content.config, language=language)
    site, _ = make_site(config, content.entries, content.registry)
    views = Views(site)
    jobs = plan_jobs(site, {}, "", (), keyed=False)
    pages = [OUTPUT_KINDS[j.kind].view(views, j) for j in jobs if OUTPUT_KINDS[j.kind].view is not None]
    theme = find_theme(REPO / "themes", "default")
    switch("")
    fast = make_environment(theme, language=language)
    switch("statictrans")
    reference = make_environment(theme, language=language)
    assert "jinja2.ext.StaticGettext" not in reference.extensions and any(
        name.endswith("StaticGettext") for name in fast.extensions
    )
    assert [render_page(fast, p).data for p in pages] == [render_page(reference, p).data for p in pages]
