"""Tallies and labels: the unit of a figure that is a tally's value ("the number of displaced families has risen
to 2,300": ``tallied_unit``, ``restating``), or the value of a tally named after it ("bringing to 38,000 the
number of displaced people"; each place's figure in brackets in a ranked list: ``tallied_after``), or ends a table
cell or label ("Houses destroyed: 1,204": ``label_unit``). The rules are told in ``geo.counting``.
"""
from __future__ import annotations

import re

from geo.dates import CALENDAR_DATE, YEAR_SPAN
from geo.heads import AFTER_BARE_FIGURE, CASUALTY_AFTER, NEXT_BRACKETED_PLACE, Counted, added_before, head_unit
from geo.homes import DWELLING, HOUSING_FATE, fate_term
from geo.numbers import GREW, MONTH, PASSING_VERB, find_counts
from geo.rejections import AFFECTED_LABEL, rejected
from geo.terms import term_of
from geo.vocabulary import DEMONYM, GAP_WORDS, MOVEMENT, PEOPLE_UNITS, UNITS, unit_of

_I = re.IGNORECASE

# Labels of people harmed, not moved: "Deaths: 12", and in French "Décès : 12" (an accent lost upstream reads as "é": "Décés").
HARMED_WORDS = r"deaths?|dead|killed|injured|wounded|missing|casualties|fatalities|d[ée]c[èée]s|morts?|bless[ée]e?s|disparue?s"
_HARMED_LABEL = re.compile(rf"\b(?:{HARMED_WORDS}|injuries|bodies)\b", _I)
# French labels of people a disaster only touched ("# de personnes touchées 140 000"; ``AFFECTED_LABEL`` has "affectées",
# "sinistrées" and the English ones).
_AFFECTED_FRENCH_LABEL = re.compile(r"\btouch[ée]e?s\b", _I)
# What ends a label's figure ("Displaced persons: 12,300 (2,460 households)"): the end of a cell (";", "|", the text, or
# the "# " that opens the next key figure of a flattened update: "# de personnes déplacées 669 906 # de réfugiés ..."),
# or a comma before another label's figure, the cells of a row written as a list ("Houses fully damaged 3,400, houses
# partially damaged 12,000").
_NEXT_CELL = r",(?=\s+(?:[^\W\d_][\w'’-]*:?\s+){1,5}?\d[\d,.]*\s*(?:[,;|]|$))"
LABEL_FIGURE = re.compile(rf"\s*[.)]?\s*(?:\([^()]*\)\s*)?(?:[;|]|#\s|$|{_NEXT_CELL})")
# ... also past the places the label's people stay in, a bullet of a flattened update ("IDPs: 5,000 in 21 evacuation
# centres of the ministry", "Evacuees: 900 at two schools").
_LABEL_MARK_BEFORE = re.compile(r"[:–—-]\s*$")
_SHELTER_PLURALS = r"cent(?:re|er)s|shelters|camps|sites|schools"  # (the places counted after a figure too)
_STAYING_IN_AFTER = re.compile(r"\s+(?:in|at)\s+(?:\d[\d,]*\s+)?(?:[^\W\d_][\w-]*\s+){0,2}?"
                               rf"(?:{_SHELTER_PLURALS})\b(?:\s+(?:of|run\s+by)(?:\s+the)?\s+[\w-]+)?")
ROW_COMMA = re.compile(_NEXT_CELL)
_FACILITY_LABEL = re.compile(r"\b(?:cent(?:re|er)s?|shelters?|camps?|sites?|schools?|tents?|albergues?|centros?|refugios?"
                             r"|abris|écoles)\W*$", _I)
_HOUSING_LABEL = re.compile(r"\b(?:housing|houses|homes|dwellings|viviendas)\b", _I)
# "the number of ...", a tally its people name: "the displaced population", "the evacuee count", or the flow
# itself: "the exodus has reached 1.3 million people"; running totals name their people by the movement alone:
# "bringing the total evacuated to 37,000", "the number who have fled has passed 2 million" (not "the total
# evacuated area": a participle before a noun describes it).
_TALLY_OF_MOVED = (r"(?:number|total|tally|count)\s+(?=who\s+(?:(?:have|has|had)\s+)?(?:been\s+)?(?:displaced|evacuated|relocated"
                   r"|uprooted|fled)\b|(?:displaced|evacuated|relocated|uprooted)(?:\s*[,;]|\s+(?:since|so|to|in|from|by|at|over"
                   rf"|during|this|last|across|after|as|on|into|out|has|have|had|is|was|now|stands?|stood|reached|{GREW})\b))")
# Where a tally's people are, between them and its verb: "evacuees in the municipality of Guinobatan now number 4,312".
_WHERE_TALLIED = r"(?:\s+(?:in|at|across)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
# A copula that gives the moved people their number: "the displaced (in the province) could be about 9,000", "evacuees
# are now 4,000" (a bare figure or one of people only: not "the refugees were 12 years old").
_HEDGE = r"(?:could|may|might|would|will)\s+"  # "the displaced could reach 30,000", "may number about 2,000"
_COPULA = rf"(?:{_HEDGE}be|are|were|is|was)\s+(?:now\s+)?$"
# Spanish, Portuguese and French tallies: "el número de desplazados es de 3.000", "o número de pessoas desabrigadas é
# de 2.656", "los evacuados aumentaron este viernes a 1.626" (a lost letter reads as "é": "n\ufffdmero").
# An aside that gives the moved people their size: "the displaced, numbering 13,500", "displaced people, now numbering
# over 20,000", "displaced families, estimated at 1,200".
_SIZED = r"(?:now\s+)?(?:numbering|estimated\s+at)"
_GREW_ROMANCE = r"(?:aument(?:aron|ó|aram|ou|é)|sub(?:ieron|ió|iram|iu)|ascendi(?:eron|ó))"
_MOVED_ROMANCE = r"(?:evacuad[oa]s|desplazad[oa]s|desalojad[oa]s|desabrigad[oa]s|deslocad[oa]s|d[ée]plac[ée]e?s)"
_TALLY = re.compile(r"\b(?:(?:number|total|tally|count|population|estimate)\s+of\s+|n[úé]mero\s+(?:total\s+)?de\s+"
                    rf"|{_TALLY_OF_MOVED}|(?P<moved>displaced|evacuees?|refugees?|idps?|homeless|{_MOVED_ROMANCE})"
                    rf"(?:\s+(?:population|count|total|tally|figure)|(?:,|\s+[–—])\s+{_SIZED}|\s+(?P<noun>people|persons|families|households)"
                    rf"(?:(?:,|\s+[–—])?\s+{_SIZED}|(?=\s+(?:now\s+|have\s+|has\s+|{_HEDGE})?(?:{GREW}|reach(?:ed)?|number(?:ed)?|total(?:l?ed)?)\b))"
                    rf"|(?={_WHERE_TALLIED}?,?\s+(?:(?:who|which)\s+)?(?:now\s+|have\s+|has\s+|{_HEDGE})?"
                    rf"(?:{GREW}|{_GREW_ROMANCE}|reach(?:ed)?|number(?:ed)?|total(?:l?ed)?)\b)"
                    rf"|(?=(?P<copula>{_WHERE_TALLIED}?\s+{_COPULA})))\b"
                    r"|(?P<flow>exodus|influx)\b"
                    # people a shelter or camp holds, whatever moved them: "shelter populations have fallen to 10,400"
                    r"|(?P<sheltered>shelter|evacuation[\s-]+cent(?:re|er)|evacuation\s+site|relief\s+camp|camp)s?\s+"
                    r"populations?\b"
                    r"|(?:estimates?|estimations?|figures?)\s+of\s+(?:(?:forced|internal|new|recent)\s+)?(?P<flow_named>displacement)\b"
                    rf"|(?:(?<=\bthe\s)|(?<=\bthat\s)|(?<=\bthis\s))(?:(?:cumulative|overall|grand|revised|latest)\s+)?"
                    rf"(?P<anaphor>figures?|numbers?|tally|count|total)"
                    rf"(?=\s+(?:(?:had|has|have|was|were|is|are|now|already|since|nearly|almost)\s+)*"
                    rf"(?:{PASSING_VERB}|{GREW}|reached|reaching|hit|stood|stands|at|to)\b))", _I)
# "evacuees increased to 12,000", "IDPs now number 1.2 million", "displaced families numbered 900", "the total estimate
# of recently displaced individuals has reached 2,613,036"; an estimate of a
# movement named by its noun ("estimates of forced displacement in the territory are of some 800 households"); "the figure" or
# "the number" alone with its value ("said the figure had passed 20,000", "put the number at 9,500", "with the numbers
# reaching over 6,500") is the tally
# of the movement the sentence tells: its people
_TALLY_BREAK = re.compile(r"[.;:!?()\d]")
#: After a figure, the shelters it counts: places, no people ("the number of evacuees staying at 14 school shelters climbed to 730":
#: 14 is neither the tally's value nor a figure that breaks the tally off from it).
SHELTERS_COUNTED_AFTER = re.compile(r"\s+(?:(?!(?:in|at|of|from|to|into|across|and|or|for|with)\b)[^\W\d_][\w-]*\s+){0,2}?"
                                    rf"(?:{_SHELTER_PLURALS}|facilities|halls|tents)\b", re.IGNORECASE)
_SHELTERS_COUNTED = re.compile(r"\b\d[\d,]*" + SHELTERS_COUNTED_AFTER.pattern, re.IGNORECASE)
# Words in brackets, no figure among them: an abbreviation or an aside within the tally's words ("(IDPs)").
_BRACKETED_WORDS = re.compile(r"\([^()\d.;:!?]{1,40}\)")
# How far before its value a tally may start: its people may be told at length ("the number of Rohingya Muslims who have
# crossed into Bangladesh from Myanmar's Rakhine state since violence erupted on August 25 has reached 370,000").
_TALLY_REACH = 200
# The value a tally rose or fell from, before the one it reached: "the number of evacuees rose from 3,000 to 7,500".
# ... and when it stood there: "rose from 3,100 in March to 7,400".
_STOOD_WHEN = r"\s+(?:in|on|by|at|since)\s+(?:the\s+)?[\w-]+(?:\s+\d{1,4})?"
_EARLIER_VALUE = re.compile(r"\bfrom\s+(?:about\s+|some\s+|around\s+)?[\d.,]+(?:\s+(?:million|thousand))?"
                            rf"(?:{_STOOD_WHEN})?\s+(?=to\b)", _I)
# ... or the step it rose or fell by, before the value it reached: "had risen by 18,000 to 128,000", "rose by 2,000
# people to 9,000", "the number of displaced families increased by 40 families from last week, reaching 6,310".
_STEP = re.compile(r"\bby\s+(?:about\s+|some\s+|around\s+|over\s+)?[\d.,]+(?:\s+(?:million|thousand))?"
                   r"(?:\s+(?:people|persons|individuals|families|households))?"
                   rf"(?:\s+(?:from|since|over|in|during)\s+(?:the\s+)?(?:last|previous|past)\s+[\w-]+|{_STOOD_WHEN})?"
                   r",?\s+(?=to\b|reaching\b)", _I)
# The verb or preposition that gives a tally its value: "has risen to", "stands at", "is estimated to be".
# ... also after where the most of them were counted: "the highest number of IDPs was recorded in Ninewa, 113,898 individuals".
_TALLY_VALUE = re.compile(rf"\b(?:is|are|was|were|be|stands?|stood|{GREW}|reach|reached|reaches|reaching|{PASSING_VERB}"
                          r"|hit|hits|totals?|totall?ed|numbering|number|numbered|at|to|of"
                          r"|(?:recorded|found|registered|reported)\s+in\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+,(?:\s+with)?"
                          r"|(?:es|é|est|era|eram)\s+de|a|à)\s+(?:(?:now|currently)\s+)?(?:the\s+)?$", _I)
_MOVED_WORD = re.compile(rf"{_MOVED_ROMANCE}|displaced|evacuated|evacuees|idps|uprooted|homeless|relocated|returnees|deportees|refugees|fled|fleeing"
                         r"|asylum-seekers|migrants|evacuation|shelters|camps", _I)  # "people in evacuation centres"
# People a tally counts as they come in, refugees at a border or a camp ("the number of new arrivals has reached 519,000";
# not "the number of tourist arrivals"), also as they were reported or registered ("the number of new reported arrivals").
_NEW_ARRIVALS = re.compile(r"\bnew\s+(?:(?:reported|registered|recorded|verified)\s+)?arrivals\b")
# ... or as they come from or into a place named: "the total number of arrivals from Myanmar to India is estimated at
# 54,960", "the total number of arrivals in Bangladesh has now topped 501,000" (not "the number of tourist arrivals",
# nor "arrivals in January": a month).
_ARRIVALS_PLACED = re.compile(rf"\s*arrivals\s+(?:from|in|into|to)\s+(?:the\s+)?(?!(?i:{MONTH})\b)[A-Z]")

# A tally named after its value, which a verb raised to it: "bringing to 38,000 the number of displaced people",
# "elevó a 52.000 el número de desplazados" (an accent may be lost or guessed: "nemero"), also past a comma: "subiu para
# cerca de 900, o número de famílias desalojadas", "a estimé à 352 000, le nombre de déplacés" (an "à" lost upstream
# reads as "é").
_VALUE_BEFORE_TALLY = re.compile(r"\b(?:to|a|[àé]|para)\s+$", _I)
_TALLY_AFTER_VALUE = re.compile(r",?\s+(?:the|el|la|le|o)\s+(?:(?:total\s+)?number|total|n\wmero|nombre)\s+(?:of|de)\s+(?:los\s+|las\s+)?", _I)
# ... or a place's figure in brackets in a ranked list of places, the tally named after the list: "the towns of Sirte
# (at least 4,000), Misrata (900) and Zliten (350) host the most displaced people": each figure is its place's.
_RANKED_PLACE_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’.-]*\s*\(\s*$", _I)
_RANKED_LIST_REST = re.compile(
    r"\s*\)(?:" + NEXT_BRACKETED_PLACE + r"[^()]{1,30}\))*"
    r"\s+(?:have|has|had|host|hosts|hosted|hold|holds|held)\s+the\s+(?:largest|highest|most|greatest|biggest)\s+"
    r"(?:numbers?\s+of\s+)?", _I)
# The people such a tally names by their movement (not "the number of displacement sites": the places).
_MOVED_PARTICIPLE = re.compile(r"evacuated|relocated|uprooted|deported|resettled", _I)
_MOVED_PEOPLE = re.compile(rf"displaced|evacuees|refugees|idps|homeless|returnees|{_MOVED_ROMANCE}|d\wplac\we?s", _I)


# A tally of people found or staying in shelters, camps or sites counts them sheltered there, whatever moved them: "the
# number of IDPs identified in collective shelters", "civilians seeking safety in ten protection sites" (not "the
# population of displaced people in the camps": displaced, the camps only where they are).
_IN_SHELTERS = re.compile(r"\b(?:identified|found|registered|recorded|staying|living|sheltering|hosted|housed|accommodated"
                          r"|seeking\s+(?:safety|refuge|shelter|protection))\s+(?:in|at)\s+(?:[^\W\d_][\w-]*\s+){0,4}?"
                          rf"(?:{_SHELTER_PLURALS})\b", _I)


_HOSTS = re.compile(r"\bhost(?:ing)?\s+(?:families|households|communities)\b", _I)


# Words of a label that only join its words ("Number of displaced people on Anjouan: 7,869" has five of its own).
_LABEL_GLUE = frozenset("of the in on at by a an to for from".split())


def label_unit(text: str, start: int, end: int) -> str | None:
    """The unit of a figure that ends a table cell or label of five words at most, prepositions and articles aside
    ("Population evacuated 116129", "Destroyed housing: 146", "No. of displaced families - 860", "Families displaced
    by the floods in the north: 900"; cells end at ";", "|" or a comma
    between a figure and the next cell's: "Houses fully damaged 3,400, houses partially damaged 12,000"):
    housing, the label's own unit noun, else people; None for a tally given its value ("..., the number of vehicles
    is 21,103": ``tallied_unit`` tells what it counts).

    >>> row = "Houses destroyed: 1,204; People displaced: 6,020"
    >>> label_unit(row, 18, 23), label_unit(row, 43, 48), label_unit("Total: 300 buses", 7, 10)
    ('housing', 'people', None)
    """
    comma = text.rfind(", ", 0, start)
    cell = max(text.rfind(";", 0, start), text.rfind("|", 0, start), text.rfind("# ", 0, start),
               comma if comma > 0 and text[comma - 1].isdigit() else -1) + 1
    # (only after a label's colon or dash: "with 1,300 in shelters" ends no label)
    staying = _STAYING_IN_AFTER.match(text, end) if _LABEL_MARK_BEFORE.search(text, max(0, start - 4), start) else None
    if not LABEL_FIGURE.match(text, staying.end() if staying else end) or sum(1 for w in GAP_WORDS.findall(text, cell, start)
                                                 if w.strip("-'’") and w.lower() not in _LABEL_GLUE) > 5:
        return None
    if _TALLY.search(text, cell, start) and _TALLY_VALUE.search(text, cell, start):
        return None  # "..., the number of vehicles is 21,103": a tally's value, counting what the tally names (``tallied_unit``)
    return named_unit(text[cell:start])


def named_unit(label: str) -> str | None:
    """What a label (or a table's column header) counts: housing, its own unit noun, else people; None for people
    only affected or harmed, and for places people stay in.

    >>> named_unit("Displaced families"), named_unit("Affected families"), named_unit("Evacuation centres")
    ('families', None, None)
    >>> named_unit("IDPs in host families"), named_unit("Families in host families")
    ('people', 'families')
    """
    if _HOUSING_LABEL.search(label):
        return "housing"
    if AFFECTED_LABEL.search(label) or _AFFECTED_FRENCH_LABEL.search(label) or _HARMED_LABEL.search(label):
        return None  # "Affected families: 4,000": they did not move; "Deaths: 12"
    # (host families are where people stay, not what is counted: "IDPs in host families: 51,200")
    units = [UNITS[w.lower()] for w in GAP_WORDS.findall(_HOSTS.sub(" ", label)) if w.lower() in UNITS]
    if not units and _FACILITY_LABEL.search(label):
        return None  # "Evacuation centres: 45": the places people stay in, not the people
    return units[-1] if units else "people"


def tallied_unit(text: str, start: int, end: int) -> tuple[str, str | None] | None:
    """The unit of a bare figure given as the size of a tally of moved people ("the number of displaced
    people has risen to 250,000", "the total number of IDPs stands at 1.2 million"), and the term of the moved
    people the tally itself names ("the displaced, numbering about 13,500": displaced), if it does; a tally of
    homes counts housing, with the term of what befell them ("the number of homes destroyed rose to 417"); "the
    total" alone is "more": of the unit the count before counted.

    >>> text = "The number of displaced families rose to 2,300; the number of people dead and hundreds missing"
    >>> tallied_unit(text, 41, 46), tallied_unit(text, 80, 88)
    (('families', 'displaced'), None)
    >>> tallied_unit("The displaced population reached 50,000", 33, 39)
    ('people', 'displaced')
    >>> tallied_unit("The displaced could be about 9,000.", 23, 34), tallied_unit("The refugees were 12 years old.", 18, 20)
    (('people', 'displaced'), None)
    """
    tally = None
    for tally in _TALLY.finditer(text, max(0, start - _TALLY_REACH), start):
        pass
    # a date between is when, no figure: "the number of people displaced since March 9 has reached 80,000"
    # ... nor is an abbreviation or aside in brackets: "the number of internally displaced persons (IDPs) rose to"
    # ... nor a span of years: "has now equaled the peak of the 2008/9 conflict, and exceeds 50,000"
    gap = YEAR_SPAN.sub(" ", _STEP.sub(" ", _EARLIER_VALUE.sub(" ", _BRACKETED_WORDS.sub(" ", text[tally.end():start])))) if tally is not None else ""
    between = _SHELTERS_COUNTED.sub(" ", CALENDAR_DATE.sub(" ", gap))
    if tally is None or _TALLY_BREAK.search(between) or not _TALLY_VALUE.search(text, 0, start):
        return None  # commas may come between, figures not; "number of people dead and hundreds missing": no value
    words = [w.lower() for w in GAP_WORDS.findall(text, tally.end(), start)[:6]]
    if tally["copula"] is not None and not (AFTER_BARE_FIGURE.match(text, end) or head_unit(text, start, end)[0] == "people"):
        return None  # "the refugees were 12 years old": an age, not their number
    if tally["anaphor"]:
        # "the figure had passed 20,000": of what the count before counted, the people the sentence's movement moved
        # (none before: people); never a total of other things or of the dead ("bringing the total to 11 trucks")
        return ("more", None) if _totals_people(text, tally.start(), start) else None
    if tally["sheltered"]:
        return "people", "sheltered"
    if tally["moved"] or tally["flow"] or tally["flow_named"]:
        # "the displaced population reached 50,000", "the exodus has reached 1.3 million"
        # "displaced families numbering 300": the tally's own noun; "estimates of displacement are of 800": displaced
        moved = tally["moved"] or tally["flow_named"]
        return UNITS[tally["noun"].lower()] if tally["noun"] else "people", term_of(moved) if moved else None
    if any(DWELLING.fullmatch(w) for w in words[:3]):
        # "the number of homes destroyed rose to 417": their fate in the tally is the report's ("damaged": none)
        fate = HOUSING_FATE.search(text, tally.end(), start)
        return "housing", fate_term(fate) if fate is not None and not fate["clause"] else None
    if (not any(_MOVED_WORD.fullmatch(w) for w in words) and not _NEW_ARRIVALS.search(" ".join(words))
            and not _ARRIVALS_PLACED.match(text, tally.end()) and not _people_who_moved(text, tally.end(), start, words)):
        return None  # "the number of troops in Iraq to 50,000": a level, not people moved
    units = [UNITS[w] for w in words if UNITS.get(w, "housing") != "housing"]
    if _IN_SHELTERS.search(gap):
        return (units[0] if units else "people"), "sheltered"  # "the number of IDPs in collective shelters rose to 900"
    # "the number of people displaced by the conflict rose to 98,000": displaced, whatever verb the sentence goes on to
    named = next((term_of(w) for w in words if _MOVED_PEOPLE.fullmatch(w) or _MOVED_PARTICIPLE.fullmatch(w)), None)
    return (units[0] if units else "people"), named


def tallied_after(text: str, start: int, end: int) -> tuple[str, str | None] | None:
    """The unit and term of a figure that is the value of a tally named after it ("bringing to 38,000 the number of
    displaced people": people, displaced; a place's in a ranked list: "Sirte (4,000) and Misrata (900) host the most
    displaced people"); None when it is not one, or its tally counts no moved people ("raising to
    14 the number of displacement sites").

    >>> text = "bringing to 38,000 the number of displaced people, and to 14 the number of sites"
    >>> tallied_after(text, 12, 18), tallied_after(text, 58, 60)
    (('people', 'displaced'), None)
    """
    tally = _TALLY_AFTER_VALUE.match(text, end)
    if tally is None or not _VALUE_BEFORE_TALLY.search(text, max(0, start - 6), start):
        ranked = _RANKED_PLACE_BEFORE.search(text, max(0, start - 40), start)
        tally = _RANKED_LIST_REST.match(text, end) if ranked else None
    if tally is None:
        return None
    six = list(GAP_WORDS.finditer(text, tally.end(), tally.end() + 80))[:6]
    words = [w.group().lower() for w in six]
    if words and _MOVED_PEOPLE.fullmatch(words[0]):
        units = [UNITS[w] for w in words[1:2] if UNITS.get(w, "housing") != "housing"]
        return (units[0] if units else "people"), term_of(words[0])
    if _people_who_moved(text, tally.end(), six[-1].end() if six else tally.end(), words):
        return unit_of(words[0]) or "people", None  # "o número de fam\ufffdlias desalojadas": families
    return None


def restating(text: str, counted: Counted) -> bool:
    """Whether a count is the value of "the figure" or "the number" alone: the tally of the movement told before
    ("Turkey put the figure at 45,000"), not of people the sentence names.

    >>> from geo.counting import moving_counts
    >>> text = "Turkey put the figure at 45,000, while 300 people stayed."
    >>> [restating(text, c) for c in moving_counts(text)]
    [True]
    >>> [restating(text, c) for c in moving_counts("The number of refugees rose to 3,000.")]
    [False]
    """
    tally = None
    for tally in _TALLY.finditer(text, max(0, counted.start - _TALLY_REACH), counted.start):
        pass
    return tally is not None and tally["anaphor"] is not None and tallied_unit(text, counted.start, counted.end) is not None


# Things counted as an increment the total after them adds up: "three new craters opened", "two more trucks" (or
# "another five bridges": ``added_before``).
_INCREMENT_AFTER = re.compile(r"\s+(?:new|more|additional|further)\b", _I)


# A spaced dash after a bare figure opens an aside on it, no noun of it: "That number has quadrupled to over 85,000 - far
# more than in 2008".
_DASH_ASIDE_AFTER = re.compile(r"\s+(?:--?|–|—)\s")


def _totals_people(text: str, tally: int, start: int) -> bool:
    """Whether "the figure" or "the total" alone (at ``tally``), its value at ``start``, counts people: not when its
    value names what it counts ("bringing the total to 11 trucks lost"), nor when it adds up an increment of other
    things, or of people dead or hurt, counted just before it ("as two new craters opened, bringing the total to 12",
    "recovered the bodies of two more people, bringing the total to 16").

    >>> text = "About 4,000 residents fled as two new craters opened, bringing the total to 12."
    >>> _totals_people(text, text.index("the total") + 4, text.index("12."))
    False
    >>> text = "About 4,000 more residents fled on Sunday, bringing the total to 9,000."
    >>> _totals_people(text, text.index("the total") + 4, text.index("9,000"))
    True
    >>> text = "The number has quadrupled to 9,000 - far more than in 2008."
    >>> _totals_people(text, text.index("number"), text.index("9,000"))
    True
    """
    value_end = next((e for _, s, e in find_counts(text[start:]) if s == 0), 0) + start
    bare = AFTER_BARE_FIGURE.match(text, value_end) or _DASH_ASIDE_AFTER.match(text, value_end)
    if not bare and head_unit(text, start, value_end)[0] is None:
        return False
    before = [(s, e) for _, s, e in find_counts(text[:tally])]
    if not before:
        return True
    s, e = before[-1]
    increment = _INCREMENT_AFTER.match(text, e) or added_before(text, s)
    unit, head_end = head_unit(text, s, e)
    return not increment or (unit is not None and not rejected(text, s, e) and not CASUALTY_AFTER.match(text, head_end))


def _people_who_moved(text: str, at: int, start: int, words: list[str]) -> bool:
    """Whether the tally's first words (``words``, from ``at``) name people and their movement: "the number of
    Rohingya who have crossed into Bangladesh", "the number of people who have left the city"; not "the number of
    trucks that crossed into Gaza"."""
    if not words or not (unit_of(words[0]) in PEOPLE_UNITS or DEMONYM.search(words[0])
                         or words[:2] == ["those", "who"]):  # "the number of those who have fled"
        return False
    gap = list(GAP_WORDS.finditer(text, at, start))[:10]
    # their relative clause's verb past where they are: "the number of people in the north who have fled", its object
    # too when the verb and its object name the movement: "who have lost their homes"
    who = next((i for i, w in enumerate(gap[:8]) if w.group().lower() == "who"), None)
    reach = gap[:6] if who is None else gap[:who + 5]
    movement = MOVEMENT.search(text, at, reach[-1].end())
    # a state they went into is as much their movement: "the number of people who have taken shelter in Malakal"
    return movement is not None and (movement["verb"] is not None or movement["state"] is not None)
