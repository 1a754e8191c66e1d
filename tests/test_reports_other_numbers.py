"""Movement reports, issue 5: numbers of something else beside a displacement figure in whole news paragraphs (deaths
told in the present or hedged, people displacement only threatens, a bare figure sharing the families counted before
it, homes lost with no possessive, a part counted out of a whole that moved). Inputs are hand-written, not benchmark
or corpus text."""
from test_reports_unseen import figures


def test_people_a_disaster_kills_or_wounds_in_the_present_are_a_toll():
    assert figures("An aftershock kills 90 residents and forces 4,000 to flee the valley.") == [(4000, "people", "fled")]
    assert figures("The militia wounds 30 villagers a week, and 6,000 have fled their farms.") == [(6000, "people", "fled")]
    # a movement after the killing word is still one
    assert figures("The flooding kills crops and forces 4,000 residents from their homes.") == [(4000, "people", "fled")]


def test_people_known_or_feared_to_have_died_are_a_toll():
    assert figures("Some 40,000 villagers have fled the floods to relief camps, with 65 people known to have died.") == [
        (40000, "people", "fled")]
    assert figures("About 3,000 families were evacuated, and 14 residents are feared to have drowned.") == [
        (3000, "families", "evacuated")]
    # people known to have moved still count
    assert figures("Some 40,000 villagers have fled the floods, and 900 are known to have been evacuated by boat.") == [
        (40000, "people", "fled"), (900, "people", "evacuated")]


def test_people_displacement_or_a_hazard_threatens_are_not_moved():
    assert figures("Drought and displacement threaten millions of people across the Sahel, aid agencies warned.") == []
    assert figures("The fires threaten 3,000 homes and 200 residents have evacuated.") == [(200, "people", "evacuated")]
    # people threatened by a hazard may still be moved by their own verb
    assert figures("About 5,000 residents threatened by the flames were evacuated overnight.") == [
        (5000, "people", "evacuated")]


def test_a_bare_figure_coordinated_after_families_counted_shares_their_noun():
    assert figures("By Monday 2,100 families had been affected and 640 displaced by the floods.") == [
        (640, "families", "displaced")]
    assert figures("By Monday 2,100 families were evacuated, and 640 relocated to the school.") == [
        (2100, "families", "evacuated"), (640, "families", "relocated")]
    # after homes, or with a noun of its own, the figure counts people
    assert figures("By Monday 2,100 homes had been damaged and 640 displaced by the floods.") == [(640, "people", "displaced")]
    assert figures("By Monday 2,100 families had been affected and 640 people displaced by the floods.") == [
        (640, "people", "displaced")]


def test_people_who_lost_homes_without_a_possessive_are_homeless():
    assert figures("Some 9,000 people died in the quake and more than 600,000 people lost homes across the hills.") == [
        (600000, "people", "homeless")]
    # home as a modifier is no dwelling lost
    assert figures("The visitors lost home games twice, and 3,000 families fled the floods.") == [
        (3000, "families", "fled")]


def test_a_part_moved_only_by_its_wholes_relative_clause_is_no_report_of_its_own():
    assert figures("Aid workers have registered 4,100 refugees out of at least 15,000 who have crossed into Chad this month.") == [
        (15000, "people", "crossed")]
    assert figures("Some 4,100 of the 15,000 refugees who have crossed into Chad this month were registered by aid workers.") == [
        (15000, "people", "crossed")]
    # a part with a movement of its own, or out of a whole that did not move, is still a report
    assert figures("Some 1,600 of its 4,600 residents had evacuated by Friday.") == [(1600, "people", "evacuated")]
    assert figures("Troops evacuated 4,100 residents out of 15,000 living in the zone.") == [(4100, "people", "evacuated")]
    assert [value for value, _, _ in figures(
        "Some 4,100 of the 15,000 refugees who crossed into Chad in May have since returned home.")] == [4100, 15000]
