"""Merge the same statement found in several articles into one report citing them all.

Two reports are the same statement when they agree on origin, destinations, the figure
(value, min, max), unit and attributed source. Wire copy republished by several outlets is the
common case. Without a figure that is too little to tell two statements apart ("rebels left
al-Waer" and "rebels will leave al-Waer" are not one statement), so reports with no number merge
only when their quotes are also the same, words and spacing aside. A total evacmap computed (``geo.totals``) is the
same statement only as the same sum of the same figures as written. Reports from different sources,
or with different numbers, stay separate: the flow shows them side by side as a range, each with
its source.

Corroboration (``corroboration_of``) is a property of each merged report: ``articles`` quoting the
statement, ``outlets`` among them (distinct known outlets; an article of unknown outlet counts as
its own, so the same wire copy in ten papers from one agency is one outlet when outlets are known),
and ``sources``: distinct *named* sources giving the same exact figure (value, min, max and unit) for
the same movement (origin and destinations), this report's own included. An uncredited statement names no
source and a vague amount ("thousands") is no exact figure: neither adds a source, and a vague one has none
(0), so a headline and a "thousands" line never read as two sources agreeing. A figure two sources give
independently is corroborated; it is still two reports.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import replace

from gazetteer.model import Place
from geo.model import Corroboration, Report
from geo.terms import more_specific


def _place_key(place: Place | None, text: str) -> str:
    return place.id if place is not None else " ".join(text.lower().split())


def _source_key(report: Report) -> str:
    return " ".join((report.attributed_to or "").lower().removeprefix("the ").split())


def statement_key(report: Report) -> tuple:
    """What makes two reports the same statement.

    Unresolved places compare by their words, so unresolved reports still merge.
    """
    count = report.count
    return (*_figure_key(report), _source_key(report), None if count else " ".join(report.quote.lower().split()))


def _figure_key(report: Report) -> tuple:
    """The movement and figure of a report, whoever gave it."""
    count = report.count
    key = (
        _place_key(report.origin, report.origin_text),
        tuple(sorted(_place_key(p, "") for p in report.destinations))
        or tuple(sorted(" ".join(t.lower().split()) for t in report.destination_texts)),
        (count.value, count.min, count.max) if count else None,
        report.unit,
    )
    # a total evacmap computed is the same statement only as the same sum of the same figures (wire copy), never
    # a source's report of that figure, which it would seem to confirm (the key of any other report is unchanged)
    return (*key, report.summed_from) if report.summed_from else key


def corroboration_of(reports: Sequence[Report]) -> list[Corroboration]:
    """The corroboration of each report among ``reports`` (already merged), in order.

    >>> from geo.model import Count, Citation
    >>> def r(doc, outlet, source):
    ...     return Report("q", (Citation(doc, 0, 1, outlet),), None, "Goma", (), (), Count("5", 50, 50, 50),
    ...                   "people", attributed_to=source)
    >>> merged = merge_reports([r("a", "AP", "UN"), r("b", "AP", "UN"), r("c", "", "UN"), r("d", "BBC", "MSF"),
    ...                         r("e", "AFP", None)])
    >>> [(c.articles, c.outlets, c.sources) for c in corroboration_of(merged)]
    [(3, 2, 2), (1, 1, 2), (1, 1, 2)]
    >>> vague = replace(r("f", "AP", "UN"), count=Count("thousands", None, 2000, 9999))
    >>> [c.sources for c in corroboration_of(merge_reports([vague, replace(vague, attributed_to="MSF")]))]
    [0, 0]
    """
    sources: dict[tuple, set[str]] = {}
    for report in reports:
        if _exact(report) and (source := _source_key(report)):
            sources.setdefault(_figure_key(report), set()).add(source)
    found = []
    for report in reports:
        outlets = {c.outlet or f"doc:{c.doc_id}" for c in report.citations}
        named = len(sources.get(_figure_key(report), ())) if _exact(report) else 0
        found.append(Corroboration(len(report.docs), len(outlets), named))
    return found


def _exact(report: Report) -> bool:
    """Whether a report gives an exact figure ("some 34,000", "up to 20,000"), not a vague amount ("thousands")."""
    return report.count is not None and report.count.value is not None


def report_id(report: Report) -> str:
    """A stable id for a report: the same statement gets the same id on every run.

    >>> from geo.model import Count
    >>> r = Report("q", (), None, "Aleppo", (), (), Count("5", 5, 5, 5), "people")
    >>> report_id(r) == report_id(replace(r, quote="other words"))
    True
    """
    return "r-" + hashlib.sha1(repr(statement_key(report)).encode()).hexdigest()[:12]


def told_again(kept: Report, copy: Report) -> Report:
    """One report for a statement told twice (by two articles, a headline and its body, a key figure and the
    sentence it sums up): ``kept``, the better telling, with its own words, places, figure (its count text too:
    the body's "more than 30,000" over a headline's bare "30,000"), status and terms, citing its sentences then
    ``copy``'s, each once. Only a date, the words of one, a source that ``kept`` lacks or a term saying more of how
    people left (``more_specific``: "fled" over "displaced") come from ``copy`` (a
    headline's "5,000 flee Goma, UN says" credits the body's uncredited "5,000 people have fled Goma").

    >>> from geo.model import Count, Citation
    >>> def r(doc, count, **fields):
    ...     return Report("q", (Citation(doc, 0, 1),), None, "Goma", (), (), count, "people", **fields)
    >>> merged = told_again(r("a", Count("more than 50", 50, 50, None)), r("b", Count("50", 50, 50, 50), date="2020"))
    >>> merged.docs, merged.count.text, merged.date
    (('a', 'b'), 'more than 50', '2020')
    >>> told_again(r("a", Count("50", 50, 50, 50)), r("b", Count("50", 50, 50, 50), term="fled")).term
    'fled'
    """
    date, date_text = _when(kept, copy)
    return replace(kept, citations=tuple(dict.fromkeys(kept.citations + copy.citations)),
                   date=date, date_text=date_text, term=more_specific(kept.term, copy.term),
                   attributed_to=kept.attributed_to or copy.attributed_to)


def _when(kept: Report, copy: Report) -> tuple[str | None, str | None]:
    """The date of a statement told twice and its words, taken together from one telling, so that one
    copy's "on Saturday" never stands beside the other copy's day: ``kept``'s when it is dated, else
    ``copy``'s; with neither dated, whichever words were kept ("last week")."""
    if kept.date is not None:
        return kept.date, kept.date_text
    if copy.date is not None:
        return copy.date, copy.date_text
    return None, kept.date_text or copy.date_text


def merge_reports(reports: Iterable[Report]) -> list[Report]:
    """One report per statement, citing every article that carries it.

    The first citation (by document id, then position) supplies the quote and other fields (``told_again``);
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
            merged[key] = told_again(first, report)
    reports = list(merged.values())
    return [replace(r, corroboration=c) for r, c in zip(reports, corroboration_of(reports))]
