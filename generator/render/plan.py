"""Plan the outputs of a build: one ``Job`` per file, each with a key computed from what that file
shows (or from a superset of it), without building any view (that is the expensive part).

An output whose key matches the previous build's is carried over; the rest are rendered. The keys
are conservative: they include the generator's code, the theme's files and the config, so the
output is always byte-identical to a clean build (a test checks it).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from generator.core.digest import digest, text_digest
from generator.core.model import Site
from generator.render import urls
from generator.render.views import LATEST, timeline_pages, timeline_periods


@dataclass(frozen=True)
class Job:
    """One output file to produce: what kind, for what, and its key."""

    path: str
    kind: str  # timeline, entry, actor, actors, notfound, feeds, actor-feeds, export, static
    ref: str  # entry slug, actor slug, timeline period, export name or static file name
    key: str


def entry_keys(site: Site, entry_fps: Mapping[str, str]) -> dict[str, str]:
    """slug -> a key of everything an entry brings to the site: its file, and the actors the registry
    resolved its slugs to. Empty when the files' digests are not known (nothing is reused then)."""
    if not entry_fps:
        return {}
    # Joined, not repr'd (this runs for every entry of every build): slugs never hold ",", "|" or "\x1f".
    return {
        e.slug: text_digest(
            "\x1f".join(
                (
                    entry_fps.get(e.path, ""),
                    e.slug,
                    ",".join(e.actors),
                    str(len(e.events)),
                    "|".join(",".join(ev.actors) for ev in e.events),
                    ",".join(q.speaker or "" for q in e.quotes),
                )
            )
        )
        for e in site.entries
    }


def plan_jobs(
    site: Site, fp: Mapping[str, str], base: str, static: tuple[tuple[str, str], ...], keyed: bool = True
) -> tuple[Job, ...]:
    """Every output of the site with its key.

    ``fp``: the entries' keys (``entry_keys``), or empty; ``base``: digest of code, theme and config;
    ``static``: (name, digest) of the theme's static files. ``keyed=False`` leaves every key empty
    (the same jobs, at a fraction of the cost: a build with nothing to reuse needs the keys only
    for the next build, and works them out while the pages render).

    Keys are joined strings hashed once (slugs never hold the separators). An entry's key covers
    its file, its slug and its resolved actors, so a page made from entries alone (the exports, the
    sitemap) is keyed by all entry keys at once.
    """
    key = (lambda make: make()) if keyed else (lambda make: "")
    entries = site.entries
    own = [fp.get(e.slug) or "" for e in entries] + [""] if keyed else []  # own[-1]: no neighbour
    by_actor: dict[str, list[str]] = defaultdict(list)  # an actor's entries' keys, in site order
    if keyed:
        for i, e in enumerate(entries):
            for s in e.actors:
                by_actor[s].append(own[i])
    periods = timeline_periods(site)
    if keyed:
        base = digest(base, tuple(name for name, _ in static))  # every page links the theme's stylesheets by name
        names = {a.slug: (a.name, a.kind) for a in site.actors}
        # Pages that show other actors' names depend on all names at once: a rename is rare, and one
        # digest is far cheaper than the set of names each page shows.
        all_names = digest(tuple(sorted(names.items())))
        all_entries = "\x1e".join(own)
        period_list = tuple((p, per, len(evs)) for p, per, evs in periods)
        # the chart's input: events per month, year-only events apart (as chart.py counts them)
        months = tuple(
            sorted(
                Counter(
                    (p.start.year, 0 if p.event.precision == "year" else p.start.month) for p in site.events
                ).items()
            )
        )
        latest = tuple((e.slug, e.title) for e in entries[-LATEST:])
        shared = digest(base, period_list, months, latest, len(entries))

    jobs: list[Job] = []
    # timeline pages
    for path, period, events in timeline_pages(periods):
        jobs.append(
            Job(
                path,
                "timeline",
                period,
                key(
                    lambda: text_digest(
                        "\x1e".join((shared, path, all_names, *[f"{fp.get(p.entry_slug)}:{p.index}" for p in events]))
                    )
                ),
            )
        )
    # entry pages: the entry, its neighbours' slugs and titles (their keys cover them), its actors' names
    if keyed:
        named = {slug: repr((slug, *name_kind)) for slug, name_kind in names.items()}
    for i, e in enumerate(entries):
        jobs.append(
            Job(
                urls.entry_page(e.slug),
                "entry",
                e.slug,
                key(
                    lambda: text_digest(
                        "\x1e".join((base, own[i], own[i - 1], own[i + 1], *[named[s] for s in e.actors]))
                    )
                ),
            )
        )
    # actor pages and feeds (an actor's entries are in site order, oldest first: a feed carries the last ones)
    for a in site.actors:
        of = by_actor.get(a.slug, [])
        jobs.append(
            Job(
                urls.actor_page(a.slug),
                "actor",
                a.slug,
                key(lambda: text_digest("\x1e".join((base, repr(a), all_names, *of)))),
            )
        )
        fkey = key(
            lambda: text_digest("\x1e".join((base, repr(a.name), all_names, *_newest(of, site.config.feed_size))))
        )
        jobs.append(Job(urls.actor_rss(a.slug), "actor-feeds", a.slug, fkey))
        jobs.append(Job(urls.actor_atom(a.slug), "actor-feeds", a.slug, fkey))

    def index_key() -> str:
        event_counts = Counter(s for p in site.events for s in p.event.actors)
        return digest(
            base,
            tuple((a.slug, a.name, a.kind, len(by_actor.get(a.slug, ())), event_counts[a.slug]) for a in site.actors),
        )

    jobs.append(Job(urls.ACTORS_INDEX, "actors", "", key(index_key)))
    css = tuple(sha for name, sha in static if name.endswith(".css"))
    jobs.append(Job(urls.NOT_FOUND, "notfound", "", key(lambda: digest(base, css))))  # it inlines them all
    # site feeds and exports
    fkey = key(lambda: text_digest("\x1e".join((base, all_names, *_newest(own[:-1], site.config.feed_size)))))
    jobs.append(Job(urls.RSS, "feeds", "", fkey))
    jobs.append(Job(urls.ATOM, "feeds", "", fkey))
    # made from the entries alone (the sitemap: the pages of the entries, of their actors, of the
    # timeline periods their events fall in, and the entries' dates)
    from_entries = key(lambda: text_digest("\x1e".join((base, all_entries))))
    for path in (urls.ENTRIES_JSON, urls.TIMELINE_JSON, urls.SITEMAP):
        jobs.append(Job(path, "export", path, from_entries))
    jobs.append(
        Job(
            urls.ACTORS_JSON, "export", urls.ACTORS_JSON, key(lambda: digest(base, tuple(repr(a) for a in site.actors)))
        )
    )
    for name, sha in static:
        jobs.append(Job(f"static/{name}", "static", name, key(lambda: digest(sha))))
    return tuple(sorted(jobs, key=lambda j: j.path))


def _newest(items: list, limit: int) -> list:
    """The last ``limit`` items of a list in site order (what ``feeds.newest_first`` picks, oldest first)."""
    return items[max(0, len(items) - limit) :]
