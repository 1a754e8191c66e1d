"""The article's place and the story's places: what a sentence that names no place of its movement stands on.

``article_place(mentions, text)`` is the place an article is about; ``reached_mostly``, ``left_mostly``,
``story_destination`` and ``story_origin`` where the article says people mostly went or left; ``spoken_in`` a place only where a speaker is;
``inside`` whether a place lies in another.

Rules:

- **The article's place** (``article_place``) stands in for an origin the sentence does not name (nor names
  with a name the gazetteer does not know: "evacuated from Azovstal") or only calls "the district", "the city", "the area" (not when the sentence names it as the destination: "left the camp
  for Somalia" in an article about Somalia): the most mentioned resolved place of the finest kind
  present (neighbourhood/district/site, then city, then region, province, country), among the places of
  the country most mentioned (when several share the lead and a coarser place is named more often than each, the
  coarser scale's; a place named as a division of its scale without the kind word is that division: "Maui" and "Maui
  County" are one; so too when one town leads and a province, region or county holding it is named more often: a
  state's floods told through one town, not a country, also named as a nation); a speaker's place ("officials in Erbil said", ``spoken_in``), a photo caption's
  (``geo.documents.page_furniture``), a border crossing's ("the Masnaa border crossing", ``a_crossing``: people
  pass it, no one left it), an invader's ("since Russia invaded", "Russia's invasion of Ukraine", ``an_invader``) and a
  country named as the state acting ("US President Joe Biden", "the UK rescue mission in Kabul", ``a_state_actor``)
  do not vote, nor a place named only in lists of places side by side (``passed_over``:
  "shelling hit Kafr Batna, Saqba and Zamalka", also each time in several lists) when the article names another more than once. Not
  when the article names it mostly as where people went (``reached_mostly``, also as an example of such places: "hotels in
  the tourist cities on the coast like Antalya"): the story's destination; nor when it lies in the place the story says
  people went (``story_destination``: "refugees arrive to Armenia" in an article about a town of Armenia), where a
  departure naming no place left from the story's origin. Not when it lies in a
  destination (``inside``: it is the destination, its parent, or in a destination country by country
  code): "More than 2,000 refugees have arrived in Germany" in an article about a German town gives no
  origin.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from gazetteer.model import Mention, Place
from geo.vocabulary import EXAMPLES_OPEN, PLACE_KINDS, PLACE_KINDS_PLURAL

_I = re.IGNORECASE

FINENESS = {"site": 0, "neighbourhood": 0, "district": 0, "city": 1, "admin2": 2, "region": 2,
             "admin1": 3, "country": 4, "continent": 5}


def fineness(place: Place) -> int:
    """How fine a place is, from a site (0) to a continent (5): ``FINENESS`` of its kind, but a region in no one country
    ("West Africa", "the Horn of Africa") is wider than any country it spans ("Benin in West Africa": Benin).

    >>> kasai, west = Place("g:1", "Kasai", 0.0, 0.0, "region", "CD"), Place("e:w", "West Africa", 0.0, 0.0, "region")
    >>> fineness(kasai), fineness(west)
    (2, 5)
    """
    if place.kind == "region" and not place.country:
        return FINENESS["continent"]
    return FINENESS.get(place.kind, 1)


# Provinces, regions and counties: named more often than the one town an article names most, the article's scale.
_PROVINCE_SCALES = range(FINENESS["admin2"], FINENESS["country"])
# A place right before a verb of saying is where the speaker is, not the movement's: "..., aid workers in Erbil said",
# "a UNHCR spokesman in Geneva told reporters", "the ministry in Kabul reported".
SAYS_AFTER = re.compile(r"\s+(?:(?:has|have|had|also|later|on\s+\w+day)\s+)*(?:said|says?|saying|told|tells?|reported"
                         r"|announced|added|estimated|stated|confirmed|warned|noted|wrote)\b", _I)
_IN_BEFORE = re.compile(r"\b(?:in|from)\s+$", _I)
# ... but a place's own authorities speak for it: "Disaster management authorities in Bihar said".
PLACE_AUTHORITIES_BEFORE = re.compile(r"\bauthorities\s+in\s+$", _I)
# A speaker named after the verb of saying, and where the speaker is: '"Families have been displaced three times,"
# said an NRC spokesperson in Goma', "..., said a UN official from Geneva", "said agency spokesperson Jane Doe in
# Nairobi" (the title's holder named after it; not "said 2,000 people fled from Goma"), or where the speaker held a
# briefing: "..., he said during a news conference from the emergency centre in Columbia".
SPEAKER_IN_BEFORE = re.compile(
    r"\b(?:said|says|told|added|noted|explained|stated|warned)\s+(?:(?:(?:an?|the)\s+)?(?:[\w'’.-]+\s+){0,3}?"
    r"(?:spokes(?:man|woman|person)|officials?|officers?|director|coordinator|representative|workers?|minister|mayor"
    r"|governor|commander|envoy|chief|head|sources?|manager|president|secretary)\s+"
    r"(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}"
    r"|(?:during|at)\s+(?:an?|the|his|her|their)\s+(?:news|press)\s+(?:conference|briefing)\s+(?:[^.;:]{0,50}?\s)?)"
    r"(?:in|from)\s+(?:the\s+)?$", _I)
# Where people are put up, after "to": a place in it locates the destination ("moved to relief camps in Assam",
# "taken to shelters in Adana", "transferred to hospitals in Orlando", "went to stay with relatives in Iligan", "returned to their homes in Mosul").
SHELTERS = (r"shelters?|camps?|cent(?:re|er)s?|schools?|church(?:es)?|mosques?|temples?|halls?|gym(?:nasium)?s?|stadiums?"
             r"|fairgrounds|tents?|sites?|settlements?|hotels?|accommodation|facilit(?:y|ies)|buildings?|barracks"
             r"|dormitor(?:y|ies)|warehouses?")
# A speaker named after the verb of saying, then described ("..., said Ana Ruiz, a spokeswoman for the office in
# Lima", "..., said Ana Ruiz, who fled her village near Cusco"): what follows is about the speaker, not the people counted;
# but a speaker "who estimated" or "who said" goes on with what was said ("..., said Ana Ruiz, who said 300 had fled"),
# and "said that" opens what was said, no name ("Ana Ruiz, an officer, said that a case was found at a church, a shelter
# where 200 evacuees stay").
SPEAKER_DESCRIBED = re.compile(r",[\"”'’]?\s*(?:said|says|told|added)\s+(?!that\b)[^,]{2,60},\s*(?:an?|the|who(?!"
                               + SAYS_AFTER.pattern + r")|whose)\b", _I)
_DESCRIBED_SPEAKER_BEFORE = re.compile(SPEAKER_DESCRIBED.pattern + r"(?:[^.!?\n]|\.(?!\s+(?-i:[A-Z])|\s*[\"“]))*$", _I)  # not "U.N. office"
_TO_REPORTERS_IN = re.compile(r"\b(?:reporters|journalists)\s+(?:in|from)\s+$", _I)
# Where people went, or are put up: "to Zaporizhzhia", "arrived in Lviv", "left for Tobruk", "a shelter in Chico",
# "a hospital in Chico", also as the last of a list ("moved to Sidon and Tyre", "shelters in Chico, Oroville and Paradise").
_JOURNEY_END = (r"\b(?:to|into|towards?|reach(?:es|ed|ing)?|(?:arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?)\s+(?:in|at)"
                r"|(?:left|leaves?|leaving|headed|heading|bound|depart(?:s|ed|ing)?)\s+for)")  # "buses left for Florida"
_LISTED_BEFORE = r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)){0,4}"
_REACHED_BEFORE = re.compile(rf"(?:{_JOURNEY_END}|\b(?:{SHELTERS}|hospitals?)\s+(?:in|at|near)"
                             rf"(?:\s+the\s+(?:centre|center|heart|outskirts|edge)\s+of)?)\s+(?:the\s+)?{_LISTED_BEFORE}$", _I)
# ... or a place named as an example of the places such a phrase opens: "accommodated in hotels in tourist cities on
# the coast like Antalya", "prefer to go to safe areas in the neighbouring provinces such as Aksaray, Konya and Nigde" (up
# to three words before the kind of places, no preposition among them: not "fled to escape the fighting in cities like X").
_EXAMPLE_REACHED_BEFORE = re.compile(
    rf"(?:{_JOURNEY_END}|\b(?:{SHELTERS})\s+(?:in|at|near))\s+(?:(?!(?:in|of|on|at|from|for|with|by)\s)[\w'’-]+\s+){{0,3}}?"
    rf"(?:{PLACE_KINDS_PLURAL}|areas|zones|countries|places|parts|resorts|destinations)\b[^.;:!?]{{0,60}}?"
    rf"\s+(?:{EXAMPLES_OPEN}|like)\s+{_LISTED_BEFORE}$", _I)
# ... or a place naming the shelters people are put up in: "other Benghazi schools are now filled with new arrivals",
# "the Alpha evacuee shelter is full".
_SHELTERS_AFTER = re.compile(rf"\s+(?:(?:evacuees?|evacuation|relief|emergency|refugee)\s+)?(?:{SHELTERS})\b", _I)
# ... or one taking people in: "the capital, Alpha, is taking in many of the displaced", "Alpha hosts thousands" (not
# "Alpha received heavy rain", nor "Alpha houses", its buildings).
_TAKING_IN_AFTER = re.compile(r"\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+|already\s+)?"
                              r"(?:taking\s+in|hosting|housing|sheltering|accommodating)"
                              r"|hosts|hosted|takes\s+in|took\s+in|has\s+taken\s+in|accommodates|accommodated)\b", _I)
# ... or a place people pass through on their way: "via Doha", "by way of Doha", "passed through the Emirates", "in transit
# in Doha", or one called a transit point after its name ("Doha, a major transit point for Afghan refugees").
_TRANSIT_BEFORE = re.compile(r"\b(?:via|by\s+way\s+of|(?:pass(?:es|ed|ing)?|transit(?:s|ed|ing)?|rout(?:ed|ing))\s+through"
                             r"|in\s+transit\s+(?:in|at|through))\s+(?:the\s+)?$", _I)
_TRANSIT_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:transit|staging)\s+(?:point|hub|post|stop|country|city)s?\b"
                            r"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:hub|stopover)\b", _I)
# ... on a journey only (not "shelters in"): where the story says people went.
_WENT_TO_BEFORE = re.compile(rf"{_JOURNEY_END}\s+(?:the\s+)?$", _I)
# ... or a place expecting people counted to arrive or come, in its clause: "Germany now expects 800,000 migrants to
# arrive", "expects thousands more to come" (not "expects 100,000 to flee", nor "expects the storm to come").
_EXPECTING_AFTER = re.compile(r"\s+(?:(?:now|also|still|had|has|is|was)\s+)?(?:expect|await)(?:s|ed|ing)?\b[^.;:!?]{0,30}?"
                              r"(?:\d|\b(?:dozens|hundreds|thousands|millions)\b)[^.;:!?]{0,40}?\bto\s+(?:arrive|come)\b", _I)
# "to" after a verb of yielding or belonging names who a place passes to, not a journey's end: "since local forces
# surrendered to X", "an area belonging to X", "the district was ceded to X"; so does a side's allegiance: "militias
# loyal to the Democratic Republic of Congo's government".
PASSED_TO = (r"\b(?:surrender(?:s|ed|ing)?|capitulat(?:e|es|ed|ing)|belong(?:s|ed|ing)?|ced(?:e|es|ed|ing)"
             r"|annex(?:es|ed|ing)?|handed\s+(?:over|back)|loyal|allied|affiliated|aligned)\s+")
_PASSED_TO_BEFORE = re.compile(rf"{PASSED_TO}to\s+(?:the\s+)?$", _I)
# ... nor after a word comparing or crediting: "according to Angola news agency ANGOP", "compared to Homs" (the words
# of a place only compared with or credited, ``geo.roles``).
COMPARED = r"\b(?:than|unlike|like|compared|similar|due|owing|thanks|according|prior|contrary|relative|akin)\s+"
_CREDITED_TO_BEFORE = re.compile(rf"{COMPARED}to\s+(?:the\s+)?$", _I)
# ... nor is "to" after a road where it leads, past the place it starts from or links: "the mountain road running from
# Goris to X", "the only road connecting Armenia to X" (the route, not a journey; "fled along the road to X" went there).
ROAD_LEADING = (r"\b(?:roads?|highways?|motorways?|routes?|streets?|bridges?)\s+(?:(?:that|which)\s+)?"
                r"(?:lead(?:s|ing)?|run(?:s|ning)?|go(?:es|ing)?|connect(?:s|ing)?|link(?:s|ing)?)(?:\s+(?:from\s+)?(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?")
_ROAD_TO_BEFORE = re.compile(rf"{ROAD_LEADING}\s+(?:to|into|towards?)\s+(?:the\s+)?$", _I)
# ... and where it says people left: after "from", "out of" or a verb of leaving ("fled Mosul", "the city of X" told to
# leave; "left the besieged enclave of X"), or as the subject of an evacuation ("Yellowknife ordered to evacuate", "Hay
# River was evacuated").
_LEFT_BEFORE = re.compile(r"\b(?:from|out\s+of|left|leave|leaving|fled|flee|fleeing|evacuat\w*)\s+(?:the\s+)?"
                          r"(?:(?:[\w-]+\s+)?(?:enclave|city|town|village|district|area|region)\s+of\s+)?$", _I)
# ... not a place only describing the subject ("citizens of Poland were evacuated", "people in Mosul were evacuated");
# "the city of Yellowknife" (or "the Cree community of Mistissini") is the place itself.
_DESCRIBES_BEFORE = re.compile(r"\b(?:(?<!city\s)(?<!town\s)(?<!village\s)(?<!community\s)(?<!hamlet\s)of|from|in|at|near|to|for|with|by)\s+(?:the\s+)?$", _I)
# An active verb with people counted as its object has the evacuator as its subject, not the place emptied ("Britain
# evacuates 2,000 people from Sudan"; "Yellowknife evacuates as the fire nears" is emptied).
# An apposition locating or describing the place may come between ("Mistissini, located 550 kilometres north of
# Montreal, would likely be evacuated"), and a modal verb, when the evacuation is to come.
_EVACUATED_AFTER = re.compile(r"(?:,\s*(?:located|situated|about|some|an?\s+(?:[\w-]+\s+)?(?:town|city|village|community|hamlet"
                              r"|municipality))\b(?:[^,;]|,\d){0,80},)?"
                              r"\s+(?:(?:(?:has|have|had)\s+been\s+|was\s+|were\s+|is\s+|are\s+"
                              r"|(?:will|would|could|may|might|must)\s+(?:(?:likely|probably|also|soon)\s+)?be\s+"
                              r"|(?:is|are)\s+(?:expected|likely|set|due)\s+to\s+be\s+)(?:(?:ordered|told|forced)\s+to\s+)?"
                              r"(?:evacuat|empt)|(?:(?:ordered|told|forced)\s+to\s+)?(?:evacuat|empt)(?![a-z]*\s+(?:(?:some|about|around"
                              r"|nearly|over|more\s+than|at\s+least|up\s+to|an\s+estimated)\s+)?\d))", _I)

# A place whose people a relative clause sends away is emptied too, whatever preposition names it and past an
# apposition describing it ("an order for Fort Smith, a town of about 2,500, whose residents were told to leave").
_RESIDENTS_SENT_AFTER = re.compile(
    r"(?:,\s*an?\s+(?:town|city|village|community|settlement|hamlet)\b(?:[^,;]|,\d){0,80})?,\s*whose\s+(?:residents|inhabitants"
    r"|people|population)\s+(?:(?:were|was|have\s+been|had\s+been|are|is)\s+(?:told|ordered|forced|asked|urged)\s+to\s+"
    r"(?:leave|evacuate|flee)|(?:have\s+|had\s+)?(?:fled|left|evacuated))\b", _I)


def article_place(mentions: Sequence[Mention], text: str) -> Place | None:
    """The place an article is about: the most mentioned resolved place of the finest kind present; not a place
    named only as one of a list of places side by side (``passed_over``), when without it the article names
    another place more than once that is not mostly where people went (``reached_mostly``).

    >>> from gazetteer.model import Place
    >>> homs = Place("g:1", "Homs", 34.7, 36.7, "city")
    >>> waer = Place("g:2", "al-Waer", 34.7, 36.7, "district", parent="g:1")
    >>> article_place([Mention("d", "Homs", 0, 4, homs)] * 3 + [Mention("d", "Waer", 9, 13, waer)], "").name
    'al-Waer'
    >>> article_place([Mention("d", "Atlantis", 0, 8)], "Atlantis") is None
    True
    """
    named = _in_main_country([m.place for m in mentions if m.place is not None])
    resolved = _one_per_name(named)
    told = _most_mentioned(resolved)
    if told is None:
        return told
    # a place voting as another ("Maui" as "Maui County") is passed over only when all its names are
    listed = passed_over(text, mentions)
    passing = {vote.id for vote in resolved} - {vote.id for place, vote in zip(named, resolved) if place.id not in listed}
    if told.id not in passing:
        return told
    rest = _most_mentioned([p for p in resolved if p.id not in passing])
    if rest is not None and sum(p.id == rest.id for p in resolved) > 1 and not reached_mostly(text, mentions, rest):
        return rest
    return told


def _one_per_name(places: list[Place]) -> list[Place]:
    """``places`` with a place named as a division of the same scale without its kind word read as that division:
    "Maui" (the island) and "Maui County" are one place for the vote; not a city and its province ("Idlib",
    "Idlib Province": two scales), nor a namesake in another country.

    >>> maui = Place("e:m", "Maui", 20.8, -156.3, "region", "US")
    >>> county = Place("g:1", "Maui County", 20.9, -156.5, "admin2", "US")
    >>> [p.id for p in _one_per_name([maui, county, maui])]
    ['g:1', 'g:1', 'g:1']
    >>> idlib = Place("g:2", "Idlib", 35.9, 36.6, "city", "SY")
    >>> province = Place("g:3", "Idlib Province", 35.8, 36.6, "admin1", "SY")
    >>> [p.id for p in _one_per_name([idlib, province])]
    ['g:2', 'g:3']
    """
    divisions = {}
    for place in places:
        name, _, kind = place.name.rpartition(" ")
        if place.kind in ("admin1", "admin2") and kind.casefold() in PLACE_KINDS:
            divisions[name.casefold()] = place
    if not divisions:  # (most articles: no division named with its kind word)
        return places
    alike = [divisions.get(p.name.casefold()) for p in places]
    return [d if d is not None and d.country == p.country and fineness(d) == fineness(p) else p
            for p, d in zip(places, alike)]


# Places side by side in a list: "Kafr Batna, Saqba and Zamalka", "Zamalka and Jobar", "Harbour Town or Hillside",
# past a bracket after a name ("Harjaleh (17,457 persons) and Dweir").
_LIST_JOINT = re.compile(r"\s*(?:\([^()\n]{0,40}\)\s*)?(?:,\s*(?:(?:and|or)\s+)?|(?:and|or|&)\s+)(?:the\s+)?")
# ... or three names or more, commas and a last "and"/"or", some of them no place the gazetteer knows: "Adra School
# (by 67%), Nashabieyh (by 50%) and Dweir (by 49%)".
_NAME_WORD = r"(?:[A-Z][\w'’-]*|(?:al|el|ar|as|ad|an)-[\w'’-]+)"  # "Kafr", "al-Shifa"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}(?:\s+\([^()\n]{{0,30}}\))?"
_NAMES_LISTED = re.compile(rf"{_NAME}(?:\s*,\s*{_NAME})+\s*,?\s+(?:and|or)\s+{_NAME}")


def passed_over(text: str, mentions: Sequence[Mention]) -> set[str]:
    """The places an article names only as one of a list of places side by side (not "Kochi, Kerala": one lies in
    the other): a story that runs over several towns ("shelling hit Kafr Batna, Saqba, Zamalka and Arbin") is not
    told through the one the gazetteer places finest, however many lists name it (agency copy lists the same
    provinces again: "floods hit Yazd, Kerman and Fars ... bodies found in Yazd, Kerman and Fars").

    >>> from gazetteer.model import Place
    >>> a, b = Place("g:1", "Alpha", 0.0, 0.0, "city", "XX"), Place("g:2", "Beta", 1.0, 1.0, "district", "XX", parent="g:3")
    >>> shire = Place("g:3", "Shire", 0.5, 0.5, "admin1", "XX")
    >>> text = "Alpha and Beta, Shire."
    >>> sorted(passed_over(text, [Mention("d", "Alpha", 0, 5, a), Mention("d", "Beta", 10, 14, b),
    ...                           Mention("d", "Shire", 16, 21, shire)]))
    ['g:1', 'g:2']
    """
    placed = sorted((m for m in mentions if m.place is not None), key=lambda m: m.start)
    lists = [found.span() for found in _NAMES_LISTED.finditer(text)]
    listed, alone = set(), set()
    for before, mention, after in zip([None, *placed], placed, [*placed[1:], None]):
        if (_beside(text, before, mention) or _beside(text, mention, after)
                or any(start <= mention.start < end for start, end in lists)):
            listed.add(mention.place.id)
        else:
            alone.add(mention.place.id)
    return listed - alone


def _beside(text: str, first: Mention | None, second: Mention | None) -> bool:
    """Whether two places are named side by side in a list, neither lying in the other."""
    return (first is not None and second is not None and first.place is not None and second.place is not None
            and _LIST_JOINT.fullmatch(text, first.end, second.start) is not None and not nested(first.place, second.place))


def _most_mentioned(resolved: list[Place]) -> Place | None:
    """The most mentioned of the finest kind among ``resolved``, the first mentioned among equals; when several
    share the lead and a place holding them all is named more often than each, the article is about that scale
    (a country's floods told district by district: "Chikwawa", "Mulanje" and "Blantyre" twice each, "Malawi" six
    times; not a province only the places people went to lie in); one leader yields so to a province, region or
    county holding it ("Kerala" four times, "Chengannur" twice), not to its country.

    >>> from gazetteer.model import Place
    >>> a, b = Place("g:1", "Alpha", 0.0, 0.0, "city", "XX"), Place("g:2", "Beta", 1.0, 1.0, "city", "XX")
    >>> land, elsewhere = Place("g:3", "Land", 0.5, 0.5, "country", "XX"), Place("g:4", "Far", 9.0, 9.0, "admin1", "YY")
    >>> [_most_mentioned(named).name for named in ([a, b, land, land, land], [a, b, land], [a, a, b, land, land, land])]
    ['Land', 'Alpha', 'Alpha']
    >>> _most_mentioned([a, b, elsewhere, elsewhere]).name
    'Alpha'
    >>> shire = Place("g:5", "Shire", 0.2, 0.2, "admin1", "XX")
    >>> a_in_shire = Place("g:1", "Alpha", 0.0, 0.0, "city", "XX", parent="g:5")
    >>> [_most_mentioned(named).name for named in ([a_in_shire, a_in_shire, shire, shire, shire], [a_in_shire, shire])]
    ['Shire', 'Alpha']
    """
    if not resolved:
        return None
    finest = min(fineness(p) for p in resolved)
    tally = Counter(p.id for p in resolved if fineness(p) == finest)
    best = max(tally.values())
    leaders = {p.id: p for p in resolved if tally.get(p.id) == best}.values()
    holding = [p for p in resolved if fineness(p) > finest and all(inside(lead, p) for lead in leaders)]
    if len(leaders) == 1:  # a country is named as a nation and its government too, not only as the story's scale
        holding = [p for p in holding if fineness(p) in _PROVINCE_SCALES]
    if max(Counter(p.id for p in holding).values(), default=0) > best:
        return _most_mentioned(holding)
    return next(p for p in resolved if tally.get(p.id) == best)  # the first mentioned among the best


def reached_mostly(text: str, mentions: Sequence[Mention], place: Place | None) -> bool:
    """Whether the article names its place mostly as where people went ("to", "into", "reached", "arrived in", "landed
    in", also last in a list: "to Sidon and Tyre"), passed through (``a_transit``: "via Doha") or are put up ("a shelter in Chico", "a school in the centre of Benghazi",
    "other Benghazi schools", "the Chico evacuee shelter") or taken in ("Chico is taking in many of them"): the story's destination, which stands
    in for no origin ("79 people were evacuated from Mariupol to Zaporizhzhia. ... 40,000 residents had been taken to
    Russia": not from Zaporizhzhia); so does one named as an example of such places ("to cities such as Konya").

    >>> from gazetteer.model import Mention, Place
    >>> town = Place("g:1", "Alpha", 0.0, 0.0, "city", "XX")
    >>> def reached(text):
    ...     return reached_mostly(text, [Mention("d", "Alpha", text.index("Alpha"), text.index("Alpha") + 5, town)], town)
    >>> reached("Evacuees were put up in hotels in resort towns on the coast like Alpha.")
    True
    >>> reached("Families fled to escape the fighting in towns like Alpha."), reached("People from towns like Alpha fled.")
    (False, False)
    """
    return _named_mostly(mentions, place, lambda m: _REACHED_BEFORE.search(text, max(0, m.start - 100), m.start) is not None
                         or _EXAMPLE_REACHED_BEFORE.search(text, max(0, m.start - 160), m.start) is not None
                         or _SHELTERS_AFTER.match(text, m.end) is not None or _TAKING_IN_AFTER.match(text, m.end) is not None
                         or a_transit(text, m))


def a_transit(text: str, mention: Mention) -> bool:
    """Whether a mention names a place people pass through on their way (``_TRANSIT_BEFORE``, ``_TRANSIT_AFTER``): a
    point they reach, never where they set out from.

    >>> [a_transit(t, Mention("d", "Doha", t.index("Doha"), t.index("Doha") + 4)) for t in (
    ...     "flown out via Doha", "Doha, a major transit point", "evacuated to Doha", "Doha, the capital")]
    [True, True, False, False]
    """
    return (_TRANSIT_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None
            or _TRANSIT_AFTER.match(text, mention.end) is not None)


def left_mostly(text: str, mentions: Sequence[Mention], place: Place | None) -> bool:
    """Whether the article names its place mostly as where people left ("fled Mosul", "from Mosul", "Mosul was
    evacuated"): people sheltered or arriving who name no place are not there ("Some 4,000 remain inside the sites"
    in a story of people leaving a besieged town for sites elsewhere).

    >>> from gazetteer.model import Mention, Place
    >>> town = Place("g:1", "Alpha", 0.0, 0.0, "city", "XX")
    >>> text = "Crisis in Alpha. People fled Alpha. More left Alpha."
    >>> named = [Mention("d", "Alpha", at, at + 5, town) for at in (10, 29, 46)]
    >>> left_mostly(text, named, town), left_mostly(text, named[:2], town)
    (True, False)
    """
    return _named_mostly(mentions, place, lambda m: _LEFT_BEFORE.search(text, max(0, m.start - 50), m.start) is not None
                         or subject_evacuated(text, m.start, m.end))


def _named_mostly(mentions: Sequence[Mention], place: Place | None, said_so: Callable[[Mention], bool]) -> bool:
    """Whether more than half of the mentions of ``place`` are ones ``said_so`` holds for."""
    if place is None:
        return False
    own = [m for m in mentions if m.place is not None and m.place.id == place.id]
    return 2 * sum(1 for m in own if said_so(m)) > len(own)


def story_destination(text: str, mentions: Sequence[Mention]) -> Place | None:
    """The place the article names most often as where people went ("to", "into", "reached", "arrived in") or as
    expecting them to arrive ("Germany now expects 800,000 migrants to arrive", ``_EXPECTING_AFTER``), else None, as
    on a tie (refugees fled to Jordan and to Lebanon: no one destination): where people who arrived or crossed went
    when their sentence names no place ("at least 120,000 had arrived in the past week" in a story of refugees
    crossing into Bangladesh, whose own place may be a town of the country they fled; "up to 40,000 people might
    arrive this weekend" in a story of Germany's, filed from Berlin).

    >>> from gazetteer.model import Mention, Place
    >>> land = Place("g:1", "Land", 0.0, 0.0, "country", "XX")
    >>> def went(text):
    ...     found = story_destination(text, [Mention("d", "Land", text.index("Land"), text.index("Land") + 4, land)])
    ...     return found and found.name
    >>> went("Land now expects 800,000 migrants to arrive this year."), went("Land expects 100,000 people to flee.")
    ('Land', None)
    >>> went("Land expects thousands more to come."), went("Land expects the storm to come.")
    ('Land', None)
    """
    went = Counter(m.place.id for m in mentions
                   if m.place is not None and (_WENT_TO_BEFORE.search(text, max(0, m.start - 25), m.start) is not None
                                               or _EXPECTING_AFTER.match(text, m.end) is not None)
                   and _PASSED_TO_BEFORE.search(text, max(0, m.start - 40), m.start) is None
                   and _CREDITED_TO_BEFORE.search(text, max(0, m.start - 25), m.start) is None
                   and _ROAD_TO_BEFORE.search(text, max(0, m.start - 80), m.start) is None)
    ranked = went.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return next(m.place for m in mentions if m.place is not None and m.place.id == ranked[0][0])


def story_origin(text: str, mentions: Sequence[Mention]) -> Place | None:
    """The place the article names most often, and more than once, as where people left ("fled Mosul", "from Mosul",
    "Yellowknife ordered to evacuate"), else None, as on a tie: in a story told from where people went (``reached_mostly``), where a
    departure naming no place left from ("About 20,000 residents must leave" in a story of evacuees reaching
    Edmonton from Yellowknife).

    >>> from gazetteer.model import Mention, Place
    >>> a, b = Place("g:1", "Alpha", 0.0, 0.0, "city", "XX"), Place("g:2", "Beta", 1.0, 1.0, "city", "XX")
    >>> text = "Alpha was evacuated. People fled Alpha for Beta. Beta took them in."
    >>> story_origin(text, [Mention("d", "Alpha", 0, 5, a), Mention("d", "Alpha", 33, 38, a), Mention("d", "Beta", 43, 47, b),
    ...                     Mention("d", "Beta", 49, 53, b)]).name
    'Alpha'
    """
    left = Counter(m.place.id for m in mentions
                   if m.place is not None and (_LEFT_BEFORE.search(text, max(0, m.start - 25), m.start) is not None
                                               or subject_evacuated(text, m.start, m.end)))
    ranked = left.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None  # named once as left, a place is one movement's origin, not the story's
    return next(m.place for m in mentions if m.place is not None and m.place.id == ranked[0][0])


def subject_evacuated(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` is emptied: the subject of an evacuation ("Fort Smith was evacuated"), or a
    place whose residents were sent away.

    >>> text = "An order went out for Fort Smith, a town of 2,500, whose residents were told to leave for Hay River."
    >>> subject_evacuated(text, 22, 32), subject_evacuated(text, 91, 100)
    (True, False)
    >>> text = "Goma, whose residents took in 3,000 refugees, was calm."
    >>> subject_evacuated(text, 0, 4)
    False
    """
    return ((_EVACUATED_AFTER.match(text, end) is not None
             and _DESCRIBES_BEFORE.search(text, max(0, start - 20), start) is None)
            or _RESIDENTS_SENT_AFTER.match(text, end) is not None)


def spoken_in(text: str, mention: Mention) -> bool:
    """Whether a mention is only where a speaker is ("..., aid workers in Erbil said", "telling reporters in
    Ankara", "said an aid worker in Erbil", "..., said Ana Ruiz, a spokeswoman for the office in Lima"): it does not vote for the article's place,
    as a dateline does not."""
    return ((SAYS_AFTER.match(text, mention.end) is not None
             and _IN_BEFORE.search(text, max(0, mention.start - 6), mention.start) is not None
             and PLACE_AUTHORITIES_BEFORE.search(text, max(0, mention.start - 20), mention.start) is None)
            or _TO_REPORTERS_IN.search(text, max(0, mention.start - 20), mention.start) is not None
            or SPEAKER_IN_BEFORE.search(text, max(0, mention.start - 80), mention.start) is not None
            or _DESCRIBED_SPEAKER_BEFORE.search(text, max(0, mention.start - 200), mention.start) is not None)


# A place named as a border crossing by the words after it: "the Rafah crossing", "the Al-Qaa and Masnaa border
# crossings", "Masnaa border crossing".
_CROSSING_AFTER = re.compile(r"(?:\s*(?:,|\band\b|\bor\b)\s*(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?){0,3}"
                             r"(?:\s+(?:border|frontier))?\s+(?:crossings?|crossing\s+points?|border\s+posts?)\b", _I)
# ... or by its own name, when the gazetteer's holds the words ("Masnaa Border Crossing").
_CROSSING_NAME = re.compile(r"\b(?:crossings?|border\s+posts?)$", _I)


def a_crossing(text: str, mention: Mention) -> bool:
    """Whether a mention names a border crossing: a place people pass through, not one an article is about.

    >>> a_crossing("closure of the Masnaa border crossings.", Mention("d", "Masnaa", 15, 21))
    True
    >>> a_crossing("the Masnaa border crossing", Mention("d", "Masnaa border crossing", 4, 26))
    True
    >>> a_crossing("the Masnaa and Al-Qaa crossings", Mention("d", "Masnaa", 4, 10))
    True
    >>> a_crossing("people crossing Masnaa town", Mention("d", "Masnaa", 16, 22))
    False
    """
    return (_CROSSING_AFTER.match(text, mention.end) is not None
            or _CROSSING_NAME.search(mention.text) is not None)


# A place a clause opens with as another scene than the story's: "In neighbouring Syangja, 2,000 were affected",
# "Elsewhere in Syangja, ...", "In Syangja, meanwhile, ...", "Meanwhile, in Syangja, ..." (the story's place is the one
# it neighbours, or was left).
_CLAUSE_OPENS = r"(?:^|[.;:!?]\s+|\n\s*)"  # (where a sentence, a clause after a semicolon or colon, or a line starts)
_ANOTHER_SCENE_BEFORE = re.compile(rf"{_CLAUSE_OPENS}(?:(?:meanwhile|elsewhere),?\s+)?in\s+(?:the\s+)?"
                                   r"(?:neighbou?ring|nearby|adjacent|adjoining)\s+(?:(?:state|province|district|county|country"
                                   rf"|region)\s+of\s+)?$|{_CLAUSE_OPENS}(?:elsewhere|meanwhile),?\s+in\s+(?:the\s+)?$", _I)
_ANOTHER_SCENE_AFTER = re.compile(r",?\s+meanwhile\b", _I)
_OPENS_WITH_IN = re.compile(rf"{_CLAUSE_OPENS}in\s+(?:the\s+)?$", _I)


def another_scene(text: str, mention: Mention) -> bool:
    """Whether a clause opens with the mention as another scene than the story's (``_ANOTHER_SCENE_BEFORE``, or "In X,
    meanwhile"): the place a story turns to, not the one it is about.

    >>> [another_scene(t, Mention("d", "Syangja", t.index("Syangja"), t.index("Syangja") + 7)) for t in (
    ...     "Rain fell. In neighbouring Syangja, roads shut.", "Rain fell. Elsewhere in Syangja, roads shut.",
    ...     "Rain fell. In Syangja, meanwhile, roads shut.", "Rain fell. In Syangja, roads shut.",
    ...     "Families fled into neighbouring Syangja.", "Rain fell. Meanwhile, in Syangja, roads shut.")]
    [True, True, True, False, False, True]
    """
    start = max(0, mention.start - 60)
    return (_ANOTHER_SCENE_BEFORE.search(text, start, mention.start) is not None
            or (_OPENS_WITH_IN.search(text, start, mention.start) is not None
                and _ANOTHER_SCENE_AFTER.match(text, mention.end) is not None))


# A place named as the invader by the words after it: "since Russia invaded", "Russia's invasion of Ukraine", "after
# Russia launched its full-scale invasion" (a shelling or a war is often named by the place it hits: "Aleppo's
# bombardment", "Syria's war").
_INVADER_AFTER = re.compile(
    r"(?:['’]s?\s+(?:[\w-]+\s+){0,2}?(?:invasion|aggression)"
    r"|\s+(?:(?:has|had|have|first)\s+)?(?:invaded|invades|annexed|launched\s+(?:its|a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:invasion|war|offensive|assault|attack|incursion)))\b", _I)


def an_invader(text: str, mention: Mention) -> bool:
    """Whether a mention names the country invading, not one people left or reached nor one an article is about.

    >>> an_invader("refugees since Russia invaded on Thursday", Mention("d", "Russia", 15, 21))
    True
    >>> an_invader("Russia's invasion of Ukraine", Mention("d", "Russia", 0, 6))
    True
    >>> an_invader("Russia's invasion of Ukraine", Mention("d", "Ukraine", 21, 28))
    False
    >>> an_invader("Syria's war has displaced millions", Mention("d", "Syria", 0, 5))
    False
    """
    return _INVADER_AFTER.match(text, mention.end) is not None


# A country named as the state acting, by what of it the words after name: its mission, forces, base, president or
# government ("the UK rescue mission in Kabul", "US President Joe Biden", "the US base Ramstein"; not "the Kabul rescue
# mission", a town where one is): whose they are, not where people were or went, nor where the story is.
STATE_ACTOR_AFTER = re.compile(r"(?:['’]s?)?\s+(?:(?!(?:aboard|on|by|in|into|onto|to|from|via|and|or|for)\s)(?![a-z-]+ed\s)"
                               r"[a-z-]+\s+){0,2}(?:missions?|operations?|forces|troops|military|army|soldiers|embassy"
                               r"|(?:air\s+)?bases?|president|government)\b", _I)


def a_state_actor(text: str, mention: Mention) -> bool:
    """Whether a mention names a country as the state acting, not one people left or reached nor one an article is about.

    >>> us = Place("g:1", "United States", 39.8, -98.6, "country", "US")
    >>> a_state_actor("US President Joe Biden said", Mention("d", "US", 0, 2, us))
    True
    >>> a_state_actor("flown to the US base Ramstein", Mention("d", "US", 13, 15, us))
    True
    >>> a_state_actor("flown to the US on Friday", Mention("d", "US", 13, 15, us))
    False
    >>> kabul = Place("g:2", "Kabul", 34.5, 69.2, "city", "AF")
    >>> a_state_actor("the Kabul rescue mission", Mention("d", "Kabul", 4, 9, kabul))
    False
    """
    return (mention.place is not None and mention.place.kind == "country"
            and STATE_ACTOR_AFTER.match(text, mention.end) is not None)


def _in_main_country(places: list[Place]) -> list[Place]:
    """The places of the countries most mentioned (by their places' country codes; all of them on a tie), and
    those with none: a town of another country named once is no article's place ("simmering" read as a
    district of Vienna in an article about refugees from Myanmar; Geneva in a dateline midway through an
    article on Syria).

    >>> syria, geneva = Place("g:1", "Syria", 35.0, 38.0, "country", "SY"), Place("g:2", "Geneva", 46.2, 6.1, "city", "CH")
    >>> [p.name for p in _in_main_country([syria, syria, geneva])]
    ['Syria', 'Syria']
    """
    countries = Counter(p.country for p in places if p.country)
    most = max(countries.values(), default=0)
    return [p for p in places if not p.country or countries[p.country] == most]


def inside(place: Place, area: Place) -> bool:
    """Whether ``place`` is ``area`` or lies in it, as far as the places say: its parent or another place enclosing
    it (``Place.enclosing``: a city in a district in a state lies in the state), or a country with the same country
    code.

    >>> germany = Place("g:1", "Germany", 51.0, 9.0, "country", "DE")
    >>> passau = Place("g:2", "Passau", 48.6, 13.4, "city", "DE", parent="g:3")
    >>> bavaria = Place("g:3", "Bavaria", 48.9, 11.4, "admin1", "DE")
    >>> inside(passau, germany), inside(passau, bavaria), inside(passau, passau), inside(germany, passau)
    (True, True, True, False)
    >>> inside(passau, Place("g:4", "Austria", 47.3, 13.3, "country", "AT"))
    False
    >>> kochi = Place("g:5", "Kochi", 9.9, 76.3, "city", "IN", parent="g:6", enclosing=("g:6", "g:7"))
    >>> inside(kochi, Place("g:7", "Kerala", 10.4, 76.5, "admin1", "IN")), inside(kochi, bavaria)
    (True, False)
    """
    return (place.id == area.id or (bool(place.parent) and place.parent == area.id) or area.id in place.enclosing
            or (area.kind == "country" and bool(area.country) and area.country == place.country))


def nested(place: Place, other: Place) -> bool:
    """Whether two places are one or one lies in the other (``inside``): a place named at two scales ("in Wad Madani,
    in Gezira state"), not two places side by side.

    >>> sudan = Place("g:1", "Sudan", 15.0, 30.0, "country", "SD")
    >>> gezira = Place("g:2", "Gezira", 14.4, 33.5, "admin1", "SD")
    >>> kassala = Place("g:3", "Kassala", 15.5, 36.4, "admin1", "SD")
    >>> nested(sudan, gezira), nested(gezira, sudan), nested(gezira, kassala)
    (True, True, False)
    """
    return inside(place, other) or inside(other, place)
