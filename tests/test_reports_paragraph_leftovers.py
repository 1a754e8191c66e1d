"""Movement reports, issue 5: wordings left over from whole news paragraphs (a part of the displaced placed in shelters
by "with ... in", homes destroyed among those affected). Inputs are hand-written, not benchmark or corpus text."""
from test_reports_unseen import figures


def test_a_part_of_the_people_placed_in_shelters_after_with_were_sheltered():
    assert figures("Some 9,000 villagers left their homes, with over 2,400 now in public shelters.") == [
        (9000, "people", "evacuated"), (2400, "people", "sheltered")]
    assert figures("About 700 families were evacuated, with 260 in evacuation centres.") == [
        (700, "families", "evacuated"), (260, "families", "sheltered")]
    # a part of homes or of buildings is no one sheltered, nor is a figure with no people named before it
    assert figures("The storm flattened 300 barns, with 40 in shelters for cattle.") == []
    assert figures("Rain fell for a week on the coast, with 1,300 in shelters.") == []


def test_homes_destroyed_among_those_affected_after_with_are_destroyed():
    assert figures("So far 3,050 houses are affected with 410 destroyed.") == [(410, "households", "destroyed housing")]
    # people affected with some injured are still no report
    assert figures("So far 3,050 people are affected with 410 injured.") == []
