"""Movement reports, issue 5: misreadings left by the 29th round's second draw of news fragments on real text (Europe,
Latin America, the Pacific, East Asia), told in made-up wordings (not benchmark or corpus text)."""
from gazetteer.model import Place
from geo.model import Document
from geo.reports import find_reports
from test_reports_seeds import stub_mentions
from test_reports_unseen import figures, reports_of

_PLACES = {p.name: p for p in (Place("t:sonora", "Sonora", 29.3, -110.3, "admin1", "MX"),
                               Place("t:sinaloa", "Sinaloa", 25.0, -107.5, "admin1", "MX"),
                               Place("t:chihuahua", "Chihuahua", 28.6, -106.1, "admin1", "MX"))}

_STORM = "A tropical storm swept across the coast this week, and thousands of residents left their homes. "


def test_taking_action_or_steps_to_do_something_carries_no_one():
    text = (_STORM + "The governor urged villagers to take prompt action to protect themselves, and said 9,000 troops "
            "were on standby.")
    assert [f for f in figures(text, headline="") if f[0] == 9000] == []
    # people taken somewhere are still carried there
    text = _STORM + "Fire crews took 260 villagers to the hill school on Tuesday."
    assert 260 in [f[0] for f in figures(text, headline="")]


def test_people_who_received_evacuation_orders_or_instructions_were_ordered_out():
    text = _STORM + "About 2.4 million people had received evacuation instructions by Sunday evening."
    assert (2400000, "people", "evacuated") in figures(text, headline="")
    text = _STORM + "Some 90,000 residents were placed under non-mandatory evacuation orders."
    assert (90000, "people", "evacuated") in figures(text, headline="")
    # evacuation kits received move no one
    text = _STORM + "About 2,400 households had received evacuation kits by Sunday evening."
    assert [f for f in figures(text, headline="") if f[0] == 2400] == []


def test_people_told_to_move_to_shelters_were_ordered_out():
    text = _STORM + "Some 18,000 people on the islands have been told to move to storm shelters."
    assert (18000, "people", "evacuated") in figures(text, headline="")
    # people moved into shelters with no order are sheltered there
    text = _STORM + "Some 18,000 people on the islands were moved to storm shelters."
    assert (18000, "people", "sheltered") in figures(text, headline="")


def _statuses(text: str) -> list[tuple[int, str]]:
    return [(r.count.value, r.status) for r in reports_of(text, headline="") if r.count]


def test_a_tally_of_displaced_people_still_to_come_is_a_projection():
    text = _STORM + "Officials said the number of displaced families will be about 2,600 by Friday."
    assert (2600, "planned") in _statuses(text)
    text = _STORM + "The number of displaced families is expected to climb to 2,600."
    assert (2600, "planned") in _statuses(text)
    # the tally as it stands is what happened
    text = _STORM + "Officials said the number of displaced families was about 2,600 on Monday."
    assert (2600, "completed") in _statuses(text)


def test_a_part_of_those_affected_told_homeless_after_with_is_reported():
    text = _STORM + "In the valley 9,400 families were affected with roughly 1,300 of them homeless."
    assert (1300, "families", "homeless") in figures(text, headline="")
    # a part only hurt is no report
    text = _STORM + "In the valley 9,400 families were affected with roughly 1,300 of them injured."
    assert [f for f in figures(text, headline="") if f[0] in (1300, 9400)] == []


def _origins(text: str) -> list[tuple[int, str | None]]:
    doc = Document("doc", text)
    return [(r.count.value, r.origin.name if r.origin else None)
            for r in find_reports(doc, stub_mentions(doc, _PLACES)) if r.count]


def test_a_place_opening_the_sentence_without_a_comma_is_its_first_figure_s():
    text = (_STORM + "In Sonora state 4,200 residents evacuated, 1,500 were mobilized in Sinaloa and 900 people fled "
            "to Chihuahua.")
    assert (4200, "Sonora") in _origins(text)
    # a place after the figure in its own clause is still its own
    text = _STORM + "About 4,200 residents evacuated from Sinaloa, and 900 people fled to Chihuahua."
    assert (4200, "Sinaloa") in _origins(text)


def test_people_moved_before_the_storm_came_were_evacuated():
    text = (_STORM + "Some 2,300 residents were evacuated on Friday. Another 1,900 were moved on Saturday in advance "
            "of the cyclone.")
    assert (1900, "people", "evacuated") in figures(text, headline="")
    # moved after it: no word says they left harm's way
    text = (_STORM + "Some 2,300 residents were evacuated on Friday. Another 1,900 were moved on Saturday after "
            "the cyclone.")
    assert [f for f in figures(text, headline="") if f[0] == 1900] == []


def test_a_headline_s_present_forcing_people_to_flee_tells_it_happened():
    assert (31000, "completed") in _statuses("Cyclone forces 31,000 to flee on the northern coast")
    # armed forces trying to move people: no movement yet
    text = _STORM + "Security forces are trying to evacuate 31,000 people from the northern coast."
    assert (31000, "completed") not in _statuses(text)


def test_a_bare_figure_a_second_verb_counts_after_families_counts_families():
    text = _STORM + "The floods affected 6,300 families and left 1,450 homeless in the valley."
    assert (1450, "families", "homeless") in figures(text, headline="")
    # after homes it counts people
    text = _STORM + "The floods damaged 6,300 homes and left 1,450 homeless in the valley."
    assert (1450, "people", "homeless") in figures(text, headline="")


def test_islanders_are_people():
    text = _STORM + "Some 640 islanders were ferried to the mainland aboard two patrol boats."
    assert [(f[0], f[1]) for f in figures(text, headline="") if f[0] == 640] == [(640, "people")]
    # islanders an island is home to are its population
    text = _STORM + "The atoll is home to 640 islanders, most of them fishermen."
    assert [f for f in figures(text, headline="") if f[0] == 640] == []


def test_people_left_homeless_along_a_river_are_homeless():
    text = _STORM + "The surge left about 870 people homeless along the shore."
    assert (870, "people", "homeless") in figures(text, headline="")
    # an attribute of a noun: no state
    text = _STORM + "About 870 homeless people along the shore received blankets."
    assert [f for f in figures(text, headline="") if f[0] == 870] == []
