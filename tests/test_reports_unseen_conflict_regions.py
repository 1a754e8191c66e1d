"""Movement reports, issue 5: wordings that real, unseen excerpts on conflict and disasters in Africa, the Americas and
the Middle East showed dropped or wrongly kept. Inputs are hand-written, not benchmark or corpus text."""
import pytest

from test_reports import reports_of
from test_reports_unseen import figures


def test_families_living_as_refugees_after_fleeing_fled():
    assert figures("About 800 families are living as refugees after fleeing their villages.") == [(800, "families", "fled")]
    assert figures("Some 3,000 people were registered as refugees in the border town.") == [(3000, "people", "fled")]
    # living as something else is no state of displacement
    assert figures("About 800 families are living as tenant farmers after the harvest.") == []


@pytest.mark.parametrize("text, expected", [
    ("In March some 4,500 were displaced by the fighting.", [(4500, "people", "displaced")]),
    ("Between Feb. 2 and Mar. 9 some 6,300 were displaced, the agency said.", [(6300, "people", "displaced")]),
    ("Since then 1,200 have returned to their villages.", [(1200, "people", "returned")]),
])
def test_a_bare_figure_after_a_fronted_time_is_its_verb_s_subject(text, expected):
    assert figures(text) == expected


def test_a_fronted_time_gives_no_unit_to_figures_of_other_things():
    assert figures("In March 4,500 tonnes of grain were delivered to the evacuees.") == []
    assert figures("In March 15 died when the roof of the shelter collapsed.") == []


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_people_who_cannot_afford_to_flee_did_not_flee(apostrophe):
    assert figures(f"Residents say they can{apostrophe}t afford to flee Aleppo and try to live normal lives.") == []
    assert figures(f"Many can{apostrophe}t afford to leave, but 2,500 residents fled to the capital.") == [
        (2500, "people", "fled")]


def test_people_who_live_in_camps_counted_after_a_whole_are_sheltered():
    assert figures("Of those displaced by the war, 52,000 live in the 140 IDP camps across the province.") == [
        (52000, "people", "sheltered")]
    assert figures("About 2,000 people remain in 12 relief camps after the floods.") == [(2000, "people", "sheltered")]
    # where they live is no shelter: a population
    assert figures("Of those displaced by the war, 3,000 live in the town.") == []
    assert figures("About 2,000 people remain in 12 villages near the river.") == []
    assert figures("Some 2,000 people live in the camp the families fled to.") == []


def test_emergency_accommodation_makes_an_article_about_displacement():
    assert figures("An estimated 9,000 people are in emergency accommodation in the north, police said.", headline="") == [
        (9000, "people", "sheltered")]
    assert figures("An estimated 9,000 people are in the north, police said.", headline="") == []



@pytest.mark.parametrize("text", [
    "Later, some 300 villagers were assisted in escaping from the village by church leaders.",
    "Some 300 villagers were helped to flee the village on Sunday.",
])
def test_people_helped_to_flee_fled(text):
    assert figures(text) == [(300, "people", "fled")]


def test_people_helped_with_something_else_did_not_move():
    assert figures("Some 300 villagers were assisted with food by church leaders.") == []
    assert figures("Some 300 villagers were helped to rebuild their homes.") == []


def test_homes_told_by_where_they_stand_take_the_verb_after_the_relative_clause():
    assert figures("Officials said 120 homes which are situated close to the river are believed to have been destroyed.") == [
        (120, "households", "destroyed housing")]
    # a fate the relative clause tells is the homes'; damage after it is still no report
    assert figures("Officials said 120 homes which were destroyed have been rebuilt.") == [
        (120, "households", "destroyed housing")]
    assert figures("Officials said 120 homes which are situated close to the river were flooded.") == []


def test_a_lakh_in_words_counts_people_in_camps():
    assert figures("Well over a lakh villagers are staying in 900 relief camps in the flooded district.") == [
        (100000, "people", "sheltered")]
    assert figures("Over 100,000 villagers are staying in 900 relief camps in the flooded district.") == [
        (100000, "people", "sheltered")]


def test_people_in_papua_new_guinea_s_care_centres_are_sheltered():
    assert figures("The provincial office says about 2,600 villagers are still in the island's care centres.") == [
        (2600, "people", "sheltered")]
    assert figures("Some 700 people displaced by the ash fall were taken to three care centres.") == [
        (700, "people", "sheltered")]
    # a centre that cares for the old, children or the sick is no shelter
    assert figures("There are 85 pensioners in the aged care centre beside the river.") == []
    assert figures("About 40 toddlers spend the day in the day care centre.") == []
    assert figures("Some 300 residents of a health care centre's ward watched the storm.") == []
    assert figures("About 40 toddlers spend the day in two childcare centres.") == []
    assert figures("There are 85 pensioners in the aged-care centre beside the river.") == []


@pytest.mark.parametrize("text, expected", [
    ("The monitors counted 1,840 individuals who experienced displacement at least once in March.",
     [(1840, "people", "displaced")]),
    ("Some 650 families have suffered repeated displacement since the fighting began.", [(650, "families", "displaced")]),
    ("About 230 households have undergone secondary displacement after the river rose.",
     [(230, "households", "displaced")]),
])
def test_people_who_experienced_displacement_were_displaced(text, expected):
    assert figures(text) == expected


def test_places_that_experienced_displacement_count_no_people():
    assert figures("Some 14 districts experienced displacement in March, the monitors said.") == []
    assert figures("The monitors counted 1,840 individuals who experienced flooding in March.") == []


@pytest.mark.parametrize("text, status", [
    # a perfect infinitive a verb of expecting leads to is a projection, not yet
    ("The agency expects 90,000 refugees to have returned to the valley by the end of the year.", "planned"),
    ("Around 8,000 residents are expected to have been evacuated from the coast by Sunday.", "planned"),
    # without one it is a past, however hedged
    ("Some 90,000 refugees are believed to have returned to the valley this year.", "completed"),
    ("As many as 3,500 villagers may have fled the district overnight.", "completed"),
])
def test_an_expected_perfect_infinitive_is_a_projection(text, status):
    [report] = reports_of(text)
    assert report.status == status


def test_people_shifted_from_their_villages_into_shelters_are_sheltered():
    assert figures("The district shifted about 700 people from nine villages of two blocks to storm shelters.") == [
        (700, "people", "sheltered")]
    # shifted from one place to another that is no shelter, they were moved
    assert figures("The district shifted about 700 people from nine villages of two blocks to the hill town of Rampur "
                   "before the cyclone.") == [(700, "people", "evacuated")]
