"""Movement reports: place lists and rankings after a total, shares of a whole, people still to follow, areas an
evacuation is ordered for, a second figure of the whole country, aid that reached people and large figures naming no
place. Told in made-up wordings (not benchmark or corpus text); each positive failed before its fix."""
from __future__ import annotations

import datetime

import pytest

from geo.model import Document, Place
from geo.reports import find_reports
from test_reports_seeds import stub_mentions

KARUNDA = Place("t:ka", "Karunda", 0.5, 36.0, "country", "KA")
LAKESIDE = Place("t:la", "Lakeside", 0.3, 36.1, "admin1", "KA")
MOLO = Place("t:mo", "Molo", 0.25, 35.7, "city", "KA", parent="t:la", population=40000)
SIRANA = Place("t:si", "Sirana", 0.9, 35.2, "city", "KA", parent="t:la", population=90000)
TORO = Place("t:to", "Toro", 0.8, 35.9, "city", "KA", parent="t:la")  # no population known
PLACES = {p.name: p for p in (KARUNDA, LAKESIDE, MOLO, SIRANA, TORO)}
FLOODS = "Floods hit Molo in Karunda on Monday, and many families left their homes in Molo."


def reports_of(text: str):
    doc = Document("doc", "Floods news\n\n" + FLOODS + "\n\n" + text)
    return [r for r in find_reports(doc, stub_mentions(doc, PLACES)) if r.count is not None]


def _read(text: str) -> list[tuple]:
    return [(r.count.value, r.term, r.origin.name if r.origin else None, r.part) for r in reports_of(text)]


@pytest.mark.parametrize("text, expected", [
    ("Floods displaced 12,000 people (4,695 in Sirana, 832 in Molo).",
     [(12000, "displaced", None, False), (4695, "displaced", "Sirana", True), (832, "displaced", "Molo", True)]),
    ("Some 12,000 people were displaced (4,695 in Sirana and 832 in Molo) by the floods.",
     [(12000, "displaced", None, False), (4695, "displaced", "Sirana", True), (832, "displaced", "Molo", True)]),
    # negatives: a bracket of figures placed by no name breaks nothing down, nor does one of a month (when, no place)
    ("Some 12,000 people were displaced in Sirana (4,695 by boat, 832 by bus).", [(12000, "displaced", "Sirana", False)]),
    ("Floods displaced 12,000 people (9,000 in March).", [(12000, "displaced", "Molo", False)]),
    ("Floods displaced 12,000 people: 9,000 in March and 3,000 in April.", [(12000, "displaced", "Molo", False)]),
])
def test_a_bracket_after_a_whole_breaks_it_down_place_by_place(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the undated peak is the same people's older count, no report of its own (a dated one is)
    ("In Sirana, shelter populations have fallen to 10,400, down from 160,000 at the peak.",
     [(10400, "sheltered", None, ("Sirana",))]),
    ("The shelter population in Sirana fell to 10,400, down from 160,000 on Saturday.",
     [(10400, "sheltered", None, ("Sirana",)), (160000, "sheltered", None, ("Sirana",))]),
    ("The evacuation centre population in Sirana fell to 10,400 on Monday.", [(10400, "sheltered", None, ("Sirana",))]),
    # negative: what a shelter can hold is no one in it
    ("The shelter capacity of Sirana is 10,400.", []),
])
def test_a_shelter_population_is_people_sheltered(text, expected):
    assert [(r.count.value, r.term, r.origin, tuple(d.name for d in r.destinations)) for r in reports_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Half of the 4,800 residents of Sirana fled.", [("Half of the 4,800", 2400, 2400, 2400)]),
    ("About a third of the 9,000 residents of Sirana have been evacuated.", [("About a third of the 9,000", 3000, 3000, 3000)]),
    ("Two-thirds of Sirana's 9,000 residents left their homes.", [("Two-thirds of Sirana's 9,000", 6000, 6000, 6000)]),
    ("Nearly half of the 4,800 residents were evacuated, officials said.", [("Nearly half of the 4,800", 2400, None, 2400)]),
    ("About 40 percent of the 5,000 residents of Sirana have fled.", [("About 40 percent of the 5,000", 2000, 2000, 2000)]),
    # negatives: a share that says no figure, and a whole its relative clause moves
    ("Most of the 4,800 residents fled Sirana.", []),
    ("Half of the 4,000 people who fled Sirana are children.", [("4,000", 4000, 4000, 4000)]),
])
def test_an_exact_share_of_a_whole_counts_its_part(text, expected):
    assert [(r.count.text, r.count.value, r.count.min, r.count.max) for r in reports_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Officials issued an evacuation order for an area of 30,000 people near Sirana.", [(30000, None, 30000)]),
    ("Authorities ordered the evacuation of a zone of about 30,000 residents around Sirana.", [(30000, None, 30000)]),
    # negatives: a town's size is no movement, with a movement of others beside it or not
    ("Sirana, a town of 12,000, was spared by the floods.", []),
    ("Residents of Sirana, a town of 12,000, fled to Molo.", []),
])
def test_the_people_of_an_area_an_evacuation_is_ordered_for_are_its_upper_bound(text, expected):
    assert [(r.count.value, r.count.min, r.count.max) for r in reports_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Some 5,000 people left Sirana on Monday and 3,000 more would follow.",
     [(5000, "completed", False), (3000, "planned", True)]),
    ("Some 5,000 people have been evacuated from Sirana, and another 2,000 are expected.",
     [(5000, "completed", False), (2000, "planned", True)]),
    ("About 5,000 people have fled Sirana, and officials said 3,000 more were expected to follow.",
     [(5000, "completed", False), (3000, "planned", True)]),
    # negatives: people not counted as more than those before, and more people expected somewhere (an arrival)
    ("About 5,000 people have fled Sirana, and 3,000 people are expected to follow.", [(5000, "completed", False)]),
    ("Another 2,000 are expected in Molo after 5,000 residents left Sirana.", [(5000, "completed", False)]),
])
def test_more_people_to_follow_a_movement_are_its_planned_addition(text, expected):
    assert [(r.count.value, r.status, r.additional) for r in reports_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("In Sirana, 4,000 people fled and 20,000 nationwide.", [(4000, "Sirana"), (20000, "Karunda")]),
    ("Some 4,000 people fled Sirana, and 20,000 across the country.", [(4000, "Sirana"), (20000, "Karunda")]),
    # "affected" before the areas is theirs, not a state of the people counted
    ("Some 4,000 people fled Sirana and 20,000 in the affected areas.", [(4000, "Sirana"), (20000, "Karunda")]),
    # negatives: a scope word of another count's own verb, or of things
    ("4,000 people fled Sirana and 20,000 acres burned nationwide.", [(4000, "Sirana")]),
    ("Some 4,000 people fled Sirana and 20,000 were left without power nationwide.", [(4000, "Sirana")]),
])
def test_a_second_figure_of_the_whole_country_shares_the_first_ones_verb(text, expected):
    assert [(r.count.value, r.origin.name if r.origin else None) for r in reports_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Some 350,000 people were reached with livelihood support in Sirana.", []),
    ("Aid agencies have reached 350,000 people with food in Sirana.", []),
    # negative: people who reached a place with aid from others moved there
    ("Some 3,000 people reached Sirana with aid from the army.", [(3000, ("Sirana",))]),
])
def test_people_aid_reached_did_not_move(text, expected):
    doc = Document("doc", "Floods news\n\n" + FLOODS + "\n\n" + text)
    found = [r for r in find_reports(doc, stub_mentions(doc, PLACES)) if text in r.quote]
    assert [(r.count.value, tuple(d.name for d in r.destinations)) for r in found if r.count] == expected
    assert all(r.count is not None for r in found)  # no figureless movement of the people reached either


@pytest.mark.parametrize("text, origin", [
    # not in the village: in the country holding it (a nationwide figure)
    ("Rain flooded Toro on Monday. Some 350,000 people have been displaced by the floods this year.", "Karunda"),
    # negatives: a figure a village may hold, and a large one its own sentence places there
    ("Rain flooded Toro on Monday. Some 35,000 people have been displaced by the floods.", "Toro"),
    ("Some 350,000 people have fled Toro.", "Toro"),
])
def test_a_large_figure_naming_no_place_is_no_town_of_unknown_size(text, origin):
    [report] = [r for r in reports_of(text) if r.count.value in (35000, 350000)]
    assert (report.origin.name if report.origin else None) == origin


@pytest.mark.parametrize("text, expected", [
    ("The fighting has displaced 400,000 people in Sirana, followed by Molo with 146,000 and Toro with 90,000.",
     [(400000, "Sirana"), (146000, "Molo"), (90000, "Toro")]),
    ("Some 40,000 people were evacuated in Sirana, followed closely by Molo with 31,000.", [(40000, "Sirana"), (31000, "Molo")]),
    ("Over 160,000 have been displaced in Sirana, followed by Molo with 46,000, Toro with 9,000 people.",
     [(160000, "Sirana"), (46000, "Molo"), (9000, "Toro")]),
    # negative: people of another kind following the first
    ("Some 40,000 people fled Sirana, followed by 3,000 soldiers.", [(40000, "Sirana"), (3000, "Sirana")]),
])
def test_each_next_place_of_a_ranking_has_its_own_figure(text, expected):
    assert [(r.count.value, r.origin.name if r.origin else None) for r in reports_of(text)] == expected


def test_a_place_with_a_figure_outside_a_ranking_is_no_next_place():
    reports = reports_of("Some 40,000 people fled Sirana, and Molo with 31,000 residents was spared.")
    assert [r.count.value for r in reports] == [40000]


def test_more_people_to_follow_in_a_sentence_of_their_own_restate_the_movement_before():
    doc = Document("doc", "Floods news\n\nSome 5,000 people left Sirana on Monday, 3 June 2024. Another 3,000 are expected to "
                          "follow on Tuesday.", date=datetime.date(2024, 6, 3))
    first, more = find_reports(doc, stub_mentions(doc, PLACES))
    assert (first.count.value, first.status, first.date) == (5000, "completed", "2024-06-03")
    assert (more.count.value, more.status, more.additional, more.origin, more.date) == (
        3000, "planned", True, SIRANA, "2024-06-04")
    # negative: more people who stay move no one
    stay = Document("doc", "Floods news\n\nSome 5,000 people left Sirana on Monday. Another 3,000 are expected to stay.")
    assert [r.count.value for r in find_reports(stay, stub_mentions(stay, PLACES))] == [5000]


@pytest.mark.parametrize("text, status", [
    ("A fire broke out last week, prompting officials to evacuate 2,400 residents of Sirana.", "completed"),
    # negative: a cause still to come
    ("The fire could prompt officials to evacuate 2,400 residents of Sirana.", "planned"),
])
def test_people_a_cause_prompted_others_to_move_moved(text, status):
    assert [(r.count.value, r.status) for r in reports_of(text)] == [(2400, status)]


@pytest.mark.parametrize("text, expected", [
    ("Some 5,000 people left Sirana on Monday, and 3,000 more followed on Tuesday.",
     [(5000, "completed", False), (3000, "completed", True)]),
    ("About 5,000 people have fled Sirana, and another 2,000 have since followed.",
     [(5000, "completed", False), (2000, "completed", True)]),
    # negatives: people not counted as more than those before, and a ranking's next place after "followed by"
    ("About 5,000 people have fled Sirana, and 2,000 people followed the news.", [(5000, "completed", False)]),
    ("The storm killed 20 people in Sirana, and 300 more followed the funeral.", []),
])
def test_more_people_who_followed_a_movement_are_its_completed_addition(text, expected):
    assert [(r.count.value, r.status, r.additional) for r in reports_of(text)] == expected


@pytest.mark.parametrize("follow", ["3,000 more followed on Tuesday.", "Another 3,000 followed on Tuesday."])
def test_more_people_who_followed_in_a_sentence_of_their_own_restate_the_movement_before(follow):
    # (told on Wednesday: the Tuesday they followed is the day before)
    doc = Document("doc", "Floods news\n\nSome 5,000 people fled Sirana to Toro on Monday. " + follow,
                   date=datetime.date(2024, 6, 5))
    first, more = find_reports(doc, stub_mentions(doc, PLACES))
    assert (more.count.value, more.status, more.additional, more.date) == (3000, "completed", True, "2024-06-04")
    assert (more.origin, more.destinations, more.term) == (SIRANA, (TORO,), "fled")


@pytest.mark.parametrize("text, expected", [
    ("Some 2,000 people fled to Molo; 3,500 to Toro.", [(2000, "Molo"), (3500, "Toro")]),
    ("About 2,000 people were evacuated to Molo; 3,500 to Toro; and 900 to Sirana.",
     [(2000, "Molo"), (3500, "Toro"), (900, "Sirana")]),
    # negatives: a figure after the semicolon with a verb of its own, or placed by no name
    ("Some 2,000 people fled to Molo; 3,500 were injured.", [(2000, "Molo")]),
    ("Some 2,000 people fled to Molo; 3,500 by bus.", [(2000, "Molo")]),
])
def test_the_next_destination_after_a_semicolon_shares_the_verb(text, expected):
    assert [(r.count.value, r.destinations[0].name if r.destinations else None) for r in reports_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Some 145,000 people moved to camps in Toro and the rest (215,000) to host families in Molo.", [145000, 215000]),
    ("About 1,200 families fled to Toro, and the remainder (800) to Molo.", [1200, 800]),
    # negatives: a share of the rest, and the rest of something else
    ("Some 145,000 people moved to camps in Toro and the rest (60%) to host families in Molo.", [145000]),
    ("Some 145,000 people moved to camps in Toro and the rest (2,000 tonnes) of the aid went to Molo.", [145000]),
])
def test_the_rest_of_them_in_brackets_shares_the_verb(text, expected):
    assert [r.count.value for r in reports_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # a town hosting people, then a ranking: each next place holds its own, sheltered there
    ("Sirana hosts 40,000 IDPs, followed by Molo at 14,600.",
     [(40000, "sheltered", None, ("Sirana",)), (14600, "sheltered", None, ("Molo",))]),
    ("Sirana hosts 40,000 IDPs, followed by Molo with 14,600 and Toro with 9,000.",
     [(40000, "sheltered", None, ("Sirana",)), (14600, "sheltered", None, ("Molo",)), (9000, "sheltered", None, ("Toro",))]),
    # a province hosting them: each next place is where its people are, as the first is
    ("Lakeside hosts 400,000 IDPs, followed by Karunda at 146,000.",
     [(400000, "displaced", None, ("Lakeside",)), (146000, "displaced", None, ("Karunda",))]),
    # negative: a ranking of places people were displaced in: where they left
    ("Some 40,000 IDPs were displaced in Sirana, followed by Molo with 14,600.",
     [(40000, "displaced", "Sirana", ()), (14600, "displaced", "Molo", ())]),
])
def test_a_ranking_after_a_place_hosting_people_hosts_them_too(text, expected):
    assert [(r.count.value, r.term, r.origin.name if r.origin else None, tuple(d.name for d in r.destinations))
            for r in reports_of(text)] == expected
