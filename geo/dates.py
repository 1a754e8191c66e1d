"""When a sentence says something happened, as an ISO 8601 string as precise as the article.

Recognised, most precise first: a full date ("May 20, 2017", "20 May 2017", "2017-05-20") ->
"2017-05-20"; a weekday ("on Saturday"), "today" or "yesterday" resolved against the article's
publication date (the most recent such weekday on or before it; None without a publication date);
a month and year ("in September 2016") -> "2016-09"; a month alone ("in March") -> the most recent
such month on or before the publication date; a year after a preposition ("in 2014",
"since 2013", "back in 2014") -> "2014". When a sentence holds several, the most precise wins.

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
from datetime import date, timedelta

MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DATE = re.compile(
    rf"""\b(?P<iso>{_YEAR})-(?P<iso_month>[01]\d)-(?P<iso_day>[0-3]\d)\b
    | \b(?P<month>{_MONTH})\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>{_YEAR})\b
    | \b(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH})\s*,?\s+(?P<year2>{_YEAR})\b
    | \b(?P<weekday>{"|".join(WEEKDAYS)})\b
    | \b(?P<relative>today|yesterday)\b
    | \b(?P<month3>{_MONTH})\s+(?:of\s+)?(?P<year3>{_YEAR})\b
    | \b(?:in|during|since|until|by|from|of|early|late|mid|last)\s+(?P<month4>{_MONTH})(?![\w-]|\s*,?\s*(?:of\s+)?\d)
    | \b(?:in|since|during|until|till|by|from|of|early|late|mid|mid-)[\s-]+(?P<year4>{_YEAR})\b(?![-/]\d)
    """,
    re.IGNORECASE | re.VERBOSE,
)


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _on_or_before(published: date, month: int) -> str:
    year = published.year if month <= published.month else published.year - 1
    return f"{year}-{month:02d}"


def _read(match: re.Match, published: date | None) -> tuple[int, str] | None:
    """(precision, ISO date) of one match; None when it needs a publication date it lacks."""
    if match["iso"]:
        return 3, f"{match['iso']}-{match['iso_month']}-{match['iso_day']}"
    if match["month"] or match["month2"]:
        month, day, year = ((match["month"], match["day"], match["year"]) if match["month"]
                            else (match["month2"], match["day2"], match["year2"]))
        try:
            return 3, date(int(year), _month(month), int(day)).isoformat()
        except ValueError:  # "February 30": not a date
            return None
    if match["weekday"] or match["relative"]:
        if published is None:
            return None
        if match["relative"]:
            days_back = 1 if match["relative"].lower() == "yesterday" else 0
        else:
            days_back = (published.weekday() - WEEKDAYS.index(match["weekday"].lower())) % 7
        return 3, (published - timedelta(days=days_back)).isoformat()
    if match["month3"]:
        return 2, f"{match['year3']}-{_month(match['month3']):02d}"
    if match["month4"]:
        # "may" is also a verb: only "in May"-style phrases reach here, and only with a known date.
        return (2, _on_or_before(published, _month(match["month4"]))) if published else None
    return 1, match["year4"]


def find_date(sentence: str, published: date | None = None) -> str | None:
    """The most precise date the sentence gives, as ISO 8601, or None.

    >>> find_date("They left yesterday.", date(2022, 3, 16))
    '2022-03-15'
    >>> find_date("in March", date(2017, 2, 1))
    '2016-03'
    >>> find_date("at 18:21 on the 11th stage") is None
    True
    """
    best: tuple[int, str] | None = None
    for match in _DATE.finditer(sentence):
        found = _read(match, published)
        if found is not None and (best is None or found[0] > best[0]):
            best = found
    return best[1] if best else None
