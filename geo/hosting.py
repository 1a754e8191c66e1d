"""Standing populations of displaced people: a camp, a site or a town that hosts them.

"The camp now hosts 12,000 refugees", "Kutupalong is home to 600,000 Rohingya", "the camp has hosted 20,000 refugees
for years" (a caseload, no new flight), "a new camp of 5,000 people has formed": no movement word, yet the
people counted were driven there and are sheltered where the subject is. Only when the subject is a camp, a site
or a shelter (then any people: "600,000 Rohingya"), or a settlement or a town-sized place and the people are named
as displaced (refugees, displaced people, evacuees, IDPs, returnees, asylum seekers; a settlement may be a village
or a slum, unless it is a refugee, IDP or temporary one): "the city is home to 75,000 people" is a
population, and a country or a province "hosting 1.5 million refugees" is a nation's tally, not where a flow ends.
People a relative clause moves ("hosts 80,000 refugees who fled the fighting") are that movement's report. Each next
place of a ranking after a hosted count holds its own the same way ("X hosts 400,000 IDPs, followed by Unity at 146,000").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from gazetteer.model import Mention
from geo.heads import RANKED, Counted
from geo.numbers import find_counts
from geo.roles import Sentence
from geo.vocabulary import DEMONYM, MOVEMENT, unit_of

_I = re.IGNORECASE

# The verb of a place holding people, right before the count: "hosts", "is hosting", "houses", "shelters",
# "accommodates", "is (now) home to"; also in the perfect, people held for years ("has hosted 20,000 refugees for
# years", "has been home to"): the people are there now, sheltered, not moving (an analyst records a camp's caseload
# where the camp is, no new displacement from the story's place).
# A camp, site or settlement "of" its people holds them too: "a spontaneous site of some 18,000 people has formed", "a
# new camp of 5,000 people" (not a camp for other ends: "a training camp of 300 recruits", ``_OTHER_CAMP_BEFORE``).
# (Every form starts with h, s, a or o: the lookahead skips other letters at once, for a scan of every article.)
HOSTING = re.compile(r"(?=[hsao])\b(?:hosts|(?<=\bis\s)hosting|houses|shelters|accommodates"
                     r"|(?:(?<=\bhas\s)|(?<=\bhave\s)|(?<=\bhad\s))(?:hosted|housed|sheltered|accommodated)"
                     r"|(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bnow\s)|(?<=\bremains\s)|(?<=\bbecome\s)|(?<=\bbeen\s))home\s+to"
                     r"|(?P<of>(?:(?<=\bcamp\s)|(?<=\bsite\s)|(?<=\bsettlement\s))of))\s+", _I)
_OTHER_CAMP_BEFORE = re.compile(r"\b(?:army|military|training|summer|boot|labou?r|prison|detention|work|construction"
                                r"|building|test|launch|burial|archaeological|heritage)\s+(?:camp|site|settlement)\s+$", _I)
# The subject is a camp, a site or a shelter ("The camp", "Kutupalong camp", "the transit centre"), or a settlement
# named as one for displaced people ("the refugee settlement").
_CAMP = re.compile(r"\b(?:camps?|sites?|shelters?|(?:evacuation|transit|reception|collective)\s+cent(?:re|er)s?"
                   r"|(?:refugee|idp|displacement|displaced|transit|temporary|makeshift|tent|evacuee)s?\s+settlements?)\b", _I)
# Any other settlement is also a village, a slum or a colony: it holds displaced people only when it names them
# ("the settlement hosts 9,000 refugees"; "the informal settlement is home to 8,000 people" is its population).
_SETTLEMENT = re.compile(r"\bsettlements?\b", _I)
_DISPLACED_PEOPLE = re.compile(r"\b(?:refugees|evacuees|idps|displaced|returnees|asylum[\s-]seekers)\b", _I)
_NOUN_WORDS = re.compile(r"\s+([\w'’-]+)")
# The subject's clause: back to a full stop, a semicolon or a colon, within 80 characters.
_CLAUSE_START = re.compile(r"[.;:]\s*(?=[^.;:]*$)")
_LARGE_KINDS = frozenset({"country", "admin1", "region", "continent"})
# A relative clause on the people that tells their own movement makes it the count's statement: "hosts some 80,000
# refugees who fled the fighting" (``geo.reports`` reads it so).
_WHO = re.compile(r"\s*,?\s*(?:who|that)\s+(?:(?:have|has|had|were|was|are|is|been|recently|just)\s+)*", _I)


@dataclass(frozen=True)
class Hosted:
    """People a camp or a town holds: their count, the hosting verb and the subject's place mention, if any."""

    counted: Counted
    verb: re.Match
    host: Mention | None


def standing_populations(sentence: Sentence) -> list[Hosted]:
    """The counts of a sentence that are displaced people a camp, a site or a town holds (a count right after
    ``HOSTING``).

    >>> def hosted(text): return [h.counted.count.value for h in standing_populations(Sentence(0, len(text), text, ()))]
    >>> hosted("The camp now hosts 12,000 refugees."), hosted("The city is home to 75,000 people."), hosted("It hosts 900 fans.")
    ([12000], [], [])
    >>> hosted("The settlement is home to 9,000 refugees."), hosted("The settlement is home to 9,000 people.")
    ([9000], [])
    >>> hosted("A new camp of 5,000 people has formed."), hosted("A training camp of 300 recruits opened.")
    ([5000], [])
    """
    text, mentions, offset, body = sentence.text, sentence.mentions, sentence.start, sentence.body
    found: list[Hosted] = []
    counts = None
    for verb in HOSTING.finditer(text, body):
        if counts is None:
            counts = {start: (count, end) for count, start, end in find_counts(text)}
        if verb.end() not in counts or (verb["of"] and _OTHER_CAMP_BEFORE.search(text, max(body, verb.start() - 40),
                                                                                verb.start())):
            continue
        count, end = counts[verb.end()]
        clause = _CLAUSE_START.search(text, max(body, verb.start() - 80), verb.start())
        subject_start = clause.end() if clause else max(body, verb.start() - 80)
        host = next((m for m in reversed(mentions) if subject_start <= m.start - offset and m.end - offset <= verb.start()),
                    None)
        camp = bool(_CAMP.search(text, subject_start, verb.start())) or (
            host is not None and host.place is not None and host.place.kind == "site")
        town = host is not None and host.place is not None and host.place.kind not in _LARGE_KINDS
        settlement = bool(_SETTLEMENT.search(text, subject_start, verb.start()))
        people = _people_after(text, end, camp)
        if people is None or not (camp or town or settlement):
            continue
        unit, head_end, displaced = people
        if (camp or displaced) and not _moved_after(text, head_end):
            found.append(Hosted(Counted(count, verb.end(), end, unit, head_end), verb, host))
            found += _ranked_after(sentence, counts, head_end, unit, verb)
    return found


# A ranking after the first host, each next one named before its figure after "with" or "at" (``geo.heads.RANKED``):
# "X hosts 400,000 IDPs, followed by Unity at 146,000 and Jonglei with 90,000": each holds its own the same way.
_RANKED_FIRST = re.compile(r"\s*,?\s*(?:and\s+)?" + RANKED.pattern + r"(?:the\s+)?", _I)
_RANKED_THEN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+(?:the\s+)?", _I)
_RANKED_FIGURE = re.compile(r"\s+(?:with|at)\s+", _I)


def _ranked_after(sentence: Sentence, counts: dict, at: int, unit: str, verb: re.Match) -> list[Hosted]:
    """The places a ranking names after a hosted count ending at ``at``, each with the people it holds."""
    text, offset = sentence.text, sentence.start
    ranked, gap = [], _RANKED_FIRST
    for mention in sentence.mentions:
        start, end = mention.start - offset, mention.end - offset
        if start < at or mention.place is None:
            continue
        figure = _RANKED_FIGURE.match(text, end)
        if not gap.fullmatch(text, at, start) or figure is None or figure.end() not in counts:
            break
        count, at = counts[figure.end()]
        ranked.append(Hosted(Counted(count, figure.end(), at, unit, at), verb, mention))
        gap = _RANKED_THEN
    return ranked


def _moved_after(text: str, head_end: int) -> bool:
    who = _WHO.match(text, head_end)
    movement = who and MOVEMENT.match(text, who.end())
    return bool(movement and movement["verb"])


def _people_after(text: str, end: int, camp: bool) -> tuple[str, int, bool] | None:
    """The unit of the people a count counts, where its noun ends, and whether they are named as displaced
    ("12,000 Syrian refugees", "12,000 internally displaced people"; in a camp also "600,000 Rohingya"); None when
    its next three words name no people."""
    at, words = end, []
    for _ in range(3):
        word = _NOUN_WORDS.match(text, at)
        if word is None:
            break
        at = word.end()
        words.append(word[1])
        lowered = word[1].lower()
        unit = unit_of(lowered)
        if unit is not None and unit != "housing":
            return unit, at, bool(_DISPLACED_PEOPLE.search(" ".join(words)))
        if camp and DEMONYM.search(lowered):
            return "people", at, True  # "600,000 Rohingya"
    return None
