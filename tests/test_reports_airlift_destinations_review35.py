"""Movement reports: leftovers of a real-text review of an airlift with many destinations (people taken out of a
place named, a movement's helpers, the state whose mission or base a country names). Inputs are hand-written, not
benchmark excerpts."""
import pytest

from test_reports import GOMA, MOSUL, RWANDA, reports_of


def found(text):
    return [(r.count.value if r.count else None, r.term) for r in reports_of(text)]


@pytest.mark.parametrize("text, expected", [
    # people extracted out of (or from) a place named were evacuated
    ("The army has so far extracted 3,400 people out of Goma.", [(3400, "evacuated")]),
    ("About 1,200 civilians were extracted from Goma by helicopter.", [(1200, "evacuated")]),
    # negatives: a rescue out of rubble, goods extracted
    ("Rescuers extracted 300 people from the rubble after the evacuation.", []),
    ("The company extracted 3,000 tonnes of ore from Goma during the evacuation.", []),
])
def test_people_extracted_out_of_a_place_were_evacuated(text, expected):
    assert found(text) == expected


def test_people_extracted_out_of_a_place_left_it():
    assert reports_of("The army has so far extracted 3,400 people out of Goma.")[0].origin == GOMA


@pytest.mark.parametrize("text, expected", [
    # the agent of a passive verb of helping, or people whose presence is told, helped or are there: not moved
    ("The evacuation is being supported by 1,000 troops on the ground.", []),
    ("The airlift goes on despite the presence of thousands of troops at the airport.", []),
    ("The airlift was carried out by 300 soldiers and 2,000 civilians were evacuated.", [(2000, "evacuated")]),
    # negatives: people after "followed by" moved too; the people an evacuation of counts moved, whoever helped
    ("Some 3,000 people were evacuated on Monday, followed by 2,000 more on Tuesday.",
     [(3000, "evacuated"), (2000, "evacuated")]),
    ("The evacuation of 5,000 residents was supported by the army.", [(5000, "evacuated")]),
])
def test_a_movements_helpers_are_not_the_people_it_moved(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, origin, destinations", [
    # a country before a state's mission, forces or base names whose they are, not a place of the movement
    ("About 3,400 people have been evacuated as part of the Rwanda rescue mission in Goma.", GOMA, ()),
    ("About 3,400 refugees were flown out of Mosul to the Rwanda air base Goma.", MOSUL, (GOMA,)),
    # negatives: a country named on its own, a town before a base (where the base is), a country's border
    ("About 3,400 people were evacuated from Mosul to Rwanda.", MOSUL, (RWANDA,)),
    ("About 3,400 people were evacuated to the Goma military base.", None, (GOMA,)),
    ("About 3,400 people fled to the Rwanda border.", None, (RWANDA,)),
])
def test_a_country_owning_a_mission_or_a_base_is_no_place_of_the_movement(text, origin, destinations):
    report = reports_of(text)[0]
    assert (report.origin, report.destinations) == (origin, destinations)
