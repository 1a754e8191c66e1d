"""Movement reports, issue 5: French excerpts as IDMC cuts them (one or two sentences, some with a letter lost upstream
as U+FFFD). Inputs are hand-written, not benchmark or corpus text."""
import pytest

from geo.numbers import find_counts, parse_count
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


# fr22b: a second French draw, mostly humanitarian updates (OCHA, IOM, civil protection).
@pytest.mark.parametrize("words, value", [
    ("quatorze mille", 14_000), ("treize mille", 13_000), ("84 mille 310", 84_310), ("pas moins de 3 000", 3000),
    ("sept mille", 7000), ("dix-sept mille", 17_000), ("trente-sept", 37), ("sept cents", 700),
])
def test_more_french_number_words_and_hundreds_after_mille_have_their_value(words, value):
    assert parse_count(f"{words} personnes").value == value


def test_a_figure_after_mille_past_a_full_stop_is_not_its_hundreds():
    assert parse_count("30 mille. 250 personnes").value == 30_000


@pytest.mark.parametrize("text", ["Sept 7 meeting", "on Sept 7, 300 people left"])
def test_the_short_september_before_a_day_is_no_french_seven(text):
    assert [c.value for c, _, _ in find_counts(text)] in ([], [300])


@pytest.mark.parametrize("text, expected", [
    ("Ce sont 45 ménages et 230 individus qui ont dû quitter leurs maisons.",
     [(45, "households", "displaced"), (230, "people", "displaced")]),
    ("Parmi eux, 7 500 individus ont fui vers la brousse.", [(7500, "people", "fled")]),
    ("Environ 1 500 nouveaux déplacés sont arrivés à Kalemie la semaine dernière.", [(1500, "people", "displaced")]),
    ("Quelque 60 femmes et enfants se sont réfugiés dans l'église de la paroisse.", [(60, "people", "sheltered")]),
])
def test_individuals_women_and_new_displaced_in_french_are_people(text, expected):
    assert figures(text) == expected
    assert figures(lost(text)) == expected


@pytest.mark.parametrize("text", [
    "Quelque 230 individus ont reçu des kits d'hygiène.",
    "Environ 1 500 nouveaux élèves sont arrivés à Kalemie la semaine dernière.",
    "Quelque 60 femmes ont participé à la formation de la paroisse.",
])
def test_individuals_women_or_new_pupils_who_did_not_move_are_no_report(text):
    assert figures(text) == []


@pytest.mark.parametrize("text", [
    "Au moins 14 personnes sont mortes et 2.600 autres ont dû quitter leurs domiciles.",
    "Au moins 14 personnes sont décédées et 2.600 autres ont dû quitter leurs domiciles.",
    "Quelque 2.600 personnes ont été évacuées et 40.000 ont besoin d'une aide alimentaire.",
])
def test_the_dead_and_people_in_need_beside_a_french_movement_are_no_report(text):
    assert [v for v, _, _ in figures(text)] == [2600]
    assert [v for v, _, _ in figures(lost(text))] == [2600]


def test_two_french_figures_that_both_moved_stay_two_reports():
    text = "Quelque 2.600 personnes ont été évacuées et 900 autres ont été relogées."
    assert [v for v, _, _ in figures(text)] == [2600, 900]


def test_collapsed_french_houses_are_destroyed_housing():
    text = "Les pluies ont fait 140 maisons écroulées et 900 habitations inondées."
    assert figures(text) == [(140, "households", "destroyed housing")]
    assert figures(lost(text)) == [(140, "households", "destroyed housing")]


def test_flooded_french_houses_alone_are_no_report():
    assert figures("Les pluies ont laissé 900 habitations inondées.") == []


@pytest.mark.parametrize("text", [
    "CHIFFRES CLÉS # de personnes déplacées 25 300 # de personnes affectées 140 000",
    "KEY FIGURES # of people displaced 25,300 # of people affected 140,000",
])
def test_a_key_figure_cell_opened_by_a_number_sign_is_its_label(text):
    assert figures(text) == [(25_300, "people", "displaced")]


def test_a_key_figure_cell_of_people_affected_is_no_report():
    assert figures("CHIFFRES CLÉS # de personnes affectées 140 000 # de écoles fermées 96") == []


@pytest.mark.parametrize("text", [
    "Après le passage de l'ouragan, le bilan fait état de 12 morts et de plus de 7.500 personnes dans 64 abris.",
    "Après le passage de l'ouragan, le bilan fait état de 12 morts et de plus de 7.500 personnes dans des abris.",
])
def test_people_in_french_shelters_are_sheltered(text):
    assert figures(text) == [(7500, "people", "sheltered")]
    assert figures(lost(text)) == [(7500, "people", "sheltered")]


def test_goods_delivered_to_french_shelters_are_no_report():
    assert figures("Après le passage de l'ouragan, 640 tonnes de vivres ont été livrées dans 64 abris.") == []


def test_a_french_range_whose_second_figure_is_round_thousands_shares_them():
    count = parse_count("entre 10 et 15 000 personnes")
    assert (count.min, count.max) == (10_000, 15_000)
    count = parse_count("entre 800 et 1 200 personnes")
    assert (count.min, count.max) == (800, 1200)


@pytest.mark.parametrize("text, expected", [
    ("Ils sont 18 000 environ à avoir quitté leurs maisons depuis la reprise des combats.", [(18_000, "people", "displaced")]),
    ("Elles sont 3 000 à avoir été déplacées par la crue du fleuve.", [(3000, "people", "displaced")]),
    ("Ils sont 18 000 à avoir fui les combats autour de la ville.", [(18_000, "people", "fled")]),
])
def test_they_are_so_many_to_have_left_is_a_report(text, expected):
    assert figures(text) == expected
    assert figures(lost(text)) == expected


def test_they_are_so_many_to_have_voted_is_no_report():
    assert figures("Ils sont 18 000 à avoir voté pour le maire sortant.") == []


def test_french_shelters_destroyed_are_destroyed_housing_and_shelters_opened_are_not():
    text = "Près de 9 000 personnes ont dû quitter leurs domiciles et 1.250 abris ont été détruits."
    assert figures(text) == [(9000, "people", "displaced"), (1250, "households", "destroyed housing")]
    text = "Près de 9 000 personnes ont dû quitter leurs domiciles et 25 abris ont été ouverts."
    assert figures(text) == [(9000, "people", "displaced")]


@pytest.mark.parametrize("text", [
    "L'OIM a estimé à plus de 41 000 le nombre de déplacés dans la province.",
    "L'OIM a estimé à plus de 41 000, le nombre de déplacés dans la province.",
])
def test_a_tally_named_after_its_value_past_a_comma_counts_its_people(text):
    assert figures(text) == [(41_000, "people", "displaced")]
    assert figures(lost(text)) == [(41_000, "people", "displaced")]


def test_a_tally_of_things_named_after_its_value_is_no_report():
    assert figures("L'OIM a estimé à plus de 41 000, le nombre de véhicules dans la province.") == []


@pytest.mark.parametrize("text", [
    "Personnes sinistrées : 45 000; Personnes déplacées : 6 200; Décès : 12",
    "Personnes déplacées : 6 200; Personnes disparues : 14",
    "Affected: 45,000; Displaced: 6,200; Deaths: 12",
])
def test_cells_of_the_struck_dead_or_missing_beside_the_displaced_are_no_report(text):
    assert figures(text) == [(6200, "people", "displaced")]
    assert figures(lost(text)) == [(6200, "people", "displaced")]


def test_rows_of_places_under_a_label_of_the_displaced_stay_reports():
    text = "Personnes déplacées : Kaya - 1 200 personnes; Djibo - 800"
    assert figures(text) == [(1200, "people", "displaced"), (800, "people", "displaced")]
