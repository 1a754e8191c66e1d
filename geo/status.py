"""Status and tense of a movement (``status_of``), and whether a report is a batch or a running total.

Rules:

- **Status** from the words before the movement word: planned ("will", "would", "are to", a purpose right before it:
  "a deal designed to secure the evacuation of", "to be
  evacuated", "expected to", "due to" (not a cause: "due to the quake"), people named by their movement who are
  expected or due ("7,500 evacuees are expected here by Sunday"), "destined for" ("25,000 are destined for Dallas"), an infinitive (not "to" and a place before a past form: "people who had fled to Idlib
  returned", nor "to" before a shelter that is the movement word: "were moved to relief camps"), "next week", "in the coming ...",
  a plan after the people an "-ing" form names: "returning refugees are expected to arrive", or a vehicle's "-ing" form
  carries: "a ferry carrying 200 people was set to leave" (its journey going on is underway: "buses carrying 2,000
  people out of X were heading for Y"), or a tally's value still to come after the people it
  names: "the number of displaced families will be about 1,500"), underway ("are leaving",
  "is being evacuated", "started leaving", "continue to", "underway" in the sentence, not of other work going on:
  "remain in shelters as recovery efforts are underway" is unknown), planned also when people register, sign up, queue or
  wait for it ("had registered for evacuation flights", "are waiting for evacuation") or when someone appeals for it ("called for the
  evacuation of 3,000 residents", "recommended an evacuation"; "ordered the evacuation of" says neither), completed ("have left", a past tense "left",
  "set off", "withdrew", "drove ... from their homes", "were evacuated", an infinitive of purpose after an arrival
  ("hundreds have come to seek shelter"), a choice made ("1,900 families opted to stay with relatives", "chose to",
  "preferred to"; not "will choose to leave"), a past stay "spent the night in its shelters", a hedged past "may have fled" (the hedge doubts the figure, not the tense; not one a verb of expecting leads to: "expects 600,000 to have returned by December" is planned), a future perfect whose total is reached within the day it is told is underway, a running count nearly
  reached ("will have flown 8,400 out since Monday by the end of today", "by tonight"; "will have left by Friday" is planned), a verb of causing up to ten words before (a headline's present too: "Typhoon forces 20,000 to flee"; "led 3,000 residents to leave", "prompting officials to evacuate 2,400 residents", not past a verb of its own: "who led the talks said 3,000 are to leave"), asides in brackets not counted: "has forced more than 2.5
  million people to flee", "forced 6,000 individuals (1,200 families) from the centre of the town to leave", "sent thousands fleeing"; an "-ing" form after a past clause and a comma, "the
  quake struck the city, displacing 14,000"; an "-ing" form in a past-tense sentence, "with 1,500 militants leaving ... back
  in 2014"; a state people were left in, "left 20,000 homeless", "leaving thousands without shelter"), else unknown; a need or an attempt ("needed to be evacuated", "need to be relocated", "tried to flee")
  is unknown: it says neither that it happened nor that it is planned, also after a verb of causing ("prompted thousands to seek to leave"). The month May is no modal ("on 6 May,
  forcing 40,000 people to flee" happened). A count reads the movement verb nearest to it (a noun such as "evacuation" only
  when the sentence has no verb): "2,000 residents have left Al-Waer and are heading to Jarablus" is
  *completed* (they have left the origin; the journey's end is a later fact). A relative clause between commas
  before the verb has a tense of its own: "a ferry carrying 200 people, who will need shelter, arrived" arrived.
  More people after a movement who are to follow it are its planned addition, those who followed it its completed
  one ("3,000 more followed on Tuesday", ``more_following``).
- **Batch** when the sentence, or the one before it when that one has no figure of its own, speaks of one
  part ("the first 1,500", "the last group", "the final phase", "the 11th stage", "another batch", "a further
  convoy"). A figure is that part when the phrase is in its clause, or in a clause of its own that tells no
  movement ("In the first phase, 1,500 left"); a phrase whose clause has its own movement word is not the figure's
  ("The last buses left on Thursday, completing an evacuation that took out some 34,000": the whole); a rate is
  one day's (week's ...) part too ("700 to 800 people a day are crossing", "2,000 arrivals daily", "500 persons
  crossing into Syria per day"; not "fled a day after the attack", "in a day", "a month into the war"); **cumulative** for
  totals ("in all", "in total", "so far", "by the time it is completed", "bringing the total to", an operation's count
  to date: "as part of the rescue mission"), and for a count that a figure rose or fell to
  (``changed_to``: "the number of displaced had fallen to 18,000" is the count now, not a movement of 18,000).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from geo.clauses import clause_break_between
from geo.dates import WEEKDAYS
from geo.heads import FOLLOWED, additional
from geo.numbers import GREW, MONTH, PASSING_VERB
from geo.vocabulary import SHELTER_CENTRES

_I = re.IGNORECASE

BATCH = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|final|latest"
    r"|next)\s+(?:[\w-]+\s+)?(?:groups?|batch(?:es)?|phases?|stages?|convoys?|waves?|rounds?|contingents?|buses"
    r"|busloads?)\b"
    # one more of several groups ("another batch of 1,500", "a further convoy"); not "a new round of fighting"
    r"|\b(?:another|a\s+further|a\s+new|one\s+more)\s+(?:[\w-]+\s+)?(?:groups?|batch(?:es)?|convoys?|contingents?|buses"
    r"|busloads?)\b", _I)
# A figure per day, week ... (up to five words after it in its clause, the last no preposition nor the hedge of a time
# frame: "500 persons crossing into Syria per day", not "fled in a day", "in less than a week", "in just a month"): a
# rate, no count of all who moved; not a time since an event ("a month into the war").
_RATE_AFTER = re.compile(r"(?:(?:\s+[\w-]+){0,4}?\s+(?!(?:in|on|at|within|for|of|after|over|during|by|from|to|into"
                         r"|than|under|just|only|barely)\b)[\w-]+)?"
                         r"\s+(?:(?:a|per|each|every)\s+(?:day|week|month|hour|night)\b"
                         r"(?!\s+(?:after|before|earlier|later|ago|of|when|into|since)\b)|daily\b)", _I)
BATCH_BEFORE = re.compile(r"\b(?:first|last|final|next|latest|second|third)\s+$", _I)
_CUMULATIVE = re.compile(
    r"\b(?:in\s+all|in\s+total|so\s+far|to\s+date|altogether|a\s+total\s+of|overall|by\s+the\s+time|total\s+of"
    r"|(?:has|have|had)\s+now"  # "it had now evacuated 5,197 people": the total reached
    r"|(?:bring|brings|bringing|brought|take|takes|taking|took)\s+(?:the|its|their)\s+(?:total|tally|number)\b"
    # an operation's count to date: "Operation Pitting has seen 4,226 evacuated", "have been evacuated as part of the
    # UK rescue mission" (not "were evacuated as part of the mission on Monday")
    r"|(?:has|have)\s+(?:so\s+far\s+|now\s+)?seen"
    r"|(?:has|have)\s+(?:been\s+)?(?:\w+(?:ed|en|wn)|left)\b[^.;]{0,120}?"
    r"\bas\s+part\s+of\s+(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:operation|mission|airlift|evacuation)s?)\b",
    _I)  # "bringing the total to 9,000", "taking the number of evacuees to 9,000": a total that grew
# A movement counted since a day or an event: "have fled since Aug 25", "arrived since the violence began on 25 August",
# "left since January" (not "the highest since 2013", "the most since", a record; not "since they", a cause). Asked
# only of a sentence holding "since".
_SINCE_RUNNING = re.compile(
    rf"\b(?:\w+ed|fled|left|gone|driven|flown|taken)\b(?:\s+(?!(?:most|first|\w+est)\b)[^\s.;,]+){{0,8}}?\s+since\s+"
    rf"(?:(?:the|an?|late|early|mid|last|{'|'.join(WEEKDAYS)})\b|{MONTH}|\d|\w+\s+(?:began|begun|started|erupted|broke\s+out)\b)",
    _I)

# A verb of a figure's change, right before the value it reached: "had fallen to", "has risen to", "dropped to".
_FELL = r"fell|fallen|falls|dropped|drops|decreased|declined|shrank|shrunk|(?:went|gone)\s+down"
_CHANGED_TO_BEFORE = re.compile(rf"\b(?:{GREW}|{_FELL}|(?:went|gone)\s+up)\s+to\s+$", _I)
_FELL_TO_BEFORE = re.compile(rf"\b(?:{_FELL})\s+to\s+$", _I)

# ("due to" before a determiner gives a cause, no plan: "evacuated due to the quake were flown to X")
_PLANNED_BEFORE = re.compile(
    r"\b(?:will|shall|would|could|may|might|should|must|expected|set\s+to|due\s+to(?!\s+(?:the|an?|its|their|this|that)\s)"
    r"|plan(?:s|ned)?\s+to|going\s+to"
    r"|agreed\s+to|about\s+to|scheduled|supposed\s+to|ready\s+to|want\w*\s+to|(?:are|is|were|was)\s+to|to\s+be)\b"
    r"|'ll\b|(?P<infinitive>\bto\s+(?!(?:the|a|an|their|its|his|her)\s)(?:[\w-]+\s+)?$)"  # "led to the displacement of": no infinitive
    # a purpose right before the movement: "a deal designed to secure the evacuation of", "aimed at the evacuation of"
    # (its noun after an article; not "buses designed to carry supplies evacuated 3,000")
    r"|\b(?:designed|meant|intended|aimed|aiming)\s+(?:to\s+[\w-]+|at)\s+(?:the|an?)\s+$", _I)
# "to" and a word before a past form is no infinitive but a place ("people who had fled to Idlib returned"), unless the
# word is an auxiliary ("to get evacuated").
_PAST_PARTICIPLE_AFTER = re.compile(r"\bto\s+(?!(?:be|been|being|get|got|have)\s)[\w-]+\s+$", _I)
# ... nor is "to" before a shelter that is the movement word, but where people were brought ("were moved to relief
# camps", "taken to evacuation centres"; not "to take shelter").
_SHELTER_PLACE = re.compile(rf"{SHELTER_CENTRES}|(?!(?:t[ao]ok|tak\w*|s(?:ought|eek\w*)|f(?:ind\w*|ound))\s)(?:[\w-]+\s+)?"
                            r"(?:camps?|shelters|settlements?|sites?)", _I)
_UNDERWAY_BEFORE = re.compile(
    r"\b(?:start\w*|began|begun|begin\w*|continu\w*|resum\w*)\s+(?:to\s+)?$|\b(?:is|are)\s+being\s+$", _I)
_PROGRESSIVE_BEFORE = re.compile(r"\b(?P<aux>am|is|are|was|were)\s+(?:[\w-]+\s+)?$", _I)
# An infinitive of purpose after people's arrival tells what they came for, not a plan: "hundreds have come to seek
# shelter", "families came to the town to take refuge" (they are there; not "will come to seek shelter", nor "rushed
# to the station to leave", which does not say they left).
_CAME_FOR_BEFORE = re.compile(r"\b(?:came|arrived|(?:have|has|had)\s+(?:come|arrived))\s+(?:[\w'’-]+\s+){0,4}?to\s+$", _I)
# A choice made tells what people did, not a plan: "1,900 families opted to stay with relatives", "chose to remain in
# the centres" (not "will choose to leave"; "decided to" is also an authority's plan: "decided to relocate 500 families").
_CHOSE_BEFORE = re.compile(r"\b(?:opted|chose|preferred)\s+to\s+$", _I)
# "are believed to have fled", "may have fled": it happened, as far as anyone says (a hedge doubts the figure, not
# the tense).
_PERFECT_INFINITIVE = re.compile(r"\b(?:to|may|might|could|must)\s+have\s+(?:been\s+)?$", _I)
# A hedged state of now is an estimate of what happened, not a plan: "as many as 4 million could now be displaced", "may
# already be homeless" (not "could be displaced if the dam fails", nor "could now be evacuated": a move made possible).
_HEDGED_NOW = re.compile(r"\b(?:may|might|could)\s+(?:now|already)\s+be\s+(?:[\w-]+\s+)?$", _I)
# ... but one a verb of expecting leads to is a projection: "expects 600,000 refugees to have returned by the end of
# the year" (not yet).
_EXPECTED_TO_HAVE = re.compile(r"\b(?:expect(?:s|ed|ing)?|project(?:s|ed|ing)?|forecasts?|anticipat(?:e|es|ed|ing))\b"
                               r"(?:\s+[\w,'’-]+){0,6}?\s+to\s+have\s+(?:been\s+)?$", _I)
# A future perfect whose total is reached within the day it is told ("will have evacuated 125,000 people from
# 6 February to the end of today", "will have left by tonight") is a running count nearly reached: underway, not a plan
# (one reached on a later day is a projection: "will have left by Friday").
_FUTURE_PERFECT = re.compile(r"\b(?:will|'ll)\s+have\s+(?:been\s+)?$", _I)
_BY_TODAY = re.compile(r"\b(?:to|by|until|till)\s+(?:the\s+end\s+of\s+(?:today|the\s+day|tonight)|today|tonight|this\s+evening)\b", _I)
# A need or an attempt says neither that it happened nor that it is planned: "1,200 residents needed to be
# evacuated", "thousands tried to flee", "prompted thousands to seek to leave" (a cause before it does not make it happen).
_NEEDED_BEFORE = re.compile(r"\b(?:need(?:s|ed)?|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|seek(?:s|ing)?|sought)\s+to\s+(?:be\s+)?$", _I)
# Registering, signing up, queuing or waiting for a movement says it is still to come: "had registered for evacuation
# flights", "are waiting for evacuation" (not "evacuees registered at the centre").
_AWAITED_BEFORE = re.compile(r"\b(?:regist(?:er|ers|ered|ering)|sign(?:s|ed|ing)?\s+up|appl(?:y|ies|ied|ying)|queu(?:e|es|ed|ing)"
                             r"|wait(?:s|ed|ing)?|lin(?:e|es|ed|ing)\s+up)\s+for\s+(?:the\s+|an?\s+)?$", _I)
# The month May, which the modal "may" of a plan must not be read in: after a preposition of time, after a day
# when capitalised or before punctuation, or before a day ("in May", "on 6 May,", "since May 3"; not "10 may be
# evacuated").
_MONTH_MAY = re.compile(r"\b(?:in|on|of|by|since|until|till|during|from|early|late|mid|last)[\s-]+may\b"
                        r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:(?-i:May)\b|may(?=\s*(?:[,.;:)]|$)))|\bmay\s+\d", _I)
_PERFECT_BEFORE = re.compile(r"\b(?:have|has|had|'ve)\b", _I)
# "set off from the town": the present form reads as past, as news tells what happened; "drove thousands from their
# homes", "spent the night in a school": irregular pasts.
_PAST_FORMS = frozenset("""left fled withdrew withdrawn went gone took taken brought sent expelled sought found lost made set drove
    driven ran spent slept""".split())
_FUTURE_SENTENCE = re.compile(r"\b(?:next\s+(?:week|month|year|few)|tomorrow|in\s+the\s+(?:coming|next)|foresees?)\b", _I)
_BRACKETED = re.compile(r"\([^()]*\)")  # an aside: "(1,200 families)", "(center of the town)"
# ... and so is a relative clause between commas before the verb: its tense is its own ("a ferry carrying 200 people,
# who will need shelter, arrived in Goma" arrived; "..., who had waited for days, is expected to arrive": planned).
# (a clause's words: up to 80, not past a stop or a bracket; a figure's separators are no stop)
_CLAUSE_WORDS = r"(?:[^,;:.!?()—–]|[,.](?=\d)){1,80}?"
RELATIVE_CLOSED = re.compile(rf",\s+(?:who|which)\s{_CLAUSE_WORDS},(?=\s)", _I)
_CAUSED_BEFORE = re.compile(
    r"\b(?:forced|forcing|compelled|obliged|caused|prompted|prompting|made|had)\b(?:\s+[\w,.'’-]+){0,8}?\s+to\s+(?:be\s+)?$"
    # "the floods led 3,000 residents to leave" (not "the official who led the talks said 3,000 are to leave")
    r"|\bled\b(?:\s+(?!(?:said|says|is|are|was|were|will|would|must|should|have|has)\b)[\w,.'’-]+){1,8}?\s+to\s+$"
    # a headline's present before the people counted: "Typhoon forces 20,000 to flee" (not "forces are trying to")
    r"|\bforces\s+(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least)\s+)?(?:\d[\d,.]*|thousands|hundreds"
    r"|tens|dozens)\b(?:\s+[\w,.'’-]+){0,4}?\s+to\s+(?:be\s+)?$"
    # "were able to get out of", "have been able to leave": they did
    r"|\bhad\s+to\b|\b(?:managed|succeeded|(?:was|were|(?:have|has|had)\s+been)\s+able)\s+to\s+$"
    r"|\b(?:was|were)\s+(?:[a-z]+ly\s+)?(?:allowed|permitted)\s+to\s+$"  # "were finally allowed to cross": they did
    r"|\b(?:sent|set)(?:\s+(?!to\b)[\w,.'’-]+){1,5}\s+$"  # "sent thousands fleeing"; not "are set to leave"
    r"|\b(?:forced|forcing|compelled|caused|causing|prompted|prompting|triggered|triggering|(?:led|resulted)\s+(?:to|in))"
    r"\s+(?:the|an?)\s+(?:[\w-]+\s+)?$",
    _I)  # "forced the evacuation of 1.5 million", "led to the displacement of": it happened
# A state people were left or rendered in happened: "the quake left 20,000 homeless", "leaving thousands without shelter".
_LEFT_IN_STATE_BEFORE = re.compile(r"\b(?:left|leaving|rendered|rendering)\s+(?:[\w,.'’-]+\s+){1,6}$", _I)
# An appeal for a movement, before its noun ("called for the evacuation of", "urged the relocation of", "recommended an
# evacuation"): what is asked for has not happened ("ordered the evacuation of" says nothing either way; "forced the
# evacuation of" happened).
_APPEAL_FOR_BEFORE = re.compile(r"\b(?:call(?:s|ed|ing)?\s+for|appeal(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|recommend(?:s|ed|ing)?)"
                                r"\s+(?:the|an?)\s+(?:[\w-]+\s+)?$", _I)
_HALTED = re.compile(r"\b(?:delayed|postponed|stalled|suspended|halted|on\s+hold|put\s+off|called\s+off|cancell?ed"
                     r"|blocked|obstructed)\b", _I)
_BEGAN_AFTER = re.compile(r"\b(?:began|begun|begins|started|starts|resumed|continued|continues|is\s+under\s*way"
                          r"|was\s+under\s*way|got\s+under\s*way)\b", _I)
# A warning, advisory or watch tells people they may have to leave, and a movement that "was to take place" had not
# yet, nor had people its flights or buses "would carry": either is at most planned ("an evacuation warning was
# issued for 2,300 homes").
_WARNING_AFTER = re.compile(r"\s*(?:warnings?|advisor(?:y|ies)|watch(?:es)?|alerts?)\b", _I)
_PLANNED_AFTER = re.compile(
    r"\b(?:(?:are|is|were|was)\s+(?:(?:expected|due|scheduled|set|supposed)\s+)?to|will|would|could|may|might)"
    r"\s+(?:\w+\s+)?(?:take\s+place|begin|start|go\s+ahead|happen|proceed|resume|be\s+(?:carried\s+out|completed|done)"
    r"|carry|take|bring|fly|ferry|transport)\b",  # "return flights would carry about 1,000 people this week"
    _I)
# Where a movement noun's clause ends for ``_planned_after``: not at every comma, as ``geo.clauses.CLAUSE_BREAK`` breaks
# a count's clause ("the evacuation, delayed by rain, was to take place"), but at a semicolon, a colon or a new clause.
_NOUN_CLAUSE_END = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b", _I)
_CONDITIONAL = re.compile(r"\b(?:if|unless|provided\s+that|in\s+case|should\s+the)\b", _I)
_UNDERWAY_SENTENCE = re.compile(r"\b(?:under\s*way|on\s+their\s+way|in\s+progress)\b", _I)
# ... but not work of another kind that is going on: "remain in shelters as recovery efforts are underway" tells
# nothing of the people's movement (a rescue or an evacuation effort underway still does).
_OTHER_WORK_UNDERWAY = re.compile(
    r"\b(?:recovery|relief|clean-?up|repairs?|reconstruction|rebuilding|restoration|investigations?|inquiry|talks"
    r"|negotiations?)(?:\s+(?:efforts?|operations?|work|works))?\s+(?:is|are|was|were|remains?|remained|(?:has|have)\s+been)"
    r"\s+(?:already\s+|now\s+|well\s+|still\s+)?(?:under\s*way|in\s+progress)\b", _I)
# A clause in the past before a comma: the "-ing" movement after it is what that event did ("The quake struck
# the city, displacing 14,000").
# (also past the subject of a "with" clause: "The evacuation started on Friday, with 5,000 people leaving the town")
_PAST_CLAUSE_BEFORE = re.compile(r"\b(?:\w{3,}ed|struck|hit|swept|tore|broke|burst|shook|spread)\b[^.;:]*,\s*"
                                 r"(?:with\s+(?:[^.;:,]|(?<=\d)[.,](?=\d)){1,120}?\s+)?$", _I)
# A clause before a comma in which a movement began or went on: the "-ing" movement after it is its people going
# ("Buses began leaving the city on Monday, carrying thousands to ...").
_BEGUN_CLAUSE_BEFORE = re.compile(r"\b(?:start(?:ed|s)?|began|begun|begins?|continu(?:ed|es|e)|resum(?:ed|es|e))"
                                  r"\s+(?:to\s+[\w-]+|[\w-]+ing)\b[^.;:]*,\s*$", _I)
# An "-ing" form before the people it names ("returning refugees", "fleeing families") tells no tense: the clause's verb
# after them does, and a plan there makes the movement one ("... and returning Chadians are expected to reach Chad").
# People named by their movement who are expected or due are still to come: "7,500 evacuees are expected here by Sunday"
# (not a cause: "... were due to the storm").
_EXPECTED_AFTER = re.compile(r"\s+(?:are|were|is|was)\s+(?:(?:now|still|also)\s+)?(?:expected|due)\b"
                             r"(?!\s+to\s+(?:the|a|an|their|its|heavy|severe)\b)", _I)
_PLAN_AFTER_ITS_PEOPLE = re.compile(r"\s+[\w'’-]+s\s+(?:are\s+(?:(?:expected|due|scheduled|set|likely)\s+)?to|will|would)\s+\w",
                                    _I)  # a plural right after: "people leaving Kyiv are to ..." leave now
# ... so does the clause's verb after the people a vehicle's "-ing" form carries: the vehicle's plan is theirs ("a ferry
# carrying 200 people was set to leave on Saturday"; not "a ship carrying 1,400 evacuees arrived", nor a relative clause
# after them: "ferrying 200 people, who will need shelter", which a closing comma reads past to the vehicles' verb).
_CARRYING = frozenset("carrying ferrying transporting bringing".split())
# The words of a load, up to its vehicles' verb: a figure keeps its separators ("1,400 people out of Kabul"), and a
# relative clause between commas describes it ("200 people, who had waited for days, is expected to").
_LOAD = (r"(?:\s+(?!(?:who|which|that|and|but)\b)[\w'’-]+(?:[,.]\d+)*){1,8}?"
         rf"(?:,\s+who\s{_CLAUSE_WORDS}(?=,\s))?")
_PLAN_AFTER_ITS_LOAD = re.compile(_LOAD + r",?\s+(?:(?:are|is|was|were)\s+"
                                  r"(?:(?:expected|due|scheduled|set|likely|about)\s+)?to|will|would)\s+\w", _I)
# ... and its arrival or departure told in the past is theirs, done ("two planes carrying the last 810 nationals out of
# Kabul arrived in Dubai", "a ship carrying 1,400 evacuees docked"; not "a ferry carrying 200 people, which had left").
_DONE_AFTER_ITS_LOAD = re.compile(_LOAD + r"\s+(?:(?:have|has|had)\s+)?"
                                  r"(?:arrived|landed|docked|reached|left|departed)\b", _I)
# ... and their journey told as going on is theirs, underway ("buses carrying 2,000 people out of X were heading for
# Y", "a ferry carrying 300 evacuees is on its way to Y"; the news's past progressive is the moment it tells).
_UNDERWAY_AFTER_ITS_LOAD = re.compile(_LOAD + r",?\s+(?:are|is|was|were)\s+(?:still\s+|now\s+)?(?:heading|headed|en\s+route"
                                      r"|travell?ing|sailing|driving|moving|making\s+(?:its|their)\s+way|on\s+(?:its|their)\s+way)\b"
                                      r"(?!\s+back\b)", _I)  # (not the vehicles "heading back" once they dropped them)
# Where a tally's people are, between their noun and its verb: "the number of arrivals in Bangladesh has ...".
_TALLY_PLACE = r"(?:\s+(?:in|into|at|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?"
# ... or a past stay before a shelter ("1,200 people spent Wednesday night in its shelters").
# A tally's value still to come, after the moved people it names: "the number of displaced families will be between
# 1,300 and 1,500", "evacuees (in the province) are expected to reach 9,000" (a projection; not "1,500 displaced families will be
# relocated": a later movement of people already displaced).
_PROJECTED_VALUE_AFTER = re.compile(
    r"(?:\s+(?:people|persons|families|households|residents|population))?" + _TALLY_PLACE + r"\s+(?:will|would|'ll|(?:is|are)\s+"
    r"(?:expected|projected|forecast|likely)\s+to)\s+(?:be|reach|top|exceed|number|total"
    r"|(?:rise|grow|increase|climb)\s+to)\s+(?:(?:between|about|around|some|roughly|nearly|almost|over|more\s+than"
    r"|at\s+least|up\s+to|as\s+many\s+as)\s+)?\d", _I)
# ... and one already reached, a perfect of passing or rising before it: "the total number of arrivals in Bangladesh has
# now topped 501,000" (the people counted have moved).
_REACHED_VALUE_AFTER = re.compile(
    _TALLY_PLACE + r"\s+(?:has|have)\s+(?:now\s+|already\s+)?"
    rf"(?:{PASSING_VERB}|{GREW}\s+to|reached|hit)\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than)\s+)?\d", _I)
_PAST_SENTENCE = re.compile(r"\b(?:was|were|had|did|spent|slept|stayed|remained|back\s+in|ago|last\s+(?:year|month|week))\b", _I)


def names_part(text: str, breaks: Sequence[int], start: int, end: int, movement_starts: Sequence[int]) -> bool:
    """Whether a batch phrase of ``text`` (``BATCH``) is about the figure at ``start``..``end``: in the figure's
    clause, or in another clause that tells no movement of its own (``breaks = clause_breaks(text)``;
    ``movement_starts``: where the sentence's movement words start).

    >>> def part(text, figure, verbs):
    ...     from geo.clauses import clause_breaks
    ...     start = text.index(figure)
    ...     return names_part(text, clause_breaks(text), start, start + len(figure), [text.index(v) for v in verbs])
    >>> part("The first convoy carried 1,500 people out.", "1,500", ["carried"])
    True
    >>> part("In the first phase, 1,500 people left.", "1,500", ["left"])
    True
    >>> part("About 1,500 people left on Monday, in the second convoy.", "1,500", ["left"])
    True
    >>> part("The last buses left on Thursday, completing an evacuation that took out 34,000 people.", "34,000",
    ...      ["left", "took out"])
    False
    """
    for phrase in BATCH.finditer(text):
        if phrase.end() <= start:  # the phrase before the figure: its side runs to the first break after it
            if not clause_break_between(text, breaks, phrase.end(), start):
                return True
            side = (phrase.end(), next(iter(breaks[bisect_left(breaks, phrase.end()):]), start))
        elif phrase.start() >= end:  # after it: its side runs back from it to the break before it
            if not clause_break_between(text, breaks, end, phrase.start()):
                return True
            side = (max(breaks[:bisect_left(breaks, phrase.start())], default=end), phrase.start())
        else:
            return True  # the figure is in the phrase
        if not any(side[0] <= at < side[1] for at in movement_starts):
            return True
    return False


def is_rate(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` is a rate ("a day", "per week", "daily"): one period's part of a movement.

    >>> is_rate("Between 700 and 800 people a day are crossing.", 19), is_rate("2,000 arrivals daily.", 5)
    (True, True)
    >>> is_rate("2,000 people fled a day after the attack.", 5), is_rate("2,000 fled in a day.", 5)
    (False, False)
    >>> is_rate("an average of 400 persons crossing into Chad per day", 17)
    True
    >>> is_rate("400 people fled across the river into Chad in a day", 3), is_rate("400 fled a month into the war", 3)
    (False, False)
    >>> is_rate("8,700 arrivals in less than a week", 5), is_rate("8,700 arrivals in just a week", 5)
    (False, False)
    """
    return _RATE_AFTER.match(text, end) is not None


# A displaced state the same people went on in, after an order or request to move, says they moved: "were asked to
# evacuate their homes and have remained displaced", "told to leave and are still in shelters".
_STAYED_AWAY_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+and\s+(?:(?:have|has|had|are|were)\s+)?(?:(?:since|still|now)\s+)?"
                                r"(?:remained|remain|stayed|stay|been)?\s*(?:displaced|homeless|in\s+(?:shelters|camps|evacuation))\b", _I)


def status_of(sentence: str, verb: re.Match) -> str:
    """planned, underway, completed or unknown, from the words before the movement word."""
    head = RELATIVE_CLOSED.sub(" ", sentence[max(0, verb.start() - 260):verb.start()])
    words = head[-80:].split()
    window = _MONTH_MAY.sub(" ", " ".join(words[-5:])) + " "
    # a verb of causing may stand further: "forced more than 2.5 million people to", past an aside in brackets and
    # the place they left: "forced 6,000 individuals (1,200 families) from the centre of the town to leave"
    reach = _BRACKETED.sub(" ", head[-160:]).split()
    wide = _MONTH_MAY.sub(" ", " ".join(reach[-10:])) + " "
    word = verb.group().lower().split()[0]  # "sought refuge", "lost their homes": the verb is the first word
    if _UNDERWAY_BEFORE.search(window):
        return "underway"
    if word == "destined":
        return "planned"  # "25,000 are destined for North Texas": where they are to go, a past form of no past
    if _AWAITED_BEFORE.search(window):
        return "planned"  # "had registered for evacuation flights"
    if _FUTURE_PERFECT.search(window) and _BY_TODAY.search(sentence):
        return "underway"  # "will have evacuated 125,000 people ... to the end of today": nearly reached
    if _PERFECT_INFINITIVE.search(window):
        # "are believed to have fled", "may have fled"; "expects 5,000 to have left by June" is a projection
        return "planned" if _EXPECTED_TO_HAVE.search(wide) else "completed"
    if _HEDGED_NOW.search(window) and (verb["state"] or word.startswith("displac")):
        return "completed"  # "could now be internally displaced": an estimate of the present
    need = _NEEDED_BEFORE.search(window)
    plan = _PLANNED_BEFORE.search(window, 0, need.start()) if need else None
    # an infinitive before the need is no plan: "prompted thousands to desperately seek to leave"
    if need and (plan is None or plan["infinitive"]) and not _FUTURE_SENTENCE.search(sentence):
        return "unknown"  # "needed to be evacuated" (not "will need to be relocated next week")
    if _done(_CAUSED_BEFORE, wide):
        return "completed"  # "forced 17,000 to leave", "had to be placed in shelters": it happened
    if verb["state"] and _done(_LEFT_IN_STATE_BEFORE, wide):
        return "completed"  # "left 20,000 homeless" (not "could leave 20,000 homeless": no past form)
    if _done(_CAME_FOR_BEFORE, window):
        return "completed"  # "have come to seek shelter": they came
    if _done(_CHOSE_BEFORE, window):
        return "completed"  # "opted to stay with relatives": they did
    planned = _PLANNED_BEFORE.search(window)
    if planned and _STAYED_AWAY_AFTER.match(sentence, verb.end()):
        return "completed"  # "asked to evacuate their homes and have remained displaced": they left
    if planned and not (planned["infinitive"] and ((_PAST_PARTICIPLE_AFTER.search(planned.group())
                                                    and (word.endswith("ed") or word in _PAST_FORMS))
                                                   or _SHELTER_PLACE.fullmatch(verb.group()))):
        return "planned"
    if word.endswith("ing") and _PLAN_AFTER_ITS_PEOPLE.match(sentence, verb.end()):
        return "planned"  # "100,000 returning refugees are expected to arrive": the clause's verb is a plan
    if word in _CARRYING and _PLAN_AFTER_ITS_LOAD.match(sentence, verb.end()):
        return "planned"  # "a ferry carrying 200 people was set to leave"
    if word in _CARRYING and _DONE_AFTER_ITS_LOAD.match(sentence, verb.end()):
        return "completed"  # "planes carrying 810 nationals out of Kabul arrived in Dubai"
    if word in _CARRYING and _UNDERWAY_AFTER_ITS_LOAD.match(sentence, verb.end()):
        return "underway"  # "buses carrying 2,000 people out of X were heading for Y"
    if word.endswith("ing") and _BEGUN_CLAUSE_BEFORE.search(sentence, 0, verb.start()):
        return "underway"
    if word.endswith("ing") and _PAST_CLAUSE_BEFORE.search(sentence, 0, verb.start()):
        return "completed"
    progressive = _PROGRESSIVE_BEFORE.search(window)
    if progressive and (word.endswith("ing") or word == "on"):  # "is on its way to Molo" as "is heading to Molo"
        return "underway" if progressive["aux"].lower() in ("am", "is", "are") else "completed"
    if _PROJECTED_VALUE_AFTER.match(sentence, verb.end()):
        return "planned"  # "the number of displaced families will be about 1,500": a projection
    if verb["noun"] and _REACHED_VALUE_AFTER.match(sentence, verb.end()):
        return "completed"  # "the number of arrivals in Bangladesh has now topped 501,000": they came
    if _PERFECT_BEFORE.search(window) or word.endswith("ed") or word in _PAST_FORMS:
        return "completed"
    if verb["noun"] and (_WARNING_AFTER.match(sentence, verb.end()) or _planned_after(sentence, verb.end())
                         or _EXPECTED_AFTER.match(sentence, verb.end())):
        return "planned"  # "an evacuation warning was issued", "the evacuation ... was to take place", "evacuees are expected"
    if verb["noun"] and _APPEAL_FOR_BEFORE.search(window):
        return "planned"  # "called for the evacuation of 3,000 residents": asked for, not yet done
    if verb["noun"] and _HALTED.search(sentence):
        return "planned"  # "the evacuation ... was delayed": it has not happened yet
    if verb["noun"] and _BEGAN_AFTER.search(sentence, verb.end()):
        return "underway"  # "the evacuation of 4,000 people began on Sunday"
    if _FUTURE_SENTENCE.search(sentence) or _CONDITIONAL.search(sentence):
        return "planned"  # "next week", "if the deal holds": not yet, maybe never
    # (the cheap search first: few sentences say anything is underway)
    if _UNDERWAY_SENTENCE.search(sentence) and _UNDERWAY_SENTENCE.search(_OTHER_WORK_UNDERWAY.sub(" ", sentence)):
        return "underway"
    if _PAST_SENTENCE.search(sentence):
        return "completed"  # "with 1,500 militants leaving ... back in 2014", "saw hundreds ... leave"
    return "unknown"


def _done(cue: re.Pattern, before: str) -> bool:
    """Whether ``cue`` ends the words ``before`` a movement word with no plan before the cue: what it tells happened
    ("have come to seek shelter", "opted to stay")."""
    found = cue.search(before)
    return found is not None and not _PLANNED_BEFORE.search(before, 0, found.start())


def _planned_after(sentence: str, start: int) -> bool:
    """Whether the clause of a movement noun says it is still to take place ("the evacuation ... was to take place")."""
    end = (found.start() + start) if (found := _NOUN_CLAUSE_END.search(sentence[start:start + 160])) else start + 160
    return _PLANNED_AFTER.search(sentence, start, end) is not None


# A plan told in the past ("was to take place", "were expected to leave", "people who wanted to flee") may be over by
# publication.
_PAST_PLAN = re.compile(r"\b(?:(?:was|were)\s+(?:(?:expected|due|scheduled|supposed|set)\s+)?"
                        r"|(?:wanted|wished|hoped|intended|planned|tried|attempted|sought)\s+)to\b", _I)


# More people counted after a movement, still to come in its wake: the same movement again, planned ("5,000 left on
# Monday and 3,000 more would follow", "another 2,000 are expected to follow", "another 2,000 are expected"), or done:
# completed ("3,000 more followed on Tuesday", "another 2,000 have since followed": ``geo.heads.FOLLOWED``).
_TO_FOLLOW = re.compile(r"(?:\s+more)?\s+(?:(?P<to_come>(?:(?:would|will|are\s+to|were\s+to|could|may|might)\s+(?:soon\s+|later\s+|also\s+)?"
                        r"|(?:are|were|is|was)\s+(?:also\s+|now\s+)?(?:expected|due|set|scheduled|likely)\s+to\s+)follow\b"
                        r"|(?:are|were)\s+(?:also\s+|now\s+)?(?:expected|due)(?=\s*(?:[,.;]|$)|\s+(?:later|soon|today|tomorrow|on|by"
                        r"|next|this|within)\b))"
                        rf"|{FOLLOWED})", re.IGNORECASE)


def more_following(sentence: str, start: int, end: int) -> str | None:
    """The status of the people counted from ``start`` to ``end``, more than those before ("another", "more"), who
    follow the movement before: "planned" when still to come, "completed" when they followed; None otherwise.

    >>> text = "5,000 left and 3,000 more would follow; another 900 are expected, and 500 will follow."
    >>> more_following(text, 15, 20), more_following(text, 48, 51), more_following(text, 70, 73)
    ('planned', 'planned', None)
    >>> more_following("Another 3,000 followed on Tuesday.", 8, 13), more_following("3,000 followed the river", 0, 5)
    ('completed', None)
    """
    if not additional(sentence, start, end) or (follow := _TO_FOLLOW.match(sentence, end)) is None:
        return None
    return "planned" if follow["to_come"] else "completed"


def still_to_come(status: str, clause: str) -> bool:
    """Whether a report of ``status`` told in ``clause`` is still to come at publication, so that its weekday
    is the coming one ("another 25,000 would be evacuated by Wednesday").

    >>> still_to_come("planned", "will leave on Friday"), still_to_come("planned", "was to leave on Friday")
    (True, False)
    >>> still_to_come("planned", "hit people on Friday who wanted to leave")
    False
    """
    return status == "planned" and not _PAST_PLAN.search(clause)


@lru_cache(maxsize=64)  # asked again for each report of a sentence: a long list of counts made it quadratic
def cumulative(sentence: str) -> bool:
    """Whether the sentence gives a running total ("so far", "in all") rather than one movement.

    >>> cumulative("In all, 12,000 people have left so far."), cumulative("12,000 people left on Monday.")
    (True, False)
    >>> cumulative("The ministry had now evacuated 5,100 people."), cumulative("Now 5,100 people must leave.")
    (True, False)
    >>> cumulative("Another 900 left, bringing the total to 9,000."), cumulative("The buses bring the families to X.")
    (True, False)
    >>> mission = "900 have been evacuated as part of the UK rescue mission."
    >>> cumulative(mission), cumulative("900 were evacuated as part of the mission on Monday.")
    (True, False)
    >>> airlift, deal = "4,000 have been flown out as part of the airlift.", "4,000 have left as part of a deal."
    >>> cumulative(airlift), cumulative(deal)
    (True, False)
    >>> cumulative("370,000 have fled since Aug 25."), cumulative("The 4,000 displaced are the most since 2013.")
    (True, False)
    """
    return bool(_CUMULATIVE.search(sentence) or ("since" in sentence.lower() and _SINCE_RUNNING.search(sentence)))


def changed_to(sentence: str, start: int) -> bool:
    """Whether the count at ``start`` is the value a figure changed to: a running total, the count now.

    >>> text = "The number of evacuees rose to 9,000 after 2,000 more left."
    >>> changed_to(text, text.index("9,000")), changed_to(text, text.index("2,000"))
    (True, False)
    """
    return bool(_CHANGED_TO_BEFORE.search(sentence, max(0, start - 30), start))


def fell_to(sentence: str, start: int) -> bool:
    """Whether the count at ``start`` is the value a figure fell to: a count now that is smaller than before, so
    that a larger figure beside it is no later reading of it (``geo.flows.earlier_tallies``).

    >>> text = "The number of displaced fell to 18,000 from 25,000, and rose to 9,000 in the north."
    >>> fell_to(text, text.index("18,000")), fell_to(text, text.index("9,000"))
    (True, False)
    """
    return bool(_FELL_TO_BEFORE.search(sentence, max(0, start - 30), start))
