"""The annotator's caches and pretests give what the uncached reads give (invented sentences)."""

from __future__ import annotations

import re

from spacy.lang.en import English
from spacy.tokens import Span

from generator.annotate import gazetteer as gz
from generator.annotate.aliases import _GROUP_NOUN, _a_group_noun
from generator.annotate.events import _SMALL_TALK, _small_talk
from generator.annotate.nlp import _title_ends, cut_at_breaks, ents_of, parse_blocks, text_of
from generator.annotate.quotes import _REPORTER, _narrator_labels


def _doc_with_person(text: str, name: str):
    doc = English().make_doc(text)
    span = doc.char_span(text.index(name), text.index(name) + len(name))
    assert span is not None
    doc.ents = [Span(doc, span.start, span.end, label="PERSON")]
    return doc


def test_ents_of_is_the_docs_entities_made_once() -> None:
    doc = _doc_with_person("Minister Ana Lobo Quito spoke.", "Ana Lobo Quito")
    assert ents_of(doc) == doc.ents
    assert ents_of(doc) is ents_of(doc)


def test_a_cut_at_a_break_forgets_the_entities_made_before() -> None:
    text = "Minister Ana Lobo Quito spoke."
    doc = _doc_with_person(text, "Ana Lobo Quito")
    assert [e.text for e in ents_of(doc)] == ["Ana Lobo Quito"]
    cut_at_breaks(doc, (text.index(" Quito"),))  # a line ended after 'Lobo'
    assert [e.text for e in ents_of(doc)] == [e.text for e in doc.ents]
    assert "Ana Lobo" in [e.text for e in ents_of(doc)]


def test_text_of_is_the_docs_text() -> None:
    doc = English().make_doc("The  envoy  met  them,\tthen left. ")
    assert text_of(doc) == doc.text == "The  envoy  met  them,\tthen left. "


def test_a_parsed_blocks_text_is_the_text_given() -> None:
    texts = ["Gen. Ana Lobo  met them,\tthen left. ", "A heading", "  Two  spaces first."]
    docs = parse_blocks(texts)
    assert [d.text for d in docs] == texts
    assert all(text_of(d) is t for d, t in zip(docs, texts))  # kept, not rebuilt from the tokens


def test_title_ends_are_those_of_the_word_bounded_pattern() -> None:
    bounded = re.compile(
        r"\b(?:Maj|Gen|Gens|Lt|Col|Capt|Cpt|Sgt|Adm|Cmdr|Cdr|Brig|Cpl|Pvt|Pfc|Spc|Ens|Dr|Mr|Mrs|Ms|Messrs|Gov|Sen"
        r"|Sens|Rep|Reps|Prof|Rev|Amb|Hon|Insp|Supt)\.\s+(?=[A-Z])"
    )
    texts = [
        "Gen. Ana Lobo and Lt.  Col. Ivo Brandt met Mrs. Moss.",
        "The AGen. Lobo, the Dr.ed Quint, x_Mr. Roe, 4Sen. Lund and éGov. Varga are no titles.",
        "Sens. Pia Lund (Reps. Tom Okafor) said Mr. smith and Gens.Roe left; Supt.\nMara Quint",
        "Gen.",
    ]
    for text in texts:
        assert _title_ends(text) == [m.end() for m in bounded.finditer(text)]
    assert len(_title_ends(texts[1])) == 0 and len(_title_ends(texts[0])) == 4


def test_the_reporters_pretest_lets_each_kind_of_line_through() -> None:
    lines = [
        "Reporter Mara Quint has the story.",
        "Our correspondent Ivo Brandt was there.",
        "Narrator Lea Moss reads.",
        "Tom Okafor reports from the coast.",
        "Ines Varga has this report.",
        "Pia Lund has more.",
    ]
    assert all(_REPORTER.search(t) for t in lines)
    initials = {"MQ", "IB", "LM", "TO", "IV", "PL"}
    assert _narrator_labels(lines) == initials | {"QUINT", "BRANDT", "MOSS", "OKAFOR"}
    assert _narrator_labels(["The minister has left the capital."]) == frozenset()


def test_a_countrys_name_is_found_again_from_the_cache() -> None:
    assert gz.country_of("the Netherlands") == gz.country_of("the Netherlands") == gz.country_of("Netherlands")
    assert gz.country_of("Atlantis") is None


def test_the_charge_and_rebel_pretests_let_every_match_through() -> None:
    from generator.annotate.cast import _CHARGED, _CHARGED_WORDS, _REBEL_WORD, REBEL_STEMS

    charged = [
        "Ana Lobo pleaded not guilty on Monday.",
        "He pled guilty.",
        "They were swiftly indicted in May.",
        "She was found not guilty.",
        "The mayor stands trial next week.",
        "He went on trial in Lima.",
        "Two men were arraigned, one was prosecuted and another sentenced.",
    ]
    for text in charged:
        matches = [m[0] for m in _CHARGED.finditer(text)]
        assert matches and all(any(w in m for w in _CHARGED_WORDS) for m in matches)
    rebels = ["REBELS took the town.", "Guerrillas and a Jihadist cell", "the separatist militants", "an Insurgent"]
    for text in rebels:
        matches = [m[0] for m in _REBEL_WORD.finditer(text)]
        assert matches and all(any(w in m.lower() for w in REBEL_STEMS) for m in matches)


_SMALL_TALK_LINES = (
    "Thank you all for joining us today.",
    "We are glad to be with us here.",
    "Welcome, everyone, to the briefing on Tuesday.",
    "Good morning and a warm hello to all on Monday.",
    "This call is being recorded today.",
    "All lines are in listen-only mode tonight.",
    "We're also joined today by the minister.",
    "My remarks on Friday will be short.",
    "Thanks to all of you for coming on Thursday.",
    "Those who dialled into the call this morning heard it.",
    "She will take a few questions on Sunday.",
)


def test_the_small_talk_pretest_lets_every_kind_of_line_through() -> None:
    """``events._small_talk`` skips the search only in a block without one of its words: each alternative of the
    pattern is still found, in an ASCII block and in one with curly quotes; a block of other words is not."""
    for line in _SMALL_TALK_LINES:
        for text in (line, f"“{line}”"):
            doc = English().make_doc(text)
            assert _small_talk(doc, text) is (_SMALL_TALK.search(text) is not None) is True, text
    plain = "The council met on Tuesday and voted on the budget."
    assert _small_talk(English().make_doc(plain), plain) is False


def test_the_group_noun_pretest_finds_the_nouns_of_a_text_with_curly_quotes() -> None:
    """``aliases._a_group_noun`` reads a text with curly quotes lowered as an ASCII one: the same answers as
    ``_GROUP_NOUN``, and a text with a character ``re.I`` folds oddly (the Kelvin sign) is searched as before."""
    for text in ("“The RIOT POLICE moved in,” she said.", "“Nobody moved,” she said.", "the protesters’ march"):
        assert _a_group_noun(text) is (_GROUP_NOUN.search(text) is not None), text
    assert _a_group_noun("“the protesters” came") is True
    odd = "“SOLDIER\u212a” came"  # 'SOLDIERK' with the Kelvin sign: re.I reads 'soldierk', no noun
    assert _a_group_noun(odd) is (_GROUP_NOUN.search(odd) is not None)
