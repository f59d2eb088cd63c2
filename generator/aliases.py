"""The cast of one article: who the actors are and every place they are mentioned.

From the NER entities of each block plus general rules: surnames -> full names, titles before
names ("NATO Secretary-General Jens Stoltenberg" gives the role and the affiliation NATO), role
phrases ("the NATO chief", "the US diplomat", "The Secretary"), demonyms and metonyms ("Russian
forces", "Moscow", "the Kremlin" -> Russia; "the Biden administration" -> United States),
generic names of named organisations ("the alliance", "Allies" -> NATO). Outlets that are only
cited are sources; countries and capitals named only as venues are places.
"""

from __future__ import annotations

from .nlp import text_of

import re
from dataclasses import dataclass, field

from . import gazetteer as gz

TITLE_WORDS = (r"(?:Vice |Deputy |Under |Assistant |Acting |Prime |Foreign |Defen[cs]e |Interior |Finance |Economy |"
               r"External Affairs |Chief |High |Special |Senior |First |Supreme |Executive |Permanent |Principal |Press )*"
               r"(?:President|Premier|Minister|Secretary-General|Secretary General|Secretary|Spokesperson|Spokesman|"
               r"Spokeswoman|Ambassador|Chancellor|Chairman|Chairwoman|Chair|Director|Commissioner|Representative|"
               r"General|Gen\.|Admiral|Senator|Sen\.|Rep\.|Governor|Mayor|King|Queen|Prince|Pope|Speaker|Administrator|"
               r"Envoy|Commander|Chief of Staff|Chief|Head|Leader|Coordinator|Advisor|Adviser|Counselor|Mr\.?|Ms\.?|"
               r"Mrs\.?|Dr\.?|Lt\.? Gen\.?|Col\.?|Maj\.?)"
               r"(?: (?:of|for) (?:the )?(?:State|Defen[cs]e|Foreign Affairs|the Treasury|Treasury|Homeland Security|"
               r"[A-Z][a-z]+(?: [A-Z][a-z]+)?))?")
_TITLE_BEFORE = re.compile(r"((?:(?:[A-Z][\w.'-]*|U\.S\.|the) )?" + TITLE_WORDS + r"(?:,)?) $")
_ITS_ROLE = re.compile(r"(\w+) and (?:its|his|her|their) (president|leader|chief|prime minister|foreign minister) $")
ROLE_NOUNS = (r"(?:top diplomat|foreign minister|prime minister|defen[cs]e minister|secretary-general|secretary general|"
              r"deputy secretary|secretary of state|secretary|president|chief|diplomat|leader|minister|spokesperson|"
              r"spokesman|spokeswoman|envoy|ambassador|chancellor|premier|head|commander)")
_ROLE_PHRASE = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts) (?:(?P<aff>[A-Z][\w.'-]*|U\.S\.) )?(?P<role>" + ROLE_NOUNS + r")\b", re.I)
_ROLE_MATCH = {"diplomat": r"secretary of state|foreign|external affairs|ambassador|diplomat",
               "top diplomat": r"secretary of state|foreign|external affairs",
               "chief": r"secretary-general|secretary general|president|chief|head|director|chair|leader|prime minister|chancellor",
               "head": r"secretary-general|secretary general|president|chief|head|director|chair|leader",
               "leader": r"president|prime minister|chancellor|leader|premier|king|secretary-general|chief",
               "president": r"^president|^vice president"}
_PEOPLE_NOUNS = ("forces", "force", "troops", "soldiers", "army", "military", "officials", "official", "civilians",
                 "government", "authorities", "diplomats", "leaders", "people", "navy", "air force", "citizens",
                 "invasion", "attack", "attacks", "aggression", "side", "regime", "state", "companies", "ministry",
                 "drive", "offensive", "strikes", "shelling", "partners", "counterparts")
_LOCATIVE_PREPS = {"in", "at", "into", "from", "near", "around", "across", "throughout", "inside", "outside", "within",
                   "toward", "towards", "via", "through", "over", "to", "for", "of", "between", "out"}
_MOTION = {"heading", "head", "headed", "heads", "arrived", "arrive", "arrives", "travel", "travelled", "traveled",
           "travels", "trip", "visit", "visited", "visits", "flew", "fly", "return", "returned", "went", "go", "way",
           "back", "moved", "movement", "withdrawal", "pullback", "parts", "areas", "part", "area", "regions"}
_SKIP_PERSON = {"god", "allah"}


@dataclass
class CastMember:
    key: str  # canonical name
    kind: str  # person | organization | country | other
    first: tuple[int, int]
    forms: list[str] = field(default_factory=list)  # surface forms, in order seen
    names: list[str] = field(default_factory=list)  # proper-name forms (for registry look-up)
    role: str = ""
    aff: set[str] = field(default_factory=set)
    acting: bool = False  # a country/capital used as an actor at least once (not only as a venue)


@dataclass(frozen=True)
class Mention:
    block: int
    start: int
    end: int
    key: str


class Cast:
    """Actors, mentions, places and sources of one article (built by :func:`build_cast`)."""

    def __init__(self) -> None:
        self.members: dict[str, CastMember] = {}
        self.mentions: list[Mention] = []
        self.places: dict[str, tuple[int, int]] = {}
        self.sources: dict[str, tuple[int, int]] = {}
        self.surnames: dict[str, str] = {}

    def add(self, key: str, kind: str, block: int, start: int, end: int, form: str, *, name: bool = False,
            acting: bool = True) -> None:
        m = self.members.get(key)
        if m is None:
            m = self.members[key] = CastMember(key, kind, (block, start))
        m.first = min(m.first, (block, start))
        form = form.strip()
        if form and form.lower() not in {f.lower() for f in m.forms} and form.lower() not in ("he", "she", "they", "we"):
            m.forms.append(form)
        if name and form and form not in m.names:
            m.names.append(form)
        m.acting = m.acting or acting
        self.mentions.append(Mention(block, start, end, key))

    def place(self, name: str, block: int, start: int) -> None:
        self.places.setdefault(gz.PLACES.get(name, name), (block, start))

    def actors(self) -> list[CastMember]:
        out = [m for m in self.members.values() if m.kind != "country" or m.acting]
        return sorted(out, key=lambda m: m.first)

    def place_names(self) -> list[str]:
        acting = {m.key for m in self.actors()}
        places = dict(self.places)
        for m in self.members.values():
            if m.kind == "country" and not m.acting:
                places.setdefault(m.key, m.first)
        return [p for p, _ in sorted(places.items(), key=lambda kv: kv[1]) if p not in acting]

    def keys_in(self, block: int, start: int, end: int) -> list[str]:
        """Actors mentioned inside a character range of a block, in order."""
        acting = {m.key for m in self.actors()}
        out: list[str] = []
        for m in sorted(self.mentions, key=lambda m: (m.block, m.start)):
            if m.block == block and start <= m.start and m.end <= end and m.key in acting and m.key not in out:
                out.append(m.key)
        return out

    def person_by_name(self, text: str) -> str | None:
        """A person key for a full name, a surname or 'Title Surname'."""
        t = clean(text)
        if t in self.members and self.members[t].kind == "person":
            return t
        last = t.split()[-1] if t.split() else ""
        return self.surnames.get(last) or self.surnames.get(last.capitalize())

    def resolve_role(self, aff: str | None, role: str, block: int, pos: int) -> str | None:
        """'the NATO chief', 'the US diplomat', 'the Secretary' -> the person it names, if any."""
        role_l = role.lower()
        people = [m for m in self.members.values() if m.kind == "person" and m.role]
        if aff:
            canon = gz.country_of(aff) or gz.ORGS.get(aff) or aff
            people = [m for m in people if canon in m.aff]
        want = _ROLE_MATCH.get(role_l)
        fits = [m for m in people if (re.search(want, m.role.lower()) if want else role_l in m.role.lower())]
        if not aff:
            starts = [m for m in fits if _strip_aff(m.role).lower().startswith(role_l)]
            fits = starts or fits
        if not fits:
            return None
        before = [m for m in fits if m.first <= (block, pos)] or fits
        return max(before, key=lambda m: self._last_before(m.key, block, pos)).key

    def _last_before(self, key: str, block: int, pos: int) -> tuple[int, int]:
        ps = [(x.block, x.start) for x in self.mentions if x.key == key and (x.block, x.start) <= (block, pos)]
        return max(ps) if ps else (-1, -1)

    def last_person_before(self, block: int, pos: int) -> str | None:
        ps = [x for x in self.mentions if (x.block, x.start) < (block, pos)
              and self.members[x.key].kind == "person"]
        return max(ps, key=lambda x: (x.block, x.start)).key if ps else None


def clean(text: str) -> str:
    t = " ".join(text.replace("’", "'").split())
    t = re.sub(r"'s?$", "", t).strip(" ,.;:()\"“”")
    return re.sub(r"^(?:[Tt]he|[Ff]ormer|[Ss]aid) ", "", t)


def _strip_aff(role: str) -> str:
    words = role.split()
    while words and (gz.country_of(words[0]) or words[0] in gz.ORGS or words[0].lower() == "the"):
        words = words[1:]
    return " ".join(words)


def _canon_person(name: str) -> str:
    parts = [p for p in name.split() if not re.fullmatch(r"[A-Z]\.?", p)]
    return " ".join(parts) or name


def _is_locative(span) -> bool:
    """Is this country/capital mention only where something happens (a venue), not who acts?

    Read from the words around it, no parse: 'in/at/from/near ... X' (also across a list, 'in
    Poland, Latvia and Estonia', and directions, 'in eastern and southern Ukraine') and 'visited
    X', 'heading for X', 'parts of X' are venues; 'with/against/by/on X', 'X's', a subject are not.
    """
    doc = span.doc
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    if nxt in ("'s", "’s", "'", "’"):
        return False
    in_list = nxt in (",", "and", "or")
    i = span.start - 1
    while i >= 0 and span.start - i < 12:
        t = doc[i]
        low = t.lower_
        if low in ("and", "or", "both", "either", "especially", "including", "notably", "particularly", "mainly"):
            in_list = True
        elif low == ",":
            if not in_list:
                return False
        elif not (low in ("the", "a", "an") or low.endswith("ern") or t.ent_type_ in ("GPE", "LOC")):
            break
        i -= 1
    if i < 0:
        return False
    prev = doc[i].lower_
    if prev in ("with", "against", "by", "on", "between", "upon"):
        return False
    if prev in ("to", "for", "of"):
        return i > 0 and doc[i - 1].lower_ in _MOTION
    return prev in _LOCATIVE_PREPS or prev in _MOTION


def _before_title(doc, e) -> bool:
    """'US Secretary of State ...', 'Ukrainian Foreign Minister ...': an affiliation inside a title."""
    nxt = doc[e.end] if e.end < len(doc) else None
    return nxt is not None and nxt.text[:1].isupper() and bool(re.match(TITLE_WORDS, text_of(doc)[nxt.idx:nxt.idx + 40]))


def build_cast(docs, blocks_offset: list[int] | None = None) -> Cast:
    """The cast of an article from one parsed Doc per block."""
    cast = Cast()
    ents = [(b, e) for b, doc in enumerate(docs) for e in doc.ents]
    has_org = set()
    ents = [(b, e) for b, e in ents if e.start_char >= _label_end(docs[b])]
    titled = {(b, e.start) for b, e in ents if e.label_ == "ORG" and _titled(e)}
    for b, e in ents:  # pass 1: people (full names first, so surnames resolve)
        if e.label_ == "PERSON" or (b, e.start) in titled:
            _person(cast, b, e)
    for b, e in ents:
        if (b, e.start) not in titled and e.label_ in ("ORG", "GPE", "NORP", "LOC", "FAC", "PERSON"):
            text = clean(e.text)
            if e.label_ == "ORG" and (gz.ORGS.get(text) or text) in gz.ORGS.values():
                has_org.add(gz.ORGS.get(text, text))
            if e.label_ != "PERSON":
                _other(cast, b, e, text)
    for b, doc in enumerate(docs):
        _token_rules(cast, b, doc, has_org)
    return cast


def _titled(e) -> bool:
    """An ORG right after a personal title is a person the model mislabelled ('Chancellor Olaf Scholz')."""
    words = e.text.split()
    left = text_of(e.doc)[max(0, e.start_char - 40):e.start_char]
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and \
        bool(re.search(r"\b(?:President|Chancellor|Minister|Secretary|Premier|Ambassador|Senator|Governor|Mayor) $", left))


_LABEL = re.compile(r"^(?:[A-Z][A-Z.'’-]+ ){0,4}[A-Z][A-Z.'’-]+:\s")


def _label_end(doc) -> int:
    """Length of a transcript speaker label opening the block ('MR PRICE: '), else 0."""
    m = _LABEL.match(text_of(doc))
    return m.end() if m else 0


def _person(cast: Cast, b: int, e) -> None:
    text = clean(e.text)
    if not text or not text[0].isupper() or text.lower() in _SKIP_PERSON or gz.country_of(text) or text in gz.PLACES \
            or text in gz.CAPITALS or text in gz.ORGS or gz.is_outlet(text):
        return
    nxt = e.doc[e.end].text.lower() if e.end < len(e.doc) else ""
    if nxt in ("administration", "government", "'s administration", "campaign", "era", "doctrine"):
        return  # "the Biden administration" is handled as a country metonym
    canon = _canon_person(text)
    last = canon.split()[-1]
    key = cast.surnames.get(last)
    if key and len(canon.split()) > len(key.split()) and cast.members[key].kind == "person":
        member = cast.members.pop(key)  # upgrade 'Putin' -> 'Vladimir Putin'
        member.key = canon
        cast.members[canon] = member
        cast.mentions = [Mention(m.block, m.start, m.end, canon if m.key == key else m.key) for m in cast.mentions]
        for s, k in list(cast.surnames.items()):
            if k == key:
                cast.surnames[s] = canon
        key = canon
    key = key or canon
    cast.surnames.setdefault(last, key)
    left = text_of(e.doc)[max(0, e.start_char - 80):e.start_char]
    cast.add(key, "person", b, e.start_char, e.end_char, e.text.replace("’", "'").removesuffix("'s"), name=True)
    member = cast.members[key]
    m = _TITLE_BEFORE.search(left)
    if m and not member.role:
        role = m.group(1).strip(" ,")
        role = re.sub(r"^the ", "", role)
        if not re.fullmatch(r"(?:Mr|Ms|Mrs|Dr)\.?", role):
            member.role = role
        full = (role + " " + e.text).strip()
        if full not in member.forms:
            member.forms.insert(len(member.forms) - 1, full)
    if m:
        for w in m.group(1).replace(",", "").split():
            canon_aff = gz.country_of(w) or gz.ORGS.get(w)
            if canon_aff or (w.isupper() and len(w) > 1):
                member.aff.add(canon_aff or w)
    m2 = _ITS_ROLE.search(left)
    if m2:
        member.aff.add(gz.country_of(m2.group(1)) or m2.group(1))
        member.role = member.role or m2.group(2).title()
        form = f"its {m2.group(2)} {e.text}"
        if form not in member.forms:
            member.forms.insert(0, form)


def _other(cast: Cast, b: int, e, text: str) -> None:
    label, doc = e.label_, e.doc
    if text in cast.surnames:  # "Stoltenberg" mislabelled as GPE/ORG
        cast.add(cast.surnames[text], "person", b, e.start_char, e.end_char, text, name=True)
        return
    country = gz.country_of(text) or gz.CAPITALS.get(text)
    if label in ("LOC", "FAC") and not country or text in gz.PLACES:
        cast.place(text, b, e.start_char)
        return
    if label == "NORP":
        if country and text in gz.DEMONYMS:
            _demonym(cast, b, e, country)
        return
    if label == "ORG" and not country:
        left = text_of(doc)[max(0, e.start_char - 14):e.start_char]
        if re.search(r"(?:Secretary|Minister|Department|Ministry) of $", left):
            return  # "State" in "Secretary of State"
        if gz.is_outlet(text) or _cited(doc, e):
            name = re.sub(r"^the ", "The ", e.text.replace("’", "'").removesuffix("'s"))
            cast.sources.setdefault(name, (b, e.start_char))
            return
        canon = gz.ORGS.get(text, text)
        cast.add(canon, "organization", b, e.start_char, e.end_char, e.text.removesuffix("'s"), name=True)
        return
    if country:
        if _before_title(doc, e):
            return
        if text in gz.CAPITALS and text not in gz.COUNTRIES and _is_locative(e):
            cast.place(text, b, e.start_char)
            return
        acting = not _is_locative(e)
        cast.add(country, "country", b, e.start_char, e.end_char, e.text.removesuffix("'s"), name=True, acting=acting)
        return
    if label == "GPE":
        cast.place(text, b, e.start_char)


def _cited(doc, e) -> bool:
    after = text_of(doc)[e.end_char:e.end_char + 30]
    before = text_of(doc)[max(0, e.start_char - 30):e.start_char]
    if re.match(r"^(?:'s)? (?:reported|reports|report\b|quoted|cited|said in a report)", after):
        return True
    if re.search(r"(?:according to|as per|told|[Ss]peaking to|interview with|reported by) (?:the |The )?$", before):
        return bool(set(clean(e.text).lower().split()) & gz.OUTLET_WORDS)
    return False


def _demonym(cast: Cast, b: int, e, country: str) -> None:
    doc = e.doc
    nxt = doc[e.end] if e.end < len(doc) else None
    if nxt is not None and nxt.text.lower() in gz.PLACE_NOUNS:
        cast.place(_capital_of(country) if nxt.text.lower() == "capital" else country, b, e.start_char)
        if nxt.text.lower() == "capital":
            return
        cast.add(country, "country", b, e.start_char, nxt.idx + len(nxt), f"{e.text} {nxt.text}", acting=False)
        return
    if _before_title(doc, e):
        return  # "Ukrainian Foreign Minister Dmytro Kuleba": an affiliation, not a mention
    if nxt is not None and nxt.text.lower() in _PEOPLE_NOUNS:
        cast.add(country, "country", b, e.start_char, nxt.idx + len(nxt), f"{e.text} {nxt.text}")
        return
    cast.add(country, "country", b, e.start_char, e.end_char, e.text)


def _capital_of(country: str) -> str:
    return next((c for c, k in gz.CAPITALS.items() if k == country), country)


_ADMIN = re.compile(r"\b[Tt]he (?:[A-Z][a-z]+ )?[Aa]dministration\b")
_ALLIES = re.compile(r"\b(?:(?:[Tt]he )?(?:NATO )?[Aa]llies(?: and partners)?|[Tt]he [Aa]lliance|[Tt]he (?:27-member )?bloc)\b")
_DIRECTION = re.compile(r"\b((?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)ern"
                        r"(?: and (?:north|south|east|west)ern)?) ([A-Z][a-z]+)\b")
_POSS_DIRECTION = re.compile(r"\b([A-Z][a-z]+)'s (north|south|east|west)\b")


def _token_rules(cast: Cast, b: int, doc, has_org: set[str]) -> None:
    text = text_of(doc).replace("’", "'")
    for m in _ADMIN.finditer(text):
        if "United States" in (gz.country_of(w) for w in text[max(0, m.start() - 30):m.start()].split()) or m.group(0).split()[1][0].isupper():
            cast.add("United States", "country", b, m.start(), m.end(), m.group(0))
    for m in _ALLIES.finditer(text):
        low = m.group(0).lower()
        target = "European Union" if "bloc" in low else "NATO"
        prev = text[max(0, m.start() - 20):m.start()].split()
        if target in has_org and not (prev and (prev[-1].endswith("'s") or gz.country_of(prev[-1]))):
            cast.add(target, "organization", b, m.start(), m.end(), m.group(0))
    for m in _ROLE_PHRASE.finditer(text):
        aff = m.group("aff")
        if aff and not (gz.country_of(aff) or aff in gz.ORGS or aff.isupper()):
            continue
        key = cast.resolve_role(aff, m.group("role"), b, m.start())
        if key:
            cast.add(key, "person", b, m.start(), m.end(), m.group(0))
    for m in _DIRECTION.finditer(text):
        if gz.country_of(m.group(2)) or m.group(2) in gz.PLACES:
            cast.place(f"{m.group(1)} {m.group(2)}", b, m.start())
    for m in _POSS_DIRECTION.finditer(text):
        if gz.country_of(m.group(1)):
            cast.place(f"{m.group(2)}ern {m.group(1)}", b, m.start())
