"""Reading the places CSV format of the curated table and of users' gazetteers.

Columns: ``id,name,aliases,lat,lon,kind,country,parent,provenance`` and optionally ``population``
and ``caveat``; aliases are separated by ``|``. A bad row is reported and skipped, the good rows
still load. A caveat says when a name of the row is meant (see ``CAVEATS``).

>>> import io
>>> rows = io.StringIO("id,name,aliases,lat,lon,kind,country,parent,provenance\\n"
...                    "camp-1,Camp One,C1|Camp 1,36.2,37.1,site,SY,,survey\\n"
...                    "camp-2,Camp Two,,north,37.1,site,SY,,survey\\n")
>>> places, problems, caveats = read_places_table(rows, "camps.csv", id_prefix="user:")
>>> [(p.id, p.aliases) for p in places]
[('user:camp-1', ('C1', 'Camp 1'))]
>>> print(problems[0])
camps.csv:3: lat 'north' is not a number
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import TextIO

from gazetteer.errors import GazetteerError, GazetteerRowError, InvalidPlaceError
from gazetteer.model import Place

REQUIRED_COLUMNS = ("id", "name", "aliases", "lat", "lon", "kind", "country", "parent", "provenance")
#: What a row's ``caveat`` may say: "former", a former division whose other names are common words
#: ("Western", "Coast" of Kenya's provinces until 2013): they name it only in a text about its
#: country, and no name of it does where the text places it in another country; "homonym", a place
#: whose name is first a common noun ("Java", a language; "Burgundy", a wine): it names the place
#: only in a text about its country. See ``resolve.in_its_country``.
CAVEATS = frozenset({"former", "homonym"})


def load_places_csv(path: str | Path, *, id_prefix: str = "user:") -> tuple[list[Place], list[GazetteerRowError]]:
    """Places and row problems of a places CSV file.

    Ids without a namespace get ``id_prefix`` ("camp-1" -> "user:camp-1"); ids with one
    ("geonames:169577") are kept, so a row can extend or correct a world entry.
    Raises ``GazetteerError`` naming the file when it is missing, unreadable or lacks a column.
    """
    places, problems, _ = load_places_table(path, id_prefix=id_prefix)
    return places, problems


def load_places_table(path: str | Path, *,
                      id_prefix: str = "user:") -> tuple[list[Place], list[GazetteerRowError], dict[str, str]]:
    """Like ``load_places_csv``, with the caveats of the rows that have one (see ``read_places_table``)."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            return read_places_table(stream, str(path), id_prefix=id_prefix)
    except (OSError, UnicodeDecodeError) as error:
        raise GazetteerError(f"cannot read gazetteer CSV {path}: {error}") from error


def read_places_table(stream: TextIO, name: str, *,
                      id_prefix: str = "user:") -> tuple[list[Place], list[GazetteerRowError], dict[str, str]]:
    """Like ``load_places_table`` over an open text stream (``name`` is used in messages): the places, the row
    problems and the caveats of the rows that have one (place id -> caveat)."""
    reader = csv.DictReader(stream)
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise GazetteerError(f"{name}: missing column(s) {', '.join(missing)}; "
                             f"expected {','.join(REQUIRED_COLUMNS)}[,population][,caveat]")
    places: list[Place] = []
    problems: list[GazetteerRowError] = []
    caveats: dict[str, str] = {}
    seen: set[str] = set()
    for row in reader:
        line = reader.line_num
        try:
            place = _place_from_row(row, id_prefix)
            caveat = (row.get("caveat") or "").strip()
            if caveat and caveat not in CAVEATS:
                raise ValueError(f"caveat {caveat!r} is not one of {', '.join(sorted(CAVEATS))}")
        except (ValueError, InvalidPlaceError) as error:
            problems.append(GazetteerRowError(name, line, str(error)))
            continue
        if place.id in seen:
            problems.append(GazetteerRowError(name, line, f"duplicate id {place.id!r}"))
            continue
        seen.add(place.id)
        places.append(place)
        if caveat:
            caveats[place.id] = caveat
    return places, problems, caveats


def _number(row: dict, column: str, convert=float):
    text = (row.get(column) or "").strip()
    try:
        return convert(text)
    except ValueError:
        raise ValueError(f"{column} {text!r} is not a number") from None


def _place_from_row(row: dict, id_prefix: str) -> Place:
    if None in row:
        raise ValueError(f"{len(row[None])} value(s) more than the header has columns")
    place_id = (row["id"] or "").strip()
    if place_id and ":" not in place_id:
        place_id = id_prefix + place_id
    population = (row.get("population") or "").strip()
    return Place(
        id=place_id, name=(row["name"] or "").strip(),
        lat=_number(row, "lat"), lon=_number(row, "lon"),
        kind=(row["kind"] or "").strip(), country=(row["country"] or "").strip().upper(),
        parent=(row["parent"] or "").strip(),
        population=_number(row, "population", int) if population else 0,
        aliases=_aliases(row["aliases"] or ""), provenance=(row["provenance"] or "").strip())


def _aliases(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a.strip() for a in text.split("|") if a.strip()))

