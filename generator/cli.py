"""``python -m generator build|serve|ingest|add|check|actors|new|score|context-docs`` (also the ``timeline`` command).

Thin: each subcommand parses its arguments and calls one library function. Exit codes: 0 ok,
1 problems in the input, 2 usage. A bug still shows its traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from generator import __version__
from generator.core.errors import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, BuildError, Problem, did_you_mean
from generator.project import not_a_project


def _print_problems(problems) -> None:
    for p in problems:
        print(p, file=sys.stderr)


def _print_count(lines: list[str]) -> None:
    """'3 error(s), 1 warning(s)' after the problems (``lines``: as printed), when there are any."""
    if lines:
        warnings = sum(1 for line in lines if ": warning: " in line)
        print(f"{len(lines) - warnings} error(s), {warnings} warning(s)", file=sys.stderr)


def _print_notices(root: Path) -> None:
    """What the user should know that is no problem (it fails nothing, not even --strict, and changes
    no exit code): a placeholder base_url."""
    from generator.project import base_url_notice

    notice = base_url_notice(root)
    if notice:
        print(notice, file=sys.stderr)


ANNOTATED_SHOWN = 10  # entries named one per line after a build; the rest are counted
PROBLEMS_SHOWN = 20  # problems printed after a build without --verbose; the rest are counted


def annotated_lines(paths: tuple[str, ...], shown: int = ANNOTATED_SHOWN) -> list[str]:
    """What a build says it annotated: the entries one per line, the first ``shown`` of many and a count."""
    if len(paths) == 1:
        return [f"annotated 1 seed(s): {paths[0]}"]
    lines = [f"annotated {len(paths)} seed(s):"] + [f"  {path}" for path in paths[:shown]]
    if len(paths) > shown:
        lines.append(f"  ... and {len(paths) - shown} more (in content/entries/; --verbose lists them)")
    return lines


def _print_some_problems(problems, verbose: bool) -> None:
    """The problems, or the first ``PROBLEMS_SHOWN`` of many and a count (all of them with --verbose)."""
    shown = problems if verbose or len(problems) <= PROBLEMS_SHOWN else problems[:PROBLEMS_SHOWN]
    _print_problems(shown)
    if len(shown) < len(problems):
        print(f"... and {len(problems) - len(shown)} more problem(s) (--verbose lists them all)", file=sys.stderr)


def nothing_changed(observed, now: float | None = None) -> str:
    """What a build that had nothing to do says: that nothing changed, when the site was built, and
    what it holds (not the last build's counts of files written, which this one did not write)."""
    files = observed.site_files
    pages = sum(1 for rel, _, _ in files if rel.endswith(".html"))
    held = f"site/ is as it left it: {pages} pages, {len(files)} files"
    if observed.state_stamp is None:
        return f"nothing changed since the last build; {held}"
    built = observed.state_stamp[1] / 1e9
    return f"nothing changed since the last build ({when(built, now)}); {held}"


def when(then: float, now: float | None = None) -> str:
    """'at 14:03:12 today (3 min ago)', or the date too when it was not today."""
    import time

    now = time.time() if now is None else now
    ago = max(0.0, now - then)
    if ago < 90:
        since = f"{ago:.0f} s ago"
    elif ago < 90 * 60:
        since = f"{ago / 60:.0f} min ago"
    elif ago < 36 * 3600:
        since = f"{ago / 3600:.0f} h ago"
    else:
        since = f"{ago / 86400:.0f} days ago"
    same_day = time.localtime(then)[:3] == time.localtime(now)[:3]
    stamp = time.strftime("%H:%M:%S today" if same_day else "%Y-%m-%d %H:%M:%S", time.localtime(then))
    return f"at {stamp}, {since}"


# What a build imports, in pieces, so that the answer of the up-to-date check can be looked at in between.
_BUILD_IMPORTS = (
    "yaml",
    "jinja2",
    "babel.dates",
    "markdown",
    "lxml.etree",
    "feedgen.feed",
    "generator.render.views",
    "generator.render.produce",
    "generator.build",
)


def cmd_build(args: argparse.Namespace) -> int:
    import importlib

    from generator.incremental.state import Observing

    # The up-to-date check (stdlib only) runs in a child process while this one imports the build;
    # when nothing changed, it answers before the imports are done.
    observing = Observing(args.root)
    for module in _BUILD_IMPORTS:
        if observing.ready():
            break
        importlib.import_module(module)
    observed = observing.result()
    state = observed.state
    if observed.up_to_date and not (args.strict and state.report):
        for line in state.report:
            print(line, file=sys.stderr)
        _print_count(list(state.report))
        _print_notices(args.root)
        print(f"{nothing_changed(observed)} -> {args.root / 'site'}")
        return state.exit_code

    from generator.build import build
    from generator.cluster import SchedulerError
    from generator.core.progress import progress_for

    try:
        report = build(args.root, args.strict, observed, args.jobs, args.scheduler, progress=progress_for(sys.stderr))
    except SchedulerError as err:  # --scheduler: no dask.distributed, or nothing answering at the address
        print(f"{args.prog}: {err}", file=sys.stderr)
        return EXIT_USAGE
    _print_some_problems(report.problems, args.verbose)
    _print_count([str(p) for p in report.problems])
    _print_notices(args.root)
    if args.strict and report.problems:
        print(f"--strict: {len(report.problems)} problem(s); site/ left as it was", file=sys.stderr)
        return EXIT_PROBLEMS
    if report.ingest.annotated:
        print("\n".join(annotated_lines(report.ingest.annotated, len(report.ingest.annotated) if args.verbose else 3)))
    print(f"{report.summary()} -> {args.root / 'site'}")
    if args.timings:
        print("timings: " + ", ".join(f"{stage} {wall:.2f}s (cpu {cpu:.2f}s)" for stage, wall, cpu in report.timings))
    return EXIT_PROBLEMS if report.errors else EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from generator.serve import serve

    serve(args.root, host=args.host, port=args.port)
    return EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    from generator.ingest import run_ingest

    missing = [p for p in args.seeds if not p.is_file()]
    if missing:
        print(f"no such seed file: {missing[0]}", file=sys.stderr)
        return EXIT_USAGE
    from generator.cluster import SchedulerError
    from generator.core.progress import progress_for

    try:
        report = run_ingest(
            tuple(args.seeds), args.content, args.force, Path.cwd(), args.jobs, args.scheduler, progress_for(sys.stderr)
        )
    except SchedulerError as err:
        print(f"{args.prog}: {err}", file=sys.stderr)
        return EXIT_USAGE
    _print_problems(report.problems)
    for path in report.annotated:
        print(f"annotated -> {args.content / path}")
    if not report.annotated:
        print("nothing to annotate (every seed already has an entry; --force re-annotates)")
    return EXIT_PROBLEMS if any(p.severity == "error" for p in report.problems) else EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    import datetime as dt

    from generator.seeds.add import add_sources, web_fetcher

    date = None
    if args.date is not None:
        try:
            date = dt.date.fromisoformat(args.date)
        except ValueError:
            print(f"--date {args.date!r} is not YYYY-MM-DD", file=sys.stderr)
            return EXIT_USAGE
    fetch = web_fetcher(local_network=args.local_network)
    report = add_sources(args.sources, args.root / "seeds", args.root, date=date, fetch=fetch)
    for path in report.added:
        print(f"added {path}")
    for source, why in report.skipped:
        print(f"skipped {source}: {why}")
    _print_problems(report.problems)
    print(f"{len(report.added)} added, {len(report.skipped)} already there, {len(report.problems)} not used")
    if report.added:
        print(f"next: python -m generator build --root {args.root}")
    return EXIT_PROBLEMS if report.problems else EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from generator.build import check_and_advise

    problems, advice = check_and_advise(args.root)
    _print_problems(problems)
    _print_notices(args.root)
    for line in advice:  # advice on the registry: on stdout, and it fails nothing (not even --strict)
        print(line)
    if advice:
        print(f"{len(advice)} actor(s) that look like a duplicate of another or like no actor (advice: nothing fails)")
    errors = sum(1 for p in problems if p.severity == "error")
    print(f"{errors} error(s), {len(problems) - errors} warning(s)")
    return EXIT_PROBLEMS if errors or (args.strict and problems) else EXIT_OK


def cmd_actors(args: argparse.Namespace) -> int:
    from generator.content.actors import ActorsError, merge_actors, remove_actor, rename_actor
    from generator.project import Project, build_lock

    project = Project(args.root.resolve())
    shown = (args.root / "content").as_posix()
    try:
        with build_lock(project):  # not while a build or serve writes content/
            if args.action in ("merge", "rename"):
                act = merge_actors if args.action == "merge" else rename_actor
                change = act(project.content, args.old, args.new, args.dry_run)
            else:
                change = remove_actor(project.content, args.slug, args.dry_run)
    except ActorsError as err:
        print(f"{args.prog} actors {args.action}: {err}", file=sys.stderr)
        return EXIT_USAGE if err.usage else EXIT_PROBLEMS
    for line in change.lines(shown):
        print(("would change " if args.dry_run else "") + line)
    entries = f"{len(change.entries)} entr{'y' if len(change.entries) == 1 else 'ies'}"
    print(f"--dry-run: nothing written ({entries} would change)" if args.dry_run else f"{entries} rewritten")
    return EXIT_OK


def cmd_new(args: argparse.Namespace) -> int:
    from generator.scaffold import scaffold

    had = set(args.folder.iterdir()) if args.folder.is_dir() else set()
    try:
        created = scaffold(args.folder)
    except FileExistsError as err:
        print(f"{err}: choose an empty or new folder (a README, a licence and .git may be in it)", file=sys.stderr)
        return EXIT_USAGE
    for path in created:
        print(f"{'added the build outputs to' if path in had else 'created'} {path}")
    print(f"next: put articles in {args.folder / 'seeds'} and run: {args.prog} build --root {args.folder}")
    return EXIT_OK


def cmd_score(args: argparse.Namespace) -> int:
    from generator.score import Unscorable, format_report, score, score_seeds

    if args.happenings is not None:
        return _score_happenings(args)
    if args.gold is None or (args.seeds is None and args.content is None):
        print(f"{args.prog} score: give --gold DIR and --content or --seeds, or --happenings DIR", file=sys.stderr)
        return EXIT_USAGE
    try:
        if args.seeds is not None:
            report = score_seeds(args.gold, args.seeds, args.split)
        else:
            report = score(args.gold, args.content, args.split)
    except Unscorable as err:
        print(err, file=sys.stderr)
        return EXIT_USAGE
    print(format_report(report, names=args.split != "heldout"))
    return EXIT_PROBLEMS if report.missing else EXIT_OK


def _score_happenings(args: argparse.Namespace) -> int:
    from generator.score import Unscorable, format_happenings, score_happenings

    try:
        report = score_happenings(args.happenings, args.split)
    except Unscorable as err:
        print(err, file=sys.stderr)
        return EXIT_USAGE
    print(format_happenings(report))
    short = [
        f"{split} {name} {value:.3f} is under the floor {floor}"
        for split in sorted({s.split for s in report.stories})
        for name, value, floor in (
            ("precision", report.pooled(split).precision, args.min_precision),
            ("recall", report.pooled(split).recall, args.min_recall),
        )
        if floor is not None and value < floor
    ]
    for line in short:
        print(f"{args.prog} score: pooled {line}", file=sys.stderr)
    return EXIT_PROBLEMS if short or report.problems else EXIT_OK


def cmd_context_docs(args: argparse.Namespace) -> int:
    from generator.scaffold import context_docs

    print(context_docs(), end="")
    return EXIT_OK


PROG = "python -m generator"


def program_name(argv0: str | None = None) -> str:
    """The command as the user typed it: ``timeline`` (the installed script, or whatever it is called),
    else ``python -m generator`` (``__main__.py``)."""
    name = os.path.basename(sys.argv[0] if argv0 is None else argv0)
    if not name or name in ("__main__.py", "-m", "-c") or name.endswith(".py"):
        return PROG
    return name


class Parser(argparse.ArgumentParser):
    """The top-level parser; ``commands`` is its subcommands' action (``main`` names a mistyped one)."""

    commands: argparse._SubParsersAction[Parser] | None = None


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of workers (1 or more)")
    return int(text)


def _annotation_args(p: argparse.ArgumentParser) -> None:
    """--jobs and --scheduler: where new seeds are annotated (the same bytes in content/ either way)."""
    p.add_argument(
        "--jobs", type=_positive, metavar="N", help="annotate new seeds in N worker processes (default: every core)"
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="annotate new seeds on the Dask cluster whose scheduler is at ADDRESS (tcp://host:8786)",
    )


def parser(prog: str = PROG) -> Parser:
    """The command line: the commands, in the order ``--help`` lists them, each with its arguments."""
    top = Parser(prog=prog, description="Static timeline site generator.")
    top.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = top.commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_site_commands(sub)
    _add_seed_commands(sub)
    _add_content_commands(sub)
    _add_project_commands(sub)
    return top


def _root_arg(p: argparse.ArgumentParser) -> None:
    """--root, for a command that works on a project (main refuses a folder that is not one)."""
    p.add_argument("--root", type=Path, default=Path("."), help="the project folder (default: the current folder)")
    p.set_defaults(needs_project=True)


def _add_site_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    """``build`` and ``serve``: the commands that make site/."""
    p = sub.add_parser("build", help="annotate new seeds into content/ and render site/")
    _root_arg(p)
    p.add_argument("--strict", action="store_true", help="any problem fails the build and leaves site/ untouched")
    p.add_argument("--timings", action="store_true", help="print the wall and CPU seconds of each stage")
    p.add_argument("--verbose", action="store_true", help="list every entry annotated and every problem")
    _annotation_args(p)
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("serve", help="build, then serve site/ with live reload")
    _root_arg(p)
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.set_defaults(func=cmd_serve)


def _add_seed_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    """``ingest`` and ``add``: the commands that take in articles."""
    p = sub.add_parser("ingest", help="annotate the given seeds into a content folder, without rendering")
    p.add_argument("seeds", nargs="+", type=Path, metavar="SEED")
    p.add_argument("--content", type=Path, default=Path("content"), help="the content folder (default: content)")
    p.add_argument(
        "--force", action="store_true", help="re-annotate even entries edited by hand (their edits are lost)"
    )
    _annotation_args(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("add", help="make seeds from web pages, saved .html pages, folders of them, or RSS/Atom feeds")
    p.add_argument(
        "sources", nargs="+", metavar="SOURCE", help="a URL, an .html file, a folder, or a feed (URL or file)"
    )
    _root_arg(p)
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the publication date of articles in which none is found")
    p.add_argument(
        "--local-network",
        action="store_true",
        help="allow addresses on this machine or the local network (refused by default: a feed could name them)",
    )
    p.set_defaults(func=cmd_add)


def _add_content_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    """``check`` and ``actors`` (merge, rename, remove): the commands that look after content/."""
    p = sub.add_parser(
        "check",
        help="report every problem in seeds/ and content/ without writing anything, and the actors that look "
        "like duplicates or junk, with the command that fixes each",
    )
    _root_arg(p)
    p.add_argument("--strict", action="store_true", help="warnings fail too")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "actors", help="merge two actors, or remove one, in content/ (entries rewritten, hand edits kept)"
    )
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = actions.add_parser(
        "merge", help="merge actor OLD into NEW: OLD's names become NEW's aliases, entries naming OLD name NEW"
    )
    q.add_argument("old", metavar="OLD", help="the slug that goes (a key of content/actors.yaml)")
    q.add_argument("new", metavar="NEW", help="the slug that stays")
    _root_arg(q)
    q.add_argument("--dry-run", action="store_true", help="list what would change, write nothing")
    q.set_defaults(func=cmd_actors)
    q = actions.add_parser("rename", help="give actor OLD the slug NEW, in the registry and every entry")
    q.add_argument("old", metavar="OLD", help="the actor's slug")
    q.add_argument("new", metavar="NEW", help="its new slug (one no actor has)")
    _root_arg(q)
    q.add_argument("--dry-run", action="store_true", help="list what would change, write nothing")
    q.set_defaults(func=cmd_actors)
    q = actions.add_parser(
        "remove", help="drop actor SLUG from every entry and hide it (hidden: true) so later articles leave it out"
    )
    q.add_argument("slug", metavar="SLUG")
    _root_arg(q)
    q.add_argument("--dry-run", action="store_true", help="list what would change, write nothing")
    q.set_defaults(func=cmd_actors)


def _add_project_commands(sub: argparse._SubParsersAction[Parser]) -> None:
    """``new``, ``score`` and ``context-docs``: a new project, the accuracy scorer, the theme authors' table."""
    p = sub.add_parser("new", help="scaffold an empty timeline project")
    p.add_argument("folder", type=Path)
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("score", help="compare annotated entries with gold annotations")
    p.add_argument("--gold", type=Path, help="folder of gold .yaml files")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--content", type=Path, help="the content folder to score")
    where.add_argument(
        "--seeds",
        type=Path,
        metavar="DIR",
        help="ingest the gold files' articles from DIR into a temporary content folder and score that",
    )
    p.add_argument(
        "--split",
        choices=("dev", "heldout"),
        help="score only the gold files whose split: is this (a file without one is dev); default: all",
    )
    where.add_argument(
        "--happenings",
        type=Path,
        metavar="DIR",
        help="score which events are reports of one happening against the gold stories in DIR "
        "(each story's articles ingested afresh; pairs of events, precision and recall)",
    )
    p.add_argument(
        "--min-precision", type=float, help="with --happenings: fail when a split's pooled precision is lower"
    )
    p.add_argument("--min-recall", type=float, help="with --happenings: fail when a split's pooled recall is lower")
    p.set_defaults(func=cmd_score)

    p = sub.add_parser("context-docs", help="print the template context table for theme authors")
    p.set_defaults(func=cmd_context_docs)


def _unknown_command(top: Parser, argv: list[str]) -> str | None:
    """One line for a mistyped command (argparse says only 'invalid choice'), or None. The command is
    the first argument that is not an option (the top level's options take no value)."""
    word = next((a for a in argv if not a.startswith("-")), None)
    commands = tuple(top.commands.choices) if top.commands else ()
    if word is None or word in commands or any(a in ("-h", "--help", "--version") for a in argv[: argv.index(word)]):
        return None
    hint = did_you_mean(word, commands)
    if hint:
        return f"{top.prog}: unknown command '{word}': {hint} ({top.prog} --help lists the commands)"
    return f"{top.prog}: unknown command '{word}' (the commands: {', '.join(commands)})"


def main(argv: list[str] | None = None, prog: str = PROG) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    top = parser(prog)
    unknown = _unknown_command(top, argv)
    if unknown:
        print(unknown, file=sys.stderr)
        return EXIT_USAGE
    args = top.parse_args(argv)
    args.prog = prog
    if getattr(args, "needs_project", False):
        refused = not_a_project(args.root, prog)
        if refused:
            print(refused, file=sys.stderr)
            return EXIT_USAGE
    try:
        return args.func(args)
    except BuildError as err:
        _print_problems(err.problems)
        if getattr(args, "needs_project", False):  # as check prints it
            _print_notices(args.root)
        print("build failed; site/ left as it was", file=sys.stderr)
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        print("interrupted; site/ left as it was", file=sys.stderr)
        return 130


def run() -> None:
    """The command line's entry point: ``main``, then exit at once. Everything is written and closed
    by then; tearing down the interpreter would only free a large build's objects one by one
    (half a second at N = 10,000)."""
    code = main(prog=program_name())
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


__all__ = ["main", "run", "parser", "program_name", "Problem"]
