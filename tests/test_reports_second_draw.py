"""Movement reports, issue 5: mechanisms found on the dev half of the second Multi-News draw and on
reports in its dev articles. Inputs are hand-written, not benchmark or corpus text."""
import pytest

from test_reports import reports_of


def figures(text: str, headline: str = "Flood news\n\n") -> list[tuple[int | None, str, str]]:
    return [(r.count.min if r.count else None, r.unit, r.term) for r in reports_of(text, headline=headline)]


@pytest.mark.parametrize("text, value, term", [
    # people staying or trapped where their flight took them were displaced, not a population
    ("Some 4,000 villagers remain trapped in the hills since being driven out of their homes.", 4000, "fled"),
    ("About 2,500 residents are still stranded on the ridge after being forced out of nearby towns.", 2500, "fled"),
    ("Between 6,000 and 9,000 people remain stuck at the border after fleeing the shelling.", 6000, "fled"),
])
def test_people_who_stay_where_their_flight_took_them_were_displaced(text, value, term):
    assert figures(text) == [(value, "people", term)]


@pytest.mark.parametrize("text", [
    "Some 20,000 people remained in the city after the storm.",
    "About 300 miners were trapped underground after the blast.",
    "Nearly 5,000 residents stayed in the town since 1990, and some fled later.",
])
def test_people_who_stay_without_having_moved_are_still_a_population(text):
    assert figures(text) == []


def test_driven_or_forced_out_of_places_with_any_determiner_is_a_movement():
    assert figures("Fighting has driven 12,000 people out of surrounding villages.") == [(12000, "people", "fled")]
    assert figures("The striker was forced out of the game by injury, and 40 fans left early.", headline="") == []


@pytest.mark.parametrize("text, expected", [
    # occupants of a vehicle after a preposition are who is in it, unless a movement moves them
    ("Rescuers reached the wreck of a plane that went down in the hills with 54 people on board.", []),
    ("Divers reached a ferry that sank near the coast with 120 passengers aboard.", []),
    ("The port is being evacuated, with 900 residents on board.", [(900, "people", "evacuated")]),
    ("Buses with 2,000 people on board left the besieged town on Sunday.", [(2000, "people", "evacuated")]),
])
def test_people_on_board_move_only_with_a_movement_of_their_own(text, expected):
    assert figures(text, headline="Evacuation news\n\n") == expected


@pytest.mark.parametrize("text", [
    "Prosecutors say officials should have warned 3,000 residents to flee their homes before the quake.",
    "Critics said about 800 families ought to have been evacuated days earlier.",
])
def test_what_should_have_happened_did_not(text):
    assert figures(text) == []


def test_a_warning_that_was_given_still_reports():
    assert figures("Officials warned 3,000 residents to flee their homes before the quake.") == [(3000, "people", "fled")]
