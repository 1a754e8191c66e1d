"""Movement reports: leftovers of a real-text review of an airlift through transit hubs (the doer of a passive
evacuation named by "by", a return to power, an attempt a cause leads to). Inputs are hand-written, not benchmark
excerpts."""
import re

import pytest

from geo.predicates import other_predicate
from geo.status import status_of
from test_reports import GOMA, MOSUL, POLAND, RWANDA, reports_of


@pytest.mark.parametrize("text, origin, destinations", [
    # the doer of a passive verb, after "by", is neither where people left nor where they went
    ("About 1,200 people were evacuated by Poland from Goma.", GOMA, ()),
    ("About 1,200 people were evacuated by the Rwanda government to Goma.", None, (GOMA,)),
    # ... the article's place stands in for the origin
    ("Thousands have fled Mosul this month. Some 1,200 of them were evacuated by Poland, and 900 by Rwanda.", MOSUL, ()),
    # negatives: the place right after the verb, or after "from", is still the origin
    ("About 1,200 people were evacuated from Goma by Poland.", GOMA, ()),
    ("About 1,200 people were evacuated from Poland to Rwanda.", POLAND, (RWANDA,)),
])
def test_the_doer_of_an_evacuation_is_no_place_of_it(text, origin, destinations):
    report = reports_of(text)[0]
    assert (report.origin, report.destinations) == (origin, destinations)


@pytest.mark.parametrize("text, found", [
    # a return to power, to office or to normal is no one's journey back
    ("The rebels' return to power in Mosul has prompted 4,000 families to pack their bags.", []),
    ("Life in Mosul has returned to normal, the governor said.", []),
    # negatives: people going back to a place
    ("About 4,000 families returned to Mosul last week.", [(4000, "returned")]),
    ("The return of 4,000 families to Mosul began on Monday.", [(4000, "returned")]),
])
def test_a_return_to_power_is_no_return_of_people(text, found):
    assert [(r.count.value if r.count else None, r.term) for r in reports_of(text)] == found


@pytest.mark.parametrize("sentence, word, status", [
    # an attempt ("seek to", "try to") says neither that people moved nor that they will, even after a cause
    ("The siege has prompted 4,000 families to desperately seek to leave the city.", "leave", "unknown"),
    ("The shelling drove 4,000 families to try to flee the town.", "flee", "unknown"),
    # negatives: a cause before the movement itself, and a plan before an attempt
    ("The shelling prompted 4,000 families to leave the town.", "leave", "completed"),
    ("The families will seek to leave the town next week.", "leave", "planned"),
])
def test_an_attempt_a_cause_leads_to_is_no_movement_done(sentence, word, status):
    verb = re.search(rf"\b{word}\b(?P<state>(?!))?", sentence)  # a movement word, no state left in
    assert status_of(sentence, verb) == status


@pytest.mark.parametrize("sentence, other", [
    # the object of a verb of allowing or urging, led to a verb that is no movement: what they may or should do
    ("The first refugees have reached Goma, which agreed to allow 5,000 refugees to transit in it.", True),
    ("Officials urged 2,000 residents to stay indoors.", True),
    # negatives: led to a movement, the count moves
    ("The first refugees have reached Goma, which agreed to allow 5,000 refugees to cross into Rwanda.", False),
    ("The fire forced 2,000 residents to evacuate.", False),
])
def test_people_allowed_to_do_what_is_no_movement_did_not_move(sentence, other):
    count = re.search(r"\d[\d,]*", sentence)
    head_end = sentence.index(" to ", count.end())
    assert other_predicate(sentence, count.start(), count.end(), head_end) is other
