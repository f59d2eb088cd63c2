"""The build pauses Python's cycle collector (``build._cycle_collector_paused``); loading the spaCy
model must not turn it back on (srsly's ``msgpack_loads`` enables it after each of the model's
files, whatever it was before), or the annotation, the happenings and the rendering run with it."""

from __future__ import annotations

import gc

from generator.annotate import nlp as nlp_module


def test_loading_the_model_leaves_a_paused_collector_paused(monkeypatch):
    monkeypatch.setattr(nlp_module, "_NLP", None)  # a model of this test's own, loaded here
    monkeypatch.setattr(nlp_module, "LOADS", nlp_module.LOADS)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        nlp_module.load_nlp()
        assert not gc.isenabled()
    finally:
        if was_enabled:
            gc.enable()


def test_loading_the_model_leaves_a_running_collector_running(monkeypatch):
    monkeypatch.setattr(nlp_module, "_NLP", None)
    monkeypatch.setattr(nlp_module, "LOADS", nlp_module.LOADS)
    gc.enable()
    nlp_module.load_nlp()
    assert gc.isenabled()


def test_the_loaded_model_is_out_of_the_collectors_reach(monkeypatch):
    """A full collection walks every object it tracks: the model's, alive as long as the process, are filed
    out of its reach once loaded (``gc.freeze``), so its full passes walk only what the annotation makes."""
    monkeypatch.setattr(nlp_module, "_NLP", None)
    monkeypatch.setattr(nlp_module, "LOADS", nlp_module.LOADS)
    gc.unfreeze()
    try:
        nlp = nlp_module.load_nlp()
        assert gc.get_freeze_count() > 10_000
        assert not any(o is nlp for o in gc.get_objects())  # the frozen are not in the collector's lists
    finally:
        gc.unfreeze()
