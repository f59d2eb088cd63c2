"""The annotator's caches and pretests give what the uncached reads give (invented sentences)."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Span

from generator.annotate import gazetteer as gz
from generator.annotate.nlp import cut_at_breaks, ents_of, text_of
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
