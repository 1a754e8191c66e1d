"""Movement reports, issue 5: terms, housing, units kept apart, affected people, where it happened,
causes and conditionals, relative dates. Inputs are hand-written, not benchmark excerpts."""
from datetime import date

import pytest

from geo.status import status_of
from geo.vocabulary import MOVEMENT, movement_words, sentence_movements
from test_reports import ALEPPO, KHARKIV, MOSUL, figures, only, reports_of


@pytest.mark.parametrize("text, term", [
    ("Some 3,000 people were evacuated from Mosul.", "evacuated"),
    ("About 1,200 residents fled Aleppo overnight.", "fled"),
    ("The fighting displaced 40,000 people in Mosul.", "displaced"),
    ("Around 600 fighters withdrew from Aleppo.", "withdrew"),
    ("Authorities deported 150 migrants to Poland.", "deported"),
    ("About 5,000 refugees returned to Kharkiv.", "returned"),
    ("Some 800 people have crossed into Poland.", "crossed"),
    ("The floods forced 17,000 people to leave their homes in Mosul.", "fled"),
    ("Some 900 people were forced into temporary shelters in Mosul.", "sheltered"),
    ("The storm left 450 people homeless in Mosul.", "homeless"),
])
def test_term_is_the_kind_of_movement_as_reported(text, term):
    assert only(text).term == term


@pytest.mark.parametrize("text, term", [
    # people displaced in relief camps or evacuation centres are sheltered there
    ("Some 41,200 people are displaced in government relief camps near Mosul.", "sheltered"),
    ("About 3,800 residents remain displaced in 12 evacuation centres in Mosul.", "sheltered"),
    # negatives: displaced in a place, or displaced and then moved to camps, stay displaced
    ("About 3,800 residents remain displaced in the province of Mosul.", "displaced"),
    ("The floods displaced 3,800 residents of Mosul, who later moved to relief camps.", "displaced"),
])
def test_people_displaced_in_relief_camps_are_sheltered_there(text, term):
    assert only(text).term == term


@pytest.mark.parametrize("text, term", [
    # people named by their movement keep its term under a generic verb; "forcibly" moved people were deported
    ("A further 4,000 refugees have arrived in Kharkiv.", "fled"),
    ("Some 1,300 returnees reached Mosul on Friday.", "returned"),
    ("Up to 9,000 new arrivals have reached Poland in the past week.", "crossed"),
    ("Officials counted some 3,000 new arrivals in the border town of Kharkiv.", "crossed"),
    ("About 2,500 residents had been forcibly taken to Poland, the mayor said.", "deported"),
    ("Some 700 children were forcibly transferred from Kharkiv.", "deported"),
    # negatives: a generic verb of people not named by their movement, arrivals in a town, an evacuation
    ("Some 1,300 residents reached Mosul on Friday.", "evacuated"),
    ("About 800 new arrivals reached Mosul on Friday.", "evacuated"),
    ("About 2,500 residents had been taken to Poland, the mayor said.", "evacuated"),
    ("Some 700 children were forcibly evacuated from Kharkiv.", "evacuated"),
])
def test_a_generic_verb_takes_the_term_its_people_are_named_by(text, term):
    [report] = reports_of(text, headline="The evacuation goes on\n\n")
    assert report.term == term


@pytest.mark.parametrize("text, term", [
    # a verb forcing a noun of movement: the noun says how the people moved
    ("Heavy rain forced the evacuation of 2,300 people from Mosul on Sunday.", "evacuated"),
    ("The shelling is forcing the mass displacement of 9,000 residents of Kharkiv.", "displaced"),
    # negatives: people forced out themselves, or forced into a state
    ("Heavy rain forced 2,300 people from Mosul on Sunday.", "fled"),
    ("The shelling forced 900 residents of Kharkiv to leave their homes.", "fled"),
])
def test_a_verb_forcing_a_noun_of_movement_takes_the_noun_term(text, term):
    [report] = reports_of(text, headline="The fighting goes on\n\n")
    assert report.term == term


@pytest.mark.parametrize("text, term", [
    # home after a verb of leaving is the place left, no way back
    ("The floods forced 640 people in Mosul to leave home.", "fled"),
    ("The shelling forced 900 families in Kharkiv to leave home.", "fled"),
    # negative: home after a verb of going is a return
    ("Some 640 evacuees went home to Mosul on Sunday.", "returned"),
])
def test_home_after_a_verb_of_leaving_is_where_people_left(text, term):
    [report] = reports_of(text, headline="The fighting goes on\n\n")
    assert report.term == term


@pytest.mark.parametrize("text, term", [
    # a specific verb joined by "and" to the generic one says what the people did
    ("More than 6,000 displaced people left the camps around Mosul and returned to Aleppo.", "returned"),
    ("Some 5,000 IDPs left the camp and returned home after the floods.", "returned"),
    ("About 1,200 refugees left the camp and crossed into Poland.", "crossed"),
    # negatives: a generic verb alone, or "and" opening another subject's clause
    ("About 3,000 displaced people left Mosul for Aleppo.", "displaced"),
    ("About 3,000 displaced people left Mosul and the army returned to the town.", "displaced"),
])
def test_a_generic_verb_takes_the_term_of_the_specific_verb_joined_to_it(text, term):
    [report] = reports_of(text, headline="The fighting goes on\n\n")
    assert report.term == term


@pytest.mark.parametrize("text, term", [
    # a count added to earlier ones is the object of the verb before it, nearer than a phrase of movement after it
    ("Soldiers relocated another 6,200 people to safety.", "relocated"),
    ("Firefighters evacuated a further 900 residents to safety from Mosul.", "evacuated"),
    ("Troops moved an additional 1,400 villagers to safety on Monday.", "evacuated"),
    ("Troops moved an extra 1,400 villagers to safety on Monday.", "evacuated"),
    # negative: no verb before the count; the phrase after it is its movement
    ("Another 6,200 people fled to safety.", "fled"),
])
def test_a_verb_before_an_added_count_is_its_own(text, term):
    assert only(text).term == term


def test_an_added_count_after_a_conjunction_is_no_object_of_the_verb_before():
    done, planned = reports_of("The mayor said 2 000 people had already been evacuated and another 7 000 might have to be evacuated.")
    assert (done.status, planned.status) == ("completed", "planned")


@pytest.mark.parametrize("text, term", [
    # the shelters people leave for are where they went, not their movement
    ("About 2,100 people in Mosul left their homes for shelters.", "evacuated"),
    ("Some 700 residents of Aleppo left their houses to stay in shelters run by the city.", "evacuated"),
    # negatives: a word of where people are as the verb's own, or a fate it leaves them in
    ("About 900 people took shelter in schools in Mosul.", "sheltered"),
    ("The storm left 300 families homeless in Mosul.", "homeless"),
])
def test_shelters_a_departure_leads_to_name_no_term(text, term):
    assert only(text).term == term


def test_people_aid_is_planned_for_are_no_movement():
    assert reports_of("Agencies need $40 million to respond to the needs of 60,000 new arrivals in Poland.") == []
    assert reports_of("The appeal seeks support for some 25,000 returnees in Kharkiv this year.") == []
    # people named as displaced, or whose own clause says they moved, are still a figure
    assert figures(reports_of("The appeal seeks assistance for 25,000 displaced people in Kharkiv.")) == [
        (25000, 25000, 25000)]
    assert figures(reports_of("Aid workers are helping 1,400 residents who fled Mosul last week.")) == [
        (1400, 1400, 1400)]


def test_generic_movement_words_take_the_article_term():
    [report] = reports_of("Buses left Aleppo with 2,000 people on board.",
                          headline="The evacuation of Aleppo goes on\n\n")
    assert report.term == "evacuated"


@pytest.mark.parametrize("text, value", [
    ("At least 60 homes were destroyed in Mosul by the floods.", 60),
    ("The earthquake destroyed more than 120 houses in Aleppo.", 120),
    ("Mudslides buried 27 homes near Mosul.", 27),
    ("Six homes were destroyed when the river burst its banks.", 6),
])
def test_destroyed_homes_are_households_of_destroyed_housing(text, value):
    report = only(text)
    assert (report.count.value, report.unit, report.term) == (value, "households", "destroyed housing")


def test_destroyed_homes_need_no_word_of_forced_movement():
    [report] = reports_of("The fire destroyed 14 houses in Aleppo.", headline="Fire in the old town\n\n")
    assert report.term == "destroyed housing"


@pytest.mark.parametrize("text, destroyed", [
    ("The storm damaged 91 homes in Mosul and people fled.", []),
    ("The cyclone left 800 huts partially damaged in Sittwe and people fled.", []),
    # only the destroyed homes beside them are
    ("The quake damaged 900 homes in Van and destroyed 40 more, and people fled.", [40]),
])
def test_damaged_homes_are_no_report(text, destroyed):
    assert [r.count.value for r in reports_of(text) if r.unit == "households"] == destroyed


@pytest.mark.parametrize("text", [
    "Some 6,200 houses have either been damaged or destroyed in Sindh.",
    "The floods destroyed or damaged 6,200 homes in Sindh.",
    "The floods damaged and/or destroyed 6,200 homes in Sindh.",
    "The typhoon left 6,200 houses totally destroyed or partially damaged in Samar.",
])
def test_homes_damaged_or_destroyed_are_counted_destroyed_in_either_order(text):
    # IDMC counts one mixed figure as destroyed housing; the order of the two words must not decide it
    [report] = [r for r in reports_of(text) if r.unit == "households"]
    assert (report.count.value, report.term) == (6200, "destroyed housing")


@pytest.mark.parametrize("text", [
    "Police found bodies buried in the gardens of two homes in Mosul.",
    "The blaze destroyed a barn behind 12 houses in Mosul.",
])
def test_a_fate_word_with_a_locative_before_the_homes_is_not_theirs(text):
    assert [r for r in reports_of(text) if r.unit == "households"] == []


def test_evacuated_homes_are_households():
    report = only("A wildfire forced the evacuation of about 50 homes near Aleppo.")
    assert (report.count.value, report.unit, report.term) == (50, "households", "evacuated")


def test_families_and_people_are_both_kept():
    report = only("Some 1,000 families (3,000 people) fled Mosul.")
    assert (report.count.value, report.unit, report.equivalent) == (1000, "families", (("people", 3000),))


def test_households_are_never_multiplied():
    report = only("A total of 1,964 households were displaced in Mosul.")
    assert (report.count.value, report.unit, report.equivalent) == (1964, "households", ())


@pytest.mark.parametrize("text, value", [
    ("Clashes displaced 2,400 HHs (13,100 individuals) in Mosul.", 2400),
    ("A total of 870 HH were evacuated from Aleppo.", 870),
    ("Most of them (1,210 HHs, 64%) moved from Mosul to sites in Aleppo after the clashes.", 1210),
])
def test_hhs_are_households(text, value):
    """Displacement tracking tables abbreviate households as "HHs" or "HH"."""
    assert [(r.count.value, r.unit) for r in reports_of(text)] == [(value, "households")]


@pytest.mark.parametrize("text", [
    "Floods affected 4,000 HHs in Mosul after the river burst its banks.",
    "The sites in Mosul can host 1,500 more HHs displaced by the floods.",
])
def test_hhs_affected_or_a_capacity_are_no_report(text):
    assert reports_of(text) == []


@pytest.mark.parametrize("text, value", [
    ("Over two million people have been affected, with 237,000 people displaced in Mosul.", 2_000_000),
    ("Of the 239,500 people affected, 12,100 have been evacuated from Mosul.", 239500),
    ("Floods affected more than 1.1 million people and forced 17,000 to leave Mosul.", 1_100_000),
    ("Some 124,600 people from five districts were affected, and 58,000 were evacuated from Mosul.", 124600),
    ("About 6,000 people had been evacuated from Aleppo and 116,000 people were now in urgent need.", 116000),
])
def test_people_affected_are_not_moving(text, value):
    assert value not in [f[0] for f in figures(reports_of(text))]
    assert reports_of(text)  # the movement in the same sentence is still reported


@pytest.mark.parametrize("text, value", [
    ("Henan 800 people evacuated, Shaanxi 34,000 evacuated.", 34000),
    ("518,000 displaced or relocated across Mosul province", 518000),
    ("Heavy rain left 483 homeless in Aleppo.", 483),
    ("An estimated 300,000 civilians remained displaced within Mosul.", 300000),
    ("There were up to 7,800 IDPs in Aleppo province.", 7800),
    ("The storm forced 17,000 to leave their homes.", 17000),
    ("The earthquake left 20,000 without shelter in Mosul.", 20000),
])
def test_bare_figures_of_people_moved(text, value):
    assert value in [f[0] for f in figures(reports_of(text))]


def test_the_modal_may_after_a_small_bare_figure_is_no_month():
    sentence = "Officials said up to 20 may be evacuated."
    verb = next(m for m in MOVEMENT.finditer(sentence) if m["verb"])
    assert status_of(sentence, verb) == "planned"


@pytest.mark.parametrize("text", [
    "The storm left 20,000 without power in Mosul after the floods.",
    "The earthquake left 200 without water in Mosul.",
    "The quake left 20,000 homes without power in Mosul.",
])
def test_a_bare_figure_without_power_or_water_is_no_report(text):
    assert reports_of(text) == []


@pytest.mark.parametrize("text, origin", [
    ("Some 800 people were evacuated in Mosul after the dam broke.", MOSUL),
    ("In Aleppo, nearly 200 people have been evacuated to schools.", ALEPPO),
    ("More than 130,000 villagers in Kharkiv were evacuated over the weekend.", KHARKIV),
])
def test_where_the_displacement_happened_is_the_origin(text, origin):
    assert only(text).origin == origin


def test_a_place_that_locates_the_destination_is_not_the_origin():
    report = only("About 2,000 people were evacuated to Kharkiv in the north of the country.")
    assert report.origin is None and report.destinations == (KHARKIV,)


def test_a_place_in_a_relative_clause_is_not_the_origin():
    report = only("Some 400 fighters will be displaced from the district, which is the last stronghold in Aleppo.")
    assert report.origin_text == "the district"


@pytest.mark.parametrize("text, status", [
    ("The floods forced 337,000 people to evacuate Mosul.", "completed"),
    ("About 200 people had to be placed in emergency shelters in Aleppo.", "completed"),
    ("Some 4,000 fighters leave Aleppo if the deal holds.", "planned"),
    # the month May is no modal
    ("The river burst its banks on 6 May, forcing 40,000 people to flee Mosul.", "completed"),
    ("the river burst its banks in may , forcing 40,000 people to flee mosul .", "completed"),
    ("About 4,000 people may flee Mosul if the dam breaks.", "planned"),
    # a state people were left in happened
    ("The quake left 20,000 homeless in Mosul.", "completed"),
    ("The quake struck Mosul, leaving tens of thousands without shelter.", "completed"),
    ("The quake could leave 20,000 homeless in Mosul.", "planned"),
])
def test_causes_and_conditionals(text, status):
    assert only(text).status == status


@pytest.mark.parametrize("text, published, when, words", [
    ("About 3,000 people fled Mosul last year.", date(2017, 5, 20), "2016", "last year"),
    ("About 3,000 people fled Mosul last year.", None, None, "last year"),
    ("Some 500 people will be evacuated from Aleppo next week.", date(2022, 3, 16), "2022-W12", "next week"),
    ("Some 500 people will be evacuated from Aleppo next Saturday.", date(2022, 3, 16), "2022-03-19", "next Saturday"),
    ("Some 500 people left Aleppo three days ago.", date(2022, 3, 16), "2022-03-13", "three days ago"),
    # an attempt is no plan: its weekday is the last one
    ("Thousands of families tried to flee Aleppo on Monday.", date(2024, 9, 24), "2024-09-23", "Monday"),
    ("The floods forced 3,200 people to flee Mosul on 12 March.", date(2024, 5, 9), "2024-03-12", "on 12 March"),
    # the date of an earlier movement a clause on the people tells is not the counted one's
    ("About 3,500 people who had returned to Mosul in March were displaced again this week.", date(2025, 4, 18),
     "2025-W16", "this week"),
    ("About 1,500 families evacuated from Mosul in March have returned.", date(2025, 4, 18), None, None),
    ("About 3,000 people fled Mosul in March.", date(2025, 4, 18), "2025-03", "in March"),
])
def test_relative_dates(text, published, when, words):
    report = only(text, published)
    assert (report.date, report.date_text) == (when, words)


def test_lowercased_housing_and_terms():
    found = reports_of("( ap ) -- at least 40 homes were destroyed and 1,500 people evacuated in mosul .")
    assert [(r.count.value, r.unit, r.term) for r in found] == [(40, "households", "destroyed housing"),
                                                                 (1500, "people", "evacuated")]


def test_coordinated_predicates_affected_and_evacuated_still_move():
    assert figures(reports_of("Some 4,000 families were affected and evacuated in Mosul.")) == [(4000, 4000, 4000)]


def test_casualties_before_and_do_not_reject_the_next_figure():
    found = reports_of("Two were killed, four injured and about 300 homes destroyed in Mosul.")
    assert [(r.count.value, r.term) for r in found] == [(300, "destroyed housing")]


def test_nearest_housing_word_decides():
    found = reports_of("A wildfire destroyed 24 homes and forced the evacuation of 140 houses near Aleppo.")
    assert [(r.count.value, r.term) for r in found] == [(24, "destroyed housing"), (140, "evacuated")]
    assert [r.term for r in reports_of("It damaged around 80 houses, destroyed 20 others near Aleppo.")] \
        == ["destroyed housing"]


def test_subsets_take_the_unit_before():
    found = reports_of("About 90,000 people were affected (15,000 of whom have been relocated) in Mosul.")
    assert [(r.count.value, r.unit, r.term) for r in found] == [(15000, "people", "relocated")]


def test_people_living_somewhere_can_be_evacuated():
    report = only("The army began to evacuate around 30,000 people living along the coast of Aleppo province.")
    assert report.count.value == 30000 and report.status == "underway"


@pytest.mark.parametrize("text, value, unit", [
    ("Evacuated people: 3,650", 3650, "people"),
    ("Houses destroyed: 412", 412, "households"),
])
def test_table_labels(text, value, unit):
    [report] = reports_of(text)
    assert (report.count.value, report.unit) == (value, unit)


def test_table_cells_on_their_own_lines():
    [report] = reports_of("412\nHouses\ndestroyed")
    assert (report.count.value, report.unit, report.term) == (412, "households", "destroyed housing")


@pytest.mark.parametrize("text, value, unit, term", [
    ("Unas cincuenta familias fueron evacuadas de Aleppo.", 50, "families", "evacuated"),
    ("El incendio obligó a evacuar un centenar de casas.", 100, "households", "evacuated"),
    ("Más de 2 mil personas se han desplazado.", 2000, "people", "displaced"),
    ("Some 2.5 lakh people have been accommodated in relief camps.", 250000, "people", "sheltered"),
])
def test_other_languages_and_local_formats(text, value, unit, term):
    report = only(text)
    assert (report.count.value, report.unit, report.term) == (value, unit, term)


def test_forced_to_leave_their_homes_is_forced_movement_without_other_words():
    [report] = reports_of("Rains forced 12,000 to leave their homes.", headline="Rains in the south\n\n")
    assert (report.count.value, report.term, report.status) == (12000, "fled", "completed")


def test_families_that_is_people_in_another_language():
    report = only("Les pluies ont touché 150 familles soit 1 206 personnes, sans abris.")
    assert (report.count.value, report.unit, report.equivalent) == (150, "families", (("people", 1206),))


def test_the_article_scan_and_the_sentence_scan_find_the_same_words_in_text_with_a_dotless_i():
    # "ı" matches "i" only when case is ignored: both scans then read the text as written.
    text = "Residents of Diyarbakır were evacuated. Some 300 more were dısplaced."
    _, found = movement_words(text)
    assert [word for _, word in found] == [m.group() for m in sentence_movements(text)] == ["evacuated", "dısplaced"]


def test_shelter_words_never_name_the_departures_of_an_article():
    text = ("Officials told 8,000 residents of Mosul to evacuate. Shelters opened in schools and shelters filled "
            "quickly.\n\nAbout 2,000 residents left for Erbil.")
    assert [r.term for r in reports_of(text, headline="Storm news\n\n")][-1] == "evacuated"


@pytest.mark.parametrize("text, value", [
    # airlifts out of danger are evacuations, and so are flights out in an article about evacuating
    ("Military planes airlifted 2,300 residents out of Mosul on Sunday.", 2300),
    ("Coalition aircraft flew 4,100 civilians out of Aleppo overnight.", 4100),
    ("Some 4,100 civilians were flown out of Aleppo overnight.", 4100),
    # a force is no verb of forcing: "the air force flew ... out of" is a flight, not people forced out
    ("The air force flew 4,100 civilians out of Aleppo overnight.", 4100),
])
def test_people_flown_or_airlifted_out_were_evacuated(text, value):
    report = only(text)
    assert (report.count.value, report.term) == (value, "evacuated")


@pytest.mark.parametrize("text", [
    "The pilot flew 300 hours out of Mosul last year.",
    "The air force flew 40 sorties out of Erbil.",
])
def test_flights_and_hours_flown_move_no_people(text):
    assert reports_of(text) == []


@pytest.mark.parametrize("text, value", [
    # leaving the camps to go home, and people a state sent back, returned
    ("Some 40,000 people have left the camps around Mosul to return to their villages.", 40000),
    ("About 12,000 displaced people left their sites in Erbil and went back home.", 12000),
    ("Poland sent back about 450 Belarusians who had crossed the river.", 450),
])
def test_leaving_the_camps_for_home_and_being_sent_back_are_returns(text, value):
    report = only(text)
    assert (report.count.value, report.term) == (value, "returned")


@pytest.mark.parametrize("text", [
    # leaving a camp with no word of going home or back is no return: the generic "left" takes the article's term
    "Some 40,000 people left the camps around Mosul as the shelling approached.",
    "About 3,000 refugees left the camp for Poland.",
])
def test_leaving_the_camps_elsewhere_is_no_return(text):
    assert only(text).term in ("evacuated", "fled")


def test_things_sent_back_are_no_return():
    assert reports_of("The agency sent back 3,000 tonnes of food to Mosul.") == []


@pytest.mark.parametrize("text, status", [
    # the "-ing" movement after a clause in which a movement began or went on is underway with it
    ("Coaches started leaving Mosul on Friday, taking hundreds of residents to Erbil.", "underway"),
    ("Convoys resumed leaving the old town at dawn after a pause, carrying 2,000 people to camps.", "underway"),
    # ... not after a clause in which something else started: that clause is in the past
    ("Shelling started in the old town on Friday, displacing 2,000 people.", "completed"),
])
def test_a_participle_after_a_movement_that_began_is_underway(text, status):
    assert [r.status for r in reports_of(text) if r.count is not None] == [status]


@pytest.mark.parametrize("text, headline, term", [
    # nationals leaving a foreign country, in an article of deportations or repatriations, went home
    ("Close to 8,600 Eritreans have left Poland since the police raids began.", "Poland steps up deportations\n\n", "returned"),
    ("Roughly 2,300 Sudanese left Poland in March, officials said.", "Repatriation flights resume\n\n", "returned"),
    ("Roughly 2,300 Sudanese left Poland for Sudan in March.", "Repatriation flights resume\n\n", "returned"),
    # their own country, a third country, a faith, or no word of sending home: the article's term (here the default;
    # people who left a country for another crossed its border)
    ("Close to 8,600 Ukrainians have left Ukraine since the police raids began.", "Poland steps up deportations\n\n",
     "displaced"),
    ("Roughly 2,300 Sudanese left Poland for Germany in March.", "Repatriation flights resume\n\n", "crossed"),
    ("Close to 8,600 Christians have left Mosul since the raids began.", "Deportations resume\n\n", "displaced"),
    ("Close to 8,600 Eritreans have left Poland since the fighting began.", "Evacuation news\n\n", "evacuated"),
])
def test_nationals_leaving_a_foreign_country_in_a_story_of_deportations_go_home(text, headline, term):
    assert [r.term for r in reports_of(text, headline=headline) if r.count is not None] == [term]


@pytest.mark.parametrize("text, term", [
    # a move out of a hazard's way before it came, told with a word that only says people moved: evacuated
    ("Some 2,400 people left their homes in Mosul as a precaution.", "evacuated"),
    ("Officials moved 9,000 residents of Mosul to schools ahead of the cyclone.", "evacuated"),
    ("Some 5,000 people left Mosul as the storm approached.", "evacuated"),
    ("About 1,800 villagers were shifted to schools in Mosul before the typhoon struck.", "evacuated"),
    # negatives: after the hazard, a word naming relocation itself, a word of flight, a move to safety only
    ("Some 2,400 people left their homes in Mosul after the storm.", "displaced"),
    ("Officials moved 9,000 residents of Mosul to schools after the cyclone.", "relocated"),
    ("Officials relocated 9,000 residents of Mosul ahead of the cyclone.", "relocated"),
    ("About 1,800 villagers fled to higher ground in Mosul.", "fled"),
    ("About 1,800 villagers were shifted to higher ground in Mosul.", "evacuated"),
    ("About 1,800 villagers were relocated to higher ground in Mosul.", "relocated"),
])
def test_a_move_out_of_a_hazards_way_is_an_evacuation(text, term):
    [report] = [r for r in reports_of(text, headline="Displacement news\n\n") if r.count is not None]
    assert report.term == term


@pytest.mark.parametrize("text, term", [
    # a word that only says people moved, into shelters, relief camps or evacuation centres: sheltered there
    ("About 3,100 villagers were shifted to relief camps in Mosul.", "sheltered"),
    ("Some 650 families moved into storm shelters in Mosul on Monday.", "sheltered"),
    ("Officials shifted 2,000 residents of Mosul to evacuation centres.", "sheltered"),
    # negatives: a word naming relocation itself, a move elsewhere, a move out of the camps
    ("About 3,100 villagers were relocated to relief camps in Mosul.", "relocated"),
    ("About 3,100 villagers were shifted to Mosul.", "relocated"),
    ("Some 650 families moved out of the relief camps in Mosul.", "relocated"),
])
def test_a_move_into_shelters_is_sheltering(text, term):
    [report] = [r for r in reports_of(text, headline="Displacement news\n\n") if r.count is not None]
    assert report.term == term


@pytest.mark.parametrize("text, term", [
    # a count named as IDPs after another count's verb is displaced, not moved as the other count
    ("Some 12,000 persons fled their homes in May, bringing the total to 310,000 IDPs in the province.", "displaced"),
    ("The region hosts 90,000 displaced people, including 40,000 returned, 50,000 IDPs.", "displaced"),
    # negatives: refugees fled, and people with no noun of movers take the verb before them
    ("Some 12,000 persons fled their homes in May, bringing the total to 310,000 refugees in the region.", "fled"),
    ("Some 12,000 persons fled their homes in May, bringing the total to 310,000 people in the province.", "fled"),
])
def test_a_count_of_idps_after_another_counts_verb_is_displaced(text, term):
    assert [r.term for r in reports_of(text) if r.count and r.count.text.endswith(("310,000", "50,000"))] == [term]
