"""Figures coordinated in one sentence: each is read, none is lost, and a part stays with its whole."""
import pytest

from gazetteer.model import Place
from geo.model import Document
from geo.reports import find_reports
from test_reports import reports_of
from test_reports_seeds import stub_mentions

# made-up provinces of a made-up country, to see figures drawn over the province holding two of its districts
NORTHLAND = Place("t:northland", "Northland", 10.0, 20.0, "admin1", "XX")
ORVALE = Place("t:orvale", "Orvale", 10.2, 20.1, "admin2", "XX", parent=NORTHLAND.id)
BRISK = Place("t:brisk", "Brisk", 10.4, 20.3, "admin2", "XX", parent=NORTHLAND.id)


def _read(text: str) -> list[tuple[int, str, str | None]]:
    reports = [r for r in reports_of(text, headline="Displacement news\n\n") if r.count is not None]
    return [(r.count.min, r.unit, r.origin.name if r.origin else None) for r in reports]


@pytest.mark.parametrize("text, expected", [
    # bare figures listed each with its place, the verb after the list: each figure at its place
    ("Around 4,100 in Mosul, 2,600 in Erbil and 700 in Aleppo have fled their homes.",
     [(4100, "people", "Mosul"), (2600, "people", "Erbil"), (700, "people", "Aleppo")]),
    ("Officials said some 4,100 from Mosul and 2,600 from Erbil were evacuated overnight.",
     [(4100, "people", "Mosul"), (2600, "people", "Erbil")]),
    # a figure placed after a report's place and a list's comma and "and" says the same of other people
    ("About 4,100 people were moved from Mosul, 2,600 from Erbil, and 700 from Aleppo.",
     [(4100, "people", "Mosul"), (2600, "people", "Erbil"), (700, "people", "Aleppo")]),
    # negatives: places that are no names, and a list whose verb moves no one
    ("Around 4,100 in shelters and 2,600 in tents have fled their homes.", []),
    ("Around 4,100 in Mosul, 2,600 in Erbil and 700 in Aleppo voted on Sunday.", []),
    ("About 4,100 people were moved from Mosul, 2,600 from Erbil, and 700 were hurt.",
     [(4100, "people", "Mosul"), (2600, "people", "Erbil")]),
])
def test_bare_figures_listed_with_their_places_before_one_verb(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # bare figures in brackets after places a movement names: each place's, in the unit of the people named before
    ("Residents were evacuated from Mosul (4,100), Erbil (2,600) and Aleppo (700).",
     [(4100, "people", "Mosul"), (2600, "people", "Erbil"), (700, "people", "Aleppo")]),
    ("Families fled from Mosul (4,100) and Erbil (2,600) overnight.",
     [(4100, "families", "Mosul"), (2600, "families", "Erbil")]),
    # negatives: no movement before the places, nor in their clause
    ("Heavy rain hit Mosul (4,100), Erbil (2,600) and Aleppo (700) as residents fled.", []),
    ("As residents fled, heavy rain fell in Mosul (41), Erbil (26) and Aleppo (70).", []),
])
def test_bracketed_figures_of_places_a_movement_names(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # two units joined by "and" before one verb are two groups: two reports, never multiplied nor merged
    ("Some 1,300 families and 650 people were evacuated from Mosul.",
     [(1300, "families", "Mosul"), (650, "people", "Mosul")]),
    # negative: the same people in another unit in brackets stay one report
    ("Some 1,300 families (6,500 people) were evacuated from Mosul.", [(1300, "families", "Mosul")]),
])
def test_two_units_joined_before_one_verb_are_two_reports(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # kinds of people listed after one figure are one figure; a part after "including" its breakdown
    ("Some 2,400 men, women and children fled Mosul.", [(2400, (), False)]),
    ("Some 2,400 women and children fled Mosul.", [(2400, (), True)]),
    ("Some 2,400 people, including 900 children, fled Mosul.", [(2400, (("people", 900),), False)]),
])
def test_kinds_listed_after_one_figure_are_one_report(text, expected):
    reports = [r for r in reports_of(text, headline="Displacement news\n\n") if r.count is not None]
    assert [(r.count.min, r.breakdown, r.part) for r in reports] == expected


@pytest.mark.parametrize("text, expected", [
    # a part list ends where its whole's verb comes: the figure after "and" is another clause's
    ("Some 650 people, including 200 children, are staying in schools, and 410 people, including 90 children, went "
     "to stay with relatives.", [(650, (("people", 200),)), (410, (("people", 90),))]),
    ("Some 650 people, including 200 children, are staying in schools, 410 people, including 90 children, went to stay "
     "with relatives.", [(650, (("people", 200),)), (410, (("people", 90),))]),
    # negative: parts listed one after the other, no verb between, stay the whole's breakdown, after "and" or a comma
    ("Some 2,400 people, including 900 children and 300 elderly people, fled Mosul.",
     [(2400, (("people", 900), ("people", 300)))]),
    ("Some 2,400 people – including 900 men, 800 women, 600 children and 100 elderly people – fled Mosul.",
     [(2400, (("people", 900), ("people", 800), ("people", 600), ("people", 100)))]),
    ("Some 2,400 people, including 900 men, 800 women, 600 children, were moved to shelters.",
     [(2400, (("people", 900), ("people", 800), ("people", 600)))]),
])
def test_a_part_list_ends_at_its_wholes_verb(text, expected):
    reports = [r for r in reports_of(text, headline="Displacement news\n\n") if r.count is not None]
    assert [(r.count.min, r.breakdown) for r in reports] == expected


@pytest.mark.parametrize("text, expected", [
    # figures listed before one noun with no "respectively": each is a report of that noun; which place is whose
    # would be a guess, so each has all the places listed: origins as the place the article names holding them all
    ("Some 2,100 and 900 people were evacuated from Orvale and Brisk.",
     [(2100, "Northland", ()), (900, "Northland", ())]),
    ("Some 2,100 and 900 families have fled to Orvale and Brisk.",
     [(2100, None, ("Orvale", "Brisk")), (900, None, ("Orvale", "Brisk"))]),
    ("Some 2,100, 1,300, and 900 families have fled to Orvale and Brisk.",
     [(2100, None, ("Orvale", "Brisk")), (1300, None, ("Orvale", "Brisk")), (900, None, ("Orvale", "Brisk"))]),
    # negatives: "respectively" pairs them in order; a range is one figure; a clause ended by a comma is no list;
    # nor are a range's bounds or ages set off by commas (one figure's two origins stand as one all the same)
    ("Some 2,100 and 900 people were evacuated from Orvale and Brisk respectively.",
     [(2100, "Orvale", ()), (900, "Brisk", ())]),
    ("Between 2,100 and 2,900 people were evacuated from Orvale and Brisk.", [(2100, "Northland", ())]),
    ("The fires grew to 14, and 900 people were evacuated from Orvale and Brisk.", [(900, "Northland", ())]),
    ("Residents aged between 18 and 60 were evacuated from Orvale.", []),
    ("The two brothers, 15 and 12, were evacuated from Orvale.", []),
])
def test_figures_listed_before_one_noun_are_each_a_report(text, expected):
    doc = Document("doc", "Floods in Northland\n\n" + text)
    places = {p.name: p for p in (NORTHLAND, ORVALE, BRISK)}
    reports = [r for r in find_reports(doc, stub_mentions(doc, places)) if r.count is not None]
    assert [(r.count.min, r.origin.name if r.origin else None, tuple(p.name for p in r.destinations))
            for r in reports] == expected


@pytest.mark.parametrize("text, expected", [
    # the verb left out after the first destination: each bare figure is the same movement to the place it names
    ("Some 6,000 crossed into Erbil, more than 2,500 into Aleppo and over 90 into Mosul, officials said.",
     [(6000, ["Erbil"]), (2500, ["Aleppo"]), (90, ["Mosul"])]),
    ("A total of 6,000 people fled to Erbil, 2,500 to Aleppo, 900 to Mosul.",
     [(6000, ["Erbil"]), (2500, ["Aleppo"]), (900, ["Mosul"])]),
    # negatives: a figure after the list that names no place, or one sent somewhere no name gives, is no more of them
    ("Some 6,000 people fled to Erbil, 300 by bus.", [(6000, ["Erbil"])]),
    ("Some 6,000 people fled to Erbil, 40 to relatives in the hills.", [(6000, ["Erbil"])]),
])
def test_bare_figures_listed_after_the_first_destination_each_go_to_their_place(text, expected):
    reports = [r for r in reports_of(text, headline="Displacement news\n\n") if r.count is not None]
    assert [(r.count.min, [p.name for p in r.destinations]) for r in reports] == expected


@pytest.mark.parametrize("text, expected", [
    # a place right after the first figure's verb ends its clause: no locative opening the next figure's
    ("More than 9,000 people have arrived in Erbil, over 600 people reached Mosul, and about 300 people went to Aleppo.",
     [(9000, None, ["Erbil"]), (600, None, ["Mosul"]), (300, None, ["Aleppo"])]),
    # negative: a locative after a clause's end still opens the next figure's clause
    ("In Erbil, 9,000 people were displaced; in Mosul, 600 people were evacuated.",
     [(9000, "Erbil", []), (600, "Mosul", [])]),
    ("About 9,000 people fled to Erbil, while in Mosul, 600 people were evacuated.",
     [(9000, None, ["Erbil"]), (600, "Mosul", [])]),
])
def test_each_figure_with_its_own_verb_goes_where_its_own_clause_says(text, expected):
    reports = [r for r in reports_of(text, headline="Displacement news\n\n") if r.count is not None]
    assert [(r.count.min, r.origin.name if r.origin else None, [p.name for p in r.destinations])
            for r in reports] == expected


@pytest.mark.parametrize("text, expected", [
    # a ranking's next after "followed by", each placed by name: the same movement at each place
    ("Officials said 12,000 residents were evacuated in Mosul on Monday, followed by 4,300 in Erbil, 2,100 in Aleppo "
     "and 900 in Homs.",
     [(12000, "people", "Mosul"), (4300, "people", "Erbil"), (2100, "people", "Aleppo"), (900, "people", "Homs")]),
    # negatives: a time, not a place, after "followed by"
    ("Officials said 12,000 residents were evacuated in Mosul, followed by 4,300 in the following days.",
     [(12000, "people", "Mosul")]),
    ("Officials said 12,000 residents were evacuated in Mosul in February, followed by 4,300 in March.",
     [(12000, "people", "Mosul")]),
])
def test_figures_after_followed_by_said_again_at_their_places(text, expected):
    assert [row for row in _read(text) if "+" not in str(row)] == expected


@pytest.mark.parametrize("text, expected", [
    # parts placed by name after "including" with no comma before it are the whole's parts at their places
    ("Some 9,100 people were evacuated overnight including 5,000 from Mosul and 4,100 from Erbil.",
     [(9100, "people", None), (5000, "people", "Mosul"), (4100, "people", "Erbil")]),
    # negative: parts that are kinds of people, not places, stay in the whole
    ("Some 9,100 people were evacuated overnight including 5,000 children and 4,100 elderly people.",
     [(9100, "people", None)]),
])
def test_parts_placed_by_name_after_including_without_a_comma(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the whole's aside of parts between commas does not hide the figures said again of others after it
    ("Some 3,200 people, including 1,400 children, were evacuated from Mosul, 1,300 from Erbil and 600 from Aleppo.",
     [(3200, "people", "Mosul"), (1300, "people", "Erbil"), (600, "people", "Aleppo")]),
    ("About 5,000 residents, among them 700 elderly people, were moved from Mosul, 2,000 from Erbil and 900 from Aleppo.",
     [(5000, "people", "Mosul"), (2000, "people", "Erbil"), (900, "people", "Aleppo")]),
    # negative: a part of the whole after the aside stays a part
    ("About 5,000 residents, including 700 children, were moved from Mosul, 2,000 of them by bus.",
     [(5000, "people", "Mosul")]),
])
def test_figures_said_again_after_an_aside_of_parts(text, expected):
    assert _read(text) == expected
