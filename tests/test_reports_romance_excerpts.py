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


@pytest.mark.parametrize("text, value", [
    ("Tras el derrumbe, 35 vecinos se quedaron sin casa en la colonia.", 35),
    ("El deslave dej\ufffd a 12 familias sin casas.", 12),
])
def test_without_a_house_in_spanish_is_homeless(text, value):
    assert [(v, term) for v, _, term in figures(text)] == [(value, "homeless")]


def test_a_house_without_something_else_is_no_report():
    assert figures("El deslave dejó a 12 familias sin agua potable.") == []


@pytest.mark.parametrize("text, value", [
    ("El censo registra 830 viviendas con daños graves en la costa.", 830),
    ("El censo registra 830 viviendas con da\ufffdos severos en la costa.", 830),
    ("Unas 74 casas presentan daños totales tras el sismo.", 74),
    ("Según la alcaldía, 61 viviendas son irreparables.", 61),
    ("Los técnicos declararon 18 casas pérdida total.", 18),
])
def test_grave_or_total_damage_of_a_survey_is_destroyed_housing(text, value):
    assert [(v, term) for v, _, term in figures(text)] == [(value, "destroyed housing")]


@pytest.mark.parametrize("text", [
    "El censo registra 830 viviendas con daños menores en la costa.",
    "El censo registra 830 viviendas con daños parciales en la costa.",
])
def test_minor_or_partial_damage_is_no_report(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, value", [
    ("La crue a détruit 140 logements dans la vallée.", 140),
    ("O temporal destruiu 55 moradias no bairro.", 55),
    ("El alud destruyó 23 domicilios del barrio alto.", 23),
])
def test_lodgings_dwellings_and_domiciles_are_housing(text, value):
    assert figures(text) == [(value, "households", "destroyed housing")]


@pytest.mark.parametrize("text, value", [
    ("Près de 4 000 habitants vivent toujours sous des tentes près du fleuve.", 4000),
    ("Plus de 9 000 villageois rejoignent les camps ouverts par l'armée.", 9000),
])
def test_tents_and_camps_joined_in_french_are_sheltered(text, value):
    assert [(v, term) for v, _, term in figures(text)] == [(value, "sheltered")]


def test_tents_sold_are_no_report():
    assert figures("Le marché a vendu 4 000 tentes aux campeurs cet été.") == []



@pytest.mark.parametrize("text, value, term", [
    ("Tras el terremoto, 4.200 hondureños perdieron su vivienda.", 4200, "homeless"),
    ("Cerca de 900 salvadoreños huyeron hacia el sur.", 900, "fled"),
    ("Plus de 2 000 Centrafricains ont fui vers le Tchad.", 2000, "fled"),
])
def test_a_nation_in_spanish_or_french_is_the_people_counted(text, value, term):
    assert figures(text) == [(value, "people", term)]


@pytest.mark.parametrize("text", [
    "Plus de 300 chiens ont fui vers le Tchad.",
    "The camp's 300 remains were moved to the capital.",
])
def test_dogs_and_english_words_ending_alike_are_no_nation(text):
    assert figures(text) == []


@pytest.mark.parametrize("text", [
    "Al menos 85 personas murieron, y 1.200 personas perdieron su vivienda por el terremoto.",
    "Ao menos 85 pessoas morreram, outras 40 ficaram feridas e 1.200 pessoas perderam suas casas no terremoto.",
])
def test_a_death_toll_before_the_homeless_is_no_report(text):
    assert figures(text) == [(1200, "people", "homeless")]


@pytest.mark.parametrize("text, value", [
    ("A cheia deixou 1,4 milh\ufffdo de desalojados no estado.", 1_400_000),
    ("El conflicto dej\ufffd 2,1 mill\ufffdn de desplazados.", 2_100_000),
])
def test_a_scale_word_with_its_letter_lost_keeps_its_value(text, value):
    assert [v for v, _, _ in figures(text)] == [value]


@pytest.mark.parametrize("text, value, unit", [
    ("Un millier de familles ont dû quitter leur logement après la crue.", 1000, "families"),
    ("Una veintena de familias fueron desalojadas por el deslave.", 20, "families"),
    ("Uma centena de pessoas ficaram desalojadas com a cheia.", 100, "people"),
])
def test_a_round_amount_in_french_spanish_or_portuguese_is_its_figure(text, value, unit):
    assert [(v, u) for v, u, _ in figures(text)] == [(value, unit)]


def test_a_round_amount_of_something_else_is_no_report():
    assert figures("Un millier de bénévoles ont distribué des repas après la crue.") == []


@pytest.mark.parametrize("text, value, term", [
    ("Según la alcaldía, el número de desplazados es de 3.400 en la provincia.", 3400, "displaced"),
    ("Segundo a prefeitura, o número de pessoas desabrigadas é de 870.", 870, "homeless"),
    ("Los evacuados aumentaron el lunes a 2.150 en la zona del volcán.", 2150, "evacuated"),
])
def test_a_tally_of_moved_people_in_spanish_or_portuguese_gives_its_value(text, value, term):
    assert figures(text) == [(value, "people", term)]


def test_a_tally_of_the_dead_in_spanish_is_no_report():
    assert figures("Según la alcaldía, el número de muertos es de 34 en la provincia.") == []


@pytest.mark.parametrize("text, value", [
    ("El temporal dejó mil 480 viviendas destruidas en la sierra.", 1480),
    ("Las crecidas destruyeron cinco mil 906 casas en el valle.", 5906),
    ("Hay 14 mil 350 evacuados en la provincia.", 14350),
    ("Há 2 mil 75 desalojados no munic\ufffdpio.", 2075),
])
def test_a_figure_under_a_thousand_after_mil_adds_to_it(text, value):
    assert [v for v, _, _ in figures(text)] == [value]


def test_a_figure_after_mil_with_its_own_groups_or_scale_stays_apart():
    assert [v for v, _, _ in figures("Hay 14 mil evacuados y 1.350 desalojados en la provincia.")] == [14000, 1350]


@pytest.mark.parametrize("text, value, unit", [
    ("Cerca de seiscientas famílias ficaram desabrigadas no bairro.", 600, "families"),
    ("Unos trescientos vecinos fueron evacuados del cerro.", 300, "people"),
    ("M\ufffds de un mill\ufffdn y medio de personas fueron evacuadas de la costa.", 1_500_000, "people"),
    ("Um milhão e meio de pessoas foram deslocadas pelas cheias.", 1_500_000, "people"),
])
def test_hundreds_and_a_half_million_in_spanish_or_portuguese_words_are_their_figure(text, value, unit):
    assert [(v, u) for v, u, _ in figures(text)] == [(value, unit)]


@pytest.mark.parametrize("text", [
    "El alud que mató a por lo menos 45 personas obligó a evacuar a 900 vecinos.",
    "El alud que mat\ufffd a 45 personas obligó a evacuar a 900 vecinos.",
    "El alud obligó a evacuar a 900 vecinos y dejó a 45 personas desaparecidas.",
    "O temporal provocou a evacuação de 900 moradores e o desaparecimento de 45 pessoas.",
])
def test_the_dead_and_missing_in_spanish_or_portuguese_are_no_report_beside_the_moved(text):
    assert [v for v, _, _ in figures(text)] == [900]


@pytest.mark.parametrize("text, value", [
    ("Unas 780 familias damnificadas que tuvieron que abandonar sus viviendas esperan ayuda.", 780),
    ("Hay 780 familias damnificadas, que han debido dejar sus casas por la crecida.", 780),
])
def test_affected_people_a_relative_clause_says_left_home_are_displaced(text, value):
    assert [v for v, _, _ in figures(text)] == [value]


@pytest.mark.parametrize("text", [
    "Unas 780 familias damnificadas que recibieron víveres esperan la reconstrucción.",
    "Las lluvias dejaron 780 familias damnificadas en la región.",
])
def test_affected_people_without_a_move_stay_no_report(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, value, term", [
    ("Por la crecida, unas 640 personas tuvieron que dejar sus hogares.", 640, "displaced"),
    ("Mais de 2.100 moradores já deixaram suas casas no bairro alto.", 2100, "displaced"),
    ("Cerca de 85 pessoas foram retiradas de casa por causa das chamas.", 85, "evacuated"),
    ("Cerca de 85 pessoas foram retiradas das suas habita\ufffd\ufffdes durante a noite.", 85, "evacuated"),
    ("Unas 300 familias se vieron obligadas a abandonar sus tierras por los combates.", 300, "fled"),
])
def test_leaving_or_being_taken_out_of_home_in_spanish_or_portuguese_is_a_move(text, value, term):
    assert [(v, t) for v, _, t in figures(text)] == [(value, term)]


@pytest.mark.parametrize("text", [
    "Las lluvias dejaron sus casas inundadas a unas 640 personas del barrio.",
    "Foram retirados das casas 40 sacos de entulho após a enchente.",
])
def test_homes_left_in_a_state_or_things_taken_out_are_no_move(text):
    assert figures(text) == []


@pytest.mark.parametrize("text", [
    "Cerca de 9.000 pessoas foram afetadas, incluindo 700 desalojados, segundo a Defesa Civil.",
    "Unas 9.000 personas fueron afectadas, incluyendo 700 desalojados, según Defensa Civil.",
])
def test_affected_people_in_brazilian_spelling_are_no_report_only_their_displaced_part(text):
    assert [v for v, _, _ in figures(text)] == [700]


@pytest.mark.parametrize("text, value, term", [
    ("Unas 5.000 personas fueron afectadas y evacuadas por la inundación.", 5000, "evacuated"),
    ("Cerca de 5.000 pessoas foram afetadas e desalojadas pelas enchentes no estado.", 5000, "displaced"),
])
def test_affected_people_y_or_e_moved_are_a_report(text, value, term):
    assert [(v, t) for v, _, t in figures(text)] == [(value, term)]


@pytest.mark.parametrize("text, value", [
    ("Cerca de 260 moradores tiveram de procurar refúgio na igreja após o temporal.", 260),
    ("Cerca de 260 moradores tiveram de procurar ref\ufffdgio na igreja após o temporal.", 260),
    ("Unas 260 personas buscaron refugio en el gimnasio municipal.", 260),
])
def test_seeking_refuge_in_spanish_or_portuguese_is_sheltered(text, value):
    assert [(v, t) for v, _, t in figures(text)] == [(value, "sheltered")]


def test_refuge_from_the_heat_is_no_report():
    assert figures("Os turistas procuraram refúgio do calor na praia, 300 deles no bar.") == []


def test_deslocados_after_a_figure_are_displaced_people():
    assert figures("Segundo a ONU, há na província 1.900 deslocados.") == [(1900, "people", "displaced")]


@pytest.mark.parametrize("text, value", [
    ("Por causa das chamas, foi preciso tirar cerca de 45 pessoas de casa na aldeia.", 45),
    ("Os bombeiros retiraram 320 moradores das suas resid\ufffdncias durante a madrugada.", 320),
])
def test_taking_people_out_of_their_homes_in_portuguese_is_an_evacuation(text, value):
    assert [(v, t) for v, _, t in figures(text)] == [(value, "evacuated")]


@pytest.mark.parametrize("text", [
    "Os voluntários tiraram 30 toneladas de lixo das casas após a enchente.",
    "O fotógrafo tirou 40 fotos de casas destruídas pela enchente.",
])
def test_things_taken_out_of_homes_are_no_evacuation(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, value", [
    ("A tempestade destrozó más de 1.300 casas en la costa.", 1300),
    ("As chuvas provocaram a destrui\ufffd\ufffdo de 640 casas no distrito.", 640),
    ("Durante a noite, oito casas desabaram com a força da água.", 8),
    ("Con el sismo, unas 80 casas se derrumbaron en el barrio.", 80),
])
def test_homes_wrecked_fallen_or_their_destruction_in_spanish_or_portuguese_are_destroyed(text, value):
    assert figures(text) == [(value, "households", "destroyed housing")]


def test_homes_fallen_in_value_are_no_report():
    assert figures("Com a crise, os preços de 80 casas caíram no bairro.") == []


@pytest.mark.parametrize("text", [
    "El registro oficial suma 4.100 víctimas de desplazamiento forzado en el municipio.",
    "El registro oficial suma 4.100 v\ufffdctimas de desplazamiento en el municipio.",
])
def test_victims_of_displacement_are_displaced_people(text):
    assert figures(text) == [(4100, "people", "displaced")]


def test_victims_of_something_else_are_no_report_beside_the_displaced():
    assert [v for v, _, _ in figures("En el municipio hay 4.100 víctimas de minas y 300 desplazados.")] == [300]
