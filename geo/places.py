"""The place step: the resolved place mentions of one document.

Its own module, apart from ``geo.pipeline``, so that ``evacmap places`` does not import (and compile the
patterns of) the report steps it never runs.
"""
from __future__ import annotations

from gazetteer import Gazetteer
from gazetteer.model import Mention
from geo.model import Document


def find_places(document: Document, gazetteer: Gazetteer) -> list[Mention]:
    """Place mentions of one document, each resolved in the document's context (streets, which
    the gazetteer finds but cannot place, left out: a map and a report need a point)."""
    return [m for m in gazetteer.find_mentions(document.text, document.id) if m.place is not None]
