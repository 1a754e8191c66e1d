"""Movement reports: leftovers of a real-text review of a cyclone's floods (people rescued by boat to a port city,
moved to named accommodation sites, camps whose numbers rose, households restated as people). Inputs are
hand-written, not benchmark excerpts."""
from datetime import date

import pytest

from geo.counting import moving_counts
from geo.model import Document, Place
from geo.numbers import find_counts
from geo.reports import find_reports
from test_reports_seeds import stub_mentions

SOFALA = Place("t:so", "Sofala", -19.5, 34.5, "admin1", "MZ")
DONDO = Place("t:do", "Dondo", -19.6, 34.7, "city", "MZ", parent="t:so", enclosing=("t:so",))
NHAMATANDA = Place("t:nh", "Nhamatanda", -19.3, 34.2, "city", "MZ", parent="t:so", enclosing=("t:so",))
PLACES = {p.name: p for p in (SOFALA, DONDO, NHAMATANDA)}
# the article's place: Nhamatanda, named by the opening sentence
OPENING = "Floods from the cyclone swept through Nhamatanda on Friday, and families fled to higher ground."


def reports_of(text: str):
    doc = Document("doc", "Cyclone floods the valley\n\n" + OPENING + "\n\n" + text, date=date(2019, 3, 25))
    return find_reports(doc, stub_mentions(doc, PLACES))


def _places(report):
    return (report.origin.name if report.origin else "", tuple(p.name for p in report.destinations))


@pytest.mark.parametrize("text, places", [
    # a site's own name and kind between "to" and the town that locates it: the town is where people were taken (they
    # left the article's place)
    ("Over 600 people have been relocated to the Eduardo Mondlane temporary accommodation site in Dondo town.",
     ("Nhamatanda", ("Dondo",))),
    # negative: a short name before the site (already so)
    ("Over 600 people have been relocated to the Mondlane site in Dondo.", ("Nhamatanda", ("Dondo",))),
    # negative: people moved out of a town the sentence names after "from" still leave it
    ("Over 600 people have been relocated from the flooded low-lying riverside neighbourhoods of Dondo.", ("Dondo", ())),
])
def test_a_named_site_locates_where_people_were_taken(text, places):
    assert [_places(r) for r in reports_of(text)] == [places]


@pytest.mark.parametrize("text, value, equivalent", [
    # the words that restate a count in another unit may open the aside
    ("About 2,000 households (equivalent to around 9,000 individuals) are staying in the camps.", 2000, (("people", 9000),)),
    ("About 2,000 households (that is, around 9,000 individuals) are staying in the camps.", 2000, (("people", 9000),)),
    # negative: a bare aside (already so)
    ("About 2,000 households (around 9,000 individuals) are staying in the camps.", 2000, (("people", 9000),)),
])
def test_an_aside_opened_by_equivalent_to_restates_the_count(text, value, equivalent):
    [report] = reports_of(text)
    assert (report.count.value, report.equivalent) == (value, equivalent)


def test_a_separate_count_after_an_aside_is_its_own_report():
    # negative: a count of other people after a closed aside is no restatement
    text = "About 2,000 households are staying in the camps (in Dondo), and 9,000 individuals stay with relatives."
    assert sorted(r.count.value for r in reports_of(text)) == [2000, 9000]


@pytest.mark.parametrize("text, values", [
    # "rose by N to M": the change, then the value reached; no range
    ("The number of displaced people had risen by 3,000 to 41,000 since Sunday.", [41000]),
    ("The number of people in makeshift camps had risen by 3,000 to 41,000 since Sunday.", [41000]),
    # negative: "from N to M" (already so)
    ("The number of displaced people had risen from 38,000 to 41,000 since Sunday.", [41000]),
])
def test_a_tally_risen_by_a_change_takes_the_value_reached(text, values):
    assert [r.count.value for r in reports_of(text)] == values


@pytest.mark.parametrize("text, spans", [
    ("The toll rose by 3,000 to 41,000.", [("3,000", 3000), ("41,000", 41000)]),
    # negative: a range after no verb of change stays one count
    ("Some 3,000 to 4,000 people fled.", [("Some 3,000 to 4,000", None)]),
])
def test_a_change_by_a_figure_is_no_range(text, spans):
    assert [(count.text, count.value) for count, _, _ in find_counts(text)] == spans


def test_the_change_itself_is_no_tally_value():
    assert [c.count.value for c in moving_counts("The number of displaced people rose by 3,000 to 41,000.")] == [41000]


@pytest.mark.parametrize("text, values", [
    # other people a preposition's object names, a participle describing them: the count's people did not move
    ("Some 9,000 students cannot go to school because schools are used as shelter for families displaced by the floods.",
     []),
    ("Some 9,000 students cannot go to school because schools are used as shelter for thousands of families displaced "
     "by the floods.", []),
    # ... nor those a clause before describes, nor those a verb after moves as its object
    ("The use of schools to house displaced families, and the loss of 300 classrooms, is disrupting lessons for over "
     "9,000 students, officials said.", []),
    ("The flooding of 300 classrooms is affecting learning for over 9,000 students, according to the ministry, which is "
     "relocating these families to halls.", []),
    # negatives: the count's own participle and verb
    ("Some 9,000 people displaced by the floods are staying in schools.", [9000]),
    ("Some 9,000 students were relocated to halls after the floods.", [9000]),
    ("Lessons stopped, and over 9,000 students were relocated to the halls.", [9000]),
])
def test_people_others_moved_are_not_the_count(text, values):
    assert [r.count.value for r in reports_of(text) if r.count] == values



@pytest.mark.parametrize("text, places", [
    # people sheltered whose sentence names no place stay in the article's place, not leave it
    ("The number of people in makeshift camps had risen to 41,000 since Sunday, officials said.", [("", ("Nhamatanda",))]),
    ("In all, the four centres accommodate about 2,000 households, officials said.", [("", ("Nhamatanda",))]),
    # negatives: people a verb of staying counts (already so); a place their sentence names where they stay; people
    # displaced with no place named
    ("About 41,000 people are staying in makeshift camps, officials said.", [("", ("Nhamatanda",))]),
    ("About 3,000 people are staying with relatives in Dondo, officials said.", [("", ("Dondo",))]),
    ("About 41,000 people have been displaced, officials said.", [("Nhamatanda", ())]),
])
def test_people_sheltered_with_no_place_are_in_the_article_place(text, places):
    assert [_places(r) for r in reports_of(text)] == places
