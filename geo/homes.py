"""Homes counted: what happened to them (``housing_term``: destroyed housing, evacuated, or nothing when only
damaged or built), and the homes of people counted that were destroyed (``homes_destroyed``). The rules are told
in ``geo.counting``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from geo.clauses import CLAUSE_BREAK
from geo.heads import Counted
from geo.predicates import WORD_BEFORE, is_finite_verb
from geo.terms import term_of
from geo.vocabulary import DESTROYED, DWELLINGS, STRUCK_PLURAL

_I = re.IGNORECASE

# (also in French, Spanish and Portuguese: "(1 200 maisons endommagées, dont) 300 complètement détruites")
PART_DESTROYED = re.compile(rf"\s+(?:(?:were|was|have|has|had|been|being|ont\s+été|sont|fueron|foram)\s+)*"
                             rf"(?:(?:completely|totally|fully|entirely|compl[èe]tement|enti[èe]rement|totale?ment|completamente)\s+)?"
                             rf"(?:{DESTROYED})\b", _I | re.VERBOSE)
HOMES_OF = re.compile(rf"\b{DWELLINGS}\s+of\s+$", _I)
DWELLING = re.compile(DWELLINGS)
# The homes of people counted destroyed, before or after them: "destroyed the homes of 3,000 people", "the houses of
# 3,000 people were washed away" (not "damaged the homes of 3,000 people").
_HOMES_OF_DESTROYED_BEFORE = re.compile(rf"\b(?P<fate>{DESTROYED})\s+(?:the\s+|their\s+)?{DWELLINGS}\s+of\s+$", _I | re.VERBOSE)
_DESTROYED_AFTER = re.compile(
    rf"\s+(?:(?:were|was|have|has|had|been)\s+){{0,2}}(?:(?:completely|totally|fully)\s+)?(?P<fate>{DESTROYED})", _I | re.VERBOSE)

# Homes "damaged or destroyed" (either order, "and/or" too) are counted as destroyed, as IDMC counts them: one mixed
# figure, read the same whichever word comes nearer the count.
_OR_DAMAGED = r"(?:\s+(?:and/or|or|and))\s+(?:(?:partially|partly|severely|badly)\s+)?damaged"
_DAMAGED_OR = r"(?:(?:partially|partly|severely|badly)\s+)?damaged\s+(?:and/or|or|and)\s+(?:(?:completely|totally|fully)\s+)?"
# Homes only damaged: "partly destroyed" is damage, one word with its grade ("Partially destroyed houses: 974"; "half-
# collapsed", "half-swallowed by the river"); Spanish
# and Portuguese "dañadas", "danificadas", "afectadas", "afetadas", "parcialmente"; French "endommagées", "affectées",
# "sinistrées", "inondées", "décoiffées", "fissurées".
_DAMAGED = (rf"damag\w*|flooded|inundated|affected|submerged|(?:partially|partly)(?:\s+(?:{DESTROYED}))?|half[\s-](?:{DESTROYED})"
            r"|da[ñn]os?|afectad[oa]|" + STRUCK_PLURAL + r"|da[ñné]ad[oa]s|danificad[oa]s|parcialmente"
            r"|endommag\w*|inond[ée]e?s|d[ée]coiff[ée]e?s|fissur[ée]e?s|partiellement")
HOUSING_FATE = re.compile(
    rf"(?P<clause>[;.]|,\s+(?:and|while|but)\b)|\b(?:(?P<destroyed>{_DAMAGED_OR}(?:{DESTROYED})|(?:{DESTROYED}){_OR_DAMAGED}|{DESTROYED})"
    rf"|(?P<damaged>{_DAMAGED})|(?P<built>construct\w*|build(?:s|ing)?|built|rebuil\w*|erect\w*)"
    r"|evacu\w*|desaloj\w*"
    r"|(?P<ordered>(?:told|ordered|asked|urged|forced)\s+to\s+(?:leave|flee|get\s+out)))\b", _I | re.VERBOSE)
# A fate word is not the homes' when a locative stands between them: "bodies buried in the gardens of two homes"
# ("in effect", "in place" are none: "evacuation orders remained in effect for 3,000 homes").
# So is "to": the homes are another verb's ("3,000 people evacuated and power cut to 40,000 homes"); "onto" too ("toppled
# trees onto 40 houses").
_ASIDE = re.compile(r"\([^()]*\)")  # words in brackets: an aside between homes and their verb
_LOCATIVE_GAP = re.compile(r"\b(?:in(?!\s+(?:effect|place|force)\b)|at|near|inside|outside|behind|beside|beneath|to|onto)\b", _I)
# A fate word after the homes that takes an object of its own is another subject's verb: homes destroy or damage nothing
# ("the floods, which cut power to 40,000 homes, washed away two bridges", "the collapse of 300 homes, damaged 900
# buildings"; not "60 homes washed away in the flood").
_OWN_OBJECT = re.compile(r"\s+(?:(?:more\s+than|at\s+least|nearly|almost|about|around|some|up\s+to)\s+)?"
                         r"(?:the|an?|its|their|his|her|several|many|dozens|hundreds|thousands|two|three|four|five|six|seven"
                         r"|eight|nine|ten|\d[\d,.]*)\b", _I)


def homes_destroyed(text: str, start: int, head_end: int) -> re.Match | None:
    """The word saying that the homes of the people counted at ``start`` were destroyed, else None.

    >>> homes_destroyed("the quake destroyed the homes of 3,000 people", 33, 45)["fate"]
    'destroyed'
    >>> homes_destroyed("the homes of 3,000 people were washed away", 13, 25)["fate"]
    'washed away'
    >>> homes_destroyed("the flood damaged the homes of 3,000 people", 31, 43) is None
    True
    """
    if not HOMES_OF.search(text, max(0, start - 30), start):
        return None
    return (_HOMES_OF_DESTROYED_BEFORE.search(text, max(0, start - 60), start)
            or _DESTROYED_AFTER.match(text, head_end))


# Between homes counted and their own verb: auxiliaries and adverbs only ("500 were completely destroyed"; "200 casas
# totalmente destruídas", "667 viviendas quedaron destruidas").
_OWN_FATE_GAP = re.compile(r"\s+(?:(?:were|was|are|is|have|has|had|been|being|completely|totally|fully|entirely|partially|partly"
                           r"|badly|severely|heavily|seriously|slightly|moderately|lightly"  # "500 were badly damaged": a grade
                           r"|ont|sont|[ée]t[ée]|enti[èe]rement|partiellement|se"  # French: "et 2 714 ont été endommagées", "se sont effondrées"
                           r"|fueron|foram|son|s[ãa]o|est[áa]n|est[ãa]o|quedaron|ficaram|resultaron|terminaron"
                           r"|[^\W\d]+mente?)\s+)*", _I)  # "totalmente", "complètement"
# A relative clause after homes counted, up to the auxiliary of their own verb: "(90 homes) which are situated close to
# the river (are estimated to have been destroyed)".
_PLACING_CLAUSE = re.compile(r"\s+(?:which|that)\s+(?:are|were|is|was|lie|lay)\s+[^,.;:()]{1,60}?(?=\s+(?:are|were|have|has|had)\b)", _I)
# Buildings counted whose part the homes are: "(destroyed) 35 structures, including (20 homes)".
_WHOLE_BEFORE = re.compile(r"(?:\b(?:at\s+least|more\s+than|over|about|around|some|nearly|almost)\s+)?(?<![\w,.])\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:structures|buildings|properties)\s*,?\s*"
                           r"(?:including|among\s+them|of\s+which)\s+$", _I)


def _other_verb_before(text: str, fate_end: int, start: int) -> bool:
    """Whether the word right before the count at ``start`` (past its determiners) is a verb other than the fate
    word ending at ``fate_end``: "destroyed power lines serving 300,000 homes"."""
    own = WORD_BEFORE.search(text, fate_end, start)
    return own is not None and own.start("verb") >= fate_end and is_finite_verb(text, own, "verb")


# Between two counts of homes in one list, each placed: "300 homes in Burbank, 250 homes in Glendale and ...".
_HOMES_LISTED = re.compile(r"(?:\s+(?:in|at|on|near)\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$", re.I)


def listed_housing_term(text: str, counts: Sequence[Counted], index: int) -> str | None:
    """``housing_term`` of ``counts[index]``, or, when it has none, that of the next count of homes it is
    listed with: "about 300 homes in burbank, 250 homes in glendale and 180 homes in los angeles were under
    evacuation" evacuates all three, though the word is far from the first."""
    term = housing_term(text, counts[index])
    while term is None and index + 1 < len(counts) and counts[index + 1].unit == "housing" and _HOMES_LISTED.match(
            text[counts[index].head_end:counts[index + 1].start]):
        index += 1
        term = housing_term(text, counts[index])
    return term


def _past_placing_clause(text: str, head_end: int) -> int:
    """Where the homes' own verb is looked for: after a relative clause that only tells where or what they are ("90
    homes which are situated close to the river (are estimated to have been destroyed)"), else right after their noun.
    A relative clause telling their fate is theirs ("300 homes which were destroyed have been rebuilt": destroyed).

    >>> text = "90 homes which are situated close to the river are believed destroyed"
    >>> text[_past_placing_clause(text, 8):]
    ' are believed destroyed'
    """
    relative = _PLACING_CLAUSE.match(text, head_end)
    if relative is None or HOUSING_FATE.search(text, head_end, relative.end()):
        return head_end
    return relative.end()


def housing_term(text: str, counted: Counted) -> str | None:
    """What happened to the homes counted: the housing word nearest the figure (before or after it),
    within its clause.

    "60 homes were destroyed", "destroyed more than 120 houses" -> destroyed housing; "the
    evacuation of 50 homes" -> evacuated; "91 homes damaged" (or nothing said) -> None: damage is
    not displacement, nor are homes built ("construct 300 more homes to compensate for the evacuation"). A tally
    gives its own ("the number of homes destroyed rose to 417"), and so does a fate word inside the homes' noun phrase
    ("reported 3,200 collapsed houses"); "damaged or destroyed" homes are destroyed housing, "partly destroyed" damage.
    """
    if counted.named_as is not None:
        return counted.named_as
    own = HOUSING_FATE.search(text, counted.end, counted.head_end)
    if own is not None and own["destroyed"]:
        return "destroyed housing"  # "reported 3,200 collapsed houses": the fate is a word of the homes' noun phrase
    after_from = _past_placing_clause(text, counted.head_end)
    after = HOUSING_FATE.search(text, after_from, _fate_reach(text, after_from))
    if after is not None and (after["clause"] or ((after["destroyed"] or after["damaged"]) and _OWN_OBJECT.match(text, after.end()))):
        after = None
    whole = _WHOLE_BEFORE.search(text, max(0, counted.start - 50), counted.start)
    start = whole.start() if whole else counted.start  # "destroyed 35 structures, including 20 homes": the whole's fate
    before = None
    for before in HOUSING_FATE.finditer(text, max(0, start - 50), start):
        pass
    if before is not None and (before["clause"] or CLAUSE_BREAK.search(text, before.end(), start)
                               or _LOCATIVE_GAP.search(text, before.end(), start)
                               or (_other_verb_before(text, before.end(), start)
                                   and not before.group().lower().startswith("evacuation"))):
        # "destroyed power lines serving 300,000 homes": the homes are another verb's object; but "an evacuation
        # order covering 5,000 homes" evacuates them
        before = None
    fates = [(after.start() - counted.head_end, after)] if after else []
    fates += [(start - before.end(), before)] if before else []
    if not fates:
        return None
    fate = min(fates, key=lambda pair: pair[0])[1]  # "destroyed 24 homes and evacuated 100 houses"
    if after is not None and _OWN_FATE_GAP.fullmatch(text, counted.head_end, after.start()):
        fate = after  # "15,000 homes were flooded and 500 were destroyed": the homes' own verb, however near another
    return fate_term(fate)


def _fate_reach(text: str, at: int) -> int:
    """How far after the homes their own verb is looked for: 60 characters, asides in brackets not counted ("100
    houses and other buildings (schools, clinics, a market) were destroyed").

    >>> text = "100 houses and other buildings (schools, clinics, a market) were destroyed"
    >>> text[10:_fate_reach(text, 10)].endswith("destroyed"), _fate_reach("100 houses", 10)
    (True, 70)
    """
    reach = at + 60
    for aside in _ASIDE.finditer(text, at, reach):
        reach += aside.end() - aside.start()
    return reach


def fate_term(fate: re.Match) -> str | None:
    """The term of what befell homes (a ``HOUSING_FATE`` match), None when it displaced no one."""
    if fate["damaged"] or fate["built"]:
        return None  # "91 homes damaged"; "will construct 300 more homes to compensate for the evacuation"
    if fate["ordered"]:
        return "evacuated"  # "residents of 80 homes were told to leave"
    return "destroyed housing" if fate["destroyed"] else term_of(fate.group())
