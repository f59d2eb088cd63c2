"""Direct quotations and who said them.

Quote spans: curly or straight double quotes, per block; a quote left open at the end of a
paragraph continues into the next paragraph that opens with a quote mark (each paragraph a quote
of its own, the same speaker's). Scare quotes (a short
term with no speech cue next to it, or no verb) are not quotes, but the first part of a quotation
broken off by its attribution is one (``"Thugs," said X, "locked up ..."``). Transcript paragraphs that open
with a speaker label (``SECRETARY BLINKEN:``, ``MR PRICE:``) are that speaker's speech (a leading
``(Laughter.)`` cut); ``QUESTION:`` turns are the interviewer's when the title or a heading names
one (``Interview by Jane Roe of Radio X``), else no one's.

Attribution, in order: the cue right after the quote (``, he added``, ``, according to the NATO
chief``, ``, said Stoltenberg``); ``<A> quoted <X> as saying``; the subject of a verb of calling whose object
or complement the quoted fragment is (``X called the test "highly provocative"``); the subject of the speech verb
before the quote (``Stoltenberg ... denounced ... and said: "...``); ``According to X, "...``; the
sentence after it (``That was the plea from X``); a quote standing alone continues the previous
speaker, unless its paragraph names someone else after it. The speaker mention is resolved through the article's cast:
names and surnames (a title's abbreviation, 'Lance Cpl.', is no sentence end), role phrases and
the noun a person was introduced with ('Jane Doe, a teacher' -> 'the teacher'), and he/she -> the
person the text just turned to, when a sentence headed by the same pronoun follows them (:func:`_topic_before`), the
last speaker (or another person reported speaking in a paragraph since) or the head of the last
sentence naming a person; no guess when two people joined by 'and' fit, or when a name the cast
does not hold as a person comes between; never a person the text says is of the other sex ('Mr. Hill' for
'she', :func:`_of_pronouns_sex`). A quote standing alone does not go on with the last speaker over a
paragraph that turned to someone else (:func:`_turned_to_another`).

Unnamed sources: when the attribution names no one but a role or a group ('a senior defense
official said', 'according to an FCDO spokesperson', 'Rescue workers said', a transcript label
'SENIOR STATE DEPARTMENT OFFICIAL:' or 'Operator:'), the quote gets that description as its
``source`` (:func:`unnamed_source`) and no speaker; such a label is never made an actor. So does a sayer
described, not named, whose description or clause names someone ('said an aide to Senator X', 'a spokesman
for X said', 'one official said, adding that X ...'): their words, not X's.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from generator.annotate import gazetteer as gz
from generator.annotate.cast import ROLE_NOUNS, ROLE_PHRASE, TITLE_WORDS, Cast, Mention, clean, strip_aff
from generator.annotate.nlp import ents_of, parsed_at, parsed_token, sentence_at, text_of
from generator.annotate.people import ORG_WORDS

SPEECH = (
    r"said|says|say|added|adds|stressed|stresses|stated|states|told|tells|noted|notes|warned|warns|explained|"
    r"insisted|speculated|asserted|declared|emphasi[sz]ed|emphasi[sz]es|underlined|underscored|wrote|writes|"
    r"tweeted|posted|continued|concluded|remarked|recalled|argued|argues|claimed|claims|urged|acknowledged|"
    r"admitted|announced|replied|responded|asked|commented|affirmed|reiterated|observed|cautioned|predicted|"
    r"vowed|pledged|promised|suggested|told reporters|said in a statement|lamented|complained|conceded|"
    r"pointed out|went on|denounced|repeated|answered|joked|saying"
)
SPEECH_RX = re.compile(r"^(?:" + SPEECH + r")$", re.I)
# more verbs that attribute a quotation, read by this module only ('condemned the attack, adding:
# "..."', '"...!" shouted X', '"...," X quipped'); events.py reads SPEECH
_SPEECH = SPEECH + (
    r"|adding|noting|explaining|insisting|stressing|arguing|recalling|shouted|exclaimed|quipped|testified|"
    r"recounted|boasted|explains|recalls|insists|wondered|mused|put it"
)
_SPEECH_RX = re.compile(r"^(?:" + _SPEECH + r")$", re.I)
_MENTION = (
    r"(?P<sp>(?:[Tt]he |[Hh]is |[Hh]er |[Ii]ts )?(?:[A-Z][\w.'’-]*|U\.S\.)"
    r"(?:[ -](?:[A-Z][\w.'’-]*|of|for|the|1st|2nd|3rd))*"  # 'Sgt. 1st Class Jo Roe'
    r"(?: [a-z]+(?:-[a-z]+)?)?|[Tt]he former [a-z-]+(?: [a-z]+){0,2}|[Tt]he [a-z]+(?: [a-z]+)?|"
    r"(?:he|she|He|She|they|They|it|It)\b)"
)
_STATEMENT = r"(?:a |the |an? [\w-]+ |the [\w-]+ )(?:statement|readout|communiqu[eé]|press release|release)s?"
# 'X issued the following statement:', 'X made the following statement on the vote:': a speech verb's colon
_FOLLOWING = r"\bthe following (?:statement|remarks|comments|message)s?\b(?:(?!\.\s)[^!?\"“”]){0,200}:\s*$"
_AFTER = [
    re.compile(
        r"^\s*,?\s*(?:according to|said)\s+" + _STATEMENT + r" (?:from|by|issued by|released by|of)\s+" + _MENTION
    ),
    re.compile(r"^\s*,?\s*(?:according to)\s+" + _MENTION),
    re.compile(r"^\s*,?\s*(?P<v>" + _SPEECH + r")\s+" + _MENTION),
    re.compile(r"^\s*,?\s*" + _MENTION + r"\s+(?:also |later |then |further )?(?P<v>" + _SPEECH + r")\b"),
    re.compile(r"^\s*[—–]\s*" + _MENTION + r"(?=,|\s*$|\.)"),  # '” — Secretary of State X, in Panama'
]
# 'the rebels', 'a neighbour', 'an official': someone the text does not name (never a name after it)
_UNNAMED = re.compile(r"(?:[Tt]he|[Aa]n?|[Ss]ome|[Tt]wo|[Tt]hree|[Mm]any) [a-z]")
_QUOTED_AS_BEFORE = re.compile(r"\b(?:quoted|cited)\s+(?P<sp>[^\"“”]{2,80}?)\s+as saying[,:]?\s*[\"“]?\s*$")
_QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+" + _MENTION + r"\s+as saying")
# 'FOREIGN MINISTER AMORIM (via interpreter):', 'JO ROE (TRANSLATED):': a note on how the words came in brackets,
# not the label's
_LABEL = re.compile(
    r"^(?P<label>(?:[A-Z][A-Z./'’-]+ ){0,4}[A-Z][A-Z./'’-]+)(?: \((?:[A-Za-z][a-z ]{2,30}|[A-Z][A-Z ]{2,30})\))?:\s+"
)
# 'President Obama. It is a great pleasure ...' (a title and a name as a sentence of their own)
_LABEL_DOT = re.compile(
    r"^(?P<label>(?:The )?(?:President|Vice President|Secretary|Prime Minister|Mr\.|Ms\.|Mrs\.|Dr\.|Senator|"
    r"Governor|Chancellor|Ambassador|Minister|General|Admiral) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\.\s+(?=[A-Z\"“])"
)
# interviews: '((Wikinews)) Who plays ...', '((WN)) ...'
_LABEL_PAREN = re.compile(r"^(?P<label>\(\((?P<name>[^()]{1,40})\)\))\s+")
# interviews: 'Tina McKenzie: It was ...' (counted only when the same label opens two paragraphs or more)
_LABEL_NAME = re.compile(
    r"^(?P<label>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.? )?"  # 'Dr. Omar Haddad: ...' too
    r"[A-Z][a-z][\w'’-]*(?: (?:[A-Z][\w'’-]+|de|da|van|von|al|bin|le|la)){1,3}):\s+(?=[A-Z\[\"“‘'])"
)
# interviews: 'Wikinews: Why are you running?' (counted only beside a label of two words or more: see name_labels)
_LABEL_WORD = re.compile(r"^(?P<label>[A-Z][a-z][\w'’-]*):\s+(?=[A-Z\[\"“‘'])")
# transcripts: 'Jane Roe (Moderator): ...', a name with its part in the call in brackets
_LABEL_NAME_ROLE = re.compile(
    r"^(?P<label>(?P<name>[A-Z][a-z][\w'’-]*(?: (?:[A-Z][\w'’.-]+|de|da|van|von|al|bin|le|la)){1,3}) "
    r"\([A-Z][\w -]{1,30}\)):\s+(?=[A-Z\[\"“‘'])"
)
# a transcript's speaker label standing alone on its line, the turn's words in the paragraphs after it: a name in
# capitals or in title case, maybe the speaker's role after a comma ('ANITA POWELL, VOA White House Correspondent:',
# 'Selim, Earthquake Survivor:', 'SECRETARY BLINKEN:', 'Judge Mary Okafor:', a note on how the words came after it:
# 'PRESIDENT SILVA (via interpreter):'); or an unnamed one ('Unidentified Man:', 'UNIDENTIFIED FEMALE:')
_LONE_LABEL = re.compile(
    r"(?P<name>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}|[A-Z][a-z][\w'’-]*(?: (?:[A-Z][\w'’.-]+|de|da|van|von|al|"
    r"bin|le|la)){0,3})(?:, (?P<role>[A-Z][\w'’.&-]*(?: [\w'’.&-]+){0,7}))?(?: \([A-Za-z][\w .-]{1,30}\))?:"
)
_LONE_UNNAMED = re.compile(r"(?i:unidentified)(?: [A-Za-z]+){1,3}:")
# a role that is a sentence's words ('Chief Executive, Acme said:'), no speaker's label
_LONE_NOT_ROLE = re.compile(r"\b(?:said|says|told|tells|stated|added|adds|reads?|following|below|as follows)\b")
_LABEL_TITLES = {
    "MR",
    "MR.",
    "MS",
    "MS.",
    "MRS",
    "MRS.",
    "DR",
    "DR.",
    "SECRETARY",
    "UNDER",
    "DEPUTY",
    "ASSISTANT",
    "AMBASSADOR",
    "PRESIDENT",
    "VICE",
    "GENERAL",
    "GEN.",
    "ADMIRAL",
    "SENATOR",
    "MINISTER",
    "FOREIGN",
    "PRIME",
    "SPOKESPERSON",
    "ADMINISTRATOR",
    "DIRECTOR",
    "CHAIRMAN",
    "COMMISSIONER",
    "SPEAKER",
    "ACTING",
    "PRINCIPAL",
    "SPECIAL",
    "ENVOY",
    "REPRESENTATIVE",
    "COORDINATOR",
    "CHANCELLOR",
    "KING",
    "GOVERNOR",
    "THE",
}
_NOT_SPEAKERS = {
    "QUESTION",
    "Q",
    "MODERATOR",
    "OPERATOR",
    "PARTICIPANT",
    "STAFF",
    "AUDIENCE",
    "REPORTER",
    "INTERPRETER",
    "NOTE",
    "UPDATE",
    "EDITOR'S NOTE",
    "SOURCE",
    "PHOTO",
    "IMAGE",
    "WASHINGTON",
    # a broadcast script's parts, no one's words: 'INTRO:', 'TEXT:', 'TAPE: CUT 1', 'OUTRO:', 'TAG:', 'SOT:'
    "INTRO",
    "TEXT",
    "OUTRO",
    "TAPE",
    "TAG",
    "SOT",
    "NAT SOUND",
    "AMBIENCE",
    "MUSIC",
}
_PRONOUNS = {"he", "she", "his", "her"}
_DOCS = ("statement", "readout", "communique", "communiqué", "release")
_GENERIC = re.compile(
    r"^(?:[Tt]he|[Ii]ts|[Tt]heir) (?:[\w-]+ )?(?P<noun>statement|readout|communiqu[eé]|release|ministry|"
    r"department|agency|office|commission|council|embassy|committee|newspaper|paper|daily|"
    r"broadcaster|outlet|network|channel)$"
)


_MARK = re.compile('"')
TURN = "(same speaker)"  # cue of an unlabelled paragraph in a transcript speaker's turn
CONTINUED = "(quotation continued)"  # cue of a paragraph that goes on with the quotation left open before it


@dataclass(frozen=True)
class FoundQuote:
    block: int
    start: int  # char offsets of the quoted text in its block
    end: int
    text: str
    speaker: str | None  # cast key
    cue: str
    source: str = ""  # an unnamed source as the text describes it ('a senior official'), when speaker is None


# the nouns that head a description of an unnamed source ('a senior defense official', 'rescue workers')
_SOURCE_HEADS = (
    r"officials?|spokesperson|spokespeople|spokes(?:wo)?m[ae]n|sources?|operators?|moderators?|diplomats?|"
    r"aides?|officers?|workers?|residents?|witness(?:es)?|analysts?|experts?|insiders?|staffers?|employees?|"
    r"negotiators?|commanders?|rescuers?|survivors?|villagers?|neighbou?rs?|relatives?|lawmakers?|"
    r"firefighters?|doctors?|nurses?|soldiers?|advisers?|advisors?|observers?|investigators?|representatives?|"
    r"directors?|managers?|engineers?|controllers?|scientists?|researchers?|teachers?|farmers?|students?|"
    r"parents?|passengers?|fisherm[ae]n|protesters?|demonstrators?|activists?|campaigners?|medics?|paramedics?|"
    r"volunteers?|participants?|organi[sz]ers?|traders?|drivers?|pilots?|guards?|inspectors?|eyewitness(?:es)?|"
    r"locals?|voters?|supporters?|critics?|opponents?|patients?|people|wom[ae]n|m[ae]n|mothers?|fathers?|wife|wives|"
    r"husbands?|sons?|daughters?|lawyers?|attorneys?|friends?|colleagues?|fans?|shoppers?|tourists?|refugees?|"
    r"evacuees?|victims?|migrants?|miners?|pupils?|physicians?|surgeons?|family|families"
)
_SOURCE_DET = (
    r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)"
)
# what may follow the head noun: the end, a comma, a speech verb, a post-modifier; never more noun
_SOURCE_NEXT = (
    r"(?=\s*$|\s*[,.;:)]|\s+(?:" + _SPEECH + r"|who|speaking|familiar|close|briefed|involved|also|later|then|"
    r"had|has|have|was|were|is|are|told|on|at|in|with|for|from|of|to)\b)"
)
_NOT_MODIFIER = r"(?:" + _SPEECH + r"|[Aa]ccording|to|and|but|that|he|she|it|they|we|I|[Hh]is|[Hh]er|[Tt]heir)"
_MODIFIER = r"(?!" + _NOT_MODIFIER + r"\b)[\w.'’&-]+ "  # 'senior ', 'US ', 'FCDO '
_UNNAMED_SOURCE = re.compile(
    r"(?<![\w'’-])(?:(?P<det>" + _SOURCE_DET + r") )?(?P<mods>(?:" + _MODIFIER + r"){0,5}?)"
    r"(?P<head>" + _SOURCE_HEADS + r")\b"
    r"(?P<post> (?:for|of|at|from|with|in|to) (?:the )?(?:[A-Z][\w.'’&-]*|U\.S\.)(?: (?:[A-Z][\w.'’&-]*|of|and|for))*)?"
    + _SOURCE_NEXT
)
_SOURCE_LABEL = re.compile(r"^(?P<label>[A-Z][a-z]+(?: [a-z]+){0,3}):\s+(?=[A-Z\[\"“‘'])")  # 'Operator: Welcome ...'


def unnamed_source(text: str) -> str:
    """The description of an unnamed source in an attribution ('a senior defense official' in
    'a senior defense official said', 'Rescue workers' in 'Rescue workers said', 'an FCDO
    spokesperson' in 'according to an FCDO spokesperson'): a noun phrase headed by a role or group
    noun (:data:`_SOURCE_HEADS`) with a determiner, or a plural one without; '' when there is none,
    or when a name follows it ('a spokesman, John Kirby,': a named person's words)."""
    for m in _UNNAMED_SOURCE.finditer(text):
        plural = m["head"].lower().endswith(("s", "people", "men"))
        if not m["det"] and not plural:
            continue
        if re.search(r"[A-Z][\w.'’-]+,\s*$", text[: m.start()]):
            continue  # 'said Jane Doe, a spokeswoman': her words
        if re.match(r",?\s+(?:[A-Z][a-z]+\.? )?[A-Z][a-z]+", text[m.end() :]) and not re.match(
            r",?\s+(?:" + _SPEECH + r")\b", text[m.end() :]
        ):
            continue  # 'a spokesman, John Kirby, said'
        if m["det"]:
            return m.group(0).strip()
        return _bare_plural(text, m)
    return ""


def _bare_plural(text: str, m: re.Match) -> str:
    """'Rescue workers', 'officials' (not 'On Thursday officials'): a plural without a determiner
    keeps the lowercase words right before its noun, and the first word of the text."""
    words = m["mods"].split()
    kept: list[str] = []
    for k in range(len(words) - 1, -1, -1):
        first = m.start() == 0 and k == 0
        if len(kept) == 2 or not (words[k].islower() or first):
            break
        kept.insert(0, words[k])
    return " ".join([*kept, m.group(0)[m.start("head") - m.start() :]]).strip()


# the number that tells apart two unnamed speakers of one label ('SENIOR OFFICIAL ONE:', 'OFFICIAL 2:')
_LABEL_NUMBER = re.compile(r"(?i:one|two|three|four|five)|\d")


def source_label(label: str) -> bool:
    """Is a transcript label an unnamed speaker's ('SENIOR STATE DEPARTMENT OFFICIAL', 'MODERATOR',
    'Operator'): words ending in a role noun, none of them a name or a title before a name?"""
    words = label.split()
    if len(words) > 1 and _LABEL_NUMBER.fullmatch(words[-1]):
        words = words[:-1]  # 'SENIOR OFFICIAL ONE', 'SENIOR OFFICIAL 2': one of several unnamed, numbered
    if not words or not re.fullmatch(_SOURCE_HEADS, words[-1].lower()) or words[-1].lower().startswith("source"):
        return False
    if all(w.isupper() for w in words):
        return True
    return words[0][:1].isupper() and words[0][1:].islower() and all(w.islower() for w in words[1:])


# White House transcripts: 'Q    Thank you, Karine.' (a reporter's question, no colon)
# 'Question: “Have they ...”' too; and a note in brackets after the label ('Q (Name and affiliation inaudible) – welcome
# to ...', 'Q: (Off mike.) Mr. Secretary, ...'): still a reporter's question
_LABEL_Q = re.compile(
    r"^(?P<label>Q[.:]?|Question:)(?:\s+(?=[A-Z\"“])|\s*\([^()]{1,60}\)\s*(?:[.:]|[–—-]+)?(?:\s+(?=\S)|\s*$))"
    r"|^(?P<asker>Question|QUESTION) \([^()]{1,60}\):\s+"  # 'Question (Jo Roe, BBC): ...' (a UK transcript)
)


_ENTRY = re.compile(r"^[^:\"“]{2,60}:\s+(?P<body>[^:]{1,120})$")


def _list_entry(text: str) -> bool:
    """'Crow Tribe of Montana: Severe storms, straight-line winds, and flooding': a name, a colon
    and a few words that end in a letter (no sentence end, no broken-off speech) and say nothing in
    the first person is an entry of a list, not a speaker's turn."""
    m = _ENTRY.match(text.strip())
    if m is None:
        return False
    body = m["body"].rstrip()
    return len(body.split()) <= 12 and body[-1:].isalnum() and not _FIRST_PERSON.search(body)


@functools.lru_cache(maxsize=256)  # asked of a paragraph by several rules: kept for the last paragraphs
def speaker_label(text: str, names: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """('SECRETARY BLINKEN', 'BLINKEN') for a transcript paragraph opening with a speaker label;
    also 'President Obama.' and '((Wikinews))', and 'Tina McKenzie:' when that label is in ``names``
    (the labels that open two paragraphs or more: see :func:`name_labels`); ('Q', '') for a
    reporter's question ('Q:', 'Q    Thank you'), which ends the speaker's turn."""
    if _list_entry(text):
        return None  # 'Kansas: Severe storms and flooding': an item of a list, no one's words
    m = _LABEL.match(text)
    rest = text[m.end() :].split() if m else []
    if m and (not re.search(r"[^\W\d_]", text[m.end() :]) or len(rest) == 1 and re.search(r"\d", rest[0])):
        return None  # 'RELEASE: 07-55', 'MEDIA ADVISORY: M07-72': a heading with a number, no one's words
    if not m and _LABEL_Q.match(text):
        return "Q", ""
    if not m:
        pm = _LABEL_PAREN.match(text)
        if pm:
            return pm.group("label"), pm.group("name").strip()
        nm = _LABEL_NAME.match(text) or _LABEL_WORD.match(text)
        if nm and nm.group("label") in names:
            return nm.group("label"), nm.group("label")
        dm = _LABEL_DASH.match(text)
        if dm and dm["label"] in names:  # 'GOVERNOR PAUL REED - Thank you ...'
            return dm["label"], _untitled(dm["label"])
        rm = _LABEL_NAME_ROLE.match(text)
        if rm:  # 'Paul Fulton (Moderator): Thank you ...'
            return rm.group("label"), rm.group("name")
        dm = _LABEL_DOT.match(text)
        if dm:
            words = [w for w in dm.group("label").split() if w.upper() not in _LABEL_TITLES]
            return dm.group("label"), " ".join(words)
        sm = _SOURCE_LABEL.match(text)
        return (sm["label"], "") if sm and source_label(sm["label"]) else None
    label = m.group("label")
    words = [w for w in label.split() if w.upper() not in _LABEL_TITLES and "/" not in w]  # not U/S of U/S ROE
    if label.upper() in _NOT_SPEAKERS or label.startswith("AUDIENCE ") or len(label) < 2:  # 'AUDIENCE MEMBER:' too
        return label, ""
    if not words:  # 'THE PRESIDENT:': the holder of the office speaks
        return (label, label) if _OFFICE_LABEL.fullmatch(label) else (label, "")
    return label, " ".join(words)


_OFFICE_LABEL = re.compile(
    r"THE (?:VICE PRESIDENT|PRESIDENT|SECRETARY|PRIME MINISTER|CHANCELLOR|GOVERNOR|MAYOR|SECRETARY-GENERAL"
    r"|(?:FOREIGN|HOME|DEFENCE|HEALTH|BUSINESS|ENVIRONMENT|TRANSPORT|EDUCATION) SECRETARY)"  # UK: 'Foreign Secretary:'
)


def _office_holder(label: str, cast: Cast, b: int) -> str:
    """Who 'THE PRESIDENT:' is: the one person of the article whose title is that office exactly
    ('President Bush'; not 'Vice President Qadir'), else the office-holder as the text names them
    ('the President', as :func:`aliases._officeholders` names them)."""
    title = label.split(" ", 1)[1].title()
    holders = [m.key for m in cast.members.values() if m.kind == "person" and strip_aff(m.role) == title]
    if len(holders) == 1 and not _addressed(cast, holders[0], b, len(label)):
        return holders[0]
    key = "the " + title
    cast.add(key, "person", b, 0, len(label), label, name=False)
    return key


def _addressed(cast: Cast, key: str, b: int, after: int) -> bool:
    """Is ``key`` named in the turn the label of paragraph ``b`` opens ('THE PRESIDENT: President
    Roe, thank you.'): one spoken to, not the one speaking?"""
    return any(x.key == key and x.block == b and x.start >= after for x in cast.mentions)


def _narrator_initials(label: str, cast: Cast) -> bool:
    """'DS:' in a radio script that names 'Reporter David Sommerstein': a label of two or three capitals
    that are the initials of a person of the cast is the script's narrator, the reporter, whose words
    tell the story: no quote, and no one's turn."""
    if not re.fullmatch(r"[A-Z]{2,3}", label):
        return False
    return any(
        m.kind == "person" and len(m.key.split()) == len(label) and "".join(w[0] for w in m.key.split()) == label
        for m in cast.members.values()
    )


def _noun_label(name: str, cast: Cast) -> bool:
    """'FACT:', 'MYTH:': a one-word label that is a common English noun and names no one of the
    cast (unlike 'BROWN:' after 'Mike Brown'): no person's name, so no speaker."""
    from generator.annotate.lemmas import getAllLemmas

    if (
        not re.fullmatch(r"[A-Z][A-Za-z]+", name)
        or cast.person_by_name(name.title())
        or clean(name.title()) in cast.members
    ):
        return False
    return "NOUN" in getAllLemmas(name.lower())


def lone_label(text: str) -> tuple[str, str, str] | None:
    """(label, name, role) of a speaker label standing alone on its line (:data:`_LONE_LABEL`): ('ANITA POWELL',
    'ANITA POWELL', 'VOA White House Correspondent'), ('Unidentified Narrator', '', '') for an unnamed speaker; None
    for a line that is no person's label ('Key Points:', 'The statement reads:', 'Show Open:'). A person's label is a
    name of two words or more, or one word with a role after it; at least one word of the name, titles left out,
    is no English word ('Anita', 'Blinken') or the first of two is a given name ('Tom Hale'), so that a heading of
    common words ('Next Steps:') is none."""
    from generator.annotate.lemmas import getAllLemmas

    t = text.strip()
    if _LONE_UNNAMED.fullmatch(t):
        return t[:-1], "", ""
    m = _LONE_LABEL.fullmatch(t)
    if m is None or m["role"] and _LONE_NOT_ROLE.search(m["role"]):
        return None
    words = m["name"].split()
    names = [w for w in words if w.upper() not in _LABEL_TITLES and not re.fullmatch(TITLE_WORDS, w.title())]
    if not names or len(words) < 2 and not m["role"]:
        return None
    if all(getAllLemmas(w.lower()) for w in names) and not (len(names) >= 2 and gz.known_given_name(names[0].title())):
        return None  # 'Next Steps:' a heading; not 'TOM HALE:' (a given name first)
    role = m["role"] or ""
    return m["name"], " ".join(names), "" if _DOING.match(role) else role


def _words(text: str) -> bool:
    """Is a paragraph words (two or more), no address ('jo.roe@example.org', 'https://...') nor number?"""
    return "@" not in text and "://" not in text and len(re.findall(r"[A-Za-z]{2,}", text)) >= 2


# what the speaker is doing, no role ('Reporting for VOA', 'Speaking from Kyiv')
_DOING = re.compile(r"[A-Z][a-z]+ing (?:for|from|in|at|on|with)\b")


def lone_labels(texts: list[str]) -> dict[int, tuple[str, str, str]]:
    """The blocks that are a speaker label standing alone (:func:`lone_label`), each followed by a paragraph of words
    that is no label (the turn's words; not a press contact's e-mail address or telephone number); none unless the
    article has two or more (a transcript, not one line before a list)."""
    found = {
        b: lab for b, t in enumerate(texts) if t.rstrip().endswith(":") and len(t) < 120 and (lab := lone_label(t))
    }
    turns = {b: lab for b, lab in found.items() if b + 1 < len(texts) and b + 1 not in found and _words(texts[b + 1])}
    return turns if len(turns) >= 2 else {}


def name_labels(texts: list[str]) -> frozenset[str]:
    """'Name:' labels that open two paragraphs or more (an interview's speakers), or, when two people's
    names or more do, one paragraph of speech each ('Jane Platt: Thank you. ...' then 'Sara Hammond: Good
    morning, Jane. ...': a call's speakers); a one-word label ('Wikinews:', 'Smith:') too, when a label of
    two words or more opens two paragraphs as well (the other party)."""
    seen: dict[str, int] = {}
    spoken: set[str] = set()  # labels of a person's name opening a paragraph of speech ('Jane Platt: Thank you. ...')
    for t in texts:
        m = _LABEL_NAME.match(t) or _LABEL_WORD.match(t)
        if m:
            seen[m.group("label")] = seen.get(m.group("label"), 0) + 1
            body = t[m.end() :].strip()
            if " " in m["label"] and _a_persons_name(m["label"]) and len(body.split()) >= 6 and body[-1:] in ".!?":
                spoken.add(m["label"])
    labels = {k for k, n in seen.items() if n >= 2} | (spoken if len(spoken) >= 2 else set())
    return frozenset(labels if any(" " in k for k in labels) else (k for k in labels if " " in k)) | _dash_labels(texts)


# a transcript's speaker in capitals then a dash: 'JOHN DOE - Governor, when ...' (two words or more: not 'LAGOS -')
_LABEL_DASH = re.compile(r"^(?P<label>[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,4}) [-–—] (?=[A-Z\"“])")


def _untitled(label: str) -> str:
    """A label in capitals without its titles: 'GOVERNOR PAUL REED' -> 'PAUL REED'."""
    return " ".join(w for w in label.split() if w not in _LABEL_TITLES)


def _dash_labels(texts: list[str]) -> frozenset[str]:
    """The 'NAME - ' labels of a transcript: two different ones or more, that open three paragraphs or more
    together (a dateline in capitals, 'NEW YORK - ', opens one paragraph only)."""
    seen = [m["label"] for t in texts if t[:1].isupper() and (m := _LABEL_DASH.match(t))]
    if len(seen) < 3 or len(set(seen)) < 2:
        return frozenset()
    # a person's name each, not a list's countries or outlets ('NEW ZEALAND - Two gold medals')
    named = [k for k in set(seen) if _a_persons_name(_untitled(k).title())]
    return frozenset(named) if len(named) == len(set(seen)) else frozenset()


def _surname_labels(texts: list[str], cast: Cast) -> frozenset[str]:
    """One-word 'Name:' labels of an interview whose two parties the text names in full before ('Sam Ford sat
    down with Governor Ruth Kane.' then 'Ford: ...' and 'Kane: ...'): two or more labels, each opening two
    paragraphs or more and each the surname of a person of the cast."""
    seen: dict[str, int] = {}
    for t in texts:
        m = _LABEL_WORD.match(t)
        if m:
            seen[m["label"]] = seen.get(m["label"], 0) + 1
    labels = {k for k, n in seen.items() if n >= 2 and " " in (cast.person_by_name(k) or "")}
    return frozenset(labels) if len(labels) >= 2 else frozenset()


def _abbreviates(short: str, name: str) -> bool:
    """'WN' abbreviates 'Wikinews': its letters, in order, the first one first."""
    s, n = short.lower(), name.lower()
    if not (2 <= len(s) <= 4) or not short.isupper() or not n.startswith(s[0]) or len(n) <= len(s):
        return False
    it = iter(n)
    return all(ch in it for ch in s)


def _label_key(
    name: str, cast: Cast, b: int, label: str, keys: dict[str, str], texts: list[str] | None = None
) -> str | None:
    """The cast key a transcript label names (added as a person when the cast does not have it). Not a person
    the cast finds by the label's surname but first names in full in the speaker's own words after the label
    (a speaker names someone else so, not themselves)."""
    if not name:
        return None
    office = "THE " + name.upper().removeprefix("THE ")  # 'Prime Minister:' (a UK transcript) as 'THE PRIME MINISTER:'
    if _OFFICE_LABEL.fullmatch(office):
        keys[name] = keys.get(name) or _office_holder(office, cast, b)
        return keys[name]
    for seen, known in keys.items():
        if _abbreviates(name, seen):
            return known
    form = name.title() if name.isupper() and not label.startswith("((") else name
    key = cast.person_by_name(form) or (clean(form) if clean(form) in cast.members else None)
    if key is not None and key != clean(form) and _named_in_own_turn(cast.members[key].first, b, label, texts):
        key = None  # 'PRESIDENT OBAMA: ... I brought Michelle Obama to Prague': first named in the turn, someone else
    if key is None:
        key = form
        cast.add(key, "person", b, 0, len(label), form, name=True)
    key = _of_labels_sex(label, form, key, cast, keys, texts)
    keys[name] = key  # type: ignore[assignment]
    return key


# a speaker naming themselves: 'this is Carol Roe', 'I am Carol Roe', 'my name is Carol Roe'
_SELF_NAMED = re.compile(r"\b(?:[Tt]his is|I am|I['’]m|[Mm]y name is|[Ii]t['’]s)\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")


def _named_in_own_turn(first: tuple[int, int], b: int, label: str, texts: list[str] | None) -> bool:
    """Is a person first named (at ``first``) in the words of the transcript turn labelled ``label`` at block ``b``,
    not as the speaker introducing themselves ('this is Carol Roe')?"""
    if not texts or first[0] != b or first[1] < len(label):
        return False
    return not _SELF_NAMED.search(texts[b][: first[1]])


_LABEL_HONORIFIC = re.compile(r"(?P<h>MRS|MS|MISS|MR)\.? ")


def _of_labels_sex(
    label: str, form: str, key: str, cast: Cast, keys: dict[str, str], texts: list[str] | None = None
) -> str | None:
    """The person a label with an honorific names ('MRS. HALE:'): the one of that surname the text names with
    an honorific of that sex ('Mrs. Laura Hale'); when the person found is named by a label with an honorific
    of the other sex ('MR. HALE:', her husband) or so in the text ('Mr. Hale'), the one other person of that
    surname, else no one; no one either when the person found is not said to be of the label's sex and the text
    gives the surname with another first name the cast does not hold ('President Joe Hale and First Lady Jill
    Hale' in a title line the model read only 'Joe Hale' of)."""
    mark = "\x00" + key  # the first label naming ``key`` (never a label's name: no abbreviation of it)
    hm = _LABEL_HONORIFIC.match(label)
    if hm is None:
        keys.setdefault(mark, label)
        return key
    sex = "m" if hm["h"] == "MR" else "f"
    surname = form.split()[-1]
    own = {
        k
        for k, m in cast.members.items()
        if m.kind == "person"
        and any(f.split()[-1] == surname and _HONORIFIC[sex].match(f) and f[:1].isupper() for f in m.forms)
    }
    if len(own) == 1:
        return own.pop()
    other = _HONORIFIC["f" if sex == "m" else "m"]
    first = _LABEL_HONORIFIC.match(keys.setdefault(mark, label))
    if not any(f.split()[-1] == surname and other.match(f) for f in cast.members[key].forms) and (
        first is None or (first["h"] == "MR") == (sex == "m")
    ):
        if texts and _sex(cast, key, texts) != sex and _another_of_surname(surname, cast, texts):
            return None
        return key  # not 'MR. HALE:' before (but 'ACTING SPOKESMAN REEKER:' then 'MR. REEKER:': one man)
    # 'Mr. Hale' is the one found, or 'MR. HALE:' names them: the one other person of the surname, if one
    rest = {
        k
        for k, m in cast.members.items()
        if k != key and m.kind == "person" and any(f.split()[-1] == surname for f in m.forms)
    }
    return rest.pop() if len(rest) == 1 else None


def _another_of_surname(surname: str, cast: Cast, texts: list[str]) -> bool:
    """Does the text give ``surname`` after a first name that no person of the cast has with it, no title or
    honorific ('Jill Hale' beside 'Joe Hale' when the cast holds him only; not 'President Hale', 'Mrs. Hale')?"""
    own = {
        w
        for m in cast.members.values()
        if m.kind == "person"
        for f in m.forms
        if surname in f.split()
        for w in f.split()
    }
    rx = re.compile(r"\b([A-Z][a-z]+) " + re.escape(surname) + r"\b")
    return any(
        w not in own
        and w.upper() not in _LABEL_TITLES
        and not _HONORIFIC["m"].fullmatch(w)
        and not _HONORIFIC["f"].fullmatch(w)
        and not _a_noun(w.lower())
        and not _ROLE_WORD.fullmatch(w.lower())
        for t in texts
        for w in rx.findall(t)
    )


def quote_spans(texts: list[str]) -> list[tuple[int, int, int]]:
    """(block, start, end) of each quoted text, without the marks."""
    out = []
    for b, text in enumerate(texts):
        t = text.replace("“", '"').replace("”", '"').replace("„", '"')
        marks = [m.start() for m in _MARK.finditer(t)]
        close = t.find("''", marks[-1] + 1) if len(marks) % 2 == 1 else -1
        if close > 0 and not t[close - 1].isspace():
            marks.append(close)  # '"... to natural disasters.'' said X': two apostrophes typed for the closing mark
        if _opens_inside(text, marks):  # 'It must be ice,” said X. “These ...”': its opening mark lost
            out.append((b, 0, marks[0]))
            marks = marks[1:]
        for k in range(0, len(marks) - 1, 2):
            out.append((b, marks[k] + 1, marks[k + 1]))
        lost = _lost_opening(text, marks)
        if lost is not None:  # '," he explained. They showed ... in town.”': its opening mark lost
            out.append((b, lost, marks[-1]))
        elif len(marks) % 2 == 1:  # open to the end of the paragraph (continued in the next one)
            out.append((b, marks[-1] + 1, len(t)))
    return out


def _opens_inside(text: str, marks: list[int]) -> bool:
    """Does the paragraph open inside a quotation whose opening mark the copy lost: an odd number of
    curly marks, the first a closing one after a few words ('It must be ice,” said X. “These ...”')?"""
    return len(marks) % 2 == 1 and text[marks[0]] == "”" and len(text[: marks[0]].split()) >= 3


def _lost_opening(text: str, marks: list[int]) -> int | None:
    """Where a quotation whose opening mark the copy lost starts: a paragraph with an odd number of
    curly marks whose last two are both closing ones ('“...,” he explained. They showed ... town.”'),
    the last at the paragraph's end; it starts at the sentence after the one that closes the
    quotation before. None for any other paragraph."""
    if len(marks) < 3 or len(marks) % 2 == 0 or text[marks[-1]] != "”" or text[marks[-2]] != "”":
        return None
    if text[marks[-1] + 1 :].strip():
        return None
    stop = re.compile(r"[.!?]\s+(?=[A-Z])").search(text, marks[-2] + 1, marks[-1])
    return stop.end() if stop else None


def parse_needs(docs) -> list:
    """(doc, sentence) pairs this module will want parsed: those of a speech verb right before a quotation."""
    out = []
    for doc in docs:
        text = text_of(doc)
        if '"' not in text and "“" not in text or speaker_label(text):
            continue
        for _, start, _ in quote_spans([text]):
            verb = _verb_before(doc, start)
            if verb is not None:
                out.append((doc, sentence_at(doc, verb.idx)))
    return out


# a transcript's heading that names who asks the questions ('Interview by Jane Roe of Radio X')
_INTERVIEWER = re.compile(
    r"^(?:An? |The )?Interview (?:[Oo]n [^,:]{2,60}? )?(?P<by>by|conducted by|[Ww]ith) "
    r"(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})"
    r"(?:,? (?:of|from|for|with|on) .*)?$"
)
# a transcript's paragraph of notes only: '(Signing of the treaty.) (Applause.)', '\[Laughter\]'
_STAGE_NOTES = re.compile(r"(?:\\?[\[(][^\[\]()]{1,120}\\?[\])]\s*)+")
# a transcript's clock or end mark on a line of its own ('4:34 P.M. EST', 'END 11:02 A.M. EDT', '###'): the turn is over
_TRANSCRIPT_END = re.compile(
    r"(?:END\.?\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?)(?:\s+[A-Z]{2,4})?\.?|END\.?|#(?:\s*#){2,}"
)
# a transcript's note at the start of a turn ('(Laughter.)', '[Applause]'): no one's words
_STAGE_NOTE = re.compile(r"^(?:\((?:[A-Z][a-z]+)(?: [a-z]+){0,2}\.?\)|\[(?:[A-Z][a-z]+)(?: [a-z]+){0,2}\.?\])\s+")


def _interviewer(title: str, labels: set[str] | frozenset[str] = frozenset()) -> str:
    """The interviewer a transcript's title names, whose questions the 'QUESTION:' turns are:
    'Interview by Jane Roe of Radio X' -> 'Jane Roe'; 'Interview With Jane Roe of Radio X' too,
    when no speaker label of the text (``labels``, upper case) holds her surname (else she is the one
    interviewed: 'Interview with Jane Roe' above 'MS. ROE: ...'); '' when it names none."""
    m = _INTERVIEWER.match(" ".join(title.split()))
    if m is None or not _a_persons_name(m["name"]):
        return ""
    if m["by"].lower() == "with" and any(m["name"].split()[-1].upper() in label.split() for label in labels):
        return ""
    return m["name"]


_GROUP_WORDS = set(
    "reporters journalists media staff board editors correspondents pool press television channel network magazine "
    "newspaper editorial service".split()
)


def _a_persons_name(name: str) -> bool:
    """Is ``name`` shaped as a person's ('Tim Russert'), not an outlet's or a group's ('Fox News',
    'The Washington Post', 'Traveling Press', 'Al Jazeera')?"""
    words = name.split()
    return (
        words[0] != "The"
        and all(re.fullmatch(r"[A-Z][a-z][\w'’.-]*|[A-Z]\.", w) for w in words)
        and not any(w.lower() in gz.OUTLET_WORDS or w.lower() in _GROUP_WORDS for w in words)
        and not gz.is_outlet(name)
        and gz.country_of(name) is None
    )


def find_quotes(docs, cast: Cast, title: str = "") -> list[FoundQuote]:
    """The quotations of an article's blocks and who said them; ``title``, the article's own
    title, may name the interviewer of a transcript (:func:`_interviewer`)."""
    texts = [text_of(d) for d in docs]
    names = name_labels(texts) | _surname_labels(texts, cast)
    asker = _transcript_asker(texts, names, title)
    narrators = _narrator_labels(texts)
    r = _Reading(texts=texts)
    answers = _answerer(texts, cast)
    if answers and asker and asker.split()[-1] == answers.split()[-1]:
        asker = ""  # 'Interview with Minister Jo Roe' over 'Q.' and 'A.': she answers, the questions are no one's named
    lone = lone_labels(texts)
    for b, doc in enumerate(docs):
        if lone and _lone_turn(r, b, lone, cast):
            continue
        lab = speaker_label(text_of(doc), names) or (("A", answers) if answers and _LABEL_A.match(texts[b]) else None)
        lab = lab or _named_label_in_turn(r, texts[b])
        if lab and (lab[0] in narrators or _narrator_initials(lab[0], cast)):
            r.turn, r.turn_source = None, ""  # 'DS:': the reporter tells the story, quoting no one
            continue
        if _turn_goes_on(r, b, doc, lab):
            continue
        r.turn, r.turn_source, r.turn_cue = None, "", ""
        if lab:
            if not _tape_cut(r, b, text_of(doc), cast):
                _labelled_turn(r, b, doc, lab, asker, cast)
            continue
        if "SOUNDBITE" in texts[b] and _soundbites(r, b, texts[b], cast):
            continue
        # Each step keeps the paragraph (into r) when it is its kind, so the order is the rule: the 'X said:'
        # words start a block quotation, and _block_paragraph, run only when they do not, ends it.
        if (
            _said_colon_words(r, b, texts, cast)
            or _block_paragraph(r, b, texts, cast)
            or _signed_quote(r, b, texts, cast)
            or _quotation_runs_on(r, b, texts)
        ):
            continue
        _marked_quotes(r, b, doc, cast, texts)
    return _merge_continued(r.found, texts)


# an audiovisual page's shot list: '00:00:07 00:00:15 SOUNDBITE (in English) by Jo Roe, Irish Minister for
# Agriculture: We have ...', the speaker's words after the colon up to the next shot's time codes (several soundbites
# of several speakers may share one paragraph)
_SOUNDBITE = re.compile(
    r"\bSOUNDBITE(?: \([^()]{1,40}\))? by (?P<name>[A-Z][\w'’.-]+(?: (?:[A-Z][\w'’.-]+|de|da|van|von|al|le|la)){1,4})"
    r"(?:,[^:]{1,160})?:\s+"
)
_SHOT = re.compile(r"\s*\b\d{1,2}:\d{2}(?::\d{2})?\s+\d{1,2}:\d{2}(?::\d{2})?\b|\s*\bSOUNDBITE\b")


def _soundbites(r: _Reading, b: int, text: str, cast: Cast) -> bool:
    """The soundbites of a shot list paragraph (:data:`_SOUNDBITE`) kept as their speakers' words; whether it had
    one."""
    found = False
    for m in _SOUNDBITE.finditer(text):
        cut = _SHOT.search(text, m.end())
        end = cut.start() if cut else len(text.rstrip())
        words = text[m.end() : end].strip()
        if len(words.split()) < 2:
            continue
        name = m["name"]
        key = cast.person_by_name(name)
        if key is None:
            key = name
            cast.add(key, "person", b, m.start("name"), m.end("name"), name, name=True)
        r.found.append(FoundQuote(b, m.end(), m.end() + len(words), words, key, "SOUNDBITE by " + name))
        r.last, found = key, True
    return found


def _named_label_in_turn(r: _Reading, text: str) -> tuple[str, str] | None:
    """A person's name and a colon opening a paragraph in the middle of a transcript's turns ('Omar Haddad: We
    expect ...' after 'MODERATOR: ...'), though that label opens no other paragraph: the next speaker's turn, not
    more of the current one's."""
    if not (r.turn or r.turn_source):
        return None
    m = _LABEL_NAME.match(text)
    name = " ".join(w for w in m["label"].split() if w.rstrip(".").upper() not in _LABEL_TITLES) if m else ""
    return (m["label"], name) if m and " " in name and _a_persons_name(name) else None


# a heading of a transcript's part ('The Inside Story:', 'Show Open:'): capitalised words ending in a colon
_PART_HEADING = re.compile(r"[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|the|and|in|on|for|to)){0,5}:")


def _lone_turn(r: _Reading, b: int, lone: dict[int, tuple[str, str, str]], cast: Cast) -> bool:
    """A speaker label alone on its line (:func:`lone_labels`) opens its speaker's turn for the paragraphs after it
    ('ANITA POWELL, VOA White House Correspondent:': Anita Powell, the role kept as hers; 'Unidentified Narrator:':
    an unnamed speaker); a heading of the transcript's part ('The Inside Story:') ends the turn. Whether block ``b``
    was one of them."""
    if b not in lone:
        if not _PART_HEADING.fullmatch(r.texts[b].strip()):
            return False
        r.turn, r.turn_source, r.turn_cue = None, "", ""
        return True
    label, name, role = lone[b]
    r.turn_source = "" if name else label
    r.turn = _label_key(name, cast, b, label, r.label_keys, r.texts) if name else None
    r.turn_quoted, r.turn_cue = False, r.texts[b].strip()
    member = cast.members.get(r.turn) if r.turn else None
    if member is not None:
        member.role = member.role or role
        if label.lower() not in {f.lower() for f in member.forms}:
            member.forms.append(label)
    return True


@dataclass
class _Reading:
    """What reading an article's blocks in order carries from one block to the next."""

    found: list[FoundQuote] = field(default_factory=list)
    last: str | None = None
    turn: str | None = None  # the transcript speaker whose turn it is
    turn_source: str = ""  # or the unnamed one's label ('MODERATOR')
    turn_quoted: bool = False  # the turn's words open with a quotation mark (a script: narration between turns)
    turn_cue: str = ""  # the cue of the turn's first paragraph after a label alone on its line ('JO ROE, Host:')
    label_keys: dict[str, str] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)  # the article's blocks
    block: tuple[str | None, str, str, bool] | None = None  # a block quotation's speaker, source, cue, reach


_REPORTER = re.compile(
    r"\b(?:[Rr]eporter|[Cc]orrespondent|[Nn]arrator)\s+(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
    r"|(?P<b>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+(?:reports|has (?:this|the|more)\b)"
)

_REPORTER_WORDS = ("eporter", "orrespondent", "arrator", "reports", "has this", "has the", "has more")


def _narrator_labels(texts: list[str]) -> frozenset[str]:
    """The labels a script gives its reporter's narration ('DS:' after 'Reporter David Sommerstein ... has this
    report', 'BERMAN:' after 'Jessica Berman reports.'): the initials of each name the text gives as a reporter's or
    correspondent's, and the surname, in capitals, of one called reporter or said to report."""
    out = set()
    for t in texts:
        # every match holds one of these (80 real texts' 498 blocks: the scan 5.9 ms a pass before)
        for m in _REPORTER.finditer(t) if any(map(t.__contains__, _REPORTER_WORDS)) else ():
            words = (m["a"] or m["b"]).split()
            out.add("".join(w[0] for w in words).upper())
            if m["a"] or m[0].endswith("reports"):  # not 'Jo Roe has the support': a reporter only
                out.add(words[-1].upper())
    return frozenset(out)


_LABEL_A = re.compile(r"^A[.:]\s+(?=[A-Z\"“])")  # an interview's answer: 'A: I grew up near one.'


def _answerer(texts: list[str], cast: Cast) -> str:
    """Whose the answers of an interview in questions and answers are ('Q: Why ...?' then 'A: I grew up ...'): the
    one person the text names, outside quotations, before its first question; '' when it names no one or several
    there, or has no answer labelled 'A:' after a question."""
    first = next((b for b, t in enumerate(texts) if _LABEL_Q.match(t) and t.startswith("Q")), None)
    if first is None or not any(_LABEL_A.match(t) for t in texts[first + 1 :]):
        return ""
    people = {
        x.key
        for x in cast.mentions
        if x.block < first and cast.members[x.key].kind == "person" and not _quoted(texts[x.block], x.start)
    }
    askers = {
        x.key
        for x in cast.mentions
        if x.key in people
        and (
            _ASKER_BEFORE.search(texts[x.block][max(0, x.start - 40) : x.start])
            or _ASKS_AFTER.match(texts[x.block], x.end)
        )
    }
    return people.pop() if len(people) == 1 and not askers else ""


# the one who asks an interview's questions: 'our correspondent Jo Roe', 'Jo Roe interviewed ...' (not 'Jo Roe
# spoke to us': the one who answers)
_ASKER_BEFORE = re.compile(r"\b(?:[Rr]eporter|[Cc]orrespondent|[Jj]ournalist|[Ii]nterviewer|[Hh]ost|[Ee]ditor)\s+$")
_ASKS_AFTER = re.compile(
    r"(?:,[^,.;]{1,60},)?\s+(?:interview(?:ed|s)|asked|asks|questioned|s[ai]t down with|met|meets)\b"
)


def _transcript_asker(texts: list[str], names: frozenset[str], title: str) -> str:
    """The interviewer a transcript's title or heading line names, or ''."""
    labels = {lab[0].upper() for t in texts if (lab := speaker_label(t, names))}
    heads = [title, *(t for t in texts[:4] if len(t) < 160)]  # the title, or a heading line of the text
    return next((who for t in heads if (who := _interviewer(t, labels))), "")


# a question's label in words of title case, a turn of no one named: 'Reporter: How can ...', 'Audience member: Why?'
_ASKER_LABEL = re.compile(r"^(?:Reporter|Journalist|Interviewer|Questioner|Audience(?: [Mm]ember)?)(?: \d{1,2})?:\s")


# words in quotation marks attributed in the third person right after them ('," he said.', '," said Jo Roe'): a
# reporter's sentence, not a transcript speaker's (who would say 'I said')
_NARRATED = re.compile(
    r"[,!?][\"”]\s+(?:(?:said|says|added|adds)\s+(?:[A-Z]|he\b|she\b)|" + _MENTION + r"\s+(?:" + _SPEECH + r")\b)"
)


def _turn_goes_on(r: _Reading, b: int, doc, lab: tuple[str, str] | None) -> bool:
    """Whether a paragraph with no speaker label is the rest of the current transcript turn (kept if so); not one
    opening with an asker's label ('Reporter: How can ...'), which ends the turn."""
    if not lab and _ASKER_LABEL.match(text_of(doc)):
        return False
    if not lab and (r.turn or r.turn_source) and _TRANSCRIPT_END.fullmatch(text_of(doc).strip()):
        r.turn, r.turn_source = None, ""  # '4:34 P.M. EST' after the last answer: no one's words, and no more turns
        return True
    if not lab and (r.turn or r.turn_source) and _STAGE_NOTES.fullmatch(text_of(doc).strip()):
        return True  # '(Applause.)', '[At this point, a moment of silence was observed.]': the turn goes on, no words
    if not lab and r.turn_quoted and text_of(doc).lstrip()[:1] not in ('"', "“"):
        return False  # 'ALAN ROE: "..."' then 'The corn on his farm is dry.' (or 'I'm Jo Roe with "Farm Week."'):
        # words in marks, then narration; the words going on would open with a mark
    if not lab and (r.turn or r.turn_source) and _NARRATED.search(text_of(doc)):
        return False  # '"She is the bravest person I know," her husband said.': a reporter's attribution, the turn over
    if not lab and (r.turn or r.turn_source):  # the speaker's turn goes on (quotation marks inside are theirs too)
        start, body = _unwrapped(0, text_of(doc).strip())
        r.found.append(FoundQuote(b, start, len(text_of(doc)), body, r.turn, r.turn_cue or TURN, r.turn_source))
        r.turn_cue = ""
        return True
    return False


def _labelled_turn(r: _Reading, b: int, doc, lab: tuple[str, str], asker: str, cast: Cast) -> None:
    """A paragraph opening with a speaker label: whose turn it starts, and its words kept as theirs."""
    label, name = lab
    if label in ("QUESTION", "Q") and asker:
        name = asker  # 'QUESTION:' in 'Interview by Jane Roe': her questions
    r.turn_source = label if source_label(label) or _noun_label(name, cast) else ""  # 'MODERATOR:', 'FACT:': no actor
    key = None if r.turn_source else _label_key(name, cast, b, label, r.label_keys, r.texts)
    if r.turn_source and (
        host := _host_named(label, text_of(doc), cast, r.label_keys) or _spokesperson(label, cast, r.texts)
    ):
        r.turn_source, key = "", host
    aside = re.match(r" \([^()]{1,32}\):", text_of(doc)[len(label) :])  # 'SILVA (via interpreter): ...'
    head = len(label) + (aside.end() if aside else 1)
    head += 2 if text_of(doc)[head : head + 2] in ("- ", "– ", "— ") else 0  # 'JOHN DOE - ...': the dash is no word
    body_start = len(text_of(doc)) - len(text_of(doc)[head:].lstrip())
    note = _STAGE_NOTE.match(text_of(doc)[body_start:])
    body_start += note.end() if note else 0  # '(Laughter.) No, not at all.'
    r.turn = key
    r.turn_quoted = _quoted_turn(text_of(doc)[body_start:].strip())
    if key or r.turn_source:
        body = text_of(doc)[body_start:].strip()
        body_start, body = _unwrapped(body_start, body)
        r.found.append(FoundQuote(b, body_start, len(text_of(doc)), body, key, label + ":", r.turn_source))
        r.last = key


# a radio script's host naming themselves in their turn: 'HOST: This is Science in the News. I'm Mary Stone.'
_HOST_LABEL = re.compile(r"(?i:host|anchor|presenter|announcer)")
_I_AM = re.compile(
    r"\b(?:I['’]m|I am|[Tt]his is|[Mm]y name is) (?P<n>[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){1,2})\b"
)


def _host_named(label: str, text: str, cast: Cast, keys: dict[str, str]) -> str | None:
    """The person a script's 'HOST:' label is: the one who names themselves in a turn of that label ('I'm Mary
    Stone'), kept for the label's later turns; None when no turn of it has named them yet."""
    if not _HOST_LABEL.fullmatch(label):
        return None
    if label in keys:
        return keys[label]
    m = _I_AM.search(text)
    key = cast.person_by_name(m["n"]) if m else None
    if key is not None:
        keys[label] = key
    return key


_SPOKES = re.compile(r"(?i:spokes(?:person|man|woman))")
# ', Spokesperson for ...', ', the party's chief spokesman', ', a police spokeswoman' (not ', who met the spokesman')
_SPOKES_AFTER = re.compile(
    r",\s+(?:the\s+|an?\s+)?(?:(?:[A-Z][\w'’-]*|chief|deputy|press|senior|official|police|army|party)\s+){0,3}?"
    r"(?i:spokes(?:person|man|woman))\b"
)
_SPOKES_BEFORE = re.compile(r"(?i:spokes(?:person|man|woman))\s+$")


def _spokesperson(label: str, cast: Cast, texts: list[str]) -> str | None:
    """Who a briefing's 'Spokesperson:' label is: the one person the article calls a spokesperson ('Stefan Lund,
    Spokesperson for the Secretary-General', 'spokesman Jo Roe'); None when the text names none or several."""
    if not _SPOKES.fullmatch(label):
        return None
    holders = {
        x.key
        for x in cast.mentions
        if cast.members[x.key].kind == "person"
        and (
            _SPOKES_AFTER.match(texts[x.block], x.end)
            or _SPOKES_BEFORE.search(texts[x.block][max(0, x.start - 16) : x.start])
        )
    }
    return holders.pop() if len(holders) == 1 else None


_TAPE_CUT = re.compile(
    r"^(?:TAPE|SOT|ACT):\s+(?:CUT|ACT) \d+:\s+(?P<name>[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){0,2})\s*$"
)


def _tape_cut(r: _Reading, b: int, text: str, cast: Cast) -> bool:
    """Is the paragraph a radio script's cue of a recording by someone ('TAPE: CUT 1: ROE')? Then the words in
    quotation marks in the paragraph after it are that person's (their turn, which narration ends)."""
    m = _TAPE_CUT.match(text.strip())
    if m is None or m["name"].upper() in _NOT_SPEAKERS:
        return False
    r.turn = _label_key(m["name"], cast, b, m["name"], r.label_keys)
    r.turn_quoted = True
    return True


def _quoted_turn(body: str) -> bool:
    """Are a labelled turn's words in quotation marks ('ROE: "We lost it all."', or with only the closing one,
    'ROE (TRANSLATED): We lost it all."'): a script quoting what it recorded, narration in the paragraphs after?"""
    marks = [c for c in body if c in '"“”']
    return body[:1] in ('"', "“") or (len(marks) == 1 and body[-1:] in ('"', "”"))


def _unwrapped(start: int, body: str) -> tuple[int, str]:
    """A turn's words without the quotation marks around them ('President Roe: “We will meet in June.”'):
    the marks of one quotation that opens the turn and closes it (or runs on to the next paragraph)."""
    marks = [i for i, c in enumerate(body) if c in '"“”']
    if len(marks) == 1 and marks[0] == len(body) - 1 and body[-1] in '"”':
        return start, body[:-1].rstrip()  # 'ROE (TRANSLATED): We lost it all."': the opening mark left out
    if not marks or marks[0] != 0 or len(marks) > 2 or (len(marks) == 2 and marks[1] != len(body) - 1):
        return start, body
    return start + 1, body[1 : marks[1] if len(marks) == 2 else len(body)].strip()


def _said_colon_words(r: _Reading, b: int, texts: list[str], cast: Cast) -> bool:
    """Whether the paragraph is the words a 'X said:' paragraph before it announces (kept if so)."""
    said = _said_colon_before(texts, b, cast)
    said = None if said and _shared_surname(cast, said, texts[b - 1]) else said
    said_source = "" if said else _source_colon_before(texts, b)
    if said or said_source:  # 'Dr Jane Roe, Chief Executive, X Agency said:' then her words, no quotation marks
        r.found.append(FoundQuote(b, 0, len(texts[b]), texts[b].strip(), said, texts[b - 1].strip(), said_source))
        r.last = said
        to_end = _declared_statement(texts, b - 1) and _to_the_end(texts, b + 1, cast, said)
        r.block = (said, said_source, texts[b - 1].strip(), to_end)
        return True
    return False


def _block_paragraph(r: _Reading, b: int, texts: list[str], cast: Cast) -> bool:
    """Whether the paragraph goes on with the block quotation before it (kept if so; else the block ends)."""
    if r.block and _block_goes_on(texts, b, cast, r.block[0], r.block[3]):
        r.found.append(FoundQuote(b, 0, len(texts[b]), texts[b].strip(), r.block[0], r.block[2], r.block[1]))
        return True  # the next paragraph of a block quotation: see _block_goes_on
    r.block = None
    return False


def _quotation_runs_on(r: _Reading, b: int, texts: list[str]) -> bool:
    """Whether the paragraph is inside a quotation left open at the end of the paragraph before, its
    paragraphs without an opening mark ('“I welcome the news. ...' then 'This transfer is further
    evidence ... of the ICTY.”'): kept, as the same speaker's, when a paragraph up to five on closes it
    with its one mark at its end and no paragraph between has a mark or a label."""
    prev = r.found[-1] if r.found else None
    if prev is None or prev.cue == TURN or prev.block != b - 1 or prev.end < len(texts[b - 1].rstrip()):
        return False
    if not (prev.speaker or prev.source) or not _opened_at_end(texts[b - 1], prev.start):
        return False
    for m in range(b, min(b + 5, len(texts))):
        marks = [c for c in texts[m] if c in '"“”']
        if speaker_label(texts[m]) or (marks and not _closes_alone(texts[m])):
            return False
        if marks:
            body = texts[b].strip().rstrip('"”').rstrip() if m == b else texts[b].strip()
            r.found.append(FoundQuote(b, 0, len(texts[b]), body, prev.speaker, CONTINUED, prev.source))
            return True
    return False


def _opened_at_end(text: str, start: int) -> bool:
    """Does the quotation starting at ``start`` run on to the paragraph's end, its opening mark not closed?"""
    return not any(c in '"“”' for c in text[start:])


def _closes_alone(text: str) -> bool:
    """Is the paragraph's one quotation mark a closing one at its end ('... of the ICTY.”')?"""
    t = text.rstrip()
    return sum(c in '"“”' for c in t) == 1 and t[-1:] in '"”'


def _signed_quote(r: _Reading, b: int, texts: list[str], cast: Cast) -> bool:
    """Whether the paragraph is a pull quote signed on the line after it (kept if so)."""
    sign = _signed_by(texts, b, cast)
    if sign:  # a pull quote signed on its own line: 'Unfortunately ...' then '—Superintendent Gary Knowles'
        r.found.append(FoundQuote(b, 0, len(texts[b]), quote_text(texts[b].strip()), sign, texts[b + 1].strip()))
        r.last = sign
        return True
    return False


def _marked_quotes(r: _Reading, b: int, doc, cast: Cast, texts: list[str]) -> None:
    """The paragraph's quotations in quotation marks, each with its speaker or unnamed source."""
    for _qb, start, end in quote_spans([text_of(doc)]):
        content = text_of(doc)[start:end].strip()
        if not content:
            continue
        spk, cue, pos = _attribute(doc, b, start, end, cast, r.last, texts)
        if spk and _shared_surname(cast, spk, cue):
            spk = None  # 'Ms Skripal said' with two Skripals in the text: no guess
        if not _is_quote(doc, start, end, content, cue) and not _sentence_goes_on(r, b, doc, start, content, cue, cast):
            continue
        src = "" if spk else unnamed_source(cue)
        if not spk and not src and _pronoun(cue):
            src = _unnamed_antecedent(cast, b, start, texts, _pronoun(cue))  # 'Another woman said ...' then 'She
            # said "..."': that woman, no one named
        if spk and _other_pronoun(spk, cue, r.found):
            spk = None  # '"...?" she asked. "...," he replied': not the same person
        if spk and _told_the_other(cast, spk, text_of(doc)[end : end + 40], b, start, texts):
            spk = None  # 'X called Y. "...," she told him': one of the two, the text does not say which
        if spk and _pronoun(cue) and _after_unnamed_quote(r.found, b, start, cast, texts, cue):
            spk, src = None, r.found[-1].source  # '"...," said a witness. "...," she added': the witness
        spk, cue, src = _speaker_from_context(r.found, b, doc, start, end, spk, cue, src, cast, texts)
        spk, cue = _continues_last(r, b, doc, start, end, spk, cue, src, texts, cast)
        r.found.append(FoundQuote(b, start, end, quote_text(content), spk, cue, "" if spk else src))


def _sentence_goes_on(r: _Reading, b: int, doc, start: int, content: str, cue: str, cast: Cast) -> bool:
    """Is a quotation with no verb of its own a sentence of the paragraph's speaker's words all the same: a new
    sentence of four words or more right after their attribution ('"The storm took everything," said Jo Roe,
    a fisherman. "My boat, my nets, my house."'), or a shorter whole sentence with a verb ('"It works here."'),
    not words a clause of theirs calls something?"""
    words = content.split()
    if cue or _title_shaped(words) or not r.found or r.found[-1].block != b:
        return False
    end = text_of(doc).find(content, start) + len(content)
    if len(words) < 4 and not (len(words) >= 2 and content[-1:] in ".!?" and _has_verb(doc, start, end)):
        return False
    if not r.found[-1].speaker or not re.search(r"[.!?]\s+[\"“]$", text_of(doc)[:start]):
        return False
    return _same_paragraph_speaker(r.found[-1], b, doc, start, None, "", cast)[1] == "(continues)"


def _speaker_from_context(
    found: list[FoundQuote],
    b: int,
    doc,
    start: int,
    end: int,
    spk: str | None,
    cue: str,
    src: str,
    cast: Cast,
    texts: list[str],
) -> tuple[str | None, str, str]:
    """(speaker, cue, source) of a quotation its own attribution left without one, from the quotes and
    paragraphs around it: a paragraph going on, the same paragraph's speaker, the subject before it, the
    paragraph before."""
    # a paragraph opening with a quote, unattributed, right after a paragraph's quote: its continuation
    goes_on = spk is None and not cue and bool(found) and found[-1].block == b - 1 and start <= 1
    if goes_on and found[-1].speaker and not _others_after(cast, b, end, found[-1].speaker):
        spk, cue = found[-1].speaker, found[-1].cue  # continuation paragraph
    elif (
        goes_on
        and found[-1].source
        and not {m.key for m in cast.mentions if m.block == b and cast.members[m.key].kind == "person"}
    ):
        src, cue = found[-1].source, found[-1].cue  # the unnamed source's next paragraph
    if spk is None and not cue and found and found[-1].block == b and found[-1].speaker:
        spk, cue = _same_paragraph_speaker(found[-1], b, doc, start, spk, cue, cast)
    if spk is None and not cue and not (found and found[-1].block == b):
        spk = _subject_before(cast, b, texts[b], start, end)
        cue = "(named before)" if spk else cue
    if spk is None and not cue and b > 0 and text_of(doc)[:start].strip() in ('"', "“", ""):
        spk, cue, src = _named_in_paragraph_before(b, end, spk, cue, src, cast, texts)
    if spk and cue == "(named before)" and _spoken_of(spk, text_of(doc)[start:end], cast, texts):
        spk, cue = None, ""  # 'John Doe died in the flood. "He was everything to me."': said of him
    return spk, cue, src


def _spoken_of(key: str, quote: str, cast: Cast, texts: list[str]) -> bool:
    """Does a quotation given to the person the text named before it open with 'he' or 'she' (or 'his',
    'her') that may be them ('John Doe died on Monday. "He was everything to me."')? Then it speaks of them."""
    first = re.match(r"\W*(\w+)", quote)
    word = first[1].lower() if first else ""
    if word not in ("he", "she", "his", "her", "him"):
        return False
    return _sex(cast, key, texts) != ("f" if word in ("he", "his", "him") else "m")


def _same_paragraph_speaker(
    prev: FoundQuote, b: int, doc, start: int, spk: str | None, cue: str, cast: Cast
) -> tuple[str | None, str]:
    """(speaker, cue): the speaker of the paragraph's quote before, when only one clause of theirs or no
    other person comes between."""
    gap = text_of(doc)[prev.end : start]
    inner = gap.strip(' "“”').rstrip(".")
    stops = [m for m in re.finditer(r"\. ", inner) if not _abbreviated(inner, m.start())]
    one_clause = prev.cue in gap and not stops  # 'said Pfc. Jo Roe, a medic.': one clause
    others = {k for k in cast.keys_in(b, prev.end, start) if cast.members[k].kind == "person"}
    if (len(gap) < 160 or one_clause and len(gap) < 320) and (one_clause or not others - {prev.speaker}):
        spk, cue = prev.speaker, "(continues)"  # '"...," said X, the Y. "More ..."'
    return spk, cue


def _named_in_paragraph_before(
    b: int, end: int, spk: str | None, cue: str, src: str, cast: Cast, texts: list[str]
) -> tuple[str | None, str, str]:
    """(speaker, cue, source) of a paragraph opening with a quote, from the paragraph before: the one
    person it names as a subject, the one saying before a colon, or a speaker or unnamed source it
    announces."""
    named = {k for k in cast.keys_in(b - 1, 0, len(texts[b - 1])) if cast.members[k].kind == "person"}
    announced = _statement_from(cast, b - 1, texts[b - 1])
    if announced:  # 'The following is a statement from NASA Administrator X on ...'
        return announced, texts[b - 1].strip(), src
    if (
        len(named) == 1
        and not _named_in_a_title(cast, b - 1, named, texts[b - 1])
        and not _others_after(cast, b, end, next(iter(named)))
        and (
            _as_subject(cast, b - 1, next(iter(named)), texts[b - 1])
            # 'Speaking before the meeting in Brussels Prime Minister X said:' (a side phrase first)
            or _says_before_colon(cast, b - 1, texts[b - 1])[0] in named
        )
    ):
        spk, cue = named.pop(), "(named before)"  # 'X, speaking from Istanbul, voiced optimism.'
    elif len(named) > 1 and _says_before_colon(cast, b - 1, texts[b - 1])[0]:
        spk, cue = _says_before_colon(cast, b - 1, texts[b - 1])  # '... Mr. Bush says that ...:'
    elif not named:
        spk = _line_speaker(cast, b - 1, texts) or _body_saying(cast, b - 1, texts[b - 1])
        cue = texts[b - 1].strip() if spk else cue
        if not spk and _SAYS_COLON.search(texts[b - 1].rstrip()):
            src = unnamed_source(texts[b - 1])  # 'A senior official said:' then '"..."'
            cue = texts[b - 1].strip() if src else cue
    return spk, cue, src


# 'The following statement is from X, ...:', 'The following is a statement from X on ...'
_STATEMENT_FROM = re.compile(
    r"\b[Tt]he following (?:is (?:a |the )?)?(?:joint )?(?:statement|remarks|message)s? (?:is |was |are )?(?:from|by) "
)


def _statement_from(cast: Cast, b: int, text: str) -> str | None:
    """The person a line announcing the statement below names right after 'The following statement
    is from' (title words before the name allowed), or None."""
    m = _STATEMENT_FROM.search(text)
    if m is None:
        return None
    people = sorted(
        (x for x in cast.mentions if x.block == b and x.start >= m.end() and cast.members[x.key].kind == "person"),
        key=lambda x: x.start,
    )
    if not people or not re.fullmatch(r"(?:[A-Z][\w.'’-]*\s+)*", text[m.end() : people[0].start]):
        return None
    return people[0].key


def _continues_last(
    r: _Reading, b: int, doc, start: int, end: int, spk: str | None, cue: str, src: str, texts: list[str], cast: Cast
) -> tuple[str | None, str]:
    """(speaker, cue): a quotation standing alone, still no one's, continues the last speaker (not after
    an introducing colon); and who the last speaker is after it."""
    introduced = b > 0 and texts[b - 1].rstrip().endswith(":")  # 'X, the Y of Z, added:' (X unknown)
    if (
        spk is None
        and not src
        and text_of(doc)[:start].strip() in ('"', "“", "")
        and r.last
        and _alone(doc, start, end)
        and not introduced
        and not _turned_to_another(r, b, cast, texts)
        and not _narration_between(r, b, cast, texts)
    ):
        spk, cue = r.last, "(continues)"
    if spk or src:
        r.last = spk  # after an unnamed source's words, a quote standing alone is no one named's
    elif introduced:
        r.last = None  # 'The X said:' (X not known) then '"..."': a quote after it is no earlier speaker's
    return spk, cue


def _turned_to_another(r: _Reading, b: int, cast: Cast, texts: list[str]) -> bool:
    """Has the text turned from the last speaker to someone else in the paragraphs without quotation marks
    between their last quote and paragraph ``b``: a sentence headed by another actor ('Jane Roe and Tom
    Hill disagreed.', 'The Red Cross disagreed.') or by an unnamed group or source ('Residents were less
    hopeful.', 'One resident, a teacher, was not.'), or words given to another ('..., according to the Red
    Cross.')? Then a quotation standing alone after them is no sure words of the last speaker."""
    since = max((q.block for q in r.found if q.speaker == r.last), default=b - 1)
    for p in range(since + 1, b):
        text = texts[p]
        if any(q.block == p for q in r.found):
            continue  # (a paragraph with words in marks that are no quotation, '... a “sign of hope”', is read)
        for x in cast.mentions:
            if (
                x.block == p
                and x.key != r.last
                and x.key in cast.members
                and cast.members[x.key].kind != "other"
                and not _quoted(text, x.start)
            ):
                if _NO_COMMENT.search(text, x.end, _sentence_end(text, x.start)):
                    continue  # 'Her employer, X, did not respond to requests for comment.': no one else's words
                if _heads_sentence(text, x.start) or re.search(r"\baccording to\s+(?:the\s+)?$", text[: x.start]):
                    return True
                if cast.members[x.key].kind == "person" and _says_right_after(text, x):
                    return True  # 'Father of three, Jo Roe, 33, says ...': another reported speaking
        starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text) if not _abbreviated(text, m.start()))]
        for st in starts:
            sent = text[st : st + 1].lower() + text[st + 1 :]  # 'Residents were less hopeful.'
            sent = _OPENING_CONJUNCTION.sub("", sent)  # 'But some voters were unconvinced.'
            said = unnamed_source(sent) if _UNNAMED_SOURCE.match(sent) else ""
            if (said and said.split()[0].lower() == sent.split()[0].lower()) or _others_say(sent):
                return True
    return False


_REFERS_BACK = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Ii]ts?|[Tt]hey|[Tt]heir|[Tt]hem)\b")


def _narration_between(r: _Reading, b: int, cast: Cast, texts: list[str]) -> bool:
    """Is there a paragraph without quotations between the last speaker's last quote and paragraph ``b`` that
    neither names them nor refers back to anyone by a pronoun ('"...," Ortiz said.' then 'The march ended
    outside the ministry.' then '"We will come back."')? The story has moved on from the speaker: a quotation
    standing alone after it is no sure words of theirs (it may be a marcher's)."""
    since = max((q.block for q in r.found if q.speaker == r.last), default=b - 1)
    for p in range(since + 1, b):
        if any(q.block == p for q in r.found) or _REFERS_BACK.search(texts[p]):
            continue
        if not any(x.block == p and x.key == r.last for x in cast.mentions):
            return True
    return False


# a sentence saying that someone said nothing: 'X did not respond to a request for comment', 'X declined to comment'
_NO_COMMENT = re.compile(
    r"\b(?:did not|didn't|could not|couldn't|has not|hasn't|have not|had not)\s+(?:immediately\s+)?"
    r"(?:respond|reply|return|comment|be reached)\b|\bdeclined\s+to\s+(?:comment|be interviewed|respond)\b"
)
_OTHERS_SAY = re.compile(r"(?P<w>(?:[\w'’-]+ ){0,3}(?P<n>[a-z]{3,}s))\s+(?:also\s+)?(?:" + SPEECH + r")\b")


def _others_say(sent: str) -> bool:
    """Is the sentence headed by a plural noun that speaks ('Environmental groups said ...', 'Opposition parties
    argue ...'; not 'She always says ...')?"""
    from generator.annotate.lemmas import getAllLemmas

    m = _OTHERS_SAY.match(sent)
    if m is None or m["w"].split()[0] in _PRONOUNS | {"it", "they", "we", "i", "you"}:
        return False
    return any(n != m["n"] for n in getAllLemmas(m["n"]).get("NOUN", ()))


def _subject_before(cast: Cast, b: int, text: str, start: int, end: int) -> str | None:
    """'Jane Doe was defiant on Monday. "We will not stop."': a quotation standing alone at the end
    of its paragraph, right after a sentence whose head is the one person the paragraph names before
    it, is that person's (not 'The court sentenced X to prison. "..."': X is no sentence's head)."""
    before = text[: start - 1]
    if not re.search(r"[.!?]\s+$", before) or not _alone_to_end(text, end):
        return None
    people = {k for k in cast.keys_in(b, 0, start) if cast.members[k].kind == "person"}
    if len(people) != 1:
        return None
    key = next(iter(people))
    sent = _sentence_start(text, len(before.rstrip()) - 1)
    heads = [x for x in cast.mentions if x.block == b and x.key == key and sent <= x.start < start]
    return key if any(_opens_sentence(text, x.start) or _says_right_after(text, x) for x in heads) else None


_AGE_APPOSED = re.compile(r",\s*\d{1,3}(?=,)")  # ', 33' of 'Jo Roe, 33, said'


def _says_right_after(text: str, x) -> bool:
    """Is the mention the subject of a speech verb right after it ('..., Lieutenant Jo Roe, said he is
    disappointed', 'Air Commodore Jo Roe said the objects are a lead'), outside quotations?"""
    age = _AGE_APPOSED.match(text, x.end)  # 'Jo Roe, 33, says ...': the age in apposition skipped
    end = age.end() if age else x.end
    return (
        not _quoted(text, x.start)
        and bool(
            _SAYS_AFTER.match(text[end + 1 if age else end : end + 20])  # past the age's closing comma
            or _apposed_sayer(text, x.start, end)
            or _APPOSED_SAYS.match(text[end : end + 20])  # 'A pilot, Lieutenant Jo Roe, said ...'
            and text[: x.start].rstrip(" ").rsplit(",", 1)[-1].strip().istitle()
        )
    )


def _alone_to_end(text: str, end: int) -> bool:
    """Does nothing but the closing mark and a stop follow the quotation to the paragraph's end?"""
    return len(text[end:].strip(' "”.,')) == 0


def _shared_surname(cast: Cast, speaker: str, cue: str) -> bool:
    """Does the cue name the speaker by a surname alone ('Vesely said', 'Ms Vesely said') that
    another person of the text shares ('Anton Vesely' and 'Lena Vesely')? Then who spoke is a guess."""
    words = speaker.split()
    if len(words) < 2 or not re.search(r"\b" + re.escape(words[-1]) + r"\b", cue):
        return False
    if any(re.search(r"\b" + re.escape(w) + r"\b", cue) for w in words[:-1]):
        return False  # named in full
    return any(
        k != speaker and m.kind == "person" and len(k.split()) > 1 and k.split()[-1] == words[-1]
        for k, m in cast.members.items()
    )


_SAYS_AFTER = re.compile(r"\s+(?:" + _SPEECH + r")\b")
# the rest of a title after the role the cast named, then a speech verb: ' for Africa said', ' of State for Wales said'
_TITLE_SAYS = re.compile(r"(?:\s+(?:of|for)(?:\s+(?:the|and|[A-Z][\w'’&-]*))+)\s+(?:" + _SPEECH + r")\b")


# a stop and a space, or a stop closing a quotation ('had "failed." Hart hit back')
_SENTENCE_END = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z])[.!?][\"”]?\s+(?=[A-Z\"“])")


def _says_before_colon(cast: Cast, b: int, text: str) -> tuple[str | None, str]:
    """The one person of the last sentence of a paragraph ending in a colon who is the subject of a
    speech verb ('... Mr. Bush says that efforts to find bin Laden continue:'), and that sentence;
    (None, '') when there is not one."""
    if not text.rstrip().endswith(":"):
        return None, ""
    start = max((m.end() for m in _SENTENCE_END.finditer(text)), default=0)
    following = re.search(_FOLLOWING, text[start:]) is not None
    named = [x for x in cast.mentions if x.block == b and x.start >= start and cast.members[x.key].kind == "person"]
    first = min((x.start for x in named), default=-1)
    people = {
        x.key
        for x in named
        if (
            _SAYS_AFTER.match(text[x.end : x.end + 20])
            or _TITLE_SAYS.match(text, x.end)  # 'the Minister for Africa said:' (the title named 'the Minister')
            or _apposed_sayer(text, x.start, x.end)
            or (following and x.start == first and _heads_statement(text, start, x.start))
        )  # 'X, Chair of Y, made the following statement:'
    }
    return (people.pop(), text[start:].strip()) if len(people) == 1 else (None, "")


def _heads_statement(text: str, start: int, pos: int) -> bool:
    """Is the first person named in the sentence starting at ``start`` that announces a statement, at ``pos``,
    its head, after a dateline or not ('WASHINGTON – U.S. Senator Jo Roe (D-Md.), Ranking Member of ...,
    released the following statement')? (Not 'Ranking Member' after it, taken for a person.)"""
    dateline = re.match(_DATELINE_DASH, text[start:]) if start == 0 else None
    at = start + (dateline.end() if dateline else 0)
    return pos >= at and _opens_sentence(text[at:], pos - at)


_APPOSED_SAYS = re.compile(r",\s+(?:" + _SPEECH + r")\b")


def _apposed_sayer(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` set off by commas as the name of a title right before a speech
    verb ('Responding to the figures the Secretary of State for Wales, Tomas Berger, said:')?"""
    return text[:start].rstrip().endswith(",") and bool(_APPOSED_SAYS.match(text[end : end + 20]))


def _pronoun(cue: str) -> str:
    words = cue.lower().split()
    return next((w for w in words if w in ("he", "she")), "")


_TOLD_THE_OTHER = re.compile(
    r"[\W]*(?P<s>he|she) (?:\w+ )?(?P<v>told|asked|assured|reminded|warned|informed|urged) (?P<o>him|her)\b"
)


def _told_the_other(cast: Cast, spk: str, after: str, b: int, start: int, texts: list[str]) -> bool:
    """Is the cue right ``after`` the quote 'she told him' (or 'he asked her'), the speaker found not known to be
    of the subject's sex, and another person named in the paragraph or the one before? The two pronouns are those
    two people, and which is which only their sexes tell (or the same verb after the speaker found before: 'X told
    Y ...')."""
    m = _TOLD_THE_OTHER.match(after.lower())
    if m is None or (m["s"] == "he") == (m["o"] == "him"):
        return False
    if _sex(cast, spk, texts) == ("m" if m["s"] == "he" else "f"):
        return False
    if any(
        x.key == spk and x.block in (b - 1, b) and re.match(r"\s+" + m["v"] + r"\b", texts[x.block][x.end :])
        for x in cast.mentions
    ):
        return False  # 'X told Y that ... "...," he told her': the teller before tells again
    return any(
        x.block in (b - 1, b) and (x.block, x.start) < (b, start) and x.key != spk
        for x in cast.mentions
        if cast.members[x.key].kind == "person"
    )


def _after_unnamed_quote(found: list[FoundQuote], b: int, start: int, cast: Cast, texts: list[str], cue: str) -> bool:
    """Is the quote before this one an unnamed source's ('"...," said a witness.'), in the same paragraph with no
    person named between them, or in the paragraph before with no person heading a sentence since (outside
    quotations: 'Her brother, a teacher arrested under Roe, died.' names Roe, but is about her) and none named in
    this one before it? Then a 'he' or 'she' attributing this one is that source, no one named; not, across the
    paragraphs, when the source's noun says the other sex ('said one woman' then '"...," he said')."""
    prev = found[-1] if found else None
    if (
        prev is None
        or prev.block not in (b - 1, b)
        or prev.speaker
        or not prev.source
        or (prev.block, prev.end) > (b, start)
    ):
        return False
    other = "m" if _pronoun(cue) == "she" else "f"
    if prev.block < b and re.search(r"\b(?:" + _SEX_NOUNS[other] + r")\b", prev.source, re.I):
        return False
    between = [
        x
        for x in cast.mentions
        if cast.members[x.key].kind == "person" and (prev.block, prev.end) <= (x.block, x.start) < (b, start)
    ]
    if prev.block == b or any(x.block == b for x in between):
        return not between
    return not any(not _quoted(texts[x.block], x.start) and _heads_sentence(texts[x.block], x.start) for x in between)


def _other_pronoun(speaker: str, cue: str, found: list[FoundQuote]) -> bool:
    """Was ``speaker`` given an earlier quote by the other pronoun than this cue's ('she asked',
    then 'he replied')? Then this cue names someone else."""
    said = _pronoun(cue)
    if not said:
        return False
    return any(q.speaker == speaker and _pronoun(q.cue) not in ("", said) for q in found)


_SAYS_COLON = re.compile(r"\b(?:" + _SPEECH + r")(?: [\w ,]{0,40})?:\s*$|" + _FOLLOWING)


def _body_saying(cast: Cast, b: int, text: str) -> str | None:
    """The one organisation (or country) a line ending in a speech verb and a colon names ('In a
    statement, Kenya Airways said:'): the quote under it is its words."""
    if not _SAYS_COLON.search(text.rstrip()):
        return None
    bodies = {k for k in cast.keys_in(b, 0, len(text)) if cast.members[k].kind in ("organization", "country")}
    bodies = {k for k in bodies if not _in_a_title(cast, b, k, text) and not _before_a_title(cast, b, k, text)}
    return bodies.pop() if len(bodies) == 1 else None


_TITLE_WORD = re.compile(r"\s+(?:" + ROLE_NOUNS + r")\b", re.I)


def _before_a_title(cast: Cast, b: int, key: str, text: str) -> bool:
    """Is every mention of ``key`` in the line right before a title noun ('The Trade Secretary
    said:', 'the Acme spokesman said:')? The one who holds the title speaks, not the body."""
    spans = [m for m in cast.mentions if m.block == b and m.key == key]
    return bool(spans) and all(_TITLE_WORD.match(text[m.end :]) for m in spans)


def _in_a_title(cast: Cast, b: int, key: str, text: str) -> bool:
    """Is every mention of ``key`` in the line right after a capitalised word and 'of' or 'for'
    ('Chancellor of the Exchequer said:', 'Secretary of State for Defence said:'): a piece of a
    title, whose holder speaks, not the body?"""
    spans = [m for m in cast.mentions if m.block == b and m.key == key]
    before = [re.sub(r"\s+the$", "", text[: m.start].rstrip()).split()[-2:] for m in spans]
    return bool(spans) and all(len(w) == 2 and w[0][:1].isupper() and w[1] in ("of", "for") for w in before)


_SAYS_LINE = re.compile(r"^(?:[^\"“]{0,60}, )?" + _MENTION + r"\s+(?:" + _SPEECH + r")\b[^.:\"“]{0,40}:\s*$")


def _line_speaker(cast: Cast, b: int, texts: list[str]) -> str | None:
    """Who a line of its own introducing a quote names by a role ('The PM said:')."""
    m = _SAYS_LINE.match(texts[b].strip())
    return _resolve(m.group("sp"), cast, b, 0, None, texts) if m else None


def _others_after(cast: Cast, b: int, end: int, speaker: str) -> bool:
    """Whether the paragraph names a person other than ``speaker`` after the quote ending at
    ``end`` ('"We need boats." That was the plea from Governor X'): the quote may be theirs, so it
    does not go on the previous paragraph's speaker."""
    people = {m.key for m in cast.mentions if m.block == b and m.start >= end and cast.members[m.key].kind == "person"}
    return bool(people - {speaker})


_OF_WORDS = {"of", "for", "and", "&", "to", "with"}


def _as_subject(cast: Cast, b: int, key: str, text: str) -> bool:
    """Is the person named in the paragraph at the head of a sentence, their title or nothing but
    capitalised words before them ('X, speaking from Istanbul, ...', 'Secretary of State X:'), not
    as whom something is done to ('The court sentenced X', 'Rescuers pulled X from ...'), nor inside a
    quotation ('"... X's arrest will help ..."': a name in someone's words is not who speaks)?"""
    for x in cast.mentions:
        if x.block == b and x.key == key and not _quoted(text, x.start):
            before = re.split(r"[.!?][\"”]?\s+", text[: x.start])[-1]
            if all(w[:1].isupper() or w in ("of", "for", "the", "and") for w in before.split()):
                return True
            if _says_right_after(text, x):  # 'After ten days of search, Air Commodore X said ...'
                return True
    return False


def _named_in_a_title(cast: Cast, b: int, keys: set[str], text: str) -> bool:
    """Whether every mention of the person in the paragraph follows 'of', 'for', 'and' ('Commissioner
    for Justice, Consumers and Gender Equality, added:' with 'Gender Equality' taken for a person):
    a piece of someone else's title, or someone the sentence is about, not its speaker."""
    spans = [m for m in cast.mentions if m.block == b and m.key in keys]
    return bool(spans) and all(text[: m.start].split()[-1:] in ([w] for w in _OF_WORDS) for m in spans)


def quote_text(content: str) -> str:
    """The quotation as stored: without the comma (or dash) that joins it to its attribution
    ('"... to the west," he said'); a final '.', '?' or '!' is the speaker's and stays."""
    return content.strip().rstrip(",;:—–- ").rstrip()


def _is_quote(doc, start: int, end: int, content: str, cue: str) -> bool:
    words = content.split()
    if _title_shaped(words):
        return False  # 'Jane Roe said the report, "Rebuilding After the Storm in the Towns", would ...': a title
    if len(words) >= 4 and cue:
        return True
    called = _calling_verb(doc, start, end) if cue else None
    if called and cue == _calling_cue(called):
        return True  # 'Roe called the plan "deeply flawed"': a fragment, the words of the one calling it so
    if cue and _interrupted(text_of(doc), end):
        return True  # '"Maduro's thugs," said X, "locked up Y."': the first part of one quotation
    if len(words) < 4 and not cue:
        return False
    if not cue and _gerund_phrase(text_of(doc), start, words):
        return False
    return _has_verb(doc, start, end)


# a preposition right before the opening mark: 'by "', 'of “'
_PREP_BEFORE = re.compile(r"\b(?:by|of|for|in|on|about|from|with|without)\s+[\"“]\s*$")


def _gerund_phrase(text: str, start: int, words: list[str]) -> bool:
    """Is a quotation with no one's cue the object of a preposition, opening with a verb's '-ing' form in lower case
    ('the programme meets challenges by "linking space to village."'): a slogan, not what anyone said."""
    return bool(re.fullmatch(r"[a-z]{3,}ing", words[0]) and _PREP_BEFORE.search(text[max(0, start - 20) : start]))


def _title_shaped(words: list[str]) -> bool:
    """Is the quoted text the name of a work, a campaign or a heading ('How We Survived the Great Flood of the
    Valley', 'December 7th Celebrates the Decision of the Afghan Nation'): three words of four letters or more,
    every such word capitalised (not all in capitals, a chant), no comma, no stop at its end? No one's words."""
    long = [w.strip("'‘’\"()") for w in words if len(w.strip("'‘’\"(),.!?")) >= 4]
    return (
        len(long) >= 3
        and all(w[:1].isupper() for w in long)
        and not all(w.isupper() for w in long)
        and not any("," in w for w in words)
        and not words[-1].endswith((".", "!"))
    )


_GOES_ON = re.compile(r"[\"”]\s*(?:[^\"“”.!?;:]{0,80}?\s)?(?:" + _SPEECH + r")\b[^\"“”.!?;:]{0,80}?,\s*[\"“]\s*[a-z]")


def _interrupted(text: str, end: int) -> bool:
    """Is the quotation closing at ``end`` broken off by its attribution and taken up again in the
    same sentence ('"Maduro's thugs," said Secretary X, "locked up ..."'): a quote ending in a
    comma, then a speech verb, a comma and a quotation going on in lower case?"""
    return text[:end].rstrip().endswith(",") and _GOES_ON.match(text, end) is not None


def _has_verb(doc, start: int, end: int) -> bool:
    """Does the quoted text hold a verb (tagger, on the parsed sentences it overlaps)?"""
    pos = start
    while pos < end:
        p = parsed_at(doc, pos)
        off = p.user_data["offset"]
        if any((t.tag_.startswith("VB") or t.tag_ == "MD") and start <= t.idx + off < end for t in p):
            return True
        nxt = off + len(text_of(p))
        if nxt <= pos:
            break
        pos = nxt
    return False


def _alone(doc, start: int, end: int) -> bool:
    rest = text_of(doc)[end:].strip(' "”.,')
    return len(rest) < 3


def _merge_continued(found: list[FoundQuote], texts: list[str]) -> list[FoundQuote]:
    """A quote left open at the end of a paragraph and the quote opening the next one: one speaker's
    quotation, a quote per paragraph (the next one cued ``CONTINUED``), or one quote when a sentence
    runs on into the next paragraph."""
    out: list[FoundQuote] = []
    for q in found:
        prev = out[-1] if out else None
        if (
            prev
            and q.block == prev.block + 1
            and q.start <= 1
            and prev.end >= len(texts[prev.block])
            and not prev.cue.endswith(":")
            and TURN not in (prev.cue, q.cue)
        ):
            first = prev if prev.speaker or prev.source else q  # who the text gives it to, first
            speaker, cue, src = first.speaker, first.cue, first.source
            if prev.text.rstrip()[-1:] in ".!?" and not q.text[:1].islower():  # a new paragraph of it
                out[-1] = FoundQuote(prev.block, prev.start, prev.end, prev.text, speaker, cue, src)
                out.append(FoundQuote(q.block, q.start, q.end, q.text, speaker, CONTINUED, src))
            else:  # one sentence over two paragraphs
                out[-1] = FoundQuote(prev.block, prev.start, prev.end, prev.text + " " + q.text, speaker, cue, src)
            continue
        out.append(q)
    return out


_VERB_COLON = re.compile(
    r"\b(?:said|says|added|adds|commented|comments|explained|explains):\s*$|"
    + _FOLLOWING
    + r"|^(?:[Aa] |[Tt]he )?(?:[Jj]oint )?[Ss]tatement (?:by|from) [^.!?\"“”]{3,160}:\s*$"
)
_DECLARED = re.compile(r"^(?:[Aa] |[Tt]he )?(?:[Jj]oint )?[Ss]tatement (?:by|from) ")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")


def _prose(text: str) -> bool:
    """A paragraph of running words: no quotation marks, no speaker label, not a line that
    introduces something (ending in a colon), six words or more, ending a sentence."""
    t = text.strip()
    return not any(c in t for c in '"“”') and not speaker_label(t) and len(t.split()) >= 6 and t[-1:] in ".!?"


def _names_speaker(cast: Cast, b: int, speaker: str | None) -> bool:
    """Does paragraph ``b`` name the speaker (so it speaks of them, not in their words)?"""
    return speaker is not None and any(m.block == b and m.key == speaker for m in cast.mentions)


def _declared_statement(texts: list[str], b: int) -> bool:
    """Is the text declared a statement of someone ('Statement from the Environment Secretary on
    ...', 'Statement by X:') in a paragraph up to ``b``? Then its closing paragraphs are theirs."""
    return any(_DECLARED.match(t.strip()) for t in texts[: b + 1])


def _to_the_end(texts: list[str], b: int, cast: Cast, speaker: str | None) -> bool:
    """Do the paragraphs from ``b`` to the end of the text all go on as a block quotation could:
    running words that do not name the speaker?"""
    return all(_prose(texts[p]) and not _names_speaker(cast, p, speaker) for p in range(b, len(texts)))


def _block_goes_on(texts: list[str], b: int, cast: Cast, speaker: str | None, to_the_end: bool) -> bool:
    """A block quotation under 'X said:' (or 'Statement by X:'), without quotation marks, goes on
    to the next paragraph of running words that does not name X, when that paragraph speaks in the
    first person ('I', 'we', 'our') or, in a text declared a statement of someone, when nothing but
    such paragraphs follows to the end (the statement closes the release); where a paragraph fails,
    the block has ended."""
    if not _prose(texts[b]) or _names_speaker(cast, b, speaker):
        return False
    return to_the_end or bool(_FIRST_PERSON.search(texts[b]))


def _said_colon_before(texts: list[str], b: int, cast: Cast) -> str | None:
    """The one person a line ending in a speech verb and a colon names ('Chris Bee, a Business
    Manager at X, said:'), when the paragraph under it has no quotation marks and no label: that
    paragraph is their words (only the first: where the words end the text does not say)."""
    if not _words_under_said_colon(texts, b):
        return None
    people = {k for k in cast.keys_in(b - 1, 0, len(texts[b - 1])) if cast.members[k].kind == "person"}
    return people.pop() if len(people) == 1 else None


def _source_colon_before(texts: list[str], b: int) -> str:
    """The unnamed source a line ending in a speech verb and a colon describes ('A senior official
    said:'), when the paragraph under it is words without quotation marks (as :func:`_said_colon_before`)."""
    return unnamed_source(texts[b - 1]) if _words_under_said_colon(texts, b) else ""


def _words_under_said_colon(texts: list[str], b: int) -> bool:
    """Is paragraph ``b`` words under a line ending in a speech verb and a colon: six words or more,
    without quotation marks or a speaker's label?"""
    if b == 0 or ":" not in texts[b - 1] or not _VERB_COLON.search(texts[b - 1]) or any(c in texts[b] for c in '"“”'):
        return False
    return len(texts[b].split()) >= 6 and not speaker_label(texts[b])


_SIGNATURE = re.compile(r"^[—–]\s*(?:[A-Z][\w.'’-]*)(?: [A-Z][\w.'’-]*){0,5}$")


def _signed_by(texts: list[str], b: int, cast: Cast) -> str | None:
    """The person whose signature line ('—Superintendent Gary Knowles') follows a paragraph
    without quotation marks: the paragraph is their words."""
    if b + 1 >= len(texts) or not _SIGNATURE.match(texts[b + 1].strip()):
        return None
    if any(c in texts[b] for c in '"“”') or len(texts[b].split()) < 6:
        return None
    people = [k for k in cast.keys_in(b + 1, 0, len(texts[b + 1])) if cast.members[k].kind == "person"]
    if people:
        return people[-1]
    name = texts[b + 1].strip().lstrip("—– ")
    key = _resolve(name, cast, b, len(texts[b]), None, texts)
    return key if key and cast.members[key].kind == "person" else None


def _attribute(
    doc, b: int, start: int, end: int, cast: Cast, last: str | None, texts: list[str] | None = None
) -> tuple[str | None, str, int]:
    """(speaker key, cue, position) for the quote text_of(doc)[start:end]: :func:`_attribution_routes`, but never
    a person of the other sex than the 'he' or 'she' right after the quote, whom the routes did not read ('"...,"
    she said. "...," he said': not her second quote)."""
    key, cue, pos = _attribution_routes(doc, b, start, end, cast, last, texts)
    m = _PRONOUN_AFTER.match(text_of(doc), end + 1)
    if key and m and key in cast.members and cast.members[key].kind == "person" and not cue.startswith(m["p"]):
        want = "m" if m["p"].lower() == "he" else "f"
        if texts and _sex(cast, key, texts) not in ("", want):
            return None, cue, pos
    return key, cue, pos


_PRONOUN_AFTER = re.compile(r"\s*,?\s*(?P<p>he|she)\s+(?:also\s+)?(?:" + _SPEECH + r")\b")


def _attribution_routes(
    doc, b: int, start: int, end: int, cast: Cast, last: str | None, texts: list[str] | None = None
) -> tuple[str | None, str, int]:
    """(speaker key, cue, position) for the quote text_of(doc)[start:end], by the first route that finds one."""
    text = text_of(doc)
    after = text[end + 2 if text.startswith("''", end) else end + 1 : end + 120].replace("’", "'")
    content = text[start:end].rstrip()
    if (
        content[-1:] in ",?!"
        or content.endswith(("—", "-", "–"))
        or after.lstrip().startswith((",", "—", "–"))
        or _SAID_NAME.match(after)  # '"... possible" said Vice Adm. Jo Roe': the comma left out
    ) and not _participle_after(after):
        right_after = _cue_right_after(text, after, b, end, cast, last, texts)
        if right_after:
            return right_after
    quoted_as = _quoted_as_saying(text, after, b, start, end, cast, last, texts)
    if quoted_as:
        return quoted_as
    called = _caller(doc, b, start, end, cast, last, texts)
    if called:
        return called
    words_of = _in_words_of(text, b, start, cast, last, texts)
    if words_of:
        return words_of
    key, cue = _before(doc, b, start, cast, last, texts)
    if key or cue:
        return key, cue, start
    named = _name_colon(cast, b, text, start)
    if named:  # 'Minister Jane Doe: "Those responsible ..."'
        return named[0], named[1], start
    according = _according_to_before(text, b, start, cast, last, texts)
    if according:
        return according
    colon = _subject_colon(cast, b, text, start)
    if colon:  # 'Mr. Roe highlighted the local view: "..."'
        return colon[0], colon[1], start
    said = _said_in_the_sentence_after(text, b, start, end, cast, last, texts)
    if said[0] or said[1]:
        return said
    return _clause_subject(doc, b, start, end, cast, last, texts) or said


# the name ends the clause (a comma, a stop, 'of'/'from'/'who' and the rest of the name's description):
# not '"Fixing the Peace Process" said Jane Roe had ...', a title's report of what another did
_SAID_NAME = re.compile(
    r"\s*(?:said|says|added|adds|stated|states|noted|explained|declared|wrote|continued)\s+(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]+"
    r"(?=\s*(?:[,.;:!?—–(]|$)|\s+(?:of|from|at|for|who|in)\b)"
)


def _clause_subject(
    doc, b: int, start: int, end: int, cast: Cast, last: str | None, texts: list[str] | None
) -> tuple[str | None, str, int] | None:
    """(speaker key, cue, position) for a quotation inside the rest of a clause whose verb, in the
    active voice, has one person named for its subject before the quote ('X applauded the minister for
    her "determined efforts to ..."', 'X lauded ... and reassured them that "..."'): the words of that
    person ('She lauded ...': only when nothing competes for the pronoun, :func:`_plain_antecedent`).
    Not a name's words ('X starred in "The Lord of the Rings"'): a quotation with no verb, most of its
    words capitalised. None when the quotation hangs from a noun's clause on the way ('concurs with the report's
    conclusion that "..."', 'the man who called it "..."'), when the clause is what another says
    ('X said that Y had called it "..."'), or the subject is no one person."""
    p = parsed_at(doc, start)
    off = p.user_data["offset"]
    inside = [t for t in p if start <= t.idx + off < end and not t.is_punct]
    if not inside or off + len(text_of(p)) < end:
        return None
    if not any(t.tag_.startswith("VB") for t in inside) and 2 * sum(t.text[:1].isupper() for t in inside) >= len(
        inside
    ):
        return None  # a title
    top = min(inside, key=lambda t: sum(1 for _ in t.ancestors))
    for t in [top, *top.ancestors]:
        if t.dep_ in ("relcl", "appos") or (t.dep_ in ("acl", "ccomp") and t.head.tag_.startswith("NN")):
            return None  # the words of a noun's clause, not the sentence's
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx + off < start]
        if not t.tag_.startswith("VB") or not subj:
            continue
        if len(subj) != 1 or subj[0].dep_ != "nsubj" or any(c.dep_ == "conj" for c in subj[0].children):
            return None
        if any(_speech_verb(a) for a in t.ancestors):
            return None  # 'X said that Y had called it "...": in X's report, maybe not Y's words
        span = p[subj[0].left_edge.i : subj[0].right_edge.i + 1]
        if span.text.lower() in ("he", "she"):
            at = span.start_char + off
            key = _of_pronouns_sex(_plain_antecedent(cast, b, at, last, texts), span.text.lower(), cast, b, at, texts)
            return (key, f"{span.text} {t.text}", start) if key else None
        keys = cast.keys_in(b, span.start_char + off, span.end_char + off)
        if len(keys) != 1 or cast.members[keys[0]].kind != "person":
            return None  # a title alone: who it is is a guess here
        before = text_of(doc)[span.end_char + off : start]
        if re.search(r":\s*[\"“]?$", before) and not _speech_verb(t) and _OTHERS_THING.search(before):
            return None  # 'X remembered the last words of his father: "..."': the father's
        return keys[0], f"{span.text} {t.text}", start
    return None


# verbs by which a subject calls something what the quoted words say: 'called the test "highly provocative"'
_CALLING = re.compile(
    r"(?:call|describ|term|dub|label|brand|characteri[sz]|hail)(?:s|e|es|ed|d|bed|led|ing|ling)?", re.I
)
# the relations from a fragment's words up to the verb whose object or complement they are part of
_UP_TO_CALLING = {
    "amod",
    "advmod",
    "compound",
    "conj",
    "cc",
    "pobj",
    "prep",
    "dobj",
    "oprd",
    "attr",
    "acomp",
    "npadvmod",
    "appos",  # 'called the losses "a national emergency"': the complement parsed as an apposition
}


def _calling_verb(doc, start: int, end: int):
    """(verb, subject) when the quotation at ``start``-``end`` is a fragment of two words or more headed by no
    verb, inside a clause after its start, the object or complement of an active verb of calling that has a subject
    ('Roe called the plan "deeply flawed"', 'described the move as "deeply destabilizing"', 'called for "swift
    and credible" action'): the subject's words for it; None for a one-word term ('called it "selfish"'), a name
    ('called the operation "Iron Fist"'), a naming with no subject ('a campaign called "Free the 20"')."""
    p = parsed_at(doc, start)
    off = p.user_data["offset"]
    inside = [t for t in p if start <= t.idx + off < end and not t.is_punct]
    if len(inside) < 2 or off + len(text_of(p)) < end or all(t.text[:1].isupper() for t in inside if t.is_alpha):
        return None
    if not text_of(doc)[_sentence_start(text_of(doc), start) : start].strip(' "“'):
        return None  # '"Very successful," said Crow.': a sentence of its own, not a fragment of a clause
    t = min(inside, key=lambda t: sum(1 for _ in t.ancestors))
    if t.tag_.startswith("VB") or t.tag_ == "MD":
        return None  # a clause of the quoted words' own: 'called on them to "stop the shelling now"'
    while not t.tag_.startswith("VB"):
        if t.dep_ not in _UP_TO_CALLING or t.head is t:
            return None
        t = t.head
    subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not _CALLING.fullmatch(t.text) or len(subj) != 1 or subj[0].dep_ != "nsubj" or subj[0].idx + off > start:
        return None
    return t, subj[0]


def _caller(
    doc, b: int, start: int, end: int, cast: Cast, last: str | None, texts: list[str] | None
) -> tuple[str, str, int] | None:
    """(speaker key, cue, position) for a quoted fragment that a verb of calling takes (:func:`_calling_verb`):
    its subject, one actor of the cast or a pronoun resolved; not when a speech verb above has the clause as
    another's report ('Roe said Lee had called it "a disgrace"')."""
    found = _calling_verb(doc, start, end)
    if found is None:
        return None
    verb, subj = found
    off = verb.doc.user_data["offset"]
    span = verb.doc[subj.left_edge.i : subj.right_edge.i + 1]
    if any(c.dep_ == "conj" for c in subj.children) or subj.lower_ in ("it", "they", "what", "who", "which"):
        return None
    if subj.lower_ not in ("he", "she") and any(_speech_verb(a) for a in verb.ancestors):
        return None
    key = _resolve_span(span, off, cast, b, last, texts)
    if not key or key not in cast.members:
        return None
    heads = [subj.idx + off] + [c.idx + off for c in subj.children if c.dep_ == "appos"]
    if subj.lower_ not in ("he", "she") and not any(
        x.key == key and x.block == b and x.start <= h < x.end for x in cast.mentions for h in heads
    ):
        return None  # 'what one American serviceman called "..."': an unnamed man's words, not the country's
    return key, _calling_cue(found), start


def _calling_cue(found) -> str:
    """The cue of a quoted fragment a verb of calling takes: its subject and the verb ('Jo Roe called')."""
    verb, subj = found
    return f"{verb.doc[subj.left_edge.i : subj.right_edge.i + 1].text} {verb.text}"


def _plain_antecedent(cast: Cast, b: int, pos: int, last: str | None, texts: list[str] | None) -> str | None:
    """Who the 'he'/'she' at ``pos`` heading a clause is when nothing competes: the one person named
    (outside quotations) in the nearest sentence before that names any, in this paragraph or the one
    before, with no person named in the pronoun's own sentence before it, and no other last speaker
    ('Jo Roe, 75, spent two weeks in exile. He spoke to crowds, urging them to "..."'). None when
    that sentence names two ('Days after X met Y, Z visited. She reassured them that "..."')."""
    if not texts:
        return None
    own = _sentence_start(texts[b], pos)
    for k in (b, b - 1):
        if k < 0:
            return None
        text = texts[k]
        limit = pos if k == b else len(text)
        ms = [
            x
            for x in cast.mentions
            if x.block == k and x.end <= limit and cast.members[x.key].kind == "person" and not _quoted(text, x.start)
        ]
        if k == b and any(x.start >= own for x in ms):
            return None  # 'After meeting Jo Roe, she said that "...': either of them
        if not ms:
            continue
        first = _sentence_start(text, max(x.start for x in ms))
        keys = {x.key for x in ms if x.start >= first}
        key = keys.pop() if len(keys) == 1 else None
        return key if key and last in (None, key) else None
    return None


def _cue_right_after(
    text: str, after: str, b: int, end: int, cast: Cast, last: str | None, texts: list[str] | None
) -> tuple[str | None, str, int] | None:
    """(speaker key, cue, position) from the cue right after a quote that breaks off with a comma or dash
    ('," he added', '," according to a senior official', '," said police chief A.N. Roy'), or None."""
    aged = _AGED_SAYER.match(after)
    if aged and (aged["v"] or aged["w"]):  # '," the 34-year-old said': the one person given that age before
        return _of_age(cast, b, end, texts, aged["n"]), aged.group(0).strip(" ,"), end
    for rx in _AFTER:
        m = rx.search(after)
        if m and clean(m.group("sp")) in {clean(x) for x in cast.sources}:
            continue  # '..." Radio Free Europe/Radio Liberty reported': the outlet, not the speaker
        opens = _OPENS_NEXT.match(after, m.end()) if m else None
        if m and opens and not _SPEECH_WORD.search(after, m.end(), opens.end()):  # (not ', while Y said: "')
            return None  # '"Where is it?" Kane replied: "In the budget."': the cue of the words after it
        if m:
            said_by = _first_sentence(m.group("sp"))
            owned = _POSSESSIVE_SAYER.search(said_by)
            if owned and not re.match(r"[^,.;:\"“”]*,\s+[A-Z]", said_by[owned.end() :] + after[m.end() :]):
                return None, m.group(0).strip(" ,"), end  # '," Haddad's mother said': hers, not Haddad's (but
                # '," said Roe's spokesman, John Doe': Doe's)
            key = _resolve(m.group("sp"), cast, b, end, last, texts)
            if key is None and m.groupdict().get("v") and not _UNNAMED.match(m.group("sp")):
                key = _one_person_after(cast, b, text, end)  # 'said EU Commissioner for X, Name.'
                key = _titled_otherwise(cast, key, b, end, end + 1 + len(_attribution(text, end)), texts)
            elif key is None and m.groupdict().get("v"):
                key = _named_in_apposition(cast, b, text, end)  # 'said the commander, Col. Jo Roe.'
                if key:
                    return key, _attribution(text, end).strip(" ,"), end
            if key or m.group("sp").lower() not in _PRONOUNS:
                return key, m.group(0).strip(" ,"), end
    acc = _ACCORDING_SOURCE.match(after)
    if acc and unnamed_source(acc["sp"]):  # '," according to a senior official.'
        return None, acc.group(0).strip(" ,"), end
    verb = _SPEECH_WORD.search(_attribution(text, end))
    if verb:  # '," said police chief A.N. Roy to Reuters.', '," the head of the agency, Maria Lopez, said.'
        key = _one_person_after(cast, b, text, end)
        key = _titled_otherwise(cast, key, b, end, end + 1 + len(_attribution(text, end)), texts)
        said_by = _attribution(text, end).strip(" ,")
        if key and (
            _described_for(said_by, cast.members[key].forms) or _indefinite_sayer(said_by, cast.members[key].forms)
        ):
            key = None  # '," said a spokeswoman for Governor Jane Roe', '," said an aide to Senator Jo Roe': theirs
        if key or _UNNAMED.match(said_by) or unnamed_source(said_by):
            return key, said_by, end  # '," a firefighter said': not X's
    return None


_OPENS_NEXT = re.compile(r"[^.!?:\"“”]{0,40}:\s*[\"“]")  # a cue's colon and the quotation it opens
_AGED_SAYER = re.compile(
    r"\s*,?\s*(?:(?P<v>"
    + _SPEECH
    + r")\s+)?the (?P<n>\d{1,3})-year-old(?: (?!(?:"
    + _SPEECH
    + r")\b)[a-z]+)?(?:\s+(?P<w>"
    + _SPEECH
    + r")\b)?"
)


def _of_age(cast: Cast, b: int, pos: int, texts: list[str] | None, age: str) -> str | None:
    """The one person named, in this paragraph before ``pos`` or the three before it, with the age ``age`` given
    right after the name ('Maria Santos, 34, lost her job', 'Jo Roe (34)', 'Jo Roe, aged 34'); None when no one
    or several are, or when that age is given after another name too (one the cast does not hold as a person)."""
    if not texts:
        return None
    rx = re.compile(r"(?:,\s*(?:aged\s+)?|\s*\()" + age + r"\b(?![-.,]\d)")
    found = {
        x.key
        for x in cast.mentions
        if b - 3 <= x.block <= b
        and (x.block, x.end) <= (b, pos)
        and cast.members[x.key].kind == "person"
        and rx.match(texts[x.block], x.end)
    }
    given = sum(len(re.findall(r"[A-Z][\w'’-]*" + rx.pattern, texts[k])) for k in range(max(0, b - 3), b + 1))
    return found.pop() if len(found) == 1 and given == 1 else None  # not 'Jo Roe, 34, and Ann Lee, 34,'


# a sayer described by a possessive name and a common noun ('Haddad's mother', 'Roe’s lawyer')
_POSSESSIVE_SAYER = re.compile(r"[A-Za-z](?:'s|’s|s'|s’) [a-z]")


def _described_for(said_by: str, forms: list[str]) -> bool:
    """Does the attribution name an unnamed source whose 'for'/'of' phrase holds the person ('a spokeswoman for
    Governor Jane Roe', 'the family of John Doe'), so the one described speaks, not that person?"""
    for m in _UNNAMED_SOURCE.finditer(said_by):
        if m["post"] and unnamed_source(said_by[m.start() :]) and any(f and f in m["post"] for f in forms):
            return True
    return False


# an attribution whose sayer is someone the text does not name: 'said an aide to ...', 'one official said, adding'
_INDEFINITE_SAYER = re.compile(
    r"^(?:(?:" + _SPEECH + r")\s+)?(?:[Aa]n?|[Oo]ne|[Ss]ome|[Tt]wo|[Tt]hree|[Ss]everal|[Aa]nother|[Mm]any)\s+[\w.'’-]"
)


def _indefinite_sayer(said_by: str, forms: list[str]) -> bool:
    """Is the one who speaks in the attribution someone described, not named ('said an aide to Senator Jo
    Roe', '," one official said, adding that Jo Roe had been told', '," a diplomat familiar with Jo Roe's
    thinking said'), the person of the cast named only in what the description or the rest of the clause
    says? Not when the name is set off by a comma as that one's name ('said a protester, Jo Roe,')."""
    if not _INDEFINITE_SAYER.match(said_by):
        return False
    named = (r",\s+(?:[A-Z][\w.'’-]*\s+){0,3}" + re.escape(f) + r"\b" for f in forms if f)
    return not any(re.search(rx, said_by) for rx in named)


def _quoted_as_saying(
    text: str, after: str, b: int, start: int, end: int, cast: Cast, last: str | None, texts: list[str] | None
) -> tuple[str | None, str, int] | None:
    """(speaker key, cue, position) from '<A> quoted <X> as saying' after or before the quote, or None."""
    m = _QUOTED_AS.search(after[:120])
    if m:
        return _resolve(m.group("sp"), cast, b, end, last, texts), m.group(0).strip(), end
    m = _QUOTED_AS_BEFORE.search(text[max(0, start - 160) : start])
    if m:  # 'X quoted union head Y as saying "..."': Y's words
        at = max(0, start - 160) + m.start("sp")
        people = [k for k in cast.keys_in(b, at, at + len(m.group("sp"))) if cast.members[k].kind == "person"]
        key = people[-1] if len(people) == 1 else _resolve(m.group("sp"), cast, b, at, last, texts)
        return key, m.group(0).strip(' "“'), start
    return None


# 'in his words, "...', 'In Secretary Roe's words: "...', 'in the words of the minister, "...'
_IN_WORDS = re.compile(
    r"(?:^|[\s(])[Ii]n (?:the (?:very )?words of (?P<of>[^,:;\"“”]{2,80}?)|(?P<pron>his|her) (?:own )?words"
    r"|(?P<poss>[A-Z][^,:;\"“”]{1,80}?)(?:'s|’s|s'|s’) (?:own )?words)\s*[,:]?\s*[\"“]\s*$"
)


def _in_words_of(
    text: str, b: int, start: int, cast: Cast, last: str | None, texts: list[str] | None
) -> tuple[str | None, str, int] | None:
    """(speaker key, cue, position) from 'in his words,' / 'in X's words:' / 'in the words of X,'
    right before the quote (the words are theirs), or None."""
    m = _IN_WORDS.search(text[max(0, start - 160) : start])
    if m is None:
        return None
    who = m["of"] or m["pron"] or m["poss"]
    key = _resolve(who, cast, b, start, last, texts)
    return key, m.group(0).strip(' ,:"“(').rstrip(' ,:"“'), start


def _according_to_before(
    text: str, b: int, start: int, cast: Cast, last: str | None, texts: list[str] | None
) -> tuple[str | None, str, int] | None:
    """(speaker key, cue, position) from 'According to X, "...' before the quote, X named or an unnamed
    source, or None."""
    m = _ACCORDING_BEFORE.search(text[max(0, start - 160) : start]) or _AS_PUT.search(text[max(0, start - 160) : start])
    if m:  # 'According to Maria Gonzalez, the mayor, "the water ...', 'As the mayor put it, "...'
        return _resolve(m.group("sp"), cast, b, start, last, texts), m.group(0).strip(' ,"“'), start
    m = _ACCORDING_SOURCE_BEFORE.search(text[max(0, start - 160) : start])
    if m and unnamed_source(m["sp"]):  # 'According to a senior official, "...'
        return None, m.group(0).strip(' ,"“'), start
    return None


def _said_in_the_sentence_after(
    text: str, b: int, start: int, end: int, cast: Cast, last: str | None, texts: list[str] | None
) -> tuple[str | None, str, int]:
    """(speaker key, cue, position) from the rest of the quote's sentence ('," NASA said') or the sentence
    after it ('That was the plea from X'); (None, '', start) when neither names anyone."""
    sent_end = text.find(".", end)
    tail = text[end + 1 : sent_end if sent_end > 0 else len(text)]
    m = re.search(_MENTION + r"\s+(?P<v>" + _SPEECH + r")\b", tail)
    if m and _OPENS_NEXT.match(tail, m.end()):
        m = None  # '"Where is it?" Kane replied: "In the budget."': the cue of the words after it
    if m and len(tail) < 120:
        if _JOINT.search(tail[: m.start("sp")]):  # '," NASA and the European Space Agency said': both, not one
            return None, tail.strip(" ,"), end
        return _resolve(m.group("sp"), cast, b, end, last, texts), m.group(0).strip(" ,"), end
    m = _WORDS_OF.match(text[end + 1 :])
    if m:  # '"We need more boats." That was the plea from Governor Kathleen Blanco.'
        at = end + 1 + m.start("sp")
        people = [k for k in cast.keys_in(b, at, at + len(m.group("sp"))) if cast.members[k].kind == "person"]
        key = people[0] if len(people) == 1 else _resolve(m.group("sp"), cast, b, end, last, texts)
        return key, m.group(0).strip(), end
    return None, "", start


_PARTICIPLE = re.compile(r"^\s*,?\s*(?:adding|noting|explaining|insisting|stressing|arguing|recalling|saying)\b")


def _participle_after(after: str) -> bool:
    """'Jo Roe said: "...," adding last year the Embassy planted trees.': a participle right after the
    quote goes on with the clause before it; what follows it is what was said, no speaker."""
    return bool(_PARTICIPLE.match(after))


_DATELINE_DASH = r"[A-Z][\w.,'’ ]{1,40}\s[-–—]+\s"  # 'Washington, DC - ' opening a paragraph
_NAME_COLON = re.compile(
    r"(?:^(?P<dateline>" + _DATELINE_DASH + r")?|[.!?][\"”]?\s+)(?P<sp>[A-Z][^.!?:;,\"“”]{1,80}?):\s*[\"“]$"
)


def _name_colon(cast: Cast, b: int, text: str, start: int) -> tuple[str, str] | None:
    """'Minister Jane Doe: "..."': a sentence that is nothing but one person's name (and title) and
    a colon before the quotation; (their key, the name) or None."""
    lo = max(0, start - 100)
    m = _NAME_COLON.search(text[lo:start])
    if m and lo > 0 and m["dateline"]:
        return None  # a dateline opens the paragraph, not a piece cut from its middle
    if m is None or not all(w[:1].isupper() or w in ("of", "for", "the") for w in m["sp"].split()):
        return None
    people = [k for k in cast.keys_in(b, lo + m.start("sp"), lo + m.end("sp")) if cast.members[k].kind == "person"]
    return (people[0], m["sp"]) if len(people) == 1 else None


_SUBJECT_COLON = re.compile(r"(?:^|[.!?][\"”]?\s+)(?P<clause>[A-Z][^.!?:;\"“”]{1,160}?):\s*[\"“]$")


# what the colon may announce as another's words: 'recalled his father's advice:', 'read a letter from her son:',
# 'was asked:' (the asker's question)
_OTHERS_WORDS = re.compile(
    r"\b(?:his|her|their|its|from|by|was|were|is|are|been|being|asked|quoted|cited)\b|[a-z](?:'s|’s|s'|s’)\b"
)


# a thing someone wrote or said, named by the clause before a colon ('remembered the last words of his father:')
_OTHERS_THING = re.compile(
    r"\b(?:words|advice|message|letter|note|motto|warning|instructions?|orders?|text|e-?mail|post|tweet|statement|"
    r"lines?|song|poem|prayer)\b"
)


def _verb_next(rest: str) -> bool:
    """Is the word opening ``rest`` (right after a name) a verb ('set out', 'highlighted'), or a verb only in it?"""
    from generator.annotate.lemmas import getAllLemmas

    first = re.match(r"\s+([a-z]+)\b", rest)
    return bool(first and "VERB" in getAllLemmas(first[1])) or _verbs_object(" " + rest)


def _subject_colon(cast: Cast, b: int, text: str, start: int) -> tuple[str, str] | None:
    """'Mr. Roe highlighted the local view of the launch: "..."', 'Secretary Jo Roe set out a vision: "to put
    ..."': a clause that opens with one person's name, names no one else and ends in the colon before the
    quotation, its verb in it: (their key, the clause) or None. Not 'Roe's message was clear:' (someone's
    thing said), nor a name alone ('Minister Jo Roe:', :func:`_name_colon`)."""
    lo = max(0, start - 180)
    m = _SUBJECT_COLON.search(text[lo:start])
    if m is None:
        return None
    at = lo + m.start("clause")
    people = [
        x
        for x in cast.mentions
        if x.block == b and at <= x.start < lo + m.end("clause") and cast.members[x.key].kind == "person"
    ]
    if len({x.key for x in people}) != 1 or not (
        _opens_sentence(text, people[0].start) or _after_opening_phrase(text, people[0].start)
    ):
        return None
    rest = text[people[0].end : lo + m.end("clause")]
    if re.match(r"['’]s?\b", rest) or not _verb_next(rest.split(",")[0]) or _OTHERS_WORDS.search(rest):
        return None  # 'Roe's message was clear:', no verb of theirs ('Minister Jo Roe, in Oslo:'), another's words
    return people[0].key, m["clause"]


_JOINT = re.compile(r"[A-Z][\w.'’-]*,?\s+(?:and|&)\s*$")
_ACCORDING_BEFORE = re.compile(r"(?:^|[.!?]\s+|\s)[Aa]ccording to " + _MENTION + r'(?:, [^,"“.]{1,80})?,\s*["“]?\s*$')
_AS_PUT = re.compile(r"(?:^|[.!?]\s+|\s)[Aa]s " + _MENTION + r" (?:put it|said|noted|wrote)(?: [a-z]+)?,\s*[\"“]?\s*$")
_ACCORDING_SOURCE = re.compile(r"\s*,?\s*according to (?P<sp>[^,.\"“”;]{2,80})")
_ACCORDING_SOURCE_BEFORE = re.compile(r"(?:^|[.!?]\s+|\s)[Aa]ccording to (?P<sp>[^,.\"“”;]{2,80}),\s*[\"“]?\s*$")
_WORDS_NOUN = (
    r"(?:plea|message|warning|words?|appeal|call|promise|verdict|view|assessment|reaction|"
    r"response|answer|reply|account|description)s?"
)
# 'That was the plea from X', 'The warning came from X' (the sentence right after the quote)
_WORDS_OF = re.compile(
    r"[\"”]?\s*(?:(?:That|This|Those|These|Such) (?:was|were|is|are|came as) (?:the |his |her |their |a |an )?"
    r"(?:[a-z]+ ){0,2}?" + _WORDS_NOUN + r" (?:of|from|by)"
    r"|(?:The|That|This|Those|These) (?:[a-z]+ )?" + _WORDS_NOUN + r" (?:came|comes) from) " + _MENTION
)


_SPEECH_WORD = re.compile(r"\b(?:" + _SPEECH + r")\b")


def _attribution(text: str, end: int) -> str:
    """What follows a quote's closing mark up to the end of its sentence or the next quotation
    (not at the point of a title's abbreviation: '," said Lt. Gen. Jane Roe, the commander.')."""
    rest = text[end + 1 : end + 160]
    stop = next(
        (m for m in re.finditer(r"(?<![A-Z])[.!?](?:\s|$)|[\"“”]", rest) if not _abbreviated(rest, m.start())), None
    )
    return rest[: stop.start()] if stop else rest


# ranks and titles by their abbreviation written before a name ('Gen. Mark Hill' for 'the general')
_RANK_ABBR = {
    "general": "Gen.",
    "colonel": "Col.",
    "sergeant": "Sgt.",
    "captain": "Capt.",
    "lieutenant": "Lt.",
    "admiral": "Adm.",
    "major": "Maj.",
    "corporal": "Cpl.",
    "governor": "Gov.",
    "senator": "Sen.",
    "representative": "Rep.",
    "doctor": "Dr.",
    "professor": "Prof.",
}
# the abbreviations of titles and ranks written before a name ('Lance Cpl. Jane Roe', 'Gov. John Doe'):
# those of _RANK_ABBR and the others
_TITLE_ABBR = re.compile(
    r"(?:"
    + "|".join(a.rstrip(".") for a in _RANK_ABBR.values())
    + r"|Brig|Cmdr|Cdr|Pvt|Spc|Pfc|Dr|Mr|Mrs|Ms|Prof|Rev|Amb|Supt|Insp|Det|Hon|Msgr|Fr)"
)


def _abbreviated(text: str, dot: int) -> bool:
    """Is the '.' at ``dot`` the point of a title's abbreviation before a name ('Sgt. Maj. Jo Roe'),
    not a sentence's end?"""
    word = re.search(r"(?:^|(?<=[\s(]))[A-Z][a-z]{0,4}$", text[:dot])
    return (
        text[dot : dot + 1] == "."
        and word is not None
        and (_TITLE_ABBR.fullmatch(word.group(0)) is not None or _COMPOUND_RANK.match(text, dot) is not None)
        and re.match(r"\.\s+[A-Z0-9]", text[dot:]) is not None  # 'Sgt. 1st Class Jo Roe'
    )


# 'Tech. Sgt. Jo Roe', 'Lt. Cmdr. Jo Roe': a short capitalised word whose dot is followed by a
# title's abbreviation and a name is the first half of a compound rank, no sentence's end
_COMPOUND_RANK = re.compile(r"\.\s+" + _TITLE_ABBR.pattern + r"\.\s+[A-Z]")


def _first_sentence(mention: str) -> str:
    """The mention up to the end of its first sentence ('added Naikuni. The military ...' ->
    'added Naikuni'), not cut at a title's abbreviation ('Lance Cpl. Jane Roe')."""
    for m in re.finditer(r"(?<=[a-z]{2})\.\s", mention):
        if not _abbreviated(mention, m.start()):
            return mention[: m.start()]
    return mention


def _one_person_after(cast: Cast, b: int, text: str, end: int) -> str | None:
    """The one person named in the attribution after a quote ('," said Chuck Ryan of the Virginia
    Task Force.', '," said EU Commissioner for Aid, Christos Stylianides.'); None when it names
    none or several."""
    clause_end = end + 1 + len(_attribution(text, end))
    people = [k for k in cast.keys_in(b, end, clause_end) if cast.members[k].kind == "person"]
    owners = {x.key for x in cast.mentions if x.block == b and end <= x.start < clause_end and _owner(text, x.end)}
    if people and set(people) <= owners:
        return None  # '," said his wife, after Jo Roe's funeral': Roe owns a thing there, no sayer
    if not people:
        people = _person_shaped(cast, b, text, end, clause_end)
    if len(set(people)) > 1:
        return _inverted_sayer(cast, b, text, end, clause_end)
    return people[0] if len(people) == 1 else None


_SAID_TITLE = re.compile(r"[\"”]?\s*,?\s*(?:said|says|added|adds)\s+(?P<t>(?:[a-z][a-z-]*\s+){1,3})$")


def _inverted_sayer(cast: Cast, b: int, text: str, end: int, clause_end: int) -> str | None:
    """The person right after the speech verb of an attribution that names several ('," said manager Tony Pike
    of his goalkeeper, Sam Akers'): the verb's subject, with only the nouns of a title between them, not a
    possessive ('," said coach Jo Roe's wife'); None else."""
    first = min(
        (x for x in cast.mentions if x.block == b and end <= x.start < clause_end),
        key=lambda x: x.start,
        default=None,
    )
    if first is None or cast.members[first.key].kind != "person" or _owner(text, first.end):
        return None
    m = _SAID_TITLE.match(text[end + 1 : first.start])
    return first.key if m and all(_a_noun(w) or _noun_verb(w) for w in m["t"].split()) else None


def _noun_verb(word: str) -> bool:
    """Is a word in lower case a noun in its base form that is a verb's base form too ('coach', 'guard')?"""
    from generator.annotate.lemmas import getAllLemmas

    lemmas = getAllLemmas(word)
    return word in lemmas.get("NOUN", ()) and all(v == word for v in lemmas.get("VERB", ()))


def _owner(text: str, end: int) -> bool:
    """Is the name ending at ``end`` a possessive ('Jo Roe's funeral')?"""
    return bool(re.match(r"['’]s?\s", text[end : end + 3]))


def _person_shaped(cast: Cast, b: int, text: str, start: int, end: int) -> list[str]:
    """The actors of ``text[start:end]`` the cast took for bodies whose names, as written there, are
    shaped as a person's and close the clause ('," said EU Commissioner for Aid and Crisis
    Management, Jan Roe.': 'Jan Roe' read as an organisation): the one named at the end of a
    speech verb's clause is the speaker, whatever kind the cast gave it."""
    acting = {m.key for m in cast.actors()}
    return [
        x.key
        for x in cast.mentions
        if x.block == b
        and start <= x.start
        and x.end <= end
        and not text[x.end : end].strip(" ,.")
        and x.key in acting
        and cast.members[x.key].kind == "organization"
        and _person_shaped_name(text[x.start : x.end])
    ]


def _person_shaped_name(name: str) -> bool:
    """'Jan Roe', 'Glyn T. Davies': two words or more shaped as a person's name (:func:`_a_persons_name`),
    none an organisation's word ('Office', 'Agency') and the last no English word (a family name, not
    'Crisis Management')."""
    from generator.annotate.lemmas import getAllLemmas

    words = name.split()
    return (
        len(words) >= 2
        and _a_persons_name(name)
        and not any(w in ORG_WORDS for w in words)
        and not getAllLemmas(words[-1].lower())
    )


def _named_in_apposition(cast: Cast, b: int, text: str, end: int) -> str | None:
    """The one person of the attribution named right after a comma, as the name of a role phrase
    ('," said the commander, Col. Jo Roe.', '," said the unit's commander, Jo Roe.'); else None."""
    key = _one_person_after(cast, b, text, end)
    if key is None:
        return None
    clause_end = end + 1 + len(_attribution(text, end))
    return (
        key
        if any(
            x.key == key and re.search(r",\s+(?:[A-Z][\w.'’-]*\s+){0,4}$", text[end : x.start])
            for x in cast.mentions
            if x.block == b and end < x.start < clause_end
        )
        else None
    )


def _speech_verb(t) -> bool:
    """Is the token a speech verb ('said', 'states', 'put' in 'put it bluntly:'), not a word of a name ('the
    United States')?"""
    put_it = t.lower_ == "put" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "it"
    return bool(_SPEECH_RX.match(t.text) or put_it) and not t.ent_type_


def _verb_before(doc, start: int):
    """A speech verb among the four tokens before the opening quote mark at ``start``, else None."""
    starts = doc.user_data.get("starts")
    if starts is None:
        starts = doc.user_data["starts"] = [t.idx for t in doc]
    k = bisect.bisect_left(starts, start - 1)
    prev = [t for t in doc[max(0, k - 12) : k + 1] if t.idx + len(t) <= start - 1 and not t.is_space][-10:]
    near = next((t for t in reversed(prev[-4:]) if _speech_verb(t) or _reported_colon(t)), None)
    if near is not None:
        return near
    sent_start = sentence_at(doc, max(start - 1, 0)).start
    found = next(
        (
            t
            for t in reversed(prev[:-4])
            if t.i >= sent_start
            and _speech_verb(t)
            and t.i + 1 < len(doc)
            and doc[t.i + 1].text not in (",", ".")
            and not _named_between(doc, t, k)
        ),
        None,
    )
    return found or _said_that(doc, sent_start, k) or _reported_fragment(doc, sent_start, k, start)


def _reported_fragment(doc, sent_start: int, k: int, start: int):
    """'X said the meeting on Thursday "will be the first big battle"': a speech verb earlier in the
    sentence, its reported clause running on to a quoted fragment with no other quotation and no
    other person named between them (who would compete for the words)."""
    verbs = [t for t in doc[sent_start : max(sent_start, k - 4)] if _speech_verb(t) and t.lower_ != "saying"]
    if not verbs:
        return None
    verb = verbs[-1]
    between = text_of(doc)[verb.idx + len(verb) : start - 1]
    if re.search(r"[\"“”]", between) or re.search(r"[.;:!?]\s", between):
        return None
    return None if _named_between(doc, verb, k, ("PERSON", "ORG", "NORP")) else verb


def _reported_colon(t) -> bool:
    """'X reported: "...': a report in the reporter's words (not 'were reported as "..."')."""
    return t.lower_ == "reported" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ":"


def _said_that(doc, sent_start: int, k: int):
    """'Power said that on each day leading up to the anniversary, "we are ...': a speech verb and
    'that' opening the sentence the quote ends, however far before the quote mark."""
    verb = next(
        (
            t
            for t in doc[sent_start : max(sent_start, k - 4)]
            if _speech_verb(t) and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "that"
        ),
        None,
    )
    return verb if verb is not None and not _named_between(doc, verb, k) else None


def _named_between(doc, verb, k: int, labels=("PERSON",)) -> bool:
    """A person (or of ``labels``) named between a speech verb and the quote mark (token ``k``):
    'X said that minister Y had called it "..."' may be Y's words, so X is no sure speaker."""
    return any(e.label_ in labels and verb.i < e.start and e.end <= k for e in ents_of(doc))


def _before(doc, b: int, start: int, cast: Cast, last: str | None, texts: list[str] | None = None):
    """The speech verb just before the opening quote, and its subject from the parse."""
    bverb = _verb_before(doc, start)
    if bverb is None:
        return None, ""
    verb = parsed_token(doc, bverb)
    off = verb.doc.user_data["offset"]
    v = verb
    while (
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        and v.dep_ in ("conj", "xcomp", "pcomp", "prep", "advcl")
        and v.head != v
    ):
        v = v.head  # 'X summed up his view by saying; ...': the subject of 'summed'
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        after_verb = text_of(doc)[bverb.idx + len(bverb) : start]
        m = re.match(r"\s+" + _MENTION, after_verb)  # 'said Stoltenberg, "...'
        if m:
            return _resolve(m.group("sp"), cast, b, bverb.idx, last, texts), verb.text + m.group(0)
        return _named_right_before(cast, b, text_of(doc), bverb.idx, bverb.idx + len(bverb))
    span = verb.doc[subj.left_edge.i : subj.right_edge.i + 1]
    if subj.lower_ == "who":  # '," said Dr. Jo Roe, who added: "...': the person named right before 'who'
        at = subj.idx + off
        who = [
            x.key
            for x in cast.mentions
            if x.block == b
            and re.fullmatch(r",\s+", text_of(doc)[x.end : at])
            and not _OBJECT_OF.search(text_of(doc)[: x.start])  # not 'a spokesman for Jo Roe, who said:'
        ]
        key = who[0] if len(who) == 1 and cast.members[who[0]].kind == "person" else None
        return key, f"{span.text} {verb.text}"
    if subj.dep_ == "nsubjpass" and v == verb and verb.lower_ in ("asked", "told", "warned", "urged", "reminded"):
        return None, f"{span.text} {verb.text}"  # 'X was asked: "..."': the asker's words, not X's
    if any(c.dep_ == "conj" for c in subj.children) and _coordinated(span):
        return None, f"{span.text} {verb.text}"  # 'NASA and the European Space Agency said:': both, not one
    if _described_person(subj, off, cast, b):  # 'the program manager for the Agency said': not the Agency
        return _resolve(span.text, cast, b, span.start_char + off, last, texts), f"{span.text} {verb.text}"
    if _speaks_for_another(subj, off, cast, b) or _body_of_another(subj, off, cast, b):
        return None, f"{span.text} {verb.text}"  # 'A spokesman for John Doe said', 'The union, led by Doe, said'
    key = _resolve_span(span, off, cast, b, last, texts)
    return key, f"{span.text} {verb.text}"


_OBJECT_OF = re.compile(r"\b(?:for|of|to|with|by|from|at|about)\s+(?:[A-Z][\w.'’-]*\s+)*$")
# a preposition right before a name, or a title between: the name is its object ('Responding to Jo Roe, ...',
# 'Replying to Senator Jo Roe, ...'; not 'Secretary of State Jo Roe': no title's word after 'of')
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|with|by|from|at|about|against|after|before|on|for|of)\s+(?:" + TITLE_WORDS + r"\s+)?$"
)
# what may come between a speaker's name and their speech verb: 'of' and where they work, an apposition
_NAME_TO_VERB = re.compile(r"(?:\s+(?:of|from|at|with)\s+[^,;:\"“”]{1,80}?)?(?:,[^;:\"“”]{1,120}?,)?\s+$")


def _named_right_before(cast: Cast, b: int, text: str, at: int, end: int) -> tuple[str | None, str]:
    """(speaker, cue) for a speech verb the parse gave no subject ('Studying ... “Snow White 1,” Ray Roe of
    X University, co-investigator for the arm, said, “...'): the one person named, outside quotations, in
    the verb's sentence right before it, nothing but where they work and an apposition between, or set off by
    commas as a title's holder ('the Foreign Secretary, Alan Moore, said'); not the object of a preposition
    ('Responding to Jonas Berg, the Foreign Secretary, Alan Moore, said:'); else (None, '')."""
    sent = _sentence_start(text, at)
    people = {
        x.key: x.start
        for x in cast.mentions
        if x.block == b
        and sent <= x.start
        and x.end <= at
        and cast.members[x.key].kind == "person"
        and not _quoted(text, x.start)
        and (_NAME_TO_VERB.fullmatch(text, x.end, at) or _apposed_sayer(text, x.start, x.end))
        and not _PREPOSITION_BEFORE.search(text, sent, x.start)
    }
    if len(people) != 1:
        return None, ""
    key, first = people.popitem()
    return key, text[first:end]


def _coordinated(span) -> bool:
    """Does the subject join two or more by a conjunction ('NASA and the European Space Agency')?
    Not a title and its holder's name that the parse took for a conjunct with nothing joining them
    ('U.N. Undersecretary-General for Humanitarian Affairs Valerie Amos': one speaker)."""
    return any(t.dep_ == "cc" or t.lower_ in ("and", "or", "&", "nor") for t in span)


_PERSON_HEAD = re.compile(
    rf"(?:{_SOURCE_HEADS}|{ROLE_NOUNS}|managers?|directors?|chair(?:wo)?m[ae]n|chairs?|coordinators?|"
    r"administrators?|scientists?|researchers?|professors?|engineers?|specialists?|executives?)",
)


def _described_person(subj, off: int, cast: Cast, b: int) -> bool:
    """Is the subject a person described by a common noun ('manager', 'engineer', 'spokesman'), no
    name of the cast on the noun itself nor a person's in its phrase? Then the organisation in the
    phrase ('for the Agency', 'at the Institute', 'the Agency's') is their employer, not the speaker."""
    if not subj.text.islower() or not _PERSON_HEAD.fullmatch(subj.text):
        return False
    start = subj.left_edge.idx + off
    end = subj.right_edge.idx + len(subj.right_edge) + off
    keys = cast.keys_in(b, start, end)
    on_head = cast.keys_in(b, subj.idx + off, subj.idx + len(subj) + off)
    return bool(keys) and not on_head and all(cast.members[k].kind != "person" for k in keys)


def _speaks_for_another(subj, off: int, cast: Cast, b: int) -> bool:
    """Is the subject someone described by a common noun whose every person named is in its 'for'/'of'
    phrase or its possessive ('A spokesman for John Doe', 'The family of John Doe', 'Doe's lawyer'), not in
    apposition ('A lawyer for John Doe, Jane Roe,')? Then the one described speaks, unnamed, not that person."""
    if not (subj.text.islower() or subj.is_sent_start) or not _PERSON_HEAD.fullmatch(subj.lower_):
        return False  # 'Friends of John Doe said': capitalised as the sentence's first word
    return _people_only_in(subj, [c for c in subj.children if c.dep_ in ("prep", "poss")], off, cast, b)


def _people_only_in(subj, mods: list, off: int, cast: Cast, b: int) -> bool:
    """Does the subject's phrase name people, every one inside one of its modifiers ``mods`` and none in
    apposition after a comma ('A lawyer for John Doe, Jane Roe,', 'the head of state, Jo Roe,')?"""
    lo = subj.left_edge.idx + off
    hi = subj.right_edge.idx + len(subj.right_edge) + off
    people = [x for x in cast.mentions if x.block == b and lo <= x.start and x.end <= hi]
    people = [x for x in people if cast.members[x.key].kind == "person"]
    text = text_of(subj.doc)
    return bool(people) and all(
        not text[: x.start - off].rstrip().endswith(",")
        and any(c.left_edge.idx + off <= x.start and x.end <= c.right_edge.idx + len(c.right_edge) + off for c in mods)
        for x in people
    )


# the common nouns of a body that speaks as one ('the union said', 'Moran's party said')
_BODY_NOUNS = {w.lower() for w in ORG_WORDS} | {
    "government",
    "campaign",
    "firm",
    "team",
    "organization",
    "organisation",
    "movement",
    "coalition",
    "alliance",
    "club",
    "embassy",
}


def _body_of_another(subj, off: int, cast: Cast, b: int) -> bool:
    """Is the subject a body named by a common noun ('union', 'party', 'office', :data:`_BODY_NOUNS`), every
    person of its phrase in a modifier of it, not in apposition ('The union, led by Jack Moran, said',
    'Moran's union said', 'The company founded by Jo Roe said')? Then the body speaks, not that person."""
    if not (subj.text.islower() or subj.is_sent_start) or subj.lower_.removesuffix("s") not in _BODY_NOUNS:
        return False
    mods = [c for c in subj.children if c.dep_ in ("prep", "poss", "acl", "relcl")]
    return _people_only_in(subj, mods, off, cast, b)


_OF_A_BODY = re.compile(r"\s+of\s+(?:the|a|an|its|his|her|their)\s+[a-z]")


def _office_of_another(cast: Cast, b: int, span, off: int) -> set[str]:
    """The keys of the span that only a bare title names, that title the head of an 'of' phrase naming a
    body by a common noun ('The head of the military warned': a head, not the head of state the text
    calls 'the head'; 'the president of the union'): someone else's office, not that person."""
    text = text_of(span.doc)
    lo, hi = span.start_char + off, span.end_char + off
    spans: dict[str, list[bool]] = {}
    for m in cast.mentions:
        if m.block == b and lo <= m.start and m.end <= hi:
            title = text[m.start - off : m.end - off]
            spans.setdefault(m.key, []).append(
                bool(ROLE_PHRASE.fullmatch(title)) and bool(_OF_A_BODY.match(text, m.end - off))
            )
    return {k for k, marks in spans.items() if all(marks)}


def _resolve_span(span, off: int, cast: Cast, b: int, last: str | None, texts: list[str] | None = None) -> str | None:
    keys = cast.keys_in(b, span.start_char + off, span.end_char + off)
    if keys:
        others = _office_of_another(cast, b, span, off)
        if others:
            keys = [k for k in keys if k not in others]
            if not keys:
                return None
    if len(keys) > 1:  # 'Karen Wu, an adviser to Governor Phil Moore, said': the one named on the head
        head = span.root.idx + off
        on_head = [x.key for x in cast.mentions if x.block == b and x.start <= head < x.end and x.key in keys]
        keys = on_head[:1] or keys
    people = [k for k in keys if cast.members[k].kind == "person"]
    if people:
        return _titled_otherwise(cast, people[-1], b, span.start_char + off, span.end_char + off, texts)
    if keys:
        return keys[-1]
    return _resolve(span.text, cast, b, span.start_char + off, last, texts)


def _titled_otherwise(cast: Cast, key: str | None, b: int, start: int, end: int, texts: list[str] | None) -> str | None:
    """The person ``key`` named in ``texts[b][start:end]``, unless that mention's honorific says one sex ('Mrs.
    Bush said') and the rest of the text the other ('President Bush and his wife', 'Mr. Bush'): the cast
    folded someone else, of the same surname, into them."""
    if key is None or not texts or key not in cast.members or cast.members[key].kind != "person":
        return key
    for x in cast.mentions:
        if x.key != key or x.block != b or not start <= x.start < end:
            continue
        hm = re.search(r"\b(?P<h>[A-Z][a-z]{1,4})\.?\s+$", texts[b][max(0, x.start - 8) : x.start])
        sex = next((y for y in ("m", "f") if hm and _HONORIFIC[y].fullmatch(hm["h"])), "")
        if sex and _sex(cast, key, texts, but=sex) == {"m": "f", "f": "m"}[sex]:
            return None
    return key


def _body_named_before(cast: Cast, b: int, pos: int, texts: list[str] | None) -> str | None:
    """'it said': the first organisation named in the last sentence of the paragraph naming one
    ('The medical aid group Doctors Without Borders warned ... It said the outbreak is "..."');
    None when the paragraph names none before it."""
    if not texts:
        return None
    ms = sorted(
        (x for x in cast.mentions if x.block == b and x.start < pos and cast.members[x.key].kind == "organization"),
        key=lambda x: x.start,
    )
    if not ms:
        return None
    text = texts[b]
    cut = max(text.rfind(". ", 0, ms[-1].start), text.rfind('." ', 0, ms[-1].start), text.rfind(".” ", 0, ms[-1].start))
    return next(x.key for x in ms if x.start > cut)


def _last_body(cast: Cast, b: int, pos: int, last: str | None) -> str | None:
    """'it said' in a paragraph naming no organisation before it: the last speaker, when that is an
    organisation named in this paragraph or the one before ('The group, known as MSF, said, "...".'
    then 'The group is calling for ..., which, it said, "..."'); None otherwise."""
    if not last or last not in cast.members or cast.members[last].kind != "organization":
        return None
    return (
        last
        if any(x.key == last and (x.block == b - 1 or x.block == b and x.start < pos) for x in cast.mentions)
        else None
    )


def _named_since(cast: Cast, last: str, b: int, pos: int, texts: list[str] | None) -> bool:
    """Does a sentence of the paragraph open with another person, after ``last`` was last named and
    before ``pos`` ('"...," Strom said. Lahti agreed. "...," she said': 'she' is no longer Strom)? With
    ``last`` not named in the paragraph, another person heading one of its sentences, in apposition too,
    outside quotations ('"...," Pappas said.' then 'His neighbour, Eleni Markou, was luckier. "...," she
    said': she is Markou, whom the paragraph turned to)."""
    if not texts:
        return False
    here = [x for x in cast.mentions if x.block == b and x.start < pos and cast.members[x.key].kind == "person"]
    seen = [x.start for x in here if x.key == last and not _quoted(texts[b], x.start)]  # not 'I called Mayor Roe'
    if not seen:
        return any(
            x.key != last and not _quoted(texts[b], x.start) and _heads_sentence(texts[b], x.start) for x in here
        )
    # the other opening a sentence, a title before the name too ('Council member Jim Hart said ...')
    return any(
        x.key != last
        and x.start > max(seen)
        and (
            re.search(r"[.!?][\"”]?\s+$", texts[b][: x.start])
            or (not _quoted(texts[b], x.start) and _heads_sentence(texts[b], x.start))
            or (not _quoted(texts[b], x.start) and _speaks_later(texts[b], x.start, x.end))
        )
        for x in here
    )


def _surname_heads_since(cast: Cast, last: str, texts: list[str], b: int, pos: int) -> bool:
    """Does a sentence of the paragraph, after ``last`` was last named there and before ``pos``, open with a word
    that ends a full name earlier in the article, though the cast holds no person of it ('Sergeant Brian Cooper'
    ... 'Cooper thanked his unit.'), nor ``last`` by it? Someone the text turned to, whom a 'he' or 'she' after
    may be."""
    text = texts[b]
    seen = [x.end for x in cast.mentions if x.block == b and x.key == last and x.end <= pos]
    if not seen:
        return False
    since = max(seen)
    own = {w for f in cast.members[last].forms for w in f.split()}
    for m in re.finditer(r"[.!?][\"”]?\s+(?P<w>[A-Z][a-z]+)\s+[a-z]", text[since:pos]):
        word = m["w"]
        if word in own or cast.person_by_name(word):
            continue
        if any(re.search(r"\b[A-Z][a-z][\w'’-]* " + word + r"\b", t) for t in texts[: b + 1]):
            return True
    return False


def _speaks_later(text: str, start: int, end: int) -> bool:
    """Is the person named at ``start:end`` reported speaking later in their sentence ('Critics, including Senator
    Jo Roe, said ...')?"""
    m = _SPEECH_WORD.search(text, end, _sentence_end(text, start))
    return m is not None and not _OWN_SUBJECT.search(text, end, m.start())


# a pronoun right before a speech verb, its subject ('Under questioning by Jo Roe, she added'): not the name's verb
_OWN_SUBJECT = re.compile(r"\b(?:he|she|they|we|I)\s+(?:also |later |then )?$")


_SPEAKS_AFTER = re.compile(r"(?:,[^.;:\"“”]{0,120}?,)?\s+(?:also |later |then |further )?(?:" + _SPEECH + r")\b")


def _opens_sentence(text: str, start: int) -> bool:
    """Is the mention at ``start`` the head of its sentence: nothing but capitalised words (a title,
    'Lance Cpl.') between it and the sentence's start (``_sentence_start``: not a title's dot, 'Lt. Jo Roe')?"""
    before = text[_sentence_start(text, start) : start]
    words = before.split()
    if words and words[0] in _OPENING_PREPOSITIONS and "," not in before:
        return False  # 'As Eleni Markou noted, ...', 'Like Eleni Markou, he ...': the object of what opens it
    if words and words[0] in ("But", "And", "Yet"):
        words = ["The", *words[1:]]  # 'But economist Mr. Jo Roe said ...': the conjunction opens the sentence
    # 'Opposition leader Meera Nair called ...', 'Police chief Ana Ruiz said ...': a noun in lower case (no
    # verb's form: not 'Reporters asked Jo Roe') after the capitalised word that opens the sentence is still
    # part of the title; so is a noun that may be a verb too, the first of a compound ('Cambodian marathon runner')
    return all(
        w[:1].isupper() or w in ("of", "for", "the") or k > 0 and (_a_noun(w) or _compound_modifier(words, k))
        for k, w in enumerate(words)
    )


_SUBJECT_PRONOUNS = frozenset("I We They You He She It".split())


def _compound_modifier(words: list[str], k: int) -> bool:
    """Is the lower-case word ``words[k]`` a noun in its base form that may be a verb's too ('marathon',
    'police', 'farm', 'coach'), the first of a compound whose head right after it is a noun and no verb
    ('Cambodian marathon runner', 'Kenyan farm worker'), or the last word before the name, a title ('United
    coach Brian Doyle')? Not a verb after its subject ('Officials praise union leader Jo Roe', 'They praise
    ...'), nor a verb's form ('says', 'asked')."""
    from generator.annotate.lemmas import getAllLemmas

    w = words[k]
    lemmas = getAllLemmas(w)
    if "NOUN" not in lemmas or any(v != w for v in lemmas.get("VERB", ())):
        return False
    if k + 1 < len(words) and not _a_noun(words[k + 1]):
        return False
    before = words[k - 1]
    plural = any(n != before.lower() for n in getAllLemmas(before.lower()).get("NOUN", ()))
    return before not in _SUBJECT_PRONOUNS and not plural


@functools.lru_cache(maxsize=1024)
def _a_noun(word: str) -> bool:
    """Is a word in lower case a noun and no verb's form ('leader', 'economist'; not 'told', 'police')? Or a
    title's noun ('chief')."""
    from generator.annotate.lemmas import getAllLemmas

    if _ROLE_WORD.fullmatch(word):
        return True
    lemmas = getAllLemmas(word)
    return "NOUN" in lemmas and "VERB" not in lemmas


_ROLE_WORD = re.compile(ROLE_NOUNS)


# capitalised words opening a sentence whose object a name right after them is (no title: not 'Under', as in
# 'Under Secretary'); after a comma the name may head the sentence again ('In Paris, Jo Roe said')
_OPENING_PREPOSITIONS = frozenset(
    "As Like Unlike After Before With Without Since While When Despite Besides Following Against Behind Beside Until "
    "Unless Although Though If Because Once Whereas Whether Including Except Among Between Toward Towards Through "
    "During By From To At In On Of For About Upon Into Near Alongside Amid Beyond Per Via Regarding Concerning".split()
)


def _reported_since(cast: Cast, last: str, b: int, pos: int, texts: list[str] | None) -> str | None:
    """The one other person who, after ``last`` was last named (in the pronoun's own paragraph too, before
    ``pos``), opens a paragraph's sentence as the subject of a speech verb, in the paragraphs before ``b``
    ('Luke Gosling, a former paratrooper, said it was fun.' then '"...," he explained': Gosling, not the speaker
    before him; but 'Satyarthi said his goal is "...". He added that "..."': Satyarthi); None when there is no
    such person or several."""
    if not texts:
        return None
    people = [x for x in cast.mentions if x.block < b and cast.members[x.key].kind == "person"]
    seen = [(x.block, x.start) for x in cast.mentions if x.key == last and (x.block, x.start) < (b, pos)]
    if not seen:
        return None
    found = {
        x.key
        for x in people
        if x.key != last
        and (x.block, x.start) > max(seen)
        and not _quoted(texts[x.block], x.start)
        and _opens_sentence(texts[x.block], x.start)
        and _SPEAKS_AFTER.match(texts[x.block][x.end : x.end + 160])
    }
    return found.pop() if len(found) == 1 else None


def _opened_since(cast: Cast, last: str, b: int, pos: int, texts: list[str] | None) -> bool:
    """Does another person open a sentence of the paragraph before ``b``, outside its quotations, after
    ``last`` was last named ('"...," Obama said.' then 'Secretary Clinton praised the news.' then
    '"...," she said': she is the one the text has turned to, not the last speaker)? Not when ``last`` is named
    again in the pronoun's own paragraph before ``pos``: the text has turned back to them."""
    if not texts or b == 0:
        return False
    people = [x for x in cast.mentions if x.block <= b and cast.members[x.key].kind == "person"]
    seen = max(((x.block, x.start) for x in people if x.key == last and x.block < b), default=None)
    here = [x for x in people if x.key == last and x.block == b and x.start < pos and not _quoted(texts[b], x.start)]
    return (
        seen is not None
        and not here
        and any(
            x.key != last
            and x.block == b - 1
            and (x.block, x.start) > seen
            and not _quoted(texts[x.block], x.start)
            and _heads_sentence(texts[x.block], x.start)
            for x in people
        )
    )


def _quoted(text: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation of the paragraph ``text``: between its marks, or before a closing
    curly mark that opens no quotation, the paragraph being the rest of one opened paragraphs before
    ('... are now heard in full.”', its opening mark left off as a quotation running on does)?"""
    first = min((i for i in (text.find("“"), text.find("”")) if i >= 0), default=-1)
    if first >= 0 and text[first] == "”" and pos < first:
        return True
    return any(s <= pos < e for _, s, e in quote_spans([text]))


# the head noun of a sentence that _NAMED_HEAD and _APPOSED_HEAD share: an article or 'one' and one to four words
# ('A young woman', 'The farmer'), after which each looks for the name
_ARTICLES = r"[Aa]n?|[Aa]nother|[Oo]ne|[Tt]he"
_HEAD_WORDS = r"\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
# a person introduced by a noun and 'named' or 'called' at the head of a sentence ('A young woman named Ana Roe')
_NAMED_HEAD = re.compile(rf"(?:{_ARTICLES}){_HEAD_WORDS}\s+(?:named|called)\s+")


def _sentence_subject(cast: Cast, b: int, pos: int, texts: list[str] | None) -> str | None:
    """'he'/'she' with no speaker before: the first person named in the last sentence naming one
    ('Otunbayeva demanded the resignation of President Bakiyev. "...," she said' -> Otunbayeva)."""
    if not texts:
        return None
    actors = {m.key for m in cast.actors()}  # not 'Sgt' of 'Master Sgt. Jane Roe', a title piece taken for a name
    ms = sorted(
        (
            x
            for x in cast.mentions
            if (x.block, x.start) < (b, pos) and cast.members[x.key].kind == "person" and x.key in actors
        ),
        key=lambda x: (x.block, x.start),
    )
    while ms and _quoted(texts[ms[-1].block], ms[-1].start):
        ms.pop()  # '"If President Roe goes on, we will act," she said': not a person named in the words
    if not ms:
        return None
    lastm = ms[-1]
    if _other_name_between(cast, texts, lastm.block, lastm.end, b, pos):
        return None  # 'Michelle ... It recalled the novelist Isabel Allende. She said, "..."': maybe her
    text = texts[lastm.block]
    cut = _sentence_start(text, lastm.start) - 1  # not at a stop of 'U.S.' ('a U.S. rescue worker says X ...')
    same = [x for x in ms if x.block == lastm.block and x.start > cut and not _quoted(text, x.start)]
    same = [x for x in same if not _modifies_noun(text, x.end)]  # not 'his first Pacific Angel mission'
    if not same:
        return None
    before = text[cut + 1 : same[0].start]
    if not _NAMED_HEAD.fullmatch(before.lstrip()) and (
        _reported_person(text, cut, same[0].start) or _verbs_object(before)
    ):
        return None  # but 'A young woman named Ana Roe ...': 'named' and 'called' there are no verbs of the sentence
    if (
        _PARTICIPLE_OPENS.match(text[cut + 1 : same[0].start].lstrip())
        and not _heads_sentence(text, same[0].start)
        and _PRONOUN_HEADS.match(text, same[0].end, _sentence_end(text, same[0].start))
    ):
        return None  # 'Asked about Senator Mark Ellis, she was blunt.': the pronoun heads it, someone named before
    other = next((x for x in same if x.key != same[0].key), None)
    if other is not None and re.fullmatch(
        r"(?:,[^,;:.\"“”]{1,40},)?,?\s+(?:and|or|&)\s+(?:(?:his|her|their) [a-z]+,? )?(?:[A-Z][\w.'’-]*\s+)*",
        text[same[0].end : other.start],
    ):
        return None  # 'Jane Doe and Tom Green met on Friday. "...," he said', 'X, 45, and her sister Y': either
    if other is not None and (
        not (_heads_sentence(text, same[0].start) or _after_opening_phrase(text, same[0].start))
        or re.match(r"['’]s?\b", text[same[0].end : same[0].end + 2])
    ):
        return None  # 'After meeting X, Y said ...', 'X's remarks drew a response from Y': the subject is unsure
    return same[0].key


def _verbs_object(before: str) -> bool:
    """Is the person named after ``before`` (their sentence up to them) the object of a verb in it, with no comma
    between ('Police arrested John Doe on Monday.', 'The court sentenced Jo Roe')? Then the sentence's subject
    is no one named, and a 'he' or 'she' after it no sure Doe."""
    from generator.annotate.lemmas import getAllLemmas

    if "," in before or re.search(r"\bby\s+(?:[A-Z][\w.'’-]*\s+)*$", before):
        return False  # 'The decision was welcomed by Senator Jo Roe': the agent
    for w in re.findall(r"\b[a-z]+\b", before):
        kinds = getAllLemmas(w)
        if w != "according" and "VERB" in kinds and not kinds.keys() & {"NOUN", "ADJ", "AUX"}:
            return True
    return False


# a participle opening the sentence, the pronoun after it its subject: 'Asked about X, she', 'After meeting X, he'
# (not 'After X's release, he': X may be he)
_PARTICIPLE_OPENS = re.compile(r"(?:[A-Z][a-z]+ )?[A-Za-z]+(?:ed|ing) (?:[a-z]+ ){0,3}(?:[A-Z][\w.'’-]* )*$")
_PRONOUN_HEADS = re.compile(r"[^,;:\"“”]{0,80},\s+(?:he|she)\s")  # the rest of an opening phrase, then 'she'
_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def _modifies_noun(text: str, end: int) -> bool:
    """Is the name ending at ``end`` a modifier of the common noun right after it ('his first Pacific Angel
    mission', 'the Obama administration'): no person the sentence is about? Not before a word that may be an
    adverb ('Mr. Roe now says', 'Roe today announced'): the name's own verb may follow it."""
    from generator.annotate.lemmas import getAllLemmas

    m = _NEXT_WORD.match(text, end)
    return m is not None and m[1] not in ("who", "whom", "whose") and _a_noun(m[1]) and "ADV" not in getAllLemmas(m[1])


def _after_opening_phrase(text: str, start: int) -> bool:
    """Does the mention at ``start`` head its sentence after a phrase opening it and a comma ('Speaking from
    parliament, Otunbayeva demanded ...'; no name before it there, the first person of the sentence), or
    after the noun of a role or a person ('The opposition leader Rosa Roe', 'U.S. attorney Acosta')?"""
    before = text[_sentence_start(text, start) : start]
    if _OPENING_PHRASE.fullmatch(before):
        return True
    m = _ROLE_BEFORE.fullmatch(before)
    return m is not None and bool(_PERSON_HEAD.fullmatch(m["n"]) or _RELATION.fullmatch(m["n"]))


# the words of a title before the name (no person is named before it): 'State Department Deputy Spokesman',
# 'Secretary of State', 'Minister for Foreign Affairs'
_OPENING_PHRASE = re.compile(r"[A-Z][^,;:\"“”]*,\s+(?:(?:[A-Z][\w.'’-]*|of|for|the|and)\s+){0,7}")
_ROLE_BEFORE = re.compile(
    r"(?:[A-Z][\w.'’-]*\s+){1,3}(?:[a-z][\w-]*\s+){0,2}(?P<n>[a-z][\w-]*)\s+(?:[A-Z][\w.'’-]*\s+){0,3}"
)


def _reported_person(text: str, cut: int, start: int) -> bool:
    """Is the person named at ``start`` inside what another says ('Jo Roe, a rescuer, says Tim Lind
    was in good shape. "...," he said': a speech verb before the name in its sentence, whose
    subject the cast does not hold; 'he' is not Lind)? Not the agent of a passive ('words once said
    by the novelist Ana Roe. She said, "..."': she is the one who speaks), nor the sayer of an attribution turned
    round ('Police fired tear gas, said Jo Roe, a photographer.': Roe speaks)."""
    return any(
        not text.startswith(" by ", m.end())
        and not (text[: m.start()].rstrip().endswith(",") and _TITLE_WORDS.fullmatch(text, m.end(), start))
        for m in _SPEECH_WORD.finditer(text, max(cut, 0), start)
    )


_TITLE_WORDS = re.compile(r"\s+(?:(?:[A-Z][\w.'’-]*|[a-z]+)\s+){0,3}")  # ', said photographer Jo Roe'


def _other_name_between(cast: Cast, texts: list[str], b0: int, p0: int, b: int, pos: int) -> bool:
    """Is a name the cast does not hold as a person ('the novelist Isabel Allende', taken for an
    organisation) given between the sentence of (b0, p0) and the sentence of (b, pos), outside
    quotations? Then 'she' may be them: the person named before is no sure antecedent."""
    start = b0, _sentence_end(texts[b0], p0)
    for x in cast.mentions:
        if not (start <= (x.block, x.start) < (b, pos)) or cast.members[x.key].kind in ("person", "country"):
            continue
        if x.block == b and x.start >= _sentence_start(texts[b], pos):
            continue  # in the pronoun's own sentence
        name = texts[x.block][x.start : x.end]
        if not _quoted(texts[x.block], x.start) and re.fullmatch(r"(?:[A-Z][\w'’-]+ ){1,2}[A-Z][\w'’-]+", name):
            return True
    return False


def _sentence_end(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (outside quotations)."""
    for m in _SENTENCE_END.finditer(text, pos):
        if not _abbreviated(text, m.start()) and not _quoted(text, m.start()):
            return m.end()
    return len(text)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (outside quotations)."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text) if m.end() <= pos and not _abbreviated(text, m.start())]
    starts = [st for st in starts if not _quoted(text, st - 1)]
    return starts[-1] if starts else 0


def _resolve(
    mention: str, cast: Cast, b: int, pos: int, last: str | None, texts: list[str] | None = None
) -> str | None:
    """The cast key a speaker mention names, if it is one of the article's actors (``Cast.actors``):
    not a member that is no actor of its own, which names no speaker: a piece of a title the model
    took for a name ('Sgt' of 'Sgt. Jo Roe'), a storm, a thing, a common group ('the Government'),
    a name piece folded into another member, or a country that never acts. ``Cast.actors`` folds
    the name pieces first (it changes the cast) and keeps its answer while the cast is unchanged,
    so most calls cost one comparison of the cast's state."""
    key = _resolve_any(mention, cast, b, pos, last, texts)
    return key if key is None or key in {m.key for m in cast.actors()} else None


def _resolve_any(
    mention: str, cast: Cast, b: int, pos: int, last: str | None, texts: list[str] | None = None
) -> str | None:
    """The cast key a speaker mention names, actor or not: by pronoun, 'it', a generic noun ('the
    ministry'), then by name or role (:func:`_resolve_named`); 'they' names no one."""
    m = _first_sentence(mention.strip())  # 'added Naikuni. The military ...'
    low = m.lower()
    if low in _PRONOUNS:
        return _of_pronouns_sex(_resolve_pronoun(cast, b, pos, last, texts, low), low, cast, b, pos, texts)
    if low == "it":
        return _body_named_before(cast, b, pos, texts) or _last_body(cast, b, pos, last)
    if low == "they":
        return None
    gm = _GENERIC.match(m)
    if gm:  # 'the statement said' -> who issued it; 'the ministry said' -> the ministry named before
        return _resolve_generic(gm["noun"].lower(), cast, b, pos)
    return _resolve_named(m, cast, b, pos, texts)


# What the text itself says of a person's sex (no list of first names): a title or honorific right before
# the name ('Mr. Hill', 'Queen Elizabeth', 'MRS. BUSH:'), a noun naming a man or a woman next to it
# ('spokeswoman Jane Roe', 'his son Tom', 'a woman named Jane Roe', 'Jane Roe, a mother of two'), 'X said he/she'.
_HONORIFICS = {
    "m": r"Mr|Messrs|Sir|Lord|King|Prince|Mister|Monsieur|Herr|Se[nñ]or|Sheikh",
    "f": r"Mrs|Ms|Miss|Dame|Lady|Queen|Princess|Madam|Madame|Mme|Mlle|Frau|Se[nñ]ora",
}
_SEX_NOUNS = {
    "m": r"(?:spokes|chair|congress|business|council|assembly|police|fire|sports|fisher|fresh|country)?man|"
    r"father|husband|son|brother|uncle|grandfather|grandson|nephew|widower|boyfriend|boy|king|prince|monk",
    "f": r"(?:spokes|chair|congress|business|council|assembly|police|fire|sports|fisher|country)?woman|"
    r"mother|wife|daughter|sister|aunt|grandmother|granddaughter|niece|widow|girlfriend|girl|queen|princess|"
    r"actress|nun|first lady",
}
_SEX_BEFORE = {
    sex: re.compile(
        r"(?:(?<![\w.])(?i:"
        + _HONORIFICS[sex]
        + r")\.?|(?<![\w-])(?i:"
        + _SEX_NOUNS[sex]
        + r")(?:,|\s+(?:named|called))?)"
        r"\s+(?:[A-Z][\w.'’-]*\s+){0,2}$"
    )
    for sex in ("m", "f")
}
_SEX_AFTER = {
    sex: re.compile(
        r"(?:,\s+\d+)?,\s+(?:an?|the|his|her|their)\s+(?:(?!of\b|for\b|to\b|and\b)[\w-]+\s+){0,3}?(?:"
        + _SEX_NOUNS[sex]
        + r")\b"
    )
    for sex in ("m", "f")
}
_HONORIFIC = {sex: re.compile(r"(?i:" + _HONORIFICS[sex] + r")\b") for sex in ("m", "f")}
_AND_SPOUSE = re.compile(r"\s+and\s+(?P<p>his|her)\s+(?:wife|husband)\b")  # 'President Roe and his wife'
# 'X said he', 'X, the Y, said she', 'X, who said she', 'X said on Monday she', 'X told the court she' (not 'X told
# Jo Roe she': she may be Roe)
_SAID_HE = re.compile(
    r"(?:,[^,.;\"“”]{1,80},|,\s+who)?\s+(?:"
    + SPEECH
    + r"|(?:told|tells)\s+(?:the\s+|a\s+)?[a-z]+)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?(?:that\s+)?(?P<p>he|she)\b"
)


# the head of a sentence, its verb and their own thing: 'Jo Roe lost his job', 'Jo Roe quickly sold her house'
_VERB_OWN = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?!(?:and|or|of|for|with|to|in|at|by|from|on|about|like|than)\b)[a-z]+\s+(?P<p>his|her)\s+[a-z]"
)


def _sex(cast: Cast, key: str, texts: list[str], but: str = "") -> str:
    """'m' or 'f' when the text says whether the person ``key`` is a man or a woman, by every mention of
    them outside quotations (:data:`_SEX_BEFORE`, :data:`_SEX_AFTER`, 'X said he', 'X and his wife'); ''
    when it does not, or says both ('Mr. and Mrs. Roe'). ``but``: a sex whose honorifics are not read
    (those of the mention being resolved, which the cast may have folded into the wrong person)."""
    said: set[str] = set()
    for x in cast.mentions:
        if x.key != key or x.block >= len(texts) or _quoted(texts[x.block], x.start):
            continue
        text = texts[x.block]
        head = text[max(0, x.start - 60) : x.start] + text[x.start : x.end].split(" ")[0] + " "
        for sex in ("m", "f"):
            before = _SEX_BEFORE[sex].search(head)
            if before and not (sex == but and _HONORIFIC[sex].match(before.group(0))):
                said.add(sex)
            if _SEX_AFTER[sex].match(text, x.end):
                said.add(sex)
        he = _SAID_HE.match(text, x.end) or _AND_SPOUSE.match(text, x.end)
        if not he and _opens_sentence(text, x.start):
            he = _VERB_OWN.match(text, x.end)  # 'Jo Roe lost his job'
        if he:
            said.add("m" if he["p"].lower() in ("he", "his") else "f")
    return said.pop() if len(said) == 1 else ""


def _of_pronouns_sex(
    key: str | None, pronoun: str, cast: Cast, b: int, pos: int, texts: list[str] | None
) -> str | None:
    """The person a 'he'/'she' (or 'his'/'her') was resolved to, when the text does not say they are of the
    other sex. When it does ('Mr. Hill' for 'she'), the one person of the pronoun's sex named before it in
    its paragraph or the one before, else no one; and no one when that person's sex is not said but
    another person's there is the pronoun's (who is meant is a guess: a wrong speaker is worse than none)."""
    if key is None or not texts or key not in cast.members or cast.members[key].kind != "person":
        return key
    want = "m" if pronoun in ("he", "his") else "f"
    if pronoun in ("he", "she") and _another_as_object(cast, key, want, b, pos, texts):
        return None
    sex = _sex(cast, key, texts)
    if sex == want:
        return key
    near = [
        x
        for x in cast.mentions
        if x.block in (b - 1, b)
        and (x.block, x.start) < (b, pos)
        and x.key != key
        and cast.members[x.key].kind == "person"
        and not _quoted(texts[x.block], x.start)
        and _sex(cast, x.key, texts) == want
    ]
    if sex:  # the text says the person is of the other sex
        fits = {x.key for x in near}
        if not fits and b > 1:
            fits = _of_sex_before_last(cast, key, want, b, texts)
        return fits.pop() if len(fits) == 1 else None
    # the sex not said, but a sentence just before opens with a person of the pronoun's sex ('Ms. Anna Berg
    # chaired the meeting. Deputy Peter Lind then spoke. "...," she said'): either of them
    rival = any(_heads_sentence(texts[x.block], x.start) for x in near)
    return (
        None if rival or _someone_elses(cast, key, want, b, pos, texts) or _two_heads(cast, key, b, pos, texts) else key
    )


_CONJOINED = re.compile(r"\s(?:and|or|&)\s")  # 'X and his counterpart, Y,


def _two_heads(cast: Cast, key: str, b: int, pos: int, texts: list[str]) -> bool:
    """Does the person found head a sentence (no speech of theirs) after another sentence, of the same
    paragraph, headed by someone else, whom the text does not say is a man or a woman, that names the person
    found as well ('Ana Ruiz beat Eva Soto. Soto had won twice.' then '"...," she said': the winner or the
    loser; the pronoun's paragraph or the one before, outside quotations)? Then who is meant is a guess."""
    here = [
        x
        for x in cast.mentions
        if x.block in (b - 1, b)
        and (x.block, x.start) < (b, pos)
        and cast.members[x.key].kind == "person"
        and not _quoted(texts[x.block], x.start)
    ]
    own = [x for x in here if x.key == key and _heads_sentence(texts[x.block], x.start)]
    if not own or any(_SPEAKS_AFTER.match(texts[x.block][x.end : x.end + 160]) for x in own):
        return False  # 'Banks said afterwards ...': the one reported speaking
    for x in here:
        if x.key == key or not _heads_sentence(texts[x.block], x.start) or _sex(cast, x.key, texts):
            continue
        text = texts[x.block]
        sent = _sentence_start(text, x.start), _sentence_end(text, x.start)
        if not any(y.block == x.block and y.start >= sent[1] for y in own):
            continue  # the person found heads no sentence after it in the paragraph
        if any(
            y.block == x.block and sent[0] < y.start < sent[1] and not _CONJOINED.search(text[x.end : y.start])
            for y in here
            if y.key == key
        ):
            return True  # 'Ana Ruiz beat Eva Soto.', not 'Ana Ruiz and Eva Soto met.'
    return False


# a finite verb's object pronoun: 'asked him', 'told her about': someone else than the verb's subject
_OBJECT_PRONOUN = {
    "m": re.compile(r"\b(?:[a-z]+ed|told|gave|sent|met|saw|took|made|let|brought|showed|kept|paid|left)\s+him\b"),
    "f": re.compile(
        r"\b(?:[a-z]+ed|told|gave|sent|met|saw|took|made|let|brought|showed|kept|paid|left)\s+her\b"
        r"(?=\s*(?:[,.;:!?]|about|to|for|with|that|whether|if|in|on|at|from|of|as|and)\b)"
    ),
}


def _another_as_object(cast: Cast, key: str, want: str, b: int, pos: int, texts: list[str]) -> bool:
    """Does the sentence that last names the person found (the pronoun's paragraph or the one before, outside
    quotations) go on, in the same clause, with a pronoun of the same sex as its verb's object ('Prosecutor
    Dan Meyer asked him about the fire.' then '"...," he said': 'him' is someone else of that sex, whom 'he'
    may be)?"""
    last = max(
        (
            x
            for x in cast.mentions
            if x.key == key
            and x.block in (b - 1, b)
            and (x.block, x.start) < (b, pos)
            and not _quoted(texts[x.block], x.start)
        ),
        key=lambda x: (x.block, x.start),
        default=None,
    )
    if last is None:
        return False
    text = texts[last.block]
    end = _sentence_end(text, last.start)
    if last.block == b:
        end = min(end, pos)
    m = _OBJECT_PRONOUN[want].search(text, last.end, end)
    if m is None or _quoted(text, m.start()) or _CLAUSE_BETWEEN.search(text, last.end, m.start()):
        return False  # not 'X thanked the voters who elected him': in a clause of its own 'him' may be X
    return True


_CLAUSE_BETWEEN = re.compile(
    r"[,;:(\"“”]|\b(?:who|whom|whose|which|that|when|after|before|because|as|if|while|and|or)\b"
)


def _of_sex_before_last(cast: Cast, key: str, want: str, b: int, texts: list[str]) -> set[str]:
    """The people of the pronoun's sex named two paragraphs before it, outside quotations, when the paragraph
    before and its own name no one but ``key`` (a person of the other sex) and people of the pronoun's sex: 'Governor X
    said she would veto it.' then 'Senator Y said he had the votes.' then '"...," she said': X, not Y."""
    between = {
        x.key
        for x in cast.mentions
        if x.block in (b - 1, b)
        and x.key != key
        and cast.members[x.key].kind == "person"
        and not _quoted(texts[x.block], x.start)
    }
    if any(_sex(cast, k, texts) != want for k in between):
        return set()
    return {
        x.key
        for x in cast.mentions
        if x.block == b - 2
        and x.key != key
        and cast.members[x.key].kind == "person"
        and not _quoted(texts[x.block], x.start)
        and _sex(cast, x.key, texts) == want
    }


# 'Her deputy, John Doe', 'his wife Jane': a possessive before the noun a person is named in apposition to
_POSSESSED = re.compile(
    r"(?<![\w'’])(?P<p>[Hh]is|[Hh]er)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<n>[a-z][\w-]*),?\s+(?:[A-Z][\w.'’-]*\s+){0,2}$"
)
_RELATION = re.compile(
    rf"(?:{_SOURCE_HEADS}|{ROLE_NOUNS}|{_SEX_NOUNS['m']}|{_SEX_NOUNS['f']}|deputy|aide|assistant|colleague|friend|"
    r"successor|predecessor|partner|lawyer|attorney|boss|rival|counterpart|opponent|challenger|running mate)"
)


# 'His wife, Ann, ...', 'A lawyer named Samantha ...', 'a farmer called Ali ...'
_APPOSED_HEAD = re.compile(
    rf"(?:[Hh]is|[Hh]er|[Tt]heir|{_ARTICLES}){_HEAD_WORDS}(?:,\s*|\s+(?:named|called)\s+)(?:[A-Z0-9][\w.'’-]*\s+){{0,3}}"
)


def _heads_sentence(text: str, start: int) -> bool:
    """Is the mention at ``start`` the head of its sentence, opening it or in apposition to the noun that
    opens it ('His wife, Ann, agreed.')?"""
    return _opens_sentence(text, start) or bool(_APPOSED_HEAD.fullmatch(text[_sentence_start(text, start) : start]))


def _someone_elses(cast: Cast, key: str, want: str, b: int, pos: int, texts: list[str]) -> bool:
    """Is the person named, in the pronoun's paragraph or the one before, in apposition to a noun owned by
    a possessive of the pronoun's sex ('Her deputy, John Doe, spoke next. She praised ...')? That 'her'
    is someone else, of the pronoun's sex, whom the pronoun may mean as well."""
    for x in cast.mentions:
        if x.key != key or x.block not in (b - 1, b) or (x.block, x.start) >= (b, pos):
            continue
        m = _POSSESSED.search(texts[x.block][max(0, x.start - 60) : x.start])
        if m and (m["p"].lower() == "her") == (want == "f") and _RELATION.fullmatch(m["n"]):
            return True
    return False


def _resolve_pronoun(
    cast: Cast, b: int, pos: int, last: str | None, texts: list[str] | None, pronoun: str = ""
) -> str | None:
    """Who 'he' or 'she' (``pronoun``) is: the person the text just before is about (:func:`_topic_before`),
    else the last speaker (or another person reported speaking since), else the head of the last sentence
    naming a person; no one right after a body's words, nor after an unnamed source's."""
    if texts and _unnamed_sayer_since(cast, b, pos, texts):
        return None  # 'A company spokesman said the plant was safe. "...," he said': no one named
    if texts and last in cast.members and _surname_heads_since(cast, last, texts, b, pos):
        return None  # '"...," Lee said. Cooper thanked his unit. "...," he said' (Cooper not in the cast)
    if (
        last
        and cast.members.get(last)
        and cast.members[last].kind == "person"
        and not _named_since(cast, last, b, pos, texts)
    ):
        # the subject kept by sentences headed by the pronoun: 'Jo Roe sells fees. He says Mr. Lind ...' then
        # '"...," he said': Roe, not the last speaker, though the last sentence names Lind as its object
        topic = (
            _topic_before(cast, b, pos, texts, pronoun) or _chained_topic(cast, b, pos, texts, pronoun)
            if texts and pronoun
            else None
        )
        if topic:
            return topic
        reported = _reported_since(cast, last, b, pos, texts)
        if reported:
            return reported
        return _sentence_subject(cast, b, pos, texts) if _opened_since(cast, last, b, pos, texts) else last
    if _after_a_body(cast, last, b, pos):
        return None
    if not texts:
        return cast.last_person_before(b, pos)
    return _sentence_subject(cast, b, pos, texts) or (_chained_topic(cast, b, pos, texts, pronoun) if pronoun else None)


# a sentence headed by 'he' or 'she', after a conjunction or not: 'He says ...', 'But she said ...'
_PRONOUN_HEADED = re.compile(r"(?:(?:But|And|Yet|Still|So|Now|However),?\s+)?(?P<p>[Hh]e|[Ss]he)\s+[a-z]")
# a name opening its sentence as the topic of what follows: 'For Amina Farah, it was a hard journey.'
_TOPIC_OPENER = re.compile(r"(?:(?:But|And|Yet)\s+)?(?:For|As for)\s+(?:[A-Z][\w.'’-]*\s+){0,3}")


def _persons_named_before(cast: Cast, b: int, pos: int, texts: list[str], window: int) -> list[Mention]:
    """The cast's mentions of persons ending before ``pos`` of paragraph ``b``, outside quotations, in that
    paragraph or the ``window`` paragraphs before it."""
    return [
        x
        for x in cast.mentions
        if b - window <= x.block <= b
        and (x.block, x.end) <= (b, pos)
        and cast.members[x.key].kind == "person"
        and not _quoted(texts[x.block], x.start)
    ]


def _chained_topic(cast: Cast, b: int, pos: int, texts: list[str], pronoun: str) -> str | None:
    """Who the 'he' or 'she' at ``pos`` is when the last sentence naming a person (outside quotations) is itself
    headed by the same pronoun, the people it names only its objects ('Jo Roe, 82, sells books. He said he awaits
    the verdict on Tim Lind.' then '"...," he said'): the person that pronoun is (:func:`_topic_before`), the
    subject kept from sentence to sentence; None when there is no such sentence."""
    ms = _persons_named_before(cast, b, pos, texts, window=b)
    if not ms:
        return None
    lastm = max(ms, key=lambda x: (x.block, x.start))
    text = texts[lastm.block]
    st = _sentence_start(text, lastm.start)
    m = _PRONOUN_HEADED.match(text, st)
    if m is None or m["p"].lower() != pronoun or m.start("p") >= lastm.start:
        return None
    return _topic_before(cast, lastm.block, st, texts, pronoun, reach=m.end() - st)


def _topic_before(cast: Cast, b: int, pos: int, texts: list[str], pronoun: str, reach: int = 0) -> str | None:
    """The person the text just before the pronoun at ``pos`` is about: the one person named, heading the
    sentence or opening it with 'For', in the last sentence naming anyone (outside quotations, in the pronoun's
    paragraph or the two before), when a sentence headed by the same pronoun follows it ('Cambodian runner Hem
    Bun Ping gets $30 a month. But he says he cannot afford ...' then '"...," he said': Hem, not the last
    speaker, quoted before; 'For Amina Farah, it was a hard journey. She said ...'). None when that sentence
    names two people ('Ana Ruiz and Eva Soto share a room. She says ...': either), when the person is not its
    head ('The club lost its sprinter, Tim Lind, in May. He says ...': maybe the last speaker still), or the
    text says the person is not of the pronoun's sex. ``reach``: how far past ``pos`` that sentence headed by the
    pronoun may end (the pronoun's own sentence, :func:`_chained_topic`)."""
    want = "m" if pronoun in ("he", "his") else "f"
    ms = _persons_named_before(cast, b, pos, texts, window=2)
    if not ms:
        return None
    lastm = max(ms, key=lambda x: (x.block, x.start))
    text = texts[lastm.block]
    first, end = _sentence_start(text, lastm.start), _sentence_end(text, lastm.start)
    here = [x for x in ms if x.block == lastm.block and first <= x.start < end]
    if len({x.key for x in here}) != 1 or _sex(cast, lastm.key, texts) not in ("", want):
        return None
    x0 = min(here, key=lambda x: x.start)
    if not (_heads_sentence(text, x0.start) or _TOPIC_OPENER.fullmatch(text[first : x0.start])):
        return None
    spans = [
        (k, end if k == lastm.block else 0, pos + reach if k == b else len(texts[k])) for k in range(lastm.block, b + 1)
    ]
    return lastm.key if any(_pronoun_heads(texts[k], st, stop, want) for k, st, stop in spans) else None


def _pronoun_heads(text: str, start: int, stop: int, want: str) -> bool:
    """Does a sentence that starts between ``start`` and ``stop`` of ``text``, outside quotations, open with
    a pronoun of the sex ``want`` as its subject ('But he says ...')?"""
    starts = [start] + [m.end() for m in _SENTENCE_END.finditer(text, start, stop) if not _abbreviated(text, m.start())]
    for st in starts:
        m = _PRONOUN_HEADED.match(text, st)
        if m and m.end() <= stop and (m["p"].lower() == "he") == (want == "m") and not _quoted(text, st):
            return True
    return False


_OPENING_CONJUNCTION = re.compile(r"^(?:but|and|yet|still|however,?)\s+")


# one unnamed person heading a sentence: 'Another woman said ...', 'This London worker did not arrive ...'
_UNNAMED_HEAD = re.compile(
    r"(?:(?:but|and|yet),?\s+)?(?P<d>(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]his|[Tt]hat) (?:[\w-]+ ){0,3}?(?P<n>"
    + _SOURCE_HEADS
    + r"))\s+(?!who\b|of\b|and\b)[a-z]"
)


def _unnamed_antecedent(cast: Cast, b: int, start: int, texts: list[str], pronoun: str) -> str:
    """The unnamed person a 'he' or 'she' attributing the quote at ``start`` refers back to, when the sentence
    before the quote's own is headed by one ('Another woman said her children beg.' then 'She said "..."'), no
    person is named since it, and its noun does not say the other sex: that person's description, else ''."""
    text = texts[b]
    own = _sentence_start(text, start)
    k, stop = (b, own) if text[:own].strip() else (b - 1, len(texts[b - 1]) if b > 0 else 0)
    if k < 0 or not texts[k][:stop].strip():
        return ""
    first = _sentence_start(texts[k], len(texts[k][:stop].rstrip()) - 1)
    if any(
        x.block in (k, b) and (k, first) <= (x.block, x.start) < (b, start) and cast.members[x.key].kind == "person"
        for x in cast.mentions
    ):
        return ""  # someone named since: no sure unnamed antecedent
    m = _UNNAMED_HEAD.match(texts[k], first)
    other = "f" if pronoun == "he" else "m"
    if m is None or m["n"].lower().endswith(("s", "people")) or re.fullmatch(_SEX_NOUNS[other], m["n"], re.I):
        return ""
    return m["d"]


def _unnamed_sayer_since(cast: Cast, b: int, pos: int, texts: list[str]) -> bool:
    """Does a sentence headed by one unnamed source saying something ('A company spokesman said the plant was
    safe.') come after the last person named outside quotations, in the paragraph before ``pos`` or, when it
    names no one there, the paragraph before it? A 'he' or 'she' then is that source, no person named."""
    for k in (b, b - 1):
        if k < 0:
            return False
        text = texts[k][:pos] if k == b else texts[k]
        people = [
            x.end
            for x in cast.mentions
            if x.block == k
            and x.end <= len(text)
            and cast.members[x.key].kind == "person"
            and not _quoted(texts[k], x.start)
        ]
        since = max(people, default=0)
        starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text) if not _abbreviated(text, m.start()))]
        for st in starts:
            if st < since:
                continue
            sent = text[st : st + 1].lower() + text[st + 1 :]
            sent = _OPENING_CONJUNCTION.sub("", sent)  # 'But residents said ...'
            m = _UNNAMED_SOURCE.match(sent)
            plural = m is not None and m["head"].lower().endswith(("s", "people", "men"))
            if m and m["det"] and not plural and unnamed_source(sent) and _SPEAKS_AFTER.match(sent[m.end() :]):
                return True
            if m and plural and not m["det"] and not m["mods"] and _SPEAKS_AFTER.match(sent[m.end() :]):
                return True  # 'Residents said they were abandoned.' then '"...," she said': one of them
        if people:
            return False
    return False


def _resolve_generic(noun: str, cast: Cast, b: int, pos: int) -> str | None:
    """Who 'the <noun>' is: the issuer of a document named before, the organisation of that noun named
    before; no one for an outlet cited that the article does not name."""
    if noun in (
        "newspaper",
        "paper",
        "daily",
        "broadcaster",
        "outlet",
        "network",
        "channel",
        "agency",
    ) and not cast.org_by_noun(noun, b, pos):
        return None  # the outlet cited: a source, not a speaker
    return cast.issuer_before(b, pos) if noun in _DOCS else cast.org_by_noun(noun, b, pos)


def _resolve_named(m: str, cast: Cast, b: int, pos: int, texts: list[str] | None) -> str | None:
    """:func:`_named` of the mention, unless the mention's honorific says one sex ('Mrs. Bush') and the text
    says the person it found is of the other ('President Bush and his wife', 'Mr. Bush'): someone else."""
    key = _named(m, cast, b, pos, texts)
    hm = re.match(r"(?P<h>[A-Z][a-z]{1,4})\.?\s+[A-Z]", m)
    if key is None or hm is None or not texts or cast.members[key].kind != "person":
        return key
    sex = next((x for x in ("m", "f") if _HONORIFIC[x].fullmatch(hm["h"])), "")
    other = {"m": "f", "f": "m"}.get(sex, "")
    return None if other and _sex(cast, key, texts, but=sex) == other else key


def _named(m: str, cast: Cast, b: int, pos: int, texts: list[str] | None) -> str | None:
    """Who a name or role phrase is: a person's name, a member's form, a surname only one member has, a
    name cut short, a sole office holder, then 'the/his <role>' by role or by the noun a person was
    introduced with."""
    key = cast.person_by_name(m)
    if key:
        return key
    rm = _ROLE_MENTION.match(m)
    if rm and _two_holders_near(cast, rm["aff"], _ROLE_ABBR.get(rm["role"], rm["role"]), b, pos):
        return None  # 'President X met President Y. "...," the president said': the cast's 'the president' a guess
    c = clean(m)
    for k, member in cast.members.items():
        if c == k or c in member.forms or m in member.forms:
            return k
    if re.fullmatch(r"[A-Z][\w'’-]+", c):  # a surname of a name the cast holds (whatever its kind), if only one
        named = [k for k, mem in cast.members.items() if len(k.split()) >= 2 and k.split()[-1] == c]
        if len(named) == 1 and cast.members[named[0]].kind in ("person", "organization"):
            return named[0]
    longer = _name_in_full(c, cast, b, pos, texts)
    if longer:
        return longer
    holder = _sole_holder(m, cast)
    if holder:
        return holder
    if rm:
        for role in (rm.group("role"), rm.group("role").split()[0]):
            key = cast.resolve_role(rm.group("aff"), _ROLE_ABBR.get(role, role), b, pos)
            if key and _two_holders_near(cast, rm.group("aff"), _ROLE_ABBR.get(role, role), b, pos):
                return None  # 'Foreign Minister X met Foreign Minister Y. "...," the foreign minister said.'
            if key:
                return key
        return _introduced_as(rm.group("role"), cast, b, pos, texts) if not rm.group("aff") else None
    return None


_ROLE_MENTION = re.compile(
    r"(?:[Tt]he |[Hh]is |[Hh]er |[Ii]ts )(?:(?P<aff>[A-Z][\w.'-]*|U\.S\.) )?(?P<role>[\w-]+(?: [a-z]+)?)$"
)


def _two_holders_near(cast: Cast, aff: str | None, role: str, b: int, pos: int) -> bool:
    """Do two people or more whom the role phrase fits ('the president': President X and President Y) have
    been named in this paragraph before ``pos`` or in the one before? Then which of them speaks is a guess."""
    fits = {m.key for m in cast.role_holders(aff, role)}
    near = {x.key for x in cast.mentions if x.key in fits and x.block in (b - 1, b) and (x.block, x.start) < (b, pos)}
    return len(near) >= 2


_NOT_NAME_WORD = re.compile("|".join((*gz.WEEKDAYS, *gz.MONTHS, "Today", "Tonight", "Yesterday")))


def _name_in_full(name: str, cast: Cast, b: int, pos: int, texts: list[str] | None) -> str | None:
    """The one person of the cast whose name is the first words of ``name`` ('Umaru', the name cut
    at its apostrophe, for '," said Umaru Yar'Adua'): ``name`` is them in full, and becomes one of
    their forms; None when no one or several fit, or when a word added is no name ('Obama Tuesday')."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(re.fullmatch(r"[A-Z][\w'’.-]*", w) for w in words):
        return None
    fits = [
        k
        for k, x in cast.members.items()
        if x.kind == "person" and len(k.split()) < len(words) and words[: len(k.split())] == k.split()
    ]
    if len(fits) != 1 or any(_NOT_NAME_WORD.fullmatch(w) for w in words[len(fits[0].split()) :]):
        return None
    at = texts[b].rfind(name, 0, pos + len(name) + 40) if texts else -1
    if at >= 0:
        cast.add(fits[0], "person", b, at, at + len(name), name, name=True)
    return fits[0]


def _sole_holder(mention: str, cast: Cast) -> str | None:
    """Who 'The Foreign Secretary' is: the one person of the text whose title is that phrase exactly
    ('Foreign Secretary William Hague' in the lead), with or without an affiliation before it;
    None when no one or several hold it (no guess). 'the former prime minister' in lower case too: the one person
    whose title is 'Former Prime Minister'."""
    m = re.fullmatch(r"[Tt]he ((?:[A-Z][\w'’-]*)(?: (?:[A-Z][\w'’-]*|of|for|the))*)", mention.strip())
    m = m or re.fullmatch(r"[Tt]he (former(?: [a-z-]+){1,3})", mention.strip())
    if m is None:
        return None
    title = m[1].lower()
    holders = [
        k
        for k, x in cast.members.items()
        if x.kind == "person" and title in (x.role.lower(), strip_aff(x.role).lower())
    ]
    return holders[0] if len(holders) == 1 else None


def _after_a_body(cast: Cast, last: str | None, b: int, pos: int) -> bool:
    """'The Agency said "...". He also said "..."': 'he' after the words of an organisation, with no
    person named in the paragraph before it, is someone the text does not name (not a person
    named in an earlier paragraph)."""
    if not last or last not in cast.members or cast.members[last].kind == "person":
        return False
    return not any(x.block == b and x.start < pos and cast.members[x.key].kind == "person" for x in cast.mentions)


_ROLE_ABBR = {"PM": "prime minister", "FM": "foreign minister", "DM": "defence minister"}


def _introduced_as(noun: str, cast: Cast, b: int, pos: int, texts: list[str] | None) -> str | None:
    """Who 'the pensioner' is: the one person the text has introduced with that noun before ('One
    pensioner, Peggy Moschona, was pessimistic', 'a farmer named Jose Diaz', 'Jane Doe, a teacher
    from Ohio', 'spokesman John Kirby', 'Gen. Mark Hill' for 'the general'); None when no one or
    several were."""
    if not texts or not re.fullmatch(r"[a-z]+", noun):
        return None
    rx = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother) (?:[a-z-]+ ){0,2}" + noun + r"(?:,| named| called) ")
    before = re.compile(  # 'spokesman John Kirby', 'Gen. Mark Hill'
        r"(?<![\w.-])(?:["
        + noun[0]
        + noun[0].upper()
        + r"]"
        + noun[1:]
        + r"|"
        + re.escape(_RANK_ABBR.get(noun, noun))
        + r") "
    )
    after = re.compile(  # 'X, a teacher from Ohio' (not 'X, the head of the company' for 'the company')
        r"(?:,\s+\d+)?,\s+(?:an?|the)\s+(?:(?!of\b|for\b|at\b|in\b|with\b)[\w-]+\s+){0,3}?" + noun + r"\b"
    )
    a_person = _PERSON_HEAD.fullmatch(noun) is not None or noun in _RANK_ABBR
    found = set()
    for k in range(max(0, b - 3), b + 1):
        text = texts[k][:pos] if k == b else texts[k]
        for m in [*rx.finditer(text), *(before.finditer(text) if a_person else ())]:
            people = [x for x in cast.keys_in(k, m.end(), m.end() + 40) if cast.members[x].kind == "person"]
            if people and text[m.end() : m.end() + 40].startswith(people[0].split()[0]):
                found.add(people[0])
        for x in cast.mentions:
            if (
                a_person
                and x.block == k
                and x.end <= len(text)
                and cast.members[x.key].kind == "person"
                and after.match(text, x.end)
            ):
                found.add(x.key)
    return found.pop() if len(found) == 1 else None
