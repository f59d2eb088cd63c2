"""The entry's title and summary, from the article's own words.

Title: the article's opening heading, unless it is boilerplate (a byline such as "Ned Price,
Department Spokesperson", "Press Statement", "For Immediate Release"); else a headline cut from
the main news sentence: the first sentence of the first paragraph that is not boilerplate ("The
following is attributable to ..."). In a transcript (paragraphs opening with speaker labels) the
opening pleasantries are skipped: the first sentence that names a country, organisation or group
is the news. The headline is that sentence's main clause (no leading subordinate clause, no
", CNN reported"), personal titles dropped when it is too long ("Deputy Secretary of State Wendy
R. Sherman met with ..." -> "Wendy R. Sherman met with ..."), at most ~90 characters, cut at a
clause or word boundary (an ellipsis only when cut inside a clause).
"""

from __future__ import annotations

import functools
import re
from itertools import dropwhile

from generator.annotate.cast import TITLE_WORDS
from generator.annotate.dateline import Dateline, date_dash, dateline
from generator.annotate.nlp import parsed_at, sentence_at, sentences, text_of
from generator.annotate.quotes import lone_labels, speaker_label
from generator.seeds.reader import Seed, is_byline

TITLE_MAX = 90
SUMMARY_MAX = 300

_BOILER_PIECE = (
    r"(?:press statement|media note|readout|fact sheet|for immediate release|"
    r"office of (?:the )?(?:press secretary|spokesperson|press relations|public affairs|communications)|media advisory|"
    r"remarks|statements? and releases?|briefing room|media statement|(?:u\.?s\.? )?department of state|"
    r"washington(?:,? d\.? ?c\.?)?|news release|press release|"
    r"(?:media advisory|advisory|release)(?: no\.?)?:? ?[A-Z]{0,3}\d[\w-]*|embargoed(?: until| for)?[^.]{0,40})"
    r"|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4})"
    r"|\d{1,2}:\d{2} ?[ap]\.? ?m\.?(?: [A-Z]{2,4})?"
    r"|via (?:teleconference|telephone|videoconference|phone|video ?link)"
)
# A block of boilerplate lines only: 'For Immediate Release', 'Office of the Press Secretary' and a
# date on three lines of one block are joined into one line by the reader.
_BOILERPLATE = re.compile(
    r"^(?:the (?:following|below|above) (?:is|are) (?:attributable to|from|a readout|a statement)\b.*"
    r"|(?:(?:" + _BOILER_PIECE + r")[\s.:,]*)+)$",
    re.I,
)
# A heading that only says what the text is and whose: 'Statement by Acting Deputy Administrator
# John Barsa', 'From remarks by President Bush, 12/29/04', a parliamentary record's 'Volume 637: debated
# on Thursday 8 March 2018', a place and date alone ('Brussels, 30 June 2016').
_LABEL_HEADING = re.compile(
    r"^(?!.*\b(?:on|to|at|about|regarding|following|after|for)\b)"  # 'Remarks by X to the Parliament' says on what
    r"(?:(?:(?:joint|media|official|press|written) )?statements? (?:by|from) .{0,160}"
    r"|(?:from |excerpts? from )?(?:the )?remarks (?:by|of) .{0,120})$"
    r"|^volume \d+: debated on .{0,40}$",
    re.I,
)
_PLACE_AND_DATE = re.compile(
    r"^[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?, \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{4}$"
)
_BARE_NAME = re.compile(r"(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+")
_BYLINE = re.compile(
    r"^(?:[A-Z][\w.'’-]+ ){1,4}[A-Z][\w.'’-]+, (?:[A-Z][\w’'-]*|of|the|and|for)(?: (?:[A-Z][\w’'-]*|of|the|and|for))*$"
)
_PLEASANTRY = re.compile(
    r"\b(?:good (?:morning|afternoon|evening)|happy \w+|birthday|thank you|thanks|welcome|"
    r"sorry|apolog\w+|a couple (?:of )?items|at the top|turn to your questions)\b",
    re.I,
)
_NEWS_LABELS = {"GPE", "ORG", "NORP", "LOC", "FAC", "EVENT", "LAW"}
_TITLED_NAME = re.compile(  # 'former Liberian President', 'South Korean Prime Minister', 'Her Majesty Queen'
    r"(?:\b(?:[Ff]ormer|[Hh]er|[Hh]is) )?(?:(?:[A-Z][\w.'’-]*|U\.S\.) ){0,2}"
    + TITLE_WORDS
    + r" (?=(?:[A-Z][\w.'’-]+ ){0,3}[A-Z][\w'’-]+)"
)


# 'Rebecca Evans MS, Cabinet Secretary for Economy, Energy and Planning' and, once the boilerplate
# around it is gone, 'Press Statement John Kerry Secretary of State Washington, DC March 20, 2015':
# a name and its holder's office, heading a statement.
_NAME_AND_OFFICE = re.compile(
    r"^(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+(?: [A-Z]{2,4})?,? (?:[\w’'-]+,? ){0,6}?"
    + TITLE_WORDS
    + r"(?:$|(?: (?:of|for|to|on)\b|,)[^.!?]{0,60}$)"
)
_BOILER_ANYWHERE = re.compile(r"\b(?:" + _BOILER_PIECE + r")[\s.:,]*", re.I)


# Kept per block text: the headline's rules ask it of every block up to four times an article, and its
# patterns scan the whole block (measured in bench/README.md, 'A faster pass per core, 2').
@functools.lru_cache(maxsize=1024)
def is_boilerplate(text: str) -> bool:
    t = " ".join(text.split())
    if _BOILERPLATE.match(t) or _BYLINE.match(t.rstrip(".")) or is_byline(t):
        return True
    if _LABEL_HEADING.match(t) or _PLACE_AND_DATE.match(t):
        return True
    rest = " ".join(_BOILER_ANYWHERE.sub(" ", t).split()).strip(" ,.:")
    if rest != t.strip(" ,.:") and _BARE_NAME.fullmatch(rest):  # 'Press Statement Victoria Nuland Office of ...'
        return True
    return len(rest.split()) <= 14 and bool(_NAME_AND_OFFICE.match(rest))


def _body(doc) -> int:
    """Start of the text after a transcript speaker label or a wire dateline (0 when there is none)."""
    lab = speaker_label(text_of(doc))
    d = dateline(text_of(doc)) or _PLACE_DASH.match(text_of(doc))
    end = d.end if isinstance(d, Dateline) else d.end() if d else date_dash(text_of(doc))
    return max(len(text_of(doc)) - len(text_of(doc)[len(lab[0]) + 1 :].lstrip()) if lab else 0, end)


# 'Washington, DC – Today, ...': a place line with no date before a dash (the dateline reader wants a date).
_PLACE_DASH = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+)?, [A-Z]\.?[A-Z]\.? ?[–—-] ?(?=[A-Z])")


def lead_sentence(seed: Seed, docs):
    """(block Doc, sentence) the headline is cut from; None when an opening heading is the title."""
    paras = [(d, b) for d, b in zip(docs, seed.blocks) if not _skipped(d, b)]
    if paras and paras[0][1].kind == "heading":
        return None
    paras = [(d, b) for d, b in paras if b.kind == "paragraph"] or list(zip(docs, seed.blocks))
    if not paras:
        return None
    transcript = any(speaker_label(b.text) for _, b in paras[:3]) or bool(_lone_of(seed))
    if transcript:
        by_reporter = {id(b) for _, b, reporter in _turns(seed, docs) if reporter}
        speakers = [(d, b) for d, b in paras if id(b) not in by_reporter][:8]
        moderators = [(d, b) for d, b in paras if id(b) in by_reporter and speaker_label(b.text) != ("Q", "")][:8]
        for doc, _ in speakers + moderators:  # a moderator's news only when no speaker has any
            start = _body(doc)
            for s in sentences(doc):
                if (
                    s.end_char <= start
                    or _PLEASANTRY.search(s.text)
                    or _PROCEDURAL.search(s.text)
                    or len(s.text.split()) < 6
                ):
                    continue
                if any(e.label_ in _NEWS_LABELS for e in s.ents):
                    return doc, s
    said = [  # not an epigraph, nor a note in brackets: '(Update written by scientists at X.)'
        (d, b)
        for d, b in paras[:4]
        if not b.text.startswith(("“", '"', "‘")) and not re.fullmatch(r"\(.*\)\.?", b.text)
    ]
    rest = [(d, b) for d, b in paras[:4] if all(b is not c for _, c in said)]  # the statement after its intro
    for doc, _ in said + rest:  # never a greeting: 'Good afternoon.', 'Thank you all for coming.'
        start = _body(doc)  # nor an epigraph: a quotation opening a release is someone's words, not the news
        for s in sentences(doc):
            if s.end_char <= start:
                continue
            # the sentence's text sliced once, not ``s.text`` four times (a Token made a word each time): the loop over
            # the 80 real texts 2.5 -> 0.8 ms of CPU a pass
            said_text = text_of(doc)[s.start_char : s.end_char]
            if not (
                _PLEASANTRY.search(said_text)
                and len(said_text.split()) < 12
                or _is_intro(said_text)
                or _SIGN_ON.match(said_text)
            ):
                return doc, s
    doc = paras[0][0]
    return doc, sentence_at(doc, _body(doc))


_INTRO_WORDS = re.compile(
    r"\b(?:said|says|stated|added|statement|remarks|following|as follows)\b|^(?:on|regarding|about|re)\b", re.I
)


def _is_intro(text: str) -> bool:
    """A line that introduces someone's words or names the topic of what follows: 'Secretary Ada
    Lind said:', 'As stated by X:', 'X released the following statement:', 'On the launch of X:'."""
    t = text.strip()
    return t.endswith(":") and bool(_INTRO_WORDS.search(t))


def _skipped(doc, block) -> bool:
    """Boilerplate, a salutation, or a heading that only gives the venue ('U.S. Coast Guard Hangar Ellington
    Field Houston, Texas': capitalised words ending with a place after a comma)."""
    t = block.text.strip()
    if is_boilerplate(t) or block.kind == "heading" and t.endswith(","):  # a salutation: 'Honourable Members,'
        return True
    if block.kind != "heading":
        return False
    ents = list(doc.ents)
    return (
        ", " in t
        and all(w[:1].isupper() for w in t.replace(",", " ").split())
        and bool(ents)
        and ents[-1].label_ in ("GPE", "LOC")
        and ents[-1].end_char >= len(t)
        and t[: ents[-1].start_char].rstrip().endswith(",")
    )


def make_title(seed: Seed, docs, lead=None) -> str:
    """The opening heading, else a headline cut from the lead sentence; in a transcript or a
    statement, it says who spoke ('Lind: ...', 'Lind congratulates ...' for 'I congratulate ...').
    A lead sentence whose main clause is only its attribution ('Speaking in Brussels, X said:') gives
    no headline: then the lead sentence itself, cut, or the first block that is not skipped, as for
    an article with no lead (an entry needs a title: the build rejects an empty one)."""
    lead = lead if lead is not None else lead_sentence(seed, docs)
    title = _headline_title(seed, docs, lead) if lead is not None else ""
    if title.strip(" .,:;–—-\"“”'"):
        return title
    if lead is not None and lead[1].text.strip(" .,:;–—-\"“”'"):
        return _cut(lead[1].text.strip().rstrip(":").rstrip(), TITLE_MAX)
    head = next(
        (b.text for d, b in zip(docs, seed.blocks) if not _skipped(d, b) and b.text.strip()),
        next((b.text for b in seed.blocks if b.text.strip()), ""),
    )
    return _cut(head.strip(), TITLE_MAX)


def _headline_title(seed: Seed, docs, lead) -> str:
    """``make_title`` of an article with a lead sentence: its headline, possibly empty."""
    doc, sent = lead
    p = parsed_at(doc, sent.start_char)
    start = max(_body(doc) - p.user_data["offset"], 0)
    psent = next((s for s in p.sents if s.end_char > start), next(iter(p.sents)))
    lab = speaker_label(text_of(doc)) or _turn_label(seed, docs, doc)
    who = _surname(" ".join(w.capitalize() if w.isupper() else w for w in lab[1].split())) if lab else ""
    outlet = re.sub(r"\s*\(.*?\)", "", seed.outlet or "").strip()  # 'U.S. Embassy in Ghana (U.S. Department of State)'
    speaker = who or _statement_speaker(seed, docs, doc)
    said = _after_said(seed, docs, doc) or (  # 'X released the following statement:' / 'The people deserve ...'
        not _FIRST_PERSON.search(psent.text) and _after_said(seed, docs, doc, r"\bstatement\b")
    )
    voice = _voice(psent, speaker, bool(who) or said, outlet if len(outlet.split()) <= 6 else "")

    words = re.findall(r"\b[A-Z]{2,8}\b", " ".join(b.text for b in seed.blocks))
    used = frozenset(w for w in words if words.count(w) > 1)  # acronyms used again after they are defined
    topic = _statement_topic(psent)
    if topic:
        return _cut(f"{voice[2]}: {topic}" if voice[2] else topic, TITLE_MAX)

    def headline(compact: int) -> str:
        text = _main_clause(psent, start, compact, *voice[:2], acronyms=used)
        text = re.sub(r"^(?:[A-Z]+(?: [A-Z]+)*:)\s*", "", text).lstrip('"“”')  # a transcript speaker label
        said = _NAME_COLON_QUOTE.match(text)  # 'Secretary of State Ada Lind: "The vote ...': Lind's words
        if said and not voice[2]:
            return f"{_surname(' '.join(said[1].split()[-2:]))}: {re.sub(_QUOTE_MARKS, '', said[2])}"
        return f"{voice[2]}: {text}" if voice[2] and not text.startswith(voice[2]) else text

    text = re.sub(r"\b((?:[A-Z][\w-]* ){1,6})\(([A-Z]{2,})\)", _acronym, headline(0))
    if len(text.rstrip(" .")) > TITLE_MAX:
        text = headline(1)
    if len(text.rstrip(" .")) > TITLE_MAX and not re.search(
        rf"\b{re.escape(psent.root.text)}\b", _cut(text, TITLE_MAX)
    ):
        shorter = headline(2)  # a cut that keeps only the subject is no headline
        text = shorter if len(shorter.rstrip(" .")) <= TITLE_MAX else text
    if len(text.rstrip(" .")) > TITLE_MAX:
        text = _TITLED_NAME.sub("", text)
        text = text[:1].upper() + text[1:]
    return _cut(text, TITLE_MAX, psent.root.text)


_NAME_COLON_QUOTE = re.compile(
    r"^((?:[A-Z][\w.'’-]*|of|for|the|and)(?: (?:[A-Z][\w.'’-]*|of|for|the|and)){1,8}): [\"“](.+)$"
)
_QUOTE_MARKS = '["“”]'
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|us|[Oo]ur|[Yy]ou|[Yy]our)\b")
_SUFFIX = {"Jr.", "Jr", "Sr.", "II", "III", "IV"}


def _surname(name: str) -> str:
    """'John Kerry' -> 'Kerry' (a headline names a person by surname); 'The President' stays."""
    words = [w for w in name.replace("’s", "").split() if w not in _SUFFIX]
    if len(words) < 2 or words[0].lower() == "the" or not all(w[:1].isupper() for w in words):
        return " ".join(words)
    return words[-1]


def _statement_speaker(seed: Seed, docs, doc) -> str:
    """The surname of who makes a statement, named in the heading, boilerplate or introducing lines
    before the lead paragraph: the first person named before the line's cue, else the first after it
    ('Ada Lind released the following statement on the trial of John Doe:', 'Statement by Acting
    Administrator Ada Lind'), or the last of a line with no cue ('Ada Lind / Secretary of Fisheries')."""
    who = ""
    for d, b in zip(docs, seed.blocks):
        if d is doc:
            break
        if is_boilerplate(b.text) or _is_intro(b.text):
            people = [e for e in d.ents if e.label_ == "PERSON"]
            cue = _INTRO_WORDS.search(b.text)  # 'X released the following statement on the trial of Y:' is X's
            before = [e for e in people if cue and e.end_char <= cue.start()]
            pick = before[0] if before else (people[0] if cue else people[-1]) if people else None
            who = _surname(pick.text) if pick is not None else who
    return who


def _after_said(seed: Seed, docs, doc, cue: str = r"\b(?:said|says|added)\b") -> bool:
    """The lead paragraph follows a line that gives its speaker ('Secretary Ada Lind said:', 'Ada Lind
    released the following statement:')."""
    prev = None
    for d, b in zip(docs, seed.blocks):
        if d is doc:
            break
        prev = (d, b)
    if prev is None or not _is_intro(prev[1].text) or not re.search(cue, prev[1].text):
        return False
    return any(e.label_ == "PERSON" for e in prev[0].ents)


Voice = tuple[dict[int, str], set[int], str]


def _voice(sent, speaker: str, quoted: bool, outlet: str = "") -> Voice:
    """How a headline says who speaks: token substitutions and drops for the main clause, and a
    'Speaker:' prefix. A statement in the first person names its speaker: 'I congratulate X' ->
    'Lind congratulates X'; 'We, the leaders of X and Y, condemn' -> 'The leaders of X and Y
    condemn'; 'On behalf of X, I congratulate' -> 'X congratulates'; a first person that cannot be
    turned ('We must work together', 'our mission') or words given to a speaker -> 'Lind: ...'.
    With no speaker known, 'we' is the ``outlet`` that published the statement ('We condemn' ->
    'U.S. Embassy in Eastport condemns')."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj" and c.lower_ in ("i", "we")), None)
    subj_i = subj.i if subj is not None else -1
    other = any(_FIRST_PERSON.fullmatch(t.text) for t in root.subtree if t.i != subj_i)
    speaker = speaker or (outlet if subj is not None and subj.lower_ == "we" else "")
    prefix = speaker if speaker and (quoted or subj is not None or other) else ""
    if subj is None or quoted and subj.lower_ == "we" and not any(c.dep_ == "appos" for c in subj.children):
        return {}, set(), prefix  # a speaker's 'we' in a transcript is more than the speaker: 'Kirby: We've talked ...'
    appos = next((c for c in subj.children if c.dep_ == "appos"), None)
    if appos is not None:
        return _we_who(subj, appos)
    who, one = (speaker, True) if speaker else _on_behalf_of(root)
    if not who:
        return {}, set(), ""
    finite = next((c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i), root)
    drop = _addressed(root)
    if (
        finite.tag_ == "MD"
        and subj.lower_ == "we"
        or any(_FIRST_PERSON.fullmatch(t.text) for t in root.subtree if t.i != subj_i and t.i not in drop)
    ):
        return {}, set(), prefix  # 'We must work together', '... the attack on our mission'
    subst = {subj.i: who[:1].upper() + who[1:]}
    shared = [c for c in root.children if c.dep_ == "conj" and not any(g.dep_.startswith("nsubj") for g in c.children)]
    for v in [finite, *shared]:  # 'I congratulate X and look forward to ...'
        subst[v.i] = _third_person(v) if one else v.text
    return subst, drop, ""


def _we_who(subj, appos) -> Voice:
    """'We, the leaders of X and Y, abhor ...' -> 'The leaders of X and Y abhor ...' ('The G7
    Foreign Ministers condemn ...' when the list is long)."""
    doc = subj.doc
    words = doc[appos.left_edge.i : appos.right_edge.i + 1]
    preps = {t.i for c in appos.children if c.dep_ == "prep" for t in c.subtree} if len(words.text) > 80 else set()
    text = "".join(t.text_with_ws for t in words if t.i not in preps).strip(" ,")
    drop = set(range(subj.i + 1, appos.right_edge.i + 1))
    if appos.right_edge.i + 1 < len(doc) and doc[appos.right_edge.i + 1].text == ",":
        drop.add(appos.right_edge.i + 1)
    return {subj.i: text[:1].upper() + text[1:]}, drop, ""


def _on_behalf_of(root) -> tuple[str, bool]:
    """('the United States', True) for 'On behalf of the United States, I ...' (True: one, not
    'the United States and its people'); ('', True) when the clause has no such phrase."""
    for on in root.children:
        behalf = [t for t in on.children if on.lower_ == "on" and t.lower_ == "behalf"]
        objs = [c for t in behalf for p in t.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
        if objs:
            obj = objs[0]
            one = obj.tag_ not in ("NNS", "NNPS") and not any(c.dep_ == "conj" for c in obj.children)
            return obj.doc[obj.left_edge.i : obj.right_edge.i + 1].text, one
    return "", True


def _addressed(root) -> set[int]:
    """Tokens of a trailing clause that addresses 'you' ('..., as you mark your national day'), with its comma."""
    out = set[int]()
    for c in root.children:
        if c.dep_ == "advcl" and c.i > root.i and any(t.lower_ in ("you", "your") for t in c.subtree):
            lo = c.left_edge.i - (c.doc[c.left_edge.i - 1].text == ",")
            out.update(range(lo, c.right_edge.i + 1))
    return out


def _statement_topic(sent) -> str:
    """'I shall make a statement on X', 'I would like to make a statement on X' (how a minister's
    statement to a parliament opens) -> 'Statement on X'; '' for any other sentence."""
    for t in sent:
        make = t.head
        if t.lower_ != "statement" or t.dep_ != "dobj" or make.lower_ not in ("make", "making"):
            continue
        speaker = make if make.dep_ != "xcomp" else make.head  # 'I would like to make ...'
        if not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in speaker.children):
            continue
        on = [p for p in (*t.children, *make.children) if p.dep_ == "prep" and p.lower_ in ("on", "about")]
        if on:
            return "Statement " + sent.doc[on[0].left_edge.i : on[0].right_edge.i + 1].text
    return ""


def _third_person(verb) -> str:
    """'congratulate' -> 'congratulates', 'am'/'are' -> 'is', 'have' -> 'has', 'were' -> 'was'."""
    w, low = verb.text, verb.lower_.replace("’", "'")
    if low in ("'m", "'re", "'ve"):  # 'I'm' -> 'Lind is'
        return {"'m": " is", "'re": " is", "'ve": " has"}[low]
    if low in ("am", "are", "were", "have"):
        return {"am": "is", "are": "is", "were": "was", "have": "has"}[low]
    if verb.tag_ not in ("VBP", "VB"):
        return w
    if re.search(r"(?:s|sh|ch|x|z|o)$", low):
        return w + "es"
    return w[:-1] + "ies" if re.search(r"[^aeiou]y$", low) else w + "s"


def _turn_label(seed: Seed, docs, doc) -> tuple[str, str] | None:
    """In a transcript, the label of the turn a paragraph without one continues (None for a
    reporter's or moderator's turn, and outside transcripts)."""
    label = None
    lone = {id(seed.blocks[b]): lab for b, lab in _lone_of(seed).items()}
    for d, block, reporter in _turns(seed, docs):
        lab = speaker_label(text_of(d)) or lone.get(id(block))
        if lab:
            label = None if reporter else lab
        if d is doc:
            return label
    return None


def _acronym(m: re.Match) -> str:
    """'North Atlantic Treaty Organization (NATO)' -> 'NATO' (a headline is short)."""
    words = m.group(1).split()
    return m.group(2) if "".join(w[0] for w in words[-len(m.group(2)) :]) == m.group(2) else m.group(0)


_TRAILING_ATTRIBUTION = frozenset(
    "reported reports said says added adds announced announces stated states confirmed confirms".split()
)


def _main_clause(
    sent, start: int = 0, compact: int = 0, subst=None, also_drop=frozenset(), acronyms=frozenset()
) -> str:
    """The lead sentence without its leading subordinate clause and a trailing attribution (', CNN
    reported'); an attribution before the claim ('Ukraine says ...') is kept: a claim is no fact.
    ``compact`` (for a lead too long for a headline) also drops side clauses set off by commas or
    brackets: appositions ('X, former president of Y,'), ages, non-restrictive relative clauses;
    ``compact`` 2 (still too long) also the prepositional phrases after the subject's noun."""
    root = sent.root
    if root.lower_ in _TRAILING_ATTRIBUTION and any(
        c.dep_ == "ccomp" and c.i < root.i for c in root.children
    ):  # 'Russia sent troops, Ukraine says': the claim; 'Ukraine says Russia sent...' keeps who says it
        root = next(c for c in root.children if c.dep_ == "ccomp")
    drop: set[int] = set(also_drop)
    subst = subst or {}
    for c in root.children:
        if c.dep_ in ("advcl", "prep", "advmod", "npadvmod") and c.i < root.i and c.right_edge.i < root.i:
            if c.dep_ == "advcl" or c.right_edge.i + 1 < len(sent.doc) and sent.doc[c.right_edge.i + 1].text == ",":
                lo = c.left_edge.i - (c.left_edge.i > sent.start and sent.doc[c.left_edge.i - 1].text == ",")
                drop.update(range(lo, c.right_edge.i + 2))  # 'The US, through its agency, is ...': both commas
            elif c.dep_ == "prep" and not any(s.dep_.startswith("nsubj") for s in root.children):
                # 'On the occasion of X, Lind and the council will ...' misparsed with the subject inside the phrase
                comma = [t.i for t in sent.doc[c.left_edge.i : c.right_edge.i + 1] if t.text == ","]
                if len(comma) == 1 and sent.doc[comma[0] + 1].dep_ != "cc":  # not 'for X, Y, and Z Ada Lind'
                    drop.update(range(c.left_edge.i, comma[0] + 1))
    if compact:
        short, named = _acronyms(sent, acronyms)
        subst = {**short, **subst}
        drop |= named | _side_clauses(sent)
        subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if compact > 1 or len(sent.text) > 2 * TITLE_MAX:  # 'A producer for a station in X was charged ...'
            drop |= _subject_preps(subj)
    toks = [t for t in root.subtree if t.i not in drop and t.idx >= start]  # after a label or dateline
    if not toks:
        return sent.text
    if compact:
        text = "".join(subst.get(t.i, t.text) + (t.whitespace_ or (" " if t.i + 1 in drop else "")) for t in toks)
        text = re.sub(r"\s+([,;:.])", r"\1", re.sub(r",(?:\s*,)+", ",", " ".join(text.split())))
        if text.count("“") != text.count("”"):  # a side clause took one of a pair of quotation marks
            text = text.replace("“", "").replace("”", "")
    else:
        span = sent.doc[toks[0].i : toks[-1].i + 1]
        text = "".join(
            subst.get(t.i, t.text) + (t.whitespace_ or (" " if t.i + 1 in also_drop else ""))
            for t in span
            if t.i not in also_drop
        )
        text = " ".join(text.split())
    text = text.strip(' ,;:-—"“”')
    return text[:1].upper() + text[1:]


def _subject_preps(subj) -> set[int]:
    """Tokens of the prepositional phrases after a subject's noun ('A producer [for a station in X]'),
    with the commas around one ('The United States[, through its agency,] is ...'). Not a phrase
    that is part of a name ('The U.S. Agency for International Development', 'Centers for Disease
    Control'), nor one that holds the noun ('The first of its kind satellite')."""
    out = set[int]()
    for s in subj:
        if not s.tag_.startswith("NN"):
            continue
        doc = s.doc
        after = doc[s.i + 1] if s.i + 1 < len(doc) and doc[s.i + 1].text == "," else None
        for c in [
            *s.children,
            *(after.children if after is not None else ()),
        ]:  # ', through X,' misparsed under its comma
            if c.dep_ != "prep" or s.text[:1].isupper() and doc[c.i + 1 : c.i + 2].text[:1].isupper():
                continue
            lo, hi = c.left_edge.i, c.right_edge.i
            out.update(range(lo, hi + 1))
            j = hi + 1
            if j < len(doc) and doc[j].text == "(":  # '..., through the Agency (AG), is ...'
                j = next((u.i + 1 for u in doc[j:] if u.text == ")"), j)
            if doc[lo - 1].text == ",":  # 'The United States, through X(,) is ...': no comma left hanging
                out.add(lo - 1)
                if j < len(doc) and doc[j].text == ",":
                    out.update(range(hi + 1, j + 1))
    return out


def _acronyms(sent, used: frozenset[str]) -> tuple[dict[int, str], set[int]]:
    """A name the text shortens ('the U.S. Agency for International Development (USAID)') said by
    its acronym in a headline too long for it ('USAID'), when the text goes on to use the acronym
    (it is ``used``: a reader meets it again): the substitution and the tokens to drop."""
    doc, subst, drop = sent.doc, dict[int, str](), set[int]()
    for t in sent:
        if (
            t.text != "("
            or t.i + 2 >= sent.end
            or doc[t.i + 2].text != ")"
            or not re.fullmatch(r"[A-Z]{2,8}", doc[t.i + 1].text)
        ):
            continue
        acronym, i = doc[t.i + 1].text, t.i - 1
        if acronym not in used:
            continue
        while i >= sent.start and (doc[i].text[:1].isupper() or doc[i].lower_ in ("for", "of", "and", "on", "the")):
            initials = "".join(
                u.text.replace(".", "") if u.text.isupper() else u.text[0] for u in doc[i : t.i] if u.text[:1].isupper()
            )
            if doc[i].text[:1].isupper() and initials == acronym:
                subst[i] = acronym
                drop.update(range(i + 1, t.i + 3))
                drop.update([i - 1] if i > sent.start and doc[i - 1].lower_ == "the" else [])
                break
            i -= 1
    return subst, drop


def _side_clauses(sent) -> set[int]:
    """Tokens of the side clauses a headline leaves out: an apposition or non-restrictive relative
    clause between commas ('Ada Lind, 46, the mayor of X, was ...'; ', who ...,'), or text in brackets."""
    doc, out = sent.doc, set[int]()
    for t in sent:
        if t.dep_ in ("appos", "relcl", "amod", "npadvmod", "nummod") and t.i > sent.start:
            lo, hi = t.left_edge.i, t.right_edge.i
            if doc[lo - 1].text == "," and hi + 1 < sent.end and doc[hi + 1].text in (",", ".") and t.head.i < lo:
                out.update(range(lo - 1, hi + (2 if doc[hi + 1].text == "," else 1)))
        if t.text == "(":
            close = next((u.i for u in doc[t.i : sent.end] if u.text == ")"), None)
            if close is not None:
                out.update(range(t.i, close + 1))
    return out


def _cut(text: str, limit: int, verb: str = "") -> str:
    """At most ``limit`` characters: whole, else up to a comma past the middle (and past the main
    ``verb``, when given: a subject alone is no headline), else at a word boundary with an ellipsis."""
    text = " ".join(text.split()).rstrip(" .")
    if len(text) <= limit:
        return text
    cut = text[:limit]
    comma = max((m.start() for m in _CLAUSE_COMMA.finditer(cut)), default=-1)
    at = re.search(rf"\b{re.escape(verb)}\b", cut) if verb else None
    if comma > limit * 0.5 and (not verb or at and comma > at.end()) and not _in_list(text, comma):
        return cut[:comma].rstrip()
    words = cut[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:—-").split(" ")
    _drop_function_words(words)  # never '... at the…'
    following = text[len(" ".join(words)) :].split()[:1] or [""]
    if words[-1][:1].isupper() and (following[0][:1].isupper() or following[0] in ("of", "for")):
        while len(words) > 4 and words[-1][:1].isupper():  # never '... to the State…' of 'the State of X'
            words.pop()
        _drop_function_words(words)
    return " ".join(words).rstrip(" ,;:—-") + "…"


_CLAUSE_COMMA = re.compile(r",(?!\d)")  # not the comma of '8,000'


def _in_list(text: str, comma: int) -> bool:
    """The comma at ``comma`` separates the items of a list ('flooding, landslides, and damage'):
    the words between it and the comma before or after it are at most two."""
    before = text[:comma].split(",")
    after = text[comma + 1 :].split(",")
    return len(before) > 1 and len(before[-1].split()) <= 2 or len(after) > 1 and len(after[0].split()) <= 2


def _drop_function_words(words: list[str]) -> None:
    while len(words) > 1 and words[-1].lower() in _FUNCTION_WORDS:
        words.pop()


_FUNCTION_WORDS = frozenset(
    "a an the of to in on at for from by with and or but as into onto than that which who whose".split()
    + "its their his her this these those another some any each every all both no".split()
)


_NOT_SPEAKER = re.compile(r"\b(?:q|question|questions|moderator|operator|reporter|audience|participant)\b", re.I)
_PROCEDURAL = re.compile(
    r"\b(?:turn (?:it|this|things|the floor) over|hand (?:it )?over|"
    r"thanks? (?:\w+ ){0,5}for (?:coming|joining|being here)|join(?:ing|ed)? us|with us today|"
    r"take (?:your|a few|some) questions|listen-only|on (?:the record|background)|"
    r"embargo|check against delivery|as (?:stated|delivered|prepared) by|(?:opening|brief) remarks|your questions|"
    r"taking questions|(?:are|is|am) (?:also )?joined by|let me (?:start|begin)|a couple of announcements|"
    r"on the line|(?:want|like) to (?:take|start|begin|open|draw|give you|walk you)|a (?:couple|few) (?:of )?minutes)\b"
    r"|\bi(?:[’']m| am) (?:(?-i:[A-Z])[\w.-]* ){1,3}(?:with|reporting|in|at|from)\b"  # 'And I'm Bob Doughty with ...'
    r"|^(?:and |well, |okay, )?(?:thank you|thanks)\b",
    re.I,
)
SUMMARY_MIN_WORDS = 6
# a broadcast's sign-on or sign-off: 'This is the Acme Radio Evening Report.', 'For Acme News, I'm Jane Roe.',
# 'And I'm John Doe with Science in the News.', 'You're listening to Acme Radio.': a name (a programme's or a
# presenter's) of capitalised words, joined by small words, after 'this is', 'I'm' or 'you're listening to',
# a lead-in of a few words and a comma before it or not; nothing else in the sentence
_SIGN_ON = re.compile(
    r"^(?:(?i:and|from|for|here on|on|at) [^,]{1,60}, |(?i:and|so) )?"
    r"(?i:this is|i[’']m|i am|you[’']re (?:listening to|watching)|you are (?:listening to|watching)) (?:the )?"
    r"[A-Z][\w.'’&-]*(?:(?:\s+|-)(?:[A-Z0-9][\w.'’&-]*|of|the|and|in|on|with|from|at|for|to|&))*[.!]?$"
)


def _lone_of(seed: Seed) -> dict[int, tuple[str, str]]:
    """(label, name) of the blocks that are a transcript's speaker label alone on its line, by block
    (:func:`generator.annotate.quotes.lone_labels`)."""
    return {b: lab[:2] for b, lab in lone_labels([block.text for block in seed.blocks]).items()}


def _turns(seed: Seed, docs):
    """(doc, block, by_reporter) of the paragraphs that are not boilerplate; by_reporter when the
    paragraph is a turn of a reporter, moderator or operator ('QUESTION:', 'Q:', 'MODERATOR:'),
    which a paragraph without a label continues."""
    reporter = False
    lone = _lone_of(seed)
    for b, (doc, block) in enumerate(zip(docs, seed.blocks)):
        if block.kind != "paragraph" or is_boilerplate(block.text):
            continue
        if b in lone:  # a label alone on its line: an unnamed voice's turn ('Unidentified Narrator:') is nobody's news
            reporter = not lone[b][1]
            yield doc, block, reporter
            continue
        lab = speaker_label(block.text)
        if lab:
            # 'QUESTION:', 'Q:', and a named moderator: 'Paul Fulton (Moderator):'
            reporter = bool(_NOT_SPEAKER.search(lab[0]) and (not lab[1].strip() or "(" in lab[0]) or lab[0] == "Q")
        yield doc, block, reporter


def _substantive(text: str) -> bool:
    """A sentence that says something: no greeting, thanks or stage direction ('I will turn it
    over to him'), no broadcast's sign-on, no question, no line that only introduces ('As stated by X:'),
    at least six words."""
    t = text.strip(' "“”')
    if len(t.split()) < SUMMARY_MIN_WORDS or t.endswith(("?", ":")) or _PROCEDURAL.search(t) or _SIGN_ON.match(t):
        return False
    return not _PLEASANTRY.search(re.sub(r"\b(?:a|an|the) welcome\b", "", t, flags=re.I))  # 'a welcome break'


def make_summary(seed: Seed, docs) -> str:
    """The lead: the first one or two sentences that say something, of the first paragraph that
    has one and is not boilerplate, at most ~300 characters (a transcript's speaker label left
    out; never a reporter's, moderator's or operator's turn, a greeting or a stage direction; in a
    transcript, from the first sentence that names a country, organisation or group: the news)."""
    turns = list(_turns(seed, docs))
    transcript = sum(1 for _, b, _ in turns[:12] if speaker_label(b.text)) >= 2 or bool(_lone_of(seed))
    for news in (True, False) if transcript else (False,):
        for doc, _, reporter in turns:
            lead = "" if reporter else _lead_of(doc, news)
            if lead:
                return lead
    return _first_lead(seed, docs)


def _lead_of(doc, news: bool) -> str:
    """The paragraph's sentences from the first that says something (and, when ``news``, names a
    country, organisation or group), while they say something, at most ~300 characters."""
    start = _body(doc)
    text = text_of(doc)
    sents = [
        (
            text[max(s.start_char, start) : s.end_char].strip(),
            any(e.label_ in _NEWS_LABELS | {"PERSON"} for e in s.ents),
        )
        for s in sentences(doc)
        if s.end_char > start
    ]
    sents = list(dropwhile(lambda s: not _substantive(s[0]) or news and not s[1], sents))
    out = ""
    for s, _ in sents:
        cand = (out + " " + s).strip()
        if len(cand) > SUMMARY_MAX or out and not _substantive(s):
            break
        out = cand
    return out or (_cut(sents[0][0], SUMMARY_MAX - 1).rstrip("…") + "…" if sents else "")


def _first_lead(seed: Seed, docs) -> str:
    """The first sentences of the first paragraph, when no paragraph has a sentence that says something."""
    for doc, block in zip(docs, seed.blocks):
        if block.kind != "paragraph" or is_boilerplate(block.text):
            continue
        start = _body(doc)
        sents = [
            text_of(doc)[max(s.start_char, start) : s.end_char].strip() for s in sentences(doc) if s.end_char > start
        ]
        return _cut(" ".join(sents), SUMMARY_MAX) if sents else ""
    return ""
