"""Merge the same statement found in several articles into one report citing them all.

Two reports are the same statement when they agree on origin, destinations, the figure
(value, min, max), unit and attributed source. Wire copy republished by several outlets is the
common case. Without a figure that is too little to tell two statements apart ("rebels left
al-Waer" and "rebels will leave al-Waer" are not one statement), so reports with no number merge
only when their quotes are also the same, words and spacing aside. Reports from different sources, or with different numbers, stay separate: the flow
shows them side by side as a range.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace

from gazetteer.model import Place
from geo.model import Report


def _place_key(place: Place | None, text: str) -> str:
    return place.id if place is not None else " ".join(text.lower().split())


def statement_key(report: Report) -> tuple:
    """What makes two reports the same statement.

    Unresolved places compare by their words, so unresolved reports still merge.
    """
    count = report.count
    source = " ".join((report.attributed_to or "").lower().removeprefix("the ").split())
    return (
        _place_key(report.origin, report.origin_text),
        tuple(sorted(_place_key(p, "") for p in report.destinations))
        or tuple(sorted(" ".join(t.lower().split()) for t in report.destination_texts)),
        (count.value, count.min, count.max) if count else None,
        report.unit,
        source,
        None if count else " ".join(report.quote.lower().split()),
    )


def report_id(report: Report) -> str:
    """A stable id for a report: the same statement gets the same id on every run.

    >>> from geo.model import Count
    >>> r = Report("q", (), None, "Aleppo", (), (), Count("5", 5, 5, 5), "people")
    >>> report_id(r) == report_id(replace(r, quote="other words"))
    True
    """
    return "r-" + hashlib.sha1(repr(statement_key(report)).encode()).hexdigest()[:12]


def merge_reports(reports: Iterable[Report]) -> list[Report]:
    """One report per statement, citing every article that carries it.

    The first citation (by document id, then position) supplies the quote and other fields;
    the output is sorted the same way, so it does not depend on input order.
    """
    ordered = sorted(reports, key=lambda r: (r.citations[0].doc_id, r.citations[0].start) if r.citations else ("", 0))
    merged: dict[tuple, Report] = {}
    for report in ordered:
        key = statement_key(report)
        first = merged.get(key)
        if first is None:
            merged[key] = report
        else:
            citations = tuple(dict.fromkeys(first.citations + report.citations))
            merged[key] = replace(first, citations=citations, date=first.date or report.date)
    return list(merged.values())
