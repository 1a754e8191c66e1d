"""When a sentence says something happened, as an ISO 8601 string as precise as the article.

Recognised, most precise first: a full date ("May 20, 2017", "20 May 2017", "2017-05-20") ->
"2017-05-20"; a weekday ("on Saturday"), "today" or "yesterday" resolved against the article's
publication date (the most recent such weekday on or before it, or, for a movement still to come,
``ahead``, the first on or after it: "would be evacuated by Wednesday"; and after a participle of starting, the nearest
one, three days either side: "ordered to evacuate starting noon Monday"; None without a publication date);
relative expressions ("last year", "next week", "this month", "three days ago") likewise (a week
as an ISO week, "2022-W12"; "next Saturday" the first one after publication);
a day and month with no year after a preposition ("on 12 March", "since April 1") likewise, the most recent
such day on or before publication (for a movement still to come the first on or after it);
a range of days ("between Oct. 6 and Oct. 12", "from 10 to 17 May", "on Monday and Tuesday") -> its last day, as a
figure over a period stands as of its end; a month and year ("in September 2016") -> "2016-09"; a month alone ("in March") -> the most recent
such month on or before the publication date (in a sentence about another named storm than the article's, an earlier
one, the most recent before the publication's month: "in September, when Hurricane Florence struck" in a story of
Hurricane Dorian published on 1 September 2019 is 2018-09); a year after a preposition ("in 2014",
"back in 2014") -> "2014". When a sentence holds several, the most precise wins.

A date that starts a period ("since 2013", "since Russia invaded on Feb. 24", a day after "from" before the period's
end: "from February 6 to the end of today") is not the figure's date: a running
total stands as of when it is given, another date of the sentence ("..., UNHCR said on Tuesday"), else the
publication date (None without one); the words from "since" are kept. So does one since an event with no date
("since the start of the siege", "since the war began"), and one a relative clause gives to when the counted period
began ("the operations, which began on 17 October, ..."). The date of a later event in a "before"
clause ("fled to Kabul before the city fell on Aug. 15") dates a movement only when nothing else does.

>>> from datetime import date
>>> find_date("evacuated from Al Waer in September 2016")
'2016-09'
>>> find_date("in Homs, Syria May 20, 2017.")
'2017-05-20'
>>> find_date("started leaving on Saturday", date(2017, 5, 22))
'2017-05-20'
>>> find_date("started leaving on Saturday") is None
True
>>> find_date("Back in 2014, 1,500 militants left")
'2014'
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache

from geo.numbers import MONTH, MONTH_NAMES, words_value

MONTHS = {name: number for number, names in enumerate(MONTH_NAMES, start=1) for name in names}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

YEAR = r"(?:1[89]\d\d|20\d\d)"
# Where a day's date ends: no word, no year (read by the full date's pattern) nor another day ("on March 5, 6 and 7")
# after it, and not the modal of "of 5 may have fled" (lower-case "may" before a word). A count after a comma is no
# part of it: "On 17 October, 3,000 people fled".
_DAY_END = rf"(?![\w-]|\.?\s*,?\s*(?:{YEAR}\b|[0-3]?\d(?![\d,]))|(?-i:(?<=may)\s+[a-z]))"
_DATE = re.compile(
    rf"""\b(?P<iso>{YEAR})-(?P<iso_month>[01]\d)-(?P<iso_day>[0-3]\d)\b
    | \b(?P<month>{MONTH})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>{YEAR})\b
    | \b(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{MONTH})\s*,?\s+(?P<year2>{YEAR})\b
    | \b(?P<next_weekday>next|this\s+coming|coming)\s+(?P<weekday2>{"|".join(WEEKDAYS)})\b
    | \b(?P<weekday>{"|".join(WEEKDAYS)})\b
    | \b(?P<relative>today|yesterday|tomorrow|tonight)\b
    | \b(?P<shift>last|this|next|earlier\s+this|later\s+this|past|previous|coming)\s+(?P<period>week|month|year)\b
    | \b(?P<ago>a|one|two|three|four|five|six|\d{{1,2}})\s+(?P<ago_period>days?|weeks?|months?|years?)\s+ago\b
    | \b(?P<month3>{MONTH})\s+(?:of\s+)?(?P<year3>{YEAR})\b
    | \b(?:between|from)\s+(?:{MONTH}\s+)?[0-3]?\d(?:st|nd|rd|th)?(?:\s+(?:of\s+)?{MONTH})?\s*(?:and|to|until|till|through|-|–)\s*
      (?:(?P<month7>{MONTH})\s+(?P<day7>[0-3]?\d)(?:st|nd|rd|th)?|(?P<day8>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month8>{MONTH}))
      (?:\s*,?\s+(?P<year7>{YEAR}))?{_DAY_END}  # a range: its last day
    | \b(?:on|since|by|until|till|from|of|before|after|to|through|as\s+of)\s+
      (?:(?P<month5>{MONTH})\s+(?P<day5>[0-3]?\d)|(?P<day6>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month6>{MONTH}))
      {_DAY_END}
    | \b(?:in|during|since|until|by|from|of|early|late|mid|last)\s+(?P<month4>{MONTH})(?![\w-]|\.?\s*,?\s*(?:of\s+)?\d)
    | \b(?:in|since|during|until|till|by|from|of|early|late|mid|mid-)[\s-]+(?P<year4>{YEAR})\b(?![-/]\d)
    """,
    re.IGNORECASE | re.VERBOSE,
)

# A calendar date or a year in running text ("since March 9", "on 25 August 2017", "in 2014"): its figures count
# nothing.
CALENDAR_DATE = re.compile(rf"\b(?:{MONTH}\s+[0-3]?\d(?:st|nd|rd|th)?\b(?:,?\s+{YEAR}\b)?"
                           rf"|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR}\b)?|{YEAR}\b)", re.IGNORECASE)
# A span of years names a time too, its figures no count: "the peak of the 2008/9 conflict", "the 2014-15 season".
YEAR_SPAN = re.compile(rf"\b{YEAR}\s*[/–-]\s*(?:{YEAR}|\d{{1,2}})\b")


def month_number(name: str) -> int:
    """The number of a month as written ("Sept.", "august")."""
    return MONTHS[name.lower().rstrip(".")]


def _on_or_before(published: date, month: int, earlier: bool = False) -> str:
    """The most recent such month on or before publication; for an ``earlier`` event, before the publication's month."""
    year = published.year if month < published.month or (month == published.month and not earlier) else published.year - 1
    return f"{year}-{month:02d}"


# A storm named by its name (case kept: "Hurricane Florence", "Typhoon Haiyan", "Tropical Storm Allison"; not "the
# National Hurricane Center", "hurricane season", the "Storm Prediction Center" or a "Storm Surge Warning").
_NAMED_STORM = re.compile(r"\b(?:Hurricane|Typhoon|Cyclone|(?:Tropical\s+|Super\s+)?Storm)\s+"
                          r"(?!(?:Center|Centre|Season|Warning|Watch|Hunters?|Category|Relief|Shelters?|Preparedness|Prediction|Surge"
                          r"|Damage|Drains?|Water|Tracker|Team|Chasers?|Names?)\b)"
                          r"([A-Z][a-z]+)\b")


@lru_cache(maxsize=8)
def _article_storm(text: str) -> str | None:
    """The storm an article is about: the name it gives most often (the first named among the most), or None."""
    names = Counter(_NAMED_STORM.findall(text))
    return max(names, key=names.__getitem__) if names else None


def another_storm(sentence: str, article: str) -> bool:
    """Whether a sentence tells of another storm than the article's, an earlier one: it names a storm and not the
    article's ("..., as when Hurricane Florence struck last September" in a story of Hurricane Dorian).

    >>> story = "Hurricane Dorian nears. Dorian is strong. Hurricane Dorian hits. As in Hurricane Florence, roads closed."
    >>> another_storm("As in Hurricane Florence, roads closed.", story), another_storm("Hurricane Dorian hits.", story)
    (True, False)
    >>> another_storm("The Storm Prediction Center issued a Storm Surge Warning in September.", story)
    False
    """
    names = set(_NAMED_STORM.findall(sentence))
    storm = _article_storm(article)
    return bool(names) and storm is not None and storm not in names


def _read(match: re.Match, published: date | None, ahead: bool = False, earlier: bool = False) -> tuple[int, str] | None:
    """(precision, ISO date) of one match; None when it needs a publication date it lacks. ``earlier``: the
    sentence tells an event over before the article's (``another_storm``)."""
    if match["iso"]:
        return 3, f"{match['iso']}-{match['iso_month']}-{match['iso_day']}"
    if match["month"] or match["month2"]:
        month, day, year = ((match["month"], match["day"], match["year"]) if match["month"]
                            else (match["month2"], match["day2"], match["year2"]))
        try:
            return 3, date(int(year), month_number(month), int(day)).isoformat()
        except ValueError:  # "February 30": not a date
            return None
    if match["weekday"] or match["relative"] or match["weekday2"]:
        if published is None:
            return None
        if match["relative"]:
            days_back = {"yesterday": 1, "tomorrow": -1}.get(match["relative"].lower(), 0)
        elif match["weekday2"]:  # "next Saturday": the first one after publication
            days_back = -((WEEKDAYS.index(match["weekday2"].lower()) - published.weekday() - 1) % 7 + 1)
        elif ahead:  # a plan's weekday is the coming one
            days_back = -((WEEKDAYS.index(match["weekday"].lower()) - published.weekday()) % 7)
        else:
            days_back = (published.weekday() - WEEKDAYS.index(match["weekday"].lower())) % 7
        return 3, (published - timedelta(days=days_back)).isoformat()
    if match["period"] or match["ago"]:
        return _relative(match, published) if published else None
    if match["day7"] or match["day8"]:
        # "between Oct. 6 and Oct. 12", "from 10 to 17 May": a figure over a period stands as of its end
        month, day = (match["month7"], match["day7"]) if match["day7"] else (match["month8"], match["day8"])
        if match["year7"]:
            try:
                return 3, date(int(match["year7"]), month_number(month), int(day)).isoformat()
            except ValueError:
                return None
        return _yearless(published, month_number(month), int(day), ahead) if published else None
    if match["day5"] or match["day6"]:
        if published is None:
            return None
        month, day = (match["month5"], match["day5"]) if match["day5"] else (match["month6"], match["day6"])
        return _yearless(published, month_number(month), int(day), ahead)
    if match["month3"]:
        return 2, f"{match['year3']}-{month_number(match['month3']):02d}"
    if match["month4"]:
        # "may" is also a verb: only "in May"-style phrases reach here, and only with a known date.
        return (2, _on_or_before(published, month_number(match["month4"]), earlier)) if published else None
    return 1, match["year4"]


def _yearless(published: date, month: int, day: int, ahead: bool) -> tuple[int, str] | None:
    """ "on 12 March": the most recent such day on or before publication (the first on or after it for a
    movement still to come); None for a day the month lacks."""
    for year in ((published.year, published.year + 1) if ahead else (published.year, published.year - 1)):
        try:
            day_of = date(year, month, day)
        except ValueError:  # "30 February", or 29 February in a common year
            continue
        if (day_of >= published) if ahead else (day_of <= published):
            return 3, day_of.isoformat()
    return None


def _relative(match: re.Match, published: date) -> tuple[int, str]:
    """ "last year" -> the year before publication, "next week" -> that ISO week ("2022-W12"),
    "three days ago" -> that day, "two months ago" -> that month."""
    if match["ago"]:
        amount = int(match["ago"]) if match["ago"].isdigit() else words_value(match["ago"])
        unit = match["ago_period"].lower().rstrip("s")
        if unit in ("day", "week"):
            return 3, (published - timedelta(days=amount * (7 if unit == "week" else 1))).isoformat()
        if unit == "year":
            return 1, str(published.year - amount)
        months = published.year * 12 + published.month - 1 - amount
        return 2, f"{months // 12}-{months % 12 + 1:02d}"
    shift = match["shift"].split()[0].lower()
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(shift, 0)
    period = match["period"].lower()
    if period == "year":
        return 1, str(published.year + step)
    if period == "month":
        months = published.year * 12 + published.month - 1 + step
        return 2, f"{months // 12}-{months % 12 + 1:02d}"
    year, week, _ = (published + timedelta(weeks=step)).isocalendar()
    return 2, f"{year}-W{week:02d}"


def find_date(sentence: str, published: date | None = None, ahead: bool = False) -> str | None:
    """The most precise date the sentence gives, as ISO 8601, or None.

    >>> find_date("They left yesterday.", date(2022, 3, 16))
    '2022-03-15'
    >>> find_date("in March", date(2017, 2, 1))
    '2016-03'
    >>> find_date("at 18:21 on the 11th stage") is None
    True
    >>> find_date("will leave on Thursday", date(2022, 8, 30), ahead=True)
    '2022-09-01'
    """
    return find_date_text(sentence, published, ahead)[0]


@lru_cache(maxsize=64)  # asked again for each report of a sentence: a long list of counts made it quadratic
def find_date_text(sentence: str, published: date | None = None, ahead: bool = False,
                   earlier: bool = False) -> tuple[str | None, str | None]:
    """The most precise date of the sentence as ISO 8601 and the words that give it.

    ``ahead`` when the sentence speaks of something still to come: a bare weekday is then the first on or
    after publication. ``earlier`` when it tells an event over before the article's own (``another_storm``): a bare
    month is then the latest one before publication's ("in September" published 1 September 2019: 2018-09). Without a publication date a relative expression cannot be resolved: its words are kept,
    with no ISO date, so a reader still sees when the article said it happened.

    >>> find_date_text("They fled last year.", date(2022, 3, 16))
    ('2021', 'last year')
    >>> find_date_text("Buses will leave next week.")
    (None, 'next week')
    >>> find_date_text("Buses will leave next week.", date(2022, 3, 16))
    ('2022-W12', 'next week')
    """
    best: dict[str, tuple[int, str, str]] = {}
    unresolved: dict[str, str] = {}
    start: str | None = None
    pair_from = None
    for match in _DATE.finditer(sentence):
        if match["weekday"] and _NEXT_DAY_OF_PAIR.match(sentence, match.end()):
            pair_from = match.start()  # "on Monday and Tuesday": a figure over the two days stands as of the second
            continue
        words, pair_from = sentence[match.start() if pair_from is None else pair_from:match.end()], None
        since = _period_start(sentence, match)
        if since is not None:
            # a running total stands as of when it is given, not as of the period's start: the start is kept in words
            start = start or sentence[since:match.end()]
            continue
        role = "bound" if _LATER_EVENT.search(sentence, max(0, match.start() - 80), match.start()) else "own"
        found = (_nearest_weekday(published, match["weekday"]) if match["weekday"] and published is not None
                 and _STARTING_BEFORE.search(sentence, max(0, match.start() - 30), match.start())
                 else _read(match, published, ahead and not _when_said(sentence, match), earlier))
        if found is None:
            unresolved.setdefault(role, words)
        elif role not in best or found[0] > best[role][0]:
            best[role] = (*found, words)
    if "own" in best:
        return best["own"][1], best["own"][2]
    if "own" in unresolved:
        return None, unresolved["own"]
    undated = None if start is not None else _UNDATED_START.search(sentence)
    if start is not None or undated is not None:
        return (published.isoformat() if published else None), start or undated.group()
    if "bound" in best:
        return best["bound"][1], best["bound"][2]
    return None, unresolved.get("bound")


# A start given by a participle ("ordered the evacuation of 830,000 people starting noon Monday", "effective at 8 a.m.
# Wednesday"), whatever the tense of the clause, is announced close to when it falls: the weekday nearest publication,
# within three days either side.
_STARTING_BEFORE = re.compile(r"\b(?:starting|beginning|effective)\s+(?:[\w.:]+\s+){0,3}$", re.IGNORECASE)


def _nearest_weekday(published: date, weekday: str) -> tuple[int, str]:
    """(precision, ISO date) of the ``weekday`` nearest ``published``: up to three days after it, else before.

    >>> _nearest_weekday(date(2019, 9, 1), "Monday"), _nearest_weekday(date(2019, 9, 4), "Monday")
    ((3, '2019-09-02'), (3, '2019-09-02'))
    """
    days_ahead = (WEEKDAYS.index(weekday.lower()) - published.weekday()) % 7
    return 3, (published + timedelta(days=days_ahead if days_ahead <= 3 else days_ahead - 7)).isoformat()


# "since" opening the period a date starts: "since 2013", "since Russia invaded on Feb. 24" (the same phrase);
# "before" opening a clause of a later event: "(fled to Kabul) before the city fell on Aug. 15".
_PERIOD_START = re.compile(r"\bsince(?:\s+[^\s,;:()!?]+){0,8}\s*$", re.IGNORECASE)
_LATER_EVENT = re.compile(r"\bbefore(?:\s+[^\s,;:()!?]+){1,8}\s+$", re.IGNORECASE)
# ... or a relative clause dating when what the figure counts over began: "(two months into the operations,) which
# began on 17 October, (99,300 are displaced)" stands as of when it is given, like "since 17 October", and so does a
# time of weeks or more after a beginning ("Five weeks after the exodus began on August 25, the total has topped
# 501,000"; "two days after the storm began on Saturday, 3,000 fled" dates a movement near that day: the day is kept).
_BEGAN_CLAUSE = re.compile(r"\b(?:which|that|(?:[\w-]+\s+)?(?:weeks?|months?|years?)\s+after\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)"
                           r"\s*(?:began|started|opened|erupted|broke\s+out|(?:was|were)\s+launched)"
                           r"\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
# A day after "from" that a period's end follows ("from February 6 to the end of today", "from 3 March until now") starts
# the period, as "since" does: the figure stands as of the end (a range of two days is read whole by ``_DATE``).
_PERIOD_END_AFTER = re.compile(r"\s+(?:to|until|till|through|up\s+to)\b", re.IGNORECASE)


# A verb of saying right before or after a date: the date is when it was said ("had said on Wednesday that up to
# 6,000 would be evacuated", "on Tuesday announced"), which is past even when what was said is still to come.
_SAID_BEFORE = re.compile(r"\b(?:said|announced|stated|told\s+\w+|promised|pledged|warned)\s+(?:on\s+)?$", re.IGNORECASE)
_SAID_AFTER = re.compile(r"\s+(?:said|announced|stated|told|promised|pledged|warned)\b", re.IGNORECASE)


def _when_said(sentence: str, match: re.Match) -> bool:
    """Whether a date dates the saying rather than the movement said to come.

    >>> find_date("She had said on Wednesday that 6,000 would be evacuated", date(2022, 4, 21), ahead=True)
    '2022-04-20'
    >>> find_date("6,000 will be evacuated on Wednesday, she said", date(2022, 4, 21), ahead=True)
    '2022-04-27'
    >>> find_date("Buses will leave on Friday, said the governor", date(2022, 4, 21), ahead=True)
    '2022-04-22'
    """
    return bool(_SAID_BEFORE.search(sentence, max(0, match.start() - 30), match.start())
                or _SAID_AFTER.match(sentence, match.end()))


# The second of two days joined as one period ("on Monday and Tuesday", "Saturday to Sunday").
_NEXT_DAY_OF_PAIR = re.compile(r"\s*(?:and|to|through|till|until|-|–)\s*(?:on\s+)?(?:" + "|".join(WEEKDAYS) + r")\b",
                               re.IGNORECASE)
# A period started by an event with no date ("since the start of the siege", "since the war began"): a running total
# stands as of when it is given, as after a dated start.
_UNDATED_START = re.compile(
    r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+|this\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
    r"|\bsince\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:began|started|erupted|broke\s+out)\b", re.IGNORECASE)


def _period_start(sentence: str, match: re.Match) -> int | None:
    """Where the "since" (or the relative clause of a beginning: ``_BEGAN_CLAUSE``, or a "from" before the period's end:
    ``_PERIOD_END_AFTER``) is that makes a date the start of the period a figure counts over, or None.

    >>> find_date_text("flew out 9,000 people from March 3 to the end of today", date(2023, 3, 9), ahead=True)
    ('2023-03-09', 'today')
    >>> find_date("9,000 people will be flown out from March 12", date(2023, 3, 9), ahead=True)
    '2023-03-12'
    """
    if match.group().lower().startswith("since"):
        return match.start()
    if ((match["day5"] or match["day6"]) and match.group().lower().startswith("from")
            and _PERIOD_END_AFTER.match(sentence, match.end())):
        return match.start()
    found = (_PERIOD_START.search(sentence, max(0, match.start() - 80), match.start())
             or _BEGAN_CLAUSE.search(sentence, max(0, match.start() - 60), match.start()))
    return found.start() if found else None
