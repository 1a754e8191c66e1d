"""Movement reports, issue 5: mechanisms found while drawing cased news (LGL local news, GeoVirus) and on
the reports of its dev articles, whose labelled dev sentences all passed. Inputs are hand-written, not
benchmark or corpus text."""
import pytest

from test_reports import reports_of


def figures(text: str, headline: str = "Fire news\n\n") -> list[tuple[int | None, str, str]]:
    return [(r.count.min if r.count else None, r.unit, r.term) for r in reports_of(text, headline=headline)]


@pytest.mark.parametrize("text, expected", [
    # a home or a family is a household displaced, however few: local news counts them one by one
    ("A fire on Elm Street left three families homeless on Tuesday.", [(3, "families", "homeless")]),
    ("The mudslide forced the evacuation of two households near the creek.", [(2, "households", "evacuated")]),
    ("The blaze destroyed 4 homes on the ridge.", [(4, "households", "destroyed housing")]),
])
def test_small_counts_of_families_households_and_homes_are_reports(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "Two men left the building before the fire.",
    "Three residents fled the flames in their car.",
])
def test_small_counts_of_people_are_still_anecdotes(text):
    assert all(value is None for value, _, _ in figures(text))


@pytest.mark.parametrize("text, expected", [
    # an apartment, flat or trailer is a home people are driven from or lose
    ("The Red Cross is helping 40 tenants who were forced out of their apartments by the fire.", [(40, "people", "fled")]),
    ("About 60 families lost their trailers when the tornado touched down.", [(60, "families", "homeless")]),
    ("The floodwaters drove 250 residents from their flats.", [(250, "people", "fled")]),
])
def test_apartments_flats_and_trailers_are_homes(text, expected):
    assert figures(text) == expected


def test_forced_out_of_places_opens_the_gate_with_any_words_between():
    # the article's only word of forced movement is the report itself
    assert figures("The shelling forced 3,000 people out of the surrounding villages.", headline="") == [
        (3000, "people", "fled")]
    assert figures("Police chased the suspect from the store and arrested 12 people.", headline="") == []


@pytest.mark.parametrize("text, expected", [
    # a figure's own digit separator is no clause break between a word of destruction and the homes it names
    ("The wildfire has consumed 12,000 acres and 40 homes.", [(40, "households", "destroyed housing")]),
    ("The storm destroyed 1,500 hectares of crops and 45 houses.", [(45, "households", "destroyed housing")]),
])
def test_homes_after_another_object_of_destruction_are_destroyed(text, expected):
    assert figures(text) == expected


def test_a_comma_with_a_space_still_breaks_the_clause():
    assert figures("The storm destroyed the bridge, 45 houses were damaged.") == []


@pytest.mark.parametrize("text, expected", [
    # states: people under an evacuation order, or spending their nights in their cars
    ("About 5,000 residents remained under a mandatory evacuation order on Sunday.", [(5000, "people", "evacuated")]),
    ("Some 300 people spent the night in their cars after the flood.", [(300, "people", "homeless")]),
])
def test_evacuation_orders_and_nights_in_cars_are_states_of_displacement(text, expected):
    assert figures(text) == expected


def test_a_population_that_a_relative_clause_moves_is_displaced():
    assert figures("The camp hosts some 80,000 refugees who fled the fighting.") == [(80000, "people", "fled")]
    assert figures("The town is home to some 75,000 people who work in the port.") == []


@pytest.mark.parametrize("text, expected", [
    # a bare figure a verb sets moving is people, and the movement happened
    ("The shelling sent thousands fleeing across the border.", [(2000, "people", "fled")]),
    ("The raids sent 3,000 fleeing into the hills.", [(3000, "people", "fled")]),
])
def test_a_bare_figure_sent_fleeing_counts_people(text, expected):
    assert figures(text) == expected
    assert [r.status for r in reports_of(text, headline="Fire news\n\n")] == ["completed"]


def test_sent_working_is_not_sent_moving():
    assert figures("The company sent 300 working on the dam to the capital.", headline="") == []


@pytest.mark.parametrize("text", [
    "The chemical fire forced 2,000 people from the area around the plant.",
    "The fighting drove 2,000 people out of the city.",
])
def test_people_forced_from_an_area_or_city_fled(text):
    assert figures(text, headline="") == [(2000, "people", "fled")]


@pytest.mark.parametrize("text, expected", [
    # IDMC's own unit: a displacement is a person displaced
    ("Since January, 43,000 new displacements have been recorded in the province.", [(43000, "people", "displaced")]),
    ("The floods triggered 12,000 displacements.", [(12000, "people", "displaced")]),
])
def test_displacements_are_people_displaced(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the homes of N families or households: one home a household, what befell the homes
    ("Floods destroyed the homes of 2,000 families in the valley.", [(2000, "households", "destroyed housing")]),
    ("The homes of some 350 households were washed away.", [(350, "households", "destroyed housing")]),
    ("The storm damaged the homes of 2,000 families.", []),
])
def test_the_homes_of_families_are_households(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a part of homes only damaged that was destroyed is a report of its own
    ("The floods damaged 1,200 houses, of which 400 were completely destroyed.", [(400, "households", "destroyed housing")]),
    ("The quake damaged 900 homes, including 150 destroyed.", [(150, "households", "destroyed housing")]),
    ("The floods destroyed 1,200 houses, of which 400 were in the old town.", [(1200, "households", "destroyed housing")]),
])
def test_homes_destroyed_among_homes_damaged_are_a_report(text, expected):
    assert figures(text) == expected


def test_inmates_evacuated_from_a_flooded_prison_are_people():
    assert figures("Guards evacuated about 2,000 inmates from the flooded prison.") == [(2000, "people", "evacuated")]


def test_people_rescued_and_then_taken_somewhere_moved():
    assert figures("About 1,500 people were rescued from floodwaters by boat and taken to shelters.") == [
        (1500, "people", "sheltered")]
    assert figures("About 1,500 people were rescued from the floodwaters by soldiers in boats.") == []


def test_unable_to_go_home_is_displaced():
    assert figures("Roughly 4,000 people are still unable to go home after the flood.") == [(4000, "people", "displaced")]


def test_moved_to_a_nearby_hospital_is_care():
    assert figures("Crews evacuated the nursing home, moving 85 residents to a nearby hospital.") == []


def test_flown_to_hospitals_from_afar_is_care_but_a_second_verb_s_hospital_is_not():
    assert figures("Army helicopters airlifted 180 injured people from remote villages to hospitals after the quake.") == []
    assert figures("Rescuers evacuated 3,000 people and took 20 to hospital after the quake.") == [
        (3000, "people", "evacuated")]


@pytest.mark.parametrize("text", [
    "The quake struck the province, displacing about 14,000 residents.",
    "The storm swept through the coast, leaving 3,000 people displaced.",
])
def test_a_participle_after_a_past_clause_is_completed(text):
    assert [r.status for r in reports_of(text, headline="Quake news\n\n")] == ["completed"]


def test_a_progressive_after_a_comma_is_still_underway():
    text = "Officials said on Monday, 3,000 residents are evacuating the town."
    assert [r.status for r in reports_of(text, headline="Flood news\n\n")] == ["underway"]


@pytest.mark.parametrize("text", [
    "About 30 prisoners escaped from the jail during the flood.",
    "Some 20 inmates fled the prison during the riot after the flood.",
    "Around 40 shoppers fled the burning building during the flood.",
    "Nearly 200 fans fled the stadium after the shooting.",
])
def test_escapes_from_custody_a_scene_or_a_building_are_not_displacement(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, value", [
    ("About 2,000 people fled the town after the shooting.", 2000),
    ("Some 3,000 villagers fled on foot across the mountains.", 3000),
])
def test_flights_from_towns_or_across_land_still_are(text, value):
    assert figures(text) == [(value, "people", "fled")]


def test_an_article_whose_only_flight_is_an_escape_does_not_open_the_gate():
    assert figures("The suspect fled the scene. Later 40 people left the building.", headline="") == []


@pytest.mark.parametrize("text, expected", [
    # Spanish: destroyed in the plural past, homes abandoned
    ("Las lluvias destruyeron 150 viviendas en la provincia.", [(150, "households", "destroyed housing")]),
    ("Al menos 2.000 personas tuvieron que abandonar sus hogares.", [(2000, "people", "fled")]),
    ("Unas 300 familias abandonaron sus viviendas por la crecida.", [(300, "families", "fled")]),
])
def test_spanish_homes_destroyed_or_abandoned(text, expected):
    assert figures(text, headline="") == expected


def test_fleeing_the_heat_or_crowds_is_an_outing():
    assert figures("Dozens of hikers who fled scorching temperatures headed for the ice caves after the flood.") == []
    assert figures("About 300 visitors fled the crowds for the quieter beaches.") == []


def _places(text: str) -> list[tuple[int | None, str | None, str, list[str], str]]:
    return [(r.count.value if r.count else None, r.origin and r.origin.name, r.origin_text,
             [d.name for d in r.destinations], r.status) for r in reports_of(text)]


def test_people_counted_as_a_places_residents_by_its_possessive_left_that_place():
    # "of Galveston's 50,000 residents ... left the city": the city is Galveston, whatever the article's place is
    assert _places("Houston opened shelters on Thursday. About 9,000 of Galveston's 50,000 residents had left "
                   "the city by Friday, officials said.") == [(9000, "Galveston", "Galveston", [], "completed")]
    # a place's residents who took others in are only where it happened: the named origin stays
    assert _places("Houston's residents took in 3,000 evacuees from Galveston last week.") == [
        (3000, "Galveston", "Galveston", [], "completed")]


def test_an_appositive_after_the_place_of_the_people_counted_leaves_their_verb_after_it():
    assert _places("Officials ordered all 50,000 residents of Galveston, an island city, to leave by Friday.") == [
        (50000, "Galveston", "Galveston", [], "planned")]
    # a conjunction after the aside opens another clause: the count stays the object of "threatened"
    assert _places("The storm threatened 50,000 residents of Galveston, an island city, and winds reached Houston "
                   "on Friday.") == []


def test_a_place_named_twice_where_people_are_is_one_destination():
    assert _places("About 4,500 evacuees from Houston were housed in Galveston, and Galveston schools took in more.") == [
        (4500, "Houston", "Houston", ["Galveston"], "completed")]


def test_a_bulleted_row_headed_by_a_name_no_place_stands_for_has_no_origin_of_the_articles_place():
    rows = ("Galveston officials gave the numbers of residents evacuated on Monday:\n\n"
            "- Houston: 2,000 residents evacuated\n- Kasaba First Nation: 300 residents evacuated\n"
            "- Total: 3,800 residents evacuated\n")
    assert [(value, origin) for value, origin, _, _, _ in _places(rows)] == [
        (2000, "Houston"), (300, None), (3800, "Galveston")]
    # any list mark opens such a row; a line opened by another mark is no row, and the article's place stands in
    dashed = rows.replace("- ", "\u2013 ")
    assert [(value, origin) for value, origin, _, _, _ in _places(dashed)] == [
        (2000, "Houston"), (300, None), (3800, "Galveston")]
    quoted = rows.replace("- ", "> ")
    assert [(value, origin) for value, origin, _, _, _ in _places(quoted)][1] == (300, "Galveston")


def test_people_a_movements_flights_would_carry_are_still_to_move():
    assert [status for *_, status in _places(
        "Evacuation flights from Galveston will carry about 1,000 people this week.")] == ["planned"]
    assert [status for *_, status in _places(
        "Evacuation flights from Galveston carried about 1,000 people to Houston on Monday.")] == ["completed"]


def test_return_before_a_trip_is_a_noun_whose_clause_tells_the_status():
    # "return flights": a noun before a noun is no verb, so "would carry" says the trip is still to come
    assert [status for *_, status in _places(
        "Return flights from Galveston would carry about 1,000 people this week.")] == ["planned"]
    assert [status for *_, status in _places(
        "Return flights from Galveston carried about 1,000 people to Houston on Monday.")] == ["completed"]
    # the verb "return" stays a verb
    assert _places("About 1,000 residents return to Galveston this week.") == [
        (1000, None, "", ["Galveston"], "unknown")]


def test_people_carried_by_vehicles_that_moved_in_the_clause_before_moved_with_them():
    # ", carrying" after a clause whose flights left names their load: no "to" needed after it
    assert _places("The first evacuation flights left Galveston for Houston on Thursday, carrying about 1,500 people "
                   "who had no car.") == [(1500, "Galveston", "Galveston", ["Houston"], "completed")]
    # people who left carrying something are no load of vehicles: the count is what they carried
    assert _places("Volunteers left Galveston on Thursday, carrying about 1,500 people who had no car.") == []


def test_the_people_its_counts_are_those_of_the_place_the_sentence_opens_with():
    # "its" stands for the sentence's subject, a place: its evacuees left it, not the article's place
    assert _places("Mariupol was evacuated on Friday. Berdyansk remained under an evacuation order, and officials "
                   "said its roughly 3,000 evacuees would not be able to return before October.") == [
        (3000, "Berdyansk", "Berdyansk", [], "completed")]
    # a subject that is no place: "its" is the team's, the place only where it works
    assert _places("Mariupol was evacuated on Friday. The Red Cross team that works with Berdyansk said its roughly "
                   "3,000 evacuees would not be able to return before October.") == [
        (3000, "Mariupol", "", [], "unknown")]
