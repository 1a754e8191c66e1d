"""Movement reports: leftovers of a real-text review of an earthquake's displacement (people leaving stricken provinces
by bus and plane for other provinces, refugees going back across a border). Inputs are hand-written, not benchmark
excerpts."""
from datetime import date

import pytest

from geo.dates import find_date_text
from geo.model import Document
from geo.reports import find_reports
from test_reports import DNIPRO, MARIUPOL, POLAND, UKRAINE
from test_reports_seeds import stub_mentions

PLACES = {p.name: p for p in (DNIPRO, MARIUPOL, POLAND, UKRAINE)}


def reports_of(text: str, headline: str = "Evacuation news"):
    doc = Document("doc", headline + "\n\n" + text)
    return find_reports(doc, stub_mentions(doc, PLACES))


@pytest.mark.parametrize("sentence, ahead, when", [
    # a day after "from" that the period's end follows starts the period: the figure stands as of its end
    ("The airline will have flown out 9,000 people from March 3 to the end of today.", True, ("2023-03-09", "today")),
    ("Some 9,000 people were moved from March 3 until now, officials said.", False, ("2023-03-09", "from March 3")),
    # negatives: a range of two days is read whole; a bare "from" a day still to come is that day
    ("Some 9,000 people were moved from March 3 to March 5.", False, ("2023-03-05", "from March 3 to March 5")),
    ("Some 9,000 people will be flown out from March 12.", True, ("2023-03-12", "from March 12")),
])
def test_a_day_after_from_before_the_periods_end_starts_the_period(sentence, ahead, when):
    assert find_date_text(sentence, date(2023, 3, 9), ahead=ahead) == when


@pytest.mark.parametrize("text, status", [
    # "due to" before a determiner gives a cause, no plan
    ("About 300 villagers who were evacuated from Mariupol due to the shelling were flown to Dnipro.", "completed"),
    ("About 300 villagers were evacuated from Mariupol due to a gas leak.", "completed"),
    # negatives: "due to" before a verb is a plan
    ("About 300 villagers are due to be evacuated from Mariupol on Friday.", "planned"),
    ("About 300 villagers were due to leave Mariupol for Dnipro.", "planned"),
])
def test_due_to_a_cause_is_no_plan(text, status):
    assert [r.status for r in reports_of(text)] == [status]


@pytest.mark.parametrize("text, term", [
    # a return people doubt or hope for is none of their movement's, nor the article's: the headline's term stands
    ("About 300 residents are leaving Mariupol every day, unsure whether they will ever be able to return.", "evacuated"),
    ("About 300 residents left Mariupol, hoping to return once the shelling stops.", "evacuated"),
    # negatives: a return told is one
    ("About 300 residents left Dnipro and returned to Mariupol.", "returned"),
    ("About 300 residents who had left Mariupol in March came back to return to their homes.", "returned"),
])
def test_a_return_hoped_for_is_no_movement(text, term):
    assert [r.term for r in reports_of(text)] == [term]
