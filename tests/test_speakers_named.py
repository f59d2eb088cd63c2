"""Speakers the model missed or mis-tagged, made actors by the form of their names beside a quotation
(generator.annotate.people.untagged_speakers, aliases._person_by_apposition). The docs are given with
no entities or with the entities written by hand, so each rule is tested on what it is given."""

from __future__ import annotations

from spacy.tokens import Span

from generator.annotate.aliases import _person_by_apposition
from generator.annotate.cast import Cast
from generator.annotate.nlp import load_nlp
from generator.annotate.people import untagged_speakers


def _speakers(*blocks: str, cast: Cast | None = None) -> dict[str, str]:
    cast = cast or Cast()
    untagged_speakers(cast, [load_nlp().make_doc(b) for b in blocks], set())
    return {k: m.kind for k, m in cast.members.items()}


def test_a_name_the_model_missed_beside_a_quotation_is_a_person() -> None:
    assert _speakers('"The roof fell in," Tiago Barreto told reporters.') == {"Tiago Barreto": "person"}
    assert _speakers('"The roof fell in," said Tiago Barreto.') == {"Tiago Barreto": "person"}
    assert _speakers('Rescuers were tired. Tiago Barreto said: "The roof fell in."') == {"Tiago Barreto": "person"}
    assert _speakers('"We will act," said Ĕva Černá.') == {"Ĕva Černá": "person"}
    assert _speakers("The mine was closed, according to Tiago Barreto, in May.") == {"Tiago Barreto": "person"}
    assert _speakers("Tiago Barreto told the inquiry the mine was unsafe.") == {"Tiago Barreto": "person"}
    role = "Ĕva Černá, Commissioner for Mines, Energy and Safety, added:"
    assert _speakers(role, '"The rules hold."') == {"Ĕva Černá": "person"}


def test_a_speaker_named_again_is_the_cast_member() -> None:
    cast = Cast()
    cast.add("Tiago Barreto", "person", 0, 0, 13, "Tiago Barreto", name=True)
    cast.surnames["Barreto"] = "Tiago Barreto"
    assert _speakers("", '"It held," Tiago Barreto added.', cast=cast) == {"Tiago Barreto": "person"}
    assert len(cast.mentions) == 2


def test_no_title_place_body_or_common_word_is_made_a_person() -> None:
    assert _speakers('"We are ready," Downing Street said.') == {}
    assert _speakers('"We are ready," Prime Minister said.') == {}
    assert _speakers('"We are ready," Harbour Authority said.') == {}
    assert _speakers('"We are ready," Tiago said.') == {}
    assert _speakers('"We are ready," New Zealand said.') == {}
    assert _speakers('"We are ready," Storm Warning said.') == {}
    assert _speakers('"We are ready," Sgt Barreto said.') == {}
    assert _speakers('"We are ready," said Friday Barreto.') == {}
    assert _speakers("The mine was closed, according to Tiago Barreto's lawyer.") == {}
    assert _speakers('Storm Warning, the agency said on Monday, added: "Stay in."') == {}


def test_an_organisation_with_a_role_in_apposition_before_a_speech_verb_is_a_person() -> None:
    text = "Lucas Fonseca, chief engineer, said the inquiry would take weeks."
    doc = load_nlp().make_doc(text)
    assert _person_by_apposition(Span(doc, 0, 2, label="ORG"), "Lucas Fonseca")
    text = "Vale Mining, chief executive Ana Lobo said, would pay."
    doc = load_nlp().make_doc(text)
    assert not _person_by_apposition(Span(doc, 0, 2, label="ORG"), "Vale Mining")


def _titled(*blocks: str, cast: Cast | None = None) -> dict[str, tuple[str, str]]:
    from generator.annotate.people import untagged_titled_names

    cast = cast or Cast()
    untagged_titled_names(cast, [load_nlp().make_doc(b) for b in blocks], set())
    return {k: (m.kind, m.role) for k, m in cast.members.items()}


def test_a_name_the_model_missed_after_a_title_is_a_person() -> None:
    text = "The mayor met General Oduya and Administrator Ferreira Quist on the ground."
    assert _titled(text) == {"Oduya": ("person", "General"), "Ferreira Quist": ("person", "Administrator")}
    assert _titled("On Thursday, Maj. Gen. Oduya toured the camp.") == {"Oduya": ("person", "Maj. Gen.")}
    assert _titled("Thank you, Mr. Oduya.") == {"Oduya": ("person", "")}  # a courtesy title is no role
    assert _titled("Secretary Oduya briefed us.")["Oduya"][0] == "person"
    # a given name no dataset knows before an English surname: a name of two words no dictionary reads
    assert _titled("Attributable to Deputy Spokesperson Varek Stone:") == {
        "Varek Stone": ("person", "Deputy Spokesperson")
    }


def test_a_titled_name_named_in_full_before_is_that_person() -> None:
    cast = Cast()
    cast.add("Amina Oduya", "person", 0, 0, 11, "Amina Oduya", name=True)
    cast.surnames["Oduya"] = "Amina Oduya"
    assert _titled("", "General Oduya briefed us.", cast=cast) == {"Amina Oduya": ("person", "General")}
    assert "General Oduya" in cast.members["Amina Oduya"].forms


def test_no_body_place_word_or_title_after_a_title_is_made_a_person() -> None:
    assert _titled("Thank you, Mr. President.") == {}
    assert _titled("The Secretary General arrived.") == {}
    assert _titled("General Motors and General Electric reported profits.") == {}
    assert _titled("General Atomics and General Kinetics reported profits.") == {}  # trades, by an adjective
    assert _titled("The Governor Brown said so.") == {}  # the last word an English word, no given name first
    assert _titled("President Friday said so.") == {}
    assert _titled("Office of the Spokesperson Washington, DC November 29, 2016") == {}
    assert _titled("Minister of Defense Benjamin “Benny” Oduya spoke today.") == {}  # the name goes on


def test_an_organisation_made_of_a_title_and_a_name_is_a_person() -> None:
    from generator.annotate.people import is_titled_org

    doc = load_nlp().make_doc("An issue that General Oduya briefed us on.")
    assert is_titled_org(Span(doc, 3, 5, label="ORG"))
    doc = load_nlp().make_doc("Shares of General Motors rose.")
    assert not is_titled_org(Span(doc, 2, 4, label="ORG"))
    doc = load_nlp().make_doc("A spokesman for General Atomics said so.")
    assert not is_titled_org(Span(doc, 3, 5, label="ORG"))


def test_a_holders_name_run_on_after_the_country_of_a_title_is_a_person() -> None:
    from generator.annotate.aliases import _holder_after_body

    text = "He met U.S. Ambassador to Chile Hugo Oduya in the capital."
    doc = load_nlp().make_doc(text)
    body, name = _holder_after_body(Span(doc, 5, 8, label="ORG"))  # 'Chile Hugo Oduya' read as one body
    assert (body.text, name.text, name.label_) == ("Chile", "Hugo Oduya", "PERSON")
    doc = load_nlp().make_doc("He met U.S. Ambassador to Chile Hugo Tower in the capital.")
    assert len(_holder_after_body(Span(doc, 5, 8, label="ORG"))) == 1  # 'Tower': an English word, no surname


def test_a_name_opening_its_sentence_with_for_and_taken_up_by_a_pronoun_is_a_person() -> None:
    text = "For Hodan Nuur Waarsame, it was a long walk. Two of her goats died on the way."
    assert _speakers(text) == {"Hodan Nuur Waarsame": "person"}
    assert _speakers("For Tiago Barreto, the vote came late. He said it was fair.") == {"Tiago Barreto": "person"}


def test_a_name_opening_with_for_and_no_pronoun_after_is_no_person() -> None:
    assert _speakers("For Hodan Nuur Waarsame, the season was dry. The wells ran out.") == {}
    assert _speakers("For Harbour Authority, it was a loss. Her ships stayed in port.") == {}  # a body's word
    # the pronoun is another's: a person named before it
    doc = load_nlp().make_doc("For Hodan Waarsame, it was dry. Then Ivo Brandt said his crops died.")
    doc.ents = [Span(doc, 9, 11, label="PERSON")]
    cast = Cast()
    untagged_speakers(cast, [doc], set())
    assert cast.members == {}


def _org_speaker(text: str, name: str) -> str:
    doc = load_nlp().make_doc(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label="ORG")
    doc.ents = [span]
    cast = Cast()
    cast.add(name, "organization", 0, start, start + len(name), name, name=True)
    untagged_speakers(cast, [doc], set())
    return cast.members[name].kind


def test_a_speaker_read_as_an_organisation_and_taken_up_by_a_pronoun_is_a_person() -> None:
    assert _org_speaker("Hodan Waarsame said the flood took her house.", "Hodan Waarsame") == "person"
    assert _org_speaker("The rain stopped. Tiago Barreto said so. His farm was lost.", "Tiago Barreto") == "person"


def test_a_speaking_organisation_with_no_pronoun_or_a_body_word_stays_an_organisation() -> None:
    assert _org_speaker("Hodan Waarsame said the flood took its warehouse.", "Hodan Waarsame") == "organization"
    assert _org_speaker("Waarsame Holdings said the flood took her house.", "Waarsame Holdings") == "organization"


def _apposed(text: str, name: str) -> bool:
    doc = load_nlp().make_doc(text)
    start = text.index(name)
    return _person_by_apposition(doc.char_span(start, start + len(name), label="ORG"), name)


def test_an_organisation_with_a_capitalised_title_in_apposition_after_it_is_a_person() -> None:
    assert _apposed("Hodan Waarsame, Commissioner for Water and Soil, said the wells were dry.", "Hodan Waarsame")
    assert _apposed("Tiago Barreto, Council Vice-President responsible for Mines, said: it holds.", "Tiago Barreto")
    assert not _apposed("Hodan Waarsame, Commissioner Ivo Brandt said, would pay.", "Hodan Waarsame")  # another's
    assert not _apposed("Harbour Mining, Chief Executive of the port, said so.", "Harbour Mining")  # English words


def test_an_organisation_of_initials_and_a_surname_beside_a_role_is_a_person() -> None:
    assert _apposed("A port spokesman, K.T. Oduya, told reporters the ship sank.", "K.T. Oduya")
    assert not _apposed("A port spokesman, U.S. Army, told reporters so.", "U.S. Army")


def test_a_name_beside_a_noun_only_a_person_is_before_a_speech_verb_is_a_person() -> None:
    assert _speakers("The well ran dry, farmer Hodan Waarsame said.") == {"Hodan Waarsame": "person"}
    assert _speakers("A mother of five, Hodan Waarsame, told VOA the goats died.") == {"Hodan Waarsame": "person"}
    assert _speakers("Hodan Waarsame, a 40-year-old widow, said the goats died.") == {"Hodan Waarsame": "person"}
    assert _speakers("Hodan Waarsame, a farmer from the Bay region, told VOA.") == {"Hodan Waarsame": "person"}
    assert _speakers("Kaltex Moru, a charity for the poor, said so.") == {}  # no noun only a person is
    assert _speakers("The farmer Harbour Authority said so.") == {}  # a body's word


def test_a_name_heading_its_sentence_as_a_subject_and_taken_up_by_a_pronoun_is_a_person() -> None:
    assert _speakers("Hodan Nuur Waarsame fled her village in May.") == {"Hodan Nuur Waarsame": "person"}
    assert _speakers("The rains failed. Tiago Barreto lost the farm. He moved to town.") == {"Tiago Barreto": "person"}
    assert _speakers("Kaltex Moru fired its chief. He said the plan failed.") == {}  # a body's 'its' first
    assert _speakers("Kaltex Moru reopened. The port was busy again.") == {}  # no pronoun


def test_an_organisation_after_a_noun_only_a_person_is_is_a_person() -> None:
    assert _apposed('"It is fresh," said shopper Hodan Waarsame.', "Hodan Waarsame")
    assert _apposed("The bus stopped, passenger Tiago Barreto said.", "Tiago Barreto")
    assert not _apposed('"It is fresh," said retailer Kaltex Moru.', "Kaltex Moru")


def test_a_name_with_a_gaelic_prefix_before_a_second_capital_is_read_whole() -> None:
    assert _speakers('"We won," said Rhys McClenaghan.') == {"Rhys McClenaghan": "person"}
    assert _speakers("Tiago O’Barreto told the inquiry the mine was unsafe.") == {"Tiago O’Barreto": "person"}
    assert _titled("Thank you, Mr. MacOduya.") == {"MacOduya": ("person", "")}


def test_a_pronoun_that_may_be_anothers_makes_no_speaking_organisation_a_person() -> None:
    assert _org_speaker("Kaltex Moru said he would step down.", "Kaltex Moru") == "organization"
    assert _org_speaker("Kaltex Moru said that her clinic was hit.", "Kaltex Moru") == "organization"
    assert _org_speaker("Kaltex Moru said the chief would end his term.", "Kaltex Moru") == "organization"
    assert _speakers("Kaltex Moru hired a director. He said the plan failed.") == {}
