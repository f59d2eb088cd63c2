"""The synonym measurement of the happenings merger (bench/happenings_synonyms.py) on an invented WordNet index:
its reader, and which word pairs it counts as one more thing in common. Measured, not shipped: no rule of
``content.happenings`` uses it."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.happenings_synonyms import read_index, synonym_counter  # noqa: E402
from generator.content import happenings as H  # noqa: E402
from generator.core.model import Event  # noqa: E402

# WordNet's index.verb: lemma, pos, synset count, pointer count, pointers, sense count, tagged senses, offsets
# (most frequent sense first); the licence's lines start with a space.
INDEX_VERB = """  1 This software and database is being provided to you
strike v 3 2 @ ~ 3 2 00000001 00000002 00000003
hit v 2 2 @ ~ 2 2 00000004 00000003
go v 2 2 @ ~ 2 2 00000005 00000006
travel v 2 2 @ ~ 2 2 00000005 00000007
"""


def _report(entry: str, text: str) -> H.Report:
    return H.Report(entry, "2022-04-07", 0, Event(date="2022-04-06", precision="day", text=text))


def test_the_index_is_read_with_its_senses_in_order_and_the_licence_left_out(tmp_path: Path) -> None:
    (tmp_path / "index.verb").write_text(INDEX_VERB, encoding="utf-8")
    index = read_index(tmp_path, ("verb",))
    assert index[("verb", "strike")] == ("verb:00000001", "verb:00000002", "verb:00000003")
    assert not any(lemma == "1" for _, lemma in index)


def test_words_sharing_a_synset_among_their_first_senses_count_and_stop_words_do_not(tmp_path: Path) -> None:
    (tmp_path / "index.verb").write_text(INDEX_VERB, encoding="utf-8")
    index = read_index(tmp_path, ("verb",))
    struck = _report("a.md", "A storm struck the coastal town of Arvel.")
    hit = _report("b.md", "A storm hit the coastal town of Arvel.")
    assert synonym_counter(index, ("verb",), 3)(struck, hit) == [("strike", "hit")]
    assert synonym_counter(index, ("verb",), 2)(struck, hit) == []  # "strike" shares its third sense only
    going = _report("c.md", "The ministers are going to Arvel.")
    travelling = _report("d.md", "The ministers travelled to Arvel.")
    assert synonym_counter(index, ("verb",), 1)(going, travelling) == []  # "go" is a stop word
