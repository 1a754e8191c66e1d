"""The words geo.reports reads: movement and displacement, the states displacement leaves people in,
homes destroyed, and the units of a count's head noun.

``movement_words(text)`` scans an article once for its movement words and tells whether it has a word
of forced movement at all; ``sentence_movements(sentence, forced)`` gives those of one sentence that are
not negated. ``MOVEMENT`` is the pattern (groups ``verb``, ``state``, ``noun``, ``housing``); ``UNITS``
and ``unit_of`` give the unit of a head noun; ``gap_ok`` tells whether two words stand close enough.

Rules:

- **Movement words**: verbs (evacuate, leave (or exit), flee, withdraw, displace, relocate (also taken, or in urgent
  need of, emergency resettlement or relocation: China's tally as translated), deport, evict, return (not of peace, nor
  to power, office or normal: "the group's return to power"),
  arrive (or disembark), head to (or inland, away), went, gone or travelled north, south, east or west, continued, went or travelled on to (an onward leg; "gone on to other countries", not "went on to say"), bound for, forced from their homes, chased or driven out (of their homes, surrounding villages, nearby towns ...; "forced out" also before the people counted: "forced out 500 residents"), ran for their lives or ran from the danger (not from the police or a scene),
  told to get out or clear out, escorted or ushered out of or to a place,
  boarded buses out of (people "on board" board nothing), put on buses or boats, put or placed in safer places or safety, taken or driven out in a convoy, by bus or boat,
  made their way or made it to, made the journey or the crossing to, set off for, towards or from,
  got, were let, slipped or sneaked out of, transported to (past a rate: "2,000 people a day from"), checked in (at shelters: not on or with someone), turned or showed up at, landed on, came ashore,
  walked, waded or trekked across or to the border, through a way to reach a place or from one place to another,
  trucked or flown out, to or from, crossed from or a border, corridor, river, sea, lake or desert ("crossed the Lachin corridor", "crossed the Naf river", "crossed Lake Kivu by boat"; or bare before a time: "4,000 had crossed overnight"), entered a country through a border, crossing or checkpoint (or passed through one: "3,100 passed through the Oyo crossing"), neighbouring one or "the country", or one place from another ("entered Chad from Sudan"; not a building or a race), or a place named bare as its clause ends or its time frame follows ("608,000 entered Romania", "entered Moldova since February"; not "entered politics"), forced or driven from or out of anywhere when people are the object, sacked from their (ancestral) homes, villages or lands
  ("forced 8,000 people from Paradise", "were driven from Tawila"), removed from homes, villages or areas or as a precaution, shifted to or from, ... and Spanish, French, Portuguese forms: "abandonaron sus
  viviendas", "deixaram suas casas", "removidas", "em abrigos") and nouns
  (evacuation, exodus, departure, displacements (IDMC's unit: "43,000 new displacements" are people), a (population
  or return) movement of a figure ("a movement of 18,000 people towards X"; not troops' nor a freedom of movement),
  passage,
  influx, new arrivals, the refugee count or total, the number of refugees ...); people
  abandon their homes or "the town"; something keeps them out of their homes. Rescuing, pulling or plucking people from their homes, houses or
  rooftops, or from flooded neighbourhoods or villages, or people the water or the fire trapped or stranded (also told
  before the rescue: "300 people trapped by floodwaters have been rescued"), is an evacuation (group ``rescue``); so is taking,
  carrying, moving, bringing or ferrying them from flooded or burning homes or places, rooftops, or from
  their homes by boat or helicopter (taken from their homes, they may also be abducted or arrested); rescues from rubble or a highway are not movements (nor is pulling people out of rubble, ruins or wreckage a pull-out);
  nor is what a carrying verb brings or sends to people counted ("brought heavy rain to 3 million people"). A
  movement word after a negation within three words is not one ("were not allowed to leave", "refused to
  leave", "did not want to leave", right after it: "declined to leave"); nor "left" before a state that is no move ("left stranded", "left
  trapped"), nor "left" or "leaving" people homeless or without shelter (the state is their movement: "left 800 refugees
  homeless"), nor "left" or "leaving" people in any other state (``LEFT_PEOPLE``: "left people stunned", "leaving 300
  residents without power", "left two others missing", "left thousands of refugees without food"), nor "left" or "leaving" a vehicle (``LEFT_VEHICLE``: "left the
  plane" is getting off it); nor after "should have", which says it did not happen ("should have
  warned residents to flee"). A flight from custody, the police, a crime scene, a building, a school or the heat ("escaped
  from the jail", "fled the scene", "fled the burning building", "students fled from the school" in an attack, "fled scorching temperatures") is an escape (``ESCAPED_FROM``), no movement and
  no word of forced movement for the gate.
- **States** that displacement leaves people in are movements of their own: homeless, without shelter, a
  roof or a place to live (or no longer having one, having nowhere to live), lost their homes or houses (or lost homes), had their homes destroyed, sleeping or living outdoors or camping along the roads or in parks, fields or yards (``OPEN_GROUND``), in
  shelters, tents, relief or transit camps, evacuation, transit, reception, collective, accommodation, safety, relief, welfare or care centres
  (Papua New Guinea's; not an aged, day, child or health care centre)
  or shelter, evacuation or refugee posts (Indonesia's "pos pengungsian") (and shelters, centres or camps that accommodate them: ``SHELTER_ACCOMMODATING``), sheltering in, housed in or at or put up in (or holed up in a refuge building: "holed up in churches"), given shelter or refuge, staying or
  moved in with relatives, family or neighbours, taken in by them, staying or living in hotels when named as driven from
  their homes ("survivors", "evacuees"; not guests or tourists: ``_hotel_refugees``), took or sought refuge, shelter (or "shelters"), safety or asylum (not found shelter for a count of others: "finding shelter for the 38,000 people who fled", a need), applied or filed for asylum, became, are now, live or registered as refugees,
  in makeshift, spontaneous, displacement, IDP, refugee, evacuation or collective camps, settlements or sites (also "new" or "crowded" ones: "living in new makeshift settlements"; not people who work in them: "300 people work on displacement sites"), remaining, staying, residing or living in (inside, within) camps or IDP sites (or
  being in them: "4,000 people are (still) in 55 camps", "with 6,000 people in camps", not army, summer or prison camps) (or
  in schools, churches, tents and other public refuges: ``PUBLIC_REFUGES``),
  in displacement, exile or flight (not a plane in flight), who experienced, suffered or underwent (new, secondary, repeated ...)
  displacement (IOM's tracking: "households who experienced displacement at least once"), people who are on the move, in temporary or emergency accommodation or housing, unable (not able or allowed, yet) to return or go home,
  who cannot or have not (yet) returned home or to their villages, sheltering a
  count ("schools are sheltering 900 people"), sleeping or spending the night outside or in their cars or in a public
  building (a sports hall, a school, a mosque: ``REFUGE_BUILDINGS``) or makeshift accommodation, camping or sleeping in the open, under an
  evacuation order, or having received or got one (or evacuation instructions); so are going to safety or higher ground, evictions and forcible removals.
- **Dwellings** (``DWELLINGS``): homes, houses, apartments, flats, residences, trailers, huts and shacks are
  all homes people are forced or driven out of, abandon or lose; with villages, towns, cities, areas,
  regions, camps, lands and neighbourhoods they are the places people are forced, driven or chased out of
  or from (``PLACES_LEFT``: "forced 2,000 people from the area").
- **Homes** (homes, houses, dwellings, huts, hutments, jhuggis, shacks, structures, domicilios, moradias, logements ...; shelters when destroyed: ``geo.counting``) are a report when destroyed: destroyed,
  collapsed (also "the collapse of 80 houses", "the demolition of 250 houses"), razed, flattened, demolished, toppled, crushed, torn down, washed or swept
  away, swallowed (up), wiped out, buried, gutted, burned (down), consumed
  (and their -ing forms: "gutting 500 shacks", "burning down 300 huts"),
  torched, set on fire (or "set fire to"), reduced to rubble (also "reduced 60 homes to ashes", "bombed 40 homes to rubble"), totally damaged, uninhabitable, declared unsafe, red-tagged, "were lost" (also Spanish, French, Portuguese forms),
  and the grave, severe, major or total damage of Spanish surveys ("con daños graves", "irreparables", "pérdida total":
  the grade that cannot be lived in; minor or partial damage is damage),
  or evacuated; damaged or partially damaged homes are not.
- **The forced-movement gate**: an article with no word of forced movement at all (evacuate, flee,
  displaced, refugees, deported, evicted, forcibly removed, withdrawal, relocated ..., a hurricane, flood, wildfire, quake,
  tornado (not the jet), mudslide, volcano, avalanche, people who left or abandoned their homes or were
  ordered, forced or compelled to leave (or to cross into a country), sought refuge, went to safety, safe areas, higher ground or temporary accommodation, people,
  residents or families who returned home or to their places of origin or crossed into a country, "the return of 840 households to" a place, people forced, driven, chased or
  pushed from or out of homes, villages, towns or lands (or driven or pushed towards a place: "pushed 3,000 households towards the capital") with up to seven words between (a people noun and what
  locates it: "forced 2,500 residents of the eastern districts from their villages"): "forced 3,000 people
  out of the surrounding villages", people moved from or to a capitalised place: "8,000 people were transported
  from Douma", "1,500 inhabitants of Kherson were taken to Mykolaiv", "shifted 3,500 people from Chittagong",
  "25,000 Burundians crossed into Tanzania", "3,000 Syrians who lived in Beirut entered Syria", the place they left named before it when nothing follows the verb ("2,000 residents
  of Kharkiv had left, most by train"), not tourists, fans, workers or troops, nor on a trip of leisure, work or
  study, nor to a hospital, an airport or a stadium; also people who arrived, landed, returned, boarded buses or
  were carried by a convoy: ``_moved_between_places``, people others moved out ("were moved out by police"), people
  moved into schools, churches, halls, public buildings or to relatives, people who abandoned the village, town or area, or staying in schools,
  churches, mosques or stadiums) gives no reports but destroyed homes
  and the states above: its "left" and "sent to" are not displacement. Movements to a hospital, jail or
  court, other flights or online classes are not displacement either; nor are a vehicle's passengers and crew
  (``OCCUPANTS``; passengers arriving in a sentence about an evacuation, not a drill, exercise or plan, are evacuees: ``evacuees_arriving``), nor people in custody (``IN_CUSTODY``) who flee or escape.
- **Gaps** (``gap_ok``): punctuation breaks the nearness of two words, but not a figure's own separator
  ("the evacuation of 12,000 people").
- **A letter lost upstream** (U+FFFD, "d\ufffdplac\ufffds") is read as "é" (so the Spanish words' accented
  letters also accept "é": "destruy\ufffd", "evacuaci\ufffdn", "huy\ufffd"), and a head noun matches
  ``UNITS`` without its accented letters ("fam\ufffdlias"); quotes keep the text as written.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Set

import ahocorasick

from geo.terms import term_of

_I = re.IGNORECASE

#: Head noun -> unit of a count.
UNITS = {
    **dict.fromkeys("""people persons person residents resident civilians civilian inhabitants villagers
        townspeople islanders refugees refugee migrants individuals individual evacuees children women men patients
        students citizens locals idps members detainees prisoners workers pilgrims tourists visitors passengers
        guests staff employees farmers miners fishermen nationals foreigners survivors occupants tenants
        dwellers squatters settlers returnees seekers travellers travelers holidaymakers vacationers campers hikers
        arrivals inmates herders pastoralists nomads personas habitantes pobladores vecinos mineros pessoas personnes pdi moradores residentes
        habitants villageois vacanciers campeurs individus femmes enfants peoples""".split(), "people"),  # "23,000 peoples were evacuated": a plural of non-native English
    # IDMC's unit: "43,000 new displacements" are people displaced, and "2,500 evacuations" people evacuated
    **dict.fromkeys("displacements evacuations".split(), "people"),
    # UNHCR's "108,700 refugee outflows": the refugees who left
    "outflows": "people",
    # "INDs", "IND": individuals in displacement tracking's emergency reports ("103 INDs arrived in Kukawa")
    **dict.fromkeys("inds ind".split(), "people"),
    **dict.fromkeys("families family familias familles famílias".split(), "families"),
    # "HHs", "HH": the abbreviation of displacement tracking tables ("2,145 HHs (12,870 ind.)")
    **dict.fromkeys("households household hhs hh hogares ménages".split(), "households"),
    **dict.fromkeys("""fighters fighter militants militant rebels rebel insurgents gunmen combatants
        jihadists extremists terrorists forces""".split(), "fighters"),
    **dict.fromkeys("soldiers troops servicemen".split(), "soldiers"),
    # Housing units: a home destroyed or evacuated is one household (IDMC's convention); "properties" are homes
    # where bushfires burn them ("destroyed 90 properties"), "structures" where fires or bulldozers raze a
    # settlement ("razed 400 structures"); "hutments" are huts, and so are "jhuggis" in Indian English.
    **dict.fromkeys("""homes houses dwellings huts hutments shacks shanties jhuggis homesteads residences apartments properties
        structures viviendas casas maisons habitations domicilios moradias logements""".split(), "housing"),
}
#: The units of people counted by their homes, and of people counted one by one or so (not fighters, soldiers nor homes).
HOUSEHOLD_UNITS = frozenset({"families", "households"})
PEOPLE_UNITS = HOUSEHOLD_UNITS | {"people"}
# The dwellings people are driven from, flee, abandon or lose: an apartment or trailer is as much a home as
# a house ("forced out of their apartments", "lost their trailers").
DWELLINGS = r"(?:homes?|houses?|apartments?|flats|dwellings?|residences?|trailers?|huts?|shacks?)"
# Areas where a hazard is, or its water ("low-lying areas", "inundated villages"): people moved out of them were evacuated.
DANGER_AREAS = (r"(?:low-lying|coastal|flood-prone|flooded|inundated|submerged|affected|danger|at-risk|high-risk|riverside"
                r"|riverbank)\s+(?:areas?|zones?|villages?|districts?|neighbou?rhoods?|communities)")
# The places people are forced, driven or chased out of or from: where they live.
PLACES_LEFT = rf"(?:{DWELLINGS}|villages?|towns?|city|cities|areas?|region|camps?|lands?|neighbou?rhoods?)"
# The places people are forced, driven or pushed into ("pushed 250,000 people into the coastal strip"): somewhere on a
# map, not a state ("pushed millions of people into poverty", "forced 500 people into labour"); shelters and camps are
# the states of those sheltered ("forced 6,200 people into shelters").
PLACES_ENTERED = (r"(?:strip|enclave|zones?|areas?|pockets?|hills|mountains|forests?|bush"
                  r"|desert|city|cities|towns?|villages?|south|north|east|west|cent(?:re|er)|region|districts?|provinces?|capital)")
# The kinds a place is named by ("the southern province of Idlib", "the cities of Blantyre and Zomba"), singular.
PLACE_KINDS = ("state", "province", "county", "city", "town", "village", "region", "district", "governorate", "prefecture",
               "island", "municipality", "territory", "parish", "department", "oblast", "canton")


def plural(noun: str) -> str:
    """The plural of a kind of place.

    >>> [plural(kind) for kind in ("city", "parish", "district")]
    ['cities', 'parishes', 'districts']
    """
    if noun.endswith("y"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("sh", "s")) else "s")


#: The kinds in the plural, as a pattern's alternatives ("the cities of Blantyre and Zomba", "towns like Konya").
PLACE_KINDS_PLURAL = "|".join(map(plural, PLACE_KINDS))
#: Words opening examples of what was just named ("nearby towns, including Berber", "coastal cities such as Sidon").
EXAMPLES_OPEN = r"(?:including|such\s+as|notably)"
# A figure given for each place of a list, the places named or their kind ("in each of the cities of Blantyre and
# Zomba", "37,000 in each of Mulanje and Nsanje"): one report a place (geo.reports), no group's size ("40 people each",
# geo.rejections).
EACH_OF_PLACES = (rf"each\s+of\s+(?:the\s+(?:[\w'’-]+\s+)?(?:{PLACE_KINDS_PLURAL}|countries)\b"
                  r"|(?-i:[A-Z]))")
# The same in Spanish, Portuguese and French, each written once for the movement words and the gate of forced movement.
# Spanish homes, lands and communities ("sus hogares", "sus tierras") and an area ("la zona").
ES_HOMES = r"(?:hogares|hogar|casas?|viviendas?|comunidades|pueblos?|tierras|territorios)"
ES_AREA = r"(?:zona|pueblo|comunidad|regi[óo]n|ciudad|municipio|[áa]rea|localidad)"
# Homes "dejar" leaves in a state are the hazard's deed, no move: "las lluvias dejaron sus casas inundadas".
ES_LEFT_IN_STATE = r"(?:\s+[\w-]+)?\s+(?:inundad|destruid|da[ñé]ad|anegad|afectad|arrasad|sepultad|sin\b|en\s+ruinas)"
# Portuguese homes (an accent lost upstream reads as "é": "resid\ufffdncias").
_PT_HOME_NOUNS = r"lares|resid[êeé]ncias|moradias"
# Homes people were taken out of in Portuguese (or Spanish), the owner's word optional: "retiradas de casa", "retirados
# das suas habitações" (an accent lost upstream reads as "é": "habitaéées").
PT_RETIRED_FROM = rf"d(?:e|as|os)\s+(?:(?:suas|seus|sus)\s+)?(?:casas?|{_PT_HOME_NOUNS}|habita\w+|hogares|viviendas)"
# Portuguese homes people left, with their owner: "deixaram suas casas".
PT_OWN_HOMES = rf"(?:suas|seus|sua|seu)\s+(?:casas|{_PT_HOME_NOUNS})"
# Taking people out of their homes in Portuguese, the people counted between: "foi preciso tirar cerca de 70 pessoas de
# casas", "retiraram 300 moradores das suas residências".
PT_TAKEN_OUT = rf"(?:re)?tir(?:ar|aram|ou|am)(?=(?:\s+[\w'’,.-]+){{1,5}}?\s+{PT_RETIRED_FROM}\b)"
# Seeking refuge in Spanish or Portuguese: "obrigadas a procurar refúgio", "buscaron refugio" (an accent lost upstream
# reads as "é": "refégio").
SOUGHT_REFUGE_ES_PT = r"(?:procur|busc)\w*\s+ref[úué]gio"
# People made to leave or abandon where they live in Portuguese or Spanish, whatever the place ("foram forçadas a abandonar
# Mucororodzi", "obligados a salir"): a forced departure.
MADE_TO_LEAVE = r"(?:for[çcé]|obrig|oblig|forz)ad[oa]s\s+a\s+(?:abandonar|deixar|dejar|sair|salir)\b"
# The verbs of leaving those homes, as the press inflects them: "dejaron", "abandonaron", "deixaram", "ont quitté".
ES_LEAVING = r"dej(?:ar|aron|ado|ando)"
ES_ABANDONING = r"abandon(?:ar|aron|[óé]|an|ando|ado)"
PT_LEAVING = r"deix(?:aram|am|ar|arem)"
FR_LEAVING = r"quitt(?:er|é|ée|és|ées|ent)"
# French homes and villages, with their owner where people leave them ("leurs maisons").
_FR_HOME_NOUNS = r"maisons?|foyers?|domiciles?|logements?|habitations?|villages?"
FR_HOMES = rf"(?:leurs?|son|sa|ses)\s+(?:{_FR_HOME_NOUNS})"
# A time or manner set off by commas between a French verb and its object: "ont quitté, dans la nuit, leurs maisons".
FR_ASIDE = r"(?:\s*,[^,.;:]{1,50},)?"
# Where French says people had to leave, any of those homes or another place ("ont dû quitter un camping", "ont dû
# abandonner tentes et caravanes").
FR_PLACE_LEFT = (r"(?:\s+[\w'’-]+){0,3}?\s+(?:campings?|lieux|villes?|zones?|quartiers?|tentes|caravanes|r[ée]gions?"
                 rf"|{_FR_HOME_NOUNS}|[îi]les?)\b")
# People moved out of harm's way before it strikes, later in the clause: "removed 600 residents from the slopes as a precaution".
PRECAUTION_AFTER = r"[^.;:]{1,100}?\b(?:as\s+a\s+precaution(?:ary\s+measure)?|pre-?emptively|preventively)\b"
# ... or before a hazard strikes, later in the clause: "4,000 more were moved on Monday in advance of the storm".
AHEAD_OF_HAZARD = (r"[^.;:]{0,60}?\b(?:ahead|in\s+advance)\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:storms?|typhoons?"
                   r"|cyclones?|hurricanes?|floods?|flooding|floodwaters|eruptions?|fires?|wildfires?|blazes?|landfall)\b")
# A way people go by a compass point: "gone north", "headed southwards".
COMPASS_HEADING = r"(?:north|south|east|west)(?:wards?)?"
# Where people are sacked from when sacked means driven out: homes, villages, communities, lands (not a job or a team).
SACKED_FROM = rf"(?:\s+[\w'’,.-]+){{0,4}}?\s+(?:from|out\s+of)\s+(?:their\s+)?(?:ancestral\s+)?(?:{DWELLINGS}|villages?|communities|lands?)\b"
# A flight from custody, the police, a crime scene, a building, a school or the heat is an escape, not a displacement ("escaped
# from the jail", "fled the scene", "fled the burning building", "fled scorching temperatures for the caves");
# people fleeing their homes or towns are displaced.
ESCAPED_FROM = (r"(?:\s+(?:from|out\s+of))?\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?(?:jail|prison|custody|detention|cells?"
                r"|scene|police|officers?|deputies|troopers|pursuit|building|school|campus|stadium|arena|store|shop|bank|restaurant|mall"
                r"|theat(?:er|re)|nightclub|club|bar|plane|aircraft|train|temperatures|heat|crowds)\b")
# "Left" or "leaving" people in a state of no home names no movement of theirs: the state does ("left 800 refugees
# homeless", "leaving 3,000 families without shelter").
LEFT_IN_STATE = (r"(?!(?:\s+[\w,.'’-]+){1,5}?\s+(?:homeless|without\s+(?:a\s+|any\s+)?(?:homes?|shelter|roofs?|housing))\b)")
# "Left" or "leaving" people (counted or not) says what befell them, not that they went: "left people stunned",
# "leaving 300 residents without power", "leaving 9,000 children without schooling"; a movement word of their own
# says whether they moved ("left 2,000 people displaced").
# ... also a vague amount of them, or refugees and new arrivals, who moved before what left them so ("that has left tens
# of thousands of new arrivals with nowhere to shelter").
LEFT_PEOPLE = (r"(?!\s+(?:(?:the|its|their|some|many|most|about|around|nearly|over|more\s+than)\s+)?"
               r"(?:[\d][\d,.]*\s+(?:million\s+|thousand\s+)?|(?:(?:tens|hundreds)\s+of\s+)?(?:thousands|hundreds|dozens)\s+of\s+)?"
               r"(?:people|persons|residents|inhabitants|villagers|families"
               r"|households|civilians|children|students|women|men|patients|passengers|others|refugees|(?:new\s+)?arrivals)\b)")
# Leaving a vehicle is getting off it, no move from a place: "two passengers left the plane", "leaving the bus at the stop".
LEFT_VEHICLE = r"(?!\s+(?:the|a|an|their|his|her)\s+(?:[\w-]+\s+)?(?:plane|airplane|aircraft|jet|train|bus|car|vehicle|cabin)\b)"
# Survivors pulled out of rubble were rescued where they lay, not withdrawn ("pulled out 12 survivors from beneath the
# ruins", "pulled out of the wreckage"); troops pull out of a town.
NOT_FROM_RUBBLE = (r"(?!(?:\s+[\w'’,.-]+){0,4}?\s+(?:from|of)\s+(?:(?:beneath|under(?:neath)?)\s+)?(?:the\s+)?(?:[\w-]+\s+)?"
                   r"(?:rubble|ruins|debris|wreckage|mud|collapsed)\b)")
# People held where they are, unable to leave: not moved, unless rescued.
HELD_IN_PLACE = r"(?:trapped|stranded|marooned)"
# People a disaster struck, in Spanish, Portuguese and French, either gender: "afectadas", "afetados", "affectées",
# "sinistrées" (one spelling for every list of them: the count's verb in geo.rejections, a label in geo.tallies).
STRUCK_PLURAL = r"afe(?:c)?tad[oa]s|affect[ée]e?s|sinistr[ée]e?s"
# People the water or the fire held where they were ("trapped by floodwaters", "stranded on their rooftops"): rescued,
# they were evacuated; not people trapped in rubble or a mine.
HELD_BY_WATER_OR_FIRE = (HELD_IN_PLACE + r"\s+(?:by|in|on)\s+(?:(?:the|their|rising)\s+)*"
                         r"(?:flood\w*|waters?|fires?|flames|homes?|houses?|rooftops?|roofs?)\b")
# The people who take in those driven from their homes ("staying with relatives", "taken in by neighbours").
HOSTS = r"(?:relatives|friends|family(?:\s+members)?|neighbou?rs|host\s+(?:families|communities))"
# Public buildings people sleep in or spend the night in when driven from their homes ("spent the night in a
# sports hall", "sleeping in the local mosque"); not a hotel or a friend's house.
REFUGE_BUILDINGS = (r"(?:sports\s+halls?|gym(?:nasium)?s?|schools?|church(?:es)?|mosques?|temples?|stadiums?"
                    r"|(?:community|civic|sports|evacuation|public|municipal)\s+(?:cent(?:re|er)s?|halls?)|town\s+halls?|tents?)")
# The same buildings in the plural, where people stay or live when driven from their homes ("staying in schools",
# "living in tents"); one school is where children study ("students remain in school").
PUBLIC_REFUGES = r"(?:schools|churches|mosques|temples|gym(?:nasium)?s|stadiums|tents)"
# The centres people displaced are sheltered in ("evacuation centres", "accommodation centres"; South Asian English's
# "safety centres", "relief centres" and "welfare centres"; Malaysia's "temporary relocation centres").
# ... and Indonesia's posts ("pos pengungsian", as translated: "staying in 40 shelter posts")
# Papua New Guinea's authorities call their evacuation centres "care centres"; a centre that cares for the old, the sick
# or children is none ("aged care centre", "day care centre", "health care centre").
SHELTER_CENTRES = (r"(?:(?:evacuation|transit|reception|collective|accommodation|relocation|safety|relief|welfare"
                   # (the word first, then what stands before it: the scans skip a word not starting with "c" at once)
                   r"|care(?<![\w-]care)(?<!aged\scare)(?<!day\scare)(?<!child\scare)(?<!health\scare)(?<!medical\scare)"
                   r"(?<!respite\scare)(?<!primary\scare)(?<!elderly\scare))\s+cent(?:re|er)s?"
                   r"|(?:evacuation|shelter|refugee|displacement|idp)\s+posts?)")
# Shelters or camps that accommodate people hold them ("the two camps accommodate 1,200 families"): said before the
# bare "shelters" is; a hall or a stadium that "accommodates 500" may only have room for them. One that is housing or
# hosting people holds them too, a place maybe named between ("the biggest shelter in town is housing 4,000"; not "the
# stadium is hosting 40,000 fans"). Sitreps say them open first: "178 displacement sites are active, accommodating
# 71,704 people", "the camps remain open, hosting 9,000" (not "open to 9,000": room).
OPEN_THEN = r"(?:(?:active|open|operational|functional|functioning)\s*,?\s+)?"
SHELTER_ACCOMMODATING = (rf"(?:shelters|cent(?:re|er)s|camps|sites)\s+(?:(?:are|were|now|currently|still|remain)\s+)*{OPEN_THEN}"
                         r"accommodat(?:e|es|ing)\b"
                         r"|(?:shelters?|camps?|sites|(?:evacuation|relief)\s+cent(?:re|er)s?)(?:\s+(?:in|at)\s+(?:the\s+)?[\w'’-]+)?\s+"
                         rf"(?:(?:is|are|was|were|now|currently|still|remain)\s+)*{OPEN_THEN}"
                         r"(?:housing|hosting)\b")
# The words before "camps" people stay in when driven from home ("living in two makeshift camps"), not a camp of
# soldiers, trainees, children on holiday or prisoners ("staying in army camps", "are in summer camps").
CAMP_KIND = r"(?:(?!(?:army|military|training|summer|boot|labou?r|prison|detention)\s)[\w'’-]+\s+){0,2}?"
# The words that make a figure rough or a bound, before it: "nearly 3,000", "more than 12,000".
ROUGHLY = r"(?:nearly|almost|about|around|some|over|more\s+than|at\s+least)"
# How many places people stay in, perhaps roughly, before their kind: "in the 1,537 relief camps", "into 1,600 flood
# shelters", "to nearly 3,000 relief camps" (not a count of people).
SHELTERS_COUNTED = rf"(?:(?:the|their)\s+)?(?:(?:{ROUGHLY}\s+)?\d[\d,.]*\s+)?"
# A movement noun naming a plan, a drill or a zone of one is no movement: "the evacuation plan covers 45,000
# residents", "an evacuation drill" (no one has moved).
NOT_A_PLAN = r"(?!\s+(?:plans?|drills?|exercises?|simulations?|rehearsals?|zones?|routes?|maps?)\b)"
# "return" before a vehicle or a trip names the kind of trip ("return flights would carry 1,000 people"): a noun, so
# the clause after it tells whether the trip was done or is still to come.
RETURN_TRIP = r"(?=\s+(?:flights?|trips?|journeys?|convoys?|buses|trains?|voyages?|ferries|sailings?)\b)"
# The return of a state of things is no one's return: "pleading for the return of peace", "the return of calm".
RETURN_OF_STATE = (r"(?!\s+of\s+(?:the\s+)?(?:peace|calm|normalcy|normality|order|stability|security|power|electricity|water"
                   r"|services|democracy|rains?|fighting|violence|hostilities)\b)")
# ... nor is a return to a state or an office: "the group's return to power", "life returned to normal".
RETURN_TO_STATE = r"(?!\s+to\s+(?:power|office|normal(?:cy|ity)?|calm|rule|the\s+helm)\b)"
# "The air force flew 5,900 people out of Kabul": a force is a body of people, not a verb of forcing.
NOT_A_FORCE = r"(?<!air\s)(?<!task\s)(?<!police\s)(?<!security\s)(?<!armed\s)(?<!naval\s)(?<!rescue\s)(?<!defence\s)(?<!defense\s)"
# What a carrying verb brings to people counted after "to" is no movement of them: "the storm brought heavy rain to
# 3 million people", "sent aid to 4,000 families" (a figure before "to" is the people carried: "moved 2,000 to 3,000 people").
NOT_TO_PEOPLE_COUNTED = (r"(?!(?:\s+[a-z'’-]+){1,4}?\s+to\s+(?:(?:about|around|some|nearly|almost|over|roughly|an\s+estimated"
                         r"|more\s+than|at\s+least|up\s+to)\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|hundreds|thousands"
                         r"|tens|millions|dozens)\b))")
# ... nor is taking action, steps or measures "to" do something a carrying of anyone: "urged residents to take early
# action to save their lives", "took steps to protect the dam".
NOT_AN_UNDERTAKING = r"(?!(?:\s+[a-z'’-]+)?\s+(?:actions?|steps|measures|precautions|part)\b)"
# A journey on foot is a movement when it crosses or leaves ("walked across the border", "waded out of the
# flooded town") or goes through a way to a place ("hiking through cornfields to reach Croatia", "trudged for
# days to get to the camp"); a march only as far as a border: one to reach a square is a protest.
ON_FOOT = r"(?:walk(?:s|ed|ing)?|wad(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|trekk(?:ed|ing)|trudg(?:e|es|ed|ing))"
# People in a state that displacement leaves them in, and homes destroyed: reports of their own.
# "homeless" only as a state people are in ("left 6,000 people homeless", "483 homeless.", "left 300 homeless along
# the river"), not as an
# attribute of a noun ("homeless sex offender parolees", "a party for 200 homeless people"; not "homeless according
# to officials"); "shelter in
# place" is staying put, and so is sheltering in one's own home.
HOMELESS = r"""homeless(?!\s+(?!(?:after|by|in|on|at|and|or|as|because|following|when|since|due|from|with|across
    |along|around|near|throughout|nationwide|overnight|while|for|until|during|last|this|amid|a|an|the|still|now|again
    |today|tonight|yesterday|according)\b)[a-z])"""
# Homes destroyed: said of a housing count, any of these words (fire "burned" or "consumed" homes, homes
# "totally damaged", "reduced to rubble", "lost in the fire", "swallowed by mud", "the collapse of 80 houses"); "partially damaged" is damage,
# "fully or partially damaged" one mixed figure, destroyed as "damaged or destroyed" is (``geo.homes``). An accented letter lost upstream
# is read as "é" ("destruyé 24 viviendas", "destruédas", "destruéram"); "han destruido 101 viviendas" is a perfect.
DESTROYED = r"""destr(?:oy|oyed|oys|oying|uction|uy[óoé]|uyeron|uyen|uid[oa]s?|uiu|u[íié]ram) | destru[íié]d[oa]s | d[ée]trui\w* | collapsed | raz(?:ed|ing)
    | (?:collapse|demolitions?|razing)(?=\s+of\b) | swallow(?:ed|ing)(?:\s+up)? | toppl(?:ed|ing) | crush(?:ed|ing) | (?:tore|torn|tearing)\s+down
    | flatten(?:ed|ing)? | raze | levell?(?:ed|ing) | demolish(?:ed|ing)? | bulldoz(?:ed|ing) | (?:washed|swept|washing|sweeping)\s+away
    | wip(?:ed|ing)\s+out | bur(?:ied|ying|ies) | gutt(?:ed|ing) | guts | burn(?:ed|t|s)(?:\s+down)? | burning\s+down | (?:raz|flatten|demolish|torch)(?:es|s)
    | consumed | torch(?:ed|ing) | (?:set\s+)?(?:on\s+fire|ablaze|alight) | (?:set|sets|setting)\s+fire\s+to | reduced\s+to\s+(?:rubble|ashes|ruins) | to\s+(?:rubble|ashes|ruins)
    | (?:totally|completely|fully)\s+damaged | (?:(?:totally|completely|fully)\s+or\s+(?:partially|partly)|(?:partially|partly)\s+or\s+(?:totally|completely|fully))\s+damaged | da[ñé]os\s+(?:graves|severos|mayores|totales) | irreparables | p[ée]rdidas?\s+total(?:es)? | declared\s+(?:unsafe|uninhabitable) | red[\s-]tagged
    | colaps\w+ | effondr\w+ | [ée]croul\w+ | arrasad[oa]s | sepultad[oa]s | derrumbad[oa]s | derrumb(?:aron|[óé])
    | destroz(?:[óé]|aron|ad[oa]s) | (?:destrucci[óé]n|destrui\w{1,2}o)(?=\s+de\b)  # "destrozó 20.000 casas", "a destruição de 300 casas"
    | desab(?:aram|ou|ad[oa]s)  # Portuguese homes that fell in: "três casas desabaram"
    | uninhabitable | inhabitables | (?<=were\s)lost | (?<=been\s)lost
    | lost(?=\s+(?:in|to)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:fires?|wildfires?|blazes?|floods?|flooding|floodwaters|quake|earthquake|storm
       |hurricane|tornado|cyclone|typhoon|landslides?|mudslides?|tsunami|eruption|lava)\b)"""
# Open ground people sleep or camp on when driven from home ("thousands camped in parks after the quake", "200 people
# camped out in his front yard"); not a building, where a stay is a shelter.
OPEN_GROUND = r"(?:(?:the|a|their|his|her|public|city|nearby)\s+)?(?:[\w'’-]+\s+){0,2}?(?:parks?|yards?|gardens?|fields?)\b"
_STATE_WORDS = rf"""(?P<state>{HOMELESS}
    | {SHELTER_ACCOMMODATING}
    | (?:lost|losing)\s+(?:their|his|her)\s+{DWELLINGS} | (?:lost|losing)\s+(?:homes|houses)\b | without\s+(?:a\s+)?(?:homes?|shelter|housing|roofs?|place\s+to\s+(?:live|stay))
    | no\s+longer\s+ha(?:ve|s|d)\s+(?:a\s+)?(?:homes?|roofs?|place\s+to\s+(?:live|stay))\b
    | ha(?:ve|s|d)\s+nowhere\s+(?:else\s+)?to\s+(?:live|stay|go)\b
    | (?:had|have|has)\s+(?:their|his|her)\s+{DWELLINGS}\s+(?:{DESTROYED})
    | liv(?:e|es|ed|ing)\s+(?:outdoors|in\s+the\s+open|rough)
    | (?:sle(?:ep|eps|eping|pt)|camp(?:s|ed|ing)?(?:\s+out)?|spen(?:d|ds|ding|t)\s+(?:the|a|another|their)\s+(?:[\w-]+\s+)?nights?)
       \s+(?:outdoors|outside|in\s+the\s+open|rough
       |(?:along|beside|by|on)\s+(?:the\s+)?(?:roads?|roadsides?|highways?|streets?|pavements?|sidewalks?)
       |in\s+{OPEN_GROUND})
    | (?:sle(?:ep|eps|eping|pt)|spen(?:d|ds|ding|t)\s+(?:the|their)\s+nights?)\s+in\s+(?:(?:their\s+)?(?:cars|vehicles)
       |(?:makeshift\s+|temporary\s+)?tents\b|(?:(?:an?|the|local)\s+)?(?:[\w-]+\s+)?{REFUGE_BUILDINGS}|(?:makeshift|temporary|emergency)\s+(?:accommodation|shelters?))
    | (?:under|receiv(?:e|es|ed|ing)|got)\s+(?:an?\s+)?(?:(?:non-)?(?:mandatory|voluntary|compulsory)\s+)?
       evacuation\s+(?:orders?|instructions?)
    | perd(?:ieron|ido|i[óé])\s+(?:sus?|la|las)\s+(?:viviendas?|casas?|hogar(?:es)?) | perdu\s+(?:leurs?|sa|son)\s+(?:maisons?|logements?|habitations?|foyers?)
    | perd(?:eram|eu|ido|essem|erem)\s+(?:(?:as\s+)?suas|a\s+sua|sua)\s+(?:casas?|moradias?|resid[êe]ncias?|lares|lar) | (?:temporary\s+|emergency\s+)*shelters
    | (?:(?:temporary|emergency)\s+)?(?:temporary|emergency|red\s+cross|evacuation|public|community|collective)\s+shelters? | (?:(?<=at\sa\s)|(?<=at\sthe\s))shelter
    | shelter(?=\s+populations?\b)  # "shelter populations have fallen to 10,400": people in shelters, a tally's (``geo.tallies``)
    | (?:(?<=are\sin\s)|(?<=were\sin\s)|(?<=remain\sin\s)|(?<=remained\sin\s)|(?<=people\sin\s))shelter(?![\w-])  # "10,000 people are in shelter": where they stay
    | sheltered(?!\s+in\s+place) | relief\s+camps?
    # displaced people who stay out of the evacuation centres ("living outside of evacuation centers"): not in them
    | (?:liv(?:e|es|ed|ing)|stay(?:s|ed|ing)?)\s+outside\s+(?:of\s+)?(?:the\s+)?{SHELTER_CENTRES}
    | {SHELTER_CENTRES} | transit\s+camps? | accommodated | lodged | housed\s+(?:in|at)
    | (?:put|placed)\s+(?:in|into|inside)(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{REFUGE_BUILDINGS}|arenas?|(?:astro)?domes?
       |convention\s+cent(?:re|er)s?|coliseums?)\b)  # "were put into the Lakeside Arena": taken in there
    | hosted\s+in(?=\s+(?:[\w-]+\s+){{0,3}}?(?:cent(?:re|er)s|camps?|shelters?|sites?|tents|{PUBLIC_REFUGES}|host\s+famil\w+)\b)
    | (?:(?:hosted|taken\s+in)\s+by|(?:stay(?:s|ed|ing)?|living|sheltering|mov(?:ed|ing)\s+in)\s+with)\s+(?:their\s+|his\s+|her\s+)?{HOSTS}
    | (?:t[ao]ok|tak(?:e|es|en|ing)|s(?:ought|eek|eeks|eeking)|find(?:s|ing)?|found)\s+(?:refuge|shelters?|safety|asylum|sanctuary)
      (?!\s+for\s+(?:the\s+)?(?:(?:more|fewer)\s+than\s+|some\s+|about\s+|around\s+|nearly\s+|over\s+|up\s+to\s+)?(?:\d|thousands|hundreds|dozens|tens))
    | (?:s(?:ought|eek|eeks|eeking)|find(?:s|ing)?|found)\s+protection(?=\s+(?:at|in|inside|within|on)\s+(?!(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:courts?|tribunals?)\b))
    | (?:given|granted|offered|provided\s+with)\s+(?:temporary\s+|emergency\s+)?(?:refuge|shelter|accommodation|tents|homes|housing)
    | (?:appl(?:y|ies|ied|ying)|fil(?:e|es|ed|ing)|lodg(?:e|es|ed|ing)|claim(?:s|ed|ing)?)\s+(?:for\s+)?asylum
    | (?:(?:unable|not\s+(?:yet\s+)?(?:been\s+)?(?:able|allowed|permitted)|yet)\s+to\s+(?:return|go)
       |(?:cannot|can't|could\s+not|couldn't)\s+(?:return|go)|(?:have|has|had)\s+not\s+(?:yet\s+)?(?:returned|gone)
       |(?:haven't|hasn't|hadn't)\s+(?:yet\s+)?(?:returned|gone))
       \s+(?:back\s+)?(?:homes?\b|(?:to\s+)?their\s+(?:homes?|houses?|villages?|towns?|lands?|communities|areas?)\b) | (?:temporary|emergency)\s+(?:accommodation|housing|lodging)
    | bec(?:ome|omes|ame|oming)\s+refugees | as(?:(?<=live\sas)|(?<=lives\sas)|(?<=lived\sas)|(?<=living\sas))\s+refugees | registered\s+as\s+(?:refugees|displaced|idps|asylum[\s-]seekers) | (?<=are\s)(?:now\s+|still\s+)?refugees | (?<=were\s)(?:now\s+|still\s+)?refugees
    | sheltering(?=\s+(?:\d|(?:some|about|around|nearly|more|over|up|roughly|an|hundreds|thousands|dozens|tens)\b))
    | to\s+(?:safety|higher\s+ground|(?:the\s+)?safer\s+(?:ground|areas?|places?|locations?)) | in(?:to)?\s+(?:protracted\s+)?(?:displacement|exile)
    | (?:experienc(?:e|es|ed|ing)|suffer(?:s|ed|ing)?|under(?:go|goes|going|went|gone))\s+(?:(?:new|secondary|multiple|repeated|further|protracted)\s+)?displacements?\b
    | (?<=are\s)on\s+the\s+move | (?<=were\s)on\s+the\s+move
    | in(?<!in-in)\s+flight(?![\s-]+(?:attendants?|crews?|meals?|entertainment|wi-?fi|refuel\w*|over|above)\b) | sheltering\s+(?:(?:in|at)(?!\s+(?:place|home|(?:their|his|her)\s+(?:own\s+)?homes?)\b)|there\b|here\b|under\b) | in\s+(?:makeshift\s+|temporary\s+)?tents | put\s+up\s+in
    | hol(?:e|es|ed|ing)\s+up\s+(?:in|at|inside)(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?{REFUGE_BUILDINGS}\b)  # "holed up in churches"
    | (?<!work\s[oia][nt]\s)(?<!works\s[oia][nt]\s)(?<!worked\s[oia][nt]\s)(?<!working\s[oia][nt]\s)  # staff: "300 people work in IDP camps"
      (?:(?:new|existing|pre-existing|overcrowded|crowded)\s+)?(?:makeshift|spontaneous|displacement|idp|refugee|tent|temporary|informal|evacuee|evacuation|collective)\s+(?:camps?|settlements?|sites?)
    | (?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|liv(?:e|es|ed|ing)|resid(?:e|es|ed|ing))\s+(?:there\s+)?(?:in|at|inside|within)\s+{SHELTERS_COUNTED}{CAMP_KIND}
       (?:camps?|{PUBLIC_REFUGES}|(?:community|civic|sports|town)\s+(?:cent(?:re|er)s?|halls?)|(?<=idp\s)sites?|(?<=displacement\s)sites?)
    | (?P<in_camps>(?:(?<=\bare\s)|(?<=\bwere\s)|(?<=\d\speople\s)|(?<=\d\spersons\s)|(?<=\d\sfamilies\s)|(?<=\d\shouseholds\s))
       (?:(?:(?:still|currently)\s+)?(?:in|at)\s+{SHELTERS_COUNTED}{CAMP_KIND}camps
       |now\s+(?:in|at)\s+{SHELTERS_COUNTED}relief\s+camps)\b)
    | (?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|liv(?:e|es|ed|ing))\s+in\s+(?:[\w-]+\s+){{0,2}}?(?P<hotel>(?:hotel|motel)(?:s|\s+rooms))\b
    | (?:hid|hides?|hiding|hidden)\s+in\s+(?:the\s+)?(?:nearby\s+|surrounding\s+)?(?:bush|forests?|mountains|hills|jungle|caves|swamps)\b
    | albergues? | albergad[oa]s | abrigos | abrigad[oa]s | acolhid[oa]s | h[ée]berg[ée]e?s
    | sin\s+(?:hogar(?:es)?|techo|abrigo|viviendas?|casas?) | sem\s+(?:casas?(?!\s+pr[óo]pria)|teto|tecto|abrigo|lar) | refugios
    | (?:ao|al)\s+relento | a\s+la\s+intemperie  # "170 famílias ficaram ao relento": out in the open, homeless
    | centros?\s+de\s+(?:alojamento|alojamiento|acomoda[çcé][ãaé]o|acolhimento|tr[âaé]nsito)  # "em 36 centros de alojamento"
    | (?:trouv[ée]\w*|cherch\w*)\s+refuge | {SOUGHT_REFUGE_ES_PT}
    | se\s+sont\s+r[ée]fugi[ée]e?s | hors\s+de\s+chez\s+(?:eux|elles|lui|soi)\b | (?<=\ben\s)abris\b | (?<=\bdans\s)(?:(?:des|les|ces)\s+|\d[\d.\s]*\s)?abris\b
    | (?:abrit(?:ent|aient|ait|e)|h[ée]berg(?:ent|eaient|eait|e)|accueill(?:ent|aient|ait|e)|(?:ont|avaient)\s+(?:accueilli|h[ée]berg[ée]))
       (?=\s+(?:(?:actuellement|encore|toujours|d[ée]j[àa])\s+)?(?:\d|plus\s+d|pr[èe]s\s+d|quelque|environ|au\s+moins|un\s+millier|une\s+centaine|des\s+centaines|des\s+milliers))
    | (?:(?:ont|avaient)\s+vu|voient)\s+leurs?\s+(?:maisons?|habitations?|logements?|cases|domiciles?)\s+(?:s['’]\s*)?(?:{DESTROYED}) | (?:vi(?:vent|vaient)|dorm(?:ent|aient))\s+(?:(?:toujours|encore)\s+)?sous\s+(?:des\s+|les\s+)?tentes
    | rejoi(?:gnent|gnaient|nt)\s+(?:les\s+|des\s+)?camps
    | (?:(?:se\s+)?mant(?:ienen|en[íi]an|uvieron)|permanec(?:en|[íi]an|ieron)|est[áa]n|estaban|siguen|segu[íi]an|quedaron|se\s+encuentran)\s+refugiad[oa]s
    | fora\s+de\s+(?:suas\s+)?casas? | se\s+(?:han\s+)?refugi(?:aron|aram|ó|ou|an|am|ado) | sans[\s-]abris? | desabrigad[oa]s?
    | s['’]\s*entass(?:ent|aient|èrent)(?=\s+(?:dans|sous|en)\b))"""  # French: crowded into a shelter
_HOUSING_WORDS = rf"""(?P<housing>{DESTROYED})"""
NAME_START = r"(?-i:[A-Z])"  # a capital as written, as a place's name starts
MOVEMENT = re.compile(
    r"""\b(?:(?P<verb>evacuat(?:e|es|ed|ing)
    | (?:left|leav(?:e|es|ing))\s+(?:the|their)\s+(?:[\w'’-]+\s+){0,3}?(?:camps?|sites?|settlements?|{SHELTER_CENTRES})\b
       (?=[^.;:]{0,80}?\b(?:home|homes|return\w*|back|their\s+(?:own\s+)?(?:villages?|communities|places\s+of\s+origin))\b)
    | (?:send|sends|sending|sent)\s+back\b
    | leav(?:e|es|ing){LEFT_IN_STATE}{LEFT_PEOPLE}{LEFT_VEHICLE}
    | (?<!the\s)(?<!at\s)left{LEFT_IN_STATE}{LEFT_PEOPLE}{LEFT_VEHICLE}(?!-|\)|\s+(?:behind|over|wing|bank|side|hand|homeless|dead|without|intact|stranded|trapped
       |isolated|injured|wounded|cut\s+off)\b)
    | withdr(?:aw|aws|awing|awn|ew) | fle(?:e|es|eing|d)(?!{ESCAPED_FROM}) | displac(?:e|es|ed|ing)
    | relocat(?:e|es|ed|ing) | resettl(?:e|es|ed|ing) | repatriat(?:e|es|ed|ing) | deport(?:s|ed|ing)?
    | (?:taken|took|received)\s+emergency\s+(?:resettlement|relocation)  # "61,000 have taken emergency resettlement"
    # China's civil affairs tally of people moved and housed by the authorities, as translated: "187,000 people in urgent
    # need of resettlement", "needed emergency relocation" (a need without "urgent" or "emergency" is only a plan)
    | (?:need(?:s|ed|ing)?\s+(?:emergency|urgent)\s+|in\s+urgent\s+need\s+of\s+(?:emergency\s+)?|in\s+need\s+of\s+(?:emergency|urgent)\s+)
      (?:resettlement|relocation)
    | expel(?:s|led|ling)? | evict(?:s|ed|ing)? | (?<=forcibly\s)remov(?:e|es|ed|ing) | transferr?(?:s|ed|ing)? | buss?(?:ed|ing) | airlift(?:s|ed|ing)? | ferried
    | (?<!in\s)(?:(?:returns|returned|returning)|return(?!{RETURN_TRIP}){RETURN_OF_STATE}){RETURN_TO_STATE} | arriv(?:e|es|ed|ing) | disembark(?:s|ed|ing)?
    | reach(?:es|ed|ing)?(?!\s+(?:an?\s+|the\s+)?(?:agreement|deal|total|peak|record|level|toll)|\s+between\b
      # aid that reached people ("350,000 people were reached with livelihood support", "reached 9,000 families with food";
      # not past a place people reached: "reached Molo with aid from the army")
      |(?:\s+(?:(?:some|about|around|nearly|over|more\s+than|an\s+estimated)\s+)?\d[\d,.]*(?:\s+[\w'’-]+){0,3}?)?\s+with\s+(?:[\w'’-]+\s+){0,2}?(?:aid|assistance|support|food|services|supplies|relief|cash
        |kits|items|rations|vaccines?|vaccinations?|messages|information)\b) | depart(?:s|ed|ing)? | exit(?:ed|ing)
    | escap(?:e|es|ed|ing)(?!{ESCAPED_FROM})
    | cross(?:es|ed|ing)?(?=\s+(?:back\s+)?(?:into|over|to|from|lake|the\s+(?:[\w'’-]+\s+){0,2}?(?:border|frontier|corridor|river|bridge
       |strait|sea|mountains|lake|gulf|channel|desert))\b)
    | enter(?:s|ed|ing)?(?=\s+(?:the\s+country|neighbou?ring\s+[\w'’-]+|(?:[\w'’-]+\s+){0,3}?(?:through|via|at)\s+(?:the\s+|a\s+)?
       (?:[\w'’-]+\s+){0,3}?(?:border|crossing|frontier|checkpoint)s?)\b)
    | enter(?:s|ed|ing)?(?=(?:\s+(?!(?:the|a|an|its|their|his|her|our|this|that|into)\b)[\w'’-]+){1,2}\s+from\s)
    # ... or a place named bare, capitalised, then the clause ends or its time frame follows: "608,000 entered Romania.",
    # "230,000 have entered Moldova since February" (not "entered politics.", "entered government-held areas since")
    | (?P<bare_entry>enter(?:s|ed|ing)?)(?=(?:\s+{NAME_START}[\w'’-]*){1,2}
       (?:\s*[.;,]|\s+(?:since|so\s+far|overnight|yesterday|today|in\s+the\s+(?:past|last)|over\s+the\s+(?:past|last))\b))
    | (?:(?<=allowed\sto\s)|(?<=permitted\sto\s))cross\b  # "were finally allowed to cross": they crossed
    # through a border post is across the border: "3,100 had passed through the Oyo crossing"
    | pass(?:es|ed|ing)?\s+through(?=\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:border|crossing|frontier|checkpoint)s?\b)
    | crossed(?=\s*[.;]|\s+(?:overnight|yesterday|today|since|so\s+far|last|this|earlier|during|every|each
       |on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)
       |in\s+(?:a|one|the\s+(?:past|last))\s+(?:single\s+)?(?:day|night|week|month|hours?|24))\b)
    | (?:(?:stream|pour|spill|trek|flock|scatter)(?:s|ed|ing)?|trickl(?:e|es|ed|ing))(?=\s+(?:out|into|across|over|towards?|from)\b)
    | head(?:s|ed|ing)?(?=\s+(?:to|for|towards?|back|home|north|south|east|west|out|into|inland|away)\b)
       (?!\s+(?:to|towards?)\s+(?:the\s+)?\d[\d,.]*\s+(?:[a-z-]+\s+)?(?:people|persons|residents|villagers|families|households|survivors|victims)\b)  # "rescuers heading to the 3,000 people stranded": their goal
    # ... and so is being on one's way to a place: "a convoy carrying 2,000 people is on its way to Molo" (not to people
    # counted: "help is on its way to the 3,000 people stranded", they are its goal)
    | on\s+(?:its|their)\s+way(?=\s+(?:to|towards?)\s+(?!(?:the\s+|some\s+|about\s+|over\s+|more\s+than\s+)?\d))
    # ... or travelling aboard a flight, a ship or a convoy: "81 Karundans are travelling to Molo on a military plane"
    | travell?(?:ed|ing)(?=(?:\s+[\w'’-]+){0,4}?\s+(?:on|aboard)\s+(?:[\w'’-]+\s+){0,3}?(?:flights?|planes?|aircraft|airlifts?|ships?
       |ferr(?:y|ies)|boats?|buses|convoys?)\b)
    # ... as does going or travelling by a compass point: "20,000 have gone north to the camps", "traveled south"
    | (?:gone|went|travell?ed)(?=\s+{COMPASS_HEADING}\b)
    | continu(?:e|es|ed|ing)(?=\s+on(?:wards?)?\s+(?:to|towards?|into|for)\b)
    # ... or went on to other countries or a place named ("22,000 have gone on to other countries"; not "went on to say")
    | (?:gone|went|travell?ed|journeyed)(?=\s+on(?:wards?)?\s+(?:to|towards?|into|for)\s+(?:other\b|neighbou?ring\b|{NAME_START}))
    | mov(?:e|es|ed|ing)(?=\s+(?:to|into|out|from|away|back)\b) | (?<=forced\sto\s)move | (?<=had\sto\s)move | shift(?:s|ed|ing)?(?=(?:\s+[\w'’,.-]+){0,4}?\s+(?:to|into|from|out\s+of)\b)
    # the verb (not "the night shift") with its people counted right after: "to shift 5,200 people trapped by floods"
    | (?:shift(?:ed|ing)|(?<=(?:to|ll)\s)shift)(?=\s+(?:(?:about|some|over|nearly|around|at\s+least|more\s+than)\s+)?\d)
    | r[au]n(?:s|ning)?\s+for\s+their\s+lives | r[au]n(?:s|ning)?(?:\s+away)?(?!{ESCAPED_FROM})(?=\s+from\s+(?:the|their)\s) | (?<=to\s)(?:get|clear)\s+out\b
    | (?:forc(?:ed|ing)|driv(?:en|ing)|drove|push(?:ed|ing)|chas(?:ed|ing)|ordered)\s+out(?=\s*[.,;]|\s+of\s+(?:[\w'’-]+\s+){0,2}?
       {PLACES_LEFT}\b|\s+(?:by|on|in|at|as|after|before|when|while|during|overnight|last|this|yesterday|today)\b)
    | forc(?:ed|ing)\s+out(?=\s+(?:(?:some|about|around|nearly|almost|roughly|over|more\s+than|at\s+least|an\s+estimated)\s+)?
       (?:\d|(?:hundreds|thousands|dozens|tens)\b))
    | (?:go|goes|going|went|gone)(?=\s+(?:to|back|home)\b)
    # people taken out of a place named, as an airlift's words tell it: "extracted 7,109 people out of Kabul" (not
    # "extracted from the rubble": a rescue)
    | extract(?:s|ed|ing)?(?=(?:\s+[\w'’,.-]+){0,5}?\s+(?:out\s+of|from)\s+{NAME_START})
    | (?P<rescue>(?:rescu(?:e|es|ed|ing)|pull(?:s|ed|ing)?|pluck(?:s|ed|ing)?)(?=(?:\s+[\w'’,.-]+){0,5}?\s+(?:from|out\s+of)\s+
       (?:(?:(?:their|the|his|her|flooded|submerged|inundated|damaged|burning)\s+){0,2}(?:homes?|houses?|rooftops?|roofs?|attics?|apartments?)
       |(?:the\s+)?(?:flooded|submerged|inundated|swamped)\s+(?:[\w-]+\s+)?(?:neighbou?rhoods?|villages?|streets?|areas?|districts?|towns?))\b
       # people the water or the fire held where they were: "rescued 300 people trapped by floodwaters"
       |(?:\s+[\w'’,.-]+){0,4}?\s+{HELD_BY_WATER_OR_FIRE})
      # ... also told before the rescue: "300 people trapped by floodwaters have been rescued" (the word starts at
      # "trapped", as no lookbehind may span the words between)
      |{HELD_BY_WATER_OR_FIRE}(?:\s+[\w'’-]+){0,3}?\s+(?:have|has|had|were|was)\s+(?:been\s+)?(?:[a-z]+ly\s+)?
       (?:rescued|plucked)\b
       |(?:tak(?:e|es|en|ing)|took|carr(?:y|ies|ied|ying)|mov(?:e|es|ed|ing)|br(?:ing|ings|inging|ought)|ferr(?:y|ies|ied|ying))
        (?=(?:\s+[\w'’,.-]+){0,5}?\s+(?:from|out\s+of)\s+(?:(?:their|the|his|her)\s+)?
       (?:(?:flooded|submerged|inundated|swamped|burning)\s+(?:homes?|houses?|apartments?|neighbou?rhoods?|villages?|streets?|areas?|districts?|towns?)
       |rooftops?|roofs?|attics?|(?:homes?|houses?)\s+(?:by|in|on|aboard)\s+(?:an?\s+|the\s+)?(?:boats?|rafts?|canoes?|dinghies|kayaks?|helicopters?))\b))
    | pull(?:s|ed|ing)?\s+out{NOT_FROM_RUBBLE}
    | (?:move|moves|moving|moved|send|sends|sending|sent|take|takes|taking|taken|took|bring|brings|bringing|brought
       |carry|carries|carried|carrying|escort|escorts|escorted|escorting|usher|ushers|ushered|ushering){NOT_TO_PEOPLE_COUNTED}{NOT_AN_UNDERTAKING}
       (?=(?:\s+(?:another|some|about|around|roughly|nearly|almost|over|an\s+estimated|more\s+than|up\s+to|between\s+[\d,.]+\s+and))?  # a count's hedge is no word between: "bring another 800 people from Palma to Pemba", "moved between 2,000 and 3,000 people to X"
       (?:\s+[\w'’,.-]+){0,4}?\s+(?:to|towards?|out\s+of|into|away\s+from)\b)
    | put\s+on\s+(?:buses|boats|trucks|trains|planes|ferries|helicopters)
    # people put or placed somewhere safe were moved there: "put them in safer places", "placed 300 villagers in safe areas"
    | (?:put|plac(?:e|es|ed|ing))(?=(?:\s+[\w'’,.-]+){0,4}?\s+(?:in|into|to)\s+(?:(?:a|the)\s+)?(?:safer?\s+(?:places?|areas?|locations?|ground)|safety)\b)
    | (?:tak(?:e|es|en|ing)|took|br(?:ing|ings|inging|ought)|driv(?:e|es|en|ing)|drove)\s+out(?=\s+(?:in|on|by|aboard)\s+(?:an?\s+|the\s+)?
       (?:[\w-]+\s+)?(?:convoys?|bus(?:es)?|trucks|lorries|boats|ferr(?:y|ies)|helicopters?|ambulances)\b)
    # ... or at the end of its clause, said of people: "3,000 civilians were brought out," (out of the besieged area)
    | (?<=\b(?:were|been)\s)(?:taken|brought)\s+out(?=\s*(?:[,.;:!?"”]|$))
    # (a landing named as a place people are at is no arrival: "65 people on the ferry landing in Plaquemines Parish")
    | check(?:s|ed|ing)?\s+in(?:to)?(?!\s+(?:on|with)\b) | (?:turn|show)(?:s|ed|ing)?\s+up(?=\s+(?:at|in)\b) | land(?:s|ed|ing)?(?<!the\slanding)(?<!a\slanding)(?<!ferry\slanding)(?<!boat\slanding)(?=\s+(?:on|in)\b) | c(?:a|o)me\s+ashore
    | made\s+it\s+(?:to|into|across|out\s+of)\b
    | (?:make|makes|made|making)\s+the\s+(?:[\w-]+\s+)?(?:journey|trip|crossing|trek)(?=\s+(?:to|into|across|from)\b)
    | (?:set|sets|setting)\s+(?:off|out)(?=(?:\s+on\s+foot)?\s+(?:for|towards?|from)\b)
    | (?:got|gets|getting|let|allowed|slip(?:s|ped|ping)?|sneak(?:s|ed|ing)?|snuck)(?!{ESCAPED_FROM})\s+out(?=\s+of\b)
    | (?:transport|truck)(?:s|ed|ing)?(?=(?:\s+[\w'’,.-]+){0,4}?(?:\s+(?:a|per|each|every)\s+(?:day|week|night))?  # a rate
         \s+(?:to|towards?|out\s+of|into|from|inland)\b)
    | flown(?=\s+(?:out|to|from|back)\b) | fl(?:ew|own)(?=(?:\s+[\w'’,.-]+){1,5}?\s+out\s+of\b)  # "flew (had flown) 5,900 people out of Kabul"
    | (?:{ON_FOOT}|march(?:es|ed|ing)?)(?=\s+(?:across|out\s+of|(?:to|towards?|into|over)\s+the\s+border)\b)
    | {ON_FOOT}(?=(?:\s+(?!to\b)[\w'’-]+){1,6}?\s+to\s+(?:reach|get\s+to)\b|\s+from\s+(?:[\w'’-]+\s+){1,3}?(?:to|towards?)\b)
    | (?:bound|destined)(?=\s+for\b) | (?<!on\s)board(?:s|ed|ing)?(?=\s+(?:[\w'’-]+\s+){1,3}?(?:out\s+of|to|for|towards?|bound\s+for)\b)
    | (?:make|makes|made|making)\s+(?:their|his|her|its)\s+way(?=\s+(?:to|into|towards?|across|out|back)\b)
    | (?:forc(?:ed|ing)|{NOT_A_FORCE}forc(?:e|es)|driv(?:e|es|en|ing)|drove|chas(?:e|es|ed|ing)|push(?:es|ed|ing)?)(?=(?:\s+[\w'’,.-]+){0,7}?\s+(?:from|out\s+of)\s+(?:[\w'’-]+\s+){0,2}?
       {PLACES_LEFT}\b|(?:\s+[\w'’,.-]+){0,4}?\s+(?:people|residents|civilians|villagers|inhabitants|families|households)
       \s+(?:from|out\s+of|out(?=\s*[.,;])|(?:into|towards?)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?{PLACES_ENTERED})\b
       |(?:\s+[\w'’,.-]+){0,5}?\s+into\s+(?:hiding|exile|(?:neighbou?ring|nearby|surrounding|other)\s+(?:countries|country|states?
       |provinces?|districts?|regions?|areas?|villages?|towns?))\b)
    | (?:(?<=were\s)|(?<=was\s)|(?<=been\s)|(?<=being\s))(?:forced|driven|chased|pushed)(?=\s+(?:from|out\s+of)\b)
    | remov(?:e|es|ed|ing)(?=(?:\s+[\w'’,.-]+){0,5}?\s+(?:from|out\s+of)\s+(?:[\w'’-]+\s+){0,2}?{PLACES_LEFT}\b)  # "removed 3,000 people from the areas"
    | remov(?:e|es|ed|ing)(?={PRECAUTION_AFTER})  # "removed 600 residents from the slopes as a precaution": an evacuation
    # people others moved out of harm's way: "4,000 more were moved on Monday in advance of the storm"
    | (?:(?<=were\s)|(?<=was\s)|(?<=been\s)|(?<=being\s))(?:moved|shifted)(?={PRECAUTION_AFTER}|{AHEAD_OF_HAZARD})
    | (?:abandon|desert)(?:s|ed|ing)?(?=\s+(?:(?:their|his|her|its)\s+(?:{DWELLINGS}|villages?|towns?|lands?|farms?|fields)
       |the\s+(?:village|town|city|area|region|island|camp))\b)
    | uproot(?:s|ed|ing)? | sack(?:ed|ing)(?={SACKED_FROM})  # "sacked from their ancestral homes" (Nigerian English): driven out
    | (?:receiv(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|admitt(?:ed|ing)|t(?:ook|aken?|akes|aking)\s+in)  # refugees a place took in went there
       (?=\s+(?:[\w,.-]+\s+){0,3}?(?:\d[\d,.]*|hundreds|thousands|millions|dozens)(?:\s+(?:million|thousand|more|new))?\s+(?:refugees\b(?!['’])
       # ... as did people of a place named after "from" it took in: "taking in nearly 200,000 people from Lakeside"
       |(?:people|residents|evacuees|families|households|survivors)\s+from\s+(?:the\s+)?{NAME_START}))
    | vacat(?:e|es|ed|ing)(?=\s+(?:(?:their|his|her|its|the)\s+)?(?:[\w-]+\s+)?{PLACES_LEFT}\b)
    | k(?:ept|eeps?|eeping)(?=(?:\s+[\w'’,.-]+){0,4}?\s+out\s+of\s+(?:their\s+)?{DWELLINGS}\b)
    | (?:burn(?:ed|t)|bomb(?:ed)?|shell(?:ed)?|smoked)\s+out(?=\s+of\s+(?:their\s+)?{DWELLINGS}\b)  # "burned out of their homes": driven out
    | evacu(?:ad[oa]s?|ar|aron|aram|aci[oóé]n|a[çc][ãa]o|ó|ou|a[mn]?) | auto-?evacuad[oa]s | desplaz\w+ | desaloj\w+ | trasladad[oa]s? | reubicad[oa]s | relog[ée]e?s | relocalis[ée]e?s | transf[ée]r[ée]e?s | d[ée]racin[ée]e?s
    | {FR_LEAVING}(?={FR_ASIDE}\s+{FR_HOMES}\b)
    | (?<=d[ûé]\s)(?:quitter|abandonner)(?={FR_PLACE_LEFT})  # "ont dû quitter un camping": made to leave where they stayed
    | {ES_ABANDONING}(?=\s+(?:(?:sus|su)\s+{ES_HOMES}|(?:la|el)\s+{ES_AREA})\b)
    | (?:salir|salieron|sali[óo]|saliendo)(?=\s+de\s+(?:sus|su)\s+{ES_HOMES}\b)
    | (?:sa[íié]ram|saiu|sair|saindo)(?=\s+{PT_RETIRED_FROM}\b)  # Portuguese: "1.200 moradores saíram de casa"
    | (?<=se\s)traslad(?:aron|[óé]|an|aban)(?=\s+(?:a|hacia|hasta)\s)  # "se trasladaron a casas de familiares": moved
    | {ES_LEAVING}(?=\s+(?:sus|su)\s+{ES_HOMES}\b(?!{ES_LEFT_IN_STATE}))  # "tuvieron que dejar sus viviendas"
    | abandonn(?:er|é|ée|és|ées|ent|aient|ant)(?=\s+{FR_HOMES}\b)
    | fug(?:iram|iu|indo|ir)
    | d[ée]plac(?:[ée]e?s?|er|ent) | deslocad[oa]s
    | (?:d[ée]placements?|deslocamentos?)(?=\s+(?:d[eo]s?\s+|d['’])(?:\d|plus|près|quelque|environ|au\s+moins|un\s+millier|une\s+centaine|mais|cerca|milliers|milhares|centaines|centenas))  # a trip ("le déplacement du président") is no displacement
    | [ée]vacu(?:é|ée|és|ées|er) | évacuations? | fui(?:r|ent)? | fuyant | huy(?:eron|en|endo|[óé]) | huido | hu[íié]r
    | {PT_TAKEN_OUT}
    | retirad[oa]s(?=\s+(?:{PT_RETIRED_FROM}|de\s+(?:las\s+)?(?:[áa]reas|zonas)\s+de\s+ri(?:sco|esgo))\b)
    | {PT_LEAVING}(?=\s+{PT_OWN_HOMES}\b) | removid[oa]s  # "obrigaram 3.000 pessoas a deixarem suas casas"
    | {MADE_TO_LEAVE})
    | {_STATE_WORDS}
    | (?P<noun>exodus|(?:evacuations?|evictions?|displacements?|relocations?){NOT_A_PLAN}|departures?|withdrawals?|pull-?outs?|passage|(?:(?<=the\s)|(?<=mass\s))flight(?=\s+of\s)
    | influx | arrivals? | (?:entries|crossings)(?=\s+(?:from|into)\s) | (?<=refugee\s)outflows? | cross-border\s+movements?(?!\s+of\b) | (?:movement(?:(?<=\ba\smovement)|(?<=the\smovement)|(?<=population\smovement))s?|return\s+movements?)(?=\s+of\s+(?:some\s+|about\s+|over\s+|nearly\s+)?\d) | returnees | (?<=number\sof\s)(?:homeless|refugees) | return{RETURN_TRIP} | refugees?\s+(?:population|count|total|tally|figure)s?
    | refugees(?=(?:,|\s+[–—])\s+(?:now\s+)?(?:numbering|estimated\s+at)\b)  # sized by an aside: "the refugees, now numbering 6,500"
    | idps | evacuees? | pdis?)
    | {_HOUSING_WORDS})\b""".replace("{_STATE_WORDS}", _STATE_WORDS).replace("{_HOUSING_WORDS}", _HOUSING_WORDS)
    .replace("{PLACES_LEFT}", PLACES_LEFT).replace("{PRECAUTION_AFTER}", PRECAUTION_AFTER).replace("{AHEAD_OF_HAZARD}", AHEAD_OF_HAZARD).replace("{COMPASS_HEADING}", COMPASS_HEADING).replace("{SACKED_FROM}", SACKED_FROM).replace("{PLACES_ENTERED}", PLACES_ENTERED).replace("{DWELLINGS}", DWELLINGS).replace("{ESCAPED_FROM}", ESCAPED_FROM)
    .replace("{ES_HOMES}", ES_HOMES).replace("{ES_AREA}", ES_AREA).replace("{FR_HOMES}", FR_HOMES).replace("{FR_PLACE_LEFT}", FR_PLACE_LEFT).replace("{FR_ASIDE}", FR_ASIDE)
    .replace("{LEFT_VEHICLE}", LEFT_VEHICLE).replace("{ES_LEFT_IN_STATE}", ES_LEFT_IN_STATE).replace("{ES_LEAVING}", ES_LEAVING).replace("{ES_ABANDONING}", ES_ABANDONING)
    .replace("{PT_LEAVING}", PT_LEAVING).replace("{FR_LEAVING}", FR_LEAVING).replace("{PT_RETIRED_FROM}", PT_RETIRED_FROM).replace("{PT_OWN_HOMES}", PT_OWN_HOMES).replace("{PT_TAKEN_OUT}", PT_TAKEN_OUT).replace("{MADE_TO_LEAVE}", MADE_TO_LEAVE)
    .replace("{ON_FOOT}", ON_FOOT).replace("{NOT_A_FORCE}", NOT_A_FORCE).replace("{NOT_A_PLAN}", NOT_A_PLAN)
    .replace("{LEFT_IN_STATE}", LEFT_IN_STATE).replace("{LEFT_PEOPLE}", LEFT_PEOPLE)
    .replace("{NOT_FROM_RUBBLE}", NOT_FROM_RUBBLE).replace("{HELD_BY_WATER_OR_FIRE}", HELD_BY_WATER_OR_FIRE).replace("{NOT_TO_PEOPLE_COUNTED}", NOT_TO_PEOPLE_COUNTED).replace("{NOT_AN_UNDERTAKING}", NOT_AN_UNDERTAKING).replace("{RETURN_TRIP}", RETURN_TRIP).replace("{RETURN_OF_STATE}", RETURN_OF_STATE).replace("{RETURN_TO_STATE}", RETURN_TO_STATE)
    .replace("{SHELTER_CENTRES}", SHELTER_CENTRES).replace("{NAME_START}", NAME_START),
    _I | re.VERBOSE,
)
# The lowercased scan sees no capitals: it takes any word for a name, and matching again as written keeps the names.
_MOVEMENT_LOWERCASE = re.compile(MOVEMENT.pattern.replace(NAME_START, "[a-z]"), re.VERBOSE)
_HOUSING_OR_STATE = re.compile(rf"\b(?:{_STATE_WORDS}|{_HOUSING_WORDS})\b", _I | re.VERBOSE)
_HOUSING_OR_STATE_LOWERCASE = re.compile(_HOUSING_OR_STATE.pattern, re.VERBOSE)
# A state right after a verb of staying, or after its "in" or "at": "remain homeless", "live in makeshift camps".
STATE_NEXT = re.compile(rf"\s+(?:(?:in|at)\s+)?(?:{_STATE_WORDS})\b", _I | re.VERBOSE)
# Words of forced movement: an article without any is about something else ("left the plane"). Most
# are plain substrings of the lowercased text, found by ``_LITERALS`` (a regex over every article is the
# slowest step of an article with none); the rest need word edges or the words around them.
_FORCED_WORDS = ("evacu", "évacu", "déracin", "displac", "refugee", "exodus", "deport", "expel", "evict", "withdr", "relocat",
                 "resettl", "repatriat", "asylum", "pullout", "pull-out", "forced out", "driven out", "uproot", "forcibly remov",
                 "hurricane", "cyclone", "typhoon", "wildfire", "flood", "quake", "landslide", "tsunami", "eruption",
                 "mudslide", "volcan", "avalanche", "inundac", "inondation", "inundaç", "enchente", "ciclón", "ciclone", "huracán",
                 "ouragan", "furacão", "terremoto", "séisme", "sismo", "seísmo", "deslizamiento", "deslizamento",
                 "glissement de terrain", "incendio forestal", "incendie de forêt", "incêndio florestal",
                 "homeless", "shelters", "desplaz", "desaloj", "déplac", "deplac", "albergad", "desabrigad", "desloc",
                 "sans-abri", "sans abri", "huido", "refugios", "refugiad", "réfugié", "fuyant", "airlifted out", "to safety", "higher ground",
                 "safer ground", "safer place", "safer area", "safer location", "to safe area", "to safe place", "to safe location", "temporary accommodation",
                 "emergency accommodation",
                 "temporary housing", "temporary shelter", "collective shelter", "forced to move", "humanitarian corridor", "bussed out",
                 "bused out", "relog", "zonas seguras", "zona segura", "lugares seguros", "lugar seguro", "zonas de riesgo",
                 "zona de riesgo", "áreas de risco", "área de risco", "areas de risco", "area de risco", "fora de casa")
# (substrings that must be there, the words around them): one regex each, each tried only when its
# substrings are there (one regex of all of them is several times slower).
_FORCED_CONTEXT = tuple((anchors, re.compile(pattern)) for anchors, pattern in (
    (("fle",), r"\bfle(?:e|es|eing|d)\b(?!" + ESCAPED_FROM + ")"),
    (("tornado",), r"tornado(?!\s+(?:jets?|aircraft|fighters?|surveillance|warplanes?|bombers?))"),  # not the jet
    (("idp", "pdi"), r"\b(?:idps?|pdis?)\b"),
    (("fui", "huy"), r"\b(?:ont|avoir)\s+fui|\bfuir\b|\bhuy[eóoé]"),  # "ils sont 3 000 à avoir fui"
    (("retirad",), rf"retirad\w*\s+{PT_RETIRED_FROM}\b"),
    (("tir",), rf"\b{PT_TAKEN_OUT}"),
    (("dej",), rf"\b{ES_LEAVING}\s+sus?\s+{ES_HOMES}\b"),  # "han tenido que dejar sus hogares"
    (("deix",), rf"\b{PT_LEAVING}\s+{PT_OWN_HOMES}\b"),  # "já deixaram suas casas"
    (("forçad", "forcad", "obrigad", "obligad", "forzad"), rf"\b{MADE_TO_LEAVE}"),
    (("their home", "their house", "their village"),
     r"(?:leav\w*|left|fle\w*|abandon\w*|out\s+of|from)\s+their\s+(?:homes?|houses?|villages?|apartments?|trailers?)"),
    (("refuge",), r"(?:sought|seek\w*|t[ao]ok|tak\w+|find\w*|found)\s+refuge"),
    (("procur", "busc"), SOUGHT_REFUGE_ES_PT),
    (("se refugi",), r"\bse\s+refugi(?:aron|aram|ó|ou)\b"),  # "800 personas se refugiaron en escuelas": took refuge
    (("abandon",), rf"{ES_ABANDONING}\s+(?:sus?\s+{ES_HOMES}|(?:la|el)\s+{ES_AREA})\b"
                   rf"|abandonn\w*\s+{FR_HOMES}\b"),
    (("quitt",), rf"\b{FR_LEAVING}{FR_ASIDE}\s+{FR_HOMES}\b"),  # "ont dû quitter leurs maisons"
    (("dû quitter", "dû abandonner", "dé quitter", "dé abandonner"), rf"\bd[ûé]\s+(?:quitter|abandonner){FR_PLACE_LEFT}"),
    # "transférés vers des sites d'hébergement", "transférées des abris d'urgence": people moved to or from shelters
    (("transf",), r"\btransf[ée]r[ée]e?s\s+(?:[\w'’-]+\s+){0,2}?(?:vers|dans|des|depuis)\s+(?:les\s+|des\s+|d['’]autres\s+)?"
                  r"(?:sites?|abris|camps?|centres?|[ée]coles|familles\s+d['’]accueil)\b"),
    (("salir", "salie", "sali"), r"\bsal(?:ir|ieron|i[óo]|iendo)\s+de\s+sus?\s+(?:hogares|hogar|casas?|viviendas?)\b"),
    (("fug",), r"\bfug(?:iram|iu|indo|ir)\b"),
    (("forced", "forcing", "driven", "driving", "drove", "chased", "chasing", "pushed", "pushing"),  # "forced 3,000
     # people out of the surrounding villages": people driven from where they live, whatever words stand between;
     # "pushed 3,000 households towards the capital": people driven somewhere on a map
     r"\b(?:forc(?:ed|ing)|driv(?:en|ing)|drove|chas(?:ed|ing)|push(?:ed|ing))\s+(?:[\w'’,.-]+\s+){0,7}?(?:from|out\s+of)\s+"
     r"(?:[\w'’-]+\s+){0,2}?" + PLACES_LEFT + r"\b"
     r"|\b(?:driv(?:en|ing)|drove|push(?:ed|ing))\s+(?:[\w'’,.-]+\s+){0,4}?(?:people|residents|civilians|villagers|inhabitants"
     r"|families|households)\s+towards?\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?" + PLACES_ENTERED + r"\b"),
    (("returned", "returning", "crossed", "crossing"),  # "5,000 residents returned home": people moved back, also past
     # the same people in another unit: "9,000 individuals (1,500 families) have returned to their places of origin"
     r"\b(?:people|persons|individuals|residents|civilians|villagers|families|migrants|inhabitants|households)"
     r"\s+(?:\([^()]{1,40}\)\s+)?(?:have\s+|had\s+|were\s+)?"
     r"(?:return(?:ed|ing)\s+(?:to\s+their\s+)?(?:homes?|(?:places?|areas?|villages?|communities)\s+of\s+origin)\b"
     r"|cross(?:ed|ing)\s+(?:the\s+border\s+)?into\b)"),
    (("ordered", "told", "forced", "urged", "order for", "orders for", "compelled", "obliged"),  # "issued an order for 3,000
     # families to leave", "compelled 30,000 Congolese to cross into Angola"
     r"(?:(?<!in\s)order(?:s|ed)?|told|forced|urged|compelled|obliged)\s+(?:[\w,'’-]+\s+){0,4}?to\s+"
     r"(?:leave|evacuate|flee|abandon|cross\s+into)\b"
     r"|\b(?:were|was|been|being)\s+ordered\s+out\b"),  # "residents were ordered out as the fire spread"
    (("abandon",),  # "800 people have abandoned the village": people leaving where they live (not fans a stadium)
     r"\b(?:people|persons|residents|civilians|villagers|inhabitants|families|households)\s+(?:(?:have|has|had|were|was)\s+)?"
     r"abandon(?:ed|ing)\s+(?:the|their)\s+(?:villages?|towns?|city|area|region|island|district|settlements?|{DWELLINGS}|lands?"
     r"|farms?)\b".replace("{DWELLINGS}", DWELLINGS)),
    (("moved out", "taken out", "shifted out", "brought out"),  # "900 people at the plant were moved out by police":
     # people others remove from where they are (not "the family moved out last year": no passive)
     r"\b(?:people|persons|individuals|residents|civilians|villagers|inhabitants|families|households)\b[^.;:!?]{0,60}?"
     r"\b(?:were|was|been|being)\s+(?:\w+\s+)?(?:moved|taken|shifted|brought)\s+out\b"),
    (("pre-empti", "preempti", "preventive", "precautionary"),  # "1,000 people were pre-emptively moved away from the coast"
     r"\b(?:pre-?emptive(?:ly)?|preventive(?:ly)?|precautionary)\s+(?:moved|moving|move|moves|transferr\w*|shift\w*|taken"
     r"|relocat\w*|removals?)\b"),
    (("sacked", "sacking"), r"\bsack(?:ed|ing)" + SACKED_FROM),
    (("return of",),  # "facilitated the return of 840 households to Marawi": people going back where they fled from
     r"\breturn\s+of\s+(?:(?:some|about|around|nearly|over|more\s+than|an\s+estimated|another)\s+)?[\d,.]+\s+(?:displaced\s+)?"
     r"(?:people|persons|individuals|residents|civilians|villagers|families|households|inhabitants|idps|refugees|evacuees)\s+to\b"),
    (("precaution", "pre-empt", "preempt", "preventive"),  # "removed 3,000 villagers as a precaution": people, not goods
     r"\bremov(?:e|es|ed|ing)\s+(?:[\w,.-]+\s+){0,3}?(?:people|residents|villagers|inhabitants|families|households)\b"
     + PRECAUTION_AFTER),
    (("escap",),  # "took to boats to escape the rising water", "escaped the shelling"; not an escape from custody
     r"\bescap(?:e|es|ed|ing)\s+(?:from\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:fighting|violence|war|bombing|bombardments?|shelling"
     r"|clashes|conflict|persecution|floods?|flooding|floodwaters?|waters?|fires?|flames|blaze|wildfires?|siege|offensive"
     r"|attacks?|lava|eruption|storm|hurricane|cyclone|typhoon)\b"),
    (("low-lying", "flood-prone", "at-risk", "high-risk", "riverbank", "riverside", "danger zone", "danger area",
      "coastal area", "coastal village", "coastal district", "coastal communit", "coastal zone", "flooded area",
      "flooded village", "flooded district", "flooded neighb", "flooded communit", "flooded zone", "affected area",
      "affected village", "affected district", "affected neighb", "affected communit", "affected zone", "inundated",
      "submerged"),
     # "moved 5,600 residents out of low-lying areas": people taken out of where danger is (or water: "inundated villages")
     r"\b(?:mov(?:ed|ing)|ferr(?:ied|ying)|transport(?:ed|ing)|airlift(?:ed|ing))\s+(?:[\w'’,.-]+\s+){0,5}?(?:from|out\s+of)\s+"
     r"(?:the\s+)?" + DANGER_AREAS + r"\b"),
))
# People moved between named places ("8,000 people were transported from Douma to northern Syria", "some 10,000
# residents streamed out of Tal Afar", "shifted 3,500 people from Chittagong to schools", "25,000 Burundians
# crossed into Tanzania"): a people noun (or a count of a nation's people), a verb in the past that carries, leads
# or sends them out, across or away (a finite verb: "people moving into Nebraska" describes a population), and a
# place it takes them from or to: capitalised in the text as written and, when the caller knows them, one of the
# article's places (or a refuge: "moved to schools", ``_TO_REFUGE``). "Exited" is "left" ("41,000 fighters and
# their families exited Eastern Ghouta"). People on a
# trip of their choice are not in it: the people nouns name no tourists, fans, workers, troops, students or
# delegates, and what the sentence says of leisure, work or study (``_CHOSEN_TRIP``) shuts it again. The verbs are
# found by the gate's one literal scan; the words around each are then matched where it stands.
_MOVERS = frozenset("""left exited fled crossed entered escaped reached arrived landed returned boarded transported trucked bused
    bussed ferried flown airlifted taken took moved shifted transferred escorted brought carried driven poured streamed
    spilled flocked crowded trekked walked marched headed forced forcing drove moving shifting transferring transporting
    busing bussing ferrying airlifting escorting carrying""".split()) | {"got out", "get out", "slipped out"}
# The movers that act on the people they move ("forced 3,200 families from Beledweyne", "buses carrying 2,000 people
# from Mariupol": only a convoy's buses, trucks or boats carry people away, a plane carrying passengers is a flight).
_ACTIVE_MOVERS = frozenset("""forced forcing drove driven took brought moved moving shifted shifting transferred transferring
    transported transporting trucked bused bussed busing bussing ferried ferrying airlifted airlifting escorted
    escorting carrying""".split())
_PASSIVE = re.compile(r"\b(?:were|was|been|being)\b")
_CONVOY_BEFORE = re.compile(r"\b(?:buses|convoys?|trucks|lorries|boats|ferries|ships|trains|vehicles)\s+$")
_PEOPLE_MOVED = r"(?:people|persons|individuals|residents|civilians|villagers|inhabitants|families|households|migrants)\b"
_NATION_MOVED = rf"(?!{_PEOPLE_MOVED})(?:[a-z]{{3,}}(?:ians|ans|ese|is)|rohingyas?|kurds|yazidis)\b"
_COUNT_MOVED = r"(?:\d[\d,.]*(?:\s+(?:thousand|million))?|thousands|hundreds|tens\s+of\s+thousands|dozens)"
# Movers that leave the place their people's noun phrase names when nothing follows them in the clause ("2,000 residents of
# Kherson have left.", "people from Madaya fled, ..."), and what ends that clause.
_LEAVERS = frozenset("left exited fled escaped".split())
_CLAUSE_ENDS = re.compile(r"\s*(?:[,;.]|$)")
# How they went: "by boat", "on foot", "by police", "inland", "north".
_MEANS = (r"(?:\s+(?:by|on|in|aboard)\s+(?:[a-z]+\s+)?(?:boats?|road|sea|air|bus(?:es)?|trains?|trucks?|lorries|helicopters?"
          r"|planes?|foot|cars?|convoys?|ferr(?:y|ies)|police|army|military|troops|soldiers|navy|rescuers|authorities))?"
          r"(?:\s+(?:back|inland|north|south|east|west|overnight|away))?")
# In the lowercased text (``_moved_between_places`` checks the capitals in the text as written): the people before a
# mover ("1,500 inhabitants of Kherson were", "2,000 militants and their families", "9,000 ethnic Serbs", "3,000 Syrians who
# lived in Beirut have": where they lived is no place they were moved to; a comma may
# close an aside on them: "buses carrying 1,100 people, among them fighters and their families, left Douma"), the place
# after it ("... by train to Mykolaiv"; "left", "reached" and the like take it as their object: "left Kidal", "crossed into
# neighbouring Chad"; "arrived
# in", "boarded buses in"), the people and place after an active mover.
_MOVED_SUBJECT = re.compile(rf"""(?:\b{_PEOPLE_MOVED}|{_COUNT_MOVED}\s+(?:of\s+)?(?:ethnic\s+)?(?P<nation>{_NATION_MOVED})
       |\b(?:and|with|along\s+with)\s+their\s+(?:families|relatives))
    (?:\s+(?:of|from)\s+(?:the\s+)?(?P<origin>[\w'’-]+)(?:\s+[\w'’-]+){{0,4}}?|\s+(?:living|residing|who\s+(?:had\s+|have\s+)?(?:lived|live|resided|reside))\s+(?:in|near|along|on|around|by)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)?
    ,?(?:\s+(?:have|has|had|were|was|are|is|been|being|all|also|already|now|reportedly|able\s+to|forced\s+to))*\s+$""", re.VERBOSE)
_MOVED_TO_PLACE = re.compile(rf"""(?:(?<=left)|(?<=exited)|(?<=fled)|(?<=crossed)|(?<=entered)|(?<=escaped)|(?<=reached))
        (?:\s+the\s+border)?(?:\s+(?:from|into|over\s+into|out\s+of))?\s+(?:the\s+|neighbou?ring\s+)?(?P<place>[\w'’-]+)
    | (?<=out)\s+of\s+(?:the\s+)?(?P<left>[\w'’-]+)
    | (?:(?<=arrived)|(?<=landed))\s+(?:in|at|on)\s+(?:the\s+)?(?P<arrived>[\w'’-]+)
    | (?<=boarded)\s+(?:[\w-]+\s+){{0,2}}?(?:buses|trains|boats|ferries|trucks|planes)\s+(?:in|at|from)\s+(?:the\s+)?(?P<boarded>[\w'’-]+)
    | {_MEANS}\s+(?:from|out\s+of|into|to|towards?|across|over\s+into)\s+(?:the\s+)?(?P<reached>[\w'’-]+)""", re.VERBOSE)
# ... or the buildings displaced people are put up in, a camp or relatives ("2,000 residents were moved to schools and
# churches", "moved 450 families to community halls", "900 families moved to the homes of relatives"; not students,
# patients or fans: no people noun names them).
_TO_REFUGE = (r"(?:\s+[\w'’-]+){0,2}?\s+(?:to|into)\s+(?:(?:the|a|an|local|nearby|several|two|three|four|five|\d+|[\w-]+'s)\s+)*"
              rf"(?:[\w-]+\s+)?(?:{REFUGE_BUILDINGS}|camps?|public\s+buildings|(?:homes?\s+of\s+(?:their\s+)?)?relatives"
              r"|host\s+famil(?:y|ies))\b")
_MOVED_TO_REFUGE = re.compile(_TO_REFUGE)
_MOVED_OBJECT_TO_REFUGE = re.compile(rf"\s+(?:[\w,.]+\s+){{1,3}}?{_PEOPLE_MOVED}{_TO_REFUGE}")
_REFUGE_MOVERS = frozenset("""moved taken took transferred brought transported shifted ferried bused bussed trucked crowded poured
    streamed flocked""".split())
# A further place when the first is none ("ferried across the Tigris to Erbil").
_FURTHER_PLACE = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:to|into|towards?|for)\s+(?:the\s+)?(?P<reached>[\w'’-]+)")
# People only flight takes to a place: their place need not be one the gazetteer knows.
_UPROOTED_PEOPLE = re.compile(r"\b(?:civilians|villagers|migrants)\b")
_MOVED_OBJECT = re.compile(rf"""\s+(?:(?:some|about|around|nearly|more\s+than|over|at\s+least|up\s+to)\s+)?{_COUNT_MOVED}
    (?:\s+of)?\s+(?:{_PEOPLE_MOVED}|(?P<nation>{_NATION_MOVED})){_MEANS}\s+(?:from|out\s+of)\s+(?:the\s+)?(?P<place>[\w'’-]+)""",
                           re.VERBOSE)
# An institution people are taken to for care, custody, travel or study ("taken to St Mary's Hospital"), after the
# capitalised words of its name.
_INSTITUTION = re.compile(r"(?:\s+[A-Z][\w'’-]+)*\s+(?:Hospital|Clinic|Medical|Prison|Jail|Court|Airport|Stadium|Arena|Station"
                          r"|University|College|Hotel|Park|Square)\b")
# A trip of choice: leisure, work, study or a purchase ("moved to Austin for jobs", "crossed to Calais for the day to buy
# wine", "crossed into Mexico for cheaper dental care").
_CHOSEN_TRIP = re.compile(
    r"\bfor\s+(?:the\s+|a\s+|an\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:jobs?|work|holidays?|vacations?|day|weekend|festival|concert"
    r"|match|game|tournament|marathon|race|shopping|studies|term|conference|summit|talks|care|treatment|wedding|funeral"
    r"|pilgrimage|celebrations?|christmas|thanksgiving|new\s+year|season|visit|final|gig|show|exhibition|fair|parade|ceremony"
    r"|exams?|taxes|salaries|wages|weather|sun)\b"
    r"|\b(?:after|before|during)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:holidays?|vacations?|festival|concert|match|game"
    r"|tournament|marathon|race|conference|summit)\b"
    r"|\bto\s+(?:buy|shop|watch|attend|visit|work|study|celebrate|vote|compete|play|holiday|party|see\s+the)\b", _I)
# What drives people out, said in the sentence of a move that could be of choice ("800 families moved to Goma as
# shelling intensified").
_DRIVING_CAUSE = re.compile(r"\b(?:shelling|fighting|clashes|attacks?|violence|bombing|bombardments?|air\s?strikes|offensive"
                            r"|siege|insurgents|militias?|militiamen|gunmen|rebels|storms?|rains|floods?|flooding|fires?|blaze"
                            r"|bushfires?|landslides?|eruption|drought|conflict|war)\b", _I)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _moved_between_places(text: str, lowered: str, movers: list[tuple[int, str]], places: Set[int] | None) -> bool:
    """Whether the text (``lowered``, lowercased; its ``movers`` found where they start) says people were moved from
    or to a named place or into a refuge, not on a trip of their choice. ``places``, when given, are the offsets where
    the text's places start: a capitalised name must be one of them ("left Facebook for TikTok" names none), unless the
    people are civilians, villagers, migrants or a nation's, whom only flight takes to a place ("1,200 civilians were
    trucked out of Kobane")."""
    if len(lowered) != len(text):
        return False  # offsets differ: no capital can be checked
    for start, word in movers:
        end = start + len(word)
        if (start and lowered[start - 1].isalnum()) or lowered[end:end + 1] not in (" ", ",", ";", "."):
            continue  # inside a word
        people, named = _people_moved(text, lowered, start, end, word)
        if people is None:
            continue
        if named is not None:
            uprooted = people["nation"] or _UPROOTED_PEOPLE.search(people.group())
            if not any(_capitalised(text, place, places=None if uprooted else places)
                       for place in (named, _FURTHER_PLACE.match(lowered, named.end())) if place):
                continue
        first = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
        last = _SENTENCE_END.search(text, end)
        last = last.start() if last else len(text)
        if (named is not None and word == "moved" and not _PASSIVE.search(people.group())
                and not _DRIVING_CAUSE.search(text, first, last)):
            continue  # "families moved to Florida": people who move house; "were moved to" were taken, and "moved to
            # Goma as shelling intensified" fled
        if not _CHOSEN_TRIP.search(text, first, last):
            return True
    return False


def _people_moved(text: str, lowered: str, start: int, end: int, word: str) -> tuple[re.Match | None, re.Match | None]:
    """The people a mover at ``start:end`` moves and the match naming their place (None for a refuge: "moved to
    schools"); (None, None) when it moves no people noun there."""
    if word in _ACTIVE_MOVERS and (word != "carrying" or _CONVOY_BEFORE.search(lowered, max(0, start - 20), start)):
        moved = _MOVED_OBJECT.match(lowered, end)
        if moved is not None and _capitalised(text, moved, "nation"):
            return moved, moved
        if word in _REFUGE_MOVERS and (moved := _MOVED_OBJECT_TO_REFUGE.match(lowered, end)):
            return moved, None
    if word.endswith("ing"):
        return None, None  # "people moving into Nebraska": a population described
    named = _MOVED_TO_PLACE.match(lowered, end)
    refuge = word in _REFUGE_MOVERS and _MOVED_TO_REFUGE.match(lowered, end)
    left_there = named is None and not refuge and word in _LEAVERS and _CLAUSE_ENDS.match(lowered, end)
    if named is None and not refuge and not left_there:
        return None, None
    people = _MOVED_SUBJECT.search(lowered, max(0, start - 80), start)
    if people is None or not _capitalised(text, people, "nation"):
        return None, None
    if left_there:
        # "2,200 people from Madaya had left, ...": the place they left is the one their noun phrase names
        return (people, people) if people["origin"] else (None, None)
    return people, None if refuge and not (named and _capitalised(text, named)) else named


def _capitalised(text: str, found: re.Match, group: str | None = None, places: Set[int] | None = None) -> bool:
    """Whether the name a match found is capitalised in the text as written, a place when ``places`` (the offsets
    where places start) are given, and no institution; True when the match names none in ``group`` (or, with no
    group, in its place groups)."""
    for name in ((group,) if group else ("place", "left", "arrived", "boarded", "reached", "origin")):
        if name in found.re.groupindex and found[name]:
            start = found.start(name)
            named = places is None or start in places or (text[start - 4:start].lower() == "the " and start - 4 in places)
            return (text[start].isupper() and named
                    and not (group is None and _INSTITUTION.match(text, found.end(name))))
    return True


# The words that make a report without any word of forced movement (homes destroyed, people homeless,
# in shelters or with relatives): a housing noun or a state word, as substrings (so none holds another: "abrigo" finds
# "sin abrigo" too).
_SELF_EVIDENT = ("homes", "houses", "dwellings", "housing", "properties", "viviendas", "casas", "maison", "habitation", "domicilios", "moradias", "logements", "huts", "hutments", "shacks", "shanties", "jhuggis", "structures", "homeless",
                 "shelter", "refuge", "sought protection", "seek protection", "seeks protection", "seeking protection",
                 "found protection", "find protection", "finding protection", "refugio", "réfugi", "safety", " tents", "staying with", "living with",
                 "stay with", "stays with", "stayed with", "reception cent", "transit cent",
                 "collective cent", "accommodation cent", "relief cent", "welfare cent", "care cent", "moved in with", "moving in with", "hosted by", "roof", "outdoors", "sleeping out",
                 "slept out", "in the open", "sleeping rough", "slept rough", "put up in", "relief camp", "evacuation cent",
                 "accommodate", "lodged", "housed in", "housed at", "hosted in", "albergu", "albergad", "abrigo", "abrigad", "acolhid", "sem casa", "sem teto", "sem tecto", "sem lar", "héberg", "heberg", "sin hogar", "sin techo",
                 "sin vivienda", "sin casa", "relento", "intemperie", "centros de", "centro de", " tentes", "sans abri", "sans-abri", "desabrig", "displacement", "without a home", "camps",
                 "makeshift camp", "idp camp", "tent camp", "informal camp", "evacuee camp", "temporary camp", "temporary site",
                 "temporary settlement", "makeshift site", "makeshift settlement", "spent the night", "spend the night",
                 "spending the night", "slept in",
                 "sleep in", "sleeps in", "sleeping in", "in schools", "in churches", "in mosques", "in temples",
                 "in gymnasiums", "in gyms", "in stadiums", "yet to return", "yet to go", "able to return", "unable to go",
                 "not returned", "not yet returned", "cannot return", "can't return", "allowed to return",
                 "permitted to return", "not gone back", "no longer have a", "no longer has a", "nowhere to live",
                 "nowhere to stay", "nowhere else to",
                 "without home", "without a place",
                 "en abris", "abrit", "accueill", "hors de chez")


def _context_of() -> dict[str, tuple[re.Pattern, ...]]:
    """The context patterns each anchor calls for: an article holds few anchors, so the gate looks up the words
    it holds instead of testing every pattern's anchors."""
    patterns: dict[str, tuple[re.Pattern, ...]] = {}
    for anchors, pattern in _FORCED_CONTEXT:
        for anchor in anchors:
            patterns[anchor] = (*patterns.get(anchor, ()), pattern)
    return patterns


_CONTEXT_OF = _context_of()


def _literal_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in {*_FORCED_WORDS, *_SELF_EVIDENT, *_MOVERS, *(a for anchors, _ in _FORCED_CONTEXT for a in anchors)}:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


# Every gate substring above, found in one pass over the article (an ``in`` per substring was the
# slowest step of most articles: they hold none).
_LITERALS = _literal_automaton()


def _gate_words(lowered: str) -> tuple[set[str], list[tuple[int, str]]]:
    """The gate substrings a lowercased article holds, and where its movers (``_MOVERS``) start."""
    found = [(end - len(word) + 1, word) for end, word in _LITERALS.iter(lowered)]
    return {word for _, word in found}, [(start, word) for start, word in found if word in _MOVERS]


def _is_forced(text: str, lowered: str, present: set[str], movers: list[tuple[int, str]],
               places: Set[int] | None = None) -> bool:
    """Whether an article (``lowered``, lowercased), holding the gate substrings ``present`` and ``movers``, has a
    word of forced movement; ``places``: where its places start, when known."""
    if not present.isdisjoint(_FORCED_WORDS):
        return True
    if any(pattern.search(lowered) for pattern in {p for word in present for p in _CONTEXT_OF.get(word, ())}):
        return True
    return _moved_between_places(text, lowered, movers, places)


# States of being away from home ("on the move", "have not yet returned home", "unable to return"): no displacement
# on a trip of choice ("50 million Americans are on the move for Thanksgiving"), nor, unless the article says what
# drove people out, for travellers ("300 tourists have not yet returned home after the airline strike").
_AWAY = re.compile(r"\b(?:return\w*|go|gone)\b|on\s+the\s+move", _I)
TRAVELLERS = frozenset("tourists travellers travelers holidaymakers vacationers visitors passengers pilgrims fans spectators"
                       " delegates participants students volunteers campers hikers skiers guests crew athletes players".split())
_TRAVELLERS = re.compile(rf"\b(?:{'|'.join(sorted(TRAVELLERS))})\b", _I)
# People named as driven from their homes: those among them in hotels are sheltered there.
_DISPLACED_PEOPLE = re.compile(r"\b(?:survivors|evacuees|displaced|idps|refugees|homeless|(?:lost|losing)\s+(?:their|his|her)\s+"
                               r"(?:homes?|houses?)|whose\s+(?:homes|houses)|evacuated|fled)\b", _I)
_NEGATED = re.compile(
    r"(?:\b(?:not|never|no|n[ãaé]o|nunca|unable|refus\w*|forb\w*|prevent(?:s|ed|ing)?\b|barred|cannot|without)|n['’]t)"  # "não querem deixar", "can’t afford to flee"
    r"(?!\s+(?:fewer|less|more)\s+than\b)(?:\s+[\w'’-]+){0,3}\s*$"  # "no fewer than 500 fled" did flee
    r"|\b(?:should|ought\s+to)\s+have(?:\s+[\w'’,-]+){0,5}\s*$"  # "should have warned 300 residents to flee": it did not happen
    r"|\btoo\s+[\w'’-]+\s+to\s+$"  # "too frail to evacuate", "too late to flee": it was not done
    r"|\bdeclin(?:e|es|ed|ing)\s+to\s+$"  # "500 people declined to leave" stayed (not "levels declined and 300 left")
    # "who do not have the resources to evacuate", "lack the means to flee": they could not
    r"|\b(?:lack(?:s|ed|ing)?|(?:not|n't)\s+have|ha(?:ve|s|d)\s+no)\s+(?:the\s+|any\s+)?(?:[\w'’-]+\s+)?"
    r"(?:means|resources|money|transport(?:ation)?|ability|way)\s+to\s+$", _I)
#: People who move with their kin are counted as people, whatever the head noun ("hundreds of
#: fighters and their families", "rebels - along with their families -").
WITH_FAMILIES = re.compile(r"\s*\b(?:and|along\s+with|with)\s+(?:their\s+|his\s+)?"
                           r"(?:families|family\s+members|relatives|children|dependants)\b", _I)
GAP_WORDS = re.compile(r"[\w'’-]+")
# A separator inside a figure ("12,000") breaks nothing; a dash between spaces opens an aside ("fled onto the
# tarmac — identified as a los angeles resident").
_GAP_BREAK = re.compile(r"[;:!?()\"“”]|[.,](?!\d)|\s(?:[—–]|--)\s")
# People named by their nation, or by the people or faith they belong to: the groups wars and persecution
# drive out ("5,000 Yazidis fled to the mountain", "thousands of Kurds", "2,000 Christians fled Mosul"), also in
# Spanish, Portuguese and French plurals ("250.000 mexicanos", "hondureños", "Centrafricains", "Haïtiens"; not
# "chiens", nor English words ending alike: "remains", "expenses").
DEMONYM = re.compile(r"[a-z]{3,}(?:ians|ans|ese)$|[a-zéèñ]{3,}(?:anos|eños|cains|(?<!ch)iens)$|(?:iraq|israel|pakistan|somal|yemen|kuwait|saud|bangladesh|yazid|darfur)is$"
                     r"|^(?:rohingyas?|kurds|tutsis|hutus|tamils|hazaras|uy?ghurs|pashtuns|karens|kachins|turkmens?|roma"
                     r"|oromos?|amharas|fulanis?|christians|muslims|hindus|sikhs|jews|alawites|druze|copts|shiites|shias|sunnis|ismailis"
                     r"|baloch|berbers|tuaregs|bedouins?|dinkas?|nuers?|masalit|zaghawa"
                     # plurals no suffix above tells ("forced 100,000 Uzbeks from their homes", "evacuated 300 Britons";
                     # not "poles", a word as often)
                     r"|uzbeks|kazakhs|tajiks|kyrgyz|turks|arabs|serbs|croats|bosniaks|chechens|greeks|czechs|slovaks|thais"
                     r"|filipinos|nepalis|kukis|meiteis|nagas|spaniards|britons|swedes|danes|finns)$")
# People counted by the vehicle they are in: a plane emptied in an emergency, passengers moved to other flights or
# stranded in terminals are no displacement (the labelling rules of bench/figures_labelled.py); tourists are.
OCCUPANTS = frozenset("passengers crew".split())
# Passengers or travellers a vehicle brought in where the sentence speaks of an evacuation are evacuees, not a vehicle's occupants:
# "processed the first mass evacuations, with the arrival of 1,435 passengers from the islands", "evacuees: 300
# passengers who landed in Miami" (not "all 222 passengers were evacuated": a vehicle emptied, its own verb).
_ARRIVAL_OF_BEFORE = re.compile(r"\b(?:arrival|landing)\s+of\s+(?:(?:the|some|about|around|nearly|more\s+than)\s+)*$", _I)
_ARRIVED_AFTER = re.compile(r"\s+(?:including\s+(?:[\w'’-]+\s+){1,3}?)?(?:who\s+(?:had\s+|have\s+)?)?(?:arrived|landed|disembarked)\b",
                            _I)  # past whom they include: "100 passengers including Americans arrived in Doha"
# (an evacuation drill, exercise or plan is none: "150 passengers arrived in Doha after the evacuation drill")
_EVACUATION_WORD = re.compile(rf"\bevacu(?:ations?\b{NOT_A_PLAN}|ees?\b)", _I)


def evacuees_arriving(text: str, start: int, head_end: int) -> bool:
    """Whether the people counted from ``start`` to ``head_end`` of a sentence arrive in one about an evacuation."""
    return bool((_ARRIVAL_OF_BEFORE.search(text, max(0, start - 40), start) or _ARRIVED_AFTER.match(text, head_end))
                and _EVACUATION_WORD.search(text))


# People in custody: when they flee or escape it is an escape from custody ("the inmates jumped a jailer, then fled
# on foot"); evacuated from a flooded prison they are displaced.
IN_CUSTODY = frozenset("inmates prisoners detainees convicts".split())
# Movement words that say where people are, not where they left: they arrive, return, check in, are received or sheltered,
# seek asylum or register as refugees ("expects 800,000 migrants to arrive", "the return of 3,900 evacuees",
# "sheltered in schools", "sought shelter in a church", "given temporary accommodation in hotels", "hosted by relatives", "applied for asylum in Europe", "registered as refugees in Lebanon", "a refugee camp holding
# 44,000 people outside Adré": people a relief, refugee or displacement camp holds are where it is, as are people "in
# 37 camps in Erbil province").
ARRIVING = re.compile(r"arriv|disembark|return|land|turn|show|check|c[ao]me\s+ashore|made\s+it(?!\s+out)|influx|welcom|receiv|host"
                      r"|(?:(?:given|granted|offered|provided\s+with|seek(?:s|ing)?|sought|tak(?:e[ns]?|ing)|took|f(?:ind(?:s|ing)?|ound))\s+)?(?:(?:temporary|emergency|red\s+cross|evacuation|public|community)\s+)*"
                      rf"(?:shelter|accommodation|housing|lodging)|accommodated|lodged|housed|put\s+up|{SHELTER_CENTRES}|(?:relief|transit|refugee|displacement|idp|evacuee|evacuation)\s+camp"
                      r"|(?:(?:still|now|currently)\s+)?(?:in|at)\s+(?:[\w,-]+\s+){0,3}?camps\b"
                      r"|(?:appl|fil|lodg|claim|s(?:ought|eek))\w*\s+(?:for\s+)?asylum|registered\s+as", _I)
HEAD_TOKENS = re.compile(r"[\w'’]+(?:-[\w'’]+)*|[^\w\s]")
# After an active mover, an object that is not the counted people: another count, or a letter, a message ...
# What is sent or taken when it is not people: "sent an eight-page letter to the president".
THING_MOVED = re.compile(r"\s+(?:(?:an?|the|their|its|his|her)\s+(?:[\w-]+\s+){0,2}?(?:letter|message|statement|note|signal"
                          r"|team|delegation|request|report|bill|complaint|petition|aid|supplies|food|equipment|case)s?\b"
                          # relief sent without an article: "sending food, water, medical supplies to"
                          r"|(?:(?:emergency|medical|relief|humanitarian)\s+)?(?:food|water|medicines?|supplies|aid|blankets|equipment"
                          r"|relief|goods|fuel)\b(?!\s+(?:workers?|staff|officials|groups?|agenc\w+)))", _I)


def _fold(word: str) -> str:
    """The word without its accented letters, whichever was lost: "famílias", "famélias" -> "famlias"."""
    return "".join(ch for ch in word if ch.isascii())


_FOLDED_UNITS = {_fold(word): unit for word, unit in UNITS.items() if not word.isascii()}


def unit_of(word: str) -> str | None:
    """The unit of a lowercased head noun, also with an accented letter lost upstream ("fam\ufffdlias").

    >>> unit_of("residents"), unit_of("famélias"), unit_of("buses")
    ('people', 'families', None)
    """
    return UNITS.get(word) or _FOLDED_UNITS.get(_fold(word))


# The displacement family (the loose reading's test, ``displacement_word``): a movement verb or state of a
# term of displacement (evacuate, displace, flee, relocate, deport, cross, take shelter or refuge, homeless, lost
# their homes ... in any language ``MOVEMENT`` reads), or people's homes destroyed, people leaving or taken or
# forced from their homes, or living in camps. Nouns ("the evacuation", "evacuees") name a topic, not what the counted
# people did; a return, a withdrawal and a generic move ("moved to", "transferred") say nothing of displacement.
_DISPLACEMENT_TERMS = frozenset({"evacuated", "displaced", "fled", "relocated", "deported", "crossed", "sheltered",
                                 "homeless"})
_GENERIC_MOVE = re.compile(r"mov|shift|transfer|transport", _I)
_DISPLACED_BESIDES = re.compile(
    rf"""\b(?:(?:their|whose)\s+{DWELLINGS}\s+(?:(?:were|was|had|have|has|been|being)\s+){{0,2}}(?:{DESTROYED})
    | (?:(?:forc|driv|drove|chas|push|evict|expel|tak|took|flush|remov|pull|uproot)\w*\s+(?:[\w,'’-]+\s+){{0,3}}?
         (?:from|out\s+of)|leav(?:e|es|ing)|left|abandon(?:s|ed|ing)?)\s+their\s+(?:{DWELLINGS}|villages?|towns?|lands?)
    | in\s+camps
    | (?:forc|compel|oblig)\w*\s+to\s+(?:leave|flee|move|abandon|evacuate))\b""", _I | re.VERBOSE)
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|beside|behind|opposite|around|next\s+to|close\s+to)\s+(?:the\s+|an?\s+)?$", _I)
_THE_BEFORE = re.compile(r"\bthe\s+$", _I)
#: Verbs of making or supplying shelter (their stems): those who do it are not in the shelters.
MAKING_SHELTER = r"(?:build|built|construct|erect|set\s+up|open|provid|suppl|deliver|distribut|fund|repair|equip)"
_MADE_BEFORE = re.compile(rf"\b{MAKING_SHELTER}\w*\s+(?:(?:the|new|more|temporary|emergency|[\d,]+)\s+)*$", _I)
_DESCRIBES = re.compile(r"\s+(?:[\w-]+\s+)?(?:people|persons|residents|civilians|families|households|villagers|children"
                        r"|women|men|migrants|refugees|evacuees|individuals)\b", _I)


def displacement_word(text: str, start: int, end: int) -> re.Match | None:
    """The first word of the displacement family in ``text[start:end]``, not negated and not a participle
    describing other people ("a meeting for displaced residents").

    >>> displacement_word("rescuers pulled 45 people out as residents fled", 0, 47).group()
    'fled'
    >>> displacement_word("40 people who refused to evacuate attended a meeting for displaced residents", 0, 76) is None
    True
    >>> displacement_word("150 families whose houses were washed away", 0, 42).group()
    'whose houses were washed away'
    """
    words = [m for m in MOVEMENT.finditer(text, start, end)
             if not (m["noun"] or m["housing"]) and term_of(m.group()) in _DISPLACEMENT_TERMS
             and not _GENERIC_MOVE.match(m.group())]
    words += _DISPLACED_BESIDES.finditer(text, start, end)
    for word in sorted(words, key=lambda m: m.start()):
        if _NEGATED.search(text, max(0, word.start() - 50), word.start()):
            continue
        if word.group().lower().endswith(("ed", "ing")) and (_DESCRIBES.match(text, word.end())
                                                             or _THE_BEFORE.search(text, max(0, word.start() - 5), word.start())):
            continue  # "a meeting for displaced residents", "shelters for the displaced": other people, named
        if _NEAR_BEFORE.search(text, max(0, word.start() - 20), word.start()):
            continue  # "a brawl ... near the evacuation centre": a shelter as a landmark, no one in it
        if _MADE_BEFORE.search(text, max(0, word.start() - 30), word.start()):
            continue  # "hired to build shelters for the displaced": shelters made, no one in them
        return word
    return None


def sentence_movements(sentence: str, forced: bool = True) -> list[re.Match]:
    """The movement words of a sentence that are not negated; in an article with no word of forced
    movement (``forced`` False) only destroyed housing and the states displacement leaves people in, which need no
    such word, but not those of travellers ("200 pilgrims spent the night in the mosque"); being away from home
    (``_AWAY``) is none on a trip of choice."""
    return [m for m in _movement_matches(sentence)
            if (forced or m["housing"] or m["state"]) and not _NEGATED.search(sentence, max(0, m.start() - 50), m.start())
            and not (m["state"] and ((_AWAY.search(m["state"]) and _CHOSEN_TRIP.search(sentence))
                                     or (not forced and _TRAVELLERS.search(sentence))))
            and not (m["hotel"] and not _hotel_refugees(sentence, m.start()))]


def _hotel_refugees(sentence: str, at: int) -> bool:
    """Whether the people staying in hotels before ``at`` are named as driven from their homes ("2,000 survivors of the
    fire are staying in hotel rooms"): a hotel's guests, tourists or visitors are no displacement."""
    before = sentence[max(0, at - 120):at]
    return bool(_DISPLACED_PEOPLE.search(before)) and not _TRAVELLERS.search(before)


def _movement_matches(sentence: str) -> Iterable[re.Match]:
    """``MOVEMENT.finditer(sentence)``, each word found by the fast scan then matched again where it
    starts in the sentence as written (for its words as written)."""
    again = (MOVEMENT.match(sentence, m.start()) for m in _scan(sentence, sentence.lower(), MOVEMENT, _MOVEMENT_LOWERCASE))
    return [m for m in again if m is not None]  # none when a name the lowercased scan took for one is none as written


def _scan(text: str, lowered: str, anycase: re.Pattern, lowercase: re.Pattern) -> Iterator[re.Match]:
    """``anycase.finditer(text)``, or the same matches (offsets, not words) by a case-sensitive scan of
    ``lowered`` with ``lowercase``, several times faster (the engine skips an alternative on its first
    letter only when case counts). That holds when lowercasing kept every offset and the text has no
    dotless i or long s, which match "i" and "s" only ignoring case."""
    if len(lowered) == len(text) and "ı" not in text and "ſ" not in text:
        return lowercase.finditer(lowered)
    return anycase.finditer(text)


def gap_ok(gap: str, limit: int = 7) -> bool:
    return not _GAP_BREAK.search(gap) and len(GAP_WORDS.findall(gap)) <= limit


# Official Latin American tallies (Chile's MINVU, Peru's INDECI, Ecuador's SGR, Colombia's UNGRD) count two tiers:
# "damnificados" lost their home or livelihood (IDMC's homeless), "afectados" were only touched. A text that also
# counts "afectados" apart ("12.000 damnificados y 49.000 afectados", "8.000 viviendas afectadas") uses the official
# sense (a lost letter reads as "é": "60 viviendas est\ufffdn afectadas"); elsewhere the press uses the word loosely (affected) ...
_AFFECTED_COUNTED = re.compile(
    r"\d[\d.,]*(?:\s+mil(?:\s+\d+)?|\s+mill[oó]n(?:es)?)?\s+(?:(?:personas|familias|habitantes|pobladores|viviendas|casas"
    r"|fueron|resultaron|han|sido|quedaron|se|vieron|est[áaé]n)\s+){0,3}afectad[oa]s\b|\bafectad[oa]s\s*:\s*\d"
    # ... or the verb's tiers: "han afectado a 10.880 familias y damnificado a otras 5.133"
    r"|\bafect(?:ado|ó|aron)\s+a\s+(?:(?:unas|unos|otras|otros|m[áa]s\s+de|cerca\s+de)\s+)?\d", _I)
_UPPER_TIER = re.compile(r"\bdamnificad(?=[oa]s\b|o\s+a\s)", _I)
# ... unless their own clause says they lost their homes ("familias damnificadas, que perdieron sus casas").
_UPPER_TIER_HOMES_LOST = re.compile(
    r"\bdamnificad(?=[oa]s\b[^.;:\d]{0,60}?\b(?:perd(?:ieron|ido|i[óé])\s+(?:sus?|la|las)\s+(?:viviendas?|casas?|hogar(?:es)?)"
    r"|sin\s+(?:hogar|techo|vivienda|casa)))", _I)


def upper_tier_homeless(text: str) -> str:
    """``text`` with the official upper tier, "damnificados", read as the homeless "desabrigados" (a word of the same
    length: offsets stay) where the text tells the tiers apart or their clause says they lost their homes.

    >>> upper_tier_homeless("Hubo 3.400 damnificados y 15 mil afectados.")
    'Hubo 3.400 desabrigados y 15 mil afectados.'
    >>> upper_tier_homeless("Hubo 3.400 damnificados en la región.")
    'Hubo 3.400 damnificados en la región.'
    >>> upper_tier_homeless("Han afectado a 900 familias y damnificado a otras 300.")
    'Han afectado a 900 familias y desabrigado a otras 300.'
    """
    if "damnificad" not in text.lower():
        return text
    tier = _UPPER_TIER if _AFFECTED_COUNTED.search(text) else _UPPER_TIER_HOMES_LOST
    return tier.sub(lambda m: "DESABRIGAD" if m.group().isupper() else "Desabrigad" if m.group()[0].isupper()
                    else "desabrigad", text)


def movement_words(text: str, places: Set[int] | None = None) -> tuple[bool, list[tuple[int, str]]]:
    """Whether the article has a word of forced movement, and where its movement words start (with
    the words); without forced movement only destroyed housing and homelessness count. ``places``: the offsets
    where the article's places start (people moved between places then need one of them).

    The whole text is scanned once, lowercased when that finds the same words (``_scan``).
    """
    lowered = text.lower()
    present, movers = _gate_words(lowered)
    forced = _is_forced(text, lowered, present, movers, places)
    if not forced and present.isdisjoint(_SELF_EVIDENT):
        return False, []  # most articles: one cheap scan and done
    if forced:  # a bare entry's name checked as written
        found = [m for m in _scan(text, lowered, MOVEMENT, _MOVEMENT_LOWERCASE)
                 if not m["bare_entry"] or MOVEMENT.match(text, m.start())]
    else:  # only housing and state words can report: a smaller scan
        found = _scan(text, lowered, _HOUSING_OR_STATE, _HOUSING_OR_STATE_LOWERCASE)
    return forced, [(m.start(), text[m.start():m.end()]) for m in found]
