"""Movement reports, issue 5: mechanisms found reviewing real coverage of a city's siege and the camps around it
(e2e21b). Inputs are hand-written, not benchmark or corpus text."""
from datetime import date

import pytest
from test_reports import reports_of

from geo.dates import find_date_text


def figures(text: str, headline: str = "Siege news\n\n") -> list[tuple[int | None, str, str]]:
    return [(r.count.min if r.count else None, r.unit, r.term) for r in reports_of(text, headline=headline)]


@pytest.mark.parametrize("text, expected", [
    # a conjunction opens another clause: the flight after it is other people's, the count stays trapped
    ("About 20,000 civilians remain trapped in the old quarter as shelling intensifies and residents continue to flee.",
     []),
    ("Some 6,000 villagers are stranded in the valley while the road is cut and others flee on foot.", []),
    # the people held there who then moved, and "such as" or "as well as" inside the place, still move
    ("About 700 residents trapped in the old quarter were evacuated as shelling intensified.", [(700, "people", "evacuated")]),
    ("Some 900 families living in towns such as Halden fled to the hills.", [(900, "families", "fled")]),
    ("About 900 people living in Halden as well as Moss fled.", [(900, "people", "fled")]),
])
def test_a_flight_in_another_clause_is_not_the_trapped_peoples(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # room beyond the people already there is a capacity too, whatever word adds it
    ("The ministry says it can accommodate a further 50,000 displaced people in its camps.", []),
    ("The new site could house another 4,000 displaced families.", []),
    ("The ministry says it can accommodate an additional 9,000 people in schools.", []),
    # people added to those already moved moved
    ("Officials said a further 50,000 displaced people were moved to the camps.", [(50000, "people", "relocated")]),
    ("Another 4,000 families fled the valley on Sunday.", [(4000, "families", "fled")]),
])
def test_room_for_more_people_is_a_capacity(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # how many a tent or a hall holds, told after the count, is its room, not people sheltered
    ("Families were given tents in which up to 8 people can take shelter.", []),
    ("The gym is a hall where 600 displaced people could be housed if needed.", []),
    # people who could be moved are a plan, and people sheltered there were
    ("Up to 12,000 people could be evacuated from the valley, officials said.", [(None, "people", "evacuated")]),
    ("Some 600 people took shelter in the gym.", [(600, "people", "sheltered")]),
])
def test_room_told_after_the_count_is_a_capacity(text, expected):
    assert figures(text) == expected


def statuses(text: str) -> list[str]:
    return [r.status for r in reports_of(text, headline="Siege news\n\n")]


@pytest.mark.parametrize("text, expected", [
    # the verb of causing reaches past an aside in brackets and the place left: it happened, on a past day
    ("On 19 November, shelling forced some 3,120 individuals (600 families) from the centre of Halden to leave their "
     "homes.", "completed"),
    ("On 19 November, shelling forced some 3,120 individuals from the centre of Halden to leave their homes.",
     "completed"),
    # a plan stays a plan however far the verb
    ("The army said it will force some 3,120 individuals (600 families) from the centre of Halden to leave their "
     "homes next week.", "planned"),
])
def test_a_verb_of_causing_reaches_past_an_aside_and_the_place_left(text, expected):
    assert statuses(text) == [expected]


def origins(text: str) -> list[tuple[int | None, str]]:
    return [(r.count.min if r.count else None, r.origin_text) for r in reports_of(text, headline="Siege news\n\n")]


@pytest.mark.parametrize("text, expected", [
    # a place's own figure in brackets after it, past its division's kind word and a share, is that place's
    ("The displaced come mostly from Aleppo district (80 percent, over 30,100 individuals) and the districts of Homs "
     "(10 percent, over 3,800 individuals) and Erbil (5 percent, 1,900 individuals).",
     [(30100, "Aleppo"), (3800, "Homs"), (1900, "Erbil")]),
    ("Families fled from Homs district (2,400 individuals) and from Aleppo district (1,300 individuals).",
     [(2400, "Homs"), (1300, "Aleppo")]),
    # a figure before its place, and a bracket with no figure first, keep the place the words give
    ("Some 2,400 people fled Homs (the district town) on Monday.", [(2400, "Homs")]),
])
def test_a_figure_in_brackets_after_its_place_is_that_places(text, expected):
    assert origins(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a relative clause dating when the operations began starts the period: the figure stands as of its giving
    ("Two months into the siege, which began on 12 March, some 40,000 are currently displaced.",
     ("2016-05-20", "which began on 12 March")),
    ("A month into the operations, which began on 12 March, some 30,000 are displaced (as of 10 April).",
     ("2016-04-10", "as of 10 April")),
    # the movement's own day stays, and so does an event's day told in a main clause
    ("The siege began on 12 March and 3,000 fled the town.", ("2016-03-12", "on 12 March")),
    ("Some 3,000 fled the town on 12 March, which was a Saturday.", ("2016-03-12", "on 12 March")),
])
def test_a_date_of_when_the_counted_period_began_is_its_start(sentence, expected):
    assert find_date_text(sentence, date(2016, 5, 20)) == expected
