"""Movement reports: leftovers of a real-text review of a typhoon's aftermath (survivors shipped and flown from a
wrecked city to others, people in evacuation centres, counts that update). Inputs are hand-written, not benchmark
excerpts."""
from datetime import date

import pytest

from geo.model import Document, Place
from geo.reports import find_reports
from test_reports_seeds import stub_mentions

ISLANDS = Place("t:is", "Verdania", 11.0, 124.0, "country", "VD")
HARBOR = Place("t:ha", "Port Lorca", 10.3, 123.9, "city", "VD", parent="t:is", enclosing=("t:is",))
BAYSIDE = Place("t:ba", "Bayside", 11.2, 125.0, "city", "VD", parent="t:is", enclosing=("t:is",))
KESTREL = Place("t:ke", "Kestrel", 14.6, 121.0, "city", "VD", parent="t:is", enclosing=("t:is",))
NORTH_BAY = Place("t:nb", "North Bay", 11.3, 125.0, "city", "VD", parent="t:ba", enclosing=("t:ba", "t:is"))
PLACES = {p.name: p for p in (ISLANDS, HARBOR, BAYSIDE, KESTREL, NORTH_BAY)}
# the article's place: Bayside, named by the opening sentence
OPENING = "The typhoon flattened Bayside on Friday, and survivors have struggled to find food and water."


def reports_of(text: str):
    doc = Document("doc", "Typhoon survivors leave the coast\n\n" + OPENING + "\n\n" + text, date=date(2013, 11, 15))
    return find_reports(doc, stub_mentions(doc, PLACES))


def _places(report):
    return (report.origin.name if report.origin else "", tuple(p.name for p in report.destinations))


@pytest.mark.parametrize("text", [
    # disembarking is arriving: where people got off, past the vessel they got off, is where they went
    "Some 2,500 survivors disembarked from a navy transport ship in Port Lorca on Saturday.",
    "Some 2,500 survivors disembarked in Port Lorca on Saturday.",
    # the vessel's flag is not where they were
    "Some 2,500 survivors disembarked from a Verdania navy ship in Port Lorca on Saturday.",
])
def test_people_who_disembarked_arrived_where_they_got_off(text):
    [report] = [r for r in reports_of(text) if r.count is not None]
    assert (report.count.value, _places(report)[1]) == (2500, ("Port Lorca",))


@pytest.mark.parametrize("text, places", [
    # negative: people who fled from a vessel in a place left it
    ("Some 2,500 villagers fled from a burning ferry in Port Lorca on Saturday.", ("Port Lorca", ())),
    # negative: a place before "aboard" a vessel is still where people left
    ("Some 2,500 residents were evacuated from Port Lorca aboard navy ships on Saturday.", ("Port Lorca", ())),
])
def test_leaving_a_vessel_or_a_place_by_vessel_is_still_a_departure(text, places):
    assert [_places(r) for r in reports_of(text) if r.count is not None] == [places]


@pytest.mark.parametrize("text, places", [
    # a place that narrows the region people left takes its role
    ("Around 1,500 evacuees have been flown to Kestrel from the storm-hit region, particularly in Port Lorca.",
     ("Port Lorca", ("Kestrel",))),
    # negatives: a cue of its own (already so)
    ("Around 1,500 evacuees have been flown to Kestrel from the storm-hit region, particularly from Port Lorca.",
     ("Port Lorca", ("Kestrel",))),
    ("Around 1,500 evacuees have been flown out of the storm-hit region, mainly to Kestrel.", ("Bayside", ("Kestrel",))),
])
def test_a_place_narrowing_a_region_takes_its_role(text, places):
    assert [_places(r) for r in reports_of(text) if r.count is not None] == [places]


def test_a_place_narrowing_where_people_stay_only_locates_them():
    # negative: "particularly in" after no cue of moving
    text = "Around 1,500 evacuees remain in shelters across the region, particularly in Port Lorca."
    assert [_places(r) for r in reports_of(text) if r.count is not None] == [("", ("Port Lorca",))]


@pytest.mark.parametrize("text, term", [
    # displaced people who stay out of the evacuation centres are not sheltered in them
    ("The number of people living outside of evacuation centres has risen to 30,000 people.", "displaced"),
    ("Some 30,000 people are staying outside the evacuation centers with relatives.", "displaced"),
    # negatives (already so): in the centres, or sleeping outdoors
    ("Some 30,000 people are staying in evacuation centres.", "sheltered"),
    ("Some 30,000 people are sleeping outside after the storm.", "homeless"),
])
def test_people_outside_the_evacuation_centres_are_displaced(text, term):
    assert [r.term for r in reports_of(text) if r.count is not None] == [term]


@pytest.mark.parametrize("text, places", [
    # a part of a nationwide figure is nationwide too: the article's town does not hold it
    ("About 2 million people have become homeless across the islands. Among these people, 90,000 are staying in "
     "evacuation centres.", [("", ()), ("", ())]),
    ("About 2 million people have become homeless across the islands. Of them, 90,000 are staying in evacuation "
     "centres.", [("", ()), ("", ())]),
    # negatives: a part of a placed whole is where the whole is; a part of a local figure is in the article's town
    ("Some 9,000 people fled to Port Lorca. Among these people, 4,000 are staying in evacuation centres.",
     [("Bayside", ("Port Lorca",)), ("", ("Port Lorca",))]),
    ("About 2,000 people have become homeless in the storm. Of them, 900 are staying in evacuation centres.",
     [("Bayside", ()), ("", ("Bayside",))]),
])
def test_a_part_of_a_figure_is_where_its_whole_is(text, places):
    assert [_places(r) for r in reports_of(text) if r.count is not None] == places


def test_a_place_before_a_verb_and_a_vessel_is_still_placed():
    # negative: a verb between the place and the boat (the place is where it happened)
    text = "The floods in Port Lorca swamped a boat and forced 1,200 residents from their homes on Saturday."
    assert [_places(r) for r in reports_of(text) if r.count is not None] == [("Port Lorca", ())]


@pytest.mark.parametrize("text, status", [
    # a hedged state of now is an estimate of the present
    ("Officials said as many as 300,000 people could now be internally displaced.", "completed"),
    ("Officials said as many as 300,000 people may already be homeless.", "completed"),
    # negatives: a possibility to come, or a move made possible
    ("Officials said as many as 300,000 people could be displaced if the dam fails.", "planned"),
    ("Officials said as many as 300,000 people could now be evacuated by sea.", "planned"),
])
def test_a_hedged_state_of_now_is_no_plan(text, status):
    assert [r.status for r in reports_of(text) if r.count is not None] == [status]


@pytest.mark.parametrize("text, places", [
    # a participle after "other" only describes the places people came from: their own verb comes later
    ("Thousands of survivors from Port Lorca and other flooded villages have moved to Kestrel.",
     [("Port Lorca", ("Kestrel",))]),
    # places "as far away as" X are where people went
    ("Some 4,000 survivors from Port Lorca have left for towns nearby or as far away as Kestrel.",
     [("Port Lorca", ("Kestrel",))]),
    # negative: "to" names the destination as before
    ("Some 4,000 survivors from Port Lorca have left for Kestrel.", [("Port Lorca", ("Kestrel",))]),
])
def test_survivors_from_a_place_and_other_areas_who_left(text, places):
    assert [_places(r) for r in reports_of(text) if r.count is not None] == places


def test_others_with_a_verb_of_their_own_are_no_movement():
    # negative: "others" with its own verb after the count's noun is still the count's other predicate
    text = "Hundreds of residents and other volunteers cleaned the streets of Port Lorca on Saturday."
    assert [r for r in reports_of(text) if r.count is not None] == []


def _figures_of(doc_text: str):
    doc = Document("doc", doc_text, date=date(2013, 11, 16))
    return [(r.count.text, _places(r)) for r in find_reports(doc, stub_mentions(doc, PLACES)) if r.count is not None]


def test_a_figure_of_the_whole_country_is_in_the_articles_country():
    # the article's country holds a million-scale figure the sentence places nowhere, whatever towns the article names
    text = ("Typhoon leaves Verdania reeling\n\nThe typhoon struck Verdania on Friday. Officials in Verdania said aid "
            "was slow.\n\nThe number of people displaced rose to 1.9 million on Saturday. Aid reached Port Lorca and "
            "Bayside.")
    assert _figures_of(text) == [("1.9 million", ("Verdania", ()))]


def test_a_million_scale_figure_is_not_in_the_articles_town():
    # negative (already so): an article about a town does not hold it
    text = ("Typhoon flattens Bayside\n\nThe typhoon flattened Bayside on Friday, officials in Bayside said.\n\n"
            "The number of people displaced rose to 1.9 million on Saturday. Aid reached Port Lorca and Kestrel.")
    assert _figures_of(text) == [("1.9 million", ("", ()))]


@pytest.mark.parametrize("arrival, places", [
    # people arriving elsewhere, naming no origin, in a story of people leaving a town came from it
    ("Some 2,500 survivors arrived in Port Lorca on Sunday.", ("Bayside", ("Port Lorca",))),
    # negative: an arrival within the town left names no origin
    ("Some 2,500 survivors arrived in North Bay on Sunday.", ("", ("North Bay",))),
])
def test_an_arrival_elsewhere_came_from_the_town_people_left(arrival, places):
    text = ("Survivors leave Bayside\n\nThousands of residents fled Bayside on Friday. More families left Bayside on "
            "Saturday, and others escaped Bayside by boat.\n\n" + arrival)
    assert [p for _, p in _figures_of(text)][-1] == places
