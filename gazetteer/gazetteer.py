"""The Gazetteer: sources, lookup by name, and place mentions in documents.

>>> from gazetteer.model import Place
>>> gaz = Gazetteer.from_places([
...     Place("t:homs", "Homs", 34.72, 36.73, "city", "SY", population=775_404),
...     Place("t:waer", "al-Waer", 34.74, 36.67, "district", "SY", parent="t:homs", aliases=("Waer",)),
... ])
>>> [(m.text, m.place.id) for m in gaz.find_mentions("Buses left Al Waer in Homs on Saturday.")]
[('Al Waer', 't:waer'), ('Homs', 't:homs')]
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import lru_cache, partial
from itertools import accumulate, chain, compress, repeat, takewhile
from operator import add, attrgetter, sub
from pathlib import Path
from typing import TYPE_CHECKING

from gazetteer.errors import GazetteerError, GazetteerRowError
from gazetteer.index import BIG_TOWN, COMMON_ZIPF, GENERIC_WORDS, PlaceIndex, written_zipf
from gazetteer.model import Mention, Place
from gazetteer.normalize import SEPARATOR, Tokens, fold, name_key, spelled, spelling_of, spelling_skeleton, tokenize
from gazetteer.recognize import (BEARINGS, DEPARTMENT, DIVISION_KINDS, FEATURE_FIRSTS, FIRST_LEVEL, KIND_WORDS,
                                 LISTED_KINDS, LOWER_CASE_NAME_STARTS, NO_WORD_ZIPF, TOWNS_BEFORE_OF, Candidate, Layout,
                                 Span, asked_kinds, bracketed_division, camp_named_after_a_country, dateline, department_word,
                                 echoed_names, extend_span, kind_word_before_of, layout, listed_names, mark_acronym,
                                 names_after_titles, numbered_camp_the_table_lacks, on_bylines, on_credit_lines,
                                 own_city_name, people_by_given_names,
                                 person_surnames, place_kind, placed_by_its_words, refused_in_lower_case, rejection,
                                 storm_names, street_names, surnames_after_given_names, take_full_stop,
                                 town_after_its_part, words_written_lower)
from gazetteer.resolve import (NEAR_KM, Context, Hierarchy, ancestors, division_of, enclosing_ids, named_after_city, nearest_km,
                              rank, resolve)
from gazetteer.sources import Source, csv_source, curated_source

if TYPE_CHECKING:  # the online geocoder's module (and its imports) is loaded only by those who use it
    from gazetteer.online import OnlineGeocoder


#: Names rejected as parts of organisations or longer names still hint at the country a text is about
#: (not a title before a person's name: "Deputy Mayor Tom Gosnell" says nothing of Gosnell, Arkansas).
BACKGROUND_REASONS = frozenset({"organisation", "part of a longer name", "town's feature"})
#: Kind words of the divisions whose bare repeat may be the division though a far town has the name ("Pasco County";
#: a kind word of ``KIND_WORDS``: "parish" is none, so "Rapides Parish" does not reach this rule).
COUNTY_WORDS = frozenset(fold(w) for w in ("county", "district"))
_COMPASS = "North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower"
#: "And" or "or" and a capitalised compass word before a capitalised word ("... and South Korea"; starting with a
#: space, a literal, the scan is eight times faster than one starting at the first compass word), and the compass
#: word that ends the text before it ("North"), read in a slice as long as the longest such word and a comma.
_JOINED_COMPASS = re.compile(rf" (?:and|or) ({_COMPASS})(?= [A-Z])")
_COMPASS_BEFORE = re.compile(rf"(?<![\w-])({_COMPASS}),?\Z")
_COMPASS_REACH = len("Northern,") + 1
#: The kinds of place two compass words may share a name of: countries and divisions ("North and South Carolina");
#: not regions and continents, whose points are conventions the corpora disagree on ("Central and South America").
_SHARED_HEAD_KINDS = frozenset({"country", "admin1", "admin2"})
#: A dateline's place is a town ("MALTA —" in a local paper is no country).
DATELINE_KINDS = KIND_WORDS["town"]
def dateline_kinds(span: Span) -> frozenset[str]:
    """What a dateline asks its place to be: a town (``DATELINE_KINDS``), unless the name is the own name
    of a division and of no town: "CAGAYAN, Philippines –" is the province, not a town once called so
    (a town by another name, "KIEV —", is still asked for).

    >>> from gazetteer.model import Place
    >>> province = Candidate(Place("d:c", "Cagayan", 18.0, 121.6, "admin2", "PH"), True, False)
    >>> town = Candidate(Place("t:m", "Mapun", 7.0, 118.5, "city", "PH"), False, False)
    >>> dateline_kinds(Span(0, 0, 0, 7, "cagayan", 0.0, [province, town]))
    frozenset()
    >>> sorted(dateline_kinds(Span(0, 0, 0, 5, "malta", 0.0, [Candidate(Place("c:m", "Malta", 35.9, 14.4, "country",
    ...     "MT"), True, False), Candidate(Place("t:m", "Malta", 42.0, -88.9, "city", "US"), True, False)])))
    ['city']
    """
    own = {c.place.kind for c in span.candidates if c.primary}
    return frozenset() if own & {"admin1", "admin2"} and "city" not in own else DATELINE_KINDS


#: Kind words that end both a place's name ("Dublin City") and, before another capitalised word, the
#: name of its institutions ("Dublin City Council").
INSTITUTION_KIND_WORDS = frozenset({"city", "town", "village"})
#: Kind words of first-level divisions that GeoNames or ISO name without them ("Western" of Zambia, not
#: "Western Province"); not "state" nor "county", which end the own names of other places
#: ("Kent County" is no Kent).
STEM_KIND_WORDS = frozenset({"province", "governorate", "oblast", "prefecture", "region"})
#: A source with at most this many keys (the curated table, a user's CSV) is scanned only when a text
#: holds a word one of its keys needs (see ``_needed_words``); the world index's keys match every text.
SMALL_SOURCE_KEYS = 10_000
#: How far from a town's point a part of it lies ("the X neighborhood of Y": ``Gazetteer._in_the_town_it_is_part_of``).
PART_OF_TOWN_KM = 30.0
#: A word this common opening a sentence before a lower-case word may be the sentence's noun ("Ash from the volcano
#: fell", "Mud covered ..."), no small town of a country the document does not speak of (``opens_with_a_word``).
OPENING_NOUN_ZIPF = 4.0


class Gazetteer:
    """Places from several sources behind one lookup interface.

    Build with ``Gazetteer.default()`` (curated table + world index + your CSVs) or
    ``Gazetteer.from_places()`` (a small in-memory gazetteer, same recognition and resolution).
    """

    def __init__(self, sources: Sequence[Source], *, demonyms: Mapping[str, str] | None = None,
                 word_zipf: Mapping[str, float] | None = None,
                 problems: Iterable[GazetteerRowError] = (), geocoder: OnlineGeocoder | None = None,
                 capitals: Mapping[str, str] | None = None):
        self.sources: list[Source] = list(sources)
        self.demonyms: Mapping[str, str] = demonyms or {}
        self.capitals: Mapping[str, str] = capitals or {}  # country code -> id of its capital city
        self.word_zipf: Mapping[str, float] = word_zipf or {}
        self.problems: list[GazetteerRowError] = list(problems)
        self.geocoder = geocoder  # online fallback for names no source knows; None keeps everything offline
        self._got: dict[str, Place | None] = {}
        self._hierarchy = Hierarchy(self.get)
        # A source's divisions as its index worked them out hold unless an earlier source holds one of
        # its ids ("geonames:..." in a user's CSV): ``get`` then answers with the earlier one's place.
        self._own_divisions = [not any(source.index.holds(i) for earlier in self.sources[:s] for i in earlier.index.ids)
                               for s, source in enumerate(self.sources)]
        # Per source, the words a text must hold one of for any of its keys to match; None: scanned always.
        self._needed = [_needed_words(source.index, self.word_zipf) if len(source.index.keys) <= SMALL_SOURCE_KEYS
                        else None for source in self.sources]
        self._hits: dict[tuple[tuple[int, int], ...], tuple[float, tuple[Candidate, ...]]] = {}
        # (_refused_in_lower_case)
        self._refused: dict[tuple[tuple[tuple[int, int], ...], frozenset[str], bool], bool] = {}
        # Caveats of the hand-made tables' places (see ``resolve.in_its_country``), the first source's for an id.
        self._caveats = {i: caveat for source in reversed(self.sources) for i, caveat in source.caveats.items()}
        self._last_tokens: tuple[str, Tokens] = ("", tokenize(""))  # (see ``_tokens``)
        self._enclosing: dict[str, tuple[Place, Place]] = {}  # place id -> (the place, it with its enclosing ids)

    @classmethod
    def default(cls, extra_csvs: Sequence[str | Path] = (), cache_dir: Path | None = None,
                geocoder: OnlineGeocoder | None = None) -> Gazetteer:
        """Curated table, world index (compiled into the cache on first use) and ``extra_csvs``;
        ``geocoder`` (see ``gazetteer.online``) is asked about names none of them knows.

        Bad rows of a CSV are skipped and listed in ``.problems``; a file that cannot be read
        raises ``GazetteerError``.
        """
        from gazetteer.world import load_world  # the world cache is only touched here

        world = load_world(cache_dir)
        curated, problems = curated_source(world.word_zipf)
        sources = [curated]
        for path in extra_csvs:
            source, row_problems = csv_source(path, world.word_zipf)
            sources.append(source)
            problems += row_problems
        sources.append(Source("world", world.index, preferred=False))
        return cls(sources, demonyms=world.demonyms, word_zipf=world.word_zipf, problems=problems,
                   geocoder=geocoder, capitals=world.capitals)

    @classmethod
    def from_places(cls, places: Iterable[Place], *, demonyms: Mapping[str, str] | None = None,
                    caveats: Mapping[str, str] | None = None, capitals: Mapping[str, str] | None = None) -> Gazetteer:
        """A gazetteer over places in memory (for tests and small studies); ``caveats``: place id ->
        caveat (see ``csvsource.CAVEATS``); ``capitals``: country code -> id of its capital city."""
        word_zipf = _english_zipf()
        return cls([Source.from_places("places", places, word_zipf=word_zipf, caveats=caveats)], demonyms=demonyms,
                   word_zipf=word_zipf, capitals=capitals)

    def source(self, name: str) -> Source:
        """The source called ``name``; an unknown name raises ``GazetteerError`` listing the known ones."""
        for source in self.sources:
            if source.name == name:
                return source
        raise GazetteerError(f"no gazetteer source {name!r}; known: {', '.join(s.name for s in self.sources)}")

    def get(self, place_id: str) -> Place | None:
        """The place with this id (first source that has it), or None."""
        got = self._got
        if place_id in got:
            return got[place_id]
        place = None
        for source in self.sources:  # a loop, not a generator: each parent of a first-seen place comes here
            place = source.get(place_id)
            if place is not None:
                break
        got[place_id] = place  # resolution walks the same parents again and again
        return place

    def lookup(self, name: str) -> list[tuple[Place, float]]:
        """Candidates for a name, best first, with confidences summing to at most 1.

        A trailing kind word is understood: "Idlib province" asks for the governorate.
        """
        tokens = tokenize(name)
        words = [i for i, key in enumerate(tokens.keys) if key != SEPARATOR]
        if not words:
            return []
        span = Span(0, len(words) - 1, 0, len(name), name_key(name), 0.0, self._candidates(name_key(name)))
        if not span.candidates and len(words) > 1 and tokens.keys[words[-1]] in KIND_WORDS:
            stem = " ".join(tokens.keys[i] for i in words[:-1] if i not in tokens.articles)
            span.key, span.candidates, span.kinds = stem, self._candidates(stem), KIND_WORDS[tokens.keys[words[-1]]]
        ranked = rank(0, [span], Context({}, ()), self._hierarchy)
        if not ranked and self.geocoder is not None:
            place = self.geocoder.place(name)
            return [(place, 1.0)] if place is not None else []
        return _with_confidence(ranked)

    def peoples(self, text: str) -> dict[str, Place]:
        """The peoples ``text`` names by a country's demonym ("Sudanese", "Afghans"), each word as written (lower-cased)
        with its country's place: where a movement of theirs abroad started when the article names no origin.

        >>> from gazetteer.model import Place
        >>> sd = Place("c:sd", "Sudan", 15.0, 30.0, "country", "SD")
        >>> khartoum = Place("c:kh", "Khartoum", 15.6, 32.5, "city", "SD", parent="c:sd")
        >>> g = Gazetteer.from_places([sd, khartoum], demonyms={"sudanese": "SD"}, capitals={"SD": "c:kh"})
        >>> {word: place.name for word, place in g.peoples("Some 9,000 Sudanese crossed the border.").items()}
        {'sudanese': 'Sudan'}
        """
        tokens = self._tokens(text)
        named = {text[tokens.starts[i]:tokens.ends[i]].lower(): self.demonyms[tokens.keys[i]]
                 for i in tokens.positions(self.demonyms.keys())}
        return {word: place for word, code in named.items() if (place := self._country(code)) is not None}

    def _tokens(self, text: str) -> Tokens:
        """``tokenize(text)``, remembered for the last text: the pipeline asks ``find_mentions`` and then
        ``peoples`` of each document, and tokenizing is a fifth of finding its mentions. (Tokens are
        never changed once made.)"""
        last, tokens = self._last_tokens
        if last != text:  # (a different text mostly differs in length: no characters compared)
            tokens = tokenize(text)
            self._last_tokens = text, tokens
        return tokens

    def _country(self, code: str) -> Place | None:
        """The place of the country with this ISO code: the country its capital lies in (the index keeps places by
        id, and a country's id is no code)."""
        capital = self.get(self.capitals.get(code, ""))
        return next((p for p in ancestors(capital, self._hierarchy) if p.kind == "country" and p.country == code),
                    None) if capital is not None else None

    def find_mentions(self, text: str, doc_id: str = "") -> list[Mention]:
        """Every place mention of ``text``, resolved in the document's context, sorted by start.

        Spans too weak to resolve (a foreign hamlet sharing a name with a word) are left out.
        Street names ("Wichita Drive") are mentions with no place: no source holds streets.
        """
        tokens = self._tokens(text)
        lay = layout(text, tokens, self.word_zipf)
        spans, listed = self._listed(self._trimmed(self._with_bare_stems(self._with_kind_written_out(
            self._with_stem_divisions(self._with_divisions_named_after_cities(_with_bracketed_divisions(
                _with_departments(self._spans(text, tokens, lay), tokens, lay), text, tokens)))), tokens, lay),
            text, tokens, lay), text, tokens, lay)
        # Only capitalised chunks ask for place words: a lower-cased text has none (see ``layout``).
        place_words = _place_words(spans, tokens, listed, text) if lay.cased else set()
        surnames = person_surnames(text, tokens, lay, place_words, self.demonyms)
        reasons = [rejection(s, text, tokens, lay, place_words, surnames, self.demonyms) for s in spans]
        if lay.cased:  # a common name's capitalised head may still be a place of its own ("Manchester city centre")
            for n, why in enumerate(reasons):
                head = self._capitalised_head(spans[n], text, tokens, lay) if why == "common word" else None
                if head is not None:
                    spans[n], reasons[n] = head, rejection(head, text, tokens, lay, place_words, surnames,
                                                           self.demonyms)
        if not lay.cased:
            for n in (surnames_after_given_names(spans, tokens, text, self.word_zipf)
                      + names_after_titles(spans, tokens, text, self.word_zipf)
                      + people_by_given_names(spans, tokens, text, self.word_zipf)):
                reasons[n] = reasons[n] or "person"
        for n in storm_names(spans, tokens):
            reasons[n] = reasons[n] or "storm"
        for n in on_credit_lines(spans, text):
            reasons[n] = reasons[n] or "byline"
        reasons = echoed_names(spans, reasons, tokens)
        if lay.cased:
            reasons = words_written_lower(spans, reasons, tokens, lay)
            for n in on_bylines(spans, text):
                reasons[n] = "byline"
            for n, span in enumerate(spans):
                if (lay.initial[span.first] and reasons[n] != "month or weekday"  # most spans start no sentence
                        and dateline(span, text)):
                    reasons[n], span.kinds = "", span.kinds or dateline_kinds(span)
        background = [s for s, why in zip(spans, reasons) if why in BACKGROUND_REASONS]
        spans = [mark_acronym(take_full_stop(s, text), text, lay) for s, why in zip(spans, reasons) if not why]
        # (After recognition: "annapolis" is a name in lower case as Anápolis, Brazil, is big; Annapolis it names.)
        for span in spans:
            span.candidates = _spelled_as_written(span, text, tokens, self.word_zipf)
            span.candidates = self._in_the_town_it_is_part_of(span, tokens)
        spans = [s for s in spans if s.candidates]  # "Toll" is the word: Tool, Texas, only shares its key
        if lay.cased:  # (a lower-cased text's capitals say nothing: ``Gazetteer._refused_in_lower_case`` reads plurals)
            for span in spans:
                span.worded = opens_with_a_word(span, tokens, lay, self.word_zipf)
        demonym_countries = _demonym_countries(spans, tokens, lay, self.demonyms) + _currency_countries(text)
        mentions = []
        for span, resolved in zip(spans, resolve(spans, tokens, text, demonym_countries, self._hierarchy, background,
                                                 self._caveats, lay.cased)):
            if resolved is not None:
                place, confidence = resolved
                mentions.append(Mention(doc_id, text[span.start:span.end], span.start, span.end,
                                        self._with_enclosing(place), confidence))
        if self.capitals and "apital" in text:  # (most texts name no capital)
            mentions = self._with_capitals(mentions, text, tokens, lay, doc_id)
        if lay.cased and ")" in text:  # (most texts define no letters in brackets)
            mentions = _with_defined_letters(mentions, text, doc_id)
        if lay.cased and (" and " in text or " or " in text):  # (most texts join no compass words)
            mentions = self._with_elided_heads(mentions, text, doc_id)
        if ". " in text:  # (only a name right after a full stop and a space is asked: most are not)
            mentions = [self._with_compass_initial(m, text) if text[m.start - 2:m.start] == ". " else m
                        for m in mentions]
        if self.geocoder is not None:  # a few names no source knows, by the rule of gazetteer.online
            mentions = self.geocoder.add_mentions(mentions, text, tokens, lay, doc_id, self.word_zipf, self.demonyms)
        if not lay.cased:
            mentions = self._with_country_letters(mentions, text, tokens, doc_id)
        return _with_streets([self._enclosed(m) for m in mentions], text, lay, doc_id)

    def _enclosed(self, mention: Mention) -> Mention:
        """The mention with its place knowing every place enclosing it but its country (``Place.enclosing``): a reader
        of reports sees a city in its state when the city's parent is its district."""
        place = self._with_enclosing(mention.place)
        return mention if place is mention.place else Mention(mention.doc_id, mention.text, mention.start,
                                                              mention.end, place, mention.score)

    def _with_enclosing(self, place: Place) -> Place:
        """``place`` knowing the places enclosing it (see ``_enclosed``), made once per place met and kept by id
        while the index gives the same object (names recur across documents: ``dataclasses.replace`` per mention
        cost 3% of finding the mentions of cased news); ``place`` itself when it knows them already."""
        known = self._enclosing.get(place.id)
        if known is None or place is not known[0] and place is not known[1]:
            known = self._enclosing[place.id] = place, replace(place, enclosing=enclosing_ids(place, self._hierarchy))
        return known[1]

    def _with_country_letters(self, mentions: list[Mention], text: str, tokens: Tokens,
                              doc_id: str) -> list[Mention]:
        """``mentions`` of a lower-cased text plus a country's two letters after "the" ("the us military",
        "aid from the us"): a common word there ("us", the pronoun), which no span reads, but "the" never
        comes before the pronoun. Only letters a country is called by (the index's "us", "uk")."""
        starts = {m.start for m in mentions}
        found = []
        for i in tokens.positions(THE):
            j = i + 1
            # (written with two letters: a key merges doubled ones, and "the uss carrier" is a ship)
            if j < len(tokens.keys) and tokens.ends[j] - tokens.starts[j] == 2 and tokens.starts[j] not in starts:
                countries = [c.place for c in self._candidates(tokens.keys[j]) if c.place.kind == "country"]
                if len(countries) == 1:
                    start, end = tokens.starts[j], tokens.ends[j]
                    found.append(Mention(doc_id, text[start:end], start, end, countries[0], 1.0))
        return sorted(mentions + found, key=attrgetter("start")) if found else mentions

    def _with_elided_heads(self, mentions: list[Mention], text: str, doc_id: str) -> list[Mention]:
        """``mentions`` with a compass word joined by "and" or "or" to another compass word and its name read
        as sharing that name: "North and South Korea" names North Korea too, "North or South Carolina" North
        Carolina (not the town of North nor a division called North). Where the index holds no such country or
        division ("East and West Champaran", "West and Central African", "Central and South America"), the first
        compass word is no place of its own."""
        by_start = {m.start: m for m in mentions}
        for match in _JOINED_COMPASS.finditer(text):
            reach = max(0, match.start() - _COMPASS_REACH)
            first = _COMPASS_BEFORE.search(text[reach:match.start()])
            if first is None:
                continue
            start, end = reach + first.start(1), reach + first.end(1)
            if any(m.start < start < m.end for m in mentions):
                continue  # the word ends a longer name: "South West and North West" (Cameroon's regions) are two
            after = by_start.get(match.start(1))
            head = after.text[len(match.group(1)):] if after is not None and after.end > match.end(1) else ""
            name = first.group(1) + head
            named = self._own_name_of(name, _SHARED_HEAD_KINDS) if head else None
            mentions = [m for m in mentions if not (m.start < end and start < m.end)]
            if named is not None:
                mentions.append(Mention(doc_id, text[start:end], start, end, named, after.score))
        return sorted(mentions, key=attrgetter("start"))

    def _with_compass_initial(self, mention: Mention, text: str) -> Mention:
        """``mention``, or the country or first-level division a compass point's initial before it names
        when headlines shorten its name so ("N. Korea fires missile" is North Korea, not the Republic
        "Korea" alone names; "S. Africa", "W. Virginia"): the name spelled out is that place's own."""
        word = compass_word_before(text, mention.start)
        if word is None:
            return mention
        name = f"{word} {mention.text}"
        named = self._own_name_of(name, ("country", "admin1"))
        if named is None:
            return mention
        start = mention.start - len("N. ")
        return replace(mention, text=text[start:mention.end], start=start, place=named)

    def _own_name_of(self, name: str, kinds: Collection[str]) -> Place | None:
        """The first place of one of ``kinds`` whose own name (not an alias) is ``name``, spelled out from a compass
        word and a name ("North Korea", "North Carolina"); None when the index holds none."""
        return next((p for p, _ in self.lookup(name) if p.kind in kinds and fold(p.name) == fold(name)), None)

    def _with_capitals(self, mentions: list[Mention], text: str, tokens: Tokens, lay: Layout,
                       doc_id: str) -> list[Mention]:
        """``mentions`` with a mention of the country's capital city for "<country>'s capital" (its
        "capital": the country's name stays a mention of the country, as written) and for "the
        <demonym> capital" ("Haiti's capital", "the Lebanese capital city"), unless the text names the
        city right after ("Kenya's capital Nairobi", "the capital of Harare": that name is the mention)
        or "capital" is the money ("China's capital spending")."""
        by_end = {m.end: n for n, m in enumerate(mentions)}
        starts = {m.start for m in mentions}
        capitals = []
        for i in tokens.positions(frozenset({CAPITAL})):
            last = i + 1 if i + 1 < len(tokens) and tokens.keys[i + 1] == CITY else i
            if not i or _names_it_after(last, tokens, starts):
                continue
            before = i - 1
            n = by_end.get(tokens.ends[before]) if before in tokens.possessives else None
            if n is not None and mentions[n].place is not None and mentions[n].place.kind == "country":
                country, first, start = mentions[n].place.country, bisect_right(tokens.starts, mentions[n].start) - 1, i
                score = mentions[n].score
            elif (tokens.keys[before] in self.demonyms and (lay.capital[before] or not lay.cased)
                  and tokens.starts[before] not in starts):
                country, first, start, score = self.demonyms[tokens.keys[before]], before, before, 1.0
            else:
                continue
            city = self.get(self.capitals.get(country, ""))
            if city is None or _named_before(first, tokens, mentions, by_end, country):
                continue
            span = tokens.starts[start], tokens.ends[last]
            capitals.append(Mention(doc_id, text[span[0]:span[1]], *span, city, score))
        return sorted(mentions + capitals, key=attrgetter("start")) if capitals else mentions

    def _with_stem_divisions(self, spans: list[Span]) -> list[Span]:
        """Spans of names held with a division's kind word ("Western Province") that also name the
        divisions the world index holds without it: GeoNames calls Zambia's province "Western",
        so "Zambia's Western Province" found only Kenya's and Sri Lanka's."""
        for span in spans:
            if " " in span.key:  # (most names are one word)
                stem, _, kind_word = span.key.rpartition(" ")
                if kind_word in STEM_KIND_WORDS:
                    known = {c.place.id for c in span.candidates}
                    span.candidates = span.candidates + [
                        c for c in self._candidates(stem)
                        if c.place.kind in KIND_WORDS[kind_word] and c.place.id not in known]
        return spans

    def _with_divisions_named_after_cities(self, spans: list[Span]) -> list[Span]:
        """Spans asking for a first-level division ("the region of Qaraghandy", "Qaraghandy oblast") that name no
        place of the kind asked but a city the division around it is named after (``named_after_city``) have that
        division for a candidate too: the index spells the division otherwise ("Karagandinskaja oblast'", also
        "Karaganda Region"), and the city's spellings are its aliases only."""
        for span in spans:
            if "admin1" not in span.kinds or any(c.place.kind in span.kinds for c in span.candidates):
                continue  # (most spans)
            known = {c.place.id for c in span.candidates}
            for candidate in [c for c in span.candidates if c.place.kind == "city"]:
                division = next((p for p in ancestors(candidate.place, self._hierarchy) if p.kind == "admin1"), None)
                if division is not None and division.id not in known and named_after_city(division, candidate.place):
                    known.add(division.id)
                    span.candidates.append(Candidate(division, False, False))
        return spans

    def _with_kind_written_out(self, spans: list[Span]) -> list[Span]:
        """Spans of a name held as an alias with its kind word ("Swat district": GeoNames calls the district "Swat",
        also "Swat District") ask for that kind with the place's own name, as "Swat" before the kind word would: the
        alias alone is weaker evidence than its own name and the kind, too weak for a district a sentence names with
        no other place."""
        for span in spans:
            if span.kinds or " " not in span.key:  # (most names are one word)
                continue
            stem, _, kind_word = span.key.rpartition(" ")
            kinds = KIND_WORDS.get(kind_word)
            if not kinds:
                continue
            held = {c.place.id for c in span.candidates if c.place.kind in kinds and not c.primary}
            own = [c for c in self._candidates(stem) if c.primary and c.place.id in held] if held else []
            if own:
                ids = {c.place.id for c in own}
                span.candidates = own + [c for c in span.candidates if c.place.id not in ids]
                span.kinds = kinds
        return spans

    def _with_bare_stems(self, spans: list[Span], tokens: Tokens, lay: Layout) -> list[Span]:
        """Spans with the bare repeats of a name the index holds only with its kind word, once the document has
        written it so anywhere: "across Tonkolili" beside "the Tonkolili district" is the district (GeoNames calls it
        "Tonkolili District", and nothing "Tonkolili"). Not a common word ("Capital District", "Central Region"),
        nor a word written lower case in a cased text. A stem the index holds alone reads itself, unless none of
        its places lies within NEAR_KM of the division: "shelters in Pasco" beside "Pasco County" (Florida) is the
        county, not Pasco, Washington; "Orange" beside "Orange County" (California) stays the county's town."""
        stems: dict[tuple[str, ...], Span] = {}
        held: dict[str, Span] = {}
        for span in spans:
            if span.kinds or " " not in span.key:  # (most names are one word)
                continue
            stem, _, kind_word = span.key.rpartition(" ")
            kinds = KIND_WORDS.get(kind_word)
            if (kinds and any(c.primary and c.place.kind in kinds for c in span.candidates)
                    and max(self.word_zipf.get(w, 0.0) for w in stem.split(" ")) < COMMON_ZIPF):
                if self._holds_key(stem):
                    if kind_word in COUNTY_WORDS:  # (not "Iowa City", "Homs Province": a state's, a city's name)
                        held.setdefault(stem, span)
                else:
                    stems.setdefault(tuple(stem.split(" ")), span)
        if held:
            spans = [self._as_far_division(span, held[span.key]) if span.key in held and not span.kinds else span
                     for span in spans]
        if not stems:  # (most documents write no such name)
            return spans
        covered = {i for s in spans for i in range(s.first, s.last + 1)}
        bare = []
        for first in tokens.positions({stem[0] for stem in stems}):
            for stem, span in stems.items():
                last = first + len(stem) - 1
                if (tuple(tokens.keys[first:last + 1]) == stem and covered.isdisjoint(range(first, last + 1))
                        and (lay.capital[first] or not lay.cased)):
                    bare.append(replace(span, first=first, last=last, start=tokens.starts[first],
                                        end=tokens.ends[last], key=" ".join(stem), name_last=last,
                                        candidates=list(span.candidates)))
        return sorted(spans + bare, key=attrgetter("start")) if bare else spans

    @staticmethod
    def _as_far_division(bare: Span, division: Span) -> Span:
        """The bare repeat of a division's name with its places far from every division of the name swapped for
        those divisions (Hillsborough, New Jersey, for the counties; Hillsborough, New Hampshire, stays beside its own,
        and so do a state or a country of the name)."""
        points = [(c.place.lat, c.place.lon) for c in division.candidates]
        near = [c for c in bare.candidates if c.place.kind != "city" or nearest_km(c.place, points) < NEAR_KM]
        if len(near) == len(bare.candidates):
            return bare
        return replace(bare, candidates=near + list(division.candidates))

    def _listed(self, spans: list[Span], text: str, tokens: Tokens, lay: Layout) -> tuple[list[Span], set[int]]:
        """Spans with the names listed before a plural kind word ("Clay, Grant and Otter Tail
        counties"), and the words of those names.

        Each listed name asks for that kind, holds the places called "<name> <kind>" ("Otter Tail
        County", indexed only so) besides its own, and is no common word ("Grant", "Love"): the
        list says it is a name. In lower-cased text only a name with such a place is one, no generic
        words ("in rural and urban counties", "the northern and central provinces" list none), its
        longest known words ("in clay" -> "clay county").
        """
        found = listed_names(text, tokens, lay)
        if not found:
            return spans, set()
        words: set[int] = set()
        for names, singular in found:
            listed: list[tuple[Span, list[Candidate], bool]] = []
            for a, b in names:
                if any(s.first < a <= s.last or s.first <= b < s.last for s in spans):
                    continue  # a longer name reaches into the list: not one of its names
                own = next((s for s in spans if a <= s.first and s.name_last == b), None)
                first, stem, extra = b + 1, "", []
                for j in range(a, b + 1):  # the longest "<name> <kind>" known ("In Clay" -> "Clay County")
                    stem = " ".join(tokens.keys[i] for i in range(j, b + 1) if i not in tokens.articles)
                    extra = self._candidates(stem + " " + singular)
                    if extra:
                        first = j
                        break
                if not lay.cased and (not extra or GENERIC_WORDS.issuperset(stem.split())):
                    continue  # lower case: only the index's "<name> <kind>" shows a name, not "northern"
                if extra and (own is None or first < own.first):  # "Otter" -> "Otter Tail"
                    candidates = own.candidates if own is not None else []
                    spans = [s for s in spans if not first <= s.first <= b]
                    own = extend_span(Span(first, b, tokens.starts[first], tokens.ends[b], stem, 0.0, candidates),
                                      tokens)
                    spans.append(own)
                if own is None:
                    continue
                known = {c.place.id for c in own.candidates}
                own.candidates = own.candidates + [c for c in extra if c.place.id not in known]
                listed.append((own, extra, first <= own.first))  # (whether "<name> <kind>" holds all its words)
                own.zipf = 0.0  # a listed county or province, not the English word it may also be
                own.listed = True
                words.update(range(own.first, b + 1))
            # Where places are called "<name> <kind>", a list with a name of no first-level division asks
            # for theirs: "Graves, Ohio and Warren counties" are Ohio County, not the state "county" may
            # also mean elsewhere; "Ohio and Indiana counties" are the states' counties.
            divisions_only = all(map(_names_a_division, (own for own, _, _ in listed)))
            # A list with a country in it that no division is named as too ("member states such as France",
            # "the Gulf states of Kuwait and Qatar"; not Georgia) is one of nations: "states" asks for no
            # division of its names.
            nations = any(map(_names_only_a_country, (own for own, _, _ in listed)))
            # Towns listed by names of divisions only are the divisions' towns: "the villages of Ohio and
            # Indiana" are in the states.
            in_divisions = divisions_only and singular in TOWNS_BEFORE_OF.values()
            for own, extra, whole in listed:
                if not nations and not in_divisions and any(c.place.kind in LISTED_KINDS[singular] for c in own.candidates):
                    # (The index may hold only the town a listed district is named after: "the Owando
                    # and Ewo districts". The list says it is a name all the same.)
                    own.kinds = own.kinds or (LISTED_KINDS[singular] if divisions_only
                                              else listed_kinds(extra, LISTED_KINDS[singular]))
                    # Of the places of a kind, those called "<name> <kind>" are the one listed: "the republics
                    # of Tyva and Altai" is the Altai Republic, not Altai Krai, also called "Altai" (not those
                    # called so by the name's last words: "the cities of Sunnyvale and Morgan Hill" is no Hill City;
                    # nor a place of another kind: "Ohio and Indiana counties" are the states').
                    named = {c.place.id: c.place.kind for c in extra if c.place.kind in own.kinds} if whole else {}
                    if named:
                        own.candidates = [c for c in own.candidates
                                          if c.place.id in named or c.place.kind not in named.values()]
        spans.sort(key=attrgetter("first"))
        return spans, words

    def _holds_key(self, key: str) -> bool:
        """Some source names a place ``key``: whether ``_candidates`` would find any, without making them."""
        return any(source.index.key(key) is not None for source in self.sources)

    def _in_the_town_it_is_part_of(self, span: Span, tokens: Tokens) -> list[Candidate]:
        """The candidates of a span naming a part of a town ("the Ridgewood neighborhood of Queens":
        ``town_after_its_part``) that lie in or within ``PART_OF_TOWN_KM`` of a place the index names so; none when
        it names no such place: a neighbourhood of a town the index lacks is none of its namesakes elsewhere."""
        keys = town_after_its_part(span, tokens)
        if not keys:
            return span.candidates
        towns = next((found for key in keys if (found := self._candidates(key))), [])
        points = [(t.place.lat, t.place.lon) for t in towns]
        ids = {t.place.id for t in towns}
        return [c for c in span.candidates if nearest_km(c.place, points, PART_OF_TOWN_KM) < PART_OF_TOWN_KM
                or not ids.isdisjoint(enclosing_ids(c.place, self._hierarchy))]

    def _candidates(self, key: str) -> list[Candidate]:
        merged: dict[str, Candidate] = {}
        for source in self.sources:
            for place, primary in source.index.candidates(key):
                merged.setdefault(place.id, Candidate(place, primary, source.preferred))
        return list(read_as_named(key, tuple(merged.values())))

    def _spans(self, text: str, tokens: Tokens, lay: Layout) -> list[Span]:
        """Longest non-overlapping key matches over all sources, extended (articles, kind words).

        Matches that ``rejection`` would refuse on their words alone (no capital in a cased
        text, a very common word in a lower-cased one) are dropped here, before their
        candidates are gathered: most words of a text are the name of some hamlet.
        """
        # This runs over every word of every text: C-level maps over the token columns, with
        # operator functions, not bound methods of ints (slot wrappers, slower to call). Articles
        # are left out of keys ("emitted": the tokens keyed).
        if tokens.articles:
            emitted = [i for i in range(len(tokens)) if i not in tokens.articles]
            keys = list(map(tokens.keys.__getitem__, emitted))
            capital = list(map(lay.capital.__getitem__, emitted)) if lay.cased else []
        else:  # most texts: every token is keyed
            emitted, keys, capital = range(len(tokens)), tokens.keys, lay.capital if lay.cased else []
        # Key e starts at positions[e] of the keyed text and ends one character before positions[e + 1].
        positions = list(accumulate(map(add, map(len, keys), repeat(1)), initial=1))
        keyed = " " + " ".join(keys) + " "
        capital_ends = set(map(sub, compress(positions[1:], capital), repeat(1)))
        # Keyed by (first - last, first) of the key positions: sorted at C level, the longest first, then
        # the leftmost (a key function is a Python call per match).
        found: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for s, source in enumerate(self.sources):
            needed = self._needed[s]
            # (The text's vocabulary holds its articles' keys too: at worst a scan that finds nothing.)
            if needed is not None and needed.isdisjoint(tokens.vocabulary):
                continue  # (most texts: a scan reads every character, this test each distinct word at C level)
            matches = source.index.scan(keyed)
            phrases: list[tuple[int, int]] = []
            if lay.cased:
                matches = _capitalised(matches, source.index, capital_ends)
            else:
                matches, phrases = _not_common(matches, source.index)
            for (end, key_id), phrase in chain(zip(matches, repeat(False)), zip(phrases, repeat(True))):
                start = source.index.key_start(end, key_id)
                a, b = bisect_left(positions, start), bisect_left(positions, end + 1) - 1
                if positions[a] != start or positions[b + 1] != end + 1:
                    continue
                if lay.cased and not (capital[a] or a != b and any(capital[a:b + 1])):
                    continue
                hits = found.setdefault((a - b, a), [])
                if not phrase:
                    hits.append((s, key_id))
        taken: set[int] = set()
        spans = []
        for minus_width, a in sorted(found):
            b = a - minus_width
            words = keys[a:b + 1]
            if not taken.isdisjoint(range(a, b + 1)) or SEPARATOR in words:
                continue
            taken.update(range(a, b + 1))
            if not found[(minus_width, a)]:
                continue  # a common phrase of several words: no name inside it is read instead ("new london")
            key, hits = " ".join(words), tuple(found[(minus_width, a)])
            first, last = emitted[a], emitted[b]
            zipf, candidates = self._merged(hits)  # (before extending: a place's own name keeps its "city")
            span = extend_span(Span(first, last, tokens.starts[first], tokens.ends[last], key, 0.0, list(candidates)),
                               tokens, lay.capital if lay.cased else ())
            if camp_named_after_a_country(span, tokens) or numbered_camp_the_table_lacks(span, tokens):
                continue  # its words stay taken: "Uganda camp" in Darfur is no mention of Uganda
            if not lay.cased and self._refused_in_lower_case(key, hits, asked_kinds(span)):
                # A name too ambiguous alone is a place where the words around it place it ("in grantville").
                span.placed = placed_by_its_words(span, zipf, tokens, text, partial(self._division_at, tokens))
                if not span.placed or self._refused_in_lower_case(key, hits, asked_kinds(span), placed=True):
                    continue  # its words stay taken: no shorter name inside it is read instead
            span.zipf = _zipf_as_written(zipf, span, text, tokens, self.word_zipf)
            spans.append(span)
        spans.sort(key=attrgetter("first"))
        # A kind word another name took in is that name's: the name after its "of" is where the place lies, and asks
        # for no kind ("the Tillaberi region of Niger" is in the country, no Niger State; not "the province of Cebu").
        owned = {s.last for s in spans if s.first < s.last and tokens.keys[s.last] in KIND_WORDS}  # (not "State")
        for span in spans if owned else ():
            if span.kinds and kind_word_before_of(span.first, tokens) in owned:
                span.kinds = frozenset()
        # A word a longer mention took in is no name of its own: "East" of "Kapoeta East" (``extend_span``).
        ends = list(accumulate((s.last for s in spans), max, initial=-1))
        return [s for s, end in zip(spans, ends) if s.first > end]

    def _trimmed(self, spans: list[Span], text: str, tokens: Tokens, lay: Layout) -> list[Span]:
        """Spans of a cased text without an outer word the writing gives to something else: a word
        written in lower case before a name whose place capitalises it ("north Arlington" and
        "central Asia" are parts of Arlington and Asia, not North Arlington, New Jersey, nor the
        region Central Asia; "the city of Richmond" is Richmond; "northern Syria", written so in the
        curated table, keeps it, as does "south Sudan", a country's name: ``_lower_case_start_dropped``),
        and "City" before an institution's word ("Dublin City Council": ``_span_before_city``)."""
        if not lay.cased:
            return spans
        out = []
        for span in spans:
            if (span.name_last > span.first and not lay.capital[span.first] and tokens.starts[span.first] == span.start
                    and tokens.keys[span.first] not in LOWER_CASE_NAME_STARTS):
                shorter = self._lower_case_start_dropped(span, text, tokens, lay)
                if shorter is not None:
                    out.append(shorter)
                    continue
            if tokens.keys[span.name_last] in INSTITUTION_KIND_WORDS and span.name_last > span.first:
                shorter = self._span_before_city(span, tokens, lay) or self._big_city_before_city(span, text, tokens, lay)
                if shorter is not None:
                    out.append(shorter)
                    continue
            out.append(span)
        return out

    def _span_before_city(self, span: Span, tokens: Tokens, lay: Layout) -> Span | None:
        """A name held with "City" only as an alias or a division's name ("Dublin City", "Tbilisi
        City") starts an institution of the city when a capitalised word follows ("Dublin City
        Council", "Tbilisi City Court"): the mention is the city's name ("Dublin"), as in "Dublin
        Police"; its places are those called "X City". Not when a city's own name ends so
        ("Kansas City Council")."""
        if own_city_name(span):
            return None  # "Kansas City Council": the city's own name, not "Gaza" with "City" (``named_with_city``)
        after = span.name_last + 1
        if after >= len(tokens) or not lay.capital[after] or tokens.keys[after] == SEPARATOR:
            return None
        rest = [i for i in range(span.first, span.name_last) if i not in tokens.articles]
        if not rest:
            return None
        # The name and its places stay those of "X City" (the city of Alexandria, Virginia): only the
        # words of the mention change.
        shorter = Span(rest[0], rest[-1], tokens.starts[rest[0]], tokens.ends[rest[-1]], span.key, span.zipf,
                       list(span.candidates))
        return extend_span(shorter, tokens, lay.capital)

    def _big_city_before_city(self, span: Span, text: str, tokens: Tokens, lay: Layout) -> Span | None:
        """A name ending in "city" written in lower case whose words before it are a big town's own name is that town
        and its kind word: "Dallas city officials" are Dallas's (Texas), not Dallas City, Illinois'; "Kansas city"
        and "Mexico city" stay whole (no big town is called "Kansas" or "Mexico")."""
        if lay.capital[span.name_last] or tokens.keys[span.name_last] != "city":
            return None
        head = self._read_alone(span.first, span.name_last - 1, text, tokens, lay)
        big = head is not None and any(c.primary and c.place.kind == "city" and c.place.population >= BIG_TOWN
                                       for c in head.candidates)
        return head if big else None

    def _lower_case_start_dropped(self, span: Span, text: str, tokens: Tokens, lay: Layout) -> Span | None:
        written = text[span.start:tokens.ends[span.name_last]]
        if any(c.place.name == written or written in c.place.aliases for c in span.candidates):
            return None
        if tokens.keys[span.first] in BEARINGS and any(
                c.place.kind == "country" and c.place.name.casefold() == written.casefold() for c in span.candidates):
            return None  # a country named with its compass point, however written: "south Sudan" is South Sudan
        # The name from its first capitalised word: "Arlington" of "north Arlington", "Richmond" of
        # "city of Richmond".
        start = next((i for i in range(span.first + 1, span.name_last + 1) if lay.capital[i]), None)
        if start is None:
            return None
        return self._read_alone(start, span.name_last, text, tokens, lay)

    def _capitalised_head(self, span: Span, text: str, tokens: Tokens, lay: Layout) -> Span | None:
        """The capitalised first words of a cased name whose later words are written in lower case, read alone, for
        a name refused as a common word: "Manchester city centre" is GeoNames' small Manchester City Centre, too
        common a name for so small a place, and its "Manchester" is the city; None when the name has no such words."""
        if span.name_last <= span.first:  # (most common words: one word is all head or none)
            return None
        words = [i for i in range(span.first, span.name_last + 1) if i not in tokens.articles]
        head = list(takewhile(lay.capital.__getitem__, words))
        if not head or len(head) == len(words):
            return None
        return self._read_alone(head[0], head[-1], text, tokens, lay)

    def _read_alone(self, first: int, last: int, text: str, tokens: Tokens, lay: Layout) -> Span | None:
        """The span of the words ``first`` to ``last`` as a name of their own, None when no source holds it."""
        key = " ".join(tokens.keys[i] for i in range(first, last + 1) if i not in tokens.articles)
        hits = tuple((s, info.id) for s, source in enumerate(self.sources) if (info := source.index.key(key)))
        if not hits:
            return None
        zipf, candidates = self._merged(hits)
        shorter = extend_span(Span(first, last, tokens.starts[first], tokens.ends[last], key, zipf, list(candidates)),
                              tokens, lay.capital)
        shorter.zipf = _zipf_as_written(zipf, shorter, text, tokens, self.word_zipf)
        return shorter

    def _division_at(self, tokens: Tokens, i: int) -> bool:
        """The words from token ``i`` on (one to three) name a first-level division or a country in
        some source, and are no common word in lower case: "ohio", "w va" (of "w.va."), "new south
        wales"; not "in" (IN, Indiana's code) nor "mary" (a province of Turkmenistan)."""
        for n in (3, 2, 1):
            words = tokens.keys[i:i + n]
            if len(words) < n or SEPARATOR in words:
                continue
            key = " ".join(words)
            for source in self.sources:
                info = source.index.key(key)
                if info is not None and source.index.lower_case_names[info.id] and any(
                        kind in ("admin1", "country") for kind, _, _ in source.index.key_places(info.id)):
                    return True
        return False

    def _refused_in_lower_case(self, key: str, hits: tuple[tuple[int, int], ...], kinds: frozenset[str],
                               placed: bool = False) -> bool:
        """A name of a lower-cased text that ``rejection`` refuses wherever it stands (half the names
        found there: hamlets named like rare words), told from the index columns before its places
        are made; remembered across documents (with the kinds its wording asks for, and whether the
        words around it place it: ``placed_by_its_words``)."""
        refused = self._refused.get((hits, kinds, placed))
        if refused is None:
            if len(hits) == 1:
                s, key_id = hits[0]
                source = self.sources[s]
                zipf = source.index.key_zipf[key_id] / 10
                ids = (source.index.ids[row] for row, _ in source.index.postings_of(key_id))
                places = self._vouching(ids, zipf, [(source.preferred, kind, population, primary)
                                                    for kind, population, primary in source.index.key_places(key_id)])
            else:  # a name several sources hold: their places merged, as a span's candidates are
                zipf, candidates = self._merged(hits)
                places = self._vouching((c.place.id for c in candidates), zipf,
                                        [(c.preferred, c.place.kind, c.place.population, c.primary) for c in candidates])
            # The plural of a common word is as common ("rivers" beside "texas": no Rivers State of Nigeria),
            # unless it names a big town, a country or a hand-made table's place ("queens", "the americas"):
            # a word, however known the division it also names, unless the wording asks for its kind.
            plural = 0.0 if any(preferred or kind in ("country", "continent") or population >= BIG_TOWN
                                for preferred, kind, population, _ in places) else plural_of(key, self.word_zipf)
            refused = self._refused[(hits, kinds, placed)] = (
                plural >= COMMON_ZIPF and not any(kind in kinds for _, kind, _, _ in places)
                or refused_in_lower_case(key, max(zipf, plural), kinds, places, placed=placed))
        return refused

    def _vouching(self, place_ids: Iterable[str], zipf: float,
                  places: list[tuple[bool, str, int, bool]]) -> list[tuple[bool, str, int, bool]]:
        """(from a hand-made table, kind, population, named by its own name) of places, as far as they vouch
        for their name in a lower-cased text (see ``recognize.lower_case_reason``). A hand-made table's place
        with a caveat (its name is first something else: ``csvsource.CAVEATS``) under a key that is an
        English word vouches only by its kind: a lower-cased text cannot show the word capitalised
        ("flushing the pipes" is no Flushing of Queens), so a town or a district of it counts only where
        the words around it place it ("in flushing": ``placed_by_its_words``); a region or a division
        stays a name there ("java" beside "indonesia"), as the world index's are. ``place_ids`` are read only
        for a key that is a word (few are)."""
        if zipf < NO_WORD_ZIPF:
            return places
        return [place if place_id not in self._caveats else (False, place[1], 0, place[3])
                for place_id, place in zip(place_ids, places)]

    def _merged(self, hits: tuple[tuple[int, int], ...]) -> tuple[float, tuple[Candidate, ...]]:
        """Commonness and candidates of a name found as (source, key id) ``hits``, first source
        first. Kept across documents: a name of hundreds of places ("Washington") is met again
        and again, and gathering its candidates costs more than finding it."""
        merged = self._hits.get(hits)
        if merged is None:
            candidates: dict[str, Candidate] = {}
            zipf = 0.0
            for s, key_id in hits:
                source = self.sources[s]
                zipf = max(zipf, source.index.key_zipf[key_id] / 10)
                index, own_divisions = source.index, self._own_divisions[s]
                for i, primary in index.postings_of(key_id):
                    place = index.place(i)
                    if place.id not in candidates:  # with its division: worked out once, not per document
                        division = index.division(i) if own_divisions else None
                        candidates[place.id] = Candidate(place, primary, source.preferred, division if division
                                                         is not None else division_of(place, self._hierarchy))
            key = self.sources[hits[0][0]].index.keys[hits[0][1]]
            merged = self._hits[hits] = (zipf, read_as_named(key, tuple(candidates.values())))
        return merged


#: Letters in brackets after a name, and maybe its kind word: "Khyber Pakhtunkhwa (KP)", "Khyber Pakhtunkhwa province (KP)".
_DEFINED_LETTERS = re.compile(r"(?:[ \t]+[a-z]+)?[ \t]*\(([A-Z]{2,4})\)")
#: The first capital of each word of a name, a hyphen's part too ("Gilgit-Baltistan": G, B).
_INITIALS = re.compile(r"(?<![\w'’])[A-Z]")


def _with_defined_letters(mentions: list[Mention], text: str, doc_id: str) -> list[Mention]:
    """``mentions`` with the letters a cased text defines in brackets after a place's name, there and wherever they
    stand alone later, as mentions of that place ("Khyber Pakhtunkhwa (KP) ... rain in KP", as GeoVirus marks "the
    Democratic Republic of the Congo (DRC)" and its later "DRC"): letters no rule reads alone ("KP", "DF") name
    the place once the text has spelled them out. Only the initials of the name's words: not a wire's credit after
    a dateline ("CINCINNATI (AP)"), nor a body's letters after its place ("Georgia (DMUG)").

    >>> from gazetteer.model import Place
    >>> kp = Place("t:kp", "Khyber Pakhtunkhwa", 34.0, 71.5, "admin1", "PK")
    >>> text = "Rain hit Khyber Pakhtunkhwa (KP) and Swat. In KP, roads closed; KPK did not."
    >>> [(m.text, m.start) for m in _with_defined_letters([Mention("", "Khyber Pakhtunkhwa", 9, 27, kp, 1.0)], text, "")]
    [('Khyber Pakhtunkhwa', 9), ('KP', 29), ('KP', 46)]
    """
    found = []
    for mention in mentions:
        match = _DEFINED_LETTERS.match(text, mention.end)
        if match is None or mention.place is None or match.group(1) != "".join(_INITIALS.findall(mention.text)):
            continue
        taken = {m.start for m in chain(mentions, found)}
        for use in re.compile(rf"(?<![\w.-]){match.group(1)}(?![\w-])").finditer(text, match.start(1)):
            start, end = use.span()
            if start not in taken:
                found.append(Mention(doc_id, text[start:end], start, end, mention.place, mention.score))
    return sorted(mentions + found, key=attrgetter("start")) if found else mentions


def _with_bracketed_divisions(spans: list[Span], text: str, tokens: Tokens) -> list[Span]:
    """Spans of a name in brackets after a list of districts asking for the first-level division holding them
    (``recognize.bracketed_division``)."""
    if "(" not in text:
        return spans  # (many texts: no bracket, which each such name stands in)
    for span in spans:
        if bracketed_division(span, text, tokens):
            span.kinds = FIRST_LEVEL
    return spans


def _with_departments(spans: list[Span], tokens: Tokens, lay: Layout) -> list[Span]:
    """Spans of names a department word makes a division of a country whose divisions are departments
    (``recognize.department_word``) asking for a division, with the word when it is written capitalised
    after the name, as a kind word is ("the Var Department", "the department of Cochabamba")."""
    if DEPARTMENT not in tokens.keys:
        return spans  # (most texts: no department word, which each reading needs)
    capital = lay.capital if lay.cased else ()
    for span in spans:
        word = department_word(span, tokens, capital)
        if word is None:
            continue
        span.kinds = DIVISION_KINDS
        if word > span.last:
            span.name_last = span.name_last if span.name_last >= 0 else span.last
            span.last = word
            if not capital or capital[word]:
                span.end = tokens.ends[word]
    return spans


#: Compass points by the initial headlines shorten them to ("N. Korea", "S. Africa").
COMPASS_INITIALS = {"n": "North", "s": "South", "e": "East", "w": "West"}


def compass_word_before(text: str, start: int) -> str | None:
    """The compass point whose initial and full stop stand right before ``start`` as a word of their own
    (not the end of "U.S." nor of a word).

    >>> compass_word_before("N. Korea", 3), compass_word_before("fired at S. Korea", 12)
    ('North', 'South')
    >>> compass_word_before("the U.S. Korea policy", 9), compass_word_before("Korea", 0), compass_word_before("Mrs. Korea", 5)
    (None, None, None)
    """
    i = start - len("N. ")
    if i < 0 or text[i + 1:start] != ". " or text[i].lower() not in COMPASS_INITIALS:
        return None
    if i > 0 and (text[i - 1].isalnum() or text[i - 1] == "."):
        return None
    return COMPASS_INITIALS[text[i].lower()]


def _zipf_as_written(zipf: float, span: Span, text: str, tokens: Tokens, word_zipf: Mapping[str, float]) -> float:
    """How common ``span``'s name is as English: its key's ``zipf``, or less where the text spells a
    word of it with doubled letters the key merges into a word of ``word_zipf`` ("Somme", key "some"),
    as one of its places is spelled ("Carr" for a hamlet "Car" keeps the word's commonness). In
    tenths, as the index keeps a key's: rounding alone makes no name rarer than its key."""
    first = span.first
    if first == span.name_last:  # (most names: one word, spelled with no doubled letter: no list made)
        if first in tokens.articles or not _doubles_a_letter(text[tokens.starts[first]:tokens.ends[first]]):
            return zipf
        words = [text[tokens.starts[first]:tokens.ends[first]]]
    else:
        words = [text[tokens.starts[i]:tokens.ends[i]] for i in range(first, span.name_last + 1)
                 if i not in tokens.articles]
    doubled = list(filter(_doubles_a_letter, words))  # (a C-level filter: nearly every name has none)
    merged = [w for w in doubled if fold(w) in word_zipf] if doubled else []
    if not merged:
        return zipf  # (nearly every name)
    written = round(written_zipf(merged, word_zipf) * 10) / 10
    if written >= zipf:
        return zipf
    spelling = " ".join(map(spelled, words))
    return written if any(spelling_of(name) == spelling for c in span.candidates
                          for name in (c.place.name, *c.place.aliases)) else zipf


def _spelled_as_written(span: Span, text: str, tokens: Tokens, word_zipf: Mapping[str, float]) -> list[Candidate]:
    """``span``'s candidates, but where its one word is an English word as spelled with a doubled letter ("Toll",
    "Room", "Kennedy"), only those with a word of their names spelled so: the key merges doubled letters, and a
    writer spelling a word is not misspelling the town whose name shares its key (Tool, Rome, Kenedy). A word no
    dictionary holds so spelled ("Aaden", "Minn") stays a spelling of each.

    >>> from gazetteer.model import Place
    >>> from gazetteer.recognize import Span
    >>> places = [Candidate(Place(name, name, 0, 0, "city", "US"), True, False) for name in ("Tool", "Toll")]
    >>> span, tokens = Span(1, 1, 6, 10, "tol", 0.0, places, name_last=1), tokenize("Death Toll")
    >>> [c.place.name for c in _spelled_as_written(span, "Death Toll", tokens, {"toll": 4.1})]
    ['Toll']
    >>> len(_spelled_as_written(span, "Death Toll", tokens, {}))
    2
    """
    first = span.first
    if first != span.name_last or first in tokens.articles:  # (most names: one word, with no doubled letter)
        return span.candidates
    word = text[tokens.starts[first]:tokens.ends[first]]
    if not _doubles_a_letter(word) or (spelling := spelled(word)) not in word_zipf:
        return span.candidates
    return [c for c in span.candidates
            if any(spelling in spelling_of(name).split(" ") for name in (c.place.name, *c.place.aliases))]


@lru_cache(maxsize=1 << 16)
def _doubles_a_letter(word: str) -> bool:
    """Whether ``word`` spells a letter twice that its key merges ("Somme"); once per word, as names recur: folding
    every word of every span twice cost 4% of find_mentions."""
    return spelled(word) != fold(word)


def plural_of(key: str, word_zipf: Mapping[str, float]) -> float:
    """How common the English word a one-word key is the plural of is (its zipf), 0.0 for none.

    >>> plural_of("rivers", {"river": 5.0}), plural_of("texas", {"river": 5.0}), plural_of("las vegas", {"la vega": 5})
    (5.0, 0.0, 0.0)
    """
    return word_zipf.get(key[:-1], 0.0) if key.endswith("s") and " " not in key else 0.0


def opens_with_a_word(span: Span, tokens: Tokens, lay: Layout, word_zipf: Mapping[str, float]) -> bool:
    """The span is one word opening a sentence, with no kind word, before a lower-case word (its verb: "Rivers
    burst their banks"), and the plural of a common English word (COMMON_ZIPF, ``plural_of``) or a common word
    itself, as spelled (OPENING_NOUN_ZIPF: "Ash from the volcano fell"): its capital may be the sentence's. (A name
    as common as a word only for the place it is, a division or a country's, "Ohio", starts sentences as itself.)"""
    after = span.last + 1
    return (span.first == span.last and lay.initial[span.first] and after < len(tokens.keys)
            and tokens.keys[after] != SEPARATOR and not lay.capital[after] and tokens.keys[after] not in KIND_WORDS
            and (plural_of(span.key, word_zipf) >= COMMON_ZIPF
                 or span.zipf >= OPENING_NOUN_ZIPF and not _names_a_division(span)))


def _names_a_division(span: Span) -> bool:
    """The span is the own name of a first-level division or a country ("Ohio", not "Ohio County")."""
    return any(c.primary and c.place.kind in ("admin1", "country") for c in span.candidates)


def _names_only_a_country(span: Span) -> bool:
    """The span is the own name of a country and of no first-level division ("France", not "Georgia")."""
    own = {c.place.kind for c in span.candidates if c.primary}
    return "country" in own and "admin1" not in own


def listed_kinds(named_with_kind: Sequence[Candidate], kinds: frozenset[str]) -> frozenset[str]:
    """The kinds a list's plural kind word asks for: those of the places named with the kind word
    (``named_with_kind``, "Ohio County") when there are any, else all it may mean (``kinds``).

    >>> from gazetteer.model import Place
    >>> county = Candidate(Place("t:oc", "Ohio County", 37.46, -86.81, "admin2", "US"), True, False)
    >>> sorted(listed_kinds([county], frozenset({"admin1", "admin2"})))
    ['admin2']
    >>> sorted(listed_kinds([], frozenset({"admin1", "admin2"})))
    ['admin1', 'admin2']
    """
    return frozenset(c.place.kind for c in named_with_kind) & kinds or kinds


def read_as_named(key: str, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a name as the name reads them: own names told from aliases (``named_without_kind_word``,
    ``named_with_city``, ``outspelled``), small towns an alias of a big one's name leaves out (``known_by_own_name``)."""
    return known_by_own_name(key, outspelled(key, named_with_city(key, named_without_kind_word(key, candidates))))


def known_by_own_name(key: str, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` without the towns called ``key`` only by an alternate name that are smaller than a town
    of BIG_TOWN people whose own name it is: a big town is known by its name, and an old or foreign
    spelling of a smaller one does not compete with it ("Pittsburgh" is the city in Pennsylvania, not
    Pittsburg, California, which GeoNames also calls "Pittsburgh"). Hand-made tables' spellings are meant.
    A town of another country whose own name ends with ``key`` stays: it is that town's short name, and
    the story's country decides ("Orán" is Algeria's Oran, or in Argentina San Ramón de la Nueva Orán);
    so does a town of BIG_TOWN people of another country, known abroad by that name too ("Jalalabad" is
    Afghanistan's, or Kyrgyzstan's Jalal-Abad, which GeoNames names Manas).

    >>> big = Candidate(Place("t:1", "Pittsburgh", 40.4, -80.0, "city", "US", population=300_000), True, False)
    >>> alias = Candidate(Place("t:2", "Pittsburg", 38.0, -121.9, "city", "US", population=70_000), False, False)
    >>> [c.place.id for c in known_by_own_name("pittsburgh", (alias, big))]
    ['t:1']
    >>> oran = Candidate(Place("t:3", "Oran", 35.7, -0.6, "city", "DZ", population=800_000), True, False)
    >>> short = Candidate(Place("t:4", "San Ramón de la Nueva Orán", -23.1, -64.3, "city", "AR", population=87_000),
    ...                   False, False)
    >>> [c.place.id for c in known_by_own_name("oran", (oran, short))]
    ['t:3', 't:4']
    >>> manas = Candidate(Place("t:5", "Manas", 40.9, 73.0, "city", "KG", population=123_000), False, False)
    >>> jalalabad = Candidate(Place("t:6", "Jalalabad", 34.4, 70.5, "city", "AF", population=270_000), True, False)
    >>> [c.place.id for c in known_by_own_name("jalalabad", (jalalabad, manas))]
    ['t:6', 't:5']
    """
    big = [c.place for c in candidates if c.primary and c.place.kind == "city" and c.place.population >= BIG_TOWN]
    if not big:
        return candidates
    biggest, countries = max(p.population for p in big), {p.country for p in big}
    return tuple(c for c in candidates
                 if c.primary or c.preferred or c.place.kind != "city" or c.place.population >= biggest
                 or c.place.country not in countries and (name_key(c.place.name).endswith(f" {key}")
                                                          or c.place.population >= BIG_TOWN))


def named_with_city(key: str, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` with a city named ``key`` by its own name and the word "City" marked ``primary``:
    "Gaza City", an alternate name of GeoNames' Gaza, is its own name as "Kuwait City" is Kuwait's
    capital's; an alias alone would leave a city of 410,000 under a span's floor.

    >>> gaza = Place("t:1", "Gaza", 31.5, 34.47, "city", "PS", population=410_000, aliases=("Gaza City",))
    >>> [c.primary for c in named_with_city("gaza city", (Candidate(gaza, False, False),))]
    [True]
    >>> [c.primary for c in named_with_city("gaza", (Candidate(gaza, False, False),))]
    [False]
    """
    if not key.endswith(" city"):  # (most names)
        return candidates
    own = key[:-len(" city")]
    return tuple(replace(c, primary=True) if not c.primary and c.place.kind == "city" and name_key(c.place.name) == own
                 else c for c in candidates)


def named_without_kind_word(key: str, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` with a second-level division marked ``primary`` when it is the only place called ``key``
    and ``key`` is its own name less the kind word GeoNames writes after it ("North Wazīristān District",
    "Bājaur Agency", "Gangnam-gu"): news names it so, and an alias alone leaves a division under a span's
    floor wherever the story names nothing else of its country. Not a name of generic words only ("Central
    District"), nor one another place shares: "Washington" stays the state's, whatever county is called so.

    >>> agency = Place("t:1", "Bājaur Agency", 34.7, 71.5, "admin2", "PK", aliases=("Bajaur",))
    >>> [c.primary for c in named_without_kind_word("bajaur", (Candidate(agency, False, False),))]
    [True]
    >>> central = Place("t:2", "Central District", 31.9, 34.8, "admin2", "IL", aliases=("Central",))
    >>> [c.primary for c in named_without_kind_word("central", (Candidate(central, False, False),))]
    [False]
    >>> town = Place("t:3", "Bajaur", 30.0, 70.0, "city", "PK")
    >>> [c.primary for c in named_without_kind_word("bajaur", (Candidate(agency, False, False),
    ...                                                          Candidate(town, True, False)))]
    [False, True]
    """
    if len(candidates) != 1:  # (most names: several places, or none)
        return candidates
    division = candidates[0]
    if (division.primary or division.preferred or division.place.kind != "admin2"
            or GENERIC_WORDS.issuperset(key.split())):
        return candidates
    own = name_key(division.place.name)
    kind_word_after = own.startswith(key + " ") and " " not in own[len(key) + 1:]  # "bajaur agency"
    return (replace(division, primary=True),) if kind_word_after else candidates


def outspelled(key: str, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` with those named ``key`` by an alias of another name marked ``by_other_name``
    when ``key`` is, among the others, an alias spelling a place's own name another way: the text
    names that place ("Tendelti" is Tandaltī, not El Fasher, to which GeoNames also gives the name).
    Raising the spelled place instead would lift villages over the floor of a span's score.

    >>> tandalti = Place("t:1", "Tandaltī", 13.0, 31.9, "city", "SD", population=31_000)
    >>> fasher = Place("t:2", "El Fasher", 13.6, 25.3, "city", "SD", population=250_000)
    >>> both = (Candidate(tandalti, False, False), Candidate(fasher, False, False))
    >>> [c.by_other_name for c in outspelled("tendelti", both)]
    [False, True]
    >>> [c.by_other_name for c in outspelled("tendelti", (Candidate(fasher, False, False),))]
    [False]
    """
    spelled = [not c.primary and own_spelling(key, c.place) for c in candidates]
    if not any(spelled):
        return candidates
    return tuple(replace(c, by_other_name=True) if not (c.primary or own) else c
                 for c, own in zip(candidates, spelled))


def own_spelling(key: str, place: Place) -> bool:
    """``key`` spells the place's own name, maybe another way ("tendelti", "Tandaltī"; see
    ``spelling_skeleton``).

    >>> own_spelling("tendelti", Place("t:1", "Tandaltī", 13.0, 31.9, "city", "SD"))
    True
    """
    return spelling_skeleton(key) == spelling_skeleton(name_key(place.name))


def _needed_words(index: PlaceIndex, word_zipf: Mapping[str, float]) -> frozenset[str]:
    """The rarest word of each key of ``index``: a key matches only the whole words of a text, so a
    text holds one of these wherever any key matches, and a text with none needs no scan. The
    rarest, not the first: "a" and "east" start keys of the curated table, and most texts have them.

    >>> index = Source.from_places("t", [Place("t:1", "East Ghouta", 33.5, 36.4, "region", "SY")]).index
    >>> sorted(_needed_words(index, {"east": 5.6}))
    ['ghuta']
    """
    return frozenset(min(index.keys[k].split(" "), key=lambda word: (word_zipf.get(word, 0.0), word))
                     for k in range(len(index.keys)))


def _capitalised(matches: list[tuple[int, int]], index: PlaceIndex, capital_ends: set[int]) -> list[tuple[int, int]]:
    """Matches of a cased text that may name a place: one-word keys written with a capital (a
    name of several words is checked word by word later). Most matches are lower-case words."""
    key_tokens = index.key_tokens
    return [m for m in matches if m[0] in capital_ends or key_tokens[m[1]] > 1]


#: First words of names that make a name of the place name after them: "new london" is no London.
NAME_FIRSTS = FEATURE_FIRSTS | {name_key("new")}


def _not_common(matches: list[tuple[int, int]],
                index: PlaceIndex) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Matches of a lower-cased text that may name a place: "us", "may", "reading" are words first
    there (see ``rejection``). Filtered on the key's commonness, worked out in the index, before
    anything else: most matches of a text are common words that some hamlet is named after. Second,
    the common keys of several words whose first word makes names (``NAME_FIRSTS``: "new london",
    "mount washington"): whether the town or a phrase, no place a word inside them names alone is meant.

    >>> index = Source.from_places("t", [Place("t:1", "New London", 41.4, -72.1, "city", "US")],
    ...                            word_zipf={"new": 6.0, "london": 5.3}).index
    >>> _not_common(index.scan(" new london "), index)[1] == index.scan(" new london ")
    True
    """
    named = [index.lower_case_names[key_id] for _, key_id in matches]  # a name even in lower case
    return (list(compress(matches, named)),
            [(end, key_id) for (end, key_id), name in zip(matches, named)
             if not name and index.key_tokens[key_id] > 1 and index.keys[key_id].split(" ", 1)[0] in NAME_FIRSTS])


def _place_words(spans: Sequence[Span], tokens: Tokens, listed: set[int], text: str) -> set[int]:
    """Words of names that can stand next to another name in one capitalised chunk ("Aleppo
    Governorate", "Syria's Homs"); two plain names side by side are a person ("Leroy Wright"), and so is
    a region's name after another name when only its key matches (``_spelled_unlike_after_a_name``)."""
    words = {i for s in spans if _is_region(s) and not _spelled_unlike_after_a_name(s, tokens, text)
             for i in range(s.first, s.last + 1)}
    return words | _joined_places(spans, tokens) | listed


def _spelled_unlike_after_a_name(span: Span, tokens: Tokens, text: str) -> bool:
    """A one-word name right after another capitalised word, written as none of its regions is (only
    its key matches): "Geddo" of "Bruno Geddo" is a surname, not Somalia's Gedo region; a region written
    as it is stays a place word after a name ("Austin Texas")."""
    before = span.first - 1
    if span.first != span.last or before < 0 or tokens.keys[before] == SEPARATOR or not text[tokens.starts[before]].isupper():
        return False
    written = spelled(text[tokens.starts[span.first]:tokens.ends[span.last]])  # (``fold`` drops doubled letters)
    return not any(spelled(name) == written for c in span.candidates if c.place.kind in _REGION_KINDS
                   for name in (c.place.name, *c.place.aliases))


def _joined_places(spans: Sequence[Span], tokens: Tokens) -> set[int]:
    """Words of two names side by side that are two places, not one long name nor a person:

    - joined by "for": "left Goma for Gisenyi" names an origin and a destination ("for" keeps
      organisation names together, "Observatory for Human Rights", but between two place names it
      is the preposition of a journey);
    - joined by a hyphen: "Logan-Rogersville" (a school district of two towns), "the Lebanon-Syria
      treaty", not a double surname. Short halves are more often a brand's or a person's
      ("Wal-Mart", "Lennon-Ono"). A half that is a common word needs a division or a country
      on the other side ("Asia-Pacific"): "Miami-Dade" is no Dade, China ("Miami", as common a
      word as "Man", is not read as a place on its own).
    """
    ordered = sorted(spans, key=attrgetter("first"))
    words: set[int] = set()
    for a, b in zip(ordered, ordered[1:]):
        by_for = b.first == a.last + 2 and tokens.keys[a.last + 1] == "for"
        by_hyphen = (b.first == a.last + 1 and a.last in tokens.attached and a.last not in tokens.articles
                     and min(len(a.key), len(b.key)) >= 4
                     and (a.zipf < COMMON_ZIPF > b.zipf or _is_region(a) or _is_region(b)))
        if by_for or by_hyphen:
            words.update(range(a.first, a.last + 1))
            words.update(range(b.first, b.last + 1))
    return words


CAPITAL, CITY = "capital", "city"
THE = frozenset({"the"})
#: Words after "capital" that make it money, not a city ("capital spending", "capital markets").
CAPITAL_MONEY = frozenset({"market", "markets", "spending", "expenditure", "expenditures", "flight", "flows",
                           "inflows", "outflows", "gains", "gain", "investment", "investments", "budget",
                           "controls", "requirements", "account", "injection", "base", "ratio", "goods", "stock",
                           "costs", "projects", "punishment", "raising", "reserves", "adequacy", "assets"})


def _names_it_after(last: int, tokens: Tokens, starts: set[int]) -> bool:
    """The words after "capital" (token ``last``, or its "city") name the city ("capital Nairobi", "capital,
    Makhachkala", "capital of Harare": a mention starts there) or make "capital" money."""
    for j in range(last + 1, min(last + 3, len(tokens))):
        if tokens.starts[j] in starts and tokens.keys[j] != SEPARATOR:
            return True
        if tokens.keys[j] not in (SEPARATOR, "of"):
            return j == last + 1 and tokens.keys[j] in CAPITAL_MONEY
    return False


def _named_before(first: int, tokens: Tokens, mentions: list[Mention], by_end: Mapping[int, int], country: str) -> bool:
    """The words before the capital's phrase (its token ``first``) name the city ("Luanda, Angola's
    capital": a place of the ``country`` and a comma) or give it a role ("Jerusalem as the Palestinian
    capital")."""
    before = first - 1
    if before >= 0 and tokens.keys[before] == "the":
        before -= 1
    if before < 0:
        return False
    if tokens.keys[before] == "as":
        return True
    n = by_end.get(tokens.ends[before - 1]) if tokens.keys[before] == SEPARATOR and before else None
    return n is not None and mentions[n].place is not None and mentions[n].place.country == country


#: Currency signs of one country in English news: a price in pounds speaks for Britain as "British"
#: does ("a £25,000 car" in a story about Oxford), one in naira for Nigeria.
CURRENCY_COUNTRIES = {"£": "GB", "₹": "IN", "₦": "NG", "₱": "PH", "₩": "KR", "₪": "IL", "₴": "UA", "₽": "RU",
                      "₺": "TR", "₫": "VN", "৳": "BD"}


def _currency_countries(text: str) -> list[str]:
    """The countries of the currency signs of ``text`` (``CURRENCY_COUNTRIES``), once each.

    >>> _currency_countries("a £25,000 car, a £1,700 bill and $5")
    ['GB']
    """
    return [code for sign, code in CURRENCY_COUNTRIES.items() if sign in text]


def _demonym_countries(spans: Sequence[Span], tokens: Tokens, lay: Layout,
                       demonyms: Mapping[str, str]) -> list[str]:
    """Countries of the demonyms outside every span ("Syrian forces"), written with a capital in a
    cased text."""
    # The few demonyms are picked by C-level scans: this looks at every word of every text.
    found = tokens.positions(demonyms.keys())
    if not found:
        return []
    covered = {i for s in spans for i in range(s.first, s.last + 1)}
    return [demonyms[tokens.keys[i]] for i in found if i not in covered and (lay.capital[i] or not lay.cased)]


#: Kinds of place whose name stands next to another name in a chunk ("Aleppo Governorate").
_REGION_KINDS = frozenset({"country", "admin1", "continent", "region"})
_preferred = attrgetter("preferred")


def _is_region(span: Span) -> bool:
    # A hand-made table's one-word name that is a common word ("war", al-Waar's without its article) is no sign.
    curated = span.zipf < COMMON_ZIPF or " " in span.key
    # (C-level scans of the candidates, asked of every span: a name may have hundreds of places.)
    return (not _REGION_KINDS.isdisjoint(map(place_kind, span.candidates))
            or curated and any(map(_preferred, span.candidates)))


def _with_confidence(ranked: list[tuple[Place, float]]) -> list[tuple[Place, float]]:
    if not ranked:
        return []
    best = ranked[0][1]
    weights = [math.exp(s - best) for _, s in ranked]
    total = sum(weights)
    return [(place, round(w / total, 3)) for (place, _), w in zip(ranked, weights)]


@lru_cache(maxsize=1)
def _english_zipf() -> Mapping[str, float]:
    from gazetteer.world import english_zipf  # wordfreq: only for gazetteers built in memory

    return english_zipf()


def _with_streets(mentions: list[Mention], text: str, lay: Layout, doc_id: str) -> list[Mention]:
    """``mentions`` plus the street names that overlap none of them, unresolved, sorted by start.

    A place inside a street's name keeps its mention ("Douglas County Road 12" runs through
    Douglas County)."""
    starts = [m.start for m in mentions]
    # Mentions never overlap: a street overlaps one only if it overlaps the last starting before its end.
    unplaced = [Mention(doc_id, text[start:end], start, end, None, 0.0)
                for start, end in street_names(text, lay.cased)
                if not ((i := bisect_left(starts, end)) and mentions[i - 1].end > start)]
    return sorted([*mentions, *unplaced], key=attrgetter("start")) if unplaced else mentions
