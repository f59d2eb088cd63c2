"""The registry learns: an article that names a known actor a new way adds that name to the actor's
aliases (issue #12, 5), so a later article naming the actor so finds it, and the actor's page lists
how it is named. Every other byte of the registry stays as the editor left it."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.content.advice import form_agrees
from generator.content.registry import parse_registry, registry_with_aliases
from generator.core.model import Actor, Annotation, FoundActor
from generator.ingest import learned_aliases, run_ingest

REGISTRY = """\
# kept: an editor's comment
halvorsen:
  name: Mike Halvorsen
  kind: person
  aliases:
  - Mike Halvorsen
  - Halvorsen  # an editor's note
  role: Minister
fishery:
  name: Fishery Board
  kind: organization
flowed:
  name: Flowed
  aliases: [Flowed]
last:
  name: Last One
  aliases:
  - Last One"""


def test_learnt_aliases_go_at_the_end_of_each_block_list_and_nothing_else_changes():
    learnt = {"halvorsen": ["Michael R. Halvorsen", "Minister: Halvorsen"], "fishery": ["the Board"], "last": ["L1"]}
    out = registry_with_aliases(REGISTRY, learnt)
    registry, problems = parse_registry("actors.yaml", out)
    assert not problems
    halvorsen = ("Mike Halvorsen", "Halvorsen", "Michael R. Halvorsen", "Minister: Halvorsen")
    assert registry["halvorsen"].aliases == halvorsen
    assert registry["fishery"].aliases == ("the Board",)
    assert registry["last"].aliases == ("Last One", "L1")
    assert "# kept: an editor's comment" in out and "Halvorsen  # an editor's note\n" in out
    assert out.replace("  - Michael R. Halvorsen\n  - 'Minister: Halvorsen'\n", "", 1).startswith(REGISTRY[:150])


def test_aliases_written_another_way_are_left_alone():
    assert registry_with_aliases(REGISTRY, {"flowed": ["Flow"]}) == REGISTRY
    assert registry_with_aliases("[not, a, mapping]\n", {"a": ["b"]}) == "[not, a, mapping]\n"
    assert registry_with_aliases(REGISTRY, {}) == REGISTRY


@pytest.mark.parametrize(
    ("name", "kind", "aliases", "form", "agrees"),
    [
        ("Mike Halvorsen", "person", ("Halvorsen",), "Michael R. Halvorsen", True),  # a word in common
        ("Nordland Fishery Board", "organization", (), "NFB", True),  # its acronym
        ("NFB", "organization", (), "the Nordland Fishery Board", True),  # the name of its acronym
        ("United Kingdom", "country", (), "UK", True),  # one country
        ("Ruritania", "country", (), "Secretary", False),  # a title shares nothing
        ("Ruritania", "country", (), "Strelsau", False),  # its capital: a metonym, not a name of it
        ("Fishery Board", "organization", (), "the Ministry’s", False),  # a possessive
    ],
)
def test_a_new_form_is_learnt_only_when_it_is_spelt_like_a_name_the_actor_has(name, kind, aliases, form, agrees):
    assert form_agrees(Actor("x", name, kind, aliases), form) is agrees


def test_a_role_without_a_name_and_a_form_another_actor_owns_are_not_learnt():
    registry = {"halvorsen": Actor("halvorsen", "Mike Halvorsen", "person", ("Mike Halvorsen", "Halvorsen"))}
    found = FoundActor(
        "halvorsen", "Mike Halvorsen", "person", ("Halvorsen", "the Minister", "Minister Halvorsen", "Jon Halvorsen")
    )
    annotation = Annotation("t", "s", (found,), (), (), (), ())
    assert learned_aliases(annotation, registry, {"halvorsen", "mike halvorsen", "jon halvorsen"}) == {
        "halvorsen": ("Minister Halvorsen",)
    }


SEEDS = {
    "a.txt": "Secretary of State Mike Halvorsen said on Monday that the talks in Oslo would go on. "
    "Halvorsen spoke for an hour.",
    "b.txt": 'Secretary Halvorsen arrived in Oslo on Tuesday. "We will go on," said Secretary of State '
    "Michael R. Halvorsen.",
    "c.txt": "Michael R. Halvorsen met the Norwegian prime minister on Wednesday.",
}


def test_an_article_that_names_a_known_actor_anew_teaches_the_registry_for_the_next(tmp_path: Path):
    """b finds 'Halvorsen' in the registry and teaches it 'Michael R. Halvorsen'; c, which names him
    only so, is then the same actor (not a second 'michael-r-halvorsen')."""
    (tmp_path / "seeds").mkdir()
    for day, (name, text) in enumerate(SEEDS.items(), 1):
        (tmp_path / "seeds" / name).write_text(f" date 2021-03-0{day}\n\n{text}\n", encoding="utf-8")
    report = run_ingest(tuple(sorted((tmp_path / "seeds").glob("*.txt"))), tmp_path / "content", False, tmp_path)
    assert not report.problems
    registry, _ = parse_registry("a", (tmp_path / "content" / "actors.yaml").read_text(encoding="utf-8"))
    assert "Michael R. Halvorsen" in registry["mike-halvorsen"].aliases
    assert [s for s in registry if "halvorsen" in s] == ["mike-halvorsen"]
    c = next(p for p in (tmp_path / "content" / "entries").rglob("*.md") if "c.txt" in p.read_text(encoding="utf-8"))
    assert "- mike-halvorsen" in c.read_text(encoding="utf-8")


def _annotate(text: str, registry: dict[str, Actor]) -> list[str]:
    import datetime as dt

    from generator.annotate.pipeline import annotate
    from generator.seeds.reader import parse_seed

    seed = parse_seed("a.txt", f" date 2020-01-06\n\n{text}".encode(), today=dt.date(2030, 1, 1))
    return [a.slug for a in annotate(seed, registry).actors]


@pytest.mark.parametrize(
    ("known", "later"),
    [
        ("José Arcadio Buendía", "Jose Arcadio Buendia said on Monday that the harvest would be late."),
        ("Jose Arcadio Buendia", "José Arcadio Buendía said on Monday that the harvest would be late."),
    ],
)
def test_a_name_spelt_without_its_accents_is_the_registry_s_person(known, later):
    registry = {"the-one": Actor("the-one", known, "person", (known,))}
    assert _annotate(later, registry) == ["the-one"]


def test_a_united_nations_body_named_without_the_prefix_is_that_body():
    known = "U.N. Trusteeship Council"
    registry = {"tc": Actor("tc", known, "organization", (known,))}
    assert _annotate("The Trusteeship Council said on Monday that it would meet again in May.", registry) == ["tc"]


def test_an_organisation_named_without_the_after_of_is_that_organisation():
    known = "International Federation of the Lantern Guilds"
    registry = {"fl": Actor("fl", known, "organization", (known,))}
    later = "The International Federation of Lantern Guilds said on Monday that it would meet again in May."
    assert _annotate(later, registry) == ["fl"]


@pytest.mark.parametrize(
    ("later", "same"),
    [
        ("Mike Halvorsen said on Monday that the talks would go on.", True),  # a nickname of Michael
        ("Michael Halvorsen said on Monday that the talks would go on.", True),
        ("Anna Halvorsen said on Monday that the talks would go on.", False),  # another person
    ],
)
def test_a_full_name_whose_given_name_is_the_registry_person_s_said_another_way_is_that_person(later, same):
    registry = {"mh": Actor("mh", "Michael Halvorsen", "person", ("Michael Halvorsen", "Minister Michael Halvorsen"))}
    assert (_annotate(later, registry) == ["mh"]) is same


@pytest.mark.parametrize(
    ("known", "later", "same"),
    [
        ("Tomas Varga", "Peter Tomas Varga said on Monday that the talks would go on.", True),  # a given name more
        ("Luiz Carlos Pereira Varga", "President Pereira Varga said on Monday that the talks would go on.", True),
        ("Lucia Pereira", "Tomas Pereira said on Monday that the talks would go on.", False),  # another person
        ("Peter Tomas Varga", "Lucia Varga said on Monday that the talks would go on.", False),
        ("George W. Varga", "Jeb Varga said on Monday that the talks would go on.", False),  # an initial is no name
    ],
)
def test_a_name_that_ends_with_a_registry_person_s_full_name_or_ends_it_is_that_person(known, later, same):
    """'William Craig Fugate' after 'Craig Fugate', 'Lula da Silva' after 'Luiz Inácio Lula da Silva':
    given names (or an honorific) more or less, one person."""
    registry = {"known": Actor("known", known, "person", (known,))}
    assert ("known" in _annotate(later, registry)) is same


@pytest.mark.parametrize(
    ("later", "same"),
    [
        ("Zhao Min said on Monday that the talks would go on. Zhao left on Tuesday.", False),  # another person
        ("Zhao Lin said on Monday that the talks would go on. Zhao left on Tuesday.", True),
    ],
)
def test_a_full_name_met_by_a_one_word_alias_of_another_full_name_is_another_person(later, same):
    """'Wang Yu' is not the 'Wang Yi' an earlier article also called 'Wang'."""
    registry = {"zl": Actor("zl", "Zhao Lin", "person", ("Zhao Lin", "Zhao"))}
    assert ("zl" in _annotate(later, registry)) is same


def test_names_of_one_person_with_given_names_more_or_less_are_one_actor_in_one_ingest(tmp_path: Path):
    """The same in one ingest (``rebase``): the later article's person is the earlier one's."""
    (tmp_path / "seeds").mkdir()
    texts = [
        "Luiz Carlos Pereira Varga said on Monday that the talks would go on.",
        "President Pereira Varga left on Tuesday.",
    ]
    for day, text in enumerate(texts, 1):
        (tmp_path / "seeds" / f"{day}.txt").write_text(f" date 2021-03-0{day}\n\n{text}\n", encoding="utf-8")
    run_ingest(tuple(sorted((tmp_path / "seeds").glob("*.txt"))), tmp_path / "content", False, tmp_path)
    registry, _ = parse_registry("a", (tmp_path / "content" / "actors.yaml").read_text(encoding="utf-8"))
    assert [s for s in registry if "varga" in s] == ["luiz-carlos-pereira-varga"]


def test_given_names_are_one_name_by_the_nicknames_dataset_not_by_a_letter_or_a_shared_nickname():
    from generator.annotate.pipeline import same_given_name

    assert same_given_name("Bill", "William") and same_given_name("Mike", "Michael") and same_given_name("José", "Jose")
    assert not same_given_name("Michael", "Mary") and not same_given_name("M.", "Michael")
    assert not same_given_name("Jane", "Janet")  # two names that share a nickname ('Jessie') are two


@pytest.mark.parametrize(
    "text",
    [
        "The relief agency said on Monday it would help people hit by Hurricanes Ulla and Wendel.",
        "Aid reached people hit by Hurricanes Ulla and Wendel, USAID said on Monday. Wendel struck first.",
        "USAID said on Monday it would help people affected by Hurricanes Ulla and Wendel.",
    ],
)
def test_storms_named_together_are_no_actors(text):
    assert not {s for s in _annotate(text, {}) if "ulla" in s or "wendel" in s}


def test_a_country_s_former_name_is_a_country_under_that_name():
    import datetime as dt

    from generator.annotate.pipeline import annotate
    from generator.seeds.reader import parse_seed

    text = b" date 1975-01-06\n\nDahomey said on Monday that it would close its border. Trade in Upper Volta fell."
    found = annotate(parse_seed("a.txt", text, today=dt.date(2030, 1, 1)), {})
    assert [(a.slug, a.kind) for a in found.actors] == [("dahomey", "country")]
    assert found.places == ("Upper Volta",)


@pytest.mark.parametrize("code", ["DC", "D.C."])
def test_a_city_and_its_district_are_one_place_as_written(code):
    import datetime as dt

    from generator.annotate.pipeline import annotate
    from generator.seeds.reader import parse_seed

    text = f" date 2019-01-06\n\nOffice of the Spokesperson\n\nWashington, {code}\n\nThe fishery board met on Monday."
    found = annotate(parse_seed("a.txt", text.encode(), today=dt.date(2030, 1, 1)), {})
    assert found.places == (f"Washington, {code}",)
    assert "united-states" not in [a.slug for a in found.actors]


def test_check_advises_merging_a_person_named_with_a_word_before_another_s_full_name():
    from generator.content.advice import registry_advice

    actors = [
        Actor("daw-khin-myo-thant", "Daw Khin Myo Thant", "person", ("Daw Khin Myo Thant",)),
        Actor("khin-myo-thant", "Khin Myo Thant", "person", ("Khin Myo Thant",)),
        Actor("khin-myo", "Khin Myo", "person", ("Khin Myo",)),  # the start of the name: another person
        Actor("bank-of-ruritania", "Bank of Ruritania", "organization", ("Bank of Ruritania",)),
        Actor("x", "Central Bank of Ruritania", "organization", ("Central Bank of Ruritania",)),
    ]
    advice = registry_advice({a.slug: a for a in actors}, {}, "actors.yaml", {})
    merge = "merge them: python -m generator actors merge daw-khin-myo-thant khin-myo-thant"
    assert [p.hint for p in advice] == [merge]


@pytest.mark.parametrize(
    "later",
    [
        # another president, named: his 'the President' is no way to the registry's president
        "President Walter Brennagh met the Chancellor on Monday. The President said the talks went well.",
        # a president the article never names: an office, not the registry's holder of it in another year
        "The President said on Monday that the talks went well, and he thanked the mediators.",
    ],
)
def test_an_office_alone_is_no_way_to_the_registry_s_person_who_held_it(later):
    registry = {"ao": Actor("ao", "Aldous Orrin", "person", ("Aldous Orrin", "President Orrin", "the President"))}
    assert "ao" not in _annotate(later, registry)
