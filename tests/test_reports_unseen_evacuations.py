"""Movement reports, issue 5: wordings that real, unseen excerpts on evacuations (volcanoes, storms, dam failures, fires,
gas leaks, convoys out of sieges) showed dropped or misread. Inputs are hand-written, not benchmark or corpus text."""
import pytest

from test_reports import reports_of
from test_reports_unseen import figures


def statuses(text: str) -> list[tuple[int | None, str, str]]:
    return [(r.count.value if r.count else None, r.term, r.status) for r in reports_of(text)]


def test_a_count_a_movement_noun_governs_moves_by_that_noun_not_by_another_clause_s_verb():
    assert statuses("The evacuation of 4,200 villagers was completed on Friday, while 150 others fled into the forest.") == [
        (4200, "evacuated", "completed"), (150, "fled", "completed")]
    assert statuses("The mayor called for the relocation of 3,500 residents, and about 200 took shelter in a gym.") == [
        (3500, "relocated", "planned"), (200, "sheltered", "completed")]


def test_a_count_no_movement_noun_governs_still_takes_the_nearest_verb():
    assert statuses("About 4,200 villagers fled into the forest after the evacuation was announced.") == [
        (4200, "fled", "completed")]


@pytest.mark.parametrize("text, status", [
    ("Evacuation orders for about 12,000 residents of the valley stayed in force on Tuesday.", "completed"),
    ("Evacuation advisories were issued for 80,000 people, and some 900 sought refuge in schools.", "planned"),
    ("The prefecture issued an evacuation advisory to 64,000 residents along the river.", "planned"),
])
def test_the_people_an_order_or_an_advisory_to_leave_covers_are_its_evacuation(text, status):
    assert statuses(text)[0][1:] == ("evacuated", status)  # an order's status as ``test_reports.test_status`` has it


def test_people_a_warning_of_no_movement_covers_are_no_evacuation():
    assert figures("Flood warnings for about 12,000 residents of the valley stayed in force on Tuesday.") == []
    assert figures("Heat advisories were issued for 80,000 people on Monday.") == []


def test_a_time_word_between_a_movement_noun_and_its_of_keeps_the_count():
    assert figures("Rising rivers led to the evacuation so far of more than 3,400 from riverside hamlets.") == [
        (3400, "people", "evacuated")]
    assert figures("Rising rivers led to the evacuation to date of 3,400 villagers.") == [(3400, "people", "evacuated")]


def test_a_key_figure_row_gives_its_first_figure_the_label_after_the_row():
    assert figures("9,800 4 12 % 310 people evacuated shelters opened of schools closed health posts ready") == [
        (9800, "people", "evacuated")]


@pytest.mark.parametrize("text, expected", [
    ("Since March 3, 2016, over 5,200 people have been evacuated to schools.", [(5200, "people", "evacuated")]),
    ("In 2016 5,200 people were evacuated to schools.", [(5200, "people", "evacuated")]),
    ("Some 5,200 people were evacuated, 310 of them by boat.", [(5200, "people", "evacuated")]),
])
def test_figures_beside_a_date_or_a_part_are_no_key_figure_row(text, expected):
    assert figures(text) == expected
