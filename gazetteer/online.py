"""Optional online fallback: a geopy geocoder for place names no offline source knows.

Off unless asked for (``evacmap build --geocoder nominatim --user-agent "..."``). Then:

- only a few names go online (``unknown_names``): a capitalised name of two to four words right
  after "from", "to", "in", "into" or "near" in a cased text, which no offline mention covers and
  which reads as neither a person nor an organisation (see ``unknown_names`` for every rule);
- answers *and* misses are kept in one JSON file (``$EVACMAP_CACHE_DIR/geocoder.json``, else
  ``~/.cache/evacmap/geocoder.json``) keyed by provider, endpoint and normalised name, so a rerun
  sends nothing it has asked before;
- requests go through geopy's ``RateLimiter`` at one per second (Nominatim's usage policy);
- a failing service is a warning in ``problems``, never a failure: the run goes on offline.

Geocoded places carry the provider's attribution in their provenance, and the map adds it to its
attribution line (``attribution_for``).

>>> nominatim_place({"osm_type": "node", "osm_id": 42, "lat": "36.6", "lon": "37.0", "name": "Bab al-Salameh",
...                  "class": "place", "type": "village", "addresstype": "village",
...                  "address": {"country_code": "sy"}}, "Bab al-Salameh").id
'nominatim:node/42'
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from gazetteer.cache import default_cache_dir, write_atomic
from gazetteer.errors import GazetteerError
from gazetteer.index import COMMON_ZIPF, written_zipf
from gazetteer.model import Mention, Place
from gazetteer.normalize import SEPARATOR, Tokens, fold, name_key
from gazetteer.recognize import (CONNECTORS, MONTHS_AND_DAYS, ORGANISATION_HEADS, PERSON_TITLES, SPEECH_VERBS,
                                 Layout)

#: One request per second: the most Nominatim's usage policy allows.
MIN_DELAY_SECONDS = 1.0
TIMEOUT_SECONDS = 10.0  # geopy's default of 1 s is shorter than a busy Nominatim takes
CACHE_VERSION = 1
#: Words right before a name that make it a location ("fled to X", "from X", "in X").
LOCATION_WORDS = frozenset(fold(w) for w in ("from", "to", "in", "into", "near"))
#: Words before "to" that make what follows a person or a source ("according to X", "spoke to X").
NOT_A_DESTINATION = frozenset(fold(w) for w in (
    "according", "spoke", "speaking", "talked", "talking", "said", "wrote", "close", "next", "due", "thanks",
    "owing", "prior", "compared", "addition", "appealed"))
#: Words that end a street's name: a street is not where people were displaced from or to.
STREET_WORDS = frozenset(fold(w) for w in (
    "road", "street", "avenue", "drive", "lane", "boulevard", "highway", "way", "st", "rd", "ave"))
#: Words that mark a person or an organisation, beyond recognize's lists.
NOT_A_PLACE = frozenset(fold(w) for w in (
    "of", "for", "congressman", "congresswoman", "sen", "rep", "attorney", "manager", "officer", "church"))

# Nominatim's addresstype -> evacmap kind.
_ADDRESS_KINDS = {
    "continent": "continent", "country": "country",
    "state": "admin1", "province": "admin1", "region": "admin1",
    "state_district": "admin2", "county": "admin2",
    "municipality": "city", "city": "city", "town": "city", "village": "city", "hamlet": "city",
    "isolated_dwelling": "city", "locality": "city",
    "city_district": "district", "district": "district", "borough": "district", "suburb": "district",
    "subdivision": "district", "quarter": "neighbourhood", "neighbourhood": "neighbourhood",
    "city_block": "neighbourhood",
}
# Other answers by OSM class: camps, airports, bases are sites; a road, a shop or an office that
# shares the name is not where people went, so such an answer counts as a miss.
_SITE_CLASSES = frozenset({"amenity", "aeroway", "military", "landuse", "historic", "tourism"})
# The subset of an answer kept in the cache: what ``nominatim_place`` reads, nothing else.
_KEPT = ("osm_type", "osm_id", "lat", "lon", "name", "display_name", "class", "type", "addresstype")


class OnlineGeocoderError(GazetteerError):
    """The online geocoder was asked for with missing or wrong settings, or its cache is unreadable."""


@dataclass(frozen=True)
class Provider:
    """An online geocoding service: how to reach it and how its answers become places."""

    name: str
    default_url: str
    attribution: str
    connect: Callable[..., Any]  # (user_agent=, scheme=, domain=, timeout=) -> a geopy geocoder
    query: Mapping[str, Any]  # keyword arguments of every geocode call
    to_place: Callable[[Mapping[str, Any], str], Place | None]


def _nominatim(**settings: Any) -> Any:
    from geopy.geocoders import Nominatim  # geopy only loads when a geocoder is asked for

    return Nominatim(**settings)


def nominatim_place(answer: Mapping[str, Any], query: str) -> Place | None:
    """A Nominatim answer (``Location.raw``, or its cached subset) as a Place; None when the
    answer is no place people move to (a road, a shop...).

    >>> nominatim_place({"osm_type": "way", "osm_id": 7, "lat": "1", "lon": "2", "name": "Camp Road",
    ...                  "class": "highway", "type": "residential", "addresstype": "road"}, "Camp Road") is None
    True
    """
    kind = _ADDRESS_KINDS.get(answer.get("addresstype", ""))
    if kind is None and answer.get("class") in _SITE_CLASSES:
        kind = "site"
    if kind is None or not answer.get("osm_type") or answer.get("osm_id") is None:
        return None
    name = answer.get("name") or str(answer.get("display_name", "")).split(",")[0].strip() or query
    country = str(answer.get("address", {}).get("country_code", "")).upper()
    return Place(f"nominatim:{answer['osm_type']}/{answer['osm_id']}", name, float(answer["lat"]),
                 float(answer["lon"]), kind, country if len(country) == 2 else "",
                 provenance=f'Nominatim answer for "{query}" (© OpenStreetMap contributors, ODbL)')


GEOCODERS: dict[str, Provider] = {
    "nominatim": Provider(
        name="nominatim",
        default_url="https://nominatim.openstreetmap.org",
        attribution="Geocoding: © OpenStreetMap contributors (Nominatim)",
        connect=_nominatim,
        # English names, and the address for the country code.
        query={"exactly_one": True, "addressdetails": True, "language": "en"},
        to_place=nominatim_place,
    ),
}


def attribution_for(place_ids: Iterable[str]) -> list[str]:
    """Attribution lines owed for these places: one per provider that answered for any of them.

    >>> attribution_for(["geonames:1", "nominatim:node/42", "nominatim:way/7"])
    ['Geocoding: © OpenStreetMap contributors (Nominatim)']
    >>> attribution_for(["geonames:1"])
    []
    """
    prefixes = {place_id.split(":", 1)[0] for place_id in place_ids}
    return [provider.attribution for name, provider in sorted(GEOCODERS.items()) if name in prefixes]


class AnswerCache:
    """Answers (the kept subset of the raw JSON) and misses (``null``) in one JSON file:
    ``{"version": 1, "answers": {"<provider> <url>": {"<name key>": {...} | null}}}``.

    Every new entry rewrites the file whole (temp file, then rename), so an interrupted run
    keeps what it learned and a reader never sees half a file.
    """

    def __init__(self, path: Path, scope: str):
        self.path, self.scope = Path(path), scope
        self._all = self._read()
        self.entries: dict[str, dict | None] = self._all.setdefault(scope, {})

    def _read(self) -> dict[str, dict[str, dict | None]]:
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as error:
            raise OnlineGeocoderError(f"cannot read the geocoder cache {self.path}: {error}; "
                                      f"delete the file to start a new one") from error
        if not isinstance(stored, dict) or stored.get("version") != CACHE_VERSION:
            return {}  # another layout: start afresh, the file is replaced on the first answer
        return stored.get("answers", {})

    def store(self, key: str, answer: dict | None) -> None:
        self.entries[key] = answer
        text = json.dumps({"version": CACHE_VERSION, "answers": self._all}, ensure_ascii=False, indent=1,
                          sort_keys=True)
        try:
            write_atomic(self.path, (text + "\n").encode("utf-8"))
        except OSError as error:
            raise OnlineGeocoderError(f"cannot write the geocoder cache {self.path}: {error}; "
                                      f"set EVACMAP_CACHE_DIR to a writable folder") from error


class OnlineGeocoder:
    """Places for names no offline source knows: from the cache, else from the provider.

    ``geocode`` is the provider's geocode method behind geopy's RateLimiter (``limiter``).
    A service error (HTTP 500, a timeout, a refused connection) becomes one line in ``problems``;
    the name is not cached (it may work next time) and no more requests are sent in this run.
    """

    def __init__(self, provider: Provider, geocode: Callable[..., Any], cache: AnswerCache):
        self.provider, self.geocode, self.cache = provider, geocode, cache
        self.problems: list[str] = []
        self.failed = False

    def place(self, name: str) -> Place | None:
        """The place the provider gives for ``name``, or None (a miss, or the service failed)."""
        from geopy.exc import GeopyError

        query = name.strip()
        key = name_key(query)
        if not key:
            return None
        if key not in self.cache.entries:
            if self.failed:
                return None  # the service failed earlier in this run: do not wait on it again
            try:
                location = self.geocode(query, **self.provider.query)
            except GeopyError as error:
                self.failed = True
                self.problems.append(f"geocoder {self.provider.name} failed on {query!r} ({error}); "
                                     f"names it was to look up stay unresolved in this run")
                return None
            raw = location.raw if location is not None else None
            self.cache.store(key, _kept(raw) if raw else None)
        answer = self.cache.entries[key]
        return self.provider.to_place(answer, query) if answer else None

    def add_mentions(self, mentions: Sequence[Mention], text: str, tokens: Tokens, lay: Layout,
                     doc_id: str, common: Mapping[str, float], demonyms: Mapping[str, str]) -> list[Mention]:
        """``mentions`` plus those of the names ``unknown_names`` lets go online, sorted by start.

        A geocoded name has one candidate, so its confidence is 1.0, as offline with one candidate.
        """
        found = list(mentions)
        for start, end in unknown_names(text, tokens, lay, mentions, common, demonyms):
            place = self.place(_without_possessive(text[start:end]))
            if place is not None:
                found.append(Mention(doc_id, text[start:end], start, end, place, 1.0))
        return sorted(found, key=lambda m: m.start)


def _kept(raw: Mapping[str, Any]) -> dict:
    kept = {k: raw[k] for k in _KEPT if k in raw}
    country = raw.get("address", {}).get("country_code")
    if country:
        kept["address"] = {"country_code": country}
    return kept


def _without_possessive(name: str) -> str:
    return name[:-2] if name[-2:] in ("'s", "’s") else name.rstrip("'’")


def unknown_names(text: str, tokens: Tokens, lay: Layout, mentions: Sequence[Mention],
                  common: Mapping[str, float], demonyms: Mapping[str, str]) -> list[tuple[int, int]]:
    """Character ranges of names worth asking an online geocoder about, in text order.

    Conservative on purpose (each name costs a second and leaves the machine): a name goes
    online only when all of these hold:

    - the text is cased (in lower-cased text nothing marks a name);
    - it is a whole capitalised chunk of two to four words (a single capitalised word after "to"
      is as often "Reuters" or "Parliament" as a place), outside a headline, with no "of" or
      "for" in it ("Products of Wallingford"), no initial, acronym or digit ("Barry M",
      "FEMA Region IV"), and not ending like a street ("Mill Road");
    - the word right before it is "from", "to", "in", "into" or "near" ("according to" and
      "spoke to" do not count);
    - no offline mention lies within it (names the offline gazetteer resolves never go online);
    - at least one of its words is not common English ("New Kakhovka" yes, "Human Rights" no);
    - none of its words is an organisation head ("Council"), a title ("Governor", "Sen"), a month or
      weekday, or a demonym ("Syrian Democratic ..."), and no speech verb follows it;
    - its last word is not a surname elsewhere in the text ("Wright said", "Mr Wright").

    >>> from gazetteer.normalize import tokenize
    >>> from gazetteer.recognize import layout
    >>> def names(text):
    ...     tokens = tokenize(text)
    ...     found = unknown_names(text, tokens, layout(text, tokens, {}), [], {"human": 5.0, "rights": 5.0}, {})
    ...     return [text[a:b] for a, b in found]
    >>> names("Families fled to Bab Salameh, then to Kilis. Human Rights groups in Human Rights Council.")
    ['Bab Salameh']
    >>> names("He went to Leroy Wright."), names("He went to Leroy Wright. Wright said so.")
    (['Leroy Wright'], [])
    >>> names("According to Talal Barrazi, buses left.")
    []
    """
    if not lay.cased:
        return []
    taken = [(m.start, m.end) for m in mentions]
    names = []
    for members in sorted(lay.members.values()):
        first, last = members[0], members[-1]
        words = [tokens.keys[i] for i in members if i not in tokens.articles and tokens.keys[i] not in CONNECTORS]
        if not 2 <= len(words) <= 4 or words[-1] in STREET_WORDS:
            continue
        if any(tokens.keys[i] in NOT_A_PLACE for i in members) or any(_code_like(text[tokens.starts[i]:tokens.ends[i]])
                                                                    for i in members):
            continue
        before = _word_before(tokens, first)
        if before is None or tokens.keys[before] not in LOCATION_WORDS:
            continue
        if tokens.keys[before] == "to":
            earlier = _word_before(tokens, before)
            if earlier is not None and tokens.keys[earlier] in NOT_A_DESTINATION:
                continue
        start, end = tokens.starts[first], tokens.ends[last]
        if any(a < end and start < b for a, b in taken):
            continue
        if written_zipf((text[tokens.starts[i]:tokens.ends[i]] for i in members
                         if i not in tokens.articles and tokens.keys[i] not in CONNECTORS), common) >= COMMON_ZIPF:
            continue
        if any(w in ORGANISATION_HEADS or w in PERSON_TITLES or w in MONTHS_AND_DAYS or w in demonyms
               for w in words):
            continue
        after = _word_after(tokens, last)
        if after is not None and tokens.keys[after] in SPEECH_VERBS:
            continue
        if _is_surname(tokens, words[-1], set(members)):
            continue
        names.append((start, end))
    return names


def _code_like(word: str) -> bool:
    """An initial ("Barry M"), an acronym ("FEMA Region IV") or a code ("WCHS-TV8"): not a place name."""
    return len(word) == 1 or (len(word) > 1 and word.isupper()) or any(c.isdigit() for c in word)


def _is_surname(tokens: Tokens, key: str, chunk: set[int]) -> bool:
    """``key`` stands elsewhere as a person's name: before a speech verb or after a title."""
    for i, word in enumerate(tokens.keys):
        if word != key or i in chunk:
            continue
        after, before = _word_after(tokens, i), _word_before(tokens, i)
        if (after is not None and tokens.keys[after] in SPEECH_VERBS) or (
                before is not None and tokens.keys[before] in PERSON_TITLES):
            return True
    return False


def _word_before(tokens: Tokens, i: int) -> int | None:
    return i - 1 if i > 0 and tokens.keys[i - 1] != SEPARATOR else None


def _word_after(tokens: Tokens, i: int) -> int | None:
    return i + 1 if i + 1 < len(tokens) and tokens.keys[i + 1] != SEPARATOR else None


def cache_file() -> Path:
    """``geocoder.json`` in ``$EVACMAP_CACHE_DIR``, else in ``~/.cache/evacmap``."""
    return default_cache_dir() / "geocoder.json"


def build_geocoder(name: str, *, user_agent: str | None, url: str | None = None, cache_path: Path | None = None,
                   timeout: float = TIMEOUT_SECONDS) -> OnlineGeocoder:
    """The online geocoder called ``name`` (one of ``GEOCODERS``), rate limited and cached.

    ``user_agent`` is required: Nominatim's usage policy asks every application to name itself.
    ``url`` points at another instance of the service (a self-hosted Nominatim, a test server).

    >>> build_geocoder("google", user_agent="x")
    Traceback (most recent call last):
    ...
    gazetteer.online.OnlineGeocoderError: unknown geocoder 'google'; available: nominatim
    >>> build_geocoder("nominatim", user_agent=" ")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    gazetteer.online.OnlineGeocoderError: the nominatim geocoder needs a user agent ... --user-agent "evacmap-myproject (me@example.org)" ...
    """
    from geopy.exc import ConfigurationError
    from geopy.extra.rate_limiter import RateLimiter

    provider = GEOCODERS.get(name)
    if provider is None:
        raise OnlineGeocoderError(f"unknown geocoder {name!r}; available: {', '.join(sorted(GEOCODERS))}")
    if not user_agent or not user_agent.strip():
        raise OnlineGeocoderError(
            f"the {name} geocoder needs a user agent that names your application and a contact, "
            f'e.g. --user-agent "evacmap-myproject (me@example.org)" (the service\'s usage policy)')
    endpoint = (url or provider.default_url).rstrip("/")
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise OnlineGeocoderError(f"geocoder URL {endpoint!r} is not an http(s) URL; "
                                  f"give one like {provider.default_url}")
    try:
        service = provider.connect(user_agent=user_agent.strip(), scheme=parts.scheme,
                                   domain=parts.netloc + parts.path, timeout=timeout)
    except ConfigurationError as error:  # geopy refuses sample user agents for the public Nominatim
        raise OnlineGeocoderError(f"the user agent {user_agent!r} is a sample the public {name} refuses; give "
                                  f'your own, e.g. --user-agent "evacmap-myproject (me@example.org)"') from error
    # One retry after a short wait for a passing error; then the run goes on offline.
    limiter = RateLimiter(service.geocode, min_delay_seconds=MIN_DELAY_SECONDS, max_retries=1,
                          error_wait_seconds=2 * MIN_DELAY_SECONDS, swallow_exceptions=False)
    cache = AnswerCache(cache_path or cache_file(), f"{name} {endpoint}")
    return OnlineGeocoder(provider, limiter, cache)


def from_options(name: str | None, user_agent: str | None = None, url: str | None = None) -> OnlineGeocoder | None:
    """The geocoder the command-line options ask for, or None when ``--geocoder`` is not given.

    >>> from_options(None) is None
    True
    >>> from_options(None, user_agent="me")
    Traceback (most recent call last):
    ...
    gazetteer.online.OnlineGeocoderError: --user-agent and --geocoder-url only apply with --geocoder (one of: nominatim)
    """
    if name is None:
        if user_agent or url:
            raise OnlineGeocoderError(f"--user-agent and --geocoder-url only apply with --geocoder "
                                      f"(one of: {', '.join(sorted(GEOCODERS))})")
        return None
    return build_geocoder(name, user_agent=user_agent, url=url)
