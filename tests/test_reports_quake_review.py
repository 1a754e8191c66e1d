"""Movement reports: leftovers of a real-text review of an earthquake's displacement (people leaving stricken provinces
by bus and plane for other provinces, refugees going back across a border). Inputs are hand-written, not benchmark
excerpts."""
from datetime import date

import pytest

from geo.dates import find_date_text
from geo.model import Document
from geo.reports import find_reports
from test_reports import ALEPPO, DNIPRO, IRAQ, MARIUPOL, POLAND, SYRIA, UKRAINE, people_reports
from test_reports_seeds import stub_mentions

PLACES = {p.name: p for p in (DNIPRO, MARIUPOL, POLAND, UKRAINE)}


def reports_of(text: str, headline: str = "Evacuation news"):
    doc = Document("doc", headline + "\n\n" + text)
    return find_reports(doc, stub_mentions(doc, PLACES))


@pytest.mark.parametrize("sentence, ahead, when", [
    # a day after "from" that the period's end follows starts the period: the figure stands as of its end
    ("The airline will have flown out 9,000 people from March 3 to the end of today.", True, ("2023-03-09", "today")),
    ("Some 9,000 people were moved from March 3 until now, officials said.", False, ("2023-03-09", "from March 3")),
    # negatives: a range of two days is read whole; a bare "from" a day still to come is that day
    ("Some 9,000 people were moved from March 3 to March 5.", False, ("2023-03-05", "from March 3 to March 5")),
    ("Some 9,000 people will be flown out from March 12.", True, ("2023-03-12", "from March 12")),
])
def test_a_day_after_from_before_the_periods_end_starts_the_period(sentence, ahead, when):
    assert find_date_text(sentence, date(2023, 3, 9), ahead=ahead) == when


@pytest.mark.parametrize("text, status", [
    # "due to" before a determiner gives a cause, no plan
    ("About 300 villagers who were evacuated from Mariupol due to the shelling were flown to Dnipro.", "completed"),
    ("About 300 villagers were evacuated from Mariupol due to a gas leak.", "completed"),
    # negatives: "due to" before a verb is a plan
    ("About 300 villagers are due to be evacuated from Mariupol on Friday.", "planned"),
    ("About 300 villagers were due to leave Mariupol for Dnipro.", "planned"),
])
def test_due_to_a_cause_is_no_plan(text, status):
    assert [r.status for r in reports_of(text)] == [status]


@pytest.mark.parametrize("text, term", [
    # a return people doubt or hope for is none of their movement's, nor the article's: the headline's term stands
    ("About 300 residents are leaving Mariupol every day, unsure whether they will ever be able to return.", "evacuated"),
    ("About 300 residents left Mariupol, hoping to return once the shelling stops.", "evacuated"),
    # negatives: a return told is one
    ("About 300 residents left Dnipro and returned to Mariupol.", "returned"),
    ("About 300 residents who had left Mariupol in March came back to return to their homes.", "returned"),
])
def test_a_return_hoped_for_is_no_movement(text, term):
    assert [r.term for r in reports_of(text)] == [term]


@pytest.mark.parametrize("text, origin, destinations", [
    # places given as examples of the areas people go to, "close in" them, are where they went
    ("About 300 families left Mariupol and went to safer areas close in regions such as Dnipro.", MARIUPOL, (DNIPRO,)),
    ("About 300 families left Mariupol and went to safer areas close in Dnipro.", MARIUPOL, (DNIPRO,)),
    # negative: a place after the areas' own clause is not
    ("About 300 families left Mariupol for safer areas, while shelling went on in Dnipro.", MARIUPOL, ()),
])
def test_examples_of_areas_people_go_to_are_destinations(text, origin, destinations):
    report = reports_of(text)[0]
    assert (report.origin, report.destinations) == (origin, destinations)


@pytest.mark.parametrize("text, origin", [
    # the one town an article names as an example of where evacuees are put up stands in for no origin
    ("Thousands of people were evacuated after the earthquake, officials said. They will be accommodated in hotels in"
     " resort towns on the coast like Dnipro.", None),
    # negative: a town named as an example of those the quake hit is where they left
    ("Thousands of people were evacuated after the earthquake hit towns like Dnipro, officials said.", DNIPRO),
])
def test_a_town_given_as_an_example_of_where_people_went_is_no_origin(text, origin):
    assert [r.origin for r in reports_of(text, headline="Quake news")] == [origin]


@pytest.mark.parametrize("text, origin, destinations", [
    # refugees "in" a place who return leave it: it is where their exile was
    ("About 2,000 Ukrainian refugees in Poland are returning to their country.", POLAND, ()),
    ("About 2,000 displaced families in Dnipro went back to Mariupol on Monday.", DNIPRO, (MARIUPOL,)),
    # negatives: residents in a place who return go back to it; refugees in a place who arrive are there
    ("About 2,000 residents in Mariupol returned on Monday.", None, (MARIUPOL,)),
    ("About 2,000 refugees in Poland arrived on Monday.", None, (POLAND,)),
])
def test_refugees_in_a_place_who_return_leave_it(text, origin, destinations):
    report = reports_of(text)[0]
    assert (report.origin, report.destinations) == (origin, destinations)


@pytest.mark.parametrize("text, found", [
    # "each day" after people counted is a rate, a day's part of the movement, not a group's size
    ("Buses transported at least 2,000 people each day from Mariupol to Dnipro.", [("at least 2,000", True)]),
    ("About 2,000 people each day fled Mariupol for Dnipro.", [("About 2,000", True)]),
    ("Trucks transported some 2,000 people a day out of Mariupol.", [("some 2,000", True)]),
    # negatives: the size of each group is none; a rate of things moved is none either
    ("Buses carrying 40 people each left Mariupol for Dnipro.", []),
    ("Trucks transported 2,000 tonnes of aid a day from Dnipro to Mariupol, as 300 people fled.", [("300", False)]),
])
def test_people_each_day_are_a_rate_not_a_group_size(text, found):
    assert [(r.count.text, r.batch) for r in reports_of(text) if r.count is not None] == found


@pytest.mark.parametrize("text, origin, destinations", [
    # where a road leads is no journey's end of the people beside it
    ("About 300 families left Mariupol and gathered beside the main road leading into Dnipro.", MARIUPOL, ()),
    ("About 300 families left Mariupol, waiting at the highway that runs to Dnipro.", MARIUPOL, ()),
    # negatives: people who head somewhere on a road, or take the road to a place, go there
    ("About 300 families left Mariupol on the main road and headed into Dnipro.", MARIUPOL, (DNIPRO,)),
    ("About 300 families fled Mariupol along the road to Dnipro.", MARIUPOL, (DNIPRO,)),
])
def test_where_a_road_leads_is_no_destination(text, origin, destinations):
    report = reports_of(text)[0]
    assert (report.origin, report.destinations) == (origin, destinations)


@pytest.mark.parametrize("text, destinations", [
    # people named by their country who return from another country naming no destination go back to theirs
    ("More than 1,790 Syrians have returned home from Poland, border officials said.", (SYRIA,)),
    ("Thousands of Iraqi refugees in Poland are returning to their country.", (IRAQ,)),
    # negatives: a destination named; a return from within their own country; no origin named
    ("More than 1,790 Syrians have returned from Poland to Aleppo, border officials said.", (ALEPPO,)),
    ("More than 1,790 Syrians have returned home from Aleppo, officials said.", ()),
    ("More than 1,790 Syrians have returned home, border officials said.", ()),
])
def test_people_named_by_their_country_returning_from_abroad_go_back_to_it(text, destinations):
    assert [r.destinations for r in people_reports(text)] == [destinations]
