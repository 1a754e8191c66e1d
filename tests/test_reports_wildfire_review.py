"""Movement reports: leftovers of a real-text review of a wildfire's displacement (a town burnt out, its people in
shelters, parking lots and fairgrounds of the towns around, moved on from one shelter to another). Inputs are
hand-written, not benchmark excerpts."""
from datetime import date

import pytest

from geo.attribution import source_of
from geo.model import Document, Place
from geo.reports import find_reports
from test_reports_seeds import stub_mentions

CALIFORNIA = Place("t:ca", "California", 37.0, -120.0, "admin1", "US")
MENDOCINO = Place("t:mc", "Mendocino County", 39.4, -123.4, "admin2", "US", parent="t:ca")
LAKE_COUNTY = Place("t:lc", "Lake County", 39.1, -122.8, "admin2", "US", parent="t:ca")
UKIAH = Place("t:uk", "Ukiah", 39.15, -123.21, "city", "US", parent="t:mc", enclosing=("t:mc", "t:ca"))
WILLITS = Place("t:wi", "Willits", 39.41, -123.36, "city", "US", parent="t:mc", enclosing=("t:mc", "t:ca"))
LAKEPORT = Place("t:lp", "Lakeport", 39.04, -122.92, "city", "US", parent="t:lc", enclosing=("t:lc", "t:ca"))
COVELO = Place("t:co", "Covelo", 39.79, -123.25, "city", "US", parent="t:mc", enclosing=("t:mc", "t:ca"))
PLACES = {p.name: p for p in (CALIFORNIA, MENDOCINO, LAKE_COUNTY, UKIAH, WILLITS, LAKEPORT, COVELO)}


def reports_of(text: str, headline: str = "Wildfire evacuations"):
    doc = Document("doc", headline + "\n\n" + text, date=date(2021, 8, 20))
    return find_reports(doc, stub_mentions(doc, PLACES))


def _places(report):
    return (report.origin.name if report.origin else "", _destinations(report))


def _destinations(report):
    return tuple(p.name for p in report.destinations)


@pytest.mark.parametrize("text, origin, destinations", [
    # a facility named after a place, then located "in" a town: the town takes the role the cue gave the name
    ("Officials put about 300 campers on buses and sent them to a shelter at the Lake County Fairgrounds in Lakeport.",
     "", ("Lakeport",)),
    ("About 300 evacuees will move to the Lake County Fairgrounds, located at 401 Martin St. in Lakeport, officials said.",
     "", ("Lakeport",)),
    # negatives: a town located in its county only locates it; a facility named by no place keeps its town
    ("About 300 evacuees were moved from Covelo to Lakeport in Lake County.", "Covelo", ("Lakeport",)),
    ("About 300 evacuees were moved from Covelo to the Redwood Valley Fairgrounds in Ukiah.", "Covelo", ("Ukiah",)),
])
def test_a_place_naming_a_facility_gives_its_role_to_the_town_locating_it(text, origin, destinations):
    assert [_places(r) for r in reports_of(text)] == [(origin, destinations)]


@pytest.mark.parametrize("text, destinations", [
    # animals moved apart from the people are no destination of theirs
    ("About 400 residents of Covelo were evacuated to Ukiah, while their animals were taken to Willits.", ("Ukiah",)),
    ("About 400 residents of Covelo were evacuated to Ukiah; some rescued horses went to Willits.", ("Ukiah",)),
    # negative: people and their animals moved together
    ("About 400 residents of Covelo and their animals were evacuated to Ukiah and Willits.", ("Ukiah", "Willits")),
])
def test_animals_moved_apart_are_no_destination_of_the_people(text, destinations):
    assert [_destinations(r) for r in reports_of(text)] == [destinations]


@pytest.mark.parametrize("text, source", [
    # "said that" opens what was said: the long apposition before it describes the speaker
    ("Ana Ruiz, the public information officer for the Mendocino County Department of Social Services, said that a "
     "case of flu was confirmed at Grace Hall, a Ukiah shelter where about 150 evacuees are staying.", "Ana Ruiz"),
    ("Ana Ruiz, an officer, said that a case of flu was confirmed at Grace Hall, a shelter where about 150 evacuees "
     "are staying.", "Ana Ruiz"),
    # negative: a speaker named after the verb, then described
    ("About 150 evacuees are staying at Grace Hall, said Ana Ruiz, a spokeswoman for the shelter.", "Ana Ruiz"),
])
def test_said_that_opens_what_was_said(text, source):
    assert source_of(text) == source
    assert [r.count.value for r in reports_of(text)] == [150]


@pytest.mark.parametrize("text, origin, destinations", [
    # a count opening a "where" clause on a shelter a place names: the people are in that place
    ("A case of flu was confirmed at Grace Hall, a Ukiah shelter where about 150 evacuees are staying.", "", ("Ukiah",)),
    ("Volunteers brought cots to the shelters in Ukiah, where about 150 evacuees sleep.", "", ("Ukiah",)),
    # negative: "where" on a town, no shelter: where the people were evacuated
    ("Smoke filled the valley around Covelo, where about 150 residents were evacuated on Friday.", "Covelo", ()),
])
def test_people_in_a_shelter_a_place_names_are_there(text, origin, destinations):
    assert [_places(r) for r in reports_of(text)] == [(origin, destinations)]


@pytest.mark.parametrize("text, origin, destinations", [
    # a spot in a place that has become people's refuge: where they went
    ("For residents displaced by the Covelo fire, a church parking lot in Ukiah, California, has become a refuge.",
     "Covelo", ("Ukiah",)),
    # negative: people displaced in a place are from it
    ("Hundreds of residents were displaced by the fire in Covelo, officials said.", "Covelo", ()),
])
def test_a_spot_that_became_a_refuge_is_where_people_went(text, origin, destinations):
    assert [_places(r) for r in reports_of(text)] == [(origin, destinations)]


@pytest.mark.parametrize("text, destinations", [
    # a state written after a town, a comma between, only locates it
    ("About 500 residents of Covelo were evacuated to Ukiah, California, on Friday.", ("Ukiah",)),
    # negatives: a list of towns, each a destination
    ("About 500 residents of Covelo were evacuated to Ukiah, Willits and Lakeport.", ("Ukiah", "Willits", "Lakeport")),
    ("About 500 residents of Covelo were evacuated to Ukiah, Lakeport on Friday.", ("Ukiah", "Lakeport")),
])
def test_a_state_after_a_town_only_locates_it(text, destinations):
    assert [_destinations(r) for r in reports_of(text)] == [destinations]


@pytest.mark.parametrize("text, destinations", [
    # people staying somewhere the sentence does not name are in the town the sentence before says people went to
    ("Evacuees from the fire in Covelo were sent to Ukiah. Dozens of people are living in tents there.", ("Ukiah",)),
    ("For families displaced by the fire, a church parking lot in Ukiah has become a refuge. Dozens of people are "
     "living in tents and cars there.", ("Ukiah",)),
    # negative: the sentence before names where people went, the count's own sentence where they stay
    ("Evacuees from Covelo were sent to Ukiah. Dozens of people are living in tents in Willits.", ("Willits",)),
])
def test_people_staying_are_in_the_town_reached_before(text, destinations):
    found = [r for r in reports_of(text) if r.count is not None]
    assert [_destinations(r) for r in found] == [destinations]


@pytest.mark.parametrize("text, destinations", [
    # "for" after an officer or an official names whom they serve, no destination
    ("Ana Ruiz, the public information officer for Mendocino County, said about 150 evacuees were moved to Ukiah.",
     ("Ukiah",)),
    # negative: "for" after a verb of leaving names where people went
    ("About 150 evacuees from Covelo left for Mendocino County on Friday.", ("Mendocino County",)),
])
def test_an_officer_for_a_place_is_no_destination(text, destinations):
    assert [_destinations(r) for r in reports_of(text)] == [destinations]


@pytest.mark.parametrize("text, origin, destinations", [
    # people named by the movement's own noun and said to stay somewhere are there, not from there
    ("Officials said about 450 evacuees were staying at a school in Ukiah on Thursday.", "", ("Ukiah",)),
    ("About 450 displaced people are living in tents in Ukiah, officials said.", "", ("Ukiah",)),
    # negatives: evacuees moved out of a place left it; a stay said of people no movement noun names
    ("Officials said about 450 evacuees were moved out of Ukiah on Thursday.", "Ukiah", ()),
    ("About 450 evacuees were taken from Covelo to a school in Ukiah.", "Covelo", ("Ukiah",)),
])
def test_evacuees_staying_somewhere_are_there(text, origin, destinations):
    assert [_places(r) for r in reports_of(text)] == [(origin, destinations)]
