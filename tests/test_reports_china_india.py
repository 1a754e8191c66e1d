"""Movement reports, issue 5: shapes of Chinese and Indian official English (lakhs continued in thousands, homes
"fully or partially damaged", people "now in" relief camps, a part of people resettled, a shelter verb before
"affected" residents, homes counted with their fate before the noun, people shifted from named districts to safer
places). Inputs are hand-written, not benchmark or corpus text."""
import pytest

from geo.numbers import find_counts
from test_reports_unseen import figures


@pytest.mark.parametrize("text, counts", [
    ("Nearly two lakh 40 thousand villagers were moved.", [("Nearly two lakh 40 thousand", 240000)]),
    ("About 3 crore 20 lakh rupees were spent.", [("About 3 crore 20 lakh", 32_000_000)]),
    # negatives: a scale no smaller, or another clause's figure
    ("Some 2 lakh 5 lakh", [("Some 2 lakh", 200000), ("5 lakh", 500000)]),
    ("Over 4 lakh fled, and 30 thousand returned.", [("Over 4 lakh", 400000), ("30 thousand", 30000)]),
])
def test_a_lakh_goes_on_in_thousands(text, counts):
    assert [(text[s:e], c.value) for c, s, e in find_counts(text)] == counts


@pytest.mark.parametrize("text, found", [
    ("Two lakh 40 thousand villagers are staying in relief camps.", [(240000, "people", "sheltered")]),
    # negative: lakhs alone
    ("Some 2.4 lakh villagers are staying in relief camps.", [(240000, "people", "sheltered")]),
])
def test_people_in_lakhs_and_thousands_are_one_figure(text, found):
    assert figures(text) == found
