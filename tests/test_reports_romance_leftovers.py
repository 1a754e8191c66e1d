"""Movement reports, issue 5: Spanish and Portuguese leftovers, among them the two tiers of official Latin American
tallies ("damnificados", "afectados"). Inputs are hand-written, not benchmark or corpus text."""
import pytest

from test_reports import reports_of


def figures(text: str) -> list[tuple[int | None, str, str]]:
    return [(r.count.value if r.count else None, r.unit, r.term) for r in reports_of(text, headline="")]


@pytest.mark.parametrize("text, value, unit", [
    ("El temporal dejó 1.830 damnificados y 7.400 afectados en el valle, según Defensa Civil.", 1830, "people"),
    ("Hasta hoy 415 familias resultaron damnificadas y 2.900 familias afectadas en la región andina.", 415, "families"),
    ("Las heladas dejaron 1.830 personas damnificadas en el valle. Otras 7.400 personas fueron afectadas.", 1830, "people"),
    ("Seg\ufffdn el balance, el frente fr\ufffdo dej\ufffd 1.830 damnificados y 640 viviendas afectadas.", 1830, "people"),
    ("Hay 95 familias damnificadas, que perdieron sus casas con el aluvión.", 95, "families"),
    ("Unos 95 damnificados quedaron sin hogar tras el aluvión.", 95, "people"),
])
def test_damnificados_told_apart_from_afectados_or_homes_lost_are_homeless(text, value, unit):
    assert figures(text) == [(value, unit, "homeless")]


@pytest.mark.parametrize("text", [
    "El temporal dejó 1.830 damnificados en el valle, según Defensa Civil.",  # the loose sense: affected
    "El temporal dejó 7.400 afectados en el valle, según Defensa Civil.",
    "El temporal dejó 1.830 personas damnificadas y afectadas en el valle.",  # no tier counted apart
    "El huracán dejó 1.830 damnificados y 300 hectáreas de maíz afectadas.",  # crops touched: no tier of people
])
def test_damnificados_not_told_apart_stay_affected(text):
    assert figures(text) == []


@pytest.mark.parametrize("text", [
    "Na cheia, 60 pessoas caíram na lagoa e oito famílias ficaram desalojadas.",
    "Na cheia, 60 moradores participaram da limpeza e oito famílias ficaram desalojadas.",
    "Con la crecida, 60 vecinos marcharon hasta la alcaldía y ocho familias fueron evacuadas.",
])
def test_a_count_with_a_verb_of_its_own_takes_no_movement_of_the_next_count(text):
    assert [v for v, _, _ in figures(text)] == [8]


def test_a_count_of_places_between_leaves_the_loose_reading_its_word():
    text = "After the flood, 600 people in 12 villages jammed the roads after fleeing their homes."
    assert figures(text) == [(600, "people", "fled")]


def test_the_same_people_counted_in_another_unit_between_leave_the_loose_reading_its_word():
    # "from about 80 families" counts the 300 again, not other people the movement word could belong to
    text = "After the flood, some 300 people from about 80 families have been moved to relief camps set up in schools."
    assert [v for v, _, _ in figures(text)] == [300]


@pytest.mark.parametrize("text, value", [
    ("Con la crecida, 60 familias tuvieron que dejar sus casas.", 60),
    ("Na cheia, 60 famílias ficaram desalojadas no bairro.", 60),
    ("Con la crecida, 60 familias se vieron obligadas a abandonar sus casas.", 60),
    ("Con la crecida, 60 vecinos y ocho familias fueron evacuados.", 60),
])
def test_a_preterite_leading_to_a_movement_or_a_shared_verb_still_moves_the_count(text, value):
    assert figures(text)[0][0] == value


@pytest.mark.parametrize("text, value", [
    ("Según la alcaldía, son cerca de 40 las familias que tuvieron que dejar sus casas por el deslave.", 40),
    ("Segundo a prefeitura, são cerca de 40 as famílias que ficaram desalojadas no bairro.", 40),
])
def test_a_cleft_counts_the_noun_after_its_article(text, value):
    assert [(v, u) for v, u, _ in figures(text)] == [(value, "families")]


@pytest.mark.parametrize("text, expected", [
    ("Según la alcaldía, son 40 las familias afectadas por el deslave.", []),
    ("Según la alcaldía, fueron 40 los heridos en el deslave y 300 personas fueron evacuadas.", [300]),
])
def test_a_cleft_of_people_who_did_not_move_is_no_report(text, expected):
    assert [v for v, _, _ in figures(text)] == expected


@pytest.mark.parametrize("text, value", [
    ("Tras el desborde, la mayoría de esos vecinos (2.310) fueron evacuados a la escuela.", 2310),
    ("After the flood most of the residents (2,310) were evacuated to the school.", 2310),
])
def test_a_figure_in_brackets_right_after_its_people_counts_them(text, value):
    assert [(v, u) for v, u, _ in figures(text)] == [(value, "people")]


def test_a_figure_in_brackets_after_something_else_is_no_report():
    assert figures("Tras el desborde, los camiones (40) salieron con los evacuados hacia la escuela.") == []


def test_se_trasladaron_a_after_a_disaster_is_a_move():
    text = "Tras la inundación, unas 500 personas se trasladaron a casas de parientes en el pueblo."
    assert [v for v, _, _ in figures(text)] == [500]


def test_se_trasladaron_a_in_an_article_with_no_forced_movement_is_no_report():
    assert figures("En 2019, unas 500 personas se trasladaron a Madrid para estudiar.") == []


def test_a_figure_in_brackets_moved_by_se_trasladaron():
    text = "El grueso de esos vecinos (2.310) se trasladaron a casas de parientes. Solo 80 fueron llevados a centros de evacuación."
    assert figures(text)[0][:2] == (2310, "people")


@pytest.mark.parametrize("text", [
    "Subiu para cerca de novecentos, o número de famílias desalojadas pelas cheias no distrito.",
    "Subiu para cerca de novecentos, o número de fam\ufffdlias desalojadas pelas cheias no distrito.",
])
def test_a_value_raised_to_before_a_comma_and_its_tally_counts_the_tally(text):
    assert figures(text) == [(900, "families", "displaced")]


def test_a_value_before_a_tally_of_the_dead_is_no_report():
    assert figures("Subiu para 900, o número de mortos pelas cheias no distrito.") == []


@pytest.mark.parametrize("text, expected", [
    ("A cheia deixou 300 famílias desalojadas e pouco mais de 50 casas totalmente destruídas no distrito.",
     [(300, "families", "displaced"), (50, "households", "destroyed housing")]),
    ("A cheia deixou 300 famílias desalojadas e 50 casas parcialmente danificadas no distrito.",
     [(300, "families", "displaced")]),
    ("El temporal dejó 300 familias desalojadas y 50 viviendas dañadas en el distrito.",
     [(300, "families", "displaced")]),
])
def test_homes_take_their_own_participle_not_the_people_counted_before(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Por las lluvias, unas 900 casas colapsaron y otras 400 quedaron inhabitables en la región.",
     [(900, "households", "destroyed housing"), (400, "households", "destroyed housing")]),
    ("Por las lluvias, unas 900 familias fueron evacuadas y otras 400 se refugiaron en la escuela.",
     [(900, "families", "evacuated"), (400, "families", "sheltered")]),
    ("Por las lluvias, unas 5.000 fueron evacuadas en la región.", [(5000, "people", "evacuated")]),
    ("Com as chuvas, cerca de 5.000 ficaram desalojadas na região.", [(5000, "people", "displaced")]),
])
def test_a_bare_figure_before_a_spanish_or_portuguese_auxiliary_or_after_otras_counts_people(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Por las lluvias, unas 5.000 fueron atendidas en el hospital de la región.", []),
    ("Por las lluvias, 900 familias fueron evacuadas y 12 fueron detenidas por saqueo.", [900]),
    ("Por las lluvias, unas 400 se vendieron en el mercado de la región.", []),
])
def test_a_bare_figure_whose_verb_is_no_movement_is_no_report(text, expected):
    assert [v for v, _, _ in figures(text)] == expected
