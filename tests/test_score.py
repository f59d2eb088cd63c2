import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.score import PRF, RegistryScore, format_report, score

GOLD = """article: ../seeds/x.txt
actors:
  - {name: Antony Blinken, kind: person, surface_forms: [Blinken]}
  - {name: NATO, kind: organization, surface_forms: [NATO]}
  - {name: Russia, kind: country, surface_forms: [Moscow]}
places:
  - {name: Brussels, surface_forms: [Brussels]}
events:
  - {date: "2022-04", actors: [NATO]}
  - {date: "2022-04-05", actors: [Antony Blinken]}
quotes:
  - {text: "We obviously have some", speaker: Antony Blinken}
  - {text: "This is unbearable", speaker: NATO}
sources_cited: [CNN]
"""
ENTRY = """---
title: T
date: '2022-04-06'
seed: seeds/x.txt
actors: [blinken, nato, kyiv]
places: [Brussels, Kyiv]
sources_cited: [CNN]
events:
- {date: 2022-W14, precision: week, status: reported, text: a, actors: [nato]}
- {date: '2022-04-05', precision: day, status: reported, text: b, actors: [blinken, nato]}
- {date: '2021', precision: year, status: reported, text: c, actors: []}
quotes:
- {speaker: blinken, text: We obviously have some changing dynamics}
- {speaker: blinken, text: This is unbearable brutality}
---
body
"""
REGISTRY = """blinken: {name: Antony Blinken, kind: person, aliases: [Blinken]}
nato: {name: NATO, kind: country}
kyiv: {name: Kyiv, kind: country}
"""


def _write(tmp_path: Path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "x.yaml").write_text(GOLD, encoding="utf-8")
    content = tmp_path / "content"
    (content / "entries" / "2022").mkdir(parents=True)
    (content / "entries" / "2022" / "x.md").write_text(ENTRY, encoding="utf-8")
    (content / "actors.yaml").write_text(REGISTRY, encoding="utf-8")
    return gold, content


def test_counts(tmp_path):
    report = score(*_write(tmp_path))
    a = report.articles[0]
    assert a.get("actors") == PRF(2, 1, 1)
    assert a.kinds_right == 1 and a.kinds_matched == 2  # NATO's kind is wrong
    assert a.get("places") == PRF(1, 1, 0)
    assert a.get("event dates") == PRF(2, 1, 0)  # 2022-W14 lies inside gold 2022-04
    assert a.get("event actors") == PRF(2, 1, 0)
    assert a.get("quotes found") == PRF(2, 0, 0)
    assert a.get("quote speakers") == PRF(1, 1, 1)
    assert a.wrong_speakers == 1 and report.wrong_speakers == 1  # "This is unbearable" given to blinken, not NATO
    assert a.sources_exact and a.get("sources cited") == PRF(1, 0, 0)
    text = format_report(report)
    assert "x.txt" in text and "overall" in text and "F1" in text


def test_missing_entry_is_a_problem(tmp_path):
    gold, content = _write(tmp_path)
    (gold / "y.yaml").write_text("article: ../seeds/y.txt\n", encoding="utf-8")
    report = score(gold, content)
    assert report.missing == ("y.yaml",)
    assert report.problems == ("y.yaml: no entry in content/entries has seed 'y.txt'",)


def test_a_field_with_nothing_to_find_and_nothing_found_is_perfect():
    empty = PRF(0, 0, 0)
    assert (empty.precision, empty.recall, empty.f1) == (1.0, 1.0, 1.0)
    assert (PRF(0, 2, 0).precision, PRF(0, 2, 0).recall, PRF(0, 2, 0).f1) == (0.0, 1.0, 0.0)
    assert (PRF(0, 0, 3).precision, PRF(0, 0, 3).recall, PRF(0, 0, 3).f1) == (1.0, 0.0, 0.0)


def test_the_command_exits_1_when_a_gold_article_has_no_entry(tmp_path, capsys):
    gold, content = _write(tmp_path)
    (gold / "y.yaml").write_text("article: ../seeds/y.txt\n", encoding="utf-8")
    assert main(["score", "--gold", str(gold), "--content", str(content)]) == 1
    out = capsys.readouterr().out
    assert "problem: y.yaml: no entry in content/entries has seed 'y.txt'" in out
    assert "x.txt  ->  entries/2022/x.md" in out


def test_the_command_exits_0_when_every_article_has_an_entry(tmp_path, capsys):
    gold, content = _write(tmp_path)
    assert main(["score", "--gold", str(gold), "--content", str(content)]) == 0
    assert "overall (micro, 1 articles)" in capsys.readouterr().out


@pytest.mark.parametrize(
    "spoil, message",
    [
        (lambda gold, content: gold.rename(gold.with_name("elsewhere")), "{gold}: no such gold folder"),
        (lambda gold, content: (gold / "x.yaml").unlink(), "{gold}: no gold .yaml files"),
        (lambda gold, content: content.rename(content.with_name("elsewhere")), "{content}: no such content folder"),
        (lambda gold, content: (content / "entries" / "2022" / "x.md").unlink(), "{content}/entries: no entries"),
    ],
    ids=["no gold folder", "no gold files", "no content folder", "no entries"],
)
def test_the_command_exits_2_with_one_line_naming_the_path_when_it_cannot_score(tmp_path, capsys, spoil, message):
    gold, content = _write(tmp_path)
    spoil(gold, content)
    assert main(["score", "--gold", str(gold), "--content", str(content)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == message.format(gold=gold, content=content) + "\n"


def test_split_scores_only_the_gold_files_of_that_split(tmp_path, capsys):
    gold, content = _write(tmp_path)  # x.yaml has no split: it is dev
    (gold / "y.yaml").write_text("split: heldout\narticle: ../seeds/y.txt\n", encoding="utf-8")
    (gold / "z.yaml").write_text("split: dev\narticle: ../seeds/z.txt\n", encoding="utf-8")
    assert [a.article for a in score(gold, content).articles] == ["../seeds/x.txt", "../seeds/y.txt", "../seeds/z.txt"]
    assert [a.article for a in score(gold, content, "dev").articles] == ["../seeds/x.txt", "../seeds/z.txt"]
    assert [a.article for a in score(gold, content, "heldout").articles] == ["../seeds/y.txt"]
    (gold / "y.yaml").unlink()
    assert main(["score", "--gold", str(gold), "--content", str(content), "--split", "heldout"]) == 2
    assert capsys.readouterr().err == f"{gold}: no gold .yaml files with split: heldout\n"
    (gold / "z.yaml").unlink()
    assert main(["score", "--gold", str(gold), "--content", str(content), "--split", "dev"]) == 0
    assert "overall (micro, 1 articles)" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["score", "--gold", str(gold), "--content", str(content), "--split", "test"])


DEV = Path(__file__).resolve().parent / "gold" / "dev"


def test_seeds_ingests_the_gold_articles_into_a_temporary_folder_and_scores_it(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(DEV / "dev1_state_readout_sherman.yaml", gold)
    assert main(["score", "--gold", str(gold), "--seeds", str(DEV)]) == 0
    out = capsys.readouterr().out
    assert "dev1_state_readout_sherman.txt  ->  entries/" in out and "overall (micro, 1 articles)" in out
    assert "(no entry)" not in out
    assert main(["score", "--gold", str(gold), "--seeds", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"{tmp_path / 'dev1_state_readout_sherman.txt'}: no such seed file\n"


def test_a_speaker_matches_as_an_actor_does(tmp_path):
    """A quote's speaker is right when the predicted actor's forms meet the gold speaker's name or
    one of that gold actor's surface forms (a transcript's label 'MR. BLINKEN'), as for actors."""
    gold, content = _write(tmp_path)
    (gold / "x.yaml").write_text(
        GOLD.replace("surface_forms: [Blinken]", "surface_forms: [Blinken, MR. BLINKEN]"), encoding="utf-8"
    )
    (content / "actors.yaml").write_text(
        REGISTRY.replace(
            "blinken: {name: Antony Blinken, kind: person, aliases: [Blinken]}",
            "blinken: {name: MR. BLINKEN, kind: person}",
        ),
        encoding="utf-8",
    )
    a = score(gold, content).articles[0]
    assert a.get("quote speakers") == PRF(1, 1, 1)  # the first quote right by the surface form
    assert a.wrong_speakers == 1  # the second (NATO's) still wrong


GOLD_2 = """article: ../seeds/y.txt
actors:
  - {name: Antony J. Blinken, kind: person, surface_forms: [Antony Blinken, Secretary Blinken]}
  - {name: Vladimir Putin, kind: person, surface_forms: [Putin]}
  - {name: Russia, kind: country, surface_forms: [Russia]}
"""
ENTRY_2 = """---
title: U
date: '2022-04-07'
seed: seeds/y.txt
actors: [antony-blinken]
quotes:
- {speaker: putin-russia, text: We will see}
events:
- {date: '2022-04-07', precision: day, status: reported, text: a, actors: [russia]}
---
body
"""
REGISTRY_2 = """antony-blinken: {name: Secretary Blinken, kind: person}
putin-russia: {name: Putin, kind: person, aliases: [Russia]}
russia: {name: Russia, kind: country}
"""


def test_registry_precision_counts_each_real_actor_once_over_all_articles(tmp_path):
    """Slugs used by the entries (actors, event actors, speakers) against the real actors of their
    articles: 'antony-blinken' is the real actor 'blinken' already is ('Antony Blinken' is a surface
    form of the gold 'Antony J. Blinken'): a duplicate; 'kyiv' is no gold actor of its article; the
    slug that may be Putin or Russia is paired with Putin, so that 'russia' is Russia (a maximum
    pairing, not a greedy one)."""
    gold, content = _write(tmp_path)
    assert score(gold, content).registry == RegistryScore(slugs=3, matched=2, junk=("kyiv",))
    (gold / "y.yaml").write_text(GOLD_2, encoding="utf-8")
    (content / "entries" / "2022" / "y.md").write_text(ENTRY_2, encoding="utf-8")
    (content / "actors.yaml").write_text(REGISTRY + REGISTRY_2, encoding="utf-8")
    report = score(gold, content)
    assert report.registry == RegistryScore(slugs=6, matched=4, duplicates=("blinken",), junk=("kyiv",))
    assert report.registry.precision == 4 / 6
    text = format_report(report)
    assert "registry        P 0.667   (4 real actors / 6 actor slugs used; 1 duplicates, 1 match no gold actor)" in text
    assert "duplicate: blinken" in text and "no gold actor: kyiv" in text
    hidden = format_report(report, names=False)  # the held-out split: figures, no names to tune on
    assert "1 duplicates, 1 match no gold actor" in hidden and "blinken" not in hidden and "kyiv" not in hidden


def test_a_gold_name_that_is_a_form_of_several_real_actors_joins_none_of_them():
    """One article's unnamed 'Prime Minister' is a surface form of two other articles' named prime
    ministers: those two stay two real actors (each slug of them is no duplicate of the other); a form
    of one real actor only, or of two gold names already one real actor ('Blinken'), still joins."""
    from generator.score import _real_actors

    def gold(name, *forms):
        return {"actors": [{"name": name, "kind": "person", "surface_forms": list(forms)}]}

    golds = [
        gold("Prime Minister", "the Prime Minister"),
        gold("Ada Lind", "the Prime Minister", "Lind"),
        gold("Bo Stam", "the Prime Minister", "Prime Minister Stam"),
        gold("Antony J. Blinken", "Antony Blinken", "Blinken"),
        gold("Antony Blinken", "Blinken"),
        gold("Blinken"),
    ]
    real = [ids[0] for ids in _real_actors(golds)]
    assert len(set(real[:3])) == 3
    assert len(set(real[3:])) == 1


def test_a_gold_quote_with_its_joining_comma_matches_the_quote_as_stored(tmp_path):
    gold, content = _write(tmp_path)
    text = GOLD.replace('"This is unbearable"', '"This is unbearable brutality,"')
    (gold / "x.yaml").write_text(text, encoding="utf-8")
    assert score(gold, content).articles[0].get("quotes found") == PRF(2, 0, 0)


def test_a_note_of_how_the_words_came_is_set_aside_when_quotes_are_paired():
    from generator.score import _quote_words

    assert _quote_words("(Via interpreter) Good morning, everybody.") == _quote_words("Good morning, everybody.")
    assert _quote_words("[In Spanish] We thank you.") == "we thank you."
    # an editor's insertion that belongs to the words stays: it is part of the quote as printed
    assert _quote_words("(The rebels have) acknowledged the pain") == "(the rebels have) acknowledged the pain"


def test_an_anonymous_gold_quote_is_right_with_no_speaker_and_a_source_of_its_head_noun(tmp_path):
    """A gold 'anonymous: true' quote: right when the found quote has no slug and a source sharing
    the gold speaker's head noun; a different head, no source, or a registry speaker are not right
    (the registry speaker is a wrong one)."""
    gold, content = _write(tmp_path)
    text = GOLD.replace("speaker: NATO}", 'speaker: "SENIOR STATE DEPARTMENT OFFICIAL", anonymous: true}')
    (gold / "x.yaml").write_text(text, encoding="utf-8")
    entry = content / "entries" / "2022" / "x.md"
    for said, right, wrong in (
        ('speaker: null, source: "a senior US official"', 2, 0),
        ('speaker: null, source: "Senior officials"', 2, 0),
        ('speaker: null, source: "a spokesperson"', 1, 0),
        ("speaker: null", 1, 0),
        ('speaker: blinken, source: "a senior official"', 1, 1),
    ):
        entry.write_text(ENTRY.replace("speaker: blinken, text: This", said + ", text: This"), encoding="utf-8")
        a = score(gold, content).articles[0]
        assert (a.get("quote speakers").tp, a.wrong_speakers) == (right, wrong), said


def test_two_events_of_one_day_are_paired_by_their_evidence_not_by_their_order():
    from types import SimpleNamespace

    from generator.score import pair_events

    gold = [
        {"date": "2020-05-04", "evidence": "signed the accord on Monday", "description": "The ministers sign"},
        {"date": "2020-05-04", "evidence": "the storm reached the coast on Monday", "description": "A storm"},
        {"date": "2020-05", "evidence": "in May", "description": "Talks resume"},
    ]
    found = [  # the text gives the storm first
        SimpleNamespace(date="2020-05-04", text="Earlier, the storm reached the coast on Monday night."),
        SimpleNamespace(date="2020-05-04", text="The two ministers signed the accord on Monday in Rome."),
        SimpleNamespace(date="2020-05-11", text="Talks resumed a week later."),
    ]
    assert sorted(pair_events(gold, found)) == [(0, 1), (1, 0), (2, 2)]


def test_two_events_of_one_day_with_no_evidence_are_paired_by_their_words():
    from types import SimpleNamespace

    from generator.score import pair_events

    gold = [  # no evidence quoted: the description's words decide
        {"date": "2020-05-04", "evidence": "", "description": "The ministers sign the accord"},
        {"date": "2020-05-04", "evidence": "", "description": "A storm reaches the coast"},
    ]
    found = [
        SimpleNamespace(date="2020-05-04", text="Earlier, the storm reached the coast on Monday night."),
        SimpleNamespace(date="2020-05-04", text="The two ministers signed the accord on Monday in Rome."),
    ]
    assert sorted(pair_events(gold, found)) == [(0, 1), (1, 0)]


def test_the_event_holding_the_gold_evidence_is_paired_before_one_sharing_more_words():
    from types import SimpleNamespace

    from generator.score import pair_events

    gold = [{"date": "2020-05-04", "evidence": "agreed on Monday", "description": "A storm relief deal for the coast"}]
    found = [
        SimpleNamespace(date="2020-05-04", text="The storm hit the coast on Monday; relief for it was a deal away."),
        SimpleNamespace(date="2020-05-04", text="Officials agreed on Monday."),
    ]
    assert pair_events(gold, found) == [(1, 0)]
