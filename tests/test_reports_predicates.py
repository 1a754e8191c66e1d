"""Movement reports, issue 5 second round: a count moves only when a movement is its own predicate;
wordings of wire services, OCHA, IOM DTM and UNHCR. Sentences are invented, not benchmark excerpts."""
import pytest

from gazetteer.model import Place
from geo.model import Document
from geo.reports import find_reports
from test_reports import ALEPPO, ERBIL, MOSUL, figures, only, reports_of
from test_reports_seeds import stub_mentions


@pytest.mark.parametrize("text", [
    "The death toll topped 670 people as the epidemic spread, and aid workers were evacuated.",
    "Ten people complained of feeling ill after the evacuation.",
    "Police said a brawl involving up to 200 people left two dead near the evacuation centre.",
    "The party withdrew its 18 members from parliament after the evacuation.",
    "The university withdrew 499 admissions: 299 were transcript related, with 185 students appealing.",
    "They threw a party for 200 homeless people.",
    "He is one of the state's more than 2,300 homeless sex offender parolees; many fled the city.",
    "Fifteen former members of the committee sent a letter to the president about the evacuation.",
    "The town's 2,000 residents were urged to shelter in place as evacuations began elsewhere.",
    "More than 10,000 people attended the funeral after the evacuation.",
    "Nearly 500 protesters marched to the parliament building to denounce the evacuation.",
])
def test_a_count_whose_own_verb_is_not_a_movement_is_not_a_report(text):
    assert reports_of(text) == []


@pytest.mark.parametrize("text, value", [
    ("More than 120,000 people have been displaced by clashes in Mosul since January, OCHA said.", 120000),
    ("IOM teams recorded 3,450 households (about 17,250 individuals) newly displaced in Mosul.", 3450),
    ("Officials estimated 5,000 people had fled Aleppo by nightfall.", 5000),
    ("Buses carrying 2,500 people left Aleppo on Sunday.", 2500),
    ("The fire forced about 2,000 people to evacuate.", 2000),
    ("About 1,200 displaced people were accommodated in schools.", 1200),
    ("approximately 1 000 rendered homeless across several villages", 1000),
    ("Some 700 people remained in shelters on Tuesday night.", 700),
    ("An estimated 300,000 civilians remained displaced within Mosul.", 300000),
    ("Some 200 people had to be placed in temporary emergency shelters.", 200),
    ("Thousands of civilians streamed out of Aleppo on Thursday.", None),
    ("More than 100 people were killed and 20,000 displaced by flooding in Mosul.", 20000),
    ("Residents of flooded areas, some 4,000 people in all, were evacuated.", 4000),
    ("Seoul said it will withdraw the roughly 175 South Koreans still at the factory complex.", 175),
    ("The military said it had withdrawn 1,000 soldiers from the border area.", 1000),
])
def test_a_count_moved_by_its_own_verb_is_a_report(text, value):
    assert value in [f[0] for f in figures(reports_of(text)) if f] or (value is None and reports_of(text))


def test_a_figure_killed_beside_a_figure_displaced():
    reports = reports_of("About 260 men were detained and killed, and tens of thousands were displaced from Mosul.")
    assert figures(reports) == [(None, 20000, 99999)]


def test_a_tally_of_moved_people_gives_the_unit_of_a_bare_figure():
    report = only("The number of displaced families in Mosul has risen to 2,300, the UN said.")
    assert (report.count.value, report.unit, report.attributed_to) == (2300, "families", "UN")
    assert reports_of("The number of cases in Mosul has risen to 230 as people fled.") == []


@pytest.mark.parametrize("text, bounds", [
    ("The tally of families uprooted from Mosul topped 4,300 on Friday.", (4300, 4300, None)),
    ("The number of evacuees from Aleppo has crossed the 9,000 mark.", (9000, 9000, None)),
    ("The number of residents who fled Mosul neared 1,900, the council said.", (1900, None, 1900)),
    ("The number of residents who fled Mosul stood at 1,900, the council said.", (1900, 1900, 1900)),
])
def test_a_tally_passing_a_figure_is_a_bound_on_it(text, bounds):
    assert figures([only(text)]) == [bounds]


def test_a_delayed_evacuation_has_not_happened():
    report = only("The evacuation of 1,700 civilians from Aleppo was delayed again.")
    assert (report.count.value, report.status) == (1700, "planned")


def test_forcing_an_evacuation_made_it_happen():
    assert only("The hurricane forced the evacuation of nearly 1.5 million people.").status == "completed"


def test_seeking_refuge_is_sheltering_and_done():
    report = only("About 1,200 families sought refuge in schools after the river burst its banks in Mosul.")
    assert (report.unit, report.term, report.status, report.origin) == ("families", "sheltered", "completed", MOSUL)


def test_an_estimated_is_not_a_source():
    report = only("An estimated 45,000 individuals were displaced from Aleppo, according to IOM's Displacement "
                  "Tracking Matrix.")
    assert (report.origin, report.attributed_to) == (ALEPPO, "IOM's Displacement Tracking Matrix")


def test_the_town_of_a_named_place_is_that_place():
    report = only("More than 1,500 residents fled the city of Mosul on Monday.")
    assert (report.origin, report.origin_text) == (MOSUL, "Mosul")


def test_the_outlet_of_a_wire_dateline_is_kept_apart_from_the_source():
    [report] = reports_of("BEIRUT (AP) — More than 2,000 people fled Aleppo on Monday, the Syrian Observatory said.",
                          headline="")
    assert (report.citations[0].outlet, report.attributed_to) == ("AP", "Syrian Observatory")
    [report] = reports_of("aleppo ( ap ) — aleppo police say more than 2,000 people fled aleppo .", headline="")
    assert (report.outlets, report.attributed_to) == (("AP",), "aleppo police")


def test_a_participle_describing_people_is_not_a_movement():
    assert reports_of("She cooks outside her home in a camp for displaced people in Mosul.") == []
    assert reports_of("Supporters at left face off against people in Mosul as others fled.", headline="") == []


def test_a_possessive_country_passes_the_place_to_its_province():
    iraq = Place("geonames:99237", "Iraq", 33.0, 44.0, "country", "IQ")
    nineveh = Place("iso:IQ-NI", "Nineveh Province", 36.0, 42.5, "admin1", "IQ")
    doc = Document("d", "Evacuation news\n\nSome 15,000 people have been evacuated from villages in northern Iraq's "
                        "Nineveh Province since Friday.")
    [report] = find_reports(doc, stub_mentions(doc, {"Iraq": iraq, "Nineveh Province": nineveh}))
    assert (report.origin, report.origin_text) == (nineveh, "Nineveh Province")


def test_each_count_of_a_sentence_takes_the_places_named_after_it():
    reports = reports_of("Some 2,800 houses were destroyed in Mosul, and more than 400 people had to evacuate in Erbil.")
    assert [(r.count.value, r.origin) for r in reports] == [(2800, MOSUL), (400, ERBIL)]


def test_a_figure_naming_no_place_is_about_the_place_of_the_sentence_before():
    reports = reports_of("Aid convoys reached Aleppo, then Aleppo again.\n\n"
                         "Floods swept through villages in Mosul on Monday. Some 400 people were evacuated.")
    assert [(r.count.value, r.origin) for r in reports] == [(400, MOSUL)]
    reports = reports_of("Aid convoys reached Aleppo, then Aleppo again.\n\n"
                         "Floods swept through villages in Mosul on Monday. Roads were cut.\n\n"
                         "Some 400 people were evacuated.")
    assert [(r.count.value, r.origin) for r in reports] == [(400, ALEPPO)]  # another paragraph: the article's place
    # (but a line of one full sentence alone goes on into the next paragraph, as agency copy sets sentences apart:
    # ``geo.roles.goes_on``)


@pytest.mark.parametrize("text, value, unit, term, status", [
    ("Fighting has uprooted more than 200,000 people in Mosul since April.", 200000, "people", "fled", "completed"),
    ("Hundreds of families have abandoned their homes in Mosul.", None, "families", "fled", "completed"),
    ("Nearly 90,000 people in Mosul were ordered to leave their homes on Sunday.", 90000, "people", "evacuated",
     "planned"),
    ("A further 2,300 people from Mosul are being hosted by relatives.", 2300, "people", "sheltered", "underway"),
    ("an estimated 40,000 people are believed to have fled mosul .", 40000, "people", "fled", "completed"),
    ("Displaced persons in Mosul: 12,300 (2,460 households)", 12300, "people", "displaced", None),
])
def test_agency_and_wire_wordings(text, value, unit, term, status):
    report = only(text)
    assert (report.count.value, report.unit, report.term) == (value, unit, term)
    assert status is None or report.status == status


@pytest.mark.parametrize("text", [
    "The driver abandoned the van and fled Mosul after speeding along a crowded street full of tourists and residents.",
    "Many fighters defected to the rebel side and their leader left Aleppo two days ago.",
    "He was loading a fleeing family into a police car north of Mosul.",
])
def test_a_report_without_a_number_needs_people_the_verb_moves(text):
    assert reports_of(text) == []


def test_people_before_a_relative_clause_are_moved():
    [report] = reports_of("Fighters and their families who refuse the deal, will be displaced and head to Aleppo.")
    assert (report.count, report.unit, report.destinations) == (None, "people", (ALEPPO,))


def test_the_dateline_place_is_where_the_story_was_filed_not_what_it_is_about():
    [report] = reports_of("ERBIL, Iraq (AP) — Some 3,000 people were evacuated overnight as floods hit Mosul and "
                          "villages near Mosul.", headline="")
    assert (report.origin, report.outlets) == (MOSUL, ("AP",))


@pytest.mark.parametrize("text", [
    "Aid was reaching some of the hundreds of thousands of people in desperate need of water, food and shelter in Mosul.",
    "Thousands of people in Mosul need food and shelter after the earthquake displaced families.",
])
def test_people_reached_or_in_need_of_shelter_do_not_move(text):
    assert [f for f in figures(reports_of(text)) if f] == []


def test_a_wire_dateline_gives_the_publication_date_for_weekdays():
    [report] = reports_of("MOSUL, Iraq, March 17, 2017 (Reuters) - About 4,000 people fled Mosul on Wednesday.",
                          headline="")
    assert (report.date, report.outlets) == ("2017-03-15", ("Reuters",))


@pytest.mark.parametrize("text, expected", [
    ("Las lluvias dejaron más de 3.000 personas damnificadas y 450 familias evacuadas en Mosul.",
     [(450, "families", "evacuated")]),
    ("Au moins 1 500 personnes ont été évacuées à Mosul.", [(1500, "people", "evacuated")]),
    ("Près de 3 000 ménages ont fui les violences à Mosul, selon OCHA.", [(3000, "households", "fled")]),
    ("As chuvas deixaram 2.500 pessoas desalojadas e 800 desabrigadas em Mosul.",
     [(2500, "people", "displaced"), (800, "people", "homeless")]),
    ("Houses destroyed: 1,204; Houses damaged: 3,450; People displaced in Mosul: 6,020",
     [(1204, "households", "destroyed housing"), (6020, "people", "displaced")]),
    ("No. of displaced families - 860", [(860, "families", "displaced")]),
    ("The floods affected 200,000 people and displaced 35,000 in Mosul.", [(35000, "people", "displaced")]),
    ("About 700 people were evacuated from Mosul on Monday and another 300 on Tuesday.",
     [(700, "people", "evacuated"), (300, "people", "evacuated")]),
    ("Some 80,000 people fled Mosul, while 20,000 remained in the city.", [(80000, "people", "fled")]),
    ("More than 2,000 homes were damaged in Mosul and 300 destroyed.", [(300, "households", "destroyed housing")]),
])
def test_other_languages_tables_and_elliptical_figures(text, expected):
    assert [(r.count.value or r.count.min, r.unit, r.term) for r in reports_of(text)] == expected


@pytest.mark.parametrize("text, kept", [
    ("Officials plan to reduce the number of troops in Mosul to 50,000 as troops leave.", []),
    ("Trump promised to deport immigrants, but only about 690,000 are in this country illegally.", []),
    ("Some 1 million civilians could flee Mosul, with 700,000 of them requiring shelter in sites that have "
     "the capacity to hold 60,000 people.", [1000000]),
    ("Of the 10,000 people evacuated from Mosul, 2,000 are in shelters.", [10000, 2000]),
])
def test_levels_populations_and_needs_are_not_movements(text, kept):
    assert [f[0] for f in figures(reports_of(text)) if f] == kept


def test_the_next_sentence_carries_the_same_people_to_their_destination():
    [report] = reports_of("Some 2,000 people left Aleppo on Monday. They were taken to Erbil.")
    assert (report.count.value, report.origin, report.destinations) == (2000, ALEPPO, (ERBIL,))
    assert report.quote == "Some 2,000 people left Aleppo on Monday. They were taken to Erbil."
    [report] = reports_of("More than 3,000 people fled Mosul. They did not go to Erbil.")
    assert (report.origin, report.destinations) == (MOSUL, ())


def test_the_people_named_again_in_the_next_sentence_are_carried_to_their_destination_not_a_new_report():
    """"The families" moved on are those of the sentence before, though the words alone would make a report of no
    figure; "other families" are others."""
    [report] = reports_of("Some 900 families were relocated from Aleppo on Monday. The families were taken to Erbil.")
    assert (report.count.value, report.origin, report.destinations) == (900, ALEPPO, (ERBIL,))
    reports = reports_of("Some 900 families were relocated from Aleppo on Monday. Other families were taken to Erbil.")
    assert [(r.count and r.count.value, r.destinations) for r in reports] == [(900, ()), (None, (ERBIL,))]


def test_the_people_moved_again_as_an_object_in_the_next_sentence_are_no_new_report():
    """"Relocated the people", "evacuated them": those of the sentence before, told again, with their own places;
    other people moved, or the same people brought back, are a report of their own."""
    text = "Some 900 families were evacuated from Aleppo on Monday. Army boats relocated the people from {} Mosul."
    [report] = reports_of(text.format("the river banks near"))
    assert (report.count.value, report.origin, report.quote) == (900, ALEPPO, text.format("the river banks near"))
    [report] = reports_of("Some 900 families were evacuated from Aleppo on Monday. Soldiers moved them to Erbil.")
    assert (report.count.value, report.origin, report.destinations) == (900, ALEPPO, (ERBIL,))
    reports = reports_of("Some 900 families were evacuated from Aleppo on Monday. Army boats relocated other people from Mosul.")
    assert [(r.count and r.count.value, r.origin) for r in reports] == [(900, ALEPPO), (None, MOSUL)]
    reports = reports_of("Some 900 families were evacuated from Aleppo on Monday. Soldiers returned them to Mosul on Friday.")
    assert [r.count and r.count.value for r in reports] == [900, None]


def test_a_part_of_a_count_is_not_the_count_that_moved():
    # an exact share counts the part that moved, never the whole
    reports = reports_of("Roughly half of the 20,000 residents of Mosul have already left.")
    assert [(r.count.text, r.count.value) for r in reports] == [("Roughly half of the 20,000", 10000)]


def test_an_evacuation_that_began_is_underway():
    assert only("The evacuation of 4,000 people from Mosul began on Sunday.").status == "underway"


def test_troops_that_stay_do_not_move():
    assert reports_of("The pullout is over, though the remaining 50,000 support troops will stay in Mosul.") == []
    assert [f[0] for f in figures(reports_of("Some 700 people from Mosul remained in shelters."))] == [700]


def test_a_movement_noun_after_a_count_is_not_its_verb():
    text = ("In Mosul, around 100 different people are believed to have made a single withdrawal of 100,000 yen "
            "after the evacuation.")
    assert [f for f in figures(reports_of(text)) if f] == []


def test_things_sent_are_not_people_moving():
    text = ("15 former members of the committee, led by its counsel, sent an eight-page letter to the president "
            "about the evacuation of Mosul.")
    assert [f for f in figures(reports_of(text)) if f] == []


def test_people_left_dead_are_casualties():
    text = "A hepatitis outbreak in Mosul has left 15 homeless people dead as families fled."
    assert [f for f in figures(reports_of(text)) if f] == []


@pytest.mark.parametrize("text, value, term", [
    ("About 1,000 people from Mosul spent the night at the Red Cross shelter.", 1000, "sheltered"),
    ("More than 700 people in Mosul were rescued by boat and taken to shelters.", 700, "sheltered"),
])
def test_shelters_named_in_the_singular_and_rescues_that_move_people(text, value, term):
    report = only(text)
    assert (report.count.value, report.term) == (value, term)


@pytest.mark.parametrize("text", ["Some 150 staff evacuated patients to a nearby town.",
                                  "About 320 soldiers evacuated villagers from Mosul."])
def test_people_who_move_other_people_are_not_counted_as_moved(text):
    assert [r.count for r in reports_of(text) if r.count is not None] == []


@pytest.mark.parametrize("text", ["Some 5,000 people fled refugee camps near the border.",
                                  "Some 3,000 people fled civilian areas of Mosul."])
def test_a_people_noun_that_only_modifies_what_was_left_is_no_object(text):
    assert [r.count.value for r in reports_of(text)] in ([5000], [3000])


@pytest.mark.parametrize("text, expected", [
    # a word of harm in the infinitive is the hazard's deed ("the worst storm to hit"), not what befell the count
    ("Evacuation orders were issued for about 60,000 residents of Mosul as the storm, the worst to hit the region in "
     "decades, closed in.", [60000]),
    # negative: people the storm hit are no movers
    ("Some 4,000 people were hit by the floods in Mosul. About 300 were evacuated.", [300]),
])
def test_a_word_of_harm_in_the_infinitive_is_the_hazards_deed(text, expected):
    assert [r.count.value for r in reports_of(text) if r.count is not None] == expected
