"""Candidate actors of a dated event, described for a learned decision (bench/train_event_actors.py).

For each event found in a sentence, every candidate actor becomes a row of features read off the
parse: each cast member named in the event's paragraph or the one before (its sentence, the sentence
before, elsewhere), the speaker of a statement or turn whose 'I'/'we' is the clause's subject (and,
for 'we', the bodies they speak for), and the actors events.py's rules chose. The features are
general: the mention's dependency relation to the verb the date hangs on (subject, passive subject,
'by' agent, object, a preposition's object, a venue's 'in'/'at', possessor, compound or apposition
of the subject, a conjunct of it), whether it is inside that verb's clause, the subject of a verb
the clause is said under ('X said Y did Z on Monday'), the token distance, the kind of actor,
whether the rules chose it; no word list beyond a handful of prepositions and pronouns.

Only the training script reads them: a logistic regression (or gradient-boosted trees) over these
rows, cross-validated by article on the dev gold, did not beat the rules (bench/README.md, "Event
actors, learned"), so the product keeps the rules' choice and computes nothing here (``RECORD`` is
None).
"""

from __future__ import annotations

import math

# When a dict, events.py describes the candidates of each event it finds and ``note`` keeps them
# there (bench/train_event_actors.py); else (always, in the product) nothing is computed.
RECORD: dict[int, tuple[object, list[tuple[str, dict[str, float]]]]] | None = None

_SUBJ = ("nsubj", "csubj")
_OBJ = ("dobj", "dative", "attr", "oprd")
_VENUE = ("in", "at", "from", "near", "inside")  # 'in X', 'at X': where, not who
_WRAP = ("ccomp", "parataxis")  # 'X said [Y did Z on Monday]'
_SHARED = ("xcomp", "conj", "advcl")  # 'X agreed [to meet on Monday]', 'X arrived and [met ...]'
_FIRST_PERSON = ("i", "we", "us", "our", "my")
KINDS = ("person", "organization", "country", "other")


def _is_subject_of(t, verb) -> bool:
    """``t`` is the subject of ``verb`` (or one of coordinated subjects)."""
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    return t.head == verb and t.dep_ in ("nsubj", "nsubjpass", "csubj")


def _head_of(tokens):
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in ids or t.head == t:
            return t
    return tokens[0]


def _relation(h, main, anchor) -> dict[str, float]:
    """Features of a mention whose head token is ``h`` against the clause's verb ``main``."""
    f: dict[str, float] = {}
    f["dist"] = min(abs(h.i - anchor.i), 30) / 30
    if h.dep_ in ("nsubj", "nsubjpass", "csubj"):
        f["subj_any"] = 1
    if main is None:
        f["no_verb"] = 1
        return f
    f["before_verb"] = float(h.i < main.i)
    up = h
    depth = 0
    while up != main and up.head != up and depth < 12:
        up = up.head
        depth += 1
    if up == main:
        f["in_clause"] = 1
        f["depth"] = min(depth, 6) / 6
    head = h.head
    if h.head == main or h.dep_ == "conj" and _is_subject_of(h, main):
        if h.dep_ in _SUBJ or h.dep_ == "conj" and _is_subject_of(h, main):
            f["subj"] = 1
        elif h.dep_ == "nsubjpass":
            f["subjpass"] = 1
        elif h.dep_ in _OBJ:
            f["dobj"] = 1
        elif h.dep_ == "npadvmod":
            f["npadvmod"] = 1
    if h.dep_ == "conj" and _is_subject_of(h, main):
        f["conj_subj"] = 1
    if h.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        if head.dep_ == "agent" and head.head == main:
            f["agent"] = 1
        elif head.head == main:
            word = head.lower_
            if word in _VENUE:
                f["venue"] = 1
            elif word == "with":
                f["with"] = 1
            else:
                f["pobj_verb"] = 1
        elif head.head.dep_ in ("nsubj", "nsubjpass") and head.head.head == main:
            f["of_subj"] = 1  # 'the head of X'
        elif head.head.dep_ in _OBJ and head.head.head == main:
            f["of_obj"] = 1
        else:
            f["pobj_other"] = 1
    if h.dep_ in ("poss", "compound", "appos", "nmod", "amod") and _is_subject_of(head, main):
        f[{"poss": "poss_subj", "compound": "compound_subj", "appos": "appos_subj"}.get(h.dep_, "mod_subj")] = 1
    if h.dep_ in ("poss", "compound") and head.dep_ in _OBJ and head.head == main:
        f["mod_obj"] = 1
    if main.dep_ in _WRAP and _is_subject_of(h, main.head):
        f["wrap_subj"] = 1  # 'X said Y did Z on Monday': X tells, Y acts
    if main.dep_ in _SHARED and _is_subject_of(h, main.head):
        f["shared_subj"] = 1
    if main.dep_ == "relcl" and h.head == main.head or h == main.head and main.dep_ == "relcl":
        f["relcl_antecedent"] = 1
    return f


def _subject_words(main) -> tuple[bool, bool]:
    """Whether ``main`` has a subject, and whether that subject is a pronoun."""
    if main is None:
        return False, False
    subj = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj), any(c.tag_ in ("PRP", "PRP$") for c in subj)


def candidates(cast, b: int, sent, off: int, main, anchor, rules, quotes, author, prev) -> list:
    """Rows (cast key, features) for one event: ``sent`` the parsed sentence of the date, ``off`` its
    block offset of the parsed text, ``main`` the clause's verb (None: none), ``anchor`` the date's
    head token, ``rules`` the keys events.py chose, ``prev`` the block offsets (start of the sentence
    before, start of this one) or None."""
    acting = {m.key for m in cast.actors()}
    s0, s1 = sent.start_char + off, sent.end_char + off
    p0 = prev[0] if prev else s0
    rows: dict[str, dict[str, float]] = {}

    def put(key: str, feats: dict[str, float]) -> None:
        have = rows.setdefault(key, {})
        for k, v in feats.items():
            if k == "dist":
                have[k] = min(have.get(k, 1.0), v)
            else:
                have[k] = max(have.get(k, 0.0), v)

    has_subj, pron_subj = _subject_words(main)
    for m in cast.mentions:
        if m.block not in (b, b - 1) or m.key not in acting:
            continue
        if m.block < b:
            put(m.key, {"prev_block": 1})
            continue
        if not p0 <= m.start < s1:
            put(m.key, {"block_before" if m.start < p0 else "block_after": 1})
            continue
        if m.start < s0:
            put(m.key, {"prev_sent": 1})
            continue
        toks = [t for t in sent if m.start <= t.idx + off < m.end]
        if not toks:
            put(m.key, {"in_sent": 1})
            continue
        feats = {"in_sent": 1.0, **_relation(_head_of(toks), main, anchor)}
        if any(q.block == b and q.start <= m.start < q.end for q in quotes):
            feats["in_quote"] = 1
        put(m.key, feats)
    first = next(
        (
            t
            for t in sent
            if t.lower_ in _FIRST_PERSON and t.dep_ in ("nsubj", "nsubjpass", "poss") and main is not None
            if t.head == main or t.head.head == main
        ),
        None,
    )
    said = [
        q.speaker for q in quotes if q.block == b and s0 < q.end and s1 > q.start and q.speaker in cast.members
    ] or ([author] if author else [])
    for who in said:
        if who in acting:
            put(who, {"speaker": 1, "first_person": float(first is not None)})
        if first is not None and first.lower_ in ("we", "us", "our"):
            for aff in sorted(cast.members[who].aff):
                if aff in acting:
                    put(aff, {"speaker_body": 1})
    for i, key in enumerate(rules):
        put(key, {"rules": 1, "rules_first": float(i == 0)})
    counts: dict[str, int] = {}
    for m in cast.mentions:
        counts[m.key] = counts.get(m.key, 0) + 1
    lead = next((m.key for m in cast.actors()), None)
    out = []
    for key, feats in rows.items():
        member = cast.members.get(key)
        kind = member.kind if member is not None else "other"
        feats[f"kind_{kind if kind in KINDS else 'other'}"] = 1
        feats["mentions"] = min(math.log1p(counts.get(key, 0)) / 3, 1.0)
        feats["lead"] = float(key == lead)
        feats["verb_has_subj"] = float(has_subj)
        feats["verb_pron_subj"] = float(pron_subj)
        feats["n_rules"] = min(len(rules), 4) / 4
        if not any(k in feats for k in ("in_sent", "prev_sent", "prev_block", "block_before", "block_after")):
            feats["elsewhere"] = 1
        out.append((key, feats))
    return out


def note(event, rows: list) -> None:
    """Keep the event's rows when recording (for training)."""
    if RECORD is not None:
        RECORD[id(event)] = (event, rows)
