"""Movement reports, issue 5: wordings left over from whole news paragraphs (a part of the displaced placed in shelters
by "with ... in"). Inputs are hand-written, not benchmark or corpus text."""
from test_reports_unseen import figures


def test_a_part_of_the_people_placed_in_shelters_after_with_were_sheltered():
    assert figures("Some 9,000 villagers left their homes, with over 2,400 now in public shelters.") == [
        (9000, "people", "evacuated"), (2400, "people", "sheltered")]
    assert figures("About 700 families were evacuated, with 260 in evacuation centres.") == [
        (700, "families", "evacuated"), (260, "families", "sheltered")]
    # a part of homes or of buildings is no one sheltered, nor is a figure with no people named before it
    assert figures("The storm flattened 300 barns, with 40 in shelters for cattle.") == []
    assert figures("Rain fell for a week on the coast, with 1,300 in shelters.") == []

