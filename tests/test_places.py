"""Places of an article: rules of ``annotate/places.py`` and the place parts of the cast."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.annotate.dateline import dateline
from generator.annotate.pipeline import annotate
from generator.annotate.places import abstract_head, header_places, named_venues
from generator.seeds.reader import parse_seed


def _places(body: str, date: str = "2023-04-06") -> tuple[str, ...]:
    seed = parse_seed("a.txt", f" date {date}\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    assert not hasattr(seed, "message"), seed
    return annotate(seed, {}).places


def test_a_short_country_name_used_as_a_noun_is_a_place():
    places = _places("Investment flowed into the UK, the report found.")
    assert "United Kingdom" in places, places


def test_a_short_country_name_used_as_an_adjective_is_no_place():
    places = _places("The report said the UK economy grew, and UK firms hired more staff.")
    assert "United Kingdom" not in places, places


def test_a_dateline_with_a_state_and_a_country():
    d = dateline("KESTRELTON, Northern Territory, Australia – Marines played football with local leaders.")
    assert d is not None and (d.city, d.region, d.country) == ("Kestrelton", "Northern Territory", "Australia")
    places = _places("KESTRELTON, Northern Territory, Australia – Marines played football with local leaders.")
    assert places[:3] == ("Kestrelton", "Northern Territory", "Australia"), places


def test_the_place_line_of_a_transcript_heading():
    assert header_places("Secretary Jane Roe Santiago, Chile March 11, 2006") == [(19, "Santiago", "Chile")]
    assert header_places("Statement by the President Riverbend Golf Club Kennebunkport, Maine") == [
        (47, "Kennebunkport", "Maine")
    ]
    assert header_places("For Immediate Release Office of the Press Secretary July 6, 2002") == []
    body = (
        "Secretary Jane Roe\nSantiago, Chile\nMarch 11, 2006\n\n"
        "QUESTION: What will Chile do next?\n\nSECRETARY ROE: Chile has decided to hold new elections this year."
    )
    places = _places(body, "2006-03-11")
    assert "Santiago" in places and "Chile" in places, places  # Chile acts, and is where she speaks


def test_a_region_named_by_its_direction_is_a_place():
    places = _places("Severe storms struck the Midwest on Saturday, the agency said.")
    assert "Midwest" in places, places
    places = _places("The minister will travel to promote trade in the Western Hemisphere next week.")
    assert "Western Hemisphere" in places, places


def test_compass_words_before_a_country_are_no_region_of_their_own():
    places = _places("A storm struck South East Australia today, officials said.")
    assert "South East" not in places and "Australia" in places, places


def test_a_common_word_before_a_state_in_a_heading_is_no_town():
    assert header_places("Jane Roe, Associate Administrator, NASA Headquarters, Washington") == []


def test_names_listed_after_a_plural_title_are_people_not_places():
    places = _places(
        "Welcome. Governor Adeyemi; former Governors Lagos, Florence, Paris; to every guest here this evening.\n\n"
        "We landed in Ghana this morning."
    )
    assert "Lagos" not in places and "Florence" not in places and "Ghana" in places, places


def test_a_degree_after_a_name_is_no_place():
    places = _places("“We follow the evidence,” said Commissioner Ray Dunmore, M.D., M.P.H. on Friday in Denver.")
    assert "M.D" not in places and "M.D." not in places and "Denver" in places, places


def test_an_unknown_word_after_in_or_after_a_place_is_a_place():
    places = _places("The climber was rescued after a fall near Vaimaro’a, Tahiti, the site of the race.")
    assert "Vaimaro'a" in places and "Tahiti" in places, places
    places = _places("Repairs in the Calderwick neighborhood of Leeds ended in May, the council said.")
    assert "Calderwick" in places, places


def test_a_known_word_after_in_stays_what_it_was():
    places = _places("The bill passed in Congress, and an interview in Politico followed.")
    assert "Congress" not in places and "Politico" not in places, places


def test_a_town_left_untagged_in_a_list_of_places():
    places = _places("Windows broke in Arauco, Lebu, Cauquenes, and the capital Santiago, residents said.")
    assert "Lebu" in places, places
    places = _places("Fighting went on around Bakhmut, Kreminna and other towns, the ministry said.")
    assert "Kreminna" in places, places


def test_a_building_named_only_in_a_heading_is_where():
    body = (
        "Press Briefing by Spokesperson Jane Roe in the Harbor Point Briefing Room\n\n"
        "JANE ROE: Good afternoon. We have two announcements today."
    )
    assert "Harbor Point Briefing Room" in _places(body)
    body = (
        "Press call with Jane Roe, assistant secretary, Bureau of Coastal Affairs, Harbor Authority Headquarters, "
        "Portland -- Tim Okoro, chief engineer\n\n"
        "JANE ROE: Good morning. We have one update today."
    )
    assert "Harbor Authority Headquarters" not in _places(body)  # an address inside a title


def test_a_capital_that_does_not_act_is_the_city():
    places = _places("The envoy deplored the renewed drone attacks against Khartoum, which cut power to hospitals.")
    assert "Khartoum" in places, places
    places = _places("Moscow said on Monday that it would respond to the sanctions.")
    assert "Moscow" not in places, places


def test_the_goal_of_a_verb_of_sending_is_a_place():
    body = (
        "Norway has flown 40 medics, two field kitchens and water pumps to Nepal after the floods.\n\n"
        "Nepal's government welcomed the team on Friday."
    )
    assert "Nepal" in _places(body)


def test_help_sent_to_a_country_goes_to_someone_not_somewhere():
    body = "Planes will be on hand to deliver medical support to Lebanon, the department said."
    assert "Lebanon" not in _places(body)


def test_the_object_of_a_verb_of_leaving_is_a_place():
    body = (
        "Grain shipments could leave Ukraine safely under the deal, the minister said.\n\n"
        "Ukraine has fed millions of people around the world."
    )
    assert "Ukraine" in _places(body)


def test_a_short_country_name_after_in_before_a_verb_is_a_place():
    places = _places("Business confidence in the UK soared to an 18-month high, the survey found.")
    assert "United Kingdom" in places, places


def test_a_country_that_acts_and_is_named_after_in_before_a_verb_is_also_a_place():
    body = "Business confidence in the UK soared to a high.\n\nThe UK said on Monday that it would cut taxes."
    assert "United Kingdom" in _places(body)


def test_a_country_left_in_a_state_is_not_left_as_a_place():
    body = (
        "Russia kept up its strikes on power plants, leaving Ukraine in the cold and the dark.\n\n"
        "Ukraine said it would rebuild the plants."
    )
    assert "Ukraine" not in _places(body)


def test_a_state_code_after_a_town_is_a_place_not_a_degree():
    # 'MD', 'MA' are degrees only after a person's name ('Ann Lee, MD'); after a town they are states
    places = _places("The clinic opened in Baltimore, MD, on Monday, officials said.")
    assert "Baltimore" in places and "MD" in places, places
    places = _places("Protesters marched in Boston, MA on Sunday, police said.")
    assert "Boston" in places and "MA" in places, places
    places = _places("The new ward was opened by Ann Lee, R.N., on Monday in Atlanta.")
    assert "R.N." not in places and "Atlanta" in places, places


def test_a_body_named_by_rank_or_seat_is_no_region_of_its_direction():
    # 'Central', 'Upper', 'Lower' open region names ('Central Asia') but also names of bodies
    from generator.annotate.cast import Cast
    from generator.annotate.places import compass_region

    for body in ("Central Bank", "Upper House", "Lower House", "Central Command"):
        assert not compass_region(body), body
        assert Cast()._not_a_place(body), body
    for region in ("Western Hemisphere", "Southern Coast", "Central Asia", "Midwest"):
        assert compass_region(region), region


def test_a_place_named_only_in_a_treaty_or_an_agreement_is_no_place():
    places = _places(
        "Ministers met in Brussels on Monday. Since the Treaty of Lisbon came into force, the council has "
        "voted by majority. The Minsk agreement was never carried out, they said."
    )
    assert places == ("Brussels",), places
    places = _places("Ministers met in Brussels on Monday. The ministers later flew to Minsk for talks.")
    assert "Minsk" in places, places


def test_a_name_ending_in_an_abstract_noun_is_a_body_not_a_place():
    places = _places("Engineers are reporting their readings to Marin County Emergency Management every hour.")
    assert "Marin County Emergency Management" not in places, places
    assert abstract_head("Pacific Rim Economic Cooperation")
    places = _places("The envoy arrived in Mexico City and then drove to Clapham Junction.")
    assert "Mexico City" in places and "Clapham Junction" in places, places


def test_importing_the_cast_does_not_load_spacy():
    # cast.py imports places.py; spaCy (about 2 s to import) loads only when a rule needs its stop words
    import subprocess
    import sys
    from pathlib import Path

    code = "import sys, generator.annotate.cast; print(sorted(m for m in sys.modules if m.split('.')[0] == 'spacy'))"
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout


def test_a_region_whose_name_is_made_of_english_words_is_a_place():
    places = _places("Storms cut power to homes across New Jersey and Delaware on Monday, officials said.")
    assert "New Jersey" in places and "Delaware" in places, places


def test_a_compass_word_before_a_known_region_names_a_region():
    places = _places("The steelworks will remain a significant presence in South Wales, the minister said.")
    assert "South Wales" in places, places


def test_regions_the_model_took_for_people_in_a_list_of_places():
    places = _places(
        "Flooding affected large counties such as Bedfordshire, Northamptonshire, Shropshire, Gloucestershire"
        " and Worcestershire."
    )
    assert "Gloucestershire" in places and "Worcestershire" in places, places


def test_a_town_before_a_persons_surname_in_a_list_is_no_place():
    places = _places("He spoke with Anthony Mitchell, who is based in Nairobi, and Amol Chauhan of the company.")
    assert "Nairobi" in places and "Amol" not in places, places


def test_two_countries_joined_by_an_en_dash_name_a_relation_not_a_place():
    places = _places("The U.S.–North Korea summit marked a new start, officials said in Singapore.")
    assert "Singapore" in places and not any("North Korea" in p for p in places), places


def test_a_city_after_in_is_a_place_though_a_title_follows_it_without_a_comma():
    places = _places(
        "Speaking before the summit on trade in Brussels Prime Minister Jane Roe said the talks went well."
    )
    assert "Brussels" in places, places
    places = _places("Brussels Mayor Jane Roe said the talks went well.")
    assert "Brussels" not in places, places


def test_a_town_after_in_is_a_place_though_a_name_misread_as_a_person_holds_it():
    places = _places(
        "The Greener Grangemouth programme got funds. A pilot plant in Grangemouth will open, and more projects"
        " in Grangemouth are planned."
    )
    assert "Grangemouth" in places, places


def test_an_illness_named_before_its_noun_is_no_place():
    places = _places(
        "A week after the first patient with Ebola in the United States was diagnosed in Dallas, the Ebola"
        " outbreak in West Africa is slowing."
    )
    assert "Ebola" not in places and "Dallas" in places and "West Africa" in places, places


def test_an_unknown_acronym_is_no_place():
    places = _places("The Moderate Resolution Imaging Spectroradiometer (MODIS) on the satellite saw smoke in the UAE.")
    assert "MODIS" not in places and "United Arab Emirates" in places, places
    places = _places("REMARKS BY THE SECRETARY IN BAGHDAD\n\nThe Secretary met officials on Monday.")
    assert "BAGHDAD" in places, places  # a known place in capitals is one


def test_a_name_before_a_lower_case_noun_of_a_work_is_that_place():
    places = _places("Soldiers delivered power generators to the Brelford barrier via a helicopter of the RAF.")
    assert "Brelford barrier" in places and "RAF" not in places, places
    places = _places("The sabotage of the Nord Stream pipelines should be treated with the utmost seriousness.")
    assert "Nord Stream pipelines" in places and "Nord Stream" not in places, places


def test_a_known_town_the_model_left_untagged_after_a_preposition_of_place():
    places = _places("A member of the team is also traveling to Angol to serve as a liaison with the hospital.")
    assert "Angol" in places, places


def test_a_lower_case_compass_word_before_a_known_country_of_several_words_names_its_part():
    places = _places("Forecasters are watching the threat of tornadoes in the central U.S. on Monday.")
    assert "central U.S." in places, places
    places = _places("The death toll from floods in Brazil’s southeastern Sao Paulo state rose on Monday.")
    assert "southeastern Sao Paulo" not in places and "Sao Paulo" in places, places


def test_a_work_whose_entity_holds_its_the_is_named_at_the_start_of_a_block():
    import spacy
    from spacy.tokens import Span

    from generator.annotate.places import named_work

    doc = spacy.blank("en")("The Brelford barrier held.")
    assert named_work(Span(doc, 0, 2, label="ORG")) == "Brelford barrier"  # 'The Brelford': its own 'the'
    doc = spacy.blank("en")("Crews reached the Brelford barrier.")
    assert named_work(Span(doc, 3, 4, label="PERSON")) == "Brelford barrier"
    assert named_work(Span(doc, 0, 1, label="ORG")) is None  # no 'the' before it


def test_a_name_after_in_and_before_a_possessive_is_whose_not_where():
    """ "In Kerry's view": a person the model tagged, whose view it is, though a region has the name; 'the plant
    in Kerry' stays the region."""
    assert "Kerry" not in _places("In Kerry's view, the tariff plan was fair, reporters were told on Friday.")
    assert "Kerry" in _places("The dairy plant in Kerry closed on Friday, reporters were told.")


def test_two_countries_the_model_tagged_apart_across_a_dash_are_a_relation_no_place():
    """'the Iran-Iraq war', 'Ethiopia–Eritrea border talks': each name tagged alone is half a relation's name,
    as 'U.S.–China talks' tagged whole is; a country written alone is still one."""
    assert _places("The Iran-Iraq war killed a million people, the historians said on Tuesday.") == (), "pair"
    places = _places("The Ethiopia–Eritrea border talks resumed in Nairobi on Monday.")
    assert "Ethiopia" not in places and "Eritrea" not in places and "Nairobi" in places, places
    assert "Iran" in _places("Officials in Iran said the deal with Iraq was signed.")


def test_a_known_region_and_its_noun_is_the_region_though_the_model_reads_a_person_or_a_body():
    """'Bayelsa State' read as a person (and 'Kogi State' then as her namesake), 'in Edo State' as a body: the
    regions; 'at Ohio State' (a university) stays a body."""
    places = _places("Flooding hit homes in Kogi State and Bayelsa State, officials said.")
    assert "Kogi State" in places and "Bayelsa State" in places, places
    assert "Edo State" in _places("Health officials in Edo State confirmed new cases on Monday.")
    places = _places("Farmers in Oyo State and Ogun State said the rains were late.")
    assert "Oyo State" in places and "Ogun State" in places, places
    assert "Ohio State" not in _places("Officials at Ohio State said classes would resume on Monday.")


def test_a_country_whose_name_holds_a_hyphen_is_whole_though_the_model_tagged_its_first_part():
    """'Timor' of 'Timor-Leste': the country, not a place called 'Timor'."""
    seed = parse_seed(
        "a.txt",
        b" date 2023-04-06\n\nTroops from Timor-Leste arrived in Dili on Monday, the army said.",
        today=dt.date(2030, 1, 1),
    )
    a = annotate(seed, {})
    assert "Timor" not in a.places and "Timor-Leste" in [f for x in a.actors for f in x.aliases], (a.places, a.actors)


def test_a_place_named_only_inside_a_longer_place_is_no_place_of_its_own():
    body = (
        "Aid ships will head for the Eastern Mediterranean on Friday, the navy said.\n\n"
        "The convoy will reach the eastern Mediterranean by the weekend."
    )
    places = _places(body)
    assert "Eastern Mediterranean" in places and "Mediterranean" not in places, places


def test_a_town_named_only_as_the_opening_of_a_body_s_name_is_no_place():
    places = _places("Records of 40,000 pupils in Springfield Public Schools were stolen, officials said on Monday.")
    assert "Springfield" not in places, places
    places = _places("Rescue teams from Fairfax and Arlington County Fire Departments flew out on Monday.")
    assert "Fairfax" not in places and "Arlington County" not in places, places
    places = _places("Pupils in Springfield lost their records, and Springfield Public Schools closed on Monday.")
    assert "Springfield" in places, places  # written alone once: the town


def test_a_place_opening_the_name_of_an_organisation_of_the_article_is_no_place():
    body = (
        "Alerts went out to towns across the Pacific rim on Sunday.\n\n"
        "The Pacific Tsunami Warning Center said that much of the Pacific Rim, including Fiji, could see waves."
    )
    places = _places(body)
    assert "Pacific" not in places and "Pacific Rim" in places and "Fiji" in places, places


def test_a_name_after_what_is_said_of_someone_ill_names_the_illness_no_place():
    body = (
        "A nurse who had travelled from Liberia was diagnosed with Ebola in Dallas on Sunday, officials said.\n\n"
        "The hospital said she tested positive for Ebola."
    )
    places = _places(body)
    assert "Ebola" not in places and "Dallas" in places and "Liberia" in places, places


def test_a_name_after_a_title_of_a_place_and_a_comma_is_the_holder_s_no_place():
    body = (
        "Co-hosted by the President of the European Council, Marta Lindqvist, and by Prime Minister of Sweden, "
        "Ulf Kristersson, for the Swedish Presidency of the Council, the conference will be held in Brussels."
    )
    places = _places(body)
    assert "Ulf Kristersson" not in places and "Brussels" in places, places
    body = "Today, with my friend, the Secretary of State of the United States of America, Antony Blinken, in Ankara."
    places = _places(body)
    assert "Antony Blinken" not in places and "Ankara" in places, places


def test_a_compass_word_before_a_demonym_is_no_place():
    body = (
        "Planes searched the southern Indian Ocean on Thursday, about 2,000 kilometers southwest of "
        "the western Australian city of Perth, officials said."
    )
    places = _places(body)
    assert "southern Indian" not in places and "western Australian" not in places, places
    assert "Indian Ocean" in places and "Perth" in places, places


def test_a_name_that_is_part_of_a_person_s_full_name_is_no_place():
    # 'Kim', listed after a place, is read as a town (a GeoNames city); the article names him in full
    places = _places(
        "President Lee met Chairman Kim Soo Won in Singapore on Tuesday. They signed a statement in which "
        "Lee offered guarantees to Laos, and Kim reaffirmed his commitment to the talks."
    )
    assert "Kim" not in places and "Singapore" in places, places


@pytest.mark.parametrize("before", ["in", "across the", "outside the", "throughout", "throughout the"])
def test_a_person_s_name_written_after_a_preposition_of_place_stays_a_place(before):
    from generator.annotate.places import people_named

    texts = [f"Jane Ossery arrived on Monday. Rescuers fanned out {before} Ossery on Tuesday."]
    assert people_named(["Ossery"], texts, {"Jane Ossery"}, set()) == set()
    assert people_named(["Ossery"], ["Jane Ossery arrived on Monday."], {"Jane Ossery"}, set()) == {"Ossery"}


def test_a_room_or_a_place_named_after_its_kind_is_listed_once():
    from generator.annotate.places import named_by_kind, named_rooms

    text = "Aides met in the Lilac Room near the town of Ossery, then again in the Lilac Room, in the town of Ossery."
    assert named_rooms([text, text]) == ["Lilac Room"]
    assert named_by_kind([text, text]) == ["Ossery"]


def test_a_room_or_a_garden_named_after_a_preposition_of_place_is_a_place():
    places = _places(
        "The governor spoke from the Lilac Garden on Monday. Aides met in the Harbor View Situation Room, "
        "and later in the Situation Room again. The mayor was received in the Oval Office."
    )
    assert "Lilac Garden" in places and "Oval Office" in places, places
    assert "Harbor View Situation Room" in places and "Situation Room" not in places, places


def test_a_name_after_a_noun_of_a_kind_of_place_and_of_is_a_place():
    places = _places("The ferry sank off the southwest island of Korvanu on Wednesday, the coast guard said.")
    assert "Korvanu" in places, places


def test_a_country_geonames_writes_with_the_is_the_country_in_a_list():
    places = _places("Seventeen countries (Austria, Malta, The Netherlands, Poland and Spain) offered rescue teams.")
    assert "Netherlands" in places, places


def test_a_place_cut_at_an_apostrophe_runs_on_through_the_word_after_it():
    places = _places(
        "Eruptions from Tonga’s Hunga Mele-Hunga Ma’ala volcano in January sent waves across the region. "
        "Ash fell near the Hunga Mele-Hunga Ma’ala volcano again on Monday."
    )
    assert "Hunga Mele-Hunga Ma’ala" in places and "Hunga Mele-Hunga" not in places, places


def test_a_zone_named_by_its_direction_is_a_place():
    places = _places("Lava continued to erupt along the volcano's lower West Ridge Zone on Monday, officials said.")
    assert "West Ridge Zone" in places, places


def test_a_place_the_model_labels_a_body_once_and_a_place_once_is_a_place():
    # the model reads 'Tahiti' as an organisation in the first sentence, as a place in the second
    body = (
        "The ship has been diverted to the islands from Tahiti and will be part of an international response"
        " to help people affected.\n\nThe ship left Tahiti yesterday to make the journey west to Fiji."
    )
    assert "Tahiti" in _places(body)


@pytest.mark.parametrize(
    "body,want,not_want",
    [
        ("Floods struck villages in North and Central Europe.", "North and Central Europe", "Central Europe"),
        ("Monsoon rains reached South and Southeast Asia.", "South and Southeast Asia", "Southeast Asia"),
        # 'East' ends 'the Middle East': no compass word of the region after it
        ("Protests spread across the Middle East and North Africa.", "North Africa", "East and North Africa"),
        # a country's name is no region the compass words share: two countries
        ("Shipping in North and South Korea was halted on Monday.", "South Korea", "North and South Korea"),
    ],
)
def test_compass_words_joined_by_and_share_the_regions_head(body, want, not_want):
    places = _places(body)
    assert want in places and not_want not in places and not any(p.endswith(" and") for p in places), places


def test_a_country_named_only_as_whose_government_or_people_it_is_is_no_place():
    body = "The mission thanked the governments of Norway and Cuba, who served as guarantors of the talks."
    places = _places(body)
    assert "Norway" not in places and "Cuba" not in places, places
    assert "Norway" in _places("The talks were held in Norway, where the governments met.")


def test_an_unknown_word_after_in_taken_for_a_product_is_a_place():
    # the model tags 'Camelon' a product here
    places = _places("The deal funds a new workshop at Loch 16 in Camelon; a Skills Centre at Forth Valley College.")
    assert "Camelon" in places, places


def test_a_country_the_parse_hangs_on_a_date_after_it_keeps_the_dates_role():
    from generator.annotate import aliases
    from generator.annotate.nlp import parse_blocks
    from generator.annotate.places import goal_of_motion

    # the parse makes 'Philippines' a compound of 'November' (the object of 'to')
    doc = parse_blocks(["The cyclone brought heavy rain to the Philippines November 8."])[0]
    place = next(e for e in doc.ents if e.text == "Philippines")
    assert goal_of_motion(aliases._governing_token(place), aliases._AID_WORDS)


def test_the_country_of_an_officeholder_named_before_it_is_a_place_though_it_acts():
    body = (
        "Today, Vice President Qadir of Afghanistan was gunned down. The Afghan government is investigating,"
        " and Afghanistan will hold a funeral."
    )
    assert "Afghanistan" in _places(body)
    # 'of the UK Mission': the country modifies a body's name, no place
    assert "United Kingdom" not in _places(
        "Ambassador Michael Tatham of the UK Mission spoke. The UK said it would help."
    )


def test_a_title_alone_is_no_place():
    # the model tags 'the King' a place (LOC) here
    body = (
        "President Biden spoke today with King Charles III to offer his condolences. He wished to continue"
        " a close relationship with the King."
    )
    assert "King" not in _places(body)


def test_a_persons_full_name_read_as_a_place_is_no_place_when_the_cast_knows_her_by_her_surname():
    body = (
        "MODERATOR: Ladies and gentlemen, the Secretary of State of the United States of America Hillary"
        " Rodham Clinton and the Minister of Foreign Affairs Sergey Lavrov are signing the documents.\n\n"
        "SECRETARY CLINTON: Thank you."
    )
    assert "Hillary Rodham Clinton" not in _places(body)


def test_a_name_ending_in_a_one_word_persons_name_after_a_preposition_of_place_is_a_place():
    # 'Lincoln' is the cast's person; 'Fort Lincoln' after 'returned to' is where, not his name in full
    body = (
        "Senator Lincoln said on Monday that the troops would stay.\n\n"
        "Lincoln spoke after soldiers returned to Fort Lincoln on Sunday."
    )
    assert "Fort Lincoln" in _places(body), _places(body)


def test_an_em_dash_touching_the_text_ends_a_dateline_of_a_city_not_a_joined_pair():
    d = dateline("GENEVA—The ministers met on Monday.")
    assert d is not None and d.city == "Geneva" and d.end == len("GENEVA—")
    assert dateline("NATO—Russia relations worsened on Monday.") is None  # 'Nato' is also a town
    d = dateline("OSLO—The ministers met on Monday.")  # a capital of four letters
    assert d is not None and d.city == "Oslo"
    assert dateline("CHINA—Japan relations worsened on Monday.") is None  # two countries joined
    assert dateline("SINGAPORE—Officials said on Monday that the talks would resume.") is not None


def test_the_country_of_a_dateline_is_a_place_though_it_acts():
    places = _places(
        "OSTRAVIA CITY, Chile, May 20, 2015 – The relief task force is drawing down its operations.\n\n"
        "Chile announced its transition from relief to recovery, and Chile thanked its partners."
    )
    assert "Chile" in places, places


def test_a_country_off_whose_coast_something_happens_is_a_place_though_it_acts():
    places = _places(
        "A ferry carrying 400 passengers sank off Peru on Wednesday. Peru has asked for help with the search."
    )
    assert "Peru" in places, places


def test_a_country_whose_capital_or_coast_is_where_is_a_place_though_it_acts():
    places = _places(
        "Rescue crews began to arrive in Chile's capital, Santiago, on Monday. "
        "Chile depends on tourism, and Chile has asked for more aid."
    )
    assert "Chile" in places, places
    places = _places("Peru said it would send troops. Talks on trade in Peru's election year stalled.")
    assert "Peru" not in places, places  # 'Peru's election year': no noun of a place after the possessive


def test_a_capital_named_after_the_noun_capital_and_a_comma_is_a_place_though_its_country_acts():
    places = _places(
        "Kenya said it would investigate the crash. The passengers were heading to the capital, Nairobi, on Sunday."
    )
    assert "Nairobi" in places, places


def test_a_landmark_named_after_a_preposition_of_place_is_a_place():
    places = _places(
        "The coffin departs from Balmoral Castle for the journey south. A gun salute will follow from "
        "Edinburgh Castle, and the guard will march from the Castle Esplanade to the city centre."
    )
    assert {"Balmoral Castle", "Edinburgh Castle", "Castle Esplanade"} <= set(places), places
    places = _places("Since March she has been Chief Operating Officer at Ripon Cathedral, the board said.")
    assert "Ripon Cathedral" not in places, places  # where she works
    texts = ["The minister spoke during a visit to the Devonport Naval Base.", "He thanked the crew at the Naval Base."]
    assert named_venues(texts) == ["Devonport Naval Base"]  # 'the Naval Base': the same base again
    assert named_venues(["Reports of abuse in the Catholic Church grew."]) == []  # a body, not a building
    # a person whose surname is a venue's head: after a title, or after one given name
    texts = [
        "The letter went to President Park and to Mr Park.",
        "The prize went to Stuart Hall and to Senator Jane Hall.",
    ]
    assert named_venues(texts) == []
    assert named_venues(["The choir sang at Queen Elizabeth Hall and in the Albert Hall."]) == [
        "Queen Elizabeth Hall",
        "Albert Hall",
    ]


def test_a_name_before_a_lower_case_noun_of_a_work_after_a_preposition_is_one_place():
    places = _places("The boys were trapped in Tham Luang cave for 17 days, officials said.")
    assert "Tham Luang cave" in places and "Tham Luang" not in places, places


def test_an_area_named_by_an_adjective_is_the_place_named_after_it_or_the_country_of_the_adjective():
    places = _places("Troops are deployed in the Yugoslavian province of Kosovo, officials said.")
    assert "Yugoslavian province" not in places and "Kosovo" in places, places
    places = _places("The cyclone struck the Mozambican coast before dawn, ripping roofs off buildings.")
    assert "Mozambican coast" not in places and "Mozambique" in places, places
    places = _places("Rebels crossed into the Congolese territory before dawn, officials said.")
    assert "Republic of the Congo" not in places, places  # or the Democratic Republic's: which is unknown
    places = _places("Tensions rose again on the Korean peninsula this week, officials said.")
    assert "Korean peninsula" in places, places


def test_the_city_of_a_dateline_is_a_place_though_the_text_names_it_only_in_a_bodys_name():
    places = _places(
        "BOSTON – Wearing a T-shirt, Sgt. Jane Roe, a rescuer now with the Boston Fire Department, "
        "remembers the night the call came."
    )
    assert "Boston" in places, places


def test_a_name_before_a_lower_case_noun_of_a_facility_after_a_preposition_is_one_place():
    from generator.annotate.places import named_facilities

    places = _places(
        "The jet skidded off the runway while landing at Vellmora airport on Tuesday. Families waited near "
        "the Quendrik evacuation center for news."
    )
    assert {"Vellmora airport", "Quendrik evacuation center"} <= set(places), places
    assert "Vellmora" not in places and "Quendrik" not in places, places
    assert named_facilities(["Reporters gathered outside VOA’s headquarters in the rain."]) == ["VOA’s headquarters"]
    # the town written alone too: the town is the place; English words: no facility's own name
    assert named_facilities(["Flights resumed at Vellmora airport.", "Vellmora was calm."]) == []
    assert named_facilities(["The crew met at the Submarine Support complex."]) == []
    assert named_facilities(["Crowds waited in the Tokyo train station."]) == []  # a capital: the city
    assert named_facilities(["Shells fell in Gaza's Jabalia camp."]) == ["Jabalia camp"]  # the owner no part
    assert named_facilities(["Medics worked around the Quendrik Primary School grounds."]) == [
        "Quendrik Primary School grounds"
    ]


def test_a_district_after_a_town_in_a_place_line_is_one_place():
    assert header_places("Press Briefing Room Washington, DC, June 1, 2000") == [(20, "Washington, DC", "")]
    assert header_places("Main Auditorium Washington, D.C.") == [(16, "Washington, D.C.", "")]


def test_a_name_first_written_after_initials_or_an_outlets_possessive_is_a_persons():
    from generator.annotate.places import marked_people

    text = "A railway spokesman, T.K. Oswandi, told reporters the train was late. “We are checking,” said Oswandi."
    assert marked_people(["Oswandi"], [text]) == {"Oswandi"}
    text = "Watch the video report from VOA's Marek Dulvani: the vote was calm."
    assert marked_people(["Marek Dulvani"], [text]) == {"Marek Dulvani"}
    # after a preposition of place somewhere: the place; a country's initials are no person's
    assert marked_people(["Oswandi"], ["T.K. Oswandi spoke. Crowds gathered in Oswandi."]) == set()
    assert marked_people(["Oswandi"], ["Storms hit the U.S. Oswandi region."]) == set()


def test_a_name_after_a_lower_case_noun_of_a_part_of_a_place_and_of_is_a_place():
    from generator.annotate.places import named_by_kind

    text = "The quake struck off the coast of Pelmara, and the port on the northern tip of Pelmara island shook."
    assert named_by_kind([text]) == ["Pelmara"]
    assert named_by_kind(["Pirates struck off the coast of Somalia."]) == []  # a country: the cast's to place
    assert named_by_kind(["A quake struck off the coast of Pelmara Sunday."]) == ["Pelmara"]  # the day: no name's
    places = _places("A distress signal was picked up on the west coast of Africa on Sunday, officials said.")
    assert "Africa" not in places, places  # the longer place 'west coast of Africa' names it


def test_a_compass_word_before_a_region_and_its_capitalised_area_noun_is_no_part_of_the_region():
    from generator.annotate.places import compass_parts

    assert compass_parts("Gunmen struck a facility in southern Bayelsa State on Friday.") == []
    assert compass_parts("Storms hit the central U.S. on Friday.") == [(15, "central U.S.")]


def test_a_country_written_only_inside_a_longer_place_is_no_place_of_its_own():
    from generator.annotate.places import name_parts

    texts = ["Workers were kidnapped in the Niger Delta region.", "Militants in the Niger Delta want a share."]
    assert name_parts(["Niger", "Niger Delta"], texts) == {"Niger"}
    texts = ["Storms struck the central Philippines on Friday."]
    assert name_parts(["Philippines", "central Philippines"], texts) == set()  # the country's part: its own


def test_a_countrys_part_and_the_country_written_only_in_it_are_one_place():
    places = _places(
        "A cyclone has struck central Mozambique. The storm hit the Mozambican coast before dawn, officials said."
    )
    assert "Mozambique" in places and "central Mozambique" not in places, places
    from generator.annotate.places import _part_of_a_country_named_so_only as one_part

    texts = ["Floods hit the northeastern United States. Homes in the eastern United States lack power."]
    places = ["northeastern United States", "United States", "eastern United States"]
    assert not one_part("eastern United States", places, texts)  # two parts named: each its own


def test_a_town_the_model_read_as_a_date_after_a_preposition_is_a_place():
    import spacy
    from spacy.tokens import Span

    from generator.annotate.places import untagged_towns_after_preposition

    doc = spacy.blank("en")("Rain fell from Xai-Xai to the south.")
    town = doc.char_span(15, 22)
    assert town is not None and town.text == "Xai-Xai"
    date = Span(doc, town.start, town.end, label="DATE")
    assert untagged_towns_after_preposition([doc], [(0, date)]) == [(0, 15, "Xai-Xai")]
    name = Span(doc, town.start, town.end, label="PERSON")
    assert untagged_towns_after_preposition([doc], [(0, name)]) == []  # a name the model tagged: its own


def test_a_country_written_each_time_after_on_behalf_of_is_whose_it_is_no_place():
    places = _places(
        "Germany sent the update on behalf of Denmark and Sweden. We support the investigations of Denmark and Sweden."
    )
    assert "Denmark" not in places and "Sweden" not in places, places


def test_a_name_written_each_time_before_a_lower_case_noun_of_a_group_is_the_groups():
    from generator.annotate.places import group_names

    texts = ["The head of the Kelvara Ridge drug cartel was flown out.", "Kelvara Ridge leaders denied it."]
    assert group_names(["Kelvara Ridge"], texts) == {"Kelvara Ridge"}
    assert group_names(["Kelvara Ridge"], texts + ["Troops moved into Kelvara Ridge."]) == set()  # a place too
    assert group_names(["Aceh"], ["Aceh rebels signed the deal."]) == set()  # a known place
    assert group_names(["Kelvara Ridge"], ["Kelvara Ridge leaders met."]) == set()  # no group named


def test_a_country_ending_in_ique_gives_its_demonym_in_ican():
    from generator.annotate import gazetteer as gz

    assert "Mozambican" in gz.regular_demonyms("Mozambique") and "Martinicans" in gz.regular_demonyms("Martinique")
    assert gz.country_of("Mozambicans") == "Mozambique"


def test_the_town_whose_name_opens_a_games_name_is_a_place():
    """'the 1996 Atlanta Olympics', 'the Gold Coast Games': where the games are held; not 'Commonwealth',
    'Asian' or 'Olympic' ('the Olympic Games', 'the Asian Games')."""
    places = _places(
        "Ana Lobo won silver at the 1996 Atlanta Olympics. She will coach the team at the Gold Coast Games, "
        "then at the Asian Games, the Commonwealth Games and the Olympic Games."
    )
    assert "Atlanta" in places and "Gold Coast" in places, places
    assert not {"Commonwealth", "Asian", "Olympic"} & set(places), places


def test_a_named_mine_is_one_place_though_a_town_shares_its_name():
    """'at the San Jose gold and copper mine': a name, lower-case words of what is dug and 'mine' is one place,
    the name no town of its own (San Jose is a capital and a province elsewhere)."""
    places = _places("Rescuers at the San Jose gold and copper mine reached the trapped men on Friday.")
    assert "San Jose gold and copper mine" in places and "San Jose" not in places, places


def test_a_place_written_each_time_after_an_indefinite_article_is_a_likeness():
    """'into a Silicon Valley': what something is compared to, no place; 'from Silicon Valley' is one."""
    body = "The mayor wants to turn the old port of Dunmore into a Silicon Valley and bring investors to it."
    assert "Silicon Valley" not in _places(body), _places(body)
    body = "The firm moved from Silicon Valley to Dunmore, which the mayor hopes will become a Silicon Valley too."
    assert "Silicon Valley" in _places(body), _places(body)
    body = "The case was heard at a Dunmore court, then at a Texas court in Dallas."
    assert "Texas" in _places(body), _places(body)


def test_a_country_that_acts_is_a_place_when_a_town_of_it_is_one():
    """'Growers in Kumasi' (a town of Ghana, world knowledge): Ghana, which acts, is a place of the story too;
    not for its capital alone ('in Accra': the seat of its government)."""
    body = "Ghana announced new funds for farmers. Growers in {} welcomed the plan; Ghana said more would come."
    assert "Ghana" in _places(body.format("Kumasi")), _places(body.format("Kumasi"))
    assert "Ghana" not in _places(body.format("Accra")), _places(body.format("Accra"))


def test_a_speakers_label_with_a_note_in_brackets_is_no_dateline():
    """'ILVANE DORSAINT (TRANSLATED): ...': a speaker's label, no town (not 'LONDON (Reuters): ...')."""
    assert dateline("ILVANE DORSAINT (TRANSLATED): We want homes, not tents.") is None
    assert dateline("LONDON (Reuters): Markets fell.") is not None
    body = "The camps are full.\n\nILVANE DORSAINT (TRANSLATED): We want homes, not tents. The camps must close."
    assert "Ilvane Dorsaint" not in _places(body), _places(body)


def test_a_country_written_only_as_a_persons_country_is_no_place():
    """'Kenya's Ana Lobo', 'with Teodor Varn of Norway second': whose the runner is, no place of the story;
    'Prime Minister Jo Marsh of Fiji' (a leader of it) and 'in Kenya' are places."""
    body = "Kenya's Ana Lobo won the race on Sunday, with Teodor Varn of Norway second. Lobo said she was tired."
    assert not {"Kenya", "Norway"} & set(_places(body)), _places(body)
    body = "Prime Minister Jo Marsh of Fiji met Ana Lobo on Sunday. They will meet again in Kenya."
    assert {"Fiji", "Kenya"} <= set(_places(body)), _places(body)


def _annotated(body: str):
    seed = parse_seed("a.txt", f" date 2023-04-06\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    assert not hasattr(seed, "message"), seed
    return annotate(seed, {})


@pytest.mark.parametrize(
    "body",
    [
        "Hitachi says it will close two factories next year. Hitachi workers were told on Monday.",
        "Nokia is recalling thousands of phones. Nokia's shares fell on Tuesday, the report said.",
    ],
)
def test_a_company_named_like_a_town_that_acts_and_is_never_where_is_a_body(body):
    a = _annotated(body)
    name = body.split()[0]
    assert name not in a.places, a.places
    assert [x.kind for x in a.actors if x.name == name] == ["organization"], a.actors


@pytest.mark.parametrize(
    "body, place",
    [
        ("Floods reached Hitachi, Ibaraki on Monday. Hitachi said schools were closed.", "Hitachi"),
        ("Officials in Hitachi met on Friday. Hitachi says the roads are closed.", "Hitachi"),
        ("Toyota City officials said the festival would go ahead.", "Toyota City"),
    ],
)
def test_a_town_named_as_where_something_is_stays_a_place(body, place):
    assert place in _annotated(body).places


def test_a_capital_that_speaks_stays_its_country():
    a = _annotated("Moscow said it would respond to the sanctions.")
    assert [x.name for x in a.actors] == ["Russia"], a.actors


def test_a_demonym_before_a_company_noun_is_no_country_acting():
    a = _annotated("Nokia says sales rose. The Finnish company said it would hire more staff.")
    assert "Finland" not in [x.name for x in a.actors], a.actors
