"""Movement reports: leftovers of a real-text review of a hurricane that emptied a city into the cities around it (its
people bused and flown to arenas and old airbases, taken in by the state capital, counted by mayors). Inputs are
hand-written, not benchmark excerpts."""
from datetime import date

import pytest

from geo.model import Document, Place
from geo.reports import find_reports
from test_reports_seeds import stub_mentions

TEXAS = Place("t:tx", "Texas", 31.0, -99.0, "admin1", "US")
AUSTIN = Place("t:au", "Austin", 30.3, -97.7, "city", "US", parent="t:tx", enclosing=("t:tx",))
WACO = Place("t:wa", "Waco", 31.5, -97.1, "city", "US", parent="t:tx", enclosing=("t:tx",))
GALVESTON = Place("t:ga", "Galveston", 29.3, -94.8, "city", "US", parent="t:tx", enclosing=("t:tx",))
LAFAYETTE = Place("t:lf", "Lafayette", 30.2, -92.0, "city", "US")
PLACES = {p.name: p for p in (TEXAS, AUSTIN, WACO, GALVESTON, LAFAYETTE)}
# the article's place: Lafayette, named by the opening sentence
OPENING = "A hurricane flooded Lafayette on Monday, and thousands of residents fled the rising water."


def reports_of(text: str):
    doc = Document("doc", "Storm empties city\n\n" + OPENING + "\n\n" + text, date=date(2008, 9, 6))
    return [r for r in find_reports(doc, stub_mentions(doc, PLACES)) if r.quote.startswith(text[:20])]


def _seen(text: str):
    return [(r.count.value if r.count else None, r.origin.name if r.origin else "", tuple(p.name for p in r.destinations))
            for r in reports_of(text)]


@pytest.mark.parametrize("text, seen", [
    # a city that took in people from a place named after "from" received them, said of people too (not only refugees)
    ("Austin has taken in nearly 90,000 people from Lafayette.", [(90000, "Lafayette", ("Austin",))]),
    # ... also by a participle joined to the clause of the city that grew
    ("Austin has grown by a third, taking in nearly 90,000 people from Lafayette and surrounding parishes.",
     [(90000, "Lafayette", ("Austin",))]),
    # negatives: what a place received that is no people; people a city took in from nowhere named (already so)
    ("The hotline in Austin has received nearly 9,000 calls from Lafayette.", []),
    ("The shelters have grown crowded, taking in nearly 9,000 people from Lafayette.", [(9000, "Lafayette", ())]),
])
def test_a_city_taking_in_people_from_a_place_received_them(text, seen):
    assert _seen(text) == seen


@pytest.mark.parametrize("text, seen", [
    # what a city is prepared to handle is room, not people moved
    ("In Austin, officials said they were prepared to handle a total of 12,000 evacuees at the arena.", []),
    ("In Austin, officials said the shelters could handle 12,000 evacuees.", []),
    # negative: what officials are prepared to do to people is a plan of moving them
    ("In Austin, officials said they were prepared to evacuate a total of 12,000 residents.", [(12000, "Austin", ())]),
])
def test_what_a_city_is_prepared_to_handle_is_a_capacity(text, seen):
    assert _seen(text) == seen


@pytest.mark.parametrize("text, seen", [
    # people flights or buses brought to a shelter arrived in the place the sentence is in
    ("In Austin, 40 flights brought nearly 3,200 evacuees to the old airbase in just over a day.", [(3200, "", ("Austin",))]),
    # negatives: people brought to safety left where they were; people taken to a shelter (already so)
    ("In Waco, boats brought 300 people to safety on Tuesday.", [(300, "Waco", ())]),
    ("In Waco, buses took 300 evacuees to the arena on Tuesday.", [(300, "Waco", ())]),
])
def test_people_brought_to_a_shelter_arrived_where_the_sentence_is(text, seen):
    assert _seen(text) == seen


@pytest.mark.parametrize("text, seen", [
    # "his city" is the city of the mayor the sentence names, not a town the next sentence sends drivers to
    ("The mayor of Austin estimated that more than 40,000 evacuees had arrived in his city. "
     "Signs told drivers to go to Waco or Galveston.", [(40000, "", ("Austin",))]),
    ("Austin Mayor Jo Reyes estimated that more than 40,000 evacuees had arrived in her city, more than the shelters "
     "could hold.", [(40000, "", ("Austin",))]),
    # negative: "the city" is still the article's place
    ("Officials estimated that more than 40,000 evacuees had arrived in the city.", [(40000, "", ("Lafayette",))]),
])
def test_his_city_is_the_city_of_the_official_named(text, seen):
    assert _seen(text) == seen


@pytest.mark.parametrize("text, seen", [
    # people staying at a place's own site are in that place: the article's place stands in for no origin
    ("About 300 evacuees have been staying at Austin's arena for the past five weeks.", [(300, "", ("Austin",))]),
    # ... and a place's residents fleeing and staying there did not flee from it
    ("Lafayette residents fleeing the hurricane have been staying at Austin's arena for five weeks, with about 300 "
     "people still there.", [(300, "Lafayette", ())]),
    # negatives: a site no place names is the article's place (already so); a place's request is no site
    ("About 300 evacuees have been staying at the arena for the past five weeks.", [(300, "", ("Lafayette",))]),
    ("About 300 residents fled to schools, officials said at Waco's city hall.", [(300, "Lafayette", ())]),
])
def test_a_site_named_by_its_place_is_where_people_stay(text, seen):
    assert _seen(text) == seen


@pytest.mark.parametrize("text, seen", [
    # a figure its clause says is the country's is not the article's place
    ("As of Thursday, about 300 people remained in shelters nationwide, down from a peak of 27,000.", [(300, "", ())]),
    ("About 300 people remained in shelters across the country.", [(300, "", ())]),
    # negatives: across the city is the article's place; a place the clause names is kept
    ("About 300 people remained in shelters across the city.", [(300, "", ("Lafayette",))]),
    ("About 300 people remained in shelters in Austin, officials said nationwide.", [(300, "", ("Austin",))]),
])
def test_a_figure_said_nationwide_is_not_the_articles_place(text, seen):
    assert _seen(text) == seen


def test_a_site_a_place_names_is_no_place_of_a_movement_not_staying_there():
    # an arrival at a place's airport, in a clause of its own, does not place an earlier airlift there
    text = ("The arrival at Austin's airport was the first flight since the airlift of more than 12,000 people from "
            "Lafayette ended.")
    assert [(o, d) for _, o, d in _seen(text)] in ([], [("Lafayette", ())])
