"""Listing the files of a project folder (seeds, content, themes): sorted, hidden and tool folders
skipped, links not followed. The entry files of ``content/entries/`` with their stamps."""

from __future__ import annotations

import os
import stat
from pathlib import Path

SKIP_DIRS = {"__pycache__", "node_modules"}


def scan_files(folder: Path) -> list[tuple[str, os.DirEntry]]:
    """(path relative to folder, its DirEntry) of every file below folder, sorted by that path;
    hidden folders and tool folders (``__pycache__``, ``node_modules``) skipped, links not followed."""
    out: list[tuple[str, os.DirEntry]] = []

    def scan(path: str, prefix: str) -> None:
        try:
            items = list(os.scandir(path))
        except OSError:
            return
        for item in items:
            try:
                if item.is_dir(follow_symlinks=False):
                    if not item.name.startswith(".") and item.name not in SKIP_DIRS:
                        scan(item.path, prefix + item.name + "/")
                else:
                    out.append((prefix + item.name, item))
            except OSError:
                continue

    if folder.is_dir():
        scan(str(folder), "")
    out.sort(key=lambda pair: pair[0])
    return out


def walk_files(folder: Path) -> list[tuple[str, int, int, bool]]:
    """(relative path, mtime_ns, size, is a regular file) of every file below folder (as
    ``scan_files`` finds them; links followed for the stat)."""
    out = []
    for rel, item in scan_files(folder):
        try:
            st = item.stat()
        except OSError:
            continue
        out.append((rel, st.st_mtime_ns, st.st_size, stat.S_ISREG(st.st_mode)))
    return out


def entry_listing(walk: list[tuple[str, int, int, bool]], prefix: str = "") -> tuple[tuple[str, tuple[int, int]], ...]:
    """(path below content/entries/, (mtime_ns, size)) of each entry file (``*.md``, hidden ones
    skipped), from a walk of content/ (``prefix="entries/"``) or of content/entries/."""
    return tuple(
        (rel[len(prefix) :], (mtime, size))
        for rel, mtime, size, regular in walk
        if regular and rel.startswith(prefix) and rel.endswith(".md") and not rel.rpartition("/")[2].startswith(".")
    )


def list_entries(folder: Path) -> tuple[tuple[str, tuple[int, int]], ...]:
    """``entry_listing`` of the entries folder, walked now."""
    return entry_listing(walk_files(folder))
