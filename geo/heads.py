"""The people a count names: ``Counted``, and the unit of a count from its head noun (``head_unit``).

A count's unit is its head noun's (``geo.vocabulary.UNITS``), people for a bare figure that is a subject ("some
5,000 were evacuated"), "more" or "others" for the unit of the count before; ``withdrawn``, ``head_noun``,
``added_before`` and ``additional`` read the noun and the words around it. The rules are told in ``geo.counting``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from geo.model import Count
from geo.numbers import MONTH
from geo.predicates import (CONTROL_VERB, HEAD_STOP, INTO_SHELTER, IRREGULAR_PAST, MOVEMENT_OF, NOUN_AFTER, ORDERED_TO,
                            PARTICIPLE_AFTER, WORD_BEFORE, is_modifier)
from geo.terms import term_of
from geo.vocabulary import (DEMONYM, DESTROYED, DWELLINGS, HEAD_TOKENS, HOUSEHOLD_UNITS, MOVEMENT, PEOPLE_UNITS,
                             PLACES_LEFT, ROUGHLY, WITH_FAMILIES, unit_of)

_I = re.IGNORECASE

HAD_BEFORE = re.compile(r"\b(?:has|have|had)\s+$", _I)
# Units of measure written without a plural -s (plural nouns already end the search for a head noun).
_MEASURES = frozenset("feet foot ft mph kph km kmh m cm mm kg lb lbs inch mile acre hectare ha ton tonne degree percent"
                      " metre meter yard storey story".split())
_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+)?", _I)
# A part of a whole counted after it: "1,600 of its 4,600 residents", "300 of the 1,200 houses", "3,000 (out) of 5,000
# households", or a ratio "96,771/120,000 residents"; the part counts what the whole's noun names (the whole itself is
# a population, ``geo.rejections``, and no count after a figure and a slash, ``geo.numbers``).
_OF_COUNTED_WHOLE = re.compile(r"(?:\s+(?:out\s+)?of\s+(?:(?:the|its|their|[\w-]+['’]s)\s+)?|/)(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|at\s+least|an\s+estimated)\s+)*"
                               r"(?P<whole>\d[\d,.]*\d(?:\s+(?:thousand|million|lakh))?)(?=\s)", _I)
# Victims are people only as a disaster's survivors ("2,500 flood victims were evacuated"); alone they are
# mostly its dead or injured.
_DISASTER_VICTIMS = re.compile(r"\b(?:flood|fire|storm|typhoon|cyclone|hurricane|quake|earthquake|landslide|mudslide|tsunami"
                               r"|disaster|drought|war|conflict)[\w-]*\s+victims$", _I)
# ... and as members of the families they are counted by, as Malaysian agency copy (Bernama) counts the people in relief
# centres: "219 victims from 55 families are at the relief centre" (the dead are not counted by household).
_VICTIMS_OF_FAMILIES = re.compile(r"\s+(?:from|of|in)\s+(?:(?:some|about|around|nearly|over)\s+)?[\w,]+\s+(?:families|households)\b", _I)
# French "cases" are huts (Madagascar, West Africa): "7 488 cases d'habitation", "300 cases effondrées"; in English
# text "cases" are of a disease, so only before French words of dwelling or destruction.
_HUTS_AFTER = re.compile(r"\s+(?:d['’]\s*habitations?\b|(?:(?:ont\s+été|sont)\s+)?(?:d[ée]truites|effondr[ée]es|emport[ée]es"
                         r"|ras[ée]es|incendi[ée]es|br[uû]l[ée]es)\b)", _I)
_ELIDED_DE = re.compile(r"^d['’](?=\w)")
_HEAD_SKIP = frozenset("of the them those these more other additional de nouveaux nouvelles".split())  # "un centenar de casas"
# A Spanish or Portuguese cleft puts the article after the figure: "son al menos 40 las familias que", "foram 12 as
# casas": the noun after it is the count's.
_CLEFT_BEFORE = re.compile(r"\b(?:son|eran|fueron|ser[íi]an|s[ãa]o|eram|foram|seriam)\s+$", _I)
_CLEFT_ARTICLES = frozenset("los las os as".split())
# Border statistics count people as entries or crossings from or into a named place ("191,348 entries from Ukraine",
# "12,000 border crossings into Poland"); not the crossing points a border has, nor vehicles ("truck entries").
_BORDER_GAP = re.compile(r"\s+(?:border\s+)?", _I)
# Movements counted as events, not as the people moved: "59 massive displacements, equivalent to 18,755 people".
_MASS_EVENTS = re.compile(r"\s+(?:mass|massive|large[\s-]scale)\s+", _I)
# Places named for the people they hold, after the people noun and its abbreviation: "in 42 internally displaced
# persons (IDP) camps", "30 displaced persons' sites" count the camps, not the people.
_PLACES_NAMED_FOR_THEM = re.compile(r"(?:\s*\([A-Za-z]{2,6}\))?\s+(?:camps|sites|settlements|cent(?:re|er)s|shelters)\b", _I)
_INTO_A_PLACE = re.compile(r"\s+(?i:from|into)\s+[A-Z]")
# A key figure's label may open with how its figure was counted: "2,318,800 Estimated total internally displaced persons".
_COUNTED_HOW = re.compile(r"\s+(?:estimated(?:\s+total)?|total)(?=\s)", _I)
# Where a bare figure arrived, named: "4,120 arrived in Dollow", "500 arrived at Shilin village" (not "arrived at dawn").
_AT_A_PLACE = re.compile(r"\s+(?i:in|at)\s+(?:the\s+)?[A-Z]")
# Movements a tracking matrix counts at a border are people crossing it: "2,019,027 mixed cross-border movements".
_CROSS_BORDER = re.compile(r"\bcross-border\s+$", _I)
# A name in the middle of a sentence (capital, then lower case): before a people noun it says where they are from.
_NAME_BEFORE_PEOPLE = re.compile(r"[A-Z][a-z]+")
# A verb that sets the bare figure after it moving ("sent thousands fleeing", "set 3,000 running for their lives").
_SENT_BEFORE = re.compile(r"\b(?:sen(?:t|d|ds|ding)|set(?:s|ting)?)\s+$", _I)
_TO_NEXT = re.compile(r"\s+to\s+", _I)
# Out of where people live, or across a border: "(streamed) out of the city", "(poured) across the border".
_OUT_OF_PLACE = re.compile(rf"\s+(?:[\w'’-]+\s+)?(?:out\s+of|from|across)\s+(?:the\s+|their\s+)?(?:[\w'’-]+\s+)?"
                           rf"(?:{PLACES_LEFT}|borders?)\b", _I)
# A clause of its own that a comma and "with" open: "refugees poured in, with hundreds hiking through cornfields".
_WITH_CLAUSE_BEFORE = re.compile(r",\s*with\s+$", _I)
# ... or a comma or "and" alone, before a list item of a situation report: "1,900 affected people, 293 in collective
# shelters", "cientos de personas evacuadas, y más de mil en albergues".
_SHELTERED_PART_BEFORE = re.compile(r"(?:,\s*(?:(?:with|and|y|et|e)\s+)?|\s(?:and|y|et|e)\s+)$", _I)
# Verbs that push their object somewhere against its will: a bare figure they push into shelter counts people ("forced
# some 250,000 into flood shelters", "drove 3,000 into camps"); movers such as "sent" or "moved" are movements already.
_PUSHING_VERB = re.compile(r"forc(?:ed|es|ing)|dr(?:ove|iven|iving)|push(?:ed|es|ing)", _I)
_BARE_SUBJECT = frozenset("were was are is being getting have has had will would could may might fled left remain remained"
                          " ont sont avaient étaient"  # French auxiliaries: "(, ) 160 000 ont dû être déplacées"
                          " fueron foram quedaron ficaram resultaron están estão estaban estavam permanecen permanecem"
                          " siguen seguem han se".split())  # Spanish, Portuguese: "unas 5.000 fueron evacuadas"
# A capitalised word, as a place's name starts ("Sukkur", "St.", "Dera"), and a name of up to three of them.
_CAPITALISED = r"(?-i:[A-Z])[\w'’.-]*"
PLACE_NAME = rf"{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}}"
#: A ranking of places, each named before its figure after "with" or "at": "(400,000 in X), followed by Unity with
#: (146,000) and Jonglei with (90,000)": each next figure is the first's, said of others at its place (``geo.counting``),
#: the place heading it (``geo.roles``).
RANKED = re.compile(r"\bfollowed\s+(?:closely\s+)?by\s+", re.IGNORECASE)
# Between two items of a list: a comma, "and" or both ("1,200, 900, and 800 people", "5,000 in Sukkur, 3,200 in Larkana").
LIST_GAP = re.compile(r"\s*,\s*|\s*,?\s+and\s+", _I)
# Bare figures listed each with its place before the verb they are all the subject of: "about 5,000 in Sukkur, 3,200 in
# Larkana and 900 in Jacobabad were moved to shelters" (the places by name: not "5,000 in shelters, 300 in tents").
_LISTED_PLACE = (rf"\s+(?:in|from|at)\s+(?:the\s+)?{_CAPITALISED}"
                 rf"(?:\s+(?:{_CAPITALISED}|(?:district|province|county|region|state|city|town|camp|village)s?))*")
# The next place of a list that gives each place its figure in brackets, up to that bracket: ", Misrata (", " and
# Zliten (" (``geo.counting`` reads its figure as the same again, elsewhere).
NEXT_BRACKETED_PLACE = rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+){PLACE_NAME}\s*\("
# A bare figure in brackets after a place a movement names, the first of a list of such places: "residents were evacuated
# from Sukkur (5,000), Larkana (3,200) and Jacobabad (900)" (the next ones are the same again, ``geo.counting``).
_MOVED_PLACE_BEFORE = re.compile(rf"\b(?:from|to|into|in|out\s+of)\s+(?:the\s+)?{PLACE_NAME}\s*\(\s*$", _I)
_BRACKETED_LIST_AFTER = re.compile(r"\s*\)" + NEXT_BRACKETED_PLACE, _I)
_PLACED_FIGURES_AFTER = re.compile(rf"{_LISTED_PLACE}(?:(?:{LIST_GAP.pattern})(?:{ROUGHLY}\s+)?\d[\d,.]*{_LISTED_PLACE})+", _I)
# A count with no noun after it: punctuation, a preposition or a conjunction, or a participle.
AFTER_BARE_FIGURE = re.compile(r"\s*(?:[,.;:)]|$|(?:in|on|at|from|to|into|across|since|after|by|during|last|this|over|and|or"
                         r"|along|near|around|throughout|outside|within|overnight|as|while|when|destroyed|damaged)\b)", _I)
# A bare figure that says what befell more homes: "(15,000 homes were flooded) and 500 were destroyed", "120 collapsed".
_FATE_AFTER = re.compile(r"\s+(?:(?:were|was|are|have|has|had|been)\s+){0,2}(?:(?:completely|totally|fully|partially|partly)\s+)?"
                         # (not a word of the homes' noun phrase: "3,200 collapsed houses")
                         r"(?:destroyed|damaged|razed|flattened|collapsed|(?:washed|swept)\s+away)\b(?!\s+" + DWELLINGS + r"\b)"
                         # ... and in French: "(240 000 maisons endommagées) et 111 000 détruites", "et 500 ont été détruites"
                         r"|\s+(?:(?:ont\s+été|sont)\s+)?(?:(?:enti[èe]rement|compl[èe]tement|totalement|partiellement)\s+)?"
                         r"(?:d[ée]truite?s|endommag[ée]e?s|effondr[ée]e?s|ras[ée]e?s)\b"
                         # ... and in Spanish and Portuguese: "(2.300 viviendas afectadas) y 186 fueron destruidas", "205 están
                         # totalmente destruidas", "2.510 quedaron inhabitables" (a lost letter reads as "é": "est\ufffdn")
                         r"|\s+(?:(?:fueron|foram|quedaron|ficaram|resultaron|est[áaé]n|est[ãaé]o)\s+)?(?:[^\W\d]+mente\s+)?"
                         r"(?:destru[íié]d[oa]s|colapsad[oa]s|derrumbad[oa]s|inhabitables|da[ñé]ad[oa]s|danificad[oa]s)\b", _I)
# A count added to earlier ones: "another 300", "a further 300", "an additional 300", "an extra 300" (``added_before``),
# also in Spanish and Portuguese: "otras 300", "outros 300".
_ADDED_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+(?:additional|extra)|otr[oa]s|outr[oa]s)\s+$", _I)
# A bare figure in an aside on the people just named counts them; its clause's verb is after the aside ("Residents of
# the two towns — about 27,000 in all — were ordered out", "The villagers, 3,000 in total, fled"): their unit.
_ASIDE_NOUN_BEFORE = re.compile(r"\b(?P<noun>[a-z]+s)(?:\s+(?:of|from|in)\s+[^,.;:()—–]{1,50}?)?\s*(?P<mark>[—–,])\s*$", _I)
_ASIDE_END = re.compile(r"(?P<total>\s+(?:in\s+all|in\s+total|altogether|all\s+told))?\s*(?P<mark>[—–,])", _I)
# ... or in brackets right after their noun ("esos vecinos (2.310) se trasladaron", "the residents (2,310) were moved").
_BRACKET_NOUN_BEFORE = re.compile(r"\b(?P<noun>[^\W\d]+s)\s*\(\s*$")
_BRACKET_END = re.compile(r"\s*\)")
# Words that make the noun after them someone's, not what a figure counts: "residents fled their homes" (``_last_unit_before``).
_OWNERS = frozenset("their its his her our".split())
# "others" in Spanish, French and Portuguese too: "600 000 autres ont été déplacés", "2.000 otros fueron desalojados".
_OTHERS = frozenset("others autres otros otras outros outras".split())
_SAME_UNIT_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(_OTHERS))}|of\s+(?:which|whom|them|these|those)"
                              r"|d['’]entre\s+(?:eux|elles)|de\s+ell[oa]s|del[ae]s)\b", _I)  # French "80 000 d'entre elles", Spanish "84 de ellas": of them
# Figures listed before one noun ("1,200, 900 and 800 people were evacuated from X, Y and Z (respectively)"): up to the
# list's last figure, whose noun is every figure's.
# ("10, and 800 residents" is no list: a comma before "and" ends a clause unless it ends a list of three or more; nor
# are bounds "between the ages of 18 and 49", nor figures set off by commas "the boys, 14 and 12, were")
_LISTED_FIGURES = re.compile(r"(?P<more>(?:\s*,\s*\d[\d,.]*\d)*)(?P<comma>\s*,)?\s+and\s+(?P<last>\d(?:[\d,.]*\d)?)(?=\s+[a-z])",
                             _I)
_LISTED_BEFORE = re.compile(r"\d\s*,\s*$")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:[\w'’-]+\s+){0,4}$", _I)
# "... from X and Y respectively": the list's figures pair in order with the places listed after them.
RESPECTIVELY = re.compile(r"\brespectively\b", _I)
# "(plans to relocate) 10,000 more to Ourang", "2,000 more in the coming days": more of the unit before.
_MORE_AFTER = re.compile(r"\s+more\b", _I)
#: People added to those counted before who followed their movement ("3,000 more followed on Tuesday", "another 2,000
#: have since followed"): more of the same people, who moved (not "followed by" a place: a ranking's next).
FOLLOWED = r"(?:(?:have|has|had)\s+)?(?:since\s+|also\s+|later\s+|soon\s+)?followed\b(?!\s+by\s+(?-i:[A-Z]))"
_FOLLOWED_AFTER = re.compile(r"\s+" + FOLLOWED, _I)
# "500 more civilians", "2,000 more": people beyond those counted before (not "500 more than expected").
_MORE_PEOPLE_AFTER = re.compile(r"\s+more\b(?!\s+than\b)", _I)
# ... or a verb of saying whose "that" is left out: "officials say as many as 4,000 could be displaced", "..., saying
# about 6,000 had arrived", "..., noting nearly 9,000 have fled"; or a conjunction that opens a clause of its own:
# "(the number rose to 98,000) after 7,200 more fled"; or a fronted time with no comma after it: "In January some 5,000 were displaced", "Since then 300 have
# returned", "between Dec. 1 and Jan. 19 some 358,000 were displaced"; also with a quotation opening after it: 'he added
# that "20,000 have gone north"'; or a fronted scope with no comma after it: "and nationwide 20,000 were displaced",
# "In total 5,000 were evacuated".
# ("where" opens a relative clause on a place: "Cox's Bazar, where over 600,000 have arrived")
_CLAUSE_START = re.compile(rf"(?:^|[,;:(—–-]|\b(?:that|and|et|but|while|as|when|where|after|before|because|until|once|only|another|said|says|say"
                           r"|saying|not(?:ing|ed|es)|stat(?:ing|ed|es)|whom|which|with"  # "affected, with 11,206 getting displaced": an absolute clause
                           r"|nationwide|countrywide|overall|altogether|in\s+(?:all|total)"
                           r"|reported|reports|estimated?|estimates|fears?|feared|warned|warns?|expects?|expected"
                           rf"|believes?|believed|then|{MONTH}(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?))\s*[\"“]?\s*$", _I)
BREAKDOWN_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom|(?:of|from)\s+(?:whom|which)|incl\."
                               r"|dont|de\s+(?:los|las)\s+cuales|dos\s+quais|das\s+quais)\s+$", _I)  # "3 000 sinistrés dont 1 500"
CASUALTY_AFTER = re.compile(
    r"\s*(?:(?:have|has|had|were|was|are|been|reportedly|also|resultaron|quedaron|ficaram|foram|ont\s+été|sont)\s+){0,3}"
    # a hedged toll: "65 people known to have died", "12 feared to have drowned"
    r"(?:(?:known|confirmed|feared|believed|thought|presumed|reported)\s+to\s+(?:have\s+)?(?:been\s+)?)?"
    # ... or said so without "to": "14 people were confirmed dead", "found dead", "feared drowned"
    r"(?:(?:confirmed|found|feared|presumed|reported|declared|pronounced)\s+)?"
    r"(?:killed|dead|died|drowned|perished|wounded|injured|lost\s+their\s+lives|missing|casualties|deaths"
    # ... and in Spanish, Portuguese and French: "230 mil pessoas morreram", "12 muertos", "40 ont été blessés"
    r"|murieron|fallecid[oa]s|fallecieron|muert[oa]s|herid[oa]s|morreram|mort[oa]s|ferid[oa]s|morte?s|tu[ée]e?s|bless[ée]e?s"
    r"|d[ée]c[ée]d[ée]e?s|noy[ée]e?s"
    r"|desaparecid[oa]s)\b", _I)  # missing: "dejó a casi 200 personas desaparecidas"
# Irregular pasts that start a state of displacement: "sought refuge", "slept in their cars", "found shelter".
_STATE_PAST = frozenset("sought slept found became".split())
_WITHDRAWN_PEOPLE = frozenset("""people persons civilians residents inhabitants villagers nationals citizens
    foreigners staff employees workers personnel diplomats evacuees refugees families individuals""".split())


# Shelters destroyed are the homes of the people living in them (a camp's or a settlement's): "the fire destroyed 150
# shelters", "2,000 shelters were burned down", French "5 250 abris ont été détruits"; shelters opened or counted are where
# people went.
_SHELTERS_DESTROYED_BEFORE = re.compile(rf"\b(?:{DESTROYED})\s+$", _I | re.VERBOSE)
_SHELTERS_DESTROYED_AFTER = re.compile(rf"(?:\s+[\w'’-]+){{0,4}}?\s+(?:were|was|have\s+been|had\s+been|has\s+been|ont\s+[ée]t[ée]|sont)\s+(?:(?:completely|totally|entirely)\s+)?(?:{DESTROYED})\b",
                              _I | re.VERBOSE)


# A bracket right after a bare figure that counts households: the same people in another unit ("some 3,000 (600 HHs)").
_HOUSEHOLDS_ASIDE_AFTER = re.compile(r"\s*\(\s*(?:about\s+|some\s+|approx\.?\s+|approximately\s+)?\d[\d,.]*\s+"
                                     r"(?:households|families|HHs?)\s*\)", _I)
# A people noun in the singular that only says who the noun after it are: "IDP families", "refugee households".
_QUALIFIER = re.compile(r"IDP|PDI|refugee|migrant|returnee", _I)


# A participle right after a count of people describes them and takes no object: "144,000 persons displaced 300 from
# Jijiga" (a chart's axis figure flattened into the text), not "displaced 300".
_DESCRIBED_BEFORE = re.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+)?(?:people|persons|individuals|families|households|residents)\s+$", _I)


def head_unit(sentence: str, start: int, end: int) -> tuple[str | None, int]:
    """The unit of the count at ``start:end`` and where its head noun ends.

    The unit is the head noun's, people for a count that is a subject ("some 5,000 were
    evacuated"), None when the count counts something else (buses, hours, cases), and "more"
    for "1,000 more fled": the same unit as the count before it. A figure listed before another's noun takes
    that noun's unit, its head ending at the figure ("1,200 and 800 people": 1,200 people). A figure in a key-figure
    row takes its label by its place in the row (``_key_figure_row``).
    """
    row = _key_figure_row(sentence, start, end)
    return row if row is not None else _head_unit(sentence, start, end)


def _head_unit(sentence: str, start: int, end: int) -> tuple[str | None, int]:
    """``head_unit`` of a figure in no key-figure row."""
    if (how := _COUNTED_HOW.match(sentence, end)) is not None:
        unit, head_end = _head_unit(sentence, start, how.end())
        if head_end > how.end():
            return unit, head_end  # the label's noun past how it was counted
    if _HOUSEHOLDS_ASIDE_AFTER.match(sentence, end):
        return "people", end  # "some 3,000 (600 HHs) were displaced": people, the bracket the same in households
    if (participle := PARTICIPLE_AFTER.match(sentence, end)) is not None:
        if _PLACES_NAMED_FOR_THEM.match(sentence, participle.end()):
            return None, end  # "14 internally displaced camps": camps counted, with no people noun between
        noun = NOUN_AFTER.match(sentence, participle.end())
        if noun is not None and _QUALIFIER.fullmatch(noun[1]):
            noun = NOUN_AFTER.match(sentence, noun.end())  # "1,002 newly displaced IDP families": families
        if noun is not None and (unit := unit_of(noun[1].lower().rstrip("'’"))) not in (None, "housing"):
            if _PLACES_NAMED_FOR_THEM.match(sentence, noun.end()):
                return None, end  # "42 displaced persons (IDP) camps": camps counted
            return unit, noun.end()  # "900 displaced families"
        return "people", end
    if (same := _SAME_UNIT_AFTER.match(sentence, end)) is not None:
        # "20 others", "85,000 of which": the unit before; others are people when the count before had none
        return ("others" if same.group().split()[0].lower() in _OTHERS else "more"), end + same.end() - same.start()
    if (more := _MORE_AFTER.match(sentence, end)) is not None and (AFTER_BARE_FIGURE.match(sentence, more.end())
                                                                   or _FOLLOWED_AFTER.match(sentence, more.end())):
        return "more", more.end()
    if (shared := _listed_figures(sentence, start, end)) is not None:
        unit, _ = head_unit(sentence, shared.start("last"), shared.end("last"))
        if unit in PEOPLE_UNITS:
            return unit, end  # "1,200 and 800 people were evacuated from X and Y (respectively)": each figure its people
    if _FATE_AFTER.match(sentence, end):
        return "more", end  # "2,000 homes were damaged and 300 destroyed", "... and 500 were destroyed"
    if (aside := _aside_of_people(sentence, start, end)) is not None:
        return aside
    if (whole := _OF_COUNTED_WHOLE.match(sentence, end)) is not None:
        unit, head_end = head_unit(sentence, whole.start("whole"), whole.end("whole"))
        if unit not in (None, "more", "others"):
            return unit, head_end
    if AFTER_BARE_FIGURE.match(sentence, end):
        if added_before(sentence, start):
            return "more", end  # "700 people ... and another 300 on Tuesday"
        own = WORD_BEFORE.search(sentence, max(0, start - 40), start)
        described = own is not None and _DESCRIBED_BEFORE.search(sentence, max(0, own.start() - 40), own.start())
        moved = own is not None and not described and MOVEMENT.match(sentence, own.start("verb"))
        if (moved and moved["verb"]) or MOVEMENT_OF.search(sentence, max(0, start - 40), start):
            return "people", end  # "displaced 35,000 in Beledweyne", "ordered the evacuation of 35,000."
        if own is not None and _PUSHING_VERB.fullmatch(own["verb"]) and INTO_SHELTER.match(sentence, end):
            return "people", end  # "forced some 250,000 into flood shelters": what shelters take in are people
        if moved and moved["housing"]:
            return "more", end  # "damaged 2,000 houses, destroyed 300 and ...": more of the homes before
        if (unit := _first_of_moved_places(sentence, start, end)) is not None:
            return unit, end  # "residents were evacuated from Sukkur (5,000), Larkana (3,200) and Jacobabad (900)"
        if _subject_of_placed_figures(sentence, start, end):
            return "people", end  # "about 5,000 in Sukkur, 3,200 in Larkana and 900 in Jacobabad were moved"
    if (_SHELTERED_PART_BEFORE.search(sentence, max(0, start - 12), start) and INTO_SHELTER.match(sentence, end)
            and _last_unit_before(sentence, start) in PEOPLE_UNITS):
        return "more", end  # "residents fled, with over 6,500 now in shelters": those of them sheltered
    between, more, paired = 0, False, False
    for token in HEAD_TOKENS.finditer(sentence, end, end + 80):
        word = _ELIDED_DE.sub("", token.group().lower())  # "une trentaine d'habitations": the noun after French "de"
        if word == "victims" and (_DISASTER_VICTIMS.search(sentence, end, token.end())
                                  or _VICTIMS_OF_FAMILIES.match(sentence, token.end())):
            return "people", token.end()
        if word in ("shelters", "abris") and between == 0 and (_SHELTERS_DESTROYED_BEFORE.search(sentence, max(0, start - 40), start)
                                                    or _SHELTERS_DESTROYED_AFTER.match(sentence, token.end())):
            return "housing", token.end()  # "a fire destroyed 150 shelters in the camp": the homes of the displaced
        if word in ("displacements", "evacuations") and _MASS_EVENTS.fullmatch(sentence, end, token.start()):
            return None, end  # "59 massive displacements": events, each of many people
        if word == "cases" and _HUTS_AFTER.match(sentence, token.end()):
            return "housing", token.end()
        if (unit := unit_of(word)) is not None and not is_modifier(sentence, word, token.end()):
            if unit in PEOPLE_UNITS and _PLACES_NAMED_FOR_THEM.match(sentence, token.end()):
                return None, end  # "in ten Protection of Civilians (PoC) sites": sites counted
            return (unit, token.end()) if unit == "people" or not paired else (None, end)
        if DEMONYM.search(word) and not _names_unit_after(sentence, token.end()):
            return "people", token.end()  # "3,000 Sudanese", "2,000 Sudanese refugees" (not "Sudanese families")
        another = between == 0 and added_before(sentence, start)
        if (between == 0 and (_bare_subject(sentence, token) or (another and _FOLLOWED_AFTER.match(sentence, end)))
                and (_CLAUSE_START.search(sentence, max(0, start - 20), start) or another)):
            # "some 5,000 were evacuated", "3,000 flee fighting"; "(12,000 families,) of whom 3,400 are staying":
            # a part, in the unit of its whole; "a further 2,000 are expected to be displaced": more of the same
            part = BREAKDOWN_BEFORE.search(sentence, max(0, start - 20), start)
            return ("more" if more or another else "others" if part else "people"), end
        if between == 0 and word == "who":
            return "people", end  # "of the 3 million who fled"
        if (between == 0 and word.endswith("ing") and _SENT_BEFORE.search(sentence, max(0, start - 12), start)
                and _displacing(sentence, token)):
            return "people", end  # "sent thousands fleeing across the border": the people it set moving
        if (between == 0 and word.endswith("ing") and _WITH_CLAUSE_BEFORE.search(sentence, max(0, start - 12), start)
                and _moving(sentence, token)):
            return "people", end  # "..., with hundreds hiking to reach Croatia": those of them on the move
        if word in _MEASURES:
            return None, end  # "a storm surge of 12 feet forced residents to flee": a length, not the residents
        if (word in ("its", "their") or word.endswith(("'s", "’s"))) and _OF_WHOLE.fullmatch(sentence, end, token.start()):
            continue  # "3,000 of the town's residents", "2,000 of its inhabitants": the whole's owner, not its noun
        if between == 0 and word in _CLEFT_ARTICLES and _CLEFT_BEFORE.search(sentence, max(0, start - 12), start):
            continue
        if word in _HEAD_SKIP and between == 0:
            if word in ("them", "those", "these"):
                return "people", token.end()
            more = more or word == "more"
            continue
        if between == 1 and word in ("and", "or") and not paired and not CASUALTY_AFTER.match(sentence, end):
            paired = True  # "500 sick and wounded residents": two words describing one noun of people
            continue
        if (word in ("entries", "crossings") and _BORDER_GAP.fullmatch(sentence, end, token.start())
                and _INTO_A_PLACE.match(sentence, token.end()) and not HAD_BEFORE.search(sentence, max(0, start - 12), start)):
            return "people", token.end()  # "191,348 entries from Ukraine": people who crossed, not the crossings a border has
        if word == "movements" and _CROSS_BORDER.search(sentence, end, token.start()) and not _OF_WHOLE.match(sentence, token.end()):
            return "people", token.end()  # "2,019,027 mixed cross-border movements": people crossing (not "... of goods")
        if word.endswith("s") and word[0].isalpha() and WITH_FAMILIES.match(sentence, token.end()):
            return "people", token.end()  # "1,500 traders and their families": people whatever the trade
        if _NAME_BEFORE_PEOPLE.fullmatch(token.group()) and _noun_of_unit_after(sentence, token.end()):
            between += 1
            continue  # "1,800 Forbes residents", "600 Lagos families": a town's name that ends in -s, not a plural
        if not word[0].isalnum() or word in HEAD_STOP or (word.endswith("s") and not word.endswith(("ss", "ous"))):
            return None, end  # another plural noun: the count's; "-ous" ends adjectives ("1,500 Indigenous residents")
        if word in ("host", "hosting"):
            return None, end  # "5,000 host families": those who took displaced people in, not displaced themselves
        between += 1
        if between > 2:
            break
    return None, end


def _last_unit_before(sentence: str, start: int) -> str | None:
    """The unit of the last noun before ``start`` that names one ("residents", "homes"), if any: whom a bare figure
    after ", with" is part of. Nouns someone owns are theirs, not counted ("residents fled their homes").

    >>> _last_unit_before("500 homes burned and residents fled, with ", 42), _last_unit_before("rain fell, with ", 16)
    ('people', None)
    >>> _last_unit_before("300 people left their homes, with ", 34), _last_unit_before("it burned 300 homes, with ", 26)
    ('people', 'housing')
    """
    words = [token.group().lower() for token in HEAD_TOKENS.finditer(sentence, 0, start)]
    units = [unit_of(word) for owner, word in zip([""] + words, words) if owner not in _OWNERS]
    return next((unit for unit in reversed(units) if unit is not None), None)


def _aside_of_people(sentence: str, start: int, end: int) -> tuple[str, int] | None:
    """The unit of a bare figure in an aside on the people named right before it, and where the aside ends; None when
    the figure is no such aside. Between dashes or brackets right after the noun any figure is one; between commas it
    says it is a total ("3,000 in all"), since commas also list."""
    if (before := _BRACKET_NOUN_BEFORE.search(sentence, max(0, start - 40), start)) is not None:
        after = _BRACKET_END.match(sentence, end)
        unit = unit_of(before["noun"].lower()) if after is not None else None
        return (unit, after.end()) if unit not in (None, "housing") else None
    before = _ASIDE_NOUN_BEFORE.search(sentence, max(0, start - 80), start)
    after = _ASIDE_END.match(sentence, end)
    if before is None or after is None or before["mark"] != after["mark"] or (after["mark"] == "," and not after["total"]):
        return None
    unit = unit_of(before["noun"].lower())
    return (unit, after.end()) if unit not in (None, "housing") else None


def _names_unit_after(sentence: str, end: int) -> bool:
    """Whether the noun right after a nationality counts families, households or homes, which the nationality only
    describes: "4,000 South Sudanese families", "Congolese refugee families"."""
    following = NOUN_AFTER.match(sentence, end)
    if following is None:
        return False
    word = following[1].lower()
    return unit_of(word) not in (None, "people") or is_modifier(sentence, word, following.end())


def _noun_of_unit_after(sentence: str, end: int) -> bool:
    """Whether the noun right after ``end`` names a unit ("residents", "families", "homes").

    >>> _noun_of_unit_after("1,800 Forbes residents left", 12), _noun_of_unit_after("12 Hours later", 8)
    (True, False)
    """
    following = NOUN_AFTER.match(sentence, end)
    return following is not None and unit_of(following[1].lower()) is not None


def _bare_subject(sentence: str, token: re.Match) -> bool:
    """Whether the word right after a bare figure is its verb: an auxiliary ("5,000 were"), a verb of
    displacement ("3,000 flee fighting", headlines), an order to move ("3,000 ordered to evacuate"), or a
    verb that puts people in a state of displacement ("hundreds took refuge in churches", "thousands lost
    their homes", "5,000 crowded into shelters"), or an arrival at a place named ("4,120 arrived in Dollow").
    Generic movers ("100 sent to", "25 withdrew" from a trial) may move anything."""
    word = token.group().lower()
    return (word in _BARE_SUBJECT or _displacing(sentence, token) or bool(ORDERED_TO.match(sentence, token.start()))
            or _entering_state(sentence, token) or _leaving_a_place(sentence, token) or _managing_to_move(sentence, token)
            or (word == "arrived" and _AT_A_PLACE.match(sentence, token.end()) is not None))


# A row of a key-figures box flattened to text: three or more bare figures with only spaces (and percentages) between,
# their labels after the row in the same order ("977,000 3 53 % 50,897 people evacuated communities isolated ...").
# (a figure ends in a digit: "17, 2014, over 42,897" is a date, no row; or in its scale word: "4.6 million", also
# abbreviated: "805K 1.2M")
_ROW_CELL = re.compile(r"\d(?:[\d,.]*\d)?(?:[KM]\b|\s+(?:million|billion)\b)?")
# A cell may carry a footnote's asterisk ("835,934* 7,524* 1,067"): still a cell.
_ROW_CELLS_BEFORE = re.compile(rf"(?:(?<![\w,.]){_ROW_CELL.pattern}\*?(?:\s*%)?\s+)+$")
_ROW_CELLS_AFTER = re.compile(rf"\*?(?:\s*%)?(?:\s+{_ROW_CELL.pattern}\*?(?:\s*%)?(?![\w,.]*\w))+")


# The nouns a key-figure label counts, one a label ("people displaced", "Damaged houses", "schools used as shelters"):
# not after a preposition, which places the label's own noun ("households in shelters").
_LABEL_NOUNS = frozenset(PEOPLE_UNITS | {
    "persons", "individuals", "idps", "evacuees", "refugees", "residents", "children", "houses", "homes", "dwellings",
    "districts", "provinces", "regions", "municipalities", "communes", "villages", "communities", "schools", "clinics",
    "hospitals", "buildings", "facilities", "centres", "centers", "shelters", "camps", "sites", "roads", "bridges",
    "hectares", "acres", "kilometres", "livestock", "dead", "deaths", "injured", "missing"})
_LABEL_HEAD = re.compile(r"(?<!\bin\s)(?<!\bat\s)(?<!\bas\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bwith\s)\b(?:"
                         + "|".join(sorted(_LABEL_NOUNS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_LABEL_RUN_END = re.compile(r"[.;:()\d]")
_CASUALTY_LABELS = frozenset({"dead", "injured", "missing"})
_STATE_OF_PEOPLE_BEFORE = re.compile(r"\b(?:people|persons|individuals)\s+$", re.IGNORECASE)
# A label of homes destroyed ("Houses destroyed"), not damaged: their figure is a report of destroyed housing.
_DESTROYED_LABEL = re.compile(rf"\b(?:{DESTROYED})\b", re.IGNORECASE | re.VERBOSE)


def _row_labels(sentence: str, row_end: int) -> list[str]:
    """The labels after a key-figure row ending at ``row_end``, one for each noun a label counts (``_LABEL_HEAD``):
    each runs from its noun to the next when the first label opens with its noun ("people displaced households in
    shelters"), else each ends at its noun ("Affected people Displaced people").

    >>> _row_labels(" people displaced households in shelters schools used as shelters", 0)
    ['people displaced', 'households in shelters', 'schools used as shelters']
    >>> _row_labels(" Affected people Displaced people Damaged houses", 0)
    ['Affected people', 'Displaced people', 'Damaged houses']
    >>> _row_labels(" houses destroyed people injured", 0)
    ['houses destroyed', 'people injured']
    """
    stop = _LABEL_RUN_END.search(sentence, row_end)
    run = sentence[row_end:stop.start() if stop else len(sentence)].strip()
    # "people injured": the people noun's own state, one label (not "people" and "injured")
    heads = [h for h in _LABEL_HEAD.finditer(run) if not _STATE_OF_PEOPLE_BEFORE.search(run, 0, h.start())
             or h.group().lower() not in _CASUALTY_LABELS]
    if not heads:
        return []
    opening = heads[0].start() == 0  # each label opens with its noun
    cuts = [h.start() for h in heads] + [len(run)] if opening else [0] + [h.end() for h in heads]
    return [run[a:b].strip() for a, b in zip(cuts, cuts[1:])]


def _key_figure_row(sentence: str, start: int, end: int) -> tuple[str | None, int] | None:
    """The unit of a figure in a key-figure row (``_ROW_CELLS_BEFORE``): with as many labels after the row as cells
    (``_row_labels``), each figure takes the label in its place, a count of people only when the label names their
    movement; else the first figure takes the first label, the one after the row, and a later figure's label is not
    the word after it (its unit None); None when the figure is in no row of three.

    >>> text = "977,000 3 50,897 4,161 people evacuated communities isolated"
    >>> _key_figure_row(text, 0, 7), _key_figure_row(text, 17, 22)
    (('people', 7), (None, 22))
    >>> _key_figure_row("In 2019 5,000 people fled", 8, 13) is None
    True
    >>> text = "2,950 840 31 Affected people Displaced people Affected districts"
    >>> _key_figure_row(text, 0, 5), _key_figure_row(text, 6, 9), _key_figure_row(text, 10, 12)
    ((None, 5), ('people', 9), (None, 12))
    """
    row = _row_around(sentence, start, end)
    if row is None:
        return None
    cells, row_end = row
    label = _label_in_row(sentence, start, cells, row_end)
    if label is not None:
        head = _LABEL_HEAD.search(label)
        unit = unit_of(head.group().lower()) if head is not None else None
        moved = unit in PEOPLE_UNITS and MOVEMENT.search(label)
        return (unit if moved or (unit == "housing" and _DESTROYED_LABEL.search(label)) else None), end
    if cells[0].end() <= start:
        return None, end
    # the first label is after the row's last cell, past its percent sign ("436,300 4.6 million 13% IDPs in the country")
    return _head_unit(sentence, cells[-1].start(), row_end)[0], end


def _row_around(sentence: str, start: int, end: int) -> tuple[list[re.Match], int] | None:
    """The other cells of the key-figure row that the figure at ``start:end`` is in, in order, and where the row ends
    (past its last cell's footnote or percent sign); None when the figure is in no row of three."""
    before = _ROW_CELLS_BEFORE.search(sentence, max(0, start - 60), start)
    after = _ROW_CELLS_AFTER.match(sentence, end)
    cells = [c for side in (before, after) if side is not None for c in _ROW_CELL.finditer(sentence, side.start(), side.end())]
    return (cells, after.end() if after is not None else end) if len(cells) >= 2 else None


def _label_in_row(sentence: str, start: int, cells: list[re.Match], row_end: int) -> str | None:
    """The label in the place of the figure at ``start`` among the labels after its row's ``cells``, when there are
    as many labels as figures (``_row_labels``); else None."""
    place = sum(1 for c in cells if c.end() <= start)
    if (interleaved := _interleaved_labels(sentence, row_end)) is not None:
        # each line a word of every label: a column's words when every line has one for each cell, else only the first's
        whole = all(len(words) == len(cells) + 1 for words in interleaved)
        return " ".join(words[place] for words in interleaved) if whole or place == 0 else None
    labels = _row_labels(sentence, row_end)
    return labels[place] if len(labels) == len(cells) + 1 else None


def _interleaved_labels(sentence: str, row_end: int) -> list[list[str]] | None:
    """The words of each line of the labels under a key-figure row that a PDF flattened line by line, each line
    holding a word of every label side by side ("houses houses people\\ndestroyed damaged killed"), as two label
    nouns side by side open the first line (no one label has two); None for labels in order ("houses destroyed people
    killed", also wrapped onto lines). The first word of each line is the first label; a later label may take more
    words on a line than one ("kilometres of\\nroads damaged").

    >>> _interleaved_labels(" houses houses people\\ndestroyed damaged killed", 0)
    [['houses', 'houses', 'people'], ['destroyed', 'damaged', 'killed']]
    >>> _interleaved_labels(" houses destroyed people\\nkilled", 0) is None
    True
    """
    stop = _LABEL_RUN_END.search(sentence, row_end)
    lines = [line.split() for line in sentence[row_end:stop.start() if stop else len(sentence)].split("\n") if line.strip()]
    if len(lines) < 2 or len(lines[0]) < 2 or not all(_LABEL_HEAD.fullmatch(word) for word in lines[0][:2]):
        return None
    return lines


def key_figure_label(sentence: str, start: int, end: int) -> str | None:
    """The label of the figure at ``start:end`` in a key-figure row whose labels follow it as many as its cells, in
    the same order ("12,400 3,150 people displaced households in shelters": 3,150 is "households in shelters"); None
    when the figure is in no such row.

    >>> key_figure_label("12,400 3,150 870 people displaced households in shelters schools used as shelters", 7, 12)
    'households in shelters'
    >>> key_figure_label("12,400 3,150 870 people displaced households in shelters", 7, 12) is None
    True
    """
    row = _row_around(sentence, start, end)
    return None if row is None else _label_in_row(sentence, start, *row)


def _listed_figures(sentence: str, start: int, end: int) -> re.Match | None:
    """The rest of a list of figures before one noun that the figure at ``start``..``end`` opens or goes on
    (``_LISTED_FIGURES``), up to the last figure; None when it is in no such list.

    >>> [bool(_listed_figures(t, 5, 10)) for t in ("Some 1,200 and 800 people", "Some 1,200, and 800 people")]
    [True, False]
    >>> bool(_listed_figures("Some 1,200, 900, and 800 people", 12, 15))
    True
    """
    listed = _LISTED_FIGURES.match(sentence, end)
    if listed is None or _BETWEEN_BEFORE.search(sentence, max(0, start - 40), start):
        return None
    in_a_list = bool(listed["more"]) or _LISTED_BEFORE.search(sentence, max(0, start - 4), start) is not None
    return listed if in_a_list or not listed["comma"] else None


def _first_of_moved_places(sentence: str, start: int, end: int) -> str | None:
    """The unit of the bare figure at ``start``..``end`` in brackets after a place a movement word before it names, the
    first of a list of places each with its figure (``_MOVED_PLACE_BEFORE``): the families or households named before,
    else people; None for a figure in no such list.

    >>> text = "Families were evacuated from Sukkur (5,000), Larkana (3,200) and Jacobabad (900)."
    >>> _first_of_moved_places(text, 37, 42), _first_of_moved_places(text.replace("Families", "Residents"), 38, 43)
    ('families', 'people')
    >>> _first_of_moved_places(text.replace("were evacuated", "live"), 27, 32) is None
    True
    """
    place = _MOVED_PLACE_BEFORE.search(sentence, max(0, start - 60), start)
    if place is None or _BRACKETED_LIST_AFTER.match(sentence, end) is None:
        return None
    clause = max(place.start() - 60, *(sentence.rfind(mark, 0, place.start()) for mark in ",;:"))  # the movement's own
    if MOVEMENT.search(sentence, max(0, clause), place.start()) is None:
        return None
    unit = _last_unit_before(sentence, place.start())
    return unit if unit in HOUSEHOLD_UNITS else "people"


def _subject_of_placed_figures(sentence: str, start: int, end: int) -> bool:
    """Whether the bare figure at ``start``..``end`` opens its clause and a list of figures, each placed by name, whose
    verb follows the list (``_PLACED_FIGURES_AFTER``).

    >>> text = "About 5,000 in Sukkur, 3,200 in Larkana and 900 in Jacobabad district fled."
    >>> _subject_of_placed_figures(text, 0, 11), _subject_of_placed_figures(text.replace(" fled", " voted"), 0, 11)
    (True, False)
    >>> _subject_of_placed_figures("About 5,000 in shelters and 900 in tents fled.", 0, 11)
    False
    """
    listed = _PLACED_FIGURES_AFTER.match(sentence, end)
    verb = HEAD_TOKENS.search(sentence, listed.end()) if listed is not None else None
    return (verb is not None and _CLAUSE_START.search(sentence, max(0, start - 20), start) is not None
            and _bare_subject(sentence, verb))


def _managing_to_move(sentence: str, token: re.Match) -> bool:
    """Whether ``token`` is a verb of trying, managing or starting whose infinitive is a displacement: "12,000
    managed to escape", "3,000 tried to flee", "2,000 began to leave"."""
    to = _TO_NEXT.match(sentence, token.end())
    if not CONTROL_VERB.fullmatch(token.group()) or to is None:
        return False
    movement = MOVEMENT.match(sentence, to.end())
    return movement is not None and movement["verb"] is not None


def _leaving_a_place(sentence: str, token: re.Match) -> bool:
    """Whether ``token`` is a generic mover that takes people out of where they live or across a border:
    "thousands streamed out of the city", "hundreds poured across the border" (not "into the streets")."""
    movement = MOVEMENT.match(sentence, token.start())
    return bool(movement is not None and movement["verb"] and _OUT_OF_PLACE.match(sentence, movement.end()))


# Verbs of staying in the present, a state of displacement only with where they stay: "(of those displaced,) 130,000 live
# in IDP camps" (not "3,000 live in the town").
_STAYING_PRESENT = frozenset("live lives stay stays reside resides".split())


def _entering_state(sentence: str, token: re.Match) -> bool:
    """Whether ``token`` is a verb (by its form) that starts a state of displacement ("took refuge", "lost
    their homes", "slept in their cars", "live in IDP camps") or is followed by a shelter ("crowded into shelters"); a
    state that starts with a noun ("5,000 shelters", "300 relief camps") counts the shelters."""
    word = token.group().lower()
    if not (word in IRREGULAR_PAST or word in _STATE_PAST or word in _STAYING_PRESENT
            or (len(word) >= 5 and word.endswith(("ed", "ing")))):
        return False
    movement = MOVEMENT.match(sentence, token.start())
    return bool(movement is not None and movement["state"]) or bool(INTO_SHELTER.match(sentence, token.end()))


def _moving(sentence: str, token: re.Match) -> bool:
    """Whether ``token`` starts a verb of movement, generic ("arriving", "walking across") or not."""
    movement = MOVEMENT.match(sentence, token.start())
    return movement is not None and movement["verb"] is not None


def _displacing(sentence: str, token: re.Match) -> bool:
    """Whether ``token`` starts a verb of displacement (a specific term, not a withdrawal)."""
    movement = MOVEMENT.match(sentence, token.start())
    return movement is not None and movement["verb"] is not None and term_of(movement.group()) not in (None, "withdrew")


def listed_position(text: str, counts: Sequence[Counted], index: int) -> tuple[int, int] | None:
    """Where ``counts[index]`` stands in a list of figures before one noun, and how many figures the list has
    ("1,200 and 800 people were evacuated from X and Y": 800 is the second of two); None for a figure in no such list.

    >>> text = "Officials said 1,200 and 800 people fled Sukkur and Larkana."
    >>> counts = [Counted(None, 15, 20, "people", 20), Counted(None, 25, 28, "people", 35)]
    >>> listed_position(text, counts, 0), listed_position(text, counts, 1)
    ((0, 2), (1, 2))
    >>> listed_position("Some 1,200 fled and 800 people left.", [Counted(None, 5, 10, "people", 10),
    ...                                                         Counted(None, 19, 22, "people", 29)], 1) is None
    True
    """
    first = index
    while first > 0 and LIST_GAP.fullmatch(text, counts[first - 1].end, counts[first].start):
        first -= 1
    last = index
    while last + 1 < len(counts) and LIST_GAP.fullmatch(text, counts[last].end, counts[last + 1].start):
        last += 1
    return (index - first, last - first + 1) if last > first else None


def added_before(text: str, start: int) -> re.Match | None:
    """The words right before the count at ``start`` that add it to earlier ones ("another", "a further", "an
    additional", "an extra"), if any.

    >>> added_before("and an extra 300 left", 13).group(), added_before("and 300 extra left", 4)
    ('an extra ', None)
    """
    return _ADDED_BEFORE.search(text, max(0, start - 20), start)


def additional(text: str, start: int, end: int) -> bool:
    """Whether the count at ``start:end`` counts people beyond those counted before: "another 25,000",
    "a further 2,000", "an additional 300", "an extra 300", "500 more civilians". A flow keeps them apart from the
    figure before (they are not its lower estimate) and never adds them to it.

    >>> additional("and another 25,000 would be evacuated", 12, 18), additional("500 more civilians left", 0, 3)
    (True, True)
    >>> additional("500 more than expected left", 0, 3), additional("some 500 left", 5, 8)
    (False, False)
    """
    return bool(added_before(text, start) or _MORE_PEOPLE_AFTER.match(text, end))


@dataclass
class Counted:
    """A count of people (or homes) in a sentence, with what it counts and what belongs to it."""

    count: Count
    start: int
    end: int
    unit: str
    head_end: int
    breakdown: list[tuple[str, int]] = field(default_factory=list)
    equivalent: list[tuple[str, int]] = field(default_factory=list)
    #: The word of displacement in its clause that keeps a count whose own verb is not a movement (``loose``).
    vouched_by: re.Match | None = None
    #: The term of the moved people (or of what befell the homes) a tally names when the count is its value ("the
    #: displaced, numbering 13,500", "the number of homes destroyed rose to 417").
    named_as: str | None = None
    #: A part of the count before it broken down place by place ("9,100 people were evacuated: 5,000 in X, 4,100 in Y").
    part: bool = False
    #: The figure before said again of others, its verb left out ("8,000 evacuees were in X, 9,000 in Y": 9,000 evacuees in Y).
    again: bool = False


def withdrawn(text: str, counted: Counted) -> bool:
    """Whether a count can be withdrawn or pulled out: fighters, troops, or people a state or an agency
    removes (civilians, nationals, staff, "175 South Koreans"); members, students or admissions are not.

    >>> withdrawn("withdrew its 18 members", Counted(Count("18", 18, 18, 18), 13, 15, "people", 23))
    False
    >>> withdrawn("withdraw 175 South Koreans", Counted(Count("175", 175, 175, 175), 9, 12, "people", 26))
    True
    """
    if counted.unit != "people" or counted.head_end == counted.end:
        return True  # fighters and soldiers; a bare figure ("some 5,000 withdrew") reads as the people
    head = head_noun(text, counted)
    return head in _WITHDRAWN_PEOPLE or bool(DEMONYM.search(head))


def head_noun(text: str, counted: Counted) -> str:
    """The lowercased head noun of a count ("passengers" of "222 passengers"), "" for a bare figure."""
    return head_word(text, counted.end, counted.head_end)


def head_word(text: str, end: int, head_end: int) -> str:
    words = text[end:head_end].split()
    return words[-1].lower() if words else ""
