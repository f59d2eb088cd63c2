"""``annotate_many`` (several articles through the model at once) gives what ``annotate_new`` gives
one article at a time, and the parse of a sentence does not depend on what else is in its batch."""

import datetime as dt
from pathlib import Path

from generator.annotate import nlp
from generator.annotate.pipeline import annotate_many, annotate_new
from generator.seeds.reader import parse_seed

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "gold" / "dev").glob("*.txt"))[:4]


def _seeds():
    return [parse_seed(p.name, p.read_bytes(), today=dt.date(2030, 1, 1)) for p in TEXTS]


def test_articles_annotated_together_get_what_they_get_alone():
    seeds = _seeds()
    registry = {}
    alone = [annotate_new(s, registry) for s in seeds]
    assert annotate_many(seeds, registry) == alone
    assert annotate_many(seeds[::-1], registry) == alone[::-1]


def _analysis(doc):
    return [(t.tag_, t.dep_, t.head.i) for t in doc]


def test_a_sentence_is_parsed_alike_alone_and_in_a_batch():
    docs = [d for s in _seeds() for d in nlp.parse_blocks([b.text for b in s.blocks])]
    sents = [(d, s) for d in docs for s in nlp.sentences(d)][:40]
    nlp.prefetch(sents)
    batched = [_analysis(d.user_data["parses"][s.start]) for d, s in sents]
    for d, _ in sents:
        d.user_data["parses"].clear()
    alone = []
    for d, s in sents:
        nlp.prefetch([(d, s)])
        alone.append(_analysis(d.user_data["parses"][s.start]))
    assert batched == alone


def test_the_registry_is_indexed_once_a_call(monkeypatch):
    """Not once a seed: the index of a registry of 5,000 actors takes 3.6 ms to make."""
    from generator.annotate import pipeline
    from generator.core.model import Actor

    seeds = _seeds()
    registry = {"nato": Actor(slug="nato", name="NATO", kind="organisation", aliases=("the Alliance",))}
    expected = [annotate_new(s, registry) for s in seeds]
    calls = []
    index = pipeline.name_index
    monkeypatch.setattr(pipeline, "name_index", lambda r: calls.append(r) or index(r))
    assert annotate_many(seeds, registry) == expected
    assert len(seeds) >= 3 and calls == [registry]


def test_the_block_docs_keep_nothing_once_annotated(monkeypatch):
    """What the rules cached on a block Doc (Spans, parses) refers back to it; ``annotate_many`` drops it when
    done, so the Docs are freed by reference counting, not left to the cycle collector."""
    from generator.annotate import pipeline

    seen: list = []
    parsed = pipeline._parsed

    def kept(seeds):
        out = parsed(seeds)
        seen.extend(d for seed_docs in out[0] for d in seed_docs)
        return out

    monkeypatch.setattr(pipeline, "_parsed", kept)
    annotate_many(_seeds()[:2], {})
    assert seen and not any(d.user_data for d in seen)
