"""Movement reports, issue 5: wordings that real, unseen excerpts on disasters in East and Southeast Asia and Australia
showed dropped or wrongly kept. Inputs are hand-written, not benchmark or corpus text."""
import pytest

from test_reports_unseen import figures


@pytest.mark.parametrize("text, expected", [
    ("Rescue boats helped to relocate all 450 people living in the hamlet of Kettle Creek.", [(450, "people", "relocated")]),
    ("Soldiers evacuated the 120 residents living near the dam on Tuesday.", [(120, "people", "evacuated")]),
])
def test_a_whole_group_moved_by_the_verb_before_it_is_no_population(text, expected):
    assert figures(text) == expected


def test_a_whole_group_told_by_where_it_lives_without_a_movement_stays_a_population():
    assert figures("The storm cut power to all 450 people living in the hamlet of Kettle Creek.") == []
    assert figures("The mayor said the 120 residents living near the dam were safe.") == []


def test_one_of_a_group_ordered_to_leave_counts_the_group():
    assert figures("Her household is one of 52 households who have been ordered to evacuate at once.") == [
        (52, "households", "evacuated")]
    assert figures("Her household is one of 52 households who were told to leave the riverbank.") == [
        (52, "households", "evacuated")]


def test_one_of_a_group_that_did_not_move_is_no_count():
    assert figures("Her household is one of 52 households who attended the meeting on the riverbank.") == []


def test_homes_half_destroyed_are_damage_not_destroyed_housing():
    assert figures("Villagers fled after seven houses were half-collapsed by the landslide near the school.") == []
    assert figures("Landslides left 12 homes half-buried and 30 homes buried, and 200 residents were evacuated.") == [
        (30, "households", "destroyed housing"), (200, "people", "evacuated")]
    # without "half" the homes are destroyed
    assert figures("Villagers fled after seven houses were collapsed by the landslide near the school.") == [
        (7, "households", "destroyed housing")]


@pytest.mark.parametrize("service", ["emotional support and practical advice", "counselling"])
def test_people_given_advice_beside_shelters_are_aided_not_sheltered(service):
    assert figures(f"The agency ran evacuation centres in 12 towns and gave {service} to 9,000 people.") == []
    # the shelters' own verb still moves them
    assert figures("Volunteers in evacuation centres in 12 towns sheltered 9,000 people.") == [(9000, "people", "sheltered")]
