"""Movement reports, issue 5: Spanish, French and Portuguese excerpts as IDMC cuts them (short, some with a letter lost
upstream as U+FFFD). Inputs are hand-written, not benchmark or corpus text."""
import pytest

from test_reports import reports_of


def figures(text: str) -> list[tuple[int | None, str, str]]:
    return [(r.count.value if r.count else None, r.unit, r.term) for r in reports_of(text, headline="")]


@pytest.mark.parametrize("text, value, term", [
    ("La sécheresse et les combats ont fait 2 millions de déplacés.", 2_000_000, "displaced"),
    ("La guerre a fait 1,5 million de d\ufffdplac\ufffds dans le nord.", 1_500_000, "displaced"),
    ("El volcán dejó 3 mil de evacuados en la provincia.", 3000, "evacuated"),
])
def test_de_between_a_scale_word_and_a_displaced_noun_keeps_the_count(text, value, term):
    assert figures(text) == [(value, "people", term)]


def test_de_before_something_else_than_displaced_people_is_no_report():
    assert figures("Le programme pour les déplacés a coûté 2 millions de dollars.") == []


@pytest.mark.parametrize("text, value, term", [
    ("L'inondation a fait 12 morts, et 4 500 autres ont été évacués.", 4500, "evacuated"),
    ("El sismo dejó 9 muertos, y 2.000 otros fueron desalojados.", 2000, "displaced"),
])
def test_others_in_spanish_and_french_are_people_of_the_movement(text, value, term):
    assert figures(text) == [(value, "people", term)]


def test_others_of_a_count_without_a_movement_are_no_report():
    assert figures("L'inondation a fait 12 morts, et 300 autres ont été soignés à l'hôpital.") == []


@pytest.mark.parametrize("text, value", [
    ("Unas 2.300 personas perdieron su vivienda por el terremoto.", 2300),
    ("Tras el sismo, 410 familias perdieron la casa.", 410),
    ("A cheia fez com que 1.250 pessoas perdessem suas casas.", 1250),
])
def test_a_home_lost_in_another_number_or_tense_leaves_people_homeless(text, value):
    assert [(v, term) for v, _, term in figures(text)] == [(value, "homeless")]


def test_a_harvest_lost_leaves_no_one_homeless():
    assert figures("Unas 2.300 personas perdieron su cosecha por el terremoto.") == []


@pytest.mark.parametrize("text, value, unit", [
    ("Unas 450 personas permanecen refugiadas en el polideportivo.", 450, "people"),
    ("Al menos 120 familias se mantienen refugiadas.", 120, "families"),
])
def test_people_who_stay_refugiadas_are_sheltered_even_in_a_bare_excerpt(text, value, unit):
    assert figures(text) == [(value, unit, "sheltered")]


def test_refugees_living_somewhere_for_years_are_no_report():
    assert figures("Unos 450 refugiados sirios viven en Madrid desde hace años.") == []


@pytest.mark.parametrize("text, value", [
    ("La alerta de tsunami obligó a unas 30.000 a abandonar sus hogares.", 30000),
    ("L'incendie a obligé 1 200 à quitter leurs maisons.", 1200),
])
def test_a_bare_figure_made_to_leave_in_spanish_or_french_counts_people(text, value):
    assert [(v, unit) for v, unit, _ in figures(text)] == [(value, "people")]


def test_companies_made_to_abandon_something_are_no_report():
    assert figures("La ley obliga a 3.000 empresas a abandonar el carbón tras las inundaciones.") == []


def test_a_key_figure_with_its_scale_word_on_the_line_above_its_label_is_one_cell():
    assert figures("1.3 million\nPeople internally displaced by the conflict") == [(1_300_000, "people", "displaced")]


def test_a_key_figure_above_a_label_of_no_movement_is_no_report():
    assert figures("2.5 million\nPeople in need of food assistance after the floods") == []


def test_people_in_temporary_collective_shelter_are_sheltered_in_a_bare_update():
    assert figures("The number of people in temporary collective shelter is now 2,340 people") == [
        (2340, "people", "sheltered")]


def test_a_collective_shelter_built_for_people_shelters_no_one_yet():
    assert figures("The council built a collective shelter for 500 people.") == []


def test_a_sheltered_figure_listed_after_affected_people_is_the_report_not_the_affected():
    assert figures("Heavy rains destroyed 250 houses in the city, 4,100 affected people, 380 in evacuation centres") == [
        (250, "households", "destroyed housing"), (380, "people", "sheltered")]


def test_affected_families_moved_by_their_own_verb_are_still_a_report():
    assert figures("Some 2,600 affected families were relocated to the camp after the floods.") == [
        (2600, "families", "relocated")]


@pytest.mark.parametrize("text, value", [
    ("Storm update: thousands of residents evacuated, and more than 1,400 in temporary shelters.", 1400),
    ("Lluvias: miles de personas evacuadas, y más de mil en albergues del municipio.", 1000),
    ("Chuvas: 900 pessoas desalojadas e 350 em abrigos da prefeitura.", 350),
])
def test_a_bare_figure_listed_after_moved_people_in_shelters_is_sheltered(text, value):
    assert (value, "people", "sheltered") in figures(text)


def test_a_bare_figure_in_a_place_that_is_no_shelter_is_no_report():
    assert figures("Unas 800 personas fueron evacuadas y 300 en la plaza mayor.") == [(800, "people", "evacuated")]
