"""What a number counts that is not people who moved (``rejected``): populations, capacities, casualties,
people only affected or aided, parts, group sizes and a person's own family ("she has 13 children"); and the
exceptions that name them as displaced. The rules are told in ``geo.counting``.
"""
from __future__ import annotations

import re

from geo.heads import BREAKDOWN_BEFORE, CASUALTY_AFTER
from geo.homes import PART_DESTROYED
from geo.predicates import (ASIDE, AND_MOVED, FACILITY_SHELTERING, HEDGED_TO, INTO_SHELTER, MOVEMENT_OF, ORDERED_TO, PARTICIPLE_AFTER,
                            WHO_MOVED, WORD_BEFORE, living_moved, people_object)
from geo.sentences import is_abbreviation
from geo.terms import term_of
from geo.vocabulary import (EACH_OF_PLACES, HELD_IN_PLACE, HOSTS, MOVEMENT, PEOPLE_UNITS, PLACES_LEFT, PUBLIC_REFUGES, STATE_NEXT,
                            STRUCK_PLURAL, unit_of)

_I = re.IGNORECASE

_IN_THE_OPEN = re.compile(r"\s+(?:outdoors|in\s+the\s+open|rough)\b", _I)
_POPULATION_BEFORE = re.compile(
    r"\b(?:home\s+to|(?<!refugee\s)(?<!displaced\s)population\s+(?:of|was|is|stood\s+at|stands\s+at)|inhabited\s+by|hosts?|hosting|houses|sheltering|shelters"
    # "a country of just 3.8 million": a place's size, however small it is said to be
    r"|(?:city|town|village|district|neighbou?rhood|camp|area|country|nation|capital|metropolis|province|region|island)\s+of"
    r"(?:\s+(?:just|only|barely|merely))?"
    r"|(?:which|that)\s+(?:now\s+|still\s+)?(?:has|have|had)"  # "the valley, which has some 12,000 people"
    r"|who\s+(?:now\s+|still\s+)?(?:has|have)"  # "a grandmother who has 13 children": her family, not a group moved
    # the people a structure or a service is there for: "a levee that protects 40,000 residents", "serving 8,000 people"
    r"|protects|protecting|serves|serving|to\s+(?:protect|serve)"
    r"|accueill\w*|abrit\w*|h[ée]berg\w*)\s+$", _I)  # French: "la ville accueille 300 000 habitants"
#: ... but the people of an area an evacuation is ordered for are those it will move, at most: "an evacuation order for
#: an area of 30,000 people", "ordered the evacuation of a zone of 12,000 residents" (``geo.counting``).
ORDERED_FOR_AREA = re.compile(r"\b(?:evacuation\s+(?:orders?|notices?)|order(?:s|ed)?\s+(?:the\s+)?evacuation|ordered\s+to\s+evacuate)"
                              r"\s+(?:for|of|in|covering|across)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:area|zone|neighbou?rhood|district|town|village|community)\s+of\s+$", _I)
# What a place can take: a capacity, never people moved, even when they are named as displaced ("shelters
# with room for 3,000 evacuees", "centres can hold 5,000 people", "prepared shelters (or shelter posts) for 10,000
# people", "a camp built for 3,000 people", "camps built to accommodate 2,000 people", "prepared to handle 30,000 evacuees").
_HOLD = r"(?:hold|house|accommodate|shelter|host|sleep)"
_CAPACITY_BEFORE = re.compile(
    rf"\b(?:capacity\s+(?:to\s+(?:{_HOLD}|take)|for|of)|room\s+for|space\s+for|beds\s+for|(?:can|could|able\s+to)\s+{_HOLD}"
    rf"|(?:shelters?|tents|camps?|cent(?:re|er)s|(?:shelter|evacuation|refugee)\s+posts|accommodation)\s+for"
    r"|(?:abris|tentes|lits|albergues|refugios|carpas|abrigos|barracas)\s+(?:pour|para)"  # "des abris pour 7 500 personnes"
    rf"|(?:built|designed|meant|intended)\s+(?:for|to\s+{_HOLD})"
    # what a city is ready to take in: "were prepared to handle a total of 30,000 evacuees" (not "prepared to leave")
    rf"|(?:prepared|ready|equipped)\s+to\s+(?:handle|take|receive|{_HOLD})|(?:can|could)\s+handle"
    # the same in Spanish, Portuguese and French ("capacidad para 500 personas", "peut accueillir 400 personnes")
    r"|capacidade?\s+(?:para|de)|capacit[ée]\s+(?:d['’]accueil\s+)?de|(?:puede|pueden|podr[áa]n?|pode|podem|poder[áa]|peut|peuvent"
    r"|pourra|pourront)\s+(?:albergar|alojar|acoger|recibir|abrigar|acolher|receber|accueillir|h[ée]berger|loger))"
    # past words for how many: "up to 500", "a further 50,000" (room beyond those already there is room, too)
    r"\s+(?:(?:up\s+to|hasta|at[ée]|jusqu['’][àa]|a\s+further|another|an\s+(?:additional|extra)|a\s+total\s+of)\s+)?$", _I)
# ... or told after the count, the room the people would find: "tents in which up to 10 people can take shelter".
_CAPACITY_AFTER = re.compile(rf"(?:\s+[\w'’-]+){{0,2}}?\s+(?:can|could)\s+(?:{_HOLD}|stay|fit|take\s+shelter"
                             r"|be\s+(?:housed|accommodated|sheltered|hosted))\b", _I)
# "will take up to 3,000" is a capacity; "will take 3,000 residents to safer areas" a movement.
_CAPACITY_UP_TO = re.compile(rf"\b(?:can|could|will|would|able\s+to)\s+(?:take|receive|{_HOLD})\s+$", _I)
_UP_TO = re.compile(r"up\s+to\b", _I)
# Staying where they are ("remained in the city", "are in this country"), unless it is in shelters.
# A part of a count: "most of the 20,000 residents have left" did not move 20,000 (an exact share counts its part:
# "half of the 20,000", ``geo.numbers.share_before``).
_WITH_HOSTS = re.compile(rf"\s+with\s+{HOSTS}\b", _I)
_FRACTION_BEFORE = re.compile(r"(?:\b(?:half|thirds?|quarters?|most|many|some|majority|part|portion|per\s*cent|percent|few"
                              r"|none|fraction|share|one|two|three|four|five|six|seven|eight|nine|ten)|\d%?)\s+(?:out\s+)?of\s+"
                              r"(?:the\s+|its\s+|their\s+|these\s+|those\s+)?"
                              r"(?:[\w-]+['’]s\s+)?$", _I)  # "half of the country's 22 million people"
# ... but a member a copula names ("she is one of 135,000 people displaced by the floods") belongs to the whole, and the
# participle after the whole's noun is the whole's own
_MEMBER_BEFORE = re.compile(r"\b(?:is|was|are|were|became|remains?|remained)\s+(?:(?:just|only|now)\s+)?one\s+of\s+(?:the\s+)?$", _I)
_MOVES_NEXT = re.compile(r"\s+(?:to\s+)?(?=\w)", _I)
# ... or an aside on most of them: "hosts 270,000 people, most of them displaced from surrounding villages" (not
# "half of them": a part moved, not the people counted).
# ... or one a reporting verb reduces ("(two of the) 200,000 people estimated to have been displaced").
_RELATIVE_AFTER = re.compile(r"(?:(?:\s+[\w'’-]+){0,3}?(?:\s+(?:who|that)|,\s+(?:(?:the\s+(?:vast\s+)?majority|most|(?:nearly|almost)?\s*all)"
                             r"\s+of\s+(?:them|whom)))"
                             # no auxiliary before the reporting verb: "(half of the 4,000) are estimated to have fled" is the part's
                             r"|(?:\s+(?!(?:are|is|were|was|have|has|had)\b)[\w'’-]+){0,3}?"
                             r"\s+(?:estimated|believed|thought|said|reported|known)\s+to(?:\s+have)?)"
                             # ... past an adverb of when: "(7,000 of the 52,000 residents) who eventually evacuated"
                             r"\s+(?:(?:have|has|had|were|was|are|been|be)\s+)*(?:(?:[a-z]+ly|later|since|already|then)\s+)?", _I)
# An order or a plea to move, after a relative pronoun: the people it names moved as the order was given.
_ORDERED_NEXT = re.compile(ORDERED_TO.pattern + r"\s+", _I)
# A prepositional phrase after the noun ("people under evacuation orders", "families in relief camps"): never a verb.
_PHRASE_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?=(?:under|in|at|without)\s)", _I)
# Within a clause, the words that say people moved before staying where they are: "since being driven out" (also in
# Spanish, Portuguese and French: "necesitan ayuda tras ser evacuadas", "após serem retiradas").
_SINCE_MOVED = re.compile(r"[^.;:,()]{0,80}?\b(?:after|since|having|tras|despu[ée]s\s+de|ap[óo]s|depois\s+de|apr[èe]s)\s+"
                          r"(?:(?:being|been|they\s+(?:were|had|have)|ser|serem|haber\s+sido|terem\s+sido|avoir\s+[ée]t[ée])\s+)?", _I)
# What comes between help and the movement it was: "(helped) to (flee)", "(assisted) in (escaping)".
_HELPED_TO = re.compile(r"\s+(?:to|in)\s+", _I)
# The number of shelters people stay in, before what they are: "(live) in the 165 (IDP camps)".
_COUNTED_SHELTERS = re.compile(r"\s+(?:in|at|inside|within)\s+(?:the\s+)?\d[\d,]*(?=\s)", _I)
# A hall or centre people stay in, one at a time ("remained in the sports hall", "stayed at the community centre").
_IN_A_HALL = re.compile(r"\s+(?:in|at)\s+(?:(?:the|a|an|local|[\w-]+['’]s)\s+)?(?:[\w-]+\s+)?(?:community|civic|sports|town|village)"
                        r"\s+(?:cent(?:re|er)s?|halls?)\b", _I)
_STAYED = re.compile(r"remain|stay|\b(?:are|is|were|was)\b", _I)
# ... unless the same people are to move next: "3,000 more civilians are still in Foua and are expected to be evacuated
# soon", "remain in the town and will be moved" (a movement to come; "live in the valley and have never left" is none).
_AND_TO_MOVE = re.compile(rf"(?:\s+[\w'’-]+){{0,5}}?\s+and\s+(?:are|is|will|would)\s+(?:(?:expected|due|set|scheduled|likely|about)"
                          rf"\s+)?(?:to\s+)?(?:be\s+)?(?:{MOVEMENT.pattern})", _I | re.VERBOSE)
# No one lives in schools, churches or tents but people driven from their homes: "13,000 people still live in 14 of the
# schools" are sheltered there (a town's or a camp's people who "live in" it are its population).
_LIVED = re.compile(r"\bliv(?:e|es|ed|ing)\b", _I)
_IN_PUBLIC_REFUGES = re.compile(rf"\s+(?:in|inside)\s+(?:[\w'’-]+\s+){{0,3}}?{PUBLIC_REFUGES}\b", _I)
# (also past a hedge: "48,000 people estimated to currently reside in the municipality")
_POPULATION_AFTER = re.compile(rf"\s*(?:\w+\s+)?(?:{HEDGED_TO}(?=live|reside))?"
                               r"(?:live|lives|lived|living|reside|resided|remain|remained|stay|stayed|trapped"
                               r"|(?:are|is|were|was)(?=\s+(?:still\s+|now\s+|currently\s+)?in\b))\b", _I)
_CASUALTY_BEFORE = re.compile(
    r"\b(?:killed|killing|kills?|wounded|wounding|wounds|injured|injuring|injures|massacred|executed|death\s+toll\s+of|deaths\s+of"
    r"|lives\s+of|bodies\s+of|massacre\s+of|killings?\s+of|murders?\s+of)\s+(?:(?!(?:and|or|y|e|et|ou|o)\b)\w+\s+)?$"
    # ... in Spanish and Portuguese, "a" and a bound may come between: "la erupción que mató a por lo menos 110 personas",
    # "causando la muerte de 12", "o desaparecimento de 10 pessoas" (an accent lost upstream reads as "é": "maté")
    r"|\b(?:mat(?:[óé]|aron|ando|ou|aram)(?:\s+a)?|(?:muerte|morte|falecimento|desaparecimento|desaparici[óé]n)\s+de)\s+"
    r"(?:(?:por\s+lo|al|pelo|ao)\s+menos\s+|(?:m[áaé]s|mais)\s+de\s+|unos?\s+|unas\s+|cerca\s+de\s+)?$", _I)
# The people's own words past the word that names them, before their toll: their noun ("40 displaced people died") or
# where they came from, a place named or a kind of place ("118 evacuees from the towns of X and Y were killed", "from
# the besieged village"; no verb nor figure between: "3,000 evacuees from X fled and 12 were killed" moved).
_TOLL_PAST_THEIR_WORDS = re.compile(
    r"(?:\s+(?:people|persons|civilians|residents|families|children))?(?:\s+(?:from|of)"
    rf"(?:\s+(?:the|two|three|both|besieged|nearby|neighbou?ring|[a-z]+-[a-z]+|of|and|{PLACES_LEFT}|(?-i:[A-Z][\w'’-]*))){{1,8}}?)?"
    rf"(?=\s){CASUALTY_AFTER.pattern}", _I)
# People the water or the earth carried off or buried: its dead or missing, not displaced (homes swept away are destroyed).
CARRIED_OFF = re.compile(r"\s*(?:(?:have|has|had|were|was|are|been|being|reportedly|also|later)\s+){0,3}"
                          r"(?:(?:swept|washed|carried)\s+away|buried)\b", _I)
# People a disaster touched without moving them, whom displacement only threatens, whom aid reached, or whom
# the police held: the count's own verb is one of these ("25,000 people are at risk of displacement", "4,000 people
# were reached with shelter kits", "left 900 people without access to clean water", "250 people were arrested as they
# tried to flee": held, not moved; "200 civilians drowned while fleeing": a death toll).
# (Spanish "damnificados" are the struck who lost most, also moved only if a verb says so; a Spanish or Portuguese verb of
# striking before its count: "han afectado a 10.880 familias", "afetou 3.000 pessoas")
_STRUCK = r"damnificad[oa]s|afe(?:c)?t(?:ó|ou|aron|aram|ado)|" + STRUCK_PLURAL
_AFFECTED = (r"affect(?:ed|ing|s)?|rescued|rescuing|" + HELD_IN_PLACE + r"|impacted|injured|isolated|cut\s+off|hit|assisted|helped"
             # households whose homes were only partly destroyed ("2,000 households were partially destroyed"): damage
             r"|(?:partially|partly)\s+(?:destroyed|collapsed)"
             r"|at\s+(?:[\w-]+\s+)?risk\s+of\s+(?:being\s+)?(?:displace|evict|evacuat)\w*"
             # "(20,000 were moved, but) 90,000 people are still at risk": what a hazard threatens, after a copula
             # ("5,000 residents at risk were evacuated" moved)
             r"|(?:are|is|were|was|remain(?:s|ed)?)\s+(?:still\s+|now\s+)?(?:at\s+(?:[\w-]+\s+)?risk|in\s+danger)"
             r"|arrested|detained|intercepted|apprehended|drowned|perished|(?:were|was|been|being)\s+reached"
             r"|in\s+(?:a\s+situation\s+of\s+)?(?:urgent\s+|dire\s+|desperate\s+)?need(?!\s+of\s+(?:emergency\s+)?(?:resettlement|relocation))"
             r"|(?:a|ont|avait|avaient)\s+(?:encore\s+|toujours\s+|urgemment\s+)?besoin"  # French: "90 000 ont besoin d'aide"
             # ... Spanish and Portuguese: "4.000 personas necesitan ayuda", "precisam de assistência"
             r"|(?:necesitan|necesitaban|precisam|precisavam)\s+(?:de\s+)?(?:ayuda|asistencia|ajuda|assist[êe]ncia)"
             r"|without\s+(?:access\s+to\s+)?(?:(?:clean|safe|drinking|running|potable)\s+){0,2}"
             r"(?:power|electricity|water|food|heat(?:ing)?|gas|services)"
             r"|" + _STRUCK)
AFFECTED_LABEL = re.compile(rf"\b(?:{_AFFECTED})\b", _I)
# French, Spanish and Portuguese name the people a disaster struck by its participle, right after the figure or its
# people ("22 000 sinistrés", "5 000 personnes sinistrées", "4.000 familias afectadas"): a word of the counted noun, not
# the count's verb, when a word of movement follows in the clause ("22 000 sinistrés ont été relogés", "4.000 personas
# afectadas fueron evacuadas"; "24 000 sinistrées." alone stays struck, not moved).
_AFFECTED_NOUN = re.compile(rf"\s*(?:(?P<people>(?!d[e'’])[\w'’]+)\s+)?(?:de\s+|d['’]\s*)?(?:{_STRUCK})\b", _I)
# ... a few words of its own clause on: "ont été déjà relogés", "par les crues ont été relogées" (not "sinistrés et
# ...", "afectadas y 200 ...").
_AFFECTED_NOUN_TO_VERB = re.compile(r"(?:\s+(?!(?:et|ou|dont|y|e|o)\b|\d)[\w'’-]+){0,5}?\s+", _I)
# ... or the label of its cell: "Affected: 8,000 people; displaced: 2,100 people"; or the people a hazard or displacement
# threatens, named after its verb ("displacement threatens millions of people"; people threatened by a fire may still
# be evacuated: "5,000 residents threatened by the flames were evacuated").
_AFFECTED_BEFORE = re.compile(rf"\b(?:{_AFFECTED}|threaten(?:s|ed|ing)?)(?:\s*[:–—-])?\s+(?:(?!(?:and|or|y|e|et|ou|o)\b)\w+\s+)?$", _I)
# "(1,450 homes are affected) with 220 destroyed": a part of the homes affected, told by its own fate.
# French: what a hazard "a touché" or "a affecté", when the clause goes on to the part of them it moved ("a touché 1,5
# million de personnes, 160 000 ont dû être déplacées"); alone they stay the count ("a touché 150 familles, sans abris").
_STRUCK_BEFORE = re.compile(r"\b(?:a|ont|avait|avaient)\s+(?:touch|affect)[ée]\s+(?:(?:plus|pr[èe]s|environ|quelque)\s+(?:de\s+|d['’])?)?$", _I)
_PART_MOVED_AFTER = re.compile(r"[^.;]{0,40}?(?:,|\bet\b)\s+(?:(?:plus|pr[èe]s|environ|quelque)\s+(?:de\s+|d['’])?)?\d[\d\s.,]*"
                               r"\s+(?:ont|sont|avaient|[ée]taient|d['’]entre)\b", _I)
_WITH_BEFORE = re.compile(r"\bwith\s+$", _I)
_GETTING = re.compile(r"\s+(?:getting|being)(?=\s)", _I)
_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|these|those)\b", _I)  # "affected with 2,000 of them homeless"
# The places or the population a word of ``_AFFECTED`` qualifies ("the most affected districts", "(14,629 people)
# of the affected population have been evacuated"): an adjective, not the count's verb.
_AREA_AFTER = re.compile(r"\s+(?:areas?|districts?|regions?|provinces?|zones?|parts?|localities|municipalities|counties"
                         r"|villages?|towns?|neighbou?rhoods?|communities|barangays?|populations?)\b", _I)
# People stuck where they are: as the only word for a count's people in its clause ("thousands of marooned families,
# while ..."), they have not moved, whatever the sentence's verb does for other counts.
_STUCK = re.compile(HELD_IN_PLACE, _I)
# ... so too people only affected, listed after another figure of people: the movement is the other figure's ("800
# displaced people, nearly 4,000 affected people", "900 affected, and in the south 3,100 affected people"; not the
# people a relocation site houses: "at a relocation site, 30 classrooms and bedding for 600 affected villagers").
_ONLY_AFFECTED = re.compile(r"affected|impacted", _I)
_PEOPLE_FIGURE_BEFORE = re.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+)?(?:people|persons|individuals|residents|families|households"
                                   r"|displaced|evacuated|affected)\b", _I)
# The first verb after a count, within its clause: a movement word or one of ``_AFFECTED``.
_PREDICATE_AFTER = re.compile(
    rf"(?P<clause>[.;]|,\s+(?:and|while|but)\b|\bwhile\b|,\s+(?:[\w-]+\s+){{0,2}}of\s+(?:whom|which|them)\b)"
    rf"|\b(?P<affected>{_AFFECTED})\b|{MOVEMENT.pattern}", _I | re.VERBOSE)
_FIGURE_BETWEEN = re.compile(r"\b\d")


def _predicate_after(sentence: str, start: int, stop: int) -> re.Match[str] | None:
    """The first match of ``_PREDICATE_AFTER`` from ``start`` on: an abbreviation's period ends no clause ("people south
    of St. Bernard parish are stranded": stranded is their verb)."""
    match = _PREDICATE_AFTER.search(sentence, start, stop)
    while match is not None and match.group() == "." and is_abbreviation(sentence, match.end()):
        match = _PREDICATE_AFTER.search(sentence, match.end(), stop)
    return match
# Homes whose destruction a noun names before them (or people whose movement: ``MOVEMENT_OF``): a later verb is the
# hazard's next deed ("the collapse of 300 homes, damaged 900 buildings and injured dozens").
_DESTRUCTION_OF = re.compile(r"\b(?:destruction|collapse|demolition|razing)\s+of\s+(?:the\s+|some\s+)?$", _I)
# A movement verb right before the count moves its people, also past a word taking the whole group ("relocated all
# 300 people living in the town", "evacuated the 40 residents of"): no population where they lived.
_MOVED_OBJECT = re.compile(r"\b(?:evacuat\w*|relocat\w*|displac\w*|mov(?:e|ed|ing)|shift(?:s|ed|ing)?)"
                           r"\s+(?:(?:nearly\s+|almost\s+)?all\s+(?:the\s+|of\s+the\s+)?|the\s+)?$", _I)
# A head noun that names people as displaced: wherever they are, they were moved there.
_DISPLACED_HEAD = re.compile(r"\b(?:displaced|evacuees|idps|homeless)\b", _I)
# ... so does a whole of them with no figure a sentence opens with, before a part: "Of the evacuees, (8,000 were in X)".
OF_MOVERS_BEFORE = re.compile(r"(?:^|[.;:]\s*)(?:out\s+)?of\s+(?:the|these|those)\s+(?:[\w-]+\s+)?(?P<movers>displaced|evacuees|idps)"
                              r"\s*,\s*(?:(?:some|about|around|nearly|over|more\s+than)\s+)?$", _I)
# "New arrivals" (or "newly arrived refugees") a place hosts came lately: no population ("Chad hosts 90,000 new
# arrivals from Sudan"; not its standing "400,000 refugees").
_NEW_ARRIVALS = re.compile(r"\s+(?:new\s+arrivals|newly\s+arrived)\b", _I)
# People someone plans aid for: "to respond to the needs of 100,000 new arrivals", "assistance to 5,000 refugees",
# "appealed for funds to support 20,000 returnees", "gave practical advice to 9,000 people", or a plan targets (people
# named as displaced are a figure of their own).
_AIDED_BEFORE = re.compile(
    r"\b(?:needs\s+of|(?:assistance|aid|support|help|relief|services|advice|counsell?ing)\s+(?:to|for)"
    r"|assist(?:ing)?|(?:support|help)(?:ing)?"
    r"|(?:respond|responding|cater|catering|provide|providing)\s+for|plan(?:s|ning)?\s+for"
    # goods meant for them: "food supplies for 7,500 people", "des vivres (stockés en abris) pour 7 500 personnes"
    r"|(?:supplies|food|rations|provisions|kits|stocks?|vivres|denr[ée]es|v[íi]veres|alimentos|mantimentos)"
    r"(?:\s+(?!(?:to|for|pour|para)\b)[\w'’-]+){0,4}?\s+(?:for|pour|para)"
    # a plan's or an appeal's goal: "85 percent of the target 9,900 families", "a target of 5,000", "targets 8,000 households"
    r"|target(?:s|ed|ing)?(?:\s+of)?)"
    r"\s+(?:(?:the|some|an\s+(?:estimated|expected)|up\s+to|around|about|nearly|over|more\s+than)\s+)*$", _I)
# not "the displaced, numbering", "the evacuees – numbering", "displaced persons numbering", "the displaced, now numbering" (tallies)
_GROUP_SIZE_BEFORE = re.compile(r"\b(?:groups|batches|(?<!,\s)(?<!,\snow\s)(?<![–—]\s)(?<!people\s)(?<!persons\s)(?<!families\s)(?<!households\s)numbering)"
                                r"\s+(?:of\s+)?$", _I)
# A word of harm in the infinitive ("to hit", "to affect") is something about to harm others, never a state of the count.
_INFINITIVE_TO = re.compile(r"\bto\s+$", _I)
_SPACE = re.compile(r"\s*")
# The size of each group ("buses carrying 40 people each"), not a figure for each of several places (``EACH_OF_PLACES``:
# one report per place, ``geo.where.Where.each_listed``), nor a rate ("carried 2,000 passengers each day": a day's part).
_EACH_AFTER = re.compile(rf"\s*(?!{EACH_OF_PLACES})each\b(?!\s+(?:day|week|month|night|hour|morning|evening)\b)", _I)
# Someone's own family ("she has 13 children", "had nine grandchildren"): what a person has is no group moved.
_HAS_BEFORE = re.compile(r"\b(?:has|have|had)\s+$", _I)
_KIN_AFTER = re.compile(r"\s+(?:(?:grand)?(?:children|kids|sons|daughters)|siblings|brothers|sisters|dependants|dependents)\b", _I)


def rejected(sentence: str, start: int, end: int) -> bool:
    """A population, a casualty figure or the size of each group: not a movement of these people.
    People whose noun says they were displaced are no population where they are ("hosts 1,500 evacuees")."""
    window = max(0, start - 40)
    before = sentence[window:start]
    head = re.match(r"(?:\s+(?:of\s+)?[\w'’-]+){0,3}?\s+[\w'’-]*(?=\s|$|[,.;])", sentence[end:end + 60])
    after_at = end + (head.end() if head else 0)
    # the verb after an aside is the count's: "64 people – including women and children – have died"
    aside = ASIDE.match(sentence, _SPACE.match(sentence, after_at).end())
    after = sentence[aside.end() if aside else after_at:]
    predicate = _predicate_after(sentence, end, end + 120)
    adjective = None
    if predicate is not None and predicate["affected"] is not None and (
            people_object(sentence, predicate.end()) or _AREA_AFTER.match(sentence, predicate.end())
            or _INFINITIVE_TO.search(sentence, max(0, predicate.start() - 4), predicate.start())):
        # "3,000 affected families were relocated", "returned to the most affected areas": a word of a noun phrase,
        # not the count's verb; "the strongest storm to hit Japan": the hazard's deed, not what befell the count
        adjective, predicate = predicate, _predicate_after(sentence, predicate.end(), end + 120)
    elif predicate is not None and predicate["affected"] is not None and _affected_noun(sentence, end):
        moved = _predicate_after(sentence, predicate.end(), end + 120)
        if (moved is not None and moved["clause"] is None and moved["affected"] is None
                and _AFFECTED_NOUN_TO_VERB.fullmatch(sentence, predicate.end(), moved.start())):
            predicate = moved  # "22 000 sinistrés ont été transférés": the participle names the people counted
    # (not an adjective of the places the count is in: "and 20,000 in the affected areas")
    stuck = (adjective is not None and not _AREA_AFTER.match(sentence, adjective.end())
             and (_STUCK.fullmatch(adjective["affected"]) is not None
                  or (_ONLY_AFFECTED.fullmatch(adjective["affected"]) is not None
                      and _PEOPLE_FIGURE_BEFORE.search(sentence, max(0, start - 150), start) is not None))
             and (predicate is None or predicate["clause"] is not None))  # "thousands of marooned families, while"
    # "1,900 affected people, 293 in collective shelters": the movement past another figure is that figure's
    passed_on = (adjective is not None and predicate is not None
                 and _FIGURE_BETWEEN.search(sentence, adjective.end(), predicate.start()) is not None)
    sheltered = FACILITY_SHELTERING.search(sentence, max(0, start - 120), start)  # "schools are sheltering 900 people"
    held = adjective if stuck or passed_on else predicate if predicate is not None and predicate["affected"] is not None else None
    affected = (held is not None and not AND_MOVED.match(sentence, held.end()) and not WHO_MOVED.match(sentence, held.end())
                and not _rescued_from_home(sentence, held.start("affected"))
                and not _helped_to_move(sentence, held)  # "300 villagers were helped to flee"
                and not _moved_before(sentence, held.end())  # "remain trapped ... since being driven out of"
                and not living_moved(sentence, end)  # "civilians trapped in the old city were evacuated": where they were
                and not _moved_object(sentence, window, before)
                and not (MOVEMENT_OF.search(before) or _DESTRUCTION_OF.search(before))
                and not sheltered)  # "shelters are housing 341 persons affected by the storm": the shelter's verb moves them
    affected_before = _AFFECTED_BEFORE.search(before)
    displaced = (head is not None and _DISPLACED_HEAD.search(head.group()) is not None) or OF_MOVERS_BEFORE.search(before) is not None
    own = WORD_BEFORE.search(before)
    # "the evacuation of 70,000 people living near", "rescued 300 people trapped by floodwaters"
    moved_object = (_MOVED_OBJECT.search(before) or MOVEMENT_OF.search(before)
                    or (own is not None and _rescued_from_home(sentence, window + own.start("verb"))))
    population = (not moved_object and not displaced
                  and any(_stays(rest) for rest in (after, sentence[end:end + 160])))
    population = population and not living_moved(sentence, end)
    helped_move = (_MOVED_OBJECT.search(before) or _moves_next(after)  # "helped 800 residents flee"
                   or _CARRIED_ON_AFTER.match(after))  # "rescued 2,000 people and moved them to safer places"
    return bool((_POPULATION_BEFORE.search(before) and not displaced and not sheltered and not _relative_moved(sentence, end)
                 and not ORDERED_FOR_AREA.search(sentence, max(0, start - 120), start)
                 and not _NEW_ARRIVALS.match(sentence, end))
                or (_CAPACITY_BEFORE.search(before) and not sheltered)  # "school shelters provide accommodation to 460 people"
                or (_CAPACITY_UP_TO.search(before) and _UP_TO.match(sentence, start))
                or _CAPACITY_AFTER.match(sentence, end)
                or _CASUALTY_BEFORE.search(before)
                or (_AIDED_BEFORE.search(before) and not displaced and not helped_move and not _relative_moved(sentence, end))
                or (affected_before and not helped_move and not _rescued_from_home(sentence, window + affected_before.start())
                    # "affected 3,000 people who were evacuated", "afectado a 3.000 personas, que tuvieron que abandonar"
                    and not _relative_moved(sentence, end) and not WHO_MOVED.match(sentence, after_at)
                    and not MOVEMENT_OF.search(before)  # "displacement affecting 6,000 people": what the movement comprised
                    and not BREAKDOWN_BEFORE.search(before)  # "3,000 affected, including 1,500 displaced": a part moved
                    and not (_WITH_BEFORE.search(before) and _fate_of_part(sentence, end)))  # "affected with 220 destroyed"
                or (_FRACTION_BEFORE.search(before) and whole_of_part(sentence, start, end))
                or (_STRUCK_BEFORE.search(before) and _PART_MOVED_AFTER.match(sentence, end))
                or _GROUP_SIZE_BEFORE.search(before) or CASUALTY_AFTER.match(after) or _TOLL_PAST_THEIR_WORDS.match(after)
                or population
                or _EACH_AFTER.match(after) or affected
                or (_HAS_BEFORE.search(before) and _KIN_AFTER.match(sentence, end) and not _moves_next(after)))


def whole_of_part(sentence: str, start: int, end: int) -> bool:
    """Whether the count from ``start`` to ``end``, after a part's words ("half of the", "300 of its"), is the whole
    that part is counted out of, the verb after it the part's ("half of the 4,800 residents fled"); not when the
    words after the whole's noun move the whole ("half of the 4 million Syrians who have fled are children")."""
    before = sentence[max(0, start - 40):start]
    return (not _relative_moved(sentence, end) and not _whole_placed(sentence, end) and not _whole_participle(sentence, end)
            and not (_MEMBER_BEFORE.search(before) and _WHOLE_PARTICIPLE.match(sentence, end)))


def _fate_of_part(sentence: str, end: int) -> bool:
    """Whether a bare figure after "with" is told by its own fate, a part of those affected before it: homes
    destroyed ("affected with 220 destroyed") or people moved ("affected with 11,206 (getting) displaced", "with
    2,000 of them homeless")."""
    of_them = _OF_THEM_AFTER.match(sentence, end)
    end = of_them.end() if of_them else end
    getting = _GETTING.match(sentence, end)
    return (PART_DESTROYED.match(sentence, end) is not None
            or PARTICIPLE_AFTER.match(sentence, getting.end() if getting else end) is not None)


def _moved_object(sentence: str, window: int, before: str) -> bool:
    """Whether the count is the object of a specific verb of displacement or destruction right before it: a
    verb after it is then its subject's next deed, not what befell the count ("displaced 3,000 people, injured 20",
    "destroyed 400 homes and injured 35 people"; a rescue: "rescued 300 people trapped by floodwaters"; a shelter:
    "accommodated 334 affected residents from 147 households"); a generic mover
    leaves it open ("left 40 people injured")."""
    own = WORD_BEFORE.search(before)
    movement = own is not None and MOVEMENT.match(sentence, window + own.start("verb"))
    return bool(movement and (movement["rescue"]
                              or ((movement["verb"] or movement["housing"] or movement["state"])
                                  and term_of(movement.group()) is not None)))


def _relative_moved(sentence: str, end: int) -> bool:
    """Whether a relative clause right after a count's noun says its people moved: "(half of the) 4 million
    Syrians who have fled (are children)" counts the 4 million."""
    return relative_movement(sentence, end) is not None


def relative_movement(sentence: str, end: int) -> re.Match | None:
    """The movement or state a relative clause right after a count's noun gives its people ("who have fled"), also
    one they were ordered to make ("(one of the) 36 families who have been ordered to evacuate")."""
    relative = _RELATIVE_AFTER.match(sentence, end)
    if relative is None:
        return None
    ordered = _ORDERED_NEXT.match(sentence, relative.end())
    # the order's own word first: "who were forced out of their homes" is a movement itself
    movement = MOVEMENT.match(sentence, relative.end()) or (ordered and MOVEMENT.match(sentence, ordered.end()))
    return movement if movement and (movement["verb"] or movement["state"]) else None


# ... or a participle of displacement after the whole's noun, the part's own verb coming later in the clause: "(many of
# the) 87,000 people resettled after the quake may be homeless" counts the 87,000, and so does "(many of the) 94,000
# people forced out of their homes by the fire are ..." (in "half of the 2,000 residents evacuated." the participle is
# the part's verb).
_WHOLE_PARTICIPLE = re.compile(rf"(?:\s+[\w'’-]+){{0,2}}?(?:{PARTICIPLE_AFTER.pattern}"
                               r"|\s+(?:forced|driven)\s+(?:out\s+of|from)\s+their\s+homes)", _I | re.VERBOSE)
_PART_VERB_LATER = re.compile(r"[^.;:!?]{0,80}?\s(?:are|is|were|was|have|has|had|may|might|will|would|could|can|remains?|remained)\s", _I)


def _whole_participle(sentence: str, end: int) -> bool:
    """Whether a participle of displacement right after a count's noun names the whole a part is counted out of, with
    the part's own verb after it, of no movement: "(many of the) 87,000 people evacuated after the quake are in tents"."""
    participle = _WHOLE_PARTICIPLE.match(sentence, end)
    later = participle and _PART_VERB_LATER.match(sentence, participle.end())
    if not later:
        return False
    # a part that moves on has a report of its own ("some of the 87,000 evacuated have returned"), its state does not
    clause = re.match(r"[^.;:!?]*", sentence[later.end():]).group()
    return not any(m["verb"] for m in MOVEMENT.finditer(clause))


def _whole_placed(sentence: str, end: int) -> bool:
    """Whether a phrase right after a count's noun puts its people in a state of displacement, which no verb of a part
    of them can be: "(how many of the) 7.2 million people under evacuation orders (had left)" are 7.2 million under
    orders, "(half of the) 4,000 people in relief camps" 4,000 sheltered."""
    phrase = _PHRASE_AFTER.match(sentence, end)
    movement = phrase and MOVEMENT.match(sentence, phrase.end())
    return bool(movement and movement["state"])


def _affected_noun(sentence: str, end: int) -> bool:
    """The figure ending at ``end`` names its people by a participle of ``STRUCK_PLURAL``, alone or after their noun
    ("22 000 sinistrés", "5 000 personnes sinistrées"; not "5 000 maisons sinistrées")."""
    noun = _AFFECTED_NOUN.match(sentence, end)
    return noun is not None and (noun["people"] is None or unit_of(noun["people"].lower()) in PEOPLE_UNITS)


def _rescued_from_home(sentence: str, at: int) -> bool:
    """Whether the word at ``at`` rescues or pulls people from their homes: an evacuation, not people
    only touched by a disaster ("pulled 45 people out of flooded homes", "were rescued from their homes")."""
    movement = MOVEMENT.match(sentence, at)
    return bool(movement and movement["rescue"])


def _helped_to_move(sentence: str, held: re.Match) -> bool:
    """Whether the help the count's people got was their own movement: "were helped to flee", "were assisted in
    escaping from the village" (not "were assisted with food").

    >>> text = "300 villagers were assisted in escaping from the village"
    >>> _helped_to_move(text, _PREDICATE_AFTER.search(text, 3))
    True
    >>> text = "300 villagers were assisted with food"
    >>> _helped_to_move(text, _PREDICATE_AFTER.search(text, 3))
    False
    """
    if held["affected"].lower() not in ("helped", "assisted"):
        return False
    to = _HELPED_TO.match(sentence, held.end())
    movement = to and MOVEMENT.match(sentence, to.end())
    return bool(movement and movement["verb"])


# People rescued whom the rescuers then took somewhere were moved: "rescued 2,000 people and moved them to safer places",
# "and put them in relief camps" (not "rescued 2,000 people and gave them food").
_CARRIED_ON_AFTER = re.compile(r"\s*,?\s+and\s+(?:then\s+)?(?:moved|shifted|took|brought|carried|transferred|put|placed)\s+them\s+"
                               r"(?:to|in|into|at)\b", _I)


def _moves_next(after: str) -> bool:
    """Whether the words right after a count's noun are its people's movement: "(helped 800 residents) flee
    the town", "(assisted 300 families) to relocate"."""
    gap = _MOVES_NEXT.match(after)
    movement = gap and MOVEMENT.match(after, gap.end())
    return bool(movement and movement["verb"])


def _stays(rest: str) -> bool:
    """Whether the words after a count (or after its noun) say the people live or stay where they are:
    "75,000 people live", "20,000 remained in the city"; but "remain displaced", "700 people
    remained in shelters" and "10,000 civilians remain trapped on the mountain since being driven out of
    their villages" (they stay where their flight took them) are reports."""
    population = _POPULATION_AFTER.match(rest)
    return (population is not None and not PARTICIPLE_AFTER.match(rest, population.end())
            and not _WITH_HOSTS.match(rest, population.end())  # "living with host families": displaced
            and not STATE_NEXT.match(rest, population.end())  # "remain without shelter", "live in makeshift camps"
            and not _stays_displaced(rest, population)  # "live in the 165 IDP camps"
            and not _IN_THE_OPEN.match(rest, population.end())  # "are living in the open"
            and not (_STAYED.search(population.group())
                     and (INTO_SHELTER.match(rest, population.end()) or _IN_A_HALL.match(rest, population.end())))
            and not (_LIVED.search(population.group()) and _IN_PUBLIC_REFUGES.match(rest, population.end()))
            and not _moved_before(rest, population.end())
            and not _AND_TO_MOVE.match(rest, population.end()))


def _stays_displaced(rest: str, population: re.Match) -> bool:
    """Whether the verb of staying that ends ``population`` puts its people in a number of shelters of a kind that
    says they were displaced: "live in the 165 IDP camps", "remain in 12 relief camps" (not "live in the camp").

    >>> camps, camp = " live in the 165 IDP camps", " live in the camp"
    >>> _stays_displaced(camps, _POPULATION_AFTER.match(camps)), _stays_displaced(camp, _POPULATION_AFTER.match(camp))
    (True, False)
    """
    counted = _COUNTED_SHELTERS.match(rest, population.end())
    return counted is not None and STATE_NEXT.match(rest, counted.end()) is not None


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
