"""Movement reports: leftovers of a real-text review of a flood's relief camps (tolls a disaster claimed, people stuck
where they are, figures compared with, datelines in sentence case, shelters counted roughly).
Inputs are hand-written, not benchmark excerpts."""
from datetime import date

import pytest

from geo.attribution import source_of
from geo.model import Document
from geo.reports import find_reports
from test_reports import IRAQ, MOSUL, SYRIA, reports_of
from test_reports_seeds import stub_mentions



@pytest.mark.parametrize("sentence, source", [
    # a disaster that "claimed" lives took them: its toll, no saying; the source is who the sentence credits
    ("The monsoon rains, the heaviest in decades, have claimed 61 lives and displaced 9,000 people, according to "
     "state officials.", "state officials"),
    ("The cyclone has claimed the lives of 12 people and displaced 4,000, the district office said.", "district office"),
    # negative: a body that claims a figure says it
    ("The rebel group claimed 5,000 people had fled the town.", "rebel group"),
])
def test_lives_claimed_are_a_toll_not_a_saying(sentence, source):
    assert source_of(sentence) == source


@pytest.mark.parametrize("text, found", [
    # people stuck where they are (stranded, trapped, marooned) as the only word for them in their clause have not
    # moved, whatever the sentence's verb does for other counts
    ("Boats took food to 3,000 stranded families, while 9,000 people were evacuated.", [(9000, "evacuated")]),
    ("Doctors fear disease among thousands of marooned families, while 9,000 people crowded into relief camps.",
     [(9000, "sheltered")]),
    # negatives: stuck people whose own verb moves them, or whom a verb before them moves
    ("About 3,000 stranded families were evacuated by boat.", [(3000, "evacuated")]),
    ("Boats evacuated 3,000 marooned families from the villages.", [(3000, "evacuated")]),
])
def test_people_stuck_where_they_are_have_not_moved(text, found):
    reports = reports_of(text, headline="Flood news\n\n")
    assert [(r.count.value, r.term) for r in reports if r.count is not None] == found


@pytest.mark.parametrize("text, found", [
    # an abbreviation's period ends no clause: "stranded" is still the count's verb, the water they escape no flight
    ("Some 400 villagers north of Mt. Elgon are marooned, many on rooftops to escape the rising water.", []),
    ("Some 400 villagers near St. Louis, Dr. Hale said, are stranded on rooftops to escape the water.", []),
    # negative: a full stop ends it; the next sentence's flight is its own count's
    ("Some 400 villagers near the lake are marooned. About 900 people fled to escape the water.", [(900, "fled")]),
])
def test_stuck_people_past_an_abbreviation_have_not_moved(text, found):
    reports = reports_of(text, headline="Flood news\n\n")
    assert [(r.count.value, r.term) for r in reports if r.count is not None] == found


@pytest.mark.parametrize("text, dates", [
    # a figure the count is compared with ("down from") keeps its date: it is not the count's
    ("Officials said 9,100 people remain in relief shelters, down from 12,000 people in 60 shelters on Saturday.",
     [(9100, None), (12000, "2023-05-06")]),
    # negatives: the count's own date, a date two counts of one statement share
    ("Officials said 9,100 people remained in relief shelters on Sunday, down from 12,000 people on Saturday.",
     [(9100, "2023-05-07"), (12000, "2023-05-06")]),
    ("Some 500 people left Mosul on Saturday and 300 people went to Erbil.", [(500, "2023-05-06"), (300, "2023-05-06")]),
])
def test_a_figure_compared_with_keeps_its_date(text, dates):
    reports = reports_of(text, published=date(2023, 5, 8), headline="Flood news\n\n")
    assert [(r.count.value, r.date) for r in reports if r.count is not None] == dates


@pytest.mark.parametrize("text, found", [
    # a harm a relative clause tells of another noun is a hazard's toll, not the count's people's
    ("More than 9,000 people have packed relief camps to escape floods that have killed dozens.", [(9000, "sheltered")]),
    ("More than 9,000 people fled the storm, which has already killed 40.", [(9000, "fled")]),
    # negatives: a harm of the counted people themselves
    ("More than 900 people that were killed in the floods had fled their homes.", []),
    ("Some 30 people whose homes were destroyed died in the fire.", []),
])
def test_a_hazards_toll_in_a_relative_clause_is_not_the_counts_harm(text, found):
    reports = reports_of(text, headline="Flood news\n\n")
    assert [(r.count.value, r.term) for r in reports if r.count is not None] == found


@pytest.mark.parametrize("text, found", [
    # a dateline's place in sentence case ("Place - ") is where the story was filed: no place of its sentence
    ("Erbil - More than 2,000 families have taken refuge in relief camps across the province.\nRains went on.",
     [(2000, None, [])]),
    ("Erbil - More than 2,000 families have fled their homes.\nRains went on.", [(2000, None, [])]),
    # negatives: the sentence's own places, the dateline's place named again in the sentence
    ("Erbil - More than 2,000 families have fled Mosul.\nRains went on.", [(2000, "Mosul", [])]),
    ("Erbil - More than 2,000 families have arrived in Erbil from Mosul.\nRains went on.", [(2000, "Mosul", ["Erbil"])]),
])
def test_a_datelines_place_is_no_place_of_its_sentence(text, found):
    reports = reports_of(text, headline="Floods displace thousands\n\n")
    assert [(r.count.value, r.origin_text or None, [d.name for d in r.destinations])
            for r in reports if r.count is not None and r.count.value == 2000] == found


@pytest.mark.parametrize("text, term", [
    # people moved into shelters are sheltered however the shelters are counted ("nearly 3,000 relief camps")
    ("Over 7,000 people were shifted to nearly 3,000 relief camps in the district.", "sheltered"),
    ("Officials shifted over 7,000 people to some 1,200 relief camps.", "sheltered"),
    # negatives: moved to places that are no shelters, or by a word naming relocation
    ("Over 7,000 people were shifted to nearly 3,000 schools in the district.", "relocated"),
    ("Over 7,000 people were relocated to nearly 3,000 relief camps in the district.", "relocated"),
])
def test_people_moved_into_shelters_counted_are_sheltered(text, term):
    [report] = [r for r in reports_of(text, headline="Flood news\n\n") if r.count is not None]
    assert report.term == term


@pytest.mark.parametrize("text, placed", [
    # a place named as a part of the one before, past hyphenated words ("Iraq's flood-hit northern city of Mosul")
    ("Rain flooded a market in Iraq's flood-hit northern city of Mosul on Monday. About 2,000 people were displaced.",
     [("Mosul", ())]),
    # negatives: a place after a possessive that does not lie in it, too many words between
    ("Rain flooded farms in Iraq's war-torn western neighbour, Syria, on Monday. About 2,000 people were displaced.",
     [("Iraq", ())]),
    ("Rain flooded a market in Iraq's largest and most flood-hit northern city of Mosul on Monday. About 2,000 people "
     "were displaced.", [("Iraq", ())]),
])
def test_a_place_named_as_part_of_the_one_before_past_hyphenated_words(text, placed):
    doc = Document("doc", "Flood news\n\n" + text)
    reports = find_reports(doc, stub_mentions(doc, {"Iraq": IRAQ, "Syria": SYRIA, "Mosul": MOSUL}))
    assert [(r.origin.name if r.origin else None, tuple(p.name for p in r.destinations)) for r in reports] == placed


@pytest.mark.parametrize("text, destinations", [
    # a course weighed against the one taken ("than trying to ...") is not where the people went
    ("Hundreds of families fled Mosul for Erbil, a safer bet than trying to push through the checkpoints into Aleppo.",
     ("Erbil",)),
    ("Rather than risking the road to Aleppo, hundreds of families fled Mosul for Erbil.", ("Erbil",)),
    # look-alike: with no "than", the attempt is their own journey
    ("Hundreds of families fled Mosul, trying to push through the checkpoints into Erbil.", ("Erbil",)),
])
def test_a_course_weighed_against_the_one_taken_is_no_destination(text, destinations):
    [report] = reports_of(text, headline="Flood news\n\n")
    assert tuple(p.name for p in report.destinations) == destinations
