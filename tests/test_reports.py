"""Movement reports from wordings and places that are not in the seed articles (geo.reports)."""
import random
from datetime import date

import pytest

from builders import BERDIANSK, DNIPRO, MARIUPOL, ZAPORIZHZHIA
from gazetteer.model import Mention, Place
from geo.attribution import source_of
from geo.clauses import CLAUSE_BREAK, clause_break_between, clause_breaks
from geo.model import Document
from geo.reports import find_reports
from geo.sentences import LONGEST_SENTENCE
from geo.story import article_place
from test_reports_seeds import AL_WAER, HOMS, stub_mentions

GOMA = Place("geonames:216281", "Goma", -1.6792, 29.2228, "city", "CD")
RWANDA = Place("geonames:49518", "Rwanda", -2.0, 30.0, "country", "RW")
GALVESTON = Place("geonames:4692856", "Galveston", 29.3013, -94.7977, "city", "US")
HOUSTON = Place("geonames:4699066", "Houston", 29.7633, -95.3633, "city", "US")
FLORIDA_KEYS = Place("evacmap:florida-keys", "Florida Keys", 24.66, -81.54, "region", "US")
ALEPPO = Place("geonames:170063", "Aleppo", 36.2021, 37.1343, "city", "SY")
MOSUL = Place("geonames:99072", "Mosul", 36.335, 43.1189, "city", "IQ")
ERBIL = Place("geonames:95446", "Erbil", 36.1926, 44.0106, "city", "IQ")
POLAND = Place("geonames:798544", "Poland", 52.0, 20.0, "country", "PL")
KHARKIV = Place("geonames:706483", "Kharkiv", 49.9808, 36.2527, "city", "UA")

PLACES = {p.name: p for p in (MARIUPOL, ZAPORIZHZHIA, BERDIANSK, DNIPRO, GOMA, RWANDA, GALVESTON, HOUSTON,
                              FLORIDA_KEYS, ALEPPO, MOSUL, ERBIL, POLAND, KHARKIV, AL_WAER, HOMS)}
THURSDAY_17_MARCH_2022 = date(2022, 3, 17)


def reports_of(text: str, published: date | None = None, headline: str = "Evacuation news\n\n"):
    """Reports of ``text`` under a headline, as in an article about displacement (an article without a
    word of forced movement gives no reports)."""
    doc = Document("doc", headline + text, date=published)
    return find_reports(doc, stub_mentions(doc, PLACES))


def only(text: str, published: date | None = None):
    [report] = reports_of(text, published)
    return report


def figures(reports):
    return [(r.count.value, r.count.min, r.count.max) if r.count else None for r in reports]


def test_mariupol_to_zaporizhzhia():
    report = only("More than 2,000 civilians were evacuated from Mariupol to Zaporizhzhia on Wednesday, "
                  "Ukrainian officials said.", THURSDAY_17_MARCH_2022)
    assert figures([report]) == [(2000, 2000, None)]
    assert (report.origin, report.destinations, report.unit) == (MARIUPOL, (ZAPORIZHZHIA,), "people")
    assert (report.status, report.date, report.attributed_to) == ("completed", "2022-03-16", "Ukrainian officials")


def test_families_fled_goma_for_rwanda():
    report = only("About 1,000 families fled Goma for Rwanda.")
    assert (report.unit, report.origin, report.destinations, report.status) == ("families", GOMA, (RWANDA,), "completed")


def test_hurricane_evacuation_order_is_planned():
    report = only("Officials ordered about 300,000 people to evacuate from Galveston and Houston before "
                  "Hurricane Rita arrives, the mayor said.")
    assert figures([report]) == [(300000, 300000, 300000)]
    assert (report.origin, report.status, report.attributed_to) == (GALVESTON, "planned", "mayor")


def test_hurricane_residents_of_a_region_take_the_article_place():
    report = only("Some 75,000 residents of the Florida Keys were told to leave ahead of Hurricane Irma.")
    assert report.origin == FLORIDA_KEYS and report.status == "planned"


def test_range_between_and_towards():
    report = only("Between 10,000 and 12,000 people have fled Mosul towards camps near Erbil.")
    assert figures([report]) == [(None, 10000, 12000)]
    assert (report.origin, report.destinations) == (MOSUL, (ERBIL,))


def test_lowercased_text_with_weekday():
    report = only("some 5,000 people were evacuated from aleppo on tuesday", date(2016, 12, 16))
    assert (report.count.value, report.origin, report.origin_text) == (5000, ALEPPO, "aleppo")
    assert (report.status, report.date) == ("completed", "2016-12-13")


def test_lowercased_tokenised_wire_copy():
    report = only("( ap ) -- some 300 people were evacuated from the town , officials said .")
    assert (report.count.value, report.status, report.attributed_to) == (300, "completed", "officials")
    assert (report.origin, report.origin_text) == (None, "the town")  # no article place to stand in
    assert report.quote == "( ap ) -- some 300 people were evacuated from the town , officials said ."


@pytest.mark.parametrize("text", [
    "Residents were not allowed to leave Mariupol on Sunday.",
    "About 400 people were not allowed to leave Mariupol.",
    "Thousands refused to leave Berdiansk despite the shelling.",
    "Civilians could not leave Mariupol because the corridor was shelled.",
    "About 600 people had declined to leave Berdiansk as of Sunday.",
])
def test_negated_movement_is_no_report(text):
    assert reports_of(text) == []


def test_a_decline_of_something_else_negates_no_movement():
    # "declined" negates only the movement it governs ("declined to leave"), not one a clause later
    assert figures(reports_of("Shelling declined and 600 people left Berdiansk.")) == [(600, 600, 600)]


@pytest.mark.parametrize("text, value", [
    ("Mariupol, home to 400,000 people, was evacuated.", 400000),
    ("At least 20 people were killed as they fled Berdiansk.", 20),
    ("They left Dnipro in groups of about 15 people each.", 15),
    ("Residents have 48 hours to leave Dnipro.", 48),
    ("At least 10 buses left Mariupol for Zaporizhzhia.", 10),
    ("40% of residents have left Dnipro.", 40),
    ("A convoy of 50 buses left Mariupol in 2022.", 2022),
    ("The 11th stage of the evacuation from Mariupol began with 30 vehicles.", 11),
    ("Some 2,000 people live in the camp that families fled to from Mariupol.", 2000),
    ("A storm surge of 14 feet forced residents to flee Mariupol.", 14),  # a length, not the residents
])
def test_numbers_that_do_not_count_people_moving(text, value):
    assert all(value not in (f or (None,)) for f in figures(reports_of(text)))


def test_buses_carry_people_but_are_not_people():
    report = only("An evacuation convoy of 50 buses took 4,000 people from Mariupol to Zaporizhzhia.")
    assert (report.count.value, report.origin, report.destinations) == (4000, MARIUPOL, (ZAPORIZHZHIA,))


def test_breakdown_among_them():
    report = only("Some 1,200 people, among them 300 children, left Berdiansk for Zaporizhzhia.")
    assert (report.count.value, report.breakdown) == (1200, (("people", 300),))


@pytest.mark.parametrize("text, status", [
    ("Hundreds of families are leaving Berdiansk for Zaporizhzhia.", "underway"),
    ("Buses started evacuating 600 people from Mariupol.", "underway"),
    ("Mariupol is being evacuated, with 900 residents on board.", "underway"),
    ("About 3,000 refugees returned to Kharkiv last week.", "completed"),
    ("Another 500 people are expected to leave Mariupol tomorrow.", "planned"),
    ("The deal foresees that 700 fighters leave Mariupol.", "planned"),
    ("Some 800 people have crossed into Poland.", "completed"),
    ("Around 1,000 people evacuate Dnipro.", "unknown"),
    # A warning, advisory or watch is at most planned; so is a movement that "was to take place".
    ("Officials put out an evacuation advisory for some 1,800 homes near Galveston.", "planned"),
    ("Evacuation warnings went out to another 900 households in Houston on Friday.", "planned"),
    ("The relocation of about 3,000 residents of Berdiansk was to begin the same night, officials said.", "planned"),
    ("The evacuation of 600 families from Dnipro is expected to take place on Sunday.", "planned"),
    ("The evacuation of 600 families from Dnipro was carried out on Sunday.", "completed"),
    ("The evacuation of 2,000 people from Mariupol was completed, and a second convoy will start on Friday.",
     "completed"),
    ("An evacuation order was issued for another 1,500 homes in Houston.", "completed"),
    # registering, signing up or waiting for a movement: it is still to come
    ("About 2,400 residents of Mariupol had registered for evacuation buses.", "planned"),
    ("Some 700 families are waiting for evacuation in Mariupol.", "planned"),
    ("About 900 evacuees from Mariupol registered at the reception centre in Dnipro.", "unknown"),
    ("About 900 people registered for aid after they were evacuated from Mariupol.", "completed"),
    # irregular pasts of driving people out and of a stay in a shelter
    ("The shelling drove some 4,000 villagers from their homes near Dnipro on Monday.", "completed"),
    ("The floods could drive some 4,000 villagers from their homes near Dnipro.", "planned"),
    ("About 650 evacuees spent Friday night in emergency shelters in Dnipro.", "completed"),
    ("About 650 evacuees slept in a school gym in Dnipro.", "completed"),
    ("About 650 evacuees remain in emergency shelters in Dnipro.", "unknown"),
    ("About 650 evacuees will spend Friday night in emergency shelters in Dnipro.", "planned"),
    # an infinitive of purpose after a past journey: they came
    ("Some 400 families have come to Dnipro to seek shelter in its schools.", "completed"),
    ("About 300 villagers came to take refuge in a church in Dnipro.", "completed"),
    ("About 300 villagers will come to take refuge in a church in Dnipro.", "planned"),
    ("About 300 villagers want to take refuge in a church in Dnipro.", "planned"),
    # what a cause led people to do they did; "led" in a clause before a later plan causes nothing
    ("The shelling led some 3,000 residents to leave Dnipro.", "completed"),
    ("The mayor who led the talks said 3,000 residents are to leave Dnipro.", "planned"),
])
def test_status(text, status):
    assert only(text).status == status


def test_batches_and_totals():
    first, total = reports_of("The first group of 500 people left Mariupol on Monday. "
                              "In all, 4,000 people have left Mariupol so far.")
    assert (first.batch, first.cumulative) == (True, False)
    assert (total.batch, total.cumulative) == (False, True)


@pytest.mark.parametrize("text, running", [
    ("Some 12,000 people have fled Mariupol since Aug. 3, the agency said.", True),
    ("Some 12,000 people have fled Mariupol since the shelling began on 3 August.", True),
    ("Some 12,000 people have left Mariupol since March.", True),
    # a record since a year is no running total, nor is a cause
    ("Some 12,000 people were displaced from Mariupol, the most since 2014.", False),
    ("Some 12,000 people left Mariupol since they had no water.", False),
])
def test_a_count_since_a_day_or_an_event_is_a_running_total(text, running):
    assert only(text).cumulative is running


@pytest.mark.parametrize("text, batch", [
    ("Another batch of 1,200 people will leave Mariupol on Friday.", True),
    ("A further convoy carrying 700 civilians left Mariupol.", True),
    ("A new group of 300 refugees arrived in Zaporizhzhia.", True),
    ("One more busload of 45 people left Mariupol.", True),
    # more of something else is no part of a movement
    ("A new round of shelling forced 1,200 people to leave Mariupol.", False),
    ("Another 1,200 people left Mariupol.", False),
])
def test_one_more_group_is_a_batch(text, batch):
    assert only(text).batch is batch


@pytest.mark.parametrize("text, batch", [
    # the part is the figure's: in its clause, or in a clause telling no movement of its own
    ("In the second phase, about 2,300 people left Mariupol.", True),
    ("About 2,300 people left Mariupol on Sunday, in the third convoy.", True),
    ("The last group, about 2,300 residents, left Mariupol on Sunday.", True),
    # the part's own clause tells its movement: the figure after it is the whole
    ("The last group of residents left Mariupol on Sunday, closing an operation that officials said had evacuated "
     "about 2,300 residents.", False),
])
def test_a_part_belongs_to_the_figure_of_its_clause(text, batch):
    assert only(text).batch is batch


def test_people_beyond_those_counted_before_are_additional():
    moved, more = reports_of("Officials said 3,000 people had left Mariupol, and another 1,200 would be evacuated "
                             "from Mariupol by Friday.")
    assert (moved.additional, more.additional, more.count.value) == (False, True, 1200)
    assert only("They evacuated 600 more civilians from Mariupol to Zaporizhzhia.").additional
    assert not only("They evacuated 600 civilians from Mariupol, more than expected.").additional


@pytest.mark.parametrize("added", ["another", "a further", "an additional", "an extra"])
def test_every_word_of_an_added_count_makes_it_additional(added):
    moved, more = reports_of(f"Officials said 3,000 people had left Mariupol, and {added} 1,200 would be evacuated "
                             "from Mariupol by Friday.")
    assert (moved.additional, more.additional, more.count.value) == (False, True, 1200)
    # negative: "extra" with no "an" before the count adds nothing
    assert not only("Officials said 1,200 extra buses would evacuate people from Mariupol by Friday.").additional


@pytest.mark.parametrize("text, part", [
    ("The Red Cross evacuated 200 wounded people from Mariupol.", True),
    ("Some 400 children were taken from Mariupol to Zaporizhzhia.", True),
    ("About 350 sick and elderly residents left Mariupol on buses.", True),
    # everyone counted, whoever is among them
    ("About 8,000 people left Mariupol, many of them children.", False),
    ("Some 1,200 residents were evacuated from Mariupol.", False),
])
def test_a_subgroup_named_in_the_noun_phrase_is_a_part(text, part):
    assert only(text).part is part


def test_batch_named_in_the_sentence_before():
    named, figure = reports_of("Civilians started leaving Mariupol in the final phase of the evacuation. "
                               "Buses will bring some 900 people out of the city.")
    assert named.count is None and named.batch
    assert figure.batch and figure.origin == MARIUPOL and figure.origin_text == "the city"


def test_nationwide_statistic_is_listed_without_a_place():
    reports = reports_of("About 2,000 people left al-Waer in Homs. More than 12 million Syrians have been displaced.")
    assert [r.origin for r in reports] == [AL_WAER, None]
    assert reports[1].count.value == 12000000


def test_figure_far_beyond_the_article_towns_population_is_not_about_it():
    text = "Shelling hit Berdyansk again. {} people have been displaced by the fighting."
    assert [r.origin for r in reports_of(text.format("More than 350,000"))] == [None]
    assert [r.origin for r in reports_of(text.format("About 200,000"))] == [BERDIANSK]  # within twice its 121,692
    [fled] = reports_of("Shelling hit Berdyansk again. More than 350,000 people have fled to Poland.")
    assert (fled.origin, fled.destinations) == (None, (POLAND,))


def test_a_place_after_to_and_a_verb_acting_on_it_is_no_destination():
    [report] = reports_of("The storm, the worst to hit Poland in decades, has displaced 5,000 people in Kharkiv.")
    assert (report.origin, report.destinations) == (KHARKIV, ())
    [report] = reports_of("Residents fled Kharkiv as forces moved to retake Mosul.")
    assert (report.origin, report.destinations) == (KHARKIV, ())


def test_a_place_after_a_dash_opening_an_aside_has_no_role():
    assert reports_of("The gunman sent travellers fleeing onto the tarmac — identified as a Kharkiv resident — "
                      "and was arrested.") == []


def test_without_number_needs_a_place_and_people():
    assert reports_of("How many people are leaving?") == []
    assert reports_of("Dozens of buses waited to leave Mariupol.") == []
    report = only("Militants will relocate to Dnipro.")
    assert (report.count, report.destinations, report.unit, report.status) == (None, (DNIPRO,), "fighters", "planned")


def test_source_is_carried_by_it_said_only_from_the_sentence_before():
    reports = reports_of("The UN refugee agency said 5,000 people fled Mariupol. It said 1,000 more fled Berdiansk. "
                         "Residents fled Dnipro. It said 300 people reached Zaporizhzhia.")
    assert [r.attributed_to for r in reports] == ["UN refugee agency", "UN refugee agency", None, None]


@pytest.mark.parametrize("sentence, source", [
    ("According to the UN refugee agency, 3 million people have fled to Poland.", "UN refugee agency"),
    ("The evacuation of 4,000 people from Mariupol was completed, said Governor Pavlo Kyrylenko.",
     "Governor Pavlo Kyrylenko"),
    ("State-run SANA news agency reported that 400 people left.", "SANA"),
    ("Sources with the monitoring group Syrian Observatory for Human Rights say 10 buses entered.",
     "Syrian Observatory for Human Rights"),
    ("About 2,000 people left Mariupol.", None),
    # a perfect tense's auxiliary is the verb's, not the speaker's
    ("The interior ministry has said that 3,000 people were moved out of Vinnytsia.", "interior ministry"),
    ("About 600 families left the valley, local officials have also said.", "local officials"),
    ("The Red Cross had reported 900 arrivals by noon.", "Red Cross"),
    ("The ministry has confirmed that 700 residents were evacuated.", "ministry"),
    # an agency's kind before its name
    ("Buses left the town on Monday, state news agency SANA reported.", "SANA"),
    ("The official news agency IRNA said 900 families were moved to tents.", "IRNA"),
    ("About 900 families were moved to tents, the news agency said.", "news agency"),
    # a possessive "has" is no auxiliary of saying
    ("The camp has room for 5,000 people.", None),
    # an opening phrase of place or time before the speaker
    ("In Kasese, local authorities reported that 900 families lost their homes.", "local authorities"),
    ("On Monday, the ministry said 3,000 people had fled the district.", "ministry"),
    ("Meanwhile, the Red Cross reported that 1,200 families were evacuated.", "Red Cross"),
    ("In Kasese, 3,000 people fled their homes after the floods.", None),
    ("On Monday, 3,000 people fled their homes, officials said.", "officials"),
    ("By Friday night, the county sheriff said 4,000 residents had left the valley.", "county sheriff"),
    ("Inside Chad, the refugee agency said 800 families were moved to a new camp.", "refugee agency"),
    ("By nightfall, 4,000 residents had left the valley.", None),
    ("Inside the camp, 800 families were moved to new tents.", None),
    # an adverb between the speaker and the verb is the verb's
    ("The refugee agency also said that 700 people had crossed into Niger.", "refugee agency"),
    ("About 300 families were relocated, the ministry further said.", "ministry"),
    # the full stop of an initial does not end the source
    ("According to the U.N. migration agency, 6,000 people fled the district.", "U.N. migration agency"),
    ("According to U.S. officials, 900 citizens were flown out of the capital.", "U.S. officials"),
    # "added" and an object is no saying
    ("The airline added extra flights, and 900 residents were flown out to the capital.", None),
    ("The ministry added that 300 families had been moved to the camp.", "ministry"),
    ("About 300 families were moved to the camp, the ministry added on Monday.", "ministry"),
    # a figure's "an estimated" is no saying; a speaker's "estimated" is
    ("The shelling had forced an estimated 7,000 people from their homes.", None),
    ("The county estimated 7,000 people had left the valley.", "county"),
    ("Several hundred residents are estimated to have fled the valley.", None),
    ("About 2,000 families were estimated to have left, the county said.", "county"),
    # a headline's topic label or clause before the speaker
    ("Flood crisis: UNICEF says 40,000 children displaced", "UNICEF"),
    ("Shelling resumes in the north as the refugee agency says 8,000 have fled", "refugee agency"),
    ("UNICEF as well as the refugee agency said 3,000 children fled.", "UNICEF as well as the refugee agency"),
    # a live blog's entry opens with its time; its sources, like a bulletin's, tell in the present
    ("10:02 - The refugee agency says 1,800 people have now reached the coast.", "refugee agency"),
    ("[14.30 GMT] The ministry said 900 families were moved to tents.", "ministry"),
    ("9.15am: Officials in the district report 600 new arrivals.", "Officials in the district"),
    ("10:02 - 2,000 people fled the district.", None),
    ("About 1,300 people who fled the town reached the port, local officials tell us.", "local officials"),
    ("Some 2,000 people have left the valley, the governor tells the radio.", "governor"),
    ("About 800 people fled, and many tell of burned homes.", None),
    # statistics credit their publisher
    ("Some 4,000 people crossed into Chad last week, UNHCR data showed.", "UNHCR"),
    ("Government figures show 900 families have left the valley.", "Government"),
    ("About 600 people crossed the border on Monday, per UNHCR.", "UNHCR"),
    ("UNHCR's figures show 600 people crossed into Chad.", "UNHCR"),
    ("The latest figures show 900 families have left the valley.", None),
    ("Official figures show 900 families have left the valley.", None),
    ("Nearly 2,300 families were left homeless, an official said.", "official"),
    ("Each family was moved with 20 kilograms of luggage, per person.", None),
    # a colon head credits a body (an organisation word, or an acronym after a live blog's time stamp), not a place
    ("16:40 - WFP: some 12,000 people have fled Bentiu since Sunday.", "WFP"),
    ("The provincial disaster office: 3,400 residents were moved to schools.", "provincial disaster office"),
    ("Kassala: 3,400 residents were moved to schools.", None),
    ("16:40 - Bentiu: some 12,000 people have fled since Sunday.", None),
    ("16:40 - UPDATE: some 12,000 people have fled Bentiu.", None),
    ("Heavy rains in Kassala: 3,400 residents moved to schools.", None),
    # a list's mark (any of ``LIST_MARKS``) opening the line is no part of the source
    ("\u25aa The provincial disaster office: 3,400 residents were moved to schools.", "provincial disaster office"),
    ("\u25aa Kassala: 3,400 residents were moved to schools.", None),
    # a headline's colon tail naming a body credits it; one naming places or a label does not
    ("Nearly 9,000 displaced as rivers burst their banks: UN agency", "UN agency"),
    ("Thousands flee as fighting nears the border: UNHCR", "UNHCR"),
    ("Some 9,000 families relocated to two towns: Kassala and Shendi", None),
    ("Thousands flee the valley: live updates", None),
    # the day after the verb is when it was said, not who said it
    ("About 5,000 people have fled the valley, the refugee agency, a UN body, reported Tuesday.", "refugee agency"),
    ("About 5,000 people have fled the valley, said Amina Yusuf, a camp manager.", "Amina Yusuf"),
    # a report, statement or update opening the sentence credits the body it comes from
    ("Per a new assessment report from the Kassala state council, 4,200 residents have left the valley.",
     "Kassala state council"),
    ("According to the latest update from the county, 700 families were moved to schools.", "county"),
    ("Per capita aid fell as 4,200 residents left the valley, the council said.", "council"),
    ("According to the county report, 700 families were moved to schools.", "county report"),
    ("According to figures from the state relief office, 700 families were moved to schools.", "state relief office"),
    ("According to official figures, 700 families were moved to schools.", "official figures"),
    # a phrase of place opening the sentence is no speaker, the one after the verb is
    ("In Kassala, the number of evacuees may be near 900, said an official of the county.", "official of the county"),
    ("In Kassala, county officials said 900 residents left.", "county officials"),
])
def test_source_of(sentence, source):
    assert source_of(sentence) == source


def test_article_place_prefers_the_finest_kind_then_the_most_mentioned():
    doc = Document("d", "Mariupol and Mariupol again; Homs; al-Waer.")
    assert article_place(stub_mentions(doc, PLACES), doc.text) == AL_WAER
    assert article_place([], "") is None


def test_an_article_naming_its_towns_alike_and_its_country_more_is_about_the_country():
    """A country's storm told town by town ("Galveston" and "Houston" twice each, the country more often): no one town
    is the article's place, so a count naming none is not drawn from the town named first."""
    usa = Place("geonames:6252001", "United States", 39.76, -98.5, "country", "US")
    places = {**PLACES, "United States": usa}
    listed = Document("d", "Storm damage across the United States. Galveston and Houston lost power; the United States "
                           "weather service warned Galveston and Houston again. The United States sent aid.")
    assert article_place(stub_mentions(listed, places), listed.text) == usa
    # one town named more than the others stays the article's place; so does a tie the country does not outnumber
    led = Document("d", "Galveston flooded. Galveston and Houston lost power. The United States sent aid to the United States coast.")
    assert article_place(stub_mentions(led, places), led.text) == GALVESTON
    even = Document("d", "Galveston and Houston lost power. The United States sent aid.")
    assert article_place(stub_mentions(even, places), even.text) == GALVESTON
    # a province named more often that does not hold the towns (where their people went) is no article's place
    florida = Place("geonames:4155751", "Florida", 28.75, -82.5, "admin1", "US")
    went = Document("d", "Galveston and Houston emptied. Buses left for Florida, Florida and Florida.")
    assert article_place(stub_mentions(went, {**places, "Florida": florida}), went.text) == GALVESTON


def test_it_said_is_the_body_quoted_before_not_the_plural_one_its_quote_credited():
    text = ('"About 9,000 people have fled Mosul," the UNHCR said. "Roads are cut and aid is short, '
            'according to authorities." Another 600 people were evacuated from Erbil, it said.')
    [_, erbil] = [r for r in reports_of(text) if r.count]
    assert erbil.attributed_to == "UNHCR"
    # "they" may stand for the authorities
    they = reports_of(text.replace("it said", "they said"))[-1]
    assert they.attributed_to == "authorities"


def test_same_statement_twice_in_an_article_is_one_report():
    reports = reports_of("12,000 residents to be evacuated from Mariupol\n\n"
                         "The UN said 12,000 residents will be evacuated from Mariupol.")
    assert len(reports) == 1 and reports[0].attributed_to == "UN"


def test_a_repeated_statement_keeps_the_copy_that_says_when_or_the_body_s():
    dated = reports_of("Storm nears: 12,000 told to leave Galveston\n\n"
                       "Officials ordered 12,000 people to leave Galveston on Tuesday as the storm neared.", headline="")
    assert [(r.count.value, r.date_text, r.quote[:9]) for r in dated] == [(12000, "Tuesday", "Officials")]
    undated = reports_of("Storm nears: 12,000 told to leave Galveston\n\n"
                         "Officials ordered 12,000 people to leave Galveston as the storm neared.", headline="")
    assert [r.quote[:9] for r in undated] == ["Officials"]
    # two copies in the body: the first stays
    twice = reports_of("Officials ordered 12,000 people to leave Galveston. Again, officials ordered 12,000 people to "
                       "leave Galveston.", headline="Storm nears\n\n")
    assert [r.quote[:9] for r in twice] == ["Officials"]


def test_unresolved_places_keep_their_words():
    doc = Document("d", "About 600 people fled Atlantis for Lemuria.")  # offsets below need no headline
    mentions = [Mention("d", "Atlantis", 22, 30), Mention("d", "Lemuria", 35, 42)]
    [report] = find_reports(doc, mentions)
    assert (report.origin, report.origin_text, report.destinations, report.destination_texts) == (
        None, "Atlantis", (), ("Lemuria",))


def test_small_figures_and_articles_without_forced_movement_give_no_report():
    assert [r.count for r in reports_of("Two people left Mariupol.")] == [None]
    assert reports_of("After 200 passengers left the plane, 30 people went to Dnipro.", headline="") == []


def test_medical_transfers_are_not_displacement():
    assert reports_of("During the evacuation, 40 wounded people were taken to hospital in Dnipro.") == []


@pytest.mark.parametrize("text", ["", "   ", "No movement here, only 2,000 words.", "Leave.", "?!",
                                  "Hundreds of fighters entered villages around Dnipro."])
def test_nothing_to_report(text):
    assert reports_of(text) == []


ALEPPO_ARTICLE = "Shelling hit Aleppo again. Aleppo officials met on Monday. "


def _where(report):
    return report.origin, report.destinations


@pytest.mark.parametrize("sentence", [
    "Officials expect 2,000 more people to arrive this week.",
    "Facilitating the return of more than 3,900 evacuees remains the most urgent challenge.",
    "Some 1,200 evacuees were sheltered in schools.",
])
def test_arrivals_returns_and_shelter_put_the_article_place_where_people_are(sentence):
    report = only(ALEPPO_ARTICLE + sentence)
    assert _where(report) == (None, (ALEPPO,))


def test_an_arrival_only_located_in_a_place_goes_there():
    assert _where(only("Shelling hit Kharkiv. About 800 refugees arrived on Monday in Erbil.")) == (None, (ERBIL,))
    # given or found shelter or accommodation somewhere, people are there: it is no place they left
    assert _where(only("Shelling hit Kharkiv. About 800 refugees were given temporary accommodation in hotels in Erbil.")) == (
        None, (ERBIL,))
    assert _where(only("Shelling hit Kharkiv. Officials found emergency housing for 800 evacuees in Erbil.")) == (None, (ERBIL,))
    assert _where(only("Shelling hit Kharkiv. About 800 refugees were granted shelter in Erbil.")) == (None, (ERBIL,))
    # a place the sheltered people came from stays their origin
    assert _where(only("Shelling hit Kharkiv. About 800 evacuees from Erbil were given temporary accommodation.")) == (
        ERBIL, ())
    assert _where(only("Shelling hit Kharkiv. About 800 residents were evacuated on Monday in Erbil.")) == (ERBIL, ())


@pytest.mark.parametrize("sentence", [
    "Dozens of buses were sent to Erbil to evacuate 4,000 residents.",
    "Boats reached Erbil in order to rescue some 300 families.",
    "Green buses entered Erbil to evacuate 1,500 civilians.",
])
def test_vehicles_sent_to_a_place_to_take_people_out_make_it_the_origin(sentence):
    assert _where(only(ALEPPO_ARTICLE + sentence)) == (ERBIL, ())


def test_vehicles_taking_people_to_a_place_still_make_it_the_destination():
    assert _where(only(ALEPPO_ARTICLE + "Dozens of buses took 4,000 residents to Erbil to stay with relatives.")) == (
        ALEPPO, (ERBIL,))


def test_a_departure_still_takes_the_article_place_as_origin():
    assert _where(only(ALEPPO_ARTICLE + "Officials expect 2,000 more people to flee this week.")) == (ALEPPO, ())


def test_an_arrival_forecast_is_planned():
    assert only(ALEPPO_ARTICLE + "Officials expect 2,000 more people to arrive this week.").status == "planned"
    assert only(ALEPPO_ARTICLE + "Another 10,000 might have to be evacuated.").status == "planned"


def test_people_named_by_an_ing_form_move_when_the_clause_after_them_says():
    planned = only(ALEPPO_ARTICLE + "An additional 6,000 refugees and returning Syrians are expected to make their "
                   "way into Erbil before spring.")
    assert (planned.count.value, planned.term, planned.status) == (6000, "returned", "planned")
    assert only(ALEPPO_ARTICLE + "Some 6,000 refugees and returning Syrians made their way into Erbil on "
                "Monday.").status != "planned"
    assert only(ALEPPO_ARTICLE + "Some 6,000 people leaving the city are to be checked at the gate.").status != "planned"


@pytest.mark.parametrize("other_event", ["peace talks being held in Goma have broken up", "ministers met in Goma",
                                         "the envoy said in Goma"])
def test_a_place_of_another_event_in_a_run_on_caption_is_no_origin(other_event):
    report = only(ALEPPO_ARTICLE + f"Some 9,000 people have been displaced since the uprising began {other_event}.")
    assert _where(report) == (ALEPPO, ())
    assert _where(only(ALEPPO_ARTICLE + "Some 9,000 people have been displaced in Goma.")) == (GOMA, ())


def test_a_million_naming_no_place_of_the_movement_is_not_about_the_article_town():
    report = only(ALEPPO_ARTICLE + "Some 9.5 million people have been displaced since the uprising began "
                                   "peace talks being held in Goma have broken up.")
    assert _where(report) == (None, ())


@pytest.mark.parametrize("sentence", [
    "All 222 passengers and 19 crew on board were safely evacuated.",
    "The airline moved 3,000 passengers to other flights out of Kharkiv.",
    "Some 12,000 students moved to online classes.",
    "Thousands of passengers remain displaced, with large numbers sleeping overnight in terminals.",
    "Students fled from the school in Kharkiv as the attack took place.",
    "Some 30 inmates fled on foot from Kharkiv.",
    "About 40 prisoners escaped from Kharkiv during the riot.",
    "Inmates fled Kharkiv on foot after jumping a jailer.",
])
def test_a_vehicle_emptied_a_change_of_service_and_escapes_are_no_displacement(sentence):
    assert reports_of(sentence) == []


@pytest.mark.parametrize("sentence, value", [
    ("Some 300 tourists were evacuated from Kharkiv.", 300),
    ("Guards evacuated about 2,000 inmates from the flooded prison in Kharkiv.", 2000),
    ("About 2,000 residents fled Kharkiv on foot.", 2000),
    ("A college in Kharkiv with about 350 students has also been evacuated ahead of the wildfire.", 350),
])
def test_residents_tourists_and_inmates_evacuated_are_still_counted(sentence, value):
    assert only(sentence).count.value == value


def test_a_fine_place_of_another_country_named_once_is_not_the_article_place():
    praga = Place("evacmap:praga", "Praga", 52.25, 21.03, "district", "PL")
    doc = Document("d", "Evacuation news\n\nShelling hit Aleppo. Aleppo burned. Donors met in Praga. 2,000 people fled.")
    mentions = stub_mentions(doc, {**PLACES, "Praga": praga})
    assert article_place(mentions, doc.text) == ALEPPO
    assert [r.origin for r in find_reports(doc, mentions)] == [ALEPPO]
    praga_told = Document("d", "Praga. Donors met in Praga. Aleppo.")
    assert article_place(stub_mentions(praga_told, {**PLACES, "Praga": praga}), praga_told.text) == praga


def test_a_country_before_refugees_is_their_origin():
    report = only(ALEPPO_ARTICLE + "Thousands of Rwanda refugees have crossed into Poland.")
    assert _where(report) == (RWANDA, (POLAND,))
    assert _where(only(ALEPPO_ARTICLE + "Thousands of refugees have crossed into Poland.")) == (ALEPPO, (POLAND,))


@pytest.mark.parametrize("text, origin, destinations", [
    # the place of a harm people fled is their origin, also beside their arrival, which would make it where they are
    ("About 9,000 people have arrived in Erbil, fleeing violence in Mosul.", MOSUL, (ERBIL,)),
    ("About 9,000 people arrived in Erbil after fleeing the military crackdown in Mosul.", MOSUL, (ERBIL,)),
    # negative: a place after the harm and another cue is that cue's
    ("About 9,000 people fled the fighting to camps in Erbil.", None, (ERBIL,)),
])
def test_the_place_of_a_harm_people_fled_is_their_origin(text, origin, destinations):
    assert _where(only(text)) == (origin, destinations)


def test_homes_built_to_compensate_for_an_evacuation_are_no_report():
    assert reports_of("The minister promised to construct 300 more homes in Aleppo to compensate for the evacuation.") == []
    assert only("The flood forced the evacuation of 300 homes in Aleppo.").count.value == 300
    assert only("The fire destroyed 300 homes in Aleppo, which will be rebuilt next year.").term == "destroyed housing"


@pytest.mark.parametrize("sentence, moved", [
    ("The aircraft carrier will be sent to help people affected by the typhoon in Aleppo.", False),
    ("Medics were sent to treat residents hurt in Aleppo.", False),
    ("The army sent trucks to carry residents out of Aleppo.", True),
    ("Buses were brought in to ferry people out of Aleppo.", True),
])
def test_people_a_verb_of_aid_takes_are_not_moved_by_the_verb_before(sentence, moved):
    assert bool(reports_of(sentence)) is moved


@pytest.mark.parametrize("sentence", [
    "Mosul issued a mandatory evacuation order for 3,000 residents.",
    "The city of Mosul issued an evacuation notice for 450 homes.",
    "Mosul city officials urged 700 families to leave.",
    "Mosul's emergency management office has ordered 1,200 residents to evacuate.",
    "The city of Mosul, about 80 km north of the capital, issued an evacuation notice for 450 homes.",  # past an aside
])
def test_a_place_that_issues_an_order_is_where_its_people_leave(sentence):
    assert _where(only(ALEPPO_ARTICLE + sentence)) == (MOSUL, ())


@pytest.mark.parametrize("sentence", ["Erbil officials urged 700 families to leave Mosul.",
                                      "Erbil urged 700 families in Mosul to leave."])
def test_a_place_that_issues_an_order_gives_way_to_the_place_people_are_told_to_leave(sentence):
    assert _where(only(ALEPPO_ARTICLE + sentence)) == (MOSUL, ())


@pytest.mark.parametrize("sentence", [
    "Wildfires tore through the northern Iraqi province of Mosul, destroying 900 homes.",
    "A storm swept through the city of Mosul and forced 2,500 people to flee.",
    "The fire, which killed 40 people, was the worst of the blazes that tore through the province of Mosul, "
    "destroying 900 homes.",
])
def test_a_disaster_passing_through_a_place_and_a_kind_before_its_name_locate_the_movement(sentence):
    assert _where(only(ALEPPO_ARTICLE + sentence)) == (MOSUL, ())


def test_people_passing_through_a_place_did_not_leave_it():
    assert _where(only(ALEPPO_ARTICLE + "Some 800 refugees passed through Mosul and headed to Erbil.")) == (
        ALEPPO, (ERBIL,))


@pytest.mark.parametrize("sentence, destination", [
    ("At least 30,000 people have sought asylum in Goma since January.", GOMA),
    ("In 2015, about 1.3 million migrants applied for asylum in Poland.", POLAND),
    ("More than 1 million Syrians are registered as refugees in Rwanda.", RWANDA),
])
def test_asylum_and_registration_as_refugees_happen_where_people_arrived(sentence, destination):
    assert _where(only(ALEPPO_ARTICLE + sentence)) == (None, (destination,))


@pytest.mark.parametrize("sentence", [
    "Around 500 guests were evacuated from the hotel in Kharkiv after a fire alarm.",
    "The bank evacuated 250 employees from its offices in Kharkiv.",
    "Some 400 workers left the plant in Kharkiv as the flood rose.",
    "Some 220 inmates were transferred to another prison near Kharkiv.",
    "Some 300 students returned to school in Kharkiv on Monday.",
])
def test_a_building_emptied_custody_and_daily_life_resumed_are_no_displacement(sentence):
    assert reports_of(sentence) == []


def test_civilians_leaving_a_plant_or_a_school_were_sheltering_in_it():
    reports = reports_of("Kyiv said 120 people had been evacuated from Mariupol, while Moscow said 60 civilians had "
                         "left the steel plant on Sunday.")
    assert [r.count.value for r in reports] == [120, 60]
    assert [r.count.value for r in reports_of("About 90 civilians were evacuated from a factory in Kharkiv.")] == [90]


def test_a_building_and_the_town_around_it_are_no_one_building():
    assert [r.count.value for r in reports_of("The mayor said 140 people had been evacuated from the plant and the "
                                              "town in a convoy.")] == [140]
    # look-alike: the building alone is still one building emptied
    assert reports_of("The mayor said 140 people had been evacuated from the plant after a gas leak.") == []


@pytest.mark.parametrize("sentence", [
    "About 320 tenants were evacuated from the apartment building in Kharkiv.",
    "Some 900 residents were evacuated from Kharkiv to a school.",
    "Some 5,100 tourists were evacuated from hotels along the coast of Kharkiv.",
    "About 310 patients were evacuated from the flooded hospital in Kharkiv.",
    "About 1,200 evacuees were housed in the local school in Kharkiv.",  # sheltered there
    "Thousands of residents fled the university town of Kharkiv.",  # a town, not a building
    "The army has evacuated 15,000 people out of the airport in Kharkiv.",  # an airlift
])
def test_people_leaving_where_they_live_or_are_cared_for_or_many_buildings_are_displaced(sentence):
    assert only(sentence).count.text.split()[-1] in ("320", "900", "5,100", "310", "1,200", "Thousands", "15,000")


def test_a_headline_of_no_known_status_gives_way_to_the_body():
    reports = reports_of("Floods displace 5,200 in Goma\n\nFloods have displaced 5,200 people in Goma, officials said.",
                         headline="")
    assert [(r.count.value, r.status) for r in reports] == [(5200, "completed")]


@pytest.mark.parametrize("text", [
    "5,200 flee Goma floods\n\nSome 5,200 people have fled Goma for Rwanda, officials said.",  # the body names more
    "Floods force 5,200 to flee Goma\n\nSome 5,200 people have fled their homes in Goma.",  # a headline's tense
    "5,200 evacuated from Mosul\n\nSome 5,200 people have been evacuated from Mosul to Erbil.",
])
def test_a_headline_figure_the_body_restates_in_other_words_is_one_report_citing_both(text):
    [report] = reports_of(text, headline="")
    assert (report.count.value, report.status, len(report.citations)) == (5200, "completed", 2)
    assert report.quote.startswith("Some 5,200")


@pytest.mark.parametrize("text, kept", [
    # a headline drops the body's qualifier: its bare figure is the body's
    ("5,200 flee Goma floods\n\nMore than 5,200 people have fled Goma, officials said.", [(5200, 5200, None)]),
    ("5,200 to be evacuated from Goma\n\nUp to 5,200 people will be evacuated from Goma.", [(5200, None, 5200)]),
    # a figure all but reached is close to it, as the body's approximate one is
    ("Nearly 5,200 flee Goma floods\n\nAbout 5,200 people have fled Goma, officials said.", [(5200, 5200, 5200)]),
    ("Just over 5,200 flee Goma floods\n\nSome 5,200 people have fled Goma, officials said.", [(5200, 5200, 5200)]),
    # look-alikes: a headline's own qualifier says more than the body's bare figure; another figure stays apart
    ("More than 5,200 flee Goma floods\n\nSome 5,200 people have fled Goma, officials said.",
     [(5200, 5200, None), (5200, 5200, 5200)]),
    ("5,200 flee Goma floods\n\nMore than 5,300 people have fled Goma, officials said.",
     [(5200, 5200, 5200), (5300, 5300, None)]),
    ("Up to 5,200 flee Goma floods\n\nAbout 5,200 people have fled Goma, officials said.",
     [(5200, None, 5200), (5200, 5200, 5200)]),
    ("Nearly 5,200 flee Goma floods\n\nMore than 5,200 people have fled Goma, officials said.",
     [(5200, None, 5200), (5200, 5200, None)]),
])
def test_a_headline_bare_figure_is_the_bodys_qualified_one(text, kept):
    assert figures(reports_of(text, headline="")) == kept


@pytest.mark.parametrize("text, said", [
    ("5,200 fled Goma on Monday\n\nSome 5,200 people have fled their homes in Goma.", ("2022-03-14", None)),
    ("5,200 flee Goma floods, UN says\n\nSome 5,200 people have fled their homes in Goma.", (None, "UN")),
    # the body's own date and source stay
    ("5,200 flee Goma floods, UN says\n\nSome 5,200 people fled their homes in Goma on Tuesday, the mayor said.",
     ("2022-03-15", "mayor")),
])
def test_a_body_restating_a_headline_takes_a_date_or_source_only_the_headline_gives(text, said):
    [report] = reports_of(text, THURSDAY_17_MARCH_2022, headline="")
    assert ((report.date, report.attributed_to), len(report.citations)) == (said, 2)


def test_a_headline_naming_the_country_of_the_bodys_place_restates_it():
    iraq = Place("geonames:99237", "Iraq", 33.0, 44.0, "country", "IQ")
    doc = Document("doc", "Iraq evacuates 5,200 from Mosul region\n\nAuthorities have evacuated 5,200 people from Mosul.")
    reports = find_reports(doc, stub_mentions(doc, {"Iraq": iraq, "Mosul": MOSUL}))
    assert [(r.count.value, r.origin, len(r.citations)) for r in reports] == [(5200, MOSUL, 2)]


def test_a_country_evacuating_people_counted_is_the_evacuator_not_the_place_emptied():
    [report] = [r for r in reports_of("Poland evacuates 2,000 people by air from Kharkiv as shelling rages.") if r.count]
    assert report.origin == KHARKIV
    # look-alikes: a place evacuating with no people as its object, or evacuated, is the place emptied
    [report] = reports_of("Some 2,000 residents left on Sunday as Kharkiv evacuates ahead of the shelling.")
    assert report.origin == KHARKIV
    [report] = reports_of("Kharkiv was evacuated on Sunday, with 2,000 residents sent to Poland.")
    assert (report.origin, report.destinations) == (KHARKIV, (POLAND,))


def test_a_headline_naming_no_origin_restates_a_body_naming_another_than_the_articles_place():
    # the headline's origin is the article's place (Mosul, named most) standing in: no place it names
    text = ("UN says 3,000 have fled into Poland\n\nSome 3,000 refugees have fled into Poland from Kharkiv, the UN "
            "said. Shelling hit Mosul again, and hospitals in Mosul were full.")
    reports = [r for r in reports_of(text, headline="") if r.count is not None]
    assert [(r.count.value, r.origin, len(r.citations)) for r in reports] == [(3000, KHARKIV, 2)]
    # look-alike: a headline naming another origin stays its own
    text = ("3,000 flee Mosul into Poland\n\nSome 3,000 refugees have fled into Poland from Kharkiv, the UN said. "
            "Shelling hit Mosul again, and hospitals in Mosul were full.")
    assert len([r for r in reports_of(text, headline="") if r.count is not None]) == 2


@pytest.mark.parametrize("text", [
    "5,200 flee Goma floods\n\nSome 5,200 people have fled Mosul.",  # another place
    "5,200 evacuated from Mosul\n\nSome 5,200 people have fled Mosul for Erbil.",  # another term
    "5,200 fled Goma on Monday\n\nSome 5,200 people fled Goma on Tuesday.",  # another day
])
def test_a_headline_figure_of_other_places_another_term_or_day_stays_its_own(text):
    reports = reports_of(text, THURSDAY_17_MARCH_2022, headline="")
    assert len([r for r in reports if r.count is not None and r.count.value == 5200]) == 2


@pytest.mark.parametrize("text, term", [
    # the generic term with a specific one of people leaving: one movement, told with the more specific term
    ("Floods displace 5,200 in Goma\n\nSome 5,200 people have fled their homes in Goma, officials said.", "fled"),
    ("5,200 flee Goma floods\n\nSome 5,200 people have been displaced from Goma, officials said.", "fled"),
    ("Storm displaces 5,200 in Mosul\n\nAuthorities have evacuated 5,200 people from Mosul to Erbil.", "evacuated"),
    # people fleeing across a border fled and crossed
    ("5,200 flee into Rwanda\n\nSome 5,200 people have crossed into Rwanda from Goma, the UN said.", "crossed"),
])
def test_a_headline_telling_the_bodys_movement_with_a_generic_term_is_one_report(text, term):
    [report] = [r for r in reports_of(text, headline="") if r.count is not None]
    assert (report.count.value, report.term, len(report.citations)) == (5200, term, 2)


@pytest.mark.parametrize("text", [
    "5,200 evacuated from Mosul\n\nSome 5,200 people have returned to Mosul from Erbil.",  # going back is no leaving
    "Floods displace 5,200 in Goma\n\nSome 5,200 people are staying in shelters in Goma.",  # where they are
    "5,200 flee Goma floods\n\nSome 5,200 people are staying in shelters in Goma.",
    "Floods destroy 5,200 homes in Goma\n\nSome 5,200 people have fled Goma, officials said.",  # homes, not people
])
def test_a_headline_and_a_body_telling_two_movements_of_one_figure_stay_two(text):
    reports = reports_of(text, THURSDAY_17_MARCH_2022, headline="")
    assert len([r for r in reports if r.count is not None and r.count.value == 5200]) == 2


@pytest.mark.parametrize("text", [
    "Storm: 5,200 evacuated in Mosul.\n\nAuthorities said 5,200 residents of Mosul were evacuated to Erbil on Monday.",
    # a title run into its body, whose dateline opens right after it
    "Storm: 5,200 evacuated in Mosul. ERBIL, Iraq - Authorities said 5,200 residents of Mosul were evacuated to Erbil "
    "on Monday.",
    # a title run into its body, labelled with its topic
    "Iraq storm: 5,200 evacuated in Mosul. Authorities said 5,200 residents of Mosul were evacuated to Erbil on Monday.",
])
def test_a_title_line_ending_in_a_full_stop_is_a_headline_the_body_restates(text):
    [report] = reports_of(text, THURSDAY_17_MARCH_2022, headline="")
    assert (report.count.value, report.date, len(report.citations)) == (5200, "2022-03-14", 2)


@pytest.mark.parametrize("text", [
    # a lead paragraph of one long sentence is the body, not a title
    "Authorities in northern Iraq said that some 5,200 residents of Mosul had been evacuated from the city as the "
    "storm neared.\n\nAbout 5,200 residents of Mosul were evacuated to Erbil.",
    # a first sentence running on in its paragraph, with no topic before a colon, is no title
    "Some 5,200 were evacuated in Mosul. More rain came.\n\nAbout 5,200 residents of Mosul were evacuated to Erbil.",
])
def test_a_first_sentence_that_is_no_title_stays_its_own(text):
    reports = reports_of(text, THURSDAY_17_MARCH_2022, headline="")
    assert len([r for r in reports if r.count is not None and r.count.value == 5200]) == 2


def test_a_figure_named_again_with_the_is_no_new_report():
    reports = reports_of("Some 3,100 people fled Goma for Rwanda. The 3,100 who fled are now in camps.")
    assert [r.count.value for r in reports] == [3100]


def test_the_same_figure_of_another_place_is_another_report():
    reports = reports_of("Some 3,100 people fled Galveston. In Houston, the 3,100 residents of the camp fled too.")
    assert [r.count.value for r in reports] == [3100, 3100]


def test_a_locative_opening_each_clause_places_its_count():
    reports = reports_of("In Mosul district, 2,300 households were displaced; in Erbil, 1,100.")
    assert [(r.origin, r.count.value, r.unit) for r in reports] == [(MOSUL, 2300, "households"), (ERBIL, 1100, "households")]


@pytest.mark.parametrize("text", [
    "Evacuated so far: Mosul 800 people evacuated Erbil 3,400 evacuated Aleppo 1,200 evacuated.",
    "Evacuees by city after the storm: Mosul: 800 evacuated; Erbil: 3,400 evacuated; Aleppo: 1,200 evacuated.",
    "Mosul 800 evacuated, Erbil 3,400 evacuated, Aleppo 1,200 evacuated, the ministry said.",
])
def test_a_place_heading_each_count_of_a_table_places_it(text):
    reports = reports_of(text)
    assert [(r.count.value, r.origin) for r in reports] == [(800, MOSUL), (3400, ERBIL), (1200, ALEPPO)]


def test_a_place_heading_a_lines_only_count_places_it():
    # a list's line with one count, in an article about another place: arrivals are where the line's place is,
    # people evacuated left it (not the article's place)
    story = "Fighting in Mosul has forced families to flee. Aid workers in Mosul say shelters are full.\n\n"
    [arrived] = [r for r in reports_of(story + "- Poland: 12,000 arrivals through the border posts") if r.count]
    assert (arrived.count.value, arrived.origin, arrived.destinations) == (12000, None, (POLAND,))
    listed = [r for r in reports_of(story + "- Mosul: 800 people evacuated\n- Erbil: 300 people evacuated") if r.count]
    assert [(r.count.value, r.origin) for r in listed] == [(800, MOSUL), (300, ERBIL)]
    # look-alike: a place that does not head the count keeps its cue's role
    assert only("Poland received 12,000 arrivals from Kharkiv this week.").origin == KHARKIV


@pytest.mark.parametrize("text, origin, destinations", [
    ("About 600 people were evacuated from the village and later taken to shelters in Erbil.", MOSUL, (ERBIL,)),
    ("About 400 families from Mosul went to stay with relatives in Erbil.", MOSUL, (ERBIL,)),
    ("About 800 families from Mosul returned to their homes in Erbil last month.", MOSUL, (ERBIL,)),
    # a generic verb to their own villages or community goes where they are, as "returned" does
    ("About 900 families from Mosul went back to their villages in Erbil last week.", MOSUL, (ERBIL,)),
    ("Some 500 people from Mosul moved to their home communities in Erbil.", MOSUL, (ERBIL,)),
    ("Some 3,000 people from Mosul were moved to a camp next to Erbil.", MOSUL, (ERBIL,)),
    ("About 700 families from Mosul are being moved to new housing colonies in Erbil.", MOSUL, (ERBIL,)),
    ("Rescuers moved 4,000 villagers to higher ground in Mosul.", MOSUL, ()),  # no shelter: where it happened
    # "to" homes that are nobody's own is no movement: the place is where it happened
    ("The fire spread to homes in Mosul, forcing 3,000 people to evacuate.", MOSUL, ()),
    ("The river rose to villages in Mosul, forcing 3,000 people to evacuate.", MOSUL, ()),
    ("Floods caused damage to houses in Mosul, displacing 2,000 people.", MOSUL, ()),
])
def test_a_place_that_locates_a_shelter_or_camp_people_are_taken_to_is_their_destination(text, origin, destinations):
    [report] = reports_of(text, headline="Floods in Mosul\n\n")
    assert (report.origin, report.destinations) == (origin, destinations)


def test_citizens_of_a_country_are_its_nationals_not_people_leaving_it():
    [report] = reports_of("Some 300 citizens of Poland were evacuated from Kharkiv to Dnipro on Sunday.")
    assert (report.origin, report.destinations) == (KHARKIV, (DNIPRO,))


def test_a_clause_opened_before_a_count_is_the_count_own():
    reports = reports_of("Some 4,000 people fled Mosul, while 2,500 others were taken to camps in Erbil.")
    assert [(r.count.value, r.origin, r.destinations) for r in reports] == [(4000, MOSUL, ()), (2500, MOSUL, (ERBIL,))]
    reports = reports_of("In Mosul, 2,100 houses were destroyed, while in Erbil, 900 houses were destroyed.")
    assert [(r.count.value, r.origin) for r in reports] == [(2100, MOSUL), (900, ERBIL)]


def test_a_place_after_a_relative_clause_that_holds_the_movement_is_not_its_place():
    assert reports_of("The skier, who withdrew from the race on Wednesday, watched the finals in Aleppo.") == []


@pytest.mark.parametrize("text, origin, destinations", [
    ("In Erbil, about 12,000 residents evacuated as the Mosul dam overflowed.", ERBIL, ()),
    ("Some 6,000 people fled Mosul as fighting reached Erbil.", MOSUL, ()),
    ("About 2,000 fighters surrendered before they left Aleppo for Erbil.", ALEPPO, (ERBIL,)),
])
def test_a_place_in_another_clause_is_not_the_cue_object(text, origin, destinations):
    report = only(text)
    assert (report.origin, report.destinations) == (origin, destinations)


def test_a_place_a_clause_opener_separates_from_its_cue_has_no_role():
    [report] = reports_of("Nearly 5,000 people fled an advance in the south which Kharkiv says is backed by tanks.",
                          headline="Fighting near Mosul\n\n")
    assert report.origin == MOSUL  # the article's place


@pytest.mark.parametrize("text, origin, destinations", [
    ("Speaking by telephone from Erbil, the mayor said 2,000 residents had left Mosul.", MOSUL, ()),
    ("More than 2,000 families fled Goma, according to Rwanda's refugee ministry.", GOMA, ()),
    ("About 5,000 people fled Goma this week, the UN humanitarian coordinator for Rwanda said.", GOMA, ()),
    ("About 200 people were placed in shelters in Mosul, close to Erbil.", None, (MOSUL,)),
])
def test_a_speaker_place_a_credited_place_and_a_place_only_near_have_no_role(text, origin, destinations):
    report = only(text)
    assert (report.origin, report.destinations) == (origin, destinations)


@pytest.mark.parametrize("text, origin, destinations", [
    ("About 800 evacuees from Mosul were sheltered in camps, aid workers in Erbil said.", MOSUL, ()),
    ("Some 1,500 refugees from Aleppo arrived overnight, officials in Erbil told reporters.", ALEPPO, ()),
    ("About 900 families from Mosul were housed in schools, the ministry in Erbil has also said.", MOSUL, ()),
    ("Some 1,200 people from Mosul were sheltered in Erbil, aid workers said.", MOSUL, (ERBIL,)),
    # nor does it stand in as the article's place
    ("About 6,000 people were relocated to camps, UN officials in Erbil said on Tuesday.", None, ()),
    ("Officials in Erbil said 6,000 people had been relocated to camps in Mosul.", None, (MOSUL,)),
])
def test_a_place_right_before_a_verb_of_saying_is_where_the_speaker_is(text, origin, destinations):
    report = only(text)
    assert (report.origin, report.destinations) == (origin, destinations)


def test_a_places_own_authorities_speak_for_it():
    # "authorities in Mosul said": the place's own, so it locates the sentence after (not "aid workers in Erbil said")
    text = ("Disaster management authorities in Mosul said the toll could rise. Soldiers have evacuated 7,000 people from "
            "flooded areas.")
    assert [r.origin for r in reports_of(text)] == [MOSUL]
    text = "Aid workers in Mosul said the toll could rise. Soldiers have evacuated 7,000 people from flooded areas."
    assert [r.origin for r in reports_of(text)] == [None]


@pytest.mark.parametrize("text, origin", [
    ("Houston residents took in 3,000 evacuees from Galveston after the hurricane.", GALVESTON),
    ("Local Houston residents hosted 3,000 evacuees from Galveston.", GALVESTON),
    ("Houston residents have sheltered about 1,200 people from Galveston in church halls.", GALVESTON),
    # residents counted are the people who left: their home stays the origin
    ("Some 1,300 residents of Houston were evacuated in exchange for fighters from Galveston.", HOUSTON),
    ("Some 1,300 Houston residents were evacuated in exchange for fighters from Galveston.", HOUSTON),
    ("About 2,000 Houston residents fled from the flood on Sunday.", HOUSTON),
    ("Some 3,000 residents of Houston were evacuated from their homes.", HOUSTON),
])
def test_a_cue_of_leaving_outranks_where_people_live(text, origin):
    [report] = reports_of(text, headline="Floods in Mosul\n\n")
    assert report.origin == origin


@pytest.mark.parametrize("text, origin", [
    ("Some 7,000 people were evacuated, far fewer than in Erbil.", MOSUL),  # only compared: the article's place
    ("About 80,000 people living near Erbil were ordered to leave.", ERBIL),
    ("Some 3,000 residents of Erbil were bused out on Sunday.", ERBIL),
    ("Authorities expanded evacuation orders for Galveston to 90,000 people.", GALVESTON),
])
def test_where_people_live_or_are_ordered_out_of_is_their_origin(text, origin):
    [report] = reports_of(text, headline="Floods in Mosul\n\n")
    assert report.origin == origin and report.destinations == ()


@pytest.mark.parametrize("text", [
    "About 4,500 evacuees from Mosul were being housed in hotels in Erbil.",
    "Some 2,000 people from Mosul remain in evacuation centres in Erbil.",
    "About 700 families from Mosul were given temporary accommodation in Erbil.",
])
def test_people_sheltered_where_a_sentence_locates_them_beside_their_origin_went_there(text):
    report = only(text)
    assert (report.origin, report.destinations) == (MOSUL, (ERBIL,))


def test_the_article_place_named_as_the_destination_is_not_the_camp_people_left():
    [report] = reports_of("About 3,000 refugees left the camp for Rwanda.", headline="Refugees in Rwanda\n\n")
    assert (report.origin, report.origin_text, report.destinations) == (None, "the camp", (RWANDA,))


_CONVOYS_TO_ERBIL = "Convoys of buses reached Erbil on Monday. More families arrived in Erbil on Tuesday. "


def test_the_enclave_people_left_is_no_story_destination_but_the_place_before():
    reports = reports_of(_CONVOYS_TO_ERBIL + "The exodus is the third from Mosul this month. "
                         "Some 5,000 people have been displaced from the enclave, officials said.")
    assert (reports[-1].origin, reports[-1].origin_text) == (MOSUL, "the enclave")


def test_the_enclave_people_left_is_unknown_when_the_story_destination_is_all_the_article_names():
    reports = reports_of(_CONVOYS_TO_ERBIL + "Some 5,000 people have been displaced from the enclave, officials said.")
    assert (reports[-1].origin, reports[-1].origin_text) == (None, "the enclave")


def test_the_district_people_left_is_still_the_article_place_where_the_story_happens():
    reports = reports_of("Shelling hit Mosul on Monday. Mosul was shelled again on Tuesday. The exodus is the third from "
                         "Erbil this month. Some 5,000 people have been displaced from the district, officials said.")
    assert (reports[-1].origin, reports[-1].origin_text) == (MOSUL, "the district")


def test_a_later_place_inside_the_first_located_one_is_where_it_happened():
    report = only("In Homs, the army evacuated some 2,000 people in al-Waer on Monday.")
    assert report.origin == AL_WAER


@pytest.mark.parametrize("text, destinations", [
    # a ship's or boat's people landing somewhere arrived there
    ("Some 1,300 people who fled Mosul docked at Erbil port.", (ERBIL,)),
    ("A ferry carrying 700 people who fled Mosul docked in Erbil on Friday.", (ERBIL,)),
    ("About 400 people who fled Mosul disembarked at Erbil on Sunday.", (ERBIL,)),
    # negative: a ship docking in a clause of its own is another event
    ("About 900 people fled Mosul after the warship docked in Erbil.", ()),
])
def test_people_docking_or_disembarking_somewhere_arrived_there(text, destinations):
    report = only(text)
    assert (report.origin, report.destinations) == (MOSUL, destinations)


@pytest.mark.parametrize("text, origin, destinations", [
    # a neighbour named by a border is not where people were or went
    ("About 3,000 people fled villages near the border with Rwanda to Goma.", None, (GOMA,)),
    ("Some 800 people were evacuated from towns along the frontier with Rwanda.", GOMA, ()),
    ("About 3,000 people fled to the border with Rwanda.", GOMA, ()),
    # negative: crossing the border into a country goes there
    ("About 900 people fled across the border into Rwanda.", GOMA, (RWANDA,)),
])
def test_a_country_a_border_is_with_is_neither_origin_nor_destination(text, origin, destinations):
    [report] = reports_of(text, headline="Fighting near Goma\n\n")
    assert (report.origin, report.destinations) == (origin, destinations)


@pytest.mark.parametrize("text, destinations", [
    ("Another 4,000 people from Mosul took shelter with relatives in Erbil.", (ERBIL,)),
    # a list of hosts
    ("Some 900 people from Mosul moved in with friends and relatives in Erbil.", (ERBIL,)),
    ("Another 4,000 people from Mosul took shelter with their friends or family members in Erbil.", (ERBIL,)),
    ("About 700 people from Mosul are staying with relatives, friends and neighbours in Erbil.", (ERBIL,)),
    # the hosts only helped: where they are is no destination
    ("About 700 people from Mosul were evacuated with help from friends and neighbours in Erbil.", ()),
])
def test_people_staying_with_relatives_in_a_place_went_there(text, destinations):
    report = only(text)
    assert (report.origin, report.destinations) == (MOSUL, destinations)


@pytest.mark.parametrize("text, origin, destinations", [
    ("Some 2,000 people left Mosul for the northern provinces of Erbil and Aleppo.", MOSUL, (ERBIL, ALEPPO)),
    ("Some 2,000 people left Mosul for the northern departments of Dohuk, Erbil and Aleppo.", MOSUL, (ERBIL, ALEPPO)),
    ("Some 2,000 people fled Mosul to the eastern oblasts of Zakho and Erbil.", MOSUL, (ERBIL,)),
    # a place after a name the gazetteer does not know in no list of kinds is another's
    ("Some 2,000 people left Mosul for the province of Dohuk, Erbil officials said.", MOSUL, ()),
])
def test_places_listed_after_their_kind_share_the_role(text, origin, destinations):
    [report] = reports_of(text, headline="Floods in Kharkiv\n\n")
    assert (report.origin, report.destinations) == (origin, destinations)


@pytest.mark.parametrize("text, origin, destinations", [
    ("About 70 families from Mosul have sought refuge in a mosque in Erbil.", MOSUL, (ERBIL,)),
    ("Some 300 people from Goma took shelter in two schools in Rwanda.", GOMA, (RWANDA,)),
    ("Some 300 people from Goma found refuge at a church in Rwanda on Monday.", GOMA, (RWANDA,)),
    # not a place that locates something else than the shelter
    ("Some 300 people from Goma took shelter in Rwanda in March.", GOMA, (RWANDA,)),
])
def test_the_place_of_the_shelter_people_sought_refuge_in_is_their_destination(text, origin, destinations):
    [report] = reports_of(text, headline="Floods in Kharkiv\n\n")
    assert (report.origin, report.destinations) == (origin, destinations)


@pytest.mark.parametrize("text, origin, destinations", [
    ("Más de 2.000 personas fueron desplazadas desde Mosul hacia Erbil.", MOSUL, (ERBIL,)),
    ("Quelque 3 000 personnes déplacées ont fui vers Erbil.", MOSUL, (ERBIL,)),  # the article's place
    ("Unas 3.000 personas fueron evacuadas en Erbil.", ERBIL, ()),
    ("Environ 1 500 personnes ont été déplacées dans Erbil.", ERBIL, ()),
    ("Cerca de 4.000 pessoas foram desalojadas em Erbil.", ERBIL, ()),
])
def test_spanish_french_and_portuguese_cues_give_roles(text, origin, destinations):
    [report] = reports_of(text, headline="Floods in Mosul\n\n")
    assert (report.origin, report.destinations) == (origin, destinations)


def test_a_country_that_stands_in_for_an_origin_is_none_of_people_moved_to_a_place_inside_it():
    warsaw = Place("geonames:756135", "Warsaw", 52.2298, 21.0118, "city", "PL")
    doc = Document("d", "Floods\n\nRivers burst their banks in Poland. Several hundred were evacuated to Warsaw.")
    [report] = find_reports(doc, stub_mentions(doc, {"Poland": POLAND, "Warsaw": warsaw}))
    assert (report.origin, report.destinations) == (None, (warsaw,))


def test_residents_of_a_place_who_return_go_back_there():
    [report] = reports_of("Some 2,000 residents of Mosul returned home on Sunday.", headline="Floods in Erbil\n\n")
    assert (report.origin, report.destinations) == (None, (MOSUL,))


@pytest.mark.parametrize("text, origin, destinations", [
    ("Some 2,000 Mosul residents were evacuated to Erbil on Sunday.", MOSUL, (ERBIL,)),
    ("Some 2,000 Mosul residents were housed in Erbil.", MOSUL, (ERBIL,)),
    ("About 3,000 Mosul residents returned home on Monday.", None, (MOSUL,)),
])
def test_a_place_before_its_residents_is_their_home(text, origin, destinations):
    [report] = reports_of(text, headline="Floods in Kharkiv\n\n")
    assert (report.origin, report.destinations) == (origin, destinations)


@pytest.mark.parametrize("text, origin, destinations", [
    ("About 15,000 people sought refuge in Erbil after fleeing Mosul.", MOSUL, (ERBIL,)),
    ("Some 2,000 families from Mosul took shelter in Erbil.", MOSUL, (ERBIL,)),
])
def test_refuge_sought_or_taken_in_a_place_is_a_destination(text, origin, destinations):
    report = only(text)
    assert (report.origin, report.destinations) == (origin, destinations)


def test_places_heading_the_counts_of_a_list_after_a_cue_share_its_role():
    reports = reports_of("Refugees have fled to Mosul: 2,000 people, Erbil: 3,000 people and Aleppo: 1,500 people.",
                         headline="Floods in Kharkiv\n\n")
    assert [(r.count.value, r.origin, r.destinations) for r in reports] == [
        (2000, None, (MOSUL,)), (3000, None, (ERBIL,)), (1500, None, (ALEPPO,))]


def test_the_origin_of_one_count_still_stands_in_for_another_count_of_its_sentence():
    reports = reports_of("About 2,000 people left Mosul on Saturday, and another 1,500 will head to Erbil next week.",
                         headline="Floods in Kharkiv\n\n")
    assert [(r.count.value, r.origin, r.destinations) for r in reports] == [(2000, MOSUL, ()), (1500, MOSUL, (ERBIL,))]


def test_clause_breaks_found_once_answer_as_a_search_of_each_stretch():
    """``clause_break_between`` stands in for ``CLAUSE_BREAK.search(text, start, end)`` (which made long
    sentences cubic): the same answer on every stretch of random texts of stops, commas, digits and words."""
    rng = random.Random(5)
    for _ in range(200):
        text = "".join(rng.choice(["a", " ", "1", ",", ".", ";", "“", "(", "x"]) for _ in range(rng.randint(0, 14)))
        breaks = clause_breaks(text)
        for start in range(len(text) + 1):
            for end in range(start, len(text) + 1):
                expected = CLAUSE_BREAK.search(text, start, end) is not None
                assert clause_break_between(text, breaks, start, end) == expected, (text, start, end)


def test_a_run_on_text_without_stops_is_read_in_pieces_cut_at_its_clauses():
    """A transcript or a pasted list with no full stop is one "sentence" of many thousand characters: it is cut
    at a clause break before ``LONGEST_SENTENCE`` characters, so each count is still read with its own clause
    (and reading stays linear: ``bench/long_inputs.py``)."""
    text = "; ".join(f"{1000 + n} residents fled Mosul for Erbil" for n in range(300))
    reports = reports_of(text)
    assert max(len(r.quote) for r in reports) <= LONGEST_SENTENCE
    assert sorted(r.count.value for r in reports) == [1000 + n for n in range(300)]
    assert {(r.origin, r.destinations) for r in reports} == {(MOSUL, (ERBIL,))}


def test_a_dateline_without_an_agency_dates_the_article_and_is_nobody_s_source():
    """"CHICO, Calif., Aug. 9, 2024 —" gives the publication date that relative dates resolve against, and
    "KYIV — Authorities said" credits the authorities, not "KYIV — Authorities"."""
    dated = reports_of("MOSUL, Iraq, Aug. 9, 2024 — Fighting flared.\nOn Wednesday, 3,000 residents fled Mosul for Erbil.")
    assert [(r.date, r.date_text) for r in dated] == [("2024-08-07", "Wednesday")]
    [credited] = reports_of("ERBIL — Authorities said 3,000 people fled Mosul for Erbil on Monday.")
    assert credited.attributed_to == "Authorities"


def test_a_dateline_under_a_photo_credit_is_still_the_dateline():
    """A credit line or a caption ending in a credit above the dateline ("(AFP photo)", "Photo: Reuters") leaves it the
    dateline: it dates the article and names its outlet, and the place it was filed in is not where people left."""
    for credit in ("(AFP photo)", "Photo: Reuters", "Crowds wait for boats in Erbil. (Photo: Jo Doe)"):
        [report] = reports_of(f"{credit}\nERBIL, Aug. 9, 2024 (AFP) - On Wednesday, 3,000 residents fled their homes.")
        assert (report.date, report.origin, report.citations[0].outlet) == ("2024-08-07", None, "AFP"), credit
    # in sentence case, under a headline and a credit line
    doc = Document("doc", "Flood news\n\nPhoto: Reuters\nErbil - on wednesday, 3,000 residents fled "
                          "their homes.")
    [report] = find_reports(doc, stub_mentions(doc, PLACES))
    assert report.origin is None
    # a line that tells of photos is no credit: the story's own
    doc = Document("doc", "Flood news\n\nPhotos show the flooded streets\nErbil - on wednesday, 3,000 "
                          "residents fled their homes.")
    [report] = find_reports(doc, stub_mentions(doc, PLACES))
    assert report.origin == ERBIL


def test_a_dateline_with_the_day_first_is_a_dateline():
    """UN and European style, "ERBIL, 9 August 2024 -": it dates the article, and the place it was filed in is not
    where the people left."""
    [report] = reports_of("ERBIL, 9 August 2024 - On Wednesday, 3,000 residents fled their homes after the floods.")
    assert (report.date, report.origin) == ("2024-08-07", None)
    # a line holding only the place and a full date atop a bulletin
    [report] = reports_of("Daily Flash\n\nERBIL, 9 August 2024\n\nOn Wednesday, 3,000 residents fled their homes after the floods.")
    assert (report.date, report.origin) == ("2024-08-07", None)
    # not a line that goes on after the date
    [report] = reports_of("Daily Flash\n\nERBIL, 9 August 2024 saw floods.\n\nOn Wednesday, 3,000 residents fled their homes.")
    assert report.date is None


def test_a_part_that_moved_on_from_a_whole_keeps_its_own_verb_and_the_whole_its_own():
    """"2,000 of the 15,000 who fled to Erbil have since left the city": the 15,000 fled to Erbil (the relative clause
    is the whole's movement), the 2,000 left Erbil (their own verb, from where the whole's clause took them)."""
    def said(text):
        return [(r.count.value, r.term, r.origin, r.destinations) for r in reports_of(text)]

    assert said("About 2,000 of the 15,000 villagers who fled to Erbil have since left the city.") == [
        (2000, "fled", ERBIL, ()), (15000, "fled", None, (ERBIL,))]
    assert said("Some 2,000 of the 12,000 residents who had fled to Erbil returned to Mosul last week.") == [
        (2000, "returned", ERBIL, (MOSUL,)), (12000, "fled", None, (ERBIL,))]
    # a part moved only by the whole's clause is the whole's breakdown; a whole no clause moves is only counted
    assert said("About 4,100 of the 15,000 refugees who have crossed into Poland were registered in Mosul.") == [
        (15000, "crossed", MOSUL, (POLAND,))]
    assert said("About 3,000 of the 15,000 residents of Mosul fled to Erbil.") == [(3000, "fled", MOSUL, (ERBIL,))]


def test_a_part_after_the_whole_its_clause_opens_with_moved_on_from_where_the_whole_went():
    def said(text):
        return [(r.count.value, r.term, r.origin, r.destinations) for r in reports_of(text)]

    assert said("Of the 15,000 villagers who fled to Erbil last week, 2,000 have since left for Mosul.") == [
        (15000, "fled", None, (ERBIL,)), (2000, "fled", ERBIL, (MOSUL,))]
    assert said("Of the 47,000 refugees who crossed into Poland since Monday, 9,000 have gone on to other countries.") == [
        (47000, "crossed", None, (POLAND,)), (9000, "crossed", POLAND, ())]
    # the clause opened after a dash or "that"
    assert said("Mosul - Of the 15,000 villagers who fled to Erbil, 2,000 have since left for Aleppo.")[1:] == [
        (2000, "fled", ERBIL, (ALEPPO,))]
    assert said("Officials said that of the 15,000 villagers who fled to Erbil, 2,000 have left for Aleppo.")[1:] == [
        (2000, "fled", ERBIL, (ALEPPO,))]
    # no whole opening the clause, or "went on to" something else: no part moved on
    assert said("Some 15,000 villagers fled to Erbil last week, and 2,000 have since left for Mosul.") == [
        (15000, "fled", None, (ERBIL,)), (2000, "fled", None, (MOSUL,))]
    assert said("Of the 15,000 villagers who fled to Erbil, 2,000 went on to say they would stay.") == [
        (15000, "fled", None, (ERBIL,))]


def test_a_weekday_of_a_plan_told_in_the_past_is_the_last_one():
    """"... families on Monday who wanted to flee": the intention is past, so its Monday is the one before publication
    (a Wednesday); a plan still to come takes the coming Monday."""
    [report] = reports_of("The shelling hit families on Monday evening who wanted to flee from Mosul to Erbil.", date(2024, 8, 7))
    assert (report.status, report.date) == ("planned", "2024-08-05")
    [report] = reports_of("Families want to flee from Mosul to Erbil on Monday.", date(2024, 8, 7))
    assert (report.status, report.date) == ("planned", "2024-08-12")


def test_people_who_still_remain_in_a_camp_named_by_its_owners_are_sheltered_there():
    """"about 900 people still remain in the monks' camp": a camp whose kind is a possessive, and "remain in" after
    "still", keep people where the story is, sheltered; no departure from it."""
    [report] = reports_of("Aid reached the displaced in Erbil, but about 900 people still remain in the monks' camp.")
    assert (report.term, report.origin, report.destinations) == ("sheltered", None, (ERBIL,))
    assert reports_of("About 900 people still remain in the army camp in Erbil.") == []  # soldiers' quarters


def test_a_headline_s_round_figure_is_the_body_s_figure_it_rounds():
    """"Count of villagers displaced from Mosul put at 12,000" over "... 12,370 villagers have fled Mosul to Erbil": the
    headline rounds the body's figure, one report citing both; a round figure the body's does not round to stays apart."""
    body = "On Monday, 12,370 villagers had fled Mosul to Erbil, officials said."
    [report] = reports_of(body, headline="Count of villagers displaced from Mosul put at 12,000\n\n")
    assert (report.count.value, len(report.citations)) == (12370, 2)
    assert [r.count.value for r in reports_of(body, headline="Count of villagers displaced from Mosul put at 15,000\n\n")] == [
        15000, 12370]


def test_a_headline_s_open_lower_bound_is_the_body_s_figure_that_passes_it():
    """"More than 4,000 villagers flee Mosul" over "... 4,380 villagers have fled Mosul to Erbil": the headline tells the
    body's figure down to its thousands, one report citing both; a figure past the next thousand stays apart."""
    body = "On Monday, 4,380 villagers had fled Mosul to Erbil, officials said."
    [report] = reports_of(body, headline="More than 4,000 villagers flee Mosul\n\n")
    assert (report.count.value, len(report.citations)) == (4380, 2)
    assert [r.count.value for r in reports_of(body.replace("4,380", "5,120"),
                                              headline="More than 4,000 villagers flee Mosul\n\n")] == [4000, 5120]


def test_a_national_agency_s_dateline_closed_by_a_full_stop_is_a_dateline():
    """"ERBIL, AUGUST 9, KURDPRESS." (or "(Rudaw).", "/TASS/."): the place it was filed in is not where people left,
    and the agency is the outlet."""
    for dateline, outlet in (("ERBIL, AUGUST 9, KURDPRESS.", "KURDPRESS"), ("ERBIL, Aug. 9 (Rudaw).", "Rudaw"),
                             ("ERBIL, August 9. /TASS/.", "TASS")):
        [report] = reports_of(f"{dateline} On Wednesday, 3,000 residents fled their homes after the floods.")
        assert (report.origin, report.citations[0].outlet) == (None, outlet), dateline
    # a place and a region in capitals closed by a full stop are no dateline: no agency, no date
    [report] = reports_of("ERBIL, KURDISTAN. On Wednesday, 3,000 residents fled their homes after the floods.")
    assert (report.origin, report.citations[0].outlet) == (ERBIL, "")


@pytest.mark.parametrize("text, term, origin, destinations", [
    # a participle inside the noun phrase only describes the people; the verb after it is theirs
    ("Some 4,000 displaced families have returned to Mosul since January.", "returned", None, (MOSUL,)),
    ("About 1,800 internally displaced people returned to Mosul this month.", "returned", None, (MOSUL,)),
    ("Some 2,000 displaced families live in tents in Erbil.", "displaced", ERBIL, ()),  # a state is no verb
    # a relative clause tells an earlier movement: where it went is where the counted one starts, and a return goes
    # back to where it left
    ("About 3,000 people who had fled to Erbil returned to Mosul last week.", "returned", ERBIL, (MOSUL,)),
    ("About 3,000 civilians, who had fled to Erbil, returned to Mosul on Monday.", "returned", ERBIL, (MOSUL,)),
    ("Nearly 900 families who were evacuated from Mosul returned home on Friday.", "returned", None, (MOSUL,)),
    ("About 3,000 people who returned to Aleppo last week fled again on Monday.", "fled", ALEPPO, ()),
    ("Some 2,000 people that fled Mosul were relocated to camps in Erbil.", "relocated", MOSUL, (ERBIL,)),
    # so does a passive participle right after them, and where they stayed is where a return starts
    ("Some 3,000 people displaced by the floods in Mosul returned home last week.", "returned", None, (MOSUL,)),
    ("About 1,500 families evacuated from Mosul in March have returned.", "returned", None, (MOSUL,)),
    ("Nearly 2,000 residents uprooted by the fighting in Mosul were relocated to Erbil.", "relocated", MOSUL, (ERBIL,)),
    ("About 1,400 people who had been sheltering in schools in Erbil returned to Mosul.", "returned", ERBIL, (MOSUL,)),
    # where they lived before is where they left, also for a return
    ("About 6,000 refugees who had lived in Erbil have returned to Poland since June.", "returned", ERBIL, (POLAND,)),
    ("Some 900 Congolese who lived in Goma have returned to Rwanda.", "returned", GOMA, (RWANDA,)),
    ("Some 4,000 Iraqi Kurdish refugees who had lived in Aleppo have returned to Erbil.", "returned", ALEPPO, (ERBIL,)),
    ("About 2,500 people who had long resided in Aleppo were relocated to Erbil.", "relocated", ALEPPO, (ERBIL,)),
    ("About 6,000 refugees who had fled to Erbil have returned to Poland since June.", "returned", ERBIL, (POLAND,)),
    ("About 1,500 families evacuated from Mosul and returned the next day.", "evacuated", MOSUL, ()),
    ("Some 2,000 people evacuated from Mosul, returning weeks later.", "evacuated", MOSUL, ()),
    # no verb of theirs follows the clause
    ("Some 2,000 people who fled Mosul say they want to return.", "fled", MOSUL, ()),
    ("Some 1,500 people who fled Mosul hope to return to their homes soon.", "fled", MOSUL, ()),
    ("Some 1,200 displaced families from Mosul were told they could return next week.", "displaced", MOSUL, ()),
])
def test_the_term_and_roles_are_the_main_verbs_not_an_adjectives_or_a_relative_clauses(text, term, origin,
                                                                                         destinations):
    [report] = reports_of(text, headline="Floods in Kharkiv\n\n")
    assert (report.term, report.origin, report.destinations, report.status) == (term, origin, destinations,
                                                                                 "completed")


@pytest.mark.parametrize("text, destinations", [
    ("Some 5,000 people fled Kharkiv on Sunday. Most were heading to Mariupol.", (MARIUPOL,)),
    ("Some 5,000 people fled Kharkiv on Sunday. Nearly all of them went to Mariupol.", (MARIUPOL,)),
    ("Some 5,000 people fled Kharkiv on Sunday. The majority headed for Mariupol.", (MARIUPOL,)),
    ("Some 5,000 people fled Kharkiv on Sunday. Others were heading to Mariupol.", ()),  # other people
    ("Some 5,000 people fled Kharkiv on Sunday. Most shops were closed in Mariupol.", ()),
    ("Some 5,000 people fled Kharkiv on Sunday; others were heading to Mariupol.", ()),
    ("Some 5,000 people fled Kharkiv to Poland, while others headed for Mariupol.", (POLAND,)),
])
def test_most_of_the_people_counted_carry_their_movement_on_and_others_are_other_people(text, destinations):
    [report] = reports_of(text, headline="Floods in Kharkiv\n\n")
    assert (report.origin, report.destinations) == (KHARKIV, destinations)


@pytest.mark.parametrize("text, dates", [
    # a plan's weekday is the coming one; a completed move beside it does not take the plan's date
    ("Officials said 3,000 residents had left Mosul and another 1,200 would be moved to Erbil by Saturday.",
     [(None, None), ("2022-03-19", "Saturday")]),
    ("About 800 families will be relocated from Mosul to Erbil on Monday.", [("2022-03-21", "Monday")]),
    # a plan told in the past, and completed moves, keep the weekday before publication
    ("The relocation of 900 people from Mosul was to take place on Monday.", [("2022-03-14", "Monday")]),
    ("On Tuesday, 500 people fled Mosul and 300 were evacuated to Erbil.",
     [("2022-03-15", "Tuesday"), ("2022-03-15", "Tuesday")]),
    ("About 500 people fled Mosul on Tuesday and 300 were evacuated to Erbil.",
     [("2022-03-15", "Tuesday"), ("2022-03-15", "Tuesday")]),
])
def test_a_weekday_is_read_in_its_own_clause_and_tense(text, dates):
    assert [(r.date, r.date_text) for r in reports_of(text, THURSDAY_17_MARCH_2022)] == dates


def test_a_speakers_place_is_no_place_of_the_count():
    told = reports_of("Fighting forced families out of Mosul. Officials put the number higher, telling reporters in Erbil "
                      "that up to 8,000 people had been moved out.")
    assert [r.origin.name for r in told if r.count] == ["Mosul"]
    [described] = [r for r in reports_of("About 2,500 people left Mosul overnight, said Rana Haddad, a spokeswoman for the "
                                         "aid office in Erbil.") if r.count]
    assert (described.origin.name, described.destinations, described.attributed_to) == ("Mosul", (), "Rana Haddad")
    [serving] = [r for r in reports_of("About 1,200 people left Kharkiv on Sunday, said Olena Bilyk, the U.N. "
                                       "coordinator for Poland.") if r.count]
    assert (serving.origin.name, serving.destinations) == ("Kharkiv", ())
    # not described: the place after the name is still the count's
    [plain] = [r for r in reports_of("About 900 people fled Mosul for Erbil on Sunday, officials said.") if r.count]
    assert [p.name for p in plain.destinations] == ["Erbil"]


def test_weather_a_storm_brings_to_a_place_falls_there_and_is_no_destination():
    [storm] = [r for r in reports_of("The hurricane brought heavy rain, high winds and floods to Galveston on Tuesday, "
                                     "displacing about 6,000 people.") if r.count]
    assert (storm.origin.name, storm.destinations) == ("Galveston", ())
    # people brought to a place do go there
    [moved] = [r for r in reports_of("Buses brought 600 evacuees from Galveston to Houston overnight.") if r.count]
    assert [p.name for p in moved.destinations] == ["Houston"]


def test_a_speakers_own_flight_is_not_the_counts():
    reports = [r for r in reports_of("Families are crowded in classrooms. \"We are 400 people in this hall,\" said Omar "
                                     "Said, who fled his home near Mosul with his wife in March.") if r.count]
    assert not any(r.origin is not None and r.origin.name == "Mosul" for r in reports)
    # the count's own flight, no speaker after it, keeps its origin
    [own] = [r for r in reports_of("About 400 people who fled their homes near Mosul are staying in the hall.") if r.count]
    assert own.origin is not None


def test_a_things_movement_towards_a_place_is_no_destination():
    [water] = [r for r in reports_of("Officials have evacuated 20,000 people from Galveston as floodwaters from the bay "
                                     "surge towards Houston.") if r.count]
    assert (water.origin.name, water.destinations) == ("Galveston", ())
    [fighting] = [r for r in reports_of("Fighting has spread to Kharkiv and 5,000 people have fled Mariupol.") if r.count]
    assert [p.name for p in fighting.destinations] == []
    # people surging towards a place do go there
    [people] = [r for r in reports_of("About 3,000 people fled Mariupol, surging towards Zaporizhzhia.") if r.count]
    assert [p.name for p in people.destinations] == ["Zaporizhzhia"]


def test_one_of_those_counted_before_is_a_part_of_them():
    text = ("Some 2,400 people were evacuated from Kharkiv on Sunday. Of those evacuated, 1,100 were Polish nationals; "
            "the rest came from 30 countries.")
    assert [(r.count.value, r.part) for r in reports_of(text) if r.count] == [(2400, False), (1100, True)]
    # "among those ...", and every count its sentence lists after it
    text = ("Some 2,400 people have crossed into Poland since May. Among those crossing the river, 1,100 are "
            "Ukrainians and 900 are Moldovans.")
    assert [(r.count.value, r.part) for r in reports_of(text) if r.count] == [(2400, False), (1100, True), (900, True)]
    # look-alike: a count of its own after a fronted phrase of time is no part, nor one in the next sentence
    text = ("Some 2,400 people were evacuated from Kharkiv on Sunday. Of those evacuated, 1,100 were Polish nationals. "
            "On Monday, 700 more were evacuated.")
    assert [(r.count.value, r.part) for r in reports_of(text) if r.count] == [(2400, False), (1100, True), (700, False)]
    text = "Some 2,400 people were evacuated from Kharkiv on Sunday. On Monday, 1,100 more were evacuated."
    assert [(r.count.value, r.part) for r in reports_of(text) if r.count] == [(2400, False), (1100, False)]


def test_inside_a_place_locates_the_movement():
    story = "Shelling hit Mosul again, and hospitals in Mosul were full. "
    [inside] = [r for r in reports_of(story + "Some 3,000 people have been displaced inside Poland since May.") if r.count]
    assert inside.origin == POLAND  # not the article's place
    # "from inside" is still the origin's cue; a place after another is still only located by it
    [left] = [r for r in reports_of(story + "Some 3,000 people fled to Rwanda from inside Poland.") if r.count]
    assert (left.origin, left.destinations) == (POLAND, (RWANDA,))
    # look-alike: inside a building names no place; the article's place stands in
    [sheltered] = [r for r in reports_of(story + "Some 3,000 people fled their homes and are sleeping inside schools.")
                   if r.count]
    assert sheltered.origin == MOSUL


def test_a_force_entering_a_place_makes_it_where_people_fled_not_their_destination():
    [report] = [r for r in reports_of("Rebel fighters entered Mosul on Sunday, forcing 5,000 residents to flee towards "
                                      "Erbil.") if r.count]
    assert (report.origin, report.destinations) == (MOSUL, (ERBIL,))
    [report] = [r for r in reports_of("The militia (ISF) reached Kharkiv overnight, forcing 5,000 people to flee.") if r.count]
    assert (report.origin, report.destinations) == (KHARKIV, ())
    # look-alike: people entering a place went there
    [report] = [r for r in reports_of("Some 5,000 displaced people entered Erbil on Sunday after fleeing Mosul.") if r.count]
    assert report.destinations == (ERBIL,)


def test_an_aside_on_some_of_the_people_closes_where_their_own_verb_goes_on():
    [report] = [r for r in reports_of("Shelling forced 5,000 people, many of whom had already fled Aleppo, to flee "
                                      "again towards Erbil.") if r.count]
    assert report.destinations == (ERBIL,)
    # look-alike: an aside running to the sentence's end is still about some of them
    [report] = [r for r in reports_of("About 5,000 people fled Mosul, many of whom later travelled on to Erbil.") if r.count]
    assert (report.origin, report.destinations) == (MOSUL, ())


def test_where_another_event_started_is_no_origin():
    [report] = [r for r in reports_of("Mariupol was shelled again. The offensive that began on 2 March in Kharkiv has reached Mariupol, where shelling "
                                      "has forced 4,000 residents to flee.") if r.count]
    assert report.origin is None or report.origin.name != "Kharkiv"


def test_a_place_after_several_shelters_after_to_is_the_destination():
    [report] = [r for r in reports_of("Floods hit Texas. He said 9,000 people had been moved to churches and public "
                                      "buildings in Houston and Galveston.") if r.count]
    assert ([p.name for p in report.destinations], report.origin) == (["Houston", "Galveston"], None)
    [barracks] = [r for r in reports_of("About 700 people were taken to army barracks in Erbil.") if r.count]
    assert [p.name for p in barracks.destinations] == ["Erbil"]
    # a place where buildings burned is where it happened
    [burned] = [r for r in reports_of("Fire spread through buildings in Galveston and 600 people were evacuated.") if r.count]
    assert burned.destinations == ()


def test_a_he_said_takes_the_last_named_speaker():
    reports = reports_of("Mayor Ivan Petrenko said 6,000 people fled Mariupol. The city was shelled again overnight. "
                         "He said 2,000 more had left for Zaporizhzhia.")
    assert [r.attributed_to for r in reports if r.count] == ["Mayor Ivan Petrenko"] * 2
    # "It said" after a sentence naming no source credits nobody
    reports = reports_of("The agency said 6,000 people fled Mariupol. Residents fled Dnipro. It said 300 left Kharkiv.")
    assert [r.attributed_to for r in reports if r.count] == ["agency", None]


def test_a_source_said_before_a_participle_clause_or_described_after():
    assert source_of("Some 300 people were evacuated from the plant, the Red Cross said, ending a month of siege.") == "Red Cross"
    assert source_of("About 800 people fled on Monday, said Omar Haddad, the regional governor.") == "Omar Haddad"
    assert source_of("About 800 people fled on Monday, said Omar Haddad.") == "Omar Haddad"
    assert source_of("Only 80 people got out on Friday, the deputy mayor said, far fewer than planned.") == "deputy mayor"
    # a clause after the verb is no source: "many of whom", "they"
    assert source_of("About 800 people fled, many of whom said, in tears, that they had lost everything.") is None


def test_the_storys_destination_stands_in_for_no_origin():
    story = ("About 300 people were evacuated from Kharkiv to Dnipro on Friday. More buses will go to Dnipro, and a "
             "train reached Dnipro at dawn.\n\nOfficials said 2,000 residents had been taken to Poland.")
    assert [r.origin.name if r.origin else None for r in reports_of(story) if r.count] == ["Kharkiv", None]
    hosting = ("Families slept at a sports hall in Dnipro after fleeing Kharkiv. A church in Dnipro took in more, and a "
               "hospital in Dnipro treated the injured.\n\nOfficials said 2,000 residents had been evacuated.")
    assert [r.origin for r in reports_of(hosting) if r.count] == [None]
    # a place named mostly as where things happened still stands in
    shelled = ("Shelling hit Dnipro on Friday. Dnipro lost power, and 300 people fled Kharkiv for Dnipro.\n\n"
               "Officials said 2,000 residents had been taken to Poland.")
    assert [r.origin.name if r.origin else None for r in reports_of(shelled) if r.count] == ["Kharkiv", "Dnipro"]


def test_an_origin_the_gazetteer_does_not_know_takes_no_article_place():
    story = "Shelling hit Mariupol again on Sunday. Mariupol is encircled.\n\n"
    [unknown] = [r for r in reports_of(story + "Officials said 150 people had been evacuated from Ilyichivsk.") if r.count]
    assert unknown.origin is None
    [town] = [r for r in reports_of(story + "Officials said 150 people had left the small town of Ilyichivsk.") if r.count]
    assert town.origin is None
    # a date or an acronym after "from" is no origin: the article's place stands in
    [dated] = [r for r in reports_of(story + "Officials said 150 people had been evacuated from Monday on.") if r.count]
    [acronym] = [r for r in reports_of(story + "Officials said 150 people had fled from ISIS.") if r.count]
    assert (dated.origin.name, acronym.origin.name) == ("Mariupol", "Mariupol")


def test_a_count_in_a_where_clause_takes_the_clauses_places():
    [report] = [r for r in reports_of("Troops withdrew from Mariupol and moved north, where shelling in Kharkiv has "
                                      "forced 7,000 residents to flee.") if r.count]
    assert report.origin.name == "Kharkiv"
    [outside] = [r for r in reports_of("Some 7,000 residents fled Kharkiv for Dnipro, where aid groups set up camps.")
                 if r.count]
    assert (outside.origin.name, [p.name for p in outside.destinations]) == ("Kharkiv", ["Dnipro"])


def test_where_a_part_of_the_people_moved_on_is_no_destination_of_the_count():
    [onward] = [r for r in reports_of("About 9,000 people fled Mariupol in March, some of whom later went on to Dnipro.")
                if r.count]
    assert (onward.origin.name, onward.destinations) == ("Mariupol", ())
    [most] = [r for r in reports_of("About 9,000 people fled Mariupol in March, most of them to Dnipro.") if r.count]
    assert [p.name for p in most.destinations] == ["Dnipro"]


def test_a_source_that_puts_the_number_reports_or_goes_on_telling():
    assert source_of("The regional government put the number in relief camps at 90,000.") == "regional government"
    assert source_of("- Officials in Kasai province report up to 8,000 new arrivals.") == "Officials in Kasai province"
    assert source_of("Kenya's interior minister, Amina Odhiambo, raised the estimate, telling reporters in Nairobi "
                     "that 12,000 people had been moved.") == "Kenya's interior minister"
    # people who move and say something are no source of the count
    assert source_of("Hundreds of families fled the valley, saying they feared more floods.") is None


def test_the_article_place_named_last_in_a_list_of_destinations_is_the_story_destination_not_an_origin():
    """The article's place named mostly where people went, once as the last of a list ("moved to Mariupol and
    Kharkiv"), is the story's destination: no origin of people crossing a border; named where something happened, it
    still is."""
    [crossed] = reports_of("About 3,000 people crossed into Poland on Monday. Many others moved to Mariupol and Kharkiv, "
                           "where shelters in Kharkiv filled quickly.", headline="Shelling\n\n")
    assert (crossed.origin, crossed.destinations) == (None, (POLAND,))
    [crossed] = reports_of("About 3,000 people crossed into Poland on Monday. Shelling hit Kharkiv and Mariupol, "
                           "where shelters in Kharkiv filled quickly.", headline="Shelling\n\n")
    assert (crossed.origin, crossed.destinations) == (KHARKIV, (POLAND,))


def test_the_city_that_received_people_is_the_town_the_sentence_before_says_they_went_to():
    [received] = reports_of("ZAPORIZHZHIA, Ukraine — Many of those who fled Mariupol headed west to Dnipro. Officials "
                            "there said the city had received more than 20,000 evacuees since March.")
    assert (received.origin, received.destinations) == (None, (DNIPRO,))
    # none named: the dateline's city; a country is no town
    received = reports_of("DNIPRO, Ukraine — Many people fled Mariupol. Officials said the city had received "
                          "20,000 evacuees since March.")[-1]
    assert received.destinations == (DNIPRO,)
    received = reports_of("DNIPRO, Ukraine — Many of those who fled Mariupol headed to Poland. Officials said the "
                          "city had received 20,000 evacuees since March.")[-1]
    assert received.destinations == (DNIPRO,)


def test_people_who_arrived_in_the_city_arrived_where_it_stands_for():
    # "the city" after an arrival, in an article filed from Dnipro: Dnipro, as for "the city had received"
    [arrived] = reports_of("DNIPRO, Ukraine — Officials said 20,000 evacuees from Mariupol had arrived in the city since "
                           "March.")
    assert (arrived.origin, arrived.destinations) == (MARIUPOL, (DNIPRO,))
    # look-alike: "the city of" names the place itself
    [arrived] = reports_of("DNIPRO, Ukraine — Officials said 20,000 evacuees from Mariupol had arrived in the city of "
                           "Zaporizhzhia since March.")
    assert (arrived.origin, arrived.destinations) == (MARIUPOL, (ZAPORIZHZHIA,))


def test_people_a_place_received_arrived_there():
    """"the city had received 20,000 evacuees" in an article filed from Dnipro: Dnipro is where they went (the
    dateline's city), never where they left; a place naming the receiver is the destination; onward travel of some
    of them gives the count no other place."""
    [received] = reports_of("DNIPRO, Ukraine — Officials said the city had received more than 20,000 evacuees since "
                            "March, many of whom later travelled on to Kharkiv.")
    assert (received.origin, received.destinations, received.count.value) == (None, (DNIPRO,), 20000)
    [received] = reports_of("DNIPRO, Ukraine — Officials said the city had received 20,000 evacuees from Mariupol.")
    assert (received.origin, received.destinations) == (MARIUPOL, (DNIPRO,))
    [received] = reports_of("Zaporizhzhia has taken in some 9,000 displaced people from Berdyansk, officials said.")
    assert (received.origin, received.destinations) == (BERDIANSK, (ZAPORIZHZHIA,))
    # the article's place (Mariupol, named most) stands in for no origin of people received elsewhere
    [received] = reports_of("DNIPRO, Ukraine — Mariupol was shelled again. Officials said the city had received "
                            "20,000 evacuees since March.")
    assert (received.origin, received.destinations) == (None, (DNIPRO,))
    # "the city" named as where they came from is not the receiver; a report received is no arrival of people
    [came] = reports_of("Officials said the city had received 20,000 evacuees from Mariupol.")
    assert (came.origin, came.destinations) == (MARIUPOL, ())
    [told] = reports_of("KYIV — Dnipro has received reports of 2,000 people displaced from Kharkiv.")
    assert (told.origin, told.destinations) == (KHARKIV, ())


def test_a_place_expecting_people_to_arrive_is_their_destination():
    ukraine = Place("geonames:690791", "Ukraine", 49.0, 32.0, "country", "UA")

    def reports(text):
        doc = Document("doc", "Evacuation news\n\nDnipro — " + text)
        return find_reports(doc, stub_mentions(doc, {**PLACES, "Ukraine": ukraine}))
    [expected] = reports("Officials said Ukraine now expects 300,000 displaced people to arrive this year.")
    assert (expected.origin, expected.destinations, expected.count.value) == (None, (ukraine,), 300000)
    # look-alike: a place expecting its own people to leave receives nobody
    [leaving] = reports("Officials said Ukraine expects 30,000 residents to flee this winter.")
    assert (leaving.origin, leaving.destinations) == (ukraine, ())


@pytest.mark.parametrize("text, origin, destinations", [
    ("Erbil, which had 40,000 inhabitants before the fighting, now hosts about 90,000 people, most of them displaced "
     "from nearby towns.", None, (ERBIL,)),
    ("Goma, the provincial capital, has taken in some 8,500 displaced people from Rwanda.", RWANDA, (GOMA,)),
])
def test_a_place_that_received_people_past_an_aside_on_it_is_their_destination(text, origin, destinations):
    [report] = reports_of(text, headline="Floods in Kharkiv\n\n")
    assert (report.origin, report.destinations) == (origin, destinations)
    # a place in the aside is not the receiver
    [report] = reports_of("The camp, near Goma, has received some 8,500 displaced people since May.")
    assert GOMA not in report.destinations


def test_displaced_people_staying_somewhere_are_there_not_from_there():
    sleeping = only("In Mosul, some 6,300 displaced people are sleeping in mosques.")
    assert (sleeping.origin, sleeping.destinations) == (None, (MOSUL,))
    hosted = only("In Erbil, about 1,400 IDPs are living in unfinished buildings.")
    assert (hosted.origin, hosted.destinations) == (None, (ERBIL,))
    named = only("Some 2,600 displaced people from Aleppo are staying with relatives in Homs.")
    assert (named.origin, named.destinations) == (ALEPPO, (HOMS,))


def test_people_who_lived_somewhere_before_they_moved_left_it():
    lived = only("In Mosul, 3,800 people living in riverside houses were displaced.")
    assert lived.origin == MOSUL
    moved = only("In Erbil, 1,700 families were displaced and are staying with relatives.")
    assert moved.origin == ERBIL


def test_the_place_of_a_speaker_named_after_said_is_no_place_of_the_movement():
    assert [r.origin for r in reports_of('"Hundreds of families have been uprooted again," said a WFP spokeswoman '
                                         'in Mosul.')] in ([], [None])
    counted = only('"About 1,200 families have fled," said a UN official in Erbil.')
    assert (counted.origin, counted.destinations) == (None, ())
    assert only("Officials said 900 people fled from Kharkiv.").origin == KHARKIV


def test_the_place_of_a_speaker_named_after_a_title_is_no_place_of_the_movement():
    # the title's holder named between it and the place: still where the speaker is
    assert [r.origin for r in reports_of('"Families are leaving with nothing," said agency spokeswoman Dana Kiros '
                                         'in Mosul.')] in ([], [None])
    counted = only('"About 1,200 families have fled," said UN official Tomas Berg in Erbil.')
    assert (counted.origin, counted.destinations) == (None, ())
    # look-alike: a movement the speaker tells, with its own place, keeps it
    assert only("Spokeswoman Dana Kiros said 900 people fled from Kharkiv.").origin == KHARKIV


KEY_FIGURES = "Floods in Erbil: flash update\n\nKEY FIGURES\nPeople displaced: {bullet}\n\n"


def test_a_key_figure_with_the_articles_place_is_the_placed_sentence_with_the_same_figure():
    text = KEY_FIGURES.format(bullet="6,100") + "About 6,100 people have been displaced from villages near Mosul, officials said."
    [report] = reports_of(text)
    assert (report.count.value, report.origin, report.attributed_to) == (6100, MOSUL, "officials")
    assert len(report.citations) == 2


def test_a_key_figure_stays_apart_from_other_figures_and_from_several_placed_copies():
    other = KEY_FIGURES.format(bullet="6,200") + "About 6,100 people have been displaced from villages near Mosul."
    assert sorted(r.count.value for r in reports_of(other)) == [6100, 6200]
    twice = (KEY_FIGURES.format(bullet="6,100") + "Some 6,100 people have been displaced from Mosul. "
             "In Aleppo, 6,100 people have been displaced too.")
    assert len(reports_of(twice)) == 3


def test_a_line_of_a_place_and_its_topic_heads_its_paragraph():
    text = ("Rwanda - Floods\nHeavy rain fell on Sunday. Floods displaced 3,000 people, officials said.\n\n"
            "Poland - Storms and high winds\nSome 5,000 people were evacuated on Monday.\n\n"
            "Poland - Fighting\nSome 900 people fled Kharkiv.")
    assert [r.origin for r in reports_of(text)] == [RWANDA, POLAND, KHARKIV]


def test_a_line_with_a_figure_after_a_place_and_a_dash_heads_nothing():
    text = ("Rwanda - 3,000 households affected\nSome 5,000 people were evacuated on Monday.\n\n"
            "Aid reached Poland. Poland sent tents.")
    assert [r.origin for r in reports_of(text)] == [POLAND]


def test_another_count_crossing_a_lake_after_a_flight_is_a_movement_of_its_own():
    fled, crossed = reports_of("Some 7,000 people fled Mosul. Another 2,500 crossed the lake by boat to Erbil.")
    assert (fled.count.value, fled.destinations) == (7000, ())
    assert (crossed.count.value, crossed.additional, crossed.destinations, crossed.term) == (2500, True, (ERBIL,), "crossed")


def test_a_place_evacuated_is_where_the_people_a_later_verb_sends_left():
    text = "Mosul and Goma were evacuated earlier this week, with their residents sent to Erbil."
    [report] = reports_of(text, headline="Floods in Kharkiv\n\nFloods hit Kharkiv.\n\n")
    assert (report.origin, report.destinations) == (MOSUL, (ERBIL,))


def test_in_a_story_told_from_where_people_went_a_departure_naming_no_place_left_the_storys_origin():
    text = ("Mosul was ordered to evacuate on Monday as the river rose. Buses took families from Mosul to Erbil, and "
            "more arrived in Erbil overnight; others reached Erbil by car.\n\nAbout 3,000 residents must still leave, "
            "officials said.")
    reports = reports_of(text, headline="Evacuees reach Erbil\n\n")
    [leaving] = [r for r in reports if r.count is not None and r.count.value == 3000]
    assert leaving.origin == MOSUL


def test_in_a_story_told_from_where_people_went_no_one_place_left_gives_no_origin():
    text = ("Families fled Mosul on Monday, and others fled Goma. Buses took families to Erbil, and more arrived in "
            "Erbil overnight; others reached Erbil by car.\n\nAbout 3,000 residents must still leave, officials said.")
    reports = reports_of(text, headline="Evacuees reach Erbil\n\n")
    [leaving] = [r for r in reports if r.count is not None and r.count.value == 3000]
    assert leaving.origin is None


UGANDA = Place("geonames:226074", "Uganda", 1.25, 32.5, "country", "UG")


@pytest.mark.parametrize("text, origin", [
    ("Some 3,000 people crossed into Rwanda and Uganda on Monday.", None),  # into several countries: from across
    ("Some 3,000 people have crossed into neighbouring countries since May.", None),  # their own, no town of it
    ("Some 3,000 people crossed into Rwanda on Monday.", GOMA),  # into one: the article's town stands in
    ("Some 3,000 people fled Goma and crossed into neighbouring countries.", GOMA),  # named
    # any verb going to neighbouring countries (not a crossing): from across their own too
    ("Some 3,000 people have fled to neighbouring countries since May.", None),
    # a flight into several named countries, done or feared: from across their own
    ("Some 3,000 people have fled to Rwanda and Uganda since May.", None),
    ("The agency expects up to 30,000 people to flee into Rwanda and Uganda if the fighting goes on.", None),
    # look-alikes: a flight into one country, or evacuated to two named ones, leave the article's town standing in
    ("Some 3,000 people have fled into Rwanda since May.", GOMA),
    ("Some 3,000 people were evacuated to Rwanda and Uganda on Monday.", GOMA),
])
def test_people_crossing_into_several_countries_left_no_town_the_article_names(text, origin):
    doc = Document("doc", "Fighting in Goma\n\nFighting in Goma forced people to flee. " + text)
    reports = find_reports(doc, stub_mentions(doc, {"Goma": GOMA, "Rwanda": RWANDA, "Uganda": UGANDA}))
    [crossing] = [r for r in reports if r.count is not None]
    assert crossing.origin == origin


@pytest.mark.parametrize("text, origin", [
    # "in total" / "in all" is no locative, and "and that" opens a second thing said: the place is that clause's
    ("The minister said 3,000 people had been evacuated in total and that Poland would send tents.", ""),
    ("The minister said 3,000 people had been evacuated in all, and Poland would send tents.", ""),
    ("The minister said 3,000 people had been evacuated from Erbil and that Poland would send tents.", "Erbil"),
    # look-alikes: a real locative stays one
    ("The minister said 3,000 people had been evacuated in Erbil.", "Erbil"),
    ("The minister said 3,000 people had been evacuated in all parts of Erbil.", "Erbil"),
])
def test_a_set_phrase_or_a_second_thing_said_gives_no_place(text, origin):
    assert only(text).origin_text == origin


@pytest.mark.parametrize("text, origin, destinations", [
    # a part with a route of its own: its places are not the whole's
    ("Officials said 6,600 people were evacuated through the corridors on Friday, including 4,100 from Mosul who "
     "reached Erbil.", "", ()),
    # look-alikes: a part with no place, and the whole's own route before it
    ("Officials said 6,600 people were evacuated from Mosul to Erbil on Friday, including 400 children.", "Mosul", (ERBIL,)),
    ("Officials said 6,600 people were evacuated from Mosul on Friday, among them 400 wounded.", "Mosul", ()),
    # parts with destinations of their own: the whole went to neither alone
    ("Officials said 6,600 people had fled abroad, including about 4,100 into Poland and 1,500 to Rwanda.", "", ()),
    # look-alike: the whole's destination before a part that has none
    ("Officials said 6,600 people had fled into Poland, including about 4,100 children.", "", (POLAND,)),
    # a share with a route of its own, after "with": the whole went there only in part
    ("Officials said 6,600 people had fled Kharkiv, with more than half heading into Poland.", "Kharkiv", ()),
    ("Officials said 6,600 people had fled Kharkiv, with 60 percent of them going to Rwanda.", "Kharkiv", ()),
    # look-alike: "with" that brings no share moving on
    ("Officials said 6,600 people had fled Kharkiv into Poland, with help from volunteers.", "Kharkiv", (POLAND,)),
])
def test_a_part_with_a_route_of_its_own_gives_the_whole_no_place(text, origin, destinations):
    [report] = [r for r in reports_of(text) if r.count is not None and r.count.value == 6600]
    assert (report.origin_text, report.destinations) == (origin, destinations)


def test_a_photo_caption_lends_no_place_to_a_report_naming_none():
    # The caption after the story and the next one (between credits) name Mosul: not the article's place.
    story = "Thousands of people fled to the hills overnight to escape the fighting. "
    captions = ("Worshippers pray at a mosque in Mosul, Friday, May 2, 2014. ( ap photo/jo doe ) ( associated press ) "
                "A woman holds up her son's picture in Mosul, Thursday. Late on Wednesday,... ( associated press )")
    assert _where(only(story + captions)) == (None, ())
    # The same sentences without credits are the story's: Mosul stands in.
    assert _where(only(story + captions.replace("( ap photo/jo doe ) ", "").replace(" ( associated press )", ""))) == (
        MOSUL, ())


def test_a_caption_before_a_report_is_no_neighbouring_place():
    caption = "Rescuers pull a child from the rubble in Mosul, Friday, May 2, 2014. ( ap photo/jo doe ) "
    assert _where(only("Shelling hit Aleppo on Friday. " + caption + "About 2,000 people fled overnight.")) == (ALEPPO, ())
    assert _where(only("Shelling hit Aleppo on Friday. " + caption.replace("( ap photo/jo doe ) ", "")
                       + "About 2,000 people fled overnight.")) == (MOSUL, ())
    # A sentence opening with the credit goes on with the story: its place is the neighbour's.
    assert _where(only("Rescuers search the rubble in Mosul, Friday. ( ap photo/jo doe ) Fighting raged in Aleppo on Friday. "
                       "About 2,000 people fled overnight. Aid workers in Erbil and near Erbil waited.")) == (ALEPPO, ())



@pytest.mark.parametrize("text, figures", [
    # travellers who come to a place are on a trip, in an article about a flood too
    ("Floods forced 3,000 residents of Galveston to leave. Some 12,000 tourists arrived in Houston last week.", {3000}),
    ("About 500 volunteers came to Houston to help.", set()),
    # tourists moved by the emergency, and displaced people who arrive, still count
    ("Some 12,000 tourists were evacuated from Galveston to Houston.", {12000}),
    ("About 2,000 displaced villagers arrived in Houston on Tuesday.", {2000}),
])
def test_travellers_who_come_to_a_place_are_on_a_trip(text, figures):
    assert {r.count.value for r in reports_of(text, headline="Flood news\n\n") if r.count} == figures


UKRAINE = Place("geonames:690791", "Ukraine", 49.0, 32.0, "country", "UA")
SYRIA = Place("geonames:163843", "Syria", 35.0, 38.0, "country", "SY")
IRAQ = Place("geonames:99237", "Iraq", 33.0, 44.0, "country", "IQ")
PEOPLES = {"ukrainians": UKRAINE, "syrians": SYRIA, "iraqis": IRAQ, "iraqi": IRAQ}


def people_reports(text: str):
    doc = Document("doc", "Refugees on the move\n\n" + text)
    return find_reports(doc, stub_mentions(doc, PLACES), PEOPLES)


@pytest.mark.parametrize("text, origin", [
    # people named by a country's demonym who crossed or fled abroad, naming no origin, left that country
    ("Some 8,000 Ukrainians have crossed into Poland since Sunday, border guards said.", UKRAINE),
    ("About 2,500 Syrians fled to Erbil last week, the UN said.", SYRIA),
    ("Thousands of Iraqi refugees have fled to Aleppo this month.", IRAQ),
])
def test_people_named_by_their_country_who_went_abroad_left_it(text, origin):
    [report] = people_reports(text)
    assert (report.origin, report.origin_inferred) == (origin, True)


@pytest.mark.parametrize("text, origin", [
    # negatives: an origin named, a destination in their own country, nationals evacuated, no demonym
    ("Some 8,000 Ukrainians have crossed into Poland from Kharkiv, border guards said.", KHARKIV),
    ("About 2,500 Iraqis fled to Erbil last week, the UN said.", None),
    ("The army evacuated 600 Syrians to Poland on Monday.", None),
    ("Some 8,000 people have crossed into Poland since Sunday, border guards said.", None),
])
def test_people_named_by_their_country_keep_any_other_origin(text, origin):
    [report] = people_reports(text)
    assert (report.origin, report.origin_inferred) == (origin, False)


def test_people_named_by_their_country_and_placed_nowhere_were_uprooted_in_it():
    # no place in the whole article: the people's country, inferred
    [report] = people_reports("Hundreds of Syrians lost their homes when the storm struck on Saturday night.")
    assert (report.origin, report.origin_inferred) == (SYRIA, True)
    [report] = people_reports("Thousands of Iraqis fled their homes on Sunday as the shelling spread.")
    assert (report.origin, report.origin_inferred) == (IRAQ, True)
    # negatives: the article places them elsewhere; nationals evacuated may be abroad
    [report] = people_reports("Thousands of Iraqis fled their homes in Aleppo on Sunday as the shelling spread.")
    assert (report.origin, report.origin_inferred) == (ALEPPO, False)
    [report] = people_reports("The army evacuated 600 Syrians on Monday.")
    assert (report.origin, report.origin_inferred) == (None, False)


@pytest.mark.parametrize("text, destinations", [
    # an onward leg and where moved people now are name destinations
    ("About 1,200 residents continued on to Erbil on Friday, officials said.", (ERBIL,)),
    ("About 5,000 people fled Mosul last week, and many are now in Erbil.", (ERBIL,)),
    # negatives: "continued" with no onward leg, a place named before "now in"
    ("Shelling continued on Monday as 1,200 people fled Mosul.", ()),
    ("About 5,000 people fled Mosul last week, Erbil officials said, and more are now in need of food.", ()),
])
def test_onward_legs_and_where_people_now_are_are_destinations(text, destinations):
    [report] = reports_of(text)
    assert report.destinations == destinations


@pytest.mark.parametrize("text, destinations", [
    # a restated figure saying where the people now are gives a movement naming none its destinations
    ("Some 3,000 people fled Mosul on Monday. The UN put the number at 4,000, saying many were now in Erbil.", (ERBIL,)),
    # negative: a movement with a destination keeps its own
    ("Some 3,000 people fled Mosul for Aleppo on Monday. The UN put the number at 4,000, saying many were now in "
     "Erbil.", (ALEPPO,)),
])
def test_a_restated_figure_says_where_people_now_are(text, destinations):
    reports = reports_of(text)
    assert [r.destinations for r in reports if r.count.value == 4000] == [destinations]


@pytest.mark.parametrize("text, source", [
    ("537 families have fled goma, according to the u.n. It is the largest exodus this year.", "u.n."),
    ("537 families have fled goma, according to the u.n. refugee agency.", "u.n. refugee agency"),
    ("537 families have fled Goma, according to the U.N. refugee agency.", "U.N. refugee agency"),
])
def test_lower_case_initials_are_a_whole_source_never_a_letter(text, source):
    assert source_of(text) == source


def test_a_lone_letter_is_no_source():
    assert source_of("537 families have fled Goma, according to b.") is None


GUADALAJARA = Place("geonames:4005539", "Guadalajara", 20.6668, -103.3918, "city", "MX")
MICHOACAN = Place("iso3166-2:MX-MIC", "Michoacán", 19.2071, -101.8781, "admin1", "MX")


def _origins_in_mexico(text: str) -> list[str | None]:
    doc = Document("doc", text)
    mentions = stub_mentions(doc, {"Guadalajara": GUADALAJARA, "michoacán": MICHOACAN})
    return [r.origin.name if r.origin else None for r in find_reports(doc, mentions)]


def test_a_sentence_case_dateline_is_where_the_story_was_filed_not_where_people_fled():
    # Multi-News style: case lost but for each sentence's first letter; the city before the dash does not stand in
    text = ("Guadalajara — clashes between rival gangs in michoacán state this week forced hundreds of families to leave "
            "their villages. Schools in michoacán stayed shut. Hundreds more fled on friday, residents said.")
    assert _origins_in_mexico(text) == ["Michoacán", "Michoacán"]


def test_a_city_opening_a_sentence_case_article_without_a_dash_still_names_its_place():
    text = "Guadalajara officials said hundreds fled their homes on friday. Schools in michoacán stayed shut."
    assert _origins_in_mexico(text) == ["Guadalajara"]


def test_troops_withdrawn_without_a_figure_are_no_displaced_people():
    assert reports_of("The president decided to withdraw troops from Mosul, officials said.") == []
    # fighters leaving under a deal are still a movement, as are troops counted (beside civilians they left with)
    assert [r.unit for r in reports_of("Rebel fighters withdrew from Aleppo on Monday.")] == ["fighters"]
    assert [r.unit for r in reports_of("Some 600 troops withdrew from Kharkiv.")] == ["soldiers"]


def test_a_place_whose_residents_were_told_to_leave_is_their_origin():
    [report] = reports_of("An order on Sunday covered Mosul, a city of about 9,000 near the river, whose residents "
                          "were told to leave for Erbil.")
    assert (report.origin, report.destinations) == (MOSUL, (ERBIL,))
    # a place whose residents took people in is where they went
    [report] = reports_of("About 3,000 families fled Mosul for Erbil, whose residents took them in.")
    assert (report.origin, report.destinations) == (MOSUL, (ERBIL,))


def test_a_whole_under_evacuation_orders_counts_though_only_a_part_of_it_moved():
    # the phrase after the noun places all of them; only how many left is unknown
    [report] = reports_of("Nobody knows how many of the 2.5 million people under evacuation orders in Galveston left.")
    assert (report.count.value, report.term, report.origin) == (2500000, "evacuated", GALVESTON)
    # a part with a verb of its own still moved only itself
    assert reports_of("Nobody knows how many of the 2.5 million people in Galveston left.") == []


def test_a_statement_after_a_semicolon_with_a_figure_of_its_own_keeps_its_places():
    [report] = reports_of("Some 2.5 million people were under evacuation orders; about 4,000 drove out of Galveston.")
    assert (report.count.value, report.origin) == (2500000, None)
    # with no figure of its own, the clause after the semicolon still tells where the count went
    [report] = reports_of("About 3,000 residents were evacuated on Monday; most went to Houston.")
    assert report.destinations == (HOUSTON,)


def test_places_named_as_examples_of_a_destination_are_destinations_and_share_the_sentences_origin():
    # "to <towns>, including X and Y": X and Y are where people went; a part a listed town heads in brackets left
    # the sentence's origin too
    text = ("Buses continue to take residents out of Mariupol to safer cities, including Zaporizhzhia (900 people) "
            "and Dnipro (400 people), the regional office said.")
    assert [(r.count.value, r.origin_text, r.destination_texts) for r in reports_of(text)] == [
        (900, "Mariupol", ("Zaporizhzhia",)), (400, "Mariupol", ("Dnipro",))]
    text = "Some 3,000 people fled Mariupol to safer cities, including Zaporizhzhia and Dnipro."
    assert [(r.origin_text, r.destination_texts) for r in reports_of(text)] == [
        ("Mariupol", ("Zaporizhzhia", "Dnipro"))]
    # look-alikes: people of a place the object includes did not go there; a list headed with no origin named keeps none
    text = "Some 3,000 people fled Mariupol to the coast, including residents of Berdiansk."
    assert [(r.origin_text, r.destination_texts) for r in reports_of(text)] == [("Mariupol", ())]
    text = "Residents fled to safer cities, including Zaporizhzhia (900 people) and Dnipro (400 people)."
    assert [(r.origin_text, r.destination_texts) for r in reports_of(text)] == [
        ("", ("Zaporizhzhia",)), ("", ("Dnipro",))]


def test_finding_shelter_for_counted_people_is_their_need_not_their_state():
    # "finding shelter for 2,500 people": aid sought for them; how they moved is the sentence's other word
    text = "Volunteers are finding shelter for the more than 2,500 people who have been forced to flee their homes."
    assert [(r.term, r.count.value) for r in reports_of(text)] == [("fled", 2500)]
    # look-alikes: people who found shelter, for the night or somewhere, are sheltered
    for text in ("More than 2,500 people have found shelter for the night in schools.",
                 "More than 2,500 people have found shelter in schools."):
        assert [(r.term, r.count.value) for r in reports_of(text)] == [("sheltered", 2500)]


def test_a_quotation_left_open_is_credited_where_the_next_sentence_closes_it():
    text = ('"Families keep leaving Mariupol for Zaporizhzhia (1,200 people) and Dnipro (300 people). Most are staying '
            'with relatives," the regional office added.')
    assert [(r.count.value, r.attributed_to) for r in reports_of(text)] == [
        (1200, "regional office"), (300, "regional office")]
    # look-alikes: a quotation closed in its own sentence keeps its own source; a next sentence closing none lends none
    text = ('"About 1,200 people left Mariupol for Zaporizhzhia," a driver told us. Most are staying with relatives, '
            'the regional office added.')
    assert [(r.count.value, r.attributed_to) for r in reports_of(text)] == [(1200, "driver")]
    text = ('"About 1,200 people left Mariupol for Zaporizhzhia. Most are staying with relatives, the regional '
            'office added.')
    assert [(r.count.value, r.attributed_to) for r in reports_of(text)] == [(1200, None)]


def test_a_journey_of_helpers_told_in_a_relative_clause_is_not_the_counted_peoples():
    # rescuers or aid workers who reached a place went there; the people counted did not
    text = "Rescue teams who managed to reach Zaporizhzhia found some 3,000 people left homeless."
    assert [(r.count.value, r.destination_texts) for r in reports_of(text)] == [(3000, ())]
    text = "Aid workers who reached Zaporizhzhia said some 3,000 people had fled to Dnipro."
    assert [(r.count.value, r.destination_texts) for r in reports_of(text)] == [(3000, ("Dnipro",))]
    # look-alike: the counted people's own relative clause keeps its destination
    text = "Some 3,000 people who managed to reach Zaporizhzhia were left homeless."
    assert [(r.count.value, r.destination_texts) for r in reports_of(text)] == [(3000, ("Zaporizhzhia",))]


def test_an_article_naming_its_place_as_where_shelters_are_tells_of_arrivals_there():
    # "a school in the centre of X", "other X schools filled with new arrivals": X is where people went, no origin
    text = ("Along the corridors of a school in the centre of Zaporizhzhia, children run past the classrooms. "
            "The classrooms of other Zaporizhzhia schools are now filled with new arrivals. "
            "More than 3,000 people have been forced to flee their homes.")
    assert [(r.count.value, r.origin) for r in reports_of(text)] == [(3000, None)]
    # look-alike: the place named where the movement happened stays its origin
    text = ("Shelling hit the centre of Zaporizhzhia on Monday. The classrooms of Zaporizhzhia schools stayed closed. "
            "More than 3,000 people have been forced to flee their homes in Zaporizhzhia.")
    assert [(r.count.value, r.origin.name) for r in reports_of(text)] == [(3000, "Zaporizhzhia")]


def test_a_bare_figure_in_brackets_after_the_next_place_of_a_list_counts_the_same_again():
    # "X (1,200 people) and Y (300)": 300 people went to Y
    text = "Displaced families are relocating to Zaporizhzhia (1,200 people) and Dnipro (300), the regional office said."
    assert [(r.count.value, r.unit, r.destination_texts) for r in reports_of(text)] == [
        (1200, "people", ("Zaporizhzhia",)), (300, "people", ("Dnipro",))]
    # look-alike: a bracket that measures something else counts no one
    text = "Displaced families are relocating to Zaporizhzhia (1,200 people) and Dnipro (300 km away), the office said."
    assert [r.count.value for r in reports_of(text)] == [1200]


def test_a_place_and_dash_opening_the_body_after_a_headline_is_a_dateline_in_ordinary_case():
    # the wire's "City - " after a headline line: where the story was filed, not where people fled
    text = ("Storm season brings misery to the west\n\nGuadalajara - Floods in Michoacán forced hundreds of families "
            "to leave their villages this week.\n\nHundreds more fled on Friday, residents said.")
    assert _origins_in_mexico(text) == ["Michoacán", "Michoacán"]


def test_a_headline_opening_with_a_place_and_a_dash_still_names_its_place():
    # a headline has no full stop: "Guadalajara - ..." there is the story's place, not a dateline
    text = "Guadalajara - hundreds flee the floods\n\nHundreds of families fled their homes on Friday, residents said."
    assert set(_origins_in_mexico(text)) == {"Guadalajara"}


def _placed_in_iraq(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    doc = Document("doc", "Flood news\n\n" + text)
    reports = find_reports(doc, stub_mentions(doc, {"Iraq": IRAQ, "Syria": SYRIA, "Mosul": MOSUL, "Erbil": ERBIL}))
    return [(r.origin.name if r.origin else None, tuple(p.name for p in r.destinations)) for r in reports]


def test_a_place_named_as_part_of_the_one_before_locates_the_next_sentence():
    # "X's second city, Y": the finer place is where it happened
    text = "Rain flooded a market in Iraq's second city, Mosul, on Monday. About 2,000 people were displaced."
    assert _placed_in_iraq(text) == [("Mosul", ())]
    # a place after a possessive that does not lie in it is no part of it
    text = "Rain flooded farms in Iraq's neighbour, Syria, on Monday. About 2,000 people were displaced."
    assert _placed_in_iraq(text) == [("Iraq", ())]


def test_people_seeking_shelter_are_where_the_sentence_before_places_them():
    text = "Floods swept through Mosul on Monday. Here, hundreds of families have come to seek shelter after the storm."
    assert _placed_in_iraq(text) == [(None, ("Mosul",))]
    text = "Floods swept through Mosul on Monday. Here, hundreds of families had to leave their homes."
    assert _placed_in_iraq(text) == [("Mosul", ())]


def test_a_figure_for_each_of_several_places_is_one_report_per_place():
    # "N in each of X and Y": the same figure in each place, each its own report (never summed, nor one for the area)
    text = ("Heavy rain hit Iraq this week. Officials said more than 3,000 people were displaced in each of the "
            "provinces of Mosul and Erbil.")
    assert _placed_in_iraq(text) == [("Mosul", ()), ("Erbil", ())]
    # one figure for the list together stays one report, in the place holding them all
    text = "Heavy rain hit Iraq this week. Officials said more than 3,000 people were displaced in Mosul and Erbil."
    assert _placed_in_iraq(text) == [("Iraq", ())]
    # the size of each group is still no figure moved
    assert reports_of("Twelve buses left Mosul for Erbil on Monday carrying 40 people each.") == []


def _sheltered_in(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
    doc = Document("doc", "Flood news\n\n" + text)
    camps = {"Iraq": IRAQ, "Mosul": MOSUL, "Erbil": ERBIL, "Erbil Camp": ERBIL, "Mosul Camp": MOSUL}
    return [(r.origin.name if r.origin else None, tuple(p.name for p in r.destinations))
            for r in find_reports(doc, stub_mentions(doc, camps))]


def test_a_camp_row_the_gazetteer_does_not_know_is_at_the_articles_place():
    # "...; Tal Afar Camp - 650 people": the row's own camp, not the place heading the row before
    text = ("Heavy rain hit Mosul this week. Families who fled the floods are sheltering in camps: Erbil Camp - 1,200 "
            "people; Tal Afar Camp - 650 people.")
    assert _sheltered_in(text) == [(None, ("Erbil",)), (None, ("Mosul",))]
    text = ("Heavy rain hit Mosul this week. Families who fled the floods are sheltering at two sites: Site Erbil: "
            "1,200 people, Site Tal Afar: 650 people.")
    assert _sheltered_in(text) == [(None, ("Erbil",)), (None, ("Mosul",))]
    # the places of a list after a colon take the lead-in's role: camps people fled to are destinations
    text = "Heavy rain hit Iraq this week. Families fled the floods to camps: Erbil Camp - 1,200 people; Tal Afar Camp - 650."
    assert _sheltered_in(text) == [(None, ("Erbil",)), ("Iraq", ())]
    # the lead-in's own place holds an unknown camp
    text = ("Heavy rain hit Mosul this week. Families who fled the floods are sheltering in camps in Erbil: Erbil Camp - "
            "1,200 people; Tal Afar Camp - 650 people.")
    assert _sheltered_in(text) == [(None, ("Erbil",)), (None, ("Erbil",))]
    # a row of a place the gazetteer knows keeps it
    text = ("Heavy rain hit Iraq this week. Families who fled the floods are sheltering in camps: Erbil Camp - 1,200 "
            "people; Mosul Camp - 650 people.")
    assert _sheltered_in(text) == [(None, ("Erbil",)), (None, ("Mosul",))]


def test_a_bare_figure_of_the_next_camp_row_counts_the_rows_unit():
    # "Erbil Camp - 1,200 people; Mosul Camp - 800": the next row's figure counts people too, in its own camp
    doc = Document("doc", "Flood news\n\nHeavy rain hit Iraq this week. Families who fled the floods are sheltering in "
                          "camps: Erbil Camp - 1,200 people; Mosul Camp - 800.")
    reports = find_reports(doc, stub_mentions(doc, {"Iraq": IRAQ, "Erbil Camp": ERBIL, "Mosul Camp": MOSUL}))
    assert [(r.count.value, r.unit, r.term, tuple(p.name for p in r.destinations)) for r in reports] == [
        (1200, "people", "sheltered", ("Erbil",)), (800, "people", "sheltered", ("Mosul",))]


def test_people_moved_to_relief_camps_were_moved():
    # "to" before the shelter that is the movement word is where people were brought, no infinitive of a plan
    assert [r.status for r in reports_of("Displaced families were moved to relief camps: Mosul - 1,200 people.")] == [
        "completed"]
    assert [r.status for r in reports_of("About 1,200 people will be moved to relief camps in Mosul.")] == ["planned"]
    assert [r.status for r in reports_of("About 1,200 people are expected to take shelter in Mosul.")] == ["planned"]


def test_each_of_the_cities_of_a_list_is_one_report_per_place():
    # the kind in the plural as cities, counties or parishes spell it ("cities of", not "citys of")
    for kind in ("cities", "towns", "counties", "parishes"):
        text = (f"Heavy rain hit Iraq this week. Officials said the floods displaced 2,500 people in each of the {kind} "
                "of Mosul and Erbil.")
        assert _placed_in_iraq(text) == [("Mosul", ()), ("Erbil", ())], kind
    # each of the people's tents is no list of places: one report, as before
    text = "Heavy rain hit Iraq this week. Officials said 2,500 people were displaced in each of their tents in Mosul."
    assert _placed_in_iraq(text) == [("Mosul", ())]


def test_a_place_naming_the_sheltering_building_is_where_its_people_are():
    report = only("The Houston convention center is sheltering 5,000 evacuees from Galveston.")
    assert (report.origin, report.destinations) == (GALVESTON, (HOUSTON,))
    assert only("Houston's sports hall is sheltering 900 people.").destinations == (HOUSTON,)
    # a place before other words of the clause names its speakers, not the building
    assert only("Dnipro volunteers said churches are sheltering 900 evacuees from Mariupol.").destinations == ()
