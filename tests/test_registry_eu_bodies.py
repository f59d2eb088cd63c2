"""An EU text names the European Commission 'the Commission' and the Council of the European Union 'the
Council' (world knowledge of the Union's usage): across articles they are those bodies, not a 'Commission'
or a 'Council' of their own; elsewhere the head noun alone stays what it was."""

from __future__ import annotations

import datetime as dt

from generator.annotate.pipeline import annotate
from generator.core.model import Actor
from generator.seeds.reader import parse_seed


def _seed(text: str):
    return parse_seed("a.txt", f" date 2021-03-04\n\n{text}".encode(), today=dt.date(2030, 1, 1))


EU_COMMISSION = (
    "The Commission approved the new rules for fishing quotas on Tuesday. The European Parliament must now "
    "vote on them before the summer, and the EU member states will apply them next year."
)
EU_COUNCIL = (
    "The Council adopted the budget for the coming year on Thursday. The European Parliament approved it "
    "last week, and the EU will pay the first grants in April."
)
NO_EU = "The Commission approved the new rules for fishing quotas on Tuesday. The fishermen of the port object."


def _orgs(seed, registry=None) -> list[tuple[str, str]]:
    return [(a.slug, a.name) for a in annotate(seed, registry or {}).actors if a.kind == "organization"]


def test_the_commission_of_an_eu_text_is_the_european_commission():
    orgs = _orgs(_seed(EU_COMMISSION))
    assert ("european-commission", "European Commission") in orgs
    assert "commission" not in [slug for slug, _ in orgs]


def test_the_commission_of_an_eu_text_meets_the_registry_s_european_commission():
    registry = {"ec": Actor("ec", "European Commission", "organization", ("European Commission",))}
    found = annotate(_seed(EU_COMMISSION), registry).actors
    assert "ec" in [a.slug for a in found]
    # the head noun alone is no alias the registry learns: another article's 'Commission' is any commission
    assert all(x.lower() not in ("commission", "the commission") for a in found if a.slug == "ec" for x in a.aliases)


def test_the_council_of_an_eu_text_is_the_council_of_the_european_union():
    orgs = _orgs(_seed(EU_COUNCIL))
    assert ("council-of-the-european-union", "Council of the European Union") in orgs


def test_the_commission_of_a_text_naming_no_eu_body_stays_a_commission():
    assert "european-commission" not in [slug for slug, _ in _orgs(_seed(NO_EU))]


def test_the_council_beside_another_council_is_left_to_the_cast():
    text = EU_COUNCIL + " The European Council of the heads of government will meet in June."
    assert "council-of-the-european-union" not in [slug for slug, _ in _orgs(_seed(text))]
