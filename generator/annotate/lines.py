"""A happening's short line: who did what, cut from the parsed sentence of its date.

The line is the clause that holds the date phrase (the lowest verb above it, with the subject it
borrows from the verb it is joined to: 'Russia invaded in 2014 and annexed Crimea on March 18'
gives 'Russia annexes Crimea'), with its subject, verb and objects. Attribution ('officials
said', 'according to X'), appositives, relative, adverbial and other side clauses, parentheses
and sentence adverbs are dropped, and so is the date phrase itself (it is shown beside the line)
unless the clause needs it ('The summit was on Tuesday'). A pronoun subject becomes the name the
annotator already resolved it to. A verb with no subject of its own borrows the doer of the clause it
hangs on, written first ('After arriving at the port on June 3, the inspectors ...' gives 'The
inspectors arrive at the port'; 'announced plans to visit X on Sunday' gives 'The minister to visit X';
'the report, published on Tuesday' gives 'The report is published'). A reported happening's verb
is put in the present tense ('met' -> 'meet', 'was killed' -> 'is killed') with lemminflect, where
the verb group is one the rules know; anything else keeps its tense. The line is at most ``LIMIT``
words (optional parts are pruned, largest first, then it is cut) and never empty (the sentence's first
words at worst).
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.annotate.dates import MONTHS, WEEKDAYS

LIMIT = 20

_SIDE = {"advcl", "relcl", "parataxis", "appos", "acl", "csubj", "dep", "intj", "discourse", "meta", "preconj"}
_OPTIONAL = (
    "acl",
    "prep",
    "ccomp",
    "xcomp",
    "npadvmod",
    "advmod",
    "conj",
    "amod",
    "nummod",
    "poss",
)  # not a name's parts
_SENTENCE_ADVERBS = {
    "also",
    "however",
    "meanwhile",
    "then",
    "now",
    "already",
    "still",
    "previously",
    "later",
    "earlier",
    "reportedly",
    "again",
    "finally",
    "subsequently",
    "instead",
    "thus",
    "therefore",
    "since",
    "first",
    "last",
    "ago",
    "yet",
    "recently",
    "initially",
    "eventually",
    "originally",
    "officially",
    "just",
}
_BE = {"is", "are", "was", "were", "be", "been", "'s", "'re"}
_DEICTIC = {"today", "yesterday", "tomorrow", "tonight"}
_WHEN = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "today", "yesterday", "tomorrow",
}  # fmt: skip  # a joined verb with a date of its own ('arrived in the U.S. on the 20th of September')
_LATER = {"later", "then", "since", "afterwards", "subsequently", "now", "again", "eventually"}
_QUOTES = {'"', "“", "”", "‘", "’", "``", "''"}
_WORD_JOINERS = {"'s", "’s", "n't", "n’t", "%", "'", "’"}
_SUBJ = ("nsubj", "nsubjpass", "expl")
_RELATIVE = {"which", "that", "who", "whom", "whose", "where", "when"}
_SINGULAR_PRONOUNS = {"he", "she", "it", "this", "that"}
_PLURAL_PRONOUNS = {"we", "they", "you", "these", "those", "i"}


def summary_line(
    anchor, date_tokens, names: Mapping[int, str] | None = None, planned: bool = False, verb=None, found=None
) -> str:
    """The line for the date whose leftmost head-outside token is ``anchor`` (a parsed token);
    ``date_tokens``: the indices of the date phrase and its preposition; ``names``: parsed token
    index of a pronoun -> the name it stands for; ``verb``: the date's verb when the caller knows
    it better than the parse ('had said Monday planes would ...'); ``found``: ``clause_of`` its
    caller already has."""
    names = names or {}
    cleaned = _without_asides(anchor, date_tokens, names, verb, found)
    if cleaned is not None:  # parsed again without them: the parse of the whole sentence is off
        anchor, date_tokens, names, verb, doer = cleaned
        found = clause_of(anchor, verb, doer)  # the doer the caller found ('to meet ...': the envoys) carried over
    found = found or clause_of(anchor, verb)
    if found is None:
        return _fallback(anchor.sent, set(date_tokens) | _dateline(anchor.sent))
    main, subject, keep = found
    keep = _drop_date(keep, main, set(date_tokens))
    words = _words(keep, main, names, subject, not planned)
    if len(words) > LIMIT:
        keep = _prune(keep, main, subject, anchor)
        words = _words(keep, main, names, subject, not planned)
    if not _has_verb(keep) or not words:
        return _fallback(anchor.sent, set(date_tokens) | _dateline(anchor.sent))
    return _finish(words)


_DASHES = {"—", "–", "-", "--"}
_ASIDE_DASHES = {"—", "–", "--"}
_FALSE_START = {"and", "but", "so", "well", "now", "i", "we", "you", "they", "he", "she", "it", "the", "a", "uh", "um"}
_REPAIR_REACH = 6


def _asides(sent, named=frozenset()) -> set[int]:
    """Token indices of a sentence's parts between dashes that a line leaves out, as a speaker or a
    writer meant: a spoken false start and its repair ('we've made meaningful and unprecedented --
    made a meaningful ... breakthrough', 'we are -- we are going to'; 'And -- and I -- but ...'), and a
    side part set off by two dashes ('the company -- the largest employer in the region -- announced').
    A dateline's dash is none of them, nor a pronoun's of ``named`` (token indices of pronouns the
    caller knows the name of) before a side part and its verb ('She -- the first woman in the post --
    took office')."""
    opening = _dateline(sent)
    dashes = [t for t in sent if _aside_dash(t) and t.i not in opening]
    # a name, no dateline, when the part after its dash is closed before a verb ('Jane Roe -- the minister -- resigned')
    name = bool(opening) and "," not in {sent.doc[i].text for i in opening}
    name = name and _closed_before_a_verb(sent.doc[max(opening)], dashes)
    if (len(opening) == 2 or name) and not _upper_word(sent[0]) and len(dashes) % 2:  # 'Eta -- the 28th storm -- made'
        opening, dashes = set(), [t for t in sent if _aside_dash(t)]
    side: set[int] = set()
    loose = []
    for d in dashes:
        after = d.doc[d.i + 1] if d.i + 1 < sent.end else None
        first = max(sent.start, d.i - _REPAIR_REACH)
        again = (
            next((t for t in d.doc[first : d.i] if t.lower_ == after.lower_ and t.i not in side), None)
            if after is not None and after.is_alpha
            else None
        )
        if again is not None and d.i - again.i > 1 and again.tag_ in ("DT", "IN", "CC", "TO"):
            again = None  # 'the company -- the largest employer': 'the' repeats no false start ('the -- the')
        if again is not None and d.i - again.i > 1 and _set_apart(d, dashes):
            again = None  # 'Troops left the town -- troops who held it -- on Monday': a part set apart, no repair
        if again is not None and not any(t.text in _ASIDE_DASHES for t in d.doc[again.i : d.i]):
            side.update(range(again.i, d.i + 1))  # the reparandum, up to its dash
            continue
        words = [t for t in d.doc[sent.start : d.i] if t.i not in side and t.i not in opening and not t.is_punct]
        if (
            words
            and len(words) <= 3
            and all(t.lower_ in _FALSE_START for t in words)
            and after is not None
            and not (_closed_before_a_verb(d, dashes) and any(t.i in named for t in words))
        ):
            side.update(t.i for t in d.doc[sent.start : d.i + 1] if t.i not in opening)  # 'And I --'
            continue
        loose.append(d)
    for a, b in zip(loose[::2], loose[1::2]):
        if b.i + 1 < sent.end and not sent.doc[b.i + 1].is_punct and a.i > sent.start:
            side.update(range(a.i, b.i + 1))
    return side


def _after_the_close(dash, dashes):
    """The token after the next of ``dashes`` after ``dash`` (the one closing a part it opens), or None."""
    close = next((t for t in dashes if t.i > dash.i), None)
    return dash.doc[close.i + 1] if close is not None and close.i + 1 < dash.sent.end else None


def _set_apart(dash, dashes) -> bool:
    """Is the next of ``dashes`` after ``dash`` one the sentence goes on after (the words between them a
    part set apart, 'the town -- troops who held it -- on Monday')?"""
    after = _after_the_close(dash, dashes)
    return after is not None and not after.is_punct


def _closed_before_a_verb(dash, dashes) -> bool:
    """Is the next of ``dashes`` after ``dash`` followed by a verb: the words between them a part set apart
    between a subject and its verb ('She -- the first woman in the post -- took office')?"""
    after = _after_the_close(dash, dashes)
    return after is not None and is_verb(after)


def _aside_dash(t) -> bool:
    """A dash that may set a part aside: not one between two numbers in digits, a range ('won 3 – 1', '2010 –
    2012'; not 'On May 3, 2018—two days after ...—', an aside that opens with a number word)."""
    if t.text not in _ASIDE_DASHES:
        return False
    sent = t.sent
    return not (
        sent.start < t.i < sent.end - 1 and t.doc[t.i - 1].text[-1:].isdigit() and t.doc[t.i + 1].text[:1].isdigit()
    )


def _without_asides(anchor, date_tokens, names, verb, found=None):
    """The sentence of ``anchor`` parsed again without its asides (``_asides``), with the date's
    tokens, the pronouns' names, the verb and the subject of the caller's ``found`` (``clause_of``; None
    without it) carried over to it; None when it has none, or when the date or the verb is in one."""
    sent = anchor.sent
    side = _asides(sent, set(names))
    if not side or anchor.i in side or side & set(date_tokens) or (verb is not None and verb.i in side):
        return None
    from generator.annotate.nlp import parse_words

    kept = [t for t in sent if t.i not in side]
    if not any(t.is_alpha for t in kept):
        return None
    spaces = [bool(t.whitespace_) or (k + 1 < len(kept) and kept[k + 1].i != t.i + 1) for k, t in enumerate(kept)]
    doc = parse_words([t.text for t in kept], spaces)
    at = {t.i: k for k, t in enumerate(kept)}
    doer = [doc[at[t.i]] for t in (found[1] if found else ()) if t.i in at]
    return (
        doc[at[anchor.i]],
        [at[i] for i in date_tokens if i in at],
        {at[i]: n for i, n in names.items() if i in at},
        doc[at[verb.i]] if verb is not None else None,
        doer or None,
    )


def _dateline(sent) -> set[int]:
    """The tokens of a dateline opening the sentence ('WASHINGTON, Jan. 13, 2010 -', 'Preston,
    Victoria, Australia —'): capitalised words, numbers and commas up to a dash in its first words."""
    label = next((t for t in sent[:6] if t.text == ":"), None)  # 'MR. KIRBY: We sent ...': a transcript label
    if label is not None and label.i > sent.start and all(_upper_word(t) for t in sent[: label.i - sent.start]):
        return set(range(sent.start, label.i + 1))
    for t in sent[:14]:
        spaced = t.i > sent.start and (t.doc[t.i - 1].whitespace_ or t.whitespace_)  # not 'Under-Secretary'
        if spaced and (t.text in _DASHES or t.text[:1] in _DASHES):
            return set(range(sent.start, t.i + 1)) if t.i > sent.start else set()
        if not (t.text[:1].isupper() or t.text[:1].isdigit() or t.text in (",", ".")):
            return set()
    return set()


def _upper_word(t) -> bool:
    """A word of a transcript label: 'MR.', 'KIRBY', 'JEAN-PIERRE' (not 'I', 'A')."""
    letters = [c for c in t.text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def clause_of(anchor, verb=None, borrowed=None):
    """(the clause's verb, the subject tokens it borrows, the clause's tokens without its side
    parts) for the date at ``anchor``; None when no verb governs it. ``borrowed``: the tokens of the
    doer of a verb with no subject of its own, that the caller found up the verbs it hangs on ('The
    mayors will travel there to meet officials on Monday': the mayors meet)."""
    verb = verb if verb is not None else date_verb(anchor)
    if verb is None:
        return None
    main, subject = _main_and_subject(verb)
    if borrowed and not _has_subject(main) and (not subject or _intention(main)):
        head = next((t for t in borrowed if t.head not in borrowed or t.head == t), borrowed[0])
        subject = _subtree_without_sides(head)
    opening = _dateline(anchor.sent)
    return main, subject, [t for t in _clause(main, anchor, subject, opening) if t.i not in opening]


def date_verb(anchor):
    """The lowest verb above the date phrase (the verb it is the time of); None when there is none."""
    t = anchor
    for _ in range(15):
        if t.head == t:
            return t if _is_verb(t) and t != anchor else None
        t = t.head
        if _is_verb(t) and t.dep_ not in ("aux", "auxpass") and not a_verb_as_preposition(t, anchor):
            return cleft_clause(t, anchor) or t
    return None


def cleft_clause(verb, anchor):
    """'It was on Tuesday that the army moved', 'It was in 2019 when she resigned': a 'be' whose subject is
    an empty 'it' puts the date in focus; the happening is the 'that' or 'when' clause after it, the verb
    returned (None: no such sentence)."""
    if verb.lower_ not in _BE or not any(c.dep_ in _SUBJ and c.lower_ == "it" for c in verb.children):
        return None
    if anchor.head != verb and anchor.head.head != verb:
        return None  # the date itself is the focus ('on Tuesday'), not inside a noun ('protests in March')
    if any(c.dep_ == "attr" and anchor not in c.subtree for c in verb.children):
        return None  # 'It was similar protests in December that led ...': the noun is the focus
    for c in verb.children:
        if c.dep_ in ("ccomp", "advcl", "relcl") and c.i > anchor.i and _is_verb(c):
            first = c.doc[c.left_edge.i]
            if first.lower_ in ("that", "when") and first.dep_ in ("mark", "advmod", "nsubj"):
                return c
    return None


_SPAN_OPENERS = frozenset({"start", "begin"})
_TIME_DEPS = frozenset({"npadvmod", "prep", "advmod", "tmod"})


def _dated_apart(verb, prep) -> bool:
    """The verb (or the one it is the complement or conjunct of) has a date of its own besides the one after
    ``prep`` ('signed an agreement today following the earthquake last April'): the date after the
    preposition is that of its object."""
    verbs = [verb]
    while verbs[-1].dep_ in ("xcomp", "conj") and len(verbs) < 4:  # 'today declared ... and ordered aid to ...'
        verbs.append(verbs[-1].head)
    kids = (c for v in verbs for c in v.children if c != prep and c.dep_ in _TIME_DEPS)
    return any(_a_time_word(w) for c in kids for w in c.subtree)


_TIME_WORDS = frozenset(("today", "yesterday", "tomorrow", "tonight", *WEEKDAYS, *MONTHS))


def _a_time_word(w) -> bool:
    return w.ent_type_ in ("DATE", "TIME") or w.lower_ in _TIME_WORDS or w.tag_ == "CD" and len(w.text) == 4


def _a_definite_deed(prep) -> bool:
    """Is the object of the preposition a deed named with 'the' ('Following the landing of the lander on 12
    November, X congratulated ...')? The date is that deed's, told as a happening of its own: the verb above
    came after it (not 'took office following elections in 2000', the office taken in that year)."""
    return any(o.dep_ == "pobj" and any(d.lower_ == "the" for d in o.children) for o in prep.children)


def a_verb_as_preposition(t, anchor) -> bool:
    """A verb form the parse attaches as a preposition ('following the elections in 2000', 'according to',
    'compared to', 'beginning on 17 August'), or a participle that only opens a span ('went on strike
    starting Monday', no subject of its own): no clause of its own, so the date belongs to the verb above.
    Not a possessive date ("following Tuesday's earthquake": the noun's day), nor one whose verb above has
    a date of its own, nor a preposition on a noun ('the conditions beginning on 17 August')."""
    if t.text.lower() == "according":
        return True
    if t.dep_ == "prep" and anchor.dep_ != "poss":
        return _is_verb(t.head) and not _dated_apart(t.head, t) and not _a_definite_deed(t)
    return t.tag_ == "VBG" and t.dep_ == "advcl" and verb_lemma(t) in _SPAN_OPENERS and not _has_subject(t)


def verb_lemma(t) -> str:
    """A verb token's lemma (lemminflect; the pipeline runs no lemmatizer): 'visiting' -> 'visit'."""
    from generator.annotate.lemmas import getLemma

    found = getLemma(t.text.lower(), upos="VERB") if _is_verb(t) else ()
    return found[0] if found else t.text.lower()


def is_verb(t) -> bool:
    """A verb by its tag, unless it is a capitalised word inside a sentence after one that is not
    ('Belmopan, Belize from May 2' tagged VBP: a name; a headline's 'Minister Says' stays a verb)."""
    if not (t.tag_.startswith("VB") or t.tag_ == "MD"):
        return False
    return not (t.text[:1].isupper() and t.i > t.sent.start and not t.doc[t.i - 1].text[:1].isupper())


_is_verb = is_verb


def _has_subject(t) -> bool:
    return any(c.dep_ in _SUBJ for c in t.children)


def _main_and_subject(verb):
    """The verb the line is built on and the subject tokens it borrows, if any: an infinitive
    ('agreed to send') is its governing verb's; a joined verb without a subject borrows its first
    verb's ('invaded ... and annexed'); a relative or participle clause its antecedent's."""
    while verb.dep_ == "xcomp" and verb.head != verb and (_is_verb(verb.head) or _adjective_before_to(verb)):
        verb = verb.head if _is_verb(verb.head) else verb.head.head
    if verb.dep_ in ("acomp", "oprd") and verb.tag_ == "VBN" and verb.head != verb and _is_verb(verb.head):
        verb = verb.head  # 'The park remains closed since Friday': the park remains closed
    relative = any(c.dep_ in _SUBJ and c.text.lower() in _RELATIVE for c in verb.children)
    if relative and verb.dep_ == "relcl":
        return verb, _subtree_without_sides(verb.head, skip=verb)  # 'a package which was proposed'
    if _has_subject(verb):
        return verb, []
    if verb.dep_ == "conj":
        first = verb
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        subj = next((c for c in first.children if c.dep_ in _SUBJ), None)
        if subj is not None:
            return verb, _subtree_without_sides(subj)
    if verb.dep_ in ("relcl", "acl") and verb.head.tag_.startswith(("NN", "PRP")):
        return verb, _subtree_without_sides(verb.head, skip=verb)
    praised = object_praised_for(verb)
    if praised is not None:
        return verb, _subtree_without_sides(praised)  # 'thanked Norway for hosting the talks': Norway hosted
    if bare_participle(verb):
        subj = next((c for c in verb.head.children if c.dep_ in _SUBJ), None)  # 'He ..., serving as X in 1992'
        if subj is not None and subj.dep_ != "expl":
            return verb, _subtree_without_sides(subj)
    return verb, []


_INTENDING = {
    "plan", "plans", "intention", "intent", "decision", "bid", "promise", "pledge", "commitment", "offer",
    "proposal", "move", "effort", "efforts", "attempt", "readiness", "willingness", "agreement", "request",
}  # fmt: skip  # nouns whose infinitive is their owner's deed ('announced plans to visit')


_OWN_INTENT = {"announce", "unveil", "outline", "reveal", "confirm", "make", "have", "launch", "set", "detail"}
_OWN_INTENT |= {"step", "renew", "intensify", "redouble", "begin", "start", "continue", "express", "signal"}


def _intention(verb) -> bool:
    """An infinitive after a noun of intending ('X announced plans to visit Y on Sunday'): the doer is
    whoever intends, not the noun (not 'doses to vaccinate': the noun stays the line's subject). The
    noun, when an object, is its verb's subject's own only after a verb of having or making it known
    ('announced plans', 'made an offer'); not 'rejected a request to extend the deadline', 'accepted
    the offer to end the strike': someone else's."""
    if not (verb.dep_ in ("acl", "relcl") and infinitive(verb) and verb.head.lower_ in _INTENDING):
        return False
    noun = verb.head
    return noun.dep_ != "dobj" or noun.head == noun or verb_lemma(noun.head) in _OWN_INTENT


def infinitive(verb) -> bool:
    """'to travel': a verb with 'to' for its auxiliary ('plans to travel ... on Sunday')."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _adjective_before_to(verb) -> bool:
    """An infinitive after an adjective that completes a verb ('He was due to attend', 'she was unable
    to travel', 'X is ready to sign'): its doer is that verb's subject, as after 'agreed to'."""
    adj = verb.head
    return adj.dep_ == "acomp" and adj.tag_ == "JJ" and adj.head != adj and _is_verb(adj.head)


def object_praised_for(t):
    """The object of the verb a gerund after 'for' hangs on ('We commend the parties for coming
    together today', 'thanked Norway for hosting the talks on Monday', 'condemn X for attacking Y'):
    the one who did what the gerund says; None otherwise."""
    if not (t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.lower_ == "for" and t.head.dep_ == "prep"):
        return None
    verb = t.head.head
    if not _is_verb(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < t.i), None)


def bare_participle(verb) -> bool:
    """A present-participle clause with nothing of its own before the participle ('..., serving as
    X', 'Speaking on Tuesday, X said'), or a past participle that opens the sentence ('Launched in
    2013, the probe ...'): its subject is its main clause's (a past participle's inside the sentence
    often is not: 'the team, sent in response to ...'). Not 'Ahead of Parliament
    returning tomorrow' (its own subject before it) nor 'after meeting X' (a mark)."""
    return (
        verb.dep_ == "advcl"
        and (verb.tag_ == "VBG" or verb.tag_ == "VBN" and verb.i == verb.sent.start)
        and verb.left_edge.i == verb.i
        and not any(c.dep_ == "mark" for c in verb.children)
    )


def _subtree_without_sides(tok, skip=None) -> list:
    out: set[int] = set()
    drop: set[int] = set()
    for t in tok.subtree:
        aside = t.dep_ in _SIDE or t.dep_ == "punct" and t.text in (",", "(", ")")
        if t != tok and (aside or t.dep_ in ("cc", "conj") and t.head.i == tok.i):
            if t.dep_ == "conj" and not _is_verb(t):
                continue  # 'the US and Britain': both are the subject
            if t.dep_ == "cc" and any(c.dep_ == "conj" and c.i > t.i and not _is_verb(c) for c in tok.children):
                continue  # and the 'and' between them
            drop.update(x.i for x in t.subtree)
    if skip is not None:
        drop.update(x.i for x in skip.subtree)
    out = {t.i for t in tok.subtree} - drop
    return [tok.doc[i] for i in sorted(out)]


def _clause(main, anchor, subject, opening=frozenset()) -> list:
    """The tokens of the verb's clause without its side parts (each kept when it holds the date);
    ``opening``: the dateline's tokens (a name after it the parse hangs on its city is the subject)."""
    drop: set[int] = set()
    for t in main.subtree:
        if t == main or t.i in drop or t.dep_ == "appos" and t.head.i in opening:
            continue
        holds_date = t.left_edge.i <= anchor.i <= t.right_edge.i
        if _is_side(t, main) and not holds_date or _is_introduction(t, main, anchor):
            drop.update(x.i for x in t.subtree)
        elif t.dep_ in ("punct", "mark") and t.head == main or t.dep_ == "punct" and t.text in _QUOTES:
            drop.add(t.i)
        elif t.dep_ == "cc" and t.head == main and not _joins_kept(t, main, anchor):
            drop.add(t.i)
        elif t.head == main and t.text.lower() in _RELATIVE and t.dep_ in _SUBJ + ("advmod", "dobj", "pobj"):
            drop.add(t.i)  # 'which'/'where' of a relative clause: the antecedent stands in for it
    drop.update(_parenthesised(main))
    keep = [t for t in main.subtree if t.i not in drop]
    keep += [t for t in subject if t.i not in drop]
    stop = next((t.i for t in keep if t.text in (":", ";") and t.i > max(main.i, anchor.i)), None)
    if stop is not None:
        keep = [t for t in keep if t.i < stop]  # 'We have seen momentous events this week: ...'
    return sorted({t.i: t for t in keep}.values(), key=lambda t: t.i)


def _joins_kept(cc, main, anchor) -> bool:
    """Whether an 'and' of the verb joins it to a verb the line keeps."""
    after = [c for c in main.children if c.dep_ == "conj" and c.i > cc.i]
    return bool(after) and not (
        _is_side(after[0], main) and not after[0].left_edge.i <= anchor.i <= after[0].right_edge.i
    )


def _is_side(t, main) -> bool:
    dep = t.dep_
    if dep in ("npadvmod", "advmod") and t.head == main and t.text.lower() in _DEICTIC:
        return True  # another date's 'today' (this event's date is dropped apart)
    if dep == "appos" or dep == "npadvmod":  # set off by commas: an aside ('A lawyer by training, Wang ...')
        start, after = t.left_edge.i, t.right_edge.i + 1
        opening = start == t.sent.start and after < len(t.doc) and t.doc[after].text == ","
        return opening or start > 0 and t.doc[start - 1].text in (",", "(", "—", "–", ":", ";")
    if dep in _SIDE:
        return True
    if dep == "conj" and _is_verb(t) and t.head == main:  # 'and has since occupied ...': another happening
        own = any(c.dep_ in _SUBJ + ("aux", "auxpass") for c in t.children)
        return own or any(x.text.lower() in _LATER or x.text in _WHEN for x in t.subtree)
    if dep == "prep" and t.text.lower() in ("according", "per") or t.text.lower() == "according":
        return True
    if dep == "advmod" and t.head.dep_ in ("advcl", "prep") and t.i + 1 < len(t.doc) and t.doc[t.i + 1].dep_ == "mark":
        return True  # 'shortly' of 'shortly after polls closed'
    return dep == "advmod" and t.head == main and t.text.lower() in _SENTENCE_ADVERBS


def _is_introduction(t, main, anchor) -> bool:
    """A phrase before the subject that a comma sets off from it ('In the first round of balloting,',
    'In Geneva on Tuesday,', 'Bob, without question,'): the scene, not the happening (dropped even
    when it holds the date)."""
    if t.head != main or t.dep_ in _SUBJ + ("ccomp", "csubj") or t.i > main.i:
        return False
    subj = next((c for c in main.children if c.dep_ in _SUBJ), None)
    start = subj.left_edge.i if subj is not None else main.i
    if t.right_edge.i >= start:
        return False
    return any(t.doc[i].text in (",", "—", "–") for i in range(t.right_edge.i + 1, start))


def _parenthesised(main) -> set[int]:
    out: set[int] = set()
    depth = 0
    for t in main.subtree:
        if t.text in ("(", "["):
            depth += 1
        if depth:
            out.add(t.i)
        if t.text in (")", "]") and depth:
            depth -= 1
    return out


def _drop_date(keep, main, date_tokens) -> list:
    """The clause without its date phrase, unless the date is all a copula has ('was on
    Tuesday') or all there is before the verb ('Yesterday began like any other day')."""
    if any(
        main.doc[i].dep_ == "poss" and main.doc[i].head.i not in date_tokens for i in date_tokens if i < len(main.doc)
    ):
        return keep  # "triumph in Sunday's election": without it, 'in election' (not "in two years' time")
    rest = [t for t in keep if t.i not in date_tokens]
    is_copula = main.text.lower() in ("is", "was", "are", "were", "be", "been", "will", "'s")
    complements = [t for t in rest if t.head == main and t.dep_ in ("attr", "acomp", "prep", "dobj", "oprd")]
    if is_copula and not complements:
        return keep
    before = [t for t in keep if t.i < main.i]
    if before and all(t.i in date_tokens for t in before) and not any(c.dep_ in _SUBJ for c in main.children):
        return keep
    return rest


def _prune(keep, main, subject, anchor) -> list:
    """Optional parts dropped, the largest first, until the line fits."""
    keep_ids = {t.i for t in keep}
    core = {main.i} | {t.i for t in subject}
    core |= {c.i for c in main.children if c.dep_ in _SUBJ + ("dobj", "neg", "aux", "auxpass", "attr", "acomp")}
    core |= {j.i for c in main.children if c.dep_ in _SUBJ for j in c.children if j.dep_ == "conj"}  # 'X and Y met'
    core |= {c.i for v in keep if _is_verb(v) for c in v.children if c.dep_ in ("attr", "acomp")}  # 'is ...'
    core |= {c.i for v in keep if v.text.lower() in _BE for c in v.children if c.dep_ == "prep"}  # 'is at the top'
    for _ in range(40):
        if _count(keep_ids, main.doc) <= LIMIT:
            break
        options = [
            t
            for i in sorted(keep_ids)
            for t in (main.doc[i],)
            if t.dep_ in _OPTIONAL and t.i not in core and not (t.left_edge.i <= main.i <= t.right_edge.i)
        ]
        inner = [t for t in options if not (t.head == main and t.dep_ in ("ccomp", "xcomp"))]
        options = inner or options  # what was said is cut down before it is cut off
        if not options:
            break
        worst = max(options, key=lambda t: (sum(1 for x in t.subtree if x.i in keep_ids), -t.i))
        keep_ids -= {x.i for x in worst.subtree}
    return [main.doc[i] for i in sorted(keep_ids)]


def _count(ids, doc) -> int:
    return sum(1 for i in ids if not doc[i].is_punct)


def _has_verb(keep) -> bool:
    return any(_is_verb(t) for t in keep)


def _words(keep, main, names, subject, present: bool) -> list[str]:
    """The line's words, who said it first: what a saying reports before its speaker ('Liberia
    is free of Ebola, the WHO announced') comes after the speaker and the verb."""
    said = {
        t.i for c in main.children if c.dep_ == "ccomp" and c.i < main.i and _before_subject(c, main) for t in c.subtree
    }
    rest = [t for t in keep if t.i not in said]
    front = [t for t in keep if t.i in said]
    moved = _render(front, main, names, subject, present)
    if moved and front[0].tag_ not in ("NNP", "NNPS") and front[0].text != "I" and front[0].i not in names:
        moved[0] = moved[0][:1].lower() + moved[0][1:]  # '... says the assistance will ...'
    late = {t.i for t in subject} if subject and subject[0].i > main.i else set()
    if late:  # 'Addressing the troops today, the minister ...': the minister first
        doer = _render([t for t in rest if t.i in late], main, names, subject, present)
        done = _render([t for t in rest if t.i not in late], main, names, subject, present)
        if done and main.tag_ != "NNP" and not main.text.isupper():
            done[0] = done[0][:1].lower() + done[0][1:]
        return doer + done + moved
    return _render(rest, main, names, subject, present) + moved


def _before_subject(t, main) -> bool:
    subj = next((c for c in main.children if c.dep_ in _SUBJ), None)
    return subj is not None and t.right_edge.i < subj.left_edge.i


def _render(keep, main, names, subject, present: bool) -> list[str]:
    """The kept tokens as words: a token written against the one before it ('U.S.', "Russia's",
    'anti-tank') is glued to it; punctuation goes, but a comma between two kept neighbours."""
    forms = _agreement(main, names) | _nonfinite(main, keep, names, subject, present)
    forms |= _present(main, keep, names, subject) if present else {}
    ids = {t.i for t in keep}
    out: list[str] = []
    prev = None
    for t in keep:
        text = names.get(t.i) or forms.get(t.i, t.text)
        if text == "" or t.text in _QUOTES:
            continue
        if t.is_punct and t.text not in ("-", "–", "&", "/", "$", "€", "£"):
            if t.text == "," and out and prev is not None and prev.i == t.i - 1 and t.i + 1 in ids:
                out[-1] += ","
            continue
        if out and prev is not None and t != main and t.dep_ == "conj" and _is_verb(t) and t.i > prev.i + 1:
            if t.doc[t.i - 1].text == "," and not out[-1].endswith(","):
                out[-1] += ","  # 'left Liberia, [arrived ...,] had no symptoms'
        glued = prev is not None and t.i == prev.i + 1 and not prev.whitespace_
        if text.startswith(" "):
            out.append(text.strip())  # "we're" -> 'NATO is'
        elif out and (glued or t.text in _WORD_JOINERS):
            out[-1] += text
        else:
            out.append(text)
        prev = t
    return out


def _subject_of(main, keep, subject):
    subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (subj is None or subj.text.lower() in _RELATIVE) and subject:
        subj = next((t for t in subject if t.head.i not in {s.i for s in subject} or t.head == t), subject[0])
    return subj


def _plural(subj, names) -> bool:
    if subj.i in names:
        return False
    low = subj.text.lower()
    if low in _SINGULAR_PRONOUNS:
        return False
    if low in _PLURAL_PRONOUNS:
        return True
    if subj.tag_ == "NNPS":  # 'Americans', but not 'Wikinews', 'the United States'
        return low.endswith(("ans", "ers", "ats", "ists", "ites")) and not any(
            c.dep_ == "compound" for c in subj.children
        )
    joined = any(c.dep_ == "conj" for c in subj.children) and any(c.dep_ == "cc" for c in subj.children)
    return subj.tag_ == "NNS" or joined or _names_joined_before(subj)  # 'the US and Britain'


def _names_joined_before(subj) -> bool:
    """Two names joined by 'and' before the subject's head, that the parse hangs on it ('Minister Jane
    Roe and Chief Executive John Doe met': 'Roe' a modifier of 'Doe'); not an 'and' inside a
    phrase of it ('the Minister of Trade and Industry', "Bosnia and Herzegovina's president")."""
    for cc in subj.subtree:
        if cc.i > subj.i or cc.dep_ != "cc" or cc.lower_ != "and" or cc.head.tag_ not in ("NNP", "NNPS"):
            continue
        t = cc.head
        while t != subj and t.dep_ in ("nmod", "compound", "conj") and t.head != t:
            t = t.head
        if t == subj:
            return True
    return False


_THIRD_FORMS = {"am": "is", "are": "is", "were": "was", "have": "has", "do": "does"}
_CONTRACTIONS = {"'ve": "have", "'m": "am", "'re": "are", "'ll": "will", "'d": "had"}  # "'s": also a possessive


def _contraction(t) -> str | None:
    """The auxiliary a contraction glued to the word before it stands for ("I've", 'we’re', "she'd"),
    whatever the parse tagged it (it often takes a curly "’ve" for a noun); None for any other token."""
    full = _CONTRACTIONS.get(t.text.lower().replace("’", "'"))
    if full is None or t.i == 0 or t.doc[t.i - 1].whitespace_:
        return None
    if full == "had" and not any(v.tag_ in ("VBN", "VBD") for v in t.doc[t.i + 1 : t.i + 3]):
        return "would"  # "she'd go", not "she'd gone"
    return full


def _auxiliaries(main, keep=None) -> list:
    """The verb's auxiliaries: its aux children and a contraction just before the verb group that the
    parse hung elsewhere ('I’ve returned' with "’ve" an apposition of 'I')."""
    aux = [c for c in main.children if c.dep_ in ("aux", "auxpass")]
    between = {a.i for a in aux} | {c.i for c in main.children if c.dep_ in ("neg", "advmod")}
    for t in main.doc[max(main.sent.start, main.i - 4) : main.i]:
        if t not in aux and _contraction(t) and all(i in between for i in range(t.i + 1, main.i)):
            aux.append(t)
    return sorted(aux, key=lambda t: t.i)


def _word(t) -> str:
    """A verb's word, a contraction written out: "'ve" -> 'have'."""
    return _contraction(t) or t.text.lower()


def _agreement(main, names) -> dict[int, str]:
    """The verb of a subject 'I'/'we' that became a name, in the third person ('I am' -> 'Name is',
    "we're" -> 'NATO is', "I’ll" -> 'Name will'); the verb itself otherwise."""
    subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i in names), None)
    if subj is None:
        return {}
    first = min([main, *_auxiliaries(main)], key=lambda t: t.i)
    word = _word(first)
    form = _THIRD_FORMS.get(word, word)
    if _contraction(first):
        return {first.i: " " + form}  # written apart from the name: 'Name has'
    if word in _THIRD_FORMS:
        return {first.i: form}
    if first.tag_ == "VBP" and first == main:
        from generator.annotate.lemmas import getInflection

        forms = getInflection(main.text.lower(), tag="VBZ")
        return {main.i: forms[0]} if forms else {}
    return {}


def _present(main, keep, names, subject) -> dict[int, str]:
    """Token index -> its present-tense form (or '' to drop it), for the verb groups the rules
    know: a simple past ('met'), a past passive ('was killed'), 'did not' and a perfect ('has
    approved'); {} for anything else (a modal, a future, a progressive) or a subject-less verb."""
    from generator.annotate.lemmas import getInflection, getLemma

    subj = _subject_of(main, keep, subject)
    if subj is None or subj.text.lower() == "i" and subj.i not in names:
        return {}
    aux = _auxiliaries(main)
    tag = "VBP" if _plural(subj, names) else "VBZ"

    def inflect(word: str) -> str | None:
        lemma = getLemma(word.lower(), upos="VERB")
        if lemma and lemma[0] == "be":
            forms: tuple = ("is",) if tag == "VBZ" else ("are",)  # not 'am'
        else:
            forms = getInflection(lemma[0], tag=tag) if lemma else ()
        if not forms:
            return None
        return forms[0].capitalize() if word[:1].isupper() else forms[0]

    words = [_word(a) for a in aux]
    if not aux and main.tag_ == "VBG" and object_praised_for(main) is not None:
        form = inflect(main.text)  # 'thanked Norway for hosting the talks' -> 'Norway hosts the talks'
        return {main.i: form} if form else {}
    participle = main.dep_ == "acl" and not _has_subject(main)  # 'Statistics published today': _nonfinite
    if not aux and main.tag_ == "VBD" and not participle and not _contraction(main):  # "’m" taken for a verb
        ids = {t.i for t in keep}
        joined = [c for c in main.children if c.dep_ == "conj" and c.tag_ == "VBD" and c.i in ids]
        joined = [v for v in joined if not any(x.dep_ in _SUBJ + ("aux", "auxpass") for x in v.children)]
        if _split_perfect(main, joined):
            return {main.i: "", **{v.i: f for v in joined[:1] if (f := inflect(v.text))}}
        forms = {v.i: inflect(v.text) for v in [main, *joined]}  # 'dissolved ... and announced': both
        return {i: f for i, f in forms.items() if f}
    if words in (["was"], ["were"]) and main.tag_ == "VBN":
        form = inflect(aux[0].text)
        return {aux[0].i: form} if form else {}
    if words == ["did"]:
        form = inflect(aux[0].text)
        return {aux[0].i: form} if form else {}
    if words in (["has"], ["have"], ["had"]) and main.tag_ in ("VBN", "VBD") and main.text.lower() != "been":
        form = inflect(main.text)
        return {aux[0].i: "", main.i: form} if form else {}
    if words in (["has", "been"], ["have", "been"], ["had", "been"]) and main.tag_ == "VBN":
        form = inflect("was")
        return {aux[0].i: "", aux[1].i: form} if form else {}
    return {}


def _nonfinite(main, keep, names, subject, present: bool) -> dict[int, str]:
    """Token index -> its finite form, for a participle or an infinitive whose subject the line
    borrows (it has none of its own): 'the celebrations starting on July 3' -> 'start', 'the
    meeting, scheduled for Monday' -> 'is scheduled', 'the mayors ... to meet officials' -> 'meet'
    (kept 'to meet' for a planned happening: 'The mayors to meet officials', as a headline says)."""
    from generator.annotate.lemmas import getInflection

    own_aux = any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in main.children)
    if not subject or _has_subject(main) or own_aux:
        return {}
    if main.dep_ in ("acl", "relcl") and infinitive(main) and not _intention(main):
        return {}  # 'the money to rebuild the bridge': the money does not rebuild it
    subj = _subject_of(main, keep, subject)
    if subj is None or subj.text.lower() in ("i", "you") and subj.i not in names:
        return {}
    plural = _plural(subj, names)
    to = next((c for c in main.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    participle = main.tag_ == "VBN" or main.tag_ == "VBD" and main.dep_ == "acl"  # 'Statistics published today'
    if participle and to is None:
        word = main.text.lower() if main.i == main.sent.start and main.text.istitle() else main.text
        return {main.i: ("are " if plural else "is ") + word}  # 'Launched in 2013, the probe': 'is launched'
    if main.tag_ == "VBG" and to is None or main.tag_ == "VB" and to is not None and present:
        forms = getInflection(verb_lemma(main), tag="VBP" if plural else "VBZ")
        if not forms:
            return {}
        return {main.i: forms[0]} | ({to.i: ""} if to is not None else {})
    return {}


def _split_perfect(main, joined) -> bool:
    """A perfect that an adverbial cuts in two, which the parse takes for two verbs ('he had earlier in
    the day met the minister': 'had' with 'met' joined to it, no 'and' between, no object of 'had')."""
    if main.text.lower() not in ("had", "has", "have") or not joined:
        return False
    if any(c.dep_ in ("cc", "dobj", "attr") for c in main.children if c.i < joined[0].i):
        return False
    return joined[0].tag_ in ("VBN", "VBD") and joined[0].i - main.i > 1


def cut_line(text: str) -> str:
    """A text as a line: its first ``LIMIT`` words, without quotation marks."""
    words = [w for w in "".join(c for c in text if c not in _QUOTES).split() if w]
    return _finish(words[:LIMIT]) or "(no text)"


_DANGLING = {"and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "over", "as", "the", "a"}


def _finish(words: list[str]) -> str:
    split = " ".join(words).split()
    words = [w for k, w in enumerate(split) if not _repeated(split, k)][:LIMIT]
    while len(words) > 1 and words[-1].lower().strip(",;:") in _DANGLING:
        words.pop()  # a cut or a dropped date leaves 'and', 'over' at the end
    text = " ".join(words).strip(" ,;:-–—")
    return text[:1].upper() + text[1:] if text else text


def _repeated(words: list[str], k: int) -> bool:
    """A little word the same as the one before it, which a dropped quotation mark or side part
    leaves ('said the “the team is ready' -> 'the team', 'Tennessee and [...] and flooding')."""
    low = words[k].lower()
    return k > 0 and low in _DANGLING and words[k - 1].lower() == low


def _fallback(sent, date_tokens) -> str:
    """The sentence's first words (without quotation marks), when no clause can be cut."""
    words = [t.text for t in sent if t.text not in _QUOTES and t.i not in date_tokens and not t.is_space]
    if not words:
        words = [t.text for t in sent if not t.is_space] or ["(no text)"]
    text = _finish(_join(words)[:LIMIT])
    return text or "(no text)"


def _join(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        if out and (w in _WORD_JOINERS or w in (",", ".", ";", ":", ")", "?", "!")):
            out[-1] += w
        else:
            out.append(w)
    return out
