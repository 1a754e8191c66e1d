"""Movement reports, issue 5: where a report happened when its sentence lists several places or names none
but the sentence before names where a disaster struck. Inputs are hand-written, not benchmark or corpus text."""
from gazetteer.model import Place
from geo.model import Document
from geo.reports import find_reports
from test_reports_seeds import stub_mentions

NEPAL = Place("t:np", "Nepal", 28.2, 84.0, "country", "NP")
KASKI = Place("t:kaski", "Kaski", 28.3, 83.9, "admin2", "NP", parent="t:gandaki")
SYANGJA = Place("t:syangja", "Syangja", 28.1, 83.8, "admin2", "NP", parent="t:gandaki")
PARBAT = Place("t:parbat", "Parbat", 28.2, 83.7, "admin2", "NP", parent="t:gandaki")
DHAKA = Place("t:dhaka", "Dhaka", 23.8, 90.4, "city", "BD")
RANGAMATI = Place("t:rangamati", "Rangamati", 22.6, 92.2, "admin2", "BD")
BHOLA = Place("t:bhola", "Bhola", 22.7, 90.6, "admin2", "BD")
PLACES = {p.name: p for p in (NEPAL, KASKI, SYANGJA, PARBAT, DHAKA, RANGAMATI, BHOLA)}


def places_of(text: str) -> list[tuple[int, str | None, tuple[str, ...]]]:
    doc = Document("doc", "Flood news\n\n" + text)
    return [(r.count.value, r.origin.name if r.origin else None, tuple(p.name for p in r.destinations))
            for r in find_reports(doc, stub_mentions(doc, PLACES))]


def test_a_count_located_in_a_list_of_places_happened_in_the_place_the_article_names_holding_them():
    assert places_of("Storms have soaked Nepal for days. Mudslides have left 640 families homeless in Kaski, "
                     "Syangja and Parbat, the ministry said.") == [(640, "Nepal", ())]
    assert places_of("Storms have soaked Nepal for days. Mudslides have destroyed 210 houses across Kaski and "
                     "Syangja.") == [(210, "Nepal", ())]


def test_a_list_no_named_place_holds_keeps_its_first_place_and_one_place_stays_its_own():
    assert places_of("Mudslides have left 640 families homeless in Kaski, Syangja and Parbat, the ministry "
                     "said.") == [(640, "Kaski", ())]
    assert places_of("Storms have soaked Nepal for days. Mudslides have left 640 families homeless in Kaski, "
                     "the ministry said.") == [(640, "Kaski", ())]


def test_people_sheltered_in_a_list_of_places_are_still_in_each_of_them():
    assert places_of("Storms have soaked Nepal for days. Some 900 evacuees were housed in schools in Kaski and "
                     "Syangja.") == [(900, None, ("Kaski", "Syangja"))]


def test_a_count_naming_no_place_happened_where_the_sentence_before_says_a_disaster_struck():
    article = ("Relief lorries left Dhaka on Monday, and Dhaka's hospitals stood ready.\n\n"
               "A mudslide struck the hill district of Rangamati overnight. Some 820 villagers were displaced.")
    assert places_of(article) == [(820, "Rangamati", ())]


def test_a_place_the_disaster_does_not_strike_or_in_another_paragraph_lends_no_place():
    spoken = ("Relief lorries left Dhaka on Monday, and Dhaka's hospitals stood ready.\n\n"
              "Rangamati officials said a mudslide struck the hills overnight. Some 820 villagers were displaced.")
    assert places_of(spoken) == [(820, "Dhaka", ())]
    apart = ("Relief lorries left Dhaka on Monday, and Dhaka's hospitals stood ready.\n\n"
             "A mudslide struck Rangamati overnight.\n\nSome 820 villagers were displaced in the storm.")
    assert [origin for _, origin, _ in places_of(apart)] != ["Rangamati"]


LEAD = "Relief lorries left Dhaka on Monday, and Dhaka's hospitals stood ready.\n\n"


def test_a_count_its_sentence_locates_nowhere_happened_where_the_disaster_it_tells_struck():
    assert places_of(LEAD + "A mudslide struck Rangamati on Sunday, displacing 820 villagers.") == [
        (820, "Rangamati", ())]
    assert places_of(LEAD + "Floods that swamped Rangamati left 640 people homeless.") == [(640, "Rangamati", ())]
    assert places_of(LEAD + "A quake hit Rangamati, displacing 800 people, and a flood hit Dhaka, displacing "
                     "300.") == [(800, "Rangamati", ()), (300, "Dhaka", ())]


def test_a_place_no_disaster_strikes_or_a_count_located_elsewhere_keeps_its_place():
    assert places_of(LEAD + "Rangamati officials said a mudslide struck overnight, displacing 820 villagers.") == [
        (820, "Dhaka", ())]
    assert places_of(LEAD + "After a mudslide struck Rangamati, 820 villagers were displaced in Bhola.") == [
        (820, "Bhola", ())]
