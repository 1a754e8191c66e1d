"""Movement reports, issue 5: wordings that real, unseen news fragments on floods, sieges and offensives in Africa, the
Americas, the Middle East and South Asia showed dropped or misplaced. Inputs are hand-written, not benchmark or corpus
text."""
from gazetteer.model import Place
from geo.model import Document
from geo.reports import find_reports
from test_reports_seeds import stub_mentions
from test_reports_unseen import figures


def test_a_member_a_copula_names_counts_the_displaced_group_it_belongs_to():
    assert figures("The fisherman is one of over 8,000 villagers displaced by the cyclone along the coast.") == [
        (8000, "people", "displaced")]
    assert figures("Her aunt was one of 3,500 residents evacuated from the valley when the dam cracked.") == [
        (3500, "people", "evacuated")]


def test_a_member_of_a_group_that_did_not_move_is_still_no_count():
    assert figures("The fisherman is one of over 8,000 villagers who attended the market after the cyclone.") == []
    assert figures("One of the 3,500 residents evacuated from the valley owns the bakery.") == []


def test_a_tally_named_by_that_or_this_takes_its_value_when_it_balloons_or_soars():
    assert figures("About 40,000 people fled the border towns in the first week. Since then that number has "
                   "ballooned to 90,000.") == [(40000, "people", "fled"), (90000, "people", "fled")]
    assert figures("About 40,000 people fled the border towns in the first week. This figure has nearly "
                   "quadrupled to 150,000.") == [(40000, "people", "fled"), (150000, "people", "fled")]


def test_a_demonstrative_before_no_tally_word_is_no_tally():
    assert figures("About 40,000 people fled the border towns in the first week. That town has 90,000 "
                   "inhabitants.") == [(40000, "people", "fled")]


def test_people_who_live_in_schools_or_tents_after_a_disaster_are_sheltered_there():
    assert figures("After the storm, some 2,600 villagers still live in the schools of the district.") == [
        (2600, "people", "sheltered")]
    assert figures("Families fled the shelling. Around 9,000 people now live in tents beside the highway.") == [
        (9000, "people", "sheltered")]


def test_people_who_live_in_a_town_or_a_camp_are_its_population():
    assert figures("After the storm, some 2,600 villagers still live in the old quarter of the district.") == []
    assert figures("Families fled the shelling. Around 9,000 people now live in the camp by the highway.") == []


BENIN = Place("t:bj", "Benin", 9.5, 2.3, "country", "BJ")
WEST_AFRICA = Place("t:wa", "West Africa", 12.0, -4.0, "region")
KASAI = Place("t:kasai", "Kasai", -5.0, 21.0, "region", "CD")
CONGO = Place("t:cd", "Congo", -3.0, 23.0, "country", "CD")
PLACES = {p.name: p for p in (BENIN, WEST_AFRICA, KASAI, CONGO)}


def origins_of(text: str) -> list[tuple[int, str | None]]:
    doc = Document("doc", "Flood news\n\n" + text)
    return [(r.count.value, r.origin.name if r.origin else None) for r in find_reports(doc, stub_mentions(doc, PLACES))]


def test_a_region_in_no_one_country_is_wider_than_the_country_it_locates():
    assert origins_of("Benin in West Africa was flooded for weeks. Officials said 40,000 people were "
                      "displaced.") == [(40000, "Benin")]


def test_a_region_of_one_country_is_still_finer_than_its_country():
    assert origins_of("Kasai in Congo was torn by fighting for months. Officials said 40,000 people were "
                      "displaced.") == [(40000, "Kasai")]


def test_a_span_of_years_between_a_tally_and_its_value_is_no_figure_that_breaks_it():
    assert figures("The number of displaced people in the schools has passed the peak of the 2012/13 war and now "
                   "exceeds 6,000.") == [(6000, "people", "displaced")]


def test_a_figure_between_a_tally_and_a_later_value_still_takes_the_tally():
    assert figures("The number of displaced people in the schools has passed the 2,000 of the last war and now "
                   "exceeds 6,000.") == [(2000, "people", "displaced")]


def test_that_number_restates_the_movement_before_past_a_noun_of_displacement():
    assert figures("Some 60,000 villagers fled the valley after the first raids. Since then, that number has climbed "
                   "to 95,000, a figure that includes only IDPs who registered with the district.") == [
        (60000, "people", "fled"), (95000, "people", "fled")]


def test_a_sentence_with_a_noun_of_displacement_and_no_tally_restates_nothing():
    assert figures("Some 60,000 villagers fled the valley after the first raids. IDPs in the valley were later given "
                   "9,000 blankets.") == [(60000, "people", "fled")]


def test_people_estimated_to_live_somewhere_are_its_population():
    assert figures("Officials said many families have already returned, with 21,700 people estimated to currently "
                   "reside in the port town.") == []


def test_people_estimated_to_live_somewhere_and_then_moved_are_a_report():
    assert figures("About 21,700 people estimated to live below the dam were evacuated on Sunday.") == [
        (21700, "people", "evacuated")]
