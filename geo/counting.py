"""Which numbers of a sentence count people (or homes) that moved: ``moving_counts(sentence)``.

Each ``Counted`` keeps the count, its unit (the head noun's, ``geo.vocabulary.UNITS``), where its noun
phrase ends, and what belongs to it (a breakdown, the same people in another unit). ``withdrawn`` (``geo.heads``) and
``housing_term`` (``geo.homes``) say whether a count can be withdrawn and what happened to counted homes.

The rules below live beside it, one job a module: ``geo.heads`` (the people a count names: its unit, from its head
noun), ``geo.predicates`` (the verb a count belongs to), ``geo.rejections`` (what a number counts that is not people
who moved), ``geo.tallies`` (tallies and labels), ``geo.clauses`` (a count's clause and the loose reading) and
``geo.homes`` (homes counted); breakdowns and the same people in another unit are read here.

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
  times, ordinals, percentages), populations ("home to some 75,000 people", "a capital of three million people", "a country of just 3.8 million",
  "75,000 people live", "the city's population was 1.5 million", "the valley, which has some 12,000 people", "a
  levee built to protect 40,000 residents"; not people named as displaced:
  "hosts 1,500 evacuees", "a displaced population of 50,000", or whom a relative
  clause moves: "hosts some 80,000 refugees who fled the fighting", or an aside on most of them: "hosts 270,000
  people, most of them displaced", or who came lately: "hosts 9,000 new arrivals"; nor people a
  school, camp or hall is sheltering: "schools are sheltering 900 people"), capacities, even of evacuees ("centres
  can hold 5,000 people", "room for 3,000 evacuees", "can accommodate a further 50,000", or told after the count:
  "tents in which up to 10 people can take shelter"), casualties ("killed hundreds",
  "450.000 Syrians lost their lives", in the present or hedged too: "the quake kills 90 residents", "65 people known to
  have died"), people a hazard or displacement threatens ("displacement threatens millions of people"; not "residents
  threatened by the flames were evacuated"), group sizes ("groups of about 15 people each"; not a figure for each of
  several places: "37,000 in each of the districts of X and Y", nor a rate: "2,000 people each day"), someone's own family ("she has nine children", unless a movement follows),
  camps named for their people ("42 internally displaced persons (IDP) camps", "14 internally displaced camps"), movements counted as events ("59
  massive displacements"), parts ("most of the
  20,000 residents", "many of the country's 22 million people", "300 of the 5,400 residents" (the part counts what the whole's noun names: "1,600 of its 4,600
  residents had evacuated"), "four out of 10 residents"; but "half of the 4 million Syrians who
  have fled are children" counts the 4 million: the relative clause moves the whole; an exact share counts its part:
  "half of the 4,800 residents fled" 2,400, "40% of the 2 million" 800,000, ``geo.numbers.share_before``). A participle between
  the figure and its noun keeps the noun's unit ("900 displaced families" are families), as does a town's name ending
  in -s ("1,800 Forbes residents"). Figures of people
  below ``MIN_COUNT`` (10) make no report: "two men left the building" is an anecdote; people swept or washed away
  or buried are a disaster's dead or missing ("2,000 were displaced and 12 were swept away"); families,
  households and homes count however few ("a fire left three families homeless"). People on board after a
  preposition are a vehicle's occupants ("a plane that went down with 54 people on board") unless their own
  verb after it moves them ("buses with 2,000 people on board left the city"); passengers and crew
  (``OCCUPANTS``) always are ("all 222 passengers were evacuated": a plane emptied), unless they arrive in a sentence
  about an evacuation ("the first mass evacuations ..., with the arrival of 1,435 passengers from the islands") or are
  counted as a rate, a stream of people rather than one vehicle's load ("transported 900 passengers a day from the city"). The count's own verb must
  be a movement (``other_predicate``): the verb right before it whose object it is (past its particle: "forced out 500
  residents"), or the first verb
  after its noun phrase whose subject it is (past an aside between dashes: "40,000 people — half the
  population — may need food", or a part of them between commas: "buses carrying 1,100 people, among them
  300 fighters, left the town" moved the people); "a brawl involving 200 people", "the toll topped 670 people",
  "10 people complained", "260 men were detained", "aid reached thousands of people", "power was shut off for
  9,000 people" (a deed done for them), "300 soldiers evacuated villagers" (they moved others), "the evacuation is
  supported by 1,000 troops", "the presence of thousands of troops" (its helpers, people there) are not reports.
  Verbs of reporting and causing pass the decision on ("recorded 3,450 households ... displaced", "forced
  17,000 to leave", "helped 800 residents flee", "started to leave", "continued to arrive");
  "withdrew"/"pulled out" move fighters, troops and people a state removes, not members or admissions
  (``withdrawn``); a bare figure that is a tally's value counts what the tally names ("the number of
  displaced families has risen to 2,300", "the number of people in evacuation centres", "the displaced
  population reached 50,000", "the displaced could reach 40,000", "may number about 12,000", "the number of Syrians
  registered as refugees has reached the 1 million mark", "the displaced, numbering about 14,000", in Spanish and Portuguese after "es de", "é de" or a verb of rising and
  "a": "el número de desplazados es de 3.400"), or people it names with their movement or the state it put them in ("the number of Karens who
  have crossed into Thailand has reached 12,000", "the number of those who have taken shelter"; not "the number of
  trucks that crossed", nor "..., the number of vehicles is 21,103", a tally after a comma and no table's cell). People told by where they live, or were trapped, stranded or kept waiting, and then moved are no population ("35,000 people living near the
  volcano have been evacuated", "900 civilians trapped in the old city were evacuated"; not when a conjunction opens another clause before the
  movement, whose flight is other people's: "900 families trapped in Goma as shelling goes on and others flee"), nor are people staying or trapped where their flight took them ("10,000
  civilians remain trapped on the mountain since being driven out of their villages", "after fleeing"); a count's noun phrase that puts them in shelter moves them ("forced 6,000
  people into shelters"). A bare figure after a report's place and "and" (or a list's comma and "and": "..., 3,200 in
  Larkana, and 900 in Jacobabad") says the same of other people ("709,841 people displaced in Jajpur and 363,832 in
  Puri"; after a longer clause when the figure is then placed by
  name: "26,000 people have so far been moved to safer ground in Assam and 2,300 in Meghalaya"; in a list of places
  with bracketed figures: "Tobruk (1,320 people) and Benghazi (730)"; in a list run on in a sentence, each row a name, a
  colon or a dash and its figure: "Rohri Camp - 1,200 people; Pano Aqil Camp - 800", not a row whose label says what
  it counts: "Houses damaged: 300"); a bare figure the clause of a count of families or households coordinates
  after its verb shares their noun ("301,500 families had been affected and 44,683 displaced": families; so does one a
  second verb counts after them as its object: "affected 10,000 families and left 2,000 homeless"); figures
  listed before one noun of people, families or households each count it ("1,200 and 800 people were evacuated
  (respectively)"; a list of three or more may take a comma before "and"; not a range's bounds, "between 18 and 60",
  nor figures set off by commas, "the boys, 14 and 12, were": ``geo.heads``); bare figures listed each with its place
  by name before their one verb count people ("about 5,000 in Sukkur, 3,200 in Larkana and 900 in Jacobabad were
  moved"; not "5,000 in shelters and 300 in tents"), and a bare figure in brackets after a place a movement of its
  clause names opens a list of such places ("evacuated from Sukkur (5,000), Larkana (3,200) and Jacobabad (900)":
  people, or the families or households named before); a bare figure of the same people at another time after a
  count is in its unit ("1,200 people in evacuation centres, down from a peak of 12,000", "up from 2,000"; not "down
  from the 1,500 planned"); a number of shelters is no count ("at 14 school shelters"); "others" after a count of no people are
  people ("the death toll climbed to 200, and 20,000 others were displaced"); "forced 2,000 to seek
  shelter" counts people; after a verb of saying it is a subject ("officials say as many as 4,000 could be
  displaced").
- **A loose reading** (``loose``, in an article about forced movement; the fallback for wordings no rule
  knows): a count of people, families or households whose own verb is not a movement is still a report when
  its clause holds a word of the displacement family (``vouching_word``, ``geo.vocabulary.displacement_word``):
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
  5,000 people, of whom 3,000 were displaced"). "Of which" and "from which" are breakdowns too, and so is a part
  counted out of a whole that only a relative clause moves ("registered 4,100 refugees out of at least 15,000 who have
  crossed": the 15,000, with 4,100 as its part; not "4,100 of the 15,000 refugees who crossed have since returned").
  Places counted between are where the whole was, not a count ("affected 5,000 people in 14 districts and displaced 3,000 of them").
  A whole broken down place by place after a colon or a dash ("6,400 people were evacuated: 4,000 in X, 1,900 in Y and
  500 in Z"), or after "including" a part placed by name ("6,400 were evacuated, including 4,000 in X"), has each
  part as a count of its own (``Counted.part``), placed by ``geo.reports``; not after a name,
  which heads the first figure as a row ("from X: 4,000 in Y").
- **Homes counted**: the housing word nearest the figure, within its clause, says what happened to them
  (``housing_term``): destroyed housing, evacuated (also "residents of 80 homes were told to leave"), or
  nothing when only damaged or built ("construct 300 more homes to compensate for the evacuation"). A figure's own separator breaks no clause ("consumed 12,000 acres and 40
  homes" destroyed the homes). The homes of N families or households are N homes ("destroyed the homes of
  2,000 families": 2,000 households); a part of homes only damaged whose own words say it was destroyed is a
  report of its own ("damaged 1,200 houses, of which 400 were completely destroyed"). Homes "damaged or destroyed"
  (either order, "and/or" too) are one mixed figure, destroyed as IDMC counts them; "partly destroyed" is damage; a fate
  word inside the homes' own noun phrase says it first ("reported 3,200 collapsed houses").

The Spanish, Portuguese and French wordings of these rules (clefts, "otras 400", "22 000 sinistrés", the two tiers of
"damnificados" and "afectados", figures after "mil") are told together in geo/README.md.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from geo.clauses import CLAUSE_BREAK, vouching_word
from geo.heads import (AFTER_BARE_FIGURE, BREAKDOWN_BEFORE, LIST_GAP, NEXT_BRACKETED_PLACE, PLACE_NAME, RANKED, Counted, head_unit, head_word,
                       key_figure_label)
from geo.homes import HOMES_OF, PART_DESTROYED, homes_destroyed
from geo.model import Count
from geo.numbers import MONTH, find_counts, share_before
from geo.predicates import PARTICIPLE_AFTER, other_predicate, predicate_after
from geo.rejections import CARRIED_OFF, OF_MOVERS_BEFORE, ORDERED_FOR_AREA, rejected, relative_movement, whole_of_part
from geo.status import is_rate, more_following
from geo.tables import counted_label
from geo.tallies import ROW_COMMA, SHELTERS_COUNTED_AFTER, label_unit, tallied_after, tallied_unit
from geo.terms import term_of
from geo.vocabulary import (HEAD_TOKENS, HOUSEHOLD_UNITS, MOVEMENT, OCCUPANTS, PEOPLE_UNITS, ROUGHLY, WITH_FAMILIES,
                             evacuees_arriving, unit_of)

_I = re.IGNORECASE
# The same people's figure at another time, after a count: "(1,200 people remain in shelters,) down from a peak of 12,000".
_EARLIER_FIGURE_BEFORE = re.compile(r",\s*(?:down|up)\s+from\s+(?:an?\s+(?:peak|high|maximum|record)\s+of\s+)?"
                                    rf"(?:{ROUGHLY}\s+)?$", _I)
# ... and at a later time, the figure a count after "from" went to: "fell from 3,000 displaced people in 12 camps to 1,800".
_FROM_BEFORE = re.compile(rf"\bfrom\s+(?:{ROUGHLY}\s+)?$", _I)
_TO_LATER_FIGURE = re.compile(rf"[^.;:()]{{0,40}}?\bto\s+(?:{ROUGHLY}\s+)?", _I)

#: The smallest figure that makes a report (smaller ones still count as a breakdown).
MIN_COUNT = 10
#: Units whose small counts still make a report: a home or a family is a household displaced ("a fire left
#: three families homeless"), whereas "two men left" is an anecdote.
SMALL_UNITS = HOUSEHOLD_UNITS | {"housing"}
# Between a count of families or households and a bare figure the same clause coordinates after its verb: the figure
# shares the noun ("(301,500 families) had been affected and (44,683) displaced", "(2,100 families) were evacuated and
# (640) relocated", "(24,000 households) have been adversely affected with (11,000) displaced"; not "(2,100 homes) were
# damaged and (640) displaced": people).
# Spanish and Portuguese lists name families once, the verb left out: "(21.500 familias) afectadas, (9.100) damnificadas",
# "(2.100 familias) evacuadas y (900) desabrigadas". So too the object of a verb that a second verb's figure follows: "(the
# floods) affected (10,000 families) and left (2,000) homeless".
_SHARED_NOUN_GAP = re.compile(r"\s+(?:(?:had|have|has|were|was|are|is|been)\s+){1,3}(?:[a-z]+ly\s+)?[\w-]+,?\s+(?:and|with)\s+$"
                              r"|,?\s+and\s+(?:left|leaving|displaced|evacuated|relocated|rendered)\s+$"
                              r"|\s+[^\W\d]+[ai]d[oa]s\s*(?:,\s*(?:[ye]\s+)?|\s+[ye]\s+)$", _I)
# Between a count and a bare one that says the same of other people: "(709,841 people) displaced in Jajpur and (363,832)"
# ... or a clause later: "(2,300 households) were displaced; in Bundibugyo, (1,100)".
# ("..., 3,200 in Larkana, and (900)": a list's last comma before "and" too; "(2,400 people) have been sheltered in Mosul, (900)")
_SAID_IN_PLACE = r"\s+(?:[\w'’-]+\s+){0,3}?(?:[\w'’-]+\s*[;,]\s+)?(?:in|from|at)\s+(?:[\w'’-]+(?:\s+|(?=,))){1,4}?"
_ELLIPSIS = re.compile(_SAID_IN_PLACE + r"(?:and|,(?:\s+and)?)\s+", _I)
# ... or as a ranking's next, after "followed by", when a name then places it (``_PART_PLACED``): "(12,000) were
# evacuated in Sindh province, followed by (4,300) in Balochistan, 2,100 in Punjab" (not "followed by 4,300 in the days after").
_RANKED_ELLIPSIS = re.compile(_SAID_IN_PLACE + r",?\s*followed\s+(?:closely\s+)?by\s+", _I)
# ... or the same after a longer clause, when the bare figure is then placed by name as the count before was: "(26,000
# people) have so far been moved to safer ground from flooded villages in Assam and (2,300) in Meghalaya", "(3,000)
# newly displaced sought shelter in Kalma camp and (350) in Otash camp".
_PLACING = r"(?:in|from|at|to|into)"  # the prepositions that place both figures
# ... or the rest of them, the bare figure in brackets after "the rest", placed as the first was: "(145,000) moved to IDP
# sites and the rest (215,000) to host communities" (not "the rest (60%)": a share, no count).
_REST_BEFORE = re.compile(r"\s+(?:[\w'’-]+\s+){0,10}?[\w'’-]+(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
                          r"(?:rest|remainder|remaining|others)\s*\(\s*", _I)
_REST_PLACED = re.compile(rf"\s*\)\s+{_PLACING}\s", _I)
_LONG_ELLIPSIS = re.compile(rf"\s+(?:[\w'’-]+\s+){{3,10}}?{_PLACING}\s+(?:[\w'’-]+\s+){{1,8}}?and\s+", _I)
_PLACED_BY_NAME = re.compile(rf"\s+{_PLACING}\s+(?:the\s+)?(?-i:[A-Z])", _I)
#: A figure for the whole country or for the whole area a disaster struck, with no place of its own: "Nationwide, 40,000
#: have fled", "40,000 fled across the country", also from or in several of its provinces, as agency copy counts them
#: ("evacuated 4,000 residents from four provinces", "in 11 Russian regions"; not "to three provinces", nor districts,
#: which a province may hold); "12,000 were displaced in the affected areas", "in the disaster zone".
COUNTRY_SCOPE = re.compile(r"\b(?:nationwide|countrywide|(?:across|throughout)\s+the\s+(?:country|nation)"
                           r"|(?P<divisions>(?:from|in|across)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|[1-9]\d)"
                           r"\s+(?:[\w-]+\s+)?(?:provinces|regions|states|governorates|prefectures|oblasts)))\b", _I)
DISASTER_SCOPE = re.compile(
    r"\b(?:in|across|throughout)\s+(?:the\s+|all\s+(?:the\s+)?)?(?:(?:(?:worst|hardest|most)[\s-])?(?:affected|stricken|hit)"
    r"|[\w]+-(?:hit|affected|stricken)|disaster)\s+(?:areas?|zones?|regions?|districts?)\b", _I)
# ... or the same again of all the country or disaster area, after a clause and "and": "(4,000 people) fled (X) and
# (20,000) nationwide", "displaced (4,000 people) in X and (20,000) in the affected areas".
_AND_BEFORE_SCOPE = re.compile(r"[^;:.()\d]{0,80}?(?:,\s*|\s)and\s+", _I)
_SCOPE_AFTER = re.compile(rf"\s+(?:{COUNTRY_SCOPE.pattern}|{DISASTER_SCOPE.pattern})", _I)
# ... or the next place of a ranking, its figure after "with" or "at" (``RANKED``): "(400,000 people in X), followed by
# Unity with (146,000) and Jonglei with (90,000)".
_RANKED_NEXT = re.compile(rf"(?:\s+[\w'’-]+){{0,6}}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:followed\s+(?:closely\s+)?by\s+)?{PLACE_NAME}"
                          r"\s+(?:with|at)\s+", _I)
# ... or the next of a list of destinations, the verb left out after the first: "(85,000) crossed into Hungary, (36,000)
# into Moldova and 300 into Belarus", "(1,800 people) fled to Poland, (460,000) to Romania", also after a semicolon: "fled to
# Poland; (460,000) to Romania" (the bare figure then placed
# by name after "to" or "into" as well: ``_ROUTED_BY_NAME``; not "fled to Poland, 300 by bus").
_GAPPED_ROUTE = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?:to|into|(?P<entry>enter(?:s|ed|ing)|reach(?:es|ed|ing)))\s+(?:the\s+)?{PLACE_NAME}(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)",
                           _I)
_ROUTED_BY_NAME = re.compile(r"\s+(?:to|into)\s+(?:the\s+)?(?-i:[A-Z])", _I)
# ... or, after a place the first people entered or reached (the verb taking it as its object), each next one placed by
# name after "in": where they are now ("410,000 people entering Poland, (52,000) in Slovakia and (20,000) in Moldova").
_ENTERED_BY_NAME = re.compile(r"\s+(?:in|to|into)\s+(?:the\s+)?(?-i:[A-Z])", _I)
# ... or the next of a list of places that received people, each named before its figure, the verb left out after the
# first: "Hungary has received (180,000 refugees), Slovakia (128,000), Romania (79,000) and Moldova (82,000)".
_NEXT_RECEIVER = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+){PLACE_NAME}\s+", _I)
# (hedges before the figure that follows: "has received more than", "hosts an estimated")
_HEDGES_BEFORE_FIGURE = r"(?:(?:more|than|over|some|about|around|nearly|almost|at|least|an|estimated|roughly|approximately)\s+){0,3}$"
_RECEIVED_BY_NAME = re.compile(
    rf"\b{PLACE_NAME}\s+(?:has|have|had)\s+(?:(?:already|now|so\s+far)\s+)?(?:received|welcomed|taken\s+in|hosted)\s+"
    + _HEDGES_BEFORE_FIGURE, _I)
# ... and so does a ranking of places after a count a place hosts: "Alpha hosts 400,000 IDPs, followed by Beta at 146,000".
_HOSTS_BY_NAME = re.compile(rf"\b{PLACE_NAME}\s+(?:(?:now|still|currently)\s+)?(?:hosts|is\s+hosting)\s+"
                            + _HEDGES_BEFORE_FIGURE, _I)
# ... or the next of a list of places, each with its figure in brackets: "Tobruk (1,320 people) and Benghazi (730)",
# "Tana River (3,864 displaced), Homa Bay (2,046)".
_BRACKETED_NEXT = re.compile(r"(?:\s+[\w'’-]+)?\)" + NEXT_BRACKETED_PLACE, _I)
# Between a whole and its first part placed by name, after a colon or a dash closing the whole's clause: "(9,100 people)
# were evacuated: (5,000) in X, 3,200 in Y and 900 in Z", "(9,100 people) have fled – (5,000) from X and 4,100 from Y";
# also "including" a part placed by name, with or without a comma: "(9,100 people) were evacuated, including (5,000) in X
# and 4,100 in Y", "(9 lakh people) were evacuated overnight including (2.1 lakh) from X", or a
# bracket opening right after the whole: "(12,000 people) were displaced ((4,695) in X, 832 in Y)".
# (not after a name, which heads the figure as a row does: "evacuated 6,400 from Lakeside: 4,000 in X ...")
_PARTS_OPEN = re.compile(r"(?:[^;:.()]{0,80}?\b(?-i:[a-z\d])[\w'’-]*)?\s*(?::|\s[–—]|\s-|\s\(|,\s*among\s+them|(?:,\s*|\s)including)\s*", _I)
# (not a month: "(12,000 displaced) (9,000 in March)" gives when, no place)
_PART_PLACED = re.compile(rf"\s+(?:in|from|at)\s+(?:the\s+)?(?!{MONTH}\b)(?-i:[A-Z])", _I)  # as the next parts are (``_ELLIPSIS``)
# ... or the next row of a list run on in a sentence, each row a name, a colon or a dash and its figure: "Rohri Camp -
# (1,200 people); Pano Aqil Camp - (800)", "Site A: (450 households), Site B: (320)" (the row before headed alike).
_NEXT_ROW = re.compile(r"\s*(?:[;,]\s*(?:and\s+)?|\s+and\s+)(?P<name>(?:[\w'’.-]+[ \t]+){0,4}[\w'’.-]+)[ \t]*(?:[:–—]|[ \t]-)[ \t]*",
                       _I)
_ROW_HEAD = re.compile(r"[\w'’.-][ \t]*(?:[:–—]|[ \t]-)[ \t]*$")
# A whole that opens the clause of its parts: "Of the (12,000 people displaced), ..."
_OF_THE_BEFORE = re.compile(r"\b(?:of\s+(?:the|these|those)|sur\s+(?:les|ces)|parmi\s+(?:les|ces))\s+$", _I)  # French "sur les"
_WHOLE_CLAUSE = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s*,\s*")

# Between a part and the whole it is counted out of: "(4,100 refugees) out of at least (15,000)", "(4,100) of the (15,000)".
_OUT_OF_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|at\s+least|some|about|around|nearly|almost|more\s+than|over"
                           r"|an\s+estimated)\s+)*", _I)
# ... or a whole a clause opens with, its part after the relative clause that moves it and a comma ("Of the 47,000 who
# have crossed into X since Thursday, 22,000 have ...").
_OF_THE_OPENING = re.compile(r"(?:^|[,.;:]\s*|\s[–—-]\s*|\bthat\s+)(?:out\s+)?of\s+(?:the|those)\s+$", _I)
_PART_AFTER_CLAUSE = re.compile(r"[^,;.]{0,80},\s+(?:(?:some|about|around|nearly|almost|over|more\s+than)\s+)?", _I)
_NEXT_PART = re.compile(r"[^;.]{0,80}?\s(?:and|y|et)\s+", _I)
# ... or the next item of a list of parts its comma goes on with, the part's noun only between ("including 300 children,
# 200 women and 100 elderly"), the item a noun phrase of its own (not "including 300 children, 2,000 people fled X").
_NEXT_LISTED_PART = re.compile(r"(?:\s+[\w'’-]+){1,3}?\s*,\s+", _I)
_LIST_ITEM_END = re.compile(r"\s*(?:,|\s(?:and|or)\s|[.;)]|$)", _I)
# (an aside of parts closed by a comma, then a movement or state word, ends the list: "487 people, including 173
# children, are staying in shelters, and 869 people moved to their relatives" tells the 869 in a clause of their own;
# not parts with verbs of their own: "of which 6,142 are hosted by relatives and 1,727 moved to camps")
_ASIDE_CLOSED = re.compile(r"(?:\s+[\w-]+){0,3}?\s*,")  # the part, its noun, the comma closing its aside
# The whole's aside of parts, between commas, which the figures said again of others come after: "(2,400 people),
# including 900 children, were evacuated from X, (1,100) from Y".
_PARTS_ASIDE = re.compile(r"\s*,\s*(?:including|among\s+(?:them|whom)|of\s+whom)\s+(?:[^,;.()]|,(?=\d)){1,40}?,(?!\d)", _I)
# Between a count and the same people counted in another unit: "1,000 families (3,000 people)",
# "150 familles soit 1206 personnes", "500 households, or about 2,500 people", "18,100 households/96,771 individuals"; also
# after the people named by their state ("12,000 of the displaced (some 2,400 families)"); the words may open an aside
# ("3,000 households (equivalent to some 15,000 people)").
_EQUIVALENT_BETWEEN = re.compile(r"(?:\s+of\s+(?:the|those)\s+(?:displaced|evacuated|evacuees|homeless|affected))?\s*(?:\(|/|[,–—-]?\s*(?:\(\s*)?(?:or|i\.e\.,?|soit|that\s+is,?|equivalent\s+to))\s*", _I)
# ... or alone in parentheses, closed right after its noun: "900 families (5,400 individuals)".
_OPEN_ASIDE = re.compile(r"\s*\(\s*")
_CLOSE_ASIDE = re.compile(r"\s*\)")
# ... which, closed and followed by "and", leaves the next verb to the people counted after it ("affected 12,400 people
# (2,480 families) and displaced 3,100").
_ASIDE_THEN_AND = re.compile(r"\s*\)\s*,?\s+and\s", _I)
# ... or between dashes: "200 families – about 1,000 people – fled".
_DASH = re.compile(r"\s*(?:[–—]|--)\s*")
# ... or, later in the clause, the people a count of families or households covers: "6,400 households were under
# evacuation orders, covering roughly 14,000 people" (after a dash too: "1,400 families—comprising 7,000 individuals").
_COVERING_BEFORE = re.compile(r"(?:,|\s*[–—])\s*(?:covering|comprising|totall?ing|amounting\s+to|representing|or\s+some|or\s+about)\s+$", _I)
_COVERED_GAP = re.compile(r"[^;:()]{0,160}", _I)
# ... or the households people belong to: "3,000 people in 600 households", "from 600 families", "belonging to 600
# families".
_HOUSEHOLDS_OF = re.compile(r"\s+(?:in|from|belonging\s+to)\s+", _I)
# A count of the places a whole was found in, after a preposition: "affected 120,000 people in 14 districts and
# displaced 30,000 of them" (the part is of the people, not of the districts), its figure in words too ("sheltered in
# eight places in Erbil").
_PLACES_COUNTED = re.compile(r"(?:(?<=\bin\s)|(?<=\bacross\s)|(?<=\bfrom\s)|(?<=\bover\s))[\w,]+\s+(?:[\w-]+\s+)?(?:districts|provinces|counties|states"
                             r"|regions|municipalities|villages|towns|communities|localities|governorates|prefectures"
                             r"|upazilas|barangays|LGAs|wards|camps|sites|places|locations)\b", _I)
# A part listed after other members of the whole it belongs to: "(3,400 people —) a number that includes civilians and
# roughly 160 fighters", "including women and 900 children" (not a figure after "including" alone: ``BREAKDOWN_BEFORE``).
_LISTED_PART_BEFORE = re.compile(r"\b(?:including|includes)\s+(?:[\w-]+\s+){1,3}?(?:and|as\s+well\s+as)\s+$", _I)
# A part counted after the whole it belongs to: "(2,000 were displaced,) 500 of whom are in camps".
_PART_OF_AFTER = re.compile(r"\s+of\s+(?:whom|which|them|these|those)\b", _I)
_STATES = frozenset({"sheltered", "homeless", "destroyed housing"})  # terms of where people are or what befell homes


def moving_counts(text: str, loose: bool = False, unit_before: str = "people") -> list[Counted]:
    """The counts of people (and of homes) that may be moving in a sentence.

    ``loose`` (in an article about forced movement): a count of people, families or households whose
    own verb is not a movement is kept when its clause says people were displaced (``vouching_word``).
    ``unit_before``: the unit of what the sentence before counted, for more of it ("It said 1,000 more fled": people;
    "Of them, 120 were washed away" after homes counted: homes).
    """
    found: list[Counted] = []
    previous_unit: str | None = unit_before
    previous_head_end = 0
    previous_kept = False  # whether the count before is one of ``found``: a breakdown belongs to it
    in_parts = False  # whether the count before is a part of a whole broken down place by place
    part_end = None  # where the count before ends when it was a part of a breakdown
    for count, start, end in find_counts(text):
        if (share := share_before(text, count, start)) is not None and whole_of_part(text, start, end):
            count, start = share  # "half of the 4,800 residents fled": 2,400 fled
        elif count.value is not None and ORDERED_FOR_AREA.search(text, max(0, start - 120), start):
            count = Count(count.text, count.value, None, count.value)  # "an evacuation order for an area of 30,000 people": up to 30,000
        row_label = label_unit(text, start, end)
        if not ROW_COMMA.match(text, end) and row_label not in (*HOUSEHOLD_UNITS, "housing"):
            row_label = None  # a label's own noun only: "Houses destroyed 1,200", not "They evacuated 300."
        # "Families displaced 900, families affected 5,000": the label's, not the next cell's noun
        unit, head_end = (row_label, end) if row_label else head_unit(text, start, end)
        opens_parts = unit is None and previous_kept and _first_placed_part(text, found[-1], start, end)
        again = unit is None and previous_kept and (opens_parts or _said_again_of_others(text, found[-1], start, end)
                                                    or (AFTER_BARE_FIGURE.match(text, end) is not None
                                                        and listed_receiver(text, found, start)))
        if again:
            unit = "more"  # "709,841 people displaced in Jajpur and 363,832 in Puri": the same again, elsewhere
        paired = _respective_unit(text, found, start, end) if unit is None and previous_kept else None
        if paired == "none":
            continue  # more figures than the nouns "respectively" pairs them with: whose is a guess
        if paired is not None:
            unit, again = paired, True
        if unit is None:
            unit = label_unit(text, start, end)
        if unit is None and previous_kept and _EARLIER_FIGURE_BEFORE.search(text, max(previous_head_end, start - 40), start):
            unit = previous_unit  # "1,200 people in evacuation centres, down from a peak of 12,000": the same people before
        if (unit is None and previous_kept and _TO_LATER_FIGURE.fullmatch(text, previous_head_end, start)
                and _FROM_BEFORE.search(text, max(0, found[-1].start - 30), found[-1].start)):
            unit = previous_unit  # "from 3,000 displaced people in 12 camps to 1,800": the same people later
        if unit is None and (_PLACES_COUNTED.match(text, start) or SHELTERS_COUNTED_AFTER.match(text, end)):
            continue  # where the count before was found (or a number of shelters: "at 14 school shelters"): no count of its own,
            # and no whole a part after belongs to
        # A bare figure (or people) a tally gives ("the number of IDPs has reached 3,000"): what the tally
        # names, even when the verb before it reads as a movement or as people reached
        # ... also a count of households ("the evacuees, numbering 1,340 families": families, evacuated)
        own_noun = unit in PEOPLE_UNITS and head_end != end
        tally = (tallied_unit(text, start, end) or tallied_after(text, start, end)) if unit is None or own_noun or head_end == end else None
        tallied = tally is not None
        named_as = tally[1] if tally is not None else None
        label = key_figure_label(text, start, end)
        if named_as is None and label is not None:
            # a key-figure cell is moved as its own label says ("3,150 ... households in shelters": sheltered)
            named_as = next((term_of(m.group()) for m in MOVEMENT.finditer(label)), None)
        if named_as is None and again and paired in (None, found[-1].unit):
            named_as = found[-1].named_as  # the same tally again, of others: "(the number of displaced ...) and 246 respectively"
        if tally is not None and not own_noun:
            unit = tally[0]  # but "the exodus reached 1.3 million people" are people
        if (unit == "people" and head_end == end and previous_unit in HOUSEHOLD_UNITS
                and _SHARED_NOUN_GAP.fullmatch(text, previous_head_end, start)):
            unit = previous_unit  # "301,500 families had been affected and 44,683 displaced": families displaced
        if unit == "more":
            unit = previous_unit  # "one bus left ..., and dozens more were expected": buses
        elif unit == "others":
            unit = previous_unit or "people"  # "the death toll climbed to 200, and 20,000 others were displaced"
        restates_before = (previous_head_end > 0 and unit is not None and unit != previous_unit
                           and _OPEN_ASIDE.fullmatch(text, previous_head_end, start) is not None
                           and _ASIDE_THEN_AND.match(text, head_end) is not None)
        previous_unit, previous_head_end = unit, head_end
        if unit in HOUSEHOLD_UNITS and HOMES_OF.search(text, max(0, start - 30), start):
            unit = "housing"  # "destroyed the homes of 2,000 families": one home a household, what befell the homes
        homes_lost = homes_destroyed(text, start, head_end) if unit == "people" else None
        kept, previous_kept = previous_kept, False
        previous_part, part_end = part_end, None
        if (kept and unit is not None and count.value is not None and unit != found[-1].unit
                and _OPEN_ASIDE.fullmatch(text, found[-1].head_end, start) and _CLOSE_ASIDE.match(text, head_end)):
            # "the displacement of 900 families (5,400 individuals) affected by the offensive": the aside restates the
            # count in another unit, whatever word follows it
            found[-1].equivalent.append((unit, count.value))
            previous_kept = True
            continue
        if not kept and restates_before:
            continue  # "affected 177,000 people (37,000 families) and displaced 44,000": the aside restates a count that
            # moved no one, not the next verb's people
        # a key-figure cell is what its own label says, not what the next cell's label does ("... houses deaths injured")
        if unit is None or (label is None and rejected(text, start, end)) or (head_word(text, end, head_end) in OCCUPANTS
                                                          and not evacuees_arriving(text, start, head_end)
                                                          and not is_rate(text, end)):
            continue  # "222 passengers were evacuated": a plane emptied, no displacement (but "900 passengers a day
            # left the city": a stream of people, no one vehicle's load)
        if unit != "housing" and homes_lost is None and CARRIED_OFF.match(text, head_end):
            continue  # "2,000 were displaced and 12 were swept away": people a flood carried off are its dead or missing (not
            # "the houses of 300 people were swept away")
        # "of which 6,142 are hosted by relatives and 1,727 moved to camps": both are parts; so is "(2,000 were
        # displaced,) 500 of whom are in camps"
        # (but "..., 500 of them have since returned": a movement of their own, its own report)
        if (kept and _part_of_fronted_whole(text, found[-1], start) and _says_own_movement(text, end)
                and not _moves_itself(text, found[-1].end, found[-1].head_end)):
            found.pop()  # "Of the 2,000 residents, 1,400 had been evacuated": the whole is a population, its part moved
            kept = False
        if not opens_parts and (BREAKDOWN_BEFORE.search(text, max(0, start - 20), start)
                or (previous_part is not None and _NEXT_PART.fullmatch(text, previous_part, start)
                    and not (_ASIDE_CLOSED.match(text, previous_part)
                             and (MOVEMENT.search(text, previous_part, start)
                                  # "including 300 children, and 500 people were evacuated": people of a clause of their own
                                  or (head_end != end and not _LIST_ITEM_END.match(text, head_end)))))
                or (previous_part is not None and head_end != end and _NEXT_LISTED_PART.fullmatch(text, previous_part, start)
                    and _LIST_ITEM_END.match(text, head_end))
                or (kept and _LISTED_PART_BEFORE.search(text, max(0, start - 60), start))
                or (kept and (part_of := _PART_OF_AFTER.match(text, end)) and not _moves_on(text, part_of.end()))
                or (kept and _part_of_fronted_whole(text, found[-1], start) and not _says_own_movement(text, end))):
            if (kept and found[-1].unit == unit == "housing" and head_end != end
                    and head_word(text, found[-1].end, found[-1].head_end) in ("properties", "structures")):
                # "15 properties were lost, including 9 homes": the homes among the buildings are the households
                found[-1] = Counted(count, start, end, "housing", head_end)
                continue
            if kept and found[-1].unit == "housing" and head_end == end and PART_DESTROYED.match(text, end):
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
                     or (unit in HOUSEHOLD_UNITS and _HOUSEHOLDS_OF.fullmatch(text, found[-1].head_end, start))
                     or (unit == "people" and found[-1].unit in HOUSEHOLD_UNITS
                         and _COVERED_GAP.fullmatch(text, found[-1].head_end, start)
                         and _COVERING_BEFORE.search(text, max(found[-1].head_end, start - 30), start)))):
            found[-1].equivalent.append((unit, count.value))  # "1,000 families (3,000 people)": the same people
            previous_kept = True
            continue
        if unit not in SMALL_UNITS and max(count.value or 0, count.min or 0, count.max or 0) < MIN_COUNT:
            continue  # "two men left the building": an anecdote, not a displacement
        vouched_by = homes_lost  # people whose homes were destroyed are homeless, whatever verb destroyed them
        if vouched_by is None and loose:
            vouched_by = _movers_before(text, start, head_end)  # "Of the evacuees, 8,000 were in Anzac": evacuees there
        if (unit != "housing" and not tallied and homes_lost is None and other_predicate(text, start, end, head_end)
                and not more_following(text, start, end)):  # "3,000 more are expected to follow": the movement before
            # "10 people complained", "the toll topped 670 people": another verb's subject or object,
            # unless its clause goes on to say they were displaced ("jammed highways as they fled")
            vouched_by = vouching_word(text, start, end, head_end, unit) if loose else None
            if vouched_by is None:
                continue
        if unit not in ("people", "housing") and WITH_FAMILIES.match(text, head_end):
            unit = "people"  # "hundreds of fighters and their families"
        # the list of parts goes on with each figure said again of others, and ends at any other count
        in_parts = opens_parts or (again and kept and found[-1].part)
        whole = Counted(count, start, end, unit, head_end, vouched_by=vouched_by, named_as=named_as, part=in_parts,
                        again=again)
        if kept and found and found[-1].count.value is not None and _part_moved_as_whole(text, found[-1], start, end):
            part = found.pop()  # "registered 4,100 refugees out of 15,000 who have crossed": one movement, counted whole
            whole.breakdown.append((part.unit, part.count.value))
        found.append(whole)
        previous_kept = True
    return found


def _whole_moved(text: str, part: Counted, start: int, end: int) -> re.Match | None:
    """The movement a relative clause gives the whole at ``start``..``end`` that ``part`` is counted out of ("4,100 of
    the 15,000 who have crossed": crossed), else None."""
    if not (_OUT_OF_WHOLE.fullmatch(text, part.end, start) or _OUT_OF_WHOLE.fullmatch(text, part.head_end, start)):
        return None
    return relative_movement(text, end)


def _part_moved_as_whole(text: str, part: Counted, start: int, end: int) -> bool:
    """Whether the count before, ``part``, is counted out of the whole at ``start``..``end`` and moved only by the
    relative clause that moves the whole: "4,100 refugees out of at least 15,000 who have crossed", "4,100 of the
    15,000 refugees who have crossed (were registered)"; not when the part's own verb follows ("4,100 of the 15,000
    refugees who crossed have since returned": ``whole_moved_before``)."""
    movement = _whole_moved(text, part, start, end)
    return movement is not None and not _says_own_movement(text, movement.end())


def whole_moved_before(text: str, part: Counted, whole: Counted) -> re.Match | None:
    """The movement a relative clause gives the ``whole`` a ``part`` is counted out of, when the part's own verb
    follows it, else None: "3,000 of the 15,000 refugees who crossed into X have since returned": the 15,000 crossed
    into X (its own movement), the 3,000 returned from there (that crossing is their earlier one)."""
    movement = _whole_moved(text, part, whole.start, whole.end)
    return movement if movement is not None and _says_own_movement(text, movement.end()) else None


def whole_opening_before(text: str, whole: Counted, part: Counted) -> re.Match | None:
    """The movement a relative clause gives the ``whole`` a clause opens with, when the ``part`` counted out of it
    follows that clause after a comma with its own verb, else None: "Of the 47,000 who have crossed into X since
    Thursday, 22,000 have gone on to Y" (the 47,000 crossed into X, the 22,000 went on from there).

    >>> text = "Of the 4,000 people who crossed into Alpha, 900 have since returned."
    >>> whole, part = moving_counts(text)
    >>> whole_opening_before(text, whole, part).group(), whole_opening_before("Some 4,000 people crossed, 900 more.", whole, part)
    ('crossed', None)
    """
    if not _OF_THE_OPENING.search(text, max(0, whole.start - 24), whole.start):
        return None
    movement = relative_movement(text, whole.end) or relative_movement(text, whole.head_end)
    if movement is None or not _PART_AFTER_CLAUSE.fullmatch(text, movement.end(), part.start):
        return None
    return movement if _says_own_movement(text, part.head_end) else None


# The rest of a list of bare figures that "respectively" pairs with the nouns or places named before them: "(the
# number of displaced people in X and Y stood at 202,930) and 246 respectively".
_RESPECTIVE_REST = re.compile(rf"(?:(?:{LIST_GAP.pattern})\d[\d,.]*)*\s*,?\s*respectively\b", _I)
# ... a part whose verb says where they are: "(Of the evacuees,) 8,000 were in Anzac", "are staying at".
_WHERE_THEY_ARE = re.compile(r"\s+(?:(?:are|were|is|was|remain(?:s|ed)?)\s+)?(?:(?:now|still|currently)\s+)?"
                             r"(?:(?:staying|living|sheltering|housed|lodged)\s+)?(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])", _I)
_STATEMENT_BREAK = re.compile(r"[.;:()]\s")
_FIGURE = re.compile(r"\d[\d,.]*")


def _movers_before(text: str, start: int, head_end: int) -> re.Match | None:
    """The movement noun of a whole of people named as moved with no figure that a count's sentence opens with, of
    which the count is a part whose verb says where they are ("Of the evacuees, 8,000 were in Anzac": evacuees; not
    "Of the evacuees, 8,000 have complained"), else None."""
    whole = OF_MOVERS_BEFORE.search(text, max(0, start - 60), start)
    if whole is None or _WHERE_THEY_ARE.match(text, head_end) is None:
        return None
    return MOVEMENT.match(text, whole.start("movers"))


def _respective_unit(text: str, found: Sequence[Counted], start: int, end: int) -> str | None:
    """The unit of the bare figure from ``start`` to ``end`` that goes on a list of bare figures "respectively" pairs
    with the nouns named before the list, the last of ``found`` opening it: the noun at its place in the list when the
    words before name several units ("the number of displaced people and households stood at 202,930 and 46,200
    respectively": households), else the first's ("... in X and Y stood at 202,930 and 246 respectively": people);
    "none" when those nouns are not as many as the figures; None for a figure in no such list.

    >>> text = "The number of displaced people and households stood at 202,930 and 46,200 respectively."
    >>> [(c.count.value, c.unit) for c in moving_counts(text)]
    [(202930, 'people'), (46200, 'households')]
    """
    rest = _RESPECTIVE_REST.match(text, end) if found else None
    if rest is None:
        return None
    listed = [found[-1]]
    while len(found) > len(listed) and LIST_GAP.fullmatch(text, found[-len(listed) - 1].end, listed[0].start):
        listed.insert(0, found[-len(listed) - 1])
    if any(c.head_end != c.end for c in listed) or not LIST_GAP.fullmatch(text, listed[-1].end, start):
        return None
    opening = max((m.end() for m in _STATEMENT_BREAK.finditer(text, max(0, listed[0].start - 160), listed[0].start)),
                  default=max(0, listed[0].start - 160))
    named = [unit for word in HEAD_TOKENS.findall(text, opening, listed[0].start) if (unit := unit_of(word.lower()))]
    if len(set(named)) < 2:
        return listed[0].unit
    figures = len(listed) + 1 + len(_FIGURE.findall(rest.group()))
    return named[len(listed)] if figures == len(named) else "none"


def _said_again_of_others(text: str, before: Counted, start: int, end: int) -> bool:
    """Whether the bare figure from ``start`` to ``end`` says what the count ``before`` says, of other people elsewhere:
    after a place and "and" (``_ELLIPSIS``), after a longer clause when a name then places it (``_LONG_ELLIPSIS``), as
    the rest of them in brackets (``_REST_BEFORE``), as
    the next destination of a list whose verb is left out after the first (``_next_destination``), as
    the next bracketed figure of a list of places (``_BRACKETED_NEXT``) or the next row of a list run on in a sentence
    (``_next_row``), or of the whole country or disaster area after "and" (``_SCOPE_AFTER``).

    >>> [(c.count.value, c.unit) for c in moving_counts("709,841 people were displaced in Jajpur and 363,832 in Puri.")]
    [(709841, 'people'), (363832, 'people')]
    >>> [(c.count.value, c.unit) for c in moving_counts("4,000 families fled Jajpur and 20,000 nationwide.")]
    [(4000, 'families'), (20000, 'families')]
    """
    gap = before.head_end
    if before.breakdown and (parts := _PARTS_ASIDE.match(text, gap)):
        gap = parts.end()  # "2,400 people, including 900 children, were evacuated from X, 1,100 from Y": past its parts
    if _SCOPE_AFTER.match(text, end) and _AND_BEFORE_SCOPE.fullmatch(text, gap, start):
        return True  # "4,000 fled and 20,000 nationwide"
    if _RANKED_NEXT.fullmatch(text, gap, start) and RANKED.search(text, max(0, gap - 120), start):
        return True  # "(400,000 in X), followed by Unity with 146,000 and Jonglei with 90,000"
    return (AFTER_BARE_FIGURE.match(text, end) is not None
            and bool(_ELLIPSIS.fullmatch(text, gap, start)
                     or (_LONG_ELLIPSIS.fullmatch(text, gap, start) and _PLACED_BY_NAME.match(text, end))
                     or (_RANKED_ELLIPSIS.fullmatch(text, gap, start) and _PART_PLACED.match(text, end))
                     or _next_destination(text, gap, start, end)
                     or _BRACKETED_NEXT.fullmatch(text, gap, start) or _next_row(text, before, start, end)
                     or (_REST_BEFORE.fullmatch(text, gap, start) and _REST_PLACED.match(text, end))))


def _next_destination(text: str, gap: int, start: int, end: int) -> bool:
    """Whether the bare figure from ``start`` to ``end`` is the next destination of a list whose verb is left out after
    the first (``_GAPPED_ROUTE``): placed by name after "to" or "into", or after "in" when the first was entered or
    reached.

    >>> text = "It counted 410,000 people entering Alpha, 52,000 in Beta and 20,000 in Gamma."
    >>> [(c.count.value, c.unit) for c in moving_counts(text)]
    [(410000, 'people'), (52000, 'people'), (20000, 'people')]
    >>> first = moving_counts(text)[0]
    >>> [_next_destination(t, first.head_end, 42, 48) for t in (text, text.replace("in Beta", "in tents"))]
    [True, False]
    """
    route = _GAPPED_ROUTE.fullmatch(text, gap, start)
    return route is not None and (_ENTERED_BY_NAME if route["entry"] else _ROUTED_BY_NAME).match(text, end) is not None


def listed_receiver(text: str, before: Sequence[Counted], start: int) -> bool:
    """Whether the bare figure at ``start`` is the next of a list of places that received people, each named right
    before its figure, the verb of receiving said only of the first (``_NEXT_RECEIVER``); ``before`` are the counts
    before it: the place named right before the figure received its people.

    >>> text = "Alpha has received 18,000 refugees, Beta 12,000 and Gamma 7,900, officials said."
    >>> [(c.count.value, c.unit) for c in moving_counts(text)]
    [(18000, 'people'), (12000, 'people'), (7900, 'people')]
    >>> [c.count.value for c in moving_counts("Alpha has seen 18,000 refugees, Beta 12,000 and Gamma 7,900.")]
    [18000]

    So is the next of a ranking after a count a place hosts (``_HOSTS_BY_NAME``, ``RANKED``): "Alpha hosts 400,000
    IDPs, followed by Beta at 146,000".
    """
    at = start
    for counted in reversed(before):
        ranked = bool(_RANKED_NEXT.fullmatch(text, counted.head_end, at)
                      and RANKED.search(text, max(0, counted.head_end - 120), at))
        if not (ranked or _NEXT_RECEIVER.fullmatch(text, counted.head_end, at)):
            return False
        if (_RECEIVED_BY_NAME.search(text, max(0, counted.start - 80), counted.start)
                or (ranked and _HOSTS_BY_NAME.search(text, max(0, counted.start - 80), counted.start))):
            return True
        at = counted.start
    return False


def entered_before(text: str, counts: Sequence[Counted], index: int) -> bool:
    """Whether ``counts[index]`` is a next one of a list of places entered or reached, its verb left out after the
    first (``_next_destination``), or said again after such a one in its own place (``_ELLIPSIS``): the place it is
    "in" is where its people arrived, as the first's did.

    >>> text = "It counted 410,000 people entering Alpha, 52,000 in Beta, 7,000 in Gamma."
    >>> counts = moving_counts(text)
    >>> [entered_before(text, counts, i) for i in range(3)]
    [False, True, True]
    >>> [entered_before(t, moving_counts(t), 2) for t in (text.replace("entering", "fleeing to"),)]
    [False]
    """
    for before, counted in zip(reversed(counts[:index]), reversed(counts[1:index + 1])):
        route = _GAPPED_ROUTE.fullmatch(text, before.head_end, counted.start)
        if route is not None:
            return route["entry"] is not None
        if not _ELLIPSIS.fullmatch(text, before.head_end, counted.start):
            return False
    return False


def _first_placed_part(text: str, whole: Counted, start: int, end: int) -> bool:
    """Whether the bare figure from ``start`` to ``end`` opens a breakdown place by place of the count ``whole`` before
    it: after a colon or a dash closing the whole's clause, placed by name as the next part is ("9,100 people were
    evacuated: 5,000 in X, 3,200 in Y and 900 in Z").

    >>> text = "Officials said 9,100 people were evacuated: 5,000 in Alpha, 3,200 in Beta and 900 in Gamma."
    >>> [(c.count.value, c.part) for c in moving_counts(text)]
    [(9100, False), (5000, True), (3200, True), (900, True)]
    >>> [(c.count.value, c.part) for c in moving_counts("9,100 people were evacuated: 5,000 by bus and 4,100 by boat.")]
    [(9100, False)]
    """
    return (_PARTS_OPEN.fullmatch(text, whole.head_end, start) is not None and AFTER_BARE_FIGURE.match(text, end) is not None
            and _PART_PLACED.match(text, end) is not None)


def _next_row(text: str, before: Counted, start: int, end: int) -> bool:
    """Whether the count from ``start`` to ``end`` is the next row of a list of places run on in a sentence, the row of
    the count ``before`` headed alike (``_NEXT_ROW``); not a row whose label says what it counts ("Houses damaged: 3,450").

    >>> text = "In camps: Rohri - 1,200 people; Pano Aqil - 800; Houses damaged: 300"
    >>> [(c.count.value, c.unit) for c in moving_counts(text)]
    [(1200, 'people'), (800, 'people'), (300, 'housing')]
    """
    row = _NEXT_ROW.fullmatch(text, before.head_end, start)
    return (row is not None and not counted_label(row["name"]) and label_unit(text, start, end) is None
            and _ROW_HEAD.search(text, max(0, before.start - 4), before.start) is not None)


def _part_of_fronted_whole(text: str, whole: Counted, start: int) -> bool:
    """Whether the count at ``start`` is a part of a whole that opens its clause: "Of the 12,000 people displaced,
    (8,000 are in camps and 4,000 with host families)"."""
    return bool(_OF_THE_BEFORE.search(text, max(0, whole.start - 12), whole.start)
                and _WHOLE_CLAUSE.fullmatch(text, whole.head_end, start))


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
    verb = MOVEMENT.search(text, at, min(stop.start() if stop else len(text), at + 60))
    return verb is not None and not verb["in_camps"]  # a part "in camps" is where the whole's people are


def _moves_itself(text: str, end: int, head_end: int) -> bool:
    """Whether a count's own words say its people moved: "of whom 3,000 were displaced", "including
    1,200 displaced people", "including 800 evacuated"; a part of people who did not move is a report then."""
    return bool(PARTICIPLE_AFTER.match(text, end) or MOVEMENT.search(text, end, head_end)
                or predicate_after(text, head_end))
