"""Resolution: pick one place per span, using what the rest of the document says.

Evidence, each a small additive score (see ``score``):

- prior: countries and regions over villages, larger towns over smaller ones, hand-made tables
  over the world index, a place's own name over an alias, and another spelling of its own name
  ("Tendelti" for Tandaltī) over an alias of another name;
- the document's country focus: countries named, demonyms ("Syrian"), unambiguous places (not
  for a town named like a division of another country the document is also about: "Ontario"; nor
  for a town written as another country spells its own name, unless a link or the division the
  document's other names point to places it: ``countries_spelled``);
- the document's region focus: the first-level divisions the other names of the document may lie
  in ("Alexandria" with "Douglas County" and "Brandon" is the one in Minnesota; a country's own
  name votes for none: "Italy" puts no "Naples" in Texas), and the ones most of the other names
  could lie in; not for a village named like a famous city of its country, unless several names
  agree ("the Mayor of Boston" beside "New York");
- wording that asks for a kind ("Idlib province" -> admin1, "the town of X" -> city);
- "X in Y", "X, Y" and "Y's X": X lies within Y (both sides gain); so do the names a bracket right after a name
  lists ("Washington State (Clark and King County)"), and a list before a bracket of one name ("Salem and Franklin
  (Ohio)"; ``_bracketed``);
- hierarchy with the places the document resolves elsewhere (al-Waer with Homs), more for an
  enclosing place named in the same sentence or the last one before naming a place (a county the wording asks for is placed by its state
  even when a state shares its name: "Washington and Benton counties");
- a list of names is a list of one kind: "Utah, Virginia, Washington and Wyoming" are states, and so is
  a name beside words for the divisions as a set ("every province": ``spans_beside_divisions``);
- nearness to the towns the document names unambiguously ("Hanover" beside "Bethel, Vt." is the
  one in New Hampshire across the river, not the larger one in Maryland).

A town that "X, Y" places where none of its candidates lies ("Stroud, Ontario") is left out, and so is
a small town far from the document's places a valley or a school is named like ("Canaan Valley", "Dunbar High
School": ``_named_after_a_far_town``), and
a place an island is named after that is no island's whole ("Ellis Island": ``_island_of_another_place``).
Ties are broken by population, then id: the output is deterministic.
"""
from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from collections.abc import Callable, Collection, Mapping, Sequence
from itertools import repeat
from operator import itemgetter, sub
from typing import TypeVar

from gazetteer.index import BIG_TOWN, COMMON_ZIPF, DIVISION_KIND_WORDS, GENERIC_WORDS
from gazetteer.model import Place
from gazetteer.normalize import SEPARATOR, Tokens, fold, name_key, spelling_of
from gazetteer.recognize import (COMPASS_ADJECTIVES, ISLAND, ISLAND_KINDS, LANDFORM_WORDS, LOCATING_WORDS, LOCATIVES, VOLCANO,
                                  Candidate, Span)

#: A span whose best candidate scores below this is left out (a small foreign village that
#: happens to share a name with a word of the text).
MIN_SCORE = 1.8
#: How much less a name needs where the wording places it and nothing else can be meant: a name no
#: English text uses as a word (``PLACED_ZIPF``) whose places are all towns of one country, after a
#: locative or a verb of a journey, or as the destination of "left X for Y" (see ``placed_by_wording``).
#: A town of 25,000 known by another spelling scores below MIN_SCORE on its own.
PLACED_SUPPORT, PLACED_ZIPF = 0.5, 1.0
#: A span below MIN_SCORE is still kept when another span names its best place with this confidence
#: (see ``_confirmed_by_namesakes``); a lower one is itself a guess among namesakes (a town and its
#: district sharing a name split a confident choice: "Masaka" 0.49).
CONFIRMING_CONFIDENCE = 0.3
ACCORDING = fold("according")  # "according to X" cites a source
#: Verbs of a journey whose object is where it starts or ends ("fled Jarablus", "reached Azaz").
PLACING_VERBS = frozenset(map(fold, ("fled", "reached", "entered", "left")))

KIND_PRIOR = {"continent": 2.5, "country": 3.0, "admin1": 2.0, "admin2": 1.0, "region": 2.0,
              "district": 1.0, "neighbourhood": 1.0, "site": 1.0}
CITY_PRIOR_PER_DECADE = 0.35  # a city's prior per tenfold of its people
PREFERRED_BONUS = 1.0  # curated and user tables were written for this domain
#: An alias of another name, when the span spells another candidate's own name (as far below it as an
#: alias is below an own name; see ``Candidate.by_other_name``).
OTHER_NAME = -0.5
FOCUS_WEIGHT = 2.0
LINK_BONUS = 3.0
KIND_ASKED_BONUS, KIND_NOT_ASKED = 3.0, -1.0
ANCESTOR_MENTIONED, CHILD_MENTIONED = 1.5, 0.5
#: More for an enclosing place named in the same sentence ("swans in Michigan ... in Monroe County") or the last
#: one before naming a place ("The University of Missouri reported cases. Nine were confirmed in Columbia").
ANCESTOR_IN_SENTENCE = 1.0
SAME_NAME_CAPITAL = -1.5  # "Idlib" alone is the city, not the governorate named after it
#: A city of a division's name this close to the division's point is the city it is named after, even
#: where the sources file the city under another division (GeoNames puts Khan Younis in "Gaza Strip",
#: ISO 3166-2 lists Khan Younis Governorate).
SAME_NAME_KM = 50.0
#: Letters two spellings of one name share at least (``difflib`` ratio): "Hamah" and "Hama" 0.89,
#: "Bani Suwayf" and "Beni Suef" 0.7; "Mormugao" and "Goa" 0.36.
RESPELLED_RATIO = 0.6
ACRONYM = -1.0  # "SANA" is the news agency more often than Sanaa
#: A place with a caveat read where its caveat says it is not meant (see ``in_its_country``): never chosen.
OUT_OF_ITS_COUNTRY = -10.0
REGION_WEIGHT = 2.0
COVER_WEIGHT, COVER_MIN = 0.5, 2
LIST_KIND_BONUS = 1.0
LIST_COUNTRY_BONUS = 1.0
NAMED_COUNTRY_CITY, BIG_CITY = 1.0, 1_000_000
#: A city this large is what its name means unless the document says otherwise: a namesake village
#: (under VILLAGE people) of its country needs a link, nearness or several names of its own division to
#: win (see ``RegionFocus.overshadowed``).
FAMOUS_CITY, VILLAGE = 500_000, 10_000
#: Nearness: a candidate this close to a place the document names with confidence gains up to
#: NEAR_BONUS, fading to nothing at NEAR_KM (local news names places of one area).
NEAR_BONUS, NEAR_KM, NEAR_CONFIDENCE, NEAR_MARGIN = 1.5, 120.0, 1.0, 3.0
KM_PER_DEGREE = 111.2
NEAR_KINDS = frozenset({"city", "admin2", "district", "neighbourhood", "site"})

Lookup = Callable[[str], Place | None]
T = TypeVar("T")  # a fact of a name (see ``per_name``)


def prior(candidate: Candidate) -> float:
    """Score of a candidate before any context.

    >>> from gazetteer.model import Place
    >>> town = Candidate(Place("x:1", "Paris", 33.66, -95.55, "city", "US", population=25_000), True, False)
    >>> city = Candidate(Place("x:2", "Paris", 48.85, 2.35, "city", "FR", population=2_138_551), True, False)
    >>> prior(city) > prior(town)
    True
    """
    place = candidate.place
    if place.kind == "city":
        base = CITY_PRIOR_PER_DECADE * math.log10(place.population + 1)
    else:
        base = KIND_PRIOR.get(place.kind, 1.0)
    return (base + (PREFERRED_BONUS if candidate.preferred else 0.0) + (0.3 if candidate.primary else -0.2)
            + (OTHER_NAME if candidate.by_other_name else 0.0))


class Hierarchy:
    """A lookup that remembers each place's ancestors: resolution asks for the ancestors of every
    candidate of every span, and a gazetteer meets the same candidates document after document.

    >>> from gazetteer.model import Place
    >>> sy = Place("c:sy", "Syria", 35, 38, "country", "SY")
    >>> homs = Place("c:homs", "Homs", 34.7, 36.7, "city", "SY", parent="c:sy")
    >>> hierarchy = Hierarchy({"c:sy": sy}.get)
    >>> [p.id for p in ancestors(homs, hierarchy)], "c:homs" in hierarchy.memo
    (['c:sy'], True)
    """

    def __init__(self, get: Lookup):
        self.get = get
        self.memo: dict[str, tuple[Place, ...]] = {}
        self.divisions: dict[str, str] = {}  # parent id -> its first-level division (see division_of)
        self.enclosing: dict[str, tuple[str, ...]] = {}  # place id -> see ``enclosing_ids``
        # fact -> span key -> (its candidates, the fact), see ``per_name``
        self.names: dict[Callable, dict[str, tuple[list[Candidate], object]]] = {}

    def __call__(self, place_id: str) -> Place | None:
        return self.get(place_id)


def ancestors(place: Place, get: Lookup, depth: int = 5) -> tuple[Place, ...]:
    """The places enclosing ``place``, innermost first (following ``parent`` ids that resolve);
    remembered when ``get`` is a ``Hierarchy``."""
    memo = get.memo if isinstance(get, Hierarchy) else None
    known = memo.get(place.id) if memo is not None else None
    if known is not None:
        return known
    out: list[Place] = []
    parent = place.parent
    while parent and depth and all(p.id != parent for p in out):
        enclosing = get(parent)
        if enclosing is None:
            break
        out.append(enclosing)
        parent = enclosing.parent
        depth -= 1
    if memo is not None:
        memo[place.id] = tuple(out)
    return tuple(out)


def enclosing_ids(place: Place, get: Lookup) -> tuple[str, ...]:
    """Ids of the places enclosing ``place`` but its country (``ancestors``), remembered when ``get``
    is a ``Hierarchy``: ``with_hierarchy`` asks whether any was chosen for every candidate of every
    span, and almost none was; ``within`` whether one is a place of a link or a list.

    >>> sy = Place("c:sy", "Syria", 35, 38, "country", "SY")
    >>> hs = Place("c:hs", "Homs Governorate", 34.7, 37, "admin1", "SY", parent="c:sy")
    >>> enclosing_ids(Place("c:homs", "Homs", 34.7, 36.7, "city", "SY", parent="c:hs"), {p.id: p for p in (sy, hs)}.get)
    ('c:hs',)
    """
    memo = get.enclosing if isinstance(get, Hierarchy) else {}
    ids = memo.get(place.id)
    if ids is None:
        ids = memo[place.id] = tuple(p.id for p in ancestors(place, get) if p.kind != "country")
    return ids


def per_name(fact: Callable[[Span, Lookup], T], span: Span, get: Lookup) -> T:
    """``fact(span, get)``, a fact of the span's candidates alone, remembered per name when ``get`` is a
    ``Hierarchy``, while the name comes with the same candidates (compared by identity at C level, not
    hashed): a gazetteer meets the same names document after document ("New York", "Washington"). What
    ``fact`` returns is shared between documents: never to be changed."""
    if not isinstance(get, Hierarchy):
        return fact(span, get)
    memo = get.names.get(fact)
    if memo is None:
        memo = get.names[fact] = {}
    known = memo.get(span.key)
    if known is not None and known[0] == span.candidates:
        return known[1]
    out = fact(span, get)
    memo[span.key] = (span.candidates, out)
    return out


def within(inner: Place, outer: Place, get: Lookup) -> bool:
    """True when ``outer`` encloses ``inner`` (by parent chain, or as its country).

    >>> from gazetteer.model import Place
    >>> sy = Place("c:sy", "Syria", 35, 38, "country", "SY")
    >>> homs = Place("c:homs", "Homs", 34.7, 36.7, "city", "SY", parent="c:sy")
    >>> within(homs, sy, lambda i: None), within(sy, homs, lambda i: None)
    (True, False)
    """
    if inner.id == outer.id:
        return False
    if outer.kind != "country":  # (most asks: a tuple of ids remembered per place, searched at C level)
        return outer.id in enclosing_ids(inner, get)
    if inner.country == outer.country and inner.kind != "country":
        return True
    return any(p.id == outer.id for p in ancestors(inner, get))


@dataclass(slots=True)
class Context:
    """What the document says around every span: country focus, links, first-pass choices. Never
    changed once made (not frozen: a frozen dataclass's ``__init__`` costs a call per field, and one
    is made twice per document)."""

    focus: Mapping[str, float]
    pairs: Sequence[tuple[int, int]]
    own_focus: Mapping[str, Mapping[str, float]] = field(default_factory=dict)  # key -> focus without its spans
    chosen: Mapping[str, frozenset[int]] = field(default_factory=dict)  # place id -> spans
    inside: Mapping[str, frozenset[int]] = field(default_factory=dict)  # place id -> spans within it
    regions: RegionFocus | None = None
    # span -> the kind its list mates share and, divisions of one country, that country ("" otherwise)
    list_kinds: Mapping[int, tuple[str, str]] = field(default_factory=dict)
    named: Mapping[str, frozenset[str]] = field(default_factory=dict)  # country code -> keys of spans naming it
    sentences: Sequence[int] = ()  # span -> the sentence it stands in (see ``sentence_of_spans``)
    caveats: Mapping[str, str] = field(default_factory=dict)  # place id -> caveat (see ``in_its_country``)
    # country code -> keys of the spans that speak for it ("" for a demonym), see ``in_its_country``
    speakers: Mapping[str, frozenset[str]] = field(default_factory=dict)
    country_names: dict[str, bool] = field(default_factory=dict)  # memo of ``_names_a_country`` per span key
    # country code -> (key, sentence) of the spans the first pass read as its first-level divisions
    divisions_named: Mapping[str, frozenset[tuple[str, int]]] = field(default_factory=dict)
    listed: frozenset[int] = frozenset()  # the spans in a list (see ``list_groups``)
    shadows: dict[tuple[int, str, bool, bool], bool] = field(default_factory=dict)  # memo of ``_shadowed`` (``focus_bonus``)
    spelled_countries: Mapping[int, frozenset[str]] = field(default_factory=dict)  # see ``countries_spelled``
    beside_divisions: frozenset[int] = frozenset()  # see ``spans_beside_divisions``
    # The spans in a link: most are in none, and a set answers for each of their candidates what a
    # loop over all the document's pairs would.
    linked: frozenset[int] = field(init=False)

    def __post_init__(self) -> None:
        self.linked = frozenset(i for pair in self.pairs for i in pair)


def span_votes(spans: Sequence[Span], background: Sequence[Span] = (),
               get: Lookup | None = None) -> list[tuple[str, str, float, bool]]:
    """(span key, country code, weight, the span names the country) of every span that says which
    country the text is about (``get``: see ``per_name``)."""
    out = []
    for weight, group in ((1.0, spans), (0.5, background)):
        for span in group:
            if span.acronym and all(acronym_of_another(span, c.place) for c in span.candidates):
                continue  # "a SWAT team" says nothing of Pakistan
            notable, votes = per_name(name_vote, span, get)
            if weight < 1.0 and not notable:
                continue  # an organisation is named after a country, a state or a city, not a hamlet
            out.extend((span.key, code, share * weight, names_country) for code, share, names_country in votes)
    return out


def name_vote(span: Span, get: Lookup | None = None) -> tuple[bool, tuple[tuple[str, float, bool], ...]]:
    """Whether an organisation could be named after the span's name (a country, a first-level
    division or a town of BIG_TOWN people may be), and the votes the name gives the country focus:
    (country code, its share of a name's weight, the name is the country's) each.

    >>> from gazetteer.model import Place
    >>> def named(*places): return Span(0, 0, 0, 1, "x", 0.0, [Candidate(p, True, False) for p in places])
    >>> name_vote(named(Place("c:sy", "Syria", 35, 38, "country", "SY")))
    (True, (('SY', 1.0, True),))
    >>> name_vote(named(Place("t:1", "Homs", 34.7, 36.7, "city", "SY", population=700_000)))
    (True, (('SY', 0.5, False),))
    >>> name_vote(named(Place("c:cd", "DR Congo", 0, 25, "country", "CD"), Place("c:cg", "Congo", -1, 15, "country", "CG")))
    (True, (('CD', 0.5, True), ('CG', 0.5, True)))
    """
    candidates = span.candidates
    notable = any(c.place.kind in ("country", "admin1") or c.place.population >= BIG_TOWN for c in candidates)
    countries = sorted({c.place.country for c in candidates if c.place.kind == "country"})
    codes = {c.place.country for c in candidates}
    if countries:
        # "Georgia" names a country or a US state: it says nothing about the focus. "Congo", either
        # Congo, says the story is about one of them.
        if any(c.primary and c.place.kind == "admin1" and c.place.country not in countries for c in candidates):
            return notable, ()
        return notable, tuple((code, 1.0 / len(countries), True) for code in countries)
    if len(codes) == 1 and "" not in codes and any(c.primary or c.preferred for c in candidates):
        # (Not a name that is only another place's alternate name in the world index:
        # "Hamas" would vouch for Germany, where Hamm is also called so. A hand-made
        # table's spellings are meant.)
        return notable, ((codes.pop(), 0.5, False),)
    # The own name of one first-level division speaks for its country when only
    # small towns share it: "England" for the United Kingdom, not "Columbus".
    divisions = {c.place.country for c in candidates if c.primary and c.place.kind == "admin1"}
    if len(divisions) == 1 and all(c.place.population < BIG_TOWN for c in candidates):
        return notable, ((divisions.pop(), 0.5, False),)
    return notable, ()


def _tally(demonym_countries: Sequence[str], votes_of_spans: Sequence[tuple[str, str, float, bool]]) -> dict[str, float]:
    """Votes per country code: 0.5 per demonym, a span's weight per span. (Halves and quarters: their
    sums are exact in any order, so ``_own_focuses`` can take some away again.)"""
    votes: defaultdict[str, float] = defaultdict(float)  # not a Counter: its methods are Python code
    for code in demonym_countries:
        votes[code] += 0.5
    for _, code, weight, _ in votes_of_spans:
        votes[code] += weight
    return votes


def _speakers(spans: Sequence[Span], votes_of_spans: Sequence[tuple[str, str, float, bool]],
              demonym_countries: Sequence[str], caveats: Mapping[str, str]) -> dict[str, frozenset[str]]:
    """Per country code, the keys of the spans that vote for it ("" for a demonym); not those of the
    spans whose places all have a caveat: "the Rift Valley" and "the Coast" do not vouch for each other."""
    # (Most spans' first candidate is no hand-made table's: ``all`` stops there.)
    caveated = {s.key for s in spans if all(c.preferred and c.place.id in caveats for c in s.candidates)}
    out: dict[str, set[str]] = {code: {""} for code in demonym_countries}
    for key, code, _, _ in votes_of_spans:
        if key not in caveated:
            out.setdefault(code, set()).add(key)
    return {code: frozenset(keys) for code, keys in out.items()}


def _country_names(votes_of_spans: Sequence[tuple[str, str, float, bool]]) -> dict[str, dict[str, float]]:
    """Per key of the spans that name a country, the votes they give, per country code (one pass over
    the votes, however many countries a document names)."""
    out: dict[str, dict[str, float]] = {}
    for named_as, code, weight, named in votes_of_spans:
        if named:
            given = out.setdefault(named_as, {})
            given[code] = given.get(code, 0.0) + weight
    return out


def _own_focuses(tally: Mapping[str, float],
                 votes_of_spans: Sequence[tuple[str, str, float, bool]]) -> dict[str, dict[str, float]]:
    """Per key of the spans that name a country, the focus without their votes (``_shares`` of the
    votes left, as a mapping: the shares are looked up): a country's name does not support itself.

    The shares of the countries the key does not name depend only on the votes left in all: they are
    worked out once per such sum and copied at C level (a document listing sixty countries, each
    once, had sixty foci of sixty shares worked out one by one).

    >>> _own_focuses({"SY": 2.0, "LB": 1.0, "TR": 0.5}, [("syria", "SY", 1.0, True), ("lebanon", "LB", 1.0, True)])
    {'syria': {'SY': 0.4, 'LB': 0.4, 'TR': 0.2}, 'lebanon': {'SY': 0.8, 'TR': 0.2}}
    """
    total = sum(tally.values())
    by_votes_left: dict[float, dict[str, float]] = {}  # (sums of halves and quarters: exact)
    out = {}
    for key, given in _country_names(votes_of_spans).items():
        left = total - sum(given.values())
        if not left:
            out[key] = {}
            continue
        others = by_votes_left.get(left)
        if others is None:
            others = by_votes_left[left] = {code: round(v / left, 3) for code, v in tally.items() if v}
        own = out[key] = dict(others)
        for code, weight in given.items():
            if tally[code] - weight:
                own[code] = round((tally[code] - weight) / left, 3)
            else:
                del own[code]
    return out


def _shares(votes: Mapping[str, float]) -> dict[str, float]:
    """Each country's share of the votes, largest first; none for a country left with no vote."""
    total = sum(votes.values())
    ranked = sorted(votes.items(), key=itemgetter(1), reverse=True)
    return {code: round(v / total, 3) for code, v in ranked if v} if total else {}


def division_of(place: Place, get: Lookup) -> str:
    """Id of the first-level division ``place`` lies in (itself for a division), "" when none;
    remembered by parent when ``get`` is a ``Hierarchy`` (the towns of a county share the answer).

    >>> mn = Place("d:mn", "Minnesota", 46, -94, "admin1", "US")
    >>> county = Place("c:douglas", "Douglas County", 45.9, -95.5, "admin2", "US", parent="d:mn")
    >>> town = Place("t:alexandria", "Alexandria", 45.9, -95.4, "city", "US", parent="c:douglas")
    >>> division_of(town, Hierarchy({p.id: p for p in (mn, county)}.get)), division_of(mn, lambda i: None)
    ('d:mn', 'd:mn')
    """
    if place.kind == "admin1":
        return place.id
    if place.kind == "country" or not place.parent:
        return ""
    memo = get.divisions if isinstance(get, Hierarchy) else {}
    division = memo.get(place.parent)
    if division is None:
        parent = get(place.parent)
        division = memo[place.parent] = "" if parent is None or parent.id == place.id else division_of(parent, get)
    return division


class RegionFocus:
    """Where in its countries the document is: each distinct name votes for the first-level
    divisions its candidates lie in, one vote shared among them ("Brandon", a town in ten states,
    gives each a tenth; "Douglas County" in eleven, an eleventh). Local news names many small
    places that each exist in several states; only the right state is shared by most of them.

    >>> from gazetteer.model import Place
    >>> mn, ga = Place("d:mn", "Minnesota", 46, -94, "admin1", "US"), Place("d:ga", "Georgia", 33, -83, "admin1", "US")
    >>> def town(n, d): return Candidate(Place(f"t:{n}{d.id}", n, 0, 0, "city", "US", parent=d.id), True, False)
    >>> spans = [Span(0, 0, 0, 1, k, 0.0, [town(k, mn), town(k, ga)] if k != "nelson" else [town(k, mn)])
    ...          for k in ("alexandria", "brandon", "nelson")]
    >>> focus = RegionFocus(spans, {p.id: p for p in (mn, ga)}.get)
    >>> [round(focus.bonus(spans[0], c), 2) for c in spans[0].candidates]
    [2.0, 0.5]
    """

    def __init__(self, spans: Sequence[Span], get: Lookup, speakers: Mapping[str, frozenset[str]] | None = None):
        self.get = get
        self.speakers = speakers or {}  # see ``Context.speakers``
        self.country_names: dict[str, bool] = {}  # memo of ``_names_a_country``
        # (span key, country) -> the name is a rival division's for a town of that country (``_rival_division``)
        self.first_division_names: dict[tuple[str, str], bool] = {}
        # (span key, country) -> the name is the short one of a first-level division of it (``_short_name_of_a_division``)
        self.short_division_names: dict[tuple[str, str], bool] = {}
        self.famous: dict[str, tuple[tuple[str, int], ...]] = {}  # span key -> (country, people) of its famous cities
        self.spans = spans
        self.own_names: dict[str, frozenset[str]] = {}  # division -> keys of the spans that are its own name
        # Plain dicts, not Counters: Counter's methods are Python code, and this runs per document.
        self.by_key: dict[str, dict[str, float]] = {}
        self.covers: dict[str, Collection[str]] = {}  # span key -> the divisions the name could lie in
        self.cover: dict[str, int] = {}  # division -> how many names have a candidate in it
        for span in spans:
            if span.key in self.by_key:
                continue  # a name repeated is no more evidence than the name once
            self.by_key[span.key], covers = per_name(division_votes, span, get)
            self.covers[span.key] = covers
            for division in covers:
                self.cover[division] = self.cover.get(division, 0) + 1
        self.votes: dict[str, float] = {}
        self.voters: dict[str, int] = {}  # division -> how many names vote for it
        for votes in self.by_key.values():
            for division, vote in votes.items():
                self.votes[division] = vote + self.votes.get(division, 0.0)
                self.voters[division] = self.voters.get(division, 0) + 1
        self.placed = sum(bool(votes) for votes in self.by_key.values())  # names with any division
        # The divisions ``supported`` may hold for some name: one a name votes for, or COVER_MIN names could lie in.
        # (Most candidates lie in none: ``bonus`` answers them without a call.)
        self.supportable = self.voters.keys() | {d for d, names in self.cover.items() if names >= COVER_MIN}
        # fsum: exact whatever the order; a name's votes come in its candidates' set order, and a plain sum's
        # last bit decided margins compared exactly (a run's hash seed moved a county's confidence)
        self.total = math.fsum(self.votes.values())
        self.others = {key: self.total - math.fsum(votes.values()) for key, votes in self.by_key.items()}
        self.top: dict[str, float] = {}  # span key -> the largest ``share`` of any division (``leads``)

    def share(self, key: str, division: str) -> float:
        """Share of the votes of the *other* names for ``division`` (a name does not support itself)."""
        total = self.others.get(key, self.total)
        own = self.by_key.get(key)
        mine = own.get(division, 0.0) if own is not None else 0.0
        return (self.votes.get(division, 0.0) - mine) / total if total > 0 else 0.0

    def bonus(self, span: Span, candidate: Candidate) -> float:
        """Support for ``candidate`` (a division: its own share) as the place ``span`` names; none
        for a town named like a first-level division ("Wales", a town in England, beside "England"),
        unless that is a foreign one no other name speaks of (see ``_rival_division``)."""
        place = candidate.place
        if place.kind in ("country", "continent"):
            return 0.0
        # (Most candidates carry their division: read without a call, this runs for every candidate.)
        division = candidate.division if candidate.division is not None else _division(candidate, self.get)
        if not division or division not in self.supportable or not self.supported(span.key, division):
            return 0.0  # (most candidates of a name of many places: answered before the tests below)
        if place.kind != "admin1":
            named = self.first_division_names.get((span.key, place.country))
            if named is None:
                named = self.first_division_names[(span.key, place.country)] = (
                    _names_a_first_division(span) and _rival_division(span, place, self.speakers, self.country_names))
            if named:
                return 0.0
            if place.population < VILLAGE:
                short = self.short_division_names.get((span.key, place.country))
                if short is None:
                    short = self.short_division_names[(span.key, place.country)] = _short_name_of_a_division(
                        span, place.country)
                if short:
                    return 0.0
        if place.population < VILLAGE and self.overshadowed(span, candidate, division):
            return 0.0
        return REGION_WEIGHT * self.share(span.key, division) + self.covered(span.key, division)

    def leads(self, key: str, division: str) -> bool:
        """The other names vote for ``division`` more than for any other (``share``; ties lead too):
        the document is local to it."""
        top = self.top.get(key)
        if top is None:
            top = self.top[key] = max((self.share(key, other) for other in self.votes), default=0.0)
        share = self.share(key, division)
        return share > 0 and share >= top

    def supported(self, key: str, division: str) -> bool:
        """Some other name votes for ``division`` (``share``), or enough could lie in it (``covered``):
        otherwise both are nothing."""
        own = self.by_key.get(key)
        mine = own is not None and division in own
        return self.voters.get(division, 0) > mine or self.others_covering(key, division) >= COVER_MIN

    def overshadowed(self, span: Span, candidate: Candidate, division: str) -> bool:
        """``candidate`` is a village named like a famous city of its country (``FAMOUS_CITY``), and
        fewer than COVER_MIN other names of the document (not the division's own) could lie in its division:
        the region it lies in is no evidence against the city. "The Mayor of Boston" in a story that also names New York
        (the state) is Boston, Massachusetts, not the village of Boston, New York; a story naming
        Hamburg and Orchard Park beside it is about the village. A town of VILLAGE people is known in
        its state ("Manhattan" in a story about Kansas)."""
        if candidate.place.kind != "city" or candidate.place.population >= VILLAGE:
            return False
        famous = self.famous.get(span.key)
        if famous is None:
            famous = self.famous[span.key] = tuple(
                (c.place.country, c.place.population) for c in span.candidates
                if c.primary and c.place.kind == "city" and c.place.population >= FAMOUS_CITY)
        if not any(code == candidate.place.country
                   or population >= BIG_CITY and self.speakers.get(code, frozenset()) - {span.key}
                   for code, population in famous):
            # The country focus speaks between countries ("Paris" in a story about Tennessee), unless the
            # document also speaks of the country of a city of BIG_CITY people of the name ("Toronto"
            # beside "Canada" in a story that names Ohio; see NAMED_COUNTRY_CITY).
            return False
        # The division's own name is the state named elsewhere, no second name of a town in it: "Chicago,
        # Illinois" is one Illinois name against Cairo, Egypt.
        own = self.own_names.get(division)
        if own is None:
            own = self.own_names[division] = frozenset(
                s.key for s in self.spans if any(c.primary and c.place.id == division for c in s.candidates))
        return self.others_covering(span.key, division) - len(own - {span.key}) < COVER_MIN

    def covered(self, key: str, division: str) -> float:
        """Support for ``division`` from the share of the other names that *could* lie in it, however
        many namesakes each has elsewhere: "Richmond" with "Berea" and "Irvine", each a town in
        several states, is in Kentucky, the one state that has all three. At least COVER_MIN other
        names must agree (two names share some state by chance)."""
        others = self.others_covering(key, division)
        return COVER_WEIGHT * others / (self.placed - bool(self.by_key.get(key))) if others >= COVER_MIN else 0.0

    def others_covering(self, key: str, division: str) -> int:
        """How many names other than ``key`` could lie in ``division``."""
        own = self.covers.get(key)
        return self.cover.get(division, 0) - (own is not None and division in own)


#: (first-level division -> its share of a name's one vote, the divisions the name could lie in)
DivisionVotes = tuple[dict[str, float], Collection[str]]


def division_votes(span: Span, get: Lookup) -> DivisionVotes:
    """What the span's name says of the region focus (see ``RegionFocus``): its vote shared among the
    first-level divisions its candidates lie in, and the divisions it could lie in (``per_name``: each
    candidate's division costs a call).

    >>> mn = Place("d:mn", "Minnesota", 46, -94, "admin1", "US")
    >>> town = Candidate(Place("t:1", "Alexandria", 0, 0, "city", "US", parent="d:mn"), True, False)
    >>> division_votes(Span(0, 0, 0, 1, "alexandria", 0.0, [town]), {"d:mn": mn}.get)
    ({'d:mn': 1.0}, {'d:mn'})
    >>> italy = Candidate(Place("c:it", "Italy", 42.8, 12.8, "country", "IT"), True, False)
    >>> division_votes(Span(0, 0, 0, 1, "italy", 0.0, [italy, town]), {"d:mn": mn}.get)
    ({}, set())
    """
    owns = {c.place.kind for c in span.candidates if c.primary}
    if "country" in owns and "admin1" not in owns:
        # The own name of a country speaks for the country (the country focus), not for the states of
        # the towns named after it: "Italy and Spain" puts no "Naples" in Texas, where Italy is a town.
        # ("Georgia", a state too, still speaks for the state.)
        return {}, set()
    divisions = {_division(c, get) for c in span.candidates} - {""}
    # The own name of a division ("England") lies in that division, not in its towns' ones; a village
    # named like a famous city is not what the name could mean ("San Diego" is no Texan name).
    return ({d: 1.0 / len(divisions) for d in divisions},
            {c.place.id for c in span.candidates if c.primary and c.place.kind == "admin1"}
            or {_division(c, get) for c in span.candidates if not _namesake_village(span, c.place)} - {""})


def _namesake_village(span: Span, place: Place) -> bool:
    """``place`` is a town under VILLAGE people and the span is the own name of a city of FAMOUS_CITY
    people (``_names_another_famous_city``)."""
    return place.kind == "city" and place.population < VILLAGE and _names_another_famous_city(span, place)


def _division(candidate: Candidate, get: Lookup) -> str:
    return candidate.division if candidate.division is not None else division_of(candidate.place, get)


def gaps(spans: Sequence[Span], tokens: Tokens, text: str) -> list[tuple[list[str], bool]]:
    """What stands between each span and the next: the keys of the tokens between them, and
    whether that is a comma alone. Worked out once per document: links and lists both read it.

    >>> from gazetteer.normalize import tokenize
    >>> text = "Homs, Syria and Idlib"
    >>> tokens = tokenize(text)
    >>> gaps([Span(i, i, tokens.starts[i], tokens.ends[i], tokens.keys[i], 0.0, []) for i in (0, 2, 4)], tokens, text)
    [(['|'], True), (['and'], False)]
    """
    out = []
    for x, y in zip(spans, spans[1:]):
        keys = tokens.keys[x.last + 1:y.first]
        out.append((keys, keys == [SEPARATOR] and text[x.end:y.start].strip() == ","))
    return out


#: What joins the last two names of a list (``gaps`` keys).
_CONJUNCTIONS = (["and"], ["or"], [SEPARATOR, "and"], [SEPARATOR, "or"])


#: What places one name in the next (``gaps`` keys), after the comma of an aside too ("Georgia, in the
#: United States"; not after a full stop: "cases in Georgia. In the United States, ...").
_IN = (["in"], ["in", "the"])
#: After a name and its kind word, what places it in the next name ("the Plateau region of Togo").
_OF = ["of"]


def links(spans: Sequence[Span], between: Sequence[tuple[list[str], bool]], text: str,
          get: Lookup) -> list[tuple[int, int]]:
    """(inner, outer) span index pairs from "X in Y", "X in the Y", "X, in the Y", "X, Y", "Y's X", "X
    region of Y" (any kind word the span asks for: ``Span.kinds``) and "Y (X" (``between``: the ``gaps`` of
    the spans; "Y (X": see ``_bracketed``).

    Names in a list ("Alaska, Alabama, Arizona, Arkansas") are not inside one another: a comma
    links two names only in a run of at most three ("Springfield, Illinois, USA"), and not three
    names of divisions or countries ending with "and" or "or" ("Washington, Pennsylvania and
    California" are three states), nor two names a plural kind word lists ("the districts of Nsanje, Phalombe,
    Zomba": each is a district, none in another).
    """
    commas = [comma for _, comma in between]
    pairs = []
    for a, (keys, comma) in enumerate(between):
        if spans[a].possessive and not keys:
            pairs.append((a + 1, a))  # Syria's Homs
        elif (keys in _IN or keys[1:] in _IN and keys[0] == SEPARATOR and _comma_after(spans[a], text)
              or keys == _OF and spans[a].kinds):  # "the Tillaberi region of Niger"
            pairs.append((a, a + 1))
        elif (comma and _run_length(commas, a) <= 3 and not _listed_divisions(spans, between, a)
              and not (spans[a].listed and spans[a + 1].listed)):
            pairs.append((a, a + 1))
        if keys == [SEPARATOR] and text[spans[a].end:spans[a + 1].start].strip() == "(":
            pairs.extend(_bracketed(spans, a, between, text, get))
    return pairs


#: How far a bracket after a name may run and still list places within it, and how many names listed before a
#: bracket of one name it may hold.
_BRACKET_CHARS, _BRACKET_LIST = 200, 12


def _bracketed(spans: Sequence[Span], a: int, between: Sequence[tuple[list[str], bool]], text: str,
               get: Lookup) -> list[tuple[int, int]]:
    """The links of a bracket right after ``spans[a]``: each name the bracket lists that may lie within the name
    before it does ("Washington State (Vancouver, Clark and King County)", "Texas (Harris and Bell counties)"), and
    a name alone in it may hold the name before it and the names listed with that one instead ("Paris (Texas)";
    "Chanchamayo, San Ramón and Pangoa (Junín)"). The bracket ends at ")", ";", a new line or another bracket. Only
    a pair some of whose candidates do lie one within the other links: a link's inner name is read as placed by it."""
    pairs = []
    start = spans[a].end
    for j in range(a + 1, len(spans)):
        between_names = text[start:spans[j].start]
        if j > a + 1 and (len(between_names) > _BRACKET_CHARS or any(c in between_names for c in ");\n")
                          or between_names.count("(") > 1):
            break
        if _may_lie_within(spans[j], spans[a], get):
            pairs.append((j, a))
    if not pairs and text[spans[a + 1].end:spans[a + 1].end + 2].lstrip()[:1] == ")":
        listed = a  # the names listed before the bracket, joined by commas, "and" or "or"
        while listed > 0 and a - listed < _BRACKET_LIST and (
                between[listed - 1][1] or between[listed - 1][0] in _CONJUNCTIONS):
            listed -= 1
        pairs += [(k, a + 1) for k in range(listed, a + 1) if _may_lie_within(spans[k], spans[a + 1], get)]
    return pairs


def _may_lie_within(inner: Span, outer: Span, get: Lookup) -> bool:
    """Some candidate of ``inner`` lies within one of ``outer``'s."""
    return any(within(c.place, o.place, get) for c in inner.candidates for o in outer.candidates)


def _comma_after(span: Span, text: str) -> bool:
    """A comma follows the span (the punctuation after it may be a full stop or a dash)."""
    return text[span.end:span.end + 3].lstrip()[:1] == ","


def _listed_divisions(spans: Sequence[Span], between: Sequence[tuple[list[str], bool]], a: int) -> bool:
    """Spans from ``a`` on are "X, Y and Z" (or "or"; or longer, "W, X, Y and Z"), each the own name of a division
    or a country, or the short name of a division of a country the others name ("Manica" of Manica Province): a list,
    not a town X in Y ("Manica, Sofala, Tete and Zambezia" are four provinces)."""
    last = a + 1  # the gap that joins the list's last name, after the commas
    while last < len(between) and between[last][1] and between[last][0] not in _CONJUNCTIONS:
        last += 1
    if last + 1 >= len(spans) or between[last][0] not in _CONJUNCTIONS:
        return False
    listed = [spans[i] for i in range(a, last + 2)]
    countries = frozenset().union(*(_division_countries(span) for span in listed))
    return all(_names_a_division(span) or any(_short_name_of_a_division(span, code) for code in countries)
               for span in listed)


def list_groups(between: Sequence[tuple[list[str], bool]]) -> list[list[int]]:
    """Runs of span indices that form a list: names joined by commas, "and" or "or", with an
    "and"/"or" among the joins or four names or more ("Springfield, Illinois" is no list);
    ``between``: the ``gaps`` of the spans.

    >>> from gazetteer.normalize import tokenize
    >>> text = "Utah, Virginia, Washington and Wyoming; Springfield, Illinois."
    >>> tokens = tokenize(text)
    >>> spans = [Span(i, i, tokens.starts[i], tokens.ends[i], tokens.keys[i], 0.0, []) for i in (0, 2, 4, 6, 8, 10)]
    >>> list_groups(gaps(spans, tokens, text))
    [[0, 1, 2, 3]]
    """
    groups, current, listed = [], [0], False
    for a, (keys, comma) in enumerate(between):
        conjunction = keys in _CONJUNCTIONS
        if conjunction or comma:
            current.append(a + 1)
            listed = listed or conjunction
            continue
        if listed or len(current) >= 4:
            groups.append(current)
        current, listed = [a + 1], False
    if listed or len(current) >= 4:
        groups.append(current)
    return groups


def _list_kinds(groups: Sequence[Sequence[int]], first: Mapping[int, Place]) -> dict[int, tuple[str, str]]:
    """For each listed span, the kind (first-level division or country) all its resolved list
    mates have, if they agree, and the country they are divisions of when it is one ("" otherwise)."""
    out = {}
    for group in groups:
        for i in group:
            mates = [first[j] for j in group if j != i and j in first]
            kinds = {p.kind for p in mates}
            if len(kinds) == 1 and kinds <= {"admin1", "country"}:
                countries = {p.country for p in mates}
                kind = kinds.pop()
                out[i] = kind, countries.pop() if kind == "admin1" and len(countries) == 1 else ""
    return out


def _run_length(commas: Sequence[bool], a: int) -> int:
    """How many names the comma-joined run through ``commas[a]`` holds.

    >>> _run_length([True, False, True, True, True], 0), _run_length([True, False, True, True, True], 3)
    (2, 4)
    """
    first, last = a, a
    while first > 0 and commas[first - 1]:
        first -= 1
    while last + 1 < len(commas) and commas[last + 1]:
        last += 1
    return last - first + 2


def score(span_index: int, candidate: Candidate, spans: Sequence[Span], context: Context, get: Lookup) -> float:
    """Evidence for ``candidate`` as the place meant by ``spans[span_index]``."""
    return with_hierarchy(local_score(span_index, candidate, spans, context, get), span_index, candidate, spans,
                          context, get)


def local_score(span_index: int, candidate: Candidate, spans: Sequence[Span], context: Context, get: Lookup) -> float:
    """The evidence that does not depend on the places chosen elsewhere: prior, focus, wording, links."""
    span, place = spans[span_index], candidate.place
    focus = context.own_focus.get(span.key, context.focus)
    total = prior(candidate) + focus_bonus(span_index, candidate, context, span, focus)
    if (place.kind == "city" and place.population >= BIG_CITY and candidate.primary and not _names_a_division(span)
            and context.named.get(place.country, frozenset()) - {span.key}):
        # "Rome" in a story that names Italy, however often it names the US (not "New York",
        # which names a state too); by its own name only: "Cancún" is no other spelling of
        # Changchun for a story that names China in passing.
        total += NAMED_COUNTRY_CITY
    if span.acronym and acronym_of_another(span, place):  # (most spans are no acronym: asked without a call)
        # In capitals, a place of a country nothing else of the document speaks for is a team or an
        # agency ("a SWAT team" in Georgia is no district of Pakistan; "SANA reported" in Syria); joined to
        # another acronym it is one of two bodies wherever the document is ("clashes between SAF and RSF" in a
        # story naming Egypt is no Aş Şaff), and so is one spelling out the words before it ("the Sudanese Armed
        # Forces (SAF)").
        alone = not (span.paired or span.spelled)
        total += ACRONYM if alone and in_its_country(span_index, candidate, "acronym", spans, context, get) \
            else OUT_OF_ITS_COUNTRY
    if span.kinds:
        asked = place.kind in span.kinds and not (
            _spelled_otherwise(span.key, place) and any(c.primary for c in span.candidates))
        total += KIND_ASKED_BONUS if asked else kind_not_asked(span)
    elif place.kind == "admin1" and place.id in per_name(divisions_named_after_a_city, span, get):
        total += SAME_NAME_CAPITAL
    elif (place.kind == "city" and place.population >= BIG_TOWN
          and (countries := span.division_countries if span.division_countries is not None
               else _division_countries(span))  # (most cities' names are no division's)
          and (len(countries) > 1 or place.country not in countries)
          and place.id in per_name(division_seats, span, get)):
        # Against a division elsewhere, a city of 100,000 a first-level division of the name is named after is
        # as well known as a division, whatever the sources count in it: "Gaza" is Gaza City (410,000)
        # before a province of Mozambique (a division's prior; ties go to the larger place); a town is not:
        # "Florida" alone is the US state, not the seat (33,000) of Uruguay's Florida department.
        total += max(0.0, KIND_PRIOR["admin1"] - CITY_PRIOR_PER_DECADE * math.log10(place.population + 1))
    if candidate.preferred and context.caveats and place.id in context.caveats and not in_its_country(
            span_index, candidate, context.caveats[place.id], spans, context, get):
        total += OUT_OF_ITS_COUNTRY
    elif (place.kind in ("admin1", "admin2") and generic_division(span, candidate)
          or place.kind == "city" and numbered_town(span)) and not in_its_country(
            span_index, candidate, "homonym", spans, context, get):  # (most candidates are neither: no call)
        total += OUT_OF_ITS_COUNTRY
    for inner, outer in context.pairs if _in_a_link(span_index, candidate, context, span) else ():
        if inner == span_index and any(within(place, c.place, get) or filed_beside(place, span, c.place, get)
                                       for c in spans[outer].candidates):
            total += LINK_BONUS
        elif outer == span_index and any(within(c.place, place, get) for c in spans[inner].candidates):
            total += LINK_BONUS
    return total


def filed_beside(town: Place, span: Span, division: Place, get: Lookup) -> bool:
    """A link places ``town`` in the second-level ``division`` though a source files it elsewhere: none of the
    span's candidates lies in the division, and this one lies near its point (a province split in two
    keeps its name on the older half: "Santa Maria, Davao del Sur" is the town GeoNames files under Davao
    Occidental). The same nearness keeps a link's town from being left out (``_placed_where_none_is``).

    >>> province = Place("t:p", "Davao del Sur", 6.94, 125.39, "admin2", "PH")
    >>> near = Place("t:1", "Santa Maria", 6.55, 125.47, "city", "PH", parent="t:o")
    >>> far = Place("t:2", "Santa Maria", 15.52, 120.79, "city", "PH", parent="t:b")
    >>> inside = Place("t:3", "Santa Maria", 6.9, 125.4, "city", "PH", parent="t:p")
    >>> span = Span(0, 0, 0, 11, "santa maria", 0.0, [Candidate(p, True, False) for p in (near, far)])
    >>> get = {"t:p": province}.get
    >>> filed_beside(near, span, province, get), filed_beside(far, span, province, get)
    (True, False)
    >>> span.candidates.append(Candidate(inside, True, False))
    >>> filed_beside(near, span, province, get)
    False
    """
    return (division.kind == "admin2" and town.kind in NEAR_KINDS
            and nearest_km(town, ((division.lat, division.lon),)) < NEAR_KM
            and not any(within(c.place, division, get) for c in span.candidates))


def _in_a_link(span_index: int, candidate: Candidate, context: Context, span: Span) -> bool:
    """The span is in a link ("X, Y", "X in Y") that may place ``candidate`` (``linkable``)."""
    return span_index in context.linked and linkable(span, candidate)


def linkable(span: Span, candidate: Candidate) -> bool:
    """A link ("X, Y", "X in Y") may place ``candidate`` (and so spare it what a name of a country or division
    costs a town: ``focus_bonus``): not when the span is the own name of a country or a first-level division
    of another country and the candidate a place only an alternate name calls so ("the border with Iraq,
    Iran's ..." is the country, not Arāk, which GeoNames also calls Iraq); a town of its own name stays
    ("Lebanon, Pennsylvania"), and so does one of the division's country ("New York, New York" is the city).

    >>> country = Candidate(Place("c:1", "Iraq", 33.0, 44.0, "country", "IQ"), True, False)
    >>> alias = Candidate(Place("t:1", "Arak", 34.1, 49.7, "city", "IR", population=500_000), False, False)
    >>> town = Candidate(Place("t:2", "Iraq", 34.1, 49.7, "city", "IR"), True, False)
    >>> own = Candidate(Place("t:3", "Baqubah", 33.7, 44.6, "city", "IQ"), False, False)
    >>> def named(*candidates): return Span(0, 0, 0, 4, "iraq", 0.0, list(candidates))
    >>> linkable(named(country, alias), alias), linkable(named(country, town), town)
    (False, True)
    >>> linkable(named(country, own), own), linkable(named(alias), alias)
    (True, True)
    """
    return candidate.primary or _division_countries(span) <= {candidate.place.country}


def _spelled_otherwise(key: str, place: Place) -> bool:
    """``key`` is none of the place's names, its kind word dropped, only another spelling of one
    ("juba" of Yemen's Al Jubah): a kind word after it asks for a place of the name as written, and
    "Juba County" is South Sudan's, around its capital, not a Yemeni district; "Idlib Province" is
    the Idlib Governorate. A key holding its kind word (a name the index holds with it: "Kyotera district" of
    GeoNames' Kyotera, ``Gazetteer._with_kind_written_out``) is read without it.

    >>> jubah = Place("t:1", "Al Jubah", 15.1, 45.3, "admin2", "YE", aliases=("Al Jubah District",))
    >>> idlib = Place("t:2", "Idlib Governorate", 35.8, 36.6, "admin1", "SY")
    >>> _spelled_otherwise("juba", jubah), _spelled_otherwise("jubah", jubah), _spelled_otherwise("idlib", idlib)
    (True, False, False)
    >>> _spelled_otherwise("jubah district", jubah), _spelled_otherwise("juba district", jubah)
    (False, True)
    """
    key = _without_kind_word(key)
    return key != _without_kind_word(place.name) and all(key != _without_kind_word(alias) for alias in place.aliases)


#: A division's kind words with "region", which also ends a first-level division's name ("Karaganda Region").
REGION_KIND_WORDS = DIVISION_KIND_WORDS | {name_key("region")}


@lru_cache(maxsize=1 << 16)
def _without_kind_word(name: str, kind_words: frozenset[str] = DIVISION_KIND_WORDS) -> str:
    """``name``'s key without a division's kind word at its end ("Al Jubah District" -> "al jubah").
    Remembered: asked for every name of every candidate of a span with a kind word, each a tokenization."""
    words = name_key(name).split()
    return " ".join(words[:-1] if len(words) > 1 and words[-1] in kind_words else words)


def kind_not_asked(span: Span) -> float:
    """What a kind word costs a candidate not of that kind, the same for each: KIND_NOT_ASKED, but
    nothing when "region" asked for a first-level division or a region, no candidate is one and a
    second-level division or a town of BIG_TOWN people is. "Region" names any division loosely ("the Somme region",
    a French department), and one named after a big town lies around it where the index lacks it ("the
    Turkistan region", a division of Kazakhstan ISO calls "Turkestankaya oblast'"). Only "region":
    "State" and "District" after a name also make a college's or a court's name ("Columbia State",
    "the District of New York"); and a name of villages only is more often a region elsewhere ("the
    Champagne region" is no hamlet).

    >>> town = Place("t:1", "Turkistan", 43.3, 68.3, "city", "KZ", population=227_000)
    >>> village = Place("t:2", "Champagne", 48.0, 0.3, "city", "FR", population=900)
    >>> division = Place("t:3", "Grand Est", 48.7, 5.9, "admin1", "FR")
    >>> department = Place("t:4", "Somme", 49.9, 2.3, "admin2", "FR")
    >>> def asked(kinds, *places): return Span(0, 0, 0, 9, "x", 0.0, [Candidate(p, True, False) for p in places],
    ...                                        kinds=frozenset(kinds))
    >>> region, state = {"admin1", "region"}, {"admin1"}
    >>> kind_not_asked(asked(region, town, village)), kind_not_asked(asked(region, village))
    (0.0, -1.0)
    >>> kind_not_asked(asked(region, department)), kind_not_asked(asked(state, department))
    (0.0, -1.0)
    >>> kind_not_asked(asked(region, town, division)), kind_not_asked(asked(state, town))
    (-1.0, -1.0)
    """
    if "region" not in span.kinds or any(c.place.kind in span.kinds for c in span.candidates) or not any(
            c.place.kind == "admin2" or c.place.population >= BIG_TOWN for c in span.candidates):
        return KIND_NOT_ASKED
    return 0.0


def named_after_its_city(span: Span, division: Place, get: Lookup) -> bool:
    """The span names both ``division`` and a city of it the division is named after: the city by its own
    name or another spelling ("Deir al-Balah" for Dayr al Balah), not by a name short of it ("New York"
    is the state; the city is "New York City"); in the division, or in its country beside the division's
    point where the sources file the city elsewhere.

    >>> from gazetteer.model import Place
    >>> ky = Place("t:ky", "Khan Yunis", 31.3, 34.3, "admin1", "PS", parent="t:ps")
    >>> gz = Place("t:gz", "Gaza Strip", 31.4, 34.4, "admin1", "PS", parent="t:ps")
    >>> city = Candidate(Place("t:k", "Khan Younis", 31.34, 34.31, "city", "PS", parent="t:gz"), True, False)
    >>> named_after_its_city(Span(0, 0, 0, 1, "khan younis", 0.0, [city]), ky, {"t:gz": gz}.get)
    True
    >>> ny = Place("t:ny", "New York", 42.9, -75.5, "admin1", "US")
    >>> nyc = Candidate(Place("t:nyc", "New York City", 40.7, -74.0, "city", "US", parent="t:ny"), False, False)
    >>> named_after_its_city(Span(0, 0, 0, 1, "new york", 0.0, [nyc]), ny, {"t:ny": ny}.get)
    False
    """
    return any(_seat(c, span.key, division, get) for c in span.candidates)


def named_after_city(division: Place, city: Place) -> bool:
    """One of ``division``'s names, without a kind word after it, is one of ``city``'s: "Karaganda Region" (an
    alias of Karagandinskaja oblast') names the region after Karagandy, also spelled Karaganda; a name that only
    begins like the city's is not enough ("Turkestankaya oblast'" of Turkistan is no spelling the index holds).

    >>> from gazetteer.model import Place
    >>> city = Place("t:k", "Karagandy", 49.8, 73.1, "city", "KZ", aliases=("Karaganda", "Qaraghandy"))
    >>> oblast = Place("t:o", "Karagandinskaja oblast'", 49.2, 74.2, "admin1", "KZ", aliases=("Karaganda Region",))
    >>> other = Place("t:t", "Turkestankaya oblast'", 42.4, 68.0, "admin1", "KZ")
    >>> named_after_city(oblast, city), named_after_city(other, Place("t:c", "Turkistan", 43.3, 68.3, "city", "KZ"))
    (True, False)
    """
    cities = {name_key(n) for n in (city.name, *city.aliases)}
    return any(_without_kind_word(n, REGION_KIND_WORDS) in cities for n in (division.name, *division.aliases))


def divisions_named_after_a_city(span: Span, get: Lookup) -> frozenset[str]:
    """Ids of the first-level divisions among the span's candidates that the span names with a city they
    are named after (``named_after_its_city``; ``per_name``: asked of every division of every span).

    >>> from gazetteer.model import Place
    >>> gz = Place("t:gz", "Gaza Governorate", 31.5, 34.4, "admin1", "PS")
    >>> city = Candidate(Place("t:g", "Gaza", 31.5, 34.47, "city", "PS", parent="t:gz"), True, False)
    >>> mz = Candidate(Place("t:mz", "Gaza", -23.3, 32.8, "admin1", "MZ"), True, False)
    >>> gaza = Span(0, 0, 0, 4, "gaza", 0.0, [city, mz, Candidate(gz, False, False)])
    >>> sorted(divisions_named_after_a_city(gaza, {"t:gz": gz}.get))
    ['t:gz']
    """
    return frozenset(c.place.id for c in span.candidates
                     if c.place.kind == "admin1" and named_after_its_city(span, c.place, get))


def _seat(candidate: Candidate, key: str, division: Place, get: Lookup) -> bool:
    """``division`` is named after ``candidate``, a city its name ``key`` is the own name or another
    spelling of, in the division or in its country beside the division's point."""
    city = candidate.place
    return (city.kind == "city" and (within(city, division, get) or city.country == division.country
                                     and nearest_km(city, [(division.lat, division.lon)]) < SAME_NAME_KM)
            and (candidate.primary or _respelled(city, key)))


def division_seats(span: Span, get: Lookup) -> frozenset[str]:
    """Ids of the cities among the span's candidates that a first-level division among them is named
    after (``named_after_its_city``) where the name is also the own name of a first-level division of
    another country: "Gaza" names Gaza City, the Gaza Governorate around it and a province of Mozambique.

    >>> from gazetteer.model import Place
    >>> gz = Place("t:gz", "Gaza Governorate", 31.5, 34.4, "admin1", "PS")
    >>> city = Candidate(Place("t:g", "Gaza", 31.5, 34.47, "city", "PS", parent="t:gz", population=410_000), True, False)
    >>> mz = Candidate(Place("t:mz", "Gaza", -23.3, 32.8, "admin1", "MZ"), True, False)
    >>> sorted(division_seats(Span(0, 0, 0, 4, "gaza", 0.0, [city, mz, Candidate(gz, False, False)]), {"t:gz": gz}.get))
    ['t:g']
    >>> sorted(division_seats(Span(0, 0, 0, 4, "gaza", 0.0, [city, mz]), {"t:gz": gz}.get))
    []
    >>> sorted(division_seats(Span(0, 0, 0, 4, "gaza", 0.0, [city, Candidate(gz, False, False)]), {"t:gz": gz}.get))
    []
    """
    divisions = [c.place for c in span.candidates if c.place.kind == "admin1"]
    if len(divisions) < 2:  # (most names)
        return frozenset()
    elsewhere = {c.place.country for c in span.candidates if c.primary and c.place.kind == "admin1"}
    # Only a city of a division's country can be its seat: the others are not compared by name (a name
    # of many towns, "San Jose", has one or two divisions).
    countries = {d.country for d in divisions}
    return frozenset(c.place.id for c in span.candidates
                     if c.place.kind == "city" and c.place.country in countries and elsewhere - {c.place.country}
                     and any(_seat(c, span.key, d, get) for d in divisions if d.country == c.place.country))


def _respelled(place: Place, key: str) -> bool:
    """``key`` is another spelling of ``place``'s own name, word for word, from the same first letter and
    close in letters ("Deir al-Balah" of Dayr al Balah, "Hama" of Hamah), not a part of it ("Bihar" of
    Bihar Sharif, "New York" of New York City) nor a former or other name ("Goa" of Mormugao, "Para"
    of Belem, "Hatay" of Antakya: the province's name, whose letters Antakya's happen to share).

    >>> from gazetteer.model import Place
    >>> [_respelled(Place("x", name, 0, 0, "city", "IN"), key) for name, key in
    ...  (("Dayr al Balah", "deir balah"), ("Bihar Sharif", "bihar"), ("Mormugao", "goa"), ("Antakya", "hatay"))]
    [True, False, False, False]
    """
    name = name_key(place.name)  # keyed as the span is ("Dayr al Balah" -> "dayr balah")
    return (len(name.split()) == len(key.split()) and name[:1] == key[:1]
            and SequenceMatcher(None, name, key, autojunk=False).ratio() >= RESPELLED_RATIO)


def acronym_of_another(span: Span, place: Place) -> bool:
    """The span is a word in capitals ("SANA", "SWAT") and ``place`` no country or continent written so,
    nor known by these capitals ("NSW" is New South Wales): more often a body's letters than the place."""
    return span.acronym and place.kind not in ("country", "continent") and not any(
        a.isupper() and fold(a) == span.key for a in place.aliases)


def generic_division(span: Span, candidate: Candidate) -> bool:
    """A division of the world index named only by words that make no name on their own
    (``GENERIC_WORDS``: "Central", "Coast", "Northern", "Western"), a kind word after them or not:
    like a hand-made table's "homonym", meant only in a text about its country (see ``in_its_country``).
    Bare in a story about another country, "the Coast" is a coast, not Tanzania's Coast Region; a kind
    word asks for a division but not whose ("the first Northern state" of the United States is no
    division of Fiji; "Western and Nyanza provinces" beside Kenya's names stay Kenya's).

    >>> from gazetteer.model import Place
    >>> coast = Candidate(Place("t:tz", "Coast", -7.0, 38.9, "admin1", "TZ"), True, False)
    >>> generic_division(Span(0, 0, 0, 5, "coast", 4.9, [coast]), coast)
    True
    >>> generic_division(Span(0, 0, 0, 5, "coastal bend", 2.0, [coast]), coast)
    False
    """
    return (candidate.place.kind in ("admin1", "admin2") and not candidate.preferred
            and GENERIC_WORDS.issuperset(span.key.split()))


def numbered_town(span: Span) -> bool:
    """The span names a town by a word and a number, a ward or a block of a city anywhere ("Ward 1", a quarter
    of Yangon in GeoNames): like a ``generic_division``, meant only in a text about its country ("Dhangadhi,
    Ward-1" in Nepal is no Myanmar town).

    >>> numbered_town(Span(0, 1, 0, 6, "ward 1", 0.0, [])), numbered_town(Span(0, 0, 0, 4, "ward", 0.0, []))
    (True, False)
    """
    return _numbered(span.key)


def _numbered(key: str) -> bool:
    """``key`` is words and a number ("ward 1")."""
    if not key[-1:].isdigit():
        return False  # asked of every town candidate: most keys end in a letter, no split
    words = key.split()
    return len(words) > 1 and words[-1].isdigit()


def in_its_country(span_index: int, candidate: Candidate, caveat: str, spans: Sequence[Span], context: Context,
                   get: Lookup) -> bool:
    """Whether the document speaks of the country of a place with a caveat (see ``csvsource.CAVEATS``)
    where the span names it: not where a link places the span in another country ("the Rift Valley in
    Ethiopia", "Zambia's Western Province": Kenya's former provinces are not meant); otherwise where a
    link places it in its own, or where another name or a demonym of the document speaks for its
    country ("Java" beside "Indonesia", not "a payment system written in Java"). A former division's
    own name needs no more ("Nyanza Province") unless a division of another country bears it now
    ("Western Province" of Sri Lanka and Zambia), its other names do ("Western", "Coast")."""
    place = candidate.place
    for inner, outer in context.pairs if span_index in context.linked else ():
        if inner == span_index and any(c.primary and c.place.kind == "country" for c in spans[outer].candidates):
            return any(within(place, c.place, get) for c in spans[outer].candidates)
    if caveat == "former" and candidate.primary and not any(
            c.primary and c.place.kind == "admin1" and c.place.country != place.country
            for c in spans[span_index].candidates):
        return True
    # (a numbered name speaks for no country: "Ward 1" and "Ward 5" of one text do not vouch for each other)
    return any(not _numbered(key) for key in context.speakers.get(place.country, frozenset()) - {spans[span_index].key})


def focus_bonus(span_index: int, candidate: Candidate, context: Context, span: Span,
                focus: Mapping[str, float]) -> float:
    """The support of the country focus (``focus``) and of the region focus for ``candidate``.

    Nothing for a town that shares its name with a first-level division or country of another country
    the document also talks about ("Ontario" in a US story that mentions Canada): the focus cannot
    tell them apart, so the prior (the division) decides, unless a link does ("Ontario, California").
    Nor for a town named like another country the document does not talk about, unless
    ``_placed_despite_its_country``.
    """
    place = candidate.place
    # (Most names are no division's or country's: they shadow nothing, asked without a call once the
    # span's countries are worked out.)
    countries = span.division_countries if span.division_countries is not None else _division_countries(span)
    if countries and place.kind not in ("admin1", "country"):
        # A town's shadow depends only on its country, whether it is a village and whether the span is its own
        # name (``linkable``): worked out once per span for each (the name of a state has hundreds of towns).
        asked = (span_index, place.country, place.population < VILLAGE, candidate.primary)
        shadowed = context.shadows.get(asked)
        if shadowed is None:
            linked = context.linked if linkable(span, candidate) else ()
            shadowed = context.shadows[asked] = _shadowed(span_index, place, linked, span, focus,
                                                          context.named, context.speakers, context.country_names)
        if shadowed:
            return 0.0
        spelled = context.spelled_countries.get(span_index)
        if spelled and not spelled <= {place.country} and not _placed_despite_its_country(
                span_index, candidate, context, span):
            return 0.0
    total = FOCUS_WEIGHT * focus.get(place.country, 0.0)
    return total + context.regions.bonus(span, candidate) if context.regions is not None else total


def _shadowed(span_index: int, place: Place, linked: Collection[int], span: Span,
              focus: Mapping[str, float], named: Mapping[str, frozenset[str]],
              speakers: Mapping[str, frozenset[str]], country_names: dict[str, bool]) -> bool:
    """``place`` is a town named like a division or country of another country the document talks
    about (for a division's name and a town of VILLAGE people, by other names: "Delta" of Nigeria
    speaks for Nigeria only by itself; a village named "England" is no rival of England's), and no
    link says which is meant: where the document is cannot tell them apart. Nor
    does the focus help a town named like a country when the document names the town's own country
    as a country: it speaks of countries ("moved to the United States from Mexico" is no town of
    Missouri)."""
    countries = _division_countries(span)  # most names are no division's (an empty set: no generator to make)
    return bool(countries) and place.kind not in ("admin1", "country") and span_index not in linked and (
        any(code != place.country and (focus.get(code, 0.0) > 0 if place.population < VILLAGE
                                       or _names_a_country(span, country_names)
                                       else bool(speakers.get(code, frozenset()) - {span.key})) for code in countries)
        or place.country in named and any(c.place.kind == "country" for c in span.candidates))


def _placed_despite_its_country(span_index: int, candidate: Candidate, context: Context, span: Span) -> bool:
    """The town ``candidate``, whose name the span writes as another country spells its own, is placed
    by a link ("Mexico, Missouri") or lies in the first-level division the other names of the
    document point to most (``RegionFocus.leads``: "Lebanon" beside Jonestown and Schaefferstown is
    the town in Pennsylvania). Otherwise the country is what the name means, whatever else the
    document names and however it is cased: "a judge in Boise ... originally from Mexico" is no town
    of Missouri, though the story is American."""
    regions = context.regions
    return _in_a_link(span_index, candidate, context, span) or regions is not None and regions.leads(
        span.key, _division(candidate, regions.get))


def countries_spelled(spans: Sequence[Span], tokens: Tokens, text: str) -> dict[int, frozenset[str]]:
    """Per span that writes the own name of a country as the country spells it, those countries
    ("iran"; not "Cameron", a name whose key only folds to Cameroon's).

    >>> from gazetteer.normalize import tokenize
    >>> cm = Candidate(Place("c:cm", "Cameroon", 6, 12, "country", "CM"), True, False)
    >>> ir = Candidate(Place("c:ir", "Iran", 32, 53, "country", "IR"), True, False)
    >>> text = "from iran to Cameron"
    >>> spans = [Span(1, 1, 5, 9, "iran", 0.0, [ir]), Span(3, 3, 13, 20, "cameron", 0.0, [cm])]
    >>> countries_spelled(spans, tokenize(text), text)
    {0: frozenset({'IR'})}
    """
    out = {}
    for i, span in enumerate(spans):
        countries = [c.place for c in span.candidates if c.primary and c.place.kind == "country"]
        if countries:
            written = _plain(_written(span, tokens, text))
            if spelled := frozenset(p.country for p in countries if _spelled(p, written)):
                out[i] = spelled
    return out


def _division_countries(span: Span) -> frozenset[str]:
    """Countries of the first-level divisions and countries the span is the own name of (worked out
    once per span)."""
    if span.division_countries is None:
        span.division_countries = frozenset(
            c.place.country for c in span.candidates if c.primary and c.place.kind in ("admin1", "country"))
    return span.division_countries


def _short_name_of_a_division(span: Span, country: str) -> bool:
    """The span is the first words of the own name of a first-level division of ``country``: the short
    name news gives it ("Veracruz" for Veracruz de Ignacio de la Llave, "Puebla" for Puebla State).
    A village so named is no more placed by the region it lies in than one named "Chiapas" would be
    ("rain in Chiapas, Puebla and Veracruz" names three states, not two hamlets of Chiapas).

    >>> state = Candidate(Place("d:v", "Veracruz de Ignacio de la Llave", 19.3, -96.7, "admin1", "MX"), False, False)
    >>> hamlet = Candidate(Place("t:v", "Veracruz", 16.4, -92.0, "city", "MX", population=1062), True, False)
    >>> _short_name_of_a_division(Span(0, 0, 0, 8, "veracruz", 0.0, [state, hamlet]), "MX")
    True
    >>> other = Candidate(Place("d:n", "Nuevo Veracruz", 19.0, -96.0, "admin1", "MX"), False, False)
    >>> _short_name_of_a_division(Span(0, 0, 0, 8, "veracruz", 0.0, [other, hamlet]), "MX")
    False
    """
    return any(c.place.kind == "admin1" and c.place.country == country
               and name_key(c.place.name).startswith(span.key + " ") for c in span.candidates)


def with_hierarchy(total: float, span_index: int, candidate: Candidate, spans: Sequence[Span], context: Context,
                   get: Lookup) -> float:
    """``total`` (the local score) plus the hierarchy with the places chosen elsewhere."""
    span, place = spans[span_index], candidate.place
    # Hierarchy counts only evidence from *other* spans: a name does not support itself. A town
    # named after a state or a country ("California, Missouri") needs a link, not just its
    # state named somewhere in a list of states.
    chosen = context.chosen  # (most ancestors are chosen nowhere: passed over at C level)
    enclosing = enclosing_ids(place, get) if chosen else ()
    if enclosing and not chosen.keys().isdisjoint(enclosing) and (
            place.kind in ("admin1", "country")
            or not _rival_division(span, place, context.speakers, context.country_names)
            or _asked_below_a_division(span, place)
            or (enclosing := _listed_with_a_neighbour(span_index, spans, enclosing, context, get))):
        named = [chosen[i] for i in enclosing if i in chosen]
        if any(_elsewhere(n, span_index) for n in named) and not (
                place.population < VILLAGE and context.regions is not None
                and context.regions.overshadowed(span, candidate, _division(candidate, get))):
            total += ANCESTOR_MENTIONED
            # Said in one breath: a county's state named in its sentence ("mute swans in Michigan on the
            # coast of Lake Erie near the Mouillee state game area in Monroe County") or the last one before naming a place
            # (``sentence_of_spans`` counts those only), but its own only for a place linked to another ("Santa
            # Maria, Bulacan" after a sentence naming Pampanga is Bulacan's). Not against a
            # famous city of the name ("Rome" is no town in New York for a sentence naming both).
            sentences = context.sentences
            said = sentences[span_index] if sentences else 0
            reach = 0 if span_index in context.linked else 1
            if sentences and any(0 <= said - sentences[j] <= reach for n in named for j in n if j != span_index) \
                    and not _names_another_famous_city(span, place):
                total += ANCESTOR_IN_SENTENCE
    if place.id in context.inside and _elsewhere(context.inside[place.id], span_index):  # most enclose no choice
        total += CHILD_MENTIONED
    listed_kind, listed_country = context.list_kinds.get(span_index, ("", ""))
    listed = listed_kind == place.kind
    if listed or place.kind == "admin1" and _among_divisions(span_index, place, spans, context):
        total += LIST_KIND_BONUS
        if listed and place.country == listed_country:
            # Listed with divisions of one country, a division of it, over a country of the name its prior favours:
            # "Georgia and Florida" are two US states.
            total += LIST_COUNTRY_BONUS
        # Among divisions, a division's name is the division, not its capital: "Fujian, Jiangxi, Hunan
        # and Guizhou"; "one in Alberta, one in New Brunswick, and one in Quebec". This takes back
        # ``local_score``'s SAME_NAME_CAPITAL, which a kind word spares ("the states of Georgia and
        # Florida": no bonus over a same-kind rival named after no city).
        if place.kind == "admin1" and not span.kinds and place.id in per_name(divisions_named_after_a_city, span, get):
            total -= SAME_NAME_CAPITAL
    return total


def hierarchy_scores(span_index: int, local: Sequence[float], spans: Sequence[Span], context: Context,
                     get: Lookup) -> list[float]:
    """``with_hierarchy`` of every candidate of ``spans[span_index]`` (``local``: their local scores). A
    candidate that no place chosen elsewhere encloses or lies in, and of no kind a list asks for nor a
    first-level division of a country other divisions were read in (``_among_divisions``), keeps its local score
    without a call: most candidates of most spans."""
    chosen, inside, (listed_kind, _) = context.chosen, context.inside, context.list_kinds.get(span_index, ("", ""))
    divisions_named = context.divisions_named
    memo = get.enclosing if isinstance(get, Hierarchy) else {}
    chosen_ids = chosen.keys()  # (one view for all the candidates)
    out = []
    for candidate, total in zip(spans[span_index].candidates, local):
        place = candidate.place
        enclosing = memo.get(place.id) if chosen else ()
        if enclosing is None:
            enclosing = enclosing_ids(place, get)
        if (chosen_ids.isdisjoint(enclosing) and place.id not in inside and place.kind != listed_kind
                and (place.kind != "admin1" or not divisions_named.get(place.country))):
            out.append(total)
        else:
            out.append(with_hierarchy(total, span_index, candidate, spans, context, get))
    return out


def _listed_with_a_neighbour(span_index: int, spans: Sequence[Span], enclosing: Sequence[str], context: Context,
                             get: Lookup) -> tuple[str, ...]:
    """The counties among ``enclosing`` that the span is listed with a town of, in its sentence: a
    town named like a division of its country is placed by its state or its county no more than the
    division is ("Tazewell County officials flew to Washington" is the capital), but "homes in
    Washington and Morton" beside Tazewell County is the Washington of that county. A county named
    after the span's name ("Washington County") is no evidence for a town of that name in it."""
    if not context.sentences or span_index not in context.listed:
        return ()
    sentence, key = context.sentences[span_index], spans[span_index].key
    counties = []
    for county_id in enclosing:
        county = get(county_id)
        if county is None or county.kind != "admin2" or key in name_key(county.name):
            continue
        if any(j != span_index and context.sentences[j] == sentence and spans[j].key != key
               for j in context.inside.get(county_id, ())):
            counties.append(county_id)
    return tuple(counties)


def _among_divisions(span_index: int, place: Place, spans: Sequence[Span], context: Context) -> bool:
    """At least two other names of the span's sentence were read as first-level divisions of
    ``place``'s country (``Context.divisions_named``), or one anywhere in the document and the sentence
    speaks of divisions as a set (``spans_beside_divisions``): a name of one too is that kind, unless a
    link places it in another ("Washington, Pennsylvania, and then Ohio")."""
    named = context.divisions_named.get(place.country)
    if not named or not context.sentences or span_index in context.linked and any(
            inner == span_index for inner, _ in context.pairs):
        return False
    sentence, key = context.sentences[span_index], spans[span_index].key
    others = {k for k, j in named if j == sentence and k != key}
    # Or the sentence speaks of the divisions as a set, and the document names another of that country:
    # "Save perhaps Quebec, almost every province has had measles" beside Alberta is the province.
    return len(others) >= 2 or span_index in context.beside_divisions and any(k != key for k, _ in named)


def _rival_division(span: Span, place: Place, speakers: Mapping[str, frozenset[str]],
                    country_names: dict[str, bool]) -> bool:
    """The span is the own name of a country ("Italy", "China": famous whatever else the document
    names), or of a first-level division of ``place``'s own country ("California, Missouri" in a list
    of states) or of a country other names of the document speak for: where the document is cannot
    tell the town from it. A foreign division no other name speaks of ("Berea" of Lesotho, for the
    town in Kentucky beside Madison County) is no rival. A village is as much a namesake of a division
    of its country that the span calls by the first words of its name (``_short_name_of_a_division``)."""
    countries = _division_countries(span)
    return bool(countries) and (place.country in countries or _names_a_country(span, country_names) or any(
        speakers.get(code, frozenset()) - {span.key} for code in countries)) or (
        place.population < VILLAGE and _short_name_of_a_division(span, place.country))


def _asked_below_a_division(span: Span, place: Place) -> bool:
    """``place`` is a second-level division and the wording asks for that kind and no first-level
    division ("Washington and Benton counties"): the state of the name is no rival, and the
    county's state places it. (A dateline asks for a town: "WASHINGTON —" is still the capital.)

    >>> from gazetteer.model import Place
    >>> county = Place("t:wc", "Washington County", 36.0, -94.2, "admin2", "US")
    >>> _asked_below_a_division(Span(0, 0, 0, 10, "washington", 0.0, [], kinds=frozenset({"admin2"})), county)
    True
    >>> _asked_below_a_division(Span(0, 0, 0, 10, "washington", 0.0, [], kinds=frozenset({"admin1", "admin2"})), county)
    False
    >>> town = Place("t:wp", "Washington", 40.17, -80.25, "city", "US")
    >>> _asked_below_a_division(Span(0, 0, 0, 10, "washington", 0.0, [], kinds=frozenset({"city"})), town)
    False
    """
    return place.kind == "admin2" and place.kind in span.kinds and "admin1" not in span.kinds


def _names_a_country(span: Span, memo: dict[str, bool]) -> bool:
    """The span is the own name of a country (remembered per key in ``memo``: asked per candidate)."""
    named = memo.get(span.key)
    if named is None:
        named = memo[span.key] = any(c.primary and c.place.kind == "country" for c in span.candidates)
    return named


def _names_another_famous_city(span: Span, place: Place) -> bool:
    """The span is the own name of a city of FAMOUS_CITY people other than ``place``."""
    return any(c.primary and c.place.kind == "city" and c.place.population >= FAMOUS_CITY and c.place is not place
               for c in span.candidates)


#: Where a sentence ends: a full stop, question or exclamation mark before a capital or a quote, a
#: line break. ("Va., to" is no end; "Mr. Smith" is taken for one, which only makes a sentence shorter.)
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|[\"”’')]*\s+(?=[\"“‘(]*[A-Z]))")  # (a class first: scanned twice as fast)


#: Words speaking of a country's first-level divisions as a set: a name beside them is compared with
#: the others of its kind ("Save perhaps Quebec, every province has had cases", "Virginia joins 23 other
#: states").
#: (The look-ahead's class lets the scan skip to the letters the words start with: twice as fast.)
_DIVISIONS_AS_A_SET = re.compile(
    r"\b(?=[EeAaOo])(?:[Ee]very|[Ee]ach|[Aa]ll|[Oo]ther|[Aa]ny)\s+(?:other\s+)?(?:provinces?|states?)\b")
#: Any stop before a space, or a line's end: a sentence's end in lower-cased text too (unlike ``_SENTENCE_END``).
_ANY_STOP = re.compile(r"[.!?]\s|\n")


def spans_beside_divisions(spans: Sequence[Span], text: str) -> frozenset[int]:
    """The spans in a sentence that speaks of a country's first-level divisions as a set
    (``_DIVISIONS_AS_A_SET``). Any full stop, question or exclamation mark before a space ends the
    sentence here, in lower-cased text too (as ``sentence_of_spans`` reads one there): the words
    reach no further than the names they stand among.

    >>> text = "Save Quebec, every province has cases. Calgary had four. Other states, as in Ohio. Hawaii."
    >>> spans = [Span(0, 0, s, s + len(n), n, 0.0, []) for s, n in ((5, "Quebec"), (39, "Calgary"), (77, "Ohio"),
    ...                                                                    (83, "Hawaii"))]
    >>> sorted(spans_beside_divisions(spans, text))
    [0, 2]
    """
    out: set[int] = set()
    if "province" not in text and "state" not in text:
        return frozenset()  # (no kind word the pattern needs: a substring search is far cheaper than its scan)
    for match in _DIVISIONS_AS_A_SET.finditer(text):
        first = max((end.end() for end in _ANY_STOP.finditer(text, 0, match.start())), default=0)
        last = _ANY_STOP.search(text, match.end())
        out.update(i for i, span in enumerate(spans)
                   if first <= span.start and (last is None or span.end <= last.start()))
    return frozenset(out)


def sentence_of_spans(spans: Sequence[Span], text: str, cased: bool = True) -> list[int]:
    """The number of the sentence each span stands in (spans sorted by start), counted from the
    first span's: equal for two spans of one sentence, larger for a later one. A lower-cased text
    (``cased`` False) shows no capital after a stop: any stop before a space ends a sentence there
    (``_ANY_STOP``), or the whole text would be one sentence ("u.s. officials" ends one too early,
    which only makes a sentence shorter).

    Only the text between two spans is searched, and only up to its first sentence end: a long
    text has thousands of them, and most lie where no place is named. (The search stops after
    the next span's first letter: a sentence end before it is found whole, its look-ahead
    included; none can reach into a word.)

    >>> text = "Swans died in Michigan near Monroe. Ames is in Iowa."
    >>> sentence_of_spans([Span(0, 0, s, s + 4, "", 0.0, []) for s in (13, 28, 36, 47)], text)
    [0, 0, 1, 1]
    >>> sentence_of_spans([Span(0, 0, s, s + 4, "", 0.0, []) for s in (13, 28, 36, 47)], text.lower())
    [0, 0, 0, 0]
    >>> sentence_of_spans([Span(0, 0, s, s + 4, "", 0.0, []) for s in (13, 28, 36, 47)], text.lower(), cased=False)
    [0, 0, 1, 1]
    """
    end = _SENTENCE_END if cased else _ANY_STOP
    numbers, sentence = [0] if spans else [], 0
    for before, span in zip(spans, spans[1:]):
        if end.search(text, before.start, span.start + 1) is not None:
            sentence += 1
        numbers.append(sentence)
    return numbers


def _elsewhere(span_indices: frozenset[int], span_index: int) -> bool:
    """Some span other than ``span_index`` is among ``span_indices`` (tested without making a set:
    this runs for every candidate of every span)."""
    return bool(span_indices) and (len(span_indices) > 1 or span_index not in span_indices)


def _names_a_first_division(span: Span) -> bool:
    return any(c.primary and c.place.kind == "admin1" for c in span.candidates)


def _names_a_division(span: Span) -> bool:
    """The span is the own name of a first-level division or a country."""
    return bool(_division_countries(span))


def rank(span_index: int, spans: Sequence[Span], context: Context, get: Lookup) -> list[tuple[Place, float]]:
    """Candidates of one span with their scores, best first (ties: population, then id)."""
    candidates = spans[span_index].candidates
    return _ordered(candidates, [score(span_index, c, spans, context, get) for c in candidates])


def _ordered(candidates: Sequence[Candidate], scores: Sequence[float]) -> list[tuple[Place, float]]:
    scored = [(c.place, s) for c, s in zip(candidates, scores)]
    scored.sort(key=_rank_key)
    return scored


def _best(candidates: Sequence[Candidate], scores: Sequence[float],
          spelling: tuple[Span, Tokens, str] | None = None) -> tuple[Place, float] | None:
    """The first of ``_ordered`` without sorting the rest (a name may have hundreds of places).
    Only scores near the top can round to the top score: the others are not ranked at all. Of places
    tied at the top, those spelled as the text writes the name (``spelling``: the span, the tokens and
    the text) come first: "Shanxi" and "Shaanxi" share a key (the transliteration folds them) and tie
    as provinces of one country.

    >>> from gazetteer.model import Place
    >>> shaanxi = Candidate(Place("t:sn", "Shaanxi Sheng", 35.6, 109.3, "admin1", "CN", aliases=("Shaanxi",)), False, False)
    >>> shanxi = Candidate(Place("t:sx", "Shanxi Sheng", 37.7, 112.4, "admin1", "CN", aliases=("Shanxi",)), False, False)
    >>> from gazetteer.normalize import tokenize
    >>> def spelled(text): return Span(0, 0, 0, len(text), "shanxi", 0.0, [], name_last=0), tokenize(text), text
    >>> _best([shaanxi, shanxi], [2.0, 2.0], spelled("Shanxi"))[0].id, _best([shaanxi, shanxi], [2.0, 2.0], spelled("SHAANXI"))[0].id
    ('t:sx', 't:sn')
    """
    if not scores:
        return None
    if len(scores) == 1:  # a name of one place: nothing to rank
        return candidates[0].place, scores[0]
    near = max(scores) - 1e-5
    top = [(c.place, s) for c, s in zip(candidates, scores) if s >= near]
    if len(top) == 1:  # (most names: no tie to break)
        return top[0]
    if spelling is not None:
        written = _plain(_written(*spelling))
        top = [t for t in top if _spelled(t[0], written)] or top
    return min(top, key=_rank_key)


def _spelled(place: Place, written: str) -> bool:
    """``place``'s name or one of its aliases is ``written`` (``_plain``)."""
    return _plain(place.name) == written or any(_plain(a) == written for a in place.aliases)


@lru_cache(maxsize=1 << 16)
def _plain(name: str) -> str:
    """``name`` case-folded without its diacritics (a lower-cased text writes "Pará" as "para"), but
    with its letters otherwise as written (not ``fold``: "Shaanxi" is no "Shanxi"). Remembered: the
    places tied at the top of a name are met again in the second pass and in the next document."""
    return "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))


def _written(span: Span, tokens: Tokens, text: str) -> str:
    """The span's name as the text gives it, without a kind word after it."""
    return text[span.start:tokens.ends[span.name_last]] if span.name_last >= 0 else text[span.start:span.end]


def _rank_key(scored: tuple[Place, float]) -> tuple[float, int, str]:
    return -round(scored[1], 6), -scored[0].population, scored[0].id


def _local_scores(spans: Sequence[Span], context: Context, get: Lookup) -> list[list[float]]:
    """``local_score`` of every candidate of every span. A name repeated in the document costs
    once: spans with the same key, wording and candidates, in no link, score alike."""
    linked = context.linked
    first: dict[tuple[str, frozenset[str], bool], int] = {}  # wording -> first unlinked span so worded
    out: list[list[float]] = []
    for i, span in enumerate(spans):
        wording = (span.key, span.kinds, span.acronym)
        j = None if i in linked else first.setdefault(wording, i)
        if j is not None and j < i and spans[j].candidates == span.candidates:
            out.append(out[j])
        else:
            out.append([local_score(i, c, spans, context, get) for c in span.candidates])
    return out


def _confident(scores: Sequence[float], best: float) -> bool:
    """No other candidate comes within NEAR_CONFIDENCE of the best score (a margin, not a share:
    a name with forty small namesakes can still be clear)."""
    return sum(s > best - NEAR_CONFIDENCE for s in scores) == 1


def nearby(span: Span, scores: Sequence[float], anchors: Sequence[tuple[str, Place, bool]],
           in_link: bool = False, speakers: Mapping[str, frozenset[str]] | None = None,
           country_names: dict[str, bool] | None = None) -> list[tuple[int, float]]:
    """(candidate index, bonus) of the candidates of ``span`` that lie near a place another name of
    the document was resolved to with confidence (``anchors``: (span key, place, the span is in a link);
    ``in_link``: ``span`` is in a link itself).
    Only candidates that could win (within NEAR_MARGIN of the best score) are measured; countries
    and first-level divisions are no nearer to one town than to another, and a town named like a
    country or like a division that rivals it (``_rival_division``: of its own country, or of one the
    document speaks of; ``speakers``, ``country_names`` as in ``Context``) gains nothing from
    nearness ("Florida" is the state, however near a town of that name); a division of another
    country no other name speaks of is no rival to a town of its name (a parish of Jamaica called
    Hanover does not stop the Hanover in New Hampshire from being the one beside Bethel, Vermont),
    though it still is to a place that holds the name only as an alias ("Long Island" beside New
    York City stays the island, not Long Island City).

    >>> from gazetteer.model import Place
    >>> md = Candidate(Place("t:md", "Hanover", 39.19, -76.72, "city", "US", population=38_000), True, False)
    >>> nh = Candidate(Place("t:nh", "Hanover", 43.70, -72.29, "city", "US", population=8_600), True, False)
    >>> bethel = Place("t:bethel", "Bethel", 43.83, -72.63, "city", "US", population=600)
    >>> span = Span(0, 0, 0, 7, "hanover", 0.0, [md, nh])
    >>> [(j, round(b, 2)) for j, b in nearby(span, [3.0, 2.5], [("bethel", bethel, False)])]
    [(1, 1.11)]
    >>> parish = Candidate(Place("t:jm", "Hanover", 18.4, -78.1, "admin1", "JM"), True, False)
    >>> span = Span(0, 0, 0, 7, "hanover", 0.0, [md, nh, parish])
    >>> [(j, round(b, 2)) for j, b in nearby(span, [3.0, 2.5, 2.0], [("bethel", bethel, False)])]
    [(1, 1.11)]
    >>> alias = Candidate(Place("t:hc", "Hanover City", 43.71, -72.30, "city", "US", population=20_000), False, False)
    >>> nearby(Span(0, 0, 0, 7, "hanover", 0.0, [md, alias, parish]), [3.0, 2.5, 2.0], [("bethel", bethel, False)])
    []
    >>> state = Candidate(Place("t:vt", "Hanover", 44.0, -72.7, "admin1", "US"), True, False)
    >>> nearby(Span(0, 0, 0, 7, "hanover", 0.0, [md, nh, state]), [3.0, 2.5, 2.0], [("bethel", bethel, False)])
    []
    """
    rivals = _names_a_division(span)  # (most names are no division's: nothing to ask per candidate)
    top = max(scores, default=0.0) - NEAR_MARGIN
    # A name that holds the other is no independent evidence: "North Arlington" for "Arlington".
    places = {p.id: p for key, p, _ in anchors if key not in span.key and span.key not in key}
    # The same name placed by a link elsewhere ("Elizabethtown, Pennsylvania") says which is meant; not to
    # a span in a link, whose own first reading is among them ("Ontario, Quebec and ...": no evidence).
    same = {} if in_link else {p.id: p for key, p, linked in anchors if linked and key == span.key}
    places.update(same)
    if not places:
        return []
    points = [(p.lat, p.lon) for p in places.values()]
    out = []
    for j, s in enumerate(scores):
        candidate = span.candidates[j]
        if s >= top and (place := candidate.place).kind in NEAR_KINDS and not (rivals and (
                not candidate.primary
                or _rival_division(span, place, speakers or {}, {} if country_names is None else country_names))):
            bonus = NEAR_BONUS * (max(0.0, 1.0 - nearest_km(place, points) / NEAR_KM) + (place.id in same))
            if bonus > 0:
                out.append((j, bonus))
    return out


def nearest_km(place: Place, points: Sequence[tuple[float, float]], cap: float = NEAR_KM) -> float:
    """Distance from ``place`` to the nearest of ``points`` (lat, lon), at most ``cap``; equirectangular,
    close enough to great-circle within a few hundred kilometres (and to tell another continent).

    >>> round(nearest_km(Place("x", "Hanover", 43.70, -72.29, "city", "US"), [(43.83, -72.63), (0.0, 0.0)]))
    31
    """
    nearest, scale = cap, KM_PER_DEGREE * math.cos(math.radians(place.lat))
    for lat, lon in points:
        dy = abs(lat - place.lat) * KM_PER_DEGREE
        if dy < nearest:
            nearest = min(nearest, math.hypot(dy, (lon - place.lon) * scale))
    return nearest


def resolve(spans: Sequence[Span], tokens: Tokens, text: str, demonym_countries: Sequence[str],
            get: Lookup, background: Sequence[Span] = (),
            caveats: Mapping[str, str] | None = None, cased: bool = True) -> list[tuple[Place, float] | None]:
    """The chosen place and its confidence (0-1] for every span, or None when too weak.

    Two passes: the first resolves each span from prior, focus, wording and links; the second
    adds the hierarchy with the places the first pass found elsewhere in the document (to the
    same local scores: they are worked out once). ``caveats``: place id -> caveat (see
    ``in_its_country``); ``cased``: the text is not lower-cased (see ``sentence_of_spans``).
    """
    if not spans:  # a quarter of the Multi-News texts name no place
        return []
    # A country's name does not support itself, however often it is repeated: "Lebanon" eight
    # times in a story about a town in Indiana is no evidence that the story is about the country.
    votes = span_votes(spans, background, get)
    tally = _tally(demonym_countries, votes)
    own_focus = _own_focuses(tally, votes)
    named: dict[str, set[str]] = {}
    for key, code, _, names_country in votes:
        if names_country:
            named.setdefault(code, set()).add(key)
    between = gaps(spans, tokens, text)
    speakers = _speakers(spans, votes, demonym_countries, caveats or {})
    context = Context(_shares(tally), links(spans, between, text, get), own_focus,
                      regions=RegionFocus(spans, get, speakers), named={k: frozenset(v) for k, v in named.items()},
                      caveats=caveats or {}, speakers=speakers,
                      spelled_countries=countries_spelled(spans, tokens, text))
    local = _local_scores(spans, context, get)
    chosen: dict[str, set[int]] = {}
    inside: dict[str, set[int]] = {}
    kinds: dict[int, str] = {}
    # Confident choices, for nearness: each once, however often a long document repeats it (every span
    # reads them all).
    anchors: dict[tuple[str, str, bool], tuple[str, Place, bool]] = {}
    linked = context.linked
    first: dict[int, Place] = {}
    for i, span in enumerate(spans):
        best = _best(span.candidates, local[i], (span, tokens, text))
        if best is not None and best[1] >= _floor(i, spans, tokens, text, best[1]):
            place = first[i] = best[0]
            kinds[i] = place.kind
            if place.kind in NEAR_KINDS and _confident(local[i], best[1]):
                anchors.setdefault((span.key, place.id, i in linked), (span.key, place, i in linked))
            chosen.setdefault(place.id, set()).add(i)
            for enclosing in ancestors(place, get):  # lets a city know one of its districts is named
                inside.setdefault(enclosing.id, set()).add(i)
    groups = list_groups(between)
    sentences = sentence_of_spans(spans, text, cased) if chosen else ()
    # All fields at once: ``dataclasses.replace`` costs far more.
    context = Context(context.focus, context.pairs, context.own_focus, {k: frozenset(v) for k, v in chosen.items()},
                      {k: frozenset(v) for k, v in inside.items()}, context.regions,
                      _list_kinds(groups, first), context.named, sentences, context.caveats, context.speakers,
                      context.country_names, _divisions_named(spans, first, sentences) if chosen else {},
                      frozenset(i for group in groups for i in group),
                      beside_divisions=spans_beside_divisions(spans, text) if chosen else frozenset())
    unknown = _placed_where_none_is(spans, context.pairs, between, groups, first, get, text) if context.pairs else set()
    anchor_list = list(anchors.values())
    countries = _countries_named(spans, first, demonym_countries)
    located = _located(spans, tokens, groups, kinds)
    events = not EVENT_WORDS.isdisjoint(tokens.vocabulary)  # (most texts name no fire: no span is asked)
    out: dict[int, tuple[Place, float] | None] = {}
    weak: dict[int, tuple[Place, float]] = {}  # spans whose best place fell below the floor only
    # A link's final reading of its town, however close its namesakes ("La Gloria, Veracruz": the state holds
    # several) and so no anchor: the same name written bare elsewhere in the document is that town (see
    # ``nearby``). Towns in links are read first for it.
    qualified = {inner for inner, _ in context.pairs}
    link_reads: dict[str, tuple[str, Place, bool]] = {}
    for i in sorted(range(len(spans)), key=qualified.__contains__, reverse=True):  # (stable: in order otherwise)
        span = spans[i]
        if i in unknown:
            out[i] = None
            continue
        scores = hierarchy_scores(i, local[i], spans, context, get)
        near = anchor_list + [link_reads[span.key]] if span.key in link_reads else anchor_list
        for j, bonus in (nearby(span, scores, near, i in linked, context.speakers, context.country_names)
                         if near and len(scores) > 1 else ()):
            scores[j] += bonus
        if events and names_an_event(i, spans, tokens, text):
            for j in far_namesakes(span, anchor_list, context.own_focus.get(span.key, context.focus)):
                scores[j] += OUT_OF_ITS_COUNTRY
        best = _best(span.candidates, scores, (span, tokens, text))
        if (best is None or best[0].kind == "city" and (  # (the first four leave out towns only: one test for all)
                _stray_town(best[0], i, spans, located, countries, text)
                or _foreign_by_english_words(best[0], span, countries)
                or _building_after_the(best[0], i, spans, tokens, text, context, get)
                or _abroad_in_a_one_country_story(best[0], i, spans, located, countries))
                or _named_after_a_far_town(best[0], span, tokens, anchor_list)
                or _volcano_of_another_country(best[0], span, tokens, countries)
                or _island_of_another_place(best[0], i, spans, tokens, countries, first)
                or _landform_of_another_country(best[0], span, countries)
                or _word_of_its_sentence(best[0], span, countries)):
            out[i] = None
            continue
        confidence = 1.0 / sum(map(math.exp, map(sub, scores, repeat(best[1]))))  # (C-level maps: every span)
        if best[1] < _floor(i, spans, tokens, text, best[1]):
            if any(c.primary and c.place is best[0] for c in span.candidates):  # (not a name spelled otherwise)
                weak[i] = best[0], round(confidence, 3)
            out[i] = None
            continue
        out[i] = (best[0], round(confidence, 3))
        if i in qualified and best[0].kind in NEAR_KINDS:
            link_reads.setdefault(span.key, (span.key, best[0], True))
    return _confirmed_by_namesakes([out[i] for i in range(len(spans))], weak, spans)


def _confirmed_by_namesakes(out: list[tuple[Place, float] | None], weak: Mapping[int, tuple[Place, float]],
                            spans: Sequence[Span]) -> list[tuple[Place, float] | None]:
    """``out`` with each weak span (its best place, named by its own name, below the floor: ``weak``, span
    index -> place and confidence) kept when another span resolved to that very place with at least
    CONFIRMING_CONFIDENCE: a document names one place the
    same way throughout, and a mention among many countries' names scores lower than its repeat in a
    list of its neighbours ("cases in Masaka district" ... "three districts: Masaka, Rukungiri and
    Kalangala").

    >>> from gazetteer.model import Place
    >>> town, hamlet = Place("t:m", "Masaka", -0.3, 31.7, "city", "UG"), Place("t:h", "Masaka", 9.0, -12.0, "city", "SL")
    >>> spans = [Span(0, 1, 0, 15, "masaka district", 0.0, []), Span(5, 5, 40, 46, "masaka", 0.0, [])]
    >>> _confirmed_by_namesakes([None, (town, 0.9)], {0: (town, 0.4)}, spans)[0] == (town, 0.4)
    True
    >>> _confirmed_by_namesakes([None, (town, 0.9)], {0: (hamlet, 0.4)}, spans)[0] is None
    True
    >>> _confirmed_by_namesakes([None, None], {0: (town, 0.4)}, spans)[0] is None
    True
    >>> _confirmed_by_namesakes([None, (town, 0.2)], {0: (town, 0.4)}, spans)[0] is None
    True
    """
    if not weak:  # (most documents: every span above its floor or out for another reason)
        return out
    confirmed = {pair[0].id for pair in out if pair is not None and pair[1] >= CONFIRMING_CONFIDENCE}
    return [weak[i] if pair is None and i in weak and weak[i][0].id in confirmed else pair
            for i, pair in enumerate(out)]


def _named_after_a_far_town(place: Place, span: Span, tokens: Tokens,
                            anchors: Sequence[tuple[str, Place, bool]]) -> bool:
    """The span names a valley, a mountain or a volcano after a town ("the Canaan Valley", "the volcano Kilauea":
    ``_landform_named``) or a school before its grade ("Dunbar High School"), and ``place`` is a town under
    BIG_TOWN people at least NEAR_KM from every place the document names confidently (``anchors``): the
    landform or the school lies among them and takes its name from a river, a person or a place the index does
    not hold there, not from a namesake town far away (Canaan, Maine, for the valley in West Virginia; Dunbar,
    West Virginia, for the school in Fort Myers).

    >>> from gazetteer.normalize import tokenize
    >>> tokens = tokenize("east of Canaan Valley")
    >>> span = Span(2, 3, 8, 21, "canaan", 0.0, [], name_last=2)
    >>> maine = Place("t:c", "Canaan", 44.76, -69.56, "city", "US", population=2_000)
    >>> elkins = Place("t:e", "Elkins", 38.93, -79.85, "city", "US", population=7_000)
    >>> _named_after_a_far_town(maine, span, tokens, [("elkins", elkins, False)])
    True
    >>> _named_after_a_far_town(maine, span, tokens, [])  # (no confident place to be far from)
    False
    """
    if place.kind != "city" or place.population >= BIG_TOWN or (
            _landform_named(span, tokens) is None and tuple(tokens.keys[span.last + 1:span.last + 3]) not in SCHOOLS):
        return False
    points = [(other.lat, other.lon) for key, other, _ in anchors if key != span.key]
    return bool(points) and nearest_km(place, points) >= NEAR_KM


def _volcano_of_another_country(place: Place, span: Span, tokens: Tokens, countries: Mapping[str, set[str]]) -> bool:
    """The span names a volcano ("the Etna volcano", "the volcano Etna": ``_landform_named``), and ``place`` is a town
    of a country in which no other name of the document lies while some lie elsewhere: the index lacks the volcano,
    and the town is a namesake abroad (Etna, Pennsylvania, for the volcano in a story about Sicily). A town in
    the story's country stays, often named after the volcano beside it (Taal, Batangas).

    >>> from gazetteer.normalize import tokenize
    >>> tokens = tokenize("the Etna volcano")
    >>> span = Span(1, 2, 4, 8, "etna", 0.0, [], name_last=1)
    >>> etna = Place("t:e", "Etna", 40.5, -79.95, "city", "US", population=3_000)
    >>> _volcano_of_another_country(etna, span, tokens, {"IT": {"sicily"}})
    True
    >>> _volcano_of_another_country(etna, span, tokens, {"US": {"pennsylvania"}}), _volcano_of_another_country(etna, span, tokens, {})
    (False, False)
    """
    if place.kind != "city" or _landform_named(span, tokens) != VOLCANO:
        return False
    return any(key != span.key for keys in countries.values() for key in keys) and not _spoken_of(place, span, countries)


#: The words after a name that make it a school's: "Dunbar High School", "Lincoln Elementary School".
SCHOOLS = {(name_key(grade), name_key("school")) for grade in ("high", "middle", "elementary", "primary", "secondary", "junior")}


def _landform_named(span: Span, tokens: Tokens) -> str | None:
    """The landform word (``recognize.LANDFORM_WORDS``) the span names a landform by: taken in after the name
    ("the Swat Valley", "the Etna volcano"), or "volcano" right before it ("the volcano Kilauea")."""
    if 0 <= span.name_last < span.last and tokens.keys[span.last] in LANDFORM_WORDS:
        return tokens.keys[span.last]
    return VOLCANO if span.first > 0 and tokens.keys[span.first - 1] == VOLCANO else None


def _island_of_another_place(place: Place, span_index: int, spans: Sequence[Span], tokens: Tokens,
                             countries: Mapping[str, set[str]], first: Mapping[int, Place]) -> bool:
    """The span names an island ("Kyushu Island", see ``recognize.LANDFORM_WORDS``) and ``place`` is not
    the island: the index holds a whole island as a country, a first-level division or a region (Réunion,
    Hokkaido, Sumatra); a town or a county of the name is what the island is named after, or a namesake
    ("Ellis Island" is no Ellis, Kansas; "Kent Island" no Kent), and so is a division of a country no
    other name of the document lies in while STRAY_EVIDENCE names lie elsewhere ("Victoria Island" in
    Lagos, Nigeria, is no Australian state), or while every place the first pass read (``first``) lies
    ISLAND_FAR_KM away, on another continent: the index lacks the story's island (a "San Juan Island" among
    Washington's places is no Argentine province). A country is itself wherever the story is ("Reunion Island").

    >>> from gazetteer.normalize import tokenize
    >>> tokens = tokenize("off Hainan Island")
    >>> spans = [Span(1, 2, 4, 17, "hainan", 0.0, [], name_last=1)]
    >>> hainan = Place("t:h", "Hainan", 19.2, 109.6, "admin1", "CN")
    >>> town = Place("t:t", "Hainan", 39.0, 106.8, "city", "CN", population=50_000)
    >>> _island_of_another_place(hainan, 0, spans, tokens, {}, {}), _island_of_another_place(town, 0, spans, tokens, {}, {})
    (False, True)
    >>> _island_of_another_place(hainan, 0, spans, tokens, {"NG": {"lagos", "nigeria"}}, {})
    True
    >>> _island_of_another_place(hainan, 0, spans, tokens, {"KR": {"jeju"}}, {})
    False
    >>> seattle = Place("t:s", "Seattle", 47.6, -122.3, "city", "US", population=700_000)
    >>> spans.append(Span(5, 5, 30, 37, "seattle", 0.0, []))
    >>> _island_of_another_place(hainan, 0, spans, tokens, {"US": {"seattle"}}, {1: seattle})
    True
    >>> reunion = Place("t:r", "Reunion", -21.1, 55.5, "country", "RE")
    >>> _island_of_another_place(reunion, 0, spans, tokens, {"FR": {"france", "paris"}}, {})
    False
    """
    span = spans[span_index]
    if _landform_named(span, tokens) != ISLAND:
        return False
    if place.kind not in ISLAND_KINDS:
        return True
    if place.kind == "country" or _spoken_of(place, span, countries):
        return False
    elsewhere = {key for code, keys in countries.items() if code != place.country for key in keys} - {span.key}
    if len(elsewhere) >= STRAY_EVIDENCE:
        return True
    points = [(other.lat, other.lon) for j, other in first.items() if spans[j].key != span.key]
    return bool(points) and nearest_km(place, points, ISLAND_FAR_KM) >= ISLAND_FAR_KM


#: Landforms a division is named after with a compass word ("Central Plateau", Haiti's Centre; "Southern Highlands").
DIVISION_LANDFORMS = frozenset(("plateau", "highlands", "lowlands"))


def _landform_of_another_country(place: Place, span: Span, countries: Mapping[str, set[str]]) -> bool:
    """``place`` is a first-level division the span names by a compass word and a landform only ("Central
    Plateau", Haiti's Centre), and no other name of the document (nor a demonym) lies in its country: the
    words name that landform of the story's own country ("Tasmania's Central Plateau", "the Central Plateau
    of Mexico").

    >>> centre = Place("t:c", "Centre", 19.0, -72.0, "admin1", "HT")
    >>> span = Span(0, 1, 0, 15, "central plateau", 0.0, [])
    >>> _landform_of_another_country(centre, span, {"AU": {"tasmania"}}), _landform_of_another_country(centre, span, {"HT": {"haiti"}})
    (True, False)
    >>> _landform_of_another_country(centre, Span(0, 0, 0, 6, "centre", 0.0, []), {"AU": {"tasmania"}})
    False
    """
    if place.kind != "admin1":
        return False  # (most places: the key is not even split)
    words = span.key.split()
    return (len(words) == 2 and words[0] in COMPASS_ADJECTIVES
            and words[1] in DIVISION_LANDFORMS and not _spoken_of(place, span, countries))


def _floor(span_index: int, spans: Sequence[Span], tokens: Tokens, text: str, best: float) -> float:
    """The lowest score a span's best place may have: MIN_SCORE, less PLACED_SUPPORT for a name the
    wording places (see ``placed_by_wording``). Worked out only for the few spans below MIN_SCORE."""
    if best >= MIN_SCORE or not placed_by_wording(span_index, spans, tokens, text):
        return MIN_SCORE
    return MIN_SCORE - PLACED_SUPPORT


def placed_by_wording(span_index: int, spans: Sequence[Span], tokens: Tokens, text: str) -> bool:
    """``spans[span_index]`` is a rare name written with a capital (no English word: PLACED_ZIPF; not
    in capitals, an acronym's form; a lower-cased text cannot show where a name ends) of only towns
    of one country, right after a locative ("to Jarablus", "to al-Bab"; not "according to", a source),
    a verb of a journey ("fled Jarablus", ``PLACING_VERBS``) or "for" that follows another name ("left
    Douma for Jarablus", the journey ``_joined_places`` reads), and not the start of a longer name
    ("at Mataika House").

    >>> from gazetteer.model import Place
    >>> from gazetteer.normalize import tokenize
    >>> town = Candidate(Place("t:1", "Jarābulus", 36.8, 38.0, "city", "SY", population=25_000), False, False)
    >>> def spans_of(text, *words):
    ...     tokens = tokenize(text)
    ...     return [Span(i, i, tokens.starts[i], tokens.ends[i], tokens.keys[i], 0.0, [town]) for i in words], tokens
    >>> def placed(text, *words): return placed_by_wording(len(words) - 1, *spans_of(text, *words), text)
    >>> placed("They went to Jarablus", 3), placed("Buses left Douma for Jarablus", 2, 4)
    (True, True)
    >>> placed("Families fled Jarablus", 2)
    True
    >>> placed("Jarablus said", 0), placed("according to Jarablus", 2), placed("at Jarablus House", 1)
    (False, False, False)
    >>> placed("Buses reached Jarablus. In Idlib", 2), placed("Buses reached Jarablus, Idlib", 2)
    (True, True)
    >>> placed("they went to jarablus", 3)
    False
    """
    span = spans[span_index]
    written = text[span.start:span.end]
    if span.acronym or span.zipf >= PLACED_ZIPF or span.first == 0 or written.islower():
        return False
    if not span.candidates or len({c.place.country for c in span.candidates}) != 1 or any(
            c.place.kind != "city" for c in span.candidates):
        return False
    after = span.last + 1
    if after < len(tokens) and tokens.keys[after] != SEPARATOR and text[
            tokens.starts[after]:tokens.starts[after] + 1].isupper():
        return False  # a longer name starts with it ("at Mataika House"; not "at Jarablus. In ...")
    before = tokens.keys[span.first - 1]
    if before in PLACING_VERBS:
        return True
    if before in LOCATIVES:
        return not (before == "to" and span.first > 1 and tokens.keys[span.first - 2] == ACCORDING)
    return before == "for" and span_index > 0 and spans[span_index - 1].last == span.first - 2


#: Lower-case words after "the X" that make X the name of a hazard event ("the Eaton fire").
EVENT_WORDS = frozenset(map(fold, ("fire", "fires", "blaze", "wildfire", "storm", "complex")))


def names_an_event(span_index: int, spans: Sequence[Span], tokens: Tokens, text: str) -> bool:
    """The span is X of "the X fire" or of "the X and Y fires" (``EVENT_WORDS`` in lower case): the name
    of an event, after a canyon, a road or a town where it burns.

    >>> from gazetteer.normalize import tokenize
    >>> def event(text, *words):
    ...     tokens = tokenize(text)
    ...     spans = [Span(i, i, tokens.starts[i], tokens.ends[i], tokens.keys[i], 0.0, []) for i in words]
    ...     return [names_an_event(j, spans, tokens, text) for j in range(len(spans))]
    >>> event("People fled the Eaton fire.", 3), event("People fled a fire in Eaton.", 5)
    ([True], [False])
    >>> event("the Eaton Fire Department", 1), event("the Palisades and Eaton fires", 1, 3)
    ([False], [True, True])
    """
    span, keys = spans[span_index], tokens.keys
    after = _past_a_listed_name(span.last + 1, 1, tokens, text)
    before = span.first if keys[span.first] == "the" else _past_a_listed_name(span.first - 1, -1, tokens, text)
    return (0 <= before and keys[before] == "the" and after < len(tokens) and keys[after] in EVENT_WORDS
            and text[tokens.starts[after]].islower())


def _past_a_listed_name(i: int, step: int, tokens: Tokens, text: str) -> int:
    """Token ``i``, or, where it is "and", the token past the capitalised words beyond it ("and Eaton")."""
    n = len(tokens.keys)  # (not ``len(tokens)``, a Python-level call: this is asked twice of every span)
    if not 0 <= i < n or tokens.keys[i] != "and":
        return i
    i += step
    while 0 <= i < n and text[tokens.starts[i]].isupper():
        i += step
    return i


def far_namesakes(span: Span, anchors: Sequence[tuple[str, Place, bool]], focus: Collection[str]) -> list[int]:
    """Indices of the span's towns and districts NEAR_KM or more from every place another name of the
    document was resolved to with confidence (all of them where there is none), and of its first-level
    divisions of countries neither these places nor the document's ``focus`` are in: for an event's name, namesakes, not where it happens ("the Eaton fire" beside Pasadena is no town of Colorado; "the
    Paradise fire" beside Chico is Paradise, California, not Nevada).

    >>> from gazetteer.model import Place
    >>> nv = Candidate(Place("t:nv", "Paradise", 36.1, -115.1, "city", "US", population=220_000), True, False)
    >>> ca = Candidate(Place("t:ca", "Paradise", 39.76, -121.62, "city", "US", population=26_000), True, False)
    >>> chico = Place("t:chico", "Chico", 39.73, -121.84, "city", "US", population=120_000)
    >>> far_namesakes(Span(0, 0, 0, 8, "paradise", 0.0, [nv, ca]), [("chico", chico, False)], ())
    [0]
    """
    others = [p for key, p, _ in anchors if key != span.key]
    points, countries = [(p.lat, p.lon) for p in others], {p.country for p in others}.union(focus)
    return [j for j, c in enumerate(span.candidates)
            if c.place.kind in NEAR_KINDS and (not points or nearest_km(c.place, points) >= NEAR_KM)
            or c.place.kind == "admin1" and c.place.country not in countries]


#: How many other names (or demonyms) of other countries make a small town of a country nothing else
#: of the document lies in a stray (see ``_stray_town``): one can be as wrong as the town.
STRAY_EVIDENCE = 2
#: A division this far from every place the document's other names were read as lies on another continent.
ISLAND_FAR_KM = 3000.0
#: A story about one country (see ``_abroad_in_a_one_country_story``): the share of the document's names
#: (a demonym counts as one) that lie there, and how many at least.
ONE_COUNTRY_SHARE, ONE_COUNTRY_NAMES = 0.7, 3
#: How often a story names its subject at least.
SUBJECT_MENTIONS = 3
#: How many countries make a list's other names places like them (see ``_located``).
LISTED_COUNTRIES = 2
#: The word of "X-based": the name says where a group or a firm is (see ``_located``).
BASED = "based"


def _divisions_named(spans: Sequence[Span], first: Mapping[int, Place],
                     sentences: Sequence[int]) -> dict[str, frozenset[tuple[str, int]]]:
    """Per country code, (key, sentence) of the spans the first pass read as its first-level divisions."""
    out: dict[str, set[tuple[str, int]]] = {}
    for i, place in first.items():
        if place.kind == "admin1":
            out.setdefault(place.country, set()).add((spans[i].key, sentences[i]))
    return {code: frozenset(named) for code, named in out.items()}


def _countries_named(spans: Sequence[Span], first: Mapping[int, Place],
                     demonym_countries: Sequence[str]) -> dict[str, set[str]]:
    """Per country code, the keys of the spans the first pass put there ("" for a demonym)."""
    out: dict[str, set[str]] = {code: {""} for code in demonym_countries}
    for i, place in first.items():
        out.setdefault(place.country, set()).add(spans[i].key)
    return out


def _stray_town(place: Place, span_index: int, spans: Sequence[Span], located: Collection[int],
                countries: Mapping[str, set[str]], text: str) -> bool:
    """``place`` is a town under BIG_TOWN people of a country no other name of the document lies in
    (nor a demonym speaks for), in a document whose names lie in other countries (at least
    STRAY_EVIDENCE of them), and the wording places nothing there (``_located``): a small town abroad is named
    with its country or its neighbours ("Gori, Georgia"), or as where something is ("resettled in
    Clarkston"); bare among the places of other countries it is a person, a word or a firm sharing
    its name ("Castro said", "Route 9", "the Reston strain"). Not a hand-made table's place. Written with a letter
    single that its names double (or the other way round), it is stray even where the wording places something:
    "at Kopa business centre" in a story of Zimbabwe is no Koppa of India, whose key only it shares."""
    span = spans[span_index]
    if place.kind != "city" or place.population >= BIG_TOWN or _spoken_of(place, span, countries):
        return False
    elsewhere = {key for code, keys in countries.items() if code != place.country for key in keys} - {span.key}
    if len(elsewhere) < STRAY_EVIDENCE:
        return False
    written = spelling_of(text[span.start:span.end])
    return span_index not in located or all(written != spelling_of(name) for name in (place.name, *place.aliases))


def _word_of_its_sentence(place: Place, span: Span, countries: Mapping[str, set[str]]) -> bool:
    """The span is the plural of a common word opening a sentence before its verb (``Span.worded``: "Rivers
    burst their banks") and ``place`` lies in a country no other name of the document (nor a demonym) speaks
    of: the capital is the sentence's, not a name's. A story about the place names its country or its
    neighbours ("Rivers police said" beside Port Harcourt); a country's own name is always one, and a town of
    BIG_TOWN people is more often meant than its word ("Queens residents said")."""
    return (span.worded and place.kind not in ("country", "continent") and place.population < BIG_TOWN
            and not _spoken_of(place, span, countries))


def _foreign_by_english_words(place: Place, span: Span, countries: Mapping[str, set[str]]) -> bool:
    """``place`` is a town the span names only by another name of it made of English words (its
    rarest word of COMMON_ZIPF: "White House", GeoNames' translation of Casablanca; "Garden City" of
    Singapore), and no other name of the document lies in its country (nor a demonym speaks for
    it): the words mean what they say ("the White House said"). A town's own name stays ("Long
    Beach", "Little Rock"), as do countries ("Ivory Coast") and a hand-made table's places."""
    if place.kind != "city" or span.zipf < COMMON_ZIPF:
        return False
    return not (_spoken_of(place, span, countries) or any(c.place is place and c.primary for c in span.candidates))


def _building_after_the(place: Place, span_index: int, spans: Sequence[Span], tokens: Tokens, text: str,
                        context: Context, get: Lookup) -> bool:
    """``place`` is a town under BIG_TOWN people named by English words (its rarest word of
    COMMON_ZIPF), written with a capital after "the" and ending the noun phrase: the words name a
    building or the office in it, not the town ("a letter from the White House", "talks at the
    White House." are the president's, not White House, Tennessee), unless a link places the town or
    the document names its county. Its state is not enough: a Tennessee story quotes the president's
    White House too. A capitalised word after the name makes it part of an institution's name, which
    keeps the place ("the New London Police Department"), as do "area" and the like ("the Rice Lake
    area"); big towns ("the Los Angeles riots") and hand-made tables' places stay."""
    span = spans[span_index]
    if (place.kind != "city" or place.population >= BIG_TOWN or span.zipf < COMMON_ZIPF or span.first == 0
            or tokens.keys[span.first - 1] != "the" or not text[span.start].isupper()
            or any(c.preferred for c in span.candidates)):
        return False
    after = span.last + 1  # (a separator is no word: "at the White House. Officials said")
    if after < len(tokens.keys) and tokens.keys[after] != SEPARATOR and (
            text[tokens.starts[after]].isupper() or tokens.keys[after] in LOCATING_WORDS):
        return False
    if span_index in context.linked:
        return False
    return not any(a.kind == "admin2" and a.id in context.chosen for a in ancestors(place, get))


def _abroad_in_a_one_country_story(place: Place, span_index: int, spans: Sequence[Span], located: Collection[int],
                                   countries: Mapping[str, set[str]]) -> bool:
    """``place`` is a town under FAMOUS_CITY people (or a famous city named only by another language's name:
    "Sion", a French name of Jerusalem, among Mumbai's suburbs is Mumbai's Sion; "deli", "pet", "limo" in
    lower-cased news are no Delhi, Perth or Lima) of a country no other name of the document lies in
    (nor a demonym speaks for), in a story about one other country (ONE_COUNTRY_SHARE of the other
    names of the document and at least ONE_COUNTRY_NAMES lie there): the index lacks the story's own place of that name ("Palma" among
    Pemba, Mueda and Cabo Delgado is the Mozambican town, not Palma de Mallorca), or the name is a
    word or a person's ("Otay Mesa", "Mr. Durham"). A place abroad the wording locates something in
    (``_located``) stays ("talks in Geneva", "fled to Przemysl"), unless the name recurs (SUBJECT_MENTIONS): what a
    story keeps naming is its subject, in its country; or a plural kind word lists it (``Span.listed``): "in
    Belas, Cazenga and Cacuaco districts" names divisions side by side, of the story's country, and the
    Portuguese town Belas is not one. Not a hand-made table's place."""
    span = spans[span_index]
    if place.kind != "city" or _spoken_of(place, span, countries) or place.population >= FAMOUS_CITY and any(
            c.primary and c.place is place for c in span.candidates):
        return False
    named = [len(keys - {span.key}) for keys in countries.values()]
    most = max(named, default=0)
    if most < ONE_COUNTRY_NAMES or most < ONE_COUNTRY_SHARE * sum(named):
        return False
    return span.listed or not (span_index in located and sum(s.key == span.key for s in spans) < SUBJECT_MENTIONS)


def _located(spans: Sequence[Span], tokens: Tokens, groups: Sequence[Sequence[int]],
             kinds: Mapping[int, str]) -> frozenset[int]:
    """Indices of the spans the wording places something in: right after a locative ("resettled in
    Clarkston"), before "-based" ("the Atlanta-based agency"), or later in a list led by such a name
    ("labs in Tokyo and Goma"); and of the names of a list with LISTED_COUNTRIES names the first pass
    read as countries (``kinds``): places like them ("the Zaire, Bundibugyo and Sudan strains").

    >>> from gazetteer.normalize import tokenize
    >>> def located(text, *words, groups=()):
    ...     tokens = tokenize(text)
    ...     spans = [Span(i, i, tokens.starts[i], tokens.ends[i], tokens.keys[i], 0.0, []) for i in words]
    ...     return sorted(_located(spans, tokens, groups, {}))
    >>> located("talks in Geneva", 2), located("the Atlanta-based agency", 1), located("Castro said", 0)
    ([0], [0], [])
    >>> located("labs in Tokyo and Goma", 2, 4, groups=[[0, 1]]), located("Tokyo and Goma", 0, 2, groups=[[0, 1]])
    ([0, 1], [])
    """
    def placed(span: Span) -> bool:
        after = span.last + 1
        return (span.first > 0 and tokens.keys[span.first - 1] in LOCATIVES
                or span.last in tokens.attached and after < len(tokens) and tokens.keys[after] == BASED)

    out = {i for i, span in enumerate(spans) if placed(span)}
    for group in groups:
        if group[0] in out or sum(kinds.get(i) == "country" for i in group) >= LISTED_COUNTRIES:
            out.update(group)
    return frozenset(out)


def _spoken_of(place: Place, span: Span, countries: Mapping[str, set[str]]) -> bool:
    """Another name of the document (or a demonym) lies in the place's country, or the span names it
    from a hand-made table."""
    return (any(key != span.key for key in countries.get(place.country, ()))
            or any(c.preferred and c.place is place for c in span.candidates))


def _placed_where_none_is(spans: Sequence[Span], pairs: Sequence[tuple[int, int]],
                          between: Sequence[tuple[list[str], bool]], groups: Sequence[Sequence[int]],
                          first: Mapping[int, Place], get: Lookup, text: str) -> set[int]:
    """Spans of towns that "X, Y" places in a first-level division or a country (as the first pass
    resolved Y, by its own name or a state's dotted abbreviation: ``_by_its_name``) where none of their
    candidates lies: "Stroud, Ontario" names a town the gazetteer does not know, and its namesakes in
    England and Oklahoma are not it ("Granada, Colo." none in California). So does a
    second-level division with none of them near its point either (a source may file a town under its
    state only): "San Agustin, Isabela" is none of the towns so named in other provinces. Left out, not
    put on the wrong continent. Not a name in a list ("the Zaire, Bundibugyo, Ivory Coast and Sudan
    strains"), nor "X in Y", which also joins a place and a season, a contest or a category, nor
    before another name of a country ("south of lille, dominique has admitted": a person's, not
    Dominica's in French). Nor, whatever its kind, a name with its kind word that "of" places in a country none of
    its candidates lies in: "the Plateau region of Togo" is Togo's Plateaux, which the index spells so, not Benin's
    Plateau (a region of no country may lie in it: "the Kashmir region of India")."""
    listed = {i for group in groups for i in group}
    out = set()
    for inner, outer in pairs:
        where = first.get(outer)
        if (outer == inner + 1 and between[inner][0] == _OF and where is not None and where.kind == "country"
                and _by_its_name(spans[outer], where, text)
                and all(c.place.country not in ("", where.country) for c in spans[inner].candidates)):
            out.add(inner)
            continue
        if (outer == inner + 1 and between[inner][1] and inner not in listed and where is not None
                and (where.kind in ("admin1", "country") or where.kind == "admin2" and all(
                    nearest_km(c.place, ((where.lat, where.lon),)) >= NEAR_KM for c in spans[inner].candidates))
                and _by_its_name(spans[outer], where, text)
                # (a province holding the name only as an alias leaves it a town's: "Granada, Colorado" is no
                # Granada Department of Nicaragua; a state's letters and no town are a list's: "in NY, Texas")
                and all(c.place.kind in NEAR_KINDS or c.place.kind == "admin1" and not c.primary
                        for c in spans[inner].candidates)
                and any(c.place.kind in NEAR_KINDS for c in spans[inner].candidates)
                and not any(within(c.place, where, get) for c in spans[inner].candidates)):
            out.add(inner)
    return out


def _by_its_name(span: Span, place: Place, text: str) -> bool:
    """``span`` names ``place`` by its own name, or a state by its dotted abbreviation ("Colo.", "Ill."),
    which stands for nothing else after a town and a comma."""
    letters = text[span.start:span.end].rstrip(".")
    return any(c.primary and c.place is place for c in span.candidates) or (
        place.kind == "admin1" and text[span.start + len(letters):span.start + len(letters) + 1] == "."
        and any(alias.casefold() == f"{letters}.".casefold() for alias in place.aliases))
