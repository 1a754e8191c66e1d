"""Movement reports, issue 5: wordings of conflict displacement (sieges, crossings, tallies of refugees) that real,
unseen news excerpts showed dropped or wrongly kept. Inputs are hand-written, not benchmark or corpus text."""
import pytest

from test_reports_unseen import figures


@pytest.mark.parametrize("text, expected", [
    # the people of a capital, region or province are its population, not people who fled
    ("About 12,000 residents fled the shelling of the capital of some 900,000 people.", [(12000, "people", "fled")]),
    ("In a region of three million people, some 40,000 have fled their homes.", [(40000, "people", "fled")]),
    # "four out of 10 residents" is a proportion: the 10 counts no one
    ("Some 6,000 residents fled the town; four out of 10 residents have now left.", [(6000, "people", "fled")]),
])
def test_a_capitals_population_and_a_proportion_are_no_reports(text, expected):
    assert figures(text) == expected


def test_people_fleeing_to_a_capital_or_out_of_fear_still_report():
    assert figures("About 12,000 people fled to the capital.") == [(12000, "people", "fled")]
    assert figures("Out of fear, 400 families fled the village.") == [(400, "families", "fled")]


def test_a_tally_rising_from_a_value_told_with_its_month_reports_the_last():
    assert figures("The number of displaced people rose from 3,100 in March to 7,400 this week.") == [
        (7400, "people", "displaced")]
    # a figure of places between is still no earlier value of the tally
    assert figures("The number of evacuees rose from 3,100 in 12 camps to 7,400.") == []


def test_a_tally_breaching_a_mark_passes_it():
    assert figures("The number of displaced people had breached the 30,000 mark by Friday.") == [
        (30000, "people", "displaced")]


def test_people_entering_one_country_from_another_crossed():
    assert figures("About 2,300 people entered Chad from Sudan over the weekend.") == [(2300, "people", "crossed")]
    # a building or a venue entered from one side is no border crossed
    assert figures("About 2,300 people entered the building from the back.") == []
    assert figures("About 2,300 fans entered the stadium from the north gate.") == []


@pytest.mark.parametrize("text", [
    "Some 900 civilians trapped in the old city were evacuated on Sunday.",
    "Some 900 people stranded at the port were evacuated after the shelling.",
    "Some 900 women, children and old people trapped in the encircled district were evacuated.",
    "Some 900 civilians trapped in the encircled district, east of the river, were evacuated.",
])
def test_people_told_by_where_they_were_trapped_and_then_evacuated_count(text):
    assert figures(text) == [(900, "people", "evacuated")]


def test_people_trapped_or_waiting_somewhere_who_did_not_move_are_no_report():
    assert figures("Some 900 civilians trapped in the old city were killed on Sunday.") == []
    assert figures("Some 900 civilians who had been waiting for aid received food parcels.") == []


def test_people_who_had_been_waiting_at_a_border_and_then_crossed_count():
    assert figures("Nearly 500 villagers who had been waiting at the river crossed into Tanzania in the dead of night.") == [
        (500, "people", "crossed")]
    assert figures("Nearly 500 villagers who had been waiting at the river were arrested.") == []


def test_people_of_a_named_place_who_left_with_nothing_after_the_verb_pass_the_gate():
    assert figures("Officials said 3,000 residents of Kharkiv had left, most of them by train.", headline="") == [
        (3000, "people", "displaced")]
    # what follows the verb is then where they went or what they left; unnamed places, fans and votes move no one
    assert figures("Officials said 3,000 residents of Kharkiv had left the building.", headline="") == []
    assert figures("Officials said 3,000 residents of the city had left, most of them by train.", headline="") == []
    assert figures("Officials said 3,000 fans from Kharkiv had left, most of them by train.", headline="") == []
    assert figures("Officials said 3,000 residents of Kharkiv had voted.", headline="") == []
