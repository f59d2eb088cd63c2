"""The cast of one article: who the actors are and every place they are mentioned.

From the NER entities of each block plus general rules: surnames -> full names, titles before
names ("NATO Secretary-General Jens Stoltenberg" gives the role and the affiliation NATO), role
phrases ("the NATO chief", "the US diplomat", "The Secretary"), demonyms and metonyms ("Russian
forces", "Moscow", "the Kremlin" -> Russia; "the Biden administration" -> United States),
generic names of named organisations ("the alliance", "Allies" -> NATO). Outlets that are only
cited are sources; countries and capitals named only as venues are places.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

from generator.annotate import gazetteer as gz
from generator.annotate.cast import (
    _VESSELS,
    ARTEFACT_NOUNS,
    LOCATIVE_PREPS,
    MOTION,
    PEOPLE_NOUNS,
    RANK_WORDS,
    ROLE_NOUNS,
    ROLE_PHRASE,
    TITLE_WORDS,
    Cast,
    CastMember,
    Mention,
    _common_words,
    _head,
    _thing,
    clean,
    sends,
    takes_a_side,
)  # noqa: F401
from generator.annotate.dateline import dateline
from generator.annotate.nlp import (
    GROUP_NOUNS,
    ents_of,
    lowered_words,
    parse_blocks,
    parsed_span,
    parsed_token,
    prefetch,
    sentence_at,
    text_of,
)
from generator.annotate.people import (
    ORG_WORDS,
    PERSON_ONLY_NOUNS,
    add_person,
    add_regime,
    is_titled_org,
    known_person,
    titled_name,
    untagged_speakers,
    untagged_titled_names,
)
from generator.annotate.places import (
    after_place_preposition,
    capital_as_city,
    compass_parts,
    country_noun,
    degree_after_name,
    goal_of_motion,
    illness_names,
    located_in,
    named_work,
    place_lines,
    town_after_preposition,
    towns_acting_as_bodies,
    unknown_after_a_place,
    unknown_after_in,
    untagged_listed_towns,
    untagged_towns_after_preposition,
    venue_in_heading,
)


def _is_locative(span) -> bool:
    """Is this country/capital mention only where something happens (a venue), not who acts?

    Read from the words around it, no parse: 'in/at/from/near ... X' (also across a list, 'in
    Poland, Latvia and Estonia', and directions, 'in eastern and southern Ukraine') and 'visited
    X', 'heading for X', 'parts of X' are venues; 'with/against/by/on X', 'X's', a subject are not.
    """
    doc = span.doc
    rest = text_of(doc)[span.end_char :].strip()
    if span.start_char == 0 and re.fullmatch(r"(?:,\s*(?:D\.C\.?|[A-Z][a-z]+\.?))?[\s.:—-]*", rest):
        return True  # a dateline ('Washington, D.C.')
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    if nxt in ("'s", "’s", "'", "’") and not _place_after_possessive(doc, span.end + 1):
        return False
    if (
        span.text.replace(".", "") in ("US", "UK")
        and nxt.isalpha()
        and doc[span.end].text.islower()
        and nxt not in _PLACE_HEADS | gz.PLACE_NOUNS
    ):
        return False  # 'in U.S. funds': an adjective of the noun after it, not where
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
    if prev in _APPOSED_PLACE_NOUNS and doc[i + 1].text == ",":
        return True  # 'heading to the capital, New Delhi', 'the port city, Beira': the town's name
    if prev in ("with", "against", "by", "on", "between", "upon"):
        return False
    if prev == "from" and i > 0 and (doc[i - 1].lower_ in _SENT_PEOPLE or _in_service(doc, i - 1)):
        return False  # 'his counterparts from Japan', 'service members from Japan': who they are, not where
    if prev in ("to", "for", "of"):
        return i > 0 and doc[i - 1].lower_ in MOTION
    return prev in LOCATIVE_PREPS or prev in MOTION


# people sent from a country, before 'from' ('his counterparts from Japan'): who they are, not where
_SENT_PEOPLE = frozenset(
    PEOPLE_NOUNS + ("counterpart", "delegation", "delegations", "ministers", "minister", "representatives")
)

# nouns of a town, after which a comma and a name give the town's name ('the capital, New Delhi', 'the
# northern city, Agra'): the name is that place
_APPOSED_PLACE_NOUNS = frozenset("capital city town village port".split())


def _place_after_possessive(doc, i: int) -> bool:
    """A country's possessive before a place: "arrive in Nepal's capital", "sank off South Korea's southern
    coast", "a cave in Thailand's Chiang Rai province": a noun of a place (``gz.PLACE_NOUNS``, a compass word
    before it allowed) or a name the model tagged as a place after the possessive: the country holds where it
    happens (the preposition before it still decides); not "in Bolivia's election", "with Japan's leaders"."""
    while i < len(doc) and doc[i].lower_.endswith("ern") and doc[i].is_lower:
        i += 1  # 'southern', 'northeastern'
    return i < len(doc) and (doc[i].lower_ in gz.PLACE_NOUNS or doc[i].ent_type_ in ("GPE", "LOC", "FAC"))


_DOING_NOUNS = set(PEOPLE_NOUNS) | {
    "administration",
    "people",
    "president",
    "statement",
    "decision",
    "delegation",
    "embassy",
    "police",
    "response",
    "support",
    "assistance",
    "aid",
    "efforts",
    "sacrifices",
    "contributions",
    "commitment",
    "position",
    "call",
    "negotiators",
    "representatives",
    "minister",
    "ministers",
    "parliament",
    "congress",
}
_DOING_PREPS = {"with", "against", "by", "between"}
# joint undertakings whose members are named after 'among' ('an initiative among X, Y and Z')
_JOINT_NOUNS = set(
    "initiative partnership cooperation coordination agreement accord talks dialogue alliance coalition "
    "consultations negotiations meeting".split()
)
_DEEDS = {
    "war",
    "program",
    "programme",
    "plan",
    "proposal",
    "policy",
    "decision",
    "demands",
    "demand",
    "request",
    "offer",
    "role",
    "actions",
    "action",
    "move",
    "refusal",
    "approach",
    "stance",
    "efforts",
    "intervention",
    "involvement",
    "contribution",
    "troops",
    "envoy",
    "embassy",
    "reign",
    "rule",
    # nouns of an act or an aim whose owner is its doer ("the UK's departure", "X's victory", "X's ambitions"; not
    # "Chile's participation in the Visa Waiver Program", a status)
    "departure",
    "withdrawal",
    "leadership",
    "priorities",
    "ambitions",
    "victory",
}
_AID_WORDS = {
    "guarantees",
    "commitment",
    "solidarity",
    "help",
    "helping",
    "helped",
    "assist",
    "assisting",
    "assisted",
    "support",
    "supporting",
    "supported",
    "aid",
    "assistance",
    "weapons",
    "weaponry",
    "arms",
    "loans",
    "sanctions",
    "sanction",
    "sanctioned",
    "pressure",
    "pressured",
    "urge",
    "urged",
    "urges",
    "called",
    "call",
    "calls",
    "thanked",
    "thank",
    "criticized",
    "criticised",
    "condemned",
    "accused",
    "warned",
    "praised",
    "congratulated",
}
_PLACE_HEADS = {
    "coast",
    "coasts",
    "capital",
    "city",
    "cities",
    "north",
    "south",
    "east",
    "west",
    "border",
    "borders",
    "territory",
    "region",
    "regions",
    "island",
    "islands",
    "soil",
    "shores",
    "town",
    "towns",
    "province",
    "provinces",
    "state",
    "states",
    "mainland",
    "airspace",
    "waters",
    "streets",
    "centre",
    "center",
    "history",
    "population",
    "economy",
    "rest",
    "parts",
    "part",
    "areas",
    "area",
    "most",
    "much",
    "all",
    "some",
}
_MEET_WORDS = {"met", "meet", "meets", "meeting", "joined", "join", "invited", "hosted", "host"}


@functools.lru_cache(maxsize=4096)
def _noun_forms(word: str) -> frozenset[str]:
    """A noun and its other number ('governments' -> 'government', 'partner' -> 'partners'; lemminflect)."""
    from generator.annotate.lemmas import getAllLemmas, getInflection

    forms = {word, *getAllLemmas(word, upos="NOUN").get("NOUN", ())}
    forms.update(getInflection(word, tag="NNS", inflect_oov=False) or ())
    return frozenset(forms)


def _among(tok, nouns) -> bool:
    """Is the token one of ``nouns``, a noun in either number ('the governments of Turkey and Cyprus' as
    'the government of X'; the lists of people and deeds hold one number or both)? A verb only as written
    ('Jo Marsh reports from our bureau' is no report)."""
    word = tok.lower_
    return word in nouns or (tok.tag_ in ("NN", "NNS") and not _noun_forms(word).isdisjoint(nouns))


def _acts(span) -> bool:
    """Does this country (or demonym) mention name someone who acts, read from the parse?

    The subject of a verb ('China said'), the agent of a passive ('by Russia'), a possessor or
    modifier of a noun of people or of doing ('Chile's government', 'U.S. officials', 'Canada's
    support'), 'the people/government of X', a partner in 'talks with X' or 'against X'; a
    conjunct shares the role of the first. Else (a venue, a list of affected places, 'French
    Polynesia') it is a place.
    """
    if _DONE_BY_AFTER.match(text_of(span.doc)[span.end_char : span.end_char + 16]):
        return True  # 'a UK-hosted summit', 'the Saudi-led coalition': the country hosts, leads
    tok = _governing_token(span)
    if tok is None:
        return False
    dep, head = tok.dep_, tok.head
    if dep == "nsubj" and _only_is(head):
        return False  # 'Chile is a regional leader': what the country is, nothing it does
    if _owns_armed_forces(tok):
        return _forces_fight(_armed_noun(tok))  # "Kyrgyzstan's armed forces": a body of their own
    if dep in ("nsubj", "nsubjpass", "csubj", "dative") or _verb_right_after(span, dep):
        return True
    if dep == "poss":  # "Russia's war", "Iran's program", "Chile's government"; not "Peru's stock market"
        counted = any(c.dep_ == "nummod" for c in head.children)  # "Kyrgyzstan's 5.3 million people": a population
        if head.lower_ in _PLACE_HEADS and any(c.dep_ == "compound" and c.text[:1].isupper() for c in head.children):
            return False  # "Brazil's southeastern Sao Paulo state": a part of the country named, a place
        return _among(head, _DOING_NOUNS | _DEEDS) and head.pos_ != "PROPN" and not counted
    if dep in ("compound", "amod", "nmod") and _among(head, _DOING_NOUNS):
        return True
    if dep == "pobj":
        prep, owner = head.lower_, head.head.lower_
        if _beside_a_place(head):
            return False  # "Liberia's borders with Guinea", 'landlocked between India and China': where, not who
        if prep in _DOING_PREPS or head.dep_ == "agent" or (prep == "among" and owner in _JOINT_NOUNS):
            return True
        if prep == "of" and owner == "behalf":
            return True  # 'an update sent on behalf of Denmark': the one acted for takes part
        if prep == "of" and (_title_of_a_name(head.head) or _one_holders_title(head.head)):
            return False  # 'Jane Roe, former President of Ruritania,': her title, not what the country does
        if prep == "of" and _among(head.head, _DOING_NOUNS | _DEEDS | {"views", "view"}):
            return True  # 'the views of the United States', 'the government of Colombia'
        if prep == "from" and (_among(head.head, _DOING_NOUNS | {"counterpart", "delegation"}) or _sent(head)):
            return True  # 'his counterparts from Japan', 'brought service members from Japan'
        objs = {c.lower_ for c in head.head.children if c.dep_ == "dobj"}
        if prep in ("to", "for") and (owner in _AID_WORDS or objs & _AID_WORDS):
            return True  # 'help to Ukraine', 'support for Ukrainians': who is helped takes part
    if dep == "dobj" and head.lower_ in _AID_WORDS | _MEET_WORDS:
        return True  # 'to assist Ukraine', 'met China'
    return False


def _verb_right_after(span, dep: str) -> bool:
    """'..., the ambassador to Haiti, the White House said Monday.' parsed as an apposition: a name (no object, no
    modifier) right before a verb in the past or present, other than 'is' or 'has', is its subject all the same."""
    nxt = _parsed_next(span)
    if nxt is None or dep in ("pobj", "dobj", "compound", "poss", "amod", "nmod"):
        return False
    return nxt.tag_ in ("VBD", "VBZ") and nxt.lower_ not in ("is", "was", "has", "had", "'s", "’s")


def _in_service(doc, i: int) -> bool:
    """Is the word at ``i`` a state's or a body's people in service: 'service members', 'servicemembers',
    'personnel' ('Service members from X and Y worked with ...': sent by X as its troops are)?"""
    word = doc[i].lower_ if i >= 0 else ""
    if word in ("personnel", "servicemembers", "servicemen", "servicewomen"):
        return True
    return word in ("members", "member") and i > 0 and doc[i - 1].lower_ == "service"


def _sent(prep) -> bool:
    """Is the preposition 'from' right after people in service ('service members from X'), wherever the parse
    hung it ('brought service members from X' with 'from' on the verb)?"""
    return _in_service(prep.doc, prep.i - 1)


# The armed forces of a country: a body of its own that acts (or not) by itself; its country acts
# through it no more than an organisation through a person it employs ('American forces', 'UK military');
# single words, compared with one token ('force' is the head of 'air force')
ARMED_NOUNS = {"forces", "force", "troops", "soldiers", "army", "military", "navy", "marines"}


# What a state's forces do as the state: fight ('an attack by Russian forces', 'Russian troops shelled ...')
_FIGHTING = set(
    "attack attacks attacked attacking invasion invaded invade aggression offensive strike strikes struck "
    "shelling shelled bombing bombed bombarded fired occupied seized captured killed launched".split()
)


def _fighting_after(doc, noun) -> bool:
    parsed = parsed_span(doc, doc[noun.i : noun.i + 1])
    return bool(len(parsed)) and _forces_fight(parsed.root)


def _forces_fight(noun) -> bool:
    """Do the armed forces at ``noun`` fight: the doer of an attack ('an attack by Russian forces') or
    the subject of a verb of fighting ('Russian troops shelled the city')? Then their state acts."""
    while noun.dep_ in ("amod", "compound") and noun.head.lower_ in ARMED_NOUNS:
        noun = noun.head  # 'military' of 'Russian military forces'
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "by":
        return noun.head.head.lower_ in _FIGHTING
    return noun.dep_ == "nsubj" and noun.head.lower_ in _FIGHTING


def _armed_noun(tok):
    """The noun of the armed forces a country's name stands before or after ("X's forces", 'the forces of X')."""
    return tok.head.head if tok.dep_ == "pobj" else tok.head


def _owns_armed_forces(tok) -> bool:
    """Is ``tok`` (a country's name) the owner or modifier of its armed forces: "Kyrgyzstan's armed
    forces", 'UK military assets', 'Cuban security force members', 'the forces of X'?"""
    dep, head = tok.dep_, tok.head
    if dep == "pobj" and head.lower_ == "of":
        head, dep = head.head, "poss"
    return dep in ("poss", "compound", "amod", "nmod") and head.lower_ in ARMED_NOUNS


def _beside_a_place(prep) -> bool:
    """Is ``prep`` ('with', 'between') the preposition of a place's noun or of an adjective of where
    ("Liberia's borders with Guinea", 'landlocked between India and China', 'the border between X and
    Y'): the names after it are neighbours, not parties to anything?"""
    owner = prep.head
    return prep.lower_ in ("with", "between") and (
        owner.lower_ in _PLACE_HEADS | gz.PLACE_NOUNS
        or owner.tag_.startswith("JJ")
        or (owner.tag_ == "VBN" and owner.dep_ in ("advcl", "amod"))  # 'Landlocked between ...,'
    )


_TITLE_NOUN = re.compile(ROLE_NOUNS + r"|governor|mayor|king|queen|prince|princess|emperor", re.I)


def _title_of_a_name(tok) -> bool:
    """Is ``tok`` a job title in apposition to a name ('Jane Roe, former President of Ruritania')?"""
    return tok.dep_ == "appos" and tok.head.text[:1].isupper() and bool(_TITLE_NOUN.fullmatch(tok.lower_))


def _one_holders_title(tok) -> bool:
    """Is ``tok`` the title of one office holder ('President of Ruritania, Jane Roe', 'her election as
    President of Ruritania', 'the Foreign Minister of Ruritania')? The country after its 'of' names whose
    office it is, not the country acting (a plural, 'the Ministers of X', speaks for the countries)."""
    return tok.tag_ in ("NN", "NNP") and bool(_TITLE_NOUN.fullmatch(tok.lower_))


def _first_name_before(e) -> bool:
    """'Antony J. Blinken' when the model marked only 'J. Blinken': a name that opens with an
    initial, after a capitalised word outside any entity that is no title word ('Secretary of
    State Antony J. Blinken'); 'Luiz Inácio Lula da Silva' when it marked only 'Inácio Lula da
    Silva': a name of three words or more after a capitalised word no English dictionary knows; 'Ana Silva'
    when it marked only 'Silva': a surname after a word that can only be a name (:func:`_unknown_name`)."""
    doc = e.doc
    if e.start == 0:
        return False
    prev = doc[e.start - 1]
    if prev.ent_type_ or not re.fullmatch(r"[A-Z][a-z]+", prev.text) or re.fullmatch(TITLE_WORDS, prev.text):
        return False
    if len(e) == 1:  # 'Ana' + 'Silva' (the model marked the surname only): a word that can only be a name
        return e.label_ == "PERSON" and _unknown_name(prev.text)
    if not re.fullmatch(r"[A-Z]\.", e[0].text):
        return len(e) >= 3 and e[0].text[:1].isupper() and not _common_words(prev.text)
    return prev.text not in ("State", "Defense", "Defence", "The")


# A capitalised word that may end a name: 'Smith', and one with an apostrophe inside ("O'Neill", "Yar'Adua")
_SURNAME = r"[A-Z][a-z]*(?:['’][A-Z]?)?[a-z]+"


def _last_word_cut(e) -> bool:
    """'Lee Hsien' + 'Loong', 'Aung San Suu' + 'Kyi': a person's name of two or three words the model cut
    before its last word, a capitalised word outside any entity that no English dictionary knows (no
    'Administration', 'Tuesday') and no title word, with no capitalised word after it."""
    doc = e.doc
    if e.label_ != "PERSON" or not 2 <= len(e) <= 3 or e.end >= len(doc) or not e[-1].text[:1].isupper():
        return False
    nxt = doc[e.end]
    return (
        not nxt.ent_type_
        and re.fullmatch(_SURNAME, nxt.text) is not None
        and not re.fullmatch(TITLE_WORDS, nxt.text)
        and nxt.text not in gz.MONTHS + gz.WEEKDAYS
        and not _common_words(nxt.text)
        and nxt.lower_ not in STOP_WORDS  # 'Antony J. Blinken' + 'At a Press Availability' (a title's words)
        and not (e.end + 1 < len(doc) and doc[e.end + 1].text[:1].isupper())
    )


def _hyphened_syllable_cut(e) -> bool:
    """'Moon Jae' + '-in': a person's name of two or three words the model cut at a hyphen joined with no
    space to a small-letter syllable, the end of a Korean given name ('Jae-in'); not 'Smith-led',
    'Obama-era': the syllable is no English word, or has two letters at most ('in', 'un')."""
    from generator.annotate.lemmas import getAllLemmas

    doc = e.doc
    if e.label_ != "PERSON" or not 2 <= len(e) <= 3 or e.end + 1 >= len(doc) or e[-1].whitespace_:
        return False
    dash, word = doc[e.end], doc[e.end + 1]
    return (
        dash.text == "-"
        and not dash.whitespace_
        and word.is_alpha
        and word.is_lower
        and (len(word) <= 2 or not getAllLemmas(word.text))
    )


# the labels of a name (no date, time or number: 'Jane Roe Monday')
_NAME_LABELS = frozenset(("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"))


def _surname_tagged_apart(e) -> bool:
    """'Siti Fadillah' + 'Supari' (an organisation to the model): a person's name of two or three words
    followed at once by a one-word entity of a name of another kind that is a surname by its form, a word no
    English dictionary knows and no title, country, town, region, demonym, known organisation or outlet, with no
    capitalised word after it, is that name's last word."""
    doc = e.doc
    if e.label_ != "PERSON" or not 2 <= len(e) <= 3 or e.end >= len(doc) or not e[-1].text[:1].isupper():
        return False
    nxt = doc[e.end]
    if nxt.ent_iob_ != "B" or nxt.ent_type_ not in _NAME_LABELS or nxt.idx != e.end_char + 1:
        return False
    word = nxt.text
    return (
        word not in gz.MONTHS + gz.WEEKDAYS
        and (e.end + 1 >= len(doc) or doc[e.end + 1].ent_iob_ != "I")
        and re.fullmatch(_SURNAME, word) is not None
        and not re.fullmatch(TITLE_WORDS, word)
        and not _common_words(word)
        and not (gz.country_of(word) or gz.is_city(word) or gz.is_region(word) or word in gz.DEMONYMS)
        and word not in gz.ORGS
        and not gz.is_outlet(word)
        and not (e.end + 1 < len(doc) and doc[e.end + 1].text[:1].isupper())
    )


def _whole_name(e):
    """'Amol Chauhan' when the model marked only 'Amol': a one-word name followed by a capitalised
    word outside any entity (not a title word) is a two-word name; 'Antony J. Blinken' when it
    marked only 'J. Blinken' (:func:`_first_name_before`); 'Blinken' when it marked "Blinken's
    Meeting"; 'Ursula von der Leyen' when it stopped at a particle; 'Siti Fadillah Supari' when it
    tagged the surname apart (:func:`_surname_tagged_apart`)."""
    from spacy.tokens import Span

    doc = e.doc
    poss = next((t.i for t in e[1:] if t.text in ("'s", "’s")), None)
    if poss is not None:  # "Secretary Blinken's Meeting with ...": the name ends at its possessive
        return Span(doc, e.start, poss, label=e.label_)
    if _first_name_before(e):
        return Span(doc, e.start - 1, e.end, label=e.label_)
    after = e.end < len(doc) and doc[e.end].text in _PARTICLES  # 'Marcos Zeca' + 'dos Anjos'
    if len(e) > 1 and e[-1].lower_ in _PARTICLES or after:  # 'Ursula von der' + 'Leyen', 'Katrin van' + 'der Berg'
        end = e.end
        while end < len(doc) - 1 and doc[end].lower_ in _PARTICLES and end - e.end < 2:
            end += 1
        if end < len(doc) and re.fullmatch(r"[A-Z][a-z]+", doc[end].text):
            return Span(doc, e.start, end + 1, label=e.label_)
    if _last_word_cut(e) or _surname_tagged_apart(e):
        return Span(doc, e.start, e.end + 1, label=e.label_)
    if _hyphened_syllable_cut(e):
        return Span(doc, e.start, e.end + 2, label=e.label_)
    if len(e) != 1 or e.end >= len(doc):
        return e
    nxt = doc[e.end]
    if (
        nxt.ent_type_
        or not re.fullmatch(_SURNAME, nxt.text)
        or not e.text.isalpha()
        or re.fullmatch(TITLE_WORDS, nxt.text)
        or (e.end + 1 < len(doc) and doc[e.end + 1].text[:1].isupper())
    ):
        return e
    return Span(doc, e.start, e.end + 1, label=e.label_)


# the rest of an organisation's name the model cut after 'of the X': "Attorney General's Office"
_RUN_ON = re.compile(r" (?:[A-Z][\w-]* )*[A-Z][\w-]*['’]s (?:Office|Department|Ministry|Agency|Bureau|Service)\b")
_TITLE_FOR = re.compile(r"\b(?:Attorney|Marshal|Judge|Ambassador|Envoy|Commissioner) (?:for|of) (?:the )?$")


def _before_a_holders_title(doc, e) -> bool:
    """'former Thai foreign minister Surin Pitsuwan', "Kenya's health minister Jane Roe", "Taiwan's
    President Jane Roe": a country (or its demonym) before a title in small letters, or after its
    possessive one in capitals, that a person's name follows at once: whose office it is, an
    affiliation, not the country acting."""
    after = e.end < len(doc) and doc[e.end].text in ("'s", "’s")
    owner = after or e[-1].text in ("'s", "’s")  # the model tags "New Zealand's" whole at times
    i = e.end + after
    for j in range(i, min(i + 3, len(doc) - 1)):
        t = doc[j]
        if not t.is_alpha or t.ent_type_ == "PERSON" or not (t.is_lower or (owner and t.is_title)):
            return False
        if _TITLE_NOUN.fullmatch(t.text) and doc[j + 1].ent_type_ == "PERSON" and doc[j + 1].ent_iob_ == "B":
            # 'France sent envoy Jean Roe', 'Russia told ambassador X to leave': a verb between, the
            # country acts and the title is the one it sent (the block has no tags: its parse says)
            return not any(w.tag_.startswith("VB") for w in parsed_span(doc, doc[e.start : j + 1]))
    return False


def _before_title(doc, e) -> bool:
    """'US Secretary of State ...', 'Ukrainian Foreign Minister ...': an affiliation inside a title."""
    nxt = doc[e.end] if e.end < len(doc) else None
    return (
        nxt is not None and nxt.text[:1].isupper() and bool(re.match(TITLE_WORDS, text_of(doc)[nxt.idx : nxt.idx + 40]))
    )


_BULLET = re.compile(r"[-–—•*·]+")


_TITLE_AND_NAME = re.compile(TITLE_WORDS + r"(?: [A-Z][\w'’-]+){1,3}")  # compiled once, not joined per call


def _trimmed(e):
    """'-- Jim Adams' in a list of participants: the entity without the list's dash or bullet; '2 Border
    Force cutters': an organisation's without the count of its things before it; a person's without a
    title the model ran on after a comma ('Jane Roe, Administrator') or the body a title is of before
    it ('Colonel of Gendarmes Ana Ruiz', :func:`_body_of_a_title_first`)."""
    start = e.start
    while start < e.end and _BULLET.fullmatch(e.doc[start].text):
        start += 1
    lead = start + (e.doc[start].lower_ == "the") if start < e.end else start
    if e.label_ == "ORG" and lead + 1 < e.end and e.doc[lead].text.isdigit() and e.doc[lead + 1].is_title:
        start = lead + 1
    if e.label_ == "PERSON" and start + 2 < e.end and _occupation_first(e.doc[start].text, e.doc[start + 1].text):
        start += 1  # 'Nurse Amy Hobbs', 'Lawyer Robert Hobbs': her occupation, no part of her name
    elif e.label_ == "PERSON" and start + 2 < e.end and _body_of_a_title_first(e.doc, start):
        start += 1  # 'Colonel of [Gendarmes Ana Ruiz]': the body the title is of, no part of her name
    label = e.label_
    if (
        label in ("PERSON", "ORG")
        and start + 2 < e.end
        and re.fullmatch(r"[A-Z]{2,6}", e.doc[start].text)
        and _TITLE_AND_NAME.fullmatch(e.doc[start + 1 : e.end].text)
    ):
        start, label = start + 1, "PERSON"  # 'FEMA Administrator Fugate': the body's acronym is no part of it
    end = e.end
    # no comma in the entity's text: no token of one to look for (a slice of the doc and its tokens an entity)
    has_comma = "," in text_of(e.doc)[e.start_char : e.end_char]
    comma = next((t.i for t in e.doc[start : e.end] if t.text == ","), None) if has_comma else None
    if e.label_ == "PERSON" and comma and re.fullmatch(TITLE_WORDS, e.doc[comma + 1 : e.end].text):
        end = comma  # 'W. Craig Fugate, Administrator': the name without the title after its comma
    if label == "ORG":
        end = _before_a_dashed_acronym(e.doc, lead, end)
    if (start, end) == (e.start, e.end):
        return e
    from spacy.tokens import Span

    return Span(e.doc, start, end, label=label)


def _before_a_dashed_acronym(doc, lead: int, end: int) -> int:
    """'the World Food Programme - WFP - team': a body's acronym set off by dashes (as brackets are) after
    its name, and whatever the model ran on after it, are no part of the name: the end of the name (else
    ``end``). Not a hyphened name ('Joint Task Force-Bravo', no space before its hyphen)."""
    for d in range(lead + 1, end - 1):
        if doc[d].text in ("-", "–", "—", "--") and doc[d - 1].whitespace_:
            letters = doc[d + 1].text.replace(".", "")
            if re.fullmatch(r"[A-Z]{2,7}", letters) and letters in _initials_of(doc[lead:d].text):
                return d
    return end


# 'President of the European Commission ' / 'Assistant to the President for ': a title and the body it is of
_TITLE_OF = re.compile(
    r"(?:" + TITLE_WORDS + r"|(?:Group |Deputy )?Chief (?:Executive|Operating|Financial)(?: Officer)?|"
    r"(?:Managing|Executive|Finance|General) Director|Chief Economist|Vice-Chancellor) (?:of|for|to) (?:the )?$"
)  # a company's or a university's titles too: 'Chief Executive of ... ', 'Managing Director of ... '
# an organisation's name run on into a person's: '... Commission Jean-Claude Juncker', '... House Nancy Pelosi'
_BODY_AND_NAME = re.compile(
    r"(?P<body>(?:[Tt]he )?[A-Z][\w&'’-]*(?: (?:and|of|for|the|[A-Z][\w&'’-]*))*?) "
    r"(?P<name>(?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?: [A-Z]\.)? [A-Z][\w'’-]+)"
)


def _holder_after_body(e) -> list:
    """'Speaker of the House Nancy Pelosi', 'President of the European Commission Jean-Claude Juncker':
    the model reads the body a title is of and its holder's name after it as one organisation. After a
    title and 'of'/'for', an organisation's name whose last words are a given name and a surname is
    two, the body and the person, when the nicknames dataset knows the given name or the paragraph
    writes the surname again ('Holt said') or the body is a country and the words after it a name by
    their form ('U.S. Ambassador to Honduras Hugo Llorens', ``people.titled_name``). A person's name
    run on after a country's or a region's ('President of Kenya William Ruto' read as one person) is
    the place and the person the same way."""
    if e.label_ not in ("ORG", "PERSON") or len(e) < 3:
        return [e]
    doc, text = e.doc, text_of(e.doc)
    before = text[max(0, e.start_char - 60) : e.start_char]
    if not before.endswith((" of ", " for ", " to ", " the ")):
        return [e]
    m = _BODY_AND_NAME.fullmatch(e.text)
    if m is None or not _TITLE_OF.search(before):
        return [e]
    from spacy.tokens import Span

    label = "ORG"
    if e.label_ == "PERSON":
        if not (gz.country_of(m["body"]) or gz.is_region(m["body"])):
            return [e]
        label = "GPE"
    surname = m["name"].split()[-1]
    again = re.search(rf"\b{re.escape(surname)}\b", text[: e.start_char] + " " + text[e.end_char :])
    named = gz.country_of(m["body"]) and titled_name(m["name"])  # 'Ambassador to Honduras Hugo Llorens'
    if not again and not named and not any(gz.known_given_name(part) for part in m["given"].split("-")):
        return [e]
    body = doc.char_span(e.start_char, e.start_char + m.end("body"), label=label)
    name = doc.char_span(e.start_char + m.start("name"), e.end_char, label="PERSON")
    if body is None or name is None:
        return [e]
    return [body, Span(doc, name.start, name.end, label="PERSON")]


def _body_of_a_title_first(doc, start: int) -> bool:
    """'Lieutenant Colonel of [Gendarmes Ana Ruiz]', 'Deputy Chief of [Mission Ana Ruiz]': a person's name
    of three words or more right after a title (or a rank) and 'of' opens with the body or the post
    the title is of, a word that is no known given name nor a place (no name is 'of' someone)."""
    word = doc[start].text
    if start < 2 or doc[start - 1].text != "of" or gz.known_given_name(word):
        return False
    if gz.country_of(word) or gz.is_region(word) or gz.is_city(word):
        return False  # 'President of [Kenya William Ruto]': the place and the person (``_holder_after_body``)
    title = doc[start - 2].text
    return title in RANK_WORDS or re.fullmatch(TITLE_WORDS, title) is not None


def _occupation_first(word: str, given: str) -> bool:
    """Is ``word`` a capitalised noun only a person is ('Nurse', 'Lawyer'), no given name, before a given
    name the nicknames dataset knows?"""
    return (
        word.istitle()
        and bool(_OCCUPATION_BEFORE.fullmatch(word.lower()))
        and not gz.known_given_name(word)
        and gz.known_given_name(given)
    )


_REGION_NOUNS = frozenset("State Province Region Oblast Governorate Prefecture Territory".split())


def _country_cut_at_its_hyphen(e):
    """'Timor' of 'Timor-Leste': a name the model tagged up to a hyphen, whose whole with the word after
    it is a known country's name, is that country."""
    doc, end = e.doc, e.end
    if e.label_ not in ("GPE", "LOC", "NORP", "ORG") or end + 1 >= len(doc) or doc[end].text not in ("-", "–"):
        return e
    if doc[end].idx != e.end_char or doc[end + 1].idx != doc[end].idx + 1 or not doc[end + 1].text[:1].isupper():
        return e
    if not gz.country_of(doc[e.start : end + 2].text) or gz.country_of(e.text):
        return e
    from spacy.tokens import Span

    return Span(doc, e.start, end + 2, label="GPE")


def _region_read_as_body(e):
    """'in Edo State' (a body to the model), 'Rivers State and Bayelsa State' (a person): a known first-level
    region's name and its noun is that region; a body's label needs 'in', 'across', 'throughout' or
    'within' before it, or a place and 'and' or a comma ('at Ohio State' is a university)."""
    if e.label_ not in ("ORG", "PERSON") or len(e) < 2 or e[-1].text not in _REGION_NOUNS:
        return e
    lead = e.start + (e.doc[e.start].lower_ == "the")
    name = e.doc[lead : e.end - 1].text
    if not name or not (gz.is_region(name) or gz.is_region(f"{name} {e[-1].text}")):
        return e
    i, doc = e.start - 1, e.doc
    listed = i > 0 and doc[i].lower_ in (",", "and", "or") and doc[i - 1].ent_type_ in ("GPE", "LOC")
    if e.label_ == "ORG" and not (listed or (i >= 0 and doc[i].lower_ in ("in", "across", "throughout", "within"))):
        return e  # not after a place and 'and' or a comma ('Oyo State and Ogun State') either
    from spacy.tokens import Span

    return Span(e.doc, e.start, e.end, label="GPE")


def _person_read_as_place(e):
    """'Georgia Kovac, a nurse, said ... Kovac said': a place's name the model read in a person's, a given
    name the nicknames dataset knows and a surname the text writes again alone; the whole known as no
    place and its last word no place nor a noun of one ('Victoria Island', 'Georgia Avenue')."""
    if e.label_ not in ("GPE", "LOC") or not 2 <= len(e) <= 3:
        return e
    words = e.text.split()
    if not all(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", w) for w in words):
        return e
    surname, whole = words[-1], e.text
    if surname in gz.GEO_WORDS or gz.country_of(whole) or gz.is_region(whole) or gz.is_city(whole):
        return e
    if gz.country_of(surname) or gz.is_region(surname) or gz.is_city(surname) or not gz.known_given_name(words[0]):
        return e
    text = text_of(e.doc)
    if not re.search(rf"(?<!{words[-2]} )\b{re.escape(surname)}\b", text[: e.start_char] + " " + text[e.end_char :]):
        return e
    from spacy.tokens import Span

    return Span(e.doc, e.start, e.end, label="PERSON")


def _capitalised_common_word(tok) -> bool:
    """A capitalised English word outside any entity that is no title word ('Rescue', 'Disaster')."""
    return (
        not tok.ent_type_
        and re.fullmatch(r"[A-Z][a-z]+", tok.text) is not None
        and not re.fullmatch(TITLE_WORDS, tok.text)
        and _common_words(tok.text)
    )


def _piece_of_a_listed_name(e) -> bool:
    """'Urban Search [and Rescue Teams]', '[Commissioner for Development and] Humanitarian Aid', '[Overseas
    Humanitarian, Disaster and] Civic Assistance Funding': a person or a body made only of English words,
    joined by 'and' or '&' to a capitalised English word outside any entity, is one piece of a longer
    capitalised name (a title, a fund, a team) the model cut at the conjunction, no actor of its own.
    Not a name the dictionary does not know ('FEMA and State officials')."""
    if e.label_ not in ("PERSON", "ORG") or not _common_words(clean(e.text)) or not e.text[:1].isupper():
        return False
    doc = e.doc
    before = e.start >= 2 and doc[e.start - 1].text in ("and", "&") and _capitalised_common_word(doc[e.start - 2])
    after = e.end + 1 < len(doc) and doc[e.end].text in ("and", "&") and _capitalised_common_word(doc[e.end + 1])
    return before or after


# the common nouns of natural places, lower case: 'the Nakamura crater', 'the Kalani river'
_NATURAL_NOUNS = frozenset(w.lower() for w in gz.GEO_WORDS | gz.NATURAL_WORDS) - {"province", "region", "district"}


def _place_before_its_noun(e):
    """'above the Nakamura crater', 'in the Puʻu Kahala area': a name the model read as a person or a body
    before a lower-case noun of a natural place (or 'area') is that place's name. Not an acronym ('the
    ASEAN area'), nor a possessive."""
    doc = e.doc
    if e.label_ not in ("PERSON", "ORG") or e.end >= len(doc) or e.text.isupper():
        return e
    nxt = doc[e.end]
    if not nxt.text.islower() or (nxt.lower_ not in _NATURAL_NOUNS and nxt.lower_ != "area"):
        return e
    from spacy.tokens import Span

    return Span(doc, e.start, e.end, label="LOC")


# the nouns of a body's own name, beside ``ORG_WORDS``: 'Bureau for ...', 'Pacific Command', '... Investigations'
_OWNED_BODY_NOUNS = ORG_WORDS | set(
    "Bureau Command Division Directorate Center Centre Institute Laboratory Investigations".split()
)


def _owner_and_body(e) -> list:
    """ "USAID's Bureau for Humanitarian Assistance", "the Department of Defense's Pacific Command": a body
    the model read with the body that owns it as one name is two, the owner (an acronym, a known
    organisation or a name with a noun of a body) and the body named after its possessive. Not 'Korean People's Army',
    "Her Majesty's Government" (no body before the possessive), nor "DoD's Ebola" (no body after it)."""
    if e.label_ != "ORG":
        return [e]
    doc = e.doc
    k = next((t.i for t in e[1:-1] if t.text in ("'s", "’s")), None)
    if k is None:
        return [e]
    lead = e.start + (doc[e.start].lower_ == "the")
    owner, body = doc[lead:k], doc[k + 1 : e.end]
    if owner and owner[0].text[:1].isupper() and body.text.endswith(("-", "–")):
        from spacy.tokens import Span  # "Spaceflight's SSO-" cut inside 'SSO-A': the owner alone is a name

        return [Span(doc, lead, k, label="ORG")]
    acronym = len(owner) == 1 and sum(c.isupper() for c in owner.text) >= 2 and owner.text.isalpha()
    if not owner or not (acronym or any(t.text in ORG_WORDS for t in owner) or owner.text in gz.ORGS):
        return [e]
    if len(body) < 2 or not body[0].text[:1].isupper() or not any(t.text in _OWNED_BODY_NOUNS for t in body):
        return [e]
    from spacy.tokens import Span

    return [Span(doc, lead, k, label="ORG"), Span(doc, k + 1, e.end, label="ORG")]


def _demonym_before_its_people(e):
    """'the Royal Thai government', 'the Royal Danish army': a body's name the model read in words that end
    in a demonym before a lower-case noun of a state's people ('government', 'army', 'officials') is that
    demonym, the country's (the words before it a style, 'Royal')."""
    doc = e.doc
    if e.label_ != "ORG" or len(e) < 2 or e[-1].text not in gz.DEMONYMS or e.end >= len(doc):
        return e
    if not doc[e.end].text.islower() or doc[e.end].text not in PEOPLE_NOUNS:
        return e
    from spacy.tokens import Span

    return Span(doc, e.end - 1, e.end, label="NORP")


# nouns that name a force or a police by themselves ('Coast Guard', 'State Police', 'Kenya Navy'): a name they end
# is whole, no list of what a body deals with
_FORCE_NOUNS = ARMED_NOUNS | {"police", "guard", "guards", "corps"}


def _list_inside_a_name(one, two) -> bool:
    """'HSI's Cultural Property' + ', ' + 'Art and Antiquities Group': a body's name that lists what it
    deals with ('Cultural Property, Art and Antiquities') the model cut at its comma. Two bodies' names
    with a comma between, the first of two words or more that ends in an English word no noun of a
    body or a force ends (not 'Ministry of Health, Water and Sanitation Authority', 'Coast Guard, Fire and
    Rescue Service'), the second an English word,
    'and', and words up to a noun of a body, are one."""
    doc = one.doc
    if one.label_ != "ORG" or two.label_ != "ORG" or one.doc is not two.doc or len(one) < 2 or len(two) < 4:
        return False
    if two.start != one.end + 1 or doc[one.end].text != "," or two[1].text != "and":
        return False
    last, first = one[-1].text, two[0].text
    return (
        last not in _OWNED_BODY_NOUNS
        and last.lower() not in _FORCE_NOUNS
        and re.fullmatch(r"[A-Z][a-z]+", last) is not None
        and _common_words(last)
        and re.fullmatch(r"[A-Z][a-z]+", first) is not None
        and _common_words(first)
        and two[-1].text in _OWNED_BODY_NOUNS
    )


def _lists_inside_names(ents: list) -> list:
    """(block, entity) with each name the model cut at a comma of its list made one (``_list_inside_a_name``)."""
    from spacy.tokens import Span

    out: list = []
    for b, e in ents:
        if out and out[-1][0] == b and _list_inside_a_name(out[-1][1], e):
            one = out.pop()[1]
            e = Span(e.doc, one.start, e.end, label="ORG")
        out.append((b, e))
    return out


def _reread(e) -> list:
    """An entity as the model should have read it, in one or two spans (none: a piece of a longer name,
    :func:`_piece_of_a_listed_name`): trimmed of what is no part of
    the name, a country cut at its hyphen made whole, a region read as a body or a place read in a
    person's name given its label back, a title's body and its holder's name read as one split."""
    if _piece_of_a_listed_name(e):
        return []
    e = _trimmed(e)
    e = _auxiliary_of_a_question(e)
    e = _country_cut_at_its_hyphen(e)
    e = _region_read_as_body(e)
    e = _person_read_as_place(e)
    e = _place_before_its_noun(e)
    e = _demonym_before_its_people(e)
    e = _body_read_as_place(e)
    e = _street_read_as_name(e)
    return [x for part in _owner_and_body(e) for x in _holder_after_body(part)]


# the auxiliaries and modals that open a yes-no question ('Will Haiti finally get ...?', 'Can Europe agree ...?')
_QUESTION_OPENERS = frozenset(
    "Will Can Could Should Would Shall May Might Must Does Did Do Is Are Was Were Has Have".split()
)


def _auxiliary_of_a_question(e):
    """'Will Haiti finally get the leadership it needs?': the auxiliary opening a question is no part of the
    name after it ('Will' read as a given name); a country or a town so cut is a place."""
    doc = e.doc
    if len(e) < 2 or e.label_ not in ("PERSON", "ORG") or e[0].text not in _QUESTION_OPENERS:
        return e
    if not e[0].is_sent_start or not e.sent.text.rstrip().rstrip("\"”'’").endswith("?"):
        return e
    from spacy.tokens import Span

    rest = doc[e.start + 1 : e.end].text
    place = gz.country_of(rest) or gz.is_city(rest) or gz.is_region(rest)
    return Span(doc, e.start + 1, e.end, label="GPE" if place else e.label_)


# common nouns of a street or a part of a town, written in lower case after a town's name ('a Dakar avenue')
_STREET_NOUNS = frozenset("avenue street road boulevard highway square neighborhood neighbourhood suburb".split())


def _street_read_as_name(e):
    """'on a busy, tree-lined Lagos avenue': a town's name and a lower-case noun of a street the model read as a
    person's or a body's name is that town, a place."""
    if e.label_ not in ("PERSON", "ORG", "NORP") or len(e) < 2 or e[-1].text not in _STREET_NOUNS:
        return e
    from spacy.tokens import Span

    return Span(e.doc, e.start, e.end - 1, label="GPE")


def _body_read_as_place(e):
    """'the leftist Vento party won': a name the model read as a place (or as a person's, before 'party' or
    'movement'), right before a lower-case class noun of a body, and no place any list knows (not 'the Texas
    party'), is that body's name."""
    if e.label_ not in ("GPE", "LOC", "PERSON") or not _before_a_class_noun(e):
        return e
    if e.label_ == "PERSON" and e.doc[e.end].text not in _PARTY_NOUNS:
        return e  # 'the Smith group' may be a group of people of that name; 'the Smith party' is none
    from spacy.tokens import Span

    return Span(e.doc, e.start, e.end, label="ORG")


def _before_a_class_noun(e) -> bool:
    """Is the entity right before a lower-case class noun of a body ('the Vento party', 'the Harmony
    movement') and no place any list knows ('the Texas party' is the state's branch)?"""
    doc = e.doc
    if e.end >= len(doc) or doc[e.end].text not in _CLASS_NOUNS_AFTER:
        return False
    name = clean(e.text)
    return not (gz.country_of(name) or name in gz.PLACES or gz.is_region(name) or gz.is_city(name) or gz.us_state(name))


def _place_by_vote(ents: list) -> list:
    """'Formosa' the model takes for a person once and for a place twice in one article: a name it
    labels a place (GPE, LOC) more often than a person is a place wherever it stands alone."""
    from spacy.tokens import Span

    votes: dict[str, Counter] = {}
    names = [clean(text_of(e.doc)[e.start_char : e.end_char]) for _, e in ents]  # once an entity; no Token made
    for (_, e), name in zip(ents, names):
        if name not in votes:  # a Counter a name, not one an entity
            votes[name] = Counter()
        votes[name][e.label_] += 1

    # 'Malala' (a place to the model) where 'Malala Yousafzai' is a person: the first or last word of a
    # person's whole name, standing alone, is that person when it can only be a name (_unknown_name)
    named: set[str] = set()
    for (_, e), name in zip(ents, names):
        if e.label_ == "PERSON" and len(words := name.split()) > 1:
            named.update((words[0], words[-1]))

    # 'the Vento party ... Vento won': a name the text writes before 'party' names a body wherever it stands
    bodies = {name for (_, e), name in zip(ents, names) if e.label_ == "ORG" and _before_a_class_noun(e)}

    def relabelled(e, name: str):
        v = votes[name]
        if name in bodies:
            return Span(e.doc, e.start, e.end, label="ORG") if e.label_ in ("GPE", "LOC", "PERSON") else e
        if len(e) == 1 and e.label_ in ("GPE", "LOC", "ORG", "PRODUCT") and name in named and _unknown_name(name):
            return Span(e.doc, e.start, e.end, label="PERSON")
        if e.label_ == "ORG" and v["GPE"] + v["LOC"] >= v["ORG"] and _place_not_body(name):
            return Span(e.doc, e.start, e.end, label="GPE" if v["GPE"] >= v["LOC"] else "LOC")
        town = name not in named and _town_not_a_name(name)  # not the 'Houston' of 'Whitney Houston'
        if e.label_ != "PERSON" or v["GPE"] + v["LOC"] < v["PERSON"] + (not town):
            return e  # a tie goes to the place when the name is a town's and no given name ('Dakar')
        return Span(e.doc, e.start, e.end, label="GPE" if v["GPE"] >= v["LOC"] else "LOC")

    return [(b, relabelled(e, name)) for (b, e), name in zip(ents, names)]


def _town_not_a_name(name: str) -> bool:
    """A town's one-word name that is no given name ('Dakar'; not 'Florence')."""
    return " " not in name and gz.is_city(name) and not gz.known_given_name(name)


def _place_not_body(name: str) -> bool:
    """May a name the model labels both a body and a place be read as the place? Not a country (its
    government acts under its name), a capital (it stands for its government), a known body or outlet."""
    return not (gz.country_of(name) or name in gz.CAPITALS or name in gz.ORGS or gz.is_outlet(name))


def _places_by_context(ents: list) -> list:
    """Names the model takes for a person, a people or a body that their context makes places: a town
    before a US state ('Kennebunkport, Maine'), a name listed among two or more places ('Cumbria,
    Lancashire and Yorkshire'), a name that is no demonym, after 'in' or 'in the' and heading its phrase
    ('a cutter in the Aegean', 'the community in Scunthorpe is'), or a word English does not know
    after 'in' ('in Teahupo'o,') or after a place and a comma ('in Teahupo'o, Tahiti,')."""
    from spacy.tokens import Span

    places = {(b, e.start_char) for b, e in ents if e.label_ in ("GPE", "LOC") and not gz.country_of(clean(e.text))}
    out: list = []
    for i, (b, e) in enumerate(ents):
        if e.label_ in ("PERSON", "NORP", "ORG", "PRODUCT") and (
            _before_a_state(e)
            or _listed_among_places(ents, i, places)
            or _head_after_in(e)
            or unknown_after_in(e)
            or (out and out[-1][0] == b and unknown_after_a_place(out[-1][1], e))
        ):
            e = Span(e.doc, e.start, e.end, label="GPE")
        out.append((b, e))
    return out


_SAID_BY = re.compile(
    r"(?:[,.?!…][”\"’']|,) (?:(?P<v>said|says|added|adds|told|asked|explained|continued) "
    r"(?P<a>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)"
    r"|(?P<b>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?) (?:said|says|added|adds|explained))(?=[.,;])"
)


# '"...," Marina, another protester, said.': after a quotation, a name with a noun only a person is in
# apposition, then a verb of saying; the apposition makes it a person's name whatever the model read
# ('Marina': a place to it) and whether or not English knows the word
_SAID_BY_APPOSED = re.compile(
    r"[,.?!…][”\"’'] (?P<n>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?), (?:an?|another|one|the) (?:[\w'’-]+ ){0,3}?"
    + PERSON_ONLY_NOUNS
    + r"(?: (?:of|from|in|at|with) [^,\"“”]{1,40}?)?, (?:said|says|added|adds|told|explained)\b"
)


# titles and ranks neither TITLE_WORDS nor lemminflect's dictionary holds ('Army Brigadier Nanayakkara')
_TITLES_UNKNOWN = frozenset(
    "Brigadier Imam Ayatollah Prof Archbishop Rep Mullah Maulana Haji Hajji Emir Sultan".split()
)


def _unknown_name(word: str) -> bool:
    """A capitalised word that can only be a name: a surname's form, no word English knows, no title,
    month or weekday, no country, town, region, people, known body or outlet."""
    return (
        re.fullmatch(_SURNAME, word) is not None
        and not _common_words(word)
        and word.lower() not in STOP_WORDS  # 'At', 'The': lemminflect knows no function word
        and word not in _TITLES_UNKNOWN
        and not re.fullmatch(TITLE_WORDS, word)
        and word not in gz.MONTHS + gz.WEEKDAYS
        and not (gz.country_of(word) or gz.is_city(word) or gz.is_region(word) or word in gz.DEMONYMS)
        and word not in gz.ORGS
        and not gz.is_outlet(word)
    )


def _untagged_speakers(docs, ents: list) -> list:
    """'"...," said Dimitrios.', '"...," Dimitrios said.': a name the model left untagged right after the
    end of a quotation (a closing mark after its punctuation, not a nickname's: 'Joaquin "El Chapo" Guzman
    said') or a comma and a verb of saying (or before it), ending the clause, is a person when each word is
    a name by :func:`_unknown_name`."""
    from spacy.tokens import Span

    tagged = {(b, t.i) for b, e in ents for t in e}
    out = list(ents)
    for b, doc in enumerate(docs):
        text = text_of(doc)
        if '"' not in text and "”" not in text and "’" not in text and "'" not in text:
            continue
        for m in _SAID_BY.finditer(text):
            g = "a" if m["a"] else "b"
            span = doc.char_span(m.start(g), m.end(g))
            if span is None or any((b, t.i) in tagged for t in span):
                continue
            if all(_unknown_name(w) for w in re.split(r"[- ]", m[g])):
                out.append((b, Span(doc, span.start, span.end, label="PERSON")))
        out = _apposed_speakers(b, doc, text, out)
    return sorted(out, key=lambda x: (x[0], x[1].start)) if out != ents else ents


def _apposed_speakers(b: int, doc, text: str, ents: list) -> list:
    """'"...," Marina, another protester, said.' (``_SAID_BY_APPOSED``): the name is a person, added when
    untagged, relabelled when the model read it whole as a place, a body or a thing; never a country, a
    people or a title."""
    from spacy.tokens import Span

    for m in _SAID_BY_APPOSED.finditer(text):
        name = m["n"]
        span = doc.char_span(m.start("n"), m.end("n"))
        if span is None or gz.country_of(name) or name in gz.DEMONYMS or re.fullmatch(TITLE_WORDS, name):
            continue
        over = [i for i, (bb, e) in enumerate(ents) if bb == b and e.start < span.end and span.start < e.end]
        if not over:
            ents = [*ents, (b, Span(doc, span.start, span.end, label="PERSON"))]
        elif len(over) == 1 and ents[over[0]][1].label_ != "PERSON" and ents[over[0]][1].text == span.text:
            ents = [*ents[: over[0]], (b, Span(doc, span.start, span.end, label="PERSON")), *ents[over[0] + 1 :]]
    return ents


def _speakers_by_verb(ents: list) -> list:
    """'"...," said Thannos.': a one-word name the model takes for a product or a work (things that say
    nothing) that is the subject of a verb of saying is a person, when its form is a surname's and it is no
    word English knows, no place, people, known body or outlet."""
    from spacy.tokens import Span

    from generator.annotate.quotes import SPEECH_RX

    def speaks(e) -> bool:
        if not _unknown_name(e.text):
            return False
        t = parsed_token(e.doc, e[0])  # parsed only for the few names that pass the checks above
        return t.dep_ == "nsubj" and bool(SPEECH_RX.match(t.head.text))

    return [
        (b, Span(e.doc, e.start, e.end, label="PERSON"))
        if e.label_ in ("PRODUCT", "WORK_OF_ART") and len(e) == 1 and speaks(e)
        else (b, e)
        for b, e in ents
    ]


def _before_a_state(e) -> bool:
    """'Kennebunkport, Maine', 'Laurel, Md.': a one-word name before a comma and a US state's name or AP
    abbreviation that ends the phrase."""
    if len(e) > 1:
        return False  # 'NASA Headquarters, Washington': a body's address
    m = re.match(
        r", ((?:[A-Z][a-z]+\.?)(?: [A-Z][a-z]+\.?)?)(?=\s*(?:$|[,.;:)—–-]|\s[a-z]))", text_of(e.doc)[e.end_char :]
    )
    return m is not None and (gz.us_state(m[1]) is not None or m[1].rstrip(".") in gz.us_state_names())


def _listed_among_places(ents: list, i: int, places: set) -> bool:
    """Is entity ``i`` (of one or two words) in a list of three or more names ('A, B and C'; a name the
    model left untagged counts) whose tagged other members are all places the model labelled so, none a
    country (a country may stand for its leaders)?"""
    b, e = ents[i]
    if len(e) > 2:
        return False
    members, untagged, j = [], 0, i
    while j > 0 and ents[j - 1][0] == b and (gap := _LIST_GAP.fullmatch(_gap(ents[j - 1][1], ents[j][1]))):
        j -= 1
        members.append(ents[j])
        untagged += len(re.findall(_NAME_IN_LIST, gap[0]))
    j = i
    while j + 1 < len(ents) and ents[j + 1][0] == b and (gap := _LIST_GAP.fullmatch(_gap(ents[j][1], ents[j + 1][1]))):
        j += 1
        members.append(ents[j])
        untagged += len(re.findall(_NAME_IN_LIST, gap[0]))
    return bool(members) and len(members) + untagged >= 2 and all((mb, m.start_char) in places for mb, m in members)


_NAME_IN_LIST = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
_LIST_GAP = re.compile(rf"(?:, |,? (?:and|or) )(?:{_NAME_IN_LIST}(?:, |,? (?:and|or) ))*")


def _gap(a, z) -> str:
    return text_of(a.doc)[a.end_char : z.start_char] if a.doc is z.doc and a.end_char <= z.start_char else "\n"


def _head_after_in(e) -> bool:
    """A name that is no demonym after 'in' or 'in the', not modifying a noun after it ('in the Aegean.',
    'in Scunthorpe is'; not 'in French Polynesia', 'in Chinese waters')."""
    if e.label_ != "NORP" or gz.country_of(clean(e.text)) or e.start == 0:
        return False
    i = e.start - 1 - (e.doc[e.start - 1].lower_ == "the" and e.start > 1)
    nxt = e.doc[e.end] if e.end < len(e.doc) else None  # no tagger on the whole block: a noun is no stop word
    return e.doc[i].lower_ == "in" and (nxt is None or nxt.is_punct or nxt.lower_ in STOP_WORDS)


def _named_longer(w, names):
    """'Aung San' where the text goes on 'Aung San Suu Kyi', a name the model marked whole elsewhere
    in the article: the name as the article gives it in full; or where the text goes on 'Suu Kyi', the
    article's name of someone else the model marked elsewhere, written here outside any entity in words no
    English dictionary knows: the two are one name."""
    short = clean(w.text)
    if not w.text.endswith(short):
        return w
    after = text_of(w.doc)[w.end_char : w.end_char + 60]
    for name in sorted({clean(n.text) for n in names}, key=len, reverse=True):
        rest = name[len(short) :]
        if name.startswith(short + " ") and after.startswith(rest) and not after[len(rest) : len(rest) + 1].isalnum():
            return w.doc.char_span(w.start_char, w.end_char + len(rest), label=w.label_) or w
    for name in sorted({clean(n.text) for n in names if n.label_ == "PERSON"}, key=len, reverse=True):
        rest = " " + name
        if name == short or not after.startswith(rest) or after[len(rest) : len(rest) + 1].isalnum():
            continue
        longer = w.doc.char_span(w.start_char, w.end_char + len(rest), label=w.label_)
        if longer is not None and all(_untagged_unknown_word(t) for t in longer[len(w) :]):
            return longer
    return w


def _untagged_unknown_word(tok) -> bool:
    """A capitalised word outside any entity that no English dictionary knows and no title word is."""
    return (
        not tok.ent_type_
        and re.fullmatch(_SURNAME, tok.text) is not None
        and not re.fullmatch(TITLE_WORDS, tok.text)
        and not _common_words(tok.text)
    )


def _shared_surnames(wholes: dict) -> dict:
    """'Sergei and Yulia Skripal', 'Sergei' a first name with no surname of its own before 'and' and
    a full name: the first name shares the surname (two people of one family). (block, its token's
    index) -> (the token, the surname)."""
    out = {}
    for (b, _), w in wholes.items():
        doc, i = w.doc, w.start - 2
        if len(w) >= 2 and i >= 0 and doc[i + 1].lower_ == "and" and _lone_first_name(doc, i):
            out[b, i] = (doc[i], clean(w.text).split()[-1])
    return out


def _lone_first_name(doc, i: int) -> bool:
    """Is token ``i`` a capitalised word no English dictionary knows, outside any name but its own
    one-word one, not a title, with no capitalised word of a name before it?"""
    tok, prev = doc[i], doc[i - 1] if i > 0 else None
    return (
        (not tok.ent_type_ or tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B")
        and bool(re.fullmatch(r"[A-Z][a-z]+", tok.text))
        and not re.fullmatch(TITLE_WORDS, tok.text)
        and not _common_words(tok.text)
        and (prev is None or not prev.text[:1].isupper() or prev.ent_type_ not in ("", "PERSON", "ORG", "NORP"))
    )


def _inside_a_name(wholes: dict, b: int, e) -> bool:
    """'Leyen' after 'Ursula von der', which ``_whole_name`` took whole: the model's piece of a name
    already read in full, no mention of its own (nor a surname to list as a name of its own)."""
    return any(
        wb == b and w.start <= e.start and e.end <= w.end and start != e.start for (wb, start), w in wholes.items()
    )


def _story_ents(docs, bylines: set[int]) -> list:
    """(block, entity) of the story: not in a byline, not in a speaker label or dateline."""
    story = [(b, doc, _label_end(doc)) for b, doc in enumerate(docs) if b not in bylines]
    return [(b, e) for b, doc, start in story for e in ents_of(doc) if e.start_char >= start]


def parse_needs(docs, kinds: list[str] | None = None) -> list:
    """(doc, sentence) pairs the cast will want parsed (``build_cast``, ``idle_organisations``), so
    that the article's parses go in one batch: the sentences of its countries, demonyms and
    organisations, of its group nouns and of its capitalised offices ('the President')."""
    bylines = {b for b, k in enumerate(kinds or []) if k == "byline"}
    wanted = [(b, e.start_char) for b, e in _story_ents(docs, bylines) if e.label_ in ("GPE", "NORP", "ORG")]
    for b, doc in enumerate(docs):
        if b not in bylines:
            wanted += [(b, m.start("g")) for m in _group_matches(doc)]
            wanted += [(b, m.start()) for m in _offices(text_of(doc).replace("’", "'"))]
    return [(docs[b], sentence_at(docs[b], char)) for b, char in wanted]


_PLACE_NAME = r"[A-Z][\w'’-]*(?: (?:(?:da|das|de|do|dos|del|di|du|la|le) )?[A-Z][\w'’-]*)*"
_UNITS = r"count(?:y|ies)|parish(?:es)?|provinces?|districts?|prefectures?|oblasts?|cantons?|boroughs?"
_NAMED_PLACES = re.compile(
    r"\b[Tt]he (?:[A-Z][\w-]* ){0,3}(?:cit(?:y|ies)|towns?|villages?|states?|regions?|municipalit(?:y|ies)|islands?|"
    + _UNITS
    + r") of (?P<list>"
    + _PLACE_NAME
    + r"(?:(?:, |,? and )"
    + _PLACE_NAME
    + r")*)"
)
# the units whose name the noun ends ('Harris County', 'Orleans Parish'), unlike a province's ('Ontario');
# plural only: 'the county of Kent' is not called 'Kent County'
_NAMED_UNIT = re.compile(r"\b(?:counties|parishes)\b", re.I)
# 'in Harris, Galveston and Fort Bend counties': a list of two or more names before a plural unit noun
_LISTED_UNITS = re.compile(
    r"(?P<list>" + _PLACE_NAME + r"(?:, " + _PLACE_NAME + r")*,? (?:and|or) " + _PLACE_NAME + r") "
    r"(?:counties|parishes|provinces|districts|prefectures|oblasts|cantons|boroughs)\b"
)
_UNIT_PLURALS = ("counties", "parishes", "provinces", "districts", "prefectures", "oblasts", "cantons", "boroughs")


# ' of ' and a capital, right after a noun of _NAMED_PLACES, as every match of it has them: _NAMED_PLACES only in a
# text that has them (498 blocks of the 80 real texts: _NAMED_PLACES over all of them 2.2 ms of CPU a pass, this
# test 0.5 ms)
_OF_A_NAME = re.compile(r" of [A-Z]")
_UNIT_NOUNS = tuple(
    "city cities town towns village villages state states region regions municipality municipalities island islands "
    "county counties parish parishes province provinces district districts prefecture prefectures oblast oblasts "
    "canton cantons borough boroughs".split()
)


def _units_of_a_name(text: str) -> bool:
    return any(text.endswith(_UNIT_NOUNS, 0, m.start()) for m in _OF_A_NAME.finditer(text))


def _named_places(docs) -> dict[int, list[tuple[int, int, str]]]:
    """'the cities of Aruja, Francisco Morato and Franco da Rocha', 'the state of Minas Gerais': each
    name is a place, whatever the model took it for. Per block: (start, end, name)."""
    out: dict[int, list[tuple[int, int, str]]] = {}
    in_the_us = None  # worked out at the first list found
    for b, doc in enumerate(docs):
        text = text_of(doc)
        units = _LISTED_UNITS.finditer(text) if any(map(text.__contains__, _UNIT_PLURALS)) else ()
        named = _NAMED_PLACES.finditer(text) if _units_of_a_name(text) else ()
        for m in [*named, *units]:
            if in_the_us is None:  # else 'the counties of Kent and Essex'
                in_the_us = any(gz.names_the_us(text_of(doc)) for doc in docs)
            unit = _NAMED_UNIT.search(m[0]) if in_the_us else None  # 'the counties of Bee and Kenedy': Bee County
            unit_name = ("County" if unit[0].lower().startswith("count") else "Parish") if unit else ""
            for n in re.finditer(_PLACE_NAME, m["list"]):
                start, name = m.start("list") + n.start(), n[0]
                while " " in name and name.split()[0].lower() in STOP_WORDS:  # 'In Harris': the list's first
                    start += len(name.split()[0]) + 1
                    name = name.split(" ", 1)[1]
                if name.lower() not in STOP_WORDS and not gz.country_of(name):
                    suffix = f" {unit_name}" if unit_name and gz.us_county(f"{name} {unit_name}") else ""
                    out.setdefault(b, []).append((start, start + len(name), name + suffix))
    return out


def _national_branch(doc, i: int) -> bool:
    """Is token ``i`` a country's abbreviation ('UK', 'USA') written right after an organisation's
    name, ending it ('Honeywell UK', not 'NATO, UK' nor 'the UK government')?"""
    if i >= len(doc) or i == 0 or not doc[i].text.isupper() or not gz.country_of(doc[i].text):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return not doc[i - 1].whitespace_ == "" and (nxt is None or not nxt.text[:1].islower() or nxt.pos_ != "NOUN")


_ACRONYM_AFTER = re.compile(r" \([A-Z]{2,7}\)")
# a company's officer or staff right after a name ('SpaceX CEO Elon Musk', 'the SpaceX employees'): no one has those
_COMPANY_STAFF_AFTER = re.compile(r" (?:CEO|chief executive|employees|shareholders|headquarters|subsidiary)\b")


def _acronym_named(e):
    """'Surrey Satellites (SSTL)', 'Takata, the Japanese maker of air bags', 'SpaceX CEO Elon Musk' taken
    for a person: a name given an acronym in brackets (people have none), a company's noun in apposition,
    or a one-word name before a company's officer or staff, is an organisation's."""
    if e.label_ != "PERSON":
        return e
    after = text_of(e.doc)[e.end_char : e.end_char + 60]
    if _ACRONYM_AFTER.match(after) or _COMPANY_APPOS.match(after) or len(e) == 1 and _COMPANY_STAFF_AFTER.match(after):
        from spacy.tokens import Span

        return Span(e.doc, e.start, e.end, label="ORG")
    return e


def _named_bodies(ents: list) -> list:
    """Every mention of a one-word name the model takes for a person that one mention shows a body's
    (``_acronym_named``: 'Varnex (VRX)', 'Varnex, the state-run oil company') is the body's: 'Varnex
    denied the charges' further on is the company, not a person known by one word. Not a word of a
    person's longer name in the article ('Lee' of 'Jane Lee')."""
    from spacy.tokens import Span

    read = [(b, _acronym_named(e)) for b, e in ents]
    named = {w for _, e in read if e.label_ == "PERSON" and len(e) > 1 for w in clean(e.text).split()}
    bodies = {clean(e.text) for (_, e), (_, r) in zip(ents, read) if r is not e and len(e) == 1} - named
    return [
        (b, Span(e.doc, e.start, e.end, label="ORG") if e.label_ == "PERSON" and clean(e.text) in bodies else e)
        for b, e in read
    ]


def _body_not_town(e) -> bool:
    """An organisation's name that is also a small town's: 'the College will meet' (a town's name
    takes no article), 'Meta, the provider of ...' (a company in apposition)."""
    before = text_of(e.doc)[max(0, e.start_char - 4) : e.start_char]
    if "the " + clean(e.text).lower() in gz.GENERIC_ORG_NOUNS:
        return False  # 'the Alliance': a common noun for a body the article names otherwise
    return (
        e.text.lower().startswith("the ")
        or before.lower() == "the "
        or bool(_COMPANY_APPOS.match(text_of(e.doc)[e.end_char : e.end_char + 80]))
    )


# ', the Japanese maker of air bags', ', a brake maker': a company in apposition, not a person
_COMPANY_NOUNS = (
    r"(?:maker|makers|manufacturer|company|firm|corporation|carrier|automaker|carmaker|"
    r"airline|bank|retailer|supplier|producer|operator|insurer|conglomerate|giant|group|developer|contractor|"
    r"publisher|broadcaster|chain|brand|startup|start-up|provider|platform)"
)
_COMPANY_APPOS = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w'-]+\s+){0,3}?"
    + _COMPANY_NOUNS
    + r"(?=\s*(?:[,.;]|(?:of|in|based|that|which|with|from)\b))"
)
# 'the Japanese company', 'French carmakers': a company's or companies' country, not the country acting
_COMPANY_NOUN = re.compile(_COMPANY_NOUNS + r"s?")


def _in_named_place(named: dict[int, list[tuple[int, int, str]]], b: int, e) -> bool:
    return any(s < e.end_char and e.start_char < end for s, end, _ in named.get(b, ()))


def build_cast(docs, kinds: list[str] | None = None) -> Cast:
    """The cast of an article from one parsed Doc per block (``kinds``: "heading"/"paragraph" per block)."""
    cast = Cast()
    bylines = {b for b, k in enumerate(kinds or []) if k == "byline"}
    ents = _entities_reread(cast, docs, bylines)
    ents, titled = _people_first(cast, ents)
    has_org = _others_sorted(cast, ents, titled)
    for b, doc in enumerate(docs):
        if b not in bylines:
            _token_rules(cast, b, doc, has_org)
        _dateline(cast, b, doc)
    headings = {b for b, k in enumerate(kinds or []) if k == "heading"}
    _article_rules(cast, docs, kinds or [], bylines, headings)
    _heading_only_bodies_dropped(cast, docs, headings)
    return cast


def _entities_reread(cast: Cast, docs, bylines: set[int]) -> list:
    """The story's entities, each read again (repaired, relabelled by vote and context, none inside a
    named list of places); the places those lists name, and towns the model left untagged, placed."""
    ents = _untagged_speakers(docs, _story_ents(docs, bylines))
    prefetch([(docs[b], sentence_at(docs[b], e.start_char)) for b, e in ents if e.label_ in ("GPE", "NORP")])
    named = _named_places(docs)
    for b, spans in named.items():
        for start, _, name in spans:
            cast.place(name, b, start)
    ents = [(b, x) for b, e in _lists_inside_names(ents) for x in _reread(e)]
    ents = _place_by_vote(_named_bodies([(b, e) for b, e in ents if len(e) and not _in_named_place(named, b, e)]))
    ents = _speakers_by_verb(_places_by_context(ents))
    for b, start, name in untagged_listed_towns(ents) + untagged_towns_after_preposition(docs, ents):
        cast.place(name, b, start)
    return ents


def _people_first(cast: Cast, ents: list) -> tuple[list, set]:
    """People added before anything else (full names first, so surnames resolve), with first names
    that share a surname ('Sergei and Yulia Skripal'); the entities left (none inside a person's whole name)
    and the titled organisations' (block, start), which are no other entity."""
    titled = {(b, e.start) for b, e in ents if e.label_ == "ORG" and is_titled_org(e)}
    wholes = {(b, e.start): _whole_name(e) for b, e in ents if e.label_ == "PERSON" or (b, e.start) in titled}
    wholes = {k: _named_longer(w, wholes.values()) for k, w in wholes.items()}
    shared = _shared_surnames(wholes)
    ents = [(b, e) for b, e in ents if not _inside_a_name(wholes, b, e) and (b, e.start) not in shared]
    for b, e in ents:  # pass 1: people (full names first, so surnames resolve)
        if (b, e.start) in wholes:
            add_person(cast, b, wholes[b, e.start])
    for (b, _), (first, surname) in shared.items():
        cast.add(f"{first.text} {surname}", "person", b, first.idx, first.idx + len(first), first.text, name=True)
    return ents, titled


def _others_sorted(cast: Cast, ents: list, titled: set) -> set[str]:
    """Every other entity sorted (``_other``); the known organisations the model named (what the
    token rules need)."""
    has_org = set()
    cast.town_bodies = towns_acting_as_bodies(ents)
    for b, e in ents:
        if (b, e.start) not in titled and e.label_ in ("ORG", "GPE", "NORP", "LOC", "FAC", "PERSON"):
            text = clean(e.text)
            if e.label_ == "ORG" and (gz.ORGS.get(text) or text) in gz.ORGS.values():
                has_org.add(gz.ORGS.get(text, text))
            if e.label_ != "PERSON":
                _other(cast, b, e, text)
    return has_org


def _article_rules(cast: Cast, docs, kinds: list[str], bylines: set[int], headings: set[int]) -> None:
    """The rules that read the whole article, in turn: place lines, groups, names again, officeholders,
    shared heads, national bodies, acronyms, speaker labels, headline verbs, things (numbered meetings too),
    issuers."""
    place_lines(cast, docs, kinds)
    _groups(cast, docs, bylines)
    _first_names_missed(cast, docs, bylines)
    untagged_speakers(cast, docs, bylines)
    untagged_titled_names(cast, docs, bylines)
    _surnames_again(cast, docs, bylines)
    _officeholders(cast, docs, bylines)
    _shared_heads(cast, docs)
    _national_bodies(cast, docs)
    _join_acronyms(cast, docs)
    _known_as(cast, docs)
    _sites_named_as_people(cast, docs)
    _join_heads(cast)
    _speaker_labels(cast, docs)
    _headline_verbs(cast, headings)
    _things(cast, docs)
    _numbered_and_natural(cast)
    _numbered_meetings(cast, docs)
    _units_of_a_larger_unit(cast, docs)
    _counted_plurals(cast, docs)
    _features_shortened(cast)
    cast.note_issuers([text_of(d).replace("’", "'") for d in docs])
    cast.note_charges([text_of(d) for d in docs])
    cast.note_rebel_words([text_of(d) for d in docs])


def _heading_only_bodies_dropped(cast: Cast, docs, headings: set[int]) -> None:
    """An organisation named only in headings ('Latest Developments in ...', 'Office of the Spokesperson'),
    unless a speech is given to it, is no actor; a venue it names is a place."""
    for key in [k for k, m in cast.members.items() if m.kind == "organization"]:
        if all(x.block in headings for x in cast.mentions if x.key == key) and not _addressed(cast, docs, key):
            if at := venue_in_heading(cast, docs, key):  # 'Briefing by ... in the Pentagon Briefing Room'
                cast.place(key, *at)
            del cast.members[
                key
            ]  # named only in a heading ('Latest Developments in ...', 'Office of the Spokesperson')
            cast.mentions = [x for x in cast.mentions if x.key != key]


_REMARKS = re.compile(r"\b(?:[Rr]emarks|[Ss]peech|[Aa]ddress|[Tt]estimony|[Ss]tatement)\b")
_CHAMBERS = {"Parliament", "Assembly", "Council", "Congress", "Senate", "Committee", "Commons", "Lords"}


# a body's office that speaks for it, named after it ('the Kelp Institute Media Relations Office'): the body
_PRESS_OFFICE = re.compile(r"^(.+?) (?:Media Relations|Public Affairs|Press|Communications|News) Office$")
_SITTING = re.compile(r"\b(" + "|".join(_CHAMBERS) + r")(?: Plenary)?(?: Session| Sitting| Plenary)$")


def _features_shortened(cast: Cast) -> None:
    """'the Channel' where the article names 'the English Channel': the natural feature's noun alone is
    that place, no organisation."""
    for key in [k for k, m in cast.members.items() if m.kind == "organization" and k in gz.NATURAL_WORDS]:
        if any(p.endswith(" " + key) for p in cast.places):
            cast.drop(key)


def _addressed(cast: Cast, docs, key: str) -> bool:
    """'Remarks by Commissioner Hansen at the EU Parliament': the chamber a speech is given to takes
    part, though the heading is the only place that names it."""
    if key.split()[-1] not in _CHAMBERS:
        return False
    return any(x.key == key and _REMARKS.search(text_of(docs[x.block])[: x.start]) for x in cast.mentions)


# Unnamed groups that act as one ('protesters stormed ...', 'police fired ...', 'the opposition
# boycotted ...'): a plural noun of people, or a collective noun of an institution. The kind
# follows the noun: a crowd of people is "other", a body with a hierarchy an organisation.
_GROUP_KIND = {
    "protesters": "other",
    "protestors": "other",
    "demonstrators": "other",
    "voters": "other",
    "lawmakers": "other",
    "suspects": "other",  # the accused of a case
    "co-conspirators": "other",
    "conspirators": "other",
    "police": "organization",
    "security forces": "organization",
    "ruling party": "organization",
    "opposition": "organization",
    "interim government": "organization",
    "authorities": "organization",
    "court": "organization",  # 'the court ruled': the one court the story is about (``_one_body_key``)
    "tribunal": "organization",
    "electoral commission": "organization",  # 'the electoral commission has not declared': the story's own
    "election commission": "organization",
}
# Crowds named by what they are doing or where they stand, not by an office or a body: plural nouns of
# people who act together without a hierarchy ('refugees returned home', 'passengers say', 'observers
# said the vote fell short'). Not 'officials' nor 'witnesses': the voice of a report, its source.
_CROWD_NOUNS = (
    "refugees passengers observers negotiators operators investigators rescuers residents villagers "
    "journalists supporters students workers guests competitors mourners donors employees candidates divers "
    "activists separatists researchers militants opponents rioters assailants gunmen "
    "monitors teams volunteers farmers miners scientists"
)
_CROWDS = frozenset(_CROWD_NOUNS.split())
CROWD_NOUNS = _CROWDS  # (for the doer of a dated happening: ``events._a_people_doing_it``)
_GROUP_KIND |= {noun: "other" for noun in _CROWDS}
_GROUP = re.compile(
    r"\b(?:(?:riot|the|The|some|Some|many|Many|eligible|hundreds of|Hundreds of|thousands of|Thousands of|"
    r"several|Several|his|His|her|Her|their|Their|two|Two|three|Three|four|Four|five|Five|\d+) )*"
    r"(?P<g>" + "|".join(sorted(_GROUP_KIND, key=len, reverse=True)) + r")\b",
    re.I,
)
_GROUP_NOUN = re.compile(r"\b(?:" + "|".join(sorted(_GROUP_KIND, key=len, reverse=True)) + r")\b", re.I)
_GROUP_DEPS = ("nsubj", "nsubjpass")
_QUANTITIES = {"hundreds", "thousands", "dozens", "tens", "scores", "some", "many", "most", "all", "several"}


def _group_acts(doc, start: int, end: int, named: bool = False, crowd: bool = False) -> bool:
    """Is the group noun at [start, end) the subject of a verb (or the agent of a passive, a side in
    'clashes between X and Y', the doer of 'urged X to ...'), with no name of its own before it
    ('Russian forces', "Kyrgyzstan's opposition" are their country)? A ``crowd`` (protesters, voters)
    may have a people's adjective before it: 'Thousands of Argentine demonstrators marched' are a
    crowd, not the state."""
    span = parsed_span(doc, doc.char_span(start, end, alignment_mode="expand"))
    if not len(span):
        return False
    tok = span.root
    inside = set(range(span.start, span.end)) if named else set()  # 'the Home Secretary': its own words
    if any(
        c.dep_ in ("poss", "compound", "amod")
        and (c.tag_.startswith("NNP") or c.ent_type_)
        and c.i not in inside
        and not (crowd and c.dep_ in ("amod", "compound") and gz.DEMONYMS.get(c.text))
        for c in tok.children
    ):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _QUANTITIES:
        tok = tok.head.head  # 'hundreds of protesters'
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    if tok.dep_ in _GROUP_DEPS and tok.head.tag_.startswith(("VB", "MD")):
        return True
    if tok.dep_ == "dobj" and any(c.dep_ == "xcomp" for c in tok.head.children):
        return True  # 'prompting authorities to halt trading': the subject of what they are made to do
    return tok.dep_ == "pobj" and (tok.head.dep_ == "agent" or tok.head.lower_ in ("between", "against"))


def _described_group(doc, start: int, end: int) -> str:
    """The group noun at [start, end) with the common words that say which group it is, written before it
    ('election authorities', 'local police'), or '' when it has none."""
    span = parsed_span(doc, doc.char_span(start, end, alignment_mode="expand"))
    if not len(span):
        return ""
    tok = span.root
    before = [c for c in tok.children if c.i < span.start and c.dep_ in ("compound", "amod")]
    before = [c for c in before if c.text.isalpha() and c.is_lower]
    if not before or before[-1].i != span.start - 1:
        return ""
    return " ".join(t.text for t in span.doc[before[0].i : span.end])


# modals of what may or may not be done ('hospital workers could strike'); not 'will', a deed announced
_MIGHT = frozenset("could would might may should can".split())


def _crowd_acts(doc, start: int, end: int) -> bool:
    """Does the crowd noun at [start, end) act of itself: the subject of an active verb with a tense
    ('refugees returned home', 'hundreds of passengers say') or the agent of a passive; no one's own
    ('his supporters', 'our students' are a part of the one who has them); said of what it does, not
    of what it might do ('if observers help') or did not do ('had not moved in')?"""
    span = parsed_span(doc, doc.char_span(start, end, alignment_mode="expand"))
    if not len(span):
        return False
    tok = span.root
    if any(c.dep_ == "poss" and not _persons_own(doc, c) for c in tok.children):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _QUANTITIES:
        tok = tok.head.head  # 'hundreds of supporters'
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return True  # 'alleged by investigators'
    verb = tok.head
    if tok.dep_ != "nsubj" or not verb.tag_.startswith("VB"):
        return False  # 'passengers were rescued', 'residents are urged to': done to the crowd, not by it
    if _a_state(verb):
        return False  # 'the workers include three Americans', 'residents have no water': what they are, no deed
    if any(
        (c.dep_ == "mark" and c.lower_ in ("if", "unless"))
        or c.dep_ == "neg"
        or (c.tag_ == "MD" and c.lower_ in _MIGHT)
        for c in verb.children
    ):
        return False  # 'if foreign observers help', 'rescuers had not moved in', 'workers could strike': not done
    # a verb of its own tense, or with its auxiliary ('observers have said'); not a bare infinitive
    # ('allow journalists and observers to monitor', 'help survivors recover')
    return verb.tag_ in ("VBD", "VBP", "VBZ") or any(c.dep_ == "aux" and c.tag_ != "TO" for c in verb.children)


# verbs of being and having, not of doing or saying
_STATES = frozenset("be have include remain seem become number total comprise contain lack".split())


def _a_state(verb) -> bool:
    """Is ``verb`` (a parsed token) one of being or having ('were', 'have', 'include'), not a deed?"""
    from generator.annotate.lemmas import getLemma

    return verb.lower_ in _STATES or bool(set(getLemma(verb.lower_, "VERB")) & _STATES)


def _persons_own(doc, poss) -> bool:
    """Is the possessive ``poss`` (a token of the parse of block ``doc``) before a crowd noun a person's
    name ('Mahama's supporters celebrated'): a crowd that acts apart from the one it follows; not
    'his', 'our' nor a body's ('the agency's workers' are the agency)."""
    return poss.tag_ == "NNP" and doc[poss.i + poss.doc.user_data["first"]].ent_type_ == "PERSON"


def _described_crowd(doc, start: int, end: int) -> str:
    """A crowd noun at [start, end) with the words before it that say whose or which crowd it is,
    common words or a people's adjective ('Afghan refugees', 'International observers' at a sentence
    start, 'mission operators'), or '' when it has none: the crowd as the text names it."""
    span = parsed_span(doc, doc.char_span(start, end, alignment_mode="expand"))
    if not len(span):
        return ""
    own, (tok, doc) = doc, (span.root, span.doc)
    first = span.start
    while first > 0 and _names_crowd(doc[first - 1], tok):  # 'health care workers': a modifier's own too
        first -= 1
        if first > 1 and _hyphen_joined(doc, first):  # 'pro-Russian separatists': one word, cut at its hyphen
            first -= 2
    owner = doc[first - 2] if first > 1 and doc[first - 1].tag_ == "POS" else None
    if owner is not None and owner.head.i == tok.i and _persons_own(own, owner):
        at = first - 2 + doc.user_data["first"]  # the name's last word, in the block
        while own[at].ent_iob_ == "I":
            at -= 1
        return own[at : span.end + doc.user_data["first"]].text  # "Jane Okoro's supporters": whose crowd
    before = list(doc[first : span.start])
    if not before:
        return _crowd_of_a_place(own, tok)  # 'Residents of Christchurch', 'Farmers in eastern Australia'
    before = [c for c in before if not _hyphen_joined(doc, c.i + 2)]  # 'lesser-known': a piece of one word
    if any(c.tag_ in ("JJR", "JJS", "CD") or c.lower_ in _QUANTITIES or c.lower_ in ("other", "few") for c in before):
        return ""  # 'more passengers', 'many refugees': how many, not which
    return doc[first : span.end].text


_HYPHENS = frozenset("-‐‑")


def _hyphen_joined(doc, i: int) -> bool:
    """Is the token at ``i`` of a parse the second half of a word joined by a hyphen with no space ('pro-Russian',
    'hard-working'): the word and the hyphen before it are written together with the word before them?"""
    dash, word = doc[i - 1], doc[i - 2]
    return i < len(doc) and dash.text in _HYPHENS and not dash.whitespace_ and not word.whitespace_ and word.is_alpha


def _crowd_of_a_place(own, noun) -> str:
    """A bare crowd ``noun`` said to be which crowd by where it is or comes from: 'of', 'in' or 'from' and a
    named place ('Residents of Christchurch', 'Students in Dadaab'); the noun and that phrase, or ''.
    ``own`` is the block the parse of ``noun``'s sentence is a part of (it holds the entities)."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.i != noun.i + 1 or prep.lower_ not in ("of", "in", "from"):
            continue
        place = next((c for c in prep.children if c.dep_ == "pobj"), None)
        at = place.i + noun.doc.user_data["first"] if place is not None else 0
        if place is not None and place.tag_ == "NNP" and own[at].ent_type_ in ("GPE", "LOC"):
            return noun.doc[noun.i : place.right_edge.i + 1].text
    return ""


def _names_crowd(word, noun) -> bool:
    """Is ``word``, before the crowd ``noun``, one of the words that say which crowd: a modifier of the
    noun or of another such word, in lower case or a people's adjective (or capitalised at a start, and
    no name)?"""
    return (
        word.dep_ in ("compound", "amod")
        and word.text.isalpha()
        and noun in word.ancestors
        and (
            word.is_lower
            or bool(gz.DEMONYMS.get(word.text))
            or (word.is_sent_start and not word.tag_.startswith("NNP") and not word.ent_type_)
        )
    )  # not a name: 'NASA scientists', 'CDC scientists' are that body's


def _crowd(cast: Cast, doc, b: int, m, named_before: dict[str, str]) -> None:
    """A crowd noun (_CROWDS) that acts, said to be which crowd ('Afghan refugees', not a bare
    'passengers'): an actor of kind other, keyed and named as the text names it (one article's 'Afghan
    refugees' are not another's 'Syrian refugees'), with its forms as written (``_crowd_forms``). A bare 'the'
    and the noun takes up the crowd of that noun the text named last ('33 trapped miners ... The miners agreed'):
    ``named_before`` holds, for each noun, the name of the last crowd the text said it was."""
    noun = m.group("g").lower()
    named = _described_crowd(doc, m.start("g"), m.end("g"))
    taken_up = not named and m.group(0).lower() == "the " + noun
    if named:
        named_before[noun] = named
    elif taken_up:
        named = named_before.get(noun, "")
    if not named or not _crowd_acts(doc, m.start("g"), m.end("g")):
        return
    if taken_up:
        _take_up_crowd(cast, b, m, named)
        return
    start = text_of(doc).rfind(named, 0, m.end("g"))
    key = _crowd_key(named)
    cast.add(key, "other", b, start if start >= 0 else m.start("g"), m.end("g"), named)
    for form in _crowd_forms(doc, m.start("g"), m.end("g")):
        if form.lower() not in {f.lower() for f in cast.members[key].forms}:
            cast.members[key].forms.append(form)


def _crowd_key(named: str) -> str:
    """A crowd's key: its name as written, the first letter in lower case unless a people's adjective or a name
    opens it ('Rescue workers' at a sentence start: 'rescue workers'; 'Afghan refugees', "Jane Okoro's supporters")."""
    own = "'s " in named or "’s " in named
    return named if gz.DEMONYMS.get(named.split()[0]) or own else named[:1].lower() + named[1:]


def people_acting(cast: Cast, doc, b: int, start: int, end: int) -> str | None:
    """A people named by its plural demonym at [start, end) of block ``doc`` ('Some Kenyans used social media
    Tuesday', 'The Greeks voted again Sunday'), found to be the doer of a dated happening: a crowd of kind other,
    the one the story names already by that people's adjective ('Zambian voters' for 'Zambians') or a new one
    keyed by the noun as written, with its forms (``_crowd_forms``); its key, None when the noun is no
    people's."""
    noun = text_of(doc)[start:end]
    country = gz.DEMONYMS.get(noun) if noun[-1:] == "s" else None
    if country is None:
        return None
    same = [k for k, m in cast.members.items() if m.kind == "other" and any(_of_a_people(f, country) for f in m.forms)]
    key = same[0] if len(same) == 1 else noun
    cast.add(key, "other", b, start, end, noun)
    cast.mentions.pop()  # the doer of its event only: no mention for the other dates of the sentence to read
    for form in _crowd_forms(doc, start, end):
        if form.lower() not in {f.lower() for f in cast.members[key].forms}:
            cast.members[key].forms.append(form)
    return key


def doers_acting(cast: Cast, doc, b: int, start: int, end: int) -> str:
    """A crowd named by a plural noun of doers at [start, end) of block ``doc`` ('looters attacked a drug store
    on Monday'), found to be the doer of a dated happening: kind other, keyed and named as the text says which
    crowd (``_described_crowd``: 'striking miners') or by the noun alone, with its forms; its key."""
    key = _crowd_key(_described_crowd(doc, start, end) or text_of(doc)[start:end])
    cast.add(key, "other", b, start, end, key)
    cast.mentions.pop()  # the doer of its event only (as ``people_acting``)
    for form in _crowd_forms(doc, start, end):
        if form.lower() not in {f.lower() for f in cast.members[key].forms}:
            cast.members[key].forms.append(form)
    return key


def _of_a_people(form: str, country: str) -> bool:
    """Is a crowd's ``form`` one of ``country``'s people: its adjective before a noun ('Zambian voters'), or its
    name after 'in' or 'of' ('Voters in Zambia')?"""
    words = form.split()
    if len(words) > 1 and gz.DEMONYMS.get(words[0]) == country:
        return True
    m = re.search(r"\b(?:in|of) (?P<place>.+)$", form)
    return m is not None and gz.country_of(m["place"]) == country


def _take_up_crowd(cast: Cast, b: int, m, named: str) -> None:
    """'The miners' (the match ``m`` of block ``b``) for the crowd the text named ``named`` before: a mention and
    a form of that crowd, keyed as ``_crowd`` keys it."""
    key = _crowd_key(named)
    cast.add(key, "other", b, m.start(), m.end(), named)
    if m.group(0) not in cast.members[key].forms:
        cast.members[key].forms.append(m.group(0))


def _crowd_forms(doc, start: int, end: int) -> list[str]:
    """The crowd noun at [start, end) as the text writes it: its noun phrase with the words before it
    ('350 military troops', 'Some Kenyans', 'hundreds of protesters') and the whole subject it heads or
    is a part of ('Minor parties and independent candidates', 'Residents of the city')."""
    span = parsed_span(doc, doc.char_span(start, end, alignment_mode="expand"))
    if not len(span):
        return []
    tok = span.root
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in _QUANTITIES:
        tok = tok.head.head  # 'hundreds of protesters'
    subject = tok
    while subject.dep_ == "conj" and subject.head != subject:
        subject = subject.head
    sent = span.doc
    forms = [sent[tok.left_edge.i : span.end].text, sent[subject.left_edge.i : subject.right_edge.i + 1].text]
    return [f.strip(" ,;:") for f in dict.fromkeys(forms) if len(f.split()) <= _LONGEST_FORM]


_LONGEST_FORM = 16  # words of a crowd's form as written; a longer subject is a clause, not a name


def _group_matches(doc) -> list:
    """The group nouns of a block (_GROUP) in lower case, or capitalised at a sentence start.
    Worked out once a block (``parse_needs`` and ``_groups`` both ask), and only where one of the
    nouns stands (``_GROUP_NOUN``, which every match of ``_GROUP`` holds, is three times as fast to
    search; 67 of 1,795 raw bench blocks have one)."""
    found = doc.user_data.get("groups")
    if found is None:
        text, words = text_of(doc), lowered_words(doc)
        if words is not None:  # ASCII: no noun's last word, no noun (119 of the 80 real texts' 498 blocks have one)
            found = [] if words.isdisjoint(_GROUP_LAST_WORDS) else _find_groups(text)
        else:
            found = _find_groups(text) if _a_group_noun(text) else []
        found = [m for m in found if _not_some_court(text, m)]
        doc.user_data["groups"] = found
    return found


# the last word of each group noun ('forces' of 'security forces', 'conspirators' of 'co-conspirators')
_GROUP_LAST_WORDS = frozenset(re.split(r"[ -]", noun)[-1] for noun in _GROUP_KIND)


def _not_some_court(text: str, m) -> bool:
    """False for a court noun with no 'the' before it ('appeared in court', 'a court in Lyon'): no one court of
    the story, nothing to parse."""
    g = m.group("g")
    return g.lower() not in _ONE_BODY or _THE_BEFORE.search(text[max(0, m.start("g") - 40) : m.start("g")]) is not None


_GROUP_WORDS = tuple(_GROUP_KIND)


# The only characters that ``re.I`` folds to an ASCII letter other than as ``str.lower`` lowers them ('ı', 'ſ', the
# Kelvin sign), or that ``str.lower`` makes two characters of ('İ'): found by trying every code point
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


def _a_group_noun(text: str) -> bool:
    r"""``_GROUP_NOUN.search(text)``: in a text where ``re.I`` folds no letter but as ``str.lower`` does (an ASCII
    text, or one without ``_ODD_FOLDS``: the nouns are ASCII, ``\b`` the same in the lowered text), first none of
    the nouns in the lowered text, no match (80 texts' 578 paragraphs: 29.2 -> 9.6 ms; bench/README.md, "A faster
    pass per core"); else searched in the lowered text. The 46 blocks of the 80 real texts that are not ASCII
    (curly quotes) were searched by ``_GROUP_NOUN``: 2.75 ms of CPU a pass (timed around each call, load average 2.3;
    7.4 ms at 4-5); now 5 of them are searched in the lowered text, the rest not at all."""
    if text.isascii() or not any(map(text.__contains__, _ODD_FOLDS)):
        low = text.lower()
        return any(map(low.__contains__, _GROUP_WORDS)) and _noun_at(low, 0) >= 0
    return _GROUP_NOUN.search(text) is not None


# _GROUP_NOUN for a lowered ASCII text: case-sensitive, and without its leading ``\b`` (checked by ``_noun_at``),
# so that re looks for the nouns' first letters only
_GROUP_NOUN_LOW = re.compile("(?:" + "|".join(sorted(_GROUP_KIND, key=len, reverse=True)) + r")\b")
_WORD = re.compile(r"\w")


def _noun_at(low: str, pos: int) -> int:
    """Where ``_GROUP_NOUN.search(text, pos)`` starts, -1 for no match; ``low``: ``text``, an ASCII text, lowered."""
    while m := _GROUP_NOUN_LOW.search(low, pos):
        if not (m.start() and _WORD.match(low, m.start() - 1)):
            return m.start()
        pos = m.start() + 1  # no noun can start here: the word goes on before it
    return -1


# no word _GROUP may take before a noun holds one of these: what it found before a noun starts after the last one
_NO_GROUP_WORD = ",.;:\n"


def _group_finditer(text: str) -> list:
    r"""``_GROUP.finditer(text)``'s matches, the same. In an ASCII text, searched from before each noun on
    (``_noun_at``), after the last character that no group's words before their noun can hold: its leading
    ``\b`` and ``re.I`` leave re no letter to look for (the 80 real texts' 498 blocks, with ``_group_matches``'s
    word test first: _GROUP_NOUN and _GROUP 13.6 -> 6.9 ms of CPU a pass)."""
    if not text.isascii():
        return list(_GROUP.finditer(text))
    low, out, pos = text.lower(), [], 0
    while (at := _noun_at(low, pos)) >= 0:
        start = max(pos, *(text.rfind(c, pos, at) + 1 for c in _NO_GROUP_WORD))
        m = _GROUP.search(text, start)
        if m is None:  # cannot be: the noun at ``at`` is a match
            break
        out.append(m)
        pos = m.end()
    return out


def _find_groups(text: str) -> list:
    found = []
    for m in _group_finditer(text):
        before = text[: m.start()].rstrip()
        if m.group(0)[0].islower() or not before or before[-1] in '.!?"”:':  # capital: a sentence start
            found.append(m)
    return found


# A body a story has one of, spoken of by its noun after 'the' ('The court ruled', 'the same court', 'the top
# appeals court', 'the election commission awarded'): the one court (or election body) of the story; the nouns
# of one kind are one body ('The court ... The tribunal has sentenced'). Each noun: its kind's key when the
# story names it no other way, and what a name or form of that kind holds ('Court of Cassation', 'Special
# Tribunal for X'; 'Electoral Commission of X', 'election authorities').
_COURT = ("court", re.compile(r"\b(?:court|tribunal)\b", re.I))
_ELECTION_BODY = ("electoral commission", re.compile(r"\belect(?:oral|ion)\b", re.I))
_ONE_BODY = {
    "court": _COURT,
    "tribunal": _COURT,
    "electoral commission": _ELECTION_BODY,
    "election commission": _ELECTION_BODY,
}
# 'the' and up to three words before the noun, none a preposition ('the case in court') nor a possessive ('the
# country's electoral commission': that country's, ``_national_bodies``)
_THE_BEFORE = re.compile(r"\b[Tt]he (?:(?!(?:in|at|on|to|of|by|for|from|into|before|with)\b)[\w.-]+ ){0,3}$")


def _one_body_key(cast: Cast, noun: str) -> str | None:
    """The key of the body a 'the court' (a noun of ``_ONE_BODY``) that acts stands for: the one body of its kind
    the cast holds (named by the model, 'the International Criminal Court', 'the Court of Cassation'; a group,
    'election authorities'; or met as 'the court' before), else its kind's key; None when the cast holds two
    (which one is not said)."""
    key, kind = _ONE_BODY[noun]
    held = [
        k
        for k, m in cast.members.items()
        if m.kind == "organization" and (kind.search(k) or any(kind.search(f) for f in m.forms))
    ]
    return held[0] if len(held) == 1 else None if held else key


# Words for one crowd: an article's protesters, protestors and demonstrators are the same people
_CROWD_SYNONYMS = ("protesters", "protestors", "demonstrators")
_SAME_CROWD = {w: tuple(k for k in _CROWD_SYNONYMS if k != w) for w in _CROWD_SYNONYMS}


def _groups(cast: Cast, docs, skip: set[int]) -> None:
    """Groups named by a common noun that act (see _GROUP_KIND), named as the text names them."""
    found = [(b, m) for b, doc in enumerate(docs) if b not in skip for m in _group_matches(doc)]
    prefetch([(docs[b], sentence_at(docs[b], m.start("g"))) for b, m in found])
    named_before: dict[str, str] = {}
    for b, m in found:
        if cast.keys_in(b, m.start(), m.end()):
            continue
        g = m.group("g").lower()
        if g in _CROWDS:
            _crowd(cast, docs[b], b, m, named_before)
            continue
        if _group_acts(docs[b], m.start("g"), m.end("g"), crowd=_GROUP_KIND[g] == "other"):
            if g in _ONE_BODY:
                _one_body(cast, docs[b], b, m)
                continue
            g = next((k for k in _SAME_CROWD.get(g, ()) if k in cast.members), g)  # one crowd, two words
            cast.add(g, _GROUP_KIND[g], b, m.start(), m.end(), m.group(0))
            described = _described_group(docs[b], m.start("g"), m.end("g"))
            if _GROUP_KIND[g] == "other":
                described = _described_crowd(docs[b], m.start("g"), m.end("g")) or described
            if described and described not in cast.members[g].forms:  # 'election authorities': as the text says
                cast.members[g].forms.append(described)


def _one_body(cast: Cast, doc, b: int, m) -> None:
    """'The court ruled' (the match ``m`` of block ``b``, a noun of ``_ONE_BODY`` after 'the' that acts): a
    mention of the story's court (``_one_body_key``); a form of its own only when the story names it no other way."""
    noun = m.group("g").lower()
    key = _one_body_key(cast, noun)
    if key is None:
        return
    own = key == _ONE_BODY[noun][0]
    cast.add(key, "organization", b, m.start(), m.end(), m.group(0) if own else "")
    described = _described_group(doc, m.start("g"), m.end("g"))
    if own and described and described not in cast.members[key].forms:  # 'the top appeals court'
        cast.members[key].forms.append(described)


_OFFICE = re.compile(
    r"\b[Tt]he (?P<role>President|(?:[A-Z][a-z]+ )?Secretary|Prime Minister|PM|Chancellor|Governor|Mayor|"
    r"Queen|King)\b(?! of\b)"
)
_OFFICE_WORDS = ("President", "Secretary", "Prime Minister", "PM", "Chancellor", "Governor", "Mayor", "Queen", "King")


def _offices(text: str):
    """``_OFFICE``'s matches in ``text``, searched for only where one of its words stands."""
    return _OFFICE.finditer(text) if any(map(text.__contains__, _OFFICE_WORDS)) else ()


def _officeholders(cast: Cast, docs, skip: set[int]) -> None:
    """'the Secretary spoke to that', 'the President talks about', 'the Trade Secretary pursuing
    talks', 'the PM travelling': in official prose a
    capitalised title after 'the' is a name for the one who holds the office. When the article
    names no one with that title, and the title is the subject of a verb, the office-holder is a
    person of the cast, named as the text names them."""
    found = []
    for b, doc in enumerate(docs):
        if b in skip:
            continue
        for m in _offices(text_of(doc).replace("’", "'")):
            role = "Prime Minister" if m.group("role") == "PM" else m.group("role")  # 'the PM'
            if cast.resolve_role(None, role, b, m.start()) is None:
                found.append((b, m, role))
    prefetch([(docs[b], sentence_at(docs[b], m.start())) for b, m, _ in found])
    for b, m, role in found:
        if _group_acts(docs[b], m.start("role"), m.end("role"), named=True):
            cast.add("the " + role, "person", b, m.start(), m.end(), m.group(0))  # 'the PM': the Prime Minister


_BARE_TITLE = re.compile(rf"(?:the )?(?P<role>{TITLE_WORDS})", re.I)
_NOT_THE_HOLDER = re.compile(r"(?:\b(?:Vice|Deputy|Under|Assistant|Acting|Former|former|ex|Ex)[ -]|'s )$")


def title_holders(cast: Cast, title: str | None) -> dict[str, str]:
    """'Remarks by President Biden and Vice President Harris' over a transcript whose speaker is 'THE
    PRESIDENT', 'President Bush Receives a Briefing' over 'the President said': when the article names
    no one with the title of a person it knows only by that title, a headline that gives the title
    before one person's name names that person (the holder of the office the text speaks of). Gives
    each member renamed -> its new key."""
    moved: dict[str, str] = {}
    if not title:
        return moved
    titled = {k: _BARE_TITLE.fullmatch(k) for k, m in cast.members.items() if m.kind == "person"}
    bare = {k: " ".join(t["role"].split()) for k, t in titled.items() if t and t["role"].lower() in title.lower()}
    bare = {k: role for k, role in bare.items() if not _bare_in_headline(title, role)}
    if not bare:
        return moved
    from generator.annotate.lemmas import getAllLemmas

    doc = parse_blocks([title])[0]
    for key, role in bare.items():
        names = set()
        for e in doc.ents:
            before = title[: e.start_char]
            if e.label_ != "PERSON" or not re.search(rf"\b{re.escape(role)} $", before, re.I):
                continue
            if _NOT_THE_HOLDER.search(before[: len(before) - len(role) - 1]):
                continue  # 'Vice President Harris' is not the President
            words = e.text.split()
            verbs = [i for i, w in enumerate(words) if w.endswith("s") and "VERB" in getAllLemmas(w.lower())]
            words = words[: verbs[0]] if verbs else words  # 'President Obama Signs', 'President Condemns
            # Murder ...': a title-cased headline's verb and what follows it are no name
            if words:
                names.add(" ".join(words))
        if len(names) == 1:
            moved[key] = _rename(cast, key, names.pop(), role)
    return moved


def _bare_in_headline(title: str, role: str) -> bool:
    """Does the headline itself name the office bare ('the President’s Call to President Calderon of Mexico')?
    Then the text's bare title is that holder, and the one it names in full is another."""
    return re.search(rf"\b(?i:the {re.escape(role)})(?:['’]s\b|(?!\s+[A-Z]))", title) is not None


def _rename(cast: Cast, key: str, name: str, role: str) -> str:
    """The member ``key`` is the person ``name``, who holds ``role``: one member under that name (or
    the cast's person of that surname), its forms kept, with the title and name among them."""
    member = cast.members.pop(key)
    target = cast.members.get(cast.surnames.get(name.split()[-1], name))
    if target is None or target.kind != "person":
        target = cast.members[name] = CastMember(name, "person", member.first)
        if len(name.split()) > 1:
            cast.surnames.setdefault(name.split()[-1], name)
    for f in [f"{role} {name}", *member.forms]:
        if f.lower() not in {x.lower() for x in target.forms}:
            target.forms.append(f)
    if f"{role} {name}" not in target.names:
        target.names.append(f"{role} {name}")
    target.role = target.role or role
    target.first = min(target.first, member.first)
    target.acting = target.acting or member.acting
    cast.mentions = [Mention(x.block, x.start, x.end, target.key if x.key == key else x.key) for x in cast.mentions]
    return target.key


@functools.lru_cache(maxsize=1024)
def _any_surname(surnames: tuple[str, ...]) -> re.Pattern[str]:
    """Any of ``surnames`` as a whole word (``_surnames_again``), compiled once a process for each list
    (1,000 raw bench articles: 756 compilations, 174 of them of a list seen before)."""
    return re.compile(r"\b(" + "|".join(re.escape(s) for s in surnames) + r")\b(?![-'’]\w)")


def _surnames_again(cast: Cast, docs, skip: set[int]) -> None:
    """Once a person is named in full, their surname alone is that person wherever it stands
    ('Humala led an uprising ...'), also where the NER missed it: a capitalised word equal to a
    known surname, not inside another name (no capitalised word just before it but a title)."""
    people = {s: k for s, k in cast.surnames.items() if k in cast.members and len(k.split()) > 1}
    if not people:
        return
    word = _any_surname(tuple(sorted(people, key=len, reverse=True)))
    for b, doc in enumerate(docs):
        if b in skip:
            continue
        text = text_of(doc)
        for m in word.finditer(text):
            start, end = m.span()
            if any(x.block == b and x.start <= start < x.end for x in cast.mentions):
                continue
            before = text[:start]
            prev = before.split()[-1] if before.strip() else ""
            if before.endswith(" ") and prev[:1].isupper() and not re.fullmatch(TITLE_WORDS, prev.rstrip(",")):
                if prev[-1:] not in ",;:" and not _ends_sentence(prev):
                    continue  # part of another name ('Keiko Fujimori' when 'Fujimori' is Alberto)
            if re.match(r" [A-Z][a-z]", text[end : end + 3]):
                continue  # 'Garcia Marquez': a longer name
            key = cast.surname_owner(m.group(1), b, start) or people[m.group(1)]
            cast.add(key, "person", b, start, end, m.group(1))


_TITLE_OR_HONOUR = re.compile(
    rf"{TITLE_WORDS}|Mrs?|Ms|Dr|Sir|Dame|Lord|Lady|Miss|Baroness|Baron|Earl|Countess|Count|Sheriff|Justice|Rev|Father"
)


@functools.lru_cache(maxsize=4096)
def _word_before(key: str) -> re.Pattern[str]:
    """A capitalised word right before the one-word name ``key`` (``_first_names_missed``), compiled once
    a process: the names come back article after article and fell out of ``re``'s own cache between
    their uses (1,000 raw bench articles: 555 compilations, 367 of them again, 0.16 CPU s)."""
    return re.compile(rf"\b([A-Z][a-z][\w'’-]*) {re.escape(key)}\b(?! [A-Z])(?![-'’]\w)")


def _first_names_missed(cast: Cast, docs, skip: set[int]) -> None:
    """A person known by one word ('Mr Tarkovin') whom the text also names in full where the NER
    missed it ('Boris Tarkovin dedicated his life ...'): that full name is theirs, when the word
    before the surname is the same wherever it stands and is no title, place, demonym or English word."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from generator.annotate.lemmas import getAllLemmas

    def titled(word: str) -> bool:
        return bool(_TITLE_OR_HONOUR.fullmatch(word)) or word in RANK_WORDS

    for key in [k for k, m in cast.members.items() if m.kind == "person" and " " not in k]:
        before = _word_before(key)
        found = [
            (b, m)
            for b, doc in enumerate(docs)
            if b not in skip and key in text_of(doc)  # a block without the name: no match (bench/README.md)
            for m in before.finditer(text_of(doc))
            if not titled(m[1])
        ]
        firsts = {m[1] for _, m in found}
        first = next(iter(firsts), "")
        if len(firsts) != 1 or gz.country_of(first) or getAllLemmas(first.lower()) or first.lower() in STOP_WORDS:
            continue
        if (
            first in cast.members
            or f"{first} {key}" in cast.members
            or any(first in k.split() for k in cast.members if k != key)
        ):
            continue
        full = f"{first} {key}"
        member = cast.members.pop(key)
        member.key = full
        cast.members[full] = member
        cast.mentions = [Mention(x.block, x.start, x.end, full if x.key == key else x.key) for x in cast.mentions]
        cast.surnames[key] = full
        for b, m in found:
            cast.add(full, "person", b, m.start(), m.end(), m.group(0), name=True)


def _ends_sentence(word: str) -> bool:
    """'States.' (a sentence's last word), not 'U.S.', 'M.' or 'Dr.' (part of a name or title)."""
    return word[-1:] in "!?" or word.endswith(".") and "." not in word[:-1] and len(word) > 4


_MINOR = {"of", "for", "and", "the", "on", "in", "to", "&"}


_SPACES_OR_DASHES = re.compile(r"[\s-]+")
_DOTTED = re.compile(r"(?:[A-Z]\.)+")


def initials(name: str) -> str:
    """'U.S. Agency for International Development' -> 'USAID' (a dotted abbreviation gives its letters)."""
    words = [w for w in _SPACES_OR_DASHES.split(name) if w and w.lower() not in _MINOR and w[0].isupper()]
    return "".join(w.replace(".", "") if _DOTTED.fullmatch(w) else w[0] for w in words)


def initials_whole(name: str) -> str:
    """The initials with an abbreviation in the name spelled whole: 'PNG Defense Force' -> 'PNGDF', 'UK Space
    Agency' -> 'UKSA' (``initials`` gives 'PDF', 'USA')."""
    return initials(re.sub(r"\b([A-Z])([A-Z]{1,3})\b", lambda m: ".".join(m[0]) + ".", name))


def _speaker_labels(cast: Cast, docs) -> None:
    """'MR MILLER: ...' in a transcript is a surface form of the Miller of the article."""
    for b, doc in enumerate(docs):
        m = _LABEL.match(text_of(doc))
        if not m:
            continue
        label = m.group(0).rstrip(": \t")
        surname = label.split()[-1].title()
        key = cast.surnames.get(surname)
        if key is None and _titled_label(label):
            # the speaker of a transcript, named as the text would write it ('Foreign Minister Cavusoglu')
            cast.add(surname, "person", b, 0, len(label), label.title(), name=True)
            cast.surnames[surname] = surname
            continue
        if key and label.lower() not in {f.lower() for f in cast.members[key].forms}:
            cast.members[key].forms.append(label)


_HONORIFIC_LABEL = re.compile(r"(?:MR|MS|MRS|DR)\.?")


def _titled_label(label: str) -> bool:
    """'MR MILLER', 'SECRETARY RICE', 'PRESIDENT OBAMA', 'FOREIGN MINISTER AMORIM': a transcript's label of
    an honorific or a person's title and a surname, in capitals; not a title alone ('THE PRESIDENT',
    'SECRETARY GENERAL') nor a role ('MODERATOR', 'SENIOR ADMINISTRATION OFFICIAL')."""
    *title, surname = label.split()
    if not title or not re.fullmatch(r"[A-Z][A-Z'-]+", surname):
        return False
    surname = surname.title()
    if re.fullmatch(TITLE_WORDS, surname) or surname.lower() in STOP_WORDS:
        return False
    words = " ".join(title)
    # case-blind: 'PRESIDENT-ELECT' is 'President-Elect' in title case, 'President-elect' in TITLE_WORDS
    return bool(_HONORIFIC_LABEL.fullmatch(words) or re.fullmatch(TITLE_WORDS, words.title(), re.I))


def _join_acronyms(cast: Cast, docs) -> None:
    """'WFP' with 'World Food Programme', 'NLD' with 'National League for Democracy': an acronym
    whose letters are the initials of an organisation of the article is that organisation; so is
    one the text defines in brackets after the name ('Centers for Disease Control and Prevention
    (CDC)')."""
    orgs = [m for m in cast.members.values() if m.kind == "organization"]
    for m in orgs:
        letters, suffix = _acronym_and_suffix(m.key)
        if not re.fullmatch(r"[A-Z]{2,7}", letters):
            continue
        full = [
            o
            for o in orgs
            if o is not m
            and o.key in cast.members
            and o.key.endswith(suffix)
            and letters in _initials_of(o.key.removesuffix(suffix) if suffix else o.key)
        ] or _defined_before(cast, docs, m.key)
        if not full and m.key in cast.members and m.key not in gz.ORGS:  # 'NATO' stays the name it is known by
            _spelled_out_name(cast, docs, m)
        if len(full) != 1:
            continue
        target = full[0]
        for f in m.forms:
            if f.lower() not in {x.lower() for x in target.forms}:
                target.forms.append(f)
        target.names.extend(n for n in m.names if n not in target.names)
        target.first = min(target.first, m.first)
        del cast.members[m.key]
        cast.mentions = [
            Mention(x.block, x.start, x.end, target.key if x.key == m.key else x.key) for x in cast.mentions
        ]


# 'Kaing Guek Eav, better known as "Duch,"', 'Adnan Arshad, also known as “Eddie,”': a second name of the one
# just named
_KNOWN_AS = re.compile(
    r",?\s+(?:also|better|more commonly|commonly|widely|popularly) known as,?\s+[\"“'‘]?"
    r"(?P<alias>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}?)(?=[\"”'’,;)]|\s[a-z]|\.?$|\.\s)"
)


def _known_as(cast: Cast, docs) -> None:
    """A person or a body named, then 'also known as' or 'better known as' another name: that name is theirs,
    and a member of the cast under it ('Duch' taken for another person or a body) is folded into them."""
    for b, doc in enumerate(docs):
        text = text_of(doc)
        for m in _KNOWN_AS.finditer(text) if "known as" in text else ():
            owners = [x.key for x in cast.mentions if x.block == b and x.end == m.start() and x.key in cast.members]
            owner = cast.members[owners[-1]] if owners else None
            if owner is None or owner.kind not in ("person", "organization"):
                continue
            alias = m["alias"]
            other = cast.members.get(alias)
            if other is not None and other is not owner and other.kind != "country":
                for f in other.forms:
                    if f.lower() not in {x.lower() for x in owner.forms}:
                        owner.forms.append(f)
                owner.first = min(owner.first, other.first)
                del cast.members[other.key]
                cast.mentions = [
                    Mention(x.block, x.start, x.end, owner.key if x.key == other.key else x.key) for x in cast.mentions
                ]
            if alias not in owner.forms:
                owner.forms.append(alias)
            if owner.kind == "person" and " " not in alias:
                cast.surnames.setdefault(alias, owner.key)


# a site the text names, after its name: 'the X detention center', 'the X prison', 'the X Genocide Museum'
_SITE_AFTER = re.compile(
    r"\s+(?:(?:prison|jail|detention (?:center|centre|camp)|camp|museum|memorial|compound|hospital|airport|"
    r"stadium|palace|hotel|mosque|church|temple|cathedral)\b|(?:[A-Z][a-z]+\s+){0,2}"
    r"(?:Prison|Jail|Museum|Memorial|Camp|Hospital|Airport|Stadium|Palace|Hotel|Mosque|Church|Temple|Cathedral)\b)"
)


def _site_after(text: str, name: str) -> bool:
    """Is ``name`` written in ``text`` before a site's noun ('Tuol Sleng detention center')?"""
    at = text.find(name)
    while at >= 0:
        if _SITE_AFTER.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def _sites_named_as_people(cast: Cast, docs) -> None:
    """'Tuol Sleng survivor Bou Meng' after 'the Tuol Sleng detention center': a name the model took for a
    person's, that the text gives to a site (a prison, a museum, a camp before it) and that is never said before
    anything but a noun (no verb, no function word: no one who acts, 'X said'), is the site's, a place."""
    from generator.annotate.lemmas import getAllLemmas

    texts = [text_of(d) for d in docs]
    for key in [k for k, m in cast.members.items() if m.kind == "person" and " " in k]:
        if not any(_site_after(t, key) for t in texts):
            continue
        after = [re.match(r"\s+([a-z]+)\b", texts[x.block][x.end :]) for x in cast.mentions if x.key == key]
        if all(w and w[1] not in STOP_WORDS and not {"VERB", "AUX"} & set(getAllLemmas(w[1])) for w in after):
            first = cast.members[key].first
            cast.drop(key)
            cast.place(key, *first)


def _acronym_and_suffix(key: str) -> tuple[str, str]:
    """'JTF-Bravo' -> ('JTF', '-Bravo'): an acronym with a hyphened word after it, which the name
    spelled out ends in too ('Joint Task Force-Bravo'); else the key without dots, and ''."""
    m = re.fullmatch(r"([A-Z]{2,7})(-[A-Z][a-z]+)", key)
    return (m[1], m[2]) if m else (key.replace(".", ""), "")


def _spelled_out_name(cast: Cast, docs, m) -> None:
    """An acronym the text spells out in words the NER missed ('... to run the Youth Assembly of
    Wales (YAW) ...'): the organisation takes that name; the acronym stays one of its forms."""
    key = m.key
    for doc in docs:
        for hit in re.finditer(rf"\(({re.escape(key)})\)", text_of(doc)):
            name = _spelled_out(text_of(doc)[: hit.start()].rstrip(), key.replace(".", ""))
            if name and name not in cast.members:
                del cast.members[key]
                m.key = name
                cast.members[name] = m
                m.forms.insert(0, name)
                m.names.insert(0, name)
                cast.mentions = [
                    Mention(x.block, x.start, x.end, name if x.key == key else x.key) for x in cast.mentions
                ]
                return


def _spelled_out(before: str, letters: str) -> str:
    """The capitalised words at the end of ``before`` whose initials (every letter of a word in
    capitals) are ``letters``, 'of', 'for', 'and', 'the' allowed between them; '' when none."""
    words = before.split()
    for n in range(2, min(len(words), 10) + 1):
        run = words[-n:]
        if run[0].lower() in _MINOR or not run[0][:1].isupper():
            continue
        if not all(w[:1].isupper() or w.lower() in _MINOR for w in run):
            return ""
        got = "".join(
            w.replace(".", "") if w.replace(".", "").isupper() else w[0] for w in run if w.lower() not in _MINOR
        )
        if got == letters:
            return " ".join(run)
    return ""


def _initials_of(name: str) -> tuple[str, ...]:
    """The acronyms a name may have: its initials, also without a dotted prefix ('U.N. World Food
    Program': WFP) or a first word of three initials or more ('English National Portrait Gallery': NPG),
    or with an abbreviation in it spelled whole ('UK Youth Assembly': UKYA)."""
    rest = initials(" ".join(name.split()[1:]))
    whole = initials_whole(name)
    # a body renamed with a word added after 'and' keeps its acronym: 'Centers for Disease Control and
    # Prevention' is still the 'CDC' (four capitalised words or more: no 'FA' of 'Food and Drug Administration')
    older = re.fullmatch(r"(.+) and [A-Z][a-z]+", name)
    kept = initials(older[1]) if older and len(initials(name)) >= 4 else ""
    return (
        initials(name),
        initials(re.sub(r"^[A-Z.]+ ", "", name)),
        *((rest,) if len(rest) >= 3 else ()),
        whole,
        *((kept,) if len(kept) >= 3 else ()),
    )


def _defined_before(cast: Cast, docs, key: str) -> list:
    """The organisations named right before a mention of ``key`` in brackets ('X (KEY)') or after an
    appositive 'or' ('the Revolutionary Armed Forces of Colombia, or FARC': the acronym of its name in
    another language, so two of the initials in it are enough; not 'the World Bank, or IMF'), or right
    after it, so ('the KEY, or X', 'KEY (X)') with two initials in common."""
    found = []
    for x in cast.mentions:
        if x.key != key:
            continue
        text = text_of(docs[x.block])
        found += [
            cast.members[y.key]
            for y in cast.mentions
            if y.block == x.block
            and (
                _between(text, y, x, " (")
                or (_between(text, y, x, ", or ") or _between(text, x, y, " (", ", or "))  # or 'KEY, or X'
                and len(set(key) & set(initials(y.key))) >= 2
            )
            and y.key != key
            and y.key in cast.members
            and cast.members[y.key].kind == "organization"
        ]
    return list({id(o): o for o in found}.values())


def _between(text: str, first, then, *gaps: str) -> bool:
    """Is ``then`` written right after ``first``, one of ``gaps`` between them (' (', an appositive ', or ')?"""
    return 0 <= then.start - first.end <= 5 and text[first.end : then.start] in gaps


def _join_heads(cast: Cast) -> None:
    """'the Board' and 'the Transition Board' after 'the Tata Steel / Port Talbot Transition Board',
    'the Commission' after 'the European Commission': the end of an organisation's name alone is
    that organisation, when the article names one such (or names nested in one another: the
    longest). Its mentions become that organisation's; the shorter name is no name of it (another
    article's 'Board' is another board)."""
    orgs = sorted((m for m in cast.members.values() if m.kind == "organization"), key=lambda m: len(m.key))
    for m in orgs:
        if not re.fullmatch(r"(?:[A-Z][\w.'-]* )*[A-Z][a-z]{3,}", m.key):
            continue
        full = [o for o in orgs if o is not m and o.key in cast.members and _shortened(m.key, o.key)]
        target = max(full, key=lambda o: len(o.key), default=None)
        if target is None or not all(_shortened(o.key, target.key) for o in full if o is not target):
            continue  # none, or two ('Labour Party', 'Conservative Party' for 'Party')
        target.first = min(target.first, m.first)
        del cast.members[m.key]
        cast.mentions = [
            Mention(x.block, x.start, x.end, target.key if x.key == m.key else x.key) for x in cast.mentions
        ]


_ITEM = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
_SHARED_HEAD = re.compile(rf"\b(Departments|Ministries|Secretaries) of ({_ITEM}(?:(?:,? and |, ){_ITEM})+)")
_ONE_HEAD = {"Departments": "Department", "Ministries": "Ministry", "Secretaries": "Secretary"}
_HEADS_OF = ("Departments of ", "Ministries of ", "Secretaries of ")  # every match of _SHARED_HEAD holds one


def _shared_heads(cast: Cast, docs) -> None:
    """'the Departments of Labor, Transportation, and Defense': one organisation per name of the
    list, each the head in the singular with that name ('Department of Transportation'), in place
    of what the model marked inside the list."""
    for b, doc in enumerate(docs):
        text = text_of(doc)
        for found in _SHARED_HEAD.finditer(text) if any(map(text.__contains__, _HEADS_OF)) else ():
            head = _ONE_HEAD[found[1]]
            if head == "Secretary":
                continue  # 'the Secretaries of State and Defense': people, named elsewhere
            lo, hi = found.start(), found.end()
            inside = {x.key for x in cast.mentions if x.block == b and x.start < hi and x.end > lo}
            cast.mentions = [x for x in cast.mentions if not (x.block == b and x.start < hi and x.end > lo)]
            for key in inside - {x.key for x in cast.mentions}:
                cast.members.pop(key, None)
            for item in re.finditer(_ITEM, found[2]):
                start = found.start(2) + item.start()
                cast.add(f"{head} of {item[0]}", "organization", b, start, start + len(item[0]), item[0])


_BODY_NOUNS = r"(?:commission|opposition|parliament|legislature|judiciary|senate|central bank|supreme court)"
_NATIONAL_BODY = re.compile(rf"\b([A-Z][\w.]*(?: [A-Z][\w.]*)*)['’]s ((?:[a-z]+ )?{_BODY_NOUNS})\b")
# the same body of the country last named: 'the country's electoral commission', 'The nation's parliament'
_THE_COUNTRYS_BODY = re.compile(rf"\b[Tt]he (?:country|nation)['’]s ((?:[a-z]+ )?{_BODY_NOUNS})\b")


def _national_bodies(cast: Cast, docs) -> None:
    """ "Kenya's election commission", "Chile's opposition": a body of a country named by what it is
    (a commission, the opposition, a parliament, a court), an organisation of its own, not the
    country; it is an actor when it acts (``idle_organisations``). "The country's electoral commission":
    the same body of the country last named (one with "Kenya's electoral commission" if the text has it)."""
    for b, doc in enumerate(docs):
        text = text_of(doc)
        for found in _NATIONAL_BODY.finditer(text) if "'s " in text or "’s " in text else ():
            if gz.COUNTRIES.get(found[1]) is None:
                continue
            cast.add(found[0], "organization", b, found.start(), found.end(), found[0], name=True)
    for b, doc in enumerate(docs):
        text = text_of(doc)
        for found in _THE_COUNTRYS_BODY.finditer(text) if "'s " in text or "’s " in text else ():
            land = _country_before(cast, b, found.start())
            if land is None:
                continue
            own = re.compile(rf"{re.escape(land)}['’]s {found[1]}")
            key = next((k for k in cast.members if own.fullmatch(k)), f"{land}'s {found[1]}")
            cast.add(key, "organization", b, found.start(), found.end(), found[0])


def _country_before(cast: Cast, b: int, pos: int) -> str | None:
    """The country last named before (block, pos): the one 'the country' stands for."""
    named = [(x.block, x.start, x.key) for x in cast.mentions if (x.block, x.start) < (b, pos)]
    lands = [n for n in named if cast.members[n[2]].kind == "country"]
    return max(lands)[2] if lands else None


def _shortened(short: str, name: str) -> bool:
    """Is ``short`` the end of ``name`` ('Board' of 'Transition Board'), or its last word with some
    of the words before it, its first left out ('Monitoring Committee' of 'Ceasefire Monitoring
    Coordination Committee'; not 'National Party' of 'National Liberal Party')?"""
    if name.endswith(" " + short):
        return True
    words, rest = short.split(), name.split()
    if len(words) < 2 or words[-1] != rest[-1] or words[0] == rest[0]:
        return False
    it = iter(rest[1:])
    return all(w in it for w in words)


def _headline_verbs(cast: Cast, headings: set[int]) -> None:
    """'UN Ambassador Power Highlights ...', 'Secretary Cardona Emphasizes ...', 'Guatemalan President
    Extradited': a title-case verb after a name in a heading is not part of the name (a word after a middle
    initial is: 'Robert M. Gates')."""
    for m in [m for m in cast.members.values() if m.kind == "person"]:
        words = m.key.split()
        at = next((i for i, w in enumerate(words) if re.fullmatch(r"[A-Z][a-z]+(?:s|ed)", w)), None)
        if at is None or (at == 0 and not words[0].endswith("ed")):
            continue
        verb, rest = " ".join(words[at:]), " ".join(words[:at])
        if not all(verb in n for n in m.names) or not any(x.block in headings for x in cast.mentions if x.key == m.key):
            continue  # the name with the verb is only ever in a heading
        if any(re.search(rf"\b[A-Z]\. {re.escape(words[at])}\b", n) for n in m.names):
            continue  # 'Robert M. Gates': after a middle initial comes a surname, no verb
        other = cast.surnames.get(rest) if rest else None
        if not (other and other != m.key) and not (m.role and (not rest or rest.isalpha())):
            continue
        del cast.members[m.key]
        for sname, k in list(cast.surnames.items()):
            if k == m.key:
                del cast.surnames[sname]
        if other and other != m.key:
            target = cast.members[other]
        elif rest:
            target = cast.members.setdefault(rest, m)
            m.key = rest
            cast.surnames.setdefault(rest, rest)
        else:
            cast.mentions = [x for x in cast.mentions if x.key != m.key]
            continue
        cut = [re.sub(r"\s+" + verb + r"$", "", f) for f in m.forms]
        if target is not m:
            target.forms.extend(f for f in cut if f not in target.forms)
            target.role = target.role or m.role
        else:
            m.forms = list(dict.fromkeys(cut))
            m.names = [re.sub(r"\s+" + verb + r"$", "", n) for n in m.names]
        old = m.key if target is not m else " ".join(words)
        cast.mentions = [Mention(x.block, x.start, x.end, target.key if x.key == old else x.key) for x in cast.mentions]


_LABEL = re.compile(r"^(?:[A-Z][A-Z.'’-]+ ){0,4}[A-Z][A-Z.'’-]+:\s")


def _label_end(doc) -> int:
    """Length of a transcript speaker label ('MR PRICE: ') or a wire dateline opening the block, else 0."""
    m = _LABEL.match(text_of(doc))
    d = dateline(text_of(doc))
    return max(m.end() if m else 0, d.end if d else 0)


def _dateline(cast: Cast, b: int, doc) -> None:
    """A wire dateline: its city (and country) are places, its outlet a source cited; no actors."""
    d = dateline(text_of(doc))
    if d is None:
        return
    if d.region and gz.us_district(d.region):  # 'WASHINGTON, D.C. -': the city of a district, one place
        cast.place(f"{d.city}, {d.region}", b, 0)
        cast.located.add(f"{d.city}, {d.region}")
        return
    for city in d.city.split("/"):
        cast.place(city, b, 0)
        cast.located.add(gz.PLACES.get(city, city))  # 'NEW YORK –', though the text names it only in a body's name
    if gz.country_of(d.region) or d.region in gz.PLACES or gz.country_of(d.country):
        region = gz.country_of(d.region) or d.region
        cast.place(region, b, len(d.city))  # a state or province before a country
        cast.located.add(gz.PLACES.get(region, region))  # 'KABUL, Afghanistan': where, though Afghanistan acts
    if gz.country_of(d.country):
        cast.place(gz.country_of(d.country) or d.country, b, len(d.city) + len(d.region))
        cast.located.add(gz.country_of(d.country) or d.country)
    if d.outlet and gz.is_outlet(d.outlet):
        cast.sources.setdefault(d.outlet, (b, 0))


_DISTRICT = re.compile(r",\s*([A-Z]\.?[A-Z]\.?)(?!\w)")  # ', DC', ', D.C.' after a city


def _other(cast: Cast, b: int, e, text: str) -> None:
    """An entity the model did not call a person (an organisation, a place, a people, a facility):
    dropped as part of another name, or sorted in turn into a place, a person, an organisation or a
    cited outlet, a country, or a place again by what is left."""
    if _no_mention_of_its_own(cast, b, e, text) or _surname_read_as_other(cast, b, e, text):
        return
    if _short_name_read_as_other(cast, b, e, text) or _group_without_its_noun(cast, b, e, text):
        return
    if _city_of_a_district(cast, b, e, text):
        return
    label = e.label_
    country = (
        gz.country_of(text) or gz.country_of(e.text.strip()) or gz.CAPITALS.get(text)
    )  # 'U.S.' (clean drops the dot)
    if label in ("GPE", "LOC") and _countries_related(e, text, country):
        return
    if label in ("GPE", "LOC", "FAC") and text.split()[-1] == "Administration":
        label = "ORG"  # 'the Biden-Harris Administration's efforts': a government, no place
    if not country and _person_instead(cast, b, e, text, label):
        return
    if label == "ORG" and not country and _town_read_as_body(cast, b, e, text):
        return
    if label == "GPE" and _newspaper_of_a_place(cast, b, e):
        return
    if _inside_a_title_or_name(e, label) or _placed_by_name(cast, b, e, text, label, country):
        return
    if label == "NORP":
        _demonym_or_area(cast, b, e, text, country)
        return
    if label == "ORG" and _organisation(cast, b, e, text, country):
        return
    if country:
        _country(cast, b, e, text, label, country)
        return
    if label == "GPE" and (not _before_title(e.doc, e) or after_place_preposition(e)):  # 'Suffolk County District
        # Attorney': a title's place; 'a meeting in Brussels Prime Minister X said': where, a comma left out
        cast.place(text, b, e.start_char)


# the last word of a newspaper's name after the place it serves ('The Jakarta Post', 'the Miami Herald')
_MASTHEADS = set("Herald Times Post Tribune Gazette Journal Chronicle Observer Telegraph Courier".split())


def _newspaper_of_a_place(cast: Cast, b: int, e) -> bool:
    """'The New Zealand Herald reported ...': a newspaper named after its place (the model reads only the place),
    an outlet cited, not the place; True when so."""
    doc = e.doc
    if (
        e.end >= len(doc)
        or doc[e.end].text not in _MASTHEADS
        or not (e[0].lower_ == "the" or e.start and doc[e.start - 1].lower_ == "the")
    ):
        return False
    if e.end + 1 < len(doc) and doc[e.end + 1].is_title:
        return False  # 'the Washington Post Company', 'the Kenya Times Media Group'
    place = e.text.removeprefix("The ").removeprefix("the ")
    cast.sources.setdefault(f"The {place} {doc[e.end].text}", (b, e.start_char))
    return True


def _group_without_its_noun(cast: Cast, b: int, e, text: str) -> bool:
    """'the Mai-Mai' after 'the Mai-Mai militia': the group named again without its noun, not a place nor
    a people; True when taken as a mention of that group."""
    key = next((f"{text} {n}" for n in GROUP_NOUNS if f"{text} {n}" in cast.members), None)
    if key is None or cast.members[key].kind != "organization" or e.label_ == "PERSON":
        return False
    cast.add(key, "organization", b, e.start_char, e.end_char, e.text)
    return True


def _no_mention_of_its_own(cast: Cast, b: int, e, text: str) -> bool:
    """A work's name (placed), a name's suffix or degree, the 'D.C.' of 'Washington, D.C.', a US
    state's name or abbreviation (placed): True when the entity is done with."""
    label, doc = e.label_, e.doc
    if work := named_work(e):
        cast.place(work, b, e.start_char)  # 'the Nord Stream pipelines', 'the Tham Luang cave'
        return True
    if re.fullmatch(r"(?:Jr|Sr|II|III|IV)\.?", text):
        return True  # 'Richard D. Schwein, Jr.': a name's suffix taken for a place
    if degree_after_name(e):
        return True  # 'Tom Frieden, M.D., M.P.H.': a degree after a name, no place
    if text in ("D.C", "D.C.", "DC") and text_of(doc)[: e.start_char].rstrip().endswith("Washington,"):
        return True  # 'Washington, D.C.' is one place
    dotted = text_of(doc)[e.start_char : e.end_char + 1]  # the model may leave the dot out of 'Md.'
    state = gz.us_state(e.text) or gz.us_state(dotted.rstrip(",;:)")) if label == "GPE" else None
    if state:
        cast.place(state, b, e.start_char)  # 'Laurel, Md.': Maryland
        return True
    return False


def _surname_read_as_other(cast: Cast, b: int, e, text: str) -> bool:
    """A surname of the cast, or one word that is a known person's name spelt another way, taken for
    a place or a body: a town after a preposition (placed), a regime, else that person; True when
    the entity is done with."""
    variant = (
        known_person(cast, text, first_names=False) if len(text.split()) == 1 and not gz.country_of(text) else None
    )
    if (text in cast.surnames or variant) and town_after_preposition(e, text):
        cast.place(text, b, e.start_char)  # 'a plant in Grangemouth' beside a 'Greener Grangemouth' taken for a person
        return True
    if (text in cast.surnames or variant) and add_regime(cast, b, e, text):
        return True  # 'the former Maduro regime'
    if text in cast.surnames or variant:  # "Stoltenberg" (or "Zelenskiy" for Zelenskyy) mislabelled as GPE/ORG
        person = cast.surname_owner(text, b, e.start_char) or variant
        assert person is not None  # a surname maps to a person's key
        cast.add(person, "person", b, e.start_char, e.end_char, text, name=True)
        return True
    return False


def _short_name_read_as_other(cast: Cast, b: int, e, text: str) -> bool:
    """A shorter form of a person's name in the article, taken for a body or a place: the surname with
    given names of that person before it ('Nana Akufo-Addo' beside 'Nana Addo Dankwa Akufo-Addo'), or
    a hyphened surname written with a space ('Atta Mills' beside 'John Atta-Mills'), or the last names
    of a person written with a hyphen ('Atta-Mills' beside 'John Atta Mills'). That person; True when
    so."""
    words = text.split()
    if len(words) == 1 and "-" in text:  # 'Atta-Mills': its parts are the person's last names
        words = [w for w in text.split("-") if w]
    if not 2 <= len(words) <= 4:
        return False
    joined = "-".join(words[-2:])
    if words[-1] in cast.surnames:
        owner, given = cast.surnames[words[-1]], words[:-1]
    elif joined in cast.surnames:
        owner, given = cast.surnames[joined], words[:-2]
    else:
        return False
    m = cast.members.get(owner)
    if m is None or m.kind != "person" or not all(w in owner.split() for w in given):
        return False
    cast.add(owner, "person", b, e.start_char, e.end_char, e.text.replace("’", "'").removesuffix("'s"), name=True)
    return True


def _city_of_a_district(cast: Cast, b: int, e, text: str) -> bool:
    """'Washington, DC': the city of a district, one place (placed); True when it is one."""
    doc = e.doc
    district = _DISTRICT.match(text_of(doc)[e.end_char : e.end_char + 8]) if e.label_ == "GPE" else None
    if district and gz.us_district(district[1]):  # 'Washington, DC': the city of a district, one place
        cast.place(text_of(doc)[e.start_char : e.end_char + district.end(1)], b, e.start_char)
        return True
    return False


def _countries_related(e, text: str, country: str | None) -> bool:
    """A place's name that names a relation of two countries, no place: 'the U.S.-Pacific Islands
    partnership', 'the Iran-Iraq war'."""
    pair = re.match(r"([^\s–—-]+)[-–—]", text)
    if not country and pair and gz.country_of(pair[1]):
        return True  # 'the U.S.-Pacific Islands partnership', 'U.S.–China talks' (any dash): a relation, not a place
    if country and _dash_joined_country(e, country):
        return True  # 'the Iran-Iraq war' read as two places: a relation of the two, neither where
    return False


def _person_instead(cast: Cast, b: int, e, text: str, label: str) -> bool:
    """Someone spoken to by name, or a person of the article named in full, taken for a place or a
    body: added as a person; True when so."""
    if label != "PERSON" and _addressed_by_name(e):
        add_person(cast, b, e)  # 'Thank you, Rebecca,': someone spoken to
        return True
    if label in ("GPE", "LOC", "FAC") and _named_in_full(cast, text):
        add_person(cast, b, e)  # 'Uhuru Kenyatta' taken for a place, 'Kenyatta' a person of the article
        return True
    if label == "ORG" and _person_named_as_body(cast, text):
        add_person(cast, b, e)  # 'Nana Addo Dankwah Akufo-Addo' taken for a body, 'Akufo-Addo' a person
        return True
    return False


_TITLE_OPENING = re.compile(TITLE_WORDS + r"\b")  # compiled once, not joined per word


def _person_named_as_body(cast: Cast, text: str) -> bool:
    """A body's name to the model of two to four capitalised words, no noun of a body, a place or a
    building nor a title among them and one before the last no English dictionary knows, whose last
    word is the surname of a person of the article and no English word, with every given name the article
    gives that person: that person's full name ('Kwame Osei Darko-Mensah', 'Darko-Mensah' a person further
    on; not 'Friends of Mensah', 'Mensah Foundation', 'President-elect Mensah', nor 'Goldman Sachs' where the
    article's person is 'Jeffrey Sachs')."""
    if not _named_in_full(cast, text, longest=4):
        return False
    words = text.split()
    if any(w in _OWNED_BODY_NOUNS for w in words):
        return False
    if any(_TITLE_OPENING.match(w) for w in words):
        return False  # 'President-elect Mensah': a title and a surname, no name in full
    # no 'Crow Tribe' either, a body read as a person ('Sisseton Oyate Tribe')
    return not (all(_common_words(w) for w in words[:-1]) or _common_words(words[-1]))


def _town_read_as_body(cast: Cast, b: int, e, text: str) -> bool:
    """A town's name the model took for an organisation ('Greymouth', 'Tacloban'): placed where
    something is when it is also a common word; True when the entity is done with."""
    if text in cast.town_bodies:
        return False  # 'Toyota says', 'Toyota dealers' and never a place: a company named like a town
    if not gz.is_outlet(text) and gz.is_city(text) and not _body_not_town(e):  # 'Greymouth', 'Tacloban' mislabelled
        if not _common_words(text) or _is_locative(e):
            cast.place(text, b, e.start_char)  # a common word is a town's only where something is ('in Mobile')
        return True  # else 'Media interested in the call', 'ordered Federal aid': a common word, no name
    return False


def _inside_a_title_or_name(e, label: str) -> bool:
    """A place inside a title ('United States Attorney for the Eastern District of New York') or
    inside a body's name before its acronym ('..., New York, (IRS-CI)'): no mention."""
    doc = e.doc
    if _TITLE_FOR.search(text_of(doc)[max(0, e.start_char - 30) : e.start_char]):
        return True  # 'United States Attorney for the Eastern District of New York': a place inside a title
    if label in ("GPE", "LOC") and re.match(r", \([A-Z][A-Z-]+\)", text_of(doc)[e.end_char : e.end_char + 12]):
        return True  # 'Internal Revenue Service Criminal Investigation, New York, (IRS-CI)': a part of a name
    return False


def _placed_by_name(cast: Cast, b: int, e, text: str, label: str, country: str | None) -> bool:
    """A place by its label, its name or its last word ('the Indo-Pacific region', 'the English
    Channel', 'the Hoover Dam'), or a US county ('Orleans Parish'): placed; True when so."""
    if (
        label in ("LOC", "FAC")
        and not country
        or text in gz.PLACES
        or label == "ORG"
        and text.split()[-1].lower() in _AREA_NOUNS
        or label == "ORG"
        and not country
        and len(text.split()) > 1
        and text.split()[-1] in gz.NATURAL_WORDS | gz.WORKS_WORDS
    ):  # 'the Indo-Pacific region', 'the English Channel', 'the Hoover Dam' are places
        cast.place(text, b, e.start_char)
        return True
    if label in ("NORP", "ORG") and gz.us_county(text):
        cast.place(text, b, e.start_char)  # 'hospitals in Orleans Parish' taken for a people or a body
        return True
    return False


def _demonym_or_area(cast: Cast, b: int, e, text: str, country: str | None) -> None:
    """A NORP entity: a country's demonym is that country; 'the Korean peninsula' a place."""
    doc = e.doc
    nxt = doc[e.end].text if e.end < len(doc) else ""
    if country and text in gz.DEMONYMS:
        _demonym(cast, b, e, country)
    elif nxt in _AREA_NOUNS and e.start > 0 and doc[e.start - 1].lower_ == "the":
        if re.match(r" of (?:the )?[A-Z]", text_of(doc)[doc[e.end].idx + len(nxt) :]):
            return  # 'the Yugoslavian province of Kosovo': Kosovo, named after it, is the place
        land = _country_of_adjective(text) if nxt in _COUNTRY_PARTS else None
        cast.place(land or f"{text} {nxt}", b, e.start_char)  # 'the Korean peninsula', 'the Kurdish region';
        # 'the Mozambican coast': Mozambique's, a demonym the table does not have


# nouns of a part of one country after its adjective ('the Mozambican coast'), not of a land several share
_COUNTRY_PARTS = frozenset("coast mainland territory".split())


def _country_of_adjective(word: str) -> str | None:
    """The country whose name an adjective is made from ('Mozambican' of 'Mozambique', 'Beninese' of
    'Benin'): one GeoNames country whose one-word name shares all but its last three letters (five at
    least) with the adjective's opening letters, and no word of another country's longer name does."""
    found: set[str] = set()
    others: set[str] = set()
    for name, canon in gz.COUNTRIES.items():
        if not name[:1].isupper():
            continue
        longer = " " in name or "-" in name
        for part in re.split(r"[ -]", name):
            k = max(5, len(part) - 3)
            if len(word) > k and word[:k] == part[:k] and (word != part or longer):
                (others if longer else found).add(canon)
    # a word of a longer country name made so too ('Congolese' of 'Democratic Republic of the Congo' beside
    # 'Congo', 'Guinean' of 'Equatorial Guinea' beside 'Guinea'): which country is unknown
    return found.pop() if len(found) == 1 and not others - found else None


def _organisation(cast: Cast, b: int, e, text: str, country: str | None) -> bool:
    """An ORG entity: people named by their office or in apposition, the end of a title, a common
    word, else an organisation, an affiliation of a person or a cited outlet; True when done with (a
    country's name that ends no title is left to ``_country``)."""
    doc = e.doc
    if not country and _people_for_a_body(cast, b, e, text):
        return True
    if e.start > 0 and re.fullmatch(TITLE_WORDS, f"{doc[e.start - 1].text} {text}"):
        return True  # "the New York State Attorney General's Office": the end of a title, no organisation
    if country:
        return False
    if text[:1].islower() and _name_after_common_words(cast, b, e):
        return True  # 'the first European Union', 'transport union RMT': the name the words lead to
    if _common_word_as_body(e, text):
        return True
    run_on = _RUN_ON.match(text_of(doc)[e.end_char : e.end_char + 60]) if " of " in text else None
    if run_on:  # "... Unit of the New York State" + "Attorney General's Office"
        end = e.end_char + run_on.end()
        form = text_of(doc)[e.start_char : end].replace("’", "'")
        cast.add(clean(form), "organization", b, e.start_char, end, form, name=True)
        return True
    if _affiliation(cast, b, e, text):
        return True
    if gz.is_outlet(text) or _cited(doc, e):
        if _reporters_employer(doc, e):
            return True
        name = re.sub(r"^the ", "The ", e.text.replace("’", "'").removesuffix("'s"))
        cast.sources.setdefault(name, (b, e.start_char))
        return True
    if not _government_or_pair(cast, b, e, text):
        _add_body(cast, b, e, text)
    return True


def _people_for_a_body(cast: Cast, b: int, e, text: str) -> bool:
    """People the model took for an organisation: a person in apposition ('Samantha Power, the U.S.
    ambassador'), or people by their office ('the G7 Foreign Ministers of ...'); True when so."""
    if _person_by_apposition(e, text):
        add_person(cast, b, e)  # 'Samantha Power, the U.S. ambassador', 'CEO of Kenya Airways, Titus Naikuni said'
        return True
    if text.split(" of ")[0].split()[-1].lower() in _PEOPLE_PLURALS:
        _body_of_office(cast, b, e, text)  # 'the G7 Foreign Ministers of Canada, France, ...': the G7
        return True  # 'Defense Ministers from Canada, France ...': people by their office, no organisation
    return False


# the Arabic article written in lower case before a capitalised name ('al-Qaida', 'al Qaeda', 'ash-Sham')
_ARTICLE_PARTICLE = re.compile(r"(?:al|el) [A-Z]|(?:al|el|ad|an|ar|as|ash|at|az|ul)-[A-Z]")
# a name written as a web address, in lower case ('know.space', 'booking.com'): a brand, no common word
_WEB_NAME = re.compile(r"[a-z0-9-]+(?:\.[a-z]{2,})+")


def _name_after_common_words(cast: Cast, b: int, e) -> bool:
    """An ORG entity of lowercase words before a proper name ('the first European Union', 'transport
    union RMT'): the name alone, when it is two capitalised words or more or an acronym, no country and
    no title, and no indefinite article leads ('an Urgent Question'); True when added."""
    end = e.end - (e.doc[e.end - 1].text in ("'s", "’s"))
    start = end
    while start > e.start and e.doc[start - 1].text[:1].isupper():
        start -= 1
    name = e.doc[start:end]
    words = name.text.split()
    if start == e.start or not words or not (len(words) > 1 or re.fullmatch(r"[A-Z]{2,}", words[0])):
        return False
    if e.doc[e.start].lower_ in ("a", "an"):
        return False  # 'an Urgent Question': the indefinite article takes a common noun, no name
    text = clean(name.text)
    if gz.country_of(text) or re.fullmatch(TITLE_WORDS, text) or gz.is_outlet(text):
        return False
    _add_body(cast, b, name, text)
    return True


def _common_word_as_body(e, text: str) -> bool:
    """No organisation's name: a lowercase phrase, a plural noun the text also writes in lower case,
    a capitalised adjective of a noun."""
    if text[:1].islower() and not _ARTICLE_PARTICLE.match(text) and not _WEB_NAME.fullmatch(text):
        return True  # 'clearer data protection', 'first Party': no name; 'al-Qaida', 'know.space' are
    if len(e) == 1 and _plural_of_a_noun(text) and _also_lower(e.doc, text):
        return True  # 'Entries to history rose' where the text writes 'entries' too: a common noun, no name
    if len(e) == 1 and _beside_an_adjective(e):
        return True  # 'State and local governments': a capitalised adjective of a noun, no name
    return False


def _affiliation(cast: Cast, b: int, e, text: str) -> bool:
    """A body named inside a title ('Secretary of State', 'Pentagon Chief Spokesperson Dana W. White'):
    no mention; named after a person's appositive role ('said Maria Lopez, a spokeswoman for the
    European Commission'): that person's affiliation (and role). True when so."""
    doc = e.doc
    left = text_of(doc)[max(0, e.start_char - 14) : e.start_char]
    if re.search(r"(?:Secretary|Minister|Department|Ministry) of $", left):
        return True  # "State" in "Secretary of State"
    if re.match(
        r"\s*" + TITLE_WORDS + r",? (?:Lt\.|Gen\.|Col\.|Adm\.)?\s*[A-Z][\w'’-]+\b(?! (?:meeting|summit|talks))",
        text_of(doc)[e.end_char : e.end_char + 60],
    ):
        return True  # "Pentagon Chief Spokesperson Dana W. White": an affiliation inside a title, not a mention
    app = _APPOSITIVE.search(text_of(doc)[max(0, e.start_char - 60) : e.start_char])
    who = cast.last_person_before(b, e.start_char) if app else None
    if app and who:  # 'said Maria Lopez, a spokeswoman for the European Commission': an affiliation, not a mention
        member = cast.members[who]
        member.aff.add(gz.ORGS.get(text, text))
        member.role = member.role or f"{app['role']} for {e.text}"
        return True
    return False


_GOVERNMENT = re.compile(r"(?:[Tt]he )?(?:Government of (?:the )?(?P<a>.+)|(?P<b>.+?) Government)")


def government_of(name: str) -> str | None:
    """The country whose government a name is ('the Government of Egypt', 'the Saudi Government',
    'U.S. Government': its canonical name), else None."""
    gov = _GOVERNMENT.fullmatch(name)
    return gz.country_of(gov["a"] or gov["b"]) if gov else None


def _government_or_pair(cast: Cast, b: int, e, text: str) -> bool:
    """'the Government of Egypt', 'the Saudi Government': the country; 'FRONTEX and EASO': two
    organisations. True when so."""
    land = government_of(text)
    if land:  # 'the Government of Egypt', 'the Saudi Government': the country
        form = e.text.replace("’", "'").removesuffix("'s")
        cast.add(land, "country", b, e.start_char, e.end_char, form, name=True, acting=True, venue=False)
        return True
    pair = re.fullmatch(r"([A-Z]{2,})( and )([A-Z]{2,})", text)
    if pair:  # 'FRONTEX and EASO': two organisations
        for g in (1, 3):
            s0 = e.start_char + pair.start(g)
            cast.add(pair[g], "organization", b, s0, s0 + len(pair[g]), pair[g], name=True)
        return True
    return False


def _add_body(cast: Cast, b: int, e, text: str) -> None:
    """The organisation, under its known name, with the word after it that makes it one body of many:
    'the Biden-Harris administration', 'Honeywell UK', 'the U.S. Embassy in Beirut'."""
    doc = e.doc
    text = _SITTING.sub(r"\1", text)  # 'the European Parliament Plenary Session' is the Parliament
    text = _PRESS_OFFICE.sub(r"\1", text)  # 'the X Media Relations Office' speaks for X
    canon = gz.ORGS.get(text) or gz.ORGS.get(e.text.strip()) or text  # 'U.N.' (clean drops the dot)
    end, form = e.end_char, e.text.removesuffix("'s")
    if e.end < len(doc) and doc[e.end].text == "administration":  # 'the Biden-Harris administration'
        canon, end, form = f"{canon} administration", doc[e.end].idx + len(doc[e.end]), f"{form} administration"
    elif _national_branch(doc, e.end):  # 'Honeywell UK': a company's branch in a country
        nxt = doc[e.end]
        canon, end, form = f"{canon} {nxt.text}", nxt.idx + len(nxt), f"{form} {nxt.text}"
    elif _POSTS.search(text) and (city := _POSTED_IN.match(text_of(doc)[e.end_char : e.end_char + 40])):
        if gz.is_city(city[1]):  # 'the U.S. Embassy in Beirut': one embassy of many
            canon, end, form = f"{canon}{city[0]}", e.end_char + len(city[0]), f"{form}{city[0]}"
    cast.add(canon, "organization", b, e.start_char, end, form, name=True)


_CAPS_BEFORE_DASH = re.compile(r"((?:[A-Z][\w.]*\s)*[A-Z][\w.]*)[-–—]$")
_CAPS_AFTER_DASH = re.compile(r"[-–—]([A-Z][\w.]*(?:\s[A-Z][\w.]*)*)")


def _dash_joined_country(e, country: str) -> bool:
    """'the Iran-Iraq war', 'Ethiopia–Eritrea border talks': a country the model tagged alone, joined with no
    space by a dash to another country's name before or after it, is half a relation's name (as
    'U.S.–China' tagged whole is), no place; not 'Guinea-Bissau', one country."""
    text = text_of(e.doc)
    after = _CAPS_AFTER_DASH.match(text, e.end_char)
    before = _CAPS_BEFORE_DASH.search(text[max(0, e.start_char - 40) : e.start_char])
    names = []
    if after:
        words = after[1].split()
        names += [" ".join(words[:n]) for n in range(1, min(len(words), 3) + 1)]
    if before:
        words = before[1].split()
        names += [" ".join(words[-n:]) for n in range(1, min(len(words), 3) + 1)]
    return any((other := gz.country_of(n)) and other != country for n in names)


def _country(cast: Cast, b: int, e, text: str, label: str, country: str) -> None:
    """A mention of a country, its capital or its seat (``country``: the country): the country, acting
    or where something is (a venue: 'in Chile', 'sent teams to Morocco', 'confidence in the UK'), and
    the capital or the seat a place of its own when it is where ('remarks at the White House') or the
    city itself ('strikes against Kyiv'); nothing when it ends a company's name ('Honeywell UK')."""
    doc = e.doc
    if takes_a_side(e[0]):
        return  # 'a pro-Moscow government': a side taken, neither the country acting nor a place
    if ((_before_title(doc, e) or _before_a_holders_title(doc, e)) and not after_place_preposition(e)) or (
        label == "GPE" and _national_branch(doc, e.start) and e.start > 0 and doc[e.start - 1].ent_type_ == "ORG"
    ):
        return  # 'Honeywell UK': the end of a company's name
    _armed_body(cast, b, e)  # "Myanmar's military": a body of its own (the country may act besides)
    venue = _is_locative(e)
    capital = text in gz.CAPITALS and text not in gz.COUNTRIES
    if venue and (capital or text in gz.SEATS):  # 'remarks at the White House': the building is the place
        cast.place(text, b, e.start_char)
        return
    tok = _governing_token(e)
    if capital and capital_as_city(tok):
        cast.place(text, b, e.start_char)  # 'strikes against Kyiv': the city (its country may take part)
    acting = not venue and _acts(e)
    if acting and text in gz.SEATS:  # 'The White House said', 'White House officials': the office, a body
        cast.add(text, "organization", b, e.start_char, e.end_char, e.text.removesuffix("'s"), name=True)
        return
    venue = venue or goal_of_motion(tok, _AID_WORDS) or located_in(tok) or _holders_country(e)
    if country_noun(e, tok):
        cast.country_nouns.add(country)
    form = e.text.removesuffix("'s")
    cast.add(country, "country", b, e.start_char, e.end_char, form, name=True, acting=acting, venue=venue)


def _holders_country(e) -> bool:
    """'Vice President Qadir of Afghanistan', 'Prime Minister David Cameron of the United Kingdom': a
    country after a person's name and 'of', ending the phrase, is named as where that person holds office,
    a place (the country may act too)."""
    doc = e.doc
    i = e.start - 1 - (e.start > 1 and doc[e.start - 1].lower_ == "the" and not e[0].lower_ == "the")
    nxt = doc[e.end] if e.end < len(doc) else None  # not 'Ambassador X of the UK Mission': a body's name
    ends = nxt is None or (nxt.is_punct and nxt.text not in ("'s", "’s")) or nxt.lower_ in STOP_WORDS
    return ends and i >= 1 and doc[i].lower_ == "of" and doc[i - 1].ent_type_ == "PERSON"


_POSTS = re.compile(r"(?:Embassy|Consulate|Consulate[- ]General|High Commission)$")  # a country's post abroad
_POSTED_IN = re.compile(r" in ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\b")


def _body_of_office(cast: Cast, b: int, e, text: str) -> None:
    """'the G7 Foreign Ministers of Canada, France ...', 'EU leaders': people named by their office in a
    body whose acronym opens the phrase; that body is the organisation named."""
    first, words = text.split()[0], text_of(e.doc)[e.start_char : e.end_char]
    if re.fullmatch(r"[A-Z][A-Z0-9]{1,6}", first) and not gz.country_of(first):
        start = e.start_char + words.find(first)
        cast.add(gz.ORGS.get(first, first), "organization", b, start, start + len(first), first, name=True)
    land = text.split(" of ", 1)[1] if " of " in text else ""
    country = gz.country_of(land)
    if country:  # '... Ministers of Canada': Canada's minister, Canada acts
        start = e.start_char + words.rfind(land)
        cast.add(country, "country", b, start, start + len(land), land, name=True, acting=True, venue=False)


def _also_lower(doc, word: str) -> bool:
    """Does the block also write the word in lower case ('in entries overall')?"""
    return re.search(rf"\b{re.escape(word.lower())}\b", text_of(doc)) is not None


def _plural_of_a_noun(word: str) -> bool:
    """Is the word the plural of an English common noun ('Entries', 'Officials')?"""
    from generator.annotate.lemmas import getAllLemmas

    nouns = getAllLemmas(word.lower()).get("NOUN", ())
    return word[:1].isupper() and word[1:].islower() and any(n != word.lower() for n in nouns)


def _beside_an_adjective(e) -> bool:
    """Is the one word of the entity joined by 'and' or 'or' to a lower-case adjective
    ('State and local recovery efforts', 'State and eligible local governments')?"""
    from generator.annotate.lemmas import getAllLemmas

    doc = e.doc
    if e.end + 1 >= len(doc) or doc[e.end].lower_ not in ("and", "or"):
        return False
    nxt = doc[e.end + 1].text
    return nxt.isalpha() and nxt.islower() and "ADJ" in getAllLemmas(nxt)


# nouns only a person is: a name they follow in apposition is a person's ('X, the manager of the mission,';
# not the other way: 'Director of Operations, Joint Staff' names the holder's employer)
_PERSON_NOUNS = (
    ROLE_NOUNS + r"|CEO|chief executive|manager|director|administrator|coordinator|chair(?:wo)?man|professor|"
    r"scientist|engineer|researcher|founder|lawyer|attorney|judge|astronaut|pilot|coach|author|novelist|actor|singer"
)
_ROLE_APPOS_AFTER = re.compile(
    r"^,\s+(?:the|a|an|its|his|her)\s+(?:[\w.'-]+\s+){0,3}?(?:" + _PERSON_NOUNS + r")\b", re.I
)
# a role in apposition with no article, closed before a speech verb ('X, state attorney, said'): the
# speaker's role, so X is a person ('X, chief executive Ana Lobo said' names another)
_ROLE_APPOS_SPEAKS = re.compile(
    r"^,\s+(?:[a-z][\w.'-]*\s+){0,3}?(?i:" + _PERSON_NOUNS + r"),\s+(?:said|says|told|added|stated|explained)\b"
)
# a person's occupation written right before their name ('the novelist Jane Roe', 'poet John Doe'):
# nouns only a person is, in lower case (not 'the carrier', 'the broadcaster': firms are those too)
_OCCUPATION_BEFORE = re.compile(
    r"(?:" + _PERSON_NOUNS + r"|poet|writer|artist|painter|sculptor|composer|musician|actress|playwright|"
    r"filmmaker|journalist|historian|economist|physicist|activist|philosopher|nurse|doctor|surgeon|paramedic|"
    r"midwife|teacher|farmer|firefighter|detective|pastor|priest|student|" + PERSON_ONLY_NOUNS + r")"
)
_ROLE_APPOS_BEFORE = re.compile(r"\b(?:" + ROLE_NOUNS + r"|CEO|chief executive)\b[\w\s.'-]{0,40},\s*$", re.I)


# a person's initials ('R.D.', 'J.')
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# a capitalised title in apposition after a name, no other name after it ('X, Commissioner for Crisis Management',
# 'X, Commission Vice-President responsible for ...'; not 'X, Commissioner Jane Roe said')
_TITLE_APPOS_AFTER = re.compile(r"^,\s+(?:[A-Z][\w'’]*(?:\s+|-)){0,2}?" + TITLE_WORDS + r"(?![\w-])(?!\s+[A-Z][a-z])")


def _person_by_apposition(e, text: str) -> bool:
    """A two- or three-word name the model took for an organisation, with a role in apposition
    either way ('Samantha Power, the U.S. ambassador', 'CEO of Kenya Airways, Titus Naikuni')."""
    words = text.split()
    prev = e.doc[e.start - 1].text if e.start > 0 else ""
    if len(words) == 1 and re.fullmatch(TITLE_WORDS, prev) and text.isalpha() and _unknown_words(words):
        return True  # 'the FEMA Director Criswell': a surname after a title
    initials = [w for w in words if _INITIALS.fullmatch(w)]  # 'R.D. Vajpayee'
    if not 2 <= len(words) <= 3 or not all(
        (w[:1].isupper() or w in _PARTICLES) and (w in initials or w.replace("-", "").isalpha()) for w in words
    ):
        return False
    if words[-1].lower() in gz.OUTLET_WORDS or gz.is_outlet(text) or text in gz.ORGS or words[0] in _PARTICLES:
        return False
    named = [w for w in words if w not in initials]
    if initials and (words[-1] in initials or not _unknown_words(named)):
        return False  # 'U.S. Army': the initials of a country before an English word
    full = text_of(e.doc)
    before = full[max(0, e.start_char - 30) : e.start_char].split()
    if _unknown_words(named) and (_said_of_a_person(e) or _TITLE_APPOS_AFTER.match(full[e.end_char : e.end_char + 80])):
        return True  # 'congratulate Taur Matan Ruak on his victory', 'Olli Rehn, Commission Vice-President, said'
    return bool(
        (before and before[-1] in _ROLE_BEFORE_NAME)  # 'presidential challenger Muhammadu Buhari'
        or (before and _OCCUPATION_BEFORE.fullmatch(before[-1]))  # 'the novelist Isabel Allende'
        or _ROLE_APPOS_AFTER.match(full[e.end_char : e.end_char + 60])
        or _ROLE_APPOS_SPEAKS.match(full[e.end_char : e.end_char + 80])
        or _ROLE_APPOS_BEFORE.search(full[max(0, e.start_char - 60) : e.start_char])
    )


# what follows a person's name, never a body's: a personal pronoun of the same clause ('X on his victory',
# 'X, as she is known'), 'of' and a country ('X of France winning gold': where a competitor is from)
# ('X said he would' names no one: the pronoun may be another's, so only a preposition or 'as' between)
_HIS_OR_HER = re.compile(
    r"^,?\s+(?:(?:on|for|in|as|at|about|after|from|to|with|by|of)\s+)?(?:he|she|his|her|him|himself|herself)\b"
)
# a title and the body it is of, in apposition before the name ('Commissioner for Humanitarian Aid and
# Crisis Management, Jane Roe')
_TITLE_OF_A_BODY_BEFORE = re.compile(
    r"\b(?:" + TITLE_WORDS + r") (?:for|of) (?:the )?[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|and|&|of|the))*,\s*$"
)


def _unknown_words(words: list[str]) -> bool:
    """Is no word of the name an English word (lemminflect), a place's or a country's name: the
    shape of a person's name ('Taur Matan Ruak'), which a body's name ('Pike River Coal', 'Tata Steel')
    seldom has?"""
    from generator.annotate.lemmas import getAllLemmas

    parts = [p for w in words for p in w.split("-") if p]
    return all(
        p[:1].isupper() and not getAllLemmas(p.lower()) and not (gz.is_city(p) or gz.country_of(p) or p in gz.PLACES)
        for p in parts
    )


def _said_of_a_person(e) -> bool:
    """Does the text after the name say it is a person's: a personal pronoun before any other person
    is named ('X on his victory'), 'of' and a country ('X of France'), or a title of a body before it
    in apposition ('Commissioner for Crisis Management, X')?"""
    full = text_of(e.doc)
    after = full[e.end_char : e.end_char + 80]
    if _HIS_OR_HER.match(after):
        return True
    of = re.match(r" of ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)\b", after)
    if of and gz.country_of(of[1]):
        return True
    return bool(_TITLE_OF_A_BODY_BEFORE.search(full[max(0, e.start_char - 120) : e.start_char]))


_PEOPLE_PLURALS = {
    "ministers",
    "secretaries",
    "ambassadors",
    "officials",
    "leaders",
    "governors",
    "envoys",
    "mayors",
} | {
    "soldiers",  # 'Army Civil Affairs Soldiers', 'the U.S. Sailors, Soldiers, ...': service members, no body
    "sailors",
    "airmen",
}
_PARTICLES = {"de", "van", "von", "al", "bin", "da", "del", "der", "la", "le", "dos", "das", "do", "di", "du"}
_ROLE_BEFORE_NAME = {
    "challenger",
    "candidate",
    "chief",
    "leader",
    "president",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "envoy",
    "director",
    "commissioner",
    "governor",
    "senator",
    "mayor",
    "general",
    "secretary",
    "chairman",
    "incumbent",
    "opponent",
    "rival",
}
_AREA_NOUNS = {"region", "peninsula", "province", "oblast", "territory", "territories", "coast", "mainland", "frontier"}
_APPOSITIVE = re.compile(
    r"[A-Z][\w.'’-]+, (?:a |an |the )?(?:[a-z][\w-]* ){0,2}(?P<role>spokes(?:man|woman|person)|official|"
    r"adviser|advisor|aide|representative|envoy|lawyer|director|chief|head|member) (?:for|of|at|with) "
    r"(?:the )?$"
)


_TOLD_TO = (
    r"(?:according to|as per|told|tells?|telling|[Ss]peaking to|(?:spoke|speaks|spoken|talked|talks|talking) to"
    r"|interview with|reported by) (?:the |The )?$"
)


def _cited(doc, e) -> bool:
    after = text_of(doc)[e.end_char : e.end_char + 30]
    before = text_of(doc)[max(0, e.start_char - 30) : e.start_char]
    if re.match(r"^(?:'s)? (?:reported|reports|report\b|quoted|cited|said in a report)", after):
        return True
    if re.search(_TOLD_TO, before) or _REPORTED_BY.search(text_of(doc)[max(0, e.start_char - 120) : e.start_char]):
        return bool(set(clean(e.text).lower().split()) & gz.OUTLET_WORDS)
    return False


# the agent of a passive report a few words on ('were reported as "receding" at 11:30 (21.30 GMT) by Harbour News')
_REPORTED_BY = re.compile(r"\b(?:was|were|been|being|is|are) reported\b(?:[^.;!?]|\.\d){0,80} by (?:the |The )?$")

# a correspondent's sign-off, a sentence of its own: "VOA's Jane Doe reports from Abuja.", 'Jane Doe reports from
# our bureau in Nairobi.' (the name read as a body's); not 'Reuters reports from Kabul that ...'
_SIGN_OFF = re.compile(
    r"(?:(?P<own>['’]s (?:[A-Z][\w.'’-]+ ){1,4})|\s)reports from (?:(?!that\b)[^.!?]){1,60}\.(?:\s|$)"
)

_SENTENCE_START = re.compile(r"(?:\A|[.!?:\"”]|['’]s)\s*\Z")  # a sign-off's outlet or its reporter ("VOA's Jane Doe")


def _reporters_employer(doc, e) -> bool:
    """An outlet (or a name read as one) that employs the reporter rather than a source the article cites:
    a correspondent's sign-off (the article's own outlet and reporter), or the outlet after a named person
    ('Jane Doe, of Agence France-Presse, told ...': her employer). True when so."""
    text = text_of(doc)
    sign_off = _SIGN_OFF.match(text[e.end_char : e.end_char + 100])
    if sign_off and (sign_off["own"] or not gz.is_outlet(e.text)) and _SENTENCE_START.search(text[: e.start_char]):
        return True
    if re.search(r"\breports for (?:the )?$", text[max(0, e.start_char - 20) : e.start_char]):
        return text[e.end_char : e.end_char + 7].startswith(" from ")
    k = e.start - 1 - (e.start > 0 and doc[e.start - 1].lower_ == "the")
    if k < 2 or doc[k].lower_ != "of":
        return False
    k -= 1 + (doc[k - 1].text == ",")
    return doc[k].ent_type_ == "PERSON"


# a country's standing armed service or its police, named by its noun after the country ('the Egyptian
# military', "Myanmar's army", 'the U.S. military', 'Colombian police'): a body of its own, which acts or
# not by itself (troops and forces, that fight for their state, stay the country's: ``_forces_fight``)
_ARMED_BODIES = {"military", "army", "navy", "police"}


def _armed_body(cast: Cast, b: int, e) -> bool:
    """A country's name or demonym before its armed service's noun in lower case: that service, an
    organisation ('Egyptian military', 'Myanmar military'); not the noun before another noun in the
    parse ('U.S. military aid', 'the Chilean army chief'). True when so."""
    doc = e.doc
    i = e.end + (1 if e.end < len(doc) and doc[e.end].text in ("'s", "’s") else 0)
    if i >= len(doc) or doc[i].text not in _ARMED_BODIES:
        return False
    noun = parsed_span(doc, doc[i : i + 1])
    if not len(noun) or noun[0].dep_ in ("compound", "amod", "nmod", "poss"):
        return False  # 'U.S. military aid', 'the army chief', "the military's statement": the noun's owner
    owner = e.text.strip().replace("’", "'").removesuffix("'s")  # 'Myanmar' of "Myanmar's"
    end = doc[i].idx + len(doc[i])
    form = text_of(doc)[e.start_char : end]
    cast.add(f"{owner} {doc[i].text}", "organization", b, e.start_char, end, form, name=True)
    return True


def _demonym(cast: Cast, b: int, e, country: str) -> None:
    doc = e.doc
    if takes_a_side(e[0]):
        return  # 'pro-Russian separatists': a side taken, neither the country acting nor a place
    nxt = doc[e.end] if e.end < len(doc) else None
    if nxt is not None and nxt.text.lower() in gz.PLACE_NOUNS:
        cast.place(_capital_of(country) if nxt.text.lower() == "capital" else country, b, e.start_char)
        if nxt.text.lower() == "capital":
            return
        cast.add(country, "country", b, e.start_char, nxt.idx + len(nxt), f"{e.text} {nxt.text}", acting=False)
        return
    if _before_title(doc, e) or _before_a_holders_title(doc, e):
        return  # "Ukrainian Foreign Minister Dmytro Kuleba": an affiliation, not a mention
    if _armed_body(cast, b, e):
        return  # 'the Egyptian military': a body of its own
    if nxt is not None and nxt.text.lower() in PEOPLE_NOUNS:
        role = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
        if role is not None and _TITLE_NOUN.fullmatch(role.text):
            return  # 'Buhari, the former Nigerian military leader': one person's title, not the country
        armed = nxt.text.lower() in ARMED_NOUNS and not _fighting_after(doc, nxt)  # 'Chilean military': its own
        form = f"{e.text} {nxt.text}"
        cast.add(country, "country", b, e.start_char, nxt.idx + len(nxt), form, acting=not armed, venue=False)
        return
    if nxt is not None and _COMPANY_NOUN.fullmatch(nxt.lower_):
        cast.add(country, "country", b, e.start_char, e.end_char, e.text, acting=False, venue=False)
        return  # 'the Japanese company says': where a company is from, not the country acting
    acting = not (_citizens(e) or _one_citizen(e)) and _acts(e)
    cast.add(country, "country", b, e.start_char, e.end_char, e.text, acting=acting, venue=False)


def _things(cast: Cast, docs) -> None:
    """Names the text gives as those of made things or of operations: after a noun of a thing ('the
    space shuttle Discovery', 'Operation Sea Shield'), or, where first written, before one ('the
    Harmony module'; not an acronym, 'the NASA spacecraft', nor a body's name, 'Acme Corporation jets')."""
    texts = [text_of(d) for d in docs]
    names = [k for k, m in cast.members.items() if m.kind in ("organization", "person")]
    cast.things.update(illness_names(names + list(cast.places), texts))  # 'the Ebola virus'
    for key in names + [p for p in cast.places if not gz.country_of(p)]:
        hits = [(b, h) for b, t in enumerate(texts) if key in t for h in _alone_in(key, t)]  # a block without it: none
        for n, (b, h) in enumerate(hits):
            before = texts[b][max(0, h.start() - 20) : h.start()].split()[-1:]
            after = [w.rstrip(".,;:!?") for w in texts[b][h.end() : h.end() + 20].split()[:1]]
            near = texts[b][max(0, h.start() - 40) : h.start()]
            if _storm(key, texts[b][max(0, h.start() - 80) : h.start()]):
                cast.things.add(key)  # 'Hurricane Eta', 'hurricanes Iota and Eta': storms, each of them
            elif before and (before[0].lower() in ARTEFACT_NOUNS or before[0] in ("Operation", "Exercise")):
                cast.things.add(key)  # 'the space shuttle Discovery', 'the NOAA Ship Gordon Gunter' (capitalised
                # in a fleet's style)
            elif n == 0 and _after_a_ship_prefix(texts[b][max(0, h.start() - 60) : h.start()]):
                cast.things.add(key)  # 'the HMS Queen Elizabeth' (the model's person 'Queen Elizabeth'): a ship
            elif _listed_after_a_thing_noun(texts[b][max(0, h.start() - 80) : h.start()]):
                cast.things.add(key)  # 'the vessels Orient Queen and Vittoria M': each name a vessel's
            elif key.split()[-1].lower() in ARTEFACT_NOUNS and re.search(r"\d", key):
                cast.things.add(key)  # 'Type 23 Frigate', 'Falcon 9 Rocket': a model of a made thing
            elif n == 0 and after and _named_thing(key, before, after[0]):
                cast.things.add(key)
            elif _ends_in_a_number(near) and _MAKER_AND_NUMBER.search(near):
                cast.things.add(key)  # 'MAX' in 'the Boeing 737 MAX': a model's name, after its maker's and number
            elif " " not in key and _ends_in_a_number(near) and _OWNED_NUMBER.search(near):
                cast.things.add(key)  # "the 737 MAX", "Boeing's 737 MAX": a model's name after its number
            elif any(map(near.__contains__, _NAMING_VERBS)) and _NAMED_AFTER.search(near):
                cast.things.add(key)  # 'a car-sized rover named Curiosity', 'the device called "Atlas"'
            elif _named_fire(key, texts[b][max(0, h.start() - 4) : h.start()]):
                cast.things.add(key)  # 'the Camp Fire', 'the Hill and Woolsey Fires': named fires
            elif _LISTED_BEFORE_HAPPENINGS.match(texts[b][h.end() : h.end() + 80]):
                cast.things.add(key)  # 'Hill' in 'the Hill and Woolsey Fires': one of the fires named
            elif (
                " " not in key
                and cast.members.get(key, _NOBODY).kind == "person"
                and _MODEL_NUMBER.match(texts[b][h.end() : h.end() + 20])
            ):
                cast.things.add(key)  # 'a Landsat 8 image', 'the Apollo 11 crew': a model, no one's name
    _things_shortened(cast, texts)


# A ship's prefix and the capitalised words of its name before the name read ('HMS Queen ', 'MV ')
_SHIP_PREFIX = re.compile(r"\b(?:" + "|".join(sorted(_VESSELS)) + r")\s(?:[A-Z][\w.'’-]*\s){0,3}$")
_VESSEL_PREFIX = re.compile("|".join(sorted(_VESSELS)))


# The windows before a name that _things reads are searched by patterns that end in ``$``: re tries them from each
# character of the window on. These tests pass every window in which they match and few others (with them first
# before _SHIP_PREFIX, _LISTED_NAMES, _STORM_BEFORE, _MAKER_AND_NUMBER, _OWNED_NUMBER and _NAMED_AFTER, _things
# over the 80 real texts: 18.9 -> 11.5 ms of CPU a pass).
def _after_a_ship_prefix(window: str) -> bool:
    return bool(_VESSEL_PREFIX.search(window)) and bool(_SHIP_PREFIX.search(window))


def _before_the_end(window: str) -> str:
    """``window`` without a newline that ends it (``$`` matches before it too)."""
    return window[:-1] if window.endswith("\n") else window


def _ends_in_a_number(window: str) -> bool:
    """Does ``window`` end in a digit and a space (as every match of _MAKER_AND_NUMBER and _OWNED_NUMBER)?"""
    end = _before_the_end(window)
    return end.endswith(" ") and end[-2:-1].isdigit()


_NAMING_VERBS = ("named", "called", "dubbed")  # one is in every match of _NAMED_AFTER
# A maker's capitalised name and a model's number (not a year, nor a month's day) just before a name: 'Boeing 737 '
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MAKER_AND_NUMBER = re.compile(rf"\b(?!(?:{_MONTHS}) )[A-Z][\w-]* (?!1[89]\d\d |20\d\d )\d{{2,4}} $")
# a model's number (three or four digits, no year) after 'the', a possessive or a maker's possessive name
_OWNED_NUMBER = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|[A-Z][\w-]*['’]s) (?!1[89]\d\d |20\d\d )\d{3,4} $"
)
_MACHINES = {"device", "vehicle", "boat", "yacht", "train", "rig", "robot", "craft", "machine"}
# A noun of made things, then 'named', 'called' or 'dubbed' (and an opening quotation mark) just before a name
_NAMED_AFTER = re.compile(
    r"\b(?:"
    + "|".join(sorted(ARTEFACT_NOUNS | _MACHINES))
    + r")s? (?:(?:was|is|were|are) )?(?:named|called|dubbed),? [\"“']?$"
)
# Names listed before a plural noun of happenings ('Hill and ' before 'Woolsey Fires')
_LISTED_BEFORE_HAPPENINGS = re.compile(
    r"(?:,? (?:and|or) |, )(?:[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*(?:,? (?:and|or) |, ))*[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* "
    r"(?:Fires|Wildfires|Floods|Earthquakes|Eruptions|Tornadoes)\b"
)
# A model's number after a one-word name, then a lower-case noun ('Landsat 8 image'); not a count of time,
# votes or points after a person's name ('Lincoln 150 years ago', 'gave Smith 27 points')
_COUNTED = (
    "years? months? weeks? days? hours? minutes? seconds? times votes? points? goals? runs? percent per "
    "of to and or in on at for more less million billion"
).split()
_MODEL_NUMBER = re.compile(r" \d{1,3} (?!(?:" + "|".join(_COUNTED) + r")\b)[a-z]")
_NOBODY = CastMember("", "other", (0, 0))
_FIRE = re.compile(r" (?:Fire|Blaze)$")  # 'the Camp Fire', 'the Creek Complex Fire'


def _named_fire(key: str, before: str) -> bool:
    """'the Camp Fire', 'the Woolsey Fires': a fire's name (a noun of a fire last), written with 'the'
    or as several fires; not 'Cal Fire', an agency's short name written without one."""
    return key.endswith(" Fires") or bool(_FIRE.search(key) and re.search(r"\b[Tt]he $", before))


def _things_shortened(cast: Cast, texts: list[str]) -> None:
    """The acronym a thing's name is given ('the Moderate Resolution Imaging Spectroradiometer
    (MODIS)', 'the Harmony module (HM)', 'the Miniature Synthetic Aperture Radar, or Mini-SAR,'): a thing's
    too, not an actor nor a place."""
    for t in texts:
        for m in _SPELLED_OUT.finditer(t) if " (" in t else ():
            name = re.sub(r"^(?:The|A|An) ", "", m[1])
            if name in cast.things or _thing(name):
                cast.things.add(m[2])
        for m in _EXPANDED.finditer(t) if " (" in t else ():
            if _names_a_made_thing(m[2]):  # 'VESTA (VDES Transmitting satellite system)'
                cast.things.add(m[1])
        for m in _SPELLED_OUT_OR.finditer(t) if ", or " in t else ():
            if _thing(re.sub(r"^(?:The|A|An) ", "", m[1])):  # 'the Miniature Synthetic Aperture Radar, or Mini-SAR,'
                cast.things.add(m[2])


# An acronym and its expansion in brackets after it ('ACME (Advanced Camera for Mapping Earth)')
_EXPANDED = re.compile(r"\b([A-Z][A-Za-z0-9-]*[A-Z0-9]) \((?:the )?[‘'\"“]?([^()‘’'\"“”]{3,80})[’'\"”]?\)")


def _names_a_made_thing(expansion: str) -> bool:
    """Does an acronym's ``expansion`` name a made thing: its head a noun of one ('Advanced Camera for
    Mapping Earth', 'VDES Transmitting satellite system'), and no word of a body's name?"""
    words = expansion.split()
    if any(w in _ORG_NAME_WORDS for w in words):
        return False  # 'Surrey Satellite Technology Ltd', 'Satellite Applications Company'
    head = _head(expansion).lower()
    return (
        head in ARTEFACT_NOUNS
        or _thing(expansion)
        or (head == "system" and len(words) > 1 and words[-2].lower() in ARTEFACT_NOUNS)
    )


# A capitalised name (with 'of', 'on', 'for' inside it) and the acronym given it in brackets after it
_SPELLED_OUT = re.compile(
    r"\b([A-Z][\w'’-]*(?: (?:of|on|for|the|and) [A-Z][\w'’-]*| [A-Z][\w'’-]*)*) \(([A-Z][A-Za-z0-9-]*[A-Z0-9])\)"
)
_SPELLED_OUT_OR = re.compile(
    r"\b([A-Z][\w'’-]*(?: (?:of|on|for|the|and) [A-Z][\w'’-]*| [A-Z][\w'’-]*)*), or ([A-Z][A-Za-z0-9-]*[A-Z0-9])[,.;)]"
)


_ROMAN = re.compile(r"(?:X{0,1}(?:IX|IV|V?I{1,3})|X{1,2}|V)")  # II .. XX (and a lone I, V, X)
# Nouns of natural features no one has as a surname ('Kīlauea Volcano', 'Tham Luang Cave')
_FEATURE_WORDS = set("Volcano Volcanoes Cave Caves Crater Glacier Canyon Reef Atoll Lagoon Rift Gorge".split())


def _numbered_and_natural(cast: Cast) -> None:
    """A body's or a place's name ending in a roman numeral after a word that names neither ('the
    Development Driller III', 'the Weatherbird II'): a vessel, a rig, a machine of a series, no actor
    nor place (a person's is a sovereign's or a son's, 'John Paul II'). A "person" whose name holds a
    noun of a natural feature ('Kīlauea Volcano'): the place."""
    keys = [k for k, m in cast.members.items() if m.kind == "organization"] + list(cast.places)
    for key in keys:
        words = key.split()
        if len(words) > 1 and words[-1] != "I" and _ROMAN.fullmatch(words[-1]):
            if words[-2] not in _ORG_NAME_WORDS and words[-2] not in gz.GEO_WORDS and words[-2][:1].isupper():
                cast.things.add(key)
    for m in [m for m in cast.members.values() if m.kind == "person" and set(m.key.split()[1:]) & _FEATURE_WORDS]:
        cast.place(m.key, *m.first)
        cast.drop(m.key)
        cast.surnames = {s: k for s, k in cast.surnames.items() if k != m.key}


def _numbered_meetings(cast: Cast, docs) -> None:
    """An acronym the text also writes with a number joined to it ('COP' beside 'COP29'): the name of a
    series of meetings, each numbered (a conference, a summit), no actor of its own ('the President of
    COP' is the meeting's chair). Not a body the gazetteer knows."""
    texts = [text_of(d) for d in docs]
    for key in [k for k, m in cast.members.items() if m.kind == "organization"]:
        if re.fullmatch(r"[A-Z]{2,6}", key) and key not in gz.ORGS:
            numbered = re.compile(rf"\b{key}\d{{1,3}}\b")
            if any(numbered.search(t) for t in texts):
                cast.things.add(key)


# A military unit's designation, smallest first ('Lima Company, 3rd Battalion, 3rd Marine Regiment, Marine
# Rotational Force'): each part named before the unit it belongs to is that unit's, not an actor of its own.
_UNIT = r"(?:Company|Co\.|Battalion|Bn\.|Regiment|Brigade|Division|Squadron|Platoon|Wing|Group|Force|Corps|Detachment)"
_UNIT_END = re.compile(rf"\b{_UNIT}$")
_LARGER_UNIT = re.compile(
    rf",\s+(?:the\s+)?(?:(?P<unit>(?:[A-Z0-9][\w.’'-]*\s+){{0,4}}?{_UNIT})(?![\w])|(?P<acronym>[A-Z]{{2,}}(?:-[A-Z]+)?)\b)"
)
_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b")


def _units_of_a_larger_unit(cast: Cast, docs) -> None:
    """A unit every mention of which is followed by a comma and the name of a unit (an ordinal number in one of
    the two, as military units are numbered: 'Lima Company, 3rd Battalion'; not 'Acme Company, Zenith Group',
    two firms), or by its acronym after a numbered unit, is a part named before the unit it belongs to: no
    actor of its own."""
    for key in [k for k, m in cast.members.items() if m.kind == "organization" and _UNIT_END.search(k)]:
        seen = [x for x in cast.mentions if x.key == key]
        parts = []
        for x in seen:
            after = _LARGER_UNIT.match(text_of(docs[x.block]), x.end)
            # the larger unit by its name, or by its acronym after a numbered one ('3rd Marine Regiment, MRF-D')
            parts.append(after is not None and bool(_ORDINAL.search(key) or _ORDINAL.search(after["unit"] or "")))
        if seen and all(parts):
            cast.drop(key)


# A count before a name ('12 new Technical Academies', 'two Black Hawks'), or 'these' pointing back at the
# counted ones; not a year ('2024 Paris Olympics')
_COUNT_BEFORE = re.compile(
    r"(?<![\w,.])(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|thousands of|"
    r"these|those) (?:[a-z]+ )?$",
    re.I,
)


def _counted_plurals(cast: Cast, docs) -> None:
    """An organisation whose name ends in a plural noun and every mention of which is counted ('12 new
    Technical Academies', 'two Black Hawks'): so many things or bodies of a kind, not one body that acts."""
    from generator.annotate.lemmas import getAllLemmas

    for key in [k for k, m in cast.members.items() if m.kind == "organization" and " " in k]:
        last = key.split()[-1].lower()
        if not (set(getAllLemmas(last).get("NOUN", ())) - {last}):
            continue  # not a plural noun ('Corps', 'Council')
        seen = [x for x in cast.mentions if x.key == key]
        if seen and all(_COUNT_BEFORE.search(text_of(docs[x.block])[max(0, x.start - 30) : x.start]) for x in seen):
            cast.drop(key)


# A storm's noun ('Hurricane', 'hurricanes', 'Super Typhoon', 'TROPICAL STORM'), then the names listed after it
# before the one read ('Hurricanes Iota and ', 'Typhoons Koppu, Champi and '): the one rule for storms.
_STORM_NOUN = r"(?i:(?:super |tropical )?(?:typhoon|hurricane|cyclone|storm|depression)s?)"
_LISTED = r"(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*(?:,| and|, and|,? or| &) )"
_STORM_BEFORE = re.compile(r"\b" + _STORM_NOUN + r"\s" + _LISTED + r"*$")
_STORM_NAME = re.compile(_STORM_NOUN + r" [A-Z]")
_LISTED_NAMES = re.compile(r"\b([A-Za-z]+),? " + _LISTED + r"+$")  # 'the vessels X and ', 'two cutters, X and '


def _storm(key: str, before: str) -> bool:
    """Is ``key`` a storm's name: one that opens with a storm's noun ('Hurricane Eta'), or written after
    one, alone or in a list of names ('Hurricane Eta', 'hurricanes Iota and Eta')?"""
    if _STORM_NAME.match(key):
        return True
    if before.isascii():  # a storm's noun in it, in any case, or no match
        low = before.lower()
        if not any(map(low.__contains__, _STORM_WORDS)):
            return False
    return bool(_STORM_BEFORE.search(before))


_STORM_WORDS = ("typhoon", "hurricane", "cyclone", "storm", "depression")


def _listed_after_a_thing_noun(before: str) -> bool:
    """Does ``before`` end in a noun of made things (or its plural) and names listed after it ('the
    vessels Orient Queen and ', 'two cutters, Kestrel and ')? Then the next name is one of them too."""
    m = _LISTED_NAMES.search(before) if _before_the_end(before).endswith((", ", " and ", " or ", " & ")) else None
    noun = m[1] if m else ""
    return noun in ARTEFACT_NOUNS or noun.removesuffix("s") in ARTEFACT_NOUNS


@functools.lru_cache(maxsize=4096)
def _standing_alone(key: str) -> re.Pattern[str]:
    """``key`` as a whole name (no word character or hyphen either side), compiled once a process:
    the names of a corpus come back article after article, and ``re``'s own cache (512 patterns) is
    too small for them (160 raw bench articles: 1,535 compilations of about 35 microseconds)."""
    return re.compile(r"(?<![\w-])" + re.escape(key) + r"(?![\w-])")


class _Alone:
    """Where ``_alone_in`` found a name: its ``start()`` and ``end()``, as a match of ``_standing_alone``."""

    __slots__ = ("_end", "_start")

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _alone_in(key: str, text: str) -> list[_Alone]:
    """``_standing_alone(key).finditer(text)`` by string search, the same spans (a word character is
    one ``str.isalnum`` or '_', as ``re`` has it; after a hit the search goes on at its end): the
    pattern was compiled anew for most names of an article (80 texts: 336 compilations, 1.9% of
    the annotation's samples, with the other per-name patterns; bench/README.md, "A faster pass
    per core")."""
    out: list[_Alone] = []
    size, last = len(key), len(text)
    at = text.find(key)
    while at >= 0:
        end = at + size
        if (at == 0 or not _wordish(text[at - 1])) and (end == last or not _wordish(text[end])):
            out.append(_Alone(at, end))
            at = text.find(key, end)
        else:
            at = text.find(key, at + 1)
    return out


def _wordish(char: str) -> bool:
    r"""A character of ``[\w-]`` (``re``'s word characters, and the hyphen)."""
    return char.isalnum() or char in "_-"


def _determined(before: list[str]) -> bool:
    """'the Harmony module', "NASA's New Horizons spacecraft": one thing named (not 'Boeing aircraft',
    the maker's things)."""
    return bool(before) and (before[0] in ("the", "The") or before[0].endswith(("'s", "’s")))


def _named_thing(key: str, before: list[str], noun: str) -> bool:
    """Is ``key``, first written before ``noun``, a made thing's name: one thing ('the Harmony module',
    "NASA's New Horizons spacecraft"; not 'Boeing aircraft', the maker's things), or a model counted
    ('nine Black Hawk helicopters': a name of English words; not 'two Royal Navy ships', nor a maker's)?"""
    if noun in _NAMED_THINGS and _plain_name(key) and _determined(before):
        return True
    counted = bool(before) and (before[0].isdigit() or before[0].lower() in _COUNT_WORDS)
    things = noun in ARTEFACT_NOUNS or noun.endswith("s") and noun[:-1] in ARTEFACT_NOUNS
    return (
        counted
        and things
        and _plain_name(key)
        and _common_words(key)
        and not any(w.lower() in _FORCE_NOUNS for w in key.split())
    )


_COUNT_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozen dozens".split())


def _plain_name(key: str) -> bool:
    """A name of no acronym and no word of a body's name: the name a made thing may have."""
    return not any(w.isupper() or w in _ORG_NAME_WORDS for w in key.split())


_NAMED_THINGS = ARTEFACT_NOUNS | {
    "program",
    "programme",
    "scheme",
    "mission",
}  # "the Medicaid program", "the Dawn mission"
_ORG_NAME_WORDS = ORG_WORDS


def _addressed_by_name(e) -> bool:
    """'Thank you, Rebecca, and ...', 'Thanks, Ana.': a name someone is thanked by is a person's."""
    text = text_of(e.doc)
    return bool(
        re.search(r"\b(?:[Tt]hank you|[Tt]hanks),\s*$", text[max(0, e.start_char - 12) : e.start_char])
        and re.match(r"\s*[,.!]", text[e.end_char : e.end_char + 2])
        and e.text[:1].isupper()
    )


_THANKED_BEFORE = re.compile(r"\b(?:[Tt]hank you|[Tt]hanks),\s*$")


def thanked_by_name(cast: Cast, docs, key: str) -> bool:
    """Is the person ``key`` thanked by name somewhere ('Thank you, Denise.', the moderator of a
    briefing handing over): someone who takes part, though known by one word; not a word English
    knows ('Thank you, Chair.': a title)."""
    if _common_words(key):
        return False
    for x in cast.mentions:
        if x.key == key:
            text = text_of(docs[x.block])
            if _THANKED_BEFORE.search(text[max(0, x.start - 12) : x.start]) and re.match(r"\s*[,.!]", text[x.end :]):
                return True
    return False


# A one-word name given as someone's kin ('my wife, Teresa,', "John's son, Max,", 'our daughter Ana') or as the
# speaker's companion ('Laura and I are proud', 'shown to me, Michelle, and our daughters')
_KIN = (
    r"wife|husband|son|daughter|mother|father|brother|sister|partner|fianc[eé]e?|grandson|granddaughter|"
    r"grandmother|grandfather|nephew|niece|cousin|uncle|aunt|widow|widower|child|mom|dad"
)
_KIN_BEFORE = re.compile(rf"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w-]*['’]s) (?:{_KIN}),? $")
_BESIDE_THE_SPEAKER = re.compile(r"^ and I\b|^,? and me\b")
_SPEAKER_BEFORE = re.compile(r"\bme, $")


def named_kin(cast: Cast, docs, key: str) -> bool:
    """Is the person ``key`` named as someone's kin or beside the speaker somewhere ('my wife, Teresa,',
    'Laura and I'): a person of the story, though known by one word; not a word English knows."""
    if _common_words(key):
        return False
    for x in cast.mentions:
        if x.key == key:
            text = text_of(docs[x.block])
            before, after = text[max(0, x.start - 40) : x.start], text[x.end : x.end + 10]
            if _KIN_BEFORE.search(before) or _BESIDE_THE_SPEAKER.match(after) or _SPEAKER_BEFORE.search(before):
                return True
    return False


# What a person made or left, named after the name ('the Jane Roe song', "Roe's novels", 'Elvis songs') or
# before it with 'of' ('the paintings of Jane Roe', 'the grave of Jane Roe')
_WORK_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:songs?|albums?|hits?|tunes?|films?|movies?|novels?|poems?|paintings?|sculptures?|lyrics|"
    r"music|biopic|musical|operas?|symphony|symphonies|fans)\b",
    re.I,
)
_WORK_BEFORE = re.compile(
    r"\b(?:songs?|albums?|music|films?|movies?|novels?|books?|poems?|paintings?|works|birthplace|grave|tomb|"
    r"statue|portrait|legacy|memory|fans)\s+of\s+$",
    re.I,
)


def named_for_works(cast: Cast, docs, keep: set[str]) -> set[str]:
    """People every mention of whom names them only as the maker of a work or by what they left ('performed
    the Jane Roe song', 'sang Elvis songs', 'the grave of Jane Roe'): someone mentioned, not an actor of the
    story, unless in ``keep`` (who speaks or does something dated)."""
    seen: dict[str, bool] = {}
    for x in cast.mentions:
        m = cast.members.get(x.key)
        if m is None or m.kind != "person" or x.key in keep or seen.get(x.key) is False:
            continue
        text = text_of(docs[x.block])
        seen[x.key] = bool(_WORK_AFTER.match(text, x.end) or _WORK_BEFORE.search(text[max(0, x.start - 30) : x.start]))
    return {k for k, only in seen.items() if only}


def _named_in_full(cast: Cast, text: str, longest: int = 3) -> bool:
    """A name of two to ``longest`` capitalised words, no place the world knows, whose last word is the
    surname of a person of the article, with every given name the article gives that person: that
    person's full name."""
    words = text.split()
    if not 2 <= len(words) <= longest or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if any(w in gz.GEO_WORDS or w in gz.BUILDING_WORDS for w in words):
        return False  # 'Mount Merapi', 'Kenyatta Hospital': a place named after someone
    key = cast.surnames.get(words[-1], "")
    owner = cast.members.get(key)
    if owner is None or owner.kind != "person" or not set(key.split()[:-1]) <= set(words[:-1]):
        return False  # not 'Goldman Sachs' with 'Jeffrey Sachs' the article's: a given name it lacks
    return not gz.is_city(text) and text not in gz.PLACES


def _one_citizen(e) -> bool:
    """'one Bolivian', 'an Australian was rescued': a demonym after 'a', 'an' or a number and before no noun
    names one person of the country, not the country (its state) that acts."""
    from generator.annotate.lemmas import getAllLemmas

    doc = e.doc
    before = doc[e.start - 1] if e.start > 0 else None
    if before is None or not (before.lower_ in ("a", "an", "one", "another", "each", "every") or before.like_num):
        return False
    nxt = doc[e.end] if e.end < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.lower_ in STOP_WORDS or "NOUN" not in getAllLemmas(nxt.lower_)


def _citizens(e) -> bool:
    """'Some Kenyans used social media', 'Afghans bear the burden': a plural demonym standing alone
    names people of a country, not the country (its state) that acts."""
    text = clean(e.text)
    return text.endswith("s") and text[:-1] in gz.DEMONYMS


def _capital_of(country: str) -> str:
    return next((c for c, k in gz.CAPITALS.items() if k == country), country)


_ADMIN = re.compile(r"\b[Tt]he (?:[A-Z][a-z]+ )?[Aa]dministration\b")
_ALLIES = re.compile(
    r"\b(?:(?:[Tt]he )?(?:NATO )?[Aa]llies(?: and partners)?|[Tt]he [Aa]lliance|[Tt]he (?:27-member )?bloc)\b"
)
_DIRECTION = re.compile(
    r"\b((?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)ern"
    r"(?: and (?:north|south|east|west)ern)?) ([A-Z][a-z]+)\b"
)
_POSS_DIRECTION = re.compile(r"\b([A-Z][a-z]+)'s (north|south|east|west)\b")


# the last word of each of ROLE_PHRASE's nouns: ROLE_PHRASE only in a block that has one (``lowered_words``;
# 123 of the 80 real texts' 498 blocks: ROLE_PHRASE over all 4.7 ms of CPU a pass, over those 2.1 ms)
_ROLE_LAST_WORDS = frozenset(
    re.split(r"[ -]", noun)[-1] for noun in ROLE_NOUNS.removeprefix("(?:").removesuffix(")").split("|")
)


def _token_rules(cast: Cast, b: int, doc, has_org: set[str]) -> None:
    text = text_of(doc).replace("’", "'")
    for m in _ADMIN.finditer(text) if "dministration" in text else ():  # the word every match holds
        if (
            "United States" in (gz.country_of(w) for w in text[max(0, m.start() - 30) : m.start()].split())
            or m.group(0).split()[1][0].isupper()
        ):
            cast.add("United States", "country", b, m.start(), m.end(), m.group(0))
    for m in _ALLIES.finditer(text) if "llies" in text or "lliance" in text or "bloc" in text else ():
        low = m.group(0).lower()
        target = "European Union" if "bloc" in low else "NATO"
        prev = text[max(0, m.start() - 20) : m.start()].split()
        if target in has_org and not (prev and (prev[-1].endswith("'s") or gz.country_of(prev[-1]))):
            cast.add(target, "organization", b, m.start(), m.end(), m.group(0))
    words = lowered_words(doc)
    for m in ROLE_PHRASE.finditer(text) if words is None or not words.isdisjoint(_ROLE_LAST_WORDS) else ():
        aff = m.group("aff")
        if aff and not (gz.country_of(aff) or aff in gz.ORGS or aff.isupper()):
            continue
        key = cast.resolve_role(aff, m.group("role"), b, m.start())
        if key:
            cast.add(key, "person", b, m.start(), m.end(), m.group(0))
    for m in _DIRECTION.finditer(text) if "ern " in text else ():
        if gz.country_of(m.group(2)) or m.group(2) in gz.PLACES:
            cast.place(f"{m.group(1)} {m.group(2)}", b, m.start())
    for m in _POSS_DIRECTION.finditer(text) if "'s " in text else ():
        if gz.country_of(m.group(1)):
            cast.place(f"{m.group(2)}ern {m.group(1)}", b, m.start())
    for start, name in compass_parts(text):  # 'the central U.S.', 'the northeastern United States'
        cast.place(name, b, start)


_ORG_OWNERS = _DOING_NOUNS | {
    "men",
    "women",
    "counterpart",
    "counterparts",
    "delegation",
    "delegations",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "head",
    "chief",
    "director",
    "members",
    "member",
    "staff",
    "officers",
    "experts",
    "workers",
    "researchers",
    "scientists",
    "observers",
    "monitors",
    "inspectors",
    "investigators",
    "peacekeepers",
    "rescuers",
    "personnel",
    "employees",
    "volunteers",
    "crews",
    "teams",
    "chairman",
    "leadership",
    "department",
    "departments",
    "agency",
    "agencies",
    "ministries",
    "office",
    "militants",
    "fighters",
    "rebels",
    "insurgents",
    "militia",
    "supporters",
    "lawmakers",
    "candidate",
    "candidates",
    "rules",
    "regulations",
    "law",
    "laws",
    "policy",
    "policies",
    "report",
    "data",
    "figures",
    "sheet",
    "guidance",
    "guidelines",
    "estimates",
}
_LAWS = {"rules", "regulations", "law", "laws", "policy", "policies", "guidance", "guidelines"}  # 'EU antitrust rules'
# what is done to an organisation that takes part ('sued X'; an adversary fought, 'defeating Al Qaeda')
_ORG_DEED_OBJECTS = set(
    "beat beats defeated defeat defeating fined fine sued sue blamed asked told fight fighting fought combat "
    "combating combatting".split()
)

_ADDRESS_WORDS = {
    "message",
    "messages",
    "complained",
    "complain",
    "complains",
    "letter",
    "appeal",
    "appealed",
    "petition",
    "request",
    "complaint",
    "wrote",
    "write",
    "sent",
    "submitted",
}


def _governing_token(span):
    """The parsed root token of a mention, climbed out of a conjunction ('Chile and Peru said': Peru
    shares Chile's role) and out of a date the parse made its head ('to the Philippines November 8': the
    date's role is the name's); None when the mention has no parse."""
    span = parsed_span(span.doc, span)
    if not len(span):
        return None
    tok = span.root
    if tok.dep_ == "compound" and tok.head.text in gz.MONTHS + gz.WEEKDAYS:
        tok = tok.head  # 'rain to the Philippines November 8': the parse hangs the name on the date after it
    tok = _listed_after(tok) or tok
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def _listed_after(tok):
    """The name a name after 'and' or 'or' follows in its list when the parse hung it on a verb, as a conjunct
    or an object: 'gave $5 to CARE and the World Food Program to ...' parsed with 'Program' a conjunct or an
    object of 'gave' shares the role of 'CARE', the proper noun right before 'and' (the name's 'the' between).
    None for a name the parse put in its list, or with a role of its own ('X warned Y and Z replied')."""
    if not tok.tag_.startswith("NNP") or tok.dep_ not in ("conj", "dobj") or not tok.head.tag_.startswith("VB"):
        return None
    i = tok.left_edge.i - 1
    if i < 1 or tok.doc[i].lower_ not in ("and", "or") or not tok.doc[i - 1].tag_.startswith("NNP"):
        return None
    return tok.doc[i - 1]


# 'Name[, Jr.], Special Agent in Charge, ' before an organisation: a title in apposition, then its employer
_EMPLOYER_IN_TITLE = re.compile(
    r"[A-Z][\w.'’-]+(?:, (?:Jr|Sr)\.)?, (?:[A-Z][\w-]* (?:(?:in|of|for|the|and) )*)*"
    r"(?:Agent|Director|Attorney|Officer|Inspector|Chief|Commissioner|Administrator|Counsel|Charge|Manager|"
    r"Secretary|Spokesperson|Spokesman|Spokeswoman|Head|President|Chair|Chairman|Chairwoman)"
    r"(?: (?:in|of|for|the|and) [A-Z][\w-]*)*, $"
)


def _title_before_name(span) -> bool:
    """An organisation, then one or two common nouns, then a person's name: the employer in a title."""
    from generator.annotate.lemmas import getAllLemmas

    doc, i = span.doc, span.end
    while i < len(doc) and i - span.end < 2 and doc[i].text.isalpha() and doc[i].text.islower():
        pos = set(getAllLemmas(doc[i].text))
        if not ("NOUN" in pos and pos <= {"NOUN", "ADJ"} or not pos and not doc[i].is_stop):
            return False  # 'NATO told Joe Biden', 'NATO and Joe Biden': no title
        i += 1
    return span.end < i < len(doc) and doc[i].ent_type_ == "PERSON"


# a hyphened participle after a name: the name is who did it ('X-provided', 'X-issued'); not where ('-based')
_DONE_BY_AFTER = re.compile(
    r"[-–](?:provided|issued|led|funded|sponsored|backed|organi[sz]ed|run|operated|owned|brokered|hosted|executed|"
    r"conducted|commanded|financed|mediated)\b"
)
# what someone gives by speaking: 'an update from X', 'a warning from X'
_GIVEN_WORDS = {
    "update",
    "updates",
    "briefing",
    "briefings",
    "warning",
    "warnings",
    "forecast",
    "forecasts",
    "message",
    "messages",
    "invitation",
}
_TRIALS = {"trial", "trials", "hearing", "hearings", "case", "cases", "appeal", "appeals", "proceedings"}
_USE_VERBS = {"used", "owned", "operated", "run", "managed", "held", "controlled"}


def _org_mention_acts(span) -> bool:
    """Does this organisation mention name someone who acts? As for countries (:func:`_acts`),
    but 'of X' only after a noun of people or doing ('officials of X'), never a place."""
    if _EMPLOYER_IN_TITLE.search(text_of(span.doc)[max(0, span.start_char - 80) : span.start_char]):
        return False  # 'Harry T. Chavis, Jr., Special Agent in Charge, Internal Revenue Service ...': an employer
    if _title_before_name(span):
        return False  # 'Rhode Island Department of Health epidemiologist Amanda DellaGrotta': an employer
    tok = _governing_token(span)
    if tok is not None and tok.dep_ == "appos" and tok.head.lower_ in _BODY_CLASS_NOUNS:
        if tok.head.i == parsed_span(span.doc, span).start - 1:
            tok = tok.head  # 'spying for the militant group Hamas': the name has the role of the noun it names
    elif tok is not None and _before_its_class_noun(span, tok):
        tok = tok.head  # 'the leftist Vento party won': the name has the role of the noun it qualifies
    after = span.doc[span.end].text if span.end < len(span.doc) else ""
    if tok is None or (after[:1].isdigit() or re.fullmatch(r"[A-Z]\d+\w*", after)):
        return False  # 'a Boeing 737-800 has crashed', 'an Airbus A320': the maker's name on a product
    if _states_or_provides(span, tok):
        return True  # 'according to X', 'an update from X', 'the X-provided tanks'
    if _relative_clause_acts(span):
        return True  # 'X, which helped in the rescue', 'X, the agency that runs the site'
    if text_of(span.doc)[max(0, span.start_char - 8) : span.start_char].lower() == "counter-":
        return True  # 'counter-ISIL operations': the adversary fought, as in 'fighting X'
    dep, head = tok.dep_, tok.head
    if _verb_right_after(span, dep):
        return True  # '..., the ambassador to Haiti, the White House said Monday.': parsed as an apposition
    if dep in ("nsubj", "nsubjpass", "csubj", "dative", "appos") and head != tok:
        if dep == "appos" and tok.i != parsed_span(span.doc, span).root.i and tok.ent_type_ != "ORG":
            return False  # 'James Mingus, Director of Operations, Joint Staff,': the employer beside a title
        if dep == "nsubj" and _only_is(head):
            return False  # 'Wikimedia Commons is a repository of ...': what it is, not what it does
        return dep != "appos" or head.dep_ in ("nsubj", "nsubjpass")
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    if nxt is not None and nxt.tag_ in ("VBZ", "VBD", "MD") and tok.dep_ not in ("pobj", "dobj", "compound"):
        return True  # 'USAID is working ...' parsed as an adverb: a subject all the same
    if _gerund_subject(_parsed_next(span)):
        return True  # 'ahead of the Assembly voting on Friday': the subject of the verb after it
    if dep == "poss":  # 'NASA's mission has confirmed', 'X's officials', 'X's decision'; not 'the EU's agenda'
        return _among(head, _ORG_OWNERS | _DEEDS | _AID_WORDS) or head.dep_ == "nsubj" or _its_machine(head)
    if dep in ("compound", "nmod") and head.lower_ in ("candidate", "candidates", "nominee", "nominees"):
        return True  # 'the X Party (XP) candidate Name': a party that fields a candidate takes part
    if dep in ("compound", "amod", "nmod") and (_among(head, _ORG_OWNERS - _LAWS) or sends(span.text, head)):
        top = head
        while top.dep_ in ("compound", "amod") and top.head != top and not top.head.tag_.startswith("NNP"):
            top = top.head
        # 'U.N. climate chief Yvo de Boer': a title before a name; the employer does nothing
        return not (top.dep_ == "compound" and top.head.tag_.startswith("NNP"))
    if dep == "pobj":
        return _object_of_a_preposition_acts(span, tok)
    if dep == "dobj" and (head.lower_ in _AID_WORDS | _MEET_WORDS | _ORG_DEED_OBJECTS or _aid_verb(head)):
        return True  # 'warning X that ...', 'urging X': any form of a verb of dealing with someone
    if dep == "dobj" and _HIRED & set(_verb_lemmas(head)):
        return True  # 'commissioned the consultancy X to study ...', 'hired X': engaged to do the work
    if dep == "dobj" and any(c.dep_ == "xcomp" for c in head.children):
        return True  # 'prompting authorities to halt trading': the subject of what it is made to do
    return dep == "dobj" and _subject_left_out(tok)


_RELATIVE_SUBJECTS = frozenset(("which", "that"))  # not "who": a person's ("the head of X, who said")


def _relative_clause_acts(span) -> bool:
    """'X, which helped in the rescue', 'X, the regional agency, which runs the site': a relative clause on the
    name, or on a noun in apposition right after its comma (wherever the parse hung that noun), whose subject is
    the relative pronoun and whose verb does something (not 'X, which is the largest buyer', 'which has 300
    members': what it is or has)."""
    parsed = parsed_span(span.doc, span)
    if not len(parsed):
        return False
    doc, root = parsed.doc, parsed.root
    nouns = [root, *(c for c in root.children if c.dep_ == "appos")]
    if parsed.end + 1 < len(doc) and doc[parsed.end].text == ",":
        nouns += [t for t in doc[parsed.end + 1 :] if t.dep_ == "appos" and t.left_edge.i == parsed.end + 1][:1]
    return any(
        c.dep_ == "relcl"
        and c.tag_.startswith("VB")
        and any(s.dep_ == "nsubj" and s.lower_ in _RELATIVE_SUBJECTS for s in c.children)
        and not _only_is(c)
        and "have" not in _verb_lemmas(c)
        for n in nouns
        for c in n.children
    )


def _object_of_a_preposition_acts(span, tok) -> bool:
    """:func:`_org_mention_acts` for a mention that is a preposition's object ('officials of X',
    'responding to X', 'faces trial at X', 'through X'); ``tok``: its governing token."""
    head = tok.head
    prep, owner = head.lower_, head.head.lower_
    if prep in ("through", "via") and _MEDIUM.search(span.text):
        return False  # 'shown through NASA Television': the channel it goes out on, no doer
    if prep == "with" and _among(head.head, _STAFF):
        return _phrase_acts(head.head)  # 'a forecaster with X', 'a member with X': an employer, unless they act
    if prep == "for" and _among(head.head, _STAFF) and not _among(head.head, _ORG_OWNERS):
        return _phrase_acts(head.head) and not _suffers(head.head)  # 'Name, a reporter for X, told VOA'; not 'was hurt'
    if head.dep_ == "agent" and head.head.lower_ in _USE_VERBS and head.head.dep_ == "acl":
        return False  # 'computer systems used by the Sheriff's Office': whose they are, not a deed
    if (prep in _DOING_PREPS or head.dep_ == "agent") and not _beside_a_place(head):
        return True
    if prep == "of" and owner == "behalf":
        return True  # 'speaking on behalf of the X': the one acted for takes part
    if prep == "of" and span.text.split()[-1] in _PARTY_HEADS and head.head.tag_ in ("NNP", "NNPS"):
        if _block_twin(span, head.head).ent_type_ == "PERSON":
            return True  # 'John Mahama of the National Democratic Congress': a person's party
    if prep == "for" and _WORK_FOR & set(_verb_lemmas(head.head)):
        return True  # 'spying for the group X', 'works for X': who the deed is done for takes part
    if prep == "alongside" and head.head.tag_.startswith("VB"):
        return True  # 'working alongside X', 'fought alongside X': a partner in the deed, as 'with X'
    if prep == "from" and _sent(head):
        return True  # 'service members from X and the Y Air Force': sent by it
    if prep in ("of", "from", "at", "for") and (_among(head.head, _ORG_OWNERS) or sends(span.text, head.head)):
        return not _named_title(head.head, tok)  # 'officials of X', 'a spokesman for X'; not 'the head of X, Name,'
    if prep == "to" and (owner in _ADDRESS_WORDS or head.head.head.lower_ in _ADDRESS_WORDS):
        return True  # 'wrote a letter to X': who is addressed takes part
    if prep == "including" and _among(head.head, _STAFF | set(PEOPLE_NOUNS)) and _phrase_acts(head.head):
        return True  # 'joined other members, including X, in supporting': one of the people who act
    if prep == "to" and _dealt_with_verb(head.head):
        return True  # 'responding to X', 'contributing to X': X is dealt with, not a place gone to
    tried = owner in _TRIALS or any(c.dep_ == "dobj" and c.lower_ in _TRIALS for c in head.head.children)
    if prep in ("at", "before", "in") and tried:
        return True  # 'faces trial at the X Court': the court tries him
    if prep == "in" and span.text.split()[-1] in _CHAMBER_HEADS and _DELIBERATED & set(_verb_lemmas(head.head)):
        return True  # 'the situation debated in the X Parliament': the body debates it
    if prep == "as" and head.head.dep_ in ("nsubj", "nsubjpass"):
        return True  # 'we as European Union'
    objs = {c.lower_ for c in head.head.children if c.dep_ == "dobj"}
    if prep in ("to", "for") and (owner in _AID_WORDS or objs & _AID_WORDS):
        return True
    if head.lower_ in ("through", "via") and _doer(head.head):
        return True  # 'the Department, through X, announced': the body it acts through acts
    return False


# a broadcaster's channel named by its medium: what a thing is shown 'through' ('through NASA Television'), no doer
_MEDIUM = re.compile(r"\b(?:Television|TV|Radio|Channel|Webcast|Website)$")


# verbs whose 'to X' is where one goes or is taken, or what one is made or likened to, not someone dealt with
_TO_NOT_DEALT = frozenset(
    "go come travel return fly head move deploy arrive transition take bring carry rush send evacuate transfer "
    "transport admit accord appoint assign elect name rename change convert nominate compare relate link belong "
    "refer lead add rise fall increase reduce post second invite switch owe relocate flee escape retreat withdraw "
    "migrate dispatch redeploy welcome".split()
)


# verbs of a body's deliberation, whose 'in X' names the body that deliberates ('debated in the X Parliament'), a
# body of members by the last word of its name (not 'discussed in the Oval Office': a room)
_DELIBERATED = frozenset("debate discuss deliberate vote".split())
_CHAMBER_HEADS = frozenset(
    "Parliament Assembly Council Senate Congress Committee Commission Cabinet House Legislature".split()
)
# the last words of a political party's name ('Name of the National Democratic Congress': the person's party)
_PARTY_HEADS = frozenset("Party Congress Front Movement Alliance League Coalition".split())
# the class nouns of bodies before a body's name in apposition ('the militant group Hamas')
_BODY_CLASS_NOUNS = frozenset(
    "group organization organisation movement party faction militia company firm agency bank airline carrier "
    "station broadcaster network newspaper charity".split()
)
# the class nouns of bodies written in lower case right after a body's name ('the leftist Vento party')
_CLASS_NOUNS_AFTER = frozenset("party movement faction militia group organization organisation company firm".split())
# the class nouns of political bodies: no person's name comes right before them ('the Vento party')
_PARTY_NOUNS = frozenset("party movement".split())


def _before_its_class_noun(span, tok) -> bool:
    """'the conservative Harmony Union party is projected to win': the name qualifies the class noun
    right after it, in lower case, and that noun ends the phrase (not 'the Vento party leader')."""
    noun = tok.head
    return (
        tok.dep_ == "compound"
        and noun.lower_ in _CLASS_NOUNS_AFTER
        and noun.text.islower()
        and noun.i == parsed_span(span.doc, span).end
        and noun.dep_ != "compound"
    )


# verbs whose object is engaged to do a piece of work ('hired X', 'commissioned X to study ...')
_HIRED = frozenset("hire commission contract engage task".split())
# verbs whose 'for X' names the side one serves ('spying for X', 'worked for X', 'fought for X')
_WORK_FOR = frozenset("work spy fight serve campaign".split())


def _verb_lemmas(tok) -> tuple[str, ...]:
    """The verb lemmas of a verb token (lemminflect), none for another word."""
    from generator.annotate.lemmas import getAllLemmas

    return tuple(getAllLemmas(tok.lower_).get("VERB", ())) if tok.tag_.startswith("VB") else ()


def _block_twin(span, ptok):
    """The block token of a parsed token of ``span``'s sentence (the parse has no entities)."""
    return span.doc[ptok.i + ptok.doc.user_data["first"]]


def _dealt_with_verb(tok) -> bool:
    """A verb whose 'to X' names someone it deals with ('responding to X', 'contributing to X',
    'gave aid to X'): not a motion, an appointment, a likening ('went to X', 'appointed to X',
    'according to X': that one is ``_states_or_provides``'s)."""
    from generator.annotate.lemmas import getAllLemmas

    if not tok.tag_.startswith("VB"):
        return False
    lemmas = set(getAllLemmas(tok.lower_).get("VERB", ()))
    # 'retires and transitions to X': the parse may hang 'to' on the first of two verbs joined (and read
    # the second as a noun)
    joined = [c for c in tok.children if c.dep_ == "conj"]
    return bool(lemmas) and not any(set(getAllLemmas(v.lower_).get("VERB", ())) & _TO_NOT_DEALT for v in [tok, *joined])


def _its_machine(head) -> bool:
    """Is what an organisation's possessive names a made thing it runs ('NASA's Terra satellite', 'the
    Navy's ships', 'X's mission', 'NASA's Mars rover Curiosity'): it operates it."""
    words = [head, *(c for c in head.children if c.dep_ == "compound")]
    return any(w.lower_ in ARTEFACT_NOUNS | _RUN_THINGS for w in words)


_RUN_THINGS = {"mission", "missions", "ships", "vessels", "satellites", "aircraft", "helicopters", "planes"}


def _states_or_provides(span, tok) -> bool:
    """Does the mention state or provide something: 'the Water Agency-provided tanks', 'an X-issued
    declaration', 'according to X', 'an update from X' (not 'according to X Chair, Name')?"""
    if _DONE_BY_AFTER.match(text_of(span.doc)[span.end_char : span.end_char + 16]):
        return True
    if tok.dep_ in ("compound", "poss", "nmod", "det") and _according_to(tok.head):
        return not _no_speaker(span)  # 'according to the latest X filing', 'according to X's report': X says it
    if tok.dep_ != "pobj":
        return False
    prep, owner = tok.head.lower_, tok.head.head.lower_
    said = prep == "to" and owner == "according" or prep == "from" and owner in _GIVEN_WORDS
    return said and not _no_speaker(span)


def _according_to(tok) -> bool:
    """Is ``tok`` the object of 'according to'?"""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _no_speaker(span) -> bool:
    """Can the mention not be who states something: one common word ('according to the criminal
    Complaint'), or the body of a title before a person's name ('according to X Chair, Name'; not
    'according to X, Name has won')?"""
    words = span.text.split()
    if len(words) == 1 and not words[0].isupper() and _common_words(words[0]):
        return True
    after = [e for e in span.doc.ents if e.label_ == "PERSON" and span.end <= e.start <= span.end + 2]
    return any(not _subject_after(span.doc, e) for e in after)


def _subject_after(doc, e) -> bool:
    """Is the name ``e`` the subject of the clause it opens ('according to X, Name has won'), not a
    title's holder in apposition ('according to X Chair, Name, ...')?"""
    p = parsed_span(doc, e)
    nxt = p.doc[p.end] if p.end < len(p.doc) else None
    return p.root.dep_ == "nsubj" and nxt is not None and nxt.text != ","


def _aid_verb(tok) -> bool:
    """A verb whose lemma is one of the deal-with verbs of ``_AID_WORDS`` ('warning', 'urges')."""
    from generator.annotate.lemmas import getAllLemmas

    return tok.tag_.startswith("VB") and bool(set(getAllLemmas(tok.lower_).get("VERB", ())) & _aid_lemmas())


def _doer(tok) -> bool:
    """A verb with its own subject, or the subject of one ('X, through Y, announced': 'through'
    hangs on X); not a verb without one ('a space developed through Y', 'to promote Z through Y':
    Y is a programme the deed goes through, not someone)."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    return tok.tag_.startswith("VB") and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


@functools.lru_cache(maxsize=1)
def _aid_lemmas() -> frozenset[str]:
    from generator.annotate.lemmas import getAllLemmas

    return frozenset(lemma for w in _AID_WORDS for lemma in getAllLemmas(w).get("VERB", ()))


# People who work for an organisation: 'a forecaster with X' names X as their employer; X acts
# only when they do ('experts with X said').
_STAFF = {
    "official",
    "officials",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "head",
    "chief",
    "director",
    "member",
    "members",
    "staff",
    "officer",
    "officers",
    "expert",
    "experts",
    "workers",
    "researchers",
    "scientist",
    "scientists",
    "observers",
    "monitors",
    "inspectors",
    "investigators",
    "personnel",
    "employees",
    "volunteers",
    "chairman",
    "chair",
    "representative",
    "representatives",
    "diplomats",
    "leaders",
    "counterpart",
    "counterparts",
    "delegation",
    "delegations",
    "negotiators",
    "journalists",
    "forecaster",
    "manager",
    "engineers",
    "reporter",
    "photographer",
    "correspondent",
    "editor",
    "lawyer",
    "attorney",
}


def _phrase_acts(tok) -> bool:
    """Does the noun phrase headed by ``tok`` (people: 'officials', 'a spokesman') act: the subject
    of a verb (also in apposition to one, or in a list with one), the agent of a passive, a party
    'with', 'between' or 'against', someone met or helped?"""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    dep, head = tok.dep_, tok.head
    if dep in ("nsubj", "nsubjpass", "csubj") or (dep == "appos" and head.dep_ in ("nsubj", "nsubjpass")):
        return True
    if dep == "pobj" and (head.dep_ == "agent" or head.lower_ in _DOING_PREPS):
        return True
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.tag_ in ("VBZ", "VBD", "VBP", "MD") and dep not in ("pobj", "dobj"):
        return True  # 'Red Cross officials estimate ...' parsed otherwise
    return dep == "dobj" and head.lower_ in _AID_WORDS | _MEET_WORDS | _ORG_DEED_OBJECTS


def _suffers(tok) -> bool:
    """Is the noun phrase headed by ``tok`` (or the subject it is in apposition to) a passive's subject ('a
    reporter for X was hurt', 'Name, a lawyer for X, was arrested'): what is done to it, no deed?"""
    while tok.dep_ in ("conj", "appos") and tok.head != tok:
        tok = tok.head
    return tok.dep_ == "nsubjpass"


def _parsed_next(span):
    """The parsed token right after a mention, or None."""
    parsed = parsed_span(span.doc, span)
    return parsed.doc[parsed.end] if len(parsed) and parsed.end < len(parsed.doc) else None


def _gerund_subject(nxt) -> bool:
    """Is ``nxt``, the word right after a name, a verb in -ing with no subject of its own ('ahead
    of the Assembly voting on Friday', 'with the Board reviewing the case')? Then the name is
    its subject."""
    return (
        nxt is not None
        and nxt.tag_ == "VBG"
        and nxt.dep_ in ("advcl", "acl", "pcomp", "ccomp")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children)
    )


def _only_is(verb) -> bool:
    """'X is a repository', 'X is now stronger': a form of 'be' with a noun or an adjective after
    it and nothing it is ready or about to do ('X is ready to help' does)."""
    after = [c for c in verb.children if c.dep_ in ("attr", "acomp")]
    return (
        verb.lower_ in ("is", "are", "was", "were", "be", "been", "being", "'s", "’s")
        and bool(after)
        and not any(c.dep_ in ("xcomp", "ccomp", "relcl") for a in after for c in a.subtree if c is not a)
    )


def _subject_left_out(tok) -> bool:
    """'we announce [the Departments of Labor, ... and the SBA] will be raising ...' parsed with the
    list as the object of 'announce': a verb right after the object's phrase that has no subject
    of its own has that phrase for its subject."""
    after = tok.right_edge.i + 1
    if after >= len(tok.doc) or tok.doc[after].tag_ not in ("MD", "VBZ", "VBD", "VBP"):
        return False
    verb = tok.doc[after]
    verb = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


_TITLE_NOUNS = {
    "director",
    "head",
    "chief",
    "chairman",
    "chairwoman",
    "chair",
    "president",
    "secretary",
    "minister",
    "commander",
    "manager",
    "founder",
    "governor",
    "ambassador",
    "scientist",
    "trustee",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "administrator",
}


def _named_title(owner, org) -> bool:
    """'the deputy director of X, Stephan Monroe', 'Maria Lopez, a spokeswoman for X', 'Name, as
    president of X, ...': X is only in the title of a person named beside it (an apposition either
    way, or the subject the 'as' phrase describes), an affiliation."""
    if owner.lower_ not in _TITLE_NOUNS:
        return False
    near = [owner.head] if owner.dep_ == "appos" else []
    near += [c for c in owner.children if c.dep_ == "appos"]
    if owner.dep_ == "pobj" and owner.head.lower_ == "as":  # 'Name, as president of X, assumed ...'
        said_of = owner.head.head
        near += [said_of, *(c for c in said_of.children if c.dep_ in ("nsubj", "nsubjpass"))]
    near += [c for t in org.subtree for c in t.children if c.dep_ == "appos" and c.i > t.i]  # '... of X, Name'
    return any(t.ent_type_ == "PERSON" or t.tag_ == "NNP" for t in near)


def idle_organisations(cast: Cast, docs, keep: set[str]) -> set[str]:
    """Organisations none of whose mentions acts in the parse (a programme, a product, a venue,
    a piece of a title, the employer in a title before a name, 'U.N. climate chief Yvo de Boer'):
    not actors unless in ``keep`` (quote speakers; an event actor must act like any other); 'a spokesman
    for X' acts."""
    maybe = [m.key for m in cast.actors() if m.kind == "organization" and m.key not in keep]
    if not maybe:
        return set()
    spans: dict[str, list] = {}
    for x in cast.mentions:
        if x.key in maybe:
            span = docs[x.block].char_span(x.start, x.end, alignment_mode="expand")
            if span is not None and len(span):
                spans.setdefault(x.key, []).append((x.block, span))
    prefetch([(docs[b], sentence_at(docs[b], s.start_char)) for v in spans.values() for b, s in v])
    acts = {k for k in maybe if any(_org_mention_acts(s) for _, s in spans.get(k, [])) or _addressed(cast, docs, k)}
    return set(maybe) - acts


# an indefinite article or a possessive before a body's one-word name: 'a State', 'my Cabinet', 'its Department'
_NOT_A_NAME_BEFORE = re.compile(r"\b(?:a|an|my|our|your|his|her|its|their)\s+$", re.I)


def generic_bodies(cast: Cast, docs, keep: set[str]) -> set[str]:
    """Organisations known only by a common noun after an indefinite article or a possessive, or by a noun
    of a kind of body before a noun it qualifies ('State officials'), every time ('members of my Cabinet',
    'a State agreeing to'): a kind of body or the speaker's own, no
    name ('the Commission' of a Commission's release, 'the Navy', can be one: left alone); not actors
    unless in ``keep`` (quote speakers)."""
    from generator.annotate.lemmas import getAllLemmas

    out = set()
    for m in cast.actors():
        key = m.key
        if m.kind != "organization" or key in keep or key in gz.ORGS:
            continue
        if not re.fullmatch(r"[A-Z][a-z]+", key) or "NOUN" not in getAllLemmas(key.lower()):
            continue
        said = [(x, text_of(docs[x.block])) for x in cast.mentions if x.key == key]
        if said and all(
            _NOT_A_NAME_BEFORE.search(t[: x.start]) or _kind_before_a_noun(key, t[x.end :]) for x, t in said
        ):
            out.add(key)
    return out


# nouns of a kind of public body or of a tier of government, which a text capitalises before a noun they
# qualify ('State government officials', 'Railway officials say', 'County workers'): a kind, no one body's name
_KINDS_OF_BODY = frozenset("state railway city county town village district port airport hospital prison".split())


def _kind_before_a_noun(key: str, after: str) -> bool:
    """Is ``key`` a noun of a kind of body (``_KINDS_OF_BODY``) written before a lower-case noun that is
    no verb ('State government officials'; not 'the Port said', 'State aid')?"""
    from generator.annotate.lemmas import getAllLemmas

    nxt = re.match(r" ([a-z]+)\b", after)
    if key.lower() not in _KINDS_OF_BODY or nxt is None:
        return False
    lemmas = getAllLemmas(nxt[1])
    return "NOUN" in lemmas and "VERB" not in lemmas


# The article's own reporter, named where the story says who reports it: 'VOA correspondent Jo Marsh',
# 'Reporter Jo Marsh', 'By Jo Marsh', 'Additional reporting by Jo Marsh' (before); 'Jo Marsh reports from
# Lagos', 'Jo Marsh reports for VOA from Lagos', '..., VOA's Jo Marsh reported.' (after); a byline line
# ('Jo Marsh', 'Jo Marsh | Lagos').
_REPORTER_BEFORE = re.compile(r"(?:\b(?:correspondent|reporter)|^\s*by|\breporting\s+by)\s+$", re.I)
_REPORTER_AFTER = re.compile(r"\s*(?:reports|reported)\s*(?:for (?:the )?(?:[A-Z][\w'’.]*\s*){1,4})?(?:from\b|[.;]|$)")
_BYLINE_REST = re.compile(r"\s*(?:\|.*)?")
# A broadcast script's sign-on and sign-off, and its hand-off to the reporter: 'I'm Jo Marsh.', 'This is Jo
# Marsh, VOA News, Lagos.', 'For VOA News, I'm Jo Marsh in Lagos.' (the name ends its sentence, after an
# outlet's name or a place at most); 'As VOA's Jo Marsh reports, ...'; 'Jo Marsh is in Lagos and has more.',
# 'Jo Marsh has this report.', 'Jo Marsh files this report from Lagos.'; 'Jo Marsh contributed to this report.'
_SIGN_ON_BEFORE = re.compile(r"(?:^|[.!?,:;\"“”]\s*)(?:I['’]m|I am|this is)\s+$", re.I)
_SIGN_ON_AFTER = re.compile(
    r"(?:,\s*(?:[A-Z][\w.&'’-]*\s+){0,3}News)?(?:,?\s+(?:reporting\s+)?(?:in|from|at)\s+[A-Z][\w.'’-]*"
    r"(?:,?\s+[A-Z][\w.'’-]*){0,3})?(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?\s*(?:[.!]|$)"
)
_AS_BEFORE = re.compile(r"(?:^|[.!?\"“”]\s*)(?i:as)\s+(?:(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['’]s?\s+)?$")
_AS_AFTER = re.compile(r"\s+reports?\s*,")
_HAND_OFF = re.compile(
    r"\s+(?:(?:is|was)\s+(?:in|at)\s+[^.;:]{1,40}?\s+and\s+)?(?:has|files|filed|sends|sent)\s+(?:more(?:\s+details)?|details|"
    r"the\s+(?:story|details)|this\s+(?:report|story))(?:\s+(?:on|from|about)\b|\s*[.:]|$)"
    r"|(?:\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})?\s+contributed\s+(?:to\s+this\s+(?:report|story)|reporting)"
)


# an outlet's name and its possessive right before a person's name: "CNN's Jo Marsh", "the BBC's Jo Marsh"
_OUTLETS_OWN = re.compile(r"((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s\s+$")


def _outlets_own(before: str) -> bool:
    """'told CNN's Jo Marsh', "VOA's Jo Marsh": a news outlet's journalist (its interviewer or reporter)."""
    m = _OUTLETS_OWN.search(before[-40:])
    return m is not None and any(gz.is_outlet(" ".join(m[1].split()[i:])) for i in range(len(m[1].split())))


def _reporter_frame(before: str, after: str) -> str:
    """'reporter' when the text round a person's name says that person reports the story
    (``_REPORTER_BEFORE``, ``_REPORTER_AFTER``, an 'As ... reports,' or a hand-off); 'byline' for a
    broadcast's sign-on or sign-off ('I'm Jo Marsh.', which a speaker of a speech may say of himself too)."""
    before = before if len(before) <= 80 else "\0" + before[-80:]  # the words right before it (no block start)
    if (
        _REPORTER_BEFORE.search(before)
        or _outlets_own(before)
        or _REPORTER_AFTER.match(after)
        or (_AS_AFTER.match(after) and _AS_BEFORE.search(before))
        or _HAND_OFF.match(after)
    ):
        return "reporter"
    return "byline" if _SIGN_ON_AFTER.match(after) and _SIGN_ON_BEFORE.search(before) else ""


# an office on the line under a name: 'European Commissioner for Maritime Affairs', 'Secretary of State'
_OFFICE_LINE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}?" + TITLE_WORDS + r"\b")


def _office_below(docs, b: int) -> bool:
    """Is the line under block ``b`` a short line that opens with an office ('Maria Damanaki' above
    'European Commissioner for Maritime Affairs and Fisheries' heads her speech): the speaker, no byline."""
    if b + 1 >= len(docs):
        return False
    nxt = text_of(docs[b + 1])
    return len(nxt) <= 120 and not nxt.rstrip().endswith(".") and _OFFICE_LINE.match(nxt) is not None


def reporters(cast: Cast, docs, keep: set[str], doers: set[str]) -> set[str]:
    """People every mention of whom names the article's own reporter (``_reporter_frame``, a byline
    line): the story's writer, not an actor of it, unless in ``keep``
    (quote speakers). A name known only from a line of its own or a sign-on is dropped only when it does nothing
    (in ``doers``, it is the speaker of a speech whose name heads it: 'Barack Obama' above his remarks)."""
    frames: dict[str, list[str]] = {}
    for x in cast.mentions:
        m = cast.members.get(x.key)
        if m is None or m.kind != "person" or x.key in keep:
            continue
        text = text_of(docs[x.block])
        before, after = text[: x.start], text[x.end :]
        frame = _reporter_frame(before, after)
        if not frame and not before.strip() and _BYLINE_REST.fullmatch(after) and not _office_below(docs, x.block):
            frame = "byline"
        frames.setdefault(x.key, []).append(frame)
    return {k for k, seen in frames.items() if all(seen) and ("reporter" in seen or k not in doers)}
