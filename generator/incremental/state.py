"""Incremental builds: do again only what changed, with output byte-identical to a clean build.

Four levels, each keyed by content, never by the clock:

1. ``observe``: a stat of every input (seeds, content, themes, the generator's own
   code). Unchanged since the last successful build, and site/ untouched -> nothing to do. Only the
   standard library is imported here, so this answer costs a few hundred milliseconds.
2. ``EntryCache``: parsed entries by (path, mtime, size), so YAML is parsed only for files that
   changed.
3. ``plan.plan_jobs``: a key per output computed from exactly what that output shows (an entry page:
   its entry, its neighbours' titles, its actors' names...). An output whose key is unchanged is
   left in site/ as it is, the rest is rendered and moved in.
4. ``Memo``: text fragments by the key of what they show (one entry's item of the JSON exports), so
   a file made of every entry is re-assembled, not re-made, when one entry changed.

Compiled templates are kept too (Jinja's bytecode cache, checked against each template's source).
Everything lives in ``.cache/`` beside site/; deleting it only makes the next build a clean one.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import os
import pickle
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from generator.content.listing import SKIP_DIRS, entry_listing, walk_files
from generator.core.paths import BUILTIN_THEMES, PACKAGE

CACHE_DIR = ".cache"
STATE_FILE = "build-state.json"
STATE_VERSION = 1


def _inputs(root: Path) -> tuple[str, tuple]:
    """A digest of the stat of every input of a build (seeds, content, themes, the generator's code
    and its own themes): it changes when any input may have. And the entry files' listing, from
    the same walk."""
    h = hashlib.sha256()
    package = PACKAGE
    listing: tuple = ()
    for label, folder in (
        ("seeds", root / "seeds"),
        ("content", root / "content"),
        ("themes", root / "themes"),
        ("generator", package),
        ("extra0", BUILTIN_THEMES),
    ):
        h.update(f"\0{label}\0".encode())
        walk = walk_files(folder)
        if label == "content":
            entries = folder / "entries"  # (entries.ENTRIES_DIR)
            if entries.is_symlink():  # a walk does not follow a linked folder below the one it starts from
                linked = [("entries/" + rel, mtime, size, regular) for rel, mtime, size, regular in walk_files(entries)]
                walk = sorted(walk + linked)
            listing = entry_listing(walk, "entries/")
        for rel, mtime, size, _ in walk:
            h.update(f"{rel}\0{mtime}\0{size}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest(), listing


def site_fingerprint(site_dir: Path) -> str:
    """A digest of the stat of every file of site/: someone touched it -> rebuild."""
    return _site_digest((rel, mtime, size) for rel, mtime, size, _ in walk_files(site_dir))


def _site_digest(stats) -> str:
    h = hashlib.sha256()
    for rel, mtime, size in stats:
        h.update(f"{rel}\0{mtime}\0{size}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def patched_site_fingerprint(walk: tuple[tuple[str, int, int], ...], site_dir: Path, changed, gone) -> str:
    """``site_fingerprint`` of a site after the files ``changed`` were replaced and ``gone`` deleted,
    from its ``walk`` before (``Observed.site_files``): only the changed files are stat'ed again.
    Anything else touched since that walk keeps its old stat here, so the next build, which walks
    the site, sees it differ and rebuilds: never a touched site taken for untouched."""
    stats = {rel: (mtime, size) for rel, mtime, size in walk}
    for rel in gone:
        stats.pop(rel, None)
    root = str(site_dir)
    for rel in changed:
        if any(part.startswith(".") or part in SKIP_DIRS for part in rel.split("/")[:-1]):
            continue  # a walk does not see it either
        st = os.stat(os.path.join(root, rel))
        stats[rel] = (st.st_mtime_ns, st.st_size)
    return _site_digest((rel, *stats[rel]) for rel in sorted(stats))


# --------------------------------------------------------------------------- build state
@dataclass(frozen=True)
class BuildState:
    """What the last successful build saw and made."""

    inputs: str = ""  # the digest of the inputs' stat (``observe``)
    site: str = ""  # site_fingerprint after writing
    keys: tuple[tuple[str, str], ...] = ()  # (output path, key)
    report: tuple[str, ...] = ()  # the problems it printed, shown again when nothing changed
    summary: str = ""
    exit_code: int = 0
    spare: str = ""  # the folder in .cache/ of the site it replaced, kept for the next patch (``write.Spare``)

    def key_map(self) -> dict[str, str]:
        return dict(self.keys)


def load_state(root: Path) -> BuildState:
    path = root / CACHE_DIR / STATE_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("version") != STATE_VERSION:
            return BuildState()
        return BuildState(
            inputs=data["inputs"],
            site=data["site"],
            keys=tuple(tuple(kv) for kv in data["keys"]),
            report=tuple(data.get("report", ())),
            summary=data.get("summary", ""),
            exit_code=int(data.get("exit_code", 0)),
            spare=str(data.get("spare", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return BuildState()


def save_state(root: Path, state: BuildState) -> None:
    folder = root / CACHE_DIR
    folder.mkdir(parents=True, exist_ok=True)
    data = {
        "version": STATE_VERSION,
        "inputs": state.inputs,
        "site": state.site,
        "keys": [list(kv) for kv in state.keys],
        "report": list(state.report),
        "summary": state.summary,
        "exit_code": state.exit_code,
        "spare": state.spare,
    }
    tmp = folder / (STATE_FILE + ".tmp")
    tmp.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
    os.replace(tmp, folder / STATE_FILE)


@dataclass(frozen=True)
class Observed:
    """A project as a build found it, before reading anything: the stat fingerprints of its inputs and
    of site/ ("" when there is none), and the last build's state."""

    inputs: str
    site: str
    state: BuildState
    entries: tuple[tuple[str, tuple[int, int]], ...] | None = None  # the entry files then (``entry_listing``)
    site_files: tuple[tuple[str, int, int], ...] = ()  # the walk of site/ behind ``site``
    state_stamp: tuple[int, int] | None = None  # (inode, mtime_ns) of the state file read

    def state_changed(self, root: Path) -> bool:
        """The state file is not the one read (there was none then, or another build saved its own since)."""
        return _stamp(root / CACHE_DIR / STATE_FILE) != self.state_stamp

    @property
    def up_to_date(self) -> bool:
        """Nothing the last build read has changed since, and site/ is as it left it."""
        return (
            bool(self.state.inputs)
            and bool(self.site)
            and (self.inputs, self.site) == (self.state.inputs, self.state.site)
        )


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_ino, st.st_mtime_ns


def observe(root: Path) -> Observed:
    site = root / "site"
    stamp = _stamp(root / CACHE_DIR / STATE_FILE)
    state = load_state(root)
    inputs, listing = _inputs(root)
    walk = tuple((rel, mtime, size) for rel, mtime, size, _ in walk_files(site)) if site.is_dir() else ()
    return Observed(
        inputs=inputs,
        site=_site_digest(walk) if site.is_dir() else "",
        state=state,
        entries=listing,
        site_files=walk,
        state_stamp=stamp,
    )


class Observing:
    """``observe(root)`` in a forked child process, while this one goes on (importing the build, which
    takes about as long). ``ready()`` says whether the answer is in; ``result()`` waits for it (and
    observes here if the child could not)."""

    def __init__(self, root: Path):
        from generator.core.workers import fork_call

        self.root = root
        self._result: Observed | None = None
        self._pid: int | None = None
        if hasattr(os, "fork"):
            try:
                self._pid, self._fd = fork_call(lambda: observe(root))
            except OSError:  # no child: ``result`` observes here
                pass

    def ready(self) -> bool:
        import select

        return self._pid is None or self._result is not None or bool(select.select([self._fd], [], [], 0)[0])

    def result(self) -> Observed:
        if self._result is None:
            from generator.core.workers import answer_of

            try:
                self._result = answer_of(self._pid, self._fd) if self._pid is not None else observe(self.root)
            except Exception:  # the child failed: the same work, here
                self._result = observe(self.root)
        return self._result


# --------------------------------------------------------------------------- parsed entries
class EntryCache:
    """Parsed entries by (path, mtime_ns, size), for one version of the code. Pickles in the project's
    own .cache/ folder, written only by this program (the same trust as a .pyc file), in SHARDS files
    by path, so that editing one entry rewrites one small file, not the cache of every entry."""

    SHARDS = 16

    def __init__(self, root: Path, version: str):
        self.folder = root / CACHE_DIR
        self.version = version
        self._old: dict = {}
        self._new: dict = {}
        self._dirty: set[int] = set()
        for shard in range(self.SHARDS):
            self._old.update(_read_items(self._file(shard), version))

    def _file(self, shard: int) -> Path:
        return self.folder / f"entries-{shard:02d}.pickle"

    def _shard(self, shown: str) -> int:
        return zlib.crc32(shown.encode("utf-8", "surrogateescape")) % self.SHARDS

    def get_many(self, files: list[tuple[str, str, tuple[int, int]]], parse, known=None) -> list:
        """The parse of each file (path, shown, (mtime_ns, size) as listed), ``parse(path, shown)`` for
        those not cached, on every core; ``known[shown]`` for those the caller has just written and
        parsed. A file that changes after it was listed is cached under its listed stamp, so the next
        build, which sees the new stamp, parses it again."""
        from generator.core.workers import map_in_processes

        old, known = self._old, known or {}
        missing = [
            (path, shown)
            for path, shown, stamp in files
            if shown not in known and ((hit := old.get(shown)) is None or hit[0] != stamp)
        ]
        parsed = dict(zip((shown for _, shown in missing), map_in_processes(_parse_pair(parse), missing)))
        parsed.update((shown, known[shown]) for _, shown, _ in files if shown in known)
        self._dirty.update(self._shard(shown) for shown in parsed)
        out = []
        new = self._new
        for _path, shown, stamp in files:
            value = parsed[shown] if shown in parsed else old[shown][1]
            new[shown] = (stamp, value)
            out.append(value)
        return out

    def save(self) -> None:
        """Rewrite the shards that changed (a parse, or an entry gone)."""
        self._dirty.update(self._shard(shown) for shown in set(self._old) - set(self._new))
        if not self._dirty:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        shards: dict[int, dict] = {shard: {} for shard in self._dirty}
        for shown, item in self._new.items():
            shard = self._shard(shown)
            if shard in shards:
                shards[shard][shown] = item
        for shard, items in sorted(shards.items()):
            _write_items(self._file(shard), self.version, items)


F = TypeVar("F")


class Memo:
    """Fragments (text or bytes) by key, kept across builds in ``.cache/<name>.pickle`` (for one version of the
    code). A build asks for every fragment it needs; ``save`` keeps exactly those, so the file never
    grows past one site's worth. Keys are digests of everything the fragment is made from."""

    def __init__(self, root: Path, name: str, version: str):
        self.path = root / CACHE_DIR / f"{name}.pickle"
        self.version = version
        self._old: dict[str, Any] | None = None  # read when first asked for (a build that makes no export never is)
        self._new: dict[str, Any] = {}  # text or bytes
        self.misses = 0

    def _load(self) -> dict[str, Any]:
        self._old = _read_items(self.path, self.version)
        return self._old

    def get(self, key: str, make: Callable[[], F]) -> F:
        """The fragment for ``key``: remembered, or ``make()`` (then remembered)."""
        value = self._new.get(key)
        if value is None:
            value = (self._old if self._old is not None else self._load()).get(key)
            if value is None:
                value = make()
                self.misses += 1
            self._new[key] = value
        return value

    def save(self) -> None:
        """Keep the fragments this build used; written only when that set changed (a build that
        asked for none, because it made no export, leaves the file as it is)."""
        if not self._new or (not self.misses and len(self._new) == len(self._old or {})):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        _write_items(self.path, self.version, self._new)


def _read_items(path: Path, version: str) -> dict:
    """The items of a cache file written by ``_write_items`` for this version of the code; else none
    (no file, another version, a damaged file)."""
    try:
        with open(path, "rb") as f:
            data = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, KeyError, TypeError, ValueError):
        return {}
    items = data.get("items") if isinstance(data, dict) and data.get("version") == version else None
    return items if isinstance(items, dict) else {}


def _write_items(path: Path, version: str, items: dict) -> None:
    """Write a cache file whole or not at all (a temporary file, then renamed over it)."""
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        pickle.dump({"version": version, "items": items}, f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, path)


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The generator's own source and translations (render/locale/*/LC_MESSAGES/*.po), Python's version
    and the versions of the libraries that shape the output: any change invalidates every cached parse
    and page key."""
    h = hashlib.sha256(repr(sys.version_info[:2]).encode())
    for p in sorted([*PACKAGE.rglob("*.py"), *PACKAGE.rglob("*.po")]):
        h.update(p.relative_to(PACKAGE).as_posix().encode())
        h.update(p.read_bytes())
    for dist in ("jinja2", "markdown", "nh3", "feedgen", "babel", "pyyaml", "markupsafe", "lxml", "icalendar"):
        try:
            h.update(f"{dist}={importlib.metadata.version(dist)}".encode())
        except importlib.metadata.PackageNotFoundError:
            h.update(f"{dist}=none".encode())
    return h.hexdigest()


class _parse_pair:
    """``parse`` over a (path, shown) pair; picklable for worker processes when parse is module-level."""

    def __init__(self, parse):
        self.parse = parse

    def __call__(self, pair):
        return self.parse(*pair)
