"""Recognition: which words of a document name places (before deciding which place).

Pure functions over the tokens of a text and the key matches of the gazetteer sources. A match
becomes a *span* (a candidate mention) unless its words are better read as something else:

- part of a longer capitalised chunk whose other words are not place words is a person or an
  organisation ("Homs Media Center", "Leroy Wright", "Bashar al-Assad");
- a surname already seen in a person's name ("Assad said"), or after a middle initial
  ("Terry A. Corbin"), or a name before an age ("Raja, 48,");
- a common English word ("Reading", "Mobile", "Police"), a month or a weekday, a month's abbreviation in a date ("2 Jun
  2015");
- an adjective ("Turkey-backed", "Kremlin-run"; but "UK-based" says where a group is: a mention);
- the street or the saint's school named after it ("Hungerford St.", "St. Mary's High School");
- a camp or a river named after it, which lies elsewhere ("Uganda camp" in Darfur, "Jeddah 5 camp" by Mosul, "a River
  Nile tributary": ``camp_named_after_a_country``, ``numbered_camp_the_table_lacks``, ``_written_as_its_river``).

In a lower-cased document capitalisation says nothing, so only less ambiguous names count, and a
name is a person's where a title, a known given name or an Arabic article after a given name shows it
("mr. sadr", "gary kowalczyk", "muqtada al-sadr": ``names_after_titles``, ``people_by_given_names``,
``surnames_after_given_names``), and the word after a name makes it a street's, a newspaper's or a
speaker's ("washington drive", "new york times", "manchester said": ``_named_by_the_word_after``).

Street names ("Wichita Drive", "E. Broad St.") are found apart (``street_names``): mentions the
world index cannot place.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count, islice, repeat, takewhile
from operator import attrgetter, getitem
from pathlib import Path

from gazetteer.index import BIG_TOWN, COMMON_ZIPF, GENERIC_WORDS, common_in_lower_case
from gazetteer.model import Place
from gazetteer.normalize import SEPARATOR, Tokens, fold, key_positions, name_key, spelled


def _folded(words: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words.split())


MONTHS_AND_DAYS = _folded("January February March April May June July August September October November "
                          "December Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
#: Words after (or before "of") a name that say which kind of place is meant.
KIND_WORDS: dict[str, frozenset[str]] = {fold(w): frozenset(kinds.split()) for w, kinds in {
    "province": "admin1 admin2", "governorate": "admin1", "countryside": "admin1",
    "state": "admin1", "oblast": "admin1", "region": "admin1 region", "prefecture": "admin1",
    "county": "admin2 admin1", "city": "city", "town": "city", "village": "city",
    "district": "district neighbourhood admin2", "neighbourhood": "district neighbourhood",
    "neighborhood": "district neighbourhood", "quarter": "district neighbourhood", "township": "", "twp": "",
    "suburb": "district neighbourhood", "camp": "site", "zone": "admin2 district",  # Ethiopia's zones
    "territory": "admin2 admin1",  # the DR Congo's: "Djugu Territory"; Canada's, Australia's: "Yukon Territory"
    "lga": "admin2",  # Nigeria's local government areas: "Toto LGA"
    "municipality": "city admin2",  # a town or the second-level division named after it: "Camotán Municipality"
    "poc": "site city",  # a UN "protection of civilians" site, named after the town whose base holds it: "Bentiu PoC"
}.items()}
#: Kind words that make a name a part of the town named after them and "of": "the Ridgewood neighborhood of
#: Queens" (``town_after_its_part``).
PART_OF_TOWN_WORDS = _folded("neighborhood neighbourhood quarter suburb")
#: Plural kind words after a list of names ("Clay, Grant and Otter Tail counties"): each name is
#: one place of that kind, written without its singular kind word ("the North and Centre regions"). ("states"
#: is left out: "Gulf states" qualifies a group more often than it lists places; "Kurdish regions" lists none,
#: a people's adjective being no place's name.)
PLURAL_KIND_WORDS = {fold(w): fold(singular) for w, singular in {
    "counties": "county", "provinces": "province", "governorates": "governorate", "districts": "district",
    "oblasts": "oblast", "prefectures": "prefecture", "lgas": "lga",
    "municipalities": "municipality", "regions": "region"}.items()}
#: Before "of", the list they name follows ("the provinces of Chaco, Salta and Catamarca"), and states,
#: regions and republics are listed too ("the states of Kano and Katsina", "the republics of Tyva and Altai",
#: Russia's): no group is named so.
PLURAL_KIND_WORDS_BEFORE_OF = PLURAL_KIND_WORDS | {fold("states"): fold("state"), fold("republics"): fold("republic")}
#: The kinds each listing word asks for: its singular's as a kind word, and "republic", no kind word after a
#: name ("the Czech Republic", "the Republic of Korea"), a first-level division's.
LISTED_KINDS = KIND_WORDS | {fold("republic"): frozenset({"admin1"})}
#: Before "of", a list of two names or more is of towns ("the communities of San Juan, Choropampa and
#: Magdalena"); one name is where the towns are ("the villages of Ohio").
TOWNS_BEFORE_OF = {fold(w): fold(singular) for w, singular in {
    "towns": "town", "villages": "village", "cities": "city", "communities": "town"}.items()}
#: Every plural word after which "of" opens a list of names (``listed_names``), with its singular.
PLURALS_BEFORE_OF = PLURAL_KIND_WORDS_BEFORE_OF | TOWNS_BEFORE_OF
#: Landform words that, capitalised after a place's name, name a landform after the place, which lies
#: there: one mention with the name ("the Swat Valley", "the Bekaa Valley"), as the benchmarks mark it;
#: "Island" names the island the index holds as a country, a division or a region ("Kyushu Island", "Hainan
#: Island", "Reunion Island"), and asks for those kinds ("Phuket Island" is the province, not its town);
#: "Mountain" names a mountain the mention leaves out ("Denver Mountain Parks" is Denver's), and one far from
#: the story's places is no town's (the "Cheyenne Mountain Zoo" of Colorado Springs is no Cheyenne, Wyoming).
ISLAND = "island"
ISLAND_KINDS = frozenset({"country", "admin1", "region"})
#: "Volcano" names the volcano, which the index lacks (no installed source holds GeoNames' mountains), also in
#: lower case as news writes it ("the Etna volcano"): a town of the name counts only near the story's places.
MOUNTAIN = fold("mountain")
VOLCANO = fold("volcano")
LANDFORM_WORDS = _folded("valley") | {ISLAND, MOUNTAIN, VOLCANO}
#: Words that may stand next to a name inside a capitalised chunk without making it an organisation.
MODIFIERS = _folded("north northern south southern east eastern west western central old new upper lower sub saharan "
                    "greater northwest northeast southwest southeast north-west north-east northeastern "
                    "northwestern southeastern southwestern downtown metro metropolitan historic "
                    "neighbouring neighboring nearby landlocked mainland barangay taluka tehsil")
#: Compass points written short, in capitals, before a name: the part of it they point to ("NW Syria", "SW Burundi").
COMPASS_ABBREVIATIONS = _folded("ne nw se sw")
#: Words a division's kind takes before its kind word, part of the division's name: "Gorno-Badakhshan Autonomous
#: Oblast", "Tibet Autonomous Region".
KIND_QUALIFIERS = _folded("autonomous")
#: Faiths' adjectives before a well-known place's name in one capitalised chunk describe its people, no longer
#: name ("mainly Muslim Indonesia", "Catholic Poland", "Hindu Bali"). Not "christian", also a given name
#: ("Christian Jackson"), nor "islamic", which starts groups' names ("Islamic State").
FAITHS = _folded("catholic protestant orthodox muslim hindu buddhist sikh sunni shia shiite jewish")
#: First words of names of towns and landforms that start no person's name ("Port Sudan", "Lake Chad", "Fort McMurray",
#: "Wadi Derna", the valley through Derna):
#: the word after is no surname, and the country of that name stays a place elsewhere in the text.
FEATURE_FIRSTS = _folded("port fort mount lake cape wadi")
#: Malay and Indonesian words for a village that start its name ("Kampung Parit Sapran", "Desa Sukamaju"): the
#: name after them is the village's, often a town's too ("Parit" of Perak), which the index rarely holds whole.
VILLAGE_FIRSTS = _folded("kampung kampong desa dusun")
#: After "red", the last words of a national Red Cross or Red Crescent society's name ("the Kenya Red Cross"),
#: which takes in the country's name before it, as the geoparsing benchmarks leave it unmarked.
RED_CROSS_HEADS = _folded("cross crescent")
#: Last words of organisations.
ORGANISATION_HEADS = _folded(
    "center centre observatory crescent cross council university college school agency news media committee "
    "ministry army forces front brigade brigades battalion party organization organisation institute "
    "foundation association network times post daily press radio tv television channel company corporation "
    "bank group movement coalition union league command office commission court hospital federation "
    "independent herald tribune journal gazette telegraph guardian observer review monitor watch mission "
    "program programme fund authority department directorate administration government regime police")
#: Words of the names of local institutions, named after the place where they are: "Gainesville
#: Police", "Laurel County High School", "Ohio Supreme Court", "University of Florida". The place
#: in such a name is a mention (the convention of the LGL and GeoVirus corpora); in the name of a
#: medium, an armed group or a company ("Homs Media Center", "Kyiv Independent") it is not.
LOCAL_INSTITUTION_WORDS = _folded(
    "police sheriff council court courthouse school schools college university academy library hospital clinic "
    "department office commission committee board authority administration government fire station airport "
    "church cathedral chamber commerce museum zoo park utilities services water public high elementary middle "
    "supreme circuit municipal regional memorial community civic hall jail prison legislature assembly senate "
    "bureau division patrol highway attorney centers centres center centre association society foundation festival "
    "facility cemetery reservoir parks racecourse reserve reserves provincial "
    "house city town village township district")
#: Local features named after the town they are at ("Mallacoota Wharf", "Brighton Pier"): the name stays rejected
#: (the index may lack the feature: "Pearl Harbor" is no Pearl, Mississippi), but it names no person or firm whose
#: name would make the town's bare mentions elsewhere in the text echoes (``echoed_names``).
FEATURE_HEADS = _folded("wharf wharves pier jetty harbour harbor beach foreshore bridge marina quay boardwalk "
                        "esplanade lighthouse dam")
#: Heads of a government body's name that, before "of", make the place after it the body's jurisdiction, a mention
#: as the benchmarks mark it ("the Ministry of Health of the People's Republic of China"); before them the place
#: begins the body's own name ("the Fiji Health Ministry", unmarked), an organisation's.
JURISDICTION_HEADS = _folded("ministry")
#: Compass adjectives, the names of divisions of some countries ("Eastern", Fiji), that qualify a
#: lower-case word after them.
COMPASS_ADJECTIVES = _folded("eastern western northern southern central northeastern northwestern southeastern "
                             "southwestern")
#: A city this big is read at a sentence start however common its name is as a word ("London").
MILLION_CITY = 1_000_000
#: Function words: articles, prepositions, conjunctions, pronouns, quantifiers, numerals, auxiliaries.
FUNCTION_WORDS = _folded(
    "the a an in on at of to from for with by and but or nor so yet as if when while after before since until "
    "because although though where whether that this these those there here it its he she they we you i his her "
    "their our my your some many most several both all each every other another any no not only also even then "
    "more less few much over under about across around near into through during without within between among "
    "against along toward towards upon despite what which who whom whose why how like unlike instead "
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds "
    "thousands dozens is are was were has have had will would can could may might must should does did do")
#: Words that start sentences and never a name: a common word starting a sentence before another
#: capitalised word is otherwise the first of a name ("Kevin Cooper, a teacher"). Besides function
#: words, words of time and the groups news sentences open with ("Residents said", "Police found").
SENTENCE_OPENERS = FUNCTION_WORDS | _folded(
    "now today yesterday tomorrow meanwhile however still just last next early late later soon once thanks "
    "according nearly almost residents officials police authorities former current missing")
#: Words that introduce or accompany a person's name.
PERSON_TITLES = _folded(
    "president governor minister general colonel major captain lieutenant sergeant commander brigadier mr "
    "mrs ms dr sheikh king queen prince princess emir mayor senator ambassador spokesman spokeswoman "
    "activist journalist correspondent reporter official chief envoy secretary judge imam bishop pope "
    "father saint st leader premier chairman director "
    "husband wife son daughter mother brother sister grandson granddaughter nephew niece cousin widow")
#: Titles that are also adjectives: written in lower case before a capitalised name they qualify a place ("a major
#: Seoul hospital", "the general Houston area"), not a person ("Major Reno", "General Lee").
ADJECTIVE_TITLES = _folded("major general official")
#: Offices held of a place, whose holder's name may follow it ("the Governor of Kvemo Kartli Georgi
#: Dokhturishvili", "Prime Minister of India Narendra Modi"); not a director's or a relative's ("director of Ohio
#: Partners", "wife of Harvey Roe").
PLACE_OFFICES = _folded("governor mayor president premier prefect ambassador minister")
#: Titles written short before a name: their full stop does not end a sentence ("Sen. John Roe").
ABBREVIATED_TITLES = _folded("sen rep gov lt gen col sgt capt cpl dr mr mrs ms prof supt det atty maj adm cmdr")
#: Words after a place that make it the jurisdiction or constituency of a person: "Alaska Gov.
#: Sarah Palin", "a Kettering Republican", "Ohio National Guard", "Litchfield Selectman" (not "Coast Guard").
OFFICE_WORDS = ABBREVIATED_TITLES | _folded(
    "republican republicans democrat democrats democratic national trooper troopers ranger rangers selectman "
    "selectmen selectwoman alderman mpp mla")
#: A saint's name written possessive names a church, school or hospital when the name is a common
#: given name ("St. Mary's", zipf of "mary" 4.8), not a town named after the saint ("St. Petersburg's").
SAINT_ZIPF = 4.0
#: Words after a name that make it a street's ("Hungerford St.", "Washington Drive"): the street
#: is not the place it is named after.
STREET_WORDS = _folded("street st avenue ave road rd drive dr boulevard blvd lane ln parkway pkwy circle terrace")
#: Words after a name that make it the name of a disease: "Lyme disease", "Rift Valley fever",
#: "Norwalk virus", "St. Louis encephalitis", "Crimean-Congo haemorrhagic fever" name no place the
#: text speaks of. Each names no disease alone, so the place's name is the disease's; "flu" does, so
#: a place before it is where the flu is ("the United States flu season", a toponym in GeoVirus).
#: Nor "strain" or "variant": GeoVirus marks the place a strain is named after ("the Sudan strains"). A virus
#: species is written with its genus after the place it is named after ("Zaire ebolavirus", "Hantaan
#: orthohantavirus"): a taxon's name, no place (not "coronavirus", a disease's word: "the Wuhan coronavirus").
DISEASE_WORDS = _folded("virus viruses fever disease encephalitis syndrome haemorrhagic hemorrhagic ebolavirus "
                        "orthoebolavirus marburgvirus orthomarburgvirus orthohantavirus henipavirus")
#: Last words of the names of institutions and grounds that are named after a person or a place
#: rather than located by it: "Columbia University", "Knox Park", "Shawnee Club". (A place before
#: "Police", "Council" or "High School" is where the institution is: see LOCAL_INSTITUTION_WORDS.)
NAMESAKE_HEADS = _folded("university park club church academy bank center centre museum mall stadium arena")
#: Street words that name a street in lower-cased text too: not "road" ("an icy iowa road"), nor "dr" (a title).
STREET_NAME_WORDS = _folded("street st avenue ave boulevard blvd drive lane ln parkway pkwy")
INDEFINITE_ARTICLES = _folded("a an")
#: Last words of newspapers' names, named after their towns: "the New York Times", "the Washington Post".
NEWSPAPER_WORDS = _folded("times post daily herald tribune journal gazette telegraph")
#: Last words of the names of rivers named after a place ("the Yukon River", "Cache Creek"): the river's,
#: which the index does not hold (in cased text the capitalised words make one longer name).
RIVER_HEADS = _folded("river creek")
#: Parts of a river, after its name: "a River Nile tributary" is the river's, not Sudan's River Nile state.
RIVER_PARTS = _folded("tributary tributaries basin bank banks delta waters estuary floodplain")
#: Heads of the names of seas that end with a place's name after "of" ("the Gulf of Aden").
WATER_HEADS = _folded("gulf bay sea strait straits")
#: Signs that make a country's letters before them a currency ("US$", "HK$", "A$").
CURRENCY_SIGNS = frozenset("$€£¥")
#: Verbs after a name that make it a speaker ("Barazi said").
SPEECH_VERBS = _folded("said says told added stated noted explained wrote announced warned insisted claimed")
#: Prepositions before a location.
LOCATIVES = _folded("in at from to into near toward towards via inside outside around")
#: Directions: before "of" and a name they place it ("west of Hope", "20 miles north of Reading"); capitalised after
#: a name they name a side of its place ("Kapoeta East", ``_side_named``), no place of their own.
BEARINGS = _folded("north south east west northeast northwest southeast southwest")
#: Hyphenated adjectives ("Turkey-backed"): the name qualifies a group, not a location. Not "based":
#: "a Denver-based firm" says where the firm is, a location (and a toponym in LGL and GeoVirus).
ADJECTIVE_SUFFIXES = _folded("backed led run affiliated aligned allied sponsored funded supported "
                             "linked owned style born")
#: Words inside a capitalised chunk that keep it together ("Syrian Observatory for Human Rights").
CONNECTORS = _folded("al el of for de del da di du van von der bin ibn bint abu bani")
#: A Dutch or German surname's particle and the article after it ("Rafael van der Vaart", "Ursula von der
#: Leyen"): together they join a person's name into one chunk, as one connector does, and the particle before
#: its article is no place ("von der Leyen" is no Vaughan, Ontario, also called "Von"; "Van der Sar" no Van, Turkey).
SURNAME_PARTICLES = _folded("van von")
SURNAME_ARTICLES = _folded("der den dem de")
#: Lower-case words between two capitalised words of one listed name ("Mato Grosso do Sul", "Norte de
#: Santander"; ``_inside_a_name``).
NAME_CONNECTORS = _folded("de del do da dos das di du")
#: Lower-case words a place's own name may start with as written: connectors and the articles of
#: Romance names ("la Paz", "le Havre", "los Angeles" as some write them).
LOWER_CASE_NAME_STARTS = CONNECTORS | _folded("la le les los las")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a span may name; ``primary``: the span is the place's own name, not an alias;
    ``preferred``: it comes from a hand-made table (curated or the user's); ``division``: id of
    the first-level division it lies in when already known (see ``resolve.division_of``);
    ``by_other_name``: the span is an alias of another name of the place, and spells the own name of
    another candidate (see ``gazetteer.outspelled``)."""

    place: Place
    primary: bool
    preferred: bool
    division: str | None = None
    by_other_name: bool = False


@dataclass(slots=True)
class Span:
    """A candidate mention: tokens ``[first, last]`` of the document (articles and a kind word
    included), its characters ``[start, end)``, the places its name may denote."""

    first: int
    last: int
    start: int
    end: int
    key: str
    zipf: float
    candidates: list[Candidate]
    kinds: frozenset[str] = frozenset()  # kinds asked for by the wording ("Idlib province")
    name_last: int = -1  # last token of the name itself (before a kind word)
    possessive: bool = False
    acronym: bool = False  # one word in capitals ("SANA"): more often an organisation than a place
    paired: bool = False  # an acronym joined to another ("between SAF and RSF"): two bodies' letters
    spelled: bool = False  # an acronym in brackets after the name it abbreviates ("the Sudanese Armed Forces (SAF)")
    division_countries: frozenset[str] | None = None  # memo of ``resolve._division_countries``
    placed: bool = False  # in lower-cased text, the words around it place it (see ``placed_by_its_words``)
    listed: bool = False  # a list before or after a plural kind word names it ("the districts of X, Y, Z")
    worded: bool = False  # a common word's plural opening a sentence before a lower-case one (``opens_with_a_word``)


@dataclass(frozen=True)
class Layout:
    """What capitalisation says about each token of a document."""

    cased: bool  # False for a lower-cased document
    capital: bytearray  # 1 for a word with a capital; all 0 in a lower-cased document: its few capitals say nothing
    initial: list[bool]  # first word of a sentence, or in a title-case line: capital says little
    chunk: list[int]  # id of the capitalised chunk a token belongs to, -1 if none
    members: dict[int, list[int]]  # chunk id -> its tokens


def is_lower_cased(text: str, tokens: Tokens) -> bool:
    """True when almost no word inside a sentence starts with a capital: names are written in
    lower case, so capitalisation carries no signal (a capital that starts a sentence says
    nothing about names).

    >>> from gazetteer.normalize import tokenize
    >>> text = "the bus left al waer for idlib ."
    >>> is_lower_cased(text, tokenize(text)), is_lower_cased("Buses left Homs.", tokenize("Buses left Homs."))
    (True, False)
    >>> text = "Buses left al waer. They went to idlib. Others stayed."
    >>> is_lower_cased(text, tokenize(text))
    True
    """
    keys, starts = tokens.keys, tokens.starts

    def inside(i: int) -> bool:  # token i is a word inside a sentence
        start = starts[i]
        return keys[i] != SEPARATOR and start > 1 and text[start - 2] not in _SENTENCE_ENDS and text[start].isalpha()

    # Only the few tokens written with a capital are looked at one by one (picked at C level), and
    # only until they are too many for a lower-cased text; the words inside sentences are counted
    # only when the capitals alone do not decide.
    most = len(tokens) // 40
    capitals = sum(islice(filter(None, map(inside, _capitalised_words(text, tokens))), most + 1))
    if capitals == 0:
        return any(map(inside, range(len(tokens))))
    if capitals > most:  # more than a fortieth of all tokens, let alone of the inside words
        return False
    needed = 40 * capitals  # inside words for a lower-cased text: counted only until there are as many
    return sum(islice(filter(None, map(inside, range(len(tokens)))), needed)) == needed


_SENTENCE_ENDS = frozenset(".!?:;\n\"“(")


def layout(text: str, tokens: Tokens, common: Mapping[str, float]) -> Layout:
    """Capitals, sentence starts, title-case lines and capitalised chunks of a document."""
    cased = not is_lower_cased(text, tokens)
    n = len(tokens)
    if not cased:  # capitals say nothing: no capitals, sentence starts, headlines or chunks to read
        return Layout(False, bytearray(n), [False] * n, [-1] * n, {})
    capital = _capitals(text, tokens)
    title = [False] * n  # words of headlines
    for line_start, line_end in _title_case_lines(text):
        for i in range(bisect_left(tokens.starts, line_start), bisect_left(tokens.starts, line_end)):
            title[i] = tokens.keys[i] != SEPARATOR
    initial = _sentence_starts(text, tokens, title)
    chunk, members = _chunks(text, tokens, capital, initial, title, common)
    return Layout(cased, capital, initial, chunk, members)


def _common_as_written(text: str, tokens: Tokens, i: int, common: Mapping[str, float]) -> bool:
    """Whether word ``i`` is a common English word as the text spells it: "Somme" is none, though
    its key is "some"'s (see ``index.written_zipf``, here for one word)."""
    return common.get(spelled(text[tokens.starts[i]:tokens.ends[i]]), 0.0) >= COMMON_ZIPF


def _chunks(text: str, tokens: Tokens, capital: bytearray, initial: list[bool], title: list[bool],
            common: Mapping[str, float]) -> tuple[list[int], dict[int, list[int]]]:
    """The capitalised chunks of a cased text: per token the id of its chunk (-1 if none), and the
    tokens of each chunk. A chunk is a run of capitalised words, maybe joined by one connector or
    article ("Syrian Observatory for Human Rights"), broken by punctuation, headline words (each is
    capitalised: word by word) and months ("Homs, Syria May 20": a date follows, not more name); a
    common word starting a sentence before a lower-case word ("The", "Residents") is no part of one.

    Only the words with a capital and the months are looked at one by one (picked at C level: a
    fifth of a news text's words): the words between two of them either join them (one connector)
    or end the chunk. Ids count the chunks closed before, empty ones too ("Al" alone, a month).
    """
    keys, n = tokens.keys, len(tokens)
    chunk = [-1] * n
    members: dict[int, list[int]] = {}
    current: list[int] = []
    chunk_id = 0

    def close() -> None:
        nonlocal current, chunk_id
        while current and keys[current[-1]] in CONNECTORS:
            current.pop()  # a chunk ends on a name word, not on "of"
        if current:
            members[chunk_id] = current
        for j in current:
            chunk[j] = chunk_id
        chunk_id += 1
        current = []

    looked_at = set(compress(count(), capital)).union(tokens.positions(MONTHS_AND_DAYS))
    last = -1  # the last word looked at
    for i in sorted(looked_at):
        if title[i]:
            continue  # as the words between: it ends a chunk
        if current and last + 1 < i:  # words between: a separator, a headline word, lower-case words
            between = last + 1
            if (between + 1 == i and keys[between] != SEPARATOR and not title[between] and capital[i]
                    and (keys[between] in CONNECTORS or between in tokens.articles)):
                current.append(between)
            elif between + 2 == i and capital[i] and _surname_particle(between, tokens):
                current += (between, between + 1)  # "Rafael van der Vaart"
            else:
                close()
        key = keys[i]
        if key in MONTHS_AND_DAYS:
            close()
        elif capital[i] and not (initial[i] and (key in SENTENCE_OPENERS or i + 1 == n or not capital[i + 1])
                                 and _common_as_written(text, tokens, i, common)):  # (the word looked up last)
            current.append(i)
        elif current and (key in CONNECTORS or i in tokens.articles) and i + 1 < n and capital[i + 1]:
            current.append(i)
        elif current:
            close()
        last = i
    close()
    return chunk, members


def _surname_particle(i: int, tokens: Tokens) -> bool:
    """Token ``i`` is a surname's particle before its article ("van der", "von den"; ``SURNAME_PARTICLES``).

    >>> from gazetteer.normalize import tokenize
    >>> [_surname_particle(i, tokenize(text)) for text, i in (("Edwin van der Sar", 1), ("fled to Van", 2),
    ...                                                         ("Van de Velde", 0), ("Van, the city", 0))]
    [True, False, True, False]
    """
    return (tokens.keys[i] in SURNAME_PARTICLES and i + 1 < len(tokens.keys)
            and tokens.keys[i + 1] in SURNAME_ARTICLES)


#: 1 at the code of each capital letter of Latin-1.
_LATIN1_CAPITALS = bytes(chr(c).isupper() for c in range(256))


def _marked_capitals(text: str) -> bytes | None:
    """Per character of a text in Latin-1 (most news), 1 for a capital letter, marked at C level;
    None for a text with other characters."""
    try:
        return text.encode("latin-1").translate(_LATIN1_CAPITALS)
    except UnicodeEncodeError:
        return None


def _capitalised_words(text: str, tokens: Tokens) -> Iterator[int]:
    """The words written with a capital, in order. In a text in Latin-1 its capital letters are found
    one after the other by a C-level find: a lower-cased text has few, and a cased one is read only
    until there are enough (see ``is_lower_cased``); asking each word's first letter cost more.

    >>> from gazetteer.normalize import tokenize
    >>> [list(_capitalised_words(text, tokenize(text))) for text in ("USA, then Ḩimş", "USA, then Éze")]
    [[0, 3], [0, 3]]
    """
    marked = _marked_capitals(text)
    if marked is None:
        capitalised = map(str.isupper, map(getitem, repeat(text), tokens.starts))
        yield from (i for i in compress(count(), capitalised) if tokens.keys[i] != SEPARATOR)
        return
    starts, keys = tokens.starts, tokens.keys
    at = marked.find(1)
    while at >= 0:
        i = bisect_left(starts, at)  # a separator starts where the word after it does
        if i < len(starts) and starts[i] == at:
            yield i + 1 if keys[i] == SEPARATOR else i
        at = marked.find(1, at + 1)


def _capitals(text: str, tokens: Tokens) -> bytearray:
    """Per token, 1 for a word written with a capital (a separator starts where the next word does,
    and is none).

    A text in Latin-1 (most news) has its capital letters marked at C level, a byte per
    character, and each token's first byte read off: asking each token's first letter whether it
    is a capital took twice as long.

    >>> from gazetteer.normalize import tokenize
    >>> [list(_capitals(text, tokenize(text))) for text in ("Homs, then Ḩimş", "Homs, then Éze")]
    [[1, 0, 0, 1], [1, 0, 0, 1]]
    """
    marked = _marked_capitals(text)
    if marked is None:
        capital = bytearray(map(str.isupper, map(getitem, repeat(text), tokens.starts)))
    else:
        capital = bytearray(map(getitem, repeat(marked), tokens.starts))
    for separator in key_positions(tokens.keys, (SEPARATOR,)):
        capital[separator] = 0
    return capital


#: What ends a sentence (or a line, a quote opened...): see ``_sentence_starts``.
_SENTENCE_BREAKS = ".!?:;\n•\"“("


def _break_marks(text: str) -> Iterator[int]:
    """Offsets of the sentence break marks of ``text``, mark by mark: a C-level find for each (a regex
    of their character class is slower, looking at every character in Python's regex engine)."""
    for mark in _SENTENCE_BREAKS:
        at = text.find(mark)
        while at >= 0:
            yield at
            at = text.find(mark, at + 1)


def _sentence_starts(text: str, tokens: Tokens, title: list[bool]) -> list[bool]:
    """Per token: the first word, a headline word, or the first word after a sentence break ("."
    "?", a new line...) that is no title's abbreviation ("Gov. Smith") nor inside a name ("U.S").

    Break marks lie between words: each mark is looked at, not each word."""
    initial = title.copy()
    if not tokens:
        return initial
    initial[0] = True  # a word: separators stand only between words, never two side by side
    keys, starts, ends, n = tokens.keys, tokens.starts, tokens.ends, len(tokens)
    for at in _break_marks(text):  # in any order: each mark marks one word
        i = bisect_right(starts, at)  # the first token after the mark
        if i == 0 or i == n:
            continue
        if keys[i] == SEPARATOR:  # it starts where the word after it does
            i += 1
        before = i - 1 if keys[i - 1] != SEPARATOR else i - 2
        # (A mark glued to both words sits inside a name, "U.S"; a line's end never does: a headline's last word.)
        if (starts[i] - ends[before] != 1 or text[at] == "\n") and not (keys[before] in ABBREVIATED_TITLES
                                                                        and text[ends[before]:starts[i]] == ". "):
            initial[i] = True
    return initial


_PUNCTUATION = ".,;:!?\"'()“”’‘"


#: Characters of the shortest line with three long words (of four letters or more, see below).
_SHORTEST_HEADLINE = 3 * 4 + 2


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of lines where nearly every long word is capitalised (headlines)."""
    lines, start = [], 0
    for line in text.split("\n"):
        end = start + len(line)
        # A paragraph is no headline, nor is a line too short for three long words (an empty one).
        if not _SHORTEST_HEADLINE <= len(line) <= 300:
            start = end + 1
            continue
        long_words = [w for w in line.split() if len(w.strip(_PUNCTUATION)) > 3]
        capitals = sum(w[0].isupper() for w in long_words)
        # Headlines rarely end with a full stop; a sentence full of names usually does.
        needed = len(long_words) if line.rstrip().endswith(".") else 0.75 * len(long_words)
        if len(long_words) >= 3 and capitals >= needed:
            lines.append((start, end))
        start = end + 1
    return lines


def surnames_after_given_names(spans: Sequence[Span], tokens: Tokens, text: str,
                               english: Mapping[str, float]) -> list[int]:
    """The spans of a lower-cased text that are a person's surname written with an Arabic article
    right after a given name ("muqtada al-sadr", "haider al-abadi"), which the text cannot show
    capitalised: the word before the article is no English word (not in ``english``, word -> zipf)
    nor a word of a name found in the text. A place keeps its article after an English word or a
    place ("fled to al-bab", "the shelling of al-waer", "homs al-waer"); a place's full name
    ("deir al-zor") is one span and never gets here.

    >>> from gazetteer.normalize import tokenize
    >>> text = "cleric mahfuud al-nasr spoke . families fled to al-bab"
    >>> tokens = tokenize(text)
    >>> spans = [Span(2, 3, 15, 22, "nasr", 3.0, []), Span(9, 10, 48, 54, "bab", 3.0, [])]
    >>> surnames_after_given_names(spans, tokens, text, {"cleric": 3.4, "to": 7.0})
    [0]
    """
    named = {i for span in spans for i in range(span.first, span.last + 1)}
    out = []
    for n, span in enumerate(spans):
        given = span.first - 1
        if (span.first in tokens.articles and given >= 0 and given not in named
                and tokens.keys[given].isalpha() and tokens.keys[given] not in english
                and text[tokens.ends[given]:tokens.starts[span.first]].isspace()):
            out.append(n)
    return out


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Keys of common given names (``data/given_names.csv``, English and some of the names common in
    the news of other languages), which in lower-cased text show a person's name where no capital does.
    Words that are as often something else ("will", "mark", "rose", "hope") are left out of the table."""
    # Beside this module (package data, as the curated table), read once and only for lower-cased texts.
    lines = (Path(__file__).with_name("data") / "given_names.csv").read_text(encoding="utf-8").split()
    return frozenset(fold(name) for name in lines[1:])


#: Below this zipf a word after "in" or "near" is a town's name, not an English word's ("in saratoga", 3.1;
#: not "in earnest", 3.7): see ``placed_by_its_words``.
PLACED_ZIPF = 3.5
#: Below this zipf a word is no English word at all ("jarablus", "madsen").
NO_WORD_ZIPF = 2.5
#: Below this zipf a word between a given name and a place's name is a middle name or a surname ("ramirez",
#: 3.4), not a verb or a noun of the sentence ("visited", 4.5; "fled", 3.9).
MIDDLE_NAME_ZIPF = 3.5


def people_by_given_names(spans: Sequence[Span], tokens: Tokens, text: str, english: Mapping[str, float]) -> list[int]:
    """The spans of a lower-cased text that are part of a person's name by a known given name
    (``given_names``), as capitals show it in cased text:

    - a surname right after a given name, or after a given name and a middle initial or a middle name
      that is a given name, a rare English word (``MIDDLE_NAME_ZIPF``) or a name already found a person's
      ("barbara jordan", "roy a. nelson", "carlos ibarra medina"). Not after a given name that names a
      well-known place, nor a state or a country after a town named like a person ("lawrence kansas");
    - a given name before a word that is no common English word nor a place's ("gary underwood", but
      not "gary police", "gary residents").

    >>> from gazetteer.normalize import tokenize
    >>> text = "ruth lund met barbara jordan in jordan , then roy a. jordan . gary police and gary kowalczyk"
    >>> tokens = tokenize(text)
    >>> found = [(i, k) for i, k in enumerate(tokens.keys) if k in ("jordan", "gary")]
    >>> spans = [Span(i, i, tokens.starts[i], tokens.ends[i], k, 3.0, []) for i, k in found]
    >>> [tokens.keys[spans[n].first] + str(spans[n].first) for n in people_by_given_names(spans, tokens, text, {
    ...     "police": 5.3, "in": 7.0, "then": 6.0, "met": 5.0})]
    ['jordan4', 'jordan12', 'gary17']
    """
    names = given_names()
    span_at = {span.first: span for span in spans if span.first == span.last}
    named = {i for span in spans for i in range(span.first, span.last + 1)}

    def given(i: int | None, surname: Span, middle: bool) -> bool:  # a given name at token i, not a well-known place's
        if i is None or tokens.keys[i] not in names:
            return False
        place = span_at.get(i) if i in named else None
        if i in named and (place is None or _well_known(place)):
            return False
        # After a town ("lawrence kansas") no surname is a state's or a country's; after a word between, no
        # country's ("reuters/jim bourg china's president"): countries are named far more often than such people.
        kinds = ("country", "admin1") if place is not None else ("country",) if middle else ()
        return not any(c.place.kind in kinds for c in surname.candidates)

    out = []
    people: set[int] = set()  # tokens of the names found so far: a middle name may be a place's ("carlos ibarra medina")
    for n, span in enumerate(spans):
        before = _name_word_before(tokens, span.first, text)
        middle = before is not None and (before == span.first - 2 or before in people or before not in named and (
            tokens.keys[before] in names or english.get(tokens.keys[before], 0.0) < MIDDLE_NAME_ZIPF))
        if given(before, span, False) or (middle and given(_name_word_before(tokens, before, text), span, True)):
            out.append(n)
            people.update(range(span.first, span.last + 1))
        elif _given_name_before_a_name(span, tokens, text, english, named):
            out.append(n)
    return out


def _given_name_before_a_name(span: Span, tokens: Tokens, text: str, english: Mapping[str, float],
                              named: set[int]) -> bool:
    """The one-word span is a given name, no country's, before a word one space on that is no common
    English word, nor a place's name (``named``: the tokens of the text's spans) nor a word that makes the
    name a place's (``NOT_SURNAMES``): "gary underwood", not "gary police", "gary residents", "gary township".
    A division's or a big town's name only before a word that is no English word at all: "virginia
    madsen", not "virginia gubernatorial candidate"."""
    after = _next_word(tokens, span.last)
    return (span.first == span.last and tokens.keys[span.first] in given_names() and not _country_named(span)
            and after is not None and after not in named and tokens.keys[after].isalpha()
            and english.get(tokens.keys[after], 0.0) < (NO_WORD_ZIPF if _well_known(span) else COMMON_ZIPF)
            and text[tokens.ends[span.last]:tokens.starts[after]] == " "
            and tokens.keys[after] not in NOT_SURNAMES)


def _name_word_before(tokens: Tokens, i: int, text: str) -> int | None:
    """The word before token ``i`` in the same person's name: one space before it ("barbara jordan", not
    "skripal's salisbury" nor "wayne-south bend"), or a one-letter initial and its full stop ("roy a. nelson")."""
    j = i - 1
    if j >= 0 and tokens.keys[j] != SEPARATOR and text[tokens.ends[j]:tokens.starts[i]] == " ":
        return j
    if i >= 2 and tokens.keys[j] == SEPARATOR and len(tokens.keys[i - 2]) == 1 and (
            text[tokens.ends[i - 2]:tokens.starts[i]] == ". "):
        return i - 2
    return None


#: Titles that make the name after them a person's in lower-cased text, where no capital shows it: the
#: abbreviated titles (with their full stop: "dr congo" is a country), and words that are nothing but a
#: title before a name ("major", "general", "chief" and "official" also qualify places: "a major chicago
#: hospital", "official washington").
LOWER_CASE_TITLES = _folded(
    "mr mrs ms president governor senator mayor minister king queen prince princess emir sheikh imam pope "
    "bishop ambassador spokesman spokeswoman judge colonel captain lieutenant sergeant commander brigadier "
    "secretary chairman")


def names_after_titles(spans: Sequence[Span], tokens: Tokens, text: str, english: Mapping[str, float]) -> list[int]:
    """The spans of a lower-cased text that are a person's name after a title ("mr. sadr", "president
    jordan", "gen. abbas"), or after a title and a given name that is no English word ("gov. rafael
    hama"), as the title before a capitalised name shows in cased text. "The president of syria" keeps
    its place: a title names a person only right before the name. A name right after an office's place and
    before another word is the holder's given name ("the governor of texas austin roe", see ``_office_of``).

    >>> from gazetteer.normalize import tokenize
    >>> text = "mr. nasr spoke . the president of nasr spoke"
    >>> tokens = tokenize(text)
    >>> spans = [Span(2, 2, 4, 8, "nasr", 3.0, []), Span(8, 8, 36, 40, "nasr", 3.0, [])]
    >>> names_after_titles(spans, tokens, text, {"the": 7.0, "of": 7.0, "spoke": 4.0})
    [0]
    """
    named = {i for span in spans for i in range(span.first, span.last + 1)}
    ending_at = {span.last: span for span in spans}
    out = []
    for n, span in enumerate(spans):
        office_place = ending_at.get(span.first - 1)
        surname = span.last + 1
        if (office_place is not None and surname < len(tokens.keys) and tokens.keys[surname] != SEPARATOR
                and english.get(tokens.keys[surname], 0.0) < MIDDLE_NAME_ZIPF and _office_of(office_place.first, [], tokens)):
            out.append(n)  # a surname follows ("roe"), no verb or noun of the sentence ("visited")
            continue
        title = _title_before(tokens, span.first, text)
        given = _previous_word(tokens, span.first)
        if (title is None and given is not None and given not in named and tokens.keys[given] not in english):
            title = _title_before(tokens, given, text)  # a given name between: "gov. rafael hama"
        if title is not None:
            out.append(n)
    return out


def _title_before(tokens: Tokens, i: int, text: str) -> int | None:
    """The title right before token ``i`` in lower-cased text ("president", "mr.", "gen."), else None."""
    before = _word_or_title_before(tokens, i, text)
    if before is None or not (tokens.keys[before] in LOWER_CASE_TITLES
                              or (before < i - 1 and tokens.keys[before] in ABBREVIATED_TITLES)):
        return None
    return before


#: Words that name a storm with the name after them: "Hurricane Irma", "superstorm sandy", "Tropical Storm Harvey".
STORM_WORDS = _folded("hurricane superstorm typhoon cyclone storm")


def storm_names(spans: Sequence[Span], tokens: Tokens) -> list[int]:
    """The spans that are a storm's name or its kind before it ("Hurricane Irma": neither is Hurricane,
    Utah, nor Irma; "superstorm sandy" is no Sandy, Utah), in cased and lower-cased text alike. Not a
    town after a comma ("the hurricane, houston") nor the town Hurricane before its residents or police.

    >>> from gazetteer.normalize import tokenize
    >>> tokens = tokenize("after hurricane sandy hit , hurricane police said")
    >>> spans = [Span(1, 1, 6, 15, "hurricane", 5.0, []), Span(2, 2, 16, 21, "sandy", 4.0, []),
    ...          Span(5, 5, 27, 36, "hurricane", 5.0, [])]
    >>> storm_names(spans, tokens)
    [0, 1]
    """
    if STORM_WORDS.isdisjoint(tokens.vocabulary):
        return []  # (most texts: a storm's name needs its kind word, looked for at C level)
    out = []
    for n, span in enumerate(spans):
        before, after = _previous_word(tokens, span.first), _next_word(tokens, span.last)
        named = before is not None and tokens.keys[before] in STORM_WORDS
        kind = (span.first == span.last and tokens.keys[span.first] in STORM_WORDS and after is not None
                and tokens.keys[after] not in LOCATING_WORDS | LOCAL_INSTITUTION_WORDS | OFFICE_WORDS)
        if named or kind:
            out.append(n)
    return out


def person_surnames(text: str, tokens: Tokens, lay: Layout, place_words: set[int],
                    demonyms: Mapping[str, str]) -> set[str]:
    """Keys of surnames: last words of capitalised chunks that read as people's names.

    A chunk is a person when a title stands in or before it ("Governor Talal al-Barazi",
    "colonel Samir") or when it has two or more words, none of them organisation heads nor, after
    the first, place words ("Leroy Wright", "Mary Wheeler"); a word after a middle initial is a
    surname ("Bryon S. Baker").
    """
    surnames: set[str] = set()
    starts, ends, token_keys = tokens.starts, tokens.ends, tokens.keys
    for chunk in lay.members.values():
        last = chunk[-1]
        if ends[last] - starts[last] == 1:  # (an initial has one letter: no call for the other chunks)
            after = _after_middle_initial(text, tokens, lay, last)
            if after is not None:
                surnames.add(tokens.keys[after])
        # Most chunks: one word, which is a person's name only after a title ("Mrs. Parsons"); asked
        # only where a title's key stands one or two words before (most have none: no call).
        first = chunk[0]
        if len(chunk) == 1 and not ((first >= 1 and _a_title(tokens, first - 1, text)
                                     or first >= 2 and token_keys[first - 2] in ABBREVIATED_TITLES)
                                    and _after_a_title(tokens, first, text)):
            continue
        # "Joseph Welch of Richmond": only the words before "of" can be a person's name; "Circuit
        # Court Judge Casey Manning": only the words after the last title.
        members = list(takewhile(lambda i: tokens.keys[i] not in ("of", "for"), chunk))
        # A title's word inside a region's name is none: "DR Congo" is the country, and no later "Congo" a surname.
        titles = [n for n, i in enumerate(members) if tokens.keys[i] in PERSON_TITLES and i not in place_words]
        if titles and titles[-1] + 1 == len(members):
            continue  # "Sweden's Minister of Agriculture": the place of an office, no name
        if titles:
            members = members[titles[-1]:]
        # An owner (a country, a province, a body) ends at its "'s" and is no part of a person's name: "Canada's
        # Yellowknife", "the Weather Service's Calera office" are one word after it, a place; "Canada's Justin
        # Trudeau" two, a person. A plural's bare apostrophe names a group's thing ("Governors' Parkway").
        owners = [n for n, i in enumerate(members) if i in tokens.possessives and n + 1 < len(members)
                  and (i in place_words or text[ends[i] + 1:ends[i] + 2].lower() == "s")]
        if owners:
            members = members[owners[-1] + 1:]
        words = [i for i in members if i not in tokens.articles and tokens.keys[i] not in CONNECTORS]
        if not words:
            continue
        keys = [tokens.keys[i] for i in words]
        names = [i for i in words if tokens.keys[i] not in PERSON_TITLES or i in place_words]
        # A given name may be a country's or a province's ("Jordan", "Mary"): only the words after
        # it must be no place words. A compass word or the like starts no person's name ("South
        # Arlington", "Metro Vancouver"), nor does a feature's word ("Port Sudan", ``FEATURE_FIRSTS``).
        # (Word lists are tested against the word sets at C level, with isdisjoint: this runs per chunk.)
        plain = (len(names) >= 2 and place_words.isdisjoint(names[1:])
                 and tokens.keys[names[0]] not in MODIFIERS and tokens.keys[names[0]] not in FEATURE_FIRSTS)
        # Most chunks are one untitled word, no person's name: the tests below are left to the others.
        # (A title is looked for only where the words alone make no person's name.)
        if not (names and (plain or len(names) < len(words) or _after_a_title(tokens, members[0], text))):
            continue
        if not (ORGANISATION_HEADS.isdisjoint(keys) and LOCAL_INSTITUTION_WORDS.isdisjoint(keys)) or any(
                map(demonyms.__contains__, keys)):
            continue
        if len(members) < len(chunk) and len(words) < 2:  # "Midwest Restoration of Paris", "Paris of Texas"
            continue
        if _party_letters(members[0], tokens, text):  # "D-Tulsa": a party and a place
            continue
        surnames.add(tokens.keys[names[-1]])
    return surnames


def _after_a_title(tokens: Tokens, i: int, text: str) -> bool:
    """Token ``i`` follows a person's title ("Governor Smith") or an abbreviated one ("Mrs. Parsons")."""
    before = _word_or_title_before(tokens, i, text)
    return before is not None and (_a_title(tokens, before, text) or before < i - 1)


def _a_title(tokens: Tokens, i: int, text: str) -> bool:
    """Token ``i`` is a person's title: a title's word, unless one that is also an adjective is written in
    lower case ("a major Seoul hospital"; see ``ADJECTIVE_TITLES``)."""
    key = tokens.keys[i]
    return key in PERSON_TITLES and not (key in ADJECTIVE_TITLES and text[tokens.starts[i]].islower())


def _after_middle_initial(text: str, tokens: Tokens, lay: Layout, i: int) -> int | None:
    """The word after token ``i`` when that is a middle initial ("Bryon S. Baker", "John A.
    Stewart", the second of two: "Albert R. T. Lim"): a capitalised word, one capital letter with a
    full stop (or two), a capitalised word. The full stop splits the chunk, so the person's name is
    not one chunk."""
    start, end = tokens.starts[i], tokens.ends[i]
    if end - start != 1 or not text[start].isupper() or text[end:end + 2] != ". ":
        return None
    # Of two initials ("R. T."), with no separator between them, either may end the chunk.
    last = i + 1 if i + 1 < len(tokens) and _initial(text, tokens, i + 1) else i
    before, after = _previous_word(tokens, i), last + 2
    if before is not None and _initial(text, tokens, before):
        before = _previous_word(tokens, before)
    if before is None or tokens.ends[before] - tokens.starts[before] < 2 or not lay.capital[before]:
        return None
    return after if after < len(tokens) and lay.capital[after] and tokens.keys[after] != SEPARATOR else None


def _initial(text: str, tokens: Tokens, i: int) -> bool:
    """Token ``i`` is one capital letter with a full stop and a space after it ("S. ")."""
    start, end = tokens.starts[i], tokens.ends[i]
    return end - start == 1 and text[start].isupper() and text[end:end + 2] == ". "


def _for_follows(span: Span, others: Sequence[int], tokens: Tokens) -> bool:
    """The chunk's words after the name start with "for" ("Mecca for Hajj").

    >>> from gazetteer.normalize import tokenize
    >>> tokens = tokenize("to Mecca for Hajj")
    >>> span = Span(1, 1, 3, 8, "mecca", 0.0, [])
    >>> _for_follows(span, [2, 3], tokens), _for_follows(span, [], tokens)
    (True, False)
    """
    after = [i for i in others if i > span.last]
    return bool(after) and tokens.keys[after[0]] == "for"


def _ends_a_list(span: Span, tokens: Tokens) -> bool:
    """The span follows "and" or "or": the last name of a list, which a capitalised plural kind word
    after it is about ("Gombe, and Kogi States"), not part of ("the Gulf States").

    >>> from gazetteer.normalize import tokenize
    >>> tokens = tokenize("Gombe and Kogi States")
    >>> _ends_a_list(Span(2, 2, 10, 14, "kogi", 0.0, []), tokens), _ends_a_list(Span(0, 0, 0, 5, "gombe", 0.0, []), tokens)
    (True, False)
    """
    before = _previous_word(tokens, span.first)
    return before is not None and tokens.keys[before] in ("and", "or")


def _previous_word(tokens: Tokens, i: int) -> int | None:
    j = i - 1
    return j if j >= 0 and tokens.keys[j] != SEPARATOR else None


def _word_or_title_before(tokens: Tokens, i: int, text: str) -> int | None:
    """The word before token ``i``, or an abbreviated title before it and its full stop ("Mrs.
    Parsons", "Gen. Cartwright": the stop splits the tokens, not the person's name).

    >>> from gazetteer.normalize import tokenize
    >>> text = "Mrs. Parsons met Ohio. Parsons"
    >>> tokens = tokenize(text)
    >>> [_word_or_title_before(tokens, i, text) for i in (2, 6)]
    [0, None]
    """
    j = _previous_word(tokens, i)
    if j is None and i >= 2 and tokens.keys[i - 2] in ABBREVIATED_TITLES and (
            text[tokens.ends[i - 2]:tokens.starts[i]] == ". "):
        return i - 2
    return j


def _continued_after_and(last: int, tokens: Tokens, lay: Layout) -> list[str]:
    """Keys of the capitalised words after "and" that continue a capitalised chunk ending at token
    ``last`` into the name of a local institution: "Food and Drug Administration", "Convention and
    Visitors Bureau" are one name, whose last word says what it is (the chunk breaks at the
    lower-case "and"); "Anthony Jones and Curt Taylor" are two people."""
    j = _next_word(tokens, last)
    if j is None or tokens.keys[j] != "and":
        return []
    out = []
    for k in range(j + 1, len(tokens)):
        if tokens.keys[k] == SEPARATOR or not lay.capital[k]:
            break
        out.append(tokens.keys[k])
    return out if out and out[-1] in LOCAL_INSTITUTION_WORDS else []


def _next_word(tokens: Tokens, i: int) -> int | None:
    j = i + 1  # (the keys' length: ``len(tokens)`` is a Python-level call, and this is asked of every span)
    return j if j < len(tokens.keys) and tokens.keys[j] != SEPARATOR else None


def town_after_its_part(span: Span, tokens: Tokens) -> list[str]:
    """Keys the town may have that a span names a part of, longest first: the one to three words after its
    kind word (``PART_OF_TOWN_WORDS``) and "of" ("the midtown neighborhood of new york" -> "new york",
    "new"); none for any other span.

    >>> from gazetteer.normalize import tokenize
    >>> tokens = tokenize("the midtown neighborhood of new york , police said")
    >>> town_after_its_part(Span(1, 2, 4, 24, "midtown", 0.0, [], name_last=1), tokens)
    ['new york', 'new']
    >>> tokens = tokenize("the midtown district of the city")
    >>> town_after_its_part(Span(1, 2, 4, 20, "midtown", 0.0, [], name_last=1), tokens)
    []
    """
    if span.last == span.name_last or tokens.keys[span.last] not in PART_OF_TOWN_WORDS:
        return []  # (most spans: the word after "of" is not even looked for)
    of = _next_word(tokens, span.last)
    if of is None or tokens.keys[of] != "of":
        return []
    words = list(takewhile(lambda key: key != SEPARATOR, tokens.keys[of + 1:of + 4]))
    return [" ".join(words[:n]) for n in range(len(words), 0, -1)]


def listed_names(text: str, tokens: Tokens, lay: Layout) -> list[tuple[list[tuple[int, int]], str]]:
    """Names listed before a plural kind word, or after it and "of", a colon, "including" or "such as"
    (``_list_opened``: "the provinces of Chaco and Salta"; two names or more after ``TOWNS_BEFORE_OF``), with
    its singular: "in Clay, Grant and Otter Tail counties" gives ([(clay), (grant), (otter, tail)], "county") as
    token ranges (first, last).

    A name is a run of capitalised words, a lower-case connector between two of them included ("Mato Grosso
    do Sul": ``_inside_a_name``); names are joined by commas, "and", "or" or "&". In
    lower-cased text a name is any run of up to three words (``LISTED_WORDS``) before a plural kind
    word, in a list of two or more: which of them name a place only the index can tell ("in clay and
    otter tail counties" holds Clay County and Otter Tail County; see ``Gazetteer._listed``), and no
    word after a kind word opens a list there.

    >>> from gazetteer.normalize import tokenize
    >>> text = "Roads closed in Clay, Grant, and Otter Tail counties."
    >>> [(names, kind == fold("county")) for names, kind in listed_names(text, tokenize(text), layout(text, tokenize(text), {}))]
    [([(3, 3), (5, 5), (8, 9)], True)]
    >>> text = "Cases rose in the provinces of Chaco, Salta and La Rioja. The United States of America"
    >>> [(names, kind == fold("province")) for names, kind in listed_names(text, tokenize(text), layout(text, tokenize(text), {}))]
    [([(6, 6), (8, 8), (10, 11)], True)]
    >>> text = "Dengue in the States of Goias and Bahia; aid from the Federated States of Micronesia"
    >>> [names for names, _ in listed_names(text, tokenize(text), layout(text, tokenize(text), {}))]
    [[(5, 5), (7, 7)]]
    >>> text = "All of Chile's provinces reported cases."
    >>> listed_names(text, tokenize(text), layout(text, tokenize(text), {}))
    []
    >>> text = "roads closed in clay, grant, and otter tail counties after the storm hit the towns."
    >>> [names for names, _ in listed_names(text, tokenize(text), layout(text, tokenize(text), {}))]
    [[(1, 3), (5, 5), (8, 9)]]
    """
    out = []
    # C-level scans for the rare plural kind words: this runs over every word of every cased text.
    for k in tokens.positions(PLURAL_KIND_WORDS.keys()):
        # A possessive owns the divisions, it is none of them: "China's provinces", "Ohio's counties".
        names = _names_ending_at(k - 1, text, tokens, lay, ampersand=True, run=0 if lay.cased else LISTED_WORDS
                                 ) if k - 1 not in tokens.possessives else []
        if len(names) > (0 if lay.cased else 1):  # lower case: a list ("the worst hit districts" is none)
            out.append((names[::-1], PLURAL_KIND_WORDS[tokens.keys[k]]))
    for k in tokens.positions(PLURALS_BEFORE_OF.keys()) if lay.cased else ():
        opened = _list_opened(k, text, tokens)
        # Capitalised, the word opens a list only where it opens its capitalised words ("the States of Sao Paulo
        # and Rio"), not inside a longer name ("the United States of America", "Federated States of Micronesia").
        if opened < len(tokens) and (not lay.capital[k] or k == 0 or not lay.capital[k - 1]
                                     or tokens.keys[k - 1] in ("the", SEPARATOR)):
            names = _names_ending_at(_list_end(opened, text, tokens, lay), text, tokens, lay)  # (back to the opener)
            if len(names) > (1 if tokens.keys[k] in TOWNS_BEFORE_OF else 0):
                out.append((names[::-1], PLURALS_BEFORE_OF[tokens.keys[k]]))
    return out


#: The most words between a plural kind word and the colon ending its clause that opens the list of its places.
CLAUSE_BEFORE_COLON = 8
#: Words after a plural kind word that open the list of its places besides "of" and a colon, with a comma or
#: not: "14 states, including Goiás and Bahia", "provinces such as Salta" (the states, not their cities).
LIST_OPENERS = (("including",), ("such", "as"))
#: Verbs ending the clause a plural kind word opens whose object lists its places ("the counties affected include").
LIST_VERBS = _folded("include includes included")
#: Words that make a kind word the object of another word rather than the subject of a verb of including: "officials
#: from both counties said the stops include", "sheriffs in the counties include".
_NOT_A_SUBJECT = _folded("in of from for to at by with on near among across both said says")
#: The most words before a plural kind word in its clause when it is a verb of including's subject ("the affected counties").
SUBJECT_WORDS = 3


def _list_opened(k: int, text: str, tokens: Tokens) -> int:
    """The first token of the names a plural kind word at ``k`` lists after "of", a colon or a ``LIST_OPENERS``
    wording, or ``len(tokens)`` when none follows it.

    >>> from gazetteer.normalize import tokenize
    >>> text = "states of Kano; states, including Lagos; states such as Ogun; states said Lagos; states: Oyo"
    >>> tokens = tokenize(text)
    >>> opened = [_list_opened(k, text, tokens) for k, key in enumerate(tokens.keys) if key == "states"]
    >>> [tokens.keys[i] if i < len(tokens) else None for i in opened]
    ['kano', 'lagos', 'ogun', None, 'oyo']
    """
    if k + 2 < len(tokens) and (tokens.keys[k + 1] == "of" or _joined_by(":", k + 1, text, tokens)):
        return k + 2  # "the states of Kano and Kaduna", "the following states: Kano, Kaduna"
    after = k + 2 if k + 1 < len(tokens) and _joined_by(",", k + 1, text, tokens) else k + 1
    for opener in LIST_OPENERS:
        end = after + len(opener)
        if end < len(tokens) and tuple(tokens.keys[after:end]) == opener:
            return end
    # The clause the kind word opens may end in the colon: "Nine counties in California have confirmed cases: ...",
    # or in its verb of including: "The counties in evacuation zones include Hillsborough, Pinellas and Pasco"
    j = k + 1
    while j < len(tokens) and j - k <= CLAUSE_BEFORE_COLON and tokens.keys[j] != SEPARATOR:
        if tokens.keys[j] in LIST_VERBS and j + 1 < len(tokens) and _opens_its_clause(k, tokens):
            return j + 1
        j += 1
    return j + 1 if j + 1 < len(tokens) and _joined_by(":", j, text, tokens) else len(tokens)


def _opens_its_clause(k: int, tokens: Tokens) -> bool:
    """Whether the plural kind word at ``k`` heads its clause's subject: a few words before it since the clause began,
    none of them a preposition or a verb ("The affected counties include", not "officials from both counties said")."""
    i = k - 1
    while i >= 0 and tokens.keys[i] != SEPARATOR:
        if k - i > SUBJECT_WORDS or tokens.keys[i] in _NOT_A_SUBJECT:
            return False
        i -= 1
    return True


def _list_end(i: int, text: str, tokens: Tokens, lay: Layout) -> int:
    """The last capitalised word of the names listed from token ``i`` on (``_inside_a_name`` keeps "do" of "Mato
    Grosso do Sul"), joined by commas, "and" or "or" (``i - 1`` when no capitalised word starts there)."""
    last, j = i - 1, i
    while j < len(tokens):
        if tokens.keys[j] != SEPARATOR and (lay.capital[j] or _inside_a_name(j, tokens, lay)):
            last = j
        elif not (j > i and (tokens.keys[j] in ("and", "or") or _joined_by(",", j, text, tokens))):
            break
        j += 1
    return last


#: The most words of a listed name read in lower-cased text ("otter tail", "lac qui parle").
LISTED_WORDS = 3


def _names_ending_at(i: int, text: str, tokens: Tokens, lay: Layout, ampersand: bool = False,
                     run: int = 0) -> list[tuple[int, int]]:
    """The runs of capitalised words (with any ``_inside_a_name`` connector) joined by commas, "and" or "or" (and
    "&" when ``ampersand``) whose last ends at token ``i``, as token ranges (first, last), last run first: "Clay,
    Grant, and Otter Tail", "Louisiana and Texas"; with ``run``, runs of up to that many words of any case instead
    (a lower-cased list before a plural kind word: ``listed_names``); a run that long ends the list ("the central
    provinces and the worst hit districts": its words may be no name)."""
    names = []
    while True:
        last = i
        while i >= 0 and tokens.keys[i] != SEPARATOR and (
                last - i < run and tokens.keys[i] not in ("and", "or") if run
                else lay.capital[i] or i < last and _inside_a_name(i, tokens, lay)):
            i -= 1
        if i == last:
            break
        names.append((i + 1, last))
        if run and last - i == run:
            break
        if i >= 0 and tokens.keys[i] in ("and", "or"):
            i -= 1
            if _joined_by(",", i, text, tokens):
                i -= 1  # "Clay, Grant, and Otter Tail"
        elif _joined_by(",", i, text, tokens) or ampersand and _joined_by("&", i, text, tokens):
            i -= 1
        else:
            break
    return names



def _inside_a_name(i: int, tokens: Tokens, lay: Layout) -> bool:
    """Token ``i`` is a lower-case connector between two capitalised words of one name ("do" of "Mato
    Grosso do Sul"), not the end of a listed name.

    >>> from gazetteer.normalize import tokenize
    >>> text = "Rain hit Mato Grosso do Sul, and Bahia do not know"
    >>> tokens = tokenize(text)
    >>> lay = layout(text, tokens, {})
    >>> [(tokens.keys[i - 1], tokens.keys[i + 1]) for i in range(len(tokens)) if _inside_a_name(i, tokens, lay)]
    [('groso', 'sul')]
    """
    return (0 < i < len(tokens.keys) - 1 and tokens.keys[i] in NAME_CONNECTORS
            and lay.capital[i - 1] and lay.capital[i + 1]
            and SEPARATOR not in (tokens.keys[i - 1], tokens.keys[i + 1]))


def _joined_by(mark: str, i: int, text: str, tokens: Tokens) -> bool:
    """Token ``i`` is a separator that is just ``mark`` (and spaces) after the word before it."""
    return i >= 1 and tokens.keys[i] == SEPARATOR and text[tokens.ends[i - 1]:tokens.starts[i]].strip() == mark


def extend_span(span: Span, tokens: Tokens, capital: Sequence[bool] = ()) -> Span:
    """Take in a leading article and a following kind word; note the kind the wording asks for.

    "al-Waer" starts at "al"; "Hubei province" asks for admin1 and "the district of Al Waer" for a
    district. A kind word after the name is part of the mention only when capitalised as part of
    the name (``capital``: per token): "Nyanza Province"; the mention of "Hubei province", "Dublin
    City" or "Ohio State" is the bare name (a city, town, village or state is rarely named so).
    A name the gazetteer holds with its kind word ("Idlib Province", to tell the governorate from
    its city) asks for it all the same, but in cased text the mention is the bare name unless the
    kind word is capitalised ("Idlib province" -> "Idlib"; "Henry County" stays whole; lower-cased
    text cannot tell, and keeps the kind word but for "state" and "city" unless "city" ends a city's own
    name: "kansas city", "mexico city", but "dublin city council" names Dublin). A capitalised
    kind word followed by another capitalised word starts the name of an institution: "Dublin
    City Council", "Ohio State University" ask for no kind. A lower-case "state" or "city" ends
    no name ("Washington state" -> "Washington"), and "the" starts none ("the Netherlands"). A
    capitalised compass point after the name is taken in but left out of the mention ("Kapoeta East"
    -> "Kapoeta": ``_side_named``).
    """
    first, last = span.first, span.last
    while first > 0 and first - 1 in tokens.articles:
        first -= 1
    kinds: frozenset[str] = frozenset()
    name_last = last
    after = _next_word(tokens, last)
    if (after is not None and tokens.keys[after] in KIND_WORDS and not _names_an_institution(after, tokens, capital)
            and not _qualifies_a_settlement(first, after, tokens)):
        kinds, last = KIND_WORDS[tokens.keys[after]], after
    elif after is not None and tokens.keys[after] in LANDFORM_WORDS and (
            capital[after] or tokens.keys[after] == VOLCANO if capital else tokens.keys[after] != ISLAND):
        # "the Swat Valley": the valley, at its place, one mention; lower-cased text cannot tell "Kyushu Island"
        # from "Lesbos island", which names the place as a bare name does
        last = after
        kinds = ISLAND_KINDS if tokens.keys[after] == ISLAND else kinds
    elif after is not None and capital and tokens.keys[after] == ISLAND:
        # "Cebu island", written lower-case, names the place as a bare name does, and asks for the island a
        # country, a division or a region of the name is (the province of Cebu, not Cebu City)
        kinds = ISLAND_KINDS | {"admin2"}
    elif after is not None and last not in tokens.possessives and _side_named(after, tokens, capital):
        # "Kapoeta East", "Columbus North": a county or a school named for its town's side; the mention
        # is the town's name, and the compass point no region of its own (but "Cameroon's West" is one).
        last = after
    else:
        kind_word = kind_word_before_of(first, tokens)
        if kind_word is not None:
            kinds = KIND_WORDS[tokens.keys[kind_word]]
    capitalised = bool(capital) and capital[last]
    # "the" before a name is never part of it, even where an index spells it so ("the Netherlands").
    start = first + 1 if tokens.keys[first] == "the" and first < last else first
    if last != name_last:
        end = last if capitalised and tokens.keys[last] not in _NOT_IN_NAMES | BEARINGS | {MOUNTAIN} else name_last
    else:  # a name indexed with its kind word: the word describes unless capitalised ("Idlib province")
        describes = (tokens.keys[last] in _NOT_IN_NAMES and (bool(capital) or not own_city_name(span))
                     or bool(capital) and tokens.keys[last] in KIND_WORDS)
        end = last - 1 if last - 1 >= start and describes and not capitalised else last
    start = min(start, end)
    span.first, span.last, span.name_last, span.kinds = first, last, name_last, kinds
    span.start, span.end = tokens.starts[start], tokens.ends[end]
    span.possessive = last in tokens.possessives
    return span


def kind_word_before_of(first: int, tokens: Tokens) -> int | None:
    """The kind word before "of" and the name starting at token ``first`` ("the province of Cebu"), if any."""
    of = _previous_word(tokens, first)
    kind_word = _previous_word(tokens, of) if of is not None and tokens.keys[of] == "of" else None
    return kind_word if kind_word is not None and tokens.keys[kind_word] in KIND_WORDS else None


def _side_named(bearing: int, tokens: Tokens, capital: Sequence[bool]) -> bool:
    """Token ``bearing`` is a capitalised compass point ending the name before it ("Kapoeta East",
    "Dagoretti North": counties and constituencies named for a side of their town), not starting the
    next name ("Beijing East China Normal University") nor read in lower-cased text ("kenya east of").

    >>> from gazetteer.normalize import tokenize
    >>> tokens = tokenize("cases in Kapoeta East and in Beijing East China")
    >>> capital = [w[:1].isupper() for w in "cases in Kapoeta East and in Beijing East China".split()]
    >>> _side_named(3, tokens, capital), _side_named(7, tokens, capital), _side_named(3, tokens, ())
    (True, False, False)
    """
    if not capital or tokens.keys[bearing] not in BEARINGS or not capital[bearing]:
        return False
    after = _next_word(tokens, bearing)
    return after is None or not capital[after]


def _qualifies_a_settlement(first: int, kind_word: int, tokens: Tokens) -> bool:
    """Whether the name before "town" or "village" says where a settlement is rather than naming it: after "a" or
    "an" with at most two words between ("a remote Alaska town", "an Ohio village": in Alaska, in Ohio; not the
    Philippine barangay Alaska).

    >>> from gazetteer.normalize import tokenize
    >>> tokens = tokenize("floods hit a remote Alaska town")
    >>> _qualifies_a_settlement(4, 5, tokens), _qualifies_a_settlement(2, 3, tokenize("floods hit Alaska town"))
    (True, False)
    """
    if tokens.keys[kind_word] not in _SETTLEMENT_WORDS:
        return False
    before = first
    for _ in range(3):
        before = _previous_word(tokens, before)
        if before is None:
            return False
        if tokens.keys[before] in INDEFINITE_ARTICLES:
            return True
    return False


#: Kind words a state's name qualifies after "a" or "an" ("a Texas town"); not "city", which ends cities' own names.
_SETTLEMENT_WORDS = _folded("town village")
#: Kind words that, even capitalised, describe a place rather than name it ("Dublin City", "Ohio State").
_NOT_IN_NAMES = _folded("city town village state")


def own_city_name(span: Span) -> bool:
    """A city's own name is the span's, "City" and all ("Kansas City"), not an alias nor a division's name
    ("Dublin City", "Gaza City": the city of Dublin, of Gaza)."""
    return any(c.primary and c.place.kind == "city" and name_key(c.place.name) == span.key for c in span.candidates)


def camp_named_after_a_country(span: Span, tokens: Tokens) -> bool:
    """The span is a country's name with "camp" after it: a camp named after the country, which lies elsewhere
    ("sheltered in Uganda camp" in Darfur is no movement to Uganda); a camp named after a town or a division
    lies in or by it and stays that place ("Kakuma camp").

    >>> from gazetteer.normalize import tokenize
    >>> uganda, gulu = Place("t:ug", "Uganda", 1.0, 32.0, "country", "UG"), Place("t:g", "Gulu", 2.8, 32.3, "city", "UG")
    >>> def read(text, place):
    ...     tokens = tokenize(text)
    ...     return camp_named_after_a_country(extend_span(Span(0, 0, 0, 6, "x", 0.0, [Candidate(place, True, False)]), tokens), tokens)
    >>> read("Uganda camp", uganda), read("Gulu camp", gulu), read("Uganda hosts many", uganda)
    (True, False, False)
    """
    return (span.last != span.name_last and tokens.keys[span.last] == fold("camp")
            and all(c.place.kind == "country" for c in span.candidates))


#: "camp" folded, one or several (``numbered_camp_the_table_lacks``).
_CAMP_WORDS = _folded("camp camps")


def numbered_camp_the_table_lacks(span: Span, tokens: Tokens) -> bool:
    """The span is a name with a number and "camp" after it: one of a numbered series of camps named after a
    place they need not lie by ("Jeddah 5 camp" south of Mosul is no Saudi Jeddah), so its point is unknown; a
    numbered camp the table holds is its row ("Mugunga 3 camp"), and a name with "camp" and no number stays
    the place ("Kakuma camp").

    >>> from gazetteer.normalize import tokenize
    >>> jeddah, camp = Place("t:j", "Jeddah", 21.5, 39.2, "city", "SA"), Place("t:m", "Mugunga", -1.7, 29.1, "site", "CD")
    >>> def read(text, place):
    ...     tokens = tokenize(text)
    ...     return numbered_camp_the_table_lacks(Span(0, 0, 0, 6, "x", 0.0, [Candidate(place, True, False)]), tokens)
    >>> read("Jeddah 5 camp", jeddah), read("Mugunga 3 camp", camp), read("Jeddah camp", jeddah), read("Jeddah 5 times", jeddah)
    (True, False, False, False)
    """
    # (The two words after the name indexed directly, not by ``_next_word``: this is asked of every span,
    # and a separator is neither a number nor "camp".)
    keys, number = tokens.keys, span.last + 1
    return (number + 1 < len(keys) and keys[number].isdigit() and keys[number + 1] in _CAMP_WORDS
            and all(c.place.kind != "site" for c in span.candidates))


#: Countries whose first- or second-level divisions are called departments: "the Var Department" (France's) and
#: "the department of Cochabamba" (Bolivia's) name a division there; a department of any other place is an
#: agency ("the Police Department", "the Ohio Department of Health").
DEPARTMENT_COUNTRIES = frozenset("FR CO BO PE UY PY HT HN GT SV NI BJ NE SN CM TD CG GA".split())
DEPARTMENT = fold("department")
DIVISION_KINDS = frozenset({"admin1", "admin2"})


def department_word(span: Span, tokens: Tokens, capital: Sequence[bool]) -> int | None:
    """The token of "department" that says ``span`` names a department: right after the name, not
    followed by "of" nor by a capitalised word, which make it an agency's name ("the Var Department"; not
    "the Cauca Department of Health"), or before "of" and the name ("the department of Cochabamba"); only
    for a name of a first- or second-level division of a country whose divisions are departments
    (``DEPARTMENT_COUNTRIES``), and not where the wording asks for a kind already.

    >>> from gazetteer.model import Place
    >>> from gazetteer.normalize import tokenize
    >>> var = Candidate(Place("t:var", "Var", 43.4, 6.2, "admin2", "FR"), True, False)
    >>> tokens = tokenize("floods in the Var Department on Monday")
    >>> department_word(Span(3, 3, 14, 17, "var", 3.6, [var]), tokens, [])
    4
    >>> tokens = tokenize("the Var Department of Health")
    >>> department_word(Span(1, 1, 4, 7, "var", 3.6, [var]), tokens, []) is None
    True
    """
    if span.kinds or not any(c.place.kind in DIVISION_KINDS and c.place.country in DEPARTMENT_COUNTRIES
                             for c in span.candidates):
        return None
    after = _next_word(tokens, span.last)
    if after is not None and tokens.keys[after] == DEPARTMENT:
        nxt = _next_word(tokens, after)
        return None if nxt is not None and (tokens.keys[nxt] == "of" or capital and capital[nxt]) else after
    of = _previous_word(tokens, span.first)
    before = _previous_word(tokens, of) if of is not None and tokens.keys[of] == "of" else None
    return before if before is not None and tokens.keys[before] == DEPARTMENT else None


#: Kind words of the parts of a first-level division: a name in brackets after them is the division holding them.
PART_OF_DIVISION_WORDS = _folded("district districts county counties municipality municipalities lga lgas "
                                 "locality localities zone zones woreda woredas")
FIRST_LEVEL = frozenset({"admin1"})


def bracketed_division(span: Span, text: str, tokens: Tokens) -> bool:
    """``span`` is alone in brackets right after a district's or a county's kind word and may name a first-level
    division: the governorate or province holding the parts just listed ("Midi and Hayran districts (Hajjah)"),
    not its seat of that name.

    >>> from gazetteer.model import Place
    >>> from gazetteer.normalize import tokenize
    >>> seat = Candidate(Place("t:h", "Hajjah", 15.7, 43.6, "city", "YE"), True, False)
    >>> gov = Candidate(Place("t:g", "Hajjah Governorate", 15.9, 43.4, "admin1", "YE"), False, False)
    >>> def asks(text):
    ...     tokens = tokenize(text)
    ...     i = [text[s:e] for s, e in zip(tokens.starts, tokens.ends)].index("Hajjah")
    ...     return bracketed_division(Span(i, i, tokens.starts[i], tokens.ends[i], "hajah", 3.0, [seat, gov]), text, tokens)
    >>> asks("fighting in Midi and Hayran districts (Hajjah) drove 900 away"), asks("fled to the town (Hajjah) by bus")
    (True, False)
    """
    if span.kinds or text[span.start - 1:span.start] != "(" or text[span.end:span.end + 1] != ")":
        return False
    before = span.first - 2  # (the bracket is a separator token)
    return (before >= 0 and tokens.keys[before] in PART_OF_DIVISION_WORDS
            and any(c.place.kind in FIRST_LEVEL for c in span.candidates))


def _names_an_institution(kind_word: int, tokens: Tokens, capital: Sequence[bool]) -> bool:
    """The kind word at ``kind_word`` and the word after it are capitalised: "City Council"."""
    nxt = _next_word(tokens, kind_word)
    return bool(capital) and nxt is not None and capital[kind_word] and capital[nxt]


# Another word in capitals joined to an acronym by "and", "or" or "&" ("clashes between SAF and RSF").
_ACRONYM_JOINED_BEFORE = re.compile(r"\b[A-Z]{2,6}\s+(?:and|or|&)\s+(?:the\s+)?$")
_ACRONYM_JOINED_AFTER = re.compile(r"\s+(?:and|or|&)\s+(?:the\s+)?[A-Z]{2,6}\b")
# Capitalised words (small joining words between) right before an opening bracket: what an acronym in it may spell.
_SPELLED_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+(?:(?:of|the|and|for|de|du|des|la|el)\s+)*){2,8}\(\s*$")


def _spelled_out(text: str, start: int) -> bool:
    """The acronym at ``start`` is in brackets right after a name of capitalised words it abbreviates, by
    their initials ("Sudanese Armed Forces (SAF)") or otherwise ("Oregon State (OSU)", "Armed Forces of Liberia (AFL)").

    >>> _spelled_out("while the Sudanese Armed Forces (SAF) shelled", 33)
    True
    >>> _spelled_out("a team from Oregon State (OSU) came", 26)
    True
    >>> _spelled_out("the road to Cairo (SAF) was shut", 19)
    False
    """
    return _SPELLED_BEFORE.search(text, max(0, start - 120), start) is not None


def mark_acronym(span: Span, text: str, lay: Layout) -> Span:
    """Flag a one-word name written in capitals outside a headline ("SANA", not "HOMS:" in a title), and one
    joined to another such word by a lower-case "and", in a title too ("Clashes between SAF and RSF": ``paired``), or
    in brackets after the name it abbreviates ("the Sudanese Armed Forces (SAF)": ``spelled``)."""
    word = text[span.start:span.end]
    capitals = span.first == span.name_last and len(word) >= 3 and word.isupper()
    span.paired = capitals and (_ACRONYM_JOINED_BEFORE.search(text, max(0, span.start - 20), span.start) is not None
                                or _ACRONYM_JOINED_AFTER.match(text, span.end) is not None)
    span.spelled = capitals and _spelled_out(text, span.start)
    span.acronym = capitals and (span.paired or span.spelled or not lay.initial[span.first])
    return span


#: What follows the place of a news dateline: its state or country, the agency, a dash ("CROMWELL —",
#: "CHARLESTON, W.Va. (AP) --").
_LONG_DASHES = r"—|–|--|\x97"  # (\x97: a dash in Windows-1252 read as Latin-1)
_DASH = rf"(?:{_LONG_DASHES}|-)"  # (or a hyphen typed for one)
_DATELINE_DASH = rf"{_DASH} "
_DATELINE_END = re.compile(rf"(?:,(?: [A-Z][\w.]*)+)?(?: \([A-Z]+\))? ?{_DATELINE_DASH}")
#: The dashes of a dateline written in lower case after its capital ("Miami —"), not a hyphen.
_LONG_DASH = re.compile(_LONG_DASHES)


#: A dateline stands among the article's first characters (as ``geo.documents`` reads it), after the
#: headline; a capitalised word before a dash further on heads a list or a timeline ("VICTORIA - ...").
DATELINE_WITHIN = 600


def dateline(span: Span, text: str) -> bool:
    """The span is the place of a dateline: a name in capitals starting a sentence near the article's
    start, before a dash, or one written in lower case after its capital opening a line before a long dash
    and the story's sentence ("Miami — One of ..."; a hyphen there may start a list's entry, and a lower-case word
    after the dash makes the line a title's topic: "Colombia – dengue outbreak"). It is where the story was
    written, a town, whatever else its name may be ("NEW MIAMI", "CHARLESTON" of a Mr. Charleston).

    >>> text = "Ship returns\\nMiami — A cruise ship\\nDover - a port\\nSo, Miami — a port\\nMiami – a port"
    >>> [dateline(Span(0, 0, start, start + 5, "", 0.0, []), text) for start in (13, 35, 54, 71)]
    [True, False, False, False]
    """
    if span.start >= DATELINE_WITHIN or span.end - span.start < 3:
        return False
    end = _DATELINE_END.match(text, span.end)
    if end is None:
        return False
    if text[span.start:span.end].isupper():
        return True
    return ((span.start == 0 or text[span.start - 1] == "\n") and _LONG_DASH.search(end.group()) is not None
            and not text[end.end():end.end() + 1].islower())


#: A byline: "By", a name of two to four capitalised words, and maybe the writer's outlet or role after a
#: comma, "and", "&", a bar or a dash, alone on a short line ("By Jane Roe, Valley Gazette Staff Writer").
_BYLINE = re.compile(r"^(?=[^\n]{0,120}$)[ \t]*(?:By|BY) (?:[A-Z][\w.'’-]* ){1,3}[A-Z][\w.'’-]*"
                     r"(?:(?:,| and | & | ?[|—–-] )[^\n]*)?$", re.MULTILINE)


def on_bylines(spans: Sequence[Span], text: str) -> list[int]:
    """Numbers of the spans on a byline: its names are the writer's and the outlet's, not places
    ("Jenna", "Herald" of "By Jenna Morales, Chico Valley Herald Staff Writer"; not "By Monday, ...").

    >>> text = "Fire nears town\\nBy Ann Perth, Dover Herald Staff Writer\\nBy Monday, Dover was empty."
    >>> spans = [Span(0, 0, 23, 28, "perth", 0, []), Span(0, 0, 30, 35, "dover", 0, []), Span(0, 0, 67, 72, "dover", 0, [])]
    >>> [text[s.start:s.end] for s in spans], on_bylines(spans, text)
    (['Perth', 'Dover', 'Dover'], [0, 1])
    """
    if "By " not in text and "BY " not in text:
        return []  # (most texts: a C-level find spares the regex its attempt at every character)
    lines = [(m.start(), m.end()) for m in _BYLINE.finditer(text)]
    if not lines:
        return []
    return [n for n, span in enumerate(spans) if any(start <= span.start < end for start, end in lines)]


#: A wire story's credits, each opening a bracket, a line or a part after a semicolon or a comma: the names after
#: "Reporting by", "Writing by", "Editing by" ... up to a semicolon, a bracket, a line's end or the place the
#: reporter filed from ("(Reporting by Jane Roe in Nairobi; Editing by Tom Holland)"; not "research by Dover officials").
_CREDITS = re.compile(r"(?:^|[(;,])[ \t]*(?:additional )?(?:reporting|writing|editing|compiled|compiling) by "
                      r"((?:(?! in | at | from )[^;)\n]){1,160})", re.IGNORECASE | re.MULTILINE)
#: What every credit holds (a C-level find spares texts without one the regex).
_CREDIT_WORDS = ("eporting by", "diting by", "riting by", "ompiled by", "ompiling by")


def on_credit_lines(spans: Sequence[Span], text: str) -> list[int]:
    """Numbers of the spans among a wire story's credited people ("Holland", "Sherry" and "Phillips" of "(Writing by
    Hereward Holland; Editing by Sherry Jacob-Phillips)"), not the place a reporter filed from ("in Kinshasa").

    >>> text = "(Reporting by Ann Perth in Kinshasa; Editing by Tom Holland)"
    >>> spans = [Span(0, 0, 18, 23, "perth", 0, []), Span(0, 0, 27, 35, "kinshasa", 0, []), Span(0, 0, 52, 59, "holland", 0, [])]
    >>> [text[s.start:s.end] for s in spans], on_credit_lines(spans, text)
    (['Perth', 'Kinshasa', 'Holland'], [0, 2])
    """
    if not any(word in text for word in _CREDIT_WORDS):
        return []  # (most texts: a C-level find spares the regex its attempt at every character)
    names = [m.span(1) for m in _CREDITS.finditer(text)]
    return [n for n, span in enumerate(spans) if any(start <= span.start < end for start, end in names)]


#: Keys of the few dotted abbreviations ("Tenn."), asked again and again.
_abbreviation_key = lru_cache(maxsize=1024)(name_key)


def _big_place_written_so(span: Span, text: str) -> bool:
    """The span's key is short only for the doubled letters it merges, and it is written as the own name of a
    division or a town of BIG_TOWN people: "Ibb", Yemen's governorate and its city, keys to "ib" (not "Lee", a
    small town's name and a surname, nor "CCA", whose key is California's letters).

    >>> from gazetteer.model import Place
    >>> ibb = Candidate(Place("t:i", "Ibb", 13.97, 44.18, "city", "YE", population=234_837), True, False)
    >>> lee = Candidate(Place("t:l", "Lee", 43.1, -71.0, "city", "US", population=4_300), True, False)
    >>> ca = Candidate(Place("t:c", "California", 36.7, -118.8, "admin1", "US", aliases=("CA",)), False, False)
    >>> [_big_place_written_so(Span(0, 0, 0, 3, key, 0.0, [c]), written) for key, c, written in
    ...  (("ib", ibb, "Ibb"), ("le", lee, "Lee"), ("ca", ca, "CCA"))]
    [True, False, False]
    """
    written = text[span.start:span.end]
    return len(written) > 2 and any(
        c.primary and c.place.name == written and (c.place.kind != "city" or c.place.population >= BIG_TOWN)
        for c in span.candidates)


def short_form(span: Span, text: str) -> bool:
    """True when the span is a division written short: "Ga." or "N.Y." before a full stop, "GA" in capitals.

    Only a division's own abbreviations count (see ``world.US_STATE_ABBREVIATIONS``), never a
    country's ("U.S." is a name in its own right).

    >>> ga = Place("t:ga", "Georgia", 32.3, -83.1, "admin1", "US", aliases=("Ga.", "GA"))
    >>> span = Span(0, 0, 0, 2, "ga", 0.0, [Candidate(ga, False, False)])
    >>> short_form(span, "Ga., she said"), short_form(span, "Ga is"), short_form(span, "GA")
    (True, False, True)
    """
    if len(span.key) > 5:
        return False
    written = text[span.start:span.end]
    if len(written) == 2 and any(alias == written for alias in _short_aliases(span) if len(alias) == 2):
        return True
    return _dotted_short_form(span, text)


def _short_aliases(span: Span) -> Iterator[str]:
    """The postal codes ("GA") and dotted abbreviations ("Ga.") of the span's divisions."""
    return (alias for c in span.candidates if c.place.kind in ("admin1", "admin2") and not c.primary
            for alias in c.place.aliases if len(alias) == 2 and alias.isupper() or alias.endswith("."))


def _dotted_short_form(span: Span, text: str) -> bool:
    """The span is a division's dotted abbreviation before its full stop ("Ga.", "Wash."). Not a
    postal code: no abbreviation is written in two capitals, and the stop after "WA" ends a sentence
    ("King County, WA.").

    >>> wa = Place("t:wa", "Washington", 47.3, -120.2, "admin1", "US", aliases=("Wash.", "WA", "Pa."))
    >>> def written(text): return Span(0, 0, 0, text.index("."), name_key(text[:text.index(".")]), 0.0,
    ...                                [Candidate(wa, False, False)])
    >>> [_dotted_short_form(written(t), t) for t in ("Wash.", "WA.", "Pa.", "PA.", "pa.")]
    [True, False, True, False, True]
    """
    written = text[span.start:span.end]
    if text[span.end:span.end + 1] != "." or len(written) == 2 and written.isupper():
        return False
    return any(alias.endswith(".") and _abbreviation_key(alias) == span.key for alias in _short_aliases(span))


#: Era markers after a year that spell a division's abbreviation ("100 B.C."; "A.D." and "C.E." spell none).
ERA_ABBREVIATIONS = ("B.C.",)


def _abbreviation_without_its_stop(span: Span, text: str) -> bool:
    """The span's divisions are those of a dotted abbreviation ("Miss.", "Tenn.") it is written
    without, and its other places are small towns: "the Miss Ohio title", "the Teen category" (keys
    fold "Teen" to "Tenn."'s), "a pen light" are words. A division is written short with its full
    stop, or after "Town," (see ``rejection``).

    >>> ms = Place("t:ms", "Mississippi", 32.9, -89.7, "admin1", "US", aliases=("Miss.", "MS"))
    >>> span = Span(0, 0, 0, 4, "mis", 0.0, [Candidate(ms, False, False)])
    >>> _abbreviation_without_its_stop(span, "Miss Ohio"), _abbreviation_without_its_stop(span, "Miss.")
    (True, False)
    """
    # (``rejection`` asks this of names of five letters or fewer only, as abbreviations are.)
    if text[span.end:span.end + 1] == ".":
        return False
    abbreviated = False
    for c in span.candidates:  # (a loop that stops at the first big town or division named otherwise)
        if c.place.population >= BIG_TOWN:
            return False
        if c.place.kind in ("admin1", "admin2"):
            if c.primary or not any(alias.endswith(".") and _abbreviation_key(alias) == span.key
                                    for alias in c.place.aliases):
                return False
            abbreviated = True
    return abbreviated


#: Kind words written short, with a full stop that belongs to the name ("Madison Twp.").
SHORT_KIND_WORDS = _folded("twp")


def _before_a_noun(text: str, end: int) -> bool:
    """A full stop at ``end`` and a lower-case word that is no function word ("Ga. pastor", not
    "Va. was the abbreviation")."""
    after = _LOWER_CASE_AFTER.match(text, end)
    return after is not None and after.group(1) not in FUNCTION_WORDS


def take_full_stop(span: Span, text: str) -> Span:
    """End an abbreviated name after its full stop: the mention is "U.S.", "Ga." or "Madison Twp.",
    not "U.S", "Ga" or "Madison Twp"; a postal code keeps none ("King County, WA.": the stop ends the
    sentence; ``_dotted_short_form``)."""
    if text[span.end:span.end + 1] != ".":
        return span  # (most names: no full stop after them, no last word to cut out)
    # The last word's own stops, not an earlier word's: "Fort St. John." ends a sentence.
    last_word = text[span.start:span.end].rsplit(" ", 1)[-1]
    if "." in last_word or _dotted_short_form(span, text) or fold(last_word) in SHORT_KIND_WORDS:
        span.end += 1
    return span


def _after_a_name(span: Span, tokens: Tokens, text: str, cased: bool) -> bool:
    """The span follows a capitalised word and a comma ("Alexandria, La."); any word in a lower-cased
    text ("alexandria, la.")."""
    j = span.first - 2
    return (j >= 0 and tokens.keys[span.first - 1] == SEPARATOR and tokens.keys[j] != SEPARATOR
            and (text[tokens.starts[j]].isupper() or not cased) and text[tokens.ends[j]:span.start].strip() == ",")


def _listed_before_a_region(span: Span, tokens: Tokens, text: str, place_words: set[int]) -> bool:
    """The span comes after a word of its sentence and before a comma and a division's or a country's name: a
    state's letters listed with other states ("schools shut in NY, Texas and Ohio"), not "OK, Texas it is"."""
    return (_previous_word(tokens, span.first) is not None and span.name_last + 2 in place_words
            and _joined_by(",", span.name_last + 1, text, tokens))


def _party_prefix(i: int, span: Span, tokens: Tokens, text: str) -> bool:
    """Token ``i`` is a party letter hyphenated to the span: a legislator's home ("D-Tulsa", "DFL-Minneapolis")."""
    return i == span.first - 1 and _party_letters(i, tokens, text)


def _hyphen_paired(span: Span, others: Sequence[int], tokens: Tokens, place_words: set[int]) -> bool:
    """The name is joined by a hyphen to another place's (see ``gazetteer._joined_places``), with
    only places or an institution's words before them: the two are places whatever capitalised
    words go on after them, as each alone would be ("the Dayton-Springfield Airport" lies by both,
    "University of Ohio-Akron"); after a given name they are people ("John Lennon-Yoko Ono")."""
    return ((span.name_last in tokens.attached and span.name_last + 1 in place_words
             or span.first - 1 in tokens.attached and span.first - 1 in place_words)
            and all(i in place_words or tokens.keys[i] in LOCAL_INSTITUTION_WORDS or tokens.keys[i] in CONNECTORS
                    for i in others if i < span.first))


#: Lower-case words after two names joined by a hyphen that make them the ends of a route, or the two sides of a
#: border.
ROUTE_WORDS = _folded("road highway railway railroad motorway expressway route border crossing")


def _route_end(span: Span, others: Sequence[int], tokens: Tokens, lay: Layout) -> bool:
    """The name and one other capitalised word joined by a hyphen, either first, stand before a lower-case route
    word: the two are the route's ends or the border's sides, each a place, though the index lacks the other
    ("the Makhachkala-Talgi highway" names Makhachkala, as "the Kabul-Kandahar highway" names both; "the
    Mutukula-Tanzania border" Tanzania)."""
    if others == [span.name_last + 1] and span.name_last in tokens.attached:
        last = span.name_last + 1
    elif others == [span.first - 1] and span.first - 1 in tokens.attached:
        last = span.name_last
    else:
        return False
    after = _next_word(tokens, last)
    return after is not None and tokens.keys[after] in ROUTE_WORDS and not lay.capital[after]


def _after_a_bearing(of: int, tokens: Tokens) -> bool:
    """Word ``of`` is "of" after a direction: the name after it is where the direction is taken from
    ("west of Hope", "north of Reading"), a place even when it is a common word."""
    return of > 0 and tokens.keys[of] == "of" and tokens.keys[of - 1] in BEARINGS


def _office_of(first: int, ahead: Sequence[str], tokens: Tokens) -> bool:
    """A title and "of" come just before the place (in its chunk, ``ahead``, or before the chunk's
    ``first`` word), maybe with a minister's portfolio between ("Minister of Health and Social Development
    of"): the capitalised words after it are the office holder's name ("Governor of Kvemo Kartli Georgi
    Dokhturishvili", "the mayor of Springfield Jane Roe"), not more of the place's."""
    # (A chunk ends at "and": "Minister of Health and | Social Development of" goes on before it.)
    before = tokens.keys[max(0, first - 6):first] + list(ahead)
    if before[-1:] != ["of"]:
        return False
    if before[-2:-1] and before[-2] in PLACE_OFFICES:
        return True
    # A portfolio is a few words naming no body ("Water and Rural Affairs"; not "the Governor of the Bank of").
    portfolio_of = max((n for n, key in enumerate(before[:-1]) if key == "of"), default=0)
    portfolio = before[portfolio_of + 1:-1]
    return (portfolio_of > 0 and before[portfolio_of - 1] in PLACE_OFFICES and 0 < len(portfolio) <= 4
            and ORGANISATION_HEADS.isdisjoint(portfolio))


def _holder_after_kind(after: Sequence[str]) -> Sequence[str]:
    """The words after an office's place less the place's own kind word: "Governor of Morobe Province Luther
    Wenge" names the holder "Luther Wenge" after the province."""
    return after[1:] if after[0] in KIND_WORDS else after


def _a_name_only(words: Sequence[str]) -> bool:
    """No word of an institution, a firm or a kind of place: a person's name may be all they are
    ("Georgi Dokhturishvili", not "State University")."""
    return all(k not in LOCAL_INSTITUTION_WORDS and k not in ORGANISATION_HEADS and k not in KIND_WORDS
               for k in words)


def _names_a_news_agency(span: Span, tokens: Tokens) -> bool:
    """The name is followed by "news agency": it is that agency's name ("Xinhua news agency")."""
    after = span.name_last + 1
    return tuple(tokens.keys[after:after + 2]) == ("news", "agency")


#: A wire's credit: a dateline (capitalised words opening a line, maybe a date after a comma), the wire's name in
#: brackets and a dash ("BEIJING, Feb. 12 (Xinhua) --").
_CREDITED_DATELINE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:,[^()\n]{0,30})? \($")
_CREDIT_END = re.compile(rf"\) ?{_DATELINE_DASH}")


def _wire_credit(span: Span, text: str) -> bool:
    """The name alone in brackets after a dateline and before a dash credits the wire that sent the story
    ("BEIJING, Feb. 12 (Xinhua) -- ...", as a dateline's "(AP)" does): no place."""
    if span.start >= DATELINE_WITHIN or _CREDIT_END.match(text, span.end) is None:
        return False
    line = text[text.rfind("\n", 0, span.start) + 1:span.start]
    return _CREDITED_DATELINE.fullmatch(line) is not None


#: Lower-case nouns of the press a newspaper's name follows ("the Argentine newspaper Clarin").
PRESS_NOUNS = _folded("newspaper tabloid")


def _names_a_newspaper(before: int | None, tokens: Tokens, lay: Layout) -> bool:
    """The name follows "newspaper" written lower-case: it is that paper's name ("the newspaper Clarin
    reported", "the tabloid Bild"), not a town of the name ("a newspaper in Clarin" has "in" between)."""
    return before is not None and tokens.keys[before] in PRESS_NOUNS and not lay.capital[before]


def _party_letters(i: int, tokens: Tokens, text: str) -> bool:
    """Token ``i`` is up to three capitals hyphenated to the next word: a party ("D-", "DFL-")."""
    word = text[tokens.starts[i]:tokens.ends[i]]
    return i in tokens.attached and len(word) <= 3 and word.isupper()


#: A full stop and a lower-case word: the stop ends an abbreviation, not a sentence.
_LOWER_CASE_AFTER = re.compile(r"\. ([a-z]+)")
#: A word and a contracted verb ("We'd", "He’ll", "Don't"): the apostrophe is dropped from keys, so
#: their letters may spell a place's name or alias ("Wed", "Hell").
_CONTRACTION = re.compile(r"[^\W\d_]+['’](?:d|ll|ve|re|m)|[^\W\d_]+n['’]t", re.IGNORECASE)


#: A slash and a number after a name between slashes: a strain's designation (see ``in_a_designation``).
_NUMBERED_SLASH = re.compile(r"/\d")


def in_a_designation(span: Span, text: str) -> bool:
    """The name sits between slashes with a number after it, as in an influenza strain's designation
    ("A/Perth/16/2009", "B/Brisbane/60/2008"): where the virus was first isolated, a label, not a
    place the text speaks of.

    >>> def designation(text, name, at=0):
    ...     start = text.index(name, at)
    ...     return in_a_designation(Span(0, 0, start, start + len(name), name.lower(), 0.0, []), text)
    >>> text = "an A/Perth/16/2009-like virus, first seen in Perth"
    >>> designation(text, "Perth"), designation(text, "Perth", 20)
    (True, False)
    >>> designation("flights Perth/Sydney/Melbourne", "Sydney")
    False
    """
    return text[span.start - 1:span.start] == "/" and _NUMBERED_SLASH.match(text, span.end) is not None


def names_a_disease(span: Span, tokens: Tokens) -> bool:
    """A disease word follows the name directly: the name is the disease's (see DISEASE_WORDS),
    unless written possessive ("Uganda's disease burden" is Uganda's).

    >>> from gazetteer.normalize import tokenize
    >>> def disease(text, name):
    ...     tokens = tokenize(text)
    ...     i = [text[s:e] for s, e in zip(tokens.starts, tokens.ends)].index(name)
    ...     span = Span(i, i, 0, 0, name.lower(), 0.0, [], possessive=i in tokens.possessives)
    ...     return names_a_disease(span, tokens)
    >>> disease("cases of Lyme disease rose", "Lyme"), disease("Lyme, disease experts say", "Lyme")
    (True, False)
    >>> disease("the Texas flu season", "Texas"), disease("Ghana's disease burden", "Ghana")
    (False, False)
    """
    after = _next_word(tokens, span.last)
    return after is not None and tokens.keys[after] in DISEASE_WORDS and not span.possessive


#: Hazards a situation report heads its lines with; "Volcano", "Hurricane" and "Tornado" are also towns.
HAZARD_WORDS = _folded("volcano volcanic eruption hurricane tornado cyclone typhoon storm flood floods flooding "
                       "earthquake landslide landslides wildfire wildfires fire fires drought tsunami")
# A label's end: a few more words in lower case, then its colon ("Volcano eruption:", "Flood:").
_LABEL_END = re.compile(r"(?:[ \t]+[a-z][\w-]*){0,3}[ \t]*:")
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:[-•*][ \t]*)?$")


def hazard_label(span: Span, text: str) -> bool:
    """The name is a hazard word opening a line as its label, up to a colon: the topic of what follows, not a town.

    >>> def label(text, name):
    ...     start = text.index(name)
    ...     return hazard_label(Span(0, 0, start, start + len(name), fold(name), 0.0, []), text)
    >>> label("Update\\nVolcano eruption: 900 people left.", "Volcano"), label("- Hurricane: shelters opened", "Hurricane")
    (True, True)
    >>> label("Volcano residents were told to leave: all 900.", "Volcano"), label("Mount Volcano eruption:", "Volcano")
    (False, False)
    """
    return (span.key in HAZARD_WORDS and _LINE_OPENING.search(text, max(0, span.start - 40), span.start) is not None
            and _LABEL_END.match(text, span.end) is not None)


# What follows the one name a speaker told something: the clause goes on or ends ("told Xinhua on Monday", "told AFP
# that"), not a noun the name describes ("told Bria residents to leave").
_HEARD_AFTER = re.compile(r"\s*(?:[,.;:!?\"”’)—–-]|$|(?:on|by|in|at|that|over|via|this|last|late|earlier|yesterday|today"
                          r"|when|after|before|as|while|and|but)\b)")


_MONTH_ABBREVIATIONS = _folded("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")
#: A weekday written short opens a date before its day and month or its month ("Mon 9 Oct", "Mon., Oct. 9"):
#: no place ("Mon" is Myanmar's Mon State, written so alone or before "State").
_WEEKDAY_ABBREVIATIONS = _folded("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun")
_DATE_AFTER_WEEKDAY = re.compile(r"\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                                 r"[a-z]*\b")  # capitalised: "Mon may flood" is the state
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+$")
_DAY_OR_YEAR_AFTER = re.compile(r"\.?\s+\d{1,4}\b")
#: An age set off by commas after a name ("Raja, 48, a labourer"): the name is a person's. A comma right
#: before more digits groups thousands ("Kandy, 5,065 cases"): a count, no age.
_AGE_AFTER = re.compile(r", ?\d{1,3},(?!\d)")


def month_in_date(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start``..``end`` stands between a day and a year or beside either, as a month abbreviation
    does in a date ("2 Jun 2015", "Jun. 12").

    >>> month_in_date("On 2 Jun 2015, the alert", 5, 8), month_in_date("Floods hit Jun on Monday", 11, 14)
    (True, False)
    """
    return bool(_DAY_BEFORE.search(text, max(0, start - 6), start) or _DAY_OR_YEAR_AFTER.match(text, end))


def rejection(span: Span, text: str, tokens: Tokens, lay: Layout, place_words: set[int],
              surnames: set[str], demonyms: Mapping[str, str]) -> str:
    """Why a span is not a place mention, or "" when it may be one."""
    # The words of the name as the mention gives it (no article, no leading "the").
    first = span.first
    if first == span.name_last:  # (most names: one word, no comprehensions)
        name = [first] if first not in tokens.articles and tokens.starts[first] >= span.start else []
        keys = [tokens.keys[first]] if name else []
    else:
        name = [i for i in range(first, span.name_last + 1)
                if i not in tokens.articles and tokens.starts[i] >= span.start]
        keys = list(map(tokens.keys.__getitem__, name))
    words = len(name)  # (asked a dozen times below: a builtin call each)
    if (first and tokens.keys[first - 1] in VILLAGE_FIRSTS and (lay.capital[first - 1] or not lay.cased)
            and text[tokens.ends[first - 1]:tokens.starts[first]] == " "):
        return "part of a longer name"  # "Kampung Parit Sapran" is a village, not Perak's town of Parit
    if words == 1 and keys[0] in MONTHS_AND_DAYS:
        return "month or weekday"
    if words == 1 and keys[0] in _MONTH_ABBREVIATIONS and month_in_date(text, span.start, span.end):
        return "month or weekday"  # "on 2 Jun 2015", "Jun. 12": a date's month, not the town of Jun
    if words == 1 and keys[0] in _WEEKDAY_ABBREVIATIONS and _DATE_AFTER_WEEKDAY.match(text, span.end):
        return "month or weekday"  # "Mon 9 Oct 2017": a date's weekday, not Mon State
    if words == 1 and _surname_particle(first, tokens) and text[tokens.ends[first]:tokens.starts[first + 1]] == " ":
        return "person"  # "von der Leyen", "Van der Sar": a surname's particle, in either casing
    # (Most names have no apostrophe two or three letters from their end: no regex for them.)
    if words == 1 and "'" in text[span.end - 3:span.end - 1].replace("’", "'") and _CONTRACTION.fullmatch(
            text, span.start, span.end):
        return "contraction"  # "We'd", "He’ll": a pronoun and a verb, whatever their letters spell without the apostrophe
    # "Ga." stands for Georgia only in an address ("Alexandria, La.") or, written with its full
    # stop, as a legislator's state ("D-Ga."; a postal code there, "D-GA", is no mention). Letters
    # with full stops inside and after ("S.C.", "D.C.") are no word: the state wherever they stand.
    # Nor is "Ga." before a lower-case word, which no sentence starts with: a headline's "Ga. pastor".
    if short_form(span, text):
        year = _previous_word(tokens, span.first)
        if (year is not None and text[tokens.starts[year]:tokens.ends[year]].isdigit()
                and text[span.start:span.end + 1] in ERA_ABBREVIATIONS):
            return "era"  # "built between 250 and 100 B.C.": before Christ, not British Columbia
        placed = _after_a_name(span, tokens, text, lay.cased) or (
            text[span.end:span.end + 1] == "." and (_party_prefix(span.first - 1, span, tokens, text)
                                                    or "." in text[span.start:span.end]
                                                    or lay.cased and _before_a_noun(text, span.end))
            or _listed_before_a_region(span, tokens, text, place_words))
        return "" if placed else "abbreviation without a place before it"
    if len(span.key) <= 5 and _abbreviation_without_its_stop(span, text) and not (
            _after_a_name(span, tokens, text, lay.cased)):
        return "abbreviation without its full stop"  # but "San Francisco, Calif" (lower-cased: "francisco, calif")
    if len(span.key.replace(" ", "")) <= 2 and not _big_place_written_so(span, text) and not (_country_named(span) and (
            not lay.cased or all(text[tokens.starts[i]:tokens.ends[i]].isupper() for i in name))):
        # "US" and "UK" only, written in capitals; in a lower-cased text "uk" and "u.s." ("us" is no
        # name there: ``lower_case_reason``)
        return "too short"
    nxt = _next_word(tokens, span.name_last)
    if span.name_last in tokens.attached and nxt is not None and tokens.keys[nxt] in ADJECTIVE_SUFFIXES:
        return "adjective"
    if in_a_designation(span, text):
        return "part of a designation"
    if names_a_disease(span, tokens):
        return "disease's name"
    if words == 1 and hazard_label(span, text):
        return "hazard label"
    if _written_as_its_river(span, nxt, tokens):
        return "river"
    if not lay.cased:
        if _saints_institution(span, keys):
            return "saint's institution"
        return (_named_by_the_word_after(span, nxt, tokens, text, lay)
                or _lowercase_rejection(span))
    if not any(map(lay.capital.__getitem__, name)) or not lay.capital[name[0]] and not (
            keys[0] in LOWER_CASE_NAME_STARTS or keys[0] in MODIFIERS):
        return "not capitalised"  # nor is a name that starts in lower case: "the heard County Auditor"
    if _as_adjective_of_a_people(span, keys, text, tokens, lay, demonyms):
        return "demonym"
    if span.first - 1 in tokens.attached and lay.capital[span.first - 1] and GENERIC_WORDS.issuperset(keys):
        return "part of a longer name"  # "the Center-North region" is that region, not a division called North
    before = _previous_word(tokens, span.first)
    # "Henry County", "Kansas City": a name with its kind word is no longer a common word, nor a compass name before
    # its capitalised kind word ("the Western Region of Ghana", "Central Province"; not "the western region", nor
    # other words: "the Diamond Dick District" of the Scouts, "The Hot Zone").
    kind_named = (words > 1 and keys[-1] in KIND_WORDS
                  or bool(span.kinds) and span.last > span.name_last and lay.capital[span.last]
                  and MODIFIERS.issuperset(keys))
    # Common words written together with capitals mid-sentence are a name: "New London", "Rock Hill".
    compound = (words > 1 and all(map(lay.capital.__getitem__, name)) and not lay.initial[name[0]]
                and keys[-1] not in ORGANISATION_HEADS)  # but "Red Cross" is the charity
    if span.zipf >= COMMON_ZIPF and not kind_named and not compound:
        # "Reading" is a town after "from", mid-sentence, with a capital; otherwise a word.
        # ... or before a comma and a division or country that places it ("Surprise, Ariz."), or as
        # a legislator's home after a party's letters ("Tom Roe, DFL-Cook").
        located = (before is not None and (tokens.keys[before] in LOCATIVES or _after_a_bearing(before, tokens))
                   or span.name_last + 2 in place_words and _joined_by(",", span.name_last + 1, text, tokens)
                   or _party_prefix(span.first - 1, span, tokens, text))
        # A hand-made table's name counts as written in full only: "War" is the word, not "al-Waar".
        articled = span.first < name[0]
        strong = located or any(c.preferred and articled or c.place.kind in ("admin1", "region")
                                or c.place.population >= 500_000 for c in span.candidates)
        # A state's or a big city's own name is common only because it is that place ("Ohio",
        # "Paris"): a sentence may start with it; not with a word as common as "Man" (a region of
        # Côte d'Ivoire) or "North", unless the name has several words or is a city of a million
        # ("New York", "London").
        # The name as written, not only once its accents are dropped: "Lane" is a word, not Lääne.
        written = text[span.start:span.end].casefold()
        division = any(c.primary and (c.place.kind == "admin1" or c.place.population >= 500_000)
                       and (span.zipf < 5.2 or words > 1
                            or c.place.kind == "city" and c.place.population >= MILLION_CITY)
                       and c.place.name.casefold() == written for c in span.candidates)
        if not (strong and (division or not lay.initial[name[0]])) and not _country_named(span):
            return "common word"
    if _saints_institution(span, keys):
        return "saint's institution"
    if words == 1 and keys[0] in PERSON_TITLES and span.possessive and nxt is not None and lay.capital[nxt]:
        return "title's institution"  # "King's College", "Queen's-Park School": named after a title's holder
    if span.first not in place_words and _in_a_firm(span, text):
        return "organisation"
    if ((_names_a_news_agency(span, tokens) or _wire_credit(span, text) or _names_a_newspaper(before, tokens, lay))
            and not _country_named(span)):
        return "organisation"  # "China's Xinhua news agency", "(Xinhua) --", "the newspaper Clarin": who reports
    if (words == 1 and before is not None and tokens.keys[before] == "told" and _HEARD_AFTER.match(text, span.end)
            and not _country_named(span)):
        return "listener"  # "told Xinhua on Monday", "told Reuters by phone": who heard it, not where it happened
    # Not after a kind word: a "Douglas County Road" runs through Douglas County.
    if nxt is not None and lay.capital[nxt] and not (kind_named or span.kinds):
        if tokens.keys[nxt] in STREET_WORDS and not (span.name_last in tokens.attached and tokens.keys[nxt] == "st"):
            return "street"  # but in "Minneapolis-St. Paul" a saint's city follows
        if tokens.keys[nxt] in NAMESAKE_HEADS and not (span.possessive and _well_known(span)):
            # "Columbia University", "Knox Park": named after, not located by, the place; but "Hong Kong's
            # Centre for Health Protection" is the place's own.
            return "organisation"
    if text[span.end:span.end + 1] in CURRENCY_SIGNS:
        return "currency"  # "US$58 million", "NZ$2": a currency's label, not the country
    # Not before its own kind word: "the Western Region of Ghana" is the region Ghana calls "Western".
    if words == 1 and keys[0] in MODIFIERS and nxt is not None and nxt > span.last and (
            lay.capital[nxt] or text[tokens.starts[nxt]].isdigit()):
        return "modifier"  # "North Texas", "East 51st Street": a part of the next name, not a place
    if (words == 1 and keys[0] in COMPASS_ADJECTIVES and not span.kinds
            and nxt is not None and tokens.keys[nxt] not in KIND_WORDS and text[tokens.starts[nxt]].islower()):
        return "adjective"  # "Eastern traditions", "the first Northern state": not Fiji's Eastern division

    if words == 1:  # (most names: one word, in one chunk or none; no set to make)
        chunk_ids = (lay.chunk[name[0]],) if lay.chunk[name[0]] >= 0 else ()
    else:
        chunk_ids = {lay.chunk[i] for i in name if lay.chunk[i] >= 0}
    for chunk_id in chunk_ids:
        members = lay.members[chunk_id]
        # (Most chunks are the name alone: no list to filter; members are in order.)
        others = [] if span.first <= members[0] and members[-1] <= span.last else [
            i for i in members if not (span.first <= i <= span.last or _party_prefix(i, span, tokens, text))]
        if others and others[-1] < span.first and not tokens.possessives.isdisjoint(others):
            # An owner's name ends at its "'s": "the World Health Organization's Beijing office" names Beijing,
            # a name ending the chunk ("Moscow's Domodedovo Airport" names the airport).
            owner = max(i for i in others if i in tokens.possessives)
            others = [i for i in others if i > owner]
        # (Most chunks are the name alone: the lists of the other words are made only when there are some.)
        # "The" starting a sentence is capitalised with the chunk, not part of its name.
        ahead = [tokens.keys[i] for i in others
                 if i < span.first and not (i == members[0] and tokens.keys[i] == "the")] if others else []
        if span.possessive and all(k in MODIFIERS for k in ahead) and _well_known(span):
            # "Augusta's Highland Avenue", "China's Ministry of Health": what the place holds; a small
            # town's name there is more often an owner's ("Dunn's Automotive").
            continue
        first_word = _word_or_title_before(tokens, members[0], text)
        if others and any(tokens.keys[i] in ORGANISATION_HEADS and tokens.keys[i] not in LOCAL_INSTITUTION_WORDS
                          and not (i < span.first and tokens.keys[i] in JURISDICTION_HEADS) for i in others):
            return "organisation"
        # Words after "of" name something else: "Anthony Gillen of Kansas City" is no city office.
        after = list(takewhile(lambda k: k not in ("of", "for"),
                               (tokens.keys[i] for i in others if i > span.last))) if others else []
        if after and len(after) == sum(i > span.last for i in others):
            after += _continued_after_and(members[-1], tokens, lay)
        # A title before "of" or "for" is an office the place is the jurisdiction of: "the Health
        # Minister of Peru", "Chief Veterinary Officer for Scotland".
        office = max((n for n, k in enumerate(ahead) if k in ("of", "for")), default=-1) if ahead else -1
        if not PERSON_TITLES.isdisjoint(ahead[office + 1:]) or first_word is not None and (
                _a_title(tokens, first_word, text) and not lay.initial[members[0]]
                or first_word < members[0] - 1):  # after "Mrs." or "Gen.", see _word_or_title_before
            return "person"
        if words == 1 and (keys[0] in LOCAL_INSTITUTION_WORDS or keys[0] in ORGANISATION_HEADS) and not (
                span.listed or _before_a_kind_word(span.name_last, tokens)):
            # "Chamber of Commerce", "Department of Justice": a word of the name; but before its kind word or
            # listed before a plural one, a division named so ("the Centre region", "the North and Centre regions")
            return "organisation"
        if not others:
            continue  # (most chunks: the name alone, with no other word for the tests below to read)
        if not ahead and before is not None and tokens.keys[before] in LOCATIVES and _for_follows(span, others, tokens):
            continue  # "pilgrims travelling to Karbala for Ashura": where people go, then what for
        # The place names the jurisdiction of an institution or an office, or where a firm is:
        # "Ohio Department of Development", "Walker County Judge Danny Pierce", "University of
        # Florida", "Prairie Roofing of Tulsa", "the Heart Association of Western Oregon".
        if ahead[-2:] and ahead[-1] == "of" and ahead[-2] in WATER_HEADS:
            return "part of a longer name"  # "the Gulf of Aden", "the Sea of Japan" name a sea
        if (all(k in LOCAL_INSTITUTION_WORDS or k in CONNECTORS or k in MODIFIERS for k in ahead)
                and not LOCAL_INSTITUTION_WORDS.isdisjoint(ahead)
                or not ahead and any(k in LOCAL_INSTITUTION_WORDS or k in PERSON_TITLES or k in OFFICE_WORDS
                                     for k in after)
                or [k for k in ahead if k not in MODIFIERS][-1:] in (["of"], ["for"]) and not after
                or after and _office_of(members[0], ahead, tokens) and _a_name_only(_holder_after_kind(after))):
            continue
        if not PERSON_TITLES.isdisjoint(after):
            return "person"
        if kind_named or span.kinds:
            continue  # "the Walker County Fairgrounds" are in Walker County
        if _hyphen_paired(span, others, tokens, place_words) or _route_end(span, others, tokens, lay):
            continue  # "the Lebanon-Syria Treaty", "Plainview-Elgin Millville": two places name what follows
        for i in others:
            key = tokens.keys[i]
            if i == members[0] and key == "the" and _after_a_dash(text, tokens.starts[i]):
                continue  # "LAE – The Manam volcano ...": a sentence opened after a dateline's dash, as for ``ahead``
            if not (i in place_words or key in KIND_WORDS or key in MODIFIERS or key in demonyms
                    or key in KIND_QUALIFIERS and _before_a_kind_word(i, tokens)
                    or key in CONNECTORS or i in tokens.articles or _subject_in_capitals(i, span, text, tokens)
                    or key in FAITHS and i < span.first and _well_known(span)
                    or key in COMPASS_ABBREVIATIONS and i + 1 == span.first
                    or key in PLURAL_KIND_WORDS_BEFORE_OF and _ends_a_list(span, tokens)):
                return "town's feature" if after[:1] and after[0] in FEATURE_HEADS else "part of a longer name"
    if words == 1 and keys[0] in surnames and not _placed_though_a_surname(span, text, tokens, lay, place_words):
        return "surname"  # "Terry A. Corbin ... Corbin was 52", but "police in Corbin" is the town
    if (words == 1 and nxt is not None and tokens.keys[nxt] in SPEECH_VERBS
            and not _placed_before(span, before, text, tokens, lay)
            and not _country_named(span) and not _city_of_a_million(span)
            and not _state_of_a_town(span, text, tokens, lay, surnames)):
        return "speaker"  # "Barazi said", but not "officials in Kharkiv said" nor "the mayor of Kharkiv said"
    if (words == 1 and _AGE_AFTER.match(text, span.end) and not _placed_before(span, before, text, tokens, lay)
            and not _well_known(span)):
        return "person"  # "Raja, 48, from Aluva"; not "cases in Salem, 12, and in Kerala, 33"
    return ""


_DASH_BEFORE = re.compile(rf"{_DASH}[ \t]*$")


def _after_a_dash(text: str, start: int) -> bool:
    """A dash (and spaces) stands right before ``start``: "LAE – The Manam volcano".

    >>> _after_a_dash("LAE – The Manam", 6), _after_a_dash("for The Tobacco Barn", 4)
    (True, False)
    """
    return _DASH_BEFORE.search(text, max(0, start - 4), start) is not None


def _before_a_kind_word(i: int, tokens: Tokens) -> bool:
    """Word ``i`` stands just before a kind word, capitalised or not ("Autonomous oblast")."""
    nxt = _next_word(tokens, i)
    return nxt is not None and tokens.keys[nxt] in KIND_WORDS


def _written_as_its_river(span: Span, nxt: int | None, tokens: Tokens) -> bool:
    """The name is only divisions' named after a river ("River Nile", Sudan's state; "Tana River", Kenya's
    county), written as the river is, which the index does not hold: after "the" or "a", or before a
    part of a river ("along a River Nile tributary", "the Tana River delta"); not with its kind word
    ("River Nile state")."""
    if span.kinds or " " not in span.key:  # (most names: one word, no split)
        return False
    keys = span.key.split()
    if len(keys) < 2 or not (keys[0] in RIVER_HEADS or keys[-1] in RIVER_HEADS) or not all(
            c.place.kind in ("admin1", "admin2") for c in span.candidates):
        return False
    before = _previous_word(tokens, span.first)
    return (before is not None and tokens.keys[before] in ("the", "a")
            or nxt is not None and tokens.keys[nxt] in RIVER_PARTS)


def _saints_institution(span: Span, keys: Sequence[str]) -> bool:
    """A saint's name written possessive, the saint a common given name (``SAINT_ZIPF``): a church, a
    school or a holiday ("St. Mary's High School", "st. patrick's day"), but "St. Petersburg's" mayor."""
    return len(keys) == 2 and keys[0] in ("st", "saint") and span.possessive and span.zipf >= SAINT_ZIPF


def _subject_in_capitals(i: int, span: Span, text: str, tokens: Tokens) -> bool:
    """Word ``i``, after a well-known place's name not itself in capitals, is written in capitals, or is a
    genus's initial before its species: a subject the place qualifies ("South Korea MERS outbreak", "Mexico
    H1N1 deaths", "Germany E. coli outbreak"), not more of a name."""
    start, end = tokens.starts[i], tokens.ends[i]
    genus = end - start == 1 and text[end:end + 2] == ". " and text[end + 2:end + 3].islower()
    return (i > span.last and (genus or end - start > 1 and text[start:end].isupper())
            and not text[span.start:span.end].isupper() and _well_known(span))


def _placed_before(span: Span, before: int | None, text: str, tokens: Tokens, lay: Layout) -> bool:
    """A locative or "of" stands before the name (``before``: the word before it), or before the list
    of names it ends: "officials in Kharkiv said", "officials in Louisiana and Texas said"."""
    names = _names_ending_at(span.name_last, text, tokens, lay)
    if len(names) > 1:
        before = _previous_word(tokens, names[-1][0])
    return before is not None and (tokens.keys[before] in LOCATIVES or tokens.keys[before] == "of")


#: Names of peoples and faiths that are no country's demonym but some town's name ("Arab", Alabama).
ETHNONYMS = _folded("arab arabs kurd kurds kurdish berber berbers bedouin hispanic latino latina jewish muslim "
                    "christian sunni shia shiite pashtun tamil tamils")


def _as_adjective_of_a_people(span: Span, keys: Sequence[str], text: str, tokens: Tokens,
                              lay: Layout, demonyms: Mapping[str, str]) -> bool:
    """A one-word name that is also a people's ("Somali", "Arab") qualifies the word after it, written
    in lower case or joined by a hyphen: "Somali refugees", "Arab countries", "the Arab-Israeli
    conflict" speak of a people, not of Somali (Ethiopia) or Arab (Alabama). Not before a kind
    word ("Somali region") nor after the name of a country."""
    if (len(keys) != 1 or span.kinds or not (keys[0] in demonyms or keys[0] in ETHNONYMS)
            or _country_named(span)):
        return False
    nxt = _next_word(tokens, span.name_last)
    if nxt is None or tokens.keys[nxt] in KIND_WORDS:
        return False
    return span.name_last in tokens.attached or not lay.capital[nxt] and text[tokens.starts[nxt]].isalpha()


#: Reasons that make a one-word name a person's or an organisation's in one place of a document.
NAMING_REASONS = frozenset({"speaker", "person", "surname", "organisation", "part of a longer name", "storm"})
#: Words after a name that make it where someone is from or something happens ("Hammond resident").
LOCATING_WORDS = _folded("resident residents native natives area areas man woman men women boy girl family "
                         "families native-born")


def echoed_names(spans: Sequence[Span], reasons: list[str], tokens: Tokens) -> list[str]:
    """``reasons`` with the bare echoes of a person's or an organisation's name rejected: once a
    document has "Robertson said", "Titan Operating" or "McPherson & Jacobsen", a later "Robertson"
    or "Titan" alone is that person or firm, not a small town of the name. Not after a locative or
    "of" ("in Titan"), unless written possessive: the locative governs what the name owns ("the worst of
    sandy's wrath" after "hurricane sandy"); nor for a division, a city of 100,000 or a curated place."""
    named = {s.key for s, why in zip(spans, reasons) if why in NAMING_REASONS and " " not in s.key}
    if not named:
        return reasons
    out = list(reasons)
    for n, span in enumerate(spans):
        if out[n] or span.key not in named:
            continue
        before = _previous_word(tokens, span.first)
        if (before is not None and (tokens.keys[before] in LOCATIVES or tokens.keys[before] == "of")
                and not span.possessive):
            continue
        after = _next_word(tokens, span.last)
        if after is not None and (tokens.keys[after] in LOCATING_WORDS or tokens.keys[after] in LOCAL_INSTITUTION_WORDS
                                  or tokens.keys[after] in OFFICE_WORDS):
            continue  # "Esperance residents", "DeKalb Police": the place again
        if not _well_known(span):
            out[n] = "echo of a name"
    return out


#: Endings that write a word itself or its plural ("tornado", "tornadoes").
PLURAL_ENDINGS = ("", "s", "es")


def words_written_lower(spans: Sequence[Span], reasons: list[str], tokens: Tokens, lay: Layout) -> list[str]:
    """``reasons`` with a one-word name that starts a sentence or a headline rejected when the document
    writes the same word, or its plural, in lower case elsewhere: its capital is the sentence's, and the
    word is the document's word ("Tornado damages homes ... A tornado touched down", "Tornado warnings ...
    two tornadoes" name no Tornado, West Virginia). Not a division, a city of 100,000 or a curated place
    (``_well_known``), whose name no text writes as a word. Cased text only."""
    out = list(reasons)
    for n, span in enumerate(spans):
        if (not out[n] and span.first == span.name_last and lay.initial[span.first]
                and any(_written_lower(span.key + end, tokens, lay) for end in PLURAL_ENDINGS)
                and not _well_known(span)):
            out[n] = "word of the document"
    return out


def _written_lower(key: str, tokens: Tokens, lay: Layout) -> bool:
    """Some word of the document with this key is written without a capital. The key's places are looked for by
    C-level scans: few spans start a sentence, and a set of every lower-case word, made for each document, cost
    more than these scans.

    >>> from gazetteer.normalize import tokenize
    >>> text = "Tornado damages homes. A tornado hit Tornado."
    >>> tokens = tokenize(text)
    >>> lay = layout(text, tokens, {})
    >>> _written_lower("tornado", tokens, lay), _written_lower("homs", tokens, lay), _written_lower("damages", tokens, lay)
    (True, False, True)
    """
    if key not in tokens.vocabulary:  # (most plurals: no scan of the whole text for a word it lacks)
        return False
    at = -1
    try:
        while True:
            at = tokens.keys.index(key, at + 1)
            if not lay.capital[at]:
                return True
    except ValueError:
        return False


def _state_of_a_town(span: Span, text: str, tokens: Tokens, lay: Layout, surnames: set[str]) -> bool:
    """The name of a first-level division after a capitalised word and a comma: the state of "Town,
    State" ("Boskovich Farms of Oxnard, California said"), not a person who speaks. Not after a
    person's name ("her brother Tom, Virginia said", "Ann Roe, Georgia said"): one speaker addresses
    or names another."""
    town = span.first - 2
    return (town >= 0 and _joined_by(",", span.first - 1, text, tokens) and lay.capital[town]
            and any(c.primary and c.place.kind == "admin1" for c in span.candidates)
            and tokens.keys[town] not in surnames and not _after_a_title(tokens, town, text))


#: A candidate's kind of place, read in C-level scans of a span's candidates (a name may have hundreds).
place_kind = attrgetter("place.kind")
_COUNTRY_KINDS = frozenset({"country", "continent"})


def _country_named(span: Span) -> bool:
    """Some place of the name is a country or a continent ("Georgia", "US"). Asked only where a rule
    needs it: a name may have hundreds of places, and most spans are decided before."""
    return not _COUNTRY_KINDS.isdisjoint(map(place_kind, span.candidates))


def _city_of_a_million(span: Span) -> bool:
    """A city of a million bears the name as its own: before a speech verb its government speaks ("Shanghai
    announced", as "Canada announced"), while a person so named was introduced before (a surname)."""
    return any(c.primary and c.place.kind == "city" and c.place.population >= MILLION_CITY for c in span.candidates)


def _well_known(span: Span) -> bool:
    """Some place of the name is named more often than a person or a firm sharing it: a division, a
    country, a city of 100,000, a curated place."""
    return any(c.preferred or c.place.population >= BIG_TOWN
               or c.place.kind in ("continent", "country", "admin1", "region") for c in span.candidates)


#: Words before a bare name that place something in it; a person is rarely "in" or "near" someone.
POSITION_LOCATIVES = _folded("in near inside outside")
#: Words after a bare name, lower-case, that make it a place's ("Corbin police", "Corbin residents").
PLACE_PEOPLE_WORDS = _folded("police residents resident natives native")
#: Words after a given name that make it a place's, however rare as English words ("gary township").
NOT_SURNAMES = (frozenset(KIND_WORDS) | frozenset(PLURAL_KIND_WORDS) | LOCATING_WORDS | LOCAL_INSTITUTION_WORDS
                | OFFICE_WORDS | PLACE_PEOPLE_WORDS)
#: Plural kind words a list of towns ends with ("Warah and Shahdadkot towns").
PLURAL_PLACE_KINDS = _folded("towns villages cities") | frozenset(PLURAL_KIND_WORDS)


def _placed_though_a_surname(span: Span, text: str, tokens: Tokens, lay: Layout,
                             place_words: set[int]) -> bool:
    """A bare name the document also gives a person is the place where the words around it say
    where: "in Corbin", "Corbin police", "the Corbin City Council", "Corbin, Kentucky" (a state or a
    country after a comma: ``place_words``), "Corbin district" (a kind word in lower case). Not written possessive ("Corbin's lawyer"), nor after
    "to", "from" or "of", which take a person as well ("a call from Corbin", "the arrest of Corbin")."""
    if span.possessive:
        return False
    before = _previous_word(tokens, span.first)
    if before is not None and tokens.keys[before] in POSITION_LOCATIVES:
        return True
    if span.last + 2 in place_words and _joined_by(",", span.last + 1, text, tokens):
        return True
    kind = _next_word(tokens, span.name_last)  # "Shahdadkot district", "Shahdadkot towns": what the name is
    if kind is not None and not lay.capital[kind] and (
            tokens.keys[kind] in KIND_WORDS or tokens.keys[kind] in PLURAL_PLACE_KINDS):
        return True
    after = _next_word(tokens, span.last)
    return after is not None and (tokens.keys[after] in PLACE_PEOPLE_WORDS or lay.capital[after] and (
        tokens.keys[after] in LOCAL_INSTITUTION_WORDS or tokens.keys[after] in OFFICE_WORDS))


_AMPERSAND_BEFORE = re.compile(r"[A-Z][\w.']*\s*&\s*$")
_AMPERSAND_AFTER = re.compile(r"\s*&\s*[A-Z]")


def _in_a_firm(span: Span, text: str) -> bool:
    """The name is joined by "&" to another capitalised word: a firm ("Stevens & Wilkinson",
    "Callison Tighe & Robinson"), not a place. (Places listed with "&" before a plural kind word,
    "Coos & Lane counties", are place words and never get here.)"""
    if "&" not in text:
        return False  # (most texts: a C-level find over the text is cheaper than the regex after the name)
    before = max(0, span.start - 40)
    # Most names have no "&" before them: a C-level find spares the regex its tries at every offset.
    return (text.find("&", before, span.start) >= 0 and _AMPERSAND_BEFORE.search(text, before, span.start) is not None
            or _AMPERSAND_AFTER.match(text, span.end) is not None)


def _named_by_the_word_after(span: Span, nxt: int | None, tokens: Tokens, text: str, lay: Layout) -> str:
    """Why the word after a name of a lower-cased text (``nxt``) makes it another thing's, as a capital
    after it would in cased text: a street's ("washington drive", "bellevue st."; see
    ``STREET_NAME_WORDS``), a newspaper's ("new york times"; "lansing state journal" too, but a
    first-level division's name before "state" stays the division's), an institution's named after
    the place ("columbia university", "knox park"; see ``NAMESAKE_HEADS``; not "youngstown state
    university", whose town LGL marks), a Red Cross society's ("the kenya red cross"), a river's ("the yukon river";
    see ``RIVER_HEADS``), a speaker's ("manchester said", but not "officials in manchester said"); "" when it makes none. Not after a kind word ("henry county road"
    runs through the county), nor after "a" or "an", which make the word after a common noun the place
    qualifies ("a dhaka street", "an idaho university"), nor for a well-known place's possessive
    ("new york's times square"). (Not any organisation's: "an ohio company" is in Ohio, and lower case
    cannot show "the Ohio Company".)"""
    if nxt is not None and tokens.keys[nxt] == "state" and (beyond := _next_word(tokens, nxt)) is not None and (
            tokens.keys[beyond] in NEWSPAPER_WORDS) and not any(c.place.kind == "admin1" for c in span.candidates):
        return "organisation"  # "the lansing state journal"; "the ohio state journal" is Ohio's
    if nxt is None or span.kinds or tokens.keys[span.name_last] in KIND_WORDS:
        return ""
    after = tokens.keys[nxt]
    before = _previous_word(tokens, span.first)
    named = (before is None or tokens.keys[before] not in INDEFINITE_ARTICLES) and not (
        span.possessive and _well_known(span))
    if named and after in STREET_NAME_WORDS and (after != "st" or _next_word(tokens, nxt) is None):
        return "street"  # but "minneapolis st paul": a saint's city follows
    if named and (after in NEWSPAPER_WORDS or after in NAMESAKE_HEADS):
        return "organisation"
    if after == "red" and (beyond := _next_word(tokens, nxt)) is not None and tokens.keys[beyond] in RED_CROSS_HEADS:
        return "organisation"  # "the kenya red cross", a national society, as "the Kenya Red Cross" is
    if named and after in RIVER_HEADS:
        return "part of a longer name"  # "the yukon river", as "the Yukon River" is
    if (after in SPEECH_VERBS and span.first == span.name_last
            and not _placed_before(span, before, text, tokens, lay) and not _country_named(span)):
        return "speaker"
    return ""


def _lowercase_rejection(span: Span) -> str:
    """``lower_case_reason`` of a span, remembered per name, commonness and wording while the name comes
    with the same candidates (compared by identity at C level, as ``resolve.per_name`` does): a lower-cased
    text's names come back document after document, and listing their places cost more than the rest of
    their rejection."""
    wording = (span.key, span.zipf, asked_kinds(span), span.placed)
    known = _lower_case_reasons.get(wording)
    if known is not None and known[0] == span.candidates:
        return known[1]
    if len(_lower_case_reasons) >= _LOWER_CASE_REASONS_KEPT:
        _lower_case_reasons.clear()  # (news keeps bringing new names)
    reason = lower_case_reason(span.key, span.zipf, _country_named(span), wording[2],
                               [(c.preferred, c.place.kind, c.place.population, c.primary) for c in span.candidates],
                               [c.place.name for c in span.candidates], placed=span.placed)
    _lower_case_reasons[wording] = (span.candidates, reason)
    return reason


_lower_case_reasons: dict[tuple[str, float, frozenset[str], bool], tuple[list[Candidate], str]] = {}
_LOWER_CASE_REASONS_KEPT = 50_000


def placed_by_its_words(span: Span, zipf: float, tokens: Tokens, text: str, division_at: Callable[[int], bool]) -> bool:
    """The words around a name of a lower-cased text place it: "in", "near", "inside" or "outside"
    (``POSITION_LOCATIVES``) before a name that is a rare word (``PLACED_ZIPF``, "in grantville", "in
    saratoga"; not "in earnest", "in lemon sauce") and not written possessive ("in giffords' district")
    nor before a street word ("near briarcliff road"), "air base" after it (``_names_an_air_base``), or
    a comma and a first-level division or a country after it ("wintersville, ohio", "caddo, okla.";
    ``division_at``: whether the words from a token on name one). A town's name too ambiguous alone
    is the town's there (``lower_case_reason``)."""
    before, after = _previous_word(tokens, span.first), _next_word(tokens, span.last)
    if after is not None and _names_an_air_base(after, tokens):
        return True
    if (before is not None and tokens.keys[before] in POSITION_LOCATIVES and zipf < PLACED_ZIPF
            and not span.possessive and (after is None or tokens.keys[after] not in STREET_WORDS)):
        return True
    return span.last + 2 < len(tokens.keys) and _joined_by(",", span.last + 1, text, tokens) and division_at(
        span.last + 2)


def _names_an_air_base(i: int, tokens: Tokens) -> bool:
    """Words from token ``i`` on are "air base" or "airbase": a base named after the town it stands at ("balad air
    base", "bagram airbase"; not "air force base", often named after a person)."""
    after = _next_word(tokens, i)
    return tokens.keys[i] == "airbase" or tokens.keys[i] == "air" and after is not None and tokens.keys[after] == "base"


def asked_kinds(span: Span) -> frozenset[str]:
    """The kinds the wording before a span asks for ("the city of wharton"), when no kind word ends it."""
    return span.kinds if span.last == span.name_last else frozenset()


def lower_case_reason(key: str, zipf: float, big: bool, kinds: frozenset[str],
                      places: Sequence[tuple[bool, str, int, bool]], names: Sequence[str] | None = None,
                      placed: bool = False) -> str:
    """Why a name of a lower-cased text is no mention, or "": from its commonness, the kinds its
    wording asks for (``asked_kinds``) and its places ((from a hand-made table, kind, population,
    named by its own name) each, with their own ``names`` when known; ``big``: one is a country or a
    continent); ``placed``: the words around it place it (``placed_by_its_words``), so a name no
    common word is a place however many people and firms share it."""
    if kinds and any(kind in kinds for _, kind, _, _ in places):
        return ""  # "the city of wharton", "the town of hope" (not "the spa town of", where "spa" only describes)
    # (Whether a place is named plainly the index's scan has told: ``index.plainly_named``.)
    if common_in_lower_case(key, zipf, big, [(kind, population, True) for _, kind, population, primary in places
                                             if primary]):
        return "common word"  # as the index's ``lower_case_names`` says of a single key
    rare = zipf < NO_WORD_ZIPF
    # Another name of a town counts only for a big town, or as a spelling of its own that is no English
    # word ("jarablus" of Jarabulus): "giffords", an old name of Great Kills (New York), is a
    # congresswoman's, and "middleton" (of Middletown) a duchess's, in a text that cannot show them
    # capitalised as people's. (Without ``names`` every alternate name counts.)
    clear = any(preferred or kind in ("country", "continent", "admin1", "region")
                or population >= (10_000 if rare else 50_000) and (
                    primary or population >= BIG_TOWN or names is None or rare and _spelling_of(key, names[n]))
                for n, (preferred, kind, population, primary) in enumerate(places))
    if clear or placed or key.count(" ") >= 1:
        return ""
    return "ambiguous in lower-case text"


@lru_cache(maxsize=4096)
def _spelling_of(key: str, name: str) -> bool:
    """``key`` spells ``name`` another way: they differ by about a letter in ten ("jarablus",
    "Jarābulus"), not by words ("giffords", "Great Kills"). Remembered: a text repeats its names,
    and a comparison costs more than the rest of a span's rejection.

    >>> _spelling_of("jarablus", "Jarābulus"), _spelling_of("giffords", "Great Kills")
    (True, False)
    """
    from difflib import SequenceMatcher  # asked of few names, and only in lower-cased text: not loaded at start

    return SequenceMatcher(None, key, name_key(name)).ratio() >= 0.9


def refused_in_lower_case(key: str, zipf: float, kinds: frozenset[str],
                          places: Sequence[tuple[bool, str, int, bool]], placed: bool = False) -> bool:
    """``rejection`` refuses this name of a lower-cased text whatever the words around it, but those
    that ask for a kind (``kinds``, see ``lower_case_reason``) or place it (``placed``), by its commonness and its places
    ((from a hand-made table, kind, population, named by its own name) each), known before any is
    made. Not a division's short form ("ga", see ``short_form``): the words around it decide.

    >>> refused_in_lower_case("hama", 1.0, frozenset(), [(False, "city", 3_000, True)])
    True
    >>> refused_in_lower_case("hama", 1.0, frozenset(), [(False, "city", 3_000, True), (False, "city", 460_000, True)])
    False
    >>> refused_in_lower_case("hama", 1.0, frozenset({"city"}), [(False, "city", 3_000, True)])
    False
    >>> refused_in_lower_case("ga", 2.0, frozenset(), [(False, "admin1", 0, False)])
    False
    >>> refused_in_lower_case("hama", 1.0, frozenset(), [(False, "city", 3_000, True)], placed=True)
    False
    """
    if len(key) <= 5 and any(kind in ("admin1", "admin2") and not primary for _, kind, _, primary in places):
        return False
    big = any(kind in ("country", "continent") for _, kind, _, _ in places)
    return lower_case_reason(key, zipf, big, kinds, places, placed=placed) != ""


#: The last word of a street's name as US and British news write it ("Wichita Drive", "Main St.").
#: ("Court", "Place", "Way", "Highway" and "Trail" also name courts, patrols and trails: left out.)
#: No look-behind: ``street_names`` keeps only words after a space, and a match after a letter hides
#: no other (none starts inside these words). A pattern that starts with its words lets the regex
#: engine skip to their first letters (street search 3x faster).
_STREET_END = re.compile(r"(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Dr\.|Boulevard|Blvd\.|Lane|Ln\."
                         r"|Parkway|Pkwy\.)(?![\w'’-])")
#: The words of the name before it: capitalised words, initials ("E. Broad St."), ordinals ("51st").
_STREET_WORD = re.compile(r"[A-Z][a-z]*[A-Z]?[a-z]+['’]?|[A-Z]\.|\d+(?:st|nd|rd|th)")
_ROAD_NUMBER = re.compile(r" \d{1,5}(?![\w:.,]?\d)")
#: Words written with a capital at the start of a sentence or a title that are no part of a name.
_NOT_STREET_WORDS = _folded("the a an on in at of to from and or near along down up off by for with between into "
                            "onto across via past this that its his her their our my your is was are were as "
                            "but if then so when while after before where new")


def street_names(text: str, cased: bool) -> list[tuple[int, int]]:
    """Character spans of the street names of a text ("Wichita Drive", "E. Broad St.").

    A street is a place the world index does not hold, so it is a mention without a place. "Dr."
    and "St." before a capitalised word are a title or a saint ("Dr. Lee", "St. Louis"); a street
    word followed by another capitalised word is part of a longer name ("Main Street Bakery").
    Lower-cased text has its own reading (``lower_case_street_names``).
    """
    if not cased:
        return lower_case_street_names(text)
    found = []
    for end_word in _STREET_END.finditer(text):
        start, end = end_word.span()
        word = end_word.group()
        if text[end:end + 1] == " " and text[end + 1:end + 2].isupper() and (word in ("Dr.", "St.") or word[-1] != "."):
            continue  # "Dr. Lee", "St. Louis", "Main Street Bakery"
        if text[start - 1:start] != " ":
            continue
        words = []  # up to four name words before it, last first
        for word in reversed(text[max(0, start - 60):start - 1].split(" ")[-4:]):
            if not _STREET_WORD.fullmatch(word):
                break
            words.append(word)
        while words and fold(words[-1].rstrip("'’")) in _NOT_STREET_WORDS:
            words.pop()
        if not words or all(len(w) == 2 for w in words):  # initials alone ("N. St.")
            continue
        if any(len(w) == 2 and w[1] == "." for w in words[:-1]):
            continue  # a middle initial: a person ("Marvin F. Lane")
        number = _ROAD_NUMBER.match(text, end)  # "County Road 43" is the road's whole name
        found.append((start - sum(len(w) + 1 for w in words), number.end() if number else end))
    return found


#: A street word of lower-cased text ("dr." is a title there, "road" and "st" without a stop too often a
#: word or a saint: "st." only before punctuation or a function word, see ``lower_case_street_names``).
#: Captured after the space that starts it: the letters of these words start so many lower-case words that
#: trying the pattern at each of them cost twice as much as finding a space first.
_LOWER_STREET_END = re.compile(r" (street|st\.|avenue|ave\.|road|rd\.|drive|boulevard|blvd\.|lane|ln\.|parkway"
                               r"|pkwy\.)(?![\w'’-])")
_LOWER_STREET_WORD = re.compile(r"(?:[a-z]\.|\d+(?:st|nd|rd|th)|[a-z][a-z’'-]*[a-z][’']?)(?<![’']s)")  # no possessive
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")  # (any letter: a mixed-case text is read as lower-cased too)
#: Words before a street's name without an article, which only a name may follow: "on elm street",
#: "the 500 block of taylor street", "between pine ridge drive and ...". ("and" and "to" only after a
#: street word: "from elm street to oak lane", not "to widen road", whose verb no name holds.)
STREET_LEADS = _folded("on at near off onto along of in from between")
STREET_CHAINS = _folded("and to")
#: Words no street's name holds, beside ``_NOT_STREET_WORDS``: quantities ("on two roads", "each lane").
_NOT_LOWER_STREET_WORDS = _NOT_STREET_WORDS | _folded("all both each every any some no another other one two three "
                                                      "four five six seven eight nine ten several many few more most")
#: A house number before a street ("775 main st.", "1935 orchard st."), not a year after a word that
#: dates ("in 2010 state road funds": ``YEAR_LEADS``).
_HOUSE_NUMBER = re.compile(r"\d{1,5}[a-z]?")
_YEAR = re.compile(r"(?:19|20)\d\d")
YEAR_LEADS = _folded("in since by until during before after")


def lower_case_street_names(text: str) -> list[tuple[int, int]]:
    """Character spans of the street names of a lower-cased text, where no capital marks a name: one
    to three words and a street word after a word that only a name may follow without an article
    (``STREET_LEADS``: "on elm street", "the 300 block of east main street"), a house number ("775 main
    st.") or a street and "and" or "to" ("north nokomis street and darling avenue"). Not after an
    article or a quantity ("on the main road", "a dirt road", "two lanes"), nor a
    saint's "st." before a name ("st. louis", "mount st. helens"), nor a possessive ("augusta's"), nor
    a given name and "lane" but in an address ("the slayings of valerie lane" name a person).

    >>> text = "a crash at 1935 orchard st., near elm street and w. 5th avenue, closed the main road."
    >>> [text[a:b] for a, b in lower_case_street_names(text)]
    ['orchard st.', 'elm street', 'w. 5th avenue']
    """
    found: list[tuple[int, int]] = []
    for end_word in _LOWER_STREET_END.finditer(text):  # (a space before it: a word of its own)
        start, end = end_word.span(1)
        if end_word.group(1) == "st." and (after := _NEXT_WORD.match(text, end)) and fold(
                after.group(1)) not in _NOT_STREET_WORDS:
            continue  # "st. louis": a saint's city
        words = text[max(0, start - 80):start - 1].split(" ")
        name = list(takewhile(lambda w: _LOWER_STREET_WORD.fullmatch(w) is not None
                              and fold(w) not in _NOT_LOWER_STREET_WORDS, reversed(words[-4:])))
        lead = words[-len(name) - 1] if name and len(name) < min(len(words), 4) else ""
        # (the word before the lead: a street's before "and", a dating word before a year, "block")
        before = fold(words[-len(name) - 2].rstrip(".,")) if lead and len(words) > len(name) + 1 else ""
        house = _HOUSE_NUMBER.fullmatch(lead) and not (_YEAR.fullmatch(lead) and before in YEAR_LEADS)
        if not (fold(lead) in STREET_LEADS or fold(lead) in STREET_CHAINS and before in STREET_WORDS or house):
            continue
        if (end_word.group(1) == "lane" and len(name) == 1 and fold(name[0]) in given_names()
                and not (house or before == "block")):
            continue  # "the slayings of valerie lane": a person, but "the 200 block of joanne lane"
        number = _ROAD_NUMBER.match(text, end)  # "county road 43" is the road's whole name
        found.append((start - sum(len(w) + 1 for w in name), number.end() if number else end))
    return found
