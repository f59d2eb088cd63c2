"""Each fast path against its reference (``generator/core/fastpaths.py``, ``TIMELINE_REFERENCE``).

The workers' fork pool, the sandbox's view attributes, interface words translated when templates compile and
the YAML node walk (the pure-Python YAML reader and the escape hook were measured and removed,
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
    switch("shipped")  # the shipped theme in the sandbox, as a project's copy of it renders
    fast = make_environment(theme)
    switch("shipped,sandbox")
    reference = make_environment(theme)
    assert isinstance(fast, _ViewSandbox) and not isinstance(reference, _ViewSandbox)
    assert [render_page(fast, p).data for p in pages] == [render_page(reference, p).data for p in pages]


def _real_pages(real_content: Path):
    from generator.build import load_content
    from generator.project import Project
    from generator.render.outputs import OUTPUT_KINDS
    from generator.render.plan import plan_jobs
    from generator.render.views import Views
    from generator.site.sitemodel import make_site

    content, _ = load_content(Project(real_content.parent))
    site, _ = make_site(content.config, content.entries, content.registry)
    views = Views(site)
    jobs = plan_jobs(site, {}, "", (), keyed=False)
    return [OUTPUT_KINDS[j.kind].view(views, j) for j in jobs if OUTPUT_KINDS[j.kind].view is not None]


@pytest.mark.parametrize("name", ["default", "broadsheet"])
def test_a_shipped_theme_outside_the_sandbox_renders_what_it_renders_inside(real_content, switch, name):
    """Every page of a real-article site through each shipped theme in Jinja's full environment (the
    ``shipped`` fast path) and in the sandbox: the same bytes."""
    import jinja2.sandbox

    from generator.core.paths import BUILTIN_THEMES
    from generator.render.pages import render_page
    from generator.render.theme import find_theme, make_environment

    pages = _real_pages(real_content)
    assert len(pages) > 100
    theme = find_theme(BUILTIN_THEMES, name)
    assert theme.shipped
    switch("")
    fast = make_environment(theme)
    switch("shipped")
    reference = make_environment(theme)
    assert type(fast) is jinja2.Environment and isinstance(reference, jinja2.sandbox.SandboxedEnvironment)
    assert [render_page(fast, p).data for p in pages] == [render_page(reference, p).data for p in pages]


def test_a_project_theme_stays_in_the_sandbox_even_a_copy_of_a_shipped_one(switch, tmp_path):
    """Only the generator's own theme folders leave the sandbox: a project's theme (a copy of the
    default theme, or one that adds only CSS to a shipped theme) is code from elsewhere."""
    import jinja2.sandbox

    from generator.core.paths import BUILTIN_THEMES
    from generator.render.theme import find_theme, make_environment

    switch("")
    themes = tmp_path / "themes"
    shutil.copytree(BUILTIN_THEMES / "default", themes / "default")
    (themes / "broadsheet" / "static").mkdir(parents=True)
    (themes / "broadsheet" / "static" / "extra.css").write_text("p { color: red }\n", encoding="utf-8")
    assert type(make_environment(find_theme(tmp_path / "none", "broadsheet"))) is jinja2.Environment
    for name in ("default", "broadsheet"):
        theme = find_theme(themes, name)
        assert not theme.shipped
        assert isinstance(make_environment(theme), jinja2.sandbox.SandboxedEnvironment)


def test_compiled_templates_are_kept_apart_in_and_out_of_the_sandbox(switch, tmp_path):
    """A template compiled for the full environment calls functions without the sandbox's checks: its
    cached bytecode must never be loaded by a sandboxed environment (nor the other way)."""
    from generator.core.paths import BUILTIN_THEMES
    from generator.render.theme import find_theme, make_environment

    theme = find_theme(BUILTIN_THEMES, "default")
    for names in ("", "shipped"):
        switch(names)
        make_environment(theme, tmp_path).get_template("entry.html")
    folders = sorted(p.name for p in tmp_path.iterdir())
    assert len(folders) == 2 and all(any(f.iterdir()) for f in tmp_path.iterdir()), folders


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


# --------------------------------------------------------------------------- yamlnodes
def _both_loads(text: str):
    from generator.content import yamlio
    from generator.content.entries import _TYPED_FIELDS

    fast = yamlio._fast_load(text, _TYPED_FIELDS, 1)
    if fast is None:
        return False, None, None
    data, lines, problem = yamlio._reference_load("e.md", text, 1, _TYPED_FIELDS)
    assert problem is None
    lines.get("title")  # the reference's key lines are composed on demand
    reference_duplicates = [(p.line, p.message) for p in lines.duplicates]
    fast_duplicates = [(p.line, p.message) for p in yamlio._duplicate_problems("e.md", fast[1], 1)]
    assert fast_duplicates == reference_duplicates
    assert fast[2] == lines._lines
    return True, fast[0], data


def test_the_node_walk_reads_every_real_entry_as_the_reference_does(real_content):
    from generator.content.entries import split_front_matter

    fronts = [split_front_matter(p.read_text(encoding="utf-8")) for p in sorted(real_content.rglob("*.md"))]
    assert len(fronts) >= 50
    for front in fronts:
        assert front is not None
        taken, fast, reference = _both_loads(front[0])
        assert taken, front[0][:200]  # not declined: the comparison is not vacuous
        assert fast == reference


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("title: T\ndate: 2021-05-01\nseed: 017\nhidden: yes\nn: 1.50\nt: true\nx: 12:30\n", True),
        ("title: T\ndate: 2021-5-1\nend_date: 2022-02-30\nsummary:\nspeaker: ~\nq: 'null'\nr: Null\n", True),
        ("title: T\ndate: '2021-05-01'\nevents:\n- date: 2021-W05\n  end_date: null\n  text: a\n", True),
        ("title: T\ntitle: U\nevents:\n- {date: 2021, text: b}\n", False),  # a typed number: declined
        ("a: &x [1, 2]\nb: *x\nc: *x\n", True),  # an alias, read once
        ("a: !!str 5\nb: !!str\n", True),  # the explicit tag of text
        ("a: !!int 5\n", False),  # any other explicit tag
        ("a: !!binary aGk=\n", False),
        ("<<: {a: 1}\nb: 2\n", False),  # a merge key
        ("1: one\n", False),  # a key that is a number
        ("? [a, b]\n: c\n", False),  # a key that is a list
        ("date: [2021, 2022]\n", False),  # a list under a typed key
        ("date: 2021-05-01 10:30:00\n", True),
        ("a: [unclosed\n", False),  # an error: the reference reports it
        ("", True),
        ("- a\n- ~\n- 'b'\n", True),
        ('a: "\\0"\nb: "\\u00e9"\n', True),
        ("a: 1\na: 2\nb: {c: 1, c: 2}\n", True),  # keys given twice, at two depths
        ("date: true\n", False),
        ("a: " + "9" * 5000 + "\n", False),  # too many digits for int(): the reference reports it
        ("a: 1" + "0" * 4299 + "\nb: '" + "9" * 4300 + "'\n", True),
    ],
)
def test_the_node_walk_equals_the_reference_or_declines(text, taken):
    was_taken, fast, reference = _both_loads(text)
    assert was_taken == taken
    if taken:
        assert fast == reference


def test_a_build_without_the_node_walk_reads_the_same_entries(real_content, switch):
    """The switch really turns the walk off: the reference loader reads, and gives the same entries."""
    from unittest import mock

    from generator.build import load_content
    from generator.content import yamlio
    from generator.project import Project

    switch("")
    fast, _ = load_content(Project(real_content.parent))
    switch("yamlnodes")
    with mock.patch.object(yamlio, "_fast_load", side_effect=AssertionError("the fast path ran")):
        reference, _ = load_content(Project(real_content.parent))
    assert fast.entries == reference.entries and len(fast.entries) >= 50
    assert [(p.path, p.line, p.message) for p in fast.problems] == [
        (p.path, p.line, p.message) for p in reference.problems
    ]


# --------------------------------------------------------------------------- statictrans with values
@pytest.mark.parametrize(
    "source",
    [
        '{{ _("%(kind)s:", kind=k) }}',
        '{{ _("by %(author)s", author=a ~ "<i>") }}|{{ _("citing %(s)s", s=xs | join(", ")) }}',
        '{{ _("100%% of %(n)s", n=(1, 2) | length,) }}',
        '{{ pgettext("a quote is in an article", "In") }} {{ _("Planned") }}',
        '{% set f = _("%(a)s and %(b)s", a=k, b=_("Planned")) %}{{ f }}',
    ],
)
def test_words_with_values_translated_when_templates_compile_equal_the_runtime_path(source, switch, tmp_path):
    from generator.render.theme import find_theme, make_environment

    theme = find_theme(REPO / "themes", "default")
    values = {"k": "<b>Person</b>", "a": "O'Hara & Co", "xs": ["<x>", "y"]}
    for language in ("en", "de", "fr"):
        switch("")
        fast = make_environment(theme, language=language)
        switch("statictrans")
        reference = make_environment(theme, language=language)
        assert fast.from_string(source).render(values) == reference.from_string(source).render(values)
        compiled = fast.compile(source, raw=True)
        assert "'_'" not in compiled and "'pgettext'" not in compiled  # no gettext left to run per page


def test_the_sandbox_fast_path_calls_macros_and_still_refuses_unsafe_callables(switch):
    import jinja2.sandbox

    from generator.render.theme import _ViewSandbox, find_theme, make_environment

    def unsafe():
        return "ran"

    unsafe.unsafe_callable = True  # type: ignore[attr-defined]
    switch("shipped")  # the shipped theme in the sandbox, as a project's copy of it renders
    env = make_environment(find_theme(REPO / "themes", "default"))
    assert isinstance(env, _ViewSandbox)
    assert env.from_string("{% macro m(x) %}<{{ x }}>{% endmacro %}{{ m('&') }}").render() == "<&amp;>"
    with pytest.raises(jinja2.sandbox.SecurityError):
        env.from_string("{{ f() }}").render(f=unsafe)
    with pytest.raises(jinja2.sandbox.SecurityError):
        env.from_string("{{ '{0.__class__}'.format(1) }}").render()


# --------------------------------------------------------------------------- gemm
def _analyses(texts: list[str]):
    """The entities of each block and the tags and arcs of every one of its sentences."""
    from generator.annotate.nlp import parse_blocks, prefetch, sentences

    blocks = parse_blocks(texts)
    prefetch([(d, s) for d in blocks for s in sentences(d)])
    parsed = [p for d in blocks for p in d.user_data["parses"].values()]
    ents = [[(e.start, e.end, e.label_) for e in d.ents] for d in blocks]
    return ents, [[(t.tag_, t.dep_, t.head.i) for t in p] for p in parsed]


def test_numpy_products_give_the_analyses_of_blis_products(switch):
    """The model with numpy's matrix products (the fast path) and with blis's (the reference) finds
    the same entities, tags and arcs in real articles, though the products' float bits differ."""
    from generator.annotate import nlp as nlp_module
    from generator.seeds.reader import parse_seed

    paths = [p for p in real_seed_paths() if "gold/wide" in p.as_posix()][:12]
    texts = [b.text for p in paths for b in parse_seed(p.name, p.read_bytes()).blocks]
    nlp = nlp_module.load_nlp()
    tok2vec = nlp.get_pipe("tok2vec").model
    sample = [nlp.make_doc(t) for t in texts[:20]]
    try:
        nlp_module.use_blis(nlp, False)
        assert all(not node.ops.use_blis for _, p in nlp.pipeline if hasattr(p, "model") for node in p.model.walk())
        fast, fast_vectors = _analyses(texts), tok2vec.predict(sample)
        nlp_module.use_blis(nlp, True)
        reference, reference_vectors = _analyses(texts), tok2vec.predict(sample)
    finally:
        nlp_module.use_blis(nlp, not fastpaths.enabled("gemm"))
    assert len(texts) >= 60 and sum(map(len, fast[0])) >= 200 and len(fast[1]) >= 100
    assert fast == reference
    assert any((a != b).any() for a, b in zip(fast_vectors, reference_vectors))  # two different paths ran


def test_the_switch_gives_the_model_blis_products(switch, monkeypatch):
    from generator.annotate import nlp as nlp_module

    ner = nlp_module.load_nlp().get_pipe("ner").model
    assert {node.ops.use_blis for node in ner.walk()} == {False}
    switch("gemm")
    monkeypatch.setattr(nlp_module, "_NLP", None)  # a second model, this test's only
    monkeypatch.setattr(nlp_module, "LOADS", nlp_module.LOADS)
    assert {node.ops.use_blis for node in nlp_module.load_nlp().get_pipe("ner").model.walk()} == {True}


def test_the_model_runs_numpys_blas_on_one_thread():
    """OpenBLAS's idle threads spin: two of them multiplied the CPU time of annotation by 5."""
    from threadpoolctl import threadpool_info

    from generator.annotate import nlp as nlp_module

    nlp_module.load_nlp()
    blas = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    assert blas and {lib["num_threads"] for lib in blas} == {1}


# --------------------------------------------------------------------------- maxout
def test_numpys_maximum_gives_thincs_maxout_values():
    """The largest piece of each unit, ties and negative values included, for 1 to 4 pieces."""
    import numpy
    from thinc.api import NumpyOps

    from generator.annotate.nlp import maxout_ops

    rng = numpy.random.default_rng(5)
    for pieces in (1, 2, 3, 4):
        X = rng.integers(-3, 3, size=(40, 7, pieces)).astype("float32")  # small integers: many ties
        X[0] = rng.standard_normal((7, pieces), dtype="float32")
        fast, which = maxout_ops()().maxout(X)
        reference, _ = NumpyOps().maxout(X)
        assert which is None and fast.dtype == reference.dtype and numpy.array_equal(fast, reference)


def test_the_model_with_numpys_maxout_gives_the_same_bits(switch):
    """The tok2vec's output for real articles, bit for bit, and the entities, tags and arcs."""
    import numpy

    from generator.annotate import nlp as nlp_module
    from generator.seeds.reader import parse_seed

    paths = [p for p in real_seed_paths() if "gold/wide" in p.as_posix()][:12]
    texts = [b.text for p in paths for b in parse_seed(p.name, p.read_bytes()).blocks]
    nlp = nlp_module.load_nlp()
    tok2vec = nlp.get_pipe("tok2vec").model
    sample = [nlp.make_doc(t) for t in texts[:20]]
    gemm = not fastpaths.enabled("gemm")
    try:
        nlp_module.use_blis(nlp, gemm, maxout=True)
        assert type(tok2vec.ops).__name__ == "MaxoutOps"
        fast, fast_vectors = _analyses(texts), tok2vec.predict(sample)
        nlp_module.use_blis(nlp, gemm, maxout=False)
        assert type(tok2vec.ops).__name__ == "NumpyOps"
        reference, reference_vectors = _analyses(texts), tok2vec.predict(sample)
    finally:
        nlp_module.use_blis(nlp, gemm, fastpaths.enabled("maxout"))
    assert fast == reference
    assert all(numpy.array_equal(a, b) for a, b in zip(fast_vectors, reference_vectors, strict=True))


def test_the_switch_gives_the_model_thincs_maxout(switch, monkeypatch):
    from generator.annotate import nlp as nlp_module

    assert {type(node.ops).__name__ for node in nlp_module.load_nlp().get_pipe("ner").model.walk()} == {"MaxoutOps"}
    switch("maxout")
    monkeypatch.setattr(nlp_module, "_NLP", None)  # a second model, this test's only
    monkeypatch.setattr(nlp_module, "LOADS", nlp_module.LOADS)
    assert {type(node.ops).__name__ for node in nlp_module.load_nlp().get_pipe("ner").model.walk()} == {"NumpyOps"}


# --------------------------------------------------------------------------- embed
def _embedding_stages(nlp):
    return [
        node
        for _, pipe in nlp.pipeline
        if getattr(pipe, "model", None) is not None
        for node in pipe.model.walk()
        if node.name.startswith("extract_features>>") and node.name.endswith(">>ragged2list")
    ]


def test_kept_embeddings_give_the_same_bits_as_the_models_stage(monkeypatch):
    """Each embedding stage (the NER's and the shared tok2vec's), kept against its own forward, bit for
    bit: the blocks of real articles a dozen at a time, their sentences each on its own (the parse's
    docs, from two tokens up: a product of under ``_SAME_BITS_ROWS`` rows has other bits), and again
    once all is kept. Most rows come from what was kept."""
    import numpy
    from spacy.tokens import Doc

    from generator.annotate import nlp as nlp_module
    from generator.seeds.reader import parse_seed

    paths = [p for p in real_seed_paths() if "gold/wide" in p.as_posix()][:12]
    texts = [b.text for p in paths for b in parse_seed(p.name, p.read_bytes()).blocks]
    nlp = nlp_module.load_nlp()
    blocks = [nlp.make_doc(t) for t in texts]
    sentences = [
        Doc(nlp.vocab, words=[t.text for t in s], spaces=[bool(t.whitespace_) for t in s])
        for d in nlp.pipe(texts, disable=["tok2vec", "tagger", "parser", "ner", "timeline_gazetteer"])
        for s in d.sents
    ]
    batches = [blocks[k : k + 12] for k in range(0, len(blocks), 12)] + [[s] for s in sentences]
    assert len(blocks) >= 60 and min(map(len, sentences)) <= 4 and len(sentences) >= 150
    stages = _embedding_stages(nlp)
    assert len(stages) == 2
    for stage, room in [(s, r) for s in stages for r in (nlp_module._EMBEDDINGS_KEPT, 300)]:
        monkeypatch.setattr(nlp_module, "_EMBEDDINGS_KEPT", room)  # 300: full after the first batches
        kept = nlp_module._KeptEmbeddings(stage._func.__self__.stage)
        monkeypatch.setattr(stage, "_func", kept.stage)
        reference = [[a.copy() for a in stage.predict(batch)] for batch in batches]
        monkeypatch.setattr(stage, "_func", kept.forward)
        for _ in range(2):
            fast = [stage.predict(batch) for batch in batches]
            assert all(
                numpy.array_equal(a, b) for r, f in zip(reference, fast, strict=True) for a, b in zip(r, f, strict=True)
            )
        if kept.active:  # this machine's BLAS gives a row the same bits whatever the other rows
            assert 0 < kept.size < sum(map(len, blocks)) / 2  # of 4 times as many tokens embedded
            assert kept.size <= room
        else:  # it does not (the first call compared both ways): the model's own stage, nothing kept
            assert kept.size == 0


def test_kept_embeddings_that_would_give_other_bits_turn_themselves_off(monkeypatch):
    """Where this machine's products would give a kept row other bits than the model's own stage (made
    so here by a nudge of the kept vectors), the first call of some size finds it and from then on the
    model's own stage runs: the same bits either way."""
    import numpy

    from generator.annotate import nlp as nlp_module

    nlp = nlp_module.load_nlp()
    stage = _embedding_stages(nlp)[0]
    kept = nlp_module._KeptEmbeddings(stage._func.__self__.stage)
    embed = nlp_module._KeptEmbeddings._embed
    monkeypatch.setattr(nlp_module._KeptEmbeddings, "_embed", staticmethod(lambda rest, rows: embed(rest, rows) + 1e-3))
    batch = [nlp.make_doc("The harbour reopened on Monday after a long week of repairs to the outer wall.")]
    monkeypatch.setattr(stage, "_func", kept.stage)
    reference = [a.copy() for a in stage.predict(batch)]
    monkeypatch.setattr(stage, "_func", kept.forward)
    for _ in range(2):
        assert all(numpy.array_equal(a, b) for a, b in zip(reference, stage.predict(batch), strict=True))
    assert kept.checked and not kept.active and kept.size == 0


def test_the_switch_gives_the_model_its_own_embedding_stage(switch, monkeypatch):
    from generator.annotate import nlp as nlp_module

    def kept(nlp) -> set[bool]:
        stages = _embedding_stages(nlp)
        return {isinstance(getattr(s._func, "__self__", None), nlp_module._KeptEmbeddings) for s in stages}

    assert kept(nlp_module.load_nlp()) == {True}
    switch("embed")
    monkeypatch.setattr(nlp_module, "_NLP", None)  # a second model, this test's only
    monkeypatch.setattr(nlp_module, "LOADS", nlp_module.LOADS)
    assert kept(nlp_module.load_nlp()) == {False}
