"""Direct quotations and who said them.

Quote spans: curly or straight double quotes, per block; a quote left open at the end of a
paragraph continues into the next paragraph that opens with a quote mark. Scare quotes (a short
term with no speech cue next to it, or no verb) are not quotes. Transcript paragraphs that open
with a speaker label (``SECRETARY BLINKEN:``, ``MR PRICE:``) are that speaker's speech.

Attribution, in order: the cue right after the quote (``, he added``, ``, according to the NATO
chief``, ``, said Stoltenberg``); ``<A> quoted <X> as saying``; the subject of the speech verb
before the quote (``Stoltenberg ... denounced ... and said: "...``); a quote standing alone
continues the previous speaker. The speaker mention is resolved through the article's cast:
names and surnames, role phrases, and he/she -> the last speaker or the last person named.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from generator.annotate.cast import Cast, clean
from generator.annotate.nlp import parsed_at, parsed_token, sentence_at, text_of

SPEECH = (
    r"said|says|say|added|adds|stressed|stresses|stated|states|told|tells|noted|notes|warned|warns|explained|"
    r"insisted|speculated|asserted|declared|emphasi[sz]ed|emphasi[sz]es|underlined|underscored|wrote|writes|"
    r"tweeted|posted|continued|concluded|remarked|recalled|argued|argues|claimed|claims|urged|acknowledged|"
    r"admitted|announced|replied|responded|asked|commented|affirmed|reiterated|observed|cautioned|predicted|"
    r"vowed|pledged|promised|suggested|told reporters|said in a statement|lamented|complained|conceded|"
    r"pointed out|went on|denounced|repeated|answered|joked"
)
_SPEECH_RX = re.compile(r"^(?:" + SPEECH + r")$", re.I)
_MENTION = (
    r"(?P<sp>(?:[Tt]he |[Hh]is |[Hh]er |[Ii]ts )?(?:[A-Z][\w.'’-]*|U\.S\.)(?:[ -](?:[A-Z][\w.'’-]*|of|for|the))*"
    r"(?: [a-z]+(?:-[a-z]+)?)?|[Tt]he [a-z]+(?: [a-z]+)?|he|she|He|She|they|They|it|It)"
)
_STATEMENT = r"(?:a |the |an? [\w-]+ |the [\w-]+ )(?:statement|readout|communiqu[eé]|press release|release)s?"
_AFTER = [
    re.compile(
        r"^\s*,?\s*(?:according to|said)\s+" + _STATEMENT + r" (?:from|by|issued by|released by|of)\s+" + _MENTION
    ),
    re.compile(r"^\s*,?\s*(?:according to)\s+" + _MENTION),
    re.compile(r"^\s*,?\s*(?P<v>" + SPEECH + r")\s+" + _MENTION),
    re.compile(r"^\s*,?\s*" + _MENTION + r"\s+(?:also |later |then |further )?(?P<v>" + SPEECH + r")\b"),
]
_QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+" + _MENTION + r"\s+as saying")
_LABEL = re.compile(r"^(?P<label>(?:[A-Z][A-Z.'’-]+ ){0,4}[A-Z][A-Z.'’-]+):\s+")
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


@dataclass(frozen=True)
class FoundQuote:
    block: int
    start: int  # char offsets of the quoted text in its block
    end: int
    text: str
    speaker: str | None  # cast key
    cue: str


def speaker_label(text: str) -> tuple[str, str] | None:
    """('SECRETARY BLINKEN', 'BLINKEN') for a transcript paragraph opening with a speaker label."""
    m = _LABEL.match(text)
    if not m:
        return None
    label = m.group("label")
    words = [w for w in label.split() if w.upper() not in _LABEL_TITLES]
    if label.upper() in _NOT_SPEAKERS or not words or len(label) < 2:
        return label, ""
    return label, " ".join(words)


def quote_spans(texts: list[str]) -> list[tuple[int, int, int]]:
    """(block, start, end) of each quoted text, without the marks."""
    out = []
    for b, text in enumerate(texts):
        t = text.replace("“", '"').replace("”", '"').replace("„", '"')
        marks = [m.start() for m in _MARK.finditer(t)]
        for k in range(0, len(marks) - 1, 2):
            out.append((b, marks[k] + 1, marks[k + 1]))
        if len(marks) % 2 == 1:  # open to the end of the paragraph (continued in the next one)
            out.append((b, marks[-1] + 1, len(t)))
    return out


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


def find_quotes(docs, cast: Cast) -> list[FoundQuote]:
    texts = [text_of(d) for d in docs]
    found: list[FoundQuote] = []
    last: str | None = None
    turn: str | None = None  # the transcript speaker whose turn it is
    for b, doc in enumerate(docs):
        lab = speaker_label(text_of(doc))
        if not lab and turn:  # the speaker's turn goes on (quotation marks inside are theirs too)
            found.append(FoundQuote(b, 0, len(text_of(doc)), text_of(doc).strip(), turn, TURN))
            continue
        turn = None
        if lab:
            label, name = lab
            key = cast.person_by_name(name.title()) if name else None
            if name and key is None:
                key = name.title()
                cast.add(key, "person", b, 0, len(label), name.title(), name=True)
            body_start = len(text_of(doc)) - len(text_of(doc)[len(label) + 1 :].lstrip())
            turn = key
            if key:
                found.append(
                    FoundQuote(b, body_start, len(text_of(doc)), text_of(doc)[body_start:].strip(), key, label + ":")
                )
                last = key
            continue
        for _qb, start, end in quote_spans([text_of(doc)]):
            content = text_of(doc)[start:end].strip()
            if not content:
                continue
            spk, cue, pos = _attribute(doc, b, start, end, cast, last)
            if not _is_quote(doc, start, end, content, cue):
                continue
            if spk is None and not cue and found and found[-1].block == b - 1 and start <= 1 and found[-1].speaker:
                spk, cue = found[-1].speaker, found[-1].cue  # continuation paragraph
            if spk is None and text_of(doc)[:start].strip() in ('"', "“", "") and last and _alone(doc, start, end):
                spk, cue = last, "(continues)"
            if spk:
                last = spk
            found.append(FoundQuote(b, start, end, quote_text(content), spk, cue))
    return _merge_continued(found, texts)


def quote_text(content: str) -> str:
    """The quotation as stored: without the comma (or dash) that joins it to its attribution
    ('"... to the west," he said'); a final '.', '?' or '!' is the speaker's and stays."""
    return content.strip().rstrip(",;:—–- ").rstrip()


def _is_quote(doc, start: int, end: int, content: str, cue: str) -> bool:
    words = content.split()
    if len(words) >= 4 and cue:
        return True
    if len(words) < 4 and not cue:
        return False
    return _has_verb(doc, start, end)


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
    """A quote left open at the end of a paragraph + the quote opening the next one = one quotation."""
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
            out[-1] = FoundQuote(
                prev.block,
                prev.start,
                prev.end,
                prev.text + " " + q.text,
                prev.speaker or q.speaker,
                prev.cue if prev.speaker else q.cue,
            )
            continue
        out.append(q)
    return out


def _attribute(doc, b: int, start: int, end: int, cast: Cast, last: str | None):
    """(speaker key, cue, position) for the quote text_of(doc)[start:end]."""
    text = text_of(doc)
    after = text[end + 1 : end + 120].replace("’", "'")
    content = text[start:end].rstrip()
    if content[-1:] in ",?!" or content.endswith(("—", "-", "–")) or after.lstrip().startswith(","):
        for rx in _AFTER:
            m = rx.search(after)
            if m and clean(m.group("sp")) in {clean(x) for x in cast.sources}:
                continue  # '..." Radio Free Europe/Radio Liberty reported': the outlet, not the speaker
            if m:
                key = _resolve(m.group("sp"), cast, b, end, last)
                if key or m.group("sp").lower() not in _PRONOUNS:
                    return key, m.group(0).strip(" ,"), end
    m = _QUOTED_AS.search(after[:120])
    if m:
        return _resolve(m.group("sp"), cast, b, end, last), m.group(0).strip(), end
    key, cue = _before(doc, b, start, cast, last)
    if key or cue:
        return key, cue, start
    sent_end = text.find(".", end)
    tail = text[end + 1 : sent_end if sent_end > 0 else len(text)]
    m = re.search(_MENTION + r"\s+(?P<v>" + SPEECH + r")\b", tail)
    if m and len(tail) < 120:
        return _resolve(m.group("sp"), cast, b, end, last), m.group(0).strip(" ,"), end
    return None, "", start


def _verb_before(doc, start: int):
    """A speech verb among the four tokens before the opening quote mark at ``start``, else None."""
    starts = doc.user_data.get("starts")
    if starts is None:
        starts = doc.user_data["starts"] = [t.idx for t in doc]
    k = bisect.bisect_left(starts, start - 1)
    prev = [t for t in doc[max(0, k - 12) : k + 1] if t.idx + len(t) <= start - 1 and not t.is_space][-10:]
    near = next((t for t in reversed(prev[-4:]) if _SPEECH_RX.match(t.text)), None)
    if near is not None:
        return near
    sent_start = sentence_at(doc, max(start - 1, 0)).start
    return next(
        (
            t
            for t in reversed(prev[:-4])
            if t.i >= sent_start
            and _SPEECH_RX.match(t.text)
            and t.i + 1 < len(doc)
            and doc[t.i + 1].text not in (",", ".")
        ),
        None,
    )


def _before(doc, b: int, start: int, cast: Cast, last: str | None):
    """The speech verb just before the opening quote, and its subject from the parse."""
    bverb = _verb_before(doc, start)
    if bverb is None:
        return None, ""
    verb = parsed_token(doc, bverb)
    off = verb.doc.user_data["offset"]
    v = verb
    while (
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children)
        and v.dep_ in ("conj", "xcomp")
        and v.head is not v
    ):
        v = v.head
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        after_verb = text_of(doc)[bverb.idx + len(bverb) : start]
        m = re.match(r"\s+" + _MENTION, after_verb)  # 'said Stoltenberg, "...'
        if m:
            return _resolve(m.group("sp"), cast, b, bverb.idx, last), verb.text + m.group(0)
        return None, ""
    span = verb.doc[subj.left_edge.i : subj.right_edge.i + 1]
    key = _resolve_span(span, off, cast, b, last)
    return key, f"{span.text} {verb.text}"


def _resolve_span(span, off: int, cast: Cast, b: int, last: str | None) -> str | None:
    keys = cast.keys_in(b, span.start_char + off, span.end_char + off)
    people = [k for k in keys if cast.members[k].kind == "person"]
    if people:
        return people[-1]
    if keys:
        return keys[-1]
    return _resolve(span.text, cast, b, span.start_char + off, last)


def _resolve(mention: str, cast: Cast, b: int, pos: int, last: str | None) -> str | None:
    m = mention.strip()
    low = m.lower()
    if low in _PRONOUNS:
        return (
            last
            if last and cast.members.get(last) and cast.members[last].kind == "person"
            else cast.last_person_before(b, pos)
        )
    if low in ("they", "it"):
        return None
    gm = _GENERIC.match(m)
    if gm:  # 'the statement said' -> who issued it; 'the ministry said' -> the ministry named before
        noun = gm["noun"].lower()
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
    key = cast.person_by_name(m)
    if key:
        return key
    c = clean(m)
    for k, member in cast.members.items():
        if c == k or c in member.forms or m in member.forms:
            return k
    rm = re.match(
        r"(?:[Tt]he |[Hh]is |[Hh]er |[Ii]ts )(?:(?P<aff>[A-Z][\w.'-]*|U\.S\.) )?(?P<role>[\w-]+(?: [a-z]+)?)$", m
    )
    if rm:
        for role in (rm.group("role"), rm.group("role").split()[0]):
            key = cast.resolve_role(rm.group("aff"), role, b, pos)
            if key:
                return key
    return None
