"""Movement reports: leftovers of a real-text review of surrender deals that evacuate besieged towns (evacuees killed
in an attack on their convoy, people "able to leave", a "with" clause after a past clause, faiths as people, monitors
sent to watch, a part listed after other members of its whole, a place naming another movement, twin towns, "the two
towns", people still in a town who are to be evacuated, people "brought out", a count joined by "and" sharing the
verb after both, the place of an official's office, a deal designed to secure an evacuation).
Inputs are hand-written, not benchmark excerpts."""
import pytest

from gazetteer.model import Place
from geo.model import Document
from geo.reports import find_reports
from test_reports import reports_of
from test_reports_seeds import stub_mentions

# Two towns 2 km apart, a third 20 km off, and the province and country holding them (made up).
NORTHTON = Place("t:northton", "Northton", 35.980, 36.700, "city", "SY", parent="t:province", population=10000)
SOUTHWELL = Place("t:southwell", "Southwell", 35.990, 36.680, "city", "SY", parent="t:province", population=4000)
FARBURY = Place("t:farbury", "Farbury", 36.160, 36.700, "city", "SY", parent="t:province", population=8000)
PROVINCE = Place("t:province", "Westshire", 35.9, 36.6, "admin1", "SY", parent="t:country")
COUNTRY = Place("t:country", "Syria", 35.0, 38.0, "country", "SY")
TRANSIT = Place("t:transit", "Crossroads", 36.18, 37.09, "city", "SY")
TOWNS = {p.name: p for p in (NORTHTON, SOUTHWELL, FARBURY, PROVINCE, COUNTRY, TRANSIT)}


def counted(text, places=None):
    if places is None:
        reports = reports_of(text, headline="Evacuations go on\n\n")
    else:
        doc = Document("doc", "Evacuations go on\n\n" + text)
        reports = find_reports(doc, stub_mentions(doc, places))
    return [(r.count.value, r.origin.name if r.origin else None, r.status) for r in reports if r.count is not None]


@pytest.mark.parametrize("text, found", [
    # evacuees killed, told past where they came from or past their noun, are the attack's toll
    ("Over 118 evacuees from the towns of Mariupol and Berdyansk were killed when a bomb went off near the buses.", []),
    ("More than 40 displaced people died in the camp last week.", []),
    ("Some 300 evacuees from the besieged village of Berdyansk were wounded on Saturday.", []),
    # negatives: a movement of their own before the toll of others, a place they reached where others died
    ("Over 3,000 evacuees from Mariupol fled and 12 were killed.", [(3000, "Mariupol", "completed")]),
    ("More than 40 displaced people reached the camp last week.", [(40, None, "completed")]),
])
def test_evacuees_killed_past_their_own_words_are_a_toll(text, found):
    assert counted(text) == found


@pytest.mark.parametrize("text, status", [
    # people who "have been able to leave" did (as "were able to")
    ("Evacuations went on in Mariupol, where 750 people have been able to leave since December 19.", "completed"),
    ("About 750 people had been able to leave Mariupol before the siege.", "completed"),
    # negative: ability to come
    ("About 750 people will be able to leave Mariupol.", "planned"),
])
def test_people_who_have_been_able_to_leave_left(text, status):
    [(_, _, found)] = counted(text)
    assert found == status


@pytest.mark.parametrize("text, status", [
    # an "-ing" movement in a "with" clause after a past clause happened, as right after the comma
    ("The evacuation started on Friday, with 5,000 people leaving Mariupol.", "completed"),
    # negatives: the clause before in the present, a plan in the "with" clause
    ("The evacuation starts on Friday, with 5,000 people leaving Mariupol.", "unknown"),
    ("The deal was agreed, with 5,000 people expected to be leaving Mariupol.", "planned"),
])
def test_a_with_clause_after_a_past_clause_tells_what_happened(text, status):
    [(_, _, found)] = counted(text)
    assert found == status


@pytest.mark.parametrize("text, found", [
    # people named by their faith ("Shias", as "Shiites") are people counted
    ("The convoy started on Friday, with 5,000 Shias leaving Mariupol.", [(5000, "Mariupol", "completed")]),
    ("About 1,200 Ismailis fled Mariupol for Dnipro.", [(1200, "Mariupol", "completed")]),
    # negative: the faithful a place hosts are its population
    ("The mosque in Mariupol hosts 300 Shias every Friday after the evacuation.", []),
])
def test_people_named_by_their_faith_are_people(text, found):
    assert counted(text) == found


@pytest.mark.parametrize("text, found", [
    # monitors sent to watch evacuations, past where they go, are helpers
    ("Officials gave the go-ahead for an additional 20 UN staff to go to Mariupol and monitor evacuations.", []),
    ("About 30 observers were sent to Dnipro to observe the evacuation of Mariupol.", []),
    # negatives: people sent somewhere with no purpose of aid
    ("About 2,000 residents were sent to Dnipro and to Berdyansk.", [(2000, None, "completed")]),
    ("About 2,000 residents were sent to Dnipro to shelter in schools.", [(2000, None, "completed")]),
])
def test_monitors_sent_to_watch_are_no_displaced(text, found):
    assert counted(text) == found


@pytest.mark.parametrize("text, breakdown, figures", [
    # a figure listed after other members of a whole "including" or "a number that includes" them is a part
    ("Some 3,400 people—a number that includes civilians and roughly 160 rebel fighters—will leave Berdyansk.",
     (("fighters", 160),), [3400]),
    ("Some 3,400 people, including women and 900 children, will leave Berdyansk.", (("people", 900),), [3400]),
    # negative: a figure of its own after "and" past a clause's comma
    ("Some 3,400 people left Mariupol, including the mayor, and 2,000 people left Berdyansk.", (), [3400, 2000]),
])
def test_a_part_listed_after_other_members_is_the_whole_s_breakdown(text, breakdown, figures):
    reports = [r for r in reports_of(text, headline="Evacuations go on\n\n") if r.count is not None]
    assert [r.count.value for r in reports] == figures
    assert reports[0].breakdown == breakdown


@pytest.mark.parametrize("text, origin, destinations", [
    # a place naming another movement or deal after a preposition is that movement's, not the count's
    ("In exchange for the Mariupol evacuations, some 3,400 people will leave Berdyansk.", "Berdyansk", []),
    ("In exchange for the Mariupol and Dnipro evacuations, some 3,400 people will leave Berdyansk.", "Berdyansk", []),
    ("As part of the Mariupol agreement, 1,312 people were evacuated from Berdyansk to Kharkiv.", "Berdyansk",
     ["Kharkiv"]),
    # negatives: the movement's own place ("during" it, its subject), a siege people fled
    ("During the Mariupol evacuation, some 3,400 people were taken to Dnipro.", "Mariupol", ["Dnipro"]),
    ("The Mariupol evacuation took 3,400 people to Dnipro.", "Mariupol", ["Dnipro"]),
    ("Some 3,400 people fled the Mariupol siege.", "Mariupol", []),
])
def test_a_place_naming_another_movement_is_not_the_count_s(text, origin, destinations):
    [report] = [r for r in reports_of(text, headline="Evacuations go on\n\n") if r.count is not None]
    assert (report.origin.name if report.origin else None, [d.name for d in report.destinations]) == (origin,
                                                                                                   destinations)


@pytest.mark.parametrize("text, origin", [
    # twin towns listed together are one point: the first, not the province or country holding them
    ("Syria's Westshire province is tense. About 750 people have left Northton and Southwell.", "Northton"),
    ("Syria's Westshire province is tense. Evacuations took place in the towns of Northton and Southwell, where 750 "
     "people have been able to leave.", "Northton"),
    # negative: towns 20 km apart are drawn from the place holding them
    ("Syria's Westshire province is tense. About 750 people have left Northton and Farbury.", "Westshire"),
])
def test_twin_towns_listed_together_are_the_first(text, origin):
    [(_, found, _)] = counted(text, TOWNS)
    assert found == origin


@pytest.mark.parametrize("text, origin", [
    # "the two towns" people left are the pair the article joined by "and" before, not the place of the sentence before
    ("Buses reached Crossroads. Crossroads was calm. At least 80 buses left Northton and Farbury. They arrived at a "
     "point in Crossroads. Observers said 5,000 people had left the two towns.", "Northton"),
    # negative: with no pair named before, the article's place stands in as for "the town"
    ("Buses reached Crossroads. Crossroads was calm. At least 80 buses left Northton. They arrived at a point in "
     "Crossroads. Observers said 5,000 people had left the two towns.", "Crossroads"),
])
def test_the_two_towns_are_the_pair_named_before(text, origin):
    [(_, found, _)] = counted(text, TOWNS)
    assert found == origin


@pytest.mark.parametrize("text, found", [
    # people still in a town who are to be evacuated next are a planned movement, no population
    ("Some 3,000 more civilians are still in Mariupol and are expected to be evacuated soon.",
     [(3000, "Mariupol", "planned")]),
    # negatives: people living there with no movement to come
    ("Some 3,000 civilians live in Mariupol and have never left.", []),
    ("Some 3,000 civilians live in Mariupol and are proud of it.", []),
])
def test_people_still_in_a_town_to_be_evacuated_next_are_planned(text, found):
    assert counted(text) == found


@pytest.mark.parametrize("text, found", [
    # people "brought out" (or "taken out") at the end of their clause were evacuated
    ("Some 3,000 civilians were brought out, the Red Cross said.", [(3000, None, "completed")]),
    ("About 400 wounded people and their relatives had been taken out.", [(400, None, "completed")]),
    # negatives: a thing brought out, a singular subject
    ("Some 3,000 copies of the report were brought out.", []),
    ("The report on 3,000 civilians was brought out.", []),
])
def test_people_brought_out_were_evacuated(text, found):
    assert counted(text) == found


@pytest.mark.parametrize("text, found", [
    # another count joined by "and", its noun a participle ("wounded"), shares the verb after both
    ("Some 3,000 civilians and more than 40 wounded were evacuated from Mariupol.", [(3000, "Mariupol", "completed")]),
    ("Some 3,000 civilians and more than 40 wounded, including children, were brought out of Mariupol.",
     [(3000, "Mariupol", "completed")]),
    # negatives: the verb after both is no movement; a toll after "and" with no noun of its own
    ("Some 3,000 civilians and 40 soldiers were killed in Mariupol.", []),
    ("Some 3,000 civilians fled Mariupol and 40 were killed.", [(3000, "Mariupol", "completed")]),
])
def test_a_count_joined_by_and_shares_the_verb_after_both(text, found):
    assert counted(text) == found


@pytest.mark.parametrize("text, found", [
    # the place of an office an official heads only locates the office
    ('"Some 3,000 civilians were brought out," the head of the International Committee of the Red Cross (ICRC) in '
     'Mariupol, Anna Gasser, said.', [(3000, None, "completed")]),
    # negatives: a place the count's own words give; an official with no office "in" a place
    ("The head of the ICRC delegation in Dnipro said 3,000 people fled Mariupol.", [(3000, "Mariupol", "completed")]),
    ("Some 3,000 people were displaced in Mariupol, the head of the agency said.", [(3000, "Mariupol", "completed")]),
])
def test_the_place_of_an_official_s_office_is_no_place_of_the_count(text, found):
    assert counted(text) == found


@pytest.mark.parametrize("text, status", [
    # a purpose right before the movement is a plan, whatever tense the sentence is in
    ("The deal was designed to secure the evacuation of 3,000 people from Mariupol.", "planned"),
    ("The plan is aimed at the evacuation of 3,000 people from Mariupol.", "planned"),
    # negative: a purpose of something else, further before the movement
    ("Buses designed to carry supplies evacuated 3,000 residents from Mariupol.", "completed"),
])
def test_a_deal_designed_to_secure_an_evacuation_plans_it(text, status):
    assert [found for value, _, found in counted(text) if value == 3000] == [status]


@pytest.mark.parametrize("text, found", [
    # a deal "reached between" the sides moves no one (no rebels arriving; the evacuation, a noun, is only the topic)
    ("The deal, reached between the rebels and the government, was designed to secure the evacuation of the people from "
     "Mariupol towards Dnipro.", []),
    # negative: people who reached a place
    ("Some 300 rebels reached Dnipro on Friday.", [("fighters", "completed")]),
])
def test_a_deal_reached_between_sides_is_no_arrival(text, found):
    assert [(r.unit, r.status) for r in reports_of(text, headline="Evacuations go on\n\n")] == found
