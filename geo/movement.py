"""Which movement a count of people belongs to, and its term.

A sentence may hold several movement words; ``movement_of`` picks a count's own (the verb nearest to it, past
words that only describe its people: "4,000 displaced families have returned", "3,000 people who had fled to
Idlib returned to Aleppo") and says its term (``verb_term``: the verb's own, ``own_term``; "fled" when people
were forced, "evacuated" when ordered or under a deal, else the nearest specific word's or the article's). The
rest tell ``geo.reports`` what else the choice implies: the earlier movement a clause describing the people tells
(``earlier_move``), whether they stay where the sentence locates them (``staying_after``), whether an arrival ends
the story's journey (``journey_end``), which people a verb moves when the sentence gives no figure (``movers``),
whether they are named only as "the number of" them, a statement about a figure and no movement (``only_their_number``:
"no official figure for the number of people displaced"), whether "returned" names people, returnees, rather than
telling a movement (``returnees_named``: "8,000 returned migrants could arrive"), and whether a participle only
describes people (``attributive``).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from geo.clauses import CLAUSE_BREAK, clause_break_between, clause_displacement
from geo.heads import Counted, added_before, head_noun
from geo.predicates import MOVEMENT_OF, RESIDING, described_movement
from geo.roles import EarlierMove
from geo.story import SHELTERS
from geo.tallies import LABEL_FIGURE
from geo.terms import STAYING, term_of
from geo.vocabulary import (ARRIVING, DANGER_AREAS, DEMONYM, GAP_WORDS, IN_CUSTODY, MOVEMENT, OCCUPANTS, SHELTER_CENTRES,
                             SHELTERS_COUNTED, UNITS, gap_ok)

_I = re.IGNORECASE

# The people counted are the subject of a verb of where they stay: the place the sentence locates them in is where
# they are, as for an arrival ("In Beirut, some 15,000 displaced people are sleeping in classrooms": not from Beirut;
# "IDPs are staying with host families in Dohuk"; "displaced people from Aleppo are living in tents"). Without an
# auxiliary only when their movement is told before their noun ends ("2,000 displaced families staying in schools"):
# "7,000 people living in tents were displaced" lived there before. People who registered somewhere are there too, the
# verb finite as it stands ("2,500 evacuees (have) registered at the arena in Hinton"). People who moved, told as such
# before their verb, that only are in a place named are staying there ("8,000 evacuees were in Anzac"; not "5,000
# residents were in Anzac when it was evacuated": where they left; nor "were in no danger").
_NAME_AFTER = re.compile(r"\s+(?:the\s+)?(?-i:[A-Z])", _I)
_STAYING_AFTER = re.compile(
    r"(?:\s+from\s+[^,;.()]{1,40}?)?\s*(?:,\s*)?(?:still\s+)?(?P<auxiliary>(?:are|were|is|was|remain|remains|remained"
    r"|have\s+been|had\s+been|has\s+been|have|has|had)\s+)?(?:(?:currently|now|still|temporarily|mostly|largely|all|being)\s+)*"
    r"(?:(?:sleeping|staying|living|residing|sheltering|camping|squatting|hosted|housed|accommodated|lodged"
    r"|(?P<finite>registered))\s+"
    r"|(?<=remain\s)|(?<=remains\s)|(?<=remained\s)"  # "700 still remain in the camp"
    r"|(?P<copula>(?<=are\s)|(?<=were\s)|(?<=is\s)|(?<=was\s)))(?:in|at|with|on|inside|within|under)\b",
    _I)
# A clause on a part of the people counted, right after them (and where they are): "(13,000 people,) most of whom sought
# shelter", "(13,000 people) in the vicinity of the town, most of whom ...".
_PART_CLAUSE = re.compile(r"(?:\s+(?:in|near|around|at)\s+[^,;.()]{1,50}?)?,?\s+(?:most|some|many|several|half|few|the\s+majority|a\s+third)\s+of\s+(?:whom|them)\b", _I)
# The people counted are in a place of shelter by their own verb of being: "and 12,700 remained in shelters" (the
# state is theirs, not an earlier clause's evacuation).
_IN_STATE_GAP = re.compile(r"\s*(?:are|were|remain|remains|remained|stay|stayed)\s+(?:(?:still|now|currently)\s+)?(?:in|at|inside|within)"
                           r"\s+(?:(?:the|official|temporary|emergency|government|public|[\d,]+)\s+)*", _I)
_UNIT_WORD = re.compile(r"\b(?:" + "|".join(sorted((w for w, u in UNITS.items() if u != "housing"), key=len, reverse=True))
                        + r")\b", _I)
_PRONOUN_MOVED = re.compile(r"\b(?:they|them)\b", _I)
# A statistic named and not given: "the number of", "the largest number of", "the total of".
_THE_NUMBER_OF = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?:numbers?|figures?|count|tally|total)\s+of\s+$", _I)
_PLURAL_NOUNS = frozenset("people men women children staff".split())
# A verb of aid whose object the people are: "will be sent to help people affected by the typhoon".
AID_VERBS = r"(?:help|assist|aid|support|rescue|feed|treat|serve|care\s+for|search|look\s+for|relieve)"
_AIDING = re.compile(rf"\bto\s+(?:{AID_VERBS}|protect|reach)\b", _I)
_RELATIVE_WHO = re.compile(r"\bwho\b", _I)
# A relative clause right after a count's people, and what in it ends the clause the count's verb follows: a
# conjunction, a new subject, a verb of saying, or an infinitive ("people who fled Mosul say they want to return").
_RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:who|that)\s", _I)
# Where the count's people lived before the movement counted (up to three words of their noun between): "12,000 South
# Sudanese refugees who had lived in Khartoum have returned to South Sudan", "families living in camps near Goma
# fled": a place people stayed in, they leave (``EarlierMove``).
_LIVED_AFTER = re.compile(rf"(?:\s+[\w'’-]+){{0,3}}?\s*,?\s*{RESIDING}\s+(?:in|near|around|at)\b", _I)
# A passive participle right after them ("3,000 people displaced by the floods returned"; "fled" is no passive).
_PARTICIPLE_AFTER = re.compile(r"\s+((?:displac|evacuat|uproot|relocat|resettl|deport|expell|evict|forc|driv|transferr"
                               r"|airlift|buss|ferri|rescu|mov|remov)\w*(?:ed|en))\b", _I)
# ... or an active participle of where they stay ("900 families living in camps near Goma were relocated").
_STAYING_PARTICIPLE_AFTER = re.compile(r"\s+((?:living|residing|staying|sheltering|camping)\s+(?:in|at|near|around)\b)", _I)
_NEW_CLAUSE = re.compile(r"\b(?:and|or|but|then|they|we|he|she|it|i|say|says|said|told|hope\w*|want\w*|plan\w*)\b"
                         r"|[;:()]|\.(?!\d)|\bto\s*$", _I)
# Other people a preposition's object names, a participle after them describing them: "schools used as shelter for
# (thousands of) people displaced by the floods" (``_describes_others``).
_OTHERS_OBJECT_BEFORE = re.compile(
    r"\b(?:for|to|of|with|among|from)\s+(?:(?:the|some|many|other|thousands|hundreds|tens|dozens|of)\s+)*(?P<noun>\w+)\s+$", _I)
# ... or the object a movement verb names right after it, which its people are ("..., which is relocating these people
# to community centres"; ``_moves_others``).
_OTHERS_OBJECT_AFTER = re.compile(r"\s+(?:these|those|the|other|such)\s+(?:[\w-]+\s+)??" + _UNIT_WORD.pattern, _I)
_OBJECT_REACH = 200  # characters: a preposition and its qualifiers ("for thousands of the") are far fewer
_COMMA = re.compile(r",\s")  # (not a figure's: "38,000")
# Words before a participle that only describe its people ("a camp for displaced people"), or none: a sentence opening
# with it ("Displaced people and aid workers described ...").
_DESCRIBED_BEFORE = re.compile(
    r"(?:^\s*|\b(?:a|an|the|of|for|to|from|in|at|by|with|and|its|their|his|her|our|these|those|many|some|more|most|other"
    r"|newly|internally)\s+)$", _I)
# "Returned" before the people it names, after a figure, a word that describes them or a sentence's start ("8,000
# returned Angolan migrants", "Returned migrants said"): they are returnees, not this sentence's movement.
_RETURNED_PEOPLE = re.compile(r"returned\s+(?:[\w-]+\s+)?" + _UNIT_WORD.pattern, _I)
_RETURNED_DESCRIBED_BEFORE = re.compile(rf"{_DESCRIBED_BEFORE.pattern}|(?:^|[.!?]\s+|\n\s*)$|\d\s+$", _I)
_ORDERED_BEFORE = re.compile(r"\b(?:ordered|(?<!in\s)orders?|told|urged|advised|instructed|asked)\b(?:\s+[\w,'’-]+){0,4}?\s+to\s+$", _I)
# An appeal before the verb ("residents were urged to leave", "tourists have been advised to leave", "called on
# villagers to evacuate"): it asks people to move, and no one is yet said to have gone; an order ("ordered to leave")
# is a decision to move them.
_APPEAL_BEFORE = re.compile(r"\b(?:advised|urged|encouraged|asked|called\s+(?:on|upon)|appealed\s+to)\b(?:\s+[\w,'’-]+){0,4}?"
                            r"\s+to\s+$", _I)
_FORCIBLY_BEFORE = re.compile(r"\b(?:forcibly|forcefully|forcedly)\s+$", _I)
# People others carry to safety were evacuated ("700 residents were taken to safety", "brought to higher ground", "put
# in safer places"), not fled as people who go there themselves ("fled to safety"); so were people "moved" or "shifted"
# there, somewhere "for safety" ("moved to cyclone shelters for safety": a move out of a hazard's way), or out of where a
# hazard is ("shifted 900 people from low-lying areas"), also past the places they left ("shifted 900 people from
# the two coastal districts to safer places", "to safe places"); a word naming relocation keeps its own term ("relocated to
# safer areas").
_CARRIER = re.compile(r"t[ao]ken|took|brought|carried|escorted|led|put|placed", _I)
_TO_SAFETY = re.compile(r"(?:\s+[\w'’-]+(?:[.,]\d+)*){0,8}?\s+(?:to\s+(?:safety|higher\s+ground)"
                        r"|(?:to|in|into)\s+(?:(?:a|the)\s+)?safer?\s+(?:ground|areas?|places?|locations?)"
                        r"|for\s+(?:(?:their|his|her)\s+(?:own\s+)?)?safety"
                        r"|(?:from|out\s+of)\s+(?:the\s+)?" + DANGER_AREAS + r")\b", _I)
# A movement agreed between the sides: "under a surrender deal", "as part of an agreement with the army".
_UNDER_DEAL = re.compile(r"\b(?:under|as\s+part\s+of|in\s+line\s+with|in\s+accordance\s+with)\s+(?:an?|the|this|that)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:deal|agreement|accord|truce|ceasefire|settlement)\b", _I)
# A move made before a hazard arrives, to get out of its way, is an evacuation ("as a precaution", "pre-emptively",
# "ahead of the cyclone", "in advance of the storm", "as the storm approached", "before landfall").
_PRE_EMPTIVE = re.compile(
    r"\b(?:as\s+a\s+precaution|precautionar\w*|pre-?emptive(?:ly)?|preventive(?:ly)?|preventative(?:ly)?|(?:ahead|in\s+advance)\s+of(?!\s+(?:schedule|time))"
    r"|in\s+anticipation\s+of|before\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:landfall|cyclone|typhoon|hurricane|storm)"
    r"|as\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:approached|neared|bore\s+down|closed\s+in))", _I)
# Words that name a planned relocation themselves (IDMC's own word); "moved", "shifted", "transferred" only say a move.
_NAMES_RELOCATION = re.compile(r"relocat|resettl|reubic|relog|relocalis", _I)
# ... into a shelter, a relief camp or an evacuation centre, past the people moved ("shifted 900 villagers to relief
# camps", "had moved into storm shelters", "shifted to nearly 3,000 relief camps"): they are sheltered there, as people
# "taken to shelters" are; also past where they came from ("shifted 500 people from 12 villages of four blocks to
# cyclone shelters").
_INTO_SHELTER_AFTER = re.compile(r"(?:\s+[\w'’-]+(?:[.,]\d+)*){0,4}?(?:\s+from(?:\s+[\w'’-]+(?:[.,]\d+)*){1,6}?)?"
                                 r"\s+(?:in|into|to)\s+" + SHELTERS_COUNTED + r"(?:[\w'’-]+\s+){0,2}?"
                                 rf"(?:shelters?|(?:relief|evacuation|displacement|idp|transit)\s+camps?|{SHELTER_CENTRES})\b", _I)
# People displaced in relief camps or evacuation centres are sheltered there: "215,997 people are displaced in
# government relief camps" (not "displaced in the province").
_DISPLACED_IN_SHELTER = re.compile(r"\s+(?:in|at|inside)\s+" + SHELTERS_COUNTED + r"(?:[\w'’-]+\s+){0,2}?"
                                   rf"(?:shelters|(?:relief|evacuation|displacement|idp|transit)\s+camps?|{SHELTER_CENTRES})\b", _I)
# People who only "moved" and are then said, in the same clause, to camp, squat or sleep somewhere made no planned move:
# they were displaced ("moved from their villages in the delta and are camping at a school").
_CAMPING_AFTER = re.compile(r"[^.;:!?]{0,120}?\band\s+(?:(?:are|were|is|was|have\s+been|had\s+been|now|still)\s+)*"
                            r"(?:camping|camped|squatting|sleeping\s+(?:rough|outside|outdoors|in\s+the\s+open|at|in))\b", _I)
# Sleeping or camping out of doors (a state of the homeless) ...
_OUT_OF_DOORS = re.compile(r"(?:sle\w+|camp\w*(?:\s+out)?)\s+(?:outdoors|outside)\b", _I)
# ... at a refuge a sentence names (not "outside the shelter"): they camp on its grounds.
_AT_REFUGE = re.compile(rf"(?<!outside\s)\b(?:at|in|inside|within)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{SHELTERS})\b", _I)
_FORCED_BEFORE = re.compile(r"\b(?:forc|compel|driv)\w*\b(?:\s+[\w,'’-]+){0,4}?\s+to\s+$", _I)
# A generic verb and a specific one of the same people joined by "and": the specific one says what they did ("2,000
# displaced people left the camps and returned to Rutshuru" returned; "left their homes and fled to the hills" fled).
_AND_THEN = re.compile(r"[^.;:,]{0,60}?\band\s+(?:(?:then|later|have|had)\s+)*", _I)
# A generic verb of departure: shelters after it are where people went ("left their homes for the shelters"), not their
# term ("taken to shelters" are sheltered).
_DEPARTING = re.compile(r"left|leav(?:e|es|ing)|depart(?:s|ed|ing)?", _I)
_LABEL_GAP = re.compile(r"\s*[:–—-]\s*")
# A return people doubt or hope for, still to come, is none of their movement's: "are leaving the province, unsure
# whether they will be able to return" left, "fled, hoping to return one day" fled (not "returned when the water fell").
# "if" and "when" doubt a return only before a modal ("unclear when they could return"): "fled when the dam broke were
# allowed to return" and "if the rain stops, 300 families are set to return" are returns told.
_RETURN_HOPED_BEFORE = re.compile(r"\b(?:(?:whether|unsure|uncertain|unclear|hop(?:e|es|ed|ing)|wish\w*|long\w*|want\w*"
                                  r"|plan\w*|expect\w*)\b[^.;:!?]{0,40}?\b(?:will|would|could|can|might|may|to)"
                                  r"|(?:if|when)\b[^.;:!?]{0,40}?\b(?:will|would|could|can|might|may))"
                                  r"\s+(?:be\s+able\s+to\s+)?$", _I)
# An article that tells of people sent or going back to their countries: deportations, expulsions, repatriations.
SENDING_HOME = re.compile(r"\b(?:deport|expel|expuls|repatriat|returnee)", _I)
# The country a departure left, named, and where the people went, if the sentence says: "have left Pakistan for Turkey".
_COUNTRY_LEFT = re.compile(r"\s+(?P<left>[A-Z][\w'’-]+)(?:\s+(?:for|to|towards|into)\s+(?P<onward>[\w'’-]+))?")
# Faiths are no nation: "Christians left Iraq" went to no country of theirs.
_FAITHS = re.compile(r"christians|muslims|hindus|sikhs|jews|alawites|druze|copts|shiites|shias|sunnis|ismailis|yazidis")
# A generic verb going back or home is a return: "3,000 residents went back to Mosul", "the evacuees headed home".
# A verb whose object is a noun of movement ("forced the evacuation of 1,700 people", "forcing the mass displacement
# of"): the noun, not the verb, names how the people moved.
# A departure joined to a word of where people stay, one object for both: "relocated and accommodated 334 residents",
# "evacuated and sheltered 900 people": the departure names the movement.
_AND_BETWEEN = re.compile(r"\s+(?:and|y|e|et)\s+", _I)
_NOUN_OBJECT = re.compile(r"\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?P<noun>[\w-]+)\s+of\b", _I)
_BACK_HOME = re.compile(r"\s+(?:back|home)\b", _I)
# ... and so is moving back to a place, though "moved" alone names a relocation: "2,400 families moved back to their
# villages" (not "were moved back from the river": kept from danger, a relocation).
_MOVED = re.compile(r"mov(?:e|ed|es|ing)$", _I)
_BACK_TO = re.compile(r"\s+back\s+(?:to|into|home)\b", _I)
# ... but home after a verb of leaving is the place left: "forced 600 people to leave home" (displaced, no return).
_LEAVING_VERB = re.compile(r"(?:leav|left)", _I)


def _near_noun(text: str, counted: Counted, noun: re.Match) -> bool:
    """Whether a movement noun is close enough to a count to be its movement: within eight words and
    no punctuation ("the evacuation of 4,000 people", "4,000 people in the exodus"), or a label the
    count ends ("Evacuation total people: 3,614"), or a label the count follows ("Displacement: 4,700 individuals"), or
    the noun of the tally the count is the value of, past commas or dashes ("the evacuees, numbering 1,340")."""
    if LABEL_FIGURE.match(text, counted.end) or _LABEL_GAP.fullmatch(text, noun.end(), counted.start):
        return True
    if counted.named_as is not None and noun.end() <= counted.start:
        return True
    if noun.start() >= counted.head_end:
        return gap_ok(text[counted.head_end:noun.start()], 8)
    return gap_ok(text[noun.end():counted.start], 8)


def _verb_distance(text: str, breaks: Sequence[int], movement: re.Match, start: int, end: int) -> tuple[bool, int]:
    """How far a movement word stands from the count at ``start:end``, for choosing the count's own: one
    after it first, one before it at twice the distance, and one before a clause break last ("with a million
    people in shelters, millions more displaced": the millions were displaced, not sheltered).

    >>> from geo.clauses import clause_breaks
    >>> text = "with 500 people in shelters, millions more displaced"
    >>> verbs = list(MOVEMENT.finditer(text))
    >>> min(verbs, key=lambda m: _verb_distance(text, clause_breaks(text), m, 29, 37)).group()
    'displaced'
    """
    if movement.start() >= end:
        return False, movement.start() - end
    # "relocated another 11,300 people": its object (not "6,000 were evacuated and another 10,000 may be"); the word
    # adding it is part of the count's phrase, not a gap between it and the verb
    added = added_before(text, start)
    begin = added.start() if added is not None and text[movement.end():added.start()].isspace() else start
    return clause_break_between(text, breaks, movement.end(), start), 2 * (begin - movement.end())


def verb_term(text: str, verb: re.Match, movements: Sequence[re.Match], article: str, negotiated: bool = False) -> str:
    """The verb's own term (the noun's when its object is a noun of movement: "forced the evacuation of"), "fled" when people were forced to move ("forced 17,000 to leave"), "evacuated" when a
    deal between the sides moves them ("left under a surrender deal"), or the term of the sentence's specific word
    nearest to it in its clause of a list run on with semicolons (not a return hoped for or doubted: ``_RETURN_HOPED_BEFORE``), else the article's; a word of where people are (sheltered, homeless)
    in a clause after or before a departure's names no departure ("left the city for Tobruk, where they are staying with
    relatives", "800 moved in with relatives, and a few hundred left the island"), in its own clause it does ("left
    three families homeless")."""
    if verb["rescue"]:
        return "evacuated"  # "pulled 45 people out of flooded homes"
    noun = _NOUN_OBJECT.match(text, verb.end())
    if noun is not None and (named := term_of(noun["noun"])) is not None and named not in (*STAYING, "destroyed housing"):
        return named  # "forced the evacuation of 1,700 people": evacuated, not fled
    own = own_term(text, verb)
    if own in STAYING and (departure := _paired_departure(text, verb, movements)) is not None:
        return departure
    if own == "homeless" and camping_at_refuge(text, verb):
        return "sheltered"  # "counted at the fairgrounds, including 90 camping outdoors": on a refuge's grounds
    if own in (None, "relocated") and _FORCIBLY_BEFORE.search(text, max(0, verb.start() - 30), verb.start()):
        return "deported"  # "forcibly taken to Russia", "forcibly transferred"
    if own == "relocated" and (_pre_emptive(text, verb) or _moved_to_safety(text, verb)):
        return "evacuated"  # "shifted 1,000 people to shelters ahead of the cyclone", "moved 900 villagers to safety"
    if own == "relocated" and _moved_into_shelter(text, verb):
        # "7,000 people were shifted to relief camps"; told to go there, they were ordered out: "residents have been
        # told to move to emergency shelters"
        return "evacuated" if _ORDERED_BEFORE.search(text, max(0, verb.start() - 60), verb.start()) else "sheltered"
    if own == "relocated" and _moved_to_camp_out(text, verb):
        return "displaced"  # "103 households moved from their villages and are camping at a primary school"
    if own == "relocated" and _moved_under_deal(text, verb, negotiated):
        return "evacuated"  # "6,900 people are expected to be ferried out" in an article about a deal for their evacuation
    if own == "displaced" and _DISPLACED_IN_SHELTER.match(text, verb.end()):
        return "sheltered"  # "displaced in government relief camps": where they stay, IDMC's "In Relief Camp"
    if own == "fled" and _ORDERED_BEFORE.search(text, max(0, verb.start() - 60), verb.start()):
        return "evacuated"  # "ordered 180,000 residents to flee their homes": an evacuation order
    if own:
        return own
    if _CARRIER.fullmatch(verb.group()) and _TO_SAFETY.match(text, verb.end()):
        return "evacuated"
    if _FORCED_BEFORE.search(text, max(0, verb.start() - 60), verb.start()):
        return "fled"  # "forced 17,000 people to leave": forced to flee
    if _ORDERED_BEFORE.search(text, max(0, verb.start() - 60), verb.start()):
        return "evacuated"  # "ordered to leave their homes": an evacuation order
    if _pre_emptive(text, verb):
        return "evacuated"  # "left their homes as a precaution"
    if _UNDER_DEAL.search(text):
        return "evacuated"  # "left the town under a surrender deal": a negotiated evacuation, whatever else the article says
    leaving = not ARRIVING.match(verb.group())
    named = [(abs(m.start() - verb.start()), term) for m in movements
             if not m["housing"] and (term := term_of(m.group())) is not None
             and not (leaving and term in STAYING and CLAUSE_BREAK.search(text, *sorted((verb.end(), m.start()))))
             # a semicolon ends a clause of a list of its own ("546 crossed into Ethiopia; 3,536 reached Luuq")
             and ";" not in text[min(verb.end(), m.end()):max(verb.start(), m.start())]
             and not (term == "sheltered" and m.start() > verb.end() and _DEPARTING.fullmatch(verb.group()))
             and not (term == "returned" and hoped_return(text, m.start()))]
    return min(named)[1] if named else article


def _paired_departure(text: str, verb: re.Match, movements: Sequence[re.Match]) -> str | None:
    """The term of a departure joined by "and" right before ``verb`` (a word of where people stay), when it names one.

    >>> from geo.vocabulary import MOVEMENT
    >>> def of(text): return _paired_departure(text, list(MOVEMENT.finditer(text))[-1], list(MOVEMENT.finditer(text)))
    >>> of("they relocated and accommodated 334 residents"), of("they accommodated 334 residents")
    ('relocated', None)
    """
    for movement in movements:
        if movement.end() <= verb.start() and _AND_BETWEEN.fullmatch(text, movement.end(), verb.start()):
            term = term_of(movement.group())
            return term if term not in (None, *STAYING, "destroyed housing") else None
    return None


def appealed(text: str, verb: re.Match) -> bool:
    """Whether the movement verb is what an appeal asks people to do ("were urged to leave"), not an order.

    >>> import re
    >>> def of(text): return appealed(text, re.search(r"leave|evacuate", text))
    >>> of("Tourists have been advised to leave the town"), of("The mayor called on villagers to evacuate")
    (True, True)
    >>> of("Residents were ordered to leave the town"), of("Residents began to leave the town")
    (False, False)
    """
    return _APPEAL_BEFORE.search(text, max(0, verb.start() - 60), verb.start()) is not None


def _moved_to_safety(text: str, verb: re.Match) -> bool:
    """Whether a verb that only says people moved takes them to safety: out of danger, an evacuation, whoever moved
    them; a word naming relocation keeps its own term.

    >>> from geo.vocabulary import MOVEMENT
    >>> [_moved_to_safety(t, MOVEMENT.search(t)) for t in ("troops moved 900 villagers to safer ground",
    ...  "900 villagers were shifted to higher ground", "they relocated 900 villagers to safer areas",
    ...  "they moved 900 villagers to Goma")]
    [True, True, False, False]
    """
    return not _NAMES_RELOCATION.search(verb.group()) and _TO_SAFETY.match(text, verb.end()) is not None


def _moved_into_shelter(text: str, verb: re.Match) -> bool:
    """Whether a verb that only says people moved takes them into a shelter, a relief camp or an evacuation centre; a
    word naming relocation keeps its own term.

    >>> from geo.vocabulary import MOVEMENT
    >>> [_moved_into_shelter(t, MOVEMENT.search(t)) for t in ("900 villagers were shifted to relief camps",
    ...  "they moved 900 villagers into storm shelters", "they relocated 900 villagers to relief camps",
    ...  "they moved 900 villagers to Goma", "they moved 900 villagers out of the camps",
    ...  "they moved 900 villagers to schools", "they shifted 900 villagers from three low-lying hamlets to relief camps",
    ...  "they shifted 900 villagers from the relief camps to Goma")]
    [True, True, False, False, False, False, True, False]
    """
    return not _NAMES_RELOCATION.search(verb.group()) and _INTO_SHELTER_AFTER.match(text, verb.end()) is not None


def _moved_to_camp_out(text: str, verb: re.Match) -> bool:
    """Whether people a verb that only says they moved ("moved", "shifted"; not "relocated") are then said, in its
    clause, to camp, squat or sleep somewhere: a makeshift stay, no planned move; driven from home, they were displaced.

    >>> from geo.vocabulary import MOVEMENT
    >>> [_moved_to_camp_out(t, MOVEMENT.search(t)) for t in ("90 families moved from their village and are camping at a school",
    ...  "90 families were relocated from their village and are camping at a school",
    ...  "90 families moved from their village to a new estate", "90 families moved out; others are camping at a school")]
    [True, False, False, False]
    """
    return not _NAMES_RELOCATION.search(verb.group()) and _CAMPING_AFTER.match(text, verb.end()) is not None


def negotiated(text: str) -> bool:
    """Whether an article tells of a movement under a deal between the sides ("under a surrender deal", "as part of an
    agreement with the army").

    >>> negotiated("Buses left the towns under a deal that lets thousands go."), negotiated("Buses left the towns.")
    (True, False)
    """
    return _UNDER_DEAL.search(text) is not None


def _moved_under_deal(text: str, verb: re.Match, negotiated: bool) -> bool:
    """Whether a verb that only says people were moved ("bussed", "ferried", "transferred"; not "relocated") moves them
    under a deal between the sides, which its sentence names or its article does (``negotiated``): a negotiated
    evacuation, as a generic departure under one is ("Buses began evacuating the towns under a deal ... 6,900 are to
    be ferried out").

    >>> from geo.vocabulary import MOVEMENT
    >>> [_moved_under_deal(t, MOVEMENT.search(t), n) for t, n in (("900 people were ferried out under a truce deal", False),
    ...  ("900 people are to be ferried out", True), ("900 people were relocated under a truce deal", True),
    ...  ("900 people are to be ferried out", False))]
    [True, True, False, False]
    """
    return not _NAMES_RELOCATION.search(verb.group()) and (negotiated or _UNDER_DEAL.search(text) is not None)


def _pre_emptive(text: str, verb: re.Match) -> bool:
    """Whether a verb that only says people moved ("left", "moved", "shifted", not "relocated") tells a move out of a
    hazard's way before it came (its sentence says so): an evacuation.

    >>> from geo.vocabulary import MOVEMENT
    >>> [_pre_emptive(t, MOVEMENT.search(t)) for t in ("they moved 900 people to schools ahead of the typhoon",
    ...  "they left their homes as a precaution", "they relocated 900 people ahead of the typhoon",
    ...  "they moved 900 people to schools after the typhoon", "they moved 900 people to schools ahead of schedule")]
    [True, True, False, False, False]
    """
    return not _NAMES_RELOCATION.search(verb.group()) and _PRE_EMPTIVE.search(text) is not None


def camping_at_refuge(text: str, verb: re.Match) -> bool:
    """Whether people camping or sleeping out do so at a refuge the sentence names: outdoors on its grounds, they
    are sheltered there, not homeless where they lived ("450 were counted at the fairgrounds, 90 of them camping
    outdoors"; not "500 are camping outside in the town", "sleeping outside the shelter").

    >>> from geo.vocabulary import MOVEMENT
    >>> [camping_at_refuge(t, MOVEMENT.search(t)) for t in ("At the fairgrounds 90 people were camping outdoors.",
    ...     "In the town 500 people were camping outdoors.")]
    [True, False]
    """
    return bool(_OUT_OF_DOORS.match(verb.group()) and _AT_REFUGE.search(text))


# People a carrier brought somewhere arrived there: the place the sentence is in is where they landed ("In Lakeside,
# 40 flights brought 3,000 evacuees to the old airbase"); not people brought to safety or to higher ground, who left it.
_BRINGING = re.compile(r"br(?:ought|ings?|inging)$", _I)


def brought_in(text: str, verb: re.Match) -> bool:
    """Whether a verb of bringing (no rescue) tells people brought into where its sentence is.

    >>> from geo.vocabulary import MOVEMENT
    >>> [brought_in(t, MOVEMENT.search(t)) for t in ("buses brought 900 evacuees to the arena",
    ...     "boats brought 900 people to safety", "buses took 900 evacuees to the arena")]
    [True, False, False]
    """
    return bool(_BRINGING.match(verb.group()) and not verb["rescue"] and not _TO_SAFETY.match(text, verb.end()))


def own_term(text: str, verb: re.Match) -> str | None:
    """The term a movement verb names by itself: its word's (``term_of``), or "returned" for a generic verb going
    back or home ("went back to Mosul", "headed home"); None for any other generic verb ("left", "went to").

    >>> from geo.vocabulary import MOVEMENT
    >>> [own_term(t, MOVEMENT.search(t)) for t in ("they went back to Mosul", "they went to Kirkuk", "they fled home",
    ...     "they had to leave home")]
    ['returned', None, 'fled', None]
    >>> [own_term(t, MOVEMENT.search(t)) for t in ("they moved back to Mosul", "they were moved back from the river")]
    ['returned', 'relocated']
    """
    own = term_of(verb.group())
    if _MOVED.match(verb.group()) and _BACK_TO.match(text, verb.end()):
        return "returned"  # "moved back to their villages"
    if own is not None or _LEAVING_VERB.match(verb.group()) or not _BACK_HOME.match(text, verb.end()):
        return own
    return "returned"


def going_home(text: str, counted: Counted, verb: re.Match) -> bool:
    """Whether the count's people are nationals of one country who left another, named, for no third one: "375,000
    Afghans have left Pakistan" (in an article about deportations, a return), not "Afghans left Afghanistan" nor
    "Afghans have left Pakistan for Turkey". A nation and a country it names share their first four letters.

    >>> from geo.counting import moving_counts
    >>> from geo.vocabulary import MOVEMENT
    >>> [going_home(t, moving_counts(t)[0], MOVEMENT.search(t)) for t in ("Some 9,000 Afghans have left Iran",
    ...  "Some 9,000 Afghans have left Afghanistan", "Some 9,000 Afghans have left Iran for Turkey")]
    [True, False, False]
    """
    nation = head_noun(text, counted)
    country = _COUNTRY_LEFT.match(text, verb.end())
    if not (_DEPARTING.fullmatch(verb.group()) and DEMONYM.search(nation) and not _FAITHS.fullmatch(nation)
            and country is not None and country["left"][:4].lower() != nation[:4]):
        return False
    return country["onward"] is None or country["onward"][:4].lower() == nation[:4]


def coordinated_term(text: str, verb: re.Match, verbs: Sequence[re.Match]) -> str | None:
    """The term of a specific movement verb joined to a generic ``verb`` by "and" (``_AND_THEN``), else None."""
    joined = _AND_THEN.match(text, verb.end())
    then = joined and next((m for m in verbs if m.start() == joined.end()), None)
    return term_of(then.group()) if then else None


def _not_describing(text: str, counted: Counted, verbs: Sequence[re.Match]) -> Sequence[re.Match]:
    """The verbs that may be the count's own: the verb whose subject its people are when a participle inside its
    noun phrase ("4,000 displaced families have returned") or a clause describing them ("3,000 people who had fled
    to Idlib returned to Aleppo", "3,000 people displaced by the floods returned") stands before it
    (``_main_verb``), else all."""
    main = _main_verb(text, counted, verbs)
    return verbs if main is None else [main]


def _main_verb(text: str, counted: Counted, verbs: Sequence[re.Match]) -> re.Match | None:
    """The movement verb whose subject the count's people are, when words describing them stand between: after a
    participle in their noun phrase ("4,000 displaced families have returned": returned) or a clause right after it
    (``_describing``: "3,000 people who had fled to Idlib returned", "... who lost their homes were relocated",
    "3,000 people displaced by the floods returned"); None when nothing describes them or no verb (a state is no
    verb: "displaced families live in tents") follows. ``verbs`` are in text order: found by bisection, so a
    sentence of many counts is read once, not once a count."""
    at = bisect_left(verbs, counted.head_end, key=_start)  # the first movement after the noun phrase
    clause = _describing(text, counted, verbs[at] if at < len(verbs) else None)
    if clause is None:
        inside = bisect_left(verbs, counted.end, key=_start)
        if inside == at:  # no participle inside the noun phrase: the verb after one describing them ("the 12,000
            # people now confined to the arena will go to the city"), else none
            described = described_movement(text, counted.head_end)
            return next((verb for verb in verbs[at:] if described and verb.start() == described.start()), None)
        main = next((verbs[i] for i in range(at, len(verbs)) if verbs[i]["verb"]), None)
        return main if main is not None and _goes_on(text, counted.head_end, main, False) else None
    own = verbs[at]  # the clause's movement; the main verb follows with no clause or new subject between
    participle = clause.re is _PARTICIPLE_AFTER  # then an "-ing" word after it is no main verb ("... returning home")
    main = next((m for m in (verbs[i] for i in range(at + 1, len(verbs))) if m["verb"] and not attributive(text, m)
                 and not (participle and m.group().lower().endswith("ing"))), None)
    aside = clause.group().lstrip().startswith(",")
    return main if main is not None and _goes_on(text, own.end(), main, aside) else None


def _start(match: re.Match) -> int:
    return match.start()


def _describing(text: str, counted: Counted, first: re.Match | None) -> re.Match | None:
    """A clause right after the count's people that describes them, whose movement is ``first``: a relative clause
    ("who had fled to Idlib", ", who had fled to Erbil,"), a passive participle ("displaced by the floods",
    "evacuated from Kesennuma in March") or an active one of where they stay ("sheltering in the school"), else None."""
    if first is None:
        return None
    clause = _RELATIVE_AFTER.match(text, counted.head_end)
    if clause is not None:
        return clause
    clause = _PARTICIPLE_AFTER.match(text, counted.head_end) or _STAYING_PARTICIPLE_AFTER.match(text, counted.head_end)
    return clause if clause is not None and clause.start(1) == first.start() else None


def _goes_on(text: str, start: int, verb: re.Match, aside: bool) -> bool:
    """Whether the words from ``start`` to ``verb`` leave it the verb of the same subject: ten words at most, no
    conjunction, new subject, verb of saying or infinitive ("evacuated families were told they could return"), no
    clause break unless an ``aside`` closes there ("3,000 civilians, who had fled to Erbil, returned")."""
    if len(GAP_WORDS.findall(text, start, verb.start())) > 10:
        return False
    gap = text[start:verb.start()]
    return not _NEW_CLAUSE.search(gap) and (aside or not CLAUSE_BREAK.search(gap))


def earlier_move(text: str, counted: Counted, verb: re.Match, verbs: Sequence[re.Match],
                  term: str) -> EarlierMove | None:
    """The clause describing the count's people that tells an earlier movement than ``verb``, the count's own
    ("3,000 people who had fled to Idlib returned to Aleppo", "1,500 families evacuated from Kesennuma have
    returned"), else None."""
    if verb.start() <= counted.head_end:
        return None
    at = bisect_left(verbs, counted.head_end, key=_start)
    first = verbs[at] if at < len(verbs) and verbs[at].start() < verb.start() else None
    if _describing(text, counted, first) is None:
        lived = _LIVED_AFTER.match(text, counted.head_end)
        return EarlierMove(counted.head_end, verb.start(), term == "returned", True) if (
            lived is not None and lived.end() <= verb.start()) else None
    return EarlierMove(counted.head_end, verb.start(), term == "returned", term_of(first.group()) == "sheltered")


def movement_of(text: str, breaks: Sequence[int], counted: Counted, movements: Sequence[re.Match],
                 moving: Sequence[re.Match], verbs: Sequence[re.Match], article: str, forced: bool,
                 negotiated: bool = False) -> tuple[re.Match, str] | None:
    """The movement word of a count of people and its term: the sentence's movement verb nearest to it (a
    noun only within eight words), else, in an article about forced movement, the word of displacement in its
    clause (the loose reading, ``counted.vouched_by``: "2,000 residents packed evacuation shelters", "300 people
    whose homes were washed away"); None when neither says the people moved."""
    vouched = counted.vouched_by
    verbs, moving = _outside_part_clause(text, counted, verbs, moving)
    others = _others_moved(text, counted, moving)
    if _SHELTERS_BEFORE.search(text, max(0, counted.start - 80), counted.start):  # people in shelters: not the verb
        others = [*others, *(m for m in moving  # of another count's clause after them
                             if m.start() >= counted.head_end and _another_counts_verb(text, counted.head_end, m))]
    verbs, moving = [m for m in verbs if m not in others], [m for m in moving if m not in others]
    governing = _governing_noun(text, counted, moving) if vouched is None else None
    if governing is not None:  # "the evacuation of 5,000 people ..., while 300 others fled": evacuated, not fled
        return governing, verb_term(text, governing, moving, article, negotiated)
    in_state = next((m for m in moving if m["state"] and _IN_STATE_GAP.fullmatch(text, counted.head_end, m.start())), None)
    if vouched is None and in_state is not None and term_of(in_state.group()) == "sheltered":
        return in_state, "sheltered"  # "64,000 had been evacuated and 12,700 remained in shelters"
    if vouched is None and moving:
        verb = min(_not_describing(text, counted, verbs) or moving,
                   key=lambda m: _verb_distance(text, breaks, m, counted.start, counted.end))
        if verbs or _near_noun(text, counted, verb):
            return verb, verb_term(text, verb, _outside_description(counted, verb, moving), article, negotiated)
    if vouched is None and forced:
        vouched = clause_displacement(text, counted)
    if vouched is None or any(m.start() <= vouched.start() < m.end() for m in others):
        return None
    verb = (MOVEMENT.match(text, vouched.start())
            or min(movements, key=lambda m: _verb_distance(text, breaks, m, counted.start, counted.end)))
    term = term_of(vouched.group()) or article  # "leaving their villages": a generic word takes the article's term
    return verb, "homeless" if term == "destroyed housing" else term  # "people whose homes were destroyed"


# A clause a conjunction opens with a count of its own after people a shelter holds: its verb is that count's ("Relief
# centres have been packed out by 5500 people, while another 4000 people evacuated to the foreshore": the 5,500 did not
# evacuate; they are sheltered, ``clause_displacement``).
_SHELTERS_BEFORE = re.compile(r"\b(?:shelters?|camps?|cent(?:re|er)s|halls|gyms|schools)\b", _I)
_ANOTHER_COUNTS_CLAUSE = re.compile(r"[,;]\s*(?:while|whereas|but|and)\s+(?:[\w-]+\s+){0,2}?"
                                    r"(?:\d|(?:dozens|hundreds|thousands|millions)\b)", _I)


def _others_moved(text: str, counted: Counted, moving: Sequence[re.Match]) -> list[re.Match]:
    """The movement words that tell of others moved, not the count's people ("shelter for people displaced by X",
    "is relocating these people", "to shelter displaced people, ... 9,000 students"); not when a tally names them as
    the count's ("displaced households, estimated at 2,600")."""
    return [m for m in moving if _describes_others(text, counted, m) or _moves_others(text, counted, m)
            or (counted.named_as is None and _describes_noun_before(text, counted, m))]


def _another_counts_verb(text: str, end: int, verb: re.Match) -> bool:
    """Whether ``verb``, after a count ending at ``end`` in its noun, is the verb of a count a clause opens with
    between them, no comma after that count (not "5,000 people, and 300 children, were evacuated": both were; nor a
    figure of a list before one noun: "2,100, 1,300, and 900 families have fled")."""
    clause = _ANOTHER_COUNTS_CLAUSE.search(text, end, verb.start()) if text[end - 1].isalpha() else None
    return clause is not None and "," not in text[clause.end():verb.start()]


def _describes_others(text: str, counted: Counted, verb: re.Match) -> bool:
    """Whether a movement participle after the count describes other people, a preposition's object it follows
    ("9,000 students miss classes as schools shelter families displaced by the floods": the families were displaced,
    not the students); a participle right after the count's own noun is its own ("9,000 people displaced by the floods").

    >>> from geo.counting import moving_counts
    >>> from geo.vocabulary import MOVEMENT
    >>> def others(text):
    ...     return _describes_others(text, moving_counts(text, loose=True)[0], next(MOVEMENT.finditer(text)))
    >>> others("Some 9,000 students miss classes as schools shelter thousands of families displaced by the floods")
    True
    >>> others("Aid reached 9,000 people displaced by the floods"), others("Some 9,000 students were evacuated to families")
    (False, False)
    """
    if verb.start() <= counted.head_end or not verb.group().lower().endswith(("ed", "en")):
        return False
    # the object ends at the participle: look only at the words just before it (a whole long sentence per count
    # and verb costs its square)
    other = _OTHERS_OBJECT_BEFORE.search(text, max(counted.head_end, verb.start() - _OBJECT_REACH), verb.start())
    return other is not None and _UNIT_WORD.fullmatch(other["noun"]) is not None


def _describes_noun_before(text: str, counted: Counted, verb: re.Match) -> bool:
    """Whether a participle before the count only describes a people noun after it, in a clause a comma closes before
    the count ("to shelter displaced people, ... for 9,000 students")."""
    return (verb.end() < counted.start and verb.group().lower().endswith("ed")
            and _UNIT_WORD.match(text, verb.end() + 1) is not None
            and _COMMA.search(text, verb.end(), counted.start) is not None)


def _moves_others(text: str, counted: Counted, verb: re.Match) -> bool:
    """Whether a movement verb after the count names the people it moves as its object, others than the count's
    ("learning for 9,000 students is disrupted, and officials are relocating these people to halls": "these people"
    moved, not the students).

    >>> from geo.counting import moving_counts
    >>> from geo.vocabulary import MOVEMENT
    >>> def others(text):
    ...     return _moves_others(text, moving_counts(text, loose=True)[0], list(MOVEMENT.finditer(text))[-1])
    >>> others("Some 9,000 students miss classes, and officials are relocating these people to halls")
    True
    >>> others("Some 9,000 students were relocated to halls"), others("Some 9,000 students were relocated to the halls")
    (False, False)
    """
    if verb.start() <= counted.head_end:
        return False
    return _OTHERS_OBJECT_AFTER.match(text, verb.end()) is not None


def _outside_part_clause(text: str, counted: Counted, verbs: Sequence[re.Match],
                         moving: Sequence[re.Match]) -> tuple[Sequence[re.Match], Sequence[re.Match]]:
    """The verbs and movement words that may be the count's own: not those of a clause on a part of its people
    right after it ("the displacement of 13,000 people, most of whom sought shelter at the base": the 13,000 were
    displaced, some of them sheltered), when a movement word before the count in its clause is its own; else all.

    >>> from geo.counting import moving_counts
    >>> from geo.vocabulary import MOVEMENT
    >>> def of(text):
    ...     words = list(MOVEMENT.finditer(text))
    ...     return [m.group() for m in _outside_part_clause(text, moving_counts(text)[0], words, words)[1]]
    >>> of("the displacement of 900 people, most of whom sought shelter"), of("900 people, most of whom sought shelter")
    (['displacement'], ['sought shelter'])
    """
    part = _PART_CLAUSE.match(text, counted.head_end)
    if part is None or not any(m.end() <= counted.start and not CLAUSE_BREAK.search(text, m.end(), counted.start)
                               for m in moving):
        return verbs, moving
    return ([m for m in verbs if m.start() < part.start()], [m for m in moving if m.start() < part.start()])


def _governing_noun(text: str, counted: Counted, moving: Sequence[re.Match]) -> re.Match | None:
    """The movement noun whose object the count is (``MOVEMENT_OF``: "the evacuation of 5,000 people", "evacuation
    orders for 200,000 people"): the count's own movement, whatever verb another clause of the sentence has."""
    governed = MOVEMENT_OF.search(text, max(0, counted.start - 80), counted.start)
    if governed is None:
        return None
    return next((m for m in moving if m["noun"] and m.start() == governed.start()), None)


def _outside_description(counted: Counted, verb: re.Match, moving: Sequence[re.Match]) -> Sequence[re.Match]:
    """The movement words that may name the term of a count's own ``verb``: not a state in a clause between its people
    and it, which tells where they were before ("100 civilians who had been sheltering in the plant in Mariupol have
    arrived in Zaporizhzhia": an arrival from a shelter, not a stay in one); a departure there tells the same journey
    ("400 people who had fled Mosul arrived in Erbil": fled)."""
    return [m for m in moving if not (counted.head_end <= m.start() < verb.start() and term_of(m.group()) in STAYING)]


def staying_after(text: str, counted: Counted, verb: re.Match) -> bool:
    """Whether the people counted are the subject of a verb of where they stay (``_STAYING_AFTER``): they are where
    the sentence locates them; also when the noun naming them is the movement's word ("455 evacuees were staying at a
    school in Chico": in Chico, not from it)."""
    named_by_verb = verb.start() >= counted.head_end and not text[counted.head_end:verb.start()].strip()
    stay = _STAYING_AFTER.match(text, counted.head_end) or (
        _STAYING_AFTER.match(text, verb.end()) if named_by_verb else None)
    if stay is not None and stay["copula"] is not None:
        return (named_by_verb or verb.end() <= counted.head_end) and _NAME_AFTER.match(text, stay.end()) is not None
    return stay is not None and (stay["auxiliary"] is not None or stay["finite"] is not None or verb.end() <= counted.head_end)


def journey_end(verb: re.Match) -> bool:
    """Whether an arrival verb ends the journey the story tells ("had arrived", "landed"), so that the story's
    destination stands in for its place; people sheltered or checked in are where the article is, and people who
    returned went home."""
    return not verb["state"] and term_of(verb.group()) not in ("sheltered", "homeless", "returned")


def movers(text: str, verb: re.Match) -> set[str]:
    """The units of the people nouns a movement verb moves: within six words before it (its subject)
    or four after it (its object), in the same clause, or before a "who" that leads to it, no other people noun between
    ("fighters and their families who choose ..., will be displaced"; not "50 people were killed after the militants,
    who ..., arrived": the militants', ``_who_leads_to``); "they" or "them" next to the verb stand
    for the people the sentence names. "The driver abandoned the van and fled, ... local residents"
    and "fighters defected to the rebel side and their leader left" name none (nor does "rebel side":
    a singular noun only modifies), and a state expelling another's diplomatic or embassy staff moves no one
    (``_ENVOYS_BEFORE``: a sanction; staff evacuated from a war are moved).

    >>> from geo.vocabulary import MOVEMENT
    >>> movers("nervous residents fled the area", next(MOVEMENT.finditer("nervous residents fled the area")))
    {'people'}
    >>> [movers(t, next(MOVEMENT.finditer(t))) for t in ("it is expelling all diplomatic staff from the capital",
    ...                                                   "it is evacuating all embassy staff from the capital")]
    [set(), {'people'}]
    """
    term = term_of(verb.group())
    people = [n for n in _UNIT_WORD.finditer(text) if _moved_noun(n.group().lower(), term == "fled")
              and not (term == "deported" and _ENVOYS_BEFORE.search(text, max(0, n.start() - 20), n.start()))]
    found = {UNITS[n.group().lower()] for n in people if _next_to(text, n, verb, 6, 4) or _who_leads_to(text, n, verb, people)}
    pronoun = next((p for p in _PRONOUN_MOVED.finditer(text) if _next_to(text, p, verb, 4, 4)), None)
    if not found and pronoun is not None:
        # "they will leave Homs", "busses ... to take them to": the people named before it; a noun after it is no
        # antecedent ("they are abandoning the camp after hearing that insurgents seized the hill")
        found = {UNITS[n.group().lower()] for n in people if n.end() <= pronoun.start()}
    return found


def moved_with_their_place(text: str, verb: re.Match) -> int | None:
    """Where the place of the people a movement verb moves starts, named right after them before the verb ("Residents
    of Sirana were ordered to evacuate", "ordered residents of Sirana to leave"): with no figure, the place is theirs
    to leave though the verb does not govern it; None when no such people noun stands before the verb.

    >>> from geo.vocabulary import MOVEMENT
    >>> [moved_with_their_place(t, next(MOVEMENT.finditer(t))) for t in (
    ...     "residents of Sirana were ordered to evacuate", "residents said the closure of Sirana would evacuate")]
    [13, None]
    """
    term = term_of(verb.group())
    return next((place.end() for n in _UNIT_WORD.finditer(text, 0, verb.start())
                 if _moved_noun(n.group().lower(), term == "fled") and (place := _PLACE_OF_PEOPLE.match(text, n.end()))
                 and _next_to(text, n, verb, 6, 4)), None)


def ordered_evacuation(text: str) -> re.Match | None:
    """An evacuation ordered for a place, told by the noun ("a mandatory evacuation order for Sirana", "ordered the
    evacuation of Sirana"), still in force: the match ends where the place may start. None when the order was lifted.

    >>> [bool(ordered_evacuation(t)) for t in ("Officials ordered the evacuation of Sirana", "ordered the closure of Sirana",
    ...                                        "The evacuation order for Sirana was lifted")]
    [True, False, False]
    """
    order = _ORDERED_EVACUATION.search(text)
    return None if order is None or _ORDER_LIFTED.search(text) else order


_ORDERED_EVACUATION = re.compile(
    r"\b(?:evacuation\s+orders?|order(?:s|ed)?\s+(?:the\s+)?(?:(?:mandatory|compulsory|immediate|full)\s+)?evacuations?)"
    r"\s+(?:(?:was|were|has\s+been|have\s+been)\s+(?:issued|given|put\s+in\s+place)\s+)?(?:for|of|in|covering)\s+(?:(?:parts?|portions?|sections?)\s+of\s+)?", _I)
# An order no longer in force: "the evacuation order for Sirana was lifted", "rescinded", "ended".
_ORDER_LIFTED = re.compile(r"\b(?:lift(?:s|ed|ing)?|rescind(?:s|ed|ing)?|revok(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?)\b", _I)

# A people noun's place named right after it: "residents of Sirana", "people from the Molo area" (not "people in
# Galveston": where they are, not what they would leave).
_PLACE_OF_PEOPLE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?=[A-Z])")


# Staff of a foreign state's mission: "expelling all Syrian diplomatic staff", "embassy staff were expelled".
_ENVOYS_BEFORE = re.compile(r"\b(?:diplomatic|embassy|consular|consulate)\s+$", _I)


def _who_leads_to(text: str, noun: re.Match, verb: re.Match, people: list[re.Match]) -> bool:
    """Whether a "who" between a people noun and a movement verb after it leads to the verb, no other people noun
    between (which the "who" would be about: "50 people were killed after the militants, who ..., arrived")."""
    if noun.end() > verb.start():
        return False
    who = _RELATIVE_WHO.search(text, noun.end(), verb.start())
    return who is not None and not any(noun.end() <= other.start() < who.start() for other in people)


def only_their_number(text: str, verb: re.Match) -> bool:
    """Whether the people a movement verb moves are named only as "the number of" them, in a sentence that gives no
    figure: a statement about a figure, not of a movement ("there is no official figure for the number of people
    displaced", "the largest number of people are being evacuated from the district"). "A large number of people
    fled" is a vague amount, a report.

    >>> from geo.vocabulary import MOVEMENT
    >>> text = "The largest number of people are being evacuated from the north."
    >>> only_their_number(text, next(MOVEMENT.finditer(text)))
    True
    >>> text = "A large number of people are being evacuated from the north."
    >>> only_their_number(text, next(MOVEMENT.finditer(text)))
    False
    """
    nouns = [n for n in _UNIT_WORD.finditer(text) if _next_to(text, n, verb, 6, 4)]
    return bool(nouns) and all(_THE_NUMBER_OF.search(text, max(0, n.start() - 40), n.start()) for n in nouns)


def _moved_noun(noun: str, fleeing: bool) -> bool:
    """Whether a people noun names people a movement verb may move: a plural, not a vehicle's or school's
    occupants ("students fled from the school" during an attack), nor people in custody who flee (an escape)."""
    return ((noun.endswith("s") or noun in _PLURAL_NOUNS) and noun not in OCCUPANTS
            and not (fleeing and noun in IN_CUSTODY))


def _next_to(text: str, word: re.Match, verb: re.Match, before: int, after: int) -> bool:
    """Whether ``word`` stands within ``before`` words before ``verb`` or ``after`` words after it, no punctuation
    between; after it, no verb of aid between ("sent to help people": help's object, not sent's)."""
    if word.end() <= verb.start():
        return gap_ok(text[word.end():verb.start()], before)
    gap = text[verb.end():word.start()]
    return word.start() >= verb.end() and gap_ok(gap, after) and not _AIDING.search(gap)


def hoped_return(text: str, start: int) -> bool:
    """Whether the word at ``start`` is a return still to come that people doubt or hope for (``_RETURN_HOPED_BEFORE``):
    no movement of theirs, nor of the article's.

    >>> def hoped(text):
    ...     return hoped_return(text, text.index("return"))
    >>> hoped("are leaving daily, unsure whether they will be able to return"), hoped("fled, hoping to return one day")
    (True, True)
    >>> hoped("nobody knows when they will be able to return"), hoped("who fled when the dam broke were allowed to return")
    (True, False)
    >>> hoped("if the rain stops, 300 families are set to return")
    False
    >>> hoped("500 families return home each day"), hoped("they return when the water falls")
    (False, False)
    """
    return _RETURN_HOPED_BEFORE.search(text, max(0, start - 60), start) is not None


def returnees_named(text: str, start: int) -> bool:
    """Whether the word at ``start`` is "returned" naming the people after it (returnees), no movement told.

    >>> def named(text, word="returned"):
    ...     return returnees_named(text, text.lower().index(word))
    >>> named("as well as 8,000 returned Angolan migrants could arrive"), named("Police said. Returned migrants spoke")
    (True, True)
    >>> named("The army returned 500 migrants to the border"), named("500 people returned home")
    (False, False)
    """
    return (_RETURNED_PEOPLE.match(text, start) is not None
            and _RETURNED_DESCRIBED_BEFORE.search(text, max(0, start - 20), start) is not None)


def attributive(text: str, verb: re.Match) -> bool:
    """A participle that only describes people ("a camp for displaced people", "the evacuated families"),
    not a statement that they moved.

    >>> from geo.vocabulary import MOVEMENT
    >>> attributive("a camp for displaced people", next(MOVEMENT.finditer("a camp for displaced people")))
    True
    >>> attributive("troops evacuated people", next(MOVEMENT.finditer("troops evacuated people")))
    False
    >>> attributive("loading a fleeing family into a car", next(MOVEMENT.finditer("loading a fleeing family")))
    True
    >>> attributive("Evacuated families and nurses spoke", next(MOVEMENT.finditer("Evacuated families and nurses")))
    True
    """
    return (verb.group().lower().endswith(("ed", "ing")) and bool(_UNIT_WORD.match(text, verb.end() + 1))
            and bool(_DESCRIBED_BEFORE.search(text, max(0, verb.start() - 12), verb.start())))