"""The outlets an article cites (``sources_cited``): not its own outlet, not a reporter's employer."""

import datetime as dt

import pytest

from generator.annotate.pipeline import annotate
from generator.seeds.reader import parse_seed


def _sources(body: str, outlet: str = "") -> tuple[str, ...]:
    head = f" date 2021-03-02\n{f'outlet: {outlet}' + chr(10) if outlet else ''}\n"
    seed = parse_seed("a.txt", f"{head}{body}".encode(), today=dt.date(2030, 1, 1))
    return annotate(seed, {}).sources_cited


@pytest.mark.parametrize(
    "outlet,body",
    [
        ("Voice of America", "The harbour master told VOA on Monday that the ferries would sail again."),
        ("U.S. Agency for International Development", "USAID reports that the storm destroyed 200 houses on Monday."),
    ],
)
def test_the_initials_of_the_article_s_own_outlet_are_no_source_it_cites(outlet, body):
    assert _sources(body, outlet) == ()


def test_an_outlet_whose_initials_are_not_the_article_s_is_cited():
    body = "The harbour master told AFP on Monday that the ferries would sail again."
    assert _sources(body, "Voice of America") == ("AFP",)


@pytest.mark.parametrize(
    "sign_off",
    ["VOA's Jane Holloway reports from Abuja.", "Jane Holloway reports for VOA from Abuja."],
)
def test_the_outlet_of_a_correspondent_s_sign_off_is_no_cited_source(sign_off):
    body = f"Rebels seized the northern town of Kuvar on Monday, officials said. {sign_off}"
    assert _sources(body) == ()


def test_an_outlet_s_reporter_who_reported_something_is_a_cited_source():
    body = "Rebels seized the northern town of Kuvar on Monday, the BBC's Jane Holloway reported."
    assert _sources(body) == ("BBC",)


def test_the_outlet_a_named_person_works_for_is_not_the_one_cited():
    body = "Jane Holloway, of Agence France-Presse, told CBS News that the photograph took her four hours."
    assert _sources(body) == ("CBS News",)


def test_the_agent_of_a_passive_report_a_few_words_on_is_a_cited_outlet():
    body = 'The waters of the bay were reported as "visibly receding" at 11:30 AM (21.30 GMT) by Harbour News Now.'
    assert _sources(body) == ("Harbour News Now",)


def test_a_newspaper_named_after_its_place_is_a_cited_outlet_though_the_model_reads_only_the_place():
    body = "The New Zealand Herald reported New Zealand closed two schools at 9:00 AM local time (21.00 GMT)."
    assert _sources(body) == ("The New Zealand Herald",)
