"""The cast of one article: its actors with their names, roles and affiliations, and every place
they are mentioned (built by aliases.build_cast). Also the title vocabulary shared by the rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from generator.annotate import gazetteer as gz
from generator.annotate.places import compass_region, unknown_acronym

TITLE_WORDS = (
    r"(?:Vice |Deputy |Under |Assistant |Acting |Prime |Foreign |Defen[cs]e |Interior |Finance |Economy |"
    r"External Affairs |Chief |High |Special |Senior |First |Supreme |Executive |Permanent |Principal |Press )*"
    r"(?:President|Premier|Minister|Secretary-General|Secretary General|Secretary|Spokesperson|Spokesman|"
    r"Spokeswoman|Ambassador|Chancellor|Chairman|Chairwoman|Chair|Director|Commissioner|Representative|"
    r"General|Gen\.|Admiral|Senator|Sen\.|Rep\.|Governor|Mayor|King|Queen|Prince|Pope|Speaker|Administrator|"
    r"Envoy|Commander|Chief of Staff|Chief|Head|Leader|Ranking Member|Coordinator|Advisor|Adviser|Counselor|"
    r"Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Lt\.? Gen\.?|Col\.?|Maj\.?|Attorney General|Attorney|Magistrate Judge|Magistrate|"
    r"Judge|Sheriff)"
    r"(?:-elect|-designate)?"  # 'President-elect X': the office-holder to be, a title all the same
    r"(?: (?:of|for) (?:the )?(?:State|Defen[cs]e|Foreign Affairs|the Treasury|Treasury|Homeland Security|"
    r"[A-Z][a-z]+(?: [A-Z][a-z]+)?))?"
)
# a form of address, not a name: 'Señor Secretario', 'Monsieur le Président', 'Madam Secretary', 'Mister Speaker'
FORM_OF_ADDRESS = re.compile(
    r"(?:Señor|Señora|Senor|Senora|Senhor|Senhora|Signor|Signore|Signora|Monsieur|Madame|Madam|Mister|Herr|Frau)"
    r"(?: (?:el|la|le) | l['’]| )(?:(?:Vice|Primer|Premier|Prime) ?)?"
    r"(?:Secretari[oa]|President[ea]?|Présidente?|Präsident(?:in)?|Ministr[oa]|Ministre|Minister(?:in)?|"
    r"Embajador(?:a)?|Ambassadeur|Canciller|Kanzler(?:in)?|Gobernador(?:a)?|Alcalde(?:sa)?|Senador(?:a)?|"
    r"Diputad[oa]|Direct(?:or|ora|eur|rice)|Secrétaire|Secretary|Speaker|Chairman|Chair|Mayor|Ambassador)"
)
_SUFFIX = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)$")
_TITLED = re.compile(rf"(?:^|\s){TITLE_WORDS}(?=\s|$)")


def given_names(form: str, surname: str) -> set[str]:
    """The given and middle names of a plain full name that ends with ``surname``, lower case and
    spelt without accents ('Edmund G. Brown' -> {'edmund'}, 'Hillary Rodham Clinton' -> {'hillary',
    'rodham'}, 'Bashar al-Assad' -> {'bashar'} for 'Assad'; the article 'Al' of 'Karim Al Rashidi' is none);
    none of a form with a title ('Governor Jeb Bush': its words before the name may be an office's), in
    capitals, with a word in lower case, or of another surname."""
    bare = _SUFFIX.sub("", form.strip())
    words = bare.split()
    if (
        len(words) < 2
        or bare.isupper()
        or _TITLED.search(bare)
        or not all(w[:1].isupper() or ARABIC_ARTICLE.match(w) for w in words)
    ):
        return set()
    if _without_article(words[-1]) != _without_article(surname):
        return set()  # 'Bashar al-Assad' has the surname 'Assad' too
    return {gz._fold(w.lower()) for w in words[:-1] if "." not in w and len(w) > 1 and w.lower() not in ("al", "el")}


ARABIC_ARTICLE = re.compile(r"(?:al|el)[-‐‑](?=\w\w)", re.I)  # the Arabic article joined to a surname ('al-Assad')


def _without_article(surname: str) -> str:
    """A surname folded to lower case, without the Arabic article joined to it ('al-Assad': 'assad')."""
    low = gz._fold(surname.lower())
    return ARABIC_ARTICLE.sub("", low, count=1) if ARABIC_ARTICLE.match(surname) else low


ROLE_NOUNS = (
    r"(?:top diplomat|foreign minister|prime minister|defen[cs]e minister|secretary-general|secretary general|"
    r"deputy secretary|secretary of state|secretary|president|chief|diplomat|leader|minister|spokesperson|"
    r"spokesman|spokeswoman|envoy|ambassador|chancellor|premier|head|commander)"
)
ROLE_PHRASE = re.compile(
    r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts) (?:(?P<aff>[A-Z][\w.'-]*|U\.S\.) )?(?P<role>" + ROLE_NOUNS + r")\b", re.I
)
_ROLE_MATCH = {
    "diplomat": r"secretary of state|foreign|external affairs|ambassador|diplomat",
    "top diplomat": r"secretary of state|foreign|external affairs",
    "chief": (
        r"secretary-general|secretary general|president|chief|head|director|chair|leader|prime minister|chancellor"
    ),
    "head": r"secretary-general|secretary general|president|chief|head|director|chair|leader",
    "leader": r"president|prime minister|chancellor|leader|premier|king|secretary-general|chief",
    "president": r"^president",
}
PEOPLE_NOUNS = (
    "forces",
    "force",
    "troops",
    "soldiers",
    "army",
    "military",
    "officials",
    "official",
    "government",
    "authorities",
    "diplomats",
    "leaders",
    "people",
    "navy",
    "air force",
    "invasion",
    "attack",
    "attacks",
    "aggression",
    "side",
    "regime",
    "state",
    "companies",
    "ministry",
    "drive",
    "offensive",
    "strikes",
    "shelling",
    "partners",
    "counterparts",
)
LOCATIVE_PREPS = {
    "in",
    "at",
    "into",
    "from",
    "near",
    "around",
    "across",
    "throughout",
    "inside",
    "outside",
    "within",
    "toward",
    "towards",
    "via",
    "through",
    "over",
    "to",
    "for",
    "of",
    "between",
    "out",
    "off",
}
MOTION = {
    "heading",
    "head",
    "headed",
    "heads",
    "arrived",
    "arrive",
    "arrives",
    "travel",
    "travelled",
    "traveled",
    "travels",
    "trip",
    "visit",
    "visited",
    "visits",
    "flew",
    "fly",
    "return",
    "returned",
    "went",
    "go",
    "way",
    "back",
    "moved",
    "movement",
    "withdrawal",
    "pullback",
    "parts",
    "areas",
    "part",
    "area",
    "regions",
}
_NAME = r"(?:[Tt]he )?[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|of|for|the|on))*"
_ISSUED = re.compile(
    r"\b(?:statement|readout|communiqu[eé]|press release|release)s? (?:from|by|issued by|released by|of) "
    r"(?P<x>" + _NAME + r")|(?P<y>" + _NAME + r")(?:'s?)? (?:said|says|added|announced|wrote) in a "
    r"(?:[\w-]+ )?statement"
)
_ISSUED_WORDS = ("statement", "readout", "communiqu", "release")  # every match of _ISSUED holds one
_CHARGED = re.compile(  # what the text says of one on trial: 'pleaded guilty', 'was charged', 'stands trial'
    r"\b(?:pleaded|pled|pleads|plead) (?:not )?guilty\b|\b(?:was|were|is|are|been|being) (?:\w+ly )?(?:charged|indicted"
    r"|convicted|sentenced|arraigned|prosecuted|found (?:not )?guilty)\b|\bstands? trial\b|\bwent on trial\b"
)
_CHARGED_WORDS = ("guilty", "charged", "indicted", "convicted", "sentenced", "arraigned", "prosecuted", "trial")
# (every match of _CHARGED holds one of them; a text with none is not searched: 80 real texts' 498 blocks,
# 2.6 -> 0.8 ms a pass)
# the nouns of an armed group's fighters, in the singular (events reads their plurals too)
REBEL_STEMS = ("rebel", "guerrilla", "militant", "insurgent", "separatist", "jihadist")
_REBEL_WORD = re.compile(r"\b(?:" + "|".join(f"{stem}s?" for stem in REBEL_STEMS) + r")\b", re.I)
# (every match of _REBEL_WORD holds one of REBEL_STEMS in lower case; where ``re.I`` folds as ``str.lower``, in an
# ASCII text, a text with none is not searched: 498 blocks, 4.1 -> 1.1 ms a pass)
_REBEL_SPAN = 60  # the most characters between a group's name and the word that calls it a rebel group
_HOME = re.compile(r"\b(?:of|from) ")  # 'John Roe, 26, of Springfield, pleaded': his town, whatever the NER says
_CHARGED_SPAN = 80  # the most characters between the end of a name and what it is charged with ('X, 26, of Y, was')


_STORM = re.compile(
    r"(?:Super |Tropical )?(?:Typhoon|Hurricane|Cyclone|Storm|Tropical Storm|Tropical Depression)s? [A-Z]"
)


_TITLE_END = re.compile(
    r"\b(?:Charg[eé](?: d'Affaires)?|Administrator|Minister|Secretary|Director|Spokesperson|Spokesman|"
    r"Spokeswoman|Ambassador|Commissioner|Envoy|Adviser|Advisor|Chairman|Chairwoman|Representative)$"
)
_LINKS = {"for", "of", "on", "and"}
# The head nouns of an office a person holds ('the Prosecutor of the Special Court')
_OFFICE_HEADS = set(
    "Prosecutor Secretary Minister Director President Chairman Chairwoman Chairperson Commissioner Registrar "
    "Governor Mayor Judge Ambassador Attorney Administrator Speaker Chancellor Comptroller Auditor Envoy "
    "Secretary-General Director-General Prosecutor-General Attorney-General".split()
)
# 'Army Col' (from 'Army Col. Steven Warren'), 'Marine Corps Lt': a name that ends in a rank is a piece of a title
_RANK_END = re.compile(r"\b(?:Lt|Col|Gen|Brig|Maj|Capt|Sgt|Adm|Cmdr|Cpl|Pvt|Gov|Sen|Rep)\.?$")
# The words of military and naval ranks ('Airman First Class', 'Chief Petty Officer', 'Staff Sergeant'):
# a "person" made of them alone is a piece of a title
RANK_WORDS = set(
    "Airman Seaman Class First Second Third Senior Staff Master Chief Petty Officer Sergeant Corporal Private "
    "Lance Specialist Lieutenant Captain Major Colonel General Admiral Commander Ensign Warrant Technical "
    "Gunnery Command Sgt. Cpl. Pvt. Spc. Lt. Capt. Maj. Col. Gen. Tech".split()  # 'Tech. Sgt.': a Technical Sergeant
)
# The head noun of a name of a thing, not of someone: a plan, a treaty, a meeting, a market, a prize
_THING_HEADS = set(
    "Plan Plans Initiative Strategy Act Agenda Vision Tournament Cup Games "
    "Olympics Summit Conference Treaty Agreement Accord Accords Pact Protocol Market Award Response Appeal "
    "Prize Festival Carnival Declaration Framework Convention Operation Contest Competition Championship "
    "Championships Exhibition Expo Bill Orbiter Telescope Rover Lander Module Satellite Spacecraft Shuttle "
    "Deal".split()
)
# Head nouns of names of happenings (a disaster, an outbreak, a vote), of instruments and of documents
# ('the Nepal Earthquake', 'the Moderate Resolution Imaging Spectroradiometer', 'the Joint Statement on
# Syria', 'the Fourteenth Amendment'): not someone who acts; none a surname (so not 'Law', 'Flood')
_THING_HEADS |= set(
    "Earthquake Earthquakes Quake Eruption Eruptions Tsunami Floods Flooding Wildfire Wildfires Fires "
    "Tornado Tornadoes Blizzard Drought Outbreak Epidemic Pandemic Spill Massacre Bombing Bombings "
    "Election Elections Referendum Olympiad Paralympics War Wars Crisis Uprising Rebellion Coup Ceasefire "
    "Truce Talks Attack Attacks Shooting Shootings Disaster Flu "
    "Spectroradiometer Radiometer Spectrometer Imager Interferometer Altimeter Sounder Webcam Camera Sensor "
    "Instrument Detector Radar Mapper Magnetometer Seismometer Spectrograph Photometer Polarimeter Lidar "
    "Amendment Resolution Statement Communique Communiqué Report Constitution Memorandum Directive "
    "Doctrine Roadmap Manifesto Medal Trophy".split()
)
# Head nouns of names of public happenings held again and again, and of their prizes ('the Minnesota State
# Fair', 'the Venice Biennale', 'the Boston Marathon', 'the Grammy Awards'): no body that acts
_THING_HEADS |= set(
    "Fair Fairs Show Festivals Biennale Biennial Triennial Marathon Regatta Parade Pageant Jamboree Gala Exposition "
    "Awards Prizes Medals Trophies".split()
)
# Thing heads that end the names of bodies too ('World Vision', a charity), where a plan or policy is
# named by them only before what it is for ('Vision for Agriculture and Food')
_BODY_NAME_ENDS = frozenset({"Vision"})
# Common nouns of made things that a name stands beside ('the shuttle Discovery', 'the Harmony module')
ARTEFACT_NOUNS = set(
    "spacecraft shuttle orbiter rover lander probe satellite telescope module capsule rocket ship vessel tanker "
    "carrier "
    "ferry freighter cruiser destroyer frigate submarine aircraft airliner jet plane helicopter drone missile "
    "camera software app cutter warship instrument imager spectrometer spectroradiometer radiometer "
    "interferometer webcam sensor radar mapper magnetometer seismometer spectrograph photometer".split()
)
# What a service or an operator has and sends ('two Royal Navy ships', 'a Royal Navy task group',
# 'a company of Royal Marines'): the organisation named with them acts through them
FLEET_NOUNS = set(
    "ship ships vessel vessels aircraft helicopter helicopters jet jets plane planes airplane airplanes cutter "
    "cutters frigate frigates destroyer destroyers submarine submarines group fleet unit units squadron squadrons "
    "company battalion battalions brigade brigades regiment regiments crew".split()
)


def sends(name: str, noun) -> bool:
    """Is the organisation ``name`` said with ``noun`` (a token) what it sends or has ('two Royal
    Navy ships', 'a company of Royal Marines')? Not a name of one common word ('the Maritime
    pre-position squadron': an adjective the model took for a name)."""
    words = clean(name).split()
    return noun.lower_ in FLEET_NOUNS and not (len(words) == 1 and _common_words(words[0]))


# Prefixes of ships' names (navies, coastguards, auxiliaries, merchant and research ships)
_VESSELS = {"USS", "HMS", "USNS", "USCGC", "HMAS", "HMCS", "INS", "MV", "HMC", "RFA", "HMNZS", "CCGS", "RV", "NOAAS"}
# A pronoun run together with a verb ("We’ve", "I'll", "they're", "It's"): no word of a name
CONTRACTION = re.compile(r"(?i)(?<![\w'’])(?:I|we|you|they|he|she|it|that|there|let)['’](?:ve|ll|re|m|d|s)\b")
_NOT_FIRST = {"His", "Her", "Their", "Its", "Our", "Without", "With", "For", "Of", "And", "Dear"}
_ABSTRACT = re.compile(r"(?:ity|tion|sion|ance|ence|ment|ness|ism|ship)$")


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
    venue: bool = False  # a country named at least once as where something happens


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
        self.country_nouns: set[str] = set()  # countries named by a short name as a noun ('the UK')
        self.located: set[str] = set()  # where the text was given (a heading's place line): a place, acting or not
        self.sources: dict[str, tuple[int, int]] = {}
        self.surnames: dict[str, str] = {}
        self.issuers: list[tuple[int, int, str]] = []  # (block, pos, key) of who issued a statement
        self.charges: list[tuple[int, int]] = []  # (block, pos) of each 'pleaded guilty', 'was charged'
        self.rebel_words: list[tuple[int, int, int]] = []  # (block, start, end) of 'rebel', 'guerrilla', 'militants'
        self.homes: set[tuple[int, int]] = set()  # (block, pos) of a name after 'of' before a charge: a town
        self.things: set[str] = set()  # names the text gives as those of things ('the shuttle Discovery')
        self.town_bodies: set[str] = set()  # towns' names the text gives only to bodies ('Toyota says')
        self._actors: tuple[tuple, list[CastMember]] | None = None  # ``actors``' last answer, by ``_state``

    def note_issuers(self, texts: list[str]) -> None:
        """'a statement from the ministry', 'X said in a statement': who 'the statement' speaks for."""
        for b, text in enumerate(texts):
            for m in _ISSUED.finditer(text) if any(map(text.__contains__, _ISSUED_WORDS)) else ():
                s, e = m.span("x") if m["x"] else m.span("y")
                keys = [k for k in self.keys_in(b, s, e) if self.members[k].kind != "country"] or self.keys_in(b, s, e)
                if keys:
                    self.issuers.append((b, m.start(), keys[-1]))

    def note_charges(self, texts: list[str]) -> None:
        """Where the text says someone pleaded guilty, was charged, convicted or sentenced, or stands trial."""
        for b, text in enumerate(texts):
            for m in _CHARGED.finditer(text) if any(map(text.__contains__, _CHARGED_WORDS)) else ():
                self.charges.append((b, m.start()))
                before = m.start() - _CHARGED_SPAN
                self.homes |= {(b, w.end()) for w in _HOME.finditer(text, max(before, 0), m.start())}

    def note_rebel_words(self, texts: list[str]) -> None:
        """Where the text calls someone a rebel, guerrilla, militant, insurgent or separatist."""
        for b, text in enumerate(texts):
            if text.isascii() and not any(map(text.lower().__contains__, REBEL_STEMS)):
                continue
            self.rebel_words += [(b, m.start(), m.end()) for m in _REBEL_WORD.finditer(text)]

    def armed_group(self) -> str | None:
        """Who 'the rebels', 'the militants' are: the one organisation of the cast the text calls a
        rebel group beside its name ('The FARC, the oldest guerrilla army', 'the main militant group,
        known as MEND', 'rebel negotiator X said the Free Aceh Movement'); None when two are."""
        found = {
            x.key
            for b, s, e in self.rebel_words
            for x in self.mentions
            if x.block == b
            and x.key in self.members
            and self.members[x.key].kind == "organization"
            and (0 <= s - x.end <= _REBEL_SPAN or 0 <= x.start - e <= _REBEL_SPAN)
        }
        return found.pop() if len(found) == 1 else None

    def the_accused(self) -> str | None:
        """Who 'the defendant' or 'the accused' is: the one person of the cast named right before a
        charge the text tells ('John Roe, 41, of Springfield, pleaded guilty', the town taken for a
        person by the NER passed over); None when it tells of
        none, or of two people charged."""
        people = [x for x in self.mentions if x.key in self.members and self.members[x.key].kind == "person"]
        found = set()
        for b, pos in self.charges:
            before = [
                x
                for x in people
                if x.block == b and x.end <= pos and pos - x.end <= _CHARGED_SPAN and (b, x.start) not in self.homes
            ]
            if before:
                found.add(max(before, key=lambda x: x.end).key)
        return found.pop() if len(found) == 1 else None

    def surname_owner(self, surname: str, block: int, pos: int) -> str | None:
        """Who a surname alone names at (block, pos): of two people of the cast with that surname
        ('Alberto Fujimori', 'Keiko Fujimori'), the one named in full last before it."""
        owners = [
            k for k, m in self.members.items() if m.kind == "person" and len(k.split()) > 1 and k.split()[-1] == surname
        ]
        if len(owners) < 2:
            return self.surnames.get(surname)
        full = [
            ((x.block, x.start), x.key)
            for x in self.mentions
            if x.key in owners and x.end - x.start > len(surname) + 1 and (x.block, x.start) <= (block, pos)
        ]
        return max(full)[1] if full else self.surnames.get(surname)

    def issuer_before(self, block: int, pos: int) -> str | None:
        before = [k for b, p, k in self.issuers if (b, p) < (block, pos)]
        return before[-1] if before else None

    def org_by_noun(self, noun: str, block: int, pos: int) -> str | None:
        """'the ministry' -> the organisation named last before it whose name holds the noun."""
        fits = [
            m.key
            for m in self.members.values()
            if m.kind == "organization" and noun.lower() in m.key.lower() and m.first <= (block, pos)
        ]
        return max(fits, key=lambda k: self._last_before(k, block, pos)) if fits else None

    def add(
        self,
        key: str,
        kind: str,
        block: int,
        start: int,
        end: int,
        form: str,
        *,
        name: bool = False,
        acting: bool = True,
        venue: bool | None = None,
    ) -> None:
        m = self.members.get(key)
        if m is None:
            m = self.members[key] = CastMember(key, kind, (block, start))
        m.first = min(m.first, (block, start))
        form = form.strip()
        if (
            form
            and form.lower() not in {f.lower() for f in m.forms}
            and form.lower() not in ("he", "she", "they", "we")
        ):
            m.forms.append(form)
        if name and form and form not in m.names:
            m.names.append(form)
        m.acting = m.acting or acting
        m.venue = m.venue or (not acting if venue is None else venue)
        self.mentions.append(Mention(block, start, end, key))

    def drop(self, key: str) -> None:
        """``key`` is no member after all (a misreading, a thing, a unit of another): gone with its mentions."""
        del self.members[key]
        self.mentions = [x for x in self.mentions if x.key != key]

    def place(self, name: str, block: int, start: int) -> None:
        self.places.setdefault(gz.PLACES.get(name, name), (block, start))

    def actors(self) -> list[CastMember]:
        """The members that are actors, in the order first named (name pieces folded first).

        Kept while the cast is as it was (``_state``: what folding the pieces and ``_piece`` read),
        so the many calls between two changes work it out once: folding and ``_piece`` compare every
        member with every other. The same answer (a fold leaves a state it would not fold again).
        Raw bench articles: see bench/README.md's raw section."""
        state = self._state()
        if self._actors is not None and self._actors[0] == state:
            return list(self._actors[1])
        self._fold_name_pieces()
        out = [m for m in self.members.values() if (m.kind != "country" or m.acting) and not self._piece(m)]
        out.sort(key=lambda m: m.first)
        self._actors = (self._state(), out)
        return list(out)

    def _state(self) -> tuple:
        """What ``actors`` depends on: each member (the object, its key, kind, acting and first
        mention) and the things named."""
        return (tuple((id(m), m.key, m.kind, m.acting, m.first) for m in self.members.values()), frozenset(self.things))

    def _fold_name_pieces(self) -> None:
        """'Wang' taken for an organisation after 'Wang Yu': one word of exactly one person's name
        is that person (a family name written first; a surname alone when it is no English word,
        'Akufo-Addo'). 'Commission' after 'European Commission', 'Command' after 'U.S. Southern
        Command': the last word of exactly one organisation's name is that organisation."""
        for m in [m for m in self.members.values() if m.kind == "organization" and " " not in m.key]:
            people = [o for o in self.members.values() if o.kind == "person" and _word_of_name(m.key, o.key)]
            bodies = [o for o in self.members.values() if o.kind == "organization" and o.key.endswith(" " + m.key)]
            if not bodies:  # "the Department's authority" after 'the U.S. Department of Agriculture': its head noun
                bodies = [
                    o for o in self.members.values() if o.kind == "organization" and _head_before_of(m.key, o.key)
                ]
            if len(people) == 1:
                self._fold(m, people[0], forms=True)
            elif not people and len(bodies) == 1:
                self._fold(m, bodies[0], forms=False)  # not an alias: other articles have other commissions
        for m in [m for m in self.members.values() if m.kind == "organization" and " " in m.key]:
            people = [o for o in self.members.values() if o.kind == "person" and o.key.endswith(" " + m.key)]
            if len(people) == 1:  # "De La Fuente's business" after 'Rocky De La Fuente': the end of a name
                self._fold(m, people[0], forms=True)
                continue
            people = [o for o in self.members.values() if o.kind == "person" and _titled_surname(m.key, o.key)]
            if len(people) == 1:  # 'Security Napolitano' (a title mistyped) after 'Janet Napolitano'
                self._fold(m, people[0], forms=True)
                continue
            cut = [o for o in self.members.values() if o.kind == "organization" and o.key.endswith(", " + m.key)]
            if len(cut) == 1:  # 'Culture & Sport Office' beside 'Media, Culture & Sport Office': cut at its comma
                self._fold(m, cut[0], forms=False)

    def _fold(self, m: CastMember, into: CastMember, forms: bool) -> None:
        del self.members[m.key]
        if forms:
            into.forms += [f for f in m.forms if f not in into.forms]
        into.first = min(into.first, m.first)
        self.mentions = [Mention(x.block, x.start, x.end, into.key if x.key == m.key else x.key) for x in self.mentions]

    def _piece(self, m: CastMember) -> bool:
        """A storm ('Typhoon Haiyan'), a piece of a job title taken for an organisation ('U.S. Chargé'),
        or an organisation that is only the words before 'for', 'of', 'on' or 'and' in another
        organisation's name ('Vision' beside 'Vision for Agriculture and Food'): not an actor of its own."""
        if _STORM.match(m.key) or _RANK_END.search(m.key) or _thing(m.key) or m.key in gz.SKY:
            return True
        if FORM_OF_ADDRESS.fullmatch(m.key):
            return True  # 'Monsieur le Président' the model took for a body: a form of address, no one's name
        if CONTRACTION.search(m.key):
            return True  # "We’ve" after a title at a sentence's start, "MRF-D. “We've": a pronoun, no name
        if m.key in self.things or any(_short_for(m.key, o.key) for o in self.members.values() if _thing(o.key)):
            return True  # 'the Harmony module'; 'Sea Shield' after 'Operation Sea Shield'

        if m.kind == "person":
            return not _name_like(m.key) or all(w in RANK_WORDS for w in m.key.split())
        if m.kind != "organization":
            return False
        if common_group(m.key):
            return True  # 'British Nationals', 'Numerous Maker Clubs', 'the Government': no body's own name
        if _TITLE_END.search(m.key) and " of " not in m.key:
            return True  # 'U.S. Chargé', 'International Development Administrator': pieces of a job title
        if _head(m.key) in _OFFICE_HEADS and _head(m.key) != m.key.split()[-1]:
            return True  # 'Prosecutor of the Special Court', 'Secretary of State': an office, held by someone
        if any(m.key.endswith(" " + o.key) for o in self.members.values() if o.kind == "person" and " " in o.key):
            return True  # 'European Commission Jean-Claude Juncker': a title and a name run together
        return any(
            (o.kind == "organization" and o.key.startswith(m.key + " ") and o.key.split()[len(m.key.split())] in _LINKS)
            for o in self.members.values()
            if o is not m
        )

    def place_names(self) -> list[str]:
        acting = {m.key for m in self.actors()}
        places = dict(self.places)
        venues = set()
        for m in self.members.values():
            if m.kind != "country" or not (m.venue or not m.acting):
                continue
            if not m.acting:  # 'the capital Santiago', 'to Oslo, Norway': the city is a place too
                for f in m.forms:
                    if gz.CAPITALS.get(clean(f)) == m.key:
                        places.setdefault(clean(f), m.first)
            if names_country(m, self.country_nouns):
                places.setdefault(m.key, m.first)
                venues.add(m.key)
        # a country both acting and a venue ('Cameroon said ...', 'crashed in Cameroon') is both
        for m in self.members.values():  # 'NASA Headquarters', 'Grey Base Hospital': a building is a place
            if m.kind == "organization" and m.key.split()[-1] in gz.BUILDING_WORDS and not _body(m, acting):
                places.setdefault(m.key, m.first)
                venues.add(m.key)
        venues |= self.located
        names = [p for p, _ in sorted(places.items(), key=lambda kv: kv[1]) if p not in acting or p in venues]
        names = [p for p in names if p not in gz.SKY and not any(o.endswith(" of " + p) for o in names)]
        spelled = {p.lower(): p for p in sorted(names, key=lambda p: p[:1].isupper())}  # 'West Africa' wins
        out = []
        for p in names:  # 'eastern Ukraine' is a place, "n't" and 'microcephaly' are not
            if any(w[:1].isupper() for w in p.split()) and not _cut_short(p, names) and spelled[p.lower()] == p:
                out.append(p)
        return [p for p in out if p in self.located or not self._not_a_place(p)]

    def _not_a_place(self, name: str) -> bool:
        """'Tsunami', 'Migration', 'Member States' (common words), 'Rio Games' (a thing), 'Rebecca'
        (a person of the article): not places, unless the world knows the name as a country or city."""
        if name in self.things:
            return True  # "NASA's New Horizons spacecraft", whatever town shares its name
        if gz.country_of(name) or name in gz.PLACES or name in gz.CAPITALS or gz.is_city(name) or gz.is_region(name):
            return False  # 'New Jersey', 'Wales': a region's name, though of English words
        if _thing(name) or _STORM.match(name) or name.split()[0] in gz.SKY or unknown_acronym(name):
            return True  # 'Rio Games', 'Hurricane Ian', 'Mars Sunday', 'MODIS'
        people = [m.key.split() for m in self.members.values() if m.kind == "person"]
        if any(name.split() == k or name in k for k in people):
            return True
        if compass_region(name):
            return False  # 'the Midwest', 'the Western Hemisphere': a region, though of common words
        return _common_words(name) and name.split()[-1] not in _PLACE_ENDS

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
        found = self.surnames.get(last) or self.surnames.get(last.capitalize())
        if found is None and last and t == last:  # 'Demerchant' of a label in capitals: 'DeMerchant' in the text
            same = [k for k, m in self.members.items() if m.kind == "person" and k.lower().endswith(" " + t.lower())]
            found = same[0] if len(same) == 1 else None
        return found

    def resolve_role(self, aff: str | None, role: str, block: int, pos: int) -> str | None:
        """'the NATO chief', 'the US diplomat', 'the Secretary' -> the person it names, if any."""
        fits = self.role_holders(aff, role)
        if not fits:
            return None
        before = [m for m in fits if m.first <= (block, pos)] or fits
        return max(before, key=lambda m: self._last_before(m.key, block, pos)).key

    def role_holders(self, aff: str | None, role: str) -> list[CastMember]:
        """The people of the cast whose title a role phrase ('the NATO chief', 'the Secretary') fits."""
        role_l = role.lower()
        people = [m for m in self.members.values() if m.kind == "person" and m.role]
        if aff:
            canon = gz.country_of(aff) or gz.ORGS.get(aff) or aff
            people = [m for m in people if canon in m.aff]
        want = _ROLE_MATCH.get(role_l)
        fits = [m for m in people if _role_fits(m.role, role_l, want)]
        if not aff:
            starts = [m for m in fits if strip_aff(m.role).lower().startswith(role_l)]
            fits = starts or fits
        return fits

    def _last_before(self, key: str, block: int, pos: int) -> tuple[int, int]:
        ps = [(x.block, x.start) for x in self.mentions if x.key == key and (x.block, x.start) <= (block, pos)]
        return max(ps) if ps else (-1, -1)

    def last_person_before(self, block: int, pos: int) -> str | None:
        ps = [x for x in self.mentions if (x.block, x.start) < (block, pos) and self.members[x.key].kind == "person"]
        return max(ps, key=lambda x: (x.block, x.start)).key if ps else None


def _role_fits(role: str, asked: str, want: str | None) -> bool:
    """Does a person's title ('Afghan President', 'Secretary of State') answer a role phrase's noun
    ('president', 'top diplomat')? The title is read with and without its affiliation in front."""
    titles = {role.lower(), strip_aff(role).lower()}
    return any(re.search(want, t) if want else asked in t for t in titles)


def _word_of_name(word: str, name: str) -> bool:
    """Is ``word`` one of the words of a person's ``name``, its last (the surname) only when it is no
    English word ('Akufo-Addo', not 'Bank')?"""
    words = name.split()
    return word in words[:-1] or (word == words[-1] and len(words) > 1 and not _common_words(word))


def _titled_surname(org: str, person: str) -> bool:
    """Is ``org`` a common word or two before the surname of ``person`` ('Security Napolitano',
    'Deputy Administrator Serino' beside 'Janet Napolitano', 'Tim Serino')?"""
    words, names = org.split(), person.split()
    return len(names) > 1 and words[-1] == names[-1] and 1 < len(words) <= 3 and _common_words(" ".join(words[:-1]))


@lru_cache(maxsize=4096)
def _head(name: str) -> str:
    """The head noun of a name: the last word before its first 'for'/'of'/'on'/'to', else its last word."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if w in ("for", "of", "on", "to") and i > 0), len(words))
    return words[cut - 1]


def _head_before_of(word: str, name: str) -> bool:
    """Is ``word`` the head noun of ``name`` before its 'of'/'for' ('Department' of 'U.S. Department of
    Agriculture')?"""
    return name != word and (" of " in name or " for " in name) and _head(name) == word


def _short_for(short: str, name: str) -> bool:
    """Is ``short`` the end of a longer ``name`` ('Sea Shield' of 'Operation Sea Shield')?"""
    return name != short and name.endswith(" " + short)


@lru_cache(maxsize=4096)
def _thing(name: str) -> bool:
    """'the Trucking Action Plan', 'Vision for Agriculture and Food', 'United Nations Conference on
    Climate Change', 'Operation Damayan', 'USS Carl Vinson', 'MV-22 Ospreys': a plan, a meeting, an
    operation, a vessel or a machine, not someone who acts."""
    words = name.split()
    head = _head(name)
    return (
        (head in _THING_HEADS and not (head in _BODY_NAME_ENDS and words[-1] == head))
        or words[0] in ("Operation", "Exercise")
        or (words[0] == "Tour" and len(words) > 2 and words[1] in ("de", "du", "of"))  # 'Tour de France': a race
        or words[0].split("-")[0] in _VESSELS
        or any(re.match(r"[A-Z]{1,5}-\d", w) for w in words)  # 'MV-22', 'COVID-19': a model, a disease
        or (len(words) > 1 and words[-1] == "Time")  # 'Pacific Standard Time', 'Universal Time': a clock's
    )


@lru_cache(maxsize=4096)
def _name_like(name: str) -> bool:
    """Could this be a person's name? Not 'His Holiness', 'Without Borders', 'Gender Equality', 'Civic
    Assistance', 'Army 2', 'Discusses Oil Spill': a name made only of common words ending in an
    abstract noun, or opened by a pronoun or a preposition, or holding a number or a verb's inflection."""
    from generator.annotate.lemmas import getAllLemmas

    words = name.split()
    if words[0] in _NOT_FIRST or any(c.isdigit() for c in name):
        return False
    if any(w.endswith(("'s", "’s")) for w in words) or words[-1] in ("Tribe", "Tribes", "Clan"):
        return False  # "Kyiv's Maidan": a square of a town; 'the Crow Tribe': a people
    if words[0] in ("Olympic", "Paralympic"):
        return False  # 'his country's Olympic Judo team': the adjective of the Games opens no one's name
    known = [getAllLemmas(w.lower()) for w in words]
    if set(known[0]) == {"VERB"} and words[0].lower() not in known[0]["VERB"]:
        return False  # 'Discusses Oil Spill': a heading opened by an inflected verb ('Harry' is a lemma)
    if len(words) < 2 or not all(known):
        return True
    return not _ABSTRACT.search(words[-1])  # 'a Senior Administration Official' is someone


_PLACE_ENDS = (
    gz.GEO_WORDS
    | gz.BUILDING_WORDS
    | gz.WORKS_WORDS
    | gz.NATURAL_WORDS
    | set("Street Avenue Square Park Road Boulevard Plaza Base Camp Field".split())
)


def _body(m: CastMember, acting: set[str]) -> bool:
    """'Pacific Tsunami Warning Center' that announces: a centre that acts is a body, not a building."""
    return m.key in acting and m.key.split()[-1] in ("Center", "Centre")


_STANCE = ("pro", "anti")


def takes_a_side(tok) -> bool:
    """Is the token a country's name or demonym after 'pro-' or 'anti-' ('a pro-Moscow government',
    'anti-American protests', 'the pro-Beijing authorities'), or that word itself as the model cut it ('Pro',
    'pro-Moscow')? The side someone takes: not the country acting, nor a party to what is done."""
    doc, i = tok.doc, tok.i
    if tok.lower_ in _STANCE or tok.lower_.startswith(("pro-", "anti-")):
        return True
    return i >= 2 and doc[i - 1].text in ("-", "–", "‑") and doc[i - 2].lower_ in _STANCE


@lru_cache(maxsize=4096)
def _common_words(name: str) -> bool:
    """Is every word of the name an English word lemminflect knows ('Member States', 'Tsunami')?"""
    from generator.annotate.lemmas import getAllLemmas

    return all(getAllLemmas(w.lower()) for w in name.replace("-", " ").split())


# determiners and quantifiers (a closed word class): no name of a body opens with one
_QUANTIFIERS = frozenset("numerous several many various some few other most all both each every".split())


def _plural_noun(word: str) -> bool:
    """'Nationals', 'Consulates', 'Clubs': an English noun in a form other than its lemma (a plural)."""
    from generator.annotate.lemmas import getAllLemmas

    lemmas = getAllLemmas(word.lower()).get("NOUN", ())
    return bool(lemmas) and word.lower() not in lemmas


@lru_cache(maxsize=4096)
def common_group(name: str) -> bool:
    """'British Nationals', 'Consulates-General', 'Numerous Maker Clubs', 'Mayoral Offices',
    'Authorities': a class of people or things written with capitals (a quantifier first, or a
    plural common noun after only common words or a demonym, or a people: 'Kosovar Serbs'), not one
    body's own name. Not 'United
    Nations' (a known organisation), nor a name with an acronym or a word English does not know."""
    if name in gz.ORGS or gz.country_of(name) or any(c.isdigit() for c in name):
        return False
    words = name.split()
    if words[0].lower() in _QUANTIFIERS and len(words) > 1:
        return True
    if words[-1].endswith("s") and all(gz.DEMONYMS.get(w) for w in words):
        return True  # 'Kosovar Serbs', 'Bosnian Croats': a people, no body
    if len(words) == 1 and name.isupper() and len(name) > 4 and _plural_noun(name):
        return True  # 'EXPLORATIONS': a plural noun in a capitals heading, no acronym
    if any(not w[:1].isupper() or (len(w) > 1 and w.isupper()) for w in words):
        return False  # 'authorities' in lower case is a group the text means; 'UK' is a name
    parts = words[-1].split("-")
    head, tail = parts[0], parts[1:]  # 'Consulates-General': the plural is the first part, 'General' a
    # postponed adjective
    rest_ok = all(w in gz.DEMONYMS or _plain_noun(w) for w in words[:-1]) and all(map(_common_words, tail))
    return _plural_noun(head) and rest_ok


def _plain_noun(word: str) -> bool:
    """'Member', 'Army', 'General': an English noun that is no place ('Surrey') and no adjective
    ('Royal', 'Global': a body's name may open with one)."""
    from generator.annotate.lemmas import getAllLemmas

    lemmas = getAllLemmas(word.lower())
    return "NOUN" in lemmas and "ADJ" not in lemmas and not (gz.is_city(word) or word in gz.PLACES)


def _cut_short(place: str, places: list[str]) -> bool:
    """'Burkina' beside 'Burkina Faso', 'Pacific' beside 'Pacific Rim', 'Rio' beside 'Rio de Janeiro':
    the first words of a longer place named in the article ('Hilo', a city, beside 'Hilo Bay' stays)."""
    known = gz.is_city(place) or gz.country_of(place)
    return any(other.startswith(place + " ") and not (known and other.split()[-1] in gz.GEO_WORDS) for other in places)


def names_country(m: CastMember, nouns: set[str] | frozenset[str] = frozenset()) -> bool:
    """Is the country named as such at least once, not only by a demonym ('British'), an adjective
    ('U.S. funds'), its capital or a seat of government ('the White House')? Only then is it a place.
    ``nouns``: the countries whose short name ('UK', 'US') the text also uses as a noun ('into the UK')."""
    return any(
        gz.country_of(f) == m.key
        and clean(f) not in gz.DEMONYMS
        and clean(f) not in gz.CAPITALS
        and clean(f) not in gz.SEATS
        and (clean(f).replace(".", "") not in ("US", "UK") or m.key in nouns)
        for f in m.forms
    )


def is_bare_name(m: CastMember) -> bool:
    """A person known only by one word, with no title, role or affiliation ('Kepler', 'Merapi',
    'Evan'): too weak to be an actor unless something is said or done by it."""
    return (
        m.kind == "person"
        and len(m.key.split()) == 1
        and not m.role
        and not m.aff
        and all(len(f.split()) == 1 for f in m.forms)
    )


_POSSESSIVE_END = re.compile(r"'s?$")
_ALL_CAPS_NAME = re.compile(r"[A-Z][A-Z'-]{2,}(?: [A-Z]\.)*(?: [A-Z][A-Z'-]{2,})+")  # 'JANICE K. FEDARCYK' too
_LEADING_WORD = re.compile(r"^(?:[Tt]he|[Ff]ormer|[Ss]aid) ")


@lru_cache(maxsize=256)  # the rules clean an article's names again and again: kept for the last ones
def clean(text: str) -> str:
    t = " ".join(text.replace("’", "'").split())
    t = _POSSESSIVE_END.sub("", t).strip(' ,.;:()"“”')
    if _ALL_CAPS_NAME.fullmatch(t):
        t = t.title()  # 'ALFONSO PORTILLO' in a press release is Alfonso Portillo
    return _LEADING_WORD.sub("", t)


def strip_aff(role: str) -> str:
    words = role.split()
    while words and (gz.country_of(words[0]) or words[0] in gz.ORGS or words[0].lower() == "the"):
        words = words[1:]
    return " ".join(words)
