"""Stage 1, seeds: read seed articles (`` date YYYY-MM-DD `` then the body) into frozen ``Seed`` values.

``parse_seed`` is pure (bytes in, Seed or Problem out); ``read_seeds`` is the disk edge. Every
problem names the file and the fix, and one bad seed never stops the others.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import re
import stat
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, replace
from pathlib import Path

from generator.core.errors import Problem
from generator.core.text import describe

MAX_SEED_BYTES = 2 * 1024 * 1024
MAX_BLOCK_CHARS = 100_000  # one paragraph; spaCy refuses texts over 1,000,000 characters
MAX_TITLE_CHARS = 300  # a first line without final punctuation up to this long is the title
# spaCy's tokenizer strips punctuation off the ends of a space-free run one character at a time,
# rescanning the run each time: a run with N such characters at its ends costs about N times its
# length (measured: '$' * 4000 takes 5 s, '[' * 60000 over 500 s; URLs and 'a.b.c' are linear). A
# seed whose runs cost more than this in all is refused at once: about 1.5 s of tokenizing at most.
MAX_RUN_COST = 4_000_000
FUTURE_SLACK_DAYS = 2  # time zones and embargoed copy; anything later is a typo

# `` date 2022-04-06 `` then the body, on the same line or the next. Leading blank lines, a
# no-break or zero-width space and a colon after "date" are forgiven (copy-paste puts them there).
_HEADER = re.compile(r"\A[\s\ufeff\u200b]*date:?[^\S\n]+(\S+)(?=\s|\Z)", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# Where the article comes from: optional lines right after the date, one field each, in any order.
SOURCE_FIELDS = ("url", "outlet", "author", "title")
_SOURCE_LINE = re.compile(r"[^\S\n]*(url|outlet|author|title)[^\S\n]*:[^\S\n]*(.*?)[^\S\n]*(?:\n|\Z)", re.IGNORECASE)
_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$", re.IGNORECASE)
_CREDIT = re.compile(
    r"^\(\s*(?:image|images|photo|photos|picture|pictures|credit|credits|photo credit|source|video)s?\s*:[^()]*\)$",
    re.IGNORECASE,
)
# Bylines and credit lines of wire copy: not part of the story (no actors, quotes or events).
_BYLINE_RX = re.compile(
    r"^\(?\s*(?:By [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*| and| &|,| [|—–-]){1,12}"
    r"(?:,? (?:The )?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})?"
    r"|(?:(?:Additional )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ff]iled|[Ww]ritten) by\b[^\n]*"
    r"|(?:Story|Article|Text|Words|Photos?|Video) by [A-Z][^\n]{0,80}"  # 'Story by Sgt. Ann Roe' (military papers)
    r"|[^.\n]{0,120}\bcontributed(?: reporting| to this (?:report|story)| to this article)?)[.)\s]*$"
)
_TRAILER = re.compile(r"\s+(\((?:(?:Additional )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by [^()]*\))\s*$")


def is_byline(text: str) -> bool:
    """'By Jane Doe and John Roe, Associated Press', 'Reporting by X; Editing by Y', '(Reporting by ...)'."""
    t = " ".join(text.split())
    return len(t.split()) <= 30 and bool(_BYLINE_RX.match(t))


# What NOT_XML (core/text.py) has but the whitespace that splitting lines turns into spaces.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1b\ufffe\uffff]")
_LONG_RUN = re.compile(r"\S{20,}")
_EDGE_START = re.compile(r"[\W_]*")
_EDGE_END = re.compile(r"[\W_]*\Z")
_FINAL = re.compile(r"[.!?:;…\"”’')\]]$")


@dataclass(frozen=True)
class Block:
    """A paragraph or a subheading of an article."""

    kind: str  # "paragraph" or "heading"
    text: str
    # Where a short line was joined to the next (the joining space's offset in ``text``): 'Secretary
    # Jane Roe' above 'Lima, Peru' ended on purpose, and no name runs on over it (``nlp.cut_at_breaks``).
    breaks: tuple[int, ...] = ()


@dataclass(frozen=True)
class Seed:
    """One article as read from seeds/, before annotation."""

    path: str  # as given (relative to the project root when it is inside it)
    date: dt.date
    blocks: tuple[Block, ...]
    credit: str  # "(Image: NATO/AP)", or ""
    sha256: str  # of the normalised text: a BOM or CRLF alone does not count as a change
    url: str = ""  # where the article comes from (the header lines after the date), each may be ""
    outlet: str = ""
    author: str = ""
    title: str = ""  # the article's own headline: the entry's title instead of the annotator's

    @property
    def text(self) -> str:
        """The article body, blocks separated by blank lines (no credit)."""
        return "\n\n".join(b.text for b in self.blocks)

    @property
    def words(self) -> int:
        return sum(len(b.text.split()) for b in self.blocks)


def normalise_text(data: bytes) -> str:
    """Decode UTF-8 (a BOM allowed), unify line ends and Unicode form. Raises UnicodeDecodeError."""
    text = data.decode("utf-8-sig")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


# A control character other than a line end, tab or form feed, or a byte that is not UTF-8.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffd]")


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data[:65536]:
        return True
    sample = data[:65536].decode("utf-8", errors="replace")
    bad = len(_NOT_TEXT.findall(sample))  # one regex pass, not a Python loop over each character
    return bad > max(8, len(sample) // 50)


_SHORT_LINE = 45  # characters: a line this short, in a block of joined lines, ended on purpose


def _line_ends(lines: list[str]) -> tuple[int, ...]:
    """The offsets, in the lines joined by spaces, of the joins after a short line followed by one
    that opens with a capital or a digit: a header's lines ('Secretary Jane Roe' / 'Lima, Peru' /
    'May 2, 2006'), not a hard-wrapped paragraph's, whose lines but the last run to its width."""
    ends, at = [], 0
    for line, nxt in zip(lines, lines[1:]):
        at += len(line)
        if len(line) <= _SHORT_LINE and (nxt[:1].isupper() or nxt[:1].isdigit()):
            ends.append(at)
        at += 1
    return tuple(ends)


def _byline_lines(lines: list[str]) -> int:
    """How many of a block's first lines are a byline with its outlet's line ('By Jane Roe' / 'Press
    Service') before the story's text on the next line: 0 when the first line is no byline, nothing
    follows it or the next line goes on in lower case (a sentence opening 'By Sunday Evening')."""
    if len(lines) < 2 or not is_byline(lines[0]) or _FINAL.search(lines[0]) or is_byline(" ".join(lines)):
        return 0  # (a byline on lines of its own is a block already)
    n = 1
    while n < len(lines) - 1 and len(lines[n]) <= _SHORT_LINE and not _FINAL.search(lines[n]):
        if not is_byline(f"{lines[0]} {lines[n]}") or any(c.isdigit() for c in lines[n]):
            break
        n += 1
    return 0 if lines[n][:1].islower() else n  # 'By Sunday evening' / 'the floods had receded': one sentence


# A transcript's turn opening a line: 'MR. GIBBS: ...', 'SECRETARY KERRY (via interpreter): ...', 'Q ...' / 'Q: ...'.
_TURN_START = re.compile(r"(?:(?:[A-Z][A-Z.'’-]+ ){0,5}[A-Z][A-Z.'’-]+(?: \([^()]{2,30}\))?:|Q[.:]?) +\S")
# How a turn ends on its line: a sentence's end, or speech broken off ('-- ', '—', '...').
_TURN_END = re.compile(r"(?:[.!?:;…\"”’')\]]|--|[—–]|\.\.\.)$")


def _turns(lines: list[str]) -> list[list[str]]:
    """A block's lines cut before each line that opens a transcript's turn ('MR. GIBBS: ...', 'Q ...')
    after a line that ends a sentence, breaks off or is short (a header's: '2:15 P.M. EDT'): web
    transcripts often put single line ends between the turns, and a turn is the speaker's paragraph.
    Other lines stay with the line before them."""
    groups: list[list[str]] = [lines[:1]]
    for prev, line in zip(lines, lines[1:]):
        if (_TURN_END.search(prev) or len(prev) <= _SHORT_LINE) and _TURN_START.match(line):
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def split_blocks(body: str) -> tuple[tuple[Block, ...], str]:
    """Paragraphs (blank-line separated), subheadings (a lone line without final punctuation) and
    a trailing picture credit."""
    raw = [b.strip() for b in re.split(r"\n[ \t]*\n", body) if b.strip()]
    credit = ""
    if raw and _CREDIT.match(" ".join(raw[-1].split())):
        credit = " ".join(raw.pop().split())
    blocks: list[Block] = []
    parts_all: list[tuple[str, tuple[int, ...]]] = []
    chunks = ["\n".join(t) for c in raw for t in _turns([" ".join(ln.split()) for ln in c.split("\n") if ln.strip()])]
    for chunk in chunks:
        lines = [" ".join(line.split()) for line in chunk.split("\n") if line.strip()]
        byline = _byline_lines(lines)
        if byline:  # 'By Jane Roe' / 'Press Service' / 'Aug. 12, 2010 - ...': the credit is no part of the lead
            parts_all.append((" ".join(lines[:byline]), _line_ends(lines[:byline])))
            lines = lines[byline:]
        # Hard-wrapped text is joined; lines that each end a sentence stay paragraphs of their own.
        ends: tuple[int, ...] = ()
        if len(lines) > 1 and all(_FINAL.search(line) for line in lines[:-1]):
            parts = lines
        else:
            parts, ends = [" ".join(lines)], _line_ends(lines)
        for part in parts:  # '... said. (Reporting by X; Editing by Y)': the trailer is a block of its own
            m = _TRAILER.search(part)
            if m and m.start() > 0:
                parts_all.extend([(part[: m.start()], tuple(b for b in ends if b < m.start())), (m[1], ())])
            else:
                parts_all.append((part, ends))
    for i, (part, breaks) in enumerate(parts_all):
        # The first line may be a long title (a transcript's or a release's): no word limit there.
        limit = (MAX_TITLE_CHARS, 10**6) if i == 0 and len(parts_all) > 1 else (200, 25)
        is_heading = (
            not _TURN_END.search(part)  # 'Q You said he'll deliver remarks or --': a turn broken off
            and len(part) <= limit[0]
            and len(part.split()) <= limit[1]
        )
        blocks.append(Block("heading" if is_heading else "paragraph", part, breaks))
    return tuple(blocks), credit


def _too_big(path: str, size: int) -> Problem:
    return Problem(
        path,
        None,
        f"seed is {size / 1048576:.1f} MB, over the {MAX_SEED_BYTES // 1048576} MB limit",
        "split it into separate articles, one per file",
    )


def parse_seed(path: str, data: bytes, today: dt.date | None = None) -> Seed | Problem:
    """Parse one seed file's bytes. Returns the Seed, or a Problem saying what is wrong and how to fix it."""
    text = _seed_text(path, data)
    if isinstance(text, Problem):
        return text
    dated = _publication_date(path, text, today)
    if isinstance(dated, Problem):
        return dated
    date, header_end = dated
    source, start = read_source_lines(text, header_end)
    if isinstance(source, Problem):
        return replace(source, path=path)
    body = _article_blocks(path, text, start)
    if isinstance(body, Problem):
        return body
    blocks, credit = body
    sha = hashlib.sha256(text.strip().encode("utf-8")).hexdigest()
    return Seed(path=path, date=date, blocks=blocks, credit=credit, sha256=sha, **source)


def _seed_text(path: str, data: bytes) -> str | Problem:
    """The seed's text, normalised; a Problem when it is too big, empty, binary, not UTF-8, or holds an
    invisible control character."""
    if len(data) > MAX_SEED_BYTES:
        return _too_big(path, len(data))
    empty = Problem(
        path, None, "seed is empty", "put ' date YYYY-MM-DD' and the article text in it, or delete the file"
    )
    if not data.strip():
        return empty
    if _looks_binary(data):
        return Problem(path, None, "seed is not text (binary data)", "save the article as plain UTF-8 text")
    try:
        text = normalise_text(data)
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        return Problem(
            path,
            line,
            f"seed is not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})",
            "re-save the file as UTF-8",
        )
    if not text.replace("\ufeff", "").replace("\u200b", "").strip():
        return empty  # a BOM, or Unicode spaces, and nothing else
    invisible = _INVISIBLE.search(text)
    if invisible:
        return Problem(
            path,
            text.count("\n", 0, invisible.start()) + 1,
            f"seed has the invisible character {describe(invisible.group())}",
            "delete it and save the file again; text copied from a terminal or an old document carries such codes",
        )
    return text


def _publication_date(path: str, text: str, today: dt.date | None) -> tuple[dt.date, int] | Problem:
    """(the date of the text's date header, where the header ends); a Problem when there is none, or it is
    not YYYY-MM-DD, impossible, in the future or implausibly old."""
    header = _HEADER.match(text)
    if not header:
        return Problem(
            path, 1, "seed has no date header", "start the file with ' date YYYY-MM-DD' then the article text"
        )
    raw_date = header.group(1)
    m = _ISO.match(raw_date)
    if not m:
        return Problem(
            path, 1, f"seed date {raw_date!r} is not YYYY-MM-DD", "write the publication date as e.g. 2022-04-06"
        )
    try:
        date = dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as err:
        return Problem(path, 1, f"seed date {raw_date} is impossible ({err})", "correct the publication date")
    today = today or dt.date.today()
    if date > today + dt.timedelta(days=FUTURE_SLACK_DAYS):
        return Problem(path, 1, f"seed date {raw_date} is in the future", "correct the publication date")
    if date.year < 1800:
        return Problem(path, 1, f"seed date {raw_date} is implausibly old", "correct the publication date")
    return date, header.end()


def _article_blocks(path: str, text: str, start: int) -> tuple[tuple[Block, ...], str] | Problem:
    """(the article's blocks from ``start``, its credit line); a Problem when no block is a paragraph, one is
    over MAX_BLOCK_CHARS, or a run of text would be too slow to annotate."""
    blocks, credit = split_blocks(text[start:])
    if not any(b.kind == "paragraph" for b in blocks):
        return Problem(path, 1, "seed has a date but no article text", "add the article text after the date")
    longest = max(blocks, key=lambda b: len(b.text))
    if len(longest.text) > MAX_BLOCK_CHARS:
        at = text[: text.find(longest.text[:80])].count("\n") + 1 if longest.text[:80] in text else None
        return Problem(
            path,
            at,
            f"a paragraph is {len(longest.text):,} characters long, over the {MAX_BLOCK_CHARS:,} limit",
            "separate the paragraphs with blank lines (is this a scraped page without line ends?)",
        )
    slow = _slow_runs(text, blocks)
    if slow is not None:
        return replace(slow, path=path)
    return blocks, credit


def read_source_lines(text: str, at: int) -> tuple[dict[str, str] | Problem, int]:
    """The ``url:``, ``outlet:``, ``author:`` and ``title:`` lines starting on the line after ``at``
    (the end of the date), and where the article starts after them. A Problem (its path left
    blank) for a field given twice or a URL that is not http(s)."""
    nl = text.find("\n", at)
    if nl < 0 or text[at:nl].strip():  # the article starts on the date's line: no header lines
        return {}, at
    fields: dict[str, str] = {}
    pos = nl + 1
    while m := _SOURCE_LINE.match(text, pos):
        key, value = m[1].lower(), " ".join(m[2].split())
        line = text.count("\n", 0, pos) + 1
        if key in fields:
            return Problem("", line, f"seed gives '{key}:' twice", f"keep one '{key}:' line"), pos
        if key == "url" and value and not _URL.match(value):
            return Problem("", line, f"seed url {value!r} is not a web address", "write it as https://..."), pos
        fields[key] = value
        pos = m.end()
    return fields, pos if fields else at


def _slow_runs(text: str, blocks: tuple[Block, ...]) -> Problem | None:
    """A Problem (its path left blank) when the seed's space-free runs of punctuation would take the
    tokenizer too long (see MAX_RUN_COST); None for everything people write, URLs included."""
    total, worst, worst_cost, count = 0, "", 0, 0
    for block in blocks:
        for m in _LONG_RUN.finditer(block.text):
            run = m.group()
            start = _EDGE_START.match(run)
            end = _EDGE_END.search(run)
            edge = min(len(run), (start.end() if start else 0) + (len(run) - end.start() if end else 0))
            if edge < 10:
                continue
            cost = edge * len(run)
            total += cost
            count += 1
            if cost > worst_cost:
                worst, worst_cost = run, cost
    if total <= MAX_RUN_COST:
        return None
    at = text.find(worst)
    more = f" (and {count - 1:,} more like it)" if count > 1 else ""
    return Problem(
        "",
        text.count("\n", 0, at) + 1 if at >= 0 else None,
        f"a run of {len(worst):,} characters without a space ({worst[:12]!r}...){more} is too slow to annotate",
        "delete it, or put spaces in it (is it markup, a separator or a data dump?)",
    )


def list_seed_files(folder: Path) -> tuple[tuple[Path, ...], tuple[Problem, ...]]:
    """The seed files of a folder (``*.txt``, sorted by name), and problems for files passed over."""
    if not folder.is_dir():
        return (), ()
    files, problems = [], []
    for p in sorted(folder.iterdir(), key=lambda p: p.name):
        if p.suffix.lower() != ".txt":
            continue
        not_a_file = _not_a_file(p)
        if not_a_file is not None:
            if not p.name.startswith("."):
                shown = f"{display_path(folder, folder.parent)}/{p.name}"  # the link, not where it leads
                problems.append(Problem(shown, None, *not_a_file))
            continue
        if p.name.startswith("."):
            problems.append(
                Problem(
                    display_path(p, folder.parent),
                    None,
                    "hidden seed file skipped",
                    "rename it without the leading dot to use it",
                    severity="warning",
                )
            )
            continue
        files.append(p)
    return tuple(files), tuple(problems)


def _not_a_file(path: Path) -> tuple[str, str] | None:
    """(message, hint) when a seed's name is not a regular file to read (opening a FIFO would wait
    for a writer forever); None when it is one."""
    try:
        mode = path.stat().st_mode
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "seed is a link that leads back to itself; skipped", "replace the link with the file it should name"
        if path.is_symlink():
            return "seed is a link to a file that does not exist; skipped", "delete the link or restore its file"
        return f"cannot read seed: {err.strerror}; skipped", "check the file's permissions"
    if stat.S_ISDIR(mode):
        return "a folder is named like a seed; skipped", "rename the folder without '.txt', or move its seeds up"
    if not stat.S_ISREG(mode):
        return "seed is not a regular file (a pipe, socket or device); skipped", "put the article in a plain file"
    return None


def read_seeds(
    paths: tuple[Path, ...], root: Path, today: dt.date | None = None, known: Collection[str] = ()
) -> tuple[tuple[Seed, ...], tuple[Problem, ...]]:
    """Read and parse seed files. Two files with the same article: the one there first is kept, the
    one an entry already names (``known``: the seed paths of content/), else the first by name."""
    parsed: list[Seed] = []
    problems: list[Problem] = []
    for path in paths:
        result = _read_seed(path, root, today)
        if isinstance(result, Problem):
            problems.append(result)
        else:
            parsed.append(result)
    kept: dict[str, Seed] = {}
    for seed in parsed:
        first = kept.get(seed.sha256)
        if first is None or (seed.path in known and first.path not in known):
            kept[seed.sha256] = seed
    seeds = []
    for seed in parsed:
        first = kept[seed.sha256]
        if first is seed:
            seeds.append(seed)
            continue
        problems.append(
            Problem(
                seed.path,
                None,
                f"same article as {first.path}; skipped",
                "delete one of the two files",
                severity="warning",
            )
        )
    return tuple(seeds), tuple(problems)


def _read_seed(path: Path, root: Path, today: dt.date | None) -> Seed | Problem:
    shown = display_path(path, root)
    try:
        shown.encode("utf-8")
    except UnicodeEncodeError:  # an undecodable byte in the name: it could not be stored in an entry
        return Problem(
            shown.encode("utf-8", "backslashreplace").decode("ascii", "replace"),
            None,
            "seed file name is not valid UTF-8",
            "rename the file",
        )
    try:
        size = path.stat().st_size
        if size > MAX_SEED_BYTES:  # said without reading it all into memory
            return _too_big(shown, size)
        data = path.read_bytes()
    except OSError as err:
        return Problem(shown, None, f"cannot read seed: {err.strerror}", "check the file's permissions")
    return parse_seed(shown, data, today)


def display_path(path: Path, root: Path) -> str:
    """A path as shown to people and stored in entries: relative to the project root when inside it."""
    try:
        resolved = path.resolve()
    except (RuntimeError, OSError):  # a link loop: the link itself is what to name
        resolved = path.parent.resolve() / path.name
    try:
        return resolved.relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
