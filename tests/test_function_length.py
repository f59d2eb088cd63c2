"""No function of ``generator/`` is longer than ``LIMIT`` lines, but those already so, each no longer
than it is listed at: a list that can only shrink. Split a long function into named steps and take it
off the list; a new function over the limit, or a listed one grown, fails here (split it instead of
listing it or raising its number)."""

import ast
from pathlib import Path

import pytest

GENERATOR = Path(__file__).resolve().parent.parent / "generator"
LIMIT = 60  # lines from a function's ``def`` to its last line, docstring and comments included

# path (under generator/) :: qualified name -> the most lines it may have. Only ever remove a line or
# lower a number.
LONG: dict[str, int] = {}


def long_functions(root: Path, limit: int) -> dict[str, int]:
    """Each function (methods and nested ones too) of the .py files under ``root`` longer than
    ``limit`` lines: 'path::qualified.name' -> its length."""
    out: dict[str, int] = {}
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for name, size in _sizes(tree, ""):
            if size > limit:
                out[f"{path.relative_to(root).as_posix()}::{name}"] = size
    return out


def _sizes(node: ast.AST, prefix: str):
    """(qualified name, lines) of each function under ``node``."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            name = f"{prefix}{child.name}"
            if not isinstance(child, ast.ClassDef):
                yield name, (child.end_lineno or child.lineno) - child.lineno + 1
            yield from _sizes(child, f"{name}.")
        else:
            yield from _sizes(child, prefix)


@pytest.fixture(scope="module")
def found() -> dict[str, int]:
    return long_functions(GENERATOR, LIMIT)


def test_no_new_function_over_the_limit(found):
    new = {k: v for k, v in found.items() if k not in LONG}
    assert not new, f"functions over {LIMIT} lines (split them into named steps): {new}"


def test_no_listed_function_grows(found):
    grown = {k: (LONG[k], v) for k, v in found.items() if k in LONG and v > LONG[k]}
    assert not grown, f"listed long functions grown (listed, now; split them instead): {grown}"


def test_the_list_of_long_functions_only_shrinks(found):
    stale = sorted(set(LONG) - set(found))
    assert not stale, f"no longer over {LIMIT} lines (take them off LONG): {stale}"


def test_long_functions_measures_from_def_to_the_last_line(tmp_path):
    body = "\n".join(f"        x{i} = {i}" for i in range(5))
    (tmp_path / "m.py").write_text(f"def short():\n    pass\n\n\nclass C:\n    def long(self):\n{body}\n")
    assert long_functions(tmp_path, 5) == {"m.py::C.long": 6}
