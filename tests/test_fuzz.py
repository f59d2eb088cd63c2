"""Issue #15: property-based fuzzing of what editors and the web hand the generator.

Hand-edited entries, the actor registry and site.yaml, with values drawn from what breaks YAML and
text handling (control characters, noncharacters, huge numbers, extreme dates, YAML 1.1 literals,
very long names, punctuation runs), written plain or quoted: a build and a check of the project
never raise (a BuildError is a clean report too), they report the same problems, every problem
names one of the files written, every good entry is built; a seed is read as a Seed or one Problem
naming it, and every good seed is read.

The CI run is bounded (40 derandomized examples each, no shrinking: about 10 s); a longer run (random
examples, shrunk when one fails; CONTRIBUTING.md):
``TIMELINE_FUZZ_EXAMPLES=500 .venv/bin/python -m pytest tests/test_fuzz.py`` (random, not derandomized).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.build import build, check
from generator.core.errors import BuildError
from generator.seeds.reader import Problem, Seed, parse_seed

EXAMPLES = int(os.environ.get("TIMELINE_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=EXAMPLES or 40,
    derandomize=not EXAMPLES,
    phases=list(Phase) if EXAMPLES else [Phase.explicit, Phase.generate],  # CI: no shrinking (bounded time)
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TODAY = dt.date(2024, 1, 1)

NASTY = st.sampled_from(
    [
        "yes",
        "No",
        "off",
        "ON",
        "y",
        "~",
        "null",
        "true",
        "FALSE",
        "12:30",
        "017",
        "0o17",
        "0x1F",
        "1_000",
        ".inf",
        "-.nan",
        "1e999",
        "9" * 5000,
        "-" + "9" * 1200,
        "9999-12-31",
        "0001-01-01",
        "2022-02-30",
        "9999-W52",
        "10000-01-01",
        "a" * 300,
        "x-" * 200,
        "[[[[",
        "]]",
        "{{",
        "}",
        ": ",
        " #",
        "&a",
        "*a",
        "!tag",
        "|",
        ">",
        "%",
        "@",
        "`",
        "'",
        '"',
        "\\",
        "---",
        "...",
        "? ",
        "- ",
        "<<: *a",
        "\x00",
        "\x07",
        "\x1b[1m",
        "\x7f",
        "\x85",
        "\u2028",
        "\ufeff",
        "\ufffe",
        "\uffff",
        "\U0001fffe",
        "\ud7ff",
        "\t",
        "\r",
        "\u202e",
        "Ünïcödé",
        "日本語",
        "🙂",
    ]  # fmt: skip
)
TEXT = st.lists(st.one_of(NASTY, st.text(max_size=12)), min_size=0, max_size=4).map("".join)


def written(value: str, how: str) -> str:
    """A value as an editor might write it after a key: plain, single- or double-quoted (escaped)."""
    if how == "single":
        return "'" + value.replace("'", "''") + "'"
    if how == "double":
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return value.replace("\n", " ")


VALUE = st.builds(written, TEXT, st.sampled_from(["plain", "single", "double"]))

GOOD_ENTRY = """---
title: Good entry {i}
date: 2022-04-{day:02d}
actors: [nato]
events:
- date: 2022-04-{day:02d}
  text: NATO met.
  actors: [nato]
---
NATO met.
"""


def bad_entry(title: str, date: str, place: str, event_date: str, text: str, extra: str) -> str:
    return (
        f"---\ntitle: {title}\ndate: {date}\nactors: [nato]\nplaces: [{place}, Kyiv]\nsummary: {text}\n"
        f"events:\n- date: {event_date}\n  text: {text}\n  actors: [nato]\n{extra}---\n{text}\n"
    )


ENTRY = st.builds(
    bad_entry,
    VALUE,
    st.one_of(VALUE, st.just("2022-04-01")),
    VALUE,
    st.one_of(VALUE, st.just("2022-04")),
    VALUE,
    st.sampled_from(["", "title: again\n", "hidden: yes\n", "url: {x}\n", "quotes: [1, 2]\n", "events: 3\n"]),
)


def registry(name: str, alias: str, kind: str, hidden: str, extra: str) -> str:
    return (
        "nato:\n  name: NATO\n  kind: organization\n  aliases: [NATO]\n"
        f"other:\n  name: {name}\n  kind: {kind}\n  aliases: [{alias}]\n  hidden: {hidden}\n{extra}"
    )


REGISTRY = st.builds(
    registry,
    VALUE,
    VALUE,
    st.one_of(VALUE, st.just("person")),
    st.one_of(VALUE, st.sampled_from(["true", "false"])),
    st.sampled_from(["", "nato:\n  name: Twice\n", "  name: again\n", "{VALUE}:\n  name: x\n"]),
)
SITE = st.lists(
    st.tuples(
        st.sampled_from(["title", "description", "author", "language", "base_url", "feed_size", "trusted_theme"]),
        VALUE,
    ),
    max_size=4,
).map(lambda pairs: "".join(f"{k}: {v}\n" for k, v in pairs))


@FUZZ
@given(
    entries=st.lists(ENTRY, min_size=1, max_size=3),
    actors=REGISTRY,
    site=SITE,
    good=st.integers(1, 3),
    seed=st.lists(st.one_of(NASTY, st.text(max_size=20)), max_size=4).map("".join),
)
def test_hand_edits_never_crash_and_build_and_check_agree(entries, actors, site, good, seed):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "p"
        folder = root / "content" / "entries" / "2022"
        folder.mkdir(parents=True)
        (root / "content" / "actors.yaml").write_text(actors, encoding="utf-8", errors="surrogatepass")
        (root / "content" / "site.yaml").write_text(site, encoding="utf-8", errors="surrogatepass")
        names = {"content/actors.yaml", "content/site.yaml"}
        for i, text in enumerate(entries):
            (folder / f"2022-04-01-bad{i}.md").write_text(text, encoding="utf-8", errors="surrogatepass")
            names.add(f"content/entries/2022/2022-04-01-bad{i}.md")
        for i in range(good):
            (folder / f"2022-04-{10 + i:02d}-good{i}.md").write_text(GOOD_ENTRY.format(i=i, day=10 + i))
        data = f" date {seed}\n\n{seed} said.\n".encode("utf-8", "surrogatepass")
        if isinstance(parse_seed("seeds/fuzz.txt", data, TODAY), Problem):  # a good one would need the model
            (root / "seeds").mkdir()
            (root / "seeds" / "fuzz.txt").write_bytes(data)
            names.add("seeds/fuzz.txt")
        checked = {str(p) for p in check(root)}
        try:
            report = build(root)
        except BuildError as err:  # the whole build stopped (say, a theme that cannot render): one report
            built = {str(p) for p in err.problems}
            assert built <= checked, (built, checked)
            assert not (root / "site").exists()
            return
        built = {str(p) for p in report.problems}
        assert built == checked
        assert ("seeds/fuzz.txt" in names) == any(p.path == "seeds/fuzz.txt" for p in report.problems)
        registry_broken = any(
            p.path == "content/actors.yaml" and p.message.startswith(("invalid YAML", "the actor registry", "a number"))
            for p in report.problems
        )
        for problem in report.problems:  # a good entry is named only for 'nato' when the registry is unreadable
            assert problem.path in names or (registry_broken and "'nato'" in problem.message), problem
        for i in range(good):  # a bad entry or registry never costs a good entry its page (NATO stays valid)
            assert (root / "site" / "entries" / f"2022-04-{10 + i:02d}-good{i}.html").is_file(), report.problems


SEED_TITLE = st.text(alphabet=st.characters(categories=["L", "N"]), min_size=1, max_size=40)


@FUZZ
@given(title=SEED_TITLE, noise=st.lists(st.one_of(NASTY, st.text(max_size=20)), max_size=4), good=st.booleans())
def test_seeds_are_read_or_named_in_one_problem(title, noise, good):
    body = "NATO officials met in Brussels on Thursday, officials said."
    if not good:
        body = body.replace("officials said", "".join(noise) + " said")
    data = f" date 2022-04-08 {title}\n\n{body}\n".encode("utf-8", "surrogatepass")
    result = parse_seed("seeds/fuzz.txt", data, TODAY)
    assert isinstance(result, (Seed, Problem))
    if isinstance(result, Problem):
        assert result.path == "seeds/fuzz.txt" and result.message
    if good:
        assert isinstance(result, Seed), result
