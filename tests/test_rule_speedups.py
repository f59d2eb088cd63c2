"""The annotator's fast paths (prefilters, patterns searched another way) find what the plain patterns find:
each checked against the pattern it stands for, on invented sentences."""

from __future__ import annotations

import re

from generator.annotate import aliases, events, nlp, people, places
from generator.annotate.cast import ROLE_PHRASE
from generator.annotate.nlp import lowered_words, parse_blocks

_SENTENCES = [
    "Officials in Beijing said the talks moved to Lima and then into Quito.",
    "xin Beijing, (in Beijing) and in Beijing Today; into Lima and to Angol.",
    "Towards Quito, towards Quito, toward Quito, xtoward Quito, it-to Lima.",
    "They flew to To Lima, then to In amenas, from McDonald, and O'Neil or Lee.",
    "Visitors came from Aa, Bb, and Cc or Dd and Ee 5, then near A1 to B2 at C-d at D’e.",
    "The plane landed at Congonhas airport after a stop near the Nazirpur river station.",
    "Crowds gathered outside the town of Vilankulos, off the coast of Sumatra and the state of Florida.",
    "The port of call, a statement of Intent, and the city of lights.",
    "Her deputy secretary met the Kenyan foreign minister and its Secretary-General.",
]
_AFTER_PREPOSITION = re.compile(
    r"(?<![\w'’-])(?:[Ii]n|[Aa]t|[Nn]ear|[Tt]o|[Ii]nto|[Ff]rom|[Aa]cross|[Oo]utside|[Tt]owards?) "
    r"([A-Z][\w'’-]+)(?![\w'’-]| [A-Z\d])"
)
_LISTED = re.compile(r"(?:(?<=, )|(?<=, and )|(?<= and )|(?<=, or )|(?<= or ))[A-Z][\w'’-]+(?![\w'’-]| [A-Z\d])")


def test_after_preposition_finds_what_the_pattern_finds():
    for text in _SENTENCES:
        want = [(m.start(1), m.end(1), m[1]) for m in _AFTER_PREPOSITION.finditer(text)]
        assert places._after_preposition(text) == want, text
    assert [w for _, _, w in places._after_preposition(_SENTENCES[1])] == ["Beijing", "Lima", "Angol"]


def test_listed_finds_what_the_pattern_finds():
    for text in _SENTENCES:
        assert [m.span() for m in places._listed(text)] == [m.span() for m in _LISTED.finditer(text)], text
    assert [m[0] for m in places._listed(_SENTENCES[4])] == ["Bb", "Cc", "Dd"]


def test_prefilters_pass_every_text_the_pattern_matches():
    for text in _SENTENCES:
        assert places._kind_of_a_place(text) or not places._KIND_OF.search(text), text
        assert places._FACILITY_HEAD.search(text) or not places._FACILITY.search(text), text
    assert places._kind_of_a_place(_SENTENCES[6]) and not places._kind_of_a_place(_SENTENCES[7])
    assert places._FACILITY_HEAD.search(_SENTENCES[5]) and not places._FACILITY_HEAD.search(_SENTENCES[0])


_GROUP_TEXTS = [
    "The police said, and some protesters fled. Thousands of voters, the the court; 12 police, a12 police.",
    "xpolice Police POLICE co-conspirators Riot police and hundreds of Security Forces; his opposition.",
    "Many, many demonstrators.\nSome authorities; their interim government; eligible voters 2024 lawmakers.",
    "No group at all stands in this sentence, nor in a policeman's notebook.",
    "Résumé: the police and many ſtudents.",  # not ASCII: the plain patterns
]


def test_group_search_finds_what_the_patterns_find():
    for text in _GROUP_TEXTS:
        assert [m.span() for m in aliases._group_finditer(text)] == [m.span() for m in aliases._GROUP.finditer(text)]
        assert aliases._a_group_noun(text) == bool(aliases._GROUP_NOUN.search(text)), text
    assert [m[0] for m in aliases._group_finditer(_GROUP_TEXTS[0])][:3] == [
        "The police",
        "some protesters",
        "Thousands of voters",
    ]
    assert not aliases._a_group_noun(_GROUP_TEXTS[3])


def test_lowered_words_hold_every_noun_a_pattern_finds():
    doc = parse_blocks(["The Prime Minister and the Security Forces met; co-conspirators fled."])[0]
    words = lowered_words(doc)
    assert words is not None and {"prime", "minister", "forces", "conspirators", "co"} <= words
    assert not words.isdisjoint(aliases._GROUP_LAST_WORDS) and not words.isdisjoint(aliases._ROLE_LAST_WORDS)
    assert lowered_words(parse_blocks(["The café’s owner spoke."])[0]) is None  # not ASCII: no words, no prefilter
    for text in _GROUP_TEXTS + _SENTENCES:
        run = frozenset(re.findall("[a-z]+", text.lower()))
        if aliases._GROUP_NOUN.search(text) and text.isascii():
            assert not run.isdisjoint(aliases._GROUP_LAST_WORDS), text
        if ROLE_PHRASE.search(text) and text.isascii():
            assert not run.isdisjoint(aliases._ROLE_LAST_WORDS), text


_DATED = [
    "They met on 2 and 3 May, between 4th and 6th of June and from 7 to 9 Aug. 2015.",
    "The vote was 5-4 June 26; 12 through 14 October; 1 until 3 Sept. and 3 – 5 Dec.",
    "The vote came in 2019, with 12 members on May 3.",
]


def test_day_to_day_prefilter_holds_every_match():
    for text in _DATED + _SENTENCES:
        assert events._DAY_TO_DAY.search(text) or not events._DAYS_OF_A_MONTH.search(text), text
    assert events._DAYS_OF_A_MONTH.search(_DATED[0]) and not events._DAY_TO_DAY.search(_DATED[2])


def test_speaking_words_stand_whole_in_every_match():
    texts = [
        '"We left," Ana Lobo told AFP. According to Ana Lobo, it rained.',
        "Ana Lobo, a farmer from the Bay region, said the rain came. Farmer Ana Lobo added that it stopped.",
        "Ana Lobo, Commissioner for Justice, Consumers and Equality, added: it was done. said Ana Lobo.",
        "The rain came, according to Ana Lobo. The farmer Ana Lobo said it stopped.",
    ]
    for text in texts:
        runs = frozenset(re.findall("[a-z]+", text.lower()))
        for rx, needed in zip(people._SPEAKING, people._SPEAKING_RUNS):
            assert not rx.search(text) or not any(map(runs.isdisjoint, needed)), (rx.pattern[:40], text)
        for rx, after in zip(people._SPEAKING, people._SPEAKING_AFTER_A_STOP):
            assert [m.span() for m in people._after_stops(rx, after, text)] == [m.span() for m in rx.finditer(text)]
    assert all(any(rx.search(t) for t in texts) for rx in people._SPEAKING)  # each pattern met at least once


_WINDOWS = [
    "the vessels Orient Queen and ",
    "two cutters, Kestrel, ",
    "named after hurricanes Iota and ",
    "the TROPICAL STORM ",
    "the HMS Queen ",
    "aboard the MV ",
    "the Boeing 737 ",
    "in Boeing's 737 ",
    "a car-sized rover named ",
    'the device called "',
    "the vessels Orient Queen and \n",
    "in May 2019 ",
    "said the minister ",
]


def test_window_tests_pass_every_window_a_pattern_matches():
    for w in _WINDOWS:
        assert aliases._after_a_ship_prefix(w) == bool(aliases._SHIP_PREFIX.search(w)), w
        if aliases._LISTED_NAMES.search(w):
            assert aliases._before_the_end(w).endswith((", ", " and ", " or ", " & ")), w
        if aliases._MAKER_AND_NUMBER.search(w) or aliases._OWNED_NUMBER.search(w):
            assert aliases._ends_in_a_number(w), w
        if aliases._NAMED_AFTER.search(w):
            assert any(v in w for v in aliases._NAMING_VERBS), w
        assert aliases._storm("Eta", w) == bool(aliases._STORM_BEFORE.search(w)), w
    assert aliases._storm("Eta", _WINDOWS[3]) and not aliases._storm("Eta", _WINDOWS[-1])
    assert aliases._listed_after_a_thing_noun(_WINDOWS[0]) and aliases._listed_after_a_thing_noun(_WINDOWS[10])
    assert not aliases._ends_in_a_number(_WINDOWS[-1])


def test_for_names_finds_what_the_pattern_finds():
    texts = [
        "Ana Lobo fled her village. For Ana Lobo, it was long.",
        "For Ana Lobo, it was long. Ana Lobo fled. Jo Roe ran.",
        ". Ana Lobo fled",
        "no name here.",
    ]
    for text in texts:
        want = [(m.span(), m["name"], m["subject"]) for m in people._FOR_NAME.finditer(text)]
        assert [(m.span(), m["name"], m["subject"]) for m in people._for_names(text)] == want, text
    assert [m["name"] or m["subject"] for m in people._for_names(texts[1])] == ["Ana Lobo", "Ana Lobo", "Jo Roe"]


def test_units_test_passes_every_text_named_places_matches():
    texts = [
        "the cities of Aruja, Francisco Morato and Franco da Rocha",
        "The state of Minas Gerais and the Harris county of Texas.",
        "the city of lights, the head of State",
    ]
    for text in texts:
        assert aliases._units_of_a_name(text) or not aliases._NAMED_PLACES.search(text), text
    assert aliases._units_of_a_name(texts[0]) and not aliases._units_of_a_name(texts[2])


def test_organisation_mending_keeps_what_it_mended():
    """The tests on an organisation's text before its tokens are walked leave the mending as it was: a model's
    designation cut off, an acronym in brackets split off, a name with neither left alone."""
    from spacy.tokens import Span

    doc = parse_blocks(
        ["They flew a Royal Air Force A400M to the Agency for International Development (USAID offices."]
    )[0]
    words = [t.text for t in doc]
    raf = Span(doc, words.index("Royal"), words.index("M") + 1, label="ORG")  # 'A400M': two tokens
    assert nlp._without_a_model(doc, raf).text == "Royal Air Force"
    agency = Span(doc, words.index("Agency"), words.index("USAID") + 1, label="ORG")
    assert [e.text for e in nlp._split_acronym(doc, agency)] == ["Agency for International Development", "USAID"]
    plain = Span(doc, words.index("Agency"), words.index("Development") + 1, label="ORG")
    assert nlp._without_a_model(doc, plain) is plain and nlp._split_acronym(doc, plain) == [plain]
    assert nlp._name_of(doc, plain) == plain.text


def test_capital_runs_hold_every_acronym_token():
    doc = parse_blocks(
        ["Grants went to OXFAM and the Red Cross, to the African Union and ECOWAS, and to U.S. AIDs-fund."]
    )[0]
    acronyms = [t.i for t in doc if nlp._acronym_form(t.text)]
    found = [t.i for t in nlp._in_capital_runs(doc, doc.text)]
    assert acronyms and set(acronyms) <= set(found) and found == sorted(set(found))


def test_sentence_at_finds_the_sentence_holding_a_character():
    doc = parse_blocks(["Ana Lobo fled. She walked for days.  Then she rested."])[0]
    sents = nlp.sentences(doc)
    assert len(sents) == 3
    for char in range(len(doc.text) + 3):
        want = next((s for s in sents if s.start_char <= char < s.end_char), sents[-1])
        assert nlp.sentence_at(doc, char) == want, char


def test_title_ends_finds_what_the_pattern_finds():
    texts = ["The U.S. envoy met Gen. Jo Roe and Lt. Col. Ana Lobo.", "It was Capt.\nRichard Phillips.", "No title."]
    for text in texts:
        want = [
            m.end() for m in nlp._TITLE_SPLIT.finditer(text) if not (m.start() and re.match(r"\w", text[m.start() - 1]))
        ]
        assert nlp._title_ends(text) == want
    assert nlp._title_ends(texts[0]) and nlp._title_ends(texts[1]) and not nlp._title_ends(texts[2])
