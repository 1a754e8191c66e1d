"""Movement reports, issue 5: French excerpts as IDMC cuts them (one or two sentences, some with a letter lost upstream
as U+FFFD). Inputs are hand-written, not benchmark or corpus text."""
import pytest

from geo.numbers import parse_count
from test_reports import reports_of


def figures(text: str) -> list[tuple[int | None, str, str]]:
    return [(r.count.value if r.count else None, r.unit, r.term) for r in reports_of(text, headline="")]


def lost(text: str) -> str:
    """The text as IDMC's CSV holds it: every accented letter replaced by U+FFFD."""
    return "".join("\ufffd" if ord(ch) > 127 and ch.isalpha() else ch for ch in text)


@pytest.mark.parametrize("words, value", [
    ("trente mille", 30_000), ("quatre cents", 400), ("Vingt-deux mille", 22_000), ("deux cent mille", 200_000),
    ("quatre-vingt-neuf mille", 89_000), ("une trentaine", 30), ("une cinquantaine", 50),
])
def test_french_number_words_and_round_amounts_have_their_value(words, value):
    assert parse_count(f"{words} personnes").value == value


@pytest.mark.parametrize("text", ["five cents a day", "per cent of them", "Sept 12 people"])
def test_cents_after_an_english_number_and_the_short_september_are_no_count(text):
    assert parse_count(text) is None or parse_count(text).value == 12


def test_a_french_range_with_entre_and_et_is_one_count():
    count = parse_count("entre 4 000 et 6 000 personnes")
    assert (count.min, count.max) == (4000, 6000)


@pytest.mark.parametrize("text, value, term", [
    ("Quelque trente mille villageois ont fui les combats dans le territoire.", 30_000, "fled"),
    ("Environ quatre cents campeurs ont été évacués à cause du feu de forêt.", 400, "evacuated"),
    ("Quelque 1 800 vacanciers ont été évacués de leurs bungalows.", 1800, "evacuated"),
])
def test_a_count_in_french_words_or_of_holidaymakers_is_a_report(text, value, term):
    assert figures(text) == [(value, "people", term)]
    assert figures(lost(text)) == [(value, "people", term)]


@pytest.mark.parametrize("text, value, term", [
    ("Près de 4 000 sinistrés ont été relogés dans des salles de classe.", 4000, "relocated"),
    ("Environ 900 sinistrés ont été transférés vers des sites d'accueil.", 900, "relocated"),
])
def test_people_struck_by_a_disaster_that_a_verb_moves_are_a_report(text, value, term):
    assert figures(text) == [(value, "people", term)]
    assert figures(lost(text)) == [(value, "people", term)]


@pytest.mark.parametrize("text", [
    "Le bilan fait état de 6 morts et de 4 000 sinistrés dans la région.",
    "Quelque 4 000 sinistrés ont reçu des vivres, et 300 ont été évacués.",
])
def test_people_struck_without_a_word_that_they_left_are_no_report(text):
    assert all(value != 4000 for value, _, _ in figures(text))


def test_prisoners_transferred_to_a_jail_are_no_report():
    assert figures("Les 60 détenus ont été transférés vers la prison centrale.") == []


def test_people_uprooted_are_displaced():
    text = "Depuis janvier, plus de 45 000 personnes ont été déracinées par les combats."
    assert figures(text) == [(45_000, "people", "displaced")]
    assert figures(lost(text)) == [(45_000, "people", "displaced")]


@pytest.mark.parametrize("text, value", [
    ("Les affrontements ont provoqué le déplacement d'environ 3 500 ménages.", 3500),
    ("Les pluies ont causé le déplacement d'au moins 700 ménages.", 700),
])
def test_the_displacement_of_an_elided_hedge_and_households_is_a_report(text, value):
    assert figures(text) == [(value, "households", "displaced")]


def test_a_trip_of_an_official_is_no_displacement():
    assert figures("Le déplacement du ministre a réuni 300 personnes à Goma.") == []


@pytest.mark.parametrize("text, value", [
    ("Selon le bilan, 1 450 cases d'habitation ont été détruites par le cyclone.", 1450),
    ("Plus de 2 300 habitations ont été entièrement détruites.", 2300),
    ("Une cinquantaine d'habitations détruites ont été recensées après le séisme.", 50),
])
def test_huts_and_dwellings_destroyed_are_destroyed_housing(text, value):
    assert figures(text) == [(value, "households", "destroyed housing")]
    assert figures(lost(text)) == [(value, "households", "destroyed housing")]


@pytest.mark.parametrize("text", [
    "Le cyclone a détruit 800 maisons et 1 900 ont été endommagées.",
    "Au total, 3 000 maisons ont été endommagées et 800 détruites.",
    "Le cyclone a détruit 800 maisons ; 1 900 autres sont inondées.",
])
def test_homes_only_damaged_or_flooded_in_french_are_no_report(text):
    assert [value for value, _, _ in figures(text)] == [800]


def test_cases_of_a_disease_are_no_homes():
    assert figures("The outbreak left 300 cases in the district, officials said.") == []


@pytest.mark.parametrize("text, value, unit", [
    ("Les 40 sites d'accueil ouverts par la commune abritent actuellement 5 200 personnes.", 5200, "people"),
    ("Deux gymnases ont été ouverts et ont accueilli plus d'un millier de personnes.", 1000, "people"),
    ("Selon la protection civile, 2 700 personnes sont en abris.", 2700, "people"),
])
def test_people_shelters_hold_are_sheltered(text, value, unit):
    assert figures(text) == [(value, unit, "sheltered")]


@pytest.mark.parametrize("text", [
    "La ville accueille 300 000 habitants.",
    "Le quartier abrite plus de 12 000 habitants.",
    "Le gymnase pourra accueillir 500 personnes.",
])
def test_a_town_s_population_or_a_hall_s_capacity_is_no_report(text):
    assert figures(text) == []


def test_people_out_of_their_homes_for_a_night_are_displaced():
    text = "Après le séisme, quelque 150 habitants passent une nuit hors de chez eux."
    assert figures(text) == [(150, "people", "displaced")]
    assert figures(lost(text)) == [(150, "people", "displaced")]


def test_families_who_saw_their_home_collapse_lost_it():
    text = "À Zinder, 140 familles ont vu leur maison s'effondrer sous la pluie."
    assert figures(text) == [(140, "families", "destroyed housing")]


def test_families_who_saw_something_else_are_no_report():
    assert figures("À Zinder, 140 familles ont vu leur récolte emportée par la pluie.") == []


@pytest.mark.parametrize("text, value", [
    ("La crue a touché 20 000 personnes, 1 200 ont dû être évacuées.", 1200),
    ("Les pluies ont affecté 20 000 personnes et 1 200 ont été évacuées.", 1200),
])
def test_people_a_hazard_struck_are_not_those_it_moved(text, value):
    assert [v for v, _, _ in figures(text)] == [value]


def test_people_struck_and_moved_by_their_own_verb_stay_a_report():
    assert figures("Quelque 400 familles touchées par la crue ont été relogées.") == [(400, "families", "relocated")]


def test_of_them_in_french_keeps_the_people():
    text = "Un million de personnes ont été affectées et 60 000 d'entre elles ont dû quitter leurs foyers."
    assert [v for v, _, _ in figures(text)] == [60_000]


@pytest.mark.parametrize("text, value", [
    ("Quelque 700 campeurs ont dû quitter les lieux dans la nuit.", 700),
    ("Environ 2 500 vacanciers ont dû abandonner tentes et caravanes à l'approche du feu.", 2500),
])
def test_people_who_had_to_leave_where_they_stayed_are_a_report(text, value):
    assert [v for v, _, _ in figures(text)] == [value]
    assert [v for v, _, _ in figures(lost(text))] == [value]


def test_people_who_had_to_leave_a_meeting_are_no_report():
    assert figures("Les 300 délégués ont dû quitter la salle avant le vote.") == []


def test_of_the_whole_in_french_reports_the_part_moved():
    assert figures("Sur les 12 000 habitants du district, 3 000 ont été évacués.") == [(3000, "people", "evacuated")]


def test_of_the_displaced_in_french_keeps_the_whole_when_the_part_only_stays():
    assert [v for v, _, _ in figures("Sur les 12 000 personnes déplacées, 8 000 vivent dans des camps.")] == [12_000]


@pytest.mark.parametrize("text", [
    "Quelque 60 familles ont quitté, en pleine nuit, leurs maisons menacées par la crue.",
    "Quelque 60 familles ont quitté leurs maisons menacées par la crue.",
])
def test_leaving_their_homes_in_french_past_a_time_between_commas_is_a_report(text):
    assert figures(text) == [(60, "families", "displaced")]


def test_leaving_a_meeting_past_a_time_between_commas_is_no_report():
    assert figures("Quelque 60 familles ont quitté, en pleine nuit, la réunion du conseil.") == []
