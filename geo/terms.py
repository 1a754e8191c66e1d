"""The kind of movement a report states (its ``term``), from the words the article uses.

Terms: evacuated, displaced, fled, relocated, withdrew, deported, returned, crossed (a border),
sheltered (in shelters, relief camps, evacuation centres; people who checked in there), homeless (left homeless, lost their
homes, apartments or trailers, sleeping in their cars) and "destroyed housing" (homes destroyed: IDMC counts each as one displaced household).

A specific word names its term ("evacuated", "fled", "IDPs", "were forced from their homes").
Generic words of movement (left, departed, headed to, arrived, buses, took to) say only that
people moved; they take the term of the sentence's specific word, else the article's most
frequent specific term (an article about an evacuation calls its departures evacuations), else
``DEFAULT``.

>>> term_of("were evacuated"), term_of("fled"), term_of("IDPs"), term_of("pulled out")
('evacuated', 'fled', 'displaced', 'withdrew')
>>> term_of("left") is None
True
"""
from __future__ import annotations

import re
from collections import Counter

TERMS = ("evacuated", "displaced", "fled", "relocated", "withdrew", "deported", "returned", "crossed",
         "sheltered", "homeless", "destroyed housing")
#: The term of a movement no word of the article names (it passed the forced-movement gate).
DEFAULT = "displaced"
#: The terms of where people are (in shelters, camps, without a home), not of leaving or coming.
STAYING = frozenset({"sheltered", "homeless"})

# Checked in order: the first pattern found in the word(s) gives the term.
_SPECIFIC = tuple((term, re.compile(pattern, re.IGNORECASE)) for term, pattern in (
    # leaving the camps to go home ends a displacement: before shelter's "camps"
    ("returned", r"^(?:left|leav\w*)\s+(?:the|their)\s+(?:[\w'’-]+\s+){0,3}?(?:camps?|sites?|settlements?|cent(?:re|er)s?)\b"),
    # displaced people staying out of the centres: before "living outside" (homeless) and the centres (sheltered)
    ("displaced", r"outside\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?cent(?:re|er)s?\b"),
    ("destroyed housing", r"destr|d[ée]trui|collaps|raz(?:ed|ing|es)|flatten|bulldoz|(?:washed|swept|washing|sweeping)\s+away|wip(?:ed|ing)\s+out|bur(?:ied|ying|ies)|gutt|burn(?!(?:ed|t)\s+out$)|torch|\bguts\b|ablaze|on\s+fire|fire\s+to$|alight"
                          r"|consumed|demolish|reduced\s+to|(?:totally|completely|fully)\s+damaged|level+(?:ed|ing)"
                          r"|colaps|effondr|croul|inhabitab|lost$|arrasad|sepultad|derrumbad"),
    ("homeless", r"homeless|no\s+longer\s+ha\w+\s+(?:a\s+)?(?:home|roof|place)|nowhere\s+(?:else\s+)?to|(?:lost|losing)\s+(?:\w+\s+)?(?:home|house|dwelling|apartment|flat|trailer|residence|hut|shack)"
                 r"|without\s+(?:a\s+)?(?:home|shelter|housing|roof|place\s+to)|in\s+(?:their\s+)?(?:cars|vehicles)"
                 r"|(?:sle\w+|liv\w+|camp\w*(?:\s+out)?|spen\w+\s+(?:\w+\s+){1,2}nights?)\s+(?:outdoors|outside|in\s+the\s+open|rough|along|beside|by|on|in\s+(?:[\w'’-]+\s+){0,3}?(?:parks?|yards?|gardens?|fields?)\b)|perdi\w*\s+(?:sus?|las?)\s|perdu\s+(?:leurs?|sa|son)\s|perd(?:eram|eu|ido|essem|erem)\s+(?:as\s+|a\s+)?suas?\s|sin\s+(?:hogar|techo|abrigo|vivienda|casa)|relento|intemperie|sem\s+(?:casa(?!\s+pr[óo]pria)|teto|tecto|abrigo|lar)|sans.abri|desabrigad"),
    ("sheltered", r"shelter|camps?\b|(?:remain\w*|stay\w*|liv\w+|resid\w+)\s+(?:in|at|inside|within)\s|(?<!re)settlements?|sites?\b|(?:nights?|sle\w+)\s+in\s|relief\s+camp|(?:evacuation|transit|reception|collective|safety|relief|welfare|care)\s+cent|accommodat|(?:given|granted|offered|provided\s+with)\s+(?:\w+\s+)?(?:homes|housing)|lodged|housed|hosted|(?:put|placed)\s+in|(?:temporary|emergency)\s+housing|(?:staying|living)\s+with|moved\s+in\s+with|taken\s+in\s+by|tents|tentes|put\s+up|holed\s+up|check\w*\s+in|refuge\b|se\s+(?:han\s+)?refugi|refugiad[oa]s|sanctuary|protection|r[ée]fugi[ée]|albergue|albergad|abrig|acolh|centros?\s+de\s+(?:aloj|acomod|acolh|tr[âaé]nsito)|ref[uúé]gio|h[ée]berg|abrit|accueill|\babris\b|entass"),
    # "airlifted out of Kabul": flown out of danger (so "extracted" out of it); "ordered out" as "ordered to leave"
    ("evacuated", r"[ée]vacu|\bvacat|retirad|\b(?:re)?tir(?:ar|aram|ou|am)\b|airlift|extract|order\w*\s+out\b"),
    ("displaced", r"displac|(?:burn(?:ed|t)|bomb(?:ed)?|shell(?:ed)?|smoked)\s+out$|on\s+the\s+move|(?:\bnot|n't|cannot|unable|\byet)\s+(?:\w+\s+){0,3}?(?:return|go)|k(?:ept|eeps?|eeping)\b|evict|remov|\bsack|desplaz|d[ée]plac|desloc|idps?\b|desalojad|fora\s+de|d[ée]racin"),
    ("fled", r"\bfle[ed]|flee|\br[au]n(?:s|ning)?\b|\bflight\b|exile|safety|asylum|for\s+their\s+lives|escap|exodus|outflow|forc|driv|drove|push|chas|uproot|refugee|abandon|desert|\bhid(?:e|es|ing|den)?\b|scatter|\bfui|\bfuy|\bhu[yií]|\bfug(?:iram|iu|indo|ir)|\bsal(?:ir|ieron|i[óo]|iendo)\b|\bsa(?:[íié]ram|iu|ir|indo)\b"),
    ("withdrew", r"withdr|pull"),
    ("deported", r"deport|expel"),
    ("returned", r"return|repatriat|\bsen(?:d|ds|ding|t)\s+back\b"),
    ("crossed", r"cross|\benter|\bentries\b|\bpass\w*\s+through\b"),  # "entered Chad through the Adre crossing": a border crossed
    ("relocated", r"relocat|resettl|transf[ée]r|transport|shift|trasladad|reubic|relog|relocalis|mov(?:e|ed|es|ing)\b|buss?ed|ferried|put\s+on\s"),
))


def term_of(words: str) -> str | None:
    """The term a movement word names, or None for a generic one ("left", "arrived").

    >>> term_of("were forced from their homes"), term_of("homes were destroyed"), term_of("relocated")
    ('fled', 'destroyed housing', 'relocated')
    """
    for term, pattern in _SPECIFIC:
        if pattern.search(words):
            return term
    return None


# Terms of people leaving that say more than ``DEFAULT`` does about how they left; one movement told twice may
# be "displaced" in one telling and any of these in the other ("Floods displace 4,000", then "4,000 fled").
_LEAVING = ("fled", "crossed", "evacuated", "relocated")
# Pairs of specific terms one movement may take, the second saying more: people fleeing across a border fled
# and crossed.
_NARROWER = {("fled", "crossed")}


def same_movement(term: str, other: str) -> bool:
    """Whether two terms may tell one movement at different precision: the same term, the generic ``DEFAULT``
    with a term of people leaving, or fled with crossed; never two movements (evacuated and returned) nor
    a movement and what it left (homes destroyed, people sheltered or homeless).

    >>> same_movement("displaced", "fled"), same_movement("crossed", "fled"), same_movement("evacuated", "evacuated")
    (True, True, True)
    >>> same_movement("evacuated", "returned"), same_movement("sheltered", "fled"), same_movement("displaced", "homeless")
    (False, False, False)
    >>> same_movement("evacuated", "fled")
    False
    """
    return term == other or _narrower(term, other) or _narrower(other, term)


def more_specific(term: str, other: str) -> str:
    """Of two terms telling one movement, the one that says more of how people left ("crossed" over "fled" over
    "displaced"); ``term`` when neither does.

    >>> more_specific("displaced", "crossed"), more_specific("crossed", "fled"), more_specific("fled", "evacuated")
    ('crossed', 'crossed', 'fled')
    """
    return other if _narrower(term, other) else term


def _narrower(term: str, other: str) -> bool:
    """Whether ``other`` tells ``term``'s movement saying more of how people left."""
    return term == DEFAULT and other in _LEAVING or (term, other) in _NARROWER


def article_term(movement_words: list[str]) -> str:
    """The most frequent specific term among an article's movement words (the first on a tie),
    else ``DEFAULT``; housing, homelessness and shelter (where people are, not how they left) never stand in for a
    movement: "ordered to leave" in a hurricane story with as many shelters as evacuations is an evacuation.

    >>> article_term(["left", "evacuation", "evacuated", "fled"])
    'evacuated'
    >>> article_term(["left", "headed"])
    'displaced'
    """
    movement = [t for t in map(term_of, movement_words) if t not in (None, "destroyed housing", "homeless", "sheltered")]
    if not movement:
        return DEFAULT
    tally = Counter(movement)
    best = max(tally.values())
    return next(t for t in movement if tally[t] == best)
