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
from generator.annotate.dateline import dateline
from generator.annotate.nlp import parsed_at, sentence_at, sentences, text_of
from generator.annotate.quotes import speaker_label
from generator.seeds.reader import Seed, is_byline

TITLE_MAX = 90
SUMMARY_MAX = 300

_BOILER_PIECE = (
    r"(?:press statement|media note|readout|fact sheet|for immediate release|"
    r"office of (?:the )?(?:press secretary|spokesperson|press relations|public affairs|communications)|media advisory|"
    r"remarks|statements? and releases?|briefing room|washington(?:,? d\.? ?c\.?)?|news release|press release|"
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
_BYLINE = re.compile(
    r"^(?:[A-Z][\w.'’-]+ ){1,4}[A-Z][\w.'’-]+, (?:[A-Z][\w’'-]*|of|the|and|for)(?: (?:[A-Z][\w’'-]*|of|the|and|for))*$"
)
_PLEASANTRY = re.compile(
    r"\b(?:good (?:morning|afternoon|evening)|happy \w+|birthday|thank you|thanks|welcome|"
    r"sorry|apolog\w+|a couple (?:of )?items|at the top|turn to your questions)\b",
    re.I,
)
_NEWS_LABELS = {"GPE", "ORG", "NORP", "LOC", "FAC", "EVENT", "LAW"}
_TITLED_NAME = re.compile(
    r"(?:(?:[A-Z][\w.'’-]*|U\.S\.) )?" + TITLE_WORDS + r" (?=(?:[A-Z][\w.'’-]+ ){0,3}[A-Z][\w'’-]+)"
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
    rest = " ".join(_BOILER_ANYWHERE.sub(" ", t).split()).strip(" ,.:")
    return len(rest.split()) <= 14 and bool(_NAME_AND_OFFICE.match(rest))


def _body(doc) -> int:
    """Start of the text after a transcript speaker label or a wire dateline (0 when there is none)."""
    lab = speaker_label(text_of(doc))
    d = dateline(text_of(doc))
    return max(len(text_of(doc)) - len(text_of(doc)[len(lab[0]) + 1 :].lstrip()) if lab else 0, d.end if d else 0)


def lead_sentence(seed: Seed, docs):
    """(block Doc, sentence) the headline is cut from; None when an opening heading is the title."""
    paras = [(d, b) for d, b in zip(docs, seed.blocks) if not is_boilerplate(b.text)]
    if paras and paras[0][1].kind == "heading":
        return None
    paras = [(d, b) for d, b in paras if b.kind == "paragraph"] or list(zip(docs, seed.blocks))
    if not paras:
        return None
    transcript = any(speaker_label(b.text) for _, b in paras[:3])
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
    said = [(d, b) for d, b in paras[:4] if not b.text.startswith(("“", '"', "‘"))]
    for doc, _ in said or paras[:4]:  # never a greeting: 'Good afternoon.', 'Thank you all for coming.'
        start = _body(doc)  # nor an epigraph: a quotation opening a release is someone's words, not the news
        for s in sentences(doc):
            if s.end_char > start and not (_PLEASANTRY.search(s.text) and len(s.text.split()) < 12):
                return doc, s
    doc = paras[0][0]
    return doc, sentence_at(doc, _body(doc))


def make_title(seed: Seed, docs, lead=None) -> str:
    """The opening heading, else a headline cut from the lead sentence."""
    lead = lead if lead is not None else lead_sentence(seed, docs)
    if lead is None:
        head = next(
            (b.text for b in seed.blocks if not is_boilerplate(b.text)), seed.blocks[0].text if seed.blocks else ""
        )
        return _cut(head.strip(), TITLE_MAX)
    doc, sent = lead
    p = parsed_at(doc, sent.start_char)
    start = max(_body(doc) - p.user_data["offset"], 0)
    psent = next((s for s in p.sents if s.end_char > start), next(iter(p.sents)))
    text = _main_clause(psent, start)
    text = re.sub(r"^(?:[A-Z]+(?: [A-Z]+)*:)\s*", "", text)  # a transcript speaker label
    lab = speaker_label(text_of(doc)) or _turn_label(seed, docs, doc)
    who = ""
    if lab and not text.startswith(lab[1]):
        who = " ".join(w.capitalize() if w.isupper() else w for w in lab[1].split())
        text = f"{who}: {text}"  # a transcript's title says who spoke
    text = re.sub(r"\b((?:[A-Z][\w-]* ){1,6})\(([A-Z]{2,})\)", _acronym, text)
    if len(text.rstrip(" .")) > TITLE_MAX:
        short = _main_clause(psent, start, compact=True)
        text = f"{who}: {short}" if who else short
    if len(text.rstrip(" .")) > TITLE_MAX:
        text = _TITLED_NAME.sub("", text)
        text = text[:1].upper() + text[1:]
    return _cut(text, TITLE_MAX, psent.root.text)


def _turn_label(seed: Seed, docs, doc) -> tuple[str, str] | None:
    """In a transcript, the label of the turn a paragraph without one continues (None for a
    reporter's or moderator's turn, and outside transcripts)."""
    label = None
    for d, _, reporter in _turns(seed, docs):
        lab = speaker_label(text_of(d))
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


def _main_clause(sent, start: int = 0, compact: bool = False) -> str:
    """The lead sentence without its leading subordinate clause and a trailing attribution (', CNN
    reported'); an attribution before the claim ('Ukraine says ...') is kept: a claim is no fact.
    ``compact`` (for a lead too long for a headline) also drops side clauses set off by commas or
    brackets: appositions ('X, former president of Y,'), ages, non-restrictive relative clauses."""
    root = sent.root
    if root.lower_ in _TRAILING_ATTRIBUTION and any(
        c.dep_ == "ccomp" and c.i < root.i for c in root.children
    ):  # 'Russia sent troops, Ukraine says': the claim; 'Ukraine says Russia sent...' keeps who says it
        root = next(c for c in root.children if c.dep_ == "ccomp")
    drop: set[int] = set()
    for c in root.children:
        if c.dep_ in ("advcl", "prep", "advmod", "npadvmod") and c.i < root.i and c.right_edge.i < root.i:
            if c.dep_ == "advcl" or c.right_edge.i + 1 < len(sent.doc) and sent.doc[c.right_edge.i + 1].text == ",":
                drop.update(range(c.left_edge.i, c.right_edge.i + 2))
    if compact:
        drop |= _side_clauses(sent)
        subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(sent.text) > 2 * TITLE_MAX:  # 'A producer for a station in X was charged ...': the subject's head
            drop.update(t.i for s in subj for c in s.children if c.dep_ == "prep" for t in c.subtree)
    toks = [t for t in root.subtree if t.i not in drop and t.idx >= start]  # after a label or dateline
    if not toks:
        return sent.text
    if compact:
        text = "".join(t.text + (t.whitespace_ or (" " if t.i + 1 in drop else "")) for t in toks)
        text = re.sub(r"\s+([,;:.])", r"\1", re.sub(r",(?:\s*,)+", ",", " ".join(text.split())))
        if text.count("“") != text.count("”"):  # a side clause took one of a pair of quotation marks
            text = text.replace("“", "").replace("”", "")
    else:
        text = sent.doc[toks[0].i : toks[-1].i + 1].text
    text = text.strip(' ,;:-—"“”')
    return text[:1].upper() + text[1:]


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
    comma = cut.rfind(",")
    at = re.search(rf"\b{re.escape(verb)}\b", cut) if verb else None
    if comma > limit * 0.5 and (not verb or at and comma > at.end()):
        return cut[:comma].rstrip()
    return cut[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:—-") + "…"


_NOT_SPEAKER = re.compile(r"\b(?:q|question|questions|moderator|operator|reporter|audience|participant)\b", re.I)
_PROCEDURAL = re.compile(
    r"\b(?:turn (?:it|this|things|the floor) over|hand (?:it )?over|"
    r"thanks? (?:\w+ ){0,5}for (?:coming|joining|being here)|join(?:ing|ed)? us|with us today|"
    r"take (?:your|a few|some) questions|listen-only|on (?:the record|background)|"
    r"embargo|check against delivery|as (?:stated|delivered|prepared) by|(?:opening|brief) remarks|your questions|"
    r"taking questions|(?:are|is|am) (?:also )?joined by|let me (?:start|begin)|a couple of announcements|"
    r"on the line|(?:want|like) to (?:take|start|begin|open|draw|give you|walk you)|a (?:couple|few) (?:of )?minutes)\b"
    r"|^(?:and |well, |okay, )?(?:thank you|thanks)\b",
    re.I,
)
SUMMARY_MIN_WORDS = 6


def _turns(seed: Seed, docs):
    """(doc, block, by_reporter) of the paragraphs that are not boilerplate; by_reporter when the
    paragraph is a turn of a reporter, moderator or operator ('QUESTION:', 'Q:', 'MODERATOR:'),
    which a paragraph without a label continues."""
    reporter = False
    for doc, block in zip(docs, seed.blocks):
        if block.kind != "paragraph" or is_boilerplate(block.text):
            continue
        lab = speaker_label(block.text)
        if lab:
            # 'QUESTION:', 'Q:', and a named moderator: 'Paul Fulton (Moderator):'
            reporter = bool(_NOT_SPEAKER.search(lab[0]) and (not lab[1].strip() or "(" in lab[0]) or lab[0] == "Q")
        yield doc, block, reporter


def _substantive(text: str) -> bool:
    """A sentence that says something: no greeting, thanks or stage direction ('I will turn it
    over to him'), no question, no line that only introduces ('As stated by X:'), at least six words."""
    t = text.strip(' "“”')
    if len(t.split()) < SUMMARY_MIN_WORDS or t.endswith(("?", ":")) or _PROCEDURAL.search(t):
        return False
    return not _PLEASANTRY.search(re.sub(r"\b(?:a|an|the) welcome\b", "", t, flags=re.I))  # 'a welcome break'


def make_summary(seed: Seed, docs) -> str:
    """The lead: the first one or two sentences that say something, of the first paragraph that
    has one and is not boilerplate, at most ~300 characters (a transcript's speaker label left
    out; never a reporter's, moderator's or operator's turn, a greeting or a stage direction; in a
    transcript, from the first sentence that names a country, organisation or group: the news)."""
    turns = list(_turns(seed, docs))
    transcript = sum(1 for _, b, _ in turns[:12] if speaker_label(b.text)) >= 2
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
