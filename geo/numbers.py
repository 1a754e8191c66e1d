"""Counts of people as news articles write them: figures, number words, vague amounts, ranges.

``find_counts`` finds every expression that could count something, with its character span;
whether it counts *people* (and not buses or hours) is decided by ``geo.counting`` from the noun
that follows. ``parse_count`` reads the first such expression of a string.

Conventions of ``Count(text, value, min, max)``:

- exact "2,000", "two thousand", "1.5 million": ``value == min == max``.
- approximate "some", "about", "around", "roughly", "approximately", "an estimated": the same as
  exact; the article's own figure is the best estimate there is.
- upper bounds "up to", "as many as", "nearly", "almost", "close to", "at most":
  ``value = max = N``, ``min = None``. "fewer than" / "less than" / "under" give ``max = N`` only
  (``value = None``): they do not state the figure itself.
- lower bounds "at least", "more than", "over", "upwards of", "in excess of", "no (or not) fewer or less than", and "200-odd", "40 odd"
  or "50,000+" after the figure: ``value = min = N``, ``max = None``.
- a verb of passing a figure bounds it as its modifier would: "passed", "topped", "exceeded", "surpassed", "crossed",
  "rose above" 20,000 and "crossed the 20,000 mark" are lower bounds; "neared", "approached" and "nearly reached"
  20,000 upper ones. ``text`` stays the figure: the verb is the sentence's, not part of the count.
- a share of a figure written before it ("half of the 4,800", "nearly a third of its 9,000", "40% of the 2,000") is
  the part it counts, bounded as the share's modifier says (``share_before``; ``geo.counting`` takes it when the verb
  after the whole is the part's).
- ranges "between 10,000 and 12,000", "10,000-12,000", "six to eight": ``value = None``; "rose from 3,000 to 7,500"
  (or "by 4,500 to 7,500") is a change, two figures.
- vague amounts: ``value = None`` and bounds from ``VAGUE`` ("hundreds" is 200-999, "a few
  hundred" 200-499: "a few" is two to four, "several" three to nine).
- scales: thousand, million, billion, lakh (100,000), crore (10 million; "a lakh" as "a thousand"; a smaller scale in digits goes on after either:
  "one lakh 20 thousand" is 120,000, "2 crore 50 lakh" 25 million), a plural after a figure ("30 thousands",
  "2 millions", as translated text writes them), a half after a number word before one ("two and a half million",
  "one-and-one-half million"; not "one and a half hours"), abbreviations glued to
  the figure ("4m", "1.5bn", "10k"), a capital "M" also after a space, as key-figure boxes write millions ("1.2 M",
  "3.5 M IDPs"; not "200 m" from a river, metres) and the Spanish "mil", "millones"; Spanish/Portuguese number words ("diez", "cien", "un centenar"), French ones ("trente mille", "quatre cents";
  "cent" only after a number word: "five cents" is money), round amounts ("una veintena", "uma centena", and in French "un millier", "une trentaine"; hyphenated too: "half-a-million"), a French range ("entre 25 000 et 30 000"; "entre 10 et 15 000" is 10,000 to 15,000), modifiers
  ("más de", "unos", "hasta") and vague amounts ("cientos", "miles") read like the English ones; their hundreds in words
  ("cuatrocientas"), a half after a million ("un millón y medio") and the figure under a thousand they write in digits
  after "mil" or the French "mille" ("tres mil 173" is 3,173, "113 mille 582" 113,582), as TASS's and ACN's English does
  after "thousand" ("15 thousand 322" is 15,322).
- digits: "2,000", "2 000", "2'000" and "12.000" (a dot before exactly three digits is the European
  thousands separator) are 2,000 and 12,000; South Asian grouping "1,00,000" is 100,000; before a scale word a single dot is a decimal point
  ("1.5 million"). Decimals without a scale ("2.5") count nothing.

Not counts: years ("in 2014"; a bare 1600-2099 is a year unless a modifier or a "between" opening a range of people
precedes it or a plural noun follows it, as in "some 2000 people"; after "March 3," it is always the date's year), times ("18:21", "10 am"), dates ("May 20", "20 May"),
ordinals ("11th"), percentages, money, "one" of a group counted after it ("one of 36 families": the 36 count), numbers naming one of a series of places ("Camp 11", "Block 4", "school No. 3"), and figures glued to letters ("GMT06", "COVID-19", "F-16")
or compounds ("15-year-old", "six-year war").

>>> [c.text for c, _, _ in find_counts("Back in 2014, 1,500 militants left at 18:21 on May 20.")]
['1,500']
>>> parse_count("some 2,500 people")
Count(text='some 2,500', value=2500, min=2500, max=2500)
>>> parse_count("up to 20,000")
Count(text='up to 20,000', value=20000, min=None, max=20000)
>>> parse_count("at least 10 buses")
Count(text='at least 10', value=10, min=10, max=None)
>>> parse_count("hundreds of fighters")
Count(text='hundreds', value=None, min=200, max=999)
>>> parse_count("between 10,000 and 12,000")
Count(text='between 10,000 and 12,000', value=None, min=10000, max=12000)
>>> parse_count("12.000 residents").value, parse_count("1.5 million").value, parse_count("2 000").value
(12000, 1500000, 2000)
>>> parse_count("twenty-five").value, parse_count("two thousand five hundred").value
(25, 2500)
>>> parse_count("(1.2 M)").value, parse_count("3.5 M IDPs").value, parse_count("200 m from the river").value
(1200000, 3500000, 200)
>>> parse_count("3,50,000 people").value, parse_count("nearly half a million").max
(350000, 500000)
>>> parse_count("two and a half million").value, parse_count("one-and-one-half million").value
(2500000, 1500000)
>>> parse_count("one and a half hours").value, parse_count("as many as 12'500").value
(1, 12500)
>>> parse_count("the 11th stage") is None, parse_count("since 2013") is None
(True, True)
"""
from __future__ import annotations

import re

from geo.model import Count

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
# Spanish and Portuguese figures are common in displacement reports (Latin America): a few words.
_UNITS.update({"dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
               "diez": 10, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40,
               "cincuenta": 50, "cien": 100, "dez": 10, "vinte": 20, "cem": 100,
               # Portuguese where it differs ("três casas desabaram"; not "trés": French "très" with its accent lost)
               "dois": 2, "duas": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8, "nove": 9, "doze": 12, "quinze": 15,
               "trinta": 30, "quarenta": 40, "cinquenta": 50})
# ... and their hundreds, both genders: "quatrocentas famílias", "doscientos mil desplazados" (200,000).
_UNITS.update({f"{stem}{ending}": hundreds for stem, hundreds in (
    ("doscient", 200), ("trescient", 300), ("cuatrocient", 400), ("quinient", 500), ("seiscient", 600),
    ("setecient", 700), ("ochocient", 800), ("novecient", 900), ("duzent", 200), ("trezent", 300), ("quatrocent", 400),
    ("quinhent", 500), ("seiscent", 600), ("setecent", 700), ("oitocent", 800), ("novecent", 900))
    for ending in ("os", "as")})
# ... and French ones, written out as French news writes round figures ("trente mille personnes", "quatre cents
# campeurs", "vingt-deux mille sinistrés"); "sept" only where it cannot be the English short September (``_FRENCH_SEVEN``).
_FRENCH_UNITS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "huit": 8, "neuf": 9, "dix": 10, "onze": 11,
                 "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40,
                 "cinquante": 50, "soixante": 60,
                 "quatrevingt": 80, "quatrevingts": 80,  # "quatre-vingt(s)" as ``words_value`` joins it (``_FOUR_TWENTY``)
                 "six": 6}  # English too, but French before "cent": "six cents" is 600 ("five cents" is money)
_UNITS.update(_FRENCH_UNITS)
# French "cent" multiplies as "hundred" does, and only after a number word ("deux cent mille"): alone it is "per cent".
_FRENCH_HUNDRED = ("cent", "cents")
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
           # South Asian scales ("2.14 lakh" = 214,000) and Spanish/Portuguese ones ("2 mil" = 2,000).
           "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
           "mil": 1000, "millón": 1_000_000, "millones": 1_000_000, "milhão": 1_000_000, "milhões": 1_000_000, "millions": 1_000_000,
           # ... with the accented letter lost upstream, read as "é" (``geo.reports``): "1,5 milh\ufffdo"
           "millén": 1_000_000, "milhéo": 1_000_000, "milhées": 1_000_000,
           "thousands": 1000,  # a plural after a figure, as translated text writes it: "30 thousands" is 30,000
           "mille": 1000}  # French: "30 mille" (and in words, "trente mille")
# Abbreviated scales glued to the figure, common in British news: "4m Syrians", "1.5bn", "10k".
_ABBREVIATED = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1000}
_SCALE_VALUES = {**_SCALES, **_ABBREVIATED, "dozen": 12}
#: Words for one round amount: "un centenar" is about a hundred.
_ROUND = {"un centenar": 100, "una centena": 100, "un millar": 1000, "una docena": 12, "una veintena": 20, "una decena": 10,
          "une centaine": 100, "un millier": 1000, "une vingtaine": 20, "une dizaine": 10, "une douzaine": 12,
          "une quinzaine": 15, "une trentaine": 30, "une quarantaine": 40, "une cinquantaine": 50, "une soixantaine": 60,
          "uma centena": 100, "um milhar": 1000, "uma dezena": 10,
          "mil": 1000, "mille": 1000, "un millón": 1_000_000, "um milhão": 1_000_000,  # "mil personas": a thousand
          # ... and a half: "un millón y medio de cubanos" (an accent lost upstream reads as "é": "un millén y medio")
          "un millón y medio": 1_500_000, "un millén y medio": 1_500_000, "um milhão e meio": 1_500_000,
          "um milhéo e meio": 1_500_000,
          "half a million": 500_000, "a quarter of a million": 250_000, "a quarter million": 250_000}

#: Vague amounts: (min, max). Plurals mean "two or more of": "hundreds" is 200-999.
VAGUE = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2000, 9999),
    "many thousands": (2000, 9999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
    "a few dozen": (24, 59),
    "several dozen": (36, 99),
    "a few hundred": (200, 499),
    "several hundred": (300, 999),
    "a few thousand": (2000, 4999),
    "several thousand": (3000, 9999),
    "a few million": (2_000_000, 4_999_999),
    "several million": (3_000_000, 9_999_999),
    "a few hundred thousand": (200_000, 499_999),
    "several hundred thousand": (300_000, 999_999),
    "tens of millions": (20_000_000, 99_999_999),
    "decenas": (20, 99),
    "cientos": (200, 999),
    "centenares": (200, 999),
    "miles": (2000, 9999),
    "centaines": (200, 999), "milliers": (2000, 9999), "dezenas": (20, 99), "centenas": (200, 999), "milhares": (2000, 9999),
}

#: Modifier -> how the figure N bounds the count: (value, min, max) as functions of N.
_MODIFIERS = {
    **dict.fromkeys(("some", "about", "around", "roughly", "approximately", "an estimated", "estimated",
                     "approx.", "circa"), "approximate"),
    **dict.fromkeys(("up to", "as many as", "nearly", "almost", "close to", "at most", "no more than",
                     "not more than", "just under"), "at_most"),
    **dict.fromkeys(("fewer than", "less than", "under"), "below"),
    **dict.fromkeys(("at least", "more than", "over", "upwards of", "in excess of", "no fewer than",
                     "no less than", "not fewer than", "not less than", "just over", "well over"), "at_least"),
    # (an accented letter lost upstream reads as "é", ``geo.reports``: "m\ufffds de" is "més de", "pr\ufffds de" "prés de")
    **dict.fromkeys(("unos", "unas", "cerca de", "alrededor de", "aproximadamente", "environ", "près de", "prés de"),
                    "approximate"),
    **dict.fromkeys(("más de", "mas de", "més de", "mais de", "al menos", "plus de", "au moins", "pas moins de"), "at_least"),
    **dict.fromkeys(("hasta", "até", "jusqu'à"), "at_most"),
}


def _alternation(words) -> str:
    # Longest first, so "seventeen" wins over "seven" and "a few hundred" over "hundreds".
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# The scale words after which a comma is a decimal point, as Spanish, Portuguese and French write it ("1,5 millones").
_DECIMAL_COMMA_SCALES = ("mil", "million", "millions", "millón", "millones", "millén", "milhão", "milhões", "milhéo", "milhées")
# French seven, "sept", only before a scale or after a hyphen ("sept mille", "dix-sept"): alone it is the short September.
_FRENCH_SEVEN = r"sept(?=[\s-]+(?:mille|cents?)\b)"
_UNIT_WORD = _alternation(_UNITS) + "|" + _FRENCH_SEVEN  # a number in words starts with one of these, or "a hundred"
_WORD = _alternation(list(_UNITS) + list(_SCALES) + ["dozen", *_FRENCH_HUNDRED])
# French eighty is four twenties, hyphenated: "quatre-vingt-neuf mille" is 89,000.
_FOUR_TWENTY = re.compile(r"quatre-vingt", re.IGNORECASE)
# A half before a large scale: "two and a half million", "one-and-one-half million" (not "one and a half hours").
_AND_A_HALF = r"[\s-]+and[\s-]+(?:a|one)[\s-]+half(?=[\s-]+(?:thousand|million|billion|lakhs?|crores?)\b)"
# Thousands groups typed with a space after their comma, before the counted noun: the last one ("2,430, 445 individuals")
# or both ("2, 430, 445 individuals"; one alone is a date's or a list's: "May 2, 430 people"); not a list, which goes
# on with a comma, a full stop, "of" or "and" ("1,200, 300 and 450", "1,200, 300 of them").
# One alone is a figure too after a word that takes a figure and starts no date or list ("out of 46, 831 totally destroyed
# houses", "some 2, 430 families").
_SPACED_GROUPS = (r"(?:[1-9]\d{0,2}(?:(?:,\d{3})+,\s\d{3}|,\s\d{3},\s\d{3})"
                  r"|(?:(?<=\bout\sof\s)|(?<=\btotal\sof\s)|(?<=\bsome\s)|(?<=\babout\s)|(?<=\baround\s)|(?<=\bnearly\s)|(?<=\bover\s))[1-9]\d{0,2},\s\d{3})"
                  r"(?=\s+(?!(?:of|and|or|to|in)\b)[a-z])")
# Thousands groups split by a space (also no-break or narrow) or an apostrophe: "2 000", "400'000".
_GROUP_SEPARATOR = r"[ \u00a0\u202f'\u2019]"
# Round amounts, hyphenated too: "half-a-million refugees".
_ROUND_WORDS = _alternation(_ROUND).replace(r"\s+", r"[\s-]+")
_NUMBER_PATTERN = (
    rf"""(?P<vague>\b(?:{_alternation(VAGUE)})\b)
    | (?P<digits>{{glued}}(?:[1-9]\d?(?:,\d\d)+,\d{{3}}|{{spaced}}[1-9]\d{{0,2}}(?:,\d{{3}})+|[1-9]\d{{0,2}}(?:\.\d{{3}})+(?![\d.]\d)
                 |[1-9]\d{{0,2}}(?:{_GROUP_SEPARATOR}\d{{3}})+|\d{{1,3}},\d{{1,2}}(?=\s*(?:{_alternation(_DECIMAL_COMMA_SCALES)})\b)|\d+(?:\.\d+)?)(?![\d,.]\d))
      (?:\s*(?P<scale>{_alternation(_SCALES)}|dozen)\b|(?P<abbreviated>mn|bn|m|k)\b|[ \u00a0](?P<spaced>(?-i:M))(?![\w&-]))?
    | (?P<round>\b(?:{_ROUND_WORDS})\b)
    | (?P<words>\b(?:(?:a|an)\s+(?:hundred|thousand|lakh|crore|million|billion|dozen)|{_UNIT_WORD})
                 (?:(?:\s+and)?[\s-]+(?:{_WORD})|-sept\b|\s+{_FRENCH_SEVEN}|{_AND_A_HALF})*\b)
    """
)
# A figure glued to a word or symbol before it is not a count ("F-16", "$5", "3.5", "1/2", "05/12"); the second
# figure of a range ("10-12") is the exception, and so is one after a slash that follows a word: the same people in
# another unit ("18,100 households/96,771 individuals").
_GLUED = r"(?<![\w.,:$€£¥+-])(?<![^A-Za-z]/)"
_NUMBER = re.compile(_NUMBER_PATTERN.replace("{glued}", _GLUED).replace("{spaced}", _SPACED_GROUPS + "|"),
                     re.IGNORECASE | re.VERBOSE)
# The reading without spaced groups, for a spaced one that is no count: "In May 2,430, 445 people" is a date and 445.
_PLAIN_NUMBER = re.compile(_NUMBER_PATTERN.replace("{glued}", _GLUED).replace("{spaced}", ""), re.IGNORECASE | re.VERBOSE)
_RANGE_END = re.compile(_NUMBER_PATTERN.replace("{glued}", "").replace("{spaced}", _SPACED_GROUPS + "|"),
                        re.IGNORECASE | re.VERBOSE)
_MODIFIER_BEFORE = re.compile(rf"\b(?P<mod>{_alternation(_MODIFIERS)})\s+$", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"\b(?:between|entre)\s+$", re.IGNORECASE)  # French "entre 25 000 et 30 000" too
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to)\s*", re.IGNORECASE)
_AND_JOIN = re.compile(r"\s+(?:and|et)\s+", re.IGNORECASE)
# Spanish and Portuguese news (EFE, Prensa Latina) write the figure under a thousand after "mil" in digits, French
# news after "mille", and Russian and Cuban agencies' English (TASS, ACN) after "thousand": "mil 320" is 1,320, "tres
# mil 173" 3,173, "12 mil 200" 12,200, "113 mille 582" 113,582, "15 thousand 322" 15,322 (not a figure of its own,
# nor one with thousands groups: "mil 1.200").
_ENDS_IN_MIL = re.compile(r"\b(?:mil(?:le)?|thousand)$", re.IGNORECASE)
_HUNDREDS_AFTER_MIL = re.compile(r"\s+(?P<rest>\d{1,3})(?![\d.,]\d)(?!\s*(?:mil|mill[oóée]n|milh)\w*\b)", re.IGNORECASE)
# Indian news goes on after a lakh or crore with the smaller scales in digits: "one lakh 20 thousand" is 120,000,
# "2 crore 50 lakh" 25 million (in words, "one lakh twenty thousand" is one number already).
_SOUTH_ASIAN_SCALE_END = re.compile(r"\b(?P<scale>lakhs?|crores?)$", re.IGNORECASE)
_SMALLER_SCALE_AFTER = re.compile(r"\s+(?P<rest>[1-9]\d?)\s+(?P<scale>thousand|lakhs?)\b", re.IGNORECASE)

# The months' names, full and short: a figure next to one is a date ("20 May"), not a count (``geo.dates`` reads it).
MONTH_NAMES = (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
               ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
               ("october", "oct"), ("november", "nov"), ("december", "dec"))
# A full name, or an abbreviation with its dot ("Aug. 9"); a full stop after a full name ends the sentence.
MONTH = ("(?:" + "|".join(names[0] for names in MONTH_NAMES)
         + "|(?:" + "|".join(sorted((n for names in MONTH_NAMES for n in names[1:]), key=len, reverse=True)) + r")\.?)")
# What may stand right after a figure that makes it something other than a count.
_ODD_AFTER = re.compile(r"(?:-|\s+)odd\b", re.IGNORECASE)
# A plus sign glued after the figure, before no other figure: "50,000+ people" is at least 50,000 ("3+2" is a sum).
_PLUS_AFTER = re.compile(r"\+(?![\d+])")
_NOT_COUNT_AFTER = re.compile(
    rf"""(?:st|nd|rd|th)\b                                     # ordinal: 11th
    | [:h]\d | \s*(?:a\.?m\b|p\.?m\b|gmt|utc|hrs\b|o'clock)    # time: 18:21, 10 am
    | \s*(?:%|per\s*cent|percent|pct\b)                        # percentage
    | \s*(?:dollars|euros|pounds|yuan|rupees|usd|eur|gbp)\b     # money
    | -(?!odd\b)[a-z]                                           # compound: 15-year-old (not "40-odd")
    | \s+(?:of\s+)?{MONTH}(?![a-z])                            # date: 20 May
    | (?<=\bone)\s+of\s+(?:the\s+)?(?:(?:{_alternation(_MODIFIERS)})\s+)?\d  # a member of a group: one of (over) 36 families
    """,
    re.IGNORECASE | re.VERBOSE,
)
_NOT_COUNT_BEFORE = re.compile(
    rf"(?:[$€£¥]|\b(?:us|usd|eur|rs)\$?|\b{MONTH}|[a-z]-|\b{MONTH}\s+\d{{1,2}}\s*(?:and|&|-|to)\s*|&#x?)\s*$",
    re.IGNORECASE)  # money, "May 20", "the rains of March 28 and 29", an HTML character reference ("&#124;")
# A number naming one of a series of places, after its capitalised kind: "a fire in Camp 11", "Block 4", "Route 66",
# or after "No." ("school No. 3 — 40 people": the school's number, then its count).
_DESIGNATION_BEFORE = re.compile(r"\b(?:Camp|Block|Sector|Zone|Ward|Site|Phase|Route|Highway|Gate|Terminal|Pier|Berth|No\.)\s+$")
# A small number after the capitalised kind of a series of documents is the issue's ("Weekly Displacement Snapshot 18",
# "Dashboard Issue 25", "Flash Update 3"), not people (one a plural noun follows stays a count: "Update 300 residents").
_ISSUE_BEFORE = re.compile(r"\b(?:Snapshot|Update|Bulletin|Issue|Round|Edition|Overview|Dashboard|Sitrep|Report)\s+$")
# "March 3, " before a year: the date's day, then its year.
_DAY_OF_MONTH_BEFORE = re.compile(rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*$", re.IGNORECASE)
_PLURAL_AFTER = re.compile(r"\s+(?!this\b|thus\b)(?:[a-z]{3,}s|people|children|men|women)\b", re.IGNORECASE)


def words_value(words: str) -> int | None:
    """Value of "two thousand five hundred" (a half before a scale too: "two and a half million"); None when "and"
    joins two numbers ("two and three")."""
    total = current = 0
    previous = ""
    for token in re.split(r"[\s-]+", _FOUR_TWENTY.sub("quatrevingt", re.sub(_AND_A_HALF, " half", words.lower()))):
        if token in ("a", "an"):
            current = 1
        elif token == "and":
            if previous not in _SCALES:
                return None
        elif token == "half":
            current += 0.5
        elif token == "dozen":
            current = (current or 1) * 12
        elif token in _FRENCH_HUNDRED and previous in _UNITS and previous not in _FRENCH_UNITS:
            return None  # "five cents" is money
        elif token == "hundred" or token in _FRENCH_HUNDRED:
            current = (current or 1) * 100
        elif token in _SCALES:
            total += round((current or 1) * _SCALES[token])
            current = 0
        else:
            current += 7 if token == "sept" else _UNITS[token]
        previous = token
    return total + current


def _digits_value(digits: str, scale: str | None) -> int | None:
    if scale:
        # Before a scale word a single dot is a decimal point: "1.5 million".
        # A comma before one or two digits is a decimal comma in Spanish, Portuguese and French: "1,2 mil".
        plain = digits.replace(",", "." if re.fullmatch(r"\d+,\d\d?", digits) else "")
        plain = re.sub(_GROUP_SEPARATOR, "", plain)
        number = float(plain) if plain.count(".") <= 1 else float(plain.replace(".", ""))
        return round(number * _SCALE_VALUES[scale.lower()])
    if re.fullmatch(r"\d+\.\d+", digits) and not re.fullmatch(r"\d{1,3}\.\d{3}", digits):
        return None  # a decimal with no scale ("2.5") counts nothing
    return int(re.sub(r"\D", "", digits))


def _read(match: re.Match) -> tuple[int | None, tuple[int, int] | None]:
    """The figure of one number match, or the bounds of a vague amount."""
    if match["vague"]:
        return None, VAGUE[" ".join(match["vague"].lower().split())]
    if match["digits"]:
        return _digits_value(match["digits"], match["scale"] or match["abbreviated"] or match["spaced"]), None
    if match["round"]:
        return _ROUND[" ".join(re.split(r"[\s-]+", match["round"].lower()))], None
    return words_value(match["words"]), None


def _excluded(text: str, match: re.Match, has_modifier: bool) -> bool:
    """A year, time, date, ordinal, percentage, amount of money, part of a compound, or a number naming one of a
    series (a camp's, a document's issue)."""
    if match["vague"]:
        return False
    if _NOT_COUNT_AFTER.match(text, match.end()) or _NOT_COUNT_BEFORE.search(text, max(0, match.start() - 20),
                                                                           match.start()) \
            or _DESIGNATION_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return True
    digits = match["digits"]
    if (digits and len(digits) <= 3 and _ISSUE_BEFORE.search(text, max(0, match.start() - 12), match.start())
            and not _PLURAL_AFTER.match(text, match.end())):
        return True
    if digits and not (match["scale"] or match["abbreviated"] or match["spaced"]) and re.fullmatch(r"1[6-9]\d\d|20\d\d", digits):
        if _DAY_OF_MONTH_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            return True  # "March 3, 2023 Homes evacuated": the year of a date, whatever noun follows it
        return not has_modifier and not _PLURAL_AFTER.match(text, match.end())
    return False


def _opens_range_of_people(text: str, match: re.Match) -> bool:
    """Whether a figure after "between" opens a range whose end a plural noun follows: "between 2000 and 2500
    villagers" counts villagers from its first figure on, which alone would read as a year."""
    join = _AND_JOIN.match(text, match.end())
    second = _RANGE_END.match(text, join.end()) if join else None
    return second is not None and _PLURAL_AFTER.match(text, second.end()) is not None


def _bounds(kind: str | None, n: int) -> tuple[int | None, int | None, int | None]:
    if kind == "at_most":
        return n, None, n
    if kind == "below":
        return None, None, n
    if kind == "at_least":
        return n, n, None
    return n, n, n


# A change of a figure: "rose from 3,000 to 7,500" gives the value before and the value after, no range; so does
# "rose by 2,000 to 7,500" (the change, then the value after).
#: Verbs of a figure growing ("rose to 7,500", "the displaced have swelled to").
GREW = (r"(?:rose|risen|rises|rising|increased|increases|grew|grown|jumped|climbed|swelled|doubled|tripled|quadrupled"
        r"|ballooned|soared|surged)")
#: Verbs that give a figure as a bound the count went past or came close to: "the number of displaced passed 20,000",
#: "topped", "exceeded", "rose above", "crossed the 20,000 mark" (more than it); "neared", "approached", "nearly reached"
#: (at most it). Named groups ``above`` and ``below``; "the" before the figure needs a mark after it.
PASSING_VERB = (rf"(?:(?P<above>(?:passe[sd]|topp?(?:ed|s)|exceed(?:ed|s)|surpass(?:ed|es)|crosse[sd]|breach(?:ed|es)|(?:{GREW}|went|gone)"
                r"\s+(?:above|beyond|past)))|(?P<below>near(?:ed|s|ing)|approach(?:ed|es|ing)|(?:nearly|almost)\s+(?:reached|hit)))")
_PASSING_BEFORE = re.compile(rf"\b{PASSING_VERB}\s+(?P<the>the\s+)?$", re.IGNORECASE)
# "crossed the 20,000 mark": the figure names a threshold
_MARK_AFTER = re.compile(r"\s+(?:mark|threshold|milestone|barrier|level)\b", re.IGNORECASE)


def _passing_bound(text: str, start: int, end: int) -> str | None:
    """How a verb right before a figure (``start``-``end``) bounds it: "at_least" after "passed", "topped",
    "exceeded" or "crossed the ... mark", "at_most" after "neared" or "nearly reached", else None.

    >>> text = "the toll passed 300, neared 900 and crossed the 2,000 mark, not the 40 people"
    >>> [_passing_bound(text, m.start(), m.end()) for m in re.finditer(r"\\d[\\d,]*", text)]
    ['at_least', 'at_most', 'at_least', None]
    """
    verb = _PASSING_BEFORE.search(text, max(0, start - 30), start)
    if verb is None or (verb["the"] and not _MARK_AFTER.match(text, end)):
        return None
    return "at_least" if verb["above"] else "at_most"
_CHANGE_FROM = re.compile(rf"\b(?:{GREW}|fell|fallen|dropped|decreased|declined|shrank|went\s+up|gone\s+up)\s+(?:from|by)\s+$", re.I)


def _smaller_scale_after(text: str, figure: str, end: int) -> tuple[int, int] | None:
    """The value and end of "20 thousand" after a figure in lakhs ("one lakh 20 thousand"), or of "50 lakh" or
    "50 thousand" after one in crores; None when no smaller scale follows.

    >>> _smaller_scale_after("one lakh 20 thousand people", "one lakh", 8), _smaller_scale_after("2 lakh 3 lakh", "2 lakh", 6)
    ((20000, 20), None)
    """
    scale = _SOUTH_ASIAN_SCALE_END.search(figure)
    rest = _SMALLER_SCALE_AFTER.match(text, end) if scale else None
    if rest is None or _SCALES[rest["scale"].lower()] >= _SCALES[scale["scale"].lower()]:
        return None
    return int(rest["rest"]) * _SCALES[rest["scale"].lower()], rest.end()


def find_counts(text: str) -> list[tuple[Count, int, int]]:
    """Every count in ``text`` with its span ``(count, start, end)``, in order.

    The span covers the modifier and both ends of a range.

    >>> text = "about 15 people, 10-12 buses"
    >>> [(c.value, c.min, c.max, text[s:e]) for c, s, e in find_counts(text)]
    [(15, 15, 15, 'about 15'), (None, 10, 12, '10-12')]
    >>> [(c.value, text[s:e]) for text in ["mil 320 viviendas y tres mil 173 casas, 12 mil 200 damnificados"]
    ...  for c, s, e in find_counts(text)]
    [(1320, 'mil 320'), (3173, 'tres mil 173'), (12200, '12 mil 200')]
    >>> [c.value for c, _, _ in find_counts("17 mil pessoas, 15 centros; mil personas 20 veces")]
    [17000, 15, 1000, 20]
    >>> [c.value for c, _, _ in find_counts("15 thousand 322 people, 2 thousand 1,200 tents, 3 thousand in 20 days")]
    [15322, 2000, 1200, 3000, 20]
    >>> [c.value for c, _, _ in find_counts("quatrocentas famílias, doscientos mil desplazados, más de un millón y medio")]
    [400, 200000, 1500000]
    >>> find_counts("tens of thousands fled")[0][0]
    Count(text='tens of thousands', value=None, min=20000, max=99999)
    >>> find_counts("the COVID-19 crisis, F-16 jets, a 15-year-old boy, 40% of them, $5 million")
    []
    """
    counts: list[tuple[Count, int, int]] = []
    position = 0
    while (match := _NUMBER.search(text, position)) is not None:
        position = match.end()
        before = text[max(0, match.start() - 20):match.start()]
        modifier = _MODIFIER_BEFORE.search(before)
        between = _BETWEEN_BEFORE.search(before)
        bounded = modifier is not None or (between is not None and _opens_range_of_people(text, match))
        if match["digits"] and ", " in match["digits"] and _excluded(text, match, bounded):
            match = _PLAIN_NUMBER.match(text, match.start())  # its groups may be a date's and a figure
            position = match.end()
        if _excluded(text, match, bounded):
            continue
        value, vague = _read(match)
        if value is None and vague is None:
            continue
        figure_end = match.end()
        if value is not None and _ENDS_IN_MIL.search(match.group()) \
                and (hundreds := _HUNDREDS_AFTER_MIL.match(text, figure_end)) is not None:
            value += int(hundreds["rest"])
            figure_end = position = hundreds.end()
        elif value is not None and (rest := _smaller_scale_after(text, match.group(), figure_end)) is not None:
            value += rest[0]
            figure_end = position = rest[1]
        start, end = match.start() - (len(before) - modifier.start() if modifier else 0), figure_end
        if between:
            start = match.start() - (len(before) - between.start())
        # A range: "10,000-12,000", "six to eight", "between 10,000 and 12,000".
        join = (_AND_JOIN if between else _RANGE_JOIN).match(text, figure_end)
        if join is not None and not between and _CHANGE_FROM.search(text, max(0, match.start() - 30), match.start()):
            join = None  # "rose from 3,000 to 7,500": two values of a tally, not a range
        second = _RANGE_END.match(text, join.end()) if join and vague is None else None
        high = _read(second)[0] if second and second["vague"] is None else None
        if high is not None and value is not None and not _excluded(text, second, True):
            if second["scale"] and not match["scale"] and value < high:
                value *= _SCALE_VALUES[second["scale"].lower()]  # "between 10 and 12 million"
            elif _shares_thousands(between, match, second, value, high):
                value *= 1000  # French "entre 10 et 15 000": the first figure in thousands too
            end = position = second.end()
            counts.append((Count(text[start:end], None, min(value, high), max(value, high)), start, end))
            continue
        if between:  # "between" with no second figure: read it as a plain figure
            start = match.start()
        if vague is not None:
            counts.append((Count(text[start:end], None, *vague), start, end))
        else:
            kind = _MODIFIERS[" ".join(modifier["mod"].lower().split())] if modifier else _passing_bound(text, start, end)
            if (odd := _ODD_AFTER.match(text, end) or _PLUS_AFTER.match(text, end)) is not None:
                end = position = odd.end()  # "200-odd families", "50,000+ people": 200 (50,000) and some more
                kind = kind or "at_least"
            counts.append((Count(text[start:end], *_bounds(kind, value)), start, end))
    return counts


_VAGUE_END = re.compile(rf"\b(?:{_alternation(VAGUE)})$", re.IGNORECASE)
# The second figure of a French range whose thousands the first shares: "15 000" in "entre 10 et 15 000".
_ROUND_THOUSANDS = re.compile(r"\d{1,3}[ \u00a0\u202f.]000")


def _shares_thousands(between: re.Match | None, first: re.Match, second: re.Match, low: int, high: int) -> bool:
    """Whether a French range "entre 10 et 15 000" says 10,000 to 15,000: a bare first figure that, in thousands,
    is still below a round second one ("entre 800 et 1 200" stays 800 to 1,200).

    >>> parse_count("entre 10 et 15 000 personnes")
    Count(text='entre 10 et 15 000', value=None, min=10000, max=15000)
    >>> parse_count("entre 800 et 1 200 personnes").min
    800
    """
    return (between is not None and between.group().lower().startswith("entre") and bool(first["digits"])
            and not (first["scale"] or second["scale"]) and first["digits"].isdigit()
            and bool(second["digits"]) and _ROUND_THOUSANDS.fullmatch(second["digits"]) is not None and low * 1000 < high)


# A share of a whole written as words before it: "half of the 4,800", "nearly two-thirds of its 9,000", "40 percent of
# the 2 million" (exact shares only: "most of" or "many of" say no figure).
_SHARES = {"half": (1, 2), "one half": (1, 2), "one-half": (1, 2), "a third": (1, 3), "one third": (1, 3),
           "one-third": (1, 3), "two thirds": (2, 3), "two-thirds": (2, 3), "a quarter": (1, 4), "one quarter": (1, 4),
           "one-quarter": (1, 4), "three quarters": (3, 4), "three-quarters": (3, 4)}
_SHARE_BEFORE = re.compile(rf"\b(?:(?P<mod>{_alternation(_MODIFIERS)})\s+)?(?:(?P<share>{_alternation(_SHARES)})"
                           r"|(?P<percent>\d{1,2}(?:\.\d)?)\s*(?:%|per\s*cent\b|percent\b))\s+(?:out\s+)?of\s+"
                           r"(?:(?:the|its|their|these|those)\s+)?(?:[\w-]+['’]s\s+)?$", re.IGNORECASE)


def share_before(text: str, count: Count, start: int) -> tuple[Count, int] | None:
    """The part a share written before ``count`` (which starts at ``start``) counts out of it, as a count of its own
    and where it starts: "half of the 4,800" is 2,400, bounded as the share's modifier says ("nearly half": at most
    2,400); None when no exact share comes before, or the whole is a vague amount or a range.

    >>> text = "nearly half of the 4,800 residents, a third of its 9,000 people, 40% of the 2,000, most of the 900"
    >>> [share_before(text, c, s) for c, s, _ in find_counts(text)][:3]  # doctest: +NORMALIZE_WHITESPACE
    [(Count(text='nearly half of the 4,800', value=2400, min=None, max=2400), 0),
     (Count(text='a third of its 9,000', value=3000, min=3000, max=3000), 36),
     (Count(text='40% of the 2,000', value=800, min=800, max=800), 65)]
    >>> [share_before(text, c, s) for c, s, _ in find_counts(text)][3] is None
    True
    """
    share = _SHARE_BEFORE.search(text, max(0, start - 40), start)
    if share is None or count.value is None:
        return None
    if share["percent"]:
        part = round(count.value * float(share["percent"]) / 100)
    else:
        numerator, denominator = _SHARES[" ".join(share["share"].lower().split())]
        part = round(count.value * numerator / denominator)
    kind = _MODIFIERS[" ".join(share["mod"].lower().split())] if share["mod"] else None
    return Count(text[share.start():start] + count.text, *_bounds(kind, part)), share.start()


# Modifiers of a figure all but reached or just passed: close to the count, as an approximate figure is ("up to" or "more
# than" only bound it).
_NEAR = re.compile(r"(?:nearly|almost|close\s+to|just\s+(?:under|over))\s", re.IGNORECASE)


def is_near(count: Count) -> bool:
    """Whether a count is its figure all but reached or just passed ("nearly 1,700", "just over 500").

    >>> [is_near(c) for c, _, _ in find_counts("nearly 1,700, up to 1,700, just over 500, more than 500")]
    [True, False, True, False]
    """
    return count.value is not None and _NEAR.match(count.text.strip()) is not None


def is_vague(count: Count) -> bool:
    """Whether a count is a vague amount ("thousands", "a few hundred"): its bounds are the word's convention, not
    a figure anyone gave.

    >>> [is_vague(c) for c, _, _ in find_counts("thousands, between 2,000 and 3,000, fewer than 500")]
    [True, False, False]
    """
    return count.value is None and _VAGUE_END.search(count.text.strip()) is not None


def parse_count(text: str) -> Count | None:
    """The first count in ``text``, or None.

    >>> parse_count("more than 12 million")
    Count(text='more than 12 million', value=12000000, min=12000000, max=None)
    >>> parse_count("nearly two thousand")
    Count(text='nearly two thousand', value=2000, min=None, max=2000)
    >>> parse_count("no figure here") is None
    True
    """
    found = find_counts(text)
    return found[0][0] if found else None
