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
