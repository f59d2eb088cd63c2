"""Article text to HTML: hand-written Markdown is sanitised (nh3), seed-derived text is escaped
so it renders exactly as written, and marking evidence sentences cannot open a tag."""

from __future__ import annotations

import html
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_hostile import inspect_html

from generator.content.entries import escape_markdown, seed_body_markdown
from generator.render.markup import mark_sentences, render_markdown
from generator.seeds.reader import Block

ATTACKS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](  javascript:alert(1))",
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    "[x][r]\n\n[r]: javascript:alert(1)",
    '![i](x" onerror="alert(1))',
    "<javascript:alert(1)>",
    "[d](data:text/html;base64,PHNjcmlwdD4=)",
    '<iframe src="https://evil.example/"></iframe>',
    "<svg><script>alert(1)</script></svg>",
    "<style>*{}</style>",
    '<p onclick="alert(1)">x</p>',
    '[t](https://example.org/ "a\\" onmouseover=\\"alert(1)")',
    "<form action=x><input></form>",
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "<base href=https://evil/>",
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_hand_written_markdown_is_sanitised(attack):
    problems, _ = inspect_html("body", render_markdown(attack), allow_theme_script=False)
    assert not problems, problems


@pytest.mark.parametrize("attack", ATTACKS)
def test_seed_text_renders_as_written(attack):
    text = " ".join(attack.split())
    out = render_markdown(escape_markdown(text))
    problems, visible = inspect_html("body", out, allow_theme_script=False)
    assert not problems
    assert re.findall(r"<(\w+)", out) == ["p"]  # no element but the paragraph
    assert visible == text


def test_safe_links_survive():
    out = render_markdown("[NATO](https://www.nato.int/) and [mail](mailto:a@b.org)")
    assert 'href="https://www.nato.int/"' in out and 'href="mailto:a@b.org"' in out and 'rel="nofollow' in out


_block_text = (
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=120)
    .map(lambda s: unicodedata.normalize("NFC", " ".join(s.split())))
    .filter(bool)
)


@settings(max_examples=400, deadline=None)
@given(_block_text)
def test_escape_markdown_round_trips_any_text(text):
    """Whatever a seed holds, its page shows exactly that text and no element made from it."""
    out = render_markdown(escape_markdown(text))
    problems, visible = inspect_html("body", out, allow_theme_script=False)
    assert not problems
    assert set(re.findall(r"</?(\w+)", out)) <= {"p"}
    assert html.unescape(re.sub(r"</?p>", "", out)).strip() == text.strip()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["paragraph", "heading"]), _block_text), min_size=1, max_size=5), _block_text)
def test_seed_bodies_never_make_markup(blocks, credit):
    body = seed_body_markdown(tuple(Block(k, t) for k, t in blocks), credit)
    out = render_markdown(body)
    assert not inspect_html("body", out, allow_theme_script=False)[0]
    assert set(re.findall(r"</?(\w+)", out)) <= {"p", "h2", "em"}


@settings(max_examples=200, deadline=None)
@given(_block_text, st.lists(_block_text, max_size=4))
def test_marking_sentences_never_opens_a_tag(text, sentences):
    body = render_markdown(escape_markdown(text))
    marks = tuple(
        (s, f"src-event-{i}", "evidence-event") for i, s in enumerate(sentences + [text[: len(text) // 2]], 1)
    )
    out, marked = mark_sentences(body, marks)
    assert not inspect_html("body", out, allow_theme_script=False)[0]
    assert set(re.findall(r"</?(\w+)", out)) <= {"p", "mark"}
    assert out.count("<mark") == len(marked) == out.count("</mark>")


# ---------------------------------------------------------------------------- the plain-text fast path
from pathlib import Path  # noqa: E402

from generator.render.markup import _to_html, plain_html  # noqa: E402

_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), min_codepoint=32, max_codepoint=0x2FFF),
    min_size=1,
    max_size=60,
)


def _slow(text: str) -> str:
    """The reference: Python-Markdown, then the sanitiser, as render_markdown does for other text."""
    import re as _re

    import nh3

    from generator.render.markup import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, SAFE_SCHEMES

    raw = _re.sub(r"<h1(\s|>)", r"<h2\1", _to_html(text)).replace("</h1>", "</h2>")
    return nh3.clean(
        raw,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=SAFE_SCHEMES,
        link_rel="nofollow noopener noreferrer",
    )


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["p", "h", "em"]), _TEXT), min_size=1, max_size=6))
def test_plain_fast_path_is_identical_to_markdown_and_the_sanitiser(blocks):
    doc = "\n\n".join({"p": t, "h": "## " + t, "em": "*" + t + "*"}[kind] for kind, t in blocks)
    fast = plain_html(doc)
    if fast is not None:  # when it takes a document, it must say exactly what the slow path says
        assert fast == _slow(doc), doc


def test_plain_fast_path_takes_the_seeds_and_refuses_syntax():
    from generator.content.entries import seed_body_markdown
    from generator.seeds.reader import parse_seed

    taken = 0
    for seed_file in sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt")):
        seed = parse_seed(seed_file.name, seed_file.read_bytes())
        body = seed_body_markdown(seed.blocks, seed.credit)
        fast = plain_html(body)
        if fast is not None:
            taken += 1
            assert fast == _slow(body)
    assert taken >= 1
    for doc in (
        "a *b* c",
        "1. one",
        "- item",
        "> quote",
        "a <b>",
        "x & y",
        "# h1",
        "a\\nb",
        "[a](b)",
        "`c`",
        "a  ",
        "x\u00a0y",
    ):
        assert plain_html(doc) is None, doc
