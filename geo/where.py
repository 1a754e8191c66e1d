"""Where a movement goes (``Where``), as a sentence says it, and how the article's place fills in the rest.

``geo.roles.places`` reads a sentence into a ``Where``; its methods put the article's or the story's place where the
sentence names none.

Rules:

- **Arrivals** (``geo.vocabulary.ARRIVING``: people arrive, return, land, are received, sheltered or
  hosted, or a relief, refugee or displacement camp holds them) happen where people are: the place the article names most often as where people went
  (``geo.story.story_destination``; none on a tie), else the article's place, is then a destination (when the sentence names
  none; a crossing naming no destination goes to the story's too), never the origin ("Germany expects 800,000 migrants to arrive" in an article about Berlin), and
  a place only located ("800 refugees arrived on Monday in Lesbos"; with the places joined to it: "housed in schools
  in Mbarara and Kabale"), or located beside a named origin ("4,500
  evacuees from Louisiana were housed in hotels in Texas"), is the destination (``Where.from_article``).
- **Lists**: any other count only located in a list of places ("homeless in Jiangxi, Fujian and Guangdong") happened
  in the finest place the article names that holds them all, else in the first one listed (``Where.over_list``);
  a figure for each of them ("37,000 in each of the districts of X and Y") is one report per place (``Where.each_listed``).
  Origins joined ("4,000 arrived from Sukkur and Larkana") are one too: the finest place the article names holding
  them all, else the first (``Where.over_origins``), as for figures listed before one noun (``geo.roles.listed_places``).
  The finest place holding a list is also where a total of figures given place by place lies (``finest_holding``,
  ``geo.totals``).
- **The country**: "fled the country" (or "the nation") standing for the article's place finer than a country is the
  country the article names holding it, as is the origin left unnamed by people who fled to one neighbouring country
  ("to the neighbouring country of South Sudan") (``Where.country_of_article``).
- **The region**: "fled the region" (or "the enclave") standing for the article's place finer than a region is the
  region the article names holding it ("the enclave" in a story told through Stepanakert: Nagorno-Karabakh)
  (``Where.region_of_article``).
- **Into the country**: people who entered "the country" from a place of another went to the one country the article
  names that does not hold their origin (``Where.into_the_country``; none when it names several).
- **A nation's border**: people who fled or crossed over a border or into a territory named by a nation ("over the
  Polish border") went to its country when the sentence names no destination (``Where.over_border``).
- **People named by their country** ("Sudanese", "Malawians"): it is the origin of people who fled or crossed abroad
  naming none (``Where.from_people``; not beside a destination in that country), the country "the country" they fled
  stands for ("Ukrainians have fled the country", ``Where.their_country``), and where people displaced, left
  homeless or fled were uprooted when neither the sentence nor the article places it (``Where.among_people``); either
  way marked ``inferred``; it is the destination of their return from another country naming none ("1,790 Syrians have
  returned home from Turkey", ``Where.back_to_people``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from gazetteer.model import Place
from gazetteer.resolve import nearest_km
from geo.story import FINENESS, fineness, inside


# The words of a generic origin that stand for a whole country: "the country", "their own country", "the nation".
_COUNTRY_WORDS = re.compile(r"(?:the|this|that|their|its|his|her|our)\s+(?:[\w'’-]+\s+){0,2}?(?:country|nation)", re.IGNORECASE)
# The words of a generic origin that stand for a region, with the kinds of place they may be.
_REGION_WORDS = {"region": ("region", "admin1", "admin2"), "enclave": ("region",)}
# Origins listed together that lie this close are neighbours, one point on a map (twin towns, a town and its suburb).
_NEIGHBOURS_KM = 15.0


def finest_holding(listed: Sequence[Place], named: Sequence[Place]) -> Place | None:
    """The finest of the ``named`` places that holds every place ``listed``, none of them itself (Jiangxi and Fujian:
    China); None when nothing is listed or no place named holds them all. One rule for a figure located in a list of
    places (``Where.over_list``) and for a total evacmap computes of figures given place by place (``geo.totals``)."""
    holding = [area for area in named
               if listed and all(place.id != area.id and inside(place, area) for place in listed)]
    return min(holding, key=fineness, default=None)


@dataclass(frozen=True)
class Where:
    """Where a movement goes, as the sentence says it; ``named`` when it names any place of it."""

    origin: Place | None
    origin_text: str
    destinations: tuple[Place, ...]
    destination_texts: tuple[str, ...]
    named: bool
    located: bool = False  # the origin is only where it happened ("800 people evacuated in Mizia"): no cue of leaving
    # places the sentence locates the movement in besides its origin, with their words: where people who arrived or
    # are sheltered are ("4,500 evacuees from Louisiana were housed in hotels in Texas"); when ``located``, the places
    # joined to the origin ("housed in schools in Mbarara and Kabale")
    whereabouts: tuple[tuple[Place, str], ...] = ()
    destined: frozenset[str] = frozenset()  # ids of places the sentence names as other counts' or other people's destinations
    unknown_origin: bool = False  # the sentence names an origin no place mention stands for ("from Azovstal")
    generic: bool = False  # the origin is the article's place standing for "the district", "the enclave"
    inferred: bool = False  # the origin is the country its people are named after, no place the article names
    # further origins joined to the first ("arriving from Sukkur and Larkana"): one movement from all of them
    joined_origins: tuple[Place, ...] = ()

    def _names_origin(self) -> bool:
        """Whether the movement has an origin, a place or words for one, that people named by their country yield to."""
        return self.origin is not None or bool(self.origin_text) or self.unknown_origin

    def from_people(self, country: Place | None) -> Where:
        """The country its people are named after ("Some 10,000 Sudanese crossed into Egypt") as the origin of a
        movement abroad naming none, marked ``inferred``; not when it has no destination or one lies in that country
        ("Sudanese returned to Khartoum"), nor beside an origin named ("375,000 Afghans have left Pakistan")."""
        if (country is None or self._names_origin() or not self.destinations
                or any(d.country == country.country for d in self.destinations)):
            return self
        return replace(self, origin=country, inferred=True)

    def over_border(self, country: Place | None, words: str) -> Where:
        """The country whose border people crossed (``words``: "Polish border") as the destination of a movement naming
        none, nor leaving that country.

        >>> pl = Place("t:pl", "Poland", 52.0, 20.0, "country", "PL")
        >>> [p.name for p in Where(None, "", (), (), False).over_border(pl, "Polish border").destinations]
        ['Poland']
        >>> Where(pl, "Poland", (), (), True).over_border(pl, "Polish border").destinations
        ()
        """
        if (country is None or self.destinations or self.destination_texts
                or (self.origin is not None and self.origin.country == country.country)):
            return self
        return replace(self, destinations=(country,), destination_texts=(words,))

    def headed_abroad(self, country: Place | None) -> Where:
        """People of one ``country`` who fled or crossed abroad, counted under a heading that names another country
        only as where it happened ("- Poland - Some 196,000 Ukrainians have fled over the border", "Chad: 9,000
        Sudanese refugees crossed"), are there: it is their destination (their own country then the origin).

        >>> pl = Place("t:pl", "Poland", 52.0, 20.0, "country", "PL")
        >>> ua = Place("t:ua", "Ukraine", 49.0, 32.0, "country", "UA")
        >>> [p.name for p in Where(pl, "Poland", (), (), True, located=True).headed_abroad(ua).destinations]
        ['Poland']
        >>> Where(ua, "Ukraine", (), (), True, located=True).headed_abroad(ua).origin.name  # their own: left it
        'Ukraine'
        """
        if (country is None or not self.located or self.origin is None or self.origin.kind != "country"
                or self.origin.country == country.country):
            return self
        return self._arrived(None)

    def from_place_left(self, country: Place | None) -> Where:
        """People arriving in another country, naming no origin, in an article whose place is a ``country`` people
        mostly left ("More than 2.3 million have arrived in Poland" in a story of people fleeing Ukraine) came from it;
        so did people arriving in a place apart from the article's town or province people mostly left.

        >>> ua = Place("t:ua", "Ukraine", 49.0, 32.0, "country", "UA")
        >>> pl = Place("t:pl", "Poland", 52.0, 20.0, "country", "PL")
        >>> lviv = Place("t:lv", "Lviv", 49.8, 24.0, "city", "UA")
        >>> Where(None, "", (pl,), ("Poland",), True).from_place_left(ua).origin.name
        'Ukraine'
        >>> Where(None, "", (lviv,), ("Lviv",), True).from_place_left(ua).origin is None  # within it
        True
        >>> kharkiv = Place("t:kh", "Kharkiv", 50.0, 36.2, "city", "UA")
        >>> Where(None, "", (lviv,), ("Lviv",), True).from_place_left(kharkiv).origin.name
        'Kharkiv'
        """
        if country is None or self._names_origin() or not self.destinations:
            return self
        if country.kind != "country":
            # ... as people arriving elsewhere came from a town or province people mostly left ("Nearly 3,000
            # survivors disembarked in Cebu" in a story of people leaving Tacloban)
            apart = all(not inside(p, country) and not inside(country, p) for p in self.destinations)
            return replace(self, origin=country, inferred=True) if apart else self
        if any(p.kind != "country" or p.country == country.country for p in self.destinations):
            return self
        return replace(self, origin=country, inferred=True)

    def their_country(self, country: Place | None) -> Where:
        """The country its people are named after as the one "the country" (or "their country", "the nation") they
        fled stands for ("Thousands of Ukrainians have fled the country": Ukraine, not the country the article names
        most), marked ``inferred``.

        >>> ua = Place("t:ua", "Ukraine", 49.0, 32.0, "country", "UA")
        >>> ro = Place("t:ro", "Romania", 46.0, 25.0, "country", "RO")
        >>> Where(ro, "the country", (), (), True, generic=True).their_country(ua).origin.name
        'Ukraine'
        >>> Where(ro, "the city", (), (), True, generic=True).their_country(ua).origin.name  # a town of theirs? unknown
        'Romania'
        """
        if country is None or not (self.generic or self.origin is None) or not _COUNTRY_WORDS.fullmatch(self.origin_text):
            return self
        return replace(self, origin=country, inferred=True)

    def back_to_people(self, country: Place | None) -> Where:
        """The country its people are named after as the destination of their return from another country naming none
        ("More than 1,790 Syrians have returned home from Turkey": Syria); not a return within it, whose place the
        article gives ("500 Syrians returned home" in a story about Aleppo).

        >>> sy = Place("t:sy", "Syria", 35.0, 38.0, "country", "SY")
        >>> tr = Place("t:tr", "Turkey", 39.0, 35.0, "country", "TR")
        >>> [p.name for p in Where(tr, "Turkey", (), (), True).back_to_people(sy).destinations]
        ['Syria']
        >>> Where(None, "", (), (), False).back_to_people(sy).destinations  # from nowhere named: the article's place
        ()
        """
        if (country is None or self.origin is None or self.origin.country == country.country or self.destinations
                or self.destination_texts):
            return self
        return replace(self, destinations=(country,), destination_texts=(country.name,))

    def among_people(self, country: Place | None) -> Where:
        """The country its people are named after ("Hundreds of Malawians lost their homes") as where a movement
        happened that nothing places, neither the sentence nor the article, marked ``inferred``.

        >>> mw = Place("t:mw", "Malawi", -13.3, 34.3, "country", "MW")
        >>> Where(None, "", (), (), False).among_people(mw).origin.name
        'Malawi'
        >>> za = Place("t:za", "South Africa", -29.0, 24.0, "country", "ZA")
        >>> Where(za, "", (), (), True).among_people(mw).origin.name  # placed elsewhere: there
        'South Africa'
        """
        if country is None or self._names_origin() or self.destinations or self.destination_texts:
            return self
        return replace(self, origin=country, inferred=True)

    def beside_story_destination(self, nearby: Place | None) -> Where:
        """When the article's place is the story's destination (``reached_mostly``) it is not what "the enclave"
        people left: that is the place the sentence before says something happened in, if any ("The withdrawal is
        the second from Eastern Ghouta. 80,000 people have been displaced from the enclave" in a story about
        convoys reaching Idlib), else unknown."""
        if not self.generic:
            return self
        known = nearby is not None and all(nearby.id != p.id for p in self.destinations)
        return replace(self, origin=nearby if known else None, generic=False)

    def the_pair(self, first: Place | None) -> Where:
        """ "The two towns" people left (``generic``) are the pair the article named before, from its ``first``
        ("80 buses left Fuaa and Kafraya. ... 5,000 people had left the two towns"), not the article's place; as
        written when it named no pair.

        >>> foua, aleppo = Place("t:f", "Foua", 35.98, 36.70, "city"), Place("t:a", "Aleppo", 36.2, 37.16, "city")
        >>> Where(aleppo, "the two towns", (), (), True, generic=True).the_pair(foua).origin.name
        'Foua'
        >>> Where(aleppo, "the two towns", (), (), True, generic=True).the_pair(None).origin.name
        'Aleppo'
        """
        if not self.generic or first is None:
            return self
        return replace(self, origin=first, generic=False)

    def from_article(self, context: Place | None, arriving: bool = False) -> Where:
        """The article's place as origin when the sentence names none, unless it lies in a destination
        ("refugees have arrived in Germany" in an article about a German town left nobody that town), or it is a
        province or a country a destination lies in ("evacuated to Baghdad" after a sentence about Iraq: a line
        from the middle of Iraq would be drawn from nowhere);
        ``arriving`` (people arrive, return or are received) puts it where they are (``_arrived``)."""
        if arriving:
            return self._arrived(context)
        if (self.origin is not None or self.origin_text or context is None or context.id in self.destined
                or self.unknown_origin
                or any(inside(context, destination) or (fineness(context) >= FINENESS["admin1"]
                                                         and inside(destination, context))
                       for destination in self.destinations)):
            return self
        return Where(context, "", self.destinations, self.destination_texts, self.named)

    def over_list(self, named: Sequence[Place]) -> Where:
        """A movement only located in a list of places ("400 families were left homeless in Jiangxi, Fujian and
        Guangdong") is one report of all of them, not of the first: it happened in the finest place the article
        names (``named``) that holds them all (China), as an analyst would map one figure for several provinces.
        When the article names none, the first place listed stays: a report drawn nowhere is lost to the map.

        >>> cn = Place("t:cn", "China", 35.0, 103.0, "country", "CN")
        >>> jx = Place("t:jx", "Jiangxi", 27.6, 115.7, "admin1", "CN", parent="t:cn")
        >>> fj = Place("t:fj", "Fujian", 26.1, 118.2, "admin1", "CN", parent="t:cn")
        >>> listed = Where(jx, "Jiangxi", (), (), True, located=True, whereabouts=((fj, "Fujian"),))
        >>> listed.over_list([jx, fj, cn]).origin.name, listed.over_list([jx, fj]).origin.name
        ('China', 'Jiangxi')
        >>> replace(listed, whereabouts=()).over_list([jx, cn]).origin.name  # one place: its own
        'Jiangxi'
        """
        listed = tuple(place for place, _ in self._listed())
        area = None if _neighbours(listed) else finest_holding(listed, named)  # twin towns: the first
        return self if area is None else replace(self, origin=area, origin_text="", whereabouts=())

    def over_origins(self, named: Sequence[Place]) -> Where:
        """A movement from several places joined ("4,000 people arrived from Sukkur and Larkana") is one report of
        them all: from the finest place the article names (``named``) holding them all (Sindh), else from the first.
        Origins that lie one in another name one place twice, the finer more precisely ("people trying to flee China
        were evacuated from Fujian"): the finest is the origin.

        >>> cn = Place("t:cn", "China", 35.0, 103.0, "country", "CN")
        >>> jx = Place("t:jx", "Jiangxi", 27.6, 115.7, "admin1", "CN", parent="t:cn")
        >>> fj = Place("t:fj", "Fujian", 26.1, 118.2, "admin1", "CN", parent="t:cn")
        >>> joined = Where(jx, "Jiangxi", (), (), True, joined_origins=(fj,))
        >>> joined.over_origins([jx, fj, cn]).origin.name, joined.over_origins([jx, fj]).origin.name
        ('China', 'Jiangxi')
        >>> Where(cn, "China", (), (), True, joined_origins=(fj,)).over_origins([cn, fj]).origin.name
        'Fujian'

        Towns or districts that lie within ``_NEIGHBOURS_KM`` of the first ("the twin towns of Foua and Kefraya",
        ``_neighbours``) are one place on a map: the first is the origin, not the province or country holding them (so
        too for ``over_list``).

        >>> foua = Place("t:f", "Foua", 35.98, 36.70, "city", "SY", parent="t:id")
        >>> kefraya = Place("t:k", "Kefraya", 35.99, 36.68, "city", "SY", parent="t:id")
        >>> idlib = Place("t:id", "Idlib Province", 35.8, 36.6, "admin1", "SY")
        >>> Where(foua, "Foua", (), (), True, joined_origins=(kefraya,)).over_origins([foua, kefraya, idlib]).origin.name
        'Foua'
        >>> homs = Place("t:h", "Homs", 34.73, 36.71, "city", "SY", parent="t:id")  # 140 km away: the province
        >>> Where(foua, "Foua", (), (), True, joined_origins=(homs,)).over_origins([foua, homs, idlib]).origin.name
        'Idlib Province'
        """
        if self.origin is None or not self.joined_origins:
            return self
        listed = (self.origin, *self.joined_origins)
        finest = min(listed, key=fineness)
        if all(place.id == finest.id or inside(finest, place) for place in listed):
            return replace(self, origin=finest, origin_text="" if finest.id != self.origin.id else self.origin_text,
                           joined_origins=())
        if _neighbours(listed):
            return replace(self, joined_origins=())  # twin towns: the first lies nearer both than any area holding them
        area = finest_holding(listed, named)
        return replace(self, joined_origins=()) if area is None else replace(self, origin=area, origin_text="",
                                                                             joined_origins=())

    def country_of_article(self, named: Sequence[Place], to_a_neighbour: bool = False) -> Where:
        """ "Fled the country" stands for the article's country, not its town: when the article's place standing in
        for "the country" or "the nation" (``generic``) is finer than a country, the country the article names
        (``named``) holding it is the origin. So it is for people who fled ``to_a_neighbour`` ("to the neighbouring
        country of South Sudan") when the article's place stands in for an origin the sentence names nowhere.

        >>> sd = Place("t:sd", "Sudan", 15.0, 30.0, "country", "SD")
        >>> kh = Place("t:kh", "Khartoum", 15.6, 32.5, "city", "SD")
        >>> Where(kh, "the country", (), (), True, generic=True).country_of_article([kh, sd]).origin.name
        'Sudan'
        >>> Where(kh, "the city", (), (), True, generic=True).country_of_article([kh, sd]).origin.name
        'Khartoum'
        >>> ss = Place("t:ss", "South Sudan", 7.0, 30.0, "country", "SS")
        >>> [Where(kh, "", (ss,), (), True).country_of_article([kh, sd], near).origin.name for near in (True, False)]
        ['Sudan', 'Khartoum']
        """
        words = self.origin_text.lower().split()
        named_country = self.generic and words[-1:] in (["country"], ["nation"])
        standing_in = (to_a_neighbour and not self.origin_text and bool(self.destinations) and self.origin is not None
                       and all(p.kind == "country" and p.country != self.origin.country for p in self.destinations))
        if not (named_country or standing_in) or self.origin is None or self.origin.kind == "country":
            return self
        country = next((p for p in named if p.kind == "country" and inside(self.origin, p)), None)
        return self if country is None else replace(self, origin=country)

    def into_the_country(self, named: Sequence[Place]) -> Where:
        """People who entered "the country" (or crossed into it) from a place of another went to the one country the
        article names (``named``) that does not hold their origin; nothing changes when it names several such
        countries, none, or the movement already has a destination or no origin.

        >>> az = Place("t:az", "Azerbaijan", 40.5, 47.5, "country", "AZ")
        >>> am = Place("t:am", "Armenia", 40.0, 45.0, "country", "AM")
        >>> nk = Place("t:nk", "Nagorno-Karabakh", 39.8, 46.7, "region", "AZ")
        >>> [p.name for p in Where(nk, "the enclave", (), (), True).into_the_country([nk, az, am]).destinations]
        ['Armenia']
        >>> ru = Place("t:ru", "Russia", 60.0, 90.0, "country", "RU")
        >>> Where(nk, "the enclave", (), (), True).into_the_country([nk, az, am, ru]).destinations  # which one?
        ()
        """
        if self.destinations or self.destination_texts or self.origin is None:
            return self
        others = [p for p in named if p.kind == "country" and not inside(self.origin, p)]
        return replace(self, destinations=(others[0],), destination_texts=("the country",)) if len(others) == 1 else self

    def region_of_article(self, named: Sequence[Place]) -> Where:
        """ "Fled the region" (or "the enclave") stands for a region, not the article's town: when the article's place
        standing in for those words (``generic``) is a town or finer, the finest region the article names (``named``)
        holding it is the origin (a province or county too for "the region"; an enclave is no administrative unit).

        >>> nk = Place("t:nk", "Nagorno-Karabakh", 39.8, 46.7, "region", "AZ")
        >>> st = Place("t:st", "Stepanakert", 39.8, 46.7, "city", "AZ", parent="t:nk")
        >>> [Where(st, words, (), (), True, generic=True).region_of_article([st, nk]).origin.name
        ...  for words in ("the enclave", "the breakaway region", "the city")]
        ['Nagorno-Karabakh', 'Nagorno-Karabakh', 'Stepanakert']
        >>> Where(st, "the enclave", (), (), True, generic=True).region_of_article([st]).origin.name  # none named
        'Stepanakert'
        """
        kinds = _REGION_WORDS.get(self.origin_text.lower().rsplit(maxsplit=1)[-1]) if self.generic and self.origin_text else None
        if kinds is None or self.origin is None or fineness(self.origin) >= FINENESS["admin2"]:
            return self
        region = min((p for p in named if p.kind in kinds and p.id != self.origin.id and inside(self.origin, p)),
                     key=fineness, default=None)
        return self if region is None else replace(self, origin=region)

    def each_listed(self) -> tuple[Where, ...]:
        """A figure given for each place of a list ("over 3,000 in each of the districts of Jiangxi and Fujian"): one
        report per place, the same figure for each, never summed nor drawn over the area holding them. Nothing
        when the movement is not only located in a list.

        >>> jx = Place("t:jx", "Jiangxi", 27.6, 115.7, "admin1", "CN")
        >>> fj = Place("t:fj", "Fujian", 26.1, 118.2, "admin1", "CN")
        >>> listed = Where(jx, "Jiangxi", (), (), True, located=True, whereabouts=((fj, "Fujian"),))
        >>> [w.origin_text for w in listed.each_listed()], replace(listed, whereabouts=()).each_listed()
        (['Jiangxi', 'Fujian'], ())
        """
        return tuple(replace(self, origin=place, origin_text=words, whereabouts=()) for place, words in self._listed())

    def _listed(self) -> tuple[tuple[Place, str], ...]:
        """The places (and their words) of the list a movement is only located in, its origin first; nothing when it
        is located otherwise."""
        if not (self.located and self.whereabouts and self.origin is not None):
            return ()
        return ((self.origin, self.origin_text), *self.whereabouts)

    def crossing_to(self, place: Place | None) -> Where:
        """A crossing naming no destination goes where the story says people went (``story_destination``: "60,000
        had crossed in a single day" in a story of refugees crossing into Bangladesh), unless that is where it started
        or holds it."""
        if place is None or self.destinations or self.destination_texts or (
                self.origin is not None and (inside(self.origin, place) or inside(place, self.origin))):
            return self
        return replace(self, destinations=(place,), named=True)

    def received_in(self, place: Place, subject: str) -> Where:
        """People a place received ("the city had received 100,000 evacuees from Mariupol") went there: it is
        the destination, and no origin, nor are the words naming it (``subject``: "the city" would make the
        article's place one); an origin named stays."""
        generic = " ".join(self.origin_text.lower().split()) == " ".join(subject.lower().split())
        if generic or (self.origin is not None and self.origin.id == place.id):
            return Where(None, "", (place,), (), True)
        return Where(self.origin, self.origin_text, (place,), (), True)

    def reached_there(self, reached: Sequence[Place], context: Place | None) -> Where:
        """The place a figure listed after a country entered is "in" ("entering X, 52,000 in Y") is where its people
        arrived (``_arrived``). None of the places the list's first figure went to (``reached``) is its origin, nor is
        the article's place when it lies in one ("281,000 people entering Poland, 84,500 in Hungary" in an article
        about Przemysl: not from Przemysl).

        >>> x = Place("t:x", "X", 52.0, 20.0, "country", "XX")
        >>> town = Place("t:t", "T", 50.0, 22.0, "city", "XX", parent="t:x")
        >>> y = Place("t:y", "Y", 47.0, 19.0, "country", "YY")
        >>> reached = Where(y, "Y", (), (), True, located=True).reached_there((x,), town)
        >>> [p.name for p in reached.destinations], sorted(reached.destined)
        (['Y'], ['t:t', 't:x'])
        """
        standing_in = context is not None and any(context.id == p.id or inside(context, p) for p in reached)
        destined = frozenset(p.id for p in reached) | (frozenset({context.id}) if standing_in else frozenset())
        return replace(self._arrived(None), destined=destined)

    def _arrived(self, context: Place | None) -> Where:
        """People arriving, returning or received are where the sentence or the article places them, never
        from there: "800 migrants arrived on Lesbos", "Germany expects 800,000 migrants to arrive" in an
        article about Berlin. A place only located becomes the destination; the article's place is one
        when the sentence names no place of the movement, and a place located beside a named origin is one ("4,500
        evacuees from Louisiana were housed in hotels in Texas")."""
        if self.located:  # the places it is located in, with those joined to it ("in Mbarara and Kabale")
            located = tuple(p for p, _ in self.whereabouts)
            return Where(None, "", (self.origin, *located, *self.destinations) if self.origin else self.destinations,
                         (self.origin_text, *(w for _, w in self.whereabouts), *self.destination_texts), self.named)
        if self.whereabouts and not self.destination_texts:
            return Where(self.origin, self.origin_text, tuple(p for p, _ in self.whereabouts),
                         tuple(w for _, w in self.whereabouts), self.named)
        if self.origin is not None or self.origin_text or self.destination_texts or context is None:
            return self
        return Where(None, "", (context,), (), self.named)


def _neighbours(listed: Sequence[Place]) -> bool:
    """Whether several places listed are towns or finer lying within ``_NEIGHBOURS_KM`` of the first: one point."""
    if len(listed) < 2:
        return False
    first = listed[0]
    return all(fineness(place) <= FINENESS["city"] and nearest_km(place, [(first.lat, first.lon)]) < _NEIGHBOURS_KM
               for place in listed)
