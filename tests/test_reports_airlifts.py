"""Movement reports: airlifts and convoys with many destinations (people taken out of a
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
    # ... and people whose presence is told as displaced are displaced
    ("The presence of 3,000 displaced people in Goma strains the town.", [(3000, "displaced")]),
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


@pytest.mark.parametrize("text, expected", [
    # nationals counted by a plural no demonym suffix tells are people moved
    ("The army evacuated 300 Britons from Goma.", [(300, "evacuated")]),
    ("About 400 Spaniards were flown out of Goma on Monday.", [(400, "evacuated")]),
    # negative: nationals who live somewhere and did not move
    ("Some 300 Britons living in Goma were asked about the evacuation.", []),
])
def test_nationals_counted_by_their_plural_are_people(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, status", [
    # the vehicles that carried people arrived or left, told in the past after their load: done
    ("Two planes carrying the last 810 Britons out of Goma arrived in Erbil on Friday.", "completed"),
    ("Buses carrying 2,000 people out of Mosul reached Erbil.", "completed"),
    # ... their plan after a load of several words or a figure with separators is the people's plan
    ("Planes carrying 810 people out of Goma are due to arrive in Erbil.", "planned"),
    ("A ferry carrying 1,400 evacuees was set to leave Goma on Saturday.", "planned"),
    # negative: a plan after "and" is another clause's
    ("A ferry carrying 1,400 people left Goma and more boats will follow.", "completed"),
    # their journey told as going on: underway (not the vehicles heading back once they dropped them)
    ("Buses carrying 2,000 people out of Mosul were heading for Erbil.", "underway"),
    ("A convoy carrying 900 civilians out of Mosul is making its way to Erbil.", "underway"),
    ("Buses carrying 2,000 people out of Mosul were heading back after they dropped them in Erbil.", "completed"),
    # a relative clause on the load between commas has a tense of its own, not theirs
    ("A ferry carrying 200 people, who will need shelter, arrived in Goma.", "completed"),
    ("Planes carrying 810 people, who had waited for days, are due to arrive in Erbil.", "planned"),
])
def test_the_verb_of_the_vehicles_after_their_load_is_its_status(text, status):
    assert reports_of(text)[0].status == status


@pytest.mark.parametrize("text, expected", [
    # a clause a conjunction and its own subject pronoun open is not the count's verb: people somewhere, not moved
    ("The army has over 6,000 soldiers at Goma airport and when they withdraw the airlift ends.", []),
    ("The allies have 2,000 people in Mosul and if they leave the evacuation stops.", []),
    # negatives: the count's own verb before that clause, or people who say they fled
    ("Some 6,000 people in Goma fled when they heard the shelling.", [(6000, "fled")]),
    ("About 6,000 people in the camp say they fled the fighting in Mosul.", [(6000, "fled")]),
])
def test_a_clause_with_its_own_subject_is_not_the_counts_verb(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, origin", [
    # a country named as the state acting (its president, military, troops) is not where the story is
    ("Rwanda President Paul Kagame said the airlift from Goma would go on. The Rwanda military flew more planes, and "
     "Rwanda troops guarded the airport. Some 3,000 people were evacuated on Monday.", GOMA),
    # negative: a country named as the place things happen in still votes
    ("Kagame said the airlift from Goma would go on. Fighting in Rwanda spread across Rwanda, and shops in Rwanda "
     "closed. Some 3,000 people were evacuated on Monday.", RWANDA),
])
def test_a_country_named_as_the_state_acting_is_not_the_articles_place(text, origin):
    assert reports_of(text)[-1].origin == origin


@pytest.mark.parametrize("text, expected", [
    # passengers who arrived in a sentence about an evacuation are evacuees, past whom they include
    ("Around 300 passengers including Americans arrived in Goma, the first flight since the evacuation ended.",
     [(300, "evacuated")]),
    # negatives: a plane emptied, passengers with no evacuation in their sentence
    ("All 222 passengers including the crew were evacuated from the plane.", []),
    ("Around 300 passengers including Americans arrived in Goma on the morning flight.", []),
    # ... nor is an evacuation drill, exercise or plan one: no one was moved
    ("Around 300 passengers arrived in Goma after the evacuation drill.", []),
    ("Around 300 passengers arrived in Goma during an evacuation exercise at the airport.", []),
    # ... but a real one later in the sentence still is
    ("After an evacuation drill in the morning, 300 passengers arrived in Goma on the first evacuation flight.",
     [(300, "evacuated")]),
])
def test_passengers_who_arrived_past_whom_they_include_are_evacuees(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause on the vehicles' load between commas: the verb after it is theirs, the figure kept
    ("A ferry carrying 200 people, who will need shelter, arrived in Goma.", [(200, ("Goma",))]),
    ("A ferry carrying 200 people, who fled the fighting in Mosul, arrived in Goma.", [(200, ("Goma",))]),
    # negative: people whose relative clause tells a flight but whose own verb is their death are a toll
    ("Some 200 people, who were evacuated from Mosul on Monday, have died.", []),
])
def test_a_relative_clause_on_the_people_counted_is_read_past_to_their_verb(text, expected):
    assert [(r.count.value, tuple(p.name for p in r.destinations)) for r in reports_of(text) if r.count] == expected
