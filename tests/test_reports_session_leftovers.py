"""Movement reports: leftovers of real-text reviews (rates, people who left a country, adjectives of movement).
Inputs are hand-written, not benchmark excerpts."""
import pytest

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


@pytest.mark.parametrize("text, expected", [
    # figures listed before one noun that "respectively" pairs with listed places: each figure at its own place
    ("Officials said 2,300 and 650 residents were evacuated from Mosul and Erbil respectively.",
     [(2300, "Mosul", ()), (650, "Erbil", ())]),
    ("Some 900, 400 and 250 families fled to Mosul, Erbil and Aleppo, respectively.",
     [(900, None, ("Mosul",)), (400, None, ("Erbil",)), (250, None, ("Aleppo",))]),
    ("About 2,300 and 650 people were displaced in Mosul and Erbil respectively, while 90 people fled Aleppo.",
     [(2300, "Mosul", ()), (650, "Erbil", ()), (90, "Aleppo", ())]),
    # negatives: a range is one figure; one figure and "respectively" of something else keep the sentence's places
    ("Between 2,300 and 2,650 residents were evacuated from Mosul and Erbil respectively.", [(2300, "Mosul", ())]),
    ("Some 2,300 residents left Mosul for Erbil and Aleppo on Monday and Tuesday respectively.",
     [(2300, "Mosul", ("Erbil", "Aleppo"))]),
])
def test_respectively_pairs_listed_figures_with_listed_places(text, expected):
    reports = [r for r in reports_of(text, headline="Displacement news\n\n") if r.count is not None]
    assert [(r.count.min, r.origin.name if r.origin else None, tuple(p.name for p in r.destinations))
            for r in reports] == expected


@pytest.mark.parametrize("text, expected", [
    # a part counted out of a whole, bare or as a ratio, counts what the whole's noun names; the whole is no report
    ("About 1,640 of 4,200 households were displaced by the fighting.", [(1640, "households", ())]),
    ("Some 1,640 out of 4,200 residents have fled the fighting.", [(1640, "people", ())]),
    ("By Monday, 1,640/4,200 residents had fled the fighting.", [(1640, "people", ())]),
    # the same people in two units joined by a slash: one report, the second its equivalent
    ("Some 2,450 families/11,300 persons have fled the fighting.", [(2450, "families", (("people", 11300),))]),
    # negatives: a part with no movement of its own; a ratio of other things
    ("About 1,640 of 4,200 residents stayed behind after others fled the fighting.", []),
    ("Some 640 people fled after 3/4 of the homes burned.", [(640, "people", ())]),
])
def test_a_part_out_of_a_whole_or_a_ratio_counts_the_part(text, expected):
    reports = [r for r in reports_of(text, headline="Displacement news\n\n") if r.count is not None]
    assert [(r.count.min, r.unit, r.equivalent) for r in reports] == expected
