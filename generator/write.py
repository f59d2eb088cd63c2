"""The one writer of site/. A build renders into a fresh folder beside site/; nothing in site/
changes until every file is rendered, so a failed build leaves the previous site complete.

- A build that makes the whole site (``staged_site``): the new folder replaces site/ in one step.
  Files whose bytes did not change are hard-linked from the previous site instead of written again.
- A build that changes a few files of the site the last build wrote (``patched_site``): only those
  are rendered into the new folder; every other file of site/ (but those that are no longer outputs)
  is hard-linked into it beside them, and it replaces site/ in one step, as a whole build's does. A
  build killed at any moment leaves the old site or the new one, never a mix (tests/test_kill.py).
- The spare (``Spare``): the site a swap replaced, kept in the build's cache folder instead of
  deleted (it shares every file the build did not change with site/). The next patch renames it into
  its staging folder and makes it hold what site/ holds but the files it changes, comparing the inodes
  of the two folders' listings: only the files that differ are linked again, so a patch touches the
  disk in proportion to the change, not to the site (13,600 links made and deleted at 10,000 entries
  otherwise). A full build makes one by linking the new site.

No path may leave the output folder.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.core.errors import BuildError, Problem
from generator.render.urls import check_output_path

_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two directories atomically (Linux renameat2). False where the call is not available."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd = -100
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), _RENAME_EXCHANGE) == 0


def _same_bytes(path: str, data: bytes) -> bool:
    try:
        if os.stat(path).st_size != len(data):
            return False
        with open(path, "rb") as f:
            return f.read() == data
    except OSError:
        return False


@dataclass(frozen=True)
class Spare:
    """A site kept for the next patch (``folder``): the site a build replaced, which shares with site/
    every file that build did not change. Made by a swap's ``keep`` (or ``keep_spare``), named anew
    each time; only a hint: a patch makes it hold exactly what site/ holds, whatever it holds."""

    folder: Path


SPARE_PREFIX = "site-spare-"


def spare_folder(folder: Path) -> Path:
    """A new name for a spare in ``folder`` (the build's cache folder, on the disk of site/: a spare
    is renamed into place; elsewhere, no spare is kept and every patch links the whole site)."""
    return Path(folder) / f"{SPARE_PREFIX}{os.urandom(6).hex()}"


def drop_spares(folder: Path, but: Path | None = None) -> None:
    """Delete the spares in ``folder`` but ``but`` (the others: builds that did not get to record theirs)."""
    for p in sorted(Path(folder).glob(SPARE_PREFIX + "*")):
        if p != but:
            shutil.rmtree(p, ignore_errors=True)


@contextmanager
def staged_site(site_dir: Path, paths, keep: Path | None = None) -> Iterator[Path]:
    """The staging folder of the next site (its ``paths`` checked first): filled by the caller, it
    replaces ``site_dir`` in one step when the block ends, and is removed if the block fails.
    ``keep``: the next patch's spare goes there: the site it replaces (whose unchanged files the new
    one links), or, when there was none, the new site linked."""
    staging = open_staging(site_dir, paths)
    had_site = Path(site_dir).is_dir()
    try:
        yield staging
        swap_in(staging, site_dir, keep=keep)
    except BaseException:
        discard(staging)
        raise
    if keep is not None and not had_site:
        keep_spare(Path(site_dir), keep)


def keep_spare(site_dir: Path, keep: Path) -> None:
    """A spare of the whole of ``site_dir`` in ``keep`` (hard links); none where it cannot be made."""
    try:
        link_tree(site_dir, keep, skip=set())
    except OSError:
        shutil.rmtree(keep, ignore_errors=True)


@contextmanager
def patched_site(
    site_dir: Path, paths, changed, gone, spare: Spare | None = None, keep: Path | None = None
) -> Iterator[Path]:
    """The staging folder of the files ``changed`` (of the outputs ``paths``; the changed ones checked
    first, the others were when they were written, and none twice): filled by the caller, the rest of
    ``site_dir`` but the files ``gone`` (outputs of the previous build that this one does not make) is
    hard-linked into it, and it replaces ``site_dir`` in one step when the block ends. If the block
    fails (or the build is killed), ``site_dir`` is left as it was. For a ``site_dir`` that holds
    exactly what the previous build wrote (the build checks its stat fingerprint first).

    ``spare``: the spare the previous build kept, made into the staging folder instead of an empty
    one; ``keep``: where the site this replaces is kept, the next build's spare."""
    site_dir = Path(site_dir)
    check_paths(site_dir, changed, paths)
    staging = _take_spare(site_dir, spare) if spare is not None else None
    fresh = staging is None
    staging = _fresh_staging(site_dir) if staging is None else staging
    touched: set[str] = set()
    try:
        if not fresh:
            touched = _mirror(site_dir, staging, skip=set(changed).union(gone))
        yield staging
        if fresh:
            link_tree(site_dir, staging, skip=set(changed).union(gone))
        else:
            _prune_empty_folders(staging, touched)
        swap_in(staging, site_dir, keep=keep)
    except BaseException:
        discard(staging)
        raise


def _mirror(source: Path, target: Path, skip: set[str]) -> set[str]:
    """Make ``target`` hold the very files ``source`` holds (hard links: the same inodes) but the
    relative paths in ``skip``, which it removes. A spare holds most of them already: only those whose
    inode differs (read from the folder listings, no stat) are linked again, and what ``source`` does
    not hold is removed. The folders it made or removed files from (``_prune_empty_folders`` them)."""
    touched: set[str] = set()
    stack = [("", str(source), str(target))]
    while stack:
        rel_dir, src_dir, dst_dir = stack.pop()
        with os.scandir(src_dir) as it:
            src = {item.name: item for item in it}
        try:
            with os.scandir(dst_dir) as it:
                dst = {item.name: item for item in it}
        except FileNotFoundError:
            os.makedirs(dst_dir)
            dst = {}
            touched.add(rel_dir)
        for name, item in dst.items():
            theirs = src.get(name)
            if theirs is None or theirs.is_dir(follow_symlinks=False) != item.is_dir(follow_symlinks=False):
                _remove(item)
                touched.add(rel_dir)
        for name, item in src.items():
            rel, have = rel_dir + name, dst.get(name)
            if item.is_dir(follow_symlinks=False):
                stack.append((rel + "/", item.path, os.path.join(dst_dir, name)))
            elif rel in skip or have is None or have.is_dir(follow_symlinks=False) or have.inode() != item.inode():
                if have is not None and not have.is_dir(follow_symlinks=False):
                    os.unlink(have.path)
                touched.add(rel_dir)
                if rel not in skip:
                    os.link(item.path, os.path.join(dst_dir, name), follow_symlinks=False)
    return touched


def _remove(item: os.DirEntry) -> None:
    if item.is_dir(follow_symlinks=False):
        shutil.rmtree(item.path)
    else:
        os.unlink(item.path)


def _prune_empty_folders(root: Path, folders: Iterable[str]) -> None:
    """Remove the ``folders`` (relative, each ending in "/"; below ``root``) left empty, and their
    parents left empty, innermost first, as a fresh staging folder would never have made them."""
    for folder in sorted({f.rstrip("/") for f in folders if f}, key=lambda f: -f.count("/")):
        parts = folder.split("/")
        while parts:
            try:
                os.rmdir(os.path.join(root, *parts))
            except OSError:  # not empty (or already gone)
                break
            parts.pop()


def link_tree(source: Path, target: Path, skip: set[str]) -> int:
    """Hard-link every file of ``source`` into ``target`` (folders made as needed) but the relative
    paths in ``skip`` and those ``target`` has already; a link is copied as a link. The number linked."""
    linked = 0
    stack = [("", str(source), str(target))]
    while stack:
        rel_dir, src_dir, dst_dir = stack.pop()
        made = os.path.isdir(dst_dir)
        with os.scandir(src_dir) as it:
            items = list(it)
        for item in items:
            rel = rel_dir + item.name
            if item.is_dir(follow_symlinks=False):
                stack.append((rel + "/", item.path, os.path.join(dst_dir, item.name)))
                continue
            if rel in skip:
                continue
            if not made:
                os.makedirs(dst_dir, exist_ok=True)
                made = True
            dst = os.path.join(dst_dir, item.name)
            try:
                os.link(item.path, dst, follow_symlinks=False)
            except FileExistsError:
                continue
            linked += 1
    return linked


def open_staging(site_dir: Path, paths, all_paths=None) -> Path:
    """A fresh empty folder beside ``site_dir`` for the new site, after checking every path it will
    hold (none outside it, none twice) before anything touches the disk. ``all_paths``: when the
    folder holds only some of the outputs (``paths``), all of them, for the check for twins."""
    site_dir = Path(site_dir)
    check_paths(site_dir, paths, all_paths)
    return _fresh_staging(site_dir)


def _fresh_staging(site_dir: Path) -> Path:
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.new-", dir=site_dir.parent))


def _take_spare(site_dir: Path, spare: Spare) -> Path | None:
    """The spare renamed to be the staging folder (a build killed from then on leaves a staging
    folder, which ``clean_stale`` removes); None if it cannot be (someone deleted it)."""
    staging = site_dir.parent / f".{site_dir.name}.new-{os.urandom(6).hex()}"
    try:
        os.rename(spare.folder, staging)
    except OSError:
        return None
    return staging


def check_paths(site_dir: Path, paths, all_paths=None) -> None:
    """``site_dir`` is a folder (or none yet), no path leaves it and none comes twice (of ``all_paths``
    too, when given); raises BuildError or ValueError."""
    if site_dir.is_symlink() or (site_dir.exists() and not site_dir.is_dir()):
        what = f"a link to {os.readlink(site_dir)}" if site_dir.is_symlink() else "a file"
        raise BuildError(
            [
                Problem(
                    site_dir.name,
                    None,
                    f"is {what}, not a folder: a build replaces the whole folder and never writes through a link",
                    f"move it away or delete the link; to publish elsewhere, copy {site_dir.name}/ there after a build",
                )
            ]
        )
    seen: set[str] = set()
    for path in paths:
        check_output_path(path)
        if path in seen:
            raise ValueError(f"two outputs for {path}")
        seen.add(path)
    if all_paths is not None and len(set(all_paths)) != len(all_paths):
        twin = next(p for p, n in Counter(all_paths).items() if n > 1)
        raise ValueError(f"two outputs for {twin}")


class Placer:
    """Puts outputs into the staging folder; a file whose bytes equal the current site's is hard-linked
    from it. One per process (rendering workers write their own outputs)."""

    def __init__(self, staging: Path, site_dir: Path):
        self.new_root, self.old_root = str(staging), str(site_dir)
        self.made: set[str] = set()
        self.has_old = os.path.isdir(self.old_root)  # a first build has nothing to compare with

    def place(self, rel: str) -> tuple[str, str]:
        """(new file, old file) of an output path; its folder made once."""
        folder = os.path.dirname(rel)
        if folder not in self.made:
            os.makedirs(os.path.join(self.new_root, folder), exist_ok=True)
            self.made.add(folder)
        return os.path.join(self.new_root, rel), os.path.join(self.old_root, rel)

    def put(self, outputs) -> tuple[int, int]:
        """Write ``outputs``; (files written, files linked unchanged)."""
        written = reused = 0
        for out in outputs:
            target, old = self.place(out.path)
            if self.has_old and _same_bytes(old, out.data):
                try:
                    os.link(old, target)
                    reused += 1
                    continue
                except OSError:
                    pass
            with open(target, "wb") as f:
                f.write(out.data)
            written += 1
        return written, reused


def swap_in(staging: Path, site_dir: Path, keep: Path | None = None) -> None:
    """Make the complete staging folder the site, in one step; ``keep``: the site it replaces is
    moved there (the next patch's spare) instead of deleted."""
    os.chmod(staging, 0o755)
    _replace_dir(Path(staging), Path(site_dir), keep)


def discard(staging: Path) -> None:
    shutil.rmtree(staging, ignore_errors=True)


def _replace_dir(new: Path, site_dir: Path, keep: Path | None = None) -> None:
    if site_dir.is_dir() and not site_dir.is_symlink():
        if _exchange(new, site_dir):
            _drop_or_keep(new, keep)  # `new` now holds the old site
            return
        old = new.with_name(new.name.replace(".new-", ".old-"))
        os.rename(site_dir, old)
        os.rename(new, site_dir)
        _drop_or_keep(old, keep)
        return
    if site_dir.exists() or site_dir.is_symlink():
        raise FileExistsError(f"{site_dir} exists but is not a plain folder (a file or a link); move it away")
    os.rename(new, site_dir)


def _drop_or_keep(old_site: Path, keep: Path | None) -> None:
    if keep is not None:
        try:
            os.makedirs(keep.parent, exist_ok=True)
            os.rename(old_site, keep)
            return
        except OSError:  # another disk: no spare
            pass
    shutil.rmtree(old_site, ignore_errors=True)


def clean_stale(site_dir: Path) -> None:
    """Remove staging folders a killed build left beside site/. Where a build was killed between the
    two renames of the fallback swap, site/ is missing and the old site is put back first."""
    site_dir = Path(site_dir)
    parent = site_dir.parent
    if not parent.is_dir():
        return
    old = sorted(parent.glob(f".{site_dir.name}.old-*"))
    if old and not site_dir.exists():
        os.rename(old.pop(), site_dir)
    for p in old + sorted(parent.glob(f".{site_dir.name}.new-*")):
        shutil.rmtree(p, ignore_errors=True)
