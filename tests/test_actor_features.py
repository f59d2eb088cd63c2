"""The candidates and features of ``bench/actor_features.py`` (what bench/train_actors.py
learns from): the rules' decision they carry is the pipeline's, and the features read what they say."""

import datetime as dt
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import actor_features as learned  # noqa: E402
from generator.annotate.pipeline import annotate, found_of  # noqa: E402
from generator.seeds.reader import parse_seed  # noqa: E402

BODY = (
    "Maria Lindqvist, the Borland foreign minister, met Tomas Ek at the Harbour Workers Union hall on Tuesday.\n\n"
    '"We have agreed on the next steps," Lindqvist said after the meeting in Velden.\n\n'
    "Kepler, a volunteer, watched from the quay. The report was written by the Maritime Safety Agency, "
    "and the Borland Tourism Fund logo was on its cover."
)


def _seed(body: str):
    seed = parse_seed("a.txt", f" date 2023-04-06\n\n{body}".encode(), today=dt.date(2030, 1, 1))
    assert not hasattr(seed, "message"), seed
    return seed


def candidates_of(seeds) -> list[list[learned.Candidate]]:
    return [learned.candidates(found) for found in found_of(seeds)]


def _features(c: learned.Candidate) -> dict[str, float]:
    assert len(c.values) == len(learned.FEATURES)
    return dict(zip(learned.FEATURES, c.values))


def test_the_candidates_the_rules_keep_are_the_entrys_actors():
    seed = _seed(BODY)
    (cands,) = candidates_of([seed])
    actors = annotate(seed, {}).actors
    assert [c.key for c in cands if c.kept] == [a.name for a in actors]
    assert any(not c.kept for c in cands)  # a candidate the rules drop is in the pool too


def test_features_of_a_speaker_a_bare_name_and_an_agent():
    by_key = {c.key: _features(c) for c in candidates_of([_seed(BODY)])[0]}
    speaker = by_key["Maria Lindqvist"]
    assert speaker["speaks"] == 1.0 and speaker["rules_keep"] == 1.0 and speaker["kind_person"] == 1.0
    assert speaker["dep_say_subj"] > 0 and speaker["in_lead"] == 1.0 and speaker["tokens"] == 2.0
    bare = by_key["Kepler"]  # a person known by one bare word who neither acts nor speaks
    assert bare["rules_bare"] == 1.0 and bare["rules_keep"] == 0.0 and bare["one_token"] == 1.0
    union = by_key["Harbour Workers Union"]  # an organisation that never acts
    assert union["rules_idle"] == 1.0 and union["rules_keep"] == 0.0 and union["ner_org"] == 1.0
    agency = by_key["Maritime Safety Agency"]
    assert agency["dep_agent"] > 0 and agency["head_body"] == 1.0 and agency["kind_organization"] == 1.0


def test_features_are_the_same_on_a_second_run():
    first = candidates_of([_seed(BODY)])[0]
    again = candidates_of([_seed(BODY), _seed("Officials in Velden said nothing.")])[0]
    assert first == again
