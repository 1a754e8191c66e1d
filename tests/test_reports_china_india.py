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


@pytest.mark.parametrize("text, found", [
    # both grades before one verb: one mixed figure, destroyed as "damaged or destroyed" is
    ("The storm left 2,730 huts fully or partially damaged in the two blocks.", [(2730, "households", "destroyed housing")]),
    ("Some 910 houses were partly or fully damaged by the surge.", [(910, "households", "destroyed housing")]),
    # negatives: only partly damaged is damage; fully damaged is destroyed
    ("Some 910 houses were partly damaged by the surge.", []),
    ("Some 910 houses were fully damaged and 400 partially damaged.", [(910, "households", "destroyed housing")]),
])
def test_homes_fully_or_partially_damaged_are_destroyed_housing(text, found):
    assert figures(text, headline="Cyclone update\n\n") == found


@pytest.mark.parametrize("text, found", [
    ("The township reported 1,460 collapsed houses after the quake.", [(1460, "households", "destroyed housing")]),
    ("Inspectors counted 1,460 destroyed homes in the county.", [(1460, "households", "destroyed housing")]),
    # negatives: damaged homes; a bare figure whose verb follows still counts more homes
    ("Inspectors counted 1,460 damaged homes in the county.", []),
    ("About 5,000 homes were damaged and 1,460 destroyed.", [(1460, "households", "destroyed housing")]),
])
def test_homes_counted_with_their_fate_before_the_noun(text, found):
    assert figures(text, headline="Quake update\n\n") == found


@pytest.mark.parametrize("text, found", [
    ("Officials said 45,200 villagers are now in about 1,610 relief camps in the delta.", [(45200, "people", "sheltered")]),
    # negative: soldiers in army camps
    ("Officials said 45,200 soldiers are now in about 1,610 army camps in the delta.", []),
])
def test_people_now_in_counted_relief_camps_are_sheltered(text, found):
    assert figures(text, headline="") == found  # an excerpt alone, with no other word of displacement


@pytest.mark.parametrize("text, found", [
    ("Many of the 6,300 villagers resettled after the landslide are still living in tents.",
     [(6300, "people", "relocated")]),
    ("Most of the 6,300 villagers evacuated after the storm may be homeless for months.",
     [(6300, "people", "evacuated")]),
    # negatives: the participle as the part's own verb (an exact share counts the part); a part that moves on; a part
    # of a population
    ("Half of the 6,300 villagers evacuated.", [(3150, "people", "evacuated")]),
    ("Some of the 6,300 villagers evacuated after the storm have returned to their farms.", []),
    ("Most of the 6,300 villagers of the valley are farmers.", []),
])
def test_a_part_of_people_resettled_counts_the_whole(text, found):
    assert figures(text) == found


@pytest.mark.parametrize("text, found", [
    ("The county has accommodated 512 affected villagers from 190 households in its schools.",
     [(512, "people", "sheltered")]),
    # negative: affected villagers of no shelter verb
    ("The landslide affected 512 villagers from 190 households in the county.", []),
])
def test_a_shelter_verb_before_affected_people_shelters_them(text, found):
    assert figures(text) == found


@pytest.mark.parametrize("text, found", [
    ("Officials have shifted 6,420 people from the Puri and Ganjam districts to safer places.",
     [(6420, "people", "evacuated")]),
    # negative: shifted to a named town is a relocation
    ("Officials have shifted 6,420 people from the Puri and Ganjam districts to Cuttack.",
     [(6420, "people", "relocated")]),
])
def test_people_shifted_past_their_districts_to_safer_places_were_evacuated(text, found):
    assert figures(text) == found
