"""Movement reports: where a news story's counts stand (a disaster as it goes on, where a statement was issued,
nationwide figures, borders, kinds of place, appositions) and what is no movement (allegiance, emergency rooms,
soldiers arriving). Told in made-up wordings (not benchmark or corpus text); each positive failed before its fix."""
from __future__ import annotations

import pytest

from geo.model import Document, Place
from geo.reports import find_reports
from test_reports_seeds import stub_mentions

KARUNDA = Place("t:ka", "Karunda", 0.5, 36.0, "country", "KA")
LAKESIDE = Place("t:la", "Lakeside", 0.3, 36.1, "admin1", "KA")
NORLAND = Place("t:no", "Norland", 2.0, 38.0, "admin1", "KA")
MOLO = Place("t:mo", "Molo", 0.25, 35.7, "city", "KA", parent="t:la", population=40000)
SIRANA = Place("t:si", "Sirana", 0.9, 35.2, "city", "KA", parent="t:la", population=90000)
PLACES = {p.name: p for p in (KARUNDA, LAKESIDE, NORLAND, MOLO, SIRANA)}
FLOODS = "Floods hit Molo in Karunda on Monday, and many families left their homes in Molo."


def _origins(text: str, opening: str = FLOODS) -> list[tuple[int | None, str | None]]:
    doc = Document("doc", "Floods news\n\n" + opening + "\n\n" + text)
    return [(r.count.value, r.origin.name if r.origin else None)
            for r in find_reports(doc, stub_mentions(doc, PLACES)) if r.count is not None]


@pytest.mark.parametrize("text, placed", [
    ("More than 6,000 people have been displaced following floods devastating southern Karunda, the government said.",
     [(6000, "Karunda")]),
    ("Some 6,000 people fled as the storm, battering Norland, tore roofs off.", [(6000, "Norland")]),
    # negative: the disaster's object is no place, which lies further on
    ("More than 6,000 people have been displaced following floods devastating the rice farms of Norland.",
     [(6000, "Molo")]),
])
def test_a_disaster_as_it_goes_on_places_a_count_naming_no_place(text, placed):
    assert _origins(text) == placed


@pytest.mark.parametrize("text, placed", [
    ("“The floods led to the displacement of 3,970 families,” the minister said in a press release published in "
     "Sirana.", [(3970, "Molo")]),
    ("Some 3,970 families were displaced, the agency said in a statement in Sirana.", [(3970, "Molo")]),
    # negative: a place of the movement's own in the same sentence stays
    ("Some 3,970 families were displaced in Sirana, the agency said in a statement.", [(3970, "Sirana")]),
])
def test_where_words_were_put_out_is_no_place_of_the_movement(text, placed):
    assert _origins(text) == placed


@pytest.mark.parametrize("text, opening, placed", [
    ("Local governments had prepared to evacuate more than 10 million people.", FLOODS, [(10000000, "Karunda")]),
    ("More than 7.3 million people were placed under evacuation orders.", FLOODS, [(7300000, "Karunda")]),
    # negative: an article naming no country holding its town gives a nationwide figure no place
    ("More than 7.3 million people were placed under evacuation orders.",
     "Floods hit Molo on Monday, and many families left their homes in Molo.", [(7300000, None)]),
    # negative: a figure the town can hold stays in the town
    ("More than 7,300 people were placed under evacuation orders.", FLOODS, [(7300, "Molo")]),
])
def test_a_nationwide_figure_naming_no_place_is_in_the_articles_country(text, opening, placed):
    assert _origins(text, opening) == placed


@pytest.mark.parametrize("text, opening, placed", [
    # a figure from several provinces or regions is the country's, not the article's town's
    ("Authorities evacuated nearly 3,800 residents from four provinces within a week.", FLOODS, [(3800, "Karunda")]),
    ("Some 2,600 people were relocated in 11 regions, the ministry said.", FLOODS, [(2600, "Karunda")]),
    # negatives: people sent to several provinces, or from districts, which a province may hold
    ("Authorities moved nearly 3,800 residents to four provinces within a week.", FLOODS, [(3800, "Molo")]),
    ("Authorities evacuated nearly 3,800 residents from four districts within a week.", FLOODS, [(3800, "Molo")]),
    # negative: an article naming no country holding its town keeps its own place
    ("Authorities evacuated nearly 3,800 residents from four provinces within a week.",
     "Floods hit Molo on Monday, and many families left their homes in Molo.", [(3800, "Molo")]),
])
def test_a_figure_from_several_provinces_is_in_the_articles_country(text, opening, placed):
    assert _origins(text, opening) == placed


@pytest.mark.parametrize("text, placed", [
    # agency copy sets each sentence apart: a line of one full sentence goes on into the next paragraph
    ("Elsewhere, heavy rain flooded 300 homes in Sirana.\n\nThe committee said 120 people were evacuated by boat.",
     [(120, "Sirana")]),
    # negative: a paragraph of several sentences ends its scene
    ("Elsewhere, heavy rain flooded 300 homes in Sirana. Roads were shut.\n\nThe committee said 120 people were "
     "evacuated by boat.", [(120, "Molo")]),
])
def test_a_one_sentence_paragraph_goes_on_into_the_next(text, placed):
    assert _origins(text) == placed


@pytest.mark.parametrize("text, placed", [
    ("Sirana, a municipality along the Norland border, declared an emergency and ordered its 200 residents to "
     "evacuate.", [(200, "Sirana")]),
    ("Some 200 residents near the Norland frontier were evacuated.", [(200, "Molo")]),
    # negative: a coast or a valley is the place's own
    ("Some 200 residents along the Norland coast were evacuated.", [(200, "Norland")]),
])
def test_a_place_whose_border_another_lies_along_is_not_where_it_happened(text, placed):
    assert _origins(text) == placed


@pytest.mark.parametrize("text, placed", [
    # the modifier unknown to the gazetteer, or a place not holding the one named
    ("Another 4,500 people in the Lakeshore community of Sirana were forced from their homes.", [(4500, "Sirana")]),
    ("Another 4,500 people in the Norland community of Sirana were forced from their homes.", [(4500, "Sirana")]),
    # negative: two places a preposition joins are two places
    ("Another 4,500 people fled from Norland to the community of Sirana.", [(4500, "Norland")]),
])
def test_a_kind_of_place_with_of_names_the_place_after_it(text, placed):
    assert _origins(text) == placed


@pytest.mark.parametrize("text, placed", [
    ("The premier said the community of Sirana, located 50 kilometres north of Molo, would likely be evacuated, "
     "resulting in another 4,000 displaced people.", [(4000, "Sirana")]),
    ("Sirana, a town of about 7,500, was evacuated on Tuesday, sending 4,000 people to shelters.", [(4000, "Sirana")]),
    # negative: a place with an apposition that no verb of evacuating follows is not emptied
    ("Officials in Sirana, a town of about 7,500, said 4,000 people were evacuated from Norland.", [(4000, "Norland")]),
])
def test_a_place_evacuated_past_an_apposition_or_a_modal_is_the_origin(text, placed):
    assert _origins(text) == placed


def _journeys(text: str) -> list[tuple[int | None, str | None, list[str]]]:
    doc = Document("doc", "Floods news\n\n" + FLOODS + "\n\n" + text)
    return [(r.count.value, r.origin.name if r.origin else None, [d.name for d in r.destinations])
            for r in find_reports(doc, stub_mentions(doc, PLACES)) if r.count is not None]


@pytest.mark.parametrize("text, journeys", [
    ("Some 20,000 people fled their homes in Sirana as fighters loyal to Norland advanced.", [(20000, "Sirana", [])]),
    ("Some 20,000 people fled Sirana as militias allied to the Norland government shelled it.",
     [(20000, "Sirana", [])]),
    # negative: people who went there went there
    ("Some 20,000 people fled from Sirana to Norland.", [(20000, "Sirana", ["Norland"])]),
])
def test_a_sides_allegiance_is_no_destination(text, journeys):
    assert _journeys(text) == journeys


@pytest.mark.parametrize("text, found", [
    ("Officials said 41 people went to emergency rooms, most complaining of breathing problems.", []),
    ("Some 41 residents were taken to the emergency department in Sirana.", []),
    # negative: people moved out of a place of care are still evacuated
    ("Some 41 patients were evacuated from the emergency department in Sirana.", [(41, "Sirana")]),
])
def test_a_visit_to_an_emergency_room_is_care(text, found):
    assert _origins(text) == found


@pytest.mark.parametrize("text, found", [
    ("Some 100 soldiers were set to arrive in Sirana on Sunday evening, and 4,500 people were evacuated.",
     [(4500, "Molo")]),
    ("About 300 soldiers landed in Sirana to help with the evacuation.", []),
    # negative: soldiers evacuated are moved
    ("About 300 soldiers were evacuated from Sirana by boat.", [(300, "Sirana")]),
])
def test_soldiers_arriving_are_deployed(text, found):
    assert _origins(text) == found


def _figures(text: str) -> list[tuple[int | None, str, str]]:
    doc = Document("doc", "Floods news\n\n" + FLOODS + "\n\n" + text)
    return [(r.count.value, r.unit, r.term) for r in find_reports(doc, stub_mentions(doc, PLACES)) if r.count is not None]


@pytest.mark.parametrize("text, placed", [
    ("Norland is now the largest displacement crisis in the world, with 3 million children fleeing the fighting.",
     [(3000000, "Norland")]),
    ("Sirana remained a humanitarian emergency, with 40,000 people displaced by the floods.", [(40000, "Sirana")]),
    # negative: a place said to be something else is no home of the people the clause counts
    ("Norland is a farming region, with 3 million people fleeing the fighting.", [(3000000, "Karunda")]),
])
def test_a_place_said_to_be_a_crisis_is_where_its_with_clause_counts(text, placed):
    assert _origins(text) == placed


@pytest.mark.parametrize("text, found", [
    ("Relief centres have been packed out by 5500 people, while another 4000 people evacuated to Sirana.",
     [(5500, "people", "sheltered"), (4000, "people", "evacuated")]),
    ("Evacuation centres were crowded with 900 people, and some 300 residents fled to Sirana.",
     [(900, "people", "sheltered"), (300, "people", "fled")]),
    # negative: a count set off by commas shares the verb after it
    ("With the shelters full, about 5,000 people, and 300 children, were evacuated from Sirana.",
     [(5000, "people", "evacuated"), (300, "people", "evacuated")]),
])
def test_a_clause_of_another_count_holds_its_own_verb(text, found):
    assert _figures(text) == found
