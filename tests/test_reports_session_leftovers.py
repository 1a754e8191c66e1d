"""Movement reports: leftovers of real-text reviews (rates, people who left a country, adjectives of movement).
Inputs are hand-written, not benchmark excerpts."""
import pytest

from test_reports import reports_of


@pytest.mark.parametrize("text, rate", [
    # a figure per day or week is one period's part of the movement, no count of all who moved
    ("Between 300 and 400 people a day are crossing into Poland, the agency said.", True),
    ("Some 1,500 refugees per week have been reaching Kharkiv since March.", True),
    ("About 900 new arrivals daily are reaching Poland.", True),
    # negatives: a day that dates the movement, a total reached within a day
    ("Some 1,500 people fled Kharkiv a day after the shelling began.", False),
    ("About 900 people crossed into Poland in a day, the agency said.", False),
    ("About 900 people crossed into Poland on Monday, the agency said.", False),
])
def test_a_rate_is_one_periods_part_of_the_movement(text, rate):
    [report] = [r for r in reports_of(text, headline="Refugees flee the war\n\n") if r.count is not None]
    assert report.batch is rate
