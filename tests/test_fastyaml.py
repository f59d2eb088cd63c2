"""yamlio.fast_load, the pure-Python reader for the YAML that dump_yaml writes: it returns exactly
what PyYAML (``_FastLoader``) returns, or declines (None) and leaves the text to PyYAML."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.content.entries import format_entry, split_front_matter
from generator.content.yamlio import _FastLoader, dump_yaml, fast_load, load_yaml
from generator.core.model import Annotation, Event, FoundActor, Quote

REPO = Path(__file__).resolve().parent.parent
# content/entries/ is made by `make build` and not committed, so the tests make their own: what the
# annotator writes for the seeds and the dev texts, and (for hand edits) the hand-written fixture entries.
ANNOTATED = sorted(REPO.glob("seeds/*.txt")) + sorted(REPO.glob("tests/gold/dev/*.txt"))
HAND_WRITTEN = sorted(REPO.glob("tests/fixtures/golden/content/entries/*/*.md"))


def _fronts(paths):
    return [split_front_matter(p.read_text(encoding="utf-8"))[0] for p in paths]


@pytest.fixture(scope="module")
def written_fronts(tmp_path_factory):
    from generator.ingest import run_ingest

    content = tmp_path_factory.mktemp("content")
    run_ingest(tuple(ANNOTATED), content, force=False, root=REPO)
    made = sorted(content.glob("entries/*/*.md"))
    assert len(made) == len(ANNOTATED) >= 11
    return _fronts(made)


@pytest.fixture(scope="module")
def repo_fronts(written_fronts):
    return written_fronts + _fronts(HAND_WRITTEN)


def pyyaml(text: str):
    return yaml.load(text, Loader=_FastLoader)


def same(fast, text: str, must_take: bool = False) -> None:
    """fast_load's answer, unless it declined, is PyYAML's: same values, same types (repr).
    ``must_take``: the text is of the shapes the fast path is for, and declining it fails."""
    if must_take:
        assert fast is not None, f"the fast path declined a common shape:\n{text}"
    if fast is not None:
        assert repr(fast) == repr(pyyaml(text)), text


# ------------------------------------------------------------------ generated entries
# Words that trip YAML: resolvers (bool, null, numbers, dates, merge, value), indicators, quotes.
AWKWARD = [
    "yes",
    "No",
    "on",
    "OFF",
    "true",
    "null",
    "~",
    "Null",
    "0",
    "007",
    "123",
    "-5",
    "1.5",
    "1e3",
    ".inf",
    ".NaN",
    "0x1F",
    "0b101",
    "1_000",
    "12:30",
    "190:20:30",
    "2022-01-01",
    "2022-1-1 10:00:00",
    "2022-01",
    "<<",
    "=",
    "-",
    "- x",
    "-x",
    "?",
    "? x",
    ":",
    ": x",
    "a:",
    "a: b",
    "#",
    " #",
    "a#b",
    "'",
    "''",
    '"',
    '"x"',
    "\\",
    "\\n",
    "[",
    "]",
    "[]",
    "{",
    "}",
    "{}",
    ",",
    "&a",
    "*a",
    "!tag",
    "!!str",
    "|",
    ">",
    "%",
    "@",
    "`",
    "---",
    "...",
    "é",
    "日本語",
    "naïve",
    "\u00a0",
    "—",
    "…",
    "🙂",
    "\t",
    "\n",
    "\r",
    "\x85",
    "\u2028",
    "\ufeff",
    "\x07",
    " ",
    "  ",
]
_word = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12)
_awkward_text = st.lists(
    st.one_of(st.sampled_from(AWKWARD), _word, st.sampled_from(["word", "another", "x" * 40])), max_size=40
).flatmap(
    lambda ws: st.lists(st.sampled_from([" ", "", "  ", "\n", " \n", "\n\n"]), min_size=len(ws), max_size=len(ws)).map(
        lambda seps: "".join(w + s for w, s in zip(ws, seps))
    )
)
# What generated entries hold: words (letters, digits, punctuation inside or after them), single spaces.
_plain_word = st.one_of(
    st.builds(str.__add__, st.sampled_from("AbcXyzÀéß"), st.text("AbcXyzÀéß0123'’.,;:!?()#%&*\"/-", max_size=12)),
    st.sampled_from(
        ["yes", "null", "No", "2022-04-06", "12", "3.5", "12:30", "Ukraine - Russia", "C#", "a: b", "it's", "#1"]
    ),
    st.integers(0, 10**8).map(str),
)
_ordinary_text = st.lists(_plain_word, min_size=1, max_size=30).map(" ".join)
_slug = st.lists(st.text("abcxyz019", min_size=1, max_size=8), min_size=1, max_size=4).map("-".join)


def _annotations(text, speaker):
    event = st.builds(
        Event,
        date=st.one_of(st.sampled_from(["2022-01", "2022-04-06", "2022"]), text),
        precision=text,
        text=text,
        actors=st.lists(_slug, max_size=3).map(tuple),
        status=text,
        end_date=st.one_of(st.none(), text),
        evidence=text,
    )
    quote = st.builds(Quote, speaker=speaker, text=text, cue=text)
    actor = st.builds(FoundActor, slug=_slug, name=text, kind=st.just("person"))
    return st.builds(
        Annotation,
        title=text,
        summary=text,
        actors=st.lists(actor, max_size=4).map(tuple),
        places=st.lists(text, max_size=3).map(tuple),
        sources_cited=st.lists(text, max_size=3).map(tuple),
        events=st.lists(event, max_size=3).map(tuple),
        quotes=st.lists(quote, max_size=3).map(tuple),
        model=text,
    )


def _front(ann: Annotation, seed: str = "seeds/a.txt") -> str:
    return split_front_matter(format_entry(ann, seed, "0" * 64, dt.date(2022, 4, 6), "Body."))[0]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(_annotations(_awkward_text, st.one_of(st.none(), _slug, _awkward_text)), _awkward_text)
def test_awkward_entries_read_as_pyyaml_reads_them(ann, seed):
    front = _front(ann, seed)
    same(fast_load(front), front)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(_annotations(_ordinary_text, _slug))
def test_ordinary_entries_take_the_fast_path(ann):
    front = _front(ann)
    fast = fast_load(front)
    assert fast is not None, front
    assert repr(fast) == repr(pyyaml(front))


_key = _slug.map(lambda s: s.replace("-", "_"))
# The shapes of the YAML the generator writes (front matter, actors.yaml): a mapping of text, lists
# of text, mappings of text and lists of such mappings, keys that are field names or slugs, every
# text ordinary. The fast path must take them.
_field = st.one_of(
    st.sampled_from(["title", "date", "seed", "actors", "places", "sources_cited", "events", "end_date", "aliases"]),
    st.text("abcxyz_", min_size=1, max_size=10),
)
_common = st.dictionaries(
    _field,
    st.one_of(
        _ordinary_text,
        st.lists(_ordinary_text, max_size=4),
        st.dictionaries(_field, _ordinary_text, max_size=3),
        st.lists(
            st.dictionaries(_field, st.one_of(_ordinary_text, st.lists(_slug, max_size=3)), min_size=1, max_size=3),
            max_size=3,
        ),
    ),
    min_size=1,
    max_size=5,
)
_any = st.recursive(
    st.one_of(_ordinary_text, _awkward_text),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_key, inner, max_size=4)),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(_common.map(lambda d: (True, d)), _any.map(lambda d: (False, d))))
def test_any_dump_yaml_output_reads_as_pyyaml_reads_it(common_data):
    common, data = common_data
    text = dump_yaml(data)
    same(fast_load(text), text, must_take=common)


_any_comment = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20).map(
    lambda t: "#" + t
)
_common_comment = st.one_of(st.just("#"), _ordinary_text.map(lambda t: "# " + t))  # as REGISTRY_HEADER's


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.tuples(st.just(True), st.lists(_common_comment, max_size=4), _common),
        st.tuples(
            st.just(False),
            st.lists(_any_comment, max_size=4),
            st.dictionaries(_key, st.one_of(_ordinary_text, _awkward_text), min_size=1, max_size=4),
        ),
    )
)
def test_a_comment_header_reads_as_pyyaml_reads_it(case):
    common, comments, data = case
    text = "".join(c + "\n" for c in comments) + dump_yaml(data)
    same(fast_load(text), text, must_take=common)


def test_the_registry_the_generator_writes_takes_the_fast_path():
    from generator.content.registry import REGISTRY_HEADER, format_new_actors
    from generator.core.model import Actor

    text = REGISTRY_HEADER + format_new_actors(
        (
            Actor("nato", "NATO", "organization", ("the alliance",)),
            Actor("ada-lovelace", "Ada Lovelace", "person", role="author"),
        )
    )
    fast = fast_load(text)
    assert fast is not None and repr(fast) == repr(pyyaml(text))


def test_the_entries_the_annotator_writes_take_the_fast_path(written_fronts):
    for front in written_fronts:
        fast = fast_load(front)
        assert fast is not None and repr(fast) == repr(pyyaml(front))
        assert load_yaml("e.md", front, 1)[0] == fast


# ------------------------------------------------------------------ hand edits
def _mutate(front: str, rnd: random.Random) -> str:
    lines = front.split("\n")[:-1]
    for _ in range(rnd.randint(1, 3)):
        if not lines:
            break
        i = rnd.randrange(len(lines))
        op = rnd.randrange(9)
        line = lines[i]
        at = rnd.randint(0, len(line))
        if op == 0:
            del lines[i]
        elif op == 1:
            lines.insert(i, line)
        elif op == 2:
            lines[i] = " " * rnd.choice([1, 2, 4]) + line
        elif op == 3:
            lines[i] = line[min(len(line) - len(line.lstrip(" ")), rnd.choice([1, 2])) :]
        elif op == 4:
            bit = rnd.choice([": ", ":", "#", " #", "\t", "'", "''", '"', "- ", "[", "{}", "&a ", "*a", "!x ", "|"])
            lines[i] = line[:at] + bit + line[at:]
        elif op == 5:
            lines.insert(i, rnd.choice(["", "  ", "# note", "  more words", "    - item", "---", "key: value", "- x"]))
        elif op == 6 and i + 1 < len(lines):
            lines[i : i + 2] = [line + " " + lines[i + 1].lstrip(" ")]
        elif op == 7:
            lines[i] = line[:at] + "\n" + " " * rnd.choice([0, 1, 2, 3, 4, 6]) + line[at:]
        else:
            j = rnd.randrange(len(lines))
            lines[i], lines[j] = lines[j], line
    return "\n".join(lines) + "\n"


def _check_mutation(front: str, rnd: random.Random) -> bool:
    text = _mutate(front, rnd)
    fast = fast_load(text)
    try:
        expected = pyyaml(text)
    except yaml.YAMLError:
        assert fast is None, text  # else load_yaml would hide the error
        return False
    if fast is not None:
        assert repr(fast) == repr(expected), text
    return fast is not None


def test_mutated_fronts_read_as_pyyaml_reads_them(repo_fronts):
    long = Annotation(
        title="A " + "long title that folds " * 8,
        summary="it's 'quoted' and " * 10 + "done",
        actors=(FoundActor("carla-young", "Carla", "person"),),
        places=("Kyiv", "Ukraine - Russia " * 8),
        sources_cited=("CNN",),
        events=(Event("2022-01", "month", "x y " * 40, ("carla-young",)),),
        quotes=(Quote("carla-young", "a - b # c: d " * 10, "said"),),
        model="m 1.0",
    )
    fronts = repo_fronts + [_front(long)]
    rnd = random.Random(20220406)
    taken = sum(_check_mutation(rnd.choice(fronts), rnd) for _ in range(4000))
    assert taken > 400  # many edits stay in the subset, so the comparison is not vacuous


@settings(max_examples=500, deadline=None)
@given(st.data(), st.randoms(use_true_random=False))
def test_mutated_fronts_property(written_fronts, repo_fronts, data, rnd):
    front = data.draw(st.sampled_from(repo_fronts))
    if front in written_fronts:  # what the annotator wrote, before the edit: the fast path's own shape
        same(fast_load(front), front, must_take=True)
    _check_mutation(front, rnd)


# ------------------------------------------------------------------ explicit cases
@pytest.mark.parametrize(
    "text",
    [
        "speaker: null\n",
        "a: yes\n",
        "a: Off\n",
        "a: 1\n",
        "a: 1.5\n",
        "a: 12:30\n",
        "a: 2022-04-06\n",
        "a: ~\n",
        "a: <<\n",
        "a: =\n",
        "a: -x\n",
        "a: ?x\n",
        "a: :x\n",
        "a: &x y\n",
        "a: *x\n",
        "a: !!str y\n",
        "a: !x y\n",
        "a: |\n  x\n",
        "a: >\n  x\n",
        "a: [x]\n",
        "a: {b: c}\n",
        "a: b # c\n",
        "a: b\n# c\n",
        "---\na: b\n",
        "a: b\n...\n",
        "a: b\n---\nc: d\n",
        "%YAML 1.1\n---\na: b\n",
        "a: b\na: c\n",
        "'a': b\n",
        '"a": b\n',
        "1: b\n",
        "yes: b\n",
        "a b: c\n",
        "a:\tb\n",
        "a: b\tc\n",
        "a: b\r\nc: d\r\n",
        "a: b\n\nc: d\n",
        "a:\n",
        "a:\nb: c\n",
        'a: "x\\ny"\n',
        'a: "x\n  y"\n',
        "a: b\n  c: d\n",
        "a: b\n  c:\n",
        "a: b\n  #c\n",
        "a: 'x'  \n",
        "a: 'x' y\n",
        "a: 'x\n",
        "a: 'x\ny'\n",
        "a: 'x\n---\n  y'\n",
        "a:  b\n",
        "a: \n",
        "- - a\n",
        "-\n  a: b\n",
        "- \n",
        "? a\n: b\n",
        "  a: b\n",
        "a\n",
        "[a]\n",
        "a" * 1100 + ": b\n",
        "- " + "a" * 1100 + ": b\n",  # PyYAML rejects a simple key over 1024 characters
        "a: b\u2028c\n",
        "a: b\x85c\n",
        "a: \ufeffb\n",
        "\ufeffa: b\n",
        "a: b\x07\n",
        "a:\n  b\n",
        "",
    ],
)
def test_declines(text):
    assert fast_load(text) is None


@pytest.mark.parametrize(
    "text, value",
    [
        ("a: x\n  y\n   z\n", {"a": "x y z"}),
        ("# c\n#\na: b\n", {"a": "b"}),
        ("a: x  \n  y\n", {"a": "x y"}),
        ("l:\n- foo\n  - bar\n", {"l": ["foo - bar"]}),
        ("a: b\n - c\n", {"a": "b - c"}),
        ("a: 'it''s\n\n  x\n\n\n  y  '\n", {"a": "it's\nx\n\ny  "}),
        ("a: '  x  \n   y'\n", {"a": "  x y"}),
        ("a: '\n  x'\n", {"a": " x"}),
        ("a: 'x\n  '\n", {"a": "x "}),
        ("a: \"say 'hi'\"\n", {"a": "say 'hi'"}),
        ("a: 2022-01\nb: x:y\nc: C# a-b\n", {"a": "2022-01", "b": "x:y", "c": "C# a-b"}),
        ("a:\n  b:\n  - x: []\n    y: {}\n  c: d\n", {"a": {"b": [{"x": [], "y": {}}], "c": "d"}}),
        ("- a\n- b: c\n  d:\n    - e\n", ["a", {"b": "c", "d": ["e"]}]),
    ],
)
def test_reads(text, value):
    assert fast_load(text) == value == pyyaml(text)
