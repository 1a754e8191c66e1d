"""Movement reports: leftovers of real-text reviews (rates, people who left a country, adjectives of movement).
Inputs are hand-written, not benchmark excerpts."""
from datetime import date

import pytest

from geo.attribution import source_of
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
    # the rate may stand after the people's verb and its destination; a time since an event is no rate
    ("On average 700 persons were crossing into Poland per day, the agency said.", True),
    ("About 900 people crossed the river into Poland in a day, the agency said.", False),
    ("About 900 people had fled to Poland a month into the war, the agency said.", False),
])
def test_a_rate_is_one_periods_part_of_the_movement(text, rate):
    [report] = [r for r in reports_of(text, headline="Refugees flee the war\n\n") if r.count is not None]
    assert report.batch is rate


@pytest.mark.parametrize("text, headline, term", [
    # people a generic verb takes out of a country crossed its border, whatever displacement the article tells
    ("More than 8,000 people have left Rwanda since the fighting began.", "Displacement news\n\n", "crossed"),
    ("Fighting spread across Rwanda. Another 2,000 had left the country by May, officials said.",
     "Displacement news\n\n", "crossed"),
    # negatives: a town left, homes left in a country, an article of evacuations, a specific verb
    ("More than 8,000 people have left Goma since the fighting began.", "Displacement news\n\n", "displaced"),
    ("More than 8,000 people have left their homes in Rwanda.", "Displacement news\n\n", "displaced"),
    ("More than 8,000 people have left Rwanda since the fighting began.", "Evacuation news\n\n", "evacuated"),
    ("More than 8,000 people have fled Rwanda since the fighting began.", "Displacement news\n\n", "fled"),
])
def test_people_who_left_a_country_crossed_its_border(text, headline, term):
    [report] = [r for r in reports_of(text, headline=headline) if r.count is not None]
    assert report.term == term


@pytest.mark.parametrize("text, terms", [
    # "returned" naming people (returnees) is no movement of the article's or of the sentence's other people
    ("Returned migrants spoke to reporters. Returned migrants said the road was long. "
     "About 4,000 people arrived in Poland on Monday.", [("displaced", "completed")]),
    ("Some 6,000 refugees, as well as 1,500 returned Polish migrants, could arrive in Poland by May.",
     [("fled", "planned"), ("returned", "planned")]),
    # negatives: people who returned, an article of returns
    ("About 4,000 people returned to Poland on Monday.", [("returned", "completed")]),
    ("Thousands of refugees have returned to Kharkiv. Hundreds more returned to Mosul. "
     "About 4,000 people arrived in Kharkiv on Monday.", [("returned", "completed")] * 3),
])
def test_returned_before_people_names_returnees_not_the_movement(text, terms):
    reports = reports_of(text, headline="Displacement news\n\n")
    assert [(r.term, r.status) for r in reports if r.count is not None] == terms


@pytest.mark.parametrize("text, found", [
    # new arrivals a country hosts came lately: an arrival there, not its standing caseload
    ("Poland now hosts about 75,000 new arrivals from Rwanda, the agency said.", [(75000, "Rwanda", ["Poland"])]),
    ("Poland is hosting some 12,000 newly arrived Rwandans, officials said.", [(12000, None, ["Poland"])]),
    # negatives: refugees a country hosts (its tally), arrivals it counts elsewhere
    ("Poland hosts about 75,000 refugees from Rwanda, the agency said.", []),
    ("Poland now hosts 75,000 people, the agency said.", []),
])
def test_new_arrivals_a_country_hosts_arrived_there(text, found):
    reports = reports_of(text, headline="Refugee news\n\n")
    assert [(r.count.value, r.origin and r.origin.name, [d.name for d in r.destinations]) for r in reports] == found


@pytest.mark.parametrize("text, found", [
    # homes covered (by mud, ash or lava) are destroyed only when a word says so; buried homes are
    ("In Mosul, 62 homes were covered by mud and destroyed.", [("62", "destroyed housing")]),
    ("In Mosul, 62 homes were buried by mud.", [("62", "destroyed housing")]),
    ("In Mosul, 62 homes were covered by mud after the landslide.", []),
    ("Mud covered 62 homes in Mosul after the landslide.", []),
])
def test_covered_homes_are_destroyed_only_when_a_word_says_so(text, found):
    assert [(r.count.text, r.term) for r in reports_of(text, headline="Landslide news\n\n") if r.count] == found


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
    # people who are (still, now) in camps a sitrep counts are sheltered
    ("Some 2,400 persons are in 31 camps, officials said.", [(2400, "sheltered")]),
    ("After the floods some 2,400 persons were still in the 31 camps, officials said.", [(2400, "sheltered")]),
    # negatives: camps not counted (a standing population), a copula before schools or an army's camps
    ("After the floods some 2,400 persons were still in camps, officials said.", []),
    ("Some 2,400 pupils are in schools, officials said.", []),
    ("Some 2,400 soldiers are in army camps, officials said.", []),
])
def test_people_in_camps_are_sheltered(text, found):
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
