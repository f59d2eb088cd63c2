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
from generator.core.model import Actor, Entry, Happening, Site
from generator.render import search, urls
from generator.render.views import LATEST, happening_homes, timeline_pages, timeline_periods


@dataclass(frozen=True)
class Job:
    """One output file to produce: what kind, for what, and its key."""

    path: str
    kind: str  # a key of OUTPUT_KINDS (outputs.py)
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
    site: Site,
    fp: Mapping[str, str],
    base: str,
    static: tuple[tuple[str, str], ...],
    keyed: bool = True,
    search_keys: Mapping[str, str] | None = None,
) -> tuple[Job, ...]:
    """Every output of the site (one per file, of the kinds in ``outputs.OUTPUT_KINDS``) with its key.

    ``fp``: the entries' keys (``entry_keys``), or empty; ``base``: digest of code, theme and config;
    ``static``: (name, digest) of the theme's static files. ``keyed=False`` leaves every key empty
    (the same jobs, at a fraction of the cost: a build with nothing to reuse needs the keys only
    for the next build, and works them out while the pages render). ``search_keys``: a key per file
    of the search index (``search.index_keys``), so that an edit leaves the files it did not change
    alone; without them every file of the index has one key, of every entry.
    """
    periods = timeline_periods(site)
    keys: _NoKeys = _Keys(site, fp, base, static, periods) if keyed else _NoKeys()
    jobs = [
        Job(path, "timeline", period, keys.timeline(path, events))
        for path, period, events in timeline_pages(periods, site)
    ]
    jobs += [Job(urls.entry_page(e.slug), "entry", e.slug, keys.entry(i, e)) for i, e in enumerate(site.entries)]
    for a in site.actors:
        jobs.append(Job(urls.actor_page(a.slug), "actor", a.slug, keys.actor(a)))
        feeds_key = keys.actor_feeds(a)
        jobs.append(Job(urls.actor_rss(a.slug), "actor-feeds", a.slug, feeds_key))
        jobs.append(Job(urls.actor_atom(a.slug), "actor-feeds", a.slug, feeds_key))
    jobs.append(Job(urls.ACTORS_INDEX, "actors", "", keys.actors_index()))
    jobs.append(Job(urls.ARCHIVE, "archive", "", keys.archive()))
    jobs.append(Job(urls.NOT_FOUND, "notfound", "", keys.not_found(static)))
    jobs.append(Job(urls.SEARCH, "search", "", keys.search_page()))
    if search_keys:
        jobs += [
            Job(path, "search-index", "", keys.search_file(search_keys[path])) for path in search.index_paths(site)
        ]
    else:
        index_key = keys.search_index()
        jobs += [Job(path, "search-index", "", index_key) for path in search.index_paths(site)]
    feeds_key = keys.site_feeds()
    jobs += [Job(path, "feeds", "", feeds_key) for path in (urls.RSS, urls.ATOM, urls.JSON_FEED, urls.CALENDAR)]
    from_entries = keys.from_entries()
    made_of_entries = (urls.ENTRIES_JSON, urls.HAPPENINGS_JSON, urls.TIMELINE_JSON, urls.SITEMAP)
    jobs += [Job(path, "export", path, from_entries) for path in made_of_entries]
    jobs.append(Job(urls.ACTORS_JSON, "export", urls.ACTORS_JSON, keys.actors_json()))
    schemas_key = keys.schemas()
    jobs += [Job(schema, "export", schema, schemas_key) for schema in urls.SCHEMAS.values()]
    jobs.append(Job(urls.HAPPENINGS_SCRIPT, "export", urls.HAPPENINGS_SCRIPT, keys.happenings_script()))
    jobs += [Job(f"static/{name}", "static", name, keys.static(sha)) for name, sha in static]
    return tuple(sorted(jobs, key=lambda j: j.path))


class _NoKeys:
    """Every key empty (``keyed=False``)."""

    def timeline(self, path: str, happenings: tuple[Happening, ...]) -> str:
        return ""

    def entry(self, i: int, e: Entry) -> str:
        return ""

    def actor(self, a: Actor) -> str:
        return ""

    def actor_feeds(self, a: Actor) -> str:
        return ""

    def actors_index(self) -> str:
        return ""

    def archive(self) -> str:
        return ""

    def happenings_script(self) -> str:
        return ""

    def not_found(self, static: tuple[tuple[str, str], ...]) -> str:
        return ""

    def site_feeds(self) -> str:
        return ""

    def search_page(self) -> str:
        return ""

    def search_index(self) -> str:
        return ""

    def search_file(self, key: str) -> str:
        return ""

    def from_entries(self) -> str:
        return ""

    def actors_json(self) -> str:
        return ""

    def schemas(self) -> str:
        return ""

    def static(self, sha: str) -> str:
        return ""


class _Keys(_NoKeys):
    """The key of each output: a digest of what it shows (or of a superset of it).

    Keys are joined strings hashed once (slugs never hold the separators). An entry's key covers
    its file, its slug and its resolved actors, so a page made from entries alone (the exports, the
    sitemap) is keyed by all entry keys at once.
    """

    def __init__(self, site: Site, fp: Mapping[str, str], base: str, static: tuple[tuple[str, str], ...], periods):
        self.site, self.fp, self.periods = site, fp, periods
        entries = site.entries
        self.own = [fp.get(e.slug) or "" for e in entries] + [""]  # own[-1]: no neighbour
        self.by_actor: dict[str, list[str]] = defaultdict(list)  # an actor's entries' keys, in site order
        self.by_actor_slugs: dict[str, list[str]] = defaultdict(list)  # an actor's entries' slugs, in site order
        for i, e in enumerate(entries):
            for s in e.actors:
                self.by_actor[s].append(self.own[i])
                self.by_actor_slugs[s].append(e.slug)
        self.base = base = digest(base, tuple(name for name, _ in static))  # pages link the stylesheets by name
        names = {a.slug: (a.name, a.kind) for a in site.actors}
        # Pages that show other actors' names depend on all names at once: a rename is rare, and one
        # digest is far cheaper than the set of names each page shows.
        self.all_names = digest(tuple(sorted(names.items())))
        self.named = {slug: repr((slug, *name_kind)) for slug, name_kind in names.items()}
        self.period_list = period_list = tuple((p, per, len(evs)) for p, per, evs in periods)
        # the chart's input: happenings per month, year-only ones apart (as chart.py counts them)
        months = tuple(
            sorted(
                Counter((h.start.year, 0 if h.precision == "year" else h.start.month) for h in site.happenings).items()
            )
        )
        latest = tuple((e.slug, e.title) for e in entries[-LATEST:])
        self.actor_counts = Counter(s for h in site.happenings for s in h.actors)
        # a timeline of several pages offers every actor of the whole timeline in its filter
        everyone = tuple(sorted(self.actor_counts.items())) if len(periods) > 1 else ()
        self.shared = digest(base, period_list, months, latest, len(entries), everyone)
        self._happening_keys(site, fp)

    def _happening_keys(self, site: Site, fp: Mapping[str, str]) -> None:
        """A key per happening of what its item and the links to it show (its reports' entries and
        positions, its page); those keys by the entries that report them and by their actors."""
        homes = happening_homes(site, self.periods)
        self.hkeys: dict[str, str] = {}
        self.h_by_entry: dict[str, list[str]] = defaultdict(list)
        self.h_by_actor: dict[str, list[str]] = defaultdict(list)
        for h in site.happenings:
            reports = "|".join(f"{fp.get(p.entry_slug)}:{p.index}:{p.id}" for p in h.reports)
            key = self.hkeys[h.id] = text_digest("\x1f".join((h.id, homes.get(h.id, ""), reports)))
            for p in h.reports:
                self.h_by_entry[p.entry_slug].append(key)
            for s in h.actors:
                self.h_by_actor[s].append(key)

    def timeline(self, path: str, happenings: tuple[Happening, ...]) -> str:
        hkeys = self.hkeys
        return text_digest("\x1e".join((self.shared, path, self.all_names, *[hkeys[h.id] for h in happenings])))

    def entry(self, i: int, e: Entry) -> str:
        """The entry, its neighbours' slugs and titles (their keys cover them), its actors' names, the
        happenings its events report."""
        own, named = self.own, self.named
        return text_digest(
            "\x1e".join(
                (
                    self.base,
                    own[i],
                    own[i - 1],
                    own[i + 1],
                    *[named[s] for s in e.actors],
                    *self.h_by_entry.get(e.slug, ()),
                )
            )
        )

    def actor(self, a: Actor) -> str:
        return text_digest(
            "\x1e".join(
                (self.base, repr(a), self.all_names, *self.by_actor.get(a.slug, []), *self.h_by_actor.get(a.slug, []))
            )
        )

    def actor_feeds(self, a: Actor) -> str:
        """An actor's entries are in site order, oldest first: a feed carries the last ones."""
        newest = _newest(self.by_actor_slugs.get(a.slug, []), self.site.config.feed_size)
        return text_digest("\x1e".join((self.base, repr(a.name), self.all_names, *self._carried(newest))))

    def _carried(self, slugs: list[str]) -> list[str]:
        """The keys of entries a feed carries, and of the happenings their events report."""
        fp, by_entry = self.fp, self.h_by_entry
        return [k for slug in slugs for k in (fp.get(slug) or "", *by_entry.get(slug, ()))]

    def actors_index(self) -> str:
        site, by_actor = self.site, self.by_actor
        counts = tuple(
            (a.slug, a.name, a.kind, len(by_actor.get(a.slug, ())), self.actor_counts[a.slug]) for a in site.actors
        )
        return digest(self.base, counts)

    def archive(self) -> str:
        return self.from_entries()

    def happenings_script(self) -> str:
        """Every happening's id, date, line and actors, in timeline order, the actors' kinds, the periods
        (which page each happening is on): what the filter's data holds, and nothing of the entries
        beyond it, so an edit that leaves every happening as it was leaves the file alone."""
        # Joined, not repr'd (0.04 s against 0.08 s at 10,000 bench entries); the free texts (an editor's
        # happening id, the line) with their lengths, dates and precisions are of known forms, actors slugs.
        shown = "\x1e".join(
            f"{len(h.id)}:{h.id}{len(h.line)}:{h.line}\x1f{h.date}\x1f{h.precision}\x1f{h.end_date}\x1f{','.join(h.actors)}"
            for h in self.site.happenings
        )
        return text_digest("\x1e".join((digest(self.base, self.all_names, self.period_list), shown)))

    def not_found(self, static: tuple[tuple[str, str], ...]) -> str:
        return digest(self.base, tuple(sha for name, sha in static if name.endswith(".css")))  # it inlines them all

    def site_feeds(self) -> str:
        newest = _newest([e.slug for e in self.site.entries], self.site.config.feed_size)
        return text_digest("\x1e".join((self.base, self.all_names, *self._carried(newest))))

    def search_page(self) -> str:
        return self.base

    def search_index(self) -> str:
        """Every file of the index at once: every entry (its text and its resolved actors) and the
        actors' names (quotes are found by their speaker's)."""
        return text_digest("\x1e".join((self.base, self.all_names, *self.own)))

    def search_file(self, key: str) -> str:
        """One file of the index, by the key of what it holds (``search.index_keys``: its documents' keys,
        or its part of the postings); the actors' names too, as ``search_index``."""
        return text_digest("\x1e".join((self.base, self.all_names, key)))

    def from_entries(self) -> str:
        """Outputs made from the entries alone (the sitemap: the pages of the entries, of their
        actors, of the timeline periods their events fall in, and the entries' dates; the happenings:
        the events that share a ``happening`` id, all in the entries)."""
        return text_digest("\x1e".join((self.base, "\x1e".join(self.own))))

    def actors_json(self) -> str:
        return digest(self.base, tuple(repr(a) for a in self.site.actors))

    def schemas(self) -> str:
        """The exports' schemas: the code (schemas.py) and the base URL (their "$id") alone."""
        return self.base

    def static(self, sha: str) -> str:
        return digest(sha)


def _newest(items: list, limit: int) -> list:
    """The last ``limit`` items of a list in site order (what ``feeds.newest_first`` picks, oldest first)."""
    return items[max(0, len(items) - limit) :]
