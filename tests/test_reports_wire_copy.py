"""Movement reports, issue 5: mechanisms found on a made-up draw of wire copy in IDMC's style (long paragraphs where
the figure sits among other numbers, nominal and passive forms, non-native English). Inputs are hand-written, not
benchmark or corpus text."""
import pytest

from test_reports import reports_of


def figures(text: str, headline: str = "Storm news\n\n") -> list[tuple[int | None, str, str]]:
    return [(r.count.min if r.count else None, r.unit, r.term) for r in reports_of(text, headline=headline)]


@pytest.mark.parametrize("text, expected", [
    # like IDMC's "displacements", a count of evacuations counts the people evacuated
    ("The county sheriff logged 4,200 evacuations along the lake shore on Sunday.", [(4200, "people", "evacuated")]),
    ("Officials reported 8,350 pre-emptive evacuations in the coastal province.", [(8350, "people", "evacuated")]),
    # "evacuation" before another noun only describes it
    ("The county has run 12 evacuation drills in the valley since 2015.", []),
])
def test_evacuations_are_people_evacuated(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a part of a whole counted after it counts what the whole's noun names; the whole is no report
    ("The mayor said 2,300 of its 5,100 inhabitants had evacuated to the school.", [(2300, "people", "evacuated")]),
    ("Some 1,400 of the 2,000 villagers were evacuated on Monday.", [(1400, "people", "evacuated")]),
    ("About 300 of the 1,200 houses in the hamlet were destroyed.", [(300, "households", "destroyed housing")]),
    # a part of a whole that did not move is no report
    ("The storm killed 30 of the 200 passengers on the ferry.", []),
])
def test_a_part_counts_what_its_counted_whole_names(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people who drowned or perished are a disaster's dead, not displaced, whatever verb follows ("buried")
    ("In the district 45 people drowned or were buried in mudslides, and 2,600 people are in evacuation centres.",
     [(2600, "people", "sheltered")]),
    ("At least 30 villagers perished or were buried by the landslide, and 1,900 villagers fled to higher ground.",
     [(1900, "people", "fled")]),
    # survivors who moved stay a report
    ("About 400 people survived the landslide and were evacuated to the school.", [(400, "people", "evacuated")]),
])
def test_people_who_drowned_or_perished_are_casualties(text, expected):
    assert figures(text) == expected


def test_peoples_is_a_plural_of_people():
    assert figures("About 6,000 peoples were evacuated to the shelters.") == [(6000, "people", "evacuated")]


@pytest.mark.parametrize("text, expected", [
    # homes destroy nothing: a fate verb with its own object after them is another subject's
    ("The storm, which also cut power to 30,000 homes, washed away three bridges and displaced 4,000 people.",
     [(4000, "people", "displaced")]),
    # ... and with none, the fate is the homes' own
    ("The storm cut off the valley, and 300 homes washed away in the night.", [(300, "households", "destroyed housing")]),
])
def test_a_fate_word_with_its_own_object_is_not_the_homes(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people told by where they live at length, moved into municipal or public halls: taken there, in any article
    ("Around 2,800 residents of the mountain town of Ogawa have been moved to public halls and schools.",
     [(2800, "people", "relocated")]),
    ("About 900 villagers living along the lower river bank were moved to municipal halls.", [(900, "people", "relocated")]),
    # people of a place who move house are no forced movement
    ("Many young people of the old mountain town of Ogawa have moved to Tokyo for work.", []),
])
def test_people_told_at_length_moved_to_halls(text, expected):
    assert figures(text, headline="") == expected


@pytest.mark.parametrize("text, term", [
    # people others carry to safety were evacuated, whatever the verb
    ("Firefighters said 650 residents were taken to safety before dawn.", "evacuated"),
    ("Over 4,000 villagers were brought to higher ground along the coast.", "evacuated"),
    # people who go there themselves fled, and a relocation keeps its own term
    ("About 650 residents fled to safety before dawn.", "fled"),
    ("About 650 residents were relocated to safer areas last year.", "relocated"),
])
def test_people_carried_to_safety_were_evacuated(text, term):
    assert [t for _, _, t in figures(text)] == [term]


@pytest.mark.parametrize("text, expected", [
    # people others removed are a forced movement in any article; "surrounding" before a noun describes it
    ("About 700 people at the depot and surrounding farms were moved out by soldiers after the blast.",
     [(700, "people", "relocated")]),
    # moving out by choice is no forced movement
    ("About 700 people moved out of the old quarter after the rents rose.", []),
])
def test_people_moved_out_by_others(text, expected):
    assert figures(text, headline="") == expected


@pytest.mark.parametrize("text, expected", [
    # people a rescue frees from the water or the fire that held them were evacuated
    ("Boat crews rescued 1,300 residents trapped by rising floodwaters in the lower town.", [(1300, "people", "evacuated")]),
    ("Firefighters rescued 250 people stranded on their rooftops as the flood rose.", [(250, "people", "evacuated")]),
    # ... also told before the rescue, in the passive
    ("Some 640 villagers trapped by the flood have been rescued, the navy said.", [(640, "people", "evacuated")]),
    ("About 90 residents stranded on their roofs by the flood were rescued by helicopter.", [(90, "people", "evacuated")]),
    # still trapped, or only reached, they did not move
    ("Some 1,300 residents remain trapped by floodwaters in the lower town.", []),
    ("Aid workers reached 1,300 residents trapped by floodwaters in the lower town.", []),
    # nor did people freed from rubble or a mine, nor those the water killed
    ("Some 35 guests trapped in the rubble of the hotel have been rescued.", []),
    ("About 40 miners trapped in a flooded shaft were rescued on Sunday.", []),
    ("About 25 people trapped by the floodwaters have drowned.", []),
])
def test_people_rescued_where_they_were_trapped_were_evacuated(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare figure in an aside on the people just named counts them, and the verb after the aside is theirs
    ("Villagers of the three valleys — some 5,400 in all — were ordered out as the lava advanced.",
     [(5400, "people", "evacuated")]),
    ("The residents of the island, 1,800 in total, were evacuated by ferry.", [(1800, "people", "evacuated")]),
    # between commas without a total it may be a list; a count of things names no people
    ("The crews, 1,800 engines and 40 planes were sent to the fire, and residents were evacuated.", []),
])
def test_a_figure_in_an_aside_counts_the_people_named(text, expected):
    assert figures(text, headline="") == expected


@pytest.mark.parametrize("text, expected", [
    # people ordered out were evacuated, in any article
    ("About 3,200 residents were ordered out on Friday as the fire neared.", [(3200, "people", "evacuated")]),
    # an order that did not go out is none
    ("The council ordered out-of-town contractors to stop work on the road.", []),
])
def test_people_ordered_out_were_evacuated(text, expected):
    assert figures(text, headline="") == expected
