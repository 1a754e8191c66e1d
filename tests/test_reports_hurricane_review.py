"""Movement reports: leftovers of a real-text review of a hurricane's evacuations (islands emptied by boat and plane,
coastal evacuation orders). Inputs are hand-written, not benchmark excerpts."""
from datetime import date

import pytest

from geo.dates import find_date_text
from geo.model import Document
from geo.reports import find_reports
from test_reports import DNIPRO, MARIUPOL, POLAND, UKRAINE
from test_reports_seeds import stub_mentions

PLACES = {p.name: p for p in (DNIPRO, MARIUPOL, POLAND, UKRAINE)}


def reports_of(text: str):
    doc = Document("doc", "Evacuation news\n\n" + text)
    return find_reports(doc, stub_mentions(doc, PLACES))


@pytest.mark.parametrize("text, origin, destinations", [
    # a country written as a noun's modifier before a kind of place passes its role to the place it names
    ("About 1,200 people fled the Ukraine port city of Mariupol by boat on Monday.", MARIUPOL, ()),
    ("About 1,200 people were evacuated to the Ukraine city of Dnipro on Monday.", None, (DNIPRO,)),
    # negatives: a preposition before the kind names a second place; a place after the finer one only locates it
    ("About 1,200 people fled Ukraine for the port city of Mariupol on Monday.", UKRAINE, (MARIUPOL,)),
    ("About 1,200 people fled Mariupol in Ukraine on Monday.", MARIUPOL, ()),
    ("About 1,200 people fled Ukraine to Poland on Monday.", UKRAINE, (POLAND,)),
])
def test_a_country_modifying_a_kind_of_place_passes_its_role_on(text, origin, destinations):
    report = reports_of(text)[0]
    assert (report.origin, report.destinations) == (origin, destinations)


@pytest.mark.parametrize("text, origin, destinations", [
    # what people wait or queue for is no journey's end, even when a place's name stands before it
    ("In Mariupol, about 300 people waited for two Dnipro city buses to be evacuated to Poland.", MARIUPOL, (POLAND,)),
    ("About 300 people in Mariupol queued for Dnipro ferries to be evacuated.", MARIUPOL, ()),
    # negatives: "for" after a verb of leaving is still where they went
    ("About 300 people in Mariupol left for Dnipro on city buses.", MARIUPOL, (DNIPRO,)),
    ("About 300 people waited in Mariupol and then left for Dnipro.", MARIUPOL, (DNIPRO,)),
])
def test_what_people_wait_for_is_no_destination(text, origin, destinations):
    report = reports_of(text)[0]
    assert (report.origin, report.destinations) == (origin, destinations)


@pytest.mark.parametrize("text, status", [
    # the plan of a vehicle carrying people is theirs
    ("Another boat, carrying 300 villagers, was set to leave Mariupol on Sunday.", "planned"),
    ("A second convoy carrying 300 families is expected to depart from Mariupol at dawn.", "planned"),
    # negatives: the vehicle went, or arrived
    ("A boat carrying 300 villagers left Mariupol on Sunday.", "completed"),
    ("A ship carrying 300 villagers arrived in Dnipro on Sunday.", "completed"),
])
def test_a_plan_of_the_vehicle_carrying_people_is_theirs(text, status):
    assert [r.status for r in reports_of("Shelling hit Mariupol. " + text)] == [status]


@pytest.mark.parametrize("text, status", [
    # other work going on in the sentence says nothing of the people's movement
    ("Some 2,300 evacuees remain in school shelters in Dnipro as recovery efforts are underway.", "unknown"),
    ("About 2,300 residents remain in shelters in Dnipro while cleanup work is still under way.", "unknown"),
    # negatives: the movement itself, or a rescue, going on; or the people's own verb telling the tense
    ("Some 2,300 evacuees remain in school shelters in Dnipro as evacuations are underway.", "underway"),
    ("About 2,300 residents remain in shelters in Dnipro while rescue operations are under way.", "underway"),
    ("About 2,300 residents fled Mariupol on Sunday as relief efforts were underway.", "completed"),
])
def test_other_work_underway_gives_no_status(text, status):
    assert [r.status for r in reports_of(text)] == [status]


@pytest.mark.parametrize("text, found", [
    # passengers arriving where the sentence speaks of an evacuation are evacuees a vehicle brought
    ("Officials processed the first evacuations from Mariupol, with the arrival of 1,400 passengers in Dnipro.", [1400]),
    ("About 1,400 passengers who arrived in Dnipro on evacuation trains from Mariupol were housed in schools.", [1400]),
    # negatives: a vehicle emptied, or passengers arriving with no evacuation named
    ("All 220 passengers were evacuated from the plane in Dnipro after an evacuation alarm.", []),
    ("Shelling hit Mariupol. About 1,400 passengers arrived in Dnipro from Poland on Sunday.", []),
])
def test_passengers_arriving_in_an_evacuation_are_evacuees(text, found):
    assert [r.count.value for r in reports_of(text)] == found


SUNDAY_1_SEPTEMBER_2019, THURSDAY_5_SEPTEMBER_2019 = date(2019, 9, 1), date(2019, 9, 5)


@pytest.mark.parametrize("sentence, published, when", [
    # a start given by a participle falls near publication, on either side
    ("The governor ordered 80,000 people to leave starting noon Monday.", SUNDAY_1_SEPTEMBER_2019, "2019-09-02"),
    ("Visitors must leave the island effective at 8 a.m. Wednesday.", SUNDAY_1_SEPTEMBER_2019, "2019-09-04"),
    ("The order, starting Monday, moved 80,000 people inland.", THURSDAY_5_SEPTEMBER_2019, "2019-09-02"),
    # negatives: a verb of starting, or a bare weekday, is the most recent one
    ("The evacuation of 80,000 people began at noon Monday.", SUNDAY_1_SEPTEMBER_2019, "2019-08-26"),
    ("About 80,000 people left the coast on Wednesday.", SUNDAY_1_SEPTEMBER_2019, "2019-08-28"),
])
def test_a_start_given_by_a_participle_is_the_nearest_weekday(sentence, published, when):
    assert find_date_text(sentence, published)[0] == when


@pytest.mark.parametrize("text, origin, destinations", [
    # "along" places the people evacuated, as "in" does: where they are to leave
    ("The governor ordered the evacuation of 2,000 residents along the entire Dnipro waterfront.", DNIPRO, ()),
    ("About 2,000 residents were evacuated along the Dnipro riverbank on Monday.", DNIPRO, ()),
    # negatives: "along with" names company (the article's place stands in), and a route's cues still name its ends
    ("About 2,000 people fled along with their cattle to Dnipro.", MARIUPOL, (DNIPRO,)),
    ("About 2,000 people fled along the road from Mariupol to Dnipro.", MARIUPOL, (DNIPRO,)),
])
def test_people_evacuated_along_a_place_leave_it(text, origin, destinations):
    report = reports_of("Storms hit Mariupol twice this week. " + text)[0]
    assert (report.origin, report.destinations) == (origin, destinations)
