"""Movement reports: the statements of an article that people moved, are moving or will move.

``find_reports(doc, mentions)`` reads one document; ``mentions`` are its resolved place mentions.
Only sentences holding a movement word (evacuate, leave, flee, withdraw, head to, bound for,
displaced, return, arrive, ... and the nouns evacuation, exodus, passage ...) are read closely.

Rules:

- **A numbered report** is a count of people (``geo.numbers``) in a sentence with a movement word
  that is not negated ("were not allowed to leave", "refused to leave", "did not want to leave").
  The count must count people: its head noun ("2,000 residents", "400 rebel fighters", "hundreds
  of fighters") gives the unit (``UNITS``); a count with no noun right before a verb ("some 5,000
  were evacuated", headlines' "3,000 flee fighting", "3,000 ordered to evacuate") counts people. Anything else is not a report: buses, hours, years, cases,
  money ... (``geo.numbers`` already drops years, dates, times, ordinals, percentages), populations
  ("home to some 75,000 people", "75,000 people live"; not people named as displaced: "hosts 1,500
  evacuees"), casualties ("killed hundreds", "450.000
  Syrians lost their lives"), group sizes ("groups of about 15 people each").
  Figures below ``MIN_COUNT`` (10) make no report: "two men left the building" is an anecdote.
  The count's own verb must be a movement (``_other_predicate``): the verb right before it whose
  object it is, or the first verb after its noun phrase whose subject it is; "a brawl involving 200
  people", "the toll topped 670 people", "10 people complained", "260 men were detained", "aid
  reached thousands of people" are not reports. Verbs of reporting and causing pass the decision
  on ("recorded 3,450 households ... displaced", "forced 17,000 to leave", "helped 800 residents
  flee"); "withdrew"/"pulled out"
  move fighters, troops and people a state removes, not members or admissions (``_withdrawn``); a
  bare figure that is a tally's value counts what the tally names ("the number of displaced
  families has risen to 2,300", "the number of people in evacuation centres", "the displaced
  population reached 50,000"). People told by where they live and then moved are no population
  ("35,000 people living near the volcano have been evacuated"); a count's noun phrase that puts
  them in shelter moves them ("forced 6,000 people into shelters"). A bare figure after a
  report's place and "and" says the same of other people ("709,841 people displaced in Jajpur and
  363,832 in Puri"); after a verb of saying it is a subject ("officials say as many as 4,000 could
  be displaced").
  States that displacement leaves people in are movements of their own: homeless, without shelter
  or a roof, lost their homes or houses, had their homes destroyed, sleeping outdoors, in shelters,
  tents, relief camps or evacuation centres, sheltering in, housed or put up in, staying or moved in
  with relatives, took or sought refuge, shelter or safety, became refugees, in displacement; so are
  going to safety or higher ground, evictions and forcible removals.
  An article with no word of forced movement at all (evacuate, flee, displaced, refugees,
  deported, evicted, withdrawal, relocated ..., a hurricane, flood, wildfire, people who left or
  abandoned their homes or were ordered to leave, sought refuge, went to safety, higher ground or
  temporary accommodation) gives no reports but destroyed homes and the states above: its "left"
  and "sent to" are not displacement. Movements to a hospital, jail or court are not displacement either.
  A letter lost upstream (U+FFFD, "d\ufffdplac\ufffds") is read as "é", and a head noun matches
  ``UNITS`` without its accented letters ("fam\ufffdlias"); quotes keep the text as written.
- **Homes** (homes, houses, dwellings, huts, shacks ...) are a report when destroyed: destroyed,
  collapsed, razed, flattened, demolished, washed or swept away, buried, gutted, burned (down),
  consumed, reduced to rubble, totally damaged, uninhabitable, "were lost" (also Spanish, French,
  Portuguese forms), or evacuated; damaged or partially damaged homes are not.
- **A breakdown**: a count after "including", "among them" or "of whom" belongs to the count before
  it ("2,000 residents, including 400 rebel fighters" -> 2,000 people, ``(("fighters", 400),)``).
  It is never a report of its own, unless the count before is no report and the part's own words move
  it ("affected 5,000 people, of whom 3,000 were displaced"). "Of which" and "from which" are breakdowns too.
- **A report without a number** (``count`` None) needs, in one sentence, a movement *verb*, a place
  the movement starts from or goes to (named, or "the district"-like for an origin) and a people
  noun that the verb moves: within six words before it or four after it, in its clause, before a
  "who" that leads to it, or "they"/"them" next to it ("militants either relocate to Idlib"). "Dozens of buses ... waiting to leave al-Waer" names no people, and
  "the driver abandoned the van and fled" no people noun near the verb, so neither is a report; a
  participle that only describes people ("a camp for displaced people", "a fleeing family") is no
  movement verb.
- **The next sentence** may carry the same people on: "Some 2,000 people left Douma. They were taken
  to Jarablus." gives one report with both places, quoting both sentences (``_carried_on``: the next
  sentence opens with "they", "the convoy", "the evacuees" ..., moves them and names a destination
  the report lacked).
- **Several counts** in a sentence each take the places named from it to the next count; a count
  naming no place takes the place the previous sentence of its paragraph locates ("in X", "from X"),
  else the article's place.
- **Places**: each cue gives a role to the first place mention after it, within seven words and
  no punctuation: origin after "from", "out of", "leave/left", "fled", "evacuated", "withdrew";
  destination after "to", "towards", "into", "for", "reached", "entered", "arrived in". Places
  joined by "or", "and" or a comma share the role ("head to Idlib, or Jarablus"); a place written
  right after another one ("Jarablus in the Aleppo countryside", "al-Waer neighborhood in western
  Homs") only locates it. A possessive passes the role to the finer place ("Homs' al-Waer",
  "Syria's Homs"). "The district of Homs" (a part of a city, named by the city) is the article's
  place when that place lies in Homs.
- **The article's place** (``article_place``) stands in for an origin the sentence does not name
  or only calls "the district", "the city", "the area": the most mentioned resolved place of the
  finest kind present (neighbourhood/district/site, then city, then region, province, country).
  A displacement figure with no named place and a nationwide scope (a head noun such as
  "Syrians", or a million or more in a sentence naming no place) is a report, but not about the
  article's place: its origin stays None, so it is listed but feeds no flow.
- **Status** from the words before the movement word: planned ("will", "would", "are to", "to be
  evacuated", "expected to", an infinitive, "next week", "in the coming ..."), underway ("are
  leaving", "is being evacuated", "started leaving", "continue to"), completed ("have left",
  a past tense "left", "withdrew", "were evacuated"; an "-ing" form in a past-tense sentence,
  "with 1,500 militants leaving ... back in 2014"), else unknown. A count reads the movement
  verb nearest to it (a noun such as "evacuation" only when the sentence has no verb): "2,000 residents have left Al-Waer and are heading to Jarablus" is
  *completed* (they have left the origin; the journey's end is a later fact).
- **Batch** when the sentence, or the one before it when that one has no figure of its own, speaks
  of one part ("the first 1,500", "the last group", "the final phase", "the 11th stage");
  **cumulative** for totals ("in all", "in total", "so far", "by the time it is completed").
- **Source**: "X said/says/reported/is reporting ...", "..., X said", "according to X";
  "It said" (or he/she/they) takes the previous sentence's source. The outlet is another thing: the
  input's, else the agency of a wire dateline ("BEIRUT (AP) —"), whose full date also stands in for a
  missing publication date and whose place does not vote for the article's place. Leading articles and
  hyphenated qualifiers ("the UK-based", "state-run", "Opposition-affiliated") and trailing
  descriptors ("monitoring group", "news agency", "activist group") are dropped.
- The same statement repeated within an article (a headline, then the body; a caption printed
  twice) gives one report: the one with a source, else the one with a breakdown, else the first.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from gazetteer.model import Mention, Place
from geo.dates import find_date, find_date_text
from geo.documents import find_dateline
from geo.model import Citation, Count, Document, Report
from geo.numbers import find_counts
from geo.sentences import sentence_spans
from geo.terms import article_term, term_of

#: Head noun -> unit of a count.
UNITS = {
    **dict.fromkeys("""people persons person residents resident civilians civilian inhabitants villagers
        townspeople refugees refugee migrants individuals evacuees children women men patients students
        citizens locals idps members detainees prisoners workers pilgrims tourists visitors passengers
        guests staff employees farmers miners fishermen nationals foreigners survivors occupants tenants
        dwellers squatters settlers returnees seekers travellers travelers holidaymakers vacationers campers hikers
        personas habitantes pobladores vecinos mineros pessoas personnes pdi""".split(), "people"),
    **dict.fromkeys("families family familias familles famílias".split(), "families"),
    **dict.fromkeys("households household hogares ménages".split(), "households"),
    **dict.fromkeys("""fighters fighter militants militant rebels rebel insurgents gunmen combatants
        jihadists extremists terrorists forces""".split(), "fighters"),
    **dict.fromkeys("soldiers troops servicemen".split(), "soldiers"),
    # Housing units: a home destroyed or evacuated is one household (IDMC's convention).
    **dict.fromkeys("""homes houses dwellings huts shacks shanties homesteads residences apartments
        viviendas casas maisons""".split(), "housing"),
}
_FOLDED_UNITS: dict[str, str] = {}  # filled below: UNITS without accented letters, for one lost upstream
#: The smallest figure that makes a report (smaller ones still count as a breakdown).
MIN_COUNT = 10
_FINENESS = {"site": 0, "neighbourhood": 0, "district": 0, "city": 1, "admin2": 2, "region": 2,
             "admin1": 3, "country": 4, "continent": 5}

_I = re.IGNORECASE
# People in a state that displacement leaves them in, and homes destroyed: reports of their own.
# "homeless" only as a state people are in ("left 6,000 people homeless", "483 homeless."), not as an
# attribute of a noun ("homeless sex offender parolees", "a party for 200 homeless people"); "shelter in
# place" is staying put.
_HOMELESS = r"""homeless(?!\s+(?!(?:after|by|in|on|at|and|or|as|because|following|when|since|due|from|with|across
    |throughout|nationwide|overnight|while|for|until|during|last|this|amid)\b)[a-z])"""
# Homes destroyed: said of a housing count, any of these words (fire "burned" or "consumed" homes, homes
# "totally damaged", "reduced to rubble"); "partially damaged" is damage.
_DESTROYED = r"""destr(?:oy|oyed|oys|oying|uction|uy[óo]|uidas?) | destru[íi]d[oa]s | d[ée]trui\w* | collapsed | razed
    | flattened | levell?ed | demolished | washed\s+away | swept\s+away | buried | gutted | burn(?:ed|t)(?:\s+down)?
    | consumed | reduced\s+to\s+(?:rubble|ashes|ruins) | (?:totally|completely|fully)\s+damaged
    | colaps\w+ | effondr\w+ | arrasad[oa]s | sepultad[oa]s | derrumbad[oa]s | uninhabitable | inhabitables | (?<=were\s)lost | (?<=been\s)lost"""
_STATE_WORDS = rf"""(?P<state>{_HOMELESS}
    | lost\s+(?:their|his|her)\s+(?:homes?|houses?|dwellings?) | without\s+(?:a\s+)?(?:homes?|shelter|housing|roofs?)
    | (?:had|have|has)\s+(?:their|his|her)\s+(?:homes?|houses?)\s+(?:{_DESTROYED})
    | sle(?:ep|eps|eping|pt)\s+(?:outdoors|outside|in\s+the\s+open|rough)
    | (?:perdieron|perdido)\s+sus\s+(?:viviendas|casas|hogares) | (?:temporary\s+|emergency\s+)*shelters
    | (?:temporary|emergency|red\s+cross|evacuation|public|community)\s+shelter | (?:(?<=at\sa\s)|(?<=at\sthe\s))shelter
    | sheltered(?!\s+in\s+place) | relief\s+camps?
    | evacuation\s+cent(?:re|er)s? | accommodated | lodged | housed\s+in
    | (?:hosted\s+by|(?:staying|living|sheltering|mov(?:ed|ing)\s+in)\s+with)\s+(?:relatives|friends|host\s+(?:families|communities))
    | (?:t[ao]ok|tak(?:e|es|en|ing)|s(?:ought|eek|eeks|eeking)|find(?:s|ing)?|found)\s+(?:refuge|shelter|safety)
    | bec(?:ome|omes|ame|oming)\s+refugees | to\s+(?:safety|higher\s+ground|safer\s+(?:ground|areas?|places?|locations?)) | in\s+(?:protracted\s+)?displacement | sheltering\s+(?:in|at)(?!\s+place\b) | in\s+(?:makeshift\s+|temporary\s+)?tents | put\s+up\s+in
    | albergues? | albergad[oa]s | h[ée]berg[ée]e?s
    | sin\s+(?:hogar(?:es)?|techo|abrigo|viviendas?) | refugios | (?:trouv[ée]\w*|cherch\w*)\s+refuge
    | se\s+sont\s+r[ée]fugi[ée]e?s | sans[\s-]abris? | desabrigad[oa]s?)"""
_HOUSING_WORDS = rf"""(?P<housing>{_DESTROYED})"""
_MOVEMENT = re.compile(
    r"""\b(?:(?P<verb>evacuat(?:e|es|ed|ing) | leav(?:e|es|ing)
    | (?<!the\s)(?<!at\s)left(?!-|\)|\s+(?:behind|over|wing|bank|side|hand|homeless|dead|without|intact)\b)
    | withdr(?:aw|aws|awing|awn|ew) | fle(?:e|es|eing|d) | displac(?:e|es|ed|ing)
    | relocat(?:e|es|ed|ing) | resettl(?:e|es|ed|ing) | repatriat(?:e|es|ed|ing) | deport(?:s|ed|ing)?
    | expel(?:s|led|ling)? | evict(?:s|ed|ing)? | (?<=forcibly\s)remov(?:e|es|ed|ing) | transferr?(?:s|ed|ing)? | buss?(?:ed|ing) | airlift(?:s|ed|ing)? | ferried
    | (?<!in\s)return(?:s|ed|ing)? | arriv(?:e|es|ed|ing)
    | reach(?:es|ed|ing)?(?!\s+(?:an?\s+|the\s+)?(?:agreement|deal|total|peak|record|level|toll)) | depart(?:s|ed|ing)? | escap(?:e|es|ed|ing)
    | cross(?:es|ed|ing)?(?=\s+(?:into|over|to|the\s+border)\b)
    | (?:stream|pour|spill|trek|flock|escort)(?:s|ed|ing)?(?=\s+(?:out|into|across|over|towards?|from)\b)
    | head(?:s|ed|ing)?(?=\s+(?:to|for|towards?|back|home|north|south|east|west|out|into)\b)
    | mov(?:e|es|ed|ing)(?=\s+(?:to|into|out|from|away|back)\b) | (?<=forced\sto\s)move | (?<=had\sto\s)move | shift(?:s|ed|ing)?(?=\s+(?:to|into|from)\b)
    | (?:forc(?:ed|ing)|driv(?:en|ing)|drove|push(?:ed|ing)|ordered)\s+out(?=\s*[.,;]|\s+by\b|\s+of\s+(?:their|his|her|its|the)\s+
       (?:homes?|houses?|villages?|towns?|city|area|region|camps?)\b)
    | (?:go|goes|going|went|gone)(?=\s+(?:to|back|home)\b) | pull(?:s|ed|ing)?\s+out
    | (?:move|moves|moving|moved|send|sends|sending|sent|take|takes|taking|taken|took|bring|brings|bringing|brought
       |carry|carries|carried|carrying)(?=(?:\s+[\w'’,.-]+){0,4}?\s+(?:to|out\s+of|into)\b)
    | bound(?=\s+for\b)
    | (?:forc(?:e|es|ed|ing)|driv(?:e|es|en|ing)|drove|chas(?:e|es|ed|ing)|push(?:es|ed|ing)?)(?=(?:\s+[\w'’,.-]+){0,5}?\s+(?:from|out\s+of)\s+(?:their|his|her|its)\s+
       (?:homes?|houses?|villages?|towns?|lands?)\b)
    | (?:abandon|desert)(?:s|ed|ing)?(?=\s+(?:their|his|her|its)\s+(?:homes?|houses?|villages?|towns?|lands?)\b)
    | uproot(?:s|ed|ing)?
    | evacu(?:ad[oa]s?|ar|aron|aci[oó]n) | desplaz\w+ | desaloj\w+ | trasladad[oa]s? | reubicad[oa]s | relog[ée]e?s | relocalis[ée]e?s
    | quitt(?:er|é|ée|és|ées|ent)(?=\s+(?:leurs?|son|sa|ses)\s+(?:maisons?|foyers?|domiciles?|logements?|villages?)\b)
    | d[ée]plac(?:[ée]e?s?|er|ent) | deslocad[oa]s
    | [ée]vacu(?:é|ée|és|ées|er) | fui(?:r|ent)? | fuyant | huy(?:eron|en|endo|ó) | huido | hu[íi]r
    | retirad[oa]s(?=\s+de\s+(?:suas|seus|sus)\s+(?:casas|lares|resid[êe]ncias|hogares|viviendas)\b))
    | {_STATE_WORDS}
    | (?P<noun>exodus|evacuations?|departures?|withdrawals?|pull-?outs?|displacement|passage|relocation
    | influx | idps | evacuees? | pdis?)
    | {_HOUSING_WORDS})\b""".replace("{_STATE_WORDS}", _STATE_WORDS).replace("{_HOUSING_WORDS}", _HOUSING_WORDS),
    _I | re.VERBOSE,
)
_MOVEMENT_LOWERCASE = re.compile(_MOVEMENT.pattern, re.VERBOSE)
_HOUSING_OR_STATE = re.compile(rf"\b(?:{_STATE_WORDS}|{_HOUSING_WORDS})\b", _I | re.VERBOSE)
_STATE_NEXT = re.compile(rf"\s+(?:{_STATE_WORDS})\b", _I | re.VERBOSE)
# Words of forced movement: an article without any is about something else ("left the plane"). Most
# are plain substrings of the lowercased text, found with ``in`` (a regex over every article is the
# slowest step of an article with none); the rest need word edges or the words around them.
_FORCED_WORDS = ("evacu", "évacu", "displac", "refugee", "exodus", "deport", "expel", "evict", "withdr", "relocat",
                 "resettl", "repatriat", "asylum", "pullout", "pull-out", "forced out", "driven out", "uproot",
                 "hurricane", "cyclone", "typhoon", "wildfire", "flood", "earthquake", "landslide", "tsunami", "eruption",
                 "homeless", "shelters", "desplaz", "desaloj", "déplac", "deplac", "albergad", "desabrigad", "desloc",
                 "sans-abri", "sans abri", "huido", "refugios", "fuyant", "airlifted out", "to safety", "higher ground",
                 "safer ground", "safer place", "safer area", "safer location", "temporary accommodation",
                 "temporary housing", "temporary shelter", "forced to move")
# (substrings that must be there, the words around them): one regex each, each tried only when its
# substrings are there (one regex of all of them is several times slower).
_FORCED_CONTEXT = tuple((anchors, re.compile(pattern)) for anchors, pattern in (
    (("fle",), r"\bfle[de]"),
    (("idp", "pdi"), r"\b(?:idps?|pdis?)\b"),
    (("fui", "huy"), r"\bont\s+fui|\bfuir\b|\bhuy[eóo]"),
    (("retirad",), r"retirad\w*\s+de\s+(?:suas|seus|sus)\s"),
    (("their home", "their house", "their village"),
     r"(?:leav\w*|left|fle\w*|abandon\w*|out\s+of|from)\s+their\s+(?:homes?|houses?|villages?)"),
    (("refuge",), r"(?:sought|seek\w*|t[ao]ok|tak\w+|find\w*|found)\s+refuge"),
    (("ordered", "told", "forced", "urged"),
     r"(?:ordered|told|forced|urged)\s+(?:[\w,'’-]+\s+){0,4}?to\s+(?:leave|evacuate|flee|abandon)\b"),
))
# The words that make a report without any word of forced movement (homes destroyed, people homeless,
# in shelters or with relatives): a housing noun or a state word, as substrings.
_SELF_EVIDENT = ("homes", "houses", "dwellings", "housing", "viviendas", "casas", "maisons", "huts", "shacks", "homeless",
                 "shelter", "refuge", "refugio", "réfugi", "safety", " tents", "staying with", "living with",
                 "sheltering with", "moved in with", "moving in with", "hosted by", "roof", "outdoors", "sleeping out",
                 "slept out", "in the open", "sleeping rough", "slept rough", "put up in", "relief camp", "evacuation cent",
                 "accommodated", "lodged", "housed in", "albergu", "albergad", "héberg", "heberg", "sin hogar", "sin techo",
                 "sin abrigo", "sin vivienda", "sans abri", "sans-abri", "desabrig", "displacement", "without a home",
                 "without home")


def _is_forced(lowered: str) -> bool:
    """Whether a lowercased article has a word of forced movement."""
    return (any(word in lowered for word in _FORCED_WORDS)
            or any(any(a in lowered for a in anchors) and pattern.search(lowered) for anchors, pattern in _FORCED_CONTEXT))


_TO_CARE_OR_CUSTODY = re.compile(
    r"(?:\s+[\w'’,.-]+){0,5}?\s+(?:to|into)\s+(?:the\s+|a\s+|an\s+|local\s+|nearby\s+|area\s+)?"
    r"(?:hospitals?|prisons?|jail|custody|court|clinics?|medical\s+cent(?:er|re)s?)\b", _I)
_NEGATED = re.compile(
    r"(?:\b(?:not|never|no|unable|refus\w*|forb\w*|prevent\w*|barred|cannot|without)|n't)(?:\s+[\w'’-]+){0,3}\s*$", _I)

_CUE = re.compile(
    r"""(?P<origin>(?<!apart\s)(?<!aside\s)(?<!away\s)\bfrom\b | \bout\s+of\b
    | \b(?:leav(?:e|es|ing)|(?<!the\s)(?<!at\s)left(?!\))|fle(?:e|es|eing|d)|evacuat(?:e|es|ed|ing)|abandon(?:s|ed|ing)?
       |vacat(?:e|es|ed|ing)|withdr(?:aw|aws|ew|awn|awing)|escap(?:e|es|ed|ing))\b)
    | (?P<destination>\b(?:to|towards?|into|onto|for)\b | \b(?:reach(?:es|ed|ing)?|enter(?:s|ed|ing)?)\b
    | \barriv(?:e|es|ed|ing)\s+(?:in|at)\b)
    | (?P<locative>\b(?:in|on|across|throughout|within)\b)""",
    _I | re.VERBOSE,
)
_RELATIVE_CLAUSE = re.compile(r"[,–—]\s*(?:which|who|whose|where|whereas|while)\b", _I)
_CLAUSE_BREAK = re.compile(r"[.,;!?()\"“”]")  # a colon does not break a label: "Houses destroyed: 412"
_GAP_WORDS = re.compile(r"[\w'’-]+")
_GAP_BREAK = re.compile(r"[.,;:!?()\"“”]")
_POSSESSIVE = re.compile(r"\s*['’]s?\s*", _I)
_COORDINATED = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:(?:to|into|towards?|for|from)\s+)?(?:the\s+)?", _I)
_PART_OF_CITY = re.compile(r"\b(?:district|neighbou?rhood|quarter|suburb|stronghold|bastion|enclave|pocket|area|camp)s?\b", _I)
_GENERIC_ORIGIN = re.compile(
    r"\s*(?:the|this|that|their|its|his|her|our)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:district|neighbou?rhood|city|town|village|area|camp|enclave|quarter|suburb|region|stronghold|bastion|pocket)\b"
    r"(?!\s+of\b)", _I)  # "the town of Kherson" names the place

_UNIT_WORD = re.compile(r"\b(?:" + "|".join(sorted((w for w, u in UNITS.items() if u != "housing"), key=len, reverse=True))
                        + r")\b", _I)
_DEMONYM = re.compile(r"[a-z]{3,}(?:ians|ans|ese)$|(?:iraq|israel|pakistan|somal|yemen|kuwait|saud|bangladesh)is$|rohingya$")
_HEAD_TOKENS = re.compile(r"[\w'’]+(?:-[\w'’]+)*|[^\w\s]")
_HEAD_SKIP = frozenset("of the them those these more other additional de".split())  # "un centenar de casas"
_HEAD_STOP = frozenset("""a an to in on at from for and or but were was are is be been have has had will would who
    which that each per with by into out than as""".split())
_ORDERED_TO = re.compile(r"(?:ordered|told|forced|urged|asked|advised)\s+(?:to|out)\b", _I)
_BARE_SUBJECT = frozenset("were was are is have has had will would could may might fled left remain remained".split())
# After a label's figure: the end of the line or cell ("Displaced persons: 12,300 (2,460 households)").
_LABEL_FIGURE = re.compile(r"\s*[.)]?\s*(?:\([^()]*\)\s*)?(?:[;|]|$)")
_FACILITY_LABEL = re.compile(r"\b(?:cent(?:re|er)s?|shelters?|camps?|sites?|schools?|tents?|albergues?|centros?|refugios?"
                             r"|abris|écoles)\W*$", _I)
_HOUSING_LABEL = re.compile(r"\b(?:housing|houses|homes|dwellings|viviendas)\b", _I)
# A count with no noun after it: punctuation, a preposition or a conjunction, or a participle.
_BARE_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:in|on|at|from|to|into|across|since|after|by|during|last|this|over|and|or"
                         r"|as|while|when|destroyed|damaged)\b)", _I)
_FATE_AFTER = re.compile(r"\s+(?:destroyed|damaged|razed|flattened|collapsed)\b", _I)
# Between a count and a bare one that says the same of other people: "(709,841 people) displaced in Jajpur and (363,832)".
_ELLIPSIS = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?(?:in|from|at)\s+(?:[\w'’-]+\s+){1,4}?(?:and|,)\s+", _I)
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$", _I)
_SAME_UNIT_AFTER = re.compile(r"\s+(?:others|of\s+(?:which|whom|them|these|those))\b", _I)
# Right after a bare figure, a word that says the figure counts people moved: "34,000 evacuated",
# "518,000 displaced or relocated", "483 homeless", "1 000 rendered homeless", "forced 17,000 to leave".
_PARTICIPLE_AFTER = re.compile(
    r"\s*(?:evacuated|displaced|relocated|resettled|(?:rendered\s+|left\s+)?" + _HOMELESS + r"|uprooted|deported"
    r"|to\s+(?:flee|leave|evacuate|abandon|relocate|move)|evacuad[oa]s|desplazad[oa]s|desalojad[oa]s|desabrigad[oa]s"
    r"|d[ée]plac[ée]e?s|[ée]vacu[ée]e?s)\b", _I | re.VERBOSE)
# ... or a verb of saying whose "that" is left out: "officials say as many as 4,000 could be displaced".
_CLAUSE_START = re.compile(r"(?:^|[,;:(—–-]|\b(?:that|and|but|while|as|when|only|another|said|says|say|whom|which"
                           r"|reported|reports|estimated?|estimates|fears?|feared|warned|warns?|expects?|expected"
                           r"|believes?|believed))\s*$", _I)
_WITH_FAMILIES = re.compile(r"\s+and\s+(?:their\s+|his\s+)?(?:families|family\s+members|relatives|children|dependants)\b", _I)

_NEXT_PART = re.compile(r"[^;.]{0,80}?\s(?:and|y|et)\s+", _I)
_BREAKDOWN_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom|(?:of|from)\s+(?:whom|which)|incl\.)\s+$", _I)
_POPULATION_BEFORE = re.compile(
    r"\b(?:home\s+to|population\s+of|inhabited\s+by|hosts?|hosting|houses|sheltering|shelters"
    r"|(?:city|town|village|district|neighbou?rhood|camp|area|country|nation)\s+of"
    r"|capacity\s+(?:to\s+(?:hold|house|accommodate|shelter|host)|for|of))\s+$", _I)
# Staying where they are ("remained in the city", "are in this country"), unless it is in shelters.
# A part of a count: "half of the 20,000 residents have left" did not move 20,000.
_WITH_HOSTS = re.compile(r"\s+with\s+(?:relatives|friends|host\s+(?:families|communities))\b", _I)
_FRACTION_BEFORE = re.compile(r"\b(?:half|thirds?|quarters?|most|many|some|majority|part|portion|per\s*cent|percent|few"
                              r"|none|fraction|share|one|two|three)\s+of\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?$", _I)
_MOVES_NEXT = re.compile(r"\s+(?:to\s+)?(?=\w)", _I)
# A count's people told by where they live, up to the verb of the clause: "35,000 people living near the volcano have been".
_LIVING = re.compile(r"(?:\s+[\w'’-]+)?\s+(?:living|residing|who\s+(?:live|lived|reside|resided))\b[^,.;]{0,60}?\s+"
                     r"(?:have|has|had|were|was|are|is|will|must)\s+(?:(?:been|being|be|now|already|also)\s+)*(?=\w)", _I)
_STAYED = re.compile(r"remain|stay|\b(?:are|is|were|was)\b", _I)
_POPULATION_AFTER = re.compile(r"\s*(?:\w+\s+)?(?:live|lives|lived|living|reside|resided|remain|remained|stay|stayed|trapped"
                               r"|(?:are|is|were|was)(?=\s+(?:still\s+|now\s+|currently\s+)?in\b))\b", _I)
_CASUALTY_BEFORE = re.compile(
    r"\b(?:killed|killing|kill|wounded|wounding|injured|injuring|massacred|executed|death\s+toll\s+of|deaths\s+of"
    r"|lives\s+of|bodies\s+of|massacre\s+of|killings?\s+of|murders?\s+of)\s+(?:(?!(?:and|or|y|e|et|ou|o)\b)\w+\s+)?$", _I)
_CASUALTY_AFTER = re.compile(
    r"\s*(?:(?:have|has|had|were|was|are|been|reportedly|also)\s+){0,3}"
    r"(?:killed|dead|died|wounded|injured|lost\s+their\s+lives|missing|casualties|deaths)\b", _I)
# People a disaster touched without moving them: the count's own verb is one of these.
_AFFECTED = (r"affect(?:ed|ing|s)?|rescued|rescuing|stranded|trapped|impacted|injured|isolated|hit|assisted|helped"
             r"|in\s+(?:a\s+situation\s+of\s+)?(?:urgent\s+|dire\s+|desperate\s+)?need|without\s+(?:power|electricity|water)|damnificad[oa]s|afectad[oa]s|sinistr[ée]s")
_AFFECTED_LABEL = re.compile(rf"\b(?:{_AFFECTED})\b", _I)
_AFFECTED_BEFORE = re.compile(rf"\b(?:{_AFFECTED})\s+(?:(?!(?:and|or|y|e|et|ou|o)\b)\w+\s+)?$", _I)
# The first verb after a count, within its clause: a movement word or one of ``_AFFECTED``.
_PREDICATE_AFTER = re.compile(
    rf"(?P<clause>[.;]|,\s+(?:and|while|but)\b|\bwhile\b)|\b(?P<affected>{_AFFECTED})\b|{_MOVEMENT.pattern}", _I | re.VERBOSE)
# Between a count and the same people counted in another unit: "1,000 families (3,000 people)",
# "150 familles soit 1206 personnes", "500 households, or about 2,500 people".
_EQUIVALENT_BETWEEN = re.compile(r"\s*(?:\(|[,–—-]?\s*(?:or|i\.e\.,?|soit|that\s+is,?|equivalent\s+to))\s*", _I)
_HOUSING_FATE = re.compile(
    rf"(?P<clause>[;.]|,\s+(?:and|while|but)\b)|\b(?:(?P<destroyed>{_DESTROYED})|(?P<damaged>damag\w*|flooded|inundated|affected"
    r"|submerged|partially|da[ñn]os?|afectad\w*)|evacu\w*|desaloj\w*)\b", _I | re.VERBOSE)
# "16,000 families were affected and evacuated": the figure moved too.
_AND_MOVED = re.compile(rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?:and|or)\s+(?:(?:have|has|had|were|was|been|then|later)\s+)*(?:{_MOVEMENT.pattern})", _I | re.VERBOSE)
_MOVED_OBJECT = re.compile(r"\b(?:evacuat\w*|relocat\w*|displac\w*|mov(?:e|ed|ing))\s+$", _I)
# A head noun that names people as displaced: wherever they are, they were moved there.
_DISPLACED_HEAD = re.compile(r"\b(?:displaced|evacuees|idps|homeless)\b", _I)
_GROUP_SIZE_BEFORE = re.compile(r"\b(?:groups|batches|numbering)\s+(?:of\s+)?$", _I)
_EACH_AFTER = re.compile(r"\s*each\b", _I)

# The count's own verb (``_other_predicate``): a verb by its form, since there is no part-of-speech tagger.
_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*|[^\w\s]")
_IRREGULAR_PAST = frozenset("saw met hit cost put got gave kept held fed paid hurt struck drew won lost caught fought shot "
                            "told sent took brought".split())
# Present tenses that often follow a count of people without moving them ("Thousands ... need food").
_PRESENT_VERBS = frozenset("need needs lack lacks face faces require requires suffer suffers die dies work works".split())
_NOT_VERB = re.compile(r"(?:morning|evening|building|nothing|something|everything|anything|during|according|following"
                       r"|regarding|concerning|including|excluding|notwithstanding|hundred|indeed|exceed|proceed|succeed"
                       r"|speed|breed|bleed|greed|ceiling|wedding|bedding|clothing|funding|housing|meeting|shooting"
                       r"|bombing|fighting|shelling|flooding|burning|ruling|spring|string|king|thing|ring|wing)")
_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|the|of|from|in|at|by|its|their|his|her|our|these|those|more|most)\s+$", _I)
# The word before a count and its determiners: the verb whose object the count may be.
_WORD_BEFORE = re.compile(
    r"\b(?P<verb>[\w'’]+)\s+(?:(?:the|its|their|his|her|our|these|those|all|another|a\s+further|an\s+additional)\s+)?"
    r"(?:[\w-]+['’]s\s+)?$",  # "urged the town's 2,000 residents"
    _I)
# Verbs that report or tally a figure, or cause or allow a movement that the following words name.
_REPORTING_VERB = re.compile(
    r"(?:said|says|reported|reporting|recorded|recording|registered|registering|counted|counting|estimated|estimating"
    r"|identified|identifying|tracked|tracking|documented|verified|confirmed|listed|believed|thought|feared|received"
    r"|receiving|welcomed|welcoming|assessed|profiled|including|included|numbered|totall?ed|totall?ing)", _I)
_CONTROL_VERB = re.compile(
    r"(?:forced|forcing|ordered|ordering|urged|urging|asked|asking|told|telling|expected|expecting|allowed|allowing"
    r"|permitted|compelled|obliged|advised|encouraged|prompted|prompting|caused|causing|helped|helping|made|making"
    r"|required|warned|planning|preparing|trying|waiting|scheduled|set|due|able|unable|going|about|likely|set|to|be)", _I)
_AUXILIARY = frozenset("""have has had 've been were was are is being remain remains remained stay stays stayed
    become became also still reportedly already now then later newly
    recently just all each ultimately eventually mostly mainly since who that which whom will would could may might
    must should can shall 'll the their""".split())
# "the number of ...", or a tally its people name: "the displaced population", "the evacuee count".
_TALLY = re.compile(r"\b(?:(?:number|total|tally|count)\s+of\s+|(?P<moved>displaced|evacuees?|refugees?|idps?|homeless)"
                    r"\s+(?:population|count|total|tally|figure)\b)", _I)
_TALLY_BREAK = re.compile(r"[.;:!?()\d]")
# The verb or preposition that gives a tally its value: "has risen to", "stands at", "is estimated to be".
_TALLY_VALUE = re.compile(r"\b(?:is|are|was|were|be|stands?|stood|rose|risen|reached|reaches|topped|tops|exceeded"
                          r"|exceeds|hit|hits|passed|surpassed|totals?|totall?ed|climbed|increased|grew|grown|jumped"
                          r"|swelled|doubled|at|to)\s+$", _I)
_MOVED_WORD = re.compile(r"displaced|evacuated|evacuees|idps|uprooted|homeless|relocated|returnees|deportees|refugees"
                         r"|asylum-seekers|migrants|evacuation|shelters|camps", _I)  # "people in evacuation centres"
_PRONOUN_MOVED = re.compile(r"\b(?:they|them)\b", _I)
_FAMILIES_ALONG = re.compile(r"\b(?:and|along\s+with|with)\s+(?:their\s+|his\s+)?(?:families|family\s+members|relatives)\b", _I)
_PLURAL_NOUNS = frozenset("people men women children staff".split())
_RELATIVE_WHO = re.compile(r"\bwho\b", _I)
_DESCRIBED_BEFORE = re.compile(
    r"\b(?:a|an|the|of|for|to|from|in|at|by|with|and|its|their|his|her|our|these|those|many|some|more|most|other"
    r"|newly|internally)\s+$", _I)
# A sentence that goes on about the people of the sentence before.
_CARRIED_ON = re.compile(r"(?:they|these|those|the\s+(?:evacuees|convoys?|buses|busses|group|displaced|residents|families"
                         r"|people|civilians|fighters|refugees))\b", _I)
_WITHDRAWN_PEOPLE = frozenset("""people persons civilians residents inhabitants villagers nationals citizens
    foreigners staff employees workers personnel diplomats evacuees refugees families individuals""".split())
_HARMED_AFTER = re.compile(r"\s+(?:dead|injured|wounded|hurt|missing|sick|ill)\b", _I)
_REACHED_BEFORE = re.compile(r"\breach(?:es|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}$", _I)
_MOVEMENT_OF = re.compile(
    r"\b(?:evacuations?|displacement|departures?|withdrawals?|relocation|exodus|return|transfer|passage|flight"
    r"|expulsions?|deportations?|influx|arrivals?)\s+of\s+(?:the\s+|some\s+|another\s+)?$", _I)
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
# After an active mover, an object that is not the counted people: another count, or a letter, a message ...
# What is sent or taken when it is not people: "sent an eight-page letter to the president".
_THING_MOVED = re.compile(r"\s+(?:an?|the|their|its|his|her)\s+(?:[\w-]+\s+){0,2}?(?:letter|message|statement|note|signal"
                          r"|team|delegation|request|report|bill|complaint|petition|aid|supplies|food|equipment|case)s?\b", _I)
_OBJECT_AFTER = re.compile(
    r"\s+(?:(?:some|about|around|nearly|over|another|at\s+least|more\s+than)\s+)?(?:\d|(?:two|three|four|five|six|seven"
    r"|eight|nine|ten|dozens|hundreds|thousands)\b)|" + _THING_MOVED.pattern, _I)
_INTO_SHELTER = re.compile(
    r"\s+(?:in|into|at|to)\s+(?:[\w'’-]+\s+){0,3}?(?:shelters?|camps?|evacuation\s+cent(?:re|er)s?|safety|safer"
    r"\s+(?:ground|areas?|places?)|higher\s+ground|relief\s+camps?|schools?|tents?)\b(?!\s+in\s+place)", _I)  # "to shelter in place": staying

# A verb that puts people in a displaced state: "were rendered homeless", "became displaced".
_STATE_AFTER = re.compile(r"\s+(?:homeless|displaced)\b", _I)

_BATCH = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|final|latest"
    r"|next)\s+(?:[\w-]+\s+)?(?:groups?|batch(?:es)?|phases?|stages?|convoys?|waves?|rounds?|contingents?|buses"
    r"|busloads?)\b", _I)
_BATCH_BEFORE = re.compile(r"\b(?:first|last|final|next|latest|second|third)\s+$", _I)
_CUMULATIVE = re.compile(
    r"\b(?:in\s+all|in\s+total|so\s+far|to\s+date|altogether|a\s+total\s+of|overall|by\s+the\s+time|total\s+of)\b", _I)

_PLANNED_BEFORE = re.compile(
    r"\b(?:will|shall|would|could|may|might|should|must|expected|set\s+to|due\s+to|plan(?:s|ned)?\s+to|going\s+to"
    r"|agreed\s+to|about\s+to|scheduled|supposed\s+to|ready\s+to|want\w*\s+to|(?:are|is|were|was)\s+to|to\s+be)\b"
    r"|'ll\b|\bto\s+(?:[\w-]+\s+)?$", _I)
_UNDERWAY_BEFORE = re.compile(
    r"\b(?:start\w*|began|begun|begin\w*|continu\w*|resum\w*)\s+(?:to\s+)?$|\b(?:is|are)\s+being\s+$", _I)
_PROGRESSIVE_BEFORE = re.compile(r"\b(?P<aux>am|is|are|was|were)\s+(?:[\w-]+\s+)?$", _I)
_PERFECT_INFINITIVE = re.compile(r"\bto\s+have\s+(?:been\s+)?$", _I)
_PERFECT_BEFORE = re.compile(r"\b(?:have|has|had|'ve)\b", _I)
_PAST_FORMS = frozenset("left fled withdrew withdrawn went gone took taken brought sent expelled sought found lost".split())
_FUTURE_SENTENCE = re.compile(r"\b(?:next\s+(?:week|month|year|few)|tomorrow|in\s+the\s+(?:coming|next)|foresees?)\b", _I)
_CAUSED_BEFORE = re.compile(
    r"\b(?:forced|forcing|compelled|obliged|caused|prompted|made|had)\b(?:\s+[\w,'’-]+){0,4}?\s+to\s+(?:be\s+)?$"
    r"|\bhad\s+to\b"
    r"|\b(?:forced|forcing|compelled|caused|causing|prompted|prompting|triggered|triggering)\s+(?:the|an?)\s+(?:[\w-]+\s+)?$",
    _I)  # "forced the evacuation of 1.5 million": it happened
_ORDERED_BEFORE = re.compile(r"\b(?:ordered|told|urged|advised|instructed|asked)\b(?:\s+[\w,'’-]+){0,4}?\s+to\s+$", _I)
_FORCED_BEFORE = re.compile(r"\b(?:forc|compel|driv)\w*\b(?:\s+[\w,'’-]+){0,4}?\s+to\s+$", _I)
_HALTED = re.compile(r"\b(?:delayed|postponed|stalled|suspended|halted|on\s+hold|put\s+off|called\s+off|cancell?ed"
                     r"|blocked|obstructed)\b", _I)
_BEGAN_AFTER = re.compile(r"\b(?:began|begun|begins|started|starts|resumed|continued|continues|is\s+under\s*way"
                          r"|was\s+under\s*way|got\s+under\s*way)\b", _I)
_CONDITIONAL = re.compile(r"\b(?:if|unless|provided\s+that|in\s+case|should\s+the)\b", _I)
_UNDERWAY_SENTENCE = re.compile(r"\b(?:under\s*way|on\s+their\s+way|in\s+progress)\b", _I)
_PAST_SENTENCE = re.compile(r"\b(?:was|were|had|did|back\s+in|ago|last\s+(?:year|month|week))\b", _I)

_SAY = (r"(?:said|says|say|reported|reports|is\s+reporting|are\s+reporting|was\s+reporting|stated|announced"
        r"|added|estimated|estimates|claimed|confirmed|told\s+[\w ]{2,30}?)")
_SOURCE_LEADING = re.compile(rf"\s*(?P<src>[^,]{{2,80}}?)(?:,\s*[^,]{{2,60}},)?\s+{_SAY}\b", _I)
_SOURCE_TRAILING = re.compile(
    rf",\s*(?P<src>[^,]{{2,80}}?)\s+{_SAY}(?:\s+(?:on|from|in|at)\s+[\w\s]{{1,30}})?\s*[.!?\"”'’]*\s*$", _I)
_SOURCE_INVERTED = re.compile(r",\s*(?:said|says|reported)\s+(?P<src>[^,]{2,80}?)\s*[.!?\"”'’]*\s*$", _I)
_SOURCE_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<src>[^,.;:]{2,80})", _I)
_PRONOUN = re.compile(r"(?:it|he|she|they)$", _I)
_NOT_A_SOURCE = re.compile(
    r"^(?:an?|the|some|about|around|nearly|roughly|over)$|^(?:which|whom|who|him|her|them|this|that|these|those|we|i|you|but|and|or|so|because|if|when|while|as)\b"
    r"|\b(?:they|we|i)\b|\d", _I)
_SOURCE_PREFIX = re.compile(
    r"^(?:\([^)]*\)\s*(?:[-—–]+\s*)?|[^()]{1,40}\([^)]*\)\s*[-—–]+\s*|(?:the|a|an)\s+|sources?\s+(?:with|close\s+to|from|in|at)\s+|[\w]+-(?:based|run|owned|affiliated|backed"
    r"|linked|funded|controlled|aligned)\s+|(?:monitoring|activist)\s+group\s+)", _I)
_SOURCE_SUFFIX = re.compile(
    r"\s+(?:monitoring\s+group|war\s+monitor|monitor|activist\s+group|news\s+agency|watchdog)$|['’]s?\s+statement$", _I)


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    text: str
    mentions: tuple[Mention, ...]
    body: int = 0  # where the sentence's own words start, after a wire dateline ("BEIRUT, May 3, 2017 (AP) —")


def article_place(mentions: Sequence[Mention]) -> Place | None:
    """The place an article is about: the most mentioned resolved place of the finest kind present.

    >>> from gazetteer.model import Place
    >>> homs = Place("g:1", "Homs", 34.7, 36.7, "city")
    >>> waer = Place("g:2", "al-Waer", 34.7, 36.7, "district", parent="g:1")
    >>> article_place([Mention("d", "Homs", 0, 4, homs)] * 3 + [Mention("d", "Waer", 9, 13, waer)]).name
    'al-Waer'
    >>> article_place([Mention("d", "Atlantis", 0, 8)]) is None
    True
    """
    resolved = [m.place for m in mentions if m.place is not None]
    if not resolved:
        return None
    finest = min(_FINENESS.get(p.kind, 1) for p in resolved)
    tally = Counter(p.id for p in resolved if _FINENESS.get(p.kind, 1) == finest)
    best = max(tally.values())
    return next(p for p in resolved if tally.get(p.id) == best)  # the first mentioned among the best


def source_of(sentence: str) -> str | None:
    """Who the sentence credits, without leading articles, qualifiers or trailing descriptors.

    ``"it"`` (or he, she, they) means the source of the sentence before.

    >>> source_of("The UK-based Syrian Observatory for Human Rights said 12,000 will leave.")
    'Syrian Observatory for Human Rights'
    >>> source_of("The Homs Media Center, an activist group, is reporting that 2,000 have left.")
    'Homs Media Center'
    >>> source_of("Up to 20,000 will have left, the British-based Syrian Observatory for Human Rights monitoring group says.")
    'Syrian Observatory for Human Rights'
    >>> source_of("It said the first 1,500 people will be evacuated next week.")
    'it'
    >>> source_of("Both sides signed the deal according to which fighters will leave") is None
    True
    """
    for pattern in (_SOURCE_LEADING, _SOURCE_TRAILING, _SOURCE_INVERTED, _SOURCE_ACCORDING):
        match = pattern.match(sentence) if pattern is _SOURCE_LEADING else pattern.search(sentence)
        if match is None:
            continue
        source = match["src"].strip(" \"“”'’")
        if _PRONOUN.fullmatch(source):
            return "it"
        if _NOT_A_SOURCE.search(source) or any(m["verb"] for m in _MOVEMENT.finditer(source)):
            continue
        while (prefix := _SOURCE_PREFIX.match(source)) and prefix.end() < len(source):
            source = source[prefix.end():]
        if (suffix := _SOURCE_SUFFIX.search(source)) and suffix.start() > 0:
            source = source[:suffix.start()]
        return source
    return None


def _fold(word: str) -> str:
    """The word without its accented letters, whichever was lost: "famílias", "famélias" -> "famlias"."""
    return "".join(ch for ch in word if ch.isascii())


_FOLDED_UNITS.update({_fold(word): unit for word, unit in UNITS.items() if not word.isascii()})


def _head_unit(sentence: str, start: int, end: int) -> tuple[str | None, int]:
    """The unit of the count at ``start:end`` and where its head noun ends.

    The unit is the head noun's, people for a count that is a subject ("some 5,000 were
    evacuated"), None when the count counts something else (buses, hours, cases), and "more"
    for "1,000 more fled": the same unit as the count before it.
    """
    if _PARTICIPLE_AFTER.match(sentence, end):
        return "people", end
    if (same := _SAME_UNIT_AFTER.match(sentence, end)) is not None:
        return "more", end + same.end() - same.start()  # "20 others", "85,000 of which": the unit before
    if _BARE_AFTER.match(sentence, end):
        if _ANOTHER_BEFORE.search(sentence, max(0, start - 16), start) or _FATE_AFTER.match(sentence, end):
            return "more", end  # "700 people ... and another 300 on Tuesday", "2,000 homes were damaged and 300 destroyed"
        own = _WORD_BEFORE.search(sentence, max(0, start - 40), start)
        moved = own is not None and _MOVEMENT.match(sentence, own.start("verb"))
        if moved and moved["verb"]:
            return "people", end  # "displaced 35,000 in Beledweyne"
    between, more = 0, False
    for token in _HEAD_TOKENS.finditer(sentence, end, end + 80):
        word = token.group().lower()
        if (unit := UNITS.get(word) or _FOLDED_UNITS.get(_fold(word))) is not None:
            return unit, token.end()
        if _DEMONYM.search(word):
            return "people", token.end()
        if (between == 0 and _bare_subject(sentence, token)
                and _CLAUSE_START.search(sentence, max(0, start - 20), start)):
            return ("more" if more else "people"), end  # "some 5,000 were evacuated", "3,000 flee fighting"
        if word in _HEAD_SKIP and between == 0:
            if word in ("them", "those", "these"):
                return "people", token.end()
            more = more or word == "more"
            continue
        if not word[0].isalnum() or word in _HEAD_STOP or (word.endswith("s") and not word.endswith("ss")):
            return None, end
        between += 1
        if between > 2:
            break
    return None, end


def _bare_subject(sentence: str, token: re.Match) -> bool:
    """Whether the word right after a bare figure is its verb: an auxiliary ("5,000 were"), a verb of
    displacement ("3,000 flee fighting", headlines) or an order to move ("3,000 ordered to evacuate").
    Generic movers ("100 sent to", "25 withdrew" from a trial) may move anything."""
    word = token.group().lower()
    movement = _MOVEMENT.match(sentence, token.start())
    displacing = movement is not None and movement["verb"] is not None and term_of(movement.group()) not in (None, "withdrew")
    return word in _BARE_SUBJECT or displacing or bool(_ORDERED_TO.match(sentence, token.start()))


def _rejected(sentence: str, start: int, end: int) -> bool:
    """A population, a casualty figure or the size of each group: not a movement of these people.
    People whose noun says they were displaced are no population where they are ("hosts 1,500 evacuees")."""
    before = sentence[max(0, start - 40):start]
    head = re.match(r"(?:\s+(?:of\s+)?[\w'’-]+){0,3}?\s+[\w'’-]*(?=\s|$|[,.;])", sentence[end:end + 60])
    after = sentence[end + (head.end() if head else 0):]
    predicate = _PREDICATE_AFTER.search(sentence, end, end + 120)
    affected = predicate is not None and predicate["affected"] is not None and not _AND_MOVED.match(sentence, predicate.end())
    displaced = head is not None and _DISPLACED_HEAD.search(head.group()) is not None
    population = (not _MOVED_OBJECT.search(before) and not displaced
                  and any(_stays(rest) for rest in (after, sentence[end:end + 80])))
    population = population and not _living_moved(sentence, end)
    helped_move = _MOVED_OBJECT.search(before) or _moves_next(after)  # "helped 800 residents flee"
    return bool((_POPULATION_BEFORE.search(before) and not displaced) or _CASUALTY_BEFORE.search(before)
                or (_AFFECTED_BEFORE.search(before) and not helped_move)
                or _FRACTION_BEFORE.search(before)
                or _GROUP_SIZE_BEFORE.search(before) or _CASUALTY_AFTER.match(after) or population
                or _EACH_AFTER.match(after) or affected)


def _moves_next(after: str) -> bool:
    """Whether the words right after a count's noun are its people's movement: "(helped 800 residents) flee
    the town", "(assisted 300 families) to relocate"."""
    gap = _MOVES_NEXT.match(after)
    movement = gap and _MOVEMENT.match(after, gap.end())
    return bool(movement and movement["verb"])


def _living_moved(sentence: str, end: int) -> bool:
    """Whether people described by where they live are then moved: "35,000 people living near the volcano
    have been evacuated", "residents who live along the river were told to leave"."""
    living = _LIVING.match(sentence, end)
    if living is None:
        return False
    movement = _MOVEMENT.match(sentence, living.end())
    return bool(movement and (movement["verb"] or movement["state"])) or bool(_ORDERED_TO.match(sentence, living.end()))


def _stays(rest: str) -> bool:
    """Whether the words after a count (or after its noun) say the people live or stay where they are:
    "75,000 people live", "20,000 remained in the city"; but "remain displaced" and "700 people
    remained in shelters" are reports."""
    population = _POPULATION_AFTER.match(rest)
    return (population is not None and not _PARTICIPLE_AFTER.match(rest, population.end())
            and not _WITH_HOSTS.match(rest, population.end())  # "living with host families": displaced
            and not _STATE_NEXT.match(rest, population.end())  # "remain without shelter", "live in tents"
            and not (_STAYED.search(population.group()) and _INTO_SHELTER.match(rest, population.end())))


def _other_predicate(sentence: str, start: int, end: int, head_end: int) -> bool:
    """Whether the count's own verb is not a movement: the count is the object of another verb right
    before it ("a brawl involving up to 200 people", "the toll topped 670 people") or the subject of
    another verb right after its noun phrase ("10 people complained", "260 men were detained").

    A noun phrase that itself says the people moved ("1,200 displaced people") always counts. Verbs
    that report a figure ("recorded 3,450 households") or cause a movement ("forced 17,000 to leave")
    leave the decision to the words after the count.

    >>> _other_predicate("the toll topped 670 people", 16, 19, 26)
    True
    >>> _other_predicate("officials evacuated 670 people", 20, 23, 30)
    False
    >>> _other_predicate("the fire forced 2,000 people to evacuate", 16, 21, 28)
    False
    """
    if (_MOVEMENT.search(sentence, end, head_end) or _PARTICIPLE_AFTER.match(sentence, end)
            or _MOVEMENT_OF.search(sentence, max(0, start - 40), start) or _INTO_SHELTER.match(sentence, head_end)
            or _living_moved(sentence, end)):
        return False  # "1,200 displaced people", "1 000 rendered homeless", "the evacuation of 1,700 civilians",
        # "(forced) 6,000 people into shelters", "35,000 people living near the volcano have been evacuated"
    if _HARMED_AFTER.match(sentence, head_end):
        return True  # "left 15 homeless people dead": a casualty, whatever verb comes before
    if _REACHED_BEFORE.search(sentence, max(0, start - 40), start):
        return True  # "aid was reaching some of the hundreds of thousands": people are reached, they do not move
    own = _WORD_BEFORE.search(sentence, max(0, start - 40), start)
    if own is not None:
        if _MOVEMENT.match(sentence, own.start("verb")):
            return False  # "evacuated 3,000 people", "to bring some 2,500 people out of"
        if _is_finite_verb(sentence, own, "verb") and not _REPORTING_VERB.fullmatch(own["verb"]):
            return _predicate_after(sentence, head_end) is not True
    if _PREPOSITION_BEFORE.search(sentence, max(0, start - 12), start):
        # "for 1,700 civilians ... was delayed": a verb further on is the outer clause's; one right
        # after the noun phrase is the count's own ("with 700,000 of them requiring shelter")
        return _predicate_after(sentence, head_end, reach=0) is False
    return _predicate_after(sentence, head_end) is False


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
    for token in _WORD.finditer(sentence, head_end, head_end + 100):
        word = token.group().lower()
        movement = _MOVEMENT.match(sentence, token.start())
        if controlled and word not in ("to", "be") and movement is None:
            return False  # "were urged to shelter in place": the verb they are told to do is not a movement
        if staying and movement is None and word not in _AUXILIARY:
            return False  # "50,000 troops will stay in Iraq"; but "remained displaced"
        if causing and movement is None and word not in _CAUSED_TO:
            causing -= 1
            if not causing:
                return False  # "have made a single withdrawal": a causing verb with an object of its own
        if movement is not None:
            if movement["verb"] and not passive and _OBJECT_AFTER.match(sentence, movement.end()):
                return False
            return not (movement["noun"] or _STATE_NOUN_ONLY.fullmatch(movement.group())) or None  # a noun is no verb; "evacuation centres" is a state
        if word in _NEGATION:
            return False  # "5,000 people did not leave"
        if not word[0].isalnum():
            return None  # the clause ends
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


def _status(sentence: str, verb: re.Match) -> str:
    """planned, underway, completed or unknown, from the words before the movement word."""
    window = " ".join(sentence[max(0, verb.start() - 60):verb.start()].split()[-5:]) + " "
    word = verb.group().lower().split()[0]  # "sought refuge", "lost their homes": the verb is the first word
    if _UNDERWAY_BEFORE.search(window):
        return "underway"
    if _PERFECT_INFINITIVE.search(window):
        return "completed"  # "are believed to have fled"
    caused = _CAUSED_BEFORE.search(window)
    if caused and not _PLANNED_BEFORE.search(window, 0, caused.start()):
        return "completed"  # "forced 17,000 to leave", "had to be placed in shelters": it happened
    if _PLANNED_BEFORE.search(window):
        return "planned"
    progressive = _PROGRESSIVE_BEFORE.search(window)
    if progressive and word.endswith("ing"):
        return "underway" if progressive["aux"].lower() in ("am", "is", "are") else "completed"
    if _PERFECT_BEFORE.search(window) or word.endswith("ed") or word in _PAST_FORMS:
        return "completed"
    if verb["noun"] and _HALTED.search(sentence):
        return "planned"  # "the evacuation ... was delayed": it has not happened yet
    if verb["noun"] and _BEGAN_AFTER.search(sentence, verb.end()):
        return "underway"  # "the evacuation of 4,000 people began on Sunday"
    if _FUTURE_SENTENCE.search(sentence) or _CONDITIONAL.search(sentence):
        return "planned"  # "next week", "if the deal holds": not yet, maybe never
    if _UNDERWAY_SENTENCE.search(sentence):
        return "underway"
    if _PAST_SENTENCE.search(sentence):
        return "completed"  # "with 1,500 militants leaving ... back in 2014", "saw hundreds ... leave"
    return "unknown"


def _movements(sentence: str, forced: bool = True) -> list[re.Match]:
    """The movement words of a sentence that are not negated; in an article with no word of forced
    movement (``forced`` False) only destroyed housing and homelessness, which need no such word."""
    return [m for m in _MOVEMENT.finditer(sentence)
            if (forced or m["housing"] or m["state"]) and not _NEGATED.search(sentence, max(0, m.start() - 50), m.start())]


def _gap_ok(gap: str, limit: int = 7) -> bool:
    return not _GAP_BREAK.search(gap) and len(_GAP_WORDS.findall(gap)) <= limit


def _roles(sentence: _Sentence, context: Place | None, after: int,
           until: int | None = None) -> list[tuple[str, Place | None, str]]:
    """``(role, place, words)`` of each mention from ``after`` (to ``until``) that has a role: origin,
    destination or locative."""
    text, offset = sentence.text, sentence.start
    until = len(text) if until is None else until
    cues = [c for c in _CUE.finditer(text, after, until)]
    roles: list[tuple[str | None, Place | None, str]] = []
    previous_end = None
    for mention in sentence.mentions:
        start, end = mention.start - offset, mention.end - offset
        if start < after or start >= until:
            continue
        cue = next((c for c in reversed(cues) if c.end() <= start), None)
        role, place, words = None, mention.place, mention.text
        if (cue is not None and cue["locative"] and previous_end is not None and cue.start() >= previous_end
                and _gap_ok(text[previous_end:cue.start()], 1)):
            pass  # "Zaporizhzhia in Ukraine", "al-Waer neighborhood in western Homs": only locates the place before
        elif cue is not None and (previous_end is None or cue.start() >= previous_end):
            gap = text[cue.end():start]
            if _gap_ok(gap, 3 if cue["locative"] or cue.group().lower() == "for" else 7):
                role = "origin" if cue["origin"] else "destination" if cue["destination"] else "locative"
                if role == "locative" and _RELATIVE_CLAUSE.search(text, 0, cue.start()):
                    role = None  # "..., which is the last stronghold in the city of Homs": not where they moved
                part = _PART_OF_CITY.search(text, max(0, cue.start() - 25), cue.start())
                if (role == "locative" and part and context is not None and place is not None
                        and context.parent == place.id):
                    role, place, words = "origin", context, text[part.start():end]  # "last stronghold in Homs"
                part = _PART_OF_CITY.search(gap)
                if part and context is not None and place is not None and context.parent == place.id:
                    place, words = context, text[cue.end() + part.start():end]  # "their last district of Homs"
        elif roles and previous_end is not None:
            gap = text[previous_end:start]
            if _POSSESSIVE.fullmatch(gap):  # "Homs' al-Waer": the finer place takes the role
                role = roles[-1][0]
                roles[-1] = (None, roles[-1][1], roles[-1][2])
            elif roles[-1][0] and _COORDINATED.fullmatch(gap):
                role = roles[-1][0]
        roles.append((role, place, words))
        previous_end = end
    return [(r, p, w) for r, p, w in roles if r is not None]


def _generic_origin(text: str, after: int) -> str | None:
    """ "the district", "this city" ... right after an origin cue: the article's place, unnamed."""
    for cue in _CUE.finditer(text, after):
        if cue["origin"] and (match := _GENERIC_ORIGIN.match(text, cue.end())):
            return match.group().strip()
    return None


@dataclass(frozen=True)
class _Where:
    """Where a movement goes, as the sentence says it; ``named`` when it names any place of it."""

    origin: Place | None
    origin_text: str
    destinations: tuple[Place, ...]
    destination_texts: tuple[str, ...]
    named: bool

    def from_article(self, context: Place | None) -> _Where:
        """The article's place as origin when the sentence names none (and it is not the destination)."""
        if self.origin is not None or self.origin_text or context is None or context in self.destinations:
            return self
        return _Where(context, "", self.destinations, self.destination_texts, self.named)


def _places(sentence: _Sentence, context: Place | None, after: int = 0, until: int | None = None) -> _Where:
    """Origin and destinations from the cues and mentions of the sentence from ``after`` (to ``until``)."""
    roles = _roles(sentence, context, after, until)
    origins = [(p, w) for r, p, w in roles if r == "origin"]
    destinations: dict[str, tuple[Place | None, str]] = {}
    for role, place, words in roles:
        if role == "destination":
            destinations.setdefault(place.id if place else words.lower(), (place, words))
    generic = None if origins else _generic_origin(sentence.text[:until], after)
    if not origins and generic is None:  # "800 people evacuated in Mizia": where the displacement happened
        origins = [(p, w) for r, p, w in roles if r == "locative" and (p is None or p.id not in destinations)][:1]
    origin, origin_text = origins[0] if origins else (None, "")
    if generic is not None:
        origin, origin_text = context, generic
    if origin is not None:
        destinations.pop(origin.id, None)
    return _Where(origin, origin_text, tuple(p for p, _ in destinations.values() if p is not None),
                  tuple(w for _, w in destinations.values()), bool(origins or destinations or generic))


def _count_places(sentence: _Sentence, context: Place | None, counts: Sequence[_Counted], index: int,
                  where: _Where) -> _Where:
    """Where one of several counts of a sentence happened: the places named from it to the next count
    ("2,800 houses damaged in Jiangxi and 400 people evacuated in Hunan"), else the sentence's."""
    if len(counts) == 1:
        return where
    until = counts[index + 1].start if index + 1 < len(counts) else None
    own = _places(sentence, context, counts[index].start, until)
    return own if own.named else where


@dataclass
class _Counted:
    """A count of people (or homes) in a sentence, with what it counts and what belongs to it."""

    count: Count
    start: int
    end: int
    unit: str
    head_end: int
    breakdown: list[tuple[str, int]] = field(default_factory=list)
    equivalent: list[tuple[str, int]] = field(default_factory=list)


def _report(document: Document, sentence: _Sentence, counted: _Counted | None, unit: str, verb: re.Match,
            term: str, where: _Where, source: str | None, batch: bool) -> Report:
    when, when_text = find_date_text(sentence.text[sentence.body:], document.date)
    return Report(
        quote=document.text[sentence.start:sentence.end],  # as written, with any lost letter (U+FFFD)
        citations=(Citation(document.id, sentence.start, sentence.end, document.outlet),),
        origin=where.origin, origin_text=where.origin_text,
        destinations=where.destinations, destination_texts=where.destination_texts,
        count=counted.count if counted else None, unit=unit,
        breakdown=tuple(counted.breakdown) if counted else (),
        status=_status(sentence.text, verb),
        date=when,
        attributed_to=source,
        cumulative=bool(_CUMULATIVE.search(sentence.text)),
        batch=batch,
        term=term,
        equivalent=tuple(counted.equivalent) if counted else (),
        date_text=when_text,
    )


def _counts(text: str) -> list[_Counted]:
    """The counts of people (and of homes) that may be moving in a sentence."""
    found: list[_Counted] = []
    previous_unit: str | None = "people"  # "It said 1,000 more fled": more of the people before
    previous_kept = False  # whether the count before is one of ``found``: a breakdown belongs to it
    part_end = None  # where the count before ends when it was a part of a breakdown
    for count, start, end in find_counts(text):
        unit, head_end = _head_unit(text, start, end)
        if unit is None:
            unit = _label_unit(text, start, end)
        # A bare figure a tally gives ("the number of IDPs has reached 3,000"): what the tally names,
        # even when the verb before it reads as a movement
        tally = _tallied_unit(text, start) if unit is None or head_end == end else None
        tallied = tally is not None
        unit = tally or unit
        if unit is None and previous_kept and _ELLIPSIS.fullmatch(text, found[-1].head_end, start) and _BARE_AFTER.match(text, end):
            unit = "more"  # "709,841 people displaced in Jajpur and 363,832 in Puri": the same again, elsewhere
        if unit == "more":
            unit = previous_unit  # "one bus left ..., and dozens more were expected": buses
        previous_unit = unit
        kept, previous_kept = previous_kept, False
        previous_part, part_end = part_end, None
        if unit is None or _rejected(text, start, end):
            continue
        # "of which 6,142 are hosted by relatives and 1,727 moved to camps": both are parts
        if (_BREAKDOWN_BEFORE.search(text, max(0, start - 20), start)
                or (previous_part is not None and _NEXT_PART.fullmatch(text, previous_part, start))):
            if kept and count.value is not None:
                found[-1].breakdown.append((unit, count.value))
                previous_kept, part_end = True, end
                continue
            if not _moves_itself(text, end, head_end):
                continue  # "affected 5,000 people, including 300 children": a part of people who did not move
        if (found and count.value is not None and unit != found[-1].unit
                and _EQUIVALENT_BETWEEN.fullmatch(text, found[-1].head_end, start)):
            found[-1].equivalent.append((unit, count.value))  # "1,000 families (3,000 people)": the same people
            previous_kept = True
            continue
        if unit != "housing" and max(count.value or 0, count.min or 0, count.max or 0) < MIN_COUNT:
            continue  # "two men left the building": an anecdote, not a displacement
        if unit != "housing" and not tallied and _other_predicate(text, start, end, head_end):
            continue  # "10 people complained", "the toll topped 670 people": another verb's subject or object
        if unit not in ("people", "housing") and _WITH_FAMILIES.match(text, head_end):
            unit = "people"  # "hundreds of fighters and their families"
        found.append(_Counted(count, start, end, unit, head_end))
        previous_kept = True
    return found


def _moves_itself(text: str, end: int, head_end: int) -> bool:
    """Whether a count's own words say its people moved: "of whom 3,000 were displaced", "including
    1,200 displaced people", "including 800 evacuated"; a part of people who did not move is a report then."""
    return bool(_PARTICIPLE_AFTER.match(text, end) or _MOVEMENT.search(text, end, head_end)
                or _predicate_after(text, head_end))


def _label_unit(text: str, start: int, end: int) -> str | None:
    """The unit of a figure that ends a table cell or label of five words at most ("Population evacuated
    116129", "Destroyed housing: 146", "No. of displaced families - 860"; cells end at ";" or "|"):
    housing, the label's own unit noun, else people.

    >>> row = "Houses destroyed: 1,204; People displaced: 6,020"
    >>> _label_unit(row, 18, 23), _label_unit(row, 43, 48), _label_unit("Total: 300 buses", 7, 10)
    ('housing', 'people', None)
    """
    cell = max(text.rfind(";", 0, start), text.rfind("|", 0, start)) + 1
    if not _LABEL_FIGURE.match(text, end) or len(text[cell:start].split()) > 5:
        return None
    if _HOUSING_LABEL.search(text, cell, start):
        return "housing"
    if _AFFECTED_LABEL.search(text, cell, start):
        return None  # "Affected families: 4,000": they did not move
    units = [UNITS[w.lower()] for w in _GAP_WORDS.findall(text, cell, start) if w.lower() in UNITS]
    if not units and _FACILITY_LABEL.search(text, cell, start):
        return None  # "Evacuation centres: 45": the places people stay in, not the people
    return units[-1] if units else "people"


def _tallied_unit(text: str, start: int) -> str | None:
    """The unit of a bare figure given as the size of a tally of moved people: "the number of displaced
    people has risen to 250,000", "the total number of IDPs stands at 1.2 million".

    >>> text = "The number of displaced families rose to 2,300; the number of people dead and hundreds missing"
    >>> _tallied_unit(text, text.index("2,300")), _tallied_unit(text, text.index("hundreds"))
    ('families', None)
    >>> _tallied_unit("The displaced population reached 50,000", 33)
    'people'
    """
    tally = None
    for tally in _TALLY.finditer(text, max(0, start - 100), start):
        pass
    if tally is None or _TALLY_BREAK.search(text, tally.end(), start) or not _TALLY_VALUE.search(text, 0, start):
        return None  # commas may come between, figures not; "number of people dead and hundreds missing": no value
    words = [w.lower() for w in _GAP_WORDS.findall(text, tally.end(), start)[:4]]
    if tally["moved"]:
        return "people"
    if not any(_MOVED_WORD.fullmatch(w) for w in words):
        return None  # "the number of troops in Iraq to 50,000": a level, not people moved
    units = [UNITS[w] for w in words if UNITS.get(w, "housing") != "housing"]
    return units[0] if units else "people"


def _near_noun(text: str, counted: _Counted, noun: re.Match) -> bool:
    """Whether a movement noun is close enough to a count to be its movement: within eight words and
    no punctuation ("the evacuation of 4,000 people", "4,000 people in the exodus"), or a label the
    count ends ("Evacuation total people: 3,614")."""
    if _LABEL_FIGURE.match(text, counted.end):
        return True
    if noun.start() >= counted.head_end:
        return _gap_ok(text[counted.head_end:noun.start()], 8)
    return _gap_ok(text[noun.end():counted.start], 8)


def _withdrawn(text: str, counted: _Counted) -> bool:
    """Whether a count can be withdrawn or pulled out: fighters, troops, or people a state or an agency
    removes (civilians, nationals, staff, "175 South Koreans"); members, students or admissions are not.

    >>> _withdrawn("withdrew its 18 members", _Counted(Count("18", 18, 18, 18), 13, 15, "people", 23))
    False
    >>> _withdrawn("withdraw 175 South Koreans", _Counted(Count("175", 175, 175, 175), 9, 12, "people", 26))
    True
    """
    if counted.unit != "people" or counted.head_end == counted.end:
        return True  # fighters and soldiers; a bare figure ("some 5,000 withdrew") reads as the people
    head = text[counted.end:counted.head_end].split()[-1].lower()
    return head in _WITHDRAWN_PEOPLE or bool(_DEMONYM.search(head))


def _housing_term(text: str, counted: _Counted) -> str | None:
    """What happened to the homes counted: the housing word nearest the figure (before or after it),
    within its clause.

    "60 homes were destroyed", "destroyed more than 120 houses" -> destroyed housing; "the
    evacuation of 50 homes" -> evacuated; "91 homes damaged" (or nothing said) -> None: damage is
    not displacement.
    """
    after = _HOUSING_FATE.search(text, counted.head_end, counted.head_end + 60)
    if after is not None and after["clause"]:
        after = None
    before = None
    for before in _HOUSING_FATE.finditer(text, max(0, counted.start - 50), counted.start):
        pass
    if before is not None and (before["clause"] or _CLAUSE_BREAK.search(text, before.end(), counted.start)):
        before = None
    fates = [(after.start() - counted.head_end, after)] if after else []
    fates += [(counted.start - before.end(), before)] if before else []
    if not fates:
        return None
    fate = min(fates, key=lambda pair: pair[0])[1]  # "destroyed 24 homes and evacuated 100 houses"
    if fate["damaged"]:
        return None
    return "destroyed housing" if fate["destroyed"] else term_of(fate.group())


def _term(text: str, verb: re.Match, movements: Sequence[re.Match], article: str) -> str:
    """The verb's own term, "fled" when people were forced to move ("forced 17,000 to leave"), or the term of
    the sentence's specific word nearest to it, else the article's."""
    own = term_of(verb.group())
    if own:
        return own
    if _FORCED_BEFORE.search(text, max(0, verb.start() - 60), verb.start()):
        return "fled"  # "forced 17,000 people to leave": forced to flee
    if _ORDERED_BEFORE.search(text, max(0, verb.start() - 60), verb.start()):
        return "evacuated"  # "ordered to leave their homes": an evacuation order
    named = [(abs(m.start() - verb.start()), term) for m in movements
             if not m["housing"] and (term := term_of(m.group())) is not None]
    return min(named)[1] if named else article


def _sentence_reports(document: Document, sentence: _Sentence, context: Place | None, source: str | None,
                      batch_before: bool, forced: bool, article: str, nearby: Place | None = None) -> list[Report]:
    """The reports of one sentence; ``batch_before`` when the sentence before named a part, no figure;
    ``article`` is the article's own term for generic movement words; ``nearby`` the place where the
    sentence before, in the same paragraph, says something happened (a figure naming no place is about it)."""
    text = sentence.text
    movements = _movements(text, forced)
    if not movements:
        return []
    batch = bool(_BATCH.search(text))
    counts = _counts(text)
    moving = [m for m in movements if not m["housing"]]
    verbs = [m for m in moving if m["verb"] or m["state"]]  # a figure moves with a verb; a noun is only the topic
    things = [m for m in verbs if _THING_MOVED.match(text, m.end())]  # "sent an eight-page letter to": a thing moves
    verbs = [m for m in verbs if m not in things]
    moving = [m for m in moving if m not in things]
    if counts:
        where = _places(sentence, context)
        reports: list[Report] = []
        for index, counted in enumerate(counts):
            start, end = counted.start, counted.end
            unit = counted.unit
            if unit == "housing":
                term = _housing_term(text, counted)
                if term is None:
                    continue
                unit = "households"
                verb = min(movements, key=lambda m: abs(m.start() - end))
            else:
                if not moving:
                    continue
                verb = min(verbs or moving, key=lambda m: m.start() - end if m.start() >= end else 2 * (start - m.end()))
                if not verbs and not _near_noun(text, counted, verb):
                    continue  # "15 members ... sent a letter ... about the evacuation": only the topic
                if _TO_CARE_OR_CUSTODY.match(text, verb.end()):
                    continue  # "40 wounded were taken to hospital": care or custody, not displacement
                term = _term(text, verb, moving, article)
                if term == "withdrew" and not _withdrawn(text, counted):
                    continue  # "withdrew its 18 members from parliament": a membership, not a movement
            own = _count_places(sentence, context, counts, index, where)
            counted_where = own if _nationwide(sentence, end, counted.count) else own.from_article(nearby or context)
            this_batch = batch or batch_before or bool(_BATCH_BEFORE.search(text, max(0, start - 12), start))
            reports.append(_report(document, sentence, counted, unit, verb, term, counted_where, source, this_batch))
        return reports
    # No figure: the places the first movement verb governs, and the people it moves.
    verbs = [m for m in verbs if m["verb"] and not _TO_CARE_OR_CUSTODY.match(text, m.end()) and not _attributive(text, m)]
    movers = next(((verb, units) for verb in verbs if (units := _movers(text, verb))), None)
    if movers is None:
        return []
    verb, units = movers
    verbs = [verb]
    if _FAMILIES_ALONG.search(text):
        units = {"people"}  # "rebel factions and their families", "fighters - along with their families -"
    where = _places(sentence, context, after=verbs[0].start())
    if not where.named:
        return []
    unit = units.pop() if len(units) == 1 else "people"
    term = _term(text, verbs[0], moving, article)
    return [_report(document, sentence, None, unit, verbs[0], term, where.from_article(context), source, batch)]


def _movers(text: str, verb: re.Match) -> set[str]:
    """The units of the people nouns a movement verb moves: within six words before it (its subject)
    or four after it (its object), in the same clause, or before a "who" that leads to it ("fighters
    and their families who choose ..., will be displaced"); "they" or "them" next to the verb stand
    for the people the sentence names. "The driver abandoned the van and fled, ... local residents"
    and "fighters defected to the rebel side and their leader left" name none (nor does "rebel side":
    a singular noun only modifies).

    >>> _movers("nervous residents fled the area", next(_MOVEMENT.finditer("nervous residents fled the area")))
    {'people'}
    """
    people = [n for n in _UNIT_WORD.finditer(text) if n.group().lower().endswith("s") or n.group().lower() in _PLURAL_NOUNS]
    found = {UNITS[n.group().lower()] for n in people
             if _next_to(text, n, verb, 6, 4) or (n.end() <= verb.start() and _RELATIVE_WHO.search(text, n.end(), verb.start()))}
    if not found and any(_next_to(text, p, verb, 4, 4) for p in _PRONOUN_MOVED.finditer(text)):
        found = {UNITS[n.group().lower()] for n in people}  # "they will leave Homs", "busses ... to take them to"
    return found


def _next_to(text: str, word: re.Match, verb: re.Match, before: int, after: int) -> bool:
    """Whether ``word`` stands within ``before`` words before ``verb`` or ``after`` words after it, no punctuation between."""
    if word.end() <= verb.start():
        return _gap_ok(text[word.end():verb.start()], before)
    return word.start() >= verb.end() and _gap_ok(text[verb.end():word.start()], after)


def _attributive(text: str, verb: re.Match) -> bool:
    """A participle that only describes people ("a camp for displaced people", "the evacuated families"),
    not a statement that they moved.

    >>> _attributive("a camp for displaced people", next(_MOVEMENT.finditer("a camp for displaced people")))
    True
    >>> _attributive("troops evacuated people", next(_MOVEMENT.finditer("troops evacuated people")))
    False
    >>> _attributive("loading a fleeing family into a car", next(_MOVEMENT.finditer("loading a fleeing family")))
    True
    """
    return (verb.group().lower().endswith(("ed", "ing")) and bool(_UNIT_WORD.match(text, verb.end() + 1))
            and bool(_DESCRIBED_BEFORE.search(text, max(0, verb.start() - 12), verb.start())))


def _nationwide(sentence: _Sentence, end: int, count: Count) -> bool:
    """A nationwide figure ("12 million Syrians", a million or more with no place named): not about
    the article's place."""
    following = _HEAD_TOKENS.findall(sentence.text, end, end + 40)[:3]
    return (any(_DEMONYM.search(t.lower()) for t in following)
            or (max(count.value or 0, count.min or 0) >= 1_000_000 and not sentence.mentions))


def _informative(report: Report) -> tuple[bool, bool]:
    return report.attributed_to is not None, bool(report.breakdown)


def _dedupe(reports: list[Report]) -> list[Report]:
    """One report per statement repeated within the article, preferring a sourced one."""
    chosen: dict[tuple, Report] = {}
    for report in reports:
        count = report.count
        key = (report.origin.id if report.origin else report.origin_text.lower(),
               tuple(sorted(p.id for p in report.destinations)) or tuple(t.lower() for t in report.destination_texts),
               (count.value, count.min, count.max) if count else None, report.unit, report.status, report.date)
        kept = chosen.get(key)
        if kept is None or _informative(report) > _informative(kept):
            chosen[key] = report
    return sorted(chosen.values(), key=lambda r: r.citations[0].start)


def find_reports(doc: Document, mentions: Sequence[Mention]) -> list[Report]:
    """The movement reports of one document, in text order.

    ``mentions`` are the document's place mentions, sorted by start; a mention's ``place`` may be None.

    >>> from gazetteer.model import Place
    >>> goma = Place("geonames:216281", "Goma", -1.68, 29.23, "city", "CD")
    >>> rwanda = Place("geonames:49518", "Rwanda", -2.0, 30.0, "country", "RW")
    >>> text = "About 1,000 families fled Goma for Rwanda on Sunday, the UN said."
    >>> doc = Document("d", text)
    >>> [report] = find_reports(doc, [Mention("d", "Goma", 26, 30, goma), Mention("d", "Rwanda", 35, 41, rwanda)])
    >>> (report.count.value, report.unit, report.origin.name, report.destination_texts, report.status)
    (1000, 'families', 'Goma', ('Rwanda',), 'completed')
    >>> report.attributed_to, report.citations, report.term, report.date_text
    ('UN', (Citation(doc_id='d', start=0, end=65, outlet=''),), 'fled', 'Sunday')
    """
    text = doc.text.replace("\ufffd", "é")  # a letter lost upstream ("d\ufffdplac\ufffds"): read as French's commonest
    forced, moves = _movement_words(text)
    if not moves:
        return []
    dateline = find_dateline(text)
    if dateline:
        doc = _with_dateline(doc, *dateline)
    positions = [start for start, _ in moves]
    article = article_term([word for _, word in moves])
    starts = [m.start for m in mentions]
    filed = range(dateline[1], dateline[2]) if dateline else range(0)  # where the story was filed, not about
    context = article_place([m for m in mentions if m.start not in filed])
    reports: list[Report] = []
    previous: tuple[int, int] | None = None
    previous_found: list[Report] = []
    for start, end in sentence_spans(text):
        found: list[Report] = []
        if _has_position(positions, start, end):
            quote = text[start:end]
            sentence = _Sentence(start, end, quote, tuple(mentions[bisect_left(starts, start):bisect_left(starts, end)]),
                                 max(0, filed.stop - start) if start in filed else 0)
            before = text[previous[0]:previous[1]] if previous else ""
            source = source_of(quote)
            if source == "it":  # "It said ...": the source of the sentence before
                source = source_of(before) if before else None
                source = None if source == "it" else source
            batch_before = (bool(before) and _has_position(positions, *previous) and bool(_BATCH.search(before))
                            and not any(r.count is not None for r in previous_found))
            nearby = _place_before(text, previous, mentions, starts, context) if previous else None
            found = _sentence_reports(doc, sentence, context, source, batch_before, forced, article, nearby)
            carried = None if found or not previous_found else _carried_on(doc, previous_found[-1], sentence, context)
            if carried is not None:  # "Buses left Douma with 2,500 people. They were taken to Jarablus."
                reports[-1] = carried  # the previous sentence's last report is the last one found
                found = [carried]
            else:
                reports.extend(found)
        previous, previous_found = (start, end), found
    return _dedupe(reports)


def _carried_on(doc: Document, report: Report, sentence: _Sentence, context: Place | None) -> Report | None:
    """The report of the sentence before, with the destinations of this sentence when it goes on about
    the same people ("They were taken to Jarablus", "The convoy headed for Idlib") and the report had
    none; its quote then spans both sentences. None when the sentence does not go on so.
    """
    if report.count is None or report.destinations or report.destination_texts or not _CARRIED_ON.match(sentence.text):
        return None
    if not any(m["verb"] for m in _movements(sentence.text)):
        return None
    where = _places(sentence, context)
    if not where.destination_texts or where.origin is not None:
        return None
    start = report.citations[0].start
    return replace(report, quote=doc.text[start:sentence.end], destinations=where.destinations,
                   destination_texts=where.destination_texts,
                   citations=(Citation(doc.id, start, sentence.end, doc.outlet),))


def _with_dateline(doc: Document, outlet: str, start: int, end: int) -> Document:
    """The document with the outlet ("BEIRUT (AP) —": the publisher, never a report's source) and the
    full date of its wire dateline ("WASHINGTON, May 3, 2017 (Reuters) -"), where the input gave none."""
    written = find_date(doc.text[start:end])
    published = date.fromisoformat(written) if written and len(written) == 10 and doc.date is None else doc.date
    return replace(doc, outlet=doc.outlet or outlet, date=published)


def _place_before(text: str, previous: tuple[int, int], mentions: Sequence[Mention], starts: list[int],
                  context: Place | None) -> Place | None:
    """The first resolved place the previous sentence of the same paragraph names as where something
    happened or started ("Floods hit villages in Jiangxi. 400 people were evacuated."), else None."""
    start, end = previous
    if "\n" in text[end:end + 3]:
        return None
    sentence = _Sentence(start, end, text[start:end], tuple(mentions[bisect_left(starts, start):bisect_left(starts, end)]))
    if not sentence.mentions:
        return None
    return next((p for r, p, _ in _roles(sentence, context, 0) if p is not None and r in ("origin", "locative")), None)


def _movement_words(text: str) -> tuple[bool, list[tuple[int, str]]]:
    """Whether the article has a word of forced movement, and where its movement words start (with
    the words); without forced movement only destroyed housing and homelessness count.

    The whole text is scanned once, lowercased (much faster than a case-insensitive scan) when
    lowercasing keeps every offset.
    """
    lowered = text.lower()
    forced = _is_forced(lowered)
    if not forced and not any(word in lowered for word in _SELF_EVIDENT):
        return False, []  # most articles: one cheap scan and done
    if not forced:  # only housing and state words can report: a smaller scan
        return False, [(m.start(), m.group()) for m in _HOUSING_OR_STATE.finditer(text)]
    if len(lowered) == len(text):
        found = _MOVEMENT_LOWERCASE.finditer(lowered)
    else:
        found = _MOVEMENT.finditer(text)
    return forced, [(m.start(), m.group()) for m in found]


def _has_position(positions: list[int], start: int, end: int) -> bool:
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end
