"""``make serve``: build, then serve site/ on 127.0.0.1 with live reload.

Editing a seed, an entry, the registry, a template or the CSS rebuilds and reloads the browser.
A failed rebuild prints its problems and the last good site stays served (site/ is only ever
replaced whole, by a build that succeeded).
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from generator.build import build
from generator.core.errors import BuildError
from generator.project import Project


def rebuild(root: Path) -> bool:
    """One build, its report printed. Never raises: the server must outlive a bad edit."""
    try:
        report = build(root)
    except BuildError as err:
        for p in err.problems:
            print(p, file=sys.stderr)
        print("build failed; still serving the last good site", file=sys.stderr, flush=True)
        return False
    except Exception:  # a bug: show it, keep serving
        traceback.print_exc()
        print("build crashed; still serving the last good site", file=sys.stderr, flush=True)
        return False
    for p in report.problems:
        print(p, file=sys.stderr)
    print(f"built {report.pages} pages ({report.written} files written) in {report.seconds:.2f}s", flush=True)
    return True


def serve(root: Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    from livereload import Server

    project = Project(Path(root).resolve())
    rebuild(project.root)
    if not project.site.is_dir():
        raise SystemExit("no site to serve: fix the problems above and run again")
    server = Server()
    for folder in (project.seeds, project.content, project.themes):
        if folder.exists():
            server.watch(str(folder), lambda: rebuild(project.root), delay=0.5)
    print(f"serving {project.shown(project.site)} at http://{host}:{port}/ (Ctrl-C to stop)", flush=True)
    server.serve(host=host, port=port, root=str(project.site), open_url_delay=None, restart_delay=0)
