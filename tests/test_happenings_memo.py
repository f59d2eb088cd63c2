"""A report's features are worked out once per distinct sentence in a clustering run
(``content.happenings._per_run``), the same links as without the memo, and forgotten at the run's end."""

from __future__ import annotations

from collections import Counter

from generator.content import happenings
from generator.core.model import Event

TEXT = "Rescuers searched the rubble of Port-au-Prince on Tuesday after the earthquake killed 45,000 people."
OTHER = "Ministers met in Geneva on Tuesday and agreed a ceasefire after the earthquake talks."


def _reports() -> list[happenings.Report]:
    """The same sentence in three articles (wire copy), and one of them read for two date phrases."""

    def event(text: str, evidence: str, **fields) -> Event:
        return Event(**{"date": "2010-01-12", "precision": "day", "text": text, "evidence": evidence, **fields})

    return [
        happenings.Report("a.md", "2010-01-12", 0, event(TEXT, "on Tuesday", actors=("rescuers",))),
        happenings.Report("b.md", "2010-01-13", 0, event(TEXT, "on Tuesday", actors=("rescuers",))),
        happenings.Report("c.md", "2010-01-13", 0, event(TEXT, "on Tuesday", actors=("rescuers",))),
        happenings.Report("c.md", "2010-01-13", 1, event(OTHER, "on Tuesday", actors=("geneva",))),
        happenings.Report("d.md", "2010-01-14", 0, event(OTHER, "on Tuesday", actors=("geneva",))),
    ]


def test_one_sentences_features_are_worked_out_once_a_run(monkeypatch):
    calls: Counter[str] = Counter()
    real = happenings.what_words

    def counted(text: str) -> list[str]:
        calls[text] += 1
        return real(text)

    monkeypatch.setattr(happenings, "what_words", counted)
    happenings.links(_reports())
    assert calls and max(calls.values()) == 1, calls
    assert happenings._RUN_CACHES == {}  # forgotten at the run's end: nothing kept between builds


def test_the_memo_gives_the_links_worked_out_report_by_report(monkeypatch):
    memoised = happenings.links(_reports())
    assert memoised  # the three copies of one sentence are one happening
    monkeypatch.setattr(happenings, "_per_run", lambda func: func)
    assert list(happenings.links(_reports()).items()) == list(memoised.items())
