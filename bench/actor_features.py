"""Features of an article's actor candidates, for a learned decision "is this candidate an actor?"
(``bench/train_actors.py`` trains and cross-validates one on the dev gold; this module lives in
``bench/`` because no model ships and the product does not use it).

The candidates are the cast's actors (``Cast.actors``), those the rules keep and those they drop
(a person known by one bare word who neither acts nor speaks, an organisation that never acts:
``Found.dropped_by_rules``). Each gets a few dozen numbers (``features``): the rules' own decision,
its kind, the spaCy labels and grammatical roles of its mentions (read only from the sentences the
rules had parsed: no parse is made for a feature), whether it speaks a quote or acts in an event,
where it is first named, gazetteer flags, the shape and head noun of its name. No feature is keyed
to a name or a text.

No model is shipped: measured by cross-validation by article, none beat the rules on the dev split
(bench/README.md, "A learned actor decision"), so the rules decide and this module only serves the
training script.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from generator.annotate import gazetteer as gz
from generator.annotate.cast import TITLE_WORDS, CastMember, common_group
from generator.annotate.pipeline import Found


@dataclass(frozen=True)
class Candidate:
    key: str  # the cast key
    forms: tuple[str, ...]  # its key and surface forms (what the scorer matches)
    kept: bool  # the rules' decision
    values: tuple[float, ...]  # one per FEATURES


# The forms of verbs of saying (the model has no lemmatizer: its tokens' lemma_ is empty)
_SAY = set(
    "say says said tell tells told add adds added announce announces announced state states stated note notes "
    "noted stress stresses stressed warn warns warned declare declares declared explain explains explained "
    "write writes wrote confirm confirms confirmed claim claims claimed insist insists insisted urge urges "
    "urged".split()
)
_PLACE_PREPS = {"in", "at", "to", "from", "into", "near", "across", "inside", "throughout", "around"}
# Head nouns of bodies that act for a state or the public ('ministry', 'council', 'police')
_BODY_HEADS = set(
    "ministry department agency office bureau service commission council committee administration government "
    "court parliament senate congress assembly authority board cabinet embassy mission secretariat".split()
)
_FORCE_HEADS = set("army navy forces force police guard command corps militia military troops".split())
_FIRM_HEADS = set(
    "company inc corp corporation group bank airlines airline ltd llc plc holdings partners association "
    "union foundation institute university party movement organisation organization network fund".split()
)
_TITLE_ALONE = re.compile(rf"(?:the )?{TITLE_WORDS}", re.I)

FEATURES = (
    "rules_keep",
    "rules_bare",
    "rules_idle",
    "kind_person",
    "kind_organization",
    "kind_country",
    "kind_other",
    "speaks",
    "quotes_log",
    "event_actor",
    "events_log",
    "mentions_log",
    "blocks_frac",
    "first_pos",
    "in_title",
    "in_heading",
    "in_lead",
    "ner_person",
    "ner_org",
    "ner_gpe",
    "ner_norp",
    "ner_none",
    "parsed_frac",
    "dep_subj",
    "dep_say_subj",
    "dep_agent",
    "dep_object",
    "dep_venue",
    "dep_poss",
    "dep_compound",
    "dep_appos",
    "dep_pobj_other",
    "has_role",
    "has_aff",
    "acting",
    "venue",
    "n_forms_log",
    "has_names",
    "tokens",
    "one_token",
    "acronym",
    "all_caps",
    "country",
    "demonym",
    "capital",
    "city",
    "known_org",
    "outlet",
    "head_body",
    "head_force",
    "head_firm",
    "office_alone",
    "common_group",
    "plural_head",
)


def candidates(found: Found) -> list[Candidate]:
    """The article's actor candidates, in the cast's order, with their ``features``."""
    cast = found.cast
    members = cast.actors()
    mentions: dict[str, list] = {}
    for x in cast.mentions:
        mentions.setdefault(x.key, []).append(x)
    speakers: dict[str, int] = {}
    for q in found.quotes:
        if q.speaker:
            speakers[q.speaker] = speakers.get(q.speaker, 0) + 1
    doing: dict[str, int] = {}
    for e in found.events:
        for k in e.actors:
            doing[k] = doing.get(k, 0) + 1
    story = [b for b, k in enumerate(found.kinds) if k not in ("heading", "byline")]
    lead = set(story[:2])
    dropped = found.dropped_by_rules()
    out = []
    for m in members:
        values = features(m, found, mentions.get(m.key, []), speakers, doing, lead, dropped)
        out.append(Candidate(m.key, tuple(dict.fromkeys([m.key, *m.forms])), m.key not in dropped, values))
    return out


def _log(n: int) -> float:
    return math.log1p(n)


def features(m: CastMember, found: Found, mentions: list, speakers, doing, lead: set[int], dropped) -> tuple:
    """The values of ``FEATURES`` for cast member ``m`` (``mentions``: its mentions; ``speakers``,
    ``doing``: quotes spoken and events acted in, by key; ``lead``: the lead's blocks)."""
    ner, deps, parsed = _labels_and_roles(found.docs, mentions)
    return (
        *_rules_and_kind(m, found, dropped),
        *_speaking_and_acting(m.key, mentions, speakers, doing),
        *_where_named(m, found, mentions, lead),
        *_shares(ner, deps, parsed, max(1, len(mentions))),
        *_member_flags(m),
        *_name_features(m),
    )


def _labels_and_roles(docs, mentions: list) -> tuple[dict[str, int], dict[str, int], int]:
    """The spaCy labels of the mentions (by label, '' for none), their grammatical roles where the
    rules had the sentence parsed (by role), and how many were so parsed."""
    ner = {"PERSON": 0, "ORG": 0, "GPE": 0, "NORP": 0, "": 0}
    deps = dict.fromkeys(("subj", "say", "agent", "obj", "venue", "poss", "compound", "appos", "pobj"), 0)
    parsed = 0
    for x in mentions:
        doc = docs[x.block]
        span = doc.char_span(x.start, x.end, alignment_mode="expand")
        if span is None or not len(span):
            ner[""] += 1
            continue
        label = next((e.label_ for e in span.ents), "") or (span[0].ent_type_ if span[0].ent_type_ else "")
        ner[label if label in ner else ""] += 1
        role = _role(doc, span)
        if role is not None:
            parsed += 1
            for r in role:
                deps[r] += 1
    return ner, deps, parsed


def _rules_and_kind(m: CastMember, found: Found, dropped) -> tuple[float, ...]:
    """rules_keep ... kind_other: the rules' decision and the member's kind."""
    key, kind = m.key, m.kind
    return (
        float(key not in dropped),
        float(key in found.bare),
        float(key in found.idle),
        float(kind == "person"),
        float(kind == "organization"),
        float(kind == "country"),
        float(kind not in ("person", "organization", "country")),
    )


def _speaking_and_acting(key: str, mentions: list, speakers, doing) -> tuple[float, ...]:
    """speaks ... mentions_log: quotes spoken, events acted in, mentions."""
    return (
        float(key in speakers),
        _log(speakers.get(key, 0)),
        float(key in doing),
        _log(doing.get(key, 0)),
        _log(len(mentions)),
    )


def _where_named(m: CastMember, found: Found, mentions: list, lead: set[int]) -> tuple[float, ...]:
    """blocks_frac ... in_lead: how widely and how early the article names the member, and whether
    in its title, a heading or its lead."""
    docs, kinds = found.docs, found.kinds
    n_blocks = max(1, len(docs))
    title = found.title.lower()
    first_block = m.first[0]
    return (
        len({x.block for x in mentions}) / n_blocks,
        first_block / n_blocks,
        float(any(f.lower() in title for f in (m.key, *m.forms) if len(f) > 2)),
        float(any(kinds[x.block] == "heading" for x in mentions)),
        float(any(x.block in lead for x in mentions)),
    )


def _shares(ner: dict[str, int], deps: dict[str, int], parsed: int, n: int) -> tuple[float, ...]:
    """ner_person ... dep_pobj_other: each label's share of the ``n`` mentions, the parsed share,
    each role's share of the parsed mentions."""
    p = max(1, parsed)
    return (
        ner["PERSON"] / n,
        ner["ORG"] / n,
        ner["GPE"] / n,
        ner["NORP"] / n,
        ner[""] / n,
        parsed / n,
        deps["subj"] / p,
        deps["say"] / p,
        deps["agent"] / p,
        deps["obj"] / p,
        deps["venue"] / p,
        deps["poss"] / p,
        deps["compound"] / p,
        deps["appos"] / p,
        deps["pobj"] / p,
    )


def _member_flags(m: CastMember) -> tuple[float, ...]:
    """has_role ... has_names: what the rules recorded of the member."""
    return (
        float(bool(m.role)),
        float(bool(m.aff)),
        float(m.acting),
        float(m.venue),
        _log(len(m.forms)),
        float(bool(m.names)),
    )


def _name_features(m: CastMember) -> tuple[float, ...]:
    """tokens ... plural_head: the shape of the member's name, what the gazetteer knows of it, its
    head noun."""
    key = m.key
    words = key.split()
    head = words[-1].lower() if words else ""
    return (
        float(min(len(words), 8)),
        float(len(words) == 1),
        float(bool(re.fullmatch(r"[A-Z][A-Z.&-]{1,9}", key))),
        float(key.isupper()),
        float(gz.country_of(key) is not None),
        float(any(f in gz.DEMONYMS for f in m.forms)),
        float(key in gz.CAPITALS),
        float(len(words) <= 3 and gz.is_city(key)),
        float(key in gz.ORGS or key in gz.ORGS.values()),
        float(gz.is_outlet(key)),
        float(head in _BODY_HEADS),
        float(head in _FORCE_HEADS),
        float(head in _FIRM_HEADS),
        float(_TITLE_ALONE.fullmatch(key) is not None),
        float(common_group(key)),
        float(len(head) > 3 and head.endswith("s") and not head.endswith("ss")),
    )


def _role(doc, span) -> tuple[str, ...] | None:
    """The grammatical roles of a mention's head in its sentence's parse, when the rules had that
    sentence parsed (no parse is made for a feature: None when there is none)."""
    parses = doc.user_data.get("parses") or {}
    if not parses:
        return None
    sent = _sentence_start(doc, span.start_char)
    p = parses.get(sent)
    if p is None:
        return None
    first = p.user_data["first"]
    lo, hi = span.start - first, min(span.end - first, len(p))
    if lo < 0 or lo >= hi:
        return None
    toks = p[lo:hi]
    root = toks.root
    dep, head = root.dep_, root.head
    out = []
    if dep in ("nsubj", "nsubjpass"):
        out.append("subj")
        if head.lower_ in _SAY:
            out.append("say")
    elif dep == "pobj" and head.dep_ == "agent":  # 'was written by the ministry'
        out.append("agent")
    elif dep in ("dobj", "obj", "iobj", "dative"):
        out.append("obj")
    elif dep == "pobj" and head.lower_ in _PLACE_PREPS:
        out.append("venue")
    elif dep == "pobj":
        out.append("pobj")
    elif dep == "poss":
        out.append("poss")
    elif dep == "compound":
        out.append("compound")
    elif dep == "appos":
        out.append("appos")
    return tuple(out)


def _sentence_start(doc, char: int) -> int:
    from generator.annotate.nlp import sentence_at

    return sentence_at(doc, char).start
