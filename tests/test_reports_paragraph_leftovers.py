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


def test_the_displaced_given_a_number_by_a_copula_are_a_tally():
    assert figures("The displaced across the two districts could be about 6,300, aid workers said.") == [
        (6300, "people", "displaced")]
    assert figures("The number of evacuees is now 1,750, the mayor said.") == [(1750, "people", "evacuated")]
    # an age or a distance after the copula is no number of them
    assert figures("The refugees in the shelter were 14 years old on average.") == []
    assert figures("The evacuees at the school were 400 metres from the river.") == []


def test_the_displaced_given_a_number_by_a_hedged_verb_are_a_tally():
    # a modal before the tally's verb ("may number", "could reach"), a plural scale after a figure ("30 thousands")
    assert figures("By first estimates, the displaced may number about 12 thousand, aid workers said.") == [
        (12000, "people", "displaced")]
    assert figures("The displaced could reach 40 thousands by the end of the week, aid workers said.") == [
        (40000, "people", "displaced")]
    # people who could reach a place are no tally, nor are thousands not after a figure
    assert figures("The displaced could reach the border town of Kassala within 3 days, aid workers said.") == []
    assert figures("Thousands of the displaced could reach the coast, aid workers said.") == [(None, "people", "displaced")]


def test_a_bare_figure_after_a_long_clause_and_and_placed_by_name_is_the_same_again():
    # the clause between the count and "and" is longer than a verb and a place, and the bare figure is then placed by name
    assert figures("More than 14,000 residents have so far been moved to higher ground from flooded villages in "
                   "low-lying parts of Assam and over 2,300 in Meghalaya.") == [
        (14000, "people", "evacuated"), (2300, "people", "relocated")]
    assert figures("About 4,000 newly displaced sought shelter in Kalma camp and 350 in Otash camp.") == [
        (4000, "people", "displaced"), (350, "people", "sheltered")]
    # a bare figure after such a clause with its own verb, or placed by no name, says nothing of people
    assert figures("More than 14,000 residents have so far been moved to higher ground from flooded villages in "
                   "Assam and 12 were reported missing.") == [(14000, "people", "evacuated")]
    assert figures("More than 14,000 residents have so far been moved to higher ground from flooded villages in "
                   "Assam and 230 in the afternoon.") == [(14000, "people", "evacuated")]


def test_a_figure_of_shelters_counts_places_not_people():
    # the shelters between a tally and its value are neither its value nor a figure that breaks it off
    assert figures("The number of evacuees staying at 14 school shelters climbed to 730 overnight.") == [
        (730, "people", "evacuated")]
    assert figures("The displaced at 12 temporary shelters now number 2,400, officials said.") == [
        (2400, "people", "displaced")]
    # people counted beside the shelters are still counted, once
    assert figures("Some 900 people were sheltered in 14 evacuation centres.") == [(900, "people", "sheltered")]
    assert figures("About 1,200 people fled to 25 relief centres.") == [(1200, "people", "fled")]
    # a tally's value placed in shelters after it is still its value
    assert figures("Officials put the number of displaced at about 9,000 in 12 camps near the town.") == [
        (9000, "people", "displaced")]
