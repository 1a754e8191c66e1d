"""Offline gazetteer: place index, recognition of place mentions, and resolution in context.

>>> from gazetteer import Gazetteer, Place
>>> gaz = Gazetteer.from_places([Place("t:1", "Jarabulus", 36.82, 38.01, "city", "SY", aliases=("Jarablus",))])
>>> [m.place.id for m in gaz.find_mentions("They left for Jarablous on Monday.")]
['t:1']
"""
from gazetteer.csvsource import load_places_csv
from gazetteer.errors import EvacmapError, GazetteerError, GazetteerRowError, InvalidPlaceError
from gazetteer.gazetteer import Gazetteer
from gazetteer.model import KINDS, Mention, Place
from gazetteer.sources import Source
from gazetteer.world import build_world_index

__all__ = ["Gazetteer", "Source", "Place", "Mention", "KINDS", "load_places_csv", "build_world_index",
           "EvacmapError", "GazetteerError", "GazetteerRowError", "InvalidPlaceError"]
