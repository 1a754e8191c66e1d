"""The roles a sentence's own words give its places in a movement: origin, destinations, where it happened.

``places(sentence, context)`` reads the cues and mentions of a ``Sentence`` into a ``Where`` (``geo.where``);
``place_before`` is the place the previous sentence of a paragraph says something happened in. The article's
place, which stands in for an origin a sentence does not name, and the story's places are ``geo.story``'s.

Rules:

- **Places**: each cue gives a role to the first place mention after it, within seven words and no
  punctuation and no word opening another clause ("evacuated as the Mississippi rose": not the Mississippi; nor "since"
  or "after" right before it: "fled the country since Russia invaded"):
  origin after "from", "out of", "leave/left" (or "exited", "departed"), "fled", "evacuated", "withdrew", "fleeing (the) violence
  in" (or another harm: "arrived in X, fleeing the crackdown in Y"), people counted as a place's
  ("2,000 residents of Irpin", "2,000 Kherson residents", "Samar's 4,210 families", "Samar had 4,210 families
  evacuated", "Syangja was the worst hit, with 420 families moved to schools"; where they go back to when they return) or living near it
  ("people living near the dam") or who call it home ("the 120,000 Armenians who call X home"), a place's residents not counted unless another cue names the origin ("Houston
  residents took in 3,000 evacuees from New Orleans": Houston is only where it happened), an order "for" a place ("evacuation orders for Sonoma County"); destination
  after "to", "towards", "into", "for" (not after an office, a fund or a payment: "the coordinator for South
  Sudan"), "reached", "entered", "arrived in", "are now in" or "currently in" (where people who moved now are, also "are now living in" and "have settled in"; also "are in neighbouring X"), "sought or took refuge
  (shelter, safety) in" (or "across the border in": the crossing is the way there), and a place that locates the
  shelter, camp, hospital, area (also one "close" or "nearby" in it), (resettlement) colony or relatives' home people are taken to, go towards, leave for or stay in ("moved to relief camps in Assam",
  "taken to rebel-held areas in the Aleppo countryside", "took shelter
  with relatives in Hyderabad", "a camp next to Erbil"; a spot in it that "has become a refuge": "a parking lot in Chico
  has become a refuge"); origin a place that locates an unnamed town, village, area or
  camp people left ("crossed from a rebel-held town in East Ghouta"), or where refugees, evacuees or displaced people
  who return are "in" ("Syrian refugees in Turkey are returning"); where it happened after "in", "on",
  "across", "outside" (not after "from": "a camp holding 4,000 people outside Adré") or a disaster's path ("tore, swept, raged or burned through"), a kind before the name being no distance
  ("through the southern Australian state of Victoria"; a later place inside the first refines it: "In California,
  ... evacuate in Ventura County", ``_refined``; a country located after a destination country is another figure's:
  "281,000 people entering Poland, more than 84,500 in Hungary", ``_own_locatives``), or when a place issues an order or advice about its
  people ("Wharton issued an evacuation order for 2,000 residents", "Wharton County officials told 500 families
  to leave"; an origin a cue names comes first), or, when nothing else places it, a place a disaster the sentence
  tells struck ("A landslide struck Rangamati, displacing 800 people", "floods devastating northern Italy",
  "After Rangamati was battered by the cyclone, 800 ...", ``_struck_here``) or a fire or fighting broke out in ("A fire
  broke out in X, prompting officials to evacuate 2,400"). Places joined by "or", "and"
  or a comma share the role ("head to Idlib, or Jarablus"); a place written right after another one
  ("Jarablus in the Aleppo countryside", "al-Waer neighborhood in western Homs"), or a state after a town, a comma
  between ("to Chico, California"), only locates it; a town locating a facility a place names gives the town the
  name's role ("to a shelter at the Butte County Fairgrounds in Gridley", ``_NAMED_FACILITY``). Spanish, French
  and Portuguese cues too: "desde", "huyeron de", "ont fui", "evacuados de", "300 residentes de" (origin), "hacia", "vers", "rumo a" (destination),
  "en", "em", "dans" (where it happened). A
  possessive passes the role to the finer place ("Homs' al-Waer", "Syria's Homs"; lying in it, a word or two between:
  "Sudan's embattled western Darfur"), and so does a place before a kind of place as its modifier ("the Bahamas
  island of Great Abaco", "the Bahamas capital Nassau"). "The district of Homs"
  (a part of a city, named by the city) is the article's place when that place lies in Homs; so is "the country" or
  "the nation" after an origin cue (``geo.where.Where.country_of_article`` makes it the country), and a place right
  after it only locates that country ("fled the country in northern Africa").
- **People named by their country**: a country (or a region, a province) right before "refugees", "asylum seekers" or
  "exiles" is their origin ("thousands of Myanmar refugees have crossed into Thailand", "Darfur refugees"; not a town,
  whose camps may hold them: "Dadaab refugees").
- **Another event's place**: "in X" right after another verb or event ("peace talks being held in Geneva",
  "met in", "said in", "a press release published in Nairobi") locates that event, not the movement, even in a
  run-on caption, and a place naming another movement or deal after a preposition has no role ("in exchange for the Foua evacuations", ``_NAMES_EVENT_AFTER``), nor
  has the place of an office an official heads ("the head of the ICRC in Syria", ``_OFFICE_IN_BEFORE``); so does "from X" after a
  speaker ("speaking from Kyiv", "told reporters by telephone from Aleppo"), "in X" before a verb of saying
  ("..., aid workers in Erbil said"; not a place's own authorities, who speak for it: "authorities in Bihar said") or
  after a speaker named after one ("said an aid worker in Erbil"), and a verb cue in a clause a
  conjunction opens with a subject that is no people ("fled when the army entered Aleppo"); a force entering or
  reaching a place makes it where it happened ("militias entered X, forcing thousands to flee"). A place only compared
  with or credited ("far fewer than in Brisbane", "according to Kyiv"), the doer of a passive verb of moving after
  "by" ("evacuated by Britain", ``_AGENT_BY``), a country naming whose mission, forces or base ("the UK rescue
  mission in Kabul", ``geo.story.STATE_ACTOR_AFTER``), one "close to" a place before it (which it
  only locates), one whose border a place lies along ("a municipality along the Ontario border"), and one in a
  relative clause the movement is not in (``_in_relative_clause``) have no role.
  "To" before a verb that acts on a place ("the worst storm to hit X", "to retake X"), or after a verb of yielding or
  belonging ("surrendered to X", "an area belonging to X", ``geo.story.PASSED_TO``), makes it no destination, and so
  does "for" before a count of the people served ("housing costs for 100,000 Artsakh Armenians").
- **Tables and lists**: a place written right before a number, only a colon, a dash or a bracket between (past its
  division's kind word and a share opening the bracket: "Hawija district (6 percent, over 4,400 individuals)"), heads
  that count ("Henan Province 800 people evacuated Shaanxi Province 34,000 evacuated"): it is where the count after
  it happened, never a place of the count before (``_heads``), also when it is the sentence's only count ("- Egypt:
  110,000 arrivals", ``headed``); after a cue the list's places share its role
  ("fled to Mosul: 2,000 people, Erbil: 3,000 people", ``Sentence.heading_role``; after a cue's object and a colon
  too: "fled to camps: Rohri Camp - 1,200 people"); a row headed by a name the gazetteer does not know ("Saleh Pat
  Camp - 650 people", ``unknown_row``) lies where the lead-in places the list, never at the row before's place; and a
  place the sentence names as a
  destination is no other count's origin when the article's place would stand in.
- **Earlier movements and other people**: a clause on the people counted that tells where they moved before the
  movement counted (``EarlierMove``: "3,000 people who had fled to Idlib returned to Aleppo", "3,000 people displaced
  by the floods in Kasese returned home") gives its destination, or where they stayed, as the origin, and where it
  left or happened as a return's destination; a place in a clause about other people
  ("Some 4,000 people fled Kharkiv; others were heading to Lviv"), or a part of them moving on ("..., many of whom
  travelled on to Lviv", closed before the count's own verb goes on: "..., many of whom had fled X, to flee again
  towards Y") or with a route of its own ("..., including 60,000 into Egypt", "..., with more than half fleeing into
  Poland") or a place it is now in ("..., 40,000 of whom are now in Moldova"), or an agreement on a movement to
  come ("..., news on an agreement on the exit of another group to Jarablus"), is no place of the count's, nor does the article's
  place stand in for its origin when it is the others' destination.
- **The sentence before**: a count naming no place takes the place the previous sentence of its paragraph
  locates ("in X", "from X"), else the one a disaster struck there ("A landslide struck X.", ``_STRUCK``), else the
  article's place; a line of one full sentence alone goes on into the next paragraph, as agency copy sets each
  sentence apart (``goes_on``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from gazetteer.model import Mention, Place
from geo.dates import MONTHS, WEEKDAYS
from geo.heads import RANKED
from geo.predicates import FACILITY_SHELTERING
from geo.story import (COMPARED, FINENESS, PASSED_TO, PLACE_AUTHORITIES_BEFORE, ROAD_LEADING, SAYS_AFTER, SHELTERS, SPEAKER_DESCRIBED,
                       SPEAKER_IN_BEFORE, STATE_ACTOR_AFTER, fineness, subject_evacuated, inside)
from geo.tables import LIST_MARKS, counted_label
from geo.vocabulary import EXAMPLES_OPEN, HOSTS, PLACE_KINDS, PLACE_KINDS_PLURAL, SHELTER_CENTRES, UNITS, gap_ok
from geo.where import Where

_I = re.IGNORECASE

# Taking refuge in a place (or stopping for it there), or across the border in it: a destination cue (``_CUE``), and one before a facility
# whose place people went to (``_REFUGE_CUE``).
_REFUGE = r"(?:refuge|shelter|sanctuary|safety)\s+(?:(?:across|over)\s+the\s+(?:border|frontier)\s+)?(?:in|at)"
_CUE = re.compile(
    r"""(?P<origin>(?<!apart\s)(?<!aside\s)(?<!away\s)\bfrom\b | \bout\s+of\b
    | (?P<residents>(?:\d|\b(?:dozens|hundreds|thousands|millions))[\d,.]*(?:\s+(?:million|thousand|of))?\s+(?:[\w-]+\s+)?
       (?:residents|inhabitants|villagers|natives|dwellers|people|families|households)\s+of\b
    # ... and in Spanish and Portuguese: "300 residentes del área entre Tazacorte y ...", "2.000 moradores de Canoas"
    | (?:\d|\b(?:cientos|centenares|miles|millones|centenas|milhares))[\d,.]*(?:\s+(?:mil|millones|milhões|de))?\s+
       (?:residentes|habitantes|vecinos|pobladores|moradores|familias|famílias)\s+(?:de(?:l)?|do|da|dos|das)\b
    | \b(?:liv(?:e|es|ed|ing)|resid(?:e|es|ed|ing))\s+(?:near|around|along|beside|close\s+to|next\s+to)\b
    | \bwho\s+call(?:s|ed)?(?=\s[^.;:,()]{1,60}?\shome\b))
    # a flight from a harm in a place: the place is the origin, also beside an arrival ("have arrived in Bangladesh,
    # fleeing the military crackdown in Myanmar"; not "fled the fighting to camps in X", nor after "from", whose place
    # may be further: "fled from the fighting in X, in the largest exodus from the area near Y")
    | \bfle(?:e|es|eing|d)\s+(?:(?:the|a|an)\s+)?(?:(?!(?:from|out|to|into|for)\b)[\w-]+\s+){0,2}?(?:violence|fighting|crackdown|persecution|conflict
       |war|clashes|attacks?|offensive|bombardments?|bombings?|shelling|unrest|insecurity|hostilities)\s+in\b
    | \b(?:leav(?:e|es|ing)|(?<!the\s)(?<!at\s)left(?!\))|exit(?:ed|ing)|depart(?:s|ed|ing)?|fle(?:e|es|eing|d)|evacuat(?:e|es|ed|ing)|abandon(?:s|ed|ing)?
       |vacat(?:e|es|ed|ing)|withdr(?:aw|aws|ew|awn|awing)|escap(?:e|es|ed|ing))\b
    | \b(?:desde|abandonando|abandonaron|huyendo\s+de|huyeron\s+de|fuyant|ont\s+fui)\b
    # a participle of being moved out: "fueron evacuados de Tazacorte", "desalojadas del barrio", "retirados da cidade"
    | \b(?:evacuad|desalojad|retirad|removid)[oa]s?\s+(?:de(?:l)?|do|da|dos|das)\b)
    | (?P<destination>\b(?:to|towards?|into|onto|for)\b | \b(?:reach(?:es|ed|ing)?|enter(?:s|ed|ing)?)\b
    | \bas\s+far(?:\s*away)?\s+as\b  # "left ... for places as far away as Cebu and Manila"
    | \barriv(?:e|es|ed|ing)\s+(?:in|at)\b | \b(?:dock(?:s|ed|ing)?|disembark(?:s|ed|ing)?)\s+(?:in|at)\b
    | \b(?:are|were|is|was)\s+(?:now|currently)\s+(?:(?:living|staying|residing|sheltering)\s+)?(?:in|at)\b  # where people who moved now are ("many were now in Sennar", "are now living in")
    | \b(?:have|has|had)\s+(?:since\s+|now\s+)?settled\s+in\b  # ... or have settled after their flight
    | \b(?:are|were|is|was)\s+in(?=\s+neighbou?ring\b)  # ... in the country next to theirs ("a million are in neighbouring Poland")
    | \b(?:hacia|vers|rumo\s+a)\b
    | \b(?:s(?:ought|eek(?:s|ing)?)|t(?:ook|akes?|aken|aking)|f(?:ound|inds?|inding)|stop(?:s|ped|ping)?\s+for)
       \s+{REFUGE}\b)
    | (?P<locative>\b(?:in(?!\s+(?:total|addition|turn|fact|particular|response)\b|\s+all\s*(?:[,.;:]|and\b))
       |on(?!\s+(?:{WHEN})\b)|across|throughout|within|along(?!\s+with\b)|(?<!from\s)inside|(?<!from\s)outside|en|em|dans)\b  # not a set phrase: "evacuated in total", "in all, and"
    # (nor "on" a day or a date: "Iraqis on Friday welcomed the U.S. airlift": a time, no place's cue)
    # where people stay at a place's own site: "staying at Lakeside's arena" (not "the arrival at Qatar's airport")
    | (?:(?<=staying\s)|(?<=living\s)|(?<=sleeping\s)|(?<=sheltering\s)|(?<=sheltered\s)|(?<=housed\s)|(?<=remained\s))
      at(?=\s+(?:(?-i:[A-Z])[\w.-]*\s+){0,2}(?-i:[A-Z])[\w.-]*['’]s?\s)
    | (?P<path>\b(?:tore|tear(?:s|ing)|swept|sweep(?:s|ing)|rag(?:ed|es|ing)|ripp(?:ed|ing)|rips|burn(?:ed|t|s|ing)|roar(?:ed|s|ing)
       |spread(?:s|ing)?|blaz(?:ed|es|ing)|plough(?:ed|s|ing)|plow(?:ed|s|ing)|cut(?:s|ting)?)\s+through\b))"""
    .replace("{REFUGE}", _REFUGE).replace("{WHEN}", "|".join(WEEKDAYS + tuple(MONTHS))),
    _I | re.VERBOSE,
)
# A place another verb or event of the sentence is in, not the movement's: "peace talks being held in Geneva",
# "the ministers met in Brussels", "he said in Ankara", "a donors' conference in London".
_OTHER_EVENT_BEFORE = re.compile(
    r"\b(?:held|hold(?:s|ing)?|met|meet(?:s|ing)?|said|says|saying|told|spoke|speak(?:s|ing)?|announced|signed|born|based"
    r"|headquartered|gathered|convened|talks|summit|conference|negotiations"
    # where words were put out: "in a press release published in Nairobi", "in a statement in Geneva"
    r"|published|posted|released|statement|briefing|interview|broadcast"
    # where a speaker speaks from: "speaking from Kyiv", "told reporters by telephone from Aleppo"
    r"|report(?:s|ed|ing)|writ(?:es|ing)|wrote|call(?:s|ed|ing)|(?:tele)?phone|video[\s-]?link|satellite\s+link"
    r"|reporters|journalists)\s+$", _I)  # "telling reporters in Ankara": where the speaker speaks
# The place of an office an official heads, "in" it after the body's name: "the head of the International Committee of
# the Red Cross (ICRC) in Syria" (where the office is, not where people moved; "head of the evacuation in Aleppo" too).
_OFFICE_IN_BEFORE = re.compile(r"\b(?:head|chief|director|representative|coordinator|envoy|spokes(?:man|woman|person))\s+of\s+"
                               r"(?:the\s+)?(?:[\w'’().&-]+\s+){1,8}?in\s+$", _I)
# A place naming another movement or deal, the object of a preposition of time or purpose: "in exchange for the Foua
# evacuations", "as part of the eastern Aleppo agreement", "after the Douma evacuation" (that movement's place, not the
# count's; "fled the Aleppo siege" left Aleppo, "during the Mariupol evacuation" is the count's own).
_NAMES_EVENT_AFTER = re.compile(r"(?:\s+(?:and|&)\s+[A-Z][\w'’-]*)?\s+(?:evacuations?|deal|agreement|accord|truce|ceasefire)\b")
_EVENT_OBJECT_BEFORE = re.compile(r"\b(?:for|after|before|of|since|following|despite)\s+the\s+(?:[\w'’&-]+\s+){0,3}$", _I)
# Where another event started, a date between: "fighting that started on 15 April in Khartoum", "the fire, which
# broke out on Monday in Paradise" (the fighting's place, not the place the people counted left).
# A region locating "the country" people left ("fled the country in northern Africa") only says where that country is.
_COUNTRY_NOUN_BEFORE = re.compile(r"\b(?:the|this|that|their|its)\s+(?:[\w'’-]+\s+)?(?:country|nation)\s+$", _I)
_STARTED_BEFORE = re.compile(r"\b(?:started|began|begun|erupted|broke\s+out|originated)(?:\s+(?:on|last|this)\s+[\w ]{1,20}?)?\s+$",
                             _I)
# A thing that moves towards a place, not people: "as floodwaters from the north surge towards the barrage", "the
# fighting has spread to West Darfur", "the fire raced toward Paradise" ("migrants surged towards the border" do move).
_THING_HEADING = re.compile(
    r"(?:\b(?:water|waters|floodwaters?|floods?|rivers?|fires?|flames|blaze|wildfires?|storms?|hurricane|cyclone|typhoon"
    r"|lava|smoke|ash|tide|waves?|fighting|clashes|violence|conflict|war)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:surg|mov|head|advanc|flow|push|rush|rac|creep|edg|barrel|churn|approach|roll|sweep|swept|march)\w*"
    r"|\bspread(?:s|ing)?"
    # ... nor does a road where it leads: "gather beside the main road leading into Antakya"
    rf"|{ROAD_LEADING})\s+$", _I)
# Weather a disaster brings to a place falls there, no journey of people: "the cyclone brought heavy rains, floods and
# mudslides to southern Malawi, displacing 183,000" (where it happened; not "brought 500 evacuees to Tyre").
_HAZARD_BROUGHT = re.compile(
    r"\b(?:br(?:ought|ings?|inging)|dump(?:ed|s|ing)|unleash(?:ed|es|ing))\s+(?:[\w'’-]+,?\s+){0,6}?"
    r"(?:rain(?:s|fall)?|downpours?|floods?|flooding|floodwaters?|mudslides?|landslides?|winds?|gales?|surges?|snow(?:fall)?"
    r"|hail|destruction|devastation|damage|havoc|chaos)\s+$", _I)
# An armed force entering or reaching a place attacks it, no journey of the people counted: where it happened ("the
# paramilitaries entered Wad Madani on Monday, forcing thousands to flee"; not "the convoy reached Idlib").
_FORCE_ARRIVING = re.compile(
    r"\b(?:forces|troops|army|armies|fighters|militias?|militiamen|rebels|insurgents|militants|jihadists|gunmen"
    r"|paramilitar(?:y|ies)|soldiers|tanks)(?:\s+\([^()]{1,20}\))?\s+(?:(?:had|has|have|also|then|finally)\s+)?"
    r"(?:reach|enter)(?:s|ed|ing)?$", _I)
# A verb cue in a clause a conjunction opens, whose subject is no people, tells another event: "fled when the army
# entered Aleppo", "fled Tawergha as fighting reached Misrata" (not "... when they reached Idlib", "after the
# convoy left Douma").
_VERB_CUE = re.compile(r"leav|left|exit|depart|fle|evacuat|abandon|vacat|withdr|escap|reach|enter|arriv|dock|disembark", _I)
_SUBORDINATE_SUBJECT = re.compile(
    r"\b(?:as|when|after|before|while|until|once|because|since)\s+((?:[\w'’-]+\s+){1,3})$", _I)
_MOVING_SUBJECTS = frozenset(UNITS) | frozenset(
    "they we he she convoy convoys buses busses boats trains vehicles cars trucks column group groups".split())
# "for" after an order or a warning names the place people are told to leave ("an evacuation order for Galveston
# County", "warnings for parts of Sonoma"); after an office, a fund or a payment, whom it serves ("the humanitarian
# coordinator for South Sudan", "compensation payments for the Fukushima crisis"), or what people wait or queue for
# ("waited for two Glynn County school buses to be evacuated to Columbus": the buses' owner): no destination either way.
_ORDER_FOR = re.compile(r"\b(?:orders?|warnings?|advisor(?:y|ies)|alerts?|evacuations?|notices?|emergency)\s+$", _I)
_SERVING_FOR = re.compile(
    r"\b(?:coordinator|envoy|minister|ministry|secretary|spokes(?:man|woman|person)|representative|director"
    r"|commissioner|ambassador|correspondent|reporter|analyst|expert|researcher|responsible|candidate|officers?|officials?"
    r"|office|agency|council|committee|commission|fund|appeal|aid|support|relief|assistance|funding|payments?"
    r"|compensation|money|donations?|food|supplies|plans?|hopes?|fears?|concerns?|news|votes?|voted|campaign|team"
    r"|prayers?|pray(?:s|ed|ing)?|wait(?:s|ed|ing)?|queu(?:e|es|ed|ing))\s+$", _I)
# ... and "for" before a count names the people served, a place among its words only tells who they are ("to cover
# housing costs for 100,000 Artsakh Armenians"; not "left for Goris").
_PEOPLE_SERVED = re.compile(r"\s*(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|at\s+least)\s+)*\d", _I)
# A place only compared with or credited: "far fewer than in Brisbane", "unlike Aleppo", "compared to Homs",
# "according to Kyiv".
_COMPARED_BEFORE = re.compile(rf"{COMPARED}$", _I)
# A course "than" or "rather than" weighs against the one taken: its places are not where people went ("a better bet
# than trying to push through the border into Hungary", "rather than risking the sea crossing to Italy").
_ALTERNATIVE_BEFORE = re.compile(r"\bthan\s+(?:trying|attempting|going|heading|risking|waiting|staying)\b[^,;:.]{0,80}$", _I)
# "close to" or "next to" right after a place only locates it ("the area of Lajedinho, close to Salvador"); after
# a camp or a shelter it is the destination ("moved to a camp next to Erbil").
_NEAR_AFTER_PLACE = re.compile(r"\s*,?\s*(?:close|closer|next|adjacent)\s+", _I)
# Vehicles or crews sent to a place to take people out of it: the place is where the people leave,
# "buses were sent to Aleppo to evacuate residents", "boats reached the villages to rescue families".
_TO_TAKE_OUT = re.compile(
    r"\s*,?\s*(?:in\s+order\s+)?to\s+(?:evacuate|rescue|pick\s+up|collect|fetch|ferry\s+out|bring\s+out|take\s+out)\b", _I)
# A place locating a spot that has become people's refuge is where they went, not where they were driven from: "for
# residents displaced by the fires, a parking lot in Chico, California, has become a refuge" (Chico received them).
_BECAME_REFUGE_AFTER = re.compile(
    r"(?:\s*,\s*(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})?\s*,?\s+(?:(?:has|have|had)\s+)?(?:now\s+)?"
    r"(?:become|became|becomes|turned\s+into|serves?\s+as|served\s+as)\s+(?:an?|the|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:refuge|haven|sanctuary|shelter|home)\b", _I)
# "to" before a verb that acts on a place, not a journey's end: "the costliest storm to hit the United
# States", "forces pushed to retake Mosul", "aid to help Haiti", "plans to demolish the two Lakeside houses": the
# place is no destination.
_TO_ACT_ON = re.compile(
    r"\s+(?:hit|strike|batter|lash|pound|slam|ravage|devastate|affect|threaten|attack|bomb|shell|target|retake"
    r"|recapture|capture|seize|control|defend|protect|help|aid|assist|support|rebuild|demolish|raze|bulldoze|repair"
    r"|inspect)\b", _I)
_PASSED_TO = re.compile(rf"{PASSED_TO}$", _I)  # "surrendered to X", "an area belonging to X": no journey's end
# A country or region named before the people it drove out is their origin: "Myanmar refugees", "Syria asylum seekers",
# "Darfur refugees" (not a town: "Dadaab refugees" are those its camps hold).
_PEOPLE_FROM = re.compile(r"\s+(?:refugees|asylum[\s-]seekers|exiles|émigrés|emigres)\b", _I)
_PEOPLE_FROM_KINDS = ("country", "region", "admin1")
# A place right before the people who live there is their home: "2,000 Kherson residents were evacuated", also as
# their possessor, with their number between ("19,000 of Yellowknife's 20,000 residents had left").
_RESIDENTS_AFTER = re.compile(r"(?:['’]s?(?:\s+(?:[\d,.]+|all|some|about|around|roughly|nearly|almost|million|thousand))*)?"
                              r"\s+(?:residents|inhabitants|villagers|townspeople)\b", _I)
# ... as does a place whose counted people follow its possessive, or "had" and their movement: "Samar's 4,210 families
# were evacuated", "Samar had 4,210 families (15,000 people) evacuated" (not "Uganda's 1.4 million refugees", who
# are hosted there, nor "Samar had 300 mm of rain").
_QUALIFIED_FIGURE = r"(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|at\s+least)\s+)*[\d,.]+(?:\s+(?:million|thousand))?"
_PEOPLE_HAD = re.compile(rf"(?:['’]s?|\s+(?:had|has|have))\s+{_QUALIFIED_FIGURE}\s+(?:families|households|people|persons"
                         r"|individuals|evacuees)\b", _I)
_MOVED_AFTER_HAD = re.compile(r"(?:\s*\([^()]*\))?\s+(?:been\s+)?(?:evacuated|displaced|relocated|moved|uprooted|housed"
                              r"|sheltered)\b", _I)
# ... or a place said to be struck whose people a "with" clause then counts: "Syangja was the worst hit, with 420
# families moved to schools", "Also hit was the Parbat district, with 300 families sheltering in tents".
_KIND_AFTER = r"(?:\s+(?:district|province|state|county|region))?"  # "the Parbat district"
_WITH_FIGURE = rf"\s*,\s*with\s+{_QUALIFIED_FIGURE}\b"
# (also a place said to be a crisis: "Sudan is now the largest child displacement crisis in the world, with 3 million
# children fleeing").
_STRUCK_WITH_AFTER = re.compile(rf"{_KIND_AFTER}\s+(?:is|was|are|were|remains|remained|has\s+been|had\s+been)\s+"
                                r"(?:(?:(?:still|also|now|the|most|worst|badly|severely|hardest|heavily)\s+)*(?:affected|hit)"
                                r"|(?:[\w'’-]+\s+){0,5}?(?:crisis|emergency|disaster|catastrophe)(?:\s+in\s+the\s+world)?)"
                                + _WITH_FIGURE, _I)
_STRUCK_BEFORE = re.compile(r"\b(?:affected|hit)\s+(?:is|was|are|were)\s+(?:the\s+)?$", _I)
_WITH_AFTER = re.compile(_KIND_AFTER + _WITH_FIGURE, _I)  # after "Also hit was"
# The place a sentence opens with is its subject, and the people "its" counts later, no other place named between,
# are that place's: "Hay River remained under an evacuation order, and officials said its 3,000 evacuees ..." (as
# "Hay River's 3,000 evacuees").
_ITS_PEOPLE = re.compile(r"\bits\s+(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|all)\s+)?"
                         r"(?:[\d,.]+\s+(?:(?:million|thousand)\s+)?)?(?:residents|inhabitants|villagers|townspeople|evacuees)\b", _I)
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:dozens|hundreds|thousands|millions|million|thousand))(?:\s+of)?\s+$", _I)
# A kind before the name it introduces is no distance between a cue and the place: "tore through the southern
# Australian state of Victoria", "from the northern province of Idlib"; after kinds, the names of a list the gazetteer
# does not know ("for the southern departments of Grand'Anse, Sud and Nippes": Sud, then Nippes, share the role).
# (a community or a hamlet too: "the North Shore community of Sept-Iles", "the Cree community of Mistissini").
_NAMED_KINDS = "|".join((*PLACE_KINDS, "community", "hamlet"))
_KIND_OF = re.compile(rf"(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:(?:{_NAMED_KINDS})\s+of"
                      rf"|(?:{PLACE_KINDS_PLURAL})\s+of(?:\s+(?-i:[A-Z])[\w'’-]*(?:\s*,|\s+and|\s+or)(?:\s+(?:and|or))?)*)"
                      r"\s+$", _I)
# A verb by which a disaster strikes a place, naming where it happened: "A landslide struck Rangamati."; so does one
# breaking out in it as the sentence's own verb ("A fire broke out in X, prompting officials to evacuate 2,400"; not
# in a relative clause: "fighting that erupted in X", ``_STARTED_BEFORE``, nor in one of time: "have arrived since
# violence erupted in X", ``_SUBORDINATE_SUBJECT``).
_STRUCK = re.compile(r"\b(?:struck|strikes|hit|hits|battered|batters|lashed|lashes|pounded|pounds|ravaged|ravages"
                     r"|devastated|devastates|inundated|inundates|flooded|floods|swamped|swamps|submerged|submerges"
                     r"|engulfed|engulfs|slammed|slams"
                     # ... and as it goes on: "displaced following floods devastating northeastern Italy"
                     r"|striking|hitting|battering|lashing|pounding|ravaging|devastating|inundating|swamping|engulfing"
                     r"|slamming)\b"
                     r"|(?<!which\s)(?<!that\s)\b(?P<out>broke\s+out|erupted)(?:\s+(?:on|last|this)\s+[\w ]{1,20}?)?\s+in\b")
# ... or the place it struck, before a passive one: "Rangamati was devastated by floods", "Rangamati, hit hardest by the storm".
_STRUCK_BY_AFTER = re.compile(r",?\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?(?:(?:badly|severely|worst"
                              r"|hardest|heavily)\s+)?(?:struck|hit|battered|lashed|pounded|ravaged|devastated|inundated"
                              r"|flooded|swamped|submerged|engulfed)\s+(?:(?:worst|hardest|badly)\s+)?by\b", _I)
# The places a cue's object is named by as examples, or listed after a colon, take its role: "moved to nearby towns,
# including Berber and Shendi", "fled to coastal cities such as Sidon", "fled to camps: Rohri Camp - 1,200 people"
# (not "to the hills, including residents of Berber").
_EXAMPLES_OF = re.compile(rf"(?:[\w'’-]+\s+){{0,3}}[\w'’-]+(?:,?\s+{EXAMPLES_OPEN}|:)\s+$", _I)
# A journey of those who come to help, told in a relative clause, is not the counted people's: "Aid workers who
# managed to reach Derna described ... tens of thousands left homeless", "rescuers who left Benghazi".
_HELPERS_WHO_BEFORE = re.compile(
    r"\b(?:(?:aid|relief|rescue|humanitarian|medical|search)\s+(?:workers?|teams?|crews?|convoys?|staff|officials)|rescuers"
    r"|volunteers|journalists|reporters|doctors|medics)\s+(?:who|that)\s+(?:[\w'’]+\s+){0,3}$", _I)
# A place that issues an order or an advice about its people is where they leave: "Wharton issued an evacuation
# order for 2,000 residents", "the city of Wharton ordered ...", "Wharton County officials told 500 families to",
# also past an aside ("Wharton, about 60 miles southwest of Houston, issued").
_ISSUER_AFTER = re.compile(
    r"(?:['’]s?)?(?:\s*,[^,;.]{1,60},)?\s+(?:(?:county|city|town|village|parish|district|state|municipal|local|emergency|management|fire|police"
    r"|government|officials?|authorities|council|leaders|sheriff['’]?s?|mayor|office|department)\s+){0,3}"
    r"(?:(?:has|have|had|also|then|later|on\s+\w+day)\s+)?(?:issued|ordered|told|urged|advised|called\s+for|declared"
    r"|imposed|expanded|extended|recommended)\b", _I)
# A place written right before a number, only a colon, a dash or a bracket between, heads it as in a table or a
# list ("Henan Province 800 people evacuated Shaanxi Province 34,000 evacuated", "Hidalgo: 1,200; Veracruz: 3,400"):
# the count after it happened there, the count before did not. A year is no count ("Aleppo 2016"). A division's kind
# word before the bracket and a share first in it stay between ("Hawija district (6 percent, over 4,400 individuals)").
_HEADS_COUNT = re.compile(r"\s*(?:(?:sub-?district|district|governorate|province|county|region)\s+(?=\())?(?:[:–—-]\s*)?"
                          r"(?:\(\s*(?:\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)\s*(?:,|or)?\s*)?)?"
                          r"(?=(?:(?:some|about|around|nearly|almost|over|roughly|approximately"
                          r"|more\s+than|at\s+least|up\s+to|close\s+to|an\s+estimated)\s+)?(?!(?:19|20)\d\d\b)\d)", _I)
# A place of a ranking (``RANKED``) heads the figure after its "with" or "at": "followed by Unity with 146,000".
_RANKED_FIGURE_BEFORE = re.compile(r"\s+(?:with|at)$", _I)
_RANKED_HEAD = re.compile(r"\s+(?:with|at)\s+(?=(?:(?:some|about|around|nearly|almost|over|more\s+than)\s+)?\d)", _I)
# People named by their displacement, right before "in" a place: where they stay away from home, the origin of their
# return ("Syrian refugees in Turkey are returning", "displaced families in Goma went back"), not its end.
_EXILES_BEFORE = re.compile(r"\b(?:refugees|evacuees|exiles|IDPs|asylum[\s-]seekers|displaced(?:\s+(?:people|persons"
                            r"|families|residents))?)\s+$", _I)
# People who return to where they live: their home is the destination ("2,000 Mosul residents returned home").
_RETURNING = re.compile(r"\breturn|\b(?:went|go(?:es|ing)?|gone|came|com(?:e|es|ing))\s+back\b", _I)
# The hosts people stay with, one or a list: the place after them is where people went ("took shelter with relatives
# in Hyderabad", "moved in with friends and relatives in Hilo", a slash for "or": "with friends/family in Hilo").
_HOST = rf"(?:their\s+|host\s+)?(?:{HOSTS}|families)"
_WITH_HOSTS = re.compile(rf"\bwith\s+{_HOST}(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+|\s*/\s*){_HOST})*\s+$", _I)
# A clause about other people than the count before it: "Some 4,000 people fled Kharkiv; others were heading to Lviv"
# (not "while 600 others were moved", a count of its own), or a part of them moving on: "..., many of whom later
# travelled on to Lviv" (not "..., most of them to Idlib": where the count went), or a part with a place of its own:
# "6,600 were evacuated on Wednesday, including 4,100 from Mariupol who reached Zaporizhzhia" (the part's route),
# "150,000 fled abroad, including 60,000 into Egypt and 30,000 into Chad" (each part's destination, not the whole's),
# "half a million have fled, with more than half fleeing into Poland" (a share's route, not everyone's), or where a
# part of them is now: "1.7 million have fled, of which a million are in neighbouring Poland", "..., 40,000 of whom
# are now in Moldova" (not "..., most of them to Idlib").
# So does an agreement on a movement to come, whoever it moves: "1,146 fighters were evacuated from Douma to Idlib,
# news on an agreement on the exit of another group to Jarablus" (Jarablus is the agreement's); and so do animals
# moved apart from the people ("..., while some evacuated animals were moved to Oroville").
_OTHERS_CLAUSE = re.compile(r"(?:[;,]|\b(?:and|while|but|whereas))\s+(?:many\s+|some\s+|most\s+)?others\b"
                            r"|,\s*(?:many|some|most|several|half|all|none|thousands|hundreds)\s+of\s+whom\b"
                            r"|,\s*(?:including|among\s+them)\s+(?:some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+)?\d[\d,.]*"
                            r"(?:\s+[a-z-]+)?\s+(?:from|out\s+of|into|to|towards?)\b"
                            r"|,\s*with\s+(?:(?:more|less|fewer)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|around\s+)?"
                            r"(?:half|most|many|some|the\s+majority|a\s+(?:third|quarter)|two[\s-]thirds|\d[\d,.]*\s*(?:percent|per\s+cent|%))"
                            r"(?:\s+of\s+(?:them|those))?\s+[a-z]+ing\s+(?:from|out\s+of|into|to|towards?)\b"
                            r"|,\s*(?:[^,;:.]{1,30}?\s|\d[\d,.]*\s+)?of\s+(?:whom|which)\b(?=[^;:.]{1,40}?\b(?:are|were|is|was)\s+"
                            r"(?:(?:now|currently)\s+)?in\b)"
                            r"|\b(?:agreement|deal)\s+(?:on|for)\s+(?:the\s+)?(?:exit|departure|evacuation|having)\b"
                            # animals moved apart: "evacuees moved to Chico, animals go to Oroville"
                            r"|(?:[;,]\s*(?:(?:and|while|but|whereas)\s+)?|\b(?:while|whereas)\s+)(?:(?:some|most|many|all|the|their)\s+)?"
                            r"(?:(?:evacuated|rescued|displaced|stranded)\s+)?(?:animals|pets|livestock|horses|cattle)\b", _I)
# An aside on a part of the people counted closes where the count's own verb goes on: "forcing 5,000 people, many of
# whom had fled Khartoum, to flee again towards Sennar" (Sennar is the 5,000's).
_ASIDE_CLOSED = re.compile(r",\s+to\s+[a-z]+\b")
_RELATIVE_CLAUSE = re.compile(r"[,–—]\s*(?:which|who|whose|where|whereas|while)\b", _I)
_CLAUSE_END = re.compile(r"[;:()–—]|,(?!\d)")  # not the comma of "2,500"
# A word that opens another clause between a cue and a place: the place is that clause's, not the cue's object
# ("residents evacuated as the Mississippi rose", "fled a new advance in the south which Kyiv says ...", a second
# thing said: "said 45,000 had been evacuated and that Turkey would build a camp"; a conjunction that is also a
# preposition of time, right before the place, which is then its subject: "fled the country since Russia invaded";
# not "evacuated after the Chernobyl accident").
_CLAUSE_OPENER = re.compile(
    r"\b(?:when|whenever|while|whereas|because|though|although|unless|where|which|who|whose|but|and\s+that"
    r"|(?:since|after|before|until)\s+$"
    r"|(?<!known\s)(?<!such\s)(?<!same\s)(?<!well\s)as\s+(?:the|a|an|its|their|it|they|he|she|we)\b)", _I)
# Where people are put up or taken: "to hospitals in X", "to rebel-held areas in X", "to resettlement colonies in X",
# home ("went back to their villages in X", "to their home communities in X"),
# past a site's own name and kind ("to the Samora Machel temporary accommodation site in X").
# An unnamed settlement after a cue of leaving, which the place after it locates ("from a rebel-held town in X").
_SETTLEMENT = re.compile(r"\s+(?:an?|the|one|their)\s+(?:[\w'’-]+\s+){0,2}?(?:towns?|villages?|city|cities|suburbs?"
                         r"|neighbou?rhoods?|districts?|areas?|enclave|pocket|camps?)\s+", _I)
_FACILITY = re.compile(
    rf"\s+(?:[\w'’-]+\s+){{0,5}}?(?:{SHELTERS}|hospitals?|nursing\s+homes?|areas|zones|colon(?:y|ies)"
    r"|relatives|friends|family|(?:(?<=their\s)|(?<=own\s)|(?<=\bhome\s))(?:homes?|houses?|villages?|hometowns?|communit(?:y|ies)))"  # not "fire spread to homes in X"
    r"(?:\s+of\s+(?:their\s+)?(?:relatives|friends|family))?\s+(?:(?:close(?:\s+by)?|nearby)\s+)?", _I)  # "to safe areas close in X"
# A capitalised facility word right after a place names a facility after it ("the Butte County Fairgrounds", "the Lake
# County Hospital"); a place after "in" then locates the facility (past its address: ", located at 12 Elm St. in X"),
# so it takes the role the cue gave the name: people sent "to the Butte County Fairgrounds in Gridley" go to Gridley.
_NAMED_FACILITY = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:Fairgrounds?|Hospital|Medical\s+Cent(?:er|re)|Stadium|Arena|Coliseum|Church|Cathedral"
    r"|Mosque|Temple|(?:High\s+)?School|College|University|Airport|Armou?ry|Gymnasium|Auditorium|Pavilion"
    r"|(?:Convention|Civic|Community|Events?|Expo|Exhibition|Recreation|Sports)\s+Cent(?:er|re))"
    r"(?:\s*,\s*(?:located|situated)\s+(?:at|on)\s+[^;:()]{1,40}?)?\s+")
# A vessel people got off, after "from": a place after "in" or "at" then locates where they landed ("disembarked from a
# naval ship in Cebu", "alighted from the plane at X").
_GOT_OFF_BEFORE = re.compile(r"\b(?:disembark(?:s|ed|ing)?|alight(?:s|ed|ing)?)\s+$", _I)
_VESSEL = re.compile(r"\s+(?:an?|the|their|one)\s+(?:[\w'’-]+\s+){0,3}?(?:ships?|boats?|vessels?|ferr(?:y|ies)|planes?"
                     r"|aircraft|flights?|helicopters?)\s+", _I)
# A place naming a vessel's flag or fleet, an article before it: "from a Philippines naval ship", "on the Verdania navy
# vessel" (not "Cebu aboard boats": a preposition between; nor "in Florida swallowed a boat": a verb).
_VESSEL_OWNED_BEFORE = re.compile(r"\b(?:an?|the)\s+$", _I)
_VESSEL_OWNED_AFTER = re.compile(r"(?:['’]s?)?\s+(?:(?!(?:aboard|on|by|in|into|onto|to|from|via|and|or|for)\s)(?![a-z-]+ed\s)"
                                 r"[a-z-]+\s+){0,2}(?:war)?(?:ships?|vessels?|boats?|planes?|aircraft|helicopters?|ferr(?:y|ies))\b")
# A place that narrows the one a cue before named: "from the typhoon-hit region, particularly in X", "to the coast,
# mainly to X" (X takes that cue's role).
_NARROWED_BEFORE = re.compile(r",\s*(?:particularly|especially|mainly|mostly|notably|chiefly|largely)\s+$", _I)
# A verb of leaving before "for", which then names where people go ("departing for", "left Aleppo for", "headed for").
_GOING_FOR = re.compile(r"\b(?:left|leav(?:e|es|ing)|depart(?:s|ed|ing)?|head(?:s|ed|ing)?|bound|fle(?:e|es|eing|d)"
                        r"|set(?:s|ting)?\s+(?:off|out))(?:\s+[\w'’-]+){0,3}?\s+$", _I)
# The doer of a passive verb of moving people is neither where they left nor where they went: "evacuated by Britain",
# "refugees evacuated by the U.S. government from Kabul" (Kabul, after its own cue, is the origin).
_AGENT_BY = re.compile(r"^\s+by\s+(?:the\s+)?$", _I)
# A neighbour named by the border people live or go to: "villages near the border with Syria", "to the frontier with
# Lebanon" are on this side of it, not in the neighbour.
_BORDER_WITH_BEFORE = re.compile(r"\b(?:borders?|frontiers?|boundary)\s+with\s+(?:the\s+)?$", _I)
# ... and so is a place whose border another lies along: "St-Lambert, a municipality along the Ontario border" is
# beside Ontario, not in it.
_ALONG_ITS_BORDER = (re.compile(r"\b(?:along|near|by|on|at|close\s+to|next\s+to)\s+the\s+$", _I),
                     re.compile(r"\s+(?:borders?|frontiers?|boundary)\b", _I))
# A place a record is measured in: "the largest evacuation in Alberta's history", "the worst fire in the history of
# Texas" is the scope of the comparison, not where people were or went.
_HISTORY_AFTER = re.compile(r"(?:['’]s?)?\s+(?:(?:recorded|modern|recent)\s+)?history\b", _I)
_HISTORY_OF_BEFORE = re.compile(r"\bhistory\s+of\s+(?:the\s+)?$", _I)
# A name after "from", or a town named after a verb of leaving, that is no place mention: an origin the gazetteer does
# not know ("evacuated from Azovstal", "had left the town of Hamouriyeh"), which the article's place must not stand in
# for. Not a date ("from Monday") nor an acronym ("fled from ISIS").
_UNKNOWN_FROM = re.compile(
    r"(?:\b(?:from|out\s+of)\s+(?:the\s+)?|\b(?:left|leaving|leave|fled|fleeing|flee|escaped|abandoned|evacuated)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:town|city|village|district|neighbou?rhood|suburb|camp|enclave|area)\s+of\s+)"
    r"(?P<name>(?-i:[A-Z][a-z][\w'’-]*))", _I)
_NOT_A_NAME = frozenset(MONTHS) | frozenset(WEEKDAYS)
# People who left the shelters or sites displaced people stay in ("39,000 have left the IDP sites through a sponsorship
# system") left no place the article names: the article's place must not stand in for where they were. Not "the camp",
# which an article about a camp calls it (``_GENERIC_ORIGIN``).
_LEFT_A_SHELTER = re.compile(
    rf"\b(?:left|leav(?:e|es|ing)|exit(?:ed|ing)|vacat(?:ed|ing))\s+(?:the|their)\s+(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:shelters|sites|{SHELTER_CENTRES})\b", _I)
# A bulleted row headed by a name ("- Kasaba First Nation: 300 residents evacuated"): the row's place, which the
# article's place must not stand in for when the gazetteer does not know it; not a label of what is counted
# ("- Total: 3,800", "- Evacuated: 1,200 people": ``counted_label``).
_ROW_NAME = re.compile(rf"[ \t]*[{re.escape(LIST_MARKS)}][ \t]+"
                       r"(?P<name>(?-i:[A-Z][\w'’.-]*)(?:[ \t]+(?:(?-i:[A-Z][\w'’.-]*)|of|and|de|du|la|el))"
                       r"{0,4})[ \t]*:[ \t]*(?=(?:(?:some|about|around|nearly|over|more\s+than)\s+)?\d)", _I)
_POSSESSIVE = re.compile(r"\s*['’]s?\s*", _I)
# A name heading a count as a row of a list run on in a sentence, after the lead-in's colon or the row before, a colon
# or a dash between ("sheltering in camps: Rohri Camp - 1,200 people; Saleh Pat Camp - 650 people"): the row's place.
_ROW_LABEL = re.compile(r"(?:^|[:;,][ \t]*|\band[ \t]+)(?P<name>(?-i:[A-Z][\w'’.-]*)(?:[ \t]+(?:(?-i:[A-Z][\w'’.-]*)|of|and|de|du|la|el))"
                        r"{0,4})[ \t]*(?:[:–—]|[ \t]-)[ \t]*$")
# A place named as a part of the one before it: "Malawi's financial capital, Blantyre", "Kenya's port city of Mombasa",
# "Sudan's embattled western Darfur" (at most two words between with nothing after them), "India's flood-stricken
# southern state of Kerala" (a hyphenated word is one).
_POSSESSIVE_PART = re.compile(r"\s*['’]s?\s+(?:(?:[a-z]+(?:-[a-z]+)*\s+){0,2}[a-z]+(?:\s*,\s*|\s+of\s+)(?:the\s+)?"
                              r"|(?:[a-z]+(?:-[a-z]+)*\s+){1,2})")
# ... or with the place before it as a noun's modifier and a kind of place between: "the Bahamas island of Great Abaco",
# "the Bahamas capital Nassau", "the Texas port city of Galveston" (one word may stand before the kind, not a preposition
# nor a conjunction: "from Syria to the city of Homs" names two places). With "of" the kind names the place after it,
# whatever the gazetteer makes of the modifier ("the North Shore community of Sept-Iles": Sept-Iles).
_ATTRIBUTIVE_PART = re.compile(r"\s+(?:(?!(?:to|from|into|for|via|towards?|through|and|or|in|at|of|the)\s)[a-z]+(?:-[a-z]+)*\s+)?"
                               rf"(?:{_NAMED_KINDS}|islands|capital|port)(?P<of>\s+of)?\s+(?:the\s+)?", _I)
# The role of a place joined to a located place before it by "and", "or" or a comma: located too (``_joined_with``).
_JOINED = "joined"
_COMMA = re.compile(r"\s*,\s*")
_COORDINATED = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:(?:to|into|towards?|for|from)\s+)?(?:the\s+)?", _I)
# Two places named again as a pair: "the two towns", "the twin villages" (``pair_before``).
PAIR_NAMED = re.compile(r"(?:two|twin)\s+(?:towns|villages|cities|districts|neighbou?rhoods|camps|enclaves)", _I)
_AND_BETWEEN = re.compile(r"\s+(?:and|&)\s+", _I)
_PART_OF_CITY = re.compile(r"\b(?:district|neighbou?rhood|quarter|suburb|stronghold|bastion|enclave|pocket|area|camp)s?\b", _I)
_GENERIC_ORIGIN = re.compile(
    r"\s*(?:the|this|that|their|its|his|her|our)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:district|neighbou?rhood|city|town|village|area|camp|enclave|quarter|suburb|region|stronghold|bastion|pocket"
    r"|country|nation"  # "fled the country in northern Africa": the article's country, the region only locates it
    rf"|{PAIR_NAMED.pattern})\b"  # "had left the two towns": the pair the article named (``pair_before``)
    r"(?!\s+of\b)", _I)  # "the town of Kherson" names the place


@dataclass(frozen=True)
class EarlierMove:
    """A clause on the counted people telling where they moved before the movement counted ("3,000 people who had
    fled to Idlib returned to Aleppo"), from ``start`` to ``end`` in the sentence: where it went, or where they
    stayed (``staying``: "who had been sheltering in schools in Beira"), is where the movement counted starts
    (Idlib), and where it left or happened is where a return (``returning``) goes back to ("900 families who were
    evacuated from Kesennuma returned home", "3,000 people displaced by the floods in Kasese returned home")."""

    start: int
    end: int
    returning: bool
    staying: bool = False

    def role(self, role: str | None, at: int) -> str | None:
        """The role for the movement counted of a place at ``at`` that has ``role`` in the sentence as written."""
        if role is None or not self.start <= at < self.end:
            return role
        left = role in ("origin", "home") or (role == "locative" and not self.staying)
        return "destination" if left and self.returning else "origin"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    mentions: tuple[Mention, ...]
    body: int = 0  # where the sentence's own words start, after a wire dateline ("BEIRUT, May 3, 2017 (AP) —")

    @cached_property
    def heading_role(self) -> str:
        """The role of the places that head the counts of a list: the first one's in the whole sentence ("fled to
        Mosul: 2,000 people, Erbil: 3,000 people": destinations), else where each count happened ("Henan Province
        800 people evacuated Shaanxi Province 34,000 evacuated")."""
        text, offset = self.text, self.start
        first = next((m for m in self.mentions if _heads(text, m.end - offset, _count_after(text, m.end - offset))), None)
        if first is None:
            return "locative"
        role = next((r for r, p, w in self.roles_of_the_whole if (p, w) == (first.place, first.text)), None)
        return role if role in ("origin", "destination") else "locative"

    @cached_property
    def roles_of_the_whole(self) -> tuple[tuple[str, Place | None, str], ...]:
        """The roles of the sentence's places read for the whole sentence, not for one count of it (``_roles``
        from its start, no context): read once for ``heading_role`` and ``destination_ids``."""
        return tuple(_roles(self, None, 0))

    @cached_property
    def mention_starts(self) -> frozenset[int]:
        """Where each place mention starts in the sentence's text."""
        return frozenset(m.start - self.start for m in self.mentions)

    @cached_property
    def speaker_described(self) -> int:
        """Where the description of a speaker named after the verb of saying starts (``SPEAKER_DESCRIBED``),
        else the sentence's length: no place or movement after it is the count's."""
        match = SPEAKER_DESCRIBED.search(self.text)
        return match.end() if match is not None else len(self.text)

    @cached_property
    def relative_openers(self) -> list[int]:
        """Where each relative clause of the sentence opens (``_RELATIVE_CLAUSE``), in order."""
        return [m.start() for m in _RELATIVE_CLAUSE.finditer(self.text)]

    @cached_property
    def others_clauses(self) -> list[int]:
        """Where each clause about other people opens (``_OTHERS_CLAUSE``), in order."""
        return [m.start() for m in _OTHERS_CLAUSE.finditer(self.text)]

    @cached_property
    def destination_ids(self) -> frozenset[str]:
        """The ids of the places the whole sentence names as destinations (read once however many counts it has)."""
        return frozenset(p.id for r, p, _ in self.roles_of_the_whole if r in ("destination", "elsewhere") and p is not None)


def evacuated_subject(sentence: Sentence, before: int) -> int | None:
    """Where the first place the sentence names as evacuated before ``before`` starts ("Hay River and Fort Smith were
    evacuated earlier this week, with their residents sent to ...": Hay River), else None: the people a later verb of
    the sentence moves left it."""
    return next((m.start - sentence.start for m in sentence.mentions if m.end - sentence.start <= before
                 and _evacuated(sentence, m)), None)


def _evacuated(sentence: Sentence, mention: Mention) -> bool:
    """Whether a mention (or the list it opens) is the subject of an evacuation: "Hay River and Fort Smith were
    evacuated", "the city of Yellowknife has been ordered to evacuate"; not "citizens of Poland were evacuated"."""
    return subject_evacuated(sentence.text, mention.start - sentence.start, _listed_end(sentence, mention))


def _listed_end(sentence: Sentence, mention: Mention) -> int:
    """Where the list of places a mention opens ends ("Hay River and Fort Smith", "Goma, Bukavu and Uvira")."""
    end = mention.end - sentence.start
    for other in sentence.mentions:
        start = other.start - sentence.start
        if start >= end and _COORDINATED.fullmatch(sentence.text, end, start):
            end = other.end - sentence.start
    return end


def _roles(sentence: Sentence, context: Place | None, after: int, until: int | None = None,
           earlier: EarlierMove | None = None) -> list[tuple[str, Place | None, str]]:
    """``(role, place, words)`` of each mention from ``after`` (to ``until``) that has a role: origin,
    destination or locative; the places of an ``earlier`` movement of the people counted take their role for
    the movement counted."""
    text, offset = sentence.text, sentence.start
    until = min(sentence.speaker_described, len(text) if until is None else until)
    cues = [c for c in _CUE.finditer(text, after, until)]
    cue_ends = [c.end() for c in cues]
    roles: list[tuple[str | None, Place | None, str]] = []
    previous_end = None
    for mention in sentence.mentions:  # sorted by start
        joined = False
        start, end = mention.start - offset, mention.end - offset
        if start >= until:
            break
        # a place heading the count at ``after`` is its place ("Henan Province 800 people"), one heading the count at
        # ``until`` is not
        heading = start < after
        if (heading and not _heads(text, end, after)) or _heads(text, end, until):
            continue
        if (mention.place is not None and mention.place.kind == "country" and STATE_ACTOR_AFTER.match(text, end)
                and _VESSEL_OWNED_BEFORE.search(text, max(0, start - 6), start)):
            continue  # "to the US base Ramstein": whose base; the cue before reaches past it, to Ramstein
        at = bisect_right(cue_ends, start) - 1
        cue, cue_before = (cues[at] if at >= 0 else None), (cues[at - 1] if at >= 1 else None)
        role, place, words = None, mention.place, mention.text
        if (cue is not None and cue["locative"] and roles and roles[-1][0] is not None and previous_end is not None
                and _NAMED_FACILITY.fullmatch(text, previous_end, cue.start())):
            role = roles[-1][0]  # "to the Butte County Fairgrounds in Gridley": where the facility is takes its role
            roles[-1] = (None, roles[-1][1], roles[-1][2])
        elif (cue is not None and cue["locative"] and previous_end is not None and cue.start() >= previous_end
                and gap_ok(text[previous_end:cue.start()], 1)):
            pass  # "Zaporizhzhia in Ukraine", "al-Waer neighborhood in western Homs": only locates the place before
        elif cue is not None and (previous_end is None or cue.start() >= previous_end):
            gap = text[cue.end():start]
            if (gap_ok(_KIND_OF.sub("", _EXAMPLES_OF.sub("", gap)), 3 if cue["locative"] or cue.group().lower() == "for" else 7)
                    and not _CLAUSE_OPENER.search(gap)):
                role = "origin" if cue["origin"] else "destination" if cue["destination"] else "locative"
                if cue["residents"] and _RETURNING.search(text, end, until):
                    role = "locative"  # "2,000 residents of Mosul returned home": where they live, and go back to
                if role == "destination" and (_TO_ACT_ON.match(gap)
                                              or _THING_HEADING.search(text, max(0, cue.start() - 60), cue.start())
                                              or _PASSED_TO.search(text, max(0, cue.start() - 30), cue.start())):
                    role = None  # "the worst storm to hit X", "floodwaters surge towards X", "the road leading into X",
                    # "surrendered to X": no journey's end
                if role == "destination" and (_FORCE_ARRIVING.search(text, max(0, cue.start() - 60), cue.end())
                                              or _HAZARD_BROUGHT.search(text, max(0, cue.start() - 80), cue.start())):
                    role = "locative"  # "troops entered X", "the storm brought floods to X": X is where it happened
                if cue.group().lower() == "for":
                    before = text[max(0, cue.start() - 30):cue.start()]
                    role = ("origin" if _ORDER_FOR.search(before)
                            else None if _SERVING_FOR.search(before) or _PEOPLE_SERVED.match(gap) else role)
                if _AGENT_BY.match(gap) and not cue["locative"]:
                    role = None  # "evacuated by Britain": who moved them
                if _compared_or_spoken(text, cue, previous_end) or _HELPERS_WHO_BEFORE.search(
                        text, max(0, cue.start() - 60), cue.start()):
                    role = None  # "far fewer than in Brisbane", "speaking from Kyiv", "aid workers who reached X"
                if role == "locative" and not cue["path"] and (
                        # a relative clause telling the counted people's earlier movement is read for it (``EarlierMove``)
                        (_in_relative_clause(text, sentence.relative_openers, after, cue.start())
                         and not (earlier is not None and earlier.start <= start < earlier.end))
                        or _OTHER_EVENT_BEFORE.search(text, max(0, cue.start() - 30), cue.start())
                        or _STARTED_BEFORE.search(text, max(0, cue.start() - 45), cue.start())
                        or _COUNTRY_NOUN_BEFORE.search(text, max(0, cue.start() - 40), cue.start())):
                    role = None  # "..., which is the last stronghold in Homs", "talks held in Geneva": not where they moved
                if role == "locative" and not cue["path"] and (
                        _in_facility(text, cue_before, cue)
                        or _shelter_located(text, cue)):
                    role = "destination"  # "moved to relief camps in Assam", "are staying at a shelter in X": where they are
                if (role == "locative" and cue_before is not None and (cue_before["origin"] or cue_before["destination"])
                        and not cue_before["residents"]
                        and _NARROWED_BEFORE.search(text, max(0, cue.start() - 20), cue.start())):
                    role = "origin" if cue_before["origin"] else "destination"  # "from the region, particularly in X"
                if role == "locative" and not cue["path"] and _off_vessel(text, cue_before, cue):
                    role = "destination"  # "disembarked from a naval ship in Cebu": where they landed
                if role == "locative" and not cue["path"] and _in_settlement_left(text, cue_before, cue):
                    role = "origin"  # "crossed from a rebel-held town in East Ghouta": where the town is
                if (role == "locative" and cue.group().lower() == "in" and _RETURNING.search(text, end, until)
                        and _EXILES_BEFORE.search(text, max(0, cue.start() - 40), cue.start())):
                    role = "origin"  # "Syrian refugees in Turkey are returning": where their exile was, not home
                part = _PART_OF_CITY.search(text, max(0, cue.start() - 25), cue.start())
                if (role == "locative" and part and context is not None and place is not None
                        and context.parent == place.id):
                    role, place, words = "origin", context, text[part.start():end]  # "last stronghold in Homs"
                part = _PART_OF_CITY.search(gap)
                if part and context is not None and place is not None and context.parent == place.id:
                    place, words = context, text[cue.end() + part.start():end]  # "their last district of Homs"
        elif roles and previous_end is not None:
            gap = text[previous_end:start]
            attributive = _ATTRIBUTIVE_PART.fullmatch(gap)
            if _POSSESSIVE.fullmatch(gap) or (  # "Homs' al-Waer": the finer place takes the role
                    (_POSSESSIVE_PART.fullmatch(gap) or attributive) and place is not None
                    and ((attributive and attributive["of"])
                         or (roles[-1][1] is not None and inside(place, roles[-1][1])))):
                role = roles[-1][0]
                roles[-1] = (None, roles[-1][1], roles[-1][2])
            elif (_COMMA.fullmatch(gap) and place is not None and roles[-1][1] is not None
                  and inside(roles[-1][1], place)):
                pass  # "to Chico, California": the state only locates the town
            elif roles[-1][0] and _COORDINATED.fullmatch(gap):
                role, joined = ("locative" if roles[-1][0] == _JOINED else roles[-1][0]), True
        if role is None and heading:
            role = sentence.heading_role
        if role == "destination" and _TO_TAKE_OUT.match(text, end):
            role = "origin"
        if role == "locative" and _BECAME_REFUGE_AFTER.match(text, end):
            role = "destination"  # "a parking lot in Chico has become a refuge": where people went
        if role is None and _evacuated(sentence, mention):
            role = "origin"  # "Hay River was evacuated (, with its residents sent to High Level)": the place emptied
        if role is None and _ISSUER_AFTER.match(text, end):
            role = "issuer"  # "Wharton issued an evacuation order for 2,000 residents": where they are told to leave
        if role is None and _RESIDENTS_AFTER.match(text, end):  # "2,000 Kherson residents were evacuated to Odesa"
            # residents not counted are where it happened when a cue names where the people counted left
            # ("Houston residents took in 3,000 evacuees from New Orleans")
            counted = _COUNT_BEFORE.search(text, max(0, start - 30), start)
            role = "locative" if _RETURNING.search(text, end, until) else "origin" if counted else "home"
        if role is None and _home_of_people_counted(text, start, end):
            role = "home"  # "Samar's 4,210 families were evacuated": where they live
        if role is None and _its_people(sentence, start, end, until):
            role = "home"  # "Hay River remained under an order, and officials said its 3,000 evacuees": where they live
        if (role == "locative" and SAYS_AFTER.match(text, end)
                and not PLACE_AUTHORITIES_BEFORE.search(text, max(0, start - 20), start)) or (
                role in ("locative", "origin") and SPEAKER_IN_BEFORE.search(text, max(0, start - 80), start)):
            role = None  # "..., aid workers in Erbil said", "said an aid worker in Erbil": where the speaker is
        if role is not None and _OFFICE_IN_BEFORE.search(text, max(0, start - 100), start):
            role = None  # "the head of the ICRC in Syria": where the office is
        if (role is not None and _VESSEL_OWNED_AFTER.match(text, end)
                and _VESSEL_OWNED_BEFORE.search(text, max(0, start - 6), start)):
            role = None  # "disembarked from a Philippines naval ship": whose ship, not where people were
        if role is not None and (_BORDER_WITH_BEFORE.search(text, max(0, start - 30), start)
                                 or (_ALONG_ITS_BORDER[0].search(text, max(0, start - 20), start)
                                     and _ALONG_ITS_BORDER[1].match(text, end))):
            role = None  # "fled villages near the border with Syria": the neighbour is not where they were or went
        if role is not None and (_HISTORY_AFTER.match(text, end) or _HISTORY_OF_BEFORE.search(text, max(0, start - 20), start)):
            role = None  # "the largest evacuation in Alberta's history": a record's scope
        if place is not None and place.kind in _PEOPLE_FROM_KINDS and _PEOPLE_FROM.match(text, end):
            role = "origin"  # "thousands of Myanmar refugees have crossed into Thailand", "Darfur refugees"
        if (role is not None and _NAMES_EVENT_AFTER.match(text, end)
                and _EVENT_OBJECT_BEFORE.search(text, max(0, start - 60), start)):
            role = None  # "in exchange for the Foua evacuations": another movement's name
        if earlier is not None:
            role = earlier.role(role, start)
        if role is not None and _about_others(text, sentence.others_clauses, after, start):
            # "Some 4,000 people fled Kharkiv; others were heading to Lviv": where others went, not the 4,000
            role = "elsewhere" if role == "destination" else None
        if joined and role == "locative":
            role = _JOINED  # "housed in schools in Mbarara and Kabale": where people are, with the place before
        roles.append((role, place, words))
        previous_end = end
    # The issuer of an order is where people leave only when no cue says where ("Britain urged 4,000 nationals
    # in Sudan to leave": Sudan); where people live is where they leave unless a cue names another origin ("Houston
    # residents took in 3,000 evacuees from New Orleans": Houston is only where it happened).
    placed = any(r in ("origin", "locative", "home") for r, _, _ in roles)
    home = "locative" if any(r == "origin" for r, _, _ in roles) else "origin"
    return [("locative" if r == "issuer" else home if r == "home" else r, p, w) for r, p, w in roles
            if r is not None and not (r == "issuer" and placed)]


def _home_of_people_counted(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` is where the people counted right after it live: its possessive before their
    number ("Samar's 4,210 families"), "had" before their number and their movement ("Samar had 4,210 families
    evacuated"; ``_PEOPLE_HAD``), or a place said to be struck whose people a "with" clause counts ("Syangja was the
    worst hit, with 420 families moved to schools", "Also hit was Parbat, with 300 families ...").

    >>> [_home_of_people_counted(text, 0, 5) for text in ("Samar's 4,210 families left", "Samar had 4,210 families "
    ...     "evacuated", "Samar had 300 mm of rain", "Samar was the worst hit, with 420 families moved")]
    [True, True, False, True]
    """
    had = _PEOPLE_HAD.match(text, end)
    if had is not None and (text[end] in "'’" or _MOVED_AFTER_HAD.match(text, had.end()) is not None):
        return True
    return bool(_STRUCK_WITH_AFTER.match(text, end)
                or (_STRUCK_BEFORE.search(text, max(0, start - 25), start) and _WITH_AFTER.match(text, end)))


def _its_people(sentence: Sentence, start: int, end: int, until: int) -> bool:
    """Whether the place at ``start:end`` opens the sentence, its subject, and "its" counts its people before
    ``until`` with no other place named between (``_ITS_PEOPLE``)."""
    its = _ITS_PEOPLE.search(sentence.text, end, until)
    return (its is not None and sentence.text[:start].strip(" \"“‘'").lower() in ("", "the")
            and not any(end <= other < its.start() for other in sentence.mention_starts))


def _compared_or_spoken(text: str, cue: re.Match, previous_end: int | None) -> bool:
    """Whether the cue's place is only compared with or near another one, on a course weighed against the one
    taken, where a speaker speaks from, or another event's (``_another_subject``)."""
    return bool(_COMPARED_BEFORE.search(text, max(0, cue.start() - 15), cue.start()) or _another_subject(text, cue)
                or _ALTERNATIVE_BEFORE.search(text, max(0, cue.start() - 100), cue.start())
                or (previous_end is not None and _NEAR_AFTER_PLACE.fullmatch(text, previous_end, cue.start()))
                or (cue.group().lower() == "from"
                    and _OTHER_EVENT_BEFORE.search(text, max(0, cue.start() - 30), cue.start())))


def _another_subject(text: str, cue: re.Match) -> bool:
    """Whether a verb cue is another event's: a conjunction opens its clause and its subject is no people
    (``_SUBORDINATE_SUBJECT``)."""
    if not _VERB_CUE.match(cue.group()):
        return False
    clause = _SUBORDINATE_SUBJECT.search(text, max(0, cue.start() - 40), cue.start())
    return clause is not None and _MOVING_SUBJECTS.isdisjoint(clause.group(1).lower().split())


def _about_others(text: str, openers: list[int], after: int, at: int) -> bool:
    """Whether a clause about other people (``_OTHERS_CLAUSE``) opens between the count at ``after`` and the place
    at ``at``, and is still open there (``_ASIDE_CLOSED``)."""
    index = bisect_left(openers, at) - 1
    return index >= 0 and openers[index] >= after and not _ASIDE_CLOSED.search(text, openers[index] + 1, at)


def _in_relative_clause(text: str, openers: list[int], after: int, at: int) -> bool:
    """Whether a relative clause keeps the place at ``at`` from the movement at ``after``: the place lies in one
    opened after the movement and still open ("... from the district, which is the last stronghold in Homs"), or
    the movement lies in one that closed before the place ("Shaun White, who withdrew Wednesday — ... at a park in
    Sochi"); ``after`` 0 (the movement anywhere): one still open at the place, as if opened after the movement (a
    clause closed before it leaves it to the movement: "the floods, which began on Monday, have displaced 2,600 people
    in Sunsari"). A clause opened before the count it places ("..., while 600 others were moved to camps in Ain
    Issa") is the count's own."""
    index = bisect_left(openers, at) - 1  # the last opener before the place (``openers``: where each starts)
    if index < 0:
        return False
    if after == 0 or openers[index] >= after:
        return not _CLAUSE_END.search(text, openers[index] + 1, at)
    return bool(_CLAUSE_END.search(text, after, at))


def relative_clause_of(sentence: Sentence, at: int) -> int | None:
    """Where the words of the relative clause that ``at`` lies in start, after its comma or dash ("..., where clashes in
    El Fasher have forced 5,000 people to flee": the count's places are the clause's, not those of the main clause
    before it), else None."""
    openers = sentence.relative_openers
    index = bisect_left(openers, at) - 1
    if index < 0 or _CLAUSE_END.search(sentence.text, openers[index] + 1, at):
        return None
    return openers[index] + 1


# A cue of taking refuge in a place: "sought refuge in a school in Delmas" (where the school is, people went).
_REFUGE_CUE = re.compile(_REFUGE + "$", _I)


# A place locating a shelter by name of its kind is where people in it are, never whence they came: "who fled the
# floodwaters are staying at a shelter in Houston", "evacuees rest at a convention center set up as a shelter in
# Houston", "in evacuation centres in Tacloban" (not "schools in X" or "buildings in X", which hold others too).
_SHELTER_KIND = r"(?:shelters?|(?:evacuation|evacuee|relief)\s+(?:cent(?:re|er)s?|sites?|camps?))\s+$"
_SHELTER_LOCATED_BEFORE = re.compile(rf"\b{_SHELTER_KIND}", _I)
# ... unless people left it: "fled from a shelter in X", "left the relief camps in X".
_SHELTER_LEFT_BEFORE = re.compile(r"\b(?:from|out\s+of|left|leav(?:e|es|ing)|fle(?:e|es|eing|d)|evacuat\w*|abandon\w*|vacat\w*)"
                                  rf"\s+(?:(?:the|a|an|their|its)\s+)?(?:[\w'’-]+\s+)?{_SHELTER_KIND}", _I)


def _shelter_located(text: str, locative: re.Match) -> bool:
    """Whether a locative cue locates a shelter people are in (``_SHELTER_LOCATED_BEFORE``), not one they left.

    >>> [_shelter_located(t, re.search("in X", t)) for t in ("are staying at a shelter in X",
    ...     "set up as a shelter in X", "fled from a shelter in X", "were in schools in X")]
    [True, True, False, False]
    """
    start = max(0, locative.start() - 60)
    return (_SHELTER_LOCATED_BEFORE.search(text, start, locative.start()) is not None
            and _SHELTER_LEFT_BEFORE.search(text, start, locative.start()) is None)


def _in_facility(text: str, before: re.Match | None, locative: re.Match) -> bool:
    """Whether a locative cue locates where people are put up: after "to", "into", "towards", "sought refuge in" or
    a verb of leaving and "for" (the cue ``before`` it, ``_FACILITY`` between: "sought refuge in a church in Tema",
    "departing for rebel-held areas in Idlib"; not "appealed for tents in X"), or after the relatives or hosts they
    stay with ("took shelter with relatives in Hyderabad")."""
    return ((before is not None and bool(before["destination"])
             and (before.group().lower() in ("to", "into", "toward", "towards") or _REFUGE_CUE.search(before.group()) is not None
                  or (before.group().lower() == "for"
                      and _GOING_FOR.search(text, max(0, before.start() - 30), before.start()) is not None))
             and _FACILITY.fullmatch(text, before.end(), locative.start()) is not None)
            or _WITH_HOSTS.search(text, max(0, locative.start() - 60), locative.start()) is not None)


def _off_vessel(text: str, before: re.Match | None, locative: re.Match) -> bool:
    """Whether a locative cue locates where people got off a vessel: after "from" and a verb of getting off (the cue
    ``before`` it, ``_VESSEL`` between: "disembarked from a naval ship in Cebu"; not "fled from a ship in X", which
    leaves X)."""
    return (before is not None and before.group().lower() == "from"
            and _GOT_OFF_BEFORE.search(text, max(0, before.start() - 20), before.start()) is not None
            and _VESSEL.fullmatch(text, before.end(), locative.start()) is not None)


def _in_settlement_left(text: str, before: re.Match | None, locative: re.Match) -> bool:
    """Whether a locative cue locates an unnamed settlement people left: after a cue of leaving (the cue ``before``
    it, ``_SETTLEMENT`` between: "crossed from a rebel-held town in East Ghouta", "fled a village in Idlib")."""
    return (before is not None and bool(before["origin"]) and not before["residents"]
            and _SETTLEMENT.fullmatch(text, before.end(), locative.start()) is not None)


def _count_after(text: str, end: int) -> int:
    """Where the count a place ending at ``end`` heads would start (``_HEADS_COUNT``, or "with" in a ranking: ``RANKED``),
    else -1."""
    match = _HEADS_COUNT.match(text, end)
    if match is None:
        ranked = _RANKED_HEAD.match(text, end)  # "followed by Unity with 146,000"
        match = ranked if ranked is not None and RANKED.search(text, max(0, end - 120), end) else None
    return match.end() if match is not None else -1


def _heads(text: str, end: int, count: int) -> bool:
    """Whether the place ending at ``end`` heads the count starting at ``count`` (``_HEADS_COUNT``)."""
    # (only a colon, a dash, a bracket, a kind word or a share between: most mentions are farther, answered unmatched)
    return 0 <= count - end <= 40 and _count_after(text, end) == count


def headed(sentence: Sentence, start: int) -> bool:
    """Whether a place heads the count starting at ``start`` as in a table ("Albay: 4,560 evacuees")."""
    return any(_heads(sentence.text, m.end - sentence.start, start) for m in sentence.mentions)


# A bare figure placed by a name right after it ("..., 1,722 in Zorblat", "1,722 in eight places in Zorblat").
_PLACED_AFTER_FIGURE = re.compile(r"\s+(?:in|at)\s+(?:(?:[\w-]+\s+){1,2}(?:in|at)\s+)?(?:the\s+)?"
                                  r"(?P<name>(?-i:[A-Z][a-z][\w'’-]*))", _I)


def unknown_placed(sentence: Sentence, end: int) -> bool:
    """Whether the bare figure ending at ``end`` is placed right after it by a name the gazetteer does not know: its
    own place, which neither a place named before it in the sentence nor the article's stands in for.

    >>> text = "Some 700 people were displaced in Alpha, 120 in Zorblat and 60 in eight places in the Forest."
    >>> row = Sentence(0, len(text), text, ())
    >>> [unknown_placed(row, text.index(figure) + len(figure)) for figure in ("700", "120", "60")]
    [False, True, True]
    """
    placed = _PLACED_AFTER_FIGURE.match(sentence.text, end)
    return (placed is not None and placed.start("name") not in sentence.mention_starts
            and placed["name"].lower() not in _NOT_A_NAME)


def unknown_row(sentence: Sentence, start: int) -> bool:
    """Whether a name the gazetteer does not know heads the count starting at ``start`` as a row of a list ("...;
    Saleh Pat Camp - 650 people"; ``_ROW_LABEL``), not a label of what is counted ("Children: 400").

    >>> text = "Families are in camps: Saleh Pat Camp - 650 people; Kot Camp: 400 people."
    >>> row = Sentence(0, len(text), text, ())
    >>> unknown_row(row, text.index("650")), unknown_row(row, text.index("400"))
    (True, True)
    >>> text = "Families are in camps, Evacuated - 650, in tents 400."
    >>> unknown_row(Sentence(0, len(text), text, ()), text.index("650"))
    False
    """
    label = _ROW_LABEL.search(sentence.text, max(0, start - 80), start)
    return (label is not None and not counted_label(label["name"])
            and not any(label.start("name") <= at < label.end("name") for at in sentence.mention_starts))


def _generic_origin(text: str, after: int) -> str | None:
    """ "the district", "this city" ... right after an origin cue: the article's place, unnamed ("the 3,100
    residents of the camp" need not be the article's)."""
    for cue in _CUE.finditer(text, after):
        if cue["origin"] and not cue["residents"] and (match := _GENERIC_ORIGIN.match(text, cue.end())):
            return match.group().strip()
    return None


# A verb of receiving right before a count, or a hedge between (not "received reports of 2,000"), or a part of them ("is
# taking in many of the thousands displaced"): the count's people arrived where its subject is ("the city had received
# more than 100,000 evacuees", "Dnipro has taken in 20,000 displaced people").
_HEDGED_COUNT_NEXT = (r"\s+(?:(?:more|than|over|some|about|around|nearly|almost|at|least|an|estimated|up|to|another|a"
                      r"|further|close|roughly|approximately)\s+){0,3}(?:(?:many|most|some)\s+of\s+(?:the\s+)?)?$")
_RECEIVED_BEFORE = re.compile(
    r"(?P<verb>\b(?:receiv|welcom|accommodat)(?:ed|es|ing)|\bhost(?:ed|s|ing)|\bt(?:ook|aken|akes|aking)\s+in)"
    + _HEDGED_COUNT_NEXT, _I)
# A place expecting a count to arrive receives them as one receiving them does ("Germany expects 800,000 migrants to
# arrive this year"; not "Syria expects 100,000 to flee"): the verb before the count, the arrival after it in its clause.
_EXPECTED_BEFORE = re.compile(r"(?P<verb>\b(?:expect|await)(?:s|ed|ing)?)" + _HEDGED_COUNT_NEXT, _I)
_ARRIVING_AFTER = re.compile(r"(?:[^;:,()]|,(?=\d)){0,60}?\bto\s+(?:arrive|come)\b", _I)
# The subject of that verb: a place called the city, the town ... (the article's place), or a place mention, an aside
# on it between ("Kaya, which had 50,000 residents before the war, now hosts 100,000 people").
_RECEIVER_BEFORE = re.compile(
    r"(?:\b(?P<generic>(?:the|this|that|its)\s+(?:[\w'’-]+\s+)?(?:city|town|village|region|province|country|district"
    r"|area|state))|(?P<named>\S))(?:\s*,(?:[^,;.()]|[,.](?=\d)){1,100},)?\s+(?:(?:has|had|have|is|was|were|are)\s+)?"
    r"(?:(?:already|now|so\s+far|since|also)\s+)?$", _I)
# ... or, before a participle of receiving, the subject of the clause it is joined to by a comma: the place that grew
# or filled took the people in ("Lakeside has grown by a third, taking in 90,000 people from Riverton").
_PARTICIPLE_SUBJECT = re.compile(r"(?P<named>\S)\s+(?:has|had|have|is|was)\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+\s*,\s*$", _I)


# A count opening a clause on a shelter a place names, "where" before it ("a Chico shelter where about 200 evacuees
# are staying", "at shelters in Chico, where 900 people sleep"): the people are in that place.
_WHERE_BEFORE = re.compile(r"\s*,?\s+where\s+$", _I)
_SHELTER_NAMED_BEFORE = re.compile(rf"\s+(?:(?:evacuation|evacuee|emergency|relief|temporary|makeshift)\s+)?(?:{SHELTERS})$", _I)
_SHELTER_IN_BEFORE = re.compile(rf"\b(?:{SHELTERS})\s+(?:in|at|near)\s+(?:the\s+)?$", _I)
# A place naming the building that shelters a count, right before its noun, past its possessive and one lower-case
# word of its kind: "the Houston convention center is sheltering 5,000 evacuees", "Lakeside's sports hall" (not
# "Galveston's mayor said churches are sheltering": the mayor's).
_NAMES_FACILITY = re.compile(r"(?:['’]s)?\s+(?:(?-i:[a-z])[\w-]*\s+)?")


# People counted who arrived in "the state" (the city ...) after the count, in its clause: received there too ("16,500
# displaced people from Wad Madani had arrived in the state"; not "the city of Erbil", which is named); so are people
# who arrived, come or are expected "here", where the speaker is ("7,500 evacuees are expected here by Sunday").
_ARRIVED_IN_GENERIC = re.compile(
    r"[^;:()]{0,120}?\b(?:(?:arriv(?:e|es|ed|ing)\s+(?:in|at)|reach(?:es|ed|ing)?|c(?:a|o)me\s+to)\s+"
    r"(?P<generic>(?:the|this|that|his|her|their)\s+(?:[\w'’-]+\s+)?(?:city|town|village|region|province|country|district|area|state))"
    r"\b(?!\s+of\b)"
    r"|(?:arriv(?:e|es|ed|ing)|c(?:a|o)m(?:e|es|ing)|expected|due|headed|heading|bound|sent|brought|(?:bus|fl)(?:ed|own))"
    r"\s+(?P<here>here)\b)", _I)
_TOWN_NOUN = re.compile(r"\b(?:city|town|village)$", _I)
# "his city" (her, their ...) is the place of the official the sentence names first: "Lakeside Mayor Ann Cole said
# 40,000 evacuees had arrived in his city", "the mayor of Lakeside said ... in her city"; "here" is where they speak.
_OFFICIALS_PLACE = re.compile(r"^(?:his|her|their|here)\b", _I)


def receiver(sentence: Sentence, count_start: int, context: Place | None,
             town: Callable[[], Place | None] = lambda: None, listed: bool = False) -> tuple[Place, str] | None:
    """The place that received the people a count counts ("the city had received more than 100,000
    evacuees" in an article filed from Zaporizhzhia, "Dnipro has received 20,000 evacuees from Mariupol"): the
    place mention right before the verb of receiving; when it is "the city" (or the town ...) and the sentence does
    not name it after "from", the town the sentence before says people went to (``town``, read only then: "Many
    headed to Wad Madani. The city had received 150,000"), else ``context`` (the place the article was filed
    from, else the article's place); "his city" (her, their) is the place the sentence names first, its official's
    ("Lakeside Mayor Ann Cole said 40,000 evacuees had arrived in his city"). The subject of a participle of
    receiving may be that of the clause it is joined to ("Lakeside has grown by a third, taking in 90,000 people");
    None when the count is no object of such a verb or its subject is no place. People counted who arrived in
    "the state" (the city ...) were received by the place it stands for too (``_ARRIVED_IN_GENERIC``). With the
    place, the words of the subject.

    A count ``listed`` after the first of places that received people ("Hungary has received 180,000 refugees,
    Slovakia 128,000") was received by the place mention right before it; one opening a "where" clause on a shelter a
    place names was received by that place ("a Chico shelter where about 200 evacuees are staying", ``_shelter_place``).

    An arrival there: it is the movement's destination, never its origin.
    """
    text = sentence.text
    if listed:  # (a ranking's place before "with" or "at": "followed by Beta at 146,000")
        return _mention_ending(sentence, len(_RANKED_FIGURE_BEFORE.sub("", text[:count_start].rstrip())))
    where = _WHERE_BEFORE.search(text, max(0, count_start - 12), count_start)
    if where is not None:
        return _shelter_place(sentence, where.start())
    sheltering = FACILITY_SHELTERING.search(text, max(0, count_start - 120), count_start)
    if sheltering is not None:
        return next(((m.place, m.text) for m in sentence.mentions if m.place is not None
                     and _NAMES_FACILITY.fullmatch(text, m.end - sentence.start, sheltering.start())), None)
    verb = _RECEIVED_BEFORE.search(text, max(0, count_start - 60), count_start)
    if verb is None and _ARRIVING_AFTER.match(text, count_start):
        verb = _EXPECTED_BEFORE.search(text, max(0, count_start - 60), count_start)
    if verb is None:
        arrived = _ARRIVED_IN_GENERIC.match(text, count_start)  # "... had arrived in the state"
        return None if arrived is None else _generic_receiver(sentence, arrived["generic"] or arrived["here"], context, town)
    subject = _RECEIVER_BEFORE.search(text, max(0, verb.start() - 160), verb.start())
    if subject is not None and subject["generic"]:
        return _generic_receiver(sentence, subject["generic"], context, town)
    named = None if subject is None else _mention_ending(sentence, subject.end("named"))
    if named is None and verb["verb"].split()[0].endswith("ing"):  # "taking in"
        joined = _PARTICIPLE_SUBJECT.search(text, max(0, verb.start() - 80), verb.start())
        return None if joined is None else _mention_ending(sentence, joined.end("named"))
    return named


def _shelter_place(sentence: Sentence, end: int) -> tuple[Place, str] | None:
    """The place naming the shelter the words before ``end`` end with ("a Chico shelter", "shelters in Chico"), if
    any, with its words."""
    text = sentence.text[:end]
    shelter = _SHELTER_NAMED_BEFORE.search(text)
    if shelter is not None:
        return _mention_ending(sentence, shelter.start())
    return next(((m.place, m.text) for m in sentence.mentions if m.end - sentence.start == end and m.place is not None
                 and _SHELTER_IN_BEFORE.search(sentence.text, max(0, m.start - sentence.start - 40), m.start - sentence.start)),
                None)


def _mention_ending(sentence: Sentence, end: int) -> tuple[Place, str] | None:
    """The resolved place mention (and its words) ending at ``end`` of the sentence, if any."""
    return next(((m.place, m.text) for m in sentence.mentions if m.end - sentence.start == end and m.place is not None),
                None)


def _generic_receiver(sentence: Sentence, words: str, context: Place | None,
                      town: Callable[[], Place | None]) -> tuple[Place, str] | None:
    """The place "the city" (the state ...) that received people stands for (``receiver``), with those words; None
    when the sentence says people came from it: "the city had received 20,000 evacuees from Mariupol" is not about
    Mariupol, however often the article names it."""
    official = _OFFICIALS_PLACE.match(words) is not None
    place = ((official and next((m.place for m in sentence.mentions if m.place is not None), None))
             or (town() if _TOWN_NOUN.search(words) else None) or context)
    came_from = any(m.place is not None and place is not None and m.place.id == place.id
                    and sentence.text[:m.start - sentence.start].rstrip().lower().endswith("from") for m in sentence.mentions)
    return None if came_from or place is None else (place, words)


# A leg the same people travelled on after reaching a destination: "fled from Omdurman to Wad Madani, and later moved on
# to Gedaref", "went on to", "then to".
_ONWARD = re.compile(r"\b(?:(?:moved|went|gone|travell?ed|continued|pressed|carried|headed|journeyed)\s+on(?:wards?)?"
                     r"|onwards?|then(?:\s+on)?)\s+(?:to|towards|into|for)\b", re.IGNORECASE)


def onward_leg(sentence: Sentence, where: Where, after: int = 0) -> tuple[Where, Where] | None:
    """A movement's two legs when the sentence sends its people on from the destination they reached: the first leg
    to the destinations named before the onward cue, and the onward one from the last of them to those after it
    ("fled from Omdurman to Wad Madani, and later moved on to Gedaref": Omdurman to Wad Madani, then Wad Madani to
    Gedaref, the same people; not Omdurman to Gedaref too); None otherwise."""
    cue = _ONWARD.search(sentence.text, after)
    if cue is None or not where.destinations:
        return None
    at = sentence.start + cue.start()
    ids = {p.id for p in where.destinations}
    reached = [m for m in sentence.mentions if m.place is not None and m.place.id in ids and m.end <= at]
    later = [m for m in sentence.mentions if m.place is not None and m.place.id in ids and m.start >= at]
    if not reached or not later:
        return None
    onward_ids = {m.place.id for m in later} - {m.place.id for m in reached}
    onward_texts = {m.text for m in later}
    first = replace(where, destinations=tuple(p for p in where.destinations if p.id not in onward_ids),
                    destination_texts=tuple(w for w in where.destination_texts if w not in onward_texts))
    places_on = tuple(p for p in where.destinations if p.id in onward_ids)
    onward = Where(reached[-1].place, reached[-1].text, places_on,
                   tuple(w for w in where.destination_texts if w in onward_texts), True)
    return (first, onward) if places_on else None


def _listed_destinations_origins(sentence: Sentence, after: int) -> list[tuple[Place | None, str]]:
    """The origins of the whole sentence for a count its destination heads as in a list: "moved out of Atbara to
    nearby towns, including Berber (900 people) and Shendi (400 people)" moved each part out of Atbara."""
    if after == 0 or sentence.heading_role != "destination" or not headed(sentence, after):
        return []
    return [(p, w) for r, p, w in sentence.roles_of_the_whole if r == "origin"]


def places(sentence: Sentence, context: Place | None, after: int = 0, until: int | None = None,
           earlier: EarlierMove | None = None) -> Where:
    """Origin and destinations from the cues and mentions of the sentence from ``after`` (to ``until``), the
    places of an ``earlier`` movement of the people counted read for the movement counted."""
    roles = _roles(sentence, context, after, until, earlier)
    origins = [(p, w) for r, p, w in roles if r == "origin"] or _listed_destinations_origins(sentence, after)
    destinations: dict[str, tuple[Place | None, str]] = {}
    for role, place, words in roles:
        if role == "destination":
            destinations.setdefault(place.id if place else words.lower(), (place, words))
    if not destinations and (unknown := _unknown_destination(sentence, after, until)):
        destinations[unknown.lower()] = (None, unknown)  # a place the gazetteer does not know: the article's is not it
    generic = None if origins else _generic_origin(sentence.text[:until], after)
    located = not origins and generic is None
    locatives = _own_locatives(roles, destinations)
    if located:  # "800 people evacuated in Mizia": where the displacement happened, else where a disaster struck
        origins = _refined(locatives) or _struck_here(sentence, after, until)
    origin, origin_text = origins[0] if origins else (None, "")
    if generic is not None:  # "left the camp for Somalia" in an article about Somalia: the camp is not Somalia
        named = context is not None and context.id in destinations
        origin, origin_text = None if named else context, generic
    if origin is not None:
        destinations.pop(origin.id, None)
    # one count of several: the places its sentence names as destinations of the others are not where it left
    # ("fled to Mosul: 2,000 people, Erbil: 3,000 people" in an article about Mosul)
    destined = (sentence.destination_ids
                if origin is None and not origin_text and context is not None and (after > 0 or until is not None)
                else frozenset(p.id for r, p, _ in roles if r == "elsewhere" and p is not None))
    return Where(origin, origin_text, tuple(p for p, _ in destinations.values() if p is not None),
                  tuple(w for _, w in destinations.values()), bool(origins or destinations or generic),
                  located and bool(origins),
                  _joined_with(roles, origins[0]) if located and origins else _distinct(locatives),
                  destined, origin is None and not origin_text and _unknown_origin(sentence, after, until),
                  generic is not None and origin is not None,
                  joined_origins=tuple(p for p, _ in origins[1:] if p is not None) if generic is None and not located else ())


def respective_place(sentence: Sentence, context: Place | None, after: int, until: int | None, position: int, listed: int,
                     earlier: EarlierMove | None = None) -> Where | None:
    """The places of the figure at ``position`` of ``listed`` figures before one noun that "respectively" pairs with the
    places read from ``after`` (to ``until``): the place at that position of a list of as many origins, else
    destinations, else places the movement is only located in ("1,200 and 800 people were evacuated from Sukkur and
    Larkana respectively": 800 from Larkana); None when no list has as many places."""
    roles = _roles(sentence, context, after, until, earlier)
    where = places(sentence, context, after, until, earlier)
    for role in ("origin", "destination"):
        listed_places = [(p, w) for r, p, w in roles if r == role]
        if len(listed_places) == listed:
            place, words = listed_places[position]
            if role == "origin":  # its own place of the list, not the list's
                return replace(where, origin=place, origin_text=words, joined_origins=())
            return replace(where, destinations=(place,) if place is not None else (), destination_texts=(words,))
    located = where.each_listed()
    return located[position] if len(located) == listed else None


def listed_places(sentence: Sentence, context: Place | None, after: int, until: int | None, named: Sequence[Place],
                  earlier: EarlierMove | None = None) -> Where:
    """The places of a figure listed with others before one noun and places listed after them with no "respectively"
    ("1,200 and 800 people were evacuated from Sukkur and Larkana"): pairing them in order is a guess, so each figure
    has them all, the places read from ``after`` (to ``until``), several origins standing as one: the finest place
    the article names (``named``) holding them all (Sindh), else the first."""
    return places(sentence, context, after, until, earlier).over_origins(named)


def _distinct(located: list[tuple[Place | None, str]]) -> tuple[tuple[Place, str], ...]:
    """The places located, each once: a dateline and the text may name the same one ("EDMONTON — 4,500 evacuees had
    registered in Edmonton")."""
    first: dict[str, tuple[Place, str]] = {}
    for place, words in located:
        if place is not None:
            first.setdefault(place.id, (place, words))
    return tuple(first.values())


def _joined_with(roles: list[tuple[str, Place | None, str]], first: tuple[Place | None, str]) -> tuple[tuple[Place, str], ...]:
    """The places joined to ``first`` by "and", "or" or a comma (role ``_JOINED``): where people who arrived or are
    sheltered are besides it ("housed in schools in Mbarara and Kabale"); a departure keeps only the first."""
    at = next((i for i, (_, p, w) in enumerate(roles) if (p, w) == first), len(roles))
    joined = []
    for role, place, words in roles[at + 1:]:
        if role != _JOINED:
            break
        if place is not None:
            joined.append((place, words))
    return tuple(joined)


# A division named after "to" that no place mention stands for: a destination the gazetteer does not know ("the return of
# 3,900 evacuees to St. John's parish"), which the article's place must not stand in for. Not one the words before its
# kind only describe ("to a neighbouring district", "to their home county").
_UNKNOWN_TO = re.compile(r"\b(?:to|into)\s+(?:the\s+)?(?P<name>(?!(?:an?|the|this|that|their|his|her|its|our|same|other|another"
                         r"|each|every|one|home|whole|entire|nearby|neighbou?ring|adjacent|adjoining|surrounding|affected"
                         r"|safer?|new|next|northern|southern|eastern|western|central)\b)[\w.'’-]+"
                         r"(?:\s+(?!(?:an?|the|this|that|their|his|her|its|our)\b)[\w.'’-]+)?\s+"
                         r"(?:parish|county|district|province|governorate|prefecture|municipality))\b", _I)


def _unknown_destination(sentence: Sentence, after: int, until: int | None) -> str:
    """The words of a division named after "to" that no place mention stands for (``_UNKNOWN_TO``), else "".

    >>> s = Sentence(0, 52, "the return of 3,900 evacuees to St. John's parish.", ())
    >>> _unknown_destination(s, 0, None), _unknown_destination(Sentence(0, 30, "they fled to a nearby district", ()), 0, None)
    ("St. John's parish", '')
    >>> _unknown_destination(Sentence(0, 30, "allowed them to enter the district", ()), 0, None)
    ''
    """
    end = len(sentence.text) if until is None else until
    starts = sentence.mention_starts
    return next((m["name"] for m in _UNKNOWN_TO.finditer(sentence.text, after, end)
                 if not any(m.start("name") <= start < m.end("name") for start in starts)), "")


def _unknown_origin(sentence: Sentence, after: int, until: int | None) -> bool:
    """Whether a name after "from" between ``after`` and ``until`` is no place mention (``_UNKNOWN_FROM``), the
    people left shelters (``_LEFT_A_SHELTER``), or the name heading a bulleted row is none (``_ROW_NAME``)."""
    starts = sentence.mention_starts
    row = _ROW_NAME.match(sentence.text) if after == 0 else None
    if row is not None and not counted_label(row["name"]) and not any(
            row.start("name") <= start < row.end("name") for start in starts):
        return True
    end = len(sentence.text) if until is None else until
    return any(m.start("name") not in starts and m["name"].lower() not in _NOT_A_NAME
               for m in _UNKNOWN_FROM.finditer(sentence.text, after, end)) or bool(
        _LEFT_A_SHELTER.search(sentence.text, after, end))


def _own_locatives(roles: list[tuple[str, Place | None, str]], destinations: dict[str, tuple[Place | None, str]]
                   ) -> list[tuple[Place | None, str]]:
    """The places that locate the movement, none of its destinations; not a country located after a destination
    country, which another figure's people reached ("281,000 people entering Poland, more than 84,500 in Hungary").

    >>> pl = Place("g:pl", "Poland", 52.0, 20.0, "country", "PL")
    >>> hu = Place("g:hu", "Hungary", 47.0, 19.0, "country", "HU")
    >>> _own_locatives([("destination", pl, "Poland"), ("locative", hu, "Hungary")], {pl.id: (pl, "Poland")})
    []
    >>> [w for _, w in _own_locatives([("locative", hu, "Hungary"), ("destination", pl, "Poland")], {pl.id: (pl, "Poland")})]
    ['Hungary']
    """
    own: list[tuple[Place | None, str]] = []
    reached_country = False
    for role, place, words in roles:
        if role == "destination" and place is not None and place.kind == "country":
            reached_country = True
        elif (role in ("locative", _JOINED) and (place is None or place.id not in destinations)
              and not (reached_country and place is not None and place.kind == "country")):
            own.append((place, words))
    return own


def _refined(locatives: list[tuple[Place | None, str]]) -> list[tuple[Place | None, str]]:
    """The first place located, or a later one that lies in it ("In California, the fire forced 250,000 people to
    evacuate in Ventura County": Ventura County); a later place elsewhere is another event's.

    >>> california = Place("g:1", "California", 37.0, -120.0, "admin1", "US")
    >>> ventura = Place("g:2", "Ventura County", 34.4, -119.1, "admin2", "US", parent="g:1")
    >>> [p.name for p, _ in _refined([(california, "California"), (ventura, "Ventura")])]
    ['Ventura County']
    >>> [p.name for p, _ in _refined([(ventura, "Ventura"), (california, "California")])]
    ['Ventura County']
    """
    chosen = locatives[:1]
    for place, words in locatives[1:]:
        first = chosen[0][0]
        if place is not None and first is not None and place.id != first.id and inside(place, first):
            chosen = [(place, words)]
    return chosen


def place_before(text: str, previous: tuple[int, int], mentions: Sequence[Mention], starts: list[int],
                  context: Place | None) -> Place | None:
    """The first resolved place the previous sentence of the same paragraph names as where something
    happened or started ("Floods hit villages in Jiangxi. 400 people were evacuated."), else the first one a
    disaster struck there ("A landslide struck Rangamati. 800 people were displaced."), else None.

    >>> text = "A landslide struck the hill district of Rangamati on Sunday. 800 people were displaced."
    >>> hill = Mention("d", "Rangamati", 40, 49, Place("t:r", "Rangamati", 22.6, 92.2, "admin2", "BD"))
    >>> place_before(text, (0, 60), [hill], [40], None).name
    'Rangamati'
    >>> told = "Rangamati officials said a landslide struck the hills. 800 people were displaced."
    >>> place_before(told, (0, 54), [Mention("d", "Rangamati", 0, 9, hill.place)], [0], None) is None
    True
    """
    located = next((p for r, p, _ in _roles_before(text, previous, mentions, starts, context)
                    if p is not None and r in ("origin", "locative")), None)
    return located or _struck_before(text, previous, mentions, starts)


def _struck_before(text: str, previous: tuple[int, int], mentions: Sequence[Mention],
                   starts: list[int]) -> Place | None:
    """The first resolved place a disaster strikes in the previous sentence of the same paragraph (``_struck``)."""
    start, end = previous
    if not goes_on(text, previous):
        return None
    struck = _struck(text[start:end], start, mentions[bisect_left(starts, start):bisect_left(starts, end)])
    return struck[0].place if struck else None


def _struck(text: str, offset: int, mentions: Sequence[Mention]) -> list[Mention]:
    """The resolved mentions (of ``text``, which starts at ``offset``) a disaster strikes (``_STRUCK``): a verb acting
    on the place right before its name or its kind ("struck the hill district of Rangamati"), or the place it struck
    named before a passive one ("Rangamati was battered by the cyclone", ``_STRUCK_BY_AFTER``)."""
    struck = []
    for mention in mentions:
        at = mention.start - offset
        verbs = list(_STRUCK.finditer(text, max(0, at - 60), at))
        if verbs and verbs[-1]["out"] and _SUBORDINATE_SUBJECT.search(text, max(0, verbs[-1].start() - 40), verbs[-1].start()):
            verbs = []  # "since violence erupted in X": when they moved, not where
        if mention.place is not None and ((verbs and gap_ok(_KIND_OF.sub("", text[verbs[-1].end():at]), 1))
                                          or _STRUCK_BY_AFTER.match(text, mention.end - offset) is not None):
            struck.append(mention)
    return struck


def _struck_here(sentence: Sentence, after: int, until: int | None) -> list[tuple[Place | None, str]]:
    """Where a disaster the sentence tells struck, as the place of a count it locates nowhere else ("A landslide
    struck Rangamati, displacing 800 people"): the last place struck before the count at ``after``, else the first
    after it (before ``until``)."""
    end = len(sentence.text) if until is None else until
    struck = [m for m in _struck(sentence.text, sentence.start, sentence.mentions) if m.start - sentence.start < end]
    before = [m for m in struck if m.start - sentence.start < after]
    chosen = before[-1:] or struck[:1]
    return [(m.place, m.text) for m in chosen]


def town_reached_before(text: str, previous: tuple[int, int], mentions: Sequence[Mention], starts: list[int],
                        context: Place | None) -> Place | None:
    """The last town the previous sentence of the same paragraph names as where people went ("Many headed to Wad
    Madani. Authorities said the city had received 150,000 people": the city is Wad Madani), else None."""
    return next((p for r, p, _ in reversed(_roles_before(text, previous, mentions, starts, context))
                 if p is not None and r == "destination" and fineness(p) <= FINENESS["city"]), None)


def pair_before(text: str, mentions: Sequence[Mention], starts: list[int], start: int) -> Place | None:
    """The first of the last two places the article joins by "and" before ``start`` ("80 buses left Fuaa and Kafraya"),
    which "the two towns" after it stand for (``PAIR_NAMED``); None when it joins none.

    >>> a, b, c = (Place(f"t:{n}", n, 0.0, 0.0, "city") for n in ("Foua", "Kefraya", "Rashidin"))
    >>> text = "Buses left Foua and Kefraya. They reached Rashidin. 5,000 had left the two towns."
    >>> found = [Mention("d", p.name, text.index(p.name), text.index(p.name) + len(p.name), p) for p in (a, b, c)]
    >>> pair_before(text, found, [m.start for m in found], text.index("5,000")).name
    'Foua'
    >>> pair_before(text, found[1:], [m.start for m in found[1:]], text.index("5,000")) is None
    True
    """
    for at in range(bisect_left(starts, start) - 1, 0, -1):
        first, second = mentions[at - 1], mentions[at]
        if first.place is not None and second.place is not None and _AND_BETWEEN.fullmatch(text, first.end, second.start):
            return first.place
    return None


def goes_on(text: str, previous: tuple[int, int]) -> bool:
    r"""Whether the sentence after ``previous`` goes on with it: in its paragraph, or after a line that is that one
    full sentence alone, as agency copy sets each sentence apart ("Meanwhile, in Sabah, 366 victims remained at two
    centres in Beaufort.\n\nThe secretariat said 328 of them were at Dewan Slago."); not after a heading, which has no
    full stop, nor after a paragraph of several sentences, whose last may be an aside.

    >>> goes_on("Floods hit Molo. 400 fled.", (0, 16)), goes_on("Floods hit Molo.\n\n400 fled.", (0, 16))
    (True, True)
    >>> goes_on("Floods hit Molo\n\n400 fled.", (0, 15)), goes_on("Rain fell. Floods hit Molo.\n\n400 fled.", (11, 27))
    (False, False)
    """
    start, end = previous
    if "\n" not in text[end:end + 3]:
        return True
    opening = text.rfind("\n", 0, start) + 1  # where the line of the sentence before opens
    return (not text[opening:start].strip() and "\n" not in text[start:end]
            and text[start:end].rstrip().endswith((".", '."', ".”")))


def _roles_before(text: str, previous: tuple[int, int], mentions: Sequence[Mention], starts: list[int],
                  context: Place | None) -> list[tuple[str, Place | None, str]]:
    """The roles of the places of the previous sentence, none when a paragraph ends after it (``goes_on``)."""
    start, end = previous
    if not goes_on(text, previous):
        return []
    sentence = Sentence(start, end, text[start:end], tuple(mentions[bisect_left(starts, start):bisect_left(starts, end)]))
    return _roles(sentence, context, 0) if sentence.mentions else []
