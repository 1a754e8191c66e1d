"""A count's clause: where it breaks (``CLAUSE_BREAK``, ``clause_break_between``), and the word of the displacement
family in it that vouches for a count whose own verb is no movement (the loose reading: ``vouching_word``). The
rules are told in ``geo.counting``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from geo.heads import HAD_BEFORE, Counted
from geo.numbers import find_counts
from geo.predicates import NOUN_AFTER, people_object
from geo.vocabulary import GAP_WORDS, PEOPLE_UNITS, PLACES_LEFT, displacement_word, unit_of

_I = re.IGNORECASE

# A colon does not break a label ("Houses destroyed: 412"), nor a separator inside a figure ("consumed 12,000
# acres and 40 homes").
CLAUSE_BREAK = re.compile(r"[;!?()\"“”]|[.,](?!\d)")
_BREAK_CHARACTERS = frozenset(';!?()"“”.,')


def clause_breaks(text: str) -> list[int]:
    """Where ``CLAUSE_BREAK`` matches in ``text``, for asking many times whether a stretch of it holds a break
    (``clause_break_between``): a search of the stretch for every count and every verb of a sentence is cubic
    in its length, which a long unpunctuated text makes minutes."""
    return [match.start() for match in CLAUSE_BREAK.finditer(text)]


def clause_break_between(text: str, breaks: Sequence[int], start: int, end: int) -> bool:
    """Whether ``CLAUSE_BREAK.search(text, start, end)`` finds a break, from ``breaks = clause_breaks(text)``.

    >>> text = "residents fled, 1,500 of them"
    >>> breaks = clause_breaks(text)
    >>> clause_break_between(text, breaks, 0, 14), clause_break_between(text, breaks, 0, 15)
    (False, True)
    >>> clause_break_between(text, breaks, 16, 21), clause_break_between(text, breaks, 16, 18)
    (False, True)
    """
    after = bisect_left(breaks, start)
    if after < len(breaks) and breaks[after] < end - 1:
        return True
    # The search cannot see past ``end``: a stop or comma just before it breaks even before a digit.
    return start < end and text[end - 1] in _BREAK_CHARACTERS
# Where the clause of a count ends, for a word that vouches for it: punctuation or a word starting another clause.
# What goes on about the same people does not end it: a conjunction followed by "they", a participle, or their
# homes ("as they fled", "after fleeing", "after their homes were washed away", "whose houses were destroyed"); a
# comma followed by a participle ("..., having fled the fighting", "..., driven from their villages"; not "then",
# "women": -en words are listed), nor the comma inside a figure ("1,500").
_CLAUSE_END = re.compile(rf"[.;:!?()\"“”—–]|,(?!\d)(?!\s+(?:having\s+|being\s+)?(?:[a-z]+(?:ing|ed)|driven|taken|thrown)\b)"
                         rf"|\b(?:and|while|whereas|because|although|though|but|as|after|before|when|since|until|unless|if"
                         rf"|whose)\b(?!\s+(?:they\b|(?:their\s+)?{PLACES_LEFT}\b|[a-z]+ing\b))", _I)
# The words before a count that may say what befell it ("forced some 300,000 to evacuate"); further back, a
# verb is another subject's ("could flee the city with 700,000 of them requiring shelter").
_WORDS_BEFORE = re.compile(r"(?:[\w'’-]+\s+){1,3}$")
_REACH_AFTER = 10  # words between a count's noun and a word of displacement after it
# In a count's clause, a harm that befell its people, or what something has: not a word of displacement's people.
# What people did that a word of displacement after it only frames: they protested the movement ("300 residents
# protested plans to relocate them") or were cared for where it took others ("1,340 people received medical treatment
# at the evacuation centres"): they are counted for that deed, not as people who moved.
_OTHER_DEED = re.compile(r"\b(?:protest(?:s|ed|ing)?|demonstrat(?:ed|ing)|rall(?:ied|ying)|oppos(?:es|ed|ing)"
                         r"|object(?:s|ed|ing)|petition(?:s|ed|ing)|campaign(?:s|ed|ing)|treated|vaccinated"
                         r"|(?:received|receiving|given|got)\s+(?:medical\s+|health\s+)?"
                         r"(?:treatment|care|consultations?|vaccin\w+))\b", _I)
_HARMED = re.compile(r"\b(?:killed|dead|died|die|dies|injured|wounded|hurt|missing|drowned|perished)\b", _I)
# ... unless a relative clause tells it of another noun, a hazard's toll: "(9,000 people packed camps to escape) floods
# that have killed 400" (not "9,000 people that were killed", right after the count's noun: its own).
_RELATIVE_OF_ANOTHER = re.compile(r"\s\w+\s+(?:that|which)\s+(?:(?:has|have|had|already|also|reportedly)\s+)*$", _I)


def vouching_word(text: str, start: int, end: int, head_end: int, unit: str) -> re.Match | None:
    """A word of the displacement family (``displacement_word``) in the clause of a count of people, families
    or households: after its noun, up to where the clause ends (punctuation, "and", or a word that starts
    another clause: "while", "as", "because" ...) and ten words at most, else in the three words before it,
    within its clause ("evacuated the campground and urged the town's 2,000 residents to ...": "and" starts the
    count's clause).
    None when the clause says its people were harmed, or when the count is what something has.

    >>> text = "some 2,000 people jammed the roads after fleeing the flames"
    >>> vouching_word(text, 5, 10, 17, "people").group()
    'fleeing'
    >>> vouching_word("10 people complained about the evacuation", 0, 2, 9, "people") is None
    True
    >>> vouching_word("400 people lost power as residents fled", 0, 3, 10, "people") is None
    True
    >>> text = "the storm has uprooted an estimated 3,000 families"
    >>> vouching_word(text, 36, 41, 50, "families").group()
    'uprooted'
    """
    if unit not in PEOPLE_UNITS or HAD_BEFORE.search(text, max(0, start - 12), start):
        return None  # fighters and troops move for other reasons; "the district has 45,000 inhabitants": a population
    clause_end = _CLAUSE_END.search(text, head_end)
    until = clause_end.start() if clause_end else len(text)
    harmed = _HARMED.search(text, head_end, until)
    if harmed is not None and not _RELATIVE_OF_ANOTHER.search(text, head_end, harmed.start()):
        return None  # "30 people whose homes were destroyed died in the fire": what befell them is the harm
    after = displacement_word(text, head_end, until)
    if after is not None and _people_counted_in(text[head_end:after.start()]):
        after = None  # "40 pessoas caíram no rio e cinco famílias ficaram desalojadas": the word is the five families'
    # further on, a word of displacement is seldom about the count ("thousands of people who had shared the page
    # to also share their request for volunteers needed at hurricane shelters")
    if (after is not None and len(GAP_WORDS.findall(text, head_end, after.start())) <= _REACH_AFTER
            and not people_object(text, after.end())  # "150 staff evacuated patients": they moved others
            and not _OTHER_DEED.search(text, head_end, after.start())):  # "300 residents protested plans to relocate them"
        return after
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 60), start)), default=max(0, start - 60))
    before = _WORDS_BEFORE.search(text, clause_start, start)
    return displacement_word(text, before.start(), start) if before else None


# What joins another count to the first: "... no rio e cinco famílias" (not "2,600 people from about 700 families": the
# same people in another unit).
_JOINED = re.compile(r"(?:[,;]|\b(?:and|while|but|y|e|et|mientras|enquanto)\b)", re.IGNORECASE)


def _people_counted_in(stretch: str) -> bool:
    """Whether ``stretch`` counts people, families or households of its own, joined after a conjunction ("e cinco
    famílias"; not "12 villages", nor "from about 700 families", the same people)."""
    return any(noun is not None and unit_of(noun[1].lower()) in PEOPLE_UNITS and _JOINED.search(stretch, 0, start)
               for _, start, end in find_counts(stretch) for noun in [NOUN_AFTER.match(stretch, end)])


def clause_displacement(text: str, counted: Counted) -> re.Match | None:
    """The word of the displacement family in the clause of a count kept by the strict rules (``vouching_word``),
    for when the sentence's movement words are too far from it to be its own ("300 people whose homes were
    washed away")."""
    return vouching_word(text, counted.start, counted.end, counted.head_end, counted.unit)
