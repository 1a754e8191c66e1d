"""Movement reports, issue 5: wordings of humanitarian documents (situation reports, appeals, disaster agencies'
bulletins) in South and South-East Asia: people taken to "the" safer place, households whose homes were only partly
destroyed, homes badly damaged next to homes destroyed, people staying "there" in camps. Inputs are hand-written, not
benchmark or corpus text."""
import pytest

from test_reports import reports_of
from test_reports_unseen import figures


@pytest.mark.parametrize("text, found", [
    # people others take to the safer place were evacuated, with or without the article
    ("Since Monday, 3.5 lakh people have been taken to the safer places away from the river.",
     [(350000, "people", "evacuated")]),
    ("Rescue teams brought 1,800 villagers to the safer area near the district office.", [(1800, "people", "evacuated")]),
    # negatives: going there oneself is fleeing; people only rescued did not move
    ("Some 2,600 villagers fled to the safer area near the district office.", [(2600, "people", "fled")]),
    ("Rescue teams reached 1,800 villagers near the safer area of the district.", []),
])
def test_people_taken_to_the_safer_place_were_evacuated(text, found):
    assert figures(text, headline="Flood update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # households whose homes were only partly destroyed are damage, even after a displaced count in the same sentence
    ("In the district, 4,120 families were displaced and 9,300 households were partially destroyed.",
     [(4120, "families", "displaced")]),
    ("Across the valley, 700 households were displaced and 2,050 households were partly collapsed.",
     [(700, "households", "displaced")]),
    # negative: households displaced after a count of damage keep their movement
    ("In the district, 9,300 houses were partially destroyed and 4,120 households were displaced.",
     [(4120, "households", "displaced")]),
])
def test_households_whose_homes_were_partly_destroyed_did_not_move(text, found):
    assert figures(text, headline="Flood update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # homes "badly" or "severely" damaged are damage: their own graded verb, not the nearer "collapsed" before them
    ("Some 260 houses collapsed while about 18,000 houses were badly damaged.", [(260, "households", "destroyed housing")]),
    ("Over 90 homes were washed away and 1,400 homes were severely damaged.", [(90, "households", "destroyed housing")]),
    # negative: homes graded as destroyed after homes only damaged
    ("About 1,400 homes were damaged while 90 homes were completely destroyed.", [(90, "households", "destroyed housing")]),
])
def test_homes_badly_damaged_beside_homes_destroyed_are_damage(text, found):
    assert figures(text, headline="Flood update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # a tally of people staying "there" in camps counts people in camps
    ("The number of people staying there in relief camps fell to 23,400 on Friday, officials said.",
     [(23400, "people", "sheltered")]),
    ("Around 6,200 evacuees are still living there in camps near the town.", [(6200, "people", "sheltered")]),
    # negative: staying there without a camp is no shelter
    ("The number of people staying there in the village fell to 2,300 on Friday, officials said.", []),
])
def test_people_staying_there_in_camps_are_sheltered(text, found):
    assert figures(text, headline="Flood update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # a bullet's label counts its people past the places they stay in
    ("  • IDPs : 42,000 in 310 evacuation centres of the ministry\n  • Deaths: 61",
     [(42000, "people", "sheltered")]),
    ("Evacuees: 7,300 at 25 schools; Houses destroyed: 410",
     [(7300, "people", "evacuated"), (410, "households", "destroyed housing")]),
    # negatives: a label of people who did not move, or of no people at all
    ("  • Affected people: 42,000 in 310 evacuation centres\n  • Deaths: 61", []),
    ("  • Teachers: 4,000 in 310 schools\n  • Deaths: 61", []),
])
def test_a_bullet_label_counts_its_people_past_where_they_stay(text, found):
    assert figures(text, headline="Storm update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # a bare figure after "to" that a count after "from" went to: the same people later
    ("The caseload fell from 9,400 displaced people in 31 camps to 5,100 in 20 sites.",
     [(9400, "people", "displaced"), (5100, "people", "displaced")]),
    ("Officials said evacuees decreased from 12,000 families to 4,500 by Sunday.",
     [(12000, "families", "evacuated"), (4500, "families", "evacuated")]),
    # negative: "from" and "to" of a time span give no figure of people
    ("Soldiers evacuated 3,200 residents from Monday to 14 June.", [(3200, "people", "evacuated")]),
])
def test_a_figure_a_count_went_to_counts_the_same_people(text, found):
    assert figures(text, headline="Flood update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # a key-figure row whose cells carry footnote asterisks is still a row: a later cell is not the first label's
    ("Sources: DSWD. 4.1 612,300* 6,210* 2,043 570 180,400 Displaced people Displaced people Reported dead Missing "
     "Houses damaged million outside centres inside centres", []),
    # (each cell its own label: the houses destroyed are destroyed housing, the dead no report)
    ("612,300* 6,210 2,043 people displaced houses destroyed dead",
     [(612300, "people", "displaced"), (6210, "households", "destroyed housing")]),
    # negative: the same row without asterisks
    ("612,300 6,210 2,043 people displaced houses destroyed dead",
     [(612300, "people", "displaced"), (6210, "households", "destroyed housing")]),
])
def test_a_key_figure_row_with_footnote_marks_is_a_row(text, found):
    assert figures(text, headline="Storm update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # a choice made says what people did: completed, not planned
    ("About 2,000 people were evacuated to schools, and 1,950 families opted to stay with relatives.",
     [(2000, "completed"), (1950, "completed")]),
    ("About 2,000 people were evacuated to schools, and 1,950 families chose to stay with relatives.",
     [(2000, "completed"), (1950, "completed")]),
    # negative: a choice still to come is a plan
    ("About 2,000 people were evacuated to schools, and 1,950 families will choose to stay with relatives.",
     [(2000, "completed"), (1950, "planned")]),
    # negative: choosing to stay home is no movement
    ("About 2,000 people were evacuated and 300 villagers chose to remain in their homes.", [(2000, "completed")]),
])
def test_people_who_opted_to_stay_with_relatives_did(text, found):
    assert [(r.count.value, r.status) for r in reports_of(text, headline="Flood update\n\n")] == found


@pytest.mark.parametrize("text, found", [
    # one thousands group typed with a space after its comma, after a word that takes a figure (text copied from a PDF)
    ("The agency said that out of 12, 480 totally destroyed houses, most were in the north.",
     [(12480, "households", "destroyed housing")]),
    ("Some 2, 640 families were displaced by the floods.", [(2640, "families", "displaced")]),
    # negative: after a day of a month it is a date and a figure
    ("On May 2, 430 people fled the floods.", [(430, "people", "fled")]),
])
def test_one_spaced_thousands_group_after_a_word_taking_a_figure(text, found):
    assert figures(text, headline="Flood update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # people rescued whom the rescuers then took somewhere moved (to safety: evacuated; to camps: sheltered)
    ("Army teams rescued 2,300 villagers and moved them to safer places.", [(2300, "people", "evacuated")]),
    ("Boat crews rescued 640 residents and took them to relief camps.", [(640, "people", "sheltered")]),
    # negative: a rescue and aid given is no movement
    ("Army teams rescued 2,300 villagers and gave them food.", []),
])
def test_people_rescued_and_taken_somewhere_were_evacuated(text, found):
    assert figures(text, headline="Flood update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # collective sites are shelters for displaced people, as displacement or evacuation sites are
    ("After the floods, about 12,000 people continue to live in collective sites or camps.",
     [(12000, "people", "sheltered")]),
    ("After the floods, some 4,300 people remain in collective sites.", [(4300, "people", "sheltered")]),
    # negative: "collective" alone names no shelter
    ("After the floods, some 4,300 people remain on collective farms.", []),
])
def test_collective_sites_are_shelters(text, found):
    assert figures(text) == found
