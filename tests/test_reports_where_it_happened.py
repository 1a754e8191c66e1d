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
             "A mudslide struck Rangamati overnight. Rain went on.\n\nSome 820 villagers were displaced in the storm.")
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


POKHARA = Place("t:pokhara", "Pokhara", 28.2, 84.0, "city", "NP", parent="t:kaski")
INDIA = Place("t:in", "India", 22.0, 79.0, "country", "IN")
SOUTH_ASIA = Place("t:south-asia", "South Asia", 24.0, 80.0, "continent", "")
UNREST = {p.name: p for p in (NEPAL, KASKI, POKHARA, INDIA, SOUTH_ASIA)}
UNREST_LEAD = ("Shelling hit Pokhara again on Monday, and streets in Pokhara stood empty. Nepal's cabinet met late "
               "into the night.\n\n")


def routes_of(text: str) -> list[tuple[int, str | None, tuple[str, ...]]]:
    doc = Document("doc", "Unrest news\n\n" + text)
    return [(r.count.value, r.origin.name if r.origin else None, tuple(p.name for p in r.destinations))
            for r in find_reports(doc, stub_mentions(doc, UNREST))]


def test_people_who_fled_to_a_neighbouring_country_left_the_articles_country_when_no_town_is_named():
    assert routes_of(UNREST_LEAD + "The fighting has forced more than 6,000 people to flee to the neighbouring "
                     "country of India.") == [(6000, "Nepal", ("India",))]
    # no neighbour named, or a town the sentence names: the article's place, or that town, stays
    assert routes_of(UNREST_LEAD + "The fighting has forced more than 6,000 people to flee to India.") == [
        (6000, "Pokhara", ("India",))]
    assert routes_of(UNREST_LEAD + "More than 6,000 people fled Kaski for neighbouring India.") == [
        (6000, "Kaski", ("India",))]


def test_people_who_left_the_country_left_the_articles_country_not_the_region_locating_it():
    assert routes_of(UNREST_LEAD + "More than 40,000 people have fled the country in South Asia and headed for "
                     "India, the agency said.") == [(40000, "Nepal", ("India",))]
    # the region only located the country: it is no place the next sentence's count happened in
    assert [origin for _, origin, _ in routes_of(
        UNREST_LEAD + "Some 40,000 people have fled the nation in South Asia since March. About 9,000 of them "
        "went to India, officials said.")] == ["Nepal", "Pokhara"]


def test_a_place_right_after_since_or_after_is_the_subject_of_another_clause_not_the_place_people_left():
    assert routes_of(UNREST_LEAD + "More than 6,000 people have fled the country since India closed its border.") == [
        (6000, "Nepal", ())]
    assert routes_of(UNREST_LEAD + "More than 6,000 people have fled their homes after India shut the dam.") == [
        (6000, "Pokhara", ())]
    # a place named after the event's article, or before the conjunction, keeps its role
    assert routes_of(UNREST_LEAD + "More than 6,000 people were evacuated after the Kaski landslide.") == [
        (6000, "Kaski", ())]
    assert routes_of(UNREST_LEAD + "More than 6,000 people have fled Kaski since Monday.") == [(6000, "Kaski", ())]


def test_the_town_people_left_is_still_the_articles_town_and_a_named_region_still_places_a_count():
    assert routes_of(UNREST_LEAD + "More than 4,000 people have fled the city and headed for India.") == [
        (4000, "Pokhara", ("India",))]
    assert routes_of(UNREST_LEAD + "More than 4,000 people have fled villages in Kaski and headed for India.") == [
        (4000, "Kaski", ("India",))]


def test_a_place_a_possessive_and_a_word_or_two_name_as_part_of_a_country_takes_its_role():
    assert routes_of(UNREST_LEAD + "More than 5,000 people from Nepal's hilly western Kaski have crossed into "
                     "India.") == [(5000, "Kaski", ("India",))]
    # a place not lying in the one before, or three words on, is no part of it
    assert routes_of(UNREST_LEAD + "More than 5,000 people from Nepal's southern neighbour India have crossed into "
                     "Kaski.")[0][1] == "Nepal"
    assert routes_of(UNREST_LEAD + "More than 5,000 people from Nepal's flooded hilly western Kaski have crossed "
                     "into India.")[0][1] == "Nepal"


def test_people_a_refugee_camp_holds_are_where_it_is_in_or_outside_a_place_not_leaving_it():
    assert routes_of(UNREST_LEAD + "Aid workers handed out rice at Deurali, a refugee camp holding more than 4,000 "
                     "people in Kaski.") == [(4000, None, ("Kaski",))]
    assert routes_of(UNREST_LEAD + "Aid workers handed out rice at Deurali, a refugee camp holding more than 4,000 "
                     "people outside Kaski.") == [(4000, None, ("Kaski",))]
    # people leaving a place, or uprooted just outside it, still left it
    assert routes_of(UNREST_LEAD + "More than 4,000 people were evacuated from villages outside Kaski.") == [
        (4000, "Kaski", ())]
    assert routes_of(UNREST_LEAD + "Fighting outside Kaski has displaced more than 4,000 people.") == [
        (4000, "Kaski", ())]


def test_people_seeking_refuge_across_the_border_in_a_country_went_there():
    assert routes_of(UNREST_LEAD + "The shelling has forced 6,000 people to flee their homes, seeking refuge across "
                     "the border in India.") == [(6000, "Pokhara", ("India",))]
    # a refuge from what happened in a place is no journey's end there
    assert routes_of(UNREST_LEAD + "The shelling has forced 6,000 people to flee their homes, seeking refuge from "
                     "the fighting in India.")[0][2] != ("India",)


RAXAUL = Place("t:raxaul", "Raxaul", 26.98, 84.85, "site", "IN")
BIRGUNJ = Place("t:birgunj", "Birgunj", 27.0, 84.87, "site", "NP")
CROSSING = {**UNREST, "Raxaul": RAXAUL, "Birgunj": BIRGUNJ}


def test_a_border_crossing_named_once_is_not_the_place_the_article_is_about():
    def origin(text: str) -> str | None:
        doc = Document("doc", "Unrest news\n\n" + text)
        return next(r.origin.name if r.origin else None for r in find_reports(doc, stub_mentions(doc, CROSSING)))
    lead = "Nepal's cabinet met late into the night. Nepal's army stood by. More than 6,000 people have fled the fighting. "
    assert origin(lead + "Trucks queued at the Birgunj border crossing.") == "Nepal"
    assert origin(lead + "Trucks queued at the Birgunj and Raxaul crossings.") == "Nepal"
    # a small place named as itself is still the finest place the article names
    assert origin(lead + "Trucks queued in Birgunj.") == "Birgunj"


def test_people_named_by_their_country_who_fled_the_country_fled_theirs_not_the_articles():
    lead = "Shelling hit India's border posts again on Monday, and India's cabinet met late into the night.\n\n"

    def origins(text: str) -> list[str | None]:
        doc = Document("doc", "Unrest news\n\n" + lead + text)
        return [r.origin.name if r.origin else None
                for r in find_reports(doc, stub_mentions(doc, UNREST), {"nepali": NEPAL})]

    assert origins("Thousands of Nepali refugees have fled the country since Monday, officials said.") == ["Nepal"]
    assert origins("Some 3,000 Nepali villagers have fled their own country this week.") == ["Nepal"]
    # people named by no country, or nationals evacuated: "the country" stays the article's
    assert origins("Thousands of refugees have fled the country since Monday, officials said.") == ["India"]
    assert origins("Some 3,000 Nepali workers were evacuated from the country this week.") == ["India"]


def test_the_invading_country_casts_no_vote_for_the_articles_place():
    def origins(text: str) -> list[str | None]:
        doc = Document("doc", "Unrest news\n\n" + text)
        return [r.origin.name if r.origin else None for r in find_reports(doc, stub_mentions(doc, UNREST))]

    assert origins("India's invasion of Nepal entered its second week. Since India invaded, more than 6,000 "
                   "people have fled, officials said.") == ["Nepal"]
    # a country named by its own war or floods, not as invading, still votes
    assert origins("India's floods entered their second week, and Nepal sent help. Across India, more than 6,000 "
                   "people have fled, officials said.") == ["India"]


def test_people_who_fled_over_a_border_named_by_its_nation_went_to_that_country():
    def routes(text: str) -> list[tuple[str | None, tuple[str, ...]]]:
        doc = Document("doc", "Unrest news\n\n" + text)
        return [(r.origin.name if r.origin else None, tuple(p.name for p in r.destinations))
                for r in find_reports(doc, stub_mentions(doc, UNREST), {"nepali": NEPAL, "indian": INDIA})]

    assert routes("Some 6,000 Nepali villagers have fled over the Indian border, officials said.") == [
        ("Nepal", ("India",))]
    assert routes("Some 6,000 Nepali villagers have crossed into Indian territory, officials said.") == [
        ("Nepal", ("India",))]
    # a border only near where they went, or their own country's border: no destination of theirs
    assert routes("Some 6,000 Nepali villagers have fled to safety near the Indian border, officials said.")[0][1] == ()
    assert routes("Some 6,000 Nepali villagers have fled across the Nepali border, officials said.")[0][1] == ()


def test_a_country_located_after_the_destination_country_is_another_figures_not_the_origin():
    from test_reports import reports_of

    def route(text: str) -> tuple[str | None, tuple[str, ...]]:
        report = reports_of(text, headline="Refugee news\n\n")[0]
        return report.origin.name if report.origin else None, tuple(p.name for p in report.destinations)

    # (the 900 then the next figure of the list, people who reached Rwanda)
    assert route("Officials counted 2,800 people entering Poland, more than 900 in Rwanda.") == (None, ("Poland",))
    # a country located before the destination is where they left
    assert route("In Rwanda, 2,800 refugees fled into Poland.") == ("Rwanda", ("Poland",))


def test_a_count_is_where_the_fire_or_fighting_of_its_sentence_broke_out():
    # the sentence's own verb of breaking out names where it happened, as a disaster's strike does
    assert places_of("Floods swamped Bhola last week. A fire broke out in Rangamati, prompting officials to evacuate "
                     "800 residents.") == [(800, "Rangamati", ())]
    assert places_of("Floods swamped Bhola last week. Fighting erupted in Rangamati on Monday, forcing 800 families "
                     "to flee to Dhaka.") == [(800, "Rangamati", ("Dhaka",))]
    # ... and so does the sentence before, for a count that names no place
    assert places_of("Floods swamped Bhola last week. A fire broke out in Rangamati. Officials evacuated 800 "
                     "residents.") == [(800, "Rangamati", ())]
    # negatives: where it broke out told in a relative clause, or in a clause of time, is not where people moved
    assert places_of("Floods swamped Bhola last week. The fire, which broke out in Rangamati, forced 800 residents "
                     "to flee.") == [(800, "Bhola", ())]
    assert places_of("Floods swamped Bhola last week. Some 800 refugees have arrived in Dhaka since fighting erupted "
                     "in Rangamati.") == [(800, None, ("Dhaka",))]
