"""Movement reports, issue 5: fragments of situation reports and officials' statements as the press carries them
(a figure listed with its own "affected", key-figure labels of partial destruction, relocations in the plural,
people staying with their relatives, China's tally of people in urgent need of resettlement, a household count's
people in the singular, shelter posts). Inputs are hand-written, not benchmark or corpus text."""
import pytest

from test_reports import reports_of
from test_reports_unseen import figures


@pytest.mark.parametrize("text, found", [
    # a figure listed after a displaced one, whose own word is "affected", did not move with it
    ("In the north, 1,200 people have been displaced and 900 affected, and in the south with 3,100 affected people.",
     [(1200, "people", "displaced")]),
    ("The agency counts, as of Monday, more than 800 displaced people, nearly 4,000 affected people, around 300 "
     "damaged houses and two damaged bridges across the district.", [(800, "people", "displaced")]),
    # negatives: affected people whose own verb moves them
    ("Floods displaced 800 people, while 4,000 affected families were relocated to schools.",
     [(800, "people", "displaced"), (4000, "families", "relocated")]),
    ("Soldiers evacuated 2,500 affected villagers from the valley.", [(2500, "people", "evacuated")]),
    # ... or whom a relocation site houses, with no other figure of people before them
    ("At a relocation site housed in a school, volunteers quickly arranged 30 classrooms and provided bedding for 600 "
     "affected villagers.", [(600, "people", "sheltered")]),
])
def test_a_figure_only_affected_in_a_list_has_not_moved(text, found):
    assert figures(text) == found


@pytest.mark.parametrize("text, found", [
    # partial destruction is damage, whether the label or the sentence says it
    ("Partially destroyed houses: 974; Destroyed houses: 120", [(120, "households", "destroyed housing")]),
    ("Houses partly destroyed: 530", []),
    ("The storm left 500 houses partly destroyed and 20 houses completely destroyed.",
     [(20, "households", "destroyed housing")]),
    # negative: destroyed homes without a grade
    ("Destroyed houses: 974", [(974, "households", "destroyed housing")]),
])
def test_homes_partly_destroyed_are_damage(text, found):
    assert figures(text, headline="Flood update\n\n") == found


@pytest.mark.parametrize("text, found", [
    ("Heavy rains forced the relocations of some 12,000 people, officials said.", [(12000, "people", "relocated")]),
    # negative: relocations of things
    ("Officials discussed relocations of offices to the new capital, with 300 staff affected.", []),
])
def test_relocations_of_people_in_the_plural(text, found):
    assert figures(text) == found


@pytest.mark.parametrize("text, found", [
    ("Some 200 persons have temporarily stayed with their relatives and/or friends.", [(200, "people")]),
    ("Some 300 people are staying with their friends.", [(300, "people")]),
    # negative: a visit is no stay of displaced people
    ("The minister stayed with his relatives in the capital for 3 days.", []),
])
def test_people_staying_with_their_own_relatives(text, found):
    assert [(value, unit) for value, unit, _ in figures(text, headline="Flood update\n\n")] == found


@pytest.mark.parametrize("text, found", [
    ("Rains affected 3 million people, with 187,000 people in urgent need of resettlement and living aid.",
     [(187000, "people", "relocated")]),
    ("The ministry said 120,000 people needed emergency relocation.", [(120000, "people", "relocated")]),
    # negatives: a need of aid, or a need of relocation that is only a plan
    ("Some 120,000 people are in urgent need of food aid, the ministry said.", []),
    ("About 400 families are in need of relocation to safer ground, the mayor said.", []),
])
def test_chinas_tally_of_people_in_urgent_need_of_resettlement(text, found):
    assert figures(text) == found


def test_a_household_counts_people_in_the_singular():
    [report] = reports_of("The survey found 1,200 families (5,400 individual) in 20 displacement sites.")
    assert (report.count.value, report.unit, report.equivalent) == (1200, "families", (("people", 5400),))


@pytest.mark.parametrize("text, found", [
    # Indonesia's shelter posts ("pos pengungsian") are shelters
    ("The disaster agency said 12,400 people are staying in 40 shelter posts.", [(12400, "people", "sheltered")]),
    ("Some 3,000 villagers took shelter at a refugee post near the river.", [(3000, "people", "sheltered")]),
    # negatives: posts of the police or the army, and what posts set up can take
    ("Police manned 40 security posts with 3,000 officers.", []),
    ("The army set up 12 evacuation posts for 5,000 residents.", []),
])
def test_shelter_posts_are_shelters(text, found):
    assert figures(text, headline="Flood update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # staff who work in camps or sites are not the people sheltered there
    ("About 1,500 people work on displacement sites in the district, the agency said.", []),
    ("Some 300 volunteers are working in IDP camps across the province.", []),
    # negative: the people who live there are
    ("About 1,500 people live in IDP camps in the district, the agency said.", [(1500, "people", "sheltered")]),
])
def test_people_who_work_in_camps_are_not_sheltered_there(text, found):
    assert figures(text) == found
