"""lemminflect's look-ups, each made once a process for a word (the rules ask for the same words again
and again, article after article): the same answers as ``lemminflect.getAllLemmas``, ``getLemma`` and
``getInflection``, which build them anew on every call (``getAllLemmas`` deep-copies its entry). A
dict is handed out as a copy (its values are tuples), so a caller may do with it what it likes.

80 texts of tests/corpus/real, ``annotate_many`` 16 at a time after a warm-up on the first 16 (as
bench/README.md, "A faster pass per core"): 2,909 look-ups, 54 ms of the pass's 2.31 CPU s, without
the cache; 813 of them made, 17 ms, with it.
"""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1 << 16)
def _all_lemmas(word: str, upos: str | None) -> dict[str, tuple[str, ...]]:
    from lemminflect import getAllLemmas as lemmas

    return lemmas(word, upos=upos)


def getAllLemmas(word: str, upos: str | None = None) -> dict[str, tuple[str, ...]]:
    """``lemminflect.getAllLemmas(word, upos)``."""
    return dict(_all_lemmas(word, upos))


@functools.lru_cache(maxsize=1 << 16)
def getLemma(word: str, upos: str, lemmatize_oov: bool = True) -> tuple[str, ...]:
    """``lemminflect.getLemma(word, upos, lemmatize_oov)``."""
    from lemminflect import getLemma as lemma

    return lemma(word, upos=upos, lemmatize_oov=lemmatize_oov)


@functools.lru_cache(maxsize=1 << 16)
def getInflection(lemma: str, tag: str, inflect_oov: bool = True) -> tuple[str, ...]:
    """``lemminflect.getInflection(lemma, tag, inflect_oov)``."""
    from lemminflect import getInflection as inflection

    return inflection(lemma, tag=tag, inflect_oov=inflect_oov)
