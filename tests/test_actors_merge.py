"""``actors merge`` / ``actors remove``: the registry and every entry naming the actor rewritten, hand
edits kept; and the advice ``check`` gives on likely duplicate and junk actors."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.content import entries as content_io
from generator.content.actors import entry_with_actor, merged_registry
from generator.content.advice import registry_advice
from generator.content.registry import parse_registry
from generator.core.model import Actor, Annotation, Event, FoundActor, Quote

REPO = Path(__file__).resolve().parents[1]

REGISTRY = """\
# The actor registry (a comment an editor wrote)
nato:
  name: NATO
  kind: organization
  aliases:
  - NATO
jens-stoltenberg:
  name: Jens Stoltenberg
  kind: person
  aliases:
  - Jens Stoltenberg
  role: NATO Secretary General
stoltenberg:
  name: Stoltenberg
  kind: other
  aliases:
  - Stoltenberg
  - Mr Stoltenberg
  description: Head of the alliance.
russia:
  name: Russia
  kind: country
  aliases: [Russia, Moscow]
"""


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=REPO, capture_output=True, text=True, timeout=600
    )


def _entry(title: str, day: int, actors: list[str], speaker: str) -> str:
    found = tuple(FoundActor(slug=s, name=s.title(), kind="other") for s in actors)
    events = (
        Event(date=f"2022-04-{day:02d}", precision="day", text=f"{title} happened.", actors=tuple(actors[:2])),
        Event(date=f"2022-04-{day + 1:02d}", precision="day", text="Then more.", actors=("stoltenberg", "nato")),
    )
    quotes = (Quote(speaker=speaker, text="We stand together.", cue="he said"), Quote(speaker=None, text="Fine."))
    ann = Annotation(title, "A summary.", found, (), (), events, quotes)
    return content_io.format_entry(ann, f"seeds/{day}.txt", "0" * 64, dt.date(2022, 4, day), f"{title} body.")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with two entries naming 'stoltenberg': one nobody edited, one edited by hand."""
    root = tmp_path / "project"
    content = root / "content"
    (content / "entries" / "2022").mkdir(parents=True)
    shutil.copy(REPO / "content" / "site.yaml", content / "site.yaml")
    (content / "actors.yaml").write_text(REGISTRY, encoding="utf-8")
    plain = _entry("Allies meet", 5, ["stoltenberg", "nato"], "stoltenberg")
    (content / "entries" / "2022" / "2022-04-05-allies-meet.md").write_text(plain, encoding="utf-8")
    edited = _entry("Ministers gather", 7, ["nato", "stoltenberg", "jens-stoltenberg", "russia"], "stoltenberg")
    edited = edited.replace("title: Ministers gather", "title: Ministers gather in Brussels  # my title")
    (content / "entries" / "2022" / "2022-04-07-ministers-gather.md").write_text(edited, encoding="utf-8")
    assert not content_io.is_edited(plain) and content_io.is_edited(edited)
    return root


def _site(root: Path) -> dict[str, bytes]:
    site = root / "site"
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _entries(root: Path) -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in content_io.entry_files(root / "content")}


def test_merge_rewrites_the_registry_and_entries_and_keeps_hand_edits(project, tmp_path):
    assert run("build", "--root", str(project)).returncode == 0
    before = _entries(project)
    r = run("actors", "merge", "stoltenberg", "jens-stoltenberg", "--root", str(project))
    assert r.returncode == 0, r.stderr
    assert "2 entries rewritten" in r.stdout
    after = _entries(project)
    for name, text in after.items():
        assert "stoltenberg\n" not in text.replace("jens-stoltenberg\n", "")
        entry, problems = content_io.parse_entry(name, text)
        assert entry is not None and not problems
        assert "stoltenberg" not in entry.actors and entry.actors.count("jens-stoltenberg") == 1
        assert all("stoltenberg" not in e.actors for e in entry.events)
        assert entry.quotes[0].speaker == "jens-stoltenberg"
        # everything but the slugs (and the digest of an entry nobody edited) is as it was
        old = before[name]
        assert len(text.splitlines()) in (len(old.splitlines()), len(old.splitlines()) - 1)
    plain, edited = after["2022-04-05-allies-meet.md"], after["2022-04-07-ministers-gather.md"]
    assert not content_io.is_edited(plain)  # still the generator's: a later ingest may rewrite it
    assert content_io.is_edited(edited) and "title: Ministers gather in Brussels  # my title" in edited
    assert content_io.recorded_digest(edited) == content_io.recorded_digest(before["2022-04-07-ministers-gather.md"])
    expected = (
        before["2022-04-07-ministers-gather.md"]
        .replace("- stoltenberg\n- jens-stoltenberg\n", "- jens-stoltenberg\n")  # listed once
        .replace("  - stoltenberg\n", "  - jens-stoltenberg\n")
        .replace("speaker: stoltenberg\n", "speaker: jens-stoltenberg\n")
    )
    assert edited == expected  # byte for byte: only the slugs changed

    registry_text = (project / "content" / "actors.yaml").read_text("utf-8")
    registry, problems = parse_registry("actors.yaml", registry_text)
    assert not problems and "stoltenberg" not in registry
    kept = registry["jens-stoltenberg"]
    assert kept.aliases == ("Jens Stoltenberg", "Stoltenberg", "Mr Stoltenberg")
    assert kept.kind == "person" and kept.role == "NATO Secretary General"
    assert kept.description == "Head of the alliance."
    assert registry_text.startswith("# The actor registry (a comment an editor wrote)\nnato:\n")
    assert "aliases: [Russia, Moscow]\n" in registry_text  # the other items as the editor wrote them

    # the incremental build after the merge equals a clean build of the merged content
    assert run("build", "--root", str(project)).returncode == 0
    clean = tmp_path / "clean"
    shutil.copytree(project, clean, ignore=shutil.ignore_patterns(".build.lock", "site", ".cache"))
    r = run("build", "--root", str(clean))
    assert r.returncode == 0 and "error" not in r.stderr, r.stderr
    assert _site(project) == _site(clean)
    assert not (project / "site" / "actors" / "stoltenberg.html").exists()
    page = (project / "site" / "actors" / "jens-stoltenberg.html").read_text("utf-8")
    assert "Allies meet" in page and "Ministers gather in Brussels" in page


def test_an_entry_that_cannot_be_read_is_left_alone_and_named(project):
    broken = project / "content" / "entries" / "2022" / "broken.md"
    broken.write_text("---\ntitle: [unclosed\nactors: [stoltenberg]\n---\n", encoding="utf-8")
    r = run("actors", "merge", "stoltenberg", "jens-stoltenberg", "--root", str(project))
    assert r.returncode == 0, r.stderr
    assert "entries/2022/broken.md: left alone: it cannot be read" in r.stdout
    assert "replace 'stoltenberg' in it by hand" in r.stdout
    assert broken.read_text("utf-8") == "---\ntitle: [unclosed\nactors: [stoltenberg]\n---\n"


def test_dry_run_lists_the_changes_and_writes_nothing(project):
    before = {p: p.read_bytes() for p in (project / "content").rglob("*") if p.is_file()}
    r = run("actors", "merge", "stoltenberg", "jens-stoltenberg", "--root", str(project), "--dry-run")
    assert r.returncode == 0, r.stderr
    assert "would change" in r.stdout and "2022-04-07-ministers-gather.md" in r.stdout
    assert "edited by hand" in r.stdout and "2 entries would change" in r.stdout
    assert {p: p.read_bytes() for p in (project / "content").rglob("*") if p.is_file()} == before


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["stoltenberg", "stoltenberg"], "is both actors"),
        (["stoltenburg", "jens-stoltenberg"], "unknown actor 'stoltenburg' (did you mean 'stoltenberg'?)"),
        (["stoltenberg", "jens-stoltenbrg"], "did you mean 'jens-stoltenberg'?"),
    ],
)
def test_merge_refuses_what_it_cannot_do_and_names_the_fix(project, args, said):
    before = (project / "content" / "actors.yaml").read_bytes()
    r = run("actors", "merge", *args, "--root", str(project))
    assert r.returncode == 2 and said in r.stderr, r.stderr
    assert (project / "content" / "actors.yaml").read_bytes() == before


def test_remove_drops_the_actor_from_entries_and_hides_it(project):
    r = run("actors", "remove", "stoltenberg", "--root", str(project))
    assert r.returncode == 0, r.stderr
    for name, text in _entries(project).items():
        entry, problems = content_io.parse_entry(name, text)
        assert entry is not None and not problems
        assert "stoltenberg" not in entry.actors and all("stoltenberg" not in e.actors for e in entry.events)
        assert entry.quotes[0].speaker is None and entry.quotes[0].text == "We stand together."
    assert not content_io.is_edited(_entries(project)["2022-04-05-allies-meet.md"])
    registry, _ = parse_registry("actors.yaml", (project / "content" / "actors.yaml").read_text("utf-8"))
    assert registry["stoltenberg"].hidden


def test_rename_gives_a_new_slug_everywhere_and_refuses_a_taken_one(project):
    r = run("actors", "rename", "jens-stoltenberg", "stoltenberg", "--root", str(project))
    assert r.returncode == 2 and "actors merge jens-stoltenberg stoltenberg" in r.stderr
    r = run("actors", "rename", "stoltenberg", "NATO Chief", "--root", str(project))
    assert r.returncode == 2 and "'nato-chief'" in r.stderr
    r = run("actors", "rename", "stoltenberg", "nato-chief", "--root", str(project))
    assert r.returncode == 0, r.stderr
    registry, problems = parse_registry("actors.yaml", (project / "content" / "actors.yaml").read_text("utf-8"))
    assert not problems and "stoltenberg" not in registry and registry["nato-chief"].name == "Stoltenberg"
    for name, text in _entries(project).items():
        entry, _ = content_io.parse_entry(name, text)
        assert entry is not None and "nato-chief" in entry.actors and "stoltenberg" not in entry.actors
        assert entry.quotes[0].speaker == "nato-chief"


def test_entry_rewrite_keeps_flow_lists_quotes_and_comments():
    text = (
        "---\ntitle: T\ndate: 2022-01-01\nactors: [a, 'old', b]  # mine\n"
        "events:\n- date: '2022-01-01'\n  text: x\n  actors: [old, new]\n"
        'quotes:\n- speaker: "old"\n  text: y\n---\nBody with old.\n'
    )
    out = entry_with_actor(text, "old", "new")
    assert out == text.replace("[a, 'old', b]", "[a, 'new', b]").replace("[old, new]", "[new]").replace(
        '"old"', '"new"'
    )
    assert entry_with_actor(text, "nobody", "new") is None
    gone = entry_with_actor(text, "old", None)
    assert gone is not None and "actors: [a, b]  # mine" in gone and "speaker: null" in gone


def test_entry_rewrite_of_a_block_list_that_empties_writes_an_empty_list():
    text = "---\ntitle: T\ndate: 2022-01-01\nactors:\n- old\nplaces: []\n---\n"
    assert entry_with_actor(text, "old", None) == "---\ntitle: T\ndate: 2022-01-01\nactors: []\nplaces: []\n---\n"


def test_merged_registry_makes_a_kind_from_other_and_adds_fields_it_lacked():
    text = "a:\n  name: A\n  kind: other\nb:\n  name: Bee\n  kind: person\n  aliases:\n  - B\n  role: Chief\n"
    registry, _ = parse_registry("actors.yaml", text)
    out, said = merged_registry(text, registry["b"], registry["a"])
    merged, problems = parse_registry("actors.yaml", out)
    assert not problems and list(merged) == ["a"]
    assert merged["a"] == Actor("a", "A", "person", ("Bee", "B"), role="Chief")
    assert any("now a person" in line for line in said)


# --------------------------------------------------------------------------- check's advice
def _actor(slug: str, name: str, kind: str = "organization", aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(slug=slug, name=name, kind=kind, aliases=aliases or (name,))


CLEAN = [
    _actor("nato", "NATO"),
    _actor("jens-stoltenberg", "Jens Stoltenberg", "person"),
    _actor("joe-biden", "Joe Biden", "person"),
    _actor("russia", "Russia", "country"),
    _actor("ukraine", "Ukraine", "country"),
    _actor("european-union", "European Union"),
    _actor("pentagon-papers-trust", "Pentagon Papers Trust"),
    _actor("antony-blinken", "Antony Blinken", "person"),
    _actor("ministry-of-defence", "Ministry of Defence"),
    _actor("world-health-organization", "World Health Organization"),
]
PLANTED = [
    _actor("un", "UN"),
    _actor("united-nations", "United Nations"),
    _actor("zelenskyy", "Zelenskyy", "person"),
    _actor("volodymyr-zelenskyy", "Volodymyr Zelenskyy", "person"),
    _actor("president-biden", "President Biden", "person"),
    _actor("apc", "APC"),
    _actor("all-progressives-congress", "All Progressives Congress", aliases=("All Progressives Congress", "the APC")),
    _actor("u-s", "U.S.", "country"),
    _actor("united-states", "United States", "country"),
    _actor("russian", "Russian", "other"),
    _actor("defense-department", "Defense Department"),
    _actor("u-s-department-of-defense", "U.S. Department of Defense"),
    _actor("dod", "DoD"),
    _actor("u-s-agency-for", "U.S. Agency for"),
    _actor("culture-sports", "Culture, Sports"),
    _actor("u-s-charge", "U.S. Chargé", "person"),
    _actor("ministerial", "Ministerial"),
    _actor("defense", "Defense"),
    _actor("ursula-von-der", "Ursula von der", "person"),
    _actor("the-kara-sea", "the Kara Sea"),
    _actor("harris-county", "Harris County", "person"),
]


def _advice(actors: list[Actor]) -> dict[str, str]:
    registry = {a.slug: a for a in actors}
    problems = registry_advice(registry, {}, "content/actors.yaml", {a.slug: i for i, a in enumerate(actors, 1)})
    assert all(p.severity == "advice" and p.line for p in problems)
    return {p.hint or "": p.message for p in problems}


def test_a_clean_registry_gets_no_advice():
    assert _advice(CLEAN) == {}


def test_check_advice_lists_planted_duplicates_and_junk_with_the_fixing_command():
    hints = set(_advice(CLEAN + PLANTED))
    merge = "merge them: python -m generator actors merge "
    remove = "remove it from the entries and hide it: python -m generator actors remove "
    assert hints == {
        merge + "un united-nations",
        merge + "zelenskyy volodymyr-zelenskyy",
        merge + "president-biden joe-biden",
        merge + "apc all-progressives-congress",
        merge + "u-s united-states",
        merge + "russian russia",
        merge + "defense-department u-s-department-of-defense",
        merge + "dod u-s-department-of-defense",
        remove + "u-s-agency-for",
        remove + "culture-sports",
        remove + "u-s-charge",
        remove + "ministerial",
        remove + "defense",
        remove + "ursula-von-der",
        remove + "the-kara-sea",
        remove + "harris-county",
    }


def test_a_title_alone_two_actors_share_is_no_advice_to_merge_them():
    """'The Secretary' of one article's Rice and another article's unnamed 'the Secretary': two people."""
    actors = [
        _actor("rice", "Condi Rice", "person", ("Condi Rice", "The Secretary")),
        _actor("x", "the Secretary", "person"),
    ]
    assert [m for m in _advice(actors).values() if "look like one actor" in m] == []
    actors[1] = _actor("x", "Rice", "person", ("Rice", "The Secretary"))
    assert [m for m in _advice(actors).values() if "look like one actor" in m] != []  # a name shared still is


def test_check_advises_splitting_a_surname_whose_full_names_give_other_given_names():
    """'Okafor', named 'Chidi Okafor' by one article and 'Amara Okafor' by another: two people under one
    slug; 'Mike Okafor' and 'Michael Okafor' (a nickname), or a title or an initial, are one."""
    actors = [
        _actor(
            "okafor", "Okafor", "person", ("Okafor", "Chidi Okafor", "Mike Okafor", "Michael Okafor", "Amara Okafor")
        )
    ]
    messages = list(_advice(actors).values())
    assert messages == [
        "'okafor' (Okafor) looks like several people of one surname: 'Chidi Okafor', 'Mike Okafor', 'Amara Okafor'"
    ]
    actors = [
        _actor(
            "okafor", "Okafor", "person", ("Okafor", "President Okafor", "Mike Okafor", "Michael Okafor", "M. Okafor")
        )
    ]
    assert _advice(actors) == {}


def test_hidden_actors_get_no_advice():
    from dataclasses import replace

    assert _advice(CLEAN + [replace(a, hidden=True) for a in PLANTED]) == {}


def test_check_prints_the_advice_apart_and_fails_nothing_on_it(project):
    registry = project / "content" / "actors.yaml"
    registry.write_text(registry.read_text("utf-8") + "u-s-agency-for:\n  name: U.S. Agency for\n  kind: other\n")
    r = run("check", "--root", str(project), "--strict")
    assert r.returncode == 0, r.stderr  # advice fails nothing, not even --strict
    assert "actors.yaml" not in r.stderr  # and is no problem: a build and check report the same problems
    lines = r.stdout.splitlines()
    assert "content/actors.yaml:13: advice: 'stoltenberg' (Stoltenberg) and 'jens-stoltenberg'" in r.stdout
    assert "2 actor(s) that look like a duplicate of another or like no actor" in r.stdout
    merge = "(merge them: python -m generator actors merge stoltenberg jens-stoltenberg)"
    assert any(line.endswith(merge) for line in lines)
    assert any(line.endswith("python -m generator actors remove u-s-agency-for)") for line in lines)


def test_advice_finds_a_surname_after_a_body_and_its_title():
    hints = set(
        _advice(
            [
                *CLEAN,
                _actor("ema-director-vask", "EMA Director Vask", "person"),
                _actor("rita-vask", "Rita Vask", "person"),
            ]
        )
    )
    assert hints == {"merge them: python -m generator actors merge ema-director-vask rita-vask"}


def test_advice_finds_an_acronym_of_a_name_before_a_word_added_after_and():
    """'KDC' and the 'Kestrel Disease Control and Prevention': a body renamed with a word added after 'and'
    keeps its acronym; not when a word follows it ('... and Prevention Board'), nor for a name of three
    capitalised words ('Food and Drug Administration' is no 'FA')."""
    full = _actor("kestrel-disease-control-and-prevention", "Kestrel Disease Control and Prevention")
    hints = set(_advice([*CLEAN, _actor("kdc", "KDC"), full]))
    assert hints == {"merge them: python -m generator actors merge kdc kestrel-disease-control-and-prevention"}
    board = _actor("kestrel-board", "Kestrel Disease Control and Prevention Board")
    assert _advice([*CLEAN, _actor("kdc", "KDC"), board]) == {}
    assert _advice([*CLEAN, _actor("fa", "FA"), _actor("fda", "Food and Drug Administration")]) == {}


def test_advice_finds_an_acronym_of_a_name_in_another_language_s_order():
    """'FKR' and the 'Ruritanian Kestrel Federation': the head noun first, as the body's own language writes
    it (Federación Kestrel Ruritana); 'KRF' puts another word first, no head noun's order."""
    full = _actor("ruritanian-kestrel-federation", "Ruritanian Kestrel Federation")
    hints = set(_advice([*CLEAN, _actor("fkr", "FKR"), full]))
    assert hints == {"merge them: python -m generator actors merge fkr ruritanian-kestrel-federation"}
    assert _advice([*CLEAN, _actor("krf", "KRF"), full]) == {}


def test_advice_finds_a_family_name_written_first():
    hints = set(_advice([*CLEAN, _actor("park", "Park", "person"), _actor("park-min-jun", "Park Min Jun", "person")]))
    assert hints == {"merge them: python -m generator actors merge park park-min-jun"}


def test_advice_finds_the_end_of_a_title_read_with_a_name():
    people = [_actor("dana-holt", "Dana Holt", "person"), _actor("ferreira", "Ferreira", "person")]
    orgs = [
        _actor("water-and-soil-dana-holt", "Water and Soil Dana Holt"),
        _actor("regional-council-luis-ferreira", "Regional Council Luis Ferreira"),
    ]
    hints = set(_advice([*CLEAN, *people, *orgs]))
    assert hints == {
        "merge them: python -m generator actors merge water-and-soil-dana-holt dana-holt",
        "merge them: python -m generator actors merge regional-council-luis-ferreira ferreira",
    }


def test_advice_finds_a_common_word_typed_person_and_a_bare_abbreviated_title():
    actors = [
        _actor("fable", "Fable", "person"),
        _actor("thistle", "Thistle", "person", aliases=("Thistle", "Governor Thistle")),
        _actor("the-pm", "the PM", "person"),
    ]
    hints = set(_advice([*CLEAN, *actors]))
    remove = "remove it from the entries and hide it: python -m generator actors remove "
    assert hints == {remove + "fable", remove + "the-pm"}


def test_a_group_named_by_its_common_noun_in_lower_case_is_no_junk():
    """'farmers' and 'police' (the annotator's crowd and unnamed body, written lower case): actors, as the
    gold counts them; the same words capitalised, alone, are a piece of a name and still junk."""
    groups = [_actor("farmers", "farmers", "other"), _actor("police", "police")]
    assert _advice([*CLEAN, *groups]) == {}
    pieces = [_actor("farmers", "Farmers", "other"), _actor("police", "Police")]
    remove = "remove it from the entries and hide it: python -m generator actors remove "
    assert set(_advice([*CLEAN, *pieces])) == {remove + "farmers", remove + "police"}


def test_a_given_name_alone_and_a_name_with_a_middle_name_are_no_family_name_said_first():
    """'Peter' and 'Peter Alan Rusk': a given name and a middle name, not 'Kim' and 'Kim Jong Un'."""
    hints = _advice(
        [*CLEAN, _actor("peter", "Peter", "person"), _actor("peter-alan-rusk", "Peter Alan Rusk", "person")]
    )
    assert not any("merge peter peter-alan-rusk" in h for h in hints), hints


def test_advice_takes_no_leading_the_for_an_initial():
    """'TKP' is no acronym of 'The Kestrel Party' (an article's 'the'); 'KP' is."""
    party = _actor("kestrel-party", "Kestrel Party", aliases=("Kestrel Party", "The Kestrel Party"))
    assert _advice([*CLEAN, _actor("tkp", "TKP"), party]) == {}
    hints = set(_advice([*CLEAN, _actor("kp", "KP"), party]))
    assert hints == {"merge them: python -m generator actors merge kp kestrel-party"}


def test_advice_takes_no_regnal_name_for_a_surname():
    """'King Orvald' is known by a given name: not the registry's 'Tomas Orvald' (a surname and a full name),
    though 'President Orvald' is."""
    full = _actor("tomas-orvald", "Tomas Orvald", "person")
    assert _advice([*CLEAN, _actor("king-orvald", "King Orvald", "person"), full]) == {}
    hints = set(_advice([*CLEAN, _actor("president-orvald", "President Orvald", "person"), full]))
    assert hints == {"merge them: python -m generator actors merge president-orvald tomas-orvald"}


def test_advice_takes_no_mother_s_family_name_for_a_surname():
    """'Juan Pablo Ferrer Quiroga' known as 'Ferrer' (the father's family name, said alone, Spanish usage):
    another article's 'Quiroga' is someone else."""
    full = _actor("jpfq", "Juan Pablo Ferrer Quiroga", "person", aliases=("Juan Pablo Ferrer Quiroga", "Ferrer"))
    assert _advice([*CLEAN, _actor("quiroga", "Quiroga", "person"), full]) == {}


def test_advice_finds_a_surname_spelt_one_letter_apart_from_a_full_name():
    """'Hallvorsen' of one article and 'Mikkel Halvorsen' of another: one letter more; 'Halvorsan': one
    letter another; not when the registry has someone of that surname as spelt, nor for short surnames."""
    full = _actor("mikkel-halvorsen", "Mikkel Halvorsen", "person")
    merge = "merge them: python -m generator actors merge {} mikkel-halvorsen"
    for slug, name in (("hallvorsen", "Hallvorsen"), ("halvorsan", "Halvorsan")):
        assert set(_advice([*CLEAN, _actor(slug, name, "person"), full])) == {merge.format(slug)}
    other = _actor("ada-halvorsan", "Ada Halvorsan", "person")
    hints = set(_advice([*CLEAN, _actor("halvorsan", "Halvorsan", "person"), full, other]))
    assert merge.format("halvorsan") not in hints
    assert _advice([*CLEAN, _actor("orla", "Orla", "person"), _actor("jo-orle", "Jo Orle", "person")]) == {}
    # two letters apart: no advice
    assert _advice([*CLEAN, _actor("halvorsx", "Halvorsx", "person"), _actor("a-h", "Ada Halvorsen", "person")]) == {}
    assert _advice([*CLEAN, _actor("halvorsx", "Halvorsx", "person"), full]) == {}
