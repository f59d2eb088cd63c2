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

import re

from generator.annotate.cast import TITLE_WORDS
from generator.annotate.dateline import dateline
from generator.annotate.nlp import parsed_at, sentence_at, sentences, text_of
from generator.annotate.quotes import speaker_label
from generator.seeds.reader import Seed, is_byline

TITLE_MAX = 90
SUMMARY_MAX = 300

_BOILERPLATE = re.compile(
    r"^(?:the (?:following|below|above) (?:is|are) (?:attributable to|from|a readout|a statement)\b.*"
    r"|(?:press statement|media note|readout|fact sheet|for immediate release|office of the spokesperson|"
    r"remarks|statements? and releases?|briefing room|washington|news release)[\s.:]*"
    r"|(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4})[\s.]*)$",
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


def is_boilerplate(text: str) -> bool:
    t = " ".join(text.split())
    return bool(_BOILERPLATE.match(t) or _BYLINE.match(t.rstrip(".")) or is_byline(t))


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
        for doc, _ in paras[:8]:
            start = _body(doc)
            for s in sentences(doc):
                if s.end_char <= start or _PLEASANTRY.search(s.text) or len(s.text.split()) < 6:
                    continue
                if any(e.label_ in _NEWS_LABELS for e in s.ents):
                    return doc, s
    for doc, _ in paras[:4]:  # never a greeting: 'Good afternoon.', 'Thank you all for coming.'
        start = _body(doc)
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
    lab = speaker_label(text_of(doc))
    if lab and not text.startswith(lab[1]):
        who = " ".join(w.capitalize() if w.isupper() else w for w in lab[1].split())
        text = f"{who}: {text}"  # a transcript's title says who spoke
    text = re.sub(r"\b((?:[A-Z][\w-]* ){1,6})\(([A-Z]{2,})\)", _acronym, text)
    if len(text.rstrip(" .")) > TITLE_MAX:
        text = _TITLED_NAME.sub("", text)
        text = text[:1].upper() + text[1:]
    return _cut(text, TITLE_MAX)


def _acronym(m: re.Match) -> str:
    """'North Atlantic Treaty Organization (NATO)' -> 'NATO' (a headline is short)."""
    words = m.group(1).split()
    return m.group(2) if "".join(w[0] for w in words[-len(m.group(2)) :]) == m.group(2) else m.group(0)


def _main_clause(sent, start: int = 0) -> str:
    """The lead sentence without its leading subordinate clause and a trailing attribution (', CNN
    reported'); an attribution before the claim ('Ukraine says ...') is kept: a claim is no fact."""
    root = sent.root
    if root.text.lower() in ("reported", "said", "reports", "says", "added") and any(
        c.dep_ == "ccomp" and c.i < root.i for c in root.children
    ):  # 'Russia sent troops, Ukraine says': the claim; 'Ukraine says Russia sent...' keeps who says it
        root = next(c for c in root.children if c.dep_ == "ccomp")
    drop: set[int] = set()
    for c in root.children:
        if c.dep_ in ("advcl", "prep", "advmod", "npadvmod") and c.i < root.i and c.right_edge.i < root.i:
            if c.dep_ == "advcl" or c.right_edge.i + 1 < len(sent.doc) and sent.doc[c.right_edge.i + 1].text == ",":
                drop.update(range(c.left_edge.i, c.right_edge.i + 2))
    toks = [t for t in root.subtree if t.i not in drop and t.idx >= start]  # after a label or dateline
    if not toks:
        return sent.text
    text = sent.doc[toks[0].i : toks[-1].i + 1].text
    text = text.strip(' ,;:-—"“”')
    return text[:1].upper() + text[1:]


def _cut(text: str, limit: int) -> str:
    """At most ``limit`` characters: whole, else up to a comma past the middle, else at a word
    boundary with an ellipsis."""
    text = " ".join(text.split()).rstrip(" .")
    if len(text) <= limit:
        return text
    cut = text[:limit]
    comma = cut.rfind(",")
    if comma > limit * 0.5:
        return cut[:comma].rstrip()
    return cut[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:—-") + "…"


def make_summary(seed: Seed, docs) -> str:
    """The lead: the first one or two sentences of the first paragraph that is not boilerplate,
    at most ~300 characters (a transcript's speaker label left out)."""
    for doc, block in zip(docs, seed.blocks):
        if block.kind != "paragraph" or is_boilerplate(block.text):
            continue
        start = _body(doc)
        text = text_of(doc)
        sents = [text[max(s.start_char, start) : s.end_char].strip() for s in sentences(doc) if s.end_char > start]
        out = ""
        for s in sents:
            cand = (out + " " + s).strip()
            if len(cand) > SUMMARY_MAX:
                break
            out = cand
        if not out and sents:
            out = _cut(sents[0], SUMMARY_MAX - 1).rstrip("…") + "…"
        return out
    return ""
