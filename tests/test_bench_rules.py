"""The rules' budget of `make bench` (bench/annotate_speed.model_timer, bench/run._rules_lines): what
is counted as the model and what as the rules, and the verdict. Free of timing: the figures are made up
or only compared with each other; the benchmark itself is `make bench`."""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import run  # noqa: E402
from bench.annotate_speed import OURS, model_timer  # noqa: E402


def _busy(seconds: float) -> None:
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


class _Model:
    """A stand-in for spaCy's Language: ``pipe`` runs the components over each text."""

    def __init__(self) -> None:
        self._components = [("ner", lambda doc: (_busy(0.01), doc)[1]), (OURS[0], lambda doc: (_busy(0.03), doc)[1])]

    def pipe(self, texts, **kwargs):
        for text in texts:
            doc = text
            for _, proc in self._components:
                doc = proc(doc)
            yield doc


def test_model_timer_counts_the_passes_and_our_components_apart():
    model = _Model()
    spent = model_timer(model)
    assert list(model.pipe(["a", "b"])) == ["a", "b"]
    assert spent["pipe"] >= 0.08  # both components, both texts
    assert 0.06 <= spent["ours"] < spent["pipe"]  # only the gazetteer's share
    assert spent["pipe"] - spent["ours"] < spent["ours"]  # the model's own share is the smaller here
    _busy(0.02)  # work outside a pass is not counted
    assert spent["pipe"] < 0.15


def _rules(per_model: float) -> dict:
    return {
        "rules_cpu_seconds": per_model * 2.0,
        "model_cpu_seconds": 2.0,
        "rules_per_model": per_model,
        "words_per_cpu_second": 9000.0,
        "articles": 240,
    }


def test_rules_lines_say_whether_the_budget_is_met():
    (met,) = run._rules_lines(_rules(run.RULES_BUDGET - 0.01))
    (over,) = run._rules_lines(_rules(run.RULES_BUDGET + 0.01))
    assert met.startswith("the rules' budget: met") and "NOT MET" not in met
    assert over.startswith("the rules' budget: NOT MET")
    assert run._rules_lines(None) == []
    (failed,) = run._rules_lines({"error": "boom"})
    assert "FAILED (boom)" in failed
