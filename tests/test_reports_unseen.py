"""Movement reports, issue 5: wordings the dev excerpts never used (held-out recall). Inputs are
hand-written, not benchmark or corpus text."""
import pytest

from geo.vocabulary import movement_words
from test_reports import reports_of


def figures(text: str, headline: str = "Evacuation news\n\n") -> list[tuple[int | None, str, str]]:
    return [(r.count.value if r.count else None, r.unit, r.term) for r in reports_of(text, headline=headline)]


@pytest.mark.parametrize("text, value, unit, term", [
    # a short excerpt whose only word of displacement is a refuge, safety or a shelter word
    ("About 1,400 families sought refuge in churches.", 1400, "families", "sheltered"),
    ("Officials moved 900 villagers to safer ground.", 900, "people", "evacuated"),
    ("Some 650 residents took shelter in a school.", 650, "people", "sheltered"),
    ("Plus de 4 000 personnes ont été évacuées.", 4000, "people", "evacuated"),
    ("Unas 1.800 personas albergadas en escuelas.", 1800, "people", "sheltered"),
    ("Cerca de 700 pessoas desabrigadas.", 700, "people", "homeless"),
])
def test_an_excerpt_without_a_common_word_of_forced_movement_still_reports(text, value, unit, term):
    assert figures(text, headline="") == [(value, unit, term)]


def test_an_article_without_any_word_of_displacement_still_gives_no_generic_movement():
    assert figures("Some 400 fans left the stadium after the match.", headline="") == []
    assert figures("The museum is a refuge for 300 paintings.", headline="") == []


@pytest.mark.parametrize("text, value", [
    ("The blaze burned 140 homes in the valley.", 140),
    ("The fire consumed 75 houses.", 75),
    ("Some 90 dwellings were demolished by the quake.", 90),
    ("Around 35 homes were reduced to rubble.", 35),
    ("A total of 410 houses were totally damaged.", 410),
    ("Quelque 260 maisons détruites.", 260),
    ("Cerca de 120 casas destruídas.", 120),
    ("The blaze reduced 60 homes to ashes.", 60),
    ("Shelling turned about 45 houses to rubble.", 45),
    ("Some 70 homes were declared unsafe after the tremor.", 70),
    ("At least 300 homes were red-tagged by inspectors.", 300),
    ("Villagers said 310 houses were torched overnight.", 310),
    ("Attackers set about 85 homes on fire.", 85),
])
def test_more_words_of_homes_destroyed(text, value):
    assert figures(text) == [(value, "households", "destroyed housing")]


def test_partially_damaged_homes_are_still_no_report():
    assert figures("A total of 410 houses were partially damaged.") == []


@pytest.mark.parametrize("text, value, term", [
    ("Some 3,200 people were left without shelter.", 3200, "homeless"),
    ("About 1,100 residents remain without a roof over their heads.", 1100, "homeless"),
    ("Around 2,600 people had their homes destroyed.", 2600, "destroyed housing"),
    ("Over 500 people slept outdoors after the quake.", 500, "homeless"),
    ("A further 1,900 people are sheltering in schools.", 1900, "sheltered"),
    ("Some 340 people moved in with relatives.", 340, "sheltered"),
    ("Nearly 2,700 people sought safety in the capital.", 2700, "fled"),
    ("Floodwaters forced 4,300 residents to seek shelter.", 4300, "sheltered"),
    ("About 800 survivors were put up in hotels.", 800, "sheltered"),
])
def test_states_displacement_leaves_people_in(text, value, term):
    assert figures(text) == [(value, "people", term)]


def test_sheltering_in_place_is_staying_put():
    assert figures("Some 1,900 people are sheltering in place.") == []


def test_a_flood_that_drove_people_from_their_homes():
    assert figures("The flooding drove 2,300 people from their homes.") == [(2300, "people", "fled")]


@pytest.mark.parametrize("text, value", [
    ("The displaced population has climbed to 48,000.", 48000),
    ("The evacuee count stood at 7,500 on Monday.", 7500),
    ("The number of people in evacuation centres rose to 5,300.", 5300),
    ("The number of people in camps reached 12,400.", 12400),
])
def test_a_tally_named_by_its_displaced_people_or_their_shelter(text, value):
    assert [f[:2] for f in figures(text)] == [(value, "people")]


def test_a_tally_of_people_staying_put_is_no_report():
    assert figures("The number of people in the town rose to 12,400.") == []


def test_help_to_move_is_the_people_moving():
    assert figures("Rescuers helped 850 villagers flee the rising water.") == [(850, "people", "fled")]
    assert figures("Volunteers assisted 420 families to relocate.") == [(420, "families", "relocated")]
    assert figures("Rescuers helped 850 villagers.") == []


@pytest.mark.parametrize("text, value, term", [
    ("Some 36,000 people living near the volcano have been evacuated.", 36000, "evacuated"),
    ("About 2,100 residents who live along the river were told to leave.", 2100, "evacuated"),
])
def test_people_told_by_where_they_live_then_moved(text, value, term):
    assert figures(text) == [(value, "people", term)]


@pytest.mark.parametrize("text, expected", [
    # a nationality of two words before the noun
    ("Some 9,000 Central African refugees who had lived in the capital have returned home.", [(9000, "people", "returned")]),
    ("About 4,000 Burkinabe farming families living near the border were evacuated.", [(4000, "families", "evacuated")]),
])
def test_people_with_a_longer_noun_phrase_told_by_where_they_live_then_moved(text, expected):
    assert figures(text) == expected


def test_people_told_by_where_they_live_who_stay_are_a_population():
    assert figures("Some 9,000 Central African refugees who had lived in the capital are now in camps.") == []


def test_people_living_somewhere_that_was_evacuated_are_a_population():
    assert figures("About 75,000 people live in the valley that was evacuated.") == []


def test_forced_into_shelters_is_sheltered_and_shelter_in_place_is_staying():
    assert figures("The floods forced about 6,200 people into shelters.") == [(6200, "people", "sheltered")]
    assert figures("Police evacuated a ranch and urged the town's 2,000 residents to shelter in place.") == []


def test_people_who_became_refugees():
    assert figures("More than 310,000 people have become refugees this year.") == [(310000, "people", "fled")]


@pytest.mark.parametrize("text, value, unit, term", [
    ("Some 1,350 persons were rescued and shifted to safer places.", 1350, "people", "evacuated"),
    ("About 21,000 have been forced out.", 21000, "people", "fled"),
    ("Some 35 families lost their houses.", 35, "families", "homeless"),
    ("Cerca de 900 pessoas deslocadas.", 900, "people", "displaced"),
])
def test_more_verbs_and_states_of_displacement(text, value, unit, term):
    assert figures(text) == [(value, unit, term)]


@pytest.mark.parametrize("text, value", [
    ("Unas 85 viviendas colapsaron.", 85),
    ("Quelque 300 maisons effondrées.", 300),
    ("Unas 60 viviendas quedaron inhabitables.", 60),
    ("About 100 homes are now uninhabitable.", 100),
])
def test_homes_collapsed_or_uninhabitable_are_destroyed(text, value):
    assert figures(text) == [(value, "households", "destroyed housing")]


@pytest.mark.parametrize("text, value, unit, term", [
    ("Cerca de 50 fam\ufffdlias desalojadas.", 50, "families", "displaced"),
    ("Quelque 400 personnes d\ufffdplac\ufffdes.", 400, "people", "displaced"),
    ("Plus de 300 personnes \ufffdvacu\ufffdes.", 300, "people", "evacuated"),
    ("Environ 600 m\ufffdnages d\ufffdplac\ufffds.", 600, "households", "displaced"),
])
def test_a_letter_lost_upstream_still_reads(text, value, unit, term):
    [report] = reports_of(text, headline="")
    assert (report.count.value, report.unit, report.term) == (value, unit, term)
    assert report.quote == text  # quoted as written


def test_a_label_of_affected_people_counts_no_movement():
    assert [f[0] for f in figures("Affected families: 4,000; displaced families: 1,200")] == [1200]


@pytest.mark.parametrize("text, value", [
    ("About 2,000 residents abandoned their homes.", 2000),
    ("The rains forced 3,000 people to abandon their homes.", 3000),
    ("The fire has forced some 4,000 residents out of their homes.", 4000),
    ("Officials ordered 20,000 people to leave.", 20000),
    ("Over 2,000 families have been moved to safer places.", 2000),
    ("Nearly 300 people have been moved into temporary accommodation.", 300),
    ("Some 400 people were housed in the gym.", 400),
    ("Quelque 2 000 personnes ont fui les combats.", 2000),
    ("More than 300 people were airlifted out.", 300),
])
def test_an_excerpt_whose_only_word_of_displacement_is_a_phrase(text, value):
    assert [f[0] for f in figures(text, headline="")] == [value]


def test_generic_movements_in_an_article_about_something_else_still_give_nothing():
    assert figures("About 2,000 people left the area after the concert.", headline="") == []
    assert figures("Police searched their homes and 300 officers were moved to the area.", headline="") == []


@pytest.mark.parametrize("text, value", [
    ("Some 80 huts were destroyed.", 80),
    ("About 120 shacks were razed.", 120),
    ("About 50 homes were lost in the fire.", 50),
])
def test_other_dwellings_and_homes_lost(text, value):
    assert figures(text) == [(value, "households", "destroyed housing")]


def test_the_team_lost_is_no_home_lost():
    assert figures("The home team lost 3-1 before 20,000 fans.") == []


def test_people_who_remain_in_displacement_or_were_forced_to_move():
    assert figures("Some 1,500 people remain in displacement.") == [(1500, "people", "displaced")]
    assert [f[0] for f in figures("More than 10,000 people have been forced to move.")] == [10000]


@pytest.mark.parametrize("text, value, unit", [
    ("Some 450 campers were evacuated from the park.", 450, "people"),
    ("About 260 tenants were evacuated from the tower.", 260, "people"),
    ("Some 1,300 asylum seekers were moved to a new camp.", 1300, "people"),
    ("Around 750 slum dwellers were evicted.", 750, "people"),
    ("Officials evicted 520 families from the settlement.", 520, "families"),
    ("Some 2,100 squatters were forcibly removed.", 2100, "people"),
])
def test_more_people_nouns_and_evictions(text, value, unit):
    assert [f[:2] for f in figures(text)] == [(value, unit)]


def test_evictions_are_displacement():
    assert figures("Around 750 slum dwellers were evicted.", headline="") == [(750, "people", "displaced")]


def test_a_bare_figure_after_a_verb_of_saying_without_that():
    assert figures("Officials say as many as 4,500 could be displaced if the river keeps rising.") == [
        (4500, "people", "displaced")]
    # a participle of saying opens the clause too
    assert figures("The agency gave a lower estimate, saying about 2,300 had fled the valley by Sunday.") == [
        (2300, "people", "fled")]
    # look-alike: a bare figure said of the dead is still no movement
    assert figures("The agency disagreed, saying about 2,300 had been killed in the valley.") == []


def test_had_flown_people_out_of_a_place_is_a_movement():
    assert figures("The air force said it had flown some 650 people out of the capital overnight.") == [
        (650, "people", "evacuated")]
    # look-alike: flights flown over a place move nobody
    assert figures("The air force said it had flown some 650 sorties over the capital overnight.") == []


def test_a_bare_figure_that_says_the_same_again_elsewhere():
    assert figures("Some 3,100 people were evacuated from the coast and 1,250 from the islands.") == [
        (3100, "people", "evacuated"), (1250, "people", "evacuated")]
    assert figures("Some 3,100 people were evacuated in the town on Monday and 20 buses were sent.") == [
        (3100, "people", "evacuated")]


def test_people_left_in_need_are_affected():
    assert figures("The rains left 2,300 people in a situation of dire need, leaving 470 homeless.") == [
        (470, "people", "homeless")]


def test_going_to_safety_and_being_ordered_out():
    assert figures("Around 1,550 people scrambled to safety.") == [(1550, "people", "fled")]
    assert [f[0] for f in figures("Some 5,200 residents were ordered out.")] == [5200]
    assert figures("The ambassador was ordered out of the meeting by 20 delegates.") == []


@pytest.mark.parametrize("text, value, unit, term", [
    ("Unas 1.600 personas se encuentran en refugios temporales.", 1600, "people", "sheltered"),
    ("Unas 450 familias quedaron sin vivienda.", 450, "families", "homeless"),
    ("Unas 3.200 personas huyeron de sus hogares.", 3200, "people", "fled"),
    ("Más de 55 casas fueron arrasadas.", 55, "households", "destroyed housing"),
    ("Unas 25 viviendas quedaron sepultadas.", 25, "households", "destroyed housing"),
    ("Quelque 5 500 personnes ont trouvé refuge dans des écoles.", 5500, "people", "sheltered"),
    ("Quelque 11 000 personnes se sont réfugiées dans la ville.", 11000, "people", "sheltered"),
    ("Cerca de 320 famílias foram retiradas de suas casas.", 320, "families", "evacuated"),
    ("Mais de mil pessoas ficaram desabrigadas.", 1000, "people", "homeless"),
    ("Mil personas fueron evacuadas.", 1000, "people", "evacuated"),
])
def test_more_spanish_french_and_portuguese_wordings(text, value, unit, term):
    assert figures(text, headline="") == [(value, unit, term)]


def test_a_wildlife_refuge_is_no_displacement():
    assert figures("About 40 militants left the wildlife refuge.", headline="") == []


def test_an_excerpt_whose_only_word_is_a_state_or_being_forced_to_move():
    assert figures("The fire left 45 families without a home.", headline="") == [(45, "families", "homeless")]
    assert [f[0] for f in figures("More than 11,000 people have been forced to move.", headline="")] == [11000]


@pytest.mark.parametrize("text, value, unit, term", [
    ("Some 2,700 villagers were given shelter in a stadium.", 2700, "people", "sheltered"),
    ("About 350 families were offered temporary accommodation.", 350, "families", "sheltered"),
    ("Nearly 480 families are camping along the roads after the quake.", 480, "families", "homeless"),
    ("Some 900 people slept on the streets after the tremor.", 900, "people", "homeless"),
    ("Some 1,300 people were forced to spend the night outside.", 1300, "people", "homeless"),
    ("About 2,100 survivors spent a second night in the open.", 2100, "people", "homeless"),
    ("Nearly 1,700 residents have moved in with family members.", 1700, "people", "sheltered"),
    ("Roughly 520 villagers were taken in by neighbours.", 520, "people", "sheltered"),
    ("Aid agencies estimate that 3,900 families are living in the open.", 3900, "families", "homeless"),
    ("About 2,800 people were received at transit centres.", 2800, "people", "sheltered"),
    ("Nearly 760 families were provided with tents.", 760, "families", "sheltered"),
    ("Some 340 families have been given temporary homes.", 340, "families", "sheltered"),
    # open ground: parks, fields, yards
    ("Some 3,400 people slept in parks after the tremor.", 3400, "people", "homeless"),
    ("By Friday nearly 260 people had camped out in a neighbour's back yard.", 260, "people", "homeless"),
])
def test_more_states_displacement_leaves_people_in(text, value, unit, term):
    assert figures(text) == [(value, unit, term)]


@pytest.mark.parametrize("text", [
    "About 3,000 fans camped in the park for a week after the quake.",  # travellers on a trip of their choice
    "About 3,000 protesters camped in the main square after the quake.",  # a square is a protest's, not a refuge
])
def test_open_ground_of_no_displaced_people(text):
    assert [f for f in figures(text) if f[0] == 3000] == []


def test_people_cut_off_have_not_moved():
    assert figures("Some 8,000 people have been cut off and 1,500 were evacuated by boat.") == [
        (1500, "people", "evacuated")]


@pytest.mark.parametrize("text, value, unit", [
    ("About 2,400 people are still living in camps two years after the quake.", 2400, "people"),
    ("Some 1,200 remained in camps on Monday, while 300 families went back to their villages.", 1200, "people"),
])
def test_people_remaining_or_living_in_camps_are_sheltered(text, value, unit):
    assert figures(text)[0] == (value, unit, "sheltered")


def test_troops_in_army_camps_are_no_displaced_people():
    assert figures("Some 500 troops remain in army camps near the border.") == []


def test_homes_under_orders_in_effect_were_evacuated():
    assert figures("Evacuation orders remained in effect for 3,000 homes on Tuesday.") == [
        (3000, "households", "evacuated")]


def test_people_staying_overnight_at_a_shelter_are_sheltered():
    assert figures("Around 150 people stayed overnight at the shelter.") == [(150, "people", "sheltered")]


@pytest.mark.parametrize("text, value, unit, term", [
    ("The storm displaced 3,000 people, injured 20 and killed five.", 3000, "people", "displaced"),
    ("The floods forced 2,600 people from their homes and injured 30.", 2600, "people", "fled"),
    ("Clashes uprooted more than 5,000 civilians, cut off from aid for weeks.", 5000, "people", "fled"),
    ("The earthquake destroyed 400 homes and injured 35 people.", 400, "households", "destroyed housing"),
])
def test_the_subjects_next_deed_does_not_befall_the_count_it_moved(text, value, unit, term):
    # the verb after the count is the storm's, the floods' or the quake's, not what happened to the people or homes
    assert figures(text) == [(value, unit, term)]


def test_people_a_generic_verb_left_injured_are_casualties():
    assert figures("The blast left 40 people injured near the evacuation route.") == []


@pytest.mark.parametrize("text, value", [
    ("In the valley, 15,000 homes were flooded and 500 were destroyed.", 500),
    ("Around 1,000 houses were inundated and 120 collapsed.", 120),
    ("The typhoon damaged 2,000 houses, destroyed 300 and left 40 people injured.", 300),
    ("It damaged around 80 houses, destroyed 25 others and injured nine persons.", 25),
])
def test_a_bare_figure_of_more_homes_takes_its_own_fate(text, value):
    assert figures(text) == [(value, "households", "destroyed housing")]


def test_homes_damaged_after_homes_destroyed_are_no_report():
    assert figures("About 600 homes were destroyed and some 2,400 homes were damaged by the storm.") == [
        (600, "households", "destroyed housing")]


@pytest.mark.parametrize("text, value", [
    ("A fire tore through the settlement, gutting some 500 shacks.", 500),
    ("The mudslide wiped out 120 homes in the village.", 120),
    ("Bulldozers began razing 300 homes at dawn.", 300),
    ("The flash flood hit the town, washing away 80 houses.", 80),
    ("The army is demolishing 150 houses in the settlement.", 150),
    ("The tornado was levelling 60 homes as it crossed the county.", 60),
])
def test_homes_destroyed_in_other_forms_of_the_verb(text, value):
    assert [f[:2] for f in figures(text)] == [(value, "households")]
    assert figures(text)[0][2] == "destroyed housing"


@pytest.mark.parametrize("text, value, unit, term", [
    ("More than 1,000 people spent the night in gymnasiums after the floods.", 1000, "people", "sheltered"),
    ("Some 450 villagers slept in schools and churches.", 450, "people", "sheltered"),
    ("About 200 families sought protection at the peacekeepers' base.", 200, "families", "sheltered"),
    ("More than 60,000 Rohingya now live in makeshift camps near the border.", 60000, "people", "sheltered"),
])
def test_a_short_excerpt_whose_people_are_in_a_state_of_displacement(text, value, unit, term):
    assert figures(text, headline="") == [(value, unit, term)]


def test_protection_sought_in_court_is_no_refuge():
    assert figures("Lawyers for 300 workers sought protection in court.", headline="") == []


def test_people_who_made_it_out_of_a_town_left_it():
    [report] = reports_of("An estimated 4,000 civilians made it out of Mariupol through the corridor.")
    assert (report.count.value, report.origin.name, report.destinations) == (4000, "Mariupol", ())


@pytest.mark.parametrize("text, value, unit, term", [
    ("The governor issued an order for 3,000 families to leave.", 3000, "families", "evacuated"),
    ("More than 4,500 civilians were bussed out of the besieged district overnight.", 4500, "people", "relocated"),
    ("An estimated 4,000 civilians made it out of the city through a humanitarian corridor.", 4000, "people", "displaced"),
    ("Some 2,700 people took to boats to escape the rising water.", 2700, "people", "fled"),
    ("Local authorities moved 5,600 residents out of low-lying areas.", 5600, "people", "evacuated"),
])
def test_a_one_sentence_excerpt_whose_only_word_of_forced_movement_is_a_wider_one(text, value, unit, term):
    assert figures(text, headline="") == [(value, unit, term)]


@pytest.mark.parametrize("text", [
    "About 300 residents left town early in order to leave before the holiday traffic.",
    "Some 40 inmates escaped from the jail and left the town.",
    "The company moved 200 workers out of the old offices.",
])
def test_wider_words_still_leave_other_departures_closed(text):
    assert figures(text, headline="") == []


def test_people_who_were_able_to_leave_left():
    [report] = reports_of("About 6,500 residents were able to get out of Mariupol, the council said.")
    assert (report.count.value, report.status) == (6500, "completed")


def _origins(text: str, headline: str = "Evacuation news\n\n") -> list[tuple[int, str | None]]:
    return [(r.count.value, r.origin.name if r.origin else None) for r in reports_of(text, headline=headline)]


def test_in_a_list_each_figure_takes_the_place_that_heads_it():
    text = "Mariupol 800 people evacuated Berdyansk 3,400 evacuated Dnipro: 1,200 evacuated"
    assert _origins(text) == [(800, "Mariupol"), (3400, "Berdyansk"), (1200, "Dnipro")]


def test_in_a_table_each_figure_takes_the_place_of_the_heading_line_above_it():
    text = "Kharkiv\n800 people evacuated\nBerdyansk\n3,400 evacuated\n120 houses destroyed\nDnipro region:\n1,200 evacuated"
    assert _origins(text, headline="Flood figures\n\n") == [
        (800, "Kharkiv"), (3400, "Berdyansk"), (120, "Berdyansk"), (1200, "Dnipro")]


def test_a_heading_yields_to_a_place_the_figure_names_and_ends_at_a_blank_line():
    text = "Kharkiv\n800 people fled from Mariupol\n\n3,400 people were evacuated"
    assert _origins(text, headline="Mariupol\n\n") == [(800, "Mariupol"), (3400, "Mariupol")]


@pytest.mark.parametrize("text, value, unit", [
    ("Some 4,000 people have yet to return to their homes.", 4000, "people"),
    ("About 900 families are yet to go back home.", 900, "families"),
])
def test_people_yet_to_return_home_are_displaced(text, value, unit):
    assert figures(text, headline="") == [(value, unit, "displaced")]


def test_a_team_yet_to_return_home_is_no_displacement():
    assert figures("The team is yet to return home from the tournament with 30 players.", headline="") == []


def test_homes_another_verb_reaches_with_to_are_not_the_homes_evacuated():
    assert figures("Strong winds hit the coast, with 3,000 people evacuated and power cut to 40,000 homes.") == [
        (3000, "people", "evacuated")]


def test_people_on_the_move_are_displaced_but_troops_are_not():
    assert figures("An estimated 300,000 people are on the move after the attacks.") == [(300000, "people", "displaced")]
    assert figures("Some 20,000 troops were on the move toward the border.") == []
    assert figures("About 200 soldiers took shelter in a school during the floods.") == []


@pytest.mark.parametrize("text", [
    "The conflict has led to the displacement of more than 20,000 people.",
    "The storms resulted in the evacuation of 4,500 people.",
])
def test_a_movement_something_led_to_happened(text):
    [report] = reports_of(text)
    assert report.status == "completed"


def test_homes_another_verb_takes_as_object_are_not_the_homes_destroyed():
    assert figures("The hurricane destroyed power lines serving 300,000 homes.") == []
    assert figures("An evacuation order covering 5,000 homes was lifted.") == [(5000, "households", "evacuated")]
    assert figures("The storm destroyed the remaining 40 homes in the village.") == [(40, "households", "destroyed housing")]


@pytest.mark.parametrize("text, value", [
    ("About 3,500 villagers are staying in schools.", 3500),
    ("Some 1,200 villagers remain in churches and mosques a week after the quake.", 1200),
])
def test_people_staying_in_public_refuges_are_sheltered(text, value):
    assert figures(text) == [(value, "people", "sheltered")]


def test_a_tally_of_people_named_as_moved_gives_its_term_wherever_they_stay():
    assert figures("The evacuees, numbering around 3,500, are staying in schools.") == [(3500, "people", "evacuated")]


def test_pupils_staying_in_school_are_no_displaced_people():
    assert figures("Some 300 pupils will remain in school during the evacuation drill.") == []


@pytest.mark.parametrize("text, value, unit, term", [
    ("Cerca de 5.000 personas fueron trasladadas a zonas seguras.", 5000, "people", "relocated"),
    ("Près de 2 000 familles ont été relogées dans des écoles.", 2000, "families", "relocated"),
    ("Mais de 3 mil moradores foram retirados de áreas de risco.", 3000, "people", "evacuated"),
    ("Les pluies ont fait 3 000 sinistrés dont 1 500 sans-abri.", 1500, "people", "homeless"),
    ("The floods left 3,000 people affected including 1,500 displaced.", 1500, "people", "displaced"),
])
def test_a_short_excerpt_in_another_wording_or_language(text, value, unit, term):
    assert figures(text, headline="") == [(value, unit, term)]


def test_people_only_affected_stay_unreported_with_their_parts():
    assert figures("The quake affected 8,000 people including 2,000 children.") == []


@pytest.mark.parametrize("text, expected", [
    ("The fire has destroyed at least 35 structures, including 20 homes.", [(20, "households", "destroyed housing")]),
    ("The fire destroyed 40 buildings, among them 25 houses, in the canyon.", [(25, "households", "destroyed housing")]),
    ("The blaze damaged 120 buildings, including 80 homes.", []),
])
def test_homes_among_buildings_counted_share_the_buildings_fate(text, expected):
    assert figures(text) == expected


def test_people_still_in_evacuation_sites_are_sheltered():
    assert figures("Some 700 persons are still in the evacuation sites.") == [(700, "people", "sheltered")]


def test_people_named_by_their_nation_crossing_into_a_country_do_not_open_the_gate_alone():
    # tourists cross borders too; a refugee flow says more ("refugees", "fled")
    assert figures("Nearly 3,000 Americans crossed into Mexico for cheaper dental care last year.", headline="") == []


def test_parts_of_a_whole_that_opens_their_clause_are_its_breakdown():
    [report] = reports_of("Of the 12,000 people displaced, 8,000 are in camps and 4,000 are with host families.")
    assert (report.count.value, report.breakdown) == (12000, (("people", 8000), ("people", 4000)))


def test_a_part_of_a_fronted_whole_that_moves_on_its_own_is_a_report():
    assert [f[:2] for f in figures("Of the 12,000 people displaced, 8,000 have since returned to their villages.")] == [
        (12000, "people"), (8000, "people")]


def test_a_further_bare_figure_is_more_of_the_same_people():
    assert figures("A further 2,000 are expected to be displaced in the coming days.") == [(2000, "people", "displaced")]


def test_no_fewer_than_a_figure_is_no_negation():
    assert figures("No fewer than 500 fled the village overnight.") == [(500, "people", "fled")]
    assert figures("Not less than 1,200 residents were evacuated.") == [(1200, "people", "evacuated")]


def test_people_unable_to_return_home_in_a_short_excerpt():
    assert [f[:2] for f in figures("More than 800 people, unable to return home, are staying in schools.", headline="")] == [
        (800, "people")]


@pytest.mark.parametrize("text, value, unit", [
    ("About 5,000 people have not yet returned to their homes.", 5000, "people"),
    ("Some 2,300 families have not been allowed to return to their villages.", 2300, "families"),
    ("Roughly 900 residents cannot return home because of the contamination.", 900, "people"),
    ("About 600 families have been unable to go back to their villages.", 600, "families"),
])
def test_people_who_have_not_or_cannot_return_home_are_still_displaced(text, value, unit):
    assert figures(text, headline="") == [(value, unit, "displaced")]


@pytest.mark.parametrize("text, value, unit", [
    ("Nearly 4,000 people no longer have a home after the cyclone.", 4000, "people"),
    ("More than 1,000 families have nowhere to live after the eviction.", 1000, "families"),
])
def test_people_with_no_home_left_are_homeless(text, value, unit):
    assert figures(text, headline="") == [(value, unit, "homeless")]


def test_workers_with_nowhere_to_go_are_no_displaced_people():
    assert figures("Some 200 workers have nowhere to go after the factory closed.", headline="") == []


def test_people_sheltering_there_are_sheltered_beside_a_capacity():
    assert figures("Emergency shelters can accommodate 3,000 people, but 5,000 are already sheltering there.") == [
        (5000, "people", "sheltered")]


@pytest.mark.parametrize("text, status", [
    # a need says neither that it happened nor that it is planned
    ("About 1,200 residents needed to be evacuated after the dam breach.", "unknown"),
    ("Some 5,000 people need to be relocated from the riverbanks.", "unknown"),
    ("Some 3,000 people will need to be relocated next week.", "planned"),
    ("About 300 families had to be evacuated after the landslide.", "completed"),
    # so does an attempt
    ("Thousands of families tried to flee the town after the shelling.", "unknown"),
    ("Hundreds of residents attempted to flee the city after the shelling.", "unknown"),
    ("Thousands of families will try to flee the town next week.", "planned"),
    # a hedged past is still past: the hedge doubts the figure, not the tense
    ("As many as 4,000 people may have fled the town overnight.", "completed"),
    ("Up to 10,000 people might have been displaced by the floods.", "completed"),
    ("Up to 5,000 people could be displaced by the floods.", "planned"),
])
def test_a_need_has_no_known_status_and_a_hedged_past_is_completed(text, status):
    [report] = reports_of(text)
    assert report.status == status


@pytest.mark.parametrize("text, value", [
    # people moved between named places, in an excerpt with no other word of forced movement
    ("About 5,000 people left Mosul after clashes between the army and the militants.", 5000),
    ("Some 2,300 residents were taken by boat from Mariupol to Berdiansk after the shelling.", 2300),
    ("Around 1,500 inhabitants of Kharkiv were taken to Dnipro by train on Friday.", 1500),
    ("Police said 900 people were escorted out of Galveston on Tuesday as the storm neared.", 900),
    ("Up to 9,000 people poured into Erbil after attacks on nearby villages.", 9000),
    ("Some 700 families left Aleppo by road for Homs after the attack.", 700),
    ("Around 800 families moved to Goma as shelling intensified around the town.", 800),
])
def test_people_moved_between_named_places_open_the_gate(text, value):
    assert [v for v, _, _ in figures(text, headline="")] == [value]


def _opens_gate(text: str, *places: str) -> bool:
    return movement_words(text, frozenset(text.index(place) for place in places))[0]


def test_a_capitalised_name_opens_the_gate_only_as_a_place_unless_the_people_are_uprooted():
    assert _opens_gate("About 5,000 people left Kidal after clashes.", "Kidal")
    assert not _opens_gate("About 5,000 people left Kidal after clashes.")  # no place known there
    assert not _opens_gate("About 15,000 people have left Facebook for TikTok since Friday.")
    assert _opens_gate("More than 1,200 civilians were trucked out of Kobane on Sunday.")  # civilians: flight
    assert _opens_gate("About 2,000 people were ferried across the Tigris to Erbil.", "Erbil")  # the further place


@pytest.mark.parametrize("text", [
    # the same shapes for trips of choice, people who are no one displaced, or no named place
    "About 5,000 fans left Wembley after the final whistle.",
    "Some 2,300 workers were taken by bus from Leeds to the new plant in Bradford.",
    "About 600 tourists were bussed from Cusco to Machu Picchu on Tuesday.",
    "The company moved 3,500 employees from Chicago to Dallas last year.",
    "Some 2,000 soldiers were transported from Kandahar to Kabul.",
    "More than 1,000 residents moved to Austin from California last year for jobs.",
    "Some 5,000 Britons crossed to Calais for the day to buy cheap wine.",
    "About 40 people were taken to St Mary's Hospital in Leeds.",
    "The gain came from people moving into Nebraska from states hit by the downturn.",
    "About 3,000 people left the stadium after the match.",
    "Some 2,400 families moved to Houston from Galveston last year.",  # moving house: "were moved" were taken
    "About 3,000 people were moved to Kharkiv for the cup final.",
])
def test_trips_of_choice_and_unnamed_places_keep_the_gate_shut(text):
    assert figures(text, headline="") == []


@pytest.mark.parametrize("text, value", [
    # verbs that carry people away, in an article about a disaster or a war
    ("Some 600 patients and residents were flown out of Grand Bahama after the hurricane.", 600),
    ("The wildfire forced 8,000 people from Paradise and Magalia.", 8000),
    ("About 3,000 villagers were driven from Tawila by the militia during the fighting, the UN said.", 3000),
    ("During the siege, 2,500 civilians crossed from Mosul into Syria as refugees.", 2500),
    ("Around 1,200 migrants walked from Idomeni to the Macedonian border after the camp flooded.", 1200),
    ("The cyclone prompted authorities to truck 5,000 people inland from coastal Odisha.", 5000),
])
def test_people_flown_trucked_driven_or_walked_away_are_moved(text, value):
    assert [v for v, _, _ in figures(text)] == [value]


@pytest.mark.parametrize("text", [
    "The hurricane hunters flew 12 missions from Keesler to the storm.",
    "About 3,000 cattle were driven from the flooded pasture to higher fields.",
    "The league shifted 40 matches from Saturday to Sunday because of the flooding.",
    "The firm trucked 5,000 tonnes of aid from Mombasa to the flooded areas.",
])
def test_what_is_flown_trucked_driven_or_shifted_when_no_people_is_no_report(text):
    assert figures(text) == []


@pytest.mark.parametrize("text", [
    "300 tourists have not yet returned home after the airline strike.",
    "Some 2,000 holidaymakers are unable to return home after the tour operator collapsed.",
    "The floods hit the coast on Monday. Some 50 million Americans are on the move for Thanksgiving.",
])
def test_away_from_home_on_a_trip_or_as_travellers_with_no_cause_is_no_displacement(text):
    assert figures(text, headline="") == []


def test_travellers_kept_from_home_by_a_disaster_are_displaced():
    assert figures("The floods cut the rail line. About 300 tourists have not yet returned home.", headline="") == [
        (300, "people", "displaced")]


@pytest.mark.parametrize("text, value, term", [
    ("About 2,000 people were displaced by the floods and 12 were swept away.", 2000, "displaced"),
    ("Some 1,500 residents were evacuated and 30 were buried by the mudslide.", 1500, "evacuated"),
])
def test_people_swept_away_or_buried_after_a_displaced_count_are_no_displaced(text, value, term):
    assert figures(text) == [(value, "people", term)]


def test_homes_swept_away_are_still_destroyed():
    assert figures("The river swelled and 120 homes were swept away.") == [(120, "households", "destroyed housing")]


@pytest.mark.parametrize("text, value", [
    ("The evacuation involved 9,000 residents of Port Lincoln.", 9000),
    ("The operation to evacuate the valley included some 4,000 people.", 4000),
])
def test_what_an_evacuation_comprised_is_evacuated(text, value):
    assert figures(text) == [(value, "people", "evacuated")]


@pytest.mark.parametrize("text", [
    "The evacuation plan of the port covers 45,000 residents of the low town.",
    "An evacuation drill involved 2,500 residents of the island on Monday.",
    "The relocation plan includes 1,800 families on the riverbank.",
    "The evacuation zone holds some 12,000 residents.",
])
def test_what_a_plan_a_drill_or_a_zone_of_an_evacuation_covers_is_no_report(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, value, term", [
    ("The evacuation of 6,000 residents of the low town began at dawn.", 6000, "evacuated"),
    ("The relocation involved 1,800 families on the riverbank.", 1800, "relocated"),
])
def test_an_evacuation_or_a_relocation_itself_still_counts_its_people(text, value, term):
    assert [(v, t) for v, _, t in figures(text)] == [(value, term)]


@pytest.mark.parametrize("text", [
    "Hundreds of residents protested on Sunday against plans to relocate the fish market.",
    "About 400 villagers rallied at the governor's office to oppose plans to evacuate them.",
    "Some 250 tenants petitioned the court against the evictions.",
])
def test_people_who_protest_a_movement_did_not_make_it(text):
    assert figures(text) == []


@pytest.mark.parametrize("text", [
    "Some 600 people were treated for burns at the evacuation centre near the port.",
    "About 1,500 residents received medical care at the shelters on Tuesday.",
])
def test_people_treated_where_evacuees_shelter_are_no_report(text):
    assert figures(text) == []


def test_people_packing_shelters_are_still_sheltered():
    assert [(v, t) for v, _, t in figures("About 1,500 residents crowded the evacuation shelters on Tuesday.")] == [
        (1500, "sheltered")]


@pytest.mark.parametrize("text", [
    "The storm left 2,400 people without access to safe drinking water.",
    "The landslide left about 700 villagers without food and power.",
])
def test_people_left_without_water_or_power_did_not_move(text):
    assert figures(text) == []


def test_people_left_without_shelter_are_still_homeless():
    assert [(v, t) for v, _, t in figures("The storm left 2,400 people without shelter.")] == [(2400, "homeless")]


@pytest.mark.parametrize("text", [
    "The dyke, raised in 2004 to protect 25,000 residents, failed at dawn, and 1,800 people fled.",
    "The clinic, serving 9,000 people in the hills, was evacuated, and 1,800 people fled.",
])
def test_the_people_a_structure_protects_or_a_service_serves_are_a_population(text):
    assert [(v, t) for v, _, t in figures(text)] == [(1800, "fled")]


def test_people_protected_while_they_fled_still_fled():
    assert [(v, t) for v, _, t in figures("Soldiers protected 2,500 villagers as they fled the hills.")] == [(2500, "fled")]


def test_host_families_counted_beside_displaced_people_are_the_hosts():
    assert [(v, u) for v, u, _ in figures("The grant reached 8,000 displaced people and 2,600 host families.")] == [
        (8000, "people")]


def test_families_the_hosts_took_in_are_still_sheltered():
    assert [(v, u, t) for v, u, t in figures("Some 900 families were taken in by host families in the valley.")] == [
        (900, "families", "sheltered")]


def test_people_who_fled_after_a_protest_still_fled():
    assert [(v, t) for v, _, t in figures("About 400 villagers fled their homes after the protest turned violent.")] == [
        (400, "fled")]


def test_what_a_meeting_about_the_evacuation_involved_is_no_report():
    assert figures("The evacuation was debated at a meeting that involved 300 people.") == []


@pytest.mark.parametrize("text, value", [
    ("The bushfire destroyed 90 properties in the hills.", 90),
    ("Flames razed 45 properties near the coast.", 45),
    ("The blaze destroyed 15 properties, including 9 homes.", 9),
])
def test_properties_destroyed_are_homes(text, value):
    assert figures(text, headline="") == [(value, "households", "destroyed housing")]


def test_properties_damaged_or_sold_are_no_report():
    assert figures("The storm damaged 400 properties. The firm sold 120 properties last year.", headline="") == []


@pytest.mark.parametrize("text, expected", [
    ("Houses fully damaged 3,400, houses partially damaged 12,000", [(3400, "households", "destroyed housing")]),
    ("Homes destroyed 2,100, homes damaged 8,000", [(2100, "households", "destroyed housing")]),
    ("Families displaced 900, families affected 5,000", [(900, "families", "displaced")]),
    ("People evacuated 4,500, people injured 30, deaths 12", [(4500, "people", "evacuated")]),
])
def test_a_row_whose_cells_end_in_commas_is_read_as_labels(text, expected):
    assert figures(text, headline="") == expected


@pytest.mark.parametrize("text, value", [
    # people put up in public buildings or with relatives, or abandoning where they live, with no other gate word
    ("About 2,000 residents were moved to schools and churches on higher parts of the island.", 2000),
    ("Some 450 families were taken to community halls in the district.", 450),
    ("Around 1,300 villagers were transferred to public buildings as the river kept rising.", 1300),
    ("Nearly 800 people have abandoned the village after repeated attacks by gunmen.", 800),
    ("More than 3,000 people are staying in schools and mosques.", 3000),
])
def test_people_moved_into_refuges_or_abandoning_their_village_open_the_gate(text, value):
    assert [v for v, _, _ in figures(text, headline="")] == [value]


@pytest.mark.parametrize("text", [
    "About 300 students were moved to other schools after the merger.",
    "Some 40 patients were taken to the hospital in the district.",
    "Around 1,200 fans abandoned the stadium at half-time.",
    "Some 200 worshippers were brought to the mosque for Friday prayers.",
])
def test_students_patients_fans_and_worshippers_moved_keep_the_gate_shut(text):
    assert figures(text, headline="") == []


@pytest.mark.parametrize("text, value", [
    ("About 2,000 militants and their families left Aleppo for Homs under the deal.", 2000),
    ("Some 1,500 people were moved to a camp outside Dohuk.", 1500),
    ("About 900 families from Sinjar moved to the homes of relatives in Zakho.", 900),
    ("Around 800 residents boarded buses in Kharkiv on Monday and headed west.", 800),
    ("A convoy of 40 buses carrying 3,000 people from Mariupol reached Zaporizhzhia.", 3000),
    ("Some 2,500 Congolese crossed the border from Congo into Uganda at Bunagana.", 2500),
    ("Some 1,200 migrants landed on Lampedusa overnight.", 1200),
])
def test_convoys_camps_relatives_and_landings_open_the_gate(text, value):
    assert [v for v, _, _ in figures(text, headline="")] == [value]


@pytest.mark.parametrize("text", [
    "The players and their families left Madrid for the holidays.",
    "About 1,000 children were taken to a summer camp in Maine.",
    "The plane carrying 150 people from London crashed near Paris.",
    "Nearly 2,000 people arrived in Cannes for the film festival.",
    "Some 300 people returned to Madrid after the holidays.",
    "Some 20,000 Americans crossed the border into Canada to watch the game.",
])
def test_holidays_flights_and_festivals_keep_the_gate_shut(text):
    assert figures(text, headline="") == []


def test_people_forced_to_abandon_their_farms_or_with_nowhere_to_go_after_an_eviction():
    assert figures("An estimated 3,000 households have been forced to abandon their farms.", headline="") == [
        (3000, "households", "fled")]
    assert [f[:2] for f in figures("More than 1,000 families have nowhere to go after the eviction.", headline="")] == [
        (1000, "families")]
    assert figures("Some 200 fans have nowhere to go after the club closed the homes stand.", headline="") == []


@pytest.mark.parametrize("text, value, unit", [
    ("Approximately 3,000 individuals are currently hosted in 12 collective centres.", 3000, "people"),
    ("Some 1,700 people spent the night in the town hall after the tremor.", 1700, "people"),
    ("Over 400 families were moved to a temporary site near the river.", 400, "families"),
    ("About 1,000 people were pre-emptively moved away from the coast.", 1000, "people"),
])
def test_hosted_in_centres_a_night_in_a_hall_a_temporary_site_or_a_pre_emptive_move(text, value, unit):
    assert [f[:2] for f in figures(text, headline="")] == [(value, unit)]


@pytest.mark.parametrize("text", [
    "Some 200 pilgrims spent the night in the mosque before the prayers.",
    "About 300 fans spent the night in the stadium after the concert.",
    "Around 500 students were hosted in dormitories during the conference.",
    "A pre-emptive strike killed 40 militants near the border.",
])
def test_travellers_nights_and_hosted_guests_are_no_displacement(text):
    assert figures(text, headline="") == []


@pytest.mark.parametrize("text, value, unit, term", [
    # people told to vacate their homes or a village leave it (a building vacated is no displacement)
    ("Around 2,300 tenants were ordered to vacate their flats.", 2300, "people", "evacuated"),
    ("Some 480 families vacated the village before the dam gave way.", 480, "families", "evacuated"),
    # sanctuary is a refuge
    ("Roughly 950 people sought sanctuary in a monastery.", 950, "people", "sheltered"),
    # a particle between the verb and the border or the place
    ("About 1,250 refugees crossed back over the frontier.", 1250, "people", "crossed"),
    ("The army moved some 3,400 villagers away from the front line.", 3400, "people", "relocated"),
    ("The rebels forced about 2,600 residents out.", 2600, "people", "fled"),
    ("Some 140 families went into exile after the coup.", 140, "families", "fled"),
    ("Some 800 people have been sheltering under plastic sheets.", 800, "people", "sheltered"),
    # herders and nomads are people
    ("Some 5,300 herders fled the raids with their cattle.", 5300, "people", "fled"),
    ("About 1,900 nomads were displaced by the drought.", 1900, "people", "displaced"),
    # a part of a whole whose owner stands between the figure and its noun
    ("Some 4,700 of the island's inhabitants were evacuated.", 4700, "people", "evacuated"),
    ("The floods displaced 2,100 of its residents.", 2100, "people", "displaced"),
])
def test_vacate_sanctuary_particles_herders_and_a_whole_with_an_owner(text, value, unit, term):
    assert figures(text) == [(value, unit, term)]


@pytest.mark.parametrize("text", [
    "Some 200 staff were told to vacate the building.",
    "About 30,000 people in the valley are at risk of displacement.",
    "Some 8,000 tenants are at high risk of being evicted.",
    "The government readied shelters for 15,000 people.",
    "Tents for 6,000 people were sent to the region.",
    "Some 9,000 people were reached with food and blankets.",
])
def test_vacated_buildings_threats_of_displacement_capacities_and_aid_reached_are_no_report(text):
    assert figures(text) == []


def test_people_at_risk_of_a_hazard_who_were_evacuated_still_report():
    assert figures("Some 7,500 people at risk of flooding were evacuated.") == [(7500, "people", "evacuated")]


@pytest.mark.parametrize("text, value, unit, term", [
    # "ordered/forced/driven out" then a time or a clause, not "out of office"
    ("Around 1,600 residents were ordered out on Tuesday as the flames neared.", 1600, "people", "evacuated"),
    ("Some 750 villagers were driven out overnight.", 750, "people", "fled"),
    # driven into hiding, exile or neighbouring countries (not into poverty)
    ("The raids have driven about 9,000 people into hiding.", 9000, "people", "fled"),
    ("The war pushed some 60,000 people into neighbouring countries.", 60000, "people", "fled"),
    # an eviction of people, and a population of displaced people as a tally
    ("The eviction of about 950 households from the riverbank started on Friday.", 950, "households", "displaced"),
    ("The population of displaced people in the camps has risen to 48,000.", 48000, "people", "displaced"),
])
def test_ordered_out_driven_into_hiding_evictions_and_a_displaced_population_tally(text, value, unit, term):
    assert figures(text) == [(value, unit, term)]


@pytest.mark.parametrize("text", [
    "Some 40 board members met after the chairman was forced out in May.",
    "The recession pushed some 40,000 families into poverty.",
    "The region has a population of 80,000 people.",
    "A camp designed for 5,000 people has opened near the border.",
])
def test_out_of_office_into_poverty_populations_and_capacities_stay_no_report(text):
    assert figures(text) == []


def test_a_cell_labelled_affected_is_no_report_next_to_a_displaced_cell():
    assert figures("Affected: 12,500 people; displaced: 3,300 people.") == [(3300, "people", "displaced")]
    assert figures("Affected - 9,000 people, evacuated - 1,400 people.") == [(1400, "people", "evacuated")]


@pytest.mark.parametrize("text, value, unit, term", [
    # "affected" inside the noun phrase describes the people; the verb after it moves them
    ("Some 2,600 affected residents were relocated to a government site.", 2600, "people", "relocated"),
    ("About 830 affected families were evacuated by boat.", 830, "families", "evacuated"),
    # Spanish and Portuguese "took refuge"
    ("Unas 2.400 personas se refugiaron en la iglesia del pueblo.", 2400, "people", "sheltered"),
    ("Cerca de 650 moradores se refugiaram numa escola.", 650, "people", "sheltered"),
])
def test_affected_as_an_adjective_and_took_refuge_in_spanish_and_portuguese(text, value, unit, term):
    assert figures(text) == [(value, unit, term)]


def test_affected_people_who_only_received_aid_stay_no_report():
    assert figures("Some 2,600 affected residents received food parcels.") == []


@pytest.mark.parametrize("text, value, term", [
    # scattering, trickling and hiding in the bush are flight
    ("About 4,200 villagers scattered into the forest when the gunmen came.", 4200, "fled"),
    ("Some 1,700 people have been hiding in the hills since the raid.", 1700, "fled"),
    # one hall or community centre people stay in
    ("Some 260 people remained in the sports hall on Monday night.", 260, "sheltered"),
    ("About 180 residents stayed at a community centre overnight.", 180, "sheltered"),
])
def test_scattering_hiding_trickling_and_staying_in_a_hall(text, value, term):
    assert figures(text) == [(value, "people", term)]


def test_trickling_across_a_border_is_a_movement():
    assert [f[:2] for f in figures("Roughly 2,300 people trickled across the border over the weekend.")] == [
        (2300, "people")]


def test_things_sent_to_community_centres_are_no_people_sheltered():
    assert figures("More than 100 threats were sent to community centers this year.") == []


@pytest.mark.parametrize("text, value, unit, term", [
    # a headline's present tense destroys homes too
    ("Landslide buries 35 houses in hill village", 35, "households", "destroyed housing"),
    ("Blaze guts 140 shacks in informal settlement", 140, "households", "destroyed housing"),
    ("Mob razes 60 homes after clashes", 60, "households", "destroyed housing"),
    # a bare figure after a displacing verb, then "along" or "near" a place
    ("Cyclone displaces 14,000 along the eastern coast", 14000, "people", "displaced"),
    ("Shelling displaced 3,600 near the front line.", 3600, "people", "displaced"),
])
def test_headline_present_tenses_of_destruction_and_a_bare_figure_before_along_or_near(text, value, unit, term):
    assert figures(text) == [(value, unit, term)]


def test_water_levels_and_deaths_near_a_place_are_no_report():
    assert figures("Rising water levels threatened 300 homes.") == []
    assert figures("The storm killed 300 near the coast.") == []


@pytest.mark.parametrize("text, value, unit, term", [
    # a tally of displaced people "numbering" a figure, in its own unit
    ("Displaced persons numbering some 2,700 have gathered near the church.", 2700, "people", "displaced"),
    ("Displaced households numbering about 380 are camped by the road.", 380, "households", "displaced"),
    # a displacement "affecting" people comprised them
    ("A new displacement affecting 5,400 people was recorded in the west.", 5400, "people", "displaced"),
    # losing their homes, as lost their homes
    ("About 1,900 people have applied for aid after losing their homes.", 1900, "people", "homeless"),
])
def test_tallies_numbering_a_figure_displacement_affecting_people_and_losing_homes(text, value, unit, term):
    assert figures(text) == [(value, unit, term)]


def test_groups_numbering_a_figure_and_a_disaster_affecting_people_stay_no_report():
    assert figures("They walked in groups numbering about 40 people each.") == []
    assert figures("The floods, affecting 6,000 people, hit the county.") == []


def test_a_fronted_whole_that_did_not_move_gives_way_to_its_part_that_did():
    assert figures("Of the 3,000 inhabitants, 2,200 had been evacuated by Sunday.") == [(2200, "people", "evacuated")]
    # a whole that moved keeps its report ("of the 12,000 displaced, 8,000 are in camps" is a breakdown)
    assert figures("Of the 6,000 people who fled, 2,500 have returned.") == [
        (6000, "people", "fled"), (2500, "people", "returned")]


def test_displaced_people_who_number_a_figure_are_a_tally():
    assert figures("The displaced, who now number 4,700, are staying in schools.") == [(4700, "people", "displaced")]


@pytest.mark.parametrize("text, value, unit, term", [
    ("Unas 1.700 personas tuvieron que salir de sus viviendas.", 1700, "people", "fled"),
    ("Cerca de 2.400 personas abandonaron el pueblo tras los enfrentamientos.", 2400, "people", "fled"),
    ("Quelque 900 habitants ont abandonné leurs maisons.", 900, "people", "fled"),
    ("Mais de 1.300 pessoas fugiram dos confrontos.", 1300, "people", "fled"),
    ("O temporal deixou 2.100 pessoas fora de casa.", 2100, "people", "displaced"),
])
def test_leaving_or_abandoning_homes_and_fleeing_in_spanish_french_and_portuguese(text, value, unit, term):
    assert figures(text, headline="") == [(value, unit, term)]


def test_tourists_leaving_their_hotels_in_spanish_are_no_report():
    assert figures("Unos 300 turistas salieron de sus hoteles.", headline="") == []


def test_returnees_counted_or_in_a_table_row_are_returns():
    assert figures("Some 4,800 returnees were registered in the county last month.") == [(4800, "people", "returned")]
    assert figures("Returnees: 2,150") == [(2150, "people", "returned")]
    # people named as returnees whom aid will support, or who live somewhere, stay no report
    assert figures("The appeal seeks funds to support 20,000 returnees.") == []


def test_a_movement_noun_labelling_the_figure_after_it():
    assert figures("Displacement: 3,900 individuals (780 households) in two districts.") == [(3900, "people", "displaced")]
    assert figures("Evacuations - 1,150 families") == [(1150, "families", "evacuated")]
    assert figures("Departures: 300 flights.") == []


@pytest.mark.parametrize("text, expected", [
    # a nationality before families, households or homes only describes them
    ("About 1,300 South Sudanese families were moved to a new camp.", [(1300, "families", "relocated")]),
    ("Some 450 Congolese refugee households crossed into Uganda.", [(450, "households", "crossed")]),
    # a nationality that is the noun counts people
    ("Some 450 Congolese crossed into Uganda.", [(450, "people", "crossed")]),
    ("Some 450 Congolese refugees crossed into Uganda.", [(450, "people", "crossed")]),
])
def test_a_nationality_before_families_counts_families(text, expected):
    assert figures(text) == expected


def places_of(text: str) -> list[tuple[int | None, str, str | None, list[str]]]:
    return [(r.count.value if r.count else None, r.status, r.origin.name if r.origin else None,
             [p.name for p in r.destinations]) for r in reports_of(text)]


@pytest.mark.parametrize("text, expected", [
    # vehicles carrying people: their verb moves the people, past a part of them between commas
    ("Trucks carrying 2,400 civilians, among them 600 children, left Mosul on Friday for Erbil.",
     [(2400, "completed", "Mosul", ["Erbil"])]),
    ("Buses carrying 900 people, most of them women and the elderly, reached Goma overnight.",
     [(900, "completed", None, ["Goma"])]),
    # people on board a convoy that sets off from a place: they left it
    ("A column of 18 buses with some 1,300 residents on board set off from Aleppo towards Homs.",
     [(1300, "completed", "Aleppo", ["Homs"])]),
    # "on board" is no boarding: the status is the verb's after it
    ("Ten buses with 700 people on board left Kharkiv for Dnipro.", [(700, "completed", "Kharkiv", ["Dnipro"])]),
    # taken out in a convoy, by bus: moved out
    ("About 3,200 people were taken out in a convoy of buses and trucks.", [(3200, "completed", None, [])]),
])
def test_people_carried_by_vehicles_move_with_them(text, expected):
    assert places_of(text) == expected


@pytest.mark.parametrize("text", [
    "Buses carrying 900 fans, most of them students, reached the stadium.",
    "A plane carrying 150 people, including 12 crew, crashed near Goma.",
    "The workers set off 300 fireworks from the bridge.",
    "About 3,200 people were taken out for dinner by the charity.",
    "Some 2,000 people, including 500 children, were killed in the shelling.",
])
def test_vehicles_or_people_that_move_nobody_away_are_no_report(text):
    assert places_of(text) == []


@pytest.mark.parametrize("text, value, term", [
    # a bare "crossed" before a time: people crossed the border the article is about
    ("Nearly 45,000 people had crossed in a single day last month.", 45000, "crossed"),
    ("Some 3,500 migrants crossed overnight.", 3500, "crossed"),
    # a tally of people named with their movement, whatever their noun
    ("The number of Karens who have crossed into Thailand has reached 26,000.", 26000, "crossed"),
    # ... told at length before its value
    ("The number of Karens who have crossed into Thailand from the hills of the east since the army began its offensive "
     "in early spring has reached 31,000.", 31000, "crossed"),
    ("The total number of residents who have left the province now stands at 8,400.", 8400, "evacuated"),
])
def test_a_bare_crossing_and_a_tally_of_people_who_moved(text, value, term):
    assert figures(text) == [(value, "people", term)]


@pytest.mark.parametrize("text", [
    "The number of trucks that crossed into Goma has reached 370.",
    "About 2,000 fans kept their fingers crossed.",
    "The number of people who live in the province has reached 8,400.",
    "Some 3,500 runners crossed the finish line overnight.",
])
def test_crossings_and_tallies_of_things_or_of_people_who_did_not_move_are_no_report(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, expected", [
    # patients moved from places of care to hospitals elsewhere: those places evacuated, the hospitals' city the destination
    ("Some 1,300 patients from 14 nursing homes in Mariupol were transferred to hospitals in Dnipro.",
     [(1300, "completed", "Mariupol", ["Dnipro"])]),
    ("Crews evacuated 450 patients from the flooded hospital to other hospitals in Houston.",
     [(450, "completed", None, ["Houston"])]),
])
def test_patients_moved_from_places_of_care_to_hospitals_are_evacuated(text, expected):
    assert places_of(text) == expected


@pytest.mark.parametrize("text", [
    "About 40 wounded were taken to hospitals in Houston.",
    "Some 300 injured residents were moved to hospitals in Dnipro.",
    "Helicopters airlifted 120 people from villages to hospitals in Dnipro.",
])
def test_people_taken_to_hospital_for_care_are_no_report(text):
    assert places_of(text) == []


@pytest.mark.parametrize("text, expected", [
    # people who checked in (at shelters) are sheltered, where they checked in
    ("Roughly 3,100 residents had checked in by Monday evening.", [(3100, "people", "sheltered")]),
    ("Some 650 evacuees checked into shelters in Galveston.", [(650, "people", "sheltered")]),
    # checking in on or with someone moves nobody
    ("About 200 volunteers checked in on elderly neighbours.", []),
    ("About 200 residents checked in with the county office.", []),
])
def test_people_who_checked_in_are_sheltered(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people sheltered or arrived in places joined by "and": each place is where they are
    ("Some 1,600 evacuees were housed in hotels and schools in Mosul and Erbil.", [(1600, "completed", None, ["Mosul", "Erbil"])]),
    ("About 900 families were accommodated in Dnipro, Kharkiv and Zaporizhzhia.",
     [(900, "completed", None, ["Dnipro", "Kharkiv", "Zaporizhzhia"])]),
    # a place of another clause is not joined; a departure located in two places keeps the first as its origin
    ("Some 1,600 evacuees were housed in schools in Mosul after the fighting in Erbil.", [(1600, "completed", None, ["Mosul"])]),
    ("Some 1,600 people were evacuated in Mosul and Erbil.", [(1600, "completed", "Mosul", [])]),
])
def test_people_sheltered_in_several_places_are_in_each(text, expected):
    assert places_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a departure takes no term from where its people stay in a later clause: the article's (fled)
    ("Some 3,000 survivors have left Mosul for Erbil, where they are staying with relatives.", (3000, "people", "fled")),
    ("Around 1,200 residents left Kharkiv for Dnipro, where most are now in shelters.", (1200, "people", "fled")),
    # an arrival does, and so does a state in the departure's own clause
    ("Some 3,000 survivors arrived in Erbil, where they are staying with relatives.", (3000, "people", "sheltered")),
    ("The blaze left 14 families homeless.", (14, "families", "homeless")),
])
def test_a_departure_takes_no_term_from_where_its_people_stay_later(text, expected):
    assert figures(text, headline="Fighting news\n\nResidents fled the fighting.\n\n") == [expected]


@pytest.mark.parametrize("text, expected", [
    # nor from where other people stay in an earlier clause: the departure keeps the article's term
    ("Some 800 survivors moved in with relatives in Erbil, and 300 others have left for Mosul.",
     [(800, "people", "sheltered"), (300, "people", "fled")]),
    ("About 900 people are staying in shelters; 250 more left for Dnipro.", [(900, "people", "sheltered"), (250, "people", "fled")]),
    ("The shelling left 40 families homeless, and 600 people left for Dnipro.",
     [(40, "families", "homeless"), (600, "people", "fled")]),
    # a state in the departure's own clause still names it
    ("About 2,000 people left the village and took shelter in schools.", [(2000, "people", "sheltered")]),
])
def test_a_departure_takes_no_term_from_where_other_people_stay_in_an_earlier_clause(text, expected):
    assert figures(text, headline="Fighting news\n\nResidents fled the fighting.\n\n") == expected


@pytest.mark.parametrize("text, expected", [
    # people leaving under a deal between the sides are evacuated, whatever the article's own term
    ("Buses carrying 1,400 rebels and their families left Homs on Sunday under a surrender deal.", (1400, "people", "evacuated")),
    ("About 600 fighters left Aleppo as part of an agreement with the government.", (600, "fighters", "evacuated")),
    # a deal named only as a time is no deal that moves them
    ("About 600 residents left Aleppo before the ceasefire.", (600, "people", "fled")),
])
def test_people_leaving_under_a_deal_are_evacuated(text, expected):
    assert figures(text, headline="Fighting news\n\nResidents fled the fighting.\n\n") == [expected]


def test_arrivals_naming_no_place_are_where_the_story_says_people_went():
    text = ("Shelling of Kharkiv went on overnight and residents fled Kharkiv by train. Some 2,000 refugees crossed into "
            "Poland on Monday and more crossed into Poland on Tuesday.\n\nAid workers said at least 9,000 had arrived in "
            "the past week.")
    assert places_of(text)[-1] == (9000, "completed", None, ["Poland"])


def test_arrivals_naming_no_place_in_a_story_that_names_no_destination_are_in_its_place():
    text = "Floods hit Goma this week.\n\nAid workers said at least 9,000 evacuees had arrived in the past week."
    assert places_of(text) == [(9000, "completed", None, ["Goma"])]


@pytest.mark.parametrize("text, value", [
    # vehicles counted after a mover are what the people took, not others they moved
    ("Some 1,200 people took 30 buses to Erbil.", 1200),
    ("A total of 2,400 people, among them 500 fighters of the group, boarded 40 buses bound for Erbil.", 2400),
])
def test_people_who_took_or_boarded_vehicles_moved(text, value):
    assert [r.count.value for r in reports_of(text)] == [value]


def test_people_sheltered_naming_no_place_are_in_the_article_place_not_the_story_destination():
    text = ("Residents of Galveston fled to Houston and more fled to Houston overnight. Galveston opened shelters in "
            "Galveston schools.\n\nAbout 4,200 people had checked in by Tuesday night.")
    assert places_of(text)[-1] == (4200, "completed", None, ["Galveston"])


def test_the_gate_opens_for_people_moved_between_places_past_an_aside():
    text = "Buses carrying 1,100 people, among them fighters and their families, left Aleppo on Monday."
    assert movement_words(text, frozenset({text.index("Aleppo")}))[0]
    assert not movement_words("About 400 fans, among them students, left Aleppo on Monday for the final.",
                              frozenset({35}))[0]


@pytest.mark.parametrize("text, expected", [
    # crossing a border, corridor, river or sea named by its own noun is a crossing
    ("Some 52,000 people had crossed the humanitarian corridor into Poland by Friday.", [(52000, "people", "crossed")]),
    ("About 3,000 refugees crossed the river into Rwanda overnight.", [(3000, "people", "crossed")]),
    # a lake, a gulf, a channel or a desert too, named or not
    ("Some 2,300 refugees crossed the lake by canoe to Uganda.", [(2300, "people", "crossed")]),
    ("Some 2,300 refugees crossed Lake Albert by canoe to Uganda.", [(2300, "people", "crossed")]),
    ("About 900 migrants crossed the desert to Libya.", [(900, "people", "crossed")]),
    # crossing a street or a line is none
    ("About 3,000 marchers and 200 residents crossed the street.", []),
    ("Some 1,500 runners crossed the finish line in Goma.", []),
])
def test_crossing_a_corridor_or_a_river(text, expected):
    assert figures(text) == expected


def test_a_crossing_naming_no_destination_goes_where_the_story_says_people_went():
    text = ("Shelling hit Kharkiv and residents fled Kharkiv by train. Some 2,000 refugees crossed into Poland on Monday "
            "and more crossed into Poland on Tuesday.\n\nAbout 5,000 people had crossed in a single day last week.")
    assert places_of(text)[-1] == (5000, "completed", "Kharkiv", ["Poland"])
    # not where it started, nor when the story names no destination
    assert places_of("Floods hit Goma.\n\nAbout 5,000 people had crossed in a single day last week.") == [
        (5000, "completed", "Goma", [])]
    # nor when it names two as often: no one destination
    text = ("Shelling hit Kharkiv and residents fled Kharkiv. Some refugees went to Poland, others to Rwanda."
            "\n\nAbout 5,000 people had crossed in a single day last week.")
    assert places_of(text)[-1] == (5000, "completed", "Kharkiv", [])


def test_a_place_locating_the_areas_people_were_taken_to_is_their_destination():
    assert places_of("Some 2,600 people were taken out in a convoy to rebel-held areas in the north of Aleppo.") == [
        (2600, "completed", None, ["Aleppo"])]
    assert places_of("Some 2,600 people fled from areas in Homs to Aleppo.") == [(2600, "completed", "Homs", ["Aleppo"])]


@pytest.mark.parametrize("text, expected", [
    ("About 260 families living along the canal have been forcibly removed.", [(260, "families", "displaced")]),
    ("Some 4,500 people living below the dam were hurriedly evacuated.", [(4500, "people", "evacuated")]),
])
def test_people_told_by_where_they_live_are_moved_past_an_adverb(text, expected):
    assert figures(text) == expected


def test_people_told_by_where_they_live_past_an_adverb_who_only_stay_are_no_report():
    assert figures("About 260 families living along the canal have been quietly farming there.") == []


@pytest.mark.parametrize("text, value, term", [
    ("The number of people who have taken shelter in the stadium has risen to 6,400.", 6400, "sheltered"),
    ("The number of those who have sought refuge in the hills has passed 15,000.", 15000, "sheltered"),
])
def test_a_tally_of_people_who_went_into_shelter_or_fled(text, value, term):
    assert [(v, t) for v, _, t in figures(text)] == [(value, term)]


def test_a_tally_of_people_who_did_something_else_is_no_report():
    assert figures("The number of those who have signed the petition has passed 15,000.") == []
    assert figures("The number of people who have sought medical care has risen to 6,400.") == []


def test_people_removed_from_their_homes_or_an_area_moved():
    assert figures("Soldiers removed 1,300 residents from the riverside villages.") == [(1300, "people", "displaced")]


def test_people_removed_from_a_list_or_things_removed_are_no_report():
    assert figures("The board removed 1,300 residents from the voters' roll.") == []
    assert figures("Crews removed 1,300 tonnes of debris from the villages.") == []


def test_the_gate_opens_for_people_forcibly_removed():
    assert figures("Around 480 households had been forcibly removed to make way for a highway.",
                   headline="") == [(480, "households", "displaced")]
    assert figures("Around 480 households had been moved to make way for a highway.", headline="") == []


def test_a_part_of_them_after_a_count_of_places_is_of_the_people_before():
    assert figures("The storm affected 64,000 people in 9 counties and displaced 8,200 of them.") == [
        (8200, "people", "displaced")]
    # the places counted do not end the whole a part belongs to
    assert figures("The storm displaced 64,000 people across 9 counties, 8,200 of whom are in schools.") == [
        (64000, "people", "displaced")]


def test_a_part_of_counted_places_is_still_no_report():
    assert figures("Rebels overran 14 villages and burned 6 of them.") == []


def test_a_tally_of_new_arrivals_counts_people():
    text = "Another 3,000 refugees crossed the border on Friday, bringing the number of new arrivals to 47,000."
    assert [v for v, _, _ in figures(text)] == [3000, 47000]


def test_a_tally_of_other_newcomers_is_no_report():
    assert figures("The number of new members of the club has reached 47,000.") == []


def test_the_gate_opens_for_people_moved_to_safe_areas():
    # (moved to safe areas as to safer ones: out of danger, evacuated)
    assert figures("Officials moved 380 families to safe areas.", headline="") == [(380, "families", "evacuated")]
    assert figures("Officials moved 380 families to new flats.", headline="") == []


@pytest.mark.parametrize("text, expected", [
    ("Some 2,700 flood victims were moved to schools.", [(2700, "people", "relocated")]),
    ("Relief camps are housing 940 earthquake victims.", [(940, "people", "sheltered")]),
])
def test_a_disasters_victims_are_people(text, expected):
    assert figures(text) == expected


def test_victims_alone_are_a_disasters_dead_or_hurt_not_people_moved():
    assert figures("Some 35 victims were flown to the capital for treatment.") == []


@pytest.mark.parametrize("text, expected", [
    # victims counted by the families they belong to are people housed, as Malaysian agency copy counts them
    ("At present 412 victims from 98 families are seeking shelter at the town hall.", [(412, "people", "sheltered")]),
    ("Some 57 victims from 14 households were moved to a school.", [(57, "people", "relocated")]),
    # negative: the dead or hurt stay no people moved, counted by families or not
    ("The blast killed 9 victims from three families.", []),
    ("Some 35 victims from eight families were buried on Friday.", []),
])
def test_victims_counted_by_their_families_are_people(text, expected):
    assert figures(text) == expected


def test_the_gate_opens_for_people_compelled_to_cross_into_a_country():
    assert figures("Raids compelled some 6,500 Burundians to cross into Rwanda.", headline="") == [
        (6500, "people", "crossed")]
    assert figures("The referee told 22 players to cross into the other half.", headline="") == []


def test_the_gate_opens_for_people_who_returned_to_their_places_of_origin():
    assert figures("About 5,200 individuals (870 families) have returned to their places of origin.", headline="") == [
        (5200, "people", "returned")]
    assert figures("About 5,200 students have returned to their places of origin for the holidays.", headline="") == []


@pytest.mark.parametrize("text", [
    "The blaze left about 900 refugees homeless.",
    "The blaze tore through the camp, leaving about 900 refugees without a roof.",
])
def test_people_left_homeless_are_homeless_whatever_their_noun(text):
    assert figures(text) == [(900, "people", "homeless")]


def test_refugees_who_left_a_place_still_fled():
    assert figures("About 900 refugees left the camp for the border.") == [(900, "people", "fled")]


def test_a_tally_of_moved_people_told_by_where_they_are():
    text = "Evacuees in the town of Naga now number 2,650, housed in four schools."
    assert figures(text) == [(2650, "people", "evacuated")]


def test_moved_people_told_by_where_they_are_before_another_verb_are_no_tally():
    assert figures("Evacuees in the town of Naga face shortages as rice prices rose to 2,650 pesos.") == []


def test_people_in_accommodation_centres_are_sheltered():
    assert figures("Some 7,300 people remain in accommodation centres.") == [(7300, "people", "sheltered")]
    assert figures("The council built two accommodation centres for 300 students.") == []


def test_any_plural_and_their_families_are_people():
    assert figures("About 600 traders and their families fled the raids.") == [(600, "people", "fled")]


def test_any_plural_without_their_families_is_still_no_people():
    assert figures("About 600 traders and their goods were moved to the new market.") == []


def test_people_still_in_accommodation_centres_are_sheltered():
    assert figures("Some 7,300 people are still in accommodation centres.") == [(7300, "people", "sheltered")]
    assert figures("Some 7,300 people are still in the conference centre.") == []


def test_households_of_people_named_by_their_state_are_the_same_people():
    reports = reports_of("About 9,000 of the displaced (some 1,800 households) are staying in camps near Goma.")
    assert [(r.count.value, r.unit, tuple(r.equivalent)) for r in reports] == [(9000, "people", (("households", 1800),))]
    # a count of something else after them is no other unit of the same people
    reports = reports_of("About 9,000 of the displaced are staying in 14 camps (some 1,800 tents) near Goma.")
    assert all(not r.equivalent for r in reports)


def test_people_removed_as_a_precaution_were_evacuated():
    assert figures("Police removed 1,300 villagers from the hillside as a precaution.", headline="") == [
        (1300, "people", "displaced")]
    assert figures("Police removed 1,300 tonnes of rubble from the hillside as a precaution.", headline="") == []


@pytest.mark.parametrize("text, value", [
    ("Bulldozers razed some 260 structures in the informal settlement.", 260),
    ("Nearly 180 hutments were razed during the demolition drive.", 180),
    ("The council sent bulldozers to flatten 140 homes along the canal.", 140),
])
def test_structures_and_hutments_razed_are_homes_destroyed(text, value):
    assert figures(text, headline="") == [(value, "households", "destroyed housing")]


def test_structures_counted_with_homes_among_them_are_told_by_the_homes():
    assert figures("The blaze destroyed 45 structures, including 30 homes.", headline="") == [
        (30, "households", "destroyed housing")]
    assert figures("Engineers will flatten the curve of the road near 140 homes.", headline="") == []


def test_a_number_naming_one_of_a_series_of_places_is_no_count():
    assert figures("A fire in Camp 9 destroyed 700 shacks and left 3,100 refugees homeless.", headline="") == [
        (700, "households", "destroyed housing"), (3100, "people", "homeless")]
    assert figures("Some 900 people were sheltering in camp tents overnight.", headline="") == [(900, "people", "sheltered")]


def test_people_driven_from_a_named_town_fled():
    assert figures("Shelling has driven around 12,000 people from Aleppo in the past week.", headline="") == [
        (12000, "people", "fled")]
    assert figures("Buses have driven around 12,000 fans from Aleppo to the stadium.", headline="") == []


def test_a_tally_of_tourist_arrivals_is_no_displacement():
    assert figures("Despite the floods, the number of tourist arrivals rose to 519,000 in March.") == []
    assert figures("Some 4,000 refugees crossed into Chad, bringing the number of new arrivals to 61,000.") == [
        (4000, "people", "crossed"), (61000, "people", "crossed")]


def test_affected_before_a_place_noun_is_no_verb_of_the_count():
    assert figures("The agency supported the return of 640 households to the most affected districts of Mosul.") == [
        (640, "households", "returned")]
    assert figures("Some 640 households were affected by the floods in Mosul.") == []


@pytest.mark.parametrize("text, value", [
    ("Some 6,000 persons have been sacked from their ancestral homes by armed men.", 6000),
    ("Gunmen sacked 2,500 villagers from their communities last week.", 2500),
])
def test_people_sacked_from_their_homes_are_displaced(text, value):
    assert figures(text, headline="") == [(value, "people", "displaced")]


def test_people_sacked_from_their_jobs_are_no_displacement():
    assert figures("Some 6,000 workers have been sacked from their jobs after the floods.") == []


def test_people_pushed_towards_a_place_fled():
    assert figures("Raids have pushed some 2,200 households towards the regional capital.", headline="") == [
        (2200, "households", "fled")]
    assert figures("The new tax pushed some 2,200 households towards poverty.", headline="") == []


@pytest.mark.parametrize("text, value", [
    ("A blaze in the camp destroyed about 340 shelters overnight.", 340),
    ("Some 340 shelters in the settlement were burned down.", 340),
])
def test_shelters_destroyed_are_homes_destroyed(text, value):
    assert figures(text, headline="") == [(value, "households", "destroyed housing")]


def test_shelters_opened_are_where_people_went():
    # a move before the storm is an evacuation (geo.movement._pre_emptive)
    assert figures("Some 5,000 residents moved to 340 shelters before the storm.") == [(5000, "people", "evacuated")]


def test_the_return_of_counted_people_to_a_place_opens_the_gate():
    assert figures("Officials oversaw the return of 720 families to Mosul this week.", headline="") == [
        (720, "families", "returned")]
    assert figures("Officials oversaw the return of 720 students to Mosul this week.", headline="") == []


@pytest.mark.parametrize("headline", ["", "Evacuation news\n\n"])
def test_people_belonging_to_households_are_the_same_people_with_their_verb(headline):
    [report] = reports_of("Some 2,300 residents belonging to 470 families are being housed in temporary shelters.",
                          headline=headline)
    assert (report.count.value, report.unit, report.equivalent) == (2300, "people", (("families", 470),))


def test_people_belonging_to_households_that_did_not_move_are_no_report():
    assert reports_of("Some 2,300 residents belonging to 470 families received food parcels.", headline="") == []
    # a count of families after "belonging to" with no people counted before it is no equivalent
    assert figures("Some 2,000 people were evacuated, and land belonging to 300 families was flooded.") == [
        (2000, "people", "evacuated")]


def test_displaced_people_belonging_to_households_moved_whatever_the_households_verb():
    # the people's own noun says they moved; the families' verb ("were counted") does not undo it
    [report] = reports_of("Some 2,300 IDPs belonging to 470 families were counted since the start of the year.",
                          headline="")
    assert (report.count.value, report.unit, report.term, report.equivalent) == (
        2300, "people", "displaced", (("families", 470),))
    assert reports_of("Some 2,300 residents belonging to 470 families were counted since the start of the year.",
                      headline="") == []


def test_people_who_are_in_camps_are_sheltered_where_the_camps_are():
    # "are in (55) camps": their state, and the camps' place is where they are (no forced-movement word needed)
    [first, second] = reports_of("Around 2,140 residents are in 37 camps in Erbil province and 1,950 in Dnipro.",
                                 headline="")
    assert [(r.count.value, r.term, r.destination_texts) for r in (first, second)] == [
        (2140, "sheltered", ("Erbil",)), (1950, "sheltered", ("Dnipro",))]
    assert figures("Some 800 villagers were still in camps.", headline="") == [(800, "people", "sheltered")]
    # camps of holidays, soldiers or prisoners are not where displaced people stay; schools hold pupils
    assert figures("Some 800 children are in summer camps.", headline="") == []
    assert figures("Some 800 soldiers are in army camps near the town.", headline="") == []
    assert figures("Some 800 children are in schools again.", headline="") == []


def test_a_count_in_shelters_by_its_own_verb_is_sheltered_after_an_evacuation():
    assert figures("Some 9,000 residents were evacuated and 3,400 remained in shelters.", headline="") == [
        (9000, "people", "evacuated"), (3400, "people", "sheltered")]
    assert figures("Some 9,000 residents were evacuated and 3,400 are still in evacuation centres.", headline="") == [
        (9000, "people", "evacuated"), (3400, "people", "sheltered")]
    # people evacuated to shelters, or another count where no shelter is named, keep the evacuation
    assert figures("Some 9,000 residents were evacuated to shelters in the town.", headline="") == [
        (9000, "people", "evacuated")]
    assert figures("Some 9,000 residents were evacuated and 3,400 were in need of shelter.", headline="") == [
        (9000, "people", "evacuated")]


@pytest.mark.parametrize("kind", ["safety", "relief", "welfare"])
def test_people_in_south_asian_shelter_centres_are_sheltered(kind):
    assert figures(f"Rains hit the south, with 12,500 people now in 210 {kind} centres.", headline="") == [
        (12500, "people", "sheltered")]


def test_a_centre_named_for_something_else_shelters_no_one():
    assert figures("Rains hit the south, with 12,500 people now in 210 polling centres.", headline="") == []


def test_a_tally_named_with_its_abbreviation_in_brackets_is_still_a_tally():
    assert figures("The number of internally displaced persons (IDPs) in the north has climbed to 640,000.") == [
        (640000, "people", "displaced")]
    # a figure in the brackets still breaks the tally: the value is not the tally's
    assert figures("The number of internally displaced persons (about 2 percent) fell as 640 soldiers arrived.") == []


def test_a_bare_figure_pushed_into_shelters_counts_people():
    assert figures("Rising rivers cut off 900,000 people and forced about 85,000 into 700 flood shelters.") == [
        (85000, "people", "sheltered")]
    # pushed anywhere else, a bare figure is still no count of people
    assert figures("Rising rivers cut off the towns and forced about 85,000 into the red this season.") == []
