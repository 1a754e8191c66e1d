"""Movement reports, issue 5: misreadings left by the 28th round's draw on real text, told in made-up wordings (not
benchmark or corpus text)."""
from test_reports_unseen import figures, reports_of

_FLOOD = "Heavy rain flooded the river valley this week, and thousands of families fled their homes. "


def test_people_told_by_where_they_live_who_had_to_be_moved_were_moved():
    text = _FLOOD + "Some 3,200 farmers living along the banks of the lower river had to be evacuated on Sunday."
    assert (3200, "people", "evacuated") in figures(text, headline="")
    # "had to" with no movement after it: no report of theirs
    text = _FLOOD + "Some 3,200 farmers living along the banks of the lower river had to pay for clean water."
    assert [f for f in figures(text, headline="") if f[0] == 3200] == []


def _statuses(text: str) -> list[tuple[int, str]]:
    return [(r.count.value, r.status) for r in reports_of(text, headline="") if r.count]


def test_an_order_to_leave_that_people_stayed_displaced_after_was_carried_out():
    text = _FLOOD + "About 7,500 residents were first told to leave their villages and have stayed displaced since."
    assert (7500, "completed") in _statuses(text)
    # only told to leave: a plan still
    text = _FLOOD + "About 7,500 residents were first told to leave their villages by the district office."
    assert (7500, "planned") in _statuses(text)


def test_a_shelter_housing_or_hosting_people_holds_them():
    text = _FLOOD + "The biggest shelter in the district is housing roughly 4,300 people, well above its capacity."
    assert (4300, "people", "sheltered") in figures(text, headline="")
    text = _FLOOD + "Two relief centres are hosting 1,150 villagers from the lowlands."
    assert (1150, "people", "sheltered") in figures(text, headline="")
    # a venue hosting its visitors, a building housing offices: no one displaced
    text = _FLOOD + "The arena is hosting 12,000 fans for the final on Saturday."
    assert [f for f in figures(text, headline="") if f[0] == 12000] == []


def test_people_spending_their_nights_in_tents_are_sheltered():
    text = _FLOOD + "Nearly 1,700 survivors are spending their nights in tents near the ruined market."
    assert (1700, "people", "sheltered") in figures(text, headline="")
    # nights spent in no shelter: no stay away from home
    text = _FLOOD + "Some 400 volunteers are spending their nights in prayer for the victims."
    assert [f for f in figures(text, headline="") if f[0] == 400] == []


def test_people_counted_in_camps_are_sheltered():
    text = _FLOOD + "The western district had the most, with 41,380 people in camps, officials said."
    assert (41380, "people", "sheltered") in figures(text, headline="")
    # a camp of another kind keeps no one displaced
    text = _FLOOD + "Some 300 families in summer camps by the lake were sent home early."
    assert [f for f in figures(text, headline="") if f[0] == 300] == []
