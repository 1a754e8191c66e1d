"""Movement reports: leftovers of a real-text review of an enclave's exodus into a neighbouring country (a tally of
vehicles beside a tally of people, places a territory passes to, people served named by their home, a part of a
qualified whole, "the numbers" alone as the tally of the movement told, the place people call home).
Inputs are hand-written, not benchmark excerpts."""
import pytest

from geo.counting import moving_counts
from test_reports import ERBIL, MOSUL, reports_of


@pytest.mark.parametrize("text, found", [
    # a figure after a comma that a tally gives its value ("the number of X is N") counts what the tally names:
    # vehicles, trucks are no people
    ("The number of displaced people is 8,200, the number of vehicles is 2,100.", [8200]),
    ("So far 900 people have fled, the number of trucks is 310.", [900]),
    # negatives: a tally of moved people after a comma, a table's label cells
    ("So far 900 people have fled, the number of evacuees is 5,400.", [900, 5400]),
    ("Displaced people: 7,800; Houses destroyed: 300", [7800, 300]),
])
def test_a_tally_after_a_comma_counts_what_it_names(text, found):
    assert [c.count.value for c in moving_counts(text)] == found


@pytest.mark.parametrize("text, destinations", [
    # "to" after a verb of yielding or belonging names who a place passes to, not where people went
    ("About 5,000 people have crossed from Mosul since the militia surrendered to Erbil.", ()),
    ("About 5,000 people have arrived from Mosul, a district then belonging to Erbil.", ()),
    # negatives: a journey's end after "to"
    ("About 5,000 people have crossed from Mosul to Erbil since the militia surrendered.", (ERBIL,)),
    ("About 5,000 people belonging to one tribe have fled from Mosul to Erbil.", (ERBIL,)),
])
def test_a_place_a_territory_passes_to_is_no_destination(text, destinations):
    [report] = reports_of(text)
    assert (report.origin, report.destinations) == (MOSUL, destinations)


@pytest.mark.parametrize("text, destinations", [
    # "for" before a count names the people served: a place among their words tells who they are, not where they went
    ("The ministry will pay rent for 4,000 Erbil families displaced from their homes.", ()),
    # negative: "for" before a place alone is a journey's end
    ("About 4,000 families displaced from Mosul have left for Erbil.", (ERBIL,)),
])
def test_a_place_of_the_people_served_is_no_destination(text, destinations):
    [report] = reports_of(text)
    assert report.destinations == destinations


@pytest.mark.parametrize("text, found", [
    # a part counted out of a qualified whole counts what the whole's noun names
    ("More than 300 of the over 2,000 residents have left Mosul.", [(300, "people")]),
    ("Nearly 40 of the at least 900 families have left Mosul.", [(40, "families")]),
    # negative: an unqualified whole
    ("More than 300 of the 2,000 residents have left Mosul.", [(300, "people")]),
])
def test_a_part_of_a_qualified_whole_counts_its_noun(text, found):
    assert [(c.count.value, c.unit) for c in moving_counts(text)] == found


@pytest.mark.parametrize("text, found", [
    # "the numbers" alone reaching a value are the tally of the movement told, as "the number" is
    ("Thousands of villagers have fled to Erbil, with the numbers reaching over 6,500 by Monday evening.",
     [None, 6500]),
    ("Thousands of villagers have fled to Erbil, and the figures have now passed 7,000.", [None, 7000]),
    # negatives: a value naming other things, numbers of other things, the singular as before
    ("Thousands of villagers have fled to Erbil, with the numbers reaching 300 trucks a day.", [None]),
    ("Thousands of villagers have fled to Erbil, with the numbers of trucks reaching 300.", [None]),
    ("Thousands of villagers have fled to Erbil, and the number has now passed 7,000.", [None, 7000]),
])
def test_the_numbers_alone_are_the_tally_of_the_movement_told(text, found):
    assert [r.count.value for r in reports_of(text) if r.count is not None] == found


@pytest.mark.parametrize("text, origin", [
    # the place people "call home" is where they live: the origin of their movement, before a road's place later on
    ("At least 9,000 of the 20,000 people who call Mosul home have already crossed into Erbil, with cars snaking "
     "down the road out of Iraq.", MOSUL),
    # negative: a place others call something else
    ("At least 9,000 people have crossed into Erbil, officials who call Mosul a safe city said.", None),
])
def test_the_place_people_call_home_is_their_origin(text, origin):
    [report] = reports_of(text)
    assert (report.origin, report.destinations) == (origin, (ERBIL,))
