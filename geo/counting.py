"""Which numbers of a sentence count people (or homes) that moved: ``moving_counts(sentence)``.

Each ``Counted`` keeps the count, its unit (the head noun's, ``geo.vocabulary.UNITS``), where its noun
phrase ends, and what belongs to it (a breakdown, the same people in another unit). ``withdrawn`` and
``housing_term`` say whether a count can be withdrawn and what happened to counted homes.

Rules:

- **A numbered report** is a count of people (``geo.numbers``) in a sentence with a movement word that is
  not negated ("were not allowed to leave", "refused to leave", "did not want to leave"). The count must
  count people: its head noun ("2,000 residents", "400 rebel fighters", "hundreds of fighters") gives the
  unit (``UNITS``; a singular one before a plural noun only modifies it: "refugee families" are families,
  "fighter pilots" no fighters; any plural with its families is people: "1,500 traders and their families"); a count with no noun right before a verb ("some 5,000 were evacuated", headlines'
  "3,000 flee fighting", "3,000 ordered to evacuate", "of the 3 million who fled", "hundreds took refuge",
  "thousands lost their homes", "5,000 crowded into shelters", "thousands streamed out of the city", "12,000 managed to
  escape"), or that a verb sets
  moving ("sent thousands fleeing across the border") counts people. Anything
  else is not a report: buses, hours, lengths ("a surge of 12 feet"), years, cases, money ... (``geo.numbers`` already drops years, dates,
  times, ordinals, percentages), populations ("home to some 75,000 people", "75,000 people live", "the valley,
  which has some 12,000 people", "a levee built to protect 40,000 residents"; not
  people named as displaced: "hosts 1,500 evacuees", "a displaced population of 50,000", or whom a relative
  clause moves: "hosts some 80,000 refugees who fled the fighting", or an aside on most of them: "hosts 270,000
  people, most of them displaced"; nor people a
  school, camp or hall is sheltering: "schools are sheltering 900 people"), capacities, even of evacuees ("centres
  can hold 5,000 people", "room for 3,000 evacuees"), casualties ("killed hundreds",
  "450.000 Syrians lost their lives"), group sizes ("groups of about 15 people each"), parts ("half of the
  20,000 residents", "half of the country's 22 million people", "300 of the 5,400 residents", "40% of the 2 million"; but "half of the 4 million Syrians who
  have fled are children" counts the 4 million: the relative clause moves the whole). A participle between
  the figure and its noun keeps the noun's unit ("900 displaced families" are families). Figures of people
  below ``MIN_COUNT`` (10) make no report: "two men left the building" is an anecdote; people swept or washed away
  or buried are a disaster's dead or missing ("2,000 were displaced and 12 were swept away"); families,
  households and homes count however few ("a fire left three families homeless"). People on board after a
  preposition are a vehicle's occupants ("a plane that went down with 54 people on board") unless their own
  verb after it moves them ("buses with 2,000 people on board left the city"); passengers and crew
  (``OCCUPANTS``) always are ("all 222 passengers were evacuated": a plane emptied). The count's own verb must
  be a movement (``_other_predicate``): the verb right before it whose object it is, or the first verb
  after its noun phrase whose subject it is (past an aside between dashes: "40,000 people — half the
  population — may need food", or a part of them between commas: "buses carrying 1,100 people, among them
  300 fighters, left the town" moved the people); "a brawl involving 200 people", "the toll topped 670 people",
  "10 people complained", "260 men were detained", "aid reached thousands of people", "300 soldiers evacuated
  villagers" (they moved others) are not reports.
  Verbs of reporting and causing pass the decision on ("recorded 3,450 households ... displaced", "forced
  17,000 to leave", "helped 800 residents flee", "started to leave", "continued to arrive");
  "withdrew"/"pulled out" move fighters, troops and people a state removes, not members or admissions
  (``withdrawn``); a bare figure that is a tally's value counts what the tally names ("the number of
  displaced families has risen to 2,300", "the number of people in evacuation centres", "the displaced
  population reached 50,000", "the number of Syrians registered as refugees has reached the 1 million
  mark", "the displaced, numbering about 14,000"), or people it names with their movement or the state it put them in ("the number of Karens who
  have crossed into Thailand has reached 12,000", "the number of those who have taken shelter"; not "the number of
  trucks that crossed"). People told by where they live and then moved are no population ("35,000 people living near the
  volcano have been evacuated"), nor are people staying or trapped where their flight took them ("10,000
  civilians remain trapped on the mountain since being driven out of their villages", "after fleeing"); a count's noun phrase that puts them in shelter moves them ("forced 6,000
  people into shelters"). A bare figure after a report's place and "and" says the same of other people
  ("709,841 people displaced in Jajpur and 363,832 in Puri"); "others" after a count of no people are
  people ("the death toll climbed to 200, and 20,000 others were displaced"); "forced 2,000 to seek
  shelter" counts people; after a verb of saying it is a subject ("officials say as many as 4,000 could be
  displaced").
- **A loose reading** (``loose``, in an article about forced movement; the fallback for wordings no rule
  knows): a count of people, families or households whose own verb is not a movement is still a report when
  its clause holds a word of the displacement family (``_vouching_word``, ``geo.vocabulary.displacement_word``):
  a displacement verb or state ``MOVEMENT`` knows, in any of its languages (evacuate, displace, flee,
  relocate, deport, take refuge, homeless, shelters ...), homes of theirs destroyed, leaving, abandoning,
  taken or forced from their homes, living in camps; not negated, not a participle describing other people ("a meeting for
  displaced residents"), not a shelter named as a landmark ("near the evacuation centre"), not after a deed of the
  people's own that it only frames ("protested plans to relocate them", "were treated at the evacuation centre"). The clause runs
  from the count's noun to punctuation, "and", or a word that starts another clause ("as", "while",
  "because", "whose" ...) unless "they", a participle or their homes follow it ("jammed highways as they
  fled", "crammed into cars before fleeing", "after their homes were washed away"; "..., having fled the
  fighting"), ten words at most, else it is the three words before the count (further back, a verb is
  another subject's).
  Casualties, populations, group sizes and people only affected are rejected before this reading, and it
  keeps no count whose clause says its people died or were hurt, nor a count something has ("the district
  has 45,000 inhabitants"). ``geo.reports`` reads the same clause for a count the strict rules keep when no
  movement of the sentence is near enough to be its own (``clause_displacement``: "2,000 residents whose
  homes were destroyed").
- **A breakdown**: a count after "including", "among them" or "of whom", or before "of whom" or "of them" ("(2,000
  were displaced,) 500 of whom are in camps"), belongs to the count before it
  ("2,000 residents, including 400 rebel fighters" -> 2,000 people, ``(("fighters", 400),)``). It is never
  a report of its own, unless the count before is no report and the part's own words move it ("affected
  5,000 people, of whom 3,000 were displaced"). "Of which" and "from which" are breakdowns too. Places counted
  between are where the whole was, not a count ("affected 5,000 people in 14 districts and displaced 3,000 of them").
- **Homes counted**: the housing word nearest the figure, within its clause, says what happened to them
  (``housing_term``): destroyed housing, evacuated (also "residents of 80 homes were told to leave"), or
  nothing when only damaged or built ("construct 300 more homes to compensate for the evacuation"). A figure's own separator breaks no clause ("consumed 12,000 acres and 40
  homes" destroyed the homes). The homes of N families or households are N homes ("destroyed the homes of
  2,000 families": 2,000 households); a part of homes only damaged whose own words say it was destroyed is a
  report of its own ("damaged 1,200 houses, of which 400 were completely destroyed").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

from geo.dates import CALENDAR_DATE
from geo.model import Count
from geo.numbers import GREW, find_counts
from geo.terms import term_of
from geo.vocabulary import (DEMONYM, DESTROYED, DWELLINGS, GAP_WORDS, HEAD_TOKENS, HOMELESS, HOSTS, MAKING_SHELTER, MOVEMENT, NOT_A_PLAN,
                            OCCUPANTS, PLACES_LEFT,
                            PUBLIC_REFUGES, SHELTER_CENTRES, SHELTERS_COUNTED,
                            STATE_NEXT, THING_MOVED, UNITS, WITH_FAMILIES, displacement_word, unit_of)

_I = re.IGNORECASE

#: The smallest figure that makes a report (smaller ones still count as a breakdown).
MIN_COUNT = 10
#: Units whose small counts still make a report: a home or a family is a household displaced ("a fire left
#: three families homeless"), whereas "two men left" is an anecdote.
SMALL_UNITS = frozenset({"housing", "families", "households"})
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
_HARMED_LABEL = re.compile(r"\b(?:deaths?|dead|killed|injured|injuries|wounded|missing|casualties|fatalities|bodies)\b", _I)
_HAD_BEFORE = re.compile(r"\b(?:has|have|had)\s+$", _I)
# Units of measure written without a plural -s (plural nouns already end the search for a head noun).
_MEASURES = frozenset("feet foot ft mph kph km kmh m cm mm kg lb lbs inch mile acre hectare ha ton tonne degree percent"
                      " metre meter yard storey story".split())
_SINGULAR_UNITS = frozenset("person resident civilian refugee family household fighter militant rebel".split())
_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+)?", _I)
# Victims are people only as a disaster's survivors ("2,500 flood victims were evacuated"); alone they are
# mostly its dead or injured.
_DISASTER_VICTIMS = re.compile(r"\b(?:flood|fire|storm|typhoon|cyclone|hurricane|quake|earthquake|landslide|mudslide|tsunami"
                               r"|disaster|drought|war|conflict)[\w-]*\s+victims$", _I)
_HEAD_SKIP = frozenset("of the them those these more other additional de".split())  # "un centenar de casas"
# Border statistics count people as entries or crossings from or into a named place ("191,348 entries from Ukraine",
# "12,000 border crossings into Poland"); not the crossing points a border has, nor vehicles ("truck entries").
_BORDER_GAP = re.compile(r"\s+(?:border\s+)?", _I)
_INTO_A_PLACE = re.compile(r"\s+(?i:from|into)\s+[A-Z]")
_HEAD_STOP = frozenset("""a an to in on at from for and or but were was are is be been have has had will would who
    which that each per with by into out than as""".split())
_ORDERED_TO = re.compile(r"(?:ordered|told|forced|urged|asked|advised)\s+(?:to|out)\b", _I)
# A verb that sets the bare figure after it moving ("sent thousands fleeing", "set 3,000 running for their lives").
_SENT_BEFORE = re.compile(r"\b(?:sen(?:t|d|ds|ding)|set(?:s|ting)?)\s+$", _I)
_TO_NEXT = re.compile(r"\s+to\s+", _I)
_IN_THE_OPEN = re.compile(r"\s+(?:outdoors|in\s+the\s+open|rough)\b", _I)
# Out of where people live, or across a border: "(streamed) out of the city", "(poured) across the border".
_OUT_OF_PLACE = re.compile(rf"\s+(?:[\w'’-]+\s+)?(?:out\s+of|from|across)\s+(?:the\s+|their\s+)?(?:[\w'’-]+\s+)?"
                           rf"(?:{PLACES_LEFT}|borders?)\b", _I)
# A clause of its own that a comma and "with" open: "refugees poured in, with hundreds hiking through cornfields".
_WITH_CLAUSE_BEFORE = re.compile(r",\s*with\s+$", _I)
_PART_DESTROYED = re.compile(rf"\s+(?:(?:were|was|have|has|had|been|being)\s+)*(?:(?:completely|totally|fully|entirely)\s+)?"
                             rf"(?:{DESTROYED})\b", _I | re.VERBOSE)
_HOMES_OF = re.compile(rf"\b{DWELLINGS}\s+of\s+$", _I)
_DWELLING = re.compile(DWELLINGS)
# The homes of people counted destroyed, before or after them: "destroyed the homes of 3,000 people", "the houses of
# 3,000 people were washed away" (not "damaged the homes of 3,000 people").
_HOMES_OF_DESTROYED_BEFORE = re.compile(rf"\b(?P<fate>{DESTROYED})\s+(?:the\s+|their\s+)?{DWELLINGS}\s+of\s+$", _I | re.VERBOSE)
_DESTROYED_AFTER = re.compile(
    rf"\s+(?:(?:were|was|have|has|had|been)\s+){{0,2}}(?:(?:completely|totally|fully)\s+)?(?P<fate>{DESTROYED})", _I | re.VERBOSE)
_BARE_SUBJECT = frozenset("were was are is have has had will would could may might fled left remain remained".split())
# After a label's figure: the end of the line or cell ("Displaced persons: 12,300 (2,460 households)").
# What ends a label's figure: the end of a cell (";", "|", the text), or a comma before another label's figure, the
# cells of a row written as a list ("Houses fully damaged 3,400, houses partially damaged 12,000").
_NEXT_CELL = r",(?=\s+(?:[^\W\d_][\w'’-]*:?\s+){1,5}?\d[\d,.]*\s*(?:[,;|]|$))"
LABEL_FIGURE = re.compile(rf"\s*[.)]?\s*(?:\([^()]*\)\s*)?(?:[;|]|$|{_NEXT_CELL})")
_ROW_COMMA = re.compile(_NEXT_CELL)
_FACILITY_LABEL = re.compile(r"\b(?:cent(?:re|er)s?|shelters?|camps?|sites?|schools?|tents?|albergues?|centros?|refugios?"
                             r"|abris|écoles)\W*$", _I)
_HOUSING_LABEL = re.compile(r"\b(?:housing|houses|homes|dwellings|viviendas)\b", _I)
# A count with no noun after it: punctuation, a preposition or a conjunction, or a participle.
_BARE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:in|on|at|from|to|into|across|since|after|by|during|last|this|over|and|or"
                         r"|along|near|around|throughout|outside|within|overnight|as|while|when|destroyed|damaged)\b)", _I)
# A bare figure that says what befell more homes: "(15,000 homes were flooded) and 500 were destroyed", "120 collapsed".
_FATE_AFTER = re.compile(r"\s+(?:(?:were|was|are|have|has|had|been)\s+){0,2}(?:(?:completely|totally|fully|partially|partly)\s+)?"
                         r"(?:destroyed|damaged|razed|flattened|collapsed|(?:washed|swept)\s+away)\b", _I)
# Between a count and a bare one that says the same of other people: "(709,841 people) displaced in Jajpur and (363,832)"
# ... or a clause later: "(2,300 households) were displaced; in Bundibugyo, (1,100)".
_ELLIPSIS = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:[\w'’-]+\s*[;,]\s+)?(?:in|from|at)\s+(?:[\w'’-]+(?:\s+|(?=,))){1,4}?(?:and|,)\s+",
                       _I)
# A whole that opens the clause of its parts: "Of the (12,000 people displaced), ..."
_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the|these|those)\s+$", _I)
_WHOLE_CLAUSE = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s*,\s*")
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", _I)
_SAME_UNIT_AFTER = re.compile(r"\s+(?:others|of\s+(?:which|whom|them|these|those))\b", _I)
# "(plans to relocate) 10,000 more to Ourang", "2,000 more in the coming days": more of the unit before.
_MORE_AFTER = re.compile(r"\s+more\b", _I)
# "500 more civilians", "2,000 more": people beyond those counted before (not "500 more than expected").
_MORE_PEOPLE_AFTER = re.compile(r"\s+more\b(?!\s+than\b)", _I)
# Right after a bare figure, a word that says the figure counts people moved: "34,000 evacuated",
# "518,000 displaced or relocated", "483 homeless", "1 000 rendered homeless", "left 20,000 without shelter",
# "forced 17,000 to leave".
_PARTICIPLE_AFTER = re.compile(
    r"\s*(?:evacuated|displaced|relocated|resettled|(?:rendered\s+|left\s+)?" + HOMELESS + r"|uprooted|deported"
    r"|without\s+(?:a\s+)?(?:shelter|homes?|roofs?)"
    r"|to\s+(?:flee|leave|evacuate|abandon|relocate|move|seek\s+(?:shelter|refuge|safety))|evacuad[oa]s|desplazad[oa]s|desalojad[oa]s|desabrigad[oa]s"
    r"|d[ée]plac[ée]e?s|[ée]vacu[ée]e?s|sans[\s-]abris?)\b", _I | re.VERBOSE)
_NOUN_AFTER = re.compile(r"\s+([\w'’]+)")
# ... or a verb of saying whose "that" is left out: "officials say as many as 4,000 could be displaced".
_CLAUSE_START = re.compile(r"(?:^|[,;:(—–-]|\b(?:that|and|but|while|as|when|only|another|said|says|say|whom|which"
                           r"|reported|reports|estimated?|estimates|fears?|feared|warned|warns?|expects?|expected"
                           r"|believes?|believed))\s*$", _I)

_NEXT_PART = re.compile(r"[^;.]{0,80}?\s(?:and|y|et)\s+", _I)
_BREAKDOWN_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom|(?:of|from)\s+(?:whom|which)|incl\."
                               r"|dont|de\s+(?:los|las)\s+cuales|dos\s+quais|das\s+quais)\s+$", _I)  # "3 000 sinistrés dont 1 500"
_POPULATION_BEFORE = re.compile(
    r"\b(?:home\s+to|(?<!refugee\s)(?<!displaced\s)population\s+of|inhabited\s+by|hosts?|hosting|houses|sheltering|shelters"
    r"|(?:city|town|village|district|neighbou?rhood|camp|area|country|nation)\s+of"
    r"|(?:which|that)\s+(?:now\s+|still\s+)?(?:has|have|had)"  # "the valley, which has some 12,000 people"
    # the people a structure or a service is there for: "a levee that protects 40,000 residents", "serving 8,000 people"
    r"|protects|protecting|serves|serving|to\s+(?:protect|serve))\s+$", _I)
# What a place can take: a capacity, never people moved, even when they are named as displaced ("shelters
# with room for 3,000 evacuees", "centres can hold 5,000 people", "prepared shelters for 10,000 people", "a camp built
# for 3,000 people").
_HOLD = r"(?:hold|house|accommodate|shelter|host|sleep)"
_CAPACITY_BEFORE = re.compile(
    rf"\b(?:capacity\s+(?:to\s+(?:{_HOLD}|take)|for|of)|room\s+for|space\s+for|beds\s+for|(?:can|could|able\s+to)\s+{_HOLD}"
    r"|(?:shelters?|tents|camps?|cent(?:re|er)s|accommodation)\s+for|(?:built|designed|meant|intended)\s+for"
    # the same in Spanish, Portuguese and French ("capacidad para 500 personas", "peut accueillir 400 personnes")
    r"|capacidade?\s+(?:para|de)|capacit[ée]\s+(?:d['’]accueil\s+)?de|(?:puede|pueden|podr[áa]n?|pode|podem|poder[áa]|peut|peuvent"
    r"|pourra|pourront)\s+(?:albergar|alojar|acoger|recibir|abrigar|acolher|receber|accueillir|h[ée]berger|loger))"
    r"\s+(?:(?:up\s+to|hasta|at[ée]|jusqu['’][àa])\s+)?$", _I)
# "will take up to 3,000" is a capacity; "will take 3,000 residents to safer areas" a movement.
_CAPACITY_UP_TO = re.compile(rf"\b(?:can|could|will|would|able\s+to)\s+(?:take|receive|{_HOLD})\s+$", _I)
_UP_TO = re.compile(r"up\s+to\b", _I)
# A building or camp that shelters people now holds people displaced: "schools are sheltering 900 people"; so did
# a shelter that housed them, also where a place is named between ("evacuation centres in Onmore and Brisk hosted
# 180 people"; a venue that hosted its visitors did not: "the stadium hosted 40,000 fans").
_WHERE_BETWEEN = r"(?:\s+(?:in|at)\s+[^.;:()]{1,60}?)?"
_FACILITY_SHELTERING = re.compile(
    r"\b(?:(?:schools?|churches|church|gyms?|gymnasiums?|cent(?:re|er)s?|shelters?|camps?|halls?|stadiums?|hotels?|mosques?"
    rf"|temples?|buildings?){_WHERE_BETWEEN}\s+(?:(?:are|is|were|was|have\s+been|has\s+been|had\s+been|now|currently|still)\s+)*"
    r"(?:sheltering|housing|hosting)"
    r"|(?:shelters?|(?:evacuation|relief|transit|reception|collective|emergency|temporary)\s+(?:cent(?:re|er)s?|camps?|sites?))"
    rf"{_WHERE_BETWEEN}\s+(?:(?:have|has|had)\s+)?(?:sheltered|housed|hosted|accommodated|took\s+in|taken\s+in))\s+$", _I)
# Staying where they are ("remained in the city", "are in this country"), unless it is in shelters.
# A part of a count: "half of the 20,000 residents have left" did not move 20,000.
_WITH_HOSTS = re.compile(rf"\s+with\s+{HOSTS}\b", _I)
_FRACTION_BEFORE = re.compile(r"(?:\b(?:half|thirds?|quarters?|most|many|some|majority|part|portion|per\s*cent|percent|few"
                              r"|none|fraction|share|one|two|three)|\d%?)\s+of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?"
                              r"(?:[\w-]+['’]s\s+)?$", _I)  # "half of the country's 22 million people"
_MOVES_NEXT = re.compile(r"\s+(?:to\s+)?(?=\w)", _I)
# ... or an aside on most of them: "hosts 270,000 people, most of them displaced from surrounding villages" (not
# "half of them": a part moved, not the people counted).
_RELATIVE_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?(?:\s+(?:who|that)|,\s+(?:(?:the\s+(?:vast\s+)?majority|most|(?:nearly|almost)?\s*all)"
                             r"\s+of\s+(?:them|whom)))\s+(?:(?:have|has|had|were|was|are|been)\s+)*", _I)
# The words telling people by where they (had) lived, right after their noun: "living", "residing", "who live", "who had
# long lived", "that used to live", "who are residing" (``geo.movement`` reads their place as the origin of a move);
# so does a clause of where they had been hiding or sheltering, for a while too ("who had been sheltering for weeks in").
RESIDING = (r"(?:living|residing|(?:who|that)\s+(?:(?:had|have|has|were|are)\s+)?(?:(?:been|long|previously|once)\s+)*"
            r"(?:live|lived|living|reside|resided|residing|used\s+to\s+live|hiding|sheltering|holed\s+up)"
            r"(?:\s+for\s+(?:\w+\s+)?(?:days|weeks|months|years))?)\b")
# A count's people told by where they live, up to the verb of the clause: "35,000 people living near the volcano have been",
# "12,000 South Sudanese refugees who had lived in Khartoum have" (a noun phrase of up to three words before it), past an
# adverb of how they were moved ("had been forcibly", "have been temporarily").
_LIVING = re.compile(rf"(?:\s+[\w'’-]+){{0,3}}?\s+{RESIDING}[^,.;]{{0,60}}?\s+"
                     r"(?:have|has|had|were|was|are|is|will|must)\s+(?:(?:been|being|be|now|already|also|[a-z]+ly)\s+)*(?=\w)", _I)
# ... or up to the place they live in, when no auxiliary follows: "900 families living in Goma returned to their villages".
_LIVING_IN = re.compile(rf"(?:\s+[\w'’-]+){{0,3}}?\s+{RESIDING}\s+(?:in|near|around|at|along|on)\b", _I)
_CLAUSE_WORDS = re.compile(r"[^\W\d][\w'’-]*|[,;:.()]")
# Within a clause, the words that say people moved before staying where they are: "since being driven out".
_SINCE_MOVED = re.compile(r"[^.;:,()]{0,80}?\b(?:after|since|having)\s+(?:(?:being|been|they\s+(?:were|had|have))\s+)?", _I)
# A hall or centre people stay in, one at a time ("remained in the sports hall", "stayed at the community centre").
_IN_A_HALL = re.compile(r"\s+(?:in|at)\s+(?:(?:the|a|an|local|[\w-]+['’]s)\s+)?(?:[\w-]+\s+)?(?:community|civic|sports|town|village)"
                        r"\s+(?:cent(?:re|er)s?|halls?)\b", _I)
_STAYED = re.compile(r"remain|stay|\b(?:are|is|were|was)\b", _I)
_POPULATION_AFTER = re.compile(r"\s*(?:\w+\s+)?(?:live|lives|lived|living|reside|resided|remain|remained|stay|stayed|trapped"
                               r"|(?:are|is|were|was)(?=\s+(?:still\s+|now\s+|currently\s+)?in\b))\b", _I)
_CASUALTY_BEFORE = re.compile(
    r"\b(?:killed|killing|kill|wounded|wounding|injured|injuring|massacred|executed|death\s+toll\s+of|deaths\s+of"
    r"|lives\s+of|bodies\s+of|massacre\s+of|killings?\s+of|murders?\s+of)\s+(?:(?!(?:and|or|y|e|et|ou|o)\b)\w+\s+)?$", _I)
_CASUALTY_AFTER = re.compile(
    r"\s*(?:(?:have|has|had|were|was|are|been|reportedly|also)\s+){0,3}"
    r"(?:killed|dead|died|wounded|injured|lost\s+their\s+lives|missing|casualties|deaths)\b", _I)
# People the water or the earth carried off or buried: its dead or missing, not displaced (homes swept away are destroyed).
_CARRIED_OFF = re.compile(r"\s*(?:(?:have|has|had|were|was|are|been|being|reportedly|also|later)\s+){0,3}"
                          r"(?:(?:swept|washed|carried)\s+away|buried)\b", _I)
# People a disaster touched without moving them, whom displacement only threatens, whom aid reached, or whom
# the police held: the count's own verb is one of these ("25,000 people are at risk of displacement", "4,000 people
# were reached with shelter kits", "left 900 people without access to clean water", "250 people were arrested as they
# tried to flee": held, not moved; "200 civilians drowned while fleeing": a death toll).
_AFFECTED = (r"affect(?:ed|ing|s)?|rescued|rescuing|stranded|trapped|impacted|injured|isolated|cut\s+off|hit|assisted|helped"
             r"|at\s+(?:[\w-]+\s+)?risk\s+of\s+(?:being\s+)?(?:displace|evict|evacuat)\w*"
             r"|arrested|detained|intercepted|apprehended|drowned|perished|(?:were|was|been|being)\s+reached"
             r"|in\s+(?:a\s+situation\s+of\s+)?(?:urgent\s+|dire\s+|desperate\s+)?need"
             r"|without\s+(?:access\s+to\s+)?(?:(?:clean|safe|drinking|running|potable)\s+){0,2}"
             r"(?:power|electricity|water|food|heat(?:ing)?|gas|services)"
             r"|damnificad[oa]s|afectad[oa]s|sinistr[ée]s")
_AFFECTED_LABEL = re.compile(rf"\b(?:{_AFFECTED})\b", _I)
# ... or the label of its cell: "Affected: 8,000 people; displaced: 2,100 people".
_AFFECTED_BEFORE = re.compile(rf"\b(?:{_AFFECTED})(?:\s*[:–—-])?\s+(?:(?!(?:and|or|y|e|et|ou|o)\b)\w+\s+)?$", _I)
# The places a word of ``_AFFECTED`` qualifies ("the most affected districts"): an adjective, not the count's verb.
_AREA_AFTER = re.compile(r"\s+(?:areas?|districts?|regions?|provinces?|zones?|parts?|localities|municipalities|counties"
                         r"|villages?|towns?|neighbou?rhoods?|communities|barangays?)\b", _I)
# The first verb after a count, within its clause: a movement word or one of ``_AFFECTED``.
_PREDICATE_AFTER = re.compile(
    rf"(?P<clause>[.;]|,\s+(?:and|while|but)\b|\bwhile\b)|\b(?P<affected>{_AFFECTED})\b|{MOVEMENT.pattern}", _I | re.VERBOSE)
# Between a count and the same people counted in another unit: "1,000 families (3,000 people)",
# "150 familles soit 1206 personnes", "500 households, or about 2,500 people"; also after the people named by their state
# ("12,000 of the displaced (some 2,400 families)").
_EQUIVALENT_BETWEEN = re.compile(r"(?:\s+of\s+(?:the|those)\s+(?:displaced|evacuated|evacuees|homeless|affected))?\s*(?:\(|[,–—-]?\s*(?:or|i\.e\.,?|soit|that\s+is,?|equivalent\s+to))\s*", _I)
# ... or between dashes: "200 families – about 1,000 people – fled".
_DASH = re.compile(r"\s*(?:[–—]|--)\s*")
# ... or, later in the clause, the people a count of families or households covers: "6,400 households were under
# evacuation orders, covering roughly 14,000 people".
_COVERING_BEFORE = re.compile(r",\s*(?:covering|comprising|totall?ing|amounting\s+to|representing|or\s+some|or\s+about)\s+$", _I)
_COVERED_GAP = re.compile(r"[^;:()]{0,160}", _I)
# ... or the households people belong to: "3,000 people in 600 households", "from 600 families", "belonging to 600
# families".
_HOUSEHOLDS_OF = re.compile(r"\s+(?:in|from|belonging\s+to)\s+", _I)
_BELONGING_TO = re.compile(r"\s+belonging\s+to\s+(?P<count>\d[\d,]*)\s+(?:families|households)\b", _I)
# A count of the places a whole was found in, after a preposition: "affected 120,000 people in 14 districts and
# displaced 30,000 of them" (the part is of the people, not of the districts).
_PLACES_COUNTED = re.compile(r"(?:(?<=\bin\s)|(?<=\bacross\s)|(?<=\bfrom\s)|(?<=\bover\s))[\d,]+\s+(?:[\w-]+\s+)?(?:districts|provinces|counties|states"
                             r"|regions|municipalities|villages|towns|communities|localities|governorates|prefectures"
                             r"|upazilas|barangays|LGAs|wards|camps|sites)\b", _I)
# A part counted after the whole it belongs to: "(2,000 were displaced,) 500 of whom are in camps".
_PART_OF_AFTER = re.compile(r"\s+of\s+(?:whom|which|them|these|those)\b", _I)
_STATES = frozenset({"sheltered", "homeless", "destroyed housing"})  # terms of where people are or what befell homes

_HOUSING_FATE = re.compile(
    rf"(?P<clause>[;.]|,\s+(?:and|while|but)\b)|\b(?:(?P<destroyed>{DESTROYED})|(?P<damaged>damag\w*|flooded|inundated|affected"
    r"|submerged|partially|da[ñn]os?|afectad\w*)|(?P<built>construct\w*|build(?:s|ing)?|built|rebuil\w*|erect\w*)"
    r"|evacu\w*|desaloj\w*"
    r"|(?P<ordered>(?:told|ordered|asked|urged|forced)\s+to\s+(?:leave|flee|get\s+out)))\b", _I | re.VERBOSE)
# "16,000 families were affected and evacuated", "were rescued from floodwaters by boat and taken to shelters":
# the figure moved too.
# A fate word is not the homes' when a locative stands between them: "bodies buried in the gardens of two homes"
# ("in effect", "in place" are none: "evacuation orders remained in effect for 3,000 homes").
# So is "to": the homes are another verb's ("3,000 people evacuated and power cut to 40,000 homes").
_LOCATIVE_GAP = re.compile(r"\b(?:in(?!\s+(?:effect|place|force)\b)|at|near|inside|outside|behind|beside|beneath|to)\b", _I)
_AND_MOVED = re.compile(rf"(?:\s+[\w'’-]+){{0,5}}?\s+(?:and|or)\s+(?:(?:have|has|had|were|was|been|then|later)\s+)*(?:{MOVEMENT.pattern})", _I | re.VERBOSE)
_MOVED_OBJECT = re.compile(r"\b(?:evacuat\w*|relocat\w*|displac\w*|mov(?:e|ed|ing))\s+$", _I)
# A head noun that names people as displaced: wherever they are, they were moved there.
_DISPLACED_HEAD = re.compile(r"\b(?:displaced|evacuees|idps|homeless)\b", _I)
# People someone plans aid for: "to respond to the needs of 100,000 new arrivals", "assistance to 5,000 refugees",
# "appealed for funds to support 20,000 returnees" (people named as displaced are a figure of their own).
_AIDED_BEFORE = re.compile(
    r"\b(?:needs\s+of|(?:assistance|aid|support|help|relief|services)\s+(?:to|for)|assist(?:ing)?|(?:support|help)(?:ing)?"
    r"|(?:respond|responding|cater|catering|provide|providing)\s+for|plan(?:s|ning)?\s+for)"
    r"\s+(?:(?:the|some|an\s+(?:estimated|expected)|up\s+to|around|about|nearly|over|more\s+than)\s+)*$", _I)
# not "the displaced, numbering", "displaced persons numbering" (tallies)
_GROUP_SIZE_BEFORE = re.compile(r"\b(?:groups|batches|(?<!,\s)(?<!people\s)(?<!persons\s)(?<!families\s)(?<!households\s)numbering)"
                                r"\s+(?:of\s+)?$", _I)
_EACH_AFTER = re.compile(r"\s*each\b", _I)

# The count's own verb (``_other_predicate``): a verb by its form, since there is no part-of-speech tagger.
_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*|[^\w\s]")
_IRREGULAR_PAST = frozenset("saw met went hit cost put got gave kept held fed paid hurt struck drew won lost caught fought shot "
                            "told sent took brought".split())
# Irregular pasts that start a state of displacement: "sought refuge", "slept in their cars", "found shelter".
_STATE_PAST = frozenset("sought slept found became".split())
# Present tenses that often follow a count of people without moving them ("Thousands ... need food").
_PRESENT_VERBS = frozenset("need needs lack lacks face faces require requires suffer suffers die dies work works".split())
_NOT_VERB = re.compile(r"(?:morning|evening|building|nothing|something|everything|anything|during|according|following"
                       r"|regarding|concerning|including|excluding|notwithstanding|hundred|indeed|exceed|proceed|succeed"
                       r"|speed|breed|bleed|greed|ceiling|wedding|bedding|clothing|funding|housing|meeting|shooting"
                       r"|bombing|fighting|shelling|flooding|burning|ruling|nursing|spring|string|king|thing|ring|wing)")
_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|the|of|from|in|at|by|its|their|his|her|our|these|those|more|most)\s+$", _I)
# The word before a count and its determiners: the verb whose object the count may be.
_WORD_BEFORE = re.compile(
    r"\b(?P<verb>[\w'’]+)\s+(?:(?:the|its|their|his|her|our|these|those|all|another|a\s+further|an\s+additional"
    r"|a\s+total\s+of)\s+)?(?:[\w-]+['’]s\s+)?$",  # "urged the town's 2,000 residents", "evacuated a total of 900 people"
    _I)
# Verbs that report or tally a figure, or cause or allow a movement that the following words name.
_REPORTING_VERB = re.compile(
    r"(?:said|says|saying|reported|reporting|recorded|recording|registered|registering|counted|counting|estimated|estimating"
    r"|identified|identifying|tracked|tracking|documented|verified|confirmed|listed|believed|thought|feared|received"
    r"|receiving|welcomed|welcoming|assessed|profiled|including|included|numbered|totall?ed|totall?ing)", _I)
_CONTROL_VERB = re.compile(
    r"(?:forced|forcing|ordered|ordering|urged|urging|asked|asking|told|telling|expected|expecting|allowed|allowing"
    r"|permitted|compelled|obliged|advised|encouraged|prompted|prompting|caused|causing|helped|helping|made|making"
    r"|required|warned|planning|preparing|trying|tr(?:y|ies|ied)|attempt(?:s|ed|ing)?|waiting|scheduled|set|due|able|unable|going"
    r"|about|likely|set|to|be"
    r"|manag(?:e|es|ed|ing)"  # "4,000 people managed to leave"
    r"|start(?:s|ed|ing)?|beg(?:in|ins|an|un|inning)|continu(?:e|es|ed|ing))", _I)  # "started to leave"
_AUXILIARY = frozenset("""have has had 've been were was are is being remain remains remained stay stays stayed
    become became also still reportedly already now then later newly
    recently just all each ultimately eventually mostly mainly since who that which whom will would could may might
    must should can shall 'll the their""".split())
# "the number of ...", a tally its people name: "the displaced population", "the evacuee count", or the flow
# itself: "the exodus has reached 1.3 million people"; running totals name their people by the movement alone:
# "bringing the total evacuated to 37,000", "the number who have fled has passed 2 million" (not "the total
# evacuated area": a participle before a noun describes it).
_TALLY_OF_MOVED = (r"(?:number|total|tally|count)\s+(?=who\s+(?:(?:have|has|had)\s+)?(?:been\s+)?(?:displaced|evacuated|relocated"
                   r"|uprooted|fled)\b|(?:displaced|evacuated|relocated|uprooted)(?:\s*[,;]|\s+(?:since|so|to|in|from|by|at|over"
                   rf"|during|this|last|across|after|as|on|into|out|has|have|had|is|was|now|stands?|stood|reached|{GREW})\b))")
# Where a tally's people are, between them and its verb: "evacuees in the municipality of Guinobatan now number 4,312".
_WHERE_TALLIED = r"(?:\s+(?:in|at|across)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
_TALLY = re.compile(r"\b(?:(?:number|total|tally|count|population)\s+of\s+"
                    rf"|{_TALLY_OF_MOVED}|(?P<moved>displaced|evacuees?|refugees?|idps?|homeless)"
                    r"(?:\s+(?:population|count|total|tally|figure)|,\s+numbering|\s+(?P<noun>people|persons|families|households)"
                    rf"(?:\s+numbering|(?=\s+(?:now\s+|have\s+|has\s+)?(?:{GREW}|reached|number(?:ed)?|total(?:l?ed)?)\b))"
                    rf"|(?={_WHERE_TALLIED}?,?\s+(?:(?:who|which)\s+)?(?:now\s+|have\s+|has\s+)?(?:{GREW}|reached|number(?:ed)?|total(?:l?ed)?)\b))\b"
                    r"|(?P<flow>exodus|influx)\b"
                    rf"|(?<=\bthe\s)(?P<anaphor>figure|number|tally|count|total)(?=\s+(?:(?:had|has|have|was|is|now|already)\s+)*"
                    rf"(?:{GREW}|passed|reached|topped|exceeded|surpassed|hit|stood|stands|at|to)\b))", _I)
# "evacuees increased to 12,000", "IDPs now number 1.2 million", "displaced families numbered 900"; "the figure" or
# "the number" alone with its value ("said the figure had passed 20,000", "put the number at 9,500") is the tally
# of the movement the sentence tells: its people
_TALLY_BREAK = re.compile(r"[.;:!?()\d]")
# How far before its value a tally may start: its people may be told at length ("the number of Rohingya Muslims who have
# crossed into Bangladesh from Myanmar's Rakhine state since violence erupted on August 25 has reached 370,000").
_TALLY_REACH = 200
# The value a tally rose or fell from, before the one it reached: "the number of evacuees rose from 3,000 to 7,500".
_EARLIER_VALUE = re.compile(r"\bfrom\s+(?:about\s+|some\s+|around\s+)?[\d.,]+(?:\s+(?:million|thousand))?\s+(?=to\b)", _I)
# The verb or preposition that gives a tally its value: "has risen to", "stands at", "is estimated to be".
_TALLY_VALUE = re.compile(rf"\b(?:is|are|was|were|be|stands?|stood|{GREW}|reached|reaches|topped|tops|exceeded"
                          r"|exceeds|hit|hits|passed|surpassed|totals?|totall?ed|numbering|number|numbered|at|to|of)\s+(?:the\s+)?$", _I)
_MOVED_WORD = re.compile(r"displaced|evacuated|evacuees|idps|uprooted|homeless|relocated|returnees|deportees|refugees|fled|fleeing"
                         r"|asylum-seekers|migrants|evacuation|shelters|camps", _I)  # "people in evacuation centres"
# People a tally counts as they come in, refugees at a border or a camp ("the number of new arrivals has reached 519,000";
# not "the number of tourist arrivals").
_NEW_ARRIVALS = re.compile(r"\bnew\s+arrivals\b")
_WITHDRAWN_PEOPLE = frozenset("""people persons civilians residents inhabitants villagers nationals citizens
    foreigners staff employees workers personnel diplomats evacuees refugees families individuals""".split())
_HARMED_AFTER = re.compile(r"\s+(?:dead|injured|wounded|hurt|missing|sick|ill)\b", _I)
_REACHED_BEFORE = re.compile(r"\breach(?:es|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}$", _I)
_MOVEMENT_OF = re.compile(
    r"\b(?:evacuations?|evictions?|displacement|departures?|withdrawals?|relocation|exodus|return|transfer|passage|flight"
    r"|expulsions?|deportations?|influx|arrivals?)\s+of\s+(?:the\s+|some\s+|another\s+)?$"
    # what a movement comprised: "the evacuation involved 9,000 residents", "the operation to evacuate the valley
    # included some 4,000 people"; not what a plan, a drill or a zone of one covers ("the evacuation plan covers
    # 45,000 residents": no one has moved)
    rf"|\b(?:evacuat\w*|displacement|relocation|exodus|airlift|resettlement)(?:{NOT_A_PLAN}\s+[\w'’-]+){{0,4}}?\s+(?:involved|involves|affecting"
    r"|included|includes|covered|covers|concerned|concerns|comprised|comprises)\s+(?:a\s+total\s+of\s+|some\s+|the\s+)?$", _I)
_ON_BOARD = re.compile(r"\s+(?:on\s+board|aboard|onboard)\b", _I)  # people in a vehicle
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|to|with|among|by|from|in|on|at|than)\s+(?:the\s+)?$", _I)
# What may follow a verb of causing before the movement: "forced to", "ordered out", "told to be".
_CAUSED_TO = frozenset("to be from out into back away across over toward towards inside home".split())
_STAY_VERBS = frozenset("remain remains remained stay stays stayed".split())
_PASSIVE = frozenset("been were was are is being be".split())
_NEGATION = frozenset("not never n't no".split())
_STOP_WORDS = frozenset("in at on of for with by and or but as after since because while when across near into than "
                        "from under over".split())
# Words that make the movement pattern only as a noun or a place: not the verb of a count ("5,000 people in shelters").
_STATE_NOUN_ONLY = re.compile(r"shelters?|evacuations?|departures?|exodus|displacement|passage|influx", _I)
_OBJECT_AFTER = re.compile(
    r"\s+(?:(?:some|about|around|nearly|over|another|at\s+least|more\s+than)\s+)?(?:\d|(?:two|three|four|five|six|seven"
    r"|eight|nine|ten|dozens|hundreds|thousands)\b)|" + THING_MOVED.pattern, _I)
# Vehicles counted after a mover are what the people took, not others they moved: "(1,580 people) boarded 25 buses".
_VEHICLES_AFTER = re.compile(r"\s+(?:(?:some|about|around|nearly|over|at\s+least|more\s+than)\s+)?[\d,]+\s+(?:[\w-]+\s+)?"
                             r"(?:buses|coaches|trucks|lorries|boats|ferries|vehicles|cars|trains|planes|flights)\b", _I)
# People an active mover moves, named right after it: "(300 soldiers) evacuated villagers".
_PEOPLE_OBJECT = re.compile(
    r"\s+(?:(?:the|their|local|other|stranded|trapped|remaining|elderly|many|some)\s+)?(?:"
    + "|".join(sorted((w for w, u in UNITS.items() if u in ("people", "families", "households") and w.isascii()
                       and w != "pdi"), key=len, reverse=True)) + r")\b", _I)
# ("were hired to build shelters": a purpose, not where they are)
_INTO_SHELTER = re.compile(
    r"\s+(?:(?:still|now|currently|overnight|temporarily)\s+)?(?:in|into|at|to)\s+"
    rf"(?!(?:{MAKING_SHELTER}\w*|set|help|staff|run|visit|clean|prepare|manage|guard|inspect)\b){SHELTERS_COUNTED}"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:shelters?|camps?|{SHELTER_CENTRES}|safety|safer"
    r"\s+(?:ground|areas?|places?)|higher\s+ground|relief\s+camps?|schools?|tents?|(?:temporary|emergency)\s+"
    rf"(?:accommodation|housing)|(?:evacuation|displacement|idp|transit|relocation)\s+sites?|{PUBLIC_REFUGES})\b"
    r"(?!\s+in\s+place)", _I)  # "to shelter in place": staying

# An aside between dashes after a count's noun ("— half the population —"; lowercased wire copy writes " _ "), or a
# part of the count between commas ("buses carrying 1,100 people, among them 300 fighters, left the town").
_ASIDE = re.compile(r"(?:—|–|--|_)\s[^—–_;.]{1,80}?\s(?:—|–|--|_)(?=\s)"
                    r"|,\s+(?:including|among\s+(?:them|whom)|(?:most|many|some|half|all)\s+of\s+(?:them|whom)|mostly|mainly)\s"
                    r"(?:[^,;:.!?()—–]|[,.](?=\d)){1,80}?,(?=\s)", _I)
# A verb that puts people in a displaced state: "were rendered homeless", "became displaced".
_STATE_AFTER = re.compile(r"\s+(?:homeless|displaced)\b", _I)


# Shelters destroyed are the homes of the people living in them (a camp's or a settlement's): "the fire destroyed 150
# shelters", "2,000 shelters were burned down"; shelters opened or counted are where people went.
_DESTROYED_BEFORE = re.compile(rf"\b(?:{DESTROYED})\s+$", _I | re.VERBOSE)
_DESTROYED_AFTER = re.compile(rf"(?:\s+[\w'’-]+){{0,4}}?\s+(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:(?:completely|totally|entirely)\s+)?(?:{DESTROYED})\b",
                              _I | re.VERBOSE)


def _head_unit(sentence: str, start: int, end: int) -> tuple[str | None, int]:
    """The unit of the count at ``start:end`` and where its head noun ends.

    The unit is the head noun's, people for a count that is a subject ("some 5,000 were
    evacuated"), None when the count counts something else (buses, hours, cases), and "more"
    for "1,000 more fled": the same unit as the count before it.
    """
    if (participle := _PARTICIPLE_AFTER.match(sentence, end)) is not None:
        noun = _NOUN_AFTER.match(sentence, participle.end())
        if noun is not None and (unit := unit_of(noun[1].lower())) not in (None, "housing"):
            return unit, noun.end()  # "900 displaced families"
        return "people", end
    if (same := _SAME_UNIT_AFTER.match(sentence, end)) is not None:
        # "20 others", "85,000 of which": the unit before; others are people when the count before had none
        return ("others" if same.group().split()[0].lower() == "others" else "more"), end + same.end() - same.start()
    if (more := _MORE_AFTER.match(sentence, end)) is not None and _BARE_AFTER.match(sentence, more.end()):
        return "more", more.end()
    if _FATE_AFTER.match(sentence, end):
        return "more", end  # "2,000 homes were damaged and 300 destroyed", "... and 500 were destroyed"
    if _BARE_AFTER.match(sentence, end):
        if _ANOTHER_BEFORE.search(sentence, max(0, start - 16), start):
            return "more", end  # "700 people ... and another 300 on Tuesday"
        own = _WORD_BEFORE.search(sentence, max(0, start - 40), start)
        moved = own is not None and MOVEMENT.match(sentence, own.start("verb"))
        if (moved and moved["verb"]) or _MOVEMENT_OF.search(sentence, max(0, start - 40), start):
            return "people", end  # "displaced 35,000 in Beledweyne", "ordered the evacuation of 35,000."
        if moved and moved["housing"]:
            return "more", end  # "damaged 2,000 houses, destroyed 300 and ...": more of the homes before
    between, more, paired = 0, False, False
    for token in HEAD_TOKENS.finditer(sentence, end, end + 80):
        word = token.group().lower()
        if word == "victims" and _DISASTER_VICTIMS.search(sentence, end, token.end()):
            return "people", token.end()
        if word == "shelters" and between == 0 and (_DESTROYED_BEFORE.search(sentence, max(0, start - 40), start)
                                                    or _DESTROYED_AFTER.match(sentence, token.end())):
            return "housing", token.end()  # "a fire destroyed 150 shelters in the camp": the homes of the displaced
        if (unit := unit_of(word)) is not None and not _modifier(sentence, word, token.end()):
            return (unit, token.end()) if unit == "people" or not paired else (None, end)
        if DEMONYM.search(word) and not _names_unit_after(sentence, token.end()):
            return "people", token.end()  # "3,000 Sudanese", "2,000 Sudanese refugees" (not "Sudanese families")
        another = between == 0 and _ANOTHER_BEFORE.search(sentence, max(0, start - 16), start)
        if (between == 0 and _bare_subject(sentence, token)
                and (_CLAUSE_START.search(sentence, max(0, start - 20), start) or another)):
            # "some 5,000 were evacuated", "3,000 flee fighting"; "(12,000 families,) of whom 3,400 are staying":
            # a part, in the unit of its whole; "a further 2,000 are expected to be displaced": more of the same
            part = _BREAKDOWN_BEFORE.search(sentence, max(0, start - 20), start)
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
        if word in _HEAD_SKIP and between == 0:
            if word in ("them", "those", "these"):
                return "people", token.end()
            more = more or word == "more"
            continue
        if between == 1 and word in ("and", "or") and not paired and not _CASUALTY_AFTER.match(sentence, end):
            paired = True  # "500 sick and wounded residents": two words describing one noun of people
            continue
        if (word in ("entries", "crossings") and _BORDER_GAP.fullmatch(sentence, end, token.start())
                and _INTO_A_PLACE.match(sentence, token.end()) and not _HAD_BEFORE.search(sentence, max(0, start - 12), start)):
            return "people", token.end()  # "191,348 entries from Ukraine": people who crossed, not the crossings a border has
        if word.endswith("s") and word[0].isalpha() and WITH_FAMILIES.match(sentence, token.end()):
            return "people", token.end()  # "1,500 traders and their families": people whatever the trade
        if not word[0].isalnum() or word in _HEAD_STOP or (word.endswith("s") and not word.endswith("ss")):
            return None, end
        if word in ("host", "hosting"):
            return None, end  # "5,000 host families": those who took displaced people in, not displaced themselves
        between += 1
        if between > 2:
            break
    return None, end


def _names_unit_after(sentence: str, end: int) -> bool:
    """Whether the noun right after a nationality counts families, households or homes, which the nationality only
    describes: "4,000 South Sudanese families", "Congolese refugee families"."""
    following = _NOUN_AFTER.match(sentence, end)
    if following is None:
        return False
    word = following[1].lower()
    return unit_of(word) not in (None, "people") or _modifier(sentence, word, following.end())


def _people_object(sentence: str, at: int) -> bool:
    """People are the object at ``at`` ("evacuated villagers"), not a noun they modify ("fled refugee camps")."""
    people = _PEOPLE_OBJECT.match(sentence, at)
    return people is not None and not _modifier(sentence, people.group().split()[-1].lower(), people.end())


def _modifier(sentence: str, word: str, end: int) -> bool:
    """Whether a singular people noun only modifies the plural noun after it, which is the head: "fighter
    pilots" and "civilian casualties" count no fighters or civilians; "rebel fighters", "refugee families"
    and "family members" count fighters, families and people."""
    if word not in _SINGULAR_UNITS:
        return False
    following = _NOUN_AFTER.match(sentence, end)
    return (following is not None and following[1].islower() and following[1].endswith("s")
            and not following[1].endswith("ss") and following[1] not in _HEAD_STOP)


def _bare_subject(sentence: str, token: re.Match) -> bool:
    """Whether the word right after a bare figure is its verb: an auxiliary ("5,000 were"), a verb of
    displacement ("3,000 flee fighting", headlines), an order to move ("3,000 ordered to evacuate"), or a
    verb that puts people in a state of displacement ("hundreds took refuge in churches", "thousands lost
    their homes", "5,000 crowded into shelters"). Generic movers ("100 sent to", "25 withdrew" from a trial)
    may move anything."""
    word = token.group().lower()
    return (word in _BARE_SUBJECT or _displacing(sentence, token) or bool(_ORDERED_TO.match(sentence, token.start()))
            or _entering_state(sentence, token) or _leaving_a_place(sentence, token) or _managing_to_move(sentence, token))


def _managing_to_move(sentence: str, token: re.Match) -> bool:
    """Whether ``token`` is a verb of trying, managing or starting whose infinitive is a displacement: "12,000
    managed to escape", "3,000 tried to flee", "2,000 began to leave"."""
    to = _TO_NEXT.match(sentence, token.end())
    if not _CONTROL_VERB.fullmatch(token.group()) or to is None:
        return False
    movement = MOVEMENT.match(sentence, to.end())
    return movement is not None and movement["verb"] is not None


def _leaving_a_place(sentence: str, token: re.Match) -> bool:
    """Whether ``token`` is a generic mover that takes people out of where they live or across a border:
    "thousands streamed out of the city", "hundreds poured across the border" (not "into the streets")."""
    movement = MOVEMENT.match(sentence, token.start())
    return bool(movement is not None and movement["verb"] and _OUT_OF_PLACE.match(sentence, movement.end()))


def _entering_state(sentence: str, token: re.Match) -> bool:
    """Whether ``token`` is a verb (by its form) that starts a state of displacement ("took refuge", "lost
    their homes", "slept in their cars") or is followed by a shelter ("crowded into shelters"); a state
    that starts with a noun ("5,000 shelters", "300 relief camps") counts the shelters."""
    word = token.group().lower()
    if not (word in _IRREGULAR_PAST or word in _STATE_PAST or (len(word) >= 5 and word.endswith(("ed", "ing")))):
        return False
    movement = MOVEMENT.match(sentence, token.start())
    return bool(movement is not None and movement["state"]) or bool(_INTO_SHELTER.match(sentence, token.end()))


def _moving(sentence: str, token: re.Match) -> bool:
    """Whether ``token`` starts a verb of movement, generic ("arriving", "walking across") or not."""
    movement = MOVEMENT.match(sentence, token.start())
    return movement is not None and movement["verb"] is not None


def _displacing(sentence: str, token: re.Match) -> bool:
    """Whether ``token`` starts a verb of displacement (a specific term, not a withdrawal)."""
    movement = MOVEMENT.match(sentence, token.start())
    return movement is not None and movement["verb"] is not None and term_of(movement.group()) not in (None, "withdrew")


def _rejected(sentence: str, start: int, end: int) -> bool:
    """A population, a casualty figure or the size of each group: not a movement of these people.
    People whose noun says they were displaced are no population where they are ("hosts 1,500 evacuees")."""
    window = max(0, start - 40)
    before = sentence[window:start]
    head = re.match(r"(?:\s+(?:of\s+)?[\w'’-]+){0,3}?\s+[\w'’-]*(?=\s|$|[,.;])", sentence[end:end + 60])
    after = sentence[end + (head.end() if head else 0):]
    predicate = _PREDICATE_AFTER.search(sentence, end, end + 120)
    if predicate is not None and predicate["affected"] is not None and (_people_object(sentence, predicate.end())
                                                                        or _AREA_AFTER.match(sentence, predicate.end())):
        # "3,000 affected families were relocated", "returned to the most affected areas": a word of a noun phrase,
        # not the count's verb
        predicate = _PREDICATE_AFTER.search(sentence, predicate.end(), end + 120)
    affected = (predicate is not None and predicate["affected"] is not None and not _AND_MOVED.match(sentence, predicate.end())
                and not _rescued_from_home(sentence, predicate.start("affected"))
                and not _moved_before(sentence, predicate.end())  # "remain trapped ... since being driven out of"
                and not _moved_object(sentence, window, before))
    affected_before = _AFFECTED_BEFORE.search(before)
    displaced = head is not None and _DISPLACED_HEAD.search(head.group()) is not None
    moved_object = _MOVED_OBJECT.search(before) or _MOVEMENT_OF.search(before)  # "the evacuation of 70,000 people living near"
    population = (not moved_object and not displaced
                  and any(_stays(rest) for rest in (after, sentence[end:end + 160])))
    population = population and not _living_moved(sentence, end)
    helped_move = _MOVED_OBJECT.search(before) or _moves_next(after)  # "helped 800 residents flee"
    sheltered = _FACILITY_SHELTERING.search(before)  # "schools are sheltering 900 people"
    return bool((_POPULATION_BEFORE.search(before) and not displaced and not sheltered and not _relative_moved(sentence, end))
                or _CAPACITY_BEFORE.search(before) or (_CAPACITY_UP_TO.search(before) and _UP_TO.match(sentence, start))
                or _CASUALTY_BEFORE.search(before)
                or (_AIDED_BEFORE.search(before) and not displaced and not helped_move and not _relative_moved(sentence, end))
                or (affected_before and not helped_move and not _rescued_from_home(sentence, window + affected_before.start())
                    and not _MOVEMENT_OF.search(before)  # "displacement affecting 6,000 people": what the movement comprised
                    and not _BREAKDOWN_BEFORE.search(before))  # "3,000 affected, including 1,500 displaced": a part moved
                or (_FRACTION_BEFORE.search(before) and not _relative_moved(sentence, end))
                or _GROUP_SIZE_BEFORE.search(before) or _CASUALTY_AFTER.match(after) or population
                or _EACH_AFTER.match(after) or affected)


def _moved_object(sentence: str, window: int, before: str) -> bool:
    """Whether the count is the object of a specific verb of displacement or destruction right before it: a
    verb after it is then its subject's next deed, not what befell the count ("displaced 3,000 people, injured 20",
    "destroyed 400 homes and injured 35 people"); a generic mover leaves it open ("left 40 people injured")."""
    own = _WORD_BEFORE.search(before)
    movement = own is not None and MOVEMENT.match(sentence, window + own.start("verb"))
    return bool(movement and (movement["verb"] or movement["housing"]) and term_of(movement.group()) is not None)


def _relative_moved(sentence: str, end: int) -> bool:
    """Whether a relative clause right after a count's noun says its people moved: "(half of the) 4 million
    Syrians who have fled (are children)" counts the 4 million."""
    relative = _RELATIVE_AFTER.match(sentence, end)
    movement = relative and MOVEMENT.match(sentence, relative.end())
    return bool(movement and (movement["verb"] or movement["state"]))


def _rescued_from_home(sentence: str, at: int) -> bool:
    """Whether the word at ``at`` rescues or pulls people from their homes: an evacuation, not people
    only touched by a disaster ("pulled 45 people out of flooded homes", "were rescued from their homes")."""
    movement = MOVEMENT.match(sentence, at)
    return bool(movement and movement["rescue"])


def _moves_next(after: str) -> bool:
    """Whether the words right after a count's noun are its people's movement: "(helped 800 residents) flee
    the town", "(assisted 300 families) to relocate"."""
    gap = _MOVES_NEXT.match(after)
    movement = gap and MOVEMENT.match(after, gap.end())
    return bool(movement and movement["verb"])


def _living_moved(sentence: str, end: int) -> bool:
    """Whether people described by where they live are then moved: "35,000 people living near the volcano
    have been evacuated", "residents who live along the river were told to leave", "900 families living in Goma
    returned to their villages" (``_moved_next``)."""
    living = _LIVING.match(sentence, end)
    if living is None:
        return _moved_next(sentence, _LIVING_IN.match(sentence, end))
    movement = MOVEMENT.match(sentence, living.end())
    return bool(movement and (movement["verb"] or movement["state"])) or bool(_ORDERED_TO.match(sentence, living.end()))


def _moved_next(sentence: str, living: re.Match | None) -> bool:
    """Whether the first verb after the place people live in, within 80 characters and before any punctuation, is
    a movement of theirs: "(900 families living in Goma) returned", "(residents who lived along the river) fled";
    not "received aid", nor a participle describing the place or other people ("living in camps for displaced
    people", "in flooded areas").

    >>> moved = "900 families living in Goma returned home"
    >>> stayed = "900 families living in Goma received aid"
    >>> _moved_next(moved, _LIVING_IN.match(moved, 3)), _moved_next(stayed, _LIVING_IN.match(stayed, 3))
    (True, False)
    """
    if living is None:
        return False
    for word in _CLAUSE_WORDS.finditer(sentence, living.end(), min(len(sentence), living.end() + 80)):
        if not word.group()[0].isalpha():
            return False
        movement = MOVEMENT.match(sentence, word.start())
        if movement is not None and movement["verb"]:
            after = HEAD_TOKENS.match(sentence, movement.end() + 1)
            return (not movement.group().lower().endswith("ing")
                    and not _ADJECTIVE_BEFORE.search(sentence, max(0, word.start() - 6), word.start())
                    and not (after is not None and after.group().lower() in UNITS))
        if _is_finite_verb(sentence, word):
            return False
    return False


def _stays(rest: str) -> bool:
    """Whether the words after a count (or after its noun) say the people live or stay where they are:
    "75,000 people live", "20,000 remained in the city"; but "remain displaced", "700 people
    remained in shelters" and "10,000 civilians remain trapped on the mountain since being driven out of
    their villages" (they stay where their flight took them) are reports."""
    population = _POPULATION_AFTER.match(rest)
    return (population is not None and not _PARTICIPLE_AFTER.match(rest, population.end())
            and not _WITH_HOSTS.match(rest, population.end())  # "living with host families": displaced
            and not STATE_NEXT.match(rest, population.end())  # "remain without shelter", "live in makeshift camps"
            and not _IN_THE_OPEN.match(rest, population.end())  # "are living in the open"
            and not (_STAYED.search(population.group())
                     and (_INTO_SHELTER.match(rest, population.end()) or _IN_A_HALL.match(rest, population.end())))
            and not _moved_before(rest, population.end()))


def _moved_before(text: str, at: int) -> bool:
    """Whether the clause from ``at`` says its people moved before ("since being driven out of",
    "after fleeing", "having fled"): where they now are is where displacement left them.

    >>> _moved_before("remain trapped on the mountain since being driven out of their villages", 6)
    True
    >>> _moved_before("stayed in the city after the quake", 6), _moved_before("lived there since 1990, and fled", 5)
    (False, False)
    """
    since = _SINCE_MOVED.match(text, at)
    movement = since and MOVEMENT.match(text, since.end())
    return bool(movement and movement["verb"])


def _other_predicate(sentence: str, start: int, end: int, head_end: int) -> bool:
    """Whether the count's own verb is not a movement: the count is the object of another verb right
    before it ("a brawl involving up to 200 people", "the toll topped 670 people") or the subject of
    another verb right after its noun phrase ("10 people complained", "260 men were detained").

    A noun phrase that itself says the people moved ("1,200 displaced people", "the evacuation involved 9,000
    residents") always counts. Verbs that report a figure ("recorded 3,450 households") or cause a movement
    ("forced 17,000 to leave") leave the decision to the words after the count.

    >>> _other_predicate("the toll topped 670 people", 16, 19, 26)
    True
    >>> _other_predicate("officials evacuated 670 people", 20, 23, 30)
    False
    >>> _other_predicate("the fire forced 2,000 people to evacuate", 16, 21, 28)
    False
    """
    belonging = _BELONGING_TO.match(sentence, head_end)
    if belonging is not None:  # "1,900 persons belonging to 500 families are sheltered": the families' verb is theirs
        return _other_predicate(sentence, belonging.start("count"), belonging.end("count"), belonging.end())
    if (MOVEMENT.search(sentence, end, head_end) or _PARTICIPLE_AFTER.match(sentence, end)
            or _MOVEMENT_OF.search(sentence, max(0, start - 40), start) or _INTO_SHELTER.match(sentence, head_end)
            or _living_moved(sentence, end) or _FACILITY_SHELTERING.search(sentence, max(0, start - 120), start)):
        return False  # "1,200 displaced people", "1 000 rendered homeless", "the evacuation of 1,700 civilians",
        # "(forced) 6,000 people into shelters", "35,000 people living near the volcano have been evacuated",
        # "shelters in Tarvel housed 640 people"
    if _HARMED_AFTER.match(sentence, head_end):
        return True  # "left 15 homeless people dead": a casualty, whatever verb comes before
    if _REACHED_BEFORE.search(sentence, max(0, start - 40), start):
        return True  # "aid was reaching some of the hundreds of thousands": people are reached, they do not move
    own = _WORD_BEFORE.search(sentence, max(0, start - 40), start)
    if own is not None:
        if MOVEMENT.match(sentence, own.start("verb")):
            return False  # "evacuated 3,000 people", "to bring some 2,500 people out of"
        if _is_finite_verb(sentence, own, "verb") and not _REPORTING_VERB.fullmatch(own["verb"]):
            return _predicate_after(sentence, head_end) is not True
    if _PREPOSITION_BEFORE.search(sentence, max(0, start - 12), start):
        # "for 1,700 civilians ... was delayed": a verb further on is the outer clause's; one right
        # after the noun phrase is the count's own ("with 700,000 of them requiring shelter")
        occupants = _ON_BOARD.match(sentence, head_end)
        if occupants is not None:
            # "a plane that went down with 54 people on board": who is in it, unless the verb before or
            # their own after moves them ("is being evacuated, with 900 residents on board", "buses with
            # 2,000 people on board left the city")
            return not _verb_before_moves(sentence, start) and _predicate_after(sentence, occupants.end()) is not True
        return _predicate_after(sentence, head_end, reach=0) is False
    return _predicate_after(sentence, head_end) is False


def _verb_before_moves(sentence: str, start: int) -> bool:
    """Whether the nearest verb before ``start`` (within about ten words) is a movement; a relative
    pronoun between them starts another clause ("reached a ferry that sank with 120 passengers aboard").

    >>> _verb_before_moves("Mariupol is being evacuated, with 900", 34)
    True
    >>> _verb_before_moves("rescuers reached a plane that went down in a forest with 54", 57)
    False
    """
    for token in reversed(list(_WORD.finditer(sentence, max(0, start - 80), start))):
        if MOVEMENT.match(sentence, token.start()):
            return True
        if _is_finite_verb(sentence, token) or token.group().lower() in ("that", "which", "who"):
            return False
    return False


def _predicate_after(sentence: str, head_end: int, reach: int = 4) -> bool | None:
    """Whether the verb after a count's noun phrase is a movement (True), another verb (False), or
    unknown (None: the clause ends, or no verb within ``reach`` other words).

    Auxiliaries, adverbs, prepositional phrases ("of the committee") and verbs of reporting or
    causing ("are believed to have fled", "were forced to leave") are read past. An active mover
    followed by an object is what the counted people did to others ("15 members sent a letter to",
    "200 people left two dead"): not their movement.
    """
    words = 0
    passive = controlled = staying = False
    causing = 0  # words left for the movement a verb of causing leads to ("allowed safe passage to")
    previous = ""
    aside_end = head_end
    for token in _WORD.finditer(sentence, head_end, head_end + 160):
        if token.start() < aside_end:
            continue
        if (aside := _ASIDE.match(sentence, token.start())) is not None:
            aside_end = aside.end()  # "40,000 people — half the population — may need food": the verb is after it
            continue
        if token.start() > head_end + 100:
            return None
        word = token.group().lower()
        movement = MOVEMENT.match(sentence, token.start())
        if controlled and word not in ("to", "be") and movement is None:
            return False  # "were urged to shelter in place": the verb they are told to do is not a movement
        if staying and movement is None and word not in _AUXILIARY:
            return False  # "50,000 troops will stay in Iraq"; but "remained displaced"
        if causing and movement is None and word not in _CAUSED_TO:
            causing -= 1
            if not causing:
                return False  # "have made a single withdrawal": a causing verb with an object of its own
        if movement is not None:
            if (movement["verb"] and not passive and not _VEHICLES_AFTER.match(sentence, movement.end())
                    and (_OBJECT_AFTER.match(sentence, movement.end()) or _people_object(sentence, movement.end()))):
                return False  # "300 soldiers evacuated villagers": the people they moved are others
            return not (movement["noun"] or _STATE_NOUN_ONLY.fullmatch(movement.group())) or None  # a noun is no verb; "evacuation centres" is a state
        if word in _NEGATION:
            return False  # "5,000 people did not leave"
        if not word[0].isalnum():
            return None  # the clause ends
        if word.startswith("receiv") and not passive:
            return False  # "12,000 people have received food aid": they got something, they did not move
        if word in _AUXILIARY or word in _STOP_WORDS or _REPORTING_VERB.fullmatch(word) or _CONTROL_VERB.fullmatch(word):
            passive = passive or word in _PASSIVE
            controlled = controlled or (word == "to" and bool(_CONTROL_VERB.fullmatch(previous)))
            if word in _STAY_VERBS and _INTO_SHELTER.match(sentence, token.end()):
                return True  # "700 people remained in shelters"
            staying = staying or word in _STAY_VERBS
            causing = 2 if word not in ("to", "be") and _CONTROL_VERB.fullmatch(word) else causing
            previous = word
            continue
        if _is_finite_verb(sentence, token):
            # "were placed in temporary shelters", "were detained and deported": the state or the next verb moves them
            return bool(_INTO_SHELTER.match(sentence, token.end()) or _AND_MOVED.match(sentence, token.end())
                        or _STATE_AFTER.match(sentence, token.end()))
        words += 1
        if words > reach:
            return None
    return None


def _is_finite_verb(sentence: str, token: re.Match, group: int | str = 0) -> bool:
    """A verb by its form: five letters or more ending in -ed or -ing, an irregular past or a common
    present ("need", "face"); not an
    adjective after a determiner or a preposition ("from flooded areas", "an estimated")."""
    word = token.group(group).lower()
    if not (word in _IRREGULAR_PAST or word in _PRESENT_VERBS or (len(word) >= 5 and word.endswith(("ed", "ing")))):
        return False
    start = token.start(group)
    return not _NOT_VERB.fullmatch(word) and not _ADJECTIVE_BEFORE.search(sentence, max(0, start - 6), start)


def additional(text: str, start: int, end: int) -> bool:
    """Whether the count at ``start:end`` counts people beyond those counted before: "another 25,000",
    "a further 2,000", "an additional 300", "500 more civilians". A flow keeps them apart from the figure
    before (they are not its lower estimate) and never adds them to it.

    >>> additional("and another 25,000 would be evacuated", 12, 18), additional("500 more civilians left", 0, 3)
    (True, True)
    >>> additional("500 more than expected left", 0, 3), additional("some 500 left", 5, 8)
    (False, False)
    """
    return bool(_ANOTHER_BEFORE.search(text, max(0, start - 16), start) or _MORE_PEOPLE_AFTER.match(text, end))


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


def moving_counts(text: str, loose: bool = False) -> list[Counted]:
    """The counts of people (and of homes) that may be moving in a sentence.

    ``loose`` (in an article about forced movement): a count of people, families or households whose
    own verb is not a movement is kept when its clause says people were displaced (``_vouching_word``).
    """
    found: list[Counted] = []
    previous_unit: str | None = "people"  # "It said 1,000 more fled": more of the people before
    previous_kept = False  # whether the count before is one of ``found``: a breakdown belongs to it
    part_end = None  # where the count before ends when it was a part of a breakdown
    for count, start, end in find_counts(text):
        row_label = _label_unit(text, start, end) if _ROW_COMMA.match(text, end) else None
        # "Families displaced 900, families affected 5,000": the label's, not the next cell's noun
        unit, head_end = (row_label, end) if row_label else _head_unit(text, start, end)
        if unit is None and previous_kept and _ELLIPSIS.fullmatch(text, found[-1].head_end, start) and _BARE_AFTER.match(text, end):
            unit = "more"  # "709,841 people displaced in Jajpur and 363,832 in Puri": the same again, elsewhere
        if unit is None:
            unit = _label_unit(text, start, end)
        if unit is None and _PLACES_COUNTED.match(text, start):
            continue  # where the count before was found: no count of its own, and no whole a part after belongs to
        # A bare figure (or people) a tally gives ("the number of IDPs has reached 3,000"): what the tally
        # names, even when the verb before it reads as a movement or as people reached
        tally = _tallied_unit(text, start) if unit in (None, "people") or head_end == end else None
        tallied = tally is not None
        named_as = tally[1] if tally is not None else None
        if tally is not None and not (unit == "people" and head_end != end):
            unit = tally[0]  # but "the exodus reached 1.3 million people" are people
        if unit == "more":
            unit = previous_unit  # "one bus left ..., and dozens more were expected": buses
        elif unit == "others":
            unit = previous_unit or "people"  # "the death toll climbed to 200, and 20,000 others were displaced"
        previous_unit = unit
        if unit in ("families", "households") and _HOMES_OF.search(text, max(0, start - 30), start):
            unit = "housing"  # "destroyed the homes of 2,000 families": one home a household, what befell the homes
        homes_lost = _homes_destroyed(text, start, head_end) if unit == "people" else None
        kept, previous_kept = previous_kept, False
        previous_part, part_end = part_end, None
        if unit is None or _rejected(text, start, end) or _head_word(text, end, head_end) in OCCUPANTS:
            continue  # "222 passengers were evacuated": a plane emptied, no displacement
        if unit != "housing" and homes_lost is None and _CARRIED_OFF.match(text, head_end):
            continue  # "2,000 were displaced and 12 were swept away": people a flood carried off are its dead or missing (not
            # "the houses of 300 people were swept away")
        # "of which 6,142 are hosted by relatives and 1,727 moved to camps": both are parts; so is "(2,000 were
        # displaced,) 500 of whom are in camps"
        # (but "..., 500 of them have since returned": a movement of their own, its own report)
        if (kept and _part_of_fronted_whole(text, found[-1], start) and _says_own_movement(text, end)
                and not _moves_itself(text, found[-1].end, found[-1].head_end)):
            found.pop()  # "Of the 2,000 residents, 1,400 had been evacuated": the whole is a population, its part moved
            kept = False
        if (_BREAKDOWN_BEFORE.search(text, max(0, start - 20), start)
                or (previous_part is not None and _NEXT_PART.fullmatch(text, previous_part, start))
                or (kept and (part_of := _PART_OF_AFTER.match(text, end)) and not _moves_on(text, part_of.end()))
                or (kept and _part_of_fronted_whole(text, found[-1], start) and not _says_own_movement(text, end))):
            if (kept and found[-1].unit == unit == "housing" and head_end != end
                    and _head_word(text, found[-1].end, found[-1].head_end) in ("properties", "structures")):
                # "15 properties were lost, including 9 homes": the homes among the buildings are the households
                found[-1] = Counted(count, start, end, "housing", head_end)
                continue
            if kept and found[-1].unit == "housing" and head_end == end and _PART_DESTROYED.match(text, end):
                # "damaged 1,200 houses, of which 400 were completely destroyed": the homes destroyed are a report
                found.append(Counted(count, start, end, "housing", head_end))
                previous_kept = True
                continue
            if kept and count.value is not None:
                found[-1].breakdown.append((unit, count.value))
                previous_kept, part_end = True, end
                continue
            if not _moves_itself(text, end, head_end) and not (unit == "housing" and not kept):
                # "affected 5,000 people, including 300 children": a part of people who did not move; homes that
                # are part of buildings counted ("destroyed 35 structures, including 20 homes") are told by their fate
                continue
        if (found and count.value is not None and unit != found[-1].unit
                and (_EQUIVALENT_BETWEEN.fullmatch(text, found[-1].head_end, start)
                     or (_DASH.fullmatch(text, found[-1].head_end, start) and _DASH.match(text, head_end))
                     or (unit in ("families", "households") and _HOUSEHOLDS_OF.fullmatch(text, found[-1].head_end, start))
                     or (unit == "people" and found[-1].unit in ("families", "households")
                         and _COVERED_GAP.fullmatch(text, found[-1].head_end, start)
                         and _COVERING_BEFORE.search(text, max(found[-1].head_end, start - 30), start)))):
            found[-1].equivalent.append((unit, count.value))  # "1,000 families (3,000 people)": the same people
            previous_kept = True
            continue
        if unit not in SMALL_UNITS and max(count.value or 0, count.min or 0, count.max or 0) < MIN_COUNT:
            continue  # "two men left the building": an anecdote, not a displacement
        vouched_by = homes_lost  # people whose homes were destroyed are homeless, whatever verb destroyed them
        if unit != "housing" and not tallied and homes_lost is None and _other_predicate(text, start, end, head_end):
            # "10 people complained", "the toll topped 670 people": another verb's subject or object,
            # unless its clause goes on to say they were displaced ("jammed highways as they fled")
            vouched_by = _vouching_word(text, start, end, head_end, unit) if loose else None
            if vouched_by is None:
                continue
        if unit not in ("people", "housing") and WITH_FAMILIES.match(text, head_end):
            unit = "people"  # "hundreds of fighters and their families"
        found.append(Counted(count, start, end, unit, head_end, vouched_by=vouched_by, named_as=named_as))
        previous_kept = True
    return found


def _homes_destroyed(text: str, start: int, head_end: int) -> re.Match | None:
    """The word saying that the homes of the people counted at ``start`` were destroyed, else None.

    >>> _homes_destroyed("the quake destroyed the homes of 3,000 people", 33, 45)["fate"]
    'destroyed'
    >>> _homes_destroyed("the homes of 3,000 people were washed away", 13, 25)["fate"]
    'washed away'
    >>> _homes_destroyed("the flood damaged the homes of 3,000 people", 31, 43) is None
    True
    """
    if not _HOMES_OF.search(text, max(0, start - 30), start):
        return None
    return (_HOMES_OF_DESTROYED_BEFORE.search(text, max(0, start - 60), start)
            or _DESTROYED_AFTER.match(text, head_end))


def _part_of_fronted_whole(text: str, whole: Counted, start: int) -> bool:
    """Whether the count at ``start`` is a part of a whole that opens its clause: "Of the 12,000 people displaced,
    (8,000 are in camps and 4,000 with host families)"."""
    return bool(_OF_THE_BEFORE.search(text, max(0, whole.start - 12), whole.start)
                and _WHOLE_CLAUSE.fullmatch(text, whole.head_end, start))


def _vouching_word(text: str, start: int, end: int, head_end: int, unit: str) -> re.Match | None:
    """A word of the displacement family (``displacement_word``) in the clause of a count of people, families
    or households: after its noun, up to where the clause ends (punctuation, "and", or a word that starts
    another clause: "while", "as", "because" ...) and ten words at most, else in the three words before it,
    within its clause ("evacuated the campground and urged the town's 2,000 residents to ...": "and" starts the
    count's clause).
    None when the clause says its people were harmed, or when the count is what something has.

    >>> text = "some 2,000 people jammed the roads after fleeing the flames"
    >>> _vouching_word(text, 5, 10, 17, "people").group()
    'fleeing'
    >>> _vouching_word("10 people complained about the evacuation", 0, 2, 9, "people") is None
    True
    >>> _vouching_word("400 people lost power as residents fled", 0, 3, 10, "people") is None
    True
    >>> text = "the storm has uprooted an estimated 3,000 families"
    >>> _vouching_word(text, 36, 41, 50, "families").group()
    'uprooted'
    """
    if unit not in ("people", "families", "households") or _HAD_BEFORE.search(text, max(0, start - 12), start):
        return None  # fighters and troops move for other reasons; "the district has 45,000 inhabitants": a population
    clause_end = _CLAUSE_END.search(text, head_end)
    until = clause_end.start() if clause_end else len(text)
    if _HARMED.search(text, head_end, until):
        return None  # "30 people whose homes were destroyed died in the fire": what befell them is the harm
    after = displacement_word(text, head_end, until)
    # further on, a word of displacement is seldom about the count ("thousands of people who had shared the page
    # to also share their request for volunteers needed at hurricane shelters")
    if (after is not None and len(GAP_WORDS.findall(text, head_end, after.start())) <= _REACH_AFTER
            and not _people_object(text, after.end())  # "150 staff evacuated patients": they moved others
            and not _OTHER_DEED.search(text, head_end, after.start())):  # "300 residents protested plans to relocate them"
        return after
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, max(0, start - 60), start)), default=max(0, start - 60))
    before = _WORDS_BEFORE.search(text, clause_start, start)
    return displacement_word(text, before.start(), start) if before else None


def clause_displacement(text: str, counted: Counted) -> re.Match | None:
    """The word of the displacement family in the clause of a count kept by the strict rules (``_vouching_word``),
    for when the sentence's movement words are too far from it to be its own ("300 people whose homes were
    washed away")."""
    return _vouching_word(text, counted.start, counted.end, counted.head_end, counted.unit)


def _moves_on(text: str, at: int) -> bool:
    """The clause at ``at`` says its people moved on their own ("of them have since returned to Goma",
    "of whom crossed into Rwanda"), not where the whole's people are ("of whom are in camps")."""
    stop = CLAUSE_BREAK.search(text, at)
    verb = MOVEMENT.search(text, at, min(stop.start() if stop else len(text), at + 60))
    return verb is not None and term_of(verb.group()) not in _STATES


def _says_own_movement(text: str, at: int) -> bool:
    """Whether the clause from ``at`` holds a movement or state of its own ("2,000 are in shelters", "8,000 have
    returned"), not only where the whole's people are ("8,000 are in camps", "4,000 are with host families")."""
    stop = CLAUSE_BREAK.search(text, at)
    return MOVEMENT.search(text, at, min(stop.start() if stop else len(text), at + 60)) is not None


def _moves_itself(text: str, end: int, head_end: int) -> bool:
    """Whether a count's own words say its people moved: "of whom 3,000 were displaced", "including
    1,200 displaced people", "including 800 evacuated"; a part of people who did not move is a report then."""
    return bool(_PARTICIPLE_AFTER.match(text, end) or MOVEMENT.search(text, end, head_end)
                or _predicate_after(text, head_end))


# Words of a label that only join its words ("Number of displaced people on Anjouan: 7,869" has five of its own).
_LABEL_GLUE = frozenset("of the in on at by a an to for from".split())


def _label_unit(text: str, start: int, end: int) -> str | None:
    """The unit of a figure that ends a table cell or label of five words at most, prepositions and articles aside
    ("Population evacuated 116129", "Destroyed housing: 146", "No. of displaced families - 860", "Families displaced
    by the floods in the north: 900"; cells end at ";", "|" or a comma
    between a figure and the next cell's: "Houses fully damaged 3,400, houses partially damaged 12,000"):
    housing, the label's own unit noun, else people.

    >>> row = "Houses destroyed: 1,204; People displaced: 6,020"
    >>> _label_unit(row, 18, 23), _label_unit(row, 43, 48), _label_unit("Total: 300 buses", 7, 10)
    ('housing', 'people', None)
    """
    comma = text.rfind(", ", 0, start)
    cell = max(text.rfind(";", 0, start), text.rfind("|", 0, start), comma if comma > 0 and text[comma - 1].isdigit() else -1) + 1
    if not LABEL_FIGURE.match(text, end) or sum(1 for w in GAP_WORDS.findall(text, cell, start)
                                                 if w.strip("-'’") and w.lower() not in _LABEL_GLUE) > 5:
        return None
    if _HOUSING_LABEL.search(text, cell, start):
        return "housing"
    if _AFFECTED_LABEL.search(text, cell, start) or _HARMED_LABEL.search(text, cell, start):
        return None  # "Affected families: 4,000": they did not move; "Deaths: 12"
    units = [UNITS[w.lower()] for w in GAP_WORDS.findall(text, cell, start) if w.lower() in UNITS]
    if not units and _FACILITY_LABEL.search(text, cell, start):
        return None  # "Evacuation centres: 45": the places people stay in, not the people
    return units[-1] if units else "people"


def _tallied_unit(text: str, start: int) -> tuple[str, str | None] | None:
    """The unit of a bare figure given as the size of a tally of moved people ("the number of displaced
    people has risen to 250,000", "the total number of IDPs stands at 1.2 million"), and the term of the moved
    people the tally itself names ("the displaced, numbering about 13,500": displaced), if it does; a tally of
    homes counts housing, with the term of what befell them ("the number of homes destroyed rose to 417").

    >>> text = "The number of displaced families rose to 2,300; the number of people dead and hundreds missing"
    >>> _tallied_unit(text, text.index("2,300")), _tallied_unit(text, text.index("hundreds"))
    (('families', 'displaced'), None)
    >>> _tallied_unit("The displaced population reached 50,000", 33)
    ('people', 'displaced')
    """
    tally = None
    for tally in _TALLY.finditer(text, max(0, start - _TALLY_REACH), start):
        pass
    # a date between is when, no figure: "the number of people displaced since March 9 has reached 80,000"
    between = CALENDAR_DATE.sub(" ", _EARLIER_VALUE.sub(" ", text[tally.end():start])) if tally is not None else ""
    if tally is None or _TALLY_BREAK.search(between) or not _TALLY_VALUE.search(text, 0, start):
        return None  # commas may come between, figures not; "number of people dead and hundreds missing": no value
    words = [w.lower() for w in GAP_WORDS.findall(text, tally.end(), start)[:6]]
    if tally["anaphor"]:
        return "people", None  # "the figure had passed 20,000": of the people the sentence's movement moved
    if tally["moved"] or tally["flow"]:
        # "the displaced population reached 50,000", "the exodus has reached 1.3 million"
        # "displaced families numbering 300": the tally's own noun
        return UNITS[tally["noun"].lower()] if tally["noun"] else "people", term_of(tally["moved"]) if tally["moved"] else None
    if any(_DWELLING.fullmatch(w) for w in words[:3]):
        # "the number of homes destroyed rose to 417": their fate in the tally is the report's ("damaged": none)
        fate = _HOUSING_FATE.search(text, tally.end(), start)
        return "housing", _fate_term(fate) if fate is not None and not fate["clause"] else None
    if (not any(_MOVED_WORD.fullmatch(w) for w in words) and not _NEW_ARRIVALS.search(" ".join(words))
            and not _people_who_moved(text, tally.end(), start, words)):
        return None  # "the number of troops in Iraq to 50,000": a level, not people moved
    units = [UNITS[w] for w in words if UNITS.get(w, "housing") != "housing"]
    return (units[0] if units else "people"), None


def restating(text: str, counted: Counted) -> bool:
    """Whether a count is the value of "the figure" or "the number" alone: the tally of the movement told before
    ("Turkey put the figure at 45,000"), not of people the sentence names.

    >>> text = "Turkey put the figure at 45,000, while 300 people stayed."
    >>> [restating(text, c) for c in moving_counts(text)]
    [True]
    >>> [restating(text, c) for c in moving_counts("The number of refugees rose to 3,000.")]
    [False]
    """
    tally = None
    for tally in _TALLY.finditer(text, max(0, counted.start - _TALLY_REACH), counted.start):
        pass
    return tally is not None and tally["anaphor"] is not None and _tallied_unit(text, counted.start) is not None


def _people_who_moved(text: str, at: int, start: int, words: list[str]) -> bool:
    """Whether the tally's first words (``words``, from ``at``) name people and their movement: "the number of
    Rohingya who have crossed into Bangladesh", "the number of people who have left the city"; not "the number of
    trucks that crossed into Gaza"."""
    if not words or not (unit_of(words[0]) in ("people", "families", "households") or DEMONYM.search(words[0])
                         or words[:2] == ["those", "who"]):  # "the number of those who have fled"
        return False
    six = list(GAP_WORDS.finditer(text, at, start))[:6]
    movement = MOVEMENT.search(text, at, six[-1].end())
    # a state they went into is as much their movement: "the number of people who have taken shelter in Malakal"
    return movement is not None and (movement["verb"] is not None or movement["state"] is not None)


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
    return _head_word(text, counted.end, counted.head_end)


def _head_word(text: str, end: int, head_end: int) -> str:
    words = text[end:head_end].split()
    return words[-1].lower() if words else ""


# Between homes counted and their own verb: auxiliaries and adverbs only ("500 were completely destroyed").
_OWN_FATE_GAP = re.compile(r"\s+(?:(?:were|was|are|is|have|has|had|been|being|completely|totally|fully|entirely|partially|partly)\s+)*", _I)
# Buildings counted whose part the homes are: "(destroyed) 35 structures, including (20 homes)".
_WHOLE_BEFORE = re.compile(r"(?:\b(?:at\s+least|more\s+than|over|about|around|some|nearly|almost)\s+)?(?<![\w,.])\d[\d,.]*\s+(?:[\w-]+\s+){0,2}?(?:structures|buildings|properties)\s*,?\s*"
                           r"(?:including|among\s+them|of\s+which)\s+$", _I)


def _other_verb_before(text: str, fate_end: int, start: int) -> bool:
    """Whether the word right before the count at ``start`` (past its determiners) is a verb other than the fate
    word ending at ``fate_end``: "destroyed power lines serving 300,000 homes"."""
    own = _WORD_BEFORE.search(text, fate_end, start)
    return own is not None and own.start("verb") >= fate_end and _is_finite_verb(text, own, "verb")


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


def housing_term(text: str, counted: Counted) -> str | None:
    """What happened to the homes counted: the housing word nearest the figure (before or after it),
    within its clause.

    "60 homes were destroyed", "destroyed more than 120 houses" -> destroyed housing; "the
    evacuation of 50 homes" -> evacuated; "91 homes damaged" (or nothing said) -> None: damage is
    not displacement, nor are homes built ("construct 300 more homes to compensate for the evacuation"). A tally
    gives its own ("the number of homes destroyed rose to 417").
    """
    if counted.named_as is not None:
        return counted.named_as
    after = _HOUSING_FATE.search(text, counted.head_end, counted.head_end + 60)
    if after is not None and after["clause"]:
        after = None
    whole = _WHOLE_BEFORE.search(text, max(0, counted.start - 50), counted.start)
    start = whole.start() if whole else counted.start  # "destroyed 35 structures, including 20 homes": the whole's fate
    before = None
    for before in _HOUSING_FATE.finditer(text, max(0, start - 50), start):
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
    return _fate_term(fate)


def _fate_term(fate: re.Match) -> str | None:
    """The term of what befell homes (a ``_HOUSING_FATE`` match), None when it displaced no one."""
    if fate["damaged"] or fate["built"]:
        return None  # "91 homes damaged"; "will construct 300 more homes to compensate for the evacuation"
    if fate["ordered"]:
        return "evacuated"  # "residents of 80 homes were told to leave"
    return "destroyed housing" if fate["destroyed"] else term_of(fate.group())
