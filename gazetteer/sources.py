"""Gazetteer sources: one interface over the curated table, the world index and users' CSVs.

Every source is a name plus a compiled ``PlaceIndex``; they differ only in where the places come
from. ``preferred`` sources (hand-made tables) win ties against the world index.

>>> from gazetteer.model import Place
>>> source = Source.from_places("test", [Place("t:1", "Kyiv", 50.45, 30.52, "city", "UA")])
>>> [p.id for p, _ in source.lookup("Kiev")], [p.id for p, _ in source.lookup("Kyiv")]
([], ['t:1'])
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from gazetteer.csvsource import load_places_table, read_places_table
from gazetteer.errors import GazetteerRowError
from gazetteer.index import PlaceIndex, compile_index
from gazetteer.model import Place
from gazetteer.normalize import name_key


@dataclass
class Source:
    """A named set of places with their compiled index, and the caveats of some (place id ->
    caveat, see ``csvsource.CAVEATS``)."""

    name: str
    index: PlaceIndex
    preferred: bool = False
    caveats: Mapping[str, str] = field(default_factory=dict)

    def get(self, place_id: str) -> Place | None:
        """The place with this id in this source, or None."""
        return self.index.get(place_id)

    def lookup(self, name: str) -> list[tuple[Place, bool]]:
        """(place, named by its primary name) for every place this source knows by ``name``."""
        return self.index.candidates(name_key(name))

    @classmethod
    def from_places(cls, name: str, places: Iterable[Place], *, preferred: bool = True,
                    word_zipf: Mapping[str, float] | None = None, caveats: Mapping[str, str] | None = None) -> Source:
        """A source over places in memory."""
        return cls(name, compile_index(places, word_zipf), preferred, caveats or {})


def curated_source(word_zipf: Mapping[str, float] | None = None) -> tuple[Source, list[GazetteerRowError]]:
    """The curated table shipped with evacmap (``gazetteer/data/curated.csv``)."""
    # Beside this module (package data, see pyproject.toml), found without importlib.resources and its
    # imports (zipfile...): this runs at every start.
    table = Path(__file__).with_name("data") / "curated.csv"
    with table.open(encoding="utf-8", newline="") as stream:
        places, problems, caveats = read_places_table(stream, "gazetteer/data/curated.csv", id_prefix="evacmap:")
    return Source.from_places("curated", places, word_zipf=word_zipf, caveats=caveats), problems


def csv_source(path: str | Path, word_zipf: Mapping[str, float] | None = None) -> tuple[Source, list[GazetteerRowError]]:
    """A user's places CSV; raises ``GazetteerError`` when the file cannot be read."""
    places, problems, caveats = load_places_table(path, id_prefix="user:")
    return Source.from_places(f"csv:{Path(path).name}", places, word_zipf=word_zipf, caveats=caveats), problems
