"""The scorer: annotated entries in content/ against hand-checked gold files.

``score(gold_dir, content_dir)`` matches each gold file to the entry whose front-matter ``seed:``
has the same basename as the gold ``article:``, then counts, per article and overall (micro):

- actors: a predicted actor matches a gold actor when its registry name or an alias equals
  (case-insensitively) the gold name or a surface form; one-to-one; kind right or not; per kind;
- places: same rule with the gold place names and surface forms;
- event dates: one-to-one; equal, or predicted finer and inside the gold period (2022-W14 in 2022-04);
- event actors: on matched events, predicted actor slugs against the gold event's actors;
- quotes: matched by text prefix (a leading note such as "(Via interpreter)" set aside); a quote scores
  for speakers only when the speaker is right: its
  name or an alias is the gold speaker's name or one of that gold actor's surface forms (as actors match);
  a gold quote marked ``anonymous: true`` (an unnamed source: ``speaker: "An FCDO spokesperson"``) is
  right when the found quote has no speaker slug and a ``source:`` sharing the head noun of the
  gold speaker (its last word, before 'of', 'for', 'at'..., lowercased, a plural 's' dropped:
  'a senior US official' meets 'SENIOR STATE DEPARTMENT OFFICIAL'); given a registry speaker it is wrong;
- sources cited: case-insensitive set comparison (and whether the set is exact);
- registry precision, over all the scored articles at once (as after one ingest of them into one
  content folder): every actor slug the entries use (their actors, event actors and quote speakers)
  is matched to the gold actors of the articles whose entries use it, by the actors' rule (its
  registry name or an alias is the gold name or a surface form). A gold actor is one real actor
  across articles: two gold actors are the same when their names are equal (case-insensitively, a
  leading 'the' aside) or one's name is a surface form of the other ('Antony Blinken' and
  'Antony J. Blinken'), but for a name that is a surface form of several real actors (an unnamed 'Prime
  Minister' of one article is a form of each named one of the others). Slugs and real actors are
  paired one to one (a maximum matching), so a real actor matched by two slugs counts once (the second
  slug is a duplicate) and a slug that matches none is junk. Precision = real actors matched / slugs used.

``split``: only the gold files whose top-level ``split:`` equals it (a file without one is ``dev``).
``score`` raises ``Unscorable`` (its message names the path) when a folder is missing or holds
no gold files or no entries; a gold article without an entry is in ``Report.missing``.
``score_seeds`` first ingests the gold files' seeds into a temporary content folder.
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

import yaml

from generator.content.entries import parse_entry
from generator.content.registry import parse_registry
from generator.core.model import Actor, Entry, date_span
from generator.ingest import run_ingest

FIELDS = (
    "actors",
    "actor kinds",
    "places",
    "event dates",
    "event actors",
    "quotes found",
    "quote speakers",
    "sources cited",
)


@dataclass(frozen=True)
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class ArticleScore:
    article: str
    entry: str  # entry path, "" when no entry was found
    fields: tuple[tuple[str, PRF], ...]
    kinds: tuple[tuple[str, PRF], ...]  # actors per gold/predicted kind
    kinds_right: int
    kinds_matched: int
    sources_exact: bool
    notes: tuple[str, ...] = ()
    wrong_speakers: int = 0  # quotes found whose speaker is not the gold one (an unattributed quote is not wrong)

    def get(self, name: str) -> PRF:
        return dict(self.fields)[name]


@dataclass(frozen=True)
class RegistryScore:
    """The actor slugs the scored entries use, against the real (gold) actors of their articles."""

    slugs: int  # slugs used
    matched: int  # distinct real actors they match, one to one
    duplicates: tuple[str, ...] = ()  # slugs that match only real actors another slug took
    junk: tuple[str, ...] = ()  # slugs that match no gold actor of their articles

    @property
    def precision(self) -> float:
        return self.matched / self.slugs if self.slugs else 1.0


class Unscorable(Exception):
    """Nothing to score: a folder is missing, or holds no gold files or no entries."""


@dataclass(frozen=True)
class Report:
    articles: tuple[ArticleScore, ...]
    overall: tuple[tuple[str, PRF], ...]
    kinds: tuple[tuple[str, PRF], ...]
    problems: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()  # gold files whose article has no entry
    registry: RegistryScore | None = None

    def get(self, name: str) -> PRF:
        return dict(self.overall)[name]

    @property
    def wrong_speakers(self) -> int:
        return sum(a.wrong_speakers for a in self.articles)


def norm(s: str) -> str:
    s = " ".join(str(s).replace("’", "'").replace("“", '"').replace("”", '"').split()).lower()
    return s[4:] if s.startswith("the ") else s


def name_forms(names) -> set[str]:
    return {norm(n) for n in names if n}


def pair_forms(pred: list[set[str]], gold: list[set[str]]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing of predicted and gold items whose form sets intersect."""
    used: set[int] = set()
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if j not in used and p & g:
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def _date_match(pred: str, gold: str) -> int:
    """2 = equal, 1 = predicted finer and inside the gold period, 0 = no match."""
    if pred == gold:
        return 2
    try:
        ps, pe = date_span(pred)
        gs, ge = date_span(gold)
    except ValueError:
        return 0
    return 1 if gs <= ps and pe <= ge and (pe - ps) < (ge - gs) else 0


def score_article(gold: dict, entry, registry: dict[str, Actor], entry_path: str = "") -> ArticleScore:
    forms_of = slug_forms(registry)
    actors = _score_actors(gold, entry, registry, forms_of)
    events = _score_events(gold, entry, actors.gold_sets, forms_of)
    quotes = _score_quotes(gold, entry, forms_of, actors.gold_sets)
    g_src = {norm(s) for s in gold.get("sources_cited") or []}
    p_src = {norm(s) for s in (entry.sources_cited if entry else ())}
    fields = (
        ("actors", actors.actors),
        ("actor kinds", actors.kind_prf),
        ("places", _score_places(gold, entry)),
        ("event dates", events[0]),
        ("event actors", events[1]),
        ("quotes found", quotes[0]),
        ("quote speakers", quotes[1]),
        ("sources cited", PRF(len(g_src & p_src), len(p_src - g_src), len(g_src - p_src))),
    )
    return ArticleScore(
        str(gold.get("article", "")),
        entry_path,
        fields,
        actors.kinds,
        actors.right,
        actors.matched,
        g_src == p_src,
        wrong_speakers=quotes[2],
    )


def slug_forms(registry: dict[str, Actor]):
    """A predicted actor slug -> the forms it can match: its registry name and aliases (or the slug)."""

    def forms_of(slug: str) -> set[str]:
        return name_forms([registry[slug].name, *registry[slug].aliases]) if slug in registry else {norm(slug)}

    return forms_of


@dataclass(frozen=True)
class _ActorScore:
    actors: PRF
    kind_prf: PRF
    kinds: tuple[tuple[str, PRF], ...]
    right: int
    matched: int
    gold_sets: list[set[str]]


def gold_actor_sets(gold: dict) -> list[set[str]]:
    """The forms of each gold actor, in their order: its name and surface forms."""
    return [name_forms([a.get("name", "")] + list(a.get("surface_forms") or [])) for a in gold.get("actors") or []]


def _score_actors(gold: dict, entry, registry: dict[str, Actor], forms_of) -> _ActorScore:
    """Actors paired one to one by form; their kinds, overall and per kind."""
    g_actors = gold.get("actors") or []
    g_sets = gold_actor_sets(gold)
    p_slugs = list(entry.actors) if entry else []
    pairs = pair_forms([forms_of(s) for s in p_slugs], g_sets)

    def p_kind(i: int) -> str:
        return registry[p_slugs[i]].kind if p_slugs[i] in registry else "other"

    kind_counts: dict[str, Counter] = {}
    right = 0
    for i, j in pairs:
        pk, gk = p_kind(i), g_actors[j].get("kind", "other")
        right += gk == pk
        kind_counts.setdefault(gk, Counter())["tp" if pk == gk else "fn"] += 1
        if pk != gk:
            kind_counts.setdefault(pk, Counter())["fp"] += 1
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for i in range(len(p_slugs)):
        if i not in matched_p:
            kind_counts.setdefault(p_kind(i), Counter())["fp"] += 1
    for j, a in enumerate(g_actors):
        if j not in matched_g:
            kind_counts.setdefault(a.get("kind", "other"), Counter())["fn"] += 1
    return _ActorScore(
        actors=PRF(len(pairs), len(p_slugs) - len(pairs), len(g_actors) - len(pairs)),
        kind_prf=PRF(right, len(p_slugs) - right, len(g_actors) - right),
        kinds=tuple((k, PRF(c["tp"], c["fp"], c["fn"])) for k, c in sorted(kind_counts.items())),
        right=right,
        matched=len(pairs),
        gold_sets=g_sets,
    )


def place_pairs(gold: dict, entry) -> list[tuple[int, int]]:
    """The entry's places paired one to one with the gold places by form (index found, index gold):
    a gold place matches by its name or a surface form."""
    g_places = [name_forms([p.get("name", "")] + list(p.get("surface_forms") or [])) for p in gold.get("places") or []]
    return pair_forms([name_forms([p]) for p in (entry.places if entry else ())], g_places)


def _score_places(gold: dict, entry) -> PRF:
    pp = place_pairs(gold, entry)
    n_found, n_gold = len(entry.places) if entry else 0, len(gold.get("places") or [])
    return PRF(len(pp), n_found - len(pp), n_gold - len(pp))


def pair_events(g_events: list[dict], p_events: list) -> list[tuple[int, int]]:
    """Found events paired one to one with gold events (index found, index gold): exact dates first,
    then a finer date inside a coarser one; among events whose dates match alike, the found event
    whose sentence holds the gold evidence first, then the one sharing most of its words (so two
    events of one day are not paired crosswise by their order in the text)."""
    candidates = []
    for j, ge in enumerate(g_events):
        evidence = norm(str(ge.get("evidence") or ""))
        words = _words(evidence + " " + str(ge.get("description") or ""))
        for i, pe in enumerate(p_events):
            level = _date_match(pe.date, str(ge["date"]))
            if level:
                text = norm(pe.text)
                holds = bool(evidence) and evidence in text
                candidates.append((-level, -holds, -len(words & _words(text)), j, i))
    pairs: list[tuple[int, int]] = []
    used_p: set[int] = set()
    used_g: set[int] = set()
    for *_, j, i in sorted(candidates):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _words(text: str) -> set[str]:
    """The lowercased words of a text, three letters or more."""
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2}


def _score_events(gold: dict, entry, g_sets: list[set[str]], forms_of) -> tuple[PRF, PRF]:
    """Event dates (exact dates paired first, then finer-inside-coarser, one to one), and the actors
    of the paired events."""
    g_events = [e for e in gold.get("events") or [] if e.get("date")]
    p_events = list(entry.events) if entry else []
    ev_pairs = pair_events(g_events, p_events)
    dates = PRF(len(ev_pairs), len(p_events) - len(ev_pairs), len(g_events) - len(ev_pairs))
    gold_by_name = {norm(a.get("name", "")): g_sets[j] for j, a in enumerate(gold.get("actors") or [])}
    ev_actors = PRF()
    for i, j in ev_pairs:
        want = [gold_by_name.get(norm(n), name_forms([n])) for n in g_events[j].get("actors") or []]
        have = [forms_of(s) for s in p_events[i].actors]
        ap = pair_forms(have, want)
        ev_actors = ev_actors + PRF(len(ap), len(have) - len(ap), len(want) - len(ap))
    return dates, ev_actors


_STAGE_NOTE = re.compile(r"^[(\[][^()\[\]]{1,32}[)\]]\s*")
_HOW_THE_WORDS_CAME = re.compile(r"interpret|translat|in [a-z]+[)\]]|via |inaudible|laughter|applause")


def _quote_words(text: str) -> str:
    """A quote's text as compared: :func:`norm`, with a leading note of how the words came set aside on
    either side ('(Via interpreter) Good morning': the annotator keeps the note out of a quote, a gold
    writer may copy it in); a bracketed insertion inside the words ('[It is] a move') is kept."""
    s = norm(text)
    m = _STAGE_NOTE.match(s)
    return s[m.end() :] if m and _HOW_THE_WORDS_CAME.search(m[0]) else s


def quote_verdicts(gold: dict, entry, forms_of, g_sets: list[set[str]]) -> list[tuple[int | None, bool]]:
    """Per gold quote: the index of the found quote paired with it by text prefix (None: missed), and
    whether its speaker is right (the speaker's forms meet the gold actor's name or surface forms; or
    both have none; for a gold ``anonymous: true`` quote, no speaker and a ``source`` with the gold
    speaker's head noun, :func:`head_noun`). ``g_sets``: the gold actors' forms, in their order."""
    gold_by_name = {norm(a.get("name", "")): g_sets[j] for j, a in enumerate(gold.get("actors") or [])}
    p_quotes = list(entry.quotes) if entry else []
    out: list[tuple[int | None, bool]] = []
    used_q: set[int] = set()
    for gq in gold.get("quotes") or []:
        prefix = _quote_words(gq.get("text", "")).rstrip(",;:—–- ")[:40]  # as quote_text stores it: no joining comma
        found = ((i, _quote_words(q.text)) for i, q in enumerate(p_quotes) if i not in used_q)
        hit = next((i for i, words in found if prefix and words.startswith(prefix)), None)
        if hit is None:
            out.append((None, False))
            continue
        used_q.add(hit)
        pq = p_quotes[hit]
        said_by = norm(gq.get("speaker") or "")
        speaker_forms = forms_of(pq.speaker) if pq.speaker else set()
        if gq.get("anonymous") is True:
            ok = not speaker_forms and head_noun(said_by) in source_words(getattr(pq, "source", ""))
        else:
            ok = bool(speaker_forms & gold_by_name.get(said_by, {said_by})) if said_by else not speaker_forms
        out.append((hit, ok))
    return out


def _score_quotes(gold: dict, entry, forms_of, g_sets: list[set[str]]) -> tuple[PRF, PRF, int]:
    """Quotes paired by text prefix and their speakers judged (:func:`quote_verdicts`); and how many
    paired quotes name a WRONG speaker (a speaker when the gold has another, or none, or an unnamed
    source)."""
    n_gold = len(gold.get("quotes") or [])
    p_quotes = list(entry.quotes) if entry else []
    verdicts = quote_verdicts(gold, entry, forms_of, g_sets)
    found = sum(i is not None for i, _ in verdicts)
    speakers = sum(ok for _, ok in verdicts)
    wrong = sum(
        i is not None and bool(p_quotes[i].speaker and forms_of(p_quotes[i].speaker)) and not ok for i, ok in verdicts
    )
    return (
        PRF(found, len(p_quotes) - found, n_gold - found),
        PRF(speakers, len(p_quotes) - speakers, n_gold - speakers),
        wrong,
    )


def source_words(text: str) -> set[str]:
    """The words of an unnamed source's description, lowercased, a plural 's' dropped."""
    return {_singular(w) for w in re.findall(r"[a-z]+", norm(text))}


def _singular(word: str) -> str:
    """'officials' -> 'official', 'witnesses' -> 'witness', 'spokesmen' -> 'spokesman'."""
    if word.endswith("people"):
        return word[:-6] + "person"
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("sses"):
        return word[:-2]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def head_noun(description: str) -> str:
    """The head of an unnamed source's description: its last word before a post-modifier ('a
    spokesman for the ministry' -> 'spokesman'), singular ('Rescue workers' -> 'worker')."""
    words = re.findall(r"[a-z]+", norm(description))
    posts = ("of", "for", "at", "from", "in", "with", "who")
    cut = next((i for i, w in enumerate(words) if i and w in posts), len(words))
    return _singular(words[cut - 1]) if cut else ""


def gold_files(gold_dir: Path, split: str | None, happenings: bool = False) -> list[tuple[Path, dict]]:
    """The gold files of ``gold_dir`` (of ``split`` when given); ``happenings``: gold happenings files,
    each checked for its 'articles:' and 'happenings:'."""
    if not gold_dir.is_dir():
        raise Unscorable(f"{gold_dir}: no such gold folder")
    golds = []
    for gpath in sorted(gold_dir.glob("*.yaml")):
        gold = yaml.safe_load(gpath.read_text(encoding="utf-8")) or {}
        if happenings and (not isinstance(gold, dict) or not gold.get("articles") or "happenings" not in gold):
            raise Unscorable(f"{gpath}: not a gold happenings file (it needs 'articles:' and 'happenings:')")
        if split is None or str(gold.get("split", "dev")) == split:
            golds.append((gpath, gold))
    if not golds:
        what = "gold happenings" if happenings else "gold"
        raise Unscorable(f"{gold_dir}: no {what} .yaml files" + (f" with split: {split}" if split else ""))
    return golds


def score_seeds(gold_dir: Path, seeds_dir: Path, split: str | None = None) -> Report:
    """Ingest the seeds of the gold files (``seeds_dir`` / the file name of each ``article:``) into
    a fresh temporary content folder, with the product's own ingest, and score that folder."""
    gold_dir, seeds_dir = Path(gold_dir), Path(seeds_dir)
    paths = tuple(seeds_dir / Path(str(gold.get("article", ""))).name for _, gold in gold_files(gold_dir, split))
    for path in paths:
        if not path.is_file():
            raise Unscorable(f"{path}: no such seed file")
    with tempfile.TemporaryDirectory(prefix="score-") as tmp:
        content = Path(tmp) / "content"
        ingested = run_ingest(paths, content, force=False, root=Path(tmp))
        report = score(gold_dir, content, split)
    errors = tuple(str(p) for p in ingested.problems if p.severity == "error")
    return replace(report, problems=errors + report.problems)


def score(gold_dir: Path, content_dir: Path, split: str | None = None) -> Report:
    gold_dir, content_dir = Path(gold_dir), Path(content_dir)
    golds = gold_files(gold_dir, split)
    if not content_dir.is_dir():
        raise Unscorable(f"{content_dir}: no such content folder")
    problems: list[str] = []
    registry: dict[str, Actor] = {}
    reg_path = content_dir / "actors.yaml"
    if reg_path.is_file():
        registry, probs = parse_registry(str(reg_path), reg_path.read_text(encoding="utf-8"))
        problems += [str(p) for p in probs]
    entries: dict[str, Entry] = {}
    paths = sorted((content_dir / "entries").rglob("*.md")) if (content_dir / "entries").is_dir() else []
    if not paths:
        raise Unscorable(f"{content_dir / 'entries'}: no entries")
    for path in paths:
        entry, probs = parse_entry(path.relative_to(content_dir).as_posix(), path.read_text(encoding="utf-8"))
        problems += [str(p) for p in probs if p.severity == "error"]
        if entry and entry.seed:
            entries.setdefault(Path(entry.seed).name, entry)
    articles = []
    missing = []
    scored: list[tuple[dict, Entry]] = []
    for gpath, gold in golds:
        name = Path(str(gold.get("article", ""))).name
        entry = entries.get(name)
        if entry is None:
            missing.append(gpath.name)
            problems.append(f"{gpath.name}: no entry in {content_dir.name}/entries has seed {name!r}")
        else:
            scored.append((gold, entry))
        articles.append(score_article(gold, entry, registry, entry.path if entry else ""))
    overall = tuple((f, sum((a.get(f) for a in articles), PRF())) for f in FIELDS)
    kinds: dict[str, PRF] = {}
    for a in articles:
        for k, prf in a.kinds:
            kinds[k] = kinds.get(k, PRF()) + prf
    reg = score_registry(scored, registry)
    return Report(tuple(articles), overall, tuple(sorted(kinds.items())), tuple(problems), tuple(missing), reg)


def score_registry(scored: list[tuple[dict, Entry]], registry: dict[str, Actor]) -> RegistryScore:
    """Registry precision over (gold, entry) pairs ingested into one content folder (see the module's
    docstring): each slug the entries use, paired one to one with a real actor it matches."""
    forms_of = slug_forms(registry)
    real = _real_actors([gold for gold, _ in scored])
    candidates: dict[str, set[str]] = {}
    for (gold, entry), ids in zip(scored, real):
        g_actors = gold.get("actors") or []
        for slug in _slugs_used(entry):
            forms = forms_of(slug)
            hits = candidates.setdefault(slug, set())
            hits.update(ids[j] for j, a in enumerate(g_actors) if forms & _gold_actor_forms(a))
    owner = _max_matching(candidates)
    taken = set(owner)  # the slugs paired with a real actor
    return RegistryScore(
        slugs=len(candidates),
        matched=len(owner),
        duplicates=tuple(sorted(s for s, hits in candidates.items() if hits and s not in taken)),
        junk=tuple(sorted(s for s, hits in candidates.items() if not hits)),
    )


def _gold_actor_forms(actor: dict) -> set[str]:
    return name_forms([actor.get("name", ""), *(actor.get("surface_forms") or [])])


def _slugs_used(entry: Entry) -> list[str]:
    """The actor slugs an entry uses: its actors, its events' actors, its quotes' speakers."""
    used = [*entry.actors, *(s for e in entry.events for s in e.actors), *(q.speaker for q in entry.quotes)]
    return list(dict.fromkeys(s for s in used if s))


def _real_actors(golds: list[dict]) -> list[list[str]]:
    """Per gold file, per gold actor: the real actor it is (a name that stands for all its gold
    actors). Two gold actors are one real actor when their names are equal, or one's name is a
    surface form of the other; and so on transitively. Not through a name that is a surface form of
    several real actors: one article's unnamed 'Prime Minister' is a surface form of every named prime
    minister of the others, who are not one actor for it ('ruling party' of two countries' parties)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    def join(one: str, other: str) -> None:
        one, other = find(one), find(other)
        if one != other:
            parent[max(one, other)] = min(one, other)

    names = {norm(a.get("name", "")) for gold in golds for a in gold.get("actors") or []}
    links = [
        (norm(a.get("name", "")), form)
        for gold in golds
        for a in gold.get("actors") or []
        for form in _gold_actor_forms(a) & names
    ]
    owners: dict[str, set[str]] = {}  # a gold name -> the other gold names it is a surface form of
    for name, form in links:
        if form != name:
            owners.setdefault(form, set()).add(name)
    for name, form in links:
        if len(owners.get(form, ())) <= 1:
            join(name, form)
    for name, form in links:  # 'Blinken' of 'Antony Blinken' and 'Antony J. Blinken': one real actor already
        if len({find(n) for n in owners.get(form, ())}) == 1:
            join(name, form)
    return [[find(norm(a.get("name", ""))) for a in gold.get("actors") or []] for gold in golds]


def _max_matching(candidates: dict[str, set[str]]) -> dict[str, str]:
    """A maximum one-to-one pairing of slugs with the real actors each may be (augmenting paths,
    slugs in sorted order: deterministic): slug -> real actor."""
    owner: dict[str, str] = {}  # real actor -> slug

    def augment(slug: str, seen: set[str]) -> bool:
        for real in sorted(candidates[slug]):
            if real not in seen:
                seen.add(real)
                if real not in owner or augment(owner[real], seen):
                    owner[real] = slug
                    return True
        return False

    for slug in sorted(candidates):
        augment(slug, set())
    return {slug: real for real, slug in owner.items()}


def _row(name: str, prf: PRF) -> str:
    return (
        f"  {name:<15} P {prf.precision:5.3f}  R {prf.recall:5.3f}  F1 {prf.f1:5.3f}   "
        f"(tp {prf.tp}, fp {prf.fp}, fn {prf.fn})"
    )


def format_report(report: Report, names: bool = True) -> str:
    """The report as text; ``names=False`` (the held-out split) leaves out the registry's duplicate and
    junk slugs, so that reading the figures of text not tuned on shows no name to write a rule for."""
    lines = []
    for a in report.articles:
        lines.append(f"{Path(a.article).name}  ->  {a.entry or '(no entry)'}")
        lines += [_row(f, prf) for f, prf in a.fields]
        lines.append(
            f"  kinds right     {a.kinds_right}/{a.kinds_matched} matched actors; "
            f"sources exact: {'yes' if a.sources_exact else 'no'}; wrong speakers: {a.wrong_speakers}"
        )
    lines.append(f"overall (micro, {len(report.articles)} articles)")
    lines += [_row(f, prf) for f, prf in report.overall]
    found = report.get("quotes found").tp
    lines.append(f"  wrong speakers  {report.wrong_speakers} of {found} quotes found")
    if report.registry is not None:
        reg = report.registry
        lines.append(
            f"  registry        P {reg.precision:5.3f}   ({reg.matched} real actors / {reg.slugs} actor slugs used; "
            f"{len(reg.duplicates)} duplicates, {len(reg.junk)} match no gold actor)"
        )
        lines += [f"    duplicate: {', '.join(reg.duplicates)}"] if reg.duplicates and names else []
        lines += [f"    no gold actor: {', '.join(reg.junk)}"] if reg.junk and names else []
    lines += [_row(f"kind {k}", prf) for k, prf in report.kinds]
    lines += [f"problem: {p}" for p in report.problems]
    return "\n".join(lines)


# --------------------------------------------------------------------------- happenings
# Gold happenings (tests/gold/happenings/<story>.yaml: the story's articles, every dated happening
# they report and the sentences reporting it): which events report one real-world happening,
# scored over pairs of events.


@dataclass(frozen=True)
class StoryScore:
    story: str
    split: str
    events: int  # events of the story's entries
    matched: int  # of them, matched to a gold report
    ours: PRF  # pairs, with the ingest's happening ids
    naive: PRF  # pairs, with "same date, same happening"


@dataclass(frozen=True)
class HappeningsReport:
    stories: tuple[StoryScore, ...]
    problems: tuple[str, ...] = ()

    def pooled(self, split: str | None = None, naive: bool = False) -> PRF:
        total = PRF()
        for s in self.stories:
            if split is None or s.split == split:
                total = total + (s.naive if naive else s.ours)
        return total


def _squash(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _article_root(gold_dir: Path, article: str) -> Path:
    """The folder the gold files' article paths are relative to (the repository's root)."""
    for root in (Path.cwd(), *gold_dir.resolve().parents):
        if (root / article).is_file():
            return root
    raise Unscorable(f"{gold_dir}: article {article} not found (paths are relative to the repository root)")


def score_happenings(gold_dir: Path, split: str | None = None) -> HappeningsReport:
    """Ingest each gold story's articles into a fresh temporary content folder, with the product's
    own ingest (so its happening ids are the ones a build gives), and score its pairs of events."""
    gold_dir = Path(gold_dir)
    stories, problems = [], []
    for path, gold in gold_files(gold_dir, split, happenings=True):
        articles = [str(a) for a in gold["articles"]]
        root = _article_root(gold_dir, articles[0])
        with tempfile.TemporaryDirectory(prefix="score-happenings-") as tmp:
            content = Path(tmp) / "content"
            ingested = run_ingest(tuple(root / a for a in articles), content, force=False, root=root)
            problems += [str(p) for p in ingested.problems if p.severity == "error"]
            entries = _entries_by_seed(content)
        stories.append(score_story(path.stem, gold, entries))
    return HappeningsReport(tuple(stories), tuple(problems))


def _entries_by_seed(content: Path) -> dict[str, Entry]:
    found = {}
    for file in sorted((content / "entries").rglob("*.md")):
        entry, _ = parse_entry(file.name, file.read_text(encoding="utf-8"))
        if entry is not None:
            found[entry.seed] = entry
    return found


def score_story(story: str, gold: dict, entries: dict[str, Entry]) -> StoryScore:
    """Pairs of the story's events: gold-coreferent when matched to one gold happening,
    predicted-coreferent when they share a happening id (naive: when they share a date)."""
    events = [
        (article, e) for article in map(str, gold["articles"]) if article in entries for e in entries[article].events
    ]
    gold_of = [_gold_happening(gold, article, e) for article, e in events]
    ours = _pairs(events, gold_of, lambda e: e.happening)
    naive = _pairs(events, gold_of, lambda e: f"{e.date}/{e.end_date or ''}")
    split = str(gold.get("split", "dev"))
    matched = sum(g is not None for g in gold_of)
    return StoryScore(str(gold.get("story") or story), split, len(events), matched, ours, naive)


def _gold_happening(gold: dict, article: str, event) -> str | None:
    """The id of the gold happening an event reports: one whose report in this article is part of
    the event's sentence; of several, one whose date overlaps the event's."""
    sentence = _squash(event.text)
    found = [
        h
        for h in gold["happenings"]
        if any(
            str(r.get("article")) == article and _squash(r.get("sentence", "")) in sentence
            for r in h.get("reports") or []
        )
    ]
    if not found:
        return None
    overlapping = [h for h in found if _overlaps(str(h.get("date", "")), event.date, event.end_date)]
    return str((overlapping or found)[0]["id"])


def _overlaps(gold_date: str, date: str, end_date: str | None) -> bool:
    try:
        first, _, last = gold_date.partition("/")
        g0, g1 = date_span(first)[0], date_span(last or first)[1]
        e0, e1 = date_span(date)[0], date_span(end_date or date)[1]
    except ValueError:
        return False
    return g0 <= e1 and e0 <= g1


def _pairs(events, gold_of: list[str | None], predicted) -> PRF:
    tp = fp = fn = 0
    for i in range(len(events)):
        for j in range(i + 1, len(events)):
            gi, gj = gold_of[i], gold_of[j]
            if gi is None and gj is None:
                continue
            same = predicted(events[i][1]) == predicted(events[j][1])
            if gi is None or gj is None:
                fp += same  # an event no gold report names, merged with one it does
            elif gi == gj:
                tp += same
                fn += not same
            else:
                fp += same
    return PRF(tp, fp, fn)


def format_happenings(report: HappeningsReport) -> str:
    lines = [f"{'story':44} {'split':8} {'events':>6} {'matched':>7}   P      R      F1   | naive P  R      F1"]
    for s in report.stories:
        lines.append(f"{s.story[:44]:44} {s.split:8} {s.events:6d} {s.matched:7d} " + _prf3(s.ours, s.naive))
    for split in sorted({s.split for s in report.stories}):
        lines.append(
            f"{'pooled (micro) ' + split:44} {'':8} {'':6} {'':7} "
            + _prf3(report.pooled(split), report.pooled(split, naive=True))
        )
    lines += [f"problem: {p}" for p in report.problems]
    return "\n".join(lines)


def _prf3(ours: PRF, naive: PRF) -> str:
    return (
        f"{ours.precision:6.3f} {ours.recall:6.3f} {ours.f1:6.3f} | "
        f"{naive.precision:6.3f} {naive.recall:6.3f} {naive.f1:6.3f}"
    )
