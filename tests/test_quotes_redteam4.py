"""Red-team table, fourth round: speech patterns of real reporting the first three rounds leave out.

Same shape and harness as the earlier rounds (test_quotes_redteam.py's ``check_case``): each case is
(form, body, expected), expected listing (the opening words of a quote, the speaker's slug or a word of it,
or None for a quote no one named may be given). This round: a quotation that runs on over paragraphs (each
paragraph opening with a quote mark, the closing mark only at the end); a speaker named only after the
quote, a sentence or two later; 'according to X' before and around the words; a quote inside a quote; the
questions of a transcript or an interview; a paraphrase of another person between two quotes; a
spokesperson speaking for an organisation; an unnamed official, witness or relative speaking right after a
named person (never the named one's words); radio scripts (a narrator's label, a label with a note on the
translation, narration paragraphs between labelled turns whose words are in quote marks). The cases are
invented; none is from a real text.
"""

from __future__ import annotations

import pytest

from tests.test_quotes_redteam import check_case  # the first round's harness, the same verdicts

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # ---- a quotation running on over paragraphs
    (
        "runs_over",
        '"We had no warning at all," said Maria Costa, who runs a bakery on the square. "The water came up to '
        "my knees in ten minutes.\n\n"
        '"By the evening everything I owned was ruined."\n\n'
        "The river peaked at 6 metres on Sunday, officials said.",
        [("We had no warning", "costa"), ("The water came up", "costa"), ("By the evening", "costa")],
    ),
    (
        "runs_over",
        'Transport Minister Karl Dorn said: "The line will open in May. We are on budget.\n\n'
        '"There will be no further delays."\n\n'
        'Opposition leader Eva Lind said: "We have heard that before."',
        [("The line will open", "dorn"), ("There will be no further", "dorn"), ("We have heard that", "lind")],
    ),
    # ---- the speaker named after the quote, a sentence or two on
    (
        "named_later",
        '"We will never stop looking for him." Those were the words of Maria Alves, whose son went missing in '
        "2019. She spoke outside the court on Monday.",
        [("We will never stop", "alves")],
    ),
    (
        "named_later",
        'Mayor Lisa Grant opened the bridge on Monday.\n\n"It is a disaster for this town." The warning came '
        "from Paul Lind, who leads the traders' association, after the bridge was closed again.",
        [("It is a disaster", "lind")],
    ),
    (
        "named_later",
        'Governor Tom Hart signed the bill on Friday. "Enough is enough," the banners read. Police said about '
        "200 people had gathered outside.",
        [("Enough is enough", None)],
    ),
    # ---- 'according to'
    (
        "according_before",
        'According to Health Minister Lisa Grant, "the worst of the outbreak is behind us."',
        [("the worst of the outbreak", "grant")],
    ),
    (
        "according_other",
        'Police arrested Tom Reed, 34, on Sunday. According to police, Reed told officers: "I did it and I '
        'would do it again."',
        [("I did it and I", "reed")],
    ),
    (
        "according_other",
        'According to court papers, Tom Reed wrote in a text message to a friend: "Delete everything we talked about."',
        [("Delete everything", "reed")],
    ),
    (
        "according_hearer",
        "Mayor Ruth Cole did not answer calls. According to her former aide, John Mills, Cole told him in "
        'March: "The plan is dead and I will not revive it."',
        [("The plan is dead", "cole")],
    ),
    (
        "according_witness",
        "Police Chief Ann Ward said the suspect had been arrested. According to witnesses, the gunman shouted "
        '"Nobody move" before he fired.',
        [("Nobody move", None)],
    ),
    # ---- a quote inside a quote
    (
        "inner_quote",
        "“My father always told me, ‘Never give up,’ and I never did,” said Olympic champion Dana Reyes.",
        [("My father always told", "reyes")],
    ),
    (
        "inner_quote",
        "“When the officer said ‘Get out of the car,’ I froze,” said Daniel Price, a delivery driver.",
        [("When the officer said", "price")],
    ),
    (
        "inner_quote",
        "Sprinter Dana Reyes remembered her coach's words. “He told me, ‘You are not fast enough.’ I proved "
        "him wrong,” she said.",
        [("He told me", "reyes")],
    ),
    # ---- questions in a transcript or an interview
    (
        "transcript_question",
        "Remarks by Secretary of State Ben Hall\n\n"
        "QUESTION: Mr. Secretary, will you meet the foreign minister this week?\n\n"
        "SECRETARY HALL: We have no plans to meet this week.\n\n"
        "QUESTION: Why not?\n\n"
        "SECRETARY HALL: Because the schedule is full.",
        [
            ("Mr. Secretary, will you", None),
            ("We have no plans", "hall"),
            ("Why not", None),
            ("Because the schedule", "hall"),
        ],
    ),
    (
        "question_narrated",
        'Trade Minister Olga Berg took questions after the speech. A reporter asked: "Is the deal dead?" Berg '
        'replied: "No, it is very much alive."',
        [("Is the deal dead", None), ("No, it is very much", "berg")],
    ),
    (
        "question_narrated",
        'Asked by a reporter whether she would resign, Senator Ann Bly said: "Not today, not tomorrow."',
        [("Not today, not tomorrow", "bly")],
    ),
    # ---- a paraphrase of another person between two quotes
    (
        "paraphrase_one_para",
        '"We need more nurses on every ward," said Dr. Amy Stone. Health Secretary Paul Grey said funding had '
        'already risen by 10 percent. "We have listened," he said.',
        [("We need more nurses", "stone"), ("We have listened", "grey")],
    ),
    (
        "paraphrase_one_para",
        '"Prices are far too high," said Eva Lind, a shopper. Her neighbour, Karl Berg, agreed, saying the '
        'shop had raised its prices twice this year. "It is robbery," he said.',
        [("Prices are far too high", "lind"), ("It is robbery", "berg")],
    ),
    (
        "paraphrase_one_para",
        '"The strike will go ahead," said union leader Sam Cole. Management said the offer was final. "There '
        'is nothing more to discuss," it said in a statement.',
        [("The strike will go ahead", "cole"), ("There is nothing more", None)],
    ),
    # ---- a spokesperson speaking for an organisation
    (
        "spokes_org",
        '"The airline deeply regrets the delay," said Tina Moss, a spokeswoman for SkyJet.',
        [("The airline deeply regrets", "moss")],
    ),
    (
        "spokes_org",
        'Manager Tom Hill was not at the ground. "We are cooperating fully with the police," said a '
        "spokesperson for the club, adding that Hill had been informed.",
        [("We are cooperating fully", None)],
    ),
    (
        "spokes_org",
        'Chief Executive Mark Ellis left the company in May. "Mr. Ellis is no longer authorised to speak for '
        'us," a company spokesman said on Tuesday.',
        [("Mr. Ellis is no longer", None)],
    ),
    (
        "spokes_org",
        'The State Department spokesperson, Ned Price, told reporters: "We are monitoring the situation very '
        'closely." He said there would be no further comment.',
        [("We are monitoring the situation", "price")],
    ),
    # ---- an unnamed official, witness or relative right after a named person
    (
        "unnamed_after_named",
        'Police Chief Ann Ward said the suspect had fled on foot. "He ran towards the river," a witness told '
        "reporters.",
        [("He ran towards the river", None)],
    ),
    (
        "unnamed_after_named",
        'Foreign Minister Ali Hassan met his counterpart on Monday. "The talks went well," an official said, '
        "speaking on condition of anonymity.",
        [("The talks went well", None)],
    ),
    (
        "unnamed_after_named",
        'President Ruth Gomez has not commented. "She is furious," one senior official told the newspaper.',
        [("She is furious", None)],
    ),
    (
        "unnamed_after_named",
        'Mayor Lisa Grant visited the scene on Tuesday.\n\n"There was glass everywhere," said a witness. '
        '"People were running and screaming," she added.',
        [("There was glass everywhere", None), ("People were running", None)],
    ),
    (
        "unnamed_after_named",
        'Police said Tom Reed, 34, was shot twice outside his home. "He was a good man," his mother said.',
        [("He was a good man", None)],
    ),
    (
        "unnamed_after_named",
        'Prime Minister Karen Holt was not told of the raid. "The order came from the top," said an official '
        "in the prime minister's office.",
        [("The order came from", None)],
    ),
    # ---- 'put it' and 'as X put it'
    (
        "put_it",
        'As Finance Minister Karl Dorn put it, "the money is simply not there."',
        [("the money is simply", "dorn")],
    ),
    (
        "put_it",
        'Finance Minister Karl Dorn put it bluntly: "The money is not there and it will not be there."',
        [("The money is not there", "dorn")],
    ),
    # ---- radio scripts
    (
        "script_narrator",
        "INTRO: Floods have hit the north of the country. Reporter Jane Roe has this report.\n\n"
        "JR: The water rose overnight and by morning the village was cut off.\n\n"
        'FARMER TOM BIRCH: "We lost all the cattle. There was nothing we could do."\n\n'
        "JR: Birch says he will rebuild, but not here.",
        [("We lost all the cattle", "birch")],
    ),
    (
        "script_narration_between",
        "Alan Grey is a farmer in the state of Iowa.\n\n"
        'ALAN GREY: "You get up in the morning and you hope for rain."\n\n'
        "The corn on his farm is so dry the stalks break when you touch them.\n\n"
        'ALAN GREY: "We will have to sell some of the cows."',
        [("You get up in the morning", "grey"), ("We will have to sell", "grey")],
    ),
    (
        "script_translated",
        "Maria Soto has lived in a tent for a year.\n\n"
        'MARIA SOTO (TRANSLATED): "We need help now. The children are sick."',
        [("We need help now", "soto")],
    ),
    # ---- a person named as a verb's object, then 'he said': no sure antecedent
    (
        "object_then_he",
        'Police arrested John Miller on Monday. "We had been watching him for months," he said.',
        [("We had been watching", None)],
    ),
    # ---- a family, a group, a crowd speaking after a named person
    (
        "family_statement",
        'Sarah Collins, 19, died in the crash. "She was the light of our lives," the family said in a statement.',
        [("She was the light", None)],
    ),
    (
        "they_after_named",
        'Union leader Frank Harris met the board. "We will strike on Monday," they said.',
        [("We will strike", None)],
    ),
    # ---- people speaking for or to others; reported words inside reported words
    (
        "on_behalf",
        '"We are deeply saddened," said Thomas Hill, speaking on behalf of the family of Susan Clark.',
        [("We are deeply saddened", "hill")],
    ),
    (
        "wrote_letter",
        '"I am innocent and I always have been," John Miller wrote in a letter to Judge Karen Lewis.',
        [("I am innocent", "miller")],
    ),
    (
        "reported_told",
        'David Wilson said his boss, Robert Taylor, had called him in and told him: "You are fired, effective today."',
        [("You are fired", "taylor")],
    ),
    (
        "heard_saying",
        'Senator Mark Davis was heard saying "this is a disgrace" as he left the chamber.',
        [("this is a disgrace", "davis")],
    ),
    (
        "quoted_by",
        'Prime Minister James Carter arrived in Tokyo on Monday. "We are here to listen," he was quoted as '
        "saying by the Asahi newspaper.",
        [("We are here to listen", "carter")],
    ),
    (
        "chant",
        'Mayor Linda Brown watched from the steps. "We want justice," the protesters chanted.',
        [("We want justice", None)],
    ),
    (
        "one_of_them",
        'Dozens of residents gathered outside the town hall. One of them, Mary Johnson, said: "We have had '
        'enough of the noise."',
        [("We have had enough", "johnson")],
    ),
    (
        "of_his_team",
        '"We were poor from start to finish," coach Peter Walker said of his team, which lost to Michael '
        "Green's side.",
        [("We were poor", "walker")],
    ),
    # ---- a role that fits two; an attorney; a victim spoken of
    (
        "two_ministers",
        'Foreign Minister Anne Martin and Defence Minister Paul Lewis met on Monday. "We are united," the '
        "minister said.",
        [("We are united", None)],
    ),
    (
        "attorney_of",
        'Jones was charged on Friday. "My client will plead not guilty," said his attorney, Mark Robinson.',
        [("My client will plead", "robinson")],
    ),
    (
        "victim_quote_alone",
        'Kevin Moore was killed when the building collapsed.\n\n"He was the best father anyone could ask for."',
        [("He was the best father", None)],
    ),
    # ---- 'he told her' after two people: only their sexes tell which
    (
        "said_to_him",
        'Governor Richard Adams called Mayor Helen Scott on Sunday. "You have my full support," he told her.',
        [("You have my full support", "adams")],
    ),
    (
        "she_told_him",
        'Governor Richard Adams called Mayor Helen Scott on Sunday. "We need the National Guard," she told him.',
        [("We need the National Guard", "scott")],
    ),
    # ---- another person reported speaking between a quote and 'he said'
    (
        "quote_then_paraphrase_he",
        '"The economy is strong," said Treasury Secretary Janet Hughes. Critics, including Senator Brian '
        'Cooper, said the figures were misleading. "They are cooking the books," he said.',
        [("The economy is strong", "hughes"), ("They are cooking", "cooper")],
    ),
    (
        "named_in_quote_then_said",
        '"Senator Cooper is wrong about this," Hughes said on Tuesday. Treasury Secretary Janet Hughes spoke in Ohio.',
        [("Senator Cooper is wrong", "hughes")],
    ),
    # ---- unnamed sources and named ones around them
    (
        "anonymous_then_named_para",
        'A senior official said the talks had stalled.\n\n"There is no movement at all," the official '
        "said.\n\nSecretary of State Laura White disagreed.",
        [("There is no movement", None)],
    ),
    (
        "according_to_report_quote",
        'According to a report in the Daily Post, President Henry Lee told aides: "I will not sign it."',
        [("I will not sign", "lee")],
    ),
    (
        "continuing_next_para_other",
        '"We did everything we could," said fire chief Daniel Baker.\n\nResidents said the crews arrived '
        'late.\n\n"They took forty minutes to get here."',
        [("We did everything", "baker"), ("They took forty minutes", None)],
    ),
    (
        "witness_named_later",
        '"I saw the car swerve and then it hit the wall," said one witness, Laura Evans, who lives nearby.',
        [("I saw the car swerve", "evans")],
    ),
    (
        "spokesman_for_named",
        '"The president has no plans to resign," said Mark Turner, a spokesman for President Henry Lee.',
        [("The president has no plans", "turner")],
    ),
    (
        "unnamed_spokes_for_named",
        '"The president has no plans to resign," a spokesman for President Henry Lee told reporters.',
        [("The president has no plans", None)],
    ),
    ("wife_of", '"He never came home," said the wife of fisherman Thomas Hill.', [("He never came home", None)]),
    (
        "mother_named",
        '"He never came home," said Anna Hill, the mother of fisherman Thomas Hill.',
        [("He never came home", "anna")],
    ),
    (
        "question_asked_by_named",
        'Reporter Jane Cooper asked the minister: "Will you resign?" Minister Paul Lewis replied: "Certainly not."',
        [("Will you resign", "cooper"), ("Certainly not", "lewis")],
    ),
    (
        "quote_continues_para_named_obj",
        '"We are doing all we can," said Mayor Linda Brown.\n\n"We have asked Governor Richard Adams for help, '
        'and he has not answered."',
        [("We have asked Governor", "brown")],
    ),
    # ---- quotes inside quotes, run-on paragraphs naming others, 'according to' then 'he'
    (
        "inner_said",
        "\"He looked at me and said, 'I will find you,'\" said Karen Wright, who testified on Tuesday.",
        [("He looked at me", "wright")],
    ),
    (
        "inner_double_attrib",
        'Karen Wright told the court that the defendant, Steven Hall, had threatened her. "He said, '
        "'You will regret this,' and walked out,\" she said.",
        [("He said,", "wright")],
    ),
    (
        "runs_over_other_named",
        '"We have lost everything," said farmer George King. "The river took the house.\n\n"Nobody from '
        'the council, not even Mayor Linda Brown, has come to see us."',
        [("We have lost everything", "king"), ("Nobody from the council", "king")],
    ),
    (
        "according_then_he",
        'According to Interior Minister Carlos Diaz, the attackers fled north. "They will be caught," he said.',
        [("They will be caught", "diaz")],
    ),
    (
        "according_doc_then_quote",
        'According to the indictment, Steven Hall wired the money to Cyprus. "This was a sophisticated '
        'scheme," prosecutor Laura Evans said.',
        [("This was a sophisticated", "evans")],
    ),
    (
        "two_paras_named_later",
        '"The road was blocked for six hours."\n\n"We could not get the ambulance through."\n\nThose were '
        "the words of paramedic George King, who was at the scene.",
        [("The road was blocked", None)],
    ),
    # ---- unnamed sources, organisations and named people side by side
    (
        "official_then_she",
        "A senior official, who asked not to be named, said the plan had been shelved. Secretary Laura "
        'White declined to comment. "We are reviewing all options," she said in a statement later.',
        [("We are reviewing all", "white")],
    ),
    (
        "witness_then_police",
        '"I heard two loud bangs," said a neighbour.\n\nPolice Chief Robert Taylor said officers arrived '
        'within minutes. "We secured the area quickly," he said.',
        [("I heard two loud bangs", None), ("We secured the area", "taylor")],
    ),
    (
        "spokesperson_named_then_it",
        'SkyJet spokeswoman Karen Wright said the flight was delayed by fog. "Safety comes first," the airline said.',
        [("Safety comes first", None)],
    ),
    (
        "said_of_other",
        '"He was a mentor to all of us," Senator Mark Davis said of the late Senator Thomas Hill.',
        [("He was a mentor", "davis")],
    ),
    # ---- headlines, transcripts and interviews
    (
        "quote_in_headline_style",
        'President Henry Lee: "We will rebuild"\n\nPresident Henry Lee promised on Monday to rebuild the city.',
        [("We will rebuild", "lee")],
    ),
    (
        "transcript_q_name",
        "Interview by Jane Cooper of Radio Five with Minister Paul Lewis\n\nQUESTION: Minister, is the "
        "budget fair?\n\nMINISTER LEWIS: It is fair to those who need help most.",
        [("Minister, is the budget", "cooper"), ("It is fair to those", "lewis")],
    ),
    (
        "unnamed_source_next_para",
        'A White House official said the president was angry.\n\n"He feels betrayed," the official said. '
        '"He trusted them."',
        [("He feels betrayed", None), ("He trusted them", None)],
    ),
    # ---- a quote standing alone after the text turned to a group ('But some voters ...')
    (
        "unnamed_para_alone_after_named",
        '"We will win," said candidate Brian Cooper.\n\nBut some voters were unconvinced.\n\n"He has '
        'promised that before."',
        [("We will win", "cooper"), ("He has promised that before", None)],
    ),
    (
        "sex_known_other",
        'Mr. Brian Cooper met Ms. Laura Evans on Monday. "It was a good meeting," she said.',
        [("It was a good meeting", "evans")],
    ),
    # ---- radio scripts: a recording's cue ('TAPE: CUT 1: KING'), narration after turns in quote marks
    (
        "tape_cut",
        "INTRO: Farmers are struggling. Reporter Jane Cooper has this report.\n\nJC: George King has "
        'farmed here for forty years.\n\nTAPE: CUT 1: KING\n\n"We have never seen a drought like this one, '
        'never in my life."\n\nJC: King says he may sell the farm.',
        [("We have never seen", "king")],
    ),
    (
        "q_named_reporter",
        "Press Briefing by Spokesperson Mark Turner\n\nMR. TURNER: Good afternoon. I have nothing at the "
        "top.\n\nQUESTION: Steven Hall, Daily Post. Can you confirm the talks?\n\nMR. TURNER: I cannot "
        "confirm that.",
        [("Good afternoon", "turner"), ("I cannot confirm", "turner")],
    ),
    (
        "label_then_narration_quotes",
        "SECRETARY WHITE: Thank you all for coming.\n\nThe secretary then took questions.\n\nQUESTION: Will "
        "you visit Cairo?",
        [("Thank you all", "white")],
    ),
    (
        "moderator_then_label",
        "MODERATOR: Our first question is from Steven Hall.\n\nQUESTION: Thank you. What about "
        "Cairo?\n\nSENIOR STATE DEPARTMENT OFFICIAL: We will go there soon.",
        [("We will go there soon", None)],
    ),
    (
        "wikinews_interview",
        "Wikinews interviewed candidate Brian Cooper.\n\n((Wikinews)) Why are you running?\n\nBrian Cooper: "
        "Because the city needs change.\n\n((Wikinews)) What is your first priority?\n\nBrian Cooper: "
        "Housing, without a doubt.",
        [("Why are you running", "wikinews"), ("Because the city needs", "cooper"), ("Housing, without", "cooper")],
    ),
    # ---- press releases and features
    (
        "ec_added",
        'Commissioner Laura Evans said: "This is a good day for Europe."\n\nMinister Carlos Diaz, who '
        'holds the Council presidency, added: "We worked hard for this result."',
        [("This is a good day", "evans"), ("We worked hard", "diaz")],
    ),
    (
        "ec_quote_then_background",
        'Commissioner Laura Evans said: "This is a good day for Europe."\n\nBackground\n\nThe programme was '
        'launched in 2010 by then-Commissioner Carlos Diaz. "It will change lives," the Commission said '
        "at the time.",
        [("This is a good day", "evans"), ("It will change lives", "commission")],
    ),
    (
        "voa_says",
        'Carlos Diaz is a fisherman in Lima. He says the catch has fallen by half.\n\n"Before, we caught '
        'tons of fish. Now we catch nothing."\n\nScientists say the warming sea is to blame.\n\n"The fish '
        'have moved south," says marine biologist Laura Evans.',
        [("Before, we caught", "diaz"), ("The fish have moved", "evans")],
    ),
    (
        "voa_says_then_alone",
        'Marine biologist Laura Evans studies the fish.\n\n"The fish have moved south."\n\nCarlos Diaz is a '
        'fisherman in Lima.\n\n"Before, we caught tons of fish."',
        [("The fish have moved", "evans"), ("Before, we caught", "diaz")],
    ),
    (
        "script_translated_narration",
        "Some people want a delay.\n\nJANE ROE (TRANSLATED): The first thing I want to see fixed is the "
        'housing. There is so much misery in the camps."\n\nSome voters would like to see the election '
        'postponed. But Tom Hill says there is no time to wait.\n\nTOM HILL (TRANSLATED): "We need to '
        'have an election now."',
        [("The first thing I want", "roe"), ("We need to have an election", "hill")],
    ),
    # ---- a clause headed by a person, its colon before the quotation
    (
        "subject_colon",
        'Mr. Brian Cooper highlighted the local view of the launch: "With this partnership we will be able to '
        'double our capacity."',
        [("With this partnership", "cooper")],
    ),
    (
        "subject_colon",
        "In the lead-up to the summit, Secretary of State Laura White set out an ambitious vision: \u201cto put "
        "the climate at the centre of our foreign policy.\u201d",
        [("to put the climate", "white")],
    ),
    (
        "subject_colon",
        'Governor Richard Adams\'s message to the town was clear: "Stay home and stay safe tonight."',
        [("Stay home and stay", None)],
    ),
    (
        "subject_colon",
        'Police charged Brian Cooper with three offences on Monday: "theft, fraud and forgery of documents."',
        [("theft, fraud and forgery", None)],
    ),
    # ---- the colon announcing another's words: a passive 'was asked', a relative's words
    (
        "others_colon",
        'Candidate Brian Cooper was asked: "Will you run again next year?" He did not answer.',
        [("Will you run again", None)],
    ),
    (
        "others_colon",
        'Brian Cooper remembered the last words of his father: "Never give up on the farm."',
        [("Never give up on the farm", None)],
    ),
    (
        "others_colon",
        'Brian Cooper remembered the night of the flood: "The water came in through the windows."',
        [("The water came in", "cooper")],
    ),
    # ---- pronouns after organisations, two people of one surname, a pronoun inside the quote
    (
        "pron_after_org_quote",
        'Minister Laura Evans visited the plant. "Safety is our first priority," the company said. "We '
        'have never had an accident," it added.',
        [("Safety is our first", None), ("We have never had", None)],
    ),
    (
        "she_after_two_women",
        'Laura Evans, 45, and her sister Karen Evans, 41, both lost their homes. "We have nothing left," she said.',
        [("We have nothing left", None)],
    ),
    (
        "he_named_obj_in_quote",
        'Senator Brian Cooper criticised Governor Richard Adams. "He has failed this state," he said.',
        [("He has failed this state", "cooper")],
    ),
    (
        "reporter_asked_named",
        'Asked by reporter Jane Cooper about the delay, Minister Paul Lewis said: "We are on schedule."',
        [("We are on schedule", "lewis")],
    ),
    (
        "quote_before_pronoun_para",
        "Laura Evans is a nurse in Lagos.\n\nShe works twelve-hour shifts. Her husband, Carlos Diaz, is a "
        'teacher.\n\n"We rarely see each other," she said.',
        [("We rarely see", "evans")],
    ),
    (
        "quote_then_named_next_para",
        '"We are not afraid."\n\nThat is what Laura Evans told the crowd on Sunday.',
        [("We are not afraid", None)],
    ),
    (
        "they_said_org",
        'Doctors Without Borders said the clinic was hit. "This is a violation of international law," they said.',
        [("This is a violation", None)],
    ),
    (
        "said_x_of_y_org",
        '"The company misled its customers," said Laura Evans of the consumer group Fair Deal.',
        [("The company misled", "evans")],
    ),
    (
        "dash_after_quote",
        '"Never again" — those were the words on every banner at the rally led by Brian Cooper.',
        [("Never again", None)],
    ),
    (
        "posted_online",
        'Brian Cooper posted on social media on Monday: "I am innocent and I will prove it."',
        [("I am innocent", "cooper")],
    ),
    (
        "statement_by_person",
        'In a statement, Laura Evans said: "I am stepping down to spend time with my family."',
        [("I am stepping down", "evans")],
    ),
    (
        "interview_with_outlet",
        'In an interview with the Daily Post, Brian Cooper said Laura Evans had told him: "You are on your own."',
        [("You are on your own", "evans")],
    ),
    (
        "joint_quote",
        '"We are united," Laura Evans and Brian Cooper said in a joint statement.',
        [("We are united", None)],
    ),
    (
        "headline_colon_named",
        'Evans: "We will not give up"\n\nLaura Evans, the union leader, spoke on Monday.',
        [("We will not give up", "evans")],
    ),
    # ---- 'said her neighbour, X' (never 'he' read in 'her'), victims and officers, judges, coaches
    (
        "pronoun_victim_and_officer",
        'Officer Brian Cooper shot Steven Hall during the arrest. Hall died in hospital. "He did not '
        'have to die," his lawyer said.',
        [("He did not have to die", None)],
    ),
    (
        "she_mother_of_named",
        'Laura Evans, the mother of Karen Evans, spoke to reporters. "My daughter was a hero," she said.',
        [("My daughter was a hero", "laura")],
    ),
    (
        "two_paras_two_speakers_alone",
        '"We were trapped for hours," said Laura Evans.\n\n"Then the firefighters came," said her '
        'neighbour, Karen Wright.\n\n"They saved our lives."',
        [("We were trapped", "evans"), ("Then the firefighters", "wright"), ("They saved our lives", "wright")],
    ),
    (
        "judge_sentenced",
        'Judge Karen Lewis sentenced Brian Cooper to ten years in prison. "You showed no remorse," she told him.',
        [("You showed no remorse", "lewis")],
    ),
    (
        "coach_of_player",
        'Coach Peter Walker praised his striker, Steven Hall, after the match. "He was outstanding," '
        'Walker said. "I told him at half-time to keep going."',
        [("He was outstanding", "walker"), ("I told him at half-time", "walker")],
    ),
    (
        "x_said_y_said",
        "Brian Cooper said Laura Evans had promised the money. \"She said, 'It will be there on Monday,' "
        'and it never came," Cooper said.',
        [("She said,", "cooper")],
    ),
    (
        "asked_whether",
        'Asked whether he would run, Brian Cooper smiled. "Maybe," he said. "We will see in the spring."',
        [("We will see in the spring", "cooper")],
    ),
    (
        "spokes_for_company_then_ceo",
        '"We regret the outage," a SkyNet spokeswoman said. Chief executive Brian Cooper apologised on '
        'Twitter. "I am sorry," he wrote.',
        [("We regret the outage", None), ("I am sorry", "cooper")],
    ),
    # ---- relatives and staff named after a possessive ('said his wife, X'), a man's own thing before 'she'
    (
        "said_his_wife",
        '"He never complained," said his wife, Karen Hall, after Steven Hall\'s funeral.',
        [("He never complained", "karen")],
    ),
    (
        "said_their_lawyer",
        'Brian Cooper and Laura Evans were charged on Monday. "My clients are innocent," said their '
        "lawyer, Paul Lewis.",
        [("My clients are innocent", "lewis")],
    ),
    (
        "its_chief",
        'SkyNet fired 300 workers. "It was a painful decision," said its chief executive, Karen Wright.',
        [("It was a painful", "wright")],
    ),
    (
        "it_said_after_person",
        'Brian Cooper resigned from the board of SkyNet. "We thank him for his service," it said.',
        [("We thank him", None)],
    ),
    (
        "they_told",
        'Brian Cooper met the strikers. "We will not go back," they told him.',
        [("We will not go back", None)],
    ),
    (
        "she_said_his",
        'Brian Cooper lost his job in March. "His boss never liked him," she said.',
        [("His boss never liked", None)],
    ),
    (
        "her_husband_named",
        'Laura Evans waited outside. "We just want answers," said her husband, Brian Cooper.',
        [("We just want answers", "cooper")],
    ),
    (
        "he_added_after_her",
        '"It was terrifying," said Laura Evans. Her son, Tom, nodded. "We thought we would die," he added.',
        [("It was terrifying", "evans"), ("We thought we would die", "tom")],
    ),
    # ---- offices, outlets' reporters, slogans, messages, a quote after narration
    (
        "office_statement",
        'Senator Brian Cooper\'s office said in a statement: "The senator is recovering well."',
        [("The senator is recovering", None)],
    ),
    (
        "here_is_what",
        'Here is what Laura Evans said on Monday:\n\n"We will build ten thousand homes by 2030."',
        [("We will build ten thousand", "evans")],
    ),
    (
        "told_outlet_reporter",
        '"The water is rising every year," Brian Cooper told VOA reporter Laura Evans.',
        [("The water is rising", "cooper")],
    ),
    (
        "speech_in_his",
        'In his speech, President Henry Lee thanked Minister Laura Evans. "She has worked tirelessly," he said.',
        [("She has worked tirelessly", "lee")],
    ),
    (
        "named_then_other_quote_same_para",
        'Laura Evans praised the plan. Brian Cooper was less sure. "It will cost too much," he said.',
        [("It will cost too much", "cooper")],
    ),
    (
        "quote_of_slogan",
        'The campaign, called "Clean Rivers Now," was launched by Laura Evans on Monday.',
        [("Clean Rivers Now", None)],
    ),
    (
        "spoke_to_named",
        'Laura Evans spoke to Brian Cooper by phone. "The deal is off," she said.',
        [("The deal is off", "evans")],
    ),
    (
        "sent_message",
        'Brian Cooper sent a message to his staff on Friday: "Thank you for everything."',
        [("Thank you for everything", "cooper")],
    ),
    (
        "quote_after_two_paras_narr",
        '"We need help," said Laura Evans.\n\nThe town has no doctor. The nearest hospital is 80 '
        'kilometres away.\n\n"People die on the road."',
        [("We need help", "evans"), ("People die on the road", "evans")],
    ),
    (
        "q_in_narr",
        'Brian Cooper asked Laura Evans: "Will you marry me?" She said yes.',
        [("Will you marry me", "cooper")],
    ),
    # ---- labels with abbreviated titles, one surname for two, a person the cast missed heading a sentence
    (
        "paren_attrib",
        'The plan is "a disaster for farmers" (Laura Evans, union leader) and "a fair deal" (Minister Brian Cooper).',
        [("a disaster for farmers", None), ("a fair deal", None)],
    ),
    (
        "amb_label",
        "Remarks by Ambassador Laura Evans\n\nAMB. EVANS: Thank you all for coming today.\n\nPARTICIPANT: "
        "Thank you, Ambassador.",
        [("Thank you all for coming", "evans"), ("Thank you, Ambassador", None)],
    ),
    (
        "secretary_label_two",
        "Secretary Laura Evans and Secretary Brian Cooper held a joint press conference.\n\nSECRETARY "
        "EVANS: We agree on trade.\n\nSECRETARY COOPER: And on security.",
        [("We agree on trade", "evans"), ("And on security", "cooper")],
    ),
    (
        "mr_mrs_same",
        'Mr. Brian Cooper and Mrs. Laura Cooper lost their home. "We have nothing," said Mrs. Cooper.',
        [("We have nothing", "laura")],
    ),
    (
        "quote_he_inside",
        'Laura Evans spoke about her late husband, Brian Cooper. "He always said we would be fine," she said.',
        [("He always said we would be fine", "evans")],
    ),
    (
        "quoted_newspaper",
        'The Daily Post quoted Laura Evans as saying: "I was never told."',
        [("I was never told", "evans")],
    ),
    (
        "outlet_said",
        '"The minister lied," the Daily Post said in an editorial on Brian Cooper.',
        [("The minister lied", "post")],
    ),
    (
        "president_quote_ceremony",
        'President Henry Lee awarded the medal to Sergeant Brian Cooper. "This man is a hero," Lee '
        'said. Cooper thanked his unit. "They are the heroes," he said.',
        [("This man is a hero", "lee"), ("They are the heroes", "cooper")],
    ),
    (
        "same_surname_father_son",
        'Brian Cooper and his son, Tom Cooper, run the farm. "It is hard work," said the younger Cooper.',
        [("It is hard work", None)],
    ),
    # ---- a name and a colon mid-paragraph, two sayers, a lawyer speaking for a client, a letter, a spokesman
    (
        "name_colon_in_para_middle",
        'The mayor spoke first. Then came Laura Evans: "We will not leave our homes."',
        [("We will not leave", "evans")],
    ),
    (
        "said_x_and_y",
        '"We are ready," said Laura Evans and Brian Cooper, the two candidates.',
        [("We are ready", None)],
    ),
    (
        "y_responded",
        'Laura Evans accused Brian Cooper of lying. Cooper responded: "That is simply false."',
        [("That is simply false", "cooper")],
    ),
    (
        "asked_by_named",
        'When asked by Laura Evans whether he would resign, Senator Brian Cooper said: "Never."',
        [("Never", "cooper")],
    ),
    (
        "quote_in_title_case",
        '"Never Give Up" is the motto of the Evans family, said Laura Evans.',
        [("Never Give Up", None)],
    ),
    (
        "we_statement_two_orgs",
        'The Red Cross and the United Nations said in a joint statement: "We are alarmed by the violence."',
        [("We are alarmed", None)],
    ),
    (
        "x_via_y",
        'Brian Cooper, through his lawyer Laura Evans, said: "I am innocent."',
        [("I am innocent", "cooper")],
    ),
    (
        "letter_from_x",
        'In a letter to the board, Laura Evans wrote: "I can no longer serve."',
        [("I can no longer serve", "evans")],
    ),
    (
        "spokes_named_before_then_he",
        'Mark Turner is the spokesman for President Henry Lee. "The president is fine," he said.',
        [("The president is fine", "turner")],
    ),
]

# quotes the rules miss or leave with no speaker (form, opening words): never a wrong speaker
GAPS: set[tuple[str, str]] = {
    ("named_later", "Enough is enough"),  # 'the banners read': three words after no speech verb, no one's
    ("according_witness", "Nobody move"),  # two words: too short to be sure of
    ("transcript_question", "Mr. Secretary, will you"),  # 'QUESTION:' with no interviewer named: not kept
    ("transcript_question", "Why not"),
    ("quoted_by", "We are here to listen"),  # 'he was quoted as saying by X': the pronoun before 'was quoted', not read
    ("chant", "We want justice"),  # 'the protesters chanted': a group's words, three words, not kept
    ("said_to_him", "You have my full support"),  # 'X called Y. "...," he told her': the sexes of the names unknown
    ("she_told_him", "We need the National Guard"),
    ("question_asked_by_named", "Certainly not"),  # two words: too short to be sure of
    ("voa_says_then_alone", "The fish have moved"),
    ("quote_before_pronoun_para", "We rarely see"),  # 'she' two paragraphs on, a man named between: none
    ("dash_after_quote", "Never again"),  # two words and a dash: no quote
    ("judge_sentenced", "You showed no remorse"),  # 'X sentenced Y. "...," she told him': sexes of names unknown
    ("said_his_wife", "He never complained"),  # 'Karen Hall' not in the cast: three words with no sayer, dropped
    ("quote_of_slogan", "Clean Rivers Now"),  # a name in quotation marks: no quote
    ("sent_message", "Thank you for everything"),  # 'X sent a message to his staff:': 'his' may be another's
    ("quote_after_two_paras_narr", "People die on the road"),  # after two sentences of narration: none
    ("paren_attrib", "a disaster for farmers"),  # fragments with the sayer in brackets after: not kept
    ("paren_attrib", "a fair deal"),
    ("mr_mrs_same", "We have nothing"),  # 'Mrs. Cooper' with Mr. and Mrs. Cooper: the cast folds them (none)
    ("president_quote_ceremony", "They are the heroes"),  # 'Sergeant Brian Cooper' not in the cast: none
    ("asked_by_named", "Never"),  # one word: too short to be sure of
    ("quote_in_title_case", "Never Give Up"),  # a motto in title case: no quote
    ("subject_colon", "Stay home and stay"),  # 'X's message was clear:': X's thing, not X speaking (none)
    (
        "subject_colon",
        "theft, fraud and forgery",
    ),  # a list after a colon: no quote (or no one's)  # a quote alone after 'X studies the fish': no speech, none
}
# wrong speakers left
WRONG: set[tuple[str, str]] = set()

# paragraphs that are not quotations at all: a script's narration, a label that is no speaker
NOT_QUOTES: list[tuple[str, str, list[str]]] = [
    (
        "script_narrator",
        CASES[[c[0] for c in CASES].index("script_narrator")][1],
        ["Floods have hit", "The water rose", "Birch says he will"],
    ),
    (
        "script_narration_between",
        CASES[[c[0] for c in CASES].index("script_narration_between")][1],
        ["The corn on his farm"],
    ),
    (
        "script_translated_narration",
        CASES[[c[0] for c in CASES].index("script_translated_narration")][1],
        ["Some voters would like"],
    ),
    (
        "tape_cut",
        CASES[[c[0] for c in CASES].index("tape_cut")][1],
        ["CUT 1", "George King has farmed", "King says he may"],
    ),
]


def test_a_turn_with_only_its_closing_mark_loses_it(tmp_path):
    """'ROE (TRANSLATED): We lost it all."': the turn's words without the stray closing mark."""
    from generator.annotate.pipeline import annotate
    from tests.test_quotes_redteam import _seed

    body = 'Jane Roe lives in a tent.\n\nJANE ROE (TRANSLATED): We lost the house and the car in one night."'
    assert [q.text for q in annotate(_seed(tmp_path, body), {}).quotes] == [
        "We lost the house and the car in one night."
    ]


@pytest.mark.parametrize("case", range(len(CASES)))
def test_red_team(tmp_path, case):
    check_case(tmp_path, CASES[case], GAPS, WRONG)


@pytest.mark.parametrize("case", range(len(NOT_QUOTES)))
def test_not_quotes(tmp_path, case):
    from generator.annotate.pipeline import annotate
    from tests.test_quotes_redteam import _seed

    form, body, heads = NOT_QUOTES[case]
    ann = annotate(_seed(tmp_path, body), {})
    found = [q.text[:40] for q in ann.quotes if any(q.text.startswith(h) for h in heads)]
    assert not found, (form, found)
