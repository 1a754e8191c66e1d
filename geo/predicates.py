"""The verb a count belongs to (``other_predicate``): whether a count's own verb is a movement.

The verb right before a count whose object it is, or the first verb after its noun phrase whose subject it is
(``predicate_after``), read by its form since there is no part-of-speech tagger (``is_finite_verb``); people
told by where they live and then moved (``living_moved``). The rules are told in ``geo.counting``.
"""
from __future__ import annotations

import re

from geo.vocabulary import (HEAD_TOKENS, HELD_IN_PLACE, HOMELESS, MAKING_SHELTER, MOVEMENT, NOT_A_PLAN, OPEN_THEN,
                            PEOPLE_UNITS, PUBLIC_REFUGES, SHELTER_CENTRES, SHELTERS_COUNTED, THING_MOVED, UNITS)

_I = re.IGNORECASE

_SINGULAR_UNITS = frozenset("person resident civilian refugee family household fighter militant rebel".split())
HEAD_STOP = frozenset("""a an to in on at from for and or but were was are is be been have has had will would who
    which that each per with by into out than as""".split())
ORDERED_TO = re.compile(r"(?:ordered|told|forced|urged|asked|advised)\s+(?:to|out)\b", _I)
# A leave to move: "(people waiting at the border were) allowed to cross" moved when they were allowed.
_ALLOWED_TO = re.compile(r"(?:allowed|permitted)\s+to\s+", _I)
# Right after a bare figure, a word that says the figure counts people moved: "34,000 evacuated",
# "518,000 displaced or relocated", "483 homeless", "1 000 rendered homeless", "left 20,000 without shelter",
# "forced 17,000 to leave" (also "obligó a 900.000 a abandonar", "a obligé 1 500 à quitter"); an adverb of when or how may come first: "3,400 newly displaced", "remain internally displaced".
# Spanish, French and Portuguese put "de" between a scale word and its noun: "1,1 million de déplacés", "miles de
# desalojados", "milhares de desabrigados".
PARTICIPLE_AFTER = re.compile(
    r"\s*(?:(?:newly|recently|internally|forcibly|temporarily|permanently|already|still|nouveaux|nouvelles)\s+)?"
    r"(?:(?:drought|floods?|conflict|violence|war|storm|cyclone|typhoon|hurricane|quake|earthquake|disaster|climate)-)?"  # "26,000 drought-displaced"
    r"(?:evacuated|displaced|relocated|resettled|(?:rendered\s+|left\s+)?" + HOMELESS + r"|uprooted|deported"
    r"|without\s+(?:a\s+)?(?:shelter|homes?|roofs?)"
    r"|to\s+(?:flee|leave|evacuate|abandon|relocate|move|seek\s+(?:shelter|refuge|safety))"
    r"|[aà]\s+(?:abandonar|abandonner|evacuar|[ée]vacuer|huir|fuir|fugir|dejar|deixar|salir|sair|quitter)"
    # French "ils sont 240 000 (environ) à avoir quitté leur foyer": the people who did (an "à" lost upstream reads as "é")
    r"|(?:environ\s+)?[aàé]\s+avoir\s+(?:d[ûué]\s+)?(?:quitt[ée]|fui|abandonn[ée]|[ée]t[ée]\s+(?:d[ée]plac[ée]|[ée]vacu[ée])e?s)"
    r"|v[íié]ctimas\s+de(?:l)?\s+desplazamiento"  # Colombia's registry: "29.000 víctimas de desplazamiento forzado"
    r"|(?:de\s+|d['’])?(?:evacuad[oa]s|desplazad[oa]s|desalojad[oa]s|desabrigad[oa]s|deslocad[oa]s|d[ée]plac[ée]e?s|[ée]vacu[ée]e?s|sans[\s-]abris?"
    r"|sinistr[ée]e?s))\b",  # the people a disaster struck ("22 000 sinistrés"): moved only if a verb says so (geo.rejections)
    _I | re.VERBOSE)
NOUN_AFTER = re.compile(r"\s+([\w'’]+)")
# A building or camp that shelters people now holds people displaced: "schools are sheltering 900 people" (so does an
# aid agency, which has no population of its own: "the agency was sheltering around 22,000 people"); so did
# a shelter that housed them, also where a place is named between ("evacuation centres in Onmore and Brisk hosted
# 180 people"; a venue that hosted its visitors did not: "the stadium hosted 40,000 fans").
_WHERE_BETWEEN = r"(?:\s+(?:in|at)\s+[^.;:()]{1,60}?)?"
FACILITY_SHELTERING = re.compile(
    r"\b(?:(?:schools?|churches|church|gyms?|gymnasiums?|cent(?:re|er)s?|shelters?|camps?|halls?|stadiums?|hotels?|mosques?"
    rf"|temples?|buildings?|universit(?:y|ies)|campus(?:es)?|colleges?|agency|agencies|charit(?:y|ies)|unrwa|unhcr|red\s+cross|red\s+crescent)"
    rf"{_WHERE_BETWEEN}\s+(?:(?:are|is|were|was|have\s+been|has\s+been|had\s+been|now|currently|still|remain|that|which)\s+)*"
    # "a centre that shelters 7,000 people": the verb's present too (not "houses" or "hosts", which a block of flats or a
    # stadium does for its own people); open first: "the camps remain open, hosting 9,000" (``OPEN_THEN``)
    rf"{OPEN_THEN}(?:sheltering|housing|hosting|shelters)"
    # a shelter or camp that accommodates people, or provides them accommodation, holds them (a hall or a stadium that
    # "accommodates 500" may only have room for them; one that "can accommodate" them has room)
    rf"|(?:shelters?|camps?|cent(?:re|er)s?|sites?){_WHERE_BETWEEN}\s+(?:(?:are|is|were|was|now|currently|still|remain)\s+)*"
    rf"{OPEN_THEN}(?<!can\s)(?<!could\s)(?<!will\s)(?<!would\s)(?<!may\s)(?<!might\s)(?<!to\s)(?:accommodat(?:e|es|ing)|provid(?:e|es|ed|ing)\s+(?:temporary\s+|emergency\s+)?(?:accommodation|shelter)\s+(?:for|to))"
    r"|(?:shelters?|(?:evacuation|relief|transit|reception|collective|emergency|temporary)\s+(?:cent(?:re|er)s?|camps?|sites?))"
    rf"{_WHERE_BETWEEN}\s+(?:(?:have|has|had)\s+)?(?:sheltered|housed|hosted|accommodated|took\s+in|taken\s+in)"
    # ... and in French, the shelter named up to a clause before its verb: "les 99 sites d'hébergement mis en place dans
    # les régions touchées abritent actuellement", "trois gymnases ont été ouverts et ont accueilli plus d'"
    r"|\b(?:sites?|centres?|abris|camps?|[ée]coles?|gymnases?|[ée]glises?|salles?|h[ôo]tels?|stades?|mosqu[ée]es?)\b[^.;:]{0,80}?"
    r"\b(?:abrit|accueill|h[ée]berg)\w*(?:\s+(?:actuellement|encore|toujours|d[ée]j[àa]))?"
    r"(?:\s+(?:plus\s+d['’]|pr[èe]s\s+d['’]|pr[èe]s\s+de|quelque|environ|au\s+moins))?)\s*$", _I)
# The words telling people by where they (had) lived, right after their noun: "living", "residing", "who live", "who had
# long lived", "that used to live", "who are residing" (``geo.movement`` reads their place as the origin of a move);
# so does a clause of where they had been hiding or sheltering, for a while too ("who had been sheltering for weeks in"),
# or where they were stuck or kept waiting ("civilians trapped in the old city", "who had been waiting at the border").
# A hedge before a verb of living: "(residents) estimated to live", "believed to currently reside".
HEDGED_TO = r"(?:(?:estimated|believed|thought|said|known)\s+to\s+(?:(?:still|currently|now)\s+)?)"
RESIDING = (rf"(?:living|residing|trapped|stranded|stuck|{HEDGED_TO}(?:live|reside)"
            r"|(?:who|that)\s+(?:(?:had|have|has|were|are)\s+)?(?:(?:been|long|previously|once)\s+)*"
            r"(?:live|lived|living|reside|resided|residing|used\s+to\s+live|hiding|sheltering|holed\s+up"
            r"|waiting|trapped|stranded|stuck)"
            r"(?:\s+for\s+(?:\w+\s+)?(?:days|weeks|months|years))?)\b")
# A count's people told by where they live, up to the verb of the clause: "35,000 people living near the volcano have been",
# "12,000 South Sudanese refugees who had lived in Khartoum have" (a noun phrase of up to three words before it), past an
# adverb of how they were moved ("had been forcibly", "have been temporarily") or "had to" ("living along the river had to
# be evacuated"); the noun phrase may list kinds of people
# ("800 women, children and elderly people trapped in"), and an aside may follow the place ("in the town, north of the
# capital, were").
_CLAUSE_VERB = (r"\s+(?:(?:have|has|had)\s+to|have|has|had|were|was|are|is|will|must)\s+"
                r"(?:(?:been|being|be|now|already|also|[a-z]+ly)\s+)*(?=\w)")
_LIVING = re.compile(rf"(?:,?\s+[\w'’-]+){{0,5}}?\s+{RESIDING}[^,.;]{{0,60}}?(?:,[^,.;]{{1,40}},)?{_CLAUSE_VERB}", _I)
# ... or by a participle and its preposition right after their noun, which only describe them ("the 12,000 people now
# confined to the arena, as well as others, will go to"; not "2,000 people protested because they were"); not one of
# harm: "the 300 people injured in the crash were taken to hospital" are casualties, and their transport is care.
_DESCRIBED = re.compile(r"(?:\s+(?:now|still|currently|temporarily))?\s+"
                        r"(?!(?:injured|wounded|hurt|killed|arrested|detained)\b)[a-z]{3,}ed\s+"
                        r"(?:to|in|into|at|on|inside|under|near|by|for|with)\b"
                        # the place's adjectives may be listed ("the stuffy, smelly arena"), others added after it
                        r"(?:[^,.;]|,(?=\s+[a-z]+\s))"
                        rf"{{0,80}}?(?:,?\s+as\s+well\s+as\s[^,.;]{{1,40}}?,?)?{_CLAUSE_VERB}", _I)
# ... or up to the place they live in, when no auxiliary follows: "900 families living in Goma returned to their villages".
_LIVING_IN = re.compile(rf"(?:\s+[\w'’-]+){{0,3}}?\s+{RESIDING}\s+(?:in|near|around|at|along|on)\b", _I)
# ... or by what held them, which a rescue after it then ends (``MOVEMENT``'s ``rescue`` starts there).
_HELD_AFTER = re.compile(rf"(?:\s+[\w'’-]+){{0,3}}?\s+(?={HELD_IN_PLACE}\b)", _I)
_CLAUSE_WORDS = re.compile(r"[^\W\d][\w'’-]*|[,;:.()]")
# A conjunction opening another clause, whose verbs are its own subject's: "(20,000 remain trapped in the old city) as
# shelling intensifies and residents continue to flee"; not "towns such as Goma" nor "as well as".
_OTHER_CLAUSE = re.compile(r"(?<!such\s)(?<!well\s)(?:as(?!\s+well\b)|while|whereas|because|although|though|when)\b", _I)
# A clause of when the count's people, as "they", were moved, a few words on in their clause: "saw hundreds of victims
# carrying their possessions as they were moved to a camp" (not "as soldiers moved them": others' verb).
_THEY_MOVED_AFTER = re.compile(r"[^.;:!?]{0,80}?\b(?:as|when|while)\s+they\s+(?:were|had\s+been|have\s+been|are)"
                               r"\s+(?:(?:being|then|later|[a-z]+ly)\s+)*", _I)
# (Spanish and Portuguese "y" and "e" too: "8.000 pessoas foram afetadas e desalojadas")
AND_MOVED = re.compile(rf"(?:\s+[\w'’-]+){{0,5}}?\s+(?:and|or|y|e)\s+(?:(?:have|has|had|were|was|been|then|later)\s+)*(?:{MOVEMENT.pattern})", _I | re.VERBOSE)
# ... or a Spanish or Portuguese relative clause: "4.000 familias damnificadas que tuvieron que abandonar sus viviendas"
# (moved, where "damnificadas" alone is only affected).
WHO_MOVED = re.compile(rf"\s*,?\s+que\s+(?:[\w'’-]+\s+){{0,4}}?(?:{MOVEMENT.pattern})", _I | re.VERBOSE)

# The count's own verb (``other_predicate``): a verb by its form, since there is no part-of-speech tagger.
_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*|[^\w\s]")
# Another count joined by "and", with its noun, shares the verb after it: "3,000 civilians and more than 40 wounded were
# evacuated" ("wounded" names the 40, it is no verb of the 3,000's).
_AND_COUNTED = re.compile(r"\s+and\s+(?:(?:more|fewer|less)\s+than\s+|over\s+|about\s+|around\s+|nearly\s+|some\s+|at\s+least\s+)?"
                          r"\d[\d,.]*(?:\s+(?!(?:were|was|are|is|have|has|had|been|will|would)\b)[a-z-]+)?", _I)
IRREGULAR_PAST = frozenset("saw met went hit cost put got gave kept held fed paid hurt struck drew won lost caught fought shot "
                            "told sent took brought".split())
# Present tenses that often follow a count of people without moving them ("Thousands ... need food").
_PRESENT_VERBS = frozenset("need needs lack lacks face faces require requires suffer suffers die dies work works".split())
_NOT_VERB = re.compile(r"(?:morning|evening|building|nothing|something|everything|anything|during|according|following"
                       r"|regarding|concerning|including|excluding|notwithstanding|hundred|indeed|exceed|proceed|succeed"
                       r"|speed|breed|bleed|greed|ceiling|wedding|bedding|clothing|funding|housing|meeting|shooting"
                       r"|bombing|fighting|shelling|flooding|burning|ruling|nursing|spring|string|king|thing|ring|wing"
                       r"|surrounding|neighbou?ring|ongoing)")  # "people at the plant and surrounding compounds": adjectives
_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|the|of|from|in|at|by|its|their|his|her|our|these|those|more|most|other)\s+$",
                               _I)  # "from X and other affected areas": an adjective
# The word before a count and its determiners: the verb whose object the count may be.
WORD_BEFORE = re.compile(
    r"\b(?P<verb>[\w'’]+)\s+(?:(?:the|its|their|his|her|our|these|those|all|another|a\s+further|an\s+additional"
    r"|a\s+total\s+of)\s+)?(?:[\w-]+['’]s\s+)?$",  # "urged the town's 2,000 residents", "evacuated a total of 900 people"
    _I)
# Verbs that report or tally a figure, or cause or allow a movement that the following words name.
_REPORTING_VERB = re.compile(
    r"(?:said|says|saying|reported|reporting|recorded|recording|registered|registering|counted|counting|estimated|estimating"
    r"|identified|identifying|tracked|tracking|documented|verified|confirmed|listed|believed|thought|feared|received"
    r"|receiving|welcomed|welcoming|assessed|profiled|including|included|numbered|totall?ed|totall?ing)", _I)
CONTROL_VERB = re.compile(
    r"(?:forced|forcing|ordered|ordering|urged|urging|asked|asking|told|telling|expected|expecting|allow|allows|allowed|allowing"
    r"|permitted|compelled|obliged|advised|encouraged|prompted|prompting|caused|causing|helped|helping|made|making"
    r"|required|warned|planning|preparing|trying|tr(?:y|ies|ied)|attempt(?:s|ed|ing)?|waiting|scheduled|set|due|able|unable|going"
    r"|about|likely|set|to|be"
    r"|manag(?:e|es|ed|ing)"  # "4,000 people managed to leave"
    r"|opt(?:s|ed|ing)?|ch(?:oose|ooses|oosing|ose|osen)|prefer(?:s|red|ring)?"  # "1,900 families opted to stay with relatives"
    r"|start(?:s|ed|ing)?|beg(?:in|ins|an|un|inning)|continu(?:e|es|ed|ing))", _I)  # "started to leave"
# "getting" is the passive of speech: "with 11,206 getting displaced"
_AUXILIARY = frozenset("""have has had 've been were was are is being getting remain remains remained stay stays stayed
    become became also still reportedly already now then later newly
    recently just all each ultimately eventually mostly mainly since who that which whom will would could may might
    must should can shall 'll the their""".split())
_HARMED_AFTER = re.compile(r"\s+(?:dead|injured|wounded|hurt|missing|sick|ill)\b", _I)
# The infinitive a verb of causing or allowing leads its object to: "allow 5,000 people to transit", "urged 2,000
# residents to stay indoors" (not "forced 2,000 people to flee").
_TO_VERB_AFTER = re.compile(r"\s+to\s+(?:be\s+)?(?=[a-z])", _I)
_REACHED_BEFORE = re.compile(r"\breach(?:es|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}$", _I)
# People a movement's helpers are, or who are there: the agent of a passive verb of helping or doing ("the evacuation is
# supported by 1,000 troops", "carried out by 300 soldiers"; not "followed by 2,000 more", who moved too) and the
# people whose presence is told ("despite the presence of thousands of troops at the airport").
_HELPERS_BEFORE = re.compile(r"\b(?:(?:supported|assisted|helped|aided|backed|carried\s+out|conducted|run|staffed|secured"
                             r"|guarded|protected|manned)\s+by|presence\s+of)\s+(?:the\s+|some\s+)?$", _I)
MOVEMENT_OF = re.compile(
    r"\b(?:evacuations?|evictions?|displacements?|departures?|withdrawals?|relocations?|exodus|return|transfer|passage|flight"
    r"|expulsions?|deportations?|influx|arrivals?"
    # a tracking update's "a movement of 18,480 people", "return movements of 165 households" (``MOVEMENT``'s noun)
    r"|(?:(?<=a\s)|(?<=the\s)|(?<=population\s)|return\s+)movements?)\s+(?:(?:so|thus)\s+far\s+|to\s+date\s+)?of\s+(?:the\s+|some\s+|another\s+)?$"
    # ... and whom an order, a warning or an advisory to leave covers: "evacuation orders for 200,000 people",
    # "evacuation advisories were issued for 500,000 people", "issued an evacuation advisory to 1 million residents"
    r"|\b(?:evacuation|relocation)\s+(?:orders?|warnings?|advisor(?:y|ies)|alerts?|notices?)"
    r"(?:\s+(?:were|was|is|are|has|have|had|been|being|issued|given|sent|extended|expanded|also|now|already))*"
    r"\s+(?:for|to)\s+(?:the\s+|some\s+|another\s+)?$"
    # what a movement comprised: "the evacuation involved 9,000 residents", "the operation to evacuate the valley
    # included some 4,000 people", "the evacuation order affects 3,000 people"; not what a plan, a drill or a zone of one covers ("the evacuation plan covers
    # 45,000 residents": no one has moved)
    rf"|\b(?:evacuat\w*|displacement|relocation|exodus|airlift|resettlement)(?:{NOT_A_PLAN}\s+[\w'’-]+){{0,4}}?\s+(?:involved|involves|affecting|affects|affected"
    r"|included|includes|covered|covers|concerned|concerns|comprised|comprises)\s+(?:a\s+total\s+of\s+|some\s+|the\s+)?$", _I)
_ON_BOARD = re.compile(r"\s+(?:on\s+board|aboard|onboard)\b", _I)  # people in a vehicle
# A deed done for people, in the passive: "power was shut off for millions of people", "meals were provided for 900
# residents": whom it serves, not people who moved.
_DONE_FOR_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[\w-]+ly\s+)?(?P<verb>[a-z]+(?:ed|en|t))"
                              r"(?:\s+(?:off|out|up|on|down|back))?\s+for\s+$", _I)
_VERB_OF_PARTICLE = re.compile(r"\b[\w'’]+\s+$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|to|with|among|by|from|in|on|at|than)\s+(?:the\s+)?$", _I)
# What may follow a verb of causing before the movement: "forced to", "ordered out", "told to be".
_CAUSED_TO = frozenset("to be from out into back away across over toward towards inside home".split())
_STAY_VERBS = frozenset("remain remains remained stay stays stayed".split())
_PASSIVE = frozenset("been were was are is being getting be".split())
_NEGATION = frozenset("not never n't no".split())
# A clause of its own, a conjunction and a subject pronoun opening it: its verb is not the count's ("the US has over
# 6,000 people in Kabul and when they withdraw": no one counted is said to withdraw).
_OWN_CLAUSE = re.compile(r"(?:when|if|once|until|unless|because|before|after|while)\s+(?:they|we|he|she|i|you)\b", _I)
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
    + "|".join(sorted((w for w, u in UNITS.items() if u in PEOPLE_UNITS and w.isascii()
                       and w != "pdi"), key=len, reverse=True)) + r")\b", _I)
# ("were hired to build shelters": a purpose, not where they are)
INTO_SHELTER = re.compile(
    r"\s+(?:(?:still|now|currently|overnight|temporarily)\s+)?(?:in|into|inside|within|at|to|en|em|dans)\s+"
    rf"(?!(?:{MAKING_SHELTER}\w*|set|help|staff|run|visit|clean|prepare|manage|guard|inspect)\b){SHELTERS_COUNTED}"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:shelters?|camps?|{SHELTER_CENTRES}|safety|safer"
    r"\s+(?:ground|areas?|places?)|higher\s+ground|relief\s+camps?|schools?|tents?|(?:temporary|emergency)\s+"
    rf"(?:accommodation|housing)|(?:evacuation|displacement|idp|transit|relocation)\s+sites?|{PUBLIC_REFUGES}"
    r"|albergues?|refugios?|abrigos?|abris)\b"  # "más de mil en albergues temporales", "300 em abrigos", "60 000 personnes dans 191 abris"
    r"(?!\s+in\s+place)", _I)  # "to shelter in place": staying

# An aside between dashes after a count's noun ("— half the population —"; lowercased wire copy writes " _ "), or a
# part of the count between commas ("buses carrying 1,100 people, among them 300 fighters, left the town"), or a
# relative clause on them ("a ferry carrying 200 people, who will need shelter, arrived in Goma").
ASIDE = re.compile(r"(?:—|–|--|_)\s[^—–_;.]{1,80}?\s(?:—|–|--|_)(?=\s)"
                   r"|,\s+(?:including|among\s+(?:them|whom)|(?:most|many|some|half|all)\s+of\s+(?:them|whom)|mostly|mainly|who)\s"
                   r"(?:[^,;:.!?()—–]|[,.](?=\d)){1,80}?,(?=\s)", _I)
# An appositive describing the name before it, between commas ("20,000 residents of Kelowna, a lakeside city, were
# told to leave"): the count's verb is after it, unless a conjunction opens another clause there ("..., a lakeside
# city, and smoke reached Vernon").
_APPOSITIVE = re.compile(r",\s+(?:an?|the)\s(?:[^,;:.!?()—–]|[,.](?=\d)){1,80}?,(?=\s)"
                         r"(?!\s+(?:and|or|but|while|as|when|where|after|before|which|who|so)\b)", _I)
# A participle naming a vehicle's load, and the vehicles whose movement before a comma it tells the load of.
_CARRYING = frozenset("carrying ferrying transporting".split())
_VEHICLES = re.compile(r"\b(?:flights|planes|aircraft|airlifts|helicopters|buses|coaches|convoys?|trucks|lorries|boats"
                       r"|ferries|ships|trains)\b", _I)
# A verb that puts people in a displaced state: "were rendered homeless", "became displaced", "are living as refugees".
_STATE_AFTER = re.compile(r"\s+(?:homeless|displaced|as\s+(?:refugees|displaced|idps|evacuees))\b", _I)
# A Spanish or Portuguese verb in the plural preterite ("marcharon", "participaram"): the count's own verb, by its form,
# unless a movement follows within three words ("tuvieron que dejar", "ficaram desalojadas", "se vieron obligadas a
# abandonar": a verb leading to it).
_ROMANCE_PAST = re.compile(r"[^\W\d]{2,}(?:aron|[iy]eron|aram|[eií]ram)", _I)


def people_object(sentence: str, at: int) -> bool:
    """People are the object at ``at`` ("evacuated villagers"), not a noun they modify ("fled refugee camps")."""
    people = _PEOPLE_OBJECT.match(sentence, at)
    return people is not None and not is_modifier(sentence, people.group().split()[-1].lower(), people.end())


def is_modifier(sentence: str, word: str, end: int) -> bool:
    """Whether a singular people noun only modifies the plural noun after it, which is the head: "fighter
    pilots" and "civilian casualties" count no fighters or civilians; "rebel fighters", "refugee families"
    and "family members" count fighters, families and people."""
    if word not in _SINGULAR_UNITS:
        return False
    following = NOUN_AFTER.match(sentence, end)
    return (following is not None and following[1].islower() and following[1].endswith("s")
            and not following[1].endswith("ss") and following[1] not in HEAD_STOP)


def living_moved(sentence: str, end: int) -> bool:
    """Whether people described by where they live are then moved: "35,000 people living near the volcano
    have been evacuated", "residents who live along the river were told to leave", "900 families living in Goma
    returned to their villages" (``_moved_next``), "families stranded at the border were allowed to cross"."""
    held = _HELD_AFTER.match(sentence, end)
    rescue = held and MOVEMENT.match(sentence, held.end())
    if rescue and rescue["rescue"]:
        return True  # "300 people trapped by floodwaters have been rescued": the rescue's word starts where they were held
    living = _LIVING.match(sentence, end)
    if living is None:
        return _moved_next(sentence, _LIVING_IN.match(sentence, end))
    allowed = _ALLOWED_TO.match(sentence, living.end())
    movement = MOVEMENT.match(sentence, allowed.end() if allowed else living.end())
    return bool(movement and (movement["verb"] or movement["state"])) or bool(ORDERED_TO.match(sentence, living.end()))


def described_movement(sentence: str, head_end: int) -> re.Match | None:
    """The movement of people a participle describes right after their noun: "the 12,000 people now confined to the
    arena will go to the city" (go); None for "the 300 people injured in the crash were taken to hospital".

    >>> described_movement("the 12,000 people now confined to the arena will go to the city", 17).group()
    'go'
    >>> described_movement("the 300 people injured in the crash were taken to hospital", 14)
    """
    described = _DESCRIBED.match(sentence, head_end)
    movement = described and MOVEMENT.match(sentence, described.end())
    return movement if movement and (movement["verb"] or movement["state"]) else None


def _moved_as_they(sentence: str, head_end: int) -> bool:
    """Whether a clause a few words after the count says its people, as "they", were moved: "reporters saw hundreds of
    victims carrying their possessions as they were moved to a camp"; not "as they were selling fruit".

    >>> _moved_as_they("saw 300 people carrying bags as they were moved to a camp", 14)
    True
    >>> _moved_as_they("saw 300 people at the market as they were selling fruit", 14)
    False
    """
    clause = _THEY_MOVED_AFTER.match(sentence, head_end)
    movement = clause and MOVEMENT.match(sentence, clause.end())
    return bool(movement and movement["verb"])


def _moved_next(sentence: str, living: re.Match | None) -> bool:
    """Whether the first verb after the place people live in, within 80 characters and before any punctuation, is
    a movement of theirs: "(900 families living in Goma) returned", "(residents who lived along the river) fled";
    not "received aid", nor a participle describing the place or other people ("living in camps for displaced
    people", "in flooded areas").

    >>> moved = "900 families living in Goma returned home"
    >>> stayed = "900 families living in Goma received aid"
    >>> _moved_next(moved, _LIVING_IN.match(moved, 3)), _moved_next(stayed, _LIVING_IN.match(stayed, 3))
    (True, False)
    >>> held = "900 families trapped in Goma as shelling goes on and others flee"
    >>> listed = "900 families living in towns such as Goma fled"
    >>> _moved_next(held, _LIVING_IN.match(held, 3)), _moved_next(listed, _LIVING_IN.match(listed, 3))
    (False, True)
    """
    if living is None:
        return False
    for word in _CLAUSE_WORDS.finditer(sentence, living.end(), min(len(sentence), living.end() + 80)):
        if not word.group()[0].isalpha() or _OTHER_CLAUSE.match(sentence, word.start()):
            return False
        movement = MOVEMENT.match(sentence, word.start())
        if movement is not None and movement["verb"]:
            after = HEAD_TOKENS.match(sentence, movement.end() + 1)
            return (not movement.group().lower().endswith("ing")
                    and not _ADJECTIVE_BEFORE.search(sentence, max(0, word.start() - 6), word.start())
                    and not (after is not None and after.group().lower() in UNITS))
        if is_finite_verb(sentence, word):
            return False
    return False


# People counted with the households they belong to: "1,900 persons belonging to 500 families".
_BELONGING_TO = re.compile(r"\s+belonging\s+to\s+(?P<count>\d[\d,]*)\s+(?:families|households)\b", _I)


def other_predicate(sentence: str, start: int, end: int, head_end: int) -> bool:
    """Whether the count's own verb is not a movement: the count is the object of another verb right
    before it ("a brawl involving up to 200 people", "the toll topped 670 people") or the subject of
    another verb right after its noun phrase ("10 people complained", "260 men were detained").

    A noun phrase that itself says the people moved ("1,200 displaced people", "the evacuation involved 9,000
    residents") always counts. Verbs that report a figure ("recorded 3,450 households") or cause a movement
    ("forced 17,000 to leave") leave the decision to the words after the count; one that leads its object to a verb
    of no movement names another verb ("allow 5,000 people to transit", ``_TO_VERB_AFTER``).

    >>> other_predicate("the toll topped 670 people", 16, 19, 26)
    True
    >>> other_predicate("officials evacuated 670 people", 20, 23, 30)
    False
    >>> other_predicate("the fire forced 2,000 people to evacuate", 16, 21, 28)
    False
    >>> other_predicate("power was cut off for 9,000 people", 22, 27, 34)
    True
    """
    belonging = _BELONGING_TO.match(sentence, head_end)
    # "1,900 persons belonging to 500 families are sheltered": the families' verb is theirs; "1,900 IDPs belonging to
    # 500 families were counted" moved by their own noun, whatever the verb
    if belonging is not None and not MOVEMENT.search(sentence, end, head_end):
        return other_predicate(sentence, belonging.start("count"), belonging.end("count"), belonging.end())
    if (MOVEMENT.search(sentence, end, head_end) or PARTICIPLE_AFTER.match(sentence, end)
            or MOVEMENT_OF.search(sentence, max(0, start - 40), start) or INTO_SHELTER.match(sentence, head_end)
            or living_moved(sentence, end) or described_movement(sentence, head_end) or _moved_as_they(sentence, head_end)
            or FACILITY_SHELTERING.search(sentence, max(0, start - 120), start)):
        return False  # "1,200 displaced people", "1 000 rendered homeless", "the evacuation of 1,700 civilians",
        # "(forced) 6,000 people into shelters", "35,000 people living near the volcano have been evacuated",
        # "shelters in Tarvel housed 640 people"
    if _HARMED_AFTER.match(sentence, head_end):
        return True  # "left 15 homeless people dead": a casualty, whatever verb comes before
    if _REACHED_BEFORE.search(sentence, max(0, start - 40), start):
        return True  # "aid was reaching some of the hundreds of thousands": people are reached, they do not move
    if _HELPERS_BEFORE.search(sentence, max(0, start - 40), start):
        return True  # "the evacuation is supported by 1,000 troops": who helped it, not who moved
    own = WORD_BEFORE.search(sentence, max(0, start - 40), start)
    if own is not None:
        if (MOVEMENT.match(sentence, own.start("verb")) or _particle_of_movement(sentence, own)
                or _load_of_vehicles_moved(sentence, own)):
            return False  # "evacuated 3,000 people", "to bring some 2,500 people out of", "flights left, carrying 1,500",
            # "forced out 500 residents"
        if is_finite_verb(sentence, own, "verb") and not _REPORTING_VERB.fullmatch(own["verb"]):
            return predicate_after(sentence, head_end) is not True
        infinitive = _TO_VERB_AFTER.match(sentence, head_end) if CONTROL_VERB.fullmatch(own["verb"]) else None
        if infinitive is not None and not MOVEMENT.match(sentence, infinitive.end()):
            return True  # "agreed to allow 5,000 people to transit": what they may do is no movement
    done_for = _DONE_FOR_BEFORE.search(sentence, max(0, start - 40), start)
    if (done_for is not None and not MOVEMENT.match(sentence, done_for.start("verb"))
            and not MOVEMENT.search(sentence, sentence.rfind(",", 0, done_for.start()) + 1, done_for.start())):
        # "electricity was shut off for millions of people"; not "evacuation orders were issued for 6,000": a deed
        # whose subject, in its clause, is a movement
        return True
    if _PREPOSITION_BEFORE.search(sentence, max(0, start - 12), start):
        # "for 1,700 civilians ... was delayed": a verb further on is the outer clause's; one right
        # after the noun phrase is the count's own ("with 700,000 of them requiring shelter")
        occupants = _ON_BOARD.match(sentence, head_end)
        if occupants is not None:
            # "a plane that went down with 54 people on board": who is in it, unless the verb before or
            # their own after moves them ("is being evacuated, with 900 residents on board", "buses with
            # 2,000 people on board left the city")
            return not _verb_before_moves(sentence, start) and predicate_after(sentence, occupants.end()) is not True
        return predicate_after(sentence, head_end, reach=0) is False
    return predicate_after(sentence, head_end) is False


def _particle_of_movement(sentence: str, word: re.Match) -> bool:
    """Whether the word before a count is the particle of a movement verb before it: "forced out 500 residents".

    >>> text = "The fire forced out 500 people"
    >>> _particle_of_movement(text, WORD_BEFORE.search(text, 0, 20))
    True
    >>> text = "The team sold out 500 tickets"
    >>> _particle_of_movement(text, WORD_BEFORE.search(text, 0, 18))
    False
    """
    verb = _VERB_OF_PARTICLE.search(sentence, max(0, word.start("verb") - 20), word.start("verb"))
    return (word["verb"].lower() in ("out", "away") and verb is not None
            and (movement := MOVEMENT.match(sentence, verb.start())) is not None and movement.end() == word.end("verb"))


def _load_of_vehicles_moved(sentence: str, verb: re.Match) -> bool:
    """Whether a participle of carrying after a comma names the load of vehicles that moved in the clause before it:
    "The first flights left Dover for Calais on Monday, carrying about 1,500 people" (the people the flights took).

    >>> def load(text):
    ...     return _load_of_vehicles_moved(text, WORD_BEFORE.search(text))
    >>> load("The first flights left Dover for Calais on Monday, carrying ")
    True
    >>> load("The first flights were booked in Dover on Monday, carrying "), load("Volunteers left Dover, carrying ")
    (False, False)
    """
    if verb["verb"].lower() not in _CARRYING or not sentence[:verb.start("verb")].rstrip().endswith(","):
        return False
    clause = max(sentence.rfind(mark, 0, verb.start()) for mark in ".;:") + 1
    return (_VEHICLES.search(sentence, clause, verb.start()) is not None
            and _verb_before_moves(sentence, verb.start()))


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
        if is_finite_verb(sentence, token) or token.group().lower() in ("that", "which", "who"):
            return False
    return False


def predicate_after(sentence: str, head_end: int, reach: int = 4) -> bool | None:
    """Whether the verb after a count's noun phrase is a movement (True), another verb (False), or
    unknown (None: the clause ends, or no verb within ``reach`` other words).

    Auxiliaries, adverbs, prepositional phrases ("of the committee") and verbs of reporting or
    causing ("are believed to have fled", "were forced to leave") are read past. An active mover
    followed by an object is what the counted people did to others ("15 members sent a letter to",
    "200 people left two dead"): not their movement. A Spanish or Portuguese plural preterite ("marcharon", "caíram")
    is the count's own verb by its form (``_ROMANCE_PAST``), unless a movement follows within three words.
    """
    words = 0
    passive = controlled = staying = False
    causing = 0  # words left for the movement a verb of causing leads to ("allowed safe passage to")
    previous = ""
    aside_end = head_end
    named = False  # whether the token before is a name, which an appositive may describe
    for token in _WORD.finditer(sentence, head_end, head_end + 160):
        if token.start() < aside_end:
            continue
        if ((aside := ASIDE.match(sentence, token.start())) is not None
                or (named and (aside := _APPOSITIVE.match(sentence, token.start())) is not None)):
            aside_end = aside.end()  # "40,000 people — half the population — may need food": the verb is after it
            continue
        named = token.group()[0].isupper()
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
                    and (_OBJECT_AFTER.match(sentence, movement.end()) or people_object(sentence, movement.end()))):
                return False  # "300 soldiers evacuated villagers": the people they moved are others
            return not (movement["noun"] or _STATE_NOUN_ONLY.fullmatch(movement.group())) or None  # a noun is no verb; "evacuation centres" is a state
        if word in _NEGATION:
            return False  # "5,000 people did not leave"
        if _OWN_CLAUSE.match(sentence, token.start()):
            return False  # "6,000 people in Kabul airport and when they withdraw"
        if word == "and" and (counted := _AND_COUNTED.match(sentence, token.start() - 1)) is not None:
            aside_end = counted.end()  # "3,000 civilians and 40 wounded were evacuated": the verb after both
            continue
        if not word[0].isalnum():
            return None  # the clause ends
        if word.startswith("receiv") and not passive:
            return False  # "12,000 people have received food aid": they got something, they did not move
        if word in _AUXILIARY or word in _STOP_WORDS or _REPORTING_VERB.fullmatch(word) or CONTROL_VERB.fullmatch(word):
            passive = passive or word in _PASSIVE
            controlled = controlled or (word == "to" and bool(CONTROL_VERB.fullmatch(previous)))
            if word in _STAY_VERBS and INTO_SHELTER.match(sentence, token.end()):
                return True  # "700 people remained in shelters"
            staying = staying or word in _STAY_VERBS
            causing = 2 if word not in ("to", "be") and CONTROL_VERB.fullmatch(word) else causing
            previous = word
            continue
        if _ROMANCE_PAST.fullmatch(word) and not _moves_soon(sentence, token.end()):
            return bool(AND_MOVED.match(sentence, token.end()))  # "300 personas marcharon ... y 50 familias fueron evacuadas"
        if is_finite_verb(sentence, token):
            # "were placed in temporary shelters", "were detained and deported": the state or the next verb moves them
            return bool(INTO_SHELTER.match(sentence, token.end()) or AND_MOVED.match(sentence, token.end())
                        or _STATE_AFTER.match(sentence, token.end()))
        words += 1
        if words > reach:
            return None
    return None


def _moves_soon(sentence: str, at: int) -> bool:
    """Whether a movement word starts within the three words after ``at``."""
    return any(MOVEMENT.match(sentence, word.start()) for _, word in zip(range(3), _WORD.finditer(sentence, at)))


def is_finite_verb(sentence: str, token: re.Match, group: int | str = 0) -> bool:
    """A verb by its form: five letters or more ending in -ed or -ing, an irregular past or a common
    present ("need", "face"); not an
    adjective after a determiner or a preposition ("from flooded areas", "an estimated")."""
    word = token.group(group).lower()
    if not (word in IRREGULAR_PAST or word in _PRESENT_VERBS or (len(word) >= 5 and word.endswith(("ed", "ing")))):
        return False
    start = token.start(group)
    return not _NOT_VERB.fullmatch(word) and not _ADJECTIVE_BEFORE.search(sentence, max(0, start - 6), start)
