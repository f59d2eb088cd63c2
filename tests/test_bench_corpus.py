"""The benchmark's synthetic corpus (bench/corpus.py): deterministic, valid entries, registry actors only.

Fast (N=30) and free of timing: the benchmark itself is `make bench`.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import corpus  # noqa: E402
from generator.content.entries import parse_entry  # noqa: E402
from generator.content.registry import parse_registry  # noqa: E402
from generator.core.model import date_span  # noqa: E402

N = 30


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[corpus.Corpus, Path]:
    c = corpus.make_corpus(N)
    root = tmp_path_factory.mktemp("corpus-a")
    corpus.write_all(c, root)
    return c, root


def test_two_runs_are_byte_identical(written, tmp_path: Path) -> None:
    _, first = written
    second = tmp_path / "corpus-b"
    corpus.write_all(corpus.make_corpus(N), second)
    a, b = _files(first), _files(second)
    assert a.keys() == b.keys()
    assert [k for k in a if a[k] != b[k]] == []
    assert len([k for k in a if k.startswith("ours/content/entries/")]) == N


def test_entries_parse_cleanly_and_name_only_registry_actors(written) -> None:
    c, root = written
    content = root / "ours" / "content"
    registry, problems = parse_registry("content/actors.yaml", (content / "actors.yaml").read_text(encoding="utf-8"))
    assert problems == ()
    assert set(registry) == {a.slug for a in c.actors}
    paths = sorted(p for p in (content / "entries").rglob("*.md"))
    assert len(paths) == N
    for p in paths:
        shown = p.relative_to(content).as_posix()
        entry, problems = parse_entry(shown, p.read_text(encoding="utf-8"))
        assert problems == (), shown
        assert entry is not None
        assert not entry.edited, f"{shown}: digest does not match (format_entry stamps it)"
        assert shown == f"entries/{entry.date.year}/{entry.slug}.md"
        assert 2 <= len(entry.actors) <= 6 and len(set(entry.actors)) == len(entry.actors)
        assert set(entry.actors) <= set(registry), shown
        assert entry.events and entry.quotes
        for ev in entry.events:
            assert set(ev.actors) <= set(entry.actors)
            date_span(ev.date)  # a valid fuzzy date
        for q in entry.quotes:
            assert q.speaker in registry
        assert 150 <= len(entry.body.split()) <= 400


def test_shape_of_the_corpus(written) -> None:
    c, _ = written
    dates = sorted(e.date for e in c.entries)
    assert dates[0] >= corpus.START and (dates[-1] - corpus.START).days < corpus.SPAN_DAYS
    assert len({e.path for e in c.entries}) == N
    assert [e.path for e in c.entries] == sorted(e.path for e in c.entries)


def test_peer_trees_hold_the_same_entries(written) -> None:
    c, root = written
    for e in c.entries:
        assert (root / "hugo" / "content" / e.path).read_text(encoding="utf-8") == e.text
        pelican = (root / "pelican" / "content" / e.path).read_text(encoding="utf-8")
        assert pelican.startswith(f"Title: {e.title}\nDate: {e.date.isoformat()}\nSlug: {e.stem}\n")
    for a in c.actors:
        assert (root / "hugo" / "content" / "actors" / a.slug / "_index.md").is_file()
    assert (root / "hugo" / "hugo.toml").is_file() and (root / "pelican" / "pelicanconf.py").is_file()


@pytest.mark.parametrize("kind", ["ours", "hugo", "pelican"])
def test_edit_one_changes_title_and_body(written, tmp_path: Path, kind: str) -> None:
    c, root = written
    tree = tmp_path / kind
    shutil.copytree(root / kind, tree)
    path = corpus.edit_one(kind, tree, c.edit_path)
    text = path.read_text(encoding="utf-8")
    assert corpus.EDIT_SUFFIX + "\n" in text and corpus.EDIT_PARAGRAPH in text
    if kind == "ours":
        entry, problems = parse_entry(c.edit_path, text)
        assert problems == () and entry is not None and entry.edited
        assert entry.title.endswith(corpus.EDIT_SUFFIX.strip())
