"""Totals evacmap computes: the sum of the figures one statement gives place by place for one movement.

"709,841 people displaced in Jajpur and 363,832 in Puri district" gives two reports and no total, yet an analyst
wants one. ``with_totals`` adds it, after the article's reports are found, as a report of its own that says it was
computed (``Report.summed_from``: the counts added up, as written), so it is never taken for a source's figure.

Rules:

- **One statement**: the parts are reports of one sentence, one table or bulleted list (its rows quote the same
  header), or one block of place-headed lines ("Henan Province\\n800 people evacuated\\nShaanxi Province\\n34,000
  evacuated": each figure on its own line under a line naming its place, up to a blank line). Figures in different
  sentences of prose are different statements, often of the same people told twice: never summed; nor is a sentence
  opening "Another 300 fled Y" joined to the one before (people beyond those counted, but no source added them up, and
  "another" as often adds to other things: "nine were injured and another 300 relocated").
- **One movement**: the same unit (families and people are never converted), term (evacuated and sheltered are
  not added), status and date (or none; when unresolved, the same words: "last week" and "on Monday" may differ).
- **Figures of their own**: each part is a figure of one value ("about 300", "more than 34,000"; no range "3,000 to
  4,000" nor a vague "hundreds") that is no running total, batch, subgroup, people beyond those counted before, nor
  another report's breakdown.
- **Different places, none inside another**: each part has one resolved place in the same role (the origin, or
  the one destination of people who arrived or are sheltered); a place and a place inside it ("5,000 in the state,
  3,000 of them in X") are a total and its part, the same place twice a time sequence ("1,000 on Monday and 3,000
  by Tuesday"), one figure for each of several places ("37,000 in each of X and Y") no two figures.
- **No total of its own**: every report of that movement in the statement must be a part, so a table's total row,
  a figure with no place or one for the area holding the others leaves the parts unsummed; so does the sum written
  anywhere in the article (a report's figure, or a number read as none: "dropped to 812 (from 180 families)"), or
  "or" between two figures (alternatives, "2,000 in X or 3,000 in Y").
- **The article's only word on them**: no other figure of the same unit, in any statement and of any term, is given
  for a place holding all the parts (the area's own figure: the parts' sum would repeat or contradict it, "15,852
  families in the region ... 5,109 in X, 835 in Y and 75 in Z") nor for another place of the same kind in the same
  country (another district, another country for countries: the statement is one piece of a list the article
  spreads over sentences, "85 families in X and 400 in Y ... 50 people in Z", and its sum no total of anything).
- **The total**: its count adds the parts' values and bounds (an open bound stays open) and its text shows the
  addition as written ("709,841 + 363,832"); it quotes the statement and is placed, in the parts' role, at the
  finest place the article names that holds them all (``geo.where.finest_holding``: Odisha), else nowhere.
- **Never counted twice**: a flow counts the parts, never their total beside them, as it never counts a table's total
  row; the flows of the parts list it (``Flow.totals``, ``Report.adds_up``) so the sum stays traceable on the map
  (``geo.flows``). A total merges only with the same sum of the same figures from another article (``geo.merge``),
  never as a source confirming a report a source gave.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations

from gazetteer.model import Mention, Place
from geo.flows import is_part
from geo.model import Count, Document, Report
from geo.numbers import find_counts
from geo.sentences import end_of_line
from geo.story import inside, nested
from geo.where import finest_holding

_ALTERNATIVES = re.compile(r"\bor\b", re.IGNORECASE)
_HEADING_LENGTH = 60  # a line naming a place as a heading is short ("Shaanxi Province", "Sindh district:")


def with_totals(document: Document, reports: Sequence[Report], mentions: Sequence[Mention]) -> list[Report]:
    """The document's reports, each total evacmap computes right after its last part (``mentions``: the resolved
    place mentions of the document, whose places may hold the parts).

    >>> from geo.model import Citation
    >>> odisha = Place("t:od", "Odisha", 20.5, 84.4, "admin1", "IN")
    >>> jajpur = Place("t:jj", "Jajpur", 20.8, 86.3, "admin2", "IN", parent="t:od")
    >>> puri = Place("t:pu", "Puri", 19.8, 85.8, "admin2", "IN", parent="t:od")
    >>> text = "Floods in Odisha: 1,200 people were displaced in Jajpur and about 300 in Puri."
    >>> doc = Document("d", text)
    >>> def r(words, place):
    ...     return Report(text, (Citation("d", 0, len(text)),), place, place.name, (), (),
    ...                   Count(words, int(words.split()[-1].replace(",", "")), None, None), "people")
    >>> mentions = [Mention("d", "Odisha", 10, 16, odisha)]
    >>> total = with_totals(doc, [r("1,200", jajpur), r("about 300", puri)], mentions)[-1]
    >>> total.count, total.origin.name, total.summed_from
    (Count(text='1,200 + about 300', value=1500, min=None, max=None), 'Odisha', ('1,200', 'about 300'))
    >>> len(with_totals(doc, [r("1,200", jajpur), r("about 300", odisha)], mentions))  # Jajpur lies in Odisha
    2
    """
    statements: dict[tuple, list[Report]] = {}
    for report in reports:
        if report.citations and not report.summed_from:
            statements.setdefault((_statement(document.text, report, mentions), *_movement(report)), []).append(report)
    named = tuple({m.place.id: m.place for m in mentions if m.place is not None}.values())
    totals = {id(parts[-1]): (total, parts) for (start, *_), parts in statements.items()
              if (total := _total(document, start, parts, named)) is not None and total.count is not None}
    if not totals:  # (most articles: no statement of several places; their numbers need not be read again)
        return list(reports)
    written = {count.value for count, _, _ in find_counts(document.text)}  # a figure read as no report counts too
    figures = {r.count.value for r in reports if r.count is not None} | written
    after = {key: total for key, (total, parts) in totals.items()
             if total.count.value not in figures and not _told_elsewhere(parts, reports)}
    found: list[Report] = []
    for report in reports:
        found.append(report)
        if id(report) in after:
            found.append(after[id(report)])
    return found


def _movement(report: Report) -> tuple:
    """What parts of one total share: the unit, term, status and date, or the words of a date left unresolved ("last
    week" and "on Monday" may be two times)."""
    when = report.date if report.date is not None else " ".join((report.date_text or "").lower().split())
    return report.unit, report.term, report.status, when


def _statement(text: str, report: Report, mentions: Sequence[Mention]) -> int:
    """Where the statement holding a report starts: its block of place-headed lines when its figure is a line of
    its own under a line naming its place, else its sentence, table or list (their rows quote from the header)."""
    start, end = report.citations[0].start, report.citations[0].end
    line_start = text.rfind("\n", 0, start) + 1
    line_end = end_of_line(text, end)
    if line_start < 2 or text[line_start:line_end].strip() != text[start:end].strip():
        return start
    heading_start = text.rfind("\n", 0, line_start - 1) + 1
    heading = text[heading_start:line_start - 1]
    place = _place(report)
    if (place is None or not heading.strip() or len(heading) > _HEADING_LENGTH or find_counts(heading)
            or not any(heading_start <= m.start < line_start and m.place is not None and m.place.id == place[1].id
                       for m in mentions)):
        return start
    blank = text.rfind("\n\n", 0, heading_start)
    return 0 if blank < 0 else blank + 2  # the block: from the blank line before it


def _place(report: Report) -> tuple[str, Place] | None:
    """A report's one resolved place and its role: the origin of a report naming no destination, or the one
    destination of a report naming no origin; None for a route, several places or none resolved."""
    if report.origin is not None and not report.destinations and not report.destination_texts:
        return "origin", report.origin
    if report.origin is None and not report.origin_text and len(report.destinations) == 1:
        return "destination", report.destinations[0]
    return None


def _told_elsewhere(parts: Sequence[Report], reports: Sequence[Report]) -> bool:
    """Whether the article gives another figure of the parts' unit for a place holding them all (the area's own
    figure) or for another place of the same kind in the same country (the rest of a list spread over sentences)."""
    places = [place for _, place in filter(None, map(_place, parts))]
    ids, chosen = {place.id for place in places}, {id(part) for part in parts}
    for report in reports:
        located = _place(report)
        if (id(report) in chosen or located is None or report.summed_from or report.unit != parts[0].unit
                or report.count is None or report.count.value is None or located[1].id in ids):
            continue
        other = located[1]
        if all(inside(place, other) for place in places) or any(_alike(other, place) for place in places):
            return True
    return False


def _alike(one: Place, other: Place) -> bool:
    """Whether two places are of one kind in one country (two districts of a country; two countries)."""
    return one.kind == other.kind and (one.kind == "country" or (bool(one.country) and one.country == other.country))


def _own_figure(report: Report, others: Sequence[Report]) -> bool:
    """Whether a report's figure is one to add: of one value, of all the people who moved, no running total, batch,
    subgroup, people beyond those before, nor a figure another report gives as its breakdown."""
    count = report.count
    return (count is not None and count.value is not None and not is_part(report)
            and not (report.cumulative or report.additional)
            and not any(count.value == n for other in others if other is not report for _, n in other.breakdown))


def _total(document: Document, start: int, parts: Sequence[Report], named: Sequence[Place]) -> Report | None:
    """The total of the reports of one movement (``parts``, in text order) of the statement at ``start``, quoting it
    from there to the last part, or None when they are not figures of different places to add (the module's rules)."""
    places = [_place(r) for r in parts]
    if len(parts) < 2 or not all(_own_figure(r, parts) for r in parts) or None in places:
        return None
    if len({role for role, _ in places}) != 1 or any(nested(a, b) for (_, a), (_, b) in combinations(places, 2)):
        return None
    if not _written_apart(document.text, parts):
        return None
    counts = [r.count for r in parts if r.count is not None]
    role = places[0][0]
    area = finest_holding([place for _, place in places], named)
    last = max(parts, key=lambda r: r.citations[0].end).citations[0]
    citation = replace(parts[0].citations[0], start=start, end=last.end)
    sources = {r.attributed_to for r in parts}
    return replace(parts[0], quote=document.text[citation.start:citation.end], citations=(citation,),
                   origin=area if role == "origin" else None, origin_text="",
                   destinations=(area,) if role == "destination" and area is not None else (), destination_texts=(),
                   count=Count(" + ".join(c.text for c in counts), sum(c.value or 0 for c in counts),
                               _added([c.min for c in counts]), _added([c.max for c in counts])),
                   breakdown=(), equivalent=(), attributed_to=sources.pop() if len(sources) == 1 else None,
                   origin_inferred=False, summed_from=tuple(c.text for c in counts))


def _added(bounds: Sequence[int | None]) -> int | None:
    """The sum of the parts' bounds on one side; open when any part's is ("more than 34,000")."""
    return None if any(b is None for b in bounds) else sum(b for b in bounds if b is not None)


def _written_apart(text: str, parts: Sequence[Report]) -> bool:
    """Whether the parts' figures are written one after another, each its own ("709,841 ... and 363,832"), with no
    "or" between two of them ("2,000 fled to X or 3,000 to Y" are alternatives): two reports of one figure given for
    each of several places ("37,000 in each of X and Y") find no second figure."""
    position = parts[0].citations[0].start  # after the first part: where the figure before ends
    for index, report in enumerate(parts):
        citation, written = report.citations[0], report.count.text if report.count else ""
        at = text.find(written, max(position, citation.start), citation.end)
        if at < 0 or index and _ALTERNATIVES.search(text, position, at):
            return False
        position = at + len(written)
    return True
