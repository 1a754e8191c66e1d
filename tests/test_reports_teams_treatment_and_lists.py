"""Movement reports: every item of an "including" list is a part, teams sent and people taken for treatment are no
displacement, people on their way or travelling aboard are moving, the verb after a relative clause is the count's.
Told in made-up wordings (not benchmark or corpus text); each positive failed before its fix."""
from __future__ import annotations

import pytest

from geo.counting import moving_counts
from test_reports_left31 import reports_of

EVACUATION = "Karunda evacuated its citizens from Molo as fighting closed in on the city."


def _read(text: str, opening: str | None = None) -> list[tuple[int | None, str, str]]:
    return [(r.count.value if r.count else None, r.term, r.status)
            for r in (reports_of(text, opening) if opening else reports_of(text)) if r.quote.startswith(text[:20])]


@pytest.mark.parametrize("text, counts", [
    # every item of an "including" list is a part of the whole, each after the comma of the item before
    ("Some 2,000 people fled Sirana, including 300 children, 200 women and 100 elderly.", [2000]),
    ("Some 2,000 people fled Sirana, including 300 children, 200 women and 100 old people.", [2000]),
    ("Some 2,000 people fled Sirana, including 300 children, 200 women, 150 men and 100 old people.", [2000]),
    # negative: the people of a clause of their own after the aside are a count of their own
    ("Some 2,000 people fled Sirana, including 300 children, 500 people were evacuated from Molo.", [2000, 500]),
    ("Some 2,000 people fled Sirana, including 300 children, and 500 people were evacuated from Molo.", [2000, 500]),
])
def test_each_item_of_an_including_list_is_a_part(text, counts):
    assert [c.count.value for c in moving_counts(text)] == counts


def test_the_parts_of_an_including_list_are_the_whole_s_breakdown():
    (whole,) = moving_counts("Some 2,000 people fled Sirana, including 300 children, 200 women and 100 old people.")
    assert whole.breakdown == [("people", 300), ("people", 200), ("people", 100)]


@pytest.mark.parametrize("text, read", [
    # the staff of a team or a delegation sent or arriving are helpers, no displacement
    ("A team of 50 people was sent to Sirana.", []),
    ("A medical team of 40 people arrived in Sirana.", []),
    ("A delegation of about 30 people landed in Sirana.", []),
    # negative: a group of people fleeing fled, and a team that moves others moves them
    ("A group of 50 people fled to Sirana.", [(50, "fled", "completed")]),
    ("A team of rescuers evacuated 300 people to Sirana.", [(300, "evacuated", "completed")]),
])
def test_a_team_sent_is_no_displacement(text, read):
    assert _read(text) == read


@pytest.mark.parametrize("text, read", [
    # people taken to a place for treatment are cared for there, also counted by their families
    ("35 injured people from eight families were flown to Sirana for treatment.", []),
    ("35 injured people were flown to the capital for medical treatment.", []),
    # negative: taken there for safety, or cared for once there, they moved
    ("35 injured people were flown to Sirana for safety.", [(35, "displaced", "completed")]),
    ("3,000 people were evacuated to Sirana, where they receive care.", [(3000, "evacuated", "completed")]),
])
def test_people_taken_somewhere_for_treatment_are_cared_for(text, read):
    assert _read(text) == read


@pytest.mark.parametrize("text, read", [
    # a convoy on its way, or people travelling aboard a flight in an evacuation story, are underway
    ("A convoy carrying 2,000 people from Molo is on its way to Sirana.", [(2000, "evacuated", "underway")]),
    ("Buses carrying 900 residents are on their way to Sirana.", [(900, "evacuated", "underway")]),
    ("81 Karundans are travelling to Sirana on a military plane.", [(81, "evacuated", "underway")]),
    ("The last 81 Karundans in Molo travelled to Sirana aboard two evacuation flights.", [(81, "evacuated", "completed")]),
    # negative: a trip's travellers, a journey with no vehicle, a way out of a crisis
    ("Some 300 delegates travelled to Sirana on a chartered plane.", []),
    ("Some 300 students travelled to Sirana for a tournament.", []),
    ("A deal for the 2,000 people in Molo is on its way.", []),
    ("Rescuers are on their way to the 3,000 people stranded in Molo.", []),
    # ... nor is heading to people counted, who are the goal
    ("Rescue teams are heading to the 1,200 villagers marooned near Molo.", []),
    # ... while people counted who head somewhere are moving
    ("Some 1,200 villagers are heading to Sirana.", [(1200, "evacuated", "underway")]),
])
def test_people_on_their_way_or_travelling_aboard_are_moving(text, read):
    assert _read(text, EVACUATION) == read


@pytest.mark.parametrize("text, read", [
    # the verb after a relative clause between commas is its people's, not the one inside it
    ("Residents, who were told they would have to leave, fled to Sirana.", [(None, "fled", "completed")]),
    ("Villagers, who had been ordered to evacuate, fled to Sirana on Monday.", [(None, "fled", "completed")]),
    # negative: with no verb after the clause but its own, the clause's is the movement
    ("Residents who were told to leave will go to Sirana.", [(None, "evacuated", "planned")]),
])
def test_the_verb_after_a_relative_clause_moves_its_people(text, read):
    assert _read(text) == read


@pytest.mark.parametrize("text, read", [
    # with no figure, people named with their place before the verb that moves them leave that place
    ("Residents of Sirana were ordered to evacuate on Monday.", [(None, "evacuated", "planned", "Sirana")]),
    ("Officials ordered residents of Sirana to leave on Tuesday.", [(None, "evacuated", "planned", "Sirana")]),
    ("Families from Sirana have fled.", [(None, "fled", "completed", "Sirana")]),
    # negative: an order for something else, or no people the verb moves, is no report
    ("Lakeside ordered the closure of Sirana on Tuesday.", []),
    ("A court ordered Sirana to pay the fine.", []),
    ("The evacuation order for Sirana was lifted on Friday.", []),
    ("Residents of Sirana said the rain would stop.", []),
])
def test_people_named_with_their_place_leave_it_with_no_figure(text, read):
    assert [(r.count.value if r.count else None, r.term, r.status, r.origin.name if r.origin else None)
            for r in reports_of(text, "Storms hit Karunda.") if r.quote.startswith(text[:20])] == read


@pytest.mark.parametrize("text, read", [
    # with no figure, an evacuation ordered by the noun for a place named right after it is its people's, from it
    ("A mandatory evacuation order was issued for Sirana on Tuesday.", [(None, "evacuated", "unknown", "Sirana")]),
    ("Lakeside ordered the evacuation of Sirana on Tuesday.", [(None, "evacuated", "unknown", "Sirana")]),
    ("Officials issued evacuation orders for parts of Sirana.", [(None, "evacuated", "unknown", "Sirana")]),
    # negative: an order for something else, or one lifted, is no report
    ("Lakeside ordered the closure of Sirana on Tuesday.", []),
    ("The evacuation order for Sirana was lifted on Friday.", []),
    ("Lakeside rescinded the evacuation orders for Sirana.", []),
])
def test_an_evacuation_ordered_for_a_place_is_a_report_with_no_figure(text, read):
    assert [(r.count.value if r.count else None, r.term, r.status, r.origin.name if r.origin else None)
            for r in reports_of(text, "Storms hit Karunda.") if r.quote.startswith(text[:20])] == read
