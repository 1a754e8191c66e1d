"""Movement reports, issue 5: wordings of displacement-tracking updates (tracking matrices, protection monitoring flash
reports): cross-border movements, displacements of people, a total estimate that reached its figure, the number of
arrivals from a place named, a bare figure that arrived at a place, a list of clauses run on with semicolons, and a
title's issue number. Inputs are hand-written, not benchmark or corpus text."""
import pytest

from test_reports_unseen import figures


@pytest.mark.parametrize("text, found", [
    # people a tracking matrix counts crossing a border are people who crossed
    ("Clashes displaced thousands. DTM also counted an estimated 84,300 mixed cross-border movements into Chad.",
     [(None, "people", "displaced"), (84300, "people", "crossed")]),
    # negatives: movements of goods, or troops' movements, are no people
    ("Clashes displaced thousands. Monitors logged 3,100 cross-border movements of goods and livestock.",
     [(None, "people", "displaced")]),
    ("Clashes displaced thousands. Monitors logged 300 troop movements near the border.",
     [(None, "people", "displaced")]),
])
def test_cross_border_movements_are_people_crossing(text, found):
    assert figures(text, headline="Displacement update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # "displacements of" people names their displacement, as "the displacement of" does
    ("Drought worsened in the region. Based on reports from partners in the field, new displacements of at least 21,500 "
     "individuals have been reported this month.",
     [(21500, "people", "displaced")]),
    # negative: displacements of the ground are lengths, no people
    ("The quake shook the region. Surveyors measured ground displacements of up to 3 metres in 40 places.", []),
])
def test_displacements_of_people_displaced_them(text, found):
    assert figures(text, headline="Drought update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # the estimate of displaced people reaching its figure is their tally, the bracket the same people in households
    ("The total estimate of recently displaced individuals across the state has reached 742,310 individuals "
     "(148,460 households).", [(742310, "people", "displaced")]),
    # negative: an estimate of damaged houses counts no people
    ("Floods displaced thousands. The estimate of damaged houses has reached 2,400 across the district.",
     [(None, "people", "displaced")]),
])
def test_an_estimate_that_reached_its_figure_is_a_tally(text, found):
    assert figures(text, headline="Displacement update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # the number of arrivals from a place named is a tally of people who came from there
    ("Clashes displaced thousands. The total number of arrivals from Ruritania since the coup is estimated at 23,870.",
     [(None, "people", "displaced"), (23870, "people", "displaced")]),
    # negatives: tourists, or arrivals at no place named, are no such tally
    ("Clashes displaced thousands. The number of tourist arrivals from Ruritania has reached 23,870.",
     [(None, "people", "displaced")]),
    ("Clashes displaced thousands. The number of arrivals at the airport has reached 23,870.",
     [(None, "people", "displaced")]),
])
def test_the_number_of_arrivals_from_a_place_named_is_a_tally(text, found):
    assert figures(text, headline="Displacement update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # a bare figure that arrived in a place named arrived there
    ("Drought displaced thousands in the region. In the same week, 2,870 arrived in Garbahaarey.",
     [(None, "people", "displaced"), (2870, "people", "displaced")]),
    ("Drought displaced thousands in the region. More than 640 arrived at Kulmis village from the north.",
     [(None, "people", "displaced"), (640, "people", "displaced")]),
    # negative: arriving at a time is no place
    ("Drought displaced thousands in the region. Trucks came and 640 arrived at dawn.", [(None, "people", "displaced")]),
])
def test_a_bare_figure_that_arrived_at_a_place(text, found):
    assert figures(text, headline="Drought update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # a generic verb takes no term from another clause of a list run on with semicolons
    ("Drought displaced thousands. In Kismayo, 730 individuals were seen crossing the border; 2,110 individuals reached "
     "Afmadow; 980 individuals reached Dhobley.",
     [(None, "people", "displaced"), (730, "people", "crossed"), (2110, "people", "displaced"),
      (980, "people", "displaced")]),
    # negative: in one clause the specific word still names the generic verb's movement
    ("Drought displaced thousands. Some 730 individuals crossed the border and reached Dhobley.",
     [(None, "people", "displaced"), (730, "people", "crossed")]),
])
def test_a_semicolon_ends_the_clause_whose_word_names_the_term(text, found):
    assert figures(text, headline="Drought update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # the small number after a title's kind of document is its issue
    ("Weekly Displacement Snapshot 14\n\nFloods displaced 6,200 people.", [(6200, "people", "displaced")]),
    ("Displacement Dashboard Issue 31\n\nFloods displaced 6,200 people.", [(6200, "people", "displaced")]),
    # negative: a figure with its people after the kind of document is a count
    ("Flood Update 300 residents evacuated", [(300, "people", "evacuated")]),
])
def test_a_title_issue_number_is_no_count(text, found):
    assert figures(text, headline="") == found


@pytest.mark.parametrize("text, found", [
    # a (population or return) movement of a figure of people moved them
    ("Clashes went on. A movement of 6,200 people towards the town of Alba followed the attacks.",
     [(6200, "people", "displaced")]),
    ("Clashes went on. Since May, return movements of 340 households were observed from Alba to Borro.",
     [(340, "households", "returned")]),
    ("Clashes went on. Population movements of 3,000 people were recorded in Alba.",
     [(3000, "people", "displaced")]),
    # negatives: troops or cattle moving, and a freedom of movement, move no people
    ("Clashes went on. The army reported the movement of 300 soldiers towards Alba.", []),
    ("Clashes went on. Herders tracked the movement of 2,000 cattle towards Alba.", []),
    ("Clashes went on. The freedom of movement of 4,000 people in Alba was restricted.", []),
])
def test_a_movement_of_people_moved_them(text, found):
    assert figures(text, headline="Displacement update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # "INDs": the individuals of a tracking matrix's emergency reports
    ("Clashes went on. 46 INDs arrived in Alba from Borro.", [(46, "people", "displaced")]),
    # negative: an agency's filings are no people moved
    ("Clashes went on. The agency filed 12 INDs with the regulator in Alba.", []),
])
def test_inds_are_individuals(text, found):
    assert figures(text, headline="Displacement update\n\n") == found
