"""Movement reports: the statements of an article that people moved, are moving or will move.

``find_reports(doc, mentions)`` reads one document; ``mentions`` are its resolved place mentions.
Only sentences holding a movement word are read closely. The steps, each a module with its rules:

- ``geo.vocabulary``: the words of movement, displacement, states and destroyed homes; the gate an
  article must pass (a word of forced movement) for anything but destroyed homes and states; units.
- ``geo.counting``: which numbers count people (or homes) that moved, in which unit, with their
  breakdown: populations, casualties, group sizes and counts whose own verb is not a movement are not,
  unless, in an article about forced movement, their clause holds a word of displacement (the loose reading,
  a fallback for wordings no rule knows; also for a count no movement of its sentence is near enough to).
- ``geo.movement``: which movement word of the sentence is a count's own, and its term.
- ``geo.hosting``: standing populations of displaced people ("The camp now hosts 12,000 refugees"), read even in a
  sentence with no movement word.
- ``geo.roles``: origin and destinations from the cues and mentions of a sentence; ``geo.where`` how the article's
  place fills in what a sentence does not name; ``geo.story`` the article's place and the story's places.
- ``geo.status``: planned, underway, completed or unknown; batch and cumulative.
- ``geo.attribution``: the credited source.

This module walks the sentences and puts a report together:

- **A numbered report** is a count (``geo.counting``) in a sentence with a movement word
  (``geo.vocabulary``); a count of people moves with the movement *verb* or state nearest to it (a
  noun such as "evacuation" only in a sentence with no verb, within eight words of the count or in a
  label the count ends: "the evacuation of 4,000 people"), past a participle or a clause that only describes its
  people when a verb follows them ("4,000 displaced families have returned", "3,000 people who had fled to Idlib
  returned to Aleppo", "3,000 people displaced by the floods returned": ``geo.movement``; the clause's places are read
  for the movement counted, ``geo.roles.EarlierMove``). Movements to a hospital, jail or court ("moving 85
  residents to a nearby hospital") are care or custody (but patients moved from hospitals, nursing homes or care facilities
  to other hospitals are those places evacuated), to other flights or online classes a change of service, out of a
  building people do not live in (a hotel, offices, a school, a plant) an emptied building, back to school or work
  daily life;
  passengers and crew (``OCCUPANTS``) are a vehicle's, emptied or rebooked (not passengers or tourists arriving in a
  sentence about an evacuation: "with the arrival of 1,435 passengers from Abaco"); people in custody who flee escape;
  "withdrew its 18 members" is a membership; "sent an eight-page letter to" and "sending food and blankets to" move things; a generic verb
  sending people to help, rescue or evacuate moves helpers ("2,000 soldiers were sent to help evacuate residents").
- **A report without a number** (``count`` None) needs, in one sentence, a movement *verb*, a place
  the movement starts from or goes to (named, or "the district"-like for an origin) and a people
  noun that the verb moves: within six words before it or four after it, in its clause, before a
  "who" that leads to it, or "they"/"them" next to it ("militants either relocate to Idlib"); with no place the verb
  governs, the place named right after that people noun is their origin ("Residents of Sirana were ordered to
  evacuate"); with none, an evacuation ordered by the noun for a place is its people's (``_ordered_for_place``). "Dozens of buses ... waiting to leave al-Waer" names no people, and
  "the driver abandoned the van and fled" no people noun near the verb, so neither is a report; a
  participle that only describes people ("a camp for displaced people", "a fleeing family") is no
  movement verb, and an appeal to leave ("residents were urged to leave", "called on villagers to evacuate") tells
  no movement (an order, "were ordered to leave", does: planned).
- **The next sentence** may carry the same people on: "Some 2,000 people left Douma. They were taken
  to Jarablus." gives one report with both places, quoting both sentences (``_carried_on``: the next
  sentence opens with "they", "the convoy", "the evacuees", "most (of them)" ..., moves them and names a destination
  the report lacked; or moves them out again as its object, "Rescuers relocated the people from the river villages":
  one report, its own places kept).
- **Several counts** in a sentence each take the places named from it to the next count (a sentence's only count
  those up to a semicolon opening a statement with a figure of its own, even one no report counts); a figure given
  for each of several places is one report a place (``geo.where.Where.each_listed``); figures listed before one
  noun ("1,200 and 800 people were evacuated from X and Y") take the places listed after them, each its own in order
  when "respectively" pairs them with a list of as many, else each all of them, several origins standing as the
  finest place the article names holding them (``geo.roles.respective_place``, ``listed_places``); a count naming no place takes
  the place the previous sentence of its paragraph locates ("in X", "from X") or a disaster struck there, else the
  article's place. Parts of a whole broken down place by place ("6,400 were evacuated: 4,000 in X and 2,400 in Y",
  ``Counted.part``) are each at the place named after them, flagged ``part``; the whole only where its own clause
  places it (``_whole_of_parts``), like a table's total row. A dateline's place is where the story was filed, no place
  of its sentence ("Kochi - 200,000 families took refuge in camps" names no origin); the date of a figure a count is
  compared with is its own, lent to no other count ("9,100 remain in shelters, down from 12,000 on Saturday": Saturday
  is 12,000's).
- **Tables** (``geo.tables``): a row of figures whose first cell opens with a place (or is a total) is read by its
  columns, not as a sentence: each figure of a column whose header names a movement or a state is a report in the
  header's unit and term at the row's place (``_row_reports``); a total has no place while its table's rows have one.
- **Nationwide**: a displacement figure with no named place and a nationwide scope (a head noun such as
  "Syrians", a million or more in a sentence naming no place, or naming no place of the movement in an
  article about a town or city) is a report, but not about the article's place: its origin stays None and it
  names no destination, so it is listed but feeds no flow, departure or arrival (``geo.flows``).
  A figure of the whole country or disaster area ("nationwide", "in the affected areas": ``_scope_place``) is in the
  country, or the province, the article names holding its place, never in its town, nor at a place another clause of
  its sentence names: the scope word is read in the count's own clause (``_scope_clause``). So is a figure from or in
  several provinces, regions or states ("evacuated 4,000 residents from four provinces", as agency copy sums them up;
  not "to four provinces", nor districts), when the article names that country (else its own place stands).
- The same statement repeated within an article (a headline, then the body; a caption printed
  twice) gives one report: the one with a source, else the one with a breakdown, else one that says when, else
  the body's, else the first; a
  headline's statement of no known status gives way to the body's, a headline's figureless one to the body's first
  count when that one tells its movement (unless it dates its own), and a figure named again after "the"
  for the same movement ("The 3,000 who fled ...") is no new report.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial

from gazetteer.model import Mention, Place
from geo.attribution import PRONOUNS, clause_source, named_source, plural_body, quoted_source, source_of
from geo.clauses import clause_breaks
from geo.counting import COUNTRY_SCOPE, DISASTER_SCOPE, entered_before, listed_receiver, moving_counts, whole_moved_before, whole_opening_before
from geo.dates import another_storm, find_date_text
from geo.documents import article_date, find_dateline, in_furniture, page_furniture, place_colon_dateline, place_dash_dateline
from geo.heads import RESPECTIVELY, Counted, additional, head_noun, listed_position, withdrawn
from geo.homes import listed_housing_term
from geo.hosting import HOSTING, Hosted, standing_populations
from geo.merge import told_again
from geo.model import Citation, Count, Document, Report
from geo.movement import (AID_VERBS, SENDING_HOME, appealed, attributive, brought_in, camping_at_refuge, coordinated_term, earlier_move, going_home, hoped_return,
                          journey_end, moved_with_their_place, movement_of, ordered_evacuation, movers, negotiated, only_their_number, own_term, returnees_named, staying_after,
                          verb_term)
from geo.numbers import find_counts, is_near, parse_count
from geo.roles import (PAIR_NAMED, EarlierMove, Sentence, evacuated_subject, headed, onward_leg, pair_before, place_before,
                       places, receiver, listed_places, relative_clause_of, respective_place, town_reached_before,
                       unknown_placed, unknown_row)
from geo.sentences import sentence_spans
from geo.status import BATCH, BATCH_BEFORE, RELATIVE_CLOSED, changed_to, cumulative, is_rate, more_following, names_part, status_of, still_to_come
from geo.story import (a_crossing, a_state_actor, a_transit, an_invader, another_scene, article_place, inside, left_mostly, nested,
                       reached_mostly, spoken_in, story_destination, story_origin)
from geo.tables import TableRow, column_reading, figure_cell, flattened_rows, list_rows, table_rows, toward_rows
from geo.tallies import restating, tallied_after
from geo.terms import DEFAULT, STAYING, article_term, same_movement, term_of
from geo.vocabulary import (ARRIVING, COMPASS_HEADING, DEMONYM, EACH_OF_PLACES, HEAD_TOKENS, IN_CUSTODY, MOVEMENT,
                            THING_MOVED, TRAVELLERS, WITH_FAMILIES, evacuees_arriving, movement_words, sentence_movements,
                            unit_of, upper_tier_homeless)
from geo.where import Where

_I = re.IGNORECASE

_THEM_AFTER = re.compile(r"\s+them\b", _I)  # the verb's object: people the movers took
# Where a movement is care, custody or a change of service, not displacement: "taken to hospital", "moved 3,000
# passengers to other flights", "12,000 students moved to online classes", "airlifted 180 injured people from remote
# villages to hospitals": up to eight words between, with no second verb ("evacuated 3,000 people and took 20 injured
# to hospital" moved the 3,000; "moving 85 residents and staff to a hospital" is care).
_TO_CARE_CUSTODY_OR_SERVICE = re.compile(
    r"(?:\s+(?!(?:and|but|then|while)\s+(?:[\w-]+ed|took|sent|brought|flew|drove|carried|gave)\b)[\w'’,.-]+){0,8}?"
    r"\s+(?:to|into)\s+(?:(?:(?:the|a|an|another|local|nearby|area|neighbou?ring|other|online|remote"
    r"|virtual|later|alternative|new)\s+){0,2}"
    r"(?:hospitals?|prisons?|jail|custody|court|clinics?|medical\s+cent(?:er|re)s?|flights?|classes|courses|lessons"
    r"|learning|emergency\s+(?:rooms?|departments?|wards?))\b"  # "41 people went to emergency rooms": care
    # ... or to a place for care: "35 injured people were flown to the capital for treatment"
    r"|(?:[\w'’-]+\s+){1,3}?for\s+(?:(?:medical|urgent|further|specialist|speciali[sz]ed|emergency|hospital)\s+)?(?:treatment|care)\b)", _I)
# ... unless the people come from a place of care themselves: patients moved from hospitals, nursing homes or care
# facilities to other hospitals are those places evacuated ("1,800 patients from 22 facilities were transferred to
# hospitals in Orlando").
_FROM_CARE = re.compile(r"\bfrom\s+(?:(?!(?:to|into)\b)[\w'’,-]+\s+){0,3}?(?:facilities|hospitals?|nursing\s+homes?|care\s+homes?"
                        r"|retirement\s+homes?|clinics?|medical\s+cent(?:er|re)s?)\b", _I)

# One building people do not live in, emptied in an emergency, is no displacement (the labelling rules of
# bench/figures_labelled.py): "500 guests were evacuated from the hotel after a fire alarm", "evacuated 250 staff from
# its offices", "left the plant"; homes, apartment buildings and towers, a prison, a camp or a hospital's patients are
# people who live there or are cared for there, and "from hotels" in a hurricane is a mass evacuation.
_ONE_BUILDING_LEFT = re.compile(
    r"(?:(?:\s+[\w'’,-]+){0,4}?\s+(?:from|out\s+of))?\s+(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:hotel|office|offices|headquarters|school|campus|university|college|mall|store|supermarket"
    r"|shop|stadium|arena|theat(?:er|re)|cinema|plant|factory|courthouse|court|city\s+hall"
    r"|premises|warehouse|restaurant|nightclub|bank)\b"
    # "the university town of X" is a town; an airport (not listed) is where airlifts leave from; a building and
    # the town around it are no one building ("evacuated from the plant and the city")
    r"(?!\s+(?:grounds|area|district|zone|town|city)|\s+and\s+(?:the\s+|its\s+)?(?:surrounding\s+|nearby\s+)?"
    r"(?:city|town|village|area|district|neighbou?rhood|region)s?\b)", _I)
# A state's troops move, withdraw or are evacuated; they are not uprooted, homeless or sheltered as displaced people
# are (rebels bussed out under a deal are: "400 fighters will be displaced from the district").
_UPROOTED = frozenset({"displaced", "sheltered", "homeless"})
# People who went to a neighbouring country left a country ("fled to the neighbouring country of South Sudan",
# "crossed into neighbouring Chad"): not the article's town alone.
_TO_A_NEIGHBOUR = re.compile(r"\bneighbou?ring\s+(?:countr(?:y|ies)|nations?|(?-i:[A-Z]))", _I)
# Terms of people who left their own country: a count naming them by its demonym and going abroad came from it
_FLEEING_ABROAD = frozenset({"fled", "crossed"})
# ... and terms of people uprooted where they live, named by its demonym and placed nowhere: in their country (not
# evacuated or sheltered, which nationals abroad are too: "500 Britons were evacuated").
_UPROOTED_AT_HOME = frozenset({"displaced", "homeless", "fled"})
# a state sends its troops where it needs them, and they arrive there: "100 soldiers were set to arrive Sunday to lend a hand"
_SENDING = re.compile(r"(?:sen(?:d|ds|ding|t)|arriv(?:e|es|ed|ing)|land(?:s|ed|ing)?)$", _I)
# ... and so do the staff a team or a delegation counts: "a team of 50 people was sent to Molo", "a medical team of 40
# arrived" (not "a group of 50 people fled")
_TEAM_OF = re.compile(r"\b(?:team|delegation|crew|contingent|squad|mission)\s+of\s+(?:(?:about|some|around|nearly|over|more\s+than)\s+)?$",
                      _I)
_BACK_TO_ROUTINE = re.compile(r"(?:\s+of(?:\s+[\w'’-]+){1,4}?)?(?:\s+back)?\s+to\s+(?:school|work|classes|class|their\s+(?:jobs|desks|classrooms)|normal"
                              r"|business"
                              # (also a return's noun: "the return of students and teachers to classes"), or to a school
                              # named ("students are returning to the Lakeside high school"; not "to the school shelter")
                              r"|(?:the|their|its)\s+(?:[\w'’.-]+\s+){0,3}?(?:high\s+school|school|classes|classrooms?|campus)"
                              r"(?!\s+(?:shelters?|gym|building|grounds))"
                              r")\b", _I)
_SEVERAL = r"(?:neighbou?ring|other|several|nearby|surrounding)\s+countries\b"
_SEVERAL_COUNTRIES = re.compile(rf"\b{_SEVERAL}", _I)
# ... right after any verb's "to" or "into": "150,000 have fled to neighbouring countries" (not "fled their homes ... aid
# from other countries").
_TO_SEVERAL_COUNTRIES = re.compile(rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?:to|into|across|towards?)\s+(?:the\s+)?{_SEVERAL}", _I)
# A count right after a generic verb's "to" is where it went, not who went: "aid went to 3,000 families".
_TO_THE_COUNT = re.compile(r"\s+to\s+(?:the\s+)?", _I)
# A headline: a line that does not end as a sentence does ("Floods displace 5,000 in Goma").
_HEADLINE = re.compile(r"[^.!?\"”’')\s]\s*$")
# ... or the article's first line standing alone, short as a title: some feeds end titles with a full stop
_PARAGRAPH_END = re.compile(r"[ \t]*\n[ \t]*\n")
_TITLE_WORDS = 15  # a title's length at most; a lead paragraph of one sentence is longer
#: A figure given for each of several places: "over 37,000 (people) in each of the districts of ..." (``EACH_OF_PLACES``).
_EACH_OF = re.compile(rf"(?:\s+[\w'’-]+){{0,4}}?\s+(?:in|at|from)\s+{EACH_OF_PLACES}", _I)
_DATELINE_REACH = 120  # a dateline right after a title fits in this many characters
# A title's topic before a colon ("Uganda landslide: 900 displaced in Bududa."): a lead opens with no such label
_TOPIC_FIRST = re.compile(r"(?:[^\W\d][\w'’-]*[ \t]+){0,3}[^\W\d][\w'’-]*:[ \t]")
# What a heading line may hold beside its place: a kind and a separator ("Sindh province:").
_HEADING_REST = re.compile(r"[\s:–—-]*(?:(?:province|district|county|region|state|governorate|department|prefecture|oblast"
                           r"|municipality|city|town)\b[\s:–—-]*)?", _I)
# A line of a place and its topic after a dash heads a paragraph of a flash update or a bulletin ("Kenya - Floods",
# "Somalia – Flash floods", "Afghanistan - Returns from Pakistan"): a few words, no figure, no full stop.
_TOPIC_AFTER = re.compile(r"\s+[–—-]\s+(?:[^\W\d][\w'’/&()-]*,?\s*){1,6}", _I)
# A heading of a count's own, by a compass point: "20,000 have gone north (to the camps) while 35,000 went south to X" --
# the places named past the next count are that count's, not this one's.
_OWN_HEADING = re.compile(rf"\b{COMPASS_HEADING}\b", _I)
# A contrast that opens the count's clause with the count as its subject: the places of the clause before it are
# another movement's ("patients were taken to hospitals in Alpha, but the 12,000 people in the arena will go to Beta").
_CONTRAST_BEFORE = re.compile(r",\s+but\s+(?:the\s+)?(?:(?:some|about|around|nearly|over|at\s+least|more\s+than)\s+)?$", _I)
# (also before "there were": "..., while in Chikwawa(,) there were 521 evacuees")
# (also with no comma when a name opens the sentence: "In Camaguey province 225,000 residents evacuated")
_FRONTED = re.compile(r"\b(?:in|from|at)\s+[^,;.()]{1,40}?(?:,\s*|(?:,\s*|\s+)there\s+"
                      r"(?:were|are|was|is|remain|remained)\s+)$|^\s*(?:in|at)\s+(?-i:[A-Z])[^,;.()\d]{0,40}?\s+$", _I)
# A clause after a comma that a figure of its own opens, with its verb: ", 150,000 were mobilized in X" tells that
# figure's place, not the one before it.
_FIGURE_CLAUSE = re.compile(r",\s+(?:and\s+)?(?:(?:some|about|around|another|nearly|almost|over|more\s+than)\s+)?"
                            r"\d[\d,.]*(?:\s+(?:million|thousand))?(?:\s+[a-z]+)?\s+(?:were|was|are|is|have|has|had)\b", _I)
# ... not right after a verb, whose place it is: "have arrived in Poland, (608,000) ...", "fled from X, (900) ...".
_VERB_BEFORE = re.compile(r"\b(?:[a-z]+(?:ed|ing)|fled|left|are|were|is|was|been|remain|remains|stay|stays)\s+$")
# ... nor right after a figure, which it places: "(281,000 entered X,) 84,500 in Hungary, (36,400 in Moldova)".
_FIGURE_BEFORE = re.compile(r"(?:\d|\b(?:hundred|thousand|million|billion))\s+$", _I)
# A figure a count is compared with, the value before a change: "(9,100 remain), down from (12,000 on Saturday)", "down
# from a peak of (25,000)".
_COMPARED_BEFORE = re.compile(r"\b(?:(?:down|up)\s+from|compared\s+(?:with|to))\s+(?:an?\s+(?:peak|high|maximum|record)\s+of\s+)?$", _I)
_NAMED_AGAIN_BEFORE = re.compile(r"\b(?:the|these|those)\s+$", _I)
# A generic mover whose purpose is aid moves helpers: "soldiers were sent to help evacuate residents", "brought
# 300 volunteers in to assist".
# ("sent 2,000 residents to secure shelters": "secure" and "protect" describe where people go as often), also past where
# they go: "20 UN staff to go to east Aleppo and monitor evacuations".
_SENT_TO_AID = re.compile(rf"(?:\s+(?:in|out|over|back))?(?:\s+to\s+(?:[\w'’-]+\s+){{1,3}}?(?:and|to)|\s+to)"
                          rf"\s+(?:{AID_VERBS}|evacuate|patrol|guard|monitor|observe|oversee)\b", _I)
# A sentence that goes on about the people of the sentence before.
# Also most or many of them, when a verb follows ("Most were heading to Lviv"; not "Most shops were closed"): where
# most went is the count's destination. Others are other people.
# Also after whose word it is: "The agency said most of these people went to Mogadishu".
_CARRIED_ON = re.compile(r"(?:(?:[\w'’.-]+\s+){1,4}?(?:said|says|reported|reports|added|noted)(?:\s+that)?\s+)?"
                         r"(?:they|these|those|the\s+(?:evacuees|convoys?|buses|busses|group|displaced|residents|families"
                         r"|people|civilians|fighters|refugees)"
                         r"|(?:most|many|(?:almost\s+|nearly\s+)?all|the\s+(?:majority|bulk))"
                         r"(?:\s+of\s+(?:them|(?:these|those)(?:\s+(?:people|families|residents|civilians|evacuees|refugees))?))?"
                         r"(?=\s+(?:were|are|was|is|had|have|has|will|would|went|fled|left|made|took|got|sought|\w+ed)\b))\b",
                         _I)
# ... or as the object right after a verb moving them out: "Rescue teams relocated the people from the river villages",
# "Soldiers evacuated them by boat" (a return or a deportation of them is another movement).
_CARRIED_ON_OBJECT = re.compile(r"\s+(?:them|(?:the|these|those)\s+(?:people|families|households|residents|villagers|evacuees"
                                r"|victims|displaced|civilians))\b", _I)
_MOVING_OUT = frozenset({"evacuated", "relocated", "displaced", None})
# Places large enough for a million people displaced to stand for them.
_MILLION_SCALE = frozenset({"country", "admin1", "region", "continent"})
# Places of a town's scale or finer, and the figure none of them holds when GeoNames knows no population of it.
_TOWN_SCALE = frozenset({"city", "district", "neighbourhood", "site"})
_NO_TOWN_HOLDS = 100_000
# People named by their movement take its term when their verb is generic ("6,000 refugees arrived", "2,700
# returnees have arrived in Tissi"); arrivals from or into a country crossed its border ("20,000 new arrivals
# reached Chad", "new arrivals in the border area").
_BORDER = re.compile(r"\b(?:across|over)\s+the\s+border|\bborder\s+(?:areas?|regions?|zones?|districts?|crossings?|points?"
                     r"|towns?|villages?)\b", _I)  # not "a border camp": its arrivals may be displaced within
# People who left a country (named right after their generic verb, or "the country") crossed its border: no
# displacement within it ("300,000 have left Sudan", "had left the country"; not "left their homes", "left Khartoum").
_LEAVING_WORD = re.compile(r"left|leav(?:e|es|ing)|depart(?:s|ed|ing)?", _I)
_ITS_COUNTRY = re.compile(r"\s+(?:the|their|this)\s+country\b", _I)
# A border or a territory named by the nation it belongs to, right after the verb: "fled over the Polish border",
# "crossed into Hungarian territory".
_NATIONS_BORDER = re.compile(r"(?:\s+[\w'’-]+){0,2}?\s+(?:over|across|into|to|through)\s+(?:the\s+)?(?P<nation>[^\W\d_]+)"
                             r"\s+(?:border|frontier|side|territory)\b", _I)
# "The country" people entered or crossed into (``Where.into_the_country``): "have entered the country from X".
_INTO_THE_COUNTRY = re.compile(r"\s+(?:into\s+)?(?:the|this)\s+country\b", _I)
# ... or, right after a verb of crossing, the border it names as its object: "crossed the Armenian border".
_CROSSED_NATIONS_BORDER = re.compile(r"\s+(?:the\s+)?(?P<nation>[^\W\d_]+)\s+(?:border|frontier)\b", _I)
_NOUN_AFTER = re.compile(r"\s+(\w+)")
_MOVER_TERMS = {"refugees": "fled", "returnees": "returned", "evacuees": "evacuated", "deportees": "deported",
                "idps": "displaced"}


def _count_places(sentence: Sentence, context: Place | None, counts: Sequence[Counted], index: int,
                  where: Where, named: Sequence[Place], earlier: EarlierMove | None = None) -> Where:
    """Where one of several counts of a sentence happened: the places named from it to the next count
    ("2,800 houses damaged in Jiangxi and 400 people evacuated in Hunan"), else the place of a locative that
    opens its clause ("In Kasese, 2,300 households were displaced; in Bundibugyo, 1,100"), else the sentence's (not its
    destinations when the count goes its own way by a compass point: "2,000 fled north, and 3,000 fled south to X")."""
    # a place heading a line's only count ("Albay: 4,560 evacuees") is read as for one of several
    if len(counts) == 1 and not headed(sentence, counts[index].start):
        clause = relative_clause_of(sentence, counts[index].start) if earlier is None else None
        own = places(sentence, context, clause) if clause is not None else None
        if own is not None and own.named:  # "..., where clashes in El Fasher have forced 5,000 people to flee"
            return own
        if earlier is None and (stop := _next_statement(sentence.text, counts[index].end)) is not None:
            return places(sentence, context, until=stop)
        contrast = _CONTRAST_BEFORE.search(sentence.text, max(0, counts[index].start - 40), counts[index].start)
        theirs = places(sentence, context, contrast.start()) if earlier is None and contrast is not None else None
        if theirs is not None and theirs.named:
            return theirs
        if earlier is None and (past := _past_other_figure(sentence, context, counts[index].start, where)) is not None:
            return past
        return where if earlier is None else places(sentence, context, earlier=earlier)
    if (in_list := listed_position(sentence.text, counts, index)) is not None:
        position, listed = in_list
        last = index - position + listed - 1
        after, until = counts[last].start, _until_next(sentence.text, counts, last)
        first = counts[index - position].start
        if not RESPECTIVELY.search(sentence.text, counts[index].end):
            # "1,200 and 800 people fled X and Y": which figure is whose is a guess; each has the list's places (else
            # those named before the list: "In X and Y, 1,200 and 800 people fled")
            own = listed_places(sentence, context, after, until, named, earlier)
            return own if own.named else listed_places(sentence, context, 0, first, named, earlier)
        # "1,200 and 800 people fled X and Y respectively": each figure its place of those the list's last figure names,
        # else of those named before the list ("In X and Y, 1,200 and 800 people fled respectively")
        paired = (respective_place(sentence, context, after, until, position, listed, earlier)
                  or respective_place(sentence, context, 0, first, position, listed, earlier))
        if paired is not None:
            return paired
    until = _until_next(sentence.text, counts, index)
    own = places(sentence, context, counts[index].start, until, earlier)
    if entered_before(sentence.text, counts, index):
        own = own.reached_there(where.destinations, context)  # "..., 52,000 in Beta" after "entering Alpha": they reached Beta
    if own.named:
        return own
    if unknown_placed(sentence, counts[index].end):
        # "..., 1,722 in Zorblat": its own place the gazetteer does not know; none of the list's before, nor the article's
        return replace(own, unknown_origin=True)
    if unknown_row(sentence, counts[index].start):
        # a row's place the gazetteer does not know lies where the lead-in says ("in camps in Erbil: ..."), else where
        # the article is; never at the place heading the row before
        return places(sentence, context, until=counts[0].start)
    fronted = _fronted(sentence.text, counts[index].start)
    opening = places(sentence, context, fronted.start(), counts[index].start, earlier) if fronted is not None else None
    if opening is not None and opening.named:
        return opening
    if until is not None and _OWN_HEADING.search(sentence.text, counts[index].end, until):
        return replace(where, destinations=(), destination_texts=(), whereabouts=())  # went its own way
    return where


def _past_other_figure(sentence: Sentence, context: Place | None, start: int, where: Where) -> Where | None:
    """The places named after the only count at ``start`` when the sentence's origin is named after a figure before
    it that no report counts: that place is the other figure's, as each of several counts takes the places named from
    it on ("257 households were affected in X late in December, and rains left 2,068 households displaced in Y": Y;
    not "In X, 14 people went missing when floods destroyed 19 homes in Y": X opens the sentence, before any figure);
    None when the count names no place of its own ("the district" standing for one is none)."""
    before = find_counts(sentence.text[:start])
    if not before or where.origin is None:
        return None
    theirs = places(sentence, context, before[0][1], start)
    own = places(sentence, context, start)
    if theirs.origin != where.origin or own.origin is None or own.generic:
        return None
    return own


def _parts_and_wholes(text: str, counts: Sequence[Counted]) -> list[tuple[Counted | None, re.Match | None]]:
    """For each of ``counts``: the whole it is counted out of, when that whole's relative clause moves it before the
    part's own verb (``whole_moved_before``: "3,000 of the 15,000 who crossed into X have returned"; or a whole its
    clause opens with, ``whole_opening_before``: "Of the 15,000 who crossed into X, 3,000 have returned"), and the
    movement of that clause when it is such a whole itself; each neighbouring pair is asked once."""
    wholes: list[Counted | None] = [None] * len(counts)
    clauses: list[re.Match | None] = [None] * len(counts)
    for index, (first, second) in enumerate(zip(counts, counts[1:])):
        if (moved := whole_moved_before(text, first, second)) is not None:
            wholes[index], clauses[index + 1] = second, moved
        elif (moved := whole_opening_before(text, first, second)) is not None:
            wholes[index + 1], clauses[index] = first, moved
    return list(zip(wholes, clauses))


def _apart_places(sentence: Sentence, context: Place | None, start: int, own_clause: re.Match | None,
                  verbs: Sequence[re.Match], earlier: EarlierMove | None) -> Where:
    """Where a whole and a part counted out of it moved apart (``_parts_and_wholes``) went: the whole where its own
    clause says, up to the part's verb; the part where the rest says, the whole's clause telling where it left from."""
    if own_clause is None:
        return places(sentence, context, start, None, earlier)
    until = next((m.start() for m in verbs if m.start() >= own_clause.end()), None)
    return places(sentence, context, start, until)


def _part_places(sentence: Sentence, context: Place | None, counts: Sequence[Counted], index: int) -> Where:
    """Where a part of a whole broken down place by place is: the place named after it, up to the next count ("9,100
    people were evacuated: 5,000 in X, 3,200 in Y": X, then Y; "in X," is no place fronting the next part's clause)."""
    return places(sentence, context, counts[index].start, counts[index + 1].start if index + 1 < len(counts) else None)


def _whole_of_parts(sentence: Sentence, context: Place | None, counts: Sequence[Counted], index: int) -> Where:
    """Where a whole broken down place by place is: the places its own clause names ("9,100 people were evacuated from
    Q overnight: 5,000 in X, ..."), else none, as a table's total row has none while its rows have one: the parts are
    not all in the first one's place, and the map counts them each on its own route, never their whole beside them."""
    return places(sentence, context, counts[index].start, counts[index + 1].start)


def _until_next(text: str, counts: Sequence[Counted], index: int) -> int | None:
    """Where the places of ``counts[index]`` end: at the next count, at the place fronting its clause ("..., in
    Bundibugyo, 1,100"), or at a clause another figure opens ("..., 150,000 were mobilized in X"); None for the last
    count."""
    if index + 1 == len(counts):
        return None
    following = _fronted(text, counts[index + 1].start)
    until = following.start() if following is not None else counts[index + 1].start
    # a clause between that another figure opens with its verb ("..., 150,000 were mobilized in X") is that figure's
    other = _FIGURE_CLAUSE.search(text, counts[index].end, until)
    return other.start() if other is not None else until


def _next_statement(text: str, end: int) -> int | None:
    """Where a semicolon after the count ending at ``end`` starts a statement with a figure of its own, else None: its
    places are that figure's ("7.2 million people were under evacuation orders; several hundred thousand drove out of
    the Tampa Bay area": not from Tampa), even one no report counts.

    >>> text = "7.2 million were under orders; some 300,000 drove out of Tampa."
    >>> _next_statement(text, 11), _next_statement("7.2 million were under orders; most drove out of Tampa.", 11)
    (29, None)
    """
    semicolon = text.find(";", end)
    if semicolon < 0:
        return None
    statement = text[semicolon + 1:].split(";", 1)[0]
    return semicolon if find_counts(statement) else None


def _people_country(text: str, counted: Counted, peoples: Mapping[str, Place]) -> Place | None:
    """The country of the people a count names by its demonym ("Some 10,000 Sudanese", "thousands of Sudanese
    refugees"), else None."""
    words = re.findall(r"[^\W\d_]+", text[counted.start:counted.head_end].lower())
    return next((peoples[w] for w in words if w in peoples), None)


def _nations_border(text: str, verb: re.Match, peoples: Mapping[str, Place],
                    own: Place | None) -> tuple[Place | None, str]:
    """The country whose border or territory people crossed into, named by its nation right after their ``verb``
    ("fled over the Polish border": Poland; "crossed the Polish border"), with its words; (None, "") for none, or for
    the border of the people's ``own`` country ("Syrians fled across the Syrian border": which side is theirs to leave)."""
    found = _NATIONS_BORDER.match(text, verb.end()) or (
        _CROSSED_NATIONS_BORDER.match(text, verb.end()) if verb.group().lower().startswith("cross") else None)
    country = None if found is None else peoples.get(found["nation"].lower())
    if country is None or (own is not None and own.id == country.id):
        return None, ""
    return country, text[found.start("nation"):found.end()]


def _fronted(text: str, start: int) -> re.Match | None:
    """A locative opening the clause of the count at ``start``: "In Kasese district, (2,300 ...)"; not one that ends the
    clause before, right after its verb ("2.3 million have arrived in Poland, (608,000) entered Romania") or its figure
    ("2,300 in Tororo, (900) in Kasese").

    >>> text = "In Kasese, 2,300 fled; in Tororo, 900 left. Some 2,300 arrived in Tororo, 900 entered Kasese."
    >>> [_fronted(text, at) is not None for at in (11, 34, 72)]
    [True, True, False]
    >>> _fronted("Some 2,300 fled, 1,200 in Tororo, 900 in Kasese.", 34)
    """
    fronted = _FRONTED.search(text, max(0, start - 60), start)
    if fronted is None or any(before.search(text, max(0, fronted.start() - 20), fronted.start())
                              for before in (_VERB_BEFORE, _FIGURE_BEFORE)):
        return None
    return fronted


# A sentence that opens with a part of what the sentence before counted ("Of them, 120 were washed away"), and the noun
# of that sentence's last figure ("300 houses", "300 mud houses").
_OF_THEM_OPENING = re.compile(r"\s*(?:of|among)\s+(?:them|these|those)"
                              r"(?:\s+(?:people|persons|individuals|families|households|residents|evacuees))?\s*,", re.IGNORECASE)
_LAST_FIGURE_NOUN = re.compile(r"\d[\d,.]*(?P<words>(?:\s+[\w-]+){1,2})[^\d]*$")
# A subgroup of the people who moved, named in the count's noun phrase ("200 wounded people", "400 children"): a part
# of everyone who left, no estimate of them (``geo.flows``).
_SUBGROUP = re.compile(r"\b(?:wounded|injured|sick|elderly|disabled|children|women|orphans|patients|minors|babies|infants)\b",
                       re.IGNORECASE)
# ... or one of those a sentence before counted, named as such before the count, and the counts listed after it in
# its sentence: "Of those evacuated, 1,200 were British nationals", "Of them, 300 were children", "Among those
# crossing the border, 3,000 are Syrians and 1,500 are Lebanese".
_OF_THOSE_BEFORE = re.compile(r"\b(?:of|among)\s+(?:those|them|these)(?:\s+[\w-]+){0,3}\s*,[^.;:]*$", re.IGNORECASE)


def _a_part(text: str, counted: Counted) -> bool:
    """Whether a count counts a part of everyone who moved (``_SUBGROUP``, ``_OF_THOSE_BEFORE``): no estimate of them."""
    return (_SUBGROUP.search(text, counted.end, counted.head_end) is not None
            or _OF_THOSE_BEFORE.search(text, max(0, counted.start - 120), counted.start) is not None)


def _report(document: Document, sentence: Sentence, counted: Counted | None, unit: str, verb: re.Match,
            term: str, where: Where, source: str | None, batch: bool, earlier: EarlierMove | None = None,
            status: str | None = None) -> Report:
    # "5,000 left and 3,000 more would follow": the movement before, still to come ("3,000 more followed": done)
    following = more_following(sentence.text, counted.start, counted.end) if counted is not None else None
    status = status or following or status_of(sentence.text, verb)
    body = sentence.text[sentence.body:]
    if earlier is not None and earlier.start >= sentence.body:
        # the date of the earlier movement a clause tells is not the counted one's ("35,000 people who had
        # returned to Masisi in March were displaced again this week": this week)
        body = sentence.text[sentence.body:earlier.start] + " " + sentence.text[earlier.end:]
    when, when_text = find_date_text(body, document.date, still_to_come(status, body), another_storm(body, document.text))
    return Report(
        quote=document.text[sentence.start:sentence.end],  # as written, with any lost letter (U+FFFD)
        citations=(_cite(document, sentence.start, sentence.end),),
        origin=where.origin, origin_text=where.origin_text,
        destinations=where.destinations, destination_texts=where.destination_texts,
        count=counted.count if counted else None, unit=unit,
        origin_inferred=where.inferred,
        breakdown=tuple(counted.breakdown) if counted else (),
        status=status,
        date=when,
        attributed_to=source,
        cumulative=cumulative(sentence.text) or (counted is not None and changed_to(sentence.text, counted.start)),
        batch=batch,
        # (homes destroyed "of them" are no part of people who moved: "Of them, 120 were washed away")
        part=counted is not None and (counted.part or (counted.unit != "housing" and _a_part(sentence.text, counted))),
        additional=counted is not None and additional(sentence.text, counted.start, counted.end),
        term=term,
        equivalent=tuple(counted.equivalent) if counted else (),
        date_text=when_text,
    )


def _clause_dates(document: Document, sentence: Sentence, counts: Sequence[Counted],
                  reports: list[Report]) -> list[Report]:
    """The reports of a sentence of several counts, each dated by its own clause: from its count to the next
    (the first from the sentence's start: "On Saturday, 500 left Dnipro and 300 ..."); a clause with no date
    takes that of the first dated clause of the same status ("500 left Dnipro on Saturday and 300 went to
    Kharkiv"), never a plan's date for a completed move ("40,000 were moved and 25,000 would leave by Friday"), nor
    the date of a figure the count is compared with ("9,100 remain in shelters, down from 12,000 on Saturday": Saturday
    is 12,000's). A compared figure with no date of its own is the same people's older count, no report of its own
    ("had fallen to 18,000, down from 25,000")."""
    bounds = [sentence.body, *(counted.start for counted in counts[1:]), len(sentence.text)]
    clauses = [sentence.text[start:end] for start, end in zip(bounds, bounds[1:])]
    earlier = another_storm(sentence.text, document.text)
    own = [find_date_text(clause, document.date, still_to_come(report.status, clause), earlier)
           for clause, report in zip(clauses, reports)]
    first_of_status: dict[str, tuple[str | None, str | None]] = {}
    for n, (report, when) in enumerate(zip(reports, own)):
        if when[1] is not None and not (n and _COMPARED_BEFORE.search(clauses[n - 1])):
            first_of_status.setdefault(report.status, when)
    dated = [when if when[1] is not None else first_of_status.get(report.status, (None, None))
             for report, when in zip(reports, own)]
    undated_earlier = [n > 0 and when[1] is None and bool(_COMPARED_BEFORE.search(clauses[n - 1]))
                       for n, when in enumerate(own)]
    return [report if (report.date, report.date_text) == when else replace(report, date=when[0], date_text=when[1])
            for report, when, earlier in zip(reports, dated, undated_earlier) if not earlier]


@dataclass(frozen=True)
class ArticleFacts:
    """What the whole article tells the reading of each of its sentences."""
    context: Place | None  # the article's place (``article_place``): a count naming no place of its own is about it
    forced: bool  # the article is about forced movement: a count may take a word of displacement in its clause
    term: str  # the article's own term, for generic movement words
    reached: bool  # the article's place is the story's destination: it stands in for no origin (``reached_mostly``)
    filed_in: Place | None  # the place of the dateline (the city that "had received" evacuees)
    went_to: Place | None  # where the article most often says people went (``story_destination``): arrivals naming
    # no place are there
    left_from: Place | None  # where it most often says people left (``story_origin``), read when the article's place is
    # the story's destination: departures naming no place left from there
    sends_home: bool  # the article tells of deportations or repatriations: nationals leaving a foreign country go home
    peoples: Mapping[str, Place]  # the peoples it names by a country's demonym (lower-cased) -> that country
    named: tuple[Place, ...] = ()  # the places it names about its story, each once: one may hold a list's places
    left: bool = False  # the article's place is mostly where people left (``left_mostly``): no one stays or arrives there
    negotiated: bool = False  # the article tells of a movement under a deal between the sides: a move is an evacuation


@dataclass(frozen=True)
class Surroundings:
    """What the sentences around one sentence tell its reading."""
    source: str | None  # the credited source ("It said": the sentence before's; "He said": the last speaker's)
    batch_before: bool  # the sentence before named a part ("the first batch"), no figure
    nearby: Place | None  # where the sentence before, in the same paragraph (or a heading line), says something
    # happened: a figure naming no place is about it
    town_before: Callable[[], Place | None]  # the town the sentence before says people went to ("the city" that
    # received them), read only when needed
    unit_before: str = "people"  # the unit of what the sentence before counted, when this one opens with a part of it
    unplaced_whole: Count | None = None  # the figure before that this one opens with a part of, when no place holds
    # it ("4.4 million are homeless. Among these people, 400,000 are in evacuation centres"): a nationwide whole's part
    # is nationwide too
    pair_before: Callable[[], Place | None] = lambda: None  # the first of the last two places the article joined by
    # "and" before the sentence, which "the two towns" stand for (``geo.roles.pair_before``), read only when needed


def _cite(document: Document, start: int, end: int) -> Citation:
    """Where a quote stands in ``document``, with the article's outlet and publication date."""
    return Citation(document.id, start, end, document.outlet, document.date)


def _sentence_reports(document: Document, sentence: Sentence, facts: ArticleFacts,
                      around: Surroundings) -> list[Report]:
    """The reports of one sentence."""
    context, nearby, went_to = facts.context, around.nearby, facts.went_to
    text = sentence.text
    hosted = standing_populations(sentence)  # "The camp now hosts 12,000 refugees": no movement word needed
    held = [_held_report(document, sentence, facts, around, h) for h in hosted]
    # "..., said Ana Ruiz, who fled her village": the speaker's own movement is not the count's
    # ... nor is "returned" naming people ("8,000 returned migrants could arrive": returnees, arriving)
    movements = [m for m in sentence_movements(text, facts.forced)
                 if m.start() < sentence.speaker_described and not returnees_named(text, m.start())]
    if not movements:
        return held
    batch = bool(BATCH.search(text))
    counts = [c for c in moving_counts(text, loose=facts.forced, unit_before=around.unit_before)
              if all(c.start != h.counted.start for h in hosted)]
    moving = [m for m in movements if not m["housing"]]
    verbs = [m for m in moving if m["verb"] or m["state"]]  # a figure moves with a verb; a noun is only the topic
    things = [m for m in verbs if THING_MOVED.match(text, m.end())]  # "sent an eight-page letter to": a thing moves
    verbs = [m for m in verbs if m not in things]
    moving = [m for m in moving if m not in things]
    if counts:
        where = places(sentence, context)
        breaks = clause_breaks(text)
        reports: list[Report] = []
        reported: list[Counted] = []
        told: tuple[tuple[re.Match, str], bool] | None = None  # the movement of the count before and whether they stay
        people_before: Place | None = None  # the country the people of the count before are named after
        for index, (counted, (whole, own_clause)) in enumerate(zip(counts, _parts_and_wholes(text, counts))):
            start, end = counted.start, counted.end
            unit = counted.unit
            if unit == "housing":
                term = listed_housing_term(text, counts, index)
                if term is None:
                    continue
                unit, generic = "households", False
                verb = min(movements, key=lambda m: abs(m.start() - end))
            else:
                # a part counted out of a whole its relative clause moves takes the verb after it, the whole that
                # clause's ("3,000 of the 15,000 who crossed into X have returned": the 15,000 crossed, the 3,000 returned)
                # (a part after its whole has its own verb next to it)
                holder = whole if whole is not None and whole.start > start else counted
                moved = ((own_clause, verb_term(text, own_clause, moving, facts.term, facts.negotiated))
                         if own_clause is not None
                         else movement_of(text, breaks, holder, movements, moving, verbs, facts.term, facts.forced,
                                          facts.negotiated))
                if moved is None and counted.again and told is not None and reported and reported[-1] is counts[index - 1]:
                    moved = told[0]  # "8,000 evacuees were in Anzac, 9,000 in Calgary": moved as the figure before
                if moved is None:
                    continue  # "15 members ... sent a letter ... about the evacuation": only the topic
                verb, term = moved
                generic = own_term(text, verb) is None and not verb["rescue"] and term != "deported"
                home = facts.sends_home and generic and going_home(text, counted, verb)
                # a tally that names the people first (``named_as``): "the displaced, numbering 13,500, are staying in
                # schools": displaced
                term = (counted.named_as or ("returned" if home else None) or (generic and (
                    coordinated_term(text, verb, verbs) or _MOVER_TERMS.get(head_noun(text, counted))
                    or _returnees_term(text, counted))) or _own_noun_term(text, counts, index, verb) or term)
                if _no_displacement(text, counted, verb, term, generic):
                    continue
            # the whole's clause tells its part's earlier movement: where it went is where the part's starts
            earlier = earlier_move(text, whole or counted, verb, verbs, term)
            # a whole broken down place by place has only the place its own clause names, never the article's
            broken_down = index + 1 < len(counts) and counts[index + 1].part and not counted.part
            own = (_whole_of_parts(sentence, context, counts, index) if broken_down
                   else _part_places(sentence, context, counts, index) if counted.part
                   else _apart_places(sentence, context, min(start, whole.start) if whole else start, own_clause, verbs, earlier)
                   if whole or own_clause
                   else _count_places(sentence, context, counts, index, where, facts.named, earlier)
                   ).over_origins(facts.named)  # "arrived from Sukkur and Larkana": from the place holding both
            # a figure of the whole country or disaster area is there, not in the article's town, nor at a place
            # another clause of its sentence names ("In X, 4,000 fled, and nationwide 20,000 were displaced")
            # (most sentences name no scope: their counts need no clause)
            scope_from, scope_to = 0, len(text)
            scoped = bool(COUNTRY_SCOPE.search(text) or DISASTER_SCOPE.search(text))
            scope_place = None
            if scoped:  # (searched once: the clause is worked out only in a sentence naming a scope)
                scope_from, scope_to = _scope_clause(text, counts, index)
                disaster = DISASTER_SCOPE.search(text, scope_from, scope_to)
                scoped = bool(disaster or COUNTRY_SCOPE.search(text, scope_from, scope_to))
                scope_place = _scope_place(text[scope_from:scope_to], context, facts.named) if scoped else None
                if (scoped and not disaster and scope_place is None
                        and all(m["divisions"] for m in COUNTRY_SCOPE.finditer(text, scope_from, scope_to))):
                    scoped = False  # "in three states" of a country the article does not name: its own place stands
            if scoped and (scope_from, scope_to) != (0, len(text)) and not (whole or own_clause or broken_down or counted.part):
                own = places(sentence, context, scope_from, scope_to if scope_to < len(text) else None,
                             earlier).over_origins(facts.named)
            if facts.reached:
                own = own.beside_story_destination(nearby)
            if own.generic and PAIR_NAMED.search(own.origin_text):
                own = own.the_pair(around.pair_before())  # "had left the two towns": the pair named before
            # the figure before said again of others stays where it is placed as the one before does
            staying = staying_after(text, counted, verb) or bool(counted.again and told and verb is told[0][0] and told[1])
            told = (verb, term), staying
            # people camping out at a refuge are there, as people sheltered in it are
            arriving = bool(ARRIVING.match(verb.group())) or staying or camping_at_refuge(text, verb) or brought_in(text, verb)
            # "37,000 in each of the districts of Mulanje and Nsanje": the same figure in each place listed
            each_place = own.each_listed() if _EACH_OF.match(text, end) else ()
            if not arriving:  # "400 families homeless in Jiangxi, Fujian and Guangdong": in the place holding them
                own = own.over_list(facts.named)
            # a nationwide figure takes no article place, but people received where it locates them are there
            # ("1 million Syrians are registered as refugees in Lebanon")
            nationwide = any(_nationwide(sentence, end, count, own, nearby or context, facts.named)
                             for count in (counted.count, around.unplaced_whole) if count is not None)
            # ... it is in the country the article names holding its place ("7.3 million were told to evacuate" in a
            # story told through Tokyo: Japan), unless that place is where people went or the count names a people
            country_wide = (_scope_place("", nearby or context, facts.named)
                            if nationwide and not facts.reached and not _people_named_after(sentence, end) else None)
            ends_journey = journey_end(verb) and not staying  # people staying are where the article is
            # people staying or arriving are not where the article mostly says people left (but come home there)
            staying_put = context if term == "returned" or not facts.left else None
            # people staying are in the town the sentence before says people went to, not where it says they left
            # ("Evacuees from Covelo were sent to Ukiah. Dozens are living in tents there": in Ukiah)
            standing_in = ((staying and around.town_before()) or nearby
                           or (((ends_journey and went_to) or staying_put) if arriving
                               else facts.left_from if facts.reached else context))
            # people a place received are there: the article's place stands in for no origin of theirs
            listed = listed_receiver(text, counts[:index], start)
            received = receiver(sentence, start, facts.filed_in or context, around.town_before, listed)
            # people crossing into several countries came from across their own: no town of it stands in
            spread = _into_several_countries(text, verb, own, term in _FLEEING_ABROAD)
            passing = not arriving and _passed_through(document.text, sentence, standing_in)
            counted_where = (own.received_in(*received) if received is not None
                             else own.from_article(None if spread or broken_down or passing
                                                   else scope_place if scoped
                                                   else country_wide if nationwide else standing_in,
                                                   arriving or _sheltered_unplaced(term, own))
                             ).country_of_article(facts.named, bool(_TO_A_NEIGHBOUR.search(text))).region_of_article(facts.named)
            if arriving and facts.left:  # "2.3 million have arrived in Poland" in a story of people fleeing Ukraine
                counted_where = counted_where.from_place_left(context)
            if term_of(verb.group()) == "crossed":  # "had crossed in a single day": into the story's destination
                counted_where = counted_where.crossing_to(went_to)
            if (unit == "people" and generic and head_noun(text, counted) == "arrivals"
                    and (_BORDER.search(text)
                         or any(p.kind == "country" for p in (counted_where.origin, *counted_where.destinations) if p))):
                term = "crossed"
            if generic and term == DEFAULT and _left_a_country(text, verb, counted_where):
                term = "crossed"
            # a figure listed after another, its verb left out, counts the same people ("Hungary has received 180,000
            # Ukrainian refugees, Slovakia 128,000": Ukrainians too)
            people_country = _people_country(text, counted, facts.peoples) or (
                people_before if listed or entered_before(text, counts, index) else None)
            people_before = people_country
            if term in _FLEEING_ABROAD and headed(sentence, start):
                counted_where = counted_where.headed_abroad(people_country)
            if term in _FLEEING_ABROAD:
                counted_where = counted_where.over_border(*_nations_border(text, verb, facts.peoples, people_country))
            if _INTO_THE_COUNTRY.match(text, verb.end()) and verb.group().lower().startswith(("enter", "cross")):
                counted_where = counted_where.into_the_country(facts.named)  # "entered the country from the enclave"
            counted_where = _placed_by_people(counted_where, term, people_country)
            this_batch = ((batch and names_part(text, breaks, start, end, [m.start() for m in verbs]))
                          or around.batch_before or bool(BATCH_BEFORE.search(text, max(0, start - 12), start))
                          or is_rate(text, end))
            # "..., while Turkey said the figure had passed 20,000": the clause's own source, else the sentence's
            source = clause_source(text, start) or around.source
            # "fled to Wad Madani, and later moved on to Gedaref": two legs of the same people, each its own flow
            legs = onward_leg(sentence, counted_where, start)
            for leg in legs or each_place or (counted_where,):
                reports.append(_report(document, sentence, counted, unit, verb, term, leg, source, this_batch, earlier))
                reported.append(counted)
        return held + (_clause_dates(document, sentence, reported, reports) if len(reports) > 1 else reports)
    if held:
        return held
    # No figure: the places the first movement verb governs, and the people it moves; an appeal to people no figure
    # counts ("residents were urged to leave") tells no movement.
    verbs = [m for m in verbs if m["verb"] and not _TO_CARE_CUSTODY_OR_SERVICE.match(text, m.end())
             and not attributive(text, m) and not _daily_life(text, m, term_of(m.group())) and not appealed(text, m)]
    # a verb in a relative clause between commas describes the people, the verb after it moves them ("Residents, who
    # were told they would have to leave, fled to Molo": fled)
    described = [m.span() for m in RELATIVE_CLOSED.finditer(text)]
    verbs = [m for m in verbs if not any(a < m.start() < b for a, b in described)] or verbs
    moved = next(((verb, units) for verb in verbs if (units := movers(text, verb))), None)
    if moved is None:
        return _ordered_for_place(document, sentence, around, batch)
    verb, units = moved
    if only_their_number(text, verb):
        return []
    verbs = [verb]
    if WITH_FAMILIES.search(text):
        units = {"people"}  # "rebel factions and their families", "fighters - along with their families -"
    emptied = evacuated_subject(sentence, verbs[0].start())  # "X was evacuated, with its residents sent to Y": from X
    where = places(sentence, context, after=verbs[0].start() if emptied is None else emptied)
    if not where.named and emptied is None and (theirs := moved_with_their_place(text, verbs[0])) is not None:
        # "Residents of Sirana were ordered to evacuate": the people's own place, named with them, is the origin
        own = next((m for m in sentence.mentions if m.start - sentence.start == theirs and m.place is not None), None)
        if own is not None:
            where = Where(own.place, own.text, (), (), True)
    if not where.named:
        return _ordered_for_place(document, sentence, around, batch)
    if facts.reached:
        where = where.beside_story_destination(nearby)
    unit = units.pop() if len(units) == 1 else "people"
    if unit == "soldiers" and not _THEM_AFTER.match(text, verbs[0].end()):
        return []  # troops alone, and no figure to count them beside civilians: a pullout ("soldiers moved them" moves others)
    arriving = bool(ARRIVING.match(verbs[0].group()))
    if unit == "fighters" and arriving and not facts.negotiated:
        return []  # "the militants arrived in Sinjar": an advance, not a movement of the displaced (unless under a deal)
    term = verb_term(text, verbs[0], moving, facts.term, facts.negotiated)
    where = where.from_article(((journey_end(verbs[0]) and went_to) or context) if arriving
                               else facts.left_from if facts.reached else context, arriving)
    return [_report(document, sentence, None, unit, verbs[0], term, where, around.source, batch)]


def _ordered_for_place(document: Document, sentence: Sentence, around: Surroundings, batch: bool) -> list[Report]:
    """The report of no figure of an evacuation ordered by the noun for the place named right after it ("a mandatory
    evacuation order was issued for Sirana", "ordered the evacuation of Sirana"): its people, evacuated from it."""
    text = sentence.text
    order = ordered_evacuation(text)
    if order is None:
        return []
    place = next((m for m in sentence.mentions if m.place is not None and m.start - sentence.start == order.end()), None)
    noun = next((m for m in MOVEMENT.finditer(text, order.start(), order.end()) if not m["verb"]), None)
    if place is None or noun is None:
        return []
    where = Where(place.place, place.text, (), (), True)
    status = status_of(text, noun)  # an order in force tells no evacuation done ("an order was issued"): unknown
    return [_report(document, sentence, None, "people", noun, "evacuated", where, around.source, batch,
                    status="unknown" if status == "completed" else status)]


def _held_report(document: Document, sentence: Sentence, facts: ArticleFacts, around: Surroundings,
                 hosted: Hosted) -> Report:
    """The report of a standing population of displaced people (``geo.hosting``): sheltered, already, where its
    host is ("Kutupalong is home to 600,000 Rohingya"), else where the sentence or the article locates it ("The
    camp now hosts 12,000 refugees"); from where the words after the count say ("refugees from Mosul")."""
    own = places(sentence, facts.context, after=hosted.counted.start)
    host = hosted.host
    if host is not None and own.origin is not None and own.origin == host.place:
        own = replace(own, origin=None, origin_text="")  # a ranking's next host heads its figure: "followed by Unity at 146,000"
    where = (Where(own.origin, own.origin_text, (host.place,) if host.place else (), (host.text,), True)
             if host is not None else own.from_article(around.nearby or facts.context, True))
    return _report(document, sentence, hosted.counted, hosted.counted.unit, hosted.verb, "sheltered", where,
                   around.source, False, status="completed")


def _passed_through(text: str, sentence: Sentence, standing_in: Place | None) -> bool:
    """Whether the sentence names the place that would stand in for an origin, or a place holding it, as one people
    passed through (``a_transit``): they did not set out from it ("Of the 28,000 who passed through the Emirates, 12,000
    were flown on by Britain" in a story from Abu Dhabi)."""
    return standing_in is not None and any(
        m.place is not None and (m.place.id == standing_in.id or inside(standing_in, m.place)) and a_transit(text, m)
        for m in sentence.mentions)


def _into_several_countries(text: str, verb: re.Match, where: Where, fleeing: bool) -> bool:
    """Whether a movement goes into several countries: any, to "neighbouring countries" right after its verb ("150,000
    have fled to neighbouring countries"); a flight or crossing (``fleeing``), also into several named ones ("crossed
    into Mali and Niger", "up to 270,000 could flee to Chad and South Sudan") or neighbouring ones later in the
    sentence (evacuees flown to several countries may have left one town)."""
    return _TO_SEVERAL_COUNTRIES.match(text, verb.end()) is not None or fleeing and (
        len({p.id for p in where.destinations if p.kind == "country"}) > 1
        or _SEVERAL_COUNTRIES.search(text, verb.end()) is not None)


# Verbs of coming to a place: travellers who come are on a trip ("12,000 tourists arrived in Bali").
_VISITING = re.compile(r"arriv|c[ao]me\b|visit|flock", re.I)


def _no_displacement(text: str, counted: Counted, verb: re.Match, term: str | None, generic: bool) -> bool:
    """Whether the movement ``verb`` gives the people ``counted`` (its ``term``; ``generic`` when the verb has no term
    of its own) is no displacement: care, custody, a change of service or a building emptied, helpers sent, daily life
    resumed, a trip, aid received, a membership withdrawn, troops deployed or an escape from custody."""
    start, end = counted.start, counted.end
    # "40 wounded were taken to hospital", "moved to other flights", a building emptied (but "1,200 evacuees were
    # housed in the local school" are sheltered there; civilians leaving a plant or a school were sheltering in it
    # from a war)
    care = _TO_CARE_CUSTODY_OR_SERVICE.match(text, verb.end())
    if (care and not _FROM_CARE.search(text, min(start, verb.start()), care.end())) or (
            term not in STAYING and _ONE_BUILDING_LEFT.match(text, verb.end())
            and head_noun(text, counted) != "civilians"):
        return True
    if term_of(verb.group()) is None and (_SENT_TO_AID.match(text, verb.end())
                                          or (verb.end() <= start and _SENT_TO_AID.match(text, counted.head_end))):
        return True  # "2,000 soldiers were sent to help evacuate residents": the helpers, not the displaced
    if _daily_life(text, verb, term):
        return True  # "300 students returned to school": daily life resumed, no displacement ended
    if (generic and _VISITING.match(verb.group()) and head_noun(text, counted) in TRAVELLERS
            and not evacuees_arriving(text, counted.start, counted.head_end)):
        return True  # "12,000 tourists arrived in Bali": a trip (evacuated or stranded tourists still count)
    # "the money went to 3,000 families": they received it (not "bringing to 38,000 the number of IDPs")
    if generic and _TO_THE_COUNT.fullmatch(text, verb.end(), start) and tallied_after(text, start, end) is None:
        return True
    if term == "withdrew" and not withdrawn(text, counted):
        return True  # "withdrew its 18 members from parliament": a membership, not a movement
    # "20,000 troops were on the move", "soldiers took shelter", "sent another 1,000 troops to the flooded district",
    # "100 soldiers arrived to lend a hand": deployed, not displaced
    if counted.unit == "soldiers" and (term in _UPROOTED or (generic and _SENDING.match(verb.group()))):
        return True
    if generic and _TEAM_OF.search(text, max(0, start - 40), start):
        return True
    return term == "fled" and head_noun(text, counted) in IN_CUSTODY  # "20 inmates fled on foot": an escape


def _placed_by_people(where: Where, term: str | None, country: Place | None) -> Where:
    """Where people named by their ``country``'s demonym moved, as the sentence and the article leave it: that country
    is the origin of people who fled or crossed abroad naming none or only "the country" (nationals evacuated abroad were
    away from home: their country is no origin), and where people displaced, left homeless or fled were uprooted when nothing places
    it ("Hundreds of Malawians lost their homes" in an article naming no place); the destination of their return from
    another country naming none ("1,790 Syrians have returned home from Turkey")."""
    if term == "returned":
        where = where.back_to_people(country)
    if term in _FLEEING_ABROAD:
        where = where.from_people(country).their_country(country)
    if term in _UPROOTED_AT_HOME:
        where = where.among_people(country)
    return where


def _own_noun_term(text: str, counts: Sequence[Counted], index: int, verb: re.Match) -> str | None:
    """The term a count's own noun of movers names (``_MOVER_TERMS``) when the word found as its movement is another
    count's: that count's noun, or a word past it ("111,964 evacuees, 29,245 in shelters": evacuated, the shelters
    are the 29,245's; "36,000 returnees and 74,000 refugees": the refugees did not return), or a verb after a count
    before it ("230,357 persons fled, bringing the total to 1.1 million IDPs": displaced); else None.

    >>> from geo.counting import moving_counts
    >>> def of(text): return _own_noun_term(text, moving_counts(text), 0, re.search("in shelters", text))
    >>> of("The storm left 500 evacuees, 90 in shelters"), of("The storm left 500 evacuees in shelters")
    ('evacuated', None)
    """
    counted = counts[index]
    others = [c for c in counts if c is not counted]
    if not any(c.start <= verb.start() < c.head_end or counted.end <= c.start < verb.start()
               or c.start < verb.start() and verb.end() <= counted.start for c in others):
        return None
    # a noun of movers read as a movement word is not in the count's head ("500 evacuees"), nor after a people's name
    # that is its head ("4,000 Sudanese refugees")
    nouns = [head_noun(text, counted), *(m.group(1).lower() for at in (counted.end, counted.head_end)
                                          if (m := _NOUN_AFTER.match(text, at)) is not None)]
    return next((_MOVER_TERMS[noun] for noun in nouns if noun in _MOVER_TERMS), None)


def _returnees_term(text: str, counted: Counted) -> str | None:
    """"returned" for people a "returned" before their noun names ("8,000 returned migrants"), else None."""
    word = len(text) - len(text[counted.end:].lstrip())  # the word right after the figure
    return "returned" if returnees_named(text, word) else None


def _left_a_country(text: str, verb: re.Match, where: Where) -> bool:
    """Whether a generic word of leaving has a country as its object: the country named right after it, or "the
    country"."""
    origin = where.origin
    if origin is None or origin.kind != "country" or not _LEAVING_WORD.fullmatch(verb.group()):
        return False
    after = text[verb.end():verb.end() + 60]
    return bool(_ITS_COUNTRY.match(after)) or (bool(where.origin_text) and after.lstrip().startswith(where.origin_text))


def _daily_life(text: str, verb: re.Match, term: str | None) -> bool:
    """Whether a return or a generic going (no term of its own) is back to school or work: daily life resumed, no
    displacement ("300 students returned to school", "workers went back to work")."""
    return (term == "returned" or term_of(verb.group()) is None) and _BACK_TO_ROUTINE.match(text, verb.end()) is not None


# Where a clause of its own starts in a sentence of several statements: "In X, 4,000 fled, and nationwide 20,000 were
# displaced"; between two figures a bare "and" too ("4,000 in X and 20,000 nationwide"), else their comma.
_CLAUSE_JOIN = re.compile(r";|,\s*(?:and|but|while|whereas|with)\b|\s(?:while|whereas)\b", _I)
_JOIN_BETWEEN_FIGURES = re.compile(rf"{_CLAUSE_JOIN.pattern}|\sand\b", _I)
_COMMA = re.compile(r",(?!\d)")


def _scope_clause(text: str, counts: Sequence[Counted], index: int) -> tuple[int, int]:
    """The stretch of ``text`` a scope word must stand in to scope the count ``counts[index]``: its clause, from the
    last clause join before it (not before the figure before it) to the first after it (not past the next figure).

    >>> text = "In X, 4,000 people fled, and nationwide 20,000 were displaced."
    >>> counts = moving_counts(text)
    >>> [text[slice(*_scope_clause(text, counts, i))] for i in (0, 1)]
    ['In X, 4,000 people fled', ', and nationwide 20,000 were displaced.']
    >>> text = "Nationwide, 20,000 people and their cattle fled."
    >>> text[slice(*_scope_clause(text, moving_counts(text), 0))] == text
    True
    """
    before = counts[index - 1].head_end if index > 0 else 0
    after = counts[index + 1].start if index + 1 < len(counts) else len(text)
    opening = _last(_JOIN_BETWEEN_FIGURES if index > 0 else _CLAUSE_JOIN, text, before, counts[index].start)
    if opening is None and index > 0:
        opening = _last(_COMMA, text, before, counts[index].start)
    closing = (_JOIN_BETWEEN_FIGURES if index + 1 < len(counts) else _CLAUSE_JOIN).search(text, counts[index].head_end, after)
    if closing is None and index + 1 < len(counts):
        closing = _COMMA.search(text, counts[index].head_end, after)
    return (opening.start() if opening else before), (closing.start() if closing else after)


def _last(pattern: re.Pattern, text: str, start: int, end: int) -> re.Match | None:
    return next(reversed(list(pattern.finditer(text, start, end))), None)


def _scope_place(text: str, context: Place | None, named: Sequence[Place]) -> Place | None:
    """Where a figure of the whole country or disaster area (``COUNTRY_SCOPE``, ``DISASTER_SCOPE``) is: the country
    the article names holding its place, or for the disaster area the province it names holding it (else that
    country); None when the article names neither, never the article's town.

    >>> iq = Place("t:iq", "Iraq", 33.0, 44.0, "country", "IQ")
    >>> ni = Place("t:ni", "Nineveh", 36.0, 42.5, "admin1", "IQ")
    >>> mo = Place("t:mo", "Mosul", 36.3, 43.1, "city", "IQ", parent="t:ni")
    >>> [_scope_place(t, mo, [mo, ni, iq]).name for t in ("Nationwide, 4,000 fled", "4,000 fled in the affected areas")]
    ['Iraq', 'Nineveh']
    >>> _scope_place("4,000 fled in the affected areas", mo, [mo]) is None
    True
    """
    holding = [p for p in named if context is not None and inside(context, p)]
    country = next((p for p in holding if p.kind == "country"), None)
    if DISASTER_SCOPE.search(text):
        return next((p for p in holding if p.kind == "admin1"), country)
    return country


def _sheltered_unplaced(term: str, own: Where) -> bool:
    """Whether people sheltered have no place in their sentence: the article's place stands in for where they stay,
    not for where they left ("the number of people in makeshift camps rose to 41,000" in a story about X: in X)."""
    return term == "sheltered" and own.origin is None and not own.origin_text and not own.destinations


def _people_named_after(sentence: Sentence, end: int) -> bool:
    """Whether the words after a count (ending at ``end``) name its people by a nation ("12 million Syrians")."""
    return any(DEMONYM.search(t.lower()) for t in HEAD_TOKENS.findall(sentence.text, end, end + 40)[:3])


def _nationwide(sentence: Sentence, end: int, count: Count, where: Where, context: Place | None,
                named: Sequence[Place] = ()) -> bool:
    """A nationwide figure ("12 million Syrians"; a million or more with no place named, or naming no place
    of the movement in an article about a town: "9.5 million displaced since the uprising began ... talks
    being held in Geneva"): not about the article's place. A country or a province can hold a million, and an
    article naming no other place (``named``) tells only of it ("Floods in Kerala ... A million people evacuated").
    Nor is a figure over twice the population of the article's town about that town ("350,000 displaced by
    the fighting" in an article about a town of 160,000); twice, since a town's name often stands for its
    area and recorded populations age; nor 100,000 or more about a town of no known population."""
    if _people_named_after(sentence, end):
        return True
    least = max(count.value or 0, count.min or 0)
    if context is not None and 0 < 2 * context.population < least:
        return True
    if context is not None and context.kind in _TOWN_SCALE and not context.population and least >= _NO_TOWN_HOLDS:
        return True  # a place GeoNames gives no population is a village or a quarter: no town holds 350,000 displaced
    if least < 1_000_000:
        return False
    holds = context is not None and context.kind in _MILLION_SCALE
    # the article's country holds a figure of the whole country, whatever towns of it the article names
    only = holds and (context.kind == "country" or all(place.id == context.id for place in named))
    return (not sentence.mentions and not only) or not (where.named or holds)


def _informative(report: Report) -> tuple[bool, bool, bool, bool]:
    """What makes one copy of a statement repeated in an article the better one: a source, a breakdown, a time, a
    sentence of the body (a headline's copy gives way to it: "12,000 told to leave Galveston", then "ordered 12,000
    people to leave Galveston on Tuesday")."""
    return (report.attributed_to is not None, bool(report.breakdown),
            report.date is not None or report.date_text is not None, _HEADLINE.search(report.quote) is None)


def _figure(report: Report) -> tuple | None:
    count = report.count
    return (count.value, count.min, count.max) if count else None


def _dedupe(reports: list[Report], text: str) -> list[Report]:
    """One report per statement repeated within the article, preferring a sourced one; a headline's figure gives
    way to the body's statement of it (``_headlines_restated``: "Floods displace 5,000 in Goma", no full stop, then
    "have displaced 5,000 people in Goma"), and a figure the article refers back to ("Some 3,000 people fled to
    Rwanda. The 3,000 who fled ...") is no new report."""
    chosen: dict[tuple, Report] = {}
    for report in reports:
        key = (_said(report), report.status, report.date)
        kept = chosen.get(key)
        if kept is None or _informative(report) > _informative(kept):
            chosen[key] = report
    unique = sorted(chosen.values(), key=lambda r: r.citations[0].start)
    return _headlines_restated([r for i, r in enumerate(unique) if not _refers_back(r, unique[:i])], text)


def _headlines_restated(reports: list[Report], text: str) -> list[Report]:
    """A headline's figure the body gives again in other words ("10,000 flee Kherson floods", then "Some 10,000 people
    have fled their homes in Kherson to Odesa") is the body's report, citing both (``told_again``): the same figure,
    unit, terms of one movement, places that do not conflict (the same, one in the other, or one of them naming none: the
    article's place standing in names none) and no other
    date. A headline's tense says little, so its status does not matter. A headline with no figure is the body's first
    counted report when that one tells its movement (``_tells``), unless it dates a movement of its own."""
    merged: list[Report | None] = list(reports)
    # once a report: a run-on quote is long
    in_headline = [_HEADLINE.search(r.quote) is not None or _title_line(text, r.citations[0]) for r in reports]
    body_with_value: dict[int | None, list[int]] = {}  # a restatement gives the same value: only those are compared
    for index, report in enumerate(reports):
        if report.count is not None and not in_headline[index]:
            body_with_value.setdefault(report.count.value, []).append(index)
    for index, headline in enumerate(reports):
        if not in_headline[index]:
            continue
        if headline.count is None:
            # "Residents told to evacuate", then "About 1,800 residents have been ordered to evacuate": the body's
            # first count (its lead) counts the movement the headline only names, and is its report. A headline
            # or caption that dates its movement ("... evacuated residents in September 2016") tells one of its own.
            told = next((i for i, r in enumerate(reports) if r.count is not None and not in_headline[i]
                         and merged[i] is not None), None)
            if told is not None and headline.date is None and _tells(headline, reports[told]):
                merged[told] = told_again(merged[told], headline)
                merged[index] = None
            continue
        matches = [i for i in body_with_value.get(headline.count.value, ())
                   if merged[i] is not None and _restates(headline, reports[i])]
        if not matches and (_bare(headline.count) or _passed(headline.count)):
            # a headline rounds: "... at 101,000" over the body's 101,848, "Over 5,000 ..." over its 5,762, when no
            # other figure of the body rounds so
            rounds = _rounds_to if _bare(headline.count) else _passes_by_a_step
            near = [i for value, found in body_with_value.items() if value is not None and rounds(value, headline.count)
                    for i in found if merged[i] is not None and _tells(headline, reports[i])]
            matches = near if len(near) == 1 else []
        # a headline whose origin the article's place stood in for restates a body statement only when no other
        # gives its figure ("People displaced: 6,100" above 6,100 from Mosul and 6,100 in Aleppo is neither)
        standing_in = headline.origin is not None and not headline.origin_text
        at = matches[0] if matches and (len(matches) == 1 or not standing_in) else None
        if at is not None:
            merged[at] = told_again(merged[at], headline)
            merged[index] = None
    return [r for r in merged if r is not None]


def _title_line(text: str, citation: Citation) -> bool:
    """Whether a quote opens the article as its title, short as a title is and ended by a blank line or the body's
    dateline, or opening with its topic and a colon: a feed's title may end in a full stop ("Storm: 3,000 evacuated
    in Tacloban.", a blank line or "TACLOBAN, Philippines - ", then the body)."""
    if text[:citation.start].strip() or len(text[citation.start:citation.end].split()) > _TITLE_WORDS:
        return False
    if _PARAGRAPH_END.match(text, citation.end) is not None or _TOPIC_FIRST.match(text, citation.start):
        return True
    body = text[citation.end:citation.end + _DATELINE_REACH].lstrip()
    dateline = find_dateline(body)
    return dateline is not None and dateline[1] == 0


def _restates(headline: Report, report: Report) -> bool:
    """Whether a headline's report says what a report of the body says: figure, unit, terms telling one movement
    (``same_movement``) and places and date
    that do not conflict. A headline drops the body's qualifier: its bare "30,000" is the body's "more than 30,000"
    (not the other way round: a headline's "more than 30,000" says more than a body's "30,000"); a figure all but
    reached ("Nearly 1,700 flee") is close to it as the body's "about 1,700" is, so it is that one."""
    near = headline.count is not None and is_near(headline.count) and _bare(report.count)
    return ((_figure(headline) == _figure(report)
             or ((_bare(headline.count) or near) and report.count is not None
                 and headline.count.value == report.count.value))
            and _tells(headline, report))


def _tells(headline: Report, report: Report) -> bool:
    """Whether a report of the body tells the movement a headline's report names, whatever their figures: the same
    unit, terms telling one movement (``same_movement``), and places and date that do not conflict."""
    return (headline.unit == report.unit
            and same_movement(headline.term, report.term)  # "Floods displace 4,000", then "4,000 fled"
            and not headline.additional
            # an origin the article's place stood in for is no place either names ("Up to 20,000 have fled into
            # Chad", then "... into Chad from Darfur" in an article whose place is Khartoum)
            and (not headline.origin_text or not report.origin_text or headline.origin is None or report.origin is None
                 or nested(headline.origin, report.origin))
            and all(any(nested(p, q) for q in report.destinations) for p in headline.destinations)
            and (headline.date is None or report.date is None or headline.date == report.date))


def _rounds_to(value: int, headline: Count) -> bool:
    """Whether a headline's round figure is ``value`` told to its last non-zero digit (a tenth of it at most), down
    or to the nearest: 101,000 for 101,848, 12,000 for 11,700; not 100,000 for 150,000, nor 250 for 254.

    >>> [_rounds_to(v, parse_count("101,000")) for v in (101848, 100700, 102600)]
    [True, True, False]
    >>> _rounds_to(150000, parse_count("100,000")), _rounds_to(254, parse_count("250"))
    (False, False)
    """
    figure = headline.value
    if not figure or value == figure:
        return False
    step = min(10 ** (len(str(figure)) - len(str(figure).rstrip("0"))), figure // 10)
    return step >= 100 and figure in (value // step * step, (value + step // 2) // step * step)


def _passes_by_a_step(value: int, headline: Count) -> bool:
    """Whether a headline's open lower bound ("over 5,000") is ``value`` told down to the bound's last non-zero digit:
    5,762 is over 5,000 and below 6,000; 6,100 is not (a headline would tell it "over 6,000").

    >>> [_passes_by_a_step(v, parse_count("over 5,000")) for v in (5762, 6100, 5000)]
    [True, False, False]
    >>> _passes_by_a_step(250, parse_count("more than 200"))
    True
    """
    bound = headline.min
    if not bound:
        return False
    step = 10 ** (len(str(bound)) - len(str(bound).rstrip("0")))
    return step >= 100 and bound < value < bound + step


def _passed(count: Count | None) -> bool:
    """Whether a count is an open lower bound: "over 5,000", "more than 30,000" (at least its figure, no top)."""
    return count is not None and count.value is not None and count.min == count.value and count.max is None


def _bare(count: Count | None) -> bool:
    """Whether a count states its figure as it is, exactly or approximately ("1,700", "about 1,700")."""
    return count is not None and count.min == count.max == count.value


def _said(report: Report) -> tuple:
    """What a report says, whatever its status or date: its places, figure and unit."""
    return (report.origin.id if report.origin else report.origin_text.lower(),
            tuple(sorted(p.id for p in report.destinations)) or tuple(t.lower() for t in report.destination_texts),
            _figure(report), report.unit)


def _refers_back(report: Report, earlier: Sequence[Report]) -> bool:
    """Whether the report's figure is one the article gave before, named again with "the", "these" or "those"
    ("The 3,000 who fled to Rwanda are in camps"), for the same people and movement: the same places and
    date where it names them ("In Bukavu, the 3,000 residents of the camp fled on Tuesday" is another)."""
    if report.count is None:
        return False
    at = report.quote.find(report.count.text)
    return (at > 0 and _NAMED_AGAIN_BEFORE.search(report.quote, max(0, at - 8), at) is not None
            and any(_figure(e) == _figure(report) and e.unit == report.unit and e.term == report.term
                    and (report.origin is None or report.origin == e.origin)
                    and (not report.destinations or report.destinations == e.destinations)
                    and (report.date is None or report.date == e.date) for e in earlier))


def find_reports(doc: Document, mentions: Sequence[Mention], peoples: Mapping[str, Place] | None = None) -> list[Report]:
    """The movement reports of one document, in text order.

    ``mentions`` are the document's place mentions, sorted by start; a mention's ``place`` may be None. ``peoples``:
    the peoples it names by a country's demonym, lower-cased, each with its country (``Gazetteer.peoples``).

    >>> from gazetteer.model import Place
    >>> goma = Place("geonames:216281", "Goma", -1.68, 29.23, "city", "CD")
    >>> rwanda = Place("geonames:49518", "Rwanda", -2.0, 30.0, "country", "RW")
    >>> text = "About 1,000 families fled Goma for Rwanda on Sunday, the UN said."
    >>> doc = Document("d", text)
    >>> [report] = find_reports(doc, [Mention("d", "Goma", 26, 30, goma), Mention("d", "Rwanda", 35, 41, rwanda)])
    >>> (report.count.value, report.unit, report.origin.name, report.destination_texts, report.status)
    (1000, 'families', 'Goma', ('Rwanda',), 'completed')
    >>> report.attributed_to, report.citations, report.term, report.date_text
    ('UN', (Citation(doc_id='d', start=0, end=65, outlet='', published=None),), 'fled', 'Sunday')
    """
    text = doc.text.replace("\ufffd", "é")  # a letter lost upstream ("d\ufffdplac\ufffds"): read as French's commonest
    text = upper_tier_homeless(text)  # "3.400 damnificados y 15 mil afectados": the tier that lost its homes
    forced, moves = movement_words(text, frozenset(m.start for m in mentions))
    if not moves:
        return []
    dateline = find_dateline(text)
    doc = _with_dateline(doc, text, dateline)
    positions = sorted([start for start, _ in moves] + [m.start() for m in HOSTING.finditer(text)])
    starts = [m.start for m in mentions]
    opening = dateline[1:] if dateline else place_dash_dateline(text, starts) or place_colon_dateline(
        text, {(m.start, m.end) for m in mentions if m.place is not None and m.place.kind == "city"})
    filed = range(*opening) if opening else range(0)  # where the story was filed, not about
    spans = sentence_spans(text)
    furniture = page_furniture(text, spans)  # captions, credits, links: a picture's place is not the story's
    voting = [m for m in mentions if m.start not in filed and not spoken_in(text, m) and not in_furniture(furniture, m.start)
              and not a_crossing(text, m) and not an_invader(text, m) and not a_state_actor(text, m)
              and not another_scene(text, m)]
    context = article_place(voting, text)
    filed_in = next((m.place for m in mentions if m.start in filed and m.place is not None), None)
    # the article's place may be the story's destination (where people arrive, never whence), or lie in it
    went_to = story_destination(text, voting)
    reached = reached_mostly(text, voting, context) or (
        context is not None and went_to is not None and context.id != went_to.id and inside(context, went_to))
    # "returned migrants" names people, and "unsure whether they can return" no return, not the article's movement
    words_told = [w for at, w in moves if not returnees_named(text, at) and not hoped_return(text, at)]
    facts = ArticleFacts(context, forced, article_term(words_told), reached, filed_in,
                         went_to, story_origin(text, voting) if reached else None,
                         SENDING_HOME.search(text) is not None, peoples or {},
                         tuple({m.place.id: m.place for m in voting if m.place is not None}.values()),
                         left_mostly(text, voting, context), negotiated(text))
    reports: list[Report] = []
    previous: tuple[int, int] | None = None
    previous_found: list[Report] = []
    speaker: str | None = None  # the last source named, for "He said ..." after sentences naming none
    section: Place | None = None  # the place a heading line names, for the lines under it ("Henan Province\n800 ...")
    scene: tuple[int, int] | None = None  # the paragraph's last sentence naming a place, for sentences naming none after it
    # a table's or a list's rows of places and totals are read by their columns, not as sentences
    rows = {row.start: (row, place) for row in table_rows(text) + list_rows(text) + flattened_rows(text)
            if (place := _row_place(row, mentions, starts)) is not None or row.total}
    placed_tables = {row.header_start for row, _ in rows.values() if not row.total}
    for at, (start, end) in enumerate(spans):
        found: list[Report] = []
        if previous is not None and "\n\n" in text[previous[1]:start]:
            section = None  # a blank line ends a table or list
        if scene is not None and "\n" in text[scene[1]:start]:
            scene = None  # a paragraph's scene ends with it
        section = _heading_line(text, start, end, mentions, starts) or section
        if start in rows:
            row, place = rows[start]
            found = _row_reports(doc, row, facts, place, row.header_start in placed_tables)
            reports.extend(found)
        elif _has_position(positions, start, end):
            sentence = _sentence(text, mentions, starts, start, end, max(0, filed.stop - start) if start in filed else 0)
            quote = sentence.text
            before = text[previous[0]:previous[1]] if previous else ""
            source = source_of(quote[sentence.body:])  # "KYIV — Authorities said": the authorities
            if source in PRONOUNS:  # "It said ...": the source of the sentence before; "He said": else the last one
                said_before = named_source(before) if before else None
                if source == "it" and said_before is not None and plural_body(said_before):  # "it" is no "authorities"
                    said_before = speaker if speaker is not None and not plural_body(speaker) else None
                source = said_before if said_before is not None else speaker if source == "he" else None
            if source is None and at + 1 < len(spans):  # '"Families moved to Tobruk. Most stay with kin," IOM said.'
                source = quoted_source(quote[sentence.body:], text[slice(*spans[at + 1])])
            speaker = source or speaker
            batch_before = (bool(before) and _has_position(positions, *previous) and bool(BATCH.search(before))
                            and not any(r.count is not None for r in previous_found))
            # a sentence ending in a caption lends no place; one opening with a credit goes on with the story
            neighbour = previous if previous and not in_furniture(furniture, previous[1] - 1) else None
            placing = _told_before(text, neighbour, scene, mentions, starts)
            # a part "of them" is where its whole's people are, before any place the sentence before names
            nearby = (_whole_place(previous_found, quote[sentence.body:])
                      or (place_before(text, placing, mentions, starts, context) if placing else None) or section)
            town_before = partial(town_reached_before, text, neighbour, mentions, starts, context) if neighbour else (
                lambda: None)
            found = _sentence_reports(doc, sentence, facts, Surroundings(
                source, batch_before, nearby, town_before, _unit_before(before, quote[sentence.body:]),
                _unplaced_whole(previous_found, quote[sentence.body:]),
                partial(pair_before, text, mentions, starts, start)))
            # "The families were moved to Erbil" names people enough for a report of no figure: those of the
            # sentence before, carried on
            # ... and one that found nothing may still give that movement a new figure past a noun of it ("Since then,
            # that number has ballooned to 800,000, a figure counting only registered IDPs")
            restated = (_restated(doc, previous_found[-1], sentence, context) if not found and previous_found else None)
            carried = (None if any(r.count is not None for r in found) or not previous_found or restated is not None
                       else _carried_on(doc, previous_found[-1], sentence, context))
            if restated is not None:
                found = [restated]
                reports.append(restated)
            elif carried is not None:  # "Buses left Douma with 2,500 people. They were taken to Jarablus."
                reports[-1] = carried  # the previous sentence's last report is the last one found
                found = [carried]
            else:
                reports.extend(found)
        elif previous_found and (restated := _restated(doc, previous_found[-1],
                                                       _sentence(text, mentions, starts, start, end), context)) is not None:
            found = [restated]  # "Turkey put the figure at 45,000." after the movement it counts
            reports.append(restated)
        elif previous_found and reports and reports[-1] is previous_found[-1] and (
                included := _included_parts(doc, previous_found[-1], _sentence(text, mentions, starts, start, end))):
            # "This includes 183,900 in X and 12,400 in Y.": the parts are drawn, their whole no longer at the article's
            # place (it keeps only a place its own sentence names)
            whole = previous_found[-1]
            if whole.origin is not None and not whole.origin_text:
                reports[-1] = replace(whole, origin=None)
            found = included
            reports.extend(included)
        previous, previous_found = (start, end), found
        if _names_place(previous, mentions, starts) and not in_furniture(furniture, end - 1):
            scene = previous
    return _placed_copies_merged(_dedupe(_group_counted_later(reports), text), context, mentions, starts)


def _names_place(span: tuple[int, int], mentions: Sequence[Mention], starts: list[int]) -> bool:
    """Whether the text from ``span``'s start to its end names a resolved place."""
    return any(m.place is not None for m in mentions[bisect_left(starts, span[0]):bisect_left(starts, span[1])])


def _told_before(text: str, neighbour: tuple[int, int] | None, scene: tuple[int, int] | None,
                 mentions: Sequence[Mention], starts: list[int]) -> tuple[int, int] | None:
    """The sentence whose places a sentence goes on with: the one before (``neighbour``), or, when that names none, the
    paragraph's last one naming a place (``scene``: "Floods hit X. Rescue teams worked through the night. Some 3,000
    people were evacuated."), unless that one turned to another scene ("Meanwhile, in Y, ...": ``another_scene``)."""
    if neighbour is None or scene is None or scene == neighbour or _names_place(neighbour, mentions, starts):
        return neighbour
    turned = any(another_scene(text, m) for m in mentions[bisect_left(starts, scene[0]):bisect_left(starts, scene[1])])
    return None if turned else scene


def _unit_before(before: str, sentence: str) -> str:
    """The unit of the part a sentence opening with "Of them," counts: homes when the sentence before ended on a
    figure of homes ("Floods hit 300 houses. Of them, 120 were washed away."), else people.

    >>> _unit_before("Floods hit 300 houses.", "Of them, 120 were washed away."), _unit_before("", "Of them, 120 left.")
    ('housing', 'people')
    """
    last = _LAST_FIGURE_NOUN.search(before) if _OF_THEM_OPENING.match(sentence) else None
    homes = last is not None and any(unit_of(word.lower()) == "housing" for word in last["words"].split())
    return "housing" if homes else "people"


def _whole_place(previous_found: Sequence[Report], sentence: str) -> Place | None:
    """Where the people of a sentence opening with "Of them," are: where the last figure of the sentence before put
    its people, its one destination, else its origin ("Crews evacuated 9,000 people. Of these, 4,000 are staying in
    schools": in the place the 9,000 left), not the article's place, which may be a place the story names later.
    None when the sentence opens otherwise or that figure has no place."""
    whole = next((r for r in reversed(previous_found) if r.count is not None), None)
    if whole is None or _OF_THEM_OPENING.match(sentence) is None:
        return None
    return whole.destinations[0] if len(whole.destinations) == 1 else whole.origin


def _unplaced_whole(previous_found: Sequence[Report], sentence: str) -> Count | None:
    """The figure of the sentence before that a sentence opening with "Of them," counts a part of, when no place holds
    it; else None."""
    whole = next((r for r in reversed(previous_found) if r.count is not None), None)
    if whole is None or _OF_THEM_OPENING.match(sentence) is None or whole.origin is not None or whole.destinations:
        return None
    return whole.count


def _sentence(text: str, mentions: Sequence[Mention], starts: list[int], start: int, end: int,
              body: int = 0) -> Sentence:
    """The sentence at ``start:end`` with the place mentions inside it (``body``: where its own words start, after
    a dateline, whose place is where the story was filed, no place of the sentence: "Maputo - 2,000 families took refuge
    in camps" left no one from Maputo)."""
    return Sentence(start, end, text[start:end],
                    tuple(mentions[bisect_left(starts, start + body):bisect_left(starts, end)]), body)


def _row_place(row: TableRow, mentions: Sequence[Mention], starts: list[int]) -> Mention | None:
    """The place a table row's first cell opens with, if any ("| Albay Province | 1,200 |")."""
    first = row.cells[0]
    return next((m for m in mentions[bisect_left(starts, first.start):bisect_left(starts, first.end)]
                 if m.start == first.start), None)


def _row_reports(document: Document, row: TableRow, facts: ArticleFacts, place: Mention | None,
                 placed_table: bool) -> list[Report]:
    """The reports of a table row (``geo.tables``): one per figure in a column whose header names a movement or a
    state, in the header's unit and term, at the place of the row's first cell: the origin, or where people stay for
    a state ("Evacuees in centres"). A total row is a report of its own (a cumulative one), but sums the rows above:
    while any of them has a place it has none, so that no flow counts the same people twice; else the article's
    place stands in. The quote runs from the header to the row, which names the columns."""
    text = document.text
    sentence = Sentence(row.header_start, row.end, text[row.header_start:row.end], ())
    reports: list[Report] = []
    for cell, head in zip(row.cells[1:], row.header[1:]):
        header = text[head.start:head.end]
        reading = column_reading(header)
        verb = MOVEMENT.search(header)
        if reading is None or verb is None or not figure_cell(text, cell):
            continue
        unit, term = reading
        staying = term in STAYING
        count = parse_count(text[cell.start:cell.end])
        counted = Counted(count, cell.start - row.header_start, cell.end - row.header_start, unit,
                          cell.end - row.header_start)
        if row.total:
            where = Where(None, "", (), (), False).from_article(None if placed_table else facts.context, staying)
        else:
            where = Where(place.place, place.text, (), (), True, located=True).from_article(
                None, staying or toward_rows(header))
        status = status_of(header, verb)
        # a table's figure is a count made: a standing state unless its header says otherwise ("To be evacuated")
        report = _report(document, sentence, counted, unit, verb, term, where, None, False,
                         status="completed" if status == "unknown" else status)
        reports.append(replace(report, cumulative=True) if row.total else report)
    return reports


def _article_placed(report: Report, context: Place | None, mentions: Sequence[Mention], starts: list[int]) -> bool:
    """Whether the report has no place but the article's, its own sentence naming none of its places ("People
    displaced: 8,400" in a flash update from Nampula)."""
    if any(p.id != (context.id if context else None) for p in (report.origin, *report.destinations) if p is not None):
        return False
    citation = report.citations[0]
    words = {w.lower() for w in (report.origin_text, *report.destination_texts) if w}
    return not any((m.place is not None and context is not None and m.place.id == context.id) or m.text.lower() in words
                   for m in mentions[bisect_left(starts, citation.start):bisect_left(starts, citation.end)])


def _placed_copies_merged(reports: list[Report], context: Place | None, mentions: Sequence[Mention],
                          starts: list[int]) -> list[Report]:
    """A figure an article repeats with no place but the article's (a sitrep's key figure "People displaced: 8,400",
    a bullet "2,145 households newly displaced") is the statement of the one report that gives the same figure
    (its written value), unit and term with places of its own or of its paragraph ("More than 8,400 people have been
    displaced ... across Nampula"), on no other date: one report, that one, citing both (``told_again``), so a flow
    does not count the people twice. Not when several reports give it with different places (which one is unknown),
    nor for a count of people beyond those before ("another 8,400")."""
    standing_in = [_article_placed(r, context, mentions, starts) for r in reports]
    merged: list[Report | None] = list(reports)
    placed_with_value: dict[int | None, list[int]] = {}  # only reports of the same value are compared
    for index, report in enumerate(reports):
        if not standing_in[index] and report.count is not None:
            placed_with_value.setdefault(report.count.value, []).append(index)
    for index, report in enumerate(reports):
        if not standing_in[index] or report.count is None or report.count.value is None or report.additional:
            continue
        same: dict[tuple, int] = {}
        for i in placed_with_value.get(report.count.value, ()):
            r = reports[i]
            if ((r.unit, r.term) == (report.unit, report.term)
                    and (r.date is None or report.date is None or r.date == report.date)):
                same.setdefault(_said(r), i)
        if len(same) != 1:
            continue
        [at] = same.values()
        merged[at] = told_again(merged[at], report)
        merged[index] = None
    return [r for r in merged if r is not None]


def _heading_line(text: str, start: int, end: int, mentions: Sequence[Mention], starts: list[int]) -> Place | None:
    """The place a line names and nothing else, as a heading of the lines under it ("Shaanxi Province",
    "Sindh district:"), or the place opening a line of a place and its topic ("Kenya - Floods"), else None."""
    if end - start > 60:
        return None
    on_line = mentions[bisect_left(starts, start):bisect_left(starts, end)]
    if not on_line or on_line[0].place is None:
        return None
    first = on_line[0]
    if first.start == start and _TOPIC_AFTER.fullmatch(text, first.end, end):
        return first.place
    rest = text[start:first.start] + " " + text[first.end:end]
    return first.place if len(on_line) == 1 and _HEADING_REST.fullmatch(rest) else None


def _carried_on(doc: Document, report: Report, sentence: Sentence, context: Place | None) -> Report | None:
    """The report of the sentence before, with the destinations of this sentence when it goes on about
    the same people ("They were taken to Jarablus", "The convoy headed for Idlib") and the report had
    none, or with its own places when this sentence moves them out again as its object ("Rescuers relocated the
    people from the river villages"); its quote then spans both sentences. None when the sentence does not go on so.
    """
    if report.count is None:
        return None
    start = report.citations[0].start
    carried = replace(report, quote=doc.text[start:sentence.end], citations=(_cite(doc, start, sentence.end),))
    verbs = [m for m in sentence_movements(sentence.text) if m["verb"]]
    # the same people moved out, told again as the verb's object: carried on whatever places this sentence names
    moved_again = any(_CARRIED_ON_OBJECT.match(sentence.text, m.end()) and term_of(m.group()) in _MOVING_OUT for m in verbs)
    if not moved_again and (not _CARRIED_ON.match(sentence.text) or not verbs):
        return None
    where = places(sentence, context)
    if report.destinations or report.destination_texts or not where.destination_texts or where.origin is not None:
        return carried if moved_again else None
    return replace(carried, destinations=where.destinations, destination_texts=where.destination_texts)


# A figure of a place's or a body's people, the owner's possessive right before it: "the clinic's 45 patients", "the
# home's 30 residents" (the owner, the people noun).
_OWNERS_FIGURE = re.compile(r"\b(?P<owner>[a-z][\w-]+)['’]s\s+$", _I)
_PEOPLE_NOUN_AFTER = re.compile(r"\s+(?P<noun>[a-z][\w-]+s)\b", _I)
# How far back a group named with no figure may be told again with one (a few sentences).
_GROUP_REACH = 800


def _group_counted_later(reports: list[Report]) -> list[Report]:
    """The reports with a movement of a group told with no figure ("Clinic patients were taken to Marlow") joined to a
    figure of the same group a few sentences on that names no destination ("The clinic's 45 patients have been
    evacuated"): the figure goes where the group was taken, and the report of no figure, told again, is dropped."""
    joined: list[Report | None] = list(reports)
    for index, report in enumerate(reports):
        group = _owned_group(report)
        if group is None or report.destinations or report.destination_texts:
            continue
        told = re.compile(rf"\b{re.escape(group[0])}(?:['’]s)?\s+{re.escape(group[1])}\b", _I)
        start = report.citations[0].start
        earlier = next((i for i in range(index - 1, -1, -1) if (r := joined[i]) is not None and r.count is None
                        and start - r.citations[0].start <= _GROUP_REACH and (r.destinations or r.destination_texts)
                        and same_movement(r.term, report.term) and r.origin in (None, report.origin)
                        and told.search(r.quote)), None)
        if earlier is not None:
            taken = joined[earlier]
            joined[index] = replace(report, destinations=taken.destinations, destination_texts=taken.destination_texts)
            joined[earlier] = None
    return [r for r in joined if r is not None]


def _owned_group(report: Report) -> tuple[str, str] | None:
    """The owner and the people noun of a report's figure when an owner's possessive stands right before it ("the
    clinic's 45 patients": clinic, patients), else None."""
    if report.count is None or (at := report.quote.find(report.count.text)) < 0:
        return None
    owner = _OWNERS_FIGURE.search(report.quote, max(0, at - 40), at)
    noun = _PEOPLE_NOUN_AFTER.match(report.quote, at + len(report.count.text))
    return (owner["owner"], noun["noun"]) if owner and noun else None


def _restated(doc: Document, report: Report, sentence: Sentence, context: Place | None) -> Report | None:
    """The report of the sentence before told again with another figure and source by a sentence with no movement
    word whose one count is "the figure" or "the number" alone ("Turkey put the figure at 45,000."): the same
    movement, places, date and status, quoting this sentence (or more people still to follow it: "Another 3,000 are
    expected to follow on Tuesday.", additional and planned, on a date of their own); where it says the people now are is the destination
    of a movement that had none ("..., saying many were now in Sennar and Gedaref"). None when the sentence does not
    restate it so."""
    start, end = sentence.start, sentence.end
    text = doc.text[start:end]
    restating_counts = [c for c in moving_counts(text) if restating(text, c) or more_following(text, c.start, c.end)]
    if report.count is None or len(restating_counts) != 1:
        return None
    counted = restating_counts[0]
    if not report.destinations and not report.destination_texts:
        now = places(sentence, context)
        report = replace(report, destinations=now.destinations, destination_texts=now.destination_texts)
    if following := more_following(text, counted.start, counted.end):
        # "Another 3,000 are expected to follow on Tuesday.": more people still to come, on a day of their own
        # ("3,000 more followed on Tuesday.": more who came, on theirs)
        when, when_text = find_date_text(text, doc.date, following == "planned", another_storm(text, doc.text))
        report = replace(report, status=following, date=when, date_text=when_text, cumulative=False)
    return replace(report, quote=text, citations=(_cite(doc, start, end),), count=counted.count,
                   unit=counted.unit, breakdown=tuple(counted.breakdown), equivalent=tuple(counted.equivalent),
                   attributed_to=named_source(text), batch=False, part=False, additional=following is not None)


# A sentence that goes on with parts of the figure before, each placed by name, with no movement word of its own:
# "This includes 183,900 in X and 12,400 in neighbouring Y", "These include 4,000 at Z".
_PARTS_INCLUDED = re.compile(r"\s*(?:this|that|these|those|the\s+(?:figure|total|number))\s+(?:includes?|included|comprises?)\s", _I)
# Between a part's figure and its place: "183,900 in", "12,400 in neighbouring", "4,000 at the".
_PART_AT = re.compile(r"\s+(?:in|at|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?", _I)


def _included_parts(doc: Document, report: Report, sentence: Sentence) -> list[Report]:
    """The parts of the report of the sentence before that a sentence with no movement word lists place by place
    (``_PARTS_INCLUDED``): each a copy of that report at its own place (where the whole's people went when the whole
    names only destinations, else whence), flagged ``part`` and quoting this sentence; none when the sentence does not
    open so or names no part's place ("This includes 3,000 children")."""
    text = sentence.text
    if report.count is None or not _PARTS_INCLUDED.match(text):
        return []
    arriving = report.origin is None and not report.origin_text and bool(report.destinations)
    parts = []
    for count, _, end in find_counts(text):
        at = next((m for m in sentence.mentions if m.place is not None
                   and _PART_AT.fullmatch(text, end, m.start - sentence.start)), None)
        if at is None:
            continue
        where = ({"destinations": (at.place,), "destination_texts": (at.text,), "origin": None, "origin_text": ""}
                 if arriving else {"origin": at.place, "origin_text": at.text, "destinations": (), "destination_texts": ()})
        parts.append(replace(report, quote=text, citations=(_cite(doc, sentence.start, sentence.end),), count=count,
                             breakdown=(), equivalent=(), part=True, batch=False, additional=False, cumulative=False,
                             **where))
    return parts


def _with_dateline(doc: Document, text: str, dateline: tuple[str, int, int] | None) -> Document:
    """The document with the outlet of its wire dateline ("BEIRUT (AP) —": the publisher, never a report's source)
    and, where the input gave none, the date the article gives itself (``article_date``: a "Published" line, the
    dateline's date ...)."""
    outlet, span = (dateline[0], dateline[1:]) if dateline else ("", None)
    return replace(doc, outlet=doc.outlet or outlet, date=doc.date or article_date(text, span))


def _has_position(positions: list[int], start: int, end: int) -> bool:
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end
