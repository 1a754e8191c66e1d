"""Movement reports, issue 5: mechanisms found on a second made-up draw in IDMC's style (conflict, evictions, camp
and registration counts, running totals). Inputs are hand-written, not benchmark or corpus text."""
import pytest

from test_reports_wire_copy import figures


@pytest.mark.parametrize("text, expected", [
    # an adverb of when or how between a bare figure and its participle keeps it a count of people moved
    ("Aid agencies counted 5,300 newly displaced in the border district after the raids.", [(5300, "people", "displaced")]),
    ("The fighting has ended, but 9,200 remain internally displaced in the province.", [(9200, "people", "displaced")]),
    # people who only remain where they are stay a population
    ("About 9,200 remain in the town despite the shelling.", []),
])
def test_an_adverb_before_the_participle(text, expected):
    assert figures(text, headline="") == expected


@pytest.mark.parametrize("text, expected", [
    # "-ous" ends an adjective, not a plural noun: the people are named after it
    ("More than 2,400 Indigenous and peasant residents were displaced by the fighting.", [(2400, "people", "displaced")]),
    # a plural noun after the adjective is still what the figure counts
    ("Troops found 300 dangerous explosives near the village, and 700 residents fled.", [(700, "people", "fled")]),
])
def test_an_adjective_in_ous_is_no_head_noun(text, expected):
    assert figures(text, headline="") == expected


@pytest.mark.parametrize("text, expected", [
    # "the total" alone is the total of what the count before counted: things, not people
    ("Rebels burned four lorries on the road, bringing the total to 19 this week, and 2,100 villagers fled to the town.",
     [(2100, "people", "fled")]),
    ("Two new fissures opened on Sunday, bringing the total to 10, and 800 residents were evacuated.",
     [(800, "people", "evacuated")]),
    # ... and of people after people
    ("Another 600 people fled on Tuesday, bringing the total to 4,500.", [(600, "people", "fled"), (4500, "people", "fled")]),
    ("Some 300 families fled on Monday, bringing the total to 2,100.", [(300, "families", "fled"), (2100, "families", "fled")]),
])
def test_a_running_total_counts_what_the_count_before_counted(text, expected):
    assert figures(text, headline="") == expected


@pytest.mark.parametrize("text, expected", [
    # a tally named after the value a verb raised it to
    ("Fresh clashes drove out 1,300 more people, bringing to 22,000 the number of displaced people in the district.",
     [(1300, "people", "displaced"), (22000, "people", "displaced")]),
    ("The raids brought to 3,100 the number of people who have fled the valley.", [(3100, "people", "fled")]),
    ("Los combates elevaron a 7.400 el número de desplazados en la región.", [(7400, "people", "displaced")]),
    # a tally of places is none
    ("The rains continued, bringing to 16 the number of evacuation centres open in the town.", []),
])
def test_a_tally_named_after_its_value(text, expected):
    assert figures(text, headline="") == expected


@pytest.mark.parametrize("text, expected", [
    # "jhuggis" are huts in Indian English: homes destroyed when razed
    ("In all 1,500 jhuggis were razed by the development authority in a demolition drive on Tuesday.",
     [(1500, "households", "destroyed housing")]),
    # huts only surveyed are no report
    ("Officials said 40 jhuggis in the colony had been surveyed before the monsoon.", []),
])
def test_jhuggis_are_homes(text, expected):
    assert figures(text, headline="") == expected


@pytest.mark.parametrize("text, expected", [
    # an active participle of where people stay describes them, like a relative clause: the verb after is theirs
    ("About 900 families sheltering in the school were relocated to a new site on Thursday.",
     [(900, "families", "relocated")]),
    ("About 900 families living in camps near the town were relocated to a new site on Thursday.",
     [(900, "families", "relocated")]),
    # with no movement after it, nothing moved them
    ("About 900 families sheltering in the school received food on Thursday.", []),
])
def test_people_told_by_where_they_stay_take_the_verb_after(text, expected):
    assert figures(text, headline="") == expected


@pytest.mark.parametrize("text, expected", [
    # a tally that names its people's movement gives its term, whatever verb the sentence goes on to ...
    ("The number of people displaced by the fighting in the region rose to 64,000 this week as residents fled the shelling.",
     [(64000, "people", "displaced")]),
    # ... and a bare figure after "after" is the subject of a clause of its own
    ("The number of people displaced by the fighting rose to 64,000 after 5,100 more fled the shelling.",
     [(64000, "people", "displaced"), (5100, "people", "fled")]),
    # a tally of where people are, no movement, is none; nor is a figure after "after" with a noun of its own
    ("The number of people in the district rose to 64,000 this week as residents fled the shelling.", []),
    ("The shelling stopped after 300 hours of fighting, and residents fled.", []),
])
def test_a_tally_named_by_its_movement_gives_its_term(text, expected):
    assert figures(text, headline="") == expected
