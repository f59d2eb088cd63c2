"""Every core, same bytes (issue #14, 3): each new seed is annotated on its own against the registry
as read (a snapshot), then merged in seed order, so content/ is byte-identical whatever the number
of workers and the order they finish in."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from generator import cluster
from generator.annotate.pipeline import add_to_index, name_index, rebase
from generator.core.model import Actor, Annotation, Event, FoundActor, Quote
from generator.ingest import run_ingest

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "corpus" / "real"
# One story told by several outlets (the same actors again and again), and the two seeds.
SEEDS = sorted(REAL.glob("copenhagen-cop15-2009-0*.txt"))[:6] + sorted((ROOT / "seeds").glob("*.txt"))


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def ingest_with(tmp: Path, name: str, seeds, **how) -> dict[str, bytes]:
    project = tmp / name
    (project / "seeds").mkdir(parents=True)
    for s in seeds:
        shutil.copy(s, project / "seeds" / s.name)
    paths = tuple(sorted((project / "seeds").glob("*.txt")))
    report = run_ingest(paths, project / "content", False, project, **how)
    assert len(report.annotated) == len(seeds) and not report.problems, report.problems
    return tree(project / "content")


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("parallel")
    return {jobs: ingest_with(tmp, f"jobs{jobs}", SEEDS, jobs=jobs) for jobs in (1, 2, 4)}


def test_one_two_and_four_workers_write_the_same_bytes(runs):
    assert len(runs[1]) == len(SEEDS) + 1  # an entry per seed and the registry
    assert runs[2] == runs[1]
    assert runs[4] == runs[1]


def test_the_order_the_workers_finish_in_does_not_matter(runs, tmp_path, monkeypatch):
    real = cluster.annotate_all

    def backwards(seeds, registry, jobs=None, scheduler=None):
        return iter(reversed(list(real(seeds, registry, jobs=1))))  # the last seed finishes first

    monkeypatch.setattr("generator.ingest.annotate_all", backwards)
    assert ingest_with(tmp_path, "backwards", SEEDS) == runs[1]


def test_seeds_of_one_story_share_their_actors(runs):
    registry = runs[1]["actors.yaml"].decode()
    assert registry.count("\nunited-nations:") + registry.startswith("united-nations:") <= 1
    slugs = [line[:-1] for line in registry.splitlines() if line and not line[0].isspace() and line.endswith(":")]
    assert len(slugs) == len(set(slugs))
    assert not [s for s in slugs if s.endswith("-2")], "an actor of an earlier seed was added again"


def _actor(slug, name, kind="person", aliases=()):
    return Actor(slug=slug, name=name, kind=kind, aliases=tuple(aliases))


def test_rebase_takes_the_slug_of_an_actor_an_earlier_seed_added():
    snapshot = {"nato": _actor("nato", "NATO", "organization")}
    # Seed 1 (merged first) added Jens Stoltenberg; seed 2, annotated against the snapshot, proposed
    # 'stoltenberg' for the same man (a surname form) and 'jane-doe', which seed 1 gave to another person.
    registry = dict(
        snapshot,
        **{
            "jens-stoltenberg": _actor("jens-stoltenberg", "Jens Stoltenberg", aliases=["Stoltenberg"]),
            "jane-doe": _actor("jane-doe", "Jane Doe"),
        },
    )
    index = name_index(registry)
    annotation = Annotation(
        title="t",
        summary="s",
        places=(),
        sources_cited=(),
        actors=(
            FoundActor("nato", "NATO", "organization"),
            FoundActor("stoltenberg", "Stoltenberg", "person", ("Stoltenberg",)),
            FoundActor("jane-doe", "Jane Doe", "person", ("Ms Doe",)),
        ),
        events=(Event(date="2022-04-05", precision="day", text="x", actors=("stoltenberg", "jane-doe", "nato")),),
        quotes=(Quote(speaker="jane-doe", text="q", cue="c"), Quote(speaker=None, text="r", cue="")),
    )
    new_names = {"stoltenberg": ("Stoltenberg", "STOLTENBERG"), "jane-doe": ("Jane Doe",)}
    # 'Jane Doe' is a name seed 1's Jane Doe has, so she is that actor: a clash needs a different name.
    moved = rebase(annotation, new_names, registry, index)
    assert [a.slug for a in moved.actors] == ["nato", "jens-stoltenberg", "jane-doe"]
    assert moved.events[0].actors == ("jens-stoltenberg", "jane-doe", "nato")
    new_names = {"stoltenberg": ("Stoltenberg",), "jane-doe": ("Janet Doe",)}  # another person, same slug
    annotation = Annotation(
        title="t",
        summary="s",
        places=(),
        sources_cited=(),
        actors=(
            FoundActor("stoltenberg", "Stoltenberg", "person"),
            FoundActor("jane-doe", "Jane Doe", "person"),
        ),
        events=(Event(date="2022", precision="year", text="x", actors=("jane-doe",)),),
        quotes=(Quote(speaker="jane-doe", text="q", cue="c"),),
    )
    moved = rebase(annotation, new_names, registry, index)
    assert [a.slug for a in moved.actors] == ["jens-stoltenberg", "jane-doe-2"]
    assert moved.events[0].actors == ("jane-doe-2",) and moved.quotes[0].speaker == "jane-doe-2"
    # Nothing added since the snapshot: the annotation is unchanged.
    assert rebase(annotation, new_names, snapshot, name_index(snapshot)) is annotation


def test_rebase_takes_the_namesake_an_earlier_seed_added_whose_titles_agree():
    # Seeds 1 and 2 added 'Vice Chair Marwick' and 'Governor Marwick' (two people: their titles share
    # none); seed 3's 'Governor Marwick' is seed 2's, not a third slug.
    registry = {
        "marwick": _actor("marwick", "Marwick", aliases=["Vice Chair Marwick"]),
        "marwick-2": _actor("marwick-2", "Marwick", aliases=["Governor Marwick"]),
    }
    annotation = Annotation(
        title="t",
        summary="s",
        places=(),
        sources_cited=(),
        actors=(FoundActor("marwick", "Marwick", "person", ("Governor Marwick",)),),
        events=(Event(date="2022", precision="year", text="x", actors=("marwick",)),),
        quotes=(Quote(speaker="marwick", text="q", cue="c"),),
    )
    moved = rebase(annotation, {"marwick": ("Marwick",)}, registry, name_index(registry))
    assert [a.slug for a in moved.actors] == ["marwick-2"]
    assert moved.events[0].actors == ("marwick-2",) and moved.quotes[0].speaker == "marwick-2"


def test_rebase_keeps_a_full_name_off_the_surname_another_seed_named_with_another_given_name():
    # Seed 1 added 'Marwick', whom seed 2 named 'Tessa Marwick'; seed 3's 'Owen Marwick' is someone else,
    # seed 4's 'Tessa Marwick' is her; the Arabic article aside, seed 5's 'Karim Al Rashidi' is seed 1's
    # 'al-Rashidi'.
    registry = {
        "marwick": _actor("marwick", "Marwick", aliases=["Governor Marwick", "Tessa Marwick"]),
        "al-rashidi": _actor("al-rashidi", "al-Rashidi", aliases=["President al-Rashidi"]),
    }

    def moved(name: str) -> list[str]:
        slug = name.lower().replace(" ", "-")
        annotation = Annotation(
            title="t",
            summary="s",
            places=(),
            sources_cited=(),
            actors=(FoundActor(slug, name, "person", (name,)),),
            events=(),
            quotes=(),
        )
        return [a.slug for a in rebase(annotation, {slug: (name,)}, registry, name_index(registry)).actors]

    assert moved("Owen Marwick") == ["owen-marwick"]
    assert moved("Tessa Marwick") == ["marwick"]
    assert moved("Karim Al Rashidi") == ["al-rashidi"]


def test_rebase_joins_an_office_named_alone_to_no_person_another_seed_called_so():
    # Seed 1 named its Secretary ('Secretary Orla Vantreight ... The Secretary said'); seed 2 names no
    # secretary: its 'the Secretary' is not her (another department, another year).
    registry = {"orla": _actor("orla", "Orla Vantreight", aliases=["Secretary Vantreight", "The Secretary"])}
    annotation = Annotation(
        title="t",
        summary="s",
        places=(),
        sources_cited=(),
        actors=(FoundActor("the-secretary", "the Secretary", "person", ("The Secretary",)),),
        events=(Event(date="2016-12-09", precision="day", text="x", actors=("the-secretary",)),),
        quotes=(),
    )
    moved = rebase(annotation, {"the-secretary": ("the Secretary",)}, registry, name_index(registry))
    assert [a.slug for a in moved.actors] == ["the-secretary"], moved.actors


def test_the_name_index_grows_as_a_rebuilt_one():
    a, b = _actor("b-actor", "Same Name"), _actor("a-actor", "Same name", aliases=["Other"])
    index = name_index({"b-actor": a})
    add_to_index(index, [b])
    want = {"same name": "a-actor", "other": "a-actor", "§name": ""}  # two people named Name: ambiguous
    assert index == name_index({"a-actor": b, "b-actor": a}) == want
    one = _actor("obama", "Obama")
    add_to_index(index, [one])
    assert index == name_index({"a-actor": b, "b-actor": a, "obama": one}) and index["¶obama"] == "obama"


@pytest.mark.parametrize(
    "known, later, slug",
    [
        # an organisation's name in another order or with its country's prefix, or its acronym
        (
            "U.S. Department of State",
            "The State Department said on Monday it would send aid.",
            "u-s-department-of-state",
        ),
        ("United States Department of State", "The U.S. State Department said it would help.", "united-states-dos"),
        ("U.S. Geological Survey", "The USGS said the earthquake struck at noon.", "u-s-geological-survey"),
        ("Department of Defense", "The Defense Department said it would send troops.", "department-of-defense"),
        ("USGS", "The U.S. Geological Survey said the earthquake struck at noon.", "usgs"),
        # an abbreviation inside the name counts whole in its acronym: 'NZ Parks Agency' is the 'NZPA'
        ("NZ Parks Agency", "The NZPA said on Monday it would close the trail.", "nz-parks-agency"),
        ("NZPA", "The NZ Parks Agency said on Monday it would close the trail.", "nzpa"),
        ("NZ Parks Agency", "The New Zealand Parks Agency said on Monday it would close it.", "nz-parks-agency"),
        ("New Zealand Parks Agency", "The NZ Parks Agency said on Monday it would close it.", "nzpa-spelled"),
        # a word of the name spelt the British or the American way
        ("Kestrel Food Programme", "The Kestrel Food Program said on Monday it would send aid.", "kfp"),
        ("Northland Defense Force", "The Northland Defence Force said on Monday it would send troops.", "ndf"),
        # a lower-case noun after the name is no part of it
        ("Green Valley Democratic League", "Leaders of the Green Valley Democratic League party met.", "gvdl"),
        ("Green Valley Democratic League party", "The Green Valley Democratic League said it would vote.", "gvdl"),
    ],
)
def test_an_organisation_another_article_named_otherwise_is_that_actor(known, later, slug):
    from generator.annotate.pipeline import annotate
    from generator.seeds.reader import parse_seed

    registry = {slug: _actor(slug, known, "organization", [known])}
    seed = parse_seed("a.txt", f" date 2020-01-06\n\n{later}".encode(), today=dt.date(2030, 1, 1))
    assert [a.slug for a in annotate(seed, registry).actors] == [slug]


def test_a_common_word_or_another_country_s_body_is_not_taken_for_a_known_organisation():
    from generator.annotate.pipeline import annotate
    from generator.seeds.reader import parse_seed

    registry = {
        "u-s-embassy": _actor("u-s-embassy", "U.S. Embassy", "organization", ["U.S. Embassy"]),
        "china": _actor("china", "China", "country", ["PRC"]),
    }
    seed = parse_seed(
        "a.txt",
        b" date 2020-01-06\n\nThe Embassy said it would open on Monday. Pike River Coal said it would close.",
        today=dt.date(2030, 1, 1),
    )
    slugs = [a.slug for a in annotate(seed, registry).actors]
    assert "u-s-embassy" not in slugs and "china" not in slugs and "pike-river-coal" in slugs, slugs


def test_a_surname_alone_is_the_one_person_of_the_registry_with_that_surname():
    from generator.annotate.pipeline import annotate
    from generator.seeds.reader import parse_seed

    seed = parse_seed(
        "a.txt",
        b" date 2012-01-06\n\nPresident Obama said on Monday that the talks would go on.",
        today=dt.date(2030, 1, 1),
    )
    registry = {"barack-obama": _actor("barack-obama", "Barack Obama", aliases=["President Barack Obama"])}
    assert [a.slug for a in annotate(seed, registry).actors] == ["barack-obama"]
    registry["michelle-obama"] = _actor("michelle-obama", "Michelle Obama")  # two people: which one is unknown
    assert [a.slug for a in annotate(seed, registry).actors] == ["obama"]
    full = parse_seed(
        "b.txt", b" date 2012-01-06\n\nBarack Obama said the talks would go on.", today=dt.date(2030, 1, 2)
    )
    assert [a.slug for a in annotate(full, {"obama": _actor("obama", "Obama")}).actors] == ["obama"]
    assert [a.slug for a in annotate(full, {"jordan": _actor("obama", "Obama", "country")}).actors] == ["barack-obama"]


def _seed(path="seeds/a.txt", title=""):
    import datetime as dt

    from generator.seeds.reader import Block, Seed

    return Seed(path, dt.date(2022, 4, 6), (Block("paragraph", "Jane Doe spoke."),), "", "0" * 64, title=title)


def test_the_merge_writes_the_workers_entry_unless_the_annotation_moved(tmp_path):
    """The worker's entry text (``new_entry``) is written as it is when nothing was added since the
    snapshot that the annotation names; an annotation moved onto an actor an earlier seed added is
    made again (its slugs and happening ids change)."""
    from generator.content.entries import new_entry
    from generator.ingest import _Merge

    annotation = Annotation(
        title="t",
        summary="s",
        places=(),
        sources_cited=(),
        actors=(FoundActor("doe", "Doe", "person", ("Doe",)),),
        events=(Event(date="2022-04-05", precision="day", text="Doe spoke.", actors=("doe",)),),
        quotes=(),
    )
    merge = _Merge(tmp_path, "content", {}, {}, set(), set())
    seed = _seed(title="The seed's title")
    assert merge.add(seed, None, (annotation, {"doe": ("Doe",)}, (new_entry(seed, annotation)[0], "DRAFT")))
    merge.flush()
    assert [(tmp_path / p).read_text() for p in merge.written] == ["DRAFT"]
    # a seed whose 'Doe' an earlier seed added as 'jane-doe': the draft names 'doe', the entry must not
    merge = _Merge(tmp_path, "content", {}, {}, set(), set())
    merge.registry["jane-doe"] = _actor("jane-doe", "Jane Doe", aliases=["Doe"])
    add_to_index(merge.names, [merge.registry["jane-doe"]])
    other = _seed("seeds/b.txt")
    assert merge.add(other, None, (annotation, {"doe": ("Doe",)}, (annotation, "DRAFT")))
    merge.flush()
    [second] = [(tmp_path / p).read_text() for p in merge.written]
    moved = replace(annotation, actors=(FoundActor("jane-doe", "Doe", "person", ("Doe",)),))
    moved = replace(moved, events=(replace(annotation.events[0], actors=("jane-doe",)),))
    assert second == new_entry(other, moved)[1] and "jane-doe" in second
    assert "happening: 2022-04-05-jane-doe-spoke" in second


def test_new_entry_takes_the_seeds_title_and_gives_each_event_its_own_happening():
    from generator.content.entries import new_entry
    from generator.content.happenings import happening_id

    annotation = Annotation(
        title="annotator's",
        summary="s",
        places=(),
        sources_cited=(),
        actors=(),
        events=(Event(date="2022-04-05", precision="day", text="Talks began.", actors=()),),
        quotes=(),
    )
    made, text = new_entry(_seed(title="The seed's title"), annotation)
    assert made.title == "The seed's title" and made.events[0].happening == happening_id(annotation.events[0])
    assert "title: The seed's title" in text and f"happening: {made.events[0].happening}" in text
    assert new_entry(_seed(), annotation)[0].title == "annotator's"


def test_this_process_annotates_the_first_seeds_before_it_forks_the_workers(monkeypatch):
    """The workers inherit what the first annotation set up (the model, the matcher, lemminflect's
    tables) instead of each setting it up again; only ``WARM_UP`` seeds are annotated before they
    start (serial work while the other cores wait), the rest in chunks of ``_chunk_size``."""
    import os

    chunks = []

    def annotate(chunk, registry):
        chunks.append([i for i, _ in chunk])
        return [(i, (os.getpid(),)) for i, _ in chunk]

    monkeypatch.setattr(cluster, "_annotate_chunk", annotate)
    seeds = [_seed(f"seeds/{k}.txt") for k in range(40)]
    done = dict(cluster.annotate_all(seeds, {}, jobs=2))
    assert sorted(done) == list(range(40))
    warm = cluster.WARM_UP
    assert 1 <= warm < cluster._chunk_size(40, 2)
    assert chunks == [list(range(warm))]  # this process's only chunk (the workers' are in their memory)
    assert {done[i][0] for i in range(warm)} == {os.getpid()}
    assert os.getpid() not in {done[i][0] for i in range(warm, 40)}


def test_the_entries_ingest_hands_on_are_the_parses_of_the_files_it_wrote(tmp_path):
    """The build takes ``IngestReport.parsed`` instead of parsing the new entries again: each must be
    what reading the file gives, those whose happening ids were rewritten too."""
    from generator.content.entries import load_entry_and_digest
    from generator.ingest import ingest
    from generator.seeds.reader import read_seeds

    project = tmp_path / "p"
    (project / "seeds").mkdir(parents=True)
    for s in SEEDS:
        shutil.copy(s, project / "seeds" / s.name)
    seeds, _ = read_seeds(tuple(sorted((project / "seeds").glob("*.txt"))), project)
    report = ingest(seeds, project / "content", "content", jobs=1)
    assert report.regrouped and set(report.parsed) == {f"content/{rel}" for rel in report.annotated}
    assert any(f"content/{rel}" in report.parsed for rel in report.regrouped)
    for shown, value in report.parsed.items():
        assert value == load_entry_and_digest(project / shown, shown), shown


@pytest.mark.parametrize("title", ["Talks in Oslo", "2022-04-05", "yes", "null", "017", "Doe: 'no' # not a comment"])
def test_the_merge_parses_a_new_entry_from_its_fields_as_from_its_yaml(title):
    """The merge hands ``parse_entry_data`` the front matter it wrote as data instead of reading the
    YAML back: the parse must be the one the text gives, values YAML would read otherwise included."""
    from generator.content.entries import new_entry, parse_entry_data
    from generator.ingest import _written_fields

    annotation = Annotation(
        title=title,
        summary="true",
        places=("Oslo",),
        sources_cited=(),
        actors=(FoundActor("doe", "Doe", "person", ("Doe",)),),
        events=(Event(date="2022-04", precision="month", text="Doe said: 1.50, on.", actors=("doe",)),),
        quotes=(Quote(speaker="doe", text="'We will' - 3", cue="said"),),
    )
    seed = _seed(title="")
    made, text = new_entry(seed, annotation)
    data = text.encode("utf-8")
    fields = _written_fields(seed, made, text)
    assert fields["annotation"]["digest"]
    assert "\\" not in text  # else parse_entry reads the YAML anyway: the fields would go untested
    assert parse_entry_data(data, "content/e.md", fields) == parse_entry_data(data, "content/e.md")


def test_the_look_up_form_of_an_organisation_keeps_what_tells_two_bodies_apart():
    """'Labour' and 'Labor' name parties of two countries; a noun after a possessive ('Ruritania's parliament')
    is the body named, not a word after a name; a name ending with a small word keeps it."""
    from generator.annotate.pipeline import org_key

    assert org_key("Ruritania Labour Party") != org_key("Ruritania Labor Party")
    assert org_key("the Kestrel Centre for Peace") == org_key("Kestrel Center for Peace")
    assert org_key("Ruritania's parliament") == "~ruritania's parliament"
    assert org_key("Kestrel Agency for") == "~kestrel agency for"
    assert org_key("North Valley cartel") == org_key("North Valley")
