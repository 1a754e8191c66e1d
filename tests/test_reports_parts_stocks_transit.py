"""Movement reports, issue 5: misreadings left by earlier rounds of real-text reviews (a part "of these" placed where
its whole was; a place a story turns to as another scene; where people who fled now are; a transit point, and the
article's place passed through; a city and its country as one origin). Inputs are hand-written, not benchmark or
corpus text."""
import pytest

from gazetteer.model import Place
from geo.model import Document
from geo.reports import find_reports
from test_reports_seeds import stub_mentions
from test_reports_where_it_happened import places_of

UKRAINE = Place("t:ua", "Ukraine", 49.0, 32.0, "country", "UA")
POLAND = Place("t:pl", "Poland", 52.0, 20.0, "country", "PL")
MOLDOVA = Place("t:md", "Moldova", 47.0, 28.9, "country", "MD")
WARSAW = Place("t:waw", "Warsaw", 52.2, 21.0, "city", "PL", parent="t:pl")
LVIV = Place("t:lviv", "Lviv", 49.8, 24.0, "city", "UA", parent="t:ua")
ABROAD = {p.name: p for p in (UKRAINE, POLAND, MOLDOVA, WARSAW, LVIV)}
KABUL = Place("t:kabul", "Kabul", 34.5, 69.2, "city", "AF")
DOHA = Place("t:doha", "Doha", 25.3, 51.5, "city", "QA")
HUB = {p.name: p for p in (KABUL, DOHA)}
AFGHANISTAN = Place("t:af", "Afghanistan", 33.0, 65.0, "country", "AF")
KABUL_IN_AFGHANISTAN = Place("t:kabul", "Kabul", 34.5, 69.2, "city", "AF", parent="t:af")
HERAT = Place("t:herat", "Herat", 34.3, 62.2, "city", "AF", parent="t:af")
NESTED = {p.name: p for p in (AFGHANISTAN, KABUL_IN_AFGHANISTAN, HERAT, DOHA)}


def flows_of(text: str) -> list[tuple[int | None, str | None, tuple[str, ...]]]:
    doc = Document("doc", "War news\n\nShelling has forced families to flee Ukraine since the invasion. " + text)
    return [(r.count.value if r.count else None, r.origin.name if r.origin else None, tuple(p.name for p in r.destinations))
            for r in find_reports(doc, stub_mentions(doc, ABROAD))[1:]]

_STRUCK_KASKI = "Landslides struck Kaski on Monday. Soldiers evacuated 900 families from the river banks. "
# a later sentence names another place more often, so the article's place is Syangja
_SYANGJA_LATER = " In neighbouring Syangja, 2,000 people were affected. Syangja roads are shut and Syangja schools are closed."


@pytest.mark.parametrize("text, placed", [
    # a part "of these" is where the figure before put its people: where the 900 left, or where they went
    (_STRUCK_KASKI + "Of these, 400 families are staying in schools, an official said." + _SYANGJA_LATER,
     [(900, "Kaski", ()), (400, None, ("Kaski",))]),
    (_STRUCK_KASKI + "Of them, 300 families were moved to tents." + _SYANGJA_LATER,
     [(900, "Kaski", ()), (300, "Kaski", ())]),
    ("Soldiers evacuated 900 families from Kaski to Dhaka. Of these, 400 families are staying in schools." + _SYANGJA_LATER,
     [(900, "Kaski", ("Dhaka",)), (400, None, ("Dhaka",))]),
    # negatives: no part opening (in a paragraph of its own: else the paragraph's scene, Kaski, goes on), or a whole
    # placed nowhere, leaves the article's place standing in
    (_STRUCK_KASKI.rstrip() + "\nSome 400 families are staying in schools, an official said." + _SYANGJA_LATER,
     [(900, "Kaski", ()), (400, None, ("Syangja",))]),
    ("Soldiers evacuated 900 families from the river banks. Of these, 400 families are staying in schools." + _SYANGJA_LATER,
     [(900, "Syangja", ()), (400, None, ("Syangja",))]),
])
def test_a_part_of_the_figure_before_is_where_that_figure_put_its_people(text, placed):
    assert places_of(text) == placed


# (the count in a paragraph of its own: no scene of the paragraph before goes on)
_KASKI_STORY = ("Landslides struck Kaski on Monday, and Kaski officials opened schools. Rain is still falling.\nSome 400 "
                "families are staying in schools. {} Syangja, 2,000 people were affected. Syangja roads are shut and "
                "Syangja schools closed.")


@pytest.mark.parametrize("opening, placed", [
    # a place a clause turns to as another scene does not vote for the article's place
    ("In neighbouring", ("Kaski",)),
    ("Elsewhere in", ("Kaski",)),
    # negative: a plain locative opening votes
    ("In", ("Syangja",)),
])
def test_a_place_the_story_turns_to_as_another_scene_is_not_the_articles_place(opening, placed):
    assert places_of(_KASKI_STORY.format(opening)) == [(400, None, placed)]


def test_a_place_a_clause_opens_with_meanwhile_is_another_scene():
    text = _KASKI_STORY.format("In").replace("In Syangja,", "In Syangja, meanwhile,")
    assert places_of(text) == [(400, None, ("Kaski",))]


@pytest.mark.parametrize("text, placed", [
    # people who fled and are "currently in" a place, or "in neighbouring" one, went there
    ("Over 20,000 of those who fled are currently in Moldova.", [(20000, "Ukraine", ("Moldova",))]),
    ("Over 20,000 of the people who fled Lviv are in neighbouring Moldova.", [(20000, "Lviv", ("Moldova",))]),
    # ... and where a part of them now is, is no place of the whole's
    ("About 300,000 people have fled Ukraine, 40,000 of whom are now in Moldova.", [(300000, "Ukraine", ())]),
    ("About 300,000 people have fled to Poland, of whom 40,000 are now in Warsaw.", [(300000, "Ukraine", ("Poland",))]),
    # negatives: a part "in neighbouring" a country is not the whole's either; where the whole went, a part of it
    # that is no place, and people now in no place
    ("Some 300,000 people have fled the country, of which over 90,000 are in neighbouring Poland.",
     [(300000, "Ukraine", ())]),
    ("About 300,000 people have fled Ukraine, most of them to Poland.", [(300000, "Ukraine", ("Poland",))]),
    ("About 300,000 people have fled Ukraine to Poland, 40,000 of whom are children.", [(300000, "Ukraine", ("Poland",))]),
    ("Over 20,000 people have fled Lviv and are now in need of food.", [(20000, "Lviv", ())]),
])
def test_people_who_fled_are_where_they_are_now_and_a_part_there_is_no_place_of_the_whole(text, placed):
    assert flows_of(text) == placed


def _airlift_origins(text: str) -> list[tuple[int | None, str | None]]:
    doc = Document("doc", text)
    return [(r.count.value if r.count else None, r.origin.name if r.origin else None)
            for r in find_reports(doc, stub_mentions(doc, HUB))]


_ARRIVED = "Some 90 evacuees arrived in Doha after flying from Kabul. "
_ENDED = "\n\nThe airlift of more than 12,000 people ended last month."


@pytest.mark.parametrize("text, origins", [
    # a story told from a place people land in or pass through ("via", "a transit point") lends it as no one's origin:
    # a departure naming no place leaves from where the story says people left
    ("First flight from Kabul lands in Doha\n\n" + _ARRIVED + "Doha, a major transit point for evacuees, reopened its "
     "airport." + _ENDED, [(90, "Kabul"), (12000, "Kabul")]),
    ("First flight from Kabul lands in Doha\n\n" + _ARRIVED + "Doha, the capital, reopened its airport." + _ENDED,
     [(90, "Kabul"), (12000, "Kabul")]),
    ("Evacuation news\n\nSome 90 evacuees from Kabul arrived in Doha on Thursday. Most evacuees from Kabul fly on via "
     "Doha, Doha officials said." + _ENDED, [(90, "Kabul"), (12000, "Kabul")]),
    # negative: a place people only stay in a while is named as neither
    ("Evacuation news\n\nSome 90 evacuees from Kabul arrived in Doha on Thursday. Most evacuees from Kabul fly on "
     "after a week in Doha, Doha officials said." + _ENDED, [(90, "Kabul"), (12000, "Doha")]),
])
def test_a_place_people_land_in_or_pass_through_is_no_origin_for_a_departure_naming_none(text, origins):
    assert _airlift_origins(text) == origins


_DOHA_STORY = "Doha airlift news\n\nDoha officials said the airlift goes on. Doha hotels are full.\n\n"


@pytest.mark.parametrize("sentence, origins", [
    # people a sentence says passed through the article's place did not set out from it
    ("Some 4,000 evacuees were flown out via Doha by Britain.", [(4000, None)]),
    ("Of the 9,000 evacuees who passed through Doha, some 4,000 were flown on by Britain.", [(9000, None)]),
    # negatives: people who stayed there, and people who arrived by way of it (there, as a destination)
    ("Of the 9,000 evacuees who stayed in Doha, some 4,000 were flown on by Britain.", [(9000, "Doha")]),
    ("Some 4,000 evacuees arrived via Doha.", [(4000, None)]),
])
def test_the_articles_place_people_passed_through_is_not_where_they_left(sentence, origins):
    assert _airlift_origins(_DOHA_STORY + sentence) == origins



@pytest.mark.parametrize("sentence, origin", [
    # a count's origins lying one in another name one place twice: the finer is where people left
    ("Some 2,000 residents hoping to escape Afghanistan were flown out from Kabul.", "Kabul"),
    ("About 2,000 people left Afghanistan on flights from Kabul.", "Kabul"),
    # ... also when one is where a flight departed ("departed X" names where people left, as "left X" does)
    ("The jet with 353 evacuees on board, among them students from a university in Afghanistan, departed Kabul at "
     "dawn for Doha.", "Kabul"),
    ("About 2,000 evacuees were flown to Doha, departing Kabul at night.", "Kabul"),
    # negatives: origins side by side, or not one in another, keep the first; a departure "for" a place goes there
    ("About 2,000 people departed on Sunday for Doha.", None),
    ("About 2,000 people were evacuated from Kabul and Herat.", "Kabul"),
    ("About 2,000 people left Afghanistan on flights from Doha.", "Afghanistan"),
    ("About 2,000 people from Herat were evacuated from Kabul.", "Herat"),
])
def test_a_city_and_its_country_named_as_one_counts_origins_are_the_city(sentence, origin):
    doc = Document("doc", "Evacuation news\n\n" + sentence)
    [report] = find_reports(doc, stub_mentions(doc, NESTED))
    assert (report.origin.name if report.origin else None) == origin
