"""Movement reports: leftovers of a real-text review of a besieged enclave's evacuations (people who "exited" a
place, who left the shelters displaced people stay in, who went "towards" or left "for" shelters in a place; the
places of an agreement on a movement to come, the place locating an unnamed town people left).
Inputs are hand-written, not benchmark excerpts."""
import pytest

from test_reports import reports_of


@pytest.mark.parametrize("text, found", [
    # "exited" a place is "left" it: a count of people who exited names where they left
    ("More than 6,000 rebels and their families exited Aleppo over the past week.", [(6000, "Aleppo")]),
    ("About 2,500 civilians exited Mosul on Monday through the corridor.", [(2500, "Mosul")]),
    # negatives: no people counted, or a place that is none of the article's
    ("About 2,500 spectators exited the stadium on Monday.", []),
    ("Two firms exited Mosul last year, leaving 300 jobs.", []),
])
def test_people_who_exited_a_place_left_it(text, found):
    reports = reports_of(text, headline="Evacuations go on\n\n")
    assert [(r.count.value, r.origin.name if r.origin else None) for r in reports if r.count is not None] == found


@pytest.mark.parametrize("text, origin", [
    # people who left the shelters or sites displaced people stay in left no place the article names
    ("Fighting hit Mosul again. Over 3,000 displaced people have left the shelters through a sponsorship scheme.", None),
    ("Fighting hit Mosul again. Some 2,100 people were able to leave the collective sites and stay with relatives.", None),
    # negatives: the town the article is about, a place named
    ("Fighting hit Mosul again. Over 3,000 people have left the town through the corridor.", "Mosul"),
    ("Fighting hit Erbil again. Over 3,000 people have left Mosul through the corridor.", "Mosul"),
])
def test_people_who_left_shelters_left_no_place_of_the_article(text, origin):
    [report] = [r for r in reports_of(text, headline="Evacuations go on\n\n") if r.count is not None]
    assert (report.origin.name if report.origin else None) == origin


@pytest.mark.parametrize("text, destinations", [
    # shelters, sites or areas "towards" which people went lie in the place after them, as after "to"
    ("About 8,000 people left Aleppo towards collective shelters in Erbil.", ["Erbil"]),
    ("About 8,000 people left Aleppo towards IDP sites in Erbil.", ["Erbil"]),
    # ... and after "for" ("left for camps in", "departing for rebel-held areas in")
    ("About 8,000 people left Aleppo for camps in Erbil on Friday.", ["Erbil"]),
    ("Thousands of fighters and their families are departing for rebel-held areas in Erbil.", ["Erbil"]),
    # negative: what people went towards is no shelter: the place only locates the sentence
    ("About 8,000 people left Aleppo towards the hills, witnesses in Erbil said.", []),
    ("About 8,000 people left Aleppo, and aid agencies appealed for tents in Erbil.", []),
])
def test_shelters_people_went_towards_or_left_for_lie_in_the_place_after_them(text, destinations):
    [report] = [r for r in reports_of(text, headline="Evacuations go on\n\n") if r.count is not None]
    assert [d.name for d in report.destinations] == destinations


@pytest.mark.parametrize("text, destinations", [
    # a place after an agreement on a movement to come is the agreement's, not the count's
    ("About 1,100 fighters were evacuated from Aleppo to Mosul, amid news of an agreement on the exit of another "
     "group to Erbil.", ["Mosul"]),
    ("About 1,100 fighters were evacuated from Aleppo to Mosul after a deal for having the last group leave for Erbil.",
     ["Mosul"]),
    # negatives: a place the count's own verb takes, an agreement not on a movement
    ("About 1,100 fighters were evacuated from Aleppo to Mosul and Erbil under the agreement.", ["Mosul", "Erbil"]),
    ("About 1,100 fighters were evacuated from Aleppo under an agreement on a ceasefire to Erbil.", ["Erbil"]),
])
def test_places_of_an_agreement_on_a_movement_to_come_are_not_the_counts(text, destinations):
    [report] = [r for r in reports_of(text, headline="Evacuations go on\n\n") if r.count is not None]
    assert [d.name for d in report.destinations] == destinations


@pytest.mark.parametrize("text, origin", [
    # the place locating an unnamed town, village or camp people left is where they left, before a later "from"
    ("About 3,000 people fled from a village in Mosul to Erbil, in the largest exodus from the area near Aleppo.",
     "Mosul"),
    ("About 3,000 people crossed from a besieged town in Aleppo on Friday, the biggest exodus from the hills near Mosul.",
     "Aleppo"),
    # negatives: a place locating no settlement, and the settlement's own name
    ("About 3,000 people fled from the fighting in Mosul, in the largest exodus from the area near Aleppo.", "Aleppo"),
    ("About 3,000 people fled from the town of Mosul to Erbil.", "Mosul"),
])
def test_the_place_of_an_unnamed_settlement_people_left_is_their_origin(text, origin):
    [report] = [r for r in reports_of(text, headline="Evacuations go on\n\n") if r.count is not None]
    assert (report.origin.name if report.origin else None) == origin


@pytest.mark.parametrize("text, found", [
    # people who remain inside or within shelters, or reside in camps or IDP sites, are sheltered there
    ("Fighting hit Mosul again. Some 5,200 people remain inside the camps in Erbil.", [(5200, "sheltered", ["Erbil"])]),
    ("Fighting hit Mosul again. About 3,400 people are still residing in four camps in Erbil.",
     [(3400, "sheltered", ["Erbil"])]),
    ("Fighting hit Mosul again. Some 2,700 people remain within the IDP sites in Erbil.", [(2700, "sheltered", ["Erbil"])]),
    # negatives: people who stay inside a town, or reside in a city, are its population
    ("Fighting hit Mosul again. Some 5,200 people remain inside the old city of Erbil.", []),
    ("Fighting hit Mosul again. About 3,400 people are residing in Erbil.", []),
])
def test_people_who_remain_inside_or_reside_in_shelters_are_sheltered(text, found):
    reports = reports_of(text, headline="Evacuations go on\n\n")
    assert [(r.count.value, r.term, [d.name for d in r.destinations]) for r in reports if r.count is not None] == found
    assert all(r.origin is None for r in reports)


@pytest.mark.parametrize("text, found", [
    # people staying in camps that name no place are not where the article mostly says people left
    ("Thousands fled Mosul this week. More families left the besieged city of Mosul on Friday.\n\nSome 4,000 people "
     "remain in the camps.", [(4000, "sheltered", [])]),
    # negatives: people who came home are there; an article naming its town mostly otherwise
    ("Thousands fled Mosul this week. More families left the besieged city of Mosul on Friday.\n\nSome 4,000 people "
     "have returned.", [(4000, "returned", ["Mosul"])]),
    ("Fighting hit Mosul this week. Families left Mosul on Friday. Mosul's mayor asked for help.\n\nSome 4,000 people "
     "remain in the camps.", [(4000, "sheltered", ["Mosul"])]),
])
def test_people_staying_are_not_where_the_article_mostly_says_people_left(text, found):
    reports = reports_of(text, headline="Evacuations go on\n\n")
    assert [(r.count.value, r.term, [d.name for d in r.destinations]) for r in reports if r.count is not None] == found
