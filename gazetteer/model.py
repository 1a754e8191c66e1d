"""Value objects of the gazetteer: a gazetteer entry (Place) and a place mention in a document."""
from __future__ import annotations

from dataclasses import dataclass, field, fields

from gazetteer.errors import InvalidPlaceError

#: Kinds of place, broadest first. A mention's wording can ask for one ("Idlib province" is admin1).
KINDS = ("continent", "country", "admin1", "admin2", "region", "city", "district", "neighbourhood", "site")


@dataclass(frozen=True)
class Place:
    """One gazetteer entry.

    ``id`` is stable across runs and sources: ``geonames:<id>``, ``iso3166-2:<code>``,
    ``evacmap:<slug>`` (curated table) or ``user:<id>`` (a user's CSV).

    >>> Place("evacmap:x", "X", 91.0, 0.0, "city", "SY")
    Traceback (most recent call last):
    ...
    gazetteer.errors.InvalidPlaceError: X: latitude 91.0 is outside [-90, 90]
    """

    id: str
    name: str
    lat: float
    lon: float
    kind: str
    country: str = ""  # ISO 3166-1 alpha-2, "" when the place is in no single country
    parent: str = ""  # id of the enclosing place, "" when unknown
    population: int = 0
    aliases: tuple[str, ...] = ()
    provenance: str = ""
    # ids of every place enclosing it but its country, when a mention resolved it (``parent`` is only the nearest: a
    # city's district, whose state a reader needs to see the city in it); no part of its identity
    enclosing: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if not self.id or not self.name:
            raise InvalidPlaceError(f"a place needs an id and a name, got id={self.id!r} name={self.name!r}")
        if not -90.0 <= self.lat <= 90.0:
            raise InvalidPlaceError(f"{self.name}: latitude {self.lat} is outside [-90, 90]")
        if not -180.0 <= self.lon <= 180.0:
            raise InvalidPlaceError(f"{self.name}: longitude {self.lon} is outside [-180, 180]")
        if self.kind not in KINDS:
            raise InvalidPlaceError(f"{self.name}: kind {self.kind!r} is not one of {', '.join(KINDS)}")

    @classmethod
    def trusted(cls, *values) -> Place:
        """The place with these field values, all given in order, without the checks: for rows of
        a compiled index, checked when their places were made. A document meets thousands of
        places first seen there, and the frozen dataclass's ``__init__`` sets fields one by one.

        >>> row = ("evacmap:x", "X", 1.0, 2.0, "city", "SY", "", 0, (), "")
        >>> Place.trusted(*row) == Place(*row)
        True
        """
        place = object.__new__(cls)
        place.__dict__.update(zip(_PLACE_FIELDS, values))
        return place

    @property
    def lonlat(self) -> tuple[float, float]:
        """GeoJSON position [lon, lat], rounded to 6 decimals (about 0.1 m): the one place that swaps."""
        return (round(self.lon, 6), round(self.lat, 6))


_PLACE_FIELDS = tuple(f.name for f in fields(Place))


@dataclass(frozen=True)
class Mention:
    """A place name found in a document at ``text[start:end]``; ``place`` is None when unresolved."""

    doc_id: str
    text: str
    start: int
    end: int
    place: Place | None = None
    score: float = 0.0
