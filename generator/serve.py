"""``make serve``: build, then serve site/ on 127.0.0.1 with live reload.

Editing a seed, an entry, the registry, a template or the CSS rebuilds and reloads the browser.
A failed rebuild prints its problems and the last good site stays served (site/ is only ever
replaced whole, by a build that succeeded).

livereload gives the websocket protocol, its browser script and the server loop; what it decides
on its own does not fit a site that is built, so this module decides instead:

- **What is watched**: the project's seeds/, content/ and themes/ only, by a stat snapshot (never the
  working directory, which livereload watches when it is given nothing). Editors' scratch files
  (``.x.swp``, ``x~``) are left out.
- **When to build**: once a change has held still for one poll (an editor's save is often two
  writes), one build for what changed. The files the build itself writes into content/ (the
  entries it annotated, the registry it appended to) are taken as seen, so they start no second
  build; an edit made while a build runs is seen by the next poll.
- **When to reload**: after every build that changed site/, at once. livereload drops a change that
  comes within about 2.5 s of its last reload (``LiveReloadHandler.poll_tasks``), which lost a CSS
  edit made just after a template edit; it is not used. A browser whose page was served before the
  last build and that connects after it (it was loading while the build ran) is told to reload too.
- **Not found**: the site's own ``404.html``, not tornado's page. Nothing is cached by the browser.
"""

from __future__ import annotations

import sys
import time
import traceback
import urllib.parse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from generator.build import BuildReport, build
from generator.content.listing import walk_files
from generator.content.registry import REGISTRY_FILE
from generator.core.errors import BuildError
from generator.project import Project, base_url_notice, not_a_project

if TYPE_CHECKING:  # livereload is imported when a server starts, not with the command line
    from livereload import Server
    from livereload.handlers import LiveReloadHandler, StaticFileHandler
    from livereload.watcher import Watcher

POLL_SECONDS = 0.2  # between two looks at the project, at least
POLL_CPU_SHARE = 0.05  # a look that takes longer is made less often: at most this share of one core
SCRATCH_SUFFIXES = ("~", ".swp", ".swx", ".swo", ".tmp", ".part", ".crdownload")


def rebuild(root: Path) -> BuildReport | None:
    """One build, its report printed; None when it failed. Never raises: the server must outlive a
    bad edit."""
    try:
        report = build(root)
    except BuildError as err:
        for p in err.problems:
            print(p, file=sys.stderr)
        print("build failed; still serving the last good site", file=sys.stderr, flush=True)
        return None
    except Exception:  # a bug: show it, keep serving
        traceback.print_exc()
        print("build crashed; still serving the last good site", file=sys.stderr, flush=True)
        return None
    for p in report.problems:
        print(p, file=sys.stderr)
    for path in report.ingest.annotated:
        print(f"annotated {path}")
    print(report.summary(), flush=True)
    return report


# --------------------------------------------------------------------------- watching the project
Snapshot = dict[str, tuple[int, int]]  # "seeds/a.txt" -> (mtime_ns, size)


def _scratch(name: str) -> bool:
    """An editor's or a download's scratch file, never an input of a build."""
    return name.startswith((".", "#")) or name.endswith(SCRATCH_SUFFIXES) or name == "4913"


def snapshot(project: Project) -> Snapshot:
    """The stat of every file of the project's inputs: seeds/, content/ (and the folder its entries/
    links to, when it is a link) and themes/."""
    folders = [("seeds", project.seeds), ("content", project.content), ("themes", project.themes)]
    if (project.content / "entries").is_symlink():
        folders.append(("content/entries", project.content / "entries"))
    out: Snapshot = {}
    for label, folder in folders:
        for rel, mtime, size, _regular in walk_files(folder):
            if not _scratch(rel.rpartition("/")[2]):
                out[f"{label}/{rel}"] = (mtime, size)
    return out


def changed_files(before: Snapshot, after: Snapshot) -> list[str]:
    return sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))


def own_writes(report: BuildReport | None) -> set[str]:
    """The files a build wrote into content/ (snapshot keys): the entries it annotated, and the
    registry it may have appended new actors to, and the entries whose happening ids it rewrote."""
    if report is None or not (report.ingest.annotated or report.ingest.regrouped):
        return set()
    written = report.ingest.annotated + report.ingest.regrouped
    return {f"content/{path}" for path in written} | {f"content/{REGISTRY_FILE}"}


class Rebuilder:
    """Looks at the project, builds when something changed, and says when site/ changed (``on_site``).

    ``poll`` is called by the server's loop; builds run in it, one at a time."""

    def __init__(
        self,
        project: Project,
        build_once: Callable[[Path], BuildReport | None],
        on_site: Callable[[], None],
    ):
        self.project = project
        self.build_once = build_once
        self.on_site = on_site
        self.seen = snapshot(project)  # the inputs as the last build read them (and wrote them)
        self.pending: Snapshot | None = None  # a change seen once, waiting to hold still
        self.builds = 0
        self.look_seconds = 0.0

    def start_with(self, report: BuildReport | None) -> None:
        """The first build has run: what it wrote into content/ is no change."""
        self.seen = snapshot(self.project)

    def poll(self) -> bool:
        """One look; a build when a change held still since the last look. True when it built."""
        started = time.perf_counter()
        now = snapshot(self.project)
        self.look_seconds = time.perf_counter() - started
        if now == self.seen:
            self.pending = None
            return False
        if now != self.pending:  # new, or still changing: build once it holds still
            self.pending = now
            return False
        self.pending = None
        changed = changed_files(self.seen, now)
        print(f"changed: {changed[0]}" + (f" and {len(changed) - 1} more" if len(changed) > 1 else ""), flush=True)
        report = self.build_once(self.project.root)
        self.builds += 1
        after = snapshot(self.project)
        self.seen = dict(now)
        for path in own_writes(report):  # the build's own writes are no edit; anything else is
            if path in after:
                self.seen[path] = after[path]
        if report is not None and report.written:
            self.on_site()
        return True

    def next_poll_seconds(self) -> float:
        return max(POLL_SECONDS, self.look_seconds / POLL_CPU_SHARE)


# --------------------------------------------------------------------------- the server
def serve(root: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    refused = not_a_project(Path(root))
    if refused:
        raise SystemExit(refused)
    project = Project(Path(root).resolve())
    first = rebuild(project.root)
    notice = base_url_notice(project.root)
    if notice:
        print(notice, file=sys.stderr, flush=True)
    if not project.site.is_dir():
        raise SystemExit("no site to serve: fix the problems above and run again")
    server = _server(project, first)
    print(f"serving {project.shown(project.site)} at http://{host}:{port}/ (Ctrl-C to stop)", flush=True)
    server.serve(host=host, port=port, root=str(project.site), open_url_delay=None, restart_delay=0)


def _server(project: Project, first: BuildReport | None) -> Server:
    """livereload's Server with this module's watcher, reloads, static files and 404 page."""
    from livereload.handlers import LiveReloadHandler

    served: dict[str, float] = {}  # URL path of a page -> when it was last served
    changed_at = [0.0]  # when a build last changed site/

    def reload_browsers() -> None:
        changed_at[0] = time.monotonic()
        LiveReloadHandler.reload_waiters("*")  # the whole page: a template, an entry or the CSS

    rebuilder = Rebuilder(project, rebuild, reload_browsers)
    rebuilder.start_with(first)
    watcher = _project_watcher(project, rebuilder)
    server = _project_server(_browser_handler(served, changed_at), _site_files_handler(project, served))
    return server(watcher=watcher())


def _project_watcher(project: Project, rebuilder: Rebuilder) -> type[Watcher]:
    """The watcher class: it polls the project through ``rebuilder``, livereload polls nothing."""
    from livereload.watcher import Watcher
    from tornado.ioloop import IOLoop

    class ProjectWatcher(Watcher):
        """Hands livereload a watcher that polls the project itself (``start`` returning True: no
        polling by livereload, whose ``poll_tasks`` would drop a change made soon after a reload)."""

        def __init__(self) -> None:
            super().__init__()
            self.watch(str(project.root))  # on record only: livereload watches the working directory when none is

        def examine(self):
            return None, None

        def start(self, callback) -> bool:
            loop = IOLoop.current()

            def look() -> None:
                try:
                    rebuilder.poll()
                finally:
                    loop.call_later(rebuilder.next_poll_seconds(), look)

            loop.call_later(POLL_SECONDS, look)
            return True

    return ProjectWatcher


def _browser_handler(served: dict[str, float], changed_at: list[float]) -> type[LiveReloadHandler]:
    """The browser connection class: a page served before the last change to site/ reloads when it connects."""
    from livereload.handlers import LiveReloadHandler
    from tornado import escape

    class Browser(LiveReloadHandler):
        """A browser's connection; one whose page is older than the last build reloads when it connects
        (it was loading while the build ran, and missed the reload)."""

        def on_message(self, message):
            super().on_message(message)
            data = escape.json_decode(message)
            if isinstance(data, dict) and data.get("command") == "info" and "url" in data:
                page = _page_path(str(data["url"]))
                if served.get(page, 0.0) < changed_at[0]:
                    self.send_message({"command": "reload", "path": "*", "liveCSS": True, "liveImg": True})

    return Browser


def _site_files_handler(project: Project, served: dict[str, float]) -> type[StaticFileHandler]:
    """The static file class: site/'s files uncached, pages noted in ``served``, the site's own 404 page."""
    from livereload.handlers import StaticFileHandler

    class SiteFiles(StaticFileHandler):
        """site/'s files, never cached by the browser; a missing one gets the site's own 404.html."""

        def set_extra_headers(self, path):
            self.set_header("Cache-Control", "no-store")

        def on_finish(self):
            if self.get_status() == 200 and (self.request.path.endswith((".html", "/"))):
                served[_page_path(self.request.path)] = time.monotonic()

        def write_error(self, status_code, **kwargs):
            page = project.site / "404.html"
            if status_code == 404 and page.is_file():
                self.set_header("Content-Type", "text/html; charset=utf-8")
                self.set_header("Cache-Control", "no-store")
                self.finish(page.read_bytes())
            else:
                super().write_error(status_code, **kwargs)

    return SiteFiles


def _project_server(browser: type[LiveReloadHandler], site_files: type[StaticFileHandler]) -> type[Server]:
    """The Server class whose application serves ``browser`` connections, livereload.js and ``site_files``,
    with the reload script injected into every page."""
    from livereload import Server
    from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler
    from livereload.server import LiveScriptInjector
    from tornado import escape, web

    class ProjectServer(Server):
        def application(self, port, host, liveport=None, debug=None, live_css=True):
            LiveReloadHandler.watcher = self.watcher
            LiveReloadHandler.live_css = live_css
            script = escape.utf8(
                '<script>(function(){var s=document.createElement("script");'
                "var port=window.location.port||(window.location.protocol=='https:'?443:80);"
                's.src="//"+window.location.hostname+":"+port+"/livereload.js?port="+port;'
                "document.head.appendChild(s);})();</script>"
            )

            class Inject(LiveScriptInjector):
                pass

            Inject.script = script
            handlers: list = [
                (r"/livereload", browser),
                (r"/livereload.js", LiveReloadJSHandler),
                (r"/(.*)", site_files, {"path": self.root, "default_filename": "index.html"}),
            ]
            web.Application(handlers=handlers, debug=False, transforms=[Inject]).listen(port, address=host)

    return ProjectServer


def _page_path(url: str) -> str:
    """/index.html for '/', 'http://host:port/' and 'http://host:port/index.html#x'."""
    path = urllib.parse.urlsplit(url).path or "/"
    return path + "index.html" if path.endswith("/") else path


__all__ = ["serve", "rebuild", "snapshot", "Rebuilder", "own_writes"]
