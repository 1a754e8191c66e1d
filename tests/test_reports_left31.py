"""Movement reports, issue 5: misreadings left from earlier rounds (the 31st round's list), told in made-up wordings
(not benchmark or corpus text); each positive failed before its fix."""
from __future__ import annotations

import pytest

from geo.counting import moving_counts
from geo.model import Document, Place
from geo.reports import find_reports
from test_reports_seeds import stub_mentions

KARUNDA = Place("t:ka", "Karunda", 0.5, 36.0, "country", "KA")
LAKESIDE = Place("t:la", "Lakeside", 0.3, 36.1, "admin1", "KA")
MOLO = Place("t:mo", "Molo", 0.25, 35.7, "city", "KA", parent="t:la", population=40000)
SIRANA = Place("t:si", "Sirana", 0.9, 35.2, "city", "KA", parent="t:la", population=90000)
PLACES = {p.name: p for p in (KARUNDA, LAKESIDE, MOLO, SIRANA)}
FLOODS = "Floods hit Molo in Karunda on Monday, and many families left their homes in Molo."


def reports_of(text: str, opening: str = FLOODS):
    doc = Document("doc", "Floods news\n\n" + opening + "\n\n" + text)
    return find_reports(doc, stub_mentions(doc, PLACES))


def _origins(text: str) -> list[tuple[int | None, str | None]]:
    return [(r.count.value, r.origin.name if r.origin else None) for r in reports_of(text) if r.count is not None]


@pytest.mark.parametrize("text, placed", [
    ("In Sirana, 4,000 people have fled, while 20,000 have been displaced across the country.",
     [(4000, "Sirana"), (20000, "Karunda")]),
    ("In Sirana, 4,000 people have fled, and nationwide 20,000 have been displaced.",
     [(4000, "Sirana"), (20000, "Karunda")]),
    ("Rivers burst their banks in Sirana, and countrywide some 20,000 were evacuated.", [(20000, "Karunda")]),
    ("Nationwide, 20,000 have fled, and 4,000 people were evacuated in Sirana.", [(20000, "Karunda"), (4000, "Sirana")]),
    # negative: a scope word in another clause than the count's does not take it from its place
    ("20,000 people were displaced in Sirana, and roads were cut across the country.", [(20000, "Sirana")]),
    # ... nor a place its own clause names
    ("4,000 people have fled Sirana nationwide, while 2,000 were evacuated in Molo.", [(4000, "Sirana"), (2000, "Molo")]),
])
def test_a_scope_word_places_only_the_count_of_its_own_clause(text, placed):
    assert _origins(text) == placed


@pytest.mark.parametrize("text, value", [
    ("Overall 20,000 have been displaced.", 20000),
    ("In total 5,000 were evacuated.", 5000),
    ("They said nationwide 12,000 had fled.", 12000),
])
def test_a_bare_figure_after_a_fronted_scope_counts_people(text, value):
    assert [c.count.value for c in moving_counts(text)] == [value]


def test_a_fronted_scope_before_a_counted_thing_is_no_count_of_people():
    assert moving_counts("Nationwide 300 schools were evacuated.") == []
    assert moving_counts("The overall 20,000 figure was evacuated.") == []


def _read(text: str) -> list[tuple[int | None, str, str | None]]:
    return [(r.count.value, r.unit, r.origin.name if r.origin else None) for r in reports_of(text)
            if r.count is not None and not r.summed_from]


@pytest.mark.parametrize("text, read", [
    # the bare figures a tally lists take its noun, each the place "respectively" pairs it with, named before them
    ("The number of displaced people in Molo and Sirana stood at 202,930 and 246 respectively.",
     [(202930, "people", "Molo"), (246, "people", "Sirana")]),
    ("In Molo and Sirana, 5,200 and 900 people were displaced, respectively.",
     [(5200, "people", "Molo"), (900, "people", "Sirana")]),
    # ... each its own noun when the tally names several
    ("The number of displaced people and households in Sirana stood at 202,930 and 46,246 respectively.",
     [(202930, "people", "Sirana"), (46246, "households", "Sirana")]),
    # negative: more figures than nouns: whose is a guess, and the figures no list pairs are no count of the tally's
    ("The number of displaced people and households in Sirana stood at 202,930, 46,246 and 300 respectively.",
     [(202930, "people", "Sirana")]),
    ("The number of displaced people in Sirana rose to 2,930 and 12 schools closed.", [(2930, "people", "Sirana")]),
    # with no "respectively", figures before one noun have all the places named before them: the one the article names holding them
    ("In Molo and Sirana, 5,200 and 900 people were displaced.",
     [(5200, "people", "Karunda"), (900, "people", "Karunda")]),
])
def test_figures_respectively_paired_with_what_is_named_before_them(text, read):
    assert _read(text) == read


@pytest.mark.parametrize("text, value", [
    ("Clashes forced 100,000 Uzbeks from their homes.", 100000),
    ("About 4,000 Tajiks crossed the border.", 4000),
    ("Fighting drove 12,000 Kukis out of their villages.", 12000),
])
def test_a_people_named_by_a_plural_no_suffix_tells_is_counted(text, value):
    assert [(c.count.value, c.unit) for c in moving_counts(text)] == [(value, "people")]


def test_a_plural_that_is_a_word_as_often_is_no_people():
    assert [c.count.value for c in moving_counts("Storms downed 3,000 poles and 200 residents fled.")] == [200]


def _terms(text: str) -> list[tuple[int | None, str, str]]:
    return [(r.count.value, r.unit, r.term) for r in reports_of(text) if r.count is not None]


@pytest.mark.parametrize("text, read", [
    ("Some 3,000 people are holed up in churches.", [(3000, "people", "sheltered")]),
    ("About 800 families have holed up in the village's two schools.", [(800, "families", "sheltered")]),
    ("Residents fled, and around 1,500 were holed up in mosques and schools.", [(1500, "people", "sheltered")]),
    # negative: holed up elsewhere than a refuge building is hiding or a siege, no shelter
    ("Some 300 militants are holed up in the old city.", []),
    ("About 1,200 residents remain holed up in their homes.", []),
])
def test_people_holed_up_in_a_refuge_building_are_sheltered(text, read):
    assert _terms(text) == read


def _destinations(text: str) -> list[tuple[int | None, str | None, tuple[str, ...]]]:
    return [(r.count.value, r.origin.name if r.origin else None, tuple(p.name for p in r.destinations))
            for r in reports_of(text) if r.count is not None and not r.summed_from]


@pytest.mark.parametrize("text, read", [
    # people named as moved who only are in a place named are there, and so are the figures listed after them
    ("Officials said 8,000 evacuees were in Molo, 9,000 in Sirana and 4,000 in Karunda.",
     [(8000, None, ("Molo",)), (9000, None, ("Sirana",)), (4000, None, ("Karunda",))]),
    ("About 6,000 evacuees were staying in Molo and 2,500 in Sirana.", [(6000, None, ("Molo",)), (2500, None, ("Sirana",))]),
    # ... and the parts of evacuees named with no figure before them
    ("Of the evacuees, 8,000 were in Molo, 9,000 in Sirana and 4,000 in Karunda.",
     [(8000, None, ("Molo",)), (9000, None, ("Sirana",)), (4000, None, ("Karunda",))]),
    # negative: a part of evacuees whose verb places them nowhere, and a part of residents, tell no movement
    ("Of the evacuees, about 8,000 have complained.", []),
    ("Of the residents, 8,000 were in Molo.", []),
    # negative: people not named as moved were in the place they left; nor is "in" anything but a place named
    ("About 5,000 residents were in Sirana when it was evacuated.", []),
    ("About 5,000 residents were evacuated from Sirana and 2,000 from Molo.", [(5000, "Sirana", ()), (2000, "Molo", ())]),
])
def test_a_list_of_where_evacuees_are(text, read):
    assert _destinations(text) == read


def test_evacuees_in_no_place_named_are_not_put_anywhere():
    [(value, origin, destinations)] = _destinations("About 5,000 evacuees were in no danger.")
    assert (value, destinations) == (5000, ())


def _arrivals(text: str) -> list[tuple[int | None, tuple[str, ...], str]]:
    return [(r.count.value, tuple(p.name for p in r.destinations), r.status) for r in reports_of(text)
            if r.count is not None]


@pytest.mark.parametrize("text, read", [
    # people expected "here" go where the speaker is: the place of the official the sentence names
    ("The mayor of Sirana said 7,500 evacuees are expected here by Sunday.", [(7500, ("Sirana",), "planned")]),
    ("Sirana's mayor said about 2,000 evacuees have arrived here since Friday.", [(2000, ("Sirana",), "completed")]),
    # people destined for a place are to go there
    ("Some 25,000 are destined for Sirana.", [(25000, ("Sirana",), "planned")]),
    ("About 4,000 evacuees destined for Sirana boarded buses.", [(4000, ("Sirana",), "planned")]),
])
def test_people_expected_here_or_destined_for_a_place_go_there(text, read):
    assert _arrivals(text) == read


def test_here_after_a_departure_and_aid_destined_for_a_place_are_no_arrival():
    assert [d for _, d, _ in _arrivals("The mayor of Sirana said 7,500 evacuees left here on Sunday.")] == [()]
    assert _arrivals("Some 2,500 tons of aid destined for Sirana left today.") == []
    # ... and evacuees due to a cause are no plan
    assert [s for _, _, s in _arrivals("About 2,000 evacuees were due to the floods in Sirana.")] != ["planned"]


_FIGHTING = "Fighting forced thousands to flee Sirana on Monday."


@pytest.mark.parametrize("text, read", [
    # an aside sizing the refugees counts them, whatever the clause's verb
    ("The refugees, now numbering 6,500, have asked for food.", [(6500, "people", "fled")]),
    ("The refugees — estimated at 4,000 — said they feared the army.", [(4000, "people", "fled")]),
    # negative: refugees with no aside sizing them are only the topic of a figure of something else
    ("The refugees, mostly women, have asked for 6,500 tents.", []),
    ("The refugees said 6,500 tents were needed.", []),
])
def test_refugees_sized_by_an_aside_are_counted(text, read):
    assert [f for f in _terms_after(text, _FIGHTING)] == read


def _terms_after(text: str, opening: str) -> list[tuple[int | None, str, str]]:
    return [(r.count.value, r.unit, r.term) for r in reports_of(text, opening) if r.count and r.count.value]


def _held(text: str) -> list[tuple[int | None, str | None, tuple[str, ...], str]]:
    return [(r.count.value, r.origin.name if r.origin else None, tuple(p.name for p in r.destinations), r.term)
            for r in reports_of(text, _FIGHTING) if r.count and r.count.value]


@pytest.mark.parametrize("text, read", [
    # people a camp has held for years are its caseload, sheltered where it is: no new flight from the story's place
    ("Molo camp has hosted 20,000 refugees for years.", [(20000, None, ("Molo",), "sheltered")]),
    ("Molo camp has been home to 15,000 displaced people since 2011.", [(15000, None, ("Molo",), "sheltered")]),
    ("Molo camp has housed 9,000 refugees for a decade.", [(9000, None, ("Molo",), "sheltered")]),
    # negative: a place that has hosted visitors holds no displaced people
    ("Molo has hosted 20,000 fans for the final.", []),
    # ... and a relative clause that moves them tells their flight, as after "now hosts"
    ("Molo camp has hosted 2,000 refugees who fled Sirana last week.", [(2000, "Sirana", (), "fled")]),
])
def test_refugees_a_camp_has_hosted_for_years_are_sheltered_there(text, read):
    assert _held(text) == read
