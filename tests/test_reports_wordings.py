"""Movement reports, issue 5: wordings of agencies, flash updates and Spanish/French outlets that gave no
report before. Inputs are hand-written, not benchmark excerpts."""
import pytest

from gazetteer.model import Place
from geo.model import Document
from geo.reports import find_reports
from test_reports import ERBIL, GOMA, MOSUL, figures, only, reports_of
from test_reports_seeds import stub_mentions


@pytest.mark.parametrize("text, value, unit, term", [
    # French active and Spanish/French passive forms of displacing, relocating and sheltering
    ("Les inondations ont déplacé 5 000 personnes à Mosul.", 5000, "people", "displaced"),
    ("3 000 personnes ont été relogées après les crues.", 3000, "people", "relocated"),
    ("Unas 3.000 personas fueron reubicadas tras las lluvias.", 3000, "people", "relocated"),
    ("Quelque 3 000 personnes sont hébergées dans des écoles.", 3000, "people", "sheltered"),
    ("Se reportan 3.000 personas albergadas en Mosul.", 3000, "people", "sheltered"),
    ("Unas 3.000 personas se encuentran en albergues.", 3000, "people", "sheltered"),
    ("Unas 3.000 familias perdieron sus viviendas.", 3000, "families", "homeless"),
    # "moved ... to" with the people between the verb and the destination
    ("Authorities moved 3,000 residents to higher ground.", 3000, "people", "evacuated"),
    # a verb that puts people in a displaced state, or leaves them without homes
    ("Around 3,000 people were rendered homeless.", 3000, "people", "homeless"),
    ("The flooding has left 3,000 people without homes.", 3000, "people", "homeless"),
])
def test_wordings_that_move_people(text, value, unit, term):
    report = only(text)
    assert (report.count.value, report.unit, report.term) == (value, unit, term)


def test_leaving_homes_in_french_is_a_report():
    assert only("Près de 3 000 personnes ont dû quitter leurs maisons.").count.value == 3000


@pytest.mark.parametrize("text, value, unit, term", [
    # Spanish preterite and Portuguese forms of evacuating and destroying, as civil-protection bulletins write them
    ("La Defensa Civil evacuó a 640 familias de Mosul.", 640, "families", "evacuated"),
    ("A Defesa Civil evacuou 510 moradores em Mosul.", 510, "people", "evacuated"),
    ("Os bombeiros evacuaram 270 pessoas em Mosul.", 270, "people", "evacuated"),
    ("O temporal destruiu 95 casas em Mosul.", 95, "households", "destroyed housing"),
    ("As enxurradas destruíram 130 casas em Mosul.", 130, "households", "destroyed housing"),
    # Portuguese states: taken in at a centre, left without a home
    ("Cerca de 2.400 pessoas acolhidas em escolas de Mosul.", 2400, "people", "sheltered"),
    ("Mais de 760 famílias ficaram sem casa em Mosul.", 760, "families", "homeless"),
    ("Ao todo 380 pessoas estão sem teto em Mosul.", 380, "people", "homeless"),
])
def test_spanish_and_portuguese_verb_forms_and_states(text, value, unit, term):
    report = only(text)
    assert (report.count.value, report.unit, report.term) == (value, unit, term)


@pytest.mark.parametrize("text", [
    "Mosul tem 4 mil famílias sem casa própria na fila do programa habitacional.",  # a housing deficit, no one left
    "A escola pode acolher 300 pessoas em caso de enchente.",  # a capacity
    "O vendaval danificou 210 casas em Mosul.",  # damaged, not destroyed
])
def test_portuguese_housing_need_capacity_and_damage_are_no_reports(text):
    assert figures(reports_of(text)) == []


@pytest.mark.parametrize("text, value, low, unit, term", [
    # no headline: a Spanish, French or Portuguese disaster word opens the article as the English ones do
    ("Tras el terremoto, 1.200 personas fueron reubicadas en Mosul.", 1200, 1200, "people", "relocated"),
    # leaving one's home in French is a word of forced movement on its own
    ("Des centaines de personnes ont dû quitter leurs maisons à Mosul.", None, 200, "people", "displaced"),
    ("Après le séisme, 470 familles ont quitté leurs maisons à Mosul.", 470, 470, "families", "displaced"),
    # French and Portuguese homes lost
    ("À Mosul, 620 ménages ont perdu leurs maisons dans les inondations.", 620, 620, "households", "homeless"),
    ("Em Mosul, 310 famílias perderam suas casas na enchente.", 310, 310, "families", "homeless"),
])
def test_spanish_french_portuguese_disaster_articles_without_a_headline(text, value, low, unit, term):
    [report] = reports_of(text, headline="")
    assert (report.count.value, report.count.min, report.unit, report.term) == (value, low, unit, term)


@pytest.mark.parametrize("text", [
    "Las inundaciones afectaron a 15.000 personas en Mosul.",  # affected, not displaced
    "L'inondation a endommagé 300 maisons à Mosul.",  # damaged homes
    "A enchente deixou 4 mil pessoas sem energia em Mosul.",  # without power
    "Il a perdu son emploi et 300 personnes ont manifesté à Mosul.",  # lost a job, not a home
])
def test_disaster_articles_without_anyone_leaving_give_no_report(text):
    assert reports_of(text, headline="") == []


@pytest.mark.parametrize("text, value, term", [
    # French and Portuguese nouns of displacement and evacuation followed by their count, as Spanish "la evacuación de"
    ("Les affrontements ont entraîné le déplacement de 4 300 personnes à Mosul.", 4300, "displaced"),
    ("O conflito causou o deslocamento de 2.600 pessoas em Mosul.", 2600, "displaced"),
    ("Le préfet a ordonné l'évacuation de 950 habitants de Mosul.", 950, "evacuated"),
    ("Os bombeiros fizeram a evacuação de 380 moradores de Mosul.", 380, "evacuated"),
])
def test_french_and_portuguese_nouns_of_movement_before_their_count(text, value, term):
    report = only(text)
    assert (report.count.value, report.term) == (value, term)


def test_a_french_trip_is_no_displacement():
    assert reports_of("Le déplacement du ministre à Mosul a réuni 2 000 personnes.") == []


@pytest.mark.parametrize("text", [
    "El albergue del coliseo de Mosul tiene capacidad para 650 personas.",
    "El albergue del polideportivo puede albergar hasta 900 personas.",
    "O abrigo da escola de Mosul tem capacidade para 420 pessoas.",
    "Le site d'hébergement a une capacité d'accueil de 380 personnes.",
])
def test_spanish_portuguese_french_capacities_are_no_report(text):
    assert reports_of(text, headline="") == []


def test_people_received_beside_a_spanish_capacity_are_a_report():
    assert figures(reports_of("El coliseo puede albergar 800 personas y ya recibe 140 familias evacuadas.")) == [(140, 140, 140)]


@pytest.mark.parametrize("text", [
    "More than 1,500 evacuees are in Mosul.",
    "The province hosts 1,500 evacuees.",
])
def test_displaced_people_where_they_are_are_no_population(text):
    assert only(text).count.value == 1500


def test_a_tally_reached_is_its_value_not_people_reached():
    report = only("The number of IDPs has reached 3,000.")
    assert (report.count.value, report.unit) == (3000, "people")


def test_a_moved_part_of_people_who_did_not_move_is_a_report():
    report = only("Floods have affected 5,000 people, of whom 3,000 were displaced.")
    assert (report.count.value, report.term) == (3000, "displaced")


def test_a_part_of_moved_people_is_their_breakdown():
    report = only("Some 7,000 people were evacuated, of which 2,000 are staying with relatives.")
    assert (report.count.value, report.breakdown) == (7000, (("people", 2000),))


def test_pdi_is_a_word_of_forced_movement():
    [report] = reports_of("Les équipes ont recensé 12 400 PDI dans la province.", headline="Point de situation\n\n")
    assert (report.count.value, report.term) == (12400, "displaced")


@pytest.mark.parametrize("text", [
    "About 3,000 people are staying with relatives in Mosul.",
    "Some 3,000 people are living with host families.",
])
def test_people_staying_with_hosts_are_sheltered(text):
    report = only(text)
    assert (report.count.value, report.term) == (3000, "sheltered")


def test_helping_an_evacuation_is_no_aid_to_people_affected():
    assert only("The army helped evacuate 3,000 residents.").count.value == 3000


def test_a_count_of_shelters_in_a_table_is_no_count_of_people():
    [report] = reports_of("Evacuation centres: 45; evacuees: 3,000")
    assert (report.count.value, report.unit) == (3000, "people")


@pytest.mark.parametrize("text, term", [
    ("3,000 flee fighting in Mosul", "fled"),
    ("Thousands flee as fighting spreads", "fled"),
    ("3,000 ordered to evacuate as wildfire spreads", "evacuated"),
])
def test_a_headline_figure_before_its_verb_counts_people(text, term):
    assert only(text).term == term


def test_a_generic_mover_after_a_bare_figure_moves_no_people():
    assert reports_of("Threats rose: well over 100 sent to community centres since the evacuation.") == []


def test_parts_joined_by_and_are_one_breakdown():
    report = only("Some 5,400 people have been displaced, of which 3,100 are staying with relatives and 2,300 moved to camps.")
    assert (report.count.value, report.breakdown) == (5400, (("people", 3100), ("people", 2300)))


def test_a_moved_part_in_evacuation_centres_of_affected_families():
    report = only("Officials reported 3,000 families or 12,000 persons affected, of which 800 families are inside "
                  "evacuation centers.")
    assert (report.count.value, report.unit, report.term) == (800, "families", "sheltered")


@pytest.mark.parametrize("text", [
    "Some 400 fighters and their families left Mosul for Raqqa.",
    "Some 400 fighters along with their children left Mosul for Raqqa.",
])
def test_fighters_moving_with_their_kin_are_counted_as_people(text):
    report = only(text)
    assert (report.count.value, report.unit) == (400, "people")


def test_fighters_alone_stay_fighters():
    assert only("Some 400 fighters left Mosul for Raqqa.").unit == "fighters"


@pytest.mark.parametrize("text, value, term", [
    ("Some 2,300 took refuge in a mosque after the shelling.", 2300, "sheltered"),
    ("About 1,800 lost their houses when the dam burst.", 1800, "homeless"),
    ("Nearly 650 slept in their cars on the first night.", 650, "homeless"),
    ("Around 4,200 crowded into relief shelters overnight.", 4200, "sheltered"),
])
def test_a_bare_figure_before_a_verb_into_a_state_of_displacement_counts_people(text, value, term):
    report = only(text)
    assert (report.count.value, report.unit, report.term) == (value, "people", term)


def test_a_bare_figure_crowding_into_no_shelter_is_no_report():
    assert reports_of("Some 2,300 crowded into the stadium for the final.") == []


@pytest.mark.parametrize("text, value, unit", [
    ("Some 340 families were taken from their homes by boat.", 340, "families"),
    ("Volunteers carried 95 residents from their flooded houses.", 95, "people"),
    ("Firefighters took 85 residents from the burning neighbourhood.", 85, "people"),
    ("Crews moved 70 families off rooftops and from the inundated streets.", 70, "families"),
])
def test_people_carried_from_flooded_homes_or_by_boat_were_evacuated(text, value, unit):
    report = only(text)
    assert (report.count.value, report.unit, report.term) == (value, unit, "evacuated")


def test_people_taken_from_their_homes_without_a_flood_or_a_boat_may_be_abducted():
    assert reports_of("Gunmen took 30 villagers from their homes at night.") == []


@pytest.mark.parametrize("text, unit", [
    ("About 500 refugee families were evacuated from the camp.", "families"),
    ("Some 120 family members fled the village.", "people"),
    ("Some 300 rebel fighters withdrew from the town.", "fighters"),
])
def test_a_singular_people_noun_before_a_plural_noun_only_modifies_it(text, unit):
    assert only(text).unit == unit


def test_fighter_pilots_are_no_fighters():
    assert reports_of("Hundreds of fighter pilots left the base for the capital.") == []


@pytest.mark.parametrize("text", [
    "Tens of thousands streamed out of the town before the shelling.",
    "Thousands poured across the border overnight.",
])
def test_a_bare_figure_before_a_generic_mover_out_of_a_place_counts_people(text):
    assert only(text).unit == "people"


@pytest.mark.parametrize("text", [
    "Thousands poured into the streets after the evacuation.",
    "Thousands spilled out of the stadium before the evacuation.",
])
def test_a_bare_figure_before_a_generic_mover_elsewhere_still_counts_no_people(text):
    assert reports_of(text) == []


def test_a_bare_part_of_a_whole_keeps_the_whole_unit():
    report = only("Heavy rains have affected 12,000 families, of whom 3,400 are staying in evacuation centres.")
    assert (report.count.value, report.unit, report.term) == (3400, "families", "sheltered")


@pytest.mark.parametrize("text", ["A preventive evacuation of 3,000 people was carried out.",
                                  "A preventative evacuation of 3,000 people began on Monday."])
def test_a_preventive_evacuation_is_no_negation(text):
    assert only(text).count.value == 3000


def test_preventing_an_evacuation_still_negates_it():
    assert reports_of("The barriers prevented the evacuation of 3,000 people.") == []


@pytest.mark.parametrize("text, whole, part", [
    ("Some 2,600 were displaced, 700 of whom are in camps.", 2600, 700),
    ("About 5,200 residents have fled, 1,900 of them to the capital.", 5200, 1900),
])
def test_a_part_counted_after_its_whole_is_its_breakdown(text, whole, part):
    report = only(text)
    assert (report.count.value, report.breakdown) == (whole, (("people", part),))


@pytest.mark.parametrize("text, part_term", [
    ("About 2,000 families fled in March and 500 of them have since returned home.", "returned"),
    ("Some 4,000 people fled the fighting, 3,000 of whom crossed the border.", "crossed"),
])
def test_a_part_that_moves_on_its_own_is_its_own_report(text, part_term):
    assert [r.term for r in reports_of(text)][-1] == part_term


@pytest.mark.parametrize("text, value, unit, equivalent", [
    ("About 3,100 people in 640 households were evacuated.", 3100, "people", (("households", 640),)),
    ("Nearly 230 families – about 1,150 people – fled the clashes.", 230, "families", (("people", 1150),)),
    # the people a count of households covers, later in its clause
    ("Officials said 2,900 households had been told to leave by noon, covering about 8,500 people.", 2900,
     "households", (("people", 8500),)),
    ("Some 750 families were moved to higher ground on Sunday, comprising 3,200 people.", 750, "families",
     (("people", 3200),)),
    # after a dash, no comma
    ("Since March, 1,420 families—comprising 7,050 individuals—have been relocated to Alpha camp.", 1420, "families",
     (("people", 7050),)),
])
def test_the_same_people_counted_in_households_or_between_dashes_are_one_report(text, value, unit, equivalent):
    report = only(text)
    assert (report.count.value, report.unit, report.equivalent) == (value, unit, equivalent)


def test_a_place_after_a_dash_comprising_people_is_no_equivalent_of_households():
    report = reports_of("About 1,420 families were relocated to Lakeside – a town comprising 7,050 people.")[0]
    assert (report.count.value, report.equivalent) == (1420, ())


def test_people_after_households_in_another_clause_are_not_their_equivalent():
    reports = reports_of("About 900 households were evacuated on Friday, and 2,500 people fled on Saturday.")
    assert [(r.count.value, r.equivalent) for r in reports] == [(900, ()), (2500, ())]


@pytest.mark.parametrize("text", ["Thousands were trapped in the town, while 12,000 managed to escape.",
                                  "Some 3,400 tried to flee across the river."])
def test_a_bare_figure_managing_or_trying_to_move_counts_people(text):
    report = only(text)
    assert (report.unit, report.term) == ("people", "fled")


@pytest.mark.parametrize("text, value, unit, term", [
    ("Cerca de 2.400 pessoas deixaram suas casas após as chuvas.", 2400, "people", "evacuated"),
    ("Mais de 520 famílias foram removidas das áreas de risco.", 520, "families", "displaced"),
    ("Cerca de 1.300 pessoas estão em abrigos.", 1300, "people", "sheltered"),
    ("Cerca de 700 pessoas foram abrigadas em escolas.", 700, "people", "sheltered"),
])
def test_portuguese_wordings_of_leaving_removal_and_shelter(text, value, unit, term):
    report = only(text)
    assert (report.count.value, report.unit, report.term) == (value, unit, term)


def test_people_put_on_buses_or_boats_were_relocated():
    report = only("Some 320 residents were put on boats.")
    assert (report.count.value, report.unit, report.term) == (320, "people", "relocated")


@pytest.mark.parametrize("text, figures_and_status", [
    # "N more" after a verb: more of the people before, in a clause of its own
    ("About 600 residents were moved from Mosul to Erbil, and officials plan to move 2,000 more to Erbil next month.",
     [(600, "completed"), (2000, "planned")]),
    ("Some 300 families have left Aleppo, and the UN said it would evacuate 1,000 more by Friday.",
     [(300, "completed"), (1000, "planned")]),
    # not "N more" before a noun of another unit
    ("Some 300 families have left Aleppo, which took 20 more minutes than planned.", [(300, "completed")]),
])
def test_a_second_clause_of_n_more_is_its_own_report(text, figures_and_status):
    assert [(r.count.value, r.status) for r in reports_of(text)] == figures_and_status


def test_two_words_joined_by_and_may_describe_the_people_counted():
    assert figures(reports_of("Some 400 elderly and disabled residents were evacuated from Mosul to Erbil.")) == [
        (400, 400, 400)]
    assert figures(reports_of("A first group of 250 sick or elderly civilians will be moved to Erbil on Monday.")) == [
        (250, 250, 250)]
    # a casualty figure before "and" is no description; nor are homes counted after the pair
    reports = reports_of("Floods left three wounded and 150 houses destroyed, and 2,000 people fled Mosul.")
    assert 3 not in [f[0] for f in figures(reports) if f]


def test_people_described_by_where_they_had_been_living_then_moved_are_a_report():
    [report] = reports_of("About 1,800 Ukrainian returnees who had been living in Poland have arrived in Kharkiv.")
    assert (report.count.value, report.term) == (1800, "returned")
    assert figures(reports_of("Some 900 families who had lived near the river were evacuated to Erbil.")) == [
        (900, 900, 900)]
    # where they lived, with no movement after it, stays a population
    assert reports_of("Some 5,000 people who had been living in Mosul for years attended the rally.") == []


@pytest.mark.parametrize("text", [
    "Some 900 families living in Goma returned to their villages.",
    "Some 900 families who lived in Goma returned to their villages on Monday.",
    "Some 900 families living near Goma fled on Sunday.",
])
def test_people_told_by_where_they_lived_then_moved_with_no_auxiliary_left_that_place(text):
    # their own verb right after the place they lived in: where they lived is the origin
    [report] = reports_of(text)
    assert (report.count.value, report.unit, report.origin) == (900, "families", GOMA)


@pytest.mark.parametrize("text", [
    "Some 900 families living in Goma received food aid.",
    "Some 900 families living in camps for displaced people near Goma received food aid.",
    "Some 900 families living in flooded areas of Goma received tents.",
])
def test_people_told_by_where_they_live_whose_own_verb_is_no_movement_are_a_population(text):
    assert [r.count for r in reports_of(text) if r.count is not None] == []


@pytest.mark.parametrize("text, value, destination", [
    ("Some 2,400 Rwandans who lived in Goma have crossed into Rwanda.", 2400, "Rwanda"),
    ("About 900 people who live in Kharkiv have crossed into Poland.", 900, "Poland"),
])
def test_people_told_by_where_they_lived_who_crossed_a_border_are_a_report(text, value, destination):
    # no word of forced movement in the headline: the crossing of a nation's people is one
    [report] = reports_of(text, headline="World news\n\n")
    assert (report.count.value, report.term, [p.name for p in report.destinations]) == (value, "crossed", [destination])


@pytest.mark.parametrize("text, value", [
    ("Some 8,000 Ukrainians had entered Poland through the Medyka crossing.", 8000),
    ("Officials said 2,300 Congolese and 1,100 Burundians entered Rwanda via the Rubavu border post.", 2300),
    ("Around 4,000 people have entered neighbouring Rwanda since Monday.", 4000),
    ("More than 6,500 refugees entered the country at the main checkpoint.", 6500),
    ("Officials said 3,200 refugees had entered through the Rubavu border crossing by Friday.", 3200),
    # a country named bare, then the clause ends or its time frame follows
    ("Officials said over 7,500 refugees entered Burundi.", 7500),
    ("Some 2,600 Congolese have entered Rwanda since Sunday, officials said.", 2600),
])
def test_people_who_entered_a_country_through_a_border_crossing_crossed(text, value):
    reports = reports_of(text, headline="World news\n\n")
    assert (reports[0].count.value, reports[0].term) == (value, "crossed")


@pytest.mark.parametrize("text", [
    "Some 21,000 Rwandans live in Goma.",
    "Some 3,000 fans entered the stadium through the main gate.",
    "About 1,500 people entered the race in Kharkiv.",
    # a word of forced movement in the sentence, but what was entered is no place
    "Some 1,500 former refugees entered politics.",
    "About 3,000 refugee children have entered school since Monday.",
    "Some 3,000 refugees reportedly entered government-held areas, while others fled deeper into the hills.",
    "Some 2,000 Poles who lived in Kharkiv attended the concert.",
])
def test_entering_a_building_or_a_race_or_living_somewhere_is_no_crossing(text):
    assert reports_of(text, headline="World news\n\n") == []


@pytest.mark.parametrize("text, value, term", [
    ("Mosul now hosts more than 85,000 people, most of them displaced from nearby villages.", 85000, "displaced"),
    ("Erbil hosts 40,000 residents, the vast majority of whom fled the fighting in Mosul.", 40000, "fled"),
    ("The district hosts some 9,000 people, nearly all of them displaced by the floods.", 9000, "displaced"),
])
def test_a_place_hosting_people_most_of_whom_were_displaced_is_a_report(text, value, term):
    report = only(text)
    assert (report.count.value, report.term) == (value, term)


@pytest.mark.parametrize("text", [
    "Mosul now hosts more than 85,000 people.",
    "Mosul hosts 85,000 people, most of them farmers.",
    "Mosul hosts 85,000 people, half of them displaced from nearby villages.",
    "Erbil hosts a conference on displacement for 3,000 delegates.",
])
def test_a_place_hosting_people_not_said_to_be_displaced_is_a_population(text):
    assert reports_of(text) == []


@pytest.mark.parametrize("text, value", [
    ("The offensive pushed some 60,000 people into the southern strip near Mosul.", 60000),
    ("Fighting had forced 8,000 villagers into a narrow coastal zone west of Erbil.", 8000),
    ("The militia drove about 3,500 residents into the hills above Goma.", 3500),
])
def test_people_forced_or_pushed_into_a_place_fled(text, value):
    report = only(text)
    assert (report.count.value, report.term, report.status) == (value, "fled", "completed")


@pytest.mark.parametrize("text", [
    "The war has pushed 2 million people into poverty in Mosul.",
    "The militia forced 500 villagers into labour near Goma.",
    "The crisis drove 40,000 families into debt.",
])
def test_people_pushed_into_a_state_did_not_move(text):
    assert reports_of(text) == []


def test_a_count_after_saying_is_what_is_said_not_its_object():
    reports = reports_of("Officials put the number higher, saying 2,300 Congolese and 1,100 Burundians had entered "
                         "through the Rubavu border crossing.")
    assert [(r.count.value, r.term) for r in reports] == [(2300, "crossed"), (1100, "crossed")]


@pytest.mark.parametrize("text, value, term", [
    ("Officials ordered the evacuation of about 4,200 after the dam cracked.", 4200, "evacuated"),
    ("The storm surge forced the evacuation of 1,300 in the lowlands.", 1300, "evacuated"),
    ("The fighting caused the displacement of some 9,000.", 9000, "displaced"),
])
def test_a_bare_figure_after_a_nominal_movement_counts_its_people(text, value, term):
    report = only(text)
    assert (report.count.value, report.unit, report.term) == (value, "people", term)


@pytest.mark.parametrize("text", [
    "The flood forced the closure of 300 after the storm.",
    "The storm forced the cancellation of 1,300 after the floods.",
    "The flood damaged 300 and forced the evacuation of 120 homes.",
])
def test_a_bare_figure_after_another_noun_counts_no_people(text):
    assert all(r.unit != "people" for r in reports_of(text))


@pytest.mark.parametrize("text, value", [
    ("Temporary shelters in Tarvel, a coastal town, housed some 640 people after the cyclone.", 640),
    ("Evacuation centres in Onmore and Brisk hosted more than 230 people after the floods.", 230),
])
def test_a_shelter_that_housed_people_shelters_them(text, value):
    report = only(text)
    assert (report.count.value, report.unit, report.term) == (value, "people", "sheltered")


@pytest.mark.parametrize("text", [
    "The stadium in the city hosted 40,000 fans after the floods.",
    "The convention centre in the capital hosted 5,000 delegates after the floods.",
    "Evacuation centres in the province can accommodate 3,000 people after the floods.",
    "The town in the valley houses 5,000 people, officials said after the floods.",
])
def test_a_venue_or_a_capacity_houses_no_one_displaced(text):
    assert reports_of(text) == []


@pytest.mark.parametrize("text, value", [
    ("The fighting forced about 2,500 residents of the eastern districts from their villages.", 2500),
    ("Militias drove some 1,800 inhabitants of the upper valley out of their homes.", 1800),
])
def test_people_forced_out_of_their_homes_past_a_phrase_locating_them_fled(text, value):
    report = only(text)
    assert (report.count.value, report.unit, report.term) == (value, "people", "fled")


def test_people_forced_to_do_something_at_home_did_not_move():
    assert reports_of("Officials forced some 1,000 residents of the district to pay new taxes on their homes.") == []


@pytest.mark.parametrize("text, value", [
    ("The landslide destroyed the homes of some 1,350 people in the hills.", 1350),
    ("The houses of 2,700 villagers were washed away by the river.", 2700),
])
def test_people_whose_homes_were_destroyed_are_homeless(text, value):
    report = only(text)
    assert (report.count.value, report.unit, report.term) == (value, "people", "homeless")


@pytest.mark.parametrize("text", [
    "The storm damaged the homes of some 1,350 people in the hills.",
    "The houses of 2,700 villagers were flooded by the river.",
    "The governor visited the homes of 1,350 people after the storm.",
])
def test_people_whose_homes_were_only_damaged_or_visited_are_not_homeless(text):
    assert reports_of(text) == []


def test_a_total_of_stands_between_a_movement_and_its_count():
    report = only("Rescue teams evacuated a total of 4,150 residents and treated 90 for injuries.")
    assert (report.count.value, report.term) == (4150, "evacuated")


@pytest.mark.parametrize("text", [
    "The storm affected a total of 4,150 residents and damaged 90 bridges.",
    "Volunteers fed a total of 4,150 residents and cleared 90 roads after the floods.",
])
def test_a_total_of_after_another_verb_counts_no_one_moved(text):
    assert all(r.count is None or r.count.value != 4150 for r in reports_of(text))


@pytest.mark.parametrize("text, value", [
    ("Crews moved some 2,300 residents out of inundated villages on Sunday.", 2300),
    ("About 640 people were ferried from submerged districts overnight.", 640),
])
def test_people_moved_out_of_inundated_areas_open_the_gate(text, value):
    assert [r.count.value for r in reports_of(text, headline="")] == [value]  # no headline: the sentence is the article


def test_cattle_moved_out_of_inundated_areas_are_no_people():
    assert reports_of("Farmers moved 2,300 cattle out of inundated villages on Sunday.", headline="") == []


@pytest.mark.parametrize("text, value, headline", [
    # relief camps need no word of forced movement elsewhere; schools do
    ("Some 6,300 people are staying in the 1,240 relief camps opened by the district.", 6300, ""),
    ("About 9,100 residents remain in the 2,050 schools turned into shelters.", 9100, "Evacuation news\n\n"),
])
def test_a_count_of_the_shelters_people_stay_in_is_no_word_between(text, value, headline):
    [report] = reports_of(text, headline=headline)
    assert (report.count.value, report.unit, report.term) == (value, "people", "sheltered")


@pytest.mark.parametrize("text", [
    "Some 6,300 soldiers remain in the 1,240 army camps.",
    "Some 6,300 people live in the 1,240 villages of the district.",
])
def test_a_count_of_other_places_people_stay_in_is_no_shelter(text):
    assert reports_of(text, headline="") == []


@pytest.mark.parametrize("text, value, unit", [
    ("Displaced families numbered 2,140 in the eastern districts.", 2140, "families"),
    ("Displaced households totalled 3,260 by Friday.", 3260, "households"),
    ("Displaced people now number 12,500 after the floods.", 12500, "people"),
])
def test_a_tally_named_by_displaced_people_and_their_noun_counts_them(text, value, unit):
    report = only(text)
    assert (report.count.value, report.unit, report.term) == (value, unit, "displaced")


def test_displaced_people_reaching_a_town_is_no_tally():
    assert all(r.count is None for r in reports_of("Displaced people reached the town of 12,500 residents."))


@pytest.mark.parametrize("text, term", [
    ("The number of homes destroyed by the landslides rose to 1,260.", "destroyed housing"),
    ("The number of destroyed houses in the district stands at 1,260.", "destroyed housing"),
    ("The number of homes evacuated along the river reached 1,260.", "evacuated"),
])
def test_a_tally_of_homes_counts_them_with_their_fate(text, term):
    report = only(text)
    assert (report.count.value, report.term) == (1260, term)


@pytest.mark.parametrize("text", [
    "The number of damaged houses in the district rose to 1,260.",
    "The number of homes without power rose to 1,260 after the storm.",
])
def test_a_tally_of_homes_damaged_or_without_power_displaces_no_one(text):
    assert reports_of(text) == []


@pytest.mark.parametrize("text, value, unit", [
    ("Number of displaced people in the northern district: 4,310", 4310, "people"),
    ("Families evacuated by the army from the valley: 920", 920, "families"),
])
def test_a_label_counts_its_own_words_not_its_prepositions(text, value, unit):
    report = only(text)
    assert (report.count.value, report.unit) == (value, unit)


@pytest.mark.parametrize("text", [
    "Number of people injured in the province by the quake: 40",
    "Number of roads blocked by the floods in the district: 40",
    "Number of people who left the city for the holidays on Friday: 4,000",
])
def test_a_longer_label_without_a_movement_or_of_harm_counts_no_one_moved(text):
    assert reports_of(text, headline="") == []


@pytest.mark.parametrize("text, value", [
    ("Some 1,800 survivors of the mudslide are staying in hotels across Salta.", 1800),
    ("About 650 evacuees from the dam breach remain in motel rooms in Fresno.", 650),
    ("Nearly 400 families whose homes burned are living in local hotels.", 400),
])
def test_people_driven_from_homes_staying_in_hotels_are_sheltered(text, value):
    report = only(text)
    assert (report.count.value, report.term) == (value, "sheltered")


@pytest.mark.parametrize("text", [
    "Some 1,800 tourists are staying in hotels across Salta.",
    "About 650 guests remain in hotel rooms in Fresno after flights were cancelled.",
    "Nearly 400 delegates are living in local hotels during the summit.",
    "Some 1,800 people are staying in hotels across Salta for the festival.",
])
def test_guests_tourists_and_visitors_in_hotels_are_no_displacement(text):
    assert reports_of(text) == []


@pytest.mark.parametrize("text, value, place", [
    ("Rwanda has received 41,300 refugees, the agency said.", 41300, "Rwanda"),
    ("Since the fighting began, Poland has taken in more than 90,000 refugees.", 90000, "Poland"),
    ("Erbil welcomed some 2,500 new refugees in the past week.", 2500, "Erbil"),
])
def test_refugees_a_place_received_went_there(text, value, place):
    report = only(text)
    assert (report.count.value, report.term, [p.name for p in report.destinations]) == (value, "fled", [place])


@pytest.mark.parametrize("text", [
    "The agency received $4 million for refugees in Chad.",
    "Chad has received 41,300 refugees' applications for asylum.",
    "Chad hosts 41,300 refugees, the agency said.",
    "The camp received 3,000 tonnes of food for refugees.",
])
def test_money_applications_or_stocks_of_refugees_are_no_arrivals(text):
    assert reports_of(text) == []


@pytest.mark.parametrize("text, value", [
    ("Border guards recorded 48,200 entries from Ukraine on Monday.", 48200),
    ("Police counted 12,500 border crossings into Poland over the weekend.", 12500),
])
def test_border_entries_and_crossings_from_or_into_a_place_are_people_who_crossed(text, value):
    report = only(text)
    assert (report.count.value, report.unit, report.term) == (value, "people", "crossed")


@pytest.mark.parametrize("text", [
    "Ukraine has 14 border crossings into Poland.",
    "Officials counted 4,500 truck entries from Ukraine on Sunday.",
    "The photo contest drew 3,000 entries from France.",
    "Police counted 12,500 border crossings at the main checkpoints.",
])
def test_crossing_points_vehicles_and_entries_to_no_place_are_no_people(text):
    assert reports_of(text) == []


@pytest.mark.parametrize("text", [
    "The ministry sent another 800 troops to the flooded valley near Mosul.",
    "Kyiv is sending 3,000 soldiers to Kharkiv.",
])
def test_troops_sent_somewhere_are_deployed_not_displaced(text):
    assert reports_of(text) == []


@pytest.mark.parametrize("text, term", [
    ("About 1,500 soldiers were evacuated from the base near Mosul.", "evacuated"),
    ("Some 600 troops withdrew from Kharkiv.", "withdrew"),
    ("The government sent 2,000 residents to camps near Mosul.", "evacuated"),
])
def test_soldiers_evacuated_or_withdrawn_and_people_sent_still_move(text, term):
    assert only(text).term == term


@pytest.mark.parametrize("text", [
    "About 3,000 students went to school in Erbil on Monday.",
    "About 3,000 workers went back to work in Erbil.",
    "Students went back to school in Erbil on Monday.",
    "Students returned to school in Erbil on Monday.",
])
def test_going_back_to_school_or_work_is_daily_life(text):
    assert reports_of(text) == []


@pytest.mark.parametrize("text", [
    "The money went to 3,000 families in Erbil.",
    "Relief went to some 3,000 families in Erbil.",
])
def test_a_count_a_generic_verb_goes_to_received_something(text):
    assert reports_of(text) == []


def test_going_to_relatives_moves_people_and_going_back_is_a_return():
    went = only("About 3,000 residents of Mosul went to relatives in Erbil.")
    assert (went.count.value, went.destinations, went.term) == (3000, (ERBIL,), "evacuated")  # the article's term
    back = only("About 3,000 refugees went back to Mosul on Monday.")
    assert (back.count.value, back.destinations, back.term) == (3000, (MOSUL,), "returned")
    home = only("About 3,000 evacuees headed home to Mosul.")
    assert home.term == "returned"


KUTUPALONG = Place("evacmap:kutupalong", "Kutupalong", 21.21, 92.16, "site", "BD")
IRAQ = Place("geonames:99237", "Iraq", 33.0, 44.0, "country", "IQ")


def hosted_reports(text: str):
    doc = Document("doc", "Refugees fled the fighting.\n\n" + text)
    return find_reports(doc, stub_mentions(doc, {"Kutupalong": KUTUPALONG, "Erbil": ERBIL, "Mosul": MOSUL, "Iraq": IRAQ}))


@pytest.mark.parametrize("text, value, destination", [
    ("Kutupalong is home to 600,000 Rohingya.", 600000, KUTUPALONG),  # a camp holds any people
    ("The camp near Erbil now hosts 12,000 refugees.", 12000, ERBIL),
    ("Erbil hosts 250,000 Syrian refugees.", 250000, ERBIL),  # a town holds people named as displaced
    ("The Debaga camp in Erbil houses some 12,000 displaced people from Mosul.", 12000, ERBIL),
    # a camp or site "of" its people holds them
    ("Near Erbil, a spontaneous site of some 18,000 people has formed.", 18000, ERBIL),
    ("A new camp of 5,000 people has sprung up outside Erbil.", 5000, ERBIL),
])
def test_a_camp_or_town_holding_displaced_people_is_a_sheltered_report(text, value, destination):
    [report] = [r for r in hosted_reports(text) if r.count is not None]
    assert (report.count.value, report.term, report.status, report.destinations) == (
        value, "sheltered", "completed", (destination,))


def test_where_people_held_in_a_camp_came_from_is_their_origin():
    [report] = [r for r in hosted_reports("The camp in Erbil houses some 12,000 displaced people from Mosul.")
                if r.count is not None]
    assert report.origin == MOSUL


@pytest.mark.parametrize("text", [
    "Erbil is home to 1.5 million people.",  # a town's population
    "Iraq hosts 250,000 Syrian refugees.",  # a nation's tally, not where a flow ends
    "The stadium in Erbil hosts 12,000 fans.",
    "A training camp of 300 recruits opened near Erbil.",  # a camp for other ends
    "Erbil, a town of 12,000 people, was spared.",
])
def test_a_population_or_a_nations_tally_is_no_sheltered_report(text):
    assert [r.count for r in hosted_reports(text) if r.count is not None] == []


@pytest.mark.parametrize("text, held", [
    ("The settlement outside Erbil now hosts 9,000 refugees.", 9000),  # named as displaced: sheltered there
    ("The transit settlement near Erbil is home to some 4,000 people.", 4000),  # a settlement for displaced people
    ("The informal settlement near Erbil is home to some 8,000 people.", None),  # a slum's population
    ("The hillside settlement near Erbil is home to 6,000 Iraqis.", None),  # a village's own people
])
def test_a_settlement_holds_displaced_people_only_when_it_names_them_or_is_one_for_them(text, held):
    assert [r.count.value for r in hosted_reports(text) if r.count is not None] == ([held] if held else [])


def test_people_a_camp_holds_whose_relative_clause_moves_them_are_that_movement():
    [report] = [r for r in hosted_reports("The camp near Erbil hosts 12,000 refugees who fled Mosul.") if r.count]
    assert (report.term, report.origin) == ("fled", MOSUL)


def test_where_people_lived_told_in_an_aside_is_their_origin():
    # the aside between commas is their earlier stay, not a clause about something else
    [report] = reports_of("Some 900 families, who had lived in Goma, returned to their villages.")
    assert (report.count.value, report.origin, report.destinations) == (900, GOMA, ())


@pytest.mark.parametrize("text", [
    "About 3,000 voters went to the polls in Erbil.",
    "About 300 people went to court in Erbil over the evictions.",
    "Officials went to great lengths to help 3,000 people in Erbil.",
])
def test_going_to_the_polls_to_court_or_to_great_lengths_moves_no_one(text):
    assert [r.count for r in reports_of(text) if r.count is not None] == []


def test_the_figure_alone_is_the_tally_of_the_movement_its_sentence_tells_with_its_clause_source():
    """"the figure" or "the number" with its value counts the people of the movement told: a second estimate,
    credited to the clause's own source ("passed 7,500": more than 7,500)."""
    first, second = reports_of("The council said 6,000 people had left Mosul since Friday, while the governor said "
                               "the number had passed 7,500.")
    assert figures([first, second]) == [(6000, 6000, 6000), (7500, 7500, None)]
    assert (second.origin, second.term, second.attributed_to) == (MOSUL, first.term, "governor")
    assert first.attributed_to == "council"


def test_a_sentence_giving_the_figure_alone_restates_the_movement_before_it():
    first, again = reports_of("The council said about 6,000 people were evacuated from Mosul to Erbil.\n\n"
                              "The governor put the figure at 7,500.")
    assert figures([again]) == [(7500, 7500, 7500)]
    assert (again.origin, again.destinations, again.term, again.status) == (MOSUL, (ERBIL,), first.term, first.status)
    assert (again.attributed_to, again.quote) == ("governor", "The governor put the figure at 7,500.")


@pytest.mark.parametrize("text", [
    "The council said about 6,000 people were evacuated from Mosul.\n\nThe death toll rose to 70.",
    "The council said about 6,000 people were evacuated from Mosul.\n\nThe number of schools reached 70.",
    "Residents were evacuated from Mosul.\n\nThe governor put the figure at 7,500.",  # no figure before to restate
])
def test_a_toll_a_tally_of_other_things_or_nothing_counted_before_restates_no_movement(text):
    assert all(r.count is None or r.count.value == 6000 for r in reports_of(text))



@pytest.mark.parametrize("text", [
    "Shelling wrecked two more bridges near Mosul on Friday, bringing the total to 9 crossings lost this month, and "
    "sent about 6,000 people fleeing to Erbil.",
    "About 6,000 people fled Mosul for Erbil on Friday as four new fires broke out, bringing the total to 15.",
    "About 6,000 people fled Mosul for Erbil on Friday as another three wells ran dry, bringing the total to 15.",
    "About 6,000 people fled Mosul for Erbil. Rescuers recovered the bodies of two more people on Friday, bringing the "
    "total to 15.",
    "About 6,000 people fled Mosul for Erbil. Two more people were killed on Friday, bringing the total to 15.",
])
def test_the_total_of_things_its_value_names_or_an_increment_of_things_or_dead_adds_up_is_no_report(text):
    assert figures(reports_of(text)) == [(6000, 6000, 6000)]


@pytest.mark.parametrize("text", [
    "About 6,000 people fled Mosul for Erbil on Friday, bringing the total to 15,000.",
    "About 6,000 more people fled Mosul for Erbil on Friday, bringing the total to 15,000 people.",
])
def test_the_total_after_people_who_moved_counts_them(text):
    assert [r.count.value for r in reports_of(text)] == [6000, 15000]


@pytest.mark.parametrize("text", [
    "About 400 residents who had been hiding in cellars in Mosul have reached Erbil.",
    "Some 400 people who had been sheltering for months in Mosul arrived in Erbil on Sunday.",
])
def test_where_people_had_been_hiding_or_sheltering_before_a_move_is_its_origin(text):
    [report] = reports_of(text)
    assert (report.count.value, report.origin, report.destinations) == (400, MOSUL, (ERBIL,))


@pytest.mark.parametrize("text, term", [
    ("Around 250 families who had been sheltering in a mosque in Mosul arrived in Erbil overnight.", "evacuated"),
    ("Nearly 90 villagers who had been living in tents near Mosul have reached Erbil.", "evacuated"),
    ("Around 250 families who had fled Mosul arrived in Erbil overnight.", "fled"),  # the same journey's word
    ("Around 250 families in Mosul's mosques were sheltered after the shelling.", "sheltered"),
])
def test_where_people_stayed_before_an_arrival_names_no_term_for_it(text, term):
    """An arrival takes its term from the movement told, not from a state describing its people before it."""
    assert [r.term for r in reports_of(text) if r.count is not None] == [term]


def test_people_who_had_been_hiding_and_did_not_move_are_no_report_of_a_move():
    """A clause of where people hid describes them: a verb after it that moves no one gives no movement."""
    assert [r.count for r in reports_of("Some 400 people who had been hiding in cellars in Mosul received food.")
            if r.count is not None and r.term != "sheltered"] == []


@pytest.mark.parametrize("text, found", [
    # a bare figure that opens a relative clause on a place ("where") is its subject: people who arrived there
    ("Thousands fled Mosul. Most reached Erbil, where over 6,000 have arrived since Monday.", [(None, 2000, 9999), (6000, 6000, None)]),
    # negatives: the people of such a clause who died, or watched a match, did not move
    ("Thousands fled Mosul. Most reached Erbil, where over 6,000 have died since Monday.", [(None, 2000, 9999)]),
    ("Thousands fled Mosul. The stadium in Erbil, where 6,000 watched the match, was evacuated.", [(None, 2000, 9999)]),
])
def test_a_bare_figure_after_where_is_its_clause_subject(text, found):
    assert figures(reports_of(text)) == found
