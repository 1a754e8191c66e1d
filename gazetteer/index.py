"""A compiled place index: places stored column-wise, name keys in an Aho-Corasick automaton.

Column storage keeps 235k world places cheap to pickle and load; ``Place`` objects are made only
for the candidates a lookup or a document actually touches. The automaton is stored as its
serialised state, read from the cache file (see ``cache.Deferred``) and rebuilt on the first scan
of a text: it is most of the index, and a lookup by name bisects the sorted keys instead.

>>> from gazetteer.model import Place
>>> index = compile_index([Place("user:a", "Al Waer", 34.74, 36.67, "district", "SY")])
>>> [(p.id, primary) for p, primary in index.candidates("waer")]
[('user:a', True)]
>>> index.candidates("homs")
[]
>>> index.lower_case_names[index.key("waer").id]
1
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import ahocorasick

from gazetteer.cache import Deferred
from gazetteer.model import KINDS, Place
from gazetteer.normalize import hyphens_dropped, name_key, name_keys, spelled

#: Countries whose names carry the Arabic article ("As Suwayda" is also "Suwayda").
ARABIC_COUNTRIES = frozenset("AE BH DZ EG EH IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE".split())

_COUNTRY = KINDS.index("country")  # kinds are stored broadest first: continent, country, ...

#: ``PlaceIndex.divisions`` of a place in no first-level division, and of one whose parents lead out of
#: the index (another source may hold them: ``resolve.division_of`` follows them then).
NO_DIVISION, DIVISION_OUTSIDE = -1, -2

#: Zipf frequency (wordfreq, English) from which a word counts as common; stored x10 in a byte.
COMMON_ZIPF = 4.5
#: A town this big is known by its name: named more often than a person, a firm or a phrase sharing it.
#: So a name of several words that is the own name of such a town, or of a first-level division or a
#: country, names it in lower-cased text however common its words: "new york", "los angeles", "north
#: carolina" (their rarest words are common), but not "north west" (``GENERIC_WORDS``) nor "florida
#: department" (of transportation: a department is an agency first).
BIG_TOWN = 100_000
#: A first-level division, or a town this big, is named more often than the word its name spells when that
#: word is rarer than ``KNOWN_PLACE_ZIPF`` ("ohio", "paris"; see ``names_a_known_place``); a town of
#: ``MILLION_TOWN`` up to ``KNOWN_CITY_ZIPF`` ("london"). Beyond, the word is the word ("north").
KNOWN_TOWN, MILLION_TOWN = 500_000, 1_000_000
KNOWN_PLACE_ZIPF, KNOWN_CITY_ZIPF = 5.2, 5.5
#: ... in a country of this many people (see ``plainly_named``).
KNOWN_COUNTRY = 1_000_000
_ADMIN1, _ADMIN2 = KINDS.index("admin1"), KINDS.index("admin2")
#: Last words of the names of divisions that make the name one: "henry county", "rapides parish".
DIVISION_KIND_WORDS = frozenset(name_key(w) for w in (
    "county parish province governorate oblast prefecture district municipality").split())
#: Words that make no name on their own: compass points, kinds of place, sizes and ages ("north west",
#: "central region", "upper east" are phrases first).
GENERIC_WORDS = frozenset(name_key(w) for w in (
    "north south east west northern southern eastern western central middle upper lower far new old great "
    "big little long grand free national capital federal district region province state territory county "
    "city town island islands coast gulf river bay point area sea centre center the of and").split())
_AGENCY = name_key("department")


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """What the index knows about one name key: its id, length in tokens and commonness."""

    id: int
    tokens: int
    zipf: float


#: Strings per block of a sorted column searched by ``Strings.bisect``.
_BLOCK = 32


class Strings(Sequence[str]):
    """Many strings kept as one: pickled and loaded in a blink, each sliced out when asked for.

    A list of 270k strings takes a tenth of a second to unpickle; one string and an array of
    offsets take a millisecond.

    >>> column = Strings(["geonames:1", "", "iso3166-2:SY-ID"])
    >>> len(column), column[0], column[1], column[2], list(column)[-1]
    (3, 'geonames:1', '', 'iso3166-2:SY-ID', 'iso3166-2:SY-ID')
    >>> ids = Strings(["geonames:1", "geonames:3", "iso3166-2:SY-ID"])
    >>> [ids.bisect(s) for s in ("", "geonames:1", "geonames:2", "z")]
    [0, 0, 1, 3]
    >>> import pickle  # columns outside ASCII are stored in UTF-16, or UTF-32 past the BMP
    >>> [list(pickle.loads(pickle.dumps(Strings(c)))) for c in (["Ḩimş", "Homs"], ["\U0001d538x"], [])]
    [['Ḩimş', 'Homs'], ['\U0001d538x'], []]
    """

    __slots__ = ("blob", "ends", "_sample", "_last")

    def __init__(self, items: Iterable[str]):
        ends, length = array("I"), 0
        parts = []
        for item in items:
            parts.append(item)
            length += len(item)
            ends.append(length)
        self.blob, self.ends = "".join(parts), ends
        self._sample: list[str] | None = None
        self._last = ""  # the last string, set with the sample

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, i):  # an int only: slices of a column are never needed
        return self.blob[self.ends[i - 1] if i else 0:self.ends[i]]

    def bisect(self, item: str) -> int:
        """Where ``item`` is, or would go, in a sorted column (as ``bisect_left``).

        A C-level bisect of every ``_BLOCK``-th string (a list, made when first asked for), then
        one of the strings of that block: a plain bisect slices out a string per step in Python.
        """
        if self._sample is None:  # sliced at C level: a column of world ids has 8,000 blocks
            firsts = self.ends[_BLOCK - 1:-1:_BLOCK]
            self._sample = list(map(self.blob.__getitem__, map(slice, [0, *firsts], self.ends[::_BLOCK])))
            self._last = self[len(self) - 1] if len(self) else ""
        if item > self._last:  # the world's ids, asked of the curated table first, all sort past its own
            return len(self.ends)
        # Bounds by comparisons, not max() and min(): this runs for every parent of a first-seen place.
        block = bisect_right(self._sample, item) - 1
        first = block * _BLOCK if block > 0 else 0
        end = first + _BLOCK
        return bisect_left(self, item, first, end if end < len(self.ends) else len(self.ends))

    def __getstate__(self) -> tuple[str | bytes, str, array]:
        # A column with many letters outside ASCII (names, aliases: 2.5%) is stored in UTF-16 (UTF-32
        # past the BMP), which decodes three times faster than UTF-8 when the world index is loaded;
        # one almost all in ASCII (keys: 0.02%) gains too little for twice the bytes to read.
        if len(self.blob.encode()) <= 1.01 * len(self.blob):
            return self.blob, "", self.ends
        codec = "utf-16-le" if max(self.blob) < "\U00010000" else "utf-32-le"
        return self.blob.encode(codec), codec, self.ends

    def __setstate__(self, state: tuple[str | bytes, str, array]) -> None:
        blob, codec, self.ends = state
        self.blob = blob.decode(codec) if codec else blob
        self._sample = None


@dataclass
class PlaceIndex:
    """Places of one source and the keys that name them. Build with ``compile_index``."""

    ids: Strings  # sorted: ``get`` bisects
    names: Strings
    lats: array
    lons: array
    kinds: bytes
    countries: Strings
    parents: Strings
    populations: array
    aliases: Strings  # "|"-joined per place
    # Each place's provenance as a number into the few distinct ones (a list of 270k strings took 6 ms
    # to unpickle).
    provenance_names: list[str]
    provenances: array
    keys: Strings  # sorted: key id k is keys[k]; ``key`` bisects
    automaton_state: Deferred | None  # " " + key + " " -> key id (the spaces: whole words only); see ``automaton``
    key_tokens: bytes
    key_zipf: bytes  # zipf x 10
    key_chars: array  # len(" " + key + " "), to find where a match starts
    lower_case_names: bytes  # 1 when the key may name a place in a lower-cased text (see ``compile_index``)
    offsets: array  # postings of key k: places[offsets[k]:offsets[k + 1]]
    postings: array
    primary: bytes  # 1 when the posting comes from the place's own name, 0 from an alias
    divisions: array  # row of the first-level division each place lies in (see ``division``)
    _made: dict[int, Place] = field(default_factory=dict, repr=False)
    _automaton: ahocorasick.Automaton | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.ids)

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_made"], state["_automaton"] = {}, None
        if self.automaton_state is None:  # dropped once the automaton was rebuilt
            state["automaton_state"] = Deferred(_automaton_state(self._automaton))
        return state

    @property
    def automaton(self) -> ahocorasick.Automaton:
        """The Aho-Corasick automaton over all keys, rebuilt from its state when first needed
        (the state is then dropped: the automaton alone takes enough memory)."""
        if self._automaton is None:
            self._automaton = ahocorasick.Automaton(*self.automaton_state.get())
            self.automaton_state = None
        return self._automaton

    def place(self, i: int) -> Place:
        """The place in row ``i`` (made once, then reused)."""
        made = self._made.get(i)
        if made is None:
            made = self._made[i] = Place.trusted(
                self.ids[i], self.names[i], self.lats[i], self.lons[i], KINDS[self.kinds[i]],
                self.countries[i], self.parents[i], self.populations[i],
                tuple(filter(None, self.aliases[i].split("|"))), self.provenance_names[self.provenances[i]])
        return made

    def get(self, place_id: str) -> Place | None:
        """The place with this id, or None."""
        i = self.ids.bisect(place_id)  # no id -> row dict to build: cold starts stay fast
        return self.place(i) if i < len(self.ids) and self.ids[i] == place_id else None

    def key(self, key: str) -> KeyInfo | None:
        """Id and properties of a key, or None when no place has that name."""
        k = self.keys.bisect(key) if key else len(self.keys)
        if k == len(self.keys) or self.keys[k] != key:
            return None
        return KeyInfo(k, self.key_tokens[k], self.key_zipf[k] / 10)

    def holds(self, place_id: str) -> bool:
        """True when a place of the index has this id (no place is made)."""
        i = self.ids.bisect(place_id)
        return i < len(self.ids) and self.ids[i] == place_id

    def division(self, i: int) -> str | None:
        """Id of the first-level division the place in row ``i`` lies in, as ``resolve.division_of``
        finds it following parents ("" for none), worked out when the index was compiled; None when
        its parents lead out of the index."""
        row = self.divisions[i]
        return self.ids[row] if row >= 0 else "" if row == NO_DIVISION else None

    def postings_of(self, key_id: int) -> Iterator[tuple[int, bool]]:
        """(row, named by its primary name) for every place under a key id."""
        for j in range(self.offsets[key_id], self.offsets[key_id + 1]):
            yield self.postings[j], bool(self.primary[j])

    def key_places(self, key_id: int) -> list[tuple[str, int, bool]]:
        """(kind, population, named by its primary name) of every place under a key id, read from
        the columns: no place is made."""
        first, end = self.offsets[key_id], self.offsets[key_id + 1]
        rows = self.postings[first:end]
        return list(zip(map(KINDS.__getitem__, map(self.kinds.__getitem__, rows)),
                        map(self.populations.__getitem__, rows), map(bool, self.primary[first:end])))

    def candidates(self, key: str) -> list[tuple[Place, bool]]:
        """(place, named by its primary name) for a normalised key; [] when unknown."""
        info = self.key(key)
        return [] if info is None else [(self.place(i), primary) for i, primary in self.postings_of(info.id)]

    def scan(self, keyed_text: str) -> list[tuple[int, int]]:
        """Every key found in a keyed text (" k1 k2 | k3 ... "), as (end, key id): ``end`` is one
        past the key's last letter, ``key_start`` gives its first; only whole-word matches.

        Keys end with a space, so the automaton reports whole words only (``end`` is that space)
        and no match needs checking here. The list comes straight from the automaton: most
        matches are dropped by the caller before their start is worked out.
        """
        return list(self.automaton.iter(keyed_text)) if len(self.keys) else []

    def key_start(self, end: int, key_id: int) -> int:
        """Offset of the first letter of a key match reported by ``scan``."""
        return end - self.key_chars[key_id] + 2


def _automaton_state(automaton: ahocorasick.Automaton) -> tuple:
    """What rebuilds an automaton (``Automaton(*state)``): its pickle arguments, a few large byte
    strings that load in a blink, unlike the automaton itself."""
    return automaton.__reduce__()[1]


def key_zipf(key: str, word_zipf: Mapping[str, float]) -> float:
    """How common a key is as English: the zipf frequency of its rarest word.

    >>> key_zipf("new york", {"new": 6.2, "york": 4.6}), key_zipf("homs", {})
    (4.6, 0.0)
    """
    return min((word_zipf.get(w, 0.0) for w in key.split()), default=0.0)


def written_zipf(words: Iterable[str], word_zipf: Mapping[str, float]) -> float:
    """How common a name written with these ``words`` is as English: the zipf frequency of its
    rarest word as spelled (``normalize.spelled``), not by its key (``key_zipf``): a key merges
    doubled letters, and "Somme" is no "some".

    >>> english = {"some": 6.2, "hil": 4.8, "hill": 4.8}
    >>> written_zipf(["Somme"], english), written_zipf(["Some"], english), written_zipf(["Hill"], english)
    (0.0, 6.2, 4.8)
    """
    return min((word_zipf.get(spelled(w), 0.0) for w in words), default=0.0)


def division_rows(places: Sequence[Place]) -> array:
    """Per row of ``places`` (a compiled index's), the row of the first-level division its place lies
    in, following parents as ``resolve.division_of`` does: its own for a division, NO_DIVISION for a
    country, a place without parent or one that is its own parent; DIVISION_OUTSIDE when a parent is
    not among ``places`` (or the parents go round in a circle).

    >>> from gazetteer.model import Place
    >>> division_rows([Place("a", "A", 0, 0, "admin1", "US"), Place("b", "B", 0, 0, "admin2", "US", parent="a"),
    ...                Place("c", "C", 0, 0, "city", "US", parent="b"), Place("d", "D", 0, 0, "city", "US", parent="x"),
    ...                Place("e", "E", 0, 0, "country", "US", parent="a")]).tolist()
    [0, 0, 0, -2, -1]
    """
    row_of = {place.id: i for i, place in enumerate(places)}
    unknown = -3
    rows = array("i", [unknown]) * len(places)
    for i in range(len(places)):
        path, j = [], i  # the places whose division is that of the last one reached
        while rows[j] == unknown:
            place = places[j]
            path.append(j)
            parent = row_of.get(place.parent, DIVISION_OUTSIDE) if place.parent else NO_DIVISION
            if place.kind == "admin1":
                division = j
            elif place.kind == "country" or parent == NO_DIVISION or parent == j:
                division = NO_DIVISION
            elif parent == DIVISION_OUTSIDE or parent in path:
                division = DIVISION_OUTSIDE
            else:
                j = parent
                continue
            break
        else:
            division = rows[j]
        for k in path:
            rows[k] = division
    return rows


def names_a_big_place(key: str, named: Iterable[tuple[str, int]]) -> bool:
    """Whether ``key``, of several words each longer than a letter and not all generic, is the own name
    of a town of ``BIG_TOWN`` people, a first-level division or a country; ``named``: (kind,
    population) of each place it is the own name of.

    >>> names_a_big_place("los angeles", [("city", 3_820_914)]), names_a_big_place("los angeles", [])
    (True, False)
    >>> names_a_big_place("north west", [("admin1", 0)])
    False
    """
    words = key.split()
    if len(words) < 2 or min(map(len, words)) < 2 or GENERIC_WORDS.issuperset(words) or words[-1] == _AGENCY:
        return False
    return any(population >= BIG_TOWN or KINDS.index(kind) <= _ADMIN1 for kind, population in named)


def names_a_known_place(key: str, zipf: float, named: Iterable[tuple[str, int, bool]]) -> bool:
    """Whether ``key``, one word of four letters or more and no generic word, is common only as the
    own name of a first-level division or a town of ``KNOWN_TOWN`` people ("ohio", "texas", "paris"):
    rarer than ``KNOWN_PLACE_ZIPF`` (a town of a million: ``KNOWN_CITY_ZIPF``, "london"). ``named``:
    (kind, population, plainly named: see ``plainly_named``) of each place it is the own name of.
    Shorter words are words or letters first ("van", "bay", "mon"), whatever they also name.

    >>> names_a_known_place("ohio", 4.6, [("admin1", 0, True)]), names_a_known_place("male", 4.9, [("admin1", 0, False)])
    (True, False)
    >>> names_a_known_place("reading", 5.0, [("city", 174_224, True)]), names_a_known_place("van", 4.8, [("city", 525_016, True)])
    (False, False)
    """
    if len(key) < 4 or " " in key or key in GENERIC_WORDS or zipf >= KNOWN_CITY_ZIPF:
        return False
    return any(plain and (population >= MILLION_TOWN or zipf < KNOWN_PLACE_ZIPF and (
        KINDS.index(kind) <= _ADMIN1 or population >= KNOWN_TOWN)) for kind, population, plain in named)


def plainly_named(place: Place, key: str, people: Mapping[str, int]) -> bool:
    """Whether ``key`` spells the place's own name without diacritics ("male" is a word, not Malé) and the
    place lies in a country of ``KNOWN_COUNTRY`` people or more (``people``: country code -> population):
    English writes a division's name more often than the word it spells only for a country it often
    writes about (the Maldives' Male is the word "male").
    """
    return place.name.isascii() and name_key(place.name) == key and people.get(place.country, 0) >= KNOWN_COUNTRY


def names_a_division_with_its_kind(key: str, named: Iterable[tuple[str, int, bool]]) -> bool:
    """Whether ``key``, of several words, ends with the word for the kind of a division it is the own
    name of: "henry county", "rapides parish" are names whatever their first words mean; not when those
    are generic ("central district").

    >>> names_a_division_with_its_kind(name_key("Henry County"), [("admin2", 0, True)])
    True
    >>> names_a_division_with_its_kind(name_key("Grand County"), [("admin2", 0, True)])
    False
    """
    *first, last = key.split()
    return (bool(first) and last in DIVISION_KIND_WORDS and not GENERIC_WORDS.issuperset(first)
            and any(_ADMIN1 <= KINDS.index(kind) <= _ADMIN2 for kind, _, _ in named))


def common_in_lower_case(key: str, zipf: float, names_a_country: bool,
                         named: Sequence[tuple[str, int, bool]]) -> bool:
    """Whether a key of this ``zipf`` is a common word first in a lower-cased text ("us", "may", "reading"):
    not when it is a country's or a continent's name not too common ("china", ``names_a_country``), nor a
    big place's own name of several words (``names_a_big_place``), a known place's
    (``names_a_known_place``) or a division's with its kind word (``names_a_division_with_its_kind``);
    ``named``: (kind, population, plainly named, see ``plainly_named``; True when not known) of each
    place it is the own name of.
    Nor letters alone ("s c", "d c"): a lower-cased text writes them with full stops ("s.c."), an
    abbreviation, not a word (``recognize.short_form`` decides).

    >>> common_in_lower_case("reading", 5.0, False, [("city", 174_224, True)]), common_in_lower_case("china", 5.2, True, [])
    (True, False)
    >>> common_in_lower_case("s c", 5.3, False, [])
    False
    """
    return (zipf >= COMMON_ZIPF and not (names_a_country and zipf < 5.5)
            and not (" " in key and max(map(len, key.split())) == 1)
            and not names_a_big_place(key, [(kind, population) for kind, population, _ in named])
            and not names_a_known_place(key, zipf, named) and not names_a_division_with_its_kind(key, named))


def _unhyphenated_key(name: str, word_zipf: Mapping[str, float]) -> set[str]:
    """The key of a hyphenated name written without its hyphens ("Jalalabad" for Jalal-Abad), unless
    that spells an English word ("Grandest" is no Grand-Est, "northwest" no North-West).

    >>> _unhyphenated_key("Bazar-Korgon", {}), _unhyphenated_key("North-West", {"northwest": 4.1})
    ({'bazarkorgon'}, set())
    """
    joined = hyphens_dropped(name)
    key = name_key(joined) if joined else ""
    return {key} if key and key not in word_zipf else set()


#: Saints' titles: a saint's name written as one word names more than the town ("Saintpaul", a Salmonella
#: serotype named after Saint Paul).
_SAINTS = frozenset(name_key(w) for w in "saint sainte san santa santo sao sankt".split())


def _joined_key(place: Place, word_zipf: Mapping[str, float]) -> set[str]:
    """The keys of the own name of a first-level division or a town of BIG_TOWN people, of two words, written
    as one ("Diredawa" for Dire Dawa, "Kontum" for Kon Tum), as text in and about the region often writes it,
    and of three words (less a kind word after them), two short syllables of it written as one, as text
    romanising syllable by syllable does ("Mae Hongson", "Maehongson" for Mae Hong Son Province); not when a
    word has under three letters or is generic or a kind's ("Homs Province", "North Dakota"), nor for a saint's
    name ("Saint Paul": "the Saintpaul strain"), nor when a joined word is an English one.

    >>> town = Place("t:dd", "Dire Dawa", 9.6, 41.9, "city", "ET", population=300_000)
    >>> _joined_key(town, {}), _joined_key(Place("t:nd", "North Dakota", 47.0, -100.0, "admin1", "US"), {})
    ({'diredawa'}, set())
    >>> _joined_key(Place("t:ss", "Sun Set", 9.6, 41.9, "city", "ET", population=300_000), {"sunset": 3.0})
    set()
    >>> _joined_key(Place("t:sp", "Saint Paul", 45.0, -93.1, "city", "US", population=300_000), {})
    set()
    >>> sorted(_joined_key(Place("t:mh", "Mae Hong Son Province", 19.3, 98.0, "admin1", "TH"), {}))
    ['mae hongson', 'maehong son', 'maehongson']
    >>> _joined_key(Place("t:rk", "Rahim Yar Khan", 28.4, 70.3, "city", "PK", population=400_000), {})
    {'rahim yarkhan'}
    """
    if not (place.kind == "admin1" or place.kind == "city" and place.population >= BIG_TOWN):
        return set()
    words = name_key(place.name).split()
    if len(words) == 4 and words[-1] in DIVISION_KIND_WORDS:
        words = words[:-1]  # "Mae Hong Son Province": ISO's English name
    if len(words) not in (2, 3) or words[0] in _SAINTS or not all(
            w.isalpha() and len(w) >= 3 and w not in GENERIC_WORDS and w not in DIVISION_KIND_WORDS for w in words):
        return set()
    if len(words) == 2:
        joined = {"".join(words)}
    else:  # two short syllables side by side, or all three
        joined = {" ".join((*words[:n], words[n] + words[n + 1], *words[n + 2:]))
                  for n in range(2) if len(words[n]) <= SYLLABLE and len(words[n + 1]) <= SYLLABLE}
        joined |= {"".join(words)} if max(map(len, words)) <= SYLLABLE else set()
    return {key for key in joined if not any(w in word_zipf for w in key.split() if w not in words)}


#: The most letters of a syllable a romanisation may write apart or joined ("Hong Son", "Hongson").
SYLLABLE = 4


#: Other spellings of Arabic names, each as often written: a word-final "ah" after a consonant, the ta marbuta, as
#: "a" ("Qayyarah", "Qayara"); an "ay" after a consonant and before another or a word's end, the diphthong, as "ai"
#: ("Tilkayf", "Tilkaif"; "Shaykh", "Shaikh").
_ARABIC_RESPELLINGS = ((re.compile(r"(?<=[^aeiouh\s])ah\b"), "a"),
                       (re.compile(r"(?<=[^aeiou\s])ay(?=[^aeiouy\s]|\b)"), "ai"))


def _arabic_keys(keys: set[str], word_zipf: Mapping[str, float]) -> set[str]:
    """The keys of an Arabic name with each of ``_ARABIC_RESPELLINGS`` made (one rule at a time), unless that
    spells an English word ("Qayyarah" is also "qayara", "Tilkayf" "tilkaif"; "Kufah" is no "kufa", "Rayn" no "rain").

    >>> sorted(_arabic_keys({"qayarah", "ras al jabah"}, {})), _arabic_keys({"kufah", "dubai"}, {"kufa": 4.0})
    (['qayara', 'ras al jaba'], set())
    >>> sorted(_arabic_keys({"tilkayf", "shaykh miskin", "bayan"}, {})), _arabic_keys({"rayn"}, {"rain": 5.0})
    (['shaikh miskin', 'tilkaif'], set())
    """
    out = {pattern.sub(spelling, key) for pattern, spelling in _ARABIC_RESPELLINGS for key in keys}
    return {key for key in out if key not in keys and key not in word_zipf}


def compile_index(places: Iterable[Place], word_zipf: Mapping[str, float] | None = None) -> PlaceIndex:
    """Index places under every key of their name and aliases, and under other spellings of them as keys that are
    never a place's own name (``_unhyphenated_key``, ``_joined_key``; in Arabic-speaking countries ``_arabic_keys``).

    ``word_zipf`` (folded English word -> zipf frequency, see ``world.english_zipf``) marks
    common-word keys ("reading", "mobile"); without it no key counts as common.
    """
    places = sorted(places, key=lambda p: p.id)
    if any(a.id == b.id for a, b in zip(places, places[1:])):
        raise ValueError("place ids must be unique within an index")
    word_zipf = word_zipf or {}
    by_key: dict[str, list[tuple[int, int]]] = {}
    for i, place in enumerate(places):
        arabic = place.country in ARABIC_COUNTRIES
        seen: set[str] = set()
        for n, name in enumerate((place.name, *place.aliases)):
            for key in name_keys(name, arabic=arabic):
                if key in seen:
                    continue
                seen.add(key)
                by_key.setdefault(key, []).append((i, 1 if n == 0 else 0))
        # Another spelling, never the place's own name: in lower-cased text only a big town's counts.
        others = {k for name in (place.name, *place.aliases) for k in _unhyphenated_key(name, word_zipf)}
        others |= _joined_key(place, word_zipf)
        if arabic:
            others |= _arabic_keys(seen, word_zipf)
        for key in others - seen:
            by_key.setdefault(key, []).append((i, 0))
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    key_tokens, zipfs, key_chars, lower_case_names = bytearray(), bytearray(), array("H"), bytearray()
    offsets, postings, primary = array("I", [0]), array("I"), bytearray()
    keys = sorted(by_key)
    people = {place.country: place.population for place in places if place.kind == "country"}
    for k, key in enumerate(keys):
        automaton.add_word(" " + key + " ", k)
        key_tokens.append(min(255, key.count(" ") + 1))
        zipfs.append(max(0, min(255, round(key_zipf(key, word_zipf) * 10))))
        key_chars.append(min(65535, len(key) + 2))
        # In a lower-cased text "us", "may", "reading" are words first (see ``recognize.rejection``):
        # a key names a place there when it is no common word, or a country's or a continent's
        # name not too common ("china"). Worked out here once: scans drop most matches on it.
        names_a_country = any(KINDS.index(places[i].kind) <= _COUNTRY for i, _ in by_key[key])
        lower_case_names.append(not common_in_lower_case(key, zipfs[-1] / 10, names_a_country, [
            (places[i].kind, places[i].population, plainly_named(places[i], key, people))
            for i, primary in by_key[key] if primary]))
        # Primary-name postings first, then by row: deterministic order.
        for i, is_primary in sorted(by_key[key], key=lambda e: (-e[1], e[0])):
            postings.append(i)
            primary.append(is_primary)
        offsets.append(len(postings))
    automaton.make_automaton()
    provenance_names = sorted({p.provenance for p in places})
    number = {name: n for n, name in enumerate(provenance_names)}
    return PlaceIndex(
        ids=Strings(p.id for p in places), names=Strings(p.name for p in places),
        lats=array("d", (p.lat for p in places)), lons=array("d", (p.lon for p in places)),
        kinds=bytes(KINDS.index(p.kind) for p in places), countries=Strings(p.country for p in places),
        parents=Strings(p.parent for p in places), populations=array("q", (p.population for p in places)),
        aliases=Strings("|".join(p.aliases) for p in places),
        provenance_names=provenance_names, provenances=array("I", (number[p.provenance] for p in places)),
        keys=Strings(keys), automaton_state=Deferred(_automaton_state(automaton)),
        key_tokens=bytes(key_tokens), key_zipf=bytes(zipfs), key_chars=key_chars,
        lower_case_names=bytes(lower_case_names), offsets=offsets, postings=postings, primary=bytes(primary),
        divisions=division_rows(places))
