"""Red-team table, third round: the ways a quote's speaker can be wrong that the dev gold does not exercise.

Same shape and harness as the first two rounds (test_quotes_redteam.py, test_quotes_redteam2.py): each
case is (form, body, expected), expected listing (the opening words of a quote, the speaker's slug or a
word of it, or None for a quote no one named may be given). This round stresses attribution itself:
two voices alternating inside one paragraph; a quote followed by a paraphrase of someone else and then
'he said'; 'X said, quoting Y' and 'citing'; a quote inside a quote read out by someone; a quote that
opens the story before anyone is named; 'told X' where X only hears; 'he' or 'she' with two people of
that sex before; a quote in the headline; transcript labels that are offices or organisations; the
words of a document ('the report said', 'the letter read'); 'X asked him' before 'he said' (the object
of that sex may be the speaker); a group reported speaking before 'she said'; a person in an opening
phrase ('Asked about X, she was blunt'); labels with an honorific ('MRS. HALE:' is not Mr. Hale); a cue
with a colon after a question ('"Where is it?" Kane replied: "..."': Kane's cue opens the words after it).
The cases are invented; none is from a real text.
"""

from __future__ import annotations

import pytest

from tests.test_quotes_redteam import check_case  # the first round's harness, the same verdicts

CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # ---- two voices alternating in one paragraph
    (
        "alternate_para",
        '"The deal is done," said Trade Minister Olga Berg. "It is not," replied opposition leader Tomas '
        'Vik. "We have not even seen the text," he said.',
        [("The deal is done", "berg"), ("It is not", "vik"), ("We have not even seen", "vik")],
    ),
    (
        "alternate_para",
        'Coach Anna Kerr was blunt. "We were terrible," she said. Her captain, Mia Lund, disagreed. "We '
        'created chances," Lund said. "We just did not finish them."',
        [("We were terrible", "kerr"), ("We created chances", "lund"), ("We just did not", "lund")],
    ),
    (
        "alternate_para",
        'Prosecutor Dan Meyer told the jury the defendant had lied. "He lied to the police, he lied to his '
        'wife," Meyer said. Defense attorney Carl Ross objected. "Counsel is testifying," Ross said.',
        [("He lied to the police", "meyer"), ("Counsel is testifying", "ross")],
    ),
    (
        "alternate_para",
        '"Prices are falling," Governor Ian Hale said, while Finance Minister Paul Dorn said on the same '
        'day that "inflation is not beaten yet."',
        [("Prices are falling", "hale"), ("inflation is not beaten", "dorn")],
    ),
    # ---- a quote, then a paraphrase of another person, then a pronoun
    (
        "paraphrase_between",
        'Senator Mark Ellis said the bill would cut costs. "It pays for itself," Ellis said.\n\n'
        "Senator Tom Banks said the bill would add $2 billion to the deficit and called it a gimmick.\n\n"
        '"Nobody believes those numbers," he said.',
        [("It pays for itself", "ellis"), ("Nobody believes those", "banks")],
    ),
    (
        "paraphrase_between",
        '"We will win this case," said attorney Rosa Lind.\n\n'
        "Judge Helen Ford said she would rule by Friday.\n\n"
        '"The law is on our side," Lind said.',
        [("We will win this case", "lind"), ("The law is on our", "lind")],
    ),
    (
        "paraphrase_between",
        'Mayor Ann Cole defended the budget. "Every dollar is accounted for," Cole said. Council member '
        "Jim Hart said the city had hidden a shortfall in the pension fund and demanded an audit. "
        '"They cooked the books," he said.',
        [("Every dollar is", "cole"), ("They cooked the books", "hart")],
    ),
    # ---- 'X said, quoting Y', 'citing'
    (
        "quoting",
        '"The road to hell is paved with good intentions," Senator Mark Ellis said, quoting his late father.',
        [("The road to hell", "ellis")],
    ),
    (
        "quoting",
        '"Leave no one behind," Governor Ruth Kane said, quoting President Joan Hayes\'s inaugural address.',
        [("Leave no one behind", "kane")],
    ),
    (
        "quoting",
        'Minister Paul Dorn, quoting Prime Minister Ravi Sharma, said: "We will not bend."',
        [("We will not bend", "dorn")],
    ),
    (
        "quoting",
        '"Growth will slow sharply," Finance Minister Olga Berg said, citing a report by economist Lars Holm.',
        [("Growth will slow", "berg")],
    ),
    (
        "quoting",
        'Ellis, quoting Abraham Lincoln, told the crowd: "A house divided against itself cannot stand." '
        "Senator Mark Ellis then left the stage.",
        [("A house divided", "ellis")],
    ),
    # ---- a quote read out: the reader's words hold another's
    (
        "read_out",
        'Governor Ruth Kane read a message from the nurse Sarah Hill: "We are exhausted and we need help." '
        '"I hear you," Kane said.',
        [("I hear you", "kane")],
    ),
    (
        "read_out",
        "Senator Mark Ellis held up a letter from a constituent, Tom Price. \"He wrote, 'I cannot afford my "
        'medicine,\'" Ellis said. "That is the reality."',
        [("He wrote", "ellis"), ("That is the reality", "ellis")],
    ),
    (
        "read_out",
        'Mayor Ann Cole recalled what her predecessor, Jim Hart, told her on her first day: "Never promise '
        'what you cannot deliver."',
        [("Never promise what", "hart")],
    ),
    # ---- a quote that opens the story before anyone is named
    (
        "quote_first",
        '"We are not going anywhere."\n\nWith those words, union leader Rosa Diaz ended the rally on Saturday.',
        [("We are not going anywhere", "diaz")],
    ),
    (
        "quote_first",
        '"I did everything right and I still lost my home."\n\n'
        "Mary Doyle, a nurse, is one of 300 families evicted this year. Mayor Ann Cole said the city would "
        "help.",
        [("I did everything right", "doyle")],
    ),
    (
        "quote_first",
        '"The water came so fast," she said. "We had no time."\n\n'
        "Ana Ruiz lost her house in the flood. Her neighbour, Eva Soto, lost her car.",
        [("The water came so fast", "ruiz"), ("We had no time", "ruiz")],
    ),
    (
        "quote_first",
        '"It is a scandal," he said.\n\nThe minister, Paul Dorn, had been in office for two weeks.',
        [("It is a scandal", "dorn")],
    ),
    # ---- 'told X': the one told only hears
    (
        "told_hearer",
        '"You have my word," Prime Minister Ravi Sharma told President Joan Hayes.',
        [("You have my word", "sharma")],
    ),
    (
        "told_hearer",
        'Senator Mark Ellis told Governor Ruth Kane that the state would get the money. "It is in the '
        'bill," he told her.',
        [("It is in the bill", "ellis")],
    ),
    (
        "told_hearer",
        'Governor Ruth Kane was told by Senator Mark Ellis: "The money is coming."',
        [("The money is coming", "ellis")],
    ),
    (
        "told_hearer",
        '"We will cut the rate in June," Governor Ian Hale told Finance Minister Paul Dorn, according to '
        "two people at the meeting.",
        [("We will cut the rate", "hale")],
    ),
    (
        "told_hearer",
        'Finance Minister Paul Dorn said he was told by Governor Ian Hale: "Do not expect a cut."',
        [("Do not expect a cut", "hale")],
    ),
    (
        "told_hearer",
        'Mayor Ann Cole met residents on Monday. One of them, Mary Doyle, told the mayor: "We have waited ten years."',
        [("We have waited", "doyle")],
    ),
    # ---- 'he' or 'she' with two people of that sex before
    (
        "same_sex",
        "Senator Mark Ellis met Governor Tom Banks on Monday. Banks said afterwards that they had agreed "
        'on the route.\n\n"It was a good meeting," he said.',
        [("It was a good meeting", "banks")],
    ),
    (
        "same_sex",
        'Senator Mark Ellis and Governor Tom Banks met on Monday.\n\n"It was a good meeting," he said.',
        [("It was a good meeting", None)],
    ),
    (
        "same_sex",
        "Judge Helen Ford sentenced Mary Doyle to five years on Friday.\n\n"
        '"I am sorry for what I did," she told the court before the sentence was read.',
        [("I am sorry for what", "doyle")],
    ),
    (
        "same_sex",
        "Sarah Miller beat Laura Evans in the final on Sunday. Evans had won the title twice.\n\n"
        '"I played the best tennis of my life," she said.',
        [("I played the best", "miller")],
    ),
    (
        "same_sex",
        'Sarah Miller beat Laura Evans in the final on Sunday. "I played the best tennis of my life," Miller '
        'said. "She was too good today," Evans said.',
        [("I played the best", "miller"), ("She was too good", "evans")],
    ),
    # ---- a quote in the headline
    (
        "headline_quote",
        '"We will not pay": unions reject offer\n\n'
        "Union leader Rosa Diaz rejected the offer on Monday. Transport Minister Paul Dorn called it fair.",
        [("We will not pay", None)],
    ),
    (
        "headline_quote",
        'Ellis: "The bill is dead"\n\n'
        'Senator Mark Ellis said on Monday the bill had no chance. "The bill is dead," Ellis said.',
        [("The bill is dead", "ellis")],
    ),
    (
        "headline_quote",
        "Minister vows 'no more delays' on rail line\n\n"
        'Transport Minister Paul Dorn said the line would open in May. "No more delays," Dorn said.',
        [("No more delays", "dorn")],
    ),
    # ---- transcript labels that are offices or organisations
    (
        "label_office",
        "Press Conference after the Council Meeting\n\n"
        "CHAIR: Good morning. The council has agreed the agenda.\n\n"
        "Q: Will the sanctions be extended?\n\n"
        "CHAIR: That decision will come in June.",
        [("Good morning. The council", None), ("That decision will come", None)],
    ),
    (
        "label_office",
        "NATO SPOKESPERSON: Good afternoon. The Secretary General will make a short statement.\n\n"
        "SECRETARY GENERAL: Thank you. Allies met today to discuss support for Ukraine.",
        [("Good afternoon. The Secretary", None), ("Thank you. Allies met", None)],
    ),
    (
        "label_office",
        "Remarks by Secretary General Lars Holm\n\n"
        "MODERATOR: Thank you for joining us.\n\n"
        "SECRETARY GENERAL: Thank you. Allies met today to discuss support for Ukraine.",
        [("Thank you for joining", None), ("Thank you. Allies met", "holm")],
    ),
    (
        "label_office",
        "UNITED KINGDOM: We support the draft resolution.\n\nRUSSIAN FEDERATION: We will vote against it.",
        [("We support the draft", "kingdom"), ("We will vote against", "russian")],  # a delegation speaks
    ),
    (
        "label_office",
        "Hearing of the Senate Finance Committee\n\n"
        "THE CHAIRMAN: The committee will come to order.\n\n"
        "SENATOR ELLIS: Thank you, Mr. Chairman.",
        [("The committee will come", None), ("Thank you, Mr. Chairman", "ellis")],
    ),
    # ---- the words of a document
    (
        "document",
        'Senator Mark Ellis released the report on Monday. "The agency failed at every level," the report said.',
        [("The agency failed", None)],
    ),
    (
        "document",
        'Mayor Ann Cole received a letter from the governor. "Your request is denied," the letter read.',
        [("Your request is denied", None)],
    ),
    (
        "document",
        'The indictment, unsealed on Tuesday, says Mark Ellis "knowingly deceived investors for a decade."',
        [("knowingly deceived", None)],
    ),
    (
        "document",
        'Judge Helen Ford dismissed the case. "The plaintiff has no standing," the ruling said.',
        [("The plaintiff has no", "ford")],
    ),
    (
        "document",
        'The memo, signed by chief of staff Tom Banks, said: "All staff must return to the office by March."',
        [("All staff must return", "banks")],
    ),
    (
        "document",
        "Prime Minister Ravi Sharma's office issued a statement on Sunday. \"The prime minister is in good "
        'health and will return to work on Monday," it said.',
        [("The prime minister is in good", None)],
    ),
    # ---- 'asked' with the asker named: the asker speaks the question, the one asked answers
    (
        "asked_named",
        '"Will you resign?" reporter Sam Ford asked Senator Mark Ellis. "No," Ellis said.',
        [("Will you resign", "ford")],
    ),
    # ---- an organisation as the sayer
    (
        "org_sayer",
        'Senator Mark Ellis sued Apex Media on Monday. "The claims are baseless," Apex Media said in a statement.',
        [("The claims are baseless", None)],
    ),
    (
        "org_sayer",
        'Mayor Ann Cole welcomed the ruling. "We respect the decision," the city council said.',
        [("We respect the decision", None)],
    ),
    # ---- 'told' a hearer of the pronoun's sex: the subject speaks
    (
        "told_same_sex",
        'Senator Ann Bly met Governor Ruth Kane on Monday. "We will fund it," she told Kane.',
        [("We will fund it", "bly")],
    ),
    (
        "told_same_sex",
        '"You will have the money by June," Senator Mark Ellis told Governor Tom Banks. "I promise you that," '
        "he told him.",
        [("You will have the money", "ellis"), ("I promise you that", "ellis")],
    ),
    # ---- a letter or a message to someone: the writer's words
    (
        "letter_to",
        'In a letter to Senator Mark Ellis, Governor Ruth Kane wrote: "The schools cannot wait another year."',
        [("The schools cannot wait", "kane")],
    ),
    (
        "letter_to",
        'Governor Ruth Kane\'s letter to Senator Mark Ellis was short: "Fund the schools."',
        [("Fund the schools", "kane")],
    ),
    # ---- a speaker speaking for someone else
    (
        "speaking_for",
        '"We regret the delay," said Tom Banks, speaking for Governor Ruth Kane.',
        [("We regret the delay", "banks")],
    ),
    (
        "speaking_for",
        '"The governor has no comment," Tom Banks said on behalf of Governor Ruth Kane.',
        [("The governor has no", "banks")],
    ),
    # ---- a quote in a headline naming two people
    (
        "headline_two",
        'Kane to Ellis: "Fund the schools"\n\n'
        "Governor Ruth Kane wrote to Senator Mark Ellis on Monday asking for money for schools.",
        [("Fund the schools", "kane")],
    ),
    # ---- an interview's answers after a question naming another person
    (
        "qa_named",
        "Interview with Governor Ruth Kane\n\n"
        "Q: What did President Joan Hayes tell you?\n\n"
        "A: She said we would get the money, and I believe her.",
        [("She said we would get", "kane")],
    ),
    # ---- nested: the speaker recalls her own words to another
    (
        "nested_own",
        "\"I told him, 'Mark, you cannot do this to the state,'\" Governor Ruth Kane said of Senator Mark Ellis.",
        [("I told him", "kane")],
    ),
    # ---- an op-ed: 'writes X'
    (
        "writes",
        'The bill is a mistake. "It will raise costs for every family," writes Senator Mark Ellis in the Daily '
        "Ledger. Governor Ruth Kane has backed the bill.",
        [("It will raise costs", "ellis")],
    ),
    # ---- 'they' after a group and a person
    (
        "they_group",
        'Union leader Rosa Diaz met the workers on Monday. "We will strike on Friday," they said.',
        [("We will strike on", None)],
    ),
    # ---- the organisation of a named leader speaks
    (
        "org_of_leader",
        'The Red Cross, whose president is Jane Roe, said in a statement: "Aid must reach the city now."',
        [("Aid must reach the city", "cross")],  # the organisation, not its president
    ),
    # ---- a quote before the name of a hearer who then answers
    (
        "answer_after",
        'Senator Mark Ellis asked Governor Ruth Kane: "Where is the money?" Kane replied: "In the budget, where it '
        'always was."',
        [("Where is the money", "ellis"), ("In the budget", "kane")],
    ),
    # ---- a quote of one after another reported speaking of them, in a relative clause
    (
        "whose",
        '"We want answers," said Mary Doyle, whose husband, Tom Doyle, was killed in the blast.',
        [("We want answers", "mary")],
    ),
    (
        "of_who_told",
        '"He is lying," Governor Ruth Kane said of Senator Mark Ellis, who had told reporters on Monday: "The '
        'governor knew everything about the deal."',
        [("He is lying", "kane"), ("The governor knew", "ellis")],
    ),
    # ---- 'the president' with two presidents named
    (
        "two_presidents",
        'President Joan Hayes met President Ravi Sharma in Delhi. "We agreed on trade," the president said.',
        [("We agreed on trade", None)],
    ),
    # ---- a speech citing another
    (
        "speech_cites",
        "Remarks by Governor Ruth Kane at the State Capitol\n\nThank you all for coming.\n\n"
        'As my friend Senator Mark Ellis said last year, "No child should go to school hungry." He was right '
        "then and he is right now.",
        [("No child should go", "ellis")],
    ),
    # ---- 'his wife, X' then 'she said'
    (
        "wife_she",
        "Tom Banks, 58, lost his shop in the fire. His wife, Maria Banks, was at home.\n\n"
        '"I heard the sirens and ran," she said.',
        [("I heard the sirens", "maria")],
    ),
    # ---- a person in an opening phrase, the speaker the subject
    (
        "opening_phrase",
        'Asked whether Senator Mark Ellis should resign, Governor Ruth Kane said: "That is for the voters to decide."',
        [("That is for the voters", "kane")],
    ),
    (
        "opening_phrase",
        'Responding to Senator Mark Ellis, Governor Ruth Kane said: "The numbers speak for themselves."',
        [("The numbers speak", "kane")],
    ),
    (
        "opening_phrase",
        'In an interview with Sam Ford of the Daily Ledger, Governor Ruth Kane said: "I am not running again."',
        [("I am not running", "kane")],
    ),
    (
        "opening_phrase",
        'Unlike Senator Mark Ellis, Governor Ruth Kane said she would sign the bill. "It is a good bill," she said.',
        [("It is a good bill", "kane")],
    ),
    (
        "opening_phrase",
        "Governor Ruth Kane spoke to the Daily Ledger on Monday. Asked about Senator Mark Ellis, she was blunt."
        '\n\n"He should resign," she said.',
        [("He should resign", "kane")],
    ),
    (
        "came_after",
        "Governor Ruth Kane's comments came after Senator Mark Ellis said the plan was \"dead in the water and "
        'everybody in this building knows it."',
        [("dead in the water", "ellis")],
    ),
    (
        "who_succeeded",
        'Governor Ruth Kane, who succeeded Tom Banks in 2019, said: "We have cut the deficit in half."',
        [("We have cut the deficit", "kane")],
    ),
    # ---- a joint statement: no one of the two
    (
        "joint",
        'Senator Mark Ellis and Governor Ruth Kane said in a joint statement: "We will work together on this."',
        [("We will work together", None)],
    ),
    # ---- a spokesman named after his quote, then a quote standing alone
    (
        "spokes_later",
        '"The senator is on vacation," said John Doe.\n\nDoe is a spokesman for Senator Mark Ellis, who has '
        'not been seen in public since May.\n\n"He will be back in September."',
        [("The senator is on vacation", "doe"), ("He will be back", "doe")],
    ),
    # ---- rivals: a paraphrase of each, then each quoted
    (
        "rivals",
        "Prime Minister Ravi Sharma said the economy was strong. His rival, Meera Nair, said the opposite.\n\n"
        '"The economy has never been stronger," Sharma said. "Jobs are up."\n\n"That is simply not true," '
        "Nair said.",
        [("The economy has never", "sharma"), ("Jobs are up", "sharma"), ("That is simply not", "nair")],
    ),
    # ---- 'he' after 'she' and a man named in a sentence of no speech
    (
        "he_after_she",
        'Governor Ruth Kane said the state would appeal. "We will take this to the Supreme Court," she said.'
        '\n\nThe ruling was written by Judge Tom Banks.\n\n"The law is clear," he said in his ruling.',
        [("We will take this", "kane"), ("The law is clear", "banks")],
    ),
    # ---- a pronoun of the sex of another verb's object: either of them
    (
        "object_pronoun",
        "The court heard from Tom Banks, a witness. Prosecutor Dan Meyer asked him about the night of the fire."
        '\n\n"I saw smoke and I called 911," he said.',
        [("I saw smoke", "banks")],
    ),
    (
        "object_pronoun",
        "Coach Frank Miller benched Leo Santos on Sunday. Miller told him he had to earn his place.\n\n"
        '"I was angry, but he was right," he said.',
        [("I was angry", "santos")],
    ),
    (
        "object_pronoun",
        "Judge Helen Ford questioned Mary Doyle for an hour. Ford asked her about the missing money.\n\n"
        '"I never took a cent," she said.',
        [("I never took a cent", "doyle")],
    ),
    # ---- a group reported speaking, then 'she said'
    (
        "group_then_she",
        "Governor Ruth Kane said the state had done everything it could. But residents said they had been "
        'abandoned.\n\n"Nobody came for three days," she said.',
        [("Nobody came for three", None)],
    ),
    # ---- 'told' a named reporter
    (
        "told_reporter",
        '"There will be no deal," Senator Mark Ellis told reporter Sam Ford. "Not this year, and not next year '
        'either."',
        [("There will be no deal", "ellis"), ("Not this year", "ellis")],
    ),
    (
        "told_reporter",
        'Reached by phone, Tom Banks told the Daily Ledger that Senator Mark Ellis had lied. "He knew all '
        'along," Banks said.',
        [("He knew all along", "banks")],
    ),
    # ---- words of another in the text's own: a sign, a chant, a shared post, a document attributed
    (
        "others_words",
        'Protesters outside the office of Senator Mark Ellis carried signs that read "Ellis lied, people died."',
        [("Ellis lied, people died", None)],
    ),
    (
        "others_words",
        'Senator Mark Ellis shared a post by Governor Ruth Kane that said "the state is open for business," '
        'adding: "Finally."',
        [("the state is open", "kane")],
    ),
    (
        "others_words",
        '"The agency failed at every level," according to the report, which Senator Mark Ellis released on Monday.',
        [("The agency failed", None)],
    ),
    (
        "others_words",
        'The remark, first reported by the Daily Ledger, was attributed to Senator Mark Ellis: "The governor '
        'is finished."',
        [("The governor is finished", "ellis")],
    ),
    (
        "others_words",
        'Senator Mark Ellis is said to have told aides: "Governor Ruth Kane will never be president."',
        [("Governor Ruth Kane will", "ellis")],
    ),
    (
        "others_words",
        'In an email to staff obtained by the Daily Ledger, chief executive Tom Banks wrote: "We will get '
        'through this together."',
        [("We will get through", "banks")],
    ),
    # ---- a name inside the quote, the speaker after it
    (
        "name_in_quote",
        'Governor Ruth Kane spoke on Monday. "Senator Mark Ellis has betrayed this state," she said. "He '
        'should resign."',
        [("Senator Mark Ellis has", "kane"), ("He should resign", "kane")],
    ),
    (
        "name_in_quote",
        'Governor Ruth Kane spoke on Monday.\n\n"Senator Mark Ellis has betrayed this state. He should '
        'resign."\n\nEllis did not respond.',
        [("Senator Mark Ellis has", "kane")],
    ),
    # ---- transcript labels: an office and a surname, a host named in full
    (
        "label_name_title",
        "Transcript: Senate hearing\n\nSEN. ELLIS: Director Banks, were you aware of the leak?\n\n"
        "DIRECTOR BANKS: I was not, Senator.\n\nSEN. ELLIS: Not at all?\n\n"
        "DIRECTOR BANKS: Not until the press reported it.",
        [("Director Banks, were you", "ellis"), ("I was not, Senator", "banks"), ("Not until the press", "banks")],
    ),
    (
        "label_host",
        "Interview with Governor Ruth Kane\n\nSAM FORD: Governor, thank you for joining us.\n\n"
        "KANE: Glad to be here, Sam.\n\nSAM FORD: Let us start with the budget.\n\n"
        "KANE: The budget is balanced for the first time in a decade.",
        [("Governor, thank you", "ford"), ("Glad to be here", "kane"), ("The budget is balanced", "kane")],
    ),
    (
        "label_q_names",
        "Q: Senator Ellis, Governor Kane says you blocked the money. Is that true?\n\n"
        "SENATOR ELLIS: No. I voted for it twice.",
        [("No. I voted for it", "ellis")],
    ),
    (
        "label_q_names",
        "THE CHAIRMAN: The chair recognizes Senator Ellis for five minutes.\n\n"
        "SENATOR ELLIS: Thank you, Mr. Chairman. I want to ask about the leak.",
        [("Thank you, Mr. Chairman. I want", "ellis")],
    ),
    # ---- labels with an honorific: 'MRS. X:' is not Mr. X
    (
        "label_honorific",
        "Remarks by President George Hale and Mrs. Laura Hale at a Reception\n\n"
        "THE PRESIDENT: Thank you all. Welcome to the White House.\n\n"
        "MRS. HALE: Thank you, George. It is a joy to be here.",
        [("Thank you all. Welcome", "george"), ("Thank you, George", "laura")],
    ),
    (
        "label_honorific_office",
        "President George Hale spoke first.\n\nPRESIDENT HALE: Thank you all. Welcome to the White House.\n\n"
        "MRS. HALE: Thank you, George. It is a joy to be here.",
        [("Thank you all. Welcome", "george"), ("Thank you, George", None)],
    ),
    (
        "label_honorific",
        "Remarks by John Smith and Jane Smith\n\nMR. SMITH: Thank you all for coming tonight.\n\n"
        "MRS. SMITH: We are so grateful.",
        [("Thank you all for coming", "john"), ("We are so grateful", "jane")],
    ),
    # ---- two quotes of two people in one sentence
    (
        "two_in_one",
        '"We are ready," Ellis said, but Kane said, "We are not."',
        [("We are ready", "ellis"), ("We are not", "kane")],
    ),
    # ---- 'Jr.': the son, not the father
    (
        "junior",
        '"My father was a hero," said Tom Banks Jr., whose father, Tom Banks, died in the fire.',
        [("My father was a hero", "jr")],
    ),
    (
        "praise_object",
        'Senator Mark Ellis endorsed Tom Banks for governor on Monday. "He is the best man for the job," he said.',
        [("He is the best man", "ellis")],
    ),
    (
        "praise_object",
        'Tom Banks thanked Senator Mark Ellis for the endorsement. "It means a lot to me," he said.',
        [("It means a lot", "banks")],
    ),
    (
        "praise_object",
        'Senator Mark Ellis praised Governor Ruth Kane on Monday. "She has done a remarkable job in a hard '
        'year," he said.',
        [("She has done a", "ellis")],
    ),
]


# quotes the rules miss or leave with no speaker (form, opening words): never a wrong speaker
GAPS: set[tuple[str, str]] = {
    ("quote_first", "We are not going anywhere"),  # the speaker named after, in a sentence of no speech
    ("quote_first", "I did everything right"),  # the same: the opening quote is no one's
    ("quote_first", "The water came so fast"),  # 'she said' before anyone is named: no one
    ("quote_first", "We had no time"),
    ("quote_first", "It is a scandal"),  # 'he said', the minister named in the next paragraph
    ("told_hearer", "The money is coming"),  # 'X was told by Y:': a passive's agent, not read
    ("told_hearer", "Do not expect a cut"),  # 'X said he was told by Y:'
    ("same_sex", "I played the best"),  # 'X beat Y. Y had won twice.' then 'she said': either (none)
    ("headline_quote", "No more delays"),  # two words in a wire quote: too short to be sure of
    ("label_office", "Thank you. Allies met"),  # 'SECRETARY GENERAL:' a label of two words of office
    ("label_office", "The committee will come"),  # 'THE CHAIRMAN:'
    ("document", "The plaintiff has no"),  # 'the ruling said' after a judge: the court's, no one named
    ("letter_to", "Fund the schools"),  # 'X's letter to Y was short: "..."': three words after no speech verb
    ("headline_two", "Fund the schools"),  # 'X to Y: "..."' in a headline
    ("of_who_told", "The governor knew"),  # 'X said of Y, who had told reporters: "..."': a relative clause's colon
    ("opening_phrase", "He should resign"),  # 'Asked about Y, she was blunt.': 'she' heads it, the person is no one
    ("he_after_she", "The law is clear"),  # the judge named in a passive's 'by', no speech: none
    ("object_pronoun", "I saw smoke"),  # 'X asked him': 'him' or X, either (none)
    ("object_pronoun", "I was angry"),
    ("object_pronoun", "I never took a cent"),
    ("others_words", "the state is open"),  # 'a post by Y that said "..."': the post's words, no one's
    ("others_words", "The governor is finished"),  # 'was attributed to X: "..."'
}
# wrong speakers left: 'Judge X sentenced Y. "...," she told the court': the subject of the sentence
# before is the one 'she' is taken for (as 'X demanded the resignation of Y. "...," she said'); only the
# sense tells the sentenced from the judge
WRONG: set[tuple[str, str]] = {
    ("same_sex", "I am sorry for what"),
    # 'PRESIDENT HALE:' then 'MRS. HALE:' with only the president named: the label's sex against a man the text
    # never says is one; and 'Tom Banks Jr.' folded into 'Tom Banks' by the cast (an actor matter)
    ("label_honorific_office", "Thank you, George"),
    ("junior", "My father was a hero"),
}


@pytest.mark.parametrize("case", range(len(CASES)))
def test_red_team(tmp_path, case):
    check_case(tmp_path, CASES[case], GAPS, WRONG)
