"""Movement reports, issue 5: mechanisms found on older wire copy (2008-2019 floods, quakes, fires and riots).
Inputs are hand-written, not benchmark or corpus text."""
import pytest

from test_reports_unseen import figures


@pytest.mark.parametrize("text, value", [
    ("The quake led to the collapse of 340 houses in the hills.", 340),
    ("Some 55 homes were swallowed by mud when the slope gave way.", 55),
    ("The swollen river swallowed up 18 houses overnight.", 18),
])
def test_collapse_of_and_swallowed_homes_are_destroyed(text, value):
    assert figures(text) == [(value, "households", "destroyed housing")]


@pytest.mark.parametrize("text", [
    "The collapse of the bridge cut off 300 houses on the far bank.",
    "Residents of 70 homes swallowed their pride and queued for rations.",
])
def test_other_collapses_and_swallowing_destroy_no_homes(text):
    assert all(term != "destroyed housing" for _, _, term in figures(text))


@pytest.mark.parametrize("text", [
    "The storm brought torrential rain to about 2.4 million people in the delta.",
    "Agencies sent food to 6,000 families in the district.",
])
def test_what_a_carrying_verb_brings_to_people_counted_moves_none_of_them(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, value", [
    ("Boats brought 700 villagers to the district town.", 700),
    ("Police took the 260 residents to a sports stadium.", 260),
])
def test_people_a_carrying_verb_brings_somewhere_are_still_moved(text, value):
    assert [v for v, _, _ in figures(text)] == [value]


@pytest.mark.parametrize("text", [
    "A total of 17 people were confirmed dead in the district as families began to go back home from the camps.",
    "Some 23 villagers were found dead as survivors fled their flooded homes.",
])
def test_a_confirmed_or_found_toll_is_not_the_people_who_moved(text):
    assert all(value not in (17, 23) for value, _, _ in figures(text))


def test_people_confirmed_displaced_are_still_counted():
    assert figures("Officials said 1,900 people were confirmed displaced by the floods.") == [(1900, "people", "displaced")]


@pytest.mark.parametrize("text, expected", [
    ("The tremor caused the collapse of 410 houses, damaged 800 buildings and injured dozens.",
     [(410, "households", "destroyed housing")]),
    ("The cyclone led to the destruction of 95 homes, damaged 300 schools and injured 12 fishermen.",
     [(95, "households", "destroyed housing")]),
    ("The blast caused the collapse of 120 homes, damaged more than 500 shops and injured hundreds, police said.",
     [(120, "households", "destroyed housing")]),
    ("The flood forced the evacuation of 650 villagers, damaged 70 bridges and injured dozens.",
     [(650, "people", "evacuated")]),
])
def test_a_later_deed_of_the_hazard_is_not_what_befell_homes_or_people_named_by_a_noun(text, expected):
    assert figures(text) == expected


def test_homes_the_hazard_only_hit_before_its_later_deeds_are_still_no_report():
    assert figures("The tremor hit 410 houses, damaged 800 buildings and injured dozens.") == []


@pytest.mark.parametrize("text, value", [
    ("The tremor toppled more than 650 houses in the county.", 650),
    ("Some 240 huts were crushed by falling boulders.", 240),
    ("A flash flood tore down 28 houses and a bridge.", 28),
])
def test_toppled_crushed_and_torn_down_homes_are_destroyed(text, value):
    assert figures(text) == [(value, "households", "destroyed housing")]


@pytest.mark.parametrize("text", [
    "The gale toppled trees onto 45 houses in the town.",
    "The gale toppled power lines serving 30,000 homes.",
])
def test_what_else_was_toppled_destroys_no_homes(text):
    assert figures(text) == []


def test_the_demolition_of_homes_is_their_destruction_and_evicted_people_are_displaced():
    assert figures("The demolition of 230 shanties left 1,100 residents homeless.", headline="City news\n\n") == [
        (230, "households", "destroyed housing"), (1100, "people", "homeless")]
    assert figures("Police forcibly evicted 4,200 squatters from the riverbank.", headline="City news\n\n") == [
        (4200, "people", "displaced")]


@pytest.mark.parametrize("text", [
    "The demolition of the old bridge cut off 300 houses on the far bank.",
    "About 600 families have been served eviction notices.",
])
def test_a_demolition_of_something_else_or_a_notice_is_no_report(text):
    assert figures(text, headline="City news\n\n") == []
