"""Seeds as scrapers and copy-paste make them: every bad one gives one Problem naming the file,
the problem and the fix; a BOM and CRLF simply work. parse_seed is pure, so most cases pass
bytes; read_seeds is tested on files in tmp_path. Property tests: parse_seed never raises."""

from __future__ import annotations

import datetime as dt
import os
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.core.errors import Problem
from generator.seeds.reader import MAX_SEED_BYTES, Block, Seed, list_seed_files, parse_seed, read_seeds

TODAY = dt.date(2024, 6, 1)
GOOD = b" date 2022-04-06 NATO ministers met in Brussels on Wednesday.\n\nThey discussed Ukraine.\n\n(Image: NATO/AP)\n"


def parse(data: bytes) -> Seed | Problem:
    return parse_seed("seeds/x.txt", data, TODAY)


def problem(data: bytes) -> Problem:
    result = parse(data)
    assert isinstance(result, Problem), result
    assert result.path == "seeds/x.txt" and result.hint, result
    assert str(result).startswith("seeds/x.txt")
    return result


def test_good_seed():
    seed = parse(GOOD)
    assert isinstance(seed, Seed)
    assert seed.date == dt.date(2022, 4, 6)
    assert [b.text for b in seed.blocks] == ["NATO ministers met in Brussels on Wednesday.", "They discussed Ukraine."]
    assert seed.credit == "(Image: NATO/AP)"


def test_bom_and_crlf_simply_work_and_do_not_change_the_hash():
    plain = parse(GOOD)
    for variant in (
        b"\xef\xbb\xbf" + GOOD,
        GOOD.replace(b"\n", b"\r\n"),
        b"\xef\xbb\xbf" + GOOD.replace(b"\n", b"\r\n"),
        GOOD.replace(b"\n", b"\r"),
    ):
        seed = parse(variant)
        assert isinstance(seed, Seed), seed
        assert seed.blocks == plain.blocks and seed.sha256 == plain.sha256


@pytest.mark.parametrize(
    "data",
    [
        b"date 2022-04-06\nThe body on the next line.",  # date alone on its line
        "\u00a0date 2022-04-06 Copied with a no-break space.".encode(),
        b"\n\n date 2022-04-06 Blank lines first.",
        b"Date: 2022-04-06 A colon after the word.",
    ],
)
def test_forgiven_header_variants(data):
    assert isinstance(parse(data), Seed)


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "empty"),
        (b"   \n\t\r\n  ", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        ("\ufeff \u00a0\u200b\n".encode(), "empty"),
        (b"NATO ministers met in Brussels.", "no date header"),
        (b" date 2022-02-30 An impossible day.", "impossible"),
        (b" date 2022-13-01 An impossible month.", "impossible"),
        (b" date 06/04/2022 Not ISO.", "not YYYY-MM-DD"),
        (b" date 2099-01-01 Far in the future.", "future"),
        (b" date 1066-10-14 Far in the past.", "implausibly old"),
        (b" date 2022-04-06", "no article text"),
        (b" date 2022-04-06 \n\n(Image: NATO/AP)", "no article text"),
        (b"\x00\x01\x02\x03binary\x00junk" * 100, "binary"),
        (bytes(range(256)) * 20, "binary"),
        (b" date 2022-04-06 Caf\xe9 au lait, in Latin-1.", "not valid UTF-8"),
        (b" date 2022-04-06 " + b"word " * 30_000, "characters long"),
    ],
)
def test_each_bad_seed_gives_one_clear_problem(data, words):
    p = problem(data)
    assert words in p.message, p
    assert p.severity == "error"


def test_invalid_utf8_names_the_line():
    p = problem(b" date 2022-04-06 First line.\n\nSecond \xff line.")
    assert p.line == 3


def test_a_5mb_seed_is_refused_without_reading_it_whole(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b" date 2022-04-06 " + b"All work and no play. " * (5 * 1024 * 1024 // 22))
    assert big.stat().st_size > MAX_SEED_BYTES
    seeds, problems = read_seeds((big,), tmp_path, TODAY)
    assert seeds == () and len(problems) == 1
    assert "MB, over the" in problems[0].message and problems[0].path == "big.txt"
    assert isinstance(parse_seed("x", big.read_bytes(), TODAY), Problem)


def test_future_date_slack():
    assert isinstance(parse_seed("x", b" date 2024-06-03 Embargoed copy.", TODAY), Seed)
    assert isinstance(parse_seed("x", b" date 2024-06-04 A typo.", TODAY), Problem)


def test_same_article_twice_under_two_names(tmp_path):
    (tmp_path / "a.txt").write_bytes(GOOD)
    (tmp_path / "b copy.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.replace(b"\n", b"\r\n"))  # same text, other bytes
    files, _ = list_seed_files(tmp_path)
    seeds, problems = read_seeds(files, tmp_path, TODAY)
    assert [s.path for s in seeds] == ["a.txt"]  # the first by name wins, deterministically
    assert len(problems) == 1 and problems[0].path == "b copy.txt" and "same article as a.txt" in problems[0].message
    assert problems[0].severity == "warning"


def test_file_names_with_spaces_unicode_and_leading_dots(tmp_path):
    (tmp_path / "with spaces.txt").write_bytes(GOOD)
    (tmp_path / "Zürich – 東京.txt").write_bytes(GOOD.replace(b"Ukraine", b"Zurich"))
    (tmp_path / ".hidden.txt").write_bytes(GOOD.replace(b"Ukraine", b"hidden"))
    (tmp_path / "notes.md").write_bytes(b"not a seed")
    (tmp_path / "folder.txt").mkdir()
    files, listing = list_seed_files(tmp_path)
    assert [f.name for f in files] == sorted(["with spaces.txt", "Zürich – 東京.txt"])
    hidden, folder = sorted(listing, key=lambda p: "folder.txt" in p.path)
    assert ".hidden.txt" in hidden.path and "leading dot" in hidden.hint
    assert "folder.txt" in folder.path and "folder" in folder.message  # said, not skipped silently
    seeds, problems = read_seeds(files, tmp_path, TODAY)
    assert [s.path for s in seeds] == sorted(["with spaces.txt", "Zürich – 東京.txt"]) and problems == ()


def test_undecodable_file_name_is_a_problem_not_a_crash(tmp_path):
    name = os.fsdecode(b"caf\xe9.txt")
    try:
        (tmp_path / name).write_bytes(GOOD)
    except (OSError, UnicodeError):
        pytest.skip("this file system refuses non-UTF-8 names")
    files, _ = list_seed_files(tmp_path)
    seeds, problems = read_seeds(files, tmp_path, TODAY)
    assert seeds == () and len(problems) == 1 and "not valid UTF-8" in problems[0].message
    str(problems[0]).encode("utf-8")  # printable


def test_one_bad_seed_never_stops_the_others(tmp_path):
    (tmp_path / "1-good.txt").write_bytes(GOOD)
    (tmp_path / "2-empty.txt").write_bytes(b"")
    (tmp_path / "3-binary.txt").write_bytes(b"\x00" * 100)
    (tmp_path / "4-good.txt").write_bytes(GOOD.replace(b"Ukraine", b"Georgia"))
    files, _ = list_seed_files(tmp_path)
    seeds, problems = read_seeds(files, tmp_path, TODAY)
    assert [s.path for s in seeds] == ["1-good.txt", "4-good.txt"]
    assert sorted(p.path for p in problems) == ["2-empty.txt", "3-binary.txt"]


# ---------------------------------------------------------------------- properties
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_parse_seed_never_raises_on_any_bytes(data):
    result = parse(data)
    assert isinstance(result, (Seed, Problem))
    if isinstance(result, Problem):
        assert result.path == "seeds/x.txt" and result.message


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=500), st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY))
def test_parse_seed_on_any_text_with_a_date(body, date):
    data = f" date {date.isoformat()} {body}".encode()
    result = parse(data)
    assert isinstance(result, (Seed, Problem))
    if isinstance(result, Seed):
        assert result.date == date
        assert all(b.text and b.text == " ".join(b.text.split()) for b in result.blocks)
        # BOM and CRLF never change what is read.
        again = parse(b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n"))
        assert isinstance(again, Seed) and again.blocks == result.blocks and again.sha256 == result.sha256


_sentence = (
    st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=60)
    .map(lambda s: unicodedata.normalize("NFC", " ".join(s.split())))
    .filter(bool)
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_sentence, min_size=1, max_size=6))
def test_paragraphs_round_trip(paragraphs):
    paragraphs = [p + "." for p in paragraphs]
    data = (" date 2022-04-06 " + "\n\n".join(paragraphs)).encode("utf-8")
    seed = parse(data)
    assert isinstance(seed, Seed), seed
    assert [b.text for b in seed.blocks] == paragraphs


def test_long_first_line_is_the_title():
    title = (
        "Department of Defense Press Briefing by Pentagon Chief Spokesperson Jane Roe and Joint Staff Director "
        "Lt. Gen. John Doe Jr. in the Pentagon Briefing Room on the Situation in the Region"
    )
    assert len(title.split()) > 25 and len(title) <= 300
    seed = parse_seed(
        "a.txt", f" date 2018-05-31 {title}\n\nMS. ROE: Good afternoon.".encode(), today=dt.date(2030, 1, 1)
    )
    assert seed.blocks[0] == Block("heading", title)
    later = parse_seed("b.txt", f" date 2018-05-31 Hello.\n\n{title}\n\nMore.".encode(), today=dt.date(2030, 1, 1))
    assert later.blocks[1].kind == "paragraph"  # only the first line gets the longer limit


@given(st.binary(max_size=300) | st.text("ab \n\r\t\f\x0b\x0e\x01\x1f\x7f\x80\ufffdé", max_size=300).map(str.encode))
@settings(max_examples=300, deadline=None)
def test_looks_binary_counts_what_a_loop_over_each_character_counts(data):
    from generator.seeds.reader import _looks_binary

    sample = data[:65536].decode("utf-8", errors="replace")
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    assert _looks_binary(data) == (b"\x00" in data[:65536] or bad > max(8, len(sample) // 50))


def test_a_byline_on_the_first_lines_of_a_paragraph_is_a_block_of_its_own():
    from generator.seeds.reader import split_blocks

    blocks, _ = split_blocks("By Jane Roe\nEastport Press Service\nMarch 3, 2011 - The board met.\n\nMore.")
    assert [b.text for b in blocks] == ["By Jane Roe Eastport Press Service", "March 3, 2011 - The board met.", "More."]
    blocks, _ = split_blocks("By Jane Roe\nEastport Press Service\n\nThe board met.")  # a byline block already
    assert [b.text for b in blocks] == ["By Jane Roe Eastport Press Service", "The board met."]
    blocks, _ = split_blocks("By Sunday Evening\nthe floods had receded from the town.")  # one sentence, wrapped
    assert [b.text for b in blocks] == ["By Sunday Evening the floods had receded from the town."]
    blocks, _ = split_blocks("By Friday morning, three fissures had opened\nin the subdivision.")  # no byline
    assert [b.text for b in blocks] == ["By Friday morning, three fissures had opened in the subdivision."]


def test_a_short_header_line_joined_to_the_next_is_marked_and_a_wrapped_paragraph_is_not():
    from generator.seeds.reader import split_blocks

    header, _ = split_blocks("Minister Hans Vogel\nBerlin, Germany\nMay 2, 2006\n\nMore.")
    assert header[0].text == "Minister Hans Vogel Berlin, Germany May 2, 2006"
    assert [header[0].text[b + 1 :][:6] for b in header[0].breaks] == ["Berlin", "May 2,"]
    wrapped = (
        "The transport minister, who has long argued for a new crossing, said that Hans\n"
        "Vogel would lead the project, and the city would pay for it, officials said."
    )
    assert split_blocks(wrapped)[0][0].breaks == ()


def test_transcript_turns_on_single_line_ends_are_paragraphs_and_wrapped_text_is_not_cut():
    from generator.seeds.reader import split_blocks

    body = (
        "Office of the Spokesperson\n"
        "10:05 A.M. EDT\n"
        "MS. ROE: Good morning. Two things at the top.\n"
        "The minister travels to Accra on Monday.\n"
        "Q Can you say who she will meet --\n"
        "MS. ROE: No --\n"
        "Q Or where?\n"
        "MS. ROE: Not yet. We will have more tomorrow."
    )
    blocks, _ = split_blocks(body)
    assert [b.text for b in blocks] == [
        "Office of the Spokesperson 10:05 A.M. EDT",
        "MS. ROE: Good morning. Two things at the top.",
        "The minister travels to Accra on Monday.",
        "Q Can you say who she will meet --",
        "MS. ROE: No --",
        "Q Or where?",
        "MS. ROE: Not yet. We will have more tomorrow.",
    ]
    assert [b.kind for b in blocks][1:] == ["paragraph"] * 6  # a turn broken off ('No --') is no subheading
    wrapped = "The council said the vote would be held after the\nREFORM ACT: its first reading in the chamber."
    assert [b.text for b in split_blocks(wrapped)[0]] == [" ".join(wrapped.split())]  # mid-sentence: no turn
