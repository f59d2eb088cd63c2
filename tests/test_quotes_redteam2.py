"""Red-team table, second round: invented news copy in forms the first round (test_quotes_redteam.py) lacks.

Same shape as the first round: each case is (form, body, expected), expected listing (the opening words
of a quote, the speaker's slug or a word of it, or None for a quote no one named may be given). The
forms follow the genres of real news: wire stories with several voices and a 'he said' after a
paragraph about someone else; features naming the speaker with a long title first; transcripts with
speaker labels in capitals (some naming their person only in the title line); press releases quoting
two officials; interviews; quotes split by attribution; an organisation's spokesperson; a pronoun
speaker with a name of no person (an exercise, a ship, a programme) standing between. The cases are
invented; none is from a real text.
"""

from __future__ import annotations

import pytest

from tests.test_quotes_redteam import check_case  # the first round's harness, the same verdicts

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # ---- wire: several voices, 'he said' after a paragraph about someone else
    (
        "wire_voices",
        "Senator Paul Young said on Monday the bill would pass the chamber this week.\n\n"
        "The measure has drawn fire from Governor Ruth Kane, who said she would veto it.\n\n"
        '"We have the votes and we will use them," he said.',
        [("We have the votes", "young")],
    ),
    (
        "wire_voices",
        "Governor Ruth Kane said on Monday she would veto the bill.\n\n"
        "Senator Paul Young, the bill's sponsor, said he had the votes to override her.\n\n"
        '"This is a fight about who runs the state," she said.',
        [("This is a fight", "kane")],
    ),
    (
        "wire_voices",
        'Police chief Ana Ruiz said the suspect had been arrested near the border. "He did not resist," '
        "she said.\n\nThe suspect's lawyer, Mark Stone, said his client was innocent.\n\n"
        '"We will fight this in court," Stone said.',
        [("He did not resist", "ruiz"), ("We will fight", "stone")],
    ),
    (
        "wire_voices",
        'Foreign Minister Ali Karimi said talks would resume in Vienna. "The door is open," Karimi said.\n\n'
        "The United States has said it will not lift sanctions before Iran returns to the deal. The State "
        "Department declined to comment on Tuesday.\n\n"
        '"We are not in a hurry," he said.',
        [("The door is open", "karimi"), ("We are not in a hurry", "karimi")],
    ),
    (
        "wire_voices",
        'Union leader Jack Moran said the strike would go ahead. "Our members have had enough," he said.\n\n'
        "The company, Delta Freight, said it had offered a 4 percent raise.\n\n"
        '"That offer is an insult," Moran said. "Nobody can live on that."',
        [("Our members have had", "moran"), ("That offer is an insult", "moran"), ("Nobody can live", "moran")],
    ),
    (
        "wire_voices",
        'Prime Minister Ravi Sharma defended the plan on Tuesday. "It is the right thing to do," Sharma '
        "said.\n\nOpposition leader Meera Nair called the plan reckless and said her party would vote "
        'against it.\n\n"He has no mandate for this," she said.',
        [("It is the right thing", "sharma"), ("He has no mandate", "nair")],
    ),
    (
        "wire_voices",
        "Mayor Tom Reid said the city would rebuild the bridge within a year.\n\n"
        "The bridge collapsed on Saturday, killing three people. Engineers had warned about cracks in "
        "2019, according to a report obtained by the Daily Ledger.\n\n"
        '"We owe it to the families to get this right," he said.',
        [("We owe it to the families", "reid")],
    ),
    # ---- feature: speaker introduced with a long appositive title
    (
        "appos_title",
        "This iteration's lead engineering planner, Master Sgt. Jane Roe, has found the work rewarding.\n\n"
        '"Every project we finish is a school that will stand for decades," she said.',
        [("Every project we finish", "roe")],
    ),
    (
        "appos_title",
        "The exercise's senior medical planner, Lt. Col. Mark Diaz of the 18th Medical Group, has been "
        "coming to the island for five years.\n\n"
        '"The people here remember us," he said. "They bring their children back every year."',
        [("The people here remember", "diaz"), ("They bring their children", "diaz")],
    ),
    (
        "appos_title",
        "The detachment's noncommissioned officer in charge, Tech. Sgt. Leo Park, said the team had "
        "finished two clinics ahead of schedule.\n\n"
        '"The Airmen worked through the rain," Park said.',
        [("The Airmen worked", "park")],
    ),
    (
        "appos_title",
        "Leading the effort is the battalion's operations officer, Maj. Ruth Okafor, a veteran of three "
        'deployments.\n\n"We plan for the worst and hope for the best," she said.',
        [("We plan for the worst", "okafor")],
    ),
    (
        "appos_title",
        "According to the team's chief engineer, Capt. Sam Tran, the new well will serve 2,000 people.\n\n"
        '"Clean water changes everything," Tran said.',
        [("Clean water changes", "tran")],
    ),
    # ---- a pronoun speaker with a name of no person standing between
    (
        "junk_between",
        "Lt. Col. Mark Diaz is the lead planner for Exercise Cobra Gold, which brings together troops from "
        'seven nations.\n\n"We learn as much from them as they learn from us," he said.',
        [("We learn as much", "diaz")],
    ),
    (
        "junk_between",
        "Cmdr. Ruth Okafor, the commanding officer of USS John Paul Jones, said the crew had trained for "
        'months.\n\n"They were ready for anything," she said.',
        [("They were ready for", "okafor")],
    ),
    (
        "junk_between",
        "Capt. Leo Brandt commands the hospital ship USNS Mercy. The Mercy arrived in Manila on Monday for "
        'Pacific Partnership 2012.\n\n"This is what we train for," he said.',
        [("This is what we train", "brandt")],
    ),
    (
        "junk_between",
        "Dr. Ana Ruiz runs the Martin Luther King Jr. Community Health Center in the city.\n\n"
        '"Most of our patients have no insurance," she said.',
        [("Most of our patients", "ruiz")],
    ),
    (
        "junk_between",
        "Sgt. Jane Roe joined the Army through the Hometown Heroes program. She now trains recruits at "
        'Fort Jackson.\n\n"I tell them what I was told," she said.',
        [("I tell them what", "roe")],
    ),
    (
        "junk_between",
        "Staff Sgt. Tom Bryce said the Marines spent three weeks aboard the USS George Washington before "
        'landing.\n\n"It was cramped but nobody complained," he said.',
        [("It was cramped", "bryce")],
    ),
    (
        "junk_between",
        "Maj. Sam Tran oversees Operation Lincoln Shield, the largest drill of the year.\n\n"
        '"We test every link in the chain," Tran said. "If one fails, we fix it."',
        [("We test every link", "tran"), ("If one fails", "tran")],
    ),
    # ---- transcripts with labels in capitals
    (
        "transcript_caps",
        "PRESIDENT KAYODE: Thank you all for coming. We had a very productive meeting.\n\n"
        "PRIME MINISTER LINDQVIST: Thank you, Mr. President. I agree.\n\n"
        "Q: Mr. President, will you lift the tariffs?\n\n"
        "PRESIDENT KAYODE: We discussed that, and we will have more to say soon.",
        [
            ("Thank you all for coming", "kayode"),
            ("Thank you, Mr. President", "lindqvist"),
            ("We discussed that", "kayode"),
        ],
    ),
    (
        "transcript_caps",
        "Remarks by Secretary of State Helen Marlow and Foreign Minister Paulo Silva After Their Meeting\n\n"
        "SECRETARY MARLOW: Good afternoon. It is a pleasure to welcome the Foreign Minister.\n\n"
        "FOREIGN MINISTER SILVA (via interpreter): Thank you, Madam Secretary. Brazil values this "
        "partnership.\n\n"
        "MODERATOR: We have time for two questions.\n\n"
        "SECRETARY MARLOW: Let me just add one point on trade.",
        [
            ("Good afternoon. It is a pleasure", "marlow"),
            ("Thank you, Madam Secretary", "silva"),
            ("We have time for two", None),
            ("Let me just add", "marlow"),
        ],
    ),
    (
        "transcript_caps",
        "Press Briefing by Press Secretary Dana Cole\n\n"
        "MS. COLE: Good afternoon, everybody. I have two things at the top.\n\n"
        "Q Thanks, Dana. Does the President support the bill?\n\n"
        "MS. COLE: He has been clear about that. He supports it.\n\n"
        "Q And the timing?\n\n"
        "MS. COLE: Soon.",
        [("Good afternoon, everybody", "cole"), ("He has been clear", "cole")],
    ),
    (
        "transcript_caps",
        "Remarks by President Joan Hayes at the Summit\n\n"
        "THE PRESIDENT: Thank you. Thank you so much. Please, have a seat.\n\n"
        "AUDIENCE MEMBER: We love you!\n\n"
        "THE PRESIDENT: I love you back. (Laughter.) Now, let me talk about jobs.",
        [("Thank you. Thank you so much", "hayes"), ("We love you", None), ("I love you back", "hayes")],
    ),
    (
        "transcript_caps",
        "DoD News Briefing with Secretary Robert Gale and Admiral Mike Mullins\n\n"
        "SEC. GALE: Good afternoon. Let me begin with Afghanistan.\n\n"
        "ADM. MULLINS: Thank you, Mr. Secretary. I would add one thing.\n\n"
        "Q: Admiral, how many ships?\n\n"
        "ADM. MULLINS: Two carriers.",
        [
            ("Good afternoon. Let me begin", "gale"),
            ("Thank you, Mr. Secretary", "mullins"),
            ("Two carriers", "mullins"),
        ],
    ),
    (
        "transcript_caps",
        "Joint Press Availability With Foreign Minister Celso Amaral\n\n"
        "SECRETARY RICHTER: Well, good morning. It is a great pleasure to be here in Brasilia.\n\n"
        "FOREIGN MINISTER AMARAL: (Via interpreter) Good morning. We welcome the Secretary.\n\n"
        "QUESTION: A question for both ministers, please.",
        [("Well, good morning", "richter"), ("Good morning. We welcome", "amaral"), ("A question for both", None)],
    ),
    (
        "transcript_caps",
        "AMBASSADOR ROWE: Thank you, Mr. President. The United States welcomes the report.\n\n"
        "THE PRESIDENT: I thank the representative of the United States. I now give the floor to the "
        "representative of France.",
        [("Thank you, Mr. President. The United States", "rowe")],
    ),
    (
        "transcript_caps",
        "Media Availability With Dr. Lena Frost, Director of the Health Agency\n\n"
        "DR. FROST: Good afternoon. We now have 64 confirmed cases in 11 states.\n\n"
        "OPERATOR: Our first question comes from Sam Ford of the Daily Ledger.\n\n"
        "SAM FORD: Thank you. Is the virus getting milder?\n\n"
        "DR. FROST: It is too soon to say.",
        [
            ("Good afternoon. We now have", "frost"),
            ("Our first question", None),
            ("Thank you. Is the virus", "ford"),
            ("It is too soon", "frost"),
        ],
    ),
    (
        "transcript_caps",
        "GENERAL HARLAN: We have 4,000 troops in the region.\n\n"
        "MR. WHITCOMB: And I would just add that the State Department is working with the government.\n\n"
        "STAFF: Last question.\n\n"
        "Q: General, when will they come home?",
        [("We have 4,000", "harlan"), ("And I would just add", "whitcomb"), ("Last question", None)],
    ),
    (
        "transcript_caps",
        "Interview of Secretary Helen Marlow by Sam Ford, Channel 9\n\n"
        "QUESTION: Madam Secretary, thank you for joining us.\n\n"
        "SECRETARY MARLOW: Thank you, Sam.\n\n"
        "QUESTION: Is the ceasefire holding?\n\n"
        "SECRETARY MARLOW: It is fragile, but it is holding.",
        [("Madam Secretary, thank you", None), ("Thank you, Sam", "marlow"), ("It is fragile", "marlow")],
    ),
    (
        "transcript_caps",
        "SENATOR LUGO: The treaty is in our interest. I urge my colleagues to vote yes.\n\n"
        "THE PRESIDING OFFICER: The Senator from Iowa.\n\n"
        "SENATOR BRANDT: Mr. President, I rise in opposition.",
        [
            ("The treaty is in our interest", "lugo"),
            ("The Senator from Iowa", None),
            ("Mr. President, I rise", "brandt"),
        ],
    ),
    # ---- press releases quoting one official then a second
    (
        "release_two",
        "WASHINGTON - The Department of Energy today announced $40 million for grid research.\n\n"
        "\u201cThis investment will make the grid stronger,\u201d said Secretary Ellen Brooks. "
        "\u201cIt is good for families and good for business.\u201d\n\n"
        "\u201cThe labs are ready to get to work,\u201d said Deputy Secretary Omar Vance.",
        [
            ("This investment will make", "brooks"),
            ("It is good for families", "brooks"),
            ("The labs are ready", "vance"),
        ],
    ),
    (
        "release_two",
        "Administrator Gina Holt today announced grants to 12 states.\n\n"
        '"These grants will clean up our rivers," Administrator Holt said.\n\n'
        '"We are grateful for the support," said Governor Dan Ross of Ohio. "Our rivers need it."',
        [("These grants will clean", "holt"), ("We are grateful", "ross"), ("Our rivers need it", "ross")],
    ),
    (
        "release_two",
        "USAID today announced $5 million in emergency aid for flood victims in Pakistan.\n\n"
        '"The United States stands with the people of Pakistan," said USAID Administrator Raj Mehta.\n\n'
        'The aid will be delivered through the World Food Programme. "We will reach 200,000 people within '
        'two weeks," said WFP Country Director Elin Sand.',
        [("The United States stands", "mehta"), ("We will reach 200,000", "sand")],
    ),
    (
        "release_two",
        "Secretary Ellen Brooks and Secretary Omar Vance signed the agreement on Monday.\n\n"
        '"This is a historic day," Brooks said.\n\n'
        '"Today we turn words into action," Vance said. "The work starts now."',
        [("This is a historic day", "brooks"), ("Today we turn", "vance"), ("The work starts now", "vance")],
    ),
    (
        "release_two",
        'Attorney General Ruth Kane announced the indictment on Thursday. "No one is above the law," '
        'said Attorney General Kane.\n\nU.S. Attorney Leo Park added: "This case shows what we can do '
        'when agencies work together."',
        [("No one is above", "kane"), ("This case shows", "park")],
    ),
    # ---- interviews
    (
        "interview2",
        "Sam Ford sat down with Governor Ruth Kane in her office.\n\n"
        "Ford: Governor, what keeps you up at night?\n\n"
        "Kane: The budget. Always the budget.\n\n"
        "Ford: And the election?\n\n"
        "Kane: I sleep fine.",
        [("The budget. Always", "kane"), ("I sleep fine", "kane")],
    ),
    (
        "interview2",
        "In an interview with the Daily Ledger, Prime Minister Ravi Sharma said the economy had turned the "
        'corner. "The worst is behind us," he said. Asked about the opposition, he said: "They have no '
        'plan."',
        [("The worst is behind us", "sharma"), ("They have no plan", "sharma")],
    ),
    (
        "interview2",
        "Q. Why did you leave the party?\n\n"
        "A. The party left me.\n\n"
        "The interview with former minister Pedro Alves was conducted on Tuesday.",
        [],
    ),
    # ---- quotes split by attribution
    (
        "split",
        '"We will win this election," Senator Mary Tate said, "and we will win it by a wide margin."',
        [("We will win this election", "tate"), ("and we will win it", "tate")],
    ),
    (
        "split",
        'Governor Ruth Kane spoke to reporters on Monday. "The roads are closed," she said, "and they will '
        'stay closed until the storm passes."',
        [("The roads are closed", "kane"), ("and they will stay", "kane")],
    ),
    (
        "split",
        '"There is no easy answer," said Dr. Ana Ruiz, the director of the clinic. "But doing nothing is '
        'not an option."',
        [("There is no easy answer", "ruiz"), ("But doing nothing", "ruiz")],
    ),
    (
        "split",
        '"I knew," Young said of the vote, "that it would be close." Senator Paul Young has served for 20 years.',
        [("I knew", "young"), ("that it would be close", "young")],
    ),
    (
        "split",
        '"The question," said Foreign Minister Ali Karimi, "is not whether, but when."',
        [("The question", "karimi"), ("is not whether", "karimi")],
    ),
    (
        "split",
        'Senator Paul Young met Governor Ruth Kane on Monday. "We agreed on most things," Young said after '
        'the meeting, "but not on taxes."',
        [("We agreed on most", "young"), ("but not on taxes", "young")],
    ),
    # ---- an organisation's spokesperson
    (
        "spokesperson",
        '"We are reviewing the report," a spokeswoman for Acme Corp. said on Monday.',
        [("We are reviewing the report", None)],
    ),
    (
        "spokesperson",
        '"We are reviewing the report," said Jane Poe, a spokeswoman for Acme Corp.',
        [("We are reviewing the report", "poe")],
    ),
    (
        "spokesperson",
        '"The company acted lawfully at all times," Acme spokesman John Webb said in an email.',
        [("The company acted lawfully", "webb")],
    ),
    (
        "spokesperson",
        'A spokesman for the Interior Ministry, Ali Reza, said: "The situation is under control."',
        [("The situation is under", "reza")],
    ),
    (
        "spokesperson",
        'The ministry said in a statement on Monday: "The situation is under control." Minister Ali Karimi is abroad.',
        [("The situation is under", None)],
    ),
    (
        "spokesperson",
        'Pentagon spokesman Capt. John Webb said the strike had hit its target. "We are assessing the '
        'results," Webb said.\n\nThe Pentagon did not say how many people had been killed.\n\n'
        '"We take every report of civilian casualties seriously," he said.',
        [("We are assessing", "webb"), ("We take every report", "webb")],
    ),
    (
        "spokesperson",
        'Jane Poe, who speaks for the Health Ministry, said the outbreak was under control. "There are no '
        'new cases today," she said.',
        [("There are no new cases", "poe")],
    ),
    (
        "spokesperson",
        'Senator Ann Bly\'s office said in a statement: "The senator is recovering well."',
        [("The senator is recovering", None)],
    ),
    (
        "spokesperson",
        'President Dan Ross will travel to Japan next week. "The trip will focus on trade," White House '
        "spokeswoman Dana Cole said.",
        [("The trip will focus", "cole")],
    ),
    (
        "spokesperson",
        'The embassy spokesman, who asked not to be named, said: "We have no information about the '
        'detainee." Ambassador Ruth Kane is in Washington.',
        [("We have no information", None)],
    ),
    # ---- pronoun after a quote by someone else in another paragraph
    (
        "pronoun_chain",
        'Senator Paul Young opened the hearing. "We are here to find the truth," he said.\n\n'
        "Ms. Ruth Kane, the agency's director, testified for three hours.\n\n"
        '"I have nothing to hide," she said.',
        [("We are here to find", "young"), ("I have nothing to hide", "kane")],
    ),
    (
        "pronoun_chain",
        "The firm's founder, Mr. Tom Reid, started the business in his garage.\n\n"
        'His daughter, Ms. Ana Reid, now runs it. "Dad still comes in every day," she said.',
        [("Dad still comes in", "ana")],
    ),
    (
        "pronoun_chain",
        'Coach Sam Tran praised his players. "They never gave up," Tran said.\n\n'
        "The team will face the Lions on Saturday, led by their star forward, Kemal Aksoy.\n\n"
        '"We know what they can do," he said.',
        [("They never gave up", "tran"), ("We know what they", "tran")],
    ),
    (
        "pronoun_chain",
        "The ruling was a setback for President Dan Ross, who had made the law a priority.\n\n"
        "Chief Justice Ruth Kane wrote for the majority.\n\n"
        '"The law goes too far," she wrote.',
        [("The law goes too far", "kane")],
    ),
    # ---- a reporter, a moderator, a host: not the speaker
    (
        "host",
        'Speaking on "Meet the Nation" with host Sam Ford, Senator Ann Bly said: "The bill is dead."',
        [("The bill is dead", "bly")],
    ),
    (
        "host",
        'Senator Ann Bly, interviewed by Sam Ford on Channel 9, said: "The bill is dead."',
        [("The bill is dead", "bly")],
    ),
    (
        "host",
        'Moderator Sam Ford asked the candidates about taxes. "I will not raise them," said Senator Mary Tate.',
        [("I will not raise them", "tate")],
    ),
    # ---- said with a title only, the person named earlier
    (
        "title_only",
        'Governor Ruth Kane signed the bill on Monday. "This is a good day for Ohio," the governor said.',
        [("This is a good day", "kane")],
    ),
    (
        "title_only",
        'Gen. Mark Diaz visited the base. "The soldiers are ready," the general said. "I have no doubt."',
        [("The soldiers are ready", "diaz"), ("I have no doubt", "diaz")],
    ),
    (
        "title_only",
        'Dr. Ana Ruiz examined the boy. "He will recover," the doctor said.',
        [("He will recover", "ruiz")],
    ),
    # ---- wire: source first, then 'she added' after a background sentence
    (
        "added_after",
        'Health Minister Elin Sand said the vaccine would be free. "Nobody will pay a cent," she said.\n\n'
        "The country has ordered 10 million doses from the manufacturer.\n\n"
        '"We expect the first deliveries in March," she added.',
        [("Nobody will pay", "sand"), ("We expect the first", "sand")],
    ),
    # ---- a colon after a description that names the speaker
    (
        "described_colon",
        'The lawyer for the family, Mark Stone, put it bluntly: "They lied."',
        [("They lied", "stone")],
    ),
    (
        "described_colon",
        'Speaking at the ceremony, Prime Minister Ravi Sharma said: "We remember them."',
        [("We remember them", "sharma")],
    ),
    # ---- a sayer described by another person's name
    (
        "sayer_of_other",
        'Senator Mary Tate\'s chief of staff, Jim Cole, said: "The senator will not resign."',
        [("The senator will not", "cole")],
    ),
    (
        "sayer_of_other",
        '"The senator will not resign," said Jim Cole, who replaced Ann Bly as chief of staff in March.',
        [("The senator will not", "cole")],
    ),
    (
        "sayer_of_other",
        'Senator Mary Tate faced questions on Monday. "She will not resign," her chief of staff said.',
        [("She will not resign", None)],
    ),
    (
        "sayer_of_other",
        '"He was a kind man," said the victim\'s sister, Ana Ruiz, 34.',
        [("He was a kind man", "ruiz")],
    ),
    (
        "sayer_of_other",
        'Tom Reid died on Sunday. "He was a kind man," his widow said.',
        [("He was a kind man", None)],
    ),
    # ---- split attribution with a person spoken to
    (
        "split_told",
        '"We are ready," Senator Mary Tate told Senator Paul Young, "to make a deal."',
        [("We are ready", "tate"), ("to make a deal", "tate")],
    ),
    (
        "split_told",
        '"It is over," Mayor Tom Reid told council member Ann Lowe on Monday. "We lost."',
        [("It is over", "reid"), ("We lost", "reid")],
    ),
    # ---- transcript labels naming their person only in the title line
    (
        "transcript_title_line",
        "Remarks by President Ade Kayode and Chancellor Greta Lindqvist Before Bilateral Meeting\n\n"
        "PRESIDENT KAYODE: Well, it is wonderful to welcome the Chancellor.\n\n"
        "CHANCELLOR LINDQVIST: (As interpreted.) Thank you very much.\n\n"
        "PRESIDENT KAYODE: Thank you, everybody.",
        [("Well, it is wonderful", "kayode"), ("Thank you very much", "lindqvist"), ("Thank you, everybody", "kayode")],
    ),
    (
        "transcript_title_line",
        "Briefing by Ambassador Susan Rowe on the Security Council Vote\n\n"
        "AMBASSADOR ROWE: Good afternoon. The Council acted today.\n\n"
        "REPORTER: Ambassador, will there be a second resolution?\n\n"
        "AMBASSADOR ROWE: We will see.",
        [("Good afternoon. The Council", "rowe"), ("Ambassador, will there", None), ("We will see", "rowe")],
    ),
    (
        "transcript_title_line",
        "Interview With Minister Elin Sand on the Evening News\n\n"
        "MS. SAND: Thank you for having me.\n\n"
        "HOST: Minister, are the borders closing?\n\n"
        "MS. SAND: No, they are not.",
        [("Thank you for having me", "sand"), ("No, they are not", "sand")],
    ),
    (
        "transcript_first_names",
        "JOHN ROE: I was on the night shift when the alarm went off.\n\n"
        "MARY SMITH: And I was at home. My phone rang at three.\n\n"
        "JOHN ROE: We all ran to the plant.",
        [("I was on the night shift", "roe"), ("And I was at home", "smith"), ("We all ran", "roe")],
    ),
    # ---- a pronoun after a paragraph quoting a body
    (
        "pronoun_after_body",
        'Health Minister Elin Sand said the clinics would reopen. "We are ready," she said.\n\n'
        'The World Health Organization said in a statement that the risk "remains high."\n\n'
        '"We will follow their advice," she said.',
        [("We are ready", "sand"), ("We will follow their", "sand")],
    ),
    (
        "pronoun_after_body",
        '"The risk remains high," the World Health Organization said in a statement.\n\n'
        '"We will follow their advice," she said.',
        [("We will follow their", None)],
    ),
    # ---- a quoted title or a name in quotation marks in a paragraph before
    (
        "quoted_title_before",
        'Author Mira Patel\'s new book, "The Long Road Home," came out on Tuesday. "I wrote it for my mother," '
        "she said.",
        [("I wrote it for my mother", "patel")],
    ),
    # ---- press release: 'added' inverted, titles after the name
    (
        "release_added",
        '"The new clinic will serve 40,000 people," said Jane Roe, Director of the Health Office. "It is long '
        'overdue," added John Doe, President of the Rotary Club of Suva.',
        [("The new clinic will", "roe"), ("It is long overdue", "doe")],
    ),
    (
        "release_added",
        "The agreement was signed in Geneva on Friday by Minister Elin Sand and Ambassador Omar Vance.\n\n"
        '"This agreement opens a new chapter," Minister Sand said.\n\n'
        '"We look forward to working together," Ambassador Vance added.',
        [("This agreement opens", "sand"), ("We look forward", "vance")],
    ),
    # ---- a quotation running over two paragraphs
    (
        "runs_on",
        'Governor Ruth Kane addressed the legislature. "We have been through a hard year.\n\n'
        '"But we are still standing, and we will rebuild," she said.',
        [("We have been through", "kane"), ("But we are still", "kane")],
    ),
    (
        "runs_on",
        '"The storm took everything," said Tom Reid, a fisherman. "My boat, my nets, my house.\n\n'
        '"I do not know where to start."',
        [("The storm took", "reid"), ("My boat, my nets", "reid"), ("I do not know where", "reid")],
    ),
    # ---- 'according to' after the quote
    (
        "according_after",
        'The rescue went on through the night. "We found two more survivors," according to fire chief Ana Ruiz.',
        [("We found two more", "ruiz")],
    ),
    # ---- a wire story: the second voice introduced by a paragraph of their own, then 'he said'
    (
        "second_voice",
        'Finance Minister Karen Holt said the budget would be balanced. "We made hard choices," Holt said.\n\n'
        "But economist Mr. Leo Brandt of the Institute for Fiscal Studies said the numbers did not add up.\n\n"
        '"The growth forecast is too rosy," he said.',
        [("We made hard choices", "holt"), ("The growth forecast", "brandt")],
    ),
    (
        "second_voice",
        '"We made hard choices," Finance Minister Karen Holt said.\n\n'
        "Not everyone agrees. Mr. Leo Brandt, an economist at the Institute for Fiscal Studies, is skeptical.\n\n"
        '"The growth forecast is too rosy," he said.',
        [("We made hard choices", "holt"), ("The growth forecast", "brandt")],
    ),
    # ---- more transcript labels: abbreviated offices, one name, hyphens
    (
        "transcript_more",
        "U/S HALE: Thank you all for coming. We are here to talk about the treaty.\n\n"
        "A/S MORROW: And I will cover the verification side.\n\n"
        "QUESTION: When will it be ratified?\n\n"
        "U/S HALE: We hope this year.",
        [("Thank you all for coming", "hale"), ("And I will cover", "morrow"), ("We hope this year", "hale")],
    ),
    (
        "transcript_more",
        "PRESIDENT ARAUJO (via interpreter): Good evening. I welcome President Kayode to Brasilia.\n\n"
        "PRESIDENT KAYODE: Thank you, Mr. President.",
        [("Good evening. I welcome", "araujo"), ("Thank you, Mr. President", "kayode")],
    ),
    (
        "transcript_more",
        "SECRETARY-GENERAL OKONJO: Good morning. The Council has met in emergency session.\n\n"
        "Q: Secretary-General, is the ceasefire holding?\n\n"
        "SECRETARY-GENERAL OKONJO: Barely.",
        [("Good morning. The Council", "okonjo"), ("Barely", "okonjo")],
    ),
    # ---- features in the present tense with a long description of the speaker
    (
        "says_long",
        "Ana Ruiz, 42, a mother of three who has lived in the town all her life, says the mill kept the "
        'town alive. "When it closed, everything closed," she says.',
        [("When it closed", "ruiz")],
    ),
    (
        "says_long",
        '"We are not going anywhere," says Ana Ruiz, whose husband, Tom, has worked at the mill for 20 years.',
        [("We are not going", "ruiz")],
    ),
    (
        "says_long",
        '"We are not leaving." That is what Ana Ruiz, 52, told the mayor when the eviction letters came.',
        [("We are not leaving", "ruiz")],
    ),
    # ---- 'he' after an unnamed spokesman: no one named
    (
        "unnamed_then_he",
        "Senator Paul Young criticised the company on Monday.\n\n"
        'A company spokesman said the plant was safe. "We follow every rule," he said.',
        [("We follow every rule", None)],
    ),
    # ---- the other sex as the object
    (
        "object_sex",
        'Mayor Tom Reid thanked Ms. Ana Lowe for her work during the flood. "She saved this town," he said.',
        [("She saved this town", "reid")],
    ),
    # ---- storms and ships named like people between
    (
        "junk_between2",
        "Dr. Ana Ruiz has run the clinic in Yabucoa for 20 years. Hurricane Maria tore its roof off in 2017.\n\n"
        '"We worked by flashlight for a month," she said.',
        [("We worked by flashlight", "ruiz")],
    ),
    (
        "junk_between2",
        "Capt. Leo Brandt commands the survey ship USNS Mary Sears, which mapped the sea floor off the coast.\n\n"
        '"The charts we had were from 1944," he said.',
        [("The charts we had", "brandt")],
    ),
    (
        "said_referring",
        '"He was a giant," said Senator Paul Young, referring to the late Governor Tom Hart.',
        [("He was a giant", "young")],
    ),
    # ---- more junk names between: a programme, a prize, a school named for a person
    (
        "junk_between3",
        "Ms. Ana Lowe coordinates the Sarah Jane Brady Literacy Program at the library.\n\n"
        '"Every child who comes here leaves with a book," she said.',
        [("Every child who comes", "lowe")],
    ),
    (
        "junk_between3",
        "Mr. Tom Reid teaches at George Washington High School, where he has coached debate since 2001.\n\n"
        '"The kids keep me young," he said.',
        [("The kids keep me young", "reid")],
    ),
    # ---- an obituary: the dead person before, a relative speaks
    (
        "obituary",
        'Tom Hart, a former governor, died on Sunday at 88.\n\n"He never stopped working," said his son, Mark Hart.',
        [("He never stopped working", "mark")],
    ),
    (
        "obituary",
        "Tom Hart, a former governor, died on Sunday at 88.\n\n"
        'Senator Ann Bly said she had lost a mentor. "He taught me everything," she said.',
        [("He taught me everything", "bly")],
    ),
    # ---- several 'said' in a row, alternating
    (
        "alternating",
        '"It is a good deal," said Senator Paul Young. "It is a bad deal," said Senator Mary Tate. "We will '
        'see," said Governor Tom Reid.',
        [("It is a good deal", "young"), ("It is a bad deal", "tate"), ("We will see", "reid")],
    ),
    # ---- 'he said' with two men before, the second a quoted speaker's object
    (
        "wire_two_men",
        'Mr. Tom Reid, the mayor, met Mr. Leo Brandt, the developer, on Monday. "He promised us jobs," Reid said. '
        '"I will hold him to it," he said.',
        [("He promised us jobs", "reid"), ("I will hold him to it", "reid")],
    ),
    (
        "wire_two_men",
        "Mr. Tom Reid, the mayor, praised the project. Mr. Leo Brandt, the developer, said construction would "
        'start in May.\n\n"We are ready to break ground," he said.',
        [("We are ready to break", "brandt")],
    ),
    # ---- a woman's title in a transcript label, the text naming her in full with another title
    (
        "transcript_other_title",
        "Helen Marlow, the Secretary of State, spoke to reporters in Ankara.\n\n"
        "SECRETARY MARLOW: We had a good meeting with the Foreign Minister.\n\n"
        "QUESTION: Did you discuss the border?\n\n"
        "SECRETARY MARLOW: We did.",
        [("We had a good meeting", "marlow"), ("We did", "marlow")],
    ),
    # ---- 'says' of a person named by a long title in a release
    (
        "release_long_title",
        '"These images will change what we know about the early universe," said Dr. Ana Lowe, associate '
        "administrator for the agency's Science Mission Directorate in Washington.",
        [("These images will change", "lowe")],
    ),
    # ---- a named person in a prepositional phrase before 'he said'
    (
        "pp_person",
        'Senator Paul Young met with Prime Minister Ravi Sharma of India on Monday. "We discussed trade and '
        'security," Young said.',
        [("We discussed trade", "young")],
    ),
    (
        "pp_person",
        "Mayor Tom Reid unveiled a statue of Frederick Douglass on Monday.\n\n"
        '"He belongs here, in the heart of the city," Reid said.',
        [("He belongs here", "reid")],
    ),
    (
        "pp_person",
        "Mayor Tom Reid unveiled a statue of Frederick Douglass on Monday.\n\n"
        '"He belongs here, in the heart of the city," the mayor said.',
        [("He belongs here", "reid")],
    ),
]


# quotes the rules miss or leave with no speaker (form, opening words): never a wrong speaker
GAPS: set[tuple[str, str]] = {
    ("wire_voices", "We have the votes"),  # 'he' after a woman named: the man two paragraphs up is of no said sex
    ("wire_voices", "He did not resist"),  # 'Police chief Ana Ruiz' is no actor (the model): an actor matter
    ("appos_title", "The Airmen worked"),  # 'Tech. Sgt. Leo Park' is no actor (the model): an actor matter
    ("transcript_caps", "We love you"),  # 'AUDIENCE MEMBER:' is no one named: missed or no speaker
    ("transcript_caps", "A question for both"),  # a reporter's question: missed or no speaker
    ("transcript_caps", "Last question"),  # 'STAFF:'
    ("transcript_caps", "Madam Secretary, thank you"),  # 'QUESTION:' of an interviewer the title names
    ("described_colon", "They lied"),  # 'X put it bluntly: "..."': no speech verb before the colon
    ("sayer_of_other", "He was a kind man"),  # 'the victim's sister, Ana Ruiz': a relative, no actor (cast)
    ("transcript_title_line", "Ambassador, will there"),  # 'REPORTER:': missed or no speaker
    ("according_after", "We found two more"),  # 'fire chief Ana Ruiz' in lower case is no actor (cast)
    ("says_long", "When it closed"),  # 'Ana Ruiz, 42, a mother of three ...' is no actor (cast)
    ("says_long", "We are not leaving"),  # the same ('Ana Ruiz, 52, told the mayor')
    ("wire_two_men", "We are ready to break"),  # 'Mr. Leo Brandt, the developer' held as an organisation (cast)
    ("pronoun_after_body", "We will follow their"),  # 'she' after a body's words: no one, as after a spokesman's
}
# wrong speakers left: the model reads 'Joan' alone for 'President Joan Hayes' in a title line ('Remarks by
# President Joan Hayes at the Summit'), so the office's holder is 'Joan': an actor matter, not the quote's
WRONG: set[tuple[str, str]] = {
    ("transcript_caps", "Thank you. Thank you so much"),
    ("transcript_caps", "I love you back"),
}


@pytest.mark.parametrize("case", range(len(CASES)))
def test_red_team(tmp_path, case):
    check_case(tmp_path, CASES[case], GAPS, WRONG)
