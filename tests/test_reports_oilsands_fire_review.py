"""Movement reports: leftovers of a real-text review of a city emptied by a wildfire (its people sent north to work
camps and south to the towns on the highway, registered at reception centres, housed in arenas, staying with
relatives). Inputs are hand-written, not benchmark excerpts."""
from datetime import date

import pytest

from geo.model import Document, Place
from geo.reports import find_reports
from geo.sentences import sentence_spans
from test_reports_seeds import stub_mentions

ALBERTA = Place("t:ab", "Alberta", 54.0, -115.0, "admin1", "CA")
HINTON = Place("t:hi", "Hinton", 53.4, -117.6, "city", "CA", parent="t:ab", enclosing=("t:ab",))
EDSON = Place("t:ed", "Edson", 53.6, -116.4, "city", "CA", parent="t:ab", enclosing=("t:ab",))
WHITECOURT = Place("t:wc", "Whitecourt", 54.1, -115.7, "city", "CA", parent="t:ab", enclosing=("t:ab",))
PLACES = {p.name: p for p in (ALBERTA, HINTON, EDSON, WHITECOURT)}
# the article's place: Hinton, named by the opening sentence
OPENING = "A wildfire forced the evacuation of Hinton on Tuesday, and residents fled in long lines of cars."


def reports_of(text: str, opening: str = OPENING):
    doc = Document("doc", "Wildfire empties town\n\n" + opening + "\n\n" + text, date=date(2019, 5, 6))
    return find_reports(doc, stub_mentions(doc, PLACES))


def _places(report):
    return (report.origin.name if report.origin else "", tuple(p.name for p in report.destinations))


def _seen(text: str):
    return [(r.count.value if r.count else None, *_places(r)) for r in reports_of(text)]


@pytest.mark.parametrize("text, origin", [
    # a place a record is measured in is no place of the movement: the article's place stands in
    ("It is the largest evacuation in Alberta's history. About 9,000 people have been evacuated so far.", "Hinton"),
    ("It is the largest evacuation in the history of Alberta. About 9,000 people have been evacuated so far.", "Hinton"),
    # negative: a town the sentence before locates something in still lends its place
    ("Crews fought the fire in Edson on Monday. About 9,000 people have been evacuated so far.", "Edson"),
])
def test_a_record_scope_is_no_place_of_the_movement(text, origin):
    assert [_places(r)[0] for r in reports_of(text)] == [origin]


@pytest.mark.parametrize("text, destinations", [
    # hosts joined by a slash: the town after them is where people stay
    ("About 300 people estimated staying with friends/family in Edson.", ("Edson",)),
    # negative: joined by "or" (already so)
    ("About 300 people estimated staying with friends or family in Edson.", ("Edson",)),
])
def test_hosts_joined_by_a_slash_are_where_people_stay(text, destinations):
    assert [_places(r) for r in reports_of(text)] == [("Hinton", destinations)]


@pytest.mark.parametrize("text, values", [
    # a part of people the fire forced out of their homes counts the whole: the part's own verb is no movement
    ("Many of the 9,000 people forced out of their homes by the fire are finding places to stay.", [9000]),
    ("Many of the 9,000 people driven from their homes by the fire are finding places to stay.", [9000]),
    # negative: people who stay at home are no report
    ("Many of the 9,000 people of the town are finding it hard to stay at home.", []),
])
def test_a_part_of_people_forced_out_counts_the_whole(text, values):
    assert [r.count.value for r in reports_of(text) if r.count is not None] == values


@pytest.mark.parametrize("text, places", [
    # evacuees who registered somewhere are there, not from there
    ("About 2,500 evacuees registered at the arena in Edson.", ("", ("Edson",))),
    ("About 2,500 evacuees have registered at the arena in Edson.", ("", ("Edson",))),
    # negative: evacuees taken from one town to another
    ("About 2,500 evacuees were taken from Edson to Whitecourt.", ("Edson", ("Whitecourt",))),
])
def test_evacuees_who_registered_somewhere_are_there(text, places):
    assert [_places(r) for r in reports_of(text)] == [places]


@pytest.mark.parametrize("text, seen", [
    # people housed at a place are sheltered there, as people housed in it
    ("About 1,800 were being housed at the arena in Edson.", [(1800, "", ("Edson",))]),
    ("About 1,800 were being housed in the arena in Edson.", [(1800, "", ("Edson",))]),
])
def test_people_housed_at_a_place_are_sheltered_there(text, seen):
    assert _seen(text) == seen
    assert [r.term for r in reports_of(text)] == ["sheltered"]


@pytest.mark.parametrize("text, seen", [
    # going or travelling by a compass point is a flight in a story of one
    ('He added that "20,000 have gone north to the work camps."', [(20000, "Hinton", ())]),
    ("Officials said 3,500 residents travelled south, stopping for shelter in Edson.", [(3500, "Hinton", ("Edson",))]),
    # a count going its own way takes no place named past the next count
    ("Officials said 2,000 people fled north to the camps, and 3,000 residents fled south to Edson.",
     [(2000, "Hinton", ()), (3000, "Hinton", ("Edson",))]),
    # negatives: each count its own town; a trip with no compass point is no flight
    ("Officials said 2,000 people fled to Whitecourt, and 3,000 residents fled to Edson.",
     [(2000, "Hinton", ("Whitecourt",)), (3000, "Hinton", ("Edson",))]),
    ("Officials said 20,000 fans have gone to the stadium for the game.", []),
])
def test_people_gone_by_a_compass_point(text, seen):
    assert _seen(text) == seen


def test_stopping_for_shelter_is_no_leaving():
    # a town people stopped at for shelter is where they went; a town they left is no destination
    assert _seen("About 3,500 residents fled Edson, stopping for fuel in Whitecourt.") == [(3500, "Edson", ())]


@pytest.mark.parametrize("text, sentences", [
    # an ellipsis in an open quotation going on in lower case leaves words out, it ends no sentence
    ('He said "35,000 went south ... stopping in Edson." Next.', 2),
    # negatives: an ellipsis after a closed quotation, or before a capital, ends one
    ('He said "35,000 went south" ... stopping in Edson. Next.', 3),
    ('He said "35,000 went south ... Then it rained." Next.', 3),
])
def test_an_ellipsis_in_a_quotation(text, sentences):
    assert len(sentence_spans(text)) == sentences


@pytest.mark.parametrize("text, origin", [
    # where a speaker held a briefing is no place of the movement
    ('"About 2,000 residents have been evacuated," the mayor said during a news conference from the emergency centre in '
     'Edson.', "Hinton"),
    ('"About 2,000 residents have been evacuated," the mayor said at a press briefing in Edson.', "Hinton"),
    # negative: the place the quotation names
    ('"About 2,000 residents have been evacuated from Edson," the mayor said during a news conference.', "Edson"),
])
def test_where_a_speaker_held_a_briefing_is_no_origin(text, origin):
    assert [_places(r)[0] for r in reports_of(text)] == [origin]


@pytest.mark.parametrize("text, values", [
    # a bare figure opening a quotation after a clause's start is its verb's subject
    ('The mayor added that "2,000 were evacuated to Edson."', [2000]),
    # negative: a figure of things opening a quotation
    ('The mayor added that "2,000 homes were destroyed."', [2000]),
])
def test_a_bare_figure_opening_a_quotation(text, values):
    assert [r.count.value for r in reports_of(text) if r.count is not None] == values
