"""Movement reports, issue 5: wordings of humanitarian updates and press releases (aid goals, people a hazard still
threatens, returns from camps, appeals to leave or for an evacuation, emergency resettlement, figures paired
"respectively", an earlier figure of the same people, people shifted out of danger). Inputs are hand-written, not benchmark or corpus text."""
import pytest

from test_reports import reports_of
from test_reports_unseen import figures


@pytest.mark.parametrize("text", [
    "So far the team has moved 70 percent of the target 5,000 families to evacuation centres.",
    "The scheme targets 8,000 households for relocation next year.",
    "The programme has a target of 6,000 families to be relocated this year.",
])
def test_a_plans_target_is_no_movement(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, value, unit, term", [
    ("The appeal targets 12,000 displaced people in the camps.", 12000, "people", "displaced"),
    ("Engineers have moved 2,300 families to the new site.", 2300, "families", "relocated"),
])
def test_people_named_as_displaced_or_moved_beside_a_target_still_count(text, value, unit, term):
    assert figures(text) == [(value, unit, term)]


@pytest.mark.parametrize("text, value, term", [
    ("Some 20,000 people have been moved to safer sites, but over 90,000 people are still at risk.", 20000, "relocated"),
    ("About 4,000 villagers were evacuated, while 15,000 remain in danger.", 4000, "evacuated"),
])
def test_people_a_hazard_still_threatens_take_no_movement_from_the_clause_before(text, value, term):
    assert figures(text) == [(value, "people", term)]


def test_people_at_risk_who_were_moved_still_count():
    assert figures("About 5,000 residents at risk were evacuated on Sunday.") == [(5000, "people", "evacuated")]


@pytest.mark.parametrize("text, value", [
    ("A convoy of 80 families left the crowded transit camp for their villages.", 80),
    ("Some 120 families left the evacuation centres and went back to their houses.", 120),
    ("About 300 households left the temporary settlement for their own communities.", 300),
])
def test_leaving_a_camp_or_shelter_centre_for_home_is_a_return(text, value):
    assert figures(text) == [(value, "families" if "famil" in text else "households", "returned")]


@pytest.mark.parametrize("text", [
    "About 2,000 residents left the city centre as the fighting neared.",
    "Some 500 people left the camp for the border.",
])
def test_leaving_a_town_centre_or_a_camp_for_elsewhere_is_no_return(text):
    assert all(term != "returned" for _, _, term in figures(text))


@pytest.mark.parametrize("text", [
    "Residents have been advised to leave the town before the storm.",
    "Visitors were urged to leave the island ahead of the cyclone.",
    "The governor called on villagers near the crater to evacuate.",
])
def test_an_appeal_to_leave_that_counts_no_one_is_no_report(text):
    assert figures(text) == []


def test_an_order_to_leave_that_counts_no_one_is_still_a_planned_evacuation():
    assert figures("Residents have been ordered to leave the town before the storm.") == [(None, "people", "evacuated")]


@pytest.mark.parametrize("text, value", [
    ("Floods have affected 900,000 people, and 61,000 have taken emergency resettlement.", 61000),
    ("Some 12,000 people received emergency resettlement after the landslide.", 12000),
])
def test_emergency_resettlement_is_a_relocation(text, value):
    assert figures(text) == [(value, "people", "relocated")]


def test_emergency_relief_and_resettlement_camps_are_no_relocation():
    assert figures("Some 22,000 people needed emergency relief after the landslide.") == []
    assert figures("About 4,000 people are staying in resettlement camps.") == [(4000, "people", "sheltered")]


def test_figures_paired_respectively_share_the_noun_after_the_last():
    text = "In the two valleys, 4,200 and 6,900 people were evacuated respectively."
    assert figures(text) == [(4200, "people", "evacuated"), (6900, "people", "evacuated")]


def test_a_range_is_one_figure_with_or_without_respectively():
    assert len(figures("Between 4,200 and 6,900 people were evacuated.")) == 1


@pytest.mark.parametrize("text", [
    "The governor called for the evacuation of 3,000 residents living near the dam.",
    "Engineers recommended the relocation of 2,500 people from the hillside.",
    "The agency appealed for an urgent evacuation of 800 families from the camp.",
])
def test_an_appeal_for_an_evacuation_is_a_plan(text):
    assert [r.status for r in reports_of(text, headline="Evacuation news\n\n")] == ["planned"]


@pytest.mark.parametrize("text, status", [
    ("The eruption forced the evacuation of 3,000 residents living near the crater.", "completed"),
    ("The governor ordered the evacuation of 3,000 residents living near the dam.", "unknown"),
])
def test_a_cause_or_an_order_before_an_evacuation_is_no_appeal(text, status):
    assert [r.status for r in reports_of(text, headline="Evacuation news\n\n")] == [status]


@pytest.mark.parametrize("text, earlier", [
    ("Some 1,300 people are in evacuation centres, down from a peak of nearly 11,000 on Friday.", 11000),
    ("About 3,000 people remain displaced, down from 9,000 last week.", 9000),
])
def test_the_same_peoples_figure_at_another_time_is_a_report_of_its_own(text, earlier):
    found = figures(text)
    assert len(found) == 2 and found[1][0] == earlier and found[0][1:] == found[1][1:]


@pytest.mark.parametrize("text", [
    "The death toll rose to 50, up from 30 on Monday, and 2,000 people were evacuated.",
    "Some 800 families were evacuated, down from the 1,500 planned.",
])
def test_an_earlier_figure_of_no_people_moved_or_a_plan_is_no_report(text):
    assert len(figures(text)) == 1


@pytest.mark.parametrize("text, value, unit, term", [
    ("Crews have shifted about 6,000 people from low-lying areas since dawn.", 6000, "people", "evacuated"),
    ("Some 500 families were moved from the camp to a new site.", 500, "families", "relocated"),
    ("The authorities relocated 2,000 families from coastal villages to a new town.", 2000, "families", "relocated"),
])
def test_people_shifted_out_of_where_a_hazard_is_were_evacuated(text, value, unit, term):
    assert figures(text) == [(value, unit, term)]


@pytest.mark.parametrize("text, value, term", [
    # moving back to a place is a return, as going back is
    ("After the floods receded, some 2,400 families moved back to their villages.", 2400, "returned"),
    ("The agency counted 900 families who had moved back home last week.", 900, "returned"),
    # negatives: moved back from danger is a relocation, and moved alone is one too
    ("Some 2,400 families were moved back from the riverbank as the water rose.", 2400, "relocated"),
    ("Some 2,400 families were moved to the new site as the water rose.", 2400, "relocated"),
])
def test_moving_back_to_a_place_is_a_return(text, value, term):
    assert figures(text) == [(value, "families", term)]
