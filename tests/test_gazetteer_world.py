"""The default gazetteer (curated table + world index) on the seed articles and on other texts.

The world index is compiled once for this module into a temporary cache folder (~20 s), so the
tests need neither network nor a warm ~/.cache.
"""
import math
from pathlib import Path

import pytest

from gazetteer import Gazetteer, build_world_index

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
AL_WAER = (34.741, 36.668)
JARABULUS, IDLIB_CITY, IDLIB_PROVINCE, DAMASCUS = "geonames:169179", "geonames:169389", "iso3166-2:SY-ID", "geonames:170654"
NOT_PLACES = ["Homs Media Center", "Syrian Observatory for Human Rights", "Syrian Arab Red Crescent",
              "Bashar al-Assad", "Talal Barazi", "Talal al-Barazi", "Leroy Wright", "Sergei Druzhin", "Reuters", "Sputnik"]


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("evacmap-cache")
    build_world_index(cache_dir=folder)
    return folder


@pytest.fixture(scope="module")
def gazetteer(cache_dir):
    return Gazetteer.default(cache_dir=cache_dir)


@pytest.fixture(scope="module")
def seed_mentions(gazetteer):
    return {path.name: (path.read_text(encoding="utf-8"), gazetteer.find_mentions(path.read_text(encoding="utf-8"), path.name))
            for path in SEEDS}


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(a))


def by_text(mentions, *texts):
    return [m for m in mentions if m.text in texts]


def test_al_waer_in_every_seed_that_names_it(seed_mentions):
    spellings = ("Al Waer", "al-Waer", "Al-Waer", "al Waer", "Waer", "Al-Wair", "al-Waer neighborhood", "Waer district")
    for name, (text, mentions) in seed_mentions.items():
        if "Waer" not in text and "Wair" not in text:
            continue
        waer = by_text(mentions, *spellings)
        assert waer, name
        assert all(km(m.place.lat, m.place.lon, *AL_WAER) <= 4 for m in waer), name
        assert text.count("Waer") + text.count("Wair") == len(waer), name  # every one of them


def test_jarablus_in_both_spellings(seed_mentions):
    jarablus = [m for _, ms in seed_mentions.values() for m in by_text(ms, "Jarablus", "Jarablous")]
    assert len(jarablus) >= 5 and {m.text for m in jarablus} == {"Jarablus", "Jarablous"}
    assert {m.place.id for m in jarablus} == {JARABULUS}


def test_idlib_city_and_province(seed_mentions):
    mentions = [m for _, ms in seed_mentions.values() for m in ms]
    # "province" in lower case describes: it asks for the governorate without being part of the mention.
    province = [m for text, ms in seed_mentions.values() for m in ms if text[m.end:].startswith(" province")]
    assert {(m.text, m.place.id) for m in province} == {("Idlib", IDLIB_PROVINCE), ("Homs", "iso3166-2:SY-HI")}
    towns = [m for m in mentions if m not in province]
    assert {m.place.id for m in by_text(towns, "Idlib")} == {IDLIB_CITY}
    # "countryside" is no part of the governorate's name: it asks for it without being part of the mention.
    countryside = [m for text, ms in seed_mentions.values() for m in ms if text[m.end:].startswith(" countryside")]
    assert {(m.text, m.place.kind) for m in countryside} == {("Aleppo", "admin1")}
    assert {m.place.id for m in by_text(mentions, "Damascus")} == {DAMASCUS}
    assert {m.place.id for m in by_text(mentions, "old Homs", "Old Homs", "central Homs")} == {"evacmap:old-homs"}
    assert {m.place.id for m in by_text(mentions, "northern Syria")} == {"evacmap:northern-syria"}
    assert {m.place.id for m in by_text(towns, "Homs", "HOMS")} == {"geonames:169577"}


def test_no_mention_inside_organisations_or_people(seed_mentions):
    for name, (text, mentions) in seed_mentions.items():
        for phrase in NOT_PLACES:
            at = text.find(phrase)
            while at >= 0:
                inside = [m.text for m in mentions if m.start < at + len(phrase) and m.end > at]
                assert not inside, (name, phrase, inside)
                at = text.find(phrase, at + 1)


def test_mentions_are_sorted_resolved_and_exact(seed_mentions):
    for text, mentions in seed_mentions.values():
        assert [m.start for m in mentions] == sorted(m.start for m in mentions)
        assert all(m.place is not None and text[m.start:m.end] == m.text for m in mentions)


def test_seed_results_do_not_depend_on_the_run(gazetteer, seed_mentions):
    text, mentions = seed_mentions[SEEDS[0].name]
    assert gazetteer.find_mentions(text, SEEDS[0].name) == mentions


@pytest.mark.parametrize("text, expected", [
    ("The family moved from Paris, Texas to Dallas last year.",
     [("Paris", "US", "city"), ("Texas", "US", "admin1"), ("Dallas", "US", "city")]),
    ("Tourists crowded the streets of Paris on Friday.", [("Paris", "FR", "city")]),
    ("Ferries left le Havre for la Rochelle.", [("le Havre", "FR", "city"), ("la Rochelle", "FR", "city")]),
    ("He moved to the United States from Mexico to help his family.",
     [("United States", "US", "country"), ("Mexico", "MX", "country")]),
    ("She grew up in Springfield, Illinois, before moving to Chicago.",
     [("Springfield", "US", "city"), ("Illinois", "US", "admin1"), ("Chicago", "US", "city")]),
    ("Thousands were evacuated from Mariupol to Zaporizhzhia by bus.",
     [("Mariupol", "UA", "city"), ("Zaporizhzhia", "UA", "city")]),
    ("Shelling continued in Kharkiv oblast overnight.", [("Kharkiv", "UA", "admin1")]),
    ("According to the Kyiv Independent, residents fled Kherson.", [("Kherson", "UA", "city")]),
    ("Kherson Smith, a local teacher, said the roads were closed.", []),
    ("The mayor of Springfield said the roads were closed.", [("Springfield", "US", "city")]),
    ("Reading the report, Police said the Center would open in March.", []),
    ("The plant in Alexandria, La., closed after the storm.",
     [("Alexandria", "US", "city"), ("La.", "US", "admin1")]),
    ("Officials in Charleston, W.Va., said the river rose.",
     [("Charleston", "US", "city"), ("W.Va.", "US", "admin1")]),
    ("Ohio's lawmakers met in the U.S. capital.", [("Ohio", "US", "admin1"), ("U.S.", "US", "country")]),
    # Canadian Press abbreviations of provinces; "B.C." after a year is the era.
    ("The ferry from Nanaimo, B.C., docked in Halifax, N.S. on Monday.",
     [("Nanaimo", "CA", "city"), ("B.C.", "CA", "admin1"), ("Halifax", "CA", "city"), ("N.S.", "CA", "admin1")]),
    ("The mound was built about 100 B.C. by farmers.", []),
    ("Va. was the abbreviation he used, and GA too.", []),
    ("Paris and Lyon hosted the fair.", [("Paris", "FR", "city"), ("Lyon", "FR", "city")]),
    ("Nearly all Sangamon County farms flooded.", [("Sangamon County", "US", "admin2")]),
    ("Marion County is hiring. The Sangamon County Fairgrounds open in July.",
     [("Marion County", "US", "admin2"), ("Sangamon County", "US", "admin2")]),
    ("Sen. John Roe, DFL-Minneapolis, and Rep. Jane Doe, R-Tulsa, voted no.",
     [("Minneapolis", "US", "city"), ("Tulsa", "US", "city")]),
    ("Man, 52, rescued from a flooded road. North of the river, water rose.", []),
    ("She studied at the University of Nebraska and now works for the Tulsa Fire Department.",
     [("Nebraska", "US", "admin1"), ("Tulsa", "US", "city")]),
    ("The report was signed by Sangamon County Sheriff Jim Doe.", [("Sangamon County", "US", "admin2")]),
    ("A contract went to Prairie Roofing of Tulsa. Later, Tulsa officials agreed.",
     [("Tulsa", "US", "city"), ("Tulsa", "US", "city")]),
    ("Peach growers from Macon, Georgia, and Tallahassee met in Georgia on Tuesday.",
     [("Macon", "US", "city"), ("Georgia", "US", "admin1"), ("Tallahassee", "US", "city"), ("Georgia", "US", "admin1")]),
    ("Buses left al waer on monday. Others went to jarablus in the aleppo countryside.",
     [("al waer", "SY", "district"), ("jarablus", "SY", "city"), ("aleppo", "SY", "admin1")]),
    ("the bus left al waer for idlib . others went to jarablus with us .",
     [("al waer", "SY", "district"), ("idlib", "SY", "city"), ("jarablus", "SY", "city")]),
    # A generic word hyphenated to the capitalised word before it ends that compound's name: no
    # division called "North" in the Center-North region; a generic name alone or whole stays.
    ("Displaced families reached Kaya in the Center-North region on Sunday.", [("Kaya", "BF", "city")]),
    ("Herders crossed into the North region of Cameroon with their cattle.",
     [("North", "CM", "admin1"), ("Cameroon", "CM", "country")]),
    ("Soldiers patrolled the South-West region near Buea.", [("South-West", "CM", "admin1"), ("Buea", "CM", "city")]),
    # A hyphenated name written without its hyphen ("Bazar-Korgon"), not when that spells a word or
    # joins a short part ("Grand-Est"), nor as a small town's own name in lower-cased text (a surname).
    ("Floodwater reached homes in Bazarkorgon after the canal burst.", [("Bazarkorgon", "KG", "city")]),
    ("Visitors called it the grandest parade Strasbourg had seen.", [("Strasbourg", "FR", "city")]),
    ("her aunt, rosa vilareal, said the school in austin reopened.", [("austin", "US", "city")]),
    # A name before "news agency" is the agency's; a country's name stays the country.
    ("Officials told the Fars news agency that buses left Shiraz.", [("Shiraz", "IR", "city")]),
    ("Iran news agency staff were later freed in Shiraz.", [("Iran", "IR", "country"), ("Shiraz", "IR", "city")]),
    # A name after a lower-case "newspaper" or "tabloid" is the paper's; not with "in" between, nor a country.
    ("The tabloid Clarin said on Friday that cases rose in Salta province.", [("Salta", "AR", "admin1")]),
    ("He edited a newspaper in Clarin for years.", [("Clarin", "PH", "city")]),
    ("A newspaper Kenya never licensed printed the claim.", [("Kenya", "KE", "country")]),
    # A faith's adjective before a well-known place describes its people; before a small town's name, or as a
    # given name, it starts a longer name.
    ("Pilgrims from mostly Hindu Bali reached Surabaya by ferry.", [("Bali", "ID", "admin1"), ("Surabaya", "ID", "city")]),
    ("Aid reached largely Catholic Poland on Friday.", [("Poland", "PL", "country")]),
    ("The Catholic Beloit choir sang in Madison on Sunday.", [("Madison", "US", "city")]),
    ("Christian Jackson thanked the volunteers.", []),
    # A compass point written short in capitals right before a name points into it; not before another word.
    ("Airstrikes hit camps in NW Syria on Monday.", [("Syria", "SY", "country")]),
    ("Cholera spreads in SW Uganda", [("Uganda", "UG", "country")]),
    ("The SW Airlines Uganda flight was cancelled.", []),
    # A compass word joined by "and" or "or" to another and a name shares that name where it is a country's or a
    # division's ("North and South Carolina"); where none is so named, the word is no place of its own.
    ("Storms hit North and South Carolina overnight.", [("North", "US", "admin1"), ("South Carolina", "US", "admin1")]),
    ("Envoys of North and South Korea met on Monday.", [("North", "KP", "country"), ("South Korea", "KR", "country")]),
    ("Trade between East and West Germany grew.", [("Germany", "DE", "country")]),
    ("Storms hit north and South Carolina overnight.", [("South Carolina", "US", "admin1")]),
    # A division named only by generic words is meant in a story about its country, a kind word after it or not.
    ("New Jersey became the first Northern state to end the practice.", [("New Jersey", "US", "admin1")]),
    ("Cases rose in Tamale and across the Northern region of Ghana.",
     [("Tamale", "GH", "city"), ("Northern", "GH", "admin1"), ("Ghana", "GH", "country")]),
    # After "Governor of" or "mayor of" a place, the capitalised words are its holder's name; not after
    # a relative or a director, nor when they name an institution.
    ("The Governor of Kvemo Kartli Zurab Beridze visited flooded farms.", [("Kvemo Kartli", "GE", "admin1")]),
    ("Rescuers thanked the mayor of Tulsa Jane Roe on Friday.", [("Tulsa", "US", "city")]),
    ("She was the wife of Harvey Roe, a farmer.", []),
    # A minister is such an office, also with the portfolio between ("Minister of Trade and Industry of"); not
    # when the words after the place name an institution, nor when the portfolio is a body ("the Bank of").
    ("Prime Minister of Estonia Kaja Roe opened the shelter.", [("Estonia", "EE", "country")]),
    ("Deputy Minister of Water and Rural Affairs of Zambia Peter Roe toured Chipata.",
     [("Zambia", "ZM", "country"), ("Chipata", "ZM", "city")]),
    ("The Minister of Trade of Ghana Export Promotion Authority spoke.", []),
    ("The Governor of the Bank of Uganda Paul Roe spoke.", []),
    # A direction and "of" place the common word after them; "of" alone does not.
    ("The farm lies 10 miles north of Reading, officials said.", [("Reading", "GB", "city")]),
    ("The pastor spoke of Reading and of hope at the service.", []),
    # A division GeoNames calls by its seat's name is asked for by "region" after it; alone the name is the town.
    ("Cases rose in the Kostanay region, officials in Astana said.",
     [("Kostanay", "KZ", "admin1"), ("Astana", "KZ", "city")]),
    ("A bus left Kostanay for Astana.", [("Kostanay", "KZ", "city"), ("Astana", "KZ", "city")]),
    # ISO's English name of a division that is a position word and the ISO name's stem.
    ("Landslides buried farms in North Chungcheong after storms lashed the peninsula.",
     [("North Chungcheong", "KR", "admin1")]),
    # A camp named after a country lies elsewhere: no mention; one named after a town is that town.
    ("In Darfur, families sheltered in Uganda camp and then in Kakuma camp.",
     [("Darfur", "SD", "region"), ("Kakuma", "KE", "city")]),
    ("Families crossed into Uganda and sheltered in a camp.", [("Uganda", "UG", "country")]),
    # A month's abbreviation beside a day or a year is a date's month, not the town named like it; alone it may be the town.
    ("On 2 Jun 2015, the river burst its banks near Granada.", [("Granada", "ES", "city")]),
    ("The river rose on Jun. 12 near Granada.", [("Granada", "ES", "city")]),
    ("Floods reached Jun, a town near Granada, on Monday.", [("Jun", "ES", "city"), ("Granada", "ES", "city")]),
    # A name after a Malay or Indonesian word for a village is the village's ("Kampung Parit Sapran" is no Parit);
    # not after the lower-case common noun, nor the whole name the index holds.
    ("Floods hit Johor, Malaysia. Relief Centres: Kampung Parit Sapran; Kampung Parit Haji Omar; Kampung Sungai Mulih.",
     [("Johor", "MY", "admin1"), ("Malaysia", "MY", "country")]),
    ("Floods hit Johor. Families fled Kampung Parit Sapran near Parit on Monday.",
     [("Johor", "MY", "admin1"), ("Parit", "MY", "city")]),
    ("Floods hit Perak. Families in the kampung fled to Parit.", [("Perak", "MY", "admin1"), ("Parit", "MY", "city")]),
    ("Families fled Kampung Baru in Kuala Lumpur.", [("Kampung Baru", "MY", "city"), ("Kuala Lumpur", "MY", "city")]),
])
def test_other_texts(gazetteer, text, expected):
    assert [(m.text, m.place.country, m.place.kind) for m in gazetteer.find_mentions(text)] == expected


def test_springfield_illinois_is_the_capital(gazetteer):
    springfield = gazetteer.find_mentions("She grew up in Springfield, Illinois.")[0]
    county = gazetteer.get(springfield.place.parent)  # cities lie in their GeoNames ADM2 division
    assert (county.kind, county.parent) == ("admin2", "iso3166-2:US-IL")


@pytest.mark.parametrize("text, name, parent", [
    # A list of counties with a name of no state: each listed name is a county, a state's name too,
    # and the county's state, named after the list, says which.
    ("Crews cleared roads in Ohio, Hopkins and Muhlenberg counties in Kentucky.", "Ohio", "iso3166-2:US-KY"),
    ("Relief crews reached Washington and Madison counties in Arkansas on Friday.", "Washington",
     "iso3166-2:US-AR"),
])
def test_a_listed_county_named_like_a_state_is_the_county(gazetteer, text, name, parent):
    place = next(m.place for m in gazetteer.find_mentions(text) if m.text == name)
    assert (place.kind, place.parent) == ("admin2", parent)


@pytest.mark.parametrize("text", [
    "Farmers in Ohio and Indiana counties along the river lost crops.",  # the states' counties
    "Officials in Ohio said five counties reported flooding.",
])
def test_states_before_counties_stay_states(gazetteer, text):
    assert gazetteer.find_mentions(text)[0].place.kind == "admin1"


@pytest.mark.parametrize("text, name, country", [
    # Countries' names speak for the countries, not for the states of towns named after them (Texas has
    # an Italy and a Naples, Maine a Poland and a Paris).
    ("Officials in Naples said Italy and Spain would share the costs.", "Naples", "IT"),
    ("Talks in Paris between Poland and Germany ended without a deal.", "Paris", "FR"),
    # A state's towns still place a town: the state named, or a state's name that is a country's too.
    ("Farmers near Paris, Poland and Norway met in Maine on Friday.", "Paris", "US"),
    ("Police in Albany and the Georgia Bureau of Investigation searched the home on Monday.", "Albany", "US"),
])
def test_a_country_s_name_places_no_namesake_town(gazetteer, text, name, country):
    assert next(m.place.country for m in gazetteer.find_mentions(text) if m.text == name) == country


@pytest.mark.parametrize("text, name, country", [
    # Named like a country the story does not otherwise talk about, a town gains nothing from the story
    # being American: the country is famous (in either casing).
    ("A judge in Boise refused to free her. She is originally from Mexico and was arrested last month.",
     "Mexico", "MX"),
    ("two geologists from denmark joined the survey team in billings on tuesday.", "denmark", "DK"),
    ("The couple flew home to New Jersey after a trip to Norway last week.", "Norway", "NO"),
    ("a lab in tennessee and another in greece studied the samples.", "greece", "GR"),
    # A link places the town, in either casing; so do neighbours of its state in a local story.
    ("A judge in Tacoma refused to free her. She is from Mexico, Missouri, and was arrested last month.",
     "Mexico", "US"),
    ("a judge in tacoma refused to free her. she is from mexico, missouri, and was arrested last month.",
     "mexico", "US"),
    ("Crews from Jonestown and Schaefferstown helped fight the fire in Lebanon on Monday.", "Lebanon", "US"),
    # A name that only folds to a country's key ("Cameron", "Cameroon") is no country's own name.
    ("Police in Seattle said the Cameron family lost their home in the fire.", "Cameron", "US"),
    # A state named like a country stays the state.
    ("storms hit georgia and alabama on monday, and crews in atlanta cleared roads.", "georgia", "US"),
])
def test_a_town_named_like_a_country_needs_a_link_or_its_state_s_neighbours(gazetteer, text, name, country):
    assert next(m.place.country for m in gazetteer.find_mentions(text) if m.text == name) == country


@pytest.mark.parametrize("text, name, place", [
    # A link does not place a foreign town an alternate name calls like a country (GeoNames also calls
    # Iran's Arak "Iraq"): a possessive country after the comma starts the next words.
    ("Shelling was heard near the frontier with Iraq, Iran's state radio said on Tuesday.", "Iraq", ("IQ", "country")),
    # A town of its own name stays placed by the link.
    ("A tornado hit Lebanon, Pennsylvania on Monday and damaged a school.", "Lebanon", ("US", "city")),
])
def test_a_link_places_a_town_by_its_own_name_not_by_another_country_s(gazetteer, text, name, place):
    found = next(m.place for m in gazetteer.find_mentions(text) if m.text == name)
    assert (found.country, found.kind) == place


@pytest.mark.parametrize("text, name, place_id", [
    # "Region" after a seat's own name asks for the division GeoNames calls by another name of the seat
    # (Mali's regions bear their seats' names: Tombouctou is Timbuktu's).
    ("Aid convoys reached the Timbuktu region after weeks of fighting.", "Timbuktu", "iso3166-2:ML-6"),
    ("Sirens sounded across the Dnipro region overnight, officials said.", "Dnipro", "iso3166-2:UA-12"),
    # Alone the name is the town; a seat's name that is a division's own stays that division.
    ("Aid convoys reached Timbuktu after weeks of fighting.", "Timbuktu", "geonames:2449067"),
    ("Floods hit farms across the Buenos Aires region last week.", "Buenos Aires", "iso3166-2:AR-B"),
])
def test_region_after_a_seat_s_own_name_is_the_division_named_after_it(gazetteer, text, name, place_id):
    assert next(m.place.id for m in gazetteer.find_mentions(text) if m.text == name) == place_id


@pytest.mark.parametrize("text, place_id", [
    # GeoNames files this Santa Maria under Davao Occidental, split from Davao del Sur: near the
    # province's point, it is the town the link means, whatever other provinces the story names.
    ("Hog farms in Bulacan and Pampanga were quarantined in May. Farmers in Santa Maria, Davao del Sur, lost "
     "their pigs to the virus last month.", "geonames:1688058"),
    # A namesake inside the linked province keeps the link (a nearer one outside gains nothing).
    ("Hog farms in Pampanga were quarantined in May. Farmers in Santa Maria, Bulacan, lost their pigs to the "
     "virus last month.", "geonames:1688042"),
])
def test_a_link_to_a_province_places_a_town_filed_under_the_province_beside_it(gazetteer, text, place_id):
    assert next(m.place.id for m in gazetteer.find_mentions(text) if m.text == "Santa Maria") == place_id


@pytest.mark.parametrize("text, name, kind", [
    # "The villages of X and Y" lists towns, though a division elsewhere bears a name.
    ("Mudslides in Colombia buried homes in the villages of Salgar and Antioquia on Sunday.", "Antioquia", "city"),
    # Names of divisions only are where the towns are; so is a single name.
    ("Storms in Ohio flooded the villages of Ohio and Indiana on Sunday.", "Indiana", "admin1"),
    ("Mudslides buried homes in the villages of Antioquia on Sunday.", "Antioquia", "admin1"),
])
def test_towns_listed_after_of_are_towns(gazetteer, text, name, kind):
    assert next(m.place.kind for m in gazetteer.find_mentions(text) if m.text == name) == kind


def test_a_municipality_is_named_with_its_kind_word(gazetteer):
    mentions = gazetteer.find_mentions("Seven people died in a landslide in the hills (Camotán Municipality) on Saturday.")
    assert [(m.text, m.place.country) for m in mentions] == [("Camotán Municipality", "GT")]
    assert gazetteer.find_mentions("Officials of the Municipality said the water was safe to drink.") == []


def test_the_last_name_before_a_capitalised_plural_kind_word_is_listed(gazetteer):
    mentions = gazetteer.find_mentions("New cases came from Taraba, Benue, and Kogi States last week.")
    assert [(m.text, m.place.kind) for m in mentions] == [("Taraba", "admin1"), ("Benue", "admin1"), ("Kogi", "admin1")]
    assert gazetteer.find_mentions("Envoys of the Gulf States met on Monday.") == []


def test_a_kind_word_after_a_name_also_read_as_a_surname_makes_it_the_place(gazetteer):
    text = "Footage filmed near Qamber Shahdadkot in Sindh spread online. {} officials in Larkana said."
    found = gazetteer.find_mentions(text.format("Shahdadkot district remains under water,"))
    assert ("Shahdadkot", "PK") in [(m.text, m.place.country) for m in found]
    found = gazetteer.find_mentions(text.format("Shahdadkot said the water kept rising,"))
    assert "Shahdadkot" not in [m.text for m in found]


def test_a_barangay_before_its_name_is_no_organisation(gazetteer):
    mentions = gazetteer.find_mentions("Health officers said Barangay Mabinay now has twelve cases.")
    assert [(m.text, m.place.country) for m in mentions] == [("Mabinay", "PH")]
    assert gazetteer.find_mentions("Barangay officials said the village had no new cases.") == []
    # Pakistan's and India's subdistricts likewise: "Tehsil Kharian".
    mentions = gazetteer.find_mentions("Water entered Tehsil Kharian overnight, officials in Gujrat said.")
    assert [(m.text, m.place.country) for m in mentions] == [("Kharian", "PK"), ("Gujrat", "PK")]
    assert gazetteer.find_mentions("Tehsil officials said the water was receding.") == []


def test_a_nigerian_local_government_area_is_named_with_lga(gazetteer):
    mentions = gazetteer.find_mentions("Gunmen attacked two villages in Toto LGA of Nasarawa State.")
    assert [(m.text, m.place.country, m.place.kind) for m in mentions] == [
        ("Toto LGA", "NG", "admin2"), ("Nasarawa State", "NG", "admin1")]
    assert gazetteer.find_mentions("Flights out of LGA were delayed by snow on Sunday.") == []


def test_counties_are_places_with_a_derived_point(gazetteer):
    county = gazetteer.find_mentions("Floods closed roads across Sangamon County on Monday.")[0]
    assert (county.text, county.place.kind, county.place.parent) == ("Sangamon County", "admin2", "iso3166-2:US-IL")
    assert km(county.place.lat, county.place.lon, 39.76, -89.66) < 40  # around Springfield, its seat
    assert "mean of the cities500" in county.place.provenance


def test_a_state_keeps_its_plain_name_and_beats_a_hamlet_named_after_it(gazetteer):
    # iso3166-2 lists nicknames among the English names ("Hawkeye State"), and a Louisiana
    # hamlet is called Iowa: neither may make the state an alias of itself.
    assert [(p.id, p.name) for p, _ in gazetteer.lookup("Iowa")][0] == ("iso3166-2:US-IA", "Iowa")
    assert gazetteer.lookup("Minnesota")[0][0].id == "iso3166-2:US-MN"


@pytest.mark.parametrize("text, mention", [
    ("Shelling hit villages in Idlib province on Sunday.", "Idlib"),  # the kind word describes
    ("Shelling hit villages in Idlib Province on Sunday.", "Idlib Province"),  # capitalised: the name
    ("shelling hit villages in idlib province on sunday.", "idlib province"),  # lower-cased: cannot tell
])
def test_a_kind_word_the_index_holds_is_in_the_mention_only_when_capitalised(gazetteer, text, mention):
    [found] = [m for m in gazetteer.find_mentions(text) if m.place is not None]
    assert (found.text, found.place.id) == (mention, IDLIB_PROVINCE)


@pytest.mark.parametrize("text, mention, place_id", [
    ("He grew up in Parkersburg, W. Va., and moved away.", "W. Va.", "iso3166-2:US-WV"),
    ("The march in Washington, D. C., drew thousands.", "D. C.", "iso3166-2:US-DC"),
])
def test_state_abbreviations_written_with_a_space_are_found(gazetteer, text, mention, place_id):
    assert (mention, place_id) in [(m.text, m.place.id) for m in gazetteer.find_mentions(text) if m.place]


def test_lookup_without_context(gazetteer):
    assert gazetteer.lookup("Jarablous")[0][0].id == JARABULUS
    assert gazetteer.lookup("Idlib province")[0][0].id == IDLIB_PROVINCE
    assert gazetteer.lookup("Damascus")[0][0].id == DAMASCUS
    assert gazetteer.lookup("Xqzzyville") == []
    assert [s.name for s in gazetteer.sources] == ["curated", "world"]
    assert gazetteer.get("evacmap:al-waer").parent == "geonames:169577"


def test_every_curated_place_says_where_its_point_comes_from(gazetteer):
    curated = gazetteer.source("curated").index
    assert len(curated) >= 10
    for i in range(len(curated)):
        place = curated.place(i)
        assert place.provenance, place.id
        if not place.country:  # a region spanning countries or a sea ("West Africa", "Black Sea")
            assert place.kind == "region" and not place.parent, place.id
            continue
        assert place.parent and gazetteer.get(place.parent) is not None, place.id


def test_user_csv_places_join_and_bad_rows_are_collected(cache_dir, tmp_path):
    extra = tmp_path / "camps.csv"
    extra.write_text("id,name,aliases,lat,lon,kind,country,parent,provenance\n"
                     "azraq,Azraq Camp,Azraq|Al Azraq,31.9,36.6,site,JO,,UNHCR\n"
                     "oops,Broken,,north,36.0,site,JO,,\n", encoding="utf-8")
    gazetteer = Gazetteer.default(extra_csvs=[extra], cache_dir=cache_dir)
    assert [(p.path, p.line) for p in gazetteer.problems] == [(str(extra), 3)]
    assert gazetteer.lookup("Azraq Camp")[0][0].id == "user:azraq"
    assert [m.place.id for m in gazetteer.find_mentions("Families reached Azraq from Daraa.")][:1] == ["user:azraq"]
    from gazetteer import GazetteerError
    with pytest.raises(GazetteerError, match="missing.csv"):
        Gazetteer.default(extra_csvs=[tmp_path / "missing.csv"], cache_dir=cache_dir)


def test_large_countries_sit_at_their_published_geographic_centre(gazetteer):
    usa = gazetteer.lookup("United States")[0][0]
    assert km(usa.lat, usa.lon, 39.83, -98.58) < 5 and "Lebanon, Kansas" in usa.provenance
    assert "countryinfo" in gazetteer.lookup("Syria")[0][0].provenance


def test_canada_and_russia_sit_at_60_north_not_at_their_empty_northern_centres(gazetteer):
    # Their geographic centres (Baker Lake, Lake Vivi) are hundreds of km north of the point
    # gazetteers and annotators use for the country.
    for name, lat, lon in (("Canada", 60, -95), ("Russia", 60, 100)):
        country = gazetteer.lookup(name)[0][0]
        assert country.kind == "country" and km(country.lat, country.lon, lat, lon) < 100, name
        assert "countryinfo" in country.provenance


def test_the_united_kingdom_is_a_country_although_wales_shares_its_code(gazetteer):
    assert [(m.text, m.place.kind) for m in gazetteer.find_mentions("Ministers in the UK and Britain agreed.")] == [
        ("UK", "country"), ("Britain", "country")]


def test_a_demonym_several_countries_share_is_the_most_populous_ones(gazetteer):
    """"French" is also the demonym of Mayotte and Martinique, "Chinese" of Macao, "Congolese" of both Congos."""
    assert [gazetteer.demonyms[w] for w in ("french", "chinese", "indian", "congolese", "norwegians", "americans")] == [
        "FR", "CN", "IN", "CD", "NO", "US"]


def test_translated_division_names_are_not_aliases(gazetteer):
    assert all(p.kind != "admin1" for p, _ in gazetteer.lookup("Peach"))  # English for Durazno, Uruguay


def test_a_division_is_named_by_iso_unless_its_english_name_is_a_real_one(gazetteer):
    # ISO's English names hold nicknames and translations: they neither name nor find a division.
    assert gazetteer.get("iso3166-2:IN-MH").name == "Mahārāshtra"  # not "Gateway of India"
    assert gazetteer.get("iso3166-2:PL-26").name == "Świętokrzyskie"  # not "Holy Cross"
    for nickname in ("Gateway of India", "Holy Cross", "Land of Kings"):
        assert all(p.kind != "admin1" for p, _ in gazetteer.lookup(nickname)), nickname
    # Real English names lead over an ISO name text rarely writes ("Ḩimş", "Al Qāhirah").
    names = {code: gazetteer.get(f"iso3166-2:{code}").name for code in ("SY-HI", "SY-HL", "EG-C", "IQ-KR")}
    assert names == {"SY-HI": "Homs Province", "SY-HL": "Aleppo Province", "EG-C": "Cairo Governorate",
                     "IQ-KR": "Kurdistan"}
    for name, code in [("Maharashtra", "IN-MH"), ("Swietokrzyskie", "PL-26"), ("Homs province", "SY-HI"),
                       ("Idlib Province", "SY-ID"), ("Catalonia", "ES-CT"), ("Kurdistan", "IQ-KR")]:
        assert gazetteer.lookup(name)[0][0].id == f"iso3166-2:{code}", name


def test_an_english_name_placing_a_part_of_the_iso_name_finds_the_division(gazetteer):
    # "South Gyeongsang" is Gyeongsangnam-do, "Lower Kartli" Kvemo Kartli: ISO's English names.
    for name, code in [("South Gyeongsang", "KR-48"), ("North Jeolla", "KR-45"), ("Lower Kartli", "GE-KK")]:
        assert gazetteer.lookup(name)[0][0].id == f"iso3166-2:{code}", name
    # Not a longer word ("Western Somalia" beside Somali), the whole ISO name ("West Papua" beside
    # Papua, which Papua Barat is called), nor "central" ("Central Plateau" beside Plateau-Central; the
    # words are only Haiti's Centre, a curated alias).
    assert [p.id for p, _ in gazetteer.lookup("West Papua")] == ["iso3166-2:ID-PB"]
    assert all(p.kind != "admin1" for p, _ in gazetteer.lookup("Western Somalia"))
    assert [p.id for p, _ in gazetteer.lookup("Central Plateau") if p.kind == "admin1"] == ["iso3166-2:HT-CE"]


def test_a_list_of_states_names_states_not_towns_inside_one_another(gazetteer):
    # Towns called California and Nevada lie in Missouri; a list of states is not "town, state".
    text = "Growers in Missouri, California, Nevada, Oregon and Utah reported losses."
    assert [(m.text, m.place.kind) for m in gazetteer.find_mentions(text)] == [
        ("Missouri", "admin1"), ("California", "admin1"), ("Nevada", "admin1"), ("Oregon", "admin1"), ("Utah", "admin1")]


def test_names_listed_after_states_including_or_such_as_are_the_states(gazetteer):
    # "including" and "such as" open a list after a plural kind word as "of" does: the states, not
    # their capitals named alike.
    text = "Field surveys found the virus in nine states, including Bahia, Goiás and Rio de Janeiro."
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == [
        ("Bahia", "admin1", "BR"), ("Goiás", "admin1", "BR"), ("Rio de Janeiro", "admin1", "BR")]
    text = "Ranchers in provinces such as Salta and Tucumán lost cattle to the drought."
    assert [(m.text, m.place.kind) for m in gazetteer.find_mentions(text)] == [("Salta", "admin1"), ("Tucumán", "admin1")]
    # The same words without a plural kind word ask nothing: the city.
    assert [(m.text, m.place.kind) for m in gazetteer.find_mentions("Markets, including Salta's, stayed shut.")] == [
        ("Salta", "city")]


def test_names_listed_after_states_and_a_colon_are_the_states(gazetteer):
    # A colon opens the list as "of" does, and "do" inside a state's name does not end it.
    text = "Case counts rose in four states: Espírito Santo, Mato Grosso do Sul, Sao Paulo and Paraná."
    assert [(m.text, m.place.kind) for m in gazetteer.find_mentions(text)] == [
        ("Espírito Santo", "admin1"), ("Mato Grosso do Sul", "admin1"), ("Sao Paulo", "admin1"), ("Paraná", "admin1")]
    # No plural kind word before the colon: the city.
    text = "Case counts rose in one place: Sao Paulo, officials said."
    assert [(m.text, m.place.kind) for m in gazetteer.find_mentions(text)] == [("Sao Paulo", "city")]


def test_names_a_verb_of_including_lists_after_counties_are_the_counties(gazetteer):
    # The clause a plural kind word opens may end in its verb of including, which opens the list as a colon does:
    # the counties, not the towns of their names in other states.
    text = "The counties under evacuation orders include Citrus, Charlotte and Manatee, officials said."
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(text)] == [
        ("Citrus", "geonames:4151140"), ("Charlotte", "geonames:4150627"), ("Manatee", "geonames:4163277")]
    text = "Affected counties include Citrus and Manatee."
    assert [m.place.id for m in gazetteer.find_mentions(text)] == ["geonames:4151140", "geonames:4163277"]
    # No plural kind word before the verb, or one that is no subject of it (after a preposition): the towns.
    for text in ("Stops on the tour include Citrus and Hillsborough, officials said.",
                 "Officials from both counties said the stops include Citrus and Hillsborough."):
        assert [(m.text, m.place.kind) for m in gazetteer.find_mentions(text)] == [
            ("Citrus", "city"), ("Hillsborough", "city")], text


def test_a_list_with_a_country_in_it_asks_for_no_division(gazetteer):
    # "states" there are nations: Georgia beside France is the country, not the US state.
    text = "Medical teams came from member states such as France and Georgia last week."
    assert [(m.text, m.place.kind) for m in gazetteer.find_mentions(text)] == [("France", "country"), ("Georgia", "country")]


def test_a_division_a_kind_word_asks_for_gains_nothing_for_its_namesake_capital(gazetteer):
    # Uruguay's Florida Department is named after its capital; the kind word spared it the capital's
    # cost, so taking that cost back is no bonus over the US state.
    text = "Storm damage was worst in the states of Georgia and Florida, officials said."
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(text)] == [
        ("Georgia", "iso3166-2:US-GA"), ("Florida", "iso3166-2:US-FL")]


def test_a_postal_code_s_full_stop_ends_the_sentence(gazetteer):
    # "WA." is the code and the stop of the sentence; "Wash." is the abbreviation with its own stop.
    text = "The clinic reopened in Tacoma, WA. Staff returned on Monday to Olympia, Wash. offices."
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Tacoma", "WA", "Olympia", "Wash."]


def test_villages_are_indexed_under_their_own_name_only(gazetteer):
    from gazetteer.world import ALIASED_FROM

    index = gazetteer.source("world").index
    small = [index.place(i) for i in range(0, len(index), 97) if index.place(i).kind == "city"]
    # (A Chinese county seat's "X County" is its county's name, no spelling of its own: see the test below.)
    assert small and all(not p.aliases for p in small if p.population < ALIASED_FROM and "Chengguanzhen" not in p.name)
    assert any(p.aliases for p in small if p.population >= ALIASED_FROM)


def test_iso_remarks_are_not_part_of_a_division_name(gazetteer):
    # ISO writes "Wales [Cymru GB-CYM]": the nations of the UK are divisions under their plain names.
    for name in ("Wales", "Cymru", "Scotland", "England", "Northern Ireland"):
        place = gazetteer.lookup(name)[0][0]
        assert (place.kind, place.country) == ("admin1", "GB"), name
    assert all("[" not in p.name for p, _ in gazetteer.lookup("Cardiff"))


def test_an_english_exonym_geonames_gives_a_division_finds_it_a_town_name_does_not(gazetteer):
    # ISO names these divisions Bayern, Jawa Barat and Moskovskaja oblast'; news writes the English names.
    text = "Vets in Bavaria culled birds, as did farms in West Java, Indonesia, and near Moscow."
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(text)] == [
        ("Bavaria", "iso3166-2:DE-BY"), ("West Java", "iso3166-2:ID-JB"), ("Indonesia", "geonames:1643084"),
        ("Moscow", "geonames:524901")]


def test_an_english_name_of_iso_s_romanisation_finds_the_division_a_town_s_name_does_not(gazetteer):
    # ISO writes "Burjatija", "Hakasija", "Hentiy" and "Dzavhan"; news writes "kh", "y" and "z".
    text = "Smoke from fires in Buryatia and Khakassia drifted south, and herders in Khentii and Zavkhan moved on."
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(text)] == [
        ("Buryatia", "iso3166-2:RU-BU"), ("Khakassia", "iso3166-2:RU-KK"), ("Khentii", "iso3166-2:MN-039"),
        ("Zavkhan", "iso3166-2:MN-057")]
    # ISO's English "Ryazan" for Rjazanskaja oblast' is the town's name: it stays the town.
    assert [(m.text, m.place.kind) for m in gazetteer.find_mentions("Trains from Ryazan ran late on Monday.")] == [
        ("Ryazan", "city")]


def test_russia_s_two_altai_divisions_are_told_apart_by_their_kind_words(gazetteer):
    text = "Snow closed roads in the Altai Republic, and in Altai Krai schools shut."
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(text)] == [
        ("Altai Republic", "iso3166-2:RU-AL"), ("Altai Krai", "iso3166-2:RU-ALT")]


def test_yamalo_nenets_is_the_okrug_english_news_names(gazetteer):
    # ISO and GeoNames spell it "Jamalo-Neneckij" and "Yamalo-Nenetskiy"; English news writes "Yamalo-Nenets".
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(
        "Herders in Yamalo-Nenets were flown to hospital as reindeer died.")] == [
        ("Yamalo-Nenets", "iso3166-2:RU-YAN")]
    # Its neighbour's name is not read as it.
    assert all(m.place.id != "iso3166-2:RU-YAN" for m in gazetteer.find_mentions(
        "Herders in Nenets were flown to hospital as reindeer died."))


def test_a_territory_countryinfo_gives_no_point_is_a_country_at_its_capital(gazetteer):
    # countryinfo has no point for the British Virgin Islands, Turks and Caicos or Kosovo; GeoNames' capital gives one.
    found = [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(
        "Cases of the fever rose in the British Virgin Islands, the Turks and Caicos Islands and Kosovo.")]
    assert found == [("British Virgin Islands", "country", "VG"), ("Turks and Caicos Islands", "country", "TC"),
                     ("Kosovo", "country", "XK")]
    kosovo = next(p for p, _ in gazetteer.lookup("Kosovo") if p.kind == "country")
    assert (round(kosovo.lat), round(kosovo.lon)) == (43, 21)  # Pristina
    # A country countryinfo places keeps its point, and a land with no capital gets no country row.
    france = next(p for p, _ in gazetteer.lookup("France") if p.kind == "country")
    assert "countryinfo" in france.provenance
    assert all(p.kind != "country" for p, _ in gazetteer.lookup("Bouvet Island"))


def test_nigeria_s_federal_capital_territory_is_named_without_abuja(gazetteer):
    # ISO names it "Abuja Federal Capital Territory"; Nigerian statements drop "Abuja".
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(
        "Cases rose in Kano, Lagos and the Federal Capital Territory, Nigeria's health agency said.")] == [
        ("Kano", "geonames:2335204"), ("Lagos", "geonames:2332459"), ("Federal Capital Territory", "iso3166-2:NG-FC"),
        ("Nigeria", "geonames:2328926")]
    # The city Abuja stays the city.
    assert [m.place.kind for m in gazetteer.find_mentions("Flights to Abuja resumed, Nigeria's agency said.")][0] == "city"


def test_a_chinese_county_is_found_at_its_seat_town(gazetteer):
    # GeoNames' Chinese counties are ADM3, which no installed source holds; the seat is "X Chengguanzhen".
    place = gazetteer.find_mentions("A farmer from Gaotai County in Gansu fell ill.")[0].place
    assert (place.id, place.name) == ("geonames:1281237", "Gaotai Chengguanzhen")
    # A town's bare name is not the county's.
    assert all(p.name != "Gaotai Chengguanzhen" for p, _ in gazetteer.lookup("Gaotai"))


def test_indonesia_s_provinces_are_first_level_divisions_not_parts_of_islands(gazetteer):
    # ISO 3166-2 files the provinces under "geographical units" (Java, Sumatra...), which govern nothing.
    text = "Poultry farms in Bali and Central Java were closed."
    assert [(m.text, m.place.id, m.place.kind) for m in gazetteer.find_mentions(text)] == [
        ("Bali", "iso3166-2:ID-BA", "admin1"), ("Central Java", "iso3166-2:ID-JT", "admin1")]


def test_a_former_country_name_still_in_use_names_the_country(gazetteer):
    assert gazetteer.lookup("Macedonia")[0][0].name == "North Macedonia"
    assert [gazetteer.lookup(n)[0][0].country for n in ("Zaire", "Ceylon", "Siam", "Persia")] == ["CD", "LK", "TH", "IR"]
    # a country's short name in news, which no installed source holds
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(
        "Floods hit Bosnia and Serbia.")] == [("Bosnia", "country", "BA"), ("Serbia", "country", "RS")]
    # Angola's province keeps the name where the words ask for a province.
    assert [m.place.id for m in gazetteer.find_mentions("Cases were found in Zaire province in Angola.")][0] == (
        "iso3166-2:AO-ZAI")


def test_initials_iso_lists_among_english_names_are_the_division(gazetteer):
    text = "Horse racing resumed in all states except NSW and Queensland."
    assert [(m.text, m.place.name) for m in gazetteer.find_mentions(text)] == [("NSW", "New South Wales"),
                                                                          ("Queensland", "Queensland")]


def test_regions_the_geonames_subsets_lack_come_from_the_curated_table(gazetteer):
    text = "Aid reached the West Bank and the Gaza Strip; fighting in Darfur went on."
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == [
        ("West Bank", "region", "PS"), ("Gaza Strip", "region", "PS"), ("Darfur", "region", "SD")]


def test_islands_the_geonames_subsets_hold_only_as_districts_come_from_the_curated_table(gazetteer):
    # GeoNames' subsets hold the Bahamas' districts (North Abaco, City of Freeport ...), not the islands news names.
    text = "Boats left Great Abaco and the Abacos' cays; a ship took families from Grand Bahama to Nassau."
    assert [(m.text, m.place.name, m.place.country) for m in gazetteer.find_mentions(text)] == [
        ("Great Abaco", "Abaco Islands", "BS"), ("Abacos", "Abaco Islands", "BS"),
        ("Grand Bahama", "Grand Bahama", "BS"), ("Nassau", "Nassau", "BS")]
    # a named island beside it places Freeport there, not in New York
    assert [m.place.country for m in gazetteer.find_mentions("Crowds filled the port of Freeport on Grand Bahama.")] == [
        "BS", "BS"]
    # without either, Freeport stays the index's first
    assert gazetteer.find_mentions("Crowds filled the port of Freeport.")[0].place.country == "US"


def test_displacement_sites_the_geonames_subsets_lack_or_misname_come_from_the_curated_table(gazetteer):
    # Absent from cities500 (camps, a sub-district, Syrian suburbs), or kept there without the name
    # news uses (Stepanakert: GeoNames' Khankendi, too small for its alternate names; Arbin: 'Irbīn,
    # whose key was French Arbin's; Adra: Dar'a's old name Adraa folds to it).
    text = ("Families left Nagorno-Karabakh through the Lachin corridor; Stepanakert emptied. "
            "Camps at Kutupalong and Balukhali in Ukhiya took people from Maungdaw. "
            "Shelling hit Zamalka, Arbin and Adra near Damascus. Rebels left Jobar and Saqba.")
    assert [(m.text, m.place.country) for m in gazetteer.find_mentions(text)] == [
        ("Nagorno-Karabakh", "AZ"), ("Lachin corridor", "AZ"), ("Stepanakert", "AZ"), ("Kutupalong", "BD"),
        ("Balukhali", "BD"), ("Ukhiya", "BD"), ("Maungdaw", "MM"), ("Zamalka", "SY"), ("Arbin", "SY"),
        ("Adra", "SY"), ("Damascus", "SY"), ("Jobar", "SY"), ("Saqba", "SY")]
    assert [m.place.name for m in gazetteer.find_mentions("thousands fled nagorno-karabakh for armenia.")][0] == (
        "Nagorno-Karabakh")
    # Adra is meant only in a text about Syria: in aid news ADRA is first the Adventist relief agency.
    assert [m.text for m in gazetteer.find_mentions("Aid groups including ADRA and CARE sent food to Kenya.")] == [
        "Kenya"]


def test_a_famous_city_named_abroad_only_by_another_language_s_name_is_the_index_lacking_the_story_s_place(gazetteer):
    # "Sion" is a French name of Jerusalem: among Mumbai's places it is the suburb the index lacks, not Jerusalem;
    # a famous city named by its own name stays abroad, and so does one the wording locates something in.
    story = ("Liquor deaths rose in Mumbai, Thane and Pune this week. {} buried six men, and doctors in Mumbai said "
             "more were critical.")

    def read(town):
        return [(m.text, m.place.country) for m in gazetteer.find_mentions(story.format(town))][3:-1]

    assert read("Sion families") == []
    assert read("Jerusalem families") == [("Jerusalem", "IL")]
    assert read("Pilgrims from Sion") == [("Sion", "IL")]


def test_towns_and_air_bases_of_evacuation_news_come_from_the_curated_table(gazetteer):
    # GeoNames' cities500 lacks Mozambique's Palma (its Palma is Mallorca's), Masisi and the air bases.
    def read(text):
        return [(m.text, m.place.name, m.place.country) for m in gazetteer.find_mentions(text)]

    assert read("Boats from Palma reached Pemba in Cabo Delgado, Mozambique.")[0] == ("Palma", "Palma", "MZ")
    assert read("Ferries from Palma reached Barcelona and Valencia, Spain.")[0] == ("Palma", "Palma", "ES")
    assert read("Thousands fled Masisi toward Goma.") == [("Masisi", "Masisi", "CD"), ("Goma", "Goma", "CD")]
    assert [name for _, name, _ in read(
        "Evacuees flew from Hamid Karzai International Airport to Al Udeid Air Base, then on to Ramstein.")] == [
        "Hamid Karzai International Airport", "Al Udeid Air Base", "Ramstein Air Base"]


def test_beirut_s_southern_suburbs_and_nabatiyeh_come_from_the_curated_table(gazetteer):
    # cities500 lacks Dahieh and Haret Hreik, and gives Nabatieh's town no "Nabatiyeh".
    text = "Families fled Dahiyeh and Haret Hreik for schools in Sidon; others left Nabatiyeh."
    assert [(m.text, m.place.name) for m in gazetteer.find_mentions(text)] == [
        ("Dahiyeh", "Dahieh"), ("Haret Hreik", "Haret Hreik"), ("Sidon", "Sidon"), ("Nabatiyeh", "Nabatiyeh")]
    # Nabatieh, as GeoNames spells it, stays the governorate's town or the governorate.
    assert gazetteer.find_mentions("Families left Nabatieh.")[0].place.country == "LB"


def test_east_ghouta_in_lower_case_is_the_eastern_enclave(gazetteer):
    # UN updates write "east Ghouta" for the besieged enclave; the Ghouta alone is the whole oasis around Damascus.
    assert [(m.text, m.place.name) for m in gazetteer.find_mentions("Since Monday 9,000 people left east Ghouta.")] == [
        ("east Ghouta", "Eastern Ghouta")]
    assert [(m.text, m.place.name) for m in gazetteer.find_mentions("Farms ring the Ghouta.")] == [("Ghouta", "Ghouta")]


def test_gaza_capitals_respellings_and_the_crossings_of_displacement_news(gazetteer):
    # Gaza is the city whose governorate bears its name, not Mozambique's province; "Gaza City" is its
    # own name; a country's capital is its capital city; al-Mawasi and Masnaa come from the curated table.
    def read(text):
        return [(m.text, m.place.name, m.place.country) for m in gazetteer.find_mentions(text)]

    assert read("Residents fled Gaza.") == [("Gaza", "Gaza", "PS")]
    assert read("Families reached Gaza City.") == [("Gaza City", "Gaza", "PS")]
    assert read("Floods hit Gaza province in Mozambique.")[0][2] == "MZ"
    # a town that names a division is no city a division is named after: alone, "Florida" is the US state
    assert read("Storm warnings went out across Florida.") == [("Florida", "Florida", "US")]
    assert read("Rain flooded Florida, Uruguay.")[0][2] == "UY"
    assert read("About 17,000 people fled Haiti's capital in March.") == [
        ("Haiti", "Haiti", "HT"), ("capital", "Port-au-Prince", "HT")]
    assert read("Crowds gathered in the Lebanese capital.") == [("Lebanese capital", "Beirut", "LB")]
    assert read("The order pushed 250,000 people into al-Mawasi.") == [("al-Mawasi", "al-Mawasi", "PS")]
    assert read("They crossed into Syria through the Masnaa crossing.") == [
        ("Syria", "Syria", "SY"), ("Masnaa crossing", "Masnaa", "LB")]
    # GeoNames' "Grand'Anse" spells ISO's "Grande’Anse" another way.
    assert read("Families left for Grand'Anse and Nippes.") == [
        ("Grand'Anse", "Grande’Anse", "HT"), ("Nippes", "Nippes", "HT")]


def test_a_place_before_based_locates_something_but_before_backed_only_qualifies_it(gazetteer):
    # "X-based" says where a firm or group is: the place is a mention; "X-backed" says who backs it.
    mentions = [m.text for m in gazetteer.find_mentions(
        "A Denver-based charity and a Turkey-backed militia signed the agreement on Monday.")]
    assert mentions == ["Denver"]


def test_a_country_written_before_a_currency_sign_is_the_currency(gazetteer):
    found = gazetteer.find_mentions("The US pledged US$30 million and NZ$2 million to charities in New Zealand.")
    assert [m.text for m in found] == ["US", "New Zealand"]


def test_a_countrys_own_language_name_that_is_an_english_word_names_no_country(gazetteer):
    text = "Island life is quiet, the divers said. the boat left for the island at dawn, then flew to Iceland."
    assert [(m.text, m.place.kind) for m in gazetteer.find_mentions(text)] == [("Iceland", "country")]
    # Own-language names that are no English word still name the country.
    assert [m.text for m in gazetteer.find_mentions("Fans in Suomi and Hrvatska celebrated.")] == ["Suomi", "Hrvatska"]


def test_a_formal_country_name_is_found_without_its_article(gazetteer):
    for name in ("Democratic Republic of Congo", "Republic of Congo"):
        found = gazetteer.find_mentions(f"Health workers in the {name} reported new cases.")
        assert [(m.text, m.place.kind) for m in found] == [(name, "country")], name


def test_a_big_places_name_of_common_words_names_it_in_lower_cased_text(gazetteer):
    # "york", "angeles", "carolina" are common enough words that a lower-cased text uses them as words;
    # together they are the own name of a big city or a state. Phrases of generic words, and "X department"
    # (an agency), are not: the agency's state is the mention, as in cased text.
    text = ("residents fled los angeles and new york for north carolina. the far north and the north west "
            "were spared, the florida department of transportation said.")
    assert [(m.text, m.place.country, m.place.kind) for m in gazetteer.find_mentions(text)] == [
        ("los angeles", "US", "city"), ("new york", "US", "admin1"), ("north carolina", "US", "admin1"),
        ("florida", "US", "admin1")]


def _read_lower(gazetteer, text):
    return [(m.text, m.place.name if m.place else None) for m in gazetteer.find_mentions(text)]


def test_a_known_places_one_word_name_names_it_in_lower_cased_text(gazetteer):
    # "ohio", "texas", "paris" are common words only as the names of a state or a big city; a word that
    # only spells the name of a place abroad or a short word stays a word ("male": the Maldives' Male;
    # "van", "bay"), and so does a generic word ("centre": regions of France and Cameroon).
    assert _read_lower(gazetteer, "floodwaters closed roads across ohio and texas , and flights to chicago and "
                                  "paris were cancelled .") == [
        ("ohio", "Ohio"), ("texas", "Texas"), ("chicago", "Chicago"), ("paris", "Paris")]
    assert _read_lower(gazetteer, "a male nurse parked the van by the bay , in the centre of the town .") == []


def test_the_plural_of_a_common_word_stays_a_word_in_lower_cased_text_though_a_division_is_so_named(gazetteer):
    assert _read_lower(gazetteer, "swollen rivers broke their banks across texas on sunday .") == [("texas", "Texas")]


def test_a_common_word_opening_a_sentence_before_its_verb_is_no_place_of_a_country_the_story_is_not_about(gazetteer):
    def read(text):
        return [(m.text, m.place.name) for m in gazetteer.find_mentions(text)]

    # "Lakes" (South Sudan's Lakes State), "Rivers" (Nigeria's): their capital is the sentence's
    assert read("Heavy rain fell over Yorkshire overnight. Lakes rose to record levels near Leeds, the agency said.") \
        == [("Yorkshire", "Yorkshire"), ("Leeds", "Leeds")]
    assert [t for t, _ in read("Snow melted early in Alberta. Rivers rose past the gauges near Calgary.")] == [
        "Alberta", "Calgary"]
    # so is a common word itself ("Ash", villages of England), unless the story is about the place's country
    assert read("Ash from the volcano Sinabung fell on Medan.") == [("Medan", "Medan")]
    assert read("Ash covered cars across Catania on Sunday.") == [("Catania", "Catania")]
    assert read("Ash residents said a road near Canterbury was shut.") == [("Ash", "Ash"), ("Canterbury", "Canterbury")]
    # a story about the place names its neighbours; a country's own name is always one
    assert read("Flooding hit Rumbek on Sunday. Lakes officials said thousands had fled.") == [
        ("Rumbek", "Rumbek"), ("Lakes", "Lakes")]
    assert [t for t, _ in read("Turkey has closed its border with Syria after clashes near Aleppo.")] == [
        "Turkey", "Syria", "Aleppo"]
    # nor is a big town's name (New York's borough) nor a name common only as the place's
    assert read("Queens residents lined up for tests on Monday.") == [("Queens", "Queens")]
    assert [t for t, _ in read("Ohio crews will repaint the bridge, Mexican engineers said.")] == ["Ohio"]


def test_letters_with_full_stops_are_a_places_abbreviation_in_lower_cased_text(gazetteer):
    # "u.s." and "s.c." are no words; "uk" is a country's name as "china" is; "us" stays the pronoun.
    assert _read_lower(gazetteer, "troops from the u.s. reached charleston, w.va., and columbia, s.c., on friday , "
                                  "and the uk sent aid .") == [
        ("u.s.", "United States"), ("charleston", "Charleston"), ("w.va.", "West Virginia"), ("columbia", "Columbia"),
        ("s.c.", "South Carolina"), ("uk", "United Kingdom")]
    assert _read_lower(gazetteer, "the neighbours told us the plan on friday .") == []


def test_a_divisions_name_with_its_kind_word_names_it_in_lower_cased_text(gazetteer):
    # "henry", "grant" are common words; with "county" they are a county's name. The kind word alone names none.
    assert _read_lower(gazetteer, "shelters opened in henry county and grant county as the river rose .") == [
        ("henry county", "Henry County"), ("grant county", "Grant County")]
    assert _read_lower(gazetteer, "the county opened two shelters as the river rose .") == []


def test_a_common_name_of_several_words_hides_the_place_inside_it_in_lower_cased_text(gazetteer):
    # "new london" is a small town or a phrase, never London; London alone is London.
    assert _read_lower(gazetteer, "the new london fire chief said crews were ready .") == []
    assert _read_lower(gazetteer, "flights to london resumed on friday after the storm .") == [("london", "London")]


def test_the_word_after_a_name_makes_it_a_streets_a_newspapers_or_a_speakers_in_lower_cased_text(gazetteer):
    assert _read_lower(gazetteer, "the washington post said families left their homes on washington drive .") == [
        ("washington drive", None)]  # the street, a mention with no place
    assert _read_lower(gazetteer, "manchester said the storm was over , and he studied at indiana university .") == []
    # look-alikes: a locative before the speaker, "a" before a common noun the place qualifies
    assert _read_lower(gazetteer, "officials in manchester said roads were shut .") == [("manchester", "Manchester")]
    assert _read_lower(gazetteer, "a dhaka street flooded , and a denver bank closed .") == [
        ("dhaka", "Dhaka"), ("denver", "Denver")]


def test_a_name_before_state_and_a_newspaper_is_the_newspapers_in_lower_cased_text(gazetteer):
    assert _read_lower(gazetteer, "the story ran in the lansing state journal on friday .") == []
    # look-alikes: a state's own name, "state" before another word
    assert _read_lower(gazetteer, "the ohio state journal closed , and a houston state senator spoke .") == [
        ("ohio", "Ohio"), ("houston", "Houston")]


def test_a_countrys_letters_after_the_name_it_in_lower_cased_text(gazetteer):
    assert _read_lower(gazetteer, "aid sent by the us navy reached the port .") == [("us", "United States")]
    # look-alikes: the pronoun, and other letters after "the"
    assert _read_lower(gazetteer, "they told us the tv crews , the pm and the uss carrier left .") == []


def test_a_saints_possessive_name_is_an_institution_in_lower_cased_text(gazetteer):
    assert _read_lower(gazetteer, "students at st. mary's school were sent home as flights to st. louis were "
                                  "cancelled .") == [("st. louis", "St. Louis")]


def test_a_known_places_name_is_a_given_name_only_before_no_english_word_in_lower_cased_text(gazetteer):
    assert _read_lower(gazetteer, "the actress virginia madsen visited richmond .") == [("richmond", "Richmond")]
    assert _read_lower(gazetteer, "virginia gubernatorial candidates met in richmond .") == [
        ("virginia", "Virginia"), ("richmond", "Richmond")]


def test_a_towns_ambiguous_name_is_the_town_where_the_words_around_it_place_it_in_lower_cased_text(gazetteer):
    # Alone, a small town's name in lower case may be a person's or a firm's; "in" before a rare word, or a
    # comma and a state after it, make it the town.
    assert _read_lower(gazetteer, "she grew up in wintersville, ohio, and the labs in pirbright were shut .") == [
        ("wintersville", "Wintersville"), ("ohio", "Ohio"), ("pirbright", "Pirbright")]
    # look-alikes: the names alone, an English word after "in", a street, a possessive
    assert _read_lower(gazetteer, "pirbright said the labs were shut , and wintersville was quiet .") == []
    assert _read_lower(gazetteer, "the vote was taken in earnest , and the fish came in lemon sauce .") == []
    assert _read_lower(gazetteer, "a car stopped near briarcliff road , and in giffords' view it was fine .") == [
        ("briarcliff road", None)]  # the street, a mention with no place


def test_names_listed_before_counties_are_the_counties_in_lower_cased_text(gazetteer):
    # Each run of words before "counties" names the county the index calls "<words> County", its longest
    # such words ("in pope" -> Pope County), a common word too ("grant").
    assert _read_lower(gazetteer, "snow shut schools in pope, grant and yellow medicine counties on monday .") == [
        ("pope", "Pope County"), ("grant", "Grant County"), ("yellow medicine", "Yellow Medicine County")]
    # look-alikes: words no county is called, a state's own counties, generic words, a name alone
    assert _read_lower(gazetteer, "turnout fell in rural and urban counties , and ohio's counties voted .") == [
        ("ohio", "Ohio")]
    assert _read_lower(gazetteer, "the northern and central provinces flooded , and the worst hit districts too .") == []


def test_the_town_of_a_lower_case_name_is_a_place_but_a_word_before_town_only_describes_it(gazetteer):
    text = "the levee broke near the city of wharton, and the spa town and the ski town were spared."
    assert [(m.text, m.place.country, m.place.kind) for m in gazetteer.find_mentions(text)] == [
        ("wharton", "US", "city")]


def test_a_peoples_name_before_a_lower_case_word_qualifies_it(gazetteer):
    # "Arab" (Alabama) and "Somali" (Ethiopia) are also towns and regions; "Arab countries" and
    # "Somali refugees" speak of peoples. After "in" or before a comma the name is a place.
    text = ("Some Arab countries and the Arab-Israeli talks helped Somali refugees. "
            "The fair in Arab, Alabama opened on Monday.")
    assert [(m.text, m.place.country) for m in gazetteer.find_mentions(text)] == [
        ("Arab", "US"), ("Alabama", "US")]


def test_regions_spanning_countries_and_seas_come_from_the_curated_table(gazetteer):
    text = "Cases rose in West Africa, the Middle East and the Americas; ships left the Black Sea."
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == [
        ("West Africa", "region", ""), ("Middle East", "region", ""), ("Americas", "region", ""),
        ("Black Sea", "region", "")]


def test_large_lakes_come_from_the_curated_table_and_leave_their_namesakes(gazetteer):
    # No GeoNames subset holds lakes: the table's largest ones are one mention each, not the state or town inside.
    text = "Boats sank on Lake Chad and Lake Nyasa; ice covered Lake Michigan, and Lake Victoria rose."
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == [
        ("Lake Chad", "region", ""), ("Lake Nyasa", "region", ""), ("Lake Michigan", "region", "US"),
        ("Lake Victoria", "region", "")]
    # Without "Lake" the name is the country, the state or the town; a lake the table lacks is none.
    text = "Aid reached Chad and Malawi; police in Victoria, Texas, searched Lake Lanier."
    assert [(m.text, m.place.kind) for m in gazetteer.find_mentions(text)] == [
        ("Chad", "country"), ("Malawi", "country"), ("Victoria", "city"), ("Texas", "admin1")]


def test_a_coast_named_for_its_sea_is_one_region(gazetteer):
    # Word by word it would be Papua New Guinea's Gulf Province and Tanzania's Coast Region.
    text = "Storm surge warnings covered the Gulf Coast from Galveston to Pensacola."
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)][0] == (
        "Gulf Coast", "region", "US")


def test_a_lower_case_compass_word_is_no_part_of_a_capitalised_name(gazetteer):
    # "north Arlington" is a part of Arlington, not North Arlington (New Jersey); "central Asia" is
    # Asia. A name the curated table writes in lower case keeps its word ("northern Syria").
    text = "Flooding hit central Asia. A farm in north Arlington, Texas, and towns in northern Syria."
    assert [(m.text, m.place.name) for m in gazetteer.find_mentions(text)] == [
        ("Asia", "Asia"), ("Arlington", "Arlington"), ("Texas", "Texas"), ("northern Syria", "northern Syria")]


def test_a_country_named_with_a_lower_case_compass_word_is_that_country(gazetteer):
    # "south Sudan" is the country South Sudan, not Sudan; a compass word before a country of no such
    # name still names a part of it, and one before a town is still no part of the town's name.
    text = "Aid groups say south Sudan needs help, as do north Korea, west Syria and south Arlington, Texas."
    assert [(m.text, m.place.name) for m in gazetteer.find_mentions(text)] == [
        ("south Sudan", "South Sudan"), ("north Korea", "North Korea"), ("Syria", "Syria"),
        ("Arlington", "Arlington"), ("Texas", "Texas")]


def test_a_curated_alias_that_is_a_common_word_without_its_article_needs_the_article(gazetteer):
    # "al-Waar" is al-Waer; "War" (its key without the article) is the English word, and "Gulf War"
    # no pair of places (Gulf, a Papua New Guinea province).
    assert gazetteer.find_mentions("The Gulf War veteran spoke of the War on Drugs.") == []
    assert [(m.text, m.place.name) for m in gazetteer.find_mentions("Buses left al-Waar for Idlib.")] == [
        ("al-Waar", "al-Waer"), ("Idlib", "Idlib")]


def test_major_islands_and_former_provinces_come_from_the_curated_table(gazetteer):
    # The GeoNames subsets hold islands only when they are divisions (Hokkaido, Tasmania), and no
    # former provinces; news names both ("northern Luzon", "Nyanza province" in Kenya, which became
    # counties in 2013). "Long Island" is no longer the Bahamas' district when New York is named.
    text = ("Floods cut roads across northern Luzon and Mindanao. Ferries to Long Island, New York, stopped. "
            "In Kenya, clinics in Nyanza province and the Rift Valley ran short of vaccine.")
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == [
        ("Luzon", "region", "PH"), ("Mindanao", "region", "PH"), ("Long Island", "region", "US"),
        ("New York", "admin1", "US"), ("Kenya", "country", "KE"), ("Nyanza", "admin1", "KE"),
        ("Rift Valley", "admin1", "KE")]
    # France's regions before their 2016 mergers, England's metropolitan counties.
    text = "Farms in Rhône-Alpes and Picardy were closed; two cases were reported in the West Midlands."
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == [
        ("Rhône-Alpes", "admin1", "FR"), ("Picardy", "admin1", "FR"), ("West Midlands", "admin2", "GB")]


def test_islands_deltas_and_mountain_regions_of_outbreak_news_come_from_the_curated_table(gazetteer):
    text = ("Measles reached Upolu and Savai'i. Clinics in the Algarve and the Mekong Delta filled; smoke "
            "from fires in Siberia and the Urals drifted east, and snow closed roads in Kashmir.")
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == [
        ("Upolu", "region", "WS"), ("Savai'i", "region", "WS"), ("Algarve", "region", "PT"),
        ("Mekong Delta", "region", "VN"), ("Siberia", "region", "RU"), ("Urals", "region", "RU"),
        ("Kashmir", "region", "")]
    # A town placed by its state keeps its own name ("Patagonia, Arizona"; "Siberia, Chiapas").
    assert [m.place.country for m in gazetteer.find_mentions("A barn near Patagonia, Arizona, burned.")] == [
        "US", "US"]
    assert [m.place.kind for m in gazetteer.find_mentions("A bakery in Siberia, Chiapas, reopened.")] == [
        "city", "admin1"]


@pytest.mark.parametrize("text, place_id", [
    # A name that spells a town's own name another way is that town, not a larger one holding it as an
    # alias of another name (GeoNames gives "Tendelti" to El Fasher as well as to Tandaltī).
    ("Sudanese families who fled Tendelti are sheltering in schools.", "geonames:366426"),
    # A town among the places of its county is the one there, not a bigger namesake elsewhere.
    ("Evacuation orders covered Paradise, Concow and Oroville in Butte County on Saturday.", "geonames:5381002"),
    ("Hotels in Paradise, near Las Vegas, filled with stranded travellers.", "geonames:5509952"),
])
def test_first_mention_resolves_in_its_context(gazetteer, text, place_id):
    assert gazetteer.find_mentions(text)[0].place.id == place_id


def test_names_on_a_byline_are_the_writer_and_the_outlet(gazetteer):
    text = ("River crests at record level\n\nBy Carla Denver and Tom Austin, Salem River Tribune Staff Writer\n\n"
            "SALEM, Ore. — Residents of Monmouth were told to leave.\n"
            "By Sunday, Denver had sent crews to help.")
    found = [(m.text, m.place.country) for m in gazetteer.find_mentions(text)]
    assert found == [("SALEM", "US"), ("Ore.", "US"), ("Monmouth", "US"), ("Denver", "US")]


def test_a_camp_and_islands_of_recent_displacement_news_come_from_the_curated_table(gazetteer):
    # Bulengo (a displacement site west of Goma), Maui and West Maui: no GeoNames subset holds them.
    def read(text):
        return [(m.text, m.place.name, m.place.country) for m in gazetteer.find_mentions(text)]

    assert read("Families who fled Sake sheltered at Bulengo, west of Goma.") == [
        ("Sake", "Sake", "CD"), ("Bulengo", "Bulengo", "CD"), ("Goma", "Goma", "CD")]
    assert read("Evacuation orders covered West Maui, and flights left Maui for Honolulu.") == [
        ("West Maui", "West Maui", "US"), ("Maui", "Maui", "US"), ("Honolulu", "Honolulu", "US")]
    assert read("Smoke rose over Lahaina.") == [("Lahaina", "Lahaina", "US")]


def test_iraqi_towns_of_displacement_news_come_from_the_curated_table(gazetteer):
    # Hammam al-Alil: in no GeoNames subset; Makhmur: GeoNames' Mexmur, too small there for its alternate names.
    def read(text):
        return [(m.text, m.place.name, m.place.country) for m in gazetteer.find_mentions(text)]

    assert read("Buses took families from Makhmur to Hamam al-Aleel.") == [
        ("Makhmur", "Makhmur", "IQ"), ("Hamam al-Aleel", "Hammam al-Alil", "IQ")]
    assert read("A tent went up near Hammam al-Alil.") == [("Hammam al-Alil", "Hammam al-Alil", "IQ")]
    # Another town called Hammam, and the bath house, stay what they were.
    assert read("Travellers reached Hammam Sousse by train.") == [("Hammam Sousse", "Hammam Sousse", "TN")]
    assert read("They rested in a hammam in Tunis.") == [("Tunis", "Tunis", "TN")]


@pytest.mark.parametrize("text, expected", [
    ("Convoys carried families from Mosul to the Khazer and Hasansham camps.",
     [("Mosul", "Mosul"), ("Khazer", "Khazer"), ("Hasansham", "Hasansham")]),
    ("Two hundred people reached Khazer camp overnight.", [("Khazer", "Khazer")]),
    ("Newcomers were sent on to Hasan Sham.", [("Hasan Sham", "Hasansham")]),
    ("A bus left Daraa for Za'atari at dawn.", [("Daraa", "Dar‘ā"), ("Za'atari", "Zaatari")]),
    ("Women and children were moved from al-Hol camp.", [("al-Hol", "al-Hol camp")]),
    ("Shelling hit the Zamzam camp outside El Fasher.", [("Zamzam", "Zamzam"), ("El Fasher", "El Fasher")]),
    ("Arrivals from Juba were settled in Bidi Bidi.", [("Juba", "Juba"), ("Bidi Bidi", "Bidibidi")]),
    ("Fire swept through the Moria camp before dawn.", [("Moria", "Moria camp")]),
    ("Trucks moved households from Mugunga 3 to Kanyaruchinya.",
     [("Mugunga 3", "Mugunga"), ("Kanyaruchinya", "Kanyaruchinya")]),
    ("Rations ran short at the Dalori camp.", [("Dalori", "Dalori")]),
    ("After the fire, tents went up at Kara Tepe.", [("Kara Tepe", "Kara Tepe")]),
    ("Bulldozers cleared the Calais Jungle.", [("Calais Jungle", "Calais Jungle")]),
])
def test_camps_of_displacement_news_come_from_the_curated_table(gazetteer, text, expected):
    # Camps in no GeoNames subset, with the point their provenance states; "camp" after the name is read as
    # its kind word, and a plural kind word after a list ("the X and Y camps") leaves each name a mention.
    assert [(m.text, m.place.name) for m in gazetteer.find_mentions(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Pilgrims climbed to Moria in the old city.", "Jerusalem"),  # bare "Moria" is left to the index
    ("Al-Hawl lies east of Hasakah.", "Al Ḩawl"),  # the town keeps its GeoNames row
])
def test_a_camp_row_takes_no_name_it_shares_with_another_place(gazetteer, text, expected):
    assert gazetteer.find_mentions(text)[0].place.name == expected


@pytest.mark.parametrize("text, expected", [
    ("Buses took the families to Jeddah 5 camp near Qayyarah.", [("Qayyarah", "IQ")]),
    ("Buses took the families from Mugunga 3 camp to Bulengo.", [("Mugunga 3", "CD"), ("Bulengo", "CD")]),
    ("The minister flew to Jeddah 5 times this year.", [("Jeddah", "SA")]),  # no camp: the city
    ("Buses took the families to Kakuma camp.", [("Kakuma", "KE")]),  # no number: the town
])
def test_a_numbered_camp_the_table_lacks_is_no_mention_of_its_namesake(gazetteer, text, expected):
    assert [(m.text, m.place.country) for m in gazetteer.find_mentions(text)] == expected


def test_the_white_house_is_the_presidents_office_not_a_tennessee_town(gazetteer):
    # "the White House" ending its phrase is the president's office, not White House, Tennessee, unless
    # a link or its county places the town.
    def read(text):
        return [(m.text, m.place.name) for m in gazetteer.find_mentions(text)]

    assert read("The White House said federal aid would reach Nashville, Tennessee.") == [
        ("Nashville", "Nashville"), ("Tennessee", "Tennessee")]
    assert read("Floodwater closed schools in White House, Tennessee.") == [
        ("White House", "White House"), ("Tennessee", "Tennessee")]


def test_a_clerics_surname_in_lower_cased_text_is_no_district(gazetteer):
    # A given name before "al-sadr" in lower-cased text makes it a person's surname, not Sadr City.
    def read(text):
        return [(m.text, m.place.name) for m in gazetteer.find_mentions(text)]

    assert read("a spokesman for moqtada al-sadr said his militia would leave basra .") == [("basra", "Basrah")]
    assert read("families fled to sadr city from basra .") == [("sadr city", "Sadr City"), ("basra", "Basrah")]


def test_a_name_after_an_office_s_place_and_before_a_surname_is_its_holder_s_in_lower_cased_text(gazetteer):
    # "Governor of Texas Austin Roe" shows the holder by capitals; in lower case the office and a surname after
    # the name do. Not a place after "in", nor one before a verb or "and".
    def read(text):
        return [(m.text, m.place.name) for m in gazetteer.find_mentions(text)]

    assert read("rain fell all day , and the governor of texas austin roe toured shelters near waco .") == [
        ("texas", "Texas"), ("waco", "Waco")]
    assert read("rain fell all day , and the governor of texas in austin toured shelters near waco .") == [
        ("texas", "Texas"), ("austin", "Austin"), ("waco", "Waco")]
    assert read("rain fell all day , and the mayor of houston austin and dallas closed schools .") == [
        ("houston", "Houston"), ("austin", "Austin"), ("dallas", "Dallas")]


def test_a_bare_name_whose_county_the_document_names_is_that_county_unless_its_town_lies_there(gazetteer):
    # "Pasco County ... Pasco": no Pasco lies in the Florida county (Pasco, Washington, is far): the bare name is
    # the county. A town of the name near a county of the name stays a candidate ("Concord ... Hillsborough").
    def read(text):  # (Florida lies south of latitude 31, New Hampshire and Washington north of 42)
        return [(m.text, m.place.kind, m.place.lat < 31) for m in gazetteer.find_mentions(text)]

    assert read("Pasco County issued orders. Residents of Pasco left their homes.")[1] == ("Pasco", "admin2", True)
    assert read("Tampa and Hillsborough County opened shelters. Families went to shelters in Hillsborough.")[2] == (
        "Hillsborough", "admin2", True)
    assert read("Concord and Hillsborough County opened shelters. Families went to shelters in Hillsborough.")[2] == (
        "Hillsborough", "city", False)
    assert read("Residents of Pasco left their homes as the river rose.")[0][1] != "admin2"  # no county named


def test_a_school_named_like_a_small_far_town_is_no_mention(gazetteer):
    # "Dunbar High School" in Fort Myers is named after a person, not after Dunbar, West Virginia; a school named
    # after the story's own town, a small town near the story's places, or a town's library stay.
    def read(text):
        return [(m.text, m.place.name) for m in gazetteer.find_mentions(text)]

    assert read("Families waited at Dunbar High School in Fort Myers as the storm neared Naples.") == [
        ("Fort Myers", "Fort Myers"), ("Naples", "Naples")]
    assert read("Families waited at Fort Myers High School as the storm neared Naples.") == [
        ("Fort Myers", "Fort Myers"), ("Naples", "Naples")]
    assert read("Families in Charleston waited at Dunbar Middle School as the river rose.") == [
        ("Charleston", "Charleston"), ("Dunbar", "Dunbar")]
    assert read("Families waited at the Dunbar library in Fort Myers as the storm neared Naples.") == [
        ("Dunbar", "Dunbar"), ("Fort Myers", "Fort Myers"), ("Naples", "Naples")]


def test_a_known_given_name_makes_a_persons_name_in_lower_cased_text(gazetteer):
    # No capital shows a person's name in lower-cased text: a known given name before a place's name makes
    # it a surname (after a middle initial or a middle name too), and a given name that is a town's before
    # a word that is no common English word is the first of a person's name.
    def read(text):
        return [(m.text, m.place.name) for m in gazetteer.find_mentions(text)]

    assert read("the award went to margaret jordan , a nurse who had worked with refugees in amman .") == [
        ("amman", "Amman")]
    assert read("police captain walter b. dearborn said the fire near fresno was out .") == [("fresno", "Fresno")]
    assert read("the engineer carlos ibarra medina said the buses would leave managua for leon .") == [
        ("managua", "Managua"), ("leon", "León")]
    assert read("the team's coach , gary kowalczyk , said the players flew from tucson to denver .") == [
        ("tucson", "Tucson"), ("denver", "Denver")]
    # look-alikes: the country or the town named apart from a given name, a town's police, a town and its state
    assert read("aid reached amman , and the nurse margaret said she would stay in jordan .") == [
        ("amman", "Amman"), ("jordan", "Jordan")]
    assert read("gary police said the road to tucson was closed on friday .") == [("gary", "Gary"), ("tucson", "Tucson")]
    assert read("the plant in lawrence kansas closed , and workers moved to topeka .") == [
        ("lawrence", "Lawrence"), ("kansas", "Kansas"), ("topeka", "Topeka")]
    assert read("the reporter visited kabul and then flew to herat .") == [("kabul", "Kabul"), ("herat", "Herāt")]
    # nor a country after a photographer's credit, nor a name joined by a hyphen to a town named like a person
    assert read("photo : reuters/jim bourg china's president spoke in beijing on monday .") == [
        ("china", "China"), ("beijing", "Beijing")]
    assert [m.text for m in gazetteer.find_mentions("she joined the fort wayne-south bend diocese last year .")
            if m.text == "south bend"] == ["south bend"]


def test_a_citys_own_name_keeps_its_city_in_lower_cased_text(gazetteer):
    # "kansas city" is the city's own name, "city" and all; "dublin city" names Dublin, as in cased text.
    def read(text):
        return [(m.text, m.place.name) for m in gazetteer.find_mentions(text)]

    assert read("the clinic in dodge city closed , and patients drove to wichita .") == [
        ("dodge city", "Dodge City"), ("wichita", "Wichita")]
    assert read("the dublin city council met on monday to discuss the new bridge .") == [("dublin", "Dublin")]


def test_a_town_named_for_a_country_leaves_the_country_a_place(gazetteer):
    # "Port Sudan" reads as no person's name ("Port" starts none): "Sudan" is no surname echoed
    text = "Thousands crossed from Sudan into Egypt. Others were evacuated from Port Sudan to Jeddah."
    assert [(m.text, m.place.name) for m in gazetteer.find_mentions(text) if m.text in ("Sudan", "Port Sudan")] == [
        ("Sudan", "Sudan"), ("Port Sudan", "Port Sudan")]
    # look-alike: a person's name (its first word only starts like one of those words) still makes a surname
    text = '"We left everything," said Portia Wells. Wells said the camp was full.'
    assert [m.text for m in gazetteer.find_mentions(text)] == []


def test_a_valley_named_for_its_town_makes_no_surname_of_the_town(gazetteer):
    # "Wadi" starts a valley's name, no person's: the town it is named for stays a place in the whole article
    text = "Rescuers reached the Libyan port of Derna on Tuesday, a day after the Wadi Derna dams gave way."
    assert [(m.text, m.place.name) for m in gazetteer.find_mentions(text)] == [("Derna", "Darnah")]
    # look-alike: a person's given name that only starts like it still makes the name a surname
    text = ("Rescuers reached the Libyan port of Derna on Tuesday. Wadih Derna, a teacher, said the water came at "
            "night. Derna said he lost his car.")
    assert [m.text for m in gazetteer.find_mentions(text)] == []


def test_an_acronym_joined_to_another_is_a_bodys_letters_even_in_a_story_naming_its_towns_country(gazetteer):
    # "SAF" is also a town of Egypt, and Egypt is named: beside "RSF" it is one of two forces (in a title too)
    for text in ("Clashes between SAF and RSF continue\n\nThousands of people crossed into Egypt on Monday.",
                 "Fighting between the SAF and the RSF went on. Thousands of people crossed into Egypt on Monday."):
        assert [m.text for m in gazetteer.find_mentions(text)] == ["Egypt"]
    # look-alikes: capitals a place is known by, or a country's, stay places when joined
    assert [m.place.name for m in gazetteer.find_mentions("Talks between the USA and UK resumed in Geneva.")] == [
        "United States", "United Kingdom", "Geneva"]


def test_an_acronym_in_brackets_after_the_words_it_spells_is_their_abbreviation_not_a_town(gazetteer):
    # "SAF" is also a town of Egypt, and Egypt is named: after "Sudanese Armed Forces" it is the army's letters
    text = ("The Sudanese Armed Forces (SAF) shelled the outskirts again. Thousands of people crossed into Egypt on "
            "Monday.")
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Egypt"]
    # look-alike: capitals a place is known by, after its own name, stay that place
    text = "Floods cut roads across New South Wales (NSW) on Monday, and thousands left Lismore."
    assert [m.place.name for m in gazetteer.find_mentions(text)][:2] == ["New South Wales", "New South Wales"]


def test_an_acronym_in_brackets_after_a_name_it_does_not_spell_is_its_abbreviation_not_a_town(gazetteer):
    # "OSU" is also a district of Accra, and Ghana is named: after "Oregon State" it is the university's letters
    text = "Fans of Oregon State (OSU) watched the game in Accra, Ghana."
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Oregon", "Accra", "Ghana"]
    # look-alike: the capitals after a single word or a lower-case one are no name's abbreviation
    text = "Fans watched the game in Accra (OSU district) and in Kumasi, Ghana."
    assert "Osu" in [m.place.name for m in gazetteer.find_mentions(text)]


@pytest.mark.parametrize("text, country", [
    ("Soldiers fled into Congo after clashes near Goma.", "CD"),
    ("Rebels attacked villages in Congo, the United Nations said.", "CD"),  # alone, the larger Congo
    ("Fighting in Brazzaville sent refugees across the river from Congo.", "CG"),
    ("The Republic of Congo and Gabon closed their border.", "CG"),  # the formal name is one Congo only
])
def test_congo_alone_is_the_congo_of_the_story(gazetteer, text, country):
    assert [m.place.country for m in gazetteer.find_mentions(text) if m.place.kind == "country"][0] == country


@pytest.mark.parametrize("text, expected", [
    # Listed with a town of its county, in a story naming the county: the town in Illinois.
    ("Storms damaged homes in Washington and Morton, Tazewell County officials said.", ("city", "US-IL")),
    # The county alone does not make the capital a town of it, nor does a list of states.
    ("Tazewell County officials flew to Washington on Monday to ask Congress for flood aid.", ("city", "US-DC")),
    ("Farmers from Oregon, Idaho and Washington met in Yakima County on Monday.", ("admin1", "US-WA")),
])
def test_a_town_named_like_a_state_is_placed_by_a_neighbour_listed_with_it(gazetteer, text, expected):
    washington = next(m.place for m in gazetteer.find_mentions(text) if m.text == "Washington")
    division = washington.id if washington.kind == "admin1" else gazetteer.get(washington.parent).id
    if washington.kind == "city" and division.startswith("geonames:"):  # a county: its state
        division = gazetteer.get(division).parent
    assert (washington.kind, division.removeprefix("iso3166-2:")) == expected


@pytest.mark.parametrize("text, expected", [
    # The headline's capital is the sentence's: the story writes the word in lower case.
    ("Tornado rips through farm town. A tornado destroyed two barns on Sunday, the sheriff said.", []),
    ("Brush fires spread. Crews cut brush along the highway on Monday.", []),
    # ... or its plural
    ("Storms hit Alabama. Tornado watches covered West Virginia. Two tornadoes flattened barns.",
     ["Alabama", "West Virginia"]),
    # Never written in lower case, or placed mid-sentence, the town stays.
    ("Salmon voters approved the levy on Tuesday. The council met in Salmon, Idaho.",
     ["Salmon", "Salmon", "Idaho"]),
    ("Crews cut brush near Brush, Colorado, on Monday.", ["Brush", "Colorado"]),
    ("Salmon anglers gathered. Police in Salmon, Idaho, said storms hit.", ["Salmon", "Salmon", "Idaho"]),
])
def test_a_word_starting_a_sentence_the_story_writes_in_lower_case_is_the_word(gazetteer, text, expected):
    assert [m.text for m in gazetteer.find_mentions(text)] == expected


def test_a_district_of_a_city_no_town_lies_in_is_placed_at_the_city(gazetteer):
    # Seoul's and Kyiv's districts hold no cities500 place: they take their city's point, and a
    # Korean district is also found without its "-gu" ("Songpa"), unless that leaves one syllable.
    def read(text):
        return [(m.text, m.place.id if m.place else None) for m in gazetteer.find_mentions(text)]

    seoul = gazetteer.lookup("Seoul")[0][0]
    songpa = gazetteer.lookup("Songpa-gu")[0][0]
    assert (songpa.kind, songpa.country, songpa.parent) == ("admin2", "KR", "iso3166-2:KR-11")
    assert km(songpa.lat, songpa.lon, seoul.lat, seoul.lon) < 20
    assert read("Shoppers in Songpa, a district of Seoul, queued for masks.") == [("Songpa", songpa.id),
                                                                               ("Seoul", seoul.id)]
    pechersk = gazetteer.lookup("Pechersk Raion")[0][0]
    assert pechersk.kind == "admin2" and km(pechersk.lat, pechersk.lon, 50.45, 30.52) < 20
    # Negative: a bare name of one syllable stays no place, and a district of a province (not of a
    # city) that no town lies in stays out of the index rather than on its province's point.
    assert all(p.kind != "admin2" for p, _ in gazetteer.lookup("Jung"))
    assert all(p.country != "LR" for p, _ in gazetteer.lookup("Foya District"))


def test_liberian_and_fijian_towns_no_package_holds_come_from_the_curated_table(gazetteer):
    # Paynesville (Liberia), Kolahun and Nausori are in no GeoNames subset a package ships. A Liberian
    # text names Liberia's Paynesville; one about Minnesota still names the American town.
    def read(text):
        return [(m.text, m.place.country) for m in gazetteer.find_mentions(text)]

    assert read("Aid workers in Liberia opened a clinic in Paynesville and another in Kolahun.") == [
        ("Liberia", "LR"), ("Paynesville", "LR"), ("Kolahun", "LR")]
    assert read("Floods hit Paynesville on Tuesday, the Minnesota governor said.") == [
        ("Paynesville", "US"), ("Minnesota", "US")]
    assert read("Buses ran again between Suva and Nausori in Fiji.") == [("Suva", "FJ"), ("Nausori", "FJ"), ("Fiji", "FJ")]


@pytest.mark.parametrize("text, expected", [
    # After "to" or "in", a place is where people go; "for" and a name say what for.
    ("Crowds of pilgrims travelled to Najaf for Ashura on Sunday.", ["Najaf"]),
    ("Families gathered in Mecca for Hajj this year.", ["Mecca"]),
    # Without a locative, the chunk is a group's name ("Najaf for Peace").
    ("Members of Najaf for Peace said on Monday that they would march.", []),
    ("Najaf for Peace said on Monday that it would march.", []),
])
def test_a_place_after_a_locative_then_for_and_a_name_is_where_people_go(gazetteer, text, expected):
    assert [m.text for m in gazetteer.find_mentions(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # The index lacks the division named after a big town: the town, around which it lies, stands for it.
    ("Floods hit Kyrgyzstan, Tajikistan, Uzbekistan and Afghanistan this week, and in Kazakhstan the "
     "Turkistan region was worst hit.", ("Turkistan", "city", "KZ")),
    # Where GeoNames calls the division by the town's name, "region" after it asks for the division.
    ("Floods hit Kyrgyzstan, Tajikistan, Uzbekistan and Kazakhstan this week, and farmers in the Jalal-Abad region "
     "lost their crops.", ("Jalal-Abad", "admin1", "KG")),
])
def test_a_region_named_after_a_big_town_the_index_lacks_is_the_town(gazetteer, text, expected):
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)][-1] == expected


@pytest.mark.parametrize("text, expected", [
    # The index spells the division otherwise ("Karagandinskaja oblast'", "Karaganda Region"), but after its
    # city: another spelling of the city's asks for the division around it.
    ("Kazakh vets said two shepherds in the region of Qaraghandy caught anthrax from their sheep.",
     ("Qaraghandy", "admin1", "KZ")),
    ("Kazakh vets said two shepherds near Qaraghandy oblast's lakes caught anthrax from their sheep.",
     ("Qaraghandy", "admin1", "KZ")),
    # Look-alike: the bare city name stays the city.
    ("Kazakh vets said two shepherds in Qaraghandy caught anthrax from their sheep.", ("Qaraghandy", "city", "KZ")),
])
def test_a_region_asked_by_its_citys_spelling_is_the_division_named_after_the_city(gazetteer, text, expected):
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)][-1] == expected


@pytest.mark.parametrize("text, expected", [
    # "Region" names a second-level division loosely; "State" does not ask for one.
    ("Storms swept across Germany, Austria and France this week, and the Alsace region was worst hit.",
     ["Germany", "Austria", "France", "Alsace"]),
    ("Storms swept across Germany, Austria and France this week, and Alsace State was worst hit.",
     ["Germany", "Austria", "France"]),
])
def test_region_also_names_a_second_level_division(gazetteer, text, expected):
    assert [m.text for m in gazetteer.find_mentions(text)] == expected


def test_a_region_named_like_a_village_is_not_the_village(gazetteer):
    text = "Vineyards in France, Italy and Spain suffered; in the Champagne region growers lost half their grapes."
    assert [m.text for m in gazetteer.find_mentions(text)] == ["France", "Italy", "Spain"]


@pytest.mark.parametrize("text, country", [
    # A smaller town of another country whose own name ends with the name: the story's country decides.
    ("Dengue spread in Paraguay, Brazil and Argentina, where a hospital in Orán, in the province of Salta, "
     "was full.", "AR"),
    ("The ferry from Marseille reached Oran on Monday.", "DZ"),
])
def test_a_towns_short_name_competes_with_a_big_town_abroad(gazetteer, text, country):
    assert next(m.place.country for m in gazetteer.find_mentions(text) if m.text in ("Orán", "Oran")) == country


def test_lassa_is_the_nigerian_town_but_not_in_the_name_of_its_fever(gazetteer):
    # Lassa (Borno State) is in no GeoNames subset a package ships, where "Lassa" is an alias of
    # Lhasa; the fever named after the town names no place.
    def read(text):
        return [(m.text, m.place.country) for m in gazetteer.find_mentions(text)]

    assert read("Insurgents raided Lassa in northeastern Nigeria overnight.") == [("Lassa", "NG"), ("Nigeria", "NG")]
    assert read("Clinics in Nigeria saw more Lassa fever after the rains.") == [("Nigeria", "NG")]
    assert read("Pilgrims walked from Lassa to Shigatse in Tibet.") == [
        ("Lassa", "CN"), ("Shigatse", "CN"), ("Tibet", "CN")]


def test_a_state_known_by_the_first_words_of_its_long_official_name(gazetteer):
    # ISO names it "Coahuila de Zaragoza", news "Coahuila" (ISO's local list and GeoNames agree); a first word
    # only one source gives ("Santiago" of Santiago del Estero) names no province
    [coahuila] = gazetteer.find_mentions("Floods in coahuila state forced hundreds from their homes.", "d")
    assert (coahuila.text, coahuila.place.id) == ("coahuila", "iso3166-2:MX-COA")
    assert all(place.id != "iso3166-2:AR-G" for place, _ in gazetteer.lookup("Santiago"))


@pytest.mark.parametrize("text, names", [
    # A place's name before "river" or "creek" names the river in lower-cased text, as its capitals do in cased text.
    ("barges waited on the mississippi river near memphis.", ["memphis"]),
    ("the ice jam on the yukon river broke up on tuesday.", []),
    ("Barges waited on the Mississippi River near Memphis.", ["Memphis"]),
    # The place itself stays, also beside a river word that is no part of its name.
    ("floods in mississippi and the river towns of louisiana.", ["mississippi", "louisiana"]),
])
def test_a_rivers_name_in_lower_cased_text_is_no_place(gazetteer, text, names):
    assert [m.text for m in gazetteer.find_mentions(text)] == names


@pytest.mark.parametrize("text", [
    "Storms battered Chiapas overnight, and forecasters expect more rain in Puebla and Veracruz by Friday.",
    "Rivers rose in Chiapas; schools closed in Veracruz and Puebla too.",
])
def test_a_hamlet_named_like_a_states_short_name_is_not_placed_by_a_neighbouring_state(gazetteer, text):
    # ISO calls them "Puebla State" and "Veracruz de Ignacio de la Llave"; Chiapas holds hamlets of both
    # short names, which the other state named beside them must not pull in.
    mentions = {m.text: m.place for m in gazetteer.find_mentions(text)}
    assert mentions["Chiapas"].kind == "admin1"
    assert all(mentions[name].lat > 18.0 for name in ("Puebla", "Veracruz"))


def test_a_short_state_name_alone_is_still_its_big_city(gazetteer):
    [puebla] = [m for m in gazetteer.find_mentions("Buses left Puebla at dawn for the capital.") if m.text == "Puebla"]
    assert (puebla.place.kind, puebla.place.country) == ("city", "MX") and puebla.place.population > 1_000_000


@pytest.mark.parametrize("text, expected", [
    # A dateline naming a province by its own name, where only a far town once bore that name: the province.
    ("CAGAYAN, Philippines – Families in Aparri and Gonzaga left coastal villages before the storm arrived.",
     ("admin2", "PH")),
    # A dateline whose name is a town's own name as well as a division's still asks for the town.
    ("CHARLESTON, W.Va. (AP) -- Families left riverside homes before the creek crested.", ("city", "US")),
])
def test_a_dateline_asks_for_a_town_unless_only_a_division_bears_the_name(gazetteer, text, expected):
    first = gazetteer.find_mentions(text)[0]
    assert (first.place.kind, first.place.country) == expected
    if expected[0] == "admin2":
        assert first.place.lat > 16.5  # northern Luzon, not Mapun off Borneo


@pytest.mark.parametrize("text, town", [
    # No San Agustin of Isabela in the index: the namesakes in other provinces are not it.
    ("Rain pounded Cagayan and Isabela provinces on Sunday. Farmers near San Agustin, Isabela, lost their rice.", None),
    # A town the province holds stays.
    ("Rain pounded Cagayan and Isabela provinces on Sunday. Farmers near Echague, Isabela, lost their rice.",
     "Echague"),
])
def test_a_town_a_province_places_where_no_namesake_lies_is_left_out(gazetteer, text, town):
    towns = [m.text for m in gazetteer.find_mentions(text) if m.place.kind == "city"]
    assert towns == ([town] if town else [])


def test_a_division_geonames_names_with_its_kind_word_first_is_found_by_its_bare_name(gazetteer):
    # GeoNames: "Partido de La Matanza"; news: "La Matanza". No town of that name in Argentina.
    text = "Storms flooded La Matanza, west of Buenos Aires, and families left their homes."
    matanza = next(m for m in gazetteer.find_mentions(text) if m.text == "La Matanza")
    assert (matanza.place.kind, matanza.place.country) == ("admin2", "AR")
    # Where a town bears the bare name, the town stays ("Departamento de Villaguay" and Villaguay).
    text = "Rivers rose around Villaguay in Entre Ríos, and families left their homes."
    villaguay = next(m for m in gazetteer.find_mentions(text) if m.text == "Villaguay")
    assert (villaguay.place.kind, villaguay.place.country) == ("city", "AR")


def test_indonesian_regencies_and_cities_are_found_without_their_kind_word(gazetteer):
    # GeoNames: "Kabupaten Tapin", "Kota Banjar Baru"; news writes the bare names. Before, "Tabalong" was a
    # Philippine town and "Baru" of "Banjar Baru" a town of its own.
    text = ("Floods hit Banjar Baru in South Kalimantan, and the regencies of Tapin, Tabalong and Tanah Laut "
            "sent boats.")
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == [
        ("Banjar Baru", "admin2", "ID"), ("South Kalimantan", "admin1", "ID"), ("Tapin", "admin2", "ID"),
        ("Tabalong", "admin2", "ID"), ("Tanah Laut", "admin2", "ID")]
    # A city GeoNames also holds as "Kota Medan" stays the city; in Malaysia "Kota" starts the name itself.
    text = "Buses left Medan for Kota Bharu on Friday."
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == [
        ("Medan", "city", "ID"), ("Kota Bharu", "city", "MY")]


def test_an_oblast_is_found_by_its_english_name_with_region(gazetteer):
    # GeoNames: "Jewish Autonomous Oblast"; English news also writes "Region".
    text = "Floods reached 23 villages in the Jewish Autonomous Region, near Birobidzhan."
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(text)][0] == (
        "Jewish Autonomous Region", "iso3166-2:RU-YEV")
    # The words alone name nothing.
    assert gazetteer.find_mentions("The Jewish Autonomous council met in Moscow.")[0].text == "Moscow"


def test_kazakhstans_compass_regions_by_their_english_names(gazetteer):
    # ISO and GeoNames give only Kazakh and Russian names; the English ones are curated aliases.
    text = "Snow cut roads in East Kazakhstan and North Kazakhstan, and aid from across Kazakhstan followed."
    assert [(m.text, m.place.kind) for m in gazetteer.find_mentions(text)] == [
        ("East Kazakhstan", "admin1"), ("North Kazakhstan", "admin1"), ("Kazakhstan", "country")]


@pytest.mark.parametrize("text", [
    "Landslides closed roads across Oromiya after a week of rain.",  # GeoNames' spelling, with the glide
    "Landslides closed roads across Oromia after a week of rain.",  # ISO's
])
def test_a_division_spelled_with_or_without_a_glide_between_vowels(gazetteer, text):
    [region] = gazetteer.find_mentions(text)
    assert region.place.id == "iso3166-2:ET-OR"


@pytest.mark.parametrize("text, division", [
    # GeoNames' spelling of a name ISO lists only as "Béqaa" and "Beqaa" (q and k for one Arabic letter).
    ("Tents flooded across the Bekaa after three days of rain.", "iso3166-2:LB-BI"),
    # GeoNames' spelling of ISO's Russian local name Mordovija.
    ("Convoys from Mordoviya reached the border.", "iso3166-2:RU-MO"),
])
def test_a_division_by_geonames_respelling_of_a_local_name_iso_lists(gazetteer, text, division):
    [region] = gazetteer.find_mentions(text)
    assert region.place.id == division


def test_a_name_iso_lists_in_another_language_is_no_respelling(gazetteer):
    # GeoNames and ISO both give Italian "Glarona" for Glarus: another language's name, not a spelling of it.
    assert not [m for m in gazetteer.find_mentions("The choir sang in Glarona last spring.")
                if m.place and m.place.id == "iso3166-2:CH-GL"]


def test_an_english_word_that_translates_a_divisions_name_is_no_name_of_it(gazetteer):
    # ISO gives "Valley" and "Progress" as the English of Honduras' Valle and Guatemala's El Progreso.
    text = "Hikers crossed the valley floor, and a Valley council member praised their Progress."
    assert [m.place.country for m in gazetteer.find_mentions(text) if m.place] == []
    [valle, honduras] = gazetteer.find_mentions("Storms battered Valle in the south of Honduras.")
    assert valle.place.id == "iso3166-2:HN-VA"


@pytest.mark.parametrize("text, expected", [
    ("Snow closed the roads of the Swat Valley overnight.", ("Swat Valley", "PK")),
    ("Farmers in the Bekaa Valley lost their crops.", ("Bekaa Valley", "LB")),
])
def test_a_valley_named_after_a_place_is_one_mention_at_that_place(gazetteer, text, expected):
    [valley] = gazetteer.find_mentions(text)
    assert (valley.text, valley.place.country) == expected


def test_a_volcano_named_like_a_far_town_abroad_or_far_away_is_not_the_town(gazetteer):
    def read(text):
        return [(m.text, m.place.name, m.place.country) for m in gazetteer.find_mentions(text)]

    # the index holds no volcanoes: a namesake town in another country than the story's, or far from its
    # places, is not the volcano; "volcano" in lower case counts as for a capitalised "Valley"
    assert read("The Etna volcano rumbled on Monday, dusting Sicily with ash.") == [("Sicily", "Sicilia", "IT")]
    assert read("Steam rose from the Baker volcano east of Seattle, officials in Washington said.") == [
        ("Seattle", "Seattle", "US"), ("Washington", "Washington", "US")]
    # (a volcano the curated table holds is that volcano)
    assert read("Lava from the Kilauea volcano crept toward Pahoa, Hawaii County officials said.") == [
        ("Kilauea volcano", "Kilauea Volcano", "US"), ("Pahoa", "Pāhoa", "US"), ("Hawaii County", "Hawaii County", "US")]
    # a town of the story's own country near its places stays (Taal lies on the volcano's lake), and so
    # does a town of the name without the word, or a town named "Mount ..."
    assert read("Thousands fled the Taal volcano in Batangas province, Philippines.")[0] == ("Taal", "Taal", "PH")
    assert read("Floods closed roads in Etna, a borough near Pittsburgh, Pennsylvania.")[0] == ("Etna", "Etna", "US")
    assert read("Mount Vernon residents were evacuated to Mount Pleasant.") == [
        ("Mount Vernon", "Mount Vernon", "US"), ("Mount Pleasant", "Mount Pleasant", "US")]


def test_a_valley_alone_is_no_place(gazetteer):
    assert gazetteer.find_mentions("The Valley was quiet after the storm passed.") == []


@pytest.mark.parametrize("text, expected", [
    ("Aid trucks reached Yirol West and Kapoeta North on Sunday.", [("Yirol", "SS"), ("Kapoeta", "SS")]),
    ("Wells dried up across Turkana West this spring.", [("Turkana", "KE")]),
])
def test_a_compass_point_after_a_name_is_a_side_of_that_place_not_a_region(gazetteer, text, expected):
    # Not Cameroon's "West" or "North" regions: the counties are named for their towns' sides.
    assert [(m.text, m.place.country) for m in gazetteer.find_mentions(text)] == expected


@pytest.mark.parametrize("text, names", [
    ("Traders from Cameroon's West and the Far North met in the capital.", {"Cameroon", "West", "Far North"}),
    # taken in as a side before "of" and the next word: the town's name is still the mention
    ("The flight left Seattle East of the mountains, snow fell.", {"Seattle"}),
])
def test_a_compass_point_after_a_possessive_stays_a_region_and_one_after_a_town_leaves_it_a_mention(
        gazetteer, text, names):
    assert {m.text for m in gazetteer.find_mentions(text)} == names


def test_a_kind_word_asks_for_the_name_as_written_not_another_spelling_of_it(gazetteer):
    # Yemen's Al Jubah is "Juba" only by another spelling; South Sudan's capital bears the name.
    [_, county] = gazetteer.find_mentions("Aid agencies in South Sudan sent water trucks to Juba County after the rains.")
    assert county.place.country == "SS"
    # A division named so keeps what its kind word asks for.
    [_, county] = gazetteer.find_mentions("Aid agencies in Georgia sent water trucks to Henry County after the rains.")
    assert (county.place.kind, county.place.country) == ("admin2", "US")
    [province] = gazetteer.find_mentions("Water trucks were sent to Idlib Province after the rains.")
    assert (province.place.kind, province.place.country) == ("admin1", "SY")


def test_a_surname_spelled_like_a_region_is_no_region_after_a_given_name(gazetteer):
    # "Geddo" is Somalia's Gedo only by its key (doubled letters fold away): after "Lucia", a surname.
    text = "\"Supplies are short,\" said Lucia Geddo, an aid worker. At the camp near Erbil, Geddo said more families came."
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Erbil"]
    # A region written as it is stays a place beside another name.
    assert [m.text for m in gazetteer.find_mentions("Floods hit Austin Texas and Paris Texas.")] == [
        "Austin", "Texas", "Paris", "Texas"]


def test_a_sentence_full_stop_after_a_saints_town_is_not_its_abbreviation(gazetteer):
    [town] = [m for m in gazetteer.find_mentions("Smoke drifted over Fort St. John. Schools closed early.")]
    assert town.text == "Fort St. John"
    [country] = gazetteer.find_mentions("Exports to the U.S. rose again.")
    assert country.text == "U.S."


@pytest.mark.parametrize("text, names", [
    # GeoNames' 22 regions, which ISO 3166-2 does not list (it keeps the six former provinces).
    ("Cyclone rains flooded rice fields in Atsinanana and Vakinankaratra.", ["Atsinanana", "Vakinankaratra"]),
    ("Clinics in Haute Matsiatra ran out of vaccine.", ["Haute Matsiatra"]),  # GeoNames' other name of it
])
def test_madagascars_regions_that_iso_does_not_list(gazetteer, text, names):
    mentions = gazetteer.find_mentions(text)
    assert [m.text for m in mentions] == names
    assert {(m.place.kind, m.place.country) for m in mentions} == {("admin1", "MG")}


def test_no_region_from_a_finer_level_that_holds_not_all_towns_or_is_an_english_word(gazetteer):
    # GeoNames' two Palestinian units hold all its towns there, but ISO lists 16 governorates: not finer.
    text = "Clashes spread from the West Bank to the Gaza Strip."
    assert all(m.place.kind != "admin1" for m in gazetteer.find_mentions(text))
    # Madagascar's region Diana is a given name (and a town's name) first: no region of it.
    text = "Diana flew to Antananarivo, Madagascar."
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Antananarivo", "Madagascar"]


@pytest.mark.parametrize("text, country", [
    # Kyrgyzstan's Jalal-Abad (GeoNames: Manas, 123,000 people) by the name news gives it.
    ("Mudflows buried roads near Jalalabad in southern Kyrgyzstan, and Osh region sent bulldozers.", "KG"),
    # The larger Afghan city whose own name it is stays the reading elsewhere.
    ("Returning families crowded the border crossing on the road to Jalalabad in eastern Afghanistan.", "AF"),
])
def test_a_big_town_abroad_known_by_another_big_towns_name_competes_by_country(gazetteer, text, country):
    assert next(m.place.country for m in gazetteer.find_mentions(text) if m.text == "Jalalabad") == country


@pytest.mark.parametrize("text, expected", [
    # After "a" or "an", a state's name before "town" or "village" says where the settlement is.
    ("Police in a small Texas town said the river rose.", [("Texas", "admin1", "US")]),
    ("flooding cut off a remote alaska town on tuesday.", [("alaska", "admin1", "US")]),
    ("Snow buried an Ohio village overnight.", [("Ohio", "admin1", "US")]),
    # A city's own name with its kind word stays that city.
    ("She joined a Kansas City firm.", [("Kansas City", "city", "US")]),
])
def test_a_states_name_before_town_after_a_says_where_the_town_is(gazetteer, text, expected):
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == expected


def test_regions_news_writes_by_other_names_than_iso(gazetteer):
    # ISO writes Tigrai, Amara and Harari People; news writes what GeoNames also calls them.
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions("Fighting in Tigray and Amhara reached Harari.")] == [
        ("Tigray", "iso3166-2:ET-TI"), ("Amhara", "iso3166-2:ET-AM"), ("Harari", "iso3166-2:ET-HA")]
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions("Floods hit East Kazakhstan.")] == [
        ("East Kazakhstan", "iso3166-2:KZ-63")]
    # ISO writes Nīnawá and GeoNames Nineveh; UN and IOM reports write the governorate "Ninewa".
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions("Convoys left Ninewa for Dohuk.")][0] == (
        "Ninewa", "iso3166-2:IQ-NI")
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions("Traders crossed Nineveh at dawn.")] == [
        ("Nineveh", "iso3166-2:IQ-NI")]
    # ISO writes Damascus Countryside (Rīf Dimashq); UN reports write "Rural Damascus"; Damascus alone is the city.
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions("Families reached shelters in Rural Damascus.")] == [
        ("Rural Damascus", "iso3166-2:SY-RD")]
    assert [(m.text, m.place.kind) for m in gazetteer.find_mentions("Families reached shelters near Damascus.")] == [
        ("Damascus", "city")]
    # Indian news shortens three "Pradesh" states to their first word; the full name stays the state too.
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(
        "Landslides in Himachal and rain in Arunachal Pradesh cut roads; Andhra sent teams.")] == [
        ("Himachal", "iso3166-2:IN-HP"), ("Arunachal Pradesh", "iso3166-2:IN-AR"), ("Andhra", "iso3166-2:IN-AP")]
    assert gazetteer.find_mentions("Rain fell in Madhya and in Uttar on Monday.") == []  # never so shortened


def test_a_mentioned_place_knows_every_place_enclosing_it(gazetteer):
    # a city whose parent is its district lies in the district's state too (Houston: Harris County, Texas)
    [houston] = [m.place for m in gazetteer.find_mentions("Floods hit Houston on Monday.", "d")]
    assert houston.parent and houston.parent in houston.enclosing and "iso3166-2:US-TX" in houston.enclosing
    # no part of its identity: the index's own place is the same place
    assert gazetteer.get(houston.id) == houston and not gazetteer.get(houston.id).enclosing


def test_an_arabic_towns_final_ah_is_also_written_a(gazetteer):
    # GeoNames writes Al Qayyārah; news writes the ta marbuta "-ah" or "-a".
    def read(text):
        return [(m.text, m.place.name, m.place.country) for m in gazetteer.find_mentions(text)]

    assert read("Trucks left Qayara, south of Mosul.")[0] == ("Qayara", "Al Qayyārah", "IQ")
    assert read("Trucks left Qayyarah, south of Mosul.")[0] == ("Qayyarah", "Al Qayyārah", "IQ")
    # Only Arabic names: Savannah, Georgia, is no "Savanna", and "Savanna" no Savannah.
    assert read("Trucks left Savanna, Illinois, before dawn.")[0][1:] == ("Savanna", "US")


def test_a_common_name_written_with_lower_case_words_is_read_by_its_capitalised_head(gazetteer):
    # GeoNames holds a small neighbourhood "Manchester City Centre", too common a name for so small a place; written
    # with its last words in lower case, its capitalised head is the city. A head as common stays no place.
    def read(text):
        return [(m.text, m.place.name, m.place.country) for m in gazetteer.find_mentions(text)]

    assert ("Manchester", "Manchester", "GB") in read("Water rose in Salford, Manchester city centre and Bury.")
    assert read("They walked to the Green bay to fish.") == []


def test_a_region_named_without_its_kind_word_is_found_with_it(gazetteer):
    # ISO names Ghana's regions "Northern", "Western"; news writes "the Northern Region", which the world index holds
    # only as Malawi's, and a compass word before its own kind word is no part of a longer name.
    def read(text):
        return [(m.text, m.place.id) for m in gazetteer.find_mentions(text)]

    assert read("Meningitis cases rose in the Northern Region of Ghana.")[0] == ("Northern Region", "iso3166-2:GH-NP")
    assert read("Troops moved to the Western Region of Ghana.")[0] == ("Western Region", "iso3166-2:GH-WP")
    assert read("Storms hit the Northern Region of Malawi.")[0] == ("Northern Region", "iso3166-2:MW-N")
    # a region held with its kind word stays itself; a lower-case compass word is none; "North Texas" is Texas
    assert read("Families fled to the Kurdistan Region of Iraq.")[0] == ("Kurdistan Region", "iso3166-2:IQ-KR")
    assert read("Fighting spread in the northern region of the country, officials in Uganda said.") == [
        ("Uganda", "geonames:226074")]
    assert read("Troops reached North Texas.") == [("Texas", "iso3166-2:US-TX")]


def test_yorkshire_is_the_english_region_where_the_story_is_english(gazetteer):
    # The GeoNames subsets hold only two small US towns of the name; the curated table holds the region.
    def read(text):
        return [(m.text, m.place.id) for m in gazetteer.find_mentions(text)]

    assert ("Yorkshire", "evacmap:yorkshire") in read("Homes were evacuated in Lancashire and Yorkshire near Leeds.")
    assert read("A family moved from Yorkshire to Fairfax County, Virginia.")[0] == ("Yorkshire", "geonames:4794966")


def test_one_word_after_a_bodys_possessive_is_no_surname(gazetteer):
    # A body's "'s" ends the owner: one capitalised word after it is a place, as after a country's; two a person.
    def read(text):
        return [(m.text, m.place.name if m.place else None) for m in gazetteer.find_mentions(text)]

    assert read("Mail piled up at the Postal Service's Calera branch in Alabama.") == [
        ("Calera", "Calera"), ("Alabama", "Alabama")]
    assert read("Mail piled up at the Postal Service's Lisa Calera desk in Alabama. Calera said it was late.") == [
        ("Alabama", "Alabama")]


def test_a_capitalised_island_after_a_division_or_region_is_that_island(gazetteer):
    def read(text):
        return [(m.text, m.place.id) for m in gazetteer.find_mentions(text)]

    assert read("Poultry farms on Hainan Island were closed.") == [("Hainan Island", "iso3166-2:CN-HI")]
    assert read("Ferries stopped between Honshu Island and Shikoku.")[0] == ("Honshu Island", "evacmap:honshu")
    # an island country is itself; "Island" asks for the province before the town of its name
    assert read("Mosquito nets were sent to Guam Island.") == [("Guam Island", "geonames:4043988")]
    assert read("Divers searched reefs off Phuket Island, Thailand.")[0] == ("Phuket Island", "iso3166-2:TH-83")
    # a town the island is named after, or a namesake, is left out; so is a state abroad among a story's places
    assert read("Ferries to Ellis Island were cancelled, New York officials said.") == [
        ("New York", "iso3166-2:US-NY")]
    assert [t for t, _ in read("Water rose on Victoria Island in Lagos, Nigeria.")] == ["Lagos", "Nigeria"]
    assert [t for t, _ in read("Crab boats sank off Roanoke Island in North Carolina.")] == ["North Carolina"]
    # ... and so is a division on another continent from every place the story names, however few
    assert [t for t, _ in read("Kayak tours around Santa Cruz Island resumed, Anacortes officials said.")] == [
        "Anacortes"]
    assert read("Pilgrims crossed from Mombasa to Lamu Island on Friday.") == [
        ("Mombasa", "geonames:186301"), ("Lamu Island", "iso3166-2:KE-21")]
    # "island" in lower case is no part of the name, in cased or lower-cased text
    assert read("Boats reached Lesbos island.") == [("Lesbos", "geonames:258465")]
    assert read("boats reached lesbos island.") == [("lesbos", "geonames:258465")]


def test_a_village_named_like_a_big_city_abroad_gains_nothing_from_its_state_named_with_one_town(gazetteer):
    def read(text):
        return [(m.text, m.place.country) for m in gazetteer.find_mentions(text) if m.text == "Cairo"]

    # Cairo, Illinois (1,700 people) against Egypt's capital, in a story that speaks of Egypt: "Springfield,
    # Illinois" names the state once and one town in it, not two names of the state
    assert read("A clinic in Springfield, Illinois, treated three patients. Egyptian doctors in Cairo reported "
                "a fourth case.") == [("Cairo", "EG")]
    # a link, or two towns of its corner of the state, still place the village
    assert read("A clinic in Springfield, Illinois, treated three patients. Egyptian doctors in Cairo, Illinois, "
                "reported a fourth case.") == [("Cairo", "US")]
    assert read("A clinic in Carbondale, Illinois, treated three patients, and another in Mound City. "
                "Egyptian-born doctors in Cairo reported a fourth case.") == [("Cairo", "US")]


def test_a_town_hyphenated_to_an_unknown_word_before_a_route_word_is_the_routes_end(gazetteer):
    def read(text):
        return [(m.text, m.place.name) for m in gazetteer.find_mentions(text)]

    assert read("Trucks were stuck on the Kandahar-Spinzar road for days.") == [("Kandahar", "Kandahār")]
    # before a capitalised word the two name something else
    assert read("Trucks were stuck at the Kandahar-Spinzar Trading depot for days.") == []


@pytest.mark.parametrize("text, name, kind", [
    # the index holds the districts as "Swat" and "Gulu", "Swat District" only as another name: the sentence names
    # no other place, and the alias alone was too weak
    ("People fled Swat district on Monday.", "Swat", "admin2"),
    ("Mudslides hit two sub-counties in Gulu district.", "Gulu", "admin2"),
    # own names holding the kind word are found as before
    ("Floods hit Kilifi county.", "Kilifi County", "admin1"),
    ("He flew to Quebec City on Monday.", "Québec", "city"),
])
def test_a_name_written_with_its_kind_word_asks_for_that_kind(gazetteer, text, name, kind):
    assert [(m.place.name, m.place.kind) for m in gazetteer.find_mentions(text)] == [(name, kind)]


@pytest.mark.parametrize("text, name", [
    # GeoNames names these divisions with their kind word and holds the bare names only as other names: alone in a
    # sentence naming nothing else of Pakistan, the bare name is the division's own
    ("Hundreds of families left North Waziristan after the curfew.", "North Wazīristān District"),
    ("Aid convoys reached Bajaur late on Tuesday.", "Bājaur Agency"),
    ("hundreds of families left north waziristan after the curfew.", "North Wazīristān District"),
])
def test_a_division_named_without_its_kind_word_stands_alone(gazetteer, text, name):
    assert [(m.place.name, m.place.kind) for m in gazetteer.find_mentions(text)] == [(name, "admin2")]


@pytest.mark.parametrize("text", [
    # only generic words left once the kind word is gone: no division of any country
    "Crowds gathered in Central after the match.",
    # a county is known by its full name only: the bare name is the state's
    "Voters in Washington backed the measure.",
])
def test_a_generic_or_shared_name_without_its_kind_word_is_no_lone_division(gazetteer, text):
    assert all(m.place is None or m.place.kind != "admin2" for m in gazetteer.find_mentions(text))


@pytest.mark.parametrize("text, name, kind", [
    # divisions GeoNames holds with no cities500 place inside them, and towns the subsets lack: curated rows
    ("Most of the families who left Kurram and Orakzai have gone back.", "Kurram", "admin2"),
    ("Most of the families who left Kurram and Orakzai have gone back.", "Orakzai", "admin2"),
    ("An offensive in South Waziristan emptied whole valleys.", "South Waziristan", "admin2"),
    ("Farmers from Gedeo crossed into West Guji.", "West Guji", "admin2"),
    ("Former residents still cannot go home to Tawergha.", "Tawergha", "city"),
    ("School buildings in Bangula became shelters.", "Bangula", "city"),
    ("The bus reached Minawao camp at night.", "Minawao", "site"),
])
def test_a_curated_division_town_or_camp_of_displacement_news_is_found_alone(gazetteer, text, name, kind):
    assert (name, kind) in [(m.place.name, m.place.kind) for m in gazetteer.find_mentions(text)]


@pytest.mark.parametrize("text", [
    # a longer name holding the division's: the pass, the province and the river are no district
    "Convoys crossed the Khyber Pass at dawn.",
    "Voters in Khyber Pakhtunkhwa went to the polls.",
    "The Kurram River burst its banks.",
])
def test_a_longer_name_holding_a_curated_districts_name_is_not_the_district(gazetteer, text):
    assert all(m.place is None or m.place.kind != "admin2" or m.place.name not in ("Khyber", "Kurram")
               for m in gazetteer.find_mentions(text))


def test_a_protection_of_civilians_site_is_named_after_its_town(gazetteer):
    def read(text):
        return [(m.text, m.place.name) for m in gazetteer.find_mentions(text) if m.place is not None]

    # "PoC" after a town's name is a kind word, as "camp" is: not the start of a longer name the index lacks
    assert read("Hundreds more walked into the Bentiu PoC site overnight.") == [("Bentiu PoC", "Bentiu")]
    assert read("A fire swept through the Malakal POC on Sunday.") == [("Malakal POC", "Malakal")]
    # alone it names nothing
    assert read("The POC team will report on Monday.") == []


def test_a_name_a_link_placed_is_that_place_when_repeated_bare(gazetteer):
    # Veracruz holds several La Glorias, so the linked reading is no confident anchor; its bare repeat still
    # takes it rather than the namesake in the State of Mexico that the story also names.
    def read(text):
        return [(m.text, m.place.id) for m in gazetteer.find_mentions(text) if m.text == "La Gloria"]

    linked = read("Fever spread through La Gloria, Veracruz, in March. Doctors flew in from Mexico City and the "
                  "State of Mexico, and families in La Gloria queued at the clinic.")
    assert len(linked) == 2 and linked[0][1] == linked[1][1] == "geonames:3525722"
    # No link anywhere: the bare name still reads by the places around it.
    assert read("Doctors flew in from Mexico City and the State of Mexico, and families in La Gloria queued at "
                "the clinic.") == [("La Gloria", "geonames:3817823")]


def test_a_bare_repeat_of_a_name_held_only_with_its_kind_word_is_that_place(gazetteer):
    # GeoNames holds "Tonkolili District" and nothing called "Tonkolili" alone.
    def read(text):
        return [(m.text, m.place.id) for m in gazetteer.find_mentions(text)]

    assert read("Teams searched villages across Tonkolili for contacts. A nurse in the Tonkolili district fell ill.") == [
        ("Tonkolili", "geonames:2403287"), ("Tonkolili", "geonames:2403287")]
    # Without the kind word anywhere the bare name stays unread.
    assert read("Teams searched villages across Tonkolili for contacts.") == []


def test_korea_alone_is_the_republic(gazetteer):
    def read(text):
        return [(m.text, m.place.country, m.place.kind) for m in gazetteer.find_mentions(text)]

    assert read("Korea reported two more cases of the disease on Friday.") == [("Korea", "KR", "country")]
    assert read("exports resumed after korea lifted the ban.") == [("korea", "KR", "country")]
    # the North is always named so, and "Korea" inside the longer names stays that country's
    assert read("Talks between North Korea and South Korea resumed.") == [
        ("North Korea", "KP", "country"), ("South Korea", "KR", "country")]


def test_a_weak_mention_is_kept_when_the_document_names_its_place_confidently_elsewhere(gazetteer):
    # among many countries' names the first mention of a district scores below the floor; its repeat in a
    # list of neighbouring districts is confident, and one name keeps one sense in a document
    story = ("Yellow fever has spread beyond Angola. Travellers carried it to Democratic Republic of the Congo, "
             "Kenya and China, and Namibia reported a suspected case. The DRC counted cases in Kinshasa and in "
             "Matadi, Kongo Central province. Uganda's health ministry reported cases in Masaka district in early "
             "April.")
    listed = " By May, laboratories had confirmed cases in three districts: Masaka, Rukungiri and Kalangala."
    masaka = [(m.start, m.place.country) for m in gazetteer.find_mentions(story + listed) if m.text == "Masaka"]
    assert masaka == [(story.index("Masaka"), "UG"), (len(story) + listed.index("Masaka"), "UG")]
    # with no repeat, "district" asks for the district GeoNames also calls "Masaka District": the kind word makes it
    # confident alone, as "Masaka zone" or a bare "Masaka" is (it once counted against its own name's division)
    assert [m.place.country for m in gazetteer.find_mentions(story) if m.text == "Masaka"] == ["UG"]


@pytest.mark.parametrize("listing", ["Teams went door to door in Belas, Cazenga and Cacuaco municipalities.",
                                     "Teams went door to door in Cazenga, Cacuaco and Belas districts."])
def test_a_foreign_town_listed_by_a_plural_kind_word_in_a_one_country_story_is_left_out(gazetteer, listing):
    # divisions listed side by side lie in the story's country: the index lacks Luanda's Belas, and the
    # Portuguese town is not it, though a locative leads the list
    story = ("Cholera cases rose in Angola this week. Health teams in Luanda, Huambo, Benguela and Malanje "
             "opened treatment centres, and Angola asked for vaccine. ")
    mentions = gazetteer.find_mentions(story + listing)
    assert "Belas" not in [m.text for m in mentions]
    assert [m.place.country for m in mentions if m.text in ("Cazenga", "Cacuaco")] == ["AO", "AO"]
    # a locative alone still places something in the town abroad
    assert [(m.text, m.place.country) for m in gazetteer.find_mentions(
        story + "The health minister later flew to Belas for talks.")][-1] == ("Belas", "PT")


def test_a_compass_initial_before_a_name_spells_out_the_place_headlines_shorten(gazetteer):
    def read(text):
        return [(m.text, m.place.name) for m in gazetteer.find_mentions(text)]

    assert read("N. Korea tests another rocket, S. Korea says") == [("N. Korea", "North Korea"),
                                                                    ("S. Korea", "South Korea")]
    assert read("storms batter s. africa and w. virginia") == [("s. africa", "South Africa"),
                                                              ("w. virginia", "West Virginia")]
    # the end of "U.S." and a name no compass point spells out stay as they were
    assert read("The U.S. Korea envoy met officials.") == [("U.S.", "United States"), ("Korea", "South Korea")]
    # nor does one whose spelled-out name is no country or first-level division
    assert read("Marchers in E. Jerusalem and Paris.") == [("Jerusalem", "Jerusalem"), ("Paris", "Paris")]


def test_pacific_atlantic_and_arctic_islands_of_outbreak_news_and_gobi_spellings_of_mongolian_aimags(gazetteer):
    text = ("Dengue reached Tahiti, Moorea and Rarotonga; Zika was found on Easter Island, Efate and Espiritu Santo. Cases "
            "rose on Oahu, Kauai and Mallorca, in Gran Canaria and Lanzarote, and near the top of Baffin Island.")
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == [
        ("Tahiti", "region", "PF"), ("Moorea", "region", "PF"), ("Rarotonga", "region", "CK"),
        ("Easter Island", "region", "CL"), ("Efate", "region", "VU"), ("Espiritu Santo", "region", "VU"),
        ("Oahu", "region", "US"),
        ("Kauai", "region", "US"), ("Mallorca", "region", "ES"), ("Gran Canaria", "region", "ES"),
        ("Lanzarote", "region", "ES"), ("Baffin Island", "region", "CA")]
    # "the Big Island" is Hawaii's in a story about the US, no island elsewhere.
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(
        "Dengue cases rose on the Big Island, Hawaii officials said.")][0] == ("Big Island", "evacmap:hawaii-island")
    # News writes the Gobi aimags with the desert's name; ISO and GeoNames write "Govi".
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(
        "Plague closed roads in Gobi-Altai, Dornogobi and South Gobi, and in Bayan-Ölgii.")] == [
        ("Gobi-Altai", "iso3166-2:MN-065"), ("Dornogobi", "iso3166-2:MN-063"), ("South Gobi", "iso3166-2:MN-053"),
        ("Bayan-Ölgii", "iso3166-2:MN-071")]
    # A Mexican village of the name is still itself where a link places it.
    assert [(m.text, m.place.country) for m in gazetteer.find_mentions("Police in Espiritu Santo, Jalisco, said.")] == [
        ("Espiritu Santo", "MX"), ("Jalisco", "MX")]


def test_a_name_with_an_age_after_it_is_a_person(gazetteer):
    # "Raja, 48," names a man and his age, not a town GeoNames spells so; an age makes no place of note a
    # person, nor a town after a locative.
    text = "Two men - Raja, 48, from Aluva and Manoj, 39, from Kochi - died in Kerala. Kerala, 33, led the count."
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Aluva", "Kochi", "Kerala", "Kerala"]
    assert [m.text for m in gazetteer.find_mentions("Cases rose in Aluva, 12, and in Kochi, 9, this week.")] == [
        "Aluva", "Kochi"]


def test_a_count_in_thousands_after_a_name_is_no_age(gazetteer):
    # "Ratnapura, 2,740 cases": the comma groups the count's thousands; "Nimal, 48," is still an age
    text = "Dengue rose in Sri Lanka: Matara, 310 cases; Ratnapura, 2,740 cases; Badulla, 1,380 cases."
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Sri Lanka", "Matara", "Ratnapura", "Badulla"]
    assert [m.text for m in gazetteer.find_mentions("Two men - Nimal, 48, and Sunil, 39, died in Matara.")] == [
        "Matara"]


def test_a_dateline_under_a_headline_without_a_full_stop_opens_a_line(gazetteer):
    # a headline ends with its line, no full stop: the capitals opening the next line are a dateline's place,
    # not an acronym; a name in capitals within a line still is one
    text = "Measles cases climb in Chad\nNAIROBI (Reuters) - Health workers in Chad reported more cases."
    assert [(m.text, m.place.country) for m in gazetteer.find_mentions(text)] == [
        ("Chad", "TD"), ("NAIROBI", "KE"), ("Chad", "TD")]
    assert "NAIROBI" not in [m.text for m in gazetteer.find_mentions(
        "Measles cases climb in Chad\nHealth workers of NAIROBI (a relief group) reported more cases in Chad.")]


def test_large_regions_of_outbreak_news_the_subsets_lack(gazetteer):
    assert [(m.text, m.place.name) for m in gazetteer.find_mentions(
        "Cases rose across the Arabian Peninsula, and in Maharashtra's Marathwada region.")] == [
        ("Arabian Peninsula", "Arabian Peninsula"), ("Maharashtra", "Mahārāshtra"), ("Marathwada", "Marathwada")]
    # a film's title is no region
    assert [m.text for m in gazetteer.find_mentions("Lawrence of Arabia was shown in Cairo.")] == ["Cairo"]


@pytest.mark.parametrize("text, country", [
    # Listed with divisions of one country, a name of a division and a country is the division.
    ("Storms hit Georgia and Florida on Monday, closing schools.", "US"),
    ("Farms in Alabama, Georgia and Tennessee lost their crops.", "US"),
    # listed with countries, or alone, it stays the country
    ("Member states such as France and Georgia voted for the plan.", "GE"),
    ("Talks between Georgia and Armenia went on late into the night.", "GE"),
])
def test_a_name_listed_with_divisions_of_one_country_is_a_division_of_it(gazetteer, text, country):
    assert next(m.place.country for m in gazetteer.find_mentions(text) if m.text == "Georgia") == country


@pytest.mark.parametrize("text, expected", [
    # The index knows no Granada in Colorado: a state's dotted abbreviation places the town as its name
    # does; neither El Granada, California, nor Nicaragua's department (its alias) is it, in either casing.
    ("Denver officials said a rancher from Granada, Colo., fell ill.", [("Denver", "Denver"), ("Colo.", "Colorado")]),
    ("denver officials said a rancher from granada, colo., fell ill.", [("denver", "Denver"), ("colo.", "Colorado")]),
    ("A rancher from Granada, Colorado, fell ill on Friday.", [("Colorado", "Colorado")]),
    # towns the state holds stay
    ("Denver officials said a rancher from Aurora, Colo., fell ill.",
     [("Denver", "Denver"), ("Aurora", "Aurora"), ("Colo.", "Colorado")]),
    ("A rancher from Granada, Spain, fell ill on Friday.", [("Granada", "Granada"), ("Spain", "Spain")]),
])
def test_a_town_a_state_s_abbreviation_places_where_none_lies_is_left_out(gazetteer, text, expected):
    assert [(m.text, m.place.name) for m in gazetteer.find_mentions(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # An English word spelled with a doubled letter names no town whose name only shares its key: "Toll" is no
    # Tool (Texas), "guinness" no Güines (Cuba), "eerie" no Erie, cased or not.
    ("Flood Death Toll Climbs to Nine Across Houston Suburbs\n\nHOUSTON \u2014 Nine people have died in Texas.",
     [("Houston", "Houston"), ("HOUSTON", "Houston"), ("Texas", "Texas")]),
    ("fans in havana drank guinness at the bar.", [("havana", "Havana")]),
    ("the eerie silence in buffalo lasted all night.", [("buffalo", "Buffalo")]),
    # a town spelled as written stays, and so do names no dictionary spells so
    ("Cattle trucks left Toll, Queensland, for the coast.", [("Toll", "Toll"), ("Queensland", "Queensland")]),
    ("Floods rose along the Somme in France.", [("Somme", "Somme"), ("France", "France")]),
    ("calls came from the area of annapolis, maryland, on monday.", [("annapolis", "Annapolis"),
                                                                     ("maryland", "Maryland")]),
])
def test_a_word_spelled_with_a_doubled_letter_is_no_town_sharing_only_its_key(gazetteer, text, expected):
    assert [(m.text, m.place.name) for m in gazetteer.find_mentions(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A dateline written in lower case after its capital, opening its line before a long dash, is the place the
    # story was written, though its name is a common word ("Mobile") or starts the sentence.
    ("Barge spill closes bay\n\nMobile \u2014 A barge leaking fuel closed the bay on Friday.", [("Mobile", "Mobile")]),
    ("Storm batters coast\n\nMiami \u2013 Thousands left their homes on Sunday.", [("Miami", "Miami")]),
    # a hyphen there may start a list's entry
    ("Storm batters coast\n\nOfficials said thousands left.\nMobile - phone networks failed on Sunday.", []),
])
def test_a_dateline_written_in_lower_case_before_a_long_dash_is_a_place(gazetteer, text, expected):
    assert [(m.text, m.place.name) for m in gazetteer.find_mentions(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A state's letters in capitals listed before other states are the state, in a headline or not.
    ("Flu Fears Shut Schools in NY, Ohio and Maine\n\nOfficials said on Monday.",
     ["New York", "Ohio", "Maine"]),
    ("Students were sent home in NY, Texas, Calif. and Oregon on Friday.",
     ["New York", "Texas", "California", "Oregon"]),
    # not opening a sentence, where the letters are a word ("OK")
    ("OK, Texas will host the final, the coach said.", ["Texas"]),
])
def test_a_state_s_letters_listed_before_other_states_are_the_state(gazetteer, text, expected):
    assert [m.place.name for m in gazetteer.find_mentions(text)] == expected


def test_border_crossings_of_displacement_news_are_found_on_their_side_of_the_border(gazetteer):
    # The Turkey-Syria crossings and the Khyber Pass crossing are curated sites, each gate in its own country.
    text = ("Families walked to the Bab al Hawa crossing, then to Bab al-Salameh; trucks waited at Cilvegozu "
            "and at Oncupinar, and buses left Torkham at dawn.")
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == [
        ("Bab al Hawa crossing", "site", "SY"), ("Bab al-Salameh", "site", "SY"), ("Cilvegozu", "site", "TR"),
        ("Oncupinar", "site", "TR"), ("Torkham", "site", "PK")]
    # the towns the crossings are named after or lie by stay the index's
    assert [(m.text, m.place.kind) for m in gazetteer.find_mentions("Aid reached Azaz and Reyhanli on Monday.")] == [
        ("Azaz", "city"), ("Reyhanli", "city")]


@pytest.mark.parametrize("text, state", [
    # A state named in the sentence before a town places the town as one named in its own sentence does, though
    # the story names more towns of another state that holds a namesake.
    ("Mumps cases rose at campuses in Illinois this summer, in Urbana and Champaign, and in Peoria, Illinois.\n\n"
     "The University of Missouri also reported cases. Nine were confirmed in the Columbia area, health officials said.",
     "Missouri"),
    # a state named in passing does not outweigh a story's own state and its capital
    ("Storms hit South Carolina on Monday, flooding Charleston, Greenville and Sumter. A truck driver from "
     "Missouri was swept away. In Columbia, schools closed.", "South Carolina"),
])
def test_a_state_named_in_the_sentence_before_places_a_town(gazetteer, text, state):
    columbia = next(m.place for m in gazetteer.find_mentions(text) if m.text == "Columbia")
    assert gazetteer.get(columbia.enclosing[-1] if columbia.enclosing else columbia.parent).name == state


def test_new_york_s_jail_island_is_found_by_its_short_name(gazetteer):
    assert [(m.text, m.place.name) for m in gazetteer.find_mentions(
        "Flu cases rose among inmates at Rikers, and guards in the Bronx fell ill.")] == [
        ("Rikers", "Rikers Island"), ("Bronx", "The Bronx")]
    # a person's possessive is no island
    assert [m.text for m in gazetteer.find_mentions("Commander Riker's ship docked in Boston.")] == ["Boston"]


def test_an_office_s_province_before_its_holder_s_name_is_a_mention(gazetteer):
    # "Governor of Morobe Province Luther Wenge": the province's kind word ends the place; the holder follows.
    text = "But the Governor of Morobe Province Kila Wari says the clinics need more staff."
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(text)] == [("Morobe", "iso3166-2:PG-MPL")]
    # A body's name after the kind word stays a body's: its place is no mention, as before.
    assert gazetteer.find_mentions("The chairman of Morobe Province Rugby Union spoke on Friday.") == []


def test_a_provincial_body_is_named_after_its_province(gazetteer):
    # "Provincial" after a name is the local institution's word ("Regional", "Municipal"): the place is named.
    assert [m.text for m in gazetteer.find_mentions("Madang Provincial health officers traced the contacts.")] == [
        "Madang"]
    assert gazetteer.find_mentions("Provincial health officers traced the contacts.") == []


def test_autonomous_before_a_kind_word_is_part_of_the_division_s_kind(gazetteer):
    # "Autonomous oblast" is the kind of Gorno-Badakhshan, not more of a longer name.
    text = "Officials in the Gorno-Badakhshan Autonomous oblast reported no new cases."
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(text)] == [("Gorno-Badakhshan", "iso3166-2:TJ-GB")]
    # Before another word it starts a group's name, as before.
    assert gazetteer.find_mentions("The Gorno-Badakhshan Autonomous Riders toured the valley.") == []


def test_png_is_papua_new_guinea(gazetteer):
    # Pacific news writes the country's initials: "cholera in PNG's Morobe province".
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(
        "Cholera reached Lae, the second city of PNG, in August.")] == [
        ("Lae", "geonames:2092740"), ("PNG", "geonames:2088628")]
    # Other capital initials stay none: "PG" (the two-letter code) is no mention.
    assert [m.text for m in gazetteer.find_mentions("The film was rated PG in the cinemas of Lae.")] == ["Lae"]


def test_haiti_s_central_plateau_is_its_centre_department_only_in_a_haitian_story(gazetteer):
    # English writes Haiti's "Plateau Central" (GeoNames' and ISO's Centre) in its own word order.
    text = "Aid workers said the cholera had reached Haiti's Central Plateau, where clinics are few."
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(text)] == [
        ("Haiti", "geonames:3723988"), ("Central Plateau", "iso3166-2:HT-CE")]
    # Elsewhere the words are that country's own plateau, which the index lacks; no Haitian department.
    assert [m.text for m in gazetteer.find_mentions(
        "Snow closed the roads across Tasmania's Central Plateau on Sunday.")] == ["Tasmania"]


def test_a_neighbourhood_is_the_namesake_lying_in_the_town_named_after_it(gazetteer):
    # a part of a town the index lacks is no namesake far away; one of a town it holds is kept
    assert _read_lower(gazetteer, "crews cleared the ridgewood neighborhood of la place , then the ridgewood "
                                  "neighborhood of queens .") == [("ridgewood", "Ridgewood"), ("queens", "Queens")]
    assert [m.place.id for m in gazetteer.find_mentions("Water rose in the Ridgewood neighborhood of Queens.")
            if m.text == "Ridgewood"] == ["geonames:5133858"]
    # look-alike: a name before a kind word for no part of a town keeps its places
    assert _read_lower(gazetteer, "water rose in ridgewood , new jersey , and in the ridgewood district .")[0] == (
        "ridgewood", "Ridgewood")


def test_a_towns_name_before_air_base_is_the_town_in_lower_cased_text(gazetteer):
    # a base named after the town it stands at places an ambiguous name as "in" would
    assert _read_lower(gazetteer, "crews flew from balad air base to baghdad .") == [
        ("balad", "Balad"), ("baghdad", "Baghdad")]
    # look-alike: the same name without the base stays too ambiguous alone
    assert _read_lower(gazetteer, "crews flew from balad to baghdad .") == [("baghdad", "Baghdad")]


def test_a_town_named_from_russian_is_found_without_its_softening_y(gazetteer):
    # English also writes Kurgan-Tyube "Kurgan-Tube": the whole name is the Tajik town, not Kurgan in Russia
    assert [(m.text, m.place.country) for m in gazetteer.find_mentions(
        "Doctors in Kurgan-Tube and Dushanbe vaccinated children against polio.")] == [
        ("Kurgan-Tube", "TJ"), ("Dushanbe", "TJ")]
    assert [p.country for p, _ in gazetteer.lookup("Ura-Tube")] == ["TJ"]
    # look-alikes: "ya" keeps its "y" (Ryazan is no "Razan", a town of Iran), and a spelling that is an English
    # word names no town of the former Soviet republics ("Tube" for the Russian village of Tyube)
    assert [p.country for p, _ in gazetteer.lookup("Razan")] == ["IR"]
    assert all(p.country not in {"RU", "KZ", "TJ"} for p, _ in gazetteer.lookup("Tube"))


def test_a_hazard_word_heading_a_line_as_its_label_is_no_town(gazetteer):
    # a bulletin's line "Volcano eruption: ..." is about an eruption, not the Hawaiian town of Volcano
    assert [m.text for m in gazetteer.find_mentions(
        "Weekly update\nVolcano eruption: some 600 people left villages near the crater for Lae.\n"
        "Hurricane: shelters opened in Florida.")] == ["Lae", "Florida"]
    # look-alike: the town's name in a sentence stays the town
    assert [m.place.id for m in gazetteer.find_mentions(
        "Volcano residents were told to leave as lava neared the Hawaii village.") if m.text == "Volcano"] == [
        "geonames:5853971"]


def test_a_name_in_brackets_after_districts_is_their_governorate(gazetteer):
    # a bulletin names the governorate holding the districts it lists in brackets after them
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(
        "Shelling in Midi and Abs districts (Hajjah) drove 700 families from their homes.")
        if m.text == "Hajjah"] == [("Hajjah", "iso3166-2:YE-HJ")]
    # look-alike: the name in brackets after another word stays the town
    assert [m.place.id for m in gazetteer.find_mentions(
        "Some 700 families reached the market town (Hajjah) by bus.") if m.text == "Hajjah"] == ["geonames:75337"]


def test_territory_after_a_name_asks_for_a_division(gazetteer):
    # the DR Congo's territories are its second-level divisions: "Djugu Territory" is the one GeoNames calls Djugu
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(
        "Attacks in Djugu Territory forced 1,500 people to flee toward Bunia.") if m.text.startswith("Djugu")] == [
        ("Djugu Territory", "geonames:12278087")]
    # look-alike: a territory whose own name holds the word stays that division
    assert [m.place.id for m in gazetteer.find_mentions("Floods cut roads across Queensland and the Northern Territory.")
            if m.text == "Northern Territory"] == ["iso3166-2:AU-NT"]


def test_curated_darfur_and_pacific_island_names(gazetteer):
    # places the sources lack that humanitarian bulletins name: a Darfur town and massif, two volcanic islands
    found = {m.text: m.place.id for m in gazetteer.find_mentions(
        "Families from Jebel Marra walked to Tawila in North Darfur; tourists left Taiwan's Green Island by ferry, "
        "and the Manam volcano in Papua New Guinea rumbled.")}
    assert (found["Jebel Marra"], found["Tawila"], found["Green Island"], found["Manam"]) == (
        "evacmap:jebel-marra", "evacmap:tawila", "evacmap:green-island-taiwan", "evacmap:manam")
    # look-alike: the New York village of the same name stays itself
    assert [m.place.id for m in gazetteer.find_mentions("Residents of Green Island, New York, were told to leave.")
            if m.text == "Green Island"] == ["geonames:5119290"]


def test_benishangul_gumuz_as_english_writes_it(gazetteer):
    # ISO spells Ethiopia's region "Benshangul-Gumaz"; UN reports write "Benishangul-Gumuz" or "Benishangul"
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(
        "Clashes in Benishangul-Gumuz region displaced 4,000 people into Oromia.") if m.text.startswith("Ben")] == [
        ("Benishangul-Gumuz", "iso3166-2:ET-BE")]
    # look-alike: ISO's own spelling stays the region
    assert [m.place.id for m in gazetteer.find_mentions(
        "Clashes in Benshangul-Gumaz region displaced 4,000 people.") if m.text.startswith("Ben")] == ["iso3166-2:ET-BE"]


def test_kamashi_zone_of_benishangul(gazetteer):
    # a zone of Ethiopia the sources lack, curated in its region
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(
        "Violence in Kamashi zone sent 9,000 people across the Didessa river into Oromia.")][:1] == [
        ("Kamashi", "evacmap:kamashi-zone")]


def test_the_opening_a_sentence_after_a_dateline_dash_is_no_part_of_the_name(gazetteer):
    # "The" after a dateline's dash opens the story's first sentence, capitalised as any sentence's first word
    assert [m.text for m in gazetteer.find_mentions(
        "LAE, Papua New Guinea – The Manam volcano spewed ash again, and 500 islanders left by canoe.")] == [
        "LAE", "Papua New Guinea", "Manam"]
    # look-alike: a capitalised "The" inside a sentence opens a business's name
    assert "Barn" not in [m.text for m in gazetteer.find_mentions(
        "The council approved a licence for The Tobacco Barn in Lae.")]


@pytest.mark.parametrize("text, name, kind", [
    # A list of four divisions, one called by its short name ("Manica" of Manica Province), has no town in a division
    ("Aid convoys reached Manica, Sofala, Tete and Zambezia by Monday.", "Manica", "admin1"),
    # negative: a town's name before the list stays the town in the division after it
    ("The flood reached Springfield, Illinois, Indiana and Ohio.", "Springfield", "city"),
])
def test_a_division_s_short_name_heading_a_list_of_divisions_is_the_division(gazetteer, text, name, kind):
    assert next(m.place.kind for m in gazetteer.find_mentions(text) if m.text == name) == kind


@pytest.mark.parametrize("text, name, place_name", [
    # "city" in lower case after a big town's own name is its kind word: Dallas's officials, not Dallas City, Illinois
    ("Buses kept coming all week. Late on Friday, Dallas city officials opened a third shelter.", "Dallas", "Dallas"),
    # negative: no big town is called Kansas; the city's own name stays whole
    ("Buses kept coming all week. Late on Friday, Kansas City officials opened a third shelter.", "Kansas City",
     "Kansas City"),
])
def test_a_lower_case_city_after_a_big_town_is_its_kind_word(gazetteer, text, name, place_name):
    assert next(m.place.name for m in gazetteer.find_mentions(text) if m.text == name) == place_name


@pytest.mark.parametrize("text, found", [
    # a small town abroad spelled with a letter single that its name doubles is another place, even after "at"
    ("Floods hit Chipinge and Mutare in Zimbabwe. The river burst its banks at Kopa business centre.", False),
    # negative: spelled as the town is, after "at", it stays
    ("Floods hit Chipinge and Mutare in Zimbabwe. The river burst its banks at Koppa business centre.", True),
])
def test_a_small_town_abroad_spelled_otherwise_is_no_mention(gazetteer, text, found):
    assert any(m.place is not None and m.place.country == "IN" for m in gazetteer.find_mentions(text)) == found


def test_la_palma_island_in_a_text_about_spain(gazetteer):
    # the Canary island the subsets lack, named in a text about Spain ...
    found = gazetteer.find_mentions("Lava reached homes on the Spanish island of La Palma on Sunday.")
    assert [(m.text, m.place.id) for m in found] == [("La Palma", "evacmap:la-palma")]
    # ... while California's town keeps its name where the text is about the United States
    found = gazetteer.find_mentions("The city council of La Palma, California, met on Tuesday.")
    assert [(m.text, m.place.country) for m in found][:1] == [("La Palma", "US")]


def test_mayon_volcano_of_albay(gazetteer):
    # the volcano, not Maayon, the Capiz town whose other name it is in the subsets
    found = gazetteer.find_mentions("Villagers living around Mayon volcano in Albay were evacuated.")
    assert [(m.text, m.place.id) for m in found][:1] == [("Mayon volcano", "evacmap:mayon")]
    assert [m.place.id for m in gazetteer.find_mentions("Floods reached Maayon in Capiz.")][:1] == ["geonames:1704730"]
    # a bare "Mayon" may be a person's name: only the volcano's own words name it
    assert "evacmap:mayon" not in [m.place.id for m in gazetteer.find_mentions(
        "She finished ahead of Jessica Mayon. Mayon won the title in Brussels.") if m.place]


@pytest.mark.parametrize("text, name, kind", [
    # a country opening a title line before a dash and a lower-case topic is the country, no dateline's town
    ("Peru – dengue outbreak\n\nCases rose across the Americas this year.", "Peru", "country"),
    # negative: before the story's capitalised sentence the line is a dateline, its name a town
    ("Peru — Cases rose across the Americas this year.", "Peru", "city"),
])
def test_a_lower_case_topic_after_a_title_s_dash_makes_no_dateline(gazetteer, text, name, kind):
    assert next(m.place.kind for m in gazetteer.find_mentions(text) if m.text == name) == kind


@pytest.mark.parametrize("text, name, found", [
    # a big town's name whose key is two letters only for its doubled ones is no short code
    ("Fighting spread to Taizz, Ibb and Dhamar, aid workers said.", "Ibb", True),
    # negative: a small town's name so keyed stays too short to count alone
    ("The band played at Lee, and the crowd cheered.", "Lee", False),
])
def test_a_name_keyed_short_by_doubled_letters(gazetteer, text, name, found):
    assert any(m.text == name for m in gazetteer.find_mentions(text)) == found


@pytest.mark.parametrize("text, found", [
    # the index holds "Kyotera District" as another name of Kyotera: the kind word still asks for the district,
    # in a story that also names a neighbour
    ("Kenya raised its guard after cases were confirmed in the Kyotera district of Uganda.", True),
    # negative: "town" asks for the town, which the district's other name does not make a division
    ("Kenya raised its guard after cases were confirmed in Kyotera town, Uganda.", False),
])
def test_a_kind_word_asks_for_a_division_held_with_it(gazetteer, text, found):
    assert any(m.text == "Kyotera" and m.place.kind == "admin2" for m in gazetteer.find_mentions(text)) == found


@pytest.mark.parametrize("text, name, country, kind", [
    # GeoNames' own name of a region the iso3166-2 package names in Quechua ("Amarumayu", "Hunin")
    ("Dengue cases rose in Amazonas and Loreto, Peru's health ministry said.", "Amazonas", "PE", "admin1"),
    ("Floods hit Junín and Pasco in Peru.", "Junín", "PE", "admin1"),
    # negative: the same name in a Brazilian story stays Brazil's state
    ("Dengue cases rose in Amazonas and Roraima, Brazil's health ministry said.", "Amazonas", "BR", "admin1"),
])
def test_geonames_own_name_of_a_first_level_division(gazetteer, text, name, country, kind):
    place = next(m.place for m in gazetteer.find_mentions(text) if m.text == name)
    assert (place.country, place.kind) == (country, kind)


@pytest.mark.parametrize("text, found", [
    # a town named by a word and a number (GeoNames' "Ward 1" of Yangon) is no mention in a story about Nepal
    ("Two cases were reported from Dhangadhi Sub-Metropolitan, Ward-1, in Kailali, Nepal.", False),
    # nor do two numbered names vouch for each other's country
    ("Two cases were reported from Ward-1 and Ward-5 of Dhangadhi in Kailali.", False),
    # negative: in a story about its own country it stays
    ("In Yangon, Myanmar, two cases were reported from Ward 1 of the township.", True),
])
def test_a_numbered_town_is_meant_only_in_its_country(gazetteer, text, found):
    assert any(m.text.startswith("Ward") for m in gazetteer.find_mentions(text)) == found


@pytest.mark.parametrize("text, found", [
    # a country hyphenated after a name the index lacks, before a lower-case "border": one side of the border
    ("Doctors have been deployed at the Mutukula-Tanzania border in Uganda.", True),
    # negative: before capitalised words the two make an institution's name
    ("Doctors have been deployed at the Mutukula-Tanzania Border Post in Uganda.", False),
])
def test_a_country_beside_an_unknown_name_before_border(gazetteer, text, found):
    assert any(m.text == "Tanzania" for m in gazetteer.find_mentions(text)) == found


@pytest.mark.parametrize("text, name, found", [
    # Sri Lankan English writes the dental t of a town's name "th"
    ("Red notices were issued to Rathnapura, Kegalle and Kaluthara districts.", "Kaluthara", True),
    # negative: the respelling is Sri Lanka's only: no "Kolkatha" for Kolkata
    ("Trains to Kolkatha were cancelled as the river rose.", "Kolkatha", False),
])
def test_a_sri_lankan_town_written_with_a_dental_th(gazetteer, text, name, found):
    assert any(m.text == name for m in gazetteer.find_mentions(text)) == found


@pytest.mark.parametrize("text, name, found", [
    # an Indonesian province's ISO name with its compass word put first in English, as Indonesian news writes it
    ("Vaccination targeted children in Aceh, North Sumatera and Riau.", "North Sumatera", True),
    # negative: only an Indonesian compass word is moved ("Utara" of Malaysia's Kedah is no name of it)
    ("Vaccination targeted children in Aceh, North Kedah and Riau.", "North Kedah", False),
])
def test_an_indonesian_province_with_its_compass_word_in_english(gazetteer, text, name, found):
    assert any(m.text == name and m.place is not None and m.place.kind == "admin1"
               for m in gazetteer.find_mentions(text)) == found


def test_zones_of_oromia_and_amhara_are_curated_at_their_seats(gazetteer):
    # GeoNames files no town of Ethiopia in a zone, so the world index holds none; the curated table holds the
    # zones displacement news names, in its spellings ("Wollega", "Wellega"), at their seats' points.
    text = "Thousands fled East and West Wollega for Nekemte; others left Kellem Wellega, North Wollo and East Hararghe."
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(text)] == [
        ("East", "evacmap:east-wollega"), ("West Wollega", "evacmap:west-wollega"), ("Nekemte", "geonames:330118"),
        ("Kellem Wellega", "evacmap:kelem-wollega"), ("North Wollo", "evacmap:north-wollo"),
        ("East Hararghe", "evacmap:east-hararghe")]
    # the seat's town stays the town, and "Jimma" alone is the city, not the zone
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions("Buses reached Jimma and Dessie.")] == [
        ("Jimma", "geonames:333772"), ("Dessie", "geonames:339219")]


def test_a_province_iso_and_geonames_both_hold_is_one_place(gazetteer):
    # ISO 3166-2 and GeoNames' ADM2 both list the provinces of the Philippines: one place, or a story's repeats
    # of the name would split between two ids; a lower-case "island" after the name asks for the province.
    assert [p.id for p, _ in gazetteer.lookup("Eastern Samar")] == ["geonames:1713986"]
    text = "Typhoon winds hit Eastern Samar, and fishermen on Cebu island fled; in Cebu, ferries stopped."
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(text)] == [
        ("Eastern Samar", "geonames:1713986"), ("Cebu", "geonames:1717511"), ("Cebu", "geonames:1717512")]


def test_the_besieged_twin_towns_of_idlib_are_found_in_their_other_spellings(gazetteer):
    # UN and wire copy spell Foua and Kefraya "Foah", "Kefrayeh", "Kufraya", "Kafaraya"
    text = "People left Foah and Kefrayeh on Monday; buses waited in Kufraya and Kafaraya."
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(text)] == [
        ("Foah", "evacmap:al-foua"), ("Kefrayeh", "evacmap:kafriya"), ("Kufraya", "evacmap:kafriya"),
        ("Kafaraya", "evacmap:kafriya")]
    # names alike are no spellings of theirs
    assert all(m.place.id not in ("evacmap:al-foua", "evacmap:kafriya")
               for m in gazetteer.find_mentions("The Foal river rose near Kefalos and Kafr Nabl."))


@pytest.mark.parametrize("text, expected", [
    # Names listed before "regions" are regions of those names (Malawi's "Northern Region"), also a name
    # that is an organisation's word alone ("Centre"), and so is such a name before its singular kind word.
    ("Rains hit the Northern and Southern regions of Malawi on Monday.",
     [("Northern", "admin1", "MW"), ("Southern", "admin1", "MW"), ("Malawi", "country", "MW")]),
    ("Flooding hit the Littoral and Centre regions of Cameroon.",
     [("Littoral", "admin1", "CM"), ("Centre", "admin1", "CM"), ("Cameroon", "country", "CM")]),
    ("Teams reached the Centre region of Burkina Faso.", [("Centre", "admin1", "BF"), ("Burkina Faso", "country", "BF")]),
    # A people's or a landscape's adjective before "regions" names no region.
    ("Fighting spread to Kurdish regions of Syria.", [("Syria", "country", "SY")]),
    ("Ice melts in Arctic and Alpine regions.", []),
    # "Centre" with no kind word after it is an organisation's.
    ("Staff at the Centre in Ouagadougou treated 40 patients.", [("Ouagadougou", "city", "BF")]),
])
def test_names_listed_before_regions_and_centre_before_region(gazetteer, text, expected):
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A compass word that ends a longer name shares no name with the compass word joined to it after "and".
    ("Families fled violence in South West and North West, officials in Cameroon said.",
     [("South West", "admin1", "CM"), ("North West", "admin1", "CM"), ("Cameroon", "country", "CM")]),
    ("Rain hit the Far North and North West regions of Cameroon.",
     [("Far North", "admin1", "CM"), ("North West", "admin1", "CM"), ("Cameroon", "country", "CM")]),
    # A lone compass word still shares the name after "and".
    ("Talks between North and South Korea resumed.", [("North", "country", "KP"), ("South Korea", "country", "KR")]),
])
def test_a_compass_word_ending_a_name_shares_no_name_after_and(gazetteer, text, expected):
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A name of two parts joined by "and" is also written hyphenated.
    ("The quake shook Sistan-Baluchestan province in Iran.",
     [("Sistan-Baluchestan", "admin1", "IR"), ("Iran", "country", "IR")]),
    ("Floods hit Trinidad-Tobago on Monday.", [("Trinidad-Tobago", "country", "TT")]),
    # Two names hyphenated that no place's name joins with "and" stay two places.
    ("Shelling hit the Iran-Iraq border near Qasr-e Shirin.",
     [("Iran", "country", "IR"), ("Iraq", "country", "IQ"), ("Qasr-e Shirin", "city", "IR")]),
])
def test_a_name_joined_by_and_is_also_written_hyphenated(gazetteer, text, expected):
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == expected


@pytest.mark.parametrize("text, name, place", [
    # A bracket right after a name lists places within it, however many counties of another state the sentence names.
    ("Outbreaks hit Washington State (Vancouver area, Clark, and King County) and Texas (Harris, Bell, Denton, "
     "Galveston, and Montgomery Counties).", "King County", ("US", 47.5)),
    # ... or names the place holding it.
    ("France reported cases in Lyon and Marseille, and the United States in Paris (Texas).", "Paris", ("US", 33.7)),
    # A closed bracket places nothing after it, and a name with no bracket is read as before.
    ("Measles reached several counties in Texas (Harris, Bell, Denton and Galveston Counties); Washington State (two "
     "cases) and King County also reported it.", "King County", ("US", 33.6)),
    ("France reported cases in Lyon and Marseille, and the United States in Paris, where schools shut.", "Paris",
     ("FR", 48.9)),
    # A bracket of one name after a list holds every name listed ("Salem, Springfield and Franklin (Ohio)"), but
    # not one a semicolon parts from the list.
    ("Cases rose in Salem, Springfield and Franklin (Ohio), and in Portland, Medford and Eugene (Oregon).", "Salem",
     ("US", 40.9)),
    ("Cases rose in Salem; Springfield and Franklin (Ohio) and Portland, Medford and Eugene (Oregon) also had some.",
     "Salem", ("US", 44.9)),
])
def test_a_bracket_after_a_name_lists_places_within_it(gazetteer, text, name, place):
    found = next(m.place for m in gazetteer.find_mentions(text) if m.text == name)
    assert (found.country, round(found.lat, 1)) == place


def test_names_in_a_wire_story_s_credits_are_people_not_the_town_it_was_filed_from(gazetteer):
    text = ("Floods cut roads near Bunia on Monday.\n(Reporting by Ann Perth in Kinshasa; Writing by Tom Holland; "
            "Editing by Sherry Jacob-Phillips)")
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Bunia", "Kinshasa"]
    # "by" in a sentence credits no one.
    found = gazetteer.find_mentions("The plan follows research by South Charleston officials.")
    assert [(m.text, m.place.country) for m in found] == [("South Charleston", "US")]


@pytest.mark.parametrize("text, name, place_id", [
    # Wire copy's "Democratic Republic Congo" (no "of") is the country, written whole.
    ("Democratic Republic Congo's ministry of health declared the outbreak over.", "Democratic Republic Congo",
     "geonames:203312"),
    # Saudi Arabia's Ash Sharqiyah by its English name; other countries' Eastern Provinces stay theirs.
    ("MERS cases rose in Saudi Arabia's Eastern Province, the ministry said.", "Eastern Province", "iso3166-2:SA-04"),
    ("Floods hit Sri Lanka's Eastern Province, the ministry said.", "Eastern Province", "iso3166-2:LK-5"),
    ("Drought hit Kenya's Eastern Province, the ministry said.", "Eastern Province", "evacmap:eastern-province-kenya"),
])
def test_english_names_wire_copy_gives_a_country_and_a_saudi_region(gazetteer, text, name, place_id):
    assert next(m.place.id for m in gazetteer.find_mentions(text) if m.text == name) == place_id


def test_a_title_s_letters_inside_a_country_s_name_make_no_person(gazetteer):
    # "DR" of "DR Congo" is no doctor: the country's name later alone is no surname.
    text = "Ebola - DR Congo\nCongo's year-long Ebola outbreak has spread to a new province, South Kivu.\n"
    assert [m.text for m in gazetteer.find_mentions(text)] == ["DR Congo", "Congo", "South Kivu"]
    # A doctor's surname stays one, even where a town bears it.
    text = "Clinic opens in Sydney\nDR Perth arrived on Monday. Perth said the clinic was full.\n"
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Sydney"]


@pytest.mark.parametrize("text, expected", [
    # A Dutch or German surname's particle and its article keep the person's name one: no place in it.
    ("The striker Rafael van der Vaart trained on Monday with the squad in Hamburg.", [("Hamburg", "city", "DE")]),
    ("Van der Sar said on Monday that the squad would fly to Hamburg.", [("Hamburg", "city", "DE")]),
    ("On Monday Ursula von der Leyen met the mayor of Hamburg.", [("Hamburg", "city", "DE")]),
    ("ursula von der leyen said in brussels that italy would get aid.",
     [("brussels", "city", "BE"), ("italy", "country", "IT")]),
    # Near misses: the Turkish city named alone, or before a comma, is still the city.
    ("Families fled Van on Monday and reached Erzurum by bus.", [("Van", "city", "TR"), ("Erzurum", "city", "TR")]),
    ("Van, the largest city in the east of Turkey, was shaken on Monday.", [("Van", "city", "TR"), ("Turkey", "country", "TR")]),
])
def test_a_surname_particle_and_its_article_name_no_place(gazetteer, text, expected):
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A name with its kind word before "of" is the division; the name after "of" is where it lies, no kind asked.
    ("Floods hit the Tillaberi region of Niger, officials said on Monday.",
     [("Tillaberi", "admin1", "NE"), ("Niger", "country", "NE")]),
    ("Aid reached the Kara region of Togo after the floods.", [("Kara", "admin1", "TG"), ("Togo", "country", "TG")]),
    ("floods hit the tillaberi region of niger on monday.",
     [("tillaberi region", "admin1", "NE"), ("niger", "country", "NE")]),
    # ... and where none of its places lies in that country, the name is left out, not put in a neighbour's.
    ("Floods hit the Plateau region of Togo, officials said on Monday.", [("Togo", "country", "TG")]),
    # Near misses: the kind word right before "of" still asks for a division; the same name linked to its own
    # country stays.
    ("Fighting spread to the province of Cebu and the southern province of Helmand.",
     [("Cebu", "admin2", "PH"), ("Helmand", "admin1", "AF")]),
    ("The board cited the rate. The State of Illinois’ Web site defines the rate as the tax base.",
     [("Illinois", "admin1", "US")]),
    ("The village of Ciocile in the Romanian county of Brăila has been quarantined.",
     [("Ciocile", "city", "RO"), ("Brăila", "admin1", "RO")]),
    ("Shelling hit the Kashmir region of India on Monday, officials said.",
     [("Kashmir", "region", ""), ("India", "country", "IN")]),
    ("Floods hit the Plateau region of Nigeria, officials said on Monday.",
     [("Plateau", "admin1", "NG"), ("Nigeria", "country", "NG")]),
])
def test_a_name_and_its_kind_word_of_a_country_lie_in_the_country(gazetteer, text, expected):
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # Other spellings of a division news uses: Pakistan's province, "Federal District" by the story's country.
    ("Floods in Khyber Pakhtoonkhwa province killed 20 people, Pakistani officials said.",
     [("Khyber Pakhtoonkhwa", "admin1", "PK")]),
    ("Heavy rain hit the Federal District and Goias state in Brazil on Monday.",
     [("Federal District", "admin1", "BR"), ("Goias", "admin1", "BR"), ("Brazil", "country", "BR")]),
    ("The quake shook the Distrito Federal and Puebla in Mexico.",
     [("Distrito Federal", "admin1", "MX"), ("Puebla", "admin1", "MX"), ("Mexico", "country", "MX")]),
    # Pakistan's former Kohistan District (curated: GeoNames' subsets hold only Afghanistan's); an Afghan story's
    # Kohistan stays Afghan.
    ("Flash floods in Kohistan killed 12 people in northern Pakistan.",
     [("Kohistan", "admin2", "PK"), ("Pakistan", "country", "PK")]),
    ("Flash floods in the Kohistan district killed 12 people, the Afghan government said.", [("Kohistan", "admin2", "AF")]),
])
def test_other_spellings_of_divisions_news_uses(gazetteer, text, expected):
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # A national Red Cross society's name takes in its country's in lower-cased text too, as capitals show it.
    ("the kenya red cross said on monday that 300 families had fled to nairobi.", [("nairobi", "city", "KE")]),
    ("A spokesman for the Kenya Red Cross said 300 families had fled to Nairobi.", [("Nairobi", "city", "KE")]),
    # Near miss: the charity named alone before the country.
    ("aid from the red cross reached kenya on monday.", [("kenya", "country", "KE")]),
])
def test_a_red_cross_society_s_country_is_no_mention(gazetteer, text, expected):
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "volcano" before a name names the volcano as after it: no far namesake town (Baker, Louisiana).
    ("Steam rose from the volcano Baker east of Seattle, officials in Washington said.",
     [("Seattle", "city", "US"), ("Washington", "admin1", "US")]),
    ("Lava from the volcano Kilauea reached Pahoa on Monday, Hawaii officials said.",
     [("Kilauea", "region", "US"), ("Pahoa", "city", "US"), ("Hawaii", "admin1", "US")]),  # (curated: the volcano)
    ("Ash from the volcano Etna fell on Catania in Sicily on Monday.",
     [("Catania", "city", "IT"), ("Sicily", "admin1", "IT")]),
    # Near misses: the town named after the volcano beside it stays, and so does the town named alone.
    ("Residents of Taal near the volcano Taal in Batangas fled on Monday.",
     [("Taal", "city", "PH"), ("Taal", "city", "PH"), ("Batangas", "admin2", "PH")]),
    ("Residents of Etna, Pennsylvania, fled the flood to Pittsburgh on Monday.",
     [("Etna", "city", "US"), ("Pennsylvania", "admin1", "US"), ("Pittsburgh", "city", "US")]),
])
def test_volcano_before_a_name_names_the_volcano(gazetteer, text, expected):
    assert [(m.text, m.place.kind, m.place.country) for m in gazetteer.find_mentions(text)] == expected


@pytest.mark.parametrize("text, place_id", [
    # Volcanoes of displacement news the GeoNames subsets lack or give only to a far town (curated).
    ("Lava from Kilauea reached Pahoa on Monday, and 1,700 people were told to leave.", "evacmap:kilauea-volcano"),
    ("scientists said mauna loa could erupt, and residents of hilo were told to prepare.", "evacmap:mauna-loa"),
    ("Lahars from Mount Rainier could reach Orting, officials in Washington said.", "evacmap:mount-rainier-volcano"),
    # Near miss: the Maryland town of the name, placed by its neighbours.
    ("Police in Mount Rainier and Hyattsville, Maryland, said on Monday.", "geonames:4363124"),
])
def test_curated_volcanoes(gazetteer, text, place_id):
    assert gazetteer.find_mentions(text)[0].place.id == place_id


@pytest.mark.parametrize("text, expected", [
    # Letters a text spells out in brackets after a place's name are that place, there and later.
    ("Floods hit Khyber Pakhtunkhwa (KP) on Monday. In KP, 20 people died, and families fled to Peshawar.",
     [("Khyber Pakhtunkhwa", "PK"), ("KP", "PK"), ("KP", "PK"), ("Peshawar", "PK")]),
    ("Rain hit the Distrito Federal (DF) in Brazil on Monday. In the DF, schools closed.",
     [("Distrito Federal", "BR"), ("DF", "BR"), ("Brazil", "BR"), ("DF", "BR")]),
    # Near misses: a wire's credit after a dateline, a body's letters after its place are no initials of the place.
    ("CINCINNATI (AP) -- The AP reported that rain hit Cincinnati on Monday.", [("CINCINNATI", "US"), ("Cincinnati", "US")]),
    ("Monitors in Georgia (DMUG) said on Monday that DMUG staff left Tbilisi.", [("Georgia", "GE"), ("Tbilisi", "GE")]),
    # ... and letters never spelled out stay no place.
    ("Families in KP fled to Peshawar on Monday.", [("Peshawar", "PK")]),
])
def test_letters_spelled_out_in_brackets_name_the_place(gazetteer, text, expected):
    assert [(m.text, m.place.country) for m in gazetteer.find_mentions(text)] == expected
