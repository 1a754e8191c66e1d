"""Movement reports, issue 5: Spanish and Portuguese wordings a fresh draw of unseen excerpts missed (es22c): homes a
bare figure's own participle destroys, "de ellas", perfects, people made to leave, out in the open or in "centros de
alojamiento". Inputs are hand-written, not benchmark or corpus text; some with letters lost upstream (U+FFFD)."""
import pytest

from test_reports import reports_of


def figures(text: str) -> list[tuple[int | None, str, str]]:
    return [(r.count.value if r.count else None, r.unit, r.term) for r in reports_of(text, headline="")]


@pytest.mark.parametrize("text, value", [
    ("En el valle hay 730 viviendas afectadas y 95 fueron destruidas por el aluvión.", 95),
    ("En el valle hay 730 viviendas afectadas, de ellas 95 están completamente destruidas.", 95),
    ("En el valle hay 730 viviendas afectadas, de ellas 95 est\ufffdn completamente destruidas.", 95),
    ("El sismo dañó unas 730 casas en el valle —95 de ellas totalmente destruidas— según la alcaldía.", 95),
    ("Na serra, 730 casas ficaram alagadas e 95 foram destruídas pela enxurrada.", 95),
    ("Las crecidas han destruido 95 viviendas en el valle.", 95),
    ("As enxurradas destru\ufffdram 95 casas no vale.", 95),
])
def test_homes_destroyed_by_their_own_participle_or_a_perfect_are_destroyed_housing(text, value):
    assert (value, "households", "destroyed housing") in figures(text)


@pytest.mark.parametrize("text", [
    "En el valle hay 730 viviendas afectadas y 95 fueron reparadas por la alcaldía.",  # repaired: no report
    "En el valle hay 730 viviendas afectadas, de ellas 95 están en zonas de riesgo.",
    "Na serra, 730 casas ficaram alagadas e 95 foram pintadas pelos moradores.",
])
def test_a_bare_figure_after_homes_with_no_fate_of_destruction_is_no_report(text):
    assert all(term != "destroyed housing" for _, _, term in figures(text))


def test_damnificados_beside_homes_afectadas_with_a_lost_letter_are_homeless():
    text = "Seg\ufffdn el alcalde, 45 viviendas est\ufffdn afectadas y 380 familias fueron damnificadas."
    assert figures(text) == [(380, "families", "homeless")]


@pytest.mark.parametrize("text, value, term", [
    ("A enchente obrigou 1.250 moradores a deixarem suas casas no vale.", 1250, "displaced"),
    ("Cerca de 1.250 moradores foram forçados a abandonar Lumbo e Chiure durante os ataques.", 1250, "fled"),
    ("Mais de 90 famílias ficaram ao relento depois do temporal no bairro.", 90, "homeless"),
    ("Unas 90 familias quedaron a la intemperie tras el vendaval en el barrio.", 90, "homeless"),
    ("Há 6.200 pessoas alojadas em 14 centros de acolhimento na província.", 6200, "sheltered"),
    ("El municipio calcula un número de autoevacuados que ronda las 640 personas.", 640, "evacuated"),
])
def test_people_made_to_leave_out_in_the_open_or_in_reception_centres(text, value, term):
    assert [f for f in figures(text) if f[0] == value] == [(value, "people" if value != 90 else "families", term)]


@pytest.mark.parametrize("text", [
    "Los 200 obreros fueron obligados a dejar la fábrica en Lima.",  # workers leaving their work: no people counted
    "Os 1.250 moradores não querem deixar suas casas no vale.",  # refusing to leave: negated
    "Los 300 sacos de maíz quedaron a la intemperie en el barrio.",  # goods out in the open
    "Hay 14 centros de salud en la provincia que atendieron a 6.200 pessoas.",  # health centres are no shelter
])
def test_no_people_made_to_leave_or_left_out_in_the_open(text):
    assert figures(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Hubo 2.100 familias evacuadas y 900 desabrigadas en el valle.", [(2100, "families", "evacuated"), (900, "families", "homeless")]),
    ("São 4.300 famílias afetadas, 1.150 desabrigadas no vale.", [(1150, "families", "homeless")]),
    # people named once, the second figure stays people
    ("Hubo 2.100 personas evacuadas y 900 desabrigadas en el valle.", [(2100, "people", "evacuated"), (900, "people", "homeless")]),
])
def test_a_list_of_families_in_two_states_names_its_noun_once(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", [
    "Unos 300 vecinos fueron evacuados de Mariupol el jueves.",
    "Alrededor de 300 residentes del área entre Mariupol y el puerto se vieron obligados a huir de sus hogares.",
    "Cerca de 300 moradores de Mariupol foram retirados de suas casas.",
])
def test_spanish_and_portuguese_origins_after_de(text):
    [report] = reports_of(text)
    assert (report.count.value, report.origin_text) == (300, "Mariupol")


def test_a_de_of_no_place_leaves_the_destination_its_own():
    # "evacuados de urgencia hacia Dnipro": the "de" takes no place; Dnipro is where they went
    [report] = reports_of("Unos 300 vecinos fueron evacuados de urgencia hacia Dnipro.")
    assert (report.origin_text, report.destination_texts) == ("", ("Dnipro",))
