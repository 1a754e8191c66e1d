"""Movement reports, issue 5: recall on wordings the strict rules miss, without false reports.
Inputs are hand-written sentences, not benchmark or corpus text."""
import pytest

from gazetteer.model import Place
from geo.model import Document
from geo.reports import find_reports
from test_reports import reports_of
from test_reports_seeds import stub_mentions


def figures(text: str, headline: str = "Evacuation news\n\n") -> list[tuple[int | None, str, str, str]]:
    return [((r.count.value or r.count.min) if r.count else None, r.unit, r.term, r.status)
            for r in reports_of(text, headline=headline)]


@pytest.mark.parametrize("text, value, unit, term", [
    # the count's own verb is unknown, but its clause goes on to say its people were displaced
    ("About 2,000 residents packed evacuation shelters on Tuesday.", 2000, "people", "sheltered"),
    ("Thousands of people jammed highways as they fled the storm.", 2000, "people", "fled"),
    ("Some 300 families crammed into cars before fleeing the flames.", 300, "families", "fled"),
])
def test_a_clause_that_says_its_people_were_displaced_vouches_for_their_count(text, value, unit, term):
    [(got, got_unit, got_term, _)] = figures(text)
    assert (got, got_unit, got_term) == (value, unit, term)


@pytest.mark.parametrize("text", [
    "About 40 people complained about the evacuation.",  # a noun names the topic
    "Police arrested 40 people who refused to evacuate.",  # negated
    "About 50 people attended a meeting for displaced residents.",  # the participle describes others
    "About 400 people lost power as residents fled.",  # another clause, other people
    "The fire killed 30 people who had fled their homes.",  # casualties stay casualties
    "Some 20 volunteers staffed the shelters.",  # no people noun the rules count
    "The shelter has room for 500 people.",
    "Officials evacuated the stadium and urged its 2,000 fans to shelter in place.",
    "The church, which held about 1,500 people, was evacuated.",  # the building was emptied
])
def test_the_loose_reading_still_rejects_counts_that_did_not_move(text):
    assert [f for f in figures(text) if f[0] is not None] == []


def test_the_loose_reading_needs_an_article_about_forced_movement():
    assert figures("Some 300 fans jammed the streets as they left the stadium.", headline="") == []


PASSAU = Place("geonames:2855328", "Passau", 48.5667, 13.4319, "city", "DE", parent="iso3166-2:DE-BY")
BAVARIA = Place("iso3166-2:DE-BY", "Bavaria", 48.9, 11.4, "admin1", "DE")
GERMANY = Place("geonames:2921044", "Germany", 51.5, 10.5, "country", "DE")
AUSTRIA = Place("geonames:2782113", "Austria", 47.33, 13.33, "country", "AT")
BORDER_TOWNS = {p.name: p for p in (PASSAU, BAVARIA, GERMANY, AUSTRIA)}


def origins(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    doc = Document("doc", text)
    return [(r.origin.name if r.origin else None, tuple(p.name for p in r.destinations))
            for r in find_reports(doc, stub_mentions(doc, BORDER_TOWNS))]


@pytest.mark.parametrize("destination, origin", [
    ("Germany", None),  # the article's town lies in the destination country
    ("Bavaria", None),  # ... or in the destination region
    ("Passau", None),  # ... or is the destination
    ("Austria", "Passau"),  # another country: the town stands in for the origin
])
def test_the_article_place_stands_in_for_an_origin_only_outside_the_destinations(destination, origin):
    text = ("Refugees reach Passau. Passau officials met on Monday. Volunteers in Passau opened a hall. "
            f"More than 2,000 refugees have arrived in {destination} since Sunday.")
    assert origins(text)[-1] == (origin, (destination,))
