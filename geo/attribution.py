"""Attribution: the source a sentence credits (``source_of``), never the outlet.

Rules:

- **Source**: "X said/says/reported/is reporting/put the number/tells us ...", "X data/figures show" (also after an opening phrase of place or
  time: "In Dhubri, officials said ...", "By Thursday evening, the government said", or a live blog's time stamp:
  "10:02 - UNHCR says"; an adverb is the verb's: "UNHCR
  also said"; a headline's topic label or clause is no part of X: "Sudan war: IOM says", "... as UNRWA says"; a
  headline's colon tail naming a body is X: "Nearly 40,000 displaced in flood-hit Libya: UN agency"),
  "..., X said" (a day after the verb is no X: "..., the agency reported Saturday"; nor is "that": "..., said that ..." opens
  what was said, after a speaker described at length: "Ana Ruiz, the officer for the county's health department, said
  that ..."), "according to X", "..., per X"
  (an initial's full stop does not end X: "the U.N. agency"; a report of X, or its figures, are X's: "Per a recent report from the
  IOM, ...", "according to figures from the UN aid office"), "X, ..., telling reporters"; a quotation left open is credited where the next sentence closes it
  ('"... Tobruk (1,320 individuals). ... relatives," the IOM added': ``quoted_source``); "It said" (or
  they) takes the previous sentence's source, "He said" (or she) that or else the last one named before. The outlet is another thing: the input's, else the
  agency of a wire dateline ("BEIRUT (AP) —"), whose full date also stands in for a missing publication
  date and whose place does not vote for the article's place. Leading articles and hyphenated qualifiers
  ("the UK-based", "state-run", "Opposition-affiliated", "state news agency") and trailing descriptors ("monitoring group",
  "news agency", "activist group") are dropped.
"""
from __future__ import annotations

import re

from geo.dates import WEEKDAYS
from geo.tables import LIST_MARKS
from geo.vocabulary import MOVEMENT

_I = re.IGNORECASE

# A perfect tense's auxiliary belongs to the verb, not to the speaker ("the ministry has said"), and so does an
# adverb ("UNHCR also said"). "Added" and an object is no saying ("the airline added extra flights"); nor is the
# figure's "an estimated" ("the order pushed an estimated 250,000 people"), nor a passive "are estimated" (the figure's
# own hedge: "several hundred people are estimated to have fled" names no one who estimated); nor is a disaster that
# "claimed 324 lives" (its toll: "the floods have claimed the lives of 40", not "the army claimed 5,000 had fled").
_SAY = (r"(?:(?:also|further|later|earlier|separately|previously)\s+)?(?:(?:has|have|had)\s+(?:also\s+)?)?(?:said|says|say|reported|reports|report|put\s+the\s+(?:number|figure|toll|total)|is\s+reporting|are\s+reporting|was\s+reporting|stated|announced"
        r"|added(?!\s+(?!(?:that|on|in|at|from)\b)(?-i:[a-z]))|(?<!\ban\s)(?<!\bare\s)(?<!\bis\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)estimated|estimates|claimed(?!\s+(?:the\s+lives\b|(?:[\w,]+\s+){1,3}?lives\b))|confirmed"
        r"|(?:told|tells|tell)\s+[\w ]{2,30}?"  # live blogs and bulletins tell in the present: "officials tell us"
        r"|(?:data|figures|statistics)\s+(?:show|shows|showed|indicate|indicates|indicated))")  # "UNHCR data showed"
# A phrase of place or time may open the sentence before the speaker ("In Dhubri, local officials said ...",
# "On Monday, the ministry reported ...", "By Thursday evening, the government said ...", "Inside Lebanon, ...").
_OPENER = (r"(?:(?:in|on|at|across|since|after|earlier|later|meanwhile|separately|elsewhere|overnight|by|inside|outside"
           r"|within|during|late|early|last)\b[^,\d]{0,50},\s+)?")
# A live blog's entry opens with its time ("10:02 - UNHCR says ...", "[14.30 GMT] The ministry said ...").
_TIME_STAMP = (r"(?:\[?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|BST|CES?T|E[SD]T|P[SD]T|local\s+time))?"
               r"\s*(?:\]\s*|[-—–|:]\s+))?")
# The day a source said it, after the verb ("..., the agency reported Saturday."): no speaker.
_DAY = rf"(?:{'|'.join(WEEKDAYS)}|today|yesterday|tonight)"
# (an apposition may be long: "Ana Ruiz, the public information officer for the Lake County Department of Health, said")
_SOURCE_LEADING = re.compile(rf"\s*{_TIME_STAMP}{_OPENER}(?P<src>[^,]{{2,80}}?)(?:,\s*[^,]{{2,100}},)?\s+{_SAY}\b", _I)
# After the verb of saying a clause may go on ("..., the United Nations said, ending weeks of siege", "..., the
# minister said, far short of the 6,000 hoped for").
_SOURCE_TRAILING = re.compile(
    rf",\s*(?P<src>[^,]{{2,80}}?)(?:,\s*[^,]{{2,60}},)?\s+{_SAY}(?:\s+(?:(?:on|from|in|at)\s+[\w\s]{{1,30}}|{_DAY}))?"
    r"(?:,\s*[^\"”]{0,200})?\s*[.!?\"”'’]*\s*$", _I)
# After the name an apposition may describe the speaker ("..., said Jan Egeland, the U.N. adviser for Syria."); "said
# that" opens what was said, no name ("Ana Ruiz, an officer, said that 200 are staying at a church, a shelter").
_SOURCE_INVERTED = re.compile(r",[\"”'’]?\s*(?:said|says|reported)\s+(?!that\b)(?P<src>[^,]{2,80}?)(?:,\s*(?:an?|the|who)\s+[^\"”]{2,120})?"
                              r"\s*[.!?\"”'’]*\s*$", _I)
# The subject of a sentence that goes on telling or saying: "Turkey's foreign minister, Mevlut Cavusoglu, put the
# number higher, telling reporters that ..." (not "Residents fled the city, saying ...": a movement between).
_SOURCE_TELLING = re.compile(r"\s*(?P<src>[^,]{2,80}?)(?:,\s*[^,]{2,60},)?\s+(?P<between>[^,]{2,80}),\s*(?:telling|saying)\b", _I)
# A full stop ends the source unless it closes an initial ("according to the U.N. refugee agency"); lower-cased text
# writes them in lower case ("according to the u.n. refugee agency"), and a run of them before a capital or at the
# end ends the source there (the sentence ends with it: "according to the u.n. It's ..."), whole, never cut to "u".
# A report of a body, or its figures, are the body's: "according to a recent report from the IOM", "according to
# figures from the UN aid office".
_REPORT_OF = (r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:report|statement|update|assessment|bulletin|figures|data|statistics"
              r"|estimates)\s+(?:from|by|of)\s+")
_SOURCE_ACCORDING = re.compile(
    r"(?:\baccording\s+to|,\s+per(?=\s+(?-i:[A-Z]))|^\s*(?-i:Per)(?=\s+(?:(?-i:[A-Z])|(?:an?|the)\s)))\s+(?:" + _REPORT_OF + r")?(?P<src>(?:(?<![^\W\d_])(?-i:[A-Z])\.|(?<![^\W\d_])(?:(?-i:[a-z])\.){2,}(?=\s+(?-i:[a-z]))|(?!(?<![^\W\d_])\w\.)[^,.;:]){2,80}"
    r"(?:(?<![^\W\d_])(?:(?-i:[a-z])\.){2,})?)", _I)
# A live blog's or bulletin's entry may credit its source as a colon head ("12:30 - UNICEF: more than 700,000 people have
# been displaced", "Regional governor's office: 1,200 evacuated"): a body named by an organisation word, or an acronym
# after a time stamp; a table's place head ("Hatay: 1,200") names none.
_SOURCE_COLON = re.compile(rf"\s*(?P<stamp>{_TIME_STAMP})(?P<src>[^:,.;\d]{{2,60}}?)\s*:\s+\S", _I)
_BODY = re.compile(r"\b(?:ministry|agency|office|government|authorit(?:y|ies)|police|army|military|officials?|spokes(?:man|woman|person)"
                   r"|governor|mayor|council|committee|red\s+(?:cross|crescent)|society|organi[sz]ation|commission(?:er)?"
                   r"|department|directorate|presidency|secretariat|minister|U\.?N\.?)\b", _I)
_ACRONYM = re.compile(r"(?!(?:UPDATE|ALERT|LATEST|NOTE|LIVE|WATCH|FLASH|NEW|URGENT)$)(?-i:[A-Z]{3,6})")  # not a bulletin's label
_PRONOUN = re.compile(r"(?:it|he|she|they)$", _I)
# What may stand around a source and is no part of it: quotes, a dash, a list's mark.
_AROUND_SOURCE = " \"“”'’—" + LIST_MARKS
# Not a speaker: a lone letter (a name cut short), a phrase of place or time opening the sentence ("In Goma, the number
# ... may be 2,000, said an official": ``_OPENER``'s, the speaker after the verb), a figure's hedge, a pronoun or conjunction, or the adjective of
# figures that show something ("Official figures show", "the latest figures showed"; "an official said" is one), or a
# verb of saying ("..., said that cases were confirmed at ...": what was said).
_NOT_A_SOURCE = re.compile(
    rf"^\w?$|^(?:in|on|inside|outside|across|within|during|since|after)\s+(?-i:[A-Z])|^(?:on\s+)?{_DAY}$|^(?:per|according\s+to)\s|^(?:an?|the|some|about|around|nearly|roughly|over)$|^(?:the\s+)?(?:latest|new|preliminary|provisional)$|^official$|^(?:which|whom|who|him|her|them|this|that|these|those|we|i|you|but|and|or|so|because|if|when|while|as|said|says|told)\b"
    r"|\b(?:they|we|i|whom|them)\b|\d", _I)  # "many of whom said", "most of them said"
_SOURCE_PREFIX = re.compile(
    r"^(?:\([^)]*\)\s*(?:[-—–]+\s*)?|[^()]{1,40}\([^)]*\)\s*[-—–]+\s*|(?:the|a|an)\s+|sources?\s+(?:with|close\s+to|from|in|at)\s+|[\w]+-(?:based|run|owned|affiliated|backed"
    r"|linked|funded|controlled|aligned)\s+|(?:monitoring|activist)\s+group\s+"
    r"|(?:(?:state|official|national)\s+)?(?:news|press)\s+agency\s+)", _I)  # "state news agency SANA": SANA
# A headline's topic label or clause before the speaker is no part of it: "Sudan war: IOM says ...", "Israel orders
# evacuations in northern Gaza as UNRWA says ..." (not "as well as").
_CLAUSE_BEFORE_SOURCE = re.compile(r"^[^:]{1,40}:\s+|(?<!well)\s+(?:as(?!\s+well\b)|while|whereas|because)\s+", _I)
_SOURCE_SUFFIX = re.compile(
    r"\s+(?:monitoring\s+group|war\s+monitor|monitor|activist\s+group|news\s+agency|watchdog)$|['’]s?(?:\s+statement)?$", _I)


#: What ``source_of`` answers for a pronoun: "it" or "they" (the source of the sentence before) or "he" (else the last
#: speaker).
PRONOUNS = frozenset({"it", "they", "he"})
# Bodies named in the plural, whom "they" can stand for but "it" cannot: '"..." according to authorities. ..., it said'
# is the agency quoted before them.
_PLURAL_BODIES = frozenset("""authorities officials sources residents witnesses activists rescuers workers volunteers medics
    doctors survivors locals leaders organizers organisers agencies groups ministries governments police""".split())


def plural_body(source: str) -> bool:
    """Whether a source is named in the plural, so no "it" stands for it.

    >>> plural_body("local authorities"), plural_body("United Nations"), plural_body("IOM")
    (True, False, False)
    """
    words = source.split()
    return bool(words) and words[-1].lower() in _PLURAL_BODIES


def source_of(sentence: str) -> str | None:
    """Who the sentence credits, without leading articles, qualifiers or trailing descriptors.

    ``"it"`` or ``"they"`` means the source of the sentence before; ``"he"`` (or she) that, else the last person or
    body named before it (``find_reports``): "He said" follows a speaker across a sentence that names none.

    >>> source_of("The UK-based Syrian Observatory for Human Rights said 12,000 will leave.")
    'Syrian Observatory for Human Rights'
    >>> source_of("The Homs Media Center, an activist group, is reporting that 2,000 have left.")
    'Homs Media Center'
    >>> source_of("Up to 20,000 will have left, the British-based Syrian Observatory for Human Rights monitoring group says.")
    'Syrian Observatory for Human Rights'
    >>> source_of("About 900 people left the camp on Sunday, said Ana Ruiz, a spokeswoman for the Red Cross.")
    'Ana Ruiz'
    >>> source_of("Some 60 families were moved out, the agency said, ending a week of waiting.")
    'agency'
    >>> source_of("It said the first 1,500 people will be evacuated next week.")
    'it'
    >>> source_of("Both sides signed the deal according to which fighters will leave") is None
    True
    """
    for pattern in (_SOURCE_LEADING, _SOURCE_TRAILING, _SOURCE_INVERTED, _SOURCE_ACCORDING, _SOURCE_TELLING):
        match = pattern.match(sentence) if pattern in (_SOURCE_LEADING, _SOURCE_TELLING) else pattern.search(sentence)
        if match is None or (pattern is _SOURCE_TELLING and any(m["verb"] for m in MOVEMENT.finditer(match["between"]))):
            continue
        source = match["src"].strip(_AROUND_SOURCE)
        if _PRONOUN.fullmatch(source):
            return {"she": "he", "he": "he", "they": "they"}.get(source.lower(), "it")
        if _NOT_A_SOURCE.search(source) or any(m["verb"] for m in MOVEMENT.finditer(source)):
            continue
        source = _CLAUSE_BEFORE_SOURCE.split(source)[-1]
        while (prefix := _SOURCE_PREFIX.match(source)) and prefix.end() < len(source):
            source = source[prefix.end():]
        if (suffix := _SOURCE_SUFFIX.search(source)) and suffix.start() > 0:
            source = source[:suffix.start()]
        return source
    return _colon_head(sentence) or _colon_tail(sentence)


# A clause set against the one before ("..., while Turkey said the figure had passed 20,000") may credit a source of
# its own for the figures in it.
_CONTRASTING_CLAUSE = re.compile(r",\s+(?:while|whereas)\s+", _I)


def clause_source(sentence: str, start: int) -> str | None:
    """The source credited by the contrasting clause holding the figure at ``start``, if that clause names one.

    >>> text = "The UN said 15,000 had left since Thursday, while Turkey said the figure had passed 20,000."
    >>> clause_source(text, text.index("20,000")), clause_source(text, text.index("15,000"))
    ('Turkey', None)
    >>> text = "About 6,000 left on Monday, while 300 stayed behind."
    >>> clause_source(text, text.index("300")) is None
    True
    """
    clauses = [m for m in _CONTRASTING_CLAUSE.finditer(sentence, 0, start)]
    if not clauses:
        return None
    return named_source(sentence[clauses[-1].end():])


def named_source(sentence: str) -> str | None:
    """The source a sentence names itself: ``source_of``, with no pronoun standing for another sentence's."""
    source = source_of(sentence)
    return None if source in PRONOUNS else source


_OPENS_QUOTE = re.compile(r"\s*[\"“]")
_CLOSES_QUOTE = re.compile(r"[,.!?]?[\"”]\s+\S")


def quoted_source(sentence: str, following: str) -> str | None:
    """The source credited where the quotation ``sentence`` opens and leaves open is closed, in the sentence
    ``following`` it, if that names one.

    >>> quoted_source('"Some 900 people moved to Kassala.', 'Most stay with relatives," the agency added.')
    'agency'
    >>> quoted_source('"Some 900 people moved to Kassala," a farmer said.', 'Most stay with relatives, the agency added.') is None
    True
    """
    marks = sum(sentence.count(q) for q in "\"“”")
    if _OPENS_QUOTE.match(sentence) is None or marks % 2 == 0 or _CLOSES_QUOTE.search(following) is None:
        return None
    return named_source(following)


# A headline may credit its source after a colon at its end: "Nearly 40,000 displaced in flood-hit Libya: UN agency".
_SOURCE_COLON_TAIL = re.compile(r":\s+(?P<src>[^:,.;\d]{2,40}?)\s*$")


def _colon_tail(sentence: str) -> str | None:
    """The body a colon tail credits (``_SOURCE_COLON_TAIL``: an organisation word or an acronym), or None.

    >>> _colon_tail("Nearly 40,000 displaced in flood-hit Libya: UN agency")
    'UN agency'
    >>> _colon_tail("Floods displace 40,000 in two provinces: Hatay and Adana") is None
    True
    """
    match = _SOURCE_COLON_TAIL.search(sentence)
    return None if match is None else _a_body(match["src"], acronym=True)


def _colon_head(sentence: str) -> str | None:
    """The source a colon head credits (``_SOURCE_COLON``), or None.

    >>> _colon_head("09:15 - OCHA: some 40,000 people have fled Kidal.")
    'OCHA'
    >>> _colon_head("Hatay: 1,200 people evacuated.") is None
    True
    """
    match = _SOURCE_COLON.match(sentence)
    source = None if match is None else _a_body(match["src"], acronym=bool(match["stamp"]))
    return None if source is None else _SOURCE_PREFIX.sub("", source, count=1)  # the pattern is anchored at the start


def _a_body(words: str, acronym: bool) -> str | None:
    """``words`` without what stands around a source, when they name a body: an organisation word, or (``acronym``)
    letters alone ("OCHA"); else None."""
    source = words.strip(_AROUND_SOURCE)
    return source if _BODY.search(source) or (acronym and _ACRONYM.fullmatch(source)) else None
