import datetime as dt

import pytest

from generator.annotate.pipeline import annotate
from generator.annotate.quotes import quote_spans, speaker_label, unnamed_source
from generator.seeds.reader import parse_seed


def _seed(tmp_path, body, date="2022-04-06"):
    p = tmp_path / "a.txt"
    p.write_text(f" date {date} {body}", encoding="utf-8")
    seed = parse_seed(p.name, p.read_bytes(), today=dt.date(2030, 1, 1))
    assert not hasattr(seed, "message"), seed
    return seed


def test_spans_straight_and_curly():
    spans = quote_spans(['He said: "One two three four." Then “five six seven eight,” she added.'])
    assert len(spans) == 2
    assert spans[0][0] == 0


def test_speaker_labels():
    assert speaker_label("SECRETARY BLINKEN: Thank you all.") == ("SECRETARY BLINKEN", "BLINKEN")
    assert speaker_label("MR PRICE: Good afternoon.") == ("MR PRICE", "PRICE")
    assert speaker_label("QUESTION: Any news?") == ("QUESTION", "")
    assert speaker_label("The minister said: fine.") is None
    # a note in brackets on how the words came ('via interpreter') is not the label's; an audience's member no one
    assert speaker_label("FOREIGN MINISTER SILVA (via interpreter): Thank you.") == ("FOREIGN MINISTER SILVA", "SILVA")
    assert speaker_label("AUDIENCE MEMBER: We love you!") == ("AUDIENCE MEMBER", "")


def test_pronoun_and_role_attribution(tmp_path):
    seed = _seed(
        tmp_path,
        "German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday. "
        '"We stand together with our partners in this difficult hour," the German leader said. '
        '"Nothing will divide us," he added.\n\n'
        'Macron told reporters: "Europe must defend itself and act quickly now."',
    )
    ann = annotate(seed, {})
    by_text = {q.text[:20]: q.speaker for q in ann.quotes}
    assert by_text["We stand together wit"[:20]] == "olaf-scholz"
    assert by_text["Nothing will divide u"[:20]] == "olaf-scholz"
    assert by_text["Europe must defend it"[:20]] == "emmanuel-macron"


def test_scare_quotes_are_not_quotes(tmp_path):
    seed = _seed(tmp_path, 'The bloc withdrew Russia\'s "most-favoured-nation" status, officials said on Friday.')
    assert annotate(seed, {}).quotes == ()


def test_a_clock_line_ends_the_transcript_and_is_no_ones_words(tmp_path):
    seed = _seed(
        tmp_path,
        "MR. ROE: The minister called the governor this morning.\n\n"
        "Q Will he visit the region?\n\n"
        "MR. ROE: Not this week.\n\n"
        "4:34 P.M. EST",
    )
    ann = annotate(seed, {})
    assert [(q.text, q.speaker) for q in ann.quotes] == [
        ("The minister called the governor this morning.", "roe"),
        ("Not this week.", "roe"),
    ]


def test_a_name_the_model_does_not_know_as_a_person_after_said_is_the_speaker(tmp_path):
    seed = _seed(
        tmp_path,
        "Farmers in the valley say the drought has ruined their crops.\n\n"
        "“The rain came too late for the wheat,” said Dimitrios.\n\n"  # untagged by the model
        '“The prices keep rising and nobody listens to us," said Thannos.',  # a product to the model
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == ["dimitrios", "thannos"]
    assert {a.slug: a.kind for a in ann.actors if a.slug in ("dimitrios", "thannos")} == {
        "dimitrios": "person",
        "thannos": "person",
    }


def test_a_first_name_with_a_person_noun_in_apposition_after_a_quotation_is_the_speaker(tmp_path):
    # '," Marina, another protester, said.': 'Marina' a place to the model, a word English knows; the apposition
    # of a noun only a person is makes it a person's name
    seed = _seed(
        tmp_path,
        "Thousands marched in the capital on Sunday against the president.\n\n"
        '"I am here to say no to the rigged vote and to the beatings," Marina, another protester, said.\n\n'
        '"We will come back every Sunday until he goes," Olga, a teacher from the suburbs, said.',
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == ["marina", "olga"]
    assert {a.slug: a.kind for a in ann.actors} == {"marina": "person", "olga": "person"}
    assert "Marina" not in ann.places


def test_a_quotation_mark_typed_with_no_space_after_the_comma_keeps_its_verb_of_saying(tmp_path):
    # 'declared,"In ...': one token to spaCy's own infixes, so no verb stood before the quotation
    seed = _seed(
        tmp_path,
        "The ministers signed the declaration on Monday. Mr Hale, the Commissioner responsible for trade, "
        'declared,"In signing this, we commit ourselves to more trade with our neighbours."',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["hale"]


def test_a_country_with_a_person_noun_in_apposition_is_not_made_a_person(tmp_path):
    seed = _seed(
        tmp_path,
        'The river rose on Monday. "We lost everything we had in one night, the house and the cows," Jordan, a '
        "farmer from the north, said.",
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == [None]


def test_a_name_after_a_nickname_s_closing_mark_is_not_read_as_after_a_quotation():
    from generator.annotate.aliases import _SAID_BY

    assert [m["a"] or m["b"] for m in _SAID_BY.finditer('"We will stay," said Dimitrios. "No," Thannos said.')] == [
        "Dimitrios",
        "Thannos",
    ]
    assert not _SAID_BY.search("Drug lord Ramiro 'El Toro' Vasquez said he was innocent.")


def test_a_first_name_the_model_takes_for_a_place_is_the_person_named_in_full(tmp_path):
    seed = _seed(
        tmp_path,
        "Rights activist Tahmina Rahimi won the prize on Friday in Geneva.\n\n"
        "The 15-year-old Tahmina is the youngest winner of the prize.\n\n"  # 'Tahmina': a place to the model
        "Tahmina, in accepting her medal, said the girls of her village deserve schools.\n\n"
        "“We will not stop until every girl can read,” Tahmina said.",
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == ["tahmina-rahimi"]
    assert [(a.slug, a.aliases) for a in ann.actors] == [("tahmina-rahimi", ("Tahmina Rahimi", "Tahmina"))]
    assert ann.places == ("Geneva",)


def test_she_after_a_sentence_headed_by_a_woman_named_so_is_not_the_last_speaker(tmp_path):
    seed = _seed(
        tmp_path,
        "Voters waited for hours in Springfield on Tuesday.\n\n"
        "Marta Kowal, a retired teacher, said she had never seen such lines. “It is a long day,” she said.\n\n"
        "A nurse named Samira took the morning off to help at the polling station.\n\n"
        "“Everyone here wants their vote to count,” she said.",
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes][0] == "marta-kowal"
    assert ann.quotes[-1].speaker != "marta-kowal"  # Samira, or no one: never the last speaker


def test_transcript_turns(tmp_path):
    seed = _seed(
        tmp_path,
        "MR PRICE: Good afternoon, everyone. We have two items at the top.\n\n"
        "First, the Secretary will travel to Berlin next week.\n\n"
        "QUESTION: Can you say more about the trip?\n\n"
        "MR PRICE: Not at this point, I am afraid.",
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == ["price"] * 3
    assert not any(a.name.isupper() for a in ann.actors)


def test_quote_spanning_paragraphs(tmp_path):
    seed = _seed(
        tmp_path,
        'Prime Minister Jane Doe spoke on Tuesday. "This is the first part of a long quotation\n\n'
        '"and this is the second part of it," Doe said.',
    )
    ann = annotate(seed, {})
    assert len(ann.quotes) == 1
    assert "second part" in ann.quotes[0].text and ann.quotes[0].speaker == "jane-doe"


def test_question_paragraphs_are_not_quotes_and_turns_keep_quote_marks(tmp_path):
    seed = _seed(
        tmp_path,
        "SECRETARY BLINKEN: Good morning, everyone, and welcome to all of you.\n\n"
        "If I said \u201cfriends,\u201d that might create problems for you, but thank you.\n\n"
        "QUESTION: Why did you keep sending the weapons to the region?\n\n"
        "SECRETARY BLINKEN: I am happy to address questions later.",
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == ["blinken"] * 3
    assert not any("Why did you" in q.text for q in ann.quotes)


def test_outlet_after_quote_is_not_the_speaker(tmp_path):
    seed = _seed(
        tmp_path,
        "Ukrainian President Volodymyr Zelenskyy said on Monday the front was hard. "
        'Zelenskyy told the Kremlin it would have to "learn the words of defeat and reparations," '
        'Reuters reported.\n\n"The situation there is difficult and painful for all of us." Zelenskiy said.',
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == ["volodymyr-zelenskyy"] * 2
    assert "zelenskiy" not in {a.slug for a in ann.actors}


def test_dot_and_interview_labels():
    assert speaker_label("President Obama. It is a great pleasure to welcome him.") == ("President Obama", "Obama")
    assert speaker_label("((Wikinews)) Who plays in that one?") == ("((Wikinews))", "Wikinews")
    assert speaker_label("Tina McKenzie: It was good.") is None  # only when the label repeats
    assert speaker_label("Tina McKenzie: It was good.", frozenset({"Tina McKenzie"})) == (
        "Tina McKenzie",
        "Tina McKenzie",
    )


def test_interview_turns_and_abbreviated_interviewer(tmp_path):
    seed = _seed(
        tmp_path,
        "Wikinews interviewed Tina McKenzie, a basketball player, on Saturday.\n\n"
        "((Wikinews)) Who plays in that tournament?\n\n"
        "Tina McKenzie: It is quite a large Canadian tournament with many teams.\n\n"
        "((WN)) It is not the same.\n\n"
        "Tina McKenzie: No, it is really not the same at all, I agree.",
    )
    ann = annotate(seed, {})
    by_text = {q.text[:12]: q.speaker for q in ann.quotes}
    assert by_text["Who plays in"] == by_text["It is not th"] == "wikinews"
    assert by_text["It is quite "] == by_text["No, it is re"] == "tina-mckenzie"


def test_pronoun_without_earlier_speaker_is_the_sentence_subject(tmp_path):
    seed = _seed(
        tmp_path,
        "Former foreign minister Rosa Otunbayeva says she will lead the new government.\n\n"
        "Speaking from parliament, Otunbayeva demanded the resignation of President Kurmanbek Bakiyev.\n\n"
        '"Certainly we want to locate him and we want to negotiate with him," she said.',
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == ["rosa-otunbayeva"]


def test_second_quote_after_the_attribution_clause(tmp_path):
    seed = _seed(
        tmp_path,
        '"This is a major milestone on the road to finding a twin," said Douglas Hudgins, program scientist '
        'at NASA Headquarters in Washington. "Our results continue to demonstrate the importance of science."',
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == ["douglas-hudgins", "douglas-hudgins"]


def test_saying_after_a_phrase_and_a_quote_paragraph_after_the_one_naming_its_speaker(tmp_path):
    seed = _seed(
        tmp_path,
        'Former mayor Marc Morial summed up his view by saying; "We have lost our city, I fear it is like Pompeii."\n\n'
        "U.S. Secretary of State Hillary Clinton, speaking from Istanbul, voiced cautious optimism.\n\n"
        "\u201cI would like to say a few words about Burma. The United States congratulates the people.\u201d",
    )
    by_text = {q.text[:12]: q.speaker for q in annotate(seed, {}).quotes}
    assert by_text["We have lost"] == "marc-morial"
    assert by_text["I would like"] == "hillary-clinton"


def test_a_paragraph_signed_on_its_own_line_is_a_quote_of_the_signer(tmp_path):
    seed = _seed(
        tmp_path,
        "Police Superintendent Gary Knowles spoke to reporters at Greymouth.\n\n"
        "Unfortunately I have to inform the public that there was another explosion and no one survived.\n\n"
        "\u2014Superintendent Gary Knowles\n\nThe families were told first.",
    )
    quotes = annotate(seed, {}).quotes
    assert [(q.text[:13], q.speaker) for q in quotes] == [("Unfortunately", "gary-knowles")]


def test_a_speech_verb_and_that_far_before_the_quote_give_its_speaker(tmp_path):
    seed = _seed(
        tmp_path,
        "Ambassador Samantha Power launched the campaign in Washington.\n\n"
        "Power said that on each day leading up to the anniversary of the conference in the city, "
        '"we are going to share their names and where they are from."',
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == ["samantha-power"], ann.quotes


def test_the_one_person_of_an_attribution_after_the_quote_is_the_speaker(tmp_path):
    seed = _seed(
        tmp_path,
        "Rescue teams from Virginia arrived in Kathmandu on Monday.\n\n"
        '"We are bringing search capability to the rubble," said Chuck Ryan of the Virginia Task Force.\n\n'
        '"People who were held up there, they have all been rescued," said police chief Anand Roy to Reuters.\n\n'
        '"They all came home safely in the end," said Anna Berg and Tom Hale of the city council.\n\n'
        '"We will rebuild every school in the province," the head of the agency, Maria Lopez, said.',
    )
    speakers = [q.speaker for q in annotate(seed, {}).quotes]
    assert speakers == [
        "chuck-ryan",
        "anand-roy",
        None,
        "maria-lopez",
    ]  # two people named: no speaker rather than a wrong one


def test_it_said_is_the_organisation_the_sentence_before_names(tmp_path):
    seed = _seed(
        tmp_path,
        "The World Health Organization warned governments on Monday not to become complacent. "
        'It said the outbreak is "far from over and new hot spots could emerge."',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["world-health-organization"]


def test_a_reporters_question_ends_the_speakers_turn(tmp_path):
    seed = _seed(
        tmp_path,
        "Remarks by President Biden and Prime Minister Sunak\n\n"
        "Prime Minister Sunak. Well, Joe, welcome. It is great to have you here in London.\n\n"
        "Great for us to carry on our conversations.\n\n"
        "Q. Mr. President, how was the call with President Erdogan?\n\n"
        "Q Do you plan to come back for the summit?\n\n"
        "Q: Are you confident about Turkey?\n\n"
        "Quite a few of us are, Prime Minister.",
    )
    quotes = annotate(seed, {}).quotes
    assert [(q.speaker, q.text[:10]) for q in quotes] == [("sunak", "Well, Joe,"), ("sunak", "Great for ")]


def test_a_quote_a_paragraph_introduces_is_not_the_last_speakers_nor_a_piece_of_a_title(tmp_path):
    seed = _seed(
        tmp_path,
        "The new data protection rules apply from Friday.\n\n"
        "Andrus Ansip, Vice-President for the Digital Single Market, said: \"Europe's new rules will be a "
        'reality tomorrow."\n\n'
        "Vĕra Jourová, Commissioner for Justice, Consumers and Gender Equality, added:\n\n"
        '"Personal data is the gold of the 21st century. People are naked in an aquarium."',
    )
    quotes = annotate(seed, {}).quotes
    # the person the paragraph names (the model misses her name; people.untagged_speakers finds it)
    assert [q.speaker for q in quotes] == ["andrus-ansip", "vera-jourova"]


def test_according_to_before_the_quote_gives_its_speaker(tmp_path):
    seed = _seed(
        tmp_path,
        "The river rose again on Monday.\n\n"
        'According to Maria Gonzalez, the mayor of the town, "the water has reached the second floor of every house."',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["maria-gonzalez"]


def test_a_quote_a_later_sentence_gives_to_someone_else_is_not_the_last_paragraph_s(tmp_path):
    seed = _seed(
        tmp_path,
        'The head of the Red Cross delegation, Pierre Dubois, said "we have never seen anything like this."\n\n'
        '"We need more boats. We need them now." That was the plea from Governor Kathleen Blanco on Wednesday.\n\n'
        '"We have no more beds." The words came as the hospital of Douglas Hudgins closed its doors.',
    )
    quotes = annotate(seed, {}).quotes
    assert [q.speaker for q in quotes] == ["pierre-dubois", "kathleen-blanco", None]


def test_a_quote_under_a_line_where_one_organisation_says_is_that_organisation_s(tmp_path):
    seed = _seed(
        tmp_path,
        "A plane crashed in Cameroon on Saturday.\n\nIn a statement, Kenya Airways said:\n\n"
        '"We regret to announce that flight KQ 507 lost contact with the control tower."',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["kenya-airways"]


def test_a_pm_a_noun_introduced_with_a_name_a_dash_and_reported_colon_give_the_speaker(tmp_path):
    seed = _seed(
        tmp_path,
        "Greek pensioners lined up for food on Wednesday. One pensioner, Peggy Moschona, was pessimistic.\n\n"
        '"Terrible, things are terrible," said the pensioner.\n\n'
        "Prime Minister David Cameron has sent his condolences. The PM said Britain "
        '"stands ready to provide whatever assistance is required."\n\n'
        '"We are tied together, the United States and Central America." — Secretary of State Michael R. Pompeo, '
        "in Panama.\n\n"
        'Reporter Mike Morales, who was in the area, reported: "I remember it happened around five o\'clock."\n\n'
        'Coastal waters in Hilo were reported as "visibly receding" by the television station.',
    )
    quotes = annotate(seed, {}).quotes
    assert [q.speaker for q in quotes] == ["peggy-moschona", "david-cameron", "michael-pompeo", "mike-morales"]


def test_a_line_of_its_own_that_introduces_a_quote_by_a_role_gives_the_speaker(tmp_path):
    seed = _seed(
        tmp_path,
        "Prime Minister Gordon Brown has issued an Easter message.\n\nThe PM said:\n\n"
        '"Easter is the most important date in the Christian calendar."',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["gordon-brown"]


def test_a_label_followed_by_a_number_is_no_speaker_turn(tmp_path):
    assert speaker_label("REFERENCE: 12-204") is None
    seed = _seed(
        tmp_path,
        "NOTICE: 19-33\n\nThe harbour board approved a new ferry route on Monday.\n\n"
        '"We are delighted," said harbour master Olwen Pryce.',
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == ["olwen-pryce"]
    assert "notice" not in {a.slug for a in ann.actors}


def test_a_role_phrase_with_a_demonym_names_the_titled_person(tmp_path):
    seed = _seed(
        tmp_path,
        "Ghanaian President Kwame Asante-Boateng met farmers in the north on Monday.\n\n"
        '"The harvest will be our best in a decade," the Ghanaian president declared.',
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == ["kwame-asante-boateng"]


def test_a_quoted_fragment_in_reported_speech_is_the_reporters_subjects(tmp_path):
    seed = _seed(
        tmp_path,
        "Trade envoy Marta Oyelaran said the meeting of the region's fruit growers on Friday in Lisbon \"will decide "
        'the whole season" for exporters.',
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == ["marta-oyelaran"]


def test_a_quoted_fragment_after_another_name_gets_no_speaker(tmp_path):
    seed = _seed(
        tmp_path,
        'Trade envoy Marta Oyelaran said that minister Piet Drummond had called the talks "a turning point for us".',
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] in ([None], [])


def test_an_office_label_is_the_holder_of_that_office_never_a_deputy(tmp_path):
    seed = _seed(
        tmp_path,
        "Vice President Tomas Irribarra of Chile was received on Monday.\n\n"
        "THE PRESIDENT: We welcome our friend from Chile.\n\n"
        "The talks will go on tomorrow.\n\n"
        "Q Will you sign the accord?\n\n"
        "THE PRESIDENT: We will, soon.",
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == ["the-president"] * 3
    seed = _seed(tmp_path, "President Ana Duarte opened the session.\n\nTHE PRESIDENT: Let us begin the debate now.")
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["ana-duarte"]


def test_a_quotation_over_paragraphs_is_a_quote_per_paragraph_of_one_speaker(tmp_path):
    seed = _seed(
        tmp_path,
        'Governor Lena Okafor said: "The flood barriers held through the night and the river is falling.\n\n'
        '"We thank the volunteers who filled sandbags until dawn in every village.\n\n'
        '"The roads will reopen on Friday once engineers have checked them."',
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == ["lena-okafor"] * 3
    assert [q.text[:12] for q in ann.quotes] == ["The flood ba", "We thank the", "The roads wi"]


def test_a_name_with_its_part_in_brackets_labels_a_transcript_turn(tmp_path):
    assert speaker_label("Rosa Ferreira (Moderator): Welcome to the call.") == (
        "Rosa Ferreira (Moderator)",
        "Rosa Ferreira",
    )
    seed = _seed(
        tmp_path,
        "Rosa Ferreira (Moderator): Welcome to this briefing on the harbour works.\n\n"
        "Please keep your questions short today.",
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["rosa-ferreira"] * 2


def test_the_paragraph_under_a_said_colon_line_is_the_persons_words(tmp_path):
    seed = _seed(
        tmp_path,
        "The new ferry entered service on Monday.\n\n"
        "Dr Amara Lindqvist, Chief Executive, North Sea Ports Authority said:\n\n"
        "There are still many islands where a crossing takes a whole day, and this changes that.\n\n"
        "The ferry was built in Gdansk.",
    )
    ann = annotate(seed, {})
    assert [(q.speaker, q.text[:9]) for q in ann.quotes] == [("amara-lindqvist", "There are")]


def test_a_readout_attributable_to_someone_has_no_quotes(tmp_path):
    seed = _seed(
        tmp_path,
        "As stated by Spokesperson Dana Whitfield:\n\nThe Secretary met the Foreign Minister of Chile on Monday.",
    )
    assert annotate(seed, {}).quotes == ()


def test_words_said_by_an_unnamed_group_are_not_given_to_a_person_named_after(tmp_path):
    seed = _seed(
        tmp_path, '"We are ready to talk," the rebels said in a statement, according to Defence Minister Ines Costa.'
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == [None]


def test_she_then_he_are_two_speakers_and_a_titled_hall_is_a_person(tmp_path):
    seed = _seed(
        tmp_path,
        'Senator Rita Hall questioned Treasury Secretary Ben Ortiz at the hearing. "Why did you wait so long?" '
        'she asked. "We acted as fast as the law allowed," he replied.',
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == ["rita-hall", None]


def test_someone_quoted_as_saying_before_the_quote_is_its_speaker(tmp_path):
    seed = _seed(
        tmp_path,
        "Chief Executive Mara Quist wrote to staff on Friday. In the letter, Quist quoted union head "
        'Omar Deng as saying "the cuts are unacceptable and will be fought."',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["omar-deng"]


def test_a_pronoun_after_a_sentence_opened_by_another_person_is_that_persons(tmp_path):
    seed = _seed(
        tmp_path,
        "Defense Minister Karl Strom and his Finnish counterpart, Aino Lahti, met in Turku. "
        '"Our cooperation has never been closer," Strom said. Lahti agreed. "We share one border and one sea," '
        "she said.",
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["karl-strom", "aino-lahti"]


def test_a_quote_opening_a_paragraph_is_not_given_to_someone_things_were_done_to(tmp_path):
    seed = _seed(
        tmp_path,
        "Maria Lund survived three days under the rubble.\n\n"
        '"It is a miracle that anyone survived," a firefighter said.\n\n'
        "The court sentenced Omar Haddad to ten years on Monday.\n\n"
        '"Justice has been done for the victims and their families."',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == [None, None]
    seed = _seed(
        tmp_path,
        "Omar Haddad, speaking from Istanbul, voiced optimism.\n\n"
        '"The talks will resume in the spring and we will be ready for them."',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["omar-haddad"]


def test_unnamed_sources_are_the_quotes_source_never_an_actor(tmp_path):
    """'a senior defense official said', 'according to an embassy spokesperson', 'rescue workers
    said', a transcript label 'SENIOR STATE DEPARTMENT OFFICIAL:' or 'Operator:': the quote's source
    as the text describes it, no speaker, and no actor made of it; a named person keeps their quote."""
    seed = _seed(
        tmp_path,
        '"We will not retreat from the border," a senior defense official said on Tuesday.\n\n'
        'The talks ran late. "We made real progress tonight," according to an embassy spokesperson.\n\n'
        '"She was born again, it is a miracle," rescue workers said.\n\n'
        '"The port will reopen next week," said Jane Holloway, a spokeswoman for the port authority.\n\n'
        "SENIOR STATE DEPARTMENT OFFICIAL: Thank you very much, and thanks for joining us today.\n\n"
        "Operator: Welcome, and thank you all for standing by for this call.",
    )
    ann = annotate(seed, {})
    by_text = {q.text[:12]: (q.speaker, q.source) for q in ann.quotes}
    assert by_text["We will not "] == (None, "a senior defense official")
    assert by_text["We made real"] == (None, "an embassy spokesperson")
    assert by_text["She was born"] == (None, "rescue workers")
    assert by_text["The port wil"] == ("jane-holloway", "")
    assert by_text["Thank you ve"] == (None, "SENIOR STATE DEPARTMENT OFFICIAL")
    assert by_text["Welcome, and"] == (None, "Operator")
    assert not any("official" in a.slug or "operator" in a.slug for a in ann.actors)


def test_unnamed_source_descriptions():
    assert unnamed_source("said a senior US defense official speaking on background") == "a senior US defense official"
    assert unnamed_source("Two officials told reporters") == "Two officials"
    assert unnamed_source("On Thursday rescue workers said") == "rescue workers"
    assert unnamed_source("a spokesman, John Kirby, said") == ""  # a named person's words
    assert unnamed_source("said Jane Doe, a spokeswoman") == ""
    assert unnamed_source("an official statement said") == ""  # 'official' is no noun here
    assert unnamed_source("the ministry said") == ""
    assert unnamed_source("The flight director of Orion said that") == "The flight director of Orion"  # a role
    assert unnamed_source("the director, Jane Roe, said") == ""
    assert speaker_label("MODERATOR: Next question.") == ("MODERATOR", "")
    assert speaker_label("Operator: Welcome to the call.") == ("Operator", "")


def test_a_quote_after_a_paragraph_ending_in_who_says_and_a_colon_is_that_persons():
    body = (
        "Relief has reached most towns, Mayor Ellen Park said on Monday. Governor Tom Reyes says that the repairs "
        'will take months:\n\n"We will rebuild every bridge, and we will not leave anyone behind."'
    )
    seed = parse_seed("a.txt", f" date 2023-04-06\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    quotes = annotate(seed, {}).quotes
    assert [(q.speaker, q.cue) for q in quotes] == [
        ("tom-reyes", "Governor Tom Reyes says that the repairs will take months:")
    ]


def test_a_quote_after_a_line_whose_one_person_says_and_a_colon_after_a_side_phrase_is_theirs():
    body = (
        "The ferry service resumed on Monday.\n\n"
        "Arriving at the harbour after a meeting on the budget in Tallinn Mayor Ellen Park said:\n\n"
        '"The first thing we owe the crews is our thanks, and I have asked the council to pay them."'
    )
    seed = parse_seed("a.txt", f" date 2023-04-06\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    quotes = annotate(seed, {}).quotes
    assert [q.speaker for q in quotes] == ["ellen-park"], quotes


def test_a_quote_under_a_line_naming_no_one_known_ends_the_earlier_speakers_run():
    body = (
        'Mayor Ellen Park said:\n\n"The first thing we owe the crews is our thanks."\n\n'
        "The harbour master said:\n\n"
        '"The outer wall held through the storm, and the ferries run again.\n\n'
        '"We are also checking the piers one by one, and that will take a week."'
    )
    seed = parse_seed("a.txt", f" date 2023-04-06\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    quotes = annotate(seed, {}).quotes
    assert [q.speaker for q in quotes] == ["ellen-park", None, None], quotes


def test_a_block_quotation_goes_on_while_its_paragraphs_speak_in_the_first_person(tmp_path):
    seed = _seed(
        tmp_path,
        "The harbour reopened on Monday.\n\n"
        "Transport Minister Selma Rautio said:\n\n"
        "The harbour is open again after a long week of repairs to the outer wall.\n\n"
        "We owe the crews who worked through the storms a great deal of thanks.\n\n"
        "The outer wall is four kilometres long and was built in the last century.",
    )
    ann = annotate(seed, {})
    assert [(q.speaker, q.text[:6]) for q in ann.quotes] == [("selma-rautio", "The ha"), ("selma-rautio", "We owe")]


def test_a_text_declared_a_statement_closes_with_the_speakers_words(tmp_path):
    seed = _seed(
        tmp_path,
        "Statement from Health Minister Tove Lindahl on the winter season.\n\n"
        "Health Minister Tove Lindahl said:\n\n"
        "Hospitals across the north are ready for a busy winter season this year.\n\n"
        "Vaccination centres will stay open late on weekdays until the end of February.\n\n"
        "Everyone over sixty is urged to book an appointment before the first frost.",
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == ["tove-lindahl"] * 3


def test_a_list_of_names_and_colons_is_no_transcript(tmp_path):
    seed = _seed(
        tmp_path,
        "The grants cover the following counties and projects:\n\n"
        "Marlow County of Idaho: Bridges, culverts and roads\n\n"
        "Ferris Valley Tribe (Nevada): Flood walls\n\n"
        '"These grants will rebuild what the floods took," said Secretary Hana Berger.',
    )
    ann = annotate(seed, {})
    assert [(q.speaker, q.text[:5]) for q in ann.quotes] == [("hana-berger", "These")]


def test_a_transcript_turn_broken_off_is_no_list_entry():
    assert speaker_label("MINISTER OKAFOR: I am glad to take questions –") == ("MINISTER OKAFOR", "OKAFOR")
    assert speaker_label("Marlow County of Idaho: Bridges, culverts and roads") is None


def test_a_surname_two_people_share_gives_no_speaker(tmp_path):
    seed = _seed(
        tmp_path,
        "Anton Vesely and his daughter Lena Vesely were taken to hospital in Brno on Monday.\n\n"
        "Doctors said on Tuesday that Anton Vesely was improving quickly.\n\n"
        '"I feel much stronger every day," Ms Vesely said in a statement.\n\n'
        'Speaking later, Lena Vesely said: "The doctors were wonderful."',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == [None, "lena-vesely"]


def test_words_two_bodies_say_together_are_no_one_of_theirs(tmp_path):
    seed = _seed(
        tmp_path,
        "The probe reached orbit on Monday.\n\n"
        '"The mission has gone perfectly so far," NASA and the European Space Agency said in a joint statement.\n\n'
        'NASA and the European Space Agency said: "We expect first images next week."\n\n'
        'Mission chief Karla Brandt said: "We are proud."',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == [None, None, "karla-brandt"]


def test_unnamed_sources_of_any_trade_are_sources():
    assert unnamed_source("a senior NASA engineer said") == "a senior NASA engineer"
    assert unnamed_source("said one engineer who asked not to be named") == "one engineer"
    assert unnamed_source("according to people familiar with the matter") == "people"
    assert unnamed_source("a flight controller told reporters") == "a flight controller"


def test_a_title_the_lead_tied_to_a_name_speaks_as_that_person(tmp_path):
    """'The Trade Secretary said:' with 'Trade Secretary Ines Albrecht' in the lead: hers (the one
    person who holds that title); with two holders of the title, no guess."""
    one = _seed(
        tmp_path,
        "Harbour Minister Tomas Verhoeven and Trade Secretary Ines Albrecht opened the new quay on Monday.\n\n"
        "The Trade Secretary said:\n\n"
        '"This quay will carry half of the country\'s grain exports by next spring."',
    )
    assert [q.speaker for q in annotate(one, {}).quotes] == ["ines-albrecht"]
    two = _seed(
        tmp_path,
        "Trade Secretary Ines Albrecht and her successor, Trade Secretary Paul Osei, opened the quay on Monday.\n\n"
        "The Trade Secretary said:\n\n"
        '"This quay will carry half of the country\'s grain exports by next spring."',
    )
    assert [q.speaker for q in annotate(two, {}).quotes] == [None]


def test_the_sovereign_named_by_title_speaks_a_block_quotation(tmp_path):
    """'The Queen said:' and a paragraph without quotation marks under it: the Queen's words, the
    office-holder a person of the text as the text names her."""
    seed = _seed(
        tmp_path,
        "Messages of sympathy were sent after the floods on Monday.\n\n"
        "In her message to the President of the republic, The Queen said:\n\n"
        "I was deeply saddened to hear of the loss of life caused by the floods in the north today.",
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == ["the-queen"]


def test_speaker_named_after_an_abbreviated_rank_or_title(tmp_path):
    seed = _seed(
        tmp_path,
        '"None of us had ever played the game before," said Lance Cpl. John Harper, a rifleman with the unit. '
        '"It was fun to finally play a real match."\n\n'
        '"The weather helped us a great deal on the day," Gov. Mary Stone said.',
    )
    speakers = [q.speaker for q in annotate(seed, {}).quotes]
    assert speakers == ["john-harper", "john-harper", "mary-stone"]


def test_pronoun_after_another_person_reported_in_the_paragraph_before(tmp_path):
    seed = _seed(
        tmp_path,
        '"None of us had ever played the game before," said John Harper, a rifleman with the unit.\n\n'
        "Peter Morris, a former teacher running for parliament, said it was fun to play with the soldiers.\n\n"
        '"I have worked with these soldiers in the past, so it was great to play with them," he explained.',
    )
    speakers = [q.speaker for q in annotate(seed, {}).quotes]
    assert speakers == ["john-harper", "peter-morris"]


def test_interview_questions_are_the_interviewers_named_in_the_title(tmp_path):
    body = (
        "\ntitle: Interview by Jane Roe of Radio Example\n\n"
        "Foreign Minister Hans Vogel spoke to the radio in Berlin.\n\n"
        "QUESTION: Good morning, Minister, and thank you for your time.\n\n"
        "MINISTER VOGEL: (Laughter.) Good morning. It is a pleasure to be with you again.\n\n"
        "QUESTION: Will the border stay open this winter?\n\n"
        "MINISTER VOGEL: Yes, the border will stay open for every traveller."
    )
    quotes = annotate(_seed(tmp_path, body), {}).quotes
    assert [(q.speaker, q.text[:12]) for q in quotes] == [
        ("jane-roe", "Good morning"),
        ("hans-vogel", "Good morning"),
        ("jane-roe", "Will the bor"),
        ("hans-vogel", "Yes, the bor"),
    ]


def test_pronoun_names_no_one_when_a_name_not_of_a_person_comes_between(tmp_path):
    seed = _seed(
        tmp_path,
        "During our visit to Lisbon this week, Alice Brown and her daughters were moved by the old harbour.\n\n"
        "It brought back a line by a cherished daughter of both our nations, in a book from Valbora Editions. "
        'She wrote, "I was raised by the sea, where every goodbye is a promise to return."',
    )
    # 'Valbora Editions' (no person) comes between: 'she' is the daughter the text does not name, not Alice Brown
    assert [q.speaker for q in annotate(seed, {}).quotes] == [None]


def test_other_name_between_sees_a_name_between_two_sentences_not_in_the_pronouns_own():
    from generator.annotate.cast import Cast
    from generator.annotate.quotes import _other_name_between

    texts = ['Alice Brown flew in. It recalled the poet Ines Valbora. She said, "Lisbon is old."']
    cast = Cast()
    cast.add("Alice Brown", "person", 0, 0, 11, "Alice Brown", name=True)
    at = texts[0].index("Ines")
    cast.add("Ines Valbora", "organization", 0, at, at + 12, "Ines Valbora", name=True)
    she = texts[0].index("She")
    assert _other_name_between(cast, texts, 0, 11, 0, she)
    assert not _other_name_between(cast, texts, 0, 11, 0, at)  # in the pronoun's own sentence: not between
    cast.members["Ines Valbora"].kind = "person"
    assert not _other_name_between(cast, texts, 0, 11, 0, she)  # a person: the nearer antecedent, found as such


def test_a_name_given_in_full_after_said_extends_a_person_cut_short():
    from generator.annotate.cast import Cast
    from generator.annotate.quotes import _name_in_full

    text = '"The vote was free and fair," said Emeka Ad\'Obi on Monday.'
    cast = Cast()
    cast.add("Emeka", "person", 0, 0, 5, "Emeka", name=True)
    assert _name_in_full("Emeka Ad'Obi", cast, 0, 30, [text]) == "Emeka"
    assert "Emeka Ad'Obi" in cast.members["Emeka"].forms
    assert _name_in_full("Emeka Monday", cast, 0, 30, [text]) is None  # a day is no name
    cast.add("Emeka Obi", "person", 0, 0, 9, "Emeka Obi", name=True)
    cast.add("Emeka Ad'Obi Jr", "person", 0, 0, 9, "x", name=True)
    assert _name_in_full("Emeka Ad'Obi", cast, 0, 30, [text]) == "Emeka"  # the one whose name is its first words
    cast.add("Emeka Ad'Obi", "person", 0, 0, 9, "x", name=True)
    assert _name_in_full("Emeka Ad'Obi Okafor", cast, 0, 30, [text]) is None  # two fit: no guess


def test_a_short_first_part_of_an_interrupted_quotation_is_a_quote(tmp_path):
    seed = _seed(
        tmp_path,
        "Minister Jane Doe spoke in the capital on Monday.\n\n"
        '"The thugs," said Minister Jane Doe, "locked up the journalist without a trial."',
    )
    quotes = annotate(seed, {}).quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("The thugs", "jane-doe"),
        ("locked up the journalist without a trial.", "jane-doe"),
    ]


def test_pronoun_after_two_people_joined_by_and_names_neither(tmp_path):
    seed = _seed(
        tmp_path,
        'Jane Doe and Tom Green met on Friday. "We discussed the project at length," he said.\n\n'
        'Jane Doe met Tom Green on Saturday. "We discussed the project again," she said.',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == [None, "jane-doe"]


def test_quote_alone_after_a_sentence_headed_by_the_one_person_named(tmp_path):
    seed = _seed(
        tmp_path,
        'Jane Doe was defiant on Monday. "We are proud to support this project and we will not stop."\n\n'
        'The court sentenced Tom Green to five years in prison. "This is a dark day for all of us here."',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["jane-doe", None]


def test_more_speech_verbs_attribute_a_quote(tmp_path):
    seed = _seed(
        tmp_path,
        'Minister Jane Doe condemned the attack, adding: "Those responsible will be brought to justice soon."\n\n'
        '"Those responsible will pay for what they did!" shouted Tom Green, the mayor.\n\n'
        '"We are not afraid of anyone at all," Green quipped.',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["jane-doe", "tom-green", "tom-green"]


def test_a_name_and_a_colon_before_a_quotation(tmp_path):
    seed = _seed(
        tmp_path,
        "The ministers met in the capital on Monday to discuss the attack.\n\n"
        'Minister Jane Doe: "Those responsible will be brought to justice very soon."',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["jane-doe"]


def test_a_quotation_that_lost_its_opening_mark():
    spans = quote_spans(["“I worked with them before,” he explained. They showed great spirit. It was fun.”"])
    text = "“I worked with them before,” he explained. They showed great spirit. It was fun.”"
    assert [text[s:e] for _, s, e in spans] == ["I worked with them before,", "They showed great spirit. It was fun."]
    assert len(quote_spans(['"One quote," he said. "And one left open'])) == 2  # straight marks: as before


def test_interview_with_a_journalist_not_a_speaker_label_makes_the_questions_theirs(tmp_path):
    turns = (
        "Foreign Minister Hans Vogel spoke to the radio in Berlin.\n\n"
        "QUESTION: Will the border stay open this winter, Minister?\n\n"
        "MINISTER VOGEL: Yes, the border will stay open for every traveller."
    )
    asked = _seed(tmp_path, "\ntitle: Interview With Jane Roe of Radio Example\n\n" + turns)
    assert [q.speaker for q in annotate(asked, {}).quotes] == ["jane-roe", "hans-vogel"]
    # the one interviewed: her label answers, and the questions stay no one's
    answered = _seed(
        tmp_path,
        "\ntitle: Interview With Jane Roe\n\nQUESTION: Why did you run for mayor?\n\n"
        "MS. ROE: Because the town needed a change of direction.",
    )
    assert [q.text[:7] for q in annotate(answered, {}).quotes] == ["Because"]


def test_an_interview_with_an_outlet_or_the_press_names_no_interviewer():
    from generator.annotate.quotes import _interviewer

    assert _interviewer("Interview on NBC's Meet the Press With Tim Russert") == "Tim Russert"
    for title in ("Interview With Traveling Press", "Interview With Fox News", "Interview With The Washington Post"):
        assert _interviewer(title) == ""


def test_ranks_with_an_ordinal_and_a_curly_quote_going_on_after_an_abbreviation(tmp_path):
    seed = _seed(
        tmp_path,
        "“It was a great experience for the whole team,” said Sgt. 1st Class Mark Hill, a platoon sergeant.\n\n"
        "“We were tired every single day,” said Pfc. Anna Ruiz, a medic with the unit. "
        "“I learned more in two weeks than in a year.”",
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["mark-hill", "anna-ruiz", "anna-ruiz"]


def test_a_role_phrase_then_the_name_in_apposition_after_said(tmp_path):
    seed = _seed(
        tmp_path,
        "The soldiers came back from the exercise on Friday.\n\n"
        '"We were tired every single day," said the commander, Col. Mark Hill.\n\n'
        '"It was worth every minute of it," said the unit\'s medic, Anna Ruiz.',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["mark-hill", "anna-ruiz"]


def test_a_speaker_mention_resolving_to_a_piece_of_a_title_names_no_one():
    from generator.annotate.cast import Cast
    from generator.annotate.quotes import _resolve

    cast = Cast()
    cast.add("Sgt", "person", 0, 0, 3, "Sgt", name=True)  # the model's 'Sgt' of 'Sgt. Mark Hill'
    cast.add("Mark Hill", "person", 0, 5, 14, "Mark Hill", name=True)
    assert _resolve("Sgt.", cast, 0, 20, None, ["Sgt. Mark Hill said it was fine."]) is None
    assert _resolve("Mark Hill", cast, 0, 20, None, ["Sgt. Mark Hill said it was fine."]) == "Mark Hill"


def test_the_noun_a_person_was_introduced_with_names_them(tmp_path):
    seed = _seed(
        tmp_path,
        "Pentagon spokesman John Kirby briefed reporters on Monday.\n\n"
        '"We will not comment on that at this time," the spokesman said.\n\n'
        "Jane Doe, a teacher from Ohio, lost her home in the flood.\n\n"
        '"We have nothing left at all after this," the teacher said.\n\n'
        "Tom Green, the head of the company, spoke on Tuesday.\n\n"
        '"We had a very good year despite the flood," the company said.',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["john-kirby", "jane-doe", None]


def test_a_titles_dot_does_not_open_a_sentence_for_the_quote_after_it(tmp_path):
    # 'Lt.' is no sentence's end: Morris is the object of 'thanked', not the head of the sentence
    # before the quotation, so the quotation is not his; opening the sentence himself, it is
    objected = 'The court in Dover thanked Lt. Peter Morris on Monday for his years of service. "We will not stop now."'
    heading = 'Lt. Peter Morris was defiant on Monday. "We will not stop now."'
    assert [q.speaker for q in annotate(_seed(tmp_path, objected), {}).quotes] == [None]
    assert [q.speaker for q in annotate(_seed(tmp_path, heading), {}).quotes] == ["peter-morris"]


def test_a_suffix_after_a_name_ends_the_attributions_sentence():
    # 'Sr.' is written after a name, no title before one: its dot may end the sentence
    from generator.annotate.quotes import _attribution

    text = '"We won the cup," said John Doe Sr. He thanked the fans who came.'
    assert _attribution(text, text.index('"', 1)) == " said John Doe Sr"
    text = '"We won the cup," said Lt. Gen. Jane Roe, the coach. She thanked the fans.'
    assert _attribution(text, text.index('"', 1)) == " said Lt. Gen. Jane Roe, the coach"


def test_a_person_named_in_what_another_says_is_not_he_who_speaks_next(tmp_path):
    # 'Lindqvist' is named inside what the rescue worker says: 'he said' after it is not his
    seed = _seed(
        tmp_path,
        "A rescue worker on the scene says Peter Lindqvist was in good shape on Sunday.\n\n"
        '"It took us four hours to get to him through the rubble," he said.',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == [None]


def test_the_office_label_is_not_the_holder_the_speaker_addresses(tmp_path):
    # 'THE PRESIDENT:' thanks President Lindqvist (of the college): she is spoken to, not speaking
    seed = _seed(
        tmp_path,
        "Remarks at the memorial service at Dover College.\n\n"
        "THE PRESIDENT: Thank you, President Maria Lindqvist. We grieve today with the students of this college.\n\n"
        "We will stand by you in the months to come.",
    )
    speakers = {q.speaker for q in annotate(seed, {}).quotes}
    assert speakers and "maria-lindqvist" not in speakers


def test_a_label_that_is_a_common_noun_names_no_speaker(tmp_path):
    seed = _seed(
        tmp_path,
        "Housing after the wildfire: what the agency can and cannot do.\n\n"
        "MYTH: Temporary housing units can be given to anyone who asks for one.\n\n"
        "FACT: Under federal law, the units may only house eligible survivors of the fire.",
    )
    quotes = annotate(seed, {}).quotes
    assert all(q.speaker is None for q in quotes)
    assert speaker_label("MYTH: Temporary housing units can be given.") == ("MYTH", "MYTH")


def test_a_gerund_phrase_in_marks_after_a_preposition_with_no_cue_is_no_quote(tmp_path):
    seed = _seed(
        tmp_path,
        "Farm radio reaches the hills.\n\n"
        'The network helps farmers plan their harvests by "putting the weather in every pocket."\n\n'
        '"We hear the forecast before we plant," said Lena Oduya, a farmer.',
    )
    entry = annotate(seed, {})
    assert [q.text for q in entry.quotes] == ["We hear the forecast before we plant"], entry.quotes


def test_after_a_turn_in_quotation_marks_a_paragraph_not_opening_with_one_is_narration(tmp_path):
    seed = _seed(
        tmp_path,
        "Rivers this week.\n\n"
        'TARVALD: "The river has never been this low in October."\n\n'
        'That story and more. I\'m Ola Brisk, and this is "Water Week."\n\n'
        'TARVALD: "We have had no rain since June."',
    )
    entry = annotate(seed, {})
    assert [q.speaker for q in entry.quotes] == ["tarvald", "tarvald"], entry.quotes  # the host's words: no quote


def test_the_label_of_the_reporters_surname_is_narration_not_a_quote(tmp_path):
    seed = _seed(
        tmp_path,
        "Bees in the city.\n\n"
        "Beekeepers are moving hives onto office roofs across the region. Our reporter Nora Vell reports.\n\n"
        "VELL: On a roof above the station, twelve hives hum in the sun.\n\n"
        "The keepers check them every week.\n\n"
        "HALVORSEN: We lose fewer bees up here than in the fields.",
    )
    entry = annotate(seed, {})
    assert [q.speaker for q in entry.quotes] == ["halvorsen"], entry.quotes  # the reporter's words are no quote


def test_a_script_part_label_and_the_narrators_initials_name_no_speaker(tmp_path):
    seed = _seed(
        tmp_path,
        "Life on the border post.\n\n"
        "INTRO: Hundreds of soldiers guard the valley. Reporter Mara Tellsen went to see them.\n\n"
        "MT: In a tower above the river, a soldier lifts his binoculars.\n\n"
        "TAPE: CUT 2\n\n"
        "OKAFOR: We watch the river all night.",
    )
    entry = annotate(seed, {})
    assert [q.speaker for q in entry.quotes] == ["okafor"], entry.quotes  # the narrator's words are no quote
    assert not {"intro", "mt", "tape"} & {a.slug for a in entry.actors}, entry.actors


def test_a_script_text_label_is_narration(tmp_path):
    """A broadcast script's 'TEXT:' part (after its 'INTRO:') is the reporter's story, no one's quotation, nor are
    the paragraphs after it a turn."""
    seed = _seed(
        tmp_path,
        "Voters go to the polls.\n\n"
        "INTRO: Voters in the north are choosing a new council. Reporter Lena Dahl has this report.\n\n"
        "TEXT: Voters turned out early and in large numbers, many of them before dawn.\n\n"
        "In the market town of Eastby, a retired nurse, Mrs. Ida Holm, says it was a fair campaign.",
    )
    entry = annotate(seed, {})
    assert not entry.quotes, entry.quotes
    assert "text" not in {a.slug for a in entry.actors}, entry.actors


def test_the_agent_of_said_by_is_she_who_speaks_next(tmp_path):
    seed = _seed(
        tmp_path,
        "And it called to mind something once said by a beloved daughter of both our countries, "
        "the novelist Isabel Ortega. "
        'She said, "I come from a land of mountains, where friendship is a pact."',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["isabel-ortega"]


def test_a_name_closing_said_title_is_the_speaker_whatever_kind_the_cast_gave_it():
    # the model took 'Jan Kovacs' for an organisation: shaped as a person's name and closing the
    # speech verb's clause, it is the speaker; a body named there that is no name ('Crisis
    # Management Office') is not
    from generator.annotate.cast import Cast
    from generator.annotate.quotes import _one_person_after

    text = '"We sent all our teams," said EU Commissioner for Aid and Crisis Management, Jan Kovacs.'
    cast = Cast()
    cast.add("Jan Kovacs", "organization", 0, text.index("Jan"), text.index("Jan") + 10, "Jan Kovacs")
    end = text.index('"', 1)
    assert _one_person_after(cast, 0, text, end) == "Jan Kovacs"
    text = '"We sent all our teams," said a spokesman for the Crisis Management Office.'
    cast = Cast()
    at = text.index("Crisis")
    cast.add("Crisis Management Office", "organization", 0, at, at + 24, "Crisis Management Office")
    assert _one_person_after(cast, 0, text, text.index('"', 1)) is None


def test_a_name_set_off_by_commas_before_said_colon_after_a_side_phrase(tmp_path):
    # 'Responding to ...' opens the line: the name is no sentence's head, but the name of the
    # title set off by commas right before 'said:' is the one who speaks
    seed = _seed(
        tmp_path,
        "New figures on the labour market were published today.\n\n"
        "Responding to the figures the Secretary of State for Wales, Tomas Berger, said:\n\n"
        "“The unemployment rate in Wales remains near record lows and the labour market is resilient.”",
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["tomas-berger"]


def test_a_participle_after_the_quote_goes_on_with_the_speaker_before_it(tmp_path):
    # what follows 'adding' is what was said ('the Embassy planted trees'), not who said it
    seed = _seed(
        tmp_path,
        "Speaking at the donation Ambassador Tomas Berger said: “We do this to thank the team for their "
        "dedication and support to the Embassy,” adding last year the Embassy planted 300 trees near the capital.",
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["tomas-berger"]


def test_a_compound_ranks_first_dot_ends_no_sentence():
    from generator.annotate.quotes import _attribution, _first_sentence

    text = '"It was the hardest mission," said Tech. Sgt. Adam Lopez, a pararescueman. "We did it."'
    assert _attribution(text, text.index('"', 1)) == " said Tech. Sgt. Adam Lopez, a pararescueman"
    assert _first_sentence("said Tech. Sgt. Adam Lopez") == "said Tech. Sgt. Adam Lopez"
    assert _first_sentence("added Tech. The team went home") == "added Tech"


def test_a_title_and_its_holder_parsed_as_conjuncts_are_one_speaker():
    # the parse may make the name a conjunct of the title ('General' ... conj 'Lindqvist') with
    # nothing joining them: one speaker, not two ('NASA and the Agency said': two). The parses are
    # written out (the model gives the first only for some names).
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from generator.annotate.quotes import _coordinated

    words = ["Undersecretary", "-", "General", "for", "Humanitarian", "Affairs", "Maria", "Lindqvist", "said"]
    heads = [2, 2, 8, 2, 5, 3, 7, 2, 8]
    deps = ["compound", "punct", "nsubj", "prep", "compound", "pobj", "compound", "conj", "ROOT"]
    title = Doc(Vocab(), words=words, heads=heads, deps=deps)
    words = ["NASA", "and", "the", "Agency", "said"]
    joint = Doc(Vocab(), words=words, heads=[4, 0, 3, 0, 4], deps=["nsubj", "cc", "det", "conj", "ROOT"])
    assert not _coordinated(title[0:8])
    assert _coordinated(joint[0:4])


def test_a_name_inside_the_quotation_before_is_not_the_speaker_of_the_next_quoted_paragraph(tmp_path):
    seed = _seed(
        tmp_path,
        "Senator Jane Roeberg and Senator Tom Greenfield released the following joint statement today on the "
        "arrest of Marko Vulic, the commander who has been indicted for war crimes.\n\n"
        "“We are very pleased by the arrest of wartime commander Marko Vulic, who has been indicted for the "
        "shelling of the city during the war, and other atrocities.\n\n"
        "“The arrest marks a crucial turning point for the country. Vulic’s arrest will help achieve justice "
        "for the victims.\n\n"
        "“We hope that the country will seize the moment.”",
    )
    quotes = annotate(seed, {}).quotes
    assert len(quotes) == 3
    assert "marko-vulic" not in [q.speaker for q in quotes]


def test_a_name_before_the_closing_mark_of_a_quotation_run_on_from_paragraphs_before_is_not_the_speaker(tmp_path):
    seed = _seed(
        tmp_path,
        'Minister Jane Roeberg said this is an "important day for all those who suffered".\n\n'
        "“I very much welcome the news that Dragan Kovacevic has today been transferred to the tribunal. This is an "
        "important day for all those who suffered.\n\n"
        "This transfer is further evidence of the authorities’ commitment. Dragan Kovacevic stands accused of "
        "appalling crimes, and it is right that the charges are now heard in full.”\n\n"
        "“We have always been clear that there can be no hiding from justice for those accused of crimes.”",
    )
    quotes = annotate(seed, {}).quotes
    assert quotes[-1].text.startswith("We have always been clear")
    assert quotes[-1].speaker == "jane-roeberg"


def test_he_or_she_after_a_paragraph_another_person_opens_is_that_person_not_the_last_speaker(tmp_path):
    seed = _seed(
        tmp_path,
        "The arrest of the general shows that war criminals will not escape judgment, say President Tom "
        "Harlan and Secretary of State Maria Ostrova.\n\n"
        '"We look forward to his transfer to the tribunal," Harlan said.\n\n'
        "Secretary Ostrova praised the news of the arrest as a victory.\n\n"
        '"If you commit a crime, you will not escape judgment, you will not go free," she said in a statement.',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["tom-harlan", "maria-ostrova"]


def test_states_in_a_country_s_name_is_no_speech_verb_before_a_quoted_fragment(tmp_path):
    seed = _seed(
        tmp_path,
        "President Tom Harlan praised the navy on Monday.\n\n"
        "Harlan said the United States is “resolved to halt the rise of piracy” off the coast and in the gulf, "
        "where pirates have become more defiant.",
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["tom-harlan"]


def test_a_name_and_a_colon_after_a_dateline_and_a_dash_give_the_speaker(tmp_path):
    seed = _seed(
        tmp_path,
        'Springfield, IL - Governor Jane Roeberg: "After fifty years of conflict, a final peace accord has been '
        "reached by the government and the rebels.\n\n"
        '"I salute the courage of the negotiating teams, whose commitment made this breakthrough possible."',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["jane-roeberg", "jane-roeberg"]


def test_a_quotation_in_the_rest_of_a_clause_whose_subject_is_one_person_named_is_theirs(tmp_path):
    seed = _seed(
        tmp_path,
        "The general was arrested in the north on Thursday.\n\n"
        "President Tom Harlan applauded the prime minister and her government in a statement for their "
        "“determined efforts to ensure that the general was found and that he faces justice.”\n\n"
        "The treaty will cap the number of deployed weapons. Secretary of State Jane Roeberg described the "
        "inspections as an important element in “our ability to verify compliance with the treaty.”\n\n"
        "The analysts concur with the report’s conclusion that “there has been a series of intentional "
        "operations aimed at altering the vote.”\n\n"
        "Jim Patel starred in “The Return Of The King Of Spain” last year.",
    )
    quotes = annotate(seed, {}).quotes
    assert [q.speaker for q in quotes] == ["tom-harlan", "jane-roeberg", None]


def test_he_after_a_sentence_with_an_abbreviation_is_its_head_not_the_person_it_reports_on(tmp_path):
    seed = _seed(
        tmp_path,
        "Rescue workers pulled Jens Kristiansen, a Danish aid worker, alive from the ruins on Sunday.\n\n"
        "Dave Hutchins, a U.S. rescue worker says Kristiansen appeared to be in good shape.\n\n"
        '"It took us four hours to get to him," he said.',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["dave-hutchins"]


def test_a_title_heading_an_of_phrase_is_another_office(tmp_path):
    # 'The head of the army' is not the head of state the text calls 'the leader': no speaker, not the president
    seed = _seed(
        tmp_path,
        "President Amara Dovic has ruled Veloria since 1990. At 88, he is the oldest leader on the continent.\n\n"
        'The head of the army warned on Monday that he would "take control of the capital within days" '
        "unless Dovic stepped down.",
    )
    (q,) = annotate(seed, {}).quotes
    assert q.text.startswith("take control") and q.speaker is None


def test_the_following_statement_announces_the_words_under_it(tmp_path):
    # 'X made the following statement on ...:' is a speech verb's colon, with another person named in it
    seed = _seed(
        tmp_path,
        "Washington—Senator Dana Whitfield, Chair of the Senate Energy Committee, this evening made the following "
        "statement on Governor Paul Ames’s resignation and the next steps for the state:\n\n"
        "“The people of the state deserve a calm and orderly transition. They deserve leaders who keep their word.\n\n"
        "“I stand ready to work with the new governor from the first day.”",
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["dana-whitfield"] * 2
    # and the paragraphs without quotation marks under 'X released the following statement:'
    seed = _seed(
        tmp_path,
        "The Trade Minister, Lena Marsh released the following statement:\n\n"
        "On behalf of the government, I congratulate the people of Veloria on the opening of their new port today.\n\n"
        "We look forward to many years of trade between our two countries and their growing fleets.",
    )
    quotes = annotate(seed, {}).quotes
    assert [q.speaker for q in quotes] == ["lena-marsh"] * 2
    assert quotes[0].text.startswith("On behalf of the government")


def test_he_heading_the_clause_of_a_quote_is_the_one_person_named_before(tmp_path):
    seed = _seed(
        tmp_path,
        "Opposition leader Tomas Brandt, 64, had spent the previous month in hiding.\n\n"
        "He spoke to cheering crowds in the capital on Wednesday night and struck a conciliatory tone, urging his "
        'supporters to "put our quarrels behind us and build a country that listens to everyone."',
    )
    (q,) = annotate(seed, {}).quotes
    assert q.speaker == "tomas-brandt"
    # not when the sentence before names several people (and the last speaker is another): no guess
    seed = _seed(
        tmp_path,
        '"We will stand with our friends," President Mark Hollis said on Monday.\n\n'
        "Days after the call between President Hollis and President Ana Ruiz, Foreign Minister Clara Voss visited "
        "the capital to meet President Ruiz and her ministers.\n\n"
        'She praised the resilience of the people and reassured them that "our country is ready to send the '
        'supplies that are needed to help you rebuild."',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["mark-hollis", None]


def test_in_his_words_gives_the_quote_to_him(tmp_path):
    seed = _seed(
        tmp_path,
        "Karim Haddad is a lawyer for the union. The union has been banned since 2019. He told the AFP news agency "
        'he believes the ruling was fair because, in his words, "the first verdict was full of errors."\n\n'
        "Thanks to Secretary Lena Marsh, trade is back at the centre of policy.\n\n"
        "In Secretary Marsh’s words: “A port that stands idle is a promise broken to every worker who built it "
        "and every family who depends on it.”",
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["karim-haddad", "lena-marsh"]


def test_a_title_named_by_its_role_says_before_a_colon(tmp_path):
    # 'the Minister for Trade said:': the cast names 'the Minister'; the rest of the title runs on to the verb
    seed = _seed(
        tmp_path,
        "Trade Minister Lena Marsh writes after the vote in the assembly.\n\n"
        "Writing today in a regional newspaper, the Minister for Trade said:\n\n"
        "“On 3 May the assembly passed the new trade law. The law opens the port to foreign ships for the first time.”",
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["lena-marsh"]


def test_the_following_is_a_statement_from_names_the_speaker(tmp_path):
    seed = _seed(
        tmp_path,
        "WASHINGTON -- The following is a statement from Harbour Authority Chief Executive Mara Lind on the rescue "
        "of the ferry crew.\n\n"
        '"On behalf of everyone at the authority, I want to thank the crews who worked through the night to bring '
        'every sailor home safely."',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["mara-lind"]


def test_a_person_saying_in_the_sentence_before_a_quote_is_its_speaker(tmp_path):
    # the one person of the paragraph before, subject of 'said' after a fronted phrase (not opening the sentence)
    seed = _seed(
        tmp_path,
        "After numerous false leads in the search for the plane, Australian Air Commodore John Mark said the large "
        "objects spotted by satellite are a possible breakthrough.\n\n"
        '"Quite simply, it is credible enough to divert the search to this area on the basis it provides a '
        'promising lead to what might be wreckage."',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["john-mark"]


def test_a_long_apposition_after_the_cue_does_not_end_the_speakers_quotation(tmp_path):
    seed = _seed(
        tmp_path,
        '"In three months of watching the glacier, the amount of ice it was losing grew about tenfold," said Sam '
        "Kettle, principal investigator of the survey instrument at the Polar Institute in Tromso, Norway, and lead "
        'author of a paper appearing in the special issue of the journal. "To be this close to a glacier for so '
        'long was a dream of ours for years."',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["sam-kettle"] * 2


def test_a_turn_in_quotation_marks_and_a_question_label(tmp_path):
    # 'President X: “...”': the turn's words without the marks; 'Question:' is a reporter's turn, not X's
    seed = _seed(
        tmp_path,
        "This is what President Alma Reyes told reporters about the meeting.\n\n"
        "President Reyes: “We will be meeting in June in Lisbon. It went very well, and I think it will be a "
        "process.”\n\n"
        "Question: “Have they gone far enough now, and are they sincere about the talks?”\n\n"
        "President Reyes: “Well, we will see. I think they want to make a deal, and we are ready to talk.”",
    )
    quotes = annotate(seed, {}).quotes
    assert [q.text[:13] for q in quotes] == ["We will be me", "Well, we will"]
    assert [q.speaker for q in quotes] == ["alma-reyes"] * 2
    assert speaker_label("Question: Have they gone far enough?") == ("Q", "")


def test_a_transcript_paragraph_of_stage_notes_is_no_ones_words(tmp_path):
    seed = _seed(
        tmp_path,
        "PRESIDENT MARLOW: I would like to thank the Prime Minister for welcoming me here today.\n\n"
        "[At this point, a moment of silence was observed.]\n\n"
        "(Signing of the treaty.) (Applause.)\n\n"
        "We will now sign the agreement between our two countries.",
    )
    quotes = annotate(seed, {}).quotes
    assert [q.text[:10] for q in quotes] == ["I would li", "We will no"]
    assert {q.speaker for q in quotes} == {"marlow"}


def test_a_one_word_label_beside_a_name_label_is_a_turn(tmp_path):
    # 'Wikinews:' opens the interviewer's turns: not the words of the candidate whose turn came before
    seed = _seed(
        tmp_path,
        "Wikinews interviewed candidate Rocky Dale about his campaign.\n\n"
        "Wikinews: Why are you running for president this year?\n\n"
        "Rocky Dale: I am running because the country needs a businessman who can balance the budget.\n\n"
        "Wikinews: What is your view on trade?\n\n"
        "Rocky Dale: Trade must be fair to American workers and to the farmers of the Midwest.",
    )
    quotes = annotate(seed, {}).quotes
    assert [q.speaker for q in quotes] == ["wikinews", "rocky-dale", "wikinews", "rocky-dale"]
    assert quotes[2].text == "What is your view on trade?"
    # alone, a one-word label is no turn ('Note: ...' twice in a release)
    seed = _seed(tmp_path, "Note: The office is closed on Monday.\n\nNote: The office opens again on Tuesday.")
    assert annotate(seed, {}).quotes == ()


def test_it_said_after_an_organisations_quote_is_that_organisation(tmp_path):
    seed = _seed(
        tmp_path,
        "The aid group Doctors for Peace warned on Monday that the outbreak was not over.\n\n"
        'The group, also known by its French acronym MPL, said, "In the north, the international response is '
        'only now getting off the ground."\n\n'
        'The group is now calling for rapid response teams and for the "restarting" of the health care system, '
        'which, it said, "has virtually collapsed because of the epidemic."',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["mpl", "mpl"]


def test_said_name_right_after_a_quote_without_its_comma(tmp_path):
    seed = _seed(
        tmp_path,
        '"This was an incredible team effort, and I am extremely proud of everyone who made this rescue possible" '
        "said Vice Adm. Bill Gordon, commander of the naval forces.\n\n"
        '"We will keep the ships in the area until the last of the crew is home" added Captain Ann Lowe.',
    )
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["bill-gordon", "ann-lowe"]


def test_a_title_in_quotes_then_said_name_and_a_clause_is_not_that_persons_words(tmp_path):
    # 'said X had ...': the title's report says what X did; X says nothing here
    for body in (
        'The report, titled "Fixing the Broken Peace Process" said Prime Minister Jane Roe had ignored the warnings.',
        'A letter signed "Concerned Citizens of the North" said Mayor John Doe should resign.',
    ):
        assert [q.speaker for q in annotate(_seed(tmp_path, body), {}).quotes if q.speaker] == [], body


def test_a_quotation_runs_on_through_paragraphs_without_an_opening_mark(tmp_path):
    seed = _seed(
        tmp_path,
        "Minister for Europe Dana Hale said the transfer was an important day for the victims.\n\n"
        "“I very much welcome the news that the general has today been transferred to the tribunal in The Hague.\n\n"
        "This transfer is further evidence of the government’s commitment to working with the tribunal. "
        "It is right that the charges against him are now heard in full.”\n\n"
        "The tribunal was set up in 1993 to try crimes committed during the wars of the 1990s.",
    )
    quotes = annotate(seed, {}).quotes
    assert [q.text[:20] for q in quotes] == ["I very much welcome ", "This transfer is fur"]
    assert [q.speaker for q in quotes] == ["dana-hale"] * 2
    assert quotes[1].text.endswith("heard in full.")


def _speakers(tmp_path, body):
    return [(q.text[:30], q.speaker) for q in annotate(_seed(tmp_path, body), {}).quotes]


def test_a_she_is_not_a_man_the_text_calls_mr(tmp_path):
    """'she' resolved to the last person named, whom the text calls 'Mr.': the one woman named there instead."""
    body = (
        "Ms. Jane Roe toured the flooded district on Monday. Her deputy, Mr. John Doe, spoke next. "
        '"We will rebuild every home that was lost in the flood," she said.'
    )
    assert _speakers(tmp_path, body) == [("We will rebuild every home tha", "jane-roe")]


def test_a_pronoun_is_no_one_when_a_person_of_its_sex_opens_the_sentence_before(tmp_path):
    """'Ms. Anna Berg chaired ...' then 'Deputy Peter Lind then spoke ...': 'she' may be either (the text
    does not say Lind is a man; no list of first names): no speaker rather than a wrong one."""
    body = (
        "Ms. Anna Berg chaired the meeting on Monday. Deputy Peter Lind then spoke at length. "
        '"The budget will not cover the repairs this year," she said.'
    )
    assert _speakers(tmp_path, body) == [("The budget will not cover the ", None)]


def test_a_pronoun_is_no_one_after_a_person_named_as_her_deputy(tmp_path):
    """'Her deputy, John Doe, spoke next.' then 'she said': the 'her' is another woman, maybe the speaker."""
    body = (
        "Mayor Jane Roe toured the flooded district on Monday.\n\n"
        'Her deputy, John Doe, spoke next. "We will rebuild every home that was lost," she said.'
    )
    assert _speakers(tmp_path, body) == [("We will rebuild every home tha", None)]


def test_a_pronoun_keeps_its_person_when_the_text_says_their_sex(tmp_path):
    """'Kennedy Ajowi, an Odinga supporter, says he fears ...': Ajowi is a man, so 'he said' is his words
    though 'Mr. Odinga' is named before (a man too)."""
    body = (
        "Partial results show Raila Odinga is leading. Mr. Odinga has 4.3 million votes.\n\n"
        "Kennedy Ajowi, an Odinga supporter in Nairobi, says he fears that the results are being delayed.\n\n"
        '"From the look of things he has been defeated already," he said.'
    )
    assert _speakers(tmp_path, body) == [("From the look of things he has", "kennedy-ajowi")]


def test_a_speech_verb_the_parse_left_without_subject_has_the_person_named_right_before_it():
    """Quoted names earlier in the sentence ('“Blue Rock 1,”') can leave 'said' without a subject in the
    parse (it took the name for an apposition of 'trench'): the one person named right before the verb,
    their workplace and an apposition between, is the speaker (``_before`` falls back to this)."""
    from generator.annotate.aliases import build_cast
    from generator.annotate.nlp import parse_blocks
    from generator.annotate.quotes import _named_right_before

    text = (
        "Studying the initial findings from the new “Blue Rock 2” trench, located to the right of “Blue Rock 1,” "
        "Jo Tanner of Lake University in St. Paul, co-investigator for the robotic arm, said, “We have dug a trench.”"
    )
    cast = build_cast(parse_blocks([text]), ["para"])
    at = text.index(" said,") + 1
    assert _named_right_before(cast, 0, text, at, at + 4) == ("Jo Tanner", text[text.index("Jo Tanner") : at + 4])
    other = "Jo Tanner met Ann Berg, the head of the team, and said, “We have dug a trench.”"
    cast = build_cast(parse_blocks([other]), ["para"])
    at = other.index(" said,") + 1
    assert _named_right_before(cast, 0, other, at, at + 4) == (None, "")  # Berg is no subject: no guess


def test_a_paragraph_opening_inside_a_quotation_whose_opening_mark_was_lost(tmp_path):
    """'It must be ice,” said X. “These ...”': the words before the first (closing) mark are a quote, X's."""
    body = (
        "Dice-size crumbs of bright material have vanished from inside a trench.\n\n"
        "It must be ice,” said Principal Investigator Peter Smith of the University of Arizona. "
        "“These little clumps disappearing over a few days, that is perfect evidence that it’s ice.”"
    )
    assert _speakers(tmp_path, body) == [
        ("It must be ice", "peter-smith"),
        ("These little clumps disappeari", "peter-smith"),
    ]


def test_an_unnamed_source_described_by_a_person_noun_or_a_possessive(tmp_path):
    """'his lawyer said', 'a woman in the camp said': unnamed sources, their words no one named's."""
    seed = _seed(
        tmp_path,
        'John Doe was arrested on Monday. "He is innocent and will be cleared of all charges," his lawyer said.\n\n'
        '"Nobody has come to help us in three weeks," a woman in the camp said.',
    )
    assert [(q.speaker, q.source) for q in annotate(seed, {}).quotes] == [(None, "his lawyer"), (None, "a woman")]


def test_a_spokesman_or_family_of_a_person_speaks_not_that_person(tmp_path):
    """'A spokesman for John Doe said', '," said a spokeswoman for Governor Jane Roe', 'The family of Tom
    Hill said': the one described speaks, unnamed (a source), not the person of the 'for'/'of' phrase; but
    'A lawyer for John Doe, Ann Berg, said' is Berg's."""
    seed = _seed(
        tmp_path,
        'A spokesman for John Doe said: "We will not comment on the case at this time."\n\n'
        '"We will not comment on the case at all," said a spokeswoman for Governor Jane Roe.\n\n'
        'The family of Tom Hill said in a statement: "We are devastated by the loss of our son."\n\n'
        'A lawyer for John Doe, Ann Berg, said: "We will appeal the verdict at once."',
    )
    assert [(q.speaker, q.source) for q in annotate(seed, {}).quotes] == [
        (None, "A spokesman for John Doe"),
        (None, "a spokeswoman for Governor Jane Roe"),
        (None, "The family of Tom Hill"),
        ("ann-berg", ""),
    ]


def test_a_quote_about_the_person_named_before_it_is_not_theirs(tmp_path):
    """'John Doe died in the flood on Monday.' then '"He was everything to me."': the quotation speaks of
    him, so it is not given to him by his being named before it."""
    body = 'John Doe died in the flood on Monday.\n\n"He was everything to me and to our children."'
    assert _speakers(tmp_path, body) == [("He was everything to me and to", None)]


def test_an_unnamed_sayer_is_not_the_person_the_rest_of_the_attribution_names(tmp_path):
    """'said an aide to Senator John Doe', 'one official said, adding that Tom Hill had been told': the aide's
    and the official's words (unnamed sources), not Doe's or Hill's; 'said a protester, Ann Berg,' is Berg's."""
    seed = _seed(
        tmp_path,
        '"We were not told about the decision in advance," said an aide to Senator John Doe.\n\n'
        '"We were not told about the vote in advance," one official said, adding that Tom Hill had been informed.\n\n'
        '"We were not told about the plan in advance," said a protester, Ann Berg, on Monday.',
    )
    assert [(q.speaker, q.source) for q in annotate(seed, {}).quotes] == [
        (None, "an aide to Senator John Doe"),
        (None, "one official"),
        ("ann-berg", ""),
    ]


def test_the_name_of_a_work_in_quotation_marks_is_no_quote(tmp_path):
    """'Jane Roe said the report, "Rebuilding After the Storm in the Coastal Towns", would ...': the report's
    title, not her words; a title after 'wrote a book called' likewise. A short quote keeps its speaker."""
    seed = _seed(
        tmp_path,
        'Jane Roe said the report, "Rebuilding After the Storm in the Coastal Towns", would be published.\n\n'
        'John Doe wrote a book called "How We Survived the Great Flood of the Valley" in 2010.\n\n'
        '"Thank You, Mr. President," said Jane Roe.',
    )
    assert [(q.text, q.speaker) for q in annotate(seed, {}).quotes] == [("Thank You, Mr. President", "jane-roe")]


def test_two_peoples_name_labels_each_opening_one_paragraph_of_speech_are_turns(tmp_path):
    """A call's transcript where each speaker speaks once ('Jane Platt: Thank you. ...' then 'Sara Hammond:
    Good morning, Jane. ...'): each labelled paragraph is its speaker's; one such label alone is not enough."""
    body = (
        "Jane Platt: Thank you. Good morning, and welcome to another media telecon about the lander.\n\n"
        "Sara Hammond: Good morning, Jane. With us this morning are two members of the science team."
    )
    assert _speakers(tmp_path, body) == [
        ("Thank you. Good morning, and w", "jane-platt"),
        ("Good morning, Jane. With us th", "sara-hammond"),
    ]
    assert _speakers(tmp_path, "Jane Platt: Thank you. Good morning, and welcome to another media telecon.") == []


def test_a_pronoun_is_no_one_when_a_woman_heads_the_sentence_before_in_apposition(tmp_path):
    """'said Tom Hill. His wife, Ann, agreed. "...," she said': the text does not say Hill is a man, but
    Ann, a wife, heads the sentence before: 'she' is no sure Hill (Ann, whom the paragraph turned to, or no
    speaker; rather no speaker than a wrong one)."""
    body = '"The water came so fast," said Tom Hill. His wife, Ann, agreed. "We had no time to take it," she said.'
    assert [s for t, s in _speakers(tmp_path, body) if t.startswith("We had")] in ([None], ["ann"])


def test_a_quote_standing_alone_does_not_continue_a_speaker_the_text_has_turned_from(tmp_path):
    """'"...," said John Doe.' then 'Residents were less hopeful.' (or 'The Red Cross disagreed.', 'Jane
    Roe and Tom Hill disagreed.') then '"Nobody has come ..."': not Doe's words; but after 'Doe, 54, has
    been mayor since 2010.' the quote goes on with Doe."""
    turned = ["Residents were less hopeful.", "The Red Cross disagreed.", "Jane Roe and Tom Hill disagreed."]
    for para in turned:
        body = f'"We will rebuild," said John Doe, the mayor.\n\n{para}\n\n"Nobody has come to help us in weeks."'
        assert _speakers(tmp_path, body)[-1] == ("Nobody has come to help us in ", None), para
    body = '"We will rebuild," said John Doe, the mayor.\n\nDoe, 54, has been mayor since 2010.\n\n"We will not leave."'
    assert _speakers(tmp_path, body)[-1] == ("We will not leave.", "john-doe")


def test_a_role_phrase_two_people_named_just_before_hold_is_no_one(tmp_path):
    """'Foreign Minister John Doe met ... Foreign Minister Jane Roe. "...," the foreign minister said.':
    either of them (the last named was the guess)."""
    body = (
        "French Foreign Minister John Doe met his German counterpart, Foreign Minister Jane Roe, in Paris. "
        '"We agreed on every point," the foreign minister said.'
    )
    assert _speakers(tmp_path, body) == [("We agreed on every point", None)]
    body = 'President John Doe met President Tom Hill on Monday. "We agreed on every point," the president said.'
    assert _speakers(tmp_path, body) == [("We agreed on every point", None)]


def test_mrs_and_a_surname_is_not_the_man_of_that_surname(tmp_path):
    """'President Bill Clinton ... Mr. Clinton praised ...' then '"...," Mrs. Clinton said': the cast folds
    'Clinton' into Bill Clinton, whom the text calls 'Mr.': not his words; 'Mr. Clinton said' still is."""
    lead = "President Bill Clinton spoke first. Mr. Clinton praised the rescue crews.\n\n"
    body = lead + '"We will help every family that lost a home," Mrs. Clinton said.'
    assert _speakers(tmp_path, body) == [("We will help every family that", None)]
    body = lead + '"We will help every family that lost a home," Mr. Clinton said.'
    assert _speakers(tmp_path, body) == [("We will help every family that", "bill-clinton")]


def test_he_after_a_long_title_and_an_opening_phrase_is_the_one_who_spoke(tmp_path):
    """'At a press briefing, Foreign Ministry Deputy Chief Spokesman Tom Roe said Green was chosen ...:' then
    '"...," he said': Roe, the sentence's subject after its opening phrase and his title of five words, not
    nobody because Green is named after him."""
    body = (
        "Officials say the authorities granted a visa to relief expert Bill Green for a two-day tour.\n\n"
        "At a press briefing, Foreign Ministry Deputy Chief Spokesman Tom Roe said Green was chosen to lead "
        "the tour because of his expertise:\n\n"
        '"The rest of the team has not been given visas," he said. "He is the person who will represent us."'
    )
    assert [s for _, s in _speakers(tmp_path, body)] == ["tom-roe", "tom-roe"]


@pytest.mark.parametrize(
    "opening",
    ["As Eleni Markou noted, the plan is dead.", "Like Eleni Markou, he opposed the plan."],
)
def test_a_person_after_an_opening_preposition_does_not_head_the_sentence(tmp_path, opening):
    """'As Eleni Markou noted, ...', 'Like Eleni Markou, he ...': the person is the object of the
    capitalised word that opens the sentence, no head of it; the 'he' after is not Markou."""
    body = f'Jack Moran spoke first. "We will fight on," he said.\n\n{opening} "It was doomed," he said.'
    got = _speakers(tmp_path, body)
    assert got[0] == ("We will fight on", "jack-moran")
    assert got[1][1] != "eleni-markou", got


@pytest.mark.parametrize(
    "cue",
    ["said Roe's spokesman, John Doe.", "said Acme's chief executive, John Doe."],
)
def test_a_possessive_sayer_named_in_apposition_speaks(tmp_path, cue):
    """'," said Roe's spokesman, John Doe.': the spokesman is named after the comma; he speaks (no one only
    when the one a possessive describes goes unnamed: '," Haddad's mother said')."""
    body = f'Jane Roe toured the site on Monday. "We will rebuild every home," {cue}'
    assert _speakers(tmp_path, body) == [("We will rebuild every home", "john-doe")]


def test_a_label_of_a_title_and_a_surname_names_its_speaker(tmp_path):
    # 'PRESIDENT ROE:' names a person the text gives no other way (the title line is a header)
    seed = _seed(
        tmp_path,
        "Remarks after the bilateral meeting\n\n"
        "PRESIDENT ROE: Well, it is a great pleasure to welcome my good friend, Prime Minister Doe, to the capital.\n\n"
        "PRIME MINISTER DOE: Thank you, Mr. President. We spent a lot of time on trade and on the region.",
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == ["roe", "doe"]
    assert "President Roe" in next(a.aliases for a in ann.actors if a.slug == "roe")


def test_a_label_of_a_hyphened_title_and_a_surname_names_its_speaker(tmp_path):
    # 'PRESIDENT-ELECT ROE:' as 'PRESIDENT ROE:': the surname is the person, the title with its '-elect' an alias
    seed = _seed(
        tmp_path,
        "Remarks after the meeting\n\n"
        "PRESIDENT-ELECT ROE: Good morning, everybody. We want your cooperation in science and in trade.\n\n"
        "SECRETARY DOE: Thank you. We will work together on research at the universities.",
    )
    ann = annotate(seed, {})
    assert [q.speaker for q in ann.quotes] == ["roe", "doe"]


def test_a_title_alone_or_a_role_in_capitals_is_no_person_label():
    from generator.annotate.aliases import _titled_label

    assert _titled_label("FOREIGN MINISTER AMORIM") and _titled_label("MR. MILLER") and _titled_label("SECRETARY RICE")
    assert _titled_label("PRESIDENT-ELECT ROE") and _titled_label("PRIME MINISTER-DESIGNATE DOE")
    assert not _titled_label("THE PRESIDENT")
    assert not _titled_label("PRESIDENT-ELECT")
    assert not _titled_label("SECRETARY GENERAL")
    assert not _titled_label("SENIOR ADMINISTRATION OFFICIAL")
    assert not _titled_label("MODERATOR")


def _said_by(tmp_path, body):
    return {q.text[:20]: q.speaker for q in annotate(_seed(tmp_path, body), {}).quotes}


def test_pronoun_after_another_opens_a_sentence_behind_a_title(tmp_path):
    # 'Council member Jim Hart said ...' turns the paragraph from the last speaker, a title before the name
    got = _said_by(
        tmp_path,
        'Mayor Ann Cole defended the budget. "Every dollar is accounted for," Cole said. Council member Jim Hart '
        'said the city had hidden a shortfall and demanded an audit. "They cooked the books," he said.',
    )
    assert got["They cooked the book"] == "jim-hart"


def test_pronoun_after_two_heads_naming_each_other_is_no_one(tmp_path):
    # 'X beat Y. Y had won twice.' then 'she said': the winner or the loser, neither's sex said
    got = _said_by(
        tmp_path,
        "Sarah Miller beat Laura Evans in the final on Sunday. Evans had won the title twice.\n\n"
        '"I played the best tennis of my life," she said.',
    )
    assert got["I played the best te"] is None
    # but not two people joined by 'and', the second heading the next sentence ('Hart hit back.')
    got = _said_by(
        tmp_path,
        "Senator Ann Bly and Governor Tom Hart clashed on Monday.\n\n"
        'Bly said the governor had "failed." Hart hit back. "She has no plan of her own," he said.',
    )
    assert got["She has no plan of h"] == "tom-hart"


def test_a_name_modifying_a_noun_heads_no_sentence(tmp_path):
    # 'his first PAC Angel mission': an exercise's name before a noun, not the sentence's person
    got = _said_by(
        tmp_path,
        "The Pacific Angel (PAC Angel) 19-4 team brought medics from three nations to Lae.\n\n"
        "Although not his first PAC Angel mission, this year's lead engineering planner, Master Sgt. Tom Bryce, "
        'has found the work new.\n\n"Every year is different," he said.',
    )
    assert got["Every year is differ"] == "tom-bryce"


def test_a_cue_with_a_colon_opens_the_next_quotation(tmp_path):
    # '"Where is it?" Kane replied: "..."': Kane's cue is of the words after it, not the question before
    got = _said_by(
        tmp_path,
        'Senator Mark Ellis asked Governor Ruth Kane: "Where is the money?" Kane replied: "In the budget, where it '
        'always was."',
    )
    assert got["Where is the money?"] == "mark-ellis"
    assert got["In the budget, where"] == "ruth-kane"


def test_a_pronoun_after_a_group_reported_speaking_is_one_of_them(tmp_path):
    # 'But residents said ...' after the last person named: 'she' is a resident, no one named
    got = _said_by(
        tmp_path,
        "Governor Ruth Kane said the state had done everything it could. But residents said they had been "
        'abandoned.\n\n"Nobody came for three days," she said.',
    )
    assert got["Nobody came for thre"] is None


def test_a_pronoun_of_the_sex_of_a_verbs_object_is_no_one(tmp_path):
    # 'Meyer asked him about ...': 'him' is someone else, whom 'he' may be as well
    got = _said_by(
        tmp_path,
        "The court heard from Tom Banks, a witness. Prosecutor Dan Meyer asked him about the night of the fire."
        '\n\n"I saw smoke and I called 911," he said.',
    )
    assert got["I saw smoke and I ca"] is None
    # in a clause of its own 'him' may be the subject: 'X thanked the voters who elected him'
    got = _said_by(
        tmp_path,
        'Senator Mark Ellis thanked the voters who elected him. "This is your victory," he said.',
    )
    assert got["This is your victory"] == "mark-ellis"


def test_a_label_with_an_honorific_names_that_sex(tmp_path):
    got = _said_by(
        tmp_path,
        "Remarks by John Smith and Jane Smith\n\nMR. SMITH: Thank you all for coming tonight.\n\n"
        "MRS. SMITH: We are so grateful.",
    )
    assert got["Thank you all for co"] == "john-smith"
    assert got["We are so grateful."] == "jane-smith"
    # an office's label, then 'MR. X:': one man
    got = _said_by(
        tmp_path,
        "ACTING SPOKESMAN HOLT: Let me start with a statement on the talks.\n\nQUESTION: Finally.\n\n"
        "MR. HOLT: I will have you note that we put out several statements on the talks.",
    )
    assert got["Let me start with a "] == got["I will have you note"] is not None


def test_a_person_in_an_opening_phrase_before_a_pronoun_is_not_its_antecedent(tmp_path):
    # 'Asked about X, she was blunt.': she is someone named before, not X
    got = _said_by(
        tmp_path,
        "Governor Ruth Kane spoke to the Daily Ledger on Monday. Asked about Senator Mark Ellis, she was blunt."
        '\n\n"He should resign," she said.',
    )
    assert got["He should resign"] != "mark-ellis"


def test_a_numbered_unnamed_officials_label_is_an_unnamed_source(tmp_path):
    """'SENIOR STATE DEPARTMENT OFFICIAL TWO:' tells apart two officials the briefing does not name: their
    words are an unnamed source's, as under 'SENIOR STATE DEPARTMENT OFFICIAL:', and the label no actor."""
    body = (
        "\n\nWASHINGTON -- The State Department held a briefing on the floods on Tuesday.\n\n"
        "SENIOR STATE DEPARTMENT OFFICIAL TWO: Thanks very much. Let me start with the situation in the north.\n\n"
        "SENIOR STATE DEPARTMENT OFFICIAL ONE: We expect the waters to recede by the end of the week.\n"
    )
    a = annotate(_seed(tmp_path, body), {})
    assert [(q.speaker, q.source) for q in a.quotes] == [
        (None, "SENIOR STATE DEPARTMENT OFFICIAL TWO"),
        (None, "SENIOR STATE DEPARTMENT OFFICIAL ONE"),
    ]
    assert not [x.slug for x in a.actors if "official" in x.slug]


def test_a_fragment_a_verb_of_calling_takes_is_its_subjects_words(tmp_path):
    """'X called the plan "deeply flawed"', 'described the move as "...", 'called for "..." talks': a quoted
    fragment with no verb, the object or complement of a verb of calling, is the words of that verb's subject,
    each of two people in one sentence their own; a pronoun subject resolved as any 'he' is."""
    got = _said_by(
        tmp_path,
        "Mayor Tom Ellis met the union leader, Sara Vance, on Monday. Ellis called the strike "
        '"a needless burden on families" and Vance described the offer as "a deliberate insult."\n\n'
        'Governor Ruth Kane spoke later. She called for "calm and patient" talks.',
    )
    assert got["a needless burden on"] == "tom-ellis"
    assert got["a deliberate insult."] == "sara-vance"
    assert got["calm and patient"] == "ruth-kane"


def test_a_fragment_of_calling_is_not_a_quote_when_one_word_a_name_or_anothers_report(tmp_path):
    """The near misses: one word ('called it "selfish"'), a name ('a campaign called "Clean Rivers Now"', the
    army 'called the operation "Iron Shield"'), a naming no one does ('is called "The Response"'), and a call
    another reports ('Ellis said Vance had called the offer "a total insult"': maybe not her words)."""
    got = _said_by(
        tmp_path,
        'Mayor Tom Ellis called the strike "selfish" on Monday. The city launched a campaign called "Clean Rivers '
        'Now" the same day. The army called the operation "Iron Shield" in briefings. The memorial is called "The '
        'Response." Ellis said Vance had called the offer "a total insult" to workers.',
    )
    assert not [k for k in got if k.startswith(("selfish", "Clean Rivers", "Iron Shield", "The Response", "a total"))]


def test_a_fragment_an_unnamed_caller_calls_so_is_not_the_countrys(tmp_path):
    """'what one American serviceman called "..."': the subject is an unnamed man, 'American' only his
    modifier: not the United States' words."""
    got = _said_by(
        tmp_path,
        "The United States sent eight helicopters to the valley on Monday. They carried supplies to what one "
        'American serviceman called "the heart of the disaster zone" near the border. Canada sent a field '
        'hospital. One Canadian doctor called the camp "a place beyond hope" on Monday.',
    )
    assert got.get("the heart of the dis") is None
    assert got.get("a place beyond hope") is None
