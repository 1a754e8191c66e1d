"""Movement reports: leftovers of a real-text review of a besieged enclave's evacuations (buses of fighters and
families, corridors to shelters). Inputs are hand-written, not benchmark excerpts."""
import pytest

from test_reports import reports_of


@pytest.mark.parametrize("text, found", [
    # "exited" a place is "left" it: a count of people who exited names where they left
    ("More than 6,000 rebels and their families exited Aleppo over the past week.", [(6000, "Aleppo")]),
    ("About 2,500 civilians exited Mosul on Monday through the corridor.", [(2500, "Mosul")]),
    # negatives: no people counted, or a place that is none of the article's
    ("About 2,500 spectators exited the stadium on Monday.", []),
    ("Two firms exited Mosul last year, leaving 300 jobs.", []),
])
def test_people_who_exited_a_place_left_it(text, found):
    reports = reports_of(text, headline="Evacuations go on\n\n")
    assert [(r.count.value, r.origin.name if r.origin else None) for r in reports if r.count is not None] == found
