"""Entity spans mended by generator.annotate.nlp: the model's ORG pieces given by hand, so each rule
is tested on what it is given, whatever the model would make of the sentence."""

from __future__ import annotations

from spacy.tokens import Span

from generator.annotate.cast import Cast
from generator.annotate.nlp import _linked_names, _mend_orgs, load_nlp


def _org_spans(text: str, pieces) -> tuple:
    """The text's Doc and each piece of it as an ORG span."""
    doc = load_nlp().make_doc(text)
    ents = []
    for piece in pieces:
        span = doc.char_span(text.index(piece), text.index(piece) + len(piece))
        assert span is not None, piece
        ents.append(Span(doc, span.start, span.end, label="ORG"))
    return doc, ents


def _orgs(text: str, *pieces: str) -> list[str]:
    return [e.text for e in _mend_orgs(*_org_spans(text, pieces))]


def test_a_one_word_piece_before_and_a_body_noun_is_one_name() -> None:
    text = "Crews from the Pilotage and Lighthouse Authority helped."
    assert _orgs(text, "Pilotage") == ["Pilotage and Lighthouse Authority"]


def test_a_body_named_by_its_noun_before_and_stays_apart() -> None:
    text = "Crews from the Council and Harbour Authority helped."
    assert _orgs(text, "Council") == ["Council"]


def test_a_count_before_a_name_is_no_part_of_it() -> None:
    text = "She sent the 3 Coast Patrol cutters north."
    assert _orgs(text, "the 3 Coast Patrol") == ["Coast Patrol"]


def test_a_ship_with_a_coastguard_prefix_is_no_actor() -> None:
    cast = Cast()
    cast.add("HMC Resolute", "person", 0, 0, 12, "HMC Resolute")
    cast.add("RFA Tidewater", "organization", 0, 20, 33, "RFA Tidewater")
    assert cast.actors() == []


def test_a_models_designation_is_no_part_of_the_owners_name() -> None:
    text = "Crews flew in on 2 Royal Air Corps C130J transports."
    assert _orgs(text, "Royal Air Corps C130J") == ["Royal Air Corps"]


def test_a_surname_that_is_a_month_after_a_first_name_is_a_name() -> None:
    from generator.annotate.nlp import _mend_misreads

    doc = load_nlp().make_doc("Briefers: Dolores May and Hana Reed. The May vote is due.")
    may, vote_may = [Span(doc, t.i, t.i + 1, label="DATE") for t in doc if t.text == "May"]
    assert [e.text for e in _mend_misreads(doc, [may, vote_may])] == ["Dolores May", "May"]


def test_no_sentence_ends_at_a_title_s_abbreviation() -> None:
    from generator.annotate.nlp import parse_blocks, sentences

    (doc,) = parse_blocks(["On Monday naval forces rescued Capt. Jane Doe, the master of the ship. She was unhurt."])
    assert [s.text for s in sentences(doc)] == [
        "On Monday naval forces rescued Capt. Jane Doe, the master of the ship.",
        "She was unhurt.",
    ]


def _linked(text: str, *people: str) -> list[tuple[str, str]]:
    doc = load_nlp().make_doc(text)
    ents = []
    for piece in people:
        span = doc.char_span(text.index(piece), text.index(piece) + len(piece))
        assert span is not None, piece
        ents.append(Span(doc, span.start, span.end, label="PERSON"))
    return [(e.text, e.label_) for e in _linked_names(doc, ents)]


def test_a_person_read_from_a_capitalised_link_word_is_the_body_it_ends() -> None:
    text = "The medical group Surgeons Without Walls warned the ministry on Friday."
    assert _linked(text, "Without Walls") == [("Surgeons Without Walls", "ORG")]


def test_a_capitalised_run_with_a_link_word_inside_is_a_body_when_the_model_finds_nothing() -> None:
    text = "Pilots Against Noise said the new runway would be built anyway."
    assert ("Pilots Against Noise", "ORG") in [(e.text, e.label_) for e in load_nlp()(text).ents]


def test_a_link_word_in_a_heading_or_a_title_makes_no_body() -> None:
    assert _linked("Rail Strike Ends Without Deal") == []
    assert _linked("The Minister Of Transport said the runway would be built.") == []
    assert _linked("The Minister Of Transport said the runway would be built.", "Of Transport") == [
        ("Of Transport", "PERSON")
    ]


def _mended(text: str, *pieces: tuple[str, str]) -> list[tuple[str, str]]:
    doc = load_nlp().make_doc(text)
    doc[0].is_sent_start = True
    for t in doc[1:]:
        t.is_sent_start = False
    ents = []
    for piece, label in pieces:
        span = doc.char_span(text.index(piece), text.index(piece) + len(piece))
        assert span is not None, piece
        ents.append(Span(doc, span.start, span.end, label=label))
    return [(e.text, e.label_) for e in _mend_orgs(doc, ents)]


def test_a_place_or_people_before_the_rest_of_a_bodys_name_opens_it() -> None:
    text = "The Welsh Executive and the Bristol District Attorney’s Office met the Norland Parliament on Monday."
    got = _mended(text, ("Welsh", "NORP"), ("Bristol", "GPE"), ("Norland", "GPE"), ("Parliament", "ORG"))
    assert got == [
        ("Welsh Executive", "ORG"),
        ("Bristol District Attorney’s Office", "ORG"),
        ("Norland Parliament", "ORG"),
    ]


def test_a_possessive_place_a_heading_and_a_plain_noun_stay_apart() -> None:
    text = "Norland's Electoral Commission met Welsh farmers on Monday."
    got = _mended(text, ("Norland", "GPE"), ("Electoral Commission", "ORG"), ("Welsh", "NORP"))
    assert got == [("Norland", "GPE"), ("Electoral Commission", "ORG"), ("Welsh", "NORP")]
    assert _mended("Norland Opposition Forms Interim Council", ("Norland", "GPE")) == [("Norland", "GPE")]


def test_an_untagged_acronym_listed_with_a_body_is_a_body() -> None:
    from generator.annotate.nlp import _paired_acronyms

    def paired(text: str, *orgs: str) -> list[str]:
        return [e.text for e in _paired_acronyms(*_org_spans(text, orgs))]

    assert paired("Aid went to OXFAM and the Red Cross.", "the Red Cross") == ["OXFAM", "the Red Cross"]
    assert paired("Members such as the Arctic Council and NORDA joined.", "the Arctic Council") == [
        "the Arctic Council",
        "NORDA",
    ]
    assert paired("They will defeat NORDA and then go home.") == []  # no body beside it
    assert paired("SENIOR NORDA OFFICIAL and the Arctic Council met.", "the Arctic Council") == ["the Arctic Council"]


def test_a_name_before_a_lower_case_noun_of_a_group_is_the_groups_name() -> None:
    from generator.annotate.nlp import _named_groups

    def grown(text: str, piece: str, label: str) -> list[str]:
        doc = load_nlp().make_doc(text)
        span = doc.char_span(text.index(piece), text.index(piece) + len(piece))
        assert span is not None, piece
        return [e.text for e in _named_groups(doc, [Span(doc, span.start, span.end, label=label)])]

    assert grown("He ran the Tarvo Valley drug cartel.", "Tarvo Valley", "LOC") == ["Tarvo Valley drug cartel"]
    assert grown("Members of the Brenner group met.", "Brenner", "ORG") == ["Brenner group"]
    assert grown("Brenner group members met.", "Brenner", "ORG") == ["Brenner"]  # no 'the': no name of a group
    assert grown("The Brenner family met.", "Brenner", "PERSON") == ["Brenner"]


def test_a_facility_ending_in_a_noun_of_a_group_is_the_groups_organisation() -> None:
    from generator.annotate.nlp import _named_groups

    def labels(text: str, piece: str, label: str) -> list[tuple[str, str]]:
        doc = load_nlp().make_doc(text)
        span = doc.char_span(text.index(piece), text.index(piece) + len(piece))
        assert span is not None, piece
        return [(e.text, e.label_) for e in _named_groups(doc, [Span(doc, span.start, span.end, label=label)])]

    said = "Fighting broke out between the Kolo-Kolo militia and the army."
    assert labels(said, "the Kolo-Kolo militia", "FAC") == [("the Kolo-Kolo militia", "ORG")]
    assert labels("They met at the Varno gang hut.", "the Varno gang hut", "FAC") == [("the Varno gang hut", "FAC")]
    assert labels("The old militia stood there.", "The old militia", "FAC") == [("The old militia", "FAC")]


def test_a_group_named_again_without_its_noun_is_that_group_not_a_place() -> None:
    import datetime as dt

    from generator.annotate.pipeline import annotate
    from generator.seeds.reader import parse_seed

    body = (
        "Fighting broke out between the Kolo-Kolo militia and the army last year. "
        "Villagers fear the Kolo-Kolo, who still roam the hills near Dunvale."
    )
    seed = parse_seed("a.txt", f" date 2023-04-06\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    ann = annotate(seed, {})
    group = next(a for a in ann.actors if a.slug == "kolo-kolo-militia")
    assert "the Kolo-Kolo" in group.aliases, group
    assert not any("Kolo" in p for p in ann.places), ann.places


def test_two_bodies_each_with_a_head_noun_after_and_stay_two() -> None:
    text = "She studied at The College of Mining and The Northern Polytechnic University."
    assert _orgs(text, "The College of Mining and", "The Northern Polytechnic University") == [
        "The College of Mining",
        "The Northern Polytechnic University",
    ]


def test_a_field_after_and_in_a_ministrys_name_stays_in_it() -> None:
    text = "The head of the Ministry of Forestry and Coastal Waters spoke."
    assert _orgs(text, "Ministry of Forestry and", "Coastal Waters") == ["Ministry of Forestry and Coastal Waters"]


def test_a_field_after_a_bare_and_in_a_ministrys_name_joins_it() -> None:
    text = "The head of the Ministry of Forestry and Coastal Waters spoke."
    assert _orgs(text, "Ministry of Forestry", "Coastal Waters") == ["Ministry of Forestry and Coastal Waters"]


def test_a_federations_members_after_and_join_its_name() -> None:
    text = "The League of Blue Star and Green Moon Clubs sent aid."
    assert _orgs(text, "The League of Blue Star", "Green Moon Clubs") == [
        "The League of Blue Star and Green Moon Clubs"
    ]


def test_a_body_with_a_head_noun_after_and_stays_apart() -> None:
    text = "The Ministry of Forestry and the Coastal Rescue Agency spoke."
    assert _orgs(text, "Ministry of Forestry", "the Coastal Rescue Agency") == [
        "Ministry of Forestry",
        "the Coastal Rescue Agency",
    ]
    assert _orgs(text.replace("the Coastal", "Coastal"), "Ministry of Forestry", "Coastal Rescue Agency") == [
        "Ministry of Forestry",
        "Coastal Rescue Agency",
    ]


def test_a_field_of_services_after_and_stays_in_a_departments_name() -> None:
    text = "The island's Department of Welfare and Family Services opened a clinic."
    assert _orgs(text, "Department of Welfare and", "Family Services") == ["Department of Welfare and Family Services"]


def test_a_name_run_on_after_and_stops_before_a_possessor() -> None:
    for mark in ("'", "’"):
        text = f"He met the Federation of Small Firms and Women{mark}s Business Network."
        assert _orgs(text, "the Federation of Small Firms and") == ["the Federation of Small Firms"]
    assert _orgs("He met the Federation of Small Firms and Family Farms.", "the Federation of Small Firms and") == [
        "the Federation of Small Firms and Family Farms"
    ]


def test_a_nations_body_named_by_its_fields_is_one_name() -> None:
    text = "Agents of U.S. Housing and Farm Inspection visited."
    assert _orgs(text, "U.S. Housing", "Farm Inspection") == ["U.S. Housing and Farm Inspection"]
    text = "Agents of the British Water and Forest Protection's office visited."
    assert _orgs(text, "the British Water", "Forest Protection's") == ["the British Water and Forest Protection's"]


def test_a_nations_body_and_another_body_or_a_company_stay_two() -> None:
    text = "The U.S. Coast Patrol and Harbour Police met."
    assert _orgs(text, "The U.S. Coast Patrol", "Harbour Police") == ["The U.S. Coast Patrol", "Harbour Police"]
    text = "The U.S. Treasury and Harbour Police met."
    assert _orgs(text, "The U.S. Treasury", "Harbour Police") == ["The U.S. Treasury", "Harbour Police"]
    text = "Shares of U.S. Copper and Zorvex Mining fell."
    assert _orgs(text, "U.S. Copper", "Zorvex Mining") == ["U.S. Copper", "Zorvex Mining"]
    text = "Shares of U.S. Copper and Chile Mining fell."
    assert _orgs(text, "U.S. Copper", "Chile Mining") == ["U.S. Copper", "Chile Mining"]


def test_a_nations_body_runs_on_over_its_fields_after_and() -> None:
    text = "Agents of U.S. Housing and Farm Inspection’s (HFI) new office visited."
    assert _orgs(text, "U.S. Housing") == ["U.S. Housing and Farm Inspection"]
    assert _orgs("Agents of U.S. Housing and Farm Inspection visited.", "U.S. Housing") == [
        "U.S. Housing and Farm Inspection"
    ]
    assert _orgs("Agents of U.S. Housing and Zorvex Mining visited.", "U.S. Housing") == ["U.S. Housing"]
