"""Movement reports, issue 5: mechanisms behind the wrong and false flows of the Multi-News corpus (lower-cased
news, ``bench/flows_corpus.py``), told in made-up wordings (not corpus text), cased and lower-cased."""
import pytest

from gazetteer.model import Mention, Place
from geo.model import Document
from geo.reports import find_reports
from test_reports_seeds import stub_mentions

POLAND = Place("geonames:798544", "Poland", 52.0, 20.0, "country", "PL")
WARSAW = Place("geonames:756135", "Warsaw", 52.2298, 21.0118, "city", "PL", parent="iso3166-2:PL-14")
PLACES = {p.name: p for p in (POLAND, WARSAW)}


def reports_of(text: str, places: dict[str, Place] = PLACES):
    doc = Document("doc", text)
    return find_reports(doc, stub_mentions(doc, places))


def cased_and_lower(text: str) -> list[str]:
    return [text, text.lower()]


@pytest.mark.parametrize("text", cased_and_lower(
    "Warsaw — Poland failed on Friday to win support for a refugee quota. The minister said Warsaw might be losing "
    "patience. Up to 30,000 refugees might arrive this weekend, he said. Poland now expects 500,000 refugees to arrive "
    "this year."))
def test_arrivals_naming_no_place_go_where_the_story_expects_them(text):
    [weekend, year] = reports_of(text)
    assert [p.name for p in weekend.destinations] == ["Poland"]
    assert [p.name for p in year.destinations] == ["Poland"]


@pytest.mark.parametrize("text", cased_and_lower(
    "Warsaw — Poland failed on Friday to win support for a refugee quota. The minister said Warsaw might be losing "
    "patience. Up to 30,000 refugees might arrive this weekend, he said. Poland expects the storm to come soon."))
def test_a_place_expecting_no_people_is_no_story_destination(text):
    [weekend] = reports_of(text)
    assert [p.name for p in weekend.destinations] == ["Warsaw"]


@pytest.mark.parametrize("text", cased_and_lower(
    "Poland is expelling all Russian diplomatic staff from Warsaw, following similar moves by other states."))
def test_expelling_a_states_diplomatic_staff_moves_no_one(text):
    assert reports_of(text) == []


@pytest.mark.parametrize("text, term", [
    *[(t, "deported") for t in cased_and_lower("Poland is expelling all Russian migrants from Warsaw, following similar "
                                               "moves by other states.")],
    *[(t, "evacuated") for t in cased_and_lower("The embassy staff were evacuated from Warsaw as the fighting neared.")],
])
def test_migrants_expelled_and_embassy_staff_evacuated_are_moved(text, term):
    [report] = reports_of(text)
    assert (report.term, report.origin.name) == (term, "Warsaw")


HAVEN = Place("geonames:1", "Haven Parish", 29.5, -89.7, "admin2", "US")


@pytest.mark.parametrize("text", cased_and_lower(
    "Residents fled the flood. There are also as many as 65 people on the ferry landing in Haven Parish, officials said."))
def test_people_on_a_ferry_landing_have_not_landed(text):
    assert reports_of(text, {"Haven Parish": HAVEN}) == []


@pytest.mark.parametrize("text", cased_and_lower(
    "Residents fled the flood. As many as 650 migrants landed in Haven Parish, officials said."))
def test_people_who_landed_somewhere_arrived_there(text):
    [report] = reports_of(text, {"Haven Parish": HAVEN})
    assert (report.count.value, [p.name for p in report.destinations]) == (650, ["Haven Parish"])


PLAINS = Place("geonames:2", "Plainfield", 40.6, -74.4, "city", "US")


@pytest.mark.parametrize("text", cased_and_lower(
    "The river flooded the valley. Evacuees escaping the floodwaters rest at a convention center that has been set up "
    "as a shelter in Plainfield, Tuesday.") + cased_and_lower(
    "The river flooded the valley. About 2,000 people who fled the floodwaters are staying at a shelter in Plainfield."))
def test_a_place_locating_a_shelter_is_where_people_are_not_whence(text):
    [report] = reports_of(text, {"Plainfield": PLAINS})
    assert (report.origin, [p.name for p in report.destinations]) == (None, ["Plainfield"])


@pytest.mark.parametrize("text", cased_and_lower(
    "The river flooded the valley. About 2,000 people fled from a shelter in Plainfield.") + cased_and_lower(
    "The river flooded the valley. About 2,000 people in schools in Plainfield were evacuated."))
def test_a_shelter_people_left_or_schools_locate_no_destination(text):
    [report] = reports_of(text, {"Plainfield": PLAINS})
    assert (report.origin.name, report.destinations) == ("Plainfield", ())


@pytest.mark.parametrize("text", cased_and_lower(
    "Haven Parish flooded on Monday. Villagers on Friday thanked the Poland team for its aid to 2,000 people who fled "
    "to the hills, Haven Parish officials said."))
def test_on_a_day_is_no_cue_for_the_place_after_it(text):
    [report] = reports_of(text, {"Haven Parish": HAVEN, "Poland": POLAND})
    assert report.origin.name == "Haven Parish"


@pytest.mark.parametrize("text", cased_and_lower(
    "Haven Parish flooded on Monday. About 2,000 people who were stranded on Poland Island fled to the hills."))
def test_on_before_a_place_still_locates_it(text):
    [report] = reports_of(text, {"Haven Parish": HAVEN, "Poland Island": POLAND})
    assert report.origin.name == "Poland"


@pytest.mark.parametrize("text", cased_and_lower(
    "Hundreds fled the gunfire in Plainfield. The latest on the return of students and teachers to classes after the "
    "shooting: Students are returning to the Plainfield high school where the gunman opened fire.") + cased_and_lower(
    "Hundreds fled the gunfire in Plainfield. Students returned to the Plainfield high school on Monday."))
def test_a_return_to_classes_or_a_school_is_daily_life(text):
    assert [r.term for r in reports_of(text, {"Plainfield": PLAINS})] == ["fled"]


@pytest.mark.parametrize("text", cased_and_lower(
    "Hundreds fled the floods in Plainfield. Displaced families are returning to their villages near Plainfield.")
    + cased_and_lower("Hundreds fled the floods in Plainfield. The students are returning to their homes in Plainfield."))
def test_a_return_home_is_still_a_return(text):
    assert [r.term for r in reports_of(text, {"Plainfield": PLAINS})] == ["fled", "returned"]


@pytest.mark.parametrize("text", cased_and_lower(
    "Authorities are making plans to demolish the two Plainfield houses struck by an airplane on Friday."))
def test_a_place_after_to_and_a_verb_of_demolishing_is_no_destination(text):
    [report] = reports_of(text, {"Plainfield": PLAINS})
    assert (report.term, report.origin.name, report.destinations) == ("destroyed housing", "Plainfield", ())


@pytest.mark.parametrize("text", cased_and_lower("The storm hit the coast. About 200 residents fled to Plainfield."))
def test_a_place_after_to_is_still_a_destination(text):
    [report] = reports_of(text, {"Plainfield": PLAINS})
    assert [p.name for p in report.destinations] == ["Plainfield"]


@pytest.mark.parametrize("text", cased_and_lower(
    "Plainfield was flooded. Officials said the return of more than 3,900 evacuees to St. Mary's parish remains the "
    "most urgent challenge."))
def test_a_return_to_a_division_the_gazetteer_does_not_know_is_not_to_the_article_place(text):
    [report] = reports_of(text, {"Plainfield": PLAINS})
    assert (report.destinations, [w.lower() for w in report.destination_texts]) == ((), ["st. mary's parish"])


@pytest.mark.parametrize("text", cased_and_lower(
    "Plainfield was flooded. Officials said the return of more than 3,900 evacuees to a neighbouring district remains "
    "the most urgent challenge."))
def test_a_return_to_a_division_only_described_is_still_to_the_article_place(text):
    [report] = reports_of(text, {"Plainfield": PLAINS})
    assert [p.name for p in report.destinations] == ["Plainfield"]


@pytest.mark.parametrize("text", cased_and_lower(
    "Thousands fled the assault on Plainfield. Residents said about 50 people were killed after the militants, who "
    "have declared a caliphate, arrived in Plainfield late on Saturday."))
def test_militants_arriving_are_an_advance_not_a_movement(text):
    assert [r.term for r in reports_of(text, {"Plainfield": PLAINS})] == ["fled"]


@pytest.mark.parametrize("text", cased_and_lower(
    "Under the evacuation deal, the last fighters and civilians left the besieged town. The militants arrived in "
    "Plainfield late on Saturday."))
def test_militants_arriving_under_a_deal_are_still_reported(text):
    reports = reports_of(text, {"Plainfield": PLAINS})
    assert ["Plainfield"] in [[p.name for p in r.destinations] for r in reports]
