"""Why each gold actor of the dev split is missed, bucketed by kind of loss.

Run from the repository root: ``python bench/actor_misses.py [--list]``. Each dev article of
tests/gold/wide (never the held-out split) goes through the rules (``pipeline.found_of``) with every
step of ``aliases._other`` that can set an entity aside traced, so a gold actor the rules found and
dropped is named with the rule that dropped it. A missed gold actor (paired by form as the scorer
pairs them, against the cast's actors minus those the rules drop) falls in the first bucket that
fits:

- ``dropped: <rule>``: the cast had it and a rule over the cast dropped it (``idle`` organisation,
  ``bare`` name, ``reporter``), or the cast holds it but not as an actor (``country not acting``:
  left as a place; ``piece``: ``Cast._piece``);
- ``sorted out: <step>``: the model tagged it (label given) and a step of ``_other`` set it aside;
- ``cut or merged``: an actor of the cast holds a longer or shorter form of it;
- ``entity, lost before sorting``: the model tagged it but it never reached ``_other``;
- ``place`` / ``cited outlet``: the cast holds it as a place or a source;
- with no entity of the model over any of its forms: ``no entity: capitals`` ('JOHN DOE'),
  ``no entity: acronym`` ('ISIL'), ``no entity: title + surname``, ``no entity: proper name``,
  ``no entity: government/body noun``
  ('the government', 'the ministry'), ``no entity: group/crowd`` (a plural noun of people),
  ``no entity: other description``, ``not in text`` (no form written as is).

The counts per bucket and per batch letter are printed; ``--list`` prints every miss too.
"""

from __future__ import annotations

import functools
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.train_actors import articles  # noqa: E402
from generator.annotate import aliases  # noqa: E402
from generator.annotate.nlp import text_of  # noqa: E402
from generator.annotate.pipeline import found_of  # noqa: E402
from generator.score import gold_actor_sets, name_forms, norm, pair_forms  # noqa: E402

# The steps of ``aliases._other`` (and of ``_organisation`` inside it) that set an entity aside when
# they answer True; the first to answer True for an entity is the one named.
_STEPS = (
    "_no_mention_of_its_own",
    "_surname_read_as_other",
    "_short_name_read_as_other",
    "_city_of_a_district",
    "_countries_related",
    "_person_instead",
    "_town_read_as_body",
    "_inside_a_title_or_name",
    "_placed_by_name",
    "_people_for_a_body",
    "_common_word_as_body",
    "_affiliation",
    "_cited",
    "_government_or_pair",
)
_TRACE: dict[tuple, str] = {}
_REACHED: set[tuple] = set()


def _span_key(e) -> tuple:
    return (id(e.doc), e.start_char, e.end_char)


def _traced(name: str, fn):
    @functools.wraps(fn)
    def run(*args, **kwargs):
        out = fn(*args, **kwargs)
        spans = [a for a in args if hasattr(a, "start_char") and hasattr(a, "doc")]
        if out and spans:
            _TRACE.setdefault(_span_key(spans[0]), name)
        return out

    return run


def _install() -> None:
    for name in _STEPS:
        setattr(aliases, name, _traced(name, getattr(aliases, name)))
    other = aliases._other

    def reached(cast, b, e, text):
        _REACHED.add(_span_key(e))
        return other(cast, b, e, text)

    aliases._other = reached


_BODY_NOUN = re.compile(
    r"\b(?:government|administration|ministry|department|office|commission|council|court|parliament|"
    r"authority|agency|executive|party|parties|committee|army|military|police|cabinet|leadership|congress)\b",
    re.I,
)
_PEOPLE_PLURAL = re.compile(r"\b[a-z]+(?:ers|ors|ists|ians|ants|ents|men|people|officials|crew|team|s)\b")
_TITLES = re.compile(
    r"^(?:(?:Vice|Deputy|Acting|Prime|Principal) )*(?:President|Minister|Secretary|Administrator|Director|"
    r"Commissioner|Governor|Mayor|Senator|Ambassador|Spokesperson|General|Judge|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\b"
)


def _occurrences(docs, form: str):
    """(block, start, end) of each place ``form`` is written (its leading 'the' optional)."""
    f = re.sub(r"^(?:the|The) ", "", form.replace("’", "'"))
    if not f:
        return []
    out = []
    for b, d in enumerate(docs):
        t = text_of(d).replace("’", "'")
        out += [(b, m.start(), m.end()) for m in re.finditer(re.escape(f), t)]
    return out


def _common_start(name: str) -> bool:
    """A capital only because a sentence starts with it ('Passengers', 'Rescue teams and divers')."""
    from lemminflect import getAllLemmas

    words = name.split()
    return bool(words) and "NOUN" in getAllLemmas(words[0].lower()) and not any(w[:1].isupper() for w in words[1:])


def _shape(forms: list[str]) -> str:
    def bare(f):
        return re.sub(r"^(?:the|The|a|A|an|An|some|Some|our|Our|my|My|its|their) ", "", f)

    names = [bare(f) for f in forms]
    if any(re.fullmatch(r"[A-Z][A-Z.'’ -]{3,}", n) and " " in n for n in names):
        return "no entity: capitals"
    if any(re.fullmatch(r"[A-Z][A-Z0-9&-]{1,7}", n) for n in names):
        return "no entity: acronym"
    names = [n[0].lower() + n[1:] if _common_start(n) else n for n in names]
    if any(_TITLES.match(n) and len(n.split()) == 2 and n.split()[1][:1].isupper() for n in names):
        return "no entity: title + surname"
    if any(re.search(r"\b[A-Z][a-z]", n) and not _BODY_NOUN.search(n.lower()) for n in names if n[:1].isupper()):
        if not all(n[:1].islower() for n in names):
            return "no entity: proper name"
    if any(_BODY_NOUN.search(n) for n in names):
        return "no entity: government/body noun"
    if any(_PEOPLE_PLURAL.search(n) for n in names):
        return "no entity: group/crowd"
    return "no entity: other description"


def classify(found, gold_actor: dict, gset: set[str]) -> tuple[str, str]:
    """(bucket, detail) of one missed gold actor."""
    cast, docs = found.cast, found.docs
    forms = [gold_actor.get("name", ""), *(gold_actor.get("surface_forms") or [])]
    members = list(cast.members.values())
    for m in members:
        if name_forms([m.key, *m.forms]) & gset:
            if m.key in found.idle:
                return "dropped: idle organisation", m.key
            if m.key in found.bare:
                return "dropped: bare name", m.key
            if m.key in found.reporters:
                return "dropped: reporter", m.key
            if m.kind == "country" and not m.acting:
                return "dropped: country not acting (a place)", m.key
            return "dropped: piece/thing", m.key
    if any(norm(p) in gset for p in cast.places):
        return "place", ""
    if any(norm(s) in gset for s in cast.sources):
        return "cited outlet", ""
    occ = [o for f in forms for o in _occurrences(docs, f)]
    ents = []
    for b, s, e in occ:
        ents += [x for x in docs[b].ents if x.start_char < e and s < x.end_char]
    if ents:
        for x in ents:
            step = _TRACE.get(_span_key(x))
            if step:
                return f"sorted out: {step}", f"{x.label_} {x.text!r}"
        longer = [
            m.key
            for m in cast.actors()
            for f in (m.key, *m.forms)
            for g in gset
            if len(g) > 3 and norm(f) != g and (g in norm(f) or norm(f) in g) and len(norm(f)) > 3
        ]
        if longer:
            return "cut or merged", longer[0]
        x = ents[0]
        if _span_key(x) in _REACHED:
            return "entity, kept by no step (wrong kind or merged)", f"{x.label_} {x.text!r}"
        return "entity, lost before sorting", f"{x.label_} {x.text!r}"
    if not occ:
        return "not in text", ""
    return _shape([f for f in forms[1:] if _occurrences(docs, f)] or forms), ""


def main() -> None:
    _install()
    arts = [a for a in articles("dev", (ROOT / "tests/gold/wide",)) if str(a[1].get("split", "dev")) == "dev"]
    buckets: Counter = Counter()
    letters: dict[str, Counter] = defaultdict(Counter)
    rows = []
    total = 0
    for name, gold, seed in arts:
        found = found_of([seed])[0]
        g_sets = gold_actor_sets(gold)
        total += len(g_sets)
        kept = [m for m in found.cast.actors() if m.key not in found.dropped_by_rules()]
        pairs = pair_forms([name_forms([m.key, *m.forms]) for m in kept], g_sets)
        got = {j for _, j in pairs}
        for j, g_actor in enumerate(gold.get("actors") or []):
            if j in got:
                continue
            bucket, detail = classify(found, g_actor, g_sets[j])
            buckets[bucket] += 1
            letters[bucket][Path(name).name[0]] += 1
            rows.append((bucket, Path(name).name, g_actor.get("kind"), g_actor.get("name"), detail))
    if "--list" in sys.argv:
        for row in sorted(rows):
            print(" | ".join(str(x) for x in row))
        print()
    print(f"{sum(buckets.values())} gold actors missed of {total} ({len(arts)} dev articles)")
    for bucket, n in buckets.most_common():
        spread = " ".join(f"{k}{v}" for k, v in sorted(letters[bucket].items()))
        print(f"  {n:4d}  {bucket:50s} {spread}")


if __name__ == "__main__":
    main()
