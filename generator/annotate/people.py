"""People in the cast: full names, surnames, titles before names, spelling variants.

"NATO Secretary-General Jens Stoltenberg" gives the role and the affiliation NATO; "Putin" after
"Vladimir Putin" is the same person (and an earlier "Putin" is upgraded); "Spokesperson Dana W.
White" is Dana White (also known as "Dana W. White"); "Zelenskiy" is the Zelenskyy already named;
"Tony" is the Antony already named.
"""

from __future__ import annotations

import re

from generator.annotate import gazetteer as gz
from generator.annotate.cast import FORM_OF_ADDRESS, RANK_WORDS, ROLE_NOUNS, TITLE_WORDS, Cast, Mention, clean
from generator.annotate.nlp import ents_of, lowered_words, text_of
from generator.annotate.places import named_work

# the word before a title is no sentence's last ('... in Libya. President Magariaf': not his title)
_TITLE_BEFORE = re.compile(
    r"((?:(?:(?!(?:With|And|For|From|To|By|At|In|On|Of|Meeting|Remarks)\b)[A-Z][\w.'-]*(?<![a-z]{2}\.)|U\.S\.|the) )?"
    + TITLE_WORDS
    + r"(?:,)?) $"
)
# 'Assistant to ', 'Chief of Staff of ': a title ending in 'to'/'of' before 'the President ...', whose office it serves
_OFFICE_SERVED = re.compile(r"\b(?:to|of) $")
_ITS_ROLE = re.compile(r"(\w+) and (?:its|his|her|their) (president|leader|chief|prime minister|foreign minister) $")
_SKIP_PERSON = {"god", "allah"}
_PLACE_PREPS = {"in", "at", "near", "from", "outside", "around", "to", "into"}


# a plural title before a list of surnames: 'former Presidents Aylwin, Frei, Lagos', 'Senators X and Y'
_PLURAL_TITLE_BEFORE = re.compile(
    r"\b(Presidents|Prime Ministers|Ministers|Secretaries|Senators|Governors|Generals|Ambassadors|Mayors|Judges) "
    r"(?:[A-Z][\w'’-]+(?:, (?:and )?| and ))*$"
)
_LEADING_TITLE = re.compile(r"^(?:" + TITLE_WORDS + r"\s+)+")


# a monarch's, a prince's or an envoy's style ('His Majesty', 'Her Royal Highness', 'Your Excellency'): no name
_STYLE = r"(?:Royal |Imperial |Serene )?(?:Majesty|Highness|Excellency|Holiness)"
_STYLE_OWNER = {"His", "Her", "Your", "Their"}
_REGNAL = re.compile(r"(?:King|Queen|Prince|Princess|Emperor|Empress|Sultan|Emir|Sheikh) [A-Z][\w'’-]+")
_HONOURS = re.compile(
    rf"^(?:The )?(?:Rt\.? Hon\.?|Right Honourable|Hon\.?|Sir|Dame|Baroness|Lady|Lord|(?:(?:His|Her|Your) )?{_STYLE}) "
)
_POST_NOMINALS = re.compile(r"(?:,? (?:MP|MEP|MSP|MS|AM|QC|KC|OBE|CBE|MBE|KBE|DBE|PhD))+$")
_NAME_AND_HONOURS = re.compile(r"[A-Z][a-z][\w'-]*(?: [A-Z][a-z][\w'-]*){1,2}" + _POST_NOMINALS.pattern)
_TITLE_AFTER = re.compile(r",\s+" + TITLE_WORDS + r"$")


def _canon_person(name: str) -> str:
    """'Spokesperson Dana W. White' -> 'Dana White', 'Joseph R. Biden, Jr.' -> 'Joseph Biden', 'Rt Hon
    Jo Stevens MP' -> 'Jo Stevens', 'W. Craig Fugate, Administrator' -> 'Craig Fugate'."""
    name = _TITLE_AFTER.sub("", _POST_NOMINALS.sub("", name))
    stripped = _HONOURS.sub("", name)
    name = stripped if len(stripped.split()) >= 2 else name
    name = re.sub(r",?\s+(?:Jr|Sr)\.?$|\s+(?:II|III|IV)$", "", name)
    stripped = _LEADING_TITLE.sub("", name)
    name = stripped if stripped.split() else name
    parts = [p for p in name.split() if not re.fullmatch(r"[A-Z]\.?", p)]
    return " ".join(parts) or name


def known_person(cast: Cast, canon: str, first_names: bool = True) -> str | None:
    """A person already in the cast that a one-word name or a spelling variant names: a surname
    transliterated otherwise ('Zelenskiy' / 'Zelenskyy'), a first name or its short form
    ('Jennifer' / 'Jen McKewan', 'Tony' / 'Antony Blinken'). Only an unambiguous match counts."""
    words = canon.split()
    last = words[-1]
    people = [m for m in cast.members.values() if m.kind == "person"]
    cands = {
        cast.surnames[s]
        for s in cast.surnames
        if len(last) >= 5
        and s[:5] == last[:5]
        and s != last
        and abs(len(s) - len(last)) <= 2
        and (
            len(words) == 1
            or cast.members.get(cast.surnames[s]) is not None
            and cast.members[cast.surnames[s]].key.split()[0] == words[0]
        )
    }
    if len(words) == 1 and not cands and len(last) >= 3:  # 'Lula' of 'Luiz Inácio Lula da Silva': a middle name
        cands = {m.key for m in people if last in m.key.split()[1:-1]}
    if len(words) == 1 and not cands and first_names:
        low = last.lower()
        cands = {
            m.key
            for m in people
            if len(m.key.split()) > 1
            and len(low) >= 3
            and (lambda f: f == low or f.startswith(low) or low.startswith(f) or f.endswith(low))(
                m.key.split()[0].lower()
            )
        }
    cands = {c for c in cands if c in cast.members}
    return cands.pop() if len(cands) == 1 else None


_PERSONAL_TITLE = (
    r"(?:President|Chancellor|Minister|Secretary|Premier|Ambassador|Senator|Governor|Mayor|General|"
    r"Spokesperson|Spokesman|Spokeswoman|Administrator|Commissioner)"
)
ORG_WORDS = set(
    "Company Corporation Corp Inc Group Council Assembly Office Department Ministry Committee Commission Agency "
    "Bank Fund Authority Service Services Association Union Party Court Hospital University School Motors "
    "Electric Dynamics Foods Industries Holdings Airlines Administration Staff".split()
)
_HONORIFIC = r"(?:Sheriff|Judge|Justice|Baroness|Lord|Lady|Dame|Sir)"
_TITLE_INSIDE = re.compile(
    r"(?:Lieutenant |Major |Brigadier )?"
    + _PERSONAL_TITLE
    + r"(?: [A-Z][\w'-]+){2,3}|"
    + _HONORIFIC
    + r"(?: [A-Z][\w'-]+){1,3}"
)


_GEO_WORDS = set(
    "Islands Island Isles Mountains Mountain Mount Hills Valley River Lake Bay Gulf Sea Ocean Coast Peninsula "
    "Strait Desert Plateau Province Region County District Parish Crater Port".split()
)
# the class nouns that open a place's name and no person's ('Fort McMurray', 'Port Moresby', 'Cape Town')
_PLACE_OPENERS = frozenset("Fort Port Mount Lake Cape".split())
_BUILDING_WORDS = set(
    "Room Building Hall Center Centre Airport Bridge Street Avenue Square Stadium Park Station Hospital School "
    "Schools Library Museum Memorial Tower House Field Complex Arena Course Hotel Resort Base Airbase Airfield "
    "Barracks Castle Cathedral Church Abbey Chapel Mosque Temple Palace Fort".split()
)


def _given_and_surname_again(e) -> bool:
    """'Amy Hall' (and 'Amy J. Hall') where the text writes 'Hall' again, not after 'Amy' (nor after
    'the' or a preposition of place: 'the Hall', 'at Hall'): a known given name and a surname."""
    words = e.text.split()
    if not 2 <= len(words) <= 3 or not gz.known_given_name(words[0]) or words[-1][:1].islower():
        return False
    text = text_of(e.doc)
    rest = text[: e.start_char] + " " + text[e.end_char :]
    surname = re.escape(words[-1])
    return any(
        not re.search(r"(?:\b(?:the|The|in|at|near|to|from)|" + re.escape(words[-2]) + r") $", rest[: m.start()])
        for m in re.finditer(rf"\b{surname}\b", rest)
    )


def _names_a_building(e) -> str:
    """A person's name that begins the name of a building or a room ('James S. Brady Press Briefing
    Room'), or ends in such a word itself: that name (not a person in this article), else ''. A
    title before it makes it a person's surname ('Senator Rita Hall', 'Mr. Park'), and so does a given name
    before it when the text writes the word again alone ('Amy Hall told ... Hall said'; not 'Victoria
    Station')."""
    if e.text.split()[-1] in _BUILDING_WORDS:
        left = text_of(e.doc)[max(0, e.start_char - 40) : e.start_char]
        return "" if _TITLE_BEFORE.search(left) or _given_and_surname_again(e) else e.text
    names = [e.text]
    for t in e.doc[e.end : e.end + 3]:
        if not t.text[:1].isupper():
            break
        names.append(t.text)
        if t.text in _BUILDING_WORDS:
            return " ".join(names)
    return ""


def _in_place_list(e) -> bool:
    """'felt in Chillan, Talca, Concepcion and Santiago': a name in a list of names that a
    preposition of place opens."""
    i = e.start - 1
    if i < 0 or e.doc[i].text not in (",", "and"):
        return False
    while i >= 0 and (e.doc[i].text in (",", "and") or e.doc[i].text[:1].isupper()):
        i -= 1
    return i >= 0 and e.doc[i].lower_ in _PLACE_PREPS


_PLACE_PLURALS = set(
    "counties parishes districts provinces states regions municipalities cities towns villages boroughs islands "
    "prefectures departments communes cantons oblasts".split()
)


_PLACE_NOUNS_ONE = set(
    "county parish district province region municipality city town village borough island prefecture commune canton "
    "oblast".split()
)


def _in_named_places(e) -> bool:
    """'the counties of Aransas, Bee, ... Jim Wells, Kenedy, Live Oak', 'the following districts:
    ...': a name in a list that a plural noun of places opens."""
    i = e.start - 1
    while i >= 0 and (e.doc[i].text in (",", "and") or e.doc[i].text[:1].isupper()):
        i -= 1
    if i >= 1 and e.doc[i].text == "of" and i == e.start - 1 and e.doc[i - 1].lower_ in _PLACE_NOUNS_ONE:
        return True  # 'the offshore island of Ile Sainte Marie', 'the town of Paradise': the one place named
    return i >= 1 and e.doc[i].text in ("of", ":") and e.doc[i - 1].lower_ in _PLACE_PLURALS


def _another_first_name(canon: str, key: str) -> bool:
    """Two full names with the same surname and first names that are not forms of one another
    ('Keiko' / 'Alberto'; not 'Jen' / 'Jennifer', 'Tony' / 'Antony')."""
    a, b = canon.split(), key.split()
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1] or key.lower().endswith(" " + canon.lower()):
        return False  # 'Von der Leyen' is the end of 'Ursula von der Leyen', no first name
    if a[0].isupper() and len(a) == 2:
        return False  # 'SAC Schwein': a title's acronym before the surname, no first name
    x, y = a[0].lower().rstrip("."), b[0].lower().rstrip(".")
    return not (x.startswith(y) or y.startswith(x) or x.endswith(y) or y.endswith(x))


def _first_surnames(canon: str) -> list[str]:
    """A name of three words or more may end in two surnames (Spanish and Portuguese usage: 'Juan
    Manuel Santos Calderon' is 'Santos'): its last but one word, when that is a capitalised word."""
    words = canon.split()
    return [words[-2]] if len(words) >= 3 and words[-2][:1].isupper() and len(words[-2]) > 2 else []


_ARTICLE = re.compile(r"(?:[Aa][lnrstdz]|[Ee]l|[Aa]sh|[Uu]l)[-‑](?P<rest>[A-Z][\w'’-]+)")


def _without_article(surname: str) -> list[str]:
    """An Arabic surname's form without its article, which a second mention often drops ('Dr. Abadi'
    after 'Haider al-Abadi', 'Sisi' after 'Abdel Fattah el-Sisi')."""
    m = _ARTICLE.fullmatch(surname)
    return [m["rest"]] if m else []


def is_titled_org(e) -> bool:
    """An ORG right after a personal title, or made of a personal title and a name, is a person the
    model mislabelled ('Chancellor Olaf Scholz', 'General Honore Traore', 'President-elect Akufo-Addo',
    'Sheriff Hale', 'Baroness Nicholson')."""
    words = e.text.split()
    if _NAME_AND_HONOURS.fullmatch(clean(e.text)):
        return True  # 'Rebecca Evans MS', 'Jo Stevens MP': a name and the letters after it
    titled = _TITLED_NAME.fullmatch(clean(e.text))
    if titled and titled_name(titled["name"]):
        return True  # 'General Honore', 'Administrator Fugate': a title and a name by its form (``titled_name``)
    if _TITLE_INSIDE.fullmatch(clean(e.text)) and not any(
        w in ORG_WORDS or w in gz.ORGS or gz.country_of(w) for w in words[1:]
    ):
        return True
    left = text_of(e.doc)[max(0, e.start_char - 40) : e.start_char]
    return (
        1 <= len(words) <= 3
        and all(w[:1].isupper() and not w.isupper() and w not in ORG_WORDS and not gz.country_of(w) for w in words)
        and bool(
            re.search(
                r"\b(?:President|President-elect|Chancellor|Minister|Secretary|Premier|Ambassador|Senator|Governor|Mayor|"
                + _HONORIFIC[3:-1]
                + r") $",
                left,
            )
        )
    )


_SUFFIX = re.compile(r"^(,? (?:Jr|Sr)\.?|,? (?:II|III|IV))(?![\w-])")


def _add_suffixed(member, e) -> None:
    """'Richard D. Schwein, Jr.': the model stops before the suffix; the name with it is a form too."""
    after = text_of(e.doc)[e.end_char : e.end_char + 6]
    m = _SUFFIX.match(after)
    full = e.text.replace("’", "'").removesuffix("'s") + m[1] if m and not e.text.endswith("'s") else ""
    if full and full not in member.forms:
        member.forms.append(full)
        member.names.append(full)


# 'al-Sisi', 'el-Baradei', 'bin Salman', 'de Klerk': a name that opens with a lower-case particle
_PARTICLE_NAME = re.compile(r"(?:al|el|bin|ibn|de|van|von|da|di|du|le|la)[- ][A-Z]")


def add_regime(cast: Cast, b: int, e, text: str) -> bool:
    """'the Maduro regime', "Maduro's regime": a leader's name before 'regime' names his government,
    an organisation ('<surname> regime'), not him. Added when so; else False."""
    after = text_of(e.doc)[e.end_char : e.end_char + 10].replace("’", "'")
    if not re.match(r"(?:'s)? regime\b", after):
        return False
    end = e.end_char + after.index("regime") + len("regime")
    form = text_of(e.doc)[e.start_char : end]
    cast.add(f"{text.split()[-1]} regime", "organization", b, e.start_char, end, form, name=True)
    return True


# No one's name has brackets, a spaced dash or a digit: 'Bill - (Steel Industry (Special Measures',
# a link's text or a product's number read as a person.
_NOT_IN_A_NAME = re.compile(r"[()\[\]\d]|\s[-–—]\s")


def _before_a_state(e) -> bool:
    """Is the name followed by a comma and a US state's postal code or AP abbreviation ('Washington,
    DC', 'Laurel, Md.')? (A state's name is not enough: 'Name, Georgia's governor' is a person.)"""
    m = re.match(r",\s+([A-Z]{2}\b|[A-Z][a-z]+\.(?!\w))", text_of(e.doc)[e.end_char : e.end_char + 12])
    return m is not None and (gz.us_postal(m[1]) or bool(gz.us_state(m[1])))


def _town_at_end(text: str) -> str:
    """The last words of a name that are a town of GeoNames ('Spokesperson Washington' -> 'Washington')."""
    words = text.split()
    return next((" ".join(words[i:]) for i in range(len(words)) if gz.is_city(" ".join(words[i:]))), "")


def add_person(cast: Cast, b: int, e) -> None:
    """A PERSON entity: a place or a regime the model took for a person is placed or left, else the
    person joins the cast (under the full name it already knows, or upgrading a surname to the full
    name), with the title and affiliation the words before it give."""
    text = clean(e.text)
    if not _could_be_a_person(text) or _placed_instead(cast, b, e, text):
        return
    if add_regime(cast, b, e, text):
        return
    nxt = e.doc[e.end].text.lower() if e.end < len(e.doc) else ""
    if nxt in ("administration", "government", "'s administration", "campaign", "era", "doctrine"):
        return  # "the Biden administration" is handled as a country metonym
    canon = _canon_person(text)
    if re.fullmatch(_STYLE, canon):
        return  # 'Her Majesty', 'Your Excellency' alone: a style, no name
    if re.match(_STYLE, text) and _REGNAL.fullmatch(_HONOURS.sub("", text)):
        canon = _HONOURS.sub("", text)  # 'His Majesty King Abdullah': a monarch's one name is no surname
    key = _person_key(cast, canon, b, e)
    form = _styled(e, e.text.replace("’", "'").removesuffix("'s"))
    cast.add(key, "person", b, e.start_char, e.end_char, form, name=True)
    member = cast.members[key]
    bare = re.sub(r",?\s+(?:Jr|Sr)\.?$", "", _LEADING_TITLE.sub("", form))
    if bare != form and bare.split() and bare not in member.names:  # 'Dana W. White' from 'Spokesperson Dana W. White'
        member.names.append(bare)
        member.forms.append(bare)
    _add_suffixed(member, e)
    _title_before(member, e)


def _styled(e, form: str) -> str:
    """'His Majesty King Abdullah' whole when the model left 'His' out of the name: the form the text says."""
    if re.match(_STYLE, form) and e.start > 0 and e.doc[e.start - 1].text in _STYLE_OWNER:
        return f"{e.doc[e.start - 1].text} {form}"
    return form


def _could_be_a_person(text: str) -> bool:
    """Not a country, a known place, organisation or outlet, nor a lowercase or blocked phrase."""
    return not (
        not text
        or not (text[0].isupper() or _PARTICLE_NAME.match(text))
        or text.lower() in _SKIP_PERSON
        or gz.country_of(text)
        or text in gz.PLACES
        or text in gz.CAPITALS
        or text in gz.ORGS
        or gz.is_outlet(text)
        or _NOT_IN_A_NAME.search(text)
        or FORM_OF_ADDRESS.fullmatch(text)
    )


def _placed_instead(cast: Cast, b: int, e, text: str) -> bool:
    """A place the model took for a person: placed (or, for a building's unnamed part, left); True
    when the entity is done with."""
    if work := named_work(e):
        cast.place(work, b, e.start_char)  # 'the Foss barrier': a work's name taken for a person
        return True
    prev = e.doc[e.start - 1].lower_ if e.start > 0 else ""
    owner = e.end < len(e.doc) and e.doc[e.end].text in ("'s", "’s")  # "in Kerry's view": whose, no where
    if (
        ((prev in _PLACE_PREPS and not owner) or _in_place_list(e) or text in cast.places)  # ``untagged_listed_towns``
        and text not in cast.surnames
        and text not in cast.members
        and (gz.is_city(text) or gz.is_region(text))
    ):
        cast.place(text, b, e.start_char)  # 'in Concepcion', 'in Bobo Dioulasso', '... and Worcestershire': a city
        # or a region taken for a person
        return True
    if _in_named_places(e):
        cast.place(text, b, e.start_char)  # 'the counties of Bee, Jim Wells and Live Oak'
        return True
    if _before_a_state(e):  # 'Washington, DC', 'Laurel, Md.': a town taken for a person
        if _town_at_end(text):
            cast.place(_town_at_end(text), b, e.start_char)
        return True
    if text.split()[-1] in _GEO_WORDS:  # 'Juan Fernández Islands', 'Mount Merapi' taken for a person
        cast.place(text, b, e.start_char)
        return True
    building = _names_a_building(e)
    if building:  # 'the James S. Brady Press Briefing Room' is a place, 'K-12 Schools' nobody
        if building.split()[-1] in gz.BUILDING_WORDS and building != text:
            cast.place(building, b, e.start_char)
        return True
    if len(text.split()) > 1 and text.split()[0] in _PLACE_OPENERS:  # 'Fort McMurray' taken for a person
        cast.place(text, b, e.start_char)
        return True
    nxt = e.doc[e.end].text.lower() if e.end < len(e.doc) else ""
    if nxt in gz.PLACE_NOUNS and e.doc[e.end].text.islower():
        cast.place(text, b, e.start_char)  # 'the Kuiper Belt region', 'the Sahel region': a place's name
        return True
    return False


def _person_key(cast: Cast, canon: str, b: int, e) -> str:
    """The cast key of the person named ``canon``: the person a surname or a known name points to
    (upgraded to the fuller name: 'Putin' -> 'Vladimir Putin'), else ``canon``; its surnames recorded."""
    last = canon.split()[-1]
    key = cast.surname_owner(last, b, e.start_char) or known_person(cast, canon)
    if key and _another_first_name(canon, key):
        key = None  # 'Keiko Fujimori' after 'Alberto Fujimori': a relative, not the same person
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
    for surname in _first_surnames(canon) + _without_article(
        last
    ):  # 'President Santos' after 'Juan Manuel Santos Calderon'
        cast.surnames.setdefault(surname, key)
    return key


_APPOSED = re.compile(r"(?:,?\s+)?(?:[A-Z][\w.'’-]*\s+){0,2}")


def _title_of_the_name_before(e, start: int) -> bool:
    """A one-word "name" that is an English word ('Excerpt', 'Change') after a title (starting at ``start``) that
    follows another person's name ('Philip Reeker, State Department Acting Spokesman Excerpt from the Daily
    Briefing', 'Todd Stern Special Envoy for Climate Change'): the title is that person's, in apposition."""
    from generator.annotate.lemmas import getAllLemmas

    if len(e.text.split()) != 1 or not getAllLemmas(e.text.lower()) or gz.known_given_name(e.text):
        return False
    text = text_of(e.doc)
    if len(re.findall(rf"\b{re.escape(e.text)}\b", text)) > 1:
        return False  # 'Jimmy Carter, President Bush ... Bush said': a name the paragraph uses again
    return any(
        p.label_ == "PERSON"
        and p.start_char < start
        and (p.end_char > start or _APPOSED.fullmatch(text[p.end_char : start]) is not None)
        for p in e.doc.ents
        if p.end_char <= e.start_char and p is not e and p.start != e.start
    )


def _title_before(member, e) -> None:
    """The title or office in the words before a person's name ('Defense Secretary Lloyd Austin',
    'its chief executive X'): the member's role, a form with the title, and the affiliations it names."""
    left = text_of(e.doc)[max(0, e.start_char - 80) : e.start_char]
    m = _TITLE_BEFORE.search(left)
    if m and _OFFICE_SERVED.search(left[: m.start()]) and m.group(1).startswith("the "):
        m = None  # 'Assistant to the President for Homeland Security John Brennan': the office he serves, not his
    if m and _title_of_the_name_before(e, e.start_char - len(left) + m.start()):
        m = None  # 'Philip Reeker, State Department Acting Spokesman' over 'Excerpt from the ...': Reeker's title
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
    plural = _PLURAL_TITLE_BEFORE.search(left) if not m else None
    if plural and not member.role:  # 'former Presidents Bush and Clinton': each holds the office
        member.role = "Secretary" if plural[1] == "Secretaries" else plural[1].removesuffix("s")
    m2 = _ITS_ROLE.search(left)
    if m2:
        member.aff.add(gz.country_of(m2.group(1)) or m2.group(1))
        member.role = member.role or m2.group(2).title()
        form = f"its {m2.group(2)} {e.text}"
        if form not in member.forms:
            member.forms.insert(0, form)


# a speaker named as the subject of a speech verb ('"...," Ana Lobo told reporters.', 'said Ana Lobo.',
# 'Ana Lobo said: "..."', 'according to Ana Lobo'): two or three capitalised words, a name's particle
# allowed between them
# Ā-Ž: Latin Extended-A, upper and lower interleaved; a Gaelic or Norman prefix before a second capital
# ('McClenaghan', 'MacLeod', 'O’Neill', 'D'Souza')
_NAME_WORD = r"(?:Mc|Mac|O['’]|D['’])?[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿĀ-ž'’-]+"
_PARTICLE = r"(?:da|de|del|der|di|do|dos|du|la|le|van|von|bin|ibn)"
# lower-case nouns only a person is (a role in life, not an office): the name beside one is a person's
PERSON_ONLY_NOUNS = (
    r"(?:farmer|herder|pastoralist|fisherman|fisher|villager|resident|refugee|migrant|survivor|witness|widow|"
    r"widower|mother|father|grandmother|grandfather|daughter|son|wife|husband|student|teacher|nurse|midwife|"
    r"doctor|trader|vendor|shopkeeper|driver|miner|labourer|laborer|worker|housewife|pensioner|retiree|"
    r"businessman|businesswoman|activist|pastor|imam|priest|nun|volunteer|parent|grandparent|mechanic|"
    r"carpenter|tailor|merchant|veteran|victim|patient|shopper|customer|passenger|visitor|protester|protestor|"
    r"demonstrator|voter)"
)
_SPEAKER_NAME = rf"(?P<name>{_NAME_WORD}(?: (?:{_PARTICLE} )?{_NAME_WORD}){{1,2}})"
_VERBS = r"said|says|told|added|stated|explained|noted|warned|wrote|recalled|replied|insisted"
_SPEAKING = (
    re.compile(rf"(?:^|[.!?,;][\"”]?\s+){_SPEAKER_NAME}\s+(?:{_VERBS})\b"),
    re.compile(rf"\b(?:said|says|added|told \w+)\s+{_SPEAKER_NAME}\s*[.,;]"),
    re.compile(rf"\baccording to {_SPEAKER_NAME}\s*[.,;]"),
    # 'Ana Lobo, Commissioner for Justice, Consumers and Equality, added:' (the role in apposition)
    re.compile(rf"(?:^|[.!?][\"”]?\s+){_SPEAKER_NAME},\s+[^\"“”\n]{{3,120}}?,\s+(?:{_VERBS})\s*:"),
    # 'farmer Ana Lobo said', 'a mother of five, Ana Lobo, told VOA': a noun only a person is, before the name
    re.compile(rf"\b{PERSON_ONLY_NOUNS}(?: of [\w-]+)?,? {_SPEAKER_NAME},? (?:{_VERBS})\b"),
    # 'Ana Lobo, a 40-year-old mother of five, said', 'Ana Lobo, a farmer from the Bay region, told VOA'
    re.compile(
        rf"(?:^|[.!?][\"”]?\s+){_SPEAKER_NAME}, an? (?:[\w'’-]+ ){{0,3}}?{PERSON_ONLY_NOUNS}"
        rf"(?: (?:of|from|in|at) [^,\"“”\n]{{1,40}}?)?, (?:{_VERBS})\b"
    ),
)


# words of which each match of the _SPEAKING pattern of the same place holds one: no scan of a block
# without them (80 texts' 578 paragraphs: 24.3 -> 6.5 ms)
_SPEAKING_WORDS = (
    tuple(_VERBS.split("|")),
    ("said", "says", "added", "told"),
    ("according to ",),
    tuple(_VERBS.split("|")),
    tuple(_VERBS.split("|")),
    tuple(_VERBS.split("|")),
)
# each pattern's words as ``lowered_words`` holds them (each stands whole in a match: a space or a start before it,
# no letter after it): looked up in a block's set of words when it is ASCII, not searched for in its text (498
# blocks of the 80 real texts: 4.0 -> 1.1 ms of CPU a pass, with the set made for other rules); a match holds one
# word of each set, the nouns of a person too for the last two
_PERSON_NOUNS = frozenset(PERSON_ONLY_NOUNS.removeprefix("(?:").removesuffix(")").split("|"))
_SPEAKING_RUNS = tuple(
    (frozenset(w.split()[0] for w in words), *([_PERSON_NOUNS] if i >= 4 else []))
    for i, words in enumerate(_SPEAKING_WORDS)
)
# a pattern above that opens at the text's start or after a stop, past the start (a stop is then what re scans for;
# ``_after_stops``). The patterns and their tests over the 80 real texts' 498 blocks: 7.6 ms of CPU a pass at
# dc7acc6 (words searched for, every pattern by finditer), 2.7 ms so
_SPEAKING_AFTER_A_STOP = tuple(
    re.compile("(?:" + rx.pattern.removeprefix("(?:^|")) if rx.pattern.startswith("(?:^|") else None for rx in _SPEAKING
)


def _after_stops(rx: re.Pattern[str], after_a_stop: re.Pattern[str] | None, text: str) -> list:
    """``rx.finditer(text)``, the same matches, for a pattern ``(?:^|X)Y`` and ``after_a_stop`` its ``(?:X)Y``: a
    match at the start, if any, then ``after_a_stop``'s after it, where ``^`` matches no more."""
    if after_a_stop is None:
        return list(rx.finditer(text))
    first = rx.match(text)
    return [*([first] if first else ()), *after_a_stop.finditer(text, first.end() if first else 0)]


def untagged_speakers(cast: Cast, docs, skip: set[int]) -> None:
    """A person the model missed, named as the subject of a speech verb ('"...," Ana Lobo told AFP.',
    'according to Ana Lobo,'): a person by the name's form (its last word no English word, no title, body, place or
    building word in it), resolved to the cast member it names when there is one."""
    for b, doc in enumerate(docs):
        if b in skip:
            continue
        text, runs = text_of(doc), lowered_words(doc)
        for rx, after, words, needed in zip(_SPEAKING, _SPEAKING_AFTER_A_STOP, _SPEAKING_WORDS, _SPEAKING_RUNS):
            if any(map(runs.isdisjoint, needed)) if runs is not None else not any(map(text.__contains__, words)):
                continue
            for m in _after_stops(rx, after, text):
                start, end = m.span("name")
                over = [e for e in ents_of(doc) if e.start_char < end and start < e.end_char]
                if not _a_persons_name(m["name"]):
                    continue
                if over:
                    _body_that_is_a_person(cast, b, over, m["name"])
                    continue
                key = _cast_name(cast, m["name"])
                cast.add(key, "person", b, start, end, m["name"], name=True)
                cast.surnames.setdefault(key.split()[-1], key)
        _topics_named(cast, b, doc, text)


# a sentence opening on the person it turns to: 'For Ana Lobo, it was a long walk.'
# or heading its sentence as the subject of a verb: 'Ana Lobo fled her village.'
_FOR_NAME = re.compile(
    rf"(?:^|[.!?][\"”]?\s+)(?:For {_SPEAKER_NAME},|{_SPEAKER_NAME.replace('name', 'subject')} [a-z])"
)
# _FOR_NAME past the text's start, where its ``^`` matches no more: a stop is what re scans for (``_for_names``)
_FOR_NAME_AFTER_A_STOP = re.compile(
    rf"[.!?][\"”]?\s+(?:For {_SPEAKER_NAME},|{_SPEAKER_NAME.replace('name', 'subject')} [a-z])"
)


def _for_names(text: str) -> list:
    """``_FOR_NAME.finditer(text)``, the same matches (groups 'name' and 'subject'): the first one from the
    text's start, if any, the rest after it by _FOR_NAME_AFTER_A_STOP (498 blocks of the 80 real texts: 2.1 ->
    1.0 ms of CPU a pass)."""
    return _after_stops(_FOR_NAME, _FOR_NAME_AFTER_A_STOP, text)


# a personal pronoun (a person's, never a body's 'it'/'its')
_PERSONAL = re.compile(r"\b(?:[Ss]he|[Hh]e|[Hh]er|[Hh]is|[Hh]im|[Hh]erself|[Hh]imself)\b")


def _topics_named(cast: Cast, b: int, doc, text: str) -> None:
    """A person the model missed, named at the head of a sentence as the one it is about ('For Ana Lobo, it was
    a long walk. Three of her children died.'): a name by its form, taken up by 'she'/'he'/'her'/'his' in that
    sentence or the next before any other person is named."""
    for m in _for_names(text):
        group = "name" if m["name"] else "subject"
        start, end = m.span(group)
        if any(e.start_char < end and start < e.end_char for e in ents_of(doc)) or not _a_persons_name(m[group]):
            continue
        if not _pronoun_takes_up(doc, text, end):
            continue
        key = _cast_name(cast, m[group])
        cast.add(key, "person", b, start, end, m[group], name=True)
        cast.surnames.setdefault(key.split()[-1], key)


# what stands between a name and a pronoun that is not the name's: a body's pronoun ('X fired its chief. He
# said'), a noun of a person the pronoun may take up ('X said the chief would end his term')
_OTHER_ANTECEDENT = re.compile(
    r"\b(?:its|itself|" + ROLE_NOUNS + "|" + PERSON_ONLY_NOUNS + r"|man|woman|boy|girl|child|executive|officer|"
    r"official|boss|manager|director|chairman|chairwoman|employee|member|founder|owner|lawyer|colleague)s?\b",
    re.I,
)
# a pronoun opening the clause a speech verb reports ('X said he would', 'X said her clinic'): anyone's
_REPORTED = re.compile(rf"\s(?:{_VERBS})(?: that)?\s+$")


def _pronoun_takes_up(doc, text: str, end: int, reported: bool = True) -> bool:
    """Does a personal pronoun follow ``end`` in its sentence or the next, no person named or spoken of before it
    (``_OTHER_ANTECEDENT``)? With ``reported`` False, not one opening a clause a speech verb reports."""
    ends = [m.end() for m in re.finditer(r"[.!?][\"”’]?(?=\s|$)", text[end:])]
    stop = end + (ends[1] if len(ends) > 1 else len(text) - end)
    found = _PERSONAL.search(text, end, stop)
    if found is None or _OTHER_ANTECEDENT.search(text, end, found.start()):
        return False
    if not reported and _REPORTED.search(text, max(end, found.start() - 20), found.start()):
        return False  # 'Deutsche Telekom said he would step down', 'Medecins Sans Frontieres said her clinic ...'
    return not any(e.label_ == "PERSON" and end <= e.start_char < found.start() for e in ents_of(doc))


def _body_that_is_a_person(cast: Cast, b: int, over: list, name: str) -> None:
    """'Khadijo Isak said the drought took her crops': a speaker's name the model read as an organisation's, a
    person's name by its form (``_a_persons_name``), no body the world knows, and taken up by a personal pronoun
    in its sentence or the next, not one opening the reported clause ('X said he would ...': anyone): a person."""
    e = over[0]
    if len(over) > 1 or e.label_ != "ORG" or e.text != name or name in gz.ORGS or gz.is_outlet(name):
        return
    if not _pronoun_takes_up(e.doc, text_of(e.doc), e.end_char, reported=False):
        return
    for key in {x.key for x in cast.mentions if x.block == b and x.start == e.start_char and x.end == e.end_char}:
        member = cast.members.get(key)
        if member is not None and member.kind == "organization" and key == name:
            member.kind = "person"
            cast.surnames.setdefault(key.split()[-1], key)


# a title, then a name the model left untagged ('as well as General Honore, Admiral Keating', 'Administrator
# Fugate and Deputy Administrator Serino'): one to three capitalised words after one or more titles
_TITLED_NAME = re.compile(
    rf"(?<![\w.])(?P<title>(?:{TITLE_WORDS}\.? )+)(?P<bracket>\[)?"  # 'the Mayor [Eduardo Soto]': an editor's insertion
    rf"(?P<name>{_NAME_WORD}(?: (?:{_PARTICLE} )?{_NAME_WORD}){{0,2}})"
    r"(?(bracket)\]|(?![\w'’-]))"
)
_COURTESY = re.compile(r"(?:Mr|Ms|Mrs|Dr)\.?")
_RUNS_ON = re.compile(r" ?[“\"‘(]| [A-Z]")  # a nickname in quotes or another capitalised word after the name


def untagged_titled_names(cast: Cast, docs, skip: set[int]) -> None:
    """A person the model missed, named after a title ('General Honore', 'Administrator Fugate', 'Maj. Gen.
    Williams'): the words after the title are a name by their form (``titled_name``); the person of the cast
    that name points to, else a new person with the title as role."""
    for b, doc in enumerate(docs):
        if b in skip:
            continue
        text = text_of(doc)
        for m in _TITLED_NAME.finditer(text) if any(map(text.__contains__, _TITLE_CUES)) else ():
            start, end = m.span("name")
            tagged = not m["bracket"] and any(e.start_char < end and start < e.end_char for e in ents_of(doc))
            if tagged or not titled_name(m["name"]):  # a bracketed name is one whatever the model tagged in it
                continue
            if _RUNS_ON.match(text, end):
                continue  # 'Benjamin “Benny” Gantz', 'Elena Ruiz Garcia' with 'Garcia' tagged: the name goes on
            if gz.is_city(m["name"]) and _a_state_after(text[end : end + 24]):
                continue  # 'Office of the Spokesperson / Washington, DC': a heading's title, then a town
            name, title = m["name"], m["title"].strip()
            if m["bracket"]:
                _drop_read_inside(cast, b, start, end + 1)  # the model's 'Amina Mohamed]', an organisation
            key = cast.surname_owner(name.split()[-1], b, start) or known_person(cast, name) or name
            cast.add(key, "person", b, start, end, name, name=True)
            member = cast.members[key]
            if member.kind != "person":
                continue
            if f"{title} {name}" not in member.forms:
                member.forms.append(f"{title} {name}")
            last = title.split()[-1]
            if not member.role and not _COURTESY.fullmatch(last):
                member.role = title
            cast.surnames.setdefault(name.split()[-1], key)


def _drop_read_inside(cast: Cast, b: int, start: int, end: int) -> None:
    """Members other than people named only inside [start, end) of block ``b``: a misreading of that span."""
    for key in [k for k, mem in cast.members.items() if mem.kind != "person"]:
        seen = [x for x in cast.mentions if x.key == key]
        if seen and all(x.block == b and start <= x.start and x.end <= end for x in seen):
            cast.drop(key)


_TITLE_CUES = (
    "President",
    "Minister",
    "Secretary",
    "General",
    "Gen.",
    "Admiral",
    "Ambassador",
    "Administrator",
    "Governor",
    "Senator",
    "Mayor",
    "Commissioner",
    "Director",
    "Spokes",
    "Mr",
    "Ms",
    "Mrs",
    "Dr",
    "Judge",
    "Chief",
    "Commander",
    "Chancellor",
    "Col.",
    "Maj.",
    "Lt.",
    "Sen.",
    "Rep.",
    "Sheriff",
    "Attorney",
    "Envoy",
    "Representative",
    "Chair",
    "Premier",
    "King",
    "Queen",
    "Prince",
    "Pope",
    "Speaker",
)


def _a_state_after(after: str) -> bool:
    """Does ``after`` (the text after a name) open with a comma and a US state, district or country
    ('Washington, DC', 'Laurel, Md.', 'Lagos, Nigeria')?"""
    m = re.match(r",\s*([A-Z][\w.]*(?: [A-Z][a-z]+)?)", after)
    if not m:
        return False
    words = m[1].rstrip(",").split()
    for place in (" ".join(words), words[0]):  # 'New York', 'DC' (before 'November 29')
        if gz.us_district(place) or gz.us_state(place) or gz.country_of(place) or place in gz.us_state_names():
            return True
    return False


def titled_name(name: str) -> bool:
    """Words after a title that are a person's name by their form: no word of a body, a building, a natural
    feature, a title or the calendar, no stop word, country or demonym; the last word no English word (nor an
    English adjective's '-ics' noun, 'Atomics'), or the first a known given name ('Jane Brown') or, in a name of
    two words or more, a word no English dictionary knows either ('Cale Brown': a given name the nicknames
    dataset lacks)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from generator.annotate.lemmas import getAllLemmas

    words = [w for w in name.split() if w[:1].isupper()]
    for w in words:
        if w in ORG_WORDS or w in _BUILDING_WORDS or w in _GEO_WORDS or w.lower() in STOP_WORDS:
            return False
        if w in _NOT_A_GIVEN_NAME or re.fullmatch(TITLE_WORDS, w) or gz.country_of(w) or w in gz.DEMONYMS:
            return False
        if len(words) == 1 and (gz.is_city(w) or gz.is_region(w)) and not gz.known_given_name(w):
            return False  # 'Spokesperson Dakar': a town alone, unless also a given name ('Elizabeth')
    last = words[-1].lower()
    if not getAllLemmas(last) and not (last.endswith("ics") and getAllLemmas(last[:-1])):
        return True  # not 'General Atomics', 'General Kinetics': a trade named after an English adjective
    return len(words) > 1 and (gz.known_given_name(words[0]) or not getAllLemmas(words[0].lower()))


# short titles and calendar words that open no given name
_NOT_A_GIVEN_NAME = set(
    "Prof Rev Fr Hon Sen Rep Gov Supt Insp Det Adm Cmdr Sgt Cpl Pvt Lt Capt Maj Col Gen Monday Tuesday Wednesday "
    "Thursday Friday Saturday Sunday January February March April May June July August September October "
    "November December".split()
)


def _a_persons_name(name: str) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    from generator.annotate.lemmas import getAllLemmas

    words = name.split()
    capitals = [w for w in words if w[:1].isupper()]
    if any(w in ORG_WORDS or w in _BUILDING_WORDS or w in _GEO_WORDS or w.lower() in STOP_WORDS for w in capitals):
        return False
    if re.search(r"\b" + TITLE_WORDS + r"\b", name) or gz.country_of(name) or gz.is_city(name) or gz.is_region(name):
        return False
    if any(gz.country_of(w) or w in gz.DEMONYMS for w in capitals):
        return False
    first, last = capitals[0], capitals[-1]
    if first.rstrip(".") + "." in RANK_WORDS or first in RANK_WORDS or first in _NOT_A_GIVEN_NAME:
        return False  # 'Sgt Lobo', 'Prof Lobo', 'Monday Lobo said' (a day before the speaker)
    return not getAllLemmas(last.lower()) and (gz.known_given_name(first) or not getAllLemmas(first.lower()))


def _cast_name(cast: Cast, name: str) -> str:
    """The cast member ``name`` is a form of (its surname's holder with the same first word), else the name."""
    holder = cast.surnames.get(name.split()[-1])
    if holder in cast.members and holder.split()[0] == name.split()[0]:
        return holder
    return name
