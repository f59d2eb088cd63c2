"""Checks of a built site's JSON exports, for tests/test_exports.py and tests/test_site_checks.py.

- ``schema_problems``: each export against the JSON Schema it names in "$schema" (the file the
  site ships under data/schema/), with the ``jsonschema`` package (draft 2020-12);
- ``consistency_problems``: the exports against each other (every event in one happening, every
  report an event, every slide a happening, every actor listed);
- ``timelinejs_problems``: timeline.json loaded into TimelineJS3 in Chromium from file://
  (tests/tools/timelinejs.mjs): no error, one slide per happening, each headline its happening's
  line and each date its happening's date as people write it.

Each returns a list of readable problems: empty means the check passed.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
from pathlib import Path

import browser_harness as bh
from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

from generator.render.exports import when
from generator.render.formatting import Formatter

EXPORTS = ("timeline.json", "data/entries.json", "data/happenings.json", "data/actors.json")


def load_exports(site: Path) -> dict[str, dict]:
    return {rel: json.loads((site / rel).read_text("utf-8")) for rel in EXPORTS}


def _schema_of(site: Path, rel: str, doc: dict) -> tuple[dict | None, str]:
    """The schema a document names in "$schema", read from the site folder; or a problem."""
    url = doc.get("$schema") if isinstance(doc, dict) else None
    if not isinstance(url, str) or "data/schema/" not in url:
        return None, f'{rel}: no "$schema" naming a file under data/schema/ (found {url!r})'
    local = site / url[url.index("data/schema/") :]
    if not local.is_file():
        return None, f"{rel}: its $schema {url} is not in the site ({local.relative_to(site)} missing)"
    return json.loads(local.read_text("utf-8")), ""


def schema_problems(site: Path, docs: dict[str, dict] | None = None) -> list[str]:
    """Each export (or each of ``docs``, rel path -> parsed JSON) against the schema it names."""
    docs = load_exports(site) if docs is None else docs
    problems = []
    for rel, doc in docs.items():
        schema, problem = _schema_of(site, rel, doc)
        if schema is None:
            problems.append(problem)
            continue
        try:
            Draft202012Validator.check_schema(schema)
        except SchemaError as e:
            problems.append(f"{rel}: its schema is not a valid draft 2020-12 schema: {e.message}")
            continue
        if schema.get("$id") != doc.get("$schema"):
            problems.append(f"{rel}: $schema {doc.get('$schema')} is not its schema's $id {schema.get('$id')}")
        errors = sorted(Draft202012Validator(schema).iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
        for e in errors[:20]:
            where = "/".join(map(str, e.absolute_path)) or "(root)"
            problems.append(f"{rel}: {where}: {e.message[:300]}")
        if len(errors) > 20:
            problems.append(f"{rel}: ... and {len(errors) - 20} more schema errors")
    return problems


def consistency_problems(docs: dict[str, dict]) -> list[str]:
    """What no schema can say: the files agree with each other."""
    problems: list[str] = []
    entries = docs["data/entries.json"]["entries"]
    happenings = docs["data/happenings.json"]["happenings"]
    actors = {a["slug"] for a in docs["data/actors.json"]["actors"]}
    events: dict[str, tuple[str, dict]] = {}
    for e in entries:
        for ev in e["events"]:
            if ev["id"] in events:
                problems.append(f"event id {ev['id']} twice (entries {events[ev['id']][0]} and {e['slug']})")
            events[ev["id"]] = (e["slug"], ev)
        named = set(e["actors"]) | {s for ev in e["events"] for s in ev["actors"]}
        named |= {q["speaker"] for q in e["quotes"] if q["speaker"]}
        problems += [f"entry {e['slug']}: actor {s} is not in data/actors.json" for s in sorted(named - actors)]
    by_id = {h["id"]: h for h in happenings}
    if len(by_id) != len(happenings):
        problems.append("two happenings share an id")
    reported: dict[str, str] = {}
    for h in happenings:
        for r in h["reports"]:
            if r["event"] not in events:
                problems.append(f"happening {h['id']}: report {r['event']} is no event of data/entries.json")
                continue
            slug, ev = events[r["event"]]
            if slug != r["entry"] or ev["happening"] != h["id"]:
                problems.append(
                    f"happening {h['id']}: report {r['event']} is of {slug}, in happening {ev['happening']}"
                )
            if r["event"] in reported:
                problems.append(f"event {r['event']} reports two happenings ({reported[r['event']]}, {h['id']})")
            reported[r["event"]] = h["id"]
        if h["dates_differ"] != bool(h["dates"]):
            problems.append(f"happening {h['id']}: dates_differ is {h['dates_differ']} with dates {h['dates']}")
        problems += [f"happening {h['id']}: actor {s} is not in data/actors.json" for s in set(h["actors"]) - actors]
    problems += [f"event {i} is in no happening" for i in sorted(set(events) - set(reported))]
    slides = docs["timeline.json"]["events"]
    if [s["unique_id"] for s in slides] != [h["id"] for h in happenings]:
        problems.append(
            f"timeline.json: {len(slides)} slides, {len(happenings)} happenings: not one slide per happening, in order"
        )
    for s in slides:
        h = by_id.get(s["unique_id"])
        if h and s["text"]["headline"] != html.escape(h["line"]):
            problems.append(
                f"timeline.json: slide {s['unique_id']}: headline {s['text']['headline']!r} is not its line"
            )
    return problems


def site_language(site: Path) -> str:
    m = re.search(r'<html\b[^>]*\blang="([^"]+)"', (site / "index.html").read_text("utf-8"))
    return m.group(1) if m else "en"


def timelinejs_problems(site: Path) -> tuple[list[str], dict]:
    """timeline.json in TimelineJS3 (Chromium, file://), against data/happenings.json."""
    r = subprocess.run(
        ["node", str(bh.TOOLS / "timelinejs.mjs"), str(site)], capture_output=True, text=True, timeout=900, cwd=bh.TOOLS
    )
    if r.returncode != 0:
        raise RuntimeError(f"timelinejs.mjs failed (exit {r.returncode}):\n{r.stderr[-3000:]}")
    res = json.loads(r.stdout)
    happenings = json.loads((site / "data" / "happenings.json").read_text("utf-8"))["happenings"]
    fmt = Formatter(site_language(site))
    want = {h["id"]: (h["line"], when(fmt, h["date"], h["precision"], h["end_date"])) for h in happenings}
    problems = [f"TimelineJS: {e}" for e in res["errors"]]
    problems += [f"TimelineJS asked for {u} (blocked: a timeline must load from file://)" for u in res["requests"]]
    slides = res["slides"]
    if len(slides) != len(happenings):
        problems.append(f"{len(slides)} slides for {len(happenings)} happenings")
    if res["markers"] != len(happenings):
        problems.append(f"{res['markers']} markers on the time axis for {len(happenings)} happenings")
    ids = [s["id"] for s in slides]
    if sorted(ids) != sorted(want):
        problems.append(f"slide ids are not the happenings' ids: {sorted(set(ids) ^ set(want))[:5]}")
    for s in slides:
        if s["source_id"] != s["id"]:
            problems.append(f"TimelineJS renamed slide {s['source_id']} to {s['id']}")
        if s["id"] not in want:
            continue
        line, date = want[s["id"]]
        if (s["headline"], s["date"]) != (line, date):
            problems.append(
                f"slide {s['id']} shows {s['date']!r} — {s['headline']!r}; its happening: {date!r} — {line!r}"
            )
    return problems, res
