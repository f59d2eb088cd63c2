"""A timeline project on disk: its folders, and the lock that lets one build run at a time."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from generator.seeds.reader import display_path


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
            return text[len(prefix) :].replace(os.sep, "/")
        return display_path(path, self.root)


def not_a_project(root: Path, prog: str = "python -m generator") -> str | None:
    """Why ``root`` cannot be built, checked or served, in one line; None when it can.

    A project folder exists and holds ``seeds/`` or ``content/`` (``new`` makes both). A typo in
    ``--root`` would otherwise become a new folder with an empty site in it, and ``serve`` would
    watch a folder that is not a project."""
    root = Path(root)
    if not root.exists():
        return f"no such folder: {root} (to start a project there: {prog} new {root})"
    if not root.is_dir():
        return f"{root} is a file, not a project folder (--root takes the folder that holds seeds/ and content/)"
    if not (root / "seeds").is_dir() and not (root / "content").is_dir():
        return (
            f"{root} is not a timeline project: it has no seeds/ or content/ folder "
            f"(to start one: {prog} new DIR; or pass the project with --root DIR)"
        )
    return None


PLACEHOLDER_HOSTS = ("example.org", "example.com", "example.net")  # reserved for examples (RFC 2606)


def base_url_notice(root: Path) -> str | None:
    """One line when the site's ``base_url`` is a placeholder (not set, or a host reserved for
    examples): every feed, the sitemap and the canonical links are absolute from it. A notice, not a
    problem: it fails no build and changes no exit code (a site is previewed long before it is
    published). None when it is set, or when site.yaml cannot be read (a build reports that)."""
    import urllib.parse

    from generator.content.siteconfig import CONFIG_FILE, load_config
    from generator.core.model import SiteConfig

    project = Project(Path(root))
    shown = f"content/{CONFIG_FILE}"
    config, problems = load_config(project.content, shown)
    if any("base_url" in p.message for p in problems):
        return None  # a bad base_url: the build reports it
    url = config.base_url
    host = (urllib.parse.urlsplit(url).hostname or "").lower()
    if not (host in PLACEHOLDER_HOSTS or host.endswith(tuple("." + h for h in PLACEHOLDER_HOSTS))):
        return None
    what = (
        "the placeholder " + url if url == SiteConfig().base_url else f"{url}, a placeholder ({host} is for examples)"
    )
    return (
        f"notice: base_url in {shown} is {what}: every feed, the sitemap and canonical links point there "
        "until it is set to the address the site will be published at"
    )


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
