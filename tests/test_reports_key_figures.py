"""Movement reports, issue 5: key-figure boxes and bullets of situation reports as PDF text flattens them: labels that
open with how the figure was counted ("Estimated total ..."), refugee outflows, cells abbreviated ("805K"), a row's
labels interleaved line by line, a row's houses destroyed, and a bullet whose lines blank lines set apart. Inputs
are hand-written, not benchmark or corpus text."""
import pytest

from test_reports_unseen import figures


@pytest.mark.parametrize("text, found", [
    # a label that opens with how its figure was counted: the figure counts the label's people
    ("KEY FIGURES\n412,600\nEstimated total internally displaced\npersons (IDPs) in the country\nSource: UN\nNext.",
     [(412600, "people", "displaced")]),
    ("KEY FIGURES\n38,200 Estimated total internally displaced persons in the province\nOVERVIEW\nFighting went on.",
     [(38200, "people", "displaced")]),
    # negatives: an estimated toll counts the dead; a total of homes damaged is no report
    ("Floods hit the valley.\nKEY FIGURES\n1,450 Estimated deaths since the rains began\nNext.", []),
    ("Floods hit the valley.\nKEY FIGURES\n5,100 Total houses damaged in the district\nNext.", []),
])
def test_a_key_figure_label_opening_with_its_estimate_counts_its_people(text, found):
    assert figures(text, headline="Crisis update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # refugee outflows are the refugees who left, fled
    ("KEY FIGURES\n64,300 Estimated refugee outflows to neighbouring countries since January\nNext.",
     [(64300, "people", "fled")]),
    ("Fighting went on. Some 12,500 refugee outflows were recorded at the border last month.",
     [(12500, "people", "fled")]),
    # negative: money flowing out is no people
    ("Fighting went on. Capital outflows of 900 million dollars were recorded last month.", []),
])
def test_refugee_outflows_are_refugees_who_fled(text, found):
    assert figures(text, headline="Crisis update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # a row of cells abbreviated with K or M under labels in order: each cell its label
    ("Storm hit the coast.\n640K 1.4M 2.2K houses destroyed houses damaged people injured\nNext.",
     [(640000, "households", "destroyed housing")]),
    # labels interleaved line by line under the row, blank lines between (a PDF's columns flattened): the first
    # cell takes the first word of each line
    ("Storm hit the coast.\n\n640K 1.4M 2.2K 12K\n\n\nhouses houses people people\ndestroyed damaged killed injured\n\nNext.",
     [(640000, "households", "destroyed housing")]),
    # ... and each cell its column's words when every line has a word for each
    ("Storm hit the coast.\n\n51,200 730 96\n\npeople houses schools\ndisplaced destroyed damaged\n\nNext.",
     [(51200, "people", "displaced"), (730, "households", "destroyed housing")]),
    ("Storm hit the coast.\n\n2.2K 640K 1.4M\n\n\npeople houses houses\nkilled destroyed damaged\n\nNext.",
     [(640000, "households", "destroyed housing")]),
    # negative: the first column's label is damage, and with lines of unequal words no later column is sure
    ("Storm hit the coast.\n\n1.4M 640K 13K 2.2K\n\n\nhouses houses kilometres of people\ndamaged destroyed roads "
     "damaged killed\n\nNext.", []),
])
def test_a_key_figure_row_of_abbreviated_cells_and_interleaved_labels(text, found):
    assert figures(text, headline="Storm update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # a row's houses destroyed are destroyed housing by their own label, whatever the next label counts
    ("Storm hit the coast.\n12,400 3,150 870 people displaced houses destroyed people injured\nNext.",
     [(12400, "people", "displaced"), (3150, "households", "destroyed housing")]),
    # negative: houses damaged are no report
    ("Storm hit the coast.\n12,400 3,150 870 people displaced houses damaged people injured\nNext.",
     [(12400, "people", "displaced")]),
])
def test_a_key_figure_row_of_houses_destroyed_reports_them(text, found):
    assert figures(text, headline="Storm update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # a bullet whose lines blank lines set apart goes on in lower case: its figure meets its verb
    ("HIGHLIGHTS\n\n• Some 2.4 million people are\n\n\nreportedly displaced by the floods.\n\n• Rains go on.",
     [(2400000, "people", "displaced")]),
    ("HIGHLIGHTS\n\n• Around 41,000 families have\n\n\nbeen evacuated from the delta.\n\n• Rains go on.",
     [(41000, "families", "evacuated")]),
    # negatives: a bullet that ended with its stop, or that the next paragraph opens in capitals, stays apart
    ("HIGHLIGHTS\n\n• Some 2.4 million people are affected.\n\ndisplaced persons need shelter.\n\n• Rains go on.", []),
    ("HIGHLIGHTS\n\n• Some 2.4 million people are affected\n\n\nDisplaced persons need shelter.\n\n• Rains go on.", []),
])
def test_a_bullet_set_apart_by_blank_lines_goes_on_in_lower_case(text, found):
    assert figures(text, headline="Flood update\n\n") == found


@pytest.mark.parametrize("text, found", [
    # a capital "M" after a space is a million, as key-figure boxes write it; each place's figure in its bracket
    ("KEY INDICATORS\n1.9 M Persons are internally displaced in the two provinces.\nNext.", [(1900000, "people", "displaced")]),
    ("KEY INDICATORS\n3.5 M IDPs are staying with host families in the region.\nNext.", [(3500000, "people", "sheltered")]),
    # negatives: money in millions, and a name after a figure, count no people
    ("Floods hit the valley. The appeal seeks US$ 4.5 M to help 20,000 displaced people.", [(20000, "people", "displaced")]),
    ("Floods hit the valley. The 4 M Cup drew 3,000 fans.", []),
])
def test_a_key_figure_in_millions_written_with_a_spaced_capital_m(text, found):
    assert figures(text, headline="Crisis update\n\n") == found
