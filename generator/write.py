"""The one writer of site/: everything goes to a fresh folder beside it, which then replaces site/
in one step, so a failed or killed build leaves the previous site complete.

Files whose bytes did not change are hard-linked from the previous site instead of written again
(cheap, and the new folder is still complete on its own). No path may leave the output folder.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import tempfile
from pathlib import Path

from .render import Output
from .urls import safe_output_path

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


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def write_site(outputs: tuple[Output, ...], site_dir: Path, keep: tuple[str, ...] = ()) -> tuple[int, int]:
    """Write ``outputs``, plus the files ``keep`` of the current site (unchanged, carried over), as the
    new content of ``site_dir``. Returns (files written, files reused)."""
    site_dir = Path(site_dir)
    parent = site_dir.parent
    parent.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    for path in [o.path for o in outputs] + list(keep):  # check every path before touching the disk
        safe_output_path(site_dir, path)
        if path in seen:
            raise ValueError(f"two outputs for {path}")
        seen.add(path)
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}.new-", dir=parent))
    new_root, old_root = str(staging), str(site_dir)
    made: set[str] = set()

    def place(rel: str) -> tuple[str, str]:  # (new file, old file); folders made once each
        folder = os.path.dirname(rel)
        if folder not in made:
            os.makedirs(os.path.join(new_root, folder), exist_ok=True)
            made.add(folder)
        return os.path.join(new_root, rel), os.path.join(old_root, rel)

    written = reused = 0
    try:
        for out in outputs:
            target, old = place(out.path)
            if _same_bytes(Path(old), out.data):
                try:
                    os.link(old, target)
                    reused += 1
                    continue
                except OSError:
                    pass
            with open(target, "wb") as f:
                f.write(out.data)
            written += 1
        for path in keep:
            target, old = place(path)
            try:
                os.link(old, target)
            except OSError:
                shutil.copyfile(old, target)
            reused += 1
        os.chmod(staging, 0o755)
        _replace_dir(staging, site_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return written, reused


def _replace_dir(new: Path, site_dir: Path) -> None:
    if site_dir.is_dir() and not site_dir.is_symlink():
        if _exchange(new, site_dir):
            shutil.rmtree(new, ignore_errors=True)  # `new` now holds the old site
            return
        old = new.with_name(new.name.replace(".new-", ".old-"))
        os.rename(site_dir, old)
        os.rename(new, site_dir)
        shutil.rmtree(old, ignore_errors=True)
        return
    if site_dir.exists() or site_dir.is_symlink():
        raise FileExistsError(f"{site_dir} exists but is not a plain folder (a file or a link); move it away")
    os.rename(new, site_dir)


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
