"""The switch that turns the fast paths off, so each can be checked and timed against its reference.

``TIMELINE_REFERENCE`` (read once per process, at the first ``enabled`` call) is ``all`` or a comma
list of the names below; each named fast path is off and its reference, the maintained library,
runs instead:

- ``workers``: work shared over the cores by ``core.workers``' own fork pool (this process works
  too, children take chunks from a shared counter). Reference:
  ``concurrent.futures.ProcessPoolExecutor`` with the fork start method; same results, same order.
- ``sandbox``: in Jinja's sandbox, an attribute of one of the generator's own view dataclasses
  (``render/context.py``: data only) that does not start with ``_`` is read directly, without the
  sandbox's per-access checks, which would allow it anyway. Reference: Jinja's
  ``SandboxedEnvironment.getattr`` for every attribute.
- ``shipped``: a theme the generator ships (default, broadsheet; no folder of the project in its
  chain) renders in Jinja's full environment, outside the sandbox: its templates are the
  generator's own code. A project's theme, a copy of a shipped one included, stays sandboxed.
  Reference: the sandbox (with the ``sandbox`` fast path unless that is named too). The same bytes
  (``tests/test_fastpaths.py``); the shipped themes are still built in the sandbox by the tests, so
  a copy of them keeps working there. Measured 2026-12-05 (every page and feed of the bench corpus,
  one process, CPU, alternated): 10,000 entries 9.47-10.52 s against 10.98-11.54 s (1.07x, about
  0.75 s or 3.5% of a clean build); 2,000 entries 1.90-2.19 s against 1.97-2.35 s. Under the 1.15x
  and 5% bar below for code of ours; kept because it is no code of ours (Jinja's own environment, one
  condition), and the sandbox guards against a theme's code, which a shipped theme is not.
- ``statictrans``: ``_("words")``, ``_("words %(name)s", name=value)`` and ``pgettext("context",
  "words")`` in a template are translated when the template compiles (``render/statictrans.py``;
  the values are still formatted into the translation, escaped, at render time). Reference: Jinja's
  i18n extension, gettext at render time.
- ``yamlnodes``: an entry's front matter is parsed by PyYAML's C parser into nodes, which
  ``content/yamlio._Values`` turns into values (text, nulls, dates under ``date``/``end_date``),
  declining anything else. Reference: PyYAML's ``SafeConstructor`` with the core-schema resolver,
  then every scalar not under a typed key replaced by its text (``yamlio._reference_load``).
  Measured 2026-12-05 (figures next to the code): 1.8x on its stage on 2,014 real entries, 0.26 s
  (about 4% of a clean build's CPU); 1.2 s (about 8%) at the 10,000 bench entries.

- ``gemm``: the spaCy model's matrix products (its tok2vec layers, the parser's and NER's input
  layer) by numpy's ``matmul`` (OpenBLAS, one thread) instead of ``blis`` (``annotate/nlp.use_blis``).
  Reference: blis, thinc's default. The float bits differ; the analyses of the 133 real texts do not
  (entities, tags, arcs), nor the content folder written from them (``bench/same_output.py``).
  Measured 2026-12-05: annotation of the 133 texts 6,223 -> 8,876 words per CPU-second one by one
  (1.43x, ``bench/annotate_ab.py``).
- ``maxout``: the spaCy model's maxout layers (the largest of each unit's pieces) by numpy's
  ``maximum`` (``annotate/nlp.maxout_ops``), inference only. Reference: thinc's ``cpu_maxout`` loop.
  The same bits (the maximum of floats is exact). Measured 2026-12-05: annotation of the 133 texts,
  16 a call, 12,642 -> 14,152 words per CPU-second (1.12x, ``bench/annotate_ab.py``).
- ``cyaml``: YAML written by libyaml's emitter (PyYAML's ``CSafeDumper``) when the data is of the
  kind it writes byte for byte as PyYAML's pure-Python emitter does (``content/yamlio._same_in_c``:
  short keys, no control characters, line breaks, tabs or characters past the BMP); else, and with
  the switch, PyYAML's emitter. Measured 2026-12-05: new entries' text 4.3x (see ``_same_in_c``).
- ``embed``: the spaCy model's embedding stage (a token's hashed attributes mixed into its vector,
  before any context) worked out once a process per set of attributes and kept
  (``annotate/nlp.keep_embeddings``); only with ``gemm`` on (its rows' bits are checked for numpy's
  products). Reference: the model's own stage for every token. The same bits (tests/test_fastpaths.py).
  Measured 2026-12-06: the stage 3.7-4x; annotation of 320 raw bench articles 1.10x (``keep_embeddings``).

The sandbox's fast path also calls a template's own macros without its per-call checks
(``theme._ViewSandbox.call``).

Unset or empty: every fast path on. An unknown name is an error (a typo would silently measure
the fast path). ``bench/fastpaths.py`` (run by ``make bench``) times each against its reference on
real annotated entries; a fast path stays only if it is at least 1.15x on its own stage and saves at
least 5% of a clean build. Two did not and were removed (2026-12-05, figures in bench/README.md):
``yaml`` (a pure-Python reader of the front matter ``dump_yaml`` writes, before PyYAML's C loader)
and ``escape`` (Jinja's private ``Template._from_namespace`` overridden to escape with markupsafe's
private ``_escape_inner``).
"""

from __future__ import annotations

import os

NAMES = ("workers", "sandbox", "shipped", "statictrans", "yamlnodes", "gemm", "maxout", "cyaml", "embed")
REMOVED = ("yaml", "escape")  # measured and removed: naming them turns nothing off (the reference is the only path)
VARIABLE = "TIMELINE_REFERENCE"

_off: frozenset[str] | None = None


def parse(value: str) -> frozenset[str]:
    """The names a ``TIMELINE_REFERENCE`` value turns off. Raises ValueError for an unknown name."""
    names = {part.strip().lower() for part in value.split(",") if part.strip()}
    if "all" in names:
        return frozenset(NAMES)
    unknown = sorted(names - set(NAMES) - set(REMOVED))
    if unknown:
        raise ValueError(f"{VARIABLE}: unknown fast path {', '.join(unknown)} (known: all, {', '.join(NAMES)})")
    return frozenset(names & set(NAMES))


def enabled(name: str) -> bool:
    """Whether the fast path ``name`` runs in this process (``TIMELINE_REFERENCE`` does not name it)."""
    global _off
    if name not in NAMES:
        raise ValueError(f"unknown fast path {name!r}")
    if _off is None:
        _off = parse(os.environ.get(VARIABLE, ""))
    return name not in _off


def reset() -> None:
    """Read ``TIMELINE_REFERENCE`` again at the next ``enabled`` call (tests and the benchmark)."""
    global _off
    _off = None
